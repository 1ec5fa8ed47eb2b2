// A hit in its context: the matched words in <mark>, the rest as text. Corpus text is untrusted,
// so it only ever becomes React text nodes.
import type { Snippet } from '@/lib/research/search/snippet-segments';

export function HitSnippet({ snippet, lang }: { snippet: Snippet; lang?: string }) {
  return (
    <span className="hit-snippet" lang={lang}>
      {snippet.cutBefore && '… '}
      {snippet.segments.map((segment, index) =>
        segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
      {snippet.cutAfter && ' …'}
    </span>
  );
}
