import type { CallContext } from '../../common/call-context.js';
import type * as Api from './api.generated.js';
import { requireBucket } from './buckets.js';
import { invalidArgument, invalidRequest, malformedXml, noSuchLifecycleConfiguration } from './config-errors.js';
import type { S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';

const MAX_RULES = 1000;
const DEFAULT_MINIMUM_SIZE: Api.TransitionDefaultMinimumObjectSize = 'all_storage_classes_128K';

/** A lifecycle configuration as stored: JSON, so an expiration date is an ISO string. */
export interface StoredLifecycle {
  rules: Array<Omit<Api.LifecycleRule, 'Expiration'> & { Expiration?: Omit<Api.LifecycleExpiration, 'Date'> & { Date?: string } }>;
  minimumObjectSize: Api.TransitionDefaultMinimumObjectSize;
}

/** Put/Get/DeleteBucketLifecycle(Configuration); lifecycle.ts carries the rules out on the clock. */
export class LifecycleConfigOperations {
  constructor(
    private readonly state: S3State,
    private readonly configs: BucketSubresources,
    /** Told when a bucket gains rules, so the executor wakes up. */
    private readonly onChange: () => void,
  ) {}

  async putBucketLifecycleConfiguration(input: Api.PutBucketLifecycleConfigurationRequest, context: CallContext): Promise<Api.PutBucketLifecycleConfigurationOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const rules = input.LifecycleConfiguration?.Rules;
    if (!rules?.length) throw malformedXml();
    if (rules.length > MAX_RULES) throw invalidRequest('The number of lifecycle rules must not exceed the allowed limit of 1000 rules');
    const ids = new Set<string>();
    for (const rule of rules) {
      assertValidRule(rule);
      if (rule.ID !== undefined) {
        if (ids.has(rule.ID)) throw invalidArgument('Rule ID must be unique. Found same ID for more than one rule', 'ID', rule.ID);
        ids.add(rule.ID);
      }
    }
    const minimumObjectSize = input.TransitionDefaultMinimumObjectSize ?? DEFAULT_MINIMUM_SIZE;
    const stored: StoredLifecycle = {
      rules: rules.map((rule) => ({
        ...rule,
        ID: rule.ID ?? randomRuleId(),
        Expiration: rule.Expiration && { ...rule.Expiration, Date: rule.Expiration.Date?.toISOString() },
      })),
      minimumObjectSize,
    };
    await this.configs.put(input.Bucket, 'lifecycle', stored);
    this.onChange();
    return { TransitionDefaultMinimumObjectSize: minimumObjectSize };
  }

  async getBucketLifecycleConfiguration(input: Api.GetBucketLifecycleConfigurationRequest, context: CallContext): Promise<Api.GetBucketLifecycleConfigurationOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const stored = await this.configs.require<StoredLifecycle>(input.Bucket, 'lifecycle', () => noSuchLifecycleConfiguration(input.Bucket));
    return {
      Rules: stored.rules.map((rule) => ({ ...rule, Expiration: rule.Expiration && { ...rule.Expiration, Date: rule.Expiration.Date ? new Date(rule.Expiration.Date) : undefined } })),
      TransitionDefaultMinimumObjectSize: stored.minimumObjectSize,
    };
  }

  async deleteBucketLifecycle(input: Api.DeleteBucketLifecycleRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    await this.configs.delete(input.Bucket, 'lifecycle');
  }
}

function assertValidRule(rule: Api.LifecycleRule): void {
  if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
  if (rule.Prefix !== undefined && rule.Filter !== undefined) throw malformedXml();
  if (rule.ID !== undefined && rule.ID.length > 255) throw invalidArgument('ID length should not exceed allowed limit of 255', 'ID', rule.ID);
  const hasAction = rule.Expiration || rule.Transitions?.length || rule.NoncurrentVersionExpiration || rule.NoncurrentVersionTransitions?.length || rule.AbortIncompleteMultipartUpload;
  if (!hasAction) throw invalidRequest('At least one action needs to be specified in a rule');
  const expiration = rule.Expiration;
  if (expiration) {
    const given = [expiration.Days !== undefined, expiration.Date !== undefined, expiration.ExpiredObjectDeleteMarker !== undefined].filter(Boolean).length;
    if (given !== 1) throw malformedXml();
    if (expiration.Days !== undefined && expiration.Days <= 0) throw invalidArgument("'Days' for Expiration action must be a positive integer", 'Days', String(expiration.Days));
    if (expiration.Date !== undefined && expiration.Date.getTime() % 86_400_000 !== 0) throw invalidArgument("'Date' must be at midnight GMT", 'Date', expiration.Date.toISOString());
  }
  const noncurrentDays = rule.NoncurrentVersionExpiration?.NoncurrentDays;
  if (noncurrentDays !== undefined && noncurrentDays <= 0) {
    throw invalidArgument("'NoncurrentDays' in NoncurrentVersionExpiration action must be a positive integer", 'NoncurrentDays', String(noncurrentDays));
  }
  const abortDays = rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation;
  if (rule.AbortIncompleteMultipartUpload && (abortDays === undefined || abortDays <= 0)) {
    throw invalidArgument("'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer", 'DaysAfterInitiation', String(abortDays));
  }
  const tagged = rule.Filter?.Tag !== undefined || (rule.Filter?.And?.Tags?.length ?? 0) > 0;
  if (rule.AbortIncompleteMultipartUpload && tagged) throw invalidRequest('AbortIncompleteMultipartUpload cannot be specified with Tags.');
  if (expiration?.ExpiredObjectDeleteMarker && tagged) throw invalidRequest('ExpiredObjectDeleteMarker cannot be specified with Tags.');
}

function randomRuleId(): string {
  return Array.from({ length: 48 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)]).join('');
}
