import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The one inline script of src/app.html, allowed by its hash: SvelteKit hashes only its own.
const headScript = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').match(/<script>([^<]*)<\/script>/)?.[1];
if (headScript === undefined) throw new Error('src/app.html: its inline <script> is missing');
const headScriptHash = `sha256-${createHash('sha256').update(headScript).digest('base64')}`;

// A remote basemap (optional, off by default) needs its host allowed by the CSP: its style,
// tiles and sprites may come from anywhere over https.
const remoteBasemap = /^https?:/.test(process.env.BASEMAP_STYLE_URL ?? '') ? ['https:'] : [];

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
		// A Content-Security-Policy <meta> on every page; SvelteKit adds the hashes of its own inline
		// scripts. MapLibre's worker is a same-origin file (worker-src 'self', which also covers a
		// service worker). frame-ancestors cannot be set from a meta tag: see README, Deploying.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', headScriptHash],
				'worker-src': ['self'],
				'style-src': ['self'],
				// MapLibre and Svelte position elements with style attributes.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...remoteBasemap],
				'connect-src': ['self', ...remoteBasemap],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
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
