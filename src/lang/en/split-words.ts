// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.765
so -0.2662
the 0.5738
we 0.2346
and -2.0205
because -0.2346
since -0.4432
i -0.0924
but -1.6952
it's 0.494
it -0.1844
that's -0.5445
no -0.8379
they -0.1954
as 0.9823
our 1.2269
a -0.0467
which -0.6549
i'm 0.2743
if -0.7659
with -1.3784
my 0.8207
that -0.743
whatever -0.8532
otherwise -0.8805
nobody -0.3304
half 1.3466
we're 0.4026
one -0.552
every -0.5067
in -0.3943
then -1.9371
people 0.9085
is -0.7309
to -0.0132
at -0.3085
i've 0.1784
we've 0.1018
for -0.5373
two -0.3248`;
