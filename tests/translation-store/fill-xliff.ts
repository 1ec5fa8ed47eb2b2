// What a CAT tool does to our XLIFF, for the import tests: parses the file, writes targets (with
// optional annotation markers around words of the English) and states into chosen units, and
// serializes it again. XLIFF 2 tools that change a state drop our subState, as the spec asks.
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { XLIFF_12_NAMESPACE } from '../../lib/export/xliff-12';
import { XLIFF_2_NAMESPACE } from '../../lib/export/xliff-21';

export interface TargetFill {
  text: string;
  /** The state the translator set; omitted keeps the unit's. */
  state?: string;
  /** Annotation markers (`a<annotationId>`) around the first occurrence of `quote` in `text`. */
  markers?: Array<{ annotationId: string; quote: string }>;
  /** XLIFF 1.2: `approved="yes"`. */
  approved?: boolean;
}

type Fills = ReadonlyMap<number, TargetFill>;

function findUnit(doc: Document, name: string, sentenceId: number): Element {
  const units = Array.from(doc.getElementsByTagNameNS('*', name));
  const unit = units.find((u) => u.getAttribute('id') === `u${sentenceId}`);
  if (!unit) throw new Error(`no unit u${sentenceId}`);
  return unit;
}

/** Appends `fill.text` to `target`, with marker elements made by `marker` around the quoted words. */
function writeTarget(doc: Document, target: Element, fill: TargetFill, marker: (annotationId: string) => Element): void {
  const cuts = (fill.markers ?? [])
    .map(({ annotationId, quote }) => {
      const start = fill.text.indexOf(quote);
      if (start < 0) throw new Error(`${quote} not in ${fill.text}`);
      return { annotationId, start, end: start + quote.length };
    })
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const cut of cuts) {
    target.appendChild(doc.createTextNode(fill.text.slice(at, cut.start)));
    const element = marker(cut.annotationId);
    element.appendChild(doc.createTextNode(fill.text.slice(cut.start, cut.end)));
    target.appendChild(element);
    at = cut.end;
  }
  target.appendChild(doc.createTextNode(fill.text.slice(at)));
}

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

function serialize(doc: Document): string {
  return new XMLSerializer().serializeToString(doc as never);
}

/** Writes targets into an XLIFF 2 file as a CAT tool would. */
export function fillXliff21(xml: string, fills: Fills): string {
  const doc = parse(xml);
  for (const [sentenceId, fill] of fills) {
    const segment = findUnit(doc, 'unit', sentenceId).getElementsByTagNameNS(XLIFF_2_NAMESPACE, 'segment')[0];
    if (!segment) throw new Error(`unit u${sentenceId} has no segment`);
    for (const old of Array.from(segment.getElementsByTagNameNS(XLIFF_2_NAMESPACE, 'target'))) segment.removeChild(old);
    const target = doc.createElementNS(XLIFF_2_NAMESPACE, 'target');
    target.setAttribute('xml:space', 'preserve');
    writeTarget(doc, target, fill, (annotationId) => {
      const mrk = doc.createElementNS(XLIFF_2_NAMESPACE, 'mrk');
      mrk.setAttribute('id', `a${annotationId}`);
      mrk.setAttribute('type', 'selaras:aligned');
      return mrk;
    });
    segment.appendChild(target);
    if (fill.state !== undefined && fill.state !== segment.getAttribute('state')) {
      segment.setAttribute('state', fill.state);
      segment.removeAttribute('subState');
    }
  }
  return serialize(doc);
}

/** Writes targets into an XLIFF 1.2 file as a CAT tool would (without our segment marker). */
export function fillXliff12(xml: string, fills: Fills): string {
  const doc = parse(xml);
  for (const [sentenceId, fill] of fills) {
    const unit = findUnit(doc, 'trans-unit', sentenceId);
    for (const old of Array.from(unit.getElementsByTagNameNS(XLIFF_12_NAMESPACE, 'target'))) unit.removeChild(old);
    const target = doc.createElementNS(XLIFF_12_NAMESPACE, 'target');
    if (fill.state !== undefined) target.setAttribute('state', fill.state);
    writeTarget(doc, target, fill, (annotationId) => {
      const mrk = doc.createElementNS(XLIFF_12_NAMESPACE, 'mrk');
      mrk.setAttribute('mtype', 'x-selaras-aligned');
      mrk.setAttribute('mid', `a${annotationId}`);
      return mrk;
    });
    const after = unit.getElementsByTagNameNS(XLIFF_12_NAMESPACE, 'seg-source')[0] ?? unit.getElementsByTagNameNS(XLIFF_12_NAMESPACE, 'source')[0];
    unit.insertBefore(target, after?.nextSibling ?? null);
    if (fill.approved) unit.setAttribute('approved', 'yes');
    else unit.removeAttribute('approved');
  }
  return serialize(doc);
}
