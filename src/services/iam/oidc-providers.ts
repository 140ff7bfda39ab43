import type { CallContext } from '../../common/call-context.js';
import type { Collection } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { mergeTags } from './entities.js';
import { entityAlreadyExists, invalidInput, limitExceeded, noSuchEntity } from './errors.js';
import { page } from './paging.js';
import { accountPrefix, type Collections } from './state.js';

/** An OpenID Connect identity provider, kept under `account/<url without https://>`. */
export interface OidcProviderRecord {
  account: string;
  arn: string;
  /** The issuer without its scheme, as IAM answers it. */
  url: string;
  clientIds: string[];
  thumbprints: string[];
  createDate: number;
  tags: Array<{ Key: string; Value: string }>;
}

const MAX_CLIENT_IDS = 100;
const MAX_THUMBPRINTS = 5;
const THUMBPRINT = /^[0-9a-fA-F]{40}$/;

const providers = (source: Collections): Collection<OidcProviderRecord> => source.collection<OidcProviderRecord>('iam.oidc-providers');

/**
 * OpenID Connect providers, stored and described as IAM keeps them. AssumeRoleWithWebIdentity does
 * not require one: a role's trust policy naming the issuer is enough in Nimbus.
 */
export class OidcProviders {
  constructor(private readonly deps: ServiceDeps) {}

  async createOpenIDConnectProvider(input: api.CreateOpenIDConnectProviderRequest, context: CallContext): Promise<api.CreateOpenIDConnectProviderResponse> {
    if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(input.Url)) throw invalidInput(`Invalid URL: ${input.Url}. The URL must begin with https://.`);
    const url = input.Url.slice('https://'.length).replace(/\/$/, '');
    const clientIds = [...new Set(input.ClientIDList ?? [])];
    const thumbprints = input.ThumbprintList ?? [];
    checkLists(clientIds, thumbprints);
    return this.deps.store.transaction(async (tx) => {
      const key = `${accountPrefix(context.account)}${url}`;
      if (await providers(tx).get(key)) throw entityAlreadyExists(`Provider with url https://${url} already exists.`);
      const arn = `arn:aws:iam::${context.account}:oidc-provider/${url}`;
      await providers(tx).put(key, { account: context.account, arn, url, clientIds, thumbprints, createDate: this.deps.clock.now(), tags: input.Tags ?? [] });
      return { OpenIDConnectProviderArn: arn, Tags: input.Tags };
    });
  }

  async getOpenIDConnectProvider(input: api.GetOpenIDConnectProviderRequest, context: CallContext): Promise<api.GetOpenIDConnectProviderResponse> {
    const provider = await this.load(this.deps.store, input.OpenIDConnectProviderArn, context);
    return { Url: provider.url, ClientIDList: provider.clientIds, ThumbprintList: provider.thumbprints, CreateDate: new Date(provider.createDate), Tags: provider.tags };
  }

  async listOpenIDConnectProviders(_input: api.ListOpenIDConnectProvidersRequest, context: CallContext): Promise<api.ListOpenIDConnectProvidersResponse> {
    const all = await providers(this.deps.store).list({ prefix: accountPrefix(context.account) });
    return { OpenIDConnectProviderList: all.map((entry) => ({ Arn: entry.value.arn })) };
  }

  async deleteOpenIDConnectProvider(input: api.DeleteOpenIDConnectProviderRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const provider = await this.load(tx, input.OpenIDConnectProviderArn, context);
      await providers(tx).delete(`${accountPrefix(provider.account)}${provider.url}`);
    });
  }

  addClientIDToOpenIDConnectProvider(input: api.AddClientIDToOpenIDConnectProviderRequest, context: CallContext): Promise<void> {
    return this.change(input.OpenIDConnectProviderArn, context, (provider) => {
      if (!provider.clientIds.includes(input.ClientID)) provider.clientIds.push(input.ClientID);
      checkLists(provider.clientIds, provider.thumbprints);
    });
  }

  removeClientIDFromOpenIDConnectProvider(input: api.RemoveClientIDFromOpenIDConnectProviderRequest, context: CallContext): Promise<void> {
    return this.change(input.OpenIDConnectProviderArn, context, (provider) => {
      provider.clientIds = provider.clientIds.filter((id) => id !== input.ClientID);
    });
  }

  updateOpenIDConnectProviderThumbprint(input: api.UpdateOpenIDConnectProviderThumbprintRequest, context: CallContext): Promise<void> {
    return this.change(input.OpenIDConnectProviderArn, context, (provider) => {
      checkLists(provider.clientIds, input.ThumbprintList);
      provider.thumbprints = input.ThumbprintList;
    });
  }

  tagOpenIDConnectProvider(input: api.TagOpenIDConnectProviderRequest, context: CallContext): Promise<void> {
    return this.change(input.OpenIDConnectProviderArn, context, (provider) => mergeTags(provider, input.Tags));
  }

  untagOpenIDConnectProvider(input: api.UntagOpenIDConnectProviderRequest, context: CallContext): Promise<void> {
    return this.change(input.OpenIDConnectProviderArn, context, (provider) => {
      provider.tags = provider.tags.filter((tag) => !input.TagKeys.includes(tag.Key));
    });
  }

  async listOpenIDConnectProviderTags(input: api.ListOpenIDConnectProviderTagsRequest, context: CallContext): Promise<api.ListOpenIDConnectProviderTagsResponse> {
    const provider = await this.load(this.deps.store, input.OpenIDConnectProviderArn, context);
    const { items, ...paging } = page(provider.tags, input.Marker, input.MaxItems);
    return { Tags: items, ...paging };
  }

  private async change(arn: string, context: CallContext, edit: (provider: OidcProviderRecord) => void): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const provider = await this.load(tx, arn, context);
      edit(provider);
      await providers(tx).put(`${accountPrefix(provider.account)}${provider.url}`, provider);
    });
  }

  private async load(source: Collections, arn: string, context: CallContext): Promise<OidcProviderRecord> {
    const match = /^arn:aws:iam::(\d{12}):oidc-provider\/(.+)$/.exec(arn);
    if (!match) throw invalidInput(`Invalid ARN: ${arn}`);
    const provider = match[1] === context.account ? await providers(source).get(`${accountPrefix(match[1])}${match[2]}`) : undefined;
    if (!provider) throw noSuchEntity(`OpenIDConnect Provider not found for arn ${arn}`);
    return provider;
  }
}

function checkLists(clientIds: string[], thumbprints: string[]): void {
  if (clientIds.length > MAX_CLIENT_IDS) throw limitExceeded(`Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: ${MAX_CLIENT_IDS}`);
  if (thumbprints.length > MAX_THUMBPRINTS) throw limitExceeded(`Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: ${MAX_THUMBPRINTS}`);
  const bad = thumbprints.find((thumbprint) => !THUMBPRINT.test(thumbprint));
  if (bad !== undefined) throw invalidInput(`Thumbprint ${bad} is not a 40-character hexadecimal SHA-1 fingerprint.`);
}
