import { randomUUID } from 'node:crypto';
import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { Collection } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateEndpointResponse, CreatePlatformApplicationInput, CreatePlatformApplicationResponse, CreatePlatformEndpointInput,
  DeleteEndpointInput, DeletePlatformApplicationInput, GetEndpointAttributesInput, GetEndpointAttributesResponse,
  GetPlatformApplicationAttributesInput, GetPlatformApplicationAttributesResponse, ListEndpointsByPlatformApplicationInput,
  ListEndpointsByPlatformApplicationResponse, ListPlatformApplicationsInput, ListPlatformApplicationsResponse, PublishInput,
  PublishResponse, SetEndpointAttributesInput, SetPlatformApplicationAttributesInput,
} from './api.generated.js';
import { invalidParameter } from './errors.js';
import type { Outbound } from './outbound.js';
import { endpoints, platformApplications, type Collections, type PlatformApplicationRecord, type PlatformEndpointRecord } from './state.js';

const PAGE_SIZE = 100;
const PLATFORMS = new Set(['ADM', 'APNS', 'APNS_SANDBOX', 'APNS_VOIP', 'APNS_VOIP_SANDBOX', 'BAIDU', 'GCM', 'MPNS', 'WNS']);
/** Credentials SNS keeps to reach the push service but never reports back. */
const SECRET_ATTRIBUTES = new Set(['PlatformCredential', 'PlatformPrincipal']);
const APPLICATION_ARN = /^arn:aws[a-z-]*:sns:([a-z0-9-]+):(\d{12}):app\/([A-Z_]+)\/([A-Za-z0-9_.-]{1,256})$/;
const ENDPOINT_ARN = /^arn:aws[a-z-]*:sns:([a-z0-9-]+):(\d{12}):endpoint\/([A-Z_]+)\/([A-Za-z0-9_.-]{1,256})\/([0-9a-f-]{36})$/;

/** Whether an ARN names a platform endpoint (Publish's TargetArn may). */
export function isEndpointArn(arn: string): boolean {
  return ENDPOINT_ARN.test(arn);
}

/** Whether a platform endpoint exists and is enabled, so that a topic's notification reaches it. */
export async function endpointEnabled(source: Collections, arn: string): Promise<boolean> {
  if (!ENDPOINT_ARN.test(arn)) return false;
  return (await endpoints(source).get(endpointKeyOf(arn)))?.attributes.Enabled === 'true';
}

/**
 * Mobile push: platform applications and their device endpoints are stored and reported as SNS does;
 * what is published to an endpoint is captured in the outbox (`/_nimbus/sns/outbox`), as no push
 * service is reached.
 */
