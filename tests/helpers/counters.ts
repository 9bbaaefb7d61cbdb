/** What a leak would add to, read the same way by the kiosk's soak test and the bench. */
import type { CDPSession, Page } from 'playwright-core';

/**
 * The listeners on the window and on every node of the document: what a component or the map
 * left behind would add to. (Chromium's JSEventListeners metric also counts those of requests
 * and messages in flight, a dozen up or down between two readings of a running page.)
 */
export async function pageListeners(cdp: CDPSession): Promise<number> {
	let count = 0;
	for (const [expression, depth] of [
		['window', 0],
		['document', -1]
	] as const) {
		const { result } = await cdp.send('Runtime.evaluate', { expression });
		const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth, pierce: true });
		count += listeners.length;
		await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
	}
	return count;
}

/**
 * The document's elements. Chromium's node count also holds detached nodes that wait for a
 * collection and swings by tens between readings; a leak of those shows in the heap. Not the
 * map markers' insides: the names stacked under a label follow the zoom of the moment (the
 * markers themselves are counted by the map's stats).
 */
export const PAGE_ELEMENTS = '*:not(.maplibregl-marker *)';

export function pageElements(page: Page): Promise<number> {
	return page.evaluate((selector) => document.querySelectorAll(selector).length, PAGE_ELEMENTS);
}
