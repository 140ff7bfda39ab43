import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateFunctionCommand, DeleteFunctionCommand, GetFunctionCommand, InvokeCommand, LambdaClient, PutFunctionConcurrencyCommand,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { decode, failure, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

describe('Lambda invoke: errors, logs, limits and the function\'s own SDK', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  async function create(source: string, extra: Record<string, unknown> = {}): Promise<string> {
    const name = uniqueName('fn');
    await lambda.send(new CreateFunctionCommand({
      FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: { ZipFile: zipOf({ 'index.js': source }) }, ...extra,
    }));
    return name;
  }
  const invoke = (FunctionName: string, event: unknown, extra: Record<string, unknown> = {}) =>
    lambda.send(new InvokeCommand({ FunctionName, Payload: new TextEncoder().encode(JSON.stringify(event)), ...extra }));

  it('answers an unhandled error with X-Amz-Function-Error and the runtime\'s error JSON', async () => {
    const name = await create(`exports.handler = async () => { const e = new TypeError('bad input'); throw e; };`);
    const response = await invoke(name, {});
    assert.equal(response.StatusCode, 200);
    assert.equal(response.FunctionError, 'Unhandled');
    const body = decode(response.Payload) as { errorType: string; errorMessage: string; trace: string[] };
    assert.equal(body.errorType, 'TypeError');
    assert.equal(body.errorMessage, 'bad input');
    assert.match(body.trace[0]!, /^TypeError: bad input/);
  });

  it('answers a Python exception with errorMessage, errorType, requestId and stackTrace', async () => {
    const name = uniqueName('py');
    await lambda.send(new CreateFunctionCommand({
      FunctionName: name, Runtime: 'python3.11', Role: ROLE, Handler: 'app.handler',
      Code: { ZipFile: zipOf({ 'app.py': 'def handler(event, context):\n    raise ValueError("no such order")\n' }) },
    }));
    const response = await invoke(name, {});
    assert.equal(response.FunctionError, 'Unhandled');
    const body = decode(response.Payload) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body), ['errorMessage', 'errorType', 'requestId', 'stackTrace']);
    assert.equal(body.errorMessage, 'no such order');
    assert.equal(body.errorType, 'ValueError');
    assert.equal(body.requestId, response.$metadata.requestId);
  });

  it('reports a handler that is not exported as Runtime.HandlerNotFound', async () => {
    const name = await create(`exports.other = async () => 1;`);
    const response = await invoke(name, {});
    assert.equal(response.FunctionError, 'Unhandled');
    const body = decode(response.Payload) as Record<string, unknown>;
    assert.equal(body.errorType, 'Runtime.HandlerNotFound');
    assert.equal(body.errorMessage, 'index.handler is undefined or not exported');
  });

  it('reports failures while loading or answering as Lambda\'s runtimes word them', async () => {
    const failureOf = async (runtime: string, handler: string, files: Record<string, string>) => {
      const name = uniqueName('init');
      await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: runtime as 'nodejs20.x', Role: ROLE, Handler: handler, Code: { ZipFile: zipOf(files) } }));
      const response = await invoke(name, {});
      assert.equal(response.FunctionError, 'Unhandled');
      const { errorType, errorMessage } = decode(response.Payload) as { errorType: string; errorMessage: string };
      return [errorType, errorMessage];
    };
    assert.deepEqual(await failureOf('nodejs20.x', 'index.handler', { 'index.js': `throw new RangeError('bad config at init');` }), ['RangeError', 'bad config at init']);
    const [syntaxType, syntaxMessage] = await failureOf('nodejs22.x', 'index.handler', { 'index.mjs': `export const handler = async () => { return 1 +; };` });
    assert.equal(syntaxType, 'Runtime.UserCodeSyntaxError');
    assert.match(syntaxMessage!, /^SyntaxError: /);
    const [importType, importMessage] = await failureOf('nodejs20.x', 'index.handler', { 'index.js': `require('left-pad-not-here'); exports.handler = async () => 1;` });
    assert.equal(importType, 'Runtime.ImportModuleError');
    assert.match(importMessage!, /^Error: Cannot find module 'left-pad-not-here'/);
    assert.deepEqual(await failureOf('python3.12', 'main.handler', { 'main.py': `raise KeyError("DB_URL")\ndef handler(event, context):\n    return 1\n` }), ['KeyError', "'DB_URL'"]);
    assert.deepEqual(await failureOf('python3.12', 'main.handler', { 'main.py': `def handler(event, context):\n    return {1, 2}\n` }), [
      'Runtime.MarshalError', 'Unable to marshal response: Object of type set is not JSON serializable',
    ]);
  });

  it('kills a function at its timeout with Lambda\'s timeout error', async () => {
    const name = await create(`exports.handler = () => new Promise(() => {});`, { Timeout: 1 });
    const response = await invoke(name, {}, { LogType: 'Tail' });
    assert.equal(response.FunctionError, 'Unhandled');
    assert.deepEqual(decode(response.Payload), {
      errorType: 'Sandbox.Timedout', errorMessage: `RequestId: ${response.$metadata.requestId} Error: Task timed out after 1.00 seconds`,
    });
    const log = Buffer.from(response.LogResult!, 'base64').toString('utf8');
    assert.match(log, /Task timed out after 1\.00 seconds\n/);
    assert.match(log, /\tStatus: timeout\t\n$/);
  });

  it('returns the last 4 KB of the log with LogType Tail: START, the output, END and REPORT', async () => {
    const name = await create(`exports.handler = async (event) => { console.log('processing', event.id); return 'ok'; };`, { MemorySize: 192 });
    const response = await invoke(name, { id: 'A-1' }, { LogType: 'Tail' });
    const requestId = response.$metadata.requestId!;
    const lines = Buffer.from(response.LogResult!, 'base64').toString('utf8').replace(/\n$/, '').split('\n');
    assert.match(lines[0]!, /^INIT_START /);
    assert.equal(lines[1], `START RequestId: ${requestId} Version: $LATEST`);
    assert.match(lines[2]!, new RegExp(`^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z\\t${requestId}\\tINFO\\tprocessing A-1$`));
    assert.equal(lines[3], `END RequestId: ${requestId}`);
    assert.match(lines[4]!, new RegExp(`^REPORT RequestId: ${requestId}\\tDuration: \\d+\\.\\d{2} ms\\tBilled Duration: \\d+ ms\\tMemory Size: 192 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: \\d+\\.\\d{2} ms\\t$`));
    const warm = await invoke(name, { id: 'B-2' }, { LogType: 'Tail' });
    const warmLog = Buffer.from(warm.LogResult!, 'base64').toString('utf8');
    assert.doesNotMatch(warmLog, /Init Duration/);
    const big = await create(`exports.handler = async () => { for (let i = 0; i < 200; i++) console.log('x'.repeat(100)); return 1; };`);
    const tail = Buffer.from((await invoke(big, {}, { LogType: 'Tail' })).LogResult!, 'base64');
    assert.equal(tail.length, 4096);
  });

  it('gives the handler the AWS SDK and credentials that reach Nimbus through AWS_ENDPOINT_URL', async () => {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('from-lambda') }));
    const name = await create(`
      const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
      const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');
      exports.handler = async (event) => {
        const sent = await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: event.queueUrl, MessageBody: 'from ' + process.env.AWS_LAMBDA_FUNCTION_NAME }));
        const identity = await new STSClient({}).send(new GetCallerIdentityCommand({}));
        return { messageId: sent.MessageId, account: identity.Account };
      };`, { Timeout: 30 });
    const response = await invoke(name, { queueUrl: QueueUrl });
    const body = decode(response.Payload) as { messageId: string; account: string };
    assert.equal(response.FunctionError, undefined, JSON.stringify(body));
    assert.equal(body.account, '000000000000');
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
    assert.equal(Messages?.[0]?.MessageId, body.messageId);
    assert.equal(Messages?.[0]?.Body, `from ${name}`);
    await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
  });

  it('refuses payloads over 6 MB with RequestTooLargeException (413)', async () => {
    const name = await create(`exports.handler = async () => 1;`);
    const error = await failure(lambda.send(new InvokeCommand({ FunctionName: name, Payload: new Uint8Array(6_291_457).fill(32) })));
    assert.equal(error.name, 'RequestTooLargeException');
    assert.equal(error.$metadata.httpStatusCode, 413);
    const asyncError = await failure(lambda.send(new InvokeCommand({ FunctionName: name, InvocationType: 'Event', Payload: new Uint8Array(1_048_577).fill(32) })));
    assert.equal(asyncError.name, 'RequestTooLargeException');
  });

  it('answers a response over 6 MB with Function.ResponseSizeTooLarge', async () => {
    const name = await create(`exports.handler = async (event) => 'x'.repeat(event.size);`);
    const limit = 6_291_556;
    const fits = await invoke(name, { size: limit - 2 });
    assert.equal(fits.FunctionError, undefined);
    assert.equal(fits.Payload!.length, limit);
    const tooLarge = await invoke(name, { size: limit - 1 });
    assert.equal(tooLarge.StatusCode, 200);
    assert.equal(tooLarge.FunctionError, 'Unhandled');
    assert.deepEqual(decode(tooLarge.Payload), {
      errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).', errorType: 'Function.ResponseSizeTooLarge',
    });
  });

  it('throttles past the reserved concurrency with TooManyRequestsException (429)', async () => {
    const name = await create(`exports.handler = async () => { await new Promise((r) => setTimeout(r, 400)); return 1; };`);
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: 1 }));
    // The SDK retries throttles by itself; one attempt shows the answer as Lambda gives it.
    const once = new LambdaClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    const invokeOnce = () => once.send(new InvokeCommand({ FunctionName: name, Payload: new TextEncoder().encode('{}') }));
    const results = await Promise.allSettled([invokeOnce(), invokeOnce()]);
    const rejected = results.filter((result) => result.status === 'rejected');
    assert.equal(rejected.length, 1);
    const error = (rejected[0] as PromiseRejectedResult).reason as { name: string; Reason: string; $metadata: { httpStatusCode: number } };
    assert.equal(error.name, 'TooManyRequestsException');
    assert.equal(error.$metadata.httpStatusCode, 429);
    assert.equal(error.Reason, 'ReservedFunctionConcurrentInvocationLimitExceeded');
    await lambda.send(new PutFunctionConcurrencyCommand({ FunctionName: name, ReservedConcurrentExecutions: 0 }));
    assert.equal((await failure(invokeOnce())).name, 'TooManyRequestsException');
  });

  it('answers DryRun with 204 and unknown functions with ResourceNotFoundException (404)', async () => {
    const name = await create(`exports.handler = async () => 1;`);
    assert.equal((await invoke(name, {}, { InvocationType: 'DryRun' })).StatusCode, 204);
    const error = await failure(invoke(uniqueName('missing'), {}));
    assert.equal(error.name, 'ResourceNotFoundException');
    assert.equal(error.$metadata.httpStatusCode, 404);
    assert.match(error.message, /^Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing-/);
    await lambda.send(new DeleteFunctionCommand({ FunctionName: name }));
    assert.equal((await failure(lambda.send(new GetFunctionCommand({ FunctionName: name })))).name, 'ResourceNotFoundException');
  });
});
