/** The resource a request acts on, as the ARN policies name, and the service that keeps its resource policy. */
export interface RequestResource {
  arn: string;
  /** The service whose provider knows the resource's policy (IAM for a role's trust policy). */
  policyOwner?: string;
}

type Input = Record<string, unknown>;
type Where = { account: string; region: string };

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function resourceFor(service: string, operation: string, input: Input, where: Where): RequestResource {
  const { account, region } = where;
  switch (service) {
    case 's3': {
      const bucket = text(input['Bucket']);
      if (!bucket) return { arn: '*' };
      const key = text(input['Key']);
      return { arn: key === undefined ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${key}`, policyOwner: 's3' };
    }
    case 'sqs': {
      const url = text(input['QueueUrl']);
      if (url) {
        const [owner, name] = new URL(url, 'http://localhost').pathname.split('/').filter(Boolean).slice(-2);
        return { arn: `arn:aws:sqs:${region}:${/^\d{12}$/.test(owner ?? '') ? owner : account}:${name}`, policyOwner: 'sqs' };
      }
      const name = text(input['QueueName']);
      return { arn: name ? `arn:aws:sqs:${region}:${account}:${name}` : '*', policyOwner: name ? 'sqs' : undefined };
    }
    case 'sns': {
      const arn = text(input['TopicArn']) ?? text(input['TargetArn']) ?? text(input['ResourceArn']);
      if (arn) return { arn, policyOwner: 'sns' };
      const name = text(input['Name']);
      return { arn: name && operation === 'CreateTopic' ? `arn:aws:sns:${region}:${account}:${name}` : '*' };
    }
    case 'lambda': {
      const name = text(input['FunctionName']);
      if (!name) return { arn: '*' };
      const arn = name.startsWith('arn:') ? name : `arn:aws:lambda:${region}:${account}:function:${name}`;
      const qualifier = text(input['Qualifier']);
      return { arn: qualifier && !arn.endsWith(`:${qualifier}`) ? `${arn}:${qualifier}` : arn, policyOwner: 'lambda' };
    }
    case 'kms': {
      const id = text(input['KeyId']) ?? text(input['SourceKeyId']);
      // Decrypt and ReEncrypt may name no key: the ciphertext does, and only KMS can read it.
      if (!id) return { arn: '*', policyOwner: 'kms' };
      if (id.startsWith('arn:')) return { arn: id, policyOwner: 'kms' };
      return { arn: id.startsWith('alias/') ? `arn:aws:kms:${region}:${account}:${id}` : `arn:aws:kms:${region}:${account}:key/${id}`, policyOwner: 'kms' };
    }
    case 'secretsmanager': {
      const id = text(input['SecretId']);
      if (!id) return { arn: '*' };
      return { arn: id.startsWith('arn:') ? id : `arn:aws:secretsmanager:${region}:${account}:secret:${id}`, policyOwner: 'secretsmanager' };
    }
    case 'sts': {
      const role = text(input['RoleArn']);
      return role ? { arn: role, policyOwner: 'iam' } : { arn: '*' };
    }
    case 'iam':
      return { arn: iamResource(operation, input, account) };
    case 'ssm': {
      const name = text(input['Name']);
      return { arn: name ? `arn:aws:ssm:${region}:${account}:parameter/${name.replace(/^\//, '')}` : '*' };
    }
    case 'logs': {
      const group = text(input['logGroupName']);
      return { arn: group ? `arn:aws:logs:${region}:${account}:log-group:${group}:*` : '*' };
    }
    default:
      return { arn: '*' };
  }
}

function iamResource(operation: string, input: Input, account: string): string {
  const policyArn = text(input['PolicyArn']);
  if (text(input['RoleName'])) return `arn:aws:iam::${account}:role/${text(input['RoleName'])}`;
  if (text(input['UserName'])) return `arn:aws:iam::${account}:user/${text(input['UserName'])}`;
  if (text(input['GroupName'])) return `arn:aws:iam::${account}:group/${text(input['GroupName'])}`;
  if (policyArn) return policyArn;
  if (operation === 'CreatePolicy' && text(input['PolicyName'])) return `arn:aws:iam::${account}:policy/${text(input['PolicyName'])}`;
  return '*';
}
