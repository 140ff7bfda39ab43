import type { CallContext } from '../../common/call-context.js';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CancelReplayRequest, CancelReplayResponse, CreateArchiveRequest, CreateArchiveResponse, DeleteArchiveRequest, DeleteArchiveResponse, DescribeArchiveRequest, DescribeArchiveResponse,
  DescribeReplayRequest, DescribeReplayResponse, ListArchivesRequest, ListArchivesResponse, ListReplaysRequest, ListReplaysResponse,
  StartReplayRequest, StartReplayResponse, UpdateArchiveRequest, UpdateArchiveResponse,
} from './api.generated.js';
import { archiveArn, parseBusArn, replayArn } from './arns.js';
import type { Buses } from './buses.js';
import { alreadyExists, illegalStatus, notFound, validation } from './errors.js';
import { page } from './paging.js';
import type { Router } from './router.js';
import { checkPattern } from './rules.js';
import { type ArchiveRecord, archivedEvents, archives, namedKey, regionPrefix, type ReplayRecord, replays } from './state.js';

const DAY_MS = 86_400_000;

/**
 * Archives keep the events of a bus that match their pattern, for RetentionDays of clock time
 * (0: indefinitely); a replay routes them again, in time order.
 */
export class Archives {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly buses: Buses,
    private readonly router: Router,
  ) {}

  async createArchive(input: CreateArchiveRequest, context: CallContext): Promise<CreateArchiveResponse> {
    checkPattern(input.EventPattern);
    return this.deps.store.transaction(async (tx) => {
      const source = parseBusArn(input.EventSourceArn);
      if (!source || !(await this.buses.find(tx, source.account, source.region, source.name))) throw notFound(`Event bus ${source?.name ?? input.EventSourceArn} does not exist.`);
      const key = namedKey(context.account, context.region, input.ArchiveName);
      if (await archives(tx).get(key)) throw alreadyExists(`Archive ${input.ArchiveName} already exists.`);
      const archive: ArchiveRecord = {
        account: context.account, region: context.region, name: input.ArchiveName, arn: archiveArn(context.account, context.region, input.ArchiveName),
        eventSourceArn: input.EventSourceArn, description: input.Description, eventPattern: input.EventPattern, retentionDays: input.RetentionDays ?? 0,
        eventCount: 0, sizeBytes: 0, creationTime: this.deps.clock.now(),
      };
      await archives(tx).put(key, archive);
      return { ArchiveArn: archive.arn, State: 'ENABLED', CreationTime: new Date(archive.creationTime) };
    });
  }

  async describeArchive(input: DescribeArchiveRequest, context: CallContext): Promise<DescribeArchiveResponse> {
    const archive = await this.deps.store.transaction(async (tx) => this.expire(tx, await this.requireArchive(input.ArchiveName, context, tx)));
    return {
      ArchiveArn: archive.arn, ArchiveName: archive.name, EventSourceArn: archive.eventSourceArn, Description: archive.description, EventPattern: archive.eventPattern,
      State: 'ENABLED', RetentionDays: archive.retentionDays, SizeBytes: archive.sizeBytes, EventCount: archive.eventCount, CreationTime: new Date(archive.creationTime),
    };
  }

  async listArchives(input: ListArchivesRequest, context: CallContext): Promise<ListArchivesResponse> {
    const stored = await this.deps.store.transaction(async (tx) => {
      const current: ArchiveRecord[] = [];
      for (const { value } of await archives(tx).list({ prefix: regionPrefix(context.account, context.region) })) current.push(await this.expire(tx, value));
      return current;
    });
    const all = stored
      .filter((archive) => (!input.NamePrefix || archive.name.startsWith(input.NamePrefix)) && (!input.EventSourceArn || archive.eventSourceArn === input.EventSourceArn));
    const { items, nextToken } = page(all, input.Limit, input.NextToken);
    return {
      Archives: items.map((archive) => ({
        ArchiveName: archive.name, EventSourceArn: archive.eventSourceArn, State: 'ENABLED', RetentionDays: archive.retentionDays,
        SizeBytes: archive.sizeBytes, EventCount: archive.eventCount, CreationTime: new Date(archive.creationTime),
      })),
      NextToken: nextToken,
    };
  }

  async updateArchive(input: UpdateArchiveRequest, context: CallContext): Promise<UpdateArchiveResponse> {
    if (input.EventPattern !== undefined) checkPattern(input.EventPattern);
    if (input.RetentionDays !== undefined && input.RetentionDays < 0) {
      throw validation('Parameter RetentionDays is not valid. Reason: RetentionDays must be 0 or greater.');
    }
    return this.deps.store.transaction(async (tx) => {
      const archive = await this.requireArchive(input.ArchiveName, context, tx);
      const updated: ArchiveRecord = {
        ...archive,
        ...(input.Description !== undefined ? { description: input.Description } : {}),
        ...(input.EventPattern !== undefined ? { eventPattern: input.EventPattern } : {}),
        ...(input.RetentionDays !== undefined ? { retentionDays: input.RetentionDays } : {}),
      };
      await archives(tx).put(namedKey(context.account, context.region, archive.name), updated);
      await this.expire(tx, updated);
      return { ArchiveArn: archive.arn, State: 'ENABLED', CreationTime: new Date(archive.creationTime) };
    });
  }

  async deleteArchive(input: DeleteArchiveRequest, context: CallContext): Promise<DeleteArchiveResponse> {
    await this.deps.store.transaction(async (tx) => {
      const key = namedKey(context.account, context.region, input.ArchiveName);
      if (!(await archives(tx).delete(key))) throw notFound(`Archive ${input.ArchiveName} does not exist.`);
      for (const { key: eventKey } of await archivedEvents(tx).list({ prefix: `${key}/` })) await archivedEvents(tx).delete(eventKey);
    });
    return {};
  }

  async startReplay(input: StartReplayRequest, context: CallContext): Promise<StartReplayResponse> {
    const start = input.EventStartTime.getTime();
    const end = input.EventEndTime.getTime();
    if (end <= start) throw validation('Parameter EventEndTime is not valid. Reason: EventStartTime must be before EventEndTime.');
    return this.deps.store.transaction(async (tx) => {
      const archiveName = input.EventSourceArn.split('/').pop() ?? '';
      const archiveKey = namedKey(context.account, context.region, archiveName);
      const found = await archives(tx).get(archiveKey);
      if (!found || found.arn !== input.EventSourceArn) throw notFound(`Archive ${archiveName} does not exist.`);
      const archive = await this.expire(tx, found);
      if (input.Destination.Arn !== archive.eventSourceArn) {
        throw validation('Parameter Destination.Arn is not valid. Reason: Cross event bus replay is not permitted.');
      }
      const key = namedKey(context.account, context.region, input.ReplayName);
      if (await replays(tx).get(key)) throw alreadyExists(`Replay ${input.ReplayName} already exists.`);
      const source = parseBusArn(archive.eventSourceArn)!;
      const bus = (await this.buses.find(tx, source.account, source.region, source.name))!;
      const now = this.deps.clock.now();
      let lastReplayed: number | undefined;
      for (const { value } of await archivedEvents(tx).list({ prefix: `${archiveKey}/` })) {
        if (value.time < start || value.time >= end) continue;
        await this.router.route(tx, bus, { ...value.event, 'replay-name': input.ReplayName }, { onlyRuleArns: input.Destination.FilterArns });
        lastReplayed = value.time;
      }
      const replay: ReplayRecord = {
        account: context.account, region: context.region, name: input.ReplayName, arn: replayArn(context.account, context.region, input.ReplayName),
        description: input.Description, eventSourceArn: input.EventSourceArn, destination: input.Destination, eventStartTime: start, eventEndTime: end,
        state: 'COMPLETED', replayStartTime: now, replayEndTime: now, eventLastReplayedTime: lastReplayed,
      };
      await replays(tx).put(key, replay);
      return { ReplayArn: replay.arn, State: 'STARTING', ReplayStartTime: new Date(now) };
    });
  }

  /** Replays route their events when they start, so only one still STARTING or RUNNING could be cancelled. */
  async cancelReplay(input: CancelReplayRequest, context: CallContext): Promise<CancelReplayResponse> {
    return this.deps.store.transaction(async (tx) => {
      const key = namedKey(context.account, context.region, input.ReplayName);
      const replay = await replays(tx).get(key);
      if (!replay) throw notFound(`Replay ${input.ReplayName} does not exist.`);
      if (replay.state !== 'STARTING' && replay.state !== 'RUNNING') {
        throw illegalStatus(`Replay ${input.ReplayName} is in state ${replay.state} and cannot be cancelled.`);
      }
      await replays(tx).put(key, { ...replay, state: 'CANCELLED', replayEndTime: this.deps.clock.now() });
      return { ReplayArn: replay.arn, State: 'CANCELLING' };
    });
  }

  async describeReplay(input: DescribeReplayRequest, context: CallContext): Promise<DescribeReplayResponse> {
    const replay = await replays(this.deps.store).get(namedKey(context.account, context.region, input.ReplayName));
    if (!replay) throw notFound(`Replay ${input.ReplayName} does not exist.`);
    const date = (value: number | undefined) => (value === undefined ? undefined : new Date(value));
    return {
      ReplayName: replay.name, ReplayArn: replay.arn, Description: replay.description, State: replay.state, EventSourceArn: replay.eventSourceArn,
      Destination: replay.destination, EventStartTime: date(replay.eventStartTime), EventEndTime: date(replay.eventEndTime),
      EventLastReplayedTime: date(replay.eventLastReplayedTime), ReplayStartTime: date(replay.replayStartTime), ReplayEndTime: date(replay.replayEndTime),
    };
  }

  async listReplays(input: ListReplaysRequest, context: CallContext): Promise<ListReplaysResponse> {
    const all = (await replays(this.deps.store).list({ prefix: regionPrefix(context.account, context.region) }))
      .map(({ value }) => value)
      .filter((replay) => !input.NamePrefix || replay.name.startsWith(input.NamePrefix));
    const { items, nextToken } = page(all, input.Limit, input.NextToken);
    return {
      Replays: items.map((replay) => ({
        ReplayName: replay.name, EventSourceArn: replay.eventSourceArn, State: replay.state, EventStartTime: new Date(replay.eventStartTime),
        EventEndTime: new Date(replay.eventEndTime), ReplayStartTime: new Date(replay.replayStartTime),
        ReplayEndTime: replay.replayEndTime === undefined ? undefined : new Date(replay.replayEndTime),
      })),
      NextToken: nextToken,
    };
  }

  private async requireArchive(name: string, context: CallContext, tx: Transaction): Promise<ArchiveRecord> {
    const archive = await archives(tx).get(namedKey(context.account, context.region, name));
    if (!archive) throw notFound(`Archive ${name} does not exist.`);
    return archive;
  }

  /** Drops the events archived longer ago than the archive's RetentionDays, and counts what is left. */
  private async expire(tx: Transaction, archive: ArchiveRecord): Promise<ArchiveRecord> {
    if (archive.retentionDays <= 0) return archive;
    const cutoff = this.deps.clock.now() - archive.retentionDays * DAY_MS;
    const key = namedKey(archive.account, archive.region, archive.name);
    let { eventCount, sizeBytes } = archive;
    for (const { key: eventKey, value } of await archivedEvents(tx).list({ prefix: `${key}/` })) {
      if (value.archivedAt === undefined || value.archivedAt > cutoff) continue;
      await archivedEvents(tx).delete(eventKey);
      eventCount -= 1;
      sizeBytes -= value.sizeBytes ?? Buffer.byteLength(JSON.stringify(value.event));
    }
    if (eventCount === archive.eventCount) return archive;
    const expired = { ...archive, eventCount, sizeBytes: Math.max(0, sizeBytes) };
    await archives(tx).put(key, expired);
    return expired;
  }
}
