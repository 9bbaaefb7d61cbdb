/**
 * The scroll engine: which chapter is active. A chapter is active while it crosses a horizontal
 * line across the viewport (by default 45% down). Knows nothing of the map or of layout.
 */

export interface ActiveLineOptions {
	/** Position of the line, as a fraction of the viewport height from the top. */
	line?: number;
}

/**
 * The id of the section that crosses the line, given each section's box relative to the viewport,
 * in document order. Before the first section, the first; past the last, the last.
 */
export function pickActive(
	boxes: readonly { id: string; top: number; bottom: number }[],
	viewportHeight: number,
	line = 0.45
): string | null {
	if (boxes.length === 0) return null;
	const y = viewportHeight * line;
	const hit = boxes.find((b) => b.top <= y && b.bottom > y);
	if (hit) return hit.id;
	const first = boxes[0]!;
	if (y < first.top) return first.id;
	// Between two sections or past the end: the last one that began above the line.
	let last = first;
	for (const b of boxes) if (b.top <= y) last = b;
	return last.id;
}

/**
 * Calls `onChange` with the active section's id whenever it changes. An IntersectionObserver
 * with a thin band at the line wakes us only when a section crosses it; the decision itself
 * reads the boxes (cheap for a handful of sections), so it is exact at any scroll speed.
 * Returns the teardown, which disconnects everything.
 */
export function observeActiveSection(
	sections: readonly HTMLElement[],
	onChange: (id: string) => void,
	{ line = 0.45 }: ActiveLineOptions = {}
): () => void {
	let current: string | null = null;
	let frame = 0;
	const decide = () => {
		frame = 0;
		const boxes = sections.map((el) => {
			const r = el.getBoundingClientRect();
			return { id: el.id, top: r.top, bottom: r.bottom };
		});
		const id = pickActive(boxes, window.innerHeight, line);
		if (id && id !== current) {
			current = id;
			onChange(id);
		}
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(decide);
	};
	const top = `-${Math.round(line * 100)}%`;
	const bottom = `-${Math.round((1 - line) * 100 - 1)}%`;
	const observer = new IntersectionObserver(schedule, { rootMargin: `${top} 0px ${bottom} 0px` });
	for (const el of sections) observer.observe(el);
	// Sections can also cross the line by resizing (text zoom, rotation).
	window.addEventListener('resize', schedule, { passive: true });
	decide();
	return () => {
		observer.disconnect();
		window.removeEventListener('resize', schedule);
		if (frame) cancelAnimationFrame(frame);
	};
}
