// English level cues: the words that show whose stake a statement speaks for (the person,
// the organisation, the network), and the words of two constructions that name an
// organisation: a group naming its role, and a statement opening with one organisation.

import type { LevelsPart } from "../types";
import { levelModel } from "./level-model";

/** The English level cues and construction words. */
export const levels: LevelsPart = {
  cues: `individu i i'm i'd i'll i've my me myself mine personally i_hope:0.3 i_fear:0.3 i'm_afraid:0.3
individu i_propose:0.3 i_suggest:0.3 i_think:0.3 i_believe:0.3 i_want_the:0.5 i'd_like_the:0.5
individu my_organisation:0.3 my_organization:0.3 my_team:0.3 my_staff:0.3 i_just_hope:0.3
individu i'd_like_us:0.3 i_want_us:0.3 i'd_love_it_if:0.3 i'd_love_it:0.3 i'd_like_it_if:0.3
individu i_wish:0.3 i_dream:0.3 i_would_like_to_see:0.3 i'd_like_to_see:0.3 i_would_love_to_see:0.3
individu i'd_love_to_see:0.3 i_support:0.3 i_would_support:0.3 i'd_support:0.3 i_feel:0.3
individu i_vote:0.3 i'd_vote:0.3 i_would_vote:0.3 i_am_pleased:0.3 i'm_pleased:0.3 i_am_against:0.3
individu i'm_against:0.3 i_am_for:0.3 i'm_for:0.3 i_prefer:0.3 i_would_prefer:0.3 i'd_prefer:0.3
individu speaking_for_myself:3 on_my_own_behalf:3
individu i_don't_think:0.3 i_do_not_think:0.3 i_imagine:0.3 i_agree:0.3 i_disagree:0.3 i_oppose:0.3
organisatie our ours:1.5 us:1 we:0.7 we're:0.7 we'd:0.7 we'll:0.7 organisation:1 organization:1
organisatie association:1 society:0.5 company:1 team:1 staff:1 members:1 clients:1 customers:1
organisatie my_organisation:2.5 my_organization:2.5 my_team my_staff as_an_organisation:2.5
organisatie as_an_organization:2.5 as_a_company:2.5 as_a_school:2.5 as_organisers:2.5 we_as
organisatie our_own own:0.5 club:1 charity:1 firm:1 our_people our_members our_volunteers
organisatie our_staff our_team its:0.5 provider:1 employer:1
organisatie my_shop:2.5 my_business:2.5 my_company:2.5 my_firm:2.5 my_practice:1 my_pharmacy:2.5
organisatie my_farm:2 my_charity:2.5 my_customers:2 my_clients:2 my_patients:2 my_employees:2.5
organisatie my_volunteers:2
organisatie on_behalf_of:3 speaking_for_the|our|a|an:3 ^response_from:2.5
organisatie representative|representatives_of|from|for:2
netwerk together jointly joint shared common:1.5 each_other one_another between:1.5 among:1.5
netwerk all:1.5 everyone:1.5 everybody:1.5 nobody:1.5 no_one:1.5 every:1 each:1 both:1
netwerk network*:1.5 partnership collaboration:1.5 region* province:1 sector:1.5 partners:1.5
netwerk municipalities:1.5 towns:1.5 cities:1.5 organisations:1.5 organizations:1.5
netwerk associations:1.5 schools:1 colleges:1 companies:1 employers:1 services:1 residents:1.5
netwerk citizens:1.5 families:1.5 parents:1 patients:1.5 children:1 young:1 elderly:1 people:1
netwerk society:1 zone:1 community:1.5 here:0.5 as_a_network:3 one_voice next_generation
netwerk neighbourhood:1.5 neighborhood:1.5 village*:1 town:1 area:1 district:1 people_in:1
netwerk locals:1.5 local_people:1.5 valley:1 clubs:1 tenants:1 pupils:1 households:1.5
netwerk our_grandchildren:2.5 future_generations every_*day:0.1 every_week:0.1 every_month:0.1
netwerk every_year:0.1 every_quarter:0.1 every_time:0.1 every_evening:0.1 every_morning:0.1
netwerk every_night:0.1 every_summer:0.1 every_winter:0.1 every_season:0.1 each_*day:0.1
netwerk each_week:0.1 each_month:0.1 each_year:0.1 each_time:0.1
netwerk our_city:2.5 our_town:2.5 our_community:2.5 our_communities:2.5 our_region:2.5
netwerk our_village:2.5 our_neighbourhood:2.5 our_neighborhood:2.5
netwerk our_economy:2.5 our_society:2.5 our_planet:2.5 our_country:2.5 our_streets:2.5
netwerk our_residents:2.5 our_citizens:2.5 our_downtown:2.5 we_all:2 we'd_all:2 we_both:2
`,
  role: {
    word: "as",
    articles: "a an",
    notARole: "",
    we: "we we're we'd we'll we've us our",
    cue: "as a …",
  },
  subject: {
    openers: "the",
    organisations:
      "organisation organization association club school centre center library co-op cooperative company firm charity service society museum practice pharmacy home hospital provider agency",
    compoundHeads: false,
    notAnOrganisationBefore: "town city village shopping",
    groupAfter:
      "cluster network networks group groups partnership federation board council committee",
    joiners: "and of",
    speaks:
      "wants asks asked says said offers offered refuses refused insists insisted objects objected supports rejects rejected declines declined welcomes welcomed stresses stressed warns warned fears feared would_like cannot",
    and: "and",
  },
  model: levelModel,
};
