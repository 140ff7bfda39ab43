import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, LambdaClient, waitUntilFunctionActiveV2 } from '@aws-sdk/client-lambda';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
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

  it('prints each email it captures on its console, as the outbox holds it', async () => {
    const printed = async (text: string) => {
      for (let waited = 0; !output.includes(text) && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(output.includes(text), output.slice(-600));
    };
    const outbox = async () => ((await (await fetch(`${endpoint}/_nimbus/sns/outbox`)).json()) as { messages: Array<{ endpoint: string; message: string }> }).messages;
    const sns = new SNSClient(clientConfig(endpoint));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'console-mail' }));
    const address = `ops-${Math.floor(Math.random() * 1e6)}@example.com`;
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: address }));
    await printed(`SNS email to ${address} "AWS Notification - Subscription Confirmation": You have chosen to subscribe to the topic: ${TopicArn}`);
    const confirmation = (await outbox()).find((message) => message.endpoint === address)!;
    const confirmUrl = /https?:\/\/\S+Action=ConfirmSubscription\S*/.exec(confirmation.message)![0];
    assert.equal((await fetch(confirmUrl)).status, 200);
    const body = `Train ${Math.floor(Math.random() * 1e6)} delayed`;
    await sns.send(new PublishCommand({ TopicArn, Subject: 'Dispatch', Message: body }));
    await printed(`SNS email to ${address} "Dispatch": ${body}`);
    assert.ok((await outbox()).some((message) => message.endpoint === address && message.message === body));
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0, output);
  });
});
