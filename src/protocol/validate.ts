import type { ServiceModel, ShapeRef } from './model.js';
import { isObject } from './shape-reader.js';

export interface ValidationOptions {
  /** Whether enum values are checked; most services accept unknown values and decide themselves. */
  enums: boolean;
}

/**
 * Checks an input against the model's constraints as AWS's front ends do: required members,
 * lengths of strings, lists, maps and blobs, numeric ranges and (where asked) enum values.
 * Returns AWS's message ("1 validation error detected: …"), or undefined when the input is valid.
 */
export function validateInput(model: ServiceModel, input: Record<string, unknown>, ref: ShapeRef | undefined, options: ValidationOptions): string | undefined {
  if (!ref) return undefined;
  const problems: string[] = [];
  check(model, input, ref, '', problems, options);
  if (!problems.length) return undefined;
  const count = problems.length;
  return `${count} validation error${count > 1 ? 's' : ''} detected: ${problems.join('; ')}`;
}

function check(model: ServiceModel, value: unknown, ref: ShapeRef, path: string, problems: string[], options: ValidationOptions): void {
  const shape = model.shapes[ref.shape]!;
  const fail = (constraint: string) => problems.push(`Value ${describe(value)} at '${path}' failed to satisfy constraint: ${constraint}`);
  switch (shape.type) {
    case 'structure': {
      if (!isObject(value)) return;
      for (const member of shape.required ?? []) {
        if (value[member] === undefined) {
          problems.push(`Value null at '${join(path, member)}' failed to satisfy constraint: Member must not be null`);
        }
      }
      for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
        if (value[member] !== undefined) check(model, value[member], memberRef, join(path, member), problems, options);
      }
      return;
    }
    case 'list':
    case 'map': {
      const size = Array.isArray(value) ? value.length : isObject(value) ? Object.keys(value).length : 0;
      checkLength(size, shape.min, shape.max, fail);
      if (Array.isArray(value)) value.forEach((item, i) => check(model, item, shape.member!, `${path}.${i + 1}.member`, problems, options));
      else if (isObject(value)) for (const [key, item] of Object.entries(value)) check(model, item, shape.value!, `${path}.${key}`, problems, options);
      return;
    }
    case 'string':
      if (typeof value !== 'string') return;
      checkLength([...value].length, shape.min, shape.max, fail);
      if (options.enums && shape.enum && !shape.enum.includes(value)) fail(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
      return;
    case 'blob':
      if (value instanceof Uint8Array) checkLength(value.length, shape.min, shape.max, fail);
      return;
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
      if (typeof value !== 'number') return;
      if (shape.min !== undefined && value < shape.min) fail(`Member must have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value > shape.max) fail(`Member must have value less than or equal to ${shape.max}`);
      return;
    default:
      return;
  }
}

function checkLength(size: number, min: number | undefined, max: number | undefined, fail: (c: string) => void): void {
  if (min !== undefined && size < min) fail(`Member must have length greater than or equal to ${min}`);
  if (max !== undefined && size > max) fail(`Member must have length less than or equal to ${max}`);
}

function join(path: string, member: string): string {
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  return path ? `${path}.${name}` : name;
}

function describe(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return `'${value}'`;
  if (value instanceof Uint8Array) return `java.nio.HeapByteBuffer[pos=0 lim=${value.length} cap=${value.length}]`;
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? `[${value.length} items]` : '{…}';
  return String(value);
}
