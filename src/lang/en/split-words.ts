// Written by `npm run fit:split` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (`splitWords` in src/lang/types.ts): the 40 words
// used there by the most development writers (at least 20), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = `not -1.7683
so -0.2544
the 0.5537
we 0.2655
and -1.9862
because -0.2464
i -0.1277
since -0.4959
but -1.7408
it's 0.4986
it -0.1843
that's -0.5756
they -0.231
no -0.8906
as 0.9378
our 1.1995
a -0.0735
which -0.656
i'm 0.2576
if -0.7611
with -1.3887
my 0.8194
that -0.7201
whatever -0.8014
otherwise -0.85
nobody -0.3088
we're 0.4701
half 1.2811
one -0.5187
in -0.3991
every -0.5062
then -2.0054
people 0.8604
is -0.6797
to -0.0244
at -0.3521
i've 0.2128
we've 0.0272
two -0.2468
for -0.5325`;
