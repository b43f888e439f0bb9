// English lens cues: the words and phrases that show through which lens (bril) a statement
// looks. One line per lens and chunk of entries; entries without `:weight` weigh 2. Dutch
// compounds are reached by their parts (`*budget*`, `subsidie*`).

import type { LensesPart } from "../types";
import { lensModel } from "./lens-model";

/** The English lens cues. */
export const lenses: LensesPart = {
  cues: `utilitair money cash cost* cheap* afford* pay:1.5 paid:1.5 paying:1.5 reimburs* free:0.5 rent:1.5
utilitair rent-free budget* subsid* grant*:1.5 funding financ* resources:1.5 invest* return:1.5
utilitair profit* revenue* income turnover salary salaries wage* price*:1.5 purchas* buy buying
utilitair supplier*:1.5 wholesale* licen* save:1.5 saving* efficien* capacity staff:1.5 staffing
utilitair shortage* short-staffed vacanc* hire hiring recruit* workload hours:1.5 time:1 overtime
utilitair weekends:1.5 shift shifts rota schedule:1.5 paperwork admin*:1.5 job jobs contract:1.5
utilitair order*:1 volume:1.5 equipment truck:1.5 van:1.5 car:0.5 cars:1 vehicle*:1.5 building:1.5
utilitair space:1 storage warehouse servers:1.5 software:1.5 tool*:1 system:1 platform:1 logistic*
utilitair kilometres:1.5 kilometers:1.5 minutes:1.5 fast:1 faster:1.5 travel*:1 transport:0.5
utilitair deliver*:1.5 supplies projects:1.5 project:1 unused survive:1.5 living:1 keep_going:1.5
utilitair predictab*:1.5 places:1 waiting:1 subscription:1.5 ticket:1 tickets:1 share:0.5 load:1.5
utilitair half-day:1.5 evenings:1.5 nights:1.5 days_off:1.5 a_week:1 fee:1.5 fees:1.5 fund:1.5
utilitair funds:1.5 funded:1.5 fundraising:1.5 euro euros wait:1 waiting_list* overheads
utilitair margin*:1.5 sales:1.5 market:1 invoice* bill:1.5 bills:1.5 billing tender*:1.5
utilitair procurement quote:1 insurance:1.5 tax:1.5 taxes:1.5 allocation:1.5 economic*:1.5
utilitair economies_of_scale:2.5 productivity output:1.5 roster personnel manpower headcount
utilitair premises venue:1.5 rooms:1 vans:1.5 fuel petrol energy_bill* maintenance:1.5 repair*:1
utilitair renovation*:1.5 stock:1.5 mileage earn:1.5 earns:1.5 earning*:1.5 waste_of_money:2.5
utilitair wasted:1.5 value_for_money:2.5 break_even saturday*:1 sunday*:1 weekday*:1
utilitair working_day:1.5 workday*:1.5 too_much:1 effort:1.5 duplicat* reinvent* for_nothing:1
utilitair minibus:1.5 bus:1 gear:1.5 lend:1.5 borrow*:1.5 reports:1 forms:1.5 red_tape bureaucra*
utilitair burnout burn-out exhausted overworked overloaded stretched:1.5 tired:1 busy:1.5
utilitair deadline*:1.5 meetings:0.5 bookkeep*:1.5 accountant*:1.5 accounting:1.5 store:1
utilitair labour_market:1.5 laptop:1.5 computer*:1 loss:1 losses:1.5 sell:1 selling:1 rental
utilitair hall:1 pricey accounts:1 on_time:1.5 delay*:1.5 waiting_time* queue*:1 time-consuming
utilitair time-saving workforce hands:1 manning:1.5 technicians vacant:1.5 empty:1 volunteers:1
utilitair compensation replacement*:1.5 cover:1 sick_leave sick:1 absence*:1 courier*:1.5 spare:1
utilitair pool:1 pooling:1.5 booking*:1.5 fully_booked running_costs occupancy technical:1 expens*
utilitair save_time no_time understaff* night_shift*:1.5 paid_for:1.5 facilities:1.5 overbooked
utilitair backlog arrears debt*:1.5 loan*:1.5 cash_flow self-funding cost_recovery scarce:1.5
utilitair scarcity:1.5 downtime turnaround:1.5 lead_time*:1.5 throughput yield:1.5 harvest:1
utilitair electricity:1 payroll employees:1 employment:1.5 crowded:1 turn_away:1.5 turned_away:1.5
utilitair agency_staff temps:1.5 temporary:1 interim:1.5 monday*:0.5 tuesday*:0.5 wednesday*:0.5
utilitair thursday*:0.5 friday*:0.5 pays:1.5 lease:1.5 leases:1.5 charges:1.5 heating:1.5 broken:1
utilitair breaks_down:1.5 broke_down:1.5 leak*:1.5 damage*:1.5 clean_up:1.5 cleaning:1.5 slot:1
utilitair slots:1 knackered:2 worn_out:2 burnt_out:2 burned_out:2
politiek power powerful influence* a_say the_final_say say_in vote* voting seat* board:1.5 chair
politiek chairman chairperson decid* decision* recogni* reputation credibility credited credit:1.5
politiek name:1 logo visib* invisible policy:1.5 politic* mayor:1.5 alderman:1.5 minister:1.5
politiek governor:1.5 government:1.5 council*:1.5 mandate spokes* press:1.5 paper:1 represent*
politiek delegate* heard voice veto:3 agenda lobby* position:1.5 standing:1.5 role:1 autonomy
politiek control:1.5 lead:1 leadership steering committee:1.5 consulted count:1.5 blame scapegoat
politiek signing:1.5 sign:1 authority ignore:1.5 status prestige weight:1 clout demand*:1 chair_of
politiek coordinat*:1 co-author publication*:1 answering_to election* majority consensus
politiek shaping:1.5 independent:1 party:0.5 parties:0.5 opposition coalition:1.5 minority:1.5
politiek councillor* cabinet:1.5 parliament* ministry:1.5 authorit*:1.5 elected electorate
politiek constituency campaign*:1 media:1.5 journalist*:1.5 headlines:1.5 publicity profile:1.5
politiek image:1.5 endorse*:1.5 negotiat*:1.5 bargaining advocacy leverage steer*:1.5 oversight
politiek hierarchy accountab*:1 jurisdiction dominat* dominance sideline* overrul* bypass*:1.5
politiek ignored:1.5 a_voice have_a_say:2.5 no_say:2.5 in_charge takeover:1.5 take_over:1
politiek brushed_aside at_the_table rules:1 regulation*:1.5 lose_out loses_out
politiek pulling_the_strings:2.5 strings:1 who_decides:2.5 call_the_shots:2.5 calls_the_shots:2.5
politiek take_credit:2.5 honour:1 advice:1 advisory:1.5 consult*:1.5 informed:1.5 bypassed
politiek final_word:2.5 last_word:2.5 top-down pawn big_players:1.5 stand_strong united_front:2.5
politiek federal:1 co-sign* agreement:1 agreements:1 speak_for:1.5 on_behalf:1.5 newspaper:1
politiek candidate* candidacy jury panel:1 block:1 blocked:1.5 dependent:1.5 overshadowed
politiek drowned_out pushed_aside steamrolled pecking_order turf:1.5 leader:1.5 blamed blames
politiek explain_to:1.5 justify answer_to answerable be_seen taken_seriously:2.5 nobody_asked:2.5
politiek not_asked never_asked:2.5 side_project junior_partner:2.5 full_partner:2.5
politiek the_last_to_know:2.5 over_our_heads:2.5 without_us:1.5 opinion:1.5 opinions:1.5 say:1
politiek same_say:2.5 directors:1.5 board's:1.5 union:1 unions:1 boss:1.5 bosses:1.5 impose*
politiek dictate* counterweight spotlight limelight mandates say_over in_the_loop kept_informed
politiek power_over ribbon as_a_partner on_the_wheel at_the_wheel equal_partner*:2.5 acknowledg*
politiek who_i_am who_we_are:1.5 errand_boy* errand_boys outvot*:2.5 out-vot*:2.5 taking_over:1.5
politiek takes_over:1.5 publish*:1.5 publicly:1.5 in_public:1.5 behind_closed_doors:2.5
politiek transparen*:1.5 forgot_we_exist:2.5 forget_we_exist:2.5 forgotten_we_exist:2.5
politiek take_seriously:2 takes_seriously:2 persuade*:1.5 convince:1.5
zingevend vision value:1.5 values mission dignity dignified inclusion inclusive exclude* exclusion
zingevend accessib* sustainab* organic climate environment* green:1 plastic*:1.5 societ* social:1
zingevend fair:1.5 fairness unfair just:0.5 justice injustice right:0.5 rights ethic* integrity
zingevend conscience principle* believe*:1.5 belief* poverty poor:1.5 vulnerable disadvantaged
zingevend equal* discrimin* racis* exploit* harassment welcome:1.5 everyone:1 nobody:1.5
zingevend undocumented:1.5 refugee*:1 meaning* meaningful:1.5 purpose matter*:1 passion calling
zingevend story:1.5 stories:1.5 history:1.5 heritage:0.5 identity generation* future:0.5
zingevend grandchildren quality:1 wellbeing well-being welfare:0.5 safety:1.5 safe:1 prevention:1
zingevend privacy personal_data human:1.5 people:0.5 care_about:0.5 refuse:1.5 won't:0.5 never:1
zingevend charter:1.5 personal:1 speak_up elderly:1 older_people:1 disabled:1.5 homeless
zingevend migrants:1 means_something keeps_me_going:2.5 regardless:1.5 plain_language
zingevend social_housing:2.5 disabilit* part_of_something:2.5 founded living_alone:1.5 drives:1
zingevend driven:1 values_the:0.5 ideals idealis* conviction* commitment:1 impact:1.5
zingevend make_a_difference:2.5 difference:1 added_value social_value public_good common_good
zingevend human_rights equity equitable emancipat* empower* participation:1.5 citizenship democra*
zingevend children's_rights animal_welfare biodiversity nature:1.5 ecolog* carbon emissions
zingevend circular:1.5 recycl*:1.5 fair_trade diversity diverse:1.5 intercultural humane humanity
zingevend compassion* empathy solidarity vocation inspir*:1.5 quality_of_life
zingevend future_generations:2.5 honesty sexism barrier*:1.5 low-threshold stand_for tailored:1
zingevend earth planet forgive:1.5 let_down:1 in_need take_care_of:1 decency decent:1.5
zingevend right_thing:2.5 moral* help_people roof_over their_lives:1.5 own_lives core_idea:1.5
zingevend core_values renewabl* solar:1.5 energy_transition child_labour:2.5 child_labor:2.5
zingevend asylum:1.5 access:1 basic_right a_right:1.5 equal_opportunit* second_chance
zingevend fair_price:2.5 volunteering:1.5 respect_for convinced for_everyone:1.5 exists_so
zingevend exists_to cut_off:1.5 left_behind forced_labour:2.5 forced_labor:2.5 who_can_afford:2.5
zingevend not_okay:1.5 not_right wrong:1.5 shame*:1.5 ashamed:1.5 every_child:1.5 unfairly
zingevend liveable livable choose:1 choice:1 deserve*:1.5 humiliat* nature_conservation
zingevend self-reliance the_weakest open_to_everyone open_to_all right_to health:1 talent*:1
zingevend pointless:1.5 worthwhile:1.5 through_the_cracks:2.5 no_one_should:2.5 nobody_should:2.5
zingevend without_money:1.5 bring_myself can't_bring_myself:2.5 like_a_number:2.5
zingevend just_a_number:2.5 like_everyone_else:2.5 just_like_the_others:2 fossil*:1.5 heat_pump*:1
zingevend off_gas:1.5 no_gas:1 migration_background:2
relationeel trust* distrust* mistrust* reliab*:1.5 contact* bond* relation* respect*:1.5
relationeel atmosphere climate_between get_to_know know_each_other each_other:1.5 one_another:1.5
relationeel meet:1.5 meeting_people met:1 conversation* talk:1.5 talking:1.5 call:1.5 phone:1.5
relationeel coffee lunch dinner beer:1 drink*:1.5 picnic barbecue party:1.5 reception:1.5
relationeel visit*:1.5 invite* conflict* tension* quarrel* mediat* apolog* next_door friend*
relationeel colleague*:1.5 team:1 alone:1.5 lonely left_alone have_my_back my_back side:1 allies
relationeel ally competitor* competition:1.5 connect* belong* buddy face-to-face one-on-one
relationeel informal* same:0.5 keep:0.5 appreciat* valued:1 together:0.5 back-and-forth feel:0.5
relationeel each_other's call_us:2.5 call_me:2.5 living_around togetherness community_spirit
relationeel team_spirit camaraderie collegial* openness:1.5 listen*:1.5 understanding:1 mutual:1.5
relationeel gratitude thank*:1.5 cosy get-together* teambuilding team-building outing:1.5
relationeel confidential*:1.5 rapport chemistry:1.5 click:1 misunderstanding* frustrat*:1.5
relationeel irritat* resentment grudge feud falling_out:2.5 fell_out:2.5 reconcil* clash*:1.5
relationeel dispute*:1.5 approachab* point_of_contact:2.5 contact_person:2.5 goodwill
relationeel good_terms:2.5 speaking_terms:2.5 warmth loyal* isolated:1.5 chat* small_talk
relationeel get_along:2.5 gets_along:2.5 get_on_with by_myself:1 in_the_eye going_well_between
relationeel between_us:1.5 table_with:1.5 feel_at_home:2.5 at_home_in know_anyone gossip*
relationeel make_peace:2.5 looked_down:2.5 look_down_on:2.5 looks_down_on:2.5 ring:1 ring_me pint
relationeel hospitality host*:1 introduc*:1.5 acquaint* grievance:1.5 hurt:1.5 offended
relationeel disrespect* left_out group_chat whatsapp:1.5 email:1 e-mail:1 mail:1 in_person
relationeel personal_contact personal_touch first_name:1.5 open_day:1.5 know:1.5 knows:1.5 known:1
relationeel spoken:1.5 speak_to:1.5 speaking_to:1.5 stranger* accepted:1.5 acceptance:1.5
relationeel welcomed:1.5 disengag*:1.5 involved:1 involvement:1.5 poach*:1.5 say_hello greet*:1.5
relationeel hello:1 by_name lawyers:1 drop_out:1 dropping_out:1 rivalry rivals working_against
relationeel bad_blood:2.5 cohesion social_cohesion warm:1 warmly:1.5 jealous* suspicion suspicious
relationeel sorry bicker* squabbl* keep_their_word keep_our_word distance:1 polaris*:1.5
relationeel polariz*:1.5 faces:1.5 familiar:1.5 close-knit tight-knit club_spirit closeness
relationeel regulars:1.5 regular_customers good_morning abandon* values_them:2.5 values_us:2.5
relationeel value_us:2.5 value_them:2.5 miss:1 neighbour neighbours neighbourly neighbourliness
relationeel neighbor neighbors neighborly neighbourhood:1 neighborhood:1 friction on_my_own
relationeel on_our_own:1.5 pitting:2 pit_against:2 against_each_other:2 show_up:1.5 shows_up:1.5
relationeel showed_up:1.5 set_foot:2 reception_centre:0.1 reception_center:0.1
relationeel reception_agency:0.1 directly:1 isolation:1.5 turn_to:1.5
`,
  model: lensModel,
};
