#include "advice.h"

#include <set>

namespace taper::report::detail {

namespace {

struct Uses {
    bool shortActing = false; ///< an immediate-release product in any step
    bool fentanylPatch = false;
    bool buprenorphinePatch = false;
    bool patch = false;
};

Uses usesOf(const Plan &plan)
{
    Uses u;
    for (const Step &step : plan.schedule.steps)
        for (const StepDose &d : step.doses) {
            const Product &p = *d.product;
            if (p.isPatch()) {
                u.patch = true;
                u.fentanylPatch |= p.substance == "fentanyl";
                u.buprenorphinePatch |= p.substance == "buprenorphine";
            } else if (p.release == Release::Immediate) {
                u.shortActing = true;
            }
        }
    for (const RegimenLine &line : plan.regimen.lines)
        if (!line.coMedication && !line.isPatch() && line.release == Release::Immediate) u.shortActing = true;
    return u;
}

} // namespace

std::vector<Advice> handoutAdvice(const Plan &plan, Lang lang)
{
    const bool da = lang == Lang::Da;
    const Uses u = usesOf(plan);
    std::vector<Advice> out;
    const auto add = [&](std::string id, std::string textDa, std::string textEn, std::vector<std::string> sources) {
        out.push_back({std::move(id), da ? std::move(textDa) : std::move(textEn), std::move(sources)});
    };
    add("withdrawal",
        "Når dosis sættes ned, får næsten alle abstinenser. De kan være meget ubehagelige. "
        "De største trin kommer først, og planen går langsommere mod slutningen.",
        "When the dose is lowered, almost everyone gets withdrawal symptoms. They can be very unpleasant. "
        "The biggest steps come first, and the plan goes more slowly towards the end.",
        {"DK-SST-2019", "DK-PRO"});
    add("strong_withdrawal",
        "Hvis abstinenserne eller smerterne bliver stærke, så ring til os. Vi kan lade dig blive længere på den "
        "dosis, du har nu, i stedet for at gå videre ned. Sæt ikke selv dosis op.",
        "If the withdrawal symptoms or the pain become strong, call us. We can let you stay longer on the dose you "
        "take now instead of going further down. Do not raise the dose yourself.",
        {"NO-VANED", "US-CDC22"});
    add("no_double_dose",
        "Tag medicinen på de faste tidspunkter i skemaet. Tag aldrig en dobbelt dosis eller ekstra tabletter, "
        "heller ikke hvis du har glemt en dosis.",
        "Take the medicine at the fixed times in the table. Never take a double dose or extra tablets, not even "
        "if you have forgotten a dose.",
        {"NO-VANED", "SPC-PIL"});
    add("tolerance",
        "Når dosis falder, tåler kroppen mindre. Gå aldrig selv tilbage til en tidligere, højere dosis: det kan "
        "være farligt.",
        "As the dose falls, your body tolerates less. Never go back to an earlier, higher dose on your own: it can "
        "be dangerous.",
        {"NO-VANED", "DK-PRO", "US-CDC22"});
    if (u.patch)
        add("patch_not_cut", "Plastre må aldrig klippes over. Skift plastret på de dage, der står i skemaet.",
            "Never cut a patch. Change the patch on the days shown in the table.", {"DK-SEP", "DK-MIDT"});
    if (u.fentanylPatch)
        add("fentanyl_washout",
            "Når du tager et fentanylplaster af for sidste gang, må du ikke tage opioid gennem munden de næste ca. "
            "18 timer.",
            "After removing a fentanyl patch for the last time, do not take an opioid by mouth for about the next "
            "18 hours.",
            {"DK-SEP"});
    if (u.buprenorphinePatch)
        add("buprenorphine_washout",
            "Når du tager et buprenorfinplaster af for sidste gang, må du ikke tage opioid gennem munden de næste "
            "ca. 24 timer.",
            "After removing a buprenorphine patch for the last time, do not take an opioid by mouth for about the "
            "next 24 hours.",
            {"DK-SEP"});
    add("laxative",
        "Afføringsmidlet skal ofte justeres, når dosis sættes ned eller stoppes. Spørg os, hvis maven ændrer sig.",
        "The laxative often needs adjusting when the dose is lowered or stopped. Ask us if your bowel habits change.",
        {"DK-SEP", "DK-MIDT"});
    if (u.shortActing)
        add("driving_short_acting",
            "Du må ikke køre bil, så længe du tager korttidsvirkende (hurtigtvirkende) opioid.",
            "You must not drive while you take a short-acting (immediate-release) opioid.", {"DK-MIDT", "DK-DRIVE"});
    add("driving_dose_change",
        "Når dosis af depotmedicin ændres, skal du holde pause med at køre bil, indtil dosis har været stabil i ca. "
        "2 uger. Kør aldrig bus eller taxa med betalende passagerer. Spørg lægen, hvad der gælder for dig.",
        "When the dose of a depot medicine changes, do not drive until the dose has been stable for about 2 weeks. "
        "Never drive a bus or taxi with paying passengers. Ask your doctor what applies to you.",
        {"DK-MIDT", "DK-DRIVE"});
    return out;
}

} // namespace taper::report::detail
