/**
 * A few AWS managed policies that templates and tutorials attach by ARN, with their documents'
 * effect (AWS's own documents are longer; these grant and withhold the same).
 */
const DOCUMENTS: Record<string, { path: string; statements: Array<{ Effect: 'Allow'; Action: string | string[]; Resource: string }> }> = {
  AdministratorAccess: { path: '/', statements: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  PowerUserAccess: { path: '/', statements: [{ Effect: 'Allow', Action: ['*'], Resource: '*' }] },
  ReadOnlyAccess: { path: '/', statements: [{ Effect: 'Allow', Action: ['*:Get*', '*:List*', '*:Describe*', '*:Head*', 's3:GetObject', 'sqs:ReceiveMessage'], Resource: '*' }] },
  IAMFullAccess: { path: '/', statements: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] },
  AmazonS3FullAccess: { path: '/', statements: [{ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }] },
  AmazonS3ReadOnlyAccess: { path: '/', statements: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 's3:Describe*'], Resource: '*' }] },
  AmazonSQSFullAccess: { path: '/', statements: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] },
  AmazonSQSReadOnlyAccess: { path: '/', statements: [{ Effect: 'Allow', Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ListDeadLetterSourceQueues', 'sqs:ListQueues', 'sqs:ListQueueTags'], Resource: '*' }] },
  AmazonSNSFullAccess: { path: '/', statements: [{ Effect: 'Allow', Action: 'sns:*', Resource: '*' }] },
  AmazonDynamoDBFullAccess: { path: '/', statements: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }] },
  AWSLambda_FullAccess: { path: '/', statements: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] },
  SecretsManagerReadWrite: { path: '/', statements: [{ Effect: 'Allow', Action: 'secretsmanager:*', Resource: '*' }] },
  CloudWatchFullAccess: { path: '/', statements: [{ Effect: 'Allow', Action: ['cloudwatch:*', 'logs:*'], Resource: '*' }] },
  AWSLambdaBasicExecutionRole: { path: '/service-role/', statements: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }] },
};

export interface AwsManagedPolicy {
  name: string;
  arn: string;
  path: string;
  document: string;
}

export function awsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  const match = /^arn:aws:iam::aws:policy(\/.*\/|\/)([^/]+)$/.exec(arn);
  const entry = match ? DOCUMENTS[match[2]!] : undefined;
  if (!entry || entry.path !== match![1]) return undefined;
  return { name: match![2]!, arn, path: entry.path, document: JSON.stringify({ Version: '2012-10-17', Statement: entry.statements }) };
}

export function awsManagedPolicies(): AwsManagedPolicy[] {
  return Object.entries(DOCUMENTS).map(([name, entry]) => awsManagedPolicy(`arn:aws:iam::aws:policy${entry.path}${name}`)!);
}
