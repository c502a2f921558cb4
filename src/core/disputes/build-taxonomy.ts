import type { ChargeFile, CivilCauseFile, KindRow } from './tables.js';
import type { DisputeFamily, TaxonomyNode } from './taxonomy.js';

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `第十二章` → 12. */
export function chapterNumber(chapterNo: string): number {
  const digits = chapterNo.replace(/^第|章$/g, '');
  const [tens, units] = digits.split('十') as [string, string | undefined];
  if (units === undefined) return CHINESE_DIGITS[tens] ?? 0;
  return (tens === '' ? 1 : (CHINESE_DIGITS[tens] ?? 0)) * 10 + (units === '' ? 0 : (CHINESE_DIGITS[units] ?? 0));
}

/** The civil nodes of one edition, as the file gives them. */
export function civilNodes(file: CivilCauseFile): TaxonomyNode[] {
  return file.causes.map((cause) => ({ id: cause.id, level: cause.level, name: cause.name, parent: cause.parent, edition: file.edition, family: 'civil' }));
}

/** Criminal nodes: the 刑法分则 chapters at level 1, current charges under them at level 2. */
export function criminalNodes(file: ChargeFile): TaxonomyNode[] {
  const chapters = new Map<number, TaxonomyNode>();
  const charges = new Map<number, TaxonomyNode[]>();
  for (const charge of file.charges) {
    if (charge.status !== 'current') continue;
    const number = chapterNumber(charge.chapter_no);
    if (!chapters.has(number)) {
      chapters.set(number, { id: `crim-${number}`, level: 1, name: charge.chapter, parent: null, edition: file.as_of, family: 'criminal' });
      charges.set(number, []);
    }
    const list = charges.get(number) as TaxonomyNode[];
    list.push({ id: `crim-${number}-${list.length + 1}`, level: 2, name: charge.name, parent: `crim-${number}`, edition: file.as_of, family: 'criminal' });
  }
  return [...chapters.keys()].sort((a, b) => a - b).flatMap((n) => [chapters.get(n) as TaxonomyNode, ...(charges.get(n) as TaxonomyNode[])]);
}

/**
 * Old charge names and the one current charge each maps to. A name whose successors are several
 * (国家机关工作人员徇私舞弊罪) or none (嫖宿幼女罪) maps to null: it names no single current charge.
 */
export function formerChargeNames(file: ChargeFile): Map<string, string | null> {
  const former = new Map<string, string | null>();
  for (const charge of file.charges) {
    if (charge.status === 'current') continue;
    const successors = charge.current_equivalent ?? [];
    former.set(charge.name, successors.length === 1 ? (successors[0] as string) : null);
  }
  return former;
}

/** Flat level-1 nodes for our own kind lists (enforcement, administrative). */
export function kindNodes(rows: readonly KindRow[], family: DisputeFamily): TaxonomyNode[] {
  return rows.map((row) => ({ id: row.id, level: 1, name: row.name, parent: null, edition: null, family }));
}
