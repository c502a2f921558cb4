import { describe, expect, it } from 'vitest';
import { startWorkerSegmenter } from '../../src/io/worker-segmenter.js';

// Sentences written for this test, imitating court news.
describe('startWorkerSegmenter', () => {
  it('cuts texts in a worker thread with the project dictionary and reports progress', async () => {
    const worker = startWorkerSegmenter();
    try {
      const progress: [number, number][] = [];
      const texts = ['原告诉至法院', '深化诉源治理', '原告诉至法院'];
      const segmenter = await worker.segmentAll(texts, (done, total) => progress.push([done, total]));
      expect(segmenter.cut('原告诉至法院').map((t) => t.word)).toEqual(['原告', '诉至', '法院']);
      expect(segmenter.cut('深化诉源治理').map((t) => [t.word, t.start])).toEqual([
        ['深化', 0],
        ['诉源治理', 2],
      ]);
      expect(progress).toEqual([[2, 2]]);
      expect(() => segmenter.cut('未切分的句子')).toThrow('this text was not segmented in the worker');
    } finally {
      await worker.close();
    }
  });
});
