import type { CallContext } from '../../common/call-context.js';
import type {
  Authorizer, CreateAuthorizerRequest, CreateAuthorizerResponse, DeleteAuthorizerRequest, GetAuthorizerRequest, GetAuthorizerResponse,
  GetAuthorizersRequest, GetAuthorizersResponse, UpdateAuthorizerRequest, UpdateAuthorizerResponse,
} from './api.generated.js';
import { page } from './apis.js';
import { badRequest, conflict, invalidIdentifier } from './errors.js';
import { newId } from './ids.js';
import { merge, type ApiRepository } from './repository.js';
import type { ApiRecord } from './state.js';

/** CreateAuthorizer, GetAuthorizer(s), UpdateAuthorizer, DeleteAuthorizer: JWT and Lambda REQUEST authorizers. */
export class Authorizers {
  constructor(private readonly repository: ApiRepository) {}

  async createAuthorizer(input: CreateAuthorizerRequest, context: CallContext): Promise<CreateAuthorizerResponse> {
    return this.repository.change(input.ApiId, context, (api) => {
      const { ApiId: _apiId, ...fields } = input;
      const authorizer: Authorizer = { ...fields, AuthorizerId: newId() };
      if (authorizer.AuthorizerType === 'REQUEST') {
        authorizer.AuthorizerResultTtlInSeconds ??= 300;
        authorizer.EnableSimpleResponses ??= false;
      }
      validate(authorizer);
      api.authorizers[authorizer.AuthorizerId!] = authorizer;
      return authorizer;
    });
  }

  async getAuthorizer(input: GetAuthorizerRequest, context: CallContext): Promise<GetAuthorizerResponse> {
    return authorizerOf(await this.repository.load(input.ApiId, context), input.AuthorizerId);
  }

  async getAuthorizers(input: GetAuthorizersRequest, context: CallContext): Promise<GetAuthorizersResponse> {
    const api = await this.repository.load(input.ApiId, context);
    return page(Object.values(api.authorizers), input.MaxResults, input.NextToken);
  }

  async updateAuthorizer(input: UpdateAuthorizerRequest, context: CallContext): Promise<UpdateAuthorizerResponse> {
    return this.repository.change(input.ApiId, context, (api) => {
      const { ApiId: _apiId, AuthorizerId: _id, ...fields } = input;
      const authorizer = merge(structuredClone(authorizerOf(api, input.AuthorizerId)), fields as Partial<Authorizer>);
      validate(authorizer);
      api.authorizers[input.AuthorizerId] = authorizer;
      return authorizer;
    });
  }

  async deleteAuthorizer(input: DeleteAuthorizerRequest, context: CallContext): Promise<void> {
    await this.repository.change(input.ApiId, context, (api) => {
      authorizerOf(api, input.AuthorizerId);
      if (Object.values(api.routes).some((route) => route.AuthorizerId === input.AuthorizerId)) {
        throw conflict(`Cannot delete authorizer ${input.AuthorizerId}: routes use it`);
      }
      delete api.authorizers[input.AuthorizerId];
    });
  }
}

function authorizerOf(api: ApiRecord, authorizerId: string): Authorizer {
  const authorizer = api.authorizers[authorizerId];
  if (!authorizer) throw invalidIdentifier('Authorizer', authorizerId);
  return authorizer;
}

function validate(authorizer: Authorizer): void {
  if (authorizer.AuthorizerType === 'JWT') {
    if (!authorizer.JwtConfiguration?.Issuer) throw badRequest('JwtConfiguration.Issuer is required for JWT authorizers');
    if (!authorizer.JwtConfiguration.Audience?.length) throw badRequest('JwtConfiguration.Audience is required for JWT authorizers');
    return;
  }
  if (!authorizer.AuthorizerUri) throw badRequest('AuthorizerUri is required for REQUEST authorizers');
  if (authorizer.AuthorizerPayloadFormatVersion !== '1.0' && authorizer.AuthorizerPayloadFormatVersion !== '2.0') {
    throw badRequest('AuthorizerPayloadFormatVersion must be 1.0 or 2.0');
  }
  if (authorizer.EnableSimpleResponses && authorizer.AuthorizerPayloadFormatVersion !== '2.0') {
    throw badRequest('EnableSimpleResponses is only supported with AuthorizerPayloadFormatVersion 2.0');
  }
}
