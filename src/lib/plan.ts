/**
 * "Mijn implementatieplan" (/mijn-plan/): what the builder asks, taken from
 * the stap entries, and a plan turned into a document. The page renders its
 * form from `builderSteps`, and embeds the same list for the exports, so a new
 * question in a stap file shows up in the form and in every export without a
 * change here. The exports (Markdown, Word, print) all start from
 * `planDocument`, so they say the same thing.
 *
 * No Node or Astro imports: the browser runs this too.
 */
import type { Plan } from '../schemas/plan.ts';

/** A link to an entry of the site, with the words shown for it. */
export interface BuilderLink {
	slug: string;
	/** The entry's name. */
	title: string;
	/** Its summary (a tool) or definition (a term). */
	text: string;
	url: string;
}

/** One step of the builder, from one stap entry. */
export interface BuilderStep {
	step: number;
	title: string;
	goal: string;
	/** URL of the step page in the handleiding. */
	url: string;
	/** The guiding questions; each gets an answer field. */
	questions: string[];
	/** Aandachtspunten. */
	keyPoints: string[];
	/** "Wat doe je?": titles only; each can be ticked off. */
	actions: string[];
	/** Tools to pick from. */
	tools: BuilderLink[];
	/** Strategies to pick from (glossary terms). */
	strategies: BuilderLink[];
	/** Glossary terms of this step, linked to their definitions. */
	terms: BuilderLink[];
}

/** A stap entry as the builder reads it: references as slugs. */
export interface StapInput {
	id: string;
	data: {
		step: number;
		title: string;
		goal: string;
		questions: readonly string[];
		keyPoints: readonly string[];
		actions: readonly { title: string }[];
		tools: readonly string[];
		strategies: readonly string[];
		terms: readonly string[];
	};
}

/** Looks up the entries a step refers to; undefined for a draft or a missing entry. */
export interface BuilderLookup {
	tool(slug: string): { title: string; summary: string } | undefined;
	term(slug: string): { term: string; definition: string } | undefined;
}

const TOOL_BASE = '/methoden-en-tools/';
const TERM_BASE = '/begrippen/';
const STEP_BASE = '/handleiding/';

/** The builder's steps, in step order, from the stap entries. */
export function builderSteps(stappen: readonly StapInput[], lookup: BuilderLookup): BuilderStep[] {
	const terms = (slugs: readonly string[]) =>
		slugs.flatMap((slug) => {
			const term = lookup.term(slug);
			return term ? [{ slug, title: term.term, text: term.definition, url: `${TERM_BASE}${slug}/` }] : [];
		});
	return [...stappen]
		.sort((a, b) => a.data.step - b.data.step)
		.map(({ id, data }) => ({
			step: data.step,
			title: data.title,
			goal: data.goal,
			url: `${STEP_BASE}${id}/`,
			questions: [...data.questions],
			keyPoints: [...data.keyPoints],
			actions: data.actions.map((action) => action.title),
			tools: data.tools.flatMap((slug) => {
				const tool = lookup.tool(slug);
				return tool ? [{ slug, title: tool.title, text: tool.summary, url: `${TOOL_BASE}${slug}/` }] : [];
			}),
			strategies: terms(data.strategies),
			terms: terms(data.terms),
		}));
}

/** What the exports need of a step; the page embeds only this, to keep its HTML small. */
export interface ExportStep {
	step: number;
	title: string;
	questions: string[];
	actions: string[];
	tools: Pick<BuilderLink, 'slug' | 'title'>[];
	strategies: Pick<BuilderLink, 'slug' | 'title'>[];
}

/** A builder step cut down to what the exports need. */
export const exportStep = ({ step, title, questions, actions, tools, strategies }: BuilderStep): ExportStep => ({
	step,
	title,
	questions,
	actions,
	tools: tools.map(({ slug, title }) => ({ slug, title })),
	strategies: strategies.map(({ slug, title }) => ({ slug, title })),
});

/** Where the builder opens at a step: `/mijn-plan/#stap-3`. */
export const planStepUrl = (step: number): string => `/mijn-plan/#stap-${step}`;

/** The steps in which anything is filled in or chosen. */
export function filledSteps(plan: Plan): Set<number> {
	const filled = new Set<number>();
	for (const [key, answers] of Object.entries(plan.steps)) {
		if (!answers) continue;
		const any =
			Object.values(answers.answers).some((text) => text.trim() !== '') ||
			answers.notes.trim() !== '' ||
			answers.tools.length > 0 ||
			answers.strategies.length > 0 ||
			answers.done.length > 0;
		if (any) filled.add(Number(key));
	}
	const hasText = (row: Record<string, string>) => Object.values(row).some((text) => text.trim() !== '');
	if (plan.rows.some(hasText)) filled.add(5);
	if (plan.evaluations.some(hasText) || plan.secured.trim() !== '') filled.add(6);
	return filled;
}

/** One block of a plan document; Markdown, Word and print each render these. */
export type PlanBlock =
	| { kind: 'title' | 'heading' | 'subheading' | 'paragraph'; text: string }
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; head: string[]; rows: string[][] };

