import type { MessageAttributeValue } from './api.generated.js';
import { invalidMessageContents, invalidParameterValue, missingParameter } from './errors.js';
import type { StoredAttributeValue } from './state.js';

const MAX_ATTRIBUTES = 10;
const ALLOWED_CHARACTERS = '#x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF';

/** A body holds XML's characters only, and must not be empty. */
export function checkBody(body: string | undefined): string {
  if (body === undefined || body === '') throw missingParameter('MessageBody');
  for (const char of body) {
    const code = char.codePointAt(0)!;
    if (!isAllowed(code)) {
      throw invalidMessageContents(`Invalid binary character '#x${code.toString(16).toUpperCase()}' was found in the message body, the set of allowed characters is ${ALLOWED_CHARACTERS}`);
    }
  }
  return body;
}

function isAllowed(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd
    || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** The body and every attribute's name, type and value count against the queue's MaximumMessageSize. */
export function checkSize(body: string, attributes: Record<string, StoredAttributeValue>, maximum: number): void {
  let size = Buffer.byteLength(body, 'utf8');
  for (const [name, value] of Object.entries(attributes)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(value.DataType);
    if (value.StringValue !== undefined) size += Buffer.byteLength(value.StringValue);
    if (value.BinaryValue !== undefined) size += Buffer.from(value.BinaryValue, 'base64').length;
  }
  if (size > maximum) {
    throw invalidParameterValue(`One or more parameters are invalid. Reason: Message must be shorter than ${maximum} bytes.`);
  }
}

/** Checks message attributes as SQS does and returns them in their stored form. */
export function checkMessageAttributes(attributes: Record<string, MessageAttributeValue> | undefined): Record<string, StoredAttributeValue> {
  const entries = Object.entries(attributes ?? {});
  if (entries.length > MAX_ATTRIBUTES) {
    throw invalidParameterValue(`Number of message attributes [${entries.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`);
  }
  const out: Record<string, StoredAttributeValue> = {};
  for (const [name, value] of entries) {
    checkAttributeName(name);
    out[name] = checkAttributeValue(name, value, 'message (user)');
  }
  return out;
}

/** The only system attribute a sender may set is AWSTraceHeader, a string. */
export function checkSystemAttributes(attributes: Record<string, MessageAttributeValue> | undefined): Record<string, StoredAttributeValue> {
  const out: Record<string, StoredAttributeValue> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (name !== 'AWSTraceHeader') throw invalidParameterValue(`Message system attribute name '${name}' is invalid.`);
    const stored = checkAttributeValue(name, value, 'message system');
    if (stored.StringValue === undefined) {
      throw invalidParameterValue(`The message system attribute '${name}' must contain a String value.`);
    }
    out[name] = stored;
  }
  return out;
}

function checkAttributeName(name: string): void {
  const valid = name.length >= 1 && name.length <= 256
    && /^[A-Za-z0-9_.-]+$/.test(name)
    && !name.startsWith('.') && !name.endsWith('.') && !name.includes('..')
    && !/^(aws\.|amazon\.)/i.test(name);
  if (!valid) {
    throw invalidParameterValue(`Message (user) attribute name '${name}' is invalid. The attribute name can contain only alphanumeric characters, hyphens, underscores and periods, cannot start or end with a period or have consecutive periods, and cannot start with 'AWS.' or 'Amazon.'.`);
  }
}

function checkAttributeValue(name: string, value: MessageAttributeValue, kind: string): StoredAttributeValue {
  const type = value.DataType ?? '';
  if (!type) throw invalidParameterValue(`The ${kind} attribute '${name}' must contain non-empty ${kind} attribute type.`);
  const base = /^(String|Number|Binary)(\..+)?$/.exec(type)?.[1];
  if (!base) {
    throw invalidParameterValue(`The type of ${kind} attribute '${name}' is invalid. You must use only the following supported type prefixes: Binary, Number, String.`);
  }
  if (value.StringListValues?.length || value.BinaryListValues?.length) {
    throw invalidParameterValue(`Message attribute list values in SendMessage operation are not supported.`);
  }
  const empty = () => invalidParameterValue(`The ${kind} attribute '${name}' must contain non-empty ${kind} attribute value for ${kind} attribute type '${base}'.`);
  if (base === 'Binary') {
    if (!value.BinaryValue?.length) throw empty();
    if (value.StringValue !== undefined) throw invalidParameterValue(`The ${kind} attribute '${name}' with type 'Binary' must use field 'Binary'.`);
    return { DataType: type, BinaryValue: Buffer.from(value.BinaryValue).toString('base64') };
  }
  if (value.StringValue === undefined || value.StringValue === '') throw empty();
  if (value.BinaryValue !== undefined) throw invalidParameterValue(`The ${kind} attribute '${name}' with type '${base}' must use field 'String'.`);
  if (base === 'Number' && !isSqsNumber(value.StringValue)) {
    throw invalidParameterValue(`Can't cast the value of ${kind} attribute '${name}' to a number.`);
  }
  checkBody(value.StringValue);
  return { DataType: type, StringValue: value.StringValue };
}

/** SQS numbers: up to 38 digits of precision, between -10^128 and 10^126. */
function isSqsNumber(text: string): boolean {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return false;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= 1e126;
}
