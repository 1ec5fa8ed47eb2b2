// The suggestion engine behind "Suggest" and `selaras suggest`: candidate statistics (parser) and
// known actors (registry) in each block of a document, never in page furniture and never across a
// block boundary. Suggestions are proposals only; the store saves them as `suggested`.

import type { BlockKind } from '../corpus/types';
import { createActorMentionFinder } from './find-actor-mentions';
import { findStatisticCandidates, toStatisticAttributes } from './statistics';
import type { Entity, Suggestion } from './types';

export interface SuggestionInput {
  text: string;
  blocks: Array<{ kind: BlockKind; start: number; end: number }>;
  entities: Entity[];
}

/** Statistic and actor suggestions for a document, ordered by start offset (then longest first). */
export function suggestAnnotations(input: SuggestionInput): Suggestion[] {
  const { text, blocks, entities } = input;
  const findActors = createActorMentionFinder(entities);
  const suggestions: Suggestion[] = [];
  for (const block of blocks) {
    if (!Number.isInteger(block.start) || !Number.isInteger(block.end) || block.start < 0 || block.end > text.length || block.start > block.end) {
      throw new RangeError(`block [${block.start}, ${block.end}) outside the text of length ${text.length}`);
    }
    if (block.kind === 'page_furniture') continue;
    const blockText = text.slice(block.start, block.end);
    for (const candidate of findStatisticCandidates(blockText)) {
      suggestions.push({
        label: 'statistic',
        start: block.start + candidate.start,
        end: block.start + candidate.end,
        quote: candidate.quote,
        attributes: toStatisticAttributes(candidate.attributes),
      });
    }
    for (const mention of findActors(blockText)) {
      suggestions.push({
        label: 'actor',
        start: block.start + mention.start,
        end: block.start + mention.end,
        quote: mention.quote,
        attributes: { entity: mention.entityId, actor_type: mention.actorType },
      });
    }
  }
  return suggestions.sort((a, b) => a.start - b.start || b.end - a.end || a.label.localeCompare(b.label));
}
