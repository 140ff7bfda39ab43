/**
 * Allow/deny cases after the IAM documentation's policy examples, each run through a real client
 * by enforcement.test.ts. `identity` is the caller's inline policy; `bucketPolicy` and
 * `queuePolicy` are resource policies set before the call, removed after.
 */
export type Call =
  | { s3: 'GetObject' | 'HeadObject' | 'PutObject' | 'DeleteObject'; key: string }
  | { s3: 'ListObjectsV2'; prefix?: string; maxKeys?: number }
  | { s3: 'ListBuckets' }
  | { sqs: 'SendMessage' | 'SendMessageBatch' | 'ReceiveMessage'; queue: 'orders' | 'audit' }
  | { sqs: 'CreateQueue'; name: string; tags?: Record<string, string> };

export interface EnforcementCase {
  name: string;
  identity?: unknown[];
  boundary?: unknown[];
  groupPolicy?: unknown[];
  managed?: string;
  tags?: Record<string, string>;
  bucketPolicy?: (userArn: string) => unknown[];
  queuePolicy?: (userArn: string) => unknown[];
  call: Call;
  allowed: boolean;
}

const allow = (Action: string | string[], Resource: string | string[], Condition?: unknown) => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) });
const deny = (Action: string | string[], Resource: string | string[], Condition?: unknown) => ({ Effect: 'Deny', Action, Resource, ...(Condition ? { Condition } : {}) });
const BUCKET = 'arn:aws:s3:::reports';
const ORDERS = 'arn:aws:sqs:us-east-1:000000000000:orders';
const homePrefix = { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } };

