import type { CallContext } from '../../common/call-context.js';
import type {
  DeleteIntegrationRequest, DeleteIntegrationResponseRequest, DeleteMethodRequest, DeleteMethodResponseRequest,
  GetIntegrationRequest, GetIntegrationResponseRequest, GetMethodRequest, GetMethodResponseRequest, Integration,
  IntegrationResponse, Method, MethodResponse, PutIntegrationRequest, PutIntegrationResponseRequest, PutMethodRequest,
  PutMethodResponseRequest, UpdateIntegrationRequest, UpdateIntegrationResponseRequest, UpdateMethodRequest, UpdateMethodResponseRequest,
} from './api.generated.js';
import { badRequest, conflict, invalidIntegration, invalidMethod, invalidResponseStatus, notFound } from './errors.js';
import { applyPatch } from './patch.js';
import { findResource } from './resources.js';
import type { RestApisStore } from './rest-apis.js';
import type { RestApiRecord } from './state.js';

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'];
const AUTHORIZATION_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];
const STATUS_CODE = /^[1-5]\d\d$/;

interface MethodAddress { restApiId: string; resourceId: string; httpMethod: string }

/** Methods of a resource with their method responses, integration and integration responses. */
export class MethodsApi {
  constructor(private readonly apis: RestApisStore) {}

  async putMethod(input: PutMethodRequest, context: CallContext): Promise<Method> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const resource = findResource(api, input.resourceId);
      const verb = input.httpMethod.toUpperCase();
      if (!HTTP_METHODS.includes(verb)) throw badRequest('Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY');
      if (resource.resourceMethods[verb]) throw conflict('Method already exists for this resource');
      const method = buildMethod(api, verb, input);
      resource.resourceMethods[verb] = method;
      return method;
    });
  }

  async getMethod(input: GetMethodRequest, context: CallContext): Promise<Method> {
    return findMethod(await this.apis.load(context, input.restApiId), input);
  }

  async updateMethod(input: UpdateMethodRequest, context: CallContext): Promise<Method> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const method = findMethod(api, input);
      applyPatch(method, input.patchOperations, {
        paths: ['authorizationType', 'authorizerId', 'apiKeyRequired', 'requestValidatorId', 'operationName', 'requestParameters', 'requestModels', 'authorizationScopes'],
        booleanMaps: ['requestParameters'],
      });
      return method;
    });
  }

  async deleteMethod(input: DeleteMethodRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      findMethod(api, input);
      delete findResource(api, input.resourceId).resourceMethods[input.httpMethod.toUpperCase()];
    });
  }

  async putMethodResponse(input: PutMethodResponseRequest, context: CallContext): Promise<MethodResponse> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const method = findMethod(api, input);
      if (!STATUS_CODE.test(input.statusCode)) throw badRequest('Invalid status code specified');
      const response: MethodResponse = { statusCode: input.statusCode, responseParameters: input.responseParameters, responseModels: input.responseModels };
      method.methodResponses = { ...method.methodResponses, [input.statusCode]: response };
      return response;
    });
  }

  async getMethodResponse(input: GetMethodResponseRequest, context: CallContext): Promise<MethodResponse> {
    return findMethodResponse(findMethod(await this.apis.load(context, input.restApiId), input), input.statusCode);
  }

  async updateMethodResponse(input: UpdateMethodResponseRequest, context: CallContext): Promise<MethodResponse> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const response = findMethodResponse(findMethod(api, input), input.statusCode);
      return applyPatch(response, input.patchOperations, { paths: ['responseParameters', 'responseModels'], booleanMaps: ['responseParameters'] });
    });
  }

  async deleteMethodResponse(input: DeleteMethodResponseRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      const method = findMethod(api, input);
      findMethodResponse(method, input.statusCode);
      delete method.methodResponses![input.statusCode];
    });
  }

  async putIntegration(input: PutIntegrationRequest, context: CallContext): Promise<Integration> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const method = findMethod(api, input);
      const integration = buildIntegration(input);
      integration.integrationResponses = method.methodIntegration?.integrationResponses;
      method.methodIntegration = integration;
      return integration;
    });
  }

  async getIntegration(input: GetIntegrationRequest, context: CallContext): Promise<Integration> {
    return findIntegration(findMethod(await this.apis.load(context, input.restApiId), input));
  }

  async updateIntegration(input: UpdateIntegrationRequest, context: CallContext): Promise<Integration> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const integration = findIntegration(findMethod(api, input));
      return applyPatch(integration, input.patchOperations, {
        paths: ['uri', 'httpMethod', 'type', 'credentials', 'requestParameters', 'requestTemplates', 'passthroughBehavior', 'contentHandling', 'timeoutInMillis', 'cacheNamespace', 'cacheKeyParameters', 'connectionType', 'connectionId', 'tlsConfig'],
        lists: ['cacheKeyParameters'],
      });
    });
  }

  async deleteIntegration(input: DeleteIntegrationRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      const method = findMethod(api, input);
      findIntegration(method);
      delete method.methodIntegration;
    });
  }

  async putIntegrationResponse(input: PutIntegrationResponseRequest, context: CallContext): Promise<IntegrationResponse> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const method = findMethod(api, input);
      const integration = findIntegration(method);
      findMethodResponse(method, input.statusCode);
      checkSelectionPattern(input.selectionPattern);
      const response: IntegrationResponse = {
        statusCode: input.statusCode, selectionPattern: input.selectionPattern, responseParameters: input.responseParameters,
        responseTemplates: input.responseTemplates, contentHandling: input.contentHandling,
      };
      integration.integrationResponses = { ...integration.integrationResponses, [input.statusCode]: response };
      return response;
    });
  }

  async getIntegrationResponse(input: GetIntegrationResponseRequest, context: CallContext): Promise<IntegrationResponse> {
    return findIntegrationResponse(findMethod(await this.apis.load(context, input.restApiId), input), input.statusCode);
  }

  async updateIntegrationResponse(input: UpdateIntegrationResponseRequest, context: CallContext): Promise<IntegrationResponse> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const response = findIntegrationResponse(findMethod(api, input), input.statusCode);
      applyPatch(response, input.patchOperations, { paths: ['selectionPattern', 'responseParameters', 'responseTemplates', 'contentHandling'] });
      checkSelectionPattern(response.selectionPattern);
      return response;
    });
  }

  async deleteIntegrationResponse(input: DeleteIntegrationResponseRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      const method = findMethod(api, input);
      findIntegrationResponse(method, input.statusCode);
      delete method.methodIntegration!.integrationResponses![input.statusCode];
    });
  }
}

