// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -1.9527
maar -2.0571
dat -1.0333
niet -1.2902
ik 0.1145
want 0.8897
de 0.4897
anders -0.9616
omdat -0.313
die -0.5964
en -2.1391
dus -0.7313
ook -1.2691
als -1.003
met -1.0018
zodat 0.402
daar -0.1129
het -0.0832
op -0.9691
wij 0.131
we 0.0118
een 0.269
nu 0.9276
da's -0.6336
in -0.7577
is -1.1912
zonder -0.2535
voor -0.3389
elke -0.2218
mijn 0.4255
geen -0.2733
ze -0.1167
wie -0.2991
zo 0.4691
onze 1.1299
meer -0.256
wat -0.151
je -0.532
te -0.0292
hoe -0.4283`;
