/** Schema for a network report (rapporten), in `content/rapporten/`. */
import { z } from 'astro/zod';
import {
	autolinkField,
	httpUrl,
	isoDate,
	MAX_LIST_ITEMS,
	sourcesSchema,
	stringList,
	YEAR_MAX,
	YEAR_MIN,
} from './common.ts';

/** Kinds of reports. */
export const rapportKindEnum = z
	.enum(['verkenning', 'kennissynthese', 'strategie', 'artikel', 'handleiding'])
	.describe('Soort');

/** A number from the report that is worth showing, e.g. in a chart. */
export const keyFigureSchema = z.strictObject({
	/** What the number counts. */
	label: z.string().trim().min(1).describe('Wat het getal telt'),
	/** The number itself. */
	value: z.number().describe('Het getal'),
	/** Unit, such as "%" or "personen". */
	unit: z.string().trim().min(1).optional().describe('Eenheid, zoals % of personen'),
	/** Context needed to read the number correctly. */
	note: z.string().trim().min(1).optional().describe('Toelichting'),
});

export const rapportSchema = () =>
	z.strictObject({
		/** Title of the report. */
		title: z.string().trim().min(1).describe('Titel van het rapport'),
		/** What sort of document it is. */
		kind: rapportKindEnum,
		/** Year of publication. */
		year: z.number().int().min(YEAR_MIN).max(YEAR_MAX).optional().describe('Jaar van verschijnen'),
		/** Organisations behind the report. */
		organisations: stringList.default([]).describe('Organisaties'),
		/** Authors, when the report names them. */
		authors: stringList.optional().describe('Auteurs'),
		/** Summary in a few sentences. */
		summary: z.string().trim().min(1).describe('Samenvatting'),
		/** Numbers worth seeing; rendered as charts. */
		keyFigures: z.array(keyFigureSchema).max(MAX_LIST_ITEMS).default([]).describe('Kerncijfers'),
		/** Themes the report covers. */
		themes: stringList.default([]).describe("Thema's"),
		/** Public address of the report. */
		url: httpUrl.optional().describe('Webadres van het rapport'),
		/** Documents the entry draws on. */
		sources: sourcesSchema,
		/** Date of the last content review. */
		reviewed: isoDate.describe('Datum van de laatste inhoudelijke controle'),
		/** Set to false to switch off automatic glossary links on this page. */
		autolink: autolinkField,
	});
