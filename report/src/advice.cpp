#include "advice.h"

#include <algorithm>

namespace taper::report::detail {

namespace {

struct Uses {
    bool shortActing = false; ///< an immediate-release product in any step
    bool fentanylPatch = false;
    bool buprenorphinePatch = false;
    bool patch = false;
    bool depotOral = false; ///< a depot tablet, capsule or granules
    bool fixed = false;     ///< any dose at fixed times (a patch counts)
};

Uses usesOf(const Plan &plan)
{
    Uses u;
    for (const Step &step : plan.schedule.steps)
        for (const StepDose &d : step.doses) {
            const Product &p = *d.product;
            u.fixed |= !d.prn;
            if (p.isPatch()) {
                u.patch = true;
                u.fentanylPatch |= p.substance == "fentanyl";
                u.buprenorphinePatch |= p.substance == "buprenorphine";
            } else if (p.release == Release::Immediate) {
                u.shortActing = true;
            } else {
                u.depotOral = true;
            }
        }
    for (const RegimenLine &line : plan.regimen.lines)
        if (!line.coMedication && !line.isPatch() && line.release == Release::Immediate) u.shortActing = true;
    return u;
}

/// What the plan's numbers say about its pace: whether the largest cut (mg MEQ) comes first, and
/// whether the last dose before the stop is held longer than the first step.
struct Pace {
    bool largestCutFirst = false;
    bool slowerAtTheEnd = false;
};

Pace paceOf(const Plan &plan)
{
    const auto &steps = plan.schedule.steps;
    Pace p;
    std::vector<double> cuts;
    for (std::size_t i = 1; i < steps.size(); ++i)
        cuts.push_back(steps[i - 1].totalMeq.value() - steps[i].totalMeq.value());
    if (cuts.size() >= 2)
        p.largestCutFirst =
            cuts.front() > 0 && cuts.front() + 0.005 >= *std::max_element(cuts.begin(), cuts.end());
    const auto days = [](const Step &s) { return s.end ? (*s.end - s.start).count() + 1 : 0; };
    if (steps.size() >= 3) {
        const Step &lastDose = steps[steps.size() - 2]; // the step before the last (the stop or maintenance)
        p.slowerAtTheEnd = days(lastDose) > days(steps.front());
    }
    return p;
}

} // namespace

std::vector<Advice> handoutAdvice(const Plan &plan, Lang lang)
{
    using Topic = Advice::Topic;
    const bool da = lang == Lang::Da;
    const Uses u = usesOf(plan);
    const Pace pace = paceOf(plan);
    std::vector<Advice> out;
    const auto add = [&](Topic topic, std::string id, std::string textDa, std::string textEn,
                         std::vector<std::string> sources) {
        out.push_back({std::move(id), da ? std::move(textDa) : std::move(textEn), std::move(sources), topic});
    };
    add(Topic::Withdrawal, "withdrawal",
        "Når dosis bliver sat ned, får næsten alle abstinenser, fx uro, sved, gåsehud, diarré, løbende næse, "
        "gaben, "
        "muskelsmerter og søvnbesvær. De er ubehagelige, men sjældent farlige.",
        "When the dose is lowered, almost everyone gets withdrawal symptoms, such as restlessness, sweating, "
        "goose "
        "bumps, diarrhoea, a runny nose, yawning, aching muscles and poor sleep. They are unpleasant but "
        "rarely dangerous.",
        {"DK-SST-2019", "NO-HDIR-AVRUS"});
    add(Topic::Withdrawal, "withdrawal_duration",
        "Abstinenserne går over af sig selv. De er som regel værst 2–3 døgn efter, at dosis er sat ned, og "
        "meget mindre "
        "efter ca. 5 døgn. Ved depotmedicin og plaster kan det tage op til 10–12 døgn.",
        "Withdrawal symptoms pass by themselves. They are usually worst 2–3 days after the dose is lowered "
        "and much "
        "milder after about 5 days. With extended-release medicine and patches it can take up to 10–12 days.",
        {"NO-HDIR-AVRUS"});
    if (pace.largestCutFirst || pace.slowerAtTheEnd)
        add(Topic::Withdrawal, "pace",
            pace.largestCutFirst && pace.slowerAtTheEnd
                ? "De største nedsættelser kommer først, og planen går langsommere mod slutningen."
            : pace.largestCutFirst
                ? "De største nedsættelser kommer først."
                : "Planen går langsommere mod slutningen: den sidste dosis tager du i længere tid.",
            pace.largestCutFirst && pace.slowerAtTheEnd
                ? "The largest reductions come first, and the plan slows down towards the end."
            : pace.largestCutFirst
                ? "The largest reductions come first."
                : "The plan slows down towards the end: you take the last dose for longer.",
            {"DK-PRO"});
    add(Topic::Withdrawal, "strong_withdrawal",
        "Ring til os, hvis abstinenserne eller smerterne bliver svære at holde ud. Vi kan aftale, at du "
        "bliver længere tid "
        "på den dosis, du tager nu. Du må ikke selv sætte dosis op.",
        "Call us if the withdrawal symptoms or the pain become hard to bear. We can agree that you stay "
        "longer on the dose "
        "you take now. Do not raise the dose yourself.",
        {"NO-VANED", "US-CDC22"});
    if (u.fixed)
        add(Topic::Advice, "no_double_dose",
            "Tag medicinen på de faste tidspunkter i skemaet. Tag aldrig en dobbeltdosis eller ekstra "
            "tabletter, heller "
            "ikke hvis du har glemt en dosis.",
            "Take the medicine at the fixed times in the table. Never take a double dose or extra tablets, "
            "not even if "
            "you have forgotten a dose.",
            {"NO-VANED", "SPC-PIL"});
    else
        add(Topic::Advice, "no_double_dose",
            "Tag kun medicinen, når du har brug for den, og aldrig flere gange i døgnet, end skemaet siger. "
            "Tag aldrig en "
            "dobbeltdosis.",
            "Take the medicine only when you need it, and never more times a day than the table says. Never "
            "take a "
            "double dose.",
            {"NO-VANED", "SPC-PIL"});
    if (u.depotOral)
        add(Topic::Advice, "depot_whole",
            "Depottabletter og depotkapsler skal synkes hele. De må ikke deles, knuses eller tygges.",
            "Extended-release tablets and capsules must be swallowed whole. Do not split, crush or chew "
            "them.",
            {"SPC-PIL"});
    add(Topic::Advice, "box_name",
        "Æsken fra apoteket kan have et andet navn end det, der står i skemaet. Se efter stoffet og styrken, "
        "fx "
        "\"morfin\" og \"60 mg\". Spørg på apoteket, hvis du er i tvivl.",
        "The box from the pharmacy may carry another name than the one in the table. Look for the substance "
        "and the "
        "strength, e.g. \"morphine\" and \"60 mg\". Ask the pharmacy if you are in doubt.",
        {"SPC-PIL"});
    if (u.patch) {
        add(Topic::Advice, "patch_not_cut",
            "Klip aldrig et plaster over. Tag altid det gamle plaster af, før du sætter et nyt på. Skift "
            "plasteret på de "
            "dage, der står i skemaet.",
            "Never cut a patch. Always take the old patch off before you put a new one on. Change the patch "
            "on the days "
            "shown in the table.",
            {"DK-SEP", "DK-MIDT", "SPC-PIL"});
        add(Topic::Advice, "patch_disposal",
            "Fold brugte plastre sammen med klæbesiden indad, og aflever dem på apoteket. Et brugt plaster "
            "indeholder "
            "stadig medicin.",
            "Fold used patches with the sticky side inwards and return them to the pharmacy. A used patch "
            "still "
            "contains medicine.",
            {"SPC-PIL"});
        add(Topic::Advice, "patch_heat",
            "Undgå varme på plasteret, fx varmepude, el-tæppe, sauna og lange, varme bade. Kontakt os, hvis "
            "du får feber: "
            "varme kan give mere medicin fra plasteret.",
            "Keep heat away from the patch, e.g. heating pads, electric blankets, sauna and long hot baths. "
            "Contact us "
            "if you get a fever: heat can release more medicine from the patch.",
            {"SPC-PIL"});
    }
    if (u.fentanylPatch)
        add(Topic::Advice, "fentanyl_washout",
            "Når du har taget det sidste fentanylplaster af, må du ikke tage andre opioider de næste ca. 18 "
            "timer. "
            "Skemaet viser, hvornår du tager den første dosis.",
            "After you take off the last fentanyl patch, do not take any other opioid for about the next 18 "
            "hours. "
            "The table shows when to take the first dose.",
            {"DK-SEP"});
    if (u.buprenorphinePatch)
        add(Topic::Advice, "buprenorphine_washout",
            "Når du har taget det sidste buprenorfinplaster af, må du ikke tage andre opioider de næste ca. "
            "24 timer. "
            "Skemaet viser, hvornår du tager den første dosis.",
            "After you take off the last buprenorphine patch, do not take any other opioid for about the "
            "next 24 hours. "
            "The table shows when to take the first dose.",
            {"DK-SEP"});
    add(Topic::Advice, "return_leftovers",
        "Aflever den medicin, du ikke skal bruge mere, på apoteket. Gem den ikke.",
        "Return the medicine you no longer use to the pharmacy. Do not keep it.", {"SPC-PIL"});
    add(Topic::Advice, "laxative",
        "Afføringsmidlet skal ofte justeres, når dosis bliver sat ned eller stoppes. Kontakt os, hvis du får "
        "diarré eller "
        "forstoppelse.",
        "The laxative often needs adjusting when the dose is lowered or stopped. Contact us if you get "
        "diarrhoea or "
        "constipation.",
        {"DK-SEP", "DK-MIDT"});
    if (u.shortActing)
        add(Topic::Advice, "driving_short_acting",
            "Du må ikke køre bil, så længe du tager hurtigtvirkende opioid.",
            "You must not drive while you take an immediate-release opioid.", {"DK-MIDT", "DK-DRIVE"});
    add(Topic::Advice, "driving_dose_change",
        "Når dosis af depotmedicin eller plaster bliver ændret, må du ikke køre bil, før du har taget den "
        "samme dosis i ca. "
        "2 uger. Kør aldrig bus eller taxa med betalende passagerer. Spørg lægen, hvad der gælder for dig.",
        "When the dose of an extended-release medicine or patch changes, do not drive until you have taken "
        "the same dose "
        "for about 2 weeks. Never drive a bus or taxi with paying passengers. Ask your doctor what applies "
        "to you.",
        {"DK-MIDT", "DK-DRIVE"});
    add(Topic::Emergency, "tolerance",
        "Når du tager mindre medicin, tåler kroppen mindre. Gå aldrig selv tilbage til en tidligere, højere "
        "dosis. Det kan "
        "give en livsfarlig forgiftning.",
        "When you take less medicine, your body tolerates less. Never go back to an earlier, higher dose on "
        "your own. It "
        "can cause life-threatening poisoning.",
        {"NO-VANED", "DK-PRO", "US-CDC22"});
    add(Topic::Emergency, "overdose",
        "Ring 112, hvis du eller andre ser tegn på for meget medicin: meget søvnig og svær at vække, langsom "
        "eller "
        "overfladisk vejrtrækning, meget små pupiller, forvirring eller blålige læber.",
        "Call 112 if you or others see signs of too much medicine: very sleepy and hard to wake, slow or "
        "shallow "
        "breathing, very small pupils, confusion or bluish lips.",
        {"SPC-PIL"});
    return out;
}

} // namespace taper::report::detail
