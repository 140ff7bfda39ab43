import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Transaction } from '../../src/store/store.js';
import type { StoreFactory } from './contract.js';
import { gate, settle, withStore } from './contract.js';

async function microtasks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

export function transactionContract(factory: StoreFactory): void {
  describe('transactions', () => {
    it('commits every write together and returns the work result', () =>
      withStore(factory, async (store) => {
        await store.collection('c').put('gone', 1);
        const result = await store.transaction(async (tx) => {
          await tx.collection('c').put('a', 1);
          await tx.collection('d').put('b', 2);
          assert.equal(await tx.collection('c').delete('gone'), true);
          assert.equal(await tx.collection('c').get('a'), 1, 'a transaction reads its own writes');
          return 'done';
        });
        assert.equal(result, 'done');
        assert.equal(await store.collection('c').get('a'), 1);
        assert.equal(await store.collection('d').get('b'), 2);
        assert.equal(await store.collection('c').get('gone'), undefined);
      }));

    it('rolls back everything when the work throws, and rethrows the same error', () =>
      withStore(factory, async (store) => {
        const c = store.collection<number>('c');
        await c.put('kept', 1);
        await c.put('deleted', 1);
        const failure = new Error('boom');
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.collection('c').put('new', 1);
            await tx.collection('c').put('kept', 99);
            await tx.collection('c').delete('deleted');
            await settle(1);
            throw failure;
          }),
          (error) => error === failure,
        );
        assert.deepEqual(await c.list(), [{ key: 'deleted', value: 1 }, { key: 'kept', value: 1 }]);
      }));

    it('runs concurrent transactions one at a time', () =>
      withStore(factory, async (store) => {
        const counter = store.collection<number>('counter');
        await counter.put('n', 0);
        await Promise.all(
          Array.from({ length: 20 }, () =>
            store.transaction(async (tx) => {
              const n = (await tx.collection<number>('counter').get('n'))!;
              await settle(1);
              await tx.collection<number>('counter').put('n', n + 1);
            }),
          ),
        );
        assert.equal(await counter.get('n'), 20);
      }));

    it('makes plain reads and writes wait while a transaction is open', () =>
      withStore(factory, async (store) => {
        const c = store.collection<number>('c');
        await c.put('x', 1);
        const hold = gate();
        const open = store.transaction(async (tx) => {
          await tx.collection('c').put('x', 2);
          await hold.wait;
        });
        await settle();
        let read: number | undefined;
        const reading = c.get('x').then((value) => (read = value));
        const writing = c.put('y', 1);
        await settle();
        assert.equal(read, undefined, 'a plain read must not see an uncommitted write');
        hold.open();
        await Promise.all([open, reading, writing]);
        assert.equal(read, 2);
        assert.equal(await c.get('y'), 1);
      }));

    it('never lets a plain write join a transaction that then rolls back', () =>
      withStore(factory, async (store) => {
        const c = store.collection<number>('c');
        for (let delay = 0; delay < 12; delay++) {
          const first = gate();
          const plain: Array<Promise<void>> = [];
          const rolledBack: Array<Promise<unknown>> = [];
          const committed = store.transaction(async (tx) => {
            await tx.collection('c').put(`committed-${delay}`, 1);
            tx.afterCommit(() => {
              void microtasks(delay).then(() => {
                rolledBack.push(
                  store.transaction(async (inner) => {
                    await inner.collection('c').put(`dirty-${delay}`, 1);
                    await settle(1);
                    throw new Error('roll back');
                  }).catch(() => undefined),
                );
              });
            });
            await first.wait;
          });
          plain.push(c.put(`plain-${delay}`, 1));
          first.open();
          await committed;
          await settle();
          await Promise.all([...plain, ...rolledBack]);
          assert.equal(await c.get(`plain-${delay}`), 1, `plain write lost with delay ${delay}`);
          assert.equal(await c.get(`dirty-${delay}`), undefined);
        }
      }));

    it('serves a plain read in its turn even while transactions keep queueing', () =>
      withStore(factory, async (store) => {
        const order: string[] = [];
        const chain: Array<Promise<void>> = [];
        const link = (i: number): Promise<void> =>
          store.transaction(async (tx) => {
            order.push(`tx${i}`);
            if (i < 10) chain.push(link(i + 1));
            await tx.collection('c').put(`k${i}`, i);
            await settle(1);
          });
        chain.push(link(0));
        await settle(1);
        const read = store.collection('c').get('k0').then(() => order.push('plain'));
        while (chain.length < 11) await settle(1);
        await Promise.all([...chain, read]);
        assert.ok(order.indexOf('plain') < order.indexOf('tx10'), `plain read starved: ${order.join(' ')}`);
      }));

    it('keeps writes issued before a transaction before it, and after it those issued during it', () =>
      withStore(factory, async (store) => {
        const c = store.collection<string>('c');
        const before = c.put('k', 'plain before');
        const tx = store.transaction(async (t) => {
          assert.equal(await t.collection('c').get('k'), 'plain before');
          await settle(1);
          await t.collection('c').put('k', 'transaction');
        });
        const during = c.put('k', 'plain during');
        await Promise.all([before, tx, during]);
        assert.equal(await c.get('k'), 'plain during');
      }));

    it('runs afterCommit callbacks only after commit, never on rollback', () =>
      withStore(factory, async (store) => {
        const c = store.collection<number>('c');
        const seen: Array<number | undefined> = [];
        let ran = false;
        await store.transaction(async (tx) => {
          await tx.collection('c').put('x', 7);
          tx.afterCommit(() => void c.get('x').then((value) => seen.push(value)));
          await settle(1);
          assert.equal(seen.length, 0);
        });
        await settle();
        assert.deepEqual(seen, [7], 'the callback can read what was committed without waiting for a lock');
        await assert.rejects(
          store.transaction(async (tx) => {
            tx.afterCommit(() => (ran = true));
            throw new Error('no');
          }),
        );
        assert.equal(ran, false);
      }));

    it('stays committed and serialised when an afterCommit callback throws', () =>
      withStore(factory, async (store) => {
        const c = store.collection<number>('c');
        const result = await store.transaction(async (tx) => {
          await tx.collection('c').put('n', 0);
          tx.afterCommit(() => {
            throw new Error('a broken callback');
          });
          return 'committed';
        });
        assert.equal(result, 'committed');
        assert.equal(await c.get('n'), 0);
        await Promise.all(
          Array.from({ length: 5 }, () =>
            store.transaction(async (tx) => {
              const n = (await tx.collection<number>('c').get('n'))!;
              await settle(1);
              await tx.collection('c').put('n', n + 1);
            }),
          ),
        );
        assert.equal(await c.get('n'), 5);
      }));

    it('refuses a transaction used after it ended', () =>
      withStore(factory, async (store) => {
        let leaked!: Transaction;
        await store.transaction((tx) => {
          leaked = tx;
        });
        await assert.rejects(leaked.collection('c').put('late', 1));
        assert.equal(await store.collection('c').get('late'), undefined);
      }));
  });
}
