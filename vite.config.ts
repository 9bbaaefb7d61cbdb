import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { hostFiles } from './src/lib/site/host-files.ts';

/** Browser tests that build the site again with other settings (base path, remote basemap). */
const VARIANT_BUILDS = ['tests/subpath.test.ts', 'tests/remote-basemap.test.ts', 'tests/kiosk-offline.test.ts'];

export default defineConfig({
	plugins: [
		sveltekit(),
		// _headers and nginx.conf in the build (src/lib/site/headers.ts), for the folder and the base
		// path that svelte.config.js gives the adapter and kit.paths: the same variables.
		hostFiles({ dir: () => process.env.BUILD_DIR ?? 'build', base: () => process.env.BASE_PATH ?? '' })
	],
	define: {
		// Optional remote basemap (off by default: the story must work offline).
		__BASEMAP_STYLE_URL__: JSON.stringify(process.env.BASEMAP_STYLE_URL ?? '')
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'bench/**/*.test.ts'],
					sequence: { groupOrder: 0 }
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/**/*.test.ts'],
					exclude: VARIANT_BUILDS,
					globalSetup: ['tests/setup/server.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// Two Chromiums at a time on the two cores: the tests wait on events and states,
					// never on timings, so sharing the CPU slows them but does not change them.
					fileParallelism: true,
					maxWorkers: 2,
					sequence: { groupOrder: 1 }
				}
			},
			{
				extends: true,
				test: {
					// Tests that make their own variant build: one at a time, after the others, since
					// every vite build writes to the same .svelte-kit folder.
					name: 'browser-variants',
					environment: 'node',
					include: VARIANT_BUILDS,
					globalSetup: ['tests/setup/server.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false,
					sequence: { groupOrder: 2 }
				}
			}
		]
	}
});
