import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateDeploymentCommand, CreateResourceCommand, CreateStageCommand, DeleteRestApiCommand, GetMethodCommand, GetResourcesCommand,
  GetRestApiCommand, GetRestApisCommand, GetStageCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand,
  PutMethodResponseCommand, UpdateRestApiCommand, UpdateStageCommand, type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { child, clients, failure, newApi } from './support.js';

describe('API Gateway control plane', () => {
  let nimbus: Nimbus;
  let apigw: APIGatewayClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ apigw } = clients(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('creates, lists, patches and deletes REST APIs', async () => {
    const { apiId } = await newApi(apigw, 'roommates');
    const updated = await apigw.send(new UpdateRestApiCommand({
      restApiId: apiId,
      patchOperations: [{ op: 'replace', path: '/description', value: 'shared flat' }, { op: 'add', path: '/binaryMediaTypes/image~1png' }],
    }));
    assert.equal(updated.description, 'shared flat');
    assert.deepEqual(updated.binaryMediaTypes, ['image/png']);
    const { items } = await apigw.send(new GetRestApisCommand({}));
    assert.ok(items!.some((item) => item.id === apiId && item.name === 'roommates'));
    await apigw.send(new DeleteRestApiCommand({ restApiId: apiId }));
    const missing = await failure(apigw.send(new GetRestApiCommand({ restApiId: apiId })));
    assert.equal(missing.name, 'NotFoundException');
    assert.equal(missing.status, 404);
    const badPatch = await failure(apigw.send(new UpdateRestApiCommand({ restApiId: (await newApi(apigw)).apiId, patchOperations: [{ op: 'replace', path: '/nope', value: 'x' }] })));
    assert.equal(badPatch.name, 'BadRequestException');
  });

  it('builds the resource tree with {proxy+} and embeds methods in GetResources', async () => {
    const { apiId, rootId } = await newApi(apigw);
    const users = await child(apigw, apiId, rootId, 'users');
    const proxy = await child(apigw, apiId, users, '{proxy+}');
    const duplicate = await failure(apigw.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'users' })));
    assert.equal(duplicate.name, 'ConflictException');
    assert.equal(duplicate.status, 409);
    await apigw.send(new PutMethodCommand({
      restApiId: apiId, resourceId: proxy, httpMethod: 'ANY', authorizationType: 'NONE', apiKeyRequired: true,
      requestParameters: { 'method.request.path.proxy': true },
    }));
    const again = await failure(apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId: proxy, httpMethod: 'ANY', authorizationType: 'NONE' })));
    assert.equal(again.name, 'ConflictException');
    await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: proxy, httpMethod: 'ANY', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
    await apigw.send(new PutMethodResponseCommand({ restApiId: apiId, resourceId: proxy, httpMethod: 'ANY', statusCode: '200' }));
    await apigw.send(new PutIntegrationResponseCommand({ restApiId: apiId, resourceId: proxy, httpMethod: 'ANY', statusCode: '200', selectionPattern: '' }));
    const noResponse = await failure(apigw.send(new PutIntegrationResponseCommand({ restApiId: apiId, resourceId: proxy, httpMethod: 'ANY', statusCode: '404' })));
    assert.equal(noResponse.name, 'NotFoundException');

    const plain = await apigw.send(new GetResourcesCommand({ restApiId: apiId }));
    assert.deepEqual(plain.items!.map((item) => item.path), ['/', '/users', '/users/{proxy+}']);
    assert.deepEqual(plain.items![2]!.resourceMethods, { ANY: {} });
    const embedded = await apigw.send(new GetResourcesCommand({ restApiId: apiId, embed: ['methods'] }));
    const method = embedded.items![2]!.resourceMethods!.ANY!;
    assert.equal(method.apiKeyRequired, true);
    assert.equal(method.methodIntegration!.type, 'MOCK');
    assert.equal(method.methodIntegration!.integrationResponses!['200']!.statusCode, '200');
    const fetched = await apigw.send(new GetMethodCommand({ restApiId: apiId, resourceId: proxy, httpMethod: 'ANY' }));
    assert.deepEqual(fetched.requestParameters, { 'method.request.path.proxy': true });
    const missing = await failure(apigw.send(new GetMethodCommand({ restApiId: apiId, resourceId: proxy, httpMethod: 'GET' })));
    assert.equal(missing.name, 'NotFoundException');
  });

  it('deploys to stages with variables and method settings', async () => {
    const { apiId, rootId } = await newApi(apigw);
    const empty = await failure(apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev' })));
    assert.equal(empty.name, 'BadRequestException');
    assert.equal(empty.message, "The REST API doesn't contain any methods");
    await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'GET', authorizationType: 'NONE' }));
    const noIntegration = await failure(apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev' })));
    assert.equal(noIntegration.message, 'No integration defined for method');
    await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: rootId, httpMethod: 'GET', type: 'MOCK' }));
    const deployment = await apigw.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev', variables: { backend: 'one' } }));
    const stage = await apigw.send(new GetStageCommand({ restApiId: apiId, stageName: 'dev' }));
    assert.equal(stage.deploymentId, deployment.id);
    assert.deepEqual(stage.variables, { backend: 'one' });
    const patched = await apigw.send(new UpdateStageCommand({
      restApiId: apiId, stageName: 'dev',
      patchOperations: [{ op: 'replace', path: '/variables/backend', value: 'two' }, { op: 'replace', path: '/*/*/throttling/rateLimit', value: '5' }],
    }));
    assert.deepEqual(patched.variables, { backend: 'two' });
    assert.equal(patched.methodSettings!['*/*']!.throttlingRateLimit, 5);
    const exists = await failure(apigw.send(new CreateStageCommand({ restApiId: apiId, stageName: 'dev', deploymentId: deployment.id! })));
    assert.equal(exists.name, 'ConflictException');
    const missing = await failure(apigw.send(new GetStageCommand({ restApiId: apiId, stageName: 'nope' })));
    assert.equal(missing.name, 'NotFoundException');
  });
});
