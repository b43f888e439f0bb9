import { checkOptions, checkString } from "../internal/args";
import {
  type Compiled,
  type CueHit,
  type DetectOptions,
  lexiconFor,
  matchCues,
  prepare,
  sumScores,
} from "../internal/detect-lexicon";
import type { Lang } from "../lang";
import { BRILLEN, type Bril } from "../model/bril";

export type { CueWeights, DetectLexicon, DetectOptions } from "../internal/detect-lexicon";

/** The score of one lens for a statement. */
export interface BrilScore {
  /** The lens. */
  readonly bril: Bril;
  /** Sum of the weights of the cues that point to this lens; `0` when none do. */
  readonly score: number;
}

// Built-in cue lists per language and lens (format: see parseCues in internal/detect-lexicon; the
// minifier joins the string pieces into one).
const BRIL_CUES: { readonly [L in Lang]: { readonly [B in Bril]: string } } = {
  nl: {
    utilitair:
      "*geld euro *euro's kost *kosten kostprijs kosteloos:1 goedkoop* duur:1 duurder " +
      "betaalbaar* betal*:1.5 *betaald:1.5 terugbetal* gratis:0.5 budget* *budget* subsidie* " +
      "*subsidie* financ* *financiering *middelen:1.5 investering* investeren *investering " +
      "terugverdien* rendabel rendement winst omzet opbrengst* *inkomsten inkomen:1.5 loon " +
      "lonen *loon:1.5 loonkost* vergoeding* *vergoeding huur huurprijs aankoop* aankopen " +
      "kopen:1.5 inkopen *licentie* tarief:1 prijs:1.5 *prijs:1 factuur besparen besparing* " +
      "efficien* dubbel_werk *capaciteit bezetting* *personeel manschappen medewerkers:1 " +
      "*tekort:1.5 tekort*:1.5 te_weinig:1 vacature* aanwerv* *krachten:1 inzetbaar werkdruk " +
      "werkvolume *volume:1 uren:1.5 uur:1 werkuren overuren tijd:1 tijdverlies weekends:1.5 " +
      "*ploeg:1.5 *dienst*:0.5 *diensten:1 shift*:1.5 rooster:1.5 planning:1 administratie* " +
      "papierwerk *administratie job jobs contract:1.5 werkzekerheid zekerheid:1 " +
      "*materiaal:1.5 infrastructuur *wagen:1.5 wagen:1 auto:1 *voertuig*:1.5 magazijn opslag " +
      "*centrale:1.5 ruimte:1 gebouw:1.5 lokaal:0.5 *systeem:1 software*:1.5 *software:1.5 " +
      "platform:1 *pakket:1 laptop:1.5 *scherm:1 projecten:1.5 project:1 logistiek* " +
      "verplaatsing* kilometer*:1.5 *minuten:1.5 snel:1 sneller:1.5 vervoer:1 levering*:1.5 " +
      "*levering:1.5 leveren:1 afname bestelling* opdrachten:1 klanten:0.5 overhouden " +
      "verlies*:1 verliezen:0.5 rond_te_komen rondkomen leven_van volhouden:1 op_tijd:1.5 " +
      "uitlenen lenen:1.5 delen:1 *plaatsen:1.5 wachtlijst* voorraad veroorloven vrijstelling " +
      "plaats:0.5 *abonnement:1.5 goedkoper extra:0.5 uitgeput moe:1.5 oververmoeid burn-out " +
      "overbelast* werkplek*:1.5 arbeidsmarkt:1.5 avonden:1.5 nachten:1.5 per_week:1 " +
      "per_maand:1 kunnen_leven:1.5 *permanentie:1.5 centen prijzig zuinig*:1.5 " +
      "schaalvoordeel schaalvoordelen winstgevend* verlieslatend rendabiliteit begroting* " +
      "*begroting werkingsmiddelen mankracht handen:1 tijdrovend tijdwinst werklast planlast " +
      "doelmatig* productiviteit afzet afzetmarkt verkoop:1.5 verkopen:1 factur* offerte* " +
      "aanbesteding* overheidsopdracht* uitrusting apparatuur toestellen:1.5 voertuigen:1.5 " +
      "zaal:1 zalen:1 onderhoud:1.5 herstelling*:1.5 renovatie*:1.5 energiefactuur brandstof " +
      "benzine* verzekering*:1.5 belasting*:1.5 heffing*:1.5 lidgeld:1.5 verdienen:1.5 " +
      "verdien:1.5 geldverspilling verspilling:1.5 zonde_van_het_geld:2.5 zaterdag*:1 " +
      "zondag*:1 weekend*:1 werkdag*:1.5 te_veel:1 inspanning*:1.5 dubbel:1.5 warm_water " +
      "busje:1.5 bus:1 rapport*:1 formulieren:1 bureaucratie overwerkt druk:1 drukte:1.5 " +
      "deadline*:1.5 boven_het_hoofd vergaderingen:0.5 boekhoud*:1.5 boekhouding computer*:1 " +
      "verhuur* wachttijd* vertraging*:1.5 tijdbesparend personeelsbestand arbeidskrachten " +
      "leegstand leegstaan* technici technieker* vrijwilligers:1 aannemen:1 compensatie " +
      "*shiften:1.5 nachtdienst*:1.5 weken:1 dagen:1 vervanging* *vervanging*:1.5 ziekte*:1 " +
      "afwezig*:1 uitval:1.5 koerier*:1.5 beu:1 als_enige:1 gebrek_aan:1 uitgaven tijdsgebrek " +
      "geen_tijd dure:1.5 bespaard *kost:1.5 betaalbare reservatie*:1.5 boeking*:1.5 " +
      "terrein*:1 accommodatie:1.5 lokalen:1 kantoor*:1 energieprijs* doorlooptijd* " +
      "levertijd* stilstand:1.5 onderbezet* overbezet* volzet plaatsgebrek ruimtegebrek " +
      "achterstand*:1.5 tewerkstelling personeelsleden schaars*:1.5 economisch*:1.5 " +
      "kostendekkend zelfbedruipend cashflow schulden:1.5 lening*:1.5 prijzen:1.5 " +
      "stroomfactuur elektriciteit:1 oogst:1 wegsturen:1.5 vol:1 interim* " +
      "maandag*:0.5 dinsdag*:0.5 woensdag*:0.5 donderdag*:0.5 vrijdag*:0.5 voormiddag*:1 " +
      "namiddag*:1 kapot:1.5 defect*:1.5 panne:1.5 uitvalt:1.5 valt_uit:1.5 verwarming:1.5 " +
      "schade:1.5 *schade:1.5 lekt:1.5 opruimen:1.5 poetsen:1.5 kuisen:1.5 schoonmaak*:1.5",
    politiek:
      "*macht machts* invloed beslis* *beslissing*:1.5 besluit*:1.5 zetel* stem stemmen " +
      "stemrecht gestemd *stemming:1.5 *mandaat erkenning erkennen erkend:1.5 imago " +
      "zichtbaar* onzichtbaar *beleid:1.5 beleids*:1.5 schepen:1.5 burgemeester*:1.5 " +
      "minister:1.5 gouverneur:1.5 kiezers verkiezing* politiek* *bestuur:1.5 bestuurslid:1 " +
      "voorzitter* *voorzitter *raad:1.5 raad:1 gehoord geinformeerd:1 *gewicht:1.5 stoel:1.5 " +
      "zitje* plaats_in:1 vertegenwoordig* afgevaardigde* woordvoerder pers:1.5 " +
      "persmededeling persconferentie persbericht gazet:1 krant:1 reputatie geloofwaardig* " +
      "naam:1 *logo's affiche:1 communicatie:1 agenda:1.5 lobby* positie autonomie " +
      "onafhankelijk*:1 zelfstandig*:1 controle:1.5 leiding *leiding:1 coordinatie:1 " +
      "laatste_woord het_woord:1.5 veto* consensus meerderheid overheerst ondergesneeuwd " +
      "weggedrukt afhankelijk:1.5 slagkracht zondebok serieus_genomen gesprekspartner " +
      "kandidaat jury *comite:1 stuurgroep *commissie:1.5 trekker:1.5 blokkeren:1.5 " +
      "tegenover:1 *overheid:1.5 standpunt:1.5 eisen:1 eis:1 verdelen:1 verdeelt:1 een_stem " +
      "mee_aan_tafel aan_tafel:1.5 wegen_op projectleider:1.5 *leider:1 volwaardig*:1 logo " +
      "politici politicus partij*:1 oppositie minderheid:1.5 fractie kabinet:1.5 " +
      "schepencollege raadslid raadsleden parlement* regering:1.5 mandataris* verkozen* " +
      "electora* profiler* uitstraling:1.5 prestige aanzien:1.5 status:1.5 naambekendheid " +
      "media:1.5 journalist*:1.5 onderhandel*:1.5 compromis:1 handtekening:1 " +
      "belangenbehartig* beinvloed* invloedrijk* hefboom:1.5 regie regierol trekkersrol " +
      "leiderschap sturing:1.5 aansturen:1.5 hierarchie bevoegd* toezicht:1.5 overrul* " +
      "buitenspel gepasseerd genegeerd:1.5 mee_beslissen:2.5 mee_aan_het_stuur:2.5 " +
      "reglement*:1.5 *reglement:1.5 regels:1 onderspit:2.5 touwtjes de_eer eer:1.5 advies:1 " +
      "adviesraad geraadpleegd raadpleg*:1.5 top-down de_plak:2.5 het_voor_het_zeggen:2.5 " +
      "te_zeggen:1.5 niks_te_zeggen:2.5 niets_te_zeggen:2.5 speelbal grote_spelers:1.5 " +
      "een_vuist federale:1 eensgezind_front:2.5 mee_bepalen:2.5 bepalen:1 medeondertek* " +
      "namens:1.5 spreken_namens kandidatuur panel:1 overschaduwd opzij_geschoven platgewalst " +
      "pikorde mening meetel* telt_mee gezien_worden:2.5 verantwoorden verantwoording " +
      "uitleggen_aan de_schuld schuld_krijgen:2.5 verweten:1.5 plek_in:1.5 vaste_plek_in " +
      "ingelicht:1.5 als_laatste:1 over_ons_hoofd:2.5 over_onze_hoofden:2.5 zonder_ons:1.5 " +
      "bijzaak:1.5 zijproject:1.5 volwaardige_partner:2.5 gelijkwaardige_partner " +
      "bestuurders:1.5 mee_te_beslissen:2.5 mee_te_praten zeg:0.5 zeggen_over:1.5 gezag " +
      "macht_over inspraak* zeggenschap*:3 mandaten belangengroep*:1.5 vakbond*:1.5 " +
      "in_de_kijker schijnwerpers pluim:1.5 pluimen:1.5 lintje de_baas baas:1.5 bazen:1.5 " +
      "dicteren opleggen opgelegd afdwingen:1.5 op_de_hoogte:1 uit_de_wind:1 gekozen:1 " +
      "lint_knippen lintje_knippen zwartepiet:2.5 zwarte_piet:2.5 wie_ik_ben wie_we_zijn:1.5 " +
      "de_lakens:2.5 voor_de_kar:2.5 loopjongen* " +
      "voldongen:2.5 overstemd:2.5 weggestemd:2.5 indruk_wekken:1.5 serieus_nemen:2 " +
      "serieus_neemt:2 overtuigen:1.5 openbaar*:1.5 transparan*:1.5 *opleiding:0.1 " +
      "*begeleiding:0.1 *aanleiding:0.1 *inleiding:0.1 *toeleiding:0.1 *afleiding:0.1 " +
      "*waterleiding:0.1 *gasleiding:0.1 *warmteleiding:0.1 *pijpleiding:0.1 *begeleider:0.1 " +
      "*voorraad:0.1",
    zingevend:
      "visie waarde waarden waardevol:1.5 meerwaarde:1.5 missie waardig* menswaardig* " +
      "inclusie* uitsluit* toegankelijk* duurzaam* *duurzaamheid* klimaat* milieu* *vrij:0.5 " +
      "biologisch* maatschappelijk*:1.5 samenleving rechtvaardig* onrechtvaardig* recht:1.5 " +
      "rechten basisrecht* mensenrecht* ethisch* ethiek integriteit geweten principe* " +
      "*principe* geloof*:1.5 armoede arm:1 armen:1 kansarm* kansen* gelijke_kansen " +
      "*kansen:1.5 kwetsba* gelijkwaardig* eerlijk*:1.5 solidari* discrimin* racis* welkom " +
      "iedereen:1 niemand:1 kinderen:0.5 jongeren:0.5 ouderen:1 nieuwkomers:1 vluchteling*:1 " +
      "zinvol* zin:1 betekenis betekenen:1.5 drijfveer drijft roeping passie trouw " +
      "verhaal:1.5 verhalen:1.5 verleden:1.5 geschiedenis:1.5 identiteit generatie* " +
      "toekomst:1 volgende_generatie kleinkinderen lokaal:0.5 eerlijke_prijs:3.5 kwaliteit:1 " +
      "welzijn:1.5 welbevinden veilig*:1 privacy sociaal:1.5 centraal:1.5 de_mens " +
      "mensen_helpen helpen:1 respect_voor charter:1.5 code:1 weiger*:1 uit_principe:3 " +
      "staat_vast:1.5 nooit:0.5 ervaring:1 vrijwilliger*:0.5 vrijwilligerswerk:1.5 " +
      "goesting:0.5 verschil:1 kritisch:1.5 overtuiging*:2 overtuigd:1.5 kloof onverzekerd* " +
      "eenvoudige_taal " +
      "duurzame verhoogde_tegemoetkoming maatschappelijk_werker:0.1 " +
      "maatschappelijk_werkers:0.1 zoals_het_hoort sociale*:1.5 ongeacht alleen_wonen:1.5 " +
      "beperking:1.5 dakloos* daklozen *preventie*:1 bestaat_om opgericht sociale_woning*:2.5 " +
      "gelijke:1.5 gelijkheid ongelijk* idealen ideaal:1.5 engagement:1.5 geengageerd " +
      "impact:1.5 verschil_maken gerechtigheid emancipat* empowerment participatie:1.5 " +
      "burgerschap democrat* kinderrechten dierenwelzijn biodiversiteit natuur:1.5 " +
      "ecologisch* co2 uitstoot circulair* hergebruik:1.5 vergroen* groen:1 fairtrade " +
      "eerlijke_handel armoedebestrijding diversiteit divers:1.5 intercultur* menselijk*:1.5 " +
      "zorgzaam* empathie naastenliefde bezieling inspiratie:1.5 levenskwaliteit " +
      "kwaliteit_van_leven toekomstgericht:1.5 integer deontologie beroepsethiek seksisme " +
      "drempel*:1.5 laagdrempelig* zingeving staan_voor op_maat:1 aarde planeet vergeven:1.5 " +
      "laten_vallen:1.5 in_nood zorg_dragen:1 fatsoen* moreel morele het_juiste " +
      "mensen_te_helpen dak_boven hun_leven:1.5 eigen_leven kerngedachte hernieuwba* " +
      "zonnepanelen:1.5 energietransitie kinderarbeid:2.5 asielzoeker*:1.5 asiel:1.5 " +
      "toegang:1 tweede_kans voor_iedereen:1.5 schamen:1.5 schaamte:1.5 arme:1.5 elk_kind:1.5 " +
      "ieder_kind:1.5 niet_oke:1.5 niet_ok:1.5 doorgeschoven:1.5 dwangarbeid:2.5 fair:1.5 " +
      "faire:1.5 oneerlijk* leefbaar* uitgesloten achtergesteld* respectvol*:1.5 " +
      "mensonwaardig* uit_de_boot natuurbehoud erfgoed:1.5 ontplooiing zelfredzaam* " +
      "open_voor_iedereen armsten zwakkeren zwakste* gezondheid:1 talent*:1 recht_op " +
      "kinderen_van:0.5 zinloos idealisme tussen_de_mazen:2.5 niemand_mag niemand_zou:1.5 " +
      "niemand_moet:1.5 zonder_geld:1.5 over_mijn_hart:2.5 over_ons_hart:2.5 " +
      "migratieachtergrond:2 migrant*:1.5 net_als_de_andere:2 net_als_de_anderen:2 " +
      "net_als_iedereen:2 zoals_iedereen:1.5 als_een_nummer:2.5 thuis_wonen:1.5 " +
      "thuis_blijven_wonen:2 fossiel*:1.5 warmtepomp*:1 stookolie*:1 aardgas*:1 ten_goede:1",
    relationeel:
      "vertrouw* wantrouw* betrouwba* contact* *contact aanspreekpunt band banden relatie* " +
      "*relatie verstandhouding sfeer klimaat_tussen respect:1.5 gerespecteerd gewaardeerd " +
      "waardering elkaar:1.5 kennen:1.5 leren_kennen kennismak* ontmoet* " +
      "samenkomen:1.5 gesprek:1.5 gesprekken:1.5 praten:1.5 spreken_met:1.5 bellen bel:1.5 " +
      "koffie* lunch* etentje eten:0.5 *receptie barbecue *feest sportdag " +
      "*bezoek:1.5 langs*:1.5 uitnodig* nodigt nodigen conflict* spanning* ruzie bemiddel* " +
      "excus*:3 buur buren buurt:1 omwonenden *bewoners:1 buurtbewoners vriend* collega*:1.5 " +
      "team:1 samenwerken_met:1 alleen:1 eenzaam gemak:1.5 concurrent* ieder-voor-zich " +
      "verbonden verbondenheid deel_voelen:2.5 buddy* persoonlijk:1 informeel informele " +
      "onder_vier_ogen face-to-face vaste:0.5 dezelfde:0.5 gezicht:1 rechtstreeks:1.5 loyaal " +
      "loyaliteit trouw:1 mail:1 whatsapp*:1.5 kanaal:1 overleg:1 intervisie:1.5 mis:1 " +
      "missen:1 gelijken:1.5 op_bezoek niet_meer_samen door_een_deur:2.5 gemeenschapsgevoel " +
      "wij-gevoel groepsgevoel teamgeest kameraadschap collegialiteit collegiaal openheid:1.5 " +
      "luister*:1.5 begrip:1.5 dankbaarheid appreciatie gezellig* netwerkmoment* drink:1.5 " +
      "aperitief pintje teambuilding uitstap:1.5 dialoog:1.5 misverstand* frustratie*:1.5 " +
      "irritatie* wrevel onenigheid verzoen* botsing*:1.5 klikt klik:1.5 chemie:1.5 sympathie " +
      "aanspreekbaar* bereikbaar*:1 op_goede_voet:2.5 samenhorig* babbel* praatje klappen:1 " +
      "in_de_ogen goed_overeen:2.5 alleen_voor tussen_ons:1.5 tafel_met:1.5 voel_me_thuis:2.5 " +
      "thuis_voelen:2.5 ken:1.5 kent:1.5 roddel* geroddeld vrede_sluiten:2.5 goedmaken:2.5 " +
      "op_hun_kop op_mijn_kop op_onze_kop neerkijken neergekeken gekwetst beledigd " +
      "respectloos persoonlijk_contact in_persoon voornaam:1.5 open_dag:1.5 opendeurdag:1.5 " +
      "gastvrij* voorstellen_aan:1.5 pint pintjes drinken:1 aanvaard:1.5 aanvaarding:1.5 " +
      "geaccepteerd:1.5 erbij_horen horen_erbij afhaken:1.5 haken_af:1.5 betrokken:1 " +
      "betrokkenheid:1.5 goeiendag goedendag groeten:1.5 begroeten:1.5 aanspreken:1.5 " +
      "langs_elkaar naast_elkaar:1.5 advocaten:1 samen:0.5 vreemde:1 vreemden:1.5 bij_naam " +
      "mekaar:1.5 nen_babbel appreciëren weet_wie:1.5 kennen_elkaar concurrentie_tussen:2.5 " +
      "elkaars:1.5 cohesie sociale_cohesie wijkgevoel buurtgevoel clubgevoel ploeggeest " +
      "hartelijk* onderlinge:1 woord_houden sorry gekibbel geruzie kift jaloers* jaloezie " +
      "achterdocht* argwaan open_kaart gezichten:1.5 persoonlijke_band verbind* afstand:1 " +
      "polarisatie:1.5 nabij*:1.5 vaste_klanten:1.5 stamgasten goeiemorgen goedemorgen " +
      "goeiedag dag_zeggen in_de_steek wrijving " +
      "langs_de:0.1 langs_het:0.1 langs_een:0.1 langs_mijn:0.1 langs_onze:0.1 langs_ons:0.1 " +
      "langs_zijn:0.1 langs_haar:0.1 langs_hun:0.1 langs_alle:0.1 langs_beide:0.1 alleen_nog:0.1 " +
      "alleen_maar:0.1 alleen_in:0.1 alleen_als:0.1 alleen_de:0.1 alleen_het:0.1 alleen_die:0.1 " +
      "alleen_op:0.1 alleen_naar:0.1 alleen_aan:0.1 alleen_van:0.1 alleen_om:0.1 " +
      "alleen_wanneer:0.1 " +
      "aanvaard_ik:0.1 " +
      "aanvaarden_we:0.1 aanvaarden_wij:0.1 samen_aan_tafel:2.5 rond_de_tafel:1.5 bij_wie:1.5 " +
      "tegenkom*:1.5 tegen_elkaar:1 geisoleerd*:1.5 isolement:1.5 vereenzam*:2",
  },
  en: {
    utilitair:
      "money cash cost* cheap* afford* pay:1.5 paid:1.5 paying:1.5 reimburs* free:0.5 " +
      "rent:1.5 rent-free budget* subsid* grant*:1.5 funding financ* resources:1.5 invest* " +
      "return:1.5 profit* revenue* income turnover salary salaries wage* price*:1.5 purchas* " +
      "buy buying supplier*:1.5 wholesale* licen* save:1.5 saving* efficien* capacity " +
      "staff:1.5 staffing shortage* short-staffed vacanc* hire hiring recruit* workload " +
      "hours:1.5 time:1 overtime weekends:1.5 shift shifts rota schedule:1.5 paperwork " +
      "admin*:1.5 job jobs contract:1.5 order*:1 volume:1.5 equipment truck:1.5 van:1.5 " +
      "car:0.5 cars:1 vehicle*:1.5 building:1.5 space:1 storage warehouse servers:1.5 " +
      "software:1.5 tool*:1 system:1 platform:1 logistic* kilometres:1.5 kilometers:1.5 " +
      "minutes:1.5 fast:1 faster:1.5 travel*:1 transport:0.5 deliver*:1.5 supplies " +
      "projects:1.5 project:1 unused survive:1.5 living:1 keep_going:1.5 predictab*:1.5 " +
      "places:1 waiting:1 subscription:1.5 ticket:1 tickets:1 share:0.5 load:1.5 half-day:1.5 " +
      "evenings:1.5 nights:1.5 days_off:1.5 a_week:1 fee:1.5 fees:1.5 fund:1.5 funds:1.5 " +
      "funded:1.5 fundraising:1.5 euro euros wait:1 waiting_list* overheads margin*:1.5 " +
      "sales:1.5 market:1 invoice* bill:1.5 bills:1.5 billing tender*:1.5 procurement quote:1 " +
      "insurance:1.5 tax:1.5 taxes:1.5 allocation:1.5 economic*:1.5 economies_of_scale:2.5 " +
      "productivity output:1.5 roster personnel manpower headcount premises venue:1.5 rooms:1 " +
      "vans:1.5 fuel petrol energy_bill* maintenance:1.5 repair*:1 renovation*:1.5 stock:1.5 " +
      "mileage earn:1.5 earns:1.5 earning*:1.5 waste_of_money:2.5 wasted:1.5 " +
      "value_for_money:2.5 break_even saturday*:1 sunday*:1 weekday*:1 working_day:1.5 " +
      "workday*:1.5 too_much:1 effort:1.5 duplicat* reinvent* for_nothing:1 minibus:1.5 bus:1 " +
      "gear:1.5 lend:1.5 borrow*:1.5 reports:1 forms:1.5 red_tape bureaucra* burnout burn-out " +
      "exhausted overworked overloaded stretched:1.5 tired:1 busy:1.5 deadline*:1.5 " +
      "meetings:0.5 bookkeep*:1.5 accountant*:1.5 accounting:1.5 store:1 labour_market:1.5 " +
      "laptop:1.5 computer*:1 loss:1 losses:1.5 sell:1 selling:1 rental hall:1 pricey " +
      "accounts:1 on_time:1.5 delay*:1.5 waiting_time* queue*:1 time-consuming time-saving " +
      "workforce hands:1 manning:1.5 technicians vacant:1.5 empty:1 volunteers:1 compensation " +
      "replacement*:1.5 cover:1 sick_leave sick:1 absence*:1 courier*:1.5 spare:1 pool:1 " +
      "pooling:1.5 booking*:1.5 fully_booked running_costs occupancy technical:1 expens* " +
      "save_time no_time understaff* night_shift*:1.5 paid_for:1.5 facilities:1.5 overbooked " +
      "backlog arrears debt*:1.5 loan*:1.5 cash_flow self-funding cost_recovery scarce:1.5 " +
      "scarcity:1.5 downtime turnaround:1.5 lead_time*:1.5 throughput yield:1.5 harvest:1 " +
      "electricity:1 payroll employees:1 employment:1.5 crowded:1 turn_away:1.5 " +
      "turned_away:1.5 agency_staff temps:1.5 temporary:1 interim:1.5 " +
      "monday*:0.5 tuesday*:0.5 wednesday*:0.5 thursday*:0.5 friday*:0.5 pays:1.5 lease:1.5 " +
      "leases:1.5 charges:1.5 heating:1.5 broken:1 breaks_down:1.5 broke_down:1.5 leak*:1.5 " +
      "damage*:1.5 clean_up:1.5 cleaning:1.5 slot:1 slots:1 knackered:2 worn_out:2 burnt_out:2 " +
      "burned_out:2",
    politiek:
      "power powerful influence* a_say the_final_say say_in vote* voting seat* board:1.5 " +
      "chair chairman chairperson decid* decision* recogni* reputation credibility credited " +
      "credit:1.5 name:1 logo visib* invisible policy:1.5 politic* mayor:1.5 alderman:1.5 " +
      "minister:1.5 governor:1.5 government:1.5 council*:1.5 mandate spokes* press:1.5 " +
      "paper:1 represent* delegate* heard voice veto:3 agenda lobby* position:1.5 " +
      "standing:1.5 role:1 autonomy control:1.5 lead:1 leadership steering committee:1.5 " +
      "consulted count:1.5 blame scapegoat signing:1.5 sign:1 authority ignore:1.5 status " +
      "prestige weight:1 clout demand*:1 chair_of coordinat*:1 co-author publication*:1 " +
      "answering_to election* majority consensus shaping:1.5 independent:1 party:0.5 " +
      "parties:0.5 opposition coalition:1.5 minority:1.5 councillor* cabinet:1.5 parliament* " +
      "ministry:1.5 authorit*:1.5 elected electorate constituency campaign*:1 media:1.5 " +
      "journalist*:1.5 headlines:1.5 publicity profile:1.5 image:1.5 endorse*:1.5 " +
      "negotiat*:1.5 bargaining advocacy leverage steer*:1.5 oversight hierarchy accountab*:1 " +
      "jurisdiction dominat* dominance sideline* overrul* bypass*:1.5 ignored:1.5 a_voice " +
      "have_a_say:2.5 no_say:2.5 in_charge takeover:1.5 take_over:1 brushed_aside " +
      "at_the_table rules:1 regulation*:1.5 lose_out loses_out pulling_the_strings:2.5 " +
      "strings:1 who_decides:2.5 call_the_shots:2.5 calls_the_shots:2.5 take_credit:2.5 " +
      "honour:1 advice:1 advisory:1.5 consult*:1.5 informed:1.5 bypassed final_word:2.5 " +
      "last_word:2.5 top-down pawn big_players:1.5 stand_strong united_front:2.5 federal:1 " +
      "co-sign* agreement:1 agreements:1 speak_for:1.5 on_behalf:1.5 newspaper:1 candidate* " +
      "candidacy jury panel:1 block:1 blocked:1.5 dependent:1.5 overshadowed drowned_out " +
      "pushed_aside steamrolled pecking_order turf:1.5 leader:1.5 blamed blames " +
      "explain_to:1.5 justify answer_to answerable be_seen taken_seriously:2.5 " +
      "nobody_asked:2.5 not_asked never_asked:2.5 side_project junior_partner:2.5 " +
      "full_partner:2.5 the_last_to_know:2.5 over_our_heads:2.5 without_us:1.5 opinion:1.5 " +
      "opinions:1.5 say:1 same_say:2.5 directors:1.5 board's:1.5 union:1 unions:1 boss:1.5 " +
      "bosses:1.5 impose* dictate* counterweight spotlight limelight mandates say_over " +
      "in_the_loop kept_informed power_over ribbon as_a_partner on_the_wheel at_the_wheel " +
      "equal_partner*:2.5 acknowledg* who_i_am who_we_are:1.5 errand_boy* errand_boys " +
      "outvot*:2.5 out-vot*:2.5 taking_over:1.5 takes_over:1.5 publish*:1.5 publicly:1.5 " +
      "in_public:1.5 behind_closed_doors:2.5 transparen*:1.5 forgot_we_exist:2.5 " +
      "forget_we_exist:2.5 forgotten_we_exist:2.5 take_seriously:2 takes_seriously:2 " +
      "persuade*:1.5 convince:1.5",
    zingevend:
      "vision value:1.5 values mission dignity dignified inclusion inclusive exclude* " +
      "exclusion accessib* sustainab* organic climate environment* green:1 plastic*:1.5 " +
      "societ* social:1 fair:1.5 fairness unfair just:0.5 justice injustice right:0.5 rights " +
      "ethic* integrity conscience principle* believe*:1.5 belief* poverty poor:1.5 " +
      "vulnerable disadvantaged equal* discrimin* racis* exploit* harassment welcome:1.5 " +
      "everyone:1 nobody:1.5 undocumented:1.5 refugee*:1 meaning* meaningful:1.5 purpose " +
      "matter*:1 passion calling story:1.5 stories:1.5 history:1.5 heritage:0.5 identity " +
      "generation* future:0.5 grandchildren quality:1 wellbeing well-being welfare:0.5 " +
      "safety:1.5 safe:1 prevention:1 privacy personal_data human:1.5 people:0.5 " +
      "care_about:0.5 refuse:1.5 won't:0.5 never:1 charter:1.5 personal:1 speak_up elderly:1 " +
      "older_people:1 disabled:1.5 homeless migrants:1 means_something keeps_me_going:2.5 " +
      "regardless:1.5 plain_language social_housing:2.5 disabilit* part_of_something:2.5 " +
      "founded living_alone:1.5 drives:1 driven:1 values_the:0.5 ideals idealis* conviction* " +
      "commitment:1 impact:1.5 make_a_difference:2.5 difference:1 added_value social_value " +
      "public_good common_good human_rights equity equitable emancipat* empower* " +
      "participation:1.5 citizenship democra* children's_rights animal_welfare biodiversity " +
      "nature:1.5 ecolog* carbon emissions circular:1.5 recycl*:1.5 fair_trade diversity " +
      "diverse:1.5 intercultural humane humanity compassion* empathy solidarity vocation " +
      "inspir*:1.5 quality_of_life future_generations:2.5 honesty sexism barrier*:1.5 " +
      "low-threshold stand_for tailored:1 earth planet forgive:1.5 let_down:1 in_need " +
      "take_care_of:1 decency decent:1.5 right_thing:2.5 moral* help_people roof_over " +
      "their_lives:1.5 own_lives core_idea:1.5 core_values renewabl* solar:1.5 " +
      "energy_transition child_labour:2.5 child_labor:2.5 asylum:1.5 access:1 basic_right " +
      "a_right:1.5 equal_opportunit* second_chance fair_price:2.5 volunteering:1.5 " +
      "respect_for convinced for_everyone:1.5 exists_so exists_to cut_off:1.5 left_behind " +
      "forced_labour:2.5 forced_labor:2.5 who_can_afford:2.5 not_okay:1.5 not_right wrong:1.5 " +
      "shame*:1.5 ashamed:1.5 every_child:1.5 unfairly liveable livable choose:1 choice:1 " +
      "deserve*:1.5 humiliat* nature_conservation self-reliance the_weakest open_to_everyone " +
      "open_to_all right_to health:1 talent*:1 pointless:1.5 worthwhile:1.5 " +
      "through_the_cracks:2.5 no_one_should:2.5 nobody_should:2.5 without_money:1.5 " +
      "bring_myself can't_bring_myself:2.5 " +
      "like_a_number:2.5 just_a_number:2.5 like_everyone_else:2.5 just_like_the_others:2 " +
      "fossil*:1.5 heat_pump*:1 off_gas:1.5 no_gas:1 migration_background:2",
    relationeel:
      "trust* distrust* mistrust* reliab*:1.5 contact* bond* relation* respect*:1.5 " +
      "atmosphere climate_between get_to_know know_each_other each_other:1.5 one_another:1.5 " +
      "meet:1.5 meeting_people met:1 conversation* talk:1.5 talking:1.5 call:1.5 phone:1.5 " +
      "coffee lunch dinner beer:1 drink*:1.5 picnic barbecue party:1.5 reception:1.5 " +
      "visit*:1.5 invite* conflict* tension* quarrel* mediat* apolog* next_door friend* " +
      "colleague*:1.5 team:1 alone:1.5 lonely left_alone have_my_back my_back side:1 allies " +
      "ally competitor* competition:1.5 connect* belong* buddy face-to-face one-on-one " +
      "informal* same:0.5 keep:0.5 appreciat* valued:1 together:0.5 back-and-forth feel:0.5 " +
      "each_other's call_us:2.5 call_me:2.5 living_around togetherness community_spirit " +
      "team_spirit camaraderie collegial* openness:1.5 listen*:1.5 understanding:1 mutual:1.5 " +
      "gratitude thank*:1.5 cosy get-together* teambuilding team-building outing:1.5 " +
      "confidential*:1.5 rapport chemistry:1.5 click:1 misunderstanding* frustrat*:1.5 " +
      "irritat* resentment grudge feud falling_out:2.5 fell_out:2.5 reconcil* clash*:1.5 " +
      "dispute*:1.5 approachab* point_of_contact:2.5 contact_person:2.5 goodwill " +
      "good_terms:2.5 speaking_terms:2.5 warmth loyal* isolated:1.5 chat* small_talk " +
      "get_along:2.5 gets_along:2.5 get_on_with by_myself:1 in_the_eye going_well_between " +
      "between_us:1.5 table_with:1.5 feel_at_home:2.5 at_home_in know_anyone gossip* " +
      "make_peace:2.5 looked_down:2.5 look_down_on:2.5 looks_down_on:2.5 ring:1 ring_me pint " +
      "hospitality host*:1 introduc*:1.5 acquaint* grievance:1.5 hurt:1.5 offended " +
      "disrespect* left_out group_chat whatsapp:1.5 email:1 e-mail:1 mail:1 in_person " +
      "personal_contact personal_touch first_name:1.5 open_day:1.5 know:1.5 knows:1.5 known:1 " +
      "spoken:1.5 speak_to:1.5 speaking_to:1.5 stranger* accepted:1.5 acceptance:1.5 " +
      "welcomed:1.5 disengag*:1.5 involved:1 involvement:1.5 poach*:1.5 say_hello greet*:1.5 " +
      "hello:1 by_name lawyers:1 drop_out:1 dropping_out:1 rivalry rivals working_against " +
      "bad_blood:2.5 cohesion social_cohesion warm:1 warmly:1.5 jealous* suspicion suspicious " +
      "sorry bicker* squabbl* keep_their_word keep_our_word distance:1 polaris*:1.5 " +
      "polariz*:1.5 faces:1.5 familiar:1.5 close-knit tight-knit club_spirit closeness " +
      "regulars:1.5 regular_customers good_morning abandon* values_them:2.5 values_us:2.5 " +
      "value_us:2.5 value_them:2.5 miss:1 neighbour neighbours neighbourly neighbourliness " +
      "neighbor neighbors neighborly neighbourhood:1 neighborhood:1 friction on_my_own " +
      "on_our_own:1.5 " +
      "pitting:2 pit_against:2 against_each_other:2 show_up:1.5 shows_up:1.5 showed_up:1.5 " +
      "set_foot:2 reception_centre:0.1 reception_center:0.1 reception_agency:0.1 directly:1 " +
      "isolation:1.5 turn_to:1.5",
  },
};

