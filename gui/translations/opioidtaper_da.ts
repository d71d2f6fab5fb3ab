<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
<context>
    <name>FindingText</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Unknown product &quot;%1&quot;.</source>
        <translation>Ukendt præparat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Times a day must be a whole number.</source>
        <translation>Gange pr. døgn skal være et helt tal.</translation>
    </message>
    <message>
        <source>A patch is worn continuously; use a line per patch.</source>
        <translation>Et plaster bæres hele tiden; brug en linje pr. plaster.</translation>
    </message>
    <message>
        <source>A PRN line has a maximum a day instead of fixed times.</source>
        <translation>En PN-linje har et maksimum pr. døgn i stedet for faste tider.</translation>
    </message>
    <message>
        <source>A patch is worn continuously; it has no times of day.</source>
        <translation>Et plaster bæres hele tiden; det har ingen tidspunkter.</translation>
    </message>
    <message>
        <source>A PRN line has no fixed times of day.</source>
        <translation>En PN-linje har ingen faste tidspunkter.</translation>
    </message>
    <message>
        <source>A patch cannot be taken as needed.</source>
        <translation>Et plaster kan ikke tages efter behov.</translation>
    </message>
    <message>
        <source>Only PRN lines have a maximum and a use a day.</source>
        <translation>Kun PN-linjer har et maksimum og et forbrug pr. døgn.</translation>
    </message>
    <message>
        <source>Administrations a day must be a number.</source>
        <translation>Doser pr. døgn skal være et tal.</translation>
    </message>
    <message>
        <source>Write the date as %1 or YYYY-MM-DD.</source>
        <translation>Skriv datoen som %1 eller ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Denne kolonne kan ikke redigeres.</translation>
    </message>
    <message>
        <source>Write the amount in %1 or as a number of units, e.g. &quot;2 tabl.&quot;.</source>
        <translation>Skriv mængden i %1 eller som et antal enheder, fx &quot;2 tabl.&quot;.</translation>
    </message>
    <message>
        <source>Write the amount in %1.</source>
        <translation>Skriv mængden i %1.</translation>
    </message>
    <message>
        <source>%1 at a time is %2 %3 of %4.</source>
        <translation>%1 ad gangen er %2 %3 af %4.</translation>
    </message>
    <message>
        <source>Is the dose right?</source>
        <translation>Er dosis rigtig?</translation>
    </message>
