import type { CallContext } from '../../common/call-context.js';
import type {
  Authorizer, Authorizers, CreateAuthorizerRequest, CreateModelRequest, CreateRequestValidatorRequest, DeleteAuthorizerRequest,
  DeleteGatewayResponseRequest, DeleteModelRequest, DeleteRequestValidatorRequest, GatewayResponse, GatewayResponses,
  GetAuthorizerRequest, GetAuthorizersRequest, GetGatewayResponseRequest, GetGatewayResponsesRequest, GetModelRequest,
  GetModelsRequest, GetRequestValidatorRequest, GetRequestValidatorsRequest, Model, Models, PutGatewayResponseRequest,
  RequestValidator, RequestValidators, UpdateAuthorizerRequest, UpdateGatewayResponseRequest, UpdateModelRequest, UpdateRequestValidatorRequest,
} from './api.generated.js';
import { badRequest, conflict, notFound } from './errors.js';
import { gatewayResponseOf, GATEWAY_RESPONSE_TYPES } from './gateway-responses.js';
import { newId } from './ids.js';
import { applyPatch } from './patch.js';
import type { RestApisStore } from './rest-apis.js';
import { page } from './rest-apis.js';

const MODEL_NAME = /^[a-zA-Z0-9]+$/;

/** The parts of an API beside its resources: authorizers, request validators, models and gateway responses. */
export class ApiPartsApi {
  constructor(private readonly apis: RestApisStore) {}

  async createAuthorizer(input: CreateAuthorizerRequest, context: CallContext): Promise<Authorizer> {
    return this.apis.modify(context, input.restApiId, (api) => {
      if ((input.type === 'TOKEN' || input.type === 'REQUEST') && !input.authorizerUri) throw badRequest('Authorizer URI is required for TOKEN and REQUEST authorizers');
      if (input.type === 'TOKEN' && !input.identitySource) throw badRequest('Identity source is required for TOKEN authorizers');
      const { restApiId: _ignored, ...fields } = input;
      const authorizer: Authorizer = { id: newId(), ...fields, authorizerResultTtlInSeconds: input.authorizerResultTtlInSeconds ?? 300 };
      api.authorizers[authorizer.id!] = authorizer;
      return authorizer;
    });
  }

  async getAuthorizer(input: GetAuthorizerRequest, context: CallContext): Promise<Authorizer> {
    return findIn((await this.apis.load(context, input.restApiId)).authorizers, input.authorizerId, 'Invalid Authorizer identifier specified');
  }

  async getAuthorizers(input: GetAuthorizersRequest, context: CallContext): Promise<Authorizers> {
    return page(Object.values((await this.apis.load(context, input.restApiId)).authorizers), input);
  }

  async updateAuthorizer(input: UpdateAuthorizerRequest, context: CallContext): Promise<Authorizer> {
    return this.apis.modify(context, input.restApiId, (api) => applyPatch(findIn(api.authorizers, input.authorizerId, 'Invalid Authorizer identifier specified'), input.patchOperations, {
      paths: ['name', 'type', 'authType', 'authorizerUri', 'authorizerCredentials', 'identitySource', 'identityValidationExpression', 'authorizerResultTtlInSeconds', 'providerARNs'],
      lists: ['providerARNs'],
    }));
  }

