import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { Timer } from '../../clock/clock.js';
import type { ServiceDeps } from '../service-deps.js';
import type { CancelRotateSecretRequest, CancelRotateSecretResponse, RotateSecretRequest, RotateSecretResponse } from './api.generated.js';
import { invalidRequest } from './errors.js';
import { findSecret, saveSecret } from './lookup.js';
import { checkRules, nextRotation } from './schedule.js';
import type { Secrets } from './secrets.js';
import { AWSCURRENT, AWSPENDING, secretKey, secrets, versionWithStage, type SecretRecord } from './state.js';

/** The four steps a rotation function is called with, in order. */
export const ROTATION_STEPS = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;

/** Calls a rotation function and waits for its answer; throws when the function fails. */
export type StepInvoker = (functionArn: string, event: { Step: string; SecretId: string; ClientRequestToken: string }, endpoint: string) => Promise<void>;

/**
 * RotateSecret and its schedule on the clock. A rotation calls the function once per step; after
 * finishSecret the token's version must hold AWSCURRENT, as the protocol requires. Without an
 * invoker rotations are recorded and scheduled but no step runs.
 */
export class Rotation {
  private readonly timers = new Map<string, Timer>();

  constructor(
    private readonly deps: ServiceDeps,
    private readonly secrets: Secrets,
    private readonly invoker: StepInvoker | undefined,
  ) {}

  async resume(): Promise<void> {
    for (const { value } of await secrets(this.deps.store).list()) this.schedule(value);
  }

  async rotateSecret(input: RotateSecretRequest, context: CallContext): Promise<RotateSecretResponse> {
    if (input.RotationRules) checkRules(input.RotationRules);
    const token = input.ClientRequestToken ?? randomUUID();
    const immediately = input.RotateImmediately ?? true;
    const secret = await this.secrets.change(input.SecretId, context, (record, now) => {
      const lambdaArn = input.RotationLambdaARN ?? record.rotation.lambdaArn;
      if (!lambdaArn) throw invalidRequest('No Lambda rotation function ARN is associated with this secret.');
      const pending = versionWithStage(record, AWSPENDING);
      if (pending && !pending.stages.includes(AWSCURRENT) && pending.versionId !== token) {
        throw invalidRequest('A previous rotation isn\u2019t complete. That rotation will be reattempted.');
      }
      const rules = input.RotationRules ?? record.rotation.rules;
      record.rotation = {
        ...record.rotation, enabled: true, lambdaArn, rules,
        nextRotationDate: rules ? nextRotation(rules, immediately ? now : record.rotation.lastRotatedDate ?? now) : undefined,
      };
      return record;
    });
    this.schedule(secret);
    // As in AWS, RotateSecret answers once the rotation has started; the steps run after it.
    if (immediately) this.start(secret, token, context.endpoint);
    return { ARN: secret.arn, Name: secret.name, VersionId: token };
  }

  async cancelRotateSecret(input: CancelRotateSecretRequest, context: CallContext): Promise<CancelRotateSecretResponse> {
    const secret = await this.secrets.change(input.SecretId, context, (record) => {
      record.rotation = { ...record.rotation, enabled: false, nextRotationDate: undefined };
      return record;
    });
    this.timers.get(secret.arn)?.cancel();
    const pending = versionWithStage(secret, AWSPENDING);
    return { ARN: secret.arn, Name: secret.name, VersionId: pending?.versionId };
  }

  private start(secret: SecretRecord, token: string, endpoint: string): void {
    void this.rotate(secret, token, endpoint).catch((error: unknown) => {
      console.error(`nimbus: rotation of ${secret.arn} failed: ${(error as Error).message}`);
    });
  }

  /** Runs the four steps; the rotation counts once finishSecret has made the token's version current. */
  private async rotate(secret: SecretRecord, token: string, endpoint: string): Promise<void> {
    if (!this.invoker || !secret.rotation.lambdaArn) return;
    for (const step of ROTATION_STEPS) {
      try {
        await this.invoker(secret.rotation.lambdaArn, { Step: step, SecretId: secret.arn, ClientRequestToken: token }, endpoint);
      } catch (error) {
        throw new Error(`step ${step}: ${(error as Error).message}`, { cause: error });
      }
    }
    const now = this.deps.clock.now();
    await this.deps.store.transaction(async (tx) => {
      const current = await findSecret(tx, secret.arn, contextOf(secret, endpoint), now);
      if (!current || !current.versions[token]?.stages.includes(AWSCURRENT)) return;
      current.rotation.lastRotatedDate = now;
      await saveSecret(tx, current);
    });
  }

  /** One timer per secret, at its next rotation date; firing rotates and schedules the next one. */
  private schedule(secret: SecretRecord): void {
    this.timers.get(secret.arn)?.cancel();
    const at = secret.rotation.enabled ? secret.rotation.nextRotationDate : undefined;
    if (at === undefined || secret.deletedDate !== undefined) return;
    this.timers.set(secret.arn, this.deps.clock.at(at, () => {
      void this.scheduled(secret).catch((error: unknown) => console.error('nimbus: scheduled secret rotation failed', error));
    }));
  }

  private async scheduled(stale: SecretRecord): Promise<void> {
    const now = this.deps.clock.now();
    const secret = await this.deps.store.transaction(async (tx) => {
      const current = await secrets(tx).get(secretKey(stale.account, stale.region, stale.name));
      if (current?.arn !== stale.arn || !current.rotation.enabled || !current.rotation.rules) return undefined;
      current.rotation.nextRotationDate = nextRotation(current.rotation.rules, now);
      await saveSecret(tx, current);
      return current;
    });
    if (!secret) return;
    this.schedule(secret);
    this.start(secret, randomUUID(), this.deps.endpoint());
  }
}

function contextOf(secret: SecretRecord, endpoint: string): CallContext {
  return { requestId: '', account: secret.account, region: secret.region, accessKeyId: secret.account, endpoint, sourceIp: '' };
}

