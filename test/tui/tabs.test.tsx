import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Root } from '../../src/tui/root.js';
import { createInitialState } from '../../src/tui/state/tui-state.js';
import { CORPUS_DIR } from '../helpers/seed.js';

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeout = 8000, frame?: () => string): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for the frame${frame ? `:\n${frame()}` : ''}`);
    await tick(20);
  }
}

function open(lang: 'en' | 'zh' = 'en', columns = 120) {
  const initial = createInitialState({ lang, source: 'corpus/', columns, rows: 30 });
  const app = render(<Root initial={initial} request={{ target: CORPUS_DIR, extensions: ['.txt'], cwd: process.cwd() }} exportDir={process.cwd()} />);
  const frame = () => app.lastFrame() ?? '';
  const press = async (keys: string) => {
    app.stdin.write(keys);
    await tick();
  };
  return { app, frame, press };
}

const tabKey = (frame: string, title: string): string => new RegExp(`(\\d) ${title}`).exec(frame)?.[1] ?? '';

// The seed page's tabs, each driven through ink-testing-library.
describe('TUI tabs on the bundled page', () => {
  it('Amounts opens on every sum, largest first; g groups by kind; Enter opens the article at the sum', async () => {
    const { app, frame, press } = open();
    await until(() => frame().includes('9 articles'));
    await press(tabKey(frame(), 'Amounts'));
    await until(() => frame().includes('56.93万元'));
    const rows = frame().split('\n').filter((line) => /万元|\d ?元|百万/.test(line) && !line.includes('›'));
    expect(rows.map((line) => /(56\.93万元|201820元|60000元|6000 元|1500 元|百万)/.exec(line)?.[1])).toEqual(['56.93万元', '201820元', '60000元', '6000 元', '1500 元', '百万']);
    expect(frame()).toContain('201,820');
    await press('\r');
    await until(() => frame().includes('Amounts › #8'));
    await press('\u001B');
    await until(() => !frame().includes('Amounts ›'));
    await press('g');
    await until(() => frame().includes('Total (yuan)'));
    expect(frame()).toContain('575,300');
    expect(frame()).toContain('g grouping: kind');
    app.unmount();
  });

  it('shows yes, no and option values in the UI language', async () => {
    const { app, frame, press } = open('zh', 200);
    await until(() => frame().includes('9 篇'));
    await press(tabKey(frame(), '金额'));
    await until(() => frame().includes('56.93万元'));
    const row = (text: string) => frame().split('\n').find((line) => line.includes(text)) ?? '';
    expect(row('56.93万元')).toMatch(/ 否 +否 /);
    expect(row('百万')).toMatch(/ 是 +是 /);
    expect(frame()).not.toMatch(/ (yes|no) /);
    expect(frame()).toContain('g 分组: 不分组');
    await press('g');
    await until(() => frame().includes('g 分组: 款项'));
    app.unmount();
  });

  it('Disputes rolls up by level and lists the articles behind a cause', async () => {
    const { app, frame, press } = open();
    await until(() => frame().includes('9 articles'));
    await press(tabKey(frame(), 'Disputes'));
    await until(() => frame().includes('买卖合同纠纷'));
    await press('f');
    await until(() => frame().includes('f family: civil'));
    await press('l');
    await press('l');
    await until(() => frame().includes('l level: 2'));
    expect(frame()).toContain('合同纠纷');
    expect(frame()).toContain('婚姻家庭纠纷');
    expect(frame()).not.toContain('执行实施');
    await press('\r');
    await until(() => frame().includes('Disputes › 合同纠纷'));
    for (const headline of ['录音证据显作用', '提振企业发展信心', '周末执行', '加大诉源治理工作']) expect(frame()).toContain(headline);
    app.unmount();
  });

  it('Keywords loads its dictionary in the background and drills into a concordance', async () => {
    const { app, frame, press } = open();
    await until(() => frame().includes('9 articles'));
    await press(tabKey(frame(), 'Keywords'));
    await until(() => frame().includes('诉源治理'), 15_000, frame);
    expect(frame()).toContain('执行');
    await press('/');
    await press('诉源治理');
    await press('\r');
    await press('\r');
    await until(() => frame().includes('Keywords › 诉源治理'), 8000, frame);
    expect(frame()).toContain('12 rows');
    app.unmount();
  });
});
