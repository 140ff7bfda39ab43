import type { CallContext } from '../../common/call-context.js';
import { invalidParameter } from './errors.js';
import type { GroupAddress } from './state.js';

const GROUP_NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;
const STREAM_NAME = /^[^:*]{1,512}$/;
const GROUP_ARN = /^arn:aws[a-z-]*:logs:([^:]+):(\d{12}):log-group:([^:]+)(?::\*)?$/;

/** Group names follow `[\.\-_/#A-Za-z0-9]+`; Logs words the failure as its validation message. */
export function checkGroupName(name: string, member = 'logGroupName'): void {
  if (!GROUP_NAME.test(name)) {
    throw invalidParameter(`1 validation error detected: Value '${name}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`);
  }
}

export function checkStreamName(name: string): void {
  if (!STREAM_NAME.test(name)) {
    throw invalidParameter(`1 validation error detected: Value '${name}' at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*`);
  }
}

/** A log group named by `logGroupName`, `logGroupIdentifier` (a name or an ARN) or a tagging ARN. */
export function groupAddress(context: CallContext, input: { logGroupName?: string; logGroupIdentifier?: string }): GroupAddress {
  const { logGroupName, logGroupIdentifier } = input;
  if (logGroupName !== undefined && logGroupIdentifier !== undefined) {
    throw invalidParameter('LogGroup name and LogGroup ARN are mutually exclusive parameters.');
  }
  const identifier = logGroupName ?? logGroupIdentifier;
  if (identifier === undefined) throw invalidParameter('Either logGroupName or logGroupIdentifier must be specified.');
  if (logGroupIdentifier !== undefined && identifier.startsWith('arn:')) return parseGroupArn(identifier);
  checkGroupName(identifier, logGroupName !== undefined ? 'logGroupName' : 'logGroupIdentifier');
  return { account: context.account, region: context.region, logGroupName: identifier };
}

export function parseGroupArn(arn: string): GroupAddress {
  const match = GROUP_ARN.exec(arn);
  if (!match) throw invalidParameter(`Invalid ARN: ${arn}`);
  return { region: match[1]!, account: match[2]!, logGroupName: match[3]! };
}
