// Dutch (and Flemish) lens cues: the words and phrases that show through which lens (bril) a statement
// looks. One line per lens and chunk of entries; entries without `:weight` weigh 2. Dutch
// compounds are reached by their parts (`*budget*`, `subsidie*`).

import type { LensesPart } from "../types";
import { lensModel } from "./lens-model";

/** The Dutch (and Flemish) lens cues. */
export const lenses: LensesPart = {
  cues: `utilitair *geld euro *euro's kost *kosten kostprijs kosteloos:1 goedkoop* duur:1 duurder
utilitair betaalbaar* betal*:1.5 *betaald:1.5 terugbetal* gratis:0.5 budget* *budget* subsidie*
utilitair *subsidie* financ* *financiering *middelen:1.5 investering* investeren *investering
utilitair terugverdien* rendabel rendement winst omzet opbrengst* *inkomsten inkomen:1.5 loon
utilitair lonen *loon:1.5 loonkost* vergoeding* *vergoeding huur huurprijs aankoop* aankopen
utilitair kopen:1.5 inkopen *licentie* tarief:1 prijs:1.5 *prijs:1 factuur besparen besparing*
utilitair efficien* dubbel_werk *capaciteit bezetting* *personeel manschappen medewerkers:1
utilitair *tekort:1.5 tekort*:1.5 te_weinig:1 vacature* aanwerv* *krachten:1 inzetbaar werkdruk
utilitair werkvolume *volume:1 uren:1.5 uur:1 werkuren overuren tijd:1 tijdverlies weekends:1.5
utilitair *ploeg:1.5 *dienst*:0.5 *diensten:1 shift*:1.5 rooster:1.5 planning:1 administratie*
utilitair papierwerk *administratie job jobs contract:1.5 werkzekerheid zekerheid:1 *materiaal:1.5
utilitair infrastructuur *wagen:1.5 wagen:1 auto:1 *voertuig*:1.5 magazijn opslag *centrale:1.5
utilitair ruimte:1 gebouw:1.5 lokaal:0.5 *systeem:1 software*:1.5 *software:1.5 platform:1
utilitair *pakket:1 laptop:1.5 *scherm:1 projecten:1.5 project:1 logistiek* verplaatsing*
utilitair kilometer*:1.5 *minuten:1.5 snel:1 sneller:1.5 vervoer:1 levering*:1.5 *levering:1.5
utilitair leveren:1 afname bestelling* opdrachten:1 klanten:0.5 overhouden verlies*:1
utilitair verliezen:0.5 rond_te_komen rondkomen leven_van volhouden:1 op_tijd:1.5 uitlenen
utilitair lenen:1.5 delen:1 *plaatsen:1.5 wachtlijst* voorraad veroorloven vrijstelling plaats:0.5
utilitair *abonnement:1.5 goedkoper extra:0.5 uitgeput moe:1.5 oververmoeid burn-out overbelast*
utilitair werkplek*:1.5 arbeidsmarkt:1.5 avonden:1.5 nachten:1.5 per_week:1 per_maand:1
utilitair kunnen_leven:1.5 *permanentie:1.5 centen prijzig zuinig*:1.5 schaalvoordeel
utilitair schaalvoordelen winstgevend* verlieslatend rendabiliteit begroting* *begroting
utilitair werkingsmiddelen mankracht handen:1 tijdrovend tijdwinst werklast planlast doelmatig*
utilitair productiviteit afzet afzetmarkt verkoop:1.5 verkopen:1 factur* offerte* aanbesteding*
utilitair overheidsopdracht* uitrusting apparatuur toestellen:1.5 voertuigen:1.5 zaal:1 zalen:1
utilitair onderhoud:1.5 herstelling*:1.5 renovatie*:1.5 energiefactuur brandstof benzine*
utilitair verzekering*:1.5 belasting*:1.5 heffing*:1.5 lidgeld:1.5 verdienen:1.5 verdien:1.5
utilitair geldverspilling verspilling:1.5 zonde_van_het_geld:2.5 zaterdag*:1 zondag*:1 weekend*:1
utilitair werkdag*:1.5 te_veel:1 inspanning*:1.5 dubbel:1.5 warm_water busje:1.5 bus:1 rapport*:1
utilitair formulieren:1 bureaucratie overwerkt druk:1 drukte:1.5 deadline*:1.5 boven_het_hoofd
utilitair vergaderingen:0.5 boekhoud*:1.5 boekhouding computer*:1 verhuur* wachttijd*
utilitair vertraging*:1.5 tijdbesparend personeelsbestand arbeidskrachten leegstand leegstaan*
utilitair technici technieker* vrijwilligers:1 aannemen:1 compensatie *shiften:1.5
utilitair nachtdienst*:1.5 weken:1 dagen:1 vervanging* *vervanging*:1.5 ziekte*:1 afwezig*:1
utilitair uitval:1.5 koerier*:1.5 beu:1 als_enige:1 gebrek_aan:1 uitgaven tijdsgebrek geen_tijd
utilitair dure:1.5 bespaard *kost:1.5 betaalbare reservatie*:1.5 boeking*:1.5 terrein*:1
utilitair accommodatie:1.5 lokalen:1 kantoor*:1 energieprijs* doorlooptijd* levertijd*
utilitair stilstand:1.5 onderbezet* overbezet* volzet plaatsgebrek ruimtegebrek achterstand*:1.5
utilitair tewerkstelling personeelsleden schaars*:1.5 economisch*:1.5 kostendekkend zelfbedruipend
utilitair cashflow schulden:1.5 lening*:1.5 prijzen:1.5 stroomfactuur elektriciteit:1 oogst:1
utilitair wegsturen:1.5 vol:1 interim* maandag*:0.5 dinsdag*:0.5 woensdag*:0.5 donderdag*:0.5
utilitair vrijdag*:0.5 voormiddag*:1 namiddag*:1 kapot:1.5 defect*:1.5 panne:1.5 uitvalt:1.5
utilitair valt_uit:1.5 verwarming:1.5 schade:1.5 *schade:1.5 lekt:1.5 opruimen:1.5 poetsen:1.5
utilitair kuisen:1.5 schoonmaak*:1.5
politiek *macht machts* invloed beslis* *beslissing*:1.5 besluit*:1.5 zetel* stem stemmen
politiek stemrecht gestemd *stemming:1.5 *mandaat erkenning erkennen erkend:1.5 imago zichtbaar*
politiek onzichtbaar *beleid:1.5 beleids*:1.5 schepen:1.5 burgemeester*:1.5 minister:1.5
politiek gouverneur:1.5 kiezers verkiezing* politiek* *bestuur:1.5 bestuurslid:1 voorzitter*
politiek *voorzitter *raad:1.5 raad:1 gehoord geinformeerd:1 *gewicht:1.5 stoel:1.5 zitje*
politiek plaats_in:1 vertegenwoordig* afgevaardigde* woordvoerder pers:1.5 persmededeling
politiek persconferentie persbericht gazet:1 krant:1 reputatie geloofwaardig* naam:1 *logo's
politiek affiche:1 communicatie:1 agenda:1.5 lobby* positie autonomie onafhankelijk*:1
politiek zelfstandig*:1 controle:1.5 leiding *leiding:1 coordinatie:1 laatste_woord het_woord:1.5
politiek veto* consensus meerderheid overheerst ondergesneeuwd weggedrukt afhankelijk:1.5
politiek slagkracht zondebok serieus_genomen gesprekspartner kandidaat jury *comite:1 stuurgroep
politiek *commissie:1.5 trekker:1.5 blokkeren:1.5 tegenover:1 *overheid:1.5 standpunt:1.5 eisen:1
politiek eis:1 verdelen:1 verdeelt:1 een_stem mee_aan_tafel aan_tafel:1.5 wegen_op
politiek projectleider:1.5 *leider:1 volwaardig*:1 logo politici politicus partij*:1 oppositie
politiek minderheid:1.5 fractie kabinet:1.5 schepencollege raadslid raadsleden parlement*
politiek regering:1.5 mandataris* verkozen* electora* profiler* uitstraling:1.5 prestige
politiek aanzien:1.5 status:1.5 naambekendheid media:1.5 journalist*:1.5 onderhandel*:1.5
politiek compromis:1 handtekening:1 belangenbehartig* beinvloed* invloedrijk* hefboom:1.5 regie
politiek regierol trekkersrol leiderschap sturing:1.5 aansturen:1.5 hierarchie bevoegd*
politiek toezicht:1.5 overrul* buitenspel gepasseerd genegeerd:1.5 mee_beslissen:2.5
politiek mee_aan_het_stuur:2.5 reglement*:1.5 *reglement:1.5 regels:1 onderspit:2.5 touwtjes
politiek de_eer eer:1.5 advies:1 adviesraad geraadpleegd raadpleg*:1.5 top-down de_plak:2.5
politiek het_voor_het_zeggen:2.5 te_zeggen:1.5 niks_te_zeggen:2.5 niets_te_zeggen:2.5 speelbal
politiek grote_spelers:1.5 een_vuist federale:1 eensgezind_front:2.5 mee_bepalen:2.5 bepalen:1
politiek medeondertek* namens:1.5 spreken_namens kandidatuur panel:1 overschaduwd opzij_geschoven
politiek platgewalst pikorde mening meetel* telt_mee gezien_worden:2.5 verantwoorden
politiek verantwoording uitleggen_aan de_schuld schuld_krijgen:2.5 verweten:1.5 plek_in:1.5
politiek vaste_plek_in ingelicht:1.5 als_laatste:1 over_ons_hoofd:2.5 over_onze_hoofden:2.5
politiek zonder_ons:1.5 bijzaak:1.5 zijproject:1.5 volwaardige_partner:2.5 gelijkwaardige_partner
politiek bestuurders:1.5 mee_te_beslissen:2.5 mee_te_praten zeg:0.5 zeggen_over:1.5 gezag
politiek macht_over inspraak* zeggenschap*:3 mandaten belangengroep*:1.5 vakbond*:1.5 in_de_kijker
politiek schijnwerpers pluim:1.5 pluimen:1.5 lintje de_baas baas:1.5 bazen:1.5 dicteren opleggen
politiek opgelegd afdwingen:1.5 op_de_hoogte:1 uit_de_wind:1 gekozen:1 lint_knippen lintje_knippen
politiek zwartepiet:2.5 zwarte_piet:2.5 wie_ik_ben wie_we_zijn:1.5 de_lakens:2.5 voor_de_kar:2.5
politiek loopjongen* voldongen:2.5 overstemd:2.5 weggestemd:2.5 indruk_wekken:1.5 serieus_nemen:2
politiek serieus_neemt:2 overtuigen:1.5 openbaar*:1.5 transparan*:1.5 *opleiding:0.1
politiek *begeleiding:0.1 *aanleiding:0.1 *inleiding:0.1 *toeleiding:0.1 *afleiding:0.1
politiek *waterleiding:0.1 *gasleiding:0.1 *warmteleiding:0.1 *pijpleiding:0.1 *begeleider:0.1
politiek *voorraad:0.1
zingevend visie waarde waarden waardevol:1.5 meerwaarde:1.5 missie waardig* menswaardig* inclusie*
zingevend uitsluit* toegankelijk* duurzaam* *duurzaamheid* klimaat* milieu* *vrij:0.5 biologisch*
zingevend maatschappelijk*:1.5 samenleving rechtvaardig* onrechtvaardig* recht:1.5 rechten
zingevend basisrecht* mensenrecht* ethisch* ethiek integriteit geweten principe* *principe*
zingevend geloof*:1.5 armoede arm:1 armen:1 kansarm* kansen* gelijke_kansen *kansen:1.5 kwetsba*
zingevend gelijkwaardig* eerlijk*:1.5 solidari* discrimin* racis* welkom iedereen:1 niemand:1
zingevend kinderen:0.5 jongeren:0.5 ouderen:1 nieuwkomers:1 vluchteling*:1 zinvol* zin:1 betekenis
zingevend betekenen:1.5 drijfveer drijft roeping passie trouw verhaal:1.5 verhalen:1.5
zingevend verleden:1.5 geschiedenis:1.5 identiteit generatie* toekomst:1 volgende_generatie
zingevend kleinkinderen lokaal:0.5 eerlijke_prijs:3.5 kwaliteit:1 welzijn:1.5 welbevinden
zingevend veilig*:1 privacy sociaal:1.5 centraal:1.5 de_mens mensen_helpen helpen:1 respect_voor
zingevend charter:1.5 code:1 weiger*:1 uit_principe:3 staat_vast:1.5 nooit:0.5 ervaring:1
zingevend vrijwilliger*:0.5 vrijwilligerswerk:1.5 goesting:0.5 verschil:1 kritisch:1.5
zingevend overtuiging*:2 overtuigd:1.5 kloof onverzekerd* eenvoudige_taal duurzame
zingevend verhoogde_tegemoetkoming maatschappelijk_werker:0.1 maatschappelijk_werkers:0.1
zingevend zoals_het_hoort sociale*:1.5 ongeacht alleen_wonen:1.5 beperking:1.5 dakloos* daklozen
zingevend *preventie*:1 bestaat_om opgericht sociale_woning*:2.5 gelijke:1.5 gelijkheid ongelijk*
zingevend idealen ideaal:1.5 engagement:1.5 geengageerd impact:1.5 verschil_maken gerechtigheid
zingevend emancipat* empowerment participatie:1.5 burgerschap democrat* kinderrechten
zingevend dierenwelzijn biodiversiteit natuur:1.5 ecologisch* co2 uitstoot circulair*
zingevend hergebruik:1.5 vergroen* groen:1 fairtrade eerlijke_handel armoedebestrijding
zingevend diversiteit divers:1.5 intercultur* menselijk*:1.5 zorgzaam* empathie naastenliefde
zingevend bezieling inspiratie:1.5 levenskwaliteit kwaliteit_van_leven toekomstgericht:1.5 integer
zingevend deontologie beroepsethiek seksisme drempel*:1.5 laagdrempelig* zingeving staan_voor
zingevend op_maat:1 aarde planeet vergeven:1.5 laten_vallen:1.5 in_nood zorg_dragen:1 fatsoen*
zingevend moreel morele het_juiste mensen_te_helpen dak_boven hun_leven:1.5 eigen_leven
zingevend kerngedachte hernieuwba* zonnepanelen:1.5 energietransitie kinderarbeid:2.5
zingevend asielzoeker*:1.5 asiel:1.5 toegang:1 tweede_kans voor_iedereen:1.5 schamen:1.5
zingevend schaamte:1.5 arme:1.5 elk_kind:1.5 ieder_kind:1.5 niet_oke:1.5 niet_ok:1.5
zingevend doorgeschoven:1.5 dwangarbeid:2.5 fair:1.5 faire:1.5 oneerlijk* leefbaar* uitgesloten
zingevend achtergesteld* respectvol*:1.5 mensonwaardig* uit_de_boot natuurbehoud erfgoed:1.5
zingevend ontplooiing zelfredzaam* open_voor_iedereen armsten zwakkeren zwakste* gezondheid:1
zingevend talent*:1 recht_op kinderen_van:0.5 zinloos idealisme tussen_de_mazen:2.5 niemand_mag
zingevend niemand_zou:1.5 niemand_moet:1.5 zonder_geld:1.5 over_mijn_hart:2.5 over_ons_hart:2.5
zingevend migratieachtergrond:2 migrant*:1.5 net_als_de_andere:2 net_als_de_anderen:2
zingevend net_als_iedereen:2 zoals_iedereen:1.5 als_een_nummer:2.5 thuis_wonen:1.5
zingevend thuis_blijven_wonen:2 fossiel*:1.5 warmtepomp*:1 stookolie*:1 aardgas*:1 ten_goede:1
relationeel vertrouw* wantrouw* betrouwba* contact* *contact aanspreekpunt band banden relatie*
relationeel *relatie verstandhouding sfeer klimaat_tussen respect:1.5 gerespecteerd gewaardeerd
relationeel waardering elkaar:1.5 kennen:1.5 leren_kennen kennismak* ontmoet* samenkomen:1.5
relationeel gesprek:1.5 gesprekken:1.5 praten:1.5 spreken_met:1.5 bellen bel:1.5 koffie* lunch*
relationeel etentje eten:0.5 *receptie barbecue *feest sportdag *bezoek:1.5 langs*:1.5 uitnodig*
relationeel nodigt nodigen conflict* spanning* ruzie bemiddel* excus*:3 buur buren buurt:1
relationeel omwonenden *bewoners:1 buurtbewoners vriend* collega*:1.5 team:1 samenwerken_met:1
relationeel alleen:1 eenzaam gemak:1.5 concurrent* ieder-voor-zich verbonden verbondenheid
relationeel deel_voelen:2.5 buddy* persoonlijk:1 informeel informele onder_vier_ogen face-to-face
relationeel vaste:0.5 dezelfde:0.5 gezicht:1 rechtstreeks:1.5 loyaal loyaliteit trouw:1 mail:1
relationeel whatsapp*:1.5 kanaal:1 overleg:1 intervisie:1.5 mis:1 missen:1 gelijken:1.5 op_bezoek
relationeel niet_meer_samen door_een_deur:2.5 gemeenschapsgevoel wij-gevoel groepsgevoel teamgeest
relationeel kameraadschap collegialiteit collegiaal openheid:1.5 luister*:1.5 begrip:1.5
relationeel dankbaarheid appreciatie gezellig* netwerkmoment* drink:1.5 aperitief pintje
relationeel teambuilding uitstap:1.5 dialoog:1.5 misverstand* frustratie*:1.5 irritatie* wrevel
relationeel onenigheid verzoen* botsing*:1.5 klikt klik:1.5 chemie:1.5 sympathie aanspreekbaar*
relationeel bereikbaar*:1 op_goede_voet:2.5 samenhorig* babbel* praatje klappen:1 in_de_ogen
relationeel goed_overeen:2.5 alleen_voor tussen_ons:1.5 tafel_met:1.5 voel_me_thuis:2.5
relationeel thuis_voelen:2.5 ken:1.5 kent:1.5 roddel* geroddeld vrede_sluiten:2.5 goedmaken:2.5
relationeel op_hun_kop op_mijn_kop op_onze_kop neerkijken neergekeken gekwetst beledigd
relationeel respectloos persoonlijk_contact in_persoon voornaam:1.5 open_dag:1.5 opendeurdag:1.5
relationeel gastvrij* voorstellen_aan:1.5 pint pintjes drinken:1 aanvaard:1.5 aanvaarding:1.5
relationeel geaccepteerd:1.5 erbij_horen horen_erbij afhaken:1.5 haken_af:1.5 betrokken:1
relationeel betrokkenheid:1.5 goeiendag goedendag groeten:1.5 begroeten:1.5 aanspreken:1.5
relationeel langs_elkaar naast_elkaar:1.5 advocaten:1 samen:0.5 vreemde:1 vreemden:1.5 bij_naam
relationeel mekaar:1.5 nen_babbel appreciëren weet_wie:1.5 kennen_elkaar concurrentie_tussen:2.5
relationeel elkaars:1.5 cohesie sociale_cohesie wijkgevoel buurtgevoel clubgevoel ploeggeest
relationeel hartelijk* onderlinge:1 woord_houden sorry gekibbel geruzie kift jaloers* jaloezie
relationeel achterdocht* argwaan open_kaart gezichten:1.5 persoonlijke_band verbind* afstand:1
relationeel polarisatie:1.5 nabij*:1.5 vaste_klanten:1.5 stamgasten goeiemorgen goedemorgen
relationeel goeiedag dag_zeggen in_de_steek wrijving langs_de:0.1 langs_het:0.1 langs_een:0.1
relationeel langs_mijn:0.1 langs_onze:0.1 langs_ons:0.1 langs_zijn:0.1 langs_haar:0.1
relationeel langs_hun:0.1 langs_alle:0.1 langs_beide:0.1 alleen_nog:0.1 alleen_maar:0.1
relationeel alleen_in:0.1 alleen_als:0.1 alleen_de:0.1 alleen_het:0.1 alleen_die:0.1 alleen_op:0.1
relationeel alleen_naar:0.1 alleen_aan:0.1 alleen_van:0.1 alleen_om:0.1 alleen_wanneer:0.1
relationeel aanvaard_ik:0.1 aanvaarden_we:0.1 aanvaarden_wij:0.1 samen_aan_tafel:2.5
relationeel rond_de_tafel:1.5 bij_wie:1.5 tegenkom*:1.5 tegen_elkaar:1 geisoleerd*:1.5
relationeel isolement:1.5 vereenzam*:2
`,
  model: lensModel,
};
