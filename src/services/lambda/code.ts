import { createHash, createHmac } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import { inspectZip } from '../../runtimes/code-cache.js';
import type { EventBus } from '../../events/bus.js';
import type { Store } from '../../store/store.js';
import { packageBytes, type CodeSource } from './code-source.js';
import { invalidParameter } from './errors.js';

/** A deployment package as stored: a content-addressed blob. */
export interface StoredCode {
  blobId: string;
  codeSha256: string;
  codeSize: number;
}

const UNZIPPED_LIMIT = 262_144_000;

/**
 * Validates a package (a ZipFile, or an S3 object read through S3) and writes it to the blob store;
 * container images are refused, with the reason.
 */
export async function storeCode(deps: { store: Store; bus: EventBus }, code: (CodeSource & { ImageUri?: string }) | undefined, context: CallContext): Promise<StoredCode> {
  if (code?.ImageUri) {
    throw invalidParameter('Nimbus runs functions as local processes, without Docker: container images (ImageUri, PackageType Image) are not supported. Deploy a .zip package with ZipFile.');
  }
  const zip = await packageBytes(deps.bus, code, context);
  if (!zip.length) throw invalidParameter('Uploaded file must be a non-empty zip');
  const inspected = inspectZip(zip);
  if (!inspected.ok) throw invalidParameter('Could not unzip uploaded file. Please check your file, then try to upload again.');
  if (inspected.unzippedSize > UNZIPPED_LIMIT) throw invalidParameter(`Unzipped size must be smaller than ${UNZIPPED_LIMIT} bytes`);
  const blob = await deps.store.blobs.write(zip);
  return { blobId: blob.id, codeSha256: createHash('sha256').update(zip).digest('base64'), codeSize: zip.length };
}

const LINK_SECRET = 'nimbus-lambda-code-location';
const CODE_PATH = /^\/_lambda-code\/([0-9a-f]{64})$/;

/**
 * `Code.Location`: a presigned-style link on the Nimbus endpoint, good for ten minutes, that
 * downloads the package. Its SigV4-shaped query names the lambda service, so the gateway routes
 * the GET to Lambda's web endpoint, which serves the blob the link names and signs.
 */
export function codeLocation(blobId: string, context: CallContext, now: number): string {
  const date = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const query = new URLSearchParams({
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${context.account}/${date.slice(0, 8)}/${context.region}/lambda/aws4_request`,
    'X-Amz-Date': date,
    'X-Amz-Expires': '600',
    'X-Amz-SignedHeaders': 'host',
    'X-Amz-Signature': linkSignature(blobId),
  });
  return `${context.endpoint}/_lambda-code/${blobId}?${query.toString()}`;
}

/** The blob a code link names, when its signature is ours. */
export function blobOfCodeLink(path: string, query: URLSearchParams): string | undefined {
  const blobId = CODE_PATH.exec(path)?.[1];
  return blobId && query.get('X-Amz-Signature') === linkSignature(blobId) ? blobId : undefined;
}

function linkSignature(blobId: string): string {
  return createHmac('sha256', LINK_SECRET).update(blobId).digest('hex');
}
