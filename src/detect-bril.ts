import { BRILLEN, type Bril } from "./bril";
import {
  buildLexicon,
  type Compiled,
  type CueHit,
  type DetectOptions,
  matchCues,
  prepare,
  sumScores,
} from "./internal/detect-lexicon";
import type { Lang } from "./lang";

export type { CueWeights, DetectLexicon, DetectOptions } from "./internal/detect-lexicon";

/** The score of one lens for a statement. */
export interface BrilScore {
  /** The lens. */
  readonly bril: Bril;
  /** Sum of the weights of the cues that point to this lens; `0` when none do. */
  readonly score: number;
}

// Built-in cue lists per language and lens (format: see parseCues in internal/detect-lexicon).
const BRIL_CUES: { readonly [L in Lang]: { readonly [B in Bril]: string } } = {
  nl: {
    utilitair: `geld:2 *geld:2 euro:2 *euro's:2 kost:2 kosten:2 *kosten:2 kostprijs:2 kosteloos:1
      goedkoop*:2 duur:1 duurder:2 betaalbaar*:2 betal*:1.5 *betaald:1.5 terugbetal*:2 gratis:0.5
      budget*:2 *budget*:2 subsidie*:2 *subsidie*:2 financ*:2 *financiering:2 middelen:1.5
      *middelen:1.5 investering*:2 investeren:2 *investering:2 terugverdien*:2 rendabel:2
      rendement:2 winst:2 omzet:2 opbrengst*:2 inkomsten:2 *inkomsten:2 inkomen:1.5 loon:2
      lonen:2 *loon:1.5 loonkost*:2 vergoeding*:2 *vergoeding:2 onkosten:2 huur:2 huurprijs:2
      aankoop*:2 aankopen:2 kopen:1.5 inkopen:2 *licentie*:2 tarief:1 prijs:1.5 *prijs:1 factuur:2
      besparen:2 besparing*:2 efficien*:2 dubbel_werk:2 *capaciteit:2 capaciteit:2 bezetting*:2
      personeel:2 *personeel:2 manschappen:2 medewerkers:1 *tekort:1.5 tekort*:1.5 te_weinig:1
      vacature*:2 aanwerv*:2 *krachten:1 inzetbaar:2 werkdruk:2 werkvolume:2 *volume:1
      uren:1.5 uur:1 werkuren:2 overuren:2 tijd:1 tijdverlies:2 weekends:1.5 *ploeg:1.5
      *dienst*:0.5 *diensten:1 shift*:1.5 rooster:1.5 planning:1 administratie*:2 papierwerk:2
      *administratie:2 job:2 jobs:2 contract:1.5 werkzekerheid:2 zekerheid:1 materiaal:1.5
      *materiaal:1.5 infrastructuur:2 *wagen:1.5 wagen:1 auto:1 *voertuig*:1.5 magazijn:2
      opslag:2 *centrale:1.5 ruimte:1 gebouw:1.5 lokaal:0.5 *systeem:1 systeem:1 software*:1.5
      *software:1.5 platform:1 *pakket:1 laptop:1.5 *scherm:1 projecten:1.5 project:1 logistiek*:2
      verplaatsing*:2 kilometer*:1.5 *minuten:1.5 minuten:1.5 snel:1 sneller:1.5 vervoer:1
      levering*:1.5 *levering:1.5 leveren:1 afname:2 bestelling*:2 opdrachten:1 klanten:0.5
      overhouden:2  verlies*:1 verliezen:0.5 rond_te_komen:2 rondkomen:2 leven_van:2
      volhouden:1 op_tijd:1.5 uitlenen:2 lenen:1.5 delen:1 *plaatsen:1.5 wachtlijst*:2 voorraad:2
      veroorloven:2  vrijstelling:2 plaats:0.5 *abonnement:1.5 abonnement:1.5 goedkoper:2 extra:0.5 permanentie:1.5 uitgeput:2 moe:1.5 oververmoeid:2 burn-out:2 overbelast*:2 werkplek*:1.5 arbeidsmarkt:1.5 avonden:1.5 nachten:1.5 per_week:1 per_maand:1 kunnen_leven:1.5 *permanentie:1.5 centen:2 prijzig:2 zuinig*:1.5 schaalvoordeel:2 schaalvoordelen:2 winstgevend*:2 verlieslatend:2 rendabiliteit:2 begroting*:2 *begroting:2 werkingsmiddelen:2 mankracht:2 handen:1 tijdrovend:2 tijdwinst:2 tijdsinvestering:2 werklast:2 planlast:2 doelmatig*:2 productiviteit:2 afzet:2 afzetmarkt:2 verkoop:1.5 verkopen:1 factur*:2 offerte*:2 aanbesteding*:2 overheidsopdracht*:2 uitrusting:2 apparatuur:2 toestellen:1.5 voertuigen:1.5 zaal:1 zalen:1 onderhoud:1.5 herstelling*:1.5 renovatie*:1.5 energiefactuur:2 brandstof:2 benzine*:2 reiskosten:2 verzekering*:1.5 belasting*:1.5 heffing*:1.5 lidgeld:1.5 verdienen:1.5 verdien:1.5 geldverspilling:2 verspilling:1.5 zonde_van_het_geld:2.5 zaterdag*:1 zondag*:1 weekend*:1 werkdag*:1.5 te_veel:1 inspanning*:1.5 dubbel:1.5 warm_water:2 busje:1.5 bus:1 rapport*:1 formulieren:1 bureaucratie:2 overwerkt:2 druk:1 drukte:1.5 deadline*:1.5 boven_het_hoofd:2 vergaderingen:0.5 boekhoud*:1.5 boekhouding:2 computer*:1 verhuur*:2 wachttijd*:2 vertraging*:1.5 tijdbesparend:2 personeelsbestand:2 arbeidskrachten:2
      leegstand:2 leegstaan*:2 technici:2 technieker*:2 vrijwilligers:1 aannemen:1 compensatie:2 *shiften:1.5 nachtdienst*:1.5 weken:1 dagen:1 vervanging*:2 *vervanging*:1.5 ziekte*:1 afwezig*:1 uitval:1.5 koerier*:1.5 beu:1 als_enige:1 gebrek_aan:1 uitgaven:2 tijdsgebrek:2 geen_tijd:2 dure:1.5 bespaard:2 *kost:1.5 betaalbare:2 bezettingsgraad:2 reservatie*:1.5 boeking*:1.5 werkingskosten:2
      terrein*:1 accommodatie:1.5 lokalen:1 kantoor*:1 energieprijs*:2 doorlooptijd*:2 levertijd*:2 stilstand:1.5 onderbezet*:2 overbezet*:2 volzet:2 plaatsgebrek:2 ruimtegebrek:2 achterstand*:1.5 tewerkstelling:2 personeelsleden:2 schaars*:1.5 economisch*:1.5 kostendekkend:2 zelfbedruipend:2 cashflow:2 schulden:1.5 lening*:1.5 prijzen:1.5 stroomfactuur:2 elektriciteit:1 oogst:1`,
    politiek: `macht:2 *macht:2 machts*:2 invloed:2 beslis*:2 *beslissing*:1.5 beslist:2 besluit*:1.5
      zetel*:2 stem:2 stemmen:2 stemrecht:2 gestemd:2 *stemming:1.5 mandaat:2 *mandaat:2
      erkenning:2 erkennen:2 erkend:1.5 imago:2 zichtbaar*:2 onzichtbaar:2 beleid:1.5 *beleid:1.5
      beleids*:1.5 schepen:1.5 burgemeester*:1.5 minister:1.5 gouverneur:1.5 kiezers:2
      verkiezing*:2 politiek*:2 *bestuur:1.5 bestuur:1.5 bestuurslid:1 voorzitter*:2 *voorzitter:2
      *raad:1.5 raad:1 inspraak:2 zeggenschap:3 gehoord:2 geinformeerd:1 *gewicht:1.5 gewicht:1.5
      stoel:1.5 zitje*:2 plaats_in:1 vertegenwoordig*:2 afgevaardigde*:2 woordvoerder:2 pers:1.5
      persmededeling:2 persconferentie:2 persbericht:2 gazet:1 krant:1 reputatie:2
      geloofwaardig*:2 naam:1  *logo's:2 affiche:1 communicatie:1 agenda:1.5 lobby*:2
      positie:2 autonomie:2 onafhankelijk*:1 zelfstandig*:1 controle:1.5 leiding:2 *leiding:1
      coordinatie:1  laatste_woord:2 het_woord:1.5 veto*:2 vetorecht:2 consensus:2
      meerderheid:2 overheerst:2 ondergesneeuwd:2 weggedrukt:2 afhankelijk:1.5 slagkracht:2
      zondebok:2 serieus_genomen:2 gesprekspartner:2 kandidaat:2 jury:2 *comite:1 stuurgroep:2
      *commissie:1.5 trekker:1.5  blokkeren:1.5 tegenover:1 overheid:1.5 *overheid:1.5
      standpunt:1.5 eisen:1 eis:1 verdelen:1 verdeelt:1          een_stem:2    mee_aan_tafel:2 aan_tafel:1.5 wegen_op:2 projectleider:1.5 *leider:1 volwaardig*:1 logo:2 machtsstrijd:2 machtsspel:2 politici:2 politicus:2 partij*:1 oppositie:2 minderheid:1.5 fractie:2 kabinet:1.5 schepencollege:2 gemeenteraad:1.5 raadslid:2 raadsleden:2 parlement*:2 regering:1.5 mandataris*:2 verkozen*:2 electora*:2 profiler*:2 uitstraling:1.5 prestige:2 aanzien:1.5 status:1.5 naambekendheid:2 media:1.5 journalist*:1.5 onderhandel*:1.5 compromis:1 handtekening:1 belangenbehartig*:2 beinvloed*:2 invloedrijk*:2 hefboom:1.5 regie:2 regierol:2 trekkersrol:2 leiderschap:2 sturing:1.5 aansturen:1.5 hierarchie:2 bevoegd*:2 toezicht:1.5 overrul*:2 buitenspel:2 gepasseerd:2 genegeerd:1.5 mee_beslissen:2.5 mee_aan_het_stuur:2.5 reglement*:1.5 *reglement:1.5 regels:1 onderspit:2.5 touwtjes:2 de_eer:2 eer:1.5 advies:1 adviesraad:2 geraadpleegd:2 raadpleg*:1.5 top-down:2 de_plak:2.5 het_voor_het_zeggen:2.5 te_zeggen:1.5 niks_te_zeggen:2.5 niets_te_zeggen:2.5 speelbal:2 grote_spelers:1.5 een_vuist:2 federale:1 eensgezind_front:2.5 mee_bepalen:2.5 bepalen:1 medeondertek*:2 namens:1.5 spreken_namens:2 kandidatuur:2 panel:1 overschaduwd:2 opzij_geschoven:2 platgewalst:2 pikorde:2
      mening:2 meetellen:2 telt_mee:2 gezien_worden:2.5 verantwoorden:2 verantwoording:2 uitleggen_aan:2 de_schuld:2 schuld_krijgen:2.5 verweten:1.5 plek_in:1.5 vaste_plek_in:2 ingelicht:1.5 als_laatste:1 over_ons_hoofd:2.5 over_onze_hoofden:2.5 zonder_ons:1.5 bijzaak:1.5 zijproject:1.5 volwaardige_partner:2.5 gelijkwaardige_partner:2 bestuurders:1.5 mee_te_beslissen:2.5 mee_te_praten:2 zeg:1 zeggen_over:1.5 gezag:2 macht_over:2
      inspraak*:2 zeggenschap*:3 mandaten:2 belangengroep*:1.5 vakbond*:1.5 in_de_kijker:2 schijnwerpers:2 pluim:1.5 pluimen:1.5 lintje:2 de_baas:2 baas:1.5 bazen:1.5 dicteren:2 opleggen:2 opgelegd:2 afdwingen:1.5 tegenmacht:2 op_de_hoogte:1 uit_de_wind:1`,
    zingevend: `visie:2 waarde:2 waarden:2 waardevol:1.5 meerwaarde:1.5 missie:2 waardig*:2
      menswaardig*:2 inclusie*:2 inclusief:2 uitsluit*:2 uitsluiting:2 toegankelijk*:2
      duurzaam*:2 duurzaamheid*:2 *duurzaamheid*:2 klimaat*:2 milieu*:2  *vrij:0.5
      biologisch*:2 maatschappelijk*:1.5 samenleving:2 rechtvaardig*:2 onrechtvaardig*:2 recht:1.5
      rechten:2 basisrecht*:2 mensenrecht*:2 ethisch*:2 ethiek:2 integriteit:2 geweten:2
      principe*:2 *principe*:2 geloof*:1.5 gelooft:1.5 armoede:2 arm:1 armen:1 kansarm*:2
      kansen*:2 gelijke_kansen:2 *kansen:1.5 kwetsba*:2  gelijkwaardig*:2 eerlijk*:1.5
      solidari*:2 discrimin*:2 racis*:2 welkom:2 iedereen:1 niemand:1  kinderen:0.5
      jongeren:0.5 ouderen:1 nieuwkomers:1 vluchteling*:1 zinvol*:2 zin:1 betekenis:2
      betekenen:1.5 drijfveer:2 drijft:2 roeping:2 passie:2 trouw:2 verhaal:1.5 verhalen:1.5
      verleden:1.5 geschiedenis:1.5 identiteit:2 generatie*:2 toekomst:1 volgende_generatie:2
      kleinkinderen:2 lokaal:0.5 eerlijke_prijs:3.5 kwaliteit:1 welzijn:1.5 welbevinden:2
      veilig*:1  privacy:2  sociaal:1.5 
      centraal:1.5 de_mens:2 mensen_helpen:2 helpen:1 respect_voor:2 charter:1.5 code:1
      weiger*:1 uit_principe:3  staat_vast:1.5 nooit:1  ervaring:1
      vrijwilliger*:0.5 vrijwilligerswerk:1.5 goesting:0.5 verschil:1 kritisch:1.5 overtuig*:2 kloof:2 onverzekerd*:2 eenvoudige_taal:2 duurzame:2 verhoogde_tegemoetkoming:2 maatschappelijk_werker:0.1 maatschappelijk_werkers:0.1 zoals_het_hoort:2 sociale*:1.5 ongeacht:2 alleen_wonen:1.5 beperking:1.5 dakloos*:2 daklozen:2 *preventie*:1 bestaat_om:2 opgericht:2 sociale_woning*:2.5 gelijke:1.5 gelijkheid:2 ongelijk*:2 idealen:2 ideaal:1.5 engagement:1.5 geengageerd:2 impact:1.5 verschil_maken:2 rechtvaardigheid:2 gerechtigheid:2 emancipat*:2 empowerment:2 participatie:1.5 burgerschap:2 democrat*:2 kinderrechten:2 dierenwelzijn:2 biodiversiteit:2 natuur:1.5 ecologisch*:2 co2:2 uitstoot:2 circulair*:2 hergebruik:1.5 vergroen*:2 groen:1 fairtrade:2 eerlijke_handel:2 armoedebestrijding:2 diversiteit:2 divers:1.5 intercultur*:2 menselijk*:1.5 zorgzaam*:2 empathie:2 naastenliefde:2 bezieling:2 inspiratie:1.5 levenskwaliteit:2 kwaliteit_van_leven:2 toekomstgericht:1.5 generaties:2 integer:2 deontologie:2 beroepsethiek:2 seksisme:2 drempel*:1.5 laagdrempelig*:2 kwetsbaarheid:2 kansengroep*:2 zingeving:2 staan_voor:2 op_maat:1 aarde:2 planeet:2 vergeven:1.5 laten_vallen:1.5 in_nood:2 zorg_dragen:1 fatsoen*:2 moreel:2 morele:2 het_juiste:2 mensen_te_helpen:2 dak_boven:2 hun_leven:1.5 eigen_leven:2 kerngedachte:2 hernieuwba*:2 zonnepanelen:1.5 energietransitie:2 kinderarbeid:2.5 asielzoeker*:1.5 asiel:1.5 toegang:1 tweede_kans:2 voor_iedereen:1.5
      schamen:1.5 schaamte:1.5 arme:1.5 elk_kind:1.5 ieder_kind:1.5 niet_oke:1.5 niet_ok:1.5 doorgeschoven:1.5 dwangarbeid:2.5 fair:1.5 faire:1.5 oneerlijk*:2 leefbaar*:2 uitgesloten:2 achtergesteld*:2 in_de_steek:2 waardigheid:2 respectvol*:1.5 mensonwaardig*:2 uit_de_boot:2
      natuurbehoud:2 erfgoed:1.5 ontplooiing:2 zelfredzaam*:2 open_voor_iedereen:2 armsten:2 zwakkeren:2 zwakste*:2 gezondheid:1 talent*:1 recht_op:2 kinderen_van:0.5 zinloos:2 idealisme:2`,
    relationeel: `vertrouw*:2 wantrouw*:2 betrouwba*:2 contact*:2 *contact:2 contactpersoon:2
      aanspreekpunt:2 band:2 banden:2 relatie*:2 *relatie:2 verstandhouding:2 sfeer:2 klimaat_tussen:2
      respect:1.5 gerespecteerd:2 gewaardeerd:2 waardering:2 elkaar:1.5 kennen:1.5
      leren_kennen:2 kennismaking:2 kennismaken:2 ontmoet*:2 ontmoeting*:2 samenkomen:1.5
      gesprek:1.5 gesprekken:1.5 praten:1.5 spreken_met:1.5 bellen:2 bel:1.5 koffie*:2 lunch*:2
      etentje:2 eten:0.5 receptie:2 *receptie:2 barbecue:2 feest:2 *feest:2 sportdag:2 *dag:0.5
      bezoek:1.5 *bezoek:1.5 langs:1.5 uitnodig*:2 nodigt:2 nodigen:2 conflict*:2 spanning*:2
      ruzie:2 bemiddel*:2 excus*:3 buur:2 buren:2 buurt:1 omwonenden:2 *bewoners:1
      buurtbewoners:2 vriend*:2 collega*:1.5 team:1 samenwerken_met:1 alleen:1 eenzaam:2
      gemak:1.5 concurrent*:2 concurrentie:2 ieder-voor-zich:2 verbonden:2 verbinding:2
      verbondenheid:2 samenhorigheid:2 deel_voelen:2.5 buddy*:2 persoonlijk:1 informeel:2
      informele:2 onder_vier_ogen:2 face-to-face:2 vaste:0.5 dezelfde:1 gezicht:1 rechtstreeks:1.5
      loyaal:2 loyaliteit:2 trouw:1 mail:1 whatsapp*:1.5 kanaal:1 overleg:1 intervisie:1.5
        mis:1 missen:1 gelijken:1.5  
       op_bezoek:2 niet_meer_samen:2 door_een_deur:2.5 gemeenschapsgevoel:2 wij-gevoel:2 groepsgevoel:2 teamgeest:2 kameraadschap:2 collegialiteit:2 collegiaal:2 openheid:1.5 luister*:1.5 begrip:1.5 dankbaarheid:2 appreciatie:2 gezellig*:2 ontmoetingsmoment*:2 netwerkmoment*:2 drink:1.5 aperitief:2 pintje:2 teambuilding:2 uitstap:1.5 vertrouwensband:2 vertrouwensrelatie:2 dialoog:1.5 misverstand*:2 frustratie*:1.5 irritatie*:2 wrevel:2 onenigheid:2 verzoen*:2 botsing*:1.5 klikt:2 klik:1.5 chemie:1.5 sympathie:2 nabijheid:1.5 aanspreekbaar*:2 bereikbaar*:1 vertrouwenspersoon:2 op_goede_voet:2.5 samenhorig*:2 babbel*:2 praatje:2 klappen:1 in_de_ogen:2 goed_overeen:2.5 alleen_voor:2 tussen_ons:1.5 tafel_met:1.5 voel_me_thuis:2.5 thuis_voelen:2.5 ken:1.5 kent:1.5 roddel*:2 geroddeld:2 vrede_sluiten:2.5 goedmaken:2.5 op_hun_kop:2 op_mijn_kop:2 op_onze_kop:2 neerkijken:2 neergekeken:2 gekwetst:2 beledigd:2 respectloos:2 persoonlijk_contact:2 in_persoon:2 voornaam:1.5 open_dag:1.5 opendeurdag:1.5 gastvrij*:2 voorstellen_aan:1.5
      pint:2 pintjes:2 drinken:1 aanvaard:1.5 aanvaarding:1.5 geaccepteerd:1.5 erbij_horen:2 horen_erbij:2 afhaken:1.5 haken_af:1.5 betrokken:1 betrokkenheid:1.5 goeiendag:2 goedendag:2 groeten:1.5 begroeten:1.5 aanspreken:1.5 langs_elkaar:2 naast_elkaar:1.5 advocaten:1 samen:0.5 vreemde:1 vreemden:1.5 bij_naam:2 mekaar:1.5 nen_babbel:2 appreciëren:2 weet_wie:1.5 kennen_elkaar:2 concurrentie_tussen:2.5 elkaars:1.5
      cohesie:2 sociale_cohesie:2 wijkgevoel:2 buurtgevoel:2 clubgevoel:2 ploeggeest:2 hartelijk*:2 onderlinge:1 woord_houden:2 sorry:2 gekibbel:2 geruzie:2 kift:2 jaloers*:2 jaloezie:2 achterdocht*:2 argwaan:2 open_kaart:2 gezichten:1.5 persoonlijke_band:2 verbind*:2 afstand:1 polarisatie:1.5 vertrouwd*:2 nabij*:1.5
      vaste_klanten:1.5 stamgasten:2`,
  },
  en: {
    utilitair: `money:2 cash:2  cost*:2 cheap*:2 expensive:2 afford*:2 pay:1.5 paid:1.5
      paying:1.5 reimburs*:2 free:0.5 rent:1.5 rent-free:2 budget*:2 subsid*:2 grant*:1.5 funding:2
       financ*:2 resources:1.5 invest*:2 return:1.5 profit*:2 revenue*:2 income:2
      turnover:2 salary:2 salaries:2 wage*:2  expenses:2 price*:1.5 purchas*:2 buy:2
      buying:2 supplier*:1.5 wholesale*:2 licen*:2 save:1.5 saving*:2 efficien*:2 capacity:2
      staff:1.5 staffing:2 shortage*:2 short-staffed:2 understaffed:2 vacanc*:2 hire:2 hiring:2
      recruit*:2 workload:2 hours:1.5 time:1 overtime:2 weekends:1.5 shift:2 shifts:2 rota:2
      schedule:1.5 paperwork:2 admin*:1.5 job:2 jobs:2 contract:1.5 order*:1 volume:1.5
      equipment:2 truck:1.5 van:1.5 car:0.5 cars:1 vehicle*:1.5 building:1.5 space:1 storage:2
      warehouse:2 servers:1.5 software:1.5 tool*:1 system:1 platform:1 logistic*:2 kilometres:1.5
      kilometers:1.5 minutes:1.5 fast:1 faster:1.5 travel*:1 transport:0.5 deliver*:1.5
      supplies:2 projects:1.5 project:1 unused:2 survive:1.5 living:1 keep_going:1.5
      predictab*:1.5  places:1 waiting:1 subscription:1.5 ticket:1 tickets:1 share:0.5 load:1.5 half-day:1.5 evenings:1.5 nights:1.5 days_off:1.5 a_week:1 fee:1.5 fees:1.5 fund:1.5 funds:1.5 funded:1.5 fundraising:1.5 euro:2 euros:2 wait:1 waiting_list*:2 cost-effective:2 affordable:2 overheads:2 margin*:1.5 sales:1.5 market:1 invoice*:2 bill:1.5 bills:1.5 billing:2 tender*:1.5 procurement:2 quote:1 insurance:1.5 tax:1.5 taxes:1.5 allocation:1.5 financial*:2 economic*:1.5 economies_of_scale:2.5 productivity:2 output:1.5 roster:2 personnel:2 manpower:2 headcount:2 recruitment:2 premises:2 venue:1.5 rooms:1 vans:1.5 fuel:2 petrol:2 energy_bill*:2 maintenance:1.5 repair*:1 renovation*:1.5 stock:1.5 mileage:2 earn:1.5 earns:1.5 earning*:1.5 waste_of_money:2.5 wasted:1.5 value_for_money:2.5 break_even:2 saturday*:1 sunday*:1 weekday*:1 working_day:1.5 workday*:1.5 too_much:1 effort:1.5 duplicat*:2 reinvent*:2 for_nothing:1 minibus:1.5 bus:1 gear:1.5 lend:1.5 borrow*:1.5 reports:1 forms:1.5 red_tape:2 bureaucra*:2 burnout:2 burn-out:2 exhausted:2 overworked:2 overloaded:2 stretched:1.5 tired:1 busy:1.5 deadline*:1.5 meetings:0.5 bookkeep*:1.5 accountant*:1.5 accounting:1.5 store:1 labour_market:1.5 laptop:1.5 computer*:1 loss:1 losses:1.5 sell:1 selling:1 rental:2 hall:1 pricey:2 accounts:1 on_time:1.5 delay*:1.5 waiting_time*:2 queue*:1 time-consuming:2 time-saving:2 workforce:2 hands:1 manning:1.5
      technicians:2 vacant:1.5 empty:1 volunteers:1 compensation:2 replacement*:1.5 cover:1 sick_leave:2 sick:1 absence*:1 courier*:1.5 spare:1 pool:1 pooling:1.5 booking*:1.5 fully_booked:2 running_costs:2 occupancy:2 technical:1 expens*:2 save_time:2 no_time:2 understaff*:2 night_shift*:1.5 paid_for:1.5 cheaper:2
      facilities:1.5 overbooked:2 backlog:2 arrears:2 debt*:1.5 loan*:1.5 cash_flow:2 self-funding:2 cost_recovery:2 scarce:1.5 scarcity:1.5 downtime:2 turnaround:1.5 lead_time*:1.5 throughput:2 yield:1.5 harvest:1 electricity:1 payroll:2 employees:1 employment:1.5 crowded:1`,
    politiek: `power:2 powerful:2 influence*:2 a_say:2 the_final_say:2 say_in:2 vote*:2 voting:2
      voted:2 votes:2 seat*:2 board:1.5 chair:2 chairman:2 chairperson:2 decid*:2 decision*:2
      recogni*:2 reputation:2 credibility:2 credited:2 credit:1.5 name:1 logo:2 visib*:2
      invisible:2 policy:1.5 politic*:2 mayor:1.5 alderman:1.5 minister:1.5 governor:1.5
      government:1.5 council*:1.5 mandate:2 spokes*:2 press:1.5 paper:1 represent*:2 delegate*:2
      heard:2 voice:2 veto:3 agenda:2 lobby*:2 position:1.5 standing:2 role:1 autonomy:2
       control:1.5 lead:1 leadership:2 steering:2 committee:1.5 consulted:2
      count:1.5 blame:2 scapegoat:2 signing:1.5 sign:1 authority:2 ignore:1.5 status:2
      prestige:2 weight:1 clout:2 demand*:1 chair_of:2 coordinat*:1 co-author:2 publication*:1
      answering_to:2 voters:2 election*:2 seats:2 majority:2 consensus:2  shaping:1.5 independent:1 politician*:2 party:0.5 parties:0.5 opposition:2 coalition:1.5 minority:1.5 councillor*:2 cabinet:1.5 parliament*:2 ministry:1.5 authorit*:1.5 elected:2 electorate:2 constituency:2 campaign*:1 media:1.5 journalist*:1.5 headlines:1.5 publicity:2 profile:1.5 image:1.5 acknowledg*:1.5 endorse*:1.5 negotiat*:1.5 bargaining:2 advocacy:2 leverage:2 steer*:1.5 oversight:2 hierarchy:2 accountab*:1 jurisdiction:2 dominat*:2 dominance:2 sideline*:2 overrul*:2 bypass*:1.5 ignored:1.5 a_voice:2 have_a_say:2.5 no_say:2.5 in_charge:2 takeover:1.5 take_over:1 brushed_aside:2 at_the_table:2 rules:1 regulation*:1.5 lose_out:2 loses_out:2 pulling_the_strings:2.5 strings:1 who_decides:2.5 call_the_shots:2.5 calls_the_shots:2.5 take_credit:2.5 honour:1 advice:1 advisory:1.5 consult*:1.5 informed:1.5 bypassed:2 final_word:2.5 last_word:2.5 top-down:2 pawn:2 big_players:1.5 stand_strong:2 united_front:2.5 federal:1 co-sign*:2 agreement:1 agreements:1 speak_for:1.5 on_behalf:1.5 newspaper:1 candidate*:2 candidacy:2 jury:2 panel:1 block:1 blocked:1.5 dependent:1.5 overshadowed:2 drowned_out:2 pushed_aside:2 steamrolled:2 pecking_order:2 turf:1.5 leader:1.5
      blamed:2 blames:2 explain_to:1.5 justify:2 answer_to:2 answerable:2 be_seen:2 taken_seriously:2.5 nobody_asked:2.5 not_asked:2 never_asked:2.5 side_project:2 junior_partner:2.5 full_partner:2.5 equal_partner:1.5 the_last_to_know:2.5 over_our_heads:2.5 without_us:1.5 opinion:1.5 opinions:1.5 say:1 same_say:2.5 directors:1.5 board's:1.5 recognised:2 recognized:2
      union:1 unions:1 boss:1.5 bosses:1.5 impose*:2 imposed:2 dictate*:2 counterweight:2 spotlight:2 limelight:2 mandates:2 say_over:2 in_the_loop:2 kept_informed:2 power_over:2`,
    zingevend: `vision:2 value:1.5 values:2 mission:2 dignity:2 dignified:2 inclusion:2 inclusive:2
      exclude*:2 exclusion:2 accessib*:2   sustainab*:2 organic:2
      climate:2 environment*:2 green:1 plastic*:1.5 societ*:2 social:1 fair:1.5 fairness:2
      unfair:2 just:0.5 justice:2 injustice:2 right:0.5 rights:2 ethic*:2 integrity:2 conscience:2
      principle*:2 believe*:1.5 belief*:2 poverty:2 poor:1.5 vulnerable:2 disadvantaged:2
      equal*:2 discrimin*:2 racis*:2 exploit*:2 harassment:2 welcome:1.5 everyone:1 nobody:1.5
       undocumented:1.5 refugee*:1 meaning*:2 meaningful:1.5 purpose:2 matter*:1
       passion:2 calling:2 story:1.5 stories:1.5 history:1.5 heritage:0.5 identity:2
      generation*:2 future:0.5 grandchildren:2   quality:1 wellbeing:2 well-being:2
      welfare:0.5 safety:1.5 safe:1 prevention:1 privacy:2 personal_data:2 human:1.5 people:0.5
      care_about:0.5 refuse:1.5 won't:0.5 never:1 charter:1.5           personal:1  speak_up:2  elderly:1 older_people:1  disabled:1.5 homeless:2 migrants:1 means_something:2 keeps_me_going:2.5 regardless:1.5 plain_language:2 social_housing:2.5 disabilit*:2 part_of_something:2.5 founded:2 living_alone:1.5 drives:1 driven:1 values_the:0.5 ideals:2 idealis*:2 conviction*:2 commitment:1 impact:1.5 make_a_difference:2.5 difference:1 added_value:2 social_value:2 public_good:2 common_good:2 human_rights:2 equity:2 equitable:2 emancipat*:2 empower*:2 participation:1.5 citizenship:2 democra*:2 children's_rights:2 animal_welfare:2 biodiversity:2 nature:1.5 ecolog*:2 carbon:2 emissions:2 circular:1.5 recycl*:1.5 fair_trade:2 diversity:2 diverse:1.5 intercultural:2 humane:2 humanity:2 compassion*:2 empathy:2 solidarity:2 vocation:2 inspir*:1.5 quality_of_life:2 future_generations:2.5 honesty:2 racism:2 sexism:2 barrier*:1.5 low-threshold:2 stand_for:2 tailored:1 earth:2 planet:2 forgive:1.5 let_down:1 in_need:2 take_care_of:1 decency:2 decent:1.5 right_thing:2.5 moral*:2 help_people:2 roof_over:2 deserves:1.5 deserve:1.5 their_lives:1.5 own_lives:2 core_idea:1.5 core_values:2 renewabl*:2 solar:1.5 energy_transition:2 child_labour:2.5 child_labor:2.5 asylum:1.5 access:1 basic_right:2 a_right:1.5 equal_opportunit*:2 second_chance:2 fair_price:2.5 volunteering:1.5 respect_for:2 convinced:2 for_everyone:1.5
      exists_so:2 exists_to:2 cut_off:1.5 left_behind:2 forced_labour:2.5 forced_labor:2.5 who_can_afford:2.5 not_okay:1.5 not_right:2 wrong:1.5 shame*:1.5 ashamed:1.5 every_child:1.5 unfairly:2 liveable:2 livable:2 choose:1 choice:1 deserve*:1.5 humiliat*:2
      nature_conservation:2 self-reliance:2 the_weakest:2 open_to_everyone:2 open_to_all:2 right_to:2 health:1 talent*:1 pointless:1.5 idealism:2 worthwhile:1.5`,
    relationeel: `trust*:2 distrust*:2 mistrust*:2 reliab*:1.5 contact*:2 bond*:2 relationship*:2
      relation*:2 respect*:1.5 atmosphere:2 climate_between:2 get_to_know:2 know_each_other:2
      each_other:1.5 one_another:1.5 meet:1.5 meeting_people:2 met:1 conversation*:2 talk:1.5
      talking:1.5 call:1.5 phone:1.5 coffee:2 lunch:2 dinner:2 beer:1 drink*:1.5 picnic:2
      barbecue:2 party:1.5 reception:1.5 visit*:1.5 invite*:2 conflict*:2 tension*:2 quarrel*:2
      mediat*:2 apolog*:2 neighbour*:2 neighbor*:2 next_door:2 friend*:2 colleague*:1.5 team:1
      alone:1.5 lonely:2 left_alone:2 have_my_back:2 my_back:2 side:1 allies:2 ally:2        competitor*:2 competition:1.5 connect*:2 belong*:2 buddy:2 face-to-face:2 one-on-one:2
      informal*:2  same:1 keep:0.5  appreciat*:2 valued:1        together:0.5  back-and-forth:2    feel:0.5 each_other's:2 call_us:2.5 call_me:2.5 living_around:2 togetherness:2 belonging:2 community_spirit:2 team_spirit:2 camaraderie:2 collegial*:2 openness:1.5 listen*:1.5 understanding:1 mutual:1.5 appreciation:2 gratitude:2 thank*:1.5 cosy:2 get-together*:2 drinks:1.5 teambuilding:2 team-building:2 outing:1.5 confidential*:1.5 rapport:2 chemistry:1.5 click:1 misunderstanding*:2 frustrat*:1.5 irritat*:2 resentment:2 grudge:2 feud:2 falling_out:2.5 fell_out:2.5 reconcil*:2 clash*:1.5 dispute*:1.5 approachab*:2 point_of_contact:2.5 contact_person:2.5 goodwill:2 good_terms:2.5 speaking_terms:2.5 friendship*:2 warmth:2 loyal*:2 isolated:1.5 chat*:2 small_talk:2 get_along:2.5 gets_along:2.5 get_on_with:2 on_my_own:1.5 by_myself:1 in_the_eye:2 going_well_between:2 between_us:1.5 table_with:1.5 feel_at_home:2.5 at_home_in:2 know_anyone:2 gossip*:2 make_peace:2.5 looked_down:2.5 look_down_on:2.5 looks_down_on:2.5 ring:1 ring_me:2 pint:2 hospitality:2 host*:1 introduc*:1.5 acquaint*:2 grievance:1.5 hurt:1.5 offended:2 disrespect*:2 left_out:2 group_chat:2 whatsapp:1.5 email:1 e-mail:1 mail:1 in_person:2 personal_contact:2 personal_touch:2 first_name:1.5 open_day:1.5
      know:1.5 knows:1.5 known:1 spoken:1.5 speak_to:1.5 speaking_to:1.5 stranger*:2 accepted:1.5 acceptance:1.5 welcomed:1.5 disengag*:1.5 involved:1 involvement:1.5 poach*:1.5 say_hello:2 greet*:1.5 hello:1 by_name:2 lawyers:1 drop_out:1 dropping_out:1 rivalry:2 rivals:2 working_against:2 bad_blood:2.5
      cohesion:2 social_cohesion:2 neighbourliness:2 neighborliness:2 warm:1 warmly:1.5 jealous*:2 suspicion:2 suspicious:2 sorry:2 bicker*:2 squabbl*:2 keep_their_word:2 keep_our_word:2 distance:1 polaris*:1.5 polariz*:1.5 faces:1.5 familiar:1.5 close-knit:2 tight-knit:2 club_spirit:2 closeness:2
      regulars:1.5 regular_customers:2`,
  },
};

