import type { Integration, IntegrationResponse, Method, MethodResponse } from '../api.generated.js';
import { badRequest } from '../errors.js';
import { newId } from '../ids.js';
import { ensurePath } from '../resources.js';
import type { RestApiRecord } from '../state.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const VERBS: Record<string, string> = {
  get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD', options: 'OPTIONS', 'x-amazon-apigateway-any-method': 'ANY',
};

/** An OpenAPI or Swagger definition, in JSON or YAML as API Gateway takes either; the YAML parser loads only for YAML. */
export async function parseDefinition(body: Uint8Array | undefined): Promise<Doc> {
  const text = Buffer.from(body ?? new Uint8Array()).toString('utf8');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    doc = await parseYaml(text);
  }
  if (!doc || typeof doc !== 'object' || (!('openapi' in doc) && !('swagger' in doc))) throw badRequest('Invalid OpenAPI input: neither openapi nor swagger version found');
  return doc as Doc;
}

async function parseYaml(text: string): Promise<unknown> {
  const { parse } = await import('yaml');
  try {
    return parse(text) as unknown;
  } catch (error) {
    throw badRequest(`Invalid OpenAPI input: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Reads an OpenAPI 3 (or Swagger 2) definition with API Gateway's extensions into an API's definition. */
export function importDefinition(api: RestApiRecord, doc: Doc): void {
  api.name = doc.info?.title ?? api.name;
  if (doc.info?.description) api.description = doc.info.description;
  if (doc.info?.version) api.version = doc.info.version;
  if (doc['x-amazon-apigateway-binary-media-types']) api.binaryMediaTypes = doc['x-amazon-apigateway-binary-media-types'];
  if (doc['x-amazon-apigateway-api-key-source']) api.apiKeySource = doc['x-amazon-apigateway-api-key-source'];
  const schemas: Doc = doc.components?.schemas ?? doc.definitions ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    api.models[name] = { id: api.models[name]?.id ?? newId(), name, contentType: 'application/json', schema: JSON.stringify(rewriteRefs(schema)) };
  }
  const validatorIds = importValidators(api, doc['x-amazon-apigateway-request-validators'] ?? {});
  const schemes = importSecuritySchemes(api, doc.components?.securitySchemes ?? doc.securityDefinitions ?? {});
  for (const [type, response] of Object.entries<Doc>(doc['x-amazon-apigateway-gateway-responses'] ?? {})) {
    api.gatewayResponses[type] = { responseType: type as never, statusCode: response.statusCode, responseParameters: response.responseParameters, responseTemplates: response.responseTemplates, defaultResponse: false };
  }
  const defaultValidator = doc['x-amazon-apigateway-request-validator'];
  for (const [path, item] of Object.entries<Doc>(doc.paths ?? {})) {
    const resource = ensurePath(api, path);
    for (const [key, operation] of Object.entries<Doc>(item)) {
      const verb = VERBS[key];
      if (!verb) continue;
      const method = importMethod(verb, operation, [...(item.parameters ?? []), ...(operation.parameters ?? [])], schemes, doc.security);
      const validator = operation['x-amazon-apigateway-request-validator'] ?? defaultValidator;
      if (validator) method.requestValidatorId = validatorIds[validator];
      resource.resourceMethods[verb] = method;
    }
  }
}

function importValidators(api: RestApiRecord, validators: Doc): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [name, settings] of Object.entries<Doc>(validators)) {
    const id = newId();
    api.requestValidators[id] = { id, name, validateRequestBody: settings.validateRequestBody ?? false, validateRequestParameters: settings.validateRequestParameters ?? false };
    ids[name] = id;
  }
  return ids;
}

/** Security schemes: Lambda authorizers become the API's authorizers; an `x-api-key` header scheme marks methods as needing a key. */
function importSecuritySchemes(api: RestApiRecord, schemes: Doc): Record<string, { authorizerId?: string; apiKey?: boolean }> {
  const found: Record<string, { authorizerId?: string; apiKey?: boolean }> = {};
  for (const [name, scheme] of Object.entries<Doc>(schemes)) {
    const lambda = scheme['x-amazon-apigateway-authorizer'];
    if (lambda) {
      const id = newId();
      const type = String(lambda.type ?? 'token').toUpperCase() as 'TOKEN' | 'REQUEST';
      api.authorizers[id] = {
        id, name, type, authorizerUri: lambda.authorizerUri, authorizerCredentials: lambda.authorizerCredentials,
        identitySource: lambda.identitySource ?? (type === 'TOKEN' ? `method.request.header.${scheme.name ?? 'Authorization'}` : undefined),
        identityValidationExpression: lambda.identityValidationExpression, authorizerResultTtlInSeconds: lambda.authorizerResultTtlInSeconds ?? 300,
        authType: scheme['x-amazon-apigateway-authtype'] ?? 'custom',
      };
      found[name] = { authorizerId: id };
    } else if (scheme.type === 'apiKey' && String(scheme.name).toLowerCase() === 'x-api-key') {
      found[name] = { apiKey: true };
    }
  }
  return found;
}

function importMethod(verb: string, operation: Doc, parameters: Doc[], schemes: Record<string, { authorizerId?: string; apiKey?: boolean }>, rootSecurity: Doc[] | undefined): Method {
  const security: Doc[] = operation.security ?? rootSecurity ?? [];
  const names = security.flatMap((requirement) => Object.keys(requirement));
  const authorizerId = names.map((name) => schemes[name]?.authorizerId).find(Boolean);
  const requestParameters: Record<string, boolean> = {};
  for (const parameter of parameters) {
    const location = { path: 'path', query: 'querystring', header: 'header' }[parameter.in as string];
    if (location) requestParameters[`method.request.${location}.${parameter.name}`] = parameter.required === true;
  }
  const requestModels: Record<string, string> = {};
  for (const [type, content] of Object.entries<Doc>(operation.requestBody?.content ?? {})) {
    const ref = content.schema?.$ref;
    if (typeof ref === 'string') requestModels[type] = ref.split('/').pop()!;
  }
  const methodResponses: Record<string, MethodResponse> = {};
  for (const [status, response] of Object.entries<Doc>(operation.responses ?? {})) {
    if (!/^\d{3}$/.test(status)) continue;
    const responseParameters = Object.fromEntries(Object.keys(response.headers ?? {}).map((name) => [`method.response.header.${name}`, false]));
    const responseModels = Object.fromEntries(Object.entries<Doc>(response.content ?? {}).filter(([, content]) => content.schema?.$ref).map(([type, content]) => [type, String(content.schema.$ref).split('/').pop()!]));
    methodResponses[status] = { statusCode: status, responseParameters: orUndefined(responseParameters), responseModels: orUndefined(responseModels) };
  }
  const integration = operation['x-amazon-apigateway-integration'];
  return {
    httpMethod: verb, authorizationType: authorizerId ? 'CUSTOM' : 'NONE', authorizerId,
    apiKeyRequired: names.some((name) => schemes[name]?.apiKey), operationName: operation.operationId,
    requestParameters: orUndefined(requestParameters), requestModels: orUndefined(requestModels),
    methodResponses: orUndefined(methodResponses), methodIntegration: integration ? importIntegration(integration) : undefined,
  };
}

function importIntegration(source: Doc): Integration {
  const responses: Record<string, IntegrationResponse> = {};
  for (const [pattern, response] of Object.entries<Doc>(source.responses ?? {})) {
    const statusCode = String(response.statusCode ?? '200');
    responses[statusCode] = {
      statusCode, selectionPattern: pattern === 'default' ? undefined : pattern,
      responseParameters: response.responseParameters, responseTemplates: response.responseTemplates, contentHandling: response.contentHandling,
    };
  }
  return {
    type: String(source.type ?? 'aws_proxy').toUpperCase() as Integration['type'], httpMethod: source.httpMethod?.toUpperCase(), uri: source.uri,
    connectionType: source.connectionType, connectionId: source.connectionId, credentials: source.credentials,
    requestParameters: source.requestParameters, requestTemplates: source.requestTemplates,
    passthroughBehavior: String(source.passthroughBehavior ?? 'when_no_match').toUpperCase(), contentHandling: source.contentHandling,
    timeoutInMillis: source.timeoutInMillis ?? 29_000, cacheNamespace: source.cacheNamespace, cacheKeyParameters: source.cacheKeyParameters ?? [],
    integrationResponses: orUndefined(responses),
  };
}

/** Model schemas refer to each other by the API's model URLs, not OpenAPI component paths. */
function rewriteRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewriteRefs);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' ? value.split('/').pop() : rewriteRefs(value)]));
}

function orUndefined<T extends object>(value: T): T | undefined {
  return Object.keys(value).length ? value : undefined;
}
