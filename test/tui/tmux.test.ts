import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../helpers/seed.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { BIN, HAS_TMUX, TmuxSession } from '../helpers/tmux.js';

/** Display column where `text` starts in `line`. */
function columnOf(line: string, text: string): number {
  return stringWidth(line.slice(0, line.indexOf(text)));
}

/** The character drawn at display column `column` of `line` ('' past its end). */
function charAt(line: string, column: number): string {
  let at = 0;
  for (const ch of line) {
    if (at === column) return ch;
    at += stringWidth(ch);
    if (at > column) return '';
  }
  return '';
}

function launch(dir: string, columns: number, rows: number): TmuxSession {
  const command = `cd ${JSON.stringify(dir)} && LANG=C.UTF-8 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${JSON.stringify(CORPUS_DIR)} --lang en --export-dir ${JSON.stringify(dir)}`;
  return new TmuxSession(command, columns, rows, path.join(dir, 'status'));
}

// Drives the real binary in a real terminal, as a person would.
describe.skipIf(!HAS_TMUX)('the TUI in tmux', () => {
  const tmp = useTempDir();
  let session: TmuxSession | undefined;
  afterEach(() => session?.kill());

  it('at 120×40: tabs, Keywords with 执行, CSV export, Amounts with 201,820, drill-down, quit with status 0', async () => {
    const dir = tmp();
    session = launch(dir, 120, 40);
    const first = await session.waitFor('9 articles');
    expect(first).toMatch(/1 Overview +2 Articles +3 Keywords +4 Regions +5 Disputes +6 Amounts/);
    session.send('3');
    const keywords = await session.waitFor(/Term +Count +Articles/);
    expect(keywords).toMatch(/执行 +13/);
    session.send('e');
    const exported = await session.waitFor(/exported \S+keywords-\d{8}-\d{6}\.csv/);
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(files).toHaveLength(1);
    expect(exported).toContain(files[0]);
    expect(readFileSync(path.join(dir, files[0] as string), 'utf8').startsWith('\uFEFFTerm,Count,Articles,TF-IDF\r\n')).toBe(true);
    session.send('6');
    const amounts = await session.waitFor('201,820');
    expect(amounts).toContain('56.93万元');
    session.send('Down', 'Enter');
    expect(await session.waitFor('Amounts › #5')).toContain('判决被告向原告支付货款201820元及利息');
    session.send('Escape');
    await session.waitFor('6 rows');
    session.send('q');
    expect(await session.exitStatus()).toBe(0);
  });

  it('at 80×24: every tab keeps its columns aligned and nothing wraps', async () => {
    const dir = tmp();
    session = launch(dir, 80, 24);
    await session.waitFor('9 articles');
    // A right-aligned numeric column of each tab: its values must end in the column its label ends in.
    for (const [key, first, label] of [['2', 'No.', 'Characters'], ['3', 'Term', 'Count'], ['4', 'Region', 'Articles'], ['5', 'Cause', 'Articles'], ['6', 'Article', 'Yuan']] as const) {
      session.send(key);
      // Wait for the whole frame: the tab's header row and, below it, the status line's row count.
      const screen = await session.waitFor(new RegExp(`\\n  ${first} .*${label}[\\s\\S]* rows?\\s*$`));
      const lines = screen.trimEnd().split('\n');
      // Title, tab bar and status line stay where they belong: a wrapped row would push them off.
      expect(lines[0]).toMatch(/^ bulletin-lens /);
      expect(lines[1]).toMatch(/^ 1 Overview/);
      expect(lines.length).toBeLessThanOrEqual(23);
      expect(lines.at(-1)).toMatch(/ rows?$/);
      const header = lines.findIndex((line) => line.startsWith(`  ${first} `));
      const end = columnOf(lines[header] as string, label) + label.length;
      const rows = lines.slice(header + 1).filter((line) => /^[▸ ] /.test(line) && line.trim() !== '');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(`${charAt(row, end - 1)}${charAt(row, end)}`, `${label} in ${row}\n${screen}`).toMatch(/^[\d-] ?$/);
    }
    session.send('q');
    expect(await session.exitStatus()).toBe(0);
  });
});
