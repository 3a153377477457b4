/**
 * A deterministic synthetic content folder for `npm run bench`: N pages spread
 * over the collections like a grown wiki (mostly terms and tools), valid
 * against the schemas, with about 900 words of Dutch per page built from
 * sentence templates, the real glossary terms from `content/begrippen/`,
 * internal links and always exactly six steps. The same seed gives the same
 * files, so two runs (and two systems) build the same site.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { CollectionName } from '../../src/schemas/index.ts';
import { entryUrl } from '../../src/lib/urls.ts';

/** One glossary term as written in running text. */
export interface GlossaryTerm {
	id: string;
	term: string;
	aliases: string[];
}

/** One generated page, before it is written as Markdown. */
export interface CorpusPage {
	collection: CollectionName;
	id: string;
	title: string;
	/** Frontmatter, valid against the collection's schema. */
	data: Record<string, unknown>;
	body: string;
}

export interface CorpusOptions {
	/** Total number of pages (entries), at least 20. */
	pages: number;
	/** PRNG seed; the same seed gives the same corpus. */
	seed?: number;
	/** Real glossary terms to draw on; see `loadGlossary()`. */
	glossary: readonly GlossaryTerm[];
}

/** mulberry32: a small, fast, seeded PRNG with a good enough spread for text. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Reads term, aliases and slug of every real glossary entry. */
export function loadGlossary(dir = 'content/begrippen'): GlossaryTerm[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			const yamlText = text.split(/^---\s*$/m)[1] ?? '';
			const data = (parse(yamlText) ?? {}) as { term?: string; aliases?: string[]; draft?: boolean };
			return {
				id: name.replace(/\.md$/, ''),
				term: String(data.term ?? ''),
				aliases: data.aliases ?? [],
				draft: data.draft === true,
			};
		})
		.filter((t) => t.term !== '' && !t.draft)
		.map(({ id, term, aliases }) => ({ id, term, aliases }));
}

const SETTINGS = [
	'de wijkzorg',
	'het ziekenhuis',
	'de huisartsenpraktijk',
	'de ggz',
	'de jeugdzorg',
	'het verpleeghuis',
	'de gemeente',
	'het sociaal domein',
	'de thuiszorg',
	'de revalidatiezorg',
	'de gehandicaptenzorg',
	'de publieke gezondheid',
	'de eerste lijn',
	'het welzijnswerk',
	'de geboortezorg',
	'de ouderenzorg',
];
const GROUPS = [
	'zorgprofessionals',
	'teamleiders',
	'beleidsmakers',
	'onderzoekers',
	'cliënten',
	'mantelzorgers',
	'wijkverpleegkundigen',
	'huisartsen',
	'implementatiedeskundigen',
	'bestuurders',
	'praktijkondersteuners',
	'jeugdprofessionals',
	'welzijnswerkers',
	'projectleiders',
];
const GOALS = [
	'een nieuwe werkwijze vol te houden',
	'de zorg beter af te stemmen op de cliënt',
	'doelen concreet te maken',
	'knelpunten vroeg te zien',
	'de voortgang te volgen',
	'draagvlak te vergroten',
	'kennis te delen',
	'de uitvoering haalbaar te houden',
	'resultaten zichtbaar te maken',
	'samen te leren van de praktijk',
	'de juiste strategie te kiezen',
	'de financiering rond te krijgen',
];
const VERBS = ['helpt', 'vraagt', 'maakt het makkelijker', 'ondersteunt', 'versterkt', 'verduidelijkt'];
const HEADINGS = [
	'Waarom is dit belangrijk?',
	'Hoe pak je het aan?',
	'Wat zegt de praktijk?',
	'Aandachtspunten',
	'Voorbeelden uit de praktijk',
	'Wat kun je zelf doen?',
	'Samenwerken',
	'Meten en volgen',
	'Veelgemaakte fouten',
	'Verder lezen',
];
const SOURCES = ['Handleiding Implementatie', 'Netwerken voor zorgverbetering (kennissynthese)', 'Inzet van netwerken'];

type Pick = <T>(list: readonly T[]) => T;

