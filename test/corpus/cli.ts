// Spawns the corpus commands in a child process, as a user would run them.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ARGS = [fileURLToPath(new URL('../../bin/detente.js', import.meta.url))];

export const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function detente(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Result {
  const result = spawnSync(process.execPath, [...ARGS, ...args], {
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts a command without waiting for it, for tests that kill it midway. */
export function startDetente(args: string[]): ChildProcess {
  return spawn(process.execPath, [...ARGS, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Resolves with the exit code (or the signal that ended the process). */
export function exited(child: ChildProcess): Promise<number | NodeJS.Signals | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? child.signalCode);
    else child.once('exit', (code, signal) => resolve(code ?? signal));
  });
}
