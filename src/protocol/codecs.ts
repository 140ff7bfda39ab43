import type { Codec } from './codec.js';
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
