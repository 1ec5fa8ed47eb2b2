// The one XML-escaping helper every XML export (TMX, XLIFF 1.2, XLIFF 2.1) goes through, so that
// hostile corpus text (`<`, `&`, `"`, `]]>`, control characters, lone surrogates) never breaks a file.

/**
 * What stands in for a character XML 1.0 forbids when the format has no way to carry it:
 * U+FFFD REPLACEMENT CHARACTER. Replacing (rather than dropping) keeps the text's UTF-16 length,
 * so a reader can still see where something was, and offsets computed on the original text stay
 * in range. XLIFF 2 can carry such characters losslessly as `<cp hex="..."/>` (see escapeXmlText).
 */
export const XML_REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Characters XML 1.0 forbids anywhere, even as character references: C0 controls except tab,
 * line feed and carriage return; U+FFFE and U+FFFF; and surrogates that are not part of a pair.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const TEXT_SPECIAL = new RegExp(`[&<>\\r]|${FORBIDDEN.source}`, 'g');
const ATTRIBUTE_SPECIAL = new RegExp(`[&<>"'\\t\\n\\r]|${FORBIDDEN.source}`, 'g');
const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN.source, 'g');

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  // Always escaped, so `]]>` can never appear in output.
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Character references survive end-of-line and attribute-value normalization; literals do not.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Writes a forbidden UTF-16 code unit in the output; receives its value (0x0000–0xFFFF). */
export type ForbiddenCharacterWriter = (codeUnit: number) => string;

/** The default: U+FFFD, already safe as XML text. */
const replaceForbidden: ForbiddenCharacterWriter = () => XML_REPLACEMENT_CHARACTER;

/**
 * Escapes `text` for element content. `&`, `<`, `>` become entities and a carriage return becomes
 * `&#13;` (a literal one would be read back as a line feed). A character XML 1.0 forbids is
 * written by `writeForbidden` — by default U+FFFD; XLIFF 2 passes a writer for `<cp hex>`, and the
 * writer's output is inserted as is (it is markup, not text).
 */
export function escapeXmlText(text: string, writeForbidden: ForbiddenCharacterWriter = replaceForbidden): string {
  return text.replace(TEXT_SPECIAL, (char) => ENTITIES[char] ?? writeForbidden(char.charCodeAt(0)));
}

/**
 * Escapes `value` for a double- or single-quoted attribute. Tab, line feed and carriage return
 * become character references so attribute-value normalization keeps them; forbidden characters
 * become U+FFFD (an attribute cannot hold markup).
 */
export function escapeXmlAttribute(value: string): string {
  return value.replace(ATTRIBUTE_SPECIAL, (char) => ENTITIES[char] ?? XML_REPLACEMENT_CHARACTER);
}

/** `text` as an XML parser reads back what escapeXmlText / escapeXmlAttribute wrote (default writer). */
export function replaceForbiddenXmlCharacters(text: string): string {
  return text.replace(FORBIDDEN_GLOBAL, XML_REPLACEMENT_CHARACTER);
}

/** Whether `text` holds a character XML 1.0 forbids. */
export function hasForbiddenXmlCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * Attributes for a start tag: ` name="value"` for each entry, in order, skipping undefined and
 * null values. Names are the caller's constants and are not checked.
 */
export function formatXmlAttributes(attributes: Readonly<Record<string, string | number | undefined | null>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  }
  return out;
}
