// Generates src/services/<service>/api.generated.ts from models/<service>.json: one type per
// structure and enum the operations reach, and one interface with a method per operation.
// Usage: npm run models:generate -- sts s3 sqs   (no arguments: every service folder that exists)
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type ServiceModel, type Shape, type ShapeRef } from '../src/protocol/model.js';

const SERVICES_DIR = new URL('../../src/services/', import.meta.url).pathname;

function pascal(name: string): string {
  return name.replace(/(^|[-_ ])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

class Generator {
  private readonly emitted = new Set<string>();
  private readonly declarations: string[] = [];
  private usesReadable = false;

  constructor(private readonly model: ServiceModel) {}

  typeOf(ref: ShapeRef): string {
    const shape = this.model.shapes[ref.shape]!;
    switch (shape.type) {
      case 'structure':
        this.declareStructure(ref.shape, shape);
        // An event stream is its events, each a structure with one member set, produced over time.
        return shape.eventstream ? `AsyncIterable<${safeName(ref.shape)}>` : safeName(ref.shape);
      case 'list':
        return `Array<${this.typeOf(shape.member!)}>`;
      case 'map':
        return `Record<string, ${this.typeOf(shape.value!)}>`;
      case 'string':
        if (shape.enum) {
          this.declareEnum(ref.shape, shape.enum);
          return safeName(ref.shape);
        }
        return 'string';
      case 'boolean':
        return 'boolean';
      case 'timestamp':
        return 'Date';
      case 'blob':
        if (shape.streaming || ref.streaming) {
          this.usesReadable = true;
          return 'Readable | Uint8Array';
        }
        return 'Uint8Array';
      default:
        return shape.document ? 'unknown' : 'number';
    }
  }

  private declareEnum(name: string, values: string[]): void {
    if (this.emitted.has(name)) return;
    this.emitted.add(name);
    this.declarations.push(`export type ${safeName(name)} = ${values.map((v) => JSON.stringify(v)).join(' | ')};\n`);
  }

  private declareStructure(name: string, shape: Shape): void {
    if (this.emitted.has(name)) return;
    this.emitted.add(name);
    const required = new Set(shape.required ?? []);
    const lines: string[] = [];
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      const optional = required.has(member) ? '' : '?';
      lines.push(`  ${JSON.stringify(member)}${optional}: ${this.typeOf(ref)};`);
    }
    this.declarations.push(`export interface ${safeName(name)} {\n${lines.join('\n')}\n}\n`);
  }

  render(service: string): string {
    const methods: string[] = [];
    for (const [name, operation] of Object.entries(this.model.operations)) {
      const input = operation.input ? this.typeOf(operation.input) : 'Record<string, never>';
      const output = operation.output ? this.typeOf(operation.output) : 'void';
      methods.push(`  ${lowerFirst(name)}(input: ${input}, context: CallContext): Promise<${output}>;`);
    }
    const imports = [`import type { CallContext } from '../../common/call-context.js';`];
    if (this.usesReadable) imports.unshift(`import type { Readable } from 'node:stream';`);
    return [
      `// Generated from models/${service}.json by scripts/generate-api.ts. Do not edit.`,
      ...imports,
      '',
      ...this.declarations,
      `/** Every operation of the ${this.model.metadata.serviceId} model; a provider implements the ones Nimbus serves. */`,
      `export interface ${pascal(service)}Operations {`,
      ...methods,
      '}',
      '',
    ].join('\n');
  }
}

const RESERVED = new Set(['Object', 'String', 'Number', 'Boolean', 'Date', 'Error', 'Function', 'Array', 'Record', 'Readable', 'Promise', 'Symbol', 'Map', 'Set', 'CallContext']);

function safeName(name: string): string {
  return RESERVED.has(name) ? `${name}Shape` : name;
}

const requested = process.argv.slice(2);
const services = requested.length
  ? requested
  : readdirSync(SERVICES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
for (const service of services) {
  const dir = join(SERVICES_DIR, service);
  if (!existsSync(dir)) throw new Error(`no folder src/services/${service}`);
  writeFileSync(join(dir, 'api.generated.ts'), new Generator(loadModel(service)).render(service));
  console.log(`generated src/services/${service}/api.generated.ts`);
}
