import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, type LambdaClient, type Runtime } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { decode, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

describe('Lambda invoke: runtimes', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  async function create(runtime: Runtime, handler: string, files: Record<string, string>, extra: Record<string, unknown> = {}): Promise<string> {
    const name = uniqueName('fn');
    await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: runtime, Role: ROLE, Handler: handler, Code: { ZipFile: zipOf(files) }, ...extra }));
    return name;
  }
  const invoke = (FunctionName: string, event: unknown, extra: Record<string, unknown> = {}) =>
    lambda.send(new InvokeCommand({ FunctionName, Payload: new TextEncoder().encode(JSON.stringify(event)), ...extra }));

  it('runs a CommonJS async handler with the event, the context and the standard environment', async () => {
    const name = await create('nodejs20.x', 'index.handler', {
      'index.js': `exports.handler = async (event, context) => ({
        event, requestId: context.awsRequestId, functionName: context.functionName, version: context.functionVersion,
        arn: context.invokedFunctionArn, memory: context.memoryLimitInMB, remaining: context.getRemainingTimeInMillis(),
        logGroup: context.logGroupName, logStream: context.logStreamName,
        env: { name: process.env.AWS_LAMBDA_FUNCTION_NAME, region: process.env.AWS_REGION, handler: process.env._HANDLER,
          root: process.env.LAMBDA_TASK_ROOT, tz: process.env.TZ, api: process.env.AWS_LAMBDA_RUNTIME_API,
          endpoint: process.env.AWS_ENDPOINT_URL, custom: process.env.GREETING, cwd: process.cwd() },
      });`,
    }, { Environment: { Variables: { GREETING: 'hello' } }, MemorySize: 256, Timeout: 10 });
    const response = await invoke(name, { order: 7 });
    assert.equal(response.StatusCode, 200);
    assert.equal(response.FunctionError, undefined);
    assert.equal(response.ExecutedVersion, '$LATEST');
    const body = decode(response.Payload) as { event: unknown; env: Record<string, string> } & Record<string, string & number>;
    assert.deepEqual(body.event, { order: 7 });
    assert.equal(body.requestId, response.$metadata.requestId);
    assert.equal(body.functionName, name);
    assert.equal(body.version, '$LATEST');
    assert.equal(body.arn, `arn:aws:lambda:us-east-1:000000000000:function:${name}`);
    assert.equal(body.memory, '256');
    assert.ok(body.remaining > 0 && body.remaining <= 10_000);
    assert.equal(body.logGroup, `/aws/lambda/${name}`);
    assert.match(body.logStream, /^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    assert.equal(body.env.name, name);
    assert.equal(body.env.region, 'us-east-1');
    assert.equal(body.env.handler, 'index.handler');
    assert.equal(body.env.root, body.env.cwd);
    assert.equal(body.env.tz, ':UTC');
    assert.match(body.env.api, /^127\.0\.0\.1:\d+$/);
    assert.equal(body.env.endpoint, nimbus.endpoint);
    assert.equal(body.env.custom, 'hello');
  });

  it('runs an ES module handler (.mjs) and a callback-style handler', async () => {
    const esm = await create('nodejs22.x', 'app.handler', { 'app.mjs': `export const handler = async (event) => ({ esm: true, doubled: event.n * 2 });` });
    assert.deepEqual(decode((await invoke(esm, { n: 21 })).Payload), { esm: true, doubled: 42 });
    const callback = await create('nodejs18.x', 'lib/cb.handler', {
      'lib/cb.js': `exports.handler = function (event, context, callback) { setTimeout(() => callback(null, { via: 'callback', got: event.x }), 5); };`,
    });
    assert.deepEqual(decode((await invoke(callback, { x: 'y' })).Payload), { via: 'callback', got: 'y' });
  });

  it('runs a Python handler with its context', async () => {
    const name = await create('python3.12', 'main.handler', {
      'main.py': [
        'import os',
        'def handler(event, context):',
        '    return {"sum": event["a"] + event["b"], "requestId": context.aws_request_id, "name": context.function_name,',
        '            "remaining": context.get_remaining_time_in_millis() > 0, "memory": context.memory_limit_in_mb,',
        '            "region": os.environ["AWS_REGION"], "tmp": os.environ["TMPDIR"] != "/tmp"}',
      ].join('\n'),
    });
    const response = await invoke(name, { a: 2, b: 3 });
    assert.deepEqual(decode(response.Payload), { sum: 5, requestId: response.$metadata.requestId, name, remaining: true, memory: '128', region: 'us-east-1', tmp: true });
  });

  it('runs a provided.al2023 function through its own shell bootstrap and the Runtime API', async () => {
    const bootstrap = [
      '#!/bin/sh',
      'set -eu',
      'while true; do',
      '  HEADERS=$(mktemp)',
      '  EVENT=$(curl -sS -D "$HEADERS" "http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/next")',
      '  ID=$(grep -i "^lambda-runtime-aws-request-id:" "$HEADERS" | tr -d "\\r" | cut -d" " -f2)',
      '  curl -sS -X POST "http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/$ID/response" -d "{\\"echo\\":$EVENT,\\"handler\\":\\"$_HANDLER\\"}" > /dev/null',
      'done',
    ].join('\n');
    const name = await create('provided.al2023', 'my.handler', { bootstrap });
    assert.deepEqual(decode((await invoke(name, { hi: 1 })).Payload), { echo: { hi: 1 }, handler: 'my.handler' });
  });

  it('keeps an environment warm: module state survives between invocations', async () => {
    const name = await create('nodejs20.x', 'index.handler', { 'index.js': `let count = 0; exports.handler = async () => ({ count: ++count, pid: process.pid });` });
    const first = decode((await invoke(name, {})).Payload) as { count: number; pid: number };
    const second = decode((await invoke(name, {})).Payload) as { count: number; pid: number };
    assert.equal(first.count, 1);
    assert.equal(second.count, 2);
    assert.equal(second.pid, first.pid);
  });

  it('runs parallel invocations in separate environments', async () => {
    const name = await create('nodejs20.x', 'index.handler', {
      'index.js': `exports.handler = async (event) => { await new Promise((r) => setTimeout(r, 300)); return { pid: process.pid, i: event.i }; };`,
    });
    const results = await Promise.all([0, 1, 2].map((i) => invoke(name, { i })));
    const bodies = results.map((result) => decode(result.Payload) as { pid: number; i: number });
    assert.deepEqual(bodies.map((body) => body.i), [0, 1, 2]);
    assert.equal(new Set(bodies.map((body) => body.pid)).size, 3);
  });
});
