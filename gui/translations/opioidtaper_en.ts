<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>FindingText</name>
    <message>
        <source>Total %1 mg MEQ/day is at or above the %2 mg/day threshold: review the indication and consider tapering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 mg MEQ/day is above the %2 mg/day threshold: review the indication and consider tapering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 mg MEQ/day is at or above the %2 mg/day maximum: reduce the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 mg MEQ/day is above the %2 mg/day maximum: reduce the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-acting %1 (PRN) used for %2 days (more than %3): long-term treatment should use a long-acting opioid in fixed doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-acting %1 used for %2 days (more than %3): long-term treatment should use a long-acting opioid in fixed doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-acting %1 has no start date (since), so long-term use cannot be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not converted by profile %3: the total is partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not converted by profile %3 (%4): the total is partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Unknown product &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a day must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patch is worn continuously; use a line per patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PRN line has a maximum a day instead of fixed times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a number (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patch is worn continuously; it has no times of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PRN line has no fixed times of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patch cannot be taken as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PRN lines have a maximum and a use a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrations a day must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as %1 or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineText</name>
    <message>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcg/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mcg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transdermal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buccal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intravenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended-release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immediate-release</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg MEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductCatalog</name>
    <message>
        <source> (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::AddLineCommand</name>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::AddLineDialog</name>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand, substance or ATC code, e.g. conta, oxycodon, N02AA05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the formulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::ChangeAsOfCommand</name>
    <message>
        <source>Change evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::ChangeProfileCommand</name>
    <message>
        <source>Change profile to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::EditLineCommand</name>
    <message>
        <source>Edit line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::FindingsModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::MainWindow</name>
    <message>
        <source>Evaluation date not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side-by-side comparison of profiles needs the core&apos;s comparison (rules and review issue); not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Morphine equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OpioidTaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date findings are evaluated at (written to the file when changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpioidTaper — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regimen has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OpioidTaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;OpioidTaper %1&lt;/b&gt;&lt;p&gt;Decision support for tapering long-term opioid treatment: daily morphine equivalents with the arithmetic and source of every factor, and findings from Danish guidance.&lt;/p&gt;&lt;p&gt;Decision support, not a prescription: every number must be checked by the prescriber.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::MeqModel</name>
    <message>
        <source> (PRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tiered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded by this profile: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no factor for this substance and route; the total is partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published low–high range of the factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRN lines at the administrations actually used a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg MEQ/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::MeqPanel</name>
    <message>
        <source>Morphine equivalents (profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEQ per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg MEQ/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRN at maximum: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRN as used: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partial: some lines are not converted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::PlanDocument</name>
    <message>
        <source>The regimen has no lines; add at least one line before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::ProductDelegate</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::RecentFilesMenu</name>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::RegimenModel</name>
    <message>
        <source>≤%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed administrations a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed (PRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRN: most administrations allowed a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRN: administrations actually used a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of continuous use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::RegimenPanel</name>
    <message>
        <source>Line %1 not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line from the formulary (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::RemoveLineCommand</name>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
