import type { WebResponse } from '../../common/web-request.js';
import { type MetricDimension, serviceMetrics } from '../metrics-emitter.js';
import type { ServiceDeps } from '../service-deps.js';
import type { ApiRecord } from './state.js';

/**
 * AWS/ApiGateway for HTTP APIs: Count, 4xx, 5xx (lower case, unlike REST APIs' 4XXError), Latency
 * and DataProcessed, under ApiId and under ApiId with Stage.
 */
export function httpApiMetrics(deps: ServiceDeps) {
  const metrics = serviceMetrics(deps, 'AWS/ApiGateway');
  return {
    answered(api: ApiRecord, stageName: string | undefined, response: WebResponse, startedAt: number): void {
      const apiId = { Name: 'ApiId', Value: api.apiId };
      const sets: MetricDimension[][] = [[apiId]];
      if (stageName) sets.push([apiId, { Name: 'Stage', Value: stageName }]);
      metrics.record(api, 'Count', sets, 1);
      metrics.record(api, '4xx', sets, response.status >= 400 && response.status < 500 ? 1 : 0);
      metrics.record(api, '5xx', sets, response.status >= 500 ? 1 : 0);
      metrics.record(api, 'Latency', sets, deps.clock.now() - startedAt, 'Milliseconds');
      const body = response.body;
      if (typeof body === 'string' || Buffer.isBuffer(body)) metrics.record(api, 'DataProcessed', sets, Buffer.byteLength(body), 'Bytes');
    },
  };
}
