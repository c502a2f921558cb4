import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../helpers/seed.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { BIN, HAS_TMUX, TmuxSession } from '../helpers/tmux.js';

// Drives the real binary in a real terminal (tmux at 120×40), as a person would.
describe.skipIf(!HAS_TMUX)('the TUI in tmux at 120×40', () => {
  const tmp = useTempDir();
  let session: TmuxSession | undefined;
  afterEach(() => session?.kill());

  it('opens on the seed page, switches tabs, drills, exports a CSV and quits with status 0', async () => {
    const dir = tmp();
    const command = `cd ${JSON.stringify(dir)} && LANG=C.UTF-8 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${JSON.stringify(CORPUS_DIR)} --lang en --export-dir ${JSON.stringify(dir)}`;
    session = new TmuxSession(command, 120, 40, path.join(dir, 'status'));
    const first = await session.waitFor('9 articles');
    expect(first).toContain('1 Overview');
    expect(first).toContain('2 Articles');
    session.send('2');
    const articles = await session.waitFor('百灵庙');
    expect(articles).toContain('录音证据显作用 公正判决获锦旗');
    session.send('Down', 'Down', 'Down', 'Down', 'Enter');
    expect(await session.waitFor('Articles › #5')).toContain('判决被告向原告支付货款201820元及利息');
    session.send('Escape');
    await session.waitFor('9 rows');
    session.send('e');
    const exported = await session.waitFor(/exported \S+\.csv/);
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(files).toHaveLength(1);
    expect(exported).toContain(files[0]);
    expect(readFileSync(path.join(dir, files[0] as string), 'utf8').startsWith('\uFEFF')).toBe(true);
    session.send('q');
    expect(await session.exitStatus()).toBe(0);
  });
});
