// Worker thread: holds the nodejieba dictionaries (~300 MB, ~1 s to load) away from the UI thread
// and cuts batches of texts on request.
import { parentPort } from 'node:worker_threads';
import type { Token } from '../core/segment/segmenter.js';
import { createNodejiebaSegmenter } from './nodejieba-segmenter.js';

/** A request: cut these texts. */
export interface CutRequest {
  /** Request number, echoed in the reply. */
  id: number;
  /** Texts to cut. */
  texts: string[];
}

/** A reply: the tokens of each text, or why loading failed. */
export type CutReply = { id: number; tokens: Token[][] } | { id: number; error: string };

const port = parentPort;
if (port) {
  const segmenter = createNodejiebaSegmenter();
  port.on('message', (request: CutRequest) => {
    segmenter.then(
      (s) => port.postMessage({ id: request.id, tokens: request.texts.map((text) => s.cut(text)) } satisfies CutReply),
      (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies CutReply),
    );
  });
}
