import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DISPUTE_DATA, defaultEdition, listEditions, loadDisputeModel, readDisputeTables } from '../../src/io/load-dispute-model.js';
import { UserError } from '../../src/io/user-error.js';
import { classifyDisputes } from '../../src/core/disputes/classify.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('loading the dispute data', () => {
  const tmp = useTempDir();

  it('lists the bundled editions and defaults to the newest', () => {
    expect(listEditions()).toEqual(['2025']);
    expect(defaultEdition()).toBe('2025');
  });

  it('rejects an unknown edition as a usage error naming the ones available', () => {
    const error = (() => {
      try {
        readDisputeTables('1999');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ message: 'unknown edition 1999 (available: 2025)', exitCode: 2 });
  });

  it('takes an added edition file by its name, with no code change', () => {
    const taxonomy = path.join(tmp(), 'taxonomy');
    cpSync(BUNDLED_DISPUTE_DATA.taxonomy, taxonomy, { recursive: true });
    // A tiny stand-in for an older edition: two causes, and an alias row for it.
    const older = {
      edition: '2020',
      causes: [
        { id: '2020-2', level: 1, name: '婚姻家庭、继承纠纷', number: '第二部分', parent: null },
        { id: '2020-2-3', level: 2, name: '婚姻家庭纠纷', number: '三', parent: '2020-2' },
        { id: '2020-2-3-19', level: 3, name: '离婚纠纷', number: '19', parent: '2020-2-3' },
      ],
    };
    writeFileSync(path.join(taxonomy, 'civil-2020.json'), JSON.stringify(older));
    const dirs = { taxonomy, phrasing: BUNDLED_DISPUTE_DATA.phrasing };
    expect(listEditions(dirs)).toEqual(['2020', '2025']);
    expect(defaultEdition(dirs)).toBe('2025');
    const model = loadDisputeModel('2020', dirs);
    expect(model.taxonomy.edition).toBe('2020');
    expect(model.taxonomy.nodes.filter((n) => n.family === 'civil').map((n) => [n.id, n.name, n.edition])).toEqual([
      ['2020-2', '婚姻家庭、继承纠纷', '2020'],
      ['2020-2-3', '婚姻家庭纠纷', '2020'],
      ['2020-2-3-19', '离婚纠纷', '2020'],
    ]);
    const text = '法院审结一起离婚诉讼，另有一起买卖合同纠纷。';
    expect(classifyDisputes(text, model).map((m) => [text.slice(m.start, m.end), m.node?.id ?? null])).toEqual([
      ['离婚诉讼', '2020-2-3-19'],
      ['买卖合同纠纷', null],
    ]);
    expect(model.warnings.length).toBeGreaterThan(0);
    expect(model.warnings).toContain('unlisted-rules.tsv 宅基地(?:权属|界址|使用|边界|界线|地界)?纠纷: no civil cause named 宅基地使用权纠纷 in edition 2020');
  });
});
