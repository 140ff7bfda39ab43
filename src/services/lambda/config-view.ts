import type { FunctionConfiguration } from './api.generated.js';
import { functionArn, lambdaTimestamp } from './names.js';
import type { FunctionRecord, FunctionSnapshot } from './state.js';

/**
 * The FunctionConfiguration Lambda answers with, for `$LATEST` or a published version. States move
 * on the clock: Pending until `activeAt`, and an update InProgress until `updatedAt`.
 */
export function configurationOf(fn: FunctionRecord, snapshot: FunctionSnapshot, version: string, now: number): FunctionConfiguration {
  const pending = now < snapshot.activeAt;
  const updating = snapshot.updatedAt !== undefined && now < snapshot.updatedAt;
  const configuration: FunctionConfiguration = {
    FunctionName: fn.name,
    FunctionArn: functionArn(fn, version === '$LATEST' ? undefined : version),
    Runtime: snapshot.runtime as FunctionConfiguration['Runtime'],
    Role: snapshot.role,
    Handler: snapshot.handler,
    CodeSize: snapshot.codeSize,
    Description: snapshot.description,
    Timeout: snapshot.timeout,
    MemorySize: snapshot.memorySize,
    LastModified: lambdaTimestamp(snapshot.lastModified),
    CodeSha256: snapshot.codeSha256,
    Version: version,
    TracingConfig: { Mode: snapshot.tracingMode as 'PassThrough' },
    RevisionId: snapshot.revisionId,
    State: pending ? 'Pending' : 'Active',
    ...(pending ? { StateReason: 'The function is being created.', StateReasonCode: 'Creating' as const } : {}),
    PackageType: 'Zip',
    Architectures: snapshot.architectures as FunctionConfiguration['Architectures'],
    EphemeralStorage: { Size: snapshot.ephemeralStorageSize },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${fn.name}` },
  };
  if (snapshot.variables) configuration.Environment = { Variables: snapshot.variables };
  if (snapshot.layers.length) configuration.Layers = snapshot.layers.map((layer) => ({ Arn: layer.arn, CodeSize: layer.codeSize }));
  if (snapshot.deadLetterTargetArn) configuration.DeadLetterConfig = { TargetArn: snapshot.deadLetterTargetArn };
  if (snapshot.updatedAt !== undefined) {
    configuration.LastUpdateStatus = updating ? 'InProgress' : 'Successful';
  } else {
    configuration.LastUpdateStatus = pending ? 'InProgress' : 'Successful';
  }
  return configuration;
}
