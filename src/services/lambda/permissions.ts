import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { AddPermissionRequest, AddPermissionResponse, GetPolicyRequest, GetPolicyResponse, RemovePermissionRequest } from './api.generated.js';
import { conflict, notFound, preconditionFailed } from './errors.js';
import { loadFunction, resolveFunction, type LambdaDeps } from './lookup.js';
import { functionArn, parseFunctionName } from './names.js';
import { functionKey, functions, type FunctionRecord, type PolicyStatement } from './state.js';

/** AddPermission, RemovePermission, GetPolicy: the function's resource-based policy, per qualifier. */
export class Permissions {
  private readonly revisions = new Map<string, string>();

  constructor(private readonly deps: LambdaDeps) {}

  async addPermission(input: AddPermissionRequest, context: CallContext): Promise<AddPermissionResponse> {
    const target = await resolveFunction(this.deps.store, input.FunctionName, context, input.Qualifier);
    const qualifier = target.ref.qualifier ?? '';
    return this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, target.ref);
      const policyKey = `${functionKey(fn)}:${qualifier}`;
      if (input.RevisionId && input.RevisionId !== this.revisions.get(policyKey)) throw preconditionFailed();
      const statements = fn.policies[qualifier] ?? [];
      if (statements.some((statement) => statement.Sid === input.StatementId)) {
        throw conflict('The statement id (sid) provided already exists. Please provide a new statement id, or remove the existing statement.');
      }
      const statement = statementOf(input, functionArn(fn, qualifier || undefined));
      await functions(tx).put(functionKey(fn), { ...fn, policies: { ...fn.policies, [qualifier]: [...statements, statement] } });
      this.revisions.set(policyKey, randomUUID());
      return { Statement: JSON.stringify(statement) };
    });
  }

  async removePermission(input: RemovePermissionRequest, context: CallContext): Promise<void> {
    const ref = parseFunctionName(input.FunctionName, context, input.Qualifier);
    await this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, ref);
      const qualifier = ref.qualifier ?? '';
      const statements = fn.policies[qualifier] ?? [];
      if (!statements.some((statement) => statement.Sid === input.StatementId)) {
        throw notFound(`Statement ${input.StatementId} is not found in resource policy.`);
      }
      const left = statements.filter((statement) => statement.Sid !== input.StatementId);
      const policies = { ...fn.policies, [qualifier]: left };
      if (!left.length) delete policies[qualifier];
      await functions(tx).put(functionKey(fn), { ...fn, policies });
      this.revisions.set(`${functionKey(fn)}:${qualifier}`, randomUUID());
    });
  }

  async getPolicy(input: GetPolicyRequest, context: CallContext): Promise<GetPolicyResponse> {
    const ref = parseFunctionName(input.FunctionName, context, input.Qualifier);
    const fn = await loadFunction(this.deps.store, ref);
    const qualifier = ref.qualifier ?? '';
    const policy = functionPolicy(fn, qualifier);
    if (!policy) throw notFound('The resource you requested does not exist.');
    const policyKey = `${functionKey(fn)}:${qualifier}`;
    if (!this.revisions.has(policyKey)) this.revisions.set(policyKey, randomUUID());
    return {
      Policy: policy,
      RevisionId: this.revisions.get(policyKey),
    };
  }
}

/** The policy document of a function's qualifier ('' for the unqualified function), as GetPolicy answers it; undefined without statements. */
export function functionPolicy(fn: FunctionRecord, qualifier: string): string | undefined {
  const statements = fn.policies[qualifier];
  return statements?.length ? JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements }) : undefined;
}

/** A statement as Lambda writes it: principal by kind, conditions for source ARN, account, organisation and token. */
function statementOf(input: AddPermissionRequest, resource: string): PolicyStatement {
  const conditions: Record<string, Record<string, string>> = {};
  const add = (operator: string, key: string, value: string | undefined) => {
    if (value !== undefined) conditions[operator] = { ...conditions[operator], [key]: value };
  };
  add('StringEquals', 'AWS:SourceAccount', input.SourceAccount);
  add('StringEquals', 'aws:PrincipalOrgID', input.PrincipalOrgID);
  add('StringEquals', 'lambda:EventSourceToken', input.EventSourceToken);
  add('StringEquals', 'lambda:FunctionUrlAuthType', input.FunctionUrlAuthType);
  add('ArnLike', 'AWS:SourceArn', input.SourceArn);
  return {
    Sid: input.StatementId,
    Effect: 'Allow',
    Principal: principalOf(input.Principal),
    Action: input.Action,
    Resource: resource,
    ...(Object.keys(conditions).length ? { Condition: conditions } : {}),
  };
}

function principalOf(principal: string): unknown {
  if (principal === '*') return '*';
  if (/^\d{12}$/.test(principal)) return { AWS: `arn:aws:iam::${principal}:root` };
  if (principal.startsWith('arn:')) return { AWS: principal };
  return { Service: principal };
}
