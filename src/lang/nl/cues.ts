// Dutch (and Flemish) cue lexicon of the statement classifier. Syntax: see classify-engine.ts.
// Families starting with `s.` point to standpunt (one concrete means), `b.` to belang (a need,
// value, goal, fear or hope that can be met in several ways). Family weights are fitted in
// classify-weights.ts; the words here are general Dutch, not the vocabulary of one sector.

/** Spoken Flemish and clitic forms mapped to the written word (`from=to`). */
export const NL_ALIASES =
  "nie=niet ni=niet da=dat k=ik t=het ge=je gij=jij ne=een nen=een kunde=kunt moete=moet " +
  "moede=moet zijde=bent hebde=hebt zoude=zou wilde=wil " +
  "ma=maar";

/** The Dutch cue lexicon. */
export const NL_CUES = `s.propose stel*_~8_voor vraag|vragen_wij|we|ik voorstel* pleit* ^vraag ^vragen vraag|vraagt|vragen_~2_dat|of vraagt|vragen_om_het|de sta|staat|staan_erop ^ik_vraag ^we|wij_vragen eis* vereis* verwacht*_~2_dat dring*_~2_aan
s.refuse weiger* of_we|wij_stappen|stoppen niet_akkoord aanvaard*|accepteer*_~4_niet niet_~2_aanvaard*|accepteer* nee_tegen zegt_nee ^geen niet_meer_mee niet_mee niet_meer_samen ^nooit_meer ^geen_enkele_~4_mag|mogen stap*_~6_uit leg*_~8_neer dat_staat_vast punt_uit trek*_~2_lijn
s.vote heeft|hebben_~2_beslist|besloten|gestemd ertegen ben|zijn_ervoor stem*_tegen|voor ben|zijn_~2_tegen ^tegen ben_~2_voor ^voor_een|de voorstander veto*
s.condition eerst voordat voor_ik|we|wij|er alleen|enkel_~5_als zolang tenzij op_voorwaarde voorwaarde*
s.softq lijkt_~3_best|beste zou_~2_beter|best_zijn ^zou*_~4_niet_beter ^zou*_~5_niet_~3_kunnen ^kunnen|kunt|kan_~2_niet ^is_het_niet ^moet_~4_niet ^mag_ik ^waarom_niet
s.letus ^laten_we ^laat_ons ^wat_als ^misschien_~2_kunnen ^misschien_~2_moeten ^waarom_~4_geen
s.imperative ^laat ^zet ^geef ^geeft_ons|me|mij ^stop ^start ^maak ^stuur ^hou ^organiseer ^betaal ^zorg_dat
s.means aangesteld ingevoerd afgeschaft georganiseerd betaald gedeeld samengesteld aanstel* stel*_~3_aan werv* invoer* voer*_~3_in afschaf* schaf*_~3_af opricht* richt*_~3_op opstart* zet*_~3_op organiseer* organiseren install* betal* betaalt financier* aankop* aankoopt bouw* huur|huurt|huren verhuur|verhuurt|verhuren sturen stuurt verstuur* verhuizen verhuist verschuif* verhoog* verlaag* verplaats* sluit* uitnodig* nodig*_~8_uit aanbied* bied*_~3_aan publiceer* onderteken* reserveer* aanduid* duid*_~3_aan vergoed* terugbetaal* zet*_~3_in opstel* verkoop* gebruik* overnem* neemt_~3_over overleg*_~2_houden hou vertegenwoordig* delen draagt dragen_~2_kosten bel indien* boekt boeken geboekt bellen aanwer* deelt lever levert leveren gun gunt gegund inzetten opzetten teken tekent stuur versturen koop koopt kopen aanvra*
s.concrete aangeboden gratis vast vaste eigen_~1_een gezamenlijk* gedeeld* centraal centrale voortaan vanaf_nu in_plaats_van ^enkel_nog alleen_nog enkel_nog minstens procent euro permanent* rechtstreeks
s.time per|elke_week|maand elk|per_jaar jaarlijks* maandelijks* wekelijks* nog_dit_jaar volgende_week volgend_jaar maandag* dinsdag* woensdag* donderdag* vrijdag* zaterdag* zondag* om_~2_uur na|voor|tegen|tot_zessen|zevenen|achten|negenen|tienen|elven
s.payer zelf_~2_betalen betaald|gefinancierd|gesubsidieerd_door te_betalen_door gegarandeerd_door
s.wish wil wilt willen zou|zouden_willen belangrijk_~3_dat
s.number twee drie vier vijf zes zeven acht negen tien vijftien twintig dertig honderd duizend tweeduizend helft derde
s.device laatste_woord contactpersoon aanspreekpunt coordinator voorzitter* zitje* zetel stoel stemrecht vetorecht stuurgroep werkgroep commissie platform fonds charter label quotum abonnement* ticket* combiticket* budget* subsidie* bestelwagen dienstwagen loket* e-loket overeenkomst contract* afspraak* procedure rooster planning vergadering* bemiddelaar tolk parking wagen bus app website software systeem zaal ruimte gebouw helpdesk
s.firm uit_principe vanaf_januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|volgend|volgende blijft|blijven|gaat|gaan_~6_dicht|gesloten|open ^we|wij_blijven houden_vast_aan kiest_voor kiezen_voor ^we|wij_starten|maken ^ik_ga ^ik_zet ^ik_lever ^ik_bel ^ik_geef ^ik_werk_~3_niet
s.want_np liever_~8_dan er_~1_een|geen_~4_komt|komen zou_~2_graag wil_ik_zelf wil_zelf wil|willen_een|geen wil_~2_een_vaste wil_mijn wil_ons wil_onze wil_de_~1_van wil_~3_in_plaats
s.scope elk elke alle ieder iedere
s.modal moet moeten ^er_moet|moeten zou|zouden_~4_moeten dient|dienen_~6_te
b.openq ^wie ^hoe ^wanneer ^waar ^wat_gebeurt|doen|moeten ^wat_als_~6_niet
b.fear durf*_~8_niet zie_~4_op_tegen vrees* bang angst* bezorg* ongerust* schrik zorgen_over|om maak*_~3_zorgen ^mijn|onze_zorg grootste_zorg bekommernis* op_het_spel verloren dreig* risico* gevaar* onzeker* wakker* kwijt* verlie*
b.hope hopen hopelijk verlang* wens* droom* dromen zou_goed|fijn_zijn hoop*
b.value centraal_stellen geloof* waarde* hecht* belang_aan het_gaat_~3_om gaat_het_~2_om erom essentieel cruciaal levensbelang recht_op rechten menswaardig* waardigheid trouw respect* gelijkwaardig* rechtvaardig* eerlijk* principe* voorop telt tellen zinvol* verdien* centraal_~2_sta* beteken* basis*
b.goal maar_een_keer wil|willen_~1_een_~4_zijn een_plek|plaats|ruimte_waar doel doelen doelstelling* streef* streven drijf* missie visie ambitie* opgericht_om manier_om ^om_~4_te bijdragen besta*_om moet|moeten_~4_beter|sneller|vaker|duidelijker|transparanter|eerlijker
b.need wil_~2_weten wil_~3_weten_~2_waar moet_~2_weten nood_aan behoefte* nodig zoek*
b.feeling erkend_als|worden voel* gevoel* gemak beu dwars frustr* gefrustreerd moe moeilijk verzuip* verdrink* overspoel* overbelast* uitgeput alleen_gelaten|voor sta_~3_alleen eenzaam* geraakt raakt_mij|me gehoord gezien gewaardeerd waardering erkenning serieus_~1_genomen|nemen|neemt welkom thuis veilig* goesting erger*
b.relation vertrouw* wantrouw* band verbonden* verbinding* relatie* verstandhouding contact_met sfeer* elkaar kennismak* kennen conflict* spanning* ruzie gelijke*
b.state niet_meer_~1_te geen_~3_vinden|vindt|vind zit|zitten|zat_vast vastgelopen loopt|lopen_vast belanden belandt hangt|hangen_af_van afhang* ^we|wij|ik_blijven|blijf_~3_krijgen|horen|zien|verliezen|wachten kan_~6_geen_~4_meer kost|kosten_~2_ons mis te_weinig te_veel te_kort tekort* gebrek* mist missen nauwelijks nog_altijd nog_steeds steeds_meer grens druk onder_druk onzichtbaar* afhankelijk* uitsluit* uitgesloten* lukt_niet blijft* raken veel_te ^er_is ^er_zijn amper zonde niet_~1_normaal kan|kunnen_~6_niet_meer|langer al_~2_maanden|weken|jaren|jaar
b.ability kunnen_~3_leven kunnen_rekenen rondkomen rond_te_komen overleven overleef* blijven_bestaan moet|moeten|mag|mogen|wil|willen_~12_kunnen|kan|kunt leven|leeft_van
b.avoid niet_willen vermijd* voorkom* niemand geen_enkele zondebok uit_de_boot uit_handen wil|willen_~2_niet mag|mogen_~3_niet
b.keep behoud* blijven_~3_vertrouwen trouw_aan_blijven
b.self persoonlijk_~3_raakt mijn_eigen_ervaring opgegroeid geworden_om ervaring*
b.abstract toekomst zekerheid voorspelbaar* autonomie zelfstandig* onafhankelijk* invloed gewicht zichtbaar* geloofwaardig* reputatie positie inspraak zeggenschap stem_hebben|krijgen stem_~2_horen toegankelijk* controle welzijn gezondheid kansen kans rust duurzaam duurzame betaalbaar* samenleving inclusi*
b.reason want omdat zodat ^om_~6_te daardoor anders_~2_moeten
`;

/** Connectives that join a position and its reason: `word=1` the reason follows, `=2` it came first. */
export const NL_LINKS = "want=1 omdat=1 zodat=1 anders=1 dan=1 dus=2 daarom=2";

/** Words that open a reason clause at the start of a statement ("Omdat ..., X"). */
export const NL_LEAD = "omdat om zodat opdat";
