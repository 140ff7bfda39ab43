import { AwsError } from '../../common/aws-error.js';
import type { StreamAddress } from './state.js';

/** Kinesis's errors, named by the model's shapes, with Kinesis's own wording. */

export function streamNotFound(stream: StreamAddress): AwsError {
  return new AwsError('ResourceNotFoundException', `Stream ${stream.name} under account ${stream.account} not found.`);
}

export function streamExists(stream: StreamAddress): AwsError {
  return new AwsError('ResourceInUseException', `Stream ${stream.name} under account ${stream.account} already exists.`);
}

export function streamNotActive(stream: StreamAddress, status: string): AwsError {
  return new AwsError('ResourceInUseException', `Stream ${stream.name} under account ${stream.account} not ACTIVE, instead in state ${status}`);
}

export function shardNotFound(stream: StreamAddress, shardId: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Shard ${shardId} in stream ${stream.name} under account ${stream.account} does not exist`);
}

export function invalidArgument(message: string): AwsError {
  return new AwsError('InvalidArgumentException', message);
}

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message);
}

export function expiredIterator(message: string): AwsError {
  return new AwsError('ExpiredIteratorException', message);
}

export function expiredNextToken(message: string): AwsError {
  return new AwsError('ExpiredNextTokenException', message);
}

export function consumerNotFound(name: string, streamArn: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Consumer ${name} under stream ${streamArn} not found.`);
}

export function resourceInUse(message: string): AwsError {
  return new AwsError('ResourceInUseException', message);
}
