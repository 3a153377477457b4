/**
 * The content model in one table: every collection with its schema, labels and
 * URL. `src/content.config.ts`, the validator, the pages and (later) the CMS
 * config all read this, so a collection is described once.
 */
import { begripSchema } from './begrip.ts';
import type { z } from 'astro/zod';
import type { CollectionName, RefFactory } from './common.ts';
import { netwerkSchema } from './netwerk.ts';
import { organisatieSchema } from './organisatie.ts';
import { paginaSchema } from './pagina.ts';
import { rapportSchema } from './rapport.ts';
import { stapSchema } from './stap.ts';
import { toolSchema } from './tool.ts';
import { trainingSchema } from './training.ts';
import { werkgroepSchema } from './werkgroep.ts';

export { collectionNames, slugRef, type CollectionName, type RefFactory } from './common.ts';

/** What the site needs to know about one collection. */
export interface CollectionInfo {
	/** Builds the schema, given how references are expressed. */
	schema: (ref: RefFactory) => z.ZodType;
	/** Dutch name of the collection, used in navigation and headings. */
	label: string;
	/** Dutch name of one entry, used as the search result type. */
	singular: string;
	/** URL prefix of the index page; entries live at `<base><slug>/`. Null: no index. */
	base: string | null;
	/** Short English-free noun for one entry in validation messages ("no begrip …"). */
	noun: string;
	/** Frontmatter field that holds the entry's name. */
	titleField: string;
	/** Frontmatter field used for links' descriptions. */
	descriptionField: string;
}

export const collections: Record<CollectionName, CollectionInfo> = {
	stappen: {
		schema: stapSchema,
		label: 'Handleiding',
		singular: 'Stap',
		base: '/handleiding/',
		noun: 'stap',
		titleField: 'title',
		descriptionField: 'summary',
	},
	begrippen: {
		schema: begripSchema,
		label: 'Begrippen',
		singular: 'Begrip',
		base: '/begrippen/',
		noun: 'begrip',
		titleField: 'term',
		descriptionField: 'definition',
	},
	tools: {
		schema: toolSchema,
		label: 'Methoden & tools',
		singular: 'Methode of tool',
		base: '/methoden-en-tools/',
		noun: 'tool',
		titleField: 'title',
		descriptionField: 'summary',
	},
	trainingen: {
		schema: trainingSchema,
		label: 'Trainingen',
		singular: 'Training of bijeenkomst',
		base: '/trainingen/',
		noun: 'training',
		titleField: 'title',
		descriptionField: 'title',
	},
	rapporten: {
		schema: rapportSchema,
		label: 'Rapporten',
		singular: 'Rapport',
		base: '/rapporten/',
		noun: 'rapport',
		titleField: 'title',
		descriptionField: 'summary',
	},
	werkgroepen: {
		schema: werkgroepSchema,
		label: 'Werkgroepen',
		singular: 'Werkgroep',
		base: '/werkgroepen/',
		noun: 'werkgroep',
		titleField: 'title',
		descriptionField: 'summary',
	},
	netwerken: {
		schema: netwerkSchema,
		label: 'Netwerken',
		singular: 'Netwerk',
		base: '/netwerken/',
		noun: 'netwerk',
		titleField: 'title',
		descriptionField: 'summary',
	},
	organisaties: {
		schema: organisatieSchema,
		label: 'Organisaties',
		singular: 'Organisatie',
		base: '/organisaties/',
		noun: 'organisatie',
		titleField: 'title',
		descriptionField: 'summary',
	},
	paginas: {
		schema: paginaSchema,
		label: "Pagina's",
		singular: 'Pagina',
		base: null,
		noun: 'pagina',
		titleField: 'title',
		descriptionField: 'description',
	},
};
