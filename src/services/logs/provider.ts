import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { filterLogEvents } from './filter-events.js';
import { getLogEvents } from './get-events.js';
import { LogGroups } from './groups.js';
import { MetricFilters } from './metric-filters.js';
import { putLogEvents } from './put-events.js';
import { Queries } from './queries.js';
import { ResourcePolicies } from './resource-policies.js';
import { RetentionSweeper } from './retention.js';
import { LogStreams } from './streams.js';
import { SubscriptionFilters } from './subscription-filters.js';

/** CloudWatch Logs: each operation delegates to the file that owns its resource. */
export function createLogsProvider(deps: ServiceDeps): Partial<api.LogsOperations> & { stop(): void } {
  const logGroups = new LogGroups(deps);
  const logStreams = new LogStreams(deps);
  const metrics = new MetricFilters(deps);
  const subscriptions = new SubscriptionFilters(deps);
  const insights = new Queries(deps);
  const resourcePolicies = new ResourcePolicies(deps);
  const sweeper = new RetentionSweeper(deps);
  sweeper.start();
  return {
    createLogGroup: (input, context) => logGroups.createLogGroup(input, context),
    deleteLogGroup: (input, context) => logGroups.deleteLogGroup(input, context),
    describeLogGroups: (input, context) => logGroups.describeLogGroups(input, context),
    listLogGroups: (input, context) => logGroups.listLogGroups(input, context),
    putRetentionPolicy: (input, context) => logGroups.putRetentionPolicy(input, context),
    deleteRetentionPolicy: (input, context) => logGroups.deleteRetentionPolicy(input, context),
    associateKmsKey: (input, context) => logGroups.associateKmsKey(input, context),
    disassociateKmsKey: (input, context) => logGroups.disassociateKmsKey(input, context),
    putLogGroupDeletionProtection: (input, context) => logGroups.putLogGroupDeletionProtection(input, context),
    tagLogGroup: (input, context) => logGroups.tagLogGroup(input, context),
    untagLogGroup: (input, context) => logGroups.untagLogGroup(input, context),
    listTagsLogGroup: (input, context) => logGroups.listTagsLogGroup(input, context),
    tagResource: (input) => logGroups.tagResource(input),
    untagResource: (input) => logGroups.untagResource(input),
    listTagsForResource: (input) => logGroups.listTagsForResource(input),
    createLogStream: (input, context) => logStreams.createLogStream(input, context),
    deleteLogStream: (input, context) => logStreams.deleteLogStream(input, context),
    describeLogStreams: (input, context) => logStreams.describeLogStreams(input, context),
    putLogEvents: (input, context) => putLogEvents(deps, input, context),
    getLogEvents: (input, context) => getLogEvents(deps, input, context),
    filterLogEvents: (input, context) => filterLogEvents(deps, input, context),
    putMetricFilter: (input, context) => metrics.putMetricFilter(input, context),
    describeMetricFilters: (input, context) => metrics.describeMetricFilters(input, context),
    deleteMetricFilter: (input, context) => metrics.deleteMetricFilter(input, context),
    testMetricFilter: (input) => metrics.testMetricFilter(input),
    putSubscriptionFilter: (input, context) => subscriptions.putSubscriptionFilter(input, context),
    describeSubscriptionFilters: (input, context) => subscriptions.describeSubscriptionFilters(input, context),
    deleteSubscriptionFilter: (input, context) => subscriptions.deleteSubscriptionFilter(input, context),
    putResourcePolicy: (input, context) => resourcePolicies.putResourcePolicy(input, context),
    describeResourcePolicies: (input, context) => resourcePolicies.describeResourcePolicies(input, context),
    deleteResourcePolicy: (input, context) => resourcePolicies.deleteResourcePolicy(input, context),
    startQuery: (input, context) => insights.startQuery(input, context),
    getQueryResults: (input, context) => insights.getQueryResults(input, context),
    stopQuery: (input, context) => insights.stopQuery(input, context),
    describeQueries: (input, context) => insights.describeQueries(input, context),
    stop: () => sweeper.stop(),
  };
}