/** The column headings of the step 5 plan and the step 6 evaluation moments. */
export const ROW_FIELDS = [
	['goal', 'Doel'],
	['action', 'Actie'],
	['owner', 'Wie'],
	['date', 'Wanneer'],
	['needs', 'Wat is nodig'],
] as const;
export const EVALUATION_FIELDS = [
	['date', 'Wanneer'],
	['what', 'Wat evalueer je'],
] as const;

/** A date (YYYY-MM-DD) as Dutch text: 5 december 2026; other text as it is. */
export function dutchDate(value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
	if (!match) return value;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * A plan as a document: its name and date, then each step with what was
 * filled in. Empty answers and empty steps are left out, as not every step
 * has to be filled in; the questions stay with their answers.
 */
export function planDocument(plan: Plan, steps: readonly ExportStep[]): PlanBlock[] {
	const blocks: PlanBlock[] = [
		{ kind: 'title', text: plan.name },
		{
			kind: 'paragraph',
			text: `Implementatieplan, gemaakt op ${dutchDate(plan.created)}, laatst gewijzigd op ${dutchDate(plan.updated)}.`,
		},
	];
	const filled = filledSteps(plan);
	for (const step of steps) {
		if (!filled.has(step.step)) continue;
		const answers = plan.steps[String(step.step) as keyof Plan['steps']];
		blocks.push({ kind: 'heading', text: `Stap ${step.step}: ${step.title}` });
		for (const question of step.questions) {
			const answer = answers?.answers[question]?.trim();
			if (!answer) continue;
			blocks.push({ kind: 'subheading', text: question }, { kind: 'paragraph', text: answer });
		}
		const done = step.actions.filter((action) => answers?.done.includes(action));
		if (done.length > 0) blocks.push({ kind: 'subheading', text: 'Gedaan' }, { kind: 'list', items: done });
		const strategies = step.strategies.filter((s) => answers?.strategies.includes(s.slug));
		if (strategies.length > 0)
			blocks.push(
				{ kind: 'subheading', text: 'Gekozen strategieën' },
				{ kind: 'list', items: strategies.map((s) => s.title) },
			);
		const tools = step.tools.filter((t) => answers?.tools.includes(t.slug));
		if (tools.length > 0)
			blocks.push(
				{ kind: 'subheading', text: 'Gekozen methoden en tools' },
				{ kind: 'list', items: tools.map((t) => t.title) },
			);
		const notes = answers?.notes.trim();
		if (notes) blocks.push({ kind: 'subheading', text: 'Aantekeningen' }, { kind: 'paragraph', text: notes });
		if (step.step === 5 && plan.rows.length > 0)
			blocks.push(
				{ kind: 'subheading', text: 'Het plan' },
				{
					kind: 'table',
					head: ROW_FIELDS.map(([, label]) => label),
					rows: plan.rows.map((row) =>
						ROW_FIELDS.map(([key]) => (key === 'date' ? dutchDate(row[key]) : row[key].trim())),
					),
				},
			);
		if (step.step === 6 && plan.evaluations.length > 0)
			blocks.push(
				{ kind: 'subheading', text: 'Evaluatiemomenten' },
				{
					kind: 'table',
					head: EVALUATION_FIELDS.map(([, label]) => label),
					rows: plan.evaluations.map((row) =>
						EVALUATION_FIELDS.map(([key]) => (key === 'date' ? dutchDate(row[key]) : row[key].trim())),
					),
				},
			);
		if (step.step === 6 && plan.secured.trim())
			blocks.push(
				{ kind: 'subheading', text: 'Wanneer is de verandering geborgd?' },
				{ kind: 'paragraph', text: plan.secured.trim() },
			);
	}
	if (filled.size === 0) blocks.push({ kind: 'paragraph', text: 'Er is nog niets ingevuld.' });
	return blocks;
}

/** Markdown special characters at the start of a line or inline, escaped so answers stay plain text. */
const escapeInline = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
const escapeBlock = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => escapeInline(line).replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3'))
		.join('  \n');

/** A plan document as Markdown. */
export function planMarkdown(blocks: readonly PlanBlock[]): string {
	const cell = (text: string) => escapeInline(text).replace(/\r?\n/g, '<br>') || ' ';
	const parts = blocks.map((block) => {
		switch (block.kind) {
			case 'title':
				return `# ${escapeInline(block.text)}`;
			case 'heading':
				return `## ${escapeInline(block.text)}`;
			case 'subheading':
				return `### ${escapeInline(block.text)}`;
			case 'paragraph':
				return escapeBlock(block.text);
			case 'list':
				return block.items.map((item) => `- ${escapeInline(item)}`).join('\n');
			case 'table':
				return [
					`| ${block.head.map(cell).join(' | ')} |`,
					`| ${block.head.map(() => '---').join(' | ')} |`,
					...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
				].join('\n');
		}
	});
	return `${parts.join('\n\n')}\n`;
}

/** A file name for a plan's exports: its name in lower case, letters and digits only. */
export function planFileName(plan: Plan, extension: string): string {
	const base = plan.name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return `${base || 'implementatieplan'}.${extension}`;
}
