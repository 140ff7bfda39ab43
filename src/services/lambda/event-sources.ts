import { randomUUID } from 'node:crypto';
import { notImplemented } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type * as api from './api.generated.js';
import { conflict, invalidParameter, notFound } from './errors.js';
import { STATE_TRANSITION_MS } from './functions.js';
import { loadFunction, type LambdaDeps } from './lookup.js';
import { functionArn, parseFunctionName } from './names.js';
import type { Collections } from './state.js';

export type SourceKind = 'sqs' | 'kinesis';
type Transition = 'Creating' | 'Enabling' | 'Disabling' | 'Updating';

/** An event source mapping, and where its poller has got to. */
export interface MappingRecord {
  uuid: string;
  account: string;
  region: string;
  kind: SourceKind;
  eventSourceArn: string;
  /** Qualified when the mapping names a version or alias. */
  functionArn: string;
  /** The function's execution role, which Kinesis events name as `invokeIdentityArn`. */
  roleArn: string;
  enabled: boolean;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  functionResponseTypes: string[];
  startingPosition?: string;
  /** Epoch milliseconds, for AT_TIMESTAMP. */
  startingPositionTimestamp?: number;
  bisectBatchOnFunctionError?: boolean;
  maximumRetryAttempts?: number;
  maximumRecordAgeInSeconds?: number;
  onFailure?: string;
  lastModified: number;
  lastProcessingResult?: string;
  /** The state reported while the clock is before `settlesAt`, then Enabled or Disabled. */
  transition: Transition;
  settlesAt: number;
}

const SQS_ARN = /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]+$/;
const KINESIS_ARN = /^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:\d{12}:stream\/[A-Za-z0-9_.-]+$/;
const MAX_BATCH_SIZE = 10_000;

export const mappings = (source: Collections) => source.collection<MappingRecord>('lambda.event-source-mappings');
const mappingKey = (account: string, region: string, uuid: string) => `${account}/${region}/${uuid}`;

/** CreateEventSourceMapping and friends for SQS queues and Kinesis streams. */
export class EventSourceMappings {
  constructor(
    private readonly deps: LambdaDeps,
    private readonly pollers: { kick(): void; forget(mapping: MappingRecord): Promise<void> },
  ) {}

  async createEventSourceMapping(input: api.CreateEventSourceMappingRequest, context: CallContext): Promise<api.EventSourceMappingConfiguration> {
    const source = input.EventSourceArn ?? '';
    const kind = kindOf(source);
    const target = await this.functionOf(input.FunctionName, context);
    const now = this.deps.clock.now();
    const record: MappingRecord = {
      uuid: randomUUID(),
      account: context.account,
      region: context.region,
      kind,
      eventSourceArn: source,
      functionArn: target.arn,
      roleArn: target.role,
      enabled: input.Enabled ?? true,
      batchSize: input.BatchSize ?? (kind === 'sqs' ? 10 : 100),
      maximumBatchingWindowInSeconds: input.MaximumBatchingWindowInSeconds ?? 0,
      functionResponseTypes: input.FunctionResponseTypes ?? [],
      lastModified: now,
      transition: 'Creating',
      settlesAt: now + STATE_TRANSITION_MS,
    };
    if (kind === 'kinesis') {
      if (!input.StartingPosition) throw invalidParameter("1 validation error detected: Value null at 'startingPosition' failed to satisfy constraint: Member must not be null.");
      if (input.StartingPosition === 'AT_TIMESTAMP' && !input.StartingPositionTimestamp) {
        throw invalidParameter('StartingPositionTimestamp must be provided when StartingPosition is AT_TIMESTAMP.');
      }
      Object.assign(record, {
        startingPosition: input.StartingPosition,
        ...(input.StartingPositionTimestamp ? { startingPositionTimestamp: input.StartingPositionTimestamp.getTime() } : {}),
        bisectBatchOnFunctionError: input.BisectBatchOnFunctionError ?? false,
        maximumRetryAttempts: input.MaximumRetryAttempts ?? -1,
        maximumRecordAgeInSeconds: input.MaximumRecordAgeInSeconds ?? -1,
        lastProcessingResult: 'No records processed',
      });
    } else if (input.StartingPosition) {
      throw invalidParameter('Unsupported starting position for arn type: sqs');
    }
    applySettings(record, input);
    await this.deps.store.transaction(async (tx) => {
      for (const { value } of await mappings(tx).list({ prefix: mappingKey(context.account, context.region, '') })) {
        if (value.eventSourceArn === source && value.functionArn === target.arn) {
          throw conflict(`An event source mapping with ${kind === 'sqs' ? 'SQS' : 'Kinesis'} arn (" ${source} ") and function (" ${target.arn.split(':')[6]} ") already exists. Please update or delete the existing mapping with UUID ${value.uuid}`);
        }
      }
      await mappings(tx).put(mappingKey(context.account, context.region, record.uuid), record);
    });
    this.pollers.kick();
    return view(record, now);
  }

