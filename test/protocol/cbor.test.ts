import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  GetMetricWidgetImageCommand,
  PutMetricDataCommand,
  type GetMetricDataCommandInput,
  type PutMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { AwsSmithyRpcV2CborProtocol } from '@aws-sdk/core/protocols';
import { encode } from 'cbor-x';
import { AwsError } from '../../src/common/aws-error.js';
import { cborCodec } from '../../src/protocol/cbor.js';
import type { HttpRequest } from '../../src/protocol/http-message.js';
import { loadModel } from '../../src/protocol/model.js';
import { CaptureHandler, plain } from '../support/capture.js';
import { decodeWith, operationOf, REQUEST_ID, responseContext } from '../support/codec-round-trip.js';

// The installed CloudWatch client defaults to awsJson 1.0; its own rpc-v2-cbor protocol is chosen here.
const wire = new CaptureHandler();
const cloudwatch = new CloudWatchClient({ ...wire.clientConfig, protocol: AwsSmithyRpcV2CborProtocol });
const context = responseContext('cloudwatch');

describe('smithy-rpc-v2-cbor codec (CloudWatch)', () => {
  it('decodes PutMetricData: nested lists, maps, doubles, integers, booleans and tag 1 timestamps', async () => {
    const input: PutMetricDataCommandInput = {
      Namespace: 'Nimbus/Test',
      MetricData: [
        {
          MetricName: 'Latency',
          Dimensions: [{ Name: 'Service', Value: 'api' }, { Name: 'Stage', Value: 'prod' }],
          Timestamp: new Date('2024-03-01T12:34:56.789Z'),
          Values: [1.5, 2, 0.1],
          Counts: [3, 1, 7],
          Unit: 'Milliseconds',
          StorageResolution: 1,
        },
        { MetricName: 'Errors', StatisticValues: { SampleCount: 4, Sum: 10.25, Minimum: -1, Maximum: 8 } },
      ],
      EntityMetricData: [
        {
          Entity: { KeyAttributes: { Type: 'Service', Name: 'checkout' }, Attributes: { 'PlatformType': 'Generic' } },
          MetricData: [{ MetricName: 'Calls', Value: 42 }],
        },
      ],
      StrictEntityValidation: true,
    };
    const request = await wire.request(() => cloudwatch.send(new PutMetricDataCommand(input)));
    assert.equal(request.rawPath, '/service/GraniteServiceVersion20100801/operation/PutMetricData');
    assert.equal(request.headers['smithy-protocol'], 'rpc-v2-cbor');
    const { operation, input: decoded } = await decodeWith(cborCodec, 'cloudwatch', request);
    assert.equal(operation.name, 'PutMetricData');
    assert.deepStrictEqual(plain(decoded), plain(input));
    assert.ok((decoded as { MetricData: Array<{ Timestamp?: Date }> }).MetricData[0]!.Timestamp instanceof Date);
  });

  it('decodes GetMetricData: deep structures, timestamps and enums', async () => {
    const input: GetMetricDataCommandInput = {
      MetricDataQueries: [
        {
          Id: 'm1',
          MetricStat: {
            Metric: { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'InstanceId', Value: 'i-0123' }] },
            Period: 60,
            Stat: 'Average',
            Unit: 'Percent',
          },
          ReturnData: false,
        },
        { Id: 'e1', Expression: 'm1 * 2', Label: 'doubled', Period: 300 },
      ],
      StartTime: new Date('2024-01-01T00:00:00Z'),
      EndTime: new Date('2024-01-02T00:00:00.5Z'),
      ScanBy: 'TimestampDescending',
      MaxDatapoints: 1000,
      LabelOptions: { Timezone: '+0130' },
      NextToken: 'token/with+chars=',
    };
    const request = await wire.request(() => cloudwatch.send(new GetMetricDataCommand(input)));
    const { input: decoded } = await decodeWith(cborCodec, 'cloudwatch', request);
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('encodes GetMetricData output that the SDK parses back unchanged', async () => {
    const output = {
      MetricDataResults: [
        {
          Id: 'm1',
          Label: 'CPU',
          Timestamps: [new Date('2024-01-01T00:01:00Z'), new Date('2024-01-01T00:00:00.250Z')],
          Values: [12.5, 0, -3],
          StatusCode: 'PartialData',
          Messages: [{ Code: 'ArithmeticError', Value: 'division by zero' }],
        },
      ],
      NextToken: 'next',
      Messages: [{ Code: 'MaxQueryTimeRangeExceed', Value: 'too long' }],
    };
    const response = cborCodec.encodeResponse(output, operationOf('cloudwatch', 'GetMetricData'), context);
    assert.equal(response.headers['smithy-protocol'], 'rpc-v2-cbor');
    assert.equal(response.headers['content-type'], 'application/cbor');
    const parsed = await wire.respond(response, () => cloudwatch.send(new GetMetricDataCommand({ MetricDataQueries: [], StartTime: new Date(0), EndTime: new Date(0) })));
    assert.deepStrictEqual(plain(parsed), plain(output));
    assert.equal(parsed.$metadata.requestId, REQUEST_ID);
  });

  it('encodes blobs as byte strings (GetMetricWidgetImage)', async () => {
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13]);
    const response = cborCodec.encodeResponse({ MetricWidgetImage: image }, operationOf('cloudwatch', 'GetMetricWidgetImage'), context);
    const parsed = await wire.respond(response, () => cloudwatch.send(new GetMetricWidgetImageCommand({ MetricWidget: '{}' })));
    assert.deepStrictEqual(plain(parsed.MetricWidgetImage), image);
  });

  it('answers an operation without output with an empty body the SDK accepts', async () => {
    const response = cborCodec.encodeResponse({}, operationOf('cloudwatch', 'PutMetricData'), context);
    const parsed = await wire.respond(response, () => cloudwatch.send(new PutMetricDataCommand({ Namespace: 'n', MetricData: [] })));
    assert.equal(parsed.$metadata.httpStatusCode, 200);
  });

  it('encodes a modelled error the SDK throws by name, status and message, with the query-compatible code', async () => {
    const error = new AwsError('InvalidParameterValueException', 'The value -1 for parameter MaxRecords is not valid.', 400);
    const response = cborCodec.encodeError(error, context);
    assert.equal(response.headers['x-amzn-query-error'], 'InvalidParameterValue;Sender');
    const thrown = await wire.respond(response, () => cloudwatch.send(new DescribeAlarmsCommand({}))).then(
      () => assert.fail('the SDK did not throw'),
      (e: unknown) => e as Error & { $metadata: { httpStatusCode: number }; Code?: string },
    );
    assert.equal(thrown.name, 'InvalidParameterValueException');
    assert.equal(thrown.$metadata.httpStatusCode, 400);
    assert.equal(thrown.message, 'The value -1 for parameter MaxRecords is not valid.');
  });

  it('encodes an unmodelled error with its code and status', async () => {
    const response = cborCodec.encodeError(new AwsError('ThrottlingException', 'Rate exceeded', 400), context);
    const thrown = await wire.respond(response, () => cloudwatch.send(new DescribeAlarmsCommand({}))).then(
      () => assert.fail('the SDK did not throw'),
      (e: unknown) => e as Error & { $metadata: { httpStatusCode: number } },
    );
    assert.equal(thrown.name, 'ThrottlingException');
    assert.equal(thrown.$metadata.httpStatusCode, 400);
    assert.equal(thrown.message, 'Rate exceeded');
  });
});

