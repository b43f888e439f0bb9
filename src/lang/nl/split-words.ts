// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -1.9562
maar -1.9995
dat -0.9871
niet -1.2914
ik 0.1139
want 0.9076
de 0.4767
anders -0.9974
omdat -0.2907
die -0.5795
en -2.1232
dus -0.6646
ook -1.2718
als -1.0246
met -1.0214
zodat 0.4161
daar -0.1288
het -0.065
op -0.975
wij 0.1524
we 0.0037
een 0.2159
nu 0.9429
in -0.801
da's -0.6617
is -1.1694
zonder -0.2388
voor -0.3488
elke -0.2082
geen -0.2756
mijn 0.3518
wie -0.3214
ze -0.1565
zo 0.4705
onze 1.0433
meer -0.255
wat -0.1539
je -0.5765
te -0.0343
hoe -0.4587`;
