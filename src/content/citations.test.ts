/**
 * Every citation in the content resolves to an end note: chapters, places, the timeline and the
 * routes, found by walking the data for `cite` lists (so a new kind of content is covered too).
 */
import { describe, expect, it } from 'vitest';
import { chapters } from './chapters';
import { placeStories } from './places';
import { routeStories } from './routes';
import { sources } from './sources';
import { timeline } from './timeline';

/** Every `cite` list in a value, with a path to where it is. */
function citations(value: unknown, path: string, out: { path: string; id: string }[] = []): { path: string; id: string }[] {
	if (Array.isArray(value)) value.forEach((v, i) => citations(v, `${path}[${i}]`, out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if (k === 'cite' && Array.isArray(v)) for (const id of v) out.push({ path: `${path}.cite`, id: String(id) });
			else citations(v, `${path}.${k}`, out);
		}
	}
	return out;
}

describe('citations', () => {
	const all = citations({ chapters, placeStories, timeline, routeStories }, 'content');
	const ids = new Set(sources.map((s) => s.id));

	it('are found in every kind of content', () => {
		const kinds = new Set(all.map((c) => c.path.split(/[.[]/)[1]));
		expect([...kinds].sort()).toEqual(['chapters', 'placeStories', 'routeStories', 'timeline']);
	});

	it('each resolve to an end note', () => {
		expect(all.filter((c) => !ids.has(c.id)).map((c) => `${c.path}: ${c.id}`)).toEqual([]);
	});

	it('cite each end note somewhere: no end note is left unused', () => {
		const cited = new Set(all.map((c) => c.id));
		expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
	});
});
