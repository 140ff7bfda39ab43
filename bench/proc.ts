import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

// Any thread may have forked, so every task's children count.
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

function ownCpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may itself contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, and cutime, cstime of the children it has reaped (fields 14 to 17 of stat): a
    // Lambda environment's process may have ended by the time the CPU is read.
    return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  } catch {
    return 0;
  }
}

/** CPU time (ms, user + system, all threads) of a process and its descendants, live or reaped. */
export function cpuMs(pid: number): number {
  let ticks = ownCpuTicks(pid);
  for (const child of childrenOf(pid)) ticks += cpuMs(child) * clockTicks() / 1000;
  return ticks * 1000 / clockTicks();
}

/** Resident set size in MiB of a process and its live descendants. */
export function rssMiB(pid: number): number {
  let kib: number;
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    kib = match ? Number(match[1]) : 0;
  } catch {
    kib = 0;
  }
  return kib / 1024 + childrenOf(pid).reduce((sum, child) => sum + rssMiB(child), 0);
}
