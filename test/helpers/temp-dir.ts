import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** Registers a fresh temporary folder per test; call `dir()` inside a test to get its path. */
export function useTempDir(): () => string {
  let current = '';
  beforeEach(() => {
    current = mkdtempSync(path.join(tmpdir(), 'bulletin-lens-'));
  });
  afterEach(() => rmSync(current, { recursive: true, force: true }));
  return () => current;
}
