import { invalidBucketName, keyTooLong } from './errors.js';

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** The general purpose bucket naming rules S3 enforces on CreateBucket. */
export function assertValidBucketName(name: string): void {
  const valid =
    BUCKET_NAME.test(name) &&
    !name.includes('..') &&
    !name.includes('.-') &&
    !name.includes('-.') &&
    !IP_ADDRESS.test(name) &&
    !RESERVED_PREFIXES.some((prefix) => name.startsWith(prefix)) &&
    !RESERVED_SUFFIXES.some((suffix) => name.endsWith(suffix));
  if (!valid) throw invalidBucketName(name);
}

/** S3 limits a key to 1024 bytes of UTF-8; any character is allowed, since a key is never a path. */
export function assertValidKey(key: string): void {
  const size = Buffer.byteLength(key, 'utf8');
  if (size > 1024) throw keyTooLong(size);
}
