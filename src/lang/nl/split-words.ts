// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 20 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `dan -1.8415
maar -2.0409
dat -1.028
niet -1.2584
ik 0.1834
want 1.0235
de 0.5049
anders -0.7761
omdat -0.193
die -0.5281
dus -0.5598
en -2.0833
ook -1.3945
met -1.0356
als -0.8472
daar -0.0236
op -0.892
zodat 0.3937
het 0.021
wij 0.191`;
