/**
 * Prints the size of the first route card for the ten top questions
 * (test/helpers/card-size.ts): visible characters and buttons. Run with
 * `npm run build && npx tsc -p tsconfig.bench.json && node dist-bench/test/bench/card-size.js`.
 */
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { cardSize, firstCards } from '../helpers/card-size.js';

const content = await loadContent(defaultContentDir);
const rows = (await firstCards(content)).map((c) => ({ question: c.question, from: c.roleId, ...cardSize(c.card) }));
for (const r of rows) console.log(`${String(r.chars).padStart(5)} chars  ${String(r.buttons).padStart(2)} buttons  ${r.question} (from ${r.from})`);
const chars = rows.map((r) => r.chars);
console.log(`max ${Math.max(...chars)} chars, median ${[...chars].sort((a, b) => a - b)[Math.floor(chars.length / 2)]}, max ${Math.max(...rows.map((r) => r.buttons))} buttons`);
