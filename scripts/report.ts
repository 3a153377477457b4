/**
 * `npm run report [folder]`: prints the maintenance report (stale content,
 * orphan pages, unused terms, entries without sources, broken references).
 * It informs editors and always exits 0; `npm run validate` is the gate.
 * The same report is built as the page /redactie/onderhoud/.
 */
import { contentRoot } from '../src/lib/content-root.ts';
import { formatReport, maintenanceReport } from '../src/lib/report.ts';

const root = process.argv[2] ?? contentRoot();
console.log(`Onderhoudsrapport voor ${root}/\n`);
console.log(formatReport(maintenanceReport(root)));
