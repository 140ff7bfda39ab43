import assert from 'node:assert/strict';
import { Agent, request as httpRequest } from 'node:http';
import type { LookupFunction } from 'node:net';
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

/** `*.localhost` names do not resolve everywhere (glibc without nss-myhostname): this sends every name to 127.0.0.1. */
const loopback = ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
}) as unknown as LookupFunction;

/** An SDK `requestHandler` that reaches Nimbus under any host name, so host-based addressing can be used as AWS uses it. */
export function loopbackHandler(): { httpAgent: Agent } {
  return { httpAgent: new Agent({ keepAlive: true, lookup: loopback }) };
}

/** A raw request to `url`, whatever host name it carries, answered by the Nimbus on 127.0.0.1. */
export function sendTo(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<WireResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers, lookup: loopback, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(name, value);
        resolve({ status: response.statusCode ?? 0, headers, body });
      });
    });
    request.on('error', reject);
    request.end(init.body);
  });
}
