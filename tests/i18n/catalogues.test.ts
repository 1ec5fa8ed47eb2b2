import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ERROR_CODES } from '../../lib/errors';
import { BLOCK_KINDS } from '../../lib/corpus/types';
import { ROLES } from '../../lib/auth/roles';
import { parseLabelDefinitions } from '../../lib/annotations/labels';
import { listStoredLabels } from '../../lib/db/queries/labels';
import { openTestDatabase } from '../helpers/test-db';
import { ACTOR_TYPES, ANCHOR_STATES, ANNOTATION_STATUSES } from '../../lib/annotations/types';
import { LANGUAGES, resolveLanguage, translator } from '../../lib/i18n';
import en from '../../lib/i18n/locales/en.json';
import id from '../../lib/i18n/locales/id.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const ROOT = path.resolve(__dirname, '../..');
const enKeys = new Set(keysOf(en));

describe('locale catalogues', () => {
  it('have the same keys in English and Indonesian', () => {
    expect(keysOf(id).sort()).toEqual([...enKeys].sort());
  });

  it('hold every key the code asks for by name', () => {
    const used = ['app', 'bin', 'lib'].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)].map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => key && !enKeys.has(key))).toEqual([]);
  });

  it('hold the keys the code builds from data: roles, block kinds, languages, account fields', () => {
    const built = [
      ...ROLES.map((role) => `roles.${role}`),
      ...BLOCK_KINDS.map((kind) => `reader.kinds.${kind}`),
      ...LANGUAGES.map((language) => `languages.${language}`),
      ...['setup', 'admin.users'].flatMap((area) => ['username', 'displayName', 'password'].map((field) => `${area}.${field}`)),
      'admin.import.imported',
      'admin.import.unchanged',
      ...ANNOTATION_STATUSES.map((status) => `annotate.status.${status}`),
      ...ANCHOR_STATES.map((state) => `annotate.anchor.${state}`),
      ...ACTOR_TYPES.map((type) => `annotate.options.${type}`),
      ...['annotate', 'correct'].map((mode) => `annotate.toolbar.modes.${mode}`),
      ...['claim', 'actor', 'statistic'].flatMap((label) => [`annotate.labels.${label}`, `annotate.guidelines.${label}`]),
    ];
    expect(built.filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('name every seeded label, attribute and option (the UI falls back to the stored name for new ones)', () => {
    const labels = parseLabelDefinitions(listStoredLabels(openTestDatabase()));
    const keys = labels.flatMap((label) => [
      `annotate.labels.${label.name}`,
      ...label.attributes.map((attribute) => `annotate.attributes.${attribute.name}`),
      ...label.attributes.flatMap((attribute) => (attribute.options ?? []).map((option) => `annotate.options.${option}`)),
    ]);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('explain every application error in both languages', () => {
    for (const code of APP_ERROR_CODES) {
      expect(enKeys.has(`errors.${code}`), code).toBe(true);
    }
  });

  it('interpolate values into messages', () => {
    expect(translator('id')('errors.import.invalidUtf8', { file: 'a.txt', line: 2, byte: 9, value: '0xE9' })).toBe(
      'a.txt bukan UTF-8 yang sah: baris 2, bita 9 (0xE9).',
    );
  });
});

describe('resolveLanguage', () => {
  it('prefers the cookie, then Accept-Language by weight, then Indonesian', () => {
    expect(resolveLanguage('en', 'id-ID,id;q=0.9')).toBe('en');
    expect(resolveLanguage(undefined, 'fr-FR,en;q=0.8,id;q=0.9')).toBe('id');
    expect(resolveLanguage(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(resolveLanguage('xx', 'de')).toBe('id');
    expect(resolveLanguage(undefined, null)).toBe('id');
  });
});
