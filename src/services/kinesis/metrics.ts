import { dimension, serviceMetrics } from '../metrics-emitter.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';

interface Stream {
  account: string;
  region: string;
  name: string;
}

/** AWS/Kinesis: the stream-level metrics of writes, under the StreamName dimension. */
export function kinesisMetrics(deps: ServiceDeps) {
  const metrics = serviceMetrics(deps, 'AWS/Kinesis');
  return {
    /** One PutRecord or PutRecords call: the records it stored and their bytes. */
    written(stream: Stream, entries: api.PutRecordsRequestEntry[], results: Array<{ ErrorCode: string } | object>, operation: 'PutRecord' | 'PutRecords'): void {
      const dimensions = [dimension('StreamName', stream.name)];
      const stored = entries.filter((_, i) => results[i] && !('ErrorCode' in results[i]!));
      const bytes = stored.reduce((total, entry) => total + entry.Data.length + Buffer.byteLength(entry.PartitionKey), 0);
      metrics.record(stream, 'IncomingRecords', dimensions, stored.length);
      metrics.record(stream, 'IncomingBytes', dimensions, bytes, 'Bytes');
      metrics.record(stream, `${operation}.Success`, dimensions, stored.length === entries.length ? 1 : 0);
      metrics.record(stream, `${operation}.Bytes`, dimensions, bytes, 'Bytes');
      if (operation === 'PutRecords') {
        metrics.record(stream, 'PutRecords.TotalRecords', dimensions, entries.length);
        metrics.record(stream, 'PutRecords.SuccessfulRecords', dimensions, stored.length);
      }
    },
  };
}
