// The places and areas as CSV, written at build time (see $lib/data/downloads).
import { story } from '$content';
import { placesCsv } from '$lib/data/downloads';

export const prerender = true;

export function GET(): Response {
	return new Response(placesCsv(story), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
