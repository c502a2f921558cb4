import { describe, expect, it } from 'vitest';
import { chapterNumber, civilNodes, criminalNodes, formerChargeNames, kindNodes } from '../../../src/core/disputes/build-taxonomy.js';
import type { ChargeFile } from '../../../src/core/disputes/tables.js';
import { ancestorsOf, findByName, makeTaxonomy, rollUp } from '../../../src/core/disputes/taxonomy.js';

// A tiny hand-made excerpt in the shape of the real files.
const CIVIL = {
  edition: 'T',
  causes: [
    { id: 'T-4', level: 1, name: '合同、准合同纠纷', parent: null },
    { id: 'T-4-10', level: 2, name: '合同纠纷', parent: 'T-4' },
    { id: 'T-4-10-1', level: 3, name: '借款合同纠纷', parent: 'T-4-10' },
    { id: 'T-4-10-1-1', level: 4, name: '民间借贷纠纷', parent: 'T-4-10-1' },
    { id: 'T-1', level: 1, name: '人格权纠纷', parent: null },
    { id: 'T-1-1', level: 2, name: '人格权纠纷', parent: 'T-1' },
  ],
};
const CHARGES: ChargeFile = {
  as_of: '2024-01-30',
  charges: [
    { name: '盗窃罪', chapter: '侵犯财产罪', chapter_no: '第五章', status: 'current' },
    { name: '诈骗罪', chapter: '侵犯财产罪', chapter_no: '第五章', status: 'current' },
    { name: '放火罪', chapter: '危害公共安全罪', chapter_no: '第二章', status: 'current' },
    { name: '投毒罪', chapter: '危害公共安全罪', chapter_no: '第二章', status: 'renamed', current_equivalent: ['投放危险物质罪'] },
    { name: '嫖宿幼女罪', chapter: '妨害社会管理秩序罪', chapter_no: '第六章', status: 'abolished', current_equivalent: [] },
    { name: '甲乙罪', chapter: '渎职罪', chapter_no: '第九章', status: 'abolished', current_equivalent: ['甲罪', '乙罪'] },
  ],
};

describe('taxonomy builders', () => {
  it('reads chapter numbers', () => {
    expect(['第一章', '第九章', '第十章', '第十二章', '第二十章'].map(chapterNumber)).toEqual([1, 9, 10, 12, 20]);
  });

  it('groups current charges under their chapters, chapters in number order', () => {
    expect(criminalNodes(CHARGES).map((n) => [n.id, n.level, n.name, n.parent])).toEqual([
      ['crim-2', 1, '危害公共安全罪', null],
      ['crim-2-1', 2, '放火罪', 'crim-2'],
      ['crim-5', 1, '侵犯财产罪', null],
      ['crim-5-1', 2, '盗窃罪', 'crim-5'],
      ['crim-5-2', 2, '诈骗罪', 'crim-5'],
    ]);
    expect(criminalNodes(CHARGES)[0]).toMatchObject({ edition: '2024-01-30', family: 'criminal' });
  });

  it('maps former charge names to their single successor, else to null', () => {
    expect([...formerChargeNames(CHARGES)]).toEqual([
      ['投毒罪', '投放危险物质罪'],
      ['嫖宿幼女罪', null],
      ['甲乙罪', null],
    ]);
  });

  it('makes flat kind nodes', () => {
    expect(kindNodes([{ id: 'enf-5', name: '终结本次执行程序', forms: ['终本案件'] }], 'enforcement')).toEqual([
      { id: 'enf-5', level: 1, name: '终结本次执行程序', parent: null, edition: null, family: 'enforcement' },
    ]);
  });
});

describe('taxonomy queries', () => {
  const taxonomy = makeTaxonomy('T', civilNodes(CIVIL));
  const loan = taxonomy.byId.get('T-4-10-1-1')!;

  it('lists ancestors root first and rolls deeper causes up, leaving shallower ones', () => {
    expect(ancestorsOf(taxonomy, loan).map((n) => n.name)).toEqual(['合同、准合同纠纷', '合同纠纷', '借款合同纠纷']);
    expect([1, 2, 3, 4].map((level) => rollUp(taxonomy, loan, level).name)).toEqual(['合同、准合同纠纷', '合同纠纷', '借款合同纠纷', '民间借贷纠纷']);
    expect(rollUp(taxonomy, taxonomy.byId.get('T-4-10')!, 3).name).toBe('合同纠纷');
  });

  it('finds a name used at two levels as the deeper node', () => {
    expect(findByName(taxonomy, '人格权纠纷')?.id).toBe('T-1-1');
    expect(findByName(taxonomy, '盗窃罪')).toBeUndefined();
  });

  it('rejects duplicate ids and children before parents', () => {
    const [part, group] = civilNodes(CIVIL) as [never, never];
    expect(() => makeTaxonomy('T', [part, part])).toThrow('duplicate id T-4');
    expect(() => makeTaxonomy('T', [group])).toThrow('T-4-10 comes before its parent T-4');
  });
});
