// English cue lexicon of the statement classifier. Syntax: see classify-engine.ts. The family
// ids are shared with the Dutch lexicon, so one fitted weight serves both languages.

/** Contractions and spelling variants mapped to one form (`from=to`). */
export const EN_ALIASES =
  "wont=won't dont=don't cant=can't im=i'm id=i'd lets=let's " +
  "isnt=isn't arent=aren't doesnt=doesn't " +
  "" +
  "organize=organise organized=organised organizing=organising favor=favour";

/** The English cue lexicon. */
export const EN_CUES = `s.propose propos* suggest* recommend* ^i_ask ^we_ask ask_that request* demand* insist* expect* call_for calls_for urge*
s.refuse refus* won't will_not ^i'm_not ^we're_not not_doing not_joining not_taking not_going_to_~2_again no_longer ^no ^never not_again again_unless full_stop period walk_away pull_out step_down resign* boycott* don't_~2_me
s.vote vote*_against vote*_for ^against i'm_against we're_against am_against are_against i'm_for we're_for in_favour oppose* veto*
s.condition first_~8_before before_i before_we before_the before_any before_anything unless as_long_as provided_that on_condition condition* only_~4_if
s.softq ^wouldn't_it ^wouldn't_~3_better ^why_not ^could_we ^couldn't ^can_we ^can_i ^should_we ^should_~3_not ^could
s.letus ^let's ^let_us ^what_if ^maybe_we ^maybe_~2_could ^perhaps_we ^why_don't ^how_about
s.imperative ^put ^give ^don't ^stop ^start ^make ^drop ^take ^move ^send ^keep ^bring ^set_up ^hire ^pay ^switch ^scrap ^cancel
s.means appoint* recruit* introduc* abolish* scrap* set_up setting_up establish* launch* organis* install* fund* financ* buy* purchas* build* rent* lease* send* move* relocat* shift* close* invit* offer* publish* sign* reserv* reimburs* compensat* allocat* rotat* station* draft* deliver* supply* hold* represent* chair submit* lend* merg* cover* book* call* email* hir* pay* paid shar* mov* use uses using run runs running join* sell*
s.concrete free rent-free fixed own_~1_a joint* jointly shared central* from_now_on instead_of only_~2_one at_least at_most minimum maximum percent euro euros permanent* directly one_named
s.time per_week per_month per_year per_day a_week a_month a_year every_week every_month every_year every_day each_year each_week each_month annual* monthly weekly quarterly by_20* by_the_end this_year next_week next_year next_month monday* tuesday* wednesday* thursday* friday* saturday* sunday* april o'clock half_past
s.payer paid_for_by paid_by guaranteed_by run_by funded_by managed_by
s.wish want wants would_like i'd_like we'd_like important_~3_that
s.number one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand half double
s.device final_say the_final_say the_last_word a_veto contact_person coordinator chair seat seats vote veto steering_group working_group committee council platform database fund charter label quota subscription* ticket* budget* subsid* grant* agreement contract* procedure rota schedule calendar meeting* open_day mediator interpreter consultant officer hub hubs building car_park parking helpdesk van truck bus shuttle app website software system* server* equipment room hall premises depot
s.firm on_principle ^we're_keeping ^we_keep ^we_stick stick_with ^i'm_going_to ^i_only i'll_only ^we_only ^from_now_on ^we're_starting ^we_start end_of_story
s.want_np i'd_love_to we'd_love_to need_a needs_a need_an needs_an want_a wants_a want_one wants_one want_my want_our wants_its want_the_~1_to wants_the_~1_to want_every wants_every want_no wants_no want_at_least i'd_like_the i'd_like_to_meet
s.scope every each all
s.modal must should have_to has_to ought
b.openq ^who ^how ^when ^where ^what_will ^what_happens ^what_do ^what_are
b.fear dread* fear* afraid scared worr* anxi* concern* uneasy nervous at_stake lose losing lost risk* threat* uncertain* insecur* keeps_me_up sleepless
b.hope hope* hoping wish* would_be_good would_be_nice would_be_great one_day
b.value believe* value* valu* care_about care_for matters matter essential crucial vital basic_right right_to rights dignit* integrity respect* equal* fair* fairness solidarity principle* conviction meaning* meaningful count counts deserve*
b.goal want*_to_be_a want*_to_be_an goal* aim* strive* striving driv* mission vision ambition* founded_so founded_to exists_to exist_to find_a_way way_to ^to_~4_to contribute* part_of_something what_keeps_me what_we're_after what_i'm_after what_matters
b.need have_to_know need_to_know want_to_know need needs need_to_~3_be_able requir* look*_~2_for seek* looking
b.feeling be_recognised be_recognized recognised_as recognized_as feel* feeling* tired_of fed_up sick_of bother* frustrat* exhausted* worn_out overwhelm* drown* swamped stretched left_alone on_my_own alone lonely heard seen valued appreciated recognition feel_recognised taken_seriously welcome at_home safe* hate unheard ignored
b.relation trust* distrust* mistrust* bond* connect* relationship* relation* contact_with atmosphere climate each_other get_to_know getting_to_know allies ally partnership conflict* tension* camp* side back-and-forth
b.state can_no_longer cannot_~4_anymore can't_~4_anymore can't_take cannot_take costs_us cost_us takes_us for_~2_months for_~2_weeks for_~2_years too_few too_little too_much too_many not_enough shortage* lack* miss missing barely hardly still more_and_more limit* pressure invisible depend* exclude* excluded left_out drown* eat*_up eating_up ^there_is ^there_are ^half ^every_~2_goes nobody_can unused waiting wait_~2_for
b.ability want*_~12_can pay_for_itself be_able_to able_to can_count_on make_ends_meet live_off live_from survive* keep_going stay_afloat get_by
b.avoid don't_want not_want wouldn't_want we'd_hate hate_to avoid* prevent* shouldn't mustn't nobody no_one no-one blame not_~2_alone
b.keep keep_~2_role maintain* protect* stay_~3_side on_our_side
b.self personal personally_~3_me grew_up my_parents my_own_experience as_a_child experience* i_give_up give_up which_is_why
b.abstract future certainty predictab* autonomy independen* influence say voice weight visib* credib* reputation* control wellbeing health opportunit* chance* calm peace inclusion inclusive sustainab* livab* affordab* viab* society efficien* privacy safety security
b.reason because since so_that in_order_to otherwise_~2_would which_is_why
`;

/** Connectives that join a position and its reason: `word:a` = the reason follows, `:b` = the reason came first; `lead` words open a reason clause at the start. */
export const EN_LINKS =
  "because:a since:a so_that:a otherwise:a then:a so:b therefore:b lead:because lead:since lead:to lead:so_that";
