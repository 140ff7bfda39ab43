import { PassThrough, type Readable } from 'node:stream';

/** The fields of a multipart/form-data body up to its file, and the file's bytes as a stream. */
export interface FormUpload {
  /** Lower-case field names; S3 matches them without regard to case. */
  fields: Map<string, string>;
  /** Names as the form spelled them, in order, for error messages. */
  names: string[];
  file?: { filename: string; contentType?: string; body: Readable };
}

/** What may be held while looking for a boundary: the fields before the file and one read's worth of it. */
const LOOKAHEAD_LIMIT = 1024 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');

export class FormError extends Error {}

/**
 * Reads a multipart/form-data body as S3's POST Object does: fields first, then the `file` field,
 * whose bytes stream on while the upload is written, so a large file is never held in memory.
 * Fields after the file are ignored, as S3 ignores them.
 */
export async function readForm(body: Readable, boundary: string): Promise<FormUpload> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let buffer = Buffer.from('\r\n');
  let ended = false;
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    const next = await chunks.next();
    if (next.done) return !(ended = true);
    buffer = Buffer.concat([buffer, next.value]);
    if (buffer.length > LOOKAHEAD_LIMIT) throw new FormError('fields too large');
    return true;
  };
  const upload: FormUpload = { fields: new Map(), names: [] };
  for (;;) {
    let at: number;
    while ((at = buffer.indexOf(delimiter)) < 0) if (!(await more())) throw new FormError('no boundary');
    buffer = buffer.subarray(at + delimiter.length);
    while (buffer.length < 2) if (!(await more())) throw new FormError('truncated');
    if (buffer.subarray(0, 2).toString() === '--') {
      body.resume();
      return upload;
    }
    let end: number;
    while ((end = buffer.indexOf(HEADER_END)) < 0) if (!(await more())) throw new FormError('truncated part headers');
    const headers = parseHeaders(buffer.subarray(2, end).toString('utf8'));
    buffer = buffer.subarray(end + HEADER_END.length);
    const disposition = headers.get('content-disposition') ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) throw new FormError('part without a name');
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (name.toLowerCase() === 'file') {
      const stream = new PassThrough();
      upload.file = { filename: filename ?? '', contentType: headers.get('content-type'), body: stream };
      upload.names.push(name);
      void pump(buffer, chunks, delimiter, stream).finally(() => body.resume());
      return upload;
    }
    let valueEnd: number;
    while ((valueEnd = buffer.indexOf(delimiter)) < 0) if (!(await more())) throw new FormError('truncated field');
    upload.fields.set(name.toLowerCase(), buffer.subarray(0, valueEnd).toString('utf8'));
    upload.names.push(name);
    buffer = buffer.subarray(valueEnd);
  }
}

/** Streams the file part until the next boundary, holding back only as many bytes as a boundary could span. */
async function pump(start: Buffer, chunks: AsyncIterator<Buffer>, delimiter: Buffer, out: PassThrough): Promise<void> {
  let buffer = start;
  try {
    for (;;) {
      const at = buffer.indexOf(delimiter);
      if (at >= 0) {
        out.end(buffer.subarray(0, at));
        return;
      }
      const safe = buffer.length - delimiter.length + 1;
      if (safe > 0) {
        if (!out.write(buffer.subarray(0, safe))) await new Promise((resolve) => out.once('drain', resolve));
        buffer = buffer.subarray(safe);
      }
      const next = await chunks.next();
      if (next.done) throw new FormError('the file part has no closing boundary');
      buffer = Buffer.concat([buffer, next.value]);
    }
  } catch (error) {
    out.destroy(error as Error);
  }
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}
