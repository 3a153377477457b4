/**
 * `<term-preview>`: shows a glossary term's definition when a reader hovers
 * over or focuses an automatic term link (`a.term-link`, made by
 * `src/markdown/remark-glossary-links.ts`). The definition comes from the
 * element the link's `aria-describedby` points at (with the term's name in its
 * `data-term`; src/components/TermDefinitions.astro), so screen readers already
 * hear it without this script; the preview is a visual extra. It is looked up
 * among the page's own definitions only, never anywhere in the document, so an
 * element in content with the same id cannot stand in for it (content ids also
 * get a prefix, src/markdown/rehype-safe-html.ts).
 *
 * - Opens below the link's line (above it when there is no room), so the line
 *   being read stays visible; Escape, blur and moving the pointer away close it.
 * - The "Lees meer" link is for pointer users (tabindex -1): keyboard users
 *   follow the term link itself, which has the same target.
 * - Without JavaScript nothing happens and the link simply navigates.
 */
const HIDE_DELAY = 200;

class TermPreview extends HTMLElement {
	#card!: HTMLElement;
	#title!: HTMLElement;
	#text!: HTMLElement;
	#more!: HTMLAnchorElement;
	#current: HTMLAnchorElement | undefined;
	#hideTimer: number | undefined;

	connectedCallback(): void {
		this.#card = this.querySelector('.term-preview-card') as HTMLElement;
		this.#title = this.querySelector('.term-preview-title') as HTMLElement;
		this.#text = this.querySelector('.term-preview-text') as HTMLElement;
		this.#more = this.querySelector('.term-preview-more') as HTMLAnchorElement;
		if (!this.#card) return;

		for (const link of document.querySelectorAll<HTMLAnchorElement>('a.term-link')) {
			link.addEventListener('mouseenter', () => this.show(link));
			link.addEventListener('mouseleave', () => this.scheduleHide());
			link.addEventListener('focus', () => this.show(link));
			link.addEventListener('blur', () => this.scheduleHide());
		}
		this.#card.addEventListener('mouseenter', () => this.cancelHide());
		this.#card.addEventListener('mouseleave', () => this.scheduleHide());
		document.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && !this.#card.hidden) this.hide();
		});
		window.addEventListener('resize', () => this.hide());
	}

	show(link: HTMLAnchorElement): void {
		this.cancelHide();
		const describedBy = link.getAttribute('aria-describedby') ?? '';
		const definitions = document.querySelector('.term-definitions')?.children ?? [];
		const target = describedBy
			? ([...definitions].find((el) => el.id === describedBy) as HTMLElement | undefined)
			: null;
		const definition = target?.textContent?.trim() ?? '';
		if (!definition) return;
		this.#current = link;
		this.#title.textContent = target?.dataset['term'] ?? link.textContent ?? '';
		this.#text.textContent = definition;
		this.#more.href = link.getAttribute('href') ?? link.href;
		this.#more.setAttribute('aria-label', `Lees meer over ${this.#title.textContent}`);
		this.#card.hidden = false;
		this.place(link);
	}

	/** Below the link's line, or above it when the viewport has no room below. */
	place(link: HTMLAnchorElement): void {
		const rect = link.getBoundingClientRect();
		const card = this.#card.getBoundingClientRect();
		const gap = 8;
		const below = rect.bottom + gap + card.height <= window.innerHeight || rect.top < card.height + gap;
		const top = (below ? rect.bottom + gap : rect.top - gap - card.height) + window.scrollY;
		const maxLeft = document.documentElement.clientWidth - card.width - gap;
		const left = Math.max(gap, Math.min(rect.left, maxLeft)) + window.scrollX;
		this.#card.style.insetBlockStart = `${top}px`;
		this.#card.style.insetInlineStart = `${left}px`;
	}

	scheduleHide(): void {
		this.cancelHide();
		this.#hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY);
	}

	cancelHide(): void {
		if (this.#hideTimer !== undefined) window.clearTimeout(this.#hideTimer);
		this.#hideTimer = undefined;
	}

	hide(): void {
		this.cancelHide();
		this.#card.hidden = true;
		this.#current = undefined;
	}

	/** The link whose preview is open, if any. */
	get current(): HTMLAnchorElement | undefined {
		return this.#current;
	}
}

if (!customElements.get('term-preview')) customElements.define('term-preview', TermPreview);

export {};
