import { AwsError } from '../../common/aws-error.js';
import { runtimeFamily } from '../../runtimes/launch.js';
import type { Environment } from './api.generated.js';
import { invalidParameter } from './errors.js';
import { parseLayerVersionArn } from './names.js';
import { layerVersionKey, layerVersions, type Collections, type LayerRef } from './state.js';

const ENVIRONMENT_LIMIT = 4096;
const RESERVED_VARIABLES = new Set([
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
]);

/** The runtimes Nimbus can run without Docker. */
export const SUPPORTED_RUNTIMES = [
  'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'nodejs24.x',
  'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13',
  'provided.al2', 'provided.al2023',
];

export function checkRuntime(runtime: string | undefined, handler: string | undefined): void {
  if (!runtime) throw invalidParameter('Runtime and Handler are mandatory parameters for functions created with deployment packages.');
  if (!SUPPORTED_RUNTIMES.includes(runtime)) {
    throw invalidParameter(`The runtime parameter of ${runtime} is not supported by Nimbus, which runs functions without Docker on the machine's own node and python3. Supported runtimes: ${SUPPORTED_RUNTIMES.join(', ')}.`);
  }
  if (!handler && runtimeFamily(runtime) !== 'provided') {
    throw invalidParameter('Runtime and Handler are mandatory parameters for functions created with deployment packages.');
  }
}

const ROLE_PATTERN = 'arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+';
const MAXIMUM_TIMEOUT_S = 900;

/** What Lambda's own validation refuses beyond the model's bounds: a timeout over 15 minutes, a role that is not a role ARN. */
export function checkConfiguration(input: { Timeout?: number; Role?: string }): void {
  const errors: string[] = [];
  if (input.Timeout !== undefined && input.Timeout > MAXIMUM_TIMEOUT_S) {
    errors.push(`Value '${input.Timeout}' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to ${MAXIMUM_TIMEOUT_S}`);
  }
  if (input.Role !== undefined && !new RegExp(`^${ROLE_PATTERN}$`).test(input.Role)) {
    errors.push(`Value '${input.Role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ROLE_PATTERN}`);
  }
  if (errors.length) throw new AwsError('ValidationException', `${errors.length} validation error${errors.length > 1 ? 's' : ''} detected: ${errors.join('; ')}`, 400);
}

export function checkVariables(environment: Environment | undefined): Record<string, string> | undefined {
  const variables = environment?.Variables;
  if (!variables) return undefined;
  const reserved = Object.keys(variables).filter((name) => RESERVED_VARIABLES.has(name));
  if (reserved.length) {
    throw invalidParameter(`Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: ${reserved.join(', ')}`);
  }
  const size = Buffer.byteLength(JSON.stringify(variables), 'utf8');
  if (size > ENVIRONMENT_LIMIT) {
    throw invalidParameter(`Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: ${JSON.stringify(variables)}`);
  }
  return variables;
}

export async function resolveLayers(source: Collections, arns: string[] | undefined): Promise<LayerRef[]> {
  const refs: LayerRef[] = [];
  if ((arns?.length ?? 0) > 5) throw invalidParameter('Cannot reference more than 5 layers.');
  for (const arn of arns ?? []) {
    const parsed = parseLayerVersionArn(arn);
    const layer = parsed && (await layerVersions(source).get(layerVersionKey(parsed.account, parsed.region, parsed.layerName, parsed.version)));
    if (!layer) throw invalidParameter(`Layer version ${arn} does not exist.`);
    refs.push({ arn, codeSize: layer.codeSize, blobId: layer.blobId });
  }
  return refs;
}
