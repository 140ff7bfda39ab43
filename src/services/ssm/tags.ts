import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  AddTagsToResourceRequest, AddTagsToResourceResult, ListTagsForResourceRequest, ListTagsForResourceResult, RemoveTagsFromResourceRequest,
  RemoveTagsFromResourceResult, ResourceTypeForTagging,
} from './api.generated.js';
import { parameterKey, parameters, type ParameterRecord } from './state.js';

/** Tags on parameters, the one resource type of Parameter Store. */
export class Tags {
  constructor(private readonly deps: ServiceDeps) {}

  async addTagsToResource(input: AddTagsToResourceRequest, context: CallContext): Promise<AddTagsToResourceResult> {
    await this.change(input.ResourceType, input.ResourceId, context, (record) => {
      for (const tag of input.Tags) record.tags = [...record.tags.filter((existing) => existing.Key !== tag.Key), tag];
    });
    return {};
  }

  async removeTagsFromResource(input: RemoveTagsFromResourceRequest, context: CallContext): Promise<RemoveTagsFromResourceResult> {
    await this.change(input.ResourceType, input.ResourceId, context, (record) => {
      record.tags = record.tags.filter((tag) => !input.TagKeys.includes(tag.Key));
    });
    return {};
  }

  async listTagsForResource(input: ListTagsForResourceRequest, context: CallContext): Promise<ListTagsForResourceResult> {
    checkType(input.ResourceType);
    const record = await parameters(this.deps.store).get(parameterKey(context.account, context.region, input.ResourceId));
    if (!record) throw invalidResourceId();
    return { TagList: record.tags };
  }

  private async change(type: ResourceTypeForTagging, name: string, context: CallContext, edit: (record: ParameterRecord) => void): Promise<void> {
    checkType(type);
    await this.deps.store.transaction(async (tx) => {
      const key = parameterKey(context.account, context.region, name);
      const record = await parameters(tx).get(key);
      if (!record) throw invalidResourceId();
      edit(record);
      await parameters(tx).put(key, record);
    });
  }
}

function checkType(type: ResourceTypeForTagging): void {
  if (type !== 'Parameter') throw new AwsError('InvalidResourceType', 'The resource type is not valid. Nimbus tags parameters only.');
}

function invalidResourceId(): AwsError {
  return new AwsError('InvalidResourceId', 'The resource ID is not valid. Verify that you entered the correct ID and try again.');
}
