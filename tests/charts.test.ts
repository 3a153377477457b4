/** The key-figure charts and the handleiding cycle: layout helpers and the rendered components. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import BarChart from '../src/components/BarChart.astro';
import CycleDiagram from '../src/components/CycleDiagram.astro';
import { barRows, chartGroups, formatValue, wrapLabel, type ChartDefinition, type Figure } from '../src/lib/charts.ts';
import { layoutCycle } from '../src/lib/cycle.ts';
import { loadContent } from '../src/lib/validation/load.ts';

const survey: Figure[] = [
	{ label: 'Wil deelnemen', value: 90, qualifier: 'meer dan', unit: '%', chart: 'survey' },
	{ label: 'Hoofdtaak', value: 78.4, unit: '%', chart: 'survey' },
	{ label: 'Respondenten', value: 255, unit: 'personen' },
	{ label: 'Deelnemers bijeenkomsten', value: 100, qualifier: 'ruim', unit: 'personen' },
];
const charts: ChartDefinition[] = [{ id: 'survey', title: 'Survey, in %', takeaway: 'Bijna iedereen wil meedoen.' }];

describe('chartGroups', () => {
	it('draws only the figures a chart names, in one group per chart', () => {
		expect(chartGroups(survey, charts)).toEqual([{ ...charts[0], unit: '%', figures: survey.slice(0, 2) }]);
	});
	it('draws nothing when the report defines no chart: its figures stay in the list', () => {
		expect(chartGroups(survey, [])).toEqual([]);
	});
	it('refuses a chart that mixes units, such as respondents and participants in %', () => {
		const mixed = survey.map((f) => ({ ...f, chart: 'survey' }));
		expect(() => chartGroups(mixed, charts)).toThrow('chart "survey" mixes units: %, personen');
	});
});

describe("the site's reports", () => {
	const reports = loadContent('content').entries.filter((e) => e.collection === 'rapporten');
	it('put only figures of one unit in a chart, and no unit "aantal"', () => {
		let charted = 0;
		for (const report of reports) {
			const data = report.data as { keyFigures: Figure[]; charts?: ChartDefinition[] };
			for (const group of chartGroups(data.keyFigures, data.charts ?? [])) {
				expect(new Set(group.figures.map((f) => f.unit)), `${report.file}: ${group.id}`).toHaveProperty('size', 1);
				expect(group.figures.length, `${report.file}: ${group.id}`).toBeGreaterThan(1);
				charted += group.figures.length;
			}
			expect(data.keyFigures.map((f) => f.unit)).not.toContain('aantal');
		}
		expect(charted).toBeGreaterThan(10);
	});
	it('keep the bounds the sources give (">18", ">90", "<10", "meer dan 90%", "ruim 100")', () => {
		const bounded = reports.flatMap((report) =>
			(report.data as { keyFigures: Figure[] }).keyFigures
				.filter((f) => f.qualifier)
				.map((f) => formatValue(f.value, f.unit, f.qualifier)),
		);
		expect(bounded).toEqual(
			expect.arrayContaining([
				'meer dan 18\u00a0organisaties',
				'meer dan 90\u00a0organisaties',
				'minder dan 10\u00a0organisaties',
				'meer dan 90%',
				'ruim 100\u00a0personen',
			]),
		);
	});
});

describe('values and bars', () => {
	it('formats numbers the Dutch way, keeping number and unit together', () => {
		expect(formatValue(78.4, '%')).toBe('78,4%');
		expect(formatValue(1250, 'personen')).toBe('1.250\u00a0personen');
	});
	it('keeps a bound in front of the number', () => {
		expect(formatValue(90, '%', 'meer dan')).toBe('meer dan 90%');
		expect(formatValue(100, 'personen', 'ruim')).toBe('ruim 100\u00a0personen');
	});
	it('wraps labels on spaces', () => {
		expect(wrapLabel('Wil bijdragen aan thema implementatie-onderzoek', 20)).toEqual([
			'Wil bijdragen aan',
			'thema',
			'implementatie-onderzoek',
		]);
	});
	it('scales percentages to 100 and counts to the largest count', () => {
		const [group] = chartGroups(survey, charts);
		if (!group) throw new Error('no chart');
		expect(barRows(group).map((r) => r.percent)).toEqual([90, 78.4]);
		const counts = barRows({
			...group,
			unit: 'organisaties',
			figures: [
				{ label: 'a', value: 650 },
				{ label: 'b', value: 7 },
			],
		});
		expect(counts.map((r) => r.percent)).toEqual([100, 1.1]);
	});
	it('marks a bounded value as bounded, with its words', () => {
		const [group] = chartGroups(survey, charts);
		if (!group) throw new Error('no chart');
		expect(barRows(group).map((r) => [r.valueText, r.bounded])).toEqual([
			['meer dan 90%', true],
			['78,4%', false],
		]);
	});
});

describe('BarChart component', async () => {
	const container = await AstroContainer.create();
	const [group] = chartGroups(survey, charts);
	const html = await container.renderToString(BarChart, { props: { group } });
	const root = parse(html);
	it('says what to see before the chart', () => {
		expect(root.firstChild?.toString()).toContain('Bijna iedereen wil meedoen.');
		expect(html.indexOf('class="takeaway"')).toBeLessThan(html.indexOf('<figure'));
		expect(root.querySelector('figcaption')?.text).toBe('Survey, in %');
	});
	it('writes every label and value as text, the bound included, and hides only the bars', () => {
		expect(root.querySelectorAll('li .label').map((t) => t.text)).toEqual(['Wil deelnemen', 'Hoofdtaak']);
		expect(root.querySelectorAll('li .value').map((t) => t.text)).toEqual(['meer dan 90%', '78,4%']);
		expect(root.querySelectorAll('svg').every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
		expect(root.querySelectorAll('li.bounded')).toHaveLength(1);
	});
});

describe('cycle diagram', async () => {
	const steps = ['Voorbereiding', 'Analyse', 'Doelgroep', 'Strategie', 'Plan', 'Evalueren'].map((title, i) => ({
		step: i + 1,
		title,
	}));
	it('places the first step at the top and goes clockwise', () => {
		const { nodes, size } = layoutCycle(steps);
		expect(nodes[0]?.x).toBe(size / 2);
		expect(nodes[0]?.y).toBeLessThan(size / 2);
		expect(nodes[1]?.x).toBeGreaterThan(size / 2);
	});
	it('draws an arrow from every step to the next, the last back to the first', () => {
		expect(layoutCycle(steps).arrows).toHaveLength(6);
	});
	it('renders from the data with a text alternative naming every step', async () => {
		const container = await AstroContainer.create();
		const root = parse(await container.renderToString(CycleDiagram, { props: { steps } }));
		expect(root.querySelector('svg')?.getAttribute('role')).toBe('img');
		const desc = root.querySelector('desc')?.text ?? '';
		for (const s of steps) expect(desc).toContain(`${s.step}. ${s.title}`);
		expect(root.querySelectorAll('circle')).toHaveLength(6);
	});
});
