import type { InvokeOutcome } from '../../runtimes/environment.js';
import type { ServiceDeps } from '../service-deps.js';
import type { FunctionRecord } from './state.js';

/**
 * Sends an invocation's log (START, the function's output, END, REPORT) to CloudWatch Logs, group
 * `/aws/lambda/<name>`, one stream per execution environment, through the durable outbox: as in
 * AWS, the logs arrive shortly after the invocation and survive a crash in between.
 */
export async function recordLogs(deps: ServiceDeps, fn: FunctionRecord, outcome: InvokeOutcome, now: number): Promise<void> {
  if (!outcome.logLines.length) return;
  await deps.store.transaction((tx) =>
    deps.bus.enqueue(tx, 'logs.put-log-events', {
      account: fn.account,
      region: fn.region,
      logGroupName: `/aws/lambda/${fn.name}`,
      logStreamName: outcome.logStreamName,
      events: outcome.logLines.map((message) => ({ timestamp: now, message })),
    }),
  );
}
