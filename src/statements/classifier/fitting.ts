// Used only for fitting and evaluating the classifier (scripts/fit.ts, scripts/eval.ts), never
// by the shipped functions: the families there are, and analysis under other weights.

import { LANGS, type LangOption, STATEMENTS } from "../../lang";
import { type Analysis, analyse, defaultSetup, read } from "./analyse";
import { findCues } from "./cues";
import { blockedWords, phrasesOf } from "./model";
import {
  type ClassifierSetup,
  IN_CONDITION,
  IN_DESCRIPTION,
  IN_FEAR,
  MARKS,
  sourceEntries,
  unitWeights,
  withWeights,
} from "./setup";
import { weighCues, weightName } from "./weigh";
import { FAMILY_WEIGHTS } from "./weights";

/** Weights and per-language priors to use instead of the fitted ones. */
export interface Model {
  readonly weights: Readonly<Record<string, number>>;
  /** Prior log-odds of standpunt per language code. */
  readonly priors: Readonly<Record<string, number>>;
}

/** Every weight name of the built-in lexicons: families, `/desc` weights of means, contexts. */
export function families(): string[] {
  const set = new Set<string>(MARKS);
  for (const lang of LANGS)
    for (const e of sourceEntries(STATEMENTS[lang], `lexicon.${lang}.statements`)) set.add(e.label);
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
      s = {
        ...withWeights(base, model.weights, model.priors[base.code] ?? base.prior),
        model: undefined,
      };
      m.set(base, s);
    }
    return s;
  });
}

// Set-ups with every weight at 1 and no model, per language: what a model is fitted on.
const unitSetups = new Map<ClassifierSetup, ClassifierSetup>();
function unitSetup(l: LangOption): ClassifierSetup {
  const base = defaultSetup(l);
  let s = unitSetups.get(base);
  if (s === undefined) {
    s = {
      ...withWeights(base, unitWeights(base.lexicon.labels, base.isMeans), 0),
      model: undefined,
    };
    unitSetups.set(base, s);
  }
  return s;
}

/**
 * What a fitted model can weigh in a statement, with how often each occurs: every cue
 * family in its context (`@s.refuse`, `@s.means/desc`, `@b/cond`, `@s/feared`), found with
 * every weight at 1, and every phrase (`ik_wil`, `^could_we`) without a blocked word (see
 * `blockedWords`). The same keys `applyModel` looks up.
 */
export function modelFeatures(text: string, lang: LangOption): Map<string, number> {
  const out = new Map<string, number>();
  const { s, p } = read(text, lang, unitSetup);
  if (p === undefined) return out;
  const cues = weighCues(p, s, findCues(p, s));
  for (const c of cues) {
    const k = `@${weightName(c)}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  for (const ph of phrasesOf(p, blockedWords(p, cues, s.isMeans))) out.set(ph.key, 1);
  return out;
}
