<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="1"/>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule : {reason}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="105"/>
        <source>Centre details</source>
        <translation>Détails du centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="128"/>
        <source>Select a centre in the list or on the map to see its contact details, the diseases covered, the PNDS and where the data come from.</source>
        <translation>Sélectionnez un centre dans la liste ou sur la carte pour voir ses coordonnées, les maladies couvertes, le PNDS et la provenance des données.</translation>
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
        <location filename="../../centre_finder/ui/detail_pane.py" line="208"/>
        <source>Prepare a referral…</source>
        <translation>Préparer un adressage…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="213"/>
        <source>Copy the contact</source>
        <translation>Copier le contact</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="216"/>
        <source>★ Remove from favourites</source>
        <translation>★ Retirer des favoris</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="216"/>
        <source>☆ Add to favourites</source>
        <translation>☆ Ajouter aux favoris</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="224"/>
        <source>Private note (kept on this computer only)</source>
        <translation>Note privée (conservée sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="229"/>
        <source>Private note about this centre</source>
        <translation>Note privée sur ce centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="230"/>
        <source>e.g. ask for Mme X, fax before calling…</source>
        <translation>ex. : demander Mme X, faxer avant d&apos;appeler…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="237"/>
        <source>Why this centre</source>
        <translation>Pourquoi ce centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="239"/>
        <source>Diseases covered</source>
        <translation>Maladies couvertes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="245"/>
        <source>PNDS for the searched disease</source>
        <translation>PNDS de la maladie recherchée</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="246"/>
        <source>No PNDS in the database for this disease.</source>
        <translation>Aucun PNDS dans la base pour cette maladie.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="249"/>
        <source>site listed in the registry</source>
        <translation>site listé au registre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="250"/>
        <source>inclusion announced by the centre</source>
        <translation>inclusion annoncée par le centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="251"/>
        <source>project: trial not open yet</source>
        <translation>projet : essai pas encore ouvert</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="254"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="255"/>
        <source>No known trial.</source>
        <translation>Aucun essai connu.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="256"/>
        <source>European Reference Network (ERN)</source>
        <translation>Réseau européen (ERN)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="258"/>
        <source>Membership not documented.</source>
        <translation>Appartenance non documentée.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="260"/>
        <source>Checked on {date} in the cited sources</source>
        <translation>Vérifié le {date} dans les sources citées</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="261"/>
        <source>Never re-checked since the data were collected</source>
        <translation>Jamais revérifié depuis la collecte des données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="262"/>
        <source>Data: </source>
        <translation>Données : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="265"/>
        <source>Note: </source>
        <translation>Note : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="267"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="313"/>
        <source>No disease documented for this department.</source>
        <translation>Aucune maladie documentée pour ce service.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="75"/>
        <source>Referring doctor</source>
        <translation>Médecin adresseur</translation>
    </message>
</context>
<context>
    <name>DoctorFields</name>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="51"/>
        <source>Referring doctor</source>
        <translation>Médecin adresseur</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="54"/>
        <source>RPPS number</source>
        <translation>N° RPPS</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="54"/>
        <source>Practice address</source>
        <translation>Adresse du cabinet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="55"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="63"/>
        <source>11 digits</source>
        <translation>11 chiffres</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="95"/>
        <location filename="../../centre_finder/ui/main_window.py" line="168"/>
        <source>Offline map</source>
        <translation>Carte hors ligne</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="95"/>
        <location filename="../../centre_finder/ui/main_window.py" line="168"/>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (en ligne)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="147"/>
        <source>Your favourites and notes could not be saved yet ({error}); retrying.</source>
        <translation>Vos favoris et notes n&apos;ont pas encore pu être enregistrés ({error}) ; nouvel essai en cours.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="153"/>
        <source>Copied to the clipboard: {value}</source>
        <translation>Copié dans le presse-papiers : {value}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="159"/>
        <source>Centre Finder — expert centres for rare autoimmune and autoinflammatory diseases</source>
        <translation>Centre Finder — centres experts des maladies auto-immunes et auto-inflammatoires rares</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="163"/>
        <source>Results: centres found</source>
        <translation>Résultats : centres trouvés</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="164"/>
        <source>Map of the centres found (the results table lists the same centres)</source>
        <translation>Carte des centres trouvés (le tableau des résultats liste les mêmes centres)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="308"/>
        <source>Update the data</source>
        <translation>Mettre à jour les données</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="98"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="194"/>
        <source>Prepare a referral</source>
        <translation>Préparer un adressage</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="111"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="117"/>
        <source>Disease</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="112"/>
        <source>(no disease stated)</source>
        <translation>(maladie non précisée)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="120"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="127"/>
        <source>Patient initials</source>
        <translation>Initiales du patient</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="124"/>
        <source>Patient date of birth</source>
        <translation>Date de naissance du patient</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="125"/>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="128"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="130"/>
        <source>Patient details are printed on the sheet only; Centre Finder does not keep them.</source>
        <translation>Les informations sur le patient sont imprimées sur la fiche uniquement ; Centre Finder ne les conserve pas.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="135"/>
        <source>Documents enclosed</source>
        <translation>Documents joints</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="147"/>
        <source>Remember my details for the next sheets</source>
        <translation>Retenir mes coordonnées pour les prochaines fiches</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="154"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="156"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="162"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="180"/>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="192"/>
        <source>Referral</source>
        <translation>Adressage</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="185"/>
        <source>Save the referral as PDF</source>
        <translation>Enregistrer l&apos;adressage en PDF</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/referral_dialog.py" line="195"/>
        <source>The PDF could not be written: {error}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {error}</translation>
    </message>
</context>
<context>
    <name>SearchBanners</name>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="1"/>
        <source>The location is too long ({count} characters, at most {limit}): type a postal code or a town.</source>
        <translation>Le lieu est trop long ({count} caractères, au plus {limit}) : tapez un code postal ou une ville.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="66"/>
        <source>These data were last checked on {date}, more than {months} months ago: labels, coordinators and phone numbers change. Check with the centre before referring, or update the data (File → Update the data).</source>
        <translation>Ces données ont été vérifiées pour la dernière fois le {date}, il y a plus de {months} mois : les labels, les coordonnateurs et les numéros changent. Vérifiez auprès du centre avant d&apos;adresser, ou mettez les données à jour (Fichier → Mettre à jour les données).</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="75"/>
        <source>{count} centre(s)</source>
        <translation>{count} centre(s)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="81"/>
        <source>location: {place}</source>
        <translation>lieu : {place}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="87"/>
        <source>Unknown location “{place}”: type a postal code or a town (e.g. 62400, Béthune, Saint-Denis 93). Distances are not computed.</source>
        <translation>Lieu inconnu « {place} » : saisissez un code postal ou une commune (ex. : 62400, Béthune, Saint-Denis 93). Les distances ne sont pas calculées.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="93"/>
        <source>“{words}” is used as the location: {place}.</source>
        <translation>« {words} » est utilisé comme lieu : {place}.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/banners.py" line="98"/>
        <source>The map shows the first {shown} of {count} centres: narrow the search to see the others.</source>
        <translation>La carte montre les {shown} premiers des {count} centres : précisez la recherche pour voir les autres.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="127"/>
        <location filename="../../centre_finder/ui/search_panel.py" line="205"/>
        <source>All regions</source>
        <translation>Toutes régions</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="171"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="172"/>
        <source>Disease, ORPHA code, centre, town, coordinator, trial…</source>
        <translation>Maladie, code ORPHA, centre, ville, coordonnateur, essai…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="173"/>
        <source>Search: disease, centre, town, coordinator or trial</source>
        <translation>Recherche : maladie, centre, ville, coordonnateur ou essai</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="174"/>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="175"/>
        <source>Postal code or town</source>
        <translation>Code postal ou commune</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="176"/>
        <source>Location: postal code or town</source>
        <translation>Lieu : code postal ou commune</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="177"/>
        <source>&amp;Radius</source>
        <translation>Ra&amp;yon</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="178"/>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="180"/>
        <source>Any distance</source>
        <translation>Toute distance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="181"/>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="182"/>
        <source>Patients: adults or children</source>
        <translation>Patients : adultes ou enfants</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="183"/>
        <source>Adults and children</source>
        <translation>Adultes et enfants</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="186"/>
        <source>S&amp;pecialty</source>
        <translation>S&amp;pécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="187"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="188"/>
        <source>All specialties</source>
        <translation>Toutes spécialités</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="191"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="192"/>
        <source>Role in the networks</source>
        <translation>Rôle dans les réseaux</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="194"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="195"/>
        <source>Reference centre (CRMR)</source>
        <translation>Centre de référence (CRMR)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="196"/>
        <source>Competence centre</source>
        <translation>Centre de compétence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="197"/>
        <source>CRI-IMIDIATE research network</source>
        <translation>Réseau de recherche CRI-IMIDIATE</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="198"/>
        <source>CAR-T trial site</source>
        <translation>Site d&apos;essai CAR-T</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="199"/>
        <source>European Reference Network member</source>
        <translation>Membre d&apos;un réseau européen (ERN)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="203"/>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="204"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="206"/>
        <source>★ Favourites only</source>
        <translation>★ Favoris seulement</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="207"/>
        <source>Show only my favourite centres</source>
        <translation>Afficher seulement mes centres favoris</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/search_panel.py" line="208"/>
        <location filename="../../centre_finder/ui/search_panel.py" line="209"/>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="1"/>
        <source>The file could not be checked: {error}</source>
        <translation>Le fichier n'a pas pu être vérifié : {error}</translation>
    </message>
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
        <location filename="../../centre_finder/ui/update_dialog.py" line="157"/>
        <source>{n} problem(s) — rejected rows:</source>
        <translation>{n} problème(s) — lignes refusées :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="162"/>
        <source>position of {id}: {how}</source>
        <translation>position de {id} : {how}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="177"/>
        <source>This update removes {n} centres. Is the file complete?</source>
        <translation>Cette mise à jour supprime {n} centres. Le fichier est-il complet ?</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/update_dialog.py" line="184"/>
        <source>The update was not applied; the current data are unchanged.
{error}</source>
        <translation>La mise à jour n&apos;a pas été appliquée ; les données actuelles sont inchangées.
{error}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="39"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="39"/>
        <source>The file could not be written: {error}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {error}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="50"/>
        <source>Export the list as CSV</source>
        <translation>Exporter la liste en CSV</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="58"/>
        <source>{count} centre(s) exported to {path}</source>
        <translation>{count} centre(s) exporté(s) dans {path}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="69"/>
        <source>Save the list as PDF</source>
        <translation>Enregistrer la liste en PDF</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="86"/>
        <source>Export favourites and notes</source>
        <translation>Exporter favoris et notes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="95"/>
        <source>{count} favourite(s) and note(s) exported</source>
        <translation>{count} favori(s) et note(s) exporté(s)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="103"/>
        <source>Import favourites and notes</source>
        <translation>Importer favoris et notes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="109"/>
        <location filename="../../centre_finder/ui/window_actions.py" line="111"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="112"/>
        <source>{added} favourite(s) added, {updated} note(s) added or updated.</source>
        <translation>{added} favori(s) ajouté(s), {updated} note(s) ajoutée(s) ou mise(s) à jour.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="122"/>
        <source>Every favourite and note refers to a centre of the current data.</source>
        <translation>Tous les favoris et toutes les notes concernent des centres présents dans les données.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="123"/>
        <source>These centres are no longer in the reference data; your notes are kept:</source>
        <translation>Ces centres ne figurent plus dans les données de référence ; vos notes sont conservées :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="131"/>
        <source>Notes on centres no longer listed</source>
        <translation>Notes sur des centres retirés de la base</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="144"/>
        <source>Data updated; the previous version is kept.</source>
        <translation>Données mises à jour ; la version précédente est conservée.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="155"/>
        <source>Go back to the previous data</source>
        <translation>Revenir aux données précédentes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="159"/>
        <source>The previous data are back.</source>
        <translation>Les données précédentes sont rétablies.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="166"/>
        <location filename="../../centre_finder/ui/window_actions.py" line="175"/>
        <source>Practice location</source>
        <translation>Lieu du cabinet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="167"/>
        <source>Postal code or town of your practice (used as the default location):</source>
        <translation>Code postal ou commune de votre cabinet (utilisé comme lieu par défaut) :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="176"/>
        <source>Unknown location “{place}”.</source>
        <translation>Lieu inconnu « {place} ».</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="199"/>
        <source>Data version: {version}</source>
        <translation>Version des données : {version}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="200"/>
        <source>Built on: {date}</source>
        <translation>Construite le : {date}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="201"/>
        <source>{n} centres, {d} diseases, {s} synonyms, {p} PNDS, {t} trials</source>
        <translation>{n} centres, {d} maladies, {s} synonymes, {p} PNDS, {t} essais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="204"/>
        <source>Database file: {path}</source>
        <translation>Fichier de la base : {path}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="205"/>
        <source>Centres re-checked against their sources: {n} of {total} (latest: {date})</source>
        <translation>Centres revérifiés dans leurs sources : {n} sur {total} (dernière vérification : {date})</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="209"/>
        <source>Centres by role:</source>
        <translation>Centres par rôle :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="214"/>
        <source>Sources: public pages cited for every row (see each centre&apos;s provenance). Map © OpenStreetMap contributors (ODbL); communes © INSEE, La Poste, IGN (Licence Ouverte).</source>
        <translation>Sources : pages publiques citées pour chaque ligne (voir la provenance de chaque centre). Carte © les contributeurs d&apos;OpenStreetMap (ODbL) ; communes © INSEE, La Poste, IGN (Licence Ouverte).</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="217"/>
        <source>About the data</source>
        <translation>À propos des données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="220"/>
        <source>About Centre Finder</source>
        <translation>À propos de Centre Finder</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_actions.py" line="221"/>
        <source>Centre Finder {version}
Finds the French expert centre for a rare autoimmune or autoinflammatory disease. Works offline.</source>
        <translation>Centre Finder {version}
Trouve le centre expert français pour une maladie auto-immune ou auto-inflammatoire rare. Fonctionne hors ligne.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="82"/>
        <source>&amp;Export the list as CSV…</source>
        <translation>&amp;Exporter la liste en CSV…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="83"/>
        <source>&amp;Print the list…</source>
        <translation>&amp;Imprimer la liste…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="84"/>
        <source>Save the list as P&amp;DF…</source>
        <translation>Enregistrer la liste en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="85"/>
        <source>Export favourites and notes…</source>
        <translation>Exporter favoris et notes…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="86"/>
        <source>Import favourites and notes…</source>
        <translation>Importer favoris et notes…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="87"/>
        <source>Notes on centres no longer listed…</source>
        <translation>Notes sur des centres retirés de la base…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="88"/>
        <source>Referring &amp;doctor…</source>
        <translation>&amp;Médecin adresseur…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="89"/>
        <source>&amp;Update the data…</source>
        <translation>Mettre à &amp;jour les données…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="90"/>
        <source>Go back to the previous &amp;data</source>
        <translation>Revenir aux &amp;données précédentes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="91"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="93"/>
        <source>S&amp;ettings</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="94"/>
        <source>Practice &amp;location…</source>
        <translation>&amp;Lieu du cabinet…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="95"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="97"/>
        <source>About the &amp;data…</source>
        <translation>À propos des &amp;données…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/window_menus.py" line="98"/>
        <source>&amp;About Centre Finder…</source>
        <translation>À &amp;propos de Centre Finder…</translation>
    </message>
</context>
<context>
    <name>UserDataStatus</name>
    <message>
        <location filename="../../centre_finder/ui/user_data_status.py" line="1"/>
        <source>Favourites and notes are read-only: {reason}</source>
        <translation>Favoris et notes en lecture seule : {reason}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/user_data_status.py" line="1"/>
        <source>Favourites and notes are unavailable: {reason}</source>
        <translation>Favoris et notes indisponibles : {reason}</translation>
    </message>
</context>
</TS>
