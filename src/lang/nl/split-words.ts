// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -1.9628
maar -2.0692
dat -0.9774
niet -1.3025
ik 0.1619
want 0.886
de 0.5353
anders -0.9484
omdat -0.3629
die -0.5688
dus -0.7114
en -2.1537
ook -1.3116
met -0.9947
als -0.9561
zodat 0.3349
op -0.9344
daar -0.0845
wij 0.1087
het -0.0026
we -0.0385
een 0.2383
nu 0.9123
da's -0.5745
in -0.6813
is -1.2064
zonder -0.1877
voor -0.2979
mijn 0.4238
elke -0.2586
wie -0.2723
geen -0.2097
ze -0.0778
zo 0.4481
onze 1.16
meer -0.2158
wat -0.1464
te -0.0256
je -0.5016
laat -0.2019`;
