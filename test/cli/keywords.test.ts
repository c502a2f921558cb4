import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { encodeGb18030 } from '../helpers/encode.js';
import { PAGE } from '../helpers/keywords-fixture.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

// The real segmenter costs two seconds and 300 MB per process; these tests of the command
// surface use the word-list fake (test/keywords/nodejieba.test.ts runs the real one).
vi.mock('../../src/io/nodejieba-segmenter.js', async () => {
  const { fixtureSegmenter } = await import('../helpers/keywords-fixture.js');
  return { createNodejiebaSegmenter: async () => fixtureSegmenter() };
});

interface Json {
  rows: Record<string, unknown>[];
  meta: Record<string, unknown>;
}

const json = (stdout: string): Json => JSON.parse(stdout) as Json;

describe('bulletin keywords', () => {
  const tmp = useTempDir();
  const corpus = (): string => {
    writeFileSync(path.join(tmp(), 'page-2023-12.txt'), PAGE);
    return tmp();
  };

  it('counts body words with the bundled stop lists, sorted by count then term', async () => {
    const run = await runCli(['keywords', corpus(), '-f', 'tsv', '--top', '0']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'term\tcount\tarticles\ttfidf',
      '人民法院\t2\t2\t2',
      '纠纷\t2\t2\t2',
      ...['也已', '依法', '包头市', '同步', '履行', '当场', '执行', '执行和解', '执行干警', '拘传', '欠款', '满意', '申请执行人', '被执行人', '诉前调解', '诉源治理', '调解', '调解员', '通辽市', '采取'].map(
        (term) => `${term}\t1\t1\t1.4055`,
      ),
    ]);
  });

  it('keeps the top rows, sorts by another measure, counts headlines and filters by tag', async () => {
    const dir = corpus();
    const top = json((await runCli(['keywords', dir, '-f', 'json', '--top', '3', '--include-headlines'])).stdout);
    expect(top.rows).toEqual([
      { term: '人民法院', count: 2, articles: 2, tfidf: 2 },
      { term: '履行', count: 2, articles: 1, tfidf: 2.8109 },
      { term: '当场', count: 2, articles: 1, tfidf: 2.8109 },
    ]);
    expect(top.meta).toMatchObject({ top: 3, sort: 'count', includeHeadlines: true, terms: 24 });
    const byArticles = json((await runCli(['keywords', dir, '-f', 'json', '--top', '3', '--sort', 'articles'])).stdout);
    expect(byArticles.rows.map((r) => r.term)).toEqual(['人民法院', '纠纷', '也已']);
    const nz = json((await runCli(['keywords', dir, '-f', 'json', '--pos', 'nz,ns'])).stdout);
    expect(nz.rows.map((r) => r.term)).toEqual(['包头市', '执行和解', '诉前调解', '诉源治理', '通辽市']);
  });

  it('replaces the stop lists with --stopwords and extends them with --add-stopwords, in any encoding', async () => {
    const dir = corpus();
    writeFileSync(path.join(dir, 'mine.lst'), '# 自己的停用词\n人民法院\n');
    writeFileSync(path.join(dir, 'more.lst'), encodeGb18030('纠纷\r\n调解\r\n'));
    const replaced = json((await runCli(['keywords', dir, '-f', 'json', '--top', '0', '--stopwords', path.join(dir, 'mine.lst')])).stdout);
    expect(replaced.rows.map((r) => r.term)).toContain('近日');
    expect(replaced.rows.map((r) => r.term)).not.toContain('人民法院');
    expect(replaced.meta.stopwords).toBe(1);
    const added = json((await runCli(['keywords', dir, '-f', 'json', '--top', '2', '--add-stopwords', 'more.lst', '--add-stopwords', 'mine.lst'], { cwd: dir })).stdout);
    expect(added.rows.map((r) => r.term)).toEqual(['也已', '依法']);
  });

  it('applies the shared article filter', async () => {
    const run = await runCli(['keywords', corpus(), '-f', 'json', '--file', 'nothing-matches']);
    expect(json(run.stdout)).toMatchObject({ rows: [], meta: { articles: 0, terms: 0 } });
  });

  it('adds keyness against the bundled reference when asked', async () => {
    const view = json((await runCli(['keywords', corpus(), '-f', 'json', '--sort', 'keyness', '--top', '1'])).stdout);
    expect(Object.keys(view.rows[0] ?? {})).toEqual(['term', 'count', 'articles', 'tfidf', 'keyness']);
    expect(view.meta.reference).toBe('nodejieba idf.utf8');
  });

  it('fails in one line: missing stopword file (1), bad numbers (2)', async () => {
    expect(await runCli(['keywords', corpus(), '--add-stopwords', 'no-such.txt'])).toEqual({ code: 1, stdout: '', stderr: 'bulletin: stopword file not found: no-such.txt\n' });
    expect(await runCli(['keywords', '--top', '-2'])).toMatchObject({ code: 2, stderr: 'bulletin: --top must be a whole number of at least 0, got -2\n' });
    expect(await runCli(['keywords', '--min-length', '0'])).toMatchObject({ code: 2, stderr: 'bulletin: --min-length must be a whole number of at least 1, got 0\n' });
    expect(await runCli(['keywords', '--pos', ','])).toMatchObject({ code: 2, stderr: 'bulletin: --pos needs at least one tag, e.g. --pos n,v,nz,ns\n' });
    expect((await runCli(['keywords', '--sort', 'weight'])).code).toBe(2);
  });
});

describe('bulletin kwic', () => {
  const tmp = useTempDir();
  const corpus = (): string => {
    writeFileSync(path.join(tmp(), 'page-2023-12.txt'), PAGE);
    return tmp();
  };

  it('prints one row per occurrence with source context', async () => {
    const run = await runCli(['kwic', '纠纷', corpus(), '-f', 'tsv', '--width', '4']);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: `file\tarticle\tleft\tterm\tright\toffset\npage-2023-12.txt\t1\t乙公司的\t纠纷\t也已执行\t${PAGE.indexOf('纠纷也已')}\npage-2023-12.txt\t2\t诉前调解\t纠纷\t 一百二\t${PAGE.indexOf('纠纷\n')}\n`,
    });
  });

  it('lists a stopword anyway with a note, and notes a word never cut whole', async () => {
    const dir = corpus();
    const stop = await runCli(['kwic', '该院', dir, '-f', 'json']);
    expect(json(stop.stdout).rows).toHaveLength(1);
    expect(stop.stderr).toBe('bulletin: note: keywords does not count 该院 (stopword); its occurrences are listed anyway\n');
    const part = await runCli(['kwic', '诉源', dir, '-f', 'csv']);
    expect(part).toEqual({
      code: 0,
      stdout: 'file,article,left,term,right,offset\r\n',
      stderr: 'bulletin: note: 诉源 does not occur as a word; the segmenter may cut it as part of a longer word or into shorter ones\n',
    });
  });

  it('needs a term and a valid width', async () => {
    expect((await runCli(['kwic'])).code).toBe(2);
    expect(await runCli(['kwic', ' '])).toMatchObject({ code: 2, stderr: 'bulletin: kwic needs a non-empty term\n' });
    expect(await runCli(['kwic', '调解', '--width', '2.5'])).toMatchObject({ code: 2, stderr: 'bulletin: --width must be a whole number of at least 0, got 2.5\n' });
  });
});
