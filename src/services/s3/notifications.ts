import { createHash, randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { Clock } from '../../clock/clock.js';
import type { EventBus } from '../../events/bus.js';
import type { Transaction } from '../../store/store.js';
import type * as Api from './api.generated.js';
import { bucketArn, ownerOf } from './buckets.js';
import type { BucketRecord } from './state.js';
import type { BucketSubresources } from './subresources.js';
import type { InvokeAsyncDelivery } from '../lambda/invoke.js';

/** The event names S3 writes in a record (without the `s3:` of a configuration's Events). */
export type S3EventName =
  | 'ObjectCreated:Put'
  | 'ObjectCreated:Post'
  | 'ObjectCreated:Copy'
  | 'ObjectCreated:CompleteMultipartUpload'
  | 'ObjectRemoved:Delete'
  | 'ObjectRemoved:DeleteMarkerCreated'
  | 'LifecycleExpiration:Delete'
  | 'LifecycleExpiration:DeleteMarkerCreated';

/** What happened to an object; size and eTag only for created objects, versionId only in versioned buckets. */
export interface ObjectEvent {
  eventName: S3EventName;
  key: string;
  size?: number;
  /** Quoted, as stored; the record carries it bare. */
  etag?: string;
  versionId?: string;
}

/** The callers of one event: a request, or S3 itself (lifecycle). */
export type EventCause = Pick<CallContext, 'requestId' | 'accessKeyId' | 'sourceIp'> | 'lifecycle';

/** Outbox topics of the services S3 notifies. */
export const DELIVERIES = {
  queue: 'sqs.send-message',
  topic: 'sns.publish',
  lambda: 'lambda.invoke-async',
  eventBridge: 'events.put-event',
} as const;

const EVENTBRIDGE_DETAIL_TYPES: Record<string, string> = {
  ObjectCreated: 'Object Created',
  ObjectRemoved: 'Object Deleted',
  LifecycleExpiration: 'Object Deleted',
};

/**
 * Writes S3 event notifications into the outbox, inside the transaction of the write that caused
 * them, for every configuration of the bucket whose events and key filter match.
 */
export class EventPublisher {
  private sequence = 0;

  constructor(
    private readonly configs: BucketSubresources,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  async publish(tx: Transaction, bucket: BucketRecord, event: ObjectEvent, cause: EventCause): Promise<void> {
    const configuration = await this.configs.get<Api.NotificationConfiguration>(bucket.name, 'notification', tx);
    if (!configuration) return;
    const sequencer = this.nextSequencer();
    const record = (configurationId: string) => eventRecord(bucket, event, cause, configurationId, sequencer, this.clock.now());
    for (const queue of configuration.QueueConfigurations ?? []) {
      if (!matches(queue, event)) continue;
      await this.bus.enqueue(tx, DELIVERIES.queue, { queueArn: queue.QueueArn, body: JSON.stringify({ Records: [record(queue.Id!)] }) });
    }
    for (const topic of configuration.TopicConfigurations ?? []) {
      if (!matches(topic, event)) continue;
      await this.bus.enqueue(tx, DELIVERIES.topic, {
        topicArn: topic.TopicArn,
        subject: 'Amazon S3 Notification',
        message: JSON.stringify({ Records: [record(topic.Id!)] }),
      });
    }
    for (const lambda of configuration.LambdaFunctionConfigurations ?? []) {
      if (!matches(lambda, event)) continue;
      const invocation: InvokeAsyncDelivery = {
        functionArn: lambda.LambdaFunctionArn, payload: JSON.stringify({ Records: [record(lambda.Id!)] }),
        caller: { principal: 's3.amazonaws.com', sourceArn: `arn:aws:s3:::${bucket.name}`, sourceAccount: bucket.account },
      };
      await this.bus.enqueue(tx, DELIVERIES.lambda, invocation);
    }
    if (configuration.EventBridgeConfiguration) {
      await this.bus.enqueue(tx, DELIVERIES.eventBridge, {
        busArn: `arn:aws:events:${bucket.region}:${bucket.account}:event-bus/default`,
        event: eventBridgeEvent(bucket, event, cause, sequencer, this.clock.now()),
      });
    }
  }

  /** Hex that grows with every event, so that consumers can order the events of one key. */
  private nextSequencer(): string {
    this.sequence = (this.sequence + 1) % 0x1000;
    return (BigInt(this.clock.now()) * 0x1000n + BigInt(this.sequence)).toString(16).toUpperCase().padStart(18, '0');
  }
}

type AnyConfiguration = Api.QueueConfiguration | Api.TopicConfiguration | Api.LambdaFunctionConfiguration;

function matches(configuration: AnyConfiguration, event: ObjectEvent): boolean {
  const [family] = event.eventName.split(':');
  const wanted = configuration.Events.some((name) => name === `s3:${event.eventName}` || name === `s3:${family}:*`);
  if (!wanted) return false;
  for (const rule of configuration.Filter?.Key?.FilterRules ?? []) {
    const value = rule.Value ?? '';
    if (rule.Name?.toLowerCase() === 'prefix' && !event.key.startsWith(value)) return false;
    if (rule.Name?.toLowerCase() === 'suffix' && !event.key.endsWith(value)) return false;
  }
  return true;
}

function eventRecord(bucket: BucketRecord, event: ObjectEvent, cause: EventCause, configurationId: string, sequencer: string, now: number) {
  const requestId = cause === 'lifecycle' ? requestIdOf(sequencer) : cause.requestId;
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: bucket.region,
    eventTime: new Date(now).toISOString(),
    eventName: event.eventName,
    userIdentity: { principalId: cause === 'lifecycle' ? 's3.amazonaws.com' : principalIdOf(cause.accessKeyId) },
    requestParameters: { sourceIPAddress: cause === 'lifecycle' ? 's3.amazonaws.com' : cause.sourceIp },
    responseElements: { 'x-amz-request-id': requestId, 'x-amz-id-2': hostIdOf(requestId) },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId,
      bucket: { name: bucket.name, ownerIdentity: { principalId: ownerPrincipalOf(bucket.account) }, arn: bucketArn(bucket.name) },
      object: {
        key: encodeEventKey(event.key),
        ...(event.size === undefined ? {} : { size: event.size }),
        ...(event.etag === undefined ? {} : { eTag: event.etag.replace(/"/g, '') }),
        ...(event.versionId === undefined || event.versionId === 'null' ? {} : { versionId: event.versionId }),
        sequencer,
      },
    },
  };
}

/** The EventBridge form of the same event, on the default bus: `aws.s3` source, `Object Created` / `Object Deleted`. */
function eventBridgeEvent(bucket: BucketRecord, event: ObjectEvent, cause: EventCause, sequencer: string, now: number) {
  const [family, reason] = event.eventName.split(':');
  const requestId = cause === 'lifecycle' ? requestIdOf(sequencer) : cause.requestId;
  const detail = {
    version: '0',
    bucket: { name: bucket.name },
    object: {
      key: event.key,
      ...(event.size === undefined ? {} : { size: event.size }),
      ...(event.etag === undefined ? {} : { etag: event.etag.replace(/"/g, '') }),
      ...(event.versionId === undefined || event.versionId === 'null' ? {} : { 'version-id': event.versionId }),
      sequencer,
    },
    'request-id': requestId,
    requester: cause === 'lifecycle' ? 's3.amazonaws.com' : bucket.account,
    ...(cause === 'lifecycle' ? {} : { 'source-ip-address': cause.sourceIp }),
    reason: family === 'ObjectCreated' ? (reason === 'Put' ? 'PutObject' : reason === 'Post' ? 'POST Object' : reason === 'Copy' ? 'CopyObject' : 'CompleteMultipartUpload') : family === 'LifecycleExpiration' ? 'Lifecycle Expiration' : 'DeleteObject',
    ...(family === 'ObjectCreated' ? {} : { 'deletion-type': reason === 'Delete' ? 'Permanently Deleted' : 'Delete Marker Created' }),
  };
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': EVENTBRIDGE_DETAIL_TYPES[family!] ?? 'Object Created',
    source: 'aws.s3',
    account: bucket.account,
    time: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: bucket.region,
    resources: [bucketArn(bucket.name)],
    detail,
  };
}

/**
 * Keys in event records are URL-encoded as S3 writes them: form encoding (a space is `+`) that
 * leaves `/` alone, so `a dir/x=1.txt` arrives as `a+dir/x%3D1.txt`.
 */
export function encodeEventKey(key: string): string {
  let encoded = '';
  for (const byte of Buffer.from(key, 'utf8')) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-*_/]/.test(char)) encoded += char;
    else if (char === ' ') encoded += '+';
    else encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/** The caller as S3 names it in `userIdentity`: `AWS:` and an IAM-style unique id. */
function principalIdOf(accessKeyId: string): string {
  return `AWS:${accessKeyId || 'Anonymous'}`;
}

/** The bucket owner's short canonical id, as `ownerIdentity.principalId` carries it. */
function ownerPrincipalOf(account: string): string {
  return ownerOf(account).ID!.slice(0, 14).toUpperCase();
}

function requestIdOf(seed: string): string {
  return createHash('md5').update(seed).digest('hex').slice(0, 16).toUpperCase();
}

/** The same opaque token S3 sends as `x-amz-id-2` for the request (see protocol/quirks/s3.ts). */
function hostIdOf(requestId: string): string {
  return createHash('sha384').update(requestId).digest('base64');
}
