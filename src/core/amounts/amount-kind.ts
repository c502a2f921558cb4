/** What a sum of money is, as the kind rules (src/data/amounts/kind-cues.tsv) name it. */
export const AMOUNT_KINDS = ['货款', '借款', '欠款', '工资', '抚养费', '赔偿', '执行款', '罚款', '诉讼费', '标的', '其他'] as const;

/**
 * One of `AMOUNT_KINDS`: 货款 (goods), 借款 (loan principal), 欠款 (a debt of unstated nature),
 * 工资 (pay for work), 抚养费 (child support), 赔偿 (damages and losses), 执行款 (paid or recovered
 * in enforcement), 罚款 (fines), 诉讼费 (court costs), 标的 (value in dispute), 其他 (anything else).
 */
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/** True for a kind name. */
export function isAmountKind(value: string): value is AmountKind {
  return (AMOUNT_KINDS as readonly string[]).includes(value);
}
