import { render } from 'ink';
import type { Lang } from '../i18n/strings.js';
import { Root } from './root.js';
import { createInitialState } from './state/tui-state.js';
import type { LoadRequest } from './use-loader.js';

/** What the terminal UI opens. */
export interface TuiOptions extends LoadRequest {
  /** UI language. */
  lang: Lang;
  /** Label of the path for the title line. */
  source: string;
  /** Folder exports are written to. */
  exportDir: string;
}

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/**
 * Runs the terminal UI until the user quits. It draws on the alternate screen, so quitting
 * (q, Ctrl-C) gives the terminal back as it was. Returns the exit status.
 */
export async function runTui(options: TuiOptions): Promise<number> {
  const stdout = process.stdout;
  stdout.write(ENTER_ALTERNATE_SCREEN);
  const restore = (): void => {
    stdout.write(LEAVE_ALTERNATE_SCREEN);
  };
  process.once('exit', restore);
  try {
    const initial = createInitialState({ lang: options.lang, source: options.source, columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
    const request: LoadRequest = { target: options.target, extensions: options.extensions, cwd: options.cwd };
    const instance = render(<Root initial={initial} request={request} exportDir={options.exportDir} />, { exitOnCtrlC: false, patchConsole: false });
    await instance.waitUntilExit();
    return 0;
  } finally {
    process.off('exit', restore);
    restore();
  }
}
