import { Transform, type TransformCallback } from 'node:stream';
import { AwsError } from '../../common/aws-error.js';

/** Chunk headers and trailer lines are short; a longer line means the body is not aws-chunked. */
const MAX_LINE = 4096;

type State = 'size' | 'data' | 'data-end' | 'trailer' | 'done';

/**
 * Decodes an `aws-chunked` body (`<hex size>[;chunk-signature=…]\r\n<data>\r\n … 0\r\n<trailers>\r\n`)
 * as it arrives, passing the data on and keeping the trailing headers (`x-amz-checksum-crc32:…`).
 * A body that ends early, or whose data does not add up to `x-amz-decoded-content-length`, fails
 * the stream with S3's `IncompleteBody`.
 */
export class AwsChunkedDecoder extends Transform {
  /** Trailing headers, lower-case names; complete once the stream has ended. */
  readonly trailers: Record<string, string> = {};
  private state: State = 'size';
  private line = Buffer.alloc(0);
  private remaining = 0;
  private decoded = 0;

  constructor(private readonly decodedLength: number | undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.consume(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    const finished = this.state === 'done' || (this.state === 'trailer' && this.line.length === 0);
    if (!finished) return done(incompleteBody());
    if (this.decodedLength !== undefined && this.decoded !== this.decodedLength) return done(incompleteBody());
    done();
  }

  private consume(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      switch (this.state) {
        case 'data': {
          const take = Math.min(this.remaining, chunk.length - offset);
          this.push(chunk.subarray(offset, offset + take));
          offset += take;
          this.remaining -= take;
          this.decoded += take;
          if (this.remaining === 0) this.state = 'data-end';
          break;
        }
        case 'done':
          return;
        default: {
          const end = chunk.indexOf(0x0a, offset);
          const piece = chunk.subarray(offset, end < 0 ? chunk.length : end + 1);
          offset += piece.length;
          this.line = this.line.length ? Buffer.concat([this.line, piece]) : Buffer.from(piece);
          if (this.line.length > MAX_LINE) throw malformed();
          if (end >= 0) this.onLine(this.line.toString('latin1').replace(/\r?\n$/, ''));
        }
      }
    }
  }

  private onLine(text: string): void {
    this.line = Buffer.alloc(0);
    switch (this.state) {
      case 'size': {
        const size = /^([0-9a-fA-F]+)(;.*)?$/.exec(text);
        if (!size) throw malformed();
        this.remaining = parseInt(size[1]!, 16);
        this.state = this.remaining > 0 ? 'data' : 'trailer';
        return;
      }
      case 'data-end':
        if (text !== '') throw malformed();
        this.state = 'size';
        return;
      case 'trailer': {
        if (text === '') {
          this.state = 'done';
          return;
        }
        const colon = text.indexOf(':');
        if (colon <= 0) throw malformed();
        this.trailers[text.slice(0, colon).trim().toLowerCase()] = text.slice(colon + 1).trim();
        return;
      }
    }
  }
}

export function incompleteBody(): AwsError {
  return new AwsError('IncompleteBody', 'The request body terminated unexpectedly', 400);
}

function malformed(): AwsError {
  return new AwsError('InvalidRequest', 'The aws-chunked encoding of the request body is malformed.', 400);
}
