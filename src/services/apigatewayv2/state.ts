import type { Store, Transaction } from '../../store/store.js';
import type { Authorizer, Cors, Integration, Route, Stage } from './api.generated.js';

/** What a deployment freezes of an API: everything its stages serve. */
export interface ApiDefinition {
  routes: Record<string, Route>;
  integrations: Record<string, Integration>;
  authorizers: Record<string, Authorizer>;
}

export interface DeploymentRecord {
  deploymentId: string;
  description?: string;
  autoDeployed: boolean;
  createdDate: number;
  definition: ApiDefinition;
}

/** A stage as GetStage returns it, with its dates as epoch milliseconds. */
export type StageRecord = Omit<Stage, 'CreatedDate' | 'LastUpdatedDate'> & { StageName: string; createdDate: number; lastUpdatedDate: number };

/** An HTTP API with its current (undeployed) definition, its stages and deployments. */
export interface ApiRecord extends ApiDefinition {
  account: string;
  region: string;
  apiId: string;
  name: string;
  protocolType: 'HTTP' | 'WEBSOCKET';
  routeSelectionExpression: string;
  apiKeySelectionExpression: string;
  description?: string;
  version?: string;
  corsConfiguration?: Cors;
  disableExecuteApiEndpoint: boolean;
  ipAddressType: 'ipv4' | 'dualstack';
  createdDate: number;
  tags: Record<string, string>;
  stages: Record<string, StageRecord>;
  deployments: Record<string, DeploymentRecord>;
}

/** Where an API lives: the invoke endpoint names only the API id. */
export interface ApiLocation {
  account: string;
  region: string;
}

type Collections = Store | Transaction;

const apis = (store: Collections) => store.collection<ApiRecord>('apigatewayv2.apis');
const locations = (store: Collections) => store.collection<ApiLocation>('apigatewayv2.api-locations');

export function apiKey(account: string, region: string, apiId: string): string {
  return `${account}/${region}/${apiId}`;
}

export function getApiRecord(store: Collections, account: string, region: string, apiId: string): Promise<ApiRecord | undefined> {
  return apis(store).get(apiKey(account, region, apiId));
}

export async function listApiRecords(store: Collections, account: string, region: string): Promise<ApiRecord[]> {
  return (await apis(store).list({ prefix: `${account}/${region}/` })).map((entry) => entry.value);
}

export async function putApiRecord(tx: Transaction, api: ApiRecord): Promise<void> {
  await apis(tx).put(apiKey(api.account, api.region, api.apiId), api);
  await locations(tx).put(api.apiId, { account: api.account, region: api.region });
}

export async function deleteApiRecord(tx: Transaction, api: ApiRecord): Promise<void> {
  await apis(tx).delete(apiKey(api.account, api.region, api.apiId));
  await locations(tx).delete(api.apiId);
}

/** The API an invoke URL names, in whichever account and region it was created. */
export async function findApiById(store: Collections, apiId: string): Promise<ApiRecord | undefined> {
  const location = await locations(store).get(apiId);
  return location && getApiRecord(store, location.account, location.region, apiId);
}
