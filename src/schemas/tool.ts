/** Schema for a method or tool (methoden en tools), in `content/tools/`. */
import { z } from 'astro/zod';
import {
	audienceEnum,
	autolinkField,
	properNamesField,
	costEnum,
	enumList,
	httpUrl,
	isoDate,
	referenceList,
	sectorEnum,
	sourcesSchema,
	type CollectionName,
	searchTermsField,
} from './common.ts';
import { ruleMessages } from './messages.ts';

/** Kinds of tools, used as a catalogue facet. */
export const toolKindEnum = z
	.enum(['model', 'raamwerk', 'methode', 'instrument', 'werkblad', 'checklist', 'databank', 'overig'])
	.describe('Soort');

export const toolSchema = <R extends z.ZodType>(ref: (collection: CollectionName) => R) =>
	z.strictObject({
		/** Name of the method or tool. */
		title: z.string().trim().min(1).describe('Naam van de methode of tool'),
		/** What it is and what it is for, in one to three sentences. */
		summary: z.string().trim().min(1).describe('Wat het is en waarvoor, in een tot drie zinnen'),
		/** Everyday words people search with for this; searched, not shown. */
		searchTerms: searchTermsField,
		/** What sort of tool it is. */
		kind: toolKindEnum,
		/** Steps of the handleiding where it helps; at least one. */
		steps: referenceList(ref('stappen'))
			.min(1, { message: ruleMessages.oneStep })
			.describe('Stappen waarin deze tool helpt'),
		/** Who it is meant for. */
		audiences: enumList(audienceEnum).default([]).describe('Voor wie'),
		/** Sectors it applies to. */
		sectors: enumList(sectorEnum).default([]).describe('Sectoren'),
		/** Language of the tool itself, as an ISO 639-1 code; none for a concept (no default: an absent language is not shown). */
		language: z
			.string()
			.regex(/^[a-z]{2}$/, { message: ruleMessages.languageCode })
			.optional()
			.describe('Taal van de tool (bijvoorbeeld nl of en); leeg voor een begrip zonder eigen tekst'),
		/** Whether using it costs money. */
		cost: costEnum.default('onbekend'),
		/** Public address of the tool. */
		url: httpUrl.optional().describe('Webadres van de tool'),
		/** Organisation that publishes or maintains it. */
		organisation: z.string().trim().min(1).optional().describe('Organisatie achter de tool'),
		/** Documents the entry draws on. */
		sources: sourcesSchema,
		/** Date of the last content review. */
		reviewed: isoDate.describe('Datum van de laatste inhoudelijke controle'),
		/** Proper names in the text that the glossary links leave whole. */
		properNames: properNamesField,
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
