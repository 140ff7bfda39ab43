import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { trailAlreadyExists } from './errors.js';
import { DEFAULT_EVENT_SELECTORS } from './selectors.js';
import { trailArn, trailKey, trails, type TrailRecord } from './state.js';
import { checkBucket, checkTrailName, findTrail } from './trail-names.js';
import { tagsFrom } from './tags.js';

/** Trails: where and what to log. A new trail does not log until StartLogging, as with the API. */
export class TrailOperations {
  constructor(private readonly deps: ServiceDeps) {}

  async createTrail(input: api.CreateTrailRequest, context: CallContext): Promise<api.CreateTrailResponse> {
    checkTrailName(input.Name);
    checkBucket(input.S3BucketName, input.S3KeyPrefix);
    return this.deps.store.transaction(async (tx) => {
      const key = trailKey(context.account, context.region, input.Name);
      if (await trails(tx).get(key)) throw trailAlreadyExists(input.Name, context.account);
      const trail: TrailRecord = {
        account: context.account,
        homeRegion: context.region,
        name: input.Name,
        s3BucketName: input.S3BucketName,
        s3KeyPrefix: input.S3KeyPrefix,
        snsTopicName: input.SnsTopicName,
        includeGlobalServiceEvents: input.IncludeGlobalServiceEvents ?? true,
        isMultiRegionTrail: input.IsMultiRegionTrail ?? false,
        logFileValidationEnabled: input.EnableLogFileValidation ?? false,
        cloudWatchLogsLogGroupArn: input.CloudWatchLogsLogGroupArn,
        cloudWatchLogsRoleArn: input.CloudWatchLogsRoleArn,
        kmsKeyId: input.KmsKeyId,
        isOrganizationTrail: input.IsOrganizationTrail ?? false,
        eventSelectors: DEFAULT_EVENT_SELECTORS,
        tags: tagsFrom(input.TagsList),
        isLogging: false,
      };
      await trails(tx).put(key, trail);
      return creationView(trail);
    });
  }

  async getTrail(input: api.GetTrailRequest, context: CallContext): Promise<api.GetTrailResponse> {
    return { Trail: trailView(await this.deps.store.transaction((tx) => findTrail(tx, input.Name, context))) };
  }

  async describeTrails(input: api.DescribeTrailsRequest, context: CallContext): Promise<api.DescribeTrailsResponse> {
    const all = (await trails(this.deps.store).list({ prefix: `${context.account}/` })).map((entry) => entry.value);
    const visible = all.filter((trail) => trail.homeRegion === context.region || (trail.isMultiRegionTrail && input.includeShadowTrails !== false));
    const wanted = input.trailNameList?.length ? new Set(input.trailNameList) : undefined;
    const chosen = wanted ? visible.filter((trail) => wanted.has(trail.name) || wanted.has(trailArn(trail))) : visible;
    return { trailList: chosen.map(trailView) };
  }

  async listTrails(_input: api.ListTrailsRequest, context: CallContext): Promise<api.ListTrailsResponse> {
    const all = (await trails(this.deps.store).list({ prefix: `${context.account}/` })).map((entry) => entry.value);
    return { Trails: all.map((trail) => ({ TrailARN: trailArn(trail), Name: trail.name, HomeRegion: trail.homeRegion })) };
  }

  async updateTrail(input: api.UpdateTrailRequest, context: CallContext): Promise<api.UpdateTrailResponse> {
    checkBucket(input.S3BucketName, input.S3KeyPrefix);
    return this.deps.store.transaction(async (tx) => {
      const trail = await findTrail(tx, input.Name, context, true);
      const updated: TrailRecord = {
        ...trail,
        s3BucketName: input.S3BucketName ?? trail.s3BucketName,
        s3KeyPrefix: input.S3KeyPrefix === undefined ? trail.s3KeyPrefix : input.S3KeyPrefix || undefined,
        snsTopicName: input.SnsTopicName === undefined ? trail.snsTopicName : input.SnsTopicName || undefined,
        includeGlobalServiceEvents: input.IncludeGlobalServiceEvents ?? trail.includeGlobalServiceEvents,
        isMultiRegionTrail: input.IsMultiRegionTrail ?? trail.isMultiRegionTrail,
        logFileValidationEnabled: input.EnableLogFileValidation ?? trail.logFileValidationEnabled,
        cloudWatchLogsLogGroupArn: input.CloudWatchLogsLogGroupArn ?? trail.cloudWatchLogsLogGroupArn,
        cloudWatchLogsRoleArn: input.CloudWatchLogsRoleArn ?? trail.cloudWatchLogsRoleArn,
        kmsKeyId: input.KmsKeyId ?? trail.kmsKeyId,
        isOrganizationTrail: input.IsOrganizationTrail ?? trail.isOrganizationTrail,
      };
      await trails(tx).put(trailKey(trail.account, trail.homeRegion, trail.name), updated);
      return creationView(updated);
    });
  }

