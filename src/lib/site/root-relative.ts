/** Rewrites a page written at `<base>/<page>` so that its relative URLs start from the site's root. Pure. */

/** `href="./x"`, `src="./x"`, `srcset="./x"`, `content="./x"` → `…="<base>/x"`. */
export function rootRelative(html: string, base: string): string {
	return html.replace(/\b(href|src|srcset|content)="\.\/?/g, (_, attr: string) => `${attr}="${base}/`);
}
