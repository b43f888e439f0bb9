// English for the statement classifier: cue lexicon, spoken forms, connectives and the fitted
// prior. The lexicon's format is described at `LexiconSource` (src/lang/types.ts). Families
// starting with `s.` point to standpunt (one concrete means, an opinion of one thing), `b.` to
// belang (a need, value, goal, fear or hope that can be met in several ways); their weights are
// fitted once for all languages (src/statements/classifier/weights.ts). The words are general
// English, not the vocabulary of one sector.

import type { StatementsPart } from "../types";
import { model } from "./model";
import { splitWords } from "./split-words";

/** The English part of the statement classifier. */
export const statements: StatementsPart = {
  cues: `s.propose propos* suggest* recommend* ^i|we_ask ask_that request* insist* expect* urge*
s.propose call*_for i'm|we're_asking_for i|we_am|are_asking_for
s.propose demand|demands|demanded|demanding_that|a|an|the|to|our|their|its|firm|written|full|immediate|clear
s.refuse refus* or_we|i_walk|leave|quit|stop|pull don't_agree do_not_agree won't|not|don't_accept*
s.refuse won't will_not ^i'm_not ^we're_not not_doing|joining|taking not_going_to_~2_again ^no
s.refuse ^never not_again again_unless full_stop resign* boycott* don't_~2_me will_no_longer
s.vote voted decided_to|that count_me_out count_me_as_a_no a_no|yes_on|to vote*_against|for
s.vote ^against in_favour oppose opposes am|are|is|i'm|we're|strongly_opposed opposition_to veto* i'm|we're|am|are_against|for
s.condition first_~8_before unless as_long_as provided_that on_condition condition* only_~4_if
s.condition before_i|we|the|any|anything
s.softq would_be_better|best ^wouldn't_it ^wouldn't_~3_better ^why_not ^could_we ^couldn't ^can_we
s.softq ^can_i ^should_we ^should_~3_not ^could ^shouldn't
s.letus ^let's ^let_us ^what_if ^maybe|perhaps_we ^maybe_~2_could ^why_don't ^how_about
s.imperative ^put ^give ^don't ^stop ^start ^make ^move ^send ^keep ^bring ^set_up ^hire ^pay ^let
s.means appoint* recruit* introduc* abolish* scrap* set_up establish* launch* organis* install*
s.means fund|funds|funded|funding financ* buy* purchas* build* rent* lease* send* relocat* invit*
s.means offer* publish* reserv* reimburs* rotat* deliver* supply* hold* represent* submit* book*
s.means hir* pay* paid shar* mov* join* sell* station_~2_a stationed close closing sign signing
s.means signed use|uses|using run|runs|running organiz*
s.concrete free rent-free fixed own_~1_a joint* shared central* from_now_on instead_of only_~2_one
s.concrete at_least at_most minimum maximum percent euro euros permanent* directly one_named
s.time annual* monthly weekly by_20* this_year next_week|year monday* tuesday* wednesday*
s.time thursday* friday* saturday* sunday* o'clock half_past per|a|every|each_week|month|year|day
s.payer paid|guaranteed|run|funded|financed|managed_by paid_for_by
s.wish i|we_feel_that|we|the|our|it|this want wants would_like i'd|we'd_like important_~3_that
s.number two three four five six seven eight nine ten twenty thirty hundred thousand half
s.device final_say the_last_word contact_person coordinator chair seat vote veto steering_group
s.device working_group committee council platform database fund charter label quota subscription*
s.device ticket* budget* subsid* grant* agreement contract* meeting* mediator hub building
s.device car_park parking helpdesk van truck bus shuttle app website software system* server*
s.device equipment room hall
s.firm on_principle from|starting_next stay*|remain*_~3_closed|shut ^we're_keeping ^we_keep|stick
s.firm stick_with ^i'm_going_to ^i_only i'll_only ^we_only ^from_now_on
s.want_np i'd|we'd|would_rather rather_~8_than i'd_love_to we'd_love_to wants_its want_the_~1_to
s.want_np wants_the_~1_to want_at_least i'd_like_the i'd_like_to_meet
s.want_np need|needs|want|wants_a|an|one|two|three|four|five|ten|my|our|every|no
s.scope every each all
s.modal must should have_to has_to ought
b.openq ^who ^how ^what_will|happens|do|are
b.fear fear* daren't|don't_dare afraid scared worr* anxi* concern* uneasy nervous at_stake lose
b.fear losing lost risk* threat* uncertain* insecur* wary
b.hope hope* wish* would_be_good|nice|great one_day
b.value believe* valu* care_about care_for essential crucial vital basic_right right_to rights
b.value dignit* respect* equal* fair* principle* meaning* count deserve* matter*
b.goal as_long_as_possible a_place|space_where make*|making_a_~1_difference want*_my|our_~2_to
b.goal want*_to_be_a goal* aim* strive* drives_us|me driving_force mission vision ambition* find_a_way way_to ^to_~4_to
b.goal contribute* relieve|relieving ease_the_burden|pressure|strain|load part_of_something what_keeps_me what_matters founded|exists|exist_to|so
b.goal what_we're|i'm_after must|should_~4_better must|should_~4_more_clearly|openly
b.need have_to_know need_to_know want_to_know need needs need_to_~3_be_able requir* look*_~2_for
b.need seek* looking
b.feeling be_recognised recognised_as feel* tired_of fed_up sick_of bother* frustrat* exhausted*
b.feeling worn_out overwhelm* drown* swamped left_alone on_my_own alone being|be|feel|felt_heard|seen unheard valued
b.fear remains_to_be_seen
s.judge unheard_of
b.feeling appreciated recognition taken_seriously welcome at_home safe* hate
b.relation trust_~2_in|between mutual|lack_of|build*|rebuild*|lose|lost|earn*|gain*_trust trusted trusting trustworthy distrust* mistrust* bond* connect* relationship* contact_with atmosphere climate each_other
b.relation get_to_know allies ally partnership conflict* tension* two|both|opposing|different|rival_camps our|their|other_camp side back-and-forth
b.state hard|difficult_to end|ends|ended_up stuck can't|cannot|couldn't_find overcrowd* oversubscribed packed_out
b.state ^we|i|they|people_keep_getting|having|losing|hearing|seeing can_no_longer
b.state can't|cannot_take too_few|little|much|many not_enough shortage* lack* miss missing barely
b.state hardly still more_and_more pressure depend* exclude* left_out eat*_up ^there_is ^there_are
b.state ^half ^every_~2_goes nobody_can unused waiting wait_~2_for waste_of
b.state cannot|can't_~4_anymore costs|cost|takes_us for_~2_months|weeks|years
b.state i_have|had_to i've_got|had_to i_gotta
b.state unable not_able can't|cannot|couldn't_afford barrier* stretched under_strain strain_on
b.state problem problems problematic bottleneck* sticking_point pain_point* black_hole big|real|main|major|biggest|key|serious_issue|issues
b.ability want*_~12_can pay_for_itself be_able_to able_to can_count_on make_ends_meet
b.ability live_off|from survive* keep_going stay_afloat get_by
b.avoid don't|not|wouldn't_want we'd_hate hate_to avoid* prevent* shouldn't mustn't nobody blame
b.avoid not_~2_alone ^less ^fewer
b.keep keep_~2_role maintain* protect* stay_~3_side on_our_side
b.self personal personally_~3_me grew_up my_parents my_own_experience as_a_child experience*
b.self give_up
b.abstract future certainty predictab* autonomy independen* influence say voice weight visib*
b.abstract credib* reputation* control wellbeing health opportunit* chance* calm peace inclusion
b.abstract inclusive accessib* sustainab* affordab* society privacy safety security
s.judge is|are|was|were|be|been|it's|that's|looks|seems|sounds_~4_idea|mistake|disaster|insult|relic|luxury|compromise|waste|joke|disgrace|scandal|shame|step|move|solution|nonsense|rubbish|farce|gimmick|sham
s.judge is|are|was|were|be|been|it's|that's|looks|seems|sounds_~3_terrible|brilliant|useless|pathetic|ridiculous|unacceptable|acceptable|unfair|fair|perfect|indefensible|undemocratic|outdated|overdue|patronising|patronizing|steep|disgraceful|dangerous|unsafe|shameful|outrageous|appalling|absurd|silly|stupid|crazy|mad|pointless|hopeless|unrealistic|unworkable|impractical|unnecessary|excessive|inadequate|insufficient|misguided|flawed|short-sighted|naive|wasteful|unjust|unjustified|justified|sensible|reasonable|unreasonable|wrong|right|great|excellent|fantastic|wonderful|awful|dreadful|counterproductive|discriminatory|irresponsible|ineffective|effective|unaffordable|unfeasible|realistic|feasible|unviable|workable
s.judge ^absolutely|completely|totally|utterly|simply_useless|unacceptable|ridiculous|shameful|disgraceful
s.judge ^great|good|brilliant|excellent|terrible|bad|sensible_idea|plan|move|work|initiative|job|decision
s.judge a|an_good|great|bad|terrible|excellent|brilliant|sensible|stupid_idea|plan|move|decision|step
s.judge daylight_robbery the_only_~2_option|choice makes_no_sense makes_sense badly_thought_out worst_~2_decision* a_waste_of far|way_too
s.judge thinks|reckons_that i|we_think_that ^i|we_think i_reckon in_my|our_opinion|view imo i|we_believe_that|we|the
s.vote supports|rejects object*_to no_objection no_problem not_a_problem no_issue ^i|we_~2_support|reject ^fully_support
s.vote like_~1_that|the|this|your_idea|plan ^deal ^agreed got_a_deal it_is_then can_live_with ^ok|fine
s.firm ^we'll|i'll ^we_will ^we|i_can|could_~1_offer|do|spare ^can_do|spare final_offer ^happy_to would_go_to chip_in
s.firm would_be_~1_willing|happy|pleased|open_to best_we_can_do i'd|we'd_happily only_~3_i'll|we'll_accept
s.firm i'd|we'd_accept|sign|settle|merge|pay i|we_would_accept|sign|settle|merge|pay
s.refuse not_willing unwilling not_prepared_to no_deal can't_allow never_agreed don't_bother over_my_dead_body
s.imperative ^please ^extend ^replace ^fix ^cancel ^raise ^reduce ^cut ^scrap ^open ^close ^split ^take ^rip ^plant ^run
s.imperative ^provide ^create ^implement ^improve ^add ^convert ^incorporate ^develop ^expand ^increase
s.imperative ^invest ^encourage ^promote ^allow ^ban ^require ^ensure ^lower ^limit ^prohibit ^restrict
s.imperative ^enforce ^subsidise|subsidize ^train ^educate ^teach ^preserve ^restore ^renovate ^repair ^upgrade
s.imperative ^widen ^consider ^explore ^review ^change ^adopt ^pass ^eliminate ^remove ^reform ^simplify
s.imperative ^streamline ^prioritise|prioritize ^focus ^involve ^engage ^listen ^consult ^include ^mandate ^get
s.imperative ^allocate ^designate ^dedicate ^attract ^retain ^revitalise|revitalize ^redevelop ^rezone ^turn
s.imperative ^return ^decrease ^do ^try ^use ^offer ^host ^support ^protect ^build ^establish ^introduce
s.imperative ^abolish ^fund ^tax ^charge ^reward ^recognise|recognize ^celebrate ^partner_with ^collaborate ^treat
s.imperative ^hold ^continue ^publish ^merge ^pick ^cap ^reopen ^tell ^write
s.modal needs_to
b.state ^i_have_no only_have ^we're_a_~2_small can't_live_on
b.state has|have|had_no there's|there_is|are_no no_~3_in_place still_no
s.vote ^i|we_~1_object|objects
s.firm no_matter_what non-negotiable|nonnegotiable not_negotiable final_answer
s.vote ^i_vote
s.judge no-brainer
n.greeting ^hello ^hi ^hey ^dear ^good_morning|afternoon|evening ^welcome thank_you thanks
n.greeting many_thanks kind|best|warm_regards regards cheers see_you ^congratulations congrats
n.greeting ^sorry please_find_attached attached_is|are
b.caveat pointed_out point|points|pointing_~3_out stressed|stresses|stressing_that emphasised|emphasized|emphasises|emphasizes
b.caveat warned|warns warning_that underlined|underlines_that
b.caveat flagged|flags_that
n.report reported|noted|confirmed|explained|announced|stated|mentioned|added|replied_that
n.report ^the_~4_reported|noted|confirmed|explained|announced|reminded|informed
n.report please_note fyi for_your_information ^reminder according_to asked|wondered_whether|what|how|when|why|if said_that
n.fact ^i|we_live|lived|moved|own|rent|drive|usually|often|play|played|studied|retired ^i|we_grew_up
n.fact ^i|we_was|were_born ^i_am_a|an ^i'm_a|an ^we're_a|an ^we_are_a|an ^i_work|worked
n.fact ^i|we_have_lived|worked|been|voted|played|never|always ^i_identify ^our_~3_has|employs|counts
n.fact consists_of last_year|month|week in_19*|20* since_19*|20* amounted_to totalled totaled
n.fact rose|fell|dropped|grew_~2_from|to|by up|down_from
n.fact ^the_~3_counts|employs|handles|houses currently_has|counts|employs there_are_currently
n.fact runs_until closes|close_on ^the_deadline ^deadline_for
n.askinfo ^when ^where ^which ^how_many|much|long|often|old|far ^what_time|date|day
n.askinfo ^is|are|was|were|will_there ^does|did|has|have_anyone ^do_you_know ^who_is|was
n.askinfo ^what_is|does|did|was ^can|could_~3_confirm|clarify|explain ^let_~1_know
n.askinfo ^could|can_you_tell_me|us ^does_anyone_know ^what's_the_minimum|maximum|deadline|date|time
n.procedure ^apologies ^in_attendance next_meeting|session will_~2_take_place will_be_held_on|at|in
n.procedure took_place was_held_on|at|in ^agenda_item ^item ^any_other_business ^aob ^the_minutes_~6_approved|agreed
n.procedure minutes_of_the_last|previous ^no_further_comments|questions|business ^i'll|i_~2_hand_over_to
n.procedure ^let_me_hand_over_to ^handing_over_to ^for_noting ^for_information
b.reason because since so_that in_order_to otherwise_~2_would which_is_why given_that
b.reason seeing_as
b.value ^no_one|child|children|student|person|family|household|patient|pupil|resident|parent|carer|worker_~4_should|must|can|ought|deserves
b.value ^no_young|older_person|people_~3_should|must|can|ought|deserves ^no_one|child|student|person|family|household_~4_has_to
b.state ^no_budget|time|money|funding|capacity|staff|space|room|car|transport|signal|deputy|backup|cover|successor|replacement
b.state ^no_contingency|internet|computer|broadband|childcare|volunteers
s.field ^proposal|proposals|suggestion|suggestions|recommendation|recommendations|request|offer|counter-offer|counteroffer|counter-proposal
s.field ^position|solution|remedy|demand|demands|action|actions|mitigation|mitigations|measure|measures|controls|response
s.field ^decision|decisions|resolution|resolved|approved ^action_point|points ^next_step|steps
s.field ^our|final_offer|proposal|position ^proposed_action|mitigation|solution ^opportunity|opportunities ^o
b.field ^cause|causes|effect|effects|impact|consequence|consequences|risk|risks|issue|issues|problem|problems|concern|concerns
b.field ^fear|fears|worry|worries|need|needs|why|reason|reasons|rationale|challenge|challenges|barrier|barriers|gap|gaps
b.field ^weakness|weaknesses|threat|threats|hope|hopes|value|values ^w|t
b.field ^s|strength|strengths|background|context|situation|aim|aims|objective|objectives|purpose ^strong_points
b.field ^interest|interests|motivation ^pain_point|points ^root_cause|causes ^what_matters ^underlying_need|needs|interest|interests
n.field ^owner|owners|lead|status|date|dated|category|likelihood|probability|rag|rating|score|severity|priority|ref|reference
n.field ^id|deadline|due|attendees|present|absent|subject|re|from|to|cc|venue|location|time|when|where|agenda
n.field ^source|contact|version|frequency|proximity|trend|progress ^raised|reported|logged|submitted|reviewed|updated|approved_by
n.field ^date_raised|logged|opened|closed ^target|review|due_date ^review_frequency ^last_reviewed|updated ^action_owner
n.field ^risk_id|category|score|rating|owner|status ^linked_to|risks|actions|issues ^next_review ^for_info
n.field ^residual_risk|rating|score ^q
`,
  aliases:
    "wont=won't dont=don't cant=can't im=i'm id=i'd lets=let's cos=because cuz=because coz=because isnt=isn't doesnt=doesn't didnt=didn't wouldnt=wouldn't shouldnt=shouldn't couldnt=couldn't arent=aren't wasnt=wasn't werent=weren't havent=haven't hasnt=hasn't ive=i've youre=you're theyre=they're thats=that's whats=what's theres=there's",
  connectives: "because=1 since=1 so_that=1 otherwise=1 then=1 so=2 therefore=2 hence=2",
  purposeConnectives: "so=can|could|don't|doesn't|know|no|nobody|nobody's|stay",
  clauseSubjects:
    "i i'm i've i'd i'll we we're we've we'd we'll you you're you've you'd they they're they've they'd it it's it'll that's there's he he's she she's my our their his her nobody everyone",
  subjectConnectives: "as",
  reasonOpeners: "because since to so_that given_that seeing_as",
  abbreviations:
    "approx ca c max min incl excl etc esp vs cf no nos ref tel dept est avg govt cllr mr mrs ms dr st wk wks hr hrs mins yr yrs pp para jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun",
  stressedNumbers: "",
  riskNumbers: "r i",
  riskScores: "l=i p=i",
  prior: -1.04,
  model,
  splitWords,
};
