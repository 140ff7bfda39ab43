import type { CallContext } from '../../common/call-context.js';
import type {
  DeleteLayerVersionRequest, GetLayerVersionByArnRequest, GetLayerVersionRequest, GetLayerVersionResponse, LayerVersionsListItem, ListLayersRequest, ListLayersResponse,
  ListLayerVersionsRequest, ListLayerVersionsResponse, PublishLayerVersionRequest,
} from './api.generated.js';
import { codeLocation, storeCode } from './code.js';
import { notFound } from './errors.js';
import type { LambdaDeps } from './lookup.js';
import { lambdaTimestamp, layerArn, parseLayerName, parseLayerVersionArn } from './names.js';
import { layerVersionKey, layerVersions, type LayerVersionRecord } from './state.js';

/** PublishLayerVersion, GetLayerVersion(ByArn), ListLayers, ListLayerVersions, DeleteLayerVersion. */
export class Layers {
  constructor(private readonly deps: LambdaDeps) {}

  async publishLayerVersion(input: PublishLayerVersionRequest, context: CallContext): Promise<GetLayerVersionResponse> {
    const code = await storeCode(this.deps, input.Content, context);
    const { account, region, layerName } = parseLayerName(input.LayerName, context);
    return this.deps.store.transaction(async (tx) => {
      const existing = await layerVersions(tx).list({ prefix: `${account}/${region}/${layerName}/` });
      const last = existing[existing.length - 1]?.value.version ?? 0;
      const record: LayerVersionRecord = {
        account, region, layerName, version: last + 1,
        description: input.Description ?? '',
        blobId: code.blobId, codeSha256: code.codeSha256, codeSize: code.codeSize,
        compatibleRuntimes: input.CompatibleRuntimes, compatibleArchitectures: input.CompatibleArchitectures,
        licenseInfo: input.LicenseInfo, createdDate: this.deps.clock.now(),
      };
      await tx.retainBlob(code.blobId);
      await layerVersions(tx).put(layerVersionKey(account, region, layerName, record.version), record);
      return this.view(record, context);
    });
  }

  async getLayerVersion(input: GetLayerVersionRequest, context: CallContext): Promise<GetLayerVersionResponse> {
    const { account, region, layerName } = parseLayerName(input.LayerName, context);
    const record = await layerVersions(this.deps.store).get(layerVersionKey(account, region, layerName, input.VersionNumber));
    if (!record) throw notFound('The resource you requested does not exist.');
    return this.view(record, context);
  }

  async getLayerVersionByArn(input: GetLayerVersionByArnRequest, context: CallContext): Promise<GetLayerVersionResponse> {
    const parsed = parseLayerVersionArn(input.Arn);
    const record = parsed && (await layerVersions(this.deps.store).get(layerVersionKey(parsed.account, parsed.region, parsed.layerName, parsed.version)));
    if (!record) throw notFound('The resource you requested does not exist.');
    return this.view(record, context);
  }

  async deleteLayerVersion(input: DeleteLayerVersionRequest, context: CallContext): Promise<void> {
    const { account, region, layerName } = parseLayerName(input.LayerName, context);
    await this.deps.store.transaction(async (tx) => {
      const key = layerVersionKey(account, region, layerName, input.VersionNumber);
      const record = await layerVersions(tx).get(key);
      if (!record) return;
      await tx.releaseBlob(record.blobId);
      await layerVersions(tx).delete(key);
    });
  }

  async listLayerVersions(input: ListLayerVersionsRequest, context: CallContext): Promise<ListLayerVersionsResponse> {
    const { account, region, layerName } = parseLayerName(input.LayerName, context);
    const all = (await layerVersions(this.deps.store).list({ prefix: `${account}/${region}/${layerName}/` }))
      .map(({ value }) => value)
      .filter((record) => matches(record, input.CompatibleRuntime, input.CompatibleArchitecture))
      .reverse();
    const start = input.Marker ? all.findIndex((record) => String(record.version) === input.Marker) + 1 : 0;
    const limit = input.MaxItems ?? 50;
    const page = all.slice(start, start + limit);
    return { LayerVersions: page.map(listItem), ...(start + limit < all.length ? { NextMarker: String(page[page.length - 1]!.version) } : {}) };
  }

  async listLayers(input: ListLayersRequest, context: CallContext): Promise<ListLayersResponse> {
    const latest = new Map<string, LayerVersionRecord>();
    for (const { value } of await layerVersions(this.deps.store).list({ prefix: `${context.account}/${context.region}/` })) {
      if (matches(value, input.CompatibleRuntime, input.CompatibleArchitecture)) latest.set(value.layerName, value);
    }
    const all = [...latest.values()];
    const start = input.Marker ? all.findIndex((record) => record.layerName === input.Marker) + 1 : 0;
    const limit = input.MaxItems ?? 50;
    const page = all.slice(start, start + limit);
    return {
      Layers: page.map((record) => ({ LayerName: record.layerName, LayerArn: layerArn(record.account, record.region, record.layerName), LatestMatchingVersion: listItem(record) })),
      ...(start + limit < all.length ? { NextMarker: page[page.length - 1]!.layerName } : {}),
    };
  }

  private view(record: LayerVersionRecord, context: CallContext): GetLayerVersionResponse {
    return {
      Content: { Location: codeLocation(record.blobId, context, this.deps.clock.now()), CodeSha256: record.codeSha256, CodeSize: record.codeSize },
      LayerArn: layerArn(record.account, record.region, record.layerName),
      ...listItem(record),
    };
  }
}

function matches(record: LayerVersionRecord, runtime?: string, architecture?: string): boolean {
  return (!runtime || (record.compatibleRuntimes ?? []).includes(runtime)) && (!architecture || (record.compatibleArchitectures ?? []).includes(architecture));
}

function listItem(record: LayerVersionRecord): LayerVersionsListItem {
  return {
    LayerVersionArn: layerArn(record.account, record.region, record.layerName, record.version),
    Version: record.version,
    Description: record.description,
    CreatedDate: lambdaTimestamp(record.createdDate),
    ...(record.compatibleRuntimes ? { CompatibleRuntimes: record.compatibleRuntimes as LayerVersionsListItem['CompatibleRuntimes'] } : {}),
    ...(record.compatibleArchitectures ? { CompatibleArchitectures: record.compatibleArchitectures as LayerVersionsListItem['CompatibleArchitectures'] } : {}),
    ...(record.licenseInfo ? { LicenseInfo: record.licenseInfo } : {}),
  };
}
