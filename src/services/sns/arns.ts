import { invalidParameter } from './errors.js';

/** Where a topic lives: its owner account, region and name, as its ARN says. */
export interface TopicAddress {
  account: string;
  region: string;
  name: string;
}

export function topicArn(address: TopicAddress): string {
  return `arn:aws:sns:${address.region}:${address.account}:${address.name}`;
}

const TOPIC_ARN = /^arn:aws[a-z-]*:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,256}(?:\.fifo)?)$/;
const SUBSCRIPTION_ARN = /^(arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]{1,256}):([0-9a-f-]{36})$/;

/** Reads a topic ARN; a malformed one is SNS's `Invalid parameter: <member>`. */
export function parseTopicArn(arn: string | undefined, member = 'TopicArn'): TopicAddress {
  const match = TOPIC_ARN.exec(arn ?? '');
  if (!match) throw invalidParameter(member);
  return { region: match[1]!, account: match[2]!, name: match[3]! };
}

/** A subscription ARN is its topic's ARN and an id. */
export function parseSubscriptionArn(arn: string | undefined, member = 'SubscriptionArn'): { topic: TopicAddress; id: string } {
  const match = SUBSCRIPTION_ARN.exec(arn ?? '');
  if (!match) throw invalidParameter(member);
  return { topic: parseTopicArn(match[1], member), id: match[2]! };
}
