/**
 * `<site-menu>`: the "Menu" button of the header on narrow screens. Without
 * JavaScript a link to `#hoofdmenu` opens the menu (CSS `:target`); this
 * element swaps it for a disclosure button (`aria-expanded`, `aria-controls`)
 * that shows and hides the navigation. Escape closes it and puts focus back on
 * the button. On wide screens the navigation always shows and the button does not.
 * Kept small: it loads on every page, within the JavaScript budget of /zoeken/.
 */
class SiteMenu extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		const menu = document.getElementById(button.getAttribute('aria-controls')!)!;
		const set = (open: boolean) => {
			button.ariaExpanded = String(open);
			menu.toggleAttribute('data-open', open);
		};
		this.querySelector('a')!.hidden = true;
		button.hidden = false;
		button.onclick = () => set(button.ariaExpanded !== 'true');
		document.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || button.ariaExpanded !== 'true') return;
			const returnFocus = menu.contains(document.activeElement);
			set(false);
			if (returnFocus) button.focus();
		});
	}
}

customElements.define('site-menu', SiteMenu);
