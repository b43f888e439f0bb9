// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -1.9546
maar -2.0592
dat -1.0359
niet -1.2892
ik 0.1161
want 0.8896
de 0.4906
anders -0.9624
omdat -0.3397
die -0.5943
en -2.1433
dus -0.734
ook -1.274
als -1.0014
met -0.9993
zodat 0.3982
daar -0.1395
het -0.0821
op -0.9652
wij 0.1328
we 0.0183
een 0.2648
nu 0.9274
da's -0.6333
in -0.7585
is -1.1911
zonder -0.2535
voor -0.337
elke -0.2247
mijn 0.4213
geen -0.2731
ze -0.1147
wie -0.297
zo 0.462
onze 1.1296
meer -0.2574
wat -0.1541
je -0.534
te -0.0208
hoe -0.4274`;
