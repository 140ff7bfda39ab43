import type { CallContext } from '../../common/call-context.js';
import type { WebRequest, WebResponse } from '../../common/web-request.js';
import type { LambdaOperations } from './api.generated.js';
import { EventSourcePollers } from './event-source-pollers.js';
import { EventSourceMappings } from './event-sources.js';
import { serveFunctionUrl } from './function-url-web.js';
import { FunctionUrls } from './function-urls.js';
import type { Invoker } from './invoke.js';
import type { LambdaDeps } from './lookup.js';

export type TriggerOperations =
  | 'createEventSourceMapping' | 'getEventSourceMapping' | 'listEventSourceMappings' | 'updateEventSourceMapping' | 'deleteEventSourceMapping'
  | 'createFunctionUrlConfig' | 'getFunctionUrlConfig' | 'updateFunctionUrlConfig' | 'deleteFunctionUrlConfig' | 'listFunctionUrlConfigs';

/** What invokes functions from outside Invoke: event source mappings and function URLs. */
export function createTriggers(deps: LambdaDeps, invoker: Invoker) {
  const pollers = new EventSourcePollers(deps, invoker);
  const mappings = new EventSourceMappings(deps, pollers);
  const urls = new FunctionUrls(deps);
  pollers.kick();
  const operations: Pick<LambdaOperations, TriggerOperations> = {
    createEventSourceMapping: (input, context) => mappings.createEventSourceMapping(input, context),
    getEventSourceMapping: (input, context) => mappings.getEventSourceMapping(input, context),
    listEventSourceMappings: (input, context) => mappings.listEventSourceMappings(input, context),
    updateEventSourceMapping: (input, context) => mappings.updateEventSourceMapping(input, context),
    deleteEventSourceMapping: (input, context) => mappings.deleteEventSourceMapping(input, context),
    createFunctionUrlConfig: (input, context) => urls.createFunctionUrlConfig(input, context),
    getFunctionUrlConfig: (input, context) => urls.getFunctionUrlConfig(input, context),
    updateFunctionUrlConfig: (input, context) => urls.updateFunctionUrlConfig(input, context),
    deleteFunctionUrlConfig: (input, context) => urls.deleteFunctionUrlConfig(input, context),
    listFunctionUrlConfigs: (input, context) => urls.listFunctionUrlConfigs(input, context),
  };
  return {
    operations,
    serveWeb: (request: WebRequest, call: CallContext): Promise<WebResponse | undefined> => serveFunctionUrl(deps, invoker, request, call),
    stop: () => pollers.stop(),
  };
}
