/**
 * `<plan-builder>`: the interactive part of /mijn-plan/. The page renders the
 * whole form from the stap entries, disabled, with its explanation for readers
 * without JavaScript; this element enables it, then:
 *
 * - shows one step at a time (`#stap-3` opens step 3, so step pages can link
 *   here) with a progress list that marks the steps with answers;
 * - saves every change at once in localStorage (src/lib/plan-store.ts), for
 *   several named plans, and asks before a plan is deleted;
 * - exports the open plan as Markdown, as a Word file (the `docx` library is
 *   loaded only then), for printing, and as a plan file that can be imported
 *   again, checked against the plan schema, without touching the plans
 *   already there.
 *
 * Nothing is sent over the network: files are made in the browser and saved
 * as downloads.
 */
// First: no schema may be made before Zod's compiled parsers are off (CSP).
import './zod-jitless.ts';
import {
	EVALUATION_FIELDS,
	ROW_FIELDS,
	dutchDate,
	filledSteps,
	planDocument,
	planFileName,
	planMarkdown,
	type ExportStep,
	type PlanBlock,
} from '../lib/plan.ts';
import { addPlans, loadStore, newPlan, saveStore, STORAGE_KEY, type PlanStore } from '../lib/plan-store.ts';
import { planFileText, readPlanFile, type Plan, type StepAnswers } from '../schemas/plan.ts';

type RowKind = 'rows' | 'evaluations';

/** The fields of a step 5 row and a step 6 evaluation moment, with what each is called. */
const ROW_KINDS: Record<RowKind, { fields: readonly (readonly [string, string])[]; noun: string }> = {
	rows: { fields: ROW_FIELDS, noun: 'Actie' },
	evaluations: { fields: EVALUATION_FIELDS, noun: 'Evaluatiemoment' },
};

/** Fields typed as text areas; the rest are single lines. */
const LONG_FIELDS = new Set(['goal', 'action', 'needs', 'what']);

/** The step a URL fragment opens: `#stap-3` is 3. */
const stepOfHash = (hash: string): number | undefined => {
	const match = /^#stap-(\d+)$/.exec(hash);
	return match ? Number(match[1]) : undefined;
};

const emptyAnswers = (): StepAnswers => ({ answers: {}, done: [], tools: [], strategies: [], notes: '' });

