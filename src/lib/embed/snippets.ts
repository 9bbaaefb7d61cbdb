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

/** A container id for the Pym variant, unique per embed page: `pk-embed-iraq`. */
export const pymContainerId = (id: string) => `pk-embed-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * The Pym.js variant: pym.js (served with the story) creates the iframe, sizes it on every height
 * message and, with trackscroll, sends the host's scroll position to the embed.
 */
export function pymSnippet({ src, title, id, pymScript }: { src: string; title: string; id: string; pymScript: string }): string {
	const container = pymContainerId(id);
	const config = JSON.stringify({ title, trackscroll: true }).replace(/</g, '\\u003c');
	return [
		`<div id="${container}"></div>`,
		`<script src="${escapeHtml(checked(pymScript))}"></script>`,
		`<script>new pym.Parent(${JSON.stringify(container)}, ${JSON.stringify(checked(src)).replace(/</g, '\\u003c')}, ${config});</script>`
	].join('\n');
}
