// Run in a fresh process by the export-memory benchmark: exports the whole corpus of a database
// as aligned JSON to a file and prints the peak RSS and heap it saw, as one JSON line.
import { openDatabase } from '../lib/db/connection';
import { exportChunks, writeExportFile } from '../lib/export-store/write-export';

const [dbFile, out] = process.argv.slice(2);
if (!dbFile || !out) throw new Error('usage: export-memory-child.ts <db> <out>');
const db = openDatabase(dbFile);
let peakHeap = 0;
let peakRss = 0;
let documents = 0;
const sample = (): void => {
  const usage = process.memoryUsage();
  peakHeap = Math.max(peakHeap, usage.heapUsed);
  peakRss = Math.max(peakRss, usage.rss);
};
function* sampled(chunks: Iterable<string>): Generator<string> {
  let n = 0;
  for (const chunk of chunks) {
    if (++n % 100 === 0) sample();
    yield chunk;
  }
  sample();
}
const chunks = exportChunks(db, { format: 'aligned-json', filters: {} }, { baseUrl: 'http://localhost:3000', onProgress: (_done, total) => (documents = total) });
const { bytes } = writeExportFile(sampled(chunks), out);
db.close();
const MB = 1024 * 1024;
const round = (n: number): number => Math.round(n * 10) / 10;
console.log(JSON.stringify({ peakRssMB: round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / MB), peakHeapMB: round(peakHeap / MB), outputMB: round(bytes / MB), documents }));
