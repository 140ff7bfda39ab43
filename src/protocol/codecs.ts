import { AwsError } from '../common/aws-error.js';
import type { Codec } from './codec.js';
import { unknownOperation } from './errors.js';
import type { ProtocolName } from './model.js';

/**
 * One codec per wire protocol, imported the first time a request speaks it: the XML and CBOR
 * libraries cost more start-up time than the whole gateway.
 */
const CODEC_LOADERS: Record<ProtocolName, () => Promise<Codec>> = {
  json: async () => (await import('./json.js')).jsonCodec,
  query: async () => (await import('./query.js')).queryCodec,
  'rest-xml': async () => (await import('./rest-xml.js')).restXmlCodec,
  'rest-json': async () => (await import('./rest-json.js')).restJsonCodec,
  ec2: async () => (await import('./ec2.js')).ec2Codec,
  'smithy-rpc-v2-cbor': async () => (await import('./cbor.js')).cborCodec,
};

const loaded = new Map<ProtocolName, Codec>();

export async function codecFor(protocol: ProtocolName): Promise<Codec> {
  let codec = loaded.get(protocol);
  if (!codec) {
    codec = await CODEC_LOADERS[protocol]();
    loaded.set(protocol, codec);
  }
  return codec;
}

/** The error code a protocol uses for input that breaks the model's constraints. */
export const VALIDATION_ERROR_CODE: Record<ProtocolName, string> = {
  json: 'ValidationException',
  'rest-json': 'ValidationException',
  'smithy-rpc-v2-cbor': 'ValidationException',
  query: 'ValidationError',
  ec2: 'InvalidParameterValue',
  'rest-xml': 'InvalidArgument',
};

/** What a protocol answers when a request names no operation of the model (`name` is what it named, if anything). */
export const UNKNOWN_OPERATION_ERROR: Record<ProtocolName, (name: string | undefined, apiVersion: string) => AwsError> = {
  json: unknownOperation,
  'rest-json': unknownOperation,
  'smithy-rpc-v2-cbor': unknownOperation,
  'rest-xml': unknownOperation,
  query: (name, version) => (name ? new AwsError('InvalidAction', `Could not find operation ${name} for version ${version}`, 400) : missingAction()),
  ec2: (name) => (name ? new AwsError('InvalidAction', `The action ${name} is not valid for this web service.`, 400) : missingAction()),
};

function missingAction(): AwsError {
  return new AwsError('MissingAction', 'The request is missing an action or a required parameter.', 400);
}
