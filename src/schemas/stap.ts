/** Schema for one of the six steps of the handleiding, in `content/stappen/`. */
import { z } from 'astro/zod';
import {
	autolinkField,
	properNamesField,
	isoDate,
	MAX_LIST_ITEMS,
	referenceList,
	sourcesSchema,
	stringList,
	type CollectionName,
} from './common.ts';

/** The handleiding has exactly these step numbers. */
export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6] as const;

export const stapSchema = <R extends z.ZodType>(ref: (collection: CollectionName) => R) =>
	z.strictObject({
		/** Position in the handleiding, 1 to 6; unique. */
		step: z.number().int().min(1).max(6).describe('Nummer van de stap (1 tot en met 6)'),
		/** Name of the step. */
		title: z.string().trim().min(1).describe('Naam van de stap'),
		/** One or two sentences on what the step is about. */
		summary: z.string().trim().min(1).describe('Samenvatting in een of twee zinnen'),
		/** What the step achieves. */
		goal: z.string().trim().min(1).describe('Doel van de stap'),
		/**
		 * "Wat doe je?": the actions of this step, in order. The step page shows
		 * them as a checklist and "Mijn implementatieplan" asks about each one,
		 * so they live here as data rather than as a list in the body.
		 */
		actions: z
			.array(
				z.strictObject({
					/** Short name of the action, shown in bold and as the checklist label. */
					title: z.string().trim().min(1).max(80).describe('Actie (kort)'),
					/** One to three sentences on how to do it. */
					text: z.string().trim().min(1).max(400).describe('Uitleg'),
				}),
			)
			.max(MAX_LIST_ITEMS)
			.default([])
			.describe('Wat doe je?'),
		/** Common mistakes (valkuilen) to avoid in this step. */
		pitfalls: stringList.default([]).describe('Valkuilen'),
		/** Key points (aandachtspunten) from the handleiding. */
		keyPoints: stringList.default([]).describe('Aandachtspunten'),
		/** Guiding questions for the team. */
		questions: stringList.default([]).describe('Vragen om bij stil te staan'),
		/** Methods and tools that help in this step. */
		tools: referenceList(ref('tools')).default([]).describe('Methoden en tools voor deze stap'),
		/**
		 * Implementation strategies a team can choose in this step, as glossary
		 * terms (each with its definition): "Mijn implementatieplan" offers them
		 * to pick from. Usually only step 4 has them.
		 */
		strategies: referenceList(ref('begrippen')).default([]).describe('Strategieën om uit te kiezen'),
		/** Glossary terms that matter in this step. */
		terms: referenceList(ref('begrippen')).default([]).describe('Begrippen bij deze stap'),
		/** Documents the entry draws on. */
		sources: sourcesSchema,
		/** Date of the last content review. */
		reviewed: isoDate.describe('Datum van de laatste inhoudelijke controle'),
		/** Proper names in the text that the glossary links leave whole. */
		properNames: properNamesField,
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
