import type { Segmenter, Token } from '../../src/core/segment/segmenter.js';

/**
 * A tiny stand-in for jieba in unit tests: greedy longest match over a word list (`word` or
 * `word/tag`); runs of ASCII digits and of Latin letters are one token each; anything else is
 * a one-character token tagged `x`.
 */
export function fakeSegmenter(words: readonly string[]): Segmenter & { calls: number } {
  const tags = new Map<string, string>();
  for (const entry of words) {
    const [word, tag = 'n'] = entry.split('/');
    tags.set(word as string, tag);
  }
  const longest = Math.max(1, ...[...tags.keys()].map((word) => word.length));
  const segment = (text: string, withPos: boolean): Token[] => {
    fake.calls++;
    const tokens: Token[] = [];
    let i = 0;
    while (i < text.length) {
      let word = '';
      let pos = 'x';
      const run = /^(?:[0-9]+(?:\.[0-9]+)?|[A-Za-z]+)/.exec(text.slice(i));
      if (run) {
        word = run[0];
        pos = /[0-9]/.test(word) ? 'm' : 'eng';
      } else {
        for (let n = Math.min(longest, text.length - i); n >= 2 && !word; n--) {
          const candidate = text.slice(i, i + n);
          if (tags.has(candidate)) {
            word = candidate;
            pos = tags.get(candidate) as string;
          }
        }
        if (!word) {
          word = String.fromCodePoint(text.codePointAt(i) as number);
          pos = tags.get(word) ?? 'x';
        }
      }
      tokens.push(withPos ? { word, start: i, pos } : { word, start: i });
      i += word.length;
    }
    return tokens;
  };
  const fake = { name: 'fake', calls: 0, cut: (text: string) => segment(text, false), tag: (text: string) => segment(text, true) };
  return fake;
}
