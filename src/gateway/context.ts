import type { CallContext } from '../common/call-context.js';
import type { ResolvedPrincipal } from '../common/policy/identity.js';
import type { Codec } from '../protocol/codec.js';
import type { HttpRequest, HttpResponse } from '../protocol/http-message.js';
import type { OperationModel, ServiceModel } from '../protocol/model.js';
import type { SignatureScope } from './credentials.js';

/** Everything the pipeline learns about one request, stage by stage. */
export interface RequestContext {
  readonly requestId: string;
  readonly request: HttpRequest;
  readonly startedAt: number;
  scope?: SignatureScope;
  /** The IAM principal of a key IAM or STS issued; absent for other keys (their account's root). */
  principal?: ResolvedPrincipal;
  service?: string;
  hostBucket?: string;
  hostRegion?: string;
  /** Addressed to a website endpoint (S3 static websites); `base` is the path before the path-style one. */
  website?: { base: string };
  account: string;
  region: string;
  model?: ServiceModel;
  codec?: Codec;
  operation?: OperationModel;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: unknown;
  response?: HttpResponse;
  call?: CallContext;
}
