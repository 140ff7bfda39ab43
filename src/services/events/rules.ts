import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  DeleteRuleRequest, DescribeRuleRequest, DescribeRuleResponse, DisableRuleRequest, EnableRuleRequest, ListRuleNamesByTargetRequest,
  ListRuleNamesByTargetResponse, ListRulesRequest, ListRulesResponse, PutRuleRequest, PutRuleResponse, Rule, RuleState,
} from './api.generated.js';
import { ruleArn } from './arns.js';
import type { Buses } from './buses.js';
import { invalidPattern, ruleNotFound, validation } from './errors.js';
import { InvalidPatternError, parseEventPattern } from './event-pattern.js';
import { page } from './paging.js';
import { InvalidScheduleError, parseSchedule } from '../../common/schedule-expression.js';
import { type Collections, type RuleRecord, ruleKey, rules, rulesPrefix } from './state.js';

/** Told after commit whenever a rule changes, so scheduled rules start, move or stop. */
export type RuleChanged = (key: string, rule: RuleRecord | undefined) => void;

/** Rules on a bus: what they match (a pattern or a schedule), and whether they are enabled. */
export class Rules {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly buses: Buses,
    private readonly changed: RuleChanged,
  ) {}

  async require(from: Collections, context: CallContext, name: string, busNameOrArn: string | undefined): Promise<RuleRecord> {
    const bus = await this.buses.require(from, context, busNameOrArn);
    const rule = await rules(from).get(ruleKey(bus.account, bus.region, bus.name, name));
    if (!rule) throw ruleNotFound(name, bus.name);
    return rule;
  }

  async putRule(input: PutRuleRequest, context: CallContext): Promise<PutRuleResponse> {
    if (input.EventPattern === undefined && input.ScheduleExpression === undefined) {
      throw validation('Parameter(s) EventPattern or ScheduleExpression must be specified.');
    }
    checkPattern(input.EventPattern);
    if (input.ScheduleExpression !== undefined) checkSchedule(input.ScheduleExpression);
    return this.deps.store.transaction(async (tx) => {
      const bus = await this.buses.require(tx, context, input.EventBusName);
      if (input.ScheduleExpression !== undefined && bus.name !== 'default') {
        throw validation('ScheduleExpression is supported only on the default event bus.');
      }
      const key = ruleKey(bus.account, bus.region, bus.name, input.Name);
      const existing = await rules(tx).get(key);
      const rule: RuleRecord = {
        account: bus.account, region: bus.region, busName: bus.name, name: input.Name,
        arn: ruleArn(bus.account, bus.region, bus.name, input.Name),
        eventPattern: input.EventPattern, scheduleExpression: input.ScheduleExpression, state: input.State ?? 'ENABLED',
        description: input.Description, roleArn: input.RoleArn, tags: existing?.tags ?? input.Tags ?? [], targets: existing?.targets ?? [],
        createdAt: existing?.scheduleExpression === input.ScheduleExpression ? (existing?.createdAt ?? this.deps.clock.now()) : this.deps.clock.now(),
      };
      await rules(tx).put(key, rule);
      tx.afterCommit(() => this.changed(key, rule));
      return { RuleArn: rule.arn };
    });
  }

  async describeRule(input: DescribeRuleRequest, context: CallContext): Promise<DescribeRuleResponse> {
    const rule = await this.require(this.deps.store, context, input.Name, input.EventBusName);
    return { ...summary(rule), CreatedBy: rule.account };
  }

  async listRules(input: ListRulesRequest, context: CallContext): Promise<ListRulesResponse> {
    const bus = await this.buses.require(this.deps.store, context, input.EventBusName);
    const all = (await rules(this.deps.store).list({ prefix: rulesPrefix(bus.account, bus.region, bus.name) }))
      .map(({ value }) => value)
      .filter((rule) => !input.NamePrefix || rule.name.startsWith(input.NamePrefix));
    const { items, nextToken } = page(all, input.Limit, input.NextToken);
    return { Rules: items.map(summary), NextToken: nextToken };
  }

  async listRuleNamesByTarget(input: ListRuleNamesByTargetRequest, context: CallContext): Promise<ListRuleNamesByTargetResponse> {
    const bus = await this.buses.require(this.deps.store, context, input.EventBusName);
    const all = (await rules(this.deps.store).list({ prefix: rulesPrefix(bus.account, bus.region, bus.name) }))
      .filter(({ value }) => value.targets.some((target) => target.Arn === input.TargetArn))
      .map(({ value }) => value.name);
    const { items, nextToken } = page(all, input.Limit, input.NextToken);
    return { RuleNames: items, NextToken: nextToken };
  }

  async deleteRule(input: DeleteRuleRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const bus = await this.buses.require(tx, context, input.EventBusName);
      const key = ruleKey(bus.account, bus.region, bus.name, input.Name);
      const rule = await rules(tx).get(key);
      if (!rule) return;
      if (rule.targets.length > 0) throw validation("Rule can't be deleted since it has targets.");
      await rules(tx).delete(key);
      tx.afterCommit(() => this.changed(key, undefined));
    });
  }

  enableRule(input: EnableRuleRequest, context: CallContext): Promise<void> {
    return this.setState(input.Name, input.EventBusName, 'ENABLED', context);
  }

  disableRule(input: DisableRuleRequest, context: CallContext): Promise<void> {
    return this.setState(input.Name, input.EventBusName, 'DISABLED', context);
  }

  private async setState(name: string, busName: string | undefined, state: RuleState, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const rule = await this.require(tx, context, name, busName);
      const key = ruleKey(rule.account, rule.region, rule.busName, rule.name);
      const updated = { ...rule, state };
      await rules(tx).put(key, updated);
      tx.afterCommit(() => this.changed(key, updated));
    });
  }
}

export function summary(rule: RuleRecord): Rule {
  return {
    Name: rule.name, Arn: rule.arn, EventPattern: rule.eventPattern, ScheduleExpression: rule.scheduleExpression, State: rule.state,
    Description: rule.description, RoleArn: rule.roleArn, EventBusName: rule.busName,
  };
}

export function checkPattern(pattern: string | undefined): void {
  if (pattern === undefined) return;
  try {
    parseEventPattern(pattern);
  } catch (error) {
    if (error instanceof InvalidPatternError) throw invalidPattern(error.message);
    throw error;
  }
}

function checkSchedule(expression: string): void {
  try {
    parseSchedule(expression);
  } catch (error) {
    if (error instanceof InvalidScheduleError) throw validation(error.message);
    throw error;
  }
}
