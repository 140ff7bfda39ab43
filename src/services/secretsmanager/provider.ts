import type { ResourcePolicySource } from '../../common/policy/resource-policy.js';
import type { ServiceDeps } from '../service-deps.js';
import type { SecretsmanagerOperations } from './api.generated.js';
import { Deletions } from './deletion.js';
import { Listing } from './listing.js';
import { getRandomPassword } from './password.js';
import { ResourcePolicies } from './policy.js';
import { Replication } from './replication.js';
import { Rotation } from './rotation.js';
import type { RotationFunctions } from './rotation-run.js';
import { Secrets } from './secrets.js';
import { Values } from './values.js';

/** Secrets Manager: every operation of the model, each answered by the part of the service it belongs to. */
export async function createSecretsManagerProvider(deps: ServiceDeps, functions?: RotationFunctions): Promise<SecretsmanagerOperations & ResourcePolicySource> {
  const secrets = new Secrets(deps);
  const values = new Values(deps, secrets);
  const listing = new Listing(deps);
  const deletions = new Deletions(deps);
  const rotation = new Rotation(deps, secrets, functions);
  const policies = new ResourcePolicies(deps, secrets);
  const replication = new Replication(secrets);
  await deletions.resume();
  await rotation.resume();
  return {
    createSecret: (input, context) => secrets.createSecret(input, context),
    updateSecret: (input, context) => secrets.updateSecret(input, context),
    describeSecret: (input, context) => secrets.describeSecret(input, context),
    tagResource: (input, context) => secrets.tagResource(input, context),
    untagResource: (input, context) => secrets.untagResource(input, context),
    getSecretValue: (input, context) => values.getSecretValue(input, context),
    putSecretValue: (input, context) => values.putSecretValue(input, context),
    updateSecretVersionStage: (input, context) => values.updateSecretVersionStage(input, context),
    listSecretVersionIds: (input, context) => values.listSecretVersionIds(input, context),
    batchGetSecretValue: (input, context) => values.batchGetSecretValue(input, context),
    listSecrets: (input, context) => listing.listSecrets(input, context),
    deleteSecret: (input, context) => deletions.deleteSecret(input, context),
    restoreSecret: (input, context) => deletions.restoreSecret(input, context),
    getRandomPassword: (input) => Promise.resolve(getRandomPassword(input)),
    rotateSecret: (input, context) => rotation.rotateSecret(input, context),
    cancelRotateSecret: (input, context) => rotation.cancelRotateSecret(input, context),
    putResourcePolicy: (input, context) => policies.putResourcePolicy(input, context),
    getResourcePolicy: (input, context) => policies.getResourcePolicy(input, context),
    deleteResourcePolicy: (input, context) => policies.deleteResourcePolicy(input, context),
    validateResourcePolicy: (input, context) => policies.validateResourcePolicy(input, context),
    replicateSecretToRegions: (input, context) => replication.replicateSecretToRegions(input, context),
    removeRegionsFromReplication: (input, context) => replication.removeRegionsFromReplication(input, context),
    stopReplicationToReplica: (input, context) => replication.stopReplicationToReplica(input, context),
    resourcePolicy: (arn) => policies.resourcePolicy(arn),
  };
}
