import { Tag } from 'cbor-x';
import type { AwsError } from '../common/aws-error.js';
import { serializationError } from './errors.js';
import { shapeOf, type ServiceModel, type ShapeRef } from './model.js';
import { parseTimestamp } from './timestamps.js';

/**
 * Converts between decoded CBOR items and plain values of the model's types, as the
 * smithy-rpc-v2-cbor protocol lays them out: timestamps are tag 1 epoch seconds, blobs are byte
 * strings, structures and maps are CBOR maps keyed by member name.
 */

/** An object property set as data, so a map key such as `__proto__` stays a key. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Reads a decoded CBOR item (maps decoded as `Map`) as a value of the shape `ref` names. */
export function fromCbor(item: unknown, ref: ShapeRef, model: ServiceModel, path: string): unknown {
  const shape = shapeOf(model, ref);
  if (shape.document) return item;
  switch (shape.type) {
    case 'structure': {
      const entries = asMap(item, path);
      const result: Record<string, unknown> = {};
      for (const [name, memberRef] of Object.entries(shape.members ?? {})) {
        const value = entries.get(name);
        if (value === undefined || value === null) continue;
        result[name] = fromCbor(value, memberRef, model, `${path}.${name}`);
      }
      return result;
    }
    case 'list': {
      if (!Array.isArray(item)) throw mismatch(path, 'a list');
      return item.map((value, index) => (value === null ? null : fromCbor(value, shape.member!, model, `${path}[${index}]`)));
    }
    case 'map': {
      const result: Record<string, unknown> = {};
      for (const [key, value] of asMap(item, path)) {
        if (typeof key !== 'string') throw mismatch(path, 'a map with string keys');
        setOwn(result, key, value === null ? null : fromCbor(value, shape.value!, model, `${path}.${key}`));
      }
      return result;
    }
    case 'string':
      if (typeof item !== 'string') throw mismatch(path, 'a string');
      return item;
    case 'boolean':
      if (typeof item !== 'boolean') throw mismatch(path, 'a boolean');
      return item;
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
      if (typeof item === 'bigint') return Number(item);
      if (typeof item !== 'number' || !Number.isInteger(item)) throw mismatch(path, 'an integer');
      return item;
    case 'float':
    case 'double':
      if (typeof item !== 'number') throw mismatch(path, 'a number');
      return item;
    case 'timestamp':
      return timestampFrom(item, path);
    case 'blob':
      if (!(item instanceof Uint8Array)) throw mismatch(path, 'a byte string');
      return Buffer.from(item.buffer, item.byteOffset, item.byteLength);
    default:
      return item;
  }
}

/** Writes a plain value of the shape `ref` names as an item for the CBOR encoder. */
export function toCbor(value: unknown, ref: ShapeRef, model: ServiceModel): unknown {
  const shape = shapeOf(model, ref);
  if (shape.document) return value;
  switch (shape.type) {
    case 'structure': {
      const source = value as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const [name, memberRef] of Object.entries(shape.members ?? {})) {
        const member = source[name];
        if (member === undefined || member === null) continue;
        result[name] = toCbor(member, memberRef, model);
      }
      return result;
    }
    case 'list':
      return (value as unknown[]).map((item) => (item === null ? null : toCbor(item, shape.member!, model)));
    case 'map': {
      const result: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        setOwn(result, key, item === null ? null : toCbor(item, shape.value!, model));
      }
      return result;
    }
    case 'timestamp': {
      const date = parseTimestamp(value);
      return date ? new Tag(date.getTime() / 1000, 1) : value;
    }
    case 'blob':
      return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value as Uint8Array);
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      return typeof value === 'bigint' ? Number(value) : value;
    default:
      return value;
  }
}

function asMap(item: unknown, path: string): Map<unknown, unknown> {
  if (item instanceof Map) return item;
  throw mismatch(path, 'a map');
}

function timestampFrom(item: unknown, path: string): Date {
  if (item instanceof Date && !Number.isNaN(item.getTime())) return item;
  if (item instanceof Tag && item.tag === 1 && typeof item.value === 'number') return new Date(item.value * 1000);
  if (typeof item === 'number') return new Date(item * 1000);
  throw mismatch(path, 'a timestamp (tag 1 epoch seconds)');
}

function mismatch(path: string, expected: string): AwsError {
  return serializationError(`Expected ${expected} at ${path}`);
}
