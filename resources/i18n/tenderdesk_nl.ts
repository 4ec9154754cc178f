<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AdvanceAnswerPage</name>
    <message>
        <source>The advance</source>
        <translation>Het voorschot</translation>
    </message>
    <message>
        <source>The answer with the rules it applied, and what the SME&apos;s request needs.</source>
        <translation>Het antwoord met de toegepaste regels, en wat de aanvraag van de kmo moet bevatten.</translation>
    </message>
    <message>
        <source>For the written request</source>
        <translation>Voor de schriftelijke aanvraag</translation>
    </message>
</context>
<context>
    <name>AdvanceWizard</name>
    <message>
        <source>Advance</source>
        <translation>Voorschot</translation>
    </message>
    <message>
        <source>Addressee: %1, leading official %2</source>
        <translation>Geadresseerde: %1, leidend ambtenaar %2</translation>
    </message>
    <message>
        <source>Contract: %1 — %2</source>
        <translation>Opdracht: %1 — %2</translation>
    </message>
    <message>
        <source>Amount asked: %1</source>
        <translation>Gevraagd bedrag: %1</translation>
    </message>
    <message>
        <source>Contractor: %1, enterprise number %2</source>
        <translation>Opdrachtnemer: %1, ondernemingsnummer %2</translation>
    </message>
    <message>
        <source>Account (IBAN): %1</source>
        <translation>Rekening (IBAN): %1</translation>
    </message>
</context>
<context>
    <name>AmountsDialog</name>
    <message>
        <source>Bid compensation</source>
        <translation>Biedvergoeding</translation>
    </message>
    <message>
        <source>The procurement documents set the bid compensation (the law sets no minimum). Type the amount they give.</source>
        <translation>De opdrachtdocumenten bepalen de biedvergoeding (de wet legt geen minimum op). Vul het bedrag in dat ze geven.</translation>
    </message>
    <message>
        <source>empty if they set none</source>
        <translation>leeg als ze er geen bepalen</translation>
    </message>
    <message>
        <source>&amp;Compensation per tenderer</source>
        <translation>&amp;Vergoeding per inschrijver</translation>
    </message>
    <message>
        <source>&amp;Reduced, for an irregular or unacceptable offer</source>
        <translation>&amp;Verminderd, voor een onregelmatige of onaanvaardbare offerte</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Save and export PDF…</source>
        <translation>Bewaren en als PDF exporteren…</translation>
    </message>
    <message>
        <source>Store this decision on the tender and write its document</source>
        <translation>Deze beslissing bij de opdracht bewaren en het document ervan opmaken</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Rules applied and their articles (%1)</source>
        <translation>Toegepaste regels en hun artikelen (%1)</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>Regelpakket: %1</translation>
    </message>
</context>
<context>
    <name>AwardPage</name>
    <message>
        <source>The contract and the amount awarded</source>
        <translation>De opdracht en het gunningsbedrag</translation>
    </message>
    <message>
        <source>The bond is a share of the amount awarded excl. VAT, which the winner deposits as a guarantee of good execution.</source>
        <translation>De borgtocht is een deel van het gunningsbedrag excl. btw, dat de opdrachtnemer stelt als waarborg voor de goede uitvoering.</translation>
    </message>
    <message>
        <source>empty: the documents are silent</source>
        <translation>leeg: de opdrachtdocumenten zwijgen</translation>
    </message>
    <message>
        <source>empty: not known</source>
        <translation>leeg: niet gekend</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>&amp;Lanceringsdatum</translation>
    </message>
    <message>
        <source>Contract t&amp;ype</source>
        <translation>Soort opdra&amp;cht</translation>
    </message>
    <message>
        <source>&amp;Amount awarded excl. VAT</source>
        <translation>&amp;Gunningsbedrag excl. btw</translation>
    </message>
    <message>
        <source>Bond in the &amp;documents (%)</source>
        <translation>Borgtocht in de &amp;opdrachtdocumenten (%)</translation>
    </message>
    <message>
        <source>&amp;Execution period (days)</source>
        <translation>&amp;Uitvoeringstermijn (dagen)</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>The contract</source>
        <extracomment>the special circumstances, by article, as the law groups them</extracomment>
        <translation>De opdracht</translation>
    </message>
    <message>
        <source>The rules in force on the launch date apply.</source>
        <translation>De regels die op de lanceringsdatum van kracht zijn, gelden.</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>&amp;Lanceringsdatum</translation>
    </message>
    <message>
        <source>Buyer &amp;kind</source>
        <translation>Soort aan&amp;besteder</translation>
    </message>
    <message>
        <source>Contract &amp;type</source>
        <translation>Soort opdra&amp;cht</translation>
    </message>
    <message>
        <source>&amp;Estimated value excl. VAT</source>
        <translation>&amp;Geraamde waarde excl. btw</translation>
    </message>
</context>
<context>
    <name>BidAnswerPage</name>
    <message>
        <source>Bid compensation</source>
        <translation>Biedvergoeding</translation>
    </message>
    <message>
        <source>Whether it is due, and the amount each tenderer gets.</source>
        <translation>Of ze verschuldigd is, en het bedrag voor elke inschrijver.</translation>
    </message>
    <message>
        <source>set by the documents</source>
        <translation>vast te leggen in de opdrachtdocumenten</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
</context>
<context>
    <name>BidCompensationWizard</name>
    <message>
        <source>Bid compensation</source>
        <translation>Biedvergoeding</translation>
    </message>
</context>
<context>
    <name>BondAnswerPage</name>
    <message>
        <source>Performance bond</source>
        <translation>Borgtocht</translation>
    </message>
    <message>
        <source>Whether a bond may be asked, and how much.</source>
        <translation>Of er een borgtocht gevraagd mag worden, en hoeveel.</translation>
    </message>
    <message>
        <source>Confidence of this answer: %1</source>
        <translation>Betrouwbaarheid van dit antwoord: %1</translation>
    </message>
</context>
<context>
    <name>BondWizard</name>
    <message>
        <source>Performance bond</source>
        <translation>Borgtocht</translation>
    </message>
    <message>
        <source>The winning offer of %1.</source>
        <translation>De winnende offerte van %1.</translation>
    </message>
    <message>
        <source>The tender&apos;s estimate: no winning offer is registered yet. Decide again once the contract is awarded.</source>
        <translation>De raming van de opdracht: er is nog geen winnende offerte geregistreerd. Beslis opnieuw zodra de opdracht gegund is.</translation>
    </message>
    <message>
        <source>From the tender&apos;s duration of %1 months, counted as %2 days a month.</source>
        <translation>Uit de looptijd van de opdracht, %1 maanden, gerekend aan %2 dagen per maand.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Onderneming:</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>F&amp;unctie</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nieuwe onderneming…</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(geen gekozen)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Choose the organisation you work for, or make it with New company…. Its data fills the offers, the checks and what each tender means for you.</source>
        <translation>Kies de organisatie waarvoor u werkt, of maak ze met Nieuwe onderneming…. Haar gegevens vullen de offertes, de controles en wat elke opdracht voor u betekent.</translation>
    </message>
    <message>
        <source>Choose your company first, or make it.</source>
        <translation>Kies eerst uw onderneming, of maak ze.</translation>
    </message>
    <message>
        <source>Contact person (signs and answers our letters)</source>
        <translation>Contactpersoon (ondertekent en beantwoordt onze brieven)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Edit its &amp;details…</source>
        <translation>&amp;Gegevens wijzigen…</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Mijn onderneming</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Na&amp;am</translation>
    </message>
    <message>
        <source>No size figures yet: Edit its details… and type the staff, turnover and balance-sheet total, or the checks cannot say whether you are an SME.</source>
        <translation>Nog geen cijfers over de grootte: kies Gegevens wijzigen… en typ het personeel, de omzet en het balanstotaal, anders kunnen de controles niet zeggen of u een kmo bent.</translation>
    </message>
    <message>
        <source>Size class chosen by hand: %1 (no figures to check it).</source>
        <translation>Grootteklasse met de hand gekozen: %1 (geen cijfers om ze te controleren).</translation>
    </message>
    <message>
        <source>What the register knows of it</source>
        <translation>Wat het register ervan weet</translation>
    </message>
    <message>
        <source>⚠ Our letters cannot be written without: %1.</source>
        <translation>⚠ Onze brieven kunnen niet worden opgesteld zonder: %1.</translation>
    </message>
    <message>
        <source>⚠ Warning: the figures are of %1; the last closed year is %2. Type the figures of %2, or the size class may be wrong.</source>
        <translation>⚠ Let op: de cijfers zijn van %1; het laatst afgesloten jaar is %2. Typ de cijfers van %2, anders kan de grootteklasse fout zijn.</translation>
    </message>
    <message>
        <source>⚠ Warning: the figures have no year; the last closed year is %1.</source>
        <translation>⚠ Let op: de cijfers hebben geen jaar; het laatst afgesloten jaar is %1.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>The contract</source>
        <extracomment>a ground asked for (the tender&apos;s own) that the list may not offer for the type</extracomment>
        <translation>De opdracht</translation>
    </message>
    <message>
        <source>The amount is the initial contract amount including VAT.</source>
        <translation>Het bedrag is het oorspronkelijke opdrachtbedrag inclusief btw.</translation>
    </message>
    <message>
        <source>mainly financed by, and managed under the supervision of, the State, a Region, a Community or a local authority</source>
        <translation>hoofdzakelijk gefinancierd door, en beheerd onder toezicht van, de Staat, een Gewest, een Gemeenschap of een lokaal bestuur</translation>
    </message>
    <message>
        <source>Buyer &amp;kind</source>
        <translation>Soort aan&amp;besteder</translation>
    </message>
    <message>
        <source>the value (below the ceiling)</source>
        <translation>de waarde (onder de grens)</translation>
    </message>
    <message>
        <source>indefinite duration</source>
        <translation>onbepaalde duur</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>&amp;Lanceringsdatum</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>Its &amp;ground</source>
        <translation>Rechts&amp;grond</translation>
    </message>
    <message>
        <source>Contract t&amp;ype</source>
        <translation>Soort opdra&amp;cht</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT</source>
        <translation>Bedr&amp;ag incl. btw</translation>
    </message>
    <message>
        <source>&amp;Duration (months)</source>
        <translation>&amp;Duur (maanden)</translation>
    </message>
    <message>
        <source>&amp;Monthly value incl. VAT</source>
        <translation>&amp;Maandelijkse waarde incl. btw</translation>
    </message>
    <message>
        <source>Choose the ground of the negotiated procedure.</source>
        <translation>Kies de grond van de onderhandelingsprocedure.</translation>
    </message>
    <message>
        <source>&amp;VAT rate (%)</source>
        <translation>&amp;Btw-tarief (%)</translation>
    </message>
    <message>
        <source>From the winning offer of %1 excl. VAT, plus %2 VAT. The app does not check which VAT rate applies: change the rate or the amount if needed.</source>
        <translation>Uit de winnende offerte van %1 excl. btw, plus %2 btw. De app gaat niet na welk btw-tarief van toepassing is: pas het tarief of het bedrag aan als dat nodig is.</translation>
    </message>
