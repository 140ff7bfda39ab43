import { randomBytes } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type * as api from './api.generated.js';
import { conflict, invalidParameter, notFound } from './errors.js';
import { loadFunction, type LambdaDeps } from './lookup.js';
import { aliases, aliasKey, type Collections } from './state.js';
import { functionArn, lambdaTimestamp, parseFunctionName, type FunctionRef } from './names.js';

/** A function URL; stored under its URL id, which the host name carries. */
export interface FunctionUrlRecord {
  urlId: string;
  account: string;
  region: string;
  functionName: string;
  /** An alias name, or undefined for the unqualified function. */
  qualifier?: string;
  authType: string;
  cors?: api.Cors;
  invokeMode: string;
  /** The URL as it was handed out: the scheme and port the caller reached Nimbus on. */
  functionUrl: string;
  creationTime: number;
  lastModifiedTime: number;
}

export const functionUrls = (source: Collections) => source.collection<FunctionUrlRecord>('lambda.function-urls');

const AUTH_TYPES = ['NONE', 'AWS_IAM'];
const INVOKE_MODES = ['BUFFERED', 'RESPONSE_STREAM'];

/** CreateFunctionUrlConfig and friends: URLs are served by `function-url-web.ts`. */
export class FunctionUrls {
  constructor(private readonly deps: LambdaDeps) {}

  async createFunctionUrlConfig(input: api.CreateFunctionUrlConfigRequest, context: CallContext): Promise<api.CreateFunctionUrlConfigResponse> {
    const ref = await this.target(input.FunctionName, context, input.Qualifier);
    checkSettings(input);
    const now = this.deps.clock.now();
    const urlId = randomBytes(16).toString('hex').replace(/[0-9]/g, (digit) => 'abcdefghij'[Number(digit)]!).slice(0, 32);
    const record: FunctionUrlRecord = {
      urlId, account: ref.account, region: ref.region, functionName: ref.name, qualifier: ref.qualifier,
      authType: input.AuthType, ...(input.Cors ? { cors: input.Cors } : {}), invokeMode: input.InvokeMode ?? 'BUFFERED',
      functionUrl: urlFor(urlId, ref.region, context.endpoint), creationTime: now, lastModifiedTime: now,
    };
    await this.deps.store.transaction(async (tx) => {
      if (await this.find(tx, ref)) {
        throw conflict(`Failed to create function url config for [functionArn = ${functionArn(ref, ref.qualifier)}]. Error message:  FunctionUrlConfig exists for this Lambda function`);
      }
      await functionUrls(tx).put(urlId, record);
    });
    const { LastModifiedTime: _, ...created } = view(record);
    return created;
  }

  async getFunctionUrlConfig(input: api.GetFunctionUrlConfigRequest, context: CallContext): Promise<api.GetFunctionUrlConfigResponse> {
    const ref = await this.target(input.FunctionName, context, input.Qualifier);
    const record = await this.find(this.deps.store, ref);
    if (!record) throw urlNotFound();
    return view(record);
  }

  async updateFunctionUrlConfig(input: api.UpdateFunctionUrlConfigRequest, context: CallContext): Promise<api.UpdateFunctionUrlConfigResponse> {
    const ref = await this.target(input.FunctionName, context, input.Qualifier);
    checkSettings(input);
    const record = await this.deps.store.transaction(async (tx) => {
      const stored = await this.find(tx, ref);
      if (!stored) throw urlNotFound();
      const updated: FunctionUrlRecord = {
        ...stored,
        authType: input.AuthType ?? stored.authType,
        invokeMode: input.InvokeMode ?? stored.invokeMode,
        lastModifiedTime: this.deps.clock.now(),
      };
      if (input.Cors) updated.cors = input.Cors;
      await functionUrls(tx).put(stored.urlId, updated);
      return updated;
    });
    return view(record);
  }

  async deleteFunctionUrlConfig(input: api.DeleteFunctionUrlConfigRequest, context: CallContext): Promise<void> {
    const ref = await this.target(input.FunctionName, context, input.Qualifier);
    await this.deps.store.transaction(async (tx) => {
      const stored = await this.find(tx, ref);
      if (!stored) throw urlNotFound();
      await functionUrls(tx).delete(stored.urlId);
    });
  }