  async getEventSourceMapping(input: api.GetEventSourceMappingRequest, context: CallContext): Promise<api.EventSourceMappingConfiguration> {
    return view(await this.load(input.UUID, context), this.deps.clock.now());
  }

  async listEventSourceMappings(input: api.ListEventSourceMappingsRequest, context: CallContext): Promise<api.ListEventSourceMappingsResponse> {
    const wanted = input.FunctionName ? functionArn(parseFunctionName(input.FunctionName, context)) : undefined;
    const now = this.deps.clock.now();
    const all = (await mappings(this.deps.store).list({ prefix: mappingKey(context.account, context.region, '') }))
      .map((entry) => entry.value)
      .filter((record) => (!input.EventSourceArn || record.eventSourceArn === input.EventSourceArn)
        && (!wanted || record.functionArn === wanted || record.functionArn.startsWith(`${wanted}:`)))
      .sort((a, b) => a.lastModified - b.lastModified || a.uuid.localeCompare(b.uuid));
    const start = input.Marker ? Number(input.Marker) : 0;
    const size = input.MaxItems ?? 100;
    const page = all.slice(start, start + size);
    return {
      EventSourceMappings: page.map((record) => view(record, now)),
      ...(start + size < all.length ? { NextMarker: String(start + size) } : {}),
    };
  }

  async updateEventSourceMapping(input: api.UpdateEventSourceMappingRequest, context: CallContext): Promise<api.EventSourceMappingConfiguration> {
    const now = this.deps.clock.now();
    const record = await this.deps.store.transaction(async (tx) => {
      const key = mappingKey(context.account, context.region, input.UUID);
      const stored = await mappings(tx).get(key);
      if (!stored) throw mappingNotFound(input.UUID);
      if (now < stored.settlesAt) throw conflict(`The resource you requested is currently in use. Please try again later.`);
      const updated: MappingRecord = { ...stored, lastModified: now, settlesAt: now + STATE_TRANSITION_MS, transition: 'Updating' };
      if (input.FunctionName) {
        const target = await this.functionOf(input.FunctionName, context);
        Object.assign(updated, { functionArn: target.arn, roleArn: target.role });
      }
      if (input.Enabled !== undefined && input.Enabled !== stored.enabled) {
        updated.enabled = input.Enabled;
        updated.transition = input.Enabled ? 'Enabling' : 'Disabling';
      }
      if (input.BatchSize !== undefined) updated.batchSize = input.BatchSize;
      if (input.MaximumBatchingWindowInSeconds !== undefined) updated.maximumBatchingWindowInSeconds = input.MaximumBatchingWindowInSeconds;
      if (input.FunctionResponseTypes) updated.functionResponseTypes = input.FunctionResponseTypes;
      if (updated.kind === 'kinesis') {
        if (input.BisectBatchOnFunctionError !== undefined) updated.bisectBatchOnFunctionError = input.BisectBatchOnFunctionError;
        if (input.MaximumRetryAttempts !== undefined) updated.maximumRetryAttempts = input.MaximumRetryAttempts;
        if (input.MaximumRecordAgeInSeconds !== undefined) updated.maximumRecordAgeInSeconds = input.MaximumRecordAgeInSeconds;
      }
      applySettings(updated, input);
      await mappings(tx).put(key, updated);
      return updated;
    });
    this.pollers.kick();
    return view(record, now);
  }

  async deleteEventSourceMapping(input: api.DeleteEventSourceMappingRequest, context: CallContext): Promise<api.EventSourceMappingConfiguration> {
    const record = await this.load(input.UUID, context);
    await mappings(this.deps.store).delete(mappingKey(context.account, context.region, input.UUID));
    await this.pollers.forget(record);
    return { ...view(record, this.deps.clock.now()), State: 'Deleting' };
  }

  private async load(uuid: string, context: CallContext): Promise<MappingRecord> {
    const record = await mappings(this.deps.store).get(mappingKey(context.account, context.region, uuid));
    if (!record) throw mappingNotFound(uuid);
    return record;
  }

