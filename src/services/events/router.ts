import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import { deliverToTargets } from './deliveries.js';
import { type EventPattern, matchesPattern, parseEventPattern } from './event-pattern.js';
import { archivedEvents, archives, type BusRecord, type EventEnvelope, namedKey, regionPrefix, rules, rulesPrefix } from './state.js';

export interface RouteOptions {
  /** A replay delivers only to these rules, and leaves archives alone. */
  onlyRuleArns?: string[];
}

/** Matches an accepted event against a bus's enabled rules and archives, in the transaction that accepted it. */
export class Router {
  private readonly patterns = new Map<string, EventPattern>();

  constructor(private readonly deps: ServiceDeps) {}

  async route(tx: Transaction, bus: BusRecord, event: EventEnvelope, options: RouteOptions = {}): Promise<void> {
    for (const { value: rule } of await rules(tx).list({ prefix: rulesPrefix(bus.account, bus.region, bus.name) })) {
      if (rule.state === 'DISABLED' || rule.eventPattern === undefined) continue;
      if (options.onlyRuleArns && !options.onlyRuleArns.includes(rule.arn)) continue;
      if (this.matches(rule.eventPattern, event)) await deliverToTargets(this.deps, tx, rule, event);
    }
    if (!options.onlyRuleArns && event['replay-name'] === undefined) await this.archive(tx, bus, event);
  }

  matches(patternText: string, event: unknown): boolean {
    let pattern = this.patterns.get(patternText);
    if (!pattern) {
      pattern = parseEventPattern(patternText);
      this.patterns.set(patternText, pattern);
    }
    return matchesPattern(pattern, event);
  }

  private async archive(tx: Transaction, bus: BusRecord, event: EventEnvelope): Promise<void> {
    for (const { key, value: archive } of await archives(tx).list({ prefix: regionPrefix(bus.account, bus.region) })) {
      if (archive.eventSourceArn !== bus.arn) continue;
      if (archive.eventPattern !== undefined && !this.matches(archive.eventPattern, event)) continue;
      const time = Date.parse(event.time);
      const size = Buffer.byteLength(JSON.stringify(event));
      await archivedEvents(tx).put(`${namedKey(archive.account, archive.region, archive.name)}/${String(time).padStart(15, '0')}-${event.id}`, { event, time, archivedAt: this.deps.clock.now(), sizeBytes: size });
      await archives(tx).put(key, { ...archive, eventCount: archive.eventCount + 1, sizeBytes: archive.sizeBytes + size });
    }
  }
}
