import type { CallContext } from '../../common/call-context.js';
import { AwsError } from '../../common/aws-error.js';
import type { Clock } from '../../clock/clock.js';
import type {
  GetObjectLegalHoldOutput, GetObjectLegalHoldRequest, GetObjectOutput, GetObjectRetentionOutput, GetObjectRetentionRequest, PutObjectLegalHoldOutput,
  PutObjectLegalHoldRequest, PutObjectRequest, PutObjectRetentionOutput, PutObjectRetentionRequest,
} from './api.generated.js';
import { requireBucket } from './buckets.js';
import { invalidArgument, invalidRequest, malformedXml, noSuchKey, noSuchObjectLockConfiguration, noSuchVersion } from './errors.js';
import type { BucketRecord, ObjectRecord, S3State } from './state.js';
import type { FoundVersion, ObjectVersions } from './versions.js';

type LockHeaders = Pick<PutObjectRequest, 'ObjectLockMode' | 'ObjectLockRetainUntilDate' | 'ObjectLockLegalHoldStatus'>;

export const missingLockConfiguration = () => invalidRequest('Bucket is missing Object Lock Configuration');

const protectedByLock = () => new AwsError('AccessDenied', 'Access Denied because object protected by object lock.', 403);

/** The retention and legal hold a write's `x-amz-object-lock-*` headers ask for. */
export function lockOf(input: LockHeaders): Pick<ObjectRecord, 'retention' | 'legalHold'> {
  if ((input.ObjectLockMode === undefined) !== (input.ObjectLockRetainUntilDate === undefined)) {
    throw invalidArgument('x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied', 'x-amz-object-lock-mode', input.ObjectLockMode ?? '');
  }
  return {
    retention: input.ObjectLockMode ? { mode: input.ObjectLockMode, retainUntil: input.ObjectLockRetainUntilDate!.getTime() } : undefined,
    legalHold: input.ObjectLockLegalHoldStatus === undefined ? undefined : input.ObjectLockLegalHoldStatus === 'ON',
  };
}

/** Lock settings need a bucket created with Object Lock; dates must lie ahead. */
export function assertLockAllowed(bucket: BucketRecord, record: Pick<ObjectRecord, 'retention' | 'legalHold'>, now: number): void {
  if ((record.retention || record.legalHold !== undefined) && !bucket.objectLockEnabled) throw missingLockConfiguration();
  if (record.retention && record.retention.retainUntil <= now) {
    throw invalidArgument('The retain until date must be in the future!', 'x-amz-object-lock-retain-until-date', new Date(record.retention.retainUntil).toISOString());
  }
}

/** Whether a version may be deleted for good: not under legal hold nor unexpired retention (GOVERNANCE yields to a bypass). */
export function assertDeletable(record: ObjectRecord, bypassGovernance: boolean | undefined, now: number): void {
  if (record.legalHold) throw protectedByLock();
  const retention = record.retention;
  if (!retention || retention.retainUntil <= now) return;
  if (retention.mode === 'COMPLIANCE' || !bypassGovernance) throw protectedByLock();
}

export function lockOutput(object: ObjectRecord): Pick<GetObjectOutput, 'ObjectLockMode' | 'ObjectLockRetainUntilDate' | 'ObjectLockLegalHoldStatus'> {
  return {
    ObjectLockMode: object.retention?.mode,
    ObjectLockRetainUntilDate: object.retention ? new Date(object.retention.retainUntil) : undefined,
    ObjectLockLegalHoldStatus: object.legalHold === undefined ? undefined : object.legalHold ? 'ON' : 'OFF',
  };
}

/** Put/GetObjectRetention and Put/GetObjectLegalHold: lock settings of one version. */
export class ObjectLockOperations {
  constructor(
    private readonly state: S3State,
    private readonly versions: ObjectVersions,
    private readonly clock: Clock,
  ) {}

  async putObjectRetention(input: PutObjectRetentionRequest, context: CallContext): Promise<PutObjectRetentionOutput> {
    await this.update(input, context, (record) => {
      const wanted = input.Retention;
      if (!wanted) throw malformedXml();
      if ((wanted.Mode === undefined) !== (wanted.RetainUntilDate === undefined)) throw malformedXml();
      const now = this.clock.now();
      const next = wanted.Mode ? { mode: wanted.Mode, retainUntil: wanted.RetainUntilDate!.getTime() } : undefined;
      if (next && next.retainUntil <= now) throw invalidArgument('The retain until date must be in the future!', 'RetainUntilDate', wanted.RetainUntilDate!.toISOString());
      const current = record.retention;
      const weakens = current && current.retainUntil > now && (!next || next.retainUntil < current.retainUntil || next.mode !== current.mode);
      if (weakens && (current.mode === 'COMPLIANCE' || !input.BypassGovernanceRetention)) throw protectedByLock();
      return { ...record, retention: next };
    });
    return {};
  }

  async getObjectRetention(input: GetObjectRetentionRequest, context: CallContext): Promise<GetObjectRetentionOutput> {
    const { record } = await this.lockedVersion(input, context);
    if (!record.retention) throw noSuchObjectLockConfiguration();
    return { Retention: { Mode: record.retention.mode, RetainUntilDate: new Date(record.retention.retainUntil) } };
  }

  async putObjectLegalHold(input: PutObjectLegalHoldRequest, context: CallContext): Promise<PutObjectLegalHoldOutput> {
    const status = input.LegalHold?.Status;
    if (status !== 'ON' && status !== 'OFF') throw malformedXml();
    await this.update(input, context, (record) => ({ ...record, legalHold: status === 'ON' }));
    return {};
  }

  async getObjectLegalHold(input: GetObjectLegalHoldRequest, context: CallContext): Promise<GetObjectLegalHoldOutput> {
    const { record } = await this.lockedVersion(input, context);
    if (record.legalHold === undefined) throw noSuchObjectLockConfiguration();
    return { LegalHold: { Status: record.legalHold ? 'ON' : 'OFF' } };
  }

  private async update(input: VersionAddress, context: CallContext, change: (record: ObjectRecord) => ObjectRecord): Promise<void> {
    await this.lockedVersion(input, context);
    await this.state.transaction(async (tx) => {
      const found = await this.versions.find(input.Bucket, input.Key, input.VersionId, tx);
      if (!found || found.record.deleteMarker) throw missing(input);
      await this.versions.update(tx, input.Bucket, found, change(found.record));
    });
  }

  private async lockedVersion(input: VersionAddress, context: CallContext): Promise<FoundVersion> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    if (!bucket.objectLockEnabled) throw missingLockConfiguration();
    const found = await this.versions.find(input.Bucket, input.Key, input.VersionId);
    if (!found || found.record.deleteMarker) throw missing(input);
    return found;
  }
}

interface VersionAddress {
  Bucket: string;
  Key: string;
  VersionId?: string;
}

const missing = (input: VersionAddress) => (input.VersionId === undefined ? noSuchKey(input.Key) : noSuchVersion(input.Key, input.VersionId));
