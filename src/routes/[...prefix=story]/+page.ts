// The prose (chapters' text, quotes, end notes) is rendered to HTML while prerendering and is
// never sent as data: the browser keeps the HTML it received (see $lib/story/prose.ts). This load
// runs again in the browser while the page hydrates, and there it adds nothing (in development
// the server load sends the prose as data: see ./+page.server.ts).
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, params }) => {
	const { devProse, ...rest } = data;
	if (!import.meta.env.SSR || devProse) return { ...rest, prose: devProse };
	const [{ storyAt }, { renderProse }] = await Promise.all([import('$lib/story/stories'), import('$lib/story/render-prose')]);
	const { story, geo } = storyAt(params.prefix)!;
	return { ...rest, prose: renderProse(story, geo.routes) };
};
