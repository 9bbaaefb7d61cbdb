// SvelteKit's client hooks (https://svelte.dev/docs/kit/hooks#Shared-hooks-init).
import type { ClientInit } from '@sveltejs/kit';
import { yieldToMain } from '$lib/load/yield';

/**
 * SvelteKit calls `init` once its modules have run and before it sets its router up and loads
 * and hydrates the page. On a phone all of that was one long task at start-up (issue 13):
 * yielding here splits it, so the browser can paint and answer a tap in between.
 */
export const init: ClientInit = () => yieldToMain();
