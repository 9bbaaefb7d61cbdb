/**
 * When to wire up a part of the page that lies below the first screen and works without its
 * script until then (links, native tooltips): when the reader comes within a screen of it, points
 * at it or moves focus into it – or, given `idle`, when the browser next has time to spare,
 * whichever comes first. What the first screen needs stays out of its way.
 */

/** How near the reader must come, as an IntersectionObserver margin: a screen above or below. */
export const NEAR = '100% 0px';

/** Calls `wake` once, at the first trigger (with its event, for a pointer or focus); returns a function that stops waiting. */
export function whenNear(el: Element, wake: (event?: Event) => void, { idle = false } = {}): () => void {
	let done = false;
	let idleId = 0;
	const listen = { capture: true, passive: true } as const;
	const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), { rootMargin: NEAR });

	function stop() {
		done = true;
		observer.disconnect();
		el.removeEventListener('pointerover', fire, listen);
		el.removeEventListener('focusin', fire, listen);
		if (!idleId) return;
		if (typeof self.cancelIdleCallback === 'function') cancelIdleCallback(idleId);
		else clearTimeout(idleId);
	}

	function fire(event?: Event) {
		if (done) return;
		stop();
		wake(event);
	}

	observer.observe(el);
	el.addEventListener('pointerover', fire, listen);
	el.addEventListener('focusin', fire, listen);
	if (idle) {
		// A part of its own per idle period: one woken at the end of a period waits for the next.
		const tick = (deadline?: IdleDeadline) => {
			if (deadline && deadline.timeRemaining() < 10) idleId = requestIdleCallback(tick);
			else fire();
		};
		// Browsers without idle callbacks: a few seconds after the start.
		idleId = typeof self.requestIdleCallback === 'function' ? requestIdleCallback(tick) : window.setTimeout(tick, 3000);
	}
	return stop;
}
