/** What one evaluation suite measured. */
export interface EvalReport {
  /** Suite name: `splitter`, `amounts` … */
  name: string;
  /** Headline figures, by metric name (0..1). */
  metrics: Record<string, number>;
  /** Lines to print: the figures and the errors worth reading. */
  lines: string[];
}

/** An evaluation suite: reads its labelled set and measures the code on it. */
export type EvalSuite = () => EvalReport | Promise<EvalReport>;
