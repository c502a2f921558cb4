import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { Root } from '../../src/tui/root.js';
import { createInitialState } from '../../src/tui/state/tui-state.js';
import { CORPUS_DIR } from '../helpers/seed.js';
import { useTempDir } from '../helpers/temp-dir.js';

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the frame');
    await tick(20);
  }
}

function open(exportDir: string, lang: 'en' | 'zh' = 'en') {
  const initial = createInitialState({ lang, source: 'corpus/', columns: 100, rows: 30 });
  const request = { target: CORPUS_DIR, extensions: ['.txt'], cwd: process.cwd() };
  const app = render(<Root initial={initial} request={request} exportDir={exportDir} />);
  const frame = () => app.lastFrame() ?? '';
  const press = async (keys: string) => {
    app.stdin.write(keys);
    await tick();
  };
  return { app, frame, press };
}

describe('TUI screens (the bundled page)', () => {
  const tmp = useTempDir();

  it('draws the title, tab bar and loaded corpus size', async () => {
    const { app, frame } = open(tmp());
    await until(() => frame().includes('9 articles'));
    expect(frame()).toContain('1 Overview');
    expect(frame()).toContain('2 Articles');
    expect(frame()).toContain('1 file · 9 articles · 4,536 characters');
    app.unmount();
  });

  it('shows the articles table with aligned Chinese columns and drills into an article', async () => {
    const { app, frame, press } = open(tmp());
    await until(() => frame().includes('9 articles'));
    await press('2');
    await until(() => frame().includes('百灵庙'));
    const lines = frame().split('\n');
    const header = lines.find((line) => line.includes('Headline')) ?? '';
    const headlines = ['凝聚联动合力', '聚焦审执质效提升', '深化多元解纷机制', '录音证据显作用', '全国法院一家亲', '提振企业发展信心', '周末执行', '加大诉源治理工作'];
    const rows = headlines.map((headline) => lines.find((line) => line.includes(headline)) ?? '');
    // Each row's headline starts in the same terminal column as the Headline header, after
    // datelines of two to four hanzi or none.
    const column = (line: string, text: string) => stringWidth(line.slice(0, line.indexOf(text)));
    expect(rows.map((row, i) => column(row, headlines[i] as string))).toEqual(new Array(8).fill(column(header, 'Headline')));
    await press('\u001B[B'.repeat(4));
    await press('\r');
    await until(() => frame().includes('Articles › #5'));
    expect(frame()).toContain('Articles › #5 录音证据显作用 公正判决获锦旗');
    expect(frame()).toContain('百灵庙讯 · 录音证据显作用 公正判决获锦旗 · （黄晓晓）');
    await press('\u001B');
    await until(() => !frame().includes('Articles ›'));
    expect(frame()).toContain('9 rows');
    app.unmount();
  });

  it('filters the table by typed text', async () => {
    const { app, frame, press } = open(tmp());
    await until(() => frame().includes('9 articles'));
    await press('2');
    await until(() => frame().includes('百灵庙'));
    await press('/');
    await press('金山');
    await until(() => frame().includes('filter: 金山'));
    await press('\r');
    await until(() => frame().includes('1 row'));
    expect(frame()).toContain('周末执行');
    expect(frame()).not.toContain('百灵庙');
    app.unmount();
  });

  it('exports the table on screen as CSV with BOM and human labels, and shows the path', async () => {
    const dir = tmp();
    const { app, frame, press } = open(dir);
    await until(() => frame().includes('9 articles'));
    await press('2');
    await until(() => frame().includes('百灵庙'));
    await press('e');
    await until(() => frame().includes('exported'));
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^articles-\d{8}-\d{6}\.csv$/);
    const text = readFileSync(path.join(dir, files[0] as string), 'utf8');
    expect(text.startsWith('\uFEFFFile,No.,Date,Dateline,Headline,Byline,Region,')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(10);
    await press('e');
    await until(() => readdirSync(dir).length === 2);
    app.unmount();
  });

  it('shows every key in the help overlay, in Chinese with --lang zh', async () => {
    const { app, frame, press } = open(tmp(), 'zh');
    await until(() => frame().includes('9 篇'));
    await press('?');
    await until(() => frame().includes('按键'));
    expect(frame()).toContain('e：把当前表格导出为 CSV');
    expect(frame()).toContain('q、Ctrl-C：退出');
    await press('?');
    await until(() => !frame().includes('按键'));
    app.unmount();
  });
});
