import { AwsError } from '../common/aws-error.js';
import type { ServiceModel, ShapeRef } from './model.js';
import { parseTimestamp } from './timestamps.js';

/**
 * Turns wire values (JSON values, or the strings of query forms and XML text) into input values
 * of the model's types: numbers, booleans, Dates, Buffers, nested structures, lists and maps.
 * `invalid` builds the protocol's own error for a value of the wrong type.
 */
export class ShapeReader {
  constructor(
    private readonly model: ServiceModel,
    private readonly invalid: (message: string) => AwsError,
    private readonly memberName: (member: string, ref: ShapeRef) => string = (member, ref) => ref.locationName ?? member,
  ) {}

  read(value: unknown, ref: ShapeRef, path = ''): unknown {
    if (value === null || value === undefined) return undefined;
    const shape = this.model.shapes[ref.shape]!;
    switch (shape.type) {
      case 'structure':
        return this.structure(value, ref, path);
      case 'list': {
        if (!Array.isArray(value)) throw this.mismatch('list', value, path);
        return value.map((item, i) => this.read(item, shape.member!, `${path}[${i}]`));
      }
      case 'map': {
        if (!isObject(value)) throw this.mismatch('map', value, path);
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(value)) out[key] = this.read(item, shape.value!, `${path}.${key}`);
        return out;
      }
      case 'boolean':
        if (typeof value === 'boolean') return value;
        if (value === 'true' || value === 'false') return value === 'true';
        throw this.mismatch('boolean', value, path);
      case 'timestamp': {
        const date = parseTimestamp(value);
        if (!date) throw this.mismatch('timestamp', value, path);
        return date;
      }
      case 'blob':
        if (typeof value !== 'string') throw this.mismatch('blob', value, path);
        return Buffer.from(value, 'base64');
      case 'string':
        if (typeof value !== 'string') throw this.mismatch('string', value, path);
        return value;
      default:
        return shape.document ? value : this.number(value, shape.type, path);
    }
  }

  private structure(value: unknown, ref: ShapeRef, path: string): Record<string, unknown> {
    if (!isObject(value)) throw this.mismatch('structure', value, path);
    const shape = this.model.shapes[ref.shape]!;
    const out: Record<string, unknown> = {};
    for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
      const wire = value[this.memberName(member, memberRef)];
      const read = this.read(wire, memberRef, path ? `${path}.${member}` : member);
      if (read !== undefined) out[member] = read;
    }
    return out;
  }

  private number(value: unknown, type: string, path: string): number {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    const integral = type !== 'float' && type !== 'double' && type !== 'bigdecimal';
    if (Number.isNaN(n) && !(typeof value === 'string' && value === 'NaN' && !integral)) throw this.mismatch(type, value, path);
    if (integral && !Number.isInteger(n)) throw this.mismatch(type, value, path);
    return n;
  }

  private mismatch(expected: string, value: unknown, path: string): AwsError {
    return this.invalid(`Value ${JSON.stringify(value)} at '${path}' is not a valid ${expected}.`);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