export class PlatformApplications {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outbound: Outbound,
  ) {}

  async createPlatformApplication(input: CreatePlatformApplicationInput, context: CallContext): Promise<CreatePlatformApplicationResponse> {
    if (!/^[A-Za-z0-9_.-]{1,256}$/.test(input.Name ?? '')) throw invalidParameter('Name');
    if (!PLATFORMS.has(input.Platform)) throw invalidParameter('Platform');
    const arn = `arn:aws:sns:${context.region}:${context.account}:app/${input.Platform}/${input.Name}`;
    const key = applicationKey(context.account, context.region, input.Platform, input.Name);
    await this.deps.store.transaction(async (tx) => {
      const existing = await platformApplications(tx).get(key);
      const attributes = { ...existing?.attributes, ...input.Attributes };
      await platformApplications(tx).put(key, { arn, platform: input.Platform, name: input.Name, attributes });
    });
    return { PlatformApplicationArn: arn };
  }

  async getPlatformApplicationAttributes(input: GetPlatformApplicationAttributesInput): Promise<GetPlatformApplicationAttributesResponse> {
    return { Attributes: reported(await this.application(input.PlatformApplicationArn)) };
  }

  async setPlatformApplicationAttributes(input: SetPlatformApplicationAttributesInput): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const application = await this.application(input.PlatformApplicationArn, tx);
      const attributes = { ...application.attributes, ...input.Attributes };
      await platformApplications(tx).put(applicationKeyOf(input.PlatformApplicationArn), { ...application, attributes });
    });
  }

  async listPlatformApplications(input: ListPlatformApplicationsInput, context: CallContext): Promise<ListPlatformApplicationsResponse> {
    const page = await this.page(platformApplications(this.deps.store), `${context.account}/${context.region}/`, input.NextToken);
    return {
      PlatformApplications: page.items.map((application) => ({ PlatformApplicationArn: application.arn, Attributes: reported(application) })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  }

  /** Deleting an application deletes its endpoints; deleting one that does not exist is no error. */
  async deletePlatformApplication(input: DeletePlatformApplicationInput): Promise<void> {
    const key = applicationKeyOf(input.PlatformApplicationArn);
    await this.deps.store.transaction(async (tx) => {
      await platformApplications(tx).delete(key);
      for (const { key: endpoint } of await endpoints(tx).list({ prefix: `${key}/` })) await endpoints(tx).delete(endpoint);
    });
  }

  /** Idempotent for one token: the same token with the same attributes is the same endpoint, with others an error. */
  async createPlatformEndpoint(input: CreatePlatformEndpointInput): Promise<CreateEndpointResponse> {
    if (!input.Token) throw invalidParameter('Token Reason: cannot be empty');
    const attributes: Record<string, string> = { Enabled: 'true', ...checkEndpointAttributes(input.Attributes ?? {}), Token: input.Token };
    if (input.CustomUserData !== undefined) attributes.CustomUserData = input.CustomUserData;
    return this.deps.store.transaction(async (tx) => {
      const application = await this.application(input.PlatformApplicationArn, tx);
      const key = applicationKeyOf(input.PlatformApplicationArn);
      for (const { value } of await endpoints(tx).list({ prefix: `${key}/` })) {
        if (value.attributes.Token !== input.Token) continue;
        if (!sameAttributes(value.attributes, attributes)) {
          throw invalidParameter(`Token Reason: Endpoint ${value.arn} already exists with the same Token, but different attributes.`);
        }
        return { EndpointArn: value.arn };
      }
      const id = randomUUID();
      const arn = application.arn.replace(':app/', ':endpoint/') + `/${id}`;
      await endpoints(tx).put(`${key}/${id}`, { arn, applicationArn: application.arn, attributes });
      return { EndpointArn: arn };
    });
  }

  async getEndpointAttributes(input: GetEndpointAttributesInput): Promise<GetEndpointAttributesResponse> {
    return { Attributes: { ...(await this.endpoint(input.EndpointArn)).attributes } };
  }

  async setEndpointAttributes(input: SetEndpointAttributesInput): Promise<void> {
    const changes = checkEndpointAttributes(input.Attributes ?? {});
    if (changes.Token === '') throw invalidParameter('Token Reason: cannot be empty');
    await this.deps.store.transaction(async (tx) => {
      const endpoint = await this.endpoint(input.EndpointArn, tx);
      await endpoints(tx).put(endpointKeyOf(input.EndpointArn), { ...endpoint, attributes: { ...endpoint.attributes, ...changes } });
    });
  }

  async listEndpointsByPlatformApplication(input: ListEndpointsByPlatformApplicationInput): Promise<ListEndpointsByPlatformApplicationResponse> {
    await this.application(input.PlatformApplicationArn);
    const page = await this.page(endpoints(this.deps.store), `${applicationKeyOf(input.PlatformApplicationArn)}/`, input.NextToken);
    return {
      Endpoints: page.items.map((endpoint) => ({ EndpointArn: endpoint.arn, Attributes: { ...endpoint.attributes } })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  }

  /** Deleting an endpoint that does not exist is no error. */
  async deleteEndpoint(input: DeleteEndpointInput): Promise<void> {
    await endpoints(this.deps.store).delete(endpointKeyOf(input.EndpointArn));
  }

  /** Publish with a TargetArn naming an endpoint: MessageStructure json picks the platform's message. */
  async publishToEndpoint(input: PublishInput): Promise<PublishResponse> {
    const endpoint = await this.endpoint(input.TargetArn!);
    if (endpoint.attributes.Enabled !== 'true') throw new AwsError('EndpointDisabledException', 'Endpoint is disabled', 400);
    if (input.Message === undefined || input.Message === '') throw invalidParameter('Empty message');
    const platform = ENDPOINT_ARN.exec(endpoint.arn)![3]!;
    const message = input.MessageStructure === 'json' ? platformMessage(input.Message, platform) : input.Message;
    const messageId = randomUUID();
    await this.deps.store.transaction((tx) => this.outbound.application(tx, endpoint.arn, message, this.deps.clock.date().toISOString()));
    return { MessageId: messageId };
  }

  private async application(arn: string | undefined, source: Collections = this.deps.store): Promise<PlatformApplicationRecord> {
    const application = await platformApplications(source).get(applicationKeyOf(arn));
    if (!application) throw new AwsError('NotFoundException', 'PlatformApplication does not exist', 404);
    return application;
  }

  private async endpoint(arn: string | undefined, source: Collections = this.deps.store): Promise<PlatformEndpointRecord> {
    const endpoint = await endpoints(source).get(endpointKeyOf(arn));
    if (!endpoint) throw new AwsError('NotFoundException', 'Endpoint does not exist', 404);
    return endpoint;
  }

  private async page<T>(collection: Collection<T>, prefix: string, nextToken: string | undefined): Promise<{ items: T[]; nextToken?: string }> {
    const after = nextToken ? decodeToken(nextToken, prefix) : undefined;
    const found = await collection.list({ prefix, after, limit: PAGE_SIZE + 1 });
    const items = found.slice(0, PAGE_SIZE);
    return { items: items.map(({ value }) => value), nextToken: found.length > PAGE_SIZE ? Buffer.from(items.at(-1)!.key).toString('base64') : undefined };
  }
}

function applicationKey(account: string, region: string, platform: string, name: string): string {
  return `${account}/${region}/${platform}/${name}`;
}

function applicationKeyOf(arn: string | undefined): string {
  const match = APPLICATION_ARN.exec(arn ?? '');
  if (!match) throw invalidParameter('PlatformApplicationArn');
  return applicationKey(match[2]!, match[1]!, match[3]!, match[4]!);
}

function endpointKeyOf(arn: string | undefined): string {
  const match = ENDPOINT_ARN.exec(arn ?? '');
  if (!match) throw invalidParameter('EndpointArn');
  return `${applicationKey(match[2]!, match[1]!, match[3]!, match[4]!)}/${match[5]!}`;
}

/** What SNS reports of an application: its attributes without the credentials, and whether it is enabled. */
function reported(application: PlatformApplicationRecord): Record<string, string> {
  const attributes: Record<string, string> = { Enabled: 'true' };
  for (const [name, value] of Object.entries(application.attributes)) if (!SECRET_ATTRIBUTES.has(name)) attributes[name] = value;
  return attributes;
}

function checkEndpointAttributes(attributes: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(attributes)) {
    if (!['CustomUserData', 'Enabled', 'Token'].includes(name)) throw invalidParameter(`Attributes Reason: Invalid attribute name: ${name}`);
    if (name === 'Enabled' && value !== 'true' && value !== 'false') throw invalidParameter('Attributes Reason: Enabled must be true or false');
  }
  return { ...attributes };
}

function sameAttributes(stored: Record<string, string>, requested: Record<string, string>): boolean {
  return Object.entries(requested).every(([name, value]) => stored[name] === value)
    && (stored.CustomUserData ?? '') === (requested.CustomUserData ?? '');
}

function platformMessage(text: string, platform: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidParameter('Message Structure - JSON message body failed to parse');
  }
  const messages = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const chosen = messages[platform] ?? messages.default;
  if (typeof chosen !== 'string') throw invalidParameter('Message Structure - No default entry in JSON message body');
  return chosen;
}

function decodeToken(token: string, prefix: string): string {
  const key = Buffer.from(token, 'base64').toString('utf8');
  if (!key.startsWith(prefix)) throw invalidParameter('NextToken');
  return key;
}
