import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ServiceModel, ShapeRef } from './model.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type XmlNode = string | { [name: string]: XmlNode | XmlNode[] };

/** The document's root element: its name and content; undefined when the text is not well-formed XML. */
export function parseXmlDocument(text: string): { name: string; node: XmlNode } | undefined {
  // AWS request documents never carry a DTD; refusing one rules out entity-expansion bombs.
  if (/<!DOCTYPE/i.test(text) || XMLValidator.validate(text) !== true) return undefined;
  const roots = Object.entries(parser.parse(text) as Record<string, XmlNode>).filter(([name]) => !name.startsWith('#') && !name.startsWith('@'));
  if (roots.length !== 1 || Array.isArray(roots[0]![1])) return undefined;
  return { name: roots[0]![0], node: roots[0]![1] };
}

/**
 * Turns an element's content into the wire values `ShapeReader` reads, keyed by member name:
 * lists wrapped or flattened, maps of `<entry>`s, attributes, and text of scalars.
 */
export function xmlToWire(node: XmlNode | undefined, ref: ShapeRef, model: ServiceModel): unknown {
  if (node === undefined) return undefined;
  const shape = model.shapes[ref.shape]!;
  switch (shape.type) {
    case 'structure': {
      if (typeof node === 'string') return {};
      const out: Record<string, unknown> = {};
      for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
        const name = localName(memberRef.locationName ?? member);
        const memberShape = model.shapes[memberRef.shape]!;
        const flattened = memberRef.flattened || memberShape.flattened;
        let value: unknown;
        if (memberRef.xmlAttribute) value = node[`@${name}`];
        else if (flattened && memberShape.type === 'list') value = node[name] === undefined ? undefined : items(node[name]).map((item) => xmlToWire(item, memberShape.member!, model));
        else if (flattened && memberShape.type === 'map') value = node[name] === undefined ? undefined : mapOf(items(node[name]), memberRef, model);
        else value = xmlToWire(single(node[name]), memberRef, model);
        if (value !== undefined) out[member] = value;
      }
      return out;
    }
    case 'list': {
      const itemName = localName(shape.member!.locationName ?? 'member');
      if (typeof node === 'string') return [];
      return items(node[itemName]).map((item) => xmlToWire(item, shape.member!, model));
    }
    case 'map':
      return typeof node === 'string' ? {} : mapOf(items(node.entry), ref, model);
    default:
      return textOf(node);
  }
}

function mapOf(entries: XmlNode[], ref: ShapeRef, model: ServiceModel): Record<string, unknown> {
  const shape = model.shapes[ref.shape]!;
  const keyName = shape.key!.locationName ?? 'key';
  const valueName = shape.value!.locationName ?? 'value';
  const out: Record<string, unknown> = {};
  for (const entry of entries) {
    if (typeof entry === 'string') continue;
    out[textOf(single(entry[keyName]) ?? '')] = xmlToWire(single(entry[valueName]), shape.value!, model);
  }
  return out;
}

function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  const text = node['#text'];
  return typeof text === 'string' ? text : '';
}

function items(node: XmlNode | XmlNode[] | undefined): XmlNode[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? node : [node];
}

function single(node: XmlNode | XmlNode[] | undefined): XmlNode | undefined {
  return Array.isArray(node) ? node[0] : node;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
