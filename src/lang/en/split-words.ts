// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.8095
so -0.2287
the 0.5906
we 0.2001
and -1.9576
because -0.2057
i -0.0628
since -0.4773
but -1.711
it's 0.4864
it -0.1705
that's -0.5455
they -0.1358
no -0.8406
as 0.9924
our 1.2042
a -0.103
if -0.7462
which -0.6816
with -1.3789
i'm 0.2996
my 0.8097
that -0.7136
otherwise -0.8151
whatever -0.837
nobody -0.3023
half 1.3215
we're 0.4621
one -0.5682
then -1.9166
every -0.4987
in -0.3983
people 0.9177
is -0.6744
to -0.0389
at -0.3288
we've 0.1567
i've 0.1208
for -0.545
two -0.2605`;
