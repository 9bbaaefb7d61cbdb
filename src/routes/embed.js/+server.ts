// The embed code's script, at a stable address (`<base>/embed.js`) that no later deploy renames:
// pym.js 1.3 from node_modules, which on loading turns every `<div data-pym-src>` into a
// self-sizing iframe (see $lib/embed/snippets.ts). Hosts should revalidate it (README, Deploying).
import pym from 'pym.js/dist/pym.v1.min.js?raw';

export const prerender = true;

export const GET = () =>
	new Response(pym, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
