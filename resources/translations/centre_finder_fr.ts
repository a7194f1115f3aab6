<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="90"/>
        <source>Centre details</source>
        <translation>Détails du centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="107"/>
        <source>Select a centre in the list or on the map to see its contact details, the diseases covered, the PNDS and where the data come from.</source>
        <translation>Sélectionnez un centre dans la liste ou sur la carte pour voir ses coordonnées, les maladies couvertes, le PNDS et la provenance des données.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="132"/>
        <source>Not known</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="152"/>
        <source>Attachment to a reference centre not stated by the source</source>
        <translation>Rattachement à un centre de référence non précisé par la source</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="154"/>
        <source>None known</source>
        <translation>Aucun connu</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="155"/>
        <source>Reference centre</source>
        <translation>Centre de référence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="156"/>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="158"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="159"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="160"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="161"/>
        <source>Coordinator</source>
        <translation>Coordonnateur</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="163"/>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="165"/>
        <source>Street address not known — {place}</source>
        <translation>Adresse non renseignée — {place}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="166"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="168"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="169"/>
        <source>Copy number</source>
        <translation>Copier le n°</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="173"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="175"/>
        <source>Open the website in the browser</source>
        <translation>Ouvrir le site web dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="178"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="179"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="181"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="181"/>
        <source>(straight line)</source>
        <translation>(à vol d&apos;oiseau)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="185"/>
        <source>Prepare a referral…</source>
        <translation>Préparer un adressage…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="193"/>
        <source>Why this centre</source>
        <translation>Pourquoi ce centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="195"/>
        <source>Diseases covered</source>
        <translation>Maladies couvertes</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="201"/>
        <source>PNDS for the searched disease</source>
        <translation>PNDS de la maladie recherchée</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="202"/>
        <source>No PNDS in the database for this disease.</source>
        <translation>Aucun PNDS dans la base pour cette maladie.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="205"/>
        <source>site listed in the registry</source>
        <translation>site listé au registre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="206"/>
        <source>inclusion announced by the centre</source>
        <translation>inclusion annoncée par le centre</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="207"/>
        <source>project: trial not open yet</source>
        <translation>projet : essai pas encore ouvert</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="210"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="211"/>
        <source>No known trial.</source>
        <translation>Aucun essai connu.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="212"/>
        <source>European Reference Network (ERN)</source>
        <translation>Réseau européen (ERN)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="214"/>
        <source>Membership not documented.</source>
        <translation>Appartenance non documentée.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="216"/>
        <source>Checked on {date} in the cited sources</source>
        <translation>Vérifié le {date} dans les sources citées</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="217"/>
        <source>Never re-checked since the data were collected</source>
        <translation>Jamais revérifié depuis la collecte des données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="218"/>
        <source>Data: </source>
        <translation>Données : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="221"/>
        <source>Note: </source>
        <translation>Note : </translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="223"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/detail_pane.py" line="244"/>
        <source>No disease documented for this department.</source>
        <translation>Aucune maladie documentée pour ce service.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="237"/>
        <location filename="../../centre_finder/ui/main_window.py" line="363"/>
        <source>Offline map</source>
        <translation>Carte hors ligne</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="237"/>
        <location filename="../../centre_finder/ui/main_window.py" line="363"/>
        <source>OpenStreetMap (online)</source>
        <translation>OpenStreetMap (en ligne)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="306"/>
        <source>Copied to the clipboard: {value}</source>
        <translation>Copié dans le presse-papiers : {value}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="312"/>
        <source>Centre Finder — expert centres for rare autoimmune and autoinflammatory diseases</source>
        <translation>Centre Finder — centres experts des maladies auto-immunes et auto-inflammatoires rares</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="314"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="315"/>
        <source>Disease, ORPHA code, centre, town, coordinator, trial…</source>
        <translation>Maladie, code ORPHA, centre, ville, coordonnateur, essai…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="316"/>
        <source>Search: disease, centre, town, coordinator or trial</source>
        <translation>Recherche : maladie, centre, ville, coordonnateur ou essai</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="317"/>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="318"/>
        <source>Postal code or town</source>
        <translation>Code postal ou commune</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="319"/>
        <source>Location: postal code or town</source>
        <translation>Lieu : code postal ou commune</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="320"/>
        <source>&amp;Radius</source>
        <translation>Ra&amp;yon</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="321"/>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="323"/>
        <source>Any distance</source>
        <translation>Toute distance</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="324"/>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="325"/>
        <source>Patients: adults or children</source>
        <translation>Patients : adultes ou enfants</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="326"/>
        <source>Adults and children</source>
        <translation>Adultes et enfants</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="329"/>
        <source>S&amp;pecialty</source>
        <translation>S&amp;pécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="330"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="331"/>
        <source>All specialties</source>
        <translation>Toutes spécialités</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="334"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="335"/>
        <source>Role in the networks</source>
        <translation>Rôle dans les réseaux</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="337"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="338"/>
        <source>Reference centre (CRMR)</source>
        <translation>Centre de référence (CRMR)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="339"/>
        <source>Competence centre</source>
        <translation>Centre de compétence</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="340"/>
        <source>CRI-IMIDIATE research network</source>
        <translation>Réseau de recherche CRI-IMIDIATE</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="341"/>
        <source>CAR-T trial site</source>
        <translation>Site d&apos;essai CAR-T</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="342"/>
        <source>European Reference Network member</source>
        <translation>Membre d&apos;un réseau européen (ERN)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="346"/>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="347"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="348"/>
        <source>All regions</source>
        <translation>Toutes régions</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="349"/>
        <location filename="../../centre_finder/ui/main_window.py" line="350"/>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="351"/>
        <source>Results: centres found</source>
        <translation>Résultats : centres trouvés</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="352"/>
        <source>Map of the centres found (the results table lists the same centres)</source>
        <translation>Carte des centres trouvés (le tableau des résultats liste les mêmes centres)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="353"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="354"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="355"/>
        <source>S&amp;ettings</source>
        <translation>P&amp;aramètres</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="356"/>
        <source>Practice &amp;location…</source>
        <translation>&amp;Lieu du cabinet…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="357"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="358"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="359"/>
        <source>About the &amp;data…</source>
        <translation>À propos des &amp;données…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="360"/>
        <source>&amp;About Centre Finder…</source>
        <translation>À &amp;propos de Centre Finder…</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="425"/>
        <source>{count} centre(s)</source>
        <translation>{count} centre(s)</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="431"/>
        <source>location: {place}</source>
        <translation>lieu : {place}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="435"/>
        <source>Unknown location “{place}”: type a postal code or a town (e.g. 62400, Béthune, Saint-Denis 93). Distances are not computed.</source>
        <translation>Lieu inconnu « {place} » : saisissez un code postal ou une commune (ex. : 62400, Béthune, Saint-Denis 93). Les distances ne sont pas calculées.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="525"/>
        <location filename="../../centre_finder/ui/main_window.py" line="534"/>
        <source>Practice location</source>
        <translation>Lieu du cabinet</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="526"/>
        <source>Postal code or town of your practice (used as the default location):</source>
        <translation>Code postal ou commune de votre cabinet (utilisé comme lieu par défaut) :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="535"/>
        <source>Unknown location “{place}”.</source>
        <translation>Lieu inconnu « {place} ».</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="544"/>
        <source>Referral sheets arrive in the next version.</source>
        <translation>Les fiches d&apos;adressage arrivent dans la prochaine version.</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="550"/>
        <source>Data version: {version}</source>
        <translation>Version des données : {version}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="551"/>
        <source>Built on: {date}</source>
        <translation>Construite le : {date}</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="552"/>
        <source>{n} centres, {d} diseases, {s} synonyms, {p} PNDS, {t} trials</source>
        <translation>{n} centres, {d} maladies, {s} synonymes, {p} PNDS, {t} essais</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="556"/>
        <source>Coverage of the published networks:</source>
        <translation>Couverture des réseaux publiés :</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="557"/>
        <source>FAI²R reference-centre sites: {n} of 19</source>
        <translation>Sites de centres de référence FAI²R : {n} sur 19</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="559"/>
        <source>FAI²R competence centres: {n} of 67</source>
        <translation>Centres de compétence FAI²R : {n} sur 67</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="560"/>
        <source>CRI-IMIDIATE centres: {n} of 54</source>
        <translation>Centres CRI-IMIDIATE : {n} sur 54</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="562"/>
        <source>Sources: public pages cited for every row (see each centre&apos;s provenance). Map © OpenStreetMap contributors (ODbL); communes © INSEE, La Poste, IGN (Licence Ouverte).</source>
        <translation>Sources : pages publiques citées pour chaque ligne (voir la provenance de chaque centre). Carte © les contributeurs d&apos;OpenStreetMap (ODbL) ; communes © INSEE, La Poste, IGN (Licence Ouverte).</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="565"/>
        <source>About the data</source>
        <translation>À propos des données</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="568"/>
        <source>About Centre Finder</source>
        <translation>À propos de Centre Finder</translation>
    </message>
    <message>
        <location filename="../../centre_finder/ui/main_window.py" line="569"/>
        <source>Centre Finder {version}
Finds the French expert centre for a rare autoimmune or autoinflammatory disease. Works offline.</source>
        <translation>Centre Finder {version}
Trouve le centre expert français pour une maladie auto-immune ou auto-inflammatoire rare. Fonctionne hors ligne.</translation>
    </message>
</context>
</TS>
