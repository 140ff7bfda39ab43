import { randomUUID } from 'node:crypto';
import { invalidParameter, resourceExists } from './errors.js';
import { AWSCURRENT, AWSPENDING, AWSPREVIOUS, type SecretRecord, type VersionRecord } from './state.js';

/** A value as clients send it: a string or bytes, never both. */
export interface SecretValue {
  SecretString?: string;
  SecretBinary?: Uint8Array;
}

const MAX_VERSIONS = 100;

export function hasValue(value: SecretValue): boolean {
  return value.SecretString !== undefined || value.SecretBinary !== undefined;
}

export function checkOneValue(value: SecretValue): void {
  if (value.SecretString !== undefined && value.SecretBinary !== undefined) {
    throw invalidParameter("You can't specify both a binary secret value and a string secret value in the same secret.");
  }
}

/**
 * Adds a version carrying `stages`, moving each label off whichever version held it; the version
 * that loses AWSCURRENT takes AWSPREVIOUS. A retried request (same token, same value) changes
 * nothing; the same token with another value is refused, since versions are immutable.
 * Returns the version and whether it is new.
 */
export function addVersion(secret: SecretRecord, token: string | undefined, value: SecretValue, stages: string[], now: number): { version: VersionRecord; created: boolean } {
  const versionId = token ?? randomUUID();
  const stored = { secretString: value.SecretString, secretBinary: value.SecretBinary ? Buffer.from(value.SecretBinary).toString('base64') : undefined };
  const existing = secret.versions[versionId];
  if (existing && !holdsValue(existing)) {
    // The empty version a rotation starts with takes the value its createSecret step puts.
    Object.assign(existing, definedOnly(stored));
    for (const stage of stages) moveStage(secret, stage, existing);
    return { version: existing, created: true };
  }
  if (existing) {
    if (existing.secretString === stored.secretString && existing.secretBinary === stored.secretBinary) return { version: existing, created: false };
    throw resourceExists("You can't modify an existing version, you can only create a new version.");
  }
  const version: VersionRecord = { versionId, stages: [], createdDate: now, ...definedOnly(stored) };
  secret.versions[versionId] = version;
  for (const stage of stages) moveStage(secret, stage, version);
  dropOldVersions(secret);
  return { version, created: true };
}

/** Puts `stage` on `target` alone; moving AWSCURRENT leaves AWSPREVIOUS on the version that had it. */
export function moveStage(secret: SecretRecord, stage: string, target: VersionRecord | undefined): void {
  const versions = Object.values(secret.versions);
  const holder = versions.find((version) => version.stages.includes(stage));
  if (holder === target) return;
  if (holder) holder.stages = holder.stages.filter((label) => label !== stage);
  if (target) target.stages.push(stage);
  if (stage === AWSCURRENT && holder && target) {
    for (const version of versions) version.stages = version.stages.filter((label) => label !== AWSPREVIOUS);
    holder.stages.push(AWSPREVIOUS);
  }
}

/** Secrets Manager keeps at most 100 versions, dropping the oldest versions without labels. */
function dropOldVersions(secret: SecretRecord): void {
  const unlabelled = Object.values(secret.versions).filter((version) => version.stages.length === 0).sort((a, b) => a.createdDate - b.createdDate);
  let excess = Object.keys(secret.versions).length - MAX_VERSIONS;
  for (const version of unlabelled) {
    if (excess-- <= 0) break;
    delete secret.versions[version.versionId];
  }
}

/** Whether a version has a value: the one a rotation creates has none until its createSecret step. */
export function holdsValue(version: VersionRecord): boolean {
  return version.secretString !== undefined || version.secretBinary !== undefined;
}

/** The empty version carrying AWSPENDING that a rotation starts with, as AWS makes it before createSecret. */
export function addPendingVersion(secret: SecretRecord, token: string, now: number): VersionRecord {
  const version = secret.versions[token] ?? { versionId: token, stages: [], createdDate: now };
  secret.versions[token] = version;
  moveStage(secret, AWSPENDING, version);
  dropOldVersions(secret);
  return version;
}

export function binaryOf(version: VersionRecord): Uint8Array | undefined {
  return version.secretBinary === undefined ? undefined : Buffer.from(version.secretBinary, 'base64');
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
