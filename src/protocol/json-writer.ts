import type { ServiceModel, ShapeRef, TimestampFormat } from './model.js';
import { formatTimestamp } from './timestamps.js';

/**
 * Turns output values into plain JSON values by their shapes: member names from `locationName`
 * (rest-json) or the member name itself (awsJson never renames body members),
 * timestamps as epoch seconds (or the member's format), blobs as base64. Shared by the json and
 * rest-json codecs.
 */
export function toJsonValue(
  model: ServiceModel,
  value: unknown,
  ref: ShapeRef,
  defaultTimestamp: TimestampFormat = 'unixTimestamp',
  nameOf: (member: string, ref: ShapeRef) => string = (member, memberRef) => memberRef.locationName ?? member,
): unknown {
  if (value === undefined || value === null) return undefined;
  const shape = model.shapes[ref.shape]!;
  switch (shape.type) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
        if (memberRef.location) continue;
        const child = toJsonValue(model, (value as Record<string, unknown>)[member], memberRef, defaultTimestamp, nameOf);
        if (child !== undefined) out[nameOf(member, memberRef)] = child;
      }
      return out;
    }
    case 'list':
      return (value as unknown[]).map((item) => toJsonValue(model, item, shape.member!, defaultTimestamp, nameOf));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        out[key] = toJsonValue(model, item, shape.value!, defaultTimestamp, nameOf);
      }
      return out;
    }
    case 'timestamp':
      return formatTimestamp(value as Date, ref.timestampFormat ?? shape.timestampFormat ?? defaultTimestamp);
    case 'blob':
      return Buffer.from(value as Uint8Array).toString('base64');
    default:
      return value;
  }
}
