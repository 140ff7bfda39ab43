import { servicePrincipalAllowed } from '../../common/policy/service-principal.js';
import { serviceNotAllowed } from './errors.js';
import type { LambdaDeps, ResolvedFunction } from './lookup.js';
import { functionArn } from './names.js';
import { functionPolicy } from './permissions.js';

/** A service invoking a function for one of its resources: API Gateway for a route, CloudWatch for an alarm. */
export interface ServiceCaller {
  /** The service principal, `apigateway.amazonaws.com`. */
  principal: string;
  /** `aws:SourceArn`: the route's execute-api ARN, the alarm's ARN. */
  sourceArn: string;
  /** `aws:SourceAccount`, where the ARN has no account (an S3 bucket's). */
  sourceAccount?: string;
}

/**
 * Under IAM enforcement a service invokes a function only where the function's policy (AddPermission,
 * for the qualifier invoked) lets its principal, as AWS checks; otherwise the service's call fails.
 */
export function checkServiceCaller(deps: LambdaDeps, target: ResolvedFunction, caller: ServiceCaller | undefined): void {
  if (!deps.enforceIam || !caller) return;
  const policy = functionPolicy(target.fn, target.ref.qualifier ?? '');
  const sourceAccount = caller.sourceAccount ?? caller.sourceArn.split(':')[4] ?? '';
  const allowed = servicePrincipalAllowed(policy, {
    principals: [caller.principal], action: 'lambda:InvokeFunction', sourceArn: caller.sourceArn, sourceAccount,
  });
  if (!allowed) throw serviceNotAllowed(caller.principal, functionArn(target.ref, target.ref.qualifier));
}
