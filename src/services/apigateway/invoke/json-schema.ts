import type { Model } from '../api.generated.js';

type Schema = Record<string, unknown>;

/** JSON Schema draft 4, the parts API Gateway models use: type, required, properties, items, enum, bounds, patterns, $ref to models. */
export function schemaErrors(schema: Schema, value: unknown, models: Record<string, Model>, path = '$'): string[] {
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').pop()!;
    const model = models[name];
    return model?.schema ? schemaErrors(JSON.parse(model.schema) as Schema, value, models, path) : [];
  }
  const errors: string[] = [];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.length && !types.some((type) => isType(value, String(type)))) return [`${path}: expected ${types.join('|')}`];
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) errors.push(`${path}: not in enum`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: too short`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${path}: too long`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: pattern`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: too few items`);
    if (schema.items && typeof schema.items === 'object') value.forEach((item, index) => errors.push(...schemaErrors(schema.items as Schema, item, models, `${path}[${index}]`)));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of (schema.required as string[] | undefined) ?? []) if (!(name in record)) errors.push(`${path}.${name}: required`);
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [name, sub] of Object.entries(properties)) if (name in record) errors.push(...schemaErrors(sub, record[name], models, `${path}.${name}`));
    if (schema.additionalProperties === false) {
      for (const name of Object.keys(record)) if (!(name in properties)) errors.push(`${path}.${name}: not allowed`);
    }
  }
  return errors;
}

function isType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    default: return true;
  }
}
