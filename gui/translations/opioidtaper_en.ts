<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>FindingText</name>
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
    <message>
        <source>Write the amount in %1 or as a number of units, e.g. &quot;2 tabl.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at a time is %2 %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the dose right?</source>
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
        <translation>
            <numerusform>%n patch</numerusform>
            <numerusform>%n patches</numerusform>
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
    <message>
        <source>%1 (co-medication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (permit only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 worn at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 as needed, at most %3 times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional (% of the current dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear (% of the starting dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(packs: %1; %n left over)</source>
        <translation>
            <numerusform>(packs: %1; %n left over)</numerusform>
            <numerusform>(packs: %1; %n left over)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductCatalog</name>
    <message>
        <source>%1 (co-medication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (co-medication: %2)</source>
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
    <message>
        <source>Brand, substance or ATC code, e.g. conta, oxycodon, N02AA05, diazepam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-medication by ATC code %1</source>
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
    <name>taper::gui::ChangeLabelCommand</name>
    <message>
        <source>Change patient label</source>
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
    <name>taper::gui::CompareDialog</name>
    <message>
        <source>Compare conversion profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEQ per line and in total under each profile, with the low–high spread of the published factor ranges (PRN at the maximum). Hover a cell for the arithmetic and the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEQ under each profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::CompareModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded by the profile: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no factor for this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Factor %2 (published range %3–%4)
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg MEQ/day</source>
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
    <name>taper::gui::FindingsBanner</name>
    <message>
        <source>Critical findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Critical:&lt;/b&gt; %1 &lt;a href=&quot;findings&quot;&gt;See the findings&lt;/a&gt;</source>
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
    <name>taper::gui::GroupModel</name>
    <message>
        <source>%1 (%2 mg MEQ/day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(maintenance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 mg MEQ/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::GroupWindow</name>
    <message>
        <source>Choose the group&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds the group&apos;s plan files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the plan files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step, next reduction and attention flags are shown as of this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a tapering group has at most %1 patients; this folder holds %2 plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds the group&apos;s plan files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (the reason is on the row)</source>
        <translation>
            <numerusform>%n file could not be read (the reason is on the row)</numerusform>
            <numerusform>%n files could not be read (the reason is on the row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: not a plan</source>
        <translation>
            <numerusform>%n file skipped: not a plan</numerusform>
            <numerusform>%n files skipped: not a plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a plan or press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::HelpWindow</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F3: next match. Shift+F3: previous match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the intended use</source>
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
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <message>
        <source>MEQ per line and in total under each conversion profile, with published ranges (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;taper plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan or regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and regimen files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved in %2:

%3

Your changes are still open and unsaved. Choose File → Save as… to save them in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print patient handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print re&amp;view report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details on printed documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s taper plan in plain Danish (needs a taper plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen, MEQ with the arithmetic, findings with sources, the taper and the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export patient handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists and may be a damaged plan: it cannot be read as one.

Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a plan at revision %2 with %n recorded session(s). Saving here replaces it, and its sessions and earlier versions are lost.

Replace it?</source>
        <translation>
            <numerusform>%1 holds a plan at revision %2 with %n recorded session. Saving here replaces it, and its sessions and earlier versions are lost.

Replace it?</numerusform>
            <numerusform>%1 holds a plan at revision %2 with %n recorded sessions. Saving here replaces it, and its sessions and earlier versions are lost.

Replace it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few lines for the patient record: regimen, MEQ, main findings, the plan and the latest decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal note is on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapering &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every plan of the tapering group in a folder: step, next change, last session, attention (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;tient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the title bar and printed on the handout; saved in the plan file. Never a CPR number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name or pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion table the morphine equivalents are computed with; kept in the plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2[*] — OpioidTaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — OpioidTaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes to the regimen or taper plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes to the regimen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient, date and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import medication list (FHIR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a FHIR R4 medication list (MedicationStatement/MedicationRequest) as a new regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n line(s) from %1 as of %2; save the regimen to keep it.</source>
        <translation>
            <numerusform>Imported %n line from %1 as of %2; save the regimen to keep it.</numerusform>
            <numerusform>Imported %n lines from %1 as of %2; save the regimen to keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicine(s) left out: stopped or not in effect that day.</source>
        <translation>
            <numerusform>%n medicine left out: stopped or not in effect that day.</numerusform>
            <numerusform>%n medicines left out: stopped or not in effect that day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import medication list (FHIR R4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intended use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom OpioidTaper is for, what it must not be used for, and its known limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Build %1; formulary data %2.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not dated)</source>
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
    <message>
        <source>Morphine equivalents of the step in effect (profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above %1 mg MEQ/day: see the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1 mg MEQ/day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::PlanChart</name>
    <message>
        <source>MEQ over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg MEQ/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.MM.yy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of MEQ over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEQ over time: no taper plan yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 from %2: %3 mg MEQ/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: %2; took %3 mg MEQ/day</source>
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
    <message>
        <source>The plan has recorded sessions: its regimen and options change only through a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no taper plan to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a taper plan before recording a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a CPR number: use the patient&apos;s name or a pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::PlanOptionsDialog</name>
    <message>
        <source>Make taper plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mg MEQ/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move short-acting use into the depot product at step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the smallest depot dose, continue with immediate release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce every line at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch substance to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation is never automatic; the dose is cut for incomplete cross-tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-tolerance reduction on rotation: 25 % as advised, up to 50 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;cut per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-tolerance &amp;reduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest cut per step in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target MEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear cuts are a share of the starting dose; below this share of the start the plan continues with cuts of the current dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 75; 50; 30; 15; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose of each step in % of the starting dose, from below 100 down to the target, each lower than the one before, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step cuts at least this much where a dispensable dose allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear until &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;percentages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest c&amp;ut per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear until below this percent of the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom percentages of the starting dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest cut per step in mg MEQ per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance to switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-tolerance reduction in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the steps in % of the starting dose, from below 100 down to 0, each lower than the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step after a larger cut than requested lasts up to this many intervals (1: never longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change doses only on session days (start + whole intervals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also use strengths not confirmed on the Danish market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest hold in intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish with oral solution where there is one (finer, longer end)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::PlanPanel</name>
    <message>
        <source>Change taper plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make taper plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No taper plan yet. Make one from the regimen with the button on the right (Ctrl+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start %1, every %2 days, %3, at most %4 % a step, target %5 mg MEQ/day; %n step(s)</source>
        <translation>
            <numerusform>Start %1, every %2 days, %3, at most %4 % a step, target %5 mg MEQ/day; %n step</numerusform>
            <numerusform>Start %1, every %2 days, %3, at most %4 % a step, target %5 mg MEQ/day; %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotation to %1 with %2 % cross-tolerance reduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taper schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for the taper plan (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1, not in effect: replaced %2 (%3); %n step(s)</source>
        <translation>
            <numerusform>Version %1, not in effect: replaced %2 (%3); %n step</numerusform>
            <numerusform>Version %1, not in effect: replaced %2 (%3); %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan in effect (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, replaced %2: %3</source>
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
    <message>
        <source>Co-medication (%1): assessed by the rules, never counted in MEQ</source>
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
    <message>
        <source>Step %1 in effect today (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting regimen (sessions recorded: not editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show starting regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show step in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regimen the taper plan started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doses of the step the patient is on today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regimen of the step in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 not changed.</source>
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
<context>
    <name>taper::gui::ReportPrinter</name>
    <message>
        <source>The patient handout needs a taper plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regimen has no lines to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print patient handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regimen has no lines to write a note about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::ReportSettingsDialog</name>
    <message>
        <source>Details on printed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the patient handout and the review report. Stored on this computer, not in the plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Læge Hanne Holm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lægehuset Nørregade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1813 (Akuttelefonen); empty: the regional out-of-hours doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Out of hours:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::ScheduleModel</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by the core with profile %1 (PRN at the maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units to dispense for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From–to</source>
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
        <source>Patches and PRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEQ mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: kept as it was by the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step in effect today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::SessionDialog</name>
    <message>
        <source>Record session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or initials, e.g. sygeplejerske AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawal (0–3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pain (NRS 0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function and sleep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest cut per step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is recorded, but the re-plan gave the same steps as before: the smallest cut that can be dispensed is already larger than the new step percentage. To slow down, record one more session today with a longer interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took the doses as &amp;planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
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
        <source>PRN used a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual intake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, mg %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, PRN doses used a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patient actually takes: mg per time of day, PRN doses used a day, times a day or patches worn. 0 everywhere on a line: the patient stopped taking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, patches worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: choose a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date from %1 to today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::SessionModel</name>
    <message>
        <source>(+%1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 % a step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(review %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took more than planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned MEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual MEQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::SessionPanel</name>
    <message>
        <source>Record session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the patient is doing and decide the next step (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are recorded on a taper plan: make one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1. Step in effect today: %2 (%3 mg MEQ/day). Plan version %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>taper::gui::VersionBanner</name>
    <message>
        <source>Version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Showing version %1 — not in effect&lt;/b&gt; (replaced %2: %3). &lt;a href=&quot;current&quot;&gt;Show the plan in effect (version %4)&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
