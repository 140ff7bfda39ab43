import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import {
  GetRecordsCommand,
  KinesisClient,
  PutRecordsCommand,
  type GetRecordsCommandOutput,
  type PutRecordsCommandInput,
  type PutRecordsCommandOutput,
} from '@aws-sdk/client-kinesis';
import { GetQueueUrlCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient, type SendMessageCommandInput } from '@aws-sdk/client-sqs';
import { AwsError } from '../../src/common/aws-error.js';
import type { HttpRequest } from '../../src/protocol/http-message.js';
import { jsonCodec } from '../../src/protocol/json.js';
import { loadModel } from '../../src/protocol/model.js';
import { CaptureHandler, plain } from '../support/capture.js';
import { decodeWith, operationOf, REQUEST_ID, responseContext } from '../support/codec-round-trip.js';

const wire = new CaptureHandler();
const sqs = new SQSClient(wire.clientConfig);
const kinesis = new KinesisClient(wire.clientConfig);
const QUEUE_URL = 'http://localhost:4566/000000000000/orders';

type Thrown = Error & { $metadata: { httpStatusCode: number }; Code?: string };

async function rejection(promise: Promise<unknown>): Promise<Thrown> {
  return promise.then(
    () => assert.fail('the SDK did not throw'),
    (e: unknown) => e as Thrown,
  );
}

describe('json 1.0 codec (SQS)', () => {
  it('decodes SendMessage: maps of structures, blobs, integers', async () => {
    const input: SendMessageCommandInput = {
      QueueUrl: QUEUE_URL,
      MessageBody: '{"order": 1, "note": "ünïcødé"}',
      DelaySeconds: 10,
      MessageAttributes: {
        colour: { DataType: 'String', StringValue: 'blue' },
        payload: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 1, 2, 250]) },
        many: { DataType: 'String', StringListValues: ['a', 'b'] },
      },
      MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-abc' } },
    };
    const request = await wire.request(() => sqs.send(new SendMessageCommand(input)));
    assert.equal(request.headers['x-amz-target'], 'AmazonSQS.SendMessage');
    const { operation, input: decoded } = await decodeWith(jsonCodec, 'sqs', request);
    assert.equal(operation.name, 'SendMessage');
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('encodes ReceiveMessage output that the SDK parses back', async () => {
    const body = 'hello';
    const output = {
      Messages: [
        {
          MessageId: 'm-1',
          ReceiptHandle: 'rh',
          MD5OfBody: createHash('md5').update(body).digest('hex'),
          Body: body,
          Attributes: { SentTimestamp: '1700000000000' },
        },
      ],
    };
    const response = jsonCodec.encodeResponse(output, operationOf('sqs', 'ReceiveMessage'), responseContext('sqs'));
    const parsed = await wire.respond(response, () => sqs.send(new ReceiveMessageCommand({ QueueUrl: QUEUE_URL })));
    assert.deepStrictEqual(plain(parsed.Messages), plain(output.Messages));
    assert.equal(parsed.$metadata.requestId, REQUEST_ID);
  });

  it('encodes QueueDoesNotExist with the query-compatible code the SDK exposes', async () => {
    const response = jsonCodec.encodeError(new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', 400), responseContext('sqs'));
    assert.equal(response.headers['x-amzn-query-error'], 'AWS.SimpleQueueService.NonExistentQueue;Sender');
    const thrown = await rejection(wire.respond(response, () => sqs.send(new GetQueueUrlCommand({ QueueName: 'missing' }))));
    assert.equal(thrown.name, 'QueueDoesNotExist');
    assert.equal(thrown.Code, 'AWS.SimpleQueueService.NonExistentQueue');
    assert.equal(thrown.$metadata.httpStatusCode, 400);
    assert.equal(thrown.message, 'The specified queue does not exist.');
  });
});