  /** The function's ARN, qualified when the name carries a version or alias; the function must exist. */
  private async functionOf(name: string, context: CallContext): Promise<{ arn: string; role: string }> {
    const ref = parseFunctionName(name, context);
    const fn = await loadFunction(this.deps.store, ref);
    return { arn: functionArn(ref, ref.qualifier), role: fn.latest.role };
  }
}

function kindOf(arn: string): SourceKind {
  if (SQS_ARN.test(arn)) return 'sqs';
  if (KINESIS_ARN.test(arn)) return 'kinesis';
  if (/^arn:aws[a-z-]*:(dynamodb|kafka|mq|rds|docdb):/.test(arn)) throw notImplemented('Lambda', `CreateEventSourceMapping for ${arn.split(':')[2]} sources`);
  throw invalidParameter(`Unrecognized event source, must be kinesis, dynamodb stream, sqs, sns, amazon mq, documentdb, or kafka.`);
}

/** Checks and applies the settings Create and Update share. */
function applySettings(record: MappingRecord, input: { BatchSize?: number; MaximumBatchingWindowInSeconds?: number; DestinationConfig?: api.DestinationConfig; MaximumRetryAttempts?: number }): void {
  if (record.batchSize < 1 || record.batchSize > MAX_BATCH_SIZE) {
    throw invalidParameter(`1 validation error detected: Value '${record.batchSize}' at 'batchSize' failed to satisfy constraint: Member must have value ${record.batchSize < 1 ? 'greater than or equal to 1' : `less than or equal to ${MAX_BATCH_SIZE}`}`);
  }
  if (record.maximumBatchingWindowInSeconds < 0 || record.maximumBatchingWindowInSeconds > 300) {
    throw invalidParameter(`1 validation error detected: Value '${record.maximumBatchingWindowInSeconds}' at 'maximumBatchingWindowInSeconds' failed to satisfy constraint: Member must have value less than or equal to 300`);
  }
  if (record.kind === 'sqs' && record.batchSize > 10 && record.maximumBatchingWindowInSeconds < 1) {
    throw invalidParameter('Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10');
  }
  if (record.kind === 'kinesis' && input.MaximumRetryAttempts !== undefined && (input.MaximumRetryAttempts < -1 || input.MaximumRetryAttempts > 10_000)) {
    throw invalidParameter(`1 validation error detected: Value '${input.MaximumRetryAttempts}' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 10000`);
  }
  if (input.DestinationConfig) {
    if (record.kind === 'sqs' && input.DestinationConfig.OnFailure?.Destination) throw invalidParameter('Unsupported DestinationConfig parameter for given event source mapping type.');
    record.onFailure = input.DestinationConfig.OnFailure?.Destination || undefined;
  }
}

function mappingNotFound(uuid: string) {
  return notFound(`The resource you requested does not exist. (Service: Lambda, Status Code: 404, Request ID: ${uuid})`);
}

export function mappingArn(record: MappingRecord): string {
  return `arn:aws:lambda:${record.region}:${record.account}:event-source-mapping:${record.uuid}`;
}

/** The mapping as the API returns it: a transitional state until it settles on the clock. */
export function view(record: MappingRecord, now: number): api.EventSourceMappingConfiguration {
  const state = now < record.settlesAt ? record.transition : record.enabled ? 'Enabled' : 'Disabled';
  const out: api.EventSourceMappingConfiguration = {
    UUID: record.uuid,
    BatchSize: record.batchSize,
    MaximumBatchingWindowInSeconds: record.maximumBatchingWindowInSeconds,
    EventSourceArn: record.eventSourceArn,
    FunctionArn: record.functionArn,
    LastModified: new Date(record.lastModified),
    State: state,
    StateTransitionReason: 'USER_INITIATED',
    FunctionResponseTypes: record.functionResponseTypes as api.FunctionResponseType[],
    EventSourceMappingArn: mappingArn(record),
  };
  if (record.kind === 'kinesis') {
    Object.assign(out, {
      StartingPosition: record.startingPosition,
      ...(record.startingPositionTimestamp !== undefined ? { StartingPositionTimestamp: new Date(record.startingPositionTimestamp) } : {}),
      ParallelizationFactor: 1,
      BisectBatchOnFunctionError: record.bisectBatchOnFunctionError,
      MaximumRetryAttempts: record.maximumRetryAttempts,
      MaximumRecordAgeInSeconds: record.maximumRecordAgeInSeconds,
      TumblingWindowInSeconds: 0,
      LastProcessingResult: record.lastProcessingResult,
      DestinationConfig: { OnFailure: record.onFailure ? { Destination: record.onFailure } : {} },
    });
  }
  return out;
}
