// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.8196
so -0.2191
the 0.5742
we 0.216
and -2.0406
because -0.2359
i -0.0577
since -0.5228
but -1.7524
it's 0.4959
that's -0.4353
it -0.115
they -0.1546
no -0.8367
as 0.9848
our 1.3077
a -0.054
if -0.7692
which -0.5583
with -1.4004
i'm 0.2911
my 0.8316
that -0.742
nobody -0.2891
otherwise -0.8144
whatever -0.8434
half 1.3021
we're 0.4955
one -0.5831
then -1.9282
every -0.5039
people 0.9419
in -0.3978
to 0.1069
is -0.6381
we've 0.2153
at -0.3315
for -0.5219
i've 0.1557
two -0.3666`;
