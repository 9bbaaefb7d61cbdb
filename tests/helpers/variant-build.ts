/**
 * Builds the site again with other settings (a base path, a remote basemap) into a folder of its
 * own, for the tests of that variant. Every vite build writes through the same .svelte-kit
 * folder, so test files that build at the same time take turns: each holds a lock (a folder,
 * made atomically) for its build. The browser tests' global setup clears a lock left by a run
 * that was stopped mid-build. A variant already built from the same build of the site (its
 * version) with the same settings is used as it is: files that test one variant share its build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as turn } from 'node:timers/promises';

export const BUILD_LOCK = 'tests/.output/vite-build.lock';

/** The site under a sub-path, as a newsroom or a museum hosts it (subpath and kiosk-offline tests). */
export const SUBPATH = {
	dir: 'tests/.output/build-subpath',
	prefix: '/graphics/peacekeeping',
	origin: 'https://graphics.example.org'
};

/** Builds the sub-path variant, once for every file that tests it (the same settings, so one stamp). */
export function buildSubpath(): Promise<void> {
	return buildVariant({ BUILD_DIR: SUBPATH.dir, BASE_PATH: SUBPATH.prefix, SITE_ORIGIN: SUBPATH.origin });
}

/** The build of the site the tests run on (its version), with the variant's settings. */
function stampOf(env: Record<string, string>): string {
	return JSON.stringify({ site: readFileSync('build/_app/version.json', 'utf8').trim(), env });
}

export async function buildVariant(env: Record<string, string> & { BUILD_DIR: string }): Promise<void> {
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
		const stamp = join(env.BUILD_DIR, '.variant.json');
		if (existsSync(stamp) && readFileSync(stamp, 'utf8') === stampOf(env)) return;
		rmSync(stamp, { force: true });
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { env: { ...process.env, ...env }, stdio: 'inherit' });
		writeFileSync(stamp, stampOf(env));
	} finally {
		rmSync(BUILD_LOCK, { recursive: true, force: true });
	}
}
