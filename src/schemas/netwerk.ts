/**
 * Schema for a learning, improvement or implementation network (netwerken), in
 * `content/netwerken/`. Built from the appendix table of the kennissynthese
 * "Netwerken voor zorgverbetering" and the text of the other sources. A field
 * the sources do not give is left out, never guessed: the enums below are the
 * facets a reader filters on, and each value must rest on a table cell or a
 * sentence that belongs to this network.
 */
import { z } from 'astro/zod';
import { ruleMessages } from './messages.ts';
import { autolinkField, properNamesField, httpUrl, isoDate, sourcesSchema, type CollectionName } from './common.ts';

/** Kinds of networks, used as the catalogue's main facet. */
export const netwerkKindEnum = z.enum(['implementatienetwerk', 'leer-en-verbeternetwerk']).describe('Soort netwerk');

/** Where a network works. */
export const scopeEnum = z.enum(['nederland', 'europa', 'wereld']).describe('Werkgebied');

/** Conditions for taking part, as the appendix table names them. */
export const conditionEnum = z
	.enum([
		'type-organisatie',
		'regio',
		'omzet',
		'subsidieregeling',
		'contributie',
		'aanwezigheid',
		'bijdrage-leveren',
		'doelen-halen',
		'verplicht-door-overheid',
		'geen-voorwaarden',
	])
	.describe('Voorwaarden');

/** Who pays for a network. */
export const financingEnum = z
	.enum([
		'overheid',
		'zorgverzekeraar',
		'branchepartij',
		'eigen-organisaties',
		'fondsen',
		'subsidie',
		'contributie',
		'geen',
	])
	.describe('Financiering');

/** How a network is organised. */
export const structureEnum = z
	.enum(['kernteam', 'projectleider', 'programmabureau', 'subnetwerken', 'gelijkwaardig', 'bestuur', 'faciliterend'])
	.describe('Organisatievorm');

/** How a network works towards its goals. */
export const approachEnum = z
	.enum([
		'doorbraakmethode',
		'kwaliteitsstandaarden',
		'value-based-healthcare',
		'actieonderzoek',
		'iteratief-verbeteren',
		'aanpassen-aan-context',
		'leren-van-anderen',
		'multidisciplinair',
		'bijeenkomsten-en-trainingen',
		'pilots-en-businesscases',
		'wetenschappelijk-onderzoek',
		'netwerken-verbinden',
		'geen-vaste-methode',
	])
	.describe('Aanpak');

export const netwerkSchema = <R extends z.ZodType>(ref: (collection: CollectionName) => R) =>
	z.strictObject({
		/** Name of the network; the kennissynthese names none, so its networks are numbered. */
		title: z.string().trim().min(1).describe('Naam van het netwerk'),
		/** What the network is and does, in one to three sentences, as the sources say. */
		summary: z
			.string()
			.trim()
			.min(1)
			.describe('Wat het netwerk is en doet, in een tot drie zinnen, volgens de bronnen'),
		/** Implementation network or learning and improvement network. */
		kind: netwerkKindEnum,
		/** Where it works; only when a source says so. */
		scope: scopeEnum.optional(),
		/** Year it was founded. */
		founded: z.number().int().min(1900).max(2100).optional().describe('Jaar van oprichting'),
		/** Size as the source gives it, keeping words such as "meer dan" or "ongeveer". */
		size: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe("Omvang zoals de bron die noemt, met woorden als 'meer dan' of 'ongeveer'"),
		/** Number of the network in appendix 1 of the kennissynthese. */
		appendixNumber: z
			.number()
			.int()
			.min(1)
			.max(18)
			.optional()
			.describe('Nummer van het netwerk in bijlage 1 van de kennissynthese'),
		/** The number is worked out from the order of the table (from 10 on the text has none), not read. */
		appendixNumberDerived: z
			.boolean()
			.default(false)
			.describe('Het nummer is afgeleid uit de volgorde van de tabel, niet gelezen'),
		/** Conditions for taking part, from cells that belong to this network for certain. */
		conditions: z.array(conditionEnum).default([]).describe('Voorwaarden voor deelname'),
		/** Who pays for it, from cells that belong to this network for certain. */
		financing: z.array(financingEnum).default([]).describe('Wie het netwerk financiert'),
		/** How it is organised, from cells that belong to this network for certain. */
		structure: z.array(structureEnum).default([]).describe('Hoe het netwerk is georganiseerd'),
		/** How it works, from cells that belong to this network for certain. */
		approach: z.array(approachEnum).default([]).describe('Aanpak van het netwerk'),
		/** The network's own web address, only when a source gives it. */
		url: httpUrl.optional().describe('Webadres, alleen als de bron het geeft'),
		/** Related networks. */
		networks: z.array(ref('netwerken')).default([]).describe('Verwante netwerken'),
		/** Organisations that founded or carry the network. */
		organisations: z
			.array(ref('organisaties'))
			.default([])
			.describe('Organisaties die het netwerk hebben opgericht of dragen'),
		/** Working groups of the network. */
		werkgroepen: z.array(ref('werkgroepen')).default([]).describe('Werkgroepen van het netwerk'),
		/** Reports that describe the network; at least one, so every network is traceable. */
		reports: z
			.array(ref('rapporten'))
			.min(1, { message: ruleMessages.oneReport })
			.describe('Rapporten die het netwerk beschrijven'),
		/** Related glossary terms. */
		terms: z.array(ref('begrippen')).default([]).describe('Verwante begrippen'),
		/** Meetings and trainings of or about the network. */
		trainings: z.array(ref('trainingen')).default([]).describe('Bijeenkomsten en trainingen van of over het netwerk'),
		/** Documents the entry draws on. */
		sources: sourcesSchema,
		/** Date of the last content review. */
		reviewed: isoDate.describe('Datum van de laatste inhoudelijke controle'),
		/** Proper names in the text that the glossary links leave whole. */
		properNames: properNamesField,
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
