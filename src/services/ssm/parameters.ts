import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  DeleteParameterRequest, DeleteParameterResult, DeleteParametersRequest, DeleteParametersResult, GetParameterHistoryRequest,
  GetParameterHistoryResult, GetParameterRequest, GetParameterResult, GetParametersRequest, GetParametersResult,
  LabelParameterVersionRequest, LabelParameterVersionResult, Parameter, ParameterTier, PutParameterRequest, PutParameterResult,
  UnlabelParameterVersionRequest, UnlabelParameterVersionResult,
} from './api.generated.js';
import { parameterNotFound, validation, versionNotFound } from './errors.js';
import { checkPolicies, inlinePolicies } from './policies.js';
import { findPublicParameter, isPublicName } from './public-parameters.js';
import { decryptValue, DEFAULT_KEY_ID, encryptValue, requireUsableKey } from './secure-string.js';
import { latest, parameterArn, parameterKey, parameters, type ParameterRecord, type ParameterVersionRecord } from './state.js';

const NAME = /^[a-zA-Z0-9_.\-/]{1,2048}$/;
const MAX_VERSIONS = 100;
const MAX_LABELS = 10;
const LIMITS: Record<string, number> = { Standard: 4096, Advanced: 8192 };

/** Parameters and their versions: put, get (with selectors), history, labels, delete. */
export class Parameters {
  constructor(private readonly deps: ServiceDeps) {}

  async putParameter(input: PutParameterRequest, context: CallContext): Promise<PutParameterResult> {
    checkName(input.Name);
    if (input.Tags?.length && input.Overwrite) {
      throw validation("Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.");
    }
    if (input.AllowedPattern !== undefined && !new RegExp(`^(?:${input.AllowedPattern})$`).test(input.Value)) {
      throw new AwsError('ParameterPatternMismatchException', `Parameter value, cannot be validated against allowedPattern: ${input.AllowedPattern}`);
    }
    const dataType = input.DataType ?? 'text';
    if (!['text', 'aws:ec2:image', 'aws:ssm:integration'].includes(dataType)) throw validation(`The following data type is not supported: ${dataType} (Data type names are all lowercase.)`);
    const key = parameterKey(context.account, context.region, input.Name);
    const existing = await parameters(this.deps.store).get(key);
    const type = input.Type ?? (existing ? latest(existing).type : undefined);
    if (!type) throw validation('A parameter type is required when you create a parameter.');
    const keyId = type === 'SecureString' ? input.KeyId ?? (existing && latest(existing).keyId) ?? DEFAULT_KEY_ID : undefined;
    if (input.KeyId && type !== 'SecureString') throw validation('KeyId is required for SecureString type parameter only.');
    if (input.Policies !== undefined) checkPolicies(input.Policies);
    const tier = tierFor(input.Tier, input.Value, existing, input.Policies !== undefined);
    if (keyId) await requireUsableKey(this.deps.bus, context.account, context.region, keyId);
    const value = keyId ? await encryptValue(this.deps.store, `${context.account}/${context.region}`, keyId, input.Value) : input.Value;
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (tx) => {
      const current = await parameters(tx).get(key);
      if (current && !input.Overwrite) {
        throw new AwsError('ParameterAlreadyExists', 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.');
      }
      const previous = current ? latest(current) : undefined;
      const record: ParameterRecord = current ?? { account: context.account, region: context.region, name: input.Name, versions: [], tags: input.Tags ?? [] };
      if (record.versions.length >= MAX_VERSIONS) {
        if (record.versions[0]!.labels.length) {
          throw new AwsError('ParameterMaxVersionLimitExceeded', `You attempted to create a new version of ${input.Name} by calling the PutParameter API with the overwrite flag. Version ${record.versions[0]!.version}, the oldest version, can't be deleted because it has a label associated with it. Move the label to another version of the parameter, and try again.`);
        }
        record.versions.shift();
      }
      const version: ParameterVersionRecord = {
        version: (previous?.version ?? 0) + 1, value, type, keyId, tier, dataType, labels: [],
        description: input.Description ?? previous?.description, allowedPattern: input.AllowedPattern ?? previous?.allowedPattern,
        policies: input.Policies ?? previous?.policies, lastModifiedDate: now, lastModifiedUser: `arn:aws:iam::${context.account}:root`,
      };
      record.versions.push(version);
      await parameters(tx).put(key, record);
      return { Version: version.version, Tier: tier };
    });
  }

