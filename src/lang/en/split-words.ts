// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.7912
so -0.251
the 0.5642
we 0.2681
and -2.0201
because -0.2327
i -0.1395
since -0.521
but -1.779
it's 0.4958
it -0.1778
that's -0.5774
they -0.2328
no -0.8843
as 0.9591
our 1.1987
a -0.0767
which -0.6464
i'm 0.2575
if -0.8151
with -1.3825
my 0.7954
that -0.7199
whatever -0.7996
otherwise -0.86
nobody -0.3542
we're 0.4749
half 1.2764
one -0.5139
in -0.3912
every -0.5073
then -1.9973
people 0.8475
is -0.6814
to -0.0173
at -0.3499
we've 0.0609
i've 0.2052
two -0.2439
for -0.5321`;
