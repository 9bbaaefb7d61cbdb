/** sitemap.xml and robots.txt as strings, from absolute URLs. Pure. */
import { isHttpUrl } from '$lib/embed/url';

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function sitemapXml(urls: readonly string[], lastmod?: string): string {
	for (const u of urls) if (!isHttpUrl(u)) throw new Error(`sitemap: not an absolute URL: "${u}"`);
	const mod = lastmod ? `<lastmod>${xml(lastmod.slice(0, 10))}</lastmod>` : '';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls.map((u) => `<url><loc>${xml(u)}</loc>${mod}</url>`),
		'</urlset>',
		''
	].join('\n');
}

/** Everything may be crawled; the kiosk is for the museum's screen only. */
export function robotsTxt(sitemap: string, disallow: readonly string[] = []): string {
	if (!isHttpUrl(sitemap)) throw new Error(`robots.txt: not an absolute URL: "${sitemap}"`);
	return ['User-agent: *', ...disallow.map((p) => `Disallow: ${p}`), 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
}
