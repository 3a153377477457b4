/**
 * Schema.org objects for JSON-LD, one builder per page type. Pages pass the
 * result to BaseLayout's `jsonLd` prop; the layout adds `@context` and the
 * BreadcrumbList. Builders take plain values, so they are easy to test.
 */

/** A Schema.org object without `@context`. */
export type Thing = Record<string, unknown> & { '@type': string };

const absolute = (path: string, site: URL | string) => new URL(path, site).href;

/** BreadcrumbList from the layout's crumbs, with Home first. */
export function breadcrumbList(crumbs: readonly { label: string; href: string }[], site: URL | string): Thing {
	const trail = [{ label: 'Home', href: '/' }, ...crumbs];
	return {
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: crumb.label,
			item: absolute(crumb.href, site),
		})),
	};
}

/** The Nederlands Implementatie Collectief, whose sources the wiki is built on (the sources do not call it the wiki's owner). */
export function organization(): Thing {
	return {
		'@type': 'Organization',
		name: 'Nederlands Implementatie Collectief',
		alternateName: 'NIC',
		description: 'Netwerk dat implementatie in zorg, preventie en welzijn professioneler wil maken.',
	};
}

/** The site itself, with its search page as a SearchAction. */
export function website(site: URL | string): Thing {
	return {
		'@type': 'WebSite',
		name: 'Implementatiewiki',
		url: absolute('/', site),
		inLanguage: 'nl',
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${absolute('/zoeken/', site)}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

export interface StepInput {
	step: number;
	title: string;
	summary: string;
	url: string;
}

/** HowTo for the handleiding, one HowToStep per step. */
export function howTo(name: string, description: string, steps: readonly StepInput[], site: URL | string): Thing {
	return {
		'@type': 'HowTo',
		name,
		description,
		inLanguage: 'nl',
		step: steps.map((s) => ({
			'@type': 'HowToStep',
			position: s.step,
			name: s.title,
			text: s.summary,
			url: absolute(s.url, site),
		})),
	};
}

export interface ReportInput {
	title: string;
	summary: string;
	url: string;
	year?: number | undefined;
	organisations: readonly string[];
	authors?: readonly string[] | undefined;
	externalUrl?: string | undefined;
}

/** Report for a network report. */
export function report(input: ReportInput, site: URL | string): Thing {
	const authors = [
		...(input.authors ?? []).map((name) => ({ '@type': 'Person', name })),
		...input.organisations.map((name) => ({ '@type': 'Organization', name })),
	];
	return {
		'@type': 'Report',
		name: input.title,
		description: input.summary,
		url: absolute(input.url, site),
		inLanguage: 'nl',
		...(input.year && { datePublished: String(input.year) }),
		...(authors.length > 0 && { author: authors }),
		...(input.externalUrl && { sameAs: input.externalUrl }),
	};
}

export interface OrganizationInput {
	title: string;
	summary: string;
	/** Path of the wiki's page about it. */
	url: string;
	/** Its own web address, when a source gives one. */
	externalUrl?: string | undefined;
	/** Year it was founded. */
	founded?: number | undefined;
	/** What it works on (a network's approach), as readable labels. */
	knowsAbout?: readonly string[] | undefined;
}

/**
 * Organization for a network or organisation page. Only what the page itself
 * states: no logo, address or members the sources do not give.
 */
export function organizationEntry(input: OrganizationInput, site: URL | string): Thing {
	return {
		'@type': 'Organization',
		name: input.title,
		description: input.summary,
		url: absolute(input.url, site),
		...(input.externalUrl && { sameAs: input.externalUrl }),
		...(input.founded && { foundingDate: String(input.founded) }),
		...(input.knowsAbout && input.knowsAbout.length > 0 && { knowsAbout: [...input.knowsAbout] }),
	};
}
