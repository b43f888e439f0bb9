// Compares each writer's labels with a second annotator's, reports the agreement, and writes
// the agreed set: a statement whose kind the two disagree on is dropped; a lens or level they
// disagree on becomes null; the parts of a mixed statement are kept only when both saw it as
// mixed. Prints aggregate figures only (it also runs on the sealed writers).
//
//   npx tsx scripts/agree.ts            (every writer that has an annotation)
//
// In:  data/statements/<w>.jsonl + data/annotations/<w>.jsonl
//      data/sealed/<round>/<s>.jsonl + data/sealed/<round>/annotations/<s>.jsonl (each sealed round)
// Out: data/statements/agreed/<w>.jsonl, data/sealed/<round>/agreed/<s>.jsonl,
//      data/statements/agreement.json
//
// For the Pol.is comments (writers `polis-*`), the "written" labels are a first annotator's
// (`labelledBy`), the annotation a second's.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

interface Written {
  readonly id: string;
  readonly writer: string;
  readonly lang: string;
  readonly genre: string;
  readonly setting: string;
  readonly text: string;
  readonly kind: string;
  readonly bril: string | null;
  readonly niveau: string | null;
  readonly standpuntPart?: string;
  readonly belangPart?: string;
}
interface Annotated {
  readonly id: string;
  readonly annotator: string;
  readonly kind: string;
  readonly bril: string | null;
  readonly niveau: string | null;
  readonly mixed: boolean;
}

const read = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);

/** Cohen's kappa of two label lists. */
function kappa(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n === 0) return Number.NaN;
  const labels = [...new Set([...a, ...b])];
  let agree = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) agree++;
  const po = agree / n;
  let pe = 0;
  for (const l of labels) {
    pe += (a.filter((x) => x === l).length / n) * (b.filter((x) => x === l).length / n);
  }
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const pct = (x: number): number => Math.round(x * 1000) / 10;

interface Agreement {
  readonly writer: string;
  readonly annotator: string;
  readonly sealed: boolean;
  readonly lang: string;
  readonly statements: number;
  readonly kindAgreement: number;
  readonly kindKappa: number;
  readonly lensAgreement: number;
  readonly levelAgreement: number;
  readonly mixedAgreement: number;
  readonly kept: number;
}

function agree(dir: string, annotations: string, out: string, sealed: boolean): Agreement[] {
  if (!existsSync(annotations)) return [];
  mkdirSync(out, { recursive: true });
  const result: Agreement[] = [];
  for (const file of readdirSync(annotations).sort()) {
    if (!file.endsWith(".jsonl") || !existsSync(`${dir}/${file}`)) continue;
    const written = read<Written>(`${dir}/${file}`);
    const second = new Map(read<Annotated>(`${annotations}/${file}`).map((a) => [a.id, a]));
    if (written.some((w) => !second.has(w.id))) {
      console.log(`${file}: annotation incomplete (${second.size}/${written.length}), skipped`);
      continue;
    }
    const pairs = written.map((w) => [w, second.get(w.id) as Annotated] as const);
    const both = (f: (w: Written, a: Annotated) => boolean): number =>
      pairs.filter(([w, a]) => f(w, a)).length / pairs.length;
    const agreed = pairs
      .filter(([w, a]) => w.kind === a.kind)
      .map(([w, a]) => {
        const mixed = w.standpuntPart !== undefined && a.mixed;
        const { standpuntPart, belangPart, ...rest } = w;
        return {
          ...rest,
          bril: w.bril === a.bril ? w.bril : null,
          niveau: w.niveau === a.niveau ? w.niveau : null,
          ...(mixed ? { standpuntPart, belangPart } : {}),
          annotator: a.annotator,
        };
      });
    writeFileSync(`${out}/${file}`, `${agreed.map((x) => JSON.stringify(x)).join("\n")}\n`);
    const first = written[0] as Written;
    result.push({
      writer: first.writer,
      annotator: (pairs[0] as readonly [Written, Annotated])[1].annotator,
      sealed,
      lang: [...new Set(written.map((w) => w.lang))].sort().join("+"),
      statements: written.length,
      kindAgreement: pct(both((w, a) => w.kind === a.kind)),
      kindKappa:
        Math.round(
          kappa(
            pairs.map(([w]) => w.kind),
            pairs.map(([, a]) => a.kind),
          ) * 1000,
        ) / 1000,
      lensAgreement: pct(both((w, a) => w.bril === a.bril)),
      levelAgreement: pct(both((w, a) => w.niveau === a.niveau)),
      mixedAgreement: pct(both((w, a) => (w.standpuntPart !== undefined) === a.mixed)),
      kept: agreed.length,
    });
  }
  return result;
}

const rows = [
  ...agree("data/statements", "data/annotations", "data/statements/agreed", false),
  ...(existsSync("data/sealed") ? readdirSync("data/sealed").sort() : []).flatMap((round) =>
    agree(
      `data/sealed/${round}`,
      `data/sealed/${round}/annotations`,
      `data/sealed/${round}/agreed`,
      true,
    ),
  ),
];
console.log(
  "writer annotator sealed lang statements | kind agreement, kappa | lens | level | mixed | kept",
);
for (const r of rows) {
  console.log(
    `${r.writer.padEnd(6)} ${r.annotator.padEnd(9)} ${String(r.sealed).padEnd(6)} ${r.lang.padEnd(4)} ${String(r.statements).padStart(4)} | ${r.kindAgreement}%, ${r.kindKappa} | ${r.lensAgreement}% | ${r.levelAgreement}% | ${r.mixedAgreement}% | ${r.kept}`,
  );
}
const total = rows.reduce((a, r) => a + r.statements, 0);
const kept = rows.reduce((a, r) => a + r.kept, 0);
console.log(`all: ${total} statements, ${kept} kept (${pct(kept / total)}%)`);
writeFileSync("data/statements/agreement.json", `${JSON.stringify(rows, null, 2)}\n`);
