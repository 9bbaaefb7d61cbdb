import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
					include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'bench/**/*.test.ts']
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
					// One Chromium at a time: the machines have two cores.
					fileParallelism: false
				}
			}
		]
	}
});
