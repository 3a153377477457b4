/** Schema for an NIC working group (werkgroepen), in `content/werkgroepen/`. */
import { z } from 'astro/zod';
import { autolinkField, properNamesField, MAX_LIST_ITEMS, noDuplicates, sourcesSchema, stringList } from './common.ts';
import { ruleMessages } from './messages.ts';

export const werkgroepSchema = () =>
	z.strictObject({
		/** Name of the working group. */
		title: z.string().trim().min(1).describe('Naam van de werkgroep'),
		/** What the group works on. */
		summary: z.string().trim().min(1).describe('Waar de werkgroep aan werkt'),
		/** Themes of the group. */
		themes: stringList.default([]).describe("Thema's"),
		/** GitHub handles of the people who review the group's content. */
		maintainers: z
			.array(z.string().regex(/^@?[A-Za-z0-9-]+$/, { message: ruleMessages.githubHandle }))
			.max(MAX_LIST_ITEMS)
			.superRefine(noDuplicates)
			.optional()
			.describe('GitHub-namen van de beheerders'),
		/** Documents the entry draws on. */
		sources: sourcesSchema.optional(),
		/** Proper names in the text that the glossary links leave whole. */
		properNames: properNamesField,
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
