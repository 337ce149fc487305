// `npm run bench`: runs every tools/bench/*.bench.ts in turn and prints a table of medians.
// Each bench module exports `run(): Promise<BenchRow[]>`; a row may name a reference measured in the same run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './bench/benchRow.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<BenchRow[]> };
  console.log(`# ${file}`);
  const got = await mod.run();
  for (const row of got) console.log(formatRow(row, got));
  rows.push(...got);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));

function formatRow(row: BenchRow, group: BenchRow[]): string {
  const ref = row.reference ? group.find((r) => r.name === row.reference) : undefined;
  const ratio = ref ? `  (${(ref.medianMs / row.medianMs).toFixed(2)}× vs ${ref.name})` : '';
  const extra = row.note ? `  ${row.note}` : '';
  return `${row.name.padEnd(52)} median ${formatMs(row.medianMs).padStart(12)}  n=${row.samples}${ratio}${extra}`;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}
