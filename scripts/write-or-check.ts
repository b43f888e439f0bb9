// Shared by the fitting scripts that write generated files and have a `--check` mode.

import { readFileSync, writeFileSync } from "node:fs";

/** Writes `text` to `file`, or with `check` only compares: false when the file differs. */
export function writeOrCheck(file: string, text: string, check: boolean): boolean {
  if (!check) {
    writeFileSync(file, text);
    return true;
  }
  let old = "";
  try {
    old = readFileSync(file, "utf8");
  } catch {}
  if (old === text) return true;
  console.log(`  ${file} differs from this fit`);
  return false;
}
