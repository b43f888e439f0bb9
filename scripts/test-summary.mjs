#!/usr/bin/env node
// Prints the plain closing line `tests: N passed, N failed` from vitest's JSON report.
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2] ?? ".tmp/vitest.json";
if (!existsSync(file)) {
  console.log("vitest wrote no report: the run stopped before or during the tests");
  console.log("tests: 0 passed, 0 failed");
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, "utf8"));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`,
);
