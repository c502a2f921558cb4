import { foldChar, type NormalText } from '../normalise.js';
import type { Span } from '../span.js';

const SPACE = /[\s\u3000\u00a0\ufeff]/;

/**
 * The headline's runs of non-space source text (`录音证据显作用 公正判决获锦旗` and a two-line
 * headline both give two pieces), each normalised like body text and mapped to the source.
 * Segmenting the pieces apart keeps a word from forming across the gap between two halves.
 */
export function headlinePieces(source: string, span: Span): NormalText[] {
  const pieces: NormalText[] = [];
  let chars: string[] = [];
  let offsets: number[] = [];
  const flush = (): void => {
    if (chars.length === 0) return;
    const last = offsets[offsets.length - 1] as number;
    pieces.push({ text: chars.join(''), offsets: Int32Array.from([...offsets, last + 1]) });
    chars = [];
    offsets = [];
  };
  for (let i = span.start; i < span.end; i++) {
    const ch = source[i] as string;
    if (SPACE.test(ch)) flush();
    else {
      chars.push(foldChar(ch));
      offsets.push(i);
    }
  }
  flush();
  return pieces;
}
