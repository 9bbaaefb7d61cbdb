// The places and areas as CSV, written at build time (see $lib/data/downloads).
import { placesCsv } from '$lib/data/downloads';
import { storyAt, storyParams } from '$lib/story/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = storyParams;

export const GET: RequestHandler = ({ params }) =>
	new Response(placesCsv(storyAt(params.prefix)!.story), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
