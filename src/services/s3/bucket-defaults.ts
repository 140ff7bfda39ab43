import { AwsError } from '../../common/aws-error.js';
import type { Transaction } from '../../store/store.js';
import { cannedPolicy } from './acl.js';
import type { CreateBucketRequest } from './api.generated.js';
import { BUCKET_CONFIGS } from './subresources.js';

/**
 * What CreateBucket's own headers configure: `x-amz-object-ownership` and a canned ACL. Since
 * ownership is BucketOwnerEnforced by default, an ACL other than `private` needs another ownership.
 */
export async function applyCreateSettings(tx: Transaction, input: CreateBucketRequest, account: string): Promise<void> {
  const ownership = input.ObjectOwnership ?? 'BucketOwnerEnforced';
  const grants = [input.GrantFullControl, input.GrantRead, input.GrantReadACP, input.GrantWrite, input.GrantWriteACP].some((grant) => grant !== undefined);
  if (ownership === 'BucketOwnerEnforced' && ((input.ACL !== undefined && input.ACL !== 'private') || grants)) {
    throw new AwsError('InvalidBucketAclWithObjectOwnership', "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting", 400);
  }
  const configs = tx.collection(BUCKET_CONFIGS);
  if (input.ObjectOwnership) await configs.put(`${input.Bucket}/ownership-controls`, { Rules: [{ ObjectOwnership: input.ObjectOwnership }] });
  if (input.ACL) await configs.put(`${input.Bucket}/acl`, cannedPolicy(input.ACL, account));
}
