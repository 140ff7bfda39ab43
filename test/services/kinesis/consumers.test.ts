import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DeleteStreamCommand, DeregisterStreamConsumerCommand, DescribeStreamConsumerCommand, DescribeStreamSummaryCommand, ListStreamConsumersCommand,
  ListTagsForResourceCommand, RegisterStreamConsumerCommand, type KinesisClient,
} from '@aws-sdk/client-kinesis';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { createActiveStream, failure, kinesisClient, uniqueName } from './clients.js';

describe('Kinesis stream consumers', () => {
  let nimbus: Nimbus;
  let kinesis: KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kinesis = kinesisClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('registers, describes, lists and deregisters consumers', async () => {
    const stream = uniqueName('fanout');
    const streamArn = await createActiveStream(kinesis, { StreamName: stream });
    const { Consumer } = await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'dashboard', Tags: { app: 'ops' } }));
    assert.equal(Consumer!.ConsumerName, 'dashboard');
    assert.match(Consumer!.ConsumerARN!, new RegExp(`^${streamArn}/consumer/dashboard:\\d+$`));
    await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'archive' }));
    const duplicate = await failure(kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'dashboard' })));
    assert.equal(duplicate.name, 'ResourceInUseException');

    const byArn = await kinesis.send(new DescribeStreamConsumerCommand({ ConsumerARN: Consumer!.ConsumerARN }));
    assert.equal(byArn.ConsumerDescription!.StreamARN, streamArn);
    assert.equal(byArn.ConsumerDescription!.ConsumerStatus, 'ACTIVE');
    const byName = await kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'dashboard' }));
    assert.equal(byName.ConsumerDescription!.ConsumerARN, Consumer!.ConsumerARN);
    assert.deepEqual((await kinesis.send(new ListTagsForResourceCommand({ ResourceARN: Consumer!.ConsumerARN }))).Tags, [{ Key: 'app', Value: 'ops' }]);

    const first = await kinesis.send(new ListStreamConsumersCommand({ StreamARN: streamArn, MaxResults: 1 }));
    assert.deepEqual(first.Consumers!.map((consumer) => consumer.ConsumerName), ['archive']);
    const second = await kinesis.send(new ListStreamConsumersCommand({ StreamARN: streamArn, NextToken: first.NextToken }));
    assert.deepEqual(second.Consumers!.map((consumer) => consumer.ConsumerName), ['dashboard']);
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: stream }))).StreamDescriptionSummary!.ConsumerCount, 2);

    await kinesis.send(new DeregisterStreamConsumerCommand({ ConsumerARN: Consumer!.ConsumerARN }));
    const gone = await failure(kinesis.send(new DescribeStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'dashboard' })));
    assert.equal(gone.name, 'ResourceNotFoundException');
  });

  it('keeps a stream with consumers unless the deletion enforces theirs', async () => {
    const stream = uniqueName('held');
    const streamArn = await createActiveStream(kinesis, { StreamName: stream });
    await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: 'reader' }));
    const held = await failure(kinesis.send(new DeleteStreamCommand({ StreamName: stream })));
    assert.equal(held.name, 'ResourceInUseException');
    await kinesis.send(new DeleteStreamCommand({ StreamName: stream, EnforceConsumerDeletion: true }));
    assert.equal((await failure(kinesis.send(new DescribeStreamSummaryCommand({ StreamName: stream })))).name, 'ResourceNotFoundException');
  });
});