  async deleteAuthorizer(input: DeleteAuthorizerRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      findIn(api.authorizers, input.authorizerId, 'Invalid Authorizer identifier specified');
      const used = Object.values(api.resources).some((resource) => Object.values(resource.resourceMethods).some((method) => method.authorizerId === input.authorizerId));
      if (used) throw conflict('Cannot delete authorizer, is referenced in method');
      delete api.authorizers[input.authorizerId];
    });
  }

  async createRequestValidator(input: CreateRequestValidatorRequest, context: CallContext): Promise<RequestValidator> {
    return this.apis.modify(context, input.restApiId, (api) => {
      if (Object.values(api.requestValidators).some((validator) => validator.name === input.name)) throw conflict(`Validator with name ${input.name} already exists`);
      const validator: RequestValidator = { id: newId(), name: input.name, validateRequestBody: input.validateRequestBody ?? false, validateRequestParameters: input.validateRequestParameters ?? false };
      api.requestValidators[validator.id!] = validator;
      return validator;
    });
  }

  async getRequestValidator(input: GetRequestValidatorRequest, context: CallContext): Promise<RequestValidator> {
    return findIn((await this.apis.load(context, input.restApiId)).requestValidators, input.requestValidatorId, 'Invalid Request Validator identifier specified');
  }

  async getRequestValidators(input: GetRequestValidatorsRequest, context: CallContext): Promise<RequestValidators> {
    return page(Object.values((await this.apis.load(context, input.restApiId)).requestValidators), input);
  }

  async updateRequestValidator(input: UpdateRequestValidatorRequest, context: CallContext): Promise<RequestValidator> {
    return this.apis.modify(context, input.restApiId, (api) => applyPatch(
      findIn(api.requestValidators, input.requestValidatorId, 'Invalid Request Validator identifier specified'), input.patchOperations,
      { paths: ['name', 'validateRequestBody', 'validateRequestParameters'] },
    ));
  }

  async deleteRequestValidator(input: DeleteRequestValidatorRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      findIn(api.requestValidators, input.requestValidatorId, 'Invalid Request Validator identifier specified');
      delete api.requestValidators[input.requestValidatorId];
    });
  }

  async createModel(input: CreateModelRequest, context: CallContext): Promise<Model> {
    return this.apis.modify(context, input.restApiId, (api) => {
      if (!MODEL_NAME.test(input.name)) throw badRequest('Model name must be alphanumeric');
      if (api.models[input.name]) throw conflict('Model name already exists for this REST API');
      if (input.schema) parseSchema(input.schema);
      const model: Model = { id: newId(), name: input.name, description: input.description, schema: input.schema, contentType: input.contentType };
      api.models[input.name] = model;
      return model;
    });
  }

  async getModel(input: GetModelRequest, context: CallContext): Promise<Model> {
    return findIn((await this.apis.load(context, input.restApiId)).models, input.modelName, 'Invalid model name specified');
  }

  async getModels(input: GetModelsRequest, context: CallContext): Promise<Models> {
    return page(Object.values((await this.apis.load(context, input.restApiId)).models), input);
  }

  async updateModel(input: UpdateModelRequest, context: CallContext): Promise<Model> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const model = applyPatch(findIn(api.models, input.modelName, 'Invalid model name specified'), input.patchOperations, { paths: ['schema', 'description'] });
      if (model.schema) parseSchema(model.schema);
      return model;
    });
  }

  async deleteModel(input: DeleteModelRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      findIn(api.models, input.modelName, 'Invalid model name specified');
      const used = Object.values(api.resources).some((resource) => Object.values(resource.resourceMethods).some((method) => Object.values(method.requestModels ?? {}).includes(input.modelName)));
      if (used) throw conflict(`Cannot delete model '${input.modelName}', is referenced in method request`);
      delete api.models[input.modelName];
    });
  }

  async putGatewayResponse(input: PutGatewayResponseRequest, context: CallContext): Promise<GatewayResponse> {
    return this.apis.modify(context, input.restApiId, (api) => {
      checkResponseType(input.responseType);
      const response: GatewayResponse = { responseType: input.responseType, statusCode: input.statusCode, responseParameters: input.responseParameters, responseTemplates: input.responseTemplates, defaultResponse: false };
      api.gatewayResponses[input.responseType] = response;
      return response;
    });
  }

  async getGatewayResponse(input: GetGatewayResponseRequest, context: CallContext): Promise<GatewayResponse> {
    checkResponseType(input.responseType);
    return gatewayResponseOf((await this.apis.load(context, input.restApiId)).gatewayResponses, input.responseType);
  }

  async getGatewayResponses(input: GetGatewayResponsesRequest, context: CallContext): Promise<GatewayResponses> {
    const api = await this.apis.load(context, input.restApiId);
    return page(GATEWAY_RESPONSE_TYPES.map((type) => gatewayResponseOf(api.gatewayResponses, type)), { ...input, limit: input.limit ?? 500 });
  }

  async updateGatewayResponse(input: UpdateGatewayResponseRequest, context: CallContext): Promise<GatewayResponse> {
    return this.apis.modify(context, input.restApiId, (api) => {
      checkResponseType(input.responseType);
      const response = { ...gatewayResponseOf(api.gatewayResponses, input.responseType), defaultResponse: false };
      applyPatch(response, input.patchOperations, { paths: ['statusCode', 'responseParameters', 'responseTemplates'] });
      api.gatewayResponses[input.responseType] = response;
      return response;
    });
  }

  async deleteGatewayResponse(input: DeleteGatewayResponseRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      checkResponseType(input.responseType);
      if (!api.gatewayResponses[input.responseType]) throw notFound('Invalid Gateway Response identifier specified');
      delete api.gatewayResponses[input.responseType];
    });
  }
}

function findIn<T>(items: Record<string, T>, id: string, message: string): T {
  const item = items[id];
  if (!item) throw notFound(message);
  return item;
}

function parseSchema(schema: string): void {
  try {
    JSON.parse(schema);
  } catch {
    throw badRequest('Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]');
  }
}

function checkResponseType(type: string): void {
  if (!GATEWAY_RESPONSE_TYPES.includes(type)) throw badRequest(`Invalid response type specified: ${type}`);
}
