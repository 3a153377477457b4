/**
 * Code-unit order: the same on every machine, whatever its locale. For output
 * that is compared or committed (validation problems, the maintenance report,
 * CODEOWNERS); lists for readers sort in Dutch with `compareNl`
 * (src/lib/content.ts).
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
