import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { child, clients, deploy, invokeUrl, lambdaUri, newApi, nodeFunction } from './support.js';

const PRICE_HANDLER = `
exports.handler = async (event) => {
  if (event.item === 'missing') throw new Error('Not Found: ' + event.item);
  if (event.item === 'boom') throw new Error('kaboom');
  return { item: event.item, qty: event.qty, price: event.qty * 2.5, stage: event.stage, caller: event.caller };
};`;

describe('API Gateway: AWS integrations with VTL mapping templates, selection patterns, MOCK and stage variables', () => {
  let nimbus: Nimbus;
  let apigw: APIGatewayClient;
  let lambda: LambdaClient;
  let apiId: string;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ apigw, lambda } = clients(nimbus.endpoint));
    const functionArn = await nodeFunction(lambda, PRICE_HANDLER);
    const api = await newApi(apigw);
    apiId = api.apiId;
    const items = await child(apigw, apiId, api.rootId, 'items');
    const item = await child(apigw, apiId, items, '{item}');
    const restApiId = apiId;
    await apigw.send(new PutMethodCommand({ restApiId, resourceId: item, httpMethod: 'GET', authorizationType: 'NONE' }));
    // The function's name comes from a stage variable, as stages pointing at different functions do.
    const [, , , , , , functionName] = functionArn.split(':');
    await apigw.send(new PutIntegrationCommand({
      restApiId, resourceId: item, httpMethod: 'GET', type: 'AWS', integrationHttpMethod: 'POST',
      uri: lambdaUri(functionArn.replace(functionName!, '${stageVariables.fn}')),
      requestTemplates: {
        'application/json': [
          '#set($qty = $input.params(\'qty\'))',
          '{',
          '  "item": "$util.escapeJavaScript($input.params(\'item\'))",',
          '  "qty": #if($qty && $qty != "")$qty#{else}1#end,',
          '  "stage": "$context.stage",',
          '  "caller": "$input.params().header.get(\'x-caller\')"',
          '}',
        ].join('\n'),
      },
    }));
    for (const statusCode of ['200', '404', '500']) {
      await apigw.send(new PutMethodResponseCommand({ restApiId, resourceId: item, httpMethod: 'GET', statusCode, responseParameters: { 'method.response.header.X-Item': false } }));
    }
    await apigw.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: item, httpMethod: 'GET', statusCode: '200',
      responseParameters: { 'method.response.header.X-Item': 'integration.response.body.item' },
      responseTemplates: { 'application/json': '#set($r = $input.path(\'$\')){"line": "$r.qty x $r.item", "total": $r.price, "items": [#foreach($k in ["a","b"])"$k"#if($foreach.hasNext),#end#end]}' },
    }));
    await apigw.send(new PutIntegrationResponseCommand({
      restApiId, resourceId: item, httpMethod: 'GET', statusCode: '404', selectionPattern: 'Not Found.*',
      responseTemplates: { 'application/json': '{"error": $input.json(\'$.errorMessage\')}' },
    }));
    await apigw.send(new PutIntegrationResponseCommand({ restApiId, resourceId: item, httpMethod: 'GET', statusCode: '500', selectionPattern: '(?!Not Found).+' }));

    const teapot = await child(apigw, apiId, api.rootId, 'teapot');
    await apigw.send(new PutMethodCommand({ restApiId, resourceId: teapot, httpMethod: 'GET', authorizationType: 'NONE' }));
    await apigw.send(new PutIntegrationCommand({ restApiId, resourceId: teapot, httpMethod: 'GET', type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": #if($input.params(\'brew\') == "yes")418#{else}200#end}' } }));
    await apigw.send(new PutMethodResponseCommand({ restApiId, resourceId: teapot, httpMethod: 'GET', statusCode: '200' }));
    await apigw.send(new PutMethodResponseCommand({ restApiId, resourceId: teapot, httpMethod: 'GET', statusCode: '418' }));
    await apigw.send(new PutIntegrationResponseCommand({ restApiId, resourceId: teapot, httpMethod: 'GET', statusCode: '200', responseTemplates: { 'application/json': '{"pot": "empty", "stage": "$stageVariables.fn"}' } }));
    await apigw.send(new PutIntegrationResponseCommand({ restApiId, resourceId: teapot, httpMethod: 'GET', statusCode: '418', selectionPattern: '418', responseTemplates: { 'application/json': '{"pot": "I am a teapot"}' } }));
    await deploy(apigw, apiId, 'live', { fn: functionName! });
  });
  after(() => nimbus.stop());

  it('maps the request through a VTL template, and the Lambda result through a response template and header mapping', async () => {
    const response = await fetch(`${invokeUrl(nimbus.endpoint, apiId, 'live', '/items/tea')}?qty=4`, { headers: { 'x-caller': 'ada' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-item'), 'tea');
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.deepEqual(await response.json(), { line: '4 x tea', total: 10, items: ['a', 'b'] });
    const defaulted = await fetch(invokeUrl(nimbus.endpoint, apiId, 'live', '/items/milk'));
    assert.deepEqual(await defaulted.json(), { line: '1 x milk', total: 2.5, items: ['a', 'b'] });
  });

  it('selects the integration response whose pattern matches the Lambda error message', async () => {
    const notFound = await fetch(invokeUrl(nimbus.endpoint, apiId, 'live', '/items/missing'));
    assert.equal(notFound.status, 404);
    assert.deepEqual(await notFound.json(), { error: 'Not Found: missing' });
    const failed = await fetch(invokeUrl(nimbus.endpoint, apiId, 'live', '/items/boom'));
    assert.equal(failed.status, 500);
    assert.equal((await failed.json() as { errorMessage: string }).errorMessage, 'kaboom');
  });

  it('answers from a MOCK integration, choosing the status by the request template and reading stage variables', async () => {
    const brewing = await fetch(`${invokeUrl(nimbus.endpoint, apiId, 'live', '/teapot')}?brew=yes`);
    assert.equal(brewing.status, 418);
    assert.deepEqual(await brewing.json(), { pot: 'I am a teapot' });
    const idle = await fetch(invokeUrl(nimbus.endpoint, apiId, 'live', '/teapot'));
    assert.equal(idle.status, 200);
    const body = await idle.json() as { pot: string; stage: string };
    assert.equal(body.pot, 'empty');
    assert.match(body.stage, /^fn-/);
  });
});
