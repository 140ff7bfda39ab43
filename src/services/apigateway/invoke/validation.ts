import type { ApiDefinition } from '../state.js';
import { badRequestBody, badRequestParameters } from './failure.js';
import type { Invocation } from './invocation.js';
import { mediaType, parseJsonOrUndefined } from './mapping.js';
import { schemaErrors } from './json-schema.js';

/** The method's request validator: required parameters, then the body against the content type's model. */
export function validateRequest(definition: ApiDefinition, invocation: Invocation): void {
  const method = invocation.route!.method;
  const validator = method.requestValidatorId ? definition.requestValidators[method.requestValidatorId] : undefined;
  if (!validator) return;
  if (validator.validateRequestParameters) {
    const missing = Object.entries(method.requestParameters ?? {})
      .filter(([, required]) => required)
      .map(([name]) => name.split('.'))
      .filter(([, , location, ...rest]) => !present(invocation, location!, rest.join('.')))
      .map((parts) => parts.slice(3).join('.'));
    if (missing.length) throw badRequestParameters(`Missing required request parameters: [${missing.join(', ')}]`);
  }
  if (validator.validateRequestBody) {
    const models = method.requestModels ?? {};
    const contentType = mediaType(invocation.request.headers['content-type']);
    const modelName = models[contentType] ?? models.$default;
    const model = modelName ? definition.models[modelName] : undefined;
    if (!model?.schema) return;
    const body = parseJsonOrUndefined(invocation.request.body.toString('utf8'));
    const errors = body === undefined ? ['Invalid JSON in request body'] : schemaErrors(JSON.parse(model.schema), body, definition.models);
    if (errors.length) throw badRequestBody('Invalid request body');
  }
}

function present(invocation: Invocation, location: string, name: string): boolean {
  const { request, route } = invocation;
  if (location === 'header') return request.headers[name.toLowerCase()] !== undefined;
  if (location === 'querystring' || location === 'multivaluequerystring') return request.query.has(name);
  if (location === 'path') return route!.pathParameters[name] !== undefined;
  return true;
}
