import type { Integration, Method } from '../api.generated.js';
import type { ApiDefinition, RestApiRecord } from '../state.js';

type Doc = Record<string, unknown>;

/** An OpenAPI 3 (or Swagger 2) document of a stage's deployed definition, with API Gateway's extensions when asked. */
export function exportDefinition(api: RestApiRecord, definition: ApiDefinition, stageName: string, swagger: boolean, extensions: string): Doc {
  const withIntegrations = extensions === 'integrations' || extensions === 'apigateway';
  const withAuthorizers = withIntegrations || extensions === 'authorizers';
  const paths: Record<string, Doc> = {};
  for (const resource of Object.values(definition.resources).sort((a, b) => a.path.localeCompare(b.path))) {
    const operations: Doc = {};
    for (const [verb, method] of Object.entries(resource.resourceMethods)) {
      operations[verb === 'ANY' ? 'x-amazon-apigateway-any-method' : verb.toLowerCase()] = exportMethod(method, definition, withIntegrations, withAuthorizers, swagger);
    }
    if (Object.keys(operations).length) paths[resource.path] = operations;
  }
  const schemas = Object.fromEntries(Object.values(definition.models).map((model) => [model.name, model.schema ? JSON.parse(model.schema) as unknown : {}]));
  const securitySchemes: Doc = {};
  if (Object.values(definition.resources).some((resource) => Object.values(resource.resourceMethods).some((method) => method.apiKeyRequired))) {
    securitySchemes.api_key = { type: 'apiKey', name: 'x-api-key', in: 'header' };
  }
  if (withAuthorizers) {
    for (const authorizer of Object.values(definition.authorizers)) {
      securitySchemes[authorizer.name!] = {
        type: 'apiKey', name: authorizer.identitySource?.startsWith('method.request.header.') ? authorizer.identitySource.slice(22) : 'Unused', in: 'header',
        'x-amazon-apigateway-authtype': authorizer.authType ?? 'custom',
        'x-amazon-apigateway-authorizer': {
          type: authorizer.type?.toLowerCase(), authorizerUri: authorizer.authorizerUri, identitySource: authorizer.identitySource,
          identityValidationExpression: authorizer.identityValidationExpression, authorizerResultTtlInSeconds: authorizer.authorizerResultTtlInSeconds,
        },
      };
    }
  }
  const info = { title: api.name, description: api.description, version: api.version ?? new Date(api.createdDate).toISOString() };
  const extras: Doc = withIntegrations && api.binaryMediaTypes.length ? { 'x-amazon-apigateway-binary-media-types': api.binaryMediaTypes } : {};
  if (swagger) {
    return { swagger: '2.0', info, host: `${api.id}.execute-api.${api.region}.amazonaws.com`, basePath: `/${stageName}`, schemes: ['https'], paths, securityDefinitions: orUndefined(securitySchemes), definitions: orUndefined(schemas), ...extras };
  }
  return {
    openapi: '3.0.1', info,
    servers: [{ url: `https://${api.id}.execute-api.${api.region}.amazonaws.com/{basePath}`, variables: { basePath: { default: stageName } } }],
    paths, components: { schemas: orUndefined(schemas), securitySchemes: orUndefined(securitySchemes) }, ...extras,
  };
}

function exportMethod(method: Method, definition: ApiDefinition, withIntegrations: boolean, withAuthorizers: boolean, swagger: boolean): Doc {
  const parameters = Object.entries(method.requestParameters ?? {}).map(([name, required]) => {
    const [, , location, ...rest] = name.split('.');
    const where = { path: 'path', querystring: 'query', header: 'header' }[location!] ?? location;
    return swagger ? { name: rest.join('.'), in: where, required, type: 'string' } : { name: rest.join('.'), in: where, required, schema: { type: 'string' } };
  });
  const responses = Object.fromEntries(Object.values(method.methodResponses ?? {}).map((response) => [response.statusCode, {
    description: `${response.statusCode} response`,
    headers: orUndefined(Object.fromEntries(Object.keys(response.responseParameters ?? {}).map((name) => [name.replace('method.response.header.', ''), swagger ? { type: 'string' } : { schema: { type: 'string' } }]))),
    ...(swagger ? {} : { content: orUndefined(Object.fromEntries(Object.entries(response.responseModels ?? {}).map(([type, model]) => [type, { schema: { $ref: `#/components/schemas/${model}` } }]))) }),
  }]));
  const security: Doc[] = [];
  if (method.apiKeyRequired) security.push({ api_key: [] });
  if (withAuthorizers && method.authorizerId && definition.authorizers[method.authorizerId]) security.push({ [definition.authorizers[method.authorizerId]!.name!]: [] });
  return {
    operationId: method.operationName, parameters: parameters.length ? parameters : undefined, responses,
    security: security.length ? security : undefined,
    'x-amazon-apigateway-integration': withIntegrations && method.methodIntegration ? exportIntegration(method.methodIntegration) : undefined,
  };
}

function exportIntegration(integration: Integration): Doc {
  const responses = Object.fromEntries(Object.values(integration.integrationResponses ?? {}).map((response) => [response.selectionPattern || 'default', {
    statusCode: response.statusCode, responseParameters: response.responseParameters, responseTemplates: response.responseTemplates,
  }]));
  return {
    type: integration.type?.toLowerCase(), httpMethod: integration.httpMethod, uri: integration.uri, requestParameters: integration.requestParameters,
    requestTemplates: integration.requestTemplates, passthroughBehavior: integration.passthroughBehavior?.toLowerCase(),
    timeoutInMillis: integration.timeoutInMillis, responses: orUndefined(responses),
  };
}

function orUndefined<T extends object>(value: T): T | undefined {
  return Object.keys(value).length ? value : undefined;
}
