import type { CallContext } from '../../common/call-context.js';
import { DeliveryRefused } from '../../events/delivery-refused.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidParameter } from './errors.js';
import { requireGroup } from './groups.js';
import { checkBatch, storeEvents, triage } from './ingest.js';
import { checkGroupName, checkStreamName } from './names.js';
import { childKey, groupKey, groups, streams } from './state.js';
import { newStream } from './streams.js';

export const PUT_LOG_EVENTS = 'logs.put-log-events';

/** What Lambda, EventBridge and others enqueue to write a function's or a rule's log lines. */
export interface PutLogEventsDelivery {
  account: string;
  region: string;
  logGroupName: string;
  logStreamName: string;
  events: Array<{ timestamp: number; message: string }>;
  /** False when the group must exist already (an EventBridge target): a missing one refuses the delivery. */
  createGroup?: boolean;
}

const MAX_BATCH_EVENTS = 10_000;

/**
 * PutLogEvents as AWS runs it since sequence tokens were retired: any token is accepted and
 * ignored, a well-formed batch is always taken, and events outside the accepted time window are
 * reported in rejectedLogEventsInfo instead of failing the call.
 */
export async function putLogEvents(deps: ServiceDeps, input: api.PutLogEventsRequest, context: CallContext): Promise<api.PutLogEventsResponse> {
  checkGroupName(input.logGroupName);
  checkStreamName(input.logStreamName);
  if (input.logEvents.length > MAX_BATCH_EVENTS) {
    throw invalidParameter(`1 validation error detected: Value at 'logEvents' failed to satisfy constraint: Member must have length less than or equal to ${MAX_BATCH_EVENTS}`);
  }
  checkBatch(input.logEvents);
  const address = { account: context.account, region: context.region, logGroupName: input.logGroupName };
  return deps.store.transaction(async (tx) => {
    const group = await requireGroup(tx, address);
    const { accepted, rejected } = triage(input.logEvents, group, deps.clock.now());
    await storeEvents(deps, tx, group, input.logStreamName, accepted);
    return { nextSequenceToken: sequenceToken(deps.clock.now()), rejectedLogEventsInfo: rejected };
  });
}

function sequenceToken(now: number): string {
  return `4963${String(now).padStart(20, '0')}${String(Math.floor(Math.random() * 1e9)).padStart(32, '0')}`;
}

/**
 * `logs.put-log-events`: another service's log lines. The group (unless `createGroup` is false) and
 * the stream are created when missing (as Lambda's service role does); lines outside the accepted
 * window are dropped.
 */
export function registerPutLogEventsDelivery(deps: ServiceDeps): void {
  deps.bus.handle(PUT_LOG_EVENTS, async (payload) => {
    const delivery = payload as PutLogEventsDelivery;
    const address = { account: delivery.account, region: delivery.region, logGroupName: delivery.logGroupName };
    const batch = [...delivery.events].sort((a, b) => a.timestamp - b.timestamp);
    await deps.store.transaction(async (tx) => {
      const now = deps.clock.now();
      let group = await groups(tx).get(groupKey(address));
      if (!group) {
        if (delivery.createGroup === false) throw new DeliveryRefused('ResourceNotFoundException', 'The specified log group does not exist.');
        group = { ...address, creationTime: now, logGroupClass: 'STANDARD', deletionProtectionEnabled: false, tags: {} };
        await groups(tx).put(groupKey(address), group);
      }
      if (!(await streams(tx).get(childKey(address, delivery.logStreamName)))) {
        await streams(tx).put(childKey(address, delivery.logStreamName), newStream(delivery.logStreamName, now));
      }
      for (let start = 0; start < batch.length; start += MAX_BATCH_EVENTS) {
        const { accepted } = triageLenient(batch.slice(start, start + MAX_BATCH_EVENTS), group, now);
        await storeEvents(deps, tx, group, delivery.logStreamName, accepted);
      }
    });
  });
}

/** A delivery can't be answered with an error: a batch spanning more than a day keeps its latest day. */
function triageLenient(batch: api.InputLogEvent[], group: Parameters<typeof triage>[1], now: number) {
  try {
    return triage(batch, group, now);
  } catch {
    const last = batch[batch.length - 1]!.timestamp;
    return triage(batch.filter((event) => event.timestamp >= last - 86_400_000), group, now);
  }
}
