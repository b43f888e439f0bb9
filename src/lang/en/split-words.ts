// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.7424
so -0.2626
the 0.5669
we 0.2661
and -2.0228
because -0.2332
since -0.4695
i -0.1038
but -1.8179
it's 0.4778
it -0.1178
that's -0.5786
no -0.8338
they -0.2126
as 0.964
our 1.2254
a -0.1153
which -0.6762
i'm 0.2976
if -0.7681
with -1.3834
my 0.7908
that -0.7444
otherwise -0.8614
whatever -0.7984
nobody -0.3245
half 1.2683
we're 0.4785
one -0.5168
in -0.3915
every -0.4981
then -1.9432
people 0.8997
is -0.6755
to 0.0192
at -0.3504
we've 0.0886
i've 0.1395
two -0.2642
for -0.5279`;
