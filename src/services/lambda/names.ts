import type { CallContext } from '../../common/call-context.js';
import { invalidParameter } from './errors.js';

/** A function as a caller may name it: its name, a partial or full ARN, each with an optional qualifier. */
export interface FunctionRef {
  account: string;
  region: string;
  name: string;
  qualifier?: string;
}

const REFERENCE = /^(?:arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:|(\d{12}):function:)?([a-zA-Z0-9-_.]+)(?::(\$LATEST|[a-zA-Z0-9-_]+))?$/;

export function parseFunctionName(value: string, context: CallContext, qualifier?: string): FunctionRef {
  const match = REFERENCE.exec(value);
  if (!match) throw invalidParameter(`1 validation error detected: Value '${value}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern`);
  const [, region, account, partialAccount, name, fromArn] = match;
  if (fromArn && qualifier && fromArn !== qualifier) {
    throw invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
  }
  return {
    account: account ?? partialAccount ?? context.account,
    region: region ?? context.region,
    name: name!,
    qualifier: qualifier ?? fromArn,
  };
}

export function functionArn(ref: { account: string; region: string; name: string }, qualifier?: string): string {
  const base = `arn:aws:lambda:${ref.region}:${ref.account}:function:${ref.name}`;
  return qualifier ? `${base}:${qualifier}` : base;
}

export function layerArn(account: string, region: string, layerName: string, version?: number): string {
  const base = `arn:aws:lambda:${region}:${account}:layer:${layerName}`;
  return version === undefined ? base : `${base}:${version}`;
}

const LAYER_VERSION_ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+):(\d+)$/;

export function parseLayerVersionArn(arn: string): { region: string; account: string; layerName: string; version: number } | undefined {
  const match = LAYER_VERSION_ARN.exec(arn);
  return match ? { region: match[1]!, account: match[2]!, layerName: match[3]!, version: Number(match[4]) } : undefined;
}

/** A layer named by name or ARN (GetLayerVersion, ListLayerVersions). */
export function parseLayerName(value: string, context: CallContext): { account: string; region: string; layerName: string } {
  const match = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9-_]+)$/.exec(value);
  if (match) return { region: match[1]!, account: match[2]!, layerName: match[3]! };
  return { account: context.account, region: context.region, layerName: value };
}

/** Lambda's timestamp form: `2024-05-01T12:00:00.000+0000`. */
export function lambdaTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('Z', '+0000');
}
