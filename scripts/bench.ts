/**
 * `npm run bench [-- --sizes 1000,5000,20000]`: builds generated corpora of increasing size (5 incidents
 * with 2–4 updates for every planned window, all locales) with a pinned DRIFTSTATUS_NOW and prints a
 * table: entries, pages written, wall seconds, peak memory, seconds per 1,000 entries, output size, the
 * home page's bytes (HTML + CSS + JS, gzipped) and the largest page; then the ratio of the largest to
 * the smallest run's time per entry. It prints measurements; it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './lib/corpus.ts';

const NOW = '2026-11-01T12:00:00+01:00';
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,5000,20000' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const work = mkdtempSync(path.join(tmpdir(), 'driftstatus-bench-'));

interface Row {
  entries: number;
  pages: number;
  seconds: number;
  peakMb: number;
  outputMb: number;
  homeGzip: number;
  largest: { file: string; bytes: number };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
}

/** The home page and the CSS and JS it references, each gzipped. */
function homeGzip(dist: string): number {
  const html = readFileSync(path.join(dist, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1] ?? '');
  return [html, ...assets.map((a) => readFileSync(path.join(dist, a)))].reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0);
}

const rows: Row[] = [];
for (const entries of sizes) {
  const windows = Math.round(entries / 6);
  const content = path.join(work, `content-${entries}`);
  const dist = path.join(work, `dist-${entries}`);
  writeCorpus({ incidents: entries - windows, windows, out: content });
  process.stderr.write(`building ${entries} entries… `);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [path.resolve('scripts/lib/measured-build.ts'), dist], {
    encoding: 'utf8',
    env: { ...process.env, DRIFTSTATUS_CONTENT: content, DRIFTSTATUS_NOW: NOW, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    process.stderr.write(`failed\n${run.stderr}\n`);
    process.exit(1);
  }
  const { maxRssKb } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { maxRssKb: number };
  const all = files(dist);
  const sized = all.map((file) => ({ file, bytes: statSync(file).size }));
  const pages = sized.filter((f) => f.file.endsWith('.html'));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: '', bytes: 0 });
  rows.push({
    entries,
    pages: pages.length,
    seconds,
    peakMb: maxRssKb / 1024,
    outputMb: sized.reduce((sum, f) => sum + f.bytes, 0) / 1_048_576,
    homeGzip: homeGzip(dist),
    largest: { file: path.relative(dist, largest.file), bytes: largest.bytes },
  });
  process.stderr.write(`${seconds.toFixed(1)} s\n`);
  if (!values.keep) rmSync(path.join(work, `dist-${entries}`), { recursive: true, force: true });
}

const header = ['entries', 'pages', 'wall s', 'peak MB', 's / 1,000 entries', 'output MB', 'home page gzip (HTML+CSS+JS)', 'largest page'];
const lines = rows.map((r) => [
  String(r.entries),
  String(r.pages),
  r.seconds.toFixed(1),
  r.peakMb.toFixed(0),
  ((r.seconds / r.entries) * 1000).toFixed(2),
  r.outputMb.toFixed(1),
  `${(r.homeGzip / 1024).toFixed(1)} KB`,
  `${(r.largest.bytes / 1024).toFixed(0)} KB ${r.largest.file}`,
]);
process.stdout.write(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n`);
for (const line of lines) process.stdout.write(`| ${line.join(' | ')} |\n`);
const perEntry = rows.map((r) => r.seconds / r.entries);
const first = rows[0];
const last = rows.at(-1);
if (first && last && first !== last) {
  process.stdout.write(`\nTime per entry at ${last.entries} entries / at ${first.entries}: ${((perEntry.at(-1) ?? 0) / (perEntry[0] ?? 1)).toFixed(2)}×\n`);
}
process.stdout.write(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1_073_741_824).toFixed(0)} GB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
