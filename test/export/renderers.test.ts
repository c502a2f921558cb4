import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { ViewTable } from '../../src/core/view/view-table.js';
import { sortRows } from '../../src/core/view/view-table.js';
import { renderCsv } from '../../src/export/csv.js';
import { groupThousands } from '../../src/export/format-cell.js';
import { renderJson } from '../../src/export/json.js';
import { renderTable } from '../../src/export/table.js';
import { renderTsv } from '../../src/export/tsv.js';

// A small hand-made view; the names imitate the bundled page's places.
const view: ViewTable = {
  id: 'sample',
  title: '示例',
  columns: [
    { key: 'name', label: '名称', type: 'text' },
    { key: 'count', label: '数量', type: 'integer' },
    { key: 'yuan', label: '金额', type: 'yuan' },
    { key: 'tags', label: '标签', type: 'list' },
  ],
  rows: [
    { name: '察哈尔右翼中旗', count: 2, yuan: 569300, tags: ['执行', '调解'] },
    { name: '=SUM(A1)', count: 1, yuan: null, tags: [] },
    { name: 'a\tb', count: 12345, yuan: 0.5, tags: ['x'] },
  ],
  meta: { note: 'test' },
};

describe('renderCsv', () => {
  it('writes keys as headers, raw numbers, a BOM only when asked, CRLF records', () => {
    expect(renderCsv(view, { bom: false, header: 'keys' })).toBe(
      'name,count,yuan,tags\r\n察哈尔右翼中旗,2,569300,执行; 调解\r\n\'=SUM(A1),1,,\r\na\tb,12345,0.5,x\r\n',
    );
    expect(renderCsv(view, { bom: true, header: 'labels' }).startsWith('\uFEFF名称,数量,金额,标签\r\n')).toBe(true);
  });

  it('neutralises every formula-like start in text cells', () => {
    const evil: ViewTable = { ...view, rows: ['=1', '+1', '-1', '@x', 'ok'].map((name) => ({ name, count: -3, yuan: null, tags: [] })) };
    const lines = renderCsv(evil, { bom: false, header: 'keys' }).trim().split('\r\n').slice(1);
    expect(lines.map((line) => line.split(',')[0])).toEqual(["'=1", "'+1", "'-1", "'@x", 'ok']);
    expect(lines[0]?.split(',')[1]).toBe('-3');
  });
});

describe('renderTsv', () => {
  it('replaces tabs and line breaks inside cells with spaces', () => {
    expect(renderTsv(view, { bom: false, header: 'keys' }).split('\n')[3]).toBe('a b\t12345\t0.5\tx');
  });
});

describe('renderJson', () => {
  it('prints exactly one object {view, columns, rows, meta} with rows keyed by column', () => {
    const parsed = JSON.parse(renderJson(view)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['view', 'columns', 'rows', 'meta']);
    expect(parsed.view).toBe('sample');
    expect((parsed.rows as unknown[])[1]).toEqual({ name: '=SUM(A1)', count: 1, yuan: null, tags: [] });
  });
});

describe('renderTable', () => {
  it('keeps every line of the table the same display width with CJK text', () => {
    const lines = renderTable(view, { header: 'labels' }).trimEnd().split('\n').slice(1);
    const widths = new Set(lines.map((line) => stringWidth(line)));
    expect(widths.size).toBe(1);
    expect(lines.some((line) => line.includes('569,300'))).toBe(true);
    expect(lines.some((line) => line.includes('12,345'))).toBe(true);
  });
});

describe('sortRows', () => {
  it('orders by the sort key descending, then by name in code-point order', () => {
    const rows = [
      { name: '包头市', n: 2 },
      { name: '乌兰察布市', n: 1 },
      { name: '呼和浩特市', n: 2 },
      { name: 'Beijing', n: 2 },
      { name: '通辽市', n: null },
    ];
    expect(sortRows(rows, 'n', 'name').map((r) => r.name)).toEqual(['Beijing', '包头市', '呼和浩特市', '乌兰察布市', '通辽市']);
  });
});

describe('groupThousands', () => {
  it('groups the whole part only', () => {
    expect([0, 999, 1000, 201820, 569300.5, -1234567].map(groupThousands)).toEqual(['0', '999', '1,000', '201,820', '569,300.5', '-1,234,567']);
  });
});
