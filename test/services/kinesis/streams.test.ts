import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AddTagsToStreamCommand, CreateStreamCommand, DecreaseStreamRetentionPeriodCommand, DeleteStreamCommand, DescribeStreamCommand,
  DescribeStreamSummaryCommand, IncreaseStreamRetentionPeriodCommand, ListShardsCommand, ListStreamsCommand, ListTagsForResourceCommand,
  ListTagsForStreamCommand, RemoveTagsFromStreamCommand, TagResourceCommand, UntagResourceCommand, UpdateShardCountCommand,
  UpdateStreamModeCommand, type KinesisClient,
} from '@aws-sdk/client-kinesis';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { createActiveStream, failure, kinesisClient, uniqueName } from './clients.js';

describe('Kinesis streams', () => {
  let nimbus: Nimbus;
  let kinesis: KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kinesis = kinesisClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('creates a provisioned stream whose shards split the 128-bit hash-key space evenly', async () => {
    const name = uniqueName('even');
    const arn = await createActiveStream(kinesis, { StreamName: name, ShardCount: 3 });
    assert.equal(arn, `arn:aws:kinesis:us-east-1:000000000000:stream/${name}`);
    const { StreamDescription } = await kinesis.send(new DescribeStreamCommand({ StreamName: name }));
    assert.equal(StreamDescription!.StreamStatus, 'ACTIVE');
    assert.equal(StreamDescription!.StreamModeDetails!.StreamMode, 'PROVISIONED');
    assert.equal(StreamDescription!.RetentionPeriodHours, 24);
    assert.equal(StreamDescription!.HasMoreShards, false);
    const space = 1n << 128n;
    const shards = StreamDescription!.Shards!;
    assert.deepEqual(shards.map((shard) => shard.ShardId), ['shardId-000000000000', 'shardId-000000000001', 'shardId-000000000002']);
    shards.forEach((shard, i) => {
      assert.equal(shard.HashKeyRange!.StartingHashKey, ((space * BigInt(i)) / 3n).toString());
      assert.equal(shard.HashKeyRange!.EndingHashKey, ((space * BigInt(i + 1)) / 3n - 1n).toString());
      assert.match(shard.SequenceNumberRange!.StartingSequenceNumber!, /^\d{56}$/);
      assert.equal(shard.SequenceNumberRange!.EndingSequenceNumber, undefined);
    });
    assert.equal(shards[2]!.HashKeyRange!.EndingHashKey, (space - 1n).toString());
  });

  it('starts an on-demand stream with four shards', async () => {
    const name = uniqueName('ondemand');
    await createActiveStream(kinesis, { StreamName: name, ShardCount: undefined, StreamModeDetails: { StreamMode: 'ON_DEMAND' } });
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: name }));
    assert.equal(StreamDescriptionSummary!.StreamModeDetails!.StreamMode, 'ON_DEMAND');
    assert.equal(StreamDescriptionSummary!.OpenShardCount, 4);
    assert.equal(StreamDescriptionSummary!.ConsumerCount, 0);
    assert.equal(StreamDescriptionSummary!.EncryptionType, 'NONE');
  });

  it('switches a stream between provisioned and on-demand with UpdateStreamMode, keeping its shards', async () => {
    const name = uniqueName('mode');
    const arn = await createActiveStream(kinesis, { StreamName: name, ShardCount: 2 });
    await kinesis.send(new UpdateStreamModeCommand({ StreamARN: arn, StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
    await advanceClock(nimbus.endpoint, 1);
    const switched = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamARN: arn }))).StreamDescriptionSummary!;
    assert.deepEqual([switched.StreamStatus, switched.StreamModeDetails!.StreamMode, switched.OpenShardCount], ['ACTIVE', 'ON_DEMAND', 2]);
    const rescale = await failure(kinesis.send(new UpdateShardCountCommand({ StreamName: name, TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' })));
    assert.equal(rescale.name, 'InvalidArgumentException');
    await kinesis.send(new UpdateStreamModeCommand({ StreamARN: arn, StreamModeDetails: { StreamMode: 'PROVISIONED' } }));
    await advanceClock(nimbus.endpoint, 1);
    await kinesis.send(new UpdateShardCountCommand({ StreamName: name, TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' }));
    const missing = await failure(kinesis.send(new UpdateStreamModeCommand({
      StreamARN: `${arn}-gone`, StreamModeDetails: { StreamMode: 'ON_DEMAND' },
    })));
    assert.deepEqual([missing.name, missing.status], ['ResourceNotFoundException', 400]);
  });

  it('lists streams with summaries, page by page', async () => {
    const names = [uniqueName('list'), uniqueName('list'), uniqueName('list')];
    for (const name of names) await createActiveStream(kinesis, { StreamName: name });
    const seen: string[] = [];
    let page = await kinesis.send(new ListStreamsCommand({ Limit: 2 }));
    for (;;) {
      seen.push(...page.StreamNames!);
      for (const summary of page.StreamSummaries!) {
        assert.equal(summary.StreamARN, `arn:aws:kinesis:us-east-1:000000000000:stream/${summary.StreamName}`);
        assert.equal(summary.StreamStatus, 'ACTIVE');
      }
      if (!page.HasMoreStreams) break;
      assert.ok(page.NextToken);
      page = await kinesis.send(new ListStreamsCommand({ NextToken: page.NextToken, Limit: 2 }));
    }
    for (const name of names) assert.ok(seen.includes(name));
    assert.deepEqual(seen, [...seen].sort());
  });

  it('refuses a second stream of the same name, and a missing one, with the AWS codes', async () => {
    const name = uniqueName('dup');
    await createActiveStream(kinesis, { StreamName: name });
    const duplicate = await failure(kinesis.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 })));
    assert.equal(duplicate.name, 'ResourceInUseException');
    assert.equal(duplicate.status, 400);
    assert.equal(duplicate.message, `Stream ${name} under account 000000000000 already exists.`);
    const missing = await failure(kinesis.send(new DescribeStreamSummaryCommand({ StreamName: uniqueName('absent') })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    assert.equal(missing.status, 400);
    const badName = await failure(kinesis.send(new CreateStreamCommand({ StreamName: 'no/slashes', ShardCount: 1 })));
    assert.equal(badName.name, 'ValidationException');
  });

  it('deletes a stream and its records', async () => {
    const name = uniqueName('delete');
    await createActiveStream(kinesis, { StreamName: name });
    await kinesis.send(new DeleteStreamCommand({ StreamName: name }));
    assert.equal((await failure(kinesis.send(new DescribeStreamCommand({ StreamName: name })))).name, 'ResourceNotFoundException');
    assert.equal((await failure(kinesis.send(new DeleteStreamCommand({ StreamName: name })))).name, 'ResourceNotFoundException');
    await createActiveStream(kinesis, { StreamName: name, ShardCount: 2 });
  });

  it('addresses a stream by its ARN as well as by its name', async () => {
    const name = uniqueName('byarn');
    const arn = await createActiveStream(kinesis, { StreamName: name, ShardCount: 2 });
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamARN: arn }));
    assert.equal(StreamDescriptionSummary!.StreamName, name);
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamARN: arn }));
    assert.equal(Shards!.length, 2);
  });

  it('changes the retention period within the bounds AWS sets', async () => {
    const name = uniqueName('retention');
    await createActiveStream(kinesis, { StreamName: name });
    await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: name, RetentionPeriodHours: 48 }));
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: name }))).StreamDescriptionSummary!.RetentionPeriodHours, 48);
    const shorter = await failure(kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: name, RetentionPeriodHours: 30 })));
    assert.equal(shorter.name, 'InvalidArgumentException');
    const tooLong = await failure(kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: name, RetentionPeriodHours: 8761 })));
    assert.equal(tooLong.name, 'InvalidArgumentException');
    const tooShort = await failure(kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: name, RetentionPeriodHours: 12 })));
    assert.equal(tooShort.name, 'InvalidArgumentException');
    const longer = await failure(kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: name, RetentionPeriodHours: 72 })));
    assert.equal(longer.name, 'InvalidArgumentException');
    await kinesis.send(new DecreaseStreamRetentionPeriodCommand({ StreamName: name, RetentionPeriodHours: 24 }));
    assert.equal((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: name }))).StreamDescriptionSummary!.RetentionPeriodHours, 24);
  });

  it('tags a stream through both tagging APIs', async () => {
    const name = uniqueName('tags');
    const arn = await createActiveStream(kinesis, { StreamName: name, Tags: { team: 'rail' } });
    await kinesis.send(new AddTagsToStreamCommand({ StreamName: name, Tags: { env: 'test', line: 'north' } }));
    await kinesis.send(new TagResourceCommand({ ResourceARN: arn, Tags: { owner: 'ops' } }));
    await kinesis.send(new RemoveTagsFromStreamCommand({ StreamName: name, TagKeys: ['line'] }));
    const listed = await kinesis.send(new ListTagsForStreamCommand({ StreamName: name }));
    assert.deepEqual(listed.Tags, [{ Key: 'env', Value: 'test' }, { Key: 'owner', Value: 'ops' }, { Key: 'team', Value: 'rail' }]);
    assert.equal(listed.HasMoreTags, false);
    const first = await kinesis.send(new ListTagsForStreamCommand({ StreamName: name, Limit: 1, ExclusiveStartTagKey: 'env' }));
    assert.deepEqual(first.Tags, [{ Key: 'owner', Value: 'ops' }]);
    assert.equal(first.HasMoreTags, true);
    await kinesis.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['team'] }));
    const byArn = await kinesis.send(new ListTagsForResourceCommand({ ResourceARN: arn }));
    assert.deepEqual(byArn.Tags, [{ Key: 'env', Value: 'test' }, { Key: 'owner', Value: 'ops' }]);
  });

  it('lists shards page by page with NextToken, and refuses NextToken with StreamName', async () => {
    const name = uniqueName('pages');
    await createActiveStream(kinesis, { StreamName: name, ShardCount: 5 });
    const first = await kinesis.send(new ListShardsCommand({ StreamName: name, MaxResults: 2 }));
    assert.deepEqual(first.Shards!.map((shard) => shard.ShardId), ['shardId-000000000000', 'shardId-000000000001']);
    const second = await kinesis.send(new ListShardsCommand({ NextToken: first.NextToken, MaxResults: 2 }));
    assert.deepEqual(second.Shards!.map((shard) => shard.ShardId), ['shardId-000000000002', 'shardId-000000000003']);
    const third = await kinesis.send(new ListShardsCommand({ NextToken: second.NextToken, MaxResults: 2 }));
    assert.deepEqual(third.Shards!.map((shard) => shard.ShardId), ['shardId-000000000004']);
    assert.equal(third.NextToken, undefined);
    const both = await failure(kinesis.send(new ListShardsCommand({ StreamName: name, NextToken: first.NextToken })));
    assert.equal(both.name, 'InvalidArgumentException');
    const after = await kinesis.send(new ListShardsCommand({ StreamName: name, ShardFilter: { Type: 'AFTER_SHARD_ID', ShardId: 'shardId-000000000002' } }));
    assert.deepEqual(after.Shards!.map((shard) => shard.ShardId), ['shardId-000000000003', 'shardId-000000000004']);
  });
});
