import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('bulletin [path] without a terminal', () => {
  it('prints the overview as text and exits 0', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('bulletin-lens  corpus/');
    expect(lines[1]).toMatch(/^1 file · 9 articles · 4,536 characters · loaded in \d+\.\d s$/);
    expect(run.stdout).toContain('Warnings (1)\n  1 place name matches no current unit: 中宁市 (2023-12-nmg-court-news-page.txt #6)\n');
    expect(run.stdout).toContain('Regions (Articles)\n  1. 包头市  2\n');
    expect(run.stdout).toContain('Amounts (Total (yuan))\n  1. 执行款  575,300\n');
  });

  it('prints it in Chinese under a Chinese locale', async () => {
    const run = await runCli([], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(run.stdout.split('\n')[1]).toMatch(/^1 文件 · 9 篇 · 4,536 字 · 加载用时 \d+\.\d s$/);
  });

  it('fails with one line for a missing export folder before opening the terminal UI', async () => {
    const run = await runCli(['--export-dir', 'no/such/dir'], { stdinIsTTY: true, stdoutIsTTY: true });
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'bulletin: export folder not found: no/such/dir\n' });
  });
});
