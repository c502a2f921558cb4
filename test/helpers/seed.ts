import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled real page (see corpus/README.md). */
export const SEED_PATH = fileURLToPath(new URL('../../corpus/2023-12-nmg-court-news-page.txt', import.meta.url));

/** The bundled page's text. */
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');

/** The bundled corpus folder. */
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));
