import { APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { KinesisClient } from '@aws-sdk/client-kinesis';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/** The SDK v3 clients one server is driven with, as an unmodified application would configure them. */
export interface Clients {
  endpoint: string;
  sts: STSClient;
  s3: S3Client;
  sqs: SQSClient;
  sns: SNSClient;
  events: EventBridgeClient;
  kinesis: KinesisClient;
  lambda: LambdaClient;
  apigateway: APIGatewayClient;
  cloudwatch: CloudWatchClient;
  logs: CloudWatchLogsClient;
  secrets: SecretsManagerClient;
  destroy(): void;
}

const common = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
};

export function createClients(endpoint: string): Clients {
  const config = { ...common, endpoint };
  const clients = {
    sts: new STSClient(config),
    s3: new S3Client({ ...config, forcePathStyle: true }),
    sqs: new SQSClient(config),
    sns: new SNSClient(config),
    events: new EventBridgeClient(config),
    // The Kinesis client defaults to HTTP/2 (for SubscribeToShard); neither server under test speaks h2c.
    kinesis: new KinesisClient({ ...config, requestHandler: new NodeHttpHandler() }),
    lambda: new LambdaClient(config),
    apigateway: new APIGatewayClient(config),
    cloudwatch: new CloudWatchClient(config),
    logs: new CloudWatchLogsClient(config),
    secrets: new SecretsManagerClient(config),
  };
  return {
    endpoint,
    ...clients,
    destroy() {
      for (const client of Object.values(clients)) client.destroy();
    },
  };
}
