/**
 * Copy-ready embed code: a plain iframe with a sensible default height, and the Pym.js variant
 * that sizes itself and drives the story with the host page's scroll. Pure string building, with
 * every value escaped for HTML.
 */
import { isHttpUrl } from './url';

export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface SnippetInput {
	/** The embed page's absolute http(s) URL (or root-relative path). */
	src: string;
	title: string;
	height: number;
}

/** An absolute http(s) URL, or a root-relative path when the site's origin is not known at build time. */
function checked(src: string): string {
	if (!isHttpUrl(src) && !/^\/(?!\/)/.test(src)) throw new Error(`Embed code needs an http(s) URL, not "${src}"`);
	return src;
}

/** A plain iframe: hosts that understand AMP or iframe.resize messages resize it; others keep the height. */
export function iframeSnippet({ src, title, height }: SnippetInput): string {
	return (
		`<iframe src="${escapeHtml(checked(src))}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}"` +
		` style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`
	);
}

/** A container id for the Pym variant, unique per embed page: `pk-embed-<chapter-id>`. */
export const pymContainerId = (id: string) => `pk-embed-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * The Pym.js variant: no inline script, nothing to run in order. The site's `embed.js` (pym.js,
 * at a stable address) finds the container by its `data-pym-src` and replaces its contents with an
 * iframe that sizes itself; with `trackscroll` it sends the host's scroll position to the embed
 * (the whole story needs it). Where a CMS strips scripts, the link to the page remains.
 */
export function pymSnippet({
	src,
	title,
	id,
	script,
	trackScroll = false
}: {
	src: string;
	title: string;
	id: string;
	/** The site's `embed.js`. */
	script: string;
	trackScroll?: boolean;
}): string {
	const url = escapeHtml(checked(src));
	return [
		`<div id="${pymContainerId(id)}" data-pym-src="${url}" data-pym-title="${escapeHtml(title)}"${trackScroll ? ' data-pym-trackscroll="true"' : ''}>` +
			`<a href="${url}">${escapeHtml(title)}</a></div>`,
		`<script src="${escapeHtml(checked(script))}" async></script>`
	].join('\n');
}
