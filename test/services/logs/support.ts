import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { clientConfig } from '../../support/nimbus.js';

let counter = 0;

export function uniqueName(prefix: string): string {
  return `/nimbus/${prefix}-${Date.now().toString(36)}-${counter++}`;
}

export function logsClient(endpoint: string): CloudWatchLogsClient {
  return new CloudWatchLogsClient(clientConfig(endpoint));
}

/** A group with one stream, `events` written to it. */
export async function groupWithEvents(client: CloudWatchLogsClient, prefix: string, events: Array<{ timestamp: number; message: string }>, stream = 'stream-1') {
  const logGroupName = uniqueName(prefix);
  await client.send(new CreateLogGroupCommand({ logGroupName }));
  await client.send(new CreateLogStreamCommand({ logGroupName, logStreamName: stream }));
  if (events.length) await client.send(new PutLogEventsCommand({ logGroupName, logStreamName: stream, logEvents: events }));
  return logGroupName;
}

/** Rejects with the error's name and HTTP status, as assert.rejects checks them. */
export function awsError(name: string, status = 400) {
  return (error: { name: string; $metadata?: { httpStatusCode?: number } }) => {
    if (error.name !== name) throw new Error(`expected ${name}, got ${error.name}`);
    if (error.$metadata?.httpStatusCode !== status) throw new Error(`expected HTTP ${status}, got ${error.$metadata?.httpStatusCode}`);
    return true;
  };
}

/** What a subscription filter delivers, gzipped: the AWS format Lambda and Kinesis receive. */
export interface SubscriptionMessage {
  messageType: string;
  owner: string;
  logGroup: string;
  logStream: string;
  subscriptionFilters: string[];
  logEvents: Array<{ id: string; timestamp: number; message: string }>;
}
