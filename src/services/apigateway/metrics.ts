import type { WebResponse } from '../../common/web-request.js';
import { type MetricDimension, serviceMetrics } from '../metrics-emitter.js';
import type { ServiceDeps } from '../service-deps.js';
import type { Invocation } from './invoke/invocation.js';
import { restApiKey, restApis } from './state.js';

/**
 * AWS/ApiGateway for REST APIs: every answer of an invoke URL counts (Count, 4XXError, 5XXError,
 * Latency), under ApiName and under ApiName with Stage, as API Gateway publishes them.
 */
export function apiGatewayMetrics(deps: ServiceDeps) {
  const metrics = serviceMetrics(deps, 'AWS/ApiGateway');
  return {
    /** Counts the answer and hands it back unchanged. */
    answered(invocation: Invocation, response: WebResponse): WebResponse {
      const latency = deps.clock.now() - invocation.requestTime;
      const { location, request } = invocation;
      void restApis(deps.store).get(restApiKey(location, request.apiId)).then((api) => {
        if (!api) return;
        const apiName = { Name: 'ApiName', Value: api.name };
        const sets: MetricDimension[][] = [[apiName], [apiName, { Name: 'Stage', Value: request.stageName }]];
        metrics.record(location, 'Count', sets, 1);
        metrics.record(location, '4XXError', sets, response.status >= 400 && response.status < 500 ? 1 : 0);
        metrics.record(location, '5XXError', sets, response.status >= 500 ? 1 : 0);
        metrics.record(location, 'Latency', sets, latency, 'Milliseconds');
      }, () => undefined);
      return response;
    },
  };
}
