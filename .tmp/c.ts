import { classifyStatement } from "./src/index";

for (const t of process.argv.slice(2)) {
  const r = classifyStatement(t);
  console.log(
    JSON.stringify({
      t,
      kind: r.kind,
      conf: r.confidence,
      score: r.score,
      neither: r.neither,
      seg: r.segments.map((s) => [s.kind, s.text]),
    }),
  );
  console.log("   ", r.cues.map((c) => `${c.id}(${c.kind[0]}${c.weight}/${c.neither})`).join(" "));
}
