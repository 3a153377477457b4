/**
 * `<pagefind-search>`: mounts Pagefind's bundled UI (generated into
 * `/pagefind/` by the build, so nothing comes from a CDN) and runs the query
 * from `?q=`. Loaded only on /zoeken/.
 */
interface PagefindUIInstance {
	triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

const loadScript = (src: string) =>
	new Promise<void>((resolve, reject) => {
		const script = Object.assign(document.createElement('script'), { src, onload: () => resolve(), onerror: reject });
		document.head.append(script);
	});

class PagefindSearch extends HTMLElement {
	async connectedCallback() {
		const target = this.querySelector<HTMLElement>('#zoekresultaten');
		if (!target) return;
		document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/pagefind/pagefind-ui.css' }));
		try {
			await loadScript('/pagefind/pagefind-ui.js');
		} catch {
			target.textContent = 'Zoeken is nu niet beschikbaar. Probeer het later opnieuw, of gebruik de overzichten hieronder.';
			return;
		}
		const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
		const ui = new PagefindUI({ element: target, showSubResults: true, showImages: false, autofocus: true });
		const query = new URLSearchParams(location.search).get('q');
		if (query) ui.triggerSearch(query);
	}
}

customElements.define('pagefind-search', PagefindSearch);
