import { dimension, serviceMetrics } from '../metrics-emitter.js';
import type { ServiceDeps } from '../service-deps.js';
import type { TopicAddress } from './arns.js';

/** AWS/SNS: what a topic publishes, under the TopicName dimension. */
export function snsMetrics(deps: ServiceDeps) {
  const metrics = serviceMetrics(deps, 'AWS/SNS');
  return {
    published(topic: TopicAddress, message: string): void {
      metrics.record(topic, 'NumberOfMessagesPublished', [dimension('TopicName', topic.name)], 1);
      metrics.record(topic, 'PublishSize', [dimension('TopicName', topic.name)], Buffer.byteLength(message), 'Bytes');
    },
  };
}
