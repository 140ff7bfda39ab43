import { randomUUID } from 'node:crypto';
import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { Timer } from '../../clock/clock.js';
import type { ServiceDeps } from '../service-deps.js';
import type { CancelRotateSecretRequest, CancelRotateSecretResponse, RotateSecretRequest, RotateSecretResponse } from './api.generated.js';
import { invalidRequest } from './errors.js';
import { requireLiveSecret, saveSecret } from './lookup.js';
import { RotationRunner, type RotationFunctions } from './rotation-run.js';
import { checkRules, planNext } from './schedule.js';
import type { Secrets } from './secrets.js';
import { AWSCURRENT, AWSPENDING, secretKey, secrets, versionWithStage, type SecretRecord, type VersionRecord } from './state.js';
import { addPendingVersion } from './versions.js';

/**
 * RotateSecret, CancelRotateSecret and the rotation schedule on the clock. A rotation starts as AWS
 * starts one: an empty version with the request's token takes AWSPENDING, then the function's
 * steps run (see RotationRunner). Without rotation functions (no Lambda) rotations are recorded and
 * scheduled but no step runs.
 */
export class Rotation {
  private readonly timers = new Map<string, Timer>();
  private readonly runner: RotationRunner;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly secrets: Secrets,
    private readonly functions: RotationFunctions | undefined,
  ) {
    this.runner = new RotationRunner(deps, functions, (secret) => this.schedule(secret));
  }

  async resume(): Promise<void> {
    for (const { value } of await secrets(this.deps.store).list()) this.schedule(value);
  }

  async rotateSecret(input: RotateSecretRequest, context: CallContext): Promise<RotateSecretResponse> {
    if (input.RotationRules) checkRules(input.RotationRules);
    const token = input.ClientRequestToken ?? randomUUID();
    const immediately = input.RotateImmediately ?? true;
    if (input.RotationLambdaARN && this.functions) {
      const target = await requireLiveSecret(this.deps.store, input.SecretId, context, this.deps.clock.now());
      if (!(await this.functions.mayInvoke(input.RotationLambdaARN, target.arn))) {
        throw new AwsError('AccessDeniedException', 'Secrets Manager cannot invoke the specified Lambda function. Ensure that the function policy grants access to the principal secretsmanager.amazonaws.com.');
      }
    }
    if (immediately) {
      const existing = await requireLiveSecret(this.deps.store, input.SecretId, context, this.deps.clock.now());
      const unfinished = unfinishedRotation(existing);
      if (unfinished && unfinished.versionId !== token) {
        if (existing.rotation.lambdaArn) this.runner.start(existing.arn, unfinished.versionId, context.endpoint);
        throw invalidRequest('A previous rotation isn\u2019t complete. That rotation will be reattempted.');
      }
    }
    const secret = await this.secrets.change(input.SecretId, context, (record, now) => {
      const lambdaArn = input.RotationLambdaARN ?? record.rotation.lambdaArn;
      if (!lambdaArn) throw invalidRequest('No Lambda rotation function ARN is associated with this secret.');
      const rules = input.RotationRules ?? record.rotation.rules;
      record.rotation = { ...record.rotation, enabled: true, lambdaArn, rules };
      planNext(record, immediately ? now : record.rotation.lastRotatedDate ?? now);
      if (immediately) addPendingVersion(record, token, now);
      return record;
    });
    this.schedule(secret);
    if (immediately) this.runner.start(secret.arn, token, context.endpoint);
    return { ARN: secret.arn, Name: secret.name, VersionId: immediately ? token : undefined };
  }

  /** Turns rotation off; a rotation in progress stops before its next step, its labels left for the owner to tidy. */
  async cancelRotateSecret(input: CancelRotateSecretRequest, context: CallContext): Promise<CancelRotateSecretResponse> {
    const secret = await this.secrets.change(input.SecretId, context, (record) => {
      record.rotation = { ...record.rotation, enabled: false, nextRotationDate: undefined, nextWindowStart: undefined };
      return record;
    });
    this.timers.get(secret.arn)?.cancel();
    this.timers.delete(secret.arn);
    return { ARN: secret.arn, Name: secret.name, VersionId: unfinishedRotation(secret)?.versionId };
  }

  /** One timer per secret, at its next rotation date; firing rotates and schedules the next one. */
  private schedule(secret: SecretRecord): void {
    this.timers.get(secret.arn)?.cancel();
    this.timers.delete(secret.arn);
    const at = secret.rotation.enabled ? secret.rotation.nextWindowStart ?? secret.rotation.nextRotationDate : undefined;
    if (at === undefined || secret.deletedDate !== undefined) return;
    this.timers.set(secret.arn, this.deps.clock.at(at, () => {
      void this.scheduled(secret).catch((error: unknown) => console.error('nimbus: scheduled secret rotation failed', error));
    }));
  }

  /** A scheduled rotation; one left unfinished is reattempted with its own token. */
  private async scheduled(stale: SecretRecord): Promise<void> {
    const now = this.deps.clock.now();
    const started = await this.deps.store.transaction(async (tx) => {
      const current = await secrets(tx).get(secretKey(stale.account, stale.region, stale.name));
      if (current?.arn !== stale.arn || !current.rotation.enabled || !current.rotation.rules) return undefined;
      const token = unfinishedRotation(current)?.versionId ?? randomUUID();
      planNext(current, now);
      addPendingVersion(current, token, now);
      await saveSecret(tx, current);
      return { secret: current, token };
    });
    if (!started) return;
    this.schedule(started.secret);
    this.runner.start(started.secret.arn, started.token, this.deps.endpoint());
  }
}

/** The version AWSPENDING marks when it is not also current: a rotation still under way or one that failed. */
function unfinishedRotation(secret: SecretRecord): VersionRecord | undefined {
  const pending = versionWithStage(secret, AWSPENDING);
  return pending && !pending.stages.includes(AWSCURRENT) ? pending : undefined;
}

