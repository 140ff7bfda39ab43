import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import {
  DescribeInstancesCommand,
  EC2Client,
  ImportKeyPairCommand,
  RunInstancesCommand,
  TerminateInstancesCommand,
  type DescribeInstancesCommandInput,
  type DescribeInstancesCommandOutput,
  type RunInstancesCommandInput,
} from '@aws-sdk/client-ec2';
import { AwsError } from '../../src/common/aws-error.js';
import { ec2Codec } from '../../src/protocol/ec2.js';
import type { HttpRequest } from '../../src/protocol/http-message.js';
import { loadModel } from '../../src/protocol/model.js';
import { CaptureHandler, plain } from '../support/capture.js';
import { decodeWith, operationOf, REQUEST_ID, responseContext } from '../support/codec-round-trip.js';

const wire = new CaptureHandler();
const ec2 = new EC2Client(wire.clientConfig);
const context = responseContext('ec2');

describe('ec2 codec', () => {
  it('decodes RunInstances: queryName and locationName members, Name.N lists of structures, booleans, integers', async () => {
    const input: RunInstancesCommandInput = {
      ImageId: 'ami-0abcdef1234567890',
      MinCount: 1,
      MaxCount: 3,
      InstanceType: 't3.micro',
      KeyName: 'my key',
      SecurityGroupIds: ['sg-1', 'sg-2'],
      SecurityGroups: ['default'],
      UserData: 'IyEvYmluL2Jhc2gKZWNobyBoaQ==',
      BlockDeviceMappings: [
        { DeviceName: '/dev/xvda', Ebs: { VolumeSize: 20, VolumeType: 'gp3', DeleteOnTermination: true, Encrypted: false } },
        { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' },
      ],
      TagSpecifications: [
        { ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'web & app' }, { Key: 'env', Value: 'a=b+c' }] },
      ],
      Monitoring: { Enabled: true },
      Placement: { AvailabilityZone: 'us-east-1a', Tenancy: 'default' },
      IamInstanceProfile: { Name: 'role' },
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: 'subnet-1', Groups: ['sg-3'], AssociatePublicIpAddress: true }],
      ClientToken: 'token-1',
      DryRun: false,
    };
    const request = await wire.request(() => ec2.send(new RunInstancesCommand(input)));
    const { operation, input: decoded } = await decodeWith(ec2Codec, 'ec2', request);
    assert.equal(operation.name, 'RunInstances');
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('decodes DescribeInstances filters and ids', async () => {
    const input: DescribeInstancesCommandInput = {
      Filters: [
        { Name: 'instance-state-name', Values: ['running', 'pending'] },
        { Name: 'tag:Name', Values: ['web*'] },
      ],
      InstanceIds: ['i-1', 'i-2', 'i-3', 'i-4', 'i-5', 'i-6', 'i-7', 'i-8', 'i-9', 'i-10', 'i-11'],
      MaxResults: 50,
      NextToken: 'abc/def+ghi=',
    };
    const request = await wire.request(() => ec2.send(new DescribeInstancesCommand(input)));
    const { input: decoded } = await decodeWith(ec2Codec, 'ec2', request);
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('decodes blobs from base64 (ImportKeyPair)', async () => {
    const input = { KeyName: 'k', PublicKeyMaterial: new Uint8Array(Buffer.from('ssh-ed25519 AAAAC3 me@host')) };
    const request = await wire.request(() => ec2.send(new ImportKeyPairCommand(input)));
    const { input: decoded } = await decodeWith(ec2Codec, 'ec2', request);
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('encodes DescribeInstances output with <item> lists, nested structures and timestamps that the SDK parses back', async () => {
    const output: Omit<DescribeInstancesCommandOutput, '$metadata'> = {
      Reservations: [
        {
          ReservationId: 'r-1',
          OwnerId: '000000000000',
          Groups: [{ GroupId: 'sg-1', GroupName: 'default' }],
          Instances: [
            {
              InstanceId: 'i-1',
              ImageId: 'ami-1',
              InstanceType: 't3.micro',
              LaunchTime: new Date('2024-05-01T10:00:00.123Z'),
              State: { Code: 16, Name: 'running' },
              Placement: { AvailabilityZone: 'us-east-1a', Tenancy: 'default' },
              PrivateIpAddress: '10.0.0.5',
              Tags: [{ Key: 'Name', Value: '<web> & "app"' }],
              BlockDeviceMappings: [
                { DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-1', Status: 'attached', AttachTime: new Date('2024-05-01T10:00:01Z'), DeleteOnTermination: true } },
              ],
              SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'default' }],
              EbsOptimized: false,
              AmiLaunchIndex: 0,
              Monitoring: { State: 'disabled' },
            },
          ],
        },
      ],
      NextToken: 'next',
    };
    const response = ec2Codec.encodeResponse(output, operationOf('ec2', 'DescribeInstances'), context);
    assert.match(String(response.body), /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<DescribeInstancesResponse xmlns="http:\/\/ec2\.amazonaws\.com\/doc\/2016-11-15\/"><requestId>/);
    assert.match(String(response.body), /<reservationSet><item><reservationId>r-1<\/reservationId>/);
    const parsed = await wire.respond(response, () => ec2.send(new DescribeInstancesCommand({})));
    assert.deepStrictEqual(plain(parsed), plain(output));
    assert.equal(parsed.$metadata.requestId, REQUEST_ID);
  });

  it('encodes an error the SDK throws by code, status and message', async () => {
    const error = new AwsError('InvalidInstanceID.NotFound', "The instance ID 'i-404' does not exist", 400);
    const response = ec2Codec.encodeError(error, context);
    assert.match(String(response.body), /<Response><Errors><Error><Code>InvalidInstanceID\.NotFound<\/Code>/);
    const thrown = await wire.respond(response, () => ec2.send(new TerminateInstancesCommand({ InstanceIds: ['i-404'] }))).then(
      () => assert.fail('the SDK did not throw'),
      (e: unknown) => e as Error & { $metadata: { httpStatusCode: number; requestId?: string } },
    );
    assert.equal(thrown.name, 'InvalidInstanceID.NotFound');
    assert.equal(thrown.$metadata.httpStatusCode, 400);
    assert.equal(thrown.message, "The instance ID 'i-404' does not exist");
    assert.equal(thrown.$metadata.requestId, REQUEST_ID);
  });

  it('encodes a server fault with its status', async () => {
    const response = ec2Codec.encodeError(new AwsError('Unavailable', 'The service is unavailable.', 503, { senderFault: false }), context);
    const thrown = await wire.respond(response, () => ec2.send(new DescribeInstancesCommand({}))).then(
      () => assert.fail('the SDK did not throw'),
      (e: unknown) => e as Error & { $metadata: { httpStatusCode: number } },
    );
    assert.equal(thrown.name, 'Unavailable');
    assert.equal(thrown.$metadata.httpStatusCode, 503);
  });
});

describe('ec2 codec: requests it refuses', () => {
  const model = loadModel('ec2');

  function form(body: string, contentType = 'application/x-www-form-urlencoded; charset=utf-8'): HttpRequest {
    return {
      method: 'POST',
      rawPath: '/',
      rawQuery: '',
      query: new URLSearchParams(),
      headers: { 'content-type': contentType },
      body: Readable.from([Buffer.from(body)]),
      remoteAddress: '127.0.0.1',
    };
  }

  it('resolves no operation for an unknown Action or a body that is not a form', async () => {
    assert.equal(await ec2Codec.resolveOperation(form('Action=LaunchRocket&Version=2016-11-15'), model), undefined);
    assert.equal(await ec2Codec.resolveOperation(form('{"Action":"RunInstances"}', 'application/json'), model), undefined);
  });

  it('answers a number that is not one with InvalidParameterValue', async () => {
    const request = form('Action=RunInstances&Version=2016-11-15&ImageId=ami-1&MinCount=one&MaxCount=1');
    const error = await ec2Codec.decodeRequest(request, operationOf('ec2', 'RunInstances'), model).then(
      () => assert.fail('the codec accepted the request'),
      (e: unknown) => e as AwsError,
    );
    assert.ok(error instanceof AwsError);
    assert.equal(error.code, 'InvalidParameterValue');
    assert.equal(error.status, 400);
  });
});
