import { createHash } from 'node:crypto';
import type { StoredAttributeValue } from './state.js';

export function md5OfBody(body: string): string {
  return createHash('md5').update(body, 'utf8').digest('hex');
}

/** Transport types as SQS encodes them for the digest. */
const STRING = 1;
const BINARY = 2;
const STRING_LIST = 3;
const BINARY_LIST = 4;

/**
 * MD5OfMessageAttributes (and of message system attributes) as AWS documents it: attributes in
 * name order, each as its length-prefixed name, length-prefixed data type, one transport-type
 * byte and its length-prefixed value(s); lengths are 4-byte big-endian.
 */
export function md5OfAttributes(attributes: Record<string, StoredAttributeValue>): string | undefined {
  const names = Object.keys(attributes).sort(byCodeUnits);
  if (!names.length) return undefined;
  const hash = createHash('md5');
  for (const name of names) {
    const value = attributes[name]!;
    hash.update(lengthPrefixed(Buffer.from(name, 'utf8')));
    hash.update(lengthPrefixed(Buffer.from(value.DataType, 'utf8')));
    if (value.StringValue !== undefined) {
      hash.update(Buffer.of(STRING)).update(lengthPrefixed(Buffer.from(value.StringValue, 'utf8')));
    } else if (value.BinaryValue !== undefined) {
      hash.update(Buffer.of(BINARY)).update(lengthPrefixed(Buffer.from(value.BinaryValue, 'base64')));
    } else if (value.StringListValues?.length) {
      hash.update(Buffer.of(STRING_LIST));
      for (const item of value.StringListValues) hash.update(lengthPrefixed(Buffer.from(item, 'utf8')));
    } else if (value.BinaryListValues?.length) {
      hash.update(Buffer.of(BINARY_LIST));
      for (const item of value.BinaryListValues) hash.update(lengthPrefixed(Buffer.from(item, 'base64')));
    }
  }
  return hash.digest('hex');
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
