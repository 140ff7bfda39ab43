import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { Transaction } from '../../store/store.js';
import type { FunctionConfiguration, ListVersionsByFunctionRequest, ListVersionsByFunctionResponse, PublishVersionRequest } from './api.generated.js';
import { configurationOf } from './config-view.js';
import { invalidParameter, preconditionFailed } from './errors.js';
import { loadFunction, type LambdaDeps } from './lookup.js';
import { parseFunctionName } from './names.js';
import { functionKey, functions, versionKey, versions, type FunctionRecord, type VersionRecord } from './state.js';

/**
 * Freezes `$LATEST` as the next version number. Publishing a function that has not changed since
 * its last version returns that version, as Lambda does.
 */
export async function publishSnapshot(tx: Transaction, fn: FunctionRecord, now: number, description?: string): Promise<VersionRecord> {
  if (fn.lastPublished) {
    const last = await versions(tx).get(versionKey(fn, fn.lastPublished));
    if (last && last.fromRevision === fn.latest.revisionId) return last;
  }
  fn.lastPublished += 1;
  const record: VersionRecord = {
    version: String(fn.lastPublished),
    snapshot: {
      ...fn.latest, description: description ?? fn.latest.description, revisionId: randomUUID(),
      lastModified: now, updatedAt: undefined,
    },
    fromRevision: fn.latest.revisionId,
  };
  await tx.retainBlob(record.snapshot.codeBlob);
  await versions(tx).put(versionKey(fn, record.version), record);
  await functions(tx).put(functionKey(fn), fn);
  return record;
}

/** PublishVersion and ListVersionsByFunction. */
export class Versions {
  constructor(private readonly deps: LambdaDeps) {}

  async publishVersion(input: PublishVersionRequest, context: CallContext): Promise<FunctionConfiguration> {
    const ref = parseFunctionName(input.FunctionName, context);
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const fn = await loadFunction(tx, ref);
      if (input.RevisionId && input.RevisionId !== fn.latest.revisionId) throw preconditionFailed();
      if (input.CodeSha256 && input.CodeSha256 !== fn.latest.codeSha256) {
        throw invalidParameter(`CodeSHA256 (${input.CodeSha256}) is different from current CodeSHA256 in $LATEST (${fn.latest.codeSha256}). Please try again with the CodeSHA256 in $LATEST.`);
      }
      const record = await publishSnapshot(tx, fn, now, input.Description);
      return configurationOf(fn, record.snapshot, record.version, now);
    });
  }

  async listVersionsByFunction(input: ListVersionsByFunctionRequest, context: CallContext): Promise<ListVersionsByFunctionResponse> {
    const ref = parseFunctionName(input.FunctionName, context);
    const fn = await loadFunction(this.deps.store, ref);
    const now = this.deps.clock.now();
    const all = [
      configurationOf(fn, fn.latest, '$LATEST', now),
      ...(await versions(this.deps.store).list({ prefix: `${functionKey(fn)}/` })).map(({ value }) => configurationOf(fn, value.snapshot, value.version, now)),
    ];
    const start = input.Marker ? all.findIndex((configuration) => configuration.Version === input.Marker) + 1 : 0;
    const limit = input.MaxItems ?? 50;
    const page = all.slice(start, start + limit);
    return { Versions: page, ...(start + limit < all.length ? { NextMarker: page[page.length - 1]!.Version } : {}) };
  }
}
