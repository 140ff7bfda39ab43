import type { CallContext } from '../../common/call-context.js';
import { markedForDeletion, secretNotFound } from './errors.js';
import { secretKey, secrets, type Collections, type SecretRecord } from './state.js';

const ARN_SUFFIX = /-[A-Za-z0-9]{6}$/;

/**
 * Finds a secret by name, full ARN or partial ARN (without the random suffix). A secret whose
 * recovery window has passed is gone even if its deletion timer has not fired yet.
 */
export async function findSecret(source: Collections, secretId: string, context: CallContext, now: number): Promise<SecretRecord | undefined> {
  const collection = secrets(source);
  let found: SecretRecord | undefined;
  if (secretId.startsWith('arn:')) {
    const [, , , region, account, resource, ...rest] = secretId.split(':');
    if (resource !== 'secret' || !region || !account) return undefined;
    const name = rest.join(':');
    const byFullArn = await collection.get(secretKey(account, region, name.replace(ARN_SUFFIX, '')));
    found = byFullArn?.arn === secretId ? byFullArn : await collection.get(secretKey(account, region, name));
  } else {
    found = await collection.get(secretKey(context.account, context.region, secretId));
  }
  if (found?.deletionDate !== undefined && found.deletionDate <= now) return undefined;
  return found;
}

export async function requireSecret(source: Collections, secretId: string, context: CallContext, now: number): Promise<SecretRecord> {
  const secret = await findSecret(source, secretId, context, now);
  if (!secret) throw secretNotFound();
  return secret;
}

/** Most operations refuse a secret that waits for deletion. */
export async function requireLiveSecret(source: Collections, secretId: string, context: CallContext, now: number): Promise<SecretRecord> {
  const secret = await requireSecret(source, secretId, context, now);
  if (secret.deletedDate !== undefined) throw markedForDeletion();
  return secret;
}

export async function saveSecret(source: Collections, secret: SecretRecord): Promise<void> {
  await secrets(source).put(secretKey(secret.account, secret.region, secret.name), secret);
}

/** A context for finding a secret by ARN, which names its account and region; the rest is not read. */
export function contextOfArn(arn: string): CallContext {
  const [, , , region = '', account = ''] = arn.split(':');
  return { requestId: '', account, region, accessKeyId: '', endpoint: '', sourceIp: '' };
}
