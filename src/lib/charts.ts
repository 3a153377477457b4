/**
 * Data for the key-figure bar charts, computed at build time so the charts are
 * plain HTML and SVG with no script. A chart holds only the figures a report
 * puts in it (`keyFigures[].chart`): one unit, one kind of count. A bound such
 * as "meer dan 90%" keeps its words wherever the number is shown. d3-scale does
 * the scale.
 */
import { scaleLinear } from 'd3-scale';
import type { ValueQualifier } from '../schemas/common.ts';

/** One number from a report, as stored in `keyFigures`. */
export interface Figure {
	label: string;
	value: number;
	qualifier?: ValueQualifier | undefined;
	unit?: string | undefined;
	note?: string | undefined;
	chart?: string | undefined;
}

/** A chart as a report defines it in `charts`. */
export interface ChartDefinition {
	id: string;
	title: string;
	takeaway: string;
}

/** A chart with its figures, which share one unit. */
export interface ChartGroup extends ChartDefinition {
	unit: string;
	figures: Figure[];
}

/**
 * The report's charts, each with the figures that name it, in the report's
 * order. Throws when a chart would mix units: bars on one scale must count the
 * same thing (the schema refuses such content first; this guards other callers).
 */
export function chartGroups(figures: readonly Figure[], charts: readonly ChartDefinition[]): ChartGroup[] {
	return charts.flatMap((chart) => {
		const members = figures.filter((figure) => figure.chart === chart.id);
		if (members.length === 0) return [];
		const units = new Set(members.map((figure) => figure.unit ?? ''));
		if (units.size > 1) throw new Error(`chart "${chart.id}" mixes units: ${[...units].join(', ')}`);
		return [{ ...chart, unit: [...units][0] ?? '', figures: members }];
	});
}

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const NBSP = '\u00a0';

/**
 * Formats a value the Dutch way, with its bound and unit ("meer dan 90%",
 * "78,4%", "ruim 100 personen"). The number and its unit never break apart.
 */
export function formatValue(value: number, unit = '', qualifier?: ValueQualifier): string {
	const amount =
		unit === '%' ? `${number.format(value)}%` : unit ? `${number.format(value)}${NBSP}${unit}` : number.format(value);
	return qualifier ? `${qualifier} ${amount}` : amount;
}

/** A figure as the chart draws it: its bar as a share of the scale, and its value as text. */
export interface BarRow {
	figure: Figure;
	/** Bar length in percent of the scale's end (0–100). */
	percent: number;
	valueText: string;
	/** True when the value is a bound or estimate; the bar then fades at its end. */
	bounded: boolean;
}

/** The bars of a chart on one scale: percentages run to 100, counts to the largest count. */
export function barRows(group: ChartGroup): BarRow[] {
	const max = group.unit === '%' ? 100 : Math.max(...group.figures.map((f) => f.value), 0);
	const scale = scaleLinear()
		.domain([0, max || 1])
		.range([0, 100])
		.clamp(true);
	return group.figures.map((figure) => ({
		figure,
		percent: Math.round(scale(figure.value) * 10) / 10,
		valueText: formatValue(figure.value, figure.unit, figure.qualifier),
		bounded: figure.qualifier !== undefined,
	}));
}

/** Splits a label into lines of at most `max` characters, on spaces (for SVG text, which does not wrap). */
export function wrapLabel(label: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/)) {
		if (line && `${line} ${word}`.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}
