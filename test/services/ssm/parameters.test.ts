import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AddTagsToResourceCommand, DeleteParameterCommand, DeleteParametersCommand, DescribeParametersCommand, GetParameterCommand,
  GetParameterHistoryCommand, GetParametersByPathCommand, GetParametersCommand, LabelParameterVersionCommand, ListTagsForResourceCommand,
  PutParameterCommand, RemoveTagsFromResourceCommand, SSMClient,
} from '@aws-sdk/client-ssm';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { aws, boto3, failure, uniqueName } from '../secretsmanager/support.js';

describe('SSM Parameter Store', () => {
  let nimbus: Nimbus;
  let ssm: SSMClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ssm = new SSMClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  const path = () => `/${uniqueName('app')}`;

  it('puts and gets a String parameter with its ARN, version and data type', async () => {
    const name = `${path()}/url`;
    const put = await ssm.send(new PutParameterCommand({ Name: name, Value: 'https://example.com', Type: 'String' }));
    assert.equal(put.Version, 1);
    assert.equal(put.Tier, 'Standard');
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: name }));
    assert.equal(Parameter!.Value, 'https://example.com');
    assert.equal(Parameter!.ARN, `arn:aws:ssm:us-east-1:000000000000:parameter${name}`);
    assert.equal(Parameter!.DataType, 'text');
    assert.equal(Parameter!.Type, 'String');
  });

  it('refuses to overwrite without Overwrite, then versions on overwrite', async () => {
    const name = `${path()}/v`;
    await ssm.send(new PutParameterCommand({ Name: name, Value: 'one', Type: 'String' }));
    const error = await failure(ssm.send(new PutParameterCommand({ Name: name, Value: 'two', Type: 'String' })));
    assert.equal(error.name, 'ParameterAlreadyExists');
    assert.equal(error.$metadata.httpStatusCode, 400);
    assert.equal((await ssm.send(new PutParameterCommand({ Name: name, Value: 'two', Overwrite: true }))).Version, 2);
    assert.equal((await ssm.send(new GetParameterCommand({ Name: `${name}:1` }))).Parameter!.Value, 'one');
    const history = await ssm.send(new GetParameterHistoryCommand({ Name: name }));
    assert.deepEqual(history.Parameters!.map((entry) => [entry.Version, entry.Value]), [[1, 'one'], [2, 'two']]);
  });

  it('answers a missing parameter with ParameterNotFound and a missing version with ParameterVersionNotFound', async () => {
    const name = `${path()}/missing`;
    assert.equal((await failure(ssm.send(new GetParameterCommand({ Name: name })))).name, 'ParameterNotFound');
    await ssm.send(new PutParameterCommand({ Name: name, Value: 'x', Type: 'String' }));
    assert.equal((await failure(ssm.send(new GetParameterCommand({ Name: `${name}:7` })))).name, 'ParameterVersionNotFound');
    assert.equal((await failure(ssm.send(new DeleteParameterCommand({ Name: `${name}-none` })))).name, 'ParameterNotFound');
  });

  it('keeps SecureString values encrypted unless WithDecryption is asked for', async () => {
    const name = `${path()}/password`;
    await ssm.send(new PutParameterCommand({ Name: name, Value: 'p4ss', Type: 'SecureString' }));
    const sealed = (await ssm.send(new GetParameterCommand({ Name: name }))).Parameter!;
    assert.notEqual(sealed.Value, 'p4ss');
    assert.equal((await ssm.send(new GetParameterCommand({ Name: name, WithDecryption: true }))).Parameter!.Value, 'p4ss');
    const described = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: [name] }] }));
    assert.equal(described.Parameters![0]!.KeyId, 'alias/aws/ssm');
  });

  it('moves labels between versions and reads by label', async () => {
    const name = `${path()}/labelled`;
    await ssm.send(new PutParameterCommand({ Name: name, Value: 'one', Type: 'String' }));
    await ssm.send(new PutParameterCommand({ Name: name, Value: 'two', Type: 'String', Overwrite: true }));
    const labelled = await ssm.send(new LabelParameterVersionCommand({ Name: name, ParameterVersion: 1, Labels: ['prod', 'aws-bad', '1st'] }));
    assert.deepEqual(labelled.InvalidLabels, ['aws-bad', '1st']);
    assert.equal((await ssm.send(new GetParameterCommand({ Name: `${name}:prod` }))).Parameter!.Value, 'one');
    await ssm.send(new LabelParameterVersionCommand({ Name: name, Labels: ['prod'] }));
    const viaLabel = (await ssm.send(new GetParameterCommand({ Name: `${name}:prod` }))).Parameter!;
    assert.equal(viaLabel.Value, 'two');
    assert.equal(viaLabel.Selector, ':prod');
    const many = await ssm.send(new GetParametersCommand({ Names: [name, `${name}:1`, `${name}:nope`, `${path()}/none`] }));
    assert.deepEqual(many.Parameters!.map((entry) => entry.Value), ['two', 'one']);
    assert.equal(many.InvalidParameters!.length, 2);
  });

  it('gets parameters by path one level or recursively, with filters and pages', async () => {
    const base = path();
    for (const [name, type] of [['a', 'String'], ['b', 'SecureString'], ['c', 'String'], ['deep/d', 'String'], ['deep/er/e', 'StringList']] as const) {
      await ssm.send(new PutParameterCommand({ Name: `${base}/${name}`, Value: `v-${name}`, Type: type }));
    }
    const oneLevel = await ssm.send(new GetParametersByPathCommand({ Path: base }));
    assert.deepEqual(oneLevel.Parameters!.map((entry) => entry.Name), ['a', 'b', 'c'].map((name) => `${base}/${name}`));
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await ssm.send(new GetParametersByPathCommand({ Path: base, Recursive: true, MaxResults: 2, NextToken, WithDecryption: true }));
      names.push(...page.Parameters!.map((entry) => `${entry.Name}=${entry.Value}`));
      NextToken = page.NextToken;
    } while (NextToken);
    assert.equal(names.length, 5);
    assert.ok(names.includes(`${base}/b=v-b`));
    const strings = await ssm.send(new GetParametersByPathCommand({ Path: base, Recursive: true, ParameterFilters: [{ Key: 'Type', Values: ['String'] }] }));
    assert.equal(strings.Parameters!.length, 3);
    const described = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Path', Option: 'Recursive', Values: [`${base}/deep`] }] }));
    assert.deepEqual(described.Parameters!.map((entry) => entry.Name), [`${base}/deep/d`, `${base}/deep/er/e`]);
  });

  it('checks AllowedPattern, tier limits and tags with overwrite', async () => {
    const name = `${path()}/pattern`;
    const mismatch = await failure(ssm.send(new PutParameterCommand({ Name: name, Value: 'abc', Type: 'String', AllowedPattern: '^\\d+$' })));
    assert.equal(mismatch.name, 'ParameterPatternMismatchException');
    const big = await failure(ssm.send(new PutParameterCommand({ Name: name, Value: 'x'.repeat(5000), Type: 'String' })));
    assert.equal(big.name, 'ValidationException');
    assert.equal((await ssm.send(new PutParameterCommand({ Name: name, Value: 'x'.repeat(5000), Type: 'String', Tier: 'Advanced' }))).Tier, 'Advanced');
    const both = await failure(ssm.send(new PutParameterCommand({ Name: name, Value: 'y', Overwrite: true, Tags: [{ Key: 'k', Value: 'v' }] })));
    assert.equal(both.name, 'ValidationException');
  });

  it('tags parameters and deletes several at once', async () => {
    const base = path();
    await ssm.send(new PutParameterCommand({ Name: `${base}/t`, Value: 'x', Type: 'String', Tags: [{ Key: 'team', Value: 'a' }] }));
    await ssm.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: `${base}/t`, Tags: [{ Key: 'env', Value: 'dev' }] }));
    await ssm.send(new RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: `${base}/t`, TagKeys: ['team'] }));
    const { TagList } = await ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: `${base}/t` }));
    assert.deepEqual(TagList, [{ Key: 'env', Value: 'dev' }]);
    const tagged = await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'tag:env', Values: ['dev'] }] }));
    assert.ok(tagged.Parameters!.some((entry) => entry.Name === `${base}/t`));
    const deleted = await ssm.send(new DeleteParametersCommand({ Names: [`${base}/t`, `${base}/none`] }));
    assert.deepEqual(deleted.DeletedParameters, [`${base}/t`]);
    assert.deepEqual(deleted.InvalidParameters, [`${base}/none`]);
  });

  it('round-trips a SecureString through the AWS CLI and boto3', async () => {
    const name = `${path()}/cli`;
    await aws(nimbus.endpoint, 'ssm', 'put-parameter', '--name', name, '--value', 'from-cli', '--type', 'SecureString');
    const got = await aws(nimbus.endpoint, 'ssm', 'get-parameter', '--name', name, '--with-decryption');
    assert.equal((got.Parameter as { Value: string }).Value, 'from-cli');
    const script = `import boto3, json\nssm = boto3.client('ssm')\nprint(json.dumps(ssm.get_parameter(Name=${JSON.stringify(name)}, WithDecryption=True)['Parameter']['Value']))`;
    assert.equal(await boto3(nimbus.endpoint, script), 'from-cli');
  });

  describe('public parameters', () => {
    const AL2023 = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
    const AMI = /^ami-[0-9a-f]{17}$/;

    it('answers the latest Amazon Linux AMI with a public ARN, the same id every time, another in another region', async () => {
      const { Parameter } = await ssm.send(new GetParameterCommand({ Name: AL2023 }));
      assert.match(Parameter!.Value!, AMI);
      assert.equal(Parameter!.ARN, `arn:aws:ssm:us-east-1::parameter${AL2023}`);
      assert.equal(Parameter!.Type, 'String');
      assert.equal(Parameter!.DataType, 'text');
      assert.equal((await ssm.send(new GetParameterCommand({ Name: AL2023 }))).Parameter!.Value, Parameter!.Value);
      const ireland = new SSMClient({ ...clientConfig(nimbus.endpoint), region: 'eu-west-1' });
      const there = (await ireland.send(new GetParameterCommand({ Name: AL2023 }))).Parameter!;
      assert.match(there.Value!, AMI);
      assert.notEqual(there.Value, Parameter!.Value);
      assert.equal(there.ARN, `arn:aws:ssm:eu-west-1::parameter${AL2023}`);
    });

    it('lists the Amazon Linux AMIs by path, page by page, and names the unknown ones in GetParameters', async () => {
      const names: string[] = [];
      let NextToken: string | undefined;
      do {
        const page = await ssm.send(new GetParametersByPathCommand({ Path: '/aws/service/ami-amazon-linux-latest', MaxResults: 5, NextToken }));
        assert.ok(page.Parameters!.length <= 5);
        for (const parameter of page.Parameters!) {
          assert.match(parameter.Value!, AMI);
          names.push(parameter.Name!);
        }
        NextToken = page.NextToken;
      } while (NextToken);
      assert.ok(names.length > 5);
      assert.ok(names.includes('/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2'));
      assert.ok(names.includes(AL2023));
      const missing = '/aws/service/ami-amazon-linux-latest/no-such-image';
      const got = await ssm.send(new GetParametersCommand({ Names: [AL2023, missing] }));
      assert.deepEqual(got.Parameters!.map((parameter) => parameter.Name), [AL2023]);
      assert.deepEqual(got.InvalidParameters, [missing]);
      assert.equal((await failure(ssm.send(new GetParameterCommand({ Name: missing })))).name, 'ParameterNotFound');
    });

    it('gives the ECS-optimized AMI as a JSON document whose image_id is also its own parameter', async () => {
      const base = '/aws/service/ecs/optimized-ami/amazon-linux-2/recommended';
      const document = JSON.parse((await ssm.send(new GetParameterCommand({ Name: base }))).Parameter!.Value!) as { image_id: string; os: string };
      const imageId = (await ssm.send(new GetParameterCommand({ Name: `${base}/image_id` }))).Parameter!;
      assert.equal(imageId.Value, document.image_id);
      assert.match(document.image_id, AMI);
      assert.equal(document.os, 'Amazon Linux 2');
      const children = await ssm.send(new GetParametersByPathCommand({ Path: base }));
      assert.ok(children.Parameters!.some((parameter) => parameter.Name === `${base}/image_id`));
    });

    it('keeps them read-only', async () => {
      const error = await failure(ssm.send(new PutParameterCommand({ Name: AL2023, Value: 'ami-0123456789abcdef0', Type: 'String', Overwrite: true })));
      assert.equal(error.name, 'ValidationException');
      assert.equal(error.$metadata.httpStatusCode, 400);
      assert.match((await ssm.send(new GetParameterCommand({ Name: AL2023 }))).Parameter!.Value!, AMI);
    });

    it('answers the AWS CLI and boto3 as it answers the SDK', async () => {
      const sdk = (await ssm.send(new GetParameterCommand({ Name: AL2023 }))).Parameter!.Value;
      const cli = await aws(nimbus.endpoint, 'ssm', 'get-parameter', '--name', AL2023);
      assert.equal((cli.Parameter as { Value: string }).Value, sdk);
      const script = 'import boto3, json\nssm = boto3.client(\'ssm\')\n' +
        'pages = ssm.get_paginator(\'get_parameters_by_path\').paginate(Path=\'/aws/service/ami-amazon-linux-latest\')\n' +
        'print(json.dumps({p[\'Name\']: p[\'Value\'] for page in pages for p in page[\'Parameters\']}))';
      const listed = await boto3(nimbus.endpoint, script) as Record<string, string>;
      assert.equal(listed[AL2023], sdk);
    });
  });
});
