import assert from 'node:assert/strict';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { clientConfig } from '../support/nimbus.js';

export interface WireResponse {
  status: number;
  headers: Headers;
  body: string;
}

/** Sends exactly these bytes, for requests no SDK would make. */
export async function send(endpoint: string, init: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<WireResponse> {
  const response = await fetch(`${endpoint}${init.path ?? '/'}`, { method: init.method ?? 'POST', headers: init.headers, body: init.body });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The `__type` and message of a json-protocol error body. */
export function jsonError(response: WireResponse): { type: string; message: string | undefined } {
  assert.match(response.headers.get('content-type') ?? '', /^application\/x-amz-json-1\.[01]$/);
  const body = JSON.parse(response.body) as { __type: string; message?: string; Message?: string };
  return { type: body.__type, message: body.message ?? body.Message };
}

/** The code and message of a query-protocol `<ErrorResponse>`. */
export function queryError(response: WireResponse): { type: string; code: string; message: string } {
  assert.equal(response.headers.get('content-type'), 'text/xml');
  assert.match(response.body, /^<ErrorResponse[ >].*<RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/s);
  const pick = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(response.body)?.[1] ?? '';
  return { type: pick('Type'), code: pick('Code'), message: pick('Message') };
}

/** What an SDK call rejected with: error name, HTTP status and message. */
export async function failure(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  assert.fail('the call succeeded');
}

/** A normal call still succeeds: whatever came before left the server serving. */
export async function assertServing(endpoint: string): Promise<void> {
  const sts = new STSClient(clientConfig(endpoint, { maxAttempts: 1 }));
  const identity = await sts.send(new GetCallerIdentityCommand({}));
  assert.equal(identity.Account, '000000000000');
}
