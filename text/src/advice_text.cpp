// SPDX-License-Identifier: GPL-3.0-or-later
// The patient advice sentences (taper/text/advice_text.h).
#include "taper/text/advice_text.h"

namespace taper::text {

std::string adviceText(AdviceText advice, Lang lang)
{
    const bool da = lang == Lang::Da;
    switch (advice) {
    case AdviceText::Withdrawal:
        return da ? "Når dosis bliver sat ned, får næsten alle abstinenser, fx uro, sved, "
                    "gåsehud, diarré, løbende næse, gaben, muskelsmerter og søvnbesvær. De er "
                    "ubehagelige, men sjældent farlige."
                  : "When the dose is lowered, almost everyone gets withdrawal symptoms, such "
                    "as restlessness, sweating, goose bumps, diarrhoea, a runny nose, "
                    "yawning, aching muscles and poor sleep. They are unpleasant but rarely "
                    "dangerous.";
    case AdviceText::WithdrawalDuration:
        return da ? "Abstinenserne går over af sig selv. De er som regel værst 2–3 døgn "
                    "efter, at dosis er sat ned, og meget mindre efter ca. 5 døgn. Ved "
                    "depotmedicin og plaster kan det tage op til 10–12 døgn."
                  : "Withdrawal symptoms pass by themselves. They are usually worst 2–3 days "
                    "after the dose is lowered and much milder after about 5 days. With "
                    "extended-release medicine and patches it can take up to 10–12 days.";
    case AdviceText::PaceBoth:
        return da ? "De største nedsættelser kommer først, og planen går langsommere mod "
                    "slutningen."
                  : "The largest reductions come first, and the plan slows down towards the "
                    "end.";
    case AdviceText::PaceLargestCutFirst:
        return da ? "De største nedsættelser kommer først." : "The largest reductions come first.";
    case AdviceText::PaceSlowerAtTheEnd:
        return da ? "Planen går langsommere mod slutningen: den sidste dosis tager du i "
                    "længere tid."
                  : "The plan slows down towards the end: you take the last dose for longer.";
    case AdviceText::StrongWithdrawal:
        return da ? "Ring til os, hvis abstinenserne eller smerterne bliver svære at holde "
                    "ud. Vi kan aftale, at du bliver længere tid på den dosis, du tager nu. "
                    "Du må ikke selv sætte dosis op."
                  : "Call us if the withdrawal symptoms or the pain become hard to bear. We "
                    "can agree that you stay longer on the dose you take now. Do not raise "
                    "the dose yourself.";
    case AdviceText::FixedTimesNoDoubleDose:
        return da ? "Tag medicinen på de faste tidspunkter i skemaet. Tag aldrig en "
                    "dobbeltdosis eller ekstra tabletter, heller ikke hvis du har glemt en "
                    "dosis."
                  : "Take the medicine at the fixed times in the table. Never take a double "
                    "dose or extra tablets, not even if you have forgotten a dose.";
    case AdviceText::WhenNeededNoDoubleDose:
        return da ? "Tag kun medicinen, når du har brug for den, og aldrig flere gange i "
                    "døgnet, end skemaet siger. Tag aldrig en dobbeltdosis."
                  : "Take the medicine only when you need it, and never more times a day than "
                    "the table says. Never take a double dose.";
    case AdviceText::DepotWhole:
        return da ? "Depottabletter og depotkapsler skal synkes hele. De må ikke deles, "
                    "knuses eller tygges."
                  : "Extended-release tablets and capsules must be swallowed whole. Do not "
                    "split, crush or chew them.";
    case AdviceText::BoxName:
        return da ? "Æsken fra apoteket kan have et andet navn end det, der står i skemaet. "
                    "Se efter stoffet og styrken, fx \"morfin\" og \"60 mg\". Spørg på "
                    "apoteket, hvis du er i tvivl."
                  : "The box from the pharmacy may carry another name than the one in the "
                    "table. Look for the substance and the strength, e.g. \"morphine\" and "
                    "\"60 mg\". Ask the pharmacy if you are in doubt.";
    case AdviceText::PatchNotCut:
        return da ? "Klip aldrig et plaster over. Tag altid det gamle plaster af, før du "
                    "sætter et nyt på. Skift plasteret på de dage, der står i skemaet."
                  : "Never cut a patch. Always take the old patch off before you put a new "
                    "one on. Change the patch on the days shown in the table.";
    case AdviceText::PatchDisposal:
        return da ? "Fold brugte plastre sammen med klæbesiden indad, og aflever dem på "
                    "apoteket. Et brugt plaster indeholder stadig medicin."
                  : "Fold used patches with the sticky side inwards and return them to the "
                    "pharmacy. A used patch still contains medicine.";
    case AdviceText::PatchHeat:
        return da ? "Undgå varme på plasteret, fx varmepude, el-tæppe, sauna og lange, varme "
                    "bade. Kontakt os, hvis du får feber: varme kan give mere medicin fra "
                    "plasteret."
                  : "Keep heat away from the patch, e.g. heating pads, electric blankets, "
                    "sauna and long hot baths. Contact us if you get a fever: heat can "
                    "release more medicine from the patch.";
    case AdviceText::FentanylWashout:
        return da ? "Når du har taget det sidste fentanylplaster af, må du ikke tage andre "
                    "opioider de næste ca. 18 timer. Skemaet viser, hvornår du tager den "
                    "første dosis."
                  : "After you take off the last fentanyl patch, do not take any other opioid "
                    "for about the next 18 hours. The table shows when to take the first "
                    "dose.";
    case AdviceText::BuprenorphineWashout:
        return da ? "Når du har taget det sidste buprenorfinplaster af, må du ikke tage andre "
                    "opioider de næste ca. 24 timer. Skemaet viser, hvornår du tager den "
                    "første dosis."
                  : "After you take off the last buprenorphine patch, do not take any other "
                    "opioid for about the next 24 hours. The table shows when to take the "
                    "first dose.";
    case AdviceText::ReturnLeftovers:
        return da ? "Aflever den medicin, du ikke skal bruge mere, på apoteket. Gem den ikke."
                  : "Return the medicine you no longer use to the pharmacy. Do not keep it.";
    case AdviceText::Laxative:
        return da ? "Afføringsmidlet skal ofte justeres, når dosis bliver sat ned eller "
                    "stoppes. Kontakt os, hvis du får diarré eller forstoppelse."
                  : "The laxative often needs adjusting when the dose is lowered or stopped. "
                    "Contact us if you get diarrhoea or constipation.";
    case AdviceText::DrivingShortActing:
        return da ? "Du må ikke køre bil, så længe du tager hurtigtvirkende opioid."
                  : "You must not drive while you take an immediate-release opioid.";
    case AdviceText::DrivingDoseChange:
        return da ? "Når dosis af depotmedicin eller plaster bliver ændret, må du ikke køre "
                    "bil, før du har taget den samme dosis i ca. 2 uger. Kør aldrig bus eller "
                    "taxa med betalende passagerer. Spørg lægen, hvad der gælder for dig."
                  : "When the dose of an extended-release medicine or patch changes, do not "
                    "drive until you have taken the same dose for about 2 weeks. Never drive "
                    "a bus or taxi with paying passengers. Ask your doctor what applies to "
                    "you.";
    case AdviceText::Tolerance:
        return da ? "Når du tager mindre medicin, tåler kroppen mindre. Gå aldrig selv "
                    "tilbage til en tidligere, højere dosis. Det kan give en livsfarlig "
                    "forgiftning."
                  : "When you take less medicine, your body tolerates less. Never go back to "
                    "an earlier, higher dose on your own. It can cause life-threatening "
                    "poisoning.";
    case AdviceText::Overdose:
        return da ? "Ring 112, hvis du eller andre ser tegn på for meget medicin: meget "
                    "søvnig og svær at vække, langsom eller overfladisk vejrtrækning, meget "
                    "små pupiller, forvirring eller blålige læber."
                  : "Call 112 if you or others see signs of too much medicine: very sleepy "
                    "and hard to wake, slow or shallow breathing, very small pupils, "
                    "confusion or bluish lips.";
    }
    return {};
}

} // namespace taper::text
