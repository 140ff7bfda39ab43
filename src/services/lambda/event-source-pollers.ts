import { isAwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { Timer } from '../../clock/clock.js';
import { mappings, type MappingRecord } from './event-sources.js';
import { execute } from './executor.js';
import type { Invoker } from './invoke.js';
import { KinesisPoller, dropCheckpoints } from './kinesis-poller.js';
import { resolveFunction, type LambdaDeps } from './lookup.js';
import { SqsPoller } from './sqs-poller.js';

const POLL_INTERVAL_MS = 1000;

/** How one synchronous invocation of a batch ended. */
export interface BatchResult {
  ok: boolean;
  payload: string;
  requestId: string;
  executedVersion: string;
}

export type BatchInvoker = (mapping: MappingRecord, event: unknown) => Promise<BatchResult>;

/**
 * Runs the pollers of every enabled mapping, once a second of clock time. Each mapping polls one
 * batch at a time; its poller keeps its in-memory state (an SQS batch being filled) across polls,
 * and Kinesis checkpoints are stored, so a restarted Nimbus carries on where it stopped.
 */
export class EventSourcePollers {
  private readonly pollers = new Map<string, SqsPoller | KinesisPoller>();
  private readonly busy = new Set<string>();
  private timer: Timer | undefined;
  private stopped = false;

  constructor(
    private readonly deps: LambdaDeps,
    private readonly invoker: Invoker,
  ) {}

  /** Starts polling if any mapping exists; called at start-up and whenever mappings change. */
  kick(): void {
    if (this.stopped || this.timer) return;
    this.timer = this.deps.clock.after(POLL_INTERVAL_MS, () => {
      this.timer = undefined;
      void this.tick().catch((error: unknown) => console.error('nimbus: lambda event source polling failed', error));
    });
  }

  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
  }

  private async tick(): Promise<void> {
    const all = (await mappings(this.deps.store).list()).map((entry) => entry.value);
    const now = this.deps.clock.now();
    const live = new Set(all.map((mapping) => mapping.uuid));
    for (const uuid of [...this.pollers.keys()]) if (!live.has(uuid)) this.pollers.delete(uuid);
    for (const mapping of all) {
      if (!mapping.enabled || now < mapping.settlesAt || this.busy.has(mapping.uuid)) continue;
      this.busy.add(mapping.uuid);
      void this.pollerOf(mapping).poll(mapping)
        .catch((error: unknown) => {
          if (!isAwsError(error) && !/no service answers/.test(String(error))) console.error(`nimbus: polling ${mapping.eventSourceArn} failed`, error);
        })
        .finally(() => this.busy.delete(mapping.uuid));
    }
    if (all.length) this.kick();
  }

  /** Forgets a deleted mapping. */
  async forget(mapping: { account: string; region: string; uuid: string }): Promise<void> {
    this.pollers.delete(mapping.uuid);
    await dropCheckpoints(this.deps, mapping);
  }

  private pollerOf(mapping: MappingRecord): SqsPoller | KinesisPoller {
    let poller = this.pollers.get(mapping.uuid);
    if (!poller) {
      const invoke: BatchInvoker = (target, event) => this.invokeBatch(target, event);
      poller = mapping.kind === 'sqs' ? new SqsPoller(this.deps, invoke) : new KinesisPoller(this.deps, invoke);
      this.pollers.set(mapping.uuid, poller);
    }
    return poller;
  }

  /** A synchronous invocation through Lambda's own path; a throttle or a missing function counts as a failure. */
  private async invokeBatch(mapping: MappingRecord, event: unknown): Promise<BatchResult> {
    const requestId = crypto.randomUUID();
    const context: CallContext = { requestId, account: mapping.account, region: mapping.region, accessKeyId: mapping.account, endpoint: this.deps.endpoint(), sourceIp: '' };
    try {
      const target = await this.invoker.route(await resolveFunction(this.deps.store, mapping.functionArn, context));
      const execution = await execute(this.deps, target, Buffer.from(JSON.stringify(event)), context.endpoint, { requestId });
      return { ok: execution.outcome.status === 'success', payload: execution.outcome.payload.toString('utf8'), requestId, executedVersion: execution.executedVersion };
    } catch (error) {
      if (!isAwsError(error)) throw error;
      return { ok: false, payload: '', requestId, executedVersion: '$LATEST' };
    }
  }
}
