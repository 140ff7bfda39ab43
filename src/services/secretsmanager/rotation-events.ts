import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { SecretRecord } from './state.js';

/** The rotation events Secrets Manager itself records (CloudTrail's `AwsServiceEvent`s), as EventBridge receives them. */
export type RotationEventName = 'RotationStarted' | 'RotationSucceeded' | 'RotationFailed';

const SERVICE = 'secretsmanager.amazonaws.com';

/** Publishes `name` for `secret` on the account's default event bus, in the transaction that records the outcome. */
export async function publishRotationEvent(deps: ServiceDeps, tx: Transaction, secret: SecretRecord, name: RotationEventName, now: number): Promise<void> {
  const time = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const eventId = randomUUID();
  await deps.bus.enqueue(tx, 'events.put-event', {
    busArn: `arn:aws:events:${secret.region}:${secret.account}:event-bus/default`,
    event: {
      version: '0',
      id: randomUUID(),
      'detail-type': 'AWS Service Event via CloudTrail',
      source: 'aws.secretsmanager',
      account: secret.account,
      time,
      region: secret.region,
      resources: [],
      detail: {
        eventVersion: '1.08',
        userIdentity: { accountId: secret.account, invokedBy: SERVICE },
        eventTime: time,
        eventSource: SERVICE,
        eventName: name,
        awsRegion: secret.region,
        sourceIPAddress: SERVICE,
        userAgent: SERVICE,
        requestParameters: null,
        responseElements: null,
        additionalEventData: { SecretId: secret.arn },
        requestID: randomUUID(),
        eventID: eventId,
        readOnly: false,
        eventType: 'AwsServiceEvent',
        managementEvent: true,
        recipientAccountId: secret.account,
        eventCategory: 'Management',
      },
    },
  });
}
