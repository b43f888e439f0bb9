// Size budgets per public entry point (min+gzip, zod and immer excluded: peers and a dependency
// that the app bundles once). Raise a budget only in the commit that causes the growth, and say why.
//
// The ESM entries of dist/ import their shared chunks, and tsup leaves a bare `import "./chunk.js"`
// where an entry uses nothing of a chunk but its load order. The package promises
// `sideEffects: false`, so esbuild rightly drops such an import and says so (ignored-bare-import);
// that is the promise kept, not a problem, so the measure does not print it.
//
// Issue 13 (messages in Dutch and English): validation words its issues from one table per
// language (both built-in tables ship with parseSamenwerking, +2.5 kB), reads JSON syntax errors
// to a line and column and formats issues (+0.5 kB); the report, the charts and everything
// also carry the cue family labels of both languages and the new report words.
//
// Issue 12 (the rest): the Bayesian reaction model and support per revision of the ambition,
// with dated revisions checked in the model (+0.9 kB everything, +0.2 kB parseSamenwerking).
//
// Concepts and embeddings opt-in: the code comes with the objects an app passes (a vocabulary of
// samenwerken/concepts carries the concept matcher, embeddingGroups of samenwerken/embeddings
// the LSH search). What stays in suggestWinWin is the plain-embeddings path (exact all pairs, its
// checks) and the members and joins of an intersection: +1.1 kB everything, +0.8 kB charts and
// report over main.
//
// Issue 10 (statements on text nobody here wrote): each built-in pack carries its fitted model
// (src/lang/<code>/model.ts: the family weights and some 500 phrases, +5.5 kB for both packs),
// which takes the classifier from 66% to 78% on sealed writers; the model code +0.7 kB. That
// reaches classifyStatement (20 -> 22 kB), everything (62.5 -> 69.5 kB), the report
// (71 -> 78 kB) and samenwerken/lang (35.5 -> 40.5 kB). Issue 11's coverage, charts and report
// with concepts add 0.2-0.3 kB to everything, the charts and the report, within those budgets.
// The second vocabulary round (data/vocabulary/part-d.jsonl: work, mobility, housing, safety,
// the collaboration itself, with the everyday phrasings people use; 60 concepts extended, 59
// added) adds 17.7 kB to the opt-in samenwerken/concepts: other-words meetings found on the
// training collaborations 26% -> 33%; part-c.jsonl (care, loneliness, youth, rural life,
// farming, poverty, digital inclusion, newcomers; 29 extended, 41 added) 12 kB more, with no
// change on the training collaborations (112 -> 143 kB in all).
// Third round of issue 10: the imperative mood as a cue (some 90 English and 40 Dutch verbs that
// open a proposal) and the model refitted with real consultation comments: +0.5 kB everything
// (69.5 -> 70 kB) and report (78 -> 78.5 kB).
// Fourth round of issue 10: cue families of neither kind (greetings, reported speech, plain
// facts, requests for information) and of judgements, some 40 lexicon lines per language, and
// the models refitted on 7,455 statements: cross-validated, three kinds 77.7% -> 79.7% and
// statements of neither kind found 39.9% -> 63.5%. +1.8 kB to classifyStatement (22 -> 24 kB),
// everything (70 -> 72 kB), the report (78.5 -> 80.5 kB) and samenwerken/lang (40.5 -> 42.5 kB).
// Fifth round of issue 10: the level construction of a party that speaks (some 60 verbs in the
// packs' subject.speaks), some 60 level cues, and the models refitted on 8,325 statements:
// development writers' level 70.4% -> 73.2%. +0.6 kB to everything (72 -> 73 kB), the report
// (80.5 -> 81.5 kB), samenwerken/lang (42.5 -> 43 kB) and samenwerken/concepts (143 -> 143.5 kB).
// Then the opinion, schedule and request cues (some 20 lexicon lines), the spellings that detect
// the language of short texts, and the model refitted with them (cross-validated three kinds
// 79.9% -> 80.2%): +0.3 kB to everything (73 -> 73.5 kB), classifyStatement (24 -> 24.5 kB), the
// charts (45 -> 45.5 kB) and the report (81.5 -> 82 kB).
// Seventh round of issue 10: the cue family b.caveat (a point raised in minutes) with its labels
// in both languages, some 15 lexicon lines, the dash and arrow as clause marks, and the split
// kind; the refitted model is 270 B smaller than the one before. +0.2-0.4 kB to everything
// (73.5 -> 74 kB), the report (82 -> 82.5 kB) and samenwerken/lang (43 -> 43.5 kB).
// Eighth round of issue 10: some 25 lexicon lines (repaired entries, narrowed cues, level cues
// of a speaker for an organisation and of the person), the question-mark rule for requests for
// information, and the models refitted on 14,307 statements: +0.2 kB to everything
// (74 -> 74.5 kB), classifyStatement (24.5 -> 25 kB), the report (82.5 -> 83 kB) and
// samenwerken/lang (43.5 -> 44 kB).
// Ninth session of issue 10: each built-in pack carries the fitted weights of its lens and
// level detectors (src/lang/<code>/lens-model.ts and level-model.ts, written by `npm run
// fit:detectors`: some 1,700 weight vectors of cues and words for both packs, 12.9 kB min+gzip),
// which take lens top-1 from 63-65% (the lexicon alone, a training figure) to 68.5-70%
// cross-validated by writer, and level from 69-71% to 72-75%; with the check that a model
// belongs to its pack's cues, and the stricter model parser. They reach everything
// (74.5 -> 87.5 kB), the charts (45.5 -> 56.5 kB), the report (83 -> 96.5 kB) and
// samenwerken/lang (44 -> 56 kB); classifyStatement does not read them.
// Tenth session of issue 10: the fitted split (the candidate's 22 features, their names and
// weights, +0.6 kB: it takes the statements split in two that hold one position or one
// interest from 14-18% to 1.5-2%), and the lens and level weights refitted on 72 writers (some
// 1,850 weight vectors, 150 more). They reach classifyStatement (25 -> 25.5 kB), everything
// (87.5 -> 89.5 kB), the charts (56.5 -> 58 kB), the report (96.5 -> 98 kB) and
// samenwerken/lang (56 -> 57 kB).
// Eleventh session of issue 10: the lexicon engine's index of entries by their second word (a
// fifth off findEntries), the gap that stays in its clause, the split weighing a connective
// whatever its parts score, the check of a pack's connectives, and the models refitted on 76
// writers: +0.2-0.35 kB to classifyStatement (25.5 -> 26 kB), everything (89.5 -> 90 kB), the
// report (98 -> 98.5 kB) and samenwerken/concepts (143.5 -> 144 kB, the engine).
// Twelfth session of issue 10: the lens and level weights refitted on 84 writers (more words
// and cues now reach the three writers a weight needs: +0.9 kB min+gzip for both packs), some
// 25 lexicon lines, the command that counts only outside a question and the line break as a
// clause break: +0.1 kB to classifyStatement (26 -> 26.5 kB), +1-1.3 kB to everything
// (90 -> 91.5 kB), the charts (58 -> 59 kB), the report (98.5 -> 100.5 kB) and
// samenwerken/lang (57 -> 58.5 kB).
// Then the session's second model: the phrases' weights under their own, weaker L2 (PHRASE_L2 in
// scripts/fit-model.ts) keep some 2,100 phrases instead of 400 (the two model files, gzipped, 3.9 -> 14.7 kB):
// cross-validated three kinds 80.2% -> 81.6%, neither kind found 62.5% -> 68.0%, and 83.7% on
// the fifteenth sealed round. +10.9-11.5 kB to classifyStatement (26.5 -> 37.5 kB), everything
// (91.5 -> 103.5 kB), the report (100.5 -> 112 kB) and samenwerken/lang (58.5 -> 70.5 kB).
// Thirteenth session of issue 10: the lens, level and kind models refitted on 96 writers (the
// lens and level weights reach more words and cues: +0.75-1.4 kB to everything, the charts, the
// report and samenwerken/lang; the commit that refitted them did not raise the budgets, this one
// does), and the split that weighs every candidate (29 features, the candidates' cue sums by
// prefix and suffix: +0.8 kB to classifyStatement and everything; cross-validated F1 0.613 ->
// 0.622). classifyStatement 37.5 -> 38.5 kB, everything 103.5 -> 105.5 kB, the charts
// 59 -> 60 kB, the report 112 -> 114.5 kB, samenwerken/lang 70.5 -> 71.5 kB.
// Then the second model of the session (w37–w40 in the training data, more connectives): the
// lens and level weights reach a few more words (+0.25-0.35 kB): everything 105.5 -> 106 kB,
// the charts 60 -> 60.5 kB, samenwerken/lang 71.5 -> 72 kB.
// Then the third (the sixteenth round in the training data, spoken Flemish forms read as the
// written word): the lens and level weights reach more words again (+0.6 kB): everything
// 106 -> 106.5 kB, the charts 60.5 -> 61 kB, the report 114.5 -> 115.5 kB, samenwerken/lang
// 72 -> 73 kB.
// Fourteenth session of issue 10: the lens and level weights refitted on 140 writers (36 more:
// more words reach the three writers a weight needs, some 3,100 weight vectors for both packs
// instead of 2,450: +4.3 kB gzipped model files; cross-validated lens 71.0/69.6% -> 71.4/70.5%,
// level 75.0/72.8% -> 75.8/74.2%), the kind model 0.7 kB smaller, and the meeting steps
// (n.procedure) with their labels: everything 106.5 -> 110.5 kB, the charts 61 -> 64 kB, the
// report 115.5 -> 119.5 kB, samenwerken/lang 73 -> 76.5 kB.
// Fifteenth session of issue 10: the lens and level weights refitted on 156 writers (16 more:
// some 3,380 weight vectors for both packs instead of 3,100, +1.2-1.6 kB; cross-validated lens
// 71.4/70.5% -> 72.1/70.7%, level 75.8/74.2% -> 76.0/74.4%): everything 110.5 -> 112.5 kB, the
// charts 64 -> 65.5 kB, the report 119.5 -> 121 kB, samenwerken/lang 76.5 -> 78.5 kB. The kind
// model refitted on the same writers is 1 kB smaller: classifyStatement 38.5 -> 37.5 kB.
// Sixteenth session of issue 10: the lens and level weights refitted on 194 writers (34 more:
// some 3,840 weight vectors for both packs instead of 3,380, +2.2-2.4 kB; cross-validated lens
// 72.4/71.1% -> 72.6/71.4%, level 76.2/74.6% -> 76.2/74.6%): everything 112.5 -> 115 kB, the
// charts 65.5 -> 68 kB, the report 121 -> 123.5 kB, samenwerken/lang 78.5 -> 81 kB. Measured
// instead: a weight needs four writers rather than three (MIN_WRITERS in
// scripts/fit-detectors.ts), on the 174 writers of the session's first fit: 67 fewer lens vectors
// of 2,541 (-2.6%) for 0.1 point less lens in each language, so the budget is raised instead.
// The kind model refitted on the same writers is 0.6 kB smaller: classifyStatement 37.5 -> 37 kB.
// Seventeenth session of issue 10: the lens and level weights refitted on 208 writers (20 more:
// some 4,115 weight vectors for both packs instead of 3,840, +1.3-1.9 kB with the problem cues'
// four lexicon lines; cross-validated lens 72.6/71.4% -> 73.3/72.0%, level 76.2/74.6% ->
// 76.0/75.0%): everything 115 -> 117 kB, the charts 68 -> 69.5 kB, the report 123.5 -> 125.5
// kB, samenwerken/lang 81 -> 83 kB. Measured instead, on the gzipped text of the sixteenth
// session's four weight files: rounding the weights to one decimal instead of two saves 0.7 kB
// of 27.8 (2.5%; most of the size is the words and patterns, not their numbers), before any
// loss of accuracy; and a higher pruning threshold (PRUNE in scripts/fit-detectors.ts, 0.3) on
// the same 208 writers: 0.4 keeps 2,969 vectors (22.4 kB gzipped instead of 29.7) for lens
// 72.8/71.5% and level 75.6/74.4% (about half a point less each), 0.5 keeps 2,085 (16.6 kB) for
// lens 72.3/70.9% and level 75.1/73.5% (one to one and a half points less). The budgets are
// raised instead: accuracy is what the issue asks for.
// Eighteenth session of issue 10: the lens and level weights refitted on 228 writers (20 more
// and the twenty-fourth round: some 4,430 weight vectors for both packs instead of 4,115, +1.9-2
// kB; cross-validated lens 73.3/72.0% -> 73.3/72.3%, level 76.0/75.0% -> 75.9/75.1%):
// everything 117 -> 119 kB, the charts 69.5 -> 71 kB, the report 125.5 -> 128 kB,
// samenwerken/lang 83 -> 85.5 kB. Measured instead on the same 228 writers: PRUNE 0.35 keeps
// 3,752 vectors (26.0 kB gzipped instead of 30.2) for lens 73.1/72.0% and level 75.7/74.7%,
// 0.2-0.4 points less, which is as much as the twenty writers added; so the budgets are raised
// once more. The kind model refitted on the same writers is 0.5 kB smaller (classifyStatement
// 36.0 kB of 37).
// Nineteenth session of issue 10: the lens weights are capped at the 1,500 strongest vectors
// per pack (MAX_VECTORS in scripts/fit-detectors.ts, which prints what the cap costs: on 248
// writers and six Pol.is conversations, lens 73.4/72.6% with it and 73.4/72.7% without, 1,500
// vectors per pack instead of 1,608 and 1,704), so that they no longer grow with the writers (-0.5 kB: the charts
// 70.6 -> 70.1 kB, budget 71 -> 70.5). What grows instead: the field labels of registers and
// logs ("Mitigation:", "Oorzaak:", "Owner:") and "no one should" / "no budget" (three cue
// families and some 20 lexicon lines per pack, +0.75 kB gzipped per pack file) and the level
// weights, below the cap (1,411 vectors for both packs instead of 1,316, +0.7 kB); the kind
// model refitted on the same writers is 0.3 kB smaller. classifyStatement 37 -> 37.5 kB
// (37.3), everything 119 -> 120.5 kB (120.1), the report 128 -> 129.5 kB (128.9),
// samenwerken/lang 85.5 -> 86.5 kB (86.2).
// Twentieth session of issue 10: the level weights still grow below the lens cap (1,497
// vectors for both packs instead of 1,411, +0.5 kB gzipped); more function words and spellings
// for language detection (+0.2 kB); some 10 lexicon lines (+0.1 kB); the kind model refitted
// on 264 writers is 0.2 kB smaller. A cap of 650 level vectors per pack kept the
// cross-validated level figures of all of them to the tenth of a point (76.1% and 75.2%,
// `npm run fit:detectors -- --no-write --max-vectors 650`), but the sealed round was scored
// with the weights as fitted, so the cap waits for the next refit. Everything 120.5 -> 121.5 kB
// (120.9), the report 129.5 -> 130.5 kB (129.8), samenwerken/lang 86.5 -> 87.5 kB (86.9),
// samenwerken/concepts 144 -> 144.5 kB (144.0).
// Twenty-first session of issue 10: the level weights are capped at 650 vectors per pack
// (MAX_VECTORS in scripts/fit-detectors.ts is one cap per detector now; cross-validated on 276
// writers and six Pol.is conversations, level 76.3/75.2% with the cap and 76.3/75.4% without,
// 650 vectors per pack instead of 721 and 805): -1.0 kB for the level files, so everything
// 121.5 -> 121 kB (120.1), the report 130.5 -> 129.5 kB (129.0) and samenwerken/lang
// 87.5 -> 86.5 kB (85.9). What grows: the purpose connectives ("so ... can": their parsing, the
// check of a pack's list with its two messages, the look-ahead in the split) and some 10
// lexicon lines (SWOT headings, non-negotiable, I vote, onbespreekbaar): +0.35 kB, of which the
// kind model refitted on 276 writers gives back 0.2 kB. classifyStatement 37.5 -> 38 kB (37.7),
// the charts 70.5 -> 71 kB (70.5).
// Twenty-second session of issue 10: the clause subjects (a pack's word list, its check, two
// split features) and the one-letter SWOT labels, with the models refitted on 284 writers: no
// budget changes; everything 120.3, classifyStatement 37.9, the report 129.2, samenwerken/lang
// 86.0 kB.
// Twenty-third session of issue 10: three split features (how far both parts lean their own way,
// whether they meet at a comma only; cross-validated F1 0.640 -> 0.650), the signs and brackets a
// part keeps, some 10 lexicon entries, and the kind model refitted on 292 writers (1,545 phrases
// instead of 1,537): +0.3 kB to classifyStatement, 38 -> 38.5 kB (38.2); everything 120.6, the
// report 129.4, samenwerken/lang 86.0 kB.
// Twenty-fourth session of issue 10: the packs' abbreviations (some fifty words each, and the
// reading of a full stop inside a sentence), English "as" as a connective before a clause subject,
// the kind model refitted on 300 writers and the lens and
// level weights refitted on the same writers: +0.3 kB to classifyStatement, 38.5 -> 39 kB
// (38.8); everything 121 -> 122 kB (121.5); the report 129.5 -> 130.5 kB (130.35);
// samenwerken/lang 86.4 kB, the charts 70.9 kB, within their budgets.
// Twenty-fifth session of issue 10: the kind model's phrases may hold a word of fewer writers
// (TOPIC 0.6 -> 0.08 of them, still under the stability test) and weigh under half the L2
// (PHRASE_L2 0.0002 -> 0.0001): some 5,000 phrases for both packs instead of 1,540, +22 kB
// gzipped for the two model files (11 -> 33 kB). Cross-validated in ten groups on 308 writers
// and six Pol.is conversations, three kinds 84.2% -> 87.4%; on the twelve writers w185–w196,
// never read and not fitted on, 80.6% -> 84.8% (the same training writers both ways). The lens
// and level weights refitted on 320 writers and six conversations (+0.04 kB). classifyStatement
// 39 -> 61.5 kB (61.47), everything 122 -> 143.5 kB (143.4), the report 130.5 -> 152.5 kB
// (152.2), samenwerken/lang 86.5 -> 108.5 kB (108.2), the charts 71 -> 71.5 kB (71.04). Then a
// phrase's weights written to one decimal instead of two (cross-validated the same: three kinds
// 87.2%): the two model files 33 -> 26 kB, so classifyStatement 61.5 -> 55 kB (54.74),
// everything 143.5 -> 137 kB (136.67), the report 152.5 -> 145.5 kB (145.43) and
// samenwerken/lang 108.5 -> 101.5 kB (101.43).
// Twenty-sixth session of issue 10: phrases of still fewer writers (TOPIC 0.08 -> 0.04) under
// half the L2 again (PHRASE_L2 0.0001 -> 0.00005): some 9,750 phrases for both packs instead of
// 4,950, the two model files 26 -> 52 kB gzipped. Cross-validated in ten groups on 328 writers
// and six conversations, three kinds 87.2% -> 88.2%; on the eight writers w197–w204, never read
// and not fitted on, 87.0% -> 88.6% (the same training writers both ways). classifyStatement
// 55 -> 81 kB (80.84), everything 137 -> 163 kB (162.55), the report 145.5 -> 172 kB (171.55),
// samenwerken/lang 101.5 -> 128 kB (127.51); the charts 71.0 kB, within their budget.
// Twenty-seventh session of issue 10: phrases of 2% of the writers (TOPIC 0.04 -> 0.02) under
// half the L2 again (PHRASE_L2 0.00005 -> 0.000025), refitted on 366 writers and six
// conversations: some 16,800 phrases for both packs instead of 9,750, the two model files
// 52 -> 89 kB gzipped. On the twelve writers w205–w216 (2,610 statements of the weakest genres,
// never read and not fitted on), models fitted on the same 336 writers: three kinds 85.5% ->
// 86.6% (85.9% with TOPIC 0.02 alone, at +11 kB). With the lens and level weights refitted on
// the same writers, the phrase tree in flat arrays and the checks of a pack's fields:
// classifyStatement 81 -> 118.5 kB (118.31), everything 163 -> 200.5 kB (200.27), the report
// 172 -> 209.5 kB (209.14), samenwerken/lang 128 -> 165 kB (164.61); the charts 71.2 kB,
// within their budget.
// The checks of a pack's morphology, level words and why templates, and the detector lexicons
// kept per morphology: everything 200.5 -> 201 kB (200.79), the report 209.5 -> 210 kB
// (209.69); the charts 71.4 kB and samenwerken/concepts 144.5 kB (144.48), within theirs.
// Twenty-eighth session of issue 10: the models refitted on 384 writers and six conversations
// with the same phrase rules (some 17,500 phrases instead of 16,800; TOPIC 0.01 with half the
// L2 again, 26,000 phrases, read worse on eight unread writers: 88.2% against 88.7%), the
// split's junction words (forty a language, src/lang/<code>/split-words.ts), the lens and level
// weights refitted, and a step of many whole words matched through a set: classifyStatement
// 118.5 -> 122.5 kB (122.16), everything 201 -> 205 kB (204.66), the report 210 -> 214 kB
// (213.55), samenwerken/lang 165 -> 168.5 kB (168.35), the charts 71.5 -> 72 kB (71.58, the
// lens and level weights), samenwerken/concepts 144.5 -> 145 kB (144.51, the engine). The
// junction words alone are some 0.3 kB.
// Twenty-ninth session: the models refitted on 408 writers with the same rules, within every
// budget (classifyStatement 121.28 kB, everything 204.01, the report 212.83, samenwerken/lang
// 167.67, the charts 71.72, samenwerken/concepts 144.54).
// Thirtieth session: the models refitted on 412 writers with the same rules, within every budget
// (classifyStatement 121.74 kB, everything 204.4, the report 213.26, samenwerken/lang 168.08, the
// charts 71.72, samenwerken/concepts 144.56). Then a register's marks (`b.register`: a risk's
// number, its likelihood and impact; the packs' riskNumbers and riskScores, their checks and the
// refitted models): classifyStatement 121.74 -> 122.42 kB, everything 205 -> 206 kB (205.18),
// the report 214 -> 215 kB (214.09), samenwerken/lang 168.31.
// Thirty-first session: the models refitted on 420 writers with the same rules (some 17,450
// phrases for both packs, 150 more): classifyStatement 122.5 -> 123 kB (122.74), samenwerken/lang
// 168.5 -> 169 kB (168.76); everything 205.63, the report 214.63, the charts 71.81,
// samenwerken/concepts 144.57, within their budgets. Then the level weights fitted under a
// weaker L2 (1, as the lens weights', instead of 3) with up to 1,400 vectors a language instead
// of 650 (cross-validated level 76.0% -> 77.3% Dutch, 74.9% -> 76.0% English; on the unread
// w249-w256 73.2% -> 75.3%): everything 206 -> 216 kB (215.7), the report 215 -> 225 kB
// (224.59), samenwerken/lang 169 -> 179 kB (178.7). The charts read no level weights.
// Then the lens and level weights written to one decimal instead of two (cross-validated the
// same to a tenth of a point): everything 216 -> 209 kB (208.52), the charts 72 -> 68 kB (67.93),
// the report 225 -> 218 kB (217.59), samenwerken/lang 179 -> 172 kB (171.78).
// Thirty-second session: the models refitted on 432 writers with the same rules (some 17,600
// phrases for both packs, 150 more): classifyStatement 123 -> 124 kB (123.56), everything
// 209 -> 210 kB (209.47), the report 218 -> 219 kB (218.55), samenwerken/lang 172 -> 173 kB
// (172.73); the charts 67.96, samenwerken/concepts 144.57, within their budgets.
// Then the Dutch words of a shortage on their own (four lexicon entries) and the model refitted
// with them, within the same budgets (classifyStatement 123.61 kB, everything 209.52, the report
// 218.6, samenwerken/lang 172.78).
// Thirty-third session: the models refitted on 440 writers with the same rules (some 17,100
// phrases for both packs, 460 fewer): within the same budgets (classifyStatement 121.08 kB,
// everything 206.85, the report 216, samenwerken/lang 170.12, the charts 67.99).
// Then the split with 150 words where the parts meet instead of 40 (each pack's splitWords) and
// both readings of English "so", within the same budgets (classifyStatement 122.64 kB, everything
// 208.5, the report 217.58, samenwerken/lang 171.62).
// Then a sure split read as a standpunt and the bound on an unsure split's confidence, within the
// same budgets (classifyStatement 122.66 kB, everything 208.53, the report 217.71,
// samenwerken/lang 171.73, the charts 67.99).
// Thirty-fourth session: the models refitted on 452 writers with the same rules (some 230 more
// phrases for both packs): classifyStatement 124 -> 125 kB (123.95), everything 210 -> 211 kB
// (209.91), the report 219 -> 220 kB (219.1), samenwerken/lang 173 -> 174 kB (173.06); the
// charts 67.99, samenwerken/concepts 144.57, within their budgets.
// Then refitted on 468 writers (sixteen training writers added; some 17,740 phrases for both
// packs, 370 more): classifyStatement 125 -> 127 kB (125.86), everything 211 -> 213 kB (211.92),
// the report 220 -> 222 kB (221.13), samenwerken/lang 174 -> 176 kB (175.08), the charts 68 ->
// 69 kB (68.02: the lens weights of more writers).
// Thirty-fifth session: refitted on 484 writers (the fiftieth and fifty-first rounds and eight
// training writers added; some 18,000 phrases for both packs, 260 more): classifyStatement
// 127 -> 128 kB (127.16), everything 213 -> 214 kB (213.2), the report 222 -> 223 kB (222.37),
// samenwerken/lang 176 -> 177 kB (176.29); the charts 68.07, within their budget.
// Then refitted on 492 writers (eight training writers added): some 17,450 phrases, 530 fewer,
// so the budgets come down: classifyStatement 128 -> 125 kB (124.42), everything 214 -> 211 kB
// (210.49), the report 223 -> 220 kB (219.71), samenwerken/lang 177 -> 174 kB (173.64).
// Thirty-sixth session: refitted on 508 writers (the fifty-second and fifty-third rounds and
// eight training writers added; some 17,830 phrases for both packs, 380 more): classifyStatement
// 125 -> 127 kB (126.29), everything 211 -> 213 kB (212.37), the report 220 -> 222 kB (221.58),
// samenwerken/lang 174 -> 176 kB (175.45); the charts 68.05, within their budget.
// Then refitted on 520 writers (twelve training writers added; some 18,040 phrases, 210 more):
// classifyStatement 127 -> 128 kB (127.26), everything 213 -> 214 kB (213.37), the report 222 ->
// 223 kB (222.57), samenwerken/lang 176 -> 177 kB (176.39); the charts 68.12, within their budget.
// Thirty-ninth session: the lens weights keep the 2,500 strongest vectors per pack instead of
// 1,500 (MAX_VECTORS in scripts/fit-detectors.ts). On 580 writers the cap of 1,500 cost 0.8 and
// 1.3 points of lens, cross-validated (74.8% and 73.8% against 75.6% and 75.1% without a cap;
// 75.5% and 75.0% with 2,500), and on the two sets of unread writers lens went from 75.0% and
// 75.0% to 76.6% and 77.0%: +11.4 kB in every bundle with the lens weights. With the models
// refitted on 580 writers (some 17,760 phrases for both packs, 170 more: +0.8 kB):
// everything 214 -> 223 kB (222.38), the charts 69 -> 80 kB (79.55), the report 223 -> 232 kB
// (231.45), samenwerken/lang 177 -> 186 kB (185.35); classifyStatement 124.98 kB, within its
// budget.

