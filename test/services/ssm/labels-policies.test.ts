import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DescribeParametersCommand, GetParameterCommand, GetParameterHistoryCommand, GetParametersCommand, LabelParameterVersionCommand, PutParameterCommand, SSMClient,
  UnlabelParameterVersionCommand,
} from '@aws-sdk/client-ssm';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { failure, uniqueName } from '../secretsmanager/support.js';

describe('SSM labels and parameter policies', () => {
  let nimbus: Nimbus;
  let ssm: SSMClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ssm = new SSMClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  const name = () => `/${uniqueName('policies')}/value`;

  it('removes labels from a version with UnlabelParameterVersion, naming those it did not hold', async () => {
    const Name = name();
    await ssm.send(new PutParameterCommand({ Name, Value: 'one', Type: 'String' }));
    await ssm.send(new PutParameterCommand({ Name, Value: 'two', Type: 'String', Overwrite: true }));
    await ssm.send(new LabelParameterVersionCommand({ Name, ParameterVersion: 1, Labels: ['prod', 'stable'] }));
    await ssm.send(new LabelParameterVersionCommand({ Name, ParameterVersion: 2, Labels: ['beta'] }));

    const answer = await ssm.send(new UnlabelParameterVersionCommand({ Name, ParameterVersion: 1, Labels: ['prod', 'beta', 'never'] }));
    assert.deepEqual(answer.RemovedLabels, ['prod']);
    assert.deepEqual(answer.InvalidLabels, ['beta', 'never']);
    const history = (await ssm.send(new GetParameterHistoryCommand({ Name }))).Parameters!;
    assert.deepEqual(history.map((version) => version.Labels), [['stable'], ['beta']]);
    assert.equal((await failure(ssm.send(new GetParameterCommand({ Name: `${Name}:prod` })))).name, 'ParameterVersionNotFound');
    assert.equal((await ssm.send(new GetParameterCommand({ Name: `${Name}:stable` }))).Parameter!.Value, 'one');

    assert.equal((await failure(ssm.send(new UnlabelParameterVersionCommand({ Name, ParameterVersion: 9, Labels: ['stable'] })))).name, 'ParameterVersionNotFound');
    assert.equal((await failure(ssm.send(new UnlabelParameterVersionCommand({ Name: `${Name}-absent`, ParameterVersion: 1, Labels: ['stable'] })))).name, 'ParameterNotFound');
  });

  it('lists GetParameters results in alphabetical order of name', async () => {
    const base = `/${uniqueName('order')}`;
    for (const leaf of ['b', 'c', 'a']) await ssm.send(new PutParameterCommand({ Name: `${base}/${leaf}`, Value: leaf, Type: 'String' }));
    const { Parameters, InvalidParameters } = await ssm.send(new GetParametersCommand({ Names: [`${base}/c`, `${base}/missing`, `${base}/a`, `${base}/b`] }));
    assert.deepEqual(Parameters!.map((parameter) => parameter.Value), ['a', 'b', 'c']);
    assert.deepEqual(InvalidParameters, [`${base}/missing`]);
  });

  it('stores parameter policies and shows them in DescribeParameters and GetParameterHistory', async () => {
    const Name = name();
    const expiration = { Type: 'Expiration', Version: '1.0', Attributes: { Timestamp: '2030-12-02T21:34:33.000Z' } };
    const notification = { Type: 'NoChangeNotification', Version: '1.0', Attributes: { After: '60', Unit: 'Days' } };
    const put = await ssm.send(new PutParameterCommand({ Name, Value: 'v', Type: 'String', Tier: 'Intelligent-Tiering', Policies: JSON.stringify([expiration, notification]) }));
    assert.equal(put.Tier, 'Advanced');
    const [described] = (await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: [Name] }] }))).Parameters!;
    assert.deepEqual(described!.Policies!.map((policy) => [policy.PolicyType, JSON.parse(policy.PolicyText!), policy.PolicyStatus]),
      [['Expiration', expiration, 'Pending'], ['NoChangeNotification', notification, 'Pending']]);
    const [first] = (await ssm.send(new GetParameterHistoryCommand({ Name }))).Parameters!;
    assert.deepEqual(first!.Policies!.map((policy) => policy.PolicyType), ['Expiration', 'NoChangeNotification']);

    const plain = name();
    await ssm.send(new PutParameterCommand({ Name: plain, Value: 'v', Type: 'String' }));
    assert.deepEqual((await ssm.send(new DescribeParametersCommand({ ParameterFilters: [{ Key: 'Name', Values: [plain] }] }))).Parameters![0]!.Policies, []);
  });

  it('refuses unknown policy types, malformed policies and more than ten', async () => {
    const put = (Policies: string) => ssm.send(new PutParameterCommand({ Name: name(), Value: 'v', Type: 'String', Tier: 'Advanced', Policies }));
    assert.equal((await failure(put(JSON.stringify([{ Type: 'Rotation', Version: '1.0', Attributes: {} }])))).name, 'InvalidPolicyTypeException');
    assert.equal((await failure(put('not json'))).name, 'InvalidPolicyAttributeException');
    const many = Array.from({ length: 11 }, () => ({ Type: 'ExpirationNotification', Version: '1.0', Attributes: { Before: '15', Unit: 'Days' } }));
    assert.equal((await failure(put(JSON.stringify(many)))).name, 'PoliciesLimitExceededException');
  });
});
