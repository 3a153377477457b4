/**
 * `<glossary-filter>`: a filter-as-you-type box for the /begrippen/ index.
 * Progressive enhancement: the box is hidden in the HTML and shown by this
 * script; without JavaScript the full A–Z list stays. Matches the term (the
 * item's link text) and its other forms (`data-search` on each item), hides letters with no match, and
 * announces the number of matches in a polite live region.
 */
const normalise = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').trim();

class GlossaryFilter extends HTMLElement {
	connectedCallback(): void {
		const input = this.querySelector('input');
		const status = this.querySelector('[role="status"]');
		const list = document.getElementById(this.getAttribute('for') ?? '');
		if (!input || !status || !list) return;
		this.hidden = false;
		// What an item matches on: the term (its link text) and its other forms (`data-search`).
		const items = [...list.querySelectorAll<HTMLElement>('[data-search]')].map((el) => ({
			el,
			text: `${normalise(el.querySelector('a')?.textContent ?? '')} ${el.dataset['search'] ?? ''}`,
		}));
		const sections = [...list.querySelectorAll<HTMLElement>('section')];
		const update = () => {
			const query = normalise(input.value);
			let shown = 0;
			for (const item of items) {
				const match = query === '' || item.text.includes(query);
				item.el.hidden = !match;
				if (match) shown++;
			}
			for (const section of sections) section.hidden = !section.querySelector('[data-search]:not([hidden])');
			status.textContent = query === '' ? '' : shown === 1 ? '1 begrip gevonden' : `${shown} begrippen gevonden`;
		};
		input.addEventListener('input', update);
		update();
	}
}

if (!customElements.get('glossary-filter')) customElements.define('glossary-filter', GlossaryFilter);

export {};
