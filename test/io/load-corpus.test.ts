import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/io/load-corpus.js';
import { UserError } from '../../src/io/user-error.js';
import { encodeGb18030, encodeUtf16 } from '../helpers/encode.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('loadCorpus', () => {
  const tmp = useTempDir();

  it('walks folders recursively in code-point order, reading .txt only by default', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'b', '2.txt'), '乙');
    writeFileSync(path.join(dir, 'a.txt'), '甲');
    writeFileSync(path.join(dir, 'notes.md'), '不读');
    const corpus = await loadCorpus(dir);
    expect(corpus.files.map((f) => f.path)).toEqual(['a.txt', 'b/2.txt']);
    expect(corpus.isFile).toBe(false);
  });

  it('warns when a folder holds no file of the extensions read', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'notes.md'), '不读');
    expect((await loadCorpus(dir)).warnings).toEqual([`no .txt files in ${dir} (--ext names others)`]);
    expect((await loadCorpus(dir, { extensions: ['md', 'htm'] })).warnings).toEqual([]);
    mkdirSync(path.join(dir, 'empty'));
    expect((await loadCorpus(path.join(dir, 'empty'), { extensions: ['md', 'htm'] })).warnings).toEqual([`no .md or .htm files in ${path.join(dir, 'empty')} (--ext names others)`]);
  });

  it('reads other extensions when asked', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.txt'), '甲');
    writeFileSync(path.join(dir, 'notes.MD'), '读');
    const corpus = await loadCorpus(dir, { extensions: ['md', '.txt'] });
    expect(corpus.files.map((f) => f.path)).toEqual(['a.txt', 'notes.MD']);
  });

  it('skips hidden folders and node_modules', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, '.git'));
    mkdirSync(path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, '.git', 'x.txt'), '隐');
    writeFileSync(path.join(dir, 'node_modules', 'y.txt'), '包');
    writeFileSync(path.join(dir, 'z.txt'), '正文');
    expect((await loadCorpus(dir)).files.map((f) => f.path)).toEqual(['z.txt']);
  });

  it('survives a symbolic link loop', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'p.txt'), '页');
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    expect((await loadCorpus(dir)).files.map((f) => f.path)).toEqual(['sub/p.txt']);
  });

  it('skips a .txt file holding NUL bytes with a warning naming it; empty files are fine', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const corpus = await loadCorpus(dir);
    expect(corpus.files.map((f) => f.path)).toEqual(['empty.txt']);
    expect(corpus.warnings).toEqual(['bin.txt: skipped, binary file (contains NUL bytes)']);
  });

  it('decodes each file by its own encoding', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'gb.txt'), encodeGb18030('科布尔讯 近日，法院召开推进会。'));
    writeFileSync(path.join(dir, 'u16.txt'), encodeUtf16('科布尔讯 近日，法院召开推进会。', 'le'));
    const corpus = await loadCorpus(dir);
    expect(corpus.files.map((f) => [f.path, f.encoding, f.text])).toEqual([
      ['gb.txt', 'gb18030', '科布尔讯 近日，法院召开推进会。'],
      ['u16.txt', 'utf-16le', '科布尔讯 近日，法院召开推进会。'],
    ]);
  });

  it('warns about a damaged UTF-8 file but keeps it', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.concat([Buffer.from('近日，法院执行到位金额'), Buffer.from([0xe4, 0xb8]), Buffer.from('56.93万元。')]));
    const corpus = await loadCorpus(dir);
    expect(corpus.files[0]?.encoding).toBe('utf-8');
    expect(corpus.warnings).toEqual(['bad.txt: 1 invalid utf-8 byte sequence replaced by U+FFFD']);
  });

  it('reads a single named file whatever its extension', async () => {
    const dir = tmp();
    const file = path.join(dir, 'page.text');
    writeFileSync(file, '通辽讯 正文。');
    const corpus = await loadCorpus(file);
    expect(corpus.isFile).toBe(true);
    expect(corpus.files.map((f) => f.path)).toEqual(['page.text']);
  });

  it('fails with a one-line UserError for a missing path, naming it as given', async () => {
    const dir = tmp();
    await expect(loadCorpus('no/such/folder', { cwd: dir })).rejects.toEqual(new UserError('path not found: no/such/folder'));
  });
});
