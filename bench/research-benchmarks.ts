// The research views on the annotated 10× corpus: search (a few queries a researcher would type,
// with and without annotation filters), the concordance, the statistics table, the actor network
// and the dashboard, each through the lib call its page makes, p95 over repeated runs. The
// baseline is a bare FTS5 count over the sentence index, measured in the same run, interleaved
// with the view so both see the same machine.
import type { Db } from '../lib/db/connection';
import { openDatabase } from '../lib/db/connection';
import { countBareSentenceMatches } from '../lib/db/queries/search';
import { loadConcordance } from '../lib/research/concordance/load-concordance';
import { toFtsMatchExpression } from '../lib/research/search/fts-match-expression';
import { parseSearchQuery } from '../lib/research/search/parse-search-query';
import { parseSearchRequest } from '../lib/research/search/parse-search-request';
import { runSearchRequest } from '../lib/research/search/run-search-request';
import { parseStatisticsQuery } from '../lib/research/statistics/statistics-query';
import { loadActorNetwork } from '../lib/research-store/load-actor-network';
import { loadDashboard } from '../lib/research-store/load-dashboard';
import { loadStatisticsTable } from '../lib/research-store/load-statistics-table';
import type { ResearchDatabase } from './build-research-corpus';
import { percentile, round, type Figure } from './measure';

/** Every view must answer within this, absolute, on the 10× corpus. */
export const VIEW_TARGET_MS = 200;

const VIEWER = { role: 'admin' as const, username: 'bench' };

interface View {
  name: string;
  what: string;
  /** The bare FTS5 query the view is compared with. */
  baseline: string;
  /** Runs the view; returns how many things it shows (rows, hits, nodes), reported beside the time. */
  run: (db: Db) => number;
}

function searchView(q: string, filters: Array<[string, string]> = []): View {
  const params = new URLSearchParams([['q', q], ...filters]);
  const shown = filters.length > 0 ? ` (${filters.map(([k, v]) => `${k}=${v}`).join(', ')})` : '';
  return {
    name: `search ${q}${shown}`,
    what: `runSearchRequest (sentences + translations + annotation attributes, grouped) for ${q}${shown} vs a bare FTS5 count of ${q}`,
    baseline: q,
    run: (db) => runSearchRequest(db, params, VIEWER).hitCount,
  };
}

function views(research: ResearchDatabase): View[] {
  const [layer] = research.layers;
  const concordanceFilters = (params: URLSearchParams) => parseSearchRequest(params).filters;
  return [
    searchView('ECPAT'),
    searchView('"perdagangan anak"'),
    searchView('eksploit*'),
    searchView('ECPAT', [['label', 'actor'], ['status', 'accepted']]),
    searchView('eksploit*', [['label', 'claim'], ...(layer ? [['layer', layer] as [string, string]] : [])]),
    {
      name: 'concordance eksploit*',
      what: 'loadConcordance of the term eksploit* (KWIC lines with English) vs a bare FTS5 count of eksploit*',
      baseline: 'eksploit*',
      run: (db) => loadConcordance(db, { q: 'eksploit*', label: null, filters: concordanceFilters(new URLSearchParams()), sort: 'right' }).lines.length,
    },
    {
      name: 'concordance label statistic',
      what: 'loadConcordance of every statistic span (KWIC lines with English) vs a bare FTS5 count of ECPAT',
      baseline: 'ECPAT',
      run: (db) => loadConcordance(db, { q: '', label: 'statistic', filters: concordanceFilters(new URLSearchParams()), sort: 'left' }).lines.length,
    },
    {
      name: 'statistics table',
      what: 'loadStatisticsTable of the corpus (accepted; claims, actors, English) vs a bare FTS5 count of ECPAT',
      baseline: 'ECPAT',
      run: (db) => loadStatisticsTable(db, parseStatisticsQuery(new URLSearchParams())).rows.length,
    },
    {
      name: 'statistics table grouped',
      what: 'loadStatisticsTable sorted by value with disagreements grouped vs a bare FTS5 count of ECPAT',
      baseline: 'ECPAT',
      run: (db) => loadStatisticsTable(db, parseStatisticsQuery(new URLSearchParams([['sort', 'value'], ['group', '1'], ['status', 'accepted'], ['status', 'suggested']]))).rows.length,
    },
    {
      name: 'actor network by claim',
      what: 'loadActorNetwork of the corpus, co-occurrence in a claim, vs a bare FTS5 count of ECPAT',
      baseline: 'ECPAT',
      run: (db) => loadActorNetwork(db, { scope: 'claim' }).network.edges.length,
    },
    {
      name: 'actor network by sentence',
      what: 'loadActorNetwork of the corpus, co-occurrence in a sentence, vs a bare FTS5 count of ECPAT',
      baseline: 'ECPAT',
      run: (db) => loadActorNetwork(db, { scope: 'sentence' }).network.edges.length,
    },
    {
      name: 'dashboard corpus',
      what: 'loadDashboard of the corpus (labels, unit statuses, progress by day) vs a bare FTS5 count of ECPAT',
      baseline: 'ECPAT',
      run: (db) => loadDashboard(db)?.units.total ?? 0,
    },
    {
      name: 'dashboard document',
      what: 'loadDashboard of one document vs a bare FTS5 count of ECPAT',
      baseline: 'ECPAT',
      run: (db) => loadDashboard(db, research.sampleSlug)?.units.total ?? 0,
    },
  ];
}

function bareCount(db: Db, q: string): number {
  return countBareSentenceMatches(db, toFtsMatchExpression(parseSearchQuery(q)));
}

/** Each view `runs` times (after one warm-up), interleaved with its baseline; p95 of each. */
export function benchResearchViews(research: ResearchDatabase, runs = 20): Figure[] {
  const db = openDatabase(research.file);
  try {
    return views(research).map((view) => {
      const shown = view.run(db);
      bareCount(db, view.baseline);
      const viewMs: number[] = [];
      const bareMs: number[] = [];
      let matches = 0;
      for (let i = 0; i < runs; i++) {
        let start = performance.now();
        view.run(db);
        viewMs.push(performance.now() - start);
        start = performance.now();
        matches = bareCount(db, view.baseline);
        bareMs.push(performance.now() - start);
      }
      const p95 = percentile(viewMs, 95);
      const bareP95 = percentile(bareMs, 95);
      return {
        name: view.name,
        what: view.what,
        value: p95,
        baseline: bareP95,
        unit: 'ms',
        ratio: p95 / bareP95,
        target: `p95 ≤ ${VIEW_TARGET_MS} ms`,
        met: p95 <= VIEW_TARGET_MS,
        detail: {
          runs,
          median: round(percentile(viewMs, 50), 3),
          bareMedian: round(percentile(bareMs, 50), 3),
          shown,
          bareMatches: matches,
          documents: research.documents,
          annotations: research.annotations,
          translations: research.translations,
        },
      };
    });
  } finally {
    db.close();
  }
}
