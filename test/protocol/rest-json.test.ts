import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import {
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  GetFunctionCommand,
  InvokeCommand,
  LambdaClient,
  ListFunctionsCommand,
  type CreateFunctionCommandInput,
  type ListFunctionsCommandOutput,
} from '@aws-sdk/client-lambda';
import { AwsError } from '../../src/common/aws-error.js';
import type { HttpRequest } from '../../src/protocol/http-message.js';
import { loadModel } from '../../src/protocol/model.js';
import { restJsonCodec } from '../../src/protocol/rest-json.js';
import { CaptureHandler, plain } from '../support/capture.js';
import { decodeWith, operationOf, REQUEST_ID, responseContext } from '../support/codec-round-trip.js';

const wire = new CaptureHandler();
const lambda = new LambdaClient(wire.clientConfig);
const context = responseContext('lambda');

type Thrown = Error & { $metadata: { httpStatusCode: number }; Type?: string; retryAfterSeconds?: string; Reason?: string };

async function rejection(promise: Promise<unknown>): Promise<Thrown> {
  return promise.then(
    () => assert.fail('the SDK did not throw'),
    (e: unknown) => e as Thrown,
  );
}

describe('rest-json codec (Lambda)', () => {
  it('decodes CreateFunction: a JSON body with nested structures, maps, lists, base64 blobs', async () => {
    const input: CreateFunctionCommandInput = {
      FunctionName: 'orders-handler',
      Runtime: 'nodejs20.x',
      Role: 'arn:aws:iam::000000000000:role/lambda',
      Handler: 'index.handler',
      Code: { ZipFile: new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]) },
      Description: 'handles "orders" & more',
      Timeout: 30,
      MemorySize: 512,
      Publish: true,
      Environment: { Variables: { TABLE: 'orders', 'WEIRD KEY': 'x=y' } },
      Tags: { team: 'payments' },
      Layers: ['arn:aws:lambda:us-east-1:000000000000:layer:deps:3'],
      VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
      Architectures: ['arm64'],
      EphemeralStorage: { Size: 1024 },
      TracingConfig: { Mode: 'Active' },
    };
    const request = await wire.request(() => lambda.send(new CreateFunctionCommand(input)));
    const { operation, input: decoded } = await decodeWith(restJsonCodec, 'lambda', request);
    assert.equal(operation.name, 'CreateFunction');
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('decodes Invoke: URI label (an ARN), headers, query string and a blob payload', async () => {
    const input = {
      FunctionName: 'arn:aws:lambda:us-east-1:000000000000:function:orders-handler',
      InvocationType: 'RequestResponse' as const,
      LogType: 'Tail' as const,
      ClientContext: Buffer.from('{"custom":{"a":1}}').toString('base64'),
      Qualifier: 'live',
      Payload: new Uint8Array(Buffer.from('{"orderId": 42}')),
    };
    const request = await wire.request(() => lambda.send(new InvokeCommand(input)));
    const { operation, input: decoded } = await decodeWith(restJsonCodec, 'lambda', request);
    assert.equal(operation.name, 'Invoke');
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('decodes ListFunctions query parameters, including integers', async () => {
    const input = { MasterRegion: 'ALL', FunctionVersion: 'ALL' as const, Marker: 'next/page+1', MaxItems: 25 };
    const request = await wire.request(() => lambda.send(new ListFunctionsCommand(input)));
    const { operation, input: decoded } = await decodeWith(restJsonCodec, 'lambda', request);
    assert.equal(operation.name, 'ListFunctions');
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('encodes Invoke output: status code, headers and the raw payload that the SDK parses back', async () => {
    const output = {
      StatusCode: 200,
      FunctionError: 'Unhandled',
      LogResult: Buffer.from('START RequestId: 1\nEND').toString('base64'),
      ExecutedVersion: '$LATEST',
      Payload: new Uint8Array(Buffer.from('{"errorMessage":"boom"}')),
    };
    const response = restJsonCodec.encodeResponse(output, operationOf('lambda', 'Invoke'), context);
    const parsed = await wire.respond(response, () => lambda.send(new InvokeCommand({ FunctionName: 'f' })));
    assert.deepStrictEqual(plain(parsed), plain(output));
    assert.equal(parsed.$metadata.requestId, REQUEST_ID);
  });

  it('encodes ListFunctions output with nested structures that the SDK parses back', async () => {
    const output: Omit<ListFunctionsCommandOutput, '$metadata'> = {
      Functions: [
        {
          FunctionName: 'orders-handler',
          FunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:orders-handler',
          Runtime: 'nodejs20.x',
          CodeSize: 1234,
          Timeout: 3,
          MemorySize: 128,
          LastModified: '2024-01-01T00:00:00.000+0000',
          Environment: { Variables: { A: '1' } },
          Architectures: ['x86_64'],
          Layers: [{ Arn: 'arn:aws:lambda:us-east-1:000000000000:layer:deps:3', CodeSize: 10 }],
          State: 'Active',
        },
      ],
      NextMarker: 'm2',
    };
    const response = restJsonCodec.encodeResponse(output, operationOf('lambda', 'ListFunctions'), context);
    const parsed = await wire.respond(response, () => lambda.send(new ListFunctionsCommand({})));
    assert.deepStrictEqual(plain(parsed), plain(output));
  });

  it('round-trips timestamps in bodies as epoch seconds (CreateEventSourceMapping)', async () => {
    const input = {
      FunctionName: 'orders-handler',
      EventSourceArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/clicks',
      StartingPosition: 'AT_TIMESTAMP' as const,
      StartingPositionTimestamp: new Date('2024-03-04T05:06:07.250Z'),
      BatchSize: 100,
      FilterCriteria: { Filters: [{ Pattern: '{"data":{"kind":["order"]}}' }] },
    };
    const request = await wire.request(() => lambda.send(new CreateEventSourceMappingCommand(input)));
    const { input: decoded } = await decodeWith(restJsonCodec, 'lambda', request);
    assert.deepStrictEqual(plain(decoded), plain(input));

    const output = { UUID: 'u-1', StartingPosition: 'AT_TIMESTAMP' as const, StartingPositionTimestamp: input.StartingPositionTimestamp, LastModified: new Date('2024-03-04T05:06:08Z'), State: 'Creating' };
    const response = restJsonCodec.encodeResponse(output, operationOf('lambda', 'CreateEventSourceMapping'), context);
    assert.equal(response.status, 202);
    assert.match(String(response.body), /"LastModified":1709528768[,}]/);
    const parsed = await wire.respond(response, () => lambda.send(new CreateEventSourceMappingCommand({ FunctionName: 'f' })));
    assert.deepStrictEqual(plain(parsed), plain(output));
  });

  it('encodes ResourceNotFoundException: x-amzn-ErrorType, status 404 and the Message member', async () => {
    const error = new AwsError('ResourceNotFoundException', 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope', 404, { fields: { Type: 'User' } });
    const response = restJsonCodec.encodeError(error, context);
    assert.equal(response.headers['x-amzn-errortype'], 'ResourceNotFoundException');
    const thrown = await rejection(wire.respond(response, () => lambda.send(new GetFunctionCommand({ FunctionName: 'nope' }))));
    assert.equal(thrown.name, 'ResourceNotFoundException');
    assert.equal(thrown.$metadata.httpStatusCode, 404);
    assert.equal(thrown.message, 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope');
    assert.equal(thrown.Type, 'User');
  });

  it('encodes error members bound to headers (TooManyRequestsException Retry-After)', async () => {
    const error = new AwsError('TooManyRequestsException', 'Rate Exceeded.', 429, {
      fields: { retryAfterSeconds: '2', Type: 'User', Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded' },
    });
    const response = restJsonCodec.encodeError(error, context);
    assert.equal(response.headers['retry-after'], '2');
    const thrown = await rejection(wire.respond(response, () => lambda.send(new InvokeCommand({ FunctionName: 'f' }))));
    assert.equal(thrown.name, 'TooManyRequestsException');
    assert.equal(thrown.$metadata.httpStatusCode, 429);
    assert.equal(thrown.message, 'Rate Exceeded.');
    assert.equal(thrown.retryAfterSeconds, '2');
    assert.equal(thrown.Reason, 'ReservedFunctionConcurrentInvocationLimitExceeded');
  });
});

describe('rest-json codec: requests it refuses', () => {
  const model = loadModel('lambda');

  function createFunction(body: string, contentType = 'application/json'): HttpRequest {
    return {
      method: 'POST',
      rawPath: '/2015-03-31/functions',
      rawQuery: '',
      query: new URLSearchParams(),
      headers: { 'content-type': contentType },
      body: Readable.from([Buffer.from(body)]),
      remoteAddress: '127.0.0.1',
    };
  }

  async function refusal(request: HttpRequest): Promise<AwsError> {
    return restJsonCodec.decodeRequest(request, operationOf('lambda', 'CreateFunction'), model).then(
      () => assert.fail('the codec accepted the request'),
      (e: unknown) => {
        assert.ok(e instanceof AwsError, `not an AwsError: ${String(e)}`);
        return e;
      },
    );
  }

  it('answers malformed JSON with SerializationException', async () => {
    const error = await refusal(createFunction('{"FunctionName": "f", '));
    assert.equal(error.code, 'SerializationException');
    assert.equal(error.status, 400);
  });

  it('answers a member of the wrong type with SerializationException', async () => {
    assert.equal((await refusal(createFunction('{"FunctionName": "f", "Timeout": "soon"}'))).code, 'SerializationException');
  });

  it('answers an XML body with UnsupportedMediaTypeException', async () => {
    const error = await refusal(createFunction('<CreateFunction/>', 'application/xml'));
    assert.equal(error.code, 'UnsupportedMediaTypeException');
    assert.equal(error.status, 415);
  });

  it('resolves no operation for a path the model does not have', async () => {
    const request = { ...createFunction(''), method: 'GET', rawPath: '/2015-03-31/rockets' };
    assert.equal(await restJsonCodec.resolveOperation(request, model), undefined);
  });
});
