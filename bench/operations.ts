import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { Clients } from './clients.js';
import type { MeasureOptions } from './measure.js';
import { lambdaOperations } from './ops-lambda.js';
import { messagingOperations } from './ops-messaging.js';
import { platformOperations } from './ops-platform.js';

/** Names shared by the operations of one server's run; `setup` fills them in. */
export interface Fixture {
  bucket: string;
  queueUrl?: string;
  /** Messages sent so far, so receiving never outruns sending. */
  sent: number;
}

/**
 * One measured operation: `run(i)` performs its i-th call and may answer the latency (ms) of the
 * part of the call it is about, else the whole call is timed.
 */
export interface Operation {
  name: string;
  /** Reported in the latency table (p50/p99) rather than the throughput table. */
  kind?: 'throughput' | 'latency';
  setup?(clients: Clients, fixture: Fixture): Promise<void>;
  /** The most calls the fixture allows (warm-up included). */
  limit?(fixture: Fixture): number;
  run(clients: Clients, fixture: Fixture, i: number): Promise<void | number>;
  /** Waits for the asynchronous work the calls caused (deliveries), so that its CPU is charged to them; `calls` counts warm-up too. */
  settle?(clients: Clients, fixture: Fixture, calls: number): Promise<void>;
  /** Fewer calls for operations whose single call is large. */
  measure?: Partial<MeasureOptions>;
  /** Why moto_server is not measured for this operation. */
  motoLacks?: string;
}

const BODY = Buffer.alloc(1024, 'n');
const KEYS = 100;
const key = (i: number) => `bench/object-${i % KEYS}`;
const LISTED_KEYS = 1000;
const LARGE = Buffer.alloc(64 * 1024 * 1024, 'L');
const LARGE_KEY = 'large/object-64MiB';
const LARGE_CALLS: Partial<MeasureOptions> = { warmup: 1, minCalls: 8, maxCalls: 40, concurrency: 1 };

const STORAGE_AND_QUEUES: Operation[] = [
  {
    name: 'STS GetCallerIdentity',
    run: async ({ sts }) => { await sts.send(new GetCallerIdentityCommand({})); },
  },
  {
    name: 'S3 PutObject 1 KiB',
    setup: async ({ s3 }, f) => { await s3.send(new CreateBucketCommand({ Bucket: f.bucket })); },
    run: async ({ s3 }, f, i) => { await s3.send(new PutObjectCommand({ Bucket: f.bucket, Key: key(i), Body: BODY })); },
  },
  {
    name: 'S3 GetObject 1 KiB',
    run: async ({ s3 }, f, i) => {
      const out = await s3.send(new GetObjectCommand({ Bucket: f.bucket, Key: key(i) }));
      const bytes = await out.Body?.transformToByteArray();
      if (bytes?.length !== BODY.length) throw new Error(`GetObject returned ${bytes?.length} bytes`);
    },
  },
  {
    name: `S3 ListObjectsV2 (${KEYS} keys)`,
    run: async ({ s3 }, f) => {
      const out = await s3.send(new ListObjectsV2Command({ Bucket: f.bucket }));
      if (out.KeyCount !== KEYS) throw new Error(`ListObjectsV2 returned ${out.KeyCount} keys`);
    },
  },
  {
    name: `S3 ListObjectsV2 (${LISTED_KEYS.toLocaleString('en')} keys)`,
    setup: async ({ s3 }, f) => {
      let next = 0;
      const writer = async () => {
        for (let i = next++; i < LISTED_KEYS; i = next++) await s3.send(new PutObjectCommand({ Bucket: f.bucket, Key: `list/key-${i}`, Body: 'x' }));
      };
      await Promise.all(Array.from({ length: 16 }, writer));
    },
    run: async ({ s3 }, f) => {
      const out = await s3.send(new ListObjectsV2Command({ Bucket: f.bucket, Prefix: 'list/' }));
      if (out.KeyCount !== LISTED_KEYS) throw new Error(`ListObjectsV2 returned ${out.KeyCount} keys`);
    },
  },
  {
    name: 'S3 PutObject 64 MiB',
    measure: LARGE_CALLS,
    run: async ({ s3 }, f) => { await s3.send(new PutObjectCommand({ Bucket: f.bucket, Key: LARGE_KEY, Body: LARGE })); },
  },
  {
    name: 'S3 GetObject 64 MiB',
    measure: LARGE_CALLS,
    run: async ({ s3 }, f) => {
      const out = await s3.send(new GetObjectCommand({ Bucket: f.bucket, Key: LARGE_KEY }));
      let length = 0;
      for await (const chunk of out.Body as AsyncIterable<Uint8Array>) length += chunk.length;
      if (length !== LARGE.length) throw new Error(`GetObject returned ${length} bytes`);
    },
  },
  {
    name: 'SQS SendMessage',
    setup: async ({ sqs }, f) => {
      f.queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'bench' }))).QueueUrl;
    },
    run: async ({ sqs }, f, i) => {
      await sqs.send(new SendMessageCommand({ QueueUrl: f.queueUrl, MessageBody: `message ${i}` }));
      f.sent++;
    },
  },
  {
    name: 'SQS ReceiveMessage+DeleteMessage',
    limit: (f) => f.sent,
    run: async ({ sqs }, f) => {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: f.queueUrl, MaxNumberOfMessages: 1, WaitTimeSeconds: 0 }));
      const message = out.Messages?.[0];
      if (!message) throw new Error('ReceiveMessage returned no message');
      await sqs.send(new DeleteMessageCommand({ QueueUrl: f.queueUrl, ReceiptHandle: message.ReceiptHandle }));
    },
  },
];

/** A fresh list per server: the operations of each group keep the names they created in closures. */
export function operations(): Operation[] {
  return [...STORAGE_AND_QUEUES, ...messagingOperations(), ...lambdaOperations(), ...platformOperations()];
}
