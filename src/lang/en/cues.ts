// English cue lexicon of the statement classifier. Syntax: see classify-engine.ts. The family
// ids are shared with the Dutch lexicon, so one fitted weight serves both languages.

/** Contractions and spelling variants mapped to one form (`from=to`). */
export const EN_ALIASES = "wont=won't dont=don't cant=can't im=i'm id=i'd lets=let's";

/** The English cue lexicon. */
export const EN_CUES = `s.propose propos* suggest* recommend* ^i|we_ask ask_that request* demand* insist* expect* urge* call*_for
s.refuse refus* or_we|i_walk|leave|quit|stop|pull don't_agree do_not_agree won't|not|don't_accept* won't will_not ^i'm_not ^we're_not not_doing|joining|taking not_going_to_~2_again ^no ^never not_again again_unless full_stop resign* boycott* don't_~2_me will_no_longer
s.vote voted decided_to|that count_me_out count_me_as_a_no a_no|yes_on|to vote*_against|for ^against in_favour oppose* veto* i'm|we're|am|are_against|for
s.condition first_~8_before unless as_long_as provided_that on_condition condition* only_~4_if before_i|we|the|any|anything
s.softq would_be_better|best ^wouldn't_it ^wouldn't_~3_better ^why_not ^could_we ^couldn't ^can_we ^can_i ^should_we ^should_~3_not ^could
s.letus ^let's ^let_us ^what_if ^maybe|perhaps_we ^maybe_~2_could ^why_don't ^how_about
s.imperative ^put ^give ^don't ^stop ^start ^make ^move ^send ^keep ^bring ^set_up ^hire ^pay ^let
s.means appoint* recruit* introduc* abolish* scrap* set_up establish* launch* organis* install* fund|funds|funded|funding financ* buy* purchas* build* rent* lease* send* relocat* invit* offer* publish* reserv* reimburs* rotat* deliver* supply* hold* represent* submit* book* hir* pay* paid shar* mov* join* sell* station_~2_a stationed close closing sign signing signed use|uses|using run|runs|running organiz*
s.concrete free rent-free fixed own_~1_a joint* shared central* from_now_on instead_of only_~2_one at_least at_most minimum maximum percent euro euros permanent* directly one_named
s.time annual* monthly weekly by_20* this_year next_week|year monday* tuesday* wednesday* thursday* friday* saturday* sunday* o'clock half_past per|a|every|each_week|month|year|day
s.payer paid|guaranteed|run|funded|financed|managed_by paid_for_by
s.wish i|we_feel_that|we|the|our|it|this want wants would_like i'd|we'd_like important_~3_that
s.number one two three four five six seven eight nine ten twenty thirty hundred thousand half
s.device final_say the_last_word contact_person coordinator chair seat vote veto steering_group working_group committee council platform database fund charter label quota subscription* ticket* budget* subsid* grant* agreement contract* meeting* mediator hub building car_park parking helpdesk van truck bus shuttle app website software system* server* equipment room hall
s.firm on_principle from|starting_next stay*|remain*_~3_closed|shut ^we're_keeping ^we_keep|stick stick_with ^i'm_going_to ^i_only i'll_only ^we_only ^from_now_on
s.want_np i'd|we'd|would_rather rather_~8_than i'd_love_to we'd_love_to wants_its want_the_~1_to wants_the_~1_to want_at_least i'd_like_the i'd_like_to_meet need|needs|want|wants_a|an|one|two|three|four|five|ten|my|our|every|no
s.scope every each all
s.modal must should have_to has_to ought
b.openq ^who ^how ^when ^where ^what_will|happens|do|are
b.fear fear* daren't|don't_dare afraid scared worr* anxi* concern* uneasy nervous at_stake lose losing lost risk* threat* uncertain* insecur*
b.hope hope* wish* would_be_good|nice|great one_day
b.value believe* valu* care_about care_for essential crucial vital basic_right right_to rights dignit* respect* equal* fair* principle* meaning* count deserve* matter*
b.goal as_long_as_possible a_place|space_where make*|making_a_~1_difference want*_my|our_~2_to want*_to_be_a goal* aim* strive* driv* mission vision ambition* find_a_way way_to ^to_~4_to contribute* part_of_something what_keeps_me what_matters founded|exists|exist_to|so what_we're|what_i'm_after must|should_~4_better|more_clearly|more_openly
b.need have_to_know need_to_know want_to_know need needs need_to_~3_be_able requir* look*_~2_for seek* looking
b.feeling be_recognised recognised_as feel* tired_of fed_up sick_of bother* frustrat* exhausted* worn_out overwhelm* drown* swamped left_alone on_my_own alone heard seen valued appreciated recognition taken_seriously welcome at_home safe* hate
b.relation trust* bond* connect* relationship* contact_with atmosphere climate each_other get_to_know allies ally partnership conflict* tension* camp* side back-and-forth
b.state hard|difficult_to end|ends|ended_up stuck can't|cannot|couldn't_find ^we|i|they|people_keep_getting|having|losing|hearing|seeing can_no_longer can't|cannot_take too_few|little|much|many not_enough shortage* lack* miss missing barely hardly still more_and_more pressure depend* exclude* left_out eat*_up ^there_is ^there_are ^half ^every_~2_goes nobody_can unused waiting wait_~2_for waste_of cannot|can't_~4_anymore costs|cost|takes_us for_~2_months|weeks|years
b.ability want*_~12_can pay_for_itself be_able_to able_to can_count_on make_ends_meet live_off|from survive* keep_going stay_afloat get_by
b.avoid don't|not|wouldn't_want we'd_hate hate_to avoid* prevent* shouldn't mustn't nobody blame not_~2_alone
b.keep keep_~2_role maintain* protect* stay_~3_side on_our_side
b.self personal personally_~3_me grew_up my_parents my_own_experience as_a_child experience* give_up
b.abstract future certainty predictab* autonomy independen* influence say voice weight visib* credib* reputation* control wellbeing health opportunit* chance* calm peace inclusion inclusive accessib* sustainab* affordab* society privacy safety security
b.reason because since so_that in_order_to otherwise_~2_would which_is_why
`;

/** Connectives that join a position and its reason: `word=1` the reason follows, `=2` it came first. */
export const EN_LINKS = "because=1 since=1 so_that=1 otherwise=1 then=1 so=2 therefore=2";

/** Words that open a reason clause at the start of a statement ("Because ..., X"). */
export const EN_LEAD = "because since to so_that";
