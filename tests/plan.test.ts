/**
 * "Mijn implementatieplan": the builder's steps come from the stap entries (a
 * fixture stap with an extra question shows up without a code change), the
 * plan file round-trips through its schema and says in Dutch what is wrong
 * with a bad one, the store keeps existing plans on import, and the Markdown
 * export is pinned by a snapshot.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	builderSteps,
	filledSteps,
	planDocument,
	planFileName,
	planMarkdown,
	type ExportStep,
	type StapInput,
} from '../src/lib/plan.ts';
import { addPlans, loadStore, newPlan, STORAGE_KEY } from '../src/lib/plan-store.ts';
import { loadContent } from '../src/lib/validation/load.ts';
import { slugRef } from '../src/schemas/common.ts';
import { planFileText, planSchema, readPlanFile, type Plan } from '../src/schemas/plan.ts';
import { stapSchema } from '../src/schemas/stap.ts';

const schema = stapSchema(slugRef);
// The schema's references come out as unknown (slugRef is any collection's); here they are slugs.
const stappen = (root: string): StapInput[] =>
	loadContent(root, process.cwd(), ['stappen']).entries.map((entry) => {
		const data = schema.parse(entry.data);
		const slugs = (list: unknown[]) => list.map(String);
		return {
			id: entry.id,
			data: { ...data, tools: slugs(data.tools), strategies: slugs(data.strategies), terms: slugs(data.terms) },
		};
	});
const { entries: others } = loadContent('content', process.cwd(), ['tools', 'begrippen']);
const byId = (collection: string) =>
	new Map(others.filter((e) => e.collection === collection).map((e) => [e.id, e.data as Record<string, string>]));
const tools = byId('tools');
const terms = byId('begrippen');
const lookup = {
	tool: (slug: string) => {
		const data = tools.get(slug);
		return data ? { title: String(data['title']), summary: String(data['summary']) } : undefined;
	},
	term: (slug: string) => {
		const data = terms.get(slug);
		return data ? { term: String(data['term']), definition: String(data['definition']) } : undefined;
	},
};
const real = stappen('content');

describe('builder steps', () => {
	it('asks the questions and shows the aandachtspunten, tools and strategies of each stap entry', () => {
		const steps = builderSteps(real, lookup);
		expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
		for (const entry of real) {
			const step = steps.find((s) => s.step === entry.data.step);
			expect(step?.questions).toEqual(entry.data.questions);
			expect(step?.keyPoints).toEqual(entry.data.keyPoints);
			expect(step?.actions).toEqual(entry.data.actions.map((a) => a.title));
			expect(step?.tools.map((t) => t.slug)).toEqual(entry.data.tools);
			expect(step?.url).toBe(`/handleiding/${entry.id}/`);
		}
		const four = steps.find((s) => s.step === 4);
		expect(four?.strategies.map((s) => s.slug)).toContain('koplopers');
		expect(four?.strategies[0]?.url).toMatch(/^\/begrippen\/[a-z0-9-]+\/$/);
		expect(four?.tools[0]?.url).toMatch(/^\/methoden-en-tools\/[a-z0-9-]+\/$/);
	});

	it('shows a question added to a stap file, with no change in code', () => {
		const [fixture] = stappen('tests/fixtures/plan');
		expect(fixture?.id).toBe('voorbereiding');
		const steps = builderSteps([...real.filter((s) => s.id !== 'voorbereiding'), fixture!], lookup);
		const one = steps.find((s) => s.step === 1);
		expect(one?.questions).toContain('Welke extra vraag uit de fixture staat in de planmaker?');
		expect(one?.questions).toHaveLength((real.find((s) => s.id === 'voorbereiding')?.data.questions.length ?? 0) + 1);
	});

	it('leaves out references to entries it cannot find (drafts)', () => {
		const [first] = real;
		const steps = builderSteps([{ ...first!, data: { ...first!.data, tools: ['bestaat-niet'], terms: [] } }], lookup);
		expect(steps[0]?.tools).toEqual([]);
	});
});

/** Three small steps, so the snapshot changes only when the export does, not when content does. */
const STEPS: ExportStep[] = [
	{
		step: 1,
		title: 'Voorbereiding',
		questions: ['Waarom is dit nodig?', 'Wie doet mee?'],
		actions: ['Team vormen', 'Urgentie bepalen'],
		tools: [{ slug: 'midi', title: 'MIDI' }],
		strategies: [],
	},
	{
		step: 5,
		title: 'Implementatieplan opstellen en uitvoeren',
		questions: ['Wat is de planning?'],
		actions: [],
		tools: [],
		strategies: [],
	},
	{
		step: 6,
		title: 'Evalueren',
		questions: [],
		actions: [],
		tools: [],
		strategies: [],
	},
];

