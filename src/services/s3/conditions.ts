import { notModified, preconditionFailed } from './errors.js';
import type { ObjectRecord } from './state.js';

export interface Conditions {
  IfMatch?: string;
  IfNoneMatch?: string;
  IfModifiedSince?: Date;
  IfUnmodifiedSince?: Date;
}

/**
 * Conditional GET and HEAD as S3 evaluates them (RFC 7232): If-Match before If-Unmodified-Since,
 * If-None-Match before If-Modified-Since; a failed match is 412, an unchanged object 304.
 */
export function checkConditions(conditions: Conditions, object: ObjectRecord): void {
  const modified = (since: Date) => object.lastModified > since.getTime();
  if (conditions.IfMatch !== undefined) {
    if (!etagMatches(conditions.IfMatch, object.etag)) throw preconditionFailed('If-Match');
  } else if (conditions.IfUnmodifiedSince && modified(conditions.IfUnmodifiedSince)) {
    throw preconditionFailed('If-Unmodified-Since');
  }
  if (conditions.IfNoneMatch !== undefined) {
    if (etagMatches(conditions.IfNoneMatch, object.etag)) throw notModified();
  } else if (conditions.IfModifiedSince && !modified(conditions.IfModifiedSince)) {
    throw notModified();
  }
}

function etagMatches(condition: string, etag: string): boolean {
  return condition.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value.replace(/^W\//, '').replace(/^"|"$/g, '') === etag.replace(/^"|"$/g, '');
  });
}
