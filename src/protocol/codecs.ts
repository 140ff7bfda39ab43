import type { Codec } from './codec.js';
import { jsonCodec } from './json.js';
import type { ProtocolName } from './model.js';
import { queryCodec } from './query.js';
import { restXmlCodec } from './rest-xml.js';

/** One codec per wire protocol; the gateway picks by the protocol a request speaks. */
export const CODECS: Partial<Record<ProtocolName, Codec>> = {
  json: jsonCodec,
  query: queryCodec,
  'rest-xml': restXmlCodec,
};

/** The error code a protocol uses for input that breaks the model's constraints. */
export const VALIDATION_ERROR_CODE: Record<ProtocolName, string> = {
  json: 'ValidationException',
  'rest-json': 'ValidationException',
  'smithy-rpc-v2-cbor': 'ValidationException',
  query: 'ValidationError',
  ec2: 'InvalidParameterValue',
  'rest-xml': 'InvalidArgument',
};
