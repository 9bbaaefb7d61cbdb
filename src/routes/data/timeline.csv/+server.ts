// The deployment timeline as CSV, written at build time (see $lib/data/downloads).
import { story, timeline } from '$content';
import { timelineCsv } from '$lib/data/downloads';

export const prerender = true;

export function GET(): Response {
	return new Response(timelineCsv(timeline, story.sources), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