const filledPlan = (): Plan => ({
	...newPlan('Valpreventie in wijk *Noord*', new Date('2026-12-01T09:00:00Z'), 'plan-1'),
	updated: '2026-12-05T10:30:00.000Z',
	steps: {
		'1': {
			answers: { 'Waarom is dit nodig?': 'Te veel valincidenten.\n- vooral thuis', 'Wie doet mee?': '' },
			done: ['Team vormen'],
			tools: ['midi'],
			strategies: [],
			notes: '',
		},
	},
	rows: [
		{ goal: 'Minder vallen', action: 'Scholing | training', owner: 'Anna', date: '2027-02-01', needs: 'Twee dagdelen' },
	],
	evaluations: [{ date: '2027-06-01', what: 'Aantal valincidenten' }],
	secured: 'De valrisicotest staat in het protocol.',
});

describe('plan file', () => {
	it('round-trips a plan through the file and the schema', () => {
		const plan = filledPlan();
		const result = readPlanFile(planFileText([plan]));
		expect(result).toEqual({ ok: true, plans: [plan] });
	});

	it('round-trips any text in answers and names', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
				fc.string(),
				(name, answer) => {
					const plan = { ...filledPlan(), name: name.trim(), secured: answer };
					expect(readPlanFile(planFileText([plan]))).toEqual({ ok: true, plans: [planSchema.parse(plan)] });
				},
			),
		);
	});

	it('says what is wrong with a file that is not JSON', () => {
		expect(readPlanFile('{kapot')).toEqual({
			ok: false,
			problems: ['Dit bestand is geen planbestand: de inhoud is geen JSON. Kies een bestand dat je hier hebt bewaard.'],
		});
	});

	it('says that a JSON file of something else is not a plan file', () => {
		expect(readPlanFile('{"begrippen": []}')).toEqual({
			ok: false,
			problems: [
				'Dit bestand is geen planbestand van de Implementatiewiki. Kies een bestand dat je met "Bewaar als planbestand" hebt gemaakt.',
			],
		});
	});

	it('names the plan, row and field of each problem', () => {
		const plan = filledPlan();
		const broken = JSON.parse(planFileText([plan, plan])) as { plans: Record<string, unknown>[] };
		(broken.plans[1]!['rows'] as Record<string, unknown>[])[0]!['date'] = '1 februari';
		delete broken.plans[0]!['name'];
		broken.plans[0]!['kleur'] = 'rood';
		expect(readPlanFile(JSON.stringify(broken))).toEqual({
			ok: false,
			problems: [
				'Plan 1, naam: ontbreekt.',
				'Plan 1: heeft onbekende velden: kleur.',
				'Plan 2, plan (stap 5), regel 1, wanneer: is geen geldige datum.',
			],
		});
	});
});

describe('plan store', () => {
	it('adds imported plans and keeps the ones already there, giving a taken id a new one', () => {
		const mine = newPlan('Mijn plan', new Date('2026-12-01T00:00:00Z'), 'a');
		const store = addPlans({ plans: [mine], current: 'a' }, [{ ...filledPlan(), id: 'a' }], () => 'b');
		expect(store.plans.map((p) => [p.id, p.name])).toEqual([
			['a', 'Mijn plan'],
			['b', 'Valpreventie in wijk *Noord*'],
		]);
		expect(store.current).toBe('b');
	});

	it('reads back what was stored and leaves out a damaged plan', () => {
		const good = filledPlan();
		const stored = JSON.stringify({ plans: [{ id: 'x' }, good], current: 'x' });
		const store = loadStore({ getItem: (key) => (key === STORAGE_KEY ? stored : null) });
		expect(store).toEqual({ plans: [good], current: good.id });
		expect(loadStore({ getItem: () => 'geen json' })).toEqual({ plans: [], current: undefined });
	});
});

describe('plan export', () => {
	it('marks the steps with answers, rows or choices as filled', () => {
		expect([...filledSteps(filledPlan())].sort()).toEqual([1, 5, 6]);
		expect(filledSteps(newPlan('Leeg')).size).toBe(0);
	});

	it('writes the answers, choices and the plan as Markdown', async () => {
		await expect(planMarkdown(planDocument(filledPlan(), STEPS))).toMatchFileSnapshot('__snapshots__/plan.md');
	});

	it('says so when nothing is filled in', () => {
		const markdown = planMarkdown(planDocument(newPlan('Leeg', new Date('2026-12-01T00:00:00Z')), STEPS));
		expect(markdown).toContain('Er is nog niets ingevuld.');
	});

	it('names files after the plan', () => {
		expect(planFileName(filledPlan(), 'docx')).toBe('valpreventie-in-wijk-noord.docx');
		expect(planFileName({ ...filledPlan(), name: '***' }, 'md')).toBe('implementatieplan.md');
	});
});
