/**
 * Schema for an organisation the sources name (organisaties), in
 * `content/organisaties/`: a conversation partner of the NIC verkenning, an
 * initiator or founder, or a party with a task in the implementation strategy.
 * A page says only what the sources say about the organisation; names are
 * written as the source writes them.
 */
import { z } from 'astro/zod';
import { ruleMessages } from './messages.ts';
import { autolinkField, properNamesField, httpUrl, isoDate, sourcesSchema, type CollectionName } from './common.ts';

/** The organisation's role in the sources; the catalogue's main facet, so every organisation has one. */
export const roleEnum = z
	.enum([
		'opdrachtgever-verkenning',
		'initiatiefnemer-verkenning',
		'gesprekspartner-verkenning',
		'nog-te-benaderen',
		'oprichter-nic',
		'partner-zorg-voor-innoveren',
		'taak-in-implementatiestrategie',
		'deelnemer-booozt',
		'financier-van-netwerken',
	])
	.describe('Rol in de bronnen');

/** Kinds of organisations, as the table of conversation partners in the NIC verkenning groups them. */
export const organisationGroupEnum = z
	.enum([
		'ministerie',
		'kennisinstituut',
		'programma-of-netwerk',
		'universiteit',
		'beroepsvereniging',
		'branchevereniging-of-koepel',
	])
	.describe('Soort organisatie');

export const organisatieSchema = <R extends z.ZodType>(ref: (collection: CollectionName) => R) =>
	z.strictObject({
		/** Name of the organisation as the source writes it; abbreviations the sources do not write out stay. */
		title: z.string().trim().min(1).describe('Naam van de organisatie, zoals de bron die schrijft'),
		/** What the sources say about it, in one to three sentences; no description of one's own. */
		summary: z.string().trim().min(1).describe('Wat de bronnen over de organisatie zeggen, in een tot drie zinnen'),
		/** Its roles in the sources; at least one. */
		roles: z.array(roleEnum).min(1, { message: ruleMessages.oneRole }).describe('Rol van de organisatie in de bronnen'),
		/** Its group in the verkenning's table of conversation partners; only for organisations in that table. */
		group: organisationGroupEnum.optional(),
		/** Dates of the talks with the NIC verkenning (appendix 2). */
		talks: z.array(isoDate).default([]).describe('Data van de gesprekken met de NIC-verkenning (bijlage 2)'),
		/** The organisation's own web address, only when a source gives it. */
		url: httpUrl.optional().describe('Webadres, alleen als de bron het geeft'),
		/** Networks the sources connect it with: founded, carried, or (for conversation partners) showed interest in. */
		networks: z.array(ref('netwerken')).default([]).describe('Netwerken waarmee de bronnen de organisatie verbinden'),
		/** Working groups the sources connect it with: set up, or (for conversation partners) showed interest in. */
		werkgroepen: z
			.array(ref('werkgroepen'))
			.default([])
			.describe('Werkgroepen waarmee de bronnen de organisatie verbinden'),
		/** Reports that name it; at least one, so every organisation is traceable. */
		reports: z
			.array(ref('rapporten'))
			.min(1, { message: ruleMessages.oneReport })
			.describe('Rapporten die de organisatie noemen'),
		/** Related glossary terms. */
		terms: z.array(ref('begrippen')).default([]).describe('Verwante begrippen'),
		/** Meetings it organised or drove. */
		trainings: z.array(ref('trainingen')).default([]).describe('Bijeenkomsten die de organisatie organiseerde of trok'),
		/** Methods and tools of the organisation. */
		tools: z.array(ref('tools')).default([]).describe('Methoden en tools van de organisatie'),
		/** Documents the entry draws on. */
		sources: sourcesSchema,
		/** Date of the last content review. */
		reviewed: isoDate.describe('Datum van de laatste inhoudelijke controle'),
		/** Proper names in the text that the glossary links leave whole. */
		properNames: properNamesField,
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
