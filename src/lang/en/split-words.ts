// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.6786
so -0.3274
the 0.5548
and -1.9794
we 0.2335
because -0.2013
i -0.0756
since -0.4463
but -1.7042
it's 0.5461
it -0.1725
that's -0.6688
they -0.1812
no -0.8129
as 1.0518
our 1.2167
a -0.041
which -0.5781
with -1.3633
if -0.6818
i'm 0.309
my 0.8819
that -0.8305
whatever -0.8492
otherwise -0.7207
half 1.3338
nobody -0.2614
we're 0.4033
one -0.4644
every -0.3994
then -1.9941
in -0.3733
to 0.0784
is -0.621
people 0.9115
we've 0.1434
at -0.4799
i've 0.1703
two -0.306
you -0.7556`;