// The built-in lexicons, compiled once per language on first use.
const compiled: { [L in Lang]?: Compiled<Bril> } = {};

function lexicon(lang: Lang, options: DetectOptions | undefined): Compiled<Bril> {
  const extra = options?.lexicon?.[lang]?.brillen;
  return lexiconFor(BRILLEN, BRIL_CUES, compiled, lang, extra, options?.replaceLexicon === true);
}

/**
 * @internal The lens cues found in a text, with offsets, for explanations.
 */
export function brilCues(text: string, options?: DetectOptions): CueHit<Bril>[] {
  const { tokens, lang } = prepare(text, options);
  return matchCues(lexicon(lang, options), tokens, lang);
}

/**
 * Suggests the lenses (brillen) a statement speaks from, scored by the cue words it contains.
 *
 * @param text - The statement, in Dutch (Flemish included) or English.
 * @param options - `lang` to skip language detection; `lexicon` to add or override cues per
 *   language; `replaceLexicon` to use only your own cues.
 * @returns All four lenses with their scores, highest first.
 * @remarks The score of a lens is the sum of the weights of its cues found in the text: words
 *   and phrases, Dutch compounds matched by their parts (`*budget*`, `subsidie*`), case and
 *   accents ignored; per word and lens one cue counts (the longest, then the strongest). A word
 *   no cue matched counts at three quarters of the weight as the one-word cue it is a Dutch
 *   compound of (`kinderarmoede`) or an inflection of (`meetings`, `vergaderingen`). The
 *   list always holds the four lenses. It is sorted by score, descending; ties keep the
 *   {@link BRILLEN} order. Scores are finite and never negative, and are all `0` when no cue
 *   points to any lens. Equal input gives equal output; the input is not changed. Built-in
 *   lexicons are compiled once per language on first use; lexicons from `options` are compiled
 *   per call.
 * @throws TypeError when `text` is not a string or `options` is not an object.
 * @example
 * ```ts
 * detectBrillen("We hebben meer budget nodig voor personeel.")[0]
 * //=> { bril: "utilitair", score: 4 }
 * detectBrillen("De sporthal moet open.", {
 *   lang: "nl",
 *   lexicon: { nl: { brillen: { utilitair: { "sporthal*": 2 } } } },
 * })[0]
 * //=> { bril: "utilitair", score: 2 }
 * ```
 */
export function detectBrillen(text: string, options?: DetectOptions): BrilScore[] {
  checkString("detectBrillen", "text", text);
  checkOptions("detectBrillen", options);
  const scores = sumScores(BRILLEN, brilCues(text, options));
  return BRILLEN.map((bril, i) => ({ bril, score: scores[bril], i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ bril, score }) => ({ bril, score }));
}
