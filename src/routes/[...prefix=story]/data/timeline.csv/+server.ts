// The deployment timeline as CSV, written at build time (see $lib/data/downloads), for the stories that have one.
import { error } from '@sveltejs/kit';
import { timelineCsv } from '$lib/data/downloads';
import { storyAt, stories } from '$lib/story/stories';
import * as ui from '$lib/ui/strings';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => stories.filter((s) => s.story.timeline).map((s) => ({ prefix: s.param }));

export const GET: RequestHandler = ({ params }) => {
	const { story } = storyAt(params.prefix)!;
	if (!story.timeline) error(404, ui.notFound.noTimeline);
	return new Response(timelineCsv(story.timeline, story.sources, story.documentKind), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
