import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { ListDeadLetterSourceQueuesRequest, ListDeadLetterSourceQueuesResult } from './api.generated.js';
import { invalidParameter, invalidParameterValue } from './errors.js';
import { parseRedrivePolicy } from './queue-attributes.js';
import type { Queues } from './queues.js';
import { queueArn, queueUrl } from './queue-url.js';
import { addressOf, queues, queuesPrefix } from './state.js';

const MAX_RESULTS = 1000;

/** ListDeadLetterSourceQueues: the queues whose redrive policy names this queue as their dead-letter queue. */
export class DeadLetterSources {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly queues: Queues,
  ) {}

  async listDeadLetterSourceQueues(input: ListDeadLetterSourceQueuesRequest, context: CallContext): Promise<ListDeadLetterSourceQueuesResult> {
    const limit = input.MaxResults;
    if (limit !== undefined && (limit < 1 || limit > MAX_RESULTS)) {
      throw invalidParameter('MaxResults', limit, `MaxResults must be an integer between 1 and ${MAX_RESULTS}.`);
    }
    const target = await this.queues.find(input.QueueUrl, context);
    const arn = queueArn(addressOf(target));
    const after = input.NextToken ? decodeNextToken(input.NextToken) : '';
    const sources = (await queues(this.deps.store).list({ prefix: queuesPrefix(context.account, context.region) }))
      .map(({ value }) => value)
      .filter((queue) => queue.name > after && parseRedrivePolicy(queue.attributes.RedrivePolicy)?.deadLetterTargetArn === arn);
    const page = sources.slice(0, limit ?? MAX_RESULTS);
    const result: ListDeadLetterSourceQueuesResult = { queueUrls: page.map((queue) => queueUrl(context, queue.account, queue.name)) };
    if (limit !== undefined && sources.length > page.length) result.NextToken = Buffer.from(page.at(-1)!.name).toString('base64');
    return result;
  }
}

function decodeNextToken(token: string): string {
  const name = Buffer.from(token, 'base64').toString('utf8');
  if (!/^[A-Za-z0-9_.-]{1,80}$/.test(name)) throw invalidParameterValue('Invalid NextToken value.');
  return name;
}
