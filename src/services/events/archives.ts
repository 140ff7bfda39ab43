import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateArchiveRequest, CreateArchiveResponse, DeleteArchiveRequest, DeleteArchiveResponse, DescribeArchiveRequest, DescribeArchiveResponse,
  DescribeReplayRequest, DescribeReplayResponse, ListArchivesRequest, ListArchivesResponse, ListReplaysRequest, ListReplaysResponse,
  StartReplayRequest, StartReplayResponse,
} from './api.generated.js';
import { archiveArn, parseBusArn, replayArn } from './arns.js';
import type { Buses } from './buses.js';
import { alreadyExists, notFound, validation } from './errors.js';
import { page } from './paging.js';
import type { Router } from './router.js';
import { checkPattern } from './rules.js';
import { type ArchiveRecord, archivedEvents, archives, namedKey, regionPrefix, type ReplayRecord, replays } from './state.js';

/** Archives keep the events of a bus that match their pattern; a replay routes them again, in time order. */
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
    const archive = await this.requireArchive(input.ArchiveName, context);
    return {
      ArchiveArn: archive.arn, ArchiveName: archive.name, EventSourceArn: archive.eventSourceArn, Description: archive.description, EventPattern: archive.eventPattern,
      State: 'ENABLED', RetentionDays: archive.retentionDays, SizeBytes: archive.sizeBytes, EventCount: archive.eventCount, CreationTime: new Date(archive.creationTime),
    };
  }

  async listArchives(input: ListArchivesRequest, context: CallContext): Promise<ListArchivesResponse> {
    const all = (await archives(this.deps.store).list({ prefix: regionPrefix(context.account, context.region) }))
      .map(({ value }) => value)
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
      const archive = await archives(tx).get(archiveKey);
      if (!archive || archive.arn !== input.EventSourceArn) throw notFound(`Archive ${archiveName} does not exist.`);
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

  private async requireArchive(name: string, context: CallContext): Promise<ArchiveRecord> {
    const archive = await archives(this.deps.store).get(namedKey(context.account, context.region, name));
    if (!archive) throw notFound(`Archive ${name} does not exist.`);
    return archive;
  }
}
