import type { CallContext } from '../../common/call-context.js';
import type { InvokeOutcome } from '../../runtimes/environment.js';
import { logTail } from '../../runtimes/invocation-log.js';
import type * as api from './api.generated.js';
import { requestTooLarge } from './errors.js';
import { execute, type Execution } from './executor.js';
import { SYNC_PAYLOAD_LIMIT, type Invoker } from './invoke.js';
import { resolveFunction, type LambdaDeps } from './lookup.js';

type Event = api.InvokeWithResponseStreamResponseEvent;

/**
 * InvokeWithResponseStream: the function's response as PayloadChunk events while it writes them
 * (a handler wrapped by `awslambda.streamifyResponse`), or whole as one chunk (any other handler),
 * then InvokeComplete with the error, if any, and the log tail.
 */
export class ResponseStreamInvoker {
  constructor(
    private readonly deps: LambdaDeps,
    private readonly invoker: Invoker,
  ) {}

  async invokeWithResponseStream(input: api.InvokeWithResponseStreamRequest, context: CallContext): Promise<api.InvokeWithResponseStreamResponse> {
    const target = await this.invoker.route(await resolveFunction(this.deps.store, input.FunctionName, context, input.Qualifier));
    if (input.InvocationType === 'DryRun') return { StatusCode: 204, ExecutedVersion: target.version };
    const payload = Buffer.from(input.Payload ?? new Uint8Array());
    if (payload.length > SYNC_PAYLOAD_LIMIT) throw requestTooLarge(SYNC_PAYLOAD_LIMIT, 'InvokeWithResponseStream');
    const chunks = new ChunkQueue();
    const clientContext = input.ClientContext ? Buffer.from(input.ClientContext, 'base64').toString('utf8') : undefined;
    const execution = execute(this.deps, target, payload.length ? payload : Buffer.from('{}'), context.endpoint, {
      requestId: context.requestId || undefined,
      clientContext,
      onResponseChunk: (chunk) => chunks.push(chunk),
    });
    void execution.then(() => chunks.close(), () => chunks.close());
    // Until the first byte, a failure (throttling, say) is the call's own error, not the stream's.
    await Promise.race([chunks.first, execution]);
    return { StatusCode: 200, ExecutedVersion: target.version, EventStream: events(chunks, execution, input.LogType === 'Tail') };
  }
}

async function* events(chunks: ChunkQueue, execution: Promise<Execution>, tail: boolean): AsyncGenerator<Event> {
  try {
    for await (const chunk of chunks) yield { PayloadChunk: { Payload: chunk } };
    const { outcome } = await execution;
    if (!chunks.streamed && outcome.status === 'success' && outcome.payload.length) yield { PayloadChunk: { Payload: outcome.payload } };
    yield { InvokeComplete: completion(outcome, tail) };
  } finally {
    chunks.discard();
  }
}

/** How the invocation ended: for an error, its type and message, as the runtime reported them. */
function completion(outcome: InvokeOutcome, tail: boolean): api.InvokeWithResponseStreamCompleteEvent {
  const complete: api.InvokeWithResponseStreamCompleteEvent = tail ? { LogResult: logTail(outcome.logLines) } : {};
  if (outcome.status === 'success') return complete;
  const text = outcome.payload.toString('utf8');
  let reported: { errorType?: unknown; errorMessage?: unknown } = {};
  try {
    reported = JSON.parse(text) as typeof reported;
  } catch {
    // A custom runtime may report an error in any words; they are the details.
  }
  return {
    ...complete,
    ErrorCode: typeof reported.errorType === 'string' ? reported.errorType : 'Unhandled',
    ErrorDetails: typeof reported.errorMessage === 'string' ? reported.errorMessage : text,
  };
}

/** The bytes a streaming function has written and the client has not read yet. */
class ChunkQueue implements AsyncIterable<Buffer> {
  /** Whether the function streamed its response (a buffered handler's payload arrives with the outcome instead). */
  streamed = false;
  readonly first: Promise<void>;
  private readonly waiting: Buffer[] = [];
  private closed = false;
  private wake: () => void = () => {};
  private started: () => void = () => {};

  constructor() {
    this.first = new Promise((resolve) => {
      this.started = resolve;
    });
  }

  push(chunk: Buffer): void {
    if (this.closed) return;
    this.streamed = true;
    this.waiting.push(chunk);
    this.started();
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  /** The client went away: what the function still writes goes nowhere. */
  discard(): void {
    this.close();
    this.waiting.length = 0;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    for (;;) {
      const chunk = this.waiting.shift();
      if (chunk) {
        yield chunk;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }
}
