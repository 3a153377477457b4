/**
 * Registers the service worker once the page has loaded (the site works fully
 * without it), then tells the reader whether this page is saved for offline
 * reading. Precached pages are stored as `…/index.html?__WB_REVISION__=…`,
 * visited pages under their own URL; both are checked.
 */
const statusLine = document.querySelector<HTMLElement>('[data-offline-status]');

async function showStatus() {
	if (!statusLine) return;
	const path = location.pathname;
	const candidates = path.endsWith('/') ? [path, `${path}index.html`] : [path];
	const matches = await Promise.all(candidates.map((url) => caches.match(url, { ignoreSearch: true })));
	statusLine.textContent = matches.some(Boolean)
		? 'Deze pagina is offline beschikbaar.'
		: 'Deze pagina is nog niet offline beschikbaar.';
	statusLine.hidden = false;
}

if ('serviceWorker' in navigator && 'caches' in window) {
	addEventListener('load', () => {
		navigator.serviceWorker
			.register('/sw.js')
			.then(() => navigator.serviceWorker.ready)
			.then(showStatus)
			.catch(() => {});
	});
}
export {};
