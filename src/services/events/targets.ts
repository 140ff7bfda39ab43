import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  ListTargetsByRuleRequest, ListTargetsByRuleResponse, PutTargetsRequest, PutTargetsResponse, RemoveTargetsRequest, RemoveTargetsResponse, Target,
} from './api.generated.js';
import { parseArn } from './arns.js';
import { limitExceeded, validation } from './errors.js';
import { page } from './paging.js';
import type { Rules } from './rules.js';
import { ruleKey, rules } from './state.js';

const MAX_TARGETS_PER_RULE = 5;

/** Targets of a rule: where its matching events go, and in what shape. */
export class Targets {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly rules: Rules,
  ) {}

  async putTargets(input: PutTargetsRequest, context: CallContext): Promise<PutTargetsResponse> {
    for (const target of input.Targets) checkTarget(target);
    return this.deps.store.transaction(async (tx) => {
      const rule = await this.rules.require(tx, context, input.Rule, input.EventBusName);
      const byId = new Map(rule.targets.map((target) => [target.Id, target]));
      for (const target of input.Targets) byId.set(target.Id, target);
      if (byId.size > MAX_TARGETS_PER_RULE) throw limitExceeded('The requested resource exceeds the maximum number allowed.');
      await rules(tx).put(ruleKey(rule.account, rule.region, rule.busName, rule.name), { ...rule, targets: [...byId.values()] });
      return { FailedEntryCount: 0, FailedEntries: [] };
    });
  }

  async removeTargets(input: RemoveTargetsRequest, context: CallContext): Promise<RemoveTargetsResponse> {
    return this.deps.store.transaction(async (tx) => {
      const rule = await this.rules.require(tx, context, input.Rule, input.EventBusName);
      const removing = new Set(input.Ids);
      const targets = rule.targets.filter((target) => !removing.has(target.Id));
      await rules(tx).put(ruleKey(rule.account, rule.region, rule.busName, rule.name), { ...rule, targets });
      return { FailedEntryCount: 0, FailedEntries: [] };
    });
  }

  async listTargetsByRule(input: ListTargetsByRuleRequest, context: CallContext): Promise<ListTargetsByRuleResponse> {
    const rule = await this.rules.require(this.deps.store, context, input.Rule, input.EventBusName);
    const { items, nextToken } = page(rule.targets, input.Limit, input.NextToken);
    return { Targets: items, NextToken: nextToken };
  }
}

function checkTarget(target: Target): void {
  const arn = parseArn(target.Arn);
  if (!arn) throw validation(`Parameter ${target.Arn} is not valid. Reason: Provided Arn is not in correct format.`);
  const inputs = [target.Input, target.InputPath, target.InputTransformer].filter((given) => given !== undefined);
  if (inputs.length > 1) throw validation(`Only one of Input, InputPath, or InputTransformer must be provided for target ${target.Id}.`);
  if (target.Input !== undefined && !isJson(target.Input)) throw validation(`Input for target ${target.Id} is not valid JSON text.`);
  if (target.InputPath !== undefined && !target.InputPath.startsWith('$')) throw validation(`InputPath for target ${target.Id} is invalid.`);
  for (const [name, path] of Object.entries(target.InputTransformer?.InputPathsMap ?? {})) {
    if (!path.startsWith('$')) throw validation(`InputPathsMap for target ${target.Id} is invalid.`);
    if (name.startsWith('aws.events.')) throw validation(`InputPathsMap for target ${target.Id} uses the reserved variable name ${name}.`);
  }
  if (arn.service === 'sqs' && arn.resource.endsWith('.fifo') && !target.SqsParameters?.MessageGroupId) {
    throw validation(`Parameter(s) SqsParameters must be specified for target: ${target.Id}.`);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
