import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { alreadyExists, groupNotFound, invalidParameter, limitExceeded } from './errors.js';
import { checkGroupName, groupAddress, parseGroupArn } from './names.js';
import { page } from './paging.js';
import {
  childrenPrefix, events, groupArn, groupKey, groups, groupsPrefix, metricFilters, streams, subscriptionFilters,
  type Collections, type GroupAddress, type LogGroupRecord,
} from './state.js';

/** The retention periods PutRetentionPolicy accepts, in days. */
export const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
const MAX_TAGS = 50;

export async function requireGroup(source: Collections, address: GroupAddress): Promise<LogGroupRecord> {
  const group = await groups(source).get(groupKey(address));
  if (!group) throw groupNotFound();
  return group;
}

/** Log groups: creation, listing, retention, KMS keys and tags (both the old and the ARN-based calls). */
export class LogGroups {
  constructor(private readonly deps: ServiceDeps) {}

  async createLogGroup(input: api.CreateLogGroupRequest, context: CallContext): Promise<void> {
    checkGroupName(input.logGroupName);
    checkTags(input.tags ?? {});
    const address = { account: context.account, region: context.region, logGroupName: input.logGroupName };
    await this.deps.store.transaction(async (tx) => {
      if (await groups(tx).get(groupKey(address))) throw alreadyExists('The specified log group already exists');
      await groups(tx).put(groupKey(address), {
        ...address, creationTime: this.deps.clock.now(), kmsKeyId: input.kmsKeyId, logGroupClass: input.logGroupClass ?? 'STANDARD',
        deletionProtectionEnabled: input.deletionProtectionEnabled ?? false, tags: { ...input.tags },
      });
    });
  }

  async deleteLogGroup(input: api.DeleteLogGroupRequest, context: CallContext): Promise<void> {
    const address = groupAddress(context, input);
    await this.deps.store.transaction(async (tx) => {
      const group = await requireGroup(tx, address);
      if (group.deletionProtectionEnabled) throw invalidParameter('Log group deletion is not allowed when deletion protection is enabled.');
      await groups(tx).delete(groupKey(address));
      for (const collection of [streams(tx), events(tx), metricFilters(tx), subscriptionFilters(tx)]) {
        for (const { key } of await collection.list({ prefix: childrenPrefix(address) })) await collection.delete(key);
      }
    });
  }

