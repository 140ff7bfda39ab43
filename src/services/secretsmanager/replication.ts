import type { CallContext } from '../../common/call-context.js';
import type {
  RemoveRegionsFromReplicationRequest, RemoveRegionsFromReplicationResponse, ReplicateSecretToRegionsRequest,
  ReplicateSecretToRegionsResponse, ReplicationStatusType, StopReplicationToReplicaRequest, StopReplicationToReplicaResponse,
} from './api.generated.js';
import { invalidParameter } from './errors.js';
import type { Secrets } from './secrets.js';
import type { SecretRecord } from './state.js';

/**
 * Replication is stored and described, not performed: Nimbus serves every region from one store,
 * and a replica would be a second secret a client never reads through the primary's ARN.
 */
export class Replication {
  constructor(private readonly secrets: Secrets) {}

  replicateSecretToRegions(input: ReplicateSecretToRegionsRequest, context: CallContext): Promise<ReplicateSecretToRegionsResponse> {
    return this.secrets.change(input.SecretId, context, (secret) => {
      for (const replica of input.AddReplicaRegions) {
        if (replica.Region === secret.region) throw invalidParameter('Invalid replica region.');
        secret.replicas = [...secret.replicas.filter((existing) => existing.Region !== replica.Region), replica];
      }
      return { ARN: secret.arn, ReplicationStatus: replicationStatus(secret) };
    });
  }

  removeRegionsFromReplication(input: RemoveRegionsFromReplicationRequest, context: CallContext): Promise<RemoveRegionsFromReplicationResponse> {
    return this.secrets.change(input.SecretId, context, (secret) => {
      secret.replicas = secret.replicas.filter((replica) => !input.RemoveReplicaRegions.includes(replica.Region ?? ''));
      return { ARN: secret.arn, ReplicationStatus: replicationStatus(secret) };
    });
  }

  stopReplicationToReplica(input: StopReplicationToReplicaRequest, context: CallContext): Promise<StopReplicationToReplicaResponse> {
    return this.secrets.change(input.SecretId, context, (secret) => ({ ARN: secret.arn }));
  }
}

export function replicationStatus(secret: SecretRecord): ReplicationStatusType[] {
  return secret.replicas.map((replica) => ({
    Region: replica.Region,
    KmsKeyId: replica.KmsKeyId ?? 'alias/aws/secretsmanager',
    Status: 'InSync',
    StatusMessage: 'Replication succeeded',
  }));
}
