/** EventBridge ARNs and the bus names clients may give as a name or an ARN. */

export function busArn(account: string, region: string, name: string): string {
  return `arn:aws:events:${region}:${account}:event-bus/${name}`;
}

/** Rules on the default bus keep the short form AWS has always used. */
export function ruleArn(account: string, region: string, bus: string, rule: string): string {
  return bus === 'default' ? `arn:aws:events:${region}:${account}:rule/${rule}` : `arn:aws:events:${region}:${account}:rule/${bus}/${rule}`;
}

export function archiveArn(account: string, region: string, name: string): string {
  return `arn:aws:events:${region}:${account}:archive/${name}`;
}

export function replayArn(account: string, region: string, name: string): string {
  return `arn:aws:events:${region}:${account}:replay/${name}`;
}

export interface ParsedArn {
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || !parts[2]) return undefined;
  return { service: parts[2], region: parts[3]!, account: parts[4]!, resource: parts.slice(5).join(':') };
}

/** The bus a request names: absent means `default`; an ARN names the bus after `event-bus/`. */
export function busNameOf(nameOrArn: string | undefined): string {
  if (!nameOrArn) return 'default';
  if (!nameOrArn.startsWith('arn:')) return nameOrArn;
  const resource = parseArn(nameOrArn)?.resource ?? '';
  return resource.startsWith('event-bus/') ? resource.slice('event-bus/'.length) : nameOrArn;
}

/** The account, region and bus of a bus ARN (another account's bus is a cross-account target). */
export function parseBusArn(arn: string): { account: string; region: string; name: string } | undefined {
  const parsed = parseArn(arn);
  if (!parsed || parsed.service !== 'events' || !parsed.resource.startsWith('event-bus/')) return undefined;
  return { account: parsed.account, region: parsed.region, name: parsed.resource.slice('event-bus/'.length) };
}
