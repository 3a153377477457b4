/**
 * Schema.org `WebSite` with a `SearchAction`, so search engines can offer a
 * search box that lands on /zoeken/?q=….
 */
export function websiteJsonLd(site: URL): Record<string, unknown> {
	return {
		'@type': 'WebSite',
		name: 'Implementatiewiki',
		url: new URL('/', site).href,
		inLanguage: 'nl',
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/zoeken/', site).href}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}
