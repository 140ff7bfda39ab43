import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One event handed to the runtime through `/invocation/next`. */
export interface Invocation {
  requestId: string;
  payload: Buffer;
  /** Wall-clock epoch milliseconds: the child process measures its remaining time with its own clock. */
  deadlineMs: number;
  invokedFunctionArn: string;
  clientContext?: string;
  /**
   * Where a streamed response's bytes go as the runtime sends them (InvokeWithResponseStream);
   * without it they are gathered into the answer's payload, as a buffered Invoke returns them.
   */
  onResponseChunk?: (chunk: Buffer) => void;
}

/** What the runtime posted back for an invocation. */
export type RuntimeAnswer =
  | { kind: 'response'; payload: Buffer }
  | { kind: 'error'; payload: Buffer; errorType?: string };

const PREFIX = '/2018-06-01/runtime';
const NEXT = `${PREFIX}/invocation/next`;
const INIT_ERROR = `${PREFIX}/init/error`;
const INVOCATION = new RegExp(`^${PREFIX}/invocation/([^/]+)/(response|error)$`);

/**
 * The Lambda Runtime API for one execution environment, on a loopback port of its own: the
 * runtime long-polls `next`, then posts the invocation's `response` (whole, or streamed) or `error`; `init/error`
 * reports a failed start. Custom `bootstrap` programs speak to it exactly as they do on AWS.
 */
export class RuntimeApi {
  private readonly server: Server;
  private waitingNext: ServerResponse | undefined;
  private queued: Invocation | undefined;
  private current: { invocation: Invocation; settle: (answer: RuntimeAnswer) => void } | undefined;
  private firstNextSeen = false;

  /** Called on the runtime's first `next`: its initialisation is over. */
  onReady: () => void = () => {};
  onInitError: (payload: Buffer, errorType?: string) => void = () => {};

  constructor() {
    this.server = createServer((request, response) => {
      this.route(request, response).catch(() => {
        if (!response.headersSent) reply(response, 500, { errorMessage: 'internal error', errorType: 'ServiceException' });
      });
    });
    // A runtime keeps its connection while the handler runs, however long: it must still be there for the response.
    this.server.keepAliveTimeout = 0;
  }

  async listen(): Promise<string> {
    this.server.unref();
    this.server.on('connection', (socket) => socket.unref());
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Hands an invocation to the runtime; resolves with what it posts back. */
  dispatch(invocation: Invocation): Promise<RuntimeAnswer> {
    return new Promise((settle) => {
      this.current = { invocation, settle };
      if (this.waitingNext) this.deliver(this.waitingNext, invocation);
      else this.queued = invocation;
    });
  }

  /** Forgets the invocation in flight (timed out, or its process died); a late answer is refused. */
  abandon(): void {
    this.current = undefined;
    this.queued = undefined;
  }

  close(): void {
    this.waitingNext?.destroy();
    this.server.closeAllConnections();
    this.server.close();
  }

  private async route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0]!;
    if (request.method === 'GET' && path === NEXT) return this.next(response);
    const streamed = request.method === 'POST' && header(request, 'lambda-runtime-function-response-mode') === 'streaming';
    const responseTo = streamed ? INVOCATION.exec(path) : null;
    if (responseTo?.[2] === 'response') return this.streamedResponse(request, response, decodeURIComponent(responseTo[1]!));
    const body = await readAll(request);
    if (request.method === 'POST' && path === INIT_ERROR) {
      reply(response, 202, { status: 'OK' });
      this.onInitError(body, header(request, 'lambda-runtime-function-error-type'));
      return;
    }
    const match = request.method === 'POST' ? INVOCATION.exec(path) : null;
    if (!match) return reply(response, 404, { errorMessage: `no route ${request.method} ${path}`, errorType: 'NotFound' });
    const current = this.current;
    if (!current || current.invocation.requestId !== decodeURIComponent(match[1]!)) {
      return reply(response, 400, { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
    }
    this.current = undefined;
    reply(response, 202, { status: 'OK' });
    current.settle(match[2] === 'response'
      ? { kind: 'response', payload: body }
      : { kind: 'error', payload: body, errorType: header(request, 'lambda-runtime-function-error-type') });
  }

  /**
   * A response the runtime streams (`Lambda-Runtime-Function-Response-Mode: streaming`, chunked):
   * its bytes are handed on as they arrive, and an error after the first byte comes in the trailers
   * `Lambda-Runtime-Function-Error-Type` and `-Error-Body` (base64).
   */
  private async streamedResponse(request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
    const current = this.current;
    if (!current || current.invocation.requestId !== requestId) {
      request.resume();
      return reply(response, 400, { errorMessage: 'Invalid request ID', errorType: 'InvalidRequestID' });
    }
    const sink = current.invocation.onResponseChunk;
    const kept: Buffer[] = [];
    for await (const chunk of request) {
      // Timed out, or the environment stopped, while the runtime was still sending.
      if (this.current !== current) return void request.destroy();
      if (sink) sink(chunk as Buffer);
      else kept.push(chunk as Buffer);
    }
    this.current = undefined;
    reply(response, 202, { status: 'OK' });
    const errorType = request.trailers['lambda-runtime-function-error-type'];
    if (errorType) {
      current.settle({ kind: 'error', errorType, payload: Buffer.from(request.trailers['lambda-runtime-function-error-body'] ?? '', 'base64') });
    } else {
      current.settle({ kind: 'response', payload: Buffer.concat(kept) });
    }
  }

  private next(response: ServerResponse): void {
    if (!this.firstNextSeen) {
      this.firstNextSeen = true;
      this.onReady();
    }
    const queued = this.queued;
    if (queued) {
      this.queued = undefined;
      this.deliver(response, queued);
      return;
    }
    this.waitingNext = response;
    response.on('close', () => {
      if (this.waitingNext === response) this.waitingNext = undefined;
    });
  }

  private deliver(response: ServerResponse, invocation: Invocation): void {
    this.waitingNext = undefined;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'lambda-runtime-aws-request-id': invocation.requestId,
      'lambda-runtime-deadline-ms': String(invocation.deadlineMs),
      'lambda-runtime-invoked-function-arn': invocation.invokedFunctionArn,
      'lambda-runtime-trace-id': `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${invocation.requestId.replace(/-/g, '').slice(0, 24)};Sampled=0`,
    };
    if (invocation.clientContext) headers['lambda-runtime-client-context'] = invocation.clientContext;
    response.writeHead(200, headers);
    response.end(invocation.payload);
  }
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
