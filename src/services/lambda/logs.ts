import type { InvokeOutcome } from '../../runtimes/environment.js';
import type { ServiceDeps } from '../service-deps.js';
import type { FunctionRecord } from './state.js';

/** One line of a function's log, as CloudWatch Logs will hold it. */
export interface LogEvent {
  timestamp: number;
  message: string;
}

/** A log stream's events, under `<account>/<region>/<log group>/<log stream>`. */
export interface LogStreamRecord {
  logGroupName: string;
  logStreamName: string;
  events: LogEvent[];
}

const KEPT_EVENTS = 10_000;

export const logStreams = (deps: ServiceDeps) => deps.store.collection<LogStreamRecord>('lambda.log-streams');

/**
 * Keeps an invocation's log (START, the function's output, END, REPORT) in the log group
 * `/aws/lambda/<name>`, stream per execution environment, until CloudWatch Logs takes delivery.
 */
export async function recordLogs(deps: ServiceDeps, fn: FunctionRecord, outcome: InvokeOutcome, now: number): Promise<void> {
  const logGroupName = `/aws/lambda/${fn.name}`;
  const key = `${fn.account}/${fn.region}/${logGroupName}/${outcome.logStreamName}`;
  await deps.store.transaction(async (tx) => {
    const streams = tx.collection<LogStreamRecord>('lambda.log-streams');
    const stream = (await streams.get(key)) ?? { logGroupName, logStreamName: outcome.logStreamName, events: [] };
    stream.events.push(...outcome.logLines.map((message) => ({ timestamp: now, message })));
    if (stream.events.length > KEPT_EVENTS) stream.events.splice(0, stream.events.length - KEPT_EVENTS);
    await streams.put(key, stream);
  });
}
