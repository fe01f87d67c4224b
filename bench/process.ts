// Starting, waiting for and stopping the Lantern process a benchmark measures.
import { spawn, type ChildProcess } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;

/** A TypeScript entry point (run through tsx) as a child process; its stderr shows in ours. */
export function start(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Until `url` answers below 500; fails when the child exits first or the deadline passes. */
export async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${url} never became ready`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** SIGTERM, then SIGKILL if the process has not exited after `graceMs`. */
export async function stop(child: ChildProcess, graceMs = 5_000) {
  child.kill('SIGTERM');
  for (let waited = 0; waited < graceMs && child.exitCode === null; waited += 100)
    await new Promise((r) => setTimeout(r, 100));
  if (child.exitCode === null) child.kill('SIGKILL');
}
