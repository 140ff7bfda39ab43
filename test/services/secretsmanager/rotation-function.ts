/**
 * A rotation function written as AWS's SecretsManagerRotationTemplate is, in Node.js, for the
 * rotation tests: it checks the token's stage with DescribeSecret, makes the AWSPENDING value with
 * GetRandomPassword and PutSecretValue in createSecret, reads it back in setSecret and testSecret,
 * and moves AWSCURRENT with UpdateSecretVersionStage in finishSecret. Each step it is called for is
 * reported on the FIFO queue REPORT_QUEUE_URL; the step named by FAIL_STEP throws.
 */
export const ROTATION_HANDLER = `
const { randomUUID } = require('node:crypto');
const sm = require('@aws-sdk/client-secrets-manager');
const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');

const secrets = new sm.SecretsManagerClient({});
const sqs = new SQSClient({});

exports.handler = async (event) => {
  const { Step: step, SecretId: arn, ClientRequestToken: token } = event;
  await report({ step, token, rotationToken: event.RotationToken });
  const metadata = await secrets.send(new sm.DescribeSecretCommand({ SecretId: arn }));
  if (!metadata.RotationEnabled) throw new Error('Secret ' + arn + ' is not enabled for rotation');
  const versions = metadata.VersionIdsToStages;
  if (!versions[token]) throw new Error('Secret version ' + token + ' has no stage for rotation of secret ' + arn + '.');
  if (versions[token].includes('AWSCURRENT')) return;
  if (!versions[token].includes('AWSPENDING')) throw new Error('Secret version ' + token + ' not set as AWSPENDING for rotation of secret ' + arn + '.');
  if (process.env.FAIL_STEP === step) throw new Error(step + ' failed on purpose');
  if (step === 'createSecret') return createSecret(arn, token);
  if (step === 'setSecret' || step === 'testSecret') return readPending(arn, token);
  if (step === 'finishSecret') return finishSecret(arn, token);
  throw new Error('Invalid step parameter ' + step);
};

async function createSecret(arn, token) {
  const current = await secrets.send(new sm.GetSecretValueCommand({ SecretId: arn, VersionStage: 'AWSCURRENT' }));
  try {
    await secrets.send(new sm.GetSecretValueCommand({ SecretId: arn, VersionId: token, VersionStage: 'AWSPENDING' }));
  } catch (error) {
    if (error.name !== 'ResourceNotFoundException') throw error;
    const { RandomPassword } = await secrets.send(new sm.GetRandomPasswordCommand({ ExcludeCharacters: '/@"\\'\\\\' }));
    const value = { ...JSON.parse(current.SecretString), password: RandomPassword };
    await secrets.send(new sm.PutSecretValueCommand({
      SecretId: arn, ClientRequestToken: token, SecretString: JSON.stringify(value), VersionStages: ['AWSPENDING'],
    }));
  }
}

async function readPending(arn, token) {
  const pending = await secrets.send(new sm.GetSecretValueCommand({ SecretId: arn, VersionId: token, VersionStage: 'AWSPENDING' }));
  if (!JSON.parse(pending.SecretString).password) throw new Error('the pending secret has no password');
}

async function finishSecret(arn, token) {
  const metadata = await secrets.send(new sm.DescribeSecretCommand({ SecretId: arn }));
  let currentVersion;
  for (const [version, stages] of Object.entries(metadata.VersionIdsToStages)) {
    if (!stages.includes('AWSCURRENT')) continue;
    if (version === token) return;
    currentVersion = version;
  }
  await secrets.send(new sm.UpdateSecretVersionStageCommand({
    SecretId: arn, VersionStage: 'AWSCURRENT', MoveToVersionId: token, RemoveFromVersionId: currentVersion,
  }));
}

function report(body) {
  return sqs.send(new SendMessageCommand({
    QueueUrl: process.env.REPORT_QUEUE_URL, MessageBody: JSON.stringify(body), MessageGroupId: 'steps', MessageDeduplicationId: randomUUID(),
  }));
}
`;
