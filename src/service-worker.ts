/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the kiosk running without a server. On install it caches this build's app files, static
 * files (the geo data and static maps) and prerendered pages under a cache named by the build's
 * version; on activate it deletes every other version's cache and takes over open pages.
 *
 * Hashed app files (`_app/immutable/`) never change, so they come from the cache first.
 * Everything else goes to the network first and falls back to the cache: while the server is up
 * a page is never older than the server's copy, and a new build's worker replaces this one.
 * Registered by the kiosk only (kit.serviceWorker.register is false).
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `kiosk-${version}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];
const KNOWN = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// cache: 'reload' skips the HTTP cache, so a new version never stores an old file.
			await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** The cache key of a same-origin path: pages are cached without their query (kiosk timings). */
function cacheKey(url: URL): string | null {
	const path = url.pathname;
	if (KNOWN.has(path)) return path;
	// The story's root page: `${base}/` or `${base}`, whichever the build listed.
	const alt = path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
	if (KNOWN.has(alt)) return alt;
	return null;
}

/** A copy without the redirected flag: browsers refuse redirected responses for navigations. */
function clean(response: Response): Response {
	if (!response.redirected) return response;
	const { status, statusText, headers } = response;
	return new Response(response.body, { status, statusText, headers });
}

async function respond(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (key.startsWith(`${base}/_app/immutable/`)) {
		const hit = await cache.match(key);
		if (hit) return clean(hit);
	}
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
		return response;
	} catch (error) {
		// Server or network gone: this version's copy.
		const hit = await cache.match(key);
		if (hit) return clean(hit);
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const key = cacheKey(url);
	// Anything this build does not know (other paths on the host) is left to the browser.
	if (!key) return;
	event.respondWith(respond(request, key));
});