export const CASES: EnforcementCase[] = [
  { name: 'no policy: GetObject is implicitly denied', call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: false },
  { name: 's3:GetObject on bucket/* allows GetObject', identity: [allow('s3:GetObject', `${BUCKET}/*`)], call: { s3: 'GetObject', key: 'private/b.txt' }, allowed: true },
  { name: 'GetObject on public/* does not reach private/', identity: [allow('s3:GetObject', `${BUCKET}/public/*`)], call: { s3: 'GetObject', key: 'private/b.txt' }, allowed: false },
  { name: 'GetObject on public/* reaches public/', identity: [allow('s3:GetObject', `${BUCKET}/public/*`)], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'explicit deny of DeleteObject beats s3:*', identity: [allow('s3:*', '*'), deny('s3:DeleteObject', '*')], call: { s3: 'DeleteObject', key: 'public/gone.txt' }, allowed: false },
  { name: 'a deny of DeleteObject leaves PutObject allowed', identity: [allow('s3:*', '*'), deny('s3:DeleteObject', '*')], call: { s3: 'PutObject', key: 'public/new.txt' }, allowed: true },
  { name: 'ListBucket limited to home/${aws:username}/ allows the own prefix', identity: [allow('s3:ListBucket', BUCKET, homePrefix)], call: { s3: 'ListObjectsV2', prefix: 'home/USER/' }, allowed: true },
  { name: "ListBucket limited to the own home denies another user's prefix", identity: [allow('s3:ListBucket', BUCKET, homePrefix)], call: { s3: 'ListObjectsV2', prefix: 'home/someone-else/' }, allowed: false },
  { name: 'ListBucket limited to the own home denies listing without prefix', identity: [allow('s3:ListBucket', BUCKET, homePrefix)], call: { s3: 'ListObjectsV2' }, allowed: false },
  { name: 's3:ListAllMyBuckets allows ListBuckets', identity: [allow('s3:ListAllMyBuckets', '*')], call: { s3: 'ListBuckets' }, allowed: true },
  { name: 'HeadObject needs s3:GetObject (allowed)', identity: [allow('s3:GetObject', `${BUCKET}/*`)], call: { s3: 'HeadObject', key: 'public/a.txt' }, allowed: true },
  { name: 'HeadObject with only s3:ListBucket is denied', identity: [allow('s3:ListBucket', BUCKET)], call: { s3: 'HeadObject', key: 'public/a.txt' }, allowed: false },
  { name: 'ListObjectsV2 needs s3:ListBucket on the bucket ARN', identity: [allow('s3:ListBucket', BUCKET)], call: { s3: 'ListObjectsV2' }, allowed: true },
  { name: 'ListBucket on bucket/* does not cover the bucket itself', identity: [allow('s3:ListBucket', `${BUCKET}/*`)], call: { s3: 'ListObjectsV2' }, allowed: false },
  { name: 'NotAction iam:* allows S3', identity: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'NotResource private/* denies private objects', identity: [{ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/private/*` }], call: { s3: 'GetObject', key: 'private/b.txt' }, allowed: false },
  { name: 'NotResource private/* allows public objects', identity: [{ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/private/*` }], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'a bucket policy naming the user allows without identity policy', bucketPolicy: (user) => [{ Effect: 'Allow', Principal: { AWS: user }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'a bucket policy deny beats an identity allow', identity: [allow('s3:*', '*')], bucketPolicy: (user) => [{ Effect: 'Deny', Principal: { AWS: user }, Action: 's3:GetObject', Resource: `${BUCKET}/private/*` }], call: { s3: 'GetObject', key: 'private/b.txt' }, allowed: false },
  { name: 'a bucket policy Principal * deny applies to everyone', identity: [allow('s3:*', '*')], bucketPolicy: () => [{ Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: `${BUCKET}/*` }], call: { s3: 'PutObject', key: 'public/x.txt' }, allowed: false },
  { name: 'a bucket policy naming the account needs an identity allow too', identity: [allow('s3:GetObject', '*')], bucketPolicy: () => [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'a bucket policy naming the account alone only delegates to IAM', bucketPolicy: () => [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: false },
  { name: 'a bucket policy naming the user for GetObject does not lift the account statement for PutObject', bucketPolicy: (user) => [{ Effect: 'Allow', Principal: { AWS: user }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }, { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 's3:PutObject', Resource: `${BUCKET}/*` }], call: { s3: 'PutObject', key: 'public/not-mine.txt' }, allowed: false },
  { name: 'IpAddress 127.0.0.0/8 allows local callers', identity: [allow('s3:GetObject', '*', { IpAddress: { 'aws:SourceIp': '127.0.0.0/8' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'IpAddress 203.0.113.0/24 denies local callers', identity: [allow('s3:GetObject', '*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: false },
  { name: 'NotIpAddress deny of outside ranges leaves local callers allowed', identity: [allow('s3:GetObject', '*'), deny('*', '*', { NotIpAddress: { 'aws:SourceIp': ['127.0.0.0/8', '10.0.0.0/8'] } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'Bool aws:SecureTransport false denies plain HTTP', identity: [allow('s3:*', '*'), deny('s3:*', '*', { Bool: { 'aws:SecureTransport': 'false' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: false },
  { name: 'DateGreaterThan aws:CurrentTime in the past allows', identity: [allow('s3:GetObject', '*', { DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'DateLessThan aws:CurrentTime in the past denies', identity: [allow('s3:GetObject', '*', { DateLessThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: false },
  { name: 'aws:PrincipalTag/team equal to the tag allows', tags: { team: 'blue' }, identity: [allow('s3:GetObject', '*', { StringEquals: { 'aws:PrincipalTag/team': 'blue' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'aws:PrincipalTag/team of another team denies', tags: { team: 'red' }, identity: [allow('s3:GetObject', '*', { StringEquals: { 'aws:PrincipalTag/team': 'blue' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: false },
  { name: 'StringNotEquals aws:username of someone else allows', identity: [allow('s3:GetObject', '*', { StringNotEquals: { 'aws:username': 'mallory' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: '${aws:username} in Resource reaches the own home', identity: [allow('s3:GetObject', `${BUCKET}/home/\${aws:username}/*`)], call: { s3: 'GetObject', key: 'home/USER/notes.txt' }, allowed: true },
  { name: "${aws:username} in Resource does not reach another's home", identity: [allow('s3:GetObject', `${BUCKET}/home/\${aws:username}/*`)], call: { s3: 'GetObject', key: 'home/alice/notes.txt' }, allowed: false },
  { name: 'a permissions boundary of GetObject denies PutObject that s3:* allows', identity: [allow('s3:*', '*')], boundary: [allow('s3:GetObject', '*')], call: { s3: 'PutObject', key: 'public/b.txt' }, allowed: false },
  { name: 'a permissions boundary of GetObject lets GetObject through', identity: [allow('s3:*', '*')], boundary: [allow('s3:GetObject', '*')], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'a boundary alone grants nothing', boundary: [allow('s3:*', '*')], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: false },
  { name: "a group's policy applies to its members", groupPolicy: [allow('s3:GetObject', '*')], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: "a group's deny applies over the user's allow", identity: [allow('s3:*', '*')], groupPolicy: [deny('s3:GetObject', '*')], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: false },
  { name: 'AWS managed AmazonS3ReadOnlyAccess allows GetObject', managed: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'AWS managed AmazonS3ReadOnlyAccess denies PutObject', managed: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', call: { s3: 'PutObject', key: 'public/c.txt' }, allowed: false },
  { name: 'NumericLessThanEquals s3:max-keys 10 allows MaxKeys 5', identity: [allow('s3:ListBucket', BUCKET, { NumericLessThanEquals: { 's3:max-keys': '10' } })], call: { s3: 'ListObjectsV2', maxKeys: 5 }, allowed: true },
  { name: 'NumericLessThanEquals s3:max-keys 10 denies MaxKeys 50', identity: [allow('s3:ListBucket', BUCKET, { NumericLessThanEquals: { 's3:max-keys': '10' } })], call: { s3: 'ListObjectsV2', maxKeys: 50 }, allowed: false },
  { name: 'Null s3:prefix false requires a prefix', identity: [allow('s3:ListBucket', BUCKET, { Null: { 's3:prefix': 'false' } })], call: { s3: 'ListObjectsV2' }, allowed: false },
  { name: 'StringEqualsIfExists s3:prefix passes requests without the key', identity: [allow('s3:GetObject', '*', { StringEqualsIfExists: { 's3:prefix': 'public/' } })], call: { s3: 'GetObject', key: 'public/a.txt' }, allowed: true },
  { name: 'sqs:SendMessage on the queue ARN allows SendMessage', identity: [allow('sqs:SendMessage', ORDERS)], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'sqs:SendMessage on one queue denies another', identity: [allow('sqs:SendMessage', ORDERS)], call: { sqs: 'SendMessage', queue: 'audit' }, allowed: false },
  { name: 'a wildcard queue ARN arn:aws:sqs:*:*:ord* matches', identity: [allow('sqs:SendMessage', 'arn:aws:sqs:*:*:ord*')], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'sqs:Send* allows SendMessage', identity: [allow('sqs:Send*', '*')], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'sqs:Receive* does not allow SendMessage', identity: [allow('sqs:Receive*', '*')], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: false },
  { name: 'SendMessageBatch is authorized as sqs:SendMessage', identity: [allow('sqs:SendMessage', ORDERS)], call: { sqs: 'SendMessageBatch', queue: 'orders' }, allowed: true },
  { name: 'action names match case-insensitively', identity: [allow('SQS:sendmessage', ORDERS)], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'a queue policy naming the user allows without identity policy', queuePolicy: (user) => [{ Effect: 'Allow', Principal: { AWS: user }, Action: 'sqs:SendMessage', Resource: ORDERS }], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'a queue policy deny beats an identity allow', identity: [allow('sqs:*', '*')], queuePolicy: () => [{ Effect: 'Deny', Principal: '*', Action: 'sqs:SendMessage', Resource: ORDERS }], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: false },
  { name: 'a queue policy for another principal grants nothing', queuePolicy: () => [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:user/someone' }, Action: 'sqs:SendMessage', Resource: ORDERS }], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: false },
  { name: 'Deny sqs:* NotResource orders denies audit', identity: [allow('sqs:*', '*'), { Effect: 'Deny', Action: 'sqs:*', NotResource: ORDERS }], call: { sqs: 'SendMessage', queue: 'audit' }, allowed: false },
  { name: 'Deny sqs:* NotResource orders leaves orders allowed', identity: [allow('sqs:*', '*'), { Effect: 'Deny', Action: 'sqs:*', NotResource: ORDERS }], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'ForAllValues:StringEquals aws:TagKeys allows only listed tag keys', identity: [allow('sqs:CreateQueue', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } })], call: { sqs: 'CreateQueue', name: 'tagged-ok', tags: { env: 'dev' } }, allowed: true },
  { name: 'ForAllValues:StringEquals aws:TagKeys denies an unlisted tag key', identity: [allow('sqs:CreateQueue', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } })], call: { sqs: 'CreateQueue', name: 'tagged-bad', tags: { env: 'dev', owner: 'me' } }, allowed: false },
  { name: 'ForAnyValue:StringEquals aws:TagKeys requires one listed key', identity: [allow('sqs:CreateQueue', '*', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['cost-center'] } })], call: { sqs: 'CreateQueue', name: 'tagged-none' }, allowed: false },
  { name: 'aws:RequestTag/env StringEquals dev allows', identity: [allow('sqs:CreateQueue', '*', { StringEquals: { 'aws:RequestTag/env': 'dev' } })], call: { sqs: 'CreateQueue', name: 'req-tag', tags: { env: 'dev' } }, allowed: true },
  { name: 'ArnLike aws:PrincipalArn matches users by pattern', identity: [allow('sqs:SendMessage', '*', { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/case-*' } })], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'ArnNotLike aws:PrincipalArn of the caller denies', identity: [allow('sqs:SendMessage', '*', { ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/case-*' } })], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: false },
  { name: 'StringEqualsIgnoreCase on aws:username matches any case', identity: [allow('sqs:SendMessage', '*', { StringEqualsIgnoreCase: { 'aws:username': 'USER' } })], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'StringLike aws:userid AIDA* matches IAM users', identity: [allow('sqs:SendMessage', '*', { StringLike: { 'aws:userid': 'AIDA*' } })], call: { sqs: 'SendMessage', queue: 'orders' }, allowed: true },
  { name: 'NumericGreaterThan aws:EpochTime 0 allows', identity: [allow('sqs:ReceiveMessage', ORDERS, { NumericGreaterThan: { 'aws:EpochTime': '0' } })], call: { sqs: 'ReceiveMessage', queue: 'orders' }, allowed: true },
];
