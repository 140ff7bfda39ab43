import type { Readable } from 'node:stream';
import { AwsError } from '../../common/aws-error.js';
import { header, type HttpRequest } from '../http-message.js';
import { AwsChunkedDecoder, incompleteBody } from './aws-chunked.js';
import { algorithmOfHeader, CHECKSUM_ALGORITHMS, headerOfAlgorithm, isWellFormedChecksum, type ChecksumAlgorithm } from './checksums.js';
import { checksumVerifier, lengthVerifier, payloadHashVerifier } from './verify.js';

/** The decoded body of a request, and the checksum it was sent with (known once the body has ended). */
export interface RequestBody {
  stream: Readable;
  /** Trailing headers of an aws-chunked body, complete once the stream has ended. */
  trailers: Record<string, string>;
  checksum?: { algorithm: ChecksumAlgorithm; value: () => string | undefined };
}

/**
 * The request body as the operation sees it: `aws-chunked` framing removed, and the payload
 * verified on the way through against `x-amz-content-sha256`, a flexible checksum header or
 * trailer, and `Content-Length`. Nothing is buffered: failures surface as the stream's error.
 * A checksum header describes the body only for operations with the model's `httpChecksum` trait;
 * elsewhere (CompleteMultipartUpload) it is a member about something else, left to the operation.
 */
export function decodeRequestBody(request: HttpRequest, checksumHeadersDescribeBody = true): RequestBody {
  const payloadHash = header(request, 'x-amz-content-sha256') ?? '';
  const chunked = isAwsChunked(request);
  const trailer = trailerAlgorithm(request);
  const sent = checksumHeadersDescribeBody ? checksumHeader(request) : undefined;
  let stream: Readable = request.body;
  const pipe = (next: NodeJS.ReadWriteStream & Readable) => {
    stream.on('error', (error) => next.destroy(error));
    stream = stream.pipe(next);
  };
  let value: (() => string | undefined) | undefined;
  let trailers: Record<string, string> = {};
  if (chunked) {
    const decodedLength = header(request, 'x-amz-decoded-content-length');
    if (decodedLength === undefined || !/^\d+$/.test(decodedLength)) {
      throw new AwsError('MissingContentLength', 'You must provide the Content-Length HTTP header.', 411);
    }
    const decoder = new AwsChunkedDecoder(Number(decodedLength));
    pipe(decoder);
    trailers = decoder.trailers;
    if (trailer) value = () => decoder.trailers[headerOfAlgorithm(trailer)];
  } else {
    const length = header(request, 'content-length');
    if (length !== undefined && /^\d+$/.test(length)) pipe(lengthVerifier(Number(length)));
    if (/^[0-9a-fA-F]{64}$/.test(payloadHash)) pipe(payloadHashVerifier(payloadHash));
  }
  const algorithm = sent?.algorithm ?? (chunked ? trailer : undefined);
  if (sent) value = () => sent.value;
  if (!algorithm || !value) return { stream, trailers };
  pipe(checksumVerifier(algorithm, value, incompleteBody));
  return { stream, trailers, checksum: { algorithm, value } };
}

export function isAwsChunked(request: HttpRequest): boolean {
  const encoding = (header(request, 'content-encoding') ?? '').toLowerCase();
  return encoding.split(',').some((part) => part.trim() === 'aws-chunked') || (header(request, 'x-amz-content-sha256') ?? '').startsWith('STREAMING-');
}

/** `Content-Encoding` without `aws-chunked`, which describes the transfer, not the object. */
export function contentEncodingOfObject(request: HttpRequest): string | undefined {
  const parts = (header(request, 'content-encoding') ?? '').split(',').map((part) => part.trim()).filter((part) => part && part !== 'aws-chunked');
  return parts.length ? parts.join(',') : undefined;
}

function trailerAlgorithm(request: HttpRequest): ChecksumAlgorithm | undefined {
  const trailer = header(request, 'x-amz-trailer');
  if (!trailer) return undefined;
  const algorithm = algorithmOfHeader(trailer.trim());
  if (!algorithm) throw new AwsError('InvalidRequest', `The value specified in the x-amz-trailer header is not supported`, 400);
  return algorithm;
}

function checksumHeader(request: HttpRequest): { algorithm: ChecksumAlgorithm; value: string } | undefined {
  const present = CHECKSUM_ALGORITHMS.filter((algorithm) => header(request, headerOfAlgorithm(algorithm)) !== undefined);
  if (present.length > 1) {
    throw new AwsError('InvalidRequest', 'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.', 400);
  }
  const algorithm = present[0];
  if (!algorithm) return undefined;
  const value = header(request, headerOfAlgorithm(algorithm))!;
  if (!isWellFormedChecksum(algorithm, value)) {
    throw new AwsError('InvalidRequest', `Value for ${headerOfAlgorithm(algorithm)} header is invalid.`, 400);
  }
  return { algorithm, value };
}
