import type { ServiceDeps } from '../service-deps.js';
import type { KinesisOperations } from './api.generated.js';
import { handlePutRecordDeliveries } from './events.js';
import { Records } from './records.js';
import { Streams } from './streams.js';
import { Tags } from './tags.js';

type Served =
  | 'createStream' | 'deleteStream' | 'listStreams' | 'describeStream' | 'describeStreamSummary'
  | 'increaseStreamRetentionPeriod' | 'decreaseStreamRetentionPeriod'
  | 'putRecord' | 'putRecords'
  | 'addTagsToStream' | 'removeTagsFromStream' | 'listTagsForStream' | 'tagResource' | 'untagResource' | 'listTagsForResource';

/** Kinesis Data Streams: each operation answered by the part of the service it belongs to. */
export function createKinesisProvider(deps: ServiceDeps): Pick<KinesisOperations, Served> {
  const streams = new Streams(deps);
  const records = new Records(deps);
  const tags = new Tags(deps);
  handlePutRecordDeliveries(deps, records);
  return {
    createStream: (input, context) => streams.createStream(input, context),
    deleteStream: (input, context) => streams.deleteStream(input, context),
    listStreams: (input, context) => streams.listStreams(input, context),
    describeStream: (input, context) => streams.describeStream(input, context),
    describeStreamSummary: (input, context) => streams.describeStreamSummary(input, context),
    increaseStreamRetentionPeriod: (input, context) => streams.increaseStreamRetentionPeriod(input, context),
    decreaseStreamRetentionPeriod: (input, context) => streams.decreaseStreamRetentionPeriod(input, context),
    putRecord: (input, context) => records.putRecord(input, context),
    putRecords: (input, context) => records.putRecords(input, context),
    addTagsToStream: (input, context) => tags.addTagsToStream(input, context),
    removeTagsFromStream: (input, context) => tags.removeTagsFromStream(input, context),
    listTagsForStream: (input, context) => tags.listTagsForStream(input, context),
    tagResource: (input, context) => tags.tagResource(input, context),
    untagResource: (input, context) => tags.untagResource(input, context),
    listTagsForResource: (input, context) => tags.listTagsForResource(input, context),
  };
}
