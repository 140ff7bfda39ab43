import { CodeCache } from '../../runtimes/code-cache.js';
import { EnvironmentPool } from '../../runtimes/pool.js';
import type { ResourcePolicySource } from '../../common/policy/resource-policy.js';
import type { WebEndpoints } from '../../common/web-request.js';
import type { ServiceDeps } from '../service-deps.js';
import { accountSettings } from './account-settings.js';
import { Aliases } from './aliases.js';
import type { LambdaOperations } from './api.generated.js';
import { EventQueue } from './async-invoke.js';
import { FunctionSettings } from './function-settings.js';
import { Functions } from './functions.js';
import { Invoker } from './invoke.js';
import { registerInvokeResponder } from './invoke-responder.js';
import { Layers } from './layers.js';
import type { LambdaDeps } from './lookup.js';
import { functionArn } from './names.js';
import { functionPolicy, Permissions } from './permissions.js';
import { ProvisionedConcurrency } from './provisioned-concurrency.js';
import { ResponseStreamInvoker } from './response-stream.js';
import { functionKey, functions as functionRecords } from './state.js';
import { createTriggers, type TriggerOperations } from './triggers.js';
import { Versions } from './versions.js';
import { serveCodeDownload } from './web.js';

/** The bus request for a function's policy: Secrets Manager checks that it may invoke a rotation function. */
export const FUNCTION_POLICY_REQUEST = 'lambda.function-policy';

type Served =
  | 'createFunction' | 'getFunction' | 'getFunctionConfiguration' | 'updateFunctionCode' | 'updateFunctionConfiguration'
  | 'deleteFunction' | 'listFunctions' | 'publishVersion' | 'listVersionsByFunction'
  | 'createAlias' | 'getAlias' | 'updateAlias' | 'deleteAlias' | 'listAliases'
  | 'invoke' | 'invokeWithResponseStream' | 'addPermission' | 'removePermission' | 'getPolicy'
  | 'tagResource' | 'untagResource' | 'listTags'
  | 'putFunctionConcurrency' | 'getFunctionConcurrency' | 'deleteFunctionConcurrency'
  | 'putFunctionEventInvokeConfig' | 'getFunctionEventInvokeConfig' | 'deleteFunctionEventInvokeConfig'
  | 'updateFunctionEventInvokeConfig' | 'listFunctionEventInvokeConfigs' | 'getAccountSettings'
  | 'publishLayerVersion' | 'getLayerVersion' | 'getLayerVersionByArn' | 'deleteLayerVersion' | 'listLayers' | 'listLayerVersions'
  | 'putProvisionedConcurrencyConfig' | 'getProvisionedConcurrencyConfig' | 'deleteProvisionedConcurrencyConfig' | 'listProvisionedConcurrencyConfigs';

