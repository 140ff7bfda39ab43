import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { alreadyExists, invalidParameter, streamNotFound } from './errors.js';
import { requireGroup } from './groups.js';
import { checkStreamName, groupAddress } from './names.js';
import { page } from './paging.js';
import { childKey, childrenPrefix, events, groupArn, streamEventsPrefix, streams, type GroupAddress, type LogStreamRecord } from './state.js';

/** Log streams of a group: creation, deletion and DescribeLogStreams' orderings. */
export class LogStreams {
  constructor(private readonly deps: ServiceDeps) {}

  async createLogStream(input: api.CreateLogStreamRequest, context: CallContext): Promise<void> {
    checkStreamName(input.logStreamName);
    const address = groupAddress(context, input);
    await this.deps.store.transaction(async (tx) => {
      await requireGroup(tx, address);
      if (await streams(tx).get(childKey(address, input.logStreamName))) throw alreadyExists('The specified log stream already exists');
      await streams(tx).put(childKey(address, input.logStreamName), newStream(input.logStreamName, this.deps.clock.now()));
    });
  }

  async deleteLogStream(input: api.DeleteLogStreamRequest, context: CallContext): Promise<void> {
    const address = groupAddress(context, input);
    await this.deps.store.transaction(async (tx) => {
      await requireGroup(tx, address);
      if (!(await streams(tx).delete(childKey(address, input.logStreamName)))) throw streamNotFound();
      for (const { key } of await events(tx).list({ prefix: streamEventsPrefix(address, input.logStreamName) })) await events(tx).delete(key);
    });
  }

  async describeLogStreams(input: api.DescribeLogStreamsRequest, context: CallContext): Promise<api.DescribeLogStreamsResponse> {
    const address = groupAddress(context, input);
    const byLastEvent = input.orderBy === 'LastEventTime';
    if (byLastEvent && input.logStreamNamePrefix !== undefined) {
      throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
    }
    await requireGroup(this.deps.store, address);
    const found = (await streams(this.deps.store).list({ prefix: childrenPrefix(address) + (input.logStreamNamePrefix ?? '') })).map((entry) => entry.value);
    if (byLastEvent) found.sort((a, b) => (a.lastEventTimestamp ?? 0) - (b.lastEventTimestamp ?? 0) || compareNames(a, b));
    if (input.descending) found.reverse();
    const { items, nextToken } = page(found, input.limit, input.nextToken);
    return { logStreams: items.map((stream) => describe(address, stream)), nextToken };
  }
}

export function newStream(logStreamName: string, now: number): LogStreamRecord {
  return { logStreamName, creationTime: now, storedBytes: 0 };
}

function compareNames(a: LogStreamRecord, b: LogStreamRecord): number {
  return a.logStreamName < b.logStreamName ? -1 : a.logStreamName > b.logStreamName ? 1 : 0;
}

function describe(address: GroupAddress, stream: LogStreamRecord): api.LogStream {
  return {
    logStreamName: stream.logStreamName,
    creationTime: stream.creationTime,
    firstEventTimestamp: stream.firstEventTimestamp,
    lastEventTimestamp: stream.lastEventTimestamp,
    lastIngestionTime: stream.lastIngestionTime,
    arn: `${groupArn(address)}:log-stream:${stream.logStreamName}`,
    storedBytes: stream.storedBytes,
  };
}
