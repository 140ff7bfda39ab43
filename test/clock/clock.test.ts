import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import { Clock } from '../../src/clock/clock.js';

const HOUR = 3_600_000;

describe('clock', () => {
  it('fires timers in due order on advance, ties in scheduling order, none early', (t) => {
    const clock = new Clock();
    t.after(() => clock.stop());
    const fired: string[] = [];
    const base = clock.now();
    clock.at(base + 3 * HOUR, () => fired.push('c'));
    clock.at(base + HOUR, () => fired.push('a1'));
    clock.at(base + 2 * HOUR, () => fired.push('b'));
    clock.at(base + HOUR, () => fired.push('a2'));
    clock.advance(HOUR - 10_000);
    assert.deepEqual(fired, []);
    clock.advance(HOUR + 10_000);
    assert.deepEqual(fired, ['a1', 'a2', 'b']);
    clock.advance(HOUR);
    assert.deepEqual(fired, ['a1', 'a2', 'b', 'c']);
  });

  it('reads each timer its own due time while it fires, and the full advance afterwards', (t) => {
    const clock = new Clock();
    t.after(() => clock.stop());
    const base = clock.now();
    const seen: Array<[number, number]> = [];
    for (const at of [base + 2 * HOUR, base + HOUR]) clock.at(at, () => seen.push([at, clock.now()]));
    clock.advance(10 * HOUR);
    assert.equal(seen.length, 2);
    for (const [at, now] of seen) assert.ok(now >= at && now < base + 2 * HOUR + HOUR / 2, `timer due ${at - base} read ${now - base}`);
    assert.ok(clock.now() >= base + 10 * HOUR);
  });

  it('fires, within the same advance, timers that timers schedule', (t) => {
    const clock = new Clock();
    t.after(() => clock.stop());
    const fired: number[] = [];
    clock.after(HOUR, () => {
      fired.push(1);
      clock.after(HOUR, () => fired.push(2));
    });
    clock.advance(3 * HOUR);
    assert.deepEqual(fired, [1, 2]);
  });

  it('skips cancelled timers and keeps firing after one throws', (t) => {
    const clock = new Clock();
    t.after(() => clock.stop());
    const fired: string[] = [];
    clock.after(1, () => fired.push('cancelled')).cancel();
    clock.after(2, () => {
      throw new Error('a broken timer');
    });
    clock.after(3, () => fired.push('after the broken one'));
    assert.doesNotThrow(() => clock.advance(10));
    assert.deepEqual(fired, ['after the broken one']);
  });

  it('only moves forward', () => {
    const clock = new Clock();
    assert.throws(() => clock.advance(-1), RangeError);
    assert.throws(() => clock.advance(Number.NaN), RangeError);
  });

  it('resolves sleep on advance', async (t) => {
    const clock = new Clock();
    t.after(() => clock.stop());
    let woke = false;
    const sleeping = clock.sleep(HOUR).then(() => (woke = true));
    clock.advance(HOUR - 60_000);
    await Promise.resolve();
    assert.equal(woke, false, 'the clock also runs in real time, so a minute short leaves room for a slow machine');
    clock.advance(60_000);
    await sleeping;
    assert.equal(woke, true);
  });

  it('resolves sleep at once on abort, and lets go of the signal either way', async (t) => {
    const clock = new Clock();
    t.after(() => clock.stop());
    const shutdown = new AbortController();
    const aborted = new AbortController();
    aborted.abort();
    await clock.sleep(HOUR, aborted.signal);
    for (let i = 0; i < 5; i++) {
      const sleeping = clock.sleep(1000, shutdown.signal);
      clock.advance(1000);
      await sleeping;
    }
    assert.equal(getEventListeners(shutdown.signal, 'abort').length, 0, 'finished sleeps must not keep listeners');
    const pending = clock.sleep(HOUR, shutdown.signal);
    shutdown.abort();
    await pending;
    const fired: string[] = [];
    clock.after(HOUR + 60_000, () => fired.push('later timer'));
    clock.advance(HOUR);
    assert.deepEqual(fired, [], 'the aborted sleep does not fire nor disturb other timers');
  });

  it('re-arms the real timer after a partial advance, so the rest passes in real time', { timeout: 30_000 }, async (t) => {
    const clock = new Clock();
    t.after(() => clock.stop());
    const keepAlive = setInterval(() => undefined, 1000); // the clock's own timer is unref'd
    t.after(() => clearInterval(keepAlive));
    const fired = new Promise<void>((resolve) => clock.after(HOUR, resolve));
    clock.advance(HOUR - 20);
    await fired;
  });

  it('drops every timer on stop', (t) => {
    const clock = new Clock();
    t.after(() => clock.stop());
    let fired = false;
    clock.after(10, () => (fired = true));
    clock.stop();
    clock.advance(100);
    assert.equal(fired, false);
  });
});
