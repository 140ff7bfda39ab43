import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidParameter, limitExceeded, resourceNotFound } from './errors.js';
import { compilePattern } from './filter-events.js';
import { requireGroup } from './groups.js';
import { checkGroupName } from './names.js';
import { page } from './paging.js';
import { childKey, childrenPrefix, groupsPrefix, metricFilters, type MetricFilterRecord } from './state.js';

const MAX_METRIC_FILTERS = 100;

/** Metric filters: what turns matching log events into CloudWatch metrics (see metric-publishing.ts). */
export class MetricFilters {
  constructor(private readonly deps: ServiceDeps) {}

  async putMetricFilter(input: api.PutMetricFilterRequest, context: CallContext): Promise<void> {
    checkGroupName(input.logGroupName);
    compilePattern(input.filterPattern);
    for (const transformation of input.metricTransformations) {
      if (transformation.defaultValue !== undefined && transformation.dimensions && Object.keys(transformation.dimensions).length) {
        throw invalidParameter('You cannot specify both a default value and dimensions for a metric filter.');
      }
      if (Object.keys(transformation.dimensions ?? {}).length > 3) throw limitExceeded('A metric filter can have at most 3 dimensions.');
    }
    const address = { account: context.account, region: context.region, logGroupName: input.logGroupName };
    await this.deps.store.transaction(async (tx) => {
      await requireGroup(tx, address);
      const key = childKey(address, input.filterName);
      const existing = await metricFilters(tx).get(key);
      if (!existing && (await metricFilters(tx).count(childrenPrefix(address))) >= MAX_METRIC_FILTERS) throw limitExceeded('Resource limit exceeded.');
      await metricFilters(tx).put(key, {
        filterName: input.filterName, filterPattern: input.filterPattern, metricTransformations: input.metricTransformations,
        creationTime: existing?.creationTime ?? this.deps.clock.now(),
      });
    });
  }

  async describeMetricFilters(input: api.DescribeMetricFiltersRequest, context: CallContext): Promise<api.DescribeMetricFiltersResponse> {
    if ((input.metricName === undefined) !== (input.metricNamespace === undefined)) {
      throw invalidParameter('If you specify metricName you must also specify metricNamespace, and vice versa.');
    }
    if (input.filterNamePrefix !== undefined && input.logGroupName === undefined) {
      throw invalidParameter('If you specify filterNamePrefix you must also specify logGroupName.');
    }
    let prefix = groupsPrefix(context.account, context.region);
    if (input.logGroupName !== undefined) {
      const address = { account: context.account, region: context.region, logGroupName: input.logGroupName };
      await requireGroup(this.deps.store, address);
      prefix = childrenPrefix(address) + (input.filterNamePrefix ?? '');
    }
    const found = (await metricFilters(this.deps.store).list({ prefix }))
      .map(({ key, value }) => ({ value, logGroupName: key.slice(key.indexOf('/', key.indexOf('/') + 1) + 1, key.lastIndexOf(':')) }))
      .filter(({ value }) => input.metricName === undefined
        || value.metricTransformations.some((t) => t.metricName === input.metricName && t.metricNamespace === input.metricNamespace));
    const { items, nextToken } = page(found, input.limit, input.nextToken);
    return { metricFilters: items.map(({ value, logGroupName }) => describe(value, logGroupName)), nextToken };
  }

  async deleteMetricFilter(input: api.DeleteMetricFilterRequest, context: CallContext): Promise<void> {
    const address = { account: context.account, region: context.region, logGroupName: input.logGroupName };
    await this.deps.store.transaction(async (tx) => {
      await requireGroup(tx, address);
      if (!(await metricFilters(tx).delete(childKey(address, input.filterName)))) throw resourceNotFound('The specified metric filter does not exist.');
    });
  }

  testMetricFilter(input: api.TestMetricFilterRequest): Promise<api.TestMetricFilterResponse> {
    const pattern = compilePattern(input.filterPattern);
    const matches: api.MetricFilterMatchRecord[] = [];
    input.logEventMessages.forEach((message, index) => {
      const match = pattern.match(message);
      if (match) matches.push({ eventNumber: index + 1, eventMessage: message, extractedValues: match.extractedValues });
    });
    return Promise.resolve({ matches });
  }
}

function describe(filter: MetricFilterRecord, logGroupName: string): api.MetricFilter {
  return {
    filterName: filter.filterName, filterPattern: filter.filterPattern, metricTransformations: filter.metricTransformations,
    creationTime: filter.creationTime, logGroupName,
  };
}
