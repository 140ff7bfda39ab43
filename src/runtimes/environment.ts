import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Clock } from '../clock/clock.js';
import { endLine, reportLine, startLine, type InvocationReport } from './invocation-log.js';
import { launchOf, type FunctionSpec } from './launch.js';
import { RuntimeApi, type RuntimeAnswer } from './runtime-api.js';

export interface InvokeRequest {
  requestId: string;
  payload: Buffer;
  invokedFunctionArn: string;
  clientContext?: string;
  /** Receives a streaming function's response bytes as it writes them; the outcome's payload then stays empty. */
  onResponseChunk?: (chunk: Buffer) => void;
}

/** How an invocation ended, with its log from START to REPORT. */
export interface InvokeOutcome {
  /** `error` answers carry `X-Amz-Function-Error: Unhandled`. */
  status: 'success' | 'error';
  payload: Buffer;
  timedOut: boolean;
  logLines: string[];
  logStreamName: string;
  report: InvocationReport;
}

type Failure = { payload: Buffer; errorType?: string };

/**
 * One warm execution environment: a child process running a runtime against its own Runtime API,
 * serving one invocation at a time. It dies with a timeout, a crash or a failed init, and is
 * stopped by its pool when idle too long or when the function changes.
 */
export class ExecutionEnvironment {
  readonly logStreamName: string;
  private readonly api = new RuntimeApi();
  private child: ChildProcess | undefined;
  private tmpDir = '';
  private ready: Promise<Failure | undefined> | undefined;
  private initDurationMs: number | undefined;
  private pendingOutput: string[] = [];
  private lineRemainder = '';
  private exited: ((failure: Failure) => void) | undefined;
  dead = false;

  constructor(
    readonly spec: FunctionSpec,
    private readonly clock: Clock,
  ) {
    const day = clock.date().toISOString().slice(0, 10).replace(/-/g, '/');
    this.logStreamName = `${day}/[${spec.functionVersion}]${randomBytes(16).toString('hex')}`;
  }

  /** Starts the process; resolves once the runtime asked for its first event, or failed to. */
  start(): Promise<Failure | undefined> {
    this.ready ??= this.launch();
    return this.ready;
  }

