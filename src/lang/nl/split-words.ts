// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -1.9627
maar -2.0678
dat -0.9813
niet -1.3022
ik 0.1643
want 0.8717
de 0.5326
anders -0.9453
omdat -0.3647
die -0.5737
dus -0.7202
en -2.1548
ook -1.3122
met -0.9971
als -0.9633
zodat 0.3308
op -0.938
daar -0.0836
wij 0.1154
het -0.0129
we -0.0404
een 0.2226
nu 0.9095
da's -0.5777
in -0.6836
is -1.2147
zonder -0.1861
voor -0.2998
mijn 0.4153
elke -0.2609
wie -0.2701
geen -0.2089
ze -0.0785
zo 0.4484
onze 1.1573
meer -0.213
wat -0.1451
te -0.0361
je -0.5017
laat -0.2029`;
