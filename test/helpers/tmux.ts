import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** True when tmux is on the PATH. */
export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

/** A program running in a detached tmux session on a private server. */
export class TmuxSession {
  private readonly socket = `bulletin-lens-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly name = 'app';

  /** Starts `command` (run by sh) in a `columns`×`rows` terminal; its exit status goes to `statusFile`. */
  constructor(command: string, columns: number, rows: number, private readonly statusFile: string) {
    const wrapped = `${command}; echo $? > ${JSON.stringify(statusFile)}; sleep 5`;
    this.tmux('new-session', '-d', '-s', this.name, '-x', String(columns), '-y', String(rows), wrapped);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** The screen as text. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.name);
  }

  /** Sends keys (tmux key names such as `Down`, `Enter`, or literal text with `-l`). */
  send(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  /** Waits until the screen shows `text`, returning the screen; throws after `timeout` ms. */
  async waitFor(text: string | RegExp, timeout = 15_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`screen never showed ${String(text)}:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits for the program to exit and returns its status. */
  async exitStatus(timeout = 10_000): Promise<number> {
    const deadline = Date.now() + timeout;
    while (!existsSync(this.statusFile)) {
      if (Date.now() > deadline) throw new Error(`program did not exit:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Number(readFileSync(this.statusFile, 'utf8').trim());
  }

  /** Stops the tmux server of this session. */
  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

/** The built binary. */
export const BIN = path.resolve(import.meta.dirname, '../../bin/bulletin.js');
