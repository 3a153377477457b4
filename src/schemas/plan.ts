/**
 * Schema for a plan of "Mijn implementatieplan" (/mijn-plan/) and for the
 * plan file that carries plans to another device or a colleague. The builder
 * keeps plans in the browser's localStorage in this shape and checks every
 * imported file against it; `readPlanFile` says in Dutch what is wrong with a
 * file that does not fit. Plans never leave the device unless the reader
 * saves a file.
 */
import { z } from 'astro/zod';

/** Longest answer to one question, in characters: roomy, but a file cannot fill the browser's storage. */
export const MAX_ANSWER = 20_000;
/** Most rows in the step 5 plan or the step 6 evaluation moments. */
export const MAX_ROWS = 200;
/** Most plans in one file. */
export const MAX_PLANS = 100;

const answer = z.string().max(MAX_ANSWER);
/** A date from a date field (YYYY-MM-DD), or empty when none is set. */
const dateField = z.union([z.literal(''), z.iso.date()]).default('');
const slugs = z.array(z.string().max(200)).max(500).default([]);

/** What was filled in for one step. */
export const stepAnswersSchema = z.strictObject({
	/** Answers to the step's guiding questions, by the question's text. */
	answers: z.record(z.string().max(1000), answer).default({}),
	/** Titles of the "Wat doe je?" actions that are done. */
	done: z.array(z.string().max(200)).max(500).default([]),
	/** Slugs of the chosen tools. */
	tools: slugs,
	/** Slugs of the chosen strategies (glossary terms). */
	strategies: slugs,
	/** Other notes on this step. */
	notes: answer.default(''),
});

/** One row of the concrete plan in step 5. */
export const planRowSchema = z.strictObject({
	/** What this row is for. */
	goal: answer.default(''),
	/** What is done. */
	action: answer.default(''),
	/** Who is responsible (owner). */
	owner: answer.default(''),
	/** When. */
	date: dateField,
	/** What is needed: people, time, money, materials. */
	needs: answer.default(''),
});

/** One evaluation moment in step 6. */
export const evaluationSchema = z.strictObject({
	/** When. */
	date: dateField,
	/** What is evaluated, and how. */
	what: answer.default(''),
});

/** One plan. */
export const planSchema = z.strictObject({
	/** Random id, unique on this device. */
	id: z.string().min(1).max(100),
	/** Name the reader gives the plan. */
	name: z.string().trim().min(1).max(200),
	/** When the plan was made (ISO date and time). */
	created: z.iso.datetime({ offset: true }),
	/** When the plan last changed (ISO date and time). */
	updated: z.iso.datetime({ offset: true }),
	/** Answers per step, by step number ("1" to "6"). */
	steps: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6']), stepAnswersSchema).default({}),
	/** The concrete plan of step 5. */
	rows: z.array(planRowSchema).max(MAX_ROWS).default([]),
	/** The evaluation moments of step 6. */
	evaluations: z.array(evaluationSchema).max(MAX_ROWS).default([]),
	/** What "geborgd" means for this plan (step 6). */
	secured: answer.default(''),
});
export type Plan = z.output<typeof planSchema>;
export type StepAnswers = z.output<typeof stepAnswersSchema>;

/** Marks a JSON file as a plan file of this site. */
export const PLAN_FILE_FORMAT = 'implementatiewiki-plan';

/** A plan file: one or more plans, with the format and its version. */
export const planFileSchema = z.strictObject({
	/** Always `implementatiewiki-plan`. */
	format: z.literal(PLAN_FILE_FORMAT),
	/** Version of this file format. */
	version: z.literal(1),
	/** The plans in the file. */
	plans: z.array(planSchema).min(1).max(MAX_PLANS),
});
export type PlanFile = z.output<typeof planFileSchema>;

/** A plan file with these plans, as text. */
export const planFileText = (plans: Plan[]): string =>
	`${JSON.stringify({ format: PLAN_FILE_FORMAT, version: 1, plans } satisfies PlanFile, null, 2)}\n`;

/** Dutch names of the fields, for messages. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
	id: 'id',
	name: 'naam',
	created: 'gemaakt op',
	updated: 'gewijzigd op',
	steps: 'stappen',
	answers: 'antwoorden',
	done: 'gedaan',
	tools: 'tools',
	strategies: 'strategieën',
	notes: 'aantekeningen',
	rows: 'plan (stap 5)',
	evaluations: 'evaluatiemomenten',
	secured: 'geborgd',
	goal: 'doel',
	action: 'actie',
	owner: 'wie',
	date: 'wanneer',
	needs: 'wat is nodig',
	what: 'wat evalueer je',
	format: 'format',
	version: 'versie',
	plans: 'plannen',
};

/** Where in the file a problem is: "plan 2, plan (stap 5), regel 3, wanneer". */
function place(path: readonly PropertyKey[]): string {
	const parts: string[] = [];
	for (let i = 0; i < path.length; i++) {
		const key = path[i];
		const previous = path[i - 1];
		if (typeof key === 'number') {
			parts.push(previous === 'plans' ? `plan ${key + 1}` : `regel ${key + 1}`);
			continue;
		}
		if (key === 'plans') continue;
		if (previous === 'steps') parts.push(`stap ${String(key)}`);
		else if (previous === 'answers') parts.push(`antwoord op "${String(key).slice(0, 60)}"`);
		else parts.push(FIELD_NAMES[String(key)] ?? String(key));
	}
	return parts.join(', ');
}

/** One Zod problem in plain Dutch. */
function issueMessage(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'ontbreekt' : 'heeft niet de goede soort waarde';
		case 'too_big':
			return issue.origin === 'array' ? `heeft te veel regels (hoogstens ${issue.maximum})` : 'is te lang';
		case 'too_small':
			return 'is leeg';
		case 'unrecognized_keys':
			return `heeft onbekende velden: ${issue.keys.join(', ')}`;
		case 'invalid_format':
			return 'is geen geldige datum';
		case 'invalid_union':
			return 'is geen geldige datum';
		default:
			return 'is niet goed';
	}
}

/** What reading a plan file gives: the plans, or the problems in Dutch. */
export type PlanFileResult = { ok: true; plans: Plan[] } | { ok: false; problems: string[] };

/** Most problems listed for one file; more are summed up in one line. */
const MAX_PROBLEMS = 8;

/** Reads the text of a plan file; never throws. */
export function readPlanFile(text: string): PlanFileResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			ok: false,
			problems: ['Dit bestand is geen planbestand: de inhoud is geen JSON. Kies een bestand dat je hier hebt bewaard.'],
		};
	}
	if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== PLAN_FILE_FORMAT)
		return {
			ok: false,
			problems: [
				'Dit bestand is geen planbestand van de Implementatiewiki. Kies een bestand dat je met "Bewaar als planbestand" hebt gemaakt.',
			],
		};
	if ((data as { version?: unknown }).version !== 1)
		return {
			ok: false,
			problems: [
				'Dit planbestand heeft een versie die deze pagina niet kent. Ververs de pagina en probeer het opnieuw.',
			],
		};
	const result = planFileSchema.safeParse(data);
	if (result.success) return { ok: true, plans: result.data.plans };
	const problems = result.error.issues.map((issue) => {
		const where = place(issue.path);
		return `${where ? `${where.charAt(0).toUpperCase()}${where.slice(1)}: ` : ''}${issueMessage(issue)}.`;
	});
	const shown = problems.slice(0, MAX_PROBLEMS);
	if (problems.length > shown.length) shown.push(`En nog ${problems.length - shown.length} andere problemen.`);
	return { ok: false, problems: shown };
}
