import type { CallContext } from '../../common/call-context.js';
import { isAwsError } from '../../common/aws-error.js';
import type { DeletedObject, DeleteObjectsOutput, DeleteObjectsRequest, ErrorShape } from './api.generated.js';
import { requireBucket } from './buckets.js';
import { malformedXml } from './errors.js';
import type { ObjectOperations } from './objects.js';
import type { S3State } from './state.js';

const MAX_OBJECTS = 1000;

/** DeleteObjects: up to 1000 deletes in one request, each succeeding or failing on its own. */
export class DeleteObjectsOperations {
  constructor(
    private readonly state: S3State,
    private readonly objects: ObjectOperations,
  ) {}

  async deleteObjects(input: DeleteObjectsRequest, context: CallContext): Promise<DeleteObjectsOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const requested = input.Delete?.Objects ?? [];
    if (requested.length === 0 || requested.length > MAX_OBJECTS) throw malformedXml();
    const deleted: DeletedObject[] = [];
    const errors: ErrorShape[] = [];
    for (const { Key, VersionId } of requested) {
      try {
        deleted.push(await this.state.transaction((tx) => this.objects.deleteInTransaction(tx, input.Bucket, Key, VersionId, input.BypassGovernanceRetention, context)));
      } catch (error) {
        if (!isAwsError(error)) throw error;
        errors.push({ Key, VersionId, Code: error.code, Message: error.message });
      }
    }
    return { Deleted: input.Delete.Quiet ? undefined : deleted, Errors: errors };
  }
}
