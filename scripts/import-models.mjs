#!/usr/bin/env node
// Imports the AWS service models (C2J JSON, the data the AWS SDKs are generated from) from the
// botocore package installed beside the AWS CLI, strips documentation, applies models/patches,
// and records provenance in models/README.md. Run again to move to a newer pinned source.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const MODELS_DIR = new URL('../models/', import.meta.url).pathname;

/** The union of services the reference systems use, plus the ones their wiring needs (KMS, HTTP APIs). */
export const SERVICES = [
  'route53', 'cloudfront', 'wafv2', 'acm', 's3', 'ec2', 'autoscaling', 'elbv2', 'ecs', 'eks', 'ecr',
  'lambda', 'apigateway', 'apigatewayv2', 'rds', 'elasticache', 'efs', 'kinesis', 'events', 'sqs',
  'sns', 'cloudwatch', 'logs', 'cloudtrail', 'secretsmanager', 'iam', 'sts', 'ssm',
  'sagemaker-runtime', 'backup', 'cloudformation', 'codecommit', 'codebuild', 'codedeploy',
  'codepipeline', 'quicksight', 'service-quotas', 'kms',
];

const DROPPED_KEYS = new Set(['documentation', 'documentationUrl', 'examples', 'deprecatedMessage']);

function botocoreDataDir() {
  const script = 'import botocore, os; print(os.path.dirname(botocore.__file__) + "|" + botocore.__version__)';
  const [dir, version] = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim().split('|');
  return { dataDir: join(dir, 'data'), version };
}

function latestApiVersion(serviceDir) {
  return readdirSync(serviceDir).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().at(-1);
}

function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) if (!DROPPED_KEYS.has(key)) out[key] = strip(child);
  return out;
}

/** RFC 7386 JSON merge patch: objects merge, null deletes, anything else replaces. */
function mergePatch(target, patch) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function applyPatches(name, model) {
  const file = join(MODELS_DIR, 'patches', `${name}.json`);
  if (!existsSync(file)) return { model, reasons: [] };
  const { fixes } = JSON.parse(readFileSync(file, 'utf8'));
  let patched = model;
  for (const fix of fixes) patched = mergePatch(patched, fix.merge);
  return { model: patched, reasons: fixes.map((f) => f.reason) };
}

function main() {
  const { dataDir, version } = botocoreDataDir();
  const rows = [];
  const index = {};
  for (const name of SERVICES) {
    const apiVersion = latestApiVersion(join(dataDir, name));
    const source = join(dataDir, name, apiVersion, 'service-2.json.gz');
    const raw = gunzipSync(readFileSync(source));
    const { model, reasons } = applyPatches(name, strip(JSON.parse(raw.toString('utf8'))));
    writeFileSync(join(MODELS_DIR, `${name}.json`), JSON.stringify(model) + '\n');
    index[name] = catalogEntry(model);
    const sha = createHash('sha256').update(raw).digest('hex').slice(0, 16);
    const protocols = (model.metadata.protocols ?? [model.metadata.protocol]).join(', ');
    rows.push(`| ${name} | ${apiVersion} | ${protocols} | \`${sha}\` | ${reasons.length ? reasons.join('<br>') : ''} |`);
  }
  writeFileSync(join(MODELS_DIR, 'index.json'), JSON.stringify(index, null, 1) + '\n');
  writeFileSync(join(MODELS_DIR, 'README.md'), provenance(version, rows));
  console.log(`imported ${SERVICES.length} models from botocore ${version}`);
}

/** What the gateway needs to identify a service without loading its whole model. */
function catalogEntry({ metadata, operations }) {
  const m = metadata;
  return {
    apiVersion: m.apiVersion,
    protocols: m.protocols ?? [m.protocol],
    signingName: m.signingName ?? m.endpointPrefix,
    endpointPrefix: m.endpointPrefix,
    targetPrefix: m.targetPrefix,
    serviceId: m.serviceId,
    operations: Object.keys(operations).length,
  };
}

function provenance(version, rows) {
  return `# AWS service models

Imported by \`npm run models:import\` (\`scripts/import-models.mjs\`); never edit these files by hand.

- **Source:** the C2J service models (\`botocore/data/<service>/<api-version>/service-2.json.gz\`) of
  **botocore ${version}**, the package the AWS CLI v1 and boto3 on this project's machines are built on.
  The AWS SDKs are generated from the same models.
- **Transformations:** \`documentation\`, \`documentationUrl\`, \`examples\` and \`deprecatedMessage\`
  are stripped; the JSON is otherwise unchanged but for the patches below.
- **Patches:** \`models/patches/<service>.json\` holds JSON merge patches (RFC 7386), each with the
  reason it exists. They are applied at import time, in order.
- **Age:** this source already lists CloudWatch's \`smithy-rpc-v2-cbor\` and \`json\` protocols and SQS's
  \`json\` protocol. SQS's model no longer carries the query-protocol metadata (result wrappers,
  flattened member names) that older SDKs still send and expect; \`patches/sqs.json\` restores it.

| service | API version | protocols | source sha256 (first 16) | patches |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

main();
