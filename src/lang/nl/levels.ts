// Dutch (and Flemish) level cues: the words that show whose stake a statement speaks for (the person,
// the organisation, the network), and the words of two constructions that name an
// organisation: a group naming its role, and a statement opening with one organisation.

import type { LevelsPart } from "../types";
import { levelModel } from "./level-model";

/** The Dutch (and Flemish) level cues and construction words. */
export const levels: LevelsPart = {
  cues: `individu ik 'k k ikke mijn m'n mijne mij me:1.5 mezelf persoonlijk:1.5 zelf:0.5 ik_vrees:0.3
individu ik_hoop:0.3 ik_stel_voor:0.3 ik_pleit:0.3 ik_ben_voor:0.3 ik_ben_tegen:0.3 ik_vind:0.3
individu ik_denk:0.3 ik_ben_bang:0.3 ik_wil_dat:0.5 ik_zou_willen_dat:0.5 mijn_organisatie:0.3
individu mijn_team:0.3 mijn_ploeg:1 mijn_dienst:0.5 mij_dwars:0.3 ik_hoop_gewoon:0.3
individu ik_wil_dat_we:0.3 ik_zou_graag_hebben_dat:0.5 ik_zou_het_fijn_vinden:0.3 ik_vind_het:0.3
individu ik_zie_graag:0.3 ik_droom_van:0.3 ik_eis:0.3 ik_steun:0.3 ik_verwacht:0.3 ik_zou_graag_zien:0.3
individu ik_zie_liever:0.3 ik_zou_liever:0.3 ik_stem:0.3 ik_kies_voor:0.3 ik_zou:0.3 k_zou:0.3
individu ik_ben_het_eens:0.3 ik_ben_het_oneens:0.3 ik_ben_blij:0.3 ik_ben_tevreden:0.3
individu ^ben:1 ^heb:1 ondergetekende:2 hij:0.5 hem:0.5
organisatie onze ons:1.5 wij:0.7 we:0.7 *organisatie:1 vzw:1.5 vereniging:1 bedrijf:1 team:1
organisatie personeel:1 medewerkers:1 leden:1 klanten:1 clienten:1 werking:1 mijn_organisatie:2.5
organisatie mijn_team mijn_dienst:1.5 als_organisatie:2.5 als_vereniging:2.5 als_vzw:2.5
organisatie als_bedrijf:2.5 als_school:2.5 als_gemeente:2.5 als_stad:2.5 als_dienst:2.5 wij_als
organisatie we_als voor_ons:1.5 ons_eigen onze_eigen eigen:0.5 club:1 *maatschappij:1 ons_team
organisatie onze_mensen onze_leden onze_medewerkers onze_vrijwilligers bij_ons:1.5 werkgever:1
organisatie namens:3 ^reactie_van:2.5 ^antwoord_van:2 vertegenwoordiger*:2 afgevaardigde*:2 directeur:1.5
organisatie directie:1.5 bestuur:1 bestuurslid:1.5 bestuursleden:1.5 penningmeester:1.5 zaakvoerder:1.5
organisatie mijn_zaak:1 m'n_zaak:1 mijn_winkel:2.5 m'n_winkel:2.5 mijn_bedrijf:2.5 m'n_bedrijf:2.5
organisatie mijn_praktijk:2.5 mijn_apotheek:2.5 mijn_boerderij:2 mijn_klanten:2 m'n_klanten:2
organisatie mijn_personeel:2.5 mijn_medewerkers:2.5 mijn_vrijwilligers:2 mijn_patienten:2 mijn_vzw:2.5
netwerk samen samenwerking*:1.5 *samenwerking:1.5 samenwerkingsverband gezamenlijk*
netwerk gemeenschappelijk* gedeeld* onderling* wederzijds* elkaar tussen:1.5 alle:1.5 allemaal:1.5
netwerk iedereen:1.5 niemand:1.5 elke:1 elk:1 beide:1 met_z'n_allen *netwerk*:1.5 regio
netwerk *regio*:1.5 regionaal regionale streek provincie:1 sector:1.5 *partners:1.5 *overleg:1
netwerk platform:1 gemeenten:1.5 steden:1.5 besturen:1.5 *organisaties:1.5 verenigingen:1.5
netwerk scholen:1 hogescholen:1 *bedrijven:1 werkgevers:1 *voorzieningen:1 diensten:1 inwoners:1.5
netwerk bewoners:1 burgers:1.5 gezinnen:1.5 families:1.5 ouders:1 patienten:1.5 kinderen:1
netwerk jongeren:1 ouderen:1 mensen:1 doelgroep:1.5 samenleving:1.5 iedere:1 *zone:1 als_netwerk:3
netwerk met_een_stem met_een_mond volgende_generatie in_de_buurt:1.5 buurt:1 wijk:1 wijken:1.5
netwerk dorp:1 dorpen:1.5 gemeente:0.5 *clubs:1 huurders:1 leerlingen:1 onze_kleinkinderen:2.5
netwerk toekomstige_generaties elke_*dag:0.1 elke_week:0.1 elke_maand:0.1 elk_jaar:0.1
netwerk elk_kwartaal:0.1 elke_keer:0.1 elke_avond:0.1 elke_ochtend:0.1 elke_voormiddag:0.1
netwerk elke_namiddag:0.1 elke_nacht:0.1 elke_zomer:0.1 elke_winter:0.1 elk_seizoen:0.1
netwerk onze_stad:2.5 ons_dorp:2.5 onze_dorpen:2.5 onze_buurt:2.5 onze_wijk:2.5 onze_regio:2.5
netwerk onze_streek:2.5 onze_samenleving:2.5 onze_planeet:2.5
netwerk onze_inwoners:2.5 onze_burgers:2.5 ons_land:2.5 onze_straten:2.5 onze_gemeenschap:2.5
netwerk we_allemaal:2 wij_allemaal:2 we_allebei:2 wij_allebei:2 we_samen:2 wij_samen:2
`,
  role: {
    word: "als",
    articles: "",
    notARole:
      "de het 't een die dat deze dit we wij ze zij ik 'k je jij ge gij u hij men er ons onze mijn m'n zijn haar hun uw iemand niemand iedereen alles niets iets elke elk alle er dan nu ook zo toch maar niet nog wel alleen gevolg eerste laatste enige voorbeeld geheel het ware volgt zodanig gewoonlijk altijd nodig mogelijk meer minder beter goed",
    we: "we wij ons onze",
    cue: "als …",
  },
  subject: {
    openers: "de het 't",
    organisations:
      "organisatie vereniging vzw club school centrum bibliotheek bib cooperatie jeugdhuis bedrijf werking dienst maatschappij ziekenhuis museum praktijk apotheek kring opvang creche firma",
    compoundHeads: true,
    notAnOrganisationBefore: "stad stads dorp dorps buurt wijk bewoners",
    groupAfter: "",
    joiners: "en van",
    speaks:
      "wil wenst vraagt verzoekt laat_weten geeft_aan wijst_erop wijst_op biedt_aan biedt weigert antwoordt vreest bevestigt eist gaat_akkoord gaat_niet kan_niet zegt meldt benadrukt verwacht dringt_aan heeft_nood engageert_zich verzet_zich steunt",
    and: "en",
  },
  model: levelModel,
};
