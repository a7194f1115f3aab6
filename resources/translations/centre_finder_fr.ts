<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="77"/>
        <source>Centre details</source>
        <translation>Détails du centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="103"/>
        <source>Select a centre in the list or on the map to see its contact details, the diseases covered, the PNDS and where the data come from.</source>
        <translation>Sélectionnez un centre dans la liste ou sur la carte pour voir ses coordonnées, les maladies couvertes, le PNDS et la provenance des données.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="141"/>
        <location filename="../../centre_finder/ui/detail_pane.py" line="219"/>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule : {reason}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="153"/>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="173"/>
        <source>Attachment to a reference centre not stated by the source</source>
        <translation>Rattachement à un centre de référence non précisé par la source</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="175"/>
        <source>None known</source>
        <translation>Aucun connu</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="176"/>
        <source>Reference centre</source>
        <translation>Centre de référence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="177"/>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="179"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="180"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="181"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="182"/>
        <source>Coordinator</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="184"/>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="186"/>
        <source>Street address not known — {place}</source>
        <translation>Adresse non renseignée — {place}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="187"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="189"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="190"/>
        <source>Copy number</source>
        <translation>Copier le n°</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="194"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="196"/>
        <source>Open the website in the browser</source>
        <translation>Ouvrir le site web dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="199"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="200"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="202"/>
        <source>FINESS number</source>
        <translation>N° FINESS</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="204"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="204"/>
        <source>(straight line)</source>
        <translation>(à vol d&apos;oiseau)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="127"/>
        <source>Prepare a referral…</source>
        <translation>Préparer un adressage…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="132"/>
        <source>Copy the contact</source>
        <translation>Copier le contact</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="135"/>
        <source>★ Remove from favourites</source>
        <translation>★ Retirer des favoris</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="135"/>
        <source>☆ Add to favourites</source>
        <translation>☆ Ajouter aux favoris</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="208"/>
        <source>Private note (kept on this computer only)</source>
        <translation>Note privée (conservée sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="213"/>
        <source>Private note about this centre</source>
        <translation>Note privée sur ce centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="214"/>
        <source>e.g. ask for Mme X, fax before calling…</source>
        <translation>ex. : demander Mme X, faxer avant d&apos;appeler…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="227"/>
        <source>Why this centre</source>
        <translation>Pourquoi ce centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="229"/>
        <source>Diseases covered</source>
        <translation>Maladies couvertes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="235"/>
        <source>European Reference Network (ERN)</source>
        <translation>Réseau européen (ERN)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="237"/>
        <source>Membership not documented.</source>
        <translation>Appartenance non documentée.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="239"/>
        <source>Checked on {date} in the cited sources</source>
        <translation>Vérifié le {date} dans les sources citées</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="240"/>
        <source>Never re-checked since the data were collected</source>
        <translation>Jamais revérifié depuis la collecte des données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="241"/>
        <source>Data: </source>
        <translation>Données : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="244"/>
        <source>Note: </source>
        <translation>Note : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="246"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="302"/>
        <source>No disease documented for this department.</source>
        <translation>Aucune maladie documentée pour ce service.</translation>
    </message>
</context>
<context>
    <name>DiseaseCardView</name>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="49"/>
        <source>ORPHA code unknown</source>
        <translation>Code ORPHA inconnu</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="53"/>
        <source>Outside the networks Centre Finder covers (FAI²R and CRI-IMIDIATE): this disease belongs to another French rare-disease network (filière de santé maladies rares). Its Orphanet page lists its expert centres.</source>
        <translation>Hors des réseaux couverts par Centre Finder (FAI²R et CRI-IMIDIATE) : cette maladie relève d&apos;une autre filière de santé maladies rares. Sa page Orphanet liste ses centres experts.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="64"/>
        <source>French name</source>
        <translation>Nom français</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="64"/>
        <source>English name</source>
        <translation>Nom anglais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="67"/>
        <source>Synonyms</source>
        <translation>Synonymes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="68"/>
        <source>ICD-10</source>
        <translation>CIM-10</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="68"/>
        <source>no link in the Orphanet master file</source>
        <translation>aucun lien dans le fichier maître Orphanet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="70"/>
        <source>Orphanet groups</source>
        <translation>Groupes Orphanet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="73"/>
        <source>Age of onset</source>
        <translation>Âge de début</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="75"/>
        <source>Prevalence</source>
        <translation>Prévalence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="78"/>
        <source>Orphanet definition (in English): </source>
        <translation>Définition Orphanet (en anglais) : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="80"/>
        <source>Reference centres covering this disease</source>
        <translation>Centres de référence couvrant cette maladie</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="83"/>
        <source>through {route}</source>
        <translation>par {route}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="88"/>
        <source>None: no FAI²R reference centre&apos;s scope names this disease or a group above it.</source>
        <translation>Aucun : le champ d&apos;aucun centre de référence FAI²R ne nomme cette maladie ni un groupe au-dessus d&apos;elle.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="91"/>
        <location filename="../../centre_finder/ui/disease_card.py" line="101"/>
        <source>Orphanet page</source>
        <translation>Page Orphanet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="97"/>
        <source>Disease searched</source>
        <translation>Maladie recherchée</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="106"/>
        <source>National care protocols (PNDS)</source>
        <translation>Protocoles nationaux de diagnostic et de soins (PNDS)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="108"/>
        <source>No PNDS in the database for this disease.</source>
        <translation>Aucun PNDS dans la base pour cette maladie.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="111"/>
        <source>Official address not found: the button opens the HAS list of all PNDS.</source>
        <translation>Adresse officielle non trouvée : le bouton ouvre la liste HAS de tous les PNDS.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/disease_card.py" line="114"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="85"/>
        <source>Referring doctor</source>
        <translation>Médecin adresseur</translation>
    </message>
</context>
<context>
    <name>DoctorFields</name>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="61"/>
        <source>Referring doctor</source>
        <translation>Médecin adresseur</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="64"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="64"/>
        <source>RPPS number</source>
        <translation>N° RPPS</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="64"/>
        <source>Practice address</source>
        <translation>Adresse du cabinet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="65"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="73"/>
        <source>11 digits</source>
        <translation>11 chiffres</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="105"/>
        <location filename="../../centre_finder/ui/main_window.py" line="199"/>
        <source>Offline map</source>
        <translation>Carte hors ligne</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="105"/>
        <location filename="../../centre_finder/ui/main_window.py" line="199"/>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (en ligne)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="172"/>
        <source>Your favourites and notes could not be saved yet ({error}); retrying.</source>
        <translation>Vos favoris et notes n&apos;ont pas encore pu être enregistrés ({error}) ; nouvel essai en cours.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="178"/>
        <source>Copied to the clipboard: {value}</source>
        <translation>Copié dans le presse-papiers : {value}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="187"/>
        <source>Centre Finder — expert centres for rare autoimmune and autoinflammatory diseases</source>
        <translation>Centre Finder — centres experts des maladies auto-immunes et auto-inflammatoires rares</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="190"/>
        <source>&amp;Centre search</source>
        <translation>Recherche de &amp;centres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="191"/>
        <source>&amp;Orientation by signs</source>
        <translation>&amp;Orientation par signes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="194"/>
        <source>Results: centres found</source>
        <translation>Résultats : centres trouvés</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="195"/>
        <source>Map of the centres found (the results table lists the same centres)</source>
        <translation>Carte des centres trouvés (le tableau des résultats liste les mêmes centres)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="373"/>
        <source>Update the data</source>
        <translation>Mettre à jour les données</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../centre_finder/ui/qt_strings.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/qt_strings.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../centre_finder/ui/qt_strings.py" line="16"/>
        <source>Page &amp;Set:</source>
        <translation>Pa&amp;ges à imprimer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="110"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="271"/>
        <source>Prepare a referral</source>
        <translation>Préparer un adressage</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="131"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="137"/>
        <source>Disease</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="132"/>
        <source>(no disease stated)</source>
        <translation>(maladie non précisée)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="140"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="150"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="161"/>
        <source>Documents enclosed</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="138"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="149"/>
        <source>Patient&apos;s name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="139"/>
        <source>Patient&apos;s date of birth</source>
        <translation>Date de naissance du patient</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="141"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="151"/>
        <source>Reason for referral</source>
        <translation>Motif de l&apos;adressage</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="142"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="152"/>
        <source>Question asked</source>
        <translation>Question posée</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="145"/>
        <source>Short clinical summary</source>
        <translation>Résumé clinique court</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="146"/>
        <source>History, signs, results, treatments tried…</source>
        <translation>Histoire, signes, résultats, traitements essayés…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="153"/>
        <source>Clinical summary</source>
        <translation>Résumé clinique</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="155"/>
        <source>Patient details are printed on the letter only; Centre Finder does not keep them. Empty fields print as lines to fill in by hand.</source>
        <translation>Les informations sur le patient sont imprimées sur le courrier seulement ; Centre Finder ne les garde pas. Les champs vides s&apos;impriment comme des lignes à remplir à la main.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="173"/>
        <source>Remember my details for the next letters</source>
        <translation>Retenir mes coordonnées pour les prochains courriers</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="187"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="189"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="191"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="197"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="237"/>
        <source>Referral</source>
        <translation>Adressage</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="261"/>
        <source>Save the referral as PDF</source>
        <translation>Enregistrer l&apos;adressage en PDF</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="272"/>
        <source>The PDF could not be written: {error}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {error}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../centre_finder/ui/results_view.py" line="133"/>
        <source>Legend of the badges</source>
        <translation>Légende des badges</translation>
    </message>
</context>
<context>
    <name>SearchBanners</name>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="68"/>
        <source>These data were last checked on {date}, more than {months} months ago: labels, coordinators and phone numbers change. Check with the centre before referring, or update the data (File → Update the data).</source>
        <translation>Ces données ont été vérifiées pour la dernière fois le {date}, il y a plus de {months} mois : les labels, les coordonnateurs et les numéros changent. Vérifiez auprès du centre avant d&apos;adresser, ou mettez les données à jour (Fichier → Mettre à jour les données).</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="78"/>
        <source>{count} centre(s)</source>
        <translation>{count} centre(s)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="84"/>
        <source>location: {place}</source>
        <translation>lieu : {place}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="90"/>
        <source>The location is too long ({count} characters, at most {limit}): type a postal code or a town.</source>
        <translation>Le lieu est trop long ({count} caractères, au plus {limit}) : tapez un code postal ou une ville.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="93"/>
        <source>Unknown location “{place}”: type a postal code or a town (e.g. 62400, Béthune, Saint-Denis 93). Distances are not computed.</source>
        <translation>Lieu inconnu « {place} » : saisissez un code postal ou une commune (ex. : 62400, Béthune, Saint-Denis 93). Les distances ne sont pas calculées.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="99"/>
        <source>“{words}” is used as the location: {place}.</source>
        <translation>« {words} » est utilisé comme lieu : {place}.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="104"/>
        <source>The map shows the first {shown} of {count} centres: narrow the search to see the others.</source>
        <translation>La carte montre les {shown} premiers des {count} centres : précisez la recherche pour voir les autres.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="153"/>
        <location filename="../../centre_finder/ui/search_panel.py" line="228"/>
        <source>All regions</source>
        <translation>Toutes régions</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="194"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="195"/>
        <source>Disease, ORPHA code, centre, town, coordinator, trial…</source>
        <translation>Maladie, code ORPHA, centre, ville, coordonnateur, essai…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="196"/>
        <source>Search: disease, centre, town, coordinator or trial</source>
        <translation>Recherche : maladie, centre, ville, coordonnateur ou essai</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="197"/>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="198"/>
        <source>Postal code or town</source>
        <translation>Code postal ou commune</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="199"/>
        <source>Location: postal code or town</source>
        <translation>Lieu : code postal ou commune</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="200"/>
        <source>&amp;Radius</source>
        <translation>Ra&amp;yon</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="201"/>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="203"/>
        <source>Any distance</source>
        <translation>Toute distance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="204"/>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="205"/>
        <source>Patients: adults or children</source>
        <translation>Patients : adultes ou enfants</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="206"/>
        <source>Adults and children</source>
        <translation>Adultes et enfants</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="209"/>
        <source>S&amp;pecialty</source>
        <translation>S&amp;pécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="210"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="211"/>
        <source>All specialties</source>
        <translation>Toutes spécialités</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="214"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="215"/>
        <source>Role in the networks</source>
        <translation>Rôle dans les réseaux</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="217"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="218"/>
        <source>Reference centre</source>
        <translation>Centre de référence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="220"/>
        <source>CRI-IMIDIATE network</source>
        <translation>Réseau CRI-IMIDIATE</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="222"/>
        <source>European network (ERN)</source>
        <translation>Réseau européen (ERN)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="219"/>
        <source>Competence centre</source>
        <translation>Centre de compétence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="221"/>
        <source>CAR-T trial site</source>
        <translation>Site d&apos;essai CAR-T</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="226"/>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="227"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="229"/>
        <source>★ Favourites only</source>
        <translation>★ Favoris seulement</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="230"/>
        <source>Show only my favourite centres</source>
        <translation>Afficher seulement mes centres favoris</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="231"/>
        <source>Open recruitment</source>
        <translation>Recrutement ouvert</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="232"/>
        <source>Show only the sites of trials recruiting now</source>
        <translation>N&apos;afficher que les sites des essais qui recrutent en ce moment</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="234"/>
        <source>Only the sites of CAR-T trials that recruit now, as the registry said when it was last read</source>
        <translation>Seulement les sites des essais CAR-T qui recrutent en ce moment, selon la dernière lecture du registre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="235"/>
        <location filename="../../centre_finder/ui/search_panel.py" line="236"/>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
</context>
<context>
    <name>SymptomPanel</name>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="321"/>
        <source>Type a sign and press Enter: it is added to the list. Add several signs; the rare diseases that best match them appear here, best first.</source>
        <translation>Tapez un signe puis Entrée : il s&apos;ajoute à la liste. Ajoutez plusieurs signes ; les maladies rares qui leur correspondent le mieux s&apos;affichent ici, de la plus proche à la moins proche.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="325"/>
        <source>No disease of the networks the app covers matches these signs. Tick &apos;Every rare disease&apos; to look beyond them.</source>
        <translation>Aucune maladie des réseaux couverts par l&apos;application ne correspond à ces signes. Cochez « Toutes les maladies rares » pour chercher au-delà.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="339"/>
        <source>outside the networks the app covers</source>
        <translation>hors des réseaux couverts par l&apos;application</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="353"/>
        <source>Find a centre ▸</source>
        <translation>Trouver un centre ▸</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="355"/>
        <source>Search the centres for {disease} near the patient</source>
        <translation>Chercher les centres pour {disease} près du patient</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="356"/>
        <source>Find a centre for {disease}</source>
        <translation>Trouver un centre pour {disease}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="374"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signe</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="375"/>
        <source>A sign, then Enter (e.g. recurrent fever, mouth ulcers, raised CK)</source>
        <translation>Un signe, puis Entrée (par ex. fièvre récurrente, aphtes, CPK élevées)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="376"/>
        <source>Sign: type a sign and press Enter to add it</source>
        <translation>Signe : tapez un signe et appuyez sur Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="377"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="378"/>
        <source>Signs entered (Delete removes the one selected)</source>
        <translation>Signes saisis (Suppr retire celui qui est sélectionné)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="379"/>
        <source>Pa&amp;tient</source>
        <translation>Pa&amp;tient</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="380"/>
        <source>Adult or child</source>
        <translation>Adulte ou enfant</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="383"/>
        <source>Age at &amp;onset</source>
        <translation>Âge au &amp;début</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="384"/>
        <source>not given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="385"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="386"/>
        <source>Every &amp;rare disease (not only those of the networks)</source>
        <translation>Toutes les &amp;maladies rares (pas seulement celles des réseaux)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="387"/>
        <source>Clear the signs</source>
        <translation>Effacer les signes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="388"/>
        <source>Rare disease (Orphanet)</source>
        <translation>Maladie rare (Orphanet)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="389"/>
        <source>Signs found in this disease, and how frequent</source>
        <translation>Signes retrouvés dans cette maladie, et leur fréquence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="390"/>
        <source>Candidate rare diseases, best match first</source>
        <translation>Maladies rares candidates, la plus proche en premier</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/symptom_panel.py" line="391"/>
        <source>✓ a sign of the disease, with how often Orphanet says it occurs · ≈ a related sign of the disease · ✗ a sign Orphanet says this disease does not have</source>
        <translation>✓ signe de la maladie, avec la fréquence que lui donne Orphanet · ≈ signe voisin dans la maladie · ✗ signe qu&apos;Orphanet dit absent de cette maladie</translation>
    </message>
</context>
<context>
    <name>TrialCardView</name>
    <message>
        <location filename="../../centre_finder/ui/trial_card.py" line="27"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trial_card.py" line="33"/>
        <source>No known trial.</source>
        <translation>Aucun essai connu.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trial_card.py" line="45"/>
        <source>At this site: {state}</source>
        <translation>Sur ce site : {state}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trial_card.py" line="49"/>
        <source>(the trial&apos;s status: the registry gives none for this site)</source>
        <translation>(statut de l&apos;essai : le registre n&apos;en donne pas pour ce site)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trial_card.py" line="55"/>
        <source>Open the ClinicalTrials.gov record</source>
        <translation>Ouvrir la fiche ClinicalTrials.gov</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trial_card.py" line="56"/>
        <source>Open the trial&apos;s page</source>
        <translation>Ouvrir la page de l&apos;essai</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trial_card.py" line="75"/>
        <source>Sites in France ({n})</source>
        <translation>Sites en France ({n})</translation>
    </message>
</context>
<context>
    <name>TrialsDialog</name>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="53"/>
        <source>Update the trials (ClinicalTrials.gov)</source>
        <translation>Mettre à jour les essais (ClinicalTrials.gov)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="57"/>
        <source>Reads ClinicalTrials.gov (this needs a network) for the CAR-T trials of the networks&apos; diseases with a site in France, and for every trial already known. The differences are shown before anything changes; the current data are kept as a backup (File → Go back to the previous data).</source>
        <translation>Interroge ClinicalTrials.gov (il faut un réseau) sur les essais CAR-T des maladies des réseaux ayant un site en France, et sur chaque essai déjà connu. Les différences sont montrées avant tout changement ; les données actuelles sont gardées en sauvegarde (Fichier → Revenir aux données précédentes).</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="62"/>
        <source>Read the registry</source>
        <translation>Interroger le registre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="70"/>
        <source>What the registry says has changed</source>
        <translation>Ce qui a changé selon le registre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="73"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="100"/>
        <source>Reading ClinicalTrials.gov…</source>
        <translation>Lecture de ClinicalTrials.gov…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="108"/>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="125"/>
        <source>The trials were not updated; nothing was changed.
{error}</source>
        <translation>Les essais n&apos;ont pas été mis à jour ; rien n&apos;a été modifié.
{error}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/trials_dialog.py" line="134"/>
        <source>No change: the trials are as the registry gives them.</source>
        <translation>Aucun changement : les essais sont tels que le registre les donne.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="55"/>
        <source>Update the data</source>
        <translation>Mettre à jour les données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="58"/>
        <source>Choose an updated list of centres (the project&apos;s centres.csv format, or a CSV export with a column mapping). The differences are shown before anything changes; the current data are kept as a backup.</source>
        <translation>Choisissez une liste de centres mise à jour (au format centres.csv du projet, ou un export CSV avec une correspondance de colonnes). Les différences sont affichées avant tout changement ; les données actuelles sont conservées en sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="66"/>
        <source>Centres file</source>
        <translation>Fichier des centres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="67"/>
        <location filename="../../centre_finder/ui/update_dialog.py" line="79"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="68"/>
        <source>Choose the centres file</source>
        <translation>Choisir le fichier des centres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="70"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="77"/>
        <source>Column mapping (optional)</source>
        <translation>Correspondance des colonnes (facultatif)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="78"/>
        <source>optional, for a CSV export with other column names</source>
        <translation>facultatif, pour un export CSV aux noms de colonnes différents</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="80"/>
        <source>Choose the column mapping</source>
        <translation>Choisir la correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="82"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="86"/>
        <source>Do not use the network (new addresses take their town&apos;s position)</source>
        <translation>Ne pas utiliser le réseau (les nouvelles adresses prennent la position de leur commune)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="89"/>
        <source>Show the differences</source>
        <translation>Afficher les différences</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="97"/>
        <source>Differences and problems</source>
        <translation>Différences et problèmes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="100"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="101"/>
        <source>Apply the valid rows only</source>
        <translation>Appliquer seulement les lignes valides</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="135"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="156"/>
        <source>The file could not be checked: {error}</source>
        <translation>Le fichier n&apos;a pas pu être vérifié : {error}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="161"/>
        <source>{n} problem(s) — rejected rows:</source>
        <translation>{n} problème(s) — lignes refusées :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="166"/>
        <source>position of {id}: {how}</source>
        <translation>position de {id} : {how}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="181"/>
        <source>This update removes {n} centres. Is the file complete?</source>
        <translation>Cette mise à jour supprime {n} centres. Le fichier est-il complet ?</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="190"/>
        <source>The update was not applied; the current data are unchanged.
{error}</source>
        <translation>La mise à jour n&apos;a pas été appliquée ; les données actuelles sont inchangées.
{error}</translation>
    </message>
</context>
<context>
    <name>UserDataStatus</name>
    <message>
        <location filename="../../centre_finder/ui/user_data_status.py" line="47"/>
        <source>Favourites and notes are read-only: {reason}</source>
        <translation>Favoris et notes en lecture seule : {reason}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/user_data_status.py" line="50"/>
        <source>Favourites and notes are unavailable: {reason}</source>
        <translation>Favoris et notes indisponibles : {reason}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="49"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="49"/>
        <source>The file could not be written: {error}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="79"/>
        <source>Export the list as CSV</source>
        <translation>Exporter la liste en CSV</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="91"/>
        <source>{count} centre(s) exported to {path}</source>
        <translation>{count} centre(s) exporté(s) dans {path}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="104"/>
        <source>Save the list as PDF</source>
        <translation>Enregistrer la liste en PDF</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="124"/>
        <source>Export favourites and notes</source>
        <translation>Exporter favoris et notes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="134"/>
        <source>{count} favourite(s) and note(s) exported</source>
        <translation>{count} favori(s) et note(s) exporté(s)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="142"/>
        <source>Import favourites and notes</source>
        <translation>Importer favoris et notes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="149"/>
        <location filename="../../centre_finder/ui/window_actions.py" line="151"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="152"/>
        <source>{added} favourite(s) added, {updated} note(s) added or updated.</source>
        <translation>{added} favori(s) ajouté(s), {updated} note(s) ajoutée(s) ou mise(s) à jour.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="162"/>
        <source>Every favourite and note refers to a centre of the current data.</source>
        <translation>Tous les favoris et toutes les notes concernent des centres présents dans les données.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="163"/>
        <source>These centres are no longer in the reference data; your notes are kept:</source>
        <translation>Ces centres ne figurent plus dans les données de référence ; vos notes sont conservées :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="171"/>
        <source>Notes on centres no longer listed</source>
        <translation>Notes sur des centres retirés de la base</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="184"/>
        <source>Data updated; the previous version is kept.</source>
        <translation>Données mises à jour ; la version précédente est conservée.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="196"/>
        <source>Trials updated from ClinicalTrials.gov; the previous data are kept.</source>
        <translation>Essais mis à jour depuis ClinicalTrials.gov ; les données précédentes sont gardées.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="207"/>
        <source>Go back to the previous data</source>
        <translation>Revenir aux données précédentes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="212"/>
        <source>The previous data are back.</source>
        <translation>Les données précédentes sont rétablies.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="219"/>
        <location filename="../../centre_finder/ui/window_actions.py" line="228"/>
        <source>Practice location</source>
        <translation>Lieu du cabinet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="220"/>
        <source>Postal code or town of your practice (used as the default location):</source>
        <translation>Code postal ou commune de votre cabinet (utilisé comme lieu par défaut) :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="229"/>
        <source>Unknown location “{place}”.</source>
        <translation>Lieu inconnu « {place} ».</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="252"/>
        <source>Data version: {version}</source>
        <translation>Version des données : {version}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="253"/>
        <source>Built on: {date}</source>
        <translation>Construite le : {date}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="254"/>
        <source>{n} centres, {d} diseases, {s} synonyms, {p} PNDS, {t} trials</source>
        <translation>{n} centres, {d} maladies, {s} synonymes, {p} PNDS, {t} essais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="257"/>
        <source>Database file: {path}</source>
        <translation>Fichier de la base : {path}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="258"/>
        <source>Centres re-checked against their sources: {n} of {total} (latest: {date})</source>
        <translation>Centres revérifiés dans leurs sources : {n} sur {total} (dernière vérification : {date})</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="262"/>
        <source>Centres by role:</source>
        <translation>Centres par rôle :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="270"/>
        <source>Sources: public pages cited for every row (see each centre&apos;s provenance). Map © OpenStreetMap contributors (ODbL); communes © INSEE, La Poste, IGN (Licence Ouverte).</source>
        <translation>Sources : pages publiques citées pour chaque ligne (voir la provenance de chaque centre). Carte © les contributeurs d&apos;OpenStreetMap (ODbL) ; communes © INSEE, La Poste, IGN (Licence Ouverte).</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="273"/>
        <source>About the data</source>
        <translation>À propos des données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="276"/>
        <source>About Centre Finder</source>
        <translation>À propos de Centre Finder</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="277"/>
        <source>Centre Finder {version}
Finds the French expert centre for a rare autoimmune or autoinflammatory disease. Works offline.</source>
        <translation>Centre Finder {version}
Trouve le centre expert français pour une maladie auto-immune ou auto-inflammatoire rare. Fonctionne hors ligne.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="87"/>
        <source>&amp;Export the list as CSV…</source>
        <translation>&amp;Exporter la liste en CSV…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="88"/>
        <source>&amp;Print the list…</source>
        <translation>&amp;Imprimer la liste…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="89"/>
        <source>Save the list as P&amp;DF…</source>
        <translation>Enregistrer la liste en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="90"/>
        <source>Export favourites and notes…</source>
        <translation>Exporter favoris et notes…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="91"/>
        <source>Import favourites and notes…</source>
        <translation>Importer favoris et notes…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="92"/>
        <source>Notes on centres no longer listed…</source>
        <translation>Notes sur des centres retirés de la base…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="93"/>
        <source>Referring &amp;doctor…</source>
        <translation>&amp;Médecin adresseur…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="94"/>
        <source>&amp;Update the data…</source>
        <translation>Mettre à &amp;jour les données…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="95"/>
        <source>Update the &amp;trials (ClinicalTrials.gov)…</source>
        <translation>Mettre à jour les &amp;essais (ClinicalTrials.gov)…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="96"/>
        <source>Go back to the previous &amp;data</source>
        <translation>Revenir aux &amp;données précédentes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="99"/>
        <source>S&amp;ettings</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="100"/>
        <source>Practice &amp;location…</source>
        <translation>&amp;Lieu du cabinet…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="101"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="103"/>
        <source>About the &amp;data…</source>
        <translation>À propos des &amp;données…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="104"/>
        <source>&amp;About Centre Finder…</source>
        <translation>À &amp;propos de Centre Finder…</translation>
    </message>
</context>
</TS>
