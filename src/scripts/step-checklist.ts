/**
 * `<step-checklist>`: the "Wat doe je?" actions of a step page as checkboxes
 * whose ticks are kept in this browser (localStorage, one key per step), with
 * a count and a "Wis" button. Loaded only by step pages. When storage is
 * unavailable (blocked, private mode) the boxes still tick, for this visit.
 */
const PREFIX = 'implementatiewiki:wat-doe-je:';

function read(key: string): string[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
		return Array.isArray(value) ? value.map(String) : [];
	} catch {
		return [];
	}
}

function write(key: string, ticked: string[]): void {
	try {
		if (ticked.length > 0) localStorage.setItem(key, JSON.stringify(ticked));
		else localStorage.removeItem(key);
	} catch {
		// Storage is unavailable: the ticks last as long as the page.
	}
}

class StepChecklist extends HTMLElement {
	connectedCallback() {
		const key = PREFIX + (this.dataset['step'] ?? '');
		const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
		const tools = this.querySelector<HTMLElement>('.checklist-tools');
		const done = this.querySelector('[data-done]');
		const clear = this.querySelector<HTMLButtonElement>('[data-clear]');
		if (!tools || !done || !clear) return;

		const show = () => {
			const ticked = boxes.filter((box) => box.checked);
			done.textContent = `${ticked.length} van ${boxes.length} gedaan`;
			clear.disabled = ticked.length === 0;
			return ticked.map((box) => box.value);
		};
		const saved = new Set(read(key));
		for (const box of boxes) {
			box.checked = saved.has(box.value);
			box.hidden = false;
		}
		tools.hidden = false;
		show();
		this.addEventListener('change', () => write(key, show()));
		clear.addEventListener('click', () => {
			for (const box of boxes) box.checked = false;
			write(key, show());
			boxes[0]?.focus();
		});
	}
}

customElements.define('step-checklist', StepChecklist);
