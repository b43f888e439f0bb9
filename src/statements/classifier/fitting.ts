// Used only for fitting and evaluating the classifier (scripts/fit.ts, scripts/eval.ts), never
// by the shipped functions: the families there are, and analysis under other weights.

import { LANGS, type LangOption, STATEMENTS } from "../../lang";
import { type Analysis, analyse, defaultSetup } from "./analyse";
import {
  type ClassifierSetup,
  IN_CONDITION,
  IN_DESCRIPTION,
  IN_FEAR,
  NUMBER,
  QUESTION,
  sourceEntries,
  withWeights,
} from "./setup";
import { FAMILY_WEIGHTS } from "./weights";

/** Weights and per-language priors to use instead of the fitted ones. */
export interface Model {
  readonly weights: Readonly<Record<string, number>>;
  /** Prior log-odds of standpunt per language code. */
  readonly priors: Readonly<Record<string, number>>;
}

/** Every weight name of the built-in lexicons: families, `/desc` weights of means, contexts. */
export function families(): string[] {
  const set = new Set<string>([QUESTION, NUMBER]);
  for (const lang of LANGS) for (const e of sourceEntries(STATEMENTS[lang])) set.add(e.label);
  for (const f of [...set])
    if (`${f}${IN_DESCRIPTION}` in FAMILY_WEIGHTS) set.add(`${f}${IN_DESCRIPTION}`);
  set.add(IN_CONDITION);
  set.add(IN_FEAR);
  return [...set].sort();
}

const reweighed = new WeakMap<Model, Map<ClassifierSetup, ClassifierSetup>>();

/** Analyses a statement with the weights of `model` instead of the shipped ones. */
export function analyseWith(text: string, lang: LangOption, model: Model): Analysis {
  let cache = reweighed.get(model);
  if (cache === undefined) {
    cache = new Map();
    reweighed.set(model, cache);
  }
  const m = cache;
  return analyse(text, lang, (l) => {
    const base = defaultSetup(l);
    let s = m.get(base);
    if (s === undefined) {
      s = withWeights(base, model.weights, model.priors[base.code] ?? base.prior);
      m.set(base, s);
    }
    return s;
  });
}
