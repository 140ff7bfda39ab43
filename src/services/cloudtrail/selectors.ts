import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { DATA_RESOURCE_TYPE } from './classification.js';
import { invalidEventSelectors, invalidParameterCombination } from './errors.js';
import type { CloudTrailRecord } from './record.js';
import { trailArn, trailKey, trails, type TrailRecord } from './state.js';
import { findTrail } from './trail-names.js';

/** What a trail logs when nobody chose: every management event, read and write, no data events. */
export const DEFAULT_EVENT_SELECTORS: api.EventSelector[] = [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }];

const MAX_EVENT_SELECTORS = 5;

export class SelectorOperations {
  constructor(private readonly deps: ServiceDeps) {}

  /** Basic and advanced selectors replace each other, as in AWS; a call sets one kind. */
  async putEventSelectors(input: api.PutEventSelectorsRequest, context: CallContext): Promise<api.PutEventSelectorsResponse> {
    if (Boolean(input.EventSelectors) === Boolean(input.AdvancedEventSelectors)) {
      throw invalidParameterCombination('You must specify either EventSelectors or AdvancedEventSelectors, but not both.');
    }
    if (input.EventSelectors) checkEventSelectors(input.EventSelectors);
    return this.deps.store.transaction(async (tx) => {
      const trail = await findTrail(tx, input.TrailName, context, true);
      const updated: TrailRecord = input.EventSelectors
        ? { ...trail, eventSelectors: input.EventSelectors.map(withDefaults), advancedEventSelectors: undefined }
        : { ...trail, eventSelectors: [], advancedEventSelectors: input.AdvancedEventSelectors };
      await trails(tx).put(trailKey(trail.account, trail.homeRegion, trail.name), updated);
      return selectorsView(updated);
    });
  }

  async getEventSelectors(input: api.GetEventSelectorsRequest, context: CallContext): Promise<api.GetEventSelectorsResponse> {
    return selectorsView(await this.deps.store.transaction((tx) => findTrail(tx, input.TrailName, context)));
  }

  async putInsightSelectors(input: api.PutInsightSelectorsRequest, context: CallContext): Promise<api.PutInsightSelectorsResponse> {
    return this.deps.store.transaction(async (tx) => {
      const trail = await findTrail(tx, input.TrailName ?? '', context, true);
      await trails(tx).put(trailKey(trail.account, trail.homeRegion, trail.name), { ...trail, insightSelectors: input.InsightSelectors });
      return { TrailARN: trailArn(trail), InsightSelectors: input.InsightSelectors };
    });
  }

  async getInsightSelectors(input: api.GetInsightSelectorsRequest, context: CallContext): Promise<api.GetInsightSelectorsResponse> {
    const trail = await this.deps.store.transaction((tx) => findTrail(tx, input.TrailName ?? '', context));
    return { TrailARN: trailArn(trail), InsightSelectors: trail.insightSelectors ?? [] };
  }
}

function selectorsView(trail: TrailRecord): api.GetEventSelectorsResponse {
  return trail.advancedEventSelectors
    ? { TrailARN: trailArn(trail), AdvancedEventSelectors: trail.advancedEventSelectors }
    : { TrailARN: trailArn(trail), EventSelectors: trail.eventSelectors };
}

function withDefaults(selector: api.EventSelector): api.EventSelector {
  return {
    ReadWriteType: selector.ReadWriteType ?? 'All',
    IncludeManagementEvents: selector.IncludeManagementEvents ?? true,
    DataResources: selector.DataResources ?? [],
    ExcludeManagementEventSources: selector.ExcludeManagementEventSources ?? [],
  };
}

function checkEventSelectors(selectors: api.EventSelector[]): void {
  if (selectors.length > MAX_EVENT_SELECTORS) throw invalidEventSelectors(`The number of event selectors exceeds the maximum of ${MAX_EVENT_SELECTORS}.`);
  const known = new Set(Object.values(DATA_RESOURCE_TYPE));
  for (const resource of selectors.flatMap((selector) => selector.DataResources ?? [])) {
    if (!resource.Type || !known.has(resource.Type)) throw invalidEventSelectors(`Value ${resource.Type} for parameter DataResources.Type is invalid.`);
    for (const value of resource.Values ?? []) {
      if (!value.startsWith('arn:')) throw invalidEventSelectors(`Value ${value} for parameter DataResources.Values is invalid.`);
    }
  }
}

/** Whether a trail's selectors take a record into its log files. */
export function selects(trail: TrailRecord, record: CloudTrailRecord): boolean {
  if (trail.advancedEventSelectors) return trail.advancedEventSelectors.some((selector) => advancedMatch(selector, record));
  return trail.eventSelectors.some((selector) => basicMatch(selector, record));
}

function basicMatch(selector: api.EventSelector, record: CloudTrailRecord): boolean {
  const readWrite = selector.ReadWriteType ?? 'All';
  if ((readWrite === 'ReadOnly' && !record.readOnly) || (readWrite === 'WriteOnly' && record.readOnly)) return false;
  if (record.managementEvent) {
    return (selector.IncludeManagementEvents ?? true) && !(selector.ExcludeManagementEventSources ?? []).includes(record.eventSource);
  }
  const arns = (record.resources ?? []).map((resource) => resource.ARN);
  return (selector.DataResources ?? []).some((resource) =>
    (resource.Values ?? []).some((value) => arns.some((arn) => value === 'arn:aws:s3' || value === `arn:aws:${arn.split(':')[2]}` || arn.startsWith(value))),
  );
}

/** The fields advanced selectors commonly use; any other field is taken as matching. */
function advancedMatch(selector: api.AdvancedEventSelector, record: CloudTrailRecord): boolean {
  const values: Record<string, string[]> = {
    eventCategory: [record.eventCategory],
    readOnly: [String(record.readOnly)],
    eventName: [record.eventName],
    eventSource: [record.eventSource],
    'resources.type': (record.resources ?? []).map((resource) => resource.type),
    'resources.ARN': (record.resources ?? []).map((resource) => resource.ARN),
  };
  return selector.FieldSelectors.every((field) => {
    const actual = values[field.Field];
    if (!actual) return true;
    return actual.some((value) => fieldMatches(field, value));
  });
}

function fieldMatches(field: api.AdvancedFieldSelector, value: string): boolean {
  if (field.Equals && !field.Equals.includes(value)) return false;
  if (field.StartsWith && !field.StartsWith.some((prefix) => value.startsWith(prefix))) return false;
  if (field.EndsWith && !field.EndsWith.some((suffix) => value.endsWith(suffix))) return false;
  if (field.NotEquals?.includes(value)) return false;
  if (field.NotStartsWith?.some((prefix) => value.startsWith(prefix))) return false;
  if (field.NotEndsWith?.some((suffix) => value.endsWith(suffix))) return false;
  return true;
}
