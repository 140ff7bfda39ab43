import type { ServiceDeps } from '../service-deps.js';
import type { KinesisOperations } from './api.generated.js';
import { Consumers } from './consumers.js';
import { handlePutRecordDeliveries } from './events.js';
import { Reading } from './reading.js';
import { Records } from './records.js';
import { Resharding } from './resharding.js';
import { Streams } from './streams.js';
import { Subscriptions } from './subscriptions.js';
import { Tags } from './tags.js';

type Served =
  | 'createStream' | 'deleteStream' | 'listStreams' | 'describeStream' | 'describeStreamSummary'
  | 'increaseStreamRetentionPeriod' | 'decreaseStreamRetentionPeriod' | 'updateStreamMode'
  | 'putRecord' | 'putRecords' | 'getShardIterator' | 'getRecords' | 'listShards'
  | 'splitShard' | 'mergeShards' | 'updateShardCount'
  | 'registerStreamConsumer' | 'describeStreamConsumer' | 'listStreamConsumers' | 'deregisterStreamConsumer' | 'subscribeToShard'
  | 'addTagsToStream' | 'removeTagsFromStream' | 'listTagsForStream' | 'tagResource' | 'untagResource' | 'listTagsForResource';

/** Kinesis Data Streams: each operation answered by the part of the service it belongs to. */
export function createKinesisProvider(deps: ServiceDeps): Pick<KinesisOperations, Served> {
  const streams = new Streams(deps);
  const records = new Records(deps);
  const tags = new Tags(deps);
  const reading = new Reading(deps);
  const resharding = new Resharding(deps);
  const consumers = new Consumers(deps);
  const subscriptions = new Subscriptions(deps, consumers, reading);
  handlePutRecordDeliveries(deps, records);
  return {
    createStream: (input, context) => streams.createStream(input, context),
    deleteStream: (input, context) => streams.deleteStream(input, context),
    listStreams: (input, context) => streams.listStreams(input, context),
    describeStream: (input, context) => streams.describeStream(input, context),
    describeStreamSummary: (input, context) => streams.describeStreamSummary(input, context),
    increaseStreamRetentionPeriod: (input, context) => streams.increaseStreamRetentionPeriod(input, context),
    decreaseStreamRetentionPeriod: (input, context) => streams.decreaseStreamRetentionPeriod(input, context),
    updateStreamMode: (input, context) => streams.updateStreamMode(input, context),
    putRecord: (input, context) => records.putRecord(input, context),
    putRecords: (input, context) => records.putRecords(input, context),
    getShardIterator: (input, context) => reading.getShardIterator(input, context),
    getRecords: (input) => reading.getRecords(input),
    listShards: (input, context) => streams.listShards(input, context),
    splitShard: (input, context) => resharding.splitShard(input, context),
    mergeShards: (input, context) => resharding.mergeShards(input, context),
    updateShardCount: (input, context) => resharding.updateShardCount(input, context),
    registerStreamConsumer: (input, context) => consumers.registerStreamConsumer(input, context),
    describeStreamConsumer: (input, context) => consumers.describeStreamConsumer(input, context),
    listStreamConsumers: (input, context) => consumers.listStreamConsumers(input, context),
    deregisterStreamConsumer: (input, context) => consumers.deregisterStreamConsumer(input, context),
    subscribeToShard: (input, context) => subscriptions.subscribeToShard(input, context),
    addTagsToStream: (input, context) => tags.addTagsToStream(input, context),
    removeTagsFromStream: (input, context) => tags.removeTagsFromStream(input, context),
    listTagsForStream: (input, context) => tags.listTagsForStream(input, context),
    tagResource: (input, context) => tags.tagResource(input, context),
    untagResource: (input, context) => tags.untagResource(input, context),
    listTagsForResource: (input) => tags.listTagsForResource(input),
  };
}
