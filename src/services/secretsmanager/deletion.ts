import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { DeleteSecretRequest, DeleteSecretResponse, RestoreSecretRequest, RestoreSecretResponse } from './api.generated.js';
import { invalidParameter, markedForDeletion } from './errors.js';
import { requireSecret, saveSecret } from './lookup.js';
import { secretKey, secrets, type SecretRecord } from './state.js';

const DAY_MS = 86_400_000;

/** DeleteSecret's recovery window and RestoreSecret; the secret goes for good when the clock reaches its deletion date. */
export class Deletions {
  constructor(private readonly deps: ServiceDeps) {}

  /** Schedules every pending deletion again (start-up). */
  async resume(): Promise<void> {
    for (const { value } of await secrets(this.deps.store).list()) if (value.deletionDate !== undefined) this.schedule(value);
  }

  async deleteSecret(input: DeleteSecretRequest, context: CallContext): Promise<DeleteSecretResponse> {
    const force = input.ForceDeleteWithoutRecovery === true;
    if (force && input.RecoveryWindowInDays !== undefined) {
      throw invalidParameter("You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
    }
    const days = input.RecoveryWindowInDays ?? 30;
    if (!force && (days < 7 || days > 30)) {
      throw invalidParameter('The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).');
    }
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const secret = await requireSecret(tx, input.SecretId, context, now);
      if (secret.deletedDate !== undefined && !force) throw markedForDeletion();
      if (force) {
        await secrets(tx).delete(secretKey(secret.account, secret.region, secret.name));
        return { ARN: secret.arn, Name: secret.name, DeletionDate: new Date(now) };
      }
      secret.deletedDate = now;
      secret.deletionDate = now + days * DAY_MS;
      await saveSecret(tx, secret);
      tx.afterCommit(() => this.schedule(secret));
      return { ARN: secret.arn, Name: secret.name, DeletionDate: new Date(secret.deletionDate) };
    });
  }

  async restoreSecret(input: RestoreSecretRequest, context: CallContext): Promise<RestoreSecretResponse> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const secret = await requireSecret(tx, input.SecretId, context, now);
      delete secret.deletedDate;
      delete secret.deletionDate;
      secret.lastChangedDate = now;
      await saveSecret(tx, secret);
      return { ARN: secret.arn, Name: secret.name };
    });
  }

  private schedule(secret: SecretRecord): void {
    const key = secretKey(secret.account, secret.region, secret.name);
    this.deps.clock.at(secret.deletionDate!, () => {
      void this.purge(key, secret.arn).catch((error: unknown) => console.error('nimbus: secret deletion failed', error));
    });
  }

  /** Deletes the secret if it still waits for this deletion (a restore or a newer secret of that name cancels it). */
  private async purge(key: string, arn: string): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const current = await secrets(tx).get(key);
      if (current?.arn !== arn || current.deletionDate === undefined || current.deletionDate > this.deps.clock.now()) return;
      await secrets(tx).delete(key);
    });
  }
}