  async listFunctionUrlConfigs(input: api.ListFunctionUrlConfigsRequest, context: CallContext): Promise<api.ListFunctionUrlConfigsResponse> {
    const ref = parseFunctionName(input.FunctionName, context);
    await loadFunction(this.deps.store, ref);
    const all = (await functionUrls(this.deps.store).list()).map((entry) => entry.value)
      .filter((record) => record.account === ref.account && record.region === ref.region && record.functionName === ref.name)
      .sort((a, b) => a.creationTime - b.creationTime);
    const start = input.Marker ? Number(input.Marker) : 0;
    const size = input.MaxItems ?? 50;
    return {
      FunctionUrlConfigs: all.slice(start, start + size).map(view),
      ...(start + size < all.length ? { NextMarker: String(start + size) } : {}),
    };
  }

  /** The function (and alias) a URL belongs to; both must exist, and a URL qualifier is `$LATEST`-free. */
  private async target(name: string, context: CallContext, qualifier: string | undefined): Promise<FunctionRef> {
    const ref = parseFunctionName(name, context, qualifier);
    await loadFunction(this.deps.store, ref);
    if (ref.qualifier === '$LATEST') ref.qualifier = undefined;
    if (ref.qualifier !== undefined) {
      if (/^\d+$/.test(ref.qualifier)) throw invalidParameter('Function URLs are not supported on versions. Use an alias instead.');
      if (!(await aliases(this.deps.store).get(aliasKey(ref, ref.qualifier)))) throw notFound(`Function not found: ${functionArn(ref, ref.qualifier)}`);
    }
    return ref;
  }

  private async find(source: Collections, ref: FunctionRef): Promise<FunctionUrlRecord | undefined> {
    return (await functionUrls(source).list()).map((entry) => entry.value).find((record) =>
      record.account === ref.account && record.region === ref.region && record.functionName === ref.name && record.qualifier === ref.qualifier);
  }
}

function checkSettings(input: { AuthType?: string; InvokeMode?: string; Cors?: api.Cors }): void {
  if (input.AuthType !== undefined && !AUTH_TYPES.includes(input.AuthType)) {
    throw invalidParameter(`1 validation error detected: Value '${input.AuthType}' at 'authType' failed to satisfy constraint: Member must satisfy enum value set: [NONE, AWS_IAM]`);
  }
  if (input.InvokeMode !== undefined && !INVOKE_MODES.includes(input.InvokeMode)) {
    throw invalidParameter(`1 validation error detected: Value '${input.InvokeMode}' at 'invokeMode' failed to satisfy constraint: Member must satisfy enum value set: [BUFFERED, RESPONSE_STREAM]`);
  }
  const maxAge = input.Cors?.MaxAge;
  if (maxAge !== undefined && (maxAge < 0 || maxAge > 86400)) {
    throw invalidParameter(`1 validation error detected: Value '${maxAge}' at 'cors.maxAge' failed to satisfy constraint: Member must have value less than or equal to 86400`);
  }
}

function urlNotFound() {
  return notFound('The resource you requested does not exist.');
}

/** `http://<url-id>.lambda-url.<region>.localhost:<port>/`, on the scheme and port the caller used. */
function urlFor(urlId: string, region: string, endpoint: string): string {
  let scheme = 'http:';
  let port = '4566';
  try {
    const parsed = new URL(endpoint);
    scheme = parsed.protocol;
    port = parsed.port;
  } catch {
    // an endpoint-less call (from another service) keeps the default
  }
  return `${scheme}//${urlId}.lambda-url.${region}.localhost${port ? `:${port}` : ''}/`;
}

function view(record: FunctionUrlRecord): api.FunctionUrlConfig {
  return {
    FunctionUrl: record.functionUrl,
    FunctionArn: functionArn({ account: record.account, region: record.region, name: record.functionName }, record.qualifier),
    AuthType: record.authType as api.FunctionUrlAuthType,
    ...(record.cors ? { Cors: record.cors } : {}),
    CreationTime: lambdaTimestamp(record.creationTime),
    LastModifiedTime: lambdaTimestamp(record.lastModifiedTime),
    InvokeMode: record.invokeMode as api.InvokeMode,
  };
}
