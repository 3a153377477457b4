/** Schema for a hand-written page (over, toegankelijkheid, handleiding intro), in `content/paginas/`. */
import { z } from 'astro/zod';
import { autolinkField, isoDate, sourcesSchema } from './common.ts';

export const paginaSchema = () =>
	z.strictObject({
		/** Page title. */
		title: z.string().trim().min(1).describe('Titel'),
		/** One sentence for search engines and previews. */
		description: z.string().trim().min(1).max(300).describe('Korte beschrijving voor zoekmachines'),
		/** Documents the page draws on. */
		sources: sourcesSchema.optional(),
		/** Date of the last content review. */
		reviewed: isoDate.optional().describe('Datum van de laatste inhoudelijke controle'),
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
