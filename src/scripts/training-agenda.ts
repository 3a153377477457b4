/**
 * `<training-agenda>`: moves dates whose last day has passed from "Komend" to
 * "Afgelopen" (latest first), using the visitor's today rather than the build day.
 */
import { today } from '../lib/training-dates.ts';

class TrainingAgenda extends HTMLElement {
	connectedCallback() {
		const upcoming = this.querySelector('[data-list=komend]');
		const past = this.querySelector('[data-list=afgelopen]');
		if (!upcoming || !past) return;
		const now = today().toISOString().slice(0, 10);
		const ended = [...upcoming.querySelectorAll<HTMLElement>('li[data-last-day]')].filter(
			(li) => (li.dataset['lastDay'] ?? '') < now,
		);
		// Upcoming is soonest first; past is latest first, so prepend in reverse.
		for (const li of ended.reverse()) past.prepend(li);
		for (const id of ['komend', 'afgelopen']) {
			const empty = this.querySelector<HTMLElement>(`[data-empty=${id}]`);
			if (empty) empty.hidden = Boolean(this.querySelector(`[data-list=${id}] li`));
		}
	}
}

customElements.define('training-agenda', TrainingAgenda);
