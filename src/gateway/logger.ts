export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const ORDER: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Lines on stderr at or above `level`. */
export function createLogger(level: LogLevel): Logger {
  const threshold = ORDER.indexOf(level);
  const write = (at: LogLevel, message: string) => {
    if (ORDER.indexOf(at) >= threshold) process.stderr.write(`${new Date().toISOString()} ${at.toUpperCase()} ${message}\n`);
  };
  return {
    debug: (message) => write('debug', message),
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) => write('error', error instanceof Error ? `${message}: ${error.stack}` : message),
  };
}