describe('json 1.1 codec (Kinesis)', () => {
  it('decodes PutRecords: a list of structures with base64 blobs', async () => {
    const input: PutRecordsCommandInput = {
      StreamName: 'clicks',
      Records: [
        { Data: new Uint8Array(Buffer.from('{"page":"/"}')), PartitionKey: 'user-1' },
        { Data: new Uint8Array([0, 255, 128, 7]), PartitionKey: 'user-2', ExplicitHashKey: '340282366920938463463374607431768211455' },
      ],
    };
    const request = await wire.request(() => kinesis.send(new PutRecordsCommand(input)));
    assert.equal(request.headers['content-type'], 'application/x-amz-json-1.1');
    const { input: decoded } = await decodeWith(jsonCodec, 'kinesis', request);
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('encodes PutRecords and GetRecords outputs (epoch-second timestamps, blobs) that the SDK parses back', async () => {
    const putOutput: Omit<PutRecordsCommandOutput, '$metadata'> = {
      FailedRecordCount: 1,
      Records: [
        { SequenceNumber: '49590338271490256608559692538361571095921575989136588898', ShardId: 'shardId-000000000000' },
        { ErrorCode: 'ProvisionedThroughputExceededException', ErrorMessage: 'Rate exceeded for shard' },
      ],
      EncryptionType: 'NONE',
    };
    const putResponse = jsonCodec.encodeResponse(putOutput, operationOf('kinesis', 'PutRecords'), responseContext('kinesis'));
    const putParsed = await wire.respond(putResponse, () => kinesis.send(new PutRecordsCommand({ StreamName: 's', Records: [] })));
    assert.deepStrictEqual(plain(putParsed), plain(putOutput));

    const getOutput: Omit<GetRecordsCommandOutput, '$metadata'> = {
      Records: [
        {
          SequenceNumber: '1',
          ApproximateArrivalTimestamp: new Date('2024-02-03T04:05:06.789Z'),
          Data: new Uint8Array([1, 2, 3, 0, 255]),
          PartitionKey: 'k',
          EncryptionType: 'NONE',
        },
      ],
      NextShardIterator: 'AAAA/iterator+',
      MillisBehindLatest: 0,
    };
    const getResponse = jsonCodec.encodeResponse(getOutput, operationOf('kinesis', 'GetRecords'), responseContext('kinesis'));
    const getParsed = await wire.respond(getResponse, () => kinesis.send(new GetRecordsCommand({ ShardIterator: 'x' })));
    assert.deepStrictEqual(plain(getParsed), plain(getOutput));
  });

  it('encodes ResourceNotFoundException the SDK throws by name, status and message', async () => {
    const response = jsonCodec.encodeError(new AwsError('ResourceNotFoundException', 'Stream clicks under account 000000000000 not found.', 400), responseContext('kinesis'));
    const thrown = await rejection(wire.respond(response, () => kinesis.send(new PutRecordsCommand({ StreamName: 'clicks', Records: [] }))));
    assert.equal(thrown.name, 'ResourceNotFoundException');
    assert.equal(thrown.$metadata.httpStatusCode, 400);
    assert.equal(thrown.message, 'Stream clicks under account 000000000000 not found.');
  });
});

describe('json codec: requests it refuses', () => {
  function jsonRequest(body: string, target = 'Kinesis_20131202.PutRecords'): HttpRequest {
    return {
      method: 'POST',
      rawPath: '/',
      rawQuery: '',
      query: new URLSearchParams(),
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
      body: Readable.from([Buffer.from(body)]),
      remoteAddress: '127.0.0.1',
    };
  }

  async function refusal(body: string): Promise<AwsError> {
    return jsonCodec.decodeRequest(jsonRequest(body), operationOf('kinesis', 'PutRecords'), loadModel('kinesis')).then(
      () => assert.fail('the codec accepted the request'),
      (e: unknown) => {
        assert.ok(e instanceof AwsError, `not an AwsError: ${String(e)}`);
        return e;
      },
    );
  }

  it('answers malformed JSON with SerializationException', async () => {
    const error = await refusal('{"StreamName": "clicks", "Records": [');
    assert.equal(error.code, 'SerializationException');
    assert.equal(error.status, 400);
  });

  it('answers a JSON array body with SerializationException', async () => {
    assert.equal((await refusal('[1, 2]')).code, 'SerializationException');
  });

  it('answers a member of the wrong type with SerializationException', async () => {
    assert.equal((await refusal('{"StreamName": 7, "Records": []}')).code, 'SerializationException');
  });

  it('resolves no operation for an unknown target', async () => {
    assert.equal(await jsonCodec.resolveOperation(jsonRequest('{}', 'Kinesis_20131202.LaunchRocket'), loadModel('kinesis')), undefined);
  });
});
