import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { AddPermissionRequest, RemovePermissionRequest } from './api.generated.js';
import { invalidParameter, invalidParameterValue, missingParameter } from './errors.js';
import type { Queues } from './queues.js';
import { queueArn } from './queue-url.js';
import { addressOf, queueKey, queues, type QueueRecord } from './state.js';

/** The actions AddPermission may grant; SQS writes each as `SQS:<action>` in the policy. */
const GRANTABLE_ACTIONS = new Set([
  '*', 'SendMessage', 'ReceiveMessage', 'DeleteMessage', 'ChangeMessageVisibility', 'GetQueueAttributes', 'GetQueueUrl',
  'ListDeadLetterSourceQueues', 'PurgeQueue', 'ListQueueTags',
]);

interface Statement {
  Sid: string;
  Effect: string;
  Principal: { AWS: string | string[] };
  Action: string | string[];
  Resource: string;
}

interface QueuePolicy {
  Version: string;
  Id: string;
  Statement: Statement[];
}

/** AddPermission and RemovePermission: statements, one per label, in the queue's Policy attribute. */
export class Permissions {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly queues: Queues,
  ) {}

  async addPermission(input: AddPermissionRequest, context: CallContext): Promise<void> {
    const label = checkLabel(input.Label);
    const accounts = input.AWSAccountIds ?? [];
    const actions = input.Actions ?? [];
    if (!accounts.length) throw missingParameter('AWSAccountIds');
    if (!actions.length) throw missingParameter('Actions');
    for (const account of accounts) {
      if (!/^\d{12}$/.test(account)) throw invalidParameterValue(`Value [${accounts.join(', ')}] for parameter PrincipalId is invalid. Reason: Unable to verify.`);
    }
    for (const action of actions) {
      if (!GRANTABLE_ACTIONS.has(action)) throw invalidParameter('ActionName', action, 'Only the queue owner is allowed to invoke this action.');
    }
    await this.update(input.QueueUrl, context, (policy, queue) => {
      if (policy.Statement.some((statement) => statement.Sid === label)) throw invalidParameter('Label', label, 'Already exists.');
      const principals = accounts.map((account) => `arn:aws:iam::${account}:root`);
      const granted = actions.map((action) => `SQS:${action}`);
      policy.Statement.push({
        Sid: label,
        Effect: 'Allow',
        Principal: { AWS: principals.length === 1 ? principals[0]! : principals },
        Action: granted.length === 1 ? granted[0]! : granted,
        Resource: queueArn(addressOf(queue)),
      });
    });
  }

  async removePermission(input: RemovePermissionRequest, context: CallContext): Promise<void> {
    const label = checkLabel(input.Label);
    await this.update(input.QueueUrl, context, (policy) => {
      const index = policy.Statement.findIndex((statement) => statement.Sid === label);
      if (index < 0) throw invalidParameter('Label', label, 'can\'t find label on existing policy.');
      policy.Statement.splice(index, 1);
    });
  }

  private async update(url: string, context: CallContext, change: (policy: QueuePolicy, queue: QueueRecord) => void): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const queue = await this.queues.find(url, context, tx);
      const policy = currentPolicy(queue);
      change(policy, queue);
      const attributes = { ...queue.attributes };
      if (policy.Statement.length) attributes.Policy = JSON.stringify(policy);
      else delete attributes.Policy;
      await queues(tx).put(queueKey(addressOf(queue)), { ...queue, attributes, lastModifiedTimestamp: Math.floor(this.deps.clock.now() / 1000) });
    });
  }
}

/** The queue's policy, or the empty one SQS starts from (its Id names the queue). */
function currentPolicy(queue: QueueRecord): QueuePolicy {
  const empty: QueuePolicy = { Version: '2008-10-17', Id: `${queueArn(addressOf(queue))}/SQSDefaultPolicy`, Statement: [] };
  if (!queue.attributes.Policy) return empty;
  try {
    const parsed = JSON.parse(queue.attributes.Policy) as Partial<QueuePolicy>;
    const statements = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement as Statement] : [];
    return { ...empty, ...parsed, Statement: statements };
  } catch {
    return empty;
  }
}

function checkLabel(label: string | undefined): string {
  if (!label) throw missingParameter('Label');
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(label)) {
    throw invalidParameter('Label', label, 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
  }
  return label;
}
