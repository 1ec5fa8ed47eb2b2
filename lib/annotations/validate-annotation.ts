// Checks an annotation against the document text and the label set before it is stored: the
// offsets, the quote, the label and every attribute. Pure; failures come back as values whose
// code is an AppError code with the params its message needs.
import { z } from 'zod';
import type { AppErrorCode, AppErrorParams } from '../errors';
import type { AnnotationAttributes, AttributeDefinition, AttributeValue, LabelDefinition } from './types';

/** Longest text attribute value (a citation, a unit) accepted. */
export const MAX_TEXT_ATTRIBUTE_LENGTH = 1000;
/** How much of a quote an error message shows. */
const SHOWN_QUOTE_LENGTH = 60;

/** The shape of an attribute map in a request: JSON scalars by name (checked against the label later). */
export const annotationAttributesSchema = z.record(
  z.string().min(1).max(64),
  z.union([z.string().max(MAX_TEXT_ATTRIBUTE_LENGTH), z.number(), z.boolean(), z.null()]),
);

export type AnnotationValidationCode = Extract<AppErrorCode, `annotation.${string}`>;

export type ValidationResult = { ok: true } | { ok: false; code: AnnotationValidationCode; params: AppErrorParams };

export interface AnnotationDraft {
  label: string;
  start: number;
  end: number;
  quote: string;
  attributes: AnnotationAttributes;
}

export interface ValidationContext {
  /** The document's normalized text. */
  text: string;
  labels: readonly LabelDefinition[];
  /** Whether the actor registry holds this entity id. */
  entityExists: (id: number) => boolean;
}

const OK: ValidationResult = { ok: true };

function fail(code: AnnotationValidationCode, params: AppErrorParams): ValidationResult {
  return { ok: false, code, params };
}

function shown(text: string): string {
  return text.length > SHOWN_QUOTE_LENGTH ? `${text.slice(0, SHOWN_QUOTE_LENGTH - 1)}…` : text;
}

/** Checks that [start, end) is a non-empty range of whole integers inside a text of `length`. */
export function validateSpan(start: number, end: number, length: number): ValidationResult {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
    return fail('annotation.invalidOffsets', { start: String(start), end: String(end) });
  }
  if (start < 0 || end > length) return fail('annotation.outOfRange', { start, end, length });
  if (start >= end) return fail('annotation.emptySpan', { start, end });
  return OK;
}

function isEntityId(value: AttributeValue, entityExists: (id: number) => boolean): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && entityExists(value);
}

function validateValue(definition: AttributeDefinition, value: AttributeValue, entityExists: (id: number) => boolean): ValidationResult {
  const attribute = definition.name;
  // null clears an attribute, whatever its type.
  if (value === null) return OK;
  switch (definition.type) {
    case 'enum': {
      const options = definition.options ?? [];
      if (typeof value === 'string' && options.includes(value)) return OK;
      return fail('annotation.invalidOption', { attribute, value: String(value), options: options.join(', ') });
    }
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return OK;
      return fail('annotation.notANumber', { attribute, value: String(value) });
    case 'text':
      if (typeof value === 'string' && value.length <= MAX_TEXT_ATTRIBUTE_LENGTH) return OK;
      return fail('annotation.invalidText', { attribute, max: MAX_TEXT_ATTRIBUTE_LENGTH });
    case 'entity':
      if (isEntityId(value, entityExists)) return OK;
      return fail('annotation.unknownEntity', { attribute, entity: String(value) });
    case 'entity_or_author':
      if (value === 'author' || isEntityId(value, entityExists)) return OK;
      return fail('annotation.unknownEntity', { attribute, entity: String(value) });
  }
}

/** Checks every attribute against the label's definitions: known names, right types, existing entities. */
export function validateAttributes(
  label: LabelDefinition,
  attributes: AnnotationAttributes,
  entityExists: (id: number) => boolean,
): ValidationResult {
  for (const [name, value] of Object.entries(attributes)) {
    const definition = label.attributes.find((d) => d.name === name);
    if (!definition) return fail('annotation.unknownAttribute', { label: label.name, attribute: name });
    const result = validateValue(definition, value, entityExists);
    if (!result.ok) return result;
  }
  return OK;
}

/**
 * Checks a new or moved annotation: integer offsets with 0 ≤ start < end ≤ text length, the quote
 * equal to the text it covers, a known label, and attributes that fit the label. The first fault
 * found is reported.
 */
export function validateAnnotation(draft: AnnotationDraft, context: ValidationContext): ValidationResult {
  const span = validateSpan(draft.start, draft.end, context.text.length);
  if (!span.ok) return span;
  const covered = context.text.slice(draft.start, draft.end);
  if (draft.quote !== covered) {
    return fail('annotation.quoteMismatch', { quote: shown(draft.quote), expected: shown(covered), start: draft.start, end: draft.end });
  }
  const label = context.labels.find((l) => l.name === draft.label);
  if (!label) return fail('annotation.unknownLabel', { label: draft.label });
  return validateAttributes(label, draft.attributes, context.entityExists);
}
