import { describe, expect, it } from 'vitest';
import { COMMON, IMMUTABLE, KINDS, headersFile, headersFor, kindOf, nginxServer, urlPath } from './headers';

/** A build's files, as few as show every case. */
const FILES = [
	'index.html',
	'404.html',
	'kiosk.html',
	'favicon.svg',
	'service-worker.js',
	'_app/version.json',
	'_app/immutable/entry/start.abc123.js',
	'_app/immutable/assets/0.def456.css',
	'data/places.geojson',
	'data/places.csv',
	'data/maps/east.svg',
	'embed/index.html',
	'embed/east.html',
	'embed/oembed/east.json',
	'places/harbour.html',
	'_headers',
	'nginx.conf'
];

/** `_headers` as Netlify and Cloudflare Pages read it: every matching rule applies; `*` matches anything. */
function parse(text: string): { path: RegExp; headers: [string, string][] }[] {
	const rules: { path: RegExp; headers: [string, string][] }[] = [];
	for (const line of text.split('\n').filter(Boolean)) {
		if (!line.startsWith(' ')) {
			const pattern = line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ path: new RegExp(`^${pattern}$`), headers: [] });
		} else {
			const [, name, value] = /^\s+([^:]+):\s(.*)$/.exec(line)!;
			rules.at(-1)!.headers.push([name!, value!]);
		}
	}
	return rules;
}

function applied(text: string, path: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of parse(text).filter((r) => r.path.test(path))) {
		for (const [k, v] of rule.headers) {
			expect(out[k], `${path}: ${k} set twice`).toBeUndefined();
			out[k] = v;
		}
	}
	return out;
}

describe('the header rules', () => {
	it('sorts files into kinds by folder', () => {
		expect(
			['/', '/places/harbour', '/_app/immutable/x.js', '/embed/east', '/embed', '/embed/', '/data/places.csv', '/_app/version.json'].map(
				kindOf
			)
		).toEqual(['page', 'page', 'immutable', 'embed', 'embed', 'embed', 'data', 'page']);
	});

	it('lets anyone frame the embeds and only the site frame its pages; caches only hashed files for a year', () => {
		expect(headersFor('/embed/east')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(headersFor('/embed/east')['X-Frame-Options']).toBeUndefined();
		expect(headersFor('/')['Content-Security-Policy']).toBe("frame-ancestors 'self'");
		expect(headersFor('/')['X-Frame-Options']).toBe('SAMEORIGIN');
		for (const path of ['/', '/embed/east', '/data/places.csv', '/favicon.svg'])
			expect(headersFor(path)['Cache-Control'], path).toBe('no-cache');
		expect(headersFor('/_app/immutable/entry/start.abc123.js')['Cache-Control']).toBe(IMMUTABLE);
		expect(headersFor('/data/places.geojson')['Content-Type']).toBe('application/geo+json; charset=utf-8');
		for (const path of ['/', '/embed/east', '/data/places.csv', '/_app/immutable/x.js']) expect(headersFor(path)).toMatchObject(COMMON);
	});

	it('writes URL paths as readers use them', () => {
		expect(['index.html', 'places/harbour.html', 'embed/index.html', 'data/places.csv'].map(urlPath)).toEqual([
			'/',
			'/places/harbour',
			'/embed/',
			'/data/places.csv'
		]);
	});
});

describe('_headers', () => {
	for (const base of ['', '/graphics/story']) {
		it(`gives every file exactly its headers, each once${base ? ', under a base path' : ''}`, () => {
			const text = headersFile(FILES, base);
			for (const file of FILES.filter((f) => f !== '_headers' && f !== 'nginx.conf')) {
				const paths = [urlPath(file), ...(file.endsWith('.html') && file !== 'index.html' ? [`/${file}`] : [])];
				for (const path of paths) {
					const want = { ...headersFor(path) };
					// Hosts know the content type of everything but the data downloads, and send _app's other files as they are.
					if (kindOf(path) !== 'data') delete want['Content-Type'];
					if (path === '/_app/version.json') for (const k of ['Content-Security-Policy', 'X-Frame-Options']) delete want[k];
					expect(applied(text, `${base}${path}`), `${base}${path}`).toEqual(want);
				}
			}
		});
	}

	it('keeps within Cloudflare Pages’ 100 rules', () => {
		expect(parse(headersFile(FILES, '')).length).toBeLessThan(100);
	});
});

describe('the nginx server block', () => {
	const conf = nginxServer('/graphics/story', { root: '/srv/www' });

	it('serves the 404 page with status 404, and never the host files', () => {
		expect(conf).toContain('error_page 404 /graphics/story/404.html;');
		expect(conf).toContain('error_page 403 =404 /graphics/story/404.html;');
		expect(conf).toMatch(/location = \/graphics\/story\/_headers \{\s+return 404;/);
		expect(conf).toMatch(/location = \/graphics\/story\/nginx.conf \{\s+return 404;/);
	});

	it('lists every header of its kind in each location, since nginx does not inherit add_header', () => {
		const locations = [...conf.matchAll(/location (\^~ |= )?(\S+) \{([^}]*)\}/g)].filter((m) => !m[3]!.includes('return 404'));
		expect(locations.map((m) => m[2])).toEqual([
			'/graphics/story/_app/immutable/',
			'/graphics/story/embed/',
			'/graphics/story/data/',
			'/graphics/story/embed',
			'/graphics/story/embed.js',
			'/graphics/story/'
		]);
		for (const [, , path, body] of locations) {
			const kind = kindOf(path!.replace('/graphics/story', ''));
			for (const [k, v] of Object.entries({ ...COMMON, ...KINDS[kind] }))
				expect(body, `${path}: ${k}`).toContain(`add_header ${k} "${v}" always;`);
		}
	});
});