  async deleteTrail(input: api.DeleteTrailRequest, context: CallContext): Promise<api.DeleteTrailResponse> {
    await this.deps.store.transaction(async (tx) => {
      const trail = await findTrail(tx, input.Name, context, true);
      await trails(tx).delete(trailKey(trail.account, trail.homeRegion, trail.name));
    });
    return {};
  }

  startLogging(input: api.StartLoggingRequest, context: CallContext): Promise<api.StartLoggingResponse> {
    return this.setLogging(input.Name, true, context);
  }

  stopLogging(input: api.StopLoggingRequest, context: CallContext): Promise<api.StopLoggingResponse> {
    return this.setLogging(input.Name, false, context);
  }

  async getTrailStatus(input: api.GetTrailStatusRequest, context: CallContext): Promise<api.GetTrailStatusResponse> {
    const trail = await this.deps.store.transaction((tx) => findTrail(tx, input.Name, context));
    const stamp = (at: number | undefined) => (at === undefined ? undefined : new Date(at));
    const text = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    return {
      IsLogging: trail.isLogging,
      LatestDeliveryTime: stamp(trail.latestDeliveryTime),
      LatestDeliveryError: trail.latestDeliveryError,
      StartLoggingTime: stamp(trail.startLoggingTime),
      StopLoggingTime: stamp(trail.stopLoggingTime),
      TimeLoggingStarted: text(trail.startLoggingTime),
      TimeLoggingStopped: text(trail.stopLoggingTime),
      LatestDeliveryAttemptTime: text(trail.latestDeliveryAttemptTime) ?? '',
      LatestDeliveryAttemptSucceeded: text(trail.latestDeliveryTime) ?? '',
      LatestNotificationAttemptTime: '',
      LatestNotificationAttemptSucceeded: '',
    };
  }

  private async setLogging(name: string, logging: boolean, context: CallContext): Promise<Record<string, never>> {
    await this.deps.store.transaction(async (tx) => {
      const trail = await findTrail(tx, name, context, true);
      const now = this.deps.clock.now();
      if (trail.isLogging === logging) return;
      const changed: TrailRecord = logging
        ? { ...trail, isLogging: true, startLoggingTime: now, deliveredUpTo: now }
        : { ...trail, isLogging: false, stopLoggingTime: now };
      await trails(tx).put(trailKey(trail.account, trail.homeRegion, trail.name), changed);
    });
    return {};
  }
}

export function trailView(trail: TrailRecord): api.Trail {
  return {
    Name: trail.name,
    S3BucketName: trail.s3BucketName,
    S3KeyPrefix: trail.s3KeyPrefix,
    SnsTopicName: trail.snsTopicName,
    SnsTopicARN: snsTopicArn(trail),
    IncludeGlobalServiceEvents: trail.includeGlobalServiceEvents,
    IsMultiRegionTrail: trail.isMultiRegionTrail,
    HomeRegion: trail.homeRegion,
    TrailARN: trailArn(trail),
    LogFileValidationEnabled: trail.logFileValidationEnabled,
    CloudWatchLogsLogGroupArn: trail.cloudWatchLogsLogGroupArn,
    CloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn,
    KmsKeyId: trail.kmsKeyId,
    HasCustomEventSelectors: Boolean(trail.advancedEventSelectors) || JSON.stringify(trail.eventSelectors) !== JSON.stringify(DEFAULT_EVENT_SELECTORS),
    HasInsightSelectors: Boolean(trail.insightSelectors?.length),
    IsOrganizationTrail: trail.isOrganizationTrail,
  };
}

function creationView(trail: TrailRecord): api.CreateTrailResponse {
  const { HomeRegion: _home, HasCustomEventSelectors: _custom, HasInsightSelectors: _insights, ...view } = trailView(trail);
  return view;
}

function snsTopicArn(trail: TrailRecord): string | undefined {
  if (!trail.snsTopicName) return undefined;
  return trail.snsTopicName.startsWith('arn:') ? trail.snsTopicName : `arn:aws:sns:${trail.homeRegion}:${trail.account}:${trail.snsTopicName}`;
}
