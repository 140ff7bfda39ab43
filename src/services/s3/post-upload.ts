import { createHmac } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { WebRequest, WebResponse } from '../../common/web-request.js';
import type { Clock } from '../../clock/clock.js';
import { escapeText } from './website-pages.js';
import type { PutObjectOutput, PutObjectRequest } from './api.generated.js';
import { addressOf } from './cors.js';
import { FormError, readForm, type FormUpload } from './form-data.js';
import type { S3State } from './state.js';

/** Fields that a policy need not name: the signature's own, the file, and those S3 ignores. */
const UNCONDITIONED = new Set(['policy', 'x-amz-signature', 'signature', 'awsaccesskeyid', 'file']);

type Condition = Record<string, string> | [string, ...unknown[]];

/** Writes the uploaded object as PutObject would, reporting it as a POST (ObjectCreated:Post). */
export type PostWriter = (input: PutObjectRequest, context: CallContext) => Promise<PutObjectOutput>;

/** S3's POST Object: an HTML form uploads a file to a bucket under a policy document its owner signed. */
export class PostUpload {
  constructor(
    private readonly state: S3State,
    private readonly clock: Clock,
    private readonly write: PostWriter,
  ) {}

  async handle(request: WebRequest, call: CallContext): Promise<WebResponse> {
    const { bucket: bucketName } = addressOf(request.rawPath);
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(request.headers['content-type'] ?? '');
    if (!bucketName || !boundary) throw malformedPost('The body of your POST request is not well-formed multipart/form-data.');
    const bucket = await this.state.buckets().get(bucketName);
    if (!bucket) throw new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, { fields: { BucketName: bucketName } });
    const form = await readForm(request.body, boundary[1] ?? boundary[2]!).catch((error: unknown) => {
      throw error instanceof FormError ? malformedPost('The body of your POST request is not well-formed multipart/form-data.') : error;
    });
    const { fields, file } = form;
    try {
      if (!file) throw new AwsError('InvalidArgument', 'POST requires exactly one file upload per request.', 400, { fields: { ArgumentName: 'file', ArgumentValue: 0 } });
      if (!fields.has('key')) throw missingField('key');
      const key = fields.get('key')!.replaceAll('${filename}', file.filename);
      const range = this.checkPolicy(form, bucketName, key);
      if (request.signingSecret !== undefined) assertSignedPolicy(fields, request.signingSecret);
      const input: PutObjectRequest = {
        Bucket: bucketName,
        Key: key,
        Body: range ? limited(file.body, range) : file.body,
        ContentType: fields.get('content-type') ?? file.contentType,
        CacheControl: fields.get('cache-control'),
        ContentDisposition: fields.get('content-disposition'),
        ContentEncoding: fields.get('content-encoding'),
        Expires: fields.get('expires'),
        Metadata: Object.fromEntries([...fields].filter(([name]) => name.startsWith('x-amz-meta-')).map(([name, value]) => [name.slice('x-amz-meta-'.length), value])),
      };
      // The object belongs to the bucket's owner; the form's credential names who signed it.
      const credential = fields.get('x-amz-credential') ?? fields.get('awsaccesskeyid') ?? '';
      const output = await this.write(input, { ...call, account: bucket.account, accessKeyId: credential.split('/')[0] ?? '' });
      return successResponse(fields, call, bucketName, key, output.ETag!);
    } finally {
      file?.body.resume();
    }
  }

  /** Checks the form against its policy: expiry, every condition, and no field the policy does not cover. */
  private checkPolicy({ fields, names }: FormUpload, bucket: string, key: string): [number, number] | undefined {
    const encoded = fields.get('policy');
    if (encoded === undefined) throw new AwsError('AccessDenied', 'Access Denied', 403);
    if (!fields.has('x-amz-signature') && !fields.has('signature')) throw missingField('x-amz-signature');
    let policy: { expiration?: string; conditions?: Condition[] };
    try {
      policy = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as typeof policy;
    } catch {
      throw invalidPolicy('Invalid Policy: Invalid JSON.');
    }
    if (!policy.expiration || Number.isNaN(Date.parse(policy.expiration))) throw invalidPolicy('Invalid Policy: Policy missing expiration.');
    if (!Array.isArray(policy.conditions)) throw invalidPolicy('Invalid Policy: Policy missing conditions.');
    if (this.clock.now() > Date.parse(policy.expiration)) throw denied('Invalid according to Policy: Policy expired.');
    const values = new Map([...fields, ['bucket', bucket], ['key', key]]);
    const covered = new Set<string>(['bucket']);
    let range: [number, number] | undefined;
    for (const condition of policy.conditions) {
      if (Array.isArray(condition)) {
        const [operator, ...args] = condition;
        if (String(operator).toLowerCase() === 'content-length-range') {
          range = [Number(args[0]), Number(args[1])];
          continue;
        }
        const field = String(args[0] ?? '').replace(/^\$/, '').toLowerCase();
        const expected = String(args[1] ?? '');
        const actual = values.get(field) ?? '';
        covered.add(field);
        const holds = String(operator).toLowerCase() === 'eq' ? actual === expected : String(operator).toLowerCase() === 'starts-with' ? startsWith(field, actual, expected) : false;
        if (!holds) throw denied(`Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`);
      } else {
        for (const [name, expected] of Object.entries(condition)) {
          const field = name.toLowerCase();
          covered.add(field);
          if ((values.get(field) ?? '') !== expected) throw denied(`Invalid according to Policy: Policy Condition failed: ${JSON.stringify(['eq', `$${name}`, expected])}`);
        }
      }
    }
    const extra = names.filter((name) => !UNCONDITIONED.has(name.toLowerCase()) && !name.toLowerCase().startsWith('x-ignore-') && !covered.has(name.toLowerCase()));
    if (extra.length) throw denied(`Invalid according to Policy: Extra input fields: ${extra.join(', ')}`);
    return range;
  }
}

