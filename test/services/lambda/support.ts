import { zipSync } from 'fflate';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { clientConfig } from '../../support/nimbus.js';

export const ROLE = 'arn:aws:iam::000000000000:role/lambda-role';

/** A deployment package built in the test: file name to source text. */
export function zipOf(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)])));
}

export function lambdaClient(endpoint: string): LambdaClient {
  return new LambdaClient(clientConfig(endpoint));
}

let counter = 0;
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

export async function failure(promise: Promise<unknown>): Promise<Error & { name: string; $metadata: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { name: string; $metadata: { httpStatusCode?: number } };
  }
  throw new Error('expected the call to fail');
}

export function decode(payload: Uint8Array | undefined): unknown {
  return JSON.parse(new TextDecoder().decode(payload));
}
