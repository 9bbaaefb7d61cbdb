import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { hostFiles } from './src/lib/site/host-files.ts';
import { SlowestFirst } from './tests/setup/sequencer.ts';

/** Says, once per build, that the build's absolute URLs point at the local preview (src/lib/embed/site.server.ts). */
function siteOriginWarning(): Plugin {
	return {
		name: 'site-origin-warning',
		apply: 'build',
		buildStart() {
			// Once for the client and server builds together (each has its own plugin instance).
			if (process.env.SITE_ORIGIN || process.env.SITE_ORIGIN_WARNED) return;
			process.env.SITE_ORIGIN_WARNED = '1';
			if (/^(1|true|yes)$/i.test(process.env.REQUIRE_SITE_ORIGIN ?? ''))
				throw new Error('SITE_ORIGIN is not set: give the public address, e.g. SITE_ORIGIN=https://graphics.example.com npm run build');
			this.warn(
				'SITE_ORIGIN is not set: oEmbed, share tags, canonical links and the sitemap point at the local preview, ' +
					'http://127.0.0.1:4173 (unless storyMeta.share.origin is set). Before deploying, build with SITE_ORIGIN=https://your.site'
			);
		}
	};
}

export default defineConfig({
	plugins: [
		sveltekit(),
		siteOriginWarning(),
		// _headers and nginx.conf in the build (src/lib/site/headers.ts), for the folder and the base
		// path that svelte.config.js gives the adapter and kit.paths: the same variables.
		hostFiles({ dir: () => process.env.BUILD_DIR ?? 'build', base: () => process.env.BASE_PATH ?? '' })
	],
	build: {
		// The chunks over Vite's 500 kB are MapLibre's (about 1,104 kB) and its worker (520 kB),
		// loaded only when the map starts: the limit sits just above MapLibre's, so that a chunk
		// that grows past it still warns.
		chunkSizeWarningLimit: 1150,
		modulePreload: {
			// SvelteKit imports the error page's code as it starts (nodes/1: its root error page, as
			// nodes/0 is its root layout), so that it can show an error without the network. Vite's
			// helper preloaded that code's chunks by putting a <link> into the page for each, inside
			// the start-up's task on a phone (issue 13); the import fetches them all the same.
			resolveDependencies: (file, deps) => (/(^|\/)nodes\/1\.[^/]+\.js$/.test(file) ? [] : deps)
		},
		rolldownOptions: {
			// No plugin-timing report on every build: the build takes seconds, and SvelteKit's
			// prerendering is its slow part by design.
			checks: { bundlerTimings: false }
		}
	},
	define: {
		// Optional remote basemap (off by default: the story must work offline).
		__BASEMAP_STYLE_URL__: JSON.stringify(process.env.BASEMAP_STYLE_URL ?? '')
	},
	test: {
		// The slowest browser files start first (see it).
		sequence: { sequencer: SlowestFirst },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
					// Vitest's default on two cores is one worker: these files are quick, their start-up is
					// not. They share the two workers with the browser files (the same group).
					maxWorkers: 2
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					environment: 'node',
					include: ['tests/**/*.test.ts'],
					globalSetup: ['tests/setup/server.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// expect.poll waits for states, not times: a busy machine (CI) gets them later.
					expect: { poll: { timeout: 15_000 } },
					// Two Chromiums at a time on the two cores: the tests wait on events and states,
					// never on timings, so sharing the CPU slows them but does not change them. The
					// files that build a variant of the site (sub-path, remote basemap) take turns
					// for their builds (tests/helpers/variant-build.ts).
					fileParallelism: true,
					maxWorkers: 2
				}
			}
		]
	}
});
