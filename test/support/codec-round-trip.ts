import assert from 'node:assert/strict';
import type { Codec, ResponseContext } from '../../src/protocol/codec.js';
import type { HttpRequest } from '../../src/protocol/http-message.js';
import { loadModel, type OperationModel } from '../../src/protocol/model.js';

export const REQUEST_ID = 'c0ffee00-1234-4abc-9def-000000000001';

export function responseContext(service: string): ResponseContext {
  return { requestId: REQUEST_ID, service, model: loadModel(service) };
}

/** What the gateway does with a request once it knows the service: resolve the operation, decode the input. */
export async function decodeWith(codec: Codec, service: string, request: HttpRequest): Promise<{ operation: OperationModel; input: Record<string, unknown> }> {
  const model = loadModel(service);
  const operation = await codec.resolveOperation(request, model);
  assert.ok(operation, `${codec.protocol} codec resolved no ${service} operation for ${request.method} ${request.rawPath}`);
  return { operation, input: await codec.decodeRequest(request, operation, model) };
}

export function operationOf(service: string, name: string): OperationModel {
  const operation = loadModel(service).operations[name];
  assert.ok(operation, `${service} has no operation ${name}`);
  return operation;
}
