// `npm run bench`: speed and memory of the things users wait for. Targets live here, never in
// unit tests: each line prints the measure, its target, and whether it was met.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCorpus } from '../src/io/open-corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin/bulletin.js');
const SEED = path.join(ROOT, 'corpus/2023-12-nmg-court-news-page.txt');

interface Result {
  name: string;
  value: number;
  unit: string;
  target: number;
}

const results: Result[] = [];
function record(name: string, value: number, unit: string, target: number): void {
  results.push({ name, value, unit, target });
  const ok = value <= target ? 'ok' : 'OVER';
  process.stdout.write(`${name.padEnd(44)} ${value.toFixed(unit === 'MB' ? 0 : 2).padStart(9)} ${unit.padEnd(3)} target ≤ ${target} ${unit}  ${ok}\n`);
}

function timeCommand(args: string[], runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    spawnSync(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/** Seconds from launch in a 120×40 tmux terminal until the screen shows `text`. */
async function timeToScreen(args: string[], text: string): Promise<number | null> {
  if (spawnSync('tmux', ['-V']).status !== 0) return null;
  const socket = `bulletin-bench-${process.pid}`;
  const started = performance.now();
  execFileSync('tmux', ['-L', socket, 'new-session', '-d', '-s', 'b', '-x', '120', '-y', '40', `${process.execPath} ${BIN} ${args.join(' ')}`]);
  try {
    for (;;) {
      const screen = execFileSync('tmux', ['-L', socket, 'capture-pane', '-p', '-t', 'b'], { encoding: 'utf8' });
      if (screen.includes(text)) return (performance.now() - started) / 1000;
      if (performance.now() - started > 30_000) return null;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  }
}

record('bulletin --help (median of 5)', timeCommand(['--help']) / 1000, 's', 0.5);
record('bulletin articles on the seed page', timeCommand(['articles']) / 1000, 's', 1);

const copies = 500;
const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-bench-'));
try {
  const page = readFileSync(SEED, 'utf8');
  for (let i = 0; i < copies; i++) writeFileSync(path.join(dir, `page-${String(i).padStart(4, '0')}.txt`), page);
  const before = process.memoryUsage().rss;
  const opened = await openCorpus(dir);
  record(`load + analyse ${copies} pages (${opened.corpus.articles.length} articles)`, opened.loadMs / 1000, 's', 5);
  record(`resident memory after ${copies} pages`, (process.memoryUsage().rss - before) / 1e6, 'MB', 500);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const progress = await timeToScreen([], 'bulletin-lens');
if (progress !== null) record('TUI: first frame (tmux 120×40)', progress, 's', 1);
const full = await timeToScreen(['--lang', 'en'], '9 articles');
if (full !== null) record('TUI: first full frame on the seed page', full, 's', 2);

const over = results.filter((r) => r.value > r.target);
process.stdout.write(over.length === 0 ? '\nall targets met\n' : `\n${over.length} target(s) missed\n`);