const TEMPLATES: readonly ((s: Slots) => string)[] = [
	(s) => `Bij ${s.term} ${s.verb} een goed plan om ${s.goal}.`,
	(s) => `In ${s.setting} merken ${s.group} dat ${s.term} tijd en aandacht kost, vooral in het begin.`,
	(s) => `Bespreek met ${s.group} wat ${s.term} voor hun dagelijkse werk betekent en wat ze nodig hebben.`,
	(s) => `Lees ook ${s.link} als je meer wilt weten over de samenhang met ${s.term}.`,
	(s) => `Een kleine pilot in ${s.setting} laat snel zien of ${s.term} past bij de manier van werken.`,
	(s) => `Zonder ${s.term} is het lastig om ${s.goal}, zeker als het team vaak wisselt.`,
	(s) => `Maak vooraf afspraken over wie verantwoordelijk is voor ${s.term} en hoe je de voortgang deelt.`,
	(s) => `Volgens ${s.group} in ${s.setting} werkt het beter als je ${s.term} koppelt aan bestaande overleggen.`,
	(s) => `Het loont om ${s.link} erbij te pakken voordat je met ${s.term} begint.`,
	(s) => `Vraag regelmatig aan ${s.group} of de aanpak nog helpt om ${s.goal}.`,
	(s) => `Schrijf op wat goed ging en wat niet, zodat ${s.group} later kunnen leren van ${s.term}.`,
	(s) => `Ook als de middelen beperkt zijn, kun je met ${s.term} een begin maken in ${s.setting}.`,
];

interface Slots {
	term: string;
	link: string;
	setting: string;
	group: string;
	goal: string;
	verb: string;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const isoDay = (random: () => number) => {
	const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 1000) * 86_400_000);
	return day.toISOString().slice(0, 10);
};

/** How many entries each collection gets for `pages` in total. */
export function distribution(pages: number): Record<CollectionName, number> {
	if (!Number.isInteger(pages) || pages < 20)
		throw new Error(`--pages must be a whole number of at least 20, got ${pages}`);
	const rest = pages - 6 - 3;
	const werkgroepen = Math.max(1, Math.round(rest * 0.01));
	const rapporten = Math.max(1, Math.round(rest * 0.03));
	const trainingen = Math.max(1, Math.round(rest * 0.08));
	const tools = Math.max(1, Math.round(rest * 0.28));
	const begrippen = rest - werkgroepen - rapporten - trainingen - tools;
	// Networks and organisations are not generated (yet): the same page count keeps the same corpus, so
	// measurements stay comparable with the performance log. Give them a share when they grow.
	return {
		stappen: 6,
		paginas: 3,
		werkgroepen,
		rapporten,
		trainingen,
		tools,
		begrippen,
		netwerken: 0,
		organisaties: 0,
	};
}