/** The form's SigV4 signature: the policy, base64 as sent, signed with the key of the credential's date, region and service. */
function assertSignedPolicy(fields: Map<string, string>, secret: string): void {
  const [, date, region, service] = (fields.get('x-amz-credential') ?? '').split('/');
  let key: Buffer = createHmac('sha256', `AWS4${secret}`).update(date ?? '').digest();
  for (const part of [region ?? '', service ?? '', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  const expected = createHmac('sha256', key).update(fields.get('policy') ?? '').digest('hex');
  if (fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256' || fields.get('x-amz-signature') !== expected) {
    throw new AwsError('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', 403);
  }
}

/** `starts-with` on Content-Type holds for each of a comma-separated list of types. */
function startsWith(field: string, actual: string, prefix: string): boolean {
  if (field === 'content-type') return actual.split(',').every((part) => part.trim().startsWith(prefix));
  return actual.startsWith(prefix);
}

/** The file's bytes, refused as they stream past the policy's maximum and at their end below its minimum. */
function limited(body: Readable, [min, max]: [number, number]): Readable {
  let size = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > max) return done(tooLarge(size, max));
      done(null, chunk);
    },
    flush(done) {
      done(size < min ? new AwsError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', 400, { fields: { ProposedSize: size, MinSizeAllowed: min } }) : null);
    },
  });
  body.on('error', (error) => guard.destroy(error));
  return body.pipe(guard);
}

function successResponse(fields: Map<string, string>, call: CallContext, bucket: string, key: string, etag: string): WebResponse {
  const location = `${call.endpoint}/${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const redirect = fields.get('success_action_redirect') ?? fields.get('redirect');
  if (redirect && /^https?:\/\//i.test(redirect)) {
    const target = new URL(redirect);
    target.searchParams.set('bucket', bucket);
    target.searchParams.set('key', key);
    target.searchParams.set('etag', etag);
    return { status: 303, headers: { location: target.toString(), etag } };
  }
  const status = Number(fields.get('success_action_status'));
  if (status === 200) return { status: 200, headers: { etag, location } };
  if (status === 201) {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<PostResponse><Location>${escapeText(location)}</Location><Bucket>${escapeText(bucket)}</Bucket><Key>${escapeText(key)}</Key><ETag>${escapeText(etag)}</ETag></PostResponse>`;
    return { status: 201, headers: { etag, location, 'content-type': 'application/xml' }, body };
  }
  return { status: 204, headers: { etag, location } };
}

function tooLarge(size: number, max: number): AwsError {
  return new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400, { fields: { ProposedSize: size, MaxSizeAllowed: max } });
}

function denied(message: string): AwsError {
  return new AwsError('AccessDenied', message, 403);
}

function invalidPolicy(message: string): AwsError {
  return new AwsError('InvalidPolicyDocument', message, 400);
}

function missingField(name: string): AwsError {
  return new AwsError('InvalidArgument', `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`, 400, {
    fields: { ArgumentName: name, ArgumentValue: '' },
  });
}

function malformedPost(message: string): AwsError {
  return new AwsError('MalformedPOSTRequest', message, 400);
}
