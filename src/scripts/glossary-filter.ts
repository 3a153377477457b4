/**
 * `<glossary-filter>`: a filter-as-you-type box for the /begrippen/ index.
 * Progressive enhancement: the box is hidden in the HTML and shown by this
 * script; without JavaScript the full A–Z list stays. Matches the term and its
 * aliases (`data-search` on each item), hides letters with no match, and
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
		const items = [...list.querySelectorAll<HTMLElement>('[data-search]')];
		const sections = [...list.querySelectorAll<HTMLElement>('section')];
		const update = () => {
			const query = normalise(input.value);
			let shown = 0;
			for (const item of items) {
				const match = query === '' || (item.dataset['search'] ?? '').includes(query);
				item.hidden = !match;
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
