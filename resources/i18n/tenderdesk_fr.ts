<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdvanceAnswerPage</name>
    <message>
        <source>The advance</source>
        <translation>L&apos;avance</translation>
    </message>
    <message>
        <source>The answer with the rules it applied, and what the SME&apos;s request needs.</source>
        <translation>La réponse avec les règles appliquées, et ce que la demande de la PME doit contenir.</translation>
    </message>
    <message>
        <source>For the written request</source>
        <translation>Pour la demande écrite</translation>
    </message>
</context>
<context>
    <name>AdvanceWizard</name>
    <message>
        <source>Advance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Addressee: %1, leading official %2</source>
        <translation>Destinataire&#xa0;: %1, fonctionnaire dirigeant %2</translation>
    </message>
    <message>
        <source>Contract: %1 — %2</source>
        <translation>Marché&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Amount asked: %1</source>
        <translation>Montant demandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contractor: %1, enterprise number %2</source>
        <translation>Adjudicataire : %1, numéro d&apos;entreprise %2</translation>
    </message>
    <message>
        <source>Account (IBAN): %1</source>
        <translation>Compte (IBAN)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AmountsDialog</name>
    <message>
        <source>Bid compensation</source>
        <translation>Indemnité de soumission</translation>
    </message>
    <message>
        <source>The procurement documents set the bid compensation (the law sets no minimum). Type the amount they give.</source>
        <translation>Les documents du marché fixent l&apos;indemnité de soumission (la loi ne fixe pas de minimum). Saisissez le montant qu&apos;ils donnent.</translation>
    </message>
    <message>
        <source>empty if they set none</source>
        <translation>vide s&apos;ils n&apos;en fixent pas</translation>
    </message>
    <message>
        <source>&amp;Compensation per tenderer</source>
        <translation>&amp;Indemnité par soumissionnaire</translation>
    </message>
    <message>
        <source>&amp;Reduced, for an irregular or unacceptable offer</source>
        <translation>&amp;Réduite, pour une offre irrégulière ou inacceptable</translation>
    </message>
</context>
<context>
    <name>AnswerPage</name>
    <message>
        <source>Save and export PDF…</source>
        <translation>Enregistrer et exporter en PDF…</translation>
    </message>
    <message>
        <source>Store this decision on the tender and write its document</source>
        <translation>Enregistrer cette décision pour le marché et en établir le document</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Rules applied and their articles (%1)</source>
        <translation>Règles appliquées et leurs articles (%1)</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>Jeu de règles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AwardPage</name>
    <message>
        <source>The contract and the amount awarded</source>
        <translation>Le marché et le montant attribué</translation>
    </message>
    <message>
        <source>The bond is a share of the amount awarded excl. VAT, which the winner deposits as a guarantee of good execution.</source>
        <translation>Le cautionnement est une part du montant attribué hors TVA, que l&apos;adjudicataire constitue en garantie de la bonne exécution.</translation>
    </message>
    <message>
        <source>empty: the documents are silent</source>
        <translation>vide : les documents du marché sont muets</translation>
    </message>
    <message>
        <source>empty: not known</source>
        <translation>vide : inconnu</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>Date de &amp;lancement</translation>
    </message>
    <message>
        <source>Contract t&amp;ype</source>
        <translation>T&amp;ype de marché</translation>
    </message>
    <message>
        <source>&amp;Amount awarded excl. VAT</source>
        <translation>&amp;Montant attribué hors TVA</translation>
    </message>
    <message>
        <source>Bond in the &amp;documents (%)</source>
        <translation>Cautionnement dans les &amp;documents du marché (%)</translation>
    </message>
    <message>
        <source>&amp;Execution period (days)</source>
        <translation>Délai d&apos;&amp;exécution (jours)</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>The contract</source>
        <extracomment>the special circumstances, by article, as the law groups them</extracomment>
        <translation>Le marché</translation>
    </message>
    <message>
        <source>The rules in force on the launch date apply.</source>
        <translation>Les règles en vigueur à la date de lancement s&apos;appliquent.</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>Date de &amp;lancement</translation>
    </message>
    <message>
        <source>Buyer &amp;kind</source>
        <translation>Type d&apos;ad&amp;judicateur</translation>
    </message>
    <message>
        <source>Contract &amp;type</source>
        <translation>T&amp;ype de marché</translation>
    </message>
    <message>
        <source>&amp;Estimated value excl. VAT</source>
        <translation>Montant &amp;estimé hors TVA</translation>
    </message>
</context>
<context>
    <name>BidAnswerPage</name>
    <message>
        <source>Bid compensation</source>
        <translation>Indemnité de soumission</translation>
    </message>
    <message>
        <source>Whether it is due, and the amount each tenderer gets.</source>
        <translation>Si elle est due, et le montant pour chaque soumissionnaire.</translation>
    </message>
    <message>
        <source>set by the documents</source>
        <translation>à fixer dans les documents du marché</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BidCompensationWizard</name>
    <message>
        <source>Bid compensation</source>
        <translation>Indemnité de soumission</translation>
    </message>
</context>
<context>
    <name>BondAnswerPage</name>
    <message>
        <source>Performance bond</source>
        <translation>Cautionnement</translation>
    </message>
    <message>
        <source>Whether a bond may be asked, and how much.</source>
        <translation>Si un cautionnement peut être demandé, et de quel montant.</translation>
    </message>
    <message>
        <source>Confidence of this answer: %1</source>
        <translation>Fiabilité de cette réponse : %1</translation>
    </message>
</context>
<context>
    <name>BondWizard</name>
    <message>
        <source>Performance bond</source>
        <translation>Cautionnement</translation>
    </message>
    <message>
        <source>The winning offer of %1.</source>
        <translation>L&apos;offre retenue de %1.</translation>
    </message>
    <message>
        <source>The tender&apos;s estimate: no winning offer is registered yet. Decide again once the contract is awarded.</source>
        <translation>L&apos;estimation du marché : aucune offre retenue n&apos;est encore enregistrée. Décidez à nouveau une fois le marché attribué.</translation>
    </message>
    <message>
        <source>From the tender&apos;s duration of %1 months, counted as %2 days a month.</source>
        <translation>D&apos;après la durée du marché, %1 mois, comptés à %2 jours par mois.</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>Fon&amp;ction</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(aucune choisie)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Choose the organisation you work for, or make it with New company…. Its data fills the offers, the checks and what each tender means for you.</source>
        <translation>Choisissez l’organisation pour laquelle vous travaillez, ou créez-la avec Nouvelle entreprise…. Ses données remplissent les offres, les vérifications et ce que chaque marché signifie pour vous.</translation>
    </message>
    <message>
        <source>Choose your company first, or make it.</source>
        <translation>Choisissez d’abord votre entreprise, ou créez-la.</translation>
    </message>
    <message>
        <source>Contact person (signs and answers our letters)</source>
        <translation>Personne de contact (signe nos lettres et y répond)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>Edit its &amp;details…</source>
        <translation>&amp;Modifier ses données…</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Numéro d’entreprise</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Mon entreprise</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>&amp;Prénom et nom</translation>
    </message>
    <message>
        <source>No size figures yet: Edit its details… and type the staff, turnover and balance-sheet total, or the checks cannot say whether you are an SME.</source>
        <translation>Pas encore de chiffres de taille : choisissez Modifier ses données… et tapez l’effectif, le chiffre d’affaires et le total du bilan, sinon les vérifications ne peuvent pas dire si vous êtes une PME.</translation>
    </message>
    <message>
        <source>Size class chosen by hand: %1 (no figures to check it).</source>
        <translation>Catégorie de taille choisie à la main : %1 (pas de chiffres pour la vérifier).</translation>
    </message>
    <message>
        <source>What the register knows of it</source>
        <translation>Ce que le registre en sait</translation>
    </message>
    <message>
        <source>⚠ Our letters cannot be written without: %1.</source>
        <translation>⚠ Nos lettres ne peuvent pas être rédigées sans : %1.</translation>
    </message>
    <message>
        <source>⚠ Warning: the figures are of %1; the last closed year is %2. Type the figures of %2, or the size class may be wrong.</source>
        <translation>⚠ Attention : les chiffres sont de %1 ; le dernier exercice clôturé est %2. Tapez les chiffres de %2, sinon la catégorie de taille peut être fausse.</translation>
    </message>
    <message>
        <source>⚠ Warning: the figures have no year; the last closed year is %1.</source>
        <translation>⚠ Attention : les chiffres n’ont pas d’année ; le dernier exercice clôturé est %1.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <source>The contract</source>
        <extracomment>a ground asked for (the tender&apos;s own) that the list may not offer for the type</extracomment>
        <translation>Le marché</translation>
    </message>
    <message>
        <source>The amount is the initial contract amount including VAT.</source>
        <translation>Le montant est le montant initial du marché, TVA comprise.</translation>
    </message>
    <message>
        <source>mainly financed by, and managed under the supervision of, the State, a Region, a Community or a local authority</source>
        <translation>majoritairement financé par l&apos;État, une Région, une Communauté ou un pouvoir local, et dont la gestion est soumise à leur contrôle</translation>
    </message>
    <message>
        <source>Buyer &amp;kind</source>
        <translation>Type d&apos;ad&amp;judicateur</translation>
    </message>
    <message>
        <source>the value (below the ceiling)</source>
        <translation>le montant (sous le plafond)</translation>
    </message>
    <message>
        <source>indefinite duration</source>
        <translation>durée indéterminée</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>Date de &amp;lancement</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>P&amp;rocédure</translation>
    </message>
    <message>
        <source>Its &amp;ground</source>
        <translation>Son &amp;fondement</translation>
    </message>
    <message>
        <source>Contract t&amp;ype</source>
        <translation>T&amp;ype de marché</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT</source>
        <translation>&amp;Montant TVA comprise</translation>
    </message>
    <message>
        <source>&amp;Duration (months)</source>
        <translation>&amp;Durée (mois)</translation>
    </message>
    <message>
        <source>&amp;Monthly value incl. VAT</source>
        <translation>Valeur me&amp;nsuelle TVA comprise</translation>
    </message>
    <message>
        <source>Choose the ground of the negotiated procedure.</source>
        <translation>Choisissez le motif de la procédure négociée.</translation>
    </message>
    <message>
        <source>&amp;VAT rate (%)</source>
        <translation>&amp;Taux de TVA (%)</translation>
    </message>
    <message>
        <source>From the winning offer of %1 excl. VAT, plus %2 VAT. The app does not check which VAT rate applies: change the rate or the amount if needed.</source>
        <translation>D&apos;après l&apos;offre gagnante de %1 hors TVA, plus %2 de TVA. L&apos;application ne vérifie pas quel taux de TVA s&apos;applique : modifiez le taux ou le montant si nécessaire.</translation>
    </message>
