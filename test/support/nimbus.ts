import { startNimbus, type Nimbus } from '../../src/index.js';

export const REGION = 'us-east-1';
export const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

/** SDK v3 client settings for a Nimbus endpoint. */
export function clientConfig(endpoint: string, extra: Record<string, unknown> = {}) {
  return { endpoint, region: REGION, credentials: CREDENTIALS, ...extra };
}

/** An in-process Nimbus on a free port with memory-only state. */
export function startTestNimbus(options: Parameters<typeof startNimbus>[0] = {}): Promise<Nimbus> {
  return startNimbus({ port: 0, ephemeral: true, logLevel: 'silent', ...options });
}

/** Moves the Nimbus clock forward through its public route, as any test client would. */
export async function advanceClock(endpoint: string, seconds: number): Promise<void> {
  const response = await fetch(`${endpoint}/_nimbus/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: seconds }) });
  if (!response.ok) throw new Error(`clock advance failed: ${response.status}`);
}

/** Environment for the AWS CLI and boto3 pointed at Nimbus. */
export function cliEnv(endpoint: string): NodeJS.ProcessEnv {
  return { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_DEFAULT_REGION: REGION, AWS_ENDPOINT_URL: endpoint, AWS_PAGER: '' };
}
