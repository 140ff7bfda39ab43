import type { CallContext } from '../../common/call-context.js';
import { servicePrincipalAllowed } from '../../common/policy/service-principal.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidParameter, limitExceeded, resourceNotFound } from './errors.js';
import { compilePattern } from './filter-events.js';
import { requireGroup } from './groups.js';
import { checkGroupName } from './names.js';
import { page } from './paging.js';
import { childKey, childrenPrefix, subscriptionFilters } from './state.js';
import { sendToDestination } from './subscription-delivery.js';

const MAX_SUBSCRIPTION_FILTERS = 2;
/** Lambda answers with a function's policy, or null when there is no such function. */
const LAMBDA_FUNCTION_POLICY = 'lambda.function-policy';
/** Kinesis answers with a stream's shards, or fails when there is no such stream. */
const KINESIS_LIST_SHARDS = 'kinesis.list-shards';
const DESTINATION = /^arn:aws[a-z-]*:(lambda|kinesis|firehose|logs):[^:]*:\d{12}:.+$/;

/** Subscription filters: where a group's matching events are streamed (see subscription-delivery.ts). */
export class SubscriptionFilters {
  constructor(private readonly deps: ServiceDeps) {}

  async putSubscriptionFilter(input: api.PutSubscriptionFilterRequest, context: CallContext): Promise<void> {
    checkGroupName(input.logGroupName);
    compilePattern(input.filterPattern);
    if (!DESTINATION.test(input.destinationArn)) throw invalidParameter(`Invalid destination ARN: ${input.destinationArn}`);
    const address = { account: context.account, region: context.region, logGroupName: input.logGroupName };
    const destinationService = input.destinationArn.split(':')[2];
    if (destinationService === 'lambda') await this.requireInvokePermission(input.destinationArn, input.logGroupName, context);
    if (destinationService === 'kinesis') await this.requireStream(input.destinationArn);
    const now = this.deps.clock.now();
    await this.deps.store.transaction(async (tx) => {
      await requireGroup(tx, address);
      const key = childKey(address, input.filterName);
      const existing = await subscriptionFilters(tx).get(key);
      if (!existing && (await subscriptionFilters(tx).count(childrenPrefix(address))) >= MAX_SUBSCRIPTION_FILTERS) {
        throw limitExceeded('Resource limit exceeded.');
      }
      const filter = {
        filterName: input.filterName, filterPattern: input.filterPattern, destinationArn: input.destinationArn,
        roleArn: input.roleArn, distribution: input.distribution ?? 'ByLogStream', creationTime: existing?.creationTime ?? now,
      };
      await subscriptionFilters(tx).put(key, filter);
      // Logs checks a new Kinesis destination by writing a control message to it, as AWS does.
      if (input.destinationArn.split(':')[2] === 'kinesis' && existing?.destinationArn !== input.destinationArn) {
        await sendToDestination(this.deps, tx, filter, {
          messageType: 'CONTROL_MESSAGE', owner: 'CloudwatchLogs', logGroup: '', logStream: '', subscriptionFilters: [],
          logEvents: [{ id: '', timestamp: now, message: 'CWL CONTROL MESSAGE: Checking health of destination Kinesis stream.' }],
        });
      }
    });
  }

  /** A Kinesis destination must exist: AWS refuses the filter when its test message cannot be put. */
  private async requireStream(streamArn: string): Promise<void> {
    try {
      await this.deps.bus.request(KINESIS_LIST_SHARDS, { streamArn });
    } catch {
      throw invalidParameter('Could not deliver test message to specified Kinesis stream. Check if the given kinesis stream is in ACTIVE state.');
    }
  }

  /** As AWS does, a Lambda destination must exist and let CloudWatch Logs invoke it for this log group. */
  private async requireInvokePermission(functionArn: string, logGroupName: string, context: CallContext): Promise<void> {
    const found = await this.deps.bus.request<{ policy?: string } | null>(LAMBDA_FUNCTION_POLICY, { functionArn });
    const allowed = found !== null && servicePrincipalAllowed(found.policy, {
      principals: ['logs.amazonaws.com', `logs.${context.region}.amazonaws.com`], action: 'lambda:InvokeFunction',
      sourceArn: `arn:aws:logs:${context.region}:${context.account}:log-group:${logGroupName}:*`, sourceAccount: context.account,
    });
    if (!allowed) throw invalidParameter('Could not execute the lambda function. Make sure you have given CloudWatch Logs permission to execute your function.');
  }

  async describeSubscriptionFilters(input: api.DescribeSubscriptionFiltersRequest, context: CallContext): Promise<api.DescribeSubscriptionFiltersResponse> {
    const address = { account: context.account, region: context.region, logGroupName: input.logGroupName };
    await requireGroup(this.deps.store, address);
    const found = await subscriptionFilters(this.deps.store).list({ prefix: childrenPrefix(address) + (input.filterNamePrefix ?? '') });
    const { items, nextToken } = page(found, input.limit, input.nextToken);
    return {
      subscriptionFilters: items.map(({ value }) => ({
        filterName: value.filterName, logGroupName: input.logGroupName, filterPattern: value.filterPattern, destinationArn: value.destinationArn,
        roleArn: value.roleArn, distribution: value.distribution as api.Distribution, creationTime: value.creationTime,
      })),
      nextToken,
    };
  }

  async deleteSubscriptionFilter(input: api.DeleteSubscriptionFilterRequest, context: CallContext): Promise<void> {
    const address = { account: context.account, region: context.region, logGroupName: input.logGroupName };
    await this.deps.store.transaction(async (tx) => {
      await requireGroup(tx, address);
      if (!(await subscriptionFilters(tx).delete(childKey(address, input.filterName)))) {
        throw resourceNotFound('The specified subscription filter does not exist.');
      }
    });
  }
}
