import { createHash } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { Clock } from '../../clock/clock.js';
import type { EventBus } from '../../events/bus.js';
import type * as Api from './api.generated.js';
import { requireBucket } from './buckets.js';
import { invalidArgument } from './config-errors.js';
import { DELIVERIES } from './notifications.js';
import type { S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';

const EVENT_FAMILIES = ['ObjectCreated', 'ObjectRemoved', 'ObjectRestore', 'Replication', 'LifecycleExpiration', 'ObjectTagging', 'ObjectAcl'];
const SINGLE_EVENTS = new Set(['s3:ReducedRedundancyLostObject', 's3:LifecycleTransition', 's3:IntelligentTiering', 's3:ObjectAcl:Put']);
const ARN = { queue: /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]+(\.fifo)?$/, topic: /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]+(\.fifo)?$/, lambda: /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/ };

type Destination = Api.QueueConfiguration | Api.TopicConfiguration | Api.LambdaFunctionConfiguration;

/** Put/GetBucketNotificationConfiguration, and the `s3:TestEvent` S3 sends when destinations are configured. */
export class NotificationConfigOperations {
  constructor(
    private readonly state: S3State,
    private readonly configs: BucketSubresources,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  async putBucketNotificationConfiguration(input: Api.PutBucketNotificationConfigurationRequest, context: CallContext): Promise<void> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const given = input.NotificationConfiguration ?? {};
    const configuration: Api.NotificationConfiguration = {
      QueueConfigurations: given.QueueConfigurations?.map((queue) => ({ ...normalized(queue), QueueArn: checkedArn(queue.QueueArn, ARN.queue) })),
      TopicConfigurations: given.TopicConfigurations?.map((topic) => ({ ...normalized(topic), TopicArn: checkedArn(topic.TopicArn, ARN.topic) })),
      LambdaFunctionConfigurations: given.LambdaFunctionConfigurations?.map((lambda) => ({
        ...normalized(lambda),
        LambdaFunctionArn: checkedArn(lambda.LambdaFunctionArn, ARN.lambda),
      })),
      EventBridgeConfiguration: given.EventBridgeConfiguration,
    };
    assertNoOverlap([...(configuration.QueueConfigurations ?? []), ...(configuration.TopicConfigurations ?? []), ...(configuration.LambdaFunctionConfigurations ?? [])]);
    await this.state.transaction(async (tx) => {
      await this.configs.put(bucket.name, 'notification', configuration, tx);
      const testEvent = JSON.stringify({
        Service: 'Amazon S3',
        Event: 's3:TestEvent',
        Time: new Date(this.clock.now()).toISOString(),
        Bucket: bucket.name,
        RequestId: context.requestId,
        HostId: createHash('sha384').update(context.requestId).digest('base64'),
      });
      for (const queueArn of new Set(configuration.QueueConfigurations?.map((queue) => queue.QueueArn))) {
        await this.bus.enqueue(tx, DELIVERIES.queue, { queueArn, body: testEvent });
      }
      for (const topicArn of new Set(configuration.TopicConfigurations?.map((topic) => topic.TopicArn))) {
        await this.bus.enqueue(tx, DELIVERIES.topic, { topicArn, subject: 'Amazon S3 Notification', message: testEvent });
      }
    });
  }

  async getBucketNotificationConfiguration(input: Api.GetBucketNotificationConfigurationRequest, context: CallContext): Promise<Api.NotificationConfiguration> {
    await requireBucket(this.state, input.Bucket, context);
    return (await this.configs.get<Api.NotificationConfiguration>(input.Bucket, 'notification')) ?? {};
  }
}

/** Each configuration gets an id when it has none, and its filter rules S3's spelling (`Prefix`, `Suffix`). */
function normalized<T extends Destination>(configuration: T): T {
  for (const event of configuration.Events ?? []) assertKnownEvent(event);
  const rules = configuration.Filter?.Key?.FilterRules ?? [];
  const names = rules.map((rule) => (rule.Name ?? '').toLowerCase());
  for (const name of names) {
    if (name !== 'prefix' && name !== 'suffix') throw invalidArgument('filter rule name must be either prefix or suffix', 'FilterRule.Name', name);
  }
  if (new Set(names).size !== names.length) {
    const repeated = names.find((name, index) => names.indexOf(name) !== index)!;
    throw invalidArgument(`Cannot specify more than one ${repeated} rule in a filter.`, 'FilterRule.Name', repeated);
  }
  return {
    ...configuration,
    Id: configuration.Id ?? generatedId(configuration),
    Filter: rules.length
      ? { Key: { FilterRules: rules.map((rule) => ({ Name: (rule.Name!.toLowerCase() === 'prefix' ? 'Prefix' : 'Suffix') as Api.FilterRuleName, Value: rule.Value ?? '' })) } }
      : undefined,
  };
}

function assertKnownEvent(event: string): void {
  const [service, family, kind] = event.split(':');
  const known = SINGLE_EVENTS.has(event) || (service === 's3' && EVENT_FAMILIES.includes(family ?? '') && kind !== undefined && kind !== '');
  if (!known) throw invalidArgument('The event is not supported for notifications', 'Event', event);
}

function checkedArn(arn: string, pattern: RegExp): string {
  if (!pattern.test(arn)) throw invalidArgument('The ARN is not well formed', 'ARN', arn);
  return arn;
}

/** Two configurations may not deliver the same event for the same keys. */
function assertNoOverlap(configurations: Destination[]): void {
  for (let i = 0; i < configurations.length; i++) {
    for (let j = i + 1; j < configurations.length; j++) {
      const [a, b] = [configurations[i]!, configurations[j]!];
      if (sharesEvent(a.Events, b.Events) && filtersOverlap(a, b)) {
        throw invalidArgument('Configurations overlap. Configurations on the same bucket cannot share a common event type.', 'Event', a.Events.join(','));
      }
    }
  }
}

function sharesEvent(a: string[], b: string[]): boolean {
  const family = (event: string) => event.split(':').slice(0, 2).join(':');
  return a.some((x) => b.some((y) => x === y || (x.endsWith(':*') && family(x) === family(y)) || (y.endsWith(':*') && family(x) === family(y))));
}

function filtersOverlap(a: Destination, b: Destination): boolean {
  const value = (configuration: Destination, name: string) => configuration.Filter?.Key?.FilterRules?.find((rule) => rule.Name === name)?.Value ?? '';
  const prefixes = [value(a, 'Prefix'), value(b, 'Prefix')];
  const suffixes = [value(a, 'Suffix'), value(b, 'Suffix')];
  const prefixOverlap = prefixes[0]!.startsWith(prefixes[1]!) || prefixes[1]!.startsWith(prefixes[0]!);
  const suffixOverlap = suffixes[0]!.endsWith(suffixes[1]!) || suffixes[1]!.endsWith(suffixes[0]!);
  return prefixOverlap && suffixOverlap;
}

function generatedId(configuration: Destination): string {
  return createHash('sha256').update(JSON.stringify(configuration)).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 48);
}
