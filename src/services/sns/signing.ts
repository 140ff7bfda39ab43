import { createPrivateKey, generateKeyPair, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { Clock } from '../../clock/clock.js';
import type { Store } from '../../store/store.js';
import { selfSignedCertificate } from './certificate.js';

interface SigningKeyRecord {
  privateKeyPem: string;
  certificatePem: string;
}

/** The path of the certificate Nimbus serves; SigningCertURL points here. */
export const CERTIFICATE_PATH = '/_nimbus/sns/SimpleNotificationService.pem';

const VALIDITY_MS = 10 * 365 * 24 * 3600_000;

/** The fields a message's signature covers, in the order AWS signs them, by message type. */
const SIGNED_FIELDS: Record<string, readonly string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

/**
 * Nimbus's SNS signing key and its self-signed certificate, made once and kept in the store so
 * that signatures verify across restarts.
 */
export class SigningKey {
  private loaded: Promise<{ key: KeyObject; certificatePem: string }> | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async certificatePem(): Promise<string> {
    return (await this.load()).certificatePem;
  }

  /**
   * The Signature of a message as SignatureVersion 1 (SHA1withRSA) or 2 (SHA256withRSA) define it:
   * each signed field present, as its name and value on lines of their own.
   */
  async sign(message: Record<string, string | undefined>, signatureVersion: string): Promise<string> {
    const { key } = await this.load();
    return sign(signatureVersion === '2' ? 'sha256' : 'sha1', Buffer.from(stringToSign(message), 'utf8'), key).toString('base64');
  }

  private load(): Promise<{ key: KeyObject; certificatePem: string }> {
    this.loaded ??= this.loadOrCreate().catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.loaded;
  }

  private async loadOrCreate(): Promise<{ key: KeyObject; certificatePem: string }> {
    const records = this.store.collection<SigningKeyRecord>('sns.signing-key');
    let record = await records.get('default');
    if (!record) {
      const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
      const now = this.clock.now();
      const certificatePem = await selfSignedCertificate(privateKey, 'sns.amazonaws.com', new Date(now - 24 * 3600_000), new Date(now + VALIDITY_MS));
      record = { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, certificatePem };
      await records.put('default', record);
    }
    return { key: createPrivateKey(record.privateKeyPem), certificatePem: record.certificatePem };
  }
}

export function stringToSign(message: Record<string, string | undefined>): string {
  const fields = SIGNED_FIELDS[message.Type ?? ''] ?? SIGNED_FIELDS.Notification!;
  return fields.filter((field) => message[field] !== undefined).map((field) => `${field}\n${message[field]}\n`).join('');
}
