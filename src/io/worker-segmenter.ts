import { Worker } from 'node:worker_threads';
import type { Segmenter, Token } from '../core/segment/segmenter.js';
import type { CutReply, CutRequest } from './segment-worker.js';

// The compiled worker: the same path from src/io (tests) and dist/io (the CLI); `npm test` and
// `prepare` build dist/ first.
const WORKER = new URL('../../dist/io/segment-worker.js', import.meta.url);

/** Texts sent per message: small enough that progress moves, large enough to amortise messages. */
const BATCH = 100;

/** A segmenter running in a worker thread. */
export interface WorkerSegmenter {
  /**
   * Cuts every text in the worker, reporting progress after each batch, and returns a segmenter
   * that answers those texts on this thread at once (and no others).
   */
  segmentAll: (texts: readonly string[], onProgress?: (done: number, total: number) => void) => Promise<Segmenter>;
  /** Stops the worker. */
  close: () => Promise<void>;
}

/** Starts the worker now, so its dictionaries load while the caller does other work. */
export function startWorkerSegmenter(): WorkerSegmenter {
  const worker = new Worker(WORKER);
  worker.unref();
  let next = 0;
  const pending = new Map<number, { resolve: (tokens: Token[][]) => void; reject: (error: Error) => void }>();
  worker.on('message', (reply: CutReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.tokens);
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  const cut = (texts: string[]): Promise<Token[][]> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, texts } satisfies CutRequest);
    });
  return {
    segmentAll: async (texts, onProgress) => {
      const unique = [...new Set(texts)];
      const cuts = new Map<string, Token[]>();
      for (let i = 0; i < unique.length; i += BATCH) {
        const batch = unique.slice(i, i + BATCH);
        const tokens = await cut(batch);
        batch.forEach((text, j) => cuts.set(text, tokens[j] ?? []));
        onProgress?.(Math.min(i + BATCH, unique.length), unique.length);
      }
      return precomputed(cuts);
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** A segmenter answering from cuts made beforehand; it knows no other text. */
function precomputed(cuts: ReadonlyMap<string, Token[]>): Segmenter {
  return {
    name: 'nodejieba',
    cut: (text) => {
      const known = cuts.get(text);
      if (!known) throw new Error('this text was not segmented in the worker');
      return known;
    },
    tag: () => {
      throw new Error('part-of-speech tags are not computed in the worker');
    },
  };
}
