import { PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateSecretCommand, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { Operation } from './operations.js';

const LOG_GROUP = '/nimbus/bench';
const LOG_STREAM = 'bench';
const SECRET = 'bench/secret';
const SECRET_VALUE = JSON.stringify({ username: 'bench', password: 'x'.repeat(32) });

/** CloudWatch metrics and logs writes, and the secret read every service start does. */
export function platformOperations(): Operation[] {
  return [
    {
      name: 'CloudWatch PutMetricData (1 datum)',
      run: async ({ cloudwatch }, _f, i) => {
        await cloudwatch.send(new PutMetricDataCommand({
          Namespace: 'Nimbus/Bench',
          MetricData: [{ MetricName: 'Latency', Value: i % 100, Unit: 'Milliseconds', Dimensions: [{ Name: 'Operation', Value: 'bench' }] }],
        }));
      },
    },
    {
      name: 'CloudWatch Logs PutLogEvents (1 event)',
      setup: async ({ logs }) => {
        await logs.send(new CreateLogGroupCommand({ logGroupName: LOG_GROUP }));
        await logs.send(new CreateLogStreamCommand({ logGroupName: LOG_GROUP, logStreamName: LOG_STREAM }));
      },
      run: async ({ logs }, _f, i) => {
        await logs.send(new PutLogEventsCommand({
          logGroupName: LOG_GROUP, logStreamName: LOG_STREAM, logEvents: [{ timestamp: Date.now(), message: `bench event ${i}` }],
        }));
      },
    },
    {
      name: 'Secrets Manager GetSecretValue',
      setup: async ({ secrets }) => { await secrets.send(new CreateSecretCommand({ Name: SECRET, SecretString: SECRET_VALUE })); },
      run: async ({ secrets }) => {
        const out = await secrets.send(new GetSecretValueCommand({ SecretId: SECRET }));
        if (out.SecretString !== SECRET_VALUE) throw new Error('GetSecretValue returned another value');
      },
    },
  ];
}
