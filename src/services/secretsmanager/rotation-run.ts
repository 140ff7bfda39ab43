import { randomUUID } from 'node:crypto';
import type { ServiceDeps } from '../service-deps.js';
import { contextOfArn, findSecret, saveSecret } from './lookup.js';
import { publishRotationEvent, type RotationEventName } from './rotation-events.js';
import { planNext } from './schedule.js';
import { AWSCURRENT, AWSPENDING, type SecretRecord } from './state.js';

/** The four steps a rotation function is called with, in order. */
export const ROTATION_STEPS = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;

/** What the rotation function receives for each step. */
export interface StepEvent {
  Step: (typeof ROTATION_STEPS)[number];
  SecretId: string;
  ClientRequestToken: string;
  RotationToken: string;
}

/** Rotation functions as Secrets Manager reaches them. */
export interface RotationFunctions {
  /** Calls the function for one step and waits for its answer; throws when the function fails. */
  invoke(functionArn: string, event: StepEvent, endpoint: string): Promise<void>;
  /** Whether the function exists and its policy lets secretsmanager.amazonaws.com invoke it for this secret (aws:SourceArn, aws:SourceAccount). */
  mayInvoke(functionArn: string, secretArn: string): Promise<boolean>;
}

/**
 * Runs rotations: the function is called once per step, each waiting for the last, and the
 * rotation counts once finishSecret has put AWSCURRENT on the token's version. A failing step ends
 * the rotation with AWSPENDING left where it is, as AWS leaves it. Each outcome is published as the
 * CloudTrail service event AWS records. One rotation runs per secret at a time.
 */
export class RotationRunner {
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly deps: ServiceDeps,
    private readonly functions: RotationFunctions | undefined,
    private readonly settled: (secret: SecretRecord) => void,
  ) {}

  /** Starts the steps in the background: RotateSecret answers once a rotation has started. */
  start(arn: string, token: string, endpoint: string): void {
    if (!this.functions || this.running.has(arn)) return;
    const run = this.run(arn, token, endpoint)
      .catch((error: unknown) => console.error(`nimbus: rotation of ${arn} could not be recorded: ${(error as Error).message}`))
      .finally(() => this.running.delete(arn));
    this.running.set(arn, run);
  }

  private async run(arn: string, token: string, endpoint: string): Promise<void> {
    const started = await this.record(arn, 'RotationStarted');
    const lambdaArn = started?.rotation.lambdaArn;
    if (!lambdaArn) return;
    const rotationToken = randomUUID();
    for (const step of ROTATION_STEPS) {
      // CancelRotateSecret stops a rotation between steps.
      if (!(await this.load(arn))?.rotation.enabled) return;
      try {
        await this.functions!.invoke(lambdaArn, { Step: step, SecretId: arn, ClientRequestToken: token, RotationToken: rotationToken }, endpoint);
      } catch (error) {
        console.error(`nimbus: rotation of ${arn} failed at ${step}: ${(error as Error).message}`);
        await this.record(arn, 'RotationFailed');
        return;
      }
    }
    await this.finish(arn, token);
  }

  /** After finishSecret: the token's version must be current; AWSPENDING leaves it and the next rotation is scheduled. */
  private async finish(arn: string, token: string): Promise<void> {
    const now = this.deps.clock.now();
    const secret = await this.deps.store.transaction(async (tx) => {
      const current = await findSecret(tx, arn, contextOfArn(arn), now);
      if (!current) return undefined;
      const version = current.versions[token];
      if (!version?.stages.includes(AWSCURRENT)) {
        console.error(`nimbus: rotation of ${arn} failed: finishSecret did not make version ${token} AWSCURRENT`);
        await publishRotationEvent(this.deps, tx, current, 'RotationFailed', now);
        return undefined;
      }
      version.stages = version.stages.filter((stage) => stage !== AWSPENDING);
      current.rotation.lastRotatedDate = now;
      if (current.rotation.enabled) planNext(current, now);
      await saveSecret(tx, current);
      await publishRotationEvent(this.deps, tx, current, 'RotationSucceeded', now);
      return current;
    });
    if (secret) this.settled(secret);
  }

  private async record(arn: string, name: RotationEventName): Promise<SecretRecord | undefined> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const secret = await findSecret(tx, arn, contextOfArn(arn), now);
      if (secret) await publishRotationEvent(this.deps, tx, secret, name, now);
      return secret;
    });
  }

  private load(arn: string): Promise<SecretRecord | undefined> {
    return findSecret(this.deps.store, arn, contextOfArn(arn), this.deps.clock.now());
  }
}

