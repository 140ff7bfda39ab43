import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as S3 from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

async function s3Error(promise: Promise<unknown>): Promise<S3.S3ServiceException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof S3.S3ServiceException, `expected an S3 error, got ${String(error)}`);
  return error;
}

async function assertError(promise: Promise<unknown>, code: string, status: number): Promise<S3.S3ServiceException> {
  const error = await s3Error(promise);
  assert.equal(error.name, code);
  assert.equal(error.$metadata.httpStatusCode, status);
  return error;
}

describe('S3 bucket configuration', () => {
  let nimbus: Nimbus;
  let s3: S3.S3Client;
  let n = 0;
  const newBucket = async () => {
    const Bucket = `config-bucket-${++n}`;
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    return Bucket;
  };
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('puts, gets and deletes bucket tags; NoSuchTagSet without them', async () => {
    const Bucket = await newBucket();
    await assertError(s3.send(new S3.GetBucketTaggingCommand({ Bucket })), 'NoSuchTagSet', 404);
    const TagSet = [{ Key: 'team', Value: 'storage' }, { Key: 'env', Value: '' }];
    await s3.send(new S3.PutBucketTaggingCommand({ Bucket, Tagging: { TagSet } }));
    assert.deepEqual((await s3.send(new S3.GetBucketTaggingCommand({ Bucket }))).TagSet, TagSet);
    const deleted = await s3.send(new S3.DeleteBucketTaggingCommand({ Bucket }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    await assertError(s3.send(new S3.GetBucketTaggingCommand({ Bucket })), 'NoSuchTagSet', 404);
  });

  it('refuses duplicate and system tag keys with InvalidTag', async () => {
    const Bucket = await newBucket();
    const duplicate = [{ Key: 'a', Value: '1' }, { Key: 'a', Value: '2' }];
    await assertError(s3.send(new S3.PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: duplicate } })), 'InvalidTag', 400);
    await assertError(s3.send(new S3.PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: [{ Key: 'aws:x', Value: '1' }] } })), 'InvalidTag', 400);
  });

  it('stores CORS rules and answers NoSuchCORSConfiguration without them', async () => {
    const Bucket = await newBucket();
    await assertError(s3.send(new S3.GetBucketCorsCommand({ Bucket })), 'NoSuchCORSConfiguration', 404);
    const CORSRules = [
      { ID: 'web', AllowedOrigins: ['https://*.example.com'], AllowedMethods: ['GET', 'PUT'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 600 },
      { AllowedOrigins: ['*'], AllowedMethods: ['HEAD'] },
    ];
    await s3.send(new S3.PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules } }));
    assert.deepEqual((await s3.send(new S3.GetBucketCorsCommand({ Bucket }))).CORSRules, CORSRules);
    await s3.send(new S3.DeleteBucketCorsCommand({ Bucket }));
    await assertError(s3.send(new S3.GetBucketCorsCommand({ Bucket })), 'NoSuchCORSConfiguration', 404);
  });

  it('refuses a CORS rule with a method S3 does not know', async () => {
    const Bucket = await newBucket();
    const error = await assertError(
      s3.send(new S3.PutBucketCorsCommand({ Bucket, CORSConfiguration: { CORSRules: [{ AllowedOrigins: ['*'], AllowedMethods: ['PATCH'] }] } })),
      'InvalidRequest',
      400,
    );
    assert.equal(error.message, 'Found unsupported HTTP method in CORS config. Unsupported method is PATCH');
  });

  it('stores the bucket policy as given, reports its status, and answers NoSuchBucketPolicy once deleted', async () => {
    const Bucket = await newBucket();
    await assertError(s3.send(new S3.GetBucketPolicyCommand({ Bucket })), 'NoSuchBucketPolicy', 404);
    const Policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${Bucket}/*` }],
    });
    await s3.send(new S3.PutBucketPolicyCommand({ Bucket, Policy }));
    assert.equal((await s3.send(new S3.GetBucketPolicyCommand({ Bucket }))).Policy, Policy);
    assert.equal((await s3.send(new S3.GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic, true);
    await s3.send(new S3.DeleteBucketPolicyCommand({ Bucket }));
    await assertError(s3.send(new S3.GetBucketPolicyCommand({ Bucket })), 'NoSuchBucketPolicy', 404);
  });

  it('refuses a policy that is not JSON or names another bucket with MalformedPolicy', async () => {
    const Bucket = await newBucket();
    await assertError(s3.send(new S3.PutBucketPolicyCommand({ Bucket, Policy: 'not json' })), 'MalformedPolicy', 400);
    const other = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::someone-else/*' }] });
    const error = await assertError(s3.send(new S3.PutBucketPolicyCommand({ Bucket, Policy: other })), 'MalformedPolicy', 400);
    assert.equal(error.message, 'Policy has invalid resource');
  });

  it('encrypts with SSE-S3 by default, keeps a KMS configuration, and returns to the default when deleted', async () => {
    const Bucket = await newBucket();
    const initial = await s3.send(new S3.GetBucketEncryptionCommand({ Bucket }));
    assert.equal(initial.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm, 'AES256');
    await s3.send(
      new S3.PutBucketEncryptionCommand({
        Bucket,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/data' }, BucketKeyEnabled: true }] },
      }),
    );
    const rule = (await s3.send(new S3.GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration?.Rules?.[0];
    assert.deepEqual(rule?.ApplyServerSideEncryptionByDefault, { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/data' });
    assert.equal(rule?.BucketKeyEnabled, true);
    await s3.send(new S3.DeleteBucketEncryptionCommand({ Bucket }));
    const reset = await s3.send(new S3.GetBucketEncryptionCommand({ Bucket }));
    assert.equal(reset.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm, 'AES256');
  });

  it('has BucketOwnerEnforced ownership and a full public access block by default; deleting them leaves none', async () => {
    const Bucket = await newBucket();
    const ownership = await s3.send(new S3.GetBucketOwnershipControlsCommand({ Bucket }));
    assert.equal(ownership.OwnershipControls?.Rules?.[0]?.ObjectOwnership, 'BucketOwnerEnforced');
    const block = await s3.send(new S3.GetPublicAccessBlockCommand({ Bucket }));
    assert.deepEqual(block.PublicAccessBlockConfiguration, { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true });

    await s3.send(new S3.PutBucketOwnershipControlsCommand({ Bucket, OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    assert.equal((await s3.send(new S3.GetBucketOwnershipControlsCommand({ Bucket }))).OwnershipControls?.Rules?.[0]?.ObjectOwnership, 'ObjectWriter');
    await s3.send(new S3.PutPublicAccessBlockCommand({ Bucket, PublicAccessBlockConfiguration: { BlockPublicAcls: false, BlockPublicPolicy: true } }));
    assert.deepEqual((await s3.send(new S3.GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration, {
      BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false,
    });

    await s3.send(new S3.DeleteBucketOwnershipControlsCommand({ Bucket }));
    await assertError(s3.send(new S3.GetBucketOwnershipControlsCommand({ Bucket })), 'OwnershipControlsNotFoundError', 404);
    await s3.send(new S3.DeletePublicAccessBlockCommand({ Bucket }));
    await assertError(s3.send(new S3.GetPublicAccessBlockCommand({ Bucket })), 'NoSuchPublicAccessBlockConfiguration', 404);
  });

  it('answers ObjectLockConfigurationNotFoundError until Object Lock is configured, then returns the default retention', async () => {
    const Bucket = await newBucket();
    await assertError(s3.send(new S3.GetObjectLockConfigurationCommand({ Bucket })), 'ObjectLockConfigurationNotFoundError', 404);
    const locked = 'config-locked-bucket';
    await s3.send(new S3.CreateBucketCommand({ Bucket: locked, ObjectLockEnabledForBucket: true }));
    assert.deepEqual((await s3.send(new S3.GetObjectLockConfigurationCommand({ Bucket: locked }))).ObjectLockConfiguration, { ObjectLockEnabled: 'Enabled' });
    const ObjectLockConfiguration = { ObjectLockEnabled: 'Enabled' as const, Rule: { DefaultRetention: { Mode: 'GOVERNANCE' as const, Days: 7 } } };
    await s3.send(new S3.PutObjectLockConfigurationCommand({ Bucket: locked, ObjectLockConfiguration }));
    assert.deepEqual((await s3.send(new S3.GetObjectLockConfigurationCommand({ Bucket: locked }))).ObjectLockConfiguration, ObjectLockConfiguration);
  });

  it('answers NoSuchBucket for the subresources of a bucket that does not exist', async () => {
    await assertError(s3.send(new S3.GetBucketCorsCommand({ Bucket: 'no-such-config-bucket' })), 'NoSuchBucket', 404);
    await assertError(s3.send(new S3.PutBucketTaggingCommand({ Bucket: 'no-such-config-bucket', Tagging: { TagSet: [] } })), 'NoSuchBucket', 404);
  });
});

describe('S3 ACLs', () => {
  let nimbus: Nimbus;
  let s3: S3.S3Client;
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('gives a new bucket and object the owner FULL_CONTROL as a CanonicalUser grantee', async () => {
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'acl-default' }));
    await s3.send(new S3.PutObjectCommand({ Bucket: 'acl-default', Key: 'a.txt', Body: 'a' }));
    const owner = (await s3.send(new S3.ListBucketsCommand({}))).Owner?.ID;
    for (const acl of [await s3.send(new S3.GetBucketAclCommand({ Bucket: 'acl-default' })), await s3.send(new S3.GetObjectAclCommand({ Bucket: 'acl-default', Key: 'a.txt' }))]) {
      assert.equal(acl.Owner?.ID, owner);
      assert.deepEqual(acl.Grants, [{ Grantee: { Type: 'CanonicalUser', ID: owner }, Permission: 'FULL_CONTROL' }]);
    }
  });

  it('refuses ACLs while the bucket owner is enforced (AccessControlListNotSupported) and public ones while blocked (AccessDenied)', async () => {
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'acl-enforced' }));
    await assertError(s3.send(new S3.PutBucketAclCommand({ Bucket: 'acl-enforced', ACL: 'public-read' })), 'AccessControlListNotSupported', 400);
    await s3.send(new S3.PutBucketAclCommand({ Bucket: 'acl-enforced', ACL: 'private' }));
    await s3.send(new S3.PutBucketOwnershipControlsCommand({ Bucket: 'acl-enforced', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    await assertError(s3.send(new S3.PutBucketAclCommand({ Bucket: 'acl-enforced', ACL: 'public-read' })), 'AccessDenied', 403);
  });

  it('applies canned ACLs, grant headers and AccessControlPolicy documents with xsi:type grantees', async () => {
    const Bucket = 'acl-open';
    await s3.send(new S3.CreateBucketCommand({ Bucket }));
    await s3.send(new S3.PutBucketOwnershipControlsCommand({ Bucket, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] } }));
    await s3.send(new S3.DeletePublicAccessBlockCommand({ Bucket }));
    const owner = (await s3.send(new S3.GetBucketAclCommand({ Bucket }))).Owner!;

    await s3.send(new S3.PutBucketAclCommand({ Bucket, ACL: 'public-read' }));
    const publicRead = await s3.send(new S3.GetBucketAclCommand({ Bucket }));
    assert.deepEqual(publicRead.Grants?.[1], { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' });

    await s3.send(new S3.PutBucketAclCommand({ Bucket, GrantRead: 'uri="http://acs.amazonaws.com/groups/global/AuthenticatedUsers"', GrantFullControl: `id="${owner.ID}"` }));
    const byHeaders = await s3.send(new S3.GetBucketAclCommand({ Bucket }));
    assert.deepEqual(
      byHeaders.Grants?.map((grant) => grant.Permission),
      ['FULL_CONTROL', 'READ'],
    );

    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'doc.txt', Body: 'doc' }));
    const AccessControlPolicy = {
      Owner: { ID: owner.ID },
      Grants: [
        { Grantee: { Type: 'CanonicalUser' as const, ID: owner.ID }, Permission: 'FULL_CONTROL' as const },
        { Grantee: { Type: 'Group' as const, URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' as const },
      ],
    };
    await s3.send(new S3.PutObjectAclCommand({ Bucket, Key: 'doc.txt', AccessControlPolicy }));
    assert.deepEqual((await s3.send(new S3.GetObjectAclCommand({ Bucket, Key: 'doc.txt' }))).Grants, AccessControlPolicy.Grants);

    // A new write of the key is a new object, with the default ACL again.
    await s3.send(new S3.PutObjectCommand({ Bucket, Key: 'doc.txt', Body: 'doc 2' }));
    assert.equal((await s3.send(new S3.GetObjectAclCommand({ Bucket, Key: 'doc.txt' }))).Grants?.length, 1);
    await assertError(s3.send(new S3.GetObjectAclCommand({ Bucket, Key: 'missing.txt' })), 'NoSuchKey', 404);
  });

  it('takes ObjectOwnership and a canned ACL from CreateBucket, refusing ACLs while ownership is enforced', async () => {
    await s3.send(new S3.CreateBucketCommand({ Bucket: 'acl-at-create', ObjectOwnership: 'ObjectWriter', ACL: 'authenticated-read' }));
    assert.equal((await s3.send(new S3.GetBucketOwnershipControlsCommand({ Bucket: 'acl-at-create' }))).OwnershipControls?.Rules?.[0]?.ObjectOwnership, 'ObjectWriter');
    const grants = (await s3.send(new S3.GetBucketAclCommand({ Bucket: 'acl-at-create' }))).Grants;
    assert.deepEqual(grants?.[1], { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, Permission: 'READ' });
    await assertError(s3.send(new S3.CreateBucketCommand({ Bucket: 'acl-at-create-2', ACL: 'public-read' })), 'InvalidBucketAclWithObjectOwnership', 400);
    await assertError(s3.send(new S3.HeadBucketCommand({ Bucket: 'acl-at-create-2' })), 'NotFound', 404);
  });
});
