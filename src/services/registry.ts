import type { ServiceModule } from './service-deps.js';

/**
 * The services Nimbus serves, by model name (`models/<name>.json`). Each module is imported the
 * first time its service is called, so start-up pays only for what is used.
 */
export const SERVICE_MODULES: Record<string, () => Promise<ServiceModule>> = {
  sts: () => import('./sts/index.js'),
  iam: () => import('./iam/index.js'),
  s3: () => import('./s3/index.js'),
  sqs: () => import('./sqs/index.js'),
  sns: () => import('./sns/index.js'),
  kinesis: () => import('./kinesis/index.js'),
  events: () => import('./events/index.js'),
  lambda: () => import('./lambda/index.js'),
  cloudwatch: () => import('./cloudwatch/index.js'),
  apigateway: () => import('./apigateway/index.js'),
  apigatewayv2: () => import('./apigatewayv2/index.js'),
  secretsmanager: () => import('./secretsmanager/index.js'),
  ssm: () => import('./ssm/index.js'),
  kms: () => import('./kms/index.js'),
  logs: () => import('./logs/index.js'),
  cloudtrail: () => import('./cloudtrail/index.js'),
};

/**
 * Services whose state keeps time on its own (schedules, retries, lifecycle rules): they are loaded
 * just after start-up, so a restarted Nimbus resumes their timers without waiting for a call.
 */
export const RESUMED_AFTER_START = ['events', 'secretsmanager', 'logs', 'lambda', 'cloudwatch'];
