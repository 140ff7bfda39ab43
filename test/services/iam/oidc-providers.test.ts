import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as iam from '@aws-sdk/client-iam';
import * as sts from '@aws-sdk/client-sts';
import type { Nimbus } from '../../../src/index.js';
import { failure } from '../../support/calls.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';

const ISSUER = 'token.actions.githubusercontent.com';
const ARN = `arn:aws:iam::000000000000:oidc-provider/${ISSUER}`;
const THUMBPRINT = '6938fd4d98bab03faadb97b34396831e3780aea1';

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}

describe('IAM OpenID Connect providers', () => {
  let nimbus: Nimbus;
  let client: iam.IAMClient;
  before(async () => {
    nimbus = await startTestNimbus();
    client = new iam.IAMClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('creates, describes, lists, changes, tags and deletes a provider', async () => {
    const created = await client.send(new iam.CreateOpenIDConnectProviderCommand({
      Url: `https://${ISSUER}`, ClientIDList: ['sts.amazonaws.com'], ThumbprintList: [THUMBPRINT], Tags: [{ Key: 'ci', Value: 'github' }],
    }));
    assert.equal(created.OpenIDConnectProviderArn, ARN);
    const duplicate = await failure(client.send(new iam.CreateOpenIDConnectProviderCommand({ Url: `https://${ISSUER}`, ThumbprintList: [THUMBPRINT] })));
    assert.deepEqual([duplicate.name, duplicate.status], ['EntityAlreadyExistsException', 409]);

    let described = await client.send(new iam.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN }));
    assert.equal(described.Url, ISSUER);
    assert.deepEqual(described.ClientIDList, ['sts.amazonaws.com']);
    assert.deepEqual(described.ThumbprintList, [THUMBPRINT]);
    assert.ok(described.CreateDate instanceof Date);
    assert.deepEqual((await client.send(new iam.ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList, [{ Arn: ARN }]);

    await client.send(new iam.AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN, ClientID: 'my-app' }));
    await client.send(new iam.AddClientIDToOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN, ClientID: 'my-app' }));
    await client.send(new iam.RemoveClientIDFromOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN, ClientID: 'sts.amazonaws.com' }));
    const other = '1c58a3a8518e8759bf075b76b750d4f2df264fcd';
    await client.send(new iam.UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn: ARN, ThumbprintList: [other] }));
    await client.send(new iam.TagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN, Tags: [{ Key: 'ci', Value: 'actions' }, { Key: 'team', Value: 'infra' }] }));
    await client.send(new iam.UntagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN, TagKeys: ['team'] }));
    described = await client.send(new iam.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN }));
    assert.deepEqual([described.ClientIDList, described.ThumbprintList], [['my-app'], [other]]);
    assert.deepEqual((await client.send(new iam.ListOpenIDConnectProviderTagsCommand({ OpenIDConnectProviderArn: ARN }))).Tags, [{ Key: 'ci', Value: 'actions' }]);

    await client.send(new iam.DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN }));
    const gone = await failure(client.send(new iam.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN })));
    assert.deepEqual([gone.name, gone.status], ['NoSuchEntityException', 404]);
    assert.equal((await failure(client.send(new iam.DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: ARN })))).name, 'NoSuchEntityException');
  });

  it('refuses plain-HTTP issuers and bad thumbprints', async () => {
    assert.equal((await failure(client.send(new iam.CreateOpenIDConnectProviderCommand({ Url: 'http://insecure.example.com' })))).name, 'InvalidInputException');
    assert.equal((await failure(client.send(new iam.CreateOpenIDConnectProviderCommand({ Url: 'https://bad.example.com', ThumbprintList: ['z'.repeat(40)] })))).name, 'InvalidInputException');
  });

  it('lets a role trusting the provider ARN be assumed with a token from its issuer', async () => {
    await client.send(new iam.CreateOpenIDConnectProviderCommand({ Url: `https://${ISSUER}`, ClientIDList: ['sts.amazonaws.com'] }));
    await client.send(new iam.CreateRoleCommand({
      RoleName: 'deploy-from-ci',
      AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{
        Effect: 'Allow', Principal: { Federated: ARN }, Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${ISSUER}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${ISSUER}:sub`]: 'repo:acme/shop:*' } },
      }] }),
    }));
    const anonymous = new sts.STSClient({ endpoint: nimbus.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } });
    const assume = (sub: string) => anonymous.send(new sts.AssumeRoleWithWebIdentityCommand({
      RoleArn: 'arn:aws:iam::000000000000:role/deploy-from-ci', RoleSessionName: 'ci',
      WebIdentityToken: jwt({ iss: `https://${ISSUER}`, aud: 'sts.amazonaws.com', sub, exp: Math.floor(Date.now() / 1000) + 3600 }),
    }));
    assert.equal((await assume('repo:acme/shop:ref:refs/heads/main')).AssumedRoleUser!.Arn, 'arn:aws:sts::000000000000:assumed-role/deploy-from-ci/ci');
    assert.equal((await failure(assume('repo:someone/else:ref:refs/heads/main'))).name, 'AccessDenied');
  });
});
