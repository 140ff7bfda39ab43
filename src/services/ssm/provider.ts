import type { ServiceDeps } from '../service-deps.js';
import type { SsmOperations } from './api.generated.js';
import { Parameters } from './parameters.js';
import { Queries } from './queries.js';
import { Tags } from './tags.js';

type Served =
  | 'putParameter' | 'getParameter' | 'getParameters' | 'getParametersByPath' | 'describeParameters' | 'getParameterHistory'
  | 'deleteParameter' | 'deleteParameters' | 'labelParameterVersion' | 'unlabelParameterVersion' | 'addTagsToResource' | 'listTagsForResource' | 'removeTagsFromResource';

/** SSM Parameter Store; the rest of Systems Manager is not served. */
export function createSsmProvider(deps: ServiceDeps): Pick<SsmOperations, Served> {
  const params = new Parameters(deps);
  const queries = new Queries(deps, params);
  const tags = new Tags(deps);
  return {
    putParameter: (input, context) => params.putParameter(input, context),
    getParameter: (input, context) => params.getParameter(input, context),
    getParameters: (input, context) => params.getParameters(input, context),
    getParameterHistory: (input, context) => params.getParameterHistory(input, context),
    labelParameterVersion: (input, context) => params.labelParameterVersion(input, context),
    unlabelParameterVersion: (input, context) => params.unlabelParameterVersion(input, context),
    deleteParameter: (input, context) => params.deleteParameter(input, context),
    deleteParameters: (input, context) => params.deleteParameters(input, context),
    getParametersByPath: (input, context) => queries.getParametersByPath(input, context),
    describeParameters: (input, context) => queries.describeParameters(input, context),
    addTagsToResource: (input, context) => tags.addTagsToResource(input, context),
    listTagsForResource: (input, context) => tags.listTagsForResource(input, context),
    removeTagsFromResource: (input, context) => tags.removeTagsFromResource(input, context),
  };
}
