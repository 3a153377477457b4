/** Schema for a glossary term (begrip), one Markdown file per term in `content/begrippen/`. */
import { z } from 'astro/zod';
import {
	autolinkField,
	properNamesField,
	draftField,
	glossaryName,
	isoDate,
	MAX_LIST_ITEMS,
	noDuplicates,
	referenceList,
	sourcesSchema,
	stringList,
	type CollectionName,
	searchTermsField,
} from './common.ts';

/** Longest definition that still fits in a term preview. */
export const DEFINITION_MAX = 300;

export const begripSchema = <R extends z.ZodType>(ref: (collection: CollectionName) => R) =>
	z.strictObject({
		/** The term as it is written in a heading; unique across the glossary. */
		term: glossaryName.describe('Het begrip zoals het in een kop staat'),
		/** Other forms used in running text: plurals, verb forms. */
		aliases: z
			.array(glossaryName)
			.max(MAX_LIST_ITEMS)
			.superRefine(noDuplicates)
			.default([])
			.describe('Andere vormen in lopende tekst (meervoud, werkwoord)'),
		/** English equivalents. */
		english: stringList.default([]).describe('Engelse vertalingen'),
		/** Everyday words people search with for this; searched, not shown. */
		searchTerms: searchTermsField,
		/** Short definition shown in previews and search results. */
		definition: z
			.string()
			.trim()
			.min(1)
			.max(DEFINITION_MAX)
			.describe(`Korte definitie, hoogstens ${DEFINITION_MAX} tekens`),
		/** Related glossary terms. */
		related: referenceList(ref('begrippen')).default([]).describe('Verwante begrippen'),
		/**
		 * The method or tool of the same concept. Its page explains it (use, steps,
		 * sources); this term keeps the one definition and no text of its own.
		 */
		tool: ref('tools').optional().describe('Methode of tool met hetzelfde begrip: daar staat de uitleg'),
		/** Steps of the handleiding where the term matters. */
		steps: referenceList(ref('stappen')).default([]).describe('Stappen waarin dit begrip belangrijk is'),
		/** Documents the entry draws on. */
		sources: sourcesSchema,
		/** Date of the last content review. */
		reviewed: isoDate.describe('Datum van de laatste inhoudelijke controle'),
		/** Work in progress: left out of the site. */
		draft: draftField,
		/** Proper names in the text that the glossary links leave whole. */
		properNames: properNamesField,
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
