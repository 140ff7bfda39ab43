import { AwsError } from '../../common/aws-error.js';
import type { ServiceQuirks } from './index.js';

/**
 * SNS quirks.
 * - A call IAM denies is `AuthorizationError` (403), the model's error for it, and its message
 *   writes the action with SNS's own capitals (`SNS:Publish`).
 */
export const snsQuirks: ServiceQuirks = {
  iamActionName: (action) => action.replace(/^sns:/, 'SNS:'),
  accessDenied: (message) => new AwsError('AuthorizationErrorException', message, 403),
};
