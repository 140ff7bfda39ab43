import type { EventBus } from '../../events/bus.js';
import { codecFor } from '../../protocol/codecs.js';
import { header } from '../../protocol/http-message.js';
import { loadCatalog, loadModel } from '../../protocol/model.js';
import type { RequestContext } from '../context.js';

/**
 * Host forms two services share: API Gateway's REST APIs and HTTP APIs both answer on
 * `<api-id>.execute-api.localhost`. The request goes to the first; the second is asked on the bus
 * (`<service>.owns-host-id`) whether the id is one of its own, so neither reads the other's state.
 */
const SHARED_HOSTS = [{ host: /^([a-z0-9]+)\.execute-api(?:\.[a-z0-9-]+)*\.localhost$/, first: 'apigateway', other: 'apigatewayv2' }];

export function sharedHost(bus: EventBus) {
  return async (context: RequestContext): Promise<void> => {
    const host = (header(context.request, 'host') ?? '').replace(/:\d+$/, '').toLowerCase();
    for (const shared of SHARED_HOSTS) {
      const id = shared.host.exec(host)?.[1];
      if (!id || context.service !== shared.first) continue;
      if (!(await bus.request<boolean>(`${shared.other}.owns-host-id`, { id }))) continue;
      context.service = shared.other;
      context.model = loadModel(shared.other);
      context.codec = await codecFor(loadCatalog()[shared.other]!.protocols[0]!);
      return;
    }
  };
}
