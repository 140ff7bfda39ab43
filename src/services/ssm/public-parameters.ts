import { createHash } from 'node:crypto';
import type { ParameterRecord } from './state.js';

/** Where AWS publishes the parameters every account can read: latest AMIs, service settings. */
export const PUBLIC_PREFIX = '/aws/service/';

/** When this catalog's values were last "published": public parameters change rarely, and all at once here. */
const PUBLISHED = Date.UTC(2026, 10, 1);

const AMAZON_LINUX = [
  'al2023-ami-kernel-default-x86_64', 'al2023-ami-kernel-default-arm64', 'al2023-ami-kernel-6.1-x86_64', 'al2023-ami-kernel-6.1-arm64',
  'al2023-ami-minimal-kernel-default-x86_64', 'al2023-ami-minimal-kernel-default-arm64',
  'amzn2-ami-hvm-x86_64-gp2', 'amzn2-ami-hvm-x86_64-ebs', 'amzn2-ami-hvm-arm64-gp2', 'amzn2-ami-minimal-hvm-x86_64-ebs',
  'amzn2-ami-kernel-5.10-hvm-x86_64-gp2', 'amzn2-ami-kernel-5.10-hvm-arm64-gp2', 'amzn-ami-hvm-x86_64-gp2',
].map((name) => `${PUBLIC_PREFIX}ami-amazon-linux-latest/${name}`);

const ECS_OPTIMIZED = ['amazon-linux-2', 'amazon-linux-2023', 'amazon-linux-2/arm64', 'amazon-linux-2023/arm64']
  .map((variant) => `${PUBLIC_PREFIX}ecs/optimized-ami/${variant}/recommended`);

const UBUNTU = [['22.04', 'ebs-gp2'], ['24.04', 'ebs-gp3']]
  .map(([release, volume]) => `${PUBLIC_PREFIX}canonical/ubuntu/server/${release}/stable/current/amd64/hvm/${volume}/ami-id`);

/**
 * An AMI id that stays the same for a name in a region, as AWS's do between releases. Nimbus has no
 * images to run; the ids exist so templates and code that resolve them get a well-formed answer.
 */
function imageId(region: string, name: string): string {
  return `ami-${createHash('sha256').update(`${region}\n${name}`).digest('hex').slice(0, 17)}`;
}

/** AWS publishes these as plain `text`, AMI ids included (the `aws:ec2:image` data type is for parameters customers put). */
function record(region: string, name: string, value: string): ParameterRecord {
  return {
    account: '', region, name, tags: [],
    versions: [{
      version: 1, value, type: 'String', tier: 'Standard', dataType: 'text', labels: [], lastModifiedDate: PUBLISHED, lastModifiedUser: '',
    }],
  };
}

/** The ECS-optimized AMI's recommended parameter holds a JSON document; its `image_id` also stands as a child parameter. */
function ecsParameters(region: string, path: string): ParameterRecord[] {
  const image = imageId(region, path);
  const os = path.includes('2023') ? 'Amazon Linux 2023' : 'Amazon Linux 2';
  const document = { ecs_agent_version: '1.89.2', ecs_runtime_version: 'Docker version 25.0.8', image_id: image, image_name: `${os.toLowerCase().replace(/ /g, '-')}-ecs-optimized`, os, schema_version: 1, source_image_name: os };
  return [
    record(region, path, JSON.stringify(document)),
    record(region, `${path}/image_id`, image),
    record(region, `${path}/image_name`, document.image_name),
  ];
}

/** Every public parameter in a region, sorted by name. */
export function publicParameters(region: string): ParameterRecord[] {
  return [
    ...[...AMAZON_LINUX, ...UBUNTU].map((name) => record(region, name, imageId(region, name))),
    ...ECS_OPTIMIZED.flatMap((path) => ecsParameters(region, path)),
  ].sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function isPublicName(name: string): boolean {
  return name.startsWith(PUBLIC_PREFIX);
}

export function findPublicParameter(region: string, name: string): ParameterRecord | undefined {
  return isPublicName(name) ? publicParameters(region).find((candidate) => candidate.name === name) : undefined;
}
