/** The measurements Lambda reports at the end of every invocation. */
export interface InvocationReport {
  requestId: string;
  durationMs: number;
  memorySize: number;
  maxMemoryUsedMB: number;
  /** Only on the first invocation of an environment (a cold start). */
  initDurationMs?: number;
  status?: 'timeout' | 'error';
}

export function startLine(requestId: string, version: string): string {
  return `START RequestId: ${requestId} Version: ${version}`;
}

export function endLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

/**
 * Lambda bills by the millisecond, rounded up; since August 2025 the initialisation of managed
 * runtimes is billed as well, so a cold start's billed duration includes its init duration.
 */
export function billedDuration(report: InvocationReport): number {
  return Math.ceil(report.durationMs + (report.initDurationMs ?? 0));
}

export function reportLine(report: InvocationReport): string {
  const parts = [
    `REPORT RequestId: ${report.requestId}`,
    `Duration: ${report.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${billedDuration(report)} ms`,
    `Memory Size: ${report.memorySize} MB`,
    `Max Memory Used: ${report.maxMemoryUsedMB} MB`,
  ];
  if (report.initDurationMs !== undefined) parts.push(`Init Duration: ${report.initDurationMs.toFixed(2)} ms`);
  if (report.status) parts.push(`Status: ${report.status}`);
  return `${parts.join('\t')}\t`;
}

/** `X-Amz-Log-Result`: the last 4 KB of the invocation's log, base64. */
export function logTail(lines: string[]): string {
  const text = Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
  return text.subarray(Math.max(0, text.length - 4096)).toString('base64');
}