/** localStorage, or a stand-in that keeps nothing when the browser refuses it. */
function storage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** Saves a file as a download, made here in the browser. */
function download(content: Blob | string, type: string, name: string): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started by now; the address is freed a while later, not at once, as some browsers read it late.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A plan document as HTML for the print view. */
function printView(blocks: readonly PlanBlock[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const element = (tag: string, text?: string) => {
		const el = document.createElement(tag);
		if (text !== undefined) el.textContent = text;
		return el;
	};
	for (const block of blocks) {
		switch (block.kind) {
			case 'title':
				fragment.append(element('h2', block.text));
				break;
			case 'heading':
				fragment.append(element('h3', block.text));
				break;
			case 'subheading':
				fragment.append(element('h4', block.text));
				break;
			case 'paragraph':
				fragment.append(element('p', block.text));
				break;
			case 'list': {
				const list = element('ul');
				list.append(...block.items.map((item) => element('li', item)));
				fragment.append(list);
				break;
			}
			case 'table': {
				const table = element('table');
				const head = element('tr');
				head.append(
					...block.head.map((text) => {
						const th = element('th', text);
						th.setAttribute('scope', 'col');
						return th;
					}),
				);
				const thead = element('thead');
				thead.append(head);
				const tbody = element('tbody');
				for (const row of block.rows) {
					const tr = element('tr');
					tr.append(...row.map((text) => element('td', text)));
					tbody.append(tr);
				}
				table.append(thead, tbody);
				fragment.append(table);
				break;
			}
		}
	}
	return fragment;
}

class PlanBuilder extends HTMLElement {
	#steps: ExportStep[] = [];
	#store: PlanStore = { plans: [], current: undefined };
	#storage: Storage | undefined;
	/** False until the open plan has been written: a first visit stores nothing until something is typed. */
	#saved = false;
	#current = 1;

	connectedCallback(): void {
		const data = this.querySelector('[data-plan-steps]')?.textContent;
		const form = this.querySelector<HTMLFormElement>('[data-plan-form]');
		const fields = this.querySelector<HTMLFieldSetElement>('[data-plan-fields]');
		if (!data || !form || !fields) return;
		this.#steps = JSON.parse(data) as ExportStep[];
		this.#storage = storage();
		this.#store = this.#storage ? loadStore(this.#storage) : { plans: [], current: undefined };
		this.#saved = this.#store.plans.length > 0;
		if (this.#store.plans.length === 0) this.#store = { plans: [newPlan('Mijn plan')], current: undefined };
		this.#store.current ??= this.#store.plans[0]?.id;

		for (const el of document.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = true;
		for (const el of this.querySelectorAll<HTMLElement>('[data-needs-script], [data-pager], [data-progress-summary]'))
			el.hidden = false;
		fields.disabled = false;
		if (!this.#storage)
			this.#status(
				'Je browser staat niet toe dat deze pagina iets bewaart. Wat je invult, is weg als je de pagina sluit.',
			);

		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', (event) => this.#onInput(event.target));
		form.addEventListener('change', (event) => this.#onInput(event.target));
		form.addEventListener('click', (event) => this.#onClick(event.target));
		this.#on('[data-plan-select]', 'change', (el) => this.#open((el as HTMLSelectElement).value));
		this.#on('[data-plan-name]', 'input', (el) => this.#rename((el as HTMLInputElement).value));
		this.#on('[data-plan-name]', 'blur', (el) => {
			(el as HTMLInputElement).value = this.#plan.name;
		});
		this.#on('[data-action="new"]', 'click', () => this.#create());
		this.#on('[data-action="delete"]', 'click', () => this.#confirmDelete());
		this.#on('[data-confirm-delete]', 'close', (el) => {
			if ((el as HTMLDialogElement).returnValue === 'delete') this.#delete();
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]'))
			button.addEventListener('click', () => void this.#export(button.dataset['export'] ?? ''));
		this.#on('[data-import]', 'change', (el) => void this.#import(el as HTMLInputElement));
		window.addEventListener('hashchange', () => this.#show(stepOfHash(location.hash) ?? this.#current, true));
		window.addEventListener('beforeprint', () => this.#renderPrint());

		this.#fill();
		this.#show(stepOfHash(location.hash) ?? 1, false);
		this.dataset['ready'] = '';
	}

	get #plan(): Plan {
		const plan = this.#store.plans.find((p) => p.id === this.#store.current) ?? this.#store.plans[0];
		if (!plan) throw new Error('no plan');
		return plan;
	}

	#on(selector: string, type: string, listener: (el: Element) => void): void {
		const el = this.querySelector(selector);
		el?.addEventListener(type, () => listener(el));
	}

	#status(text: string): void {
		const status = this.querySelector('[data-status]');
		if (status) status.textContent = text;
	}

	/** Writes the plans; the open plan gets today's date as its last change. */
	#save(touch = true): void {
		if (touch) this.#plan.updated = new Date().toISOString();
		this.#saved = true;
		if (this.#storage && !saveStore(this.#storage, this.#store))
			this.#status('Opslaan is niet gelukt. Misschien is de opslag van je browser vol. Bewaar je plan als bestand.');
		this.#refresh();
	}

	/** What a change in the form means for the plan. */
	#onInput(target: EventTarget | null): void {
		if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
		const plan = this.#plan;
		const row = target.closest<HTMLElement>('[data-row-index]');
		if (row) {
			const kind = row.dataset['rowKind'] as RowKind;
			const item = plan[kind][Number(row.dataset['rowIndex'])] as Record<string, string> | undefined;
			const field = target.dataset['rowField'];
			if (!item || !field) return;
			item[field] = target.value;
			this.#save();
			return;
		}
		if ('secured' in target.dataset) {
			plan.secured = target.value;
			this.#save();
			return;
		}
		const step = target.closest<HTMLElement>('[data-step]')?.dataset['step'];
		if (!step) return;
		const answers = (plan.steps[step as keyof Plan['steps']] ??= emptyAnswers());
		const { question, done, tool, strategy } = target.dataset;
		const toggle = (list: string[], value: string) => {
			const rest = list.filter((item) => item !== value);
			return target instanceof HTMLInputElement && target.checked ? [...rest, value] : rest;
		};
		if (question !== undefined) answers.answers[question] = target.value;
		else if ('notes' in target.dataset) answers.notes = target.value;
		else if (done !== undefined) answers.done = toggle(answers.done, done);
		else if (tool !== undefined) answers.tools = toggle(answers.tools, tool);
		else if (strategy !== undefined) answers.strategies = toggle(answers.strategies, strategy);
		else return;
		this.#save();
	}

	#onClick(target: EventTarget | null): void {
		if (!(target instanceof HTMLElement)) return;
		const add = target.closest<HTMLElement>('[data-add]')?.dataset['add'] as RowKind | undefined;
		if (add) {
			if (add === 'rows') this.#plan.rows.push({ goal: '', action: '', owner: '', date: '', needs: '' });
			else this.#plan.evaluations.push({ date: '', what: '' });
			this.#save();
			this.#renderRows(add);
			const rows = this.querySelectorAll(`[data-row-kind="${add}"]`);
			rows[rows.length - 1]?.querySelector<HTMLElement>('input, textarea')?.focus();
			return;
		}
		const remove = target.closest<HTMLElement>('[data-remove-row]');
		if (remove) {
			const row = remove.closest<HTMLElement>('[data-row-index]');
			const kind = row?.dataset['rowKind'] as RowKind | undefined;
			if (!row || !kind) return;
			const index = Number(row.dataset['rowIndex']);
			this.#plan[kind].splice(index, 1);
			this.#save();
			this.#renderRows(kind);
			this.#status(`${ROW_KINDS[kind].noun} ${index + 1} is verwijderd.`);
			this.querySelector<HTMLElement>(`[data-add="${kind}"]`)?.focus();
		}
	}

	/** Shows one step; `focus` moves the focus to its heading (after the reader chose a step). */
	#show(step: number, focus: boolean): void {
		const numbers = this.#steps.map((s) => s.step);
		if (!numbers.includes(step)) step = numbers[0] ?? 1;
		this.#current = step;
		for (const section of this.querySelectorAll<HTMLElement>('.plan-step'))
			section.hidden = Number(section.dataset['step']) !== step;
		const index = numbers.indexOf(step);
		const previous = this.querySelector<HTMLAnchorElement>('[data-pager-previous]');
		const next = this.querySelector<HTMLAnchorElement>('[data-pager-next]');
		const link = (el: HTMLAnchorElement | null, to: number | undefined, label: string) => {
			if (!el) return;
			el.hidden = to === undefined;
			if (to === undefined) return;
			el.href = `#stap-${to}`;
			el.textContent = `${label}: stap ${to}`;
		};
		link(previous, numbers[index - 1], 'Vorige');
		link(next, numbers[index + 1], 'Volgende');
		this.#refresh();
		if (focus) {
			const heading = this.querySelector<HTMLElement>(`#stap-${step} h2`);
			heading?.focus();
		}
	}

	/** Puts the open plan in the form. */
	#fill(): void {
		const plan = this.#plan;
		for (const section of this.querySelectorAll<HTMLElement>('.plan-step')) {
			const answers = plan.steps[(section.dataset['step'] ?? '') as keyof Plan['steps']] ?? emptyAnswers();
			for (const field of section.querySelectorAll<HTMLTextAreaElement>('textarea[data-question]'))
				field.value = answers.answers[field.dataset['question'] ?? ''] ?? '';
			const notes = section.querySelector<HTMLTextAreaElement>('[data-notes]');
			if (notes) notes.value = answers.notes;
			const check = (attr: 'done' | 'tool' | 'strategy', list: string[]) => {
				for (const box of section.querySelectorAll<HTMLInputElement>(`input[data-${attr}]`))
					box.checked = list.includes(box.dataset[attr] ?? '');
			};
			check('done', answers.done);
			check('tool', answers.tools);
			check('strategy', answers.strategies);
		}
		const secured = this.querySelector<HTMLTextAreaElement>('[data-secured]');
		if (secured) secured.value = plan.secured;
		const name = this.querySelector<HTMLInputElement>('[data-plan-name]');
		if (name) name.value = plan.name;
		this.#renderRows('rows');
		this.#renderRows('evaluations');
		this.#refresh();
	}

	/** Draws the step 5 rows or the step 6 evaluation moments of the open plan. */
	#renderRows(kind: RowKind): void {
		const container = this.querySelector(`[data-rows="${kind}"]`);
		if (!container) return;
		const { fields, noun } = ROW_KINDS[kind];
		const items = this.#plan[kind] as Record<string, string>[];
		container.replaceChildren(
			...items.map((item, index) => {
				const fieldset = document.createElement('fieldset');
				fieldset.className = 'plan-row';
				fieldset.dataset['rowKind'] = kind;
				fieldset.dataset['rowIndex'] = String(index);
				const legend = document.createElement('legend');
				legend.textContent = `${noun} ${index + 1}`;
				fieldset.append(legend);
				for (const [field, label] of fields) {
					const id = `${kind}-${index + 1}-${field}`;
					const wrapper = document.createElement('div');
					wrapper.className = 'row-field';
					const labelEl = document.createElement('label');
					labelEl.htmlFor = id;
					labelEl.textContent = label;
					let input: HTMLInputElement | HTMLTextAreaElement;
					if (LONG_FIELDS.has(field)) {
						input = document.createElement('textarea');
						input.rows = 2;
					} else {
						input = document.createElement('input');
						input.type = field === 'date' ? 'date' : 'text';
						if (field === 'owner') input.autocomplete = 'off';
					}
					input.id = id;
					input.dataset['rowField'] = field;
					input.value = item[field] ?? '';
					wrapper.append(labelEl, input);
					fieldset.append(wrapper);
				}
				const remove = document.createElement('button');
				remove.type = 'button';
				remove.dataset['removeRow'] = '';
				remove.textContent = `Verwijder ${noun.toLowerCase()} ${index + 1}`;
				fieldset.append(remove);
				return fieldset;
			}),
		);
	}

	/** Updates what depends on the plan: the plan list, its dates, and the progress list. */
	#refresh(): void {
		const plan = this.#plan;
		const select = this.querySelector<HTMLSelectElement>('[data-plan-select]');
		if (select) {
			select.replaceChildren(
				...this.#store.plans.map((p) => {
					const option = document.createElement('option');
					option.value = p.id;
					option.textContent = `${p.name} (gewijzigd ${dutchDate(p.updated)})`;
					option.selected = p.id === plan.id;
					return option;
				}),
			);
		}
		const dates = this.querySelector('[data-plan-dates]');
		if (dates) {
			const time = (iso: string) => {
				const el = document.createElement('time');
				el.dateTime = iso.slice(0, 10);
				el.textContent = dutchDate(iso);
				return el;
			};
			dates.replaceChildren(
				'Gemaakt op ',
				time(plan.created),
				'. Laatst gewijzigd op ',
				time(plan.updated),
				this.#saved ? '.' : '. Nog niet bewaard: typ iets om het plan te bewaren.',
			);
		}
		const filled = filledSteps(plan);
		for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-step-link]')) {
			const step = Number(link.dataset['stepLink']);
			if (step === this.#current) link.setAttribute('aria-current', 'step');
			else link.removeAttribute('aria-current');
			link.toggleAttribute('data-filled', filled.has(step));
			const state = link.querySelector('[data-step-state]');
			if (state) state.textContent = filled.has(step) ? 'Ingevuld' : 'Nog leeg';
		}
		const summary = this.querySelector('[data-progress-summary]');
		if (summary)
			summary.textContent = `${filled.size} van ${this.#steps.length} stappen ingevuld. Je hoeft niet elke stap in te vullen.`;
	}

	#open(id: string): void {
		if (!this.#store.plans.some((plan) => plan.id === id)) return;
		this.#store.current = id;
		if (this.#saved) this.#save(false);
		this.#fill();
		this.#status(`Geopend: ${this.#plan.name}.`);
	}

	#rename(value: string): void {
		if (value.trim() === '') return;
		this.#plan.name = value.trim().slice(0, 200);
		this.#save();
	}

	#create(): void {
		const names = new Set(this.#store.plans.map((plan) => plan.name));
		let n = this.#store.plans.length + 1;
		while (names.has(`Mijn plan ${n}`)) n++;
		const plan = newPlan(`Mijn plan ${n}`);
		this.#store = { plans: [...this.#store.plans, plan], current: plan.id };
		this.#save(false);
		this.#fill();
		this.#show(1, false);
		history.replaceState(null, '', '#stap-1');
		this.#status(`Nieuw plan gemaakt: ${plan.name}. Geef het hieronder een naam.`);
		const name = this.querySelector<HTMLInputElement>('[data-plan-name]');
		name?.focus();
		name?.select();
	}

	#confirmDelete(): void {
		const dialog = this.querySelector<HTMLDialogElement>('[data-confirm-delete]');
		const text = this.querySelector('[data-confirm-text]');
		if (!dialog || !text) return;
		text.textContent = `Weet je zeker dat je "${this.#plan.name}" wilt verwijderen? Alles wat je in dit plan hebt ingevuld, is dan weg. Dat kun je niet ongedaan maken.`;
		dialog.returnValue = '';
		dialog.showModal();
		// The safe answer has the focus, so Enter never deletes by accident.
		dialog.querySelector<HTMLButtonElement>('[data-confirm-no]')?.focus();
	}

	#delete(): void {
		const { name, id } = this.#plan;
		const plans = this.#store.plans.filter((plan) => plan.id !== id);
		this.#store =
			plans.length > 0 ? { plans, current: plans[0]?.id } : { plans: [newPlan('Mijn plan')], current: undefined };
		this.#store.current ??= this.#store.plans[0]?.id;
		if (plans.length > 0) this.#save(false);
		else {
			this.#storage?.removeItem(STORAGE_KEY);
			this.#saved = false;
		}
		this.#fill();
		this.#status(`Het plan "${name}" is verwijderd.`);
	}

	#renderPrint(): void {
		this.querySelector('[data-plan-print]')?.replaceChildren(printView(planDocument(this.#plan, this.#steps)));
	}

	async #export(kind: string): Promise<void> {
		const plan = this.#plan;
		const blocks = planDocument(plan, this.#steps);
		switch (kind) {
			case 'markdown':
				download(planMarkdown(blocks), 'text/markdown;charset=utf-8', planFileName(plan, 'md'));
				this.#status('Het Markdown-bestand staat in je downloads.');
				break;
			case 'json':
				download(planFileText([plan]), 'application/json', planFileName(plan, 'json'));
				this.#status('Het planbestand staat in je downloads.');
				break;
			case 'print':
				this.#renderPrint();
				window.print();
				break;
			case 'docx': {
				this.#status('Het Word-bestand wordt gemaakt…');
				try {
					const { planDocxBlob } = await import('../lib/plan-docx.ts');
					download(await planDocxBlob(blocks), '', planFileName(plan, 'docx'));
					this.#status('Het Word-bestand staat in je downloads.');
				} catch {
					this.#status('Het Word-bestand kon niet worden gemaakt. Ververs de pagina en probeer het opnieuw.');
				}
				break;
			}
		}
	}

	async #import(input: HTMLInputElement): Promise<void> {
		const file = input.files?.[0];
		if (!file) return;
		const summary = this.querySelector<HTMLElement>('[data-import-errors]');
		const list = this.querySelector('[data-import-errors-list]');
		const result = readPlanFile(await file.text());
		input.value = '';
		if (!result.ok) {
			if (summary && list) {
				list.replaceChildren(
					...result.problems.map((problem) => {
						const li = document.createElement('li');
						li.textContent = problem;
						return li;
					}),
				);
				const title = summary.querySelector('[data-import-errors-title]');
				if (title) title.textContent = `Het bestand "${file.name}" kon niet worden geopend`;
				summary.hidden = false;
				summary.focus();
			}
			return;
		}
		if (summary) summary.hidden = true;
		this.#store = addPlans(this.#saved ? this.#store : { plans: [], current: undefined }, result.plans);
		this.#save(false);
		this.#fill();
		this.#show(1, false);
		const names = result.plans.map((plan) => plan.name).join(', ');
		this.#status(`Geopend uit het bestand: ${names}.`);
	}
}

if (!customElements.get('plan-builder')) customElements.define('plan-builder', PlanBuilder);

export {};
