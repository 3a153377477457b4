/** Schema for an NIC working group (werkgroepen), in `content/werkgroepen/`. */
import { z } from 'astro/zod';
import { autolinkField, sourcesSchema, stringList } from './common.ts';

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
			.array(z.string().regex(/^@?[A-Za-z0-9-]+$/, { message: 'expected a GitHub handle such as "@naam"' }))
			.optional()
			.describe('GitHub-namen van de beheerders'),
		/** Documents the entry draws on. */
		sources: sourcesSchema.optional(),
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
