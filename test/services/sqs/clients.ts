import * as json from '@aws-sdk/client-sqs';
import * as query from '@aws-sdk/client-sqs-query';
import { clientConfig } from '../../support/nimbus.js';

export { uniqueName, failure } from '../../support/calls.js';

/** The SDK's SQS module: the client and its commands (one set per protocol; they do not mix). */
export type Sqs = typeof json;

/**
 * Both wire protocols SQS speaks: the current SDK (json) and an SDK from before the switch (query,
 * @aws-sdk/client-sqs 3.445). Every test runs under each.
 */
export const PROTOCOLS: ReadonlyArray<{ protocol: 'json' | 'query'; sdk: Sqs }> = [
  { protocol: 'json', sdk: json },
  { protocol: 'query', sdk: query as unknown as Sqs },
];

export function client(sdk: Sqs, endpoint: string, extra: Record<string, unknown> = {}): json.SQSClient {
  return new sdk.SQSClient(clientConfig(endpoint, { maxAttempts: 1, ...extra }));
}

/**
 * The name the SDK gives QueueDoesNotExist. Query-era clients map the query code
 * AWS.SimpleQueueService.NonExistentQueue to the modelled exception only for the operations whose
 * model lists it (GetQueueUrl); elsewhere they report the code itself, as they do against AWS.
 */
export function queueDoesNotExistName(protocol: 'json' | 'query', operation: string): string {
  return protocol === 'query' && operation !== 'GetQueueUrl' ? 'AWS.SimpleQueueService.NonExistentQueue' : 'QueueDoesNotExist';
}


