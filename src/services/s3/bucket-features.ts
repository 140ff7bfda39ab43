import type { CallContext } from '../../common/call-context.js';
import type { WebRequest, WebResponse } from '../../common/web-request.js';
import type { ServiceDeps } from '../service-deps.js';
import { AclOperations } from './acl.js';
import type { PutObjectOutput, PutObjectRequest } from './api.generated.js';
import { BucketConfigOperations } from './bucket-config.js';
import { BucketCors } from './cors.js';
import { LifecycleExecutor } from './lifecycle.js';
import { LifecycleConfigOperations } from './lifecycle-config.js';
import { NotificationConfigOperations } from './notification-config.js';
import type { EventPublisher } from './notifications.js';
import { PostUpload } from './post-upload.js';
import type { S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';
import type { ObjectVersions } from './versions.js';
import { WebsiteConfigOperations } from './website-config.js';
import { WebsiteServer } from './website.js';

/**
 * Bucket subresources (tagging, CORS, policy, lifecycle, notifications, website, encryption,
 * ownership, public access block, ACLs, Object Lock) and what browsers do with a bucket
 * (preflights, form uploads, website pages), built once and routed to by the provider.
 */
export class BucketFeatures {
  readonly subresources: BucketSubresources;
  readonly events: EventPublisher;
  readonly config: BucketConfigOperations;
  readonly acl: AclOperations;
  readonly lifecycle: LifecycleConfigOperations;
  readonly lifecycleExecutor: LifecycleExecutor;
  readonly notifications: NotificationConfigOperations;
  readonly website: WebsiteConfigOperations;
  private readonly cors: BucketCors;
  private readonly post: PostUpload;
  private readonly websiteServer: WebsiteServer;

  constructor(
    { store, bus, clock }: ServiceDeps,
    state: S3State,
    versions: ObjectVersions,
    subresources: BucketSubresources,
    events: EventPublisher,
    writePost: (input: PutObjectRequest, context: CallContext) => Promise<PutObjectOutput>,
  ) {
    this.subresources = subresources;
    this.events = events;
    this.config = new BucketConfigOperations(state, this.subresources);
    this.acl = new AclOperations(state, store, this.subresources);
    this.lifecycleExecutor = new LifecycleExecutor(state, this.subresources, versions, this.events, clock);
    this.lifecycle = new LifecycleConfigOperations(state, this.subresources, () => void this.lifecycleExecutor.wake());
    this.notifications = new NotificationConfigOperations(state, this.subresources, bus, clock);
    this.website = new WebsiteConfigOperations(state, this.subresources);
    this.cors = new BucketCors(state, this.subresources);
    this.post = new PostUpload(state, clock, writePost);
    this.websiteServer = new WebsiteServer(state, store, this.subresources);
    void this.lifecycleExecutor.wake();
  }

  /** Website pages, CORS preflights and HTML form uploads; everything else is the API's. */
  async serveWeb(request: WebRequest, call: CallContext): Promise<WebResponse | undefined> {
    if (request.website) return this.websiteServer.serve(request, call);
    if (request.method === 'OPTIONS') return this.cors.preflight(request);
    const isForm = (request.headers['content-type'] ?? '').startsWith('multipart/form-data');
    if (request.method === 'POST' && isForm && !request.query.size) return this.post.handle(request, call);
    return undefined;
  }

  corsHeaders(request: WebRequest): Promise<Record<string, string>> {
    return this.cors.responseHeaders(request);
  }
}
