// detectBrillen and whyQuestions on 1 MB of ordinary text against 1 MB of long words (issue 14:
// matching stays linear within a word). Medians of 5 runs, one core.
//
//   npx tsx scripts/bench-words.ts        (part of npm run bench)

import { readFileSync } from "node:fs";
import { median } from "../bench/model-data";
import { detectBrillen } from "../src/statements/detect-bril";
import { whyQuestions } from "../src/statements/why-questions";

const MB = 1_000_000;
const dev = readFileSync("data/statements-dev.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .join(" ");
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const inputs: Record<string, string> = {
  "ordinary text (the dev statements)": fill(`${dev} `),
  "words of 16,000 letters": fill(`${"a".repeat(16_000)} `),
  "words of 16,000 letters ending like a cue": fill(`${"x".repeat(15_990)}erkenning `),
};

let base = 0;
for (const [name, text] of Object.entries(inputs)) {
  const lens = median(() => detectBrillen(text, { lang: "nl" }), 5);
  const why = median(() => whyQuestions(text, { lang: "nl" }), 5);
  if (base === 0) base = lens;
  console.log(
    `${name.padEnd(42)} detectBrillen ${lens.toFixed(0).padStart(5)} ms (${(lens / base).toFixed(2)}x ordinary)   whyQuestions ${why.toFixed(0).padStart(5)} ms`,
  );
}
