import type { CallContext } from '../../common/call-context.js';
import type { WebRequest, WebResponse } from '../../common/web-request.js';
import type { Store } from '../../store/store.js';
import type * as Api from './api.generated.js';
import { readBody } from './body.js';
import { addressOf } from './cors.js';
import { objectKeyOf, type ObjectRecord, type S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';
import { errorPage } from './website-pages.js';

interface Failure {
  status: number;
  code: string;
  message: string;
  details?: Record<string, string>;
}

/**
 * Static website hosting: a bucket's objects as pages, with its index document, error document and
 * redirects, on `<bucket>.s3-website.localhost` and `/_nimbus/s3-website/<bucket>/…`.
 */
export class WebsiteServer {
  constructor(
    private readonly state: S3State,
    private readonly store: Store,
    private readonly configs: BucketSubresources,
  ) {}

  async serve(request: WebRequest, call: CallContext): Promise<WebResponse> {
    const base = request.website!.base;
    const { bucket: name, key: requested = '' } = addressOf(request.rawPath);
    const fail = (failure: Failure) => failurePage(request, call, failure);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return fail({ status: 405, code: 'MethodNotAllowed', message: 'The specified method is not allowed against this resource.', details: { Method: request.method, ResourceType: 'OBJECT' } });
    }
    const bucket = name ? await this.state.buckets().get(name) : undefined;
    if (!bucket) return fail({ status: 404, code: 'NoSuchBucket', message: 'The specified bucket does not exist', details: { BucketName: name ?? '' } });
    const website = await this.configs.get<Api.WebsiteConfiguration>(bucket.name, 'website');
    if (!website) {
      return fail({ status: 404, code: 'NoSuchWebsiteConfiguration', message: 'The specified bucket does not have a website configuration', details: { BucketName: bucket.name } });
    }
    if (website.RedirectAllRequestsTo) {
      const { HostName, Protocol } = website.RedirectAllRequestsTo;
      return redirect(301, `${Protocol ?? protocolOf(call)}://${HostName}/${encodeKey(requested)}`);
    }
    const byPrefix = website.RoutingRules?.find((rule) => !rule.Condition?.HttpErrorCodeReturnedEquals && requested.startsWith(rule.Condition?.KeyPrefixEquals ?? ''));
    if (byPrefix) return redirect(Number(byPrefix.Redirect.HttpRedirectCode ?? 301), ruleTarget(byPrefix, requested, call, base));

    const suffix = website.IndexDocument!.Suffix;
    const key = requested === '' || requested.endsWith('/') ? requested + suffix : requested;
    const object = await this.current(bucket.name, key);
    if (object) {
      if (object.websiteRedirectLocation) return redirect(301, object.websiteRedirectLocation);
      return this.page(request, object, 200);
    }
    // `folder` names the folder's index page when there is one: S3 sends the browser to `folder/`.
    if (!requested.endsWith('/') && requested !== '' && (await this.current(bucket.name, `${requested}/${suffix}`))) {
      return redirect(302, `${base}/${encodeKey(requested)}/`);
    }
    const byError = website.RoutingRules?.find(
      (rule) => rule.Condition?.HttpErrorCodeReturnedEquals === '404' && requested.startsWith(rule.Condition?.KeyPrefixEquals ?? ''),
    );
    if (byError) return redirect(Number(byError.Redirect.HttpRedirectCode ?? 301), ruleTarget(byError, requested, call, base));
    const errorDocument = website.ErrorDocument && (await this.current(bucket.name, website.ErrorDocument.Key));
    if (errorDocument) return this.page(request, errorDocument, 404);
    return fail({ status: 404, code: 'NoSuchKey', message: 'The specified key does not exist.', details: { Key: key } });
  }

  private async current(bucket: string, key: string): Promise<ObjectRecord | undefined> {
    const object = await this.state.objects().get(objectKeyOf(bucket, key));
    return object && !object.deleteMarker ? object : undefined;
  }

  private page(request: WebRequest, object: ObjectRecord, status: number): WebResponse {
    const headers: Record<string, string> = {
      'content-type': object.contentType,
      'content-length': String(object.size),
      etag: object.etag,
      'last-modified': new Date(object.lastModified).toUTCString(),
    };
    if (object.cacheControl) headers['cache-control'] = object.cacheControl;
    if (object.contentEncoding) headers['content-encoding'] = object.contentEncoding;
    for (const [name, value] of Object.entries(object.metadata)) headers[`x-amz-meta-${name}`] = value;
    return { status, headers, body: request.method === 'HEAD' ? undefined : readBody(this.store.blobs, object) };
  }
}

function failurePage(request: WebRequest, call: CallContext, failure: Failure): WebResponse {
  const body = errorPage(failure.status, failure.code, failure.message, call.requestId, failure.details);
  return {
    status: failure.status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'x-amz-error-code': failure.code, 'x-amz-error-message': failure.message },
    body: request.method === 'HEAD' ? undefined : body,
  };
}

function redirect(status: number, location: string): WebResponse {
  return { status, headers: { location, 'content-length': '0' } };
}

/** Where a routing rule sends a request: its host and protocol, and the key with the rule's replacement. */
function ruleTarget(rule: Api.RoutingRule, key: string, call: CallContext, base: string): string {
  const { Redirect: to } = rule;
  const prefix = rule.Condition?.KeyPrefixEquals ?? '';
  const newKey = to.ReplaceKeyWith ?? (to.ReplaceKeyPrefixWith !== undefined ? to.ReplaceKeyPrefixWith + key.slice(prefix.length) : key);
  if (!to.HostName && !to.Protocol) return `${base}/${encodeKey(newKey)}`;
  const host = to.HostName ?? new URL(call.endpoint).host;
  return `${to.Protocol ?? protocolOf(call)}://${host}${to.HostName ? '' : base}/${encodeKey(newKey)}`;
}

const protocolOf = (call: CallContext) => new URL(call.endpoint).protocol.replace(':', '');
const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/');
