// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -1.9774
maar -2.0536
dat -0.9974
niet -1.268
ik 0.1379
want 0.8595
de 0.521
anders -1.0074
omdat -0.3628
die -0.5593
dus -0.7006
en -2.1011
ook -1.2734
met -0.9813
als -0.9877
zodat 0.3615
daar -0.1049
op -0.9606
het -0.0379
wij 0.084
we -0.0038
een 0.2194
nu 0.9045
da's -0.6381
in -0.6841
is -1.2053
zonder -0.2139
voor -0.328
mijn 0.407
elke -0.2768
wie -0.2901
geen -0.2217
ze -0.1078
zo 0.5001
onze 1.0844
meer -0.2527
wat -0.1482
je -0.5573
te -0.0046
hoe -0.4551`;
