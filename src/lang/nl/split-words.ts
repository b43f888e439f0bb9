// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -1.964
maar -2.0678
dat -0.9721
niet -1.2957
ik 0.1668
want 0.8789
de 0.5143
anders -0.9487
omdat -0.3513
die -0.5621
dus -0.698
en -2.1062
ook -1.359
met -1.0405
als -0.9321
zodat 0.347
daar -0.083
op -0.9269
wij 0.1279
we -0.0257
het -0.0072
een 0.1864
da's -0.5747
nu 0.9262
in -0.7535
is -1.211
zonder -0.2101
voor -0.276
elke -0.2852
mijn 0.4673
geen -0.206
wie -0.2408
ze -0.1068
zo 0.4666
onze 1.145
meer -0.209
wat -0.1448
te -0.0405
je -0.5342
hoe -0.424`;
