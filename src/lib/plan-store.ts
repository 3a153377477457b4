/**
 * Where "Mijn implementatieplan" keeps plans: the browser's localStorage on
 * this device, under one key, as a list of plans and the one that is open.
 * localStorage, not IndexedDB: the plans are small text, and a synchronous
 * write on every change means nothing typed is lost when the tab closes.
 * Every plan read back is checked against the plan schema; one that does not
 * fit (an older or damaged copy) is left out rather than breaking the page.
 */
import { planSchema, type Plan } from '../schemas/plan.ts';

/** The localStorage key. */
export const STORAGE_KEY = 'implementatiewiki-plannen';

/** What is stored. */
export interface PlanStore {
	plans: Plan[];
	/** Id of the open plan. */
	current: string | undefined;
}

/** A new, empty plan. */
export function newPlan(name: string, now: Date = new Date(), id: string = crypto.randomUUID()): Plan {
	const stamp = now.toISOString();
	return { id, name, created: stamp, updated: stamp, steps: {}, rows: [], evaluations: [], secured: '' };
}

/** Reads the stored plans; an empty store when there are none or the storage cannot be read. */
export function loadStore(storage: Pick<Storage, 'getItem'>): PlanStore {
	let raw: unknown;
	try {
		raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
	} catch {
		raw = null;
	}
	const value = raw && typeof raw === 'object' ? (raw as { plans?: unknown; current?: unknown }) : {};
	const plans = (Array.isArray(value.plans) ? value.plans : []).flatMap((item: unknown) => {
		const result = planSchema.safeParse(item);
		return result.success ? [result.data] : [];
	});
	const current = plans.find((plan) => plan.id === value.current)?.id ?? plans[0]?.id;
	return { plans, current };
}

/** Writes the plans; false when the browser refuses (storage full or switched off). */
export function saveStore(storage: Pick<Storage, 'setItem'>, store: PlanStore): boolean {
	try {
		storage.setItem(STORAGE_KEY, JSON.stringify(store));
		return true;
	} catch {
		return false;
	}
}

/**
 * Adds imported plans to the store without touching the plans already there:
 * an imported plan whose id is taken gets a new id. The first imported plan
 * becomes the open one.
 */
export function addPlans(
	store: PlanStore,
	imported: readonly Plan[],
	makeId: () => string = () => crypto.randomUUID(),
): PlanStore {
	const ids = new Set(store.plans.map((plan) => plan.id));
	const added = imported.map((plan) => {
		const id = ids.has(plan.id) ? makeId() : plan.id;
		ids.add(id);
		return { ...plan, id };
	});
	return { plans: [...store.plans, ...added], current: added[0]?.id ?? store.current };
}
