// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.8094
so -0.224
the 0.5897
we 0.2014
and -1.9899
because -0.2101
i -0.0561
since -0.479
but -1.7105
it's 0.4905
it -0.1683
that's -0.543
they -0.1311
no -0.8368
as 0.9911
our 1.2014
a -0.1003
if -0.7528
which -0.6815
with -1.3787
i'm 0.3007
my 0.8169
that -0.7139
otherwise -0.8472
whatever -0.8373
nobody -0.2992
half 1.3209
we're 0.4651
one -0.5672
then -1.9231
every -0.5
in -0.3977
people 0.9192
is -0.6759
to -0.0385
we've 0.1561
at -0.3346
i've 0.1282
for -0.5443
two -0.2508`;