const quiet = (config) => ({
  ...config,
  logOverride: { ...config.logOverride, "ignored-bare-import": "silent" },
});

export default [
  {
    name: "samenwerken (everything)",
    path: "dist/index.js",
    import: "*",
    gzip: true,
    modifyEsbuildConfig: quiet,
    ignore: ["zod", "immer"],
    limit: "223 kB",
  },
  {
    name: "model: parseSamenwerking",
    path: "dist/index.js",
    import: "{ parseSamenwerking }",
    gzip: true,
    modifyEsbuildConfig: quiet,
    ignore: ["zod", "immer"],
    limit: "8.5 kB",
  },
  {
    name: "classifier: classifyStatement only",
    path: "dist/index.js",
    import: "{ classifyStatement }",
    gzip: true,
    modifyEsbuildConfig: quiet,
    ignore: ["zod", "immer"],
    limit: "128 kB",
  },
  {
    name: "samenwerken/charts (all charts)",
    path: "dist/charts.js",
    import: "*",
    gzip: true,
    modifyEsbuildConfig: quiet,
    ignore: ["zod", "immer"],
    limit: "80 kB",
  },
  {
    name: "samenwerken/report",
    path: "dist/report.js",
    import: "*",
    gzip: true,
    modifyEsbuildConfig: quiet,
    ignore: ["zod", "immer"],
    limit: "232 kB",
  },
  {
    name: "samenwerken/lang (both built-in packs, every part)",
    path: "dist/lang.js",
    import: "*",
    gzip: true,
    modifyEsbuildConfig: quiet,
    ignore: ["zod", "immer"],
    limit: "186 kB",
  },
  {
    name: "samenwerken/concepts (the built-in concept vocabulary, opt-in)",
    path: "dist/concepts.js",
    import: "*",
    gzip: true,
    modifyEsbuildConfig: quiet,
    ignore: ["zod", "immer"],
    limit: "145 kB",
  },
  {
    name: "samenwerken/embeddings (LSH for many vectors, opt-in)",
    path: "dist/embeddings.js",
    import: "*",
    gzip: true,
    modifyEsbuildConfig: quiet,
    ignore: ["zod", "immer"],
    limit: "2 kB",
  },
];
