import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STSClient } from '@aws-sdk/client-sts';

/** The SDK v3 clients one server is driven with, as an unmodified application would configure them. */
export interface Clients {
  sts: STSClient;
  s3: S3Client;
  sqs: SQSClient;
  destroy(): void;
}

const common = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
};

export function createClients(endpoint: string): Clients {
  const sts = new STSClient({ ...common, endpoint });
  const s3 = new S3Client({ ...common, endpoint, forcePathStyle: true });
  const sqs = new SQSClient({ ...common, endpoint });
  return {
    sts, s3, sqs,
    destroy() {
      sts.destroy();
      s3.destroy();
      sqs.destroy();
    },
  };
}