/** Lambda: functions, versions and aliases, layers, policies, and invocations run in local execution environments. */
export function createLambdaProvider(serviceDeps: ServiceDeps): Pick<LambdaOperations, Served | TriggerOperations> & WebEndpoints & ResourcePolicySource & { stop(): void } {
  const deps: LambdaDeps = { ...serviceDeps, pool: new EnvironmentPool(serviceDeps.clock), cache: new CodeCache() };
  const functions = new Functions(deps);
  const versions = new Versions(deps);
  const aliases = new Aliases(deps);
  const invoker = new Invoker(deps);
  const streaming = new ResponseStreamInvoker(deps, invoker);
  const events = new EventQueue(deps, invoker);
  const permissions = new Permissions(deps);
  const settings = new FunctionSettings(deps);
  const layers = new Layers(deps);
  const provisioned = new ProvisionedConcurrency(deps);
  events.register();
  registerInvokeResponder(deps, invoker);
  const triggers = createTriggers(deps, invoker);
  /** The function's policy (AddPermission's statements) for the qualifier the ARN names: for IAM enforcement, and asked by services that invoke. */
  const resourcePolicy = async (arn: string) => {
    const [, , , region, account, , name, qualifier] = arn.split(':');
    const fn = name ? await functionRecords(deps.store).get(functionKey({ account: account!, region: region!, name })) : undefined;
    return fn && { arn: functionArn(fn, qualifier), policy: functionPolicy(fn, qualifier ?? '') };
  };
  deps.bus.respond(FUNCTION_POLICY_REQUEST, async (payload) => (await resourcePolicy((payload as { functionArn: string }).functionArn)) ?? null);
  return {
    ...triggers.operations,
    createFunction: (input, context) => functions.createFunction(input, context),
    getFunction: (input, context) => functions.getFunction(input, context),
    getFunctionConfiguration: (input, context) => functions.getFunctionConfiguration(input, context),
    updateFunctionCode: (input, context) => functions.updateFunctionCode(input, context),
    updateFunctionConfiguration: (input, context) => functions.updateFunctionConfiguration(input, context),
    deleteFunction: (input, context) => functions.deleteFunction(input, context),
    listFunctions: (input, context) => functions.listFunctions(input, context),
    publishVersion: (input, context) => versions.publishVersion(input, context),
    listVersionsByFunction: (input, context) => versions.listVersionsByFunction(input, context),
    createAlias: (input, context) => aliases.createAlias(input, context),
    getAlias: (input, context) => aliases.getAlias(input, context),
    updateAlias: (input, context) => aliases.updateAlias(input, context),
    deleteAlias: (input, context) => aliases.deleteAlias(input, context),
    listAliases: (input, context) => aliases.listAliases(input, context),
    invoke: (input, context) => invoker.invoke(input, context),
    invokeWithResponseStream: (input, context) => streaming.invokeWithResponseStream(input, context),
    addPermission: (input, context) => permissions.addPermission(input, context),
    removePermission: (input, context) => permissions.removePermission(input, context),
    getPolicy: (input, context) => permissions.getPolicy(input, context),
    tagResource: (input, context) => settings.tagResource(input, context),
    untagResource: (input, context) => settings.untagResource(input, context),
    listTags: (input, context) => settings.listTags(input, context),
    putFunctionConcurrency: (input, context) => settings.putFunctionConcurrency(input, context),
    getFunctionConcurrency: (input, context) => settings.getFunctionConcurrency(input, context),
    deleteFunctionConcurrency: (input, context) => settings.deleteFunctionConcurrency(input, context),
    putFunctionEventInvokeConfig: (input, context) => settings.putFunctionEventInvokeConfig(input, context),
    getFunctionEventInvokeConfig: (input, context) => settings.getFunctionEventInvokeConfig(input, context),
    deleteFunctionEventInvokeConfig: (input, context) => settings.deleteFunctionEventInvokeConfig(input, context),
    updateFunctionEventInvokeConfig: (input, context) => settings.updateFunctionEventInvokeConfig(input, context),
    listFunctionEventInvokeConfigs: (input, context) => settings.listFunctionEventInvokeConfigs(input, context),
    getAccountSettings: (input, context) => accountSettings(deps, input, context),
    publishLayerVersion: (input, context) => layers.publishLayerVersion(input, context),
    getLayerVersion: (input, context) => layers.getLayerVersion(input, context),
    getLayerVersionByArn: (input, context) => layers.getLayerVersionByArn(input, context),
    deleteLayerVersion: (input, context) => layers.deleteLayerVersion(input, context),
    listLayers: (input, context) => layers.listLayers(input, context),
    listLayerVersions: (input, context) => layers.listLayerVersions(input, context),
    putProvisionedConcurrencyConfig: (input, context) => provisioned.putProvisionedConcurrencyConfig(input, context),
    getProvisionedConcurrencyConfig: (input, context) => provisioned.getProvisionedConcurrencyConfig(input, context),
    deleteProvisionedConcurrencyConfig: (input, context) => provisioned.deleteProvisionedConcurrencyConfig(input, context),
    listProvisionedConcurrencyConfigs: (input, context) => provisioned.listProvisionedConcurrencyConfigs(input, context),
    resourcePolicy,
    serveWeb: async (request, call) => (await triggers.serveWeb(request, call)) ?? serveCodeDownload(deps.store, request, call),
    stop: () => {
      triggers.stop();
      deps.pool.stopAll();
    },
  };
}
