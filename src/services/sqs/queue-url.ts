import type { CallContext } from '../../common/call-context.js';
import { invalidAddress } from './errors.js';

/** Which queue a URL names: the owner's account and the queue's name; the region is the caller's. */
export interface QueueAddress {
  account: string;
  region: string;
  name: string;
}

/** `http://<host the client used>/<account>/<name>`, so the URL reaches Nimbus however it was addressed. */
export function queueUrl(context: CallContext, account: string, name: string): string {
  return `${context.endpoint}/${account}/${encodeURIComponent(name)}`;
}

export function queueArn(address: QueueAddress): string {
  return `arn:aws:sqs:${address.region}:${address.account}:${address.name}`;
}

/**
 * Reads a queue URL. Any host is accepted (`localhost`, `sqs.<region>.localhost`, the AWS host a
 * client was configured with): only the path names the queue, as `/<account>/<name>`.
 */
export function parseQueueUrl(url: string, context: CallContext): QueueAddress {
  const path = pathOf(url);
  const segments = path.split('/').filter(Boolean).map(decodeSegment);
  if (segments.length < 2 || !/^\d{12}$/.test(segments.at(-2)!)) throw invalidAddress(url);
  return { account: segments.at(-2)!, region: context.region, name: segments.at(-1)! };
}

function pathOf(url: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
