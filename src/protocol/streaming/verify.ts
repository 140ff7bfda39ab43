import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AwsError } from '../../common/aws-error.js';
import { createChecksum, type ChecksumAlgorithm } from './checksums.js';

/**
 * Passes a body through while computing its flexible checksum, and fails the stream with S3's
 * `BadDigest` when it differs from the one the client sent. `expected` is asked at the end, since
 * a trailing checksum is known only once the body has been read.
 */
export function checksumVerifier(algorithm: ChecksumAlgorithm, expected: () => string | undefined, missing: () => AwsError): Transform {
  const checksum = createChecksum(algorithm);
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      checksum.update(chunk);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      const want = expected();
      if (want === undefined) return done(missing());
      checksum.digest().then((actual) => {
        done(actual === want ? null : new AwsError('BadDigest', `The ${algorithm} you specified did not match the calculated checksum.`, 400));
      }, done);
    },
  });
}

/** Checks a signed payload against the hex SHA-256 in `x-amz-content-sha256`. */
export function payloadHashVerifier(expectedHex: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      const actual = hash.digest('hex');
      if (actual === expectedHex.toLowerCase()) return done();
      done(
        new AwsError('XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", 400, {
          fields: { ClientComputedContentSHA256: expectedHex, S3ComputedContentSHA256: actual },
        }),
      );
    },
  });
}

/** Fails with `IncompleteBody` when the body is shorter than `Content-Length` promised. */
export function lengthVerifier(expected: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      seen += chunk.length;
      done(null, chunk);
    },
    flush(done: TransformCallback) {
      done(seen === expected ? null : new AwsError('IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header', 400));
    },
  });
}
