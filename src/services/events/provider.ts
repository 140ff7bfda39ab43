import type { ServiceDeps } from '../service-deps.js';
import type { EventsOperations } from './api.generated.js';
import { Archives } from './archives.js';
import { createBusTargetHandler } from './bus-target.js';
import { Buses } from './buses.js';
import { PUT_EVENT_TOPIC } from './deliveries.js';
import { EventIngestion } from './put-events.js';
import { Router } from './router.js';
import { Rules } from './rules.js';
import { Scheduler } from './scheduler.js';
import { Tags } from './tags.js';
import { registerTargetDeliveries } from './target-delivery.js';
import { Targets } from './targets.js';
import { testEventPattern } from './test-pattern.js';

type Served =
  | 'createEventBus' | 'deleteEventBus' | 'describeEventBus' | 'listEventBuses' | 'updateEventBus'
  | 'putRule' | 'describeRule' | 'listRules' | 'deleteRule' | 'enableRule' | 'disableRule' | 'listRuleNamesByTarget'
  | 'putTargets' | 'removeTargets' | 'listTargetsByRule' | 'putEvents' | 'testEventPattern'
  | 'tagResource' | 'untagResource' | 'listTagsForResource'
  | 'createArchive' | 'describeArchive' | 'listArchives' | 'updateArchive' | 'deleteArchive' | 'startReplay' | 'cancelReplay' | 'describeReplay' | 'listReplays';

/** EventBridge: buses, rules and their targets, PutEvents routing, schedules on the clock, archives and replays. */
export async function createEventsProvider(deps: ServiceDeps): Promise<Pick<EventsOperations, Served>> {
  const scheduler = new Scheduler(deps);
  const buses = new Buses(deps);
  const rules = new Rules(deps, buses, (key, rule) => scheduler.ruleChanged(key, rule));
  const targets = new Targets(deps, rules);
  const router = new Router(deps);
  const ingestion = new EventIngestion(deps, buses, router);
  const tags = new Tags(deps);
  const archives = new Archives(deps, buses, router);
  deps.bus.handle(PUT_EVENT_TOPIC, createBusTargetHandler(deps, buses, router));
  await registerTargetDeliveries(deps).resume();
  await scheduler.start();
  return {
    createEventBus: (input, context) => buses.createEventBus(input, context),
    deleteEventBus: (input, context) => buses.deleteEventBus(input, context),
    describeEventBus: (input, context) => buses.describeEventBus(input, context),
    listEventBuses: (input, context) => buses.listEventBuses(input, context),
    updateEventBus: (input, context) => buses.updateEventBus(input, context),
    putRule: (input, context) => rules.putRule(input, context),
    describeRule: (input, context) => rules.describeRule(input, context),
    listRules: (input, context) => rules.listRules(input, context),
    deleteRule: (input, context) => rules.deleteRule(input, context),
    enableRule: (input, context) => rules.enableRule(input, context),
    disableRule: (input, context) => rules.disableRule(input, context),
    listRuleNamesByTarget: (input, context) => rules.listRuleNamesByTarget(input, context),
    putTargets: (input, context) => targets.putTargets(input, context),
    removeTargets: (input, context) => targets.removeTargets(input, context),
    listTargetsByRule: (input, context) => targets.listTargetsByRule(input, context),
    putEvents: (input, context) => ingestion.putEvents(input, context),
    testEventPattern: async (input) => testEventPattern(router, input),
    tagResource: (input, context) => tags.tagResource(input, context),
    untagResource: (input, context) => tags.untagResource(input, context),
    listTagsForResource: (input, context) => tags.listTagsForResource(input, context),
    createArchive: (input, context) => archives.createArchive(input, context),
    describeArchive: (input, context) => archives.describeArchive(input, context),
    listArchives: (input, context) => archives.listArchives(input, context),
    updateArchive: (input, context) => archives.updateArchive(input, context),
    deleteArchive: (input, context) => archives.deleteArchive(input, context),
    startReplay: (input, context) => archives.startReplay(input, context),
    cancelReplay: (input, context) => archives.cancelReplay(input, context),
    describeReplay: (input, context) => archives.describeReplay(input, context),
    listReplays: (input, context) => archives.listReplays(input, context),
  };
}
