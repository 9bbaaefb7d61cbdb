import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; the build is a folder any static host can serve.
		// BUILD_DIR lets tests build variants (a remote basemap, a sub-path) beside the main build.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		paths: {
			// Hosting under a sub-path: BASE_PATH=/graphics/peacekeeping npm run build
			base: process.env.BASE_PATH ?? '',
			relative: true
		},
		alias: {
			$content: 'src/content'
		},
		// The service worker (src/service-worker.ts) is registered by the kiosk only.
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
