import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../src/index.js';
import { startTestNimbus } from '../support/nimbus.js';
import { assertServing, jsonError, queryError, send } from './support.js';

const SQS_LIST = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues' };
const FORM = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
/** A signature Nimbus does not check by default: only its scope (service, region, account) counts. */
const STS_SCOPE = { authorization: 'AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00' };
const PAST_LIMIT = 16 * 1024 * 1024 + 1;

describe('bad request bodies', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('malformed JSON to a json service is SerializationException (400)', async () => {
    const response = await send(nimbus.endpoint, { headers: SQS_LIST, body: '{"QueueNamePrefix": ' });
    assert.equal(response.status, 400);
    assert.equal(jsonError(response).type, 'SerializationException');
    await assertServing(nimbus.endpoint);
  });

  it('a JSON body that is not an object is SerializationException (400)', async () => {
    const response = await send(nimbus.endpoint, { headers: SQS_LIST, body: '["QueueNamePrefix"]' });
    assert.equal(response.status, 400);
    assert.equal(jsonError(response).type, 'SerializationException');
  });

  it('a member of the wrong type is SerializationException (400)', async () => {
    const response = await send(nimbus.endpoint, { headers: SQS_LIST, body: '{"MaxResults": "ten"}' });
    assert.equal(response.status, 400);
    assert.equal(jsonError(response).type, 'SerializationException');
  });

  it('a form for no known API version is a clear 400 naming no service', async () => {
    const response = await send(nimbus.endpoint, { headers: FORM, body: 'Action=DoThings&Version=1999-01-01' });
    assert.equal(response.status, 400);
    assert.equal(queryError(response).code, 'UnknownService');
    await assertServing(nimbus.endpoint);
  });

  it('a form with broken percent-escapes still reaches the service', async () => {
    const response = await send(nimbus.endpoint, { headers: FORM, body: 'Action=GetCallerIdentity&Version=2011-06-15&Junk=%zz%' });
    assert.equal(response.status, 200);
    assert.match(response.body, /<Account>000000000000<\/Account>/);
  });

  it('a query form sent as text/plain is read as no form: MissingAction (400)', async () => {
    const response = await send(nimbus.endpoint, { headers: { ...STS_SCOPE, 'content-type': 'text/plain' }, body: 'Action=GetCallerIdentity&Version=2011-06-15' });
    assert.equal(response.status, 400);
    assert.equal(queryError(response).code, 'MissingAction');
    await assertServing(nimbus.endpoint);
  });

  it('a request nothing identifies (GET /) is a clear 400, not a crash', async () => {
    const response = await send(nimbus.endpoint, { method: 'GET' });
    assert.equal(response.status, 400);
    assert.equal(queryError(response).code, 'UnknownService');
    assert.match(queryError(response).message, /could not tell which AWS service/);
    await assertServing(nimbus.endpoint);
  });

  it('json: a body past 16 MiB is 413 RequestEntityTooLarge in the json envelope', async () => {
    const response = await send(nimbus.endpoint, { headers: SQS_LIST, body: `{"QueueNamePrefix":"${'a'.repeat(PAST_LIMIT)}"}` });
    assert.equal(response.status, 413);
    assert.equal(jsonError(response).type, 'RequestEntityTooLarge');
    await assertServing(nimbus.endpoint);
  });

  // node:http rather than fetch: undici reuses a socket whose request body it was still writing when the answer came.
  it('json: a chunked body that grows past 16 MiB is 413 too', async () => {
    const answer = await new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
      const request = httpRequest(nimbus.endpoint, { method: 'POST', headers: SQS_LIST, agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode, body }));
      });
      request.on('error', reject);
      const megabyte = 'a'.repeat(1024 * 1024);
      const write = (left: number): void => {
        if (left === 0) request.end();
        else if (request.write(megabyte)) write(left - 1);
        else request.once('drain', () => write(left - 1));
      };
      write(17);
    });
    assert.equal(answer.status, 413);
    assert.equal((JSON.parse(answer.body) as { __type: string }).__type, 'RequestEntityTooLarge');
    await assertServing(nimbus.endpoint);
  });

  it('query: a form past 16 MiB is 413 RequestEntityTooLarge in the query envelope', async () => {
    const response = await send(nimbus.endpoint, { headers: FORM, body: `Action=GetCallerIdentity&Version=2011-06-15&Pad=${'a'.repeat(PAST_LIMIT)}` });
    assert.equal(response.status, 413);
    assert.equal(queryError(response).code, 'RequestEntityTooLarge');
    await assertServing(nimbus.endpoint);
  });

  it('a client that hangs up mid-body leaves the server serving', async () => {
    const { port } = new URL(nimbus.endpoint);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.0\r\nX-Amz-Target: AmazonSQS.ListQueues\r\nContent-Length: 1000\r\n\r\n{"Queue');
        socket.end(() => resolve());
      });
      socket.on('error', reject);
    });
    await assertServing(nimbus.endpoint);
  });
});
