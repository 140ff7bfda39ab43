import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateEventBusRequest, CreateEventBusResponse, DeleteEventBusRequest, DescribeEventBusRequest, DescribeEventBusResponse,
  EventBus, ListEventBusesRequest, ListEventBusesResponse, UpdateEventBusRequest, UpdateEventBusResponse,
} from './api.generated.js';
import { busArn, busNameOf } from './arns.js';
import { alreadyExists, busNotFound, validation } from './errors.js';
import { page } from './paging.js';
import { type BusRecord, buses, busKey, type Collections, regionPrefix, rules, rulesPrefix } from './state.js';

const BUS_NAME = /^[/.\-_A-Za-z0-9]{1,256}$/;

/** Event buses: the `default` one every account has in every region, and the ones clients create. */
export class Buses {
  constructor(private readonly deps: ServiceDeps) {}

  /** The named bus, writing `default` on first use; undefined when no such bus exists. */
  async find(from: Collections, account: string, region: string, name: string): Promise<BusRecord | undefined> {
    const key = busKey(account, region, name);
    const found = await buses(from).get(key);
    if (found || name !== 'default') return found;
    const now = this.deps.clock.now();
    const created: BusRecord = { account, region, name, arn: busArn(account, region, name), tags: [], creationTime: now, lastModifiedTime: now };
    await buses(from).put(key, created);
    return created;
  }

  async require(from: Collections, context: CallContext, nameOrArn: string | undefined): Promise<BusRecord> {
    const name = busNameOf(nameOrArn);
    const bus = await this.find(from, context.account, context.region, name);
    if (!bus) throw busNotFound(name);
    return bus;
  }

  async createEventBus(input: CreateEventBusRequest, context: CallContext): Promise<CreateEventBusResponse> {
    if (!BUS_NAME.test(input.Name)) throw validation(`Event bus name ${input.Name} is not valid.`);
    if (input.Name.startsWith('aws.partner/') !== (input.EventSourceName !== undefined)) {
      throw validation('Event source name must be specified for, and only for, partner event buses.');
    }
    if (input.Name.includes('/') && !input.Name.startsWith('aws.partner/')) throw validation(`Event bus name ${input.Name} is not valid.`);
    return this.deps.store.transaction(async (tx) => {
      if (await this.find(tx, context.account, context.region, input.Name)) throw alreadyExists(`Event bus ${input.Name} already exists.`);
      const now = this.deps.clock.now();
      const bus: BusRecord = {
        account: context.account, region: context.region, name: input.Name, arn: busArn(context.account, context.region, input.Name),
        description: input.Description, kmsKeyIdentifier: input.KmsKeyIdentifier, deadLetterConfig: input.DeadLetterConfig,
        logConfig: input.LogConfig, tags: input.Tags ?? [], creationTime: now, lastModifiedTime: now,
      };
      await buses(tx).put(busKey(context.account, context.region, input.Name), bus);
      return { EventBusArn: bus.arn, Description: bus.description, KmsKeyIdentifier: bus.kmsKeyIdentifier, DeadLetterConfig: bus.deadLetterConfig, LogConfig: bus.logConfig };
    });
  }

  async deleteEventBus(input: DeleteEventBusRequest, context: CallContext): Promise<void> {
    if (input.Name === 'default') throw validation('Cannot delete event bus default.');
    await this.deps.store.transaction(async (tx) => {
      await buses(tx).delete(busKey(context.account, context.region, input.Name));
      for (const { key } of await rules(tx).list({ prefix: rulesPrefix(context.account, context.region, input.Name) })) await rules(tx).delete(key);
    });
  }

  async describeEventBus(input: DescribeEventBusRequest, context: CallContext): Promise<DescribeEventBusResponse> {
    const bus = await this.require(this.deps.store, context, input.Name);
    return {
      Name: bus.name, Arn: bus.arn, Description: bus.description, KmsKeyIdentifier: bus.kmsKeyIdentifier, DeadLetterConfig: bus.deadLetterConfig,
      Policy: bus.policy, LogConfig: bus.logConfig, CreationTime: new Date(bus.creationTime), LastModifiedTime: new Date(bus.lastModifiedTime),
    };
  }

  async updateEventBus(input: UpdateEventBusRequest, context: CallContext): Promise<UpdateEventBusResponse> {
    return this.deps.store.transaction(async (tx) => {
      const bus = await this.require(tx, context, input.Name);
      const updated: BusRecord = {
        ...bus, description: input.Description ?? bus.description, kmsKeyIdentifier: input.KmsKeyIdentifier ?? bus.kmsKeyIdentifier,
        deadLetterConfig: input.DeadLetterConfig ?? bus.deadLetterConfig, logConfig: input.LogConfig ?? bus.logConfig, lastModifiedTime: this.deps.clock.now(),
      };
      await buses(tx).put(busKey(bus.account, bus.region, bus.name), updated);
      return { Arn: updated.arn, Name: updated.name, Description: updated.description, KmsKeyIdentifier: updated.kmsKeyIdentifier, DeadLetterConfig: updated.deadLetterConfig, LogConfig: updated.logConfig };
    });
  }

  async listEventBuses(input: ListEventBusesRequest, context: CallContext): Promise<ListEventBusesResponse> {
    await this.find(this.deps.store, context.account, context.region, 'default');
    const all = (await buses(this.deps.store).list({ prefix: regionPrefix(context.account, context.region) }))
      .map(({ value }) => value)
      .filter((bus) => !input.NamePrefix || bus.name.startsWith(input.NamePrefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { items, nextToken } = page(all, input.Limit, input.NextToken);
    return { EventBuses: items.map(summary), NextToken: nextToken };
  }
}

function summary(bus: BusRecord): EventBus {
  return { Name: bus.name, Arn: bus.arn, Description: bus.description, Policy: bus.policy, CreationTime: new Date(bus.creationTime), LastModifiedTime: new Date(bus.lastModifiedTime) };
}
