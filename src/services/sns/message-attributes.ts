import { AwsError } from '../../common/aws-error.js';
import type { MessageAttributeValue } from './api.generated.js';
import type { FilterValue } from './filter-policy.js';

const MAX_ATTRIBUTES = 10;

/** A message attribute as stored and carried through the outbox: binary values as base64. */
export interface StoredMessageAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

function parameterValueInvalid(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, 400);
}

/** Checks Publish's message attributes as SNS does; returns them in stored form. */
export function checkMessageAttributes(attributes: Record<string, MessageAttributeValue> | undefined): Record<string, StoredMessageAttribute> {
  const entries = Object.entries(attributes ?? {});
  if (entries.length > MAX_ATTRIBUTES) {
    throw parameterValueInvalid(`Number of message attributes [${entries.length}] exceeds the allowed maximum [${MAX_ATTRIBUTES}].`);
  }
  const stored: Record<string, StoredMessageAttribute> = {};
  for (const [name, value] of entries) {
    if (!/^[A-Za-z0-9_.-]{1,256}$/.test(name) || name.startsWith('.') || name.endsWith('.') || name.includes('..') || /^(aws\.|amazon\.)/i.test(name)) {
      throw parameterValueInvalid(`The message attribute name '${name}' is invalid.`);
    }
    stored[name] = checkValue(name, value);
  }
  return stored;
}

function checkValue(name: string, value: MessageAttributeValue): StoredMessageAttribute {
  const type = value.DataType ?? '';
  const base = /^(String\.Array|String|Number|Binary)(\..+)?$/.exec(type)?.[1];
  if (!base) {
    throw parameterValueInvalid(`The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`);
  }
  const empty = () => parameterValueInvalid(`The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${base}'.`);
  if (base === 'Binary') {
    if (!value.BinaryValue?.length) throw empty();
    return { DataType: type, BinaryValue: Buffer.from(value.BinaryValue).toString('base64') };
  }
  if (value.StringValue === undefined || value.StringValue === '') throw empty();
  if (base === 'Number' && !Number.isFinite(Number(value.StringValue))) {
    throw parameterValueInvalid(`Could not cast message attribute '${name}' value to number.`);
  }
  if (base === 'String.Array' && !isJsonArray(value.StringValue)) {
    throw parameterValueInvalid(`The message attribute '${name}' with type 'String.Array' has a value that is not a valid JSON array.`);
  }
  return { DataType: type, StringValue: value.StringValue };
}

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

/** The bytes SNS counts against its message size limit: the message and every attribute's name, type and value. */
export function attributesSize(attributes: Record<string, StoredMessageAttribute>): number {
  let size = 0;
  for (const [name, value] of Object.entries(attributes)) {
    size += Buffer.byteLength(name) + Buffer.byteLength(value.DataType);
    size += value.StringValue !== undefined ? Buffer.byteLength(value.StringValue) : Buffer.from(value.BinaryValue ?? '', 'base64').length;
  }
  return size;
}

/** The values a filter policy on MessageAttributes sees: strings, numbers, arrays; binary attributes are not filtered on. */
export function filterDocument(attributes: Record<string, StoredMessageAttribute>): Record<string, FilterValue> {
  const document: Record<string, FilterValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value.StringValue === undefined) continue;
    if (value.DataType.startsWith('String.Array')) document[name] = JSON.parse(value.StringValue) as FilterValue;
    else if (value.DataType.startsWith('Number')) document[name] = Number(value.StringValue);
    else document[name] = value.StringValue;
  }
  return document;
}
