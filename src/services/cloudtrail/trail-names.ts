import type { CallContext } from '../../common/call-context.js';
import type { Transaction } from '../../store/store.js';
import { invalidHomeRegion, invalidS3BucketName, invalidS3Prefix, invalidTrailName, trailArnInvalid, trailNotFound } from './errors.js';
import { trailArn, trailKey, trails, type TrailRecord } from './state.js';

const TRAIL_ARN = /^arn:aws[a-z-]*:cloudtrail:([a-z0-9-]+):(\d{12}):trail\/(.+)$/;

/** AWS's naming rules for a trail, each with the message CloudTrail gives. */
export function checkTrailName(name: string): void {
  if (name.length < 3 || name.length > 128) throw invalidTrailName('Trail name too short. Minimum allowed length: 3 characters. Specified name length: ' + name.length + ' characters.');
  if (!/^[A-Za-z0-9]/.test(name)) throw invalidTrailName('Trail name must starts with a letter or number.');
  if (!/[A-Za-z0-9]$/.test(name)) throw invalidTrailName('Trail name must ends with a letter or number.');
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw invalidTrailName('Trail name or ARN can only contain uppercase letters, lowercase letters, numbers, periods (.), hyphens (-), and underscores (_).');
  if (/[._-]{2}/.test(name)) throw invalidTrailName('Trail name cannot contain consecutive special characters.');
}

export function checkBucket(name: string | undefined, prefix: string | undefined): void {
  if (name !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name)) throw invalidS3BucketName(name);
  if (prefix !== undefined && prefix.length > 200) throw invalidS3Prefix();
}

/**
 * The trail a request names (by name or ARN): one of this region, or a multi-region trail of the
 * account seen from another region (AWS's shadow trails). `homeOnly` refuses shadows, as updates do.
 */
export async function findTrail(tx: Transaction, nameOrArn: string, context: CallContext, homeOnly = false): Promise<TrailRecord> {
  const { account, region, name } = parseTrailId(nameOrArn, context);
  const arn = trailArn({ account, homeRegion: region, name });
  const own = await trails(tx).get(trailKey(account, region, name));
  if (own) {
    if (homeOnly && own.homeRegion !== context.region) throw invalidHomeRegion(arn, context.region);
    return own;
  }
  const shadows = (await trails(tx).list({ prefix: `${account}/` })).map((entry) => entry.value);
  const shadow = shadows.find((trail) => trail.name === name && trail.isMultiRegionTrail);
  if (!shadow) throw trailNotFound(arn, context.account);
  if (homeOnly) throw invalidHomeRegion(trailArn(shadow), context.region);
  return shadow;
}

function parseTrailId(nameOrArn: string, context: CallContext): { account: string; region: string; name: string } {
  if (!nameOrArn.startsWith('arn:')) {
    checkTrailName(nameOrArn);
    return { account: context.account, region: context.region, name: nameOrArn };
  }
  const match = TRAIL_ARN.exec(nameOrArn);
  if (!match) throw trailArnInvalid(nameOrArn);
  return { account: match[2]!, region: match[1]!, name: match[3]! };
}
