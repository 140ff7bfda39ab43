/** A resource an event touched, in the record's form (`resources` of a CloudTrail record). */
export interface RecordResource {
  accountId: string;
  type: string;
  ARN: string;
}

interface Location {
  account: string;
  region: string;
}

type Finder = (input: Record<string, unknown>, at: Location) => RecordResource[];

const arnOrName = (value: string, build: (name: string) => string) => (value.startsWith('arn:') ? value : build(value));

/** The request members that name a resource, per service: enough for LookupEvents' ResourceType and ResourceName. */
const FINDERS: Record<string, Finder> = {
  s3: (input, at) => {
    const bucket = text(input.Bucket);
    if (!bucket) return [];
    const found = [{ accountId: at.account, type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${bucket}` }];
    const key = text(input.Key);
    if (key) found.push({ accountId: at.account, type: 'AWS::S3::Object', ARN: `arn:aws:s3:::${bucket}/${key}` });
    return found;
  },
  sqs: (input, at) => {
    const name = text(input.QueueName) ?? text(input.QueueUrl)?.split('/').pop();
    return name ? [{ accountId: at.account, type: 'AWS::SQS::Queue', ARN: `arn:aws:sqs:${at.region}:${at.account}:${name}` }] : [];
  },
  secretsmanager: (input, at) => {
    const id = text(input.SecretId) ?? text(input.Name);
    return id ? [{ accountId: at.account, type: 'AWS::SecretsManager::Secret', ARN: arnOrName(id, (name) => `arn:aws:secretsmanager:${at.region}:${at.account}:secret:${name}`) }] : [];
  },
  lambda: (input, at) => {
    const name = text(input.FunctionName);
    return name ? [{ accountId: at.account, type: 'AWS::Lambda::Function', ARN: arnOrName(name, (fn) => `arn:aws:lambda:${at.region}:${at.account}:function:${fn}`) }] : [];
  },
  sns: (input, at) => {
    const arn = text(input.TopicArn) ?? (text(input.Name) && `arn:aws:sns:${at.region}:${at.account}:${text(input.Name)}`);
    return arn ? [{ accountId: at.account, type: 'AWS::SNS::Topic', ARN: arn }] : [];
  },
  kms: (input, at) => {
    const id = text(input.KeyId);
    return id ? [{ accountId: at.account, type: 'AWS::KMS::Key', ARN: arnOrName(id, (key) => `arn:aws:kms:${at.region}:${at.account}:${key.startsWith('alias/') ? key : `key/${key}`}`) }] : [];
  },
  logs: (input, at) => {
    const group = text(input.logGroupName);
    return group ? [{ accountId: at.account, type: 'AWS::Logs::LogGroup', ARN: `arn:aws:logs:${at.region}:${at.account}:log-group:${group}` }] : [];
  },
  kinesis: (input, at) => {
    const name = text(input.StreamName);
    return name ? [{ accountId: at.account, type: 'AWS::Kinesis::Stream', ARN: `arn:aws:kinesis:${at.region}:${at.account}:stream/${name}` }] : [];
  },
  ssm: (input, at) => {
    const name = text(input.Name);
    return name ? [{ accountId: at.account, type: 'AWS::SSM::Parameter', ARN: `arn:aws:ssm:${at.region}:${at.account}:parameter${name.startsWith('/') ? '' : '/'}${name}` }] : [];
  },
  cloudtrail: (input, at) => {
    const name = text(input.Name) ?? text(input.TrailName);
    return name ? [{ accountId: at.account, type: 'AWS::CloudTrail::Trail', ARN: arnOrName(name, (trail) => `arn:aws:cloudtrail:${at.region}:${at.account}:trail/${trail}`) }] : [];
  },
};

export function resourcesOf(service: string, input: Record<string, unknown> | undefined, at: Location): RecordResource[] {
  if (!input) return [];
  return FINDERS[service]?.(input, at) ?? [];
}

/** LookupEvents names a resource by its name, not its ARN (a bucket's name, a queue's name). */
export function resourceName(resource: RecordResource): string {
  if (resource.type === 'AWS::S3::Bucket' || resource.type === 'AWS::S3::Object') return resource.ARN.slice('arn:aws:s3:::'.length);
  if (resource.type === 'AWS::SQS::Queue') return resource.ARN.split(':').pop()!;
  return resource.ARN;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}
