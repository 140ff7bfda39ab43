import type { CallContext } from '../../common/call-context.js';
import type { Collection } from '../../store/store.js';
import type {
  ApiKey, Authorizer, EndpointConfiguration, GatewayResponse, Method, Model, RequestValidator, Stage, UsagePlan,
} from './api.generated.js';

/** Anything that hands out collections: the store, or a transaction in it. */
export interface Collections {
  collection<T>(name: string): Collection<T>;
}

/** A resource with its methods; each method carries its integration and responses, as GetResources embeds them. */
export interface ResourceRecord {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods: Record<string, Method>;
}

/** What a deployment freezes of an API: everything the invoke endpoint serves. */
export interface ApiDefinition {
  resources: Record<string, ResourceRecord>;
  authorizers: Record<string, Authorizer>;
  models: Record<string, Model>;
  requestValidators: Record<string, RequestValidator>;
  gatewayResponses: Record<string, GatewayResponse>;
  apiKeySource: string;
  binaryMediaTypes: string[];
}

/** A REST API and its current (undeployed) definition. */
export interface RestApiRecord extends ApiDefinition {
  account: string;
  region: string;
  id: string;
  name: string;
  description?: string;
  version?: string;
  createdDate: number;
  minimumCompressionSize?: number;
  endpointConfiguration: EndpointConfiguration;
  policy?: string;
  tags: Record<string, string>;
  disableExecuteApiEndpoint: boolean;
  rootResourceId: string;
}

export interface DeploymentRecord {
  id: string;
  description?: string;
  createdDate: number;
  definition: ApiDefinition;
}

/** A stage as the API returns it, with its dates as epoch milliseconds. */
export type StageRecord = Omit<Stage, 'createdDate' | 'lastUpdatedDate'> & { stageName: string; deploymentId: string; createdDate: number; lastUpdatedDate: number };

export type ApiKeyRecord = Omit<ApiKey, 'createdDate' | 'lastUpdatedDate'> & { id: string; value: string; name: string; enabled: boolean; createdDate: number; lastUpdatedDate: number };

export type UsagePlanRecord = UsagePlan & { id: string; name: string };

/** Where an API lives: the invoke endpoint names only the API id. */
export interface ApiLocation {
  account: string;
  region: string;
}

export const restApis = (source: Collections) => source.collection<RestApiRecord>('apigateway.restapis');
export const apiLocations = (source: Collections) => source.collection<ApiLocation>('apigateway.api-locations');
export const deployments = (source: Collections) => source.collection<DeploymentRecord>('apigateway.deployments');
export const stages = (source: Collections) => source.collection<StageRecord>('apigateway.stages');
export const apiKeys = (source: Collections) => source.collection<ApiKeyRecord>('apigateway.apikeys');
export const usagePlans = (source: Collections) => source.collection<UsagePlanRecord>('apigateway.usageplans');
/** The keys of a usage plan: the key under the plan's prefix, so a plan lists its keys. */
export const usagePlanKeys = (source: Collections) => source.collection<{ keyId: string }>('apigateway.usageplankeys');
/** Requests counted against a plan's quota, per key and quota period. */
export const usageCounts = (source: Collections) => source.collection<{ used: number }>('apigateway.usage');

export const regionPrefix = (where: ApiLocation | CallContext) => `${where.account}/${where.region}/`;
export const restApiKey = (where: ApiLocation | CallContext, apiId: string) => `${regionPrefix(where)}${apiId}`;
export const apiPartKey = (where: ApiLocation | CallContext, apiId: string, part: string) => `${regionPrefix(where)}${apiId}/${part}`;
