import type { ResourcePolicySource } from '../../common/policy/resource-policy.js';
import type { ServiceDeps } from '../service-deps.js';
import type { IamOperations } from './api.generated.js';
import { AccessKeys } from './access-keys.js';
import { EntityPolicies } from './entity-policies.js';
import { Groups } from './groups.js';
import { InstanceProfiles } from './instance-profiles.js';
import { ManagedPolicies } from './managed-policies.js';
import { OidcProviders } from './oidc-providers.js';
import { Roles } from './roles.js';
import { Simulation } from './simulation.js';
import { entityKey, roles } from './state.js';
import { Users } from './users.js';

/** IAM: a global service, its state keyed by account alone. */
export function createIamProvider(deps: ServiceDeps): Partial<IamOperations> & ResourcePolicySource {
  const users = new Users(deps);
  const groups = new Groups(deps);
  const roleOps = new Roles(deps);
  const managed = new ManagedPolicies(deps);
  const attached = new EntityPolicies(deps);
  const keys = new AccessKeys(deps);
  const profiles = new InstanceProfiles(deps);
  const simulation = new Simulation(deps);
  const oidc = new OidcProviders(deps);
  return {
    ...bind(users, ['createUser', 'getUser', 'listUsers', 'updateUser', 'deleteUser', 'tagUser', 'untagUser', 'listUserTags', 'putUserPermissionsBoundary', 'deleteUserPermissionsBoundary']),
    ...bind(groups, ['createGroup', 'getGroup', 'listGroups', 'updateGroup', 'deleteGroup', 'addUserToGroup', 'removeUserFromGroup', 'listGroupsForUser']),
    ...bind(roleOps, [
      'createRole', 'createServiceLinkedRole', 'getRole', 'listRoles', 'deleteRole', 'deleteServiceLinkedRole', 'getServiceLinkedRoleDeletionStatus',
      'updateRole', 'updateRoleDescription', 'updateAssumeRolePolicy', 'tagRole', 'untagRole', 'listRoleTags', 'putRolePermissionsBoundary', 'deleteRolePermissionsBoundary',
    ]),
    ...bind(managed, [
      'createPolicy', 'getPolicy', 'listPolicies', 'deletePolicy', 'createPolicyVersion', 'getPolicyVersion', 'listPolicyVersions', 'deletePolicyVersion',
      'setDefaultPolicyVersion', 'tagPolicy', 'untagPolicy', 'listPolicyTags', 'listEntitiesForPolicy',
    ]),
    ...bind(keys, ['createAccessKey', 'listAccessKeys', 'updateAccessKey', 'deleteAccessKey', 'getAccessKeyLastUsed']),
    ...bind(profiles, [
      'createInstanceProfile', 'getInstanceProfile', 'listInstanceProfiles', 'listInstanceProfilesForRole', 'deleteInstanceProfile', 'addRoleToInstanceProfile',
      'removeRoleFromInstanceProfile', 'tagInstanceProfile', 'untagInstanceProfile', 'listInstanceProfileTags',
    ]),
    ...bind(simulation, ['simulatePrincipalPolicy', 'simulateCustomPolicy']),
    ...bind(oidc, [
      'createOpenIDConnectProvider', 'getOpenIDConnectProvider', 'listOpenIDConnectProviders', 'deleteOpenIDConnectProvider', 'addClientIDToOpenIDConnectProvider',
      'removeClientIDFromOpenIDConnectProvider', 'updateOpenIDConnectProviderThumbprint', 'tagOpenIDConnectProvider', 'untagOpenIDConnectProvider', 'listOpenIDConnectProviderTags',
    ]),
    putUserPolicy: (input, context) => attached.putInline('user', context, input.UserName, input.PolicyName, input.PolicyDocument),
    putGroupPolicy: (input, context) => attached.putInline('group', context, input.GroupName, input.PolicyName, input.PolicyDocument),
    putRolePolicy: (input, context) => attached.putInline('role', context, input.RoleName, input.PolicyName, input.PolicyDocument),
    getUserPolicy: async (input, context) => {
      const { entityName, ...policy } = await attached.getInline('user', context, input.UserName, input.PolicyName);
      return { UserName: entityName, ...policy };
    },
    getGroupPolicy: async (input, context) => {
      const { entityName, ...policy } = await attached.getInline('group', context, input.GroupName, input.PolicyName);
      return { GroupName: entityName, ...policy };
    },
    getRolePolicy: async (input, context) => {
      const { entityName, ...policy } = await attached.getInline('role', context, input.RoleName, input.PolicyName);
      return { RoleName: entityName, ...policy };
    },
    deleteUserPolicy: (input, context) => attached.deleteInline('user', context, input.UserName, input.PolicyName),
    deleteGroupPolicy: (input, context) => attached.deleteInline('group', context, input.GroupName, input.PolicyName),
    deleteRolePolicy: (input, context) => attached.deleteInline('role', context, input.RoleName, input.PolicyName),
    listUserPolicies: (input, context) => attached.listInline('user', context, input.UserName, input),
    listGroupPolicies: (input, context) => attached.listInline('group', context, input.GroupName, input),
    listRolePolicies: (input, context) => attached.listInline('role', context, input.RoleName, input),
    attachUserPolicy: (input, context) => attached.attach('user', context, input.UserName, input.PolicyArn),
    attachGroupPolicy: (input, context) => attached.attach('group', context, input.GroupName, input.PolicyArn),
    attachRolePolicy: (input, context) => attached.attach('role', context, input.RoleName, input.PolicyArn),
    detachUserPolicy: (input, context) => attached.detach('user', context, input.UserName, input.PolicyArn),
    detachGroupPolicy: (input, context) => attached.detach('group', context, input.GroupName, input.PolicyArn),
    detachRolePolicy: (input, context) => attached.detach('role', context, input.RoleName, input.PolicyArn),
    listAttachedUserPolicies: (input, context) => attached.listAttached('user', context, input.UserName, input),
    listAttachedGroupPolicies: (input, context) => attached.listAttached('group', context, input.GroupName, input),
    listAttachedRolePolicies: (input, context) => attached.listAttached('role', context, input.RoleName, input),
    /** A role's trust policy is its resource policy: enforcement checks sts:AssumeRole against it. */
    async resourcePolicy(arn) {
      const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
      const role = match ? await roles(deps.store).get(entityKey(match[1]!, match[2]!)) : undefined;
      return role && { arn: role.arn, policy: role.assumeRolePolicyDocument };
    },
  };
}

/** The named methods of one part of the service, bound to it. */
function bind<T extends object, K extends keyof T & string>(target: T, names: K[]): Pick<T, K> {
  const bound = {} as Pick<T, K>;
  for (const name of names) bound[name] = (target[name] as (...args: unknown[]) => unknown).bind(target) as T[K];
  return bound;
}
