/**
 * Who wrote and published the story, and when, for JSON-LD and oEmbed: read from the story's
 * metadata, whose byline and dates (`byline`, `published`, `updated`) may or may not be there;
 * each is defaulted here when absent. Pure.
 */

export interface Party {
	name: string;
	/** Absolute, or '' for none. */
	url: string;
}

export interface Credits {
	author: Party;
	publisher: Party;
	/** ISO dates (YYYY-MM-DD or a full timestamp), when the metadata has them. */
	published?: string;
	updated?: string;
}

/** The parts of the metadata read here; every one of them optional. */
export interface CreditsMeta {
	title: string;
	byline?: unknown;
	published?: unknown;
	updated?: unknown;
	share?: { publisher?: { name?: string; url?: string } };
}

/** A byline as a string ("By A and B"), a party, or a list of parties: one name. */
function bylineName(byline: unknown): string | null {
	if (typeof byline === 'string' && byline.trim()) return byline.trim().replace(/^by\s+/i, '');
	if (Array.isArray(byline)) {
		const names = byline.map(bylineName).filter((n): n is string => !!n);
		return names.length ? names.join(', ') : null;
	}
	if (byline && typeof byline === 'object' && typeof (byline as { name?: unknown }).name === 'string')
		return (byline as { name: string }).name;
	return null;
}

const isoDate = (d: unknown): string | undefined =>
	typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d) ? d : d instanceof Date && !isNaN(+d) ? d.toISOString() : undefined;

/** `home` is the story's absolute URL: the party's URL when the metadata gives none. */
export function creditsFrom(meta: CreditsMeta, home: string): Credits {
	const publisher = { name: meta.share?.publisher?.name || meta.title, url: meta.share?.publisher?.url || home };
	const author = bylineName(meta.byline);
	const published = isoDate(meta.published);
	const updated = isoDate(meta.updated);
	return {
		author: author ? { name: author, url: home } : publisher,
		publisher,
		...(published ? { published } : {}),
		...(updated ? { updated } : {})
	};
}
