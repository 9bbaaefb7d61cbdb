/**
 * Analytics hooks, off by default: the story loads no tracker and sends nothing anywhere. It only
 * announces what readers do, for a newsroom's own analytics to pick up (README, Analytics):
 * - on the page, as DOM CustomEvents on `window`: `<namespace>:<name>` with the event's detail,
 *   and every event once more as `<namespace>:event` with `{ name, ...detail }`;
 * - inside an iframe, also as a message to the parent window: `{ type: '<namespace>:analytics',
 *   version: 1, name, detail, page }`, where `page` is the embed's URL.
 * The namespace is the site's (src/content/site.yaml `analytics`), the same for every story.
 */
import site from '$lib/generated/site.json';

export const EVENT_PREFIX = `${site.analytics}:`;
export const ALL_EVENTS = `${EVENT_PREFIX}event`;
export const MESSAGE_TYPE = `${site.analytics}:analytics` as const;

/** Every event and its detail. */
export interface StoryEvents {
	/** The reader left a chapter (or the page) after `seconds` on it; passes of under a second are not reported. */
	'chapter-view': { chapter: string; seconds: number };
	'place-open': { place: string; chapter: string };
	explore: { on: boolean; chapter: string };
	'embed-copy': { embed: string; format: 'iframe' | 'pym' | 'story-pym' };
	download: { file: string };
	/** A visitor touched the kiosk while it played its attract loop. */
	'kiosk-start': Record<string, never>;
	/** The session ended: nobody touched the screen (`timeout`) or a visitor started over (`reset`). */
	'kiosk-end': { seconds: number; reason: 'timeout' | 'reset' };
	/** The screen went back to its attract loop (after a session's timeout, or `reset()`). */
	'kiosk-reset': Record<string, never>;
}
export type StoryEventName = keyof StoryEvents;

export interface AnalyticsMessage<N extends StoryEventName = StoryEventName> {
	type: typeof MESSAGE_TYPE;
	version: 1;
	name: N;
	detail: StoryEvents[N];
	page: string;
}

export function analyticsMessage<N extends StoryEventName>(name: N, detail: StoryEvents[N], page: string): AnalyticsMessage<N> {
	return { type: MESSAGE_TYPE, version: 1, name, detail, page };
}

/** Announces an event (a no-op outside a browser). Never throws: analytics must not break the story. */
export function track<N extends StoryEventName>(name: N, detail: StoryEvents[N]): void {
	if (typeof window === 'undefined') return;
	try {
		dispatchEvent(new CustomEvent(EVENT_PREFIX + name, { detail }));
		dispatchEvent(new CustomEvent(ALL_EVENTS, { detail: { name, ...detail } }));
		// The host's origin is not known (any newsroom may embed us); nothing here is private.
		if (window.parent !== window) window.parent.postMessage(analyticsMessage(name, detail, location.href), '*');
	} catch {
		// A detached window, a parent that refuses messages: the story goes on.
	}
}

/**
 * Time spent on each chapter: `enter` the chapter now shown, `leave` when the page is hidden.
 * Each returns the view just finished, if it lasted a second or more. Pure (the caller gives the time).
 */
export class ChapterClock {
	#current: string | null = null;
	#since = 0;

	enter(chapter: string, now: number): StoryEvents['chapter-view'] | null {
		if (chapter === this.#current) return null;
		const done = this.leave(now);
		this.#current = chapter;
		this.#since = now;
		return done;
	}

	/** Ends the current view (the page was hidden); `resume` starts it again. */
	leave(now: number): StoryEvents['chapter-view'] | null {
		const chapter = this.#current;
		const seconds = (now - this.#since) / 1000;
		this.#since = now;
		if (chapter === null || seconds < 1) return null;
		return { chapter, seconds: Math.round(seconds * 10) / 10 };
	}

	resume(now: number): void {
		this.#since = now;
	}
}