describe('smithy-rpc-v2-cbor codec: requests it refuses', () => {
  const model = loadModel('cloudwatch');
  const putMetricData = operationOf('cloudwatch', 'PutMetricData');

  function cborRequest(body: Buffer | string, contentType = 'application/cbor', path = '/service/GraniteServiceVersion20100801/operation/PutMetricData'): HttpRequest {
    return {
      method: 'POST',
      rawPath: path,
      rawQuery: '',
      query: new URLSearchParams(),
      headers: { 'content-type': contentType, 'smithy-protocol': 'rpc-v2-cbor' },
      body: Readable.from([Buffer.from(body)]),
      remoteAddress: '127.0.0.1',
    };
  }

  async function refusal(request: HttpRequest): Promise<AwsError> {
    return cborCodec.decodeRequest(request, putMetricData, model).then(
      () => assert.fail('the codec accepted the request'),
      (e: unknown) => {
        assert.ok(e instanceof AwsError, `not an AwsError: ${String(e)}`);
        return e;
      },
    );
  }

  it('answers truncated CBOR with SerializationException', async () => {
    const error = await refusal(cborRequest(Buffer.from([0xa2, 0x69, 0x4e, 0x61])));
    assert.equal(error.code, 'SerializationException');
    assert.equal(error.status, 400);
  });

  it('answers a body that is not a CBOR map with SerializationException', async () => {
    const error = await refusal(cborRequest(encode(['Namespace', 'x'])));
    assert.equal(error.code, 'SerializationException');
  });

  it('answers a member of the wrong type with SerializationException', async () => {
    const error = await refusal(cborRequest(encode({ Namespace: 'n', MetricData: [{ MetricName: 'm', Value: 'high' }] })));
    assert.equal(error.code, 'SerializationException');
    assert.match(error.message, /MetricData\[0\]\.Value/);
  });

  it('answers a JSON body sent as application/json with UnsupportedMediaTypeException', async () => {
    const error = await refusal(cborRequest('{"Namespace":"n"}', 'application/json'));
    assert.equal(error.code, 'UnsupportedMediaTypeException');
    assert.equal(error.status, 415);
  });

  it('resolves no operation for an unknown operation name or another service name', async () => {
    assert.equal(await cborCodec.resolveOperation(cborRequest('', undefined, '/service/GraniteServiceVersion20100801/operation/LaunchRocket'), model), undefined);
    assert.equal(await cborCodec.resolveOperation(cborRequest('', undefined, '/service/Other/operation/PutMetricData'), model), undefined);
  });

  it('decodes an empty body as an empty input', async () => {
    assert.deepStrictEqual(await cborCodec.decodeRequest(cborRequest(''), putMetricData, model), {});
  });

  it('keeps a map key named __proto__ as data', async () => {
    const body = encode({ Namespace: 'n', MetricData: [], EntityMetricData: [{ Entity: { Attributes: new Map([['__proto__', 'x']]) } }] });
    const decoded = (await cborCodec.decodeRequest(cborRequest(body), putMetricData, model)) as {
      EntityMetricData: Array<{ Entity: { Attributes: Record<string, string> } }>;
    };
    const attributes = decoded.EntityMetricData[0]!.Entity.Attributes;
    assert.deepStrictEqual(Object.keys(attributes), ['__proto__']);
    assert.equal(Object.getPrototypeOf(attributes), Object.prototype);
  });
});
