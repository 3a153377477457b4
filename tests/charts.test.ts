/** The key-figure charts and the handleiding cycle: layout helpers and the rendered components. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import BarChart from '../src/components/BarChart.astro';
import CycleDiagram from '../src/components/CycleDiagram.astro';
import { chartGroups, formatValue, layoutBarChart, wrapLabel, type Figure } from '../src/lib/charts.ts';
import { layoutCycle } from '../src/lib/cycle.ts';

const survey: Figure[] = [
	{ label: 'Wil deelnemen', value: 90, unit: '%' },
	{ label: 'Hoofdtaak', value: 78.4, unit: '%' },
	{ label: 'Respondenten', value: 255, unit: 'personen' },
];

describe('chartGroups', () => {
	it('groups figures by unit and leaves single figures to the table', () => {
		expect(chartGroups(survey)).toEqual([{ unit: '%', figures: survey.slice(0, 2) }]);
	});
	it('charts everything together when no unit has two figures', () => {
		const figures = [
			{ label: 'Stappen', value: 6, unit: 'stappen' },
			{ label: 'Aandachtspunten', value: 16, unit: 'aandachtspunten' },
		];
		expect(chartGroups(figures)).toEqual([{ unit: '', figures }]);
	});
	it('returns no chart for no figures', () => {
		expect(chartGroups([])).toEqual([]);
	});
});

describe('chart layout', () => {
	it('formats numbers the Dutch way', () => {
		expect(formatValue(78.4, '%')).toBe('78,4%');
		expect(formatValue(1250, 'personen')).toBe('1.250 personen');
	});
	it('wraps labels on spaces', () => {
		expect(wrapLabel('Wil bijdragen aan thema implementatie-onderzoek', 20)).toEqual([
			'Wil bijdragen aan',
			'thema',
			'implementatie-onderzoek',
		]);
	});
	it('scales percentages to 100 and bars in proportion', () => {
		const layout = layoutBarChart({ unit: '%', figures: survey.slice(0, 2) });
		expect(layout.ticks.at(-1)?.text).toBe('100%');
		const [a, b] = layout.bars;
		expect((a?.width ?? 0) / (b?.width ?? 1)).toBeCloseTo(90 / 78.4, 5);
		expect(b?.y).toBeGreaterThan(a?.y ?? 0);
	});
});

describe('BarChart component', async () => {
	const container = await AstroContainer.create();
	const html = await container.renderToString(BarChart, {
		props: { group: { unit: '%', figures: survey.slice(0, 2) }, caption: 'Kerncijfers in %', tableId: 'tabel' },
	});
	const svg = parse(html).querySelector('svg');
	it('is one image described by the data table', () => {
		expect(svg?.getAttribute('role')).toBe('img');
		expect(svg?.getAttribute('aria-describedby')).toBe('tabel');
		expect(svg?.getAttribute('aria-label')).toContain('2 staven');
	});
	it('draws one bar and one value per figure', () => {
		expect(svg?.querySelectorAll('rect')).toHaveLength(2);
		expect(svg?.querySelectorAll('text.value').map((t) => t.text)).toEqual(['90%', '78,4%']);
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
