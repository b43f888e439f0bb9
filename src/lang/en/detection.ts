// English function words for language detection, with the most frequent verbs that Dutch does
// not share. Articles and pronouns that Dutch never uses weigh 2.

import type { DetectionPart } from "../types";

/** The English function words. */
export const detection: DetectionPart = {
  functionWords:
    "the:2 a:2 an:2 and:2 i:2 you:2 they:2 she:2 it:2 not:2 are:2 will:2 would:2 should:2 " +
    "can:2 must:2 have:2 has:2 do:2 that:2 this:2 what:2 who:2 why:2 how:2 if:2 because:2 " +
    "but:2 with:2 from:2 our:2 my:2 their:2 your:2 there:2 i'm:2 we're:2 don't:2 won't:2 " +
    "it's:2 let's:2 of to for by at on no is was be he we so want need get make together " +
    "one any some more very all just about also only please than then when where which " +
    "after before into out off less every each too yes",
  spellings:
    "th ^wh ^sh ^kn tion$:0.3 tions$:0.3 ly$ y$ ay$ ays$ ea ght ough ness$ ous$ ful$ ity$ ble$ ted$ " +
    "ice$ ew$ ow$ hood$ wn$ sh:0.3 ss$:0.3 wr:0.3 ^un:0.3 ise$:0.3 ck:0.3 igh:0.3 tch:0.3 ^qu:0.3",
};
