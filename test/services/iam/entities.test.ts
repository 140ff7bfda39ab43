import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as iam from '@aws-sdk/client-iam';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';

const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'sts:AssumeRole' }] });
const READ_S3 = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] });

async function rejects(promise: Promise<unknown>, code: string, status: number): Promise<void> {
  await assert.rejects(promise, (error: { name: string; $metadata: { httpStatusCode: number } }) => {
    assert.equal(error.name, code);
    assert.equal(error.$metadata.httpStatusCode, status);
    return true;
  });
}

describe('IAM users, groups, roles and policies', () => {
  let nimbus: Awaited<ReturnType<typeof startTestNimbus>>;
  let client: iam.IAMClient;

  before(async () => {
    nimbus = await startTestNimbus();
    client = new iam.IAMClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('creates, gets, lists, tags and deletes users with AIDA ids and path ARNs', async () => {
    const { User } = await client.send(new iam.CreateUserCommand({ UserName: 'alice', Path: '/engineering/', Tags: [{ Key: 'team', Value: 'blue' }] }));
    assert.match(User!.UserId!, /^AIDA[A-Z2-7]{17}$/);
    assert.equal(User!.Arn, 'arn:aws:iam::000000000000:user/engineering/alice');
    const got = await client.send(new iam.GetUserCommand({ UserName: 'ALICE' }));
    assert.equal(got.User!.UserId, User!.UserId);
    await rejects(client.send(new iam.CreateUserCommand({ UserName: 'Alice' })), 'EntityAlreadyExistsException', 409);
    const listed = await client.send(new iam.ListUsersCommand({ PathPrefix: '/engineering/' }));
    assert.deepEqual(listed.Users!.map((user) => user.UserName), ['alice']);
    await client.send(new iam.TagUserCommand({ UserName: 'alice', Tags: [{ Key: 'team', Value: 'red' }, { Key: 'cost', Value: '7' }] }));
    assert.deepEqual((await client.send(new iam.ListUserTagsCommand({ UserName: 'alice' }))).Tags, [{ Key: 'team', Value: 'red' }, { Key: 'cost', Value: '7' }]);
    await client.send(new iam.DeleteUserCommand({ UserName: 'alice' }));
    await rejects(client.send(new iam.GetUserCommand({ UserName: 'alice' })), 'NoSuchEntityException', 404);
  });

  it('keeps group membership and refuses to delete a group with members (DeleteConflict)', async () => {
    await client.send(new iam.CreateUserCommand({ UserName: 'bob' }));
    const { Group } = await client.send(new iam.CreateGroupCommand({ GroupName: 'admins' }));
    assert.match(Group!.GroupId!, /^AGPA/);
    await client.send(new iam.AddUserToGroupCommand({ GroupName: 'admins', UserName: 'bob' }));
    const group = await client.send(new iam.GetGroupCommand({ GroupName: 'admins' }));
    assert.deepEqual(group.Users!.map((user) => user.UserName), ['bob']);
    assert.deepEqual((await client.send(new iam.ListGroupsForUserCommand({ UserName: 'bob' }))).Groups!.map((item) => item.GroupName), ['admins']);
    await rejects(client.send(new iam.DeleteGroupCommand({ GroupName: 'admins' })), 'DeleteConflictException', 409);
    await rejects(client.send(new iam.DeleteUserCommand({ UserName: 'bob' })), 'DeleteConflictException', 409);
    await client.send(new iam.RemoveUserFromGroupCommand({ GroupName: 'admins', UserName: 'bob' }));
    await client.send(new iam.DeleteGroupCommand({ GroupName: 'admins' }));
  });

  it('creates roles with a URL-encoded trust policy, MaxSessionDuration and tags', async () => {
    const { Role } = await client.send(new iam.CreateRoleCommand({ RoleName: 'deployer', Path: '/ci/', AssumeRolePolicyDocument: TRUST, MaxSessionDuration: 7200, Tags: [{ Key: 'env', Value: 'dev' }] }));
    assert.match(Role!.RoleId!, /^AROA/);
    assert.equal(Role!.Arn, 'arn:aws:iam::000000000000:role/ci/deployer');
    const got = await client.send(new iam.GetRoleCommand({ RoleName: 'deployer' }));
    assert.equal(got.Role!.AssumeRolePolicyDocument, encodeURIComponent(TRUST));
    assert.equal(got.Role!.MaxSessionDuration, 7200);
    assert.deepEqual(got.Role!.Tags, [{ Key: 'env', Value: 'dev' }]);
    await rejects(client.send(new iam.CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: '{"Statement":' })), 'MalformedPolicyDocumentException', 400);
    await rejects(client.send(new iam.CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }) })), 'MalformedPolicyDocumentException', 400);
  });

  it('versions managed policies: SetAsDefault, the five-version limit, default version protection', async () => {
    const { Policy } = await client.send(new iam.CreatePolicyCommand({ PolicyName: 'read-reports', PolicyDocument: READ_S3 }));
    assert.equal(Policy!.Arn, 'arn:aws:iam::000000000000:policy/read-reports');
    assert.equal(Policy!.DefaultVersionId, 'v1');
    await rejects(client.send(new iam.CreatePolicyCommand({ PolicyName: 'read-reports', PolicyDocument: READ_S3 })), 'EntityAlreadyExistsException', 409);
    const second = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] });
    const v2 = await client.send(new iam.CreatePolicyVersionCommand({ PolicyArn: Policy!.Arn, PolicyDocument: second, SetAsDefault: true }));
    assert.equal(v2.PolicyVersion!.VersionId, 'v2');
    assert.equal(v2.PolicyVersion!.IsDefaultVersion, true);
    const version = await client.send(new iam.GetPolicyVersionCommand({ PolicyArn: Policy!.Arn, VersionId: 'v1' }));
    assert.equal(version.PolicyVersion!.Document, encodeURIComponent(READ_S3));
    assert.equal(version.PolicyVersion!.IsDefaultVersion, false);
    for (let i = 0; i < 3; i += 1) await client.send(new iam.CreatePolicyVersionCommand({ PolicyArn: Policy!.Arn, PolicyDocument: READ_S3 }));
    await rejects(client.send(new iam.CreatePolicyVersionCommand({ PolicyArn: Policy!.Arn, PolicyDocument: READ_S3 })), 'LimitExceededException', 409);
    await rejects(client.send(new iam.DeletePolicyVersionCommand({ PolicyArn: Policy!.Arn, VersionId: 'v2' })), 'DeleteConflictException', 409);
    await client.send(new iam.DeletePolicyVersionCommand({ PolicyArn: Policy!.Arn, VersionId: 'v5' }));
    await client.send(new iam.SetDefaultPolicyVersionCommand({ PolicyArn: Policy!.Arn, VersionId: 'v1' }));
    const versions = await client.send(new iam.ListPolicyVersionsCommand({ PolicyArn: Policy!.Arn }));
    assert.deepEqual(versions.Versions!.map((item) => [item.VersionId, item.IsDefaultVersion]), [['v4', false], ['v3', false], ['v2', false], ['v1', true]]);
    await rejects(client.send(new iam.CreatePolicyCommand({ PolicyName: 'broken', PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:*' }] }) })), 'MalformedPolicyDocumentException', 400);
  });

  it('attaches and detaches managed policies, counts attachments, and refuses to delete attached ones', async () => {
    await client.send(new iam.CreateUserCommand({ UserName: 'carol' }));
    const { Policy } = await client.send(new iam.CreatePolicyCommand({ PolicyName: 'carol-policy', PolicyDocument: READ_S3 }));
    await client.send(new iam.AttachUserPolicyCommand({ UserName: 'carol', PolicyArn: Policy!.Arn }));
    await client.send(new iam.AttachUserPolicyCommand({ UserName: 'carol', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }));
    const attached = await client.send(new iam.ListAttachedUserPoliciesCommand({ UserName: 'carol' }));
    assert.deepEqual(attached.AttachedPolicies!.map((item) => item.PolicyName), ['carol-policy', 'ReadOnlyAccess']);
    assert.equal((await client.send(new iam.GetPolicyCommand({ PolicyArn: Policy!.Arn }))).Policy!.AttachmentCount, 1);
    await rejects(client.send(new iam.DeletePolicyCommand({ PolicyArn: Policy!.Arn })), 'DeleteConflictException', 409);
    await rejects(client.send(new iam.AttachUserPolicyCommand({ UserName: 'carol', PolicyArn: 'arn:aws:iam::000000000000:policy/none' })), 'NoSuchEntityException', 404);
    await client.send(new iam.DetachUserPolicyCommand({ UserName: 'carol', PolicyArn: Policy!.Arn }));
    await rejects(client.send(new iam.DetachUserPolicyCommand({ UserName: 'carol', PolicyArn: Policy!.Arn })), 'NoSuchEntityException', 404);
    await client.send(new iam.DeletePolicyCommand({ PolicyArn: Policy!.Arn }));
  });

  it('keeps inline policies of users, groups and roles', async () => {
    await client.send(new iam.CreateRoleCommand({ RoleName: 'worker', AssumeRolePolicyDocument: TRUST }));
    await client.send(new iam.PutRolePolicyCommand({ RoleName: 'worker', PolicyName: 'reports', PolicyDocument: READ_S3 }));
    const got = await client.send(new iam.GetRolePolicyCommand({ RoleName: 'worker', PolicyName: 'reports' }));
    assert.equal(got.RoleName, 'worker');
    assert.equal(decodeURIComponent(got.PolicyDocument!), READ_S3);
    assert.deepEqual((await client.send(new iam.ListRolePoliciesCommand({ RoleName: 'worker' }))).PolicyNames, ['reports']);
    await rejects(client.send(new iam.DeleteRoleCommand({ RoleName: 'worker' })), 'DeleteConflictException', 409);
    await client.send(new iam.DeleteRolePolicyCommand({ RoleName: 'worker', PolicyName: 'reports' }));
    await rejects(client.send(new iam.GetRolePolicyCommand({ RoleName: 'worker', PolicyName: 'reports' })), 'NoSuchEntityException', 404);
    await rejects(client.send(new iam.PutUserPolicyCommand({ UserName: 'nobody', PolicyName: 'x', PolicyDocument: READ_S3 })), 'NoSuchEntityException', 404);
    await rejects(client.send(new iam.PutRolePolicyCommand({ RoleName: 'worker', PolicyName: 'x', PolicyDocument: 'nope' })), 'MalformedPolicyDocumentException', 400);
  });

  it('issues at most two AKIA access keys per user', async () => {
    await client.send(new iam.CreateUserCommand({ UserName: 'dave' }));
    const first = await client.send(new iam.CreateAccessKeyCommand({ UserName: 'dave' }));
    assert.match(first.AccessKey!.AccessKeyId!, /^AKIA[A-Z2-7]{16}$/);
    assert.equal(first.AccessKey!.SecretAccessKey!.length, 40);
    await client.send(new iam.CreateAccessKeyCommand({ UserName: 'dave' }));
    await rejects(client.send(new iam.CreateAccessKeyCommand({ UserName: 'dave' })), 'LimitExceededException', 409);
    await client.send(new iam.UpdateAccessKeyCommand({ UserName: 'dave', AccessKeyId: first.AccessKey!.AccessKeyId!, Status: 'Inactive' }));
    const listed = await client.send(new iam.ListAccessKeysCommand({ UserName: 'dave' }));
    assert.equal(listed.AccessKeyMetadata!.find((key) => key.AccessKeyId === first.AccessKey!.AccessKeyId)!.Status, 'Inactive');
    await client.send(new iam.DeleteAccessKeyCommand({ UserName: 'dave', AccessKeyId: first.AccessKey!.AccessKeyId! }));
    await rejects(client.send(new iam.DeleteAccessKeyCommand({ UserName: 'dave', AccessKeyId: first.AccessKey!.AccessKeyId! })), 'NoSuchEntityException', 404);
  });

  it('keeps one role per instance profile', async () => {
    await client.send(new iam.CreateRoleCommand({ RoleName: 'ec2-app', AssumeRolePolicyDocument: TRUST }));
    await client.send(new iam.CreateRoleCommand({ RoleName: 'ec2-other', AssumeRolePolicyDocument: TRUST }));
    const { InstanceProfile } = await client.send(new iam.CreateInstanceProfileCommand({ InstanceProfileName: 'app' }));
    assert.match(InstanceProfile!.InstanceProfileId!, /^AIPA/);
    await client.send(new iam.AddRoleToInstanceProfileCommand({ InstanceProfileName: 'app', RoleName: 'ec2-app' }));
    await rejects(client.send(new iam.AddRoleToInstanceProfileCommand({ InstanceProfileName: 'app', RoleName: 'ec2-other' })), 'LimitExceededException', 409);
    const got = await client.send(new iam.GetInstanceProfileCommand({ InstanceProfileName: 'app' }));
    assert.deepEqual(got.InstanceProfile!.Roles!.map((role) => role.RoleName), ['ec2-app']);
    assert.equal((await client.send(new iam.ListInstanceProfilesForRoleCommand({ RoleName: 'ec2-app' }))).InstanceProfiles!.length, 1);
    await rejects(client.send(new iam.DeleteRoleCommand({ RoleName: 'ec2-app' })), 'DeleteConflictException', 409);
    await rejects(client.send(new iam.DeleteInstanceProfileCommand({ InstanceProfileName: 'app' })), 'DeleteConflictException', 409);
    await client.send(new iam.RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: 'app', RoleName: 'ec2-app' }));
    await client.send(new iam.DeleteInstanceProfileCommand({ InstanceProfileName: 'app' }));
    await rejects(client.send(new iam.GetInstanceProfileCommand({ InstanceProfileName: 'app' })), 'NoSuchEntityException', 404);
  });

  it('creates service-linked roles that only DeleteServiceLinkedRole removes', async () => {
    const { Role } = await client.send(new iam.CreateServiceLinkedRoleCommand({ AWSServiceName: 'autoscaling.amazonaws.com' }));
    assert.equal(Role!.RoleName, 'AWSServiceRoleForAutoScaling');
    assert.equal(Role!.Path, '/aws-service-role/autoscaling.amazonaws.com/');
    await rejects(client.send(new iam.CreateServiceLinkedRoleCommand({ AWSServiceName: 'autoscaling.amazonaws.com' })), 'InvalidInputException', 400);
    await rejects(client.send(new iam.DeleteRoleCommand({ RoleName: 'AWSServiceRoleForAutoScaling' })), 'UnmodifiableEntityException', 400);
    const { DeletionTaskId } = await client.send(new iam.DeleteServiceLinkedRoleCommand({ RoleName: 'AWSServiceRoleForAutoScaling' }));
    assert.equal((await client.send(new iam.GetServiceLinkedRoleDeletionStatusCommand({ DeletionTaskId }))).Status, 'SUCCEEDED');
  });

  it('lists the users, groups and roles a policy is attached to or bounds', async () => {
    const { Policy } = await client.send(new iam.CreatePolicyCommand({ PolicyName: 'entities-reader', PolicyDocument: READ_S3 }));
    const PolicyArn = Policy!.Arn!;
    const { User } = await client.send(new iam.CreateUserCommand({ UserName: 'entity-user', Path: '/ops/' }));
    const { Group } = await client.send(new iam.CreateGroupCommand({ GroupName: 'entity-group' }));
    const { Role } = await client.send(new iam.CreateRoleCommand({ RoleName: 'entity-role', AssumeRolePolicyDocument: TRUST }));
    await client.send(new iam.AttachUserPolicyCommand({ UserName: 'entity-user', PolicyArn }));
    await client.send(new iam.AttachGroupPolicyCommand({ GroupName: 'entity-group', PolicyArn }));
    await client.send(new iam.PutRolePermissionsBoundaryCommand({ RoleName: 'entity-role', PermissionsBoundary: PolicyArn }));

    const all = await client.send(new iam.ListEntitiesForPolicyCommand({ PolicyArn }));
    assert.deepEqual(all.PolicyUsers, [{ UserName: 'entity-user', UserId: User!.UserId }]);
    assert.deepEqual(all.PolicyGroups, [{ GroupName: 'entity-group', GroupId: Group!.GroupId }]);
    assert.deepEqual(all.PolicyRoles, [{ RoleName: 'entity-role', RoleId: Role!.RoleId }]);
    assert.equal(all.IsTruncated, false);
    const attachedOnly = await client.send(new iam.ListEntitiesForPolicyCommand({ PolicyArn, PolicyUsageFilter: 'PermissionsPolicy' }));
    assert.deepEqual(attachedOnly.PolicyRoles, []);
    const boundaries = await client.send(new iam.ListEntitiesForPolicyCommand({ PolicyArn, PolicyUsageFilter: 'PermissionsBoundary' }));
    assert.deepEqual([boundaries.PolicyUsers, boundaries.PolicyRoles!.map((role) => role.RoleName)], [[], ['entity-role']]);
    const users = await client.send(new iam.ListEntitiesForPolicyCommand({ PolicyArn, EntityFilter: 'User', PathPrefix: '/ops/' }));
    assert.deepEqual([users.PolicyUsers!.length, users.PolicyGroups, users.PolicyRoles], [1, [], []]);
    await rejects(client.send(new iam.ListEntitiesForPolicyCommand({ PolicyArn: 'arn:aws:iam::000000000000:policy/absent' })), 'NoSuchEntityException', 404);
  });
});
