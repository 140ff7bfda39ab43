import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, type AssumeRoleCommandInput } from '@aws-sdk/client-sts';
import {
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SetQueueAttributesCommand,
  SQSClient,
  type SendMessageBatchCommandInput,
} from '@aws-sdk/client-sqs-query';
import { AwsError } from '../../src/common/aws-error.js';
import { queryCodec } from '../../src/protocol/query.js';
import { CaptureHandler, plain } from '../support/capture.js';
import { decodeWith, operationOf, REQUEST_ID, responseContext } from '../support/codec-round-trip.js';

const wire = new CaptureHandler();
const sts = new STSClient(wire.clientConfig);
// @aws-sdk/client-sqs before 3.446 speaks the query protocol, as older applications still do.
const sqs = new SQSClient(wire.clientConfig);
const QUEUE_URL = 'http://localhost:4566/000000000000/orders';

async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode: number; requestId?: string } }> {
  return promise.then(
    () => assert.fail('the SDK did not throw'),
    (e: unknown) => e as Error & { $metadata: { httpStatusCode: number; requestId?: string } },
  );
}

describe('query codec (STS)', () => {
  it('decodes AssumeRole: member lists of structures, integers', async () => {
    const input: AssumeRoleCommandInput = {
      RoleArn: 'arn:aws:iam::000000000000:role/app',
      RoleSessionName: 'session@example.com',
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { arn: 'arn:aws:iam::000000000000:policy/p' }],
      Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
      DurationSeconds: 3600,
      Tags: [{ Key: 'team', Value: 'a b&c' }, { Key: 'cost', Value: '=1+2' }],
      TransitiveTagKeys: ['team'],
      ExternalId: 'ext',
      ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abc' }],
    };
    const request = await wire.request(() => sts.send(new AssumeRoleCommand(input)));
    const { operation, input: decoded } = await decodeWith(queryCodec, 'sts', request);
    assert.equal(operation.name, 'AssumeRole');
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('encodes AssumeRole output in its result wrapper with timestamps that the SDK parses back', async () => {
    const output = {
      Credentials: {
        AccessKeyId: 'ASIAEXAMPLE',
        SecretAccessKey: 'secret',
        SessionToken: 'token',
        Expiration: new Date('2030-01-01T00:00:00Z'),
      },
      AssumedRoleUser: { AssumedRoleId: 'AROA123:session', Arn: 'arn:aws:sts::000000000000:assumed-role/app/session' },
      PackedPolicySize: 6,
      SourceIdentity: 'me',
    };
    const response = queryCodec.encodeResponse(output, operationOf('sts', 'AssumeRole'), responseContext('sts'));
    const parsed = await wire.respond(response, () => sts.send(new AssumeRoleCommand({ RoleArn: 'a', RoleSessionName: 's' })));
    assert.deepStrictEqual(plain(parsed), plain(output));
    assert.equal(parsed.$metadata.requestId, REQUEST_ID);
  });

  it('encodes a modelled error under its query code: the SDK throws the modelled exception', async () => {
    const error = new AwsError('MalformedPolicyDocumentException', 'The policy is not in the valid JSON format.', 400);
    const response = queryCodec.encodeError(error, responseContext('sts'));
    const thrown = await rejection(wire.respond(response, () => sts.send(new AssumeRoleCommand({ RoleArn: 'a', RoleSessionName: 's' }))));
    assert.equal(thrown.name, 'MalformedPolicyDocumentException');
    assert.equal(thrown.$metadata.httpStatusCode, 400);
    assert.equal(thrown.message, 'The policy is not in the valid JSON format.');
  });

  it('encodes an unmodelled error with its code and status', async () => {
    const response = queryCodec.encodeError(new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403), responseContext('sts'));
    const thrown = await rejection(wire.respond(response, () => sts.send(new GetCallerIdentityCommand({}))));
    assert.equal(thrown.name, 'InvalidClientTokenId');
    assert.equal(thrown.$metadata.httpStatusCode, 403);
    assert.equal(thrown.message, 'The security token included in the request is invalid.');
  });
});

describe('query codec (SQS, query-era client)', () => {
  it('decodes SendMessageBatch: flattened entries, flattened maps of structures, blobs', async () => {
    const input: SendMessageBatchCommandInput = {
      QueueUrl: QUEUE_URL,
      Entries: [
        {
          Id: 'a',
          MessageBody: 'hello & <world>',
          DelaySeconds: 5,
          MessageAttributes: {
            colour: { DataType: 'String', StringValue: 'blue' },
            payload: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 1, 2, 250]) },
          },
        },
        { Id: 'b', MessageBody: 'second', MessageGroupId: 'g', MessageDeduplicationId: 'd' },
      ],
    };
    const request = await wire.request(() => sqs.send(new SendMessageBatchCommand(input)));
    const { operation, input: decoded } = await decodeWith(queryCodec, 'sqs', request);
    assert.equal(operation.name, 'SendMessageBatch');
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('decodes SetQueueAttributes: a flattened Attribute.N.Name/Value map', async () => {
    const input = { QueueUrl: QUEUE_URL, Attributes: { VisibilityTimeout: '45', Policy: '{"a":"b c"}' } };
    const request = await wire.request(() => sqs.send(new SetQueueAttributesCommand(input)));
    const { input: decoded } = await decodeWith(queryCodec, 'sqs', request);
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('encodes ReceiveMessage output (flattened messages and attribute maps) that the SDK parses back', async () => {
    const body = 'hello & <world>';
    const output = {
      Messages: [
        {
          MessageId: 'm-1',
          ReceiptHandle: 'rh/1+',
          MD5OfBody: createHash('md5').update(body).digest('hex'),
          Body: body,
          Attributes: { SentTimestamp: '1700000000000', ApproximateReceiveCount: '1' },
          MessageAttributes: { colour: { DataType: 'String', StringValue: 'blue' } },
        },
      ],
    };
    const response = queryCodec.encodeResponse(output, operationOf('sqs', 'ReceiveMessage'), responseContext('sqs'));
    const parsed = await wire.respond(response, () => sqs.send(new ReceiveMessageCommand({ QueueUrl: QUEUE_URL })));
    assert.deepStrictEqual(plain(parsed.Messages), plain(output.Messages));
  });

  it('encodes QueueDoesNotExist under its query code AWS.SimpleQueueService.NonExistentQueue', async () => {
    const response = queryCodec.encodeError(new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400), responseContext('sqs'));
    assert.match(String(response.body), /<Code>AWS\.SimpleQueueService\.NonExistentQueue<\/Code>/);
    const thrown = await rejection(wire.respond(response, () => sqs.send(new GetQueueUrlCommand({ QueueName: 'missing' }))));
    assert.equal(thrown.name, 'QueueDoesNotExist');
    assert.equal(thrown.$metadata.httpStatusCode, 400);
    // This client version leaves `message` unset for modelled query errors; the envelope it copies holds it.
    assert.equal((thrown as unknown as { Error: { Message: string } }).Error.Message, 'The specified queue does not exist.');
  });
});
