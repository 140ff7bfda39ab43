import { Readable } from 'node:stream';

export const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** Members whose values CloudTrail never writes down, in any service. */
const SECRET_MEMBERS = new Set([
  'SecretString', 'SecretBinary', 'Plaintext', 'Password', 'NewPassword', 'OldPassword', 'SecretAccessKey', 'SessionToken',
  'PrivateKey', 'CertificateChain', 'ClientSecret', 'AuthParameters', 'ChallengeResponses', 'MasterUserPassword', 'PlaintextBlob',
  'RandomPassword', 'Value',
]);

/** `Value` is a secret only where it holds one (an SSM SecureString); elsewhere (tags) it is plain. */
const SECRET_ONLY_IN: Record<string, string> = { Value: 'ssm' };

/**
 * A JSON-safe copy of a request or response with secrets replaced by AWS's marker; bodies (object
 * bodies, function payloads: streams and byte arrays) are left out, never read.
 */
export function redact(service: string, value: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const copy = copyValue(service, value, 0);
  return copy && typeof copy === 'object' && Object.keys(copy).length ? (copy as Record<string, unknown>) : null;
}

function copyValue(service: string, value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Readable || value instanceof Uint8Array || isStreamLike(value)) return undefined;
  if (depth > 12) return undefined;
  if (Array.isArray(value)) return value.map((item) => copyValue(service, item, depth + 1)).filter((item) => item !== undefined);
  if (typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
      const shaped = isSecret(service, key) && member !== undefined ? HIDDEN : copyValue(service, member, depth + 1);
      if (shaped !== undefined) copy[lowerFirst(key)] = shaped;
    }
    return copy;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

function isSecret(service: string, member: string): boolean {
  if (!SECRET_MEMBERS.has(member)) return false;
  const only = SECRET_ONLY_IN[member];
  return !only || only === service;
}

/** Request and response elements are written in lower camel case, as CloudTrail shows them. */
function lowerFirst(name: string): string {
  return name.length && name[0] !== name[0]!.toLowerCase() ? name[0]!.toLowerCase() + name.slice(1) : name;
}

function isStreamLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { pipe?: unknown }).pipe === 'function';
}
