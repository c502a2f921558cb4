/** The encodings the loader can detect and decode. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** One decoded input file. */
export interface SourceFile {
  /** Path relative to the folder the user named (forward slashes); the base name for a single file. */
  path: string;
  /** Encoding the bytes were decoded from. */
  encoding: SourceEncoding;
  /** Decoded text without its byte-order mark; every offset the tool reports refers to it. */
  text: string;
  /** Size of the file in bytes. */
  bytes: number;
}
