import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = path.join(ROOT, 'src/data/gazetteer');

describe('npm run build:gazetteer', () => {
  const tmp = useTempDir();

  it('regenerates exactly the committed units.tsv and the word lists beside it', () => {
    const out = tmp();
    const log = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build-gazetteer.ts')], {
      cwd: ROOT,
      env: { ...process.env, GAZETTEER_OUT: out },
      encoding: 'utf8',
    });
    expect(log).toContain('units.tsv: 44690 units (province 31, county 2974, town 41352, city 333), 3163 short forms');
    expect(log).toContain('product-words.txt: 34 products and dishes named after a place');
    expect(log).toContain('landform-words.txt: 163 mountains, rivers and lakes named after a place');
    for (const file of ['units.tsv', 'town-words.txt', 'not-place-words.txt', 'product-words.txt', 'landform-words.txt']) {
      expect(readFileSync(path.join(out, file), 'utf8') === readFileSync(path.join(DATA, file), 'utf8')).toBe(true);
    }
  }, 60_000);
});
