/**
 * Layout for the key-figure bar charts, computed at build time so the charts
 * are plain SVG with no script. d3-scale does the scales and "nice" ticks.
 */
import { scaleLinear } from 'd3-scale';

/** One number from a report, as stored in `keyFigures`. */
export interface Figure {
	label: string;
	value: number;
	unit?: string | undefined;
	note?: string | undefined;
}

/** Figures that share a unit, and so one axis. */
export interface ChartGroup {
	unit: string;
	figures: Figure[];
}

/**
 * Groups figures by unit: bars are only comparable on one scale. Units with
 * a single figure have nothing to compare with, so they stay in the table,
 * unless no unit has two figures, in which case all figures form one chart.
 */
export function chartGroups(figures: readonly Figure[]): ChartGroup[] {
	const byUnit = new Map<string, Figure[]>();
	for (const figure of figures) {
		const unit = figure.unit ?? '';
		byUnit.set(unit, [...(byUnit.get(unit) ?? []), figure]);
	}
	const groups = [...byUnit].map(([unit, list]) => ({ unit, figures: list })).filter((g) => g.figures.length > 1);
	if (groups.length > 0 || figures.length === 0) return groups;
	return [{ unit: '', figures: [...figures] }];
}

/** Splits a label into lines of at most `max` characters, on spaces. */
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

/** A bar with its position, in SVG user units. */
export interface Bar {
	figure: Figure;
	y: number;
	width: number;
	labelLines: string[];
	valueText: string;
}

/** Everything the chart component draws. */
export interface BarChartLayout {
	width: number;
	height: number;
	plotX: number;
	bars: Bar[];
	ticks: { x: number; text: string }[];
	barHeight: number;
}

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** Formats a value with its unit the Dutch way ("78,4%", "255 personen"). */
export function formatValue(value: number, unit = ''): string {
	if (unit === '%') return `${number.format(value)}%`;
	return unit ? `${number.format(value)} ${unit}` : number.format(value);
}

/** Computes a horizontal bar chart: labels on the left, bars on a shared scale. */
export function layoutBarChart(group: ChartGroup, width = 640): BarChartLayout {
	const plotX = 260;
	const barHeight = 22;
	const labelChars = 36;
	const lineHeight = 16;
	const valueRoom = 110;
	const max = group.unit === '%' ? 100 : Math.max(...group.figures.map((f) => f.value), 0);
	const scale = scaleLinear()
		.domain([0, max || 1])
		.nice(4)
		.range([0, width - plotX - valueRoom]);
	let y = 28;
	const bars = group.figures.map((figure) => {
		const labelLines = wrapLabel(figure.label, labelChars);
		const rowHeight = Math.max(barHeight, labelLines.length * lineHeight) + 12;
		const bar: Bar = {
			figure,
			y,
			width: Math.max(1, scale(figure.value)),
			labelLines,
			valueText: formatValue(figure.value, figure.unit),
		};
		y += rowHeight;
		return bar;
	});
	const ticks = scale
		.ticks(4)
		.map((t) => ({ x: plotX + scale(t), text: group.unit === '%' ? `${t}%` : number.format(t) }));
	return { width, height: y + 4, plotX, bars, ticks, barHeight };
}
