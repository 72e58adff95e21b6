#!/usr/bin/env node
// Entry point for `npx career-companion` and `npm start`. The TypeScript is compiled
// to dist/ by `npm install` (the prepare script).
import { main } from '../dist/src/cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    if (typeof code === 'number') process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
