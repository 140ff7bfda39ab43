import { formatTimestamp } from './timestamps.js';
import type { ServiceModel, ShapeRef, TimestampFormat } from './model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r\n]/g, (c) => ESCAPES[c]!);
}

/**
 * Serialises values to XML by their shapes, as the query, ec2 and rest-xml protocols do: member
 * names from `locationName`, wrapped or flattened lists and maps, attributes, namespaces.
 */
export class XmlWriter {
  private readonly parts: string[] = [];

  constructor(
    private readonly model: ServiceModel,
    private readonly options: { listMemberDefault: string; timestampFormat: TimestampFormat } = {
      listMemberDefault: 'member',
      timestampFormat: 'iso8601',
    },
  ) {}

  /** Writes `<name>` with the members of a structure value inside it. */
  element(name: string, value: unknown, ref: ShapeRef, xmlns?: string): this {
    const shape = this.model.shapes[ref.shape]!;
    if (shape.type === 'list' && (ref.flattened || shape.flattened)) return this.list(name, value as unknown[], ref, true);
    if (shape.type === 'map' && (ref.flattened || shape.flattened)) return this.map(name, value as Record<string, unknown>, ref, true);
    const namespace = ref.xmlNamespace ?? shape.xmlNamespace;
    const attributes = [xmlns ? ` xmlns="${escapeXml(xmlns)}"` : namespaceAttribute(namespace)];
    if (shape.type === 'structure') attributes.push(...this.attributesOf(value as Record<string, unknown>, ref));
    this.parts.push(`<${name}${attributes.join('')}>`);
    this.content(value, ref);
    this.parts.push(`</${name}>`);
    return this;
  }

  /** Writes the members of a structure value without a wrapping element. */
  members(value: Record<string, unknown>, ref: ShapeRef): this {
    const shape = this.model.shapes[ref.shape]!;
    for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
      const child = value[member];
      if (child === undefined || child === null || memberRef.xmlAttribute || memberRef.location) continue;
      const memberShape = this.model.shapes[memberRef.shape]!;
      const flattenedList = memberShape.type === 'list' && (memberRef.flattened || memberShape.flattened);
      const name = (flattenedList ? memberShape.member!.locationName : undefined) ?? memberRef.locationName ?? member;
      this.element(name, child, memberRef);
    }
    return this;
  }

  raw(text: string): this {
    this.parts.push(text);
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }

  private content(value: unknown, ref: ShapeRef): void {
    const shape = this.model.shapes[ref.shape]!;
    switch (shape.type) {
      case 'structure':
        this.members(value as Record<string, unknown>, ref);
        return;
      case 'list':
        this.list('', value as unknown[], ref, false);
        return;
      case 'map':
        this.map('', value as Record<string, unknown>, ref, false);
        return;
      default:
        this.parts.push(escapeXml(this.scalar(value, ref)));
    }
  }

  private list(name: string, items: unknown[], ref: ShapeRef, flattened: boolean): this {
    const member = this.model.shapes[ref.shape]!.member!;
    const itemName = flattened ? name : (member.locationName ?? this.options.listMemberDefault);
    for (const item of items) this.element(itemName, item, member);
    return this;
  }

  private map(name: string, entries: Record<string, unknown>, ref: ShapeRef, flattened: boolean): this {
    const shape = this.model.shapes[ref.shape]!;
    const keyName = shape.key!.locationName ?? 'key';
    const valueName = shape.value!.locationName ?? 'value';
    for (const [key, value] of Object.entries(entries)) {
      this.parts.push(`<${flattened ? name : 'entry'}>`);
      this.element(keyName, key, shape.key!);
      this.element(valueName, value, shape.value!);
      this.parts.push(`</${flattened ? name : 'entry'}>`);
    }
    return this;
  }

  private attributesOf(value: Record<string, unknown>, ref: ShapeRef): string[] {
    const shape = this.model.shapes[ref.shape]!;
    const attributes: string[] = [];
    for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
      if (!memberRef.xmlAttribute || value[member] === undefined) continue;
      attributes.push(` ${memberRef.locationName ?? member}="${escapeXml(this.scalar(value[member], memberRef))}"`);
    }
    return attributes;
  }

  private scalar(value: unknown, ref: ShapeRef): string {
    const shape = this.model.shapes[ref.shape]!;
    if (shape.type === 'timestamp') {
      return String(formatTimestamp(value as Date, ref.timestampFormat ?? shape.timestampFormat ?? this.options.timestampFormat));
    }
    if (shape.type === 'blob') return Buffer.from(value as Uint8Array).toString('base64');
    return String(value);
  }
}

function namespaceAttribute(namespace: { prefix?: string; uri: string } | undefined): string {
  if (!namespace) return '';
  return namespace.prefix ? ` xmlns:${namespace.prefix}="${escapeXml(namespace.uri)}"` : ` xmlns="${escapeXml(namespace.uri)}"`;
}