export function buildMethod(api: RestApiRecord, verb: string, input: Omit<PutMethodRequest, 'restApiId' | 'resourceId' | 'httpMethod'>): Method {
  if (!AUTHORIZATION_TYPES.includes(input.authorizationType)) throw badRequest(`Invalid authorization type specified. Valid options are ${AUTHORIZATION_TYPES.join(',')}`);
  if (input.authorizationType === 'CUSTOM' || input.authorizationType === 'COGNITO_USER_POOLS') {
    if (!input.authorizerId || !api.authorizers[input.authorizerId]) throw badRequest('Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.');
  }
  if (input.requestValidatorId && !api.requestValidators[input.requestValidatorId]) throw badRequest('Invalid Request Validator identifier specified');
  for (const modelName of Object.values(input.requestModels ?? {})) {
    if (!api.models[modelName]) throw badRequest(`Invalid model identifier specified: ${modelName}`);
  }
  return {
    httpMethod: verb, authorizationType: input.authorizationType, authorizerId: input.authorizerId, apiKeyRequired: input.apiKeyRequired ?? false,
    requestValidatorId: input.requestValidatorId, operationName: input.operationName, requestParameters: input.requestParameters,
    requestModels: input.requestModels, authorizationScopes: input.authorizationScopes,
  };
}

export function buildIntegration(input: Omit<PutIntegrationRequest, 'restApiId' | 'resourceId' | 'httpMethod'>): Integration {
  const type = input.type;
  if (type !== 'MOCK' && !input.uri) throw badRequest('Enumeration value for Integration Type must be non-empty and URI must be specified for non-mock integrations');
  if (type !== 'MOCK' && !input.integrationHttpMethod) throw badRequest('Enumeration value for HttpMethod must be non-empty');
  if ((type === 'HTTP' || type === 'HTTP_PROXY') && !/^https?:\/\/[^/]+/.test(input.uri!)) throw badRequest('Invalid HTTP endpoint specified for URI');
  if ((type === 'AWS' || type === 'AWS_PROXY') && !input.uri!.startsWith('arn:')) throw badRequest('AWS ARN for integration must contain path or action');
  return {
    type, httpMethod: input.integrationHttpMethod?.toUpperCase(), uri: input.uri, connectionType: type === 'MOCK' ? undefined : (input.connectionType ?? 'INTERNET'),
    connectionId: input.connectionId, credentials: input.credentials, requestParameters: input.requestParameters, requestTemplates: input.requestTemplates,
    passthroughBehavior: input.passthroughBehavior ?? 'WHEN_NO_MATCH', contentHandling: input.contentHandling,
    timeoutInMillis: input.timeoutInMillis ?? 29_000, cacheNamespace: input.cacheNamespace, cacheKeyParameters: input.cacheKeyParameters ?? [],
    tlsConfig: input.tlsConfig,
  };
}

function checkSelectionPattern(pattern: string | undefined): void {
  if (!pattern) return;
  try {
    new RegExp(pattern);
  } catch {
    throw badRequest(`Invalid selection pattern specified: ${pattern}`);
  }
}

export function findMethod(api: RestApiRecord, address: Omit<MethodAddress, 'restApiId'>): Method {
  const method = findResource(api, address.resourceId).resourceMethods[address.httpMethod.toUpperCase()];
  if (!method) throw invalidMethod();
  return method;
}

function findMethodResponse(method: Method, statusCode: string): MethodResponse {
  const response = method.methodResponses?.[statusCode];
  if (!response) throw invalidResponseStatus();
  return response;
}

function findIntegration(method: Method): Integration {
  if (!method.methodIntegration) throw invalidIntegration();
  return method.methodIntegration;
}

function findIntegrationResponse(method: Method, statusCode: string): IntegrationResponse {
  const response = findIntegration(method).integrationResponses?.[statusCode];
  if (!response) throw notFound('Invalid Response status code specified');
  return response;
}
