import { describe, expect, it } from 'vitest';
import type { AnalysedCorpus } from '../../../src/core/corpus.js';
import { forEachOccurrence, type TermOccurrence } from '../../../src/core/keywords/occurrences.js';
import type { OccurrenceOptions } from '../../../src/core/keywords/term-options.js';
import { TokenCache } from '../../../src/core/keywords/token-cache.js';
import { fixtureCorpus, fixtureSegmenter, PAGE } from '../../helpers/keywords-fixture.js';

const bodyOnly = { pos: null, includeHeadlines: false };

function corpusOccurrences(corpus: AnalysedCorpus, cache: TokenCache, options: OccurrenceOptions): TermOccurrence[] {
  const found: TermOccurrence[] = [];
  forEachOccurrence(corpus, cache, options, (occurrence) => found.push(occurrence));
  return found;
}

describe('forEachOccurrence', () => {
  it('masks placeholders with their cut-off surnames and the byline name, and drops blanks', () => {
    const corpus = fixtureCorpus();
    const terms = corpusOccurrences(corpus, new TokenCache(fixtureSegmenter()), bodyOnly)
      .filter((o) => o.article.index === 1)
      .map((o) => o.term);
    expect(terms).toEqual([
      '近日', '，', '包头市', '人民法院', '执行干警', '依法', '对', '被执行人', '采取', '拘传', '措施', '，', '当场', '履行', '欠款',
      '3000', '元', '。', '申请执行人', '表示', '满意', '。', '记者', '从', '该院', '获悉', '，', '与', '的', '纠纷', '也已', '执行和解', '。',
    ]);
  });

  it('maps each occurrence to its source span, across layout line breaks', () => {
    const occurrences = corpusOccurrences(fixtureCorpus(), new TokenCache(fixtureSegmenter()), bodyOnly);
    const spans = occurrences.filter((o) => o.term === '纠纷').map((o) => PAGE.slice(o.span.start, o.span.end));
    expect(spans).toEqual(['纠纷', '纠纷']);
    const execute = occurrences.find((o) => o.term === '执行' && o.article.index === 2);
    expect(execute && PAGE.slice(execute.span.start, execute.span.end)).toBe('执行');
    expect(execute?.span.start).toBe(PAGE.indexOf('执行\n工作同步'));
  });

  it('adds headline pieces first when asked, and keeps only the tags asked for', () => {
    const cache = new TokenCache(fixtureSegmenter());
    const withHeadlines = corpusOccurrences(fixtureCorpus(), cache, { pos: null, includeHeadlines: true });
    expect(withHeadlines.filter((o) => o.inHeadline).map((o) => o.term)).toEqual(['执行干警', '上门', '拘传', '被执行人', '当场', '履行', '诉源治理', '见', '实效', '调解']);
    expect(withHeadlines.find((o) => o.term === '上门')?.span).toEqual({ start: 4, end: 6 });
    const nz = corpusOccurrences(fixtureCorpus(), cache, { pos: new Set(['nz']), includeHeadlines: true });
    expect(nz.map((o) => [o.term, o.pos])).toEqual([
      ['执行和解', 'nz'],
      ['诉源治理', 'nz'],
      ['诉源治理', 'nz'],
      ['诉前调解', 'nz'],
    ]);
  });

  it('segments each body and headline piece once per cache, however often asked', () => {
    const segmenter = fixtureSegmenter();
    const cache = new TokenCache(segmenter);
    const corpus = fixtureCorpus();
    corpusOccurrences(corpus, cache, bodyOnly);
    corpusOccurrences({ ...corpus, articles: corpus.articles.slice(1) }, cache, bodyOnly);
    expect(segmenter.calls).toBe(2);
    corpusOccurrences(corpus, cache, { pos: null, includeHeadlines: true });
    expect(segmenter.calls).toBe(6);
  });

  it('segments again on every pass when told not to remember', () => {
    const segmenter = fixtureSegmenter();
    const cache = new TokenCache(segmenter, { remember: false });
    const corpus = fixtureCorpus();
    corpusOccurrences(corpus, cache, bodyOnly);
    corpusOccurrences(corpus, cache, bodyOnly);
    expect(segmenter.calls).toBe(4);
  });
});