</context>
<context>
    <name>LineText</name>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>mcg</source>
        <translation>mikrog</translation>
    </message>
    <message>
        <source>mcg/h</source>
        <translation>mikrog/t</translation>
    </message>
    <message>
        <source>mg/day</source>
        <translation>mg/døgn</translation>
    </message>
    <message>
        <source>mcg/day</source>
        <translation>mikrog/døgn</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>peroral</translation>
    </message>
    <message>
        <source>transdermal</source>
        <translation>depotplaster</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>sublingual</translation>
    </message>
    <message>
        <source>buccal</source>
        <translation>buccal</translation>
    </message>
    <message>
        <source>nasal</source>
        <translation>nasal</translation>
    </message>
    <message>
        <source>rectal</source>
        <translation>rektal</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>subkutan</translation>
    </message>
    <message>
        <source>intravenous</source>
        <translation>intravenøs</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>intramuskulær</translation>
    </message>
    <message>
        <source>extended-release</source>
        <translation>depot</translation>
    </message>
    <message>
        <source>immediate-release</source>
        <translation>korttidsvirkende</translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation>
            <numerusform>%n plaster</numerusform>
            <numerusform>%n plastre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation>%1/døgn</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>omregnes ikke</translation>
    </message>
    <message>
        <source>%1 mg MEQ</source>
        <translation>%1 mg MEQ</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (co-medication)</source>
        <translation>%1 (samtidig medicin)</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (afregistreret)</translation>
    </message>
    <message>
        <source> (permit only)</source>
        <translation> (kun med udleveringstilladelse)</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 worn at a time</source>
        <translation>%1: %2 ad gangen</translation>
    </message>
    <message>
        <source>%1: %2 as needed, at most %3 times a day</source>
        <translation>%1: %2 efter behov, højst %3 gange i døgnet</translation>
    </message>
    <message>
        <source>%1: %2, %3 times a day</source>
        <translation>%1: %2, %3 gange i døgnet</translation>
    </message>
    <message>
        <source>Proportional (% of the current dose)</source>
        <translation>Proportionel (% af aktuel dosis)</translation>
    </message>
    <message>
        <source>Linear (% of the starting dose)</source>
        <translation>Lineær (% af startdosis)</translation>
    </message>
    <message>
        <source>Custom percentages</source>
        <translation>Egne procentsatser</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Aften</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>(packs: %1; %n left over)</source>
        <translation>
            <numerusform>(pakninger: %1; %n til overs)</numerusform>
            <numerusform>(pakninger: %1; %n til overs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductCatalog</name>
    <message>
        <source>%1 (co-medication)</source>
        <translation>%1 (samtidig medicin)</translation>
    </message>
    <message>
        <source>%1 (co-medication: %2)</source>
        <translation>%1 (samtidig medicin: %2)</translation>
    </message>
</context>
<context>
    <name>taper::gui::AddLineCommand</name>
    <message>
        <source>Add line</source>
        <translation>Tilføj linje</translation>
    </message>
</context>
<context>
    <name>taper::gui::AddLineDialog</name>
    <message>
        <source>Add line</source>
        <translation>Tilføj linje</translation>
    </message>
    <message>
        <source>Search the formulary</source>
        <translation>Søg i lægemiddellisten</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Fundne præparater</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Brand, substance or ATC code, e.g. conta, oxycodon, N02AA05, diazepam</source>
        <translation>Præparat, stof eller ATC-kode, fx conta, oxycodon, N02AA05, diazepam</translation>
    </message>
    <message>
        <source>Co-medication by ATC code %1</source>
        <translation>Samtidig medicin med ATC-kode %1</translation>
    </message>
</context>
<context>
    <name>taper::gui::ChangeAsOfCommand</name>
    <message>
        <source>Change evaluation date</source>
        <translation>Skift opgørelsesdato</translation>
    </message>
</context>
<context>
    <name>taper::gui::ChangeLabelCommand</name>
    <message>
        <source>Change patient label</source>
        <translation>Ændr patientens navn</translation>
    </message>
</context>
<context>
    <name>taper::gui::ChangeProfileCommand</name>
    <message>
        <source>Change profile to %1</source>
        <translation>Skift profil til %1</translation>
    </message>
</context>
<context>
    <name>taper::gui::CompareDialog</name>
    <message>
        <source>Compare conversion profiles</source>
        <translation>Sammenlign omregningsprofiler</translation>
    </message>
    <message>
        <source>MEQ per line and in total under each profile, with the low–high spread of the published factor ranges (PRN at the maximum). Hover a cell for the arithmetic and the source.</source>
        <translation>MEQ pr. linje og i alt under hver profil, med spændet fra de publicerede faktorintervaller (PN ved maksimum). Hold musen over en celle for udregning og kilde.</translation>
    </message>
    <message>
        <source>MEQ under each profile</source>
        <translation>MEQ under hver profil</translation>
    </message>
</context>
<context>
    <name>taper::gui::CompareModel</name>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>omregnes ikke</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>ufuldstændig</translation>
    </message>
    <message>
        <source>Excluded by the profile: %1
%2</source>
        <translation>Udeladt af profilen: %1
%2</translation>
    </message>
    <message>
        <source>The profile has no factor for this line.</source>
        <translation>Profilen har ingen faktor for denne linje.</translation>
    </message>
    <message>
        <source>%1
Factor %2 (published range %3–%4)
%5</source>
        <translation>%1
Faktor %2 (publiceret interval %3–%4)
%5</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>%1 mg MEQ/day</source>
        <translation>%1 mg MEQ/døgn</translation>
    </message>
</context>
<context>
    <name>taper::gui::EditLineCommand</name>
    <message>
        <source>Edit line %1</source>
        <translation>Ret linje %1</translation>
    </message>
</context>
<context>
    <name>taper::gui::FindingsBanner</name>
    <message>
        <source>Critical findings</source>
        <translation>Kritiske fund</translation>
    </message>
    <message>
        <source>&lt;b&gt;Critical:&lt;/b&gt; %1 &lt;a href=&quot;findings&quot;&gt;See the findings&lt;/a&gt;</source>
        <translation>&lt;b&gt;Kritisk:&lt;/b&gt; %1 &lt;a href=&quot;findings&quot;&gt;Se fundene&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>taper::gui::FindingsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
</context>
<context>
    <name>taper::gui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
</context>
<context>
    <name>taper::gui::GroupModel</name>
    <message>
        <source>%1 (%2 mg MEQ/day)</source>
        <translation>%1 (%2 mg MEQ/døgn)</translation>
    </message>
    <message>
        <source>(maintenance)</source>
        <translation>(vedligeholdelse)</translation>
    </message>
    <message>
        <source>%1 → %2 mg MEQ/day</source>
        <translation>%1 → %2 mg MEQ/døgn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Kan ikke læses: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (fil %2)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktuelt trin</translation>
    </message>
    <message>
        <source>Next reduction</source>
        <translation>Næste nedsættelse</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Sidste konsultation</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
</context>
<context>
    <name>taper::gui::GroupWindow</name>
    <message>
        <source>Choose the group&apos;s folder</source>
        <translation>Vælg holdets mappe</translation>
    </message>
    <message>
        <source>Tapering group</source>
        <translation>Nedtrapningshold</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Ingen mappe valgt</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Vælg &amp;mappe…</translation>
    </message>
    <message>
        <source>Choose the folder that holds the group&apos;s plan files</source>
        <translation>Vælg mappen med holdets planfiler</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>Read the plan files again (F5)</source>
        <translation>Læs planfilerne igen (F5)</translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation>Møde&amp;dato:</translation>
    </message>
    <message>
        <source>Current step, next reduction and attention flags are shown as of this date</source>
        <translation>Aktuelt trin, næste nedsættelse og opmærksomhedspunkter vises, som de er på denne dato</translation>
    </message>
    <message>
        <source>Plans of the group</source>
        <translation>Holdets planer</translation>
    </message>
    <message>
        <source>Note: a tapering group has at most %1 patients; this folder holds %2 plans.</source>
        <translation>Bemærk: et nedtrapningshold har højst %1 patienter; denne mappe indeholder %2 planer.</translation>
    </message>
    <message>
        <source>Choose the folder that holds the group&apos;s plan files.</source>
        <translation>Vælg mappen med holdets planfiler.</translation>
    </message>
    <message>
        <source>The folder cannot be read: %1</source>
        <translation>Mappen kan ikke læses: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (the reason is on the row)</source>
        <translation>
            <numerusform>%n fil kunne ikke læses (årsagen står på rækken)</numerusform>
            <numerusform>%n filer kunne ikke læses (årsagen står på rækken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: not a plan</source>
        <translation>
            <numerusform>%n fil sprunget over: ikke en plan</numerusform>
            <numerusform>%n filer sprunget over: ikke en plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a plan or press Enter to open it.</source>
        <translation>Dobbeltklik på en plan, eller tryk Enter for at åbne den.</translation>
    </message>
</context>
<context>
    <name>taper::gui::HelpWindow</name>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Word to find</source>
        <translation>Ord, du vil søge efter</translation>
    </message>
    <message>
        <source>Enter or F3: next match. Shift+F3: previous match.</source>
        <translation>Enter eller F3: næste forekomst. Skift+F3: forrige forekomst.</translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation>Søg i brugervejledningen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>This document is missing from this build.</source>
        <translation>Dokumentet mangler i denne udgave af programmet.</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Tilsigtet anvendelse</translation>
    </message>
    <message>
        <source>Search the intended use</source>
        <translation>Søg i tilsigtet anvendelse</translation>
    </message>
</context>
<context>
    <name>taper::gui::MainWindow</name>
    <message>
        <source>Evaluation date not changed: %1</source>
        <translation>Opgørelsesdatoen er ikke ændret: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Conversion &amp;profile</source>
        <translation>Omregnings&amp;profil</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>&amp;Tilføj linje…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>F&amp;jern linje</translation>
    </message>
    <message>
        <source>&amp;Compare profiles…</source>
        <translation>Sa&amp;mmenlign profiler…</translation>
    </message>
    <message>
        <source>&amp;Morphine equivalents</source>
        <translation>&amp;Morfinækvivalenter</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Fund</translation>
    </message>
    <message>
        <source>&amp;About OpioidTaper</source>
        <translation>&amp;Om OpioidTaper</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Opgjort pr.:</translation>
    </message>
    <message>
        <source>The date findings are evaluated at (written to the file when changed)</source>
        <translation>Datoen fundene vurderes pr. (skrives i filen, når den ændres)</translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation>Opgørelsesdato</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>Conversion profile</source>
        <translation>Omregningsprofil</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Åbnede %1</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Filen kan ikke åbnes</translation>
    </message>
    <message>
        <source>%1 could not be read:

%2</source>
        <translation>%1 kunne ikke læses:

%2</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Kan ikke gemme</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemte %1</translation>
    </message>
    <message>
        <source>Save regimen</source>
        <translation>Gem regime</translation>
    </message>
    <message>
        <source>Regimen files (*.json)</source>
        <translation>Regimefiler (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>About OpioidTaper</source>
        <translation>Om OpioidTaper</translation>
    </message>
    <message>
        <source>&lt;b&gt;OpioidTaper %1&lt;/b&gt;&lt;p&gt;Decision support for tapering long-term opioid treatment: daily morphine equivalents with the arithmetic and source of every factor, and findings from Danish guidance.&lt;/p&gt;&lt;p&gt;Decision support, not a prescription: every number must be checked by the prescriber.&lt;/p&gt;</source>
        <translation>&lt;b&gt;OpioidTaper %1&lt;/b&gt;&lt;p&gt;Beslutningsstøtte til nedtrapning af langvarig opioidbehandling: morfinækvivalenter pr. døgn med udregning og kilde for hver faktor, og fund fra danske anbefalinger.&lt;/p&gt;&lt;p&gt;Beslutningsstøtte, ikke en ordination: alle tal skal kontrolleres af den ordinerende læge.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MEQ per line and in total under each conversion profile, with published ranges (Ctrl+K)</source>
        <translation>MEQ pr. linje og i alt under hver omregningsprofil, med publicerede intervaller (Ctrl+K)</translation>
    </message>
    <message>
        <source>Make &amp;taper plan…</source>
        <translation>Lav &amp;nedtrapningsplan…</translation>
    </message>
    <message>
        <source>Remo&amp;ve taper plan</source>
        <translation>&amp;Fjern nedtrapningsplan</translation>
    </message>
    <message>
        <source>Taper plan</source>
        <translation>Nedtrapning</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Gem plan</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Planfiler (*.json)</translation>
    </message>
    <message>
        <source>Open plan or regimen</source>
        <translation>Åbn plan eller regime</translation>
    </message>
    <message>
        <source>Plan and regimen files (*.json);;All files (*)</source>
        <translation>Plan- og regimefiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation>&amp;Registrér konsultation…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Konsultationer</translation>
    </message>
    <message>
        <source>Steps unchanged</source>
        <translation>Trinene er uændrede</translation>
    </message>
    <message>
        <source>%1 could not be saved in %2:

%3

Your changes are still open and unsaved. Choose File → Save as… to save them in a folder you can write to.</source>
        <translation>%1 kunne ikke gemmes i %2:

%3

Dine ændringer er stadig åbne og ikke gemt. Vælg Fil → Gem som… for at gemme dem i en mappe, du kan skrive i.</translation>
    </message>
    <message>
        <source>&amp;Print patient handout…</source>
        <translation>&amp;Udskriv patientvejledning…</translation>
    </message>
    <message>
        <source>Print re&amp;view report…</source>
        <translation>Udskriv &amp;gennemgang…</translation>
    </message>
    <message>
        <source>&amp;Export as PDF</source>
        <translation>&amp;Eksportér som PDF</translation>
    </message>
    <message>
        <source>Patient &amp;handout…</source>
        <translation>&amp;Patientvejledning…</translation>
    </message>
    <message>
        <source>&amp;Review report…</source>
        <translation>&amp;Gennemgang…</translation>
    </message>
    <message>
        <source>&amp;Details on printed documents…</source>
        <translation>&amp;Oplysninger på udskrifter…</translation>
    </message>
    <message>
        <source>The patient&apos;s taper plan in plain Danish (needs a taper plan)</source>
        <translation>Patientens nedtrapningsplan i letforståeligt dansk (kræver en nedtrapningsplan)</translation>
    </message>
    <message>
        <source>Regimen, MEQ with the arithmetic, findings with sources, the taper and the sessions</source>
        <translation>Regime, MEQ med udregning, fund med kilder, nedtrapningen og konsultationerne</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Kan ikke udskrive</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>patientvejledning</translation>
    </message>
    <message>
        <source>review</source>
        <translation>gennemgang</translation>
    </message>
    <message>
        <source>Export patient handout</source>
        <translation>Eksportér patientvejledning</translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation>Eksportér gennemgang</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan ikke eksportere</translation>
    </message>
    <message>
        <source>%1 was not written:

%2</source>
        <translation>%1 blev ikke skrevet:

%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Eksporterede %1 (%n side)</numerusform>
            <numerusform>Eksporterede %1 (%n sider)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists and may be a damaged plan: it cannot be read as one.

Replace it?</source>
        <translation>%1 findes allerede og kan være en beskadiget plan: den kan ikke læses som en plan.

Erstat den?</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a plan at revision %2 with %n recorded session(s). Saving here replaces it, and its sessions and earlier versions are lost.

Replace it?</source>
        <translation>
            <numerusform>%1 indeholder en plan i revision %2 med %n registreret konsultation. Hvis du gemmer her, erstattes den, og dens konsultationer og tidligere versioner går tabt.

Erstat den?</numerusform>
            <numerusform>%1 indeholder en plan i revision %2 med %n registrerede konsultationer. Hvis du gemmer her, erstattes den, og dens konsultationer og tidligere versioner går tabt.

Erstat den?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a plan?</source>
        <translation>Erstat en plan?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Erstat</translation>
    </message>
    <message>
        <source>Copy journal note</source>
        <translation>Kopiér journalnotat</translation>
    </message>
    <message>
        <source>A few lines for the patient record: regimen, MEQ, main findings, the plan and the latest decision</source>
        <translation>Et kort notat til patientjournalen: ordination, MEQ, de vigtigste fund, planen og den seneste beslutning</translation>
    </message>
    <message>
        <source>Cannot copy the journal note</source>
        <translation>Journalnotatet kan ikke kopieres</translation>
    </message>
    <message>
        <source>The journal note is on the clipboard</source>
        <translation>Journalnotatet er kopieret til udklipsholderen</translation>
    </message>
    <message>
        <source>Patient not changed: %1</source>
        <translation>Patient ikke ændret: %1</translation>
    </message>
    <message>
        <source>Tapering &amp;group…</source>
        <translation>Nedtrapnings&amp;hold…</translation>
    </message>
    <message>
        <source>Every plan of the tapering group in a folder: step, next change, last session, attention (Ctrl+G)</source>
        <translation>Alle planer for nedtrapningsholdet i en mappe: trin, næste ændring, sidste konsultation, opmærksomhed (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>The user guide (F1)</source>
        <translation>Brugervejledningen (F1)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>Pa&amp;tient:</source>
        <translation>Pa&amp;tient:</translation>
    </message>
    <message>
        <source>Name or pseudonym</source>
        <translation>Navn eller pseudonym</translation>
    </message>
    <message>
        <source>Shown in the title bar and printed on the handout; saved in the plan file. Never a CPR number.</source>
        <translation>Vises i titellinjen og udskrives på patientvejledningen; gemmes i planfilen. Aldrig et CPR-nummer.</translation>
    </message>
    <message>
        <source>Patient name or pseudonym</source>
        <translation>Patientens navn eller pseudonym</translation>
    </message>
    <message>
        <source>The conversion table the morphine equivalents are computed with; kept in the plan file</source>
        <translation>Omregningstabellen, morfinækvivalenterne beregnes med; gemmes i planfilen</translation>
    </message>
    <message>
        <source>%1 — %2[*] — OpioidTaper</source>
        <translation>%1 — %2[*] — OpioidTaper</translation>
    </message>
    <message>
        <source>%1[*] — OpioidTaper</source>
        <translation>%1[*] — OpioidTaper</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Fund (%1)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Erstat filen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>The new document</source>
        <translation>Det nye dokument</translation>
    </message>
    <message>
        <source>%1 has unsaved changes to the regimen or taper plan:</source>
        <translation>%1 har ikke-gemte ændringer i ordinationen eller nedtrapningsplanen:</translation>
    </message>
    <message>
        <source>%1 has unsaved changes to the regimen:</source>
        <translation>%1 har ikke-gemte ændringer i ordinationen:</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Vil du gemme dem først?</translation>
    </message>
    <message>
        <source>Patient, date and profile</source>
        <translation>Patient, dato og profil</translation>
    </message>
    <message>
        <source>&amp;Import medication list (FHIR)…</source>
        <translation>&amp;Importér medicinliste (FHIR)…</translation>
    </message>
    <message>
        <source>Read a FHIR R4 medication list (MedicationStatement/MedicationRequest) as a new regimen</source>
        <translation>Læs en medicinliste i FHIR R4 (MedicationStatement/MedicationRequest) som en ny ordination</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n line(s) from %1 as of %2; save the regimen to keep it.</source>
        <translation>
            <numerusform>Importerede %n linje fra %1 pr. %2; gem ordinationen for at beholde den.</numerusform>
            <numerusform>Importerede %n linjer fra %1 pr. %2; gem ordinationen for at beholde den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s) left out: stopped or not in effect that day.</source>
        <translation>
            <numerusform>%n præparat udeladt: seponeret eller ikke gældende den dag.</numerusform>
            <numerusform>%n præparater udeladt: seponeret eller ikke gældende den dag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import medication list (FHIR R4)</source>
        <translation>Importér medicinliste (FHIR R4)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json);;All files (*)</source>
        <translation>FHIR JSON (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikke importere</translation>
    </message>
    <message>
        <source>%1 could not be imported:

%2</source>
        <translation>%1 kunne ikke importeres:

%2</translation>
    </message>
    <message>
        <source>&amp;Intended use</source>
        <translation>&amp;Tilsigtet anvendelse</translation>
    </message>
    <message>
        <source>Whom OpioidTaper is for, what it must not be used for, and its known limits</source>
        <translation>Hvem OpioidTaper er beregnet til, hvad programmet ikke må bruges til, og dets kendte begrænsninger</translation>
    </message>
    <message>
        <source>&lt;p&gt;Build %1; formulary data %2.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bygget fra kildekodeversion %1. Lægemiddeldata fra %2.&lt;/p&gt;&lt;p&gt;Fri software under GNU General Public License, version 3 eller senere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(not dated)</source>
        <translation>(ikke dateret)</translation>
    </message>
</context>
<context>
    <name>taper::gui::MeqModel</name>
    <message>
        <source> (PRN)</source>
        <translation> (PN)</translation>
    </message>
    <message>
        <source> (tiered)</source>
        <translation> (trinvis)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>not converted</source>
        <translation>omregnes ikke</translation>
    </message>
    <message>
        <source>Excluded by this profile: %1 — %2</source>
        <translation>Udeladt af denne profil: %1 — %2</translation>
    </message>
    <message>
        <source>This profile has no factor for this substance and route; the total is partial.</source>
        <translation>Profilen har ingen faktor for dette stof og denne administrationsvej; totalen er ufuldstændig.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
    <message>
        <source>The published low–high range of the factor</source>
        <translation>Faktorens publicerede interval (lav–høj)</translation>
    </message>
    <message>
        <source>PRN lines at the administrations actually used a day</source>
        <translation>PN-linjer ved det faktiske forbrug pr. døgn</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>Udregning</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>mg MEQ/day</source>
        <translation>mg MEQ/døgn</translation>
    </message>
    <message>
        <source>As used</source>
        <translation>Som brugt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
</context>
<context>
    <name>taper::gui::MeqPanel</name>
    <message>
        <source>Morphine equivalents (profile %1)</source>
        <translation>Morfinækvivalenter (profil %1)</translation>
    </message>
    <message>
        <source>MEQ per line</source>
        <translation>MEQ pr. linje</translation>
    </message>
    <message>
        <source>mg MEQ/day</source>
        <translation>mg MEQ/døgn</translation>
    </message>
    <message>
        <source>Scheduled: %1 %2</source>
        <translation>Faste doser: %1 %2</translation>
    </message>
    <message>
        <source>PRN at maximum: %1 %2</source>
        <translation>PN ved maksimum: %1 %2</translation>
    </message>
    <message>
        <source>PRN as used: %1 %2</source>
        <translation>PN som brugt: %1 %2</translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation>I alt %1 %2</translation>
    </message>
    <message>
        <source>(partial: some lines are not converted)</source>
        <translation>(ufuldstændig: nogle linjer kan ikke omregnes)</translation>
    </message>
    <message>
        <source>Morphine equivalents of the step in effect (profile %1)</source>
        <translation>Morfinækvivalenter for trinnet i dag (profil %1)</translation>
    </message>
    <message>
        <source>Above %1 mg MEQ/day: see the findings</source>
        <translation>Over %1 mg MEQ/døgn: se fundene</translation>
    </message>
    <message>
        <source>Below %1 mg MEQ/day</source>
        <translation>Under %1 mg MEQ/døgn</translation>
    </message>
</context>
<context>
    <name>taper::gui::PlanChart</name>
    <message>
        <source>MEQ over time</source>
        <translation>MEQ over tid</translation>
    </message>
    <message>
        <source>mg MEQ/day</source>
        <translation>mg MEQ/døgn</translation>
    </message>
    <message>
        <source>dd.MM.yy</source>
        <translation>dd.MM.yy</translation>
    </message>
    <message>
        <source>Chart of MEQ over time</source>
        <translation>Graf over MEQ over tid</translation>
    </message>
    <message>
        <source>MEQ over time: no taper plan yet</source>
        <translation>MEQ over tid: ingen nedtrapningsplan endnu</translation>
    </message>
    <message>
        <source>Step %1 from %2: %3 mg MEQ/day</source>
        <translation>Trin %1 fra %2: %3 mg MEQ/døgn</translation>
    </message>
    <message>
        <source>Session %1: %2; took %3 mg MEQ/day</source>
        <translation>Konsultation %1: %2; indtog %3 mg MEQ/døgn</translation>
    </message>
</context>
<context>
    <name>taper::gui::PlanDocument</name>
    <message>
        <source>The regimen has no lines; add at least one line before saving.</source>
        <translation>Regimet har ingen linjer; tilføj mindst én linje, før du gemmer.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>The plan has recorded sessions: its regimen and options change only through a session.</source>
        <translation>Planen har registrerede konsultationer: regime og indstillinger ændres kun gennem en konsultation.</translation>
    </message>
    <message>
        <source>Change taper plan</source>
        <translation>Ændr nedtrapningsplan</translation>
    </message>
    <message>
        <source>Make taper plan</source>
        <translation>Lav nedtrapningsplan</translation>
    </message>
    <message>
        <source>Remove taper plan</source>
        <translation>Fjern nedtrapningsplan</translation>
    </message>
    <message>
        <source>There is no taper plan to save.</source>
        <translation>Der er ingen nedtrapningsplan at gemme.</translation>
    </message>
    <message>
        <source>Make a taper plan before recording a session.</source>
        <translation>Lav en nedtrapningsplan, før en konsultation registreres.</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Registrér konsultation</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Fortrudt: %1</translation>
    </message>
    <message>
        <source>Changes that cannot be listed</source>
        <translation>Ændringer, der ikke kan vises enkeltvis</translation>
    </message>
    <message>
        <source>The label is longer than %1 characters.</source>
        <translation>Navnet er længere end %1 tegn.</translation>
    </message>
    <message>
        <source>This looks like a CPR number: use the patient&apos;s name or a pseudonym.</source>
        <translation>Det ligner et CPR-nummer: brug patientens navn eller et pseudonym.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importeret fra %1</translation>
    </message>
</context>
<context>
    <name>taper::gui::PlanOptionsDialog</name>
    <message>
        <source>Make taper plan</source>
        <translation>Lav nedtrapningsplan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> mg MEQ/day</source>
        <translation> mg MEQ/døgn</translation>
    </message>
    <message>
        <source>Move short-acting use into the depot product at step 0</source>
        <translation>Saml korttidsvirkende forbrug i depotpræparatet ved trin 0</translation>
    </message>
    <message>
        <source>Below the smallest depot dose, continue with immediate release</source>
        <translation>Under den mindste depotdosis: fortsæt med hurtigtvirkende</translation>
    </message>
    <message>
        <source>Reduce every line at each step</source>
        <translation>Reducér alle linjer ved hvert trin</translation>
    </message>
    <message>
        <source>Switch substance to:</source>
        <translation>Skift stof til:</translation>
    </message>
    <message>
        <source>Rotation is never automatic; the dose is cut for incomplete cross-tolerance.</source>
        <translation>Opioidskift sker aldrig automatisk; dosis reduceres for ufuldstændig krydstolerance.</translation>
    </message>
    <message>
        <source>Cross-tolerance reduction on rotation: 25 % as advised, up to 50 %.</source>
        <translation>Reduktion for krydstolerance ved skift: 25 % som anbefalet, op til 50 %.</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Largest &amp;cut per step:</source>
        <translation>Største &amp;reduktion pr. trin:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Larger dose:</source>
        <translation>Største &amp;dosis:</translation>
    </message>
    <message>
        <source>Cross-tolerance &amp;reduction:</source>
        <translation>&amp;Krydstolerancereduktion:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Interval between steps</source>
        <translation>Interval mellem trin</translation>
    </message>
    <message>
        <source>Largest cut per step in percent</source>
        <translation>Største reduktion pr. trin i procent</translation>
    </message>
    <message>
        <source>Target MEQ</source>
        <translation>Mål-MEQ</translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation>Lav plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>No plan made: %1</source>
        <translation>Ingen plan lavet: %1</translation>
    </message>
    <message>
        <source>Linear cuts are a share of the starting dose; below this share of the start the plan continues with cuts of the current dose.</source>
        <translation>Lineære reduktioner er en andel af startdosis; under denne andel af start fortsætter planen med reduktioner af den aktuelle dosis.</translation>
    </message>
    <message>
        <source>e.g. 75; 50; 30; 15; 0</source>
        <translation>fx 75; 50; 30; 15; 0</translation>
    </message>
    <message>
        <source>The dose of each step in % of the starting dose, from below 100 down to the target, each lower than the one before, separated by semicolons</source>
        <translation>Hvert trins dosis i % af startdosis, fra under 100 ned til målet, hver lavere end den forrige, adskilt af semikolon</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Each step cuts at least this much where a dispensable dose allows it</source>
        <translation>Hvert trin reducerer mindst så meget, hvor en dosis, der kan udleveres, tillader det</translation>
    </message>
    <message>
        <source>Linear until &amp;below:</source>
        <translation>Lineær indtil &amp;under:</translation>
    </message>
    <message>
        <source>Custom &amp;percentages:</source>
        <translation>Egne &amp;procenter:</translation>
    </message>
    <message>
        <source>Smallest c&amp;ut per step:</source>
        <translation>&amp;Mindste reduktion pr. trin:</translation>
    </message>
    <message>
        <source>Taper method</source>
        <translation>Nedtrapningsmetode</translation>
    </message>
    <message>
        <source>Linear until below this percent of the start</source>
        <translation>Lineær indtil under denne procent af start</translation>
    </message>
    <message>
        <source>Custom percentages of the starting dose</source>
        <translation>Egne procenter af startdosis</translation>
    </message>
    <message>
        <source>Smallest cut per step in mg MEQ per day</source>
        <translation>Mindste reduktion pr. trin i mg MEQ pr. døgn</translation>
    </message>
    <message>
        <source>Larger dose</source>
        <translation>Største dosis</translation>
    </message>
    <message>
        <source>Substance to switch to</source>
        <translation>Stof der skiftes til</translation>
    </message>
    <message>
        <source>Cross-tolerance reduction in percent</source>
        <translation>Reduktion for krydstolerance i procent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>»%1« er ikke et tal</translation>
    </message>
    <message>
        <source>Enter the steps in % of the starting dose, from below 100 down to 0, each lower than the one before.</source>
        <translation>Angiv trinene i % af startdosis, fra under 100 ned til 0, hver lavere end den forrige.</translation>
    </message>
    <message>
        <source> intervals</source>
        <translation> intervaller</translation>
    </message>
    <message>
        <source>A step after a larger cut than requested lasts up to this many intervals (1: never longer)</source>
        <translation>Et trin efter en større reduktion end ønsket varer op til så mange intervaller (1: aldrig længere)</translation>
    </message>
    <message>
        <source>Change doses only on session days (start + whole intervals)</source>
        <translation>Skift kun dosis på konsultationsdage (start + hele intervaller)</translation>
    </message>
    <message>
        <source>Also use strengths not confirmed on the Danish market</source>
        <translation>Brug også styrker, som ikke er bekræftet på det danske marked</translation>
    </message>
    <message>
        <source>Longest &amp;hold:</source>
        <translation>Længste &amp;ophold på et trin:</translation>
    </message>
    <message>
        <source>Longest hold in intervals</source>
        <translation>Længste ophold på et trin i intervaller</translation>
    </message>
    <message>
        <source>Finish with oral solution where there is one (finer, longer end)</source>
        <translation>Afslut med oral opløsning, hvor den findes (finere trin, længere afslutning)</translation>
    </message>
</context>
<context>
    <name>taper::gui::PlanPanel</name>
    <message>
        <source>Change taper plan…</source>
        <translation>Ændr nedtrapningsplan…</translation>
    </message>
    <message>
        <source>Make taper plan…</source>
        <translation>Lav nedtrapningsplan…</translation>
    </message>
    <message>
        <source>No taper plan yet. Make one from the regimen with the button on the right (Ctrl+T).</source>
        <translation>Ingen nedtrapningsplan endnu. Lav en ud fra regimet med knappen til højre (Ctrl+T).</translation>
    </message>
    <message>
        <source>No schedule: %1</source>
        <translation>Ingen plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Start %1, every %2 days, %3, at most %4 % a step, target %5 mg MEQ/day; %n step(s)</source>
        <translation>
            <numerusform>Start %1, hver %2. dag, %3, højst %4 % pr. trin, mål %5 mg MEQ/døgn; %n trin</numerusform>
            <numerusform>Start %1, hver %2. dag, %3, højst %4 % pr. trin, mål %5 mg MEQ/døgn; %n trin</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation to %1 with %2 % cross-tolerance reduction.</source>
        <translation>Skift til %1 med %2 % reduktion for krydstolerance.</translation>
    </message>
    <message>
        <source>Taper schedule</source>
        <translation>Nedtrapningsplan</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Bemærkninger til planen</translation>
    </message>
    <message>
        <source>Options for the taper plan (Ctrl+T)</source>
        <translation>Indstillinger for nedtrapningsplanen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Schedule version</source>
        <translation>Version af planen</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, not in effect: replaced %2 (%3); %n step(s)</source>
        <translation>
            <numerusform>Version %1, ikke gældende: erstattet %2 (%3); %n trin</numerusform>
            <numerusform>Version %1, ikke gældende: erstattet %2 (%3); %n trin</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan in effect (version %1)</source>
        <translation>Gældende plan (version %1)</translation>
    </message>
    <message>
        <source>Version %1, replaced %2: %3</source>
        <translation>Version %1, erstattet %2: %3</translation>
    </message>
</context>
<context>
    <name>taper::gui::ProductDelegate</name>
    <message>
        <source>Product</source>
        <translation>Præparat</translation>
    </message>
</context>
<context>
    <name>taper::gui::RecentFilesMenu</name>
    <message>
        <source>Recent files</source>
        <translation>Seneste filer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Ryd listen</translation>
    </message>
</context>
<context>
    <name>taper::gui::RegimenModel</name>
    <message>
        <source>≤%1</source>
        <translation>≤%1</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Ikke godkendt: %1</translation>
    </message>
    <message>
        <source>Fixed administrations a day</source>
        <translation>Faste doser pr. døgn</translation>
    </message>
    <message>
        <source>As needed (PRN)</source>
        <translation>Efter behov (PN)</translation>
    </message>
    <message>
        <source>PRN: most administrations allowed a day</source>
        <translation>PN: højst antal doser pr. døgn</translation>
    </message>
    <message>
        <source>PRN: administrations actually used a day</source>
        <translation>PN: faktisk antal doser pr. døgn</translation>
    </message>
    <message>
        <source>Start of continuous use</source>
        <translation>Start på fast brug</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>×/day</source>
        <translation>×/døgn</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Middag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Aften</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nat</translation>
    </message>
    <message>
        <source>PRN</source>
        <translation>PN</translation>
    </message>
    <message>
        <source>Max/day</source>
        <translation>Maks/døgn</translation>
    </message>
    <message>
        <source>Used/day</source>
        <translation>Brugt/døgn</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Co-medication (%1): assessed by the rules, never counted in MEQ</source>
        <translation>Samtidig medicin (%1): vurderes af reglerne, tælles aldrig med i MEQ</translation>
    </message>
</context>
<context>
    <name>taper::gui::RegimenPanel</name>
    <message>
        <source>Line %1 not changed: %2</source>
        <translation>Linje %1 er ikke ændret: %2</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>+ Add…</source>
        <translation>+ Tilføj…</translation>
    </message>
    <message>
        <source>Add a line from the formulary (Ctrl+L)</source>
        <translation>Tilføj en linje fra lægemiddellisten (Ctrl+L)</translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation>− Fjern</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Fjern den valgte linje</translation>
    </message>
    <message>
        <source>Regimen lines</source>
        <translation>Regimets linjer</translation>
    </message>
    <message>
        <source>Unknown product &quot;%1&quot;.</source>
        <translation>Ukendt præparat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Line not added: %1</source>
        <translation>Linjen er ikke tilføjet: %1</translation>
    </message>
    <message>
        <source>Step %1 in effect today (from %2)</source>
        <translation>Trin %1 gælder i dag (fra %2)</translation>
    </message>
    <message>
        <source>Starting regimen (sessions recorded: not editable)</source>
        <translation>Startordination (konsultationer registreret: kan ikke ændres)</translation>
    </message>
    <message>
        <source>Show starting regimen</source>
        <translation>Vis startordination</translation>
    </message>
    <message>
        <source>Show step in effect</source>
        <translation>Vis trinnet i dag</translation>
    </message>
    <message>
        <source>The regimen the taper plan started from</source>
        <translation>Ordinationen, nedtrapningsplanen startede fra</translation>
    </message>
    <message>
        <source>The doses of the step the patient is on today</source>
        <translation>Doserne i det trin, patienten er på i dag</translation>
    </message>
    <message>
        <source>Regimen of the step in effect</source>
        <translation>Ordination for trinnet i dag</translation>
    </message>
    <message>
        <source>Check the dose</source>
        <translation>Kontrollér dosis</translation>
    </message>
    <message>
        <source>Line %1 not changed.</source>
        <translation>Linje %1 er ikke ændret.</translation>
    </message>
</context>
<context>
    <name>taper::gui::RemoveLineCommand</name>
    <message>
        <source>Remove line</source>
        <translation>Fjern linje</translation>
    </message>
</context>
<context>
    <name>taper::gui::ReportPrinter</name>
    <message>
        <source>The patient handout needs a taper plan.</source>
        <translation>Patientvejledningen kræver en nedtrapningsplan.</translation>
    </message>
    <message>
        <source>The regimen has no lines to review.</source>
        <translation>Regimet har ingen linjer at gennemgå.</translation>
    </message>
    <message>
        <source>Print patient handout</source>
        <translation>Udskriv patientvejledning</translation>
    </message>
    <message>
        <source>Print review report</source>
        <translation>Udskriv gennemgang</translation>
    </message>
    <message>
        <source>The regimen has no lines to write a note about.</source>
        <translation>Ordinationen har ingen linjer at skrive et notat om.</translation>
    </message>
</context>
<context>
    <name>taper::gui::ReportSettingsDialog</name>
    <message>
        <source>Details on printed documents</source>
        <translation>Oplysninger på udskrifter</translation>
    </message>
    <message>
        <source>Printed on the patient handout and the review report. Stored on this computer, not in the plan file.</source>
        <translation>Trykkes på patientvejledningen og gennemgangen. Gemmes på denne computer, ikke i planfilen.</translation>
    </message>
    <message>
        <source>e.g. Læge Hanne Holm</source>
        <translation>fx Læge Hanne Holm</translation>
    </message>
    <message>
        <source>e.g. Lægehuset Nørregade</source>
        <translation>fx Lægehuset Nørregade</translation>
    </message>
    <message>
        <source>e.g. 12 34 56 78</source>
        <translation>fx 12 34 56 78</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Udarbejdet af</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Klinikkens telefon</translation>
    </message>
    <message>
        <source>&amp;Made by:</source>
        <translation>&amp;Udarbejdet af:</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Klinik:</translation>
    </message>
    <message>
        <source>Clinic &amp;phone:</source>
        <translation>Klinikkens &amp;telefon:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>e.g. 1813 (Akuttelefonen); empty: the regional out-of-hours doctor</source>
        <translation>fx 1813 (Akuttelefonen); tomt: lægevagten i regionen</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Uden for åbningstid</translation>
    </message>
    <message>
        <source>&amp;Out of hours:</source>
        <translation>&amp;Uden for åbningstid:</translation>
    </message>
</context>
<context>
    <name>taper::gui::ScheduleModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Computed by the core with profile %1 (PRN at the maximum)</source>
        <translation>Beregnet med profilen %1 (PN ved maksimum)</translation>
    </message>
    <message>
        <source>Units to dispense for this step</source>
        <translation>Antal der skal udleveres til dette trin</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>Fra–til</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Middag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Aften</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nat</translation>
    </message>
    <message>
        <source>Patches and PRN</source>
        <translation>Plastre og PN</translation>
    </message>
    <message>
        <source>MEQ mg/day</source>
        <translation>MEQ mg/døgn</translation>
    </message>
    <message>
        <source>% of start</source>
        <translation>% af startdosis</translation>
    </message>
    <message>
        <source>Dispense</source>
        <translation>Udlevering</translation>
    </message>
    <message>
        <source>Passed: kept as it was by the session of %1</source>
        <translation>Passeret: fastholdt som det var ved konsultationen %1</translation>
    </message>
    <message>
        <source>The step in effect today</source>
        <translation>Trinnet, der gælder i dag</translation>
    </message>
</context>
<context>
    <name>taper::gui::SessionDialog</name>
    <message>
        <source>Record session</source>
        <translation>Registrér konsultation</translation>
    </message>
    <message>
        <source>Role or initials, e.g. sygeplejerske AB</source>
        <translation>Rolle eller initialer, fx sygeplejerske AB</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>one interval</source>
        <translation>ét interval</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <source>Review on:</source>
        <translation>Revurdering:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Af:</translation>
    </message>
    <message>
        <source>&amp;Withdrawal (0–3):</source>
        <translation>&amp;Abstinenser (0–3):</translation>
    </message>
    <message>
        <source>Withdrawal &amp;note:</source>
        <translation>Note om a&amp;bstinenser:</translation>
    </message>
    <message>
        <source>&amp;Pain (NRS 0–10):</source>
        <translation>&amp;Smerte (NRS 0–10):</translation>
    </message>
    <message>
        <source>&amp;Function and sleep:</source>
        <translation>&amp;Funktion og søvn:</translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation>B&amp;eslutning:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Be&amp;grundelse:</translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation>&amp;Pause i:</translation>
    </message>
    <message>
        <source>&amp;Largest cut per step:</source>
        <translation>Største &amp;reduktion pr. trin:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation>Vedligehold:</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smerte</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Abstinenser</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Ikke registreret: %1</translation>
    </message>
    <message>
        <source>The session is recorded, but the re-plan gave the same steps as before: the smallest cut that can be dispensed is already larger than the new step percentage. To slow down, record one more session today with a longer interval.</source>
        <translation>Konsultationen er registreret, men den nye plan gav de samme trin som før: den mindste reduktion, der kan udleveres, er allerede større end den nye procentsats. For at trappe langsommere ned: registrér en konsultation mere i dag med et længere interval.</translation>
    </message>
    <message>
        <source>Took the doses as &amp;planned</source>
        <translation>Tog doserne som &amp;planlagt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Middag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Aften</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nat</translation>
    </message>
    <message>
        <source>PRN used a day</source>
        <translation>PN brugt pr. døgn</translation>
    </message>
    <message>
        <source>Actual intake</source>
        <translation>Faktisk indtag</translation>
    </message>
    <message>
        <source>Actual intake:</source>
        <translation>Faktisk indtag:</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>middag</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>aften</translation>
    </message>
    <message>
        <source>night</source>
        <translation>nat</translation>
    </message>
    <message>
        <source>%1, mg %2</source>
        <translation>%1, mg %2</translation>
    </message>
    <message>
        <source>%1, PRN doses used a day</source>
        <translation>%1, PN-doser brugt pr. døgn</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Gange pr. døgn</translation>
    </message>
    <message>
        <source>Patches worn</source>
        <translation>Plastre på</translation>
    </message>
    <message>
        <source>What the patient actually takes: mg per time of day, PRN doses used a day, times a day or patches worn. 0 everywhere on a line: the patient stopped taking it.</source>
        <translation>Hvad patienten faktisk tager: mg pr. tidspunkt, PN-doser brugt pr. døgn, gange pr. døgn eller plastre på. 0 overalt på en linje: patienten er holdt op med at tage den.</translation>
    </message>
    <message>
        <source>%1, patches worn</source>
        <translation>%1, plastre på</translation>
    </message>
    <message>
        <source>%1, times a day</source>
        <translation>%1, gange pr. døgn</translation>
    </message>
    <message>
        <source>Choose a decision…</source>
        <translation>Vælg en beslutning …</translation>
    </message>
    <message>
        <source>Not recorded: choose a decision.</source>
        <translation>Ikke registreret: vælg en beslutning.</translation>
    </message>
    <message>
        <source>A date from %1 to today</source>
        <translation>En dato fra %1 til i dag</translation>
    </message>
</context>
<context>
    <name>taper::gui::SessionModel</name>
    <message>
        <source>(+%1 days)</source>
        <translation>(+%1 dage)</translation>
    </message>
    <message>
        <source>(%1 % a step)</source>
        <translation>(%1 % pr. trin)</translation>
    </message>
    <message>
        <source>(every %1 days)</source>
        <translation>(hver %1. dag)</translation>
    </message>
    <message>
        <source>(review %1)</source>
        <translation>(revurdering %1)</translation>
    </message>
    <message>
        <source>Took more than planned</source>
        <translation>Tog mere end planlagt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Planned MEQ</source>
        <translation>Planlagt MEQ</translation>
    </message>
    <message>
        <source>Actual MEQ</source>
        <translation>Faktisk MEQ</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Abstinenser</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smerte</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Reason and notes</source>
        <translation>Begrundelse og noter</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
</context>
<context>
    <name>taper::gui::SessionPanel</name>
    <message>
        <source>Record session…</source>
        <translation>Registrér konsultation…</translation>
    </message>
    <message>
        <source>Record how the patient is doing and decide the next step (Ctrl+R)</source>
        <translation>Registrér hvordan det går, og beslut næste trin (Ctrl+R)</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Konsultationshistorik</translation>
    </message>
    <message>
        <source>Sessions are recorded on a taper plan: make one first.</source>
        <translation>Konsultationer registreres på en nedtrapningsplan: lav en først.</translation>
    </message>
    <message>
        <source>Needs attention: %1.</source>
        <translation>Kræver opmærksomhed: %1.</translation>
    </message>
    <message>
        <source>Status: %1. Step in effect today: %2 (%3 mg MEQ/day). Plan version %4.</source>
        <translation>Status: %1. Trin i dag: %2 (%3 mg MEQ/døgn). Planversion %4.</translation>
    </message>
</context>
<context>
    <name>taper::gui::VersionBanner</name>
    <message>
        <source>Version shown</source>
        <translation>Vist version</translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing version %1 — not in effect&lt;/b&gt; (replaced %2: %3). &lt;a href=&quot;current&quot;&gt;Show the plan in effect (version %4)&lt;/a&gt;</source>
        <translation>&lt;b&gt;Viser version %1 — ikke gældende&lt;/b&gt; (erstattet %2: %3). &lt;a href=&quot;current&quot;&gt;Vis den gældende plan (version %4)&lt;/a&gt;</translation>
    </message>
</context>
</TS>
