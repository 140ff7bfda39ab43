import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CreateFunctionCommand, InvokeCommand, InvokeWithResponseStreamCommand, type InvokeWithResponseStreamCommandInput,
  type InvokeWithResponseStreamResponseEvent, type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { decode, failure, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Writes `first`, then waits for the gate file the test creates only once it has read `first`. */
const GATED = `exports.handler = awslambda.streamifyResponse(async (event, responseStream) => {
  const { existsSync } = require('node:fs');
  responseStream.setContentType('text/plain');
  responseStream.write('first');
  while (!existsSync(event.gate)) await new Promise((resolve) => setTimeout(resolve, 5));
  responseStream.write('second');
  responseStream.end();
});`;

describe('Lambda InvokeWithResponseStream', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  let gates: string;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
    gates = await mkdtemp(join(tmpdir(), 'nimbus-stream-gates-'));
  });
  after(async () => {
    await nimbus.stop();
    await rm(gates, { recursive: true, force: true });
  });

  async function create(source: string, file = 'index.js'): Promise<string> {
    const name = uniqueName('stream');
    await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ [file]: source }) }, Timeout: 20 }));
    return name;
  }

  async function invokeStreaming(FunctionName: string, event: unknown, extra: Partial<InvokeWithResponseStreamCommandInput> = {}) {
    const response = await lambda.send(new InvokeWithResponseStreamCommand({ FunctionName, Payload: new TextEncoder().encode(JSON.stringify(event)), ...extra }));
    return { response, events: response.EventStream![Symbol.asyncIterator]() };
  }

  async function rest(events: AsyncIterator<InvokeWithResponseStreamResponseEvent>): Promise<InvokeWithResponseStreamResponseEvent[]> {
    const all: InvokeWithResponseStreamResponseEvent[] = [];
    for (let next = await events.next(); !next.done; next = await events.next()) all.push(next.value);
    return all;
  }

  it('delivers each chunk a streamifyResponse handler writes as it writes it, then InvokeComplete', async () => {
    const name = await create(GATED);
    const gate = join(gates, uniqueName('gate'));
    const { response, events } = await invokeStreaming(name, { gate });
    assert.equal(response.StatusCode, 200);
    assert.equal(response.ExecutedVersion, '$LATEST');
    const first = await events.next();
    assert.equal(text(first.value!.PayloadChunk!.Payload), 'first');
    // The function is still running: it writes `second` only once the gate exists.
    await writeFile(gate, 'open');
    const remaining = await rest(events);
    assert.equal(remaining.filter((event) => event.PayloadChunk).map((event) => text(event.PayloadChunk!.Payload)).join(''), 'second');
    const complete = remaining[remaining.length - 1]!.InvokeComplete!;
    assert.ok(complete);
    assert.equal(complete.ErrorCode, undefined);
    assert.equal(complete.LogResult, undefined);
  });

  it('returns a buffered handler’s whole payload as one chunk', async () => {
    const name = await create(`exports.handler = async (event) => ({ echoed: event, at: 'buffered' });`);
    const { events } = await invokeStreaming(name, { n: 1 });
    const all = await rest(events);
    assert.equal(all.length, 2);
    assert.deepEqual(decode(all[0]!.PayloadChunk!.Payload), { echoed: { n: 1 }, at: 'buffered' });
    assert.deepEqual(Object.keys(all[1]!), ['InvokeComplete']);
  });

  it('ends with the error in InvokeComplete when the handler fails after streaming, with the log tail on request', async () => {
    const name = await create(`export const handler = awslambda.streamifyResponse(async (event, responseStream) => {
      responseStream.write('partial');
      console.log('about to fail');
      throw new RangeError('out of range');
    });`, 'index.mjs');
    const { events } = await invokeStreaming(name, {}, { LogType: 'Tail' });
    const all = await rest(events);
    assert.equal(text(all[0]!.PayloadChunk!.Payload), 'partial');
    const complete = all[all.length - 1]!.InvokeComplete!;
    assert.equal(complete.ErrorCode, 'RangeError');
    assert.equal(complete.ErrorDetails, 'out of range');
    const log = Buffer.from(complete.LogResult!, 'base64').toString('utf8');
    assert.match(log, /about to fail/);
    assert.match(log, /REPORT RequestId: /);
  });

  it('ends a streaming function that runs out of time with Sandbox.Timedout, after the chunks it wrote', async () => {
    const name = await create(`exports.handler = awslambda.streamifyResponse(async (event, responseStream) => {
      responseStream.write('tick');
      await new Promise(() => {});
    });`);
    const { events } = await invokeStreaming(name, {});
    assert.equal(text((await events.next()).value!.PayloadChunk!.Payload), 'tick');
    await advanceClock(nimbus.endpoint, 21);
    const all = await rest(events);
    assert.equal(all.length, 1);
    assert.equal(all[0]!.InvokeComplete!.ErrorCode, 'Sandbox.Timedout');
    assert.match(all[0]!.InvokeComplete!.ErrorDetails!, /Task timed out after 20\.00 seconds$/);
  });

  it('reports a buffered handler’s error in InvokeComplete without a chunk', async () => {
    const name = await create(`exports.handler = async () => { throw new Error('plain failure'); };`);
    const { response, events } = await invokeStreaming(name, {});
    assert.equal(response.StatusCode, 200);
    const all = await rest(events);
    assert.equal(all.length, 1);
    assert.equal(all[0]!.InvokeComplete!.ErrorCode, 'Error');
    assert.equal(all[0]!.InvokeComplete!.ErrorDetails, 'plain failure');
  });

  it('gives a plain Invoke of a streaming function the whole response at once', async () => {
    const name = await create(GATED);
    const gate = join(gates, uniqueName('gate'));
    await writeFile(gate, 'open');
    const response = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: new TextEncoder().encode(JSON.stringify({ gate })) }));
    assert.equal(response.FunctionError, undefined);
    assert.equal(text(response.Payload), 'firstsecond');
  });

  it('answers DryRun with 204 and an unknown function with ResourceNotFoundException', async () => {
    const name = await create(`exports.handler = async () => 'never run';`);
    const dry = await lambda.send(new InvokeWithResponseStreamCommand({ FunctionName: name, InvocationType: 'DryRun' }));
    assert.equal(dry.StatusCode, 204);
    const missing = await failure(lambda.send(new InvokeWithResponseStreamCommand({ FunctionName: uniqueName('absent') })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    assert.equal(missing.$metadata.httpStatusCode, 404);
  });
});
