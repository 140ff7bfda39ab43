import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import { parseFilterPattern } from './filter-pattern.js';
import { childrenPrefix, subscriptionFilters, type GroupAddress, type LogEventRecord, type SubscriptionFilterRecord } from './state.js';

/** The JSON a subscription destination receives, gzipped and base64-encoded. */
export interface SubscriptionMessage {
  messageType: 'DATA_MESSAGE' | 'CONTROL_MESSAGE';
  owner: string;
  logGroup: string;
  logStream: string;
  subscriptionFilters: string[];
  logEvents: Array<{ id: string; timestamp: number; message: string }>;
}

export function encodeMessage(message: SubscriptionMessage): string {
  return gzipSync(Buffer.from(JSON.stringify(message))).toString('base64');
}

/** Queues one compressed message for a destination: Lambda functions and Kinesis streams are reached. */
export async function sendToDestination(deps: ServiceDeps, tx: Transaction, filter: Pick<SubscriptionFilterRecord, 'destinationArn' | 'distribution'>, message: SubscriptionMessage): Promise<void> {
  const data = encodeMessage(message);
  const service = filter.destinationArn.split(':')[2];
  if (service === 'lambda') {
    await deps.bus.enqueue(tx, 'lambda.invoke-async', { functionArn: filter.destinationArn, payload: JSON.stringify({ awslogs: { data } }) });
  } else if (service === 'kinesis') {
    const partitionKey = filter.distribution === 'Random' ? crypto.randomUUID() : createHash('sha256').update(message.logStream).digest('hex');
    await deps.bus.enqueue(tx, 'kinesis.put-record', { streamArn: filter.destinationArn, partitionKey, data });
  }
}

/** Sends each subscription filter of the group the new events it matches, in one message per filter. */
export async function deliverToSubscribers(deps: ServiceDeps, tx: Transaction, address: GroupAddress, logStreamName: string, records: LogEventRecord[]): Promise<void> {
  for (const { value: filter } of await subscriptionFilters(tx).list({ prefix: childrenPrefix(address) })) {
    const pattern = parseFilterPattern(filter.filterPattern);
    const matched = records.filter((record) => pattern.match(record.message));
    if (!matched.length) continue;
    await sendToDestination(deps, tx, filter, {
      messageType: 'DATA_MESSAGE',
      owner: address.account,
      logGroup: address.logGroupName,
      logStream: logStreamName,
      subscriptionFilters: [filter.filterName],
      logEvents: matched.map((record) => ({ id: record.eventId, timestamp: record.timestamp, message: record.message })),
    });
  }
}
