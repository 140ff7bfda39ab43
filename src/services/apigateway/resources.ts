import type { CallContext } from '../../common/call-context.js';
import type {
  CreateResourceRequest, DeleteResourceRequest, GetResourceRequest, GetResourcesRequest, Method, Resource, Resources, UpdateResourceRequest,
} from './api.generated.js';
import { badRequest, conflict, invalidResource } from './errors.js';
import { newId } from './ids.js';
import { applyPatch } from './patch.js';
import type { RestApisStore } from './rest-apis.js';
import { page } from './rest-apis.js';
import type { ResourceRecord, RestApiRecord } from './state.js';

const PATH_PART = /^(?:[a-zA-Z0-9._:-]+|\{[a-zA-Z0-9._-]+\+?\})$/;

/** Resources: the tree of path parts under the root `/`. */
export class ResourcesApi {
  constructor(private readonly apis: RestApisStore) {}

  async createResource(input: CreateResourceRequest, context: CallContext): Promise<Resource> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const parent = findResource(api, input.parentId);
      checkPathPart(api, parent, input.pathPart);
      const resource: ResourceRecord = { id: newId(), parentId: parent.id, pathPart: input.pathPart, path: childPath(parent.path, input.pathPart), resourceMethods: {} };
      api.resources[resource.id] = resource;
      return resourceView(resource, false);
    });
  }

  async getResource(input: GetResourceRequest, context: CallContext): Promise<Resource> {
    const api = await this.apis.load(context, input.restApiId);
    return resourceView(findResource(api, input.resourceId), input.embed?.includes('methods') ?? false);
  }

  async getResources(input: GetResourcesRequest, context: CallContext): Promise<Resources> {
    const api = await this.apis.load(context, input.restApiId);
    const embed = input.embed?.includes('methods') ?? false;
    const sorted = Object.values(api.resources).sort((a, b) => a.path.localeCompare(b.path));
    return page(sorted.map((resource) => resourceView(resource, embed)), { ...input, limit: input.limit ?? 500 });
  }

  async updateResource(input: UpdateResourceRequest, context: CallContext): Promise<Resource> {
    return this.apis.modify(context, input.restApiId, (api) => {
      const resource = findResource(api, input.resourceId);
      const changed = applyPatch({ pathPart: resource.pathPart, parentId: resource.parentId }, input.patchOperations, { paths: ['pathPart', 'parentId'] });
      const parent = findResource(api, changed.parentId);
      if (changed.pathPart !== resource.pathPart || changed.parentId !== resource.parentId) checkPathPart(api, parent, changed.pathPart!);
      Object.assign(resource, changed);
      repath(api, resource, parent.path);
      return resourceView(resource, false);
    });
  }

  async deleteResource(input: DeleteResourceRequest, context: CallContext): Promise<void> {
    await this.apis.modify(context, input.restApiId, (api) => {
      const resource = findResource(api, input.resourceId);
      if (resource.id === api.rootResourceId) throw badRequest('Cannot delete root resource');
      for (const id of descendants(api, resource.id)) delete api.resources[id];
    });
  }
}

export function findResource(api: RestApiRecord, id: string | undefined): ResourceRecord {
  const resource = id === undefined ? undefined : api.resources[id];
  if (!resource) throw invalidResource();
  return resource;
}

export function childPath(parentPath: string, pathPart: string): string {
  return parentPath === '/' ? `/${pathPart}` : `${parentPath}/${pathPart}`;
}

/** Creates any resources a path needs, returning the last (OpenAPI import). */
export function ensurePath(api: RestApiRecord, path: string): ResourceRecord {
  let current = api.resources[api.rootResourceId]!;
  for (const part of path.split('/').filter(Boolean)) {
    const existing = Object.values(api.resources).find((resource) => resource.parentId === current.id && resource.pathPart === part);
    if (existing) {
      current = existing;
      continue;
    }
    checkPathPart(api, current, part);
    const created: ResourceRecord = { id: newId(), parentId: current.id, pathPart: part, path: childPath(current.path, part), resourceMethods: {} };
    api.resources[created.id] = created;
    current = created;
  }
  return current;
}

export function resourceView(resource: ResourceRecord, embedMethods: boolean): Resource {
  const methods = Object.entries(resource.resourceMethods);
  const resourceMethods = embedMethods ? resource.resourceMethods : Object.fromEntries(methods.map(([verb]) => [verb, {} as Method]));
  return { id: resource.id, parentId: resource.parentId, pathPart: resource.pathPart, path: resource.path, resourceMethods: methods.length ? resourceMethods : undefined };
}

function checkPathPart(api: RestApiRecord, parent: ResourceRecord, pathPart: string): void {
  if (!PATH_PART.test(pathPart)) {
    throw badRequest("Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.");
  }
  if (parent.pathPart?.endsWith('+}')) throw badRequest(`Cannot create a child of a resource with a greedy path variable: ${parent.path}`);
  const siblings = Object.values(api.resources).filter((resource) => resource.parentId === parent.id);
  if (siblings.some((sibling) => sibling.pathPart === pathPart)) throw conflict(`Another resource with the same parent already has this name: ${pathPart}`);
  const variable = siblings.find((sibling) => sibling.pathPart?.startsWith('{'));
  if (pathPart.startsWith('{') && variable) {
    throw badRequest(`A sibling (${variable.pathPart}) of this resource already has a variable path part -- only one is allowed`);
  }
}

function repath(api: RestApiRecord, resource: ResourceRecord, parentPath: string): void {
  resource.path = childPath(parentPath, resource.pathPart!);
  for (const child of Object.values(api.resources).filter((candidate) => candidate.parentId === resource.id)) repath(api, child, resource.path);
}

function descendants(api: RestApiRecord, id: string): string[] {
  const children = Object.values(api.resources).filter((resource) => resource.parentId === id);
  return [id, ...children.flatMap((child) => descendants(api, child.id))];
}
