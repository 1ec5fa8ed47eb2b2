// Display names of labels, attributes and values: translated when the catalogue knows them, the
// stored name otherwise (a project may add labels the catalogue has never seen).
import type { TFunction } from 'i18next';

export function labelName(t: TFunction, label: string): string {
  return t(`annotate.labels.${label}`, { defaultValue: label });
}

export function attributeName(t: TFunction, attribute: string): string {
  return t(`annotate.attributes.${attribute}`, { defaultValue: attribute.replace(/_/g, ' ') });
}

export function optionName(t: TFunction, option: string): string {
  return t(`annotate.options.${option}`, { defaultValue: option.replace(/_/g, ' ') });
}
