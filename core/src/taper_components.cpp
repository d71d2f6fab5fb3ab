// Step 0 of a plan: the regimen turned into components — consolidation of short-acting use into
// depot, rotation with the cross-tolerance reduction, PRN allowances — all rounded down to
// dispensable doses, so step 0 never exceeds the patient's actual MEQ.
#include "taper/meq.h"
#include "taper_internal.h"

#include <cmath>
#include <functional>

namespace taper::detail {

namespace {

constexpr int kDefaultUnitCap = 4; ///< units per administration considered humane

std::string linePointer(std::size_t i)
{
    return "/lines/" + std::to_string(i);
}

/// A scheduled component being gathered from one or more lines.
struct Pending {
    int reductionClass = Component::DepotClass;
    std::size_t order = 0;
    std::string substance;
    Route route = Route::Oral;
    std::function<Family(int)> make; ///< builds the main family for a unit cap
    bool withTail = false;
    int slots = 0;                   ///< 0: the family's own dosing interval
    double daily = 0;                ///< mg/day or mcg/h, in the family's strength unit
    MeqPerDay extraMeq{0};           ///< rotated in, converted with the family's factor
    double consolidated = 0;         ///< part of `daily` moved from short-acting use
    std::size_t key = 0;             ///< identity for merging (the first product's address)
};

double scheduledDaily(const RegimenLine &line)
{
    if (line.isPatch()) return valueOf(*line.dose) * line.count;
    if (line.schedule) {
        double sum = 0;
        for (double v : *line.schedule) sum += v;
        return sum * line.count;
    }
    return valueOf(*line.dose) * line.administrationsPerDay() * line.count;
}

int slotsOf(const RegimenLine &line)
{
    if (line.timesPerDay) return *line.timesPerDay;
    return static_cast<int>(line.administrationsPerDay());
}

Component finish(Pending &p, const TaperOptions &options, const Profile &profile, const Formulary &formulary,
                 Date asOf, std::vector<TaperNote> &notes)
{
    Component c;
    c.reductionClass = p.reductionClass;
    c.order = p.order;
    c.substance = p.substance;
    c.main = p.make(kDefaultUnitCap);
    measureMeq(c.main, profile, formulary, asOf);
    if (p.extraMeq.value() > 0) p.daily += p.extraMeq.value() / (c.main.meqPerCenti * 100.0);
    const int slots = p.slots > 0 ? p.slots : c.main.slots;
    const double perSlot = p.daily / std::max(1, std::min(slots, 4));
    const int cap = std::max(kDefaultUnitCap,
                             static_cast<int>(std::ceil(perSlot / c.main.products.front()->strength)) + 1);
    if (cap > kDefaultUnitCap && !c.main.patch) {
        c.main = p.make(cap);
        measureMeq(c.main, profile, formulary, asOf);
    }
    c.main.slots = slots;
    c.main.uniform = slots > 4;
    if (p.withTail && options.allowIrTail) {
        c.tail = immediateFamily(p.substance, p.route, formulary, kDefaultUnitCap);
        if (c.tail.valid()) {
            c.tail.slots = c.main.slots;
            measureMeq(c.tail, profile, formulary, asOf);
        }
    }
    buildCandidates(c, options.largerDose);
    const Centi wanted = toCenti(p.daily);
    c.current = candidateAtMost(c, wanted);
    const double factor = c.main.meqPerCenti;
    if (c.candidates[c.current].total < wanted)
        notes.push_back({TaperNoteCode::RoundedDown, 0,
                         {{"line", static_cast<double>(p.order)},
                          {"from_meq", static_cast<double>(wanted) * factor},
                          {"to_meq", c.meq().value()}}});
    if (p.consolidated > 0)
        notes.push_back({TaperNoteCode::Consolidated, 0,
                         {{"substance", p.substance}, {"from_mg_per_day", p.consolidated},
                          {"to_mg_per_day", fromCenti(c.candidates[c.current].total)}}});
    return c;
}

Pending *findPending(std::vector<Pending> &pending, std::size_t key)
{
    for (auto &p : pending)
        if (p.key == key) return &p;
    return nullptr;
}

Family noFamily(const std::string &where, const std::string &substance, const Family &f)
{
    if (!f.valid())
        throw InputError("", where, "no marketed Danish product of " + substance +
                                        " with a dispensable strength for this line; a taper cannot be dispensed "
                                        "(use --rotate-to to switch substance)");
    return f;
}

/// The pending depot component for a substance, created if needed; nullptr when it has no depot form.
Pending *depotPending(std::vector<Pending> &pending, const std::string &substance, Route route,
                      std::size_t order, const Formulary &formulary)
{
    for (auto &p : pending)
        if (p.substance == substance && p.route == route && p.reductionClass == Component::DepotClass) return &p;
    Family probe = depotFamily(substance, route, formulary, 1);
    if (!probe.valid()) return nullptr;
    Pending p;
    p.order = order;
    p.substance = substance;
    p.route = route;
    p.withTail = true;
    p.key = reinterpret_cast<std::size_t>(probe.products.front());
    p.make = [substance, route, &formulary](int cap) { return depotFamily(substance, route, formulary, cap); };
    pending.push_back(std::move(p));
    return &pending.back();
}

void checkRotationTarget(const std::string &target, const Formulary &formulary)
{
    const Substance *s = formulary.substance(target);
    if (!s) throw InputError("", "rotate_to", "unknown substance \"" + target + "\"");
    if (s->kind != SubstanceKind::FullAgonist || target == "fentanyl")
        throw InputError("", "rotate_to", "rotation to " + target + " is specialist territory (methadone, fentanyl "
                                          "and buprenorphine are refused); choose e.g. \"morphine\"");
    if (!depotFamily(target, Route::Oral, formulary, 1).valid())
        throw InputError("", "rotate_to", "no marketed Danish oral depot product of " + target);
}

} // namespace

Component rotationComponent(const std::string &substance, MeqPerDay meq, std::size_t order,
                            const TaperOptions &options, const Profile &profile, const Formulary &formulary, Date asOf)
{
    std::vector<Pending> pending;
    Pending *p = depotPending(pending, substance, Route::Oral, order, formulary);
    p->extraMeq = meq;
    std::vector<TaperNote> ignored;
    return finish(*p, options, profile, formulary, asOf, ignored);
}

std::vector<Component> initialComponents(const Regimen &regimen, const TaperOptions &options,
                                         const Profile &profile, const Formulary &formulary,
                                         std::vector<TaperNote> &notes)
{
    if (options.rotateTo) checkRotationTarget(*options.rotateTo, formulary);
    const MeqResult input = meq::compute(regimen, profile, formulary);
    std::vector<Pending> pending;
    std::vector<Component> prns;
    MeqPerDay rotatedMeq{0};
    std::string rotatedFrom;
    std::size_t rotatedOrder = regimen.lines.size();

    // Pass 0: refusals and rotation; pass 1: depot lines and patches; pass 2: short-acting and PRN.
    for (int pass = 0; pass < 3; ++pass)
        for (std::size_t i = 0; i < regimen.lines.size(); ++i) {
            const RegimenLine &line = regimen.lines[i];
            const Product *product = line.product ? formulary.product(*line.product) : nullptr;
            const bool rotated = options.rotateTo && line.substance != *options.rotateTo && !line.isPatch();
            const bool depot = line.isPatch() || line.release == Release::Extended;
            if (pass == 0) {
                const Substance *s = formulary.substance(line.substance);
                if (s && s->kind == SubstanceKind::Methadone)
                    throw InputError("", linePointer(i) + "/substance",
                                     "methadone: no automatic taper - methadone needs specialist handling (ECG/QTc "
                                     "monitoring, non-linear dose conversion, long and variable half-life)");
                if (!input.lines[i].meq)
                    throw InputError("", linePointer(i), "profile \"" + profile.id + "\" does not convert " +
                                                             line.substance + "; choose another profile");
                if (rotated) {
                    const MeqLine &m = input.lines[i];
                    rotatedMeq += m.meqUsed ? *m.meqUsed : *m.meq;
                    if (rotatedFrom.find(line.substance) == std::string::npos)
                        rotatedFrom += (rotatedFrom.empty() ? "" : ",") + line.substance;
                    rotatedOrder = std::min(rotatedOrder, i);
                }
                continue;
            }
            if (rotated || (pass == 1) != depot) continue;
            if (depot) {
                Family probe = product ? familyForProduct(*product, formulary, 1)
                                       : (line.isPatch() ? patchFamily(line.substance, nullptr, toCenti(scheduledDaily(line)), formulary)
                                                         : depotFamily(line.substance, line.route, formulary, 1));
                noFamily(linePointer(i), line.substance, probe);
                const std::size_t key = reinterpret_cast<std::size_t>(probe.products.front());
                Pending *p = findPending(pending, key);
                if (!p) {
                    Pending np;
                    np.reductionClass = line.isPatch() ? Component::PatchClass : Component::DepotClass;
                    np.order = i;
                    np.substance = line.substance;
                    np.route = line.route;
                    np.withTail = !line.isPatch();
                    np.key = key;
                    const bool patch = line.isPatch();
                    const Centi rate = toCenti(scheduledDaily(line));
                    np.make = [product, patch, rate, s = line.substance, r = line.route, &formulary](int cap) {
                        if (product) return familyForProduct(*product, formulary, cap);
                        return patch ? patchFamily(s, nullptr, rate, formulary) : depotFamily(s, r, formulary, cap);
                    };
                    pending.push_back(std::move(np));
                    p = &pending.back();
                }
                p->daily += scheduledDaily(line);
                continue;
            }
            // Short-acting: consolidate into the substance's depot form when it has one.
            const double perAdmin = line.dose ? valueOf(*line.dose) * line.count : 0;
            const double consolidatable = line.prn ? (line.usedPerDay ? *line.usedPerDay * perAdmin : -1)
                                                   : scheduledDaily(line);
            if (options.consolidate && consolidatable >= 0) {
                const Family probe = depotFamily(line.substance, line.route, formulary, 1);
                const double minDepot = probe.valid() ? static_cast<double>(probe.slots * probe.amounts[1].amount) / 100.0 : 0;
                if (probe.valid() && consolidatable >= minDepot) {
                    Pending *p = depotPending(pending, line.substance, line.route, i, formulary);
                    p->daily += consolidatable;
                    p->consolidated += consolidatable;
                    continue;
                }
            }
            const Family family = noFamily(linePointer(i), line.substance,
                                           product ? familyForProduct(*product, formulary, kDefaultUnitCap)
                                                   : immediateFamily(line.substance, line.route, formulary, kDefaultUnitCap));
            if (!line.prn) {
                Pending np;
                np.reductionClass = Component::ImmediateClass;
                np.order = i;
                np.substance = line.substance;
                np.route = line.route;
                np.slots = slotsOf(line);
                np.key = reinterpret_cast<std::size_t>(&line); // IR lines are not merged
                np.daily = scheduledDaily(line);
                np.make = [product, s = line.substance, r = line.route, &formulary](int cap) {
                    return product ? familyForProduct(*product, formulary, cap) : immediateFamily(s, r, formulary, cap);
                };
                pending.push_back(std::move(np));
                continue;
            }
            Component c;
            c.kind = Component::Kind::Prn;
            c.reductionClass = Component::PrnClass;
            c.order = i;
            c.substance = line.substance;
            c.main = family;
            measureMeq(c.main, profile, formulary, regimen.asOf);
            const Combo *dose = comboAtMost(c.main, toCenti(perAdmin));
            if (!dose || dose->amount == 0) noFamily(linePointer(i), line.substance, Family{});
            c.prnDose = *dose;
            const double max = *line.maxPerDay;
            c.prnMax = static_cast<int>(std::floor(line.usedPerDay ? std::min(*line.usedPerDay, max) : max));
            if (!line.usedPerDay)
                notes.push_back({TaperNoteCode::PrnUseUnknown, 0,
                                 {{"line", static_cast<double>(i)}, {"product", dose->parts.front().product->id}}});
            else if (c.prnMax < max)
                notes.push_back({TaperNoteCode::PrnReducedToUse, 0,
                                 {{"line", static_cast<double>(i)}, {"from_max", max},
                                  {"to_max", static_cast<double>(c.prnMax)}}});
            prns.push_back(std::move(c));
        }

    if (rotatedMeq.value() > 0) {
        Pending *p = depotPending(pending, *options.rotateTo, Route::Oral, rotatedOrder, formulary);
        p->extraMeq += rotatedMeq * (1.0 - options.crossToleranceReduction / 100.0);
    }
    std::vector<Component> out;
    for (auto &p : pending) out.push_back(finish(p, options, profile, formulary, regimen.asOf, notes));
    for (auto &c : prns) out.push_back(std::move(c));
    if (rotatedMeq.value() > 0) {
        MeqPerDay after{0};
        for (const auto &c : out)
            if (c.substance == *options.rotateTo && c.kind == Component::Kind::Scheduled) after += c.meq();
        notes.push_back({TaperNoteCode::Rotation, 0,
                         {{"from", rotatedFrom}, {"to", *options.rotateTo}, {"meq_before", rotatedMeq.value()},
                          {"meq_after", after.value()}, {"reduction_percent", options.crossToleranceReduction}}});
    }
    std::stable_sort(out.begin(), out.end(), [](const Component &a, const Component &b) { return a.order < b.order; });
    return out;
}

} // namespace taper::detail
