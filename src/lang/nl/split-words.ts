// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -2.046
maar -2.0689
dat -1.0527
niet -1.2788
ik 0.175
want 0.8612
de 0.4973
anders -0.9583
omdat -0.3811
die -0.5601
dus -0.7268
en -2.1075
ook -1.4134
met -1.0648
als -0.8704
daar -0.0615
op -0.9249
zodat 0.2667
het -0.011
wij 0.1655
een 0.2995
we -0.0527
da's -0.58
nu 0.9521
in -0.6695
is -1.1901
zonder -0.2452
elke -0.3299
voor -0.3216
mijn 0.4654
geen -0.1733
wie -0.1972
ze -0.0337
zo 0.3298
onze 1.0851
meer -0.2003
wat -0.1372
je -0.5716
te 0.018
laat -0.1742`;