</context>
<context>
    <name>ContractorPage</name>
    <message>
        <source>The contractor</source>
        <translation>De opdrachtnemer</translation>
    </message>
    <message>
        <source>An SME winner is owed an advance by most public buyers.</source>
        <translation>Een kmo die de opdracht krijgt, heeft bij de meeste aanbesteders recht op een voorschot.</translation>
    </message>
    <message>
        <source>Compute the size from these figures</source>
        <translation>Grootteklasse berekenen uit deze cijfers</translation>
    </message>
    <message>
        <source>empty: the documents are silent</source>
        <translation>leeg: de opdrachtdocumenten zeggen niets</translation>
    </message>
    <message>
        <source>the documents rely on a case allowing more than 20% (art. 12/4 §2)</source>
        <translation>de opdrachtdocumenten beroepen zich op een geval dat meer dan 20% toelaat (art. 12/4, § 2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>&amp;Size class</source>
        <translation>&amp;Grootteklasse</translation>
    </message>
    <message>
        <source>Staff (annual work units)</source>
        <translation>Personeel (jaarlijkse arbeidseenheden)</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Omzet</translation>
    </message>
    <message>
        <source>Balance-sheet total</source>
        <translation>Balanstotaal</translation>
    </message>
    <message>
        <source>Advance in the &amp;documents (%)</source>
        <translation>Voorschot in de &amp;opdrachtdocumenten (%)</translation>
    </message>
    <message>
        <source>&amp;Exception</source>
        <translation>&amp;Uitzondering</translation>
    </message>
    <message>
        <source>Size from the figures: %1.</source>
        <translation>Grootteklasse volgens de cijfers: %1.</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>the wizards&apos; size when the screen has room for it (a 1280×720 screen gets a little less)</extracomment>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DeleteOrganisation</name>
    <message>
        <source>delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>DeleteTender</name>
    <message>
        <source>delete %1</source>
        <translation>(verwijderen van %1)</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Estimated value</source>
        <translation>Geraamde waarde</translation>
    </message>
    <message>
        <source>one per line: label; amount</source>
        <translation>één per regel: omschrijving; bedrag</translation>
    </message>
    <message>
        <source>Amount per year</source>
        <translation>Bedrag per jaar</translation>
    </message>
    <message>
        <source>Number of years</source>
        <translation>Aantal jaren</translation>
    </message>
    <message>
        <source>or amount for the whole term</source>
        <translation>of bedrag voor de hele looptijd</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Verlengingen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Percelen</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Groep…</translation>
    </message>
    <message>
        <source>The group whose answers are counted</source>
        <translation>De groep waarvan de antwoorden meetellen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Antwoorden…</translation>
    </message>
    <message>
        <source>Answer with the wizard a buyer uses; nothing is stored on a tender</source>
        <translation>Antwoord met de wizard die een aankoper gebruikt; er wordt niets bij een opdracht bewaard</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groep: %1</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>Score: %1 van %2 juist</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>The name of your group:</source>
        <translation>De naam van uw groep:</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>price is the only award criterion</source>
        <translation>de prijs is het enige gunningscriterium</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>read as %1</source>
        <translation>gelezen als %1</translation>
    </message>
    <message>
        <source>Pick a day (Alt+Down)</source>
        <translation>Kies een dag (Alt+Pijl omlaag)</translation>
    </message>
</context>
<context>
    <name>GroundsPage</name>
    <message>
        <source>Special circumstances</source>
        <translation>Bijzondere omstandigheden</translation>
    </message>
    <message>
        <source>Tick what applies to this contract; most contracts have none.</source>
        <translation>Vink aan wat op deze opdracht van toepassing is; de meeste opdrachten hebben er geen.</translation>
    </message>
    <message>
        <source>reference or title</source>
        <translation>referentie of titel</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Initial &amp;contract</source>
        <translation>Initiële &amp;opdracht</translation>
    </message>
    <message>
        <source>Concluded &amp;on</source>
        <translation>Gesloten &amp;op</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import tenders</source>
        <translation>Opdrachten importeren</translation>
    </message>
    <message>
        <source>%1: one row per tender. Check the field each column holds; a column left out is not imported. Nothing is imported when a row is refused.</source>
        <translation>%1: één rij per opdracht. Kijk na welk veld elke kolom bevat; een weggelaten kolom wordt niet ingevoerd. Er wordt niets ingevoerd als een rij geweigerd wordt.</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(weggelaten)</translation>
    </message>
    <message>
        <source>(none: the file says it)</source>
        <translation>(geen: het bestand zegt het)</translation>
    </message>
    <message>
        <source>&amp;Kind of buyer of rows without one:</source>
        <translation>&amp;Soort aanbesteder van rijen zonder:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Waarom ze geweigerd wordt</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>No column holds %1.</source>
        <translation>Geen kolom bevat %1.</translation>
    </message>
    <message>
        <source>Two columns hold %1: leave one out.</source>
        <translation>Twee kolommen bevatten %1: laat er een weg.</translation>
    </message>
    <message>
        <source>%1 is not a field.</source>
        <translation>%1 is geen veld.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Rekenbladen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 kan niet gelezen worden:
%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt ingevoerd…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Gestopt: er werd niets ingevoerd.</translation>
    </message>
    <message>
        <source>The import failed, nothing was imported: %1</source>
        <translation>Het importeren is mislukt, er werd niets ingevoerd: %1</translation>
    </message>
</context>
<context>
    <name>ImportTenders</name>
    <message>
        <source>import %1</source>
        <translation>importeren van %1</translation>
    </message>
    <message>
        <source>the file changed since: %1 rows are now refused</source>
        <translation>het bestand is sindsdien veranderd: %1 rijen worden nu geweigerd</translation>
    </message>
    <message>
        <source>The register could not be changed: %1</source>
        <translation>Het register kon niet gewijzigd worden: %1</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>What the offers must include</source>
        <translation>Wat de offertes moeten bevatten</translation>
    </message>
    <message>
        <source>Samples, models or designs cost the tenderers work: the law may oblige you to compensate it.</source>
        <translation>Monsters, maquettes, prototypes of ontwerpen kosten de inschrijvers werk: de wet kan u verplichten dat te vergoeden.</translation>
    </message>
    <message>
        <source>the amount the documents set per tenderer</source>
        <translation>het bedrag per inschrijver volgens de opdrachtdocumenten</translation>
    </message>
    <message>
        <source>empty: the same amount</source>
        <translation>leeg: hetzelfde bedrag</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>&amp;Lanceringsdatum</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>The offers must include</source>
        <translation>De offertes moeten bevatten</translation>
    </message>
    <message>
        <source>&amp;Compensation per tenderer</source>
        <translation>Ver&amp;goeding per inschrijver</translation>
    </message>
    <message>
        <source>For irregular or unacceptable offers</source>
        <translation>Voor onregelmatige of onaanvaardbare offertes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tender desk</source>
        <translation>Tender desk</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>%1 — %2 (not the bundled pack)</source>
        <translation>%1 — %2 (niet het meegeleverde regelpakket)</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>Regelpakket: %1</translation>
    </message>
    <message>
        <source>Rules date: %1 (set in Settings)</source>
        <translation>Datum van de regels: %1 (ingesteld in Instellingen)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Instellingen niet bewaard</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1:
%2

They apply until the app is closed.</source>
        <translation>De instellingen konden niet worden bewaard in %1:
%2

Ze gelden tot de toepassing wordt gesloten.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Instellingen bewaard.</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>De werkruimte wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Workspace checked: no damage found.</source>
        <translation>Werkruimte gecontroleerd: geen schade gevonden.</translation>
    </message>
    <message>
        <source>The workspace is damaged; it is read-only now.</source>
        <translation>De werkruimte is beschadigd; ze is nu alleen-lezen.</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>De werkruimte is beschadigd</translation>
    </message>
    <message>
        <source>This workspace is damaged, so nothing more will be written to it.</source>
        <translation>Deze werkruimte is beschadigd; er wordt niets meer in geschreven.</translation>
    </message>
    <message>
        <source>Restore a backup (the window closes and offers your backups), or keep reading and export what you can see.</source>
        <translation>Zet een back-up terug (het venster sluit en toont uw back-ups), of lees verder en exporteer wat u ziet.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation>Verder lezen</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>De dagelijkse back-up kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Geen werkruimte</translation>
    </message>
    <message>
        <source>This is no legal advice. The app applies the rules of its rule pack, each with its source and the date it was checked; where the research is unsure, the answer says so. Check the law and your procurement documents before you decide.</source>
        <translation>Dit is geen juridisch advies. De toepassing past de regels van haar regelpakket toe, elk met zijn bron en de datum waarop het werd nagekeken; waar het onderzoek onzeker is, zegt het antwoord dat. Controleer de wet en uw opdrachtdocumenten voor u beslist.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <extracomment>the sizes the screens are rendered at: the main window, and the editor and wizards the demo workspace: enough tenders for a realistic register, built in a second the demo&apos;s &quot;today&quot; is fixed so that the same seed gives the same screens on any day the name the status bar shows for the demo workspace (its real path is a temporary one)</extracomment>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>About the tender desk</source>
        <translation>Over Tender desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>This workspace cannot be changed now (it is read-only or being checked).</source>
        <translation>Deze werkruimte kan nu niet gewijzigd worden (ze is alleen-lezen of wordt gecontroleerd).</translation>
    </message>
    <message>
        <source>Making the demo workspace…</source>
        <translation>De demowerkruimte wordt gemaakt…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>Tender desk: an offline desk for Belgian public procurement.</source>
        <translation>Tender desk: een offline hulpmiddel voor Belgische overheidsopdrachten.</translation>
    </message>
    <message>
        <source>Rule pack: %1, version %2 of %3</source>
        <translation>Regelpakket: %1, versie %2 van %3</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the chosen rows of the list shown</source>
        <translation>De gekozen rijen van de getoonde lijst verwijderen</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Mijn onderneming</translation>
    </message>
    <message>
        <source>My offers</source>
        <translation>Mijn offertes</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>Snelle controles</translation>
    </message>
    <message>
        <source>&amp;New offer from a notice…</source>
        <translation>&amp;Nieuwe offerte uit een aankondiging…</translation>
    </message>
    <message>
        <source>Offe&amp;rs</source>
        <translation>Offe&amp;rtes</translation>
    </message>
    <message>
        <source>&amp;What it means for us…</source>
        <translation>&amp;Wat het voor ons betekent…</translation>
    </message>
    <message>
        <source>My &amp;company</source>
        <translation>Mijn &amp;onderneming</translation>
    </message>
</context>
<context>
    <name>MeaningDialog</name>
    <message>
        <source>Can we ask an advance, how much, and when is it settled?</source>
        <translation>Kunnen we een voorschot vragen, hoeveel, en wanneer wordt het verrekend?</translation>
    </message>
    <message>
        <source>Cannot answer yet: missing %1.</source>
        <translation>Nog geen antwoord mogelijk: %1 ontbreekt.</translation>
    </message>
    <message>
        <source>Confidence of this answer: %1</source>
        <translation>Betrouwbaarheid van dit antwoord: %1</translation>
    </message>
    <message>
        <source>For %1, from the tender and the company profile.</source>
        <translation>Voor %1, uit de opdracht en het profiel van de onderneming.</translation>
    </message>
    <message>
        <source>Is a bid compensation due to us if we are not retained?</source>
        <translation>Krijgen we een biedvergoeding als we niet gekozen worden?</translation>
    </message>
    <message>
        <source>Must we invoice electronically?</source>
        <translation>Moeten we elektronisch factureren?</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regels:</translation>
    </message>
    <message>
        <source>The notice gives it: add it with Edit the tender… on My offers.</source>
        <translation>De aankondiging vermeldt het: vul het aan met Opdracht wijzigen… op Mijn offertes.</translation>
    </message>
    <message>
        <source>Type our amount on My offers.</source>
        <translation>Typ ons bedrag op Mijn offertes.</translation>
    </message>
    <message>
        <source>Type the company&apos;s figures on My company.</source>
        <translation>Typ de cijfers van de onderneming op Mijn onderneming.</translation>
    </message>
    <message>
        <source>What bond must we lodge if we win?</source>
        <translation>Welke borgtocht moeten we stellen als we winnen?</translation>
    </message>
    <message>
        <source>What this tender means for us — %1</source>
        <translation>Wat deze opdracht voor ons betekent — %1</translation>
    </message>
    <message>
        <source>Will we be told our provisional place?</source>
        <translation>Krijgen we onze voorlopige rangschikking te horen?</translation>
    </message>
    <message>
        <source>Our letters:</source>
        <translation>Onze brieven:</translation>
    </message>
    <message>
        <source>The contract is of indefinite duration: type our monthly amount as our amount on My offers.</source>
        <translation>De opdracht is van onbepaalde duur: vul ons maandbedrag in als ons bedrag bij Mijn offertes.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge workspace</source>
        <translation>Werkruimte samenvoegen</translation>
    </message>
    <message>
        <source>From %1: %2 new tenders to add, %3 the same, %4 in conflict.</source>
        <translation>Uit %1: %2 nieuwe opdrachten toe te voegen, %3 gelijk, %4 in conflict.</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>Alle van mij &amp;houden</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>Alle van de andere &amp;nemen</translation>
    </message>
    <message>
        <source>Both workspaces have these tenders, each differently. Choose for each tender which version the register keeps: nothing is replaced without your choice.</source>
        <translation>Beide werkruimten hebben deze opdrachten, elk anders. Kies per opdracht welke versie het register houdt: niets wordt vervangen zonder uw keuze.</translation>
    </message>
    <message>
        <source>There is nothing to bring in: the register has it all.</source>
        <translation>Er is niets over te nemen: het register heeft alles al.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>Tender and field</source>
        <translation>Opdracht en veld</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Deze werkruimte</translation>
    </message>
    <message>
        <source>The other workspace</source>
        <translation>De andere werkruimte</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Deze versie houden</translation>
    </message>
    <message>
        <source>Take this version</source>
        <translation>Deze versie nemen</translation>
    </message>
    <message>
        <source>%1 still to choose</source>
        <translation>nog %1 te kiezen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>%1 wordt samengevoegd…</translation>
    </message>
    <message>
        <source>Merged from %1: %2 added, %3 taken.</source>
        <translation>Samengevoegd uit %1: %2 toegevoegd, %3 overgenomen.</translation>
    </message>
    <message>
        <source>This is the workspace open here. Choose the other workspace.</source>
        <translation>Dit is de werkruimte die hier open is. Kies de andere werkruimte.</translation>
    </message>
    <message>
        <source>%1 cannot be merged.</source>
        <translation>%1 kan niet samengevoegd worden.</translation>
    </message>
    <message>
        <source>It could not be read to the end (%1). Nothing was changed.</source>
        <translation>Het kon niet tot het einde gelezen worden (%1). Er werd niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>MergeWorkspace</name>
    <message>
        <source>merge %1</source>
        <translation>(samenvoegen van %1)</translation>
    </message>
    <message>
        <source>The register could not be written, nothing was changed: %1</source>
        <translation>Het register kon niet geschreven worden, er werd niets gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>OcdsExport</name>
    <message>
        <source>Export the register as OCDS</source>
        <translation>Het register exporteren naar OCDS</translation>
    </message>
    <message>
        <source>OCDS release package (*.json)</source>
        <translation>OCDS-releasepakket (*.json)</translation>
    </message>
    <message>
        <source>Checking and writing %1…</source>
        <translation>%1 wordt gecontroleerd en geschreven…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export OCDS</source>
        <translation>Exporteren naar OCDS</translation>
    </message>
    <message>
        <source>Export stopped: nothing was written.</source>
        <translation>Export gestopt: er werd niets geschreven.</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was changed:
%2</source>
        <translation>%1 kon niet worden geschreven; er werd niets gewijzigd:
%2</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>&amp;Buyer</source>
        <translation>&amp;Aanbesteder</translation>
    </message>
    <message>
        <source>&amp;Deadline for offers</source>
        <translation>&amp;Uiterste datum voor offertes</translation>
    </message>
    <message>
        <source>&amp;Kind of buyer</source>
        <translation>&amp;Soort aanbesteder</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>&amp;Lanceringsdatum</translation>
    </message>
    <message>
        <source>&amp;Our offer excl. VAT</source>
        <translation>Onze offerte e&amp;xcl. btw</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Estimated &amp;value excl. VAT</source>
        <translation>&amp;Geraamde waarde excl. btw</translation>
    </message>
    <message>
        <source>New offer from a notice</source>
        <translation>Nieuwe offerte uit een aankondiging</translation>
    </message>
    <message>
        <source>Price is the only award criterion</source>
        <translation>De prijs is het enige gunningscriterium</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>Soort &amp;opdracht</translation>
    </message>
    <message>
        <source>The offer must &amp;include</source>
        <translation>De offerte moet &amp;bevatten</translation>
    </message>
    <message>
        <source>as the notice names it</source>
        <translation>zoals de aankondiging hem noemt</translation>
    </message>
    <message>
        <source>empty until you know it</source>
        <translation>leeg tot u het kent</translation>
    </message>
    <message>
        <source>D&amp;uration (months)</source>
        <translation>Duur (maan&amp;den)</translation>
    </message>
    <message>
        <source>Inde&amp;finite duration</source>
        <translation>O&amp;nbepaalde duur</translation>
    </message>
    <message>
        <source>&amp;Our monthly amount excl. VAT</source>
        <translation>Ons maandbedrag e&amp;xcl. btw</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Buyer</source>
        <translation>Aanbesteder</translation>
    </message>
    <message>
        <source>Deadline for offers</source>
        <translation>Uiterste datum offertes</translation>
    </message>
    <message>
        <source>Our offer excl. VAT</source>
        <translation>Onze offerte excl. btw</translation>
    </message>
    <message>
        <source>Our status</source>
        <translation>Onze status</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>niet gekozen</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>in voorbereiding</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>gegund</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 (in %n day)</source>
        <translation>
            <numerusform>⚠ %1 (over %n dag)</numerusform>
            <numerusform>⚠ %1 (over %n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 (in %n days)</source>
        <translation>
            <numerusform>⚠ %1 (over %n dag)</numerusform>
            <numerusform>⚠ %1 (over %n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>✕ %1 (past)</source>
        <translation>✕ %1 (verstreken)</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 per maand</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message numerus="yes">
        <source>%n offer; a deadline marked ⚠ is within a week, ✕ is past.</source>
        <translation>
            <numerusform>%n offerte; een termijn met ⚠ valt binnen een week, ✕ is verstreken.</numerusform>
            <numerusform>%n offertes; een termijn met ⚠ valt binnen een week, ✕ is verstreken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers; a deadline marked ⚠ is within a week, ✕ is past.</source>
        <translation>
            <numerusform>%n offerte; een termijn met ⚠ valt binnen een week, ✕ is verstreken.</numerusform>
            <numerusform>%n offertes; een termijn met ⚠ valt binnen een week, ✕ is verstreken.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New offer from a notice…</source>
        <translation>&amp;Nieuwe offerte uit een aankondiging…</translation>
    </message>
    <message>
        <source>Choose your company on the My company page first: offers are its own.</source>
        <translation>Kies eerst uw onderneming op de pagina Mijn onderneming: de offertes zijn de hare.</translation>
    </message>
    <message>
        <source>Our a&amp;mount excl. VAT:</source>
        <translation>Ons bedr&amp;ag excl. btw:</translation>
    </message>
    <message>
        <source>Our &amp;status:</source>
        <translation>Onze &amp;status:</translation>
    </message>
    <message>
        <source>Store status and amo&amp;unt</source>
        <translation>Status en bedrag &amp;opslaan</translation>
    </message>
    <message>
        <source>&amp;What it means for us…</source>
        <translation>Wat het voor ons bete&amp;kent…</translation>
    </message>
    <message>
        <source>Edit the &amp;tender…</source>
        <translation>Op&amp;dracht wijzigen…</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Organisatie bewerken</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Enterprise number</source>
        <translation>&amp;Ondernemingsnummer</translation>
    </message>
    <message>
        <source>St&amp;reet and number</source>
        <translation>St&amp;raat en nummer</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>IB&amp;AN</source>
        <translation>IB&amp;AN</translation>
    </message>
    <message>
        <source>&amp;BIC</source>
        <translation>&amp;BIC</translation>
    </message>
    <message>
        <source>SME size class</source>
        <translation>Kmo-grootteklasse</translation>
    </message>
    <message>
        <source>Sta&amp;ff (annual work units)</source>
        <translation>P&amp;ersoneel (jaarlijkse arbeidseenheden)</translation>
    </message>
    <message>
        <source>&amp;Turnover (€)</source>
        <translation>Om&amp;zet (€)</translation>
    </message>
    <message>
        <source>Balance-s&amp;heet total (€)</source>
        <translation>Balans&amp;totaal (€)</translation>
    </message>
    <message>
        <source>&amp;Year of the figures</source>
        <translation>&amp;Jaar van de cijfers</translation>
    </message>
    <message>
        <source>Si&amp;ze class</source>
        <translation>Grootte&amp;klasse</translation>
    </message>
    <message>
        <source>%1 is already the enterprise number of %2.</source>
        <translation>%1 is al het ondernemingsnummer van %2.</translation>
    </message>
    <message>
        <source>Type the staff, the turnover and the balance-sheet total to compute the size class; until then it can be chosen here.</source>
        <translation>Vul het personeel, de omzet en het balanstotaal in om de grootteklasse te berekenen; tot dan kunt u ze hier kiezen.</translation>
    </message>
    <message>
        <source>%1: fewer than %2 staff and a turnover of at most %3.</source>
        <translation>%1: minder dan %2 personeelsleden en een omzet van hoogstens %3.</translation>
    </message>
    <message>
        <source>%1: fewer than %2 staff and a balance-sheet total of at most %4 (the turnover is above %3).</source>
        <translation>%1: minder dan %2 personeelsleden en een balanstotaal van hoogstens %4 (de omzet ligt boven %3).</translation>
    </message>
    <message>
        <source>%1: %2 staff or more, or both a turnover above %3 and a balance-sheet total above %4.</source>
        <translation>%1: %2 personeelsleden of meer, of zowel een omzet boven %3 als een balanstotaal boven %4.</translation>
    </message>
    <message>
        <source>Rule: %1, in force from %2.</source>
        <translation>Regel: %1, van kracht sinds %2.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <source>This organisation has changes that are not saved.</source>
        <translation>Deze organisatie heeft wijzigingen die niet zijn bewaard.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Si&amp;gnatory</source>
        <translation>On&amp;dertekenaar</translation>
    </message>
    <message>
        <source>Fun&amp;ction of the signatory</source>
        <translation>F&amp;unctie van de ondertekenaar</translation>
    </message>
    <message>
        <source>&amp;Logo…</source>
        <translation>Logo k&amp;iezen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve logo</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo for the letters</source>
        <translation>Logo voor de brieven</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Grootteklasse</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Postcode en gemeente</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>aanbesteder</translation>
    </message>
    <message>
        <source>tenderer</source>
        <translation>inschrijver</translation>
    </message>
    <message>
        <source>buyer and tenderer</source>
        <translation>aanbesteder en inschrijver</translation>
    </message>
    <message>
        <source>No tender uses this organisation yet.</source>
        <translation>Nog geen enkele opdracht gebruikt deze organisatie.</translation>
    </message>
    <message numerus="yes">
        <source>Buyer of %n tender</source>
        <translation>
            <numerusform>Aanbesteder van %n opdracht</numerusform>
            <numerusform>Aanbesteder van %n opdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer of %n tenders</source>
        <translation>
            <numerusform>Aanbesteder van %n opdracht</numerusform>
            <numerusform>Aanbesteder van %n opdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tenderer on %n tender</source>
        <translation>
            <numerusform>inschrijver op %n opdracht</numerusform>
            <numerusform>inschrijver op %n opdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tenderer on %n tenders</source>
        <translation>
            <numerusform>inschrijver op %n opdracht</numerusform>
            <numerusform>inschrijver op %n opdrachten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Search name or enterprise number</source>
        <translation>Zoek op naam of ondernemingsnummer</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>&amp;Nieuwe organisatie</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisatie</numerusform>
            <numerusform>%n organisaties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still used by tenders.</source>
        <translation>%1 wordt nog door opdrachten gebruikt.</translation>
    </message>
    <message>
        <source>Organisation in use</source>
        <translation>Organisatie in gebruik</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: tenders still use it.</source>
        <translation>%1 kan niet worden verwijderd: opdrachten gebruiken het nog.</translation>
    </message>
    <message numerus="yes">
        <source>Buyer of %n tender:</source>
        <translation>
            <numerusform>Aanbesteder van %n opdracht:</numerusform>
            <numerusform>Aanbesteder van %n opdrachten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer of %n tenders:</source>
        <translation>
            <numerusform>Aanbesteder van %n opdracht:</numerusform>
            <numerusform>Aanbesteder van %n opdrachten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenderer on %n tender:</source>
        <translation>
            <numerusform>Inschrijver op %n opdracht:</numerusform>
            <numerusform>Inschrijver op %n opdrachten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenderer on %n tenders:</source>
        <translation>
            <numerusform>Inschrijver op %n opdracht:</numerusform>
            <numerusform>Inschrijver op %n opdrachten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>To delete it, first choose another buyer in those tenders.</source>
        <translation>Kies eerst een andere aanbesteder in die opdrachten om het te verwijderen.</translation>
    </message>
    <message>
        <source>To delete it, first take it off the tenderers of those tenders.</source>
        <translation>Haal het eerst weg bij de inschrijvers van die opdrachten om het te verwijderen.</translation>
    </message>
</context>
<context>
    <name>OurLetters</name>
    <message>
        <source>&amp;Advance request</source>
        <translation>&amp;Voorschotaanvraag</translation>
    </message>
    <message>
        <source>&amp;Bid-compensation request</source>
        <translation>Aanvraag &amp;biedvergoeding</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Brief opslaan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be written to %1:
%2</source>
        <translation>De brief kon niet worden geschreven naar %1:
%2</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation>Brief openen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Open My company</source>
        <translation>Mijn onderneming openen</translation>
    </message>
    <message>
        <source>Edit the buyer…</source>
        <translation>Koper wijzigen…</translation>
    </message>
    <message>
        <source>Our letters</source>
        <translation>Onze brieven</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Tender summary</source>
        <translation>Overzicht van de opdracht</translation>
    </message>
    <message>
        <source>Motivation of the procedure choice</source>
        <translation>Motivering van de procedurekeuze</translation>
    </message>
    <message>
        <source>Advance request (SME)</source>
        <translation>Aanvraag van het voorschot (kmo)</translation>
    </message>
    <message>
        <source>Bid compensation statement</source>
        <translation>Verklaring over de biedvergoeding</translation>
    </message>
    <message>
        <source>Provisional ranking notices</source>
        <translation>Berichten van het voorlopig klassement</translation>
    </message>
    <message>
        <source>Folder for the PDF documents</source>
        <translation>Map voor de PDF-documenten</translation>
    </message>
    <message>
        <source>Writing the PDF documents…</source>
        <translation>De PDF-documenten worden opgemaakt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n file written to %1.</source>
        <translation>
            <numerusform>%n bestand geschreven in %1.</numerusform>
            <numerusform>%n bestanden geschreven in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files written to %1.</source>
        <translation>
            <numerusform>%n bestand geschreven in %1.</numerusform>
            <numerusform>%n bestanden geschreven in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; the files written are complete.</source>
        <translation>De export werd geannuleerd; de geschreven bestanden zijn volledig.</translation>
    </message>
    <message numerus="yes">
        <source>%n tender skipped: the document cannot be made for it.</source>
        <translation>
            <numerusform>%n opdracht overgeslagen: het document kan ervoor niet worden opgemaakt.</numerusform>
            <numerusform>%n opdrachten overgeslagen: het document kan ervoor niet worden opgemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenders skipped: the document cannot be made for them.</source>
        <translation>
            <numerusform>%n opdracht overgeslagen: het document kan ervoor niet worden opgemaakt.</numerusform>
            <numerusform>%n opdrachten overgeslagen: het document kan ervoor niet worden opgemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file could not be written.</source>
        <translation>
            <numerusform>%n bestand kon niet worden geschreven.</numerusform>
            <numerusform>%n bestanden konden niet worden geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be written.</source>
        <translation>
            <numerusform>%n bestand kon niet worden geschreven.</numerusform>
            <numerusform>%n bestanden konden niet worden geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-documenten</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>De map openen</translation>
    </message>
    <message>
        <source>The documents could not be made:
%1</source>
        <translation>De documenten konden niet worden opgemaakt:
%1</translation>
    </message>
    <message>
        <source>Bid compensation letters (to each tenderer)</source>
        <translation>Brieven over de biedvergoeding (aan elke inschrijver)</translation>
    </message>
    <message>
        <source>Bid compensation requests (SME)</source>
        <translation>Aanvragen van de biedvergoeding (kmo)</translation>
    </message>
    <message>
        <source>Draft decision on the procedure</source>
        <translation>Ontwerpbeslissing over de procedure</translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <source>Choose the procedure</source>
        <translation>Keuze van de procedure</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuickChecksPage</name>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>No tender needed: type what you know. The fields your company profile knows are filled in; the answer is the one of the command line&apos;s decide.</source>
        <translation>Geen opdracht nodig: typ wat u weet. De velden die het profiel van uw onderneming kent, zijn ingevuld; het antwoord is dat van decide op de opdrachtregel.</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Provisional ranking</source>
        <translation>Voorlopig klassement</translation>
    </message>
    <message>
        <source>Whether each tenderer must be told its place after the opening.</source>
        <translation>Of elke inschrijver na de opening zijn plaats moet vernemen.</translation>
    </message>
    <message>
        <source>%1: place %2 (tell it only this place)</source>
        <translation>%1: plaats %2 (deel enkel deze plaats mee)</translation>
    </message>
    <message>
        <source>No offers with a price are registered yet.</source>
        <translation>Er zijn nog geen offertes met een prijs geregistreerd.</translation>
    </message>
</context>
<context>
    <name>RankingWizard</name>
    <message>
        <source>Provisional ranking</source>
        <translation>Voorlopig klassement</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Aanbesteder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Estimate excl. VAT</source>
        <translation>Raming excl. btw</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Gelanceerd</translation>
    </message>
    <message>
        <source>Offers due</source>
        <translation>Offertes uiterlijk</translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %n day ago</source>
        <translation>
            <numerusform>Termijn %n dag geleden verstreken</numerusform>
            <numerusform>Termijn %n dagen geleden verstreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %n days ago</source>
        <translation>
            <numerusform>Termijn %n dag geleden verstreken</numerusform>
            <numerusform>Termijn %n dagen geleden verstreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline in %n day</source>
        <translation>
            <numerusform>Termijn verstrijkt over %n dag</numerusform>
            <numerusform>Termijn verstrijkt over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline in %n days</source>
        <translation>
            <numerusform>Termijn verstrijkt over %n dag</numerusform>
            <numerusform>Termijn verstrijkt over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ontwerp</translation>
    </message>
    <message>
        <source>published</source>
        <translation>bekendgemaakt</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluatie</translation>
    </message>
    <message>
        <source>awarded</source>
        <translation>gegund</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search reference, title, buyer or company</source>
        <translation>Zoek op referentie, titel, aanbesteder of onderneming</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Alle procedures</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>&amp;New tender</source>
        <translation>&amp;Nieuwe opdracht</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>Be&amp;slissen</translation>
    </message>
    <message>
        <source>&amp;Procedure…</source>
        <translation>&amp;Procedure…</translation>
    </message>
    <message>
        <source>Which procedures the law allows, and the simplest</source>
        <translation>Welke procedures de wet toelaat, en de eenvoudigste</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>&amp;Voorschot…</translation>
    </message>
    <message>
        <source>&amp;Bid compensation…</source>
        <translation>&amp;Biedvergoeding…</translation>
    </message>
    <message>
        <source>Provisional &amp;ranking…</source>
        <translation>Voorlopig &amp;klassement…</translation>
    </message>
    <message>
        <source>Decisions recomputed</source>
        <translation>Beslissingen herberekend</translation>
    </message>
    <message>
        <source>A change of this tender changed what stored decisions used; they were recomputed and are marked for review: %1</source>
        <translation>Een wijziging aan deze opdracht veranderde gegevens die opgeslagen beslissingen gebruikten; ze werden herberekend en zijn gemarkeerd om na te kijken: %1</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>Opdracht %1 verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>more than %1 tenders</source>
        <translation>meer dan %1 opdrachten</translation>
    </message>
    <message numerus="yes">
        <source>%n tender</source>
        <translation>
            <numerusform>%n opdracht</numerusform>
            <numerusform>%n opdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenders</source>
        <translation>
            <numerusform>%n opdracht</numerusform>
            <numerusform>%n opdrachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>&amp;PDF exporteren</translation>
    </message>
    <message>
        <source>Write a PDF document for the selected tender or every tender of the view</source>
        <translation>Een PDF-document opmaken voor de gekozen opdracht of voor elke opdracht in de weergave</translation>
    </message>
    <message>
        <source>Which tenders get this document?</source>
        <translation>Welke opdrachten krijgen dit document?</translation>
    </message>
    <message>
        <source>The selected tender (%1)</source>
        <translation>De gekozen opdracht (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n tender of the view, one file</source>
        <translation>
            <numerusform>De %n opdracht van de weergave, één bestand</numerusform>
            <numerusform>Alle %n opdrachten van de weergave, elk een bestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n tenders of the view, one file each</source>
        <translation>
            <numerusform>De %n opdracht van de weergave, één bestand</numerusform>
            <numerusform>Alle %n opdrachten van de weergave, elk een bestand</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Het register wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <source>%n tender exported to %1</source>
        <translation>
            <numerusform>%n opdracht geëxporteerd naar %1</numerusform>
            <numerusform>%n opdrachten geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenders exported to %1</source>
        <translation>
            <numerusform>%n opdracht geëxporteerd naar %1</numerusform>
            <numerusform>%n opdrachten geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er werd niets geschreven.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export mislukt</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>%1 kon niet worden geschreven:
%2</translation>
    </message>
    <message>
        <source>Select a tender first.</source>
        <translation>Kies eerst een opdracht in de lijst.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tender. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n opdracht verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n opdrachten verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tenders. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n opdracht verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%n opdrachten verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tenders</source>
        <translation>Opdrachten verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected tender?</source>
        <translation>
            <numerusform>De %n gekozen opdracht verwijderen?</numerusform>
            <numerusform>De %n gekozen opdrachten verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected tenders?</source>
        <translation>
            <numerusform>De %n gekozen opdracht verwijderen?</numerusform>
            <numerusform>De %n gekozen opdrachten verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their tenderers and decisions go with them. Ctrl+Z brings them all back.</source>
        <translation>Hun inschrijvers en beslissingen gaan mee. Ctrl+Z brengt ze allemaal terug.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tender</source>
        <translation>
            <numerusform>%n opdracht verwijderen</numerusform>
            <numerusform>%n opdrachten verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tenders</source>
        <translation>
            <numerusform>%n opdracht verwijderen</numerusform>
            <numerusform>%n opdrachten verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n tender</source>
        <translation>
            <numerusform>verwijderen van %n opdracht</numerusform>
            <numerusform>verwijderen van %n opdrachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n tenders</source>
        <translation>
            <numerusform>verwijderen van %n opdracht</numerusform>
            <numerusform>verwijderen van %n opdrachten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV or Excel…</source>
        <translation>Exporteren naar CSV of Excel…</translation>
    </message>
    <message>
        <source>Export the view to CSV or Excel</source>
        <translation>De weergave exporteren naar CSV of Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Perf&amp;ormance bond…</source>
        <translation>B&amp;orgtocht…</translation>
    </message>
    <message>
        <source>Whether a bond may be asked of the winner, and how much</source>
        <translation>Of er van de opdrachtnemer een borgtocht gevraagd mag worden, en hoeveel</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What the law allows</source>
        <translation>Wat de wet toelaat</translation>
    </message>
    <message>
        <source>Choose one of the allowed procedures; the motivation follows your choice.</source>
        <translation>Kies een van de toegestane procedures; de motivering volgt uw keuze.</translation>
    </message>
    <message>
        <source>&amp;Allowed (choose one):</source>
        <translation>Toe&amp;gestaan (kies er één):</translation>
    </message>
    <message>
        <source>&amp;Motivation for the decision file (you can edit it):</source>
        <translation>&amp;Motivering voor het beslissingsdossier (u kunt ze aanpassen):</translation>
    </message>
    <message>
        <source>Not allowed (%1): why</source>
        <translation>Niet toegestaan (%1): waarom</translation>
    </message>
    <message>
        <source>Save and export the draft decision…</source>
        <translation>Bewaren en de ontwerpbeslissing exporteren…</translation>
    </message>
</context>
<context>
    <name>RulePack</name>
    <message>
        <source>, line %1</source>
        <translation>, regel %1</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, sleutel %1</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>niet van kracht</translation>
    </message>
    <message>
        <source>open</source>
        <translation>geen einddatum</translation>
    </message>
    <message>
        <source>two sources agree</source>
        <translation>twee bronnen eens</translation>
    </message>
    <message>
        <source>app convention, not law</source>
        <translation>afspraak van de app, geen recht</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>low</source>
        <translation>laag</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Two sources agree: two independent sources give the same rule; the legal text itself could not be read. Medium: one good source or secondary sources only. Low: a single source, an inference or an open question. Check these before relying on them. App convention: a choice of the app, not a rule of law.</source>
        <translation>Twee bronnen eens: twee onafhankelijke bronnen geven dezelfde regel; de wettekst zelf kon niet gelezen worden. Gemiddeld: één goede bron of enkel secundaire bronnen. Laag: één enkele bron, een afleiding of een open vraag. Controleer die voor u erop steunt. Afspraak van de app: een keuze van de app, geen rechtsregel.</translation>
    </message>
    <message>
        <source>Rules in force &amp;on</source>
        <translation>Regels van kracht &amp;op</translation>
    </message>
    <message>
        <source>Rule pack: %1 — %2</source>
        <translation>Regelpakket: %1 — %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Load a rule pack…</source>
        <translation>Een regelpakket laden…</translation>
    </message>
    <message>
        <source>Use the bundled pack</source>
        <translation>Het meegeleverde pakket gebruiken</translation>
    </message>
    <message>
        <source>Use another date than today (for training)</source>
        <translation>Een andere datum dan vandaag gebruiken (voor opleidingen)</translation>
    </message>
    <message>
        <source>The rules, the deadlines and the register use this date. Today is %1.</source>
        <translation>De regels, de termijnen en het register gebruiken deze datum. Vandaag is het %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language of the window and the legal texts:</source>
        <translation>&amp;Taal van het venster en de juridische teksten:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Werkruimte</translation>
    </message>
    <message>
        <source>&amp;Default workspace:</source>
        <translation>&amp;Standaardwerkruimte:</translation>
    </message>
    <message>
        <source>Opened at the next start, unless --db names another file.</source>
        <translation>Wordt bij de volgende start geopend, tenzij --db een ander bestand noemt.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Rule pack:</source>
        <translation>Regelpakket:</translation>
    </message>
    <message>
        <source>Date of the rules:</source>
        <translation>Datum van de regels:</translation>
    </message>
    <message>
        <source>This rule pack cannot be used:
%1</source>
        <translation>Dit regelpakket kan niet worden gebruikt:
%1</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>meegeleverd met de toepassing</translation>
    </message>
    <message>
        <source>Load a rule pack</source>
        <translation>Een regelpakket laden</translation>
    </message>
    <message>
        <source>Rule packs (*.toml)</source>
        <translation>Regelpakketten (*.toml)</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Standaardwerkruimte</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite);;All files (*)</source>
        <translation>Werkruimten (*.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The default workspace is a folder; name a file in it.</source>
        <translation>De standaardwerkruimte is een map; geef er een bestand in op.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Kiezen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Ondertekenaar:</translation>
    </message>
    <message>
        <source>Fu&amp;nction of the signatory:</source>
        <translation>&amp;Functie van de ondertekenaar:</translation>
    </message>
    <message>
        <source>Signs the letters of an organisation that names no signatory of its own.</source>
        <translation>Ondertekent de brieven van een organisatie die zelf geen ondertekenaar opgeeft.</translation>
    </message>
    <message>
        <source>The prefix the Open Contracting Partnership registered for you (like ocds-213czf). %1, the default, is not registered: the export says so.</source>
        <translation>Het prefix dat de Open Contracting Partnership voor u registreerde (zoals ocds-213czf). %1, de standaardwaarde, is niet geregistreerd: de export zegt dat.</translation>
    </message>
    <message>
        <source>OCDS export</source>
        <translation>Export naar OCDS</translation>
    </message>
    <message>
        <source>&amp;OCDS prefix (ocid):</source>
        <translation>OCDS-&amp;prefix (ocid):</translation>
    </message>
    <message>
        <source>I use the tender desk to:</source>
        <translation>Ik gebruik Tender desk om:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>buy for a public body</source>
        <translation>aan te kopen voor een overheid</translation>
    </message>
    <message>
        <source>make offers as a company</source>
        <translation>offertes in te dienen als onderneming</translation>
    </message>
    <message>
        <source>train others (both sides)</source>
        <translation>anderen op te leiden (beide kanten)</translation>
    </message>
</context>
<context>
    <name>SharedRegister</name>
    <message>
        <source>Read-only: %1 has this register open for writing on the computer %2 since %3.</source>
        <translation>Alleen lezen: %1 heeft dit register open om te schrijven op de computer %2 sinds %3.</translation>
    </message>
    <message>
        <source>Tell me when it is free</source>
        <translation>Laat me weten wanneer het vrij is</translation>
    </message>
    <message>
        <source>Waiting until it is free…</source>
        <translation>Wachten tot het vrij is…</translation>
    </message>
    <message>
        <source>Open for writing</source>
        <translation>Openen om te schrijven</translation>
    </message>
    <message>
        <source>The register is free now: nobody is writing it.</source>
        <translation>Het register is nu vrij: niemand schrijft erin.</translation>
    </message>
    <message>
        <source>The register is free now.</source>
        <translation>Het register is nu vrij.</translation>
    </message>
    <message>
        <source>A register on a network drive</source>
        <translation>Een register op een netwerkschijf</translation>
    </message>
    <message>
        <source>This register is on a network drive, where several people can open it. One person at a time can change it; the others can read it meanwhile and see who is writing.</source>
        <translation>Dit register staat op een netwerkschijf, waar meerdere mensen het kunnen openen. Eén persoon tegelijk kan het wijzigen; de anderen kunnen het intussen lezen en zien wie erin schrijft.</translation>
    </message>
    <message>
        <source>Close the app when you are done, so that a colleague can write. If the app of the one who writes stops (a crash, a computer switched off), the others are asked whether to take the register over.</source>
        <translation>Sluit de app als u klaar bent, zodat een collega kan schrijven. Stopt de app van wie schrijft (een crash, een computer die uitgeschakeld werd), dan wordt aan de anderen gevraagd of ze het register overnemen.</translation>
    </message>
    <message>
        <source>%1&apos;s app no longer answers: you can take the register over.</source>
        <translation>De app van %1 reageert niet meer: u kunt het register overnemen.</translation>
    </message>
</context>
<context>
    <name>TenderEditor</name>
    <message>
        <source>New tender</source>
        <translation>Nieuwe opdracht</translation>
    </message>
    <message>
        <source>Edit tender</source>
        <translation>Opdracht bewerken</translation>
    </message>
    <message>
        <source>Add up…</source>
        <translation>Optellen…</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>onbepaald</translation>
    </message>
    <message>
        <source>price is the only award criterion</source>
        <translation>de prijs is het enige gunningscriterium</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referentie</translation>
    </message>
    <message>
        <source>&amp;Buyer</source>
        <translation>&amp;Aanbesteder</translation>
    </message>
    <message>
        <source>Buyer &amp;kind</source>
        <translation>Soort aan&amp;besteder</translation>
    </message>
    <message>
        <source>Contract t&amp;ype</source>
        <translation>Soort opdra&amp;cht</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>&amp;Lanceringsdatum</translation>
    </message>
    <message>
        <source>&amp;Duration (months)</source>
        <translation>&amp;Duur (maanden)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procedure</translation>
    </message>
    <message>
        <source>Award criteria</source>
        <translation>Gunningscriteria</translation>
    </message>
    <message>
        <source>The offers must include</source>
        <translation>De offertes moeten bevatten</translation>
    </message>
    <message>
        <source>&amp;Offers due</source>
        <translation>Offertes &amp;uiterlijk op</translation>
    </message>
    <message>
        <source>&amp;Award decision due</source>
        <translation>Gu&amp;nningsbeslissing uiterlijk op</translation>
    </message>
    <message>
        <source>E&amp;xport PDF</source>
        <translation>Als PDF e&amp;xporteren</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Estimated &amp;value excl. VAT</source>
        <translation>&amp;Geraamde waarde excl. btw</translation>
    </message>
    <message>
        <source>Leading o&amp;fficial</source>
        <translation>Leidend a&amp;mbtenaar</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Notiti&amp;es</translation>
    </message>
    <message>
        <source>&amp;Tender</source>
        <translation>&amp;Opdracht</translation>
    </message>
    <message>
        <source>Save the tender first (Ctrl+S keeps this window open), then add its tenderers.</source>
        <translation>Sla de opdracht eerst op (Ctrl+S houdt dit venster open) en voeg dan de inschrijvers toe.</translation>
    </message>
    <message>
        <source>T&amp;enderers</source>
        <translation>&amp;Inschrijvers</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>This tender has changes that are not saved.</source>
        <translation>Deze opdracht heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ontwerp</translation>
    </message>
    <message>
        <source>published</source>
        <translation>bekendgemaakt</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluatie</translation>
    </message>
    <message>
        <source>awarded</source>
        <translation>gegund</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Ne&amp;w buyer…</source>
        <translation>Nieu&amp;we aanbesteder…</translation>
    </message>
    <message>
        <source>Co&amp;mpetent body</source>
        <translation>Be&amp;voegd orgaan</translation>
    </message>
    <message>
        <source>Bud&amp;get line</source>
        <translation>Begrotingsarti&amp;kel</translation>
    </message>
    <message>
        <source>Noti&amp;ce reference</source>
        <translation>Re&amp;ferentie aankondiging</translation>
    </message>
    <message>
        <source>The number under which the contract notice was published (Bulletin of Tenders, Official Journal); the letters give it beside the tender&apos;s reference</source>
        <translation>Het nummer waaronder de aankondiging van de opdracht bekendgemaakt werd (Bulletin der Aanbestedingen, Publicatieblad); de brieven vermelden het naast de referentie van de opdracht</translation>
    </message>
</context>
<context>
    <name>TenderersModel</name>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offer excl. VAT</source>
        <translation>Offerte excl. btw</translation>
    </message>
    <message>
        <source>offer submitted</source>
        <translation>offerte ingediend</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>gekozen inschrijver</translation>
    </message>
    <message>
        <source>unsuccessful</source>
        <translation>niet weerhouden</translation>
    </message>
    <message>
        <source>substantially irregular</source>
        <translation>substantieel onregelmatige offerte</translation>
    </message>
    <message>
        <source>unacceptable</source>
        <translation>onaanvaardbare offerte</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <source>offer in preparation</source>
        <translation>offerte in voorbereiding</translation>
    </message>
</context>
<context>
    <name>TenderersPanel</name>
    <message>
        <source>Add tenderer</source>
        <translation>Inschrijver toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Changes to the tenderers are saved at once; double-click a status or an offer to change it.</source>
        <translation>Wijzigingen aan de inschrijvers worden meteen opgeslagen; dubbelklik op een status of een offerte om die te wijzigen.</translation>
    </message>
    <message>
        <source>Choose a company from the list.</source>
        <translation>Kies een onderneming uit de lijst.</translation>
    </message>
    <message>
        <source>Recomputed and marked for review: %1</source>
        <translation>Herberekend en gemarkeerd om na te kijken: %1</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <extracomment>the main window&apos;s size when the screen has room for it (1280×720 gets less)</extracomment>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentatiemodus</translation>
    </message>
    <message>
        <source>Full screen, large text and strong contrast, for a projector</source>
        <translation>Volledig scherm, grote tekst en sterk contrast, voor een projector</translation>
    </message>
    <message>
        <source>Presentation mode: F5 or Esc to leave.</source>
        <translation>Presentatiemodus: F5 of Esc om te verlaten.</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <source>Open &amp;workshop…</source>
        <translation>&amp;Workshop openen…</translation>
    </message>
    <message>
        <source>Open the b&amp;uilt-in workshop</source>
        <translation>In&amp;gebouwde workshop openen</translation>
    </message>
    <message>
        <source>Save as works&amp;hop…</source>
        <translation>Opslaan als works&amp;hop…</translation>
    </message>
    <message>
        <source>Export &amp;scores…</source>
        <translation>S&amp;cores exporteren…</translation>
    </message>
    <message>
        <source>Reset wor&amp;kshop…</source>
        <translation>Workshop &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Een workshop openen</translation>
    </message>
    <message>
        <source>Workshops (*%1)</source>
        <translation>Workshops (*%1)</translation>
    </message>
    <message>
        <source>A working copy of another version of this workshop exists. Replace it?</source>
        <translation>Er bestaat een werkkopie van een andere versie van deze workshop. Vervangen?</translation>
    </message>
    <message>
        <source>The answers and scores of every group in it are lost.</source>
        <translation>De antwoorden en scores van alle groepen daarin gaan verloren.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Reset workshop</source>
        <translation>Workshop terugzetten</translation>
    </message>
    <message>
        <source>Bring “%1” back as its file has it?</source>
        <translation>“%1” terugzetten zoals het bestand het bevat?</translation>
    </message>
    <message>
        <source>Lost: the answers and scores of every group, and every change to the register since the workshop was opened. This cannot be undone.</source>
        <translation>Verloren gaan: de antwoorden en scores van alle groepen, en elke wijziging in het register sinds de workshop werd geopend. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Scores exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;PDF files (*.pdf)</source>
        <translation>CSV-bestanden (*.csv);;PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save as workshop</source>
        <translation>Opslaan als workshop</translation>
    </message>
    <message>
        <source>%1 answer keys disagree with the engine: trainees would be marked against them.</source>
        <translation>%1 antwoordsleutels wijken af van de rekenregels: deelnemers zouden ertegen beoordeeld worden.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpen</name>
    <message>
        <source>The workspace is being converted for this version of Tender desk.
A copy of it as it was is kept first, in its backups folder.
A large register takes a little while.</source>
        <translation>De werkruimte wordt omgezet voor deze versie van Tender desk.
Eerst wordt er een kopie van bewaard zoals ze was, in haar map met back-ups.
Bij een groot register duurt dat even.</translation>
    </message>
    <message>
        <source>This file is not a tender desk workspace. It was not changed.</source>
        <translation>Dit bestand is geen werkruimte van Tender desk. Het werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>This workspace is damaged. It was not changed; a backup can replace it.</source>
        <translation>Deze werkruimte is beschadigd. Ze werd niet gewijzigd; een back-up kan ze vervangen.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of the tender desk. Update the app to change it; you can still read it.</source>
        <translation>Deze werkruimte werd gemaakt door een nieuwere versie van Tender desk. Werk de toepassing bij om ze te wijzigen; lezen kan wel.</translation>
    </message>
    <message>
        <source>This workspace cannot be written (the file or its folder is read-only).</source>
        <translation>In deze werkruimte kan niet worden geschreven (het bestand of de map is alleen-lezen).</translation>
    </message>
    <message>
        <source>This workspace is open in another window or program. You can read it here while the other one writes.</source>
        <translation>Deze werkruimte is geopend in een ander venster of programma. U kunt ze hier lezen terwijl het andere erin schrijft.</translation>
    </message>
    <message>
        <source>This workspace cannot be created or opened here.</source>
        <translation>Deze werkruimte kan hier niet worden aangemaakt of geopend.</translation>
    </message>
    <message>
        <source>This workspace does not exist. If it is on a drive or a network folder that is not connected, connect it and try again; or create a new, empty workspace here.</source>
        <translation>Deze werkruimte bestaat niet. Staat ze op een schijf of netwerkmap die niet verbonden is, verbind die dan en probeer opnieuw; of maak hier een nieuwe, lege werkruimte.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file. Choose a file in it.</source>
        <translation>Dit is een map, geen werkruimtebestand. Kies een bestand erin.</translation>
    </message>
    <message>
        <source>The disk is full, so this workspace cannot be written. Make room on it and try again; nothing was changed.</source>
        <translation>De schijf is vol, dus deze werkruimte kan niet worden geschreven. Maak er ruimte op en probeer opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The disk refused to write this workspace (is it full or removed?). Try again when it is back; nothing was changed.</source>
        <translation>De schijf weigerde deze werkruimte te schrijven (is ze vol of verwijderd?). Probeer opnieuw wanneer ze terug is; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>No file can have this name here. Choose another file.</source>
        <translation>Geen bestand kan hier deze naam hebben. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>The lock file beside this workspace is a link to another file. It was left alone; remove it if no other program uses the workspace.</source>
        <translation>Het vergrendelingsbestand naast deze werkruimte is een koppeling naar een ander bestand. Het werd niet aangeraakt; verwijder het als geen ander programma de werkruimte gebruikt.</translation>
    </message>
    <message>
        <source>Tender desk</source>
        <translation>Tender desk</translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation>Een werkruimte openen of aanmaken</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation>Werkruimten (*.sqlite)</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Een back-up terugzetten…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Een ander bestand openen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Nieuwe werkruimte maken</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>This backup is damaged itself. Choose another one.</source>
        <translation>Deze back-up is zelf beschadigd. Kies een andere.</translation>
    </message>
    <message>
        <source>The disk is full. Make room on it, then restore again.</source>
        <translation>De schijf is vol. Maak er ruimte vrij en zet de back-up daarna opnieuw terug.</translation>
    </message>
    <message>
        <source>The workspace is open in another window or program. Close it, then restore again.</source>
        <translation>De werkruimte is open in een ander venster of programma. Sluit ze en zet de back-up daarna opnieuw terug.</translation>
    </message>
    <message>
        <source>The backup could not be written beside the workspace.</source>
        <translation>De back-up kon niet naast de werkruimte worden geschreven.</translation>
    </message>
    <message>
        <source>The workspace was not changed.</source>
        <translation>De werkruimte werd niet gewijzigd.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>The current file is kept beside it. Restore:</source>
        <translation>Het huidige bestand wordt ernaast bewaard. Terugzetten:</translation>
    </message>
    <message>
        <source>The backup could not be restored:
%1</source>
        <translation>De back-up kon niet worden teruggezet:
%1</translation>
    </message>
    <message>
        <source>Restored %1. The replaced file was kept as %2.</source>
        <translation>%1 teruggezet. Het vervangen bestand werd bewaard als %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Take the register over?</source>
        <translation>Het register overnemen?</translation>
    </message>
    <message>
        <source>%1 opened this register for writing on %3, on the computer %2, and that app has given no sign of life since %4. Take the register over?</source>
        <translation>%1 opende dit register om te schrijven op %3, op de computer %2, en die app heeft sinds %4 geen teken van leven gegeven. Het register overnemen?</translation>
    </message>
    <message>
        <source>Only if %1&apos;s app stopped (a crash, a computer switched off or cut from the network). If %1 is still working in it, choose No: you read the register and %1&apos;s changes stay safe.</source>
        <translation>Alleen als de app van %1 gestopt is (een crash, een computer die uitgeschakeld of van het netwerk losgekoppeld werd). Werkt %1 er nog in, kies dan Nee: u leest het register en de wijzigingen van %1 blijven veilig.</translation>
    </message>
    <message>
        <source>&amp;Yes, take it over</source>
        <translation>&amp;Ja, overnemen</translation>
    </message>
    <message>
        <source>&amp;No, read only</source>
        <translation>&amp;Nee, alleen lezen</translation>
    </message>
    <message>
        <source>%1 has this workspace open for writing on the computer %2 since %3. You can read it here meanwhile.</source>
        <translation>%1 heeft deze werkruimte open om te schrijven op de computer %2 sinds %3. U kunt ze hier intussen lezen.</translation>
    </message>
    <message>
        <source>Another user took this register over while this window did not answer. Open it again to see their changes.</source>
        <translation>Een andere gebruiker heeft dit register overgenomen terwijl dit venster niet reageerde. Open het opnieuw om de wijzigingen te zien.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <source>Nothing was saved: this workspace is open read-only. What you typed is still here.</source>
        <translation>Er is niets bewaard: deze werkruimte is alleen-lezen geopend. Wat u typte, staat er nog.</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk is full. Make room on it and save again; what you typed is still here.</source>
        <translation>Er is niets bewaard: de schijf is vol. Maak er ruimte op en bewaar opnieuw; wat u typte, staat er nog.</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk refused the write (is it full or removed?). Save again when it is back; what you typed is still here.</source>
        <translation>Er is niets bewaard: de schijf weigerde het schrijven (is ze vol of verwijderd?). Bewaar opnieuw wanneer ze terug is; wat u typte, staat er nog.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 is writing this register, so it is open read-only here. What you typed is still here.</source>
        <translation>Er is niets bewaard: %1 schrijft in dit register, daarom is het hier alleen-lezen geopend. Wat u typte, staat er nog.</translation>
    </message>
    <message>
        <source>Nothing was saved: another user took this register over while this window did not answer. What you typed is still here; open the register again.</source>
        <translation>Er is niets bewaard: een andere gebruiker heeft dit register overgenomen terwijl dit venster niet reageerde. Wat u typte, staat er nog; open het register opnieuw.</translation>
    </message>
</context>
<context>
    <name>YearReportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Open the tender</source>
        <translation>Opdracht &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Click a figure to list the tenders it counts.</source>
        <translation>Klik op een cijfer om de opdrachten te zien die het telt.</translation>
    </message>
    <message>
        <source>Export the year report</source>
        <translation>Het jaarrapport exporteren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>PDF-document (*.pdf);;CSV-bestand (*.csv);;Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Het register wordt gelezen…</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Het register kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>Het rapport kon niet geschreven worden:
%1</translation>
    </message>
    <message>
        <source>Thresholds and rules: %1.</source>
        <translation>Drempels en regels: %1.</translation>
    </message>
    <message>
        <source>Write the report as PDF, CSV or XLSX</source>
        <translation>Het rapport schrijven als PDF, CSV of XLSX</translation>
    </message>
    <message>
        <source>Writing the year report…</source>
        <translation>Het jaarrapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>Year report</source>
        <translation>Jaarrapport</translation>
    </message>
    <message>
        <source>Tenders counted in this figure: %1</source>
        <translation>Opdrachten geteld in dit cijfer: %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Edit &gt; Settings… chooses another.</source>
        <translation>Bewerken &gt; Instellingen… kiest een ander.</translation>
    </message>
    <message>
        <source>Rule pack not used</source>
        <translation>Regelpakket niet gebruikt</translation>
    </message>
    <message>
        <source>The rule pack could not be used:
%1

The bundled rule pack is used instead.</source>
        <translation>Het regelpakket kon niet worden gebruikt:
%1

Het meegeleverde regelpakket wordt gebruikt.</translation>
    </message>
    <message>
        <source>Settings not used</source>
        <translation>Instellingen niet gebruikt</translation>
    </message>
    <message>
        <source>Some settings could not be used; the defaults take their place:

%1</source>
        <translation>Sommige instellingen konden niet worden gebruikt; de standaardwaarden nemen hun plaats in:

%1</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Werkruimte &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(niet gevonden)</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>Nog geen andere werkruimte</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>register.sqlite</source>
        <translation>register.sqlite</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation>Werkruimten (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File &gt; Open workspace…, or choose another name.</source>
        <translation>%1 bestaat al. Open het met Bestand &gt; Werkruimte openen…, of kies een andere naam.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Een werkruimte openen</translation>
    </message>
    <message>
        <source>%1 is not there any more (moved, deleted, or on a drive that is not connected). It was taken off the recent list.</source>
        <translation>%1 is er niet meer (verplaatst, verwijderd, of op een schijf die niet aangesloten is). Het werd van de lijst van recent geopende werkruimten gehaald.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopie</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Een kopie van de werkruimte opslaan</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace it copies.</source>
        <translation>Een kopie kan de werkruimte die ze kopieert niet vervangen.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1:
%2</source>
        <translation>De kopie kon niet geschreven worden in %1:
%2</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Kopie opgeslagen: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>This workspace has no backup yet. The app makes one a day, in %1.</source>
        <translation>Deze werkruimte heeft nog geen back-up. De app maakt er één per dag, in %1.</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup %2?</source>
        <translation>De werkruimte %1 vervangen door de back-up %2?</translation>
    </message>
    <message>
        <source>What was changed since that backup is no longer in the register. The current file is not deleted: it is kept beside the workspace.</source>
        <translation>Wat sinds die back-up veranderd werd, staat dan niet meer in het register. Het huidige bestand wordt niet verwijderd: het blijft naast de werkruimte bewaard.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Vervangen door de back-up</translation>
    </message>
    <message>
        <source>&amp;Merge workspace…</source>
        <translation>Werkruimte &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;Year report…</source>
        <translation>&amp;Jaarrapport…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export OCDS…</source>
        <translation>&amp;Exporteren naar OCDS…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to the tender desk</source>
        <translation>Welkom bij de tender desk</translation>
    </message>
    <message>
        <source>This workspace holds no tender yet. Start your register with a first tender, open a workspace you already have, or try the demo first (it is a separate file: nothing you do there touches your own register).</source>
        <translation>Deze werkruimte bevat nog geen opdracht. Begin uw register met een eerste opdracht, open een werkruimte die u al hebt, of probeer eerst de demo (een apart bestand: wat u daar doet, raakt uw eigen register niet).</translation>
    </message>
    <message>
        <source>&amp;Start with a first tender</source>
        <translation>B&amp;eginnen met een eerste opdracht</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>Werkruimte &amp;openen…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>De de&amp;mo openen</translation>
    </message>
    <message>
        <source>Go to the &amp;register</source>
        <translation>Naar het &amp;register</translation>
    </message>
    <message>
        <source>keeps the register of your tenders, with their buyers and tenderers;</source>
        <translation>houdt het register van uw opdrachten bij, met hun aanbesteders en inschrijvers;</translation>
    </message>
    <message>
        <source>says which award procedures the law allows for a tender, and which is the simplest, with the article;</source>
        <translation>zegt welke plaatsingsprocedures de wet voor een opdracht toelaat, en welke de eenvoudigste is, met het artikel;</translation>
    </message>
    <message>
        <source>says whether an advance is due to an SME, whether a bid compensation is due, and who must be told their provisional place;</source>
        <translation>zegt of een kmo een voorschot krijgt, of een biedvergoeding verschuldigd is, en wie zijn voorlopige plaats moet kennen;</translation>
    </message>
    <message>
        <source>writes the motivation and the other documents as PDF, each with the rules it used.</source>
        <translation>schrijft de motivering en de andere documenten als pdf, elk met de regels die het gebruikte.</translation>
    </message>
    <message>
        <source>It is no legal advice and does not replace a lawyer or your procurement documents.</source>
        <translation>Het is geen juridisch advies en vervangt geen jurist en geen opdrachtdocumenten.</translation>
    </message>
    <message>
        <source>It knows only the rules of its rule pack (%1) and tells you where the research behind them is unsure.</source>
        <translation>Het kent enkel de regels van zijn regelpakket (%1) en zegt u waar het onderzoek erachter onzeker is.</translation>
    </message>
    <message>
        <source>It works offline: it sends nothing anywhere and publishes nothing.</source>
        <translation>Het werkt offline: het verstuurt niets en publiceert niets.</translation>
    </message>
    <message>
        <source>Rules the research is unsure of</source>
        <translation>Regels waarover het onderzoek onzeker is</translation>
    </message>
    <message>
        <source>Only one source, a deduction or an open question backs these rules. The answers that use them say so; check them before you decide:</source>
        <translation>Achter deze regels staat maar één bron, een afleiding of een open vraag. De antwoorden die ze gebruiken, zeggen dat; controleer ze voor u beslist:</translation>
    </message>
    <message>
        <source>Rules backed by one good source only</source>
        <translation>Regels met maar één goede bron</translation>
    </message>
    <message>
        <source>One good source or secondary sources back these rules, not the law&apos;s text itself; the answers mark them too:</source>
        <translation>Eén goede bron of secundaire bronnen staan achter deze regels, niet de wettekst zelf; ook die markeren de antwoorden:</translation>
    </message>
    <message>
        <source>What the tender desk does</source>
        <translation>Wat de tender desk doet</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>Wat hij niet doet</translation>
    </message>
    <message>
        <source>&amp;Start with a first offer</source>
        <translation>B&amp;eginnen met een eerste offerte</translation>
    </message>
    <message>
        <source>How do you use the tender desk? The pages and words follow your answer; Edit &gt; Settings changes it later.</source>
        <translation>Hoe gebruikt u Tender desk? De pagina’s en woorden volgen uw antwoord; Bewerken &gt; Instellingen wijzigt het later.</translation>
    </message>
    <message>
        <source>I buy for a public body</source>
        <translation>Ik koop aan voor een overheid</translation>
    </message>
    <message>
        <source>I make offers as a company</source>
        <translation>Ik dien offertes in als onderneming</translation>
    </message>
    <message>
        <source>I train others</source>
        <translation>Ik leid anderen op</translation>
    </message>
</context>
</TS>
