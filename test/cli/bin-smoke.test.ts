import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/bulletin.js', import.meta.url));
const run = promisify(execFile);

// The one test that spawns the real binary (built into dist/ by `prepare`).
describe('bin/bulletin.js', () => {
  it('runs a command end to end and exits 0', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'articles', '--format', 'json'], { env: { ...process.env, LANG: 'C' } });
    expect((JSON.parse(stdout) as { rows: unknown[] }).rows).toHaveLength(9);
  });

  it('exits 1 with one line and no stack trace for a missing path', async () => {
    const error = await run(process.execPath, [BIN, 'articles', 'no-such-folder']).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1, stderr: 'bulletin: path not found: no-such-folder\n' });
  });
});
