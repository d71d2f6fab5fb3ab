<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_GB">
<context>
    <name>FindingText</name>
    <message>
        <source>Total %1 mg MEQ/day is at or above the %2 mg/day threshold: review the indication and consider tapering.</source>
        <translation>Samlet %1 mg MEQ/døgn er på eller over grænsen på %2 mg/døgn: revurdér indikationen og overvej nedtrapning.</translation>
    </message>
    <message>
        <source>Total %1 mg MEQ/day is above the %2 mg/day threshold: review the indication and consider tapering.</source>
        <translation>Samlet %1 mg MEQ/døgn er over grænsen på %2 mg/døgn: revurdér indikationen og overvej nedtrapning.</translation>
    </message>
    <message>
        <source>Total %1 mg MEQ/day is at or above the %2 mg/day maximum: reduce the dose.</source>
        <translation>Samlet %1 mg MEQ/døgn er på eller over maksimum på %2 mg/døgn: dosis bør nedsættes.</translation>
    </message>
    <message>
        <source>Total %1 mg MEQ/day is above the %2 mg/day maximum: reduce the dose.</source>
        <translation>Samlet %1 mg MEQ/døgn er over maksimum på %2 mg/døgn: dosis bør nedsættes.</translation>
    </message>
    <message>
        <source>Short-acting %1 (PRN) used for %2 days (more than %3): long-term treatment should use a long-acting opioid in fixed doses.</source>
        <translation>Korttidsvirkende %1 (PN) brugt i %2 dage (mere end %3): langtidsbehandling bør ske med et depotpræparat i faste doser.</translation>
    </message>
    <message>
        <source>Short-acting %1 used for %2 days (more than %3): long-term treatment should use a long-acting opioid in fixed doses.</source>
        <translation>Korttidsvirkende %1 brugt i %2 dage (mere end %3): langtidsbehandling bør ske med et depotpræparat i faste doser.</translation>
    </message>
    <message>
        <source>Short-acting %1 has no start date (since), so long-term use cannot be assessed.</source>
        <translation>Korttidsvirkende %1 har ingen startdato, så langtidsbrug kan ikke vurderes.</translation>
    </message>
    <message>
        <source>%1 %2 is not converted by profile %3: the total is partial.</source>
        <translation>%1 %2 kan ikke omregnes med profilen %3: totalen er ufuldstændig.</translation>
    </message>
    <message>
        <source>%1 %2 is not converted by profile %3 (%4): the total is partial.</source>
        <translation>%1 %2 kan ikke omregnes med profilen %3 (%4): totalen er ufuldstændig.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
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
        <source>Unknown product "%1".</source>
        <translation>Ukendt præparat "%1".</translation>
    </message>
    <message>
        <source>The dose must be a number.</source>
        <translation>Dosis skal være et tal.</translation>
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
        <source>The amount must be a number (0 for none).</source>
        <translation>Mængden skal være et tal (0 for ingen).</translation>
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
        <translation><numerusform>%n plaster</numerusform><numerusform>%n plastre</numerusform></translation>
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
</context>
<context>
    <name>ProductCatalog</name>
    <message>
        <source> (withdrawn)</source>
        <translation> (afregistreret)</translation>
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
        <source>Brand, substance or ATC code, e.g. conta, oxycodon, N02AA05</source>
        <translation>Præparat, stof eller ATC-kode, fx conta, oxycodon, N02AA05</translation>
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
</context>
<context>
    <name>taper::gui::ChangeAsOfCommand</name>
    <message>
        <source>Change evaluation date</source>
        <translation>Skift opgørelsesdato</translation>
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
    <name>taper::gui::EditLineCommand</name>
    <message>
        <source>Edit line %1</source>
        <translation>Ret linje %1</translation>
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
        <translation>Alvor</translation>
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
        <source>Side-by-side comparison of profiles needs the core's comparison (rules and review issue); not available in this version.</source>
        <translation>Sammenligning af profiler side om side kræver kernens sammenligning (regel- og review-opgaven); ikke tilgængelig i denne version.</translation>
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
        <source>OpioidTaper — %1[*]</source>
        <translation>OpioidTaper — %1[*]</translation>
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
        <source>The regimen has unsaved changes. Save them first?</source>
        <translation>Regimet har ikke-gemte ændringer. Vil du gemme dem først?</translation>
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
        <source>Open regimen</source>
        <translation>Åbn regime</translation>
    </message>
    <message>
        <source>Regimen files (*.json);;All files (*)</source>
        <translation>Regimefiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>About OpioidTaper</source>
        <translation>Om OpioidTaper</translation>
    </message>
    <message>
        <source>&lt;b&gt;OpioidTaper %1&lt;/b&gt;&lt;p&gt;Decision support for tapering long-term opioid treatment: daily morphine equivalents with the arithmetic and source of every factor, and findings from Danish guidance.&lt;/p&gt;&lt;p&gt;Decision support, not a prescription: every number must be checked by the prescriber.&lt;/p&gt;</source>
        <translation>&lt;b&gt;OpioidTaper %1&lt;/b&gt;&lt;p&gt;Beslutningsstøtte til nedtrapning af langvarig opioidbehandling: morfinækvivalenter pr. døgn med udregning og kilde for hver faktor, og fund fra danske anbefalinger.&lt;/p&gt;&lt;p&gt;Beslutningsstøtte, ikke en ordination: alle tal skal kontrolleres af den ordinerende læge.&lt;/p&gt;</translation>
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
        <source>Unknown product "%1".</source>
        <translation>Ukendt præparat "%1".</translation>
    </message>
    <message>
        <source>Line not added: %1</source>
        <translation>Linjen er ikke tilføjet: %1</translation>
    </message>
</context>
<context>
    <name>taper::gui::RemoveLineCommand</name>
    <message>
        <source>Remove line</source>
        <translation>Fjern linje</translation>
    </message>
</context>
</TS>
