// The label set is data (the `labels` table): this module reads a stored label's attribute
// definitions from JSON and checks their shape, so a hand-edited label fails loudly, once.
import { z } from 'zod';
import { ATTRIBUTE_TYPES, type AttributeDefinition, type LabelDefinition } from './types';

const attributeDefinitionSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/),
    type: z.enum(ATTRIBUTE_TYPES),
    options: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((definition) => (definition.type === 'enum') === (definition.options !== undefined), {
    message: 'an enum attribute lists its options; other types have none',
  });

const attributeDefinitionsSchema = z
  .array(attributeDefinitionSchema)
  .refine((definitions) => new Set(definitions.map((d) => d.name)).size === definitions.length, {
    message: 'attribute names are unique within a label',
  });

/** A label as the database stores it: the attribute definitions still as JSON text. */
export interface StoredLabel {
  name: string;
  color: string;
  shortcut: string | null;
  attributes: string;
}

/**
 * Parses the attribute definitions of one label. A malformed definition is a fault in the data,
 * not in a request: it throws a RangeError naming the label.
 */
export function parseAttributeDefinitions(label: string, json: string): AttributeDefinition[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new RangeError(`Label ${label}: attributes are not JSON`);
  }
  const parsed = attributeDefinitionsSchema.safeParse(value);
  if (!parsed.success) {
    throw new RangeError(`Label ${label}: bad attribute definitions (${parsed.error.issues.map((i) => i.message).join('; ')})`);
  }
  return parsed.data.map((d) => (d.options ? { name: d.name, type: d.type, options: d.options } : { name: d.name, type: d.type }));
}

/** Turns stored labels into the definitions the validator, the editor and the exports use. */
export function parseLabelDefinitions(rows: StoredLabel[]): LabelDefinition[] {
  return rows.map((row) => ({
    name: row.name,
    color: row.color,
    shortcut: row.shortcut,
    attributes: parseAttributeDefinitions(row.name, row.attributes),
  }));
}

/** The definition of a label by name, if the label set has it. */
export function findLabel(labels: readonly LabelDefinition[], name: string): LabelDefinition | undefined {
  return labels.find((label) => label.name === name);
}
