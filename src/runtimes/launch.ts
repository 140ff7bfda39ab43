import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../common/package-root.js';

/** Everything an execution environment is started from: the function's code, configuration and caller. */
export interface FunctionSpec {
  /** Environments are reused only for the same key: function version plus code and configuration revision. */
  key: string;
  /** Invocations of every version and alias of one function count against one concurrency limit. */
  concurrencyKey: string;
  functionName: string;
  functionVersion: string;
  runtime: string;
  handler: string;
  memorySize: number;
  /** Seconds. */
  timeout: number;
  /** The unpacked deployment package (LAMBDA_TASK_ROOT). */
  codeDir: string;
  /** The layers merged in order: the `/opt` of this function, if it has layers. */
  optDir?: string;
  variables: Record<string, string>;
  region: string;
  account: string;
  /** Where the function's own AWS SDK calls go: the Nimbus endpoint it was invoked through. */
  endpoint: string;
  logGroupName: string;
  /** `provisioned-concurrency` for an environment started ahead of its invocations; `on-demand` otherwise. */
  initializationType?: 'on-demand' | 'provisioned-concurrency';
}

export interface Launch {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

const execFileAsync = promisify(execFile);

/** The bootstraps ship as source files, in the source tree (also when Nimbus runs from its bundle). */
export const BOOTSTRAPS = join(packageRoot(), 'src', 'runtimes', 'bootstraps');

/** The node_modules holding Nimbus's own AWS SDK, which Node.js handlers get without bundling it. */
export const NIMBUS_NODE_MODULES = sdkNodeModules();

function sdkNodeModules(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve('@aws-sdk/client-sts');
    const index = entry.lastIndexOf(`${'node_modules'}`);
    return index >= 0 ? entry.slice(0, index + 'node_modules'.length) : undefined;
  } catch {
    return undefined;
  }
}

let pythonExecutable: Promise<string> | undefined;

/** The real interpreter behind `python3` (a pyenv shim needs an environment the function does not get). */
function python(): Promise<string> {
  pythonExecutable ??= execFileAsync('python3', ['-c', 'import sys; print(sys.executable)'])
    .then(({ stdout }) => stdout.trim() || 'python3', () => 'python3');
  return pythonExecutable;
}

export function runtimeFamily(runtime: string): 'nodejs' | 'python' | 'provided' | undefined {
  if (/^nodejs\d+\.x$/.test(runtime)) return 'nodejs';
  if (/^python3\.\d+$/.test(runtime)) return 'python';
  if (runtime === 'provided' || runtime.startsWith('provided.')) return 'provided';
  return undefined;
}

/** The command that starts the runtime, and the environment Lambda gives it. */
export async function launchOf(spec: FunctionSpec, runtimeApi: string, tmpDir: string, logStreamName: string): Promise<Launch> {
  const env = standardEnvironment(spec, runtimeApi, tmpDir, logStreamName);
  switch (runtimeFamily(spec.runtime)) {
    case 'nodejs':
      env.NODE_PATH = nodePath(spec.optDir);
      return {
        command: process.execPath,
        args: [`--max-old-space-size=${spec.memorySize}`, join(BOOTSTRAPS, 'node-runtime.mjs')],
        env,
      };
    case 'python':
      env.PYTHONPATH = [spec.optDir && join(spec.optDir, 'python'), spec.codeDir].filter(Boolean).join(delimiter);
      env.PYTHONUNBUFFERED = '1';
      return { command: await python(), args: [join(BOOTSTRAPS, 'python_runtime.py')], env };
    default: {
      const inCode = join(spec.codeDir, 'bootstrap');
      const bootstrap = existsSync(inCode) || !spec.optDir ? inCode : join(spec.optDir, 'bootstrap');
      await chmod(bootstrap, 0o755).catch(() => undefined);
      return { command: bootstrap, args: [], env };
    }
  }
}

function standardEnvironment(spec: FunctionSpec, runtimeApi: string, tmpDir: string, logStreamName: string): NodeJS.ProcessEnv {
  return {
    ...spec.variables,
    PATH: [spec.optDir && join(spec.optDir, 'bin'), process.env.PATH].filter(Boolean).join(delimiter),
    LANG: 'en_US.UTF-8',
    TZ: ':UTC',
    TMPDIR: tmpDir,
    HOME: tmpDir,
    LAMBDA_TASK_ROOT: spec.codeDir,
    LAMBDA_RUNTIME_DIR: BOOTSTRAPS,
    _HANDLER: spec.handler,
    AWS_EXECUTION_ENV: `AWS_Lambda_${spec.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: spec.functionVersion,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memorySize),
    AWS_LAMBDA_LOG_GROUP_NAME: spec.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    AWS_LAMBDA_RUNTIME_API: runtimeApi,
    AWS_LAMBDA_INITIALIZATION_TYPE: spec.initializationType ?? 'on-demand',
    AWS_REGION: spec.region,
    AWS_DEFAULT_REGION: spec.region,
    // A 12-digit access key id is that account in Nimbus: the function acts as its own account.
    AWS_ACCESS_KEY_ID: spec.account,
    AWS_SECRET_ACCESS_KEY: process.env.NIMBUS_SECRET_ACCESS_KEY ?? 'test',
    AWS_SESSION_TOKEN: 'nimbus-lambda-session',
    AWS_ENDPOINT_URL: spec.endpoint,
    ...(spec.optDir ? { NIMBUS_LAMBDA_OPT: spec.optDir } : {}),
  };
}

function nodePath(optDir: string | undefined): string {
  const major = /^v(\d+)/.exec(process.version)?.[1];
  return [
    optDir && join(optDir, 'nodejs', `node${major}`, 'node_modules'),
    optDir && join(optDir, 'nodejs', 'node_modules'),
    NIMBUS_NODE_MODULES,
  ].filter(Boolean).join(delimiter);
}
