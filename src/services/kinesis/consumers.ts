import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { consumerNotFound, invalidArgument, limitExceeded, resourceInUse } from './errors.js';
import { decodePageToken, encodePageToken, page } from './page-tokens.js';
import { addressOf, loadStream, parseStreamArn, saveStream } from './stream-access.js';
import { validateTags } from './tags.js';
import type { ConsumerRecord, StreamAddress, StreamRecord } from './state.js';

const MAX_CONSUMERS = 20;

/** Enhanced fan-out consumers: registered, described, listed and deregistered (their subscriptions: subscriptions.ts). */
export class Consumers {
  constructor(private readonly deps: ServiceDeps) {}

  async registerStreamConsumer(input: api.RegisterStreamConsumerInput, context: CallContext): Promise<api.RegisterStreamConsumerOutput> {
    const address = addressOf({ StreamARN: input.StreamARN }, context);
    return this.deps.store.transaction(async (tx) => {
      const stream = await loadStream(tx, address);
      if (stream.consumers.some((consumer) => consumer.consumerName === input.ConsumerName)) {
        throw resourceInUse(`Consumer ${input.ConsumerName} under stream ${stream.arn} already exists for account ${stream.account}.`);
      }
      if (stream.consumers.length >= MAX_CONSUMERS) {
        throw limitExceeded(`Stream ${stream.arn} already has ${MAX_CONSUMERS} registered consumers, the maximum.`);
      }
      if (input.Tags) validateTags(input.Tags, {});
      const now = this.deps.clock.now();
      const consumer: ConsumerRecord = {
        consumerName: input.ConsumerName,
        consumerArn: `${stream.arn}/consumer/${input.ConsumerName}:${Math.floor(now / 1000)}`,
        createdAt: now,
        tags: { ...input.Tags },
      };
      stream.consumers.push(consumer);
      await saveStream(tx, stream);
      return { Consumer: this.view(consumer) };
    });
  }

  async describeStreamConsumer(input: api.DescribeStreamConsumerInput, context: CallContext): Promise<api.DescribeStreamConsumerOutput> {
    const { stream, consumer } = await this.find(input, context);
    return { ConsumerDescription: { ...this.view(consumer), StreamARN: stream.arn } };
  }

  async listStreamConsumers(input: api.ListStreamConsumersInput, context: CallContext): Promise<api.ListStreamConsumersOutput> {
    const stream = await loadStream(this.deps.store, addressOf({ StreamARN: input.StreamARN }, context));
    const now = this.deps.clock.now();
    const scope = `ListStreamConsumers/${stream.arn}`;
    const after = input.NextToken !== undefined ? decodePageToken(input.NextToken, scope, now) : undefined;
    const sorted = [...stream.consumers].sort((a, b) => (a.consumerName < b.consumerName ? -1 : 1));
    const { items, last } = page(sorted, (consumer) => consumer.consumerName, after, input.MaxResults ?? 100);
    const output: api.ListStreamConsumersOutput = { Consumers: items.map((consumer) => this.view(consumer)) };
    if (last !== undefined) output.NextToken = encodePageToken(scope, last, now);
    return output;
  }

  async deregisterStreamConsumer(input: api.DeregisterStreamConsumerInput, context: CallContext): Promise<void> {
    const { stream, consumer } = await this.find(input, context);
    await this.deps.store.transaction(async (tx) => {
      const current = await loadStream(tx, stream);
      current.consumers = current.consumers.filter((candidate) => candidate.consumerArn !== consumer.consumerArn);
      await saveStream(tx, current);
    });
  }

  /** A consumer named by its ARN, or by its stream's ARN and its name. */
  async find(input: api.DescribeStreamConsumerInput, context: CallContext): Promise<{ stream: StreamRecord; consumer: ConsumerRecord }> {
    let address: StreamAddress;
    if (input.ConsumerARN !== undefined) {
      const parsed = /^(.+)\/consumer\/[^/]+$/.exec(input.ConsumerARN);
      const owner = parsed ? parseStreamArn(parsed[1]!) : undefined;
      if (!owner) throw invalidArgument(`ConsumerARN ${input.ConsumerARN} is not a valid consumer ARN.`);
      address = owner;
    } else if (input.StreamARN !== undefined && input.ConsumerName !== undefined) {
      address = addressOf({ StreamARN: input.StreamARN }, context);
    } else {
      throw invalidArgument('Either ConsumerARN or both StreamARN and ConsumerName must be provided.');
    }
    const stream = await loadStream(this.deps.store, address);
    const consumer = stream.consumers.find((candidate) =>
      input.ConsumerARN !== undefined ? candidate.consumerArn === input.ConsumerARN : candidate.consumerName === input.ConsumerName,
    );
    if (!consumer) throw consumerNotFound(input.ConsumerName ?? input.ConsumerARN!, stream.arn);
    return { stream, consumer };
  }

  /** A consumer is CREATING until the clock moves on, like a stream. */
  private view(consumer: ConsumerRecord): api.Consumer {
    return {
      ConsumerName: consumer.consumerName,
      ConsumerARN: consumer.consumerArn,
      ConsumerStatus: this.deps.clock.now() <= consumer.createdAt ? 'CREATING' : 'ACTIVE',
      ConsumerCreationTimestamp: new Date(consumer.createdAt),
    };
  }
}
