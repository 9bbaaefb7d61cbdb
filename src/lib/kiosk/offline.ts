/**
 * Registers the service worker (src/service-worker.ts) for the kiosk, and reports when a new
 * version has taken over so that the kiosk can reload at a quiet moment.
 */

export interface OfflineOptions {
	/** The worker's URL: `${base}/service-worker.js`, resolved against the page. */
	url: string;
	/** A new build's worker now controls the page: reload to show the new version. */
	onUpdate: () => void;
}

export interface Offline {
	/** Asks the server for a new worker (at most every `minInterval` ms). */
	checkForUpdate(): void;
	stop(): void;
}

const NOOP: Offline = { checkForUpdate() {}, stop() {} };

export function registerOffline({ url, onUpdate }: OfflineOptions, minInterval = 5 * 60_000): Offline {
	if (!('serviceWorker' in navigator)) return NOOP;
	const container = navigator.serviceWorker;
	// The first install also changes the controller (clients.claim); that is no new version.
	let hadController = Boolean(container.controller);
	let registration: ServiceWorkerRegistration | null = null;
	let lastCheck = Date.now();
	let stopped = false;

	const onControllerChange = () => {
		if (stopped) return;
		if (hadController) onUpdate();
		hadController = true;
	};
	const check = () => {
		if (stopped || !registration || Date.now() - lastCheck < minInterval) return;
		lastCheck = Date.now();
		registration.update().catch(() => {
			// Offline: the cached version keeps running; try again later.
		});
	};
	const onOnline = () => {
		lastCheck = 0;
		check();
	};

	container.addEventListener('controllerchange', onControllerChange);
	addEventListener('online', onOnline);
	container
		.register(url)
		.then((reg) => {
			registration = reg;
		})
		.catch((error: unknown) => {
			// The kiosk still runs; it just needs the server for its next start.
			console.warn('The kiosk could not register its offline worker:', error);
		});

	return {
		checkForUpdate: check,
		stop() {
			stopped = true;
			container.removeEventListener('controllerchange', onControllerChange);
			removeEventListener('online', onOnline);
		}
	};
}