  async getParameter(input: GetParameterRequest, context: CallContext): Promise<GetParameterResult> {
    const { name, selector } = splitSelector(input.Name);
    const record = await this.find(name, context);
    if (!record) throw parameterNotFound(input.Name);
    const version = select(record, selector);
    if (!version) throw versionNotFound(name, selector!.slice(1));
    return { Parameter: await this.view(record, version, input.WithDecryption, selector) };
  }

  async getParameters(input: GetParametersRequest, context: CallContext): Promise<GetParametersResult> {
    const found: Parameter[] = [];
    const invalid: string[] = [];
    for (const requested of input.Names) {
      const { name, selector } = splitSelector(requested);
      const record = await this.find(name, context);
      const version = record && select(record, selector);
      if (record && version) found.push(await this.view(record, version, input.WithDecryption, selector));
      else invalid.push(requested);
    }
    // AWS lists GetParameters results in alphabetical order of name, whatever order they were asked in.
    found.sort((a, b) => (a.Name! < b.Name! ? -1 : a.Name! > b.Name! ? 1 : 0));
    return { Parameters: found, InvalidParameters: invalid };
  }

  async getParameterHistory(input: GetParameterHistoryRequest, context: CallContext): Promise<GetParameterHistoryResult> {
    const record = await this.find(input.Name, context);
    if (!record) throw parameterNotFound(input.Name);
    const start = input.NextToken ? Number(input.NextToken) : 0;
    const end = start + (input.MaxResults ?? 50);
    const history = [];
    for (const version of record.versions.slice(start, end)) {
      const { Value } = await this.view(record, version, input.WithDecryption);
      history.push({
        Name: record.name, Type: version.type, KeyId: version.keyId, LastModifiedDate: new Date(version.lastModifiedDate),
        LastModifiedUser: version.lastModifiedUser, Description: version.description, Value, AllowedPattern: version.allowedPattern,
        Version: version.version, Labels: version.labels, Tier: version.tier, Policies: inlinePolicies(version.policies), DataType: version.dataType,
      });
    }
    return { Parameters: history, NextToken: end < record.versions.length ? String(end) : undefined };
  }

  async labelParameterVersion(input: LabelParameterVersionRequest, context: CallContext): Promise<LabelParameterVersionResult> {
    return this.deps.store.transaction(async (tx) => {
      const key = parameterKey(context.account, context.region, input.Name);
      const record = await parameters(tx).get(key);
      if (!record) throw parameterNotFound(input.Name);
      const target = input.ParameterVersion === undefined ? latest(record) : record.versions.find((version) => version.version === input.ParameterVersion);
      if (!target) throw versionNotFound(input.Name, String(input.ParameterVersion));
      const invalid = input.Labels.filter((label) => !validLabel(label));
      for (const label of input.Labels.filter(validLabel)) {
        for (const version of record.versions) version.labels = version.labels.filter((existing) => existing !== label);
        target.labels.push(label);
      }
      if (target.labels.length > MAX_LABELS) {
        throw new AwsError('ParameterVersionLabelLimitExceeded', 'A parameter version can have maximum 10 labels. Move one or more labels to another version and try again.');
      }
      await parameters(tx).put(key, record);
      return { InvalidLabels: invalid, ParameterVersion: target.version };
    });
  }

  async unlabelParameterVersion(input: UnlabelParameterVersionRequest, context: CallContext): Promise<UnlabelParameterVersionResult> {
    return this.deps.store.transaction(async (tx) => {
      const key = parameterKey(context.account, context.region, input.Name);
      const record = await parameters(tx).get(key);
      if (!record) throw parameterNotFound(input.Name);
      const target = record.versions.find((version) => version.version === input.ParameterVersion);
      if (!target) throw versionNotFound(input.Name, String(input.ParameterVersion));
      const removed = input.Labels.filter((label) => target.labels.includes(label));
      target.labels = target.labels.filter((label) => !removed.includes(label));
      await parameters(tx).put(key, record);
      return { RemovedLabels: removed, InvalidLabels: input.Labels.filter((label) => !removed.includes(label)) };
    });
  }

