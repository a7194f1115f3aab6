<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="87"/>
        <source>Centre details</source>
        <translation>Détails du centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="104"/>
        <source>Select a centre in the list or on the map to see its contact details, the diseases covered, the PNDS and where the data come from.</source>
        <translation>Sélectionnez un centre dans la liste ou sur la carte pour voir ses coordonnées, les maladies couvertes, le PNDS et la provenance des données.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="127"/>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="149"/>
        <source>Attachment to a reference centre not stated by the source</source>
        <translation>Rattachement à un centre de référence non précisé par la source</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="151"/>
        <source>None known</source>
        <translation>Aucun connu</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="152"/>
        <source>Reference centre</source>
        <translation>Centre de référence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="153"/>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="155"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="156"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="157"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="158"/>
        <source>Coordinator</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="160"/>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="162"/>
        <source>Street address not known — {place}</source>
        <translation>Adresse non renseignée — {place}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="163"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="165"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="166"/>
        <source>Copy number</source>
        <translation>Copier le n°</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="170"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="172"/>
        <source>Open the website in the browser</source>
        <translation>Ouvrir le site web dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="175"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="176"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="178"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="178"/>
        <source>(straight line)</source>
        <translation>(à vol d&apos;oiseau)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="182"/>
        <source>Prepare a referral…</source>
        <translation>Préparer un adressage…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="190"/>
        <source>Why this centre</source>
        <translation>Pourquoi ce centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="192"/>
        <source>Diseases covered</source>
        <translation>Maladies couvertes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="198"/>
        <source>PNDS for the searched disease</source>
        <translation>PNDS de la maladie recherchée</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="199"/>
        <source>No PNDS in the database for this disease.</source>
        <translation>Aucun PNDS dans la base pour cette maladie.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="202"/>
        <source>site listed in the registry</source>
        <translation>site listé au registre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="203"/>
        <source>inclusion announced by the centre</source>
        <translation>inclusion annoncée par le centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="204"/>
        <source>project: trial not open yet</source>
        <translation>projet : essai pas encore ouvert</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="207"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="208"/>
        <source>No known trial.</source>
        <translation>Aucun essai connu.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="209"/>
        <source>European Reference Network (ERN)</source>
        <translation>Réseau européen (ERN)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="211"/>
        <source>Membership not documented.</source>
        <translation>Appartenance non documentée.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="213"/>
        <source>Checked on {date} in the cited sources</source>
        <translation>Vérifié le {date} dans les sources citées</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="214"/>
        <source>Never re-checked since the data were collected</source>
        <translation>Jamais revérifié depuis la collecte des données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="215"/>
        <source>Data: </source>
        <translation>Données : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="218"/>
        <source>Note: </source>
        <translation>Note : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="220"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="241"/>
        <source>No disease documented for this department.</source>
        <translation>Aucune maladie documentée pour ce service.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="222"/>
        <location filename="../../centre_finder/ui/main_window.py" line="348"/>
        <source>Offline map</source>
        <translation>Carte hors ligne</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="222"/>
        <location filename="../../centre_finder/ui/main_window.py" line="348"/>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (en ligne)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="291"/>
        <source>Copied to the clipboard: {value}</source>
        <translation>Copié dans le presse-papiers : {value}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="297"/>
        <source>Centre Finder — expert centres for rare autoimmune and autoinflammatory diseases</source>
        <translation>Centre Finder — centres experts des maladies auto-immunes et auto-inflammatoires rares</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="299"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="300"/>
        <source>Disease, ORPHA code, centre, town, coordinator, trial…</source>
        <translation>Maladie, code ORPHA, centre, ville, coordonnateur, essai…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="301"/>
        <source>Search: disease, centre, town, coordinator or trial</source>
        <translation>Recherche : maladie, centre, ville, coordonnateur ou essai</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="302"/>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="303"/>
        <source>Postal code or town</source>
        <translation>Code postal ou commune</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="304"/>
        <source>Location: postal code or town</source>
        <translation>Lieu : code postal ou commune</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="305"/>
        <source>&amp;Radius</source>
        <translation>Ra&amp;yon</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="306"/>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="308"/>
        <source>Any distance</source>
        <translation>Toute distance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="309"/>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="310"/>
        <source>Patients: adults or children</source>
        <translation>Patients : adultes ou enfants</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="311"/>
        <source>Adults and children</source>
        <translation>Adultes et enfants</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="314"/>
        <source>S&amp;pecialty</source>
        <translation>S&amp;pécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="315"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="316"/>
        <source>All specialties</source>
        <translation>Toutes spécialités</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="319"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="320"/>
        <source>Role in the networks</source>
        <translation>Rôle dans les réseaux</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="322"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="323"/>
        <source>Reference centre (CRMR)</source>
        <translation>Centre de référence (CRMR)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="324"/>
        <source>Competence centre</source>
        <translation>Centre de compétence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="325"/>
        <source>CRI-IMIDIATE research network</source>
        <translation>Réseau de recherche CRI-IMIDIATE</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="326"/>
        <source>CAR-T trial site</source>
        <translation>Site d&apos;essai CAR-T</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="327"/>
        <source>European Reference Network member</source>
        <translation>Membre d&apos;un réseau européen (ERN)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="331"/>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="332"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="333"/>
        <source>All regions</source>
        <translation>Toutes régions</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="334"/>
        <location filename="../../centre_finder/ui/main_window.py" line="335"/>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="336"/>
        <source>Results: centres found</source>
        <translation>Résultats : centres trouvés</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="337"/>
        <source>Map of the centres found (the results table lists the same centres)</source>
        <translation>Carte des centres trouvés (le tableau des résultats liste les mêmes centres)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="338"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="339"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="340"/>
        <source>S&amp;ettings</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="341"/>
        <source>Practice &amp;location…</source>
        <translation>&amp;Lieu du cabinet…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="342"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="343"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="344"/>
        <source>About the &amp;data…</source>
        <translation>À propos des &amp;données…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="345"/>
        <source>&amp;About Centre Finder…</source>
        <translation>À &amp;propos de Centre Finder…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="409"/>
        <source>{count} centre(s)</source>
        <translation>{count} centre(s)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="415"/>
        <source>around {place}</source>
        <translation>autour de {place}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="419"/>
        <source>Unknown location “{place}”: type a postal code or a town (e.g. 62400, Béthune, Saint-Denis 93). Distances are not computed.</source>
        <translation>Lieu inconnu « {place} » : saisissez un code postal ou une commune (ex. : 62400, Béthune, Saint-Denis 93). Les distances ne sont pas calculées.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="509"/>
        <location filename="../../centre_finder/ui/main_window.py" line="518"/>
        <source>Practice location</source>
        <translation>Lieu du cabinet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="510"/>
        <source>Postal code or town of your practice (used as the default location):</source>
        <translation>Code postal ou commune de votre cabinet (utilisé comme lieu par défaut) :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="519"/>
        <source>Unknown location “{place}”.</source>
        <translation>Lieu inconnu « {place} ».</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="528"/>
        <source>Referral sheets arrive in the next version.</source>
        <translation>Les fiches d&apos;adressage arrivent dans la prochaine version.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="534"/>
        <source>Data version: {version}</source>
        <translation>Version des données : {version}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="535"/>
        <source>Built on: {date}</source>
        <translation>Construite le : {date}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="536"/>
        <source>{n} centres, {d} diseases, {s} synonyms, {p} PNDS, {t} trials</source>
        <translation>{n} centres, {d} maladies, {s} synonymes, {p} PNDS, {t} essais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="540"/>
        <source>Coverage of the published networks:</source>
        <translation>Couverture des réseaux publiés :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="541"/>
        <source>FAI²R reference-centre sites: {n} of 19</source>
        <translation>Sites de centres de référence FAI²R : {n} sur 19</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="543"/>
        <source>FAI²R competence centres: {n} of 67</source>
        <translation>Centres de compétence FAI²R : {n} sur 67</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="544"/>
        <source>CRI-IMIDIATE centres: {n} of 54</source>
        <translation>Centres CRI-IMIDIATE : {n} sur 54</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="546"/>
        <source>Sources: public pages cited for every row (see each centre&apos;s provenance). Map © OpenStreetMap contributors (ODbL); communes © INSEE, La Poste, IGN (Licence Ouverte).</source>
        <translation>Sources : pages publiques citées pour chaque ligne (voir la provenance de chaque centre). Carte © les contributeurs d&apos;OpenStreetMap (ODbL) ; communes © INSEE, La Poste, IGN (Licence Ouverte).</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="549"/>
        <source>About the data</source>
        <translation>À propos des données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="552"/>
        <source>About Centre Finder</source>
        <translation>À propos de Centre Finder</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="553"/>
        <source>Centre Finder {version}
Finds the French expert centre for a rare autoimmune or autoinflammatory disease. Works offline.</source>
        <translation>Centre Finder {version}
Trouve le centre expert français pour une maladie auto-immune ou auto-inflammatoire rare. Fonctionne hors ligne.</translation>
    </message>
</context>
</TS>
