import type { EventBus } from '../../events/bus.js';
import { servicePrincipalAllowed } from '../../common/policy/service-principal.js';
import type { InvokeAnswer, InvokeRequest } from '../lambda/invoke-responder.js';
import type { RotationFunctions } from './rotation-run.js';

/** The request topics Lambda answers: a synchronous invocation (the one API Gateway uses), and a function's policy. */
export const LAMBDA_INVOKE = 'lambda.invoke';
export const LAMBDA_FUNCTION_POLICY = 'lambda.function-policy';

const SERVICE_PRINCIPAL = 'secretsmanager.amazonaws.com';

/** Rotation functions reached through the bus: invoked synchronously, a function error failing the step. */
export function lambdaRotationFunctions(bus: EventBus): RotationFunctions {
  return {
    async invoke(functionArn, event, endpoint) {
      const [, , , region, account] = functionArn.split(':');
      const request: InvokeRequest = { functionName: functionArn, payload: JSON.stringify(event), account: account ?? '', region: region ?? '', endpoint };
      const result = await bus.request<InvokeAnswer>(LAMBDA_INVOKE, request);
      if (result.functionError) throw new Error(errorMessageOf(result.payload) ?? result.functionError);
    },
    async mayInvoke(functionArn, secretArn) {
      const found = await bus.request<{ policy?: string } | null>(LAMBDA_FUNCTION_POLICY, { functionArn });
      return servicePrincipalAllowed(found?.policy, {
        principals: [SERVICE_PRINCIPAL], action: 'lambda:InvokeFunction', sourceArn: secretArn, sourceAccount: secretArn.split(':')[4] ?? '',
      });
    },
  };
}

/** The `errorMessage` of a function's error payload, when it has one. */
function errorMessageOf(payload: string): string | undefined {
  try {
    const message = (JSON.parse(payload) as { errorMessage?: unknown }).errorMessage;
    return typeof message === 'string' ? message : undefined;
  } catch {
    return payload || undefined;
  }
}
