// Every page is prerendered at build time (adapter-static).
export const prerender = true;
export const trailingSlash = 'never';