  async describeLogGroups(input: api.DescribeLogGroupsRequest, context: CallContext): Promise<api.DescribeLogGroupsResponse> {
    if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined) {
      throw invalidParameter('LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.');
    }
    const prefix = groupsPrefix(context.account, context.region);
    const pattern = input.logGroupNamePattern?.toLowerCase();
    const identifiers = input.logGroupIdentifiers?.map((id) => (id.startsWith('arn:') ? parseGroupArn(id).logGroupName : id));
    const matching = (await groups(this.deps.store).list({ prefix: prefix + (input.logGroupNamePrefix ?? '') }))
      .map((entry) => entry.value)
      .filter((group) => !pattern || group.logGroupName.toLowerCase().includes(pattern))
      .filter((group) => !input.logGroupClass || group.logGroupClass === input.logGroupClass)
      .filter((group) => !identifiers || identifiers.includes(group.logGroupName));
    const { items, nextToken } = page(matching, input.limit, input.nextToken);
    return { logGroups: await Promise.all(items.map((group) => this.describe(group))), nextToken };
  }

  async listLogGroups(input: api.ListLogGroupsRequest, context: CallContext): Promise<api.ListLogGroupsResponse> {
    const pattern = input.logGroupNamePattern;
    const matcher = pattern ? new RegExp(pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'), 'i') : undefined;
    const matching = (await groups(this.deps.store).list({ prefix: groupsPrefix(context.account, context.region) }))
      .map((entry) => entry.value)
      .filter((group) => !matcher || matcher.test(group.logGroupName))
      .filter((group) => !input.logGroupClass || group.logGroupClass === input.logGroupClass);
    const { items, nextToken } = page(matching, input.limit, input.nextToken);
    return { logGroups: items.map((group) => ({ logGroupName: group.logGroupName, logGroupArn: groupArn(group), logGroupClass: group.logGroupClass })), nextToken };
  }

  async putRetentionPolicy(input: api.PutRetentionPolicyRequest, context: CallContext): Promise<void> {
    if (!RETENTION_DAYS.includes(input.retentionInDays)) {
      throw invalidParameter(`1 validation error detected: Value '${input.retentionInDays}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`);
    }
    await this.update(groupAddress(context, input), (group) => void (group.retentionInDays = input.retentionInDays));
  }

  async deleteRetentionPolicy(input: api.DeleteRetentionPolicyRequest, context: CallContext): Promise<void> {
    await this.update(groupAddress(context, input), (group) => void delete group.retentionInDays);
  }

  async associateKmsKey(input: api.AssociateKmsKeyRequest, context: CallContext): Promise<void> {
    if (input.resourceIdentifier !== undefined) throw invalidParameter('Associating a KMS key with query results is not supported by Nimbus.');
    await this.update(groupAddress(context, input), (group) => void (group.kmsKeyId = input.kmsKeyId));
  }

  async disassociateKmsKey(input: api.DisassociateKmsKeyRequest, context: CallContext): Promise<void> {
    await this.update(groupAddress(context, input), (group) => void delete group.kmsKeyId);
  }

  async putLogGroupDeletionProtection(input: api.PutLogGroupDeletionProtectionRequest, context: CallContext): Promise<void> {
    await this.update(groupAddress(context, { logGroupIdentifier: input.logGroupIdentifier }), (group) => void (group.deletionProtectionEnabled = input.deletionProtectionEnabled));
  }

  async tagLogGroup(input: api.TagLogGroupRequest, context: CallContext): Promise<void> {
    await this.update(groupAddress(context, input), (group) => void (group.tags = checkTags({ ...group.tags, ...input.tags })));
  }

  async untagLogGroup(input: api.UntagLogGroupRequest, context: CallContext): Promise<void> {
    await this.update(groupAddress(context, input), (group) => input.tags.forEach((key) => delete group.tags[key]));
  }

  async listTagsLogGroup(input: api.ListTagsLogGroupRequest, context: CallContext): Promise<api.ListTagsLogGroupResponse> {
    return { tags: (await requireGroup(this.deps.store, groupAddress(context, input))).tags };
  }

  async tagResource(input: api.TagResourceRequest): Promise<void> {
    await this.update(parseGroupArn(input.resourceArn), (group) => void (group.tags = checkTags({ ...group.tags, ...input.tags })));
  }

  async untagResource(input: api.UntagResourceRequest): Promise<void> {
    await this.update(parseGroupArn(input.resourceArn), (group) => input.tagKeys.forEach((key) => delete group.tags[key]));
  }

  async listTagsForResource(input: api.ListTagsForResourceRequest): Promise<api.ListTagsForResourceResponse> {
    return { tags: (await requireGroup(this.deps.store, parseGroupArn(input.resourceArn))).tags };
  }

  private async update(address: GroupAddress, change: (group: LogGroupRecord) => void): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const group = await requireGroup(tx, address);
      change(group);
      await groups(tx).put(groupKey(address), group);
    });
  }

  private async describe(group: LogGroupRecord): Promise<api.LogGroup> {
    const address = { account: group.account, region: group.region, logGroupName: group.logGroupName };
    const groupStreams = await streams(this.deps.store).list({ prefix: childrenPrefix(address) });
    return {
      logGroupName: group.logGroupName,
      creationTime: group.creationTime,
      retentionInDays: group.retentionInDays,
      metricFilterCount: await metricFilters(this.deps.store).count(childrenPrefix(address)),
      arn: `${groupArn(address)}:*`,
      storedBytes: groupStreams.reduce((sum, entry) => sum + entry.value.storedBytes, 0),
      kmsKeyId: group.kmsKeyId,
      logGroupClass: group.logGroupClass,
      logGroupArn: groupArn(address),
      deletionProtectionEnabled: group.deletionProtectionEnabled || undefined,
    };
  }
}

function checkTags(tags: Record<string, string>): Record<string, string> {
  if (Object.keys(tags).length > MAX_TAGS) throw limitExceeded(`A resource can have no more than ${MAX_TAGS} tags.`);
  return tags;
}
