import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { LogGroups } from './groups.js';
import { putLogEvents } from './put-events.js';
import { LogStreams } from './streams.js';

/** CloudWatch Logs: each operation delegates to the file that owns its resource. */
export function createLogsProvider(deps: ServiceDeps): Partial<api.LogsOperations> {
  const logGroups = new LogGroups(deps);
  const logStreams = new LogStreams(deps);
  return {
    createLogGroup: (input, context) => logGroups.createLogGroup(input, context),
    deleteLogGroup: (input, context) => logGroups.deleteLogGroup(input, context),
    describeLogGroups: (input, context) => logGroups.describeLogGroups(input, context),
    listLogGroups: (input, context) => logGroups.listLogGroups(input, context),
    putRetentionPolicy: (input, context) => logGroups.putRetentionPolicy(input, context),
    deleteRetentionPolicy: (input, context) => logGroups.deleteRetentionPolicy(input, context),
    associateKmsKey: (input, context) => logGroups.associateKmsKey(input, context),
    disassociateKmsKey: (input, context) => logGroups.disassociateKmsKey(input, context),
    putLogGroupDeletionProtection: (input, context) => logGroups.putLogGroupDeletionProtection(input, context),
    tagLogGroup: (input, context) => logGroups.tagLogGroup(input, context),
    untagLogGroup: (input, context) => logGroups.untagLogGroup(input, context),
    listTagsLogGroup: (input, context) => logGroups.listTagsLogGroup(input, context),
    tagResource: (input) => logGroups.tagResource(input),
    untagResource: (input) => logGroups.untagResource(input),
    listTagsForResource: (input) => logGroups.listTagsForResource(input),
    createLogStream: (input, context) => logStreams.createLogStream(input, context),
    deleteLogStream: (input, context) => logStreams.deleteLogStream(input, context),
    describeLogStreams: (input, context) => logStreams.describeLogStreams(input, context),
    putLogEvents: (input: api.PutLogEventsRequest, context: CallContext) => putLogEvents(deps, input, context),
  };
}
