// `npm run bench`: builds the benchmark corpus (deterministic, cached), runs every benchmark in a
// temporary folder (never data/selaras.db), prints a table and writes bench/results.json. Each
// figure is a ratio against a baseline measured in this same run, with the absolute values beside it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDatabase, ROOT } from './build-bench-corpus';
import { runServerBenchmarks } from './server-benchmarks';
import { formatTable, round, type Figure } from './measure';
import { benchExport, benchExportMemory, benchImport, benchTranslationMemory } from './node-benchmarks';
import { researchDatabase } from './build-research-corpus';
import { benchResearchViews } from './research-benchmarks';

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

async function main(): Promise<void> {
  const started = performance.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-run-'));
  const figures: Figure[] = [];
  const skipped: string[] = [];
  try {
    const large = benchDatabase(log);
    log(`large document ${large.slug}: ${large.annotations} annotations, ${large.translations} translated units`);
    // SELARAS_BENCH_ONLY=browser: only the server and Chromium benchmarks (to iterate on the pages).
    if (process.env.SELARAS_BENCH_ONLY !== 'browser') {
      log('import of the 10× corpus');
      const imported = benchImport(work);
      figures.push(imported.figure);
      log('aligned-JSON export of the large document');
      figures.push(benchExport(large));
      log('export memory at 1× and 10×');
      figures.push(benchExportMemory(imported.onefoldDb, imported.tenfoldDb, work));
      log('translation-memory lookups');
      figures.push(...benchTranslationMemory(large));
      log('research views (search, concordance, statistics, network, dashboard) on the annotated 10× corpus');
      figures.push(...benchResearchViews(researchDatabase(log)));
    }
    const server = await runServerBenchmarks(large, work, log);
    figures.push(...server.figures);
    skipped.push(...server.skipped);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const results = {
    format: 'selaras-bench',
    version: 1,
    ranAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGB: round(os.totalmem() / 1024 ** 3, 1), node: process.version },
    seconds: round((performance.now() - started) / 1000, 1),
    figures: figures.map((f) => ({ ...f, value: round(f.value, 3), baseline: f.baseline === null ? null : round(f.baseline, 3), ratio: f.ratio === null ? null : round(f.ratio, 3) })),
    skipped,
  };
  fs.writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatTable(figures));
  for (const figure of figures) console.log(`  ${figure.name}: ${figure.what}`);
  for (const reason of skipped) console.log(`\n!!! SKIPPED: ${reason}`);
  console.log(`\n${results.seconds} s; written to bench/results.json`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
