/**
 * The main navigation. It has a fixed size: it never grows with the content.
 * Search is not in it: the header's search button (or form) is the one way in.
 */
export interface NavItem {
	label: string;
	href: string;
}

export const mainNav: readonly NavItem[] = [
	{ label: 'Handleiding', href: '/handleiding/' },
	{ label: 'Begrippen', href: '/begrippen/' },
	{ label: 'Methoden & tools', href: '/methoden-en-tools/' },
	{ label: 'Trainingen', href: '/trainingen/' },
	{ label: 'Rapporten', href: '/rapporten/' },
	{ label: 'Werkgroepen', href: '/werkgroepen/' },
	{ label: 'Netwerken', href: '/netwerken/' },
	{ label: 'Organisaties', href: '/organisaties/' },
];

/** True when `path` is inside the section that `href` leads to. */
export const isCurrentSection = (path: string, href: string): boolean => path === href || path.startsWith(href);
