/**
 * Runs the scheduler benchmark in its own process (so its memory is measured
 * alone) and prints the result as one JSON line.
 */
import { benchScheduler } from './scheduler.js';

const people = Number(process.argv[2] ?? 20_000);
const rate = Number(process.argv[3] ?? 400);
benchScheduler(people, rate).then(
  (r) => process.stdout.write(`RESULT ${JSON.stringify(r)}\n`),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
