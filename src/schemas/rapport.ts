/** Schema for a network report (rapporten), in `content/rapporten/`. */
import { z } from 'astro/zod';
import {
	autolinkField,
	properNamesField,
	httpUrl,
	isoDate,
	localId,
	MAX_LIST_ITEMS,
	sourcesSchema,
	stringList,
	valueQualifierEnum,
	YEAR_MAX,
	YEAR_MIN,
} from './common.ts';
import { ruleMessages } from './messages.ts';

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
	/** "meer dan", "ruim" …: the source gives a bound or an estimate, not an exact number. */
	qualifier: valueQualifierEnum.optional(),
	/** Unit, such as "%" or "personen". */
	unit: z.string().trim().min(1).optional().describe('Eenheid, zoals % of personen'),
	/** Context needed to read the number correctly. */
	note: z.string().trim().min(1).optional().describe('Toelichting'),
	/** Id of the chart (in `charts`) this number is drawn in; leave out to show it only in the list. */
	chart: localId.optional().describe('In welke grafiek (id uit charts); leeg = alleen in de lijst'),
});

/**
 * A chart of key figures that can be compared: the same unit and the same
 * kind of count. Figures join it through their `chart` field.
 */
export const reportChartSchema = z.strictObject({
	/** Short name the key figures refer to. */
	id: localId,
	/** Caption: what the bars count, with the unit ("in % van de 255 respondenten"). */
	title: z.string().trim().min(1).describe('Titel: wat de staven tellen, met de eenheid'),
	/** One sentence before the chart that says what to see in it. */
	takeaway: z.string().trim().min(1).describe('Eén zin voor de grafiek: wat je erin ziet'),
});

/** Checks that every chart a figure names exists, has two figures or more, and holds one unit. */
function chartsHoldComparableFigures(
	report: { keyFigures: z.infer<typeof keyFigureSchema>[]; charts: z.infer<typeof reportChartSchema>[] },
	ctx: z.core.$RefinementCtx,
): void {
	const ids = new Set(report.charts.map((chart) => chart.id));
	report.keyFigures.forEach((figure, i) => {
		if (figure.chart !== undefined && !ids.has(figure.chart))
			ctx.addIssue({
				code: 'custom',
				path: ['keyFigures', i, 'chart'],
				message: ruleMessages.noSuchChart(figure.chart),
			});
	});
	report.charts.forEach((chart, i) => {
		const figures = report.keyFigures.filter((figure) => figure.chart === chart.id);
		const units = [...new Set(figures.map((figure) => figure.unit ?? '(geen eenheid)'))];
		if (figures.length < 2)
			ctx.addIssue({ code: 'custom', path: ['charts', i, 'id'], message: ruleMessages.chartTooSmall(chart.id) });
		else if (units.length > 1)
			ctx.addIssue({
				code: 'custom',
				path: ['charts', i, 'id'],
				message: ruleMessages.chartMixesUnits(chart.id, units.join(', ')),
			});
	});
}

export const rapportSchema = () =>
	z
		.strictObject({
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
			/** Numbers worth seeing; shown as a list, and drawn where they join a chart. */
			keyFigures: z.array(keyFigureSchema).max(MAX_LIST_ITEMS).default([]).describe('Kerncijfers'),
			/** Charts of comparable key figures; a report without them shows its figures as a list only. */
			charts: z.array(reportChartSchema).max(MAX_LIST_ITEMS).default([]).describe('Grafieken'),
			/** Themes the report covers. */
			themes: stringList.default([]).describe("Thema's"),
			/** Public address of the report. */
			url: httpUrl.optional().describe('Webadres van het rapport'),
			/** Documents the entry draws on. */
			sources: sourcesSchema,
			/** Date of the last content review. */
			reviewed: isoDate.describe('Datum van de laatste inhoudelijke controle'),
			/** Proper names in the text that the glossary links leave whole. */
			properNames: properNamesField,
			/** Set to false to switch off automatic glossary links on this page. */
			autolink: autolinkField,
		})
		.superRefine(chartsHoldComparableFigures);
