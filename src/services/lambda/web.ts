import type { CallContext } from '../../common/call-context.js';
import type { WebRequest, WebResponse } from '../../common/web-request.js';
import type { Store } from '../../store/store.js';
import { blobOfCodeLink } from './code.js';

/** Serves `Code.Location` and layer `Content.Location` links: the package's zip, while the link is valid. */
export async function serveCodeDownload(store: Store, request: WebRequest, _call: CallContext): Promise<WebResponse | undefined> {
  if (request.method !== 'GET' || !request.rawPath.startsWith('/_lambda-code/')) return undefined;
  const blobId = blobOfCodeLink(request.rawPath, request.query);
  if (!blobId) return { status: 403, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>' };
  const size = await store.blobs.size(blobId);
  return { status: 200, headers: { 'content-type': 'application/zip', 'content-length': String(size) }, body: store.blobs.read(blobId) };
}
