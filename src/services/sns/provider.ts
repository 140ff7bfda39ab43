import type { ResourcePolicySource } from '../../common/policy/resource-policy.js';
import type { ServiceDeps } from '../service-deps.js';
import type { SnsOperations } from './api.generated.js';
import { registerDeliveries } from './deliveries.js';
import { Outbound } from './outbound.js';
import { isEndpointArn, PlatformApplications } from './platform-applications.js';
import { Publisher, registerPublishDelivery } from './publish.js';
import { SigningKey } from './signing.js';
import { captured, type CapturedMessage } from './state.js';
import { Subscriptions } from './subscriptions.js';
import { Tags } from './tags.js';
import { defaultPolicy } from './topic-attributes.js';
import { Topics } from './topics.js';

type Served =
  | 'createTopic' | 'deleteTopic' | 'listTopics' | 'getTopicAttributes' | 'setTopicAttributes'
  | 'subscribe' | 'confirmSubscription' | 'unsubscribe' | 'listSubscriptions' | 'listSubscriptionsByTopic'
  | 'getSubscriptionAttributes' | 'setSubscriptionAttributes'
  | 'publish' | 'publishBatch'
  | 'tagResource' | 'untagResource' | 'listTagsForResource' | 'getDataProtectionPolicy' | 'putDataProtectionPolicy'
  | 'createPlatformApplication' | 'getPlatformApplicationAttributes' | 'setPlatformApplicationAttributes' | 'listPlatformApplications'
  | 'deletePlatformApplication' | 'createPlatformEndpoint' | 'getEndpointAttributes' | 'setEndpointAttributes'
  | 'listEndpointsByPlatformApplication' | 'deleteEndpoint';

/** What Nimbus's internal routes read of SNS: the captured email/sms outbox and the signing certificate. */
export interface SnsInternals {
  capturedMessages(): Promise<CapturedMessage[]>;
  signingCertificate(): Promise<string>;
}

/** SNS: each operation answered by the part of the service it belongs to. */
export function createSnsProvider(deps: ServiceDeps): Pick<SnsOperations, Served> & SnsInternals & ResourcePolicySource {
  const signer = new SigningKey(deps.store, deps.clock);
  const outbound = new Outbound(deps, signer);
  const topics = new Topics(deps);
  const subscriptions = new Subscriptions(deps, topics, outbound);
  const publisher = new Publisher(deps, topics, outbound);
  const tags = new Tags(deps);
  const platforms = new PlatformApplications(deps, outbound);
  registerDeliveries(deps);
  registerPublishDelivery(deps, publisher);
  return {
    createTopic: (input, context) => topics.createTopic(input, context),
    deleteTopic: (input) => topics.deleteTopic(input),
    listTopics: (input, context) => topics.listTopics(input, context),
    getTopicAttributes: (input) => topics.getTopicAttributes(input),
    setTopicAttributes: (input) => topics.setTopicAttributes(input),
    subscribe: (input, context) => subscriptions.subscribe(input, context),
    confirmSubscription: (input) => subscriptions.confirmSubscription(input),
    unsubscribe: (input) => subscriptions.unsubscribe(input),
    listSubscriptions: (input, context) => subscriptions.listSubscriptions(input, context),
    listSubscriptionsByTopic: (input) => subscriptions.listSubscriptionsByTopic(input),
    getSubscriptionAttributes: (input) => subscriptions.getSubscriptionAttributes(input),
    setSubscriptionAttributes: (input) => subscriptions.setSubscriptionAttributes(input),
    publish: (input) => (input.TargetArn && isEndpointArn(input.TargetArn) ? platforms.publishToEndpoint(input) : publisher.publish(input)),
    publishBatch: (input) => publisher.publishBatch(input),
    tagResource: (input) => tags.tagResource(input),
    untagResource: (input) => tags.untagResource(input),
    listTagsForResource: (input) => tags.listTagsForResource(input),
    getDataProtectionPolicy: (input) => topics.getDataProtectionPolicy(input),
    putDataProtectionPolicy: (input) => topics.putDataProtectionPolicy(input),
    createPlatformApplication: (input, context) => platforms.createPlatformApplication(input, context),
    getPlatformApplicationAttributes: (input) => platforms.getPlatformApplicationAttributes(input),
    setPlatformApplicationAttributes: (input) => platforms.setPlatformApplicationAttributes(input),
    listPlatformApplications: (input, context) => platforms.listPlatformApplications(input, context),
    deletePlatformApplication: (input) => platforms.deletePlatformApplication(input),
    createPlatformEndpoint: (input) => platforms.createPlatformEndpoint(input),
    getEndpointAttributes: (input) => platforms.getEndpointAttributes(input),
    setEndpointAttributes: (input) => platforms.setEndpointAttributes(input),
    listEndpointsByPlatformApplication: (input) => platforms.listEndpointsByPlatformApplication(input),
    deleteEndpoint: (input) => platforms.deleteEndpoint(input),
    capturedMessages: async () => (await captured(deps.store).list()).map(({ value }) => value),
    signingCertificate: () => signer.certificatePem(),
    /** The topic's access policy (its Policy attribute, else the default one), for IAM enforcement. */
    async resourcePolicy(arn) {
      const topic = await topics.find(arn).catch(() => undefined);
      return topic && { policy: topic.attributes['Policy'] ?? defaultPolicy(topic) };
    },
  };
}