  async deleteParameter(input: DeleteParameterRequest, context: CallContext): Promise<DeleteParameterResult> {
    if (!(await parameters(this.deps.store).delete(parameterKey(context.account, context.region, input.Name)))) throw parameterNotFound(input.Name);
    return {};
  }

  async deleteParameters(input: DeleteParametersRequest, context: CallContext): Promise<DeleteParametersResult> {
    const deleted: string[] = [];
    const invalid: string[] = [];
    for (const name of input.Names) {
      if (await parameters(this.deps.store).delete(parameterKey(context.account, context.region, name))) deleted.push(name);
      else invalid.push(name);
    }
    return { DeletedParameters: deleted, InvalidParameters: invalid };
  }

  async find(name: string, context: CallContext): Promise<ParameterRecord | undefined> {
    if (isPublicName(name)) return findPublicParameter(context.region, name);
    return parameters(this.deps.store).get(parameterKey(context.account, context.region, name));
  }

  /** A parameter as GetParameter shows it; SecureString values stay sealed unless decryption is asked for. */
  async view(record: ParameterRecord, version: ParameterVersionRecord, withDecryption: boolean | undefined, selector?: string): Promise<Parameter> {
    const decrypt = version.keyId !== undefined && withDecryption === true;
    if (decrypt) await requireUsableKey(this.deps.bus, record.account, record.region, version.keyId!);
    const value = decrypt ? await decryptValue(this.deps.store, `${record.account}/${record.region}`, version.keyId!, version.value) : version.value;
    return {
      Name: record.name, Type: version.type, Value: value, Version: version.version, Selector: selector,
      LastModifiedDate: new Date(version.lastModifiedDate), ARN: parameterArn(record.account, record.region, record.name), DataType: version.dataType,
    };
  }
}

function checkName(name: string): void {
  if (!NAME.test(name)) throw validation('Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_');
  if (name.includes('/') && !name.startsWith('/')) throw validation('Parameter name must be a fully qualified name.');
  if (/^\/?(aws|ssm)/i.test(name)) throw validation('No access to reserved parameter name: ' + name + '.');
}

/** Intelligent-Tiering picks Advanced for values over the standard limit and for parameters with policies. */
function tierFor(requested: ParameterTier | undefined, value: string, existing: ParameterRecord | undefined, policies: boolean): ParameterTier {
  const before = existing ? latest(existing).tier : 'Standard';
  const tier = requested === 'Intelligent-Tiering' ? (value.length > LIMITS.Standard! || policies ? 'Advanced' : before) : requested ?? before;
  if (before === 'Advanced' && tier === 'Standard') throw validation('This parameter uses the advanced-parameter tier. You can\'t downgrade a parameter from the advanced-parameter tier to the standard-parameter tier. If necessary, you can delete the advanced parameter and recreate it as a standard parameter.');
  if (value.length > LIMITS[tier]!) throw validation(`${tier} tier parameters support a maximum parameter value of ${LIMITS[tier]} characters.`);
  return tier;
}

function splitSelector(requested: string): { name: string; selector?: string } {
  const colon = requested.indexOf(':');
  return colon < 0 ? { name: requested } : { name: requested.slice(0, colon), selector: requested.slice(colon) };
}

/** `:3` picks version 3, `:prod` the version labelled prod; no selector, the latest. */
function select(record: ParameterRecord, selector: string | undefined): ParameterVersionRecord | undefined {
  if (!selector) return latest(record);
  const part = selector.slice(1);
  if (/^\d+$/.test(part)) return record.versions.find((version) => version.version === Number(part));
  return record.versions.find((version) => version.labels.includes(part));
}

function validLabel(label: string): boolean {
  return label.length <= 100 && !/^\d/.test(label) && !/^(aws|ssm)/i.test(label) && /^[a-zA-Z0-9_.-]+$/.test(label);
}
