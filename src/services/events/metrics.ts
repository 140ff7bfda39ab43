import { type MetricDimension, serviceMetrics } from '../metrics-emitter.js';
import type { ServiceDeps } from '../service-deps.js';

/** A rule as its ARN names it: `arn:aws:events:<region>:<account>:rule/[<bus>/]<name>`. */
interface Rule {
  arn: string;
  name: string;
}

/**
 * AWS/Events: a rule that fired (TriggeredRules, MatchedEvents) and the targets it invoked
 * (Invocations). A rule of the default bus is named by RuleName alone, one of a custom bus by
 * EventBusName and RuleName; Invocations and MatchedEvents also have the account-wide aggregate.
 */
export function eventsMetrics(deps: ServiceDeps) {
  const metrics = serviceMetrics(deps, 'AWS/Events');
  return {
    triggered(rule: Rule, invocations: number): void {
      const [, , , region = '', account = '', resource = ''] = rule.arn.split(':');
      const path = resource.split('/');
      const owner = { account, region };
      const ruleDimensions: MetricDimension[] = path.length > 2
        ? [{ Name: 'EventBusName', Value: path[1]! }, { Name: 'RuleName', Value: rule.name }]
        : [{ Name: 'RuleName', Value: rule.name }];
      metrics.record(owner, 'TriggeredRules', [ruleDimensions], 1);
      metrics.record(owner, 'MatchedEvents', [[], ruleDimensions], 1);
      if (invocations) metrics.record(owner, 'Invocations', [[], ruleDimensions], invocations);
    },
  };
}
