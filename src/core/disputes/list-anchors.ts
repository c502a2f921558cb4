import { wordAt } from '../word-lists.js';
import type { DisputeModel } from './model.js';
import { isHan } from './text.js';

/** What closes a list: the words after its last item. */
export interface ListAnchor {
  /**
   * `case`: a filler and a case head (等纠纷, 类案件, 等犯罪), which cover every item; `bare`: a case
   * head alone (和抚养费纠纷), which may cover the last item only; `type`: 等多种类型; `weak`: 等 or 类
   * before anything else.
   */
  strength: 'case' | 'bare' | 'type' | 'weak';
  /** True after 犯罪 / 罪: the items are crimes. */
  criminal: boolean;
  /** End of the case head (等民事案件 → after 案件), when there is one. */
  headEnd?: number;
}

/** What follows a list's last item when `filler` (possibly empty) stands right after it. */
function anchorAfter(text: string, after: number, filler: string, model: DisputeModel): ListAnchor | undefined {
  const { listCaseHeads, listTypeWords, maxListHeadGap } = model.phrasing;
  const head = wordAt(text, after, listCaseHeads);
  if (head) return { strength: filler ? 'case' : 'bare', criminal: head.endsWith('罪'), headEnd: after + head.length };
  if (!filler) return undefined;
  if (wordAt(text, after, listTypeWords)) return { strength: 'type', criminal: false };
  for (let gap = 1; gap <= maxListHeadGap && isHan(text[after + gap - 1]) && text[after + gap - 1] !== '的'; gap++) {
    const late = wordAt(text, after + gap, listCaseHeads);
    if (late) return { strength: 'case', criminal: late.endsWith('罪'), headEnd: after + gap + late.length };
  }
  return { strength: 'weak', criminal: false };
}

const STRENGTH: Record<ListAnchor['strength'], number> = { case: 0, type: 1, bare: 2, weak: 3 };

/** The strongest reading of what follows a list's last item at `position` (等类型 is 等 + 类型, not 等类 + 型). */
export function anchorAt(text: string, position: number, model: DisputeModel): ListAnchor | undefined {
  const fillers = ['', ...model.phrasing.listFillers.filter((filler) => text.startsWith(filler, position))];
  return fillers
    .map((filler) => anchorAfter(text, position + filler.length, filler, model))
    .filter((anchor): anchor is ListAnchor => anchor !== undefined)
    .sort((a, b) => STRENGTH[a.strength] - STRENGTH[b.strength])[0];
}
