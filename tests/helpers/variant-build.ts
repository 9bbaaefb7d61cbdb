/**
 * Builds the site again with other settings (a base path, a remote basemap) into a folder of its
 * own, for the tests of that variant. Every vite build writes through the same .svelte-kit
 * folder, so test files that build at the same time take turns: each holds a lock (a folder,
 * made atomically) for its build. The browser tests' global setup clears a lock left by a run
 * that was stopped mid-build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { setTimeout as turn } from 'node:timers/promises';

export const BUILD_LOCK = 'tests/.output/vite-build.lock';

export async function buildVariant(env: Record<string, string>): Promise<void> {
	mkdirSync('tests/.output', { recursive: true });
	// Polls the lock (another file's build takes seconds), rather than waiting a fixed time.
	for (;;) {
		try {
			mkdirSync(BUILD_LOCK);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			await turn(250);
		}
	}
	try {
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { env: { ...process.env, ...env }, stdio: 'inherit' });
	} finally {
		rmSync(BUILD_LOCK, { recursive: true, force: true });
	}
}
