// Dutch (and Flemish) for the statement classifier: cue lexicon, spoken forms, connectives and the fitted
// prior. The lexicon's format is described at `LexiconSource` (src/lang/types.ts). Families
// starting with `s.` point to standpunt (one concrete means, an opinion of one thing), `b.` to
// belang (a need, value, goal, fear or hope that can be met in several ways); their weights are
// fitted once for all languages (src/statements/classifier/weights.ts). The words are general
// Dutch, not the vocabulary of one sector.

import type { StatementsPart } from "../types";
import { model } from "./model";
import { splitWords } from "./split-words";

/** The Dutch (and Flemish) part of the statement classifier. */
export const statements: StatementsPart = {
  cues: `s.propose stel*_~8_voor vraag|vragen_wij|we|ik voorstel* pleit* ^vraag ^vragen
s.propose vraag|vraagt|vragen_~2_dat|of vraagt|vragen_om_het|de sta|staat|staan_erop ^ik_vraag
s.propose ^we|wij_vragen eis* vereis* verwacht*_~2_dat dring|dringt|dringen|drong|drongen_~2_aan aandring* aangedrongen
s.refuse weiger* of_we|wij_stappen|stoppen niet_akkoord aanvaard*|accepteer*_~4_niet
s.refuse niet_~2_aanvaard*|accepteer* nee_tegen zegt_nee ^geen niet_meer_mee niet_mee
s.refuse niet_meer_samen ^nooit_meer ^geen_enkele_~4_mag|mogen stap*_~6_uit leg*_~8_neer
s.refuse dat_staat_vast punt_uit trek*_~2_lijn niet_bereid niet_meer|langer|echt|zomaar_bereid
s.vote heeft|hebben_~2_beslist|besloten|gestemd ertegen ben|zijn_ervoor stem*_tegen|voor
s.vote ben|zijn_~2_tegen ^tegen ben_~2_voor voorstander veto*
s.condition eerst voordat voor_ik|we|wij|er alleen|enkel_~5_als zolang tenzij op_voorwaarde
s.condition voorwaarde*
s.softq lijkt_~3_best|beste zou_~2_beter|best_zijn ^zou*_~4_niet_beter ^zou*_~5_niet_~3_kunnen
s.softq ^kunnen|kunt|kan_~2_niet ^kunnen|zullen_we_~3_afspreken ^is_het_niet ^moet_~4_niet ^mag_ik ^waarom_niet
s.letus ^laten_we ^laat_ons ^wat_als ^misschien_~2_kunnen ^misschien_~2_moeten ^waarom_~4_geen
s.imperative ^laat ^zet ^geef ^geeft_ons|me|mij ^stop ^start ^maak ^stuur ^hou ^organiseer ^betaal
s.imperative ^zorg_dat ^zorg_voor ^voer ^investeer ^breid ^bouw ^schaf ^verhoog ^verlaag ^verbied
s.imperative ^voorzie ^betrek ^luister ^leg ^neem ^richt ^creeer ^verbeter ^vervang ^herstel ^sluit
s.imperative ^beperk ^verplicht ^schrap ^verminder ^vergroot ^verbreed ^versterk ^ondersteun ^help
s.imperative ^installeer ^renoveer ^subsidieer ^beloon ^deel ^gebruik ^kies ^doe ^probeer ^breng
s.imperative ^verleng ^bundel ^schakel ^verdeel ^hervorm
s.means aangesteld ingevoerd afgeschaft georganiseerd betaald gedeeld samengesteld aanstel*
s.means stel*_~3_aan werv* invoer* voer*_~3_in afschaf* schaf*_~3_af opricht* richt*_~3_op
s.means opstart* zet*_~3_op organiseer* organiseren install* betal* betaalt financier* aankop*
s.means aankoopt bouw* huur|huurt|huren verhuur|verhuurt|verhuren sturen stuurt verstuur*
s.means verhuizen verhuist verschuif* verhoog* verlaag* verplaats* sluit* uitnodig* nodig*_~8_uit
s.means aanbied* bied*_~3_aan publiceer* onderteken* reserveer* aanduid* duid*_~3_aan vergoed*
s.means terugbetaal* zet*_~3_in opstel* verkoop* gebruik* overnemen overneemt neemt_~3_over
s.means overleg*_~2_houden hou vertegenwoordig* delen draagt dragen_~2_kosten bel indien* boekt
s.means boeken geboekt bellen aanwer* deelt lever levert leveren gun gunt gegund inzetten opzetten
s.means teken tekent stuur versturen koop koopt kopen aanvra*
s.concrete aangeboden gratis vast vaste eigen_~1_een gezamenlijk* gedeeld* centraal centrale
s.concrete voortaan vanaf_nu in_plaats_van ^enkel_nog alleen_nog enkel_nog minstens procent euro
s.concrete permanent* rechtstreeks
s.time per|elke_week|maand elk|per_jaar jaarlijks* maandelijks* wekelijks* nog_dit_jaar
s.time volgende_week volgend_jaar maandag* dinsdag* woensdag* donderdag* vrijdag* zaterdag*
s.time zondag* om_~2_uur na|voor|tegen|tot_zessen|zevenen|achten|negenen|tienen|elven
s.payer zelf_~2_betalen betaald|gefinancierd|gesubsidieerd_door te_betalen_door gegarandeerd_door
s.wish wil wilt willen zou|zouden_willen belangrijk_~3_dat
s.number twee drie vier vijf zes zeven acht negen tien vijftien twintig dertig honderd duizend
s.number tweeduizend helft derde
s.device laatste_woord contactpersoon aanspreekpunt coordinator voorzitter* zitje* zetel stoel
s.device stemrecht vetorecht stuurgroep werkgroep commissie platform fonds charter label quotum
s.device abonnement* ticket* combiticket* budget* subsidie* bestelwagen dienstwagen loket* e-loket
s.device overeenkomst contract* afspraak* procedure rooster planning vergadering* bemiddelaar tolk
s.device parking wagen bus app website software systeem zaal ruimte gebouw helpdesk
s.firm uit_principe
s.firm vanaf_januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|volgend|volgende
s.firm blijft|blijven|gaat|gaan_~6_dicht|gesloten|open ^we|wij_blijven houden_vast_aan kiest_voor
s.firm kiezen_voor ^we|wij_starten|maken ^ik_ga ^ik_zet ^ik_lever ^ik_bel ^ik_geef
s.firm ^ik_werk_~3_niet
s.want_np liever_~8_dan er_~1_een|geen_~4_komt|komen zou_~2_graag wil_ik_zelf wil_zelf
s.want_np wil|willen_een|geen wil_~2_een_vaste wil_mijn wil_ons wil_onze wil_de_~1_van
s.want_np wil_~3_in_plaats
s.scope elk elke alle ieder iedere
s.modal moet moeten ^er_moet|moeten zou|zouden_~4_moeten dient|dienen_~6_te
b.openq ^wie ^hoe ^wat_gebeurt|doen|moeten ^wat_als_~6_niet
b.fear durf*_~8_niet zie_~4_op_tegen vrees* bang angst* bezorgd_~3_over|om|dat|voor ik|we|wij|ze|zij_~3_bezorgd zijn|ben|bent_~2_bezorgd bezorgde bezorgden bezorgdheid* ongerust* schrik zorgen_over|om
b.fear maak*|maken_~3_zorgen ^mijn|onze_zorg grootste_zorg bekommernis* op_het_spel verloren dreig*
b.fear risico* gevaar* onzeker* wakker* kwijt* verlie*
b.hope hopen hopelijk verlang* wens wensen wenst wenste wensten droom* dromen zou_goed|fijn_zijn hoop*
b.value centraal_stellen geloof* waarde* hecht* belang_aan het_gaat_~3_om gaat_het_~2_om erom
b.value essentieel cruciaal levensbelang recht_op rechten menswaardig* waardigheid trouw respect*
b.value gelijkwaardig* rechtvaardig* eerlijk* principe* voorop telt tellen zinvol* verdien*
b.value centraal_~2_sta* beteken* basis*
b.goal maar_een_keer wil|willen_~1_een_~4_zijn een_plek|plaats|ruimte_waar doel doelen
b.goal doelstelling* ontlast* streef* streven drijf* missie visie ambitie* opgericht_om manier_om ^om_~4_te
b.goal bijdragen besta*_om moet|moeten_~4_beter|sneller|vaker|duidelijker|transparanter|eerlijker
b.need wil_~2_weten wil_~3_weten_~2_waar moet_~2_weten nood_aan behoefte* nodig zoek*
b.feeling erkend_als|worden voel* gevoel* gemak beu dwars frustr* gefrustreerd moe moeilijk
b.feeling verzuip* verdrink* overspoel* overbelast* uitgeput alleen_gelaten er_alleen_voor sta_~3_alleen
b.feeling eenzaam* geraakt raakt_mij|me gehoord gezien gewaardeerd waardering erkenning
b.feeling serieus_~1_genomen|nemen|neemt welkom thuis veilig* goesting erger*
b.relation vertrouw* wantrouw* band verbonden* verbinding* relatie* verstandhouding contact_met
b.relation sfeer* elkaar kennismak* kennen conflict* spanning* ruzie gelijke*
b.state niet_meer_~1_te geen_~3_vinden|vindt|vind zit|zitten|zat_vast vastgelopen loopt|lopen_vast
b.state belanden belandt hangt|hangen_af_van afhang* overvol* propvol overbevolkt* overbezet* volzet
b.state ^we|wij|ik_blijven|blijf_~3_krijgen|horen|zien|verliezen|wachten kan_~6_geen_~4_meer
b.state ik|k_moet|moest moet|moest_ik|k
b.state niet_in_staat drempel*
b.state probleem problemen *probleem *problemen problematisch knelpunt knelpunten *knelpunt *knelpunten pijnpunt pijnpunten struikelblok* zwart_gat
b.state kost|kosten_~2_ons mis te_weinig te_veel te_kort tekort tekorten *tekort* gebrek gebreken *gebrek* *kloof mist missen nauwelijks
b.state nog_altijd nog_steeds steeds_meer grens druk onder_druk onzichtbaar* afhankelijk*
b.state uitsluit* uitgesloten* lukt_niet blijft* raken ^er_is ^er_zijn amper zonde
b.state niet_~1_normaal kan|kunnen_~6_niet_meer|langer al_~2_maanden|weken|jaren|jaar
b.ability kunnen_~3_leven kunnen_rekenen rondkomen rond_te_komen overleven overleef*
b.ability blijven_bestaan moet|moeten|mag|mogen|wil|willen_~12_kunnen|kan|kunt leven|leeft_van
b.avoid niet_willen vermijd* voorkom* niemand geen_enkele zondebok uit_de_boot uit_handen
b.avoid wil|willen_~2_niet mag|mogen_~3_niet ^minder
b.keep behoud* blijven_~3_vertrouwen trouw_aan_blijven
b.self persoonlijk_~3_raakt mijn_eigen_ervaring opgegroeid geworden_om ervaring*
b.abstract toekomst zekerheid voorspelbaar* autonomie zelfstandig* onafhankelijk* invloed gewicht
b.abstract zichtbaar* geloofwaardig* reputatie positie inspraak zeggenschap stem_hebben|krijgen
b.abstract stem_~2_horen toegankelijk* controle welzijn gezondheid kansen kans rust duurzaam
b.abstract duurzame betaalbaar* samenleving inclusi*
s.judge vind|vinden_ik|wij|we lijkt_me|mij|ons ik|k_vind_~2_dat volgens_mij naar_mijn|ons_mening|oordeel
s.judge mijns_inziens wat_mij|ons_betreft vindt|vond|vonden_dat
s.judge vindt|vond|vonden_het_~2_goed|slecht|vreemd|jammer|spijtig|raar|onbegrijpelijk|onaanvaardbaar|terecht|onterecht|logisch|beter
s.judge is|zijn|was|waren|lijkt|lijken|blijkt|blijft_~4_schande|fiasco|grap|farce
s.judge is|zijn|was|waren|lijkt|lijken|blijkt|blijft_~4_gemiste_kans is|zijn|was|waren|lijkt|lijken|blijkt|blijft_~4_stap_vooruit|terug
s.judge zou|zouden|lijkt|lijken_~3_eerlijk|oneerlijk|verstandig|beter|slim|dom|onverantwoord|onhaalbaar_zijn
s.judge goed|prima|top|slecht|verstandige|prachtig|slim|dom|stom_idee|plan|keuze|initiatief|voorstel
s.judge een_goed|slecht|verstandig|prachtig|slim|dom|stom_idee|plan|voorstel ^echt|totaal|compleet|volstrekt_belachelijk|onaanvaardbaar
s.judge slaat_nergens_op slaat_~2_op_niets geen_zin veels_te veel_te_duur|laat|vroeg|weinig|veel|klein|groot|lang|kort|hoog|laag|zwaar|druk|vol|traag|ver|moeilijk|krap|snel|duur|complex|ingewikkeld|streng|zwak ^schandalig ^belachelijk ^onaanvaardbaar
s.judge is|zijn|was|waren|lijkt|lijken|blijkt|blijft_~3_onwerkbaar|wenselijk|onwenselijk|schandalig|asociaal|onaanvaardbaar|belachelijk|schande|onrechtvaardig|onverantwoord|geldverspilling|onzin|zinloos|nutteloos|absurd|gevaarlijk|onveilig|oneerlijk|eerlijk|onredelijk|redelijk|verstandig|dom|stom|zot|waanzin|onhaalbaar|onbetaalbaar|overbodig|overdreven|ondoordacht|kortzichtig|naief|wereldvreemd|onzinnig|misplaatst|fout|juist|terecht|onterecht|uitstekend|schitterend|fantastisch|verschrikkelijk|rampzalig|slecht|prima|onmogelijk|ontoereikend|onvoldoende|ongepast|discriminerend|ondemocratisch|verouderd|achterhaald|betuttelend|onwerkelijk
s.vote enige|grote_~1_regeling|verbetering schot_in_de_roos ^akkoord akkoord_met gaan_akkoord ^ok|top|prima|deal|opgelost
s.vote geen_probleem geen_enkel_probleem ok_voor_ons stemt_in_met ^ik_steun ^blij_met protesteer* protesteren maak*|maken_~2_bezwaar
s.vote dien|dient|dienen|diende|dienden_~5_klacht|bezwaar_in klacht|bezwaar_~2_indienen|ingediend
s.vote spreken|spraken|spreekt_~2_af_dat|om afgesproken_~2_dat komen|kwamen_~2_overeen_dat|om
s.firm ^wij|we|ik_doen|breng|brengen|nemen|neem|verdelen|verwijzen|gaan ^wij|we_kunnen_~3_leveren
s.refuse niet_aan_mee niet_bespreekbaar ^nee ^dat_gaat_niet zie|ziet|zien_~3_niet_zitten over_mijn_lijk
b.state ^ik|wij|we_heb|hebben_~1_geen|maar heeft_maar niet_in_kas kan_~3_nergens ^wij_zijn_een_kleine
b.state permitteren|veroorloven ^als_~3_heb_ik
b.state heeft|hebben|had|hadden_geen er_is|zijn_geen
s.vote verzet|verzetten_~2_tegen
s.propose verzoek|verzoeken_~3_om|dat
s.firm onbespreekbaar
s.refuse ^ik|wij|we_teken|tekenen_niet
b.caveat wijst|wees|wijzen|wezen_erop benadrukt|benadrukte|benadrukken onderstreept|onderstreepte
b.caveat waarschuwt|waarschuwde|waarschuwen merkt|merkte|merkten_op merkt|merkte_~3_op_dat
b.caveat geeft|gaf_aan geeft|gaf|geven_~2_aan_dat rekent|rekende_voor
n.greeting ^hallo ^hoi ^dag ^beste ^geachte ^lieve ^goeiemorgen ^goedemorgen ^goeiemiddag
n.greeting ^goedemiddag ^goeienavond ^goedenavond ^welkom bedankt dank_u|je|jullie merci groeten
n.greeting hartelijk|alvast|nogmaals|alleszins_dank groetjes met_vriendelijke_groet* proficiat
n.greeting tot_dan|straks|morgen|later gefeliciteerd ^sorry hierbij_~4_bijlage in_bijlage
n.report laat|liet_weten deelt|deelde_mee bevestigt|bevestigde licht|lichtte_toe meldt|meldde
n.report ter_info|informatie|herinnering|kennisgeving herinnert|herinnerde_eraan stelt|stelde_vast zei_dat
n.report antwoordt|antwoordde vraagt|vroeg_wanneer|hoeveel|hoe|wat|waarom vroeg_of
n.report vraagt|vroeg_welke|welk|wie|waar vraagt|vroeg_om_hoeveel vraagt|vroeg_of_het_klopt
n.report volgens_de|het|hem|haar|hen|mij|onze brengt|bracht_verslag opent|sluit_de_vergadering
n.fact ^ik|wij|we_woon|woont|wonen|woonde|woonden ^ik_werk_~2_in|als|bij ^ik_ben_~3_jaar
n.fact ^ik_ben_~2_sinds ^ik_ben_een|geboren ^wij|we_zijn_een|met ^ik|wij|we_heb|hebben_~2_kinderen
n.fact ^onze|ons_~3_telt|heeft|bestaat|telde telt telde bedraagt bedroeg bestaat_uit steeg daalde
n.fact stegen daalden vorig_jaar sinds_19*|20* in_19*|20*
n.fact ^de|het_~3_telt|telde er_zijn_momenteel momenteel_zijn|telt|tellen zijn_~3_gevestigd
n.fact wordt|worden_verdaagd|uitgesteld|geagendeerd loopt_tot organiseert|organiseren_op
n.askinfo ^wanneer ^waar ^hoeveel ^hoelang ^hoe_laat|lang|vaak|oud|ver ^welke ^welk
n.askinfo ^is|zijn|was|waren|komt|komen_er ^weet_iemand|u|jij|jullie ^klopt_het ^wie_is|zijn|was
n.askinfo ^wat_is|zijn|kost|kosten|betekent|bedoelt ^vanaf|tot|tegen_wanneer
n.askinfo ^kan|kunt|kunnen_~3_bevestigen|doorsturen|doorgeven|bezorgen|uitleggen
n.askinfo ^om_hoe_laat ^om_welk|welke ^geldt|gelden_~3_ook
n.procedure ^aanwezig ^verontschuldigd ^notulist volgende_vergadering|bijeenkomst|overleg
n.procedure vindt|vond_plaats vindt|vond_op_~3_plaats ^agendapunt* ^rondvraag ^varia verslag_~8_goedgekeurd
n.procedure ^geen_opmerkingen ^verder_geen_opmerkingen ^geen_verdere_opmerkingen geeft|gaf_~3_het_woord
n.procedure ^ik_geef_het_woord ^ter_goedkeuring ^ter_bespreking ^voor_kennisname
b.reason want omdat zodat ^om_~6_te daardoor anders_~2_moeten aangezien vermits wegens vanwege
b.reason doordat opdat
b.value ^geen_enkel|enkele_kind|jongere|leerling|student|patiënt|cliënt|bewoner|inwoner|gezin|mens|burger|ouder|oudere_~4_mag|mogen|zou|kan|moet|hoeft
b.state ^geen_tijd|budget|geld|auto|wagen|rijbewijs|computer|internet|capaciteit|personeel|ruimte|plaats|zicht|vervanger
b.state ^geen_opvolger|financiering|middelen|vrijwilligers|kinderopvang|back-up|backup
b.feeling ^geen_zin|goesting
s.field ^voorstel|voorstellen|tegenvoorstel|aanbod|tegenbod|bod|actie|acties|actiepunt|actiepunten|afspraak|afspraken
s.field ^afgesproken|beslissing|beslissingen|besluit|besluiten|beslist|maatregel|maatregelen|beheersmaatregel|beheersmaatregelen
s.field ^oplossing|oplossingen|aanbeveling|aanbevelingen|eis|eisen|standpunt|goedgekeurd|aanpak|idee ^volgende_stap|stappen
s.field ^kansen
s.field ^ons|mijn|hun_voorstel|tegenvoorstel|aanbod|standpunt ^laatste_bod ^te_doen
b.field ^oorzaak|oorzaken|gevolg|gevolgen|impact|risico|risico's|probleem|problemen|knelpunt|knelpunten|zorg|zorgen
b.field ^bezorgdheid|bezorgdheden|angst|vrees|nood|noden|behoefte|behoeften|behoeftes|waarom|reden|redenen|drijfveer|drijfveren
b.field ^uitdaging|uitdagingen|pijnpunt|pijnpunten|belang|belangen|drempel|drempels|motivatie ^wat_ons_drijft
b.field ^zwakte|zwaktes|bedreiging|bedreigingen|hoop|waarde|waarden ^zwakke_punten
b.field ^aanleiding|context|achtergrond|situatie|sterkte|sterktes|troef|troeven|doelstelling|doelstellingen|ambitie ^sterke_punten
b.field ^onderliggende_nood|noden|behoefte|belang|belangen
n.field ^eigenaar|eigenaars|verantwoordelijke|trekker|status|datum|categorie|kans|waarschijnlijkheid|ernst|prioriteit|score
n.field ^referentie|ref|nr|nummer|deadline|timing|aanwezigen|afwezig|betreft|onderwerp|plaats
n.field ^locatie|tijdstip|wanneer|waar|agendapunt|agenda|bron|contactpersoon|versie|opvolging|van|aan|cc
n.field ^gemeld|gelogd|opgesteld|ingediend|herzien|goedgekeurd_door ^datum_melding|opening|afsluiting|evaluatie
n.field ^volgende_bespreking|evaluatie ^restrisico ^gekoppeld_aan
n.field ^opgevolgd_door ^stand_van_zaken ^laatst_herzien|bijgewerkt
`,
  aliases:
    "nie=niet ni=niet da=dat k=ik t=het ge=je gij=jij ne=een nen=een kunde=kunt moete=moet moede=moet zijde=bent hebde=hebt zoude=zou wilde=wil ma=maar mo=maar mor=maar veur=voor joar=jaar doar=daar doa=daar goan=gaan goa=ga goat=gaat gin=geen noar=naar noa=naar omda=omdat mekaar=elkaar wa=wat wuk=wat zyn=zijn goe=goed mijne=mijn hunne=hun zijt=bent moogt=mag ich=ik as=als vin=vind mer=maar dao=daar zouwe=zouden goei=goed wadde=wat hedde=hebt zedde=bent",
  connectives:
    "want=1 omdat=1 zodat=1 anders=1 dan=1 dus=2 daarom=2 aangezien=1 vermits=1 wegens=1 vanwege=1 doordat=1 opdat=1",
  clauseSubjects:
    "ik wij we ze zij hij het dat da's dit die er daar je jij u mijn ons onze hun men iedereen niemand",
  reasonOpeners: "omdat om zodat opdat aangezien vermits wegens vanwege doordat",
  abbreviations:
    "ca max min bv bijv vb nr nrs incl excl resp enz etc evt ong gem vnl zgn tel blz art afd dhr mevr mr dr st pers mln mld jan feb mrt apr jun jul aug sep sept okt nov dec di wo vr za vs cf",
  stressedNumbers: "een",
  riskNumbers: "r i",
  riskScores: "k=i w=i",
  prior: -0.29,
  model,
  splitWords,
};