/** Generates the corpus in memory; see the file header. */
export function generateCorpus({ pages, seed = 1, glossary }: CorpusOptions): CorpusPage[] {
	if (glossary.length === 0) throw new Error('the corpus needs at least one glossary term');
	const random = prng(seed);
	const pick: Pick = (list) => list[Math.floor(random() * list.length)] as (typeof list)[number];
	const some = <T>(list: readonly T[], min: number, max: number): T[] => {
		const n = Math.min(list.length, min + Math.floor(random() * (max - min + 1)));
		const chosen = new Set<T>();
		while (chosen.size < n) chosen.add(pick(list));
		return [...chosen];
	};
	const counts = distribution(pages);

	// Names and slugs first, so every page can link to and refer to any other.
	const used = new Set<string>();
	const uniqueSlug = (text: string) => {
		const base = slugify(text) || 'pagina';
		let slug = base;
		for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
		used.add(slug);
		return slug;
	};
	const names: Record<CollectionName, { id: string; title: string; aliases: string[] }[]> = {
		stappen: [],
		begrippen: [],
		tools: [],
		trainingen: [],
		rapporten: [],
		werkgroepen: [],
		netwerken: [],
		organisaties: [],
		paginas: [],
	};
	const stepTitles = [
		'Voorbereiding',
		'Huidige praktijk en doelen',
		'Doelgroep en setting',
		'Implementatiestrategieën kiezen',
		'Implementatieplan opstellen en uitvoeren',
		'Evalueren, bijstellen en borgen',
	];
	names.stappen = stepTitles.map((title) => ({ id: uniqueSlug(title), title, aliases: [] }));
	names.paginas = ['handleiding', 'over', 'toegankelijkheid'].map((id) => {
		used.add(id);
		return {
			id,
			title:
				id === 'handleiding' ? 'Handleiding in zes stappen' : id === 'over' ? 'Over deze wiki' : 'Toegankelijkheid',
			aliases: [],
		};
	});
	const termKeys = new Set(glossary.flatMap((t) => [t.term, ...t.aliases].map((n) => n.toLocaleLowerCase('nl'))));
	for (let i = 0; i < counts.begrippen; i++) {
		const base = glossary[i % glossary.length] as GlossaryTerm;
		if (i < glossary.length) {
			used.add(base.id);
			names.begrippen.push({ id: base.id, title: base.term, aliases: base.aliases });
			continue;
		}
		const round = Math.floor(i / glossary.length);
		let title = `${base.term} in ${SETTINGS[(round - 1) % SETTINGS.length]}`;
		if (round > SETTINGS.length) title += ` (${Math.ceil(round / SETTINGS.length)})`;
		for (let n = 2; termKeys.has(title.toLocaleLowerCase('nl')); n++) title = `${title} ${n}`;
		termKeys.add(title.toLocaleLowerCase('nl'));
		names.begrippen.push({ id: uniqueSlug(title), title, aliases: [] });
	}
	const numbered = (collection: CollectionName, prefix: readonly string[], count: number) => {
		for (let i = 0; i < count; i++) {
			const title = `${prefix[i % prefix.length]} ${Math.floor(i / prefix.length) + 1}`;
			names[collection].push({ id: uniqueSlug(title), title, aliases: [] });
		}
	};
	numbered(
		'tools',
		[
			'Werkblad doelen stellen',
			'Checklist randvoorwaarden',
			'Model voor verandering',
			'Instrument draagvlak',
			'Methode samen leren',
		],
		counts.tools,
	);
	numbered(
		'trainingen',
		['Masterclass implementeren', 'Cursus projectleiding', 'Workshop borgen', 'Intervisie implementatie'],
		counts.trainingen,
	);
	numbered(
		'rapporten',
		['Verkenning implementatie', 'Kennissynthese netwerken', 'Strategie samenwerking'],
		counts.rapporten,
	);
	numbered('werkgroepen', ['Werkgroep kennis', 'Werkgroep praktijk', 'Werkgroep onderwijs'], counts.werkgroepen);

	const linkTargets = (Object.keys(names) as CollectionName[]).flatMap((collection) =>
		names[collection].map((n) => ({ url: entryUrl(collection, n.id), title: n.title })),
	);
	const runningTerms = glossary.flatMap((t) => [t.term.toLocaleLowerCase('nl'), ...t.aliases]);
	const ids = (collection: CollectionName) => names[collection].map((n) => n.id);

	const body = (title: string) => {
		const parts: string[] = [];
		let words = 0;
		let paragraph: string[] = [];
		let paragraphs = 0;
		while (words < 900) {
			if (paragraph.length === 0 && paragraphs % 3 === 0) {
				const heading = `## ${paragraphs === 0 ? `Over ${title.toLocaleLowerCase('nl')}` : pick(HEADINGS)}`;
				parts.push(heading);
				words += countWords(heading);
			}
			const target = pick(linkTargets);
			const slots: Slots = {
				term: pick(runningTerms),
				link: `[${target.title.toLocaleLowerCase('nl')}](${target.url})`,
				setting: pick(SETTINGS),
				group: pick(GROUPS),
				goal: pick(GOALS),
				verb: pick(VERBS),
			};
			const sentence = pick(TEMPLATES)(slots);
			paragraph.push(sentence.charAt(0).toLocaleUpperCase('nl') + sentence.slice(1));
			words += countWords(sentence);
			if (paragraph.length >= 4 + Math.floor(random() * 3)) {
				parts.push(paragraph.join(' '));
				paragraph = [];
				paragraphs++;
			}
		}
		if (paragraph.length > 0) parts.push(paragraph.join(' '));
		return `${parts.join('\n\n')}\n`;
	};
	const sources = () => [{ title: pick(SOURCES), section: pick(HEADINGS).replace(/\?$/, '') }];
	const summary = (title: string) => `${title} ${pick(VERBS)} ${pick(GROUPS)} in ${pick(SETTINGS)} om ${pick(GOALS)}.`;

	const result: CorpusPage[] = [];
	const add = (collection: CollectionName, id: string, title: string, data: Record<string, unknown>) =>
		result.push({ collection, id, title, data, body: body(title) });

	const termIds = ids('begrippen');
	const stepIds = ids('stappen');
	names.stappen.forEach((n, i) =>
		add('stappen', n.id, n.title, {
			step: i + 1,
			title: n.title,
			summary: summary(n.title),
			goal: `Aan het eind van deze stap weet je hoe je ${pick(GOALS)}.`,
			keyPoints: [summary('Dit'), summary('Het team')],
			questions: [`Wie moet er anders gaan werken in ${pick(SETTINGS)}?`],
			tools: some(ids('tools'), 2, 6),
			terms: some(termIds, 3, 8),
			sources: sources(),
			reviewed: isoDay(random),
		}),
	);
	for (const n of names.paginas) {
		add('paginas', n.id, n.title, { title: n.title, description: summary(n.title), reviewed: isoDay(random) });
	}
	names.begrippen.forEach((n) => {
		const related = some(termIds, 0, 4).filter((id) => id !== n.id);
		add('begrippen', n.id, n.title, {
			term: n.title,
			aliases: n.aliases,
			definition: `${n.title} is de manier waarop ${pick(GROUPS)} in ${pick(SETTINGS)} werken om ${pick(GOALS)}.`,
			related,
			steps: some(stepIds, 0, 2),
			sources: sources(),
			reviewed: isoDay(random),
		});
	});
	for (const n of names.tools) {
		add('tools', n.id, n.title, {
			title: n.title,
			summary: summary(n.title),
			kind: pick(['model', 'raamwerk', 'methode', 'instrument', 'werkblad', 'checklist']),
			steps: some(stepIds, 1, 3),
			audiences: some(['zorgprofessional', 'implementatiedeskundige', 'onderzoeker', 'beleid'], 1, 2),
			sectors: some(['zorg', 'preventie', 'welzijn', 'jeugd', 'ggz', 'alle'], 1, 2),
			language: 'nl',
			cost: pick(['gratis', 'betaald', 'onbekend']),
			sources: sources(),
			reviewed: isoDay(random),
		});
	}
	const groupIds = ids('werkgroepen');
	for (const n of names.trainingen) {
		add('trainingen', n.id, n.title, {
			title: n.title,
			kind: pick(['masterclass', 'cursus', 'workshop', 'intervisie', 'e-learning']),
			status: pick(['voorgesteld', 'gehouden', 'gepland']),
			level: pick(['beginnend', 'ervaren', 'iedereen']),
			audiences: some(['zorgprofessional', 'implementatiedeskundige', 'onderzoeker', 'beleid'], 1, 2),
			mode: pick(['online', 'op-locatie', 'hybride']),
			dates: [{ start: isoDay(random) }],
			werkgroep: pick(groupIds),
			sources: sources(),
		});
	}
	for (const n of names.rapporten) {
		add('rapporten', n.id, n.title, {
			title: n.title,
			kind: pick(['verkenning', 'kennissynthese', 'strategie', 'artikel']),
			year: 2018 + Math.floor(random() * 8),
			summary: summary(n.title),
			themes: some(GOALS, 1, 3),
			sources: sources(),
			reviewed: isoDay(random),
		});
	}
	for (const n of names.werkgroepen) {
		add('werkgroepen', n.id, n.title, { title: n.title, summary: summary(n.title), themes: some(GOALS, 1, 2) });
	}
	return result;
}

/** The Markdown text of one page: YAML frontmatter and body. */
export const toMarkdown = (page: CorpusPage): string => `---\n${stringify(page.data)}---\n${page.body}`;

/** Writes the corpus as `<dir>/<collection>/<slug>.md`. */
export function writeCorpus(dir: string, corpus: readonly CorpusPage[]): void {
	for (const page of corpus) {
		const file = join(dir, page.collection, `${page.id}.md`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, toMarkdown(page));
	}
}
