import type { ServiceModel, ShapeRef } from './model.js';

/** A form's `A.1.B=x` parameters as a tree: `{ A: { 1: { B: 'x' } } }`. */
export type FormTree = { [name: string]: FormTree | string };

export function formTree(params: URLSearchParams): FormTree {
  const root: FormTree = {};
  for (const [name, value] of params) {
    const parts = name.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      node = typeof next === 'object' ? next : (node[part] = {});
    }
    const last = parts.at(-1)!;
    if (typeof node[last] !== 'object') node[last] = value;
  }
  return root;
}

export interface FormNaming {
  /** The parameter name of a structure member. */
  member(member: string, ref: ShapeRef): string;
  /** Whether a list is written as `Name.N` rather than `Name.member.N`. */
  flatLists: boolean;
}

/** Query protocol names: `locationName` or the member name; lists flattened only when modelled so. */
export const QUERY_NAMING: FormNaming = {
  member: (member, ref) => ref.locationName ?? member,
  flatLists: false,
};

/** EC2 names: `queryName`, else the capitalised `locationName`, else the member name; lists always flat. */
export const EC2_NAMING: FormNaming = {
  member: (member, ref) => ref.queryName ?? (ref.locationName ? ref.locationName[0]!.toUpperCase() + ref.locationName.slice(1) : member),
  flatLists: true,
};

/**
 * Rebuilds the JSON-like value a form encodes for a shape, so that `ShapeReader` can convert it:
 * numbered entries become arrays in index order, map entries become objects.
 */
export function unflatten(model: ServiceModel, tree: FormTree | string | undefined, ref: ShapeRef, naming: FormNaming): unknown {
  if (tree === undefined) return undefined;
  const shape = model.shapes[ref.shape]!;
  switch (shape.type) {
    case 'structure': {
      if (typeof tree !== 'object') return tree;
      const out: Record<string, unknown> = {};
      for (const [member, memberRef] of Object.entries(shape.members ?? {})) {
        const memberShape = model.shapes[memberRef.shape]!;
        const flattened = naming.flatLists || memberRef.flattened || memberShape.flattened;
        const name = flattened && memberShape.type === 'list' && memberShape.member!.locationName && !naming.flatLists
          ? memberShape.member!.locationName
          : naming.member(member, memberRef);
        const value = unflatten(model, tree[name], { ...memberRef, flattened }, naming);
        if (value !== undefined) out[member] = value;
      }
      return out;
    }
    case 'list': {
      if (tree === '') return [];
      if (typeof tree !== 'object') return tree;
      const flattened = naming.flatLists || ref.flattened || shape.flattened;
      const items = flattened ? tree : tree[shape.member!.locationName ?? 'member'];
      return numbered(items).map((item) => unflatten(model, item, shape.member!, naming));
    }
    case 'map': {
      if (typeof tree !== 'object') return tree;
      const flattened = ref.flattened || shape.flattened;
      const entries = flattened ? tree : tree['entry'];
      const keyName = shape.key!.locationName ?? 'key';
      const valueName = shape.value!.locationName ?? 'value';
      const out: Record<string, unknown> = {};
      for (const entry of numbered(entries)) {
        if (typeof entry !== 'object' || typeof entry[keyName] !== 'string') continue;
        out[entry[keyName] as string] = unflatten(model, entry[valueName], shape.value!, naming);
      }
      return out;
    }
    default:
      return tree;
  }
}

function numbered(node: FormTree | string | undefined): Array<FormTree | string> {
  if (typeof node !== 'object') return [];
  return Object.keys(node)
    .filter((index) => /^[1-9]\d*$/.test(index))
    .sort((a, b) => Number(a) - Number(b))
    .map((index) => node[index]!);
}
