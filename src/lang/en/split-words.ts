// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 20 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.6624
so -0.1287
the 0.5622
and -1.9638
we 0.2457
because 0.005
i -0.067
since -0.285
but -1.6819
it's 0.5704
it -0.1501
that's -0.6422
they -0.1577
no -0.7967
as 1.0814
our 1.2366
a -0.0288
which -0.5671
with -1.3392
if -0.6671`;
