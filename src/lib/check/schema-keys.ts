import { z } from 'astro/zod';
import { KEBAB_ID, SOURCE_REF_KEY } from '../../schemas/common.ts';
import { textOf } from './raw.ts';

/** A node of a JSON Schema, as far as the check reads it. */
interface Node {
  type?: string;
  pattern?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  [SOURCE_REF_KEY]?: boolean;
}

const shapes = new WeakMap<z.ZodType, Node>();

/**
 * The schema's shape as JSON Schema (zod's public `toJSONSchema`, as editors get it), read
 * instead of zod's internals: which fields an object takes, what a list holds.
 */
function shapeOf(schema: z.ZodType): Node {
  let shape = shapes.get(schema);
  if (!shape) {
    shape = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Node;
    shapes.set(schema, shape);
  }
  return shape;
}

/** The node at `path` (array indices step into `items`), or undefined where the schema has none. */
function nodeAt(schema: z.ZodType, path: readonly PropertyKey[]): Node | undefined {
  let node: Node | undefined = shapeOf(schema);
  for (const key of path) {
    if (!node) return undefined;
    node = typeof key === 'number' ? (node.type === 'array' ? node.items : node) : node.properties?.[String(key)];
  }
  return node;
}

/** Field names an object schema accepts at `path` (array indices skipped), for "did you mean" hints. */
export function schemaKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return Object.keys(nodeAt(schema, path)?.properties ?? {});
}

/** Field names an object schema requires at `path`: what an empty object is missing. */
export function requiredKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return nodeAt(schema, path)?.required ?? [];
}

/** Is the field at `path` an id (an entry's, a source's), whatever went wrong with its value? */
export function isIdAt(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  const node = nodeAt(schema, path);
  // "One id, or a list of them" (a plain fact's or an encryption step's sources) is an id field too.
  return node?.pattern === KEBAB_ID.source || (node?.anyOf ?? []).some((option) => option.pattern === KEBAB_ID.source);
}

/** Does this node take the id of one of the entry's sources: one id, a list of them, or either? */
const refers = (node: Node | undefined): boolean => node?.[SOURCE_REF_KEY] === true || (node?.anyOf ?? []).some(refers) || (node?.type === 'array' && refers(node.items));

/** Does the field at `path` take the id of one of the entry's sources (one id, a list, or an item of one)? */
export function isSourceRefAt(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  return refers(nodeAt(schema, path));
}

/**
 * Every source id that `data` names, with its path (a list's ids each at their index), found
 * wherever the schema marks a field as taking one (`sourceRef` in src/schemas/common.ts) rather
 * than from a list of places to keep in step with it. It reads the data as written, so an entry the
 * schema rejects elsewhere still has its references checked.
 */
export function sourceRefsIn(schema: z.ZodType, data: unknown): [PropertyKey[], string][] {
  const found = new Map<string, [PropertyKey[], string]>();
  const add = (path: PropertyKey[], value: unknown) => {
    const id = textOf(value);
    if (id !== undefined) found.set(JSON.stringify(path), [path, id]);
  };
  const walk = (node: Node | undefined, value: unknown, path: PropertyKey[]): void => {
    if (!node) return;
    if (refers(node)) {
      if (Array.isArray(value)) value.forEach((item, i) => add([...path, i], item));
      else add(path, value);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    // A union of shapes: the value is read against each (the map keeps a path once).
    for (const option of node.anyOf ?? []) walk(option, value, path);
    if (Array.isArray(value)) {
      if (node.type === 'array') value.forEach((item, i) => walk(node.items, item, [...path, i]));
    } else {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) walk(node.properties?.[key], item, [...path, key]);
    }
  };
  walk(shapeOf(schema), data, []);
  return [...found.values()];
}