let compiled: { [L in Lang]?: Compiled<Bril> } | undefined;

/** @internal The compiled built-in lexicon for a language (built once, on first use). */
function builtinLexicon(lang: Lang): Compiled<Bril> {
  if (compiled === undefined) compiled = {};
  let c = compiled[lang];
  if (c === undefined) {
    c = buildLexicon(BRILLEN, BRIL_CUES[lang], undefined);
    compiled[lang] = c;
  }
  return c;
}

function lexiconFor(lang: Lang, options: DetectOptions | undefined): Compiled<Bril> {
  const extra = options?.lexicon?.[lang]?.brillen;
  if (extra === undefined && options?.replaceLexicon !== true) return builtinLexicon(lang);
  return buildLexicon(
    BRILLEN,
    options?.replaceLexicon === true ? undefined : BRIL_CUES[lang],
    extra,
  );
}

/**
 * @internal The lens cues found in a text, with offsets, for explanations.
 */
export function brilCues(text: string, options?: DetectOptions): CueHit<Bril>[] {
  const { tokens, lang } = prepare(text, options);
  return matchCues(lexiconFor(lang, options), tokens, lang);
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
  const scores = sumScores(BRILLEN, brilCues(text, options));
  return BRILLEN.map((bril, i) => ({ bril, score: scores[bril], i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ bril, score }) => ({ bril, score }));
}
