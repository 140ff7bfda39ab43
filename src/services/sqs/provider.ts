import type { ResourcePolicySource } from '../../common/policy/resource-policy.js';
import type { ServiceDeps } from '../service-deps.js';
import type { SqsOperations } from './api.generated.js';
import { Batches } from './batch.js';
import { DeadLetterSources } from './dead-letter-sources.js';
import { Messages } from './messages.js';
import { MoveTasks } from './move-tasks.js';
import { Permissions } from './permissions.js';
import { Queues } from './queues.js';
import { queueKey, queues as queueRecords } from './state.js';
import { Receiver } from './receive.js';
import { Tags } from './tags.js';

type Served =
  | 'createQueue' | 'getQueueUrl' | 'listQueues' | 'deleteQueue' | 'getQueueAttributes' | 'setQueueAttributes' | 'purgeQueue'
  | 'sendMessage' | 'receiveMessage' | 'deleteMessage' | 'changeMessageVisibility'
  | 'sendMessageBatch' | 'deleteMessageBatch' | 'changeMessageVisibilityBatch'
  | 'listQueueTags' | 'tagQueue' | 'untagQueue'
  | 'listDeadLetterSourceQueues' | 'addPermission' | 'removePermission'
  | 'startMessageMoveTask' | 'listMessageMoveTasks' | 'cancelMessageMoveTask';

/** SQS: each operation answered by the part of the service it belongs to. */
export function createSqsProvider(deps: ServiceDeps): Pick<SqsOperations, Served> & ResourcePolicySource {
  const queues = new Queues(deps);
  const messages = new Messages(deps, queues);
  const receiver = new Receiver(deps, queues);
  const batches = new Batches(deps.store, queues, messages);
  const tags = new Tags(deps, queues);
  const deadLetterSources = new DeadLetterSources(deps, queues);
  const permissions = new Permissions(deps, queues);
  const moveTasks = new MoveTasks(deps);
  return {
    createQueue: (input, context) => queues.createQueue(input, context),
    getQueueUrl: (input, context) => queues.getQueueUrl(input, context),
    listQueues: (input, context) => queues.listQueues(input, context),
    deleteQueue: (input, context) => queues.deleteQueue(input, context),
    getQueueAttributes: (input, context) => queues.getQueueAttributes(input, context),
    setQueueAttributes: (input, context) => queues.setQueueAttributes(input, context),
    purgeQueue: (input, context) => queues.purgeQueue(input, context),
    sendMessage: (input, context) => messages.sendMessage(input, context),
    receiveMessage: (input, context) => receiver.receiveMessage(input, context),
    deleteMessage: (input, context) => messages.deleteMessage(input, context),
    changeMessageVisibility: (input, context) => messages.changeMessageVisibility(input, context),
    sendMessageBatch: (input, context) => batches.sendMessageBatch(input, context),
    deleteMessageBatch: (input, context) => batches.deleteMessageBatch(input, context),
    changeMessageVisibilityBatch: (input, context) => batches.changeMessageVisibilityBatch(input, context),
    listQueueTags: (input, context) => tags.listQueueTags(input, context),
    tagQueue: (input, context) => tags.tagQueue(input, context),
    untagQueue: (input, context) => tags.untagQueue(input, context),
    listDeadLetterSourceQueues: (input, context) => deadLetterSources.listDeadLetterSourceQueues(input, context),
    addPermission: (input, context) => permissions.addPermission(input, context),
    removePermission: (input, context) => permissions.removePermission(input, context),
    startMessageMoveTask: (input, context) => moveTasks.startMessageMoveTask(input, context),
    listMessageMoveTasks: (input, context) => moveTasks.listMessageMoveTasks(input, context),
    cancelMessageMoveTask: (input, context) => moveTasks.cancelMessageMoveTask(input, context),
    /** The queue's Policy attribute, for IAM enforcement. */
    async resourcePolicy(arn) {
      const [, , , region, account, name] = arn.split(':');
      const queue = name ? await queueRecords(deps.store).get(queueKey({ account: account!, region: region!, name })) : undefined;
      return queue && { policy: queue.attributes['Policy'] };
    },
  };
}
