/** Schema for a hand-written page (over, toegankelijkheid, handleiding intro), in `content/paginas/`. */
import { z } from 'astro/zod';
import { autolinkField, properNamesField, isoDate, sourcesSchema } from './common.ts';

export const paginaSchema = () =>
	z.strictObject({
		/** Page title. */
		title: z.string().trim().min(1).describe('Titel'),
		/** One sentence for search engines and previews. */
		description: z.string().trim().min(1).max(300).describe('Korte beschrijving voor zoekmachines'),
		/** Documents the page draws on. */
		sources: sourcesSchema.optional(),
		/**
		 * A closing sentence about the site's repository, followed by a link to it. Shown only
		 * when the build knows the repository (CMS_REPO), so no page points to one that may not exist.
		 */
		repositoryNote: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				'Zin over de GitHub-repository; verschijnt alleen als de repository is ingesteld, met de link erachter',
			),
		/** Date of the last content review. */
		reviewed: isoDate.optional().describe('Datum van de laatste inhoudelijke controle'),
		/** Proper names in the text that the glossary links leave whole. */
		properNames: properNamesField,
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