</context>
<context>
    <name>ContractorPage</name>
    <message>
        <source>The contractor</source>
        <translation>L&apos;adjudicataire</translation>
    </message>
    <message>
        <source>An SME winner is owed an advance by most public buyers.</source>
        <translation>La plupart des adjudicateurs publics doivent une avance à un adjudicataire PME.</translation>
    </message>
    <message>
        <source>Compute the size from these figures</source>
        <translation>Calculer la catégorie de taille à partir de ces données</translation>
    </message>
    <message>
        <source>empty: the documents are silent</source>
        <translation>vide&#xa0;: les documents du marché sont muets</translation>
    </message>
    <message>
        <source>the documents rely on a case allowing more than 20% (art. 12/4 §2)</source>
        <translation>les documents du marché invoquent un cas permettant plus de 20 % (art. 12/4, § 2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Size class</source>
        <translation>&amp;Catégorie de taille</translation>
    </message>
    <message>
        <source>Staff (annual work units)</source>
        <translation>Effectif (unités de travail par année)</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Balance-sheet total</source>
        <translation>Total du bilan</translation>
    </message>
    <message>
        <source>Advance in the &amp;documents (%)</source>
        <translation>Avance dans les &amp;documents du marché (%)</translation>
    </message>
    <message>
        <source>&amp;Exception</source>
        <translation>&amp;Exception</translation>
    </message>
    <message>
        <source>Size from the figures: %1.</source>
        <translation>Catégorie de taille selon les données&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>the wizards&apos; size when the screen has room for it (a 1280×720 screen gets a little less)</extracomment>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DeleteOrganisation</name>
    <message>
        <source>delete %1</source>
        <translation>supprimer %1</translation>
    </message>
</context>
<context>
    <name>DeleteTender</name>
    <message>
        <source>delete %1</source>
        <translation>la suppression de %1</translation>
    </message>
</context>
<context>
    <name>EstimateDialog</name>
    <message>
        <source>Estimated value</source>
        <translation>Montant estimé</translation>
    </message>
    <message>
        <source>one per line: label; amount</source>
        <translation>un par ligne&#xa0;: libellé&#xa0;; montant</translation>
    </message>
    <message>
        <source>Amount per year</source>
        <translation>Montant annuel</translation>
    </message>
    <message>
        <source>Number of years</source>
        <translation>Nombre d&apos;années</translation>
    </message>
    <message>
        <source>or amount for the whole term</source>
        <translation>ou montant pour toute la durée</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Reconductions</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Groupe…</translation>
    </message>
    <message>
        <source>The group whose answers are counted</source>
        <translation>Le groupe dont les réponses comptent</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Answer with the wizard a buyer uses; nothing is stored on a tender</source>
        <translation>Répondez avec l&apos;assistant d&apos;un acheteur ; rien n&apos;est enregistré sur un marché</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>Score : %1 sur %2 justes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>The name of your group:</source>
        <translation>Le nom de votre groupe :</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>&amp;Procedure</source>
        <translation>P&amp;rocédure</translation>
    </message>
    <message>
        <source>price is the only award criterion</source>
        <translation>le prix est le seul critère d&apos;attribution</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>read as %1</source>
        <translation>lu comme %1</translation>
    </message>
    <message>
        <source>Pick a day (Alt+Down)</source>
        <translation>Choisir un jour (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>GroundsPage</name>
    <message>
        <source>Special circumstances</source>
        <translation>Circonstances particulières</translation>
    </message>
    <message>
        <source>Tick what applies to this contract; most contracts have none.</source>
        <translation>Cochez ce qui s&apos;applique à ce marché ; la plupart des marchés n&apos;en ont aucune.</translation>
    </message>
    <message>
        <source>reference or title</source>
        <translation>référence ou intitulé</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Initial &amp;contract</source>
        <translation>&amp;Marché initial</translation>
    </message>
    <message>
        <source>Concluded &amp;on</source>
        <translation>&amp;Conclu le</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import tenders</source>
        <translation>Importer des marchés</translation>
    </message>
    <message>
        <source>%1: one row per tender. Check the field each column holds; a column left out is not imported. Nothing is imported when a row is refused.</source>
        <translation>%1 : une ligne par marché. Vérifiez le champ de chaque colonne ; une colonne laissée de côté n&apos;est pas importée. Rien n&apos;est importé si une ligne est refusée.</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(laissée de côté)</translation>
    </message>
    <message>
        <source>(none: the file says it)</source>
        <translation>(aucun : le fichier l&apos;indique)</translation>
    </message>
    <message>
        <source>&amp;Kind of buyer of rows without one:</source>
        <translation>&amp;Type d&apos;adjudicateur des lignes qui n&apos;en ont pas :</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Pourquoi elle est refusée</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>No column holds %1.</source>
        <translation>Aucune colonne ne contient %1.</translation>
    </message>
    <message>
        <source>Two columns hold %1: leave one out.</source>
        <translation>Deux colonnes contiennent %1 : laissez-en une de côté.</translation>
    </message>
    <message>
        <source>%1 is not a field.</source>
        <translation>%1 n&apos;est pas un champ.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1 cannot be read:
%2</source>
        <translation>%1 ne peut pas être lu :
%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Arrêté : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import failed, nothing was imported: %1</source>
        <translation>L&apos;importation a échoué, rien n&apos;a été importé : %1</translation>
    </message>
</context>
<context>
    <name>ImportTenders</name>
    <message>
        <source>import %1</source>
        <translation>l&apos;importation de %1</translation>
    </message>
    <message>
        <source>the file changed since: %1 rows are now refused</source>
        <translation>le fichier a changé depuis : %1 lignes sont maintenant refusées</translation>
    </message>
    <message>
        <source>The register could not be changed: %1</source>
        <translation>Le registre n&apos;a pas pu être modifié : %1</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>What the offers must include</source>
        <translation>Ce que les offres doivent comporter</translation>
    </message>
    <message>
        <source>Samples, models or designs cost the tenderers work: the law may oblige you to compensate it.</source>
        <translation>Des échantillons, maquettes, prototypes ou créations demandent du travail aux soumissionnaires&#xa0;: la loi peut vous obliger à l&apos;indemniser.</translation>
    </message>
    <message>
        <source>the amount the documents set per tenderer</source>
        <translation>le montant par soumissionnaire fixé par les documents du marché</translation>
    </message>
    <message>
        <source>empty: the same amount</source>
        <translation>vide&#xa0;: le même montant</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>Date de &amp;lancement</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>P&amp;rocédure</translation>
    </message>
    <message>
        <source>The offers must include</source>
        <translation>Les offres doivent comporter</translation>
    </message>
    <message>
        <source>&amp;Compensation per tenderer</source>
        <translation>&amp;Indemnité par soumissionnaire</translation>
    </message>
    <message>
        <source>For irregular or unacceptable offers</source>
        <translation>Pour les offres irrégulières ou inacceptables</translation>
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
        <translation>Registre</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rule pack: %1</source>
        <translation>Jeu de règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (not the bundled pack)</source>
        <translation>%1 — %2 (pas le paquet de règles fourni)</translation>
    </message>
    <message>
        <source>Rules date: %1 (set in Settings)</source>
        <translation>Date des règles&#xa0;: %1 (réglée dans Paramètres)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1:
%2

They apply until the app is closed.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés dans %1 :
%2

Ils s&apos;appliquent jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Vérification de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Workspace checked: no damage found.</source>
        <translation>Espace de travail vérifié&#xa0;: aucun dommage détecté.</translation>
    </message>
    <message>
        <source>The workspace is damaged; it is read-only now.</source>
        <translation>L&apos;espace de travail est endommagé ; il est désormais en lecture seule.</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>L&apos;espace de travail est endommagé</translation>
    </message>
    <message>
        <source>This workspace is damaged, so nothing more will be written to it.</source>
        <translation>Cet espace de travail est endommagé ; plus rien n&apos;y sera écrit.</translation>
    </message>
    <message>
        <source>Restore a backup (the window closes and offers your backups), or keep reading and export what you can see.</source>
        <translation>Restaurez une copie de sauvegarde (la fenêtre se ferme et propose vos copies), ou continuez à lire et exportez ce que vous voyez.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une copie de sauvegarde…</translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation>Continuer à lire</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Copie de sauvegarde créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la copie de sauvegarde</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>La copie de sauvegarde quotidienne n&apos;a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Pas d&apos;espace de travail</translation>
    </message>
    <message>
        <source>This is no legal advice. The app applies the rules of its rule pack, each with its source and the date it was checked; where the research is unsure, the answer says so. Check the law and your procurement documents before you decide.</source>
        <translation>Ceci n&apos;est pas un avis juridique. L&apos;application applique les règles de son paquet de règles, chacune avec sa source et la date à laquelle elle a été vérifiée ; là où la recherche est incertaine, la réponse le dit. Vérifiez la loi et vos documents du marché avant de décider.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <extracomment>the sizes the screens are rendered at: the main window, and the editor and wizards the demo workspace: enough tenders for a realistic register, built in a second the demo&apos;s &quot;today&quot; is fixed so that the same seed gives the same screens on any day the name the status bar shows for the demo workspace (its real path is a temporary one)</extracomment>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About the tender desk</source>
        <translation>À propos de Tender desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>This workspace cannot be changed now (it is read-only or being checked).</source>
        <translation>Cet espace de travail ne peut pas être modifié maintenant (il est en lecture seule ou en cours de vérification).</translation>
    </message>
    <message>
        <source>Making the demo workspace…</source>
        <translation>Création de l&apos;espace de démonstration…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Tender desk: an offline desk for Belgian public procurement.</source>
        <translation>Tender desk&#xa0;: un outil hors ligne pour les marchés publics belges.</translation>
    </message>
    <message>
        <source>Rule pack: %1, version %2 of %3</source>
        <translation>Jeu de règles&#xa0;: %1, version %2 du %3</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the chosen rows of the list shown</source>
        <translation>Supprimer les lignes choisies de la liste affichée</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Mon entreprise</translation>
    </message>
    <message>
        <source>My offers</source>
        <translation>Mes offres</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>Vérifications rapides</translation>
    </message>
    <message>
        <source>&amp;New offer from a notice…</source>
        <translation>&amp;Nouvelle offre d&apos;après un avis…</translation>
    </message>
    <message>
        <source>Offe&amp;rs</source>
        <translation>&amp;Offres</translation>
    </message>
    <message>
        <source>&amp;What it means for us…</source>
        <translation>&amp;Ce que cela signifie pour nous…</translation>
    </message>
    <message>
        <source>My &amp;company</source>
        <translation>&amp;Mon entreprise</translation>
    </message>
</context>
<context>
    <name>MeaningDialog</name>
    <message>
        <source>Can we ask an advance, how much, and when is it settled?</source>
        <translation>Pouvons-nous demander une avance, de combien, et quand est-elle imputée ?</translation>
    </message>
    <message>
        <source>Cannot answer yet: missing %1.</source>
        <translation>Pas encore de réponse possible : il manque %1.</translation>
    </message>
    <message>
        <source>Confidence of this answer: %1</source>
        <translation>Fiabilité de cette réponse : %1</translation>
    </message>
    <message>
        <source>For %1, from the tender and the company profile.</source>
        <translation>Pour %1, d&apos;après le marché et le profil de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Is a bid compensation due to us if we are not retained?</source>
        <translation>Une indemnité de soumission nous est-elle due si nous ne sommes pas retenus ?</translation>
    </message>
    <message>
        <source>Must we invoice electronically?</source>
        <translation>Devons-nous facturer par voie électronique ?</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Règles :</translation>
    </message>
    <message>
        <source>The notice gives it: add it with Edit the tender… on My offers.</source>
        <translation>L&apos;avis l&apos;indique : ajoutez-le avec Modifier le marché… sur Mes offres.</translation>
    </message>
    <message>
        <source>Type our amount on My offers.</source>
        <translation>Tapez notre montant sur Mes offres.</translation>
    </message>
    <message>
        <source>Type the company&apos;s figures on My company.</source>
        <translation>Tapez les chiffres de l&apos;entreprise sur Mon entreprise.</translation>
    </message>
    <message>
        <source>What bond must we lodge if we win?</source>
        <translation>Quel cautionnement devons-nous constituer si nous l&apos;emportons ?</translation>
    </message>
    <message>
        <source>What this tender means for us — %1</source>
        <translation>Ce que ce marché signifie pour nous — %1</translation>
    </message>
    <message>
        <source>Will we be told our provisional place?</source>
        <translation>Serons-nous informés de notre classement provisoire ?</translation>
    </message>
    <message>
        <source>Our letters:</source>
        <translation>Nos lettres :</translation>
    </message>
    <message>
        <source>The contract is of indefinite duration: type our monthly amount as our amount on My offers.</source>
        <translation>Le marché est à durée indéterminée : saisissez notre montant mensuel comme notre montant dans Mes offres.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge workspace</source>
        <translation>Fusionner un espace de travail</translation>
    </message>
    <message>
        <source>From %1: %2 new tenders to add, %3 the same, %4 in conflict.</source>
        <translation>De %1&#xa0;: %2 nouveaux marchés à ajouter, %3 identiques, %4 en conflit.</translation>
    </message>
    <message>
        <source>&amp;Keep all mine</source>
        <translation>&amp;Garder toutes les miennes</translation>
    </message>
    <message>
        <source>&amp;Take all theirs</source>
        <translation>Prendre &amp;toutes les leurs</translation>
    </message>
    <message>
        <source>Both workspaces have these tenders, each differently. Choose for each tender which version the register keeps: nothing is replaced without your choice.</source>
        <translation>Les deux espaces de travail ont ces marchés, chacun autrement. Choisissez pour chaque marché la version que le registre garde&#xa0;: rien n&apos;est remplacé sans votre choix.</translation>
    </message>
    <message>
        <source>There is nothing to bring in: the register has it all.</source>
        <translation>Il n&apos;y a rien à reprendre&#xa0;: le registre a déjà tout.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Tender and field</source>
        <translation>Marché et champ</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Cet espace de travail</translation>
    </message>
    <message>
        <source>The other workspace</source>
        <translation>L&apos;autre espace de travail</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <source>Take this version</source>
        <translation>Prendre cette version</translation>
    </message>
    <message>
        <source>%1 still to choose</source>
        <translation>encore %1 à choisir</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Fusion de %1…</translation>
    </message>
    <message>
        <source>Merged from %1: %2 added, %3 taken.</source>
        <translation>Fusionné depuis %1&#xa0;: %2 ajoutés, %3 repris.</translation>
    </message>
    <message>
        <source>This is the workspace open here. Choose the other workspace.</source>
        <translation>C&apos;est l&apos;espace de travail ouvert ici. Choisissez l&apos;autre espace de travail.</translation>
    </message>
    <message>
        <source>%1 cannot be merged.</source>
        <translation>%1 ne peut pas être fusionné.</translation>
    </message>
    <message>
        <source>It could not be read to the end (%1). Nothing was changed.</source>
        <translation>Il n&apos;a pas pu être lu jusqu&apos;au bout (%1). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>MergeWorkspace</name>
    <message>
        <source>merge %1</source>
        <translation>la fusion de %1</translation>
    </message>
    <message>
        <source>The register could not be written, nothing was changed: %1</source>
        <translation>Le registre n&apos;a pas pu être écrit, rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OcdsExport</name>
    <message>
        <source>Export the register as OCDS</source>
        <translation>Exporter le registre en OCDS</translation>
    </message>
    <message>
        <source>OCDS release package (*.json)</source>
        <translation>Paquet de publications OCDS (*.json)</translation>
    </message>
    <message>
        <source>Checking and writing %1…</source>
        <translation>Vérification et écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export OCDS</source>
        <translation>Exporter en OCDS</translation>
    </message>
    <message>
        <source>Export stopped: nothing was written.</source>
        <translation>Exportation arrêtée : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written; nothing was changed:
%2</source>
        <translation>%1 n&apos;a pas pu être écrit ; rien n&apos;a été modifié :
%2</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>&amp;Buyer</source>
        <translation>&amp;Pouvoir adjudicateur</translation>
    </message>
    <message>
        <source>&amp;Deadline for offers</source>
        <translation>&amp;Date limite des offres</translation>
    </message>
    <message>
        <source>&amp;Kind of buyer</source>
        <translation>&amp;Type de pouvoir adjudicateur</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>Date de &amp;lancement</translation>
    </message>
    <message>
        <source>&amp;Our offer excl. VAT</source>
        <translation>Notre &amp;offre hors TVA</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>Pro&amp;cédure</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Intit&amp;ulé</translation>
    </message>
    <message>
        <source>Estimated &amp;value excl. VAT</source>
        <translation>Montant &amp;estimé hors TVA</translation>
    </message>
    <message>
        <source>New offer from a notice</source>
        <translation>Nouvelle offre d&apos;après un avis de marché</translation>
    </message>
    <message>
        <source>Price is the only award criterion</source>
        <translation>Le prix est le seul critère d&apos;attribution</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>Nature du &amp;marché</translation>
    </message>
    <message>
        <source>The offer must &amp;include</source>
        <translation>L&apos;offre doit &amp;inclure</translation>
    </message>
    <message>
        <source>as the notice names it</source>
        <translation>tel que l&apos;avis le nomme</translation>
    </message>
    <message>
        <source>empty until you know it</source>
        <translation>vide tant que vous ne le connaissez pas</translation>
    </message>
    <message>
        <source>D&amp;uration (months)</source>
        <translation>Durée (moi&amp;s)</translation>
    </message>
    <message>
        <source>Inde&amp;finite duration</source>
        <translation>Durée i&amp;ndéterminée</translation>
    </message>
    <message>
        <source>&amp;Our monthly amount excl. VAT</source>
        <translation>Notre m&amp;ontant mensuel hors TVA</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Buyer</source>
        <translation>Pouvoir adjudicateur</translation>
    </message>
    <message>
        <source>Deadline for offers</source>
        <translation>Date limite des offres</translation>
    </message>
    <message>
        <source>Our offer excl. VAT</source>
        <translation>Notre offre hors TVA</translation>
    </message>
    <message>
        <source>Our status</source>
        <translation>Notre statut</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>not retained</source>
        <translation>non retenue</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>déposée</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>attribuée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 (in %n day)</source>
        <translation>
            <numerusform>⚠ %1 (dans %n jour)</numerusform>
            <numerusform>⚠ %1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 (in %n days)</source>
        <translation>
            <numerusform>⚠ %1 (dans %n jour)</numerusform>
            <numerusform>⚠ %1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>✕ %1 (past)</source>
        <translation>✕ %1 (dépassée)</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message numerus="yes">
        <source>%n offer; a deadline marked ⚠ is within a week, ✕ is past.</source>
        <translation>
            <numerusform>%n offre ; une date limite marquée ⚠ tombe dans la semaine, ✕ est dépassée.</numerusform>
            <numerusform>%n offres ; une date limite marquée ⚠ tombe dans la semaine, ✕ est dépassée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers; a deadline marked ⚠ is within a week, ✕ is past.</source>
        <translation>
            <numerusform>%n offre ; une date limite marquée ⚠ tombe dans la semaine, ✕ est dépassée.</numerusform>
            <numerusform>%n offres ; une date limite marquée ⚠ tombe dans la semaine, ✕ est dépassée.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New offer from a notice…</source>
        <translation>&amp;Nouvelle offre d&apos;après un avis…</translation>
    </message>
    <message>
        <source>Choose your company on the My company page first: offers are its own.</source>
        <translation>Choisissez d&apos;abord votre entreprise sur la page Mon entreprise : les offres sont les siennes.</translation>
    </message>
    <message>
        <source>Our a&amp;mount excl. VAT:</source>
        <translation>Notre &amp;montant hors TVA :</translation>
    </message>
    <message>
        <source>Our &amp;status:</source>
        <translation>Notre &amp;statut :</translation>
    </message>
    <message>
        <source>Store status and amo&amp;unt</source>
        <translation>En&amp;registrer statut et montant</translation>
    </message>
    <message>
        <source>&amp;What it means for us…</source>
        <translation>&amp;Ce que cela signifie pour nous…</translation>
    </message>
    <message>
        <source>Edit the &amp;tender…</source>
        <translation>Modifier &amp;le marché…</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Enterprise number</source>
        <translation>Numéro d&apos;&amp;entreprise</translation>
    </message>
    <message>
        <source>St&amp;reet and number</source>
        <translation>&amp;Rue et numéro</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>IB&amp;AN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>&amp;BIC</source>
        <translation>&amp;BIC</translation>
    </message>
    <message>
        <source>SME size class</source>
        <translation>Classe de taille PME</translation>
    </message>
    <message>
        <source>Sta&amp;ff (annual work units)</source>
        <translation>E&amp;ffectif (unités de travail annuel)</translation>
    </message>
    <message>
        <source>&amp;Turnover (€)</source>
        <translation>C&amp;hiffre d&apos;affaires (€)</translation>
    </message>
    <message>
        <source>Balance-s&amp;heet total (€)</source>
        <translation>&amp;Total du bilan (€)</translation>
    </message>
    <message>
        <source>&amp;Year of the figures</source>
        <translation>&amp;Année des chiffres</translation>
    </message>
    <message>
        <source>Si&amp;ze class</source>
        <translation>Classe de tai&amp;lle</translation>
    </message>
    <message>
        <source>%1 is already the enterprise number of %2.</source>
        <translation>%1 est déjà le numéro d&apos;entreprise de %2.</translation>
    </message>
    <message>
        <source>Type the staff, the turnover and the balance-sheet total to compute the size class; until then it can be chosen here.</source>
        <translation>Saisissez l&apos;effectif, le chiffre d&apos;affaires et le total du bilan pour calculer la classe de taille ; d&apos;ici là, vous pouvez la choisir ici.</translation>
    </message>
    <message>
        <source>%1: fewer than %2 staff and a turnover of at most %3.</source>
        <translation>%1 : moins de %2 personnes et un chiffre d&apos;affaires d&apos;au plus %3.</translation>
    </message>
    <message>
        <source>%1: fewer than %2 staff and a balance-sheet total of at most %4 (the turnover is above %3).</source>
        <translation>%1 : moins de %2 personnes et un total du bilan d&apos;au plus %4 (le chiffre d&apos;affaires dépasse %3).</translation>
    </message>
    <message>
        <source>%1: %2 staff or more, or both a turnover above %3 and a balance-sheet total above %4.</source>
        <translation>%1 : %2 personnes ou plus, ou à la fois un chiffre d&apos;affaires supérieur à %3 et un total du bilan supérieur à %4.</translation>
    </message>
    <message>
        <source>Rule: %1, in force from %2.</source>
        <translation>Règle&#xa0;: %1, en vigueur depuis le %2.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This organisation has changes that are not saved.</source>
        <translation>Cette organisation a des modifications qui ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>Téléph&amp;one</translation>
    </message>
    <message>
        <source>Si&amp;gnatory</source>
        <translation>Si&amp;gnataire</translation>
    </message>
    <message>
        <source>Fun&amp;ction of the signatory</source>
        <translation>Fonction d&amp;u signataire</translation>
    </message>
    <message>
        <source>&amp;Logo…</source>
        <translation>Choi&amp;sir le logo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve logo</source>
        <translation>Enle&amp;ver le logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo for the letters</source>
        <translation>Logo des lettres</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Classe de taille</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Code postal et commune</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Marchés</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>adjudicateur</translation>
    </message>
    <message>
        <source>tenderer</source>
        <translation>soumissionnaire</translation>
    </message>
    <message>
        <source>buyer and tenderer</source>
        <translation>adjudicateur et soumissionnaire</translation>
    </message>
    <message>
        <source>No tender uses this organisation yet.</source>
        <translation>Aucun marché n&apos;utilise encore cette organisation.</translation>
    </message>
    <message numerus="yes">
        <source>Buyer of %n tender</source>
        <translation>
            <numerusform>Adjudicateur de %n marché</numerusform>
            <numerusform>Adjudicateur de %n marchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer of %n tenders</source>
        <translation>
            <numerusform>Adjudicateur de %n marché</numerusform>
            <numerusform>Adjudicateur de %n marchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tenderer on %n tender</source>
        <translation>
            <numerusform>soumissionnaire pour %n marché</numerusform>
            <numerusform>soumissionnaire pour %n marchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tenderer on %n tenders</source>
        <translation>
            <numerusform>soumissionnaire pour %n marché</numerusform>
            <numerusform>soumissionnaire pour %n marchés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Search name or enterprise number</source>
        <translation>Rechercher un nom ou un numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>&amp;Nouvelle organisation</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still used by tenders.</source>
        <translation>%1 est encore utilisé par des marchés.</translation>
    </message>
    <message>
        <source>Organisation in use</source>
        <translation>Organisation utilisée</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: tenders still use it.</source>
        <translation>%1 ne peut pas être supprimé : des marchés l&apos;utilisent encore.</translation>
    </message>
    <message numerus="yes">
        <source>Buyer of %n tender:</source>
        <translation>
            <numerusform>Adjudicateur de %n marché&#xa0;:</numerusform>
            <numerusform>Adjudicateur de %n marchés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer of %n tenders:</source>
        <translation>
            <numerusform>Adjudicateur de %n marché&#xa0;:</numerusform>
            <numerusform>Adjudicateur de %n marchés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenderer on %n tender:</source>
        <translation>
            <numerusform>Soumissionnaire pour %n marché&#xa0;:</numerusform>
            <numerusform>Soumissionnaire pour %n marchés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tenderer on %n tenders:</source>
        <translation>
            <numerusform>Soumissionnaire pour %n marché&#xa0;:</numerusform>
            <numerusform>Soumissionnaire pour %n marchés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>To delete it, first choose another buyer in those tenders.</source>
        <translation>Pour le supprimer, choisissez d&apos;abord un autre adjudicateur dans ces marchés.</translation>
    </message>
    <message>
        <source>To delete it, first take it off the tenderers of those tenders.</source>
        <translation>Pour le supprimer, retirez-le d&apos;abord des soumissionnaires de ces marchés.</translation>
    </message>
</context>
<context>
    <name>OurLetters</name>
    <message>
        <source>&amp;Advance request</source>
        <translation>Demande d&apos;&amp;avance</translation>
    </message>
    <message>
        <source>&amp;Bid-compensation request</source>
        <translation>Demande d&apos;indemnité de &amp;soumission</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The letter could not be written to %1:
%2</source>
        <translation>La lettre n&apos;a pas pu être écrite dans %1 :
%2</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrite dans %1.</translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation>Ouvrir la lettre</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open My company</source>
        <translation>Ouvrir Mon entreprise</translation>
    </message>
    <message>
        <source>Edit the buyer…</source>
        <translation>Modifier l&apos;acheteur…</translation>
    </message>
    <message>
        <source>Our letters</source>
        <translation>Nos lettres</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Tender summary</source>
        <translation>Fiche du marché</translation>
    </message>
    <message>
        <source>Motivation of the procedure choice</source>
        <translation>Motivation du choix de la procédure</translation>
    </message>
    <message>
        <source>Advance request (SME)</source>
        <translation>Demande d&apos;avance (PME)</translation>
    </message>
    <message>
        <source>Bid compensation statement</source>
        <translation>Déclaration relative à l&apos;indemnité de soumission</translation>
    </message>
    <message>
        <source>Provisional ranking notices</source>
        <translation>Avis de classement provisoire</translation>
    </message>
    <message>
        <source>Folder for the PDF documents</source>
        <translation>Dossier pour les documents PDF</translation>
    </message>
    <message>
        <source>Writing the PDF documents…</source>
        <translation>Rédaction des documents PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n file written to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files written to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; the files written are complete.</source>
        <translation>L&apos;exportation a été annulée ; les fichiers écrits sont complets.</translation>
    </message>
    <message numerus="yes">
        <source>%n tender skipped: the document cannot be made for it.</source>
        <translation>
            <numerusform>%n marché ignoré&#xa0;: le document ne peut pas être établi pour lui.</numerusform>
            <numerusform>%n marchés ignorés&#xa0;: le document ne peut pas être établi pour eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenders skipped: the document cannot be made for them.</source>
        <translation>
            <numerusform>%n marché ignoré&#xa0;: le document ne peut pas être établi pour lui.</numerusform>
            <numerusform>%n marchés ignorés&#xa0;: le document ne peut pas être établi pour eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file could not be written.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être écrit.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be written.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être écrit.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>The documents could not be made:
%1</source>
        <translation>Les documents n&apos;ont pas pu être établis :
%1</translation>
    </message>
    <message>
        <source>Bid compensation letters (to each tenderer)</source>
        <translation>Lettres sur l&apos;indemnité de soumission (à chaque soumissionnaire)</translation>
    </message>
    <message>
        <source>Bid compensation requests (SME)</source>
        <translation>Demandes de l&apos;indemnité de soumission (PME)</translation>
    </message>
    <message>
        <source>Draft decision on the procedure</source>
        <translation>Projet de décision sur la procédure</translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <source>Choose the procedure</source>
        <translation>Choix de la procédure</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Dossier de fichiers</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Fichiers de type :</translation>
    </message>
</context>
<context>
    <name>QuickChecksPage</name>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>No tender needed: type what you know. The fields your company profile knows are filled in; the answer is the one of the command line&apos;s decide.</source>
        <translation>Aucun marché nécessaire : tapez ce que vous savez. Les champs que le profil de votre entreprise connaît sont remplis ; la réponse est celle de decide en ligne de commande.</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Provisional ranking</source>
        <translation>Classement provisoire</translation>
    </message>
    <message>
        <source>Whether each tenderer must be told its place after the opening.</source>
        <translation>Si chaque soumissionnaire doit être informé de sa place après l&apos;ouverture.</translation>
    </message>
    <message>
        <source>%1: place %2 (tell it only this place)</source>
        <translation>%1&#xa0;: place %2 (ne communiquer que cette place)</translation>
    </message>
    <message>
        <source>No offers with a price are registered yet.</source>
        <translation>Aucune offre avec un prix n&apos;est encore enregistrée.</translation>
    </message>
</context>
<context>
    <name>RankingWizard</name>
    <message>
        <source>Provisional ranking</source>
        <translation>Classement provisoire</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Adjudicateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Estimate excl. VAT</source>
        <translation>Montant estimé hors TVA</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lancé</translation>
    </message>
    <message>
        <source>Offers due</source>
        <translation>Date limite des offres</translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %n day ago</source>
        <translation>
            <numerusform>Délai dépassé depuis %n jour</numerusform>
            <numerusform>Délai dépassé depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline passed %n days ago</source>
        <translation>
            <numerusform>Délai dépassé depuis %n jour</numerusform>
            <numerusform>Délai dépassé depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline in %n day</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline in %n days</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>awarded</source>
        <translation>attribué</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search reference, title, buyer or company</source>
        <translation>Rechercher par référence, titre, adjudicateur ou entreprise</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Toutes les procédures</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Write a PDF document for the selected tender or every tender of the view</source>
        <translation>Établir un document PDF pour le marché choisi ou pour chaque marché de la vue</translation>
    </message>
    <message>
        <source>Which tenders get this document?</source>
        <translation>Quels marchés reçoivent ce document ?</translation>
    </message>
    <message>
        <source>The selected tender (%1)</source>
        <translation>Le marché choisi (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n tender of the view, one file</source>
        <translation>
            <numerusform>Le %n marché de la vue, un fichier</numerusform>
            <numerusform>Les %n marchés de la vue, un fichier chacun</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n tenders of the view, one file each</source>
        <translation>
            <numerusform>Le %n marché de la vue, un fichier</numerusform>
            <numerusform>Les %n marchés de la vue, un fichier chacun</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New tender</source>
        <translation>&amp;Nouveau marché</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>Exporter en &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>Dé&amp;cider</translation>
    </message>
    <message>
        <source>&amp;Procedure…</source>
        <translation>&amp;Procédure…</translation>
    </message>
    <message>
        <source>Which procedures the law allows, and the simplest</source>
        <translation>Les procédures que la loi autorise, et la plus simple</translation>
    </message>
    <message>
        <source>&amp;Advance…</source>
        <translation>&amp;Avance…</translation>
    </message>
    <message>
        <source>&amp;Bid compensation…</source>
        <translation>&amp;Indemnité de soumission…</translation>
    </message>
    <message>
        <source>Provisional &amp;ranking…</source>
        <translation>&amp;Classement provisoire…</translation>
    </message>
    <message>
        <source>Decisions recomputed</source>
        <translation>Décisions recalculées</translation>
    </message>
    <message>
        <source>A change of this tender changed what stored decisions used; they were recomputed and are marked for review: %1</source>
        <translation>Une modification de ce marché a changé des données utilisées par des décisions enregistrées&#xa0;; elles ont été recalculées et sont marquées à revoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>Marché %1 supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>more than %1 tenders</source>
        <translation>plus de %1 marchés</translation>
    </message>
    <message numerus="yes">
        <source>%n tender</source>
        <translation>
            <numerusform>%n marché</numerusform>
            <numerusform>%n marchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenders</source>
        <translation>
            <numerusform>%n marché</numerusform>
            <numerusform>%n marchés</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Exportation du registre…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n tender exported to %1</source>
        <translation>
            <numerusform>%n marché exporté vers %1</numerusform>
            <numerusform>%n marchés exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenders exported to %1</source>
        <translation>
            <numerusform>%n marché exporté vers %1</numerusform>
            <numerusform>%n marchés exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>%1 could not be written:
%2</source>
        <translation>%1 n&apos;a pas pu être écrit :
%2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tender. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n marché supprimé. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n marchés supprimés. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tenders. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n marché supprimé. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n marchés supprimés. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tenders</source>
        <translation>Supprimer des marchés</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected tender?</source>
        <translation>
            <numerusform>Supprimer le marché choisi (%n) ?</numerusform>
            <numerusform>Supprimer les %n marchés choisis ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected tenders?</source>
        <translation>
            <numerusform>Supprimer le marché choisi (%n) ?</numerusform>
            <numerusform>Supprimer les %n marchés choisis ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their tenderers and decisions go with them. Ctrl+Z brings them all back.</source>
        <translation>Leurs soumissionnaires et décisions partent avec eux. Ctrl+Z les rétablit tous.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tender</source>
        <translation>
            <numerusform>Supprimer %n marché</numerusform>
            <numerusform>Supprimer %n marchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tenders</source>
        <translation>
            <numerusform>Supprimer %n marché</numerusform>
            <numerusform>Supprimer %n marchés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a tender first.</source>
        <translation>Choisissez d&apos;abord un marché dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>delete %n tender</source>
        <translation>
            <numerusform>la suppression de %n marché</numerusform>
            <numerusform>la suppression de %n marchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n tenders</source>
        <translation>
            <numerusform>la suppression de %n marché</numerusform>
            <numerusform>la suppression de %n marchés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV or Excel…</source>
        <translation>Exporter en CSV ou Excel…</translation>
    </message>
    <message>
        <source>Export the view to CSV or Excel</source>
        <translation>Exporter la vue en CSV ou Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Perf&amp;ormance bond…</source>
        <translation>Ca&amp;utionnement…</translation>
    </message>
    <message>
        <source>Whether a bond may be asked of the winner, and how much</source>
        <translation>Si un cautionnement peut être demandé à l&apos;adjudicataire, et de quel montant</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>What the law allows</source>
        <translation>Ce que la loi autorise</translation>
    </message>
    <message>
        <source>Choose one of the allowed procedures; the motivation follows your choice.</source>
        <translation>Choisissez une des procédures autorisées&#xa0;; la motivation suit votre choix.</translation>
    </message>
    <message>
        <source>&amp;Allowed (choose one):</source>
        <translation>Procédures per&amp;mises (choisissez-en une) :</translation>
    </message>
    <message>
        <source>&amp;Motivation for the decision file (you can edit it):</source>
        <translation>Moti&amp;vation pour le dossier de décision (vous pouvez la modifier) :</translation>
    </message>
    <message>
        <source>Not allowed (%1): why</source>
        <translation>Non permises (%1) : pourquoi</translation>
    </message>
    <message>
        <source>Save and export the draft decision…</source>
        <translation>Enregistrer et exporter le projet de décision…</translation>
    </message>
</context>
<context>
    <name>RulePack</name>
    <message>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, clé %1</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>pas en vigueur</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pas de date de fin</translation>
    </message>
    <message>
        <source>two sources agree</source>
        <translation>deux sources concordent</translation>
    </message>
    <message>
        <source>app convention, not law</source>
        <translation>convention de l&apos;application, pas du droit</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Two sources agree: two independent sources give the same rule; the legal text itself could not be read. Medium: one good source or secondary sources only. Low: a single source, an inference or an open question. Check these before relying on them. App convention: a choice of the app, not a rule of law.</source>
        <translation>Deux sources concordent : deux sources indépendantes donnent la même règle ; le texte légal lui-même n&apos;a pas pu être lu. Moyenne : une seule bonne source ou uniquement des sources secondaires. Faible : une seule source, une déduction ou une question ouverte. Vérifiez-les avant de vous y fier. Convention de l&apos;application : un choix de l&apos;application, pas une règle de droit.</translation>
    </message>
    <message>
        <source>Rules in force &amp;on</source>
        <translation>Règles en vigueur &amp;le</translation>
    </message>
    <message>
        <source>Rule pack: %1 — %2</source>
        <translation>Jeu de règles&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Load a rule pack…</source>
        <translation>Charger un paquet de règles…</translation>
    </message>
    <message>
        <source>Use the bundled pack</source>
        <translation>Utiliser le paquet fourni</translation>
    </message>
    <message>
        <source>Use another date than today (for training)</source>
        <translation>Utiliser une autre date qu&apos;aujourd&apos;hui (pour les formations)</translation>
    </message>
    <message>
        <source>The rules, the deadlines and the register use this date. Today is %1.</source>
        <translation>Les règles, les délais et le registre utilisent cette date. Nous sommes le %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language of the window and the legal texts:</source>
        <translation>&amp;Langue de la fenêtre et des textes juridiques&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Default workspace:</source>
        <translation>Espace de travail par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Opened at the next start, unless --db names another file.</source>
        <translation>Ouvert au prochain démarrage, sauf si --db désigne un autre fichier.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rule pack:</source>
        <translation>Paquet de règles&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the rules:</source>
        <translation>Date des règles&#xa0;:</translation>
    </message>
    <message>
        <source>This rule pack cannot be used:
%1</source>
        <translation>Ce paquet de règles ne peut pas être utilisé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>fourni avec l&apos;application</translation>
    </message>
    <message>
        <source>Load a rule pack</source>
        <translation>Charger un paquet de règles</translation>
    </message>
    <message>
        <source>Rule packs (*.toml)</source>
        <translation>Paquets de règles (*.toml)</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Espace de travail par défaut</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite);;All files (*)</source>
        <translation>Espaces de travail (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The default workspace is a folder; name a file in it.</source>
        <translation>L&apos;espace de travail par défaut est un dossier ; indiquez un fichier dans ce dossier.</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Si&amp;gnataire :</translation>
    </message>
    <message>
        <source>Fu&amp;nction of the signatory:</source>
        <translation>Fo&amp;nction du signataire :</translation>
    </message>
    <message>
        <source>Signs the letters of an organisation that names no signatory of its own.</source>
        <translation>Signe les lettres d&apos;une organisation qui n&apos;indique pas de signataire.</translation>
    </message>
    <message>
        <source>The prefix the Open Contracting Partnership registered for you (like ocds-213czf). %1, the default, is not registered: the export says so.</source>
        <translation>Le préfixe que l&apos;Open Contracting Partnership a enregistré pour vous (comme ocds-213czf). %1, la valeur par défaut, n&apos;est pas enregistré : l&apos;exportation le signale.</translation>
    </message>
    <message>
        <source>OCDS export</source>
        <translation>Exportation OCDS</translation>
    </message>
    <message>
        <source>&amp;OCDS prefix (ocid):</source>
        <translation>Préfixe &amp;OCDS (ocid) :</translation>
    </message>
    <message>
        <source>I use the tender desk to:</source>
        <translation>J&apos;utilise Tender desk pour :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>buy for a public body</source>
        <translation>acheter pour un pouvoir public</translation>
    </message>
    <message>
        <source>make offers as a company</source>
        <translation>remettre des offres en tant qu’entreprise</translation>
    </message>
    <message>
        <source>train others (both sides)</source>
        <translation>former d’autres personnes (les deux côtés)</translation>
    </message>
</context>
<context>
    <name>SharedRegister</name>
    <message>
        <source>Read-only: %1 has this register open for writing on the computer %2 since %3.</source>
        <translation>Lecture seule : %1 a ouvert ce registre en écriture sur l&apos;ordinateur %2 depuis le %3.</translation>
    </message>
    <message>
        <source>Tell me when it is free</source>
        <translation>Me prévenir quand il sera libre</translation>
    </message>
    <message>
        <source>Waiting until it is free…</source>
        <translation>En attente de sa libération…</translation>
    </message>
    <message>
        <source>Open for writing</source>
        <translation>Ouvrir en écriture</translation>
    </message>
    <message>
        <source>The register is free now: nobody is writing it.</source>
        <translation>Le registre est libre : plus personne n&apos;y écrit.</translation>
    </message>
    <message>
        <source>The register is free now.</source>
        <translation>Le registre est libre.</translation>
    </message>
    <message>
        <source>A register on a network drive</source>
        <translation>Un registre sur un lecteur réseau</translation>
    </message>
    <message>
        <source>This register is on a network drive, where several people can open it. One person at a time can change it; the others can read it meanwhile and see who is writing.</source>
        <translation>Ce registre se trouve sur un lecteur réseau, où plusieurs personnes peuvent l&apos;ouvrir. Une seule personne à la fois peut le modifier ; les autres peuvent le lire pendant ce temps et voient qui écrit.</translation>
    </message>
    <message>
        <source>Close the app when you are done, so that a colleague can write. If the app of the one who writes stops (a crash, a computer switched off), the others are asked whether to take the register over.</source>
        <translation>Fermez l&apos;application quand vous avez terminé, pour qu&apos;un collègue puisse écrire. Si l&apos;application de celui qui écrit s&apos;arrête (un plantage, un ordinateur éteint), les autres sont invités à reprendre le registre s&apos;ils le veulent.</translation>
    </message>
    <message>
        <source>%1&apos;s app no longer answers: you can take the register over.</source>
        <translation>L&apos;application de %1 ne répond plus : vous pouvez reprendre le registre.</translation>
    </message>
</context>
<context>
    <name>TenderEditor</name>
    <message>
        <source>New tender</source>
        <translation>Nouveau marché</translation>
    </message>
    <message>
        <source>Edit tender</source>
        <translation>Modifier le marché</translation>
    </message>
    <message>
        <source>Add up…</source>
        <translation>Additionner…</translation>
    </message>
    <message>
        <source>indefinite</source>
        <translation>indéterminée</translation>
    </message>
    <message>
        <source>price is the only award criterion</source>
        <translation>le prix est le seul critère d&apos;attribution</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;Buyer</source>
        <translation>&amp;Adjudicateur</translation>
    </message>
    <message>
        <source>Buyer &amp;kind</source>
        <translation>Type d&apos;ad&amp;judicateur</translation>
    </message>
    <message>
        <source>Contract t&amp;ype</source>
        <translation>T&amp;ype de marché</translation>
    </message>
    <message>
        <source>&amp;Launch date</source>
        <translation>Date de &amp;lancement</translation>
    </message>
    <message>
        <source>&amp;Duration (months)</source>
        <translation>&amp;Durée (mois)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>&amp;Procédure</translation>
    </message>
    <message>
        <source>Award criteria</source>
        <translation>Critères d&apos;attribution</translation>
    </message>
    <message>
        <source>The offers must include</source>
        <translation>Les offres doivent comporter</translation>
    </message>
    <message>
        <source>&amp;Offers due</source>
        <translation>Date limite des &amp;offres</translation>
    </message>
    <message>
        <source>&amp;Award decision due</source>
        <translation>Date limite de la dé&amp;cision d&apos;attribution</translation>
    </message>
    <message>
        <source>E&amp;xport PDF</source>
        <translation>E&amp;xporter en PDF</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Estimated &amp;value excl. VAT</source>
        <translation>Montant &amp;estimé hors TVA</translation>
    </message>
    <message>
        <source>Leading o&amp;fficial</source>
        <translation>Fonctionnaire diri&amp;geant</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Tender</source>
        <translation>&amp;Marché</translation>
    </message>
    <message>
        <source>Save the tender first (Ctrl+S keeps this window open), then add its tenderers.</source>
        <translation>Enregistrez d&apos;abord le marché (Ctrl+S garde cette fenêtre ouverte), puis ajoutez ses soumissionnaires.</translation>
    </message>
    <message>
        <source>T&amp;enderers</source>
        <translation>So&amp;umissionnaires</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This tender has changes that are not saved.</source>
        <translation>Ce marché a des modifications qui ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>awarded</source>
        <translation>attribué</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Ne&amp;w buyer…</source>
        <translation>Nou&amp;vel adjudicateur…</translation>
    </message>
    <message>
        <source>Co&amp;mpetent body</source>
        <translation>Organe de décis&amp;ion</translation>
    </message>
    <message>
        <source>Bud&amp;get line</source>
        <translation>Article &amp;budgétaire</translation>
    </message>
    <message>
        <source>Noti&amp;ce reference</source>
        <translation>Ré&amp;férence de l&apos;avis</translation>
    </message>
    <message>
        <source>The number under which the contract notice was published (Bulletin of Tenders, Official Journal); the letters give it beside the tender&apos;s reference</source>
        <translation>Le numéro sous lequel l&apos;avis de marché a été publié (Bulletin des Adjudications, Journal officiel) ; les lettres le donnent à côté de la référence du marché</translation>
    </message>
</context>
<context>
    <name>TenderersModel</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Offer excl. VAT</source>
        <translation>Offre hors TVA</translation>
    </message>
    <message>
        <source>offer submitted</source>
        <translation>offre déposée</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>adjudicataire</translation>
    </message>
    <message>
        <source>unsuccessful</source>
        <translation>non retenu</translation>
    </message>
    <message>
        <source>substantially irregular</source>
        <translation>offre substantiellement irrégulière</translation>
    </message>
    <message>
        <source>unacceptable</source>
        <translation>offre inacceptable</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>offre retirée</translation>
    </message>
    <message>
        <source>offer in preparation</source>
        <translation>offre en préparation</translation>
    </message>
</context>
<context>
    <name>TenderersPanel</name>
    <message>
        <source>Add tenderer</source>
        <translation>Ajouter un soumissionnaire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Changes to the tenderers are saved at once; double-click a status or an offer to change it.</source>
        <translation>Les modifications des soumissionnaires sont enregistrées immédiatement&#xa0;; double-cliquez sur un statut ou une offre pour le modifier.</translation>
    </message>
    <message>
        <source>Choose a company from the list.</source>
        <translation>Choisissez une entreprise dans la liste.</translation>
    </message>
    <message>
        <source>Recomputed and marked for review: %1</source>
        <translation>Recalculé et marqué à revoir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <extracomment>the main window&apos;s size when the screen has room for it (1280×720 gets less)</extracomment>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Full screen, large text and strong contrast, for a projector</source>
        <translation>Plein écran, grand texte et contraste fort, pour un projecteur</translation>
    </message>
    <message>
        <source>Presentation mode: F5 or Esc to leave.</source>
        <translation>Mode présentation : F5 ou Échap pour quitter.</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <source>Open &amp;workshop…</source>
        <translation>Ouvrir un a&amp;telier…</translation>
    </message>
    <message>
        <source>Open the b&amp;uilt-in workshop</source>
        <translation>Ouvrir l&apos;atelier inté&amp;gré</translation>
    </message>
    <message>
        <source>Save as works&amp;hop…</source>
        <translation>Enregistrer co&amp;mme atelier…</translation>
    </message>
    <message>
        <source>Export &amp;scores…</source>
        <translation>E&amp;xporter les scores…</translation>
    </message>
    <message>
        <source>Reset wor&amp;kshop…</source>
        <translation>Réinitia&amp;liser l&apos;atelier…</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Workshops (*%1)</source>
        <translation>Ateliers (*%1)</translation>
    </message>
    <message>
        <source>A working copy of another version of this workshop exists. Replace it?</source>
        <translation>Une copie de travail d&apos;une autre version de cet atelier existe. La remplacer ?</translation>
    </message>
    <message>
        <source>The answers and scores of every group in it are lost.</source>
        <translation>Les réponses et les scores de tous les groupes qu&apos;elle contient sont perdus.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Reset workshop</source>
        <translation>Réinitialiser l&apos;atelier</translation>
    </message>
    <message>
        <source>Bring “%1” back as its file has it?</source>
        <translation>Remettre « %1 » tel que son fichier le contient ?</translation>
    </message>
    <message>
        <source>Lost: the answers and scores of every group, and every change to the register since the workshop was opened. This cannot be undone.</source>
        <translation>Seront perdus : les réponses et les scores de tous les groupes, et toute modification du registre depuis l&apos;ouverture de l&apos;atelier. Cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Exporter les scores</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;PDF files (*.pdf)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as workshop</source>
        <translation>Enregistrer comme atelier</translation>
    </message>
    <message>
        <source>%1 answer keys disagree with the engine: trainees would be marked against them.</source>
        <translation>%1 clés de réponse ne concordent pas avec les règles de calcul : les participants seraient notés d&apos;après elles.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpen</name>
    <message>
        <source>The workspace is being converted for this version of Tender desk.
A copy of it as it was is kept first, in its backups folder.
A large register takes a little while.</source>
        <translation>L&apos;espace de travail est converti pour cette version de Tender desk.
Une copie de son état actuel est d&apos;abord gardée, dans son dossier de sauvegardes.
Pour un grand registre, cela prend un moment.</translation>
    </message>
    <message>
        <source>This file is not a tender desk workspace. It was not changed.</source>
        <translation>Ce fichier n&apos;est pas un espace de travail de Tender desk. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This workspace is damaged. It was not changed; a backup can replace it.</source>
        <translation>Cet espace de travail est endommagé. Il n&apos;a pas été modifié ; une copie de sauvegarde peut le remplacer.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of the tender desk. Update the app to change it; you can still read it.</source>
        <translation>Cet espace de travail a été créé par une version plus récente de Tender desk. Mettez l&apos;application à jour pour le modifier ; vous pouvez toutefois le consulter.</translation>
    </message>
    <message>
        <source>This workspace cannot be written (the file or its folder is read-only).</source>
        <translation>Cet espace de travail ne peut pas être modifié (le fichier ou son dossier est en lecture seule).</translation>
    </message>
    <message>
        <source>This workspace is open in another window or program. You can read it here while the other one writes.</source>
        <translation>Cet espace de travail est ouvert dans une autre fenêtre ou un autre programme. Vous pouvez le consulter ici pendant que l&apos;autre y écrit.</translation>
    </message>
    <message>
        <source>This workspace cannot be created or opened here.</source>
        <translation>Cet espace de travail ne peut pas être créé ou ouvert ici.</translation>
    </message>
    <message>
        <source>This workspace does not exist. If it is on a drive or a network folder that is not connected, connect it and try again; or create a new, empty workspace here.</source>
        <translation>Cet espace de travail n&apos;existe pas. S&apos;il se trouve sur un disque ou un dossier réseau non connecté, connectez-le et réessayez ; ou créez ici un nouvel espace de travail vide.</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file. Choose a file in it.</source>
        <translation>Ceci est un dossier, pas un fichier d&apos;espace de travail. Choisissez un fichier dedans.</translation>
    </message>
    <message>
        <source>The disk is full, so this workspace cannot be written. Make room on it and try again; nothing was changed.</source>
        <translation>Le disque est plein : cet espace de travail ne peut pas être écrit. Libérez de la place et réessayez ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The disk refused to write this workspace (is it full or removed?). Try again when it is back; nothing was changed.</source>
        <translation>Le disque a refusé d&apos;écrire cet espace de travail (est-il plein ou retiré ?). Réessayez quand il sera de retour ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No file can have this name here. Choose another file.</source>
        <translation>Aucun fichier ne peut porter ce nom ici. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The lock file beside this workspace is a link to another file. It was left alone; remove it if no other program uses the workspace.</source>
        <translation>Le fichier de verrouillage à côté de cet espace de travail est un lien vers un autre fichier. Il n&apos;a pas été touché ; supprimez-le si aucun autre programme n&apos;utilise l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Tender desk</source>
        <translation>Tender desk</translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation>Ouvrir ou créer un espace de travail</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation>Espaces de travail (*.sqlite)</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une copie de sauvegarde…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Créer un nouvel espace de travail</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>This backup is damaged itself. Choose another one.</source>
        <translation>Cette copie de sauvegarde est elle-même endommagée. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The disk is full. Make room on it, then restore again.</source>
        <translation>Le disque est plein. Libérez de la place, puis restaurez à nouveau.</translation>
    </message>
    <message>
        <source>The workspace is open in another window or program. Close it, then restore again.</source>
        <translation>L&apos;espace de travail est ouvert dans une autre fenêtre ou un autre programme. Fermez-le, puis restaurez à nouveau.</translation>
    </message>
    <message>
        <source>The backup could not be written beside the workspace.</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être écrite à côté de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The workspace was not changed.</source>
        <translation>L&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>The current file is kept beside it. Restore:</source>
        <translation>Le fichier actuel est conservé à côté. Restaurer&#xa0;:</translation>
    </message>
    <message>
        <source>The backup could not be restored:
%1</source>
        <translation>La copie de sauvegarde n&apos;a pas pu être restaurée :
%1</translation>
    </message>
    <message>
        <source>Restored %1. The replaced file was kept as %2.</source>
        <translation>%1 a été restauré. Le fichier remplacé a été conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Take the register over?</source>
        <translation>Reprendre le registre ?</translation>
    </message>
    <message>
        <source>%1 opened this register for writing on %3, on the computer %2, and that app has given no sign of life since %4. Take the register over?</source>
        <translation>%1 a ouvert ce registre en écriture le %3, sur l&apos;ordinateur %2, et cette application ne donne plus signe de vie depuis le %4. Reprendre le registre ?</translation>
    </message>
    <message>
        <source>Only if %1&apos;s app stopped (a crash, a computer switched off or cut from the network). If %1 is still working in it, choose No: you read the register and %1&apos;s changes stay safe.</source>
        <translation>Seulement si l&apos;application de %1 s&apos;est arrêtée (un plantage, un ordinateur éteint ou coupé du réseau). Si %1 y travaille encore, choisissez Non : vous lisez le registre et les modifications de %1 restent intactes.</translation>
    </message>
    <message>
        <source>&amp;Yes, take it over</source>
        <translation>&amp;Oui, le reprendre</translation>
    </message>
    <message>
        <source>&amp;No, read only</source>
        <translation>&amp;Non, lecture seule</translation>
    </message>
    <message>
        <source>%1 has this workspace open for writing on the computer %2 since %3. You can read it here meanwhile.</source>
        <translation>%1 a ouvert cet espace de travail en écriture sur l&apos;ordinateur %2 depuis le %3. Vous pouvez le consulter ici en attendant.</translation>
    </message>
    <message>
        <source>Another user took this register over while this window did not answer. Open it again to see their changes.</source>
        <translation>Un autre utilisateur a repris ce registre pendant que cette fenêtre ne répondait pas. Rouvrez-le pour voir ses modifications.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <source>Nothing was saved: this workspace is open read-only. What you typed is still here.</source>
        <translation>Rien n&apos;a été enregistré : cet espace de travail est ouvert en lecture seule. Ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk is full. Make room on it and save again; what you typed is still here.</source>
        <translation>Rien n&apos;a été enregistré : le disque est plein. Libérez de la place et enregistrez à nouveau ; ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk refused the write (is it full or removed?). Save again when it is back; what you typed is still here.</source>
        <translation>Rien n&apos;a été enregistré : le disque a refusé l&apos;écriture (est-il plein ou retiré ?). Enregistrez à nouveau quand il sera de retour ; ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 is writing this register, so it is open read-only here. What you typed is still here.</source>
        <translation>Rien n&apos;a été enregistré : %1 écrit dans ce registre, il est donc ouvert ici en lecture seule. Ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <source>Nothing was saved: another user took this register over while this window did not answer. What you typed is still here; open the register again.</source>
        <translation>Rien n&apos;a été enregistré : un autre utilisateur a repris ce registre pendant que cette fenêtre ne répondait pas. Ce que vous avez saisi est toujours là ; rouvrez le registre.</translation>
    </message>
</context>
<context>
    <name>YearReportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Open the tender</source>
        <translation>&amp;Ouvrir le marché</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Click a figure to list the tenders it counts.</source>
        <translation>Cliquez sur un chiffre pour voir les marchés qu&apos;il compte.</translation>
    </message>
    <message>
        <source>Export the year report</source>
        <translation>Exporter le rapport annuel</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Document PDF (*.pdf);;Fichier CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Le registre n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>Le rapport n&apos;a pas pu être écrit :
%1</translation>
    </message>
    <message>
        <source>Thresholds and rules: %1.</source>
        <translation>Seuils et règles : %1.</translation>
    </message>
    <message>
        <source>Write the report as PDF, CSV or XLSX</source>
        <translation>Écrire le rapport en PDF, CSV ou XLSX</translation>
    </message>
    <message>
        <source>Writing the year report…</source>
        <translation>Écriture du rapport annuel…</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>Year report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>Tenders counted in this figure: %1</source>
        <translation>Marchés comptés dans ce chiffre : %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Edit &gt; Settings… chooses another.</source>
        <translation>Édition &gt; Paramètres… en choisit un autre.</translation>
    </message>
    <message>
        <source>Rule pack not used</source>
        <translation>Jeu de règles non utilisé</translation>
    </message>
    <message>
        <source>The rule pack could not be used:
%1

The bundled rule pack is used instead.</source>
        <translation>Le jeu de règles n&apos;a pas pu être utilisé :
%1

Le jeu de règles fourni avec l&apos;application est utilisé à la place.</translation>
    </message>
    <message>
        <source>Settings not used</source>
        <translation>Paramètres non utilisés</translation>
    </message>
    <message>
        <source>Some settings could not be used; the defaults take their place:

%1</source>
        <translation>Certains paramètres n&apos;ont pas pu être utilisés ; les valeurs par défaut les remplacent :

%1</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une copie de &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>No other workspace yet</source>
        <translation>Pas encore d&apos;autre espace de travail</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>register.sqlite</source>
        <translation>registre.sqlite</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation>Espaces de travail (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 exists already. Open it with File &gt; Open workspace…, or choose another name.</source>
        <translation>%1 existe déjà. Ouvrez-le avec Fichier &gt; Ouvrir un espace de travail…, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>%1 is not there any more (moved, deleted, or on a drive that is not connected). It was taken off the recent list.</source>
        <translation>%1 n&apos;est plus là (déplacé, supprimé, ou sur un disque qui n&apos;est pas connecté). Il a été retiré de la liste des espaces ouverts récemment.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Enregistrer une copie de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>A copy cannot replace the workspace it copies.</source>
        <translation>Une copie ne peut pas remplacer l&apos;espace de travail qu&apos;elle copie.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1:
%2</source>
        <translation>La copie n&apos;a pas pu être écrite dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
        <source>This workspace has no backup yet. The app makes one a day, in %1.</source>
        <translation>Cet espace de travail n&apos;a pas encore de copie de sauvegarde. L&apos;app en fait une par jour, dans %1.</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the backup %2?</source>
        <translation>Remplacer l&apos;espace de travail %1 par la copie de sauvegarde %2&#xa0;?</translation>
    </message>
    <message>
        <source>What was changed since that backup is no longer in the register. The current file is not deleted: it is kept beside the workspace.</source>
        <translation>Ce qui a changé depuis cette copie ne sera plus dans le registre. Le fichier actuel n&apos;est pas supprimé&#xa0;: il est gardé à côté de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Remplacer par la copie</translation>
    </message>
    <message>
        <source>&amp;Merge workspace…</source>
        <translation>&amp;Fusionner un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Year report…</source>
        <translation>Rapport &amp;annuel…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export OCDS…</source>
        <translation>&amp;Exporter en OCDS…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to the tender desk</source>
        <translation>Bienvenue dans le tender desk</translation>
    </message>
    <message>
        <source>This workspace holds no tender yet. Start your register with a first tender, open a workspace you already have, or try the demo first (it is a separate file: nothing you do there touches your own register).</source>
        <translation>Cet espace de travail ne contient encore aucun marché. Commencez votre registre par un premier marché, ouvrez un espace de travail que vous avez déjà, ou essayez d&apos;abord la démo (un fichier à part&#xa0;: ce que vous y faites ne touche pas votre registre).</translation>
    </message>
    <message>
        <source>&amp;Start with a first tender</source>
        <translation>Créer le &amp;premier marché</translation>
    </message>
    <message>
        <source>&amp;Open a workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Essayer la dé&amp;mo</translation>
    </message>
    <message>
        <source>Go to the &amp;register</source>
        <translation>Voir le &amp;registre</translation>
    </message>
    <message>
        <source>keeps the register of your tenders, with their buyers and tenderers;</source>
        <translation>tient le registre de vos marchés, avec leurs pouvoirs adjudicateurs et soumissionnaires&#xa0;;</translation>
    </message>
    <message>
        <source>says which award procedures the law allows for a tender, and which is the simplest, with the article;</source>
        <translation>dit quelles procédures de passation la loi permet pour un marché, et laquelle est la plus simple, avec l&apos;article&#xa0;;</translation>
    </message>
    <message>
        <source>says whether an advance is due to an SME, whether a bid compensation is due, and who must be told their provisional place;</source>
        <translation>dit si une avance est due à une PME, si une indemnité de soumission est due, et qui doit connaître sa place provisoire&#xa0;;</translation>
    </message>
    <message>
        <source>writes the motivation and the other documents as PDF, each with the rules it used.</source>
        <translation>rédige la motivation et les autres documents en PDF, chacun avec les règles qu&apos;il a appliquées.</translation>
    </message>
    <message>
        <source>It is no legal advice and does not replace a lawyer or your procurement documents.</source>
        <translation>Ce n&apos;est pas un conseil juridique et cela ne remplace ni un juriste ni vos documents du marché.</translation>
    </message>
    <message>
        <source>It knows only the rules of its rule pack (%1) and tells you where the research behind them is unsure.</source>
        <translation>Il ne connaît que les règles de son jeu de règles (%1) et vous dit où la recherche qui les fonde est incertaine.</translation>
    </message>
    <message>
        <source>It works offline: it sends nothing anywhere and publishes nothing.</source>
        <translation>Il fonctionne hors ligne&#xa0;: il n&apos;envoie rien et ne publie rien.</translation>
    </message>
    <message>
        <source>Rules the research is unsure of</source>
        <translation>Règles dont la recherche n&apos;est pas sûre</translation>
    </message>
    <message>
        <source>Only one source, a deduction or an open question backs these rules. The answers that use them say so; check them before you decide:</source>
        <translation>Une seule source, une déduction ou une question ouverte fonde ces règles. Les réponses qui les utilisent le disent&#xa0;; vérifiez-les avant de décider&#xa0;:</translation>
    </message>
    <message>
        <source>Rules backed by one good source only</source>
        <translation>Règles fondées sur une seule bonne source</translation>
    </message>
    <message>
        <source>One good source or secondary sources back these rules, not the law&apos;s text itself; the answers mark them too:</source>
        <translation>Une bonne source ou des sources secondaires fondent ces règles, pas le texte de loi lui-même&#xa0;; les réponses les signalent aussi&#xa0;:</translation>
    </message>
    <message>
        <source>What the tender desk does</source>
        <translation>Ce que fait le tender desk</translation>
    </message>
    <message>
        <source>What it does not do</source>
        <translation>Ce qu&apos;il ne fait pas</translation>
    </message>
    <message>
        <source>&amp;Start with a first offer</source>
        <translation>Créer la &amp;première offre</translation>
    </message>
    <message>
        <source>How do you use the tender desk? The pages and words follow your answer; Edit &gt; Settings changes it later.</source>
        <translation>Comment utilisez-vous Tender desk ? Les pages et les mots suivent votre réponse ; Édition &gt; Paramètres la change plus tard.</translation>
    </message>
    <message>
        <source>I buy for a public body</source>
        <translation>J’achète pour un pouvoir public</translation>
    </message>
    <message>
        <source>I make offers as a company</source>
        <translation>Je remets des offres en tant qu’entreprise</translation>
    </message>
    <message>
        <source>I train others</source>
        <translation>Je forme d’autres personnes</translation>
    </message>
</context>
</TS>