  async invoke(request: InvokeRequest): Promise<InvokeOutcome> {
    // A provisioned environment initialized ahead of its invocations: none of them pays (or reports) the init.
    const cold = this.initDurationMs === undefined && this.spec.initializationType !== 'provisioned-concurrency';
    const initFailure = await this.start();
    const logLines = [...(cold ? [`INIT_START Runtime Version: nimbus:${this.spec.runtime}`] : []), ...this.takeOutput()];
    logLines.push(startLine(request.requestId, this.spec.functionVersion));
    const began = performance.now();
    const ended = initFailure ? { answer: undefined, failure: withRequestId(initFailure, request.requestId), timedOut: false } : await this.run(request);
    await new Promise((resolve) => setImmediate(resolve));
    const durationMs = performance.now() - began;
    logLines.push(...this.takeOutput());
    const timeoutText = `Task timed out after ${this.spec.timeout.toFixed(2)} seconds`;
    if (ended.timedOut) logLines.push(`${this.clock.date().toISOString()} ${request.requestId} ${timeoutText}`);
    logLines.push(endLine(request.requestId));
    const report: InvocationReport = {
      requestId: request.requestId,
      durationMs,
      memorySize: this.spec.memorySize,
      maxMemoryUsedMB: this.maxMemoryUsed(),
      ...(cold && this.initDurationMs !== undefined ? { initDurationMs: this.initDurationMs } : {}),
      ...(ended.timedOut ? { status: 'timeout' as const } : ended.failure && !ended.answer ? { status: 'error' as const } : {}),
    };
    logLines.push(reportLine(report));
    if (ended.timedOut) {
      const payload = Buffer.from(JSON.stringify({ errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${request.requestId} Error: ${timeoutText}` }));
      return { status: 'error', payload, timedOut: true, logLines, logStreamName: this.logStreamName, report };
    }
    const answer = ended.answer;
    const payload = answer?.payload ?? ended.failure!.payload;
    return { status: answer?.kind === 'response' ? 'success' : 'error', payload, timedOut: false, logLines, logStreamName: this.logStreamName, report };
  }

  stop(): void {
    if (this.dead && !this.child) return;
    this.dead = true;
    this.api.abandon();
    this.api.close();
    this.child?.kill('SIGKILL');
    this.child = undefined;
    if (this.tmpDir) void rm(this.tmpDir, { recursive: true, force: true }).catch(() => undefined);
  }

  private async launch(): Promise<Failure | undefined> {
    const runtimeApi = await this.api.listen();
    this.tmpDir = await mkdtemp(join(tmpdir(), 'nimbus-lambda-tmp-'));
    const { command, args, env } = await launchOf(this.spec, runtimeApi, this.tmpDir, this.logStreamName);
    const began = performance.now();
    return new Promise((resolve) => {
      const settle = (failure: Failure | undefined) => {
        if (this.initDurationMs === undefined) this.initDurationMs = performance.now() - began;
        if (failure) this.stop();
        resolve(failure);
      };
      this.api.onReady = () => settle(undefined);
      this.api.onInitError = (payload, errorType) => settle({ payload, errorType });
      const child = spawn(command, args, { cwd: this.spec.codeDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      this.child = child;
      // Warm environments must not keep Nimbus's own process alive; the pool kills them on exit.
      child.unref();
      (child.stdout as unknown as { unref?: () => void }).unref?.();
      (child.stderr as unknown as { unref?: () => void }).unref?.();
      child.stdout.on('data', (chunk: Buffer) => this.collect(chunk));
      child.stderr.on('data', (chunk: Buffer) => this.collect(chunk));
      child.on('error', (error) => settle(exitFailure(`Runtime.InvalidEntrypoint`, error.message)));
      child.on('exit', (code, signal) => {
        const failure = exitFailure('Runtime.ExitError', `RequestId: ${'%ID%'} Error: Runtime exited ${signal ? `with signal: ${signal.toLowerCase()}` : `with error: exit status ${code}`}`);
        this.child = undefined;
        this.dead = true;
        this.exited?.(failure);
        settle(failure);
      });
    });
  }

  private async run(request: InvokeRequest): Promise<{ answer?: RuntimeAnswer; failure?: Failure; timedOut: boolean }> {
    const deadlineMs = Date.now() + this.spec.timeout * 1000;
    let timer: { cancel(): void } | undefined;
    const outcome = await Promise.race([
      this.api.dispatch({ ...request, deadlineMs }).then((answer) => ({ answer, timedOut: false })),
      new Promise<{ failure: Failure; timedOut: boolean }>((resolve) => {
        this.exited = (failure) => resolve({ failure: withRequestId(failure, request.requestId), timedOut: false });
        timer = this.clock.after(this.spec.timeout * 1000, () => resolve({ failure: { payload: Buffer.alloc(0) }, timedOut: true }));
      }),
    ]);
    timer?.cancel();
    this.exited = undefined;
    if (!('answer' in outcome)) this.stop();
    return outcome;
  }

  private collect(chunk: Buffer): void {
    const lines = (this.lineRemainder + chunk.toString('utf8')).split('\n');
    this.lineRemainder = lines.pop()!;
    this.pendingOutput.push(...lines);
  }

  private takeOutput(): string[] {
    if (this.lineRemainder) {
      this.pendingOutput.push(this.lineRemainder);
      this.lineRemainder = '';
    }
    const lines = this.pendingOutput;
    this.pendingOutput = [];
    return lines;
  }

  /**
   * The process's peak resident memory (Linux); the memory size where the system does not say.
   * Read synchronously: procfs answers from memory, and four thread-pool round trips per invocation
   * would cost more than the read.
   */
  private maxMemoryUsed(): number {
    const pid = this.child?.pid;
    if (!pid) return 0;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
      return kb ? Math.ceil(kb / 1024) : this.spec.memorySize;
    } catch {
      return this.spec.memorySize;
    }
  }
}

function exitFailure(errorType: string, errorMessage: string): Failure {
  return { payload: Buffer.from(JSON.stringify({ errorType, errorMessage })), errorType };
}

function withRequestId(failure: Failure, requestId: string): Failure {
  return { ...failure, payload: Buffer.from(failure.payload.toString('utf8').replace('%ID%', requestId)) };
}
