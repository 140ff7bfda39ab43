import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Clock } from '../../src/clock/clock.js';
import { EventBus } from '../../src/events/bus.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

const root = mkdtempSync(join(tmpdir(), 'nimbus-bus-'));
after(() => rmSync(root, { recursive: true, force: true }));

const OUTBOX = '_outbox';

async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Waits, a bounded number of I/O rounds, for `condition`; fails the test rather than hanging. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.fail(`never happened: ${what}`);
}

async function setup(t: { after(fn: () => Promise<void> | void): void }, store?: Store) {
  const s = store ?? (await openStore({ dataDir: mkdtempSync(join(root, 'd-')), ephemeral: false }));
  const clock = new Clock();
  const bus = new EventBus(s, clock);
  t.after(async () => {
    bus.stop();
    clock.stop();
    await s.close().catch(() => undefined);
  });
  return { store: s, clock, bus };
}

describe('event bus', () => {
  it('delivers an outbox entry only after its transaction commits, then removes it', async (t) => {
    const { store, bus } = await setup(t);
    const delivered: unknown[] = [];
    bus.handle('topic', async (payload) => void delivered.push(payload));
    await store.transaction(async (tx) => {
      await bus.enqueue(tx, 'topic', { n: 1 });
      await settle();
      assert.deepEqual(delivered, [], 'not before commit');
    });
    await until(() => delivered.length === 1, 'delivery after commit');
    assert.deepEqual(delivered, [{ n: 1 }]);
    await until(async () => (await store.collection(OUTBOX).count()) === 0, 'the outbox empties');
  });

  it('delivers nothing a rolled-back transaction enqueued', async (t) => {
    const { store, bus } = await setup(t);
    const delivered: unknown[] = [];
    bus.handle('topic', async (payload) => void delivered.push(payload));
    await assert.rejects(
      store.transaction(async (tx) => {
        await bus.enqueue(tx, 'topic', 'rolled back');
        throw new Error('roll back');
      }),
    );
    await store.transaction((tx) => bus.enqueue(tx, 'topic', 'committed'));
    await until(() => delivered.length === 1, 'the committed delivery');
    await settle();
    assert.deepEqual(delivered, ['committed']);
    assert.equal(await store.collection(OUTBOX).count(), 0);
  });

  it('delivers in enqueue order, one at a time, each entry once, however often it is kicked', async (t) => {
    const { store, bus } = await setup(t);
    const delivered: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    bus.handle('topic', async (payload) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await settle(1);
      delivered.push(payload as number);
      inFlight--;
    });
    await store.transaction(async (tx) => {
      for (let i = 0; i < 50; i++) await bus.enqueue(tx, 'topic', i);
    });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.transaction((tx) => bus.enqueue(tx, 'topic', 50 + i))));
    for (let i = 0; i < 10; i++) bus.kick();
    await until(() => delivered.length >= 70, 'all deliveries');
    await settle();
    assert.deepEqual(delivered, Array.from({ length: 70 }, (_, i) => i));
    assert.equal(maxInFlight, 1);
  });

  it('retries a failing delivery with backoff on the clock', async (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: Date.now() });
    const { store, clock, bus } = await setup(t);
    let calls = 0;
    bus.handle('topic', async () => {
      calls++;
      if (calls < 3) throw new Error(`failure ${calls}`);
    });
    const attempts = async () => (await store.collection<{ attempts: number }>(OUTBOX).list())[0]?.value.attempts;
    await store.transaction((tx) => bus.enqueue(tx, 'topic', 'x'));
    await until(async () => (await attempts()) === 1, 'first failure recorded');
    clock.advance(1500);
    await settle();
    assert.equal(calls, 1, 'no retry before the 2 s backoff');
    clock.advance(600);
    await until(async () => (await attempts()) === 2, 'second failure recorded');
    clock.advance(3500);
    await settle();
    assert.equal(calls, 2, 'no retry before the 4 s backoff');
    clock.advance(600);
    await until(async () => (await store.collection(OUTBOX).count()) === 0, 'third attempt succeeds');
    assert.equal(calls, 3);
  });

  it('keeps one retry timer however many commits kick the bus', async (t) => {
    const { store, clock, bus } = await setup(t);
    bus.handle('failing', async () => {
      throw new Error('down');
    });
    const other: unknown[] = [];
    bus.handle('other', async (payload) => void other.push(payload));
    await store.transaction((tx) => bus.enqueue(tx, 'failing', 'x'));
    for (let i = 0; i < 20; i++) {
      await store.transaction((tx) => bus.enqueue(tx, 'other', i));
      await until(() => other.length === i + 1, `delivery ${i}`);
    }
    await settle();
    assert.equal(clock.pending, 1);
  });

  it('redelivers after a crash: entries committed before it are delivered by the next process', async (t) => {
    const dataDir = mkdtempSync(join(root, 'crash-'));
    const first = await openStore({ dataDir, ephemeral: false });
    const clock = new Clock();
    const crashed = new EventBus(first, clock);
    crashed.handle('hung', () => new Promise<void>(() => undefined));
    await first.transaction(async (tx) => {
      await crashed.enqueue(tx, 'hung', 'was being delivered');
      await crashed.enqueue(tx, 'unhandled', 'no handler yet');
    });
    await settle();
    crashed.stop();
    clock.stop();
    await first.close();

    const { bus } = await setup(t, await openStore({ dataDir, ephemeral: false }));
    const delivered: unknown[] = [];
    bus.handle('hung', async (payload) => void delivered.push(payload));
    bus.handle('unhandled', async (payload) => void delivered.push(payload));
    await until(() => delivered.length === 2, 'redelivery');
    assert.deepEqual(delivered.sort(), ['no handler yet', 'was being delivered']);
  });

  it('delivers after a restart entries whose retry was set by a clock that had run ahead', async (t) => {
    const dataDir = mkdtempSync(join(root, 'ahead-'));
    const first = await openStore({ dataDir, ephemeral: false });
    const ahead = new Clock();
    ahead.advance(10 * 3_600_000);
    const before = new EventBus(first, ahead);
    before.handle('topic', async () => {
      throw new Error('down');
    });
    await first.transaction((tx) => before.enqueue(tx, 'topic', 'x'));
    await until(async () => (await first.collection<{ attempts: number }>(OUTBOX).list())[0]?.value.attempts === 1, 'failure');
    before.stop();
    ahead.stop();
    await first.close();

    const { bus } = await setup(t, await openStore({ dataDir, ephemeral: false }));
    const delivered: unknown[] = [];
    bus.handle('topic', async (payload) => void delivered.push(payload));
    await until(() => delivered.length === 1, 'delivery without waiting ten hours');
  });

  it('survives the store closing under it', async (t) => {
    const { store, clock, bus } = await setup(t);
    bus.handle('topic', async () => {
      throw new Error('down');
    });
    await store.transaction((tx) => bus.enqueue(tx, 'topic', 'x'));
    await until(async () => (await store.collection<{ attempts: number }>(OUTBOX).list())[0]?.value.attempts === 1, 'failure');
    await store.close();
    clock.advance(10_000);
    await settle();
  });

  it('signals listeners, isolates one that throws, and unsubscribes', async (t) => {
    const { bus } = await setup(t);
    const seen: unknown[] = [];
    bus.on('signal', () => {
      throw new Error('a broken listener');
    });
    const off = bus.on('signal', (payload) => seen.push(payload));
    assert.doesNotThrow(() => bus.emit('signal', 1));
    off();
    bus.emit('signal', 2);
    assert.deepEqual(seen, [1]);
  });
});
