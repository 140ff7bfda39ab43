import type { CallContext } from '../../common/call-context.js';
import type { GetCallerIdentityRequest, GetCallerIdentityResponse, StsOperations } from './api.generated.js';

/** STS: who the caller is. Nimbus has no users yet, so every key is its account's root. */
export class StsProvider implements Partial<StsOperations> {
  async getCallerIdentity(_input: GetCallerIdentityRequest, context: CallContext): Promise<GetCallerIdentityResponse> {
    return {
      UserId: context.account === context.accessKeyId ? context.account : context.accessKeyId,
      Account: context.account,
      Arn: `arn:aws:iam::${context.account}:root`,
    };
  }
}
