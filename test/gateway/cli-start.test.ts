import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, LambdaClient, waitUntilFunctionActiveV2 } from '@aws-sdk/client-lambda';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { freePort } from '../durability/server-process.js';
import { ROLE, decode, zipOf } from '../services/lambda/support.js';
import { clientConfig } from '../support/nimbus.js';

// The shipped entry point: the bundle `npm run build` writes and package.json's `bin` names.
const BUNDLED_CLI = fileURLToPath(new URL('../../nimbus/cli.js', import.meta.url));

describe('nimbus start from the bundle', () => {
  let endpoint: string;
  let child: ReturnType<typeof spawn>;
  let output = '';

  before(async () => {
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [BUNDLED_CLI, 'start', '--ephemeral', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    while (!output.includes('Nimbus listening on')) {
      if (child.exitCode !== null) throw new Error(`nimbus exited with ${child.exitCode}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('answers STS with the caller of the access key', async () => {
    const sts = new STSClient(clientConfig(endpoint, { credentials: { accessKeyId: '123456789012', secretAccessKey: 'x' } }));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, '123456789012');
  });

  it('runs a Node.js function, finding its runtime bootstrap from the bundle', async () => {
    const lambda = new LambdaClient(clientConfig(endpoint));
    await lambda.send(new CreateFunctionCommand({
      FunctionName: 'bundled-echo',
      Runtime: 'nodejs20.x',
      Role: ROLE,
      Handler: 'index.handler',
      Code: { ZipFile: zipOf({ 'index.js': 'exports.handler = async (event) => ({ doubled: event.n * 2 });' }) },
    }));
    await waitUntilFunctionActiveV2({ client: lambda, maxWaitTime: 30 }, { FunctionName: 'bundled-echo' });
    const n = Math.floor(Math.random() * 1000);
    const result = await lambda.send(new InvokeCommand({ FunctionName: 'bundled-echo', Payload: new TextEncoder().encode(JSON.stringify({ n })) }));
    assert.equal(result.FunctionError, undefined);
    assert.deepEqual(decode(result.Payload), { doubled: n * 2 });
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, output);
  });
});
