// SPDX-License-Identifier: GPL-3.0-or-later
// Step 0 of a plan: the regimen turned into components — consolidation of short-acting use into one
// long-acting product, rotation with the cross-tolerance reduction, PRN allowances, labelled maxima —
// all rounded down to dispensable doses, so step 0 never exceeds the patient's actual MEQ
// (docs/taper.md, "Step 0").
#include "taper/meq.h"
#include "taper/rule_data.h"
#include "taper_internal.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

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
    std::function<Family(int, Availability)> make; ///< builds the main family for a unit cap
    const Product *own = nullptr;                  ///< the product the patient takes (always admitted)
    bool withTail = false;
    int slots = 0;           ///< 0: the family's own dosing interval
    double daily = 0;        ///< mg/day or mcg/h, in the family's strength unit
    MeqPerDay extraMeq{0};   ///< rotated in, converted with the family's factor
    MeqPerDay ownMeq{0};     ///< MEQ of the target's own lines before rotation
    double consolidated = 0; ///< part of `daily` moved from short-acting use
    std::size_t key = 0;     ///< identity for merging (the first product's address)
};

double scheduledDaily(const RegimenLine &line)
{
    if (line.isPatch()) return valueOf(*line.dose) * line.count;
    if (line.schedule) {
        double sum = 0;
        for (double v : *line.schedule)
            sum += v;
        return sum * line.count;
    }
    return valueOf(*line.dose) * line.administrationsPerDay() * line.count;
}

int slotsOf(const RegimenLine &line)
{
    if (line.timesPerDay) return *line.timesPerDay;
    return static_cast<int>(line.administrationsPerDay());
}

/// A labelled maximum that limits a family's products: the opioid's own, or a combination partner's
/// (paracetamol, ASA), with the mg of the limited substance per mg of the opioid.
struct FamilyMax {
    const LabelMaximum *entry = nullptr;
    double ratio = 1;
    std::string key() const
    {
        return entry->substance + (entry->products.empty() ? "" : "/" + entry->products.front());
    }
};

std::vector<FamilyMax> labelMaximaOf(const Family &f, const Formulary &formulary)
{
    std::vector<FamilyMax> out;
    if (!f.valid() || f.patch) return out;
    const Product &front = *f.products.front();
    for (const LabelMaximum &m : formulary.rules().aboveLabelMax.maxima) {
        const bool products =
            m.products.empty() || std::all_of(f.products.begin(), f.products.end(), [&](const Product *p) {
                return std::find(m.products.begin(), m.products.end(), p->id) != m.products.end();
            });
        if (m.route != front.route || !products) continue;
        if (m.substance == front.substance) {
            out.push_back({&m, 1.0});
            continue;
        }
        auto c = std::find_if(front.components.begin(), front.components.end(),
                              [&](const ProductComponent &pc) { return pc.substance == m.substance; });
        if (c != front.components.end()) out.push_back({&m, c->mg / front.strength});
    }
    return out;
}

/// The most opioid a day (the family's strength unit) every maximum still allows on top of what other
/// lines use (`used`: mg a day per maximum), and the maximum that binds; none when nothing limits.
std::optional<std::pair<double, const FamilyMax *>> labelRoom(const std::vector<FamilyMax> &maxima,
                                                              std::map<std::string, double> &used)
{
    std::optional<std::pair<double, const FamilyMax *>> best;
    for (const FamilyMax &m : maxima) {
        const double room = std::max(0.0, (m.entry->maxMgPerDay - used[m.key()]) / m.ratio);
        if (!best || room < best->first) best = {room, &m};
    }
    return best;
}

/// Notes label_max_capped for `from` → `to` (opioid a day) under the binding maximum.
void noteCapped(const FamilyMax &m, double from, double to, std::map<std::string, double> &used,
                std::vector<TaperNote> &notes)
{
    const double base = used[m.key()];
    notes.push_back({TaperNoteCode::LabelMaxCapped,
                     0,
                     {{"substance", m.entry->substance},
                      {"max_mg_per_day", m.entry->maxMgPerDay},
                      {"from_mg_per_day", base + from * m.ratio},
                      {"to_mg_per_day", base + to * m.ratio}}});
}

void charge(const std::vector<FamilyMax> &maxima, double opioidDaily, std::map<std::string, double> &used)
{
    for (const FamilyMax &m : maxima)
        used[m.key()] += opioidDaily * m.ratio;
}

/// Brings `daily` (opioid amount a day) within every labelled maximum of the family less what other
/// lines already use; notes label_max_capped when it had to.
void capToLabelMax(Pending &p, const Family &f, const Formulary &formulary,
                   std::map<std::string, double> &used, std::vector<TaperNote> &notes)
{
    const std::vector<FamilyMax> maxima = labelMaximaOf(f, formulary);
    if (const auto room = labelRoom(maxima, used); room && p.daily > room->first + 1e-9) {
        noteCapped(*room->second, p.daily, room->first, used, notes);
        p.daily = room->first;
    }
    charge(maxima, p.daily, used);
}

Component finishComponent(Pending &p, const TaperOptions &options, const Profile &profile,
                          const Formulary &formulary, Date asOf, std::vector<TaperNote> &notes,
                          std::map<std::string, double> &labelUsed)
{
    const Availability avail{options.allowUnconfirmed, p.own};
    Component c;
    c.reductionClass = p.reductionClass;
    c.order = p.order;
    c.substance = p.substance;
    c.main = p.make(kDefaultUnitCap, avail);
    measureMeq(c.main, profile, formulary, asOf);
    if (p.extraMeq.value() > 0) p.daily += p.extraMeq.value() / (c.main.meqPerCenti * 100.0);
    capToLabelMax(p, c.main, formulary, labelUsed, notes);
    const int slots = p.slots > 0 ? p.slots : c.main.slots;
    const double perSlot = p.daily / std::max(1, std::min(slots, 4));
    const int cap = std::max(kDefaultUnitCap,
                             static_cast<int>(std::ceil(perSlot / c.main.products.front()->strength)) + 1);
    if (cap > kDefaultUnitCap && !c.main.patch) {
        c.main = p.make(cap, avail);
        measureMeq(c.main, profile, formulary, asOf);
    }
    c.main.slots = slots;
    c.main.uniform = slots > 4;
    if (p.withTail && (options.allowIrTail || c.main.patch)) {
        if (c.main.patch) {
            c.tail = smallerPatchFamily(p.substance, c.main.amounts.size() > 1 ? c.main.amounts[1].amount : 0,
                                        formulary, avail);
        } else {
            c.tail =
                immediateFamily(p.substance, p.route, formulary, kDefaultUnitCap, avail, options.fineTail);
            if (c.tail.valid()) c.tail.slots = c.main.slots;
        }
        if (c.tail.valid()) measureMeq(c.tail, profile, formulary, asOf);
    }
    buildCandidates(c, options.largerDose);
    const Centi wanted = toCenti(p.daily);
    std::size_t at = candidateAtMost(c, wanted);
    // Step 0 keeps the patient's number of administrations where a layout of the total has it.
    while (at > 0) {
        auto &opts = c.candidates[at].options;
        auto same = std::find_if(opts.begin(), opts.end(), [&](const Layout &l) {
            return l.times == 0 ? l.administrations == std::min(slots, 4) : l.administrations == slots;
        });
        if (same != opts.end()) std::rotate(opts.begin(), same, same + 1);
        if (c.moveTo(at)) break;
        --at;
    }
    if (at == 0) c.current = 0;
    if (c.main.emptySlots && !c.main.patch) c.startLargestAdministration = c.layout.largestAdministration;
    const double factor = c.main.meqPerCenti;
    if (c.candidates[c.current].total < wanted)
        notes.push_back({TaperNoteCode::RoundedDown,
                         0,
                         {{"line", static_cast<double>(p.order)},
                          {"from_meq", static_cast<double>(wanted) * factor},
                          {"to_meq", c.meq().value()}}});
    if (p.consolidated > 0)
        notes.push_back({TaperNoteCode::Consolidated,
                         0,
                         {{"substance", p.substance},
                          {"from_mg_per_day", p.consolidated},
                          {"to_mg_per_day", fromCenti(c.candidates[c.current].total)}}});
    return c;
}

/// Lines whose products form one family are merged into one component whatever brand they name
/// (Norspan and Buprenorphine Orion, Tramadol Retard brands).
std::size_t familyKey(const Product &p)
{
    const std::string id =
        p.substance + "|" + std::string(toString(p.route)) + "|" + std::string(toString(p.release)) + "|" +
        std::to_string(p.dosingIntervalHours.value_or(0)) + "|" + std::to_string(p.wearHours.value_or(0)) +
        "|" + std::string(toString(p.form)) + "|" + (p.combination.empty() ? "" : p.brand);
    return std::hash<std::string>{}(id);
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
        throw InputError("", where, {ProblemCode::no_dispensable_product, {substanceToken(substance)}});
    return f;
}

/// The pending depot component for a substance, created if needed; nullptr when it has no depot form.
Pending *depotPending(std::vector<Pending> &pending, const std::string &substance, Route route,
                      std::size_t order, const Formulary &formulary, Availability avail)
{
    for (auto &p : pending)
        if (p.substance == substance && p.route == route && p.reductionClass == Component::DepotClass)
            return &p;
    Family probe = depotFamily(substance, route, formulary, 1, avail);
    if (!probe.valid()) return nullptr;
    Pending p;
    p.order = order;
    p.substance = substance;
    p.route = route;
    p.withTail = true;
    p.key = familyKey(*probe.products.front());
    p.make = [substance, route, &formulary](int cap, Availability a) {
        return depotFamily(substance, route, formulary, cap, a);
    };
    pending.push_back(std::move(p));
    return &pending.back();
}

void checkRotationTarget(const std::string &target, const Formulary &formulary, Availability avail)
{
    const Substance *s = formulary.substance(target);
    if (!s) throw InputError("", "rotate_to", {ProblemCode::unknown_substance, {target}});
    if (s->kind != SubstanceKind::FullAgonist || target == "fentanyl")
        throw InputError("", "rotate_to", {ProblemCode::rotation_specialist, {substanceToken(target)}});
    if (!depotFamily(target, Route::Oral, formulary, 1, avail).valid())
        throw InputError("", "rotate_to", {ProblemCode::rotation_no_depot, {substanceToken(target)}});
}

/// The one oral long-acting substance short-acting use is consolidated into (issue "one long-acting
/// opioid"): rotate_to; else the patient's oral depot substance with the largest MEQ; else, with no
/// patch, the patient's short-acting substance with the largest MEQ that has a depot form. Empty:
/// nothing is consolidated across substances (beside a patch, or no substance with a depot form).
std::string consolidationTarget(const Regimen &regimen, const MeqResult &input, const TaperOptions &options,
                                const Formulary &formulary, Availability avail)
{
    if (options.rotateTo) return *options.rotateTo;
    std::map<std::string, double> depotMeq;
    std::vector<std::string> shortActing;
    bool patch = false;
    for (std::size_t i = 0; i < regimen.lines.size(); ++i) {
        const RegimenLine &line = regimen.lines[i];
        if (line.isPatch())
            patch = true;
        else if (line.release == Release::Extended && line.route == Route::Oral)
            depotMeq[line.substance] += input.lines[i].meq ? input.lines[i].meq->value() : 0;
        else if (std::find(shortActing.begin(), shortActing.end(), line.substance) == shortActing.end())
            shortActing.push_back(line.substance);
    }
    if (!depotMeq.empty())
        return std::max_element(depotMeq.begin(), depotMeq.end(),
                                [](const auto &a, const auto &b) { return a.second < b.second; })
            ->first;
    if (patch || !options.consolidate) return {};
    // Short-acting only: the substance with the largest MEQ that has a depot form (never a substance the
    // patient is not on without rotate_to).
    std::string best;
    double bestMeq = -1;
    for (const std::string &s : shortActing) {
        if (!depotFamily(s, Route::Oral, formulary, 1, avail).valid()) continue;
        double meq = 0;
        for (std::size_t i = 0; i < regimen.lines.size(); ++i)
            if (regimen.lines[i].substance == s && input.lines[i].meq) meq += input.lines[i].meq->value();
        if (meq > bestMeq) {
            best = s;
            bestMeq = meq;
        }
    }
    return best;
}

} // namespace

Component rotationComponent(const std::string &substance, MeqPerDay meq, std::size_t order,
                            const TaperOptions &options, const Profile &profile, const Formulary &formulary,
                            Date asOf)
{
    std::vector<Pending> pending;
    Pending *p =
        depotPending(pending, substance, Route::Oral, order, formulary, {options.allowUnconfirmed, nullptr});
    p->extraMeq = meq;
    std::vector<TaperNote> ignored;
    std::map<std::string, double> labelUsed;
    return finishComponent(*p, options, profile, formulary, asOf, ignored, labelUsed);
}

namespace {

/// What the passes over the regimen gather for step 0.
struct Gathered {
    std::vector<Pending> pending; ///< scheduled components (depot, patch, IR at fixed times)
    std::vector<Component> prns;  ///< PRN allowances
    MeqPerDay rotatedMeq{0};      ///< MEQ of the lines rotated into the target, at actual use
    std::string rotatedFrom;      ///< their substances, comma-separated
    std::size_t rotatedOrder = 0; ///< the first rotated line
};

/// What every pass reads, and where notes go.
struct Pass {
    const Regimen &regimen;
    const TaperOptions &options;
    const Profile &profile;
    const Formulary &formulary;
    const MeqResult &input;
    const std::string &target; ///< the one long-acting substance, or empty
    std::vector<TaperNote> &notes;
};

/// Whether line `line` is rotated into the target: with rotate_to every non-patch line of another
/// substance; else a short-acting line of another substance at actual use (PRN without known use
/// stays PRN).
bool isRotated(const RegimenLine &line, const Pass &c)
{
    const bool depot = line.isPatch() || line.release == Release::Extended;
    return !c.target.empty() && line.substance != c.target && !line.isPatch() &&
           (c.options.rotateTo || (!depot && (!line.prn || line.usedPerDay)));
}

/// Pass 0 for line `i`: refuses what cannot be tapered (methadone, a line the profile does not
/// convert) and gathers a rotated line (its MEQ; a combination product's partner stops).
void refuseOrRotate(std::size_t i, const Pass &c, Gathered &g)
{
    const RegimenLine &line = c.regimen.lines[i];
    const MeqLine &m = c.input.lines[i];
    const Substance *s = c.formulary.substance(line.substance);
    if (s && s->kind == SubstanceKind::Methadone)
        throw InputError("", linePointer(i) + "/substance", {ProblemCode::methadone_no_taper});
    if (!m.meq)
        throw InputError("", linePointer(i),
                         {ProblemCode::profile_does_not_convert,
                          {profileToken(c.profile.id), substanceToken(line.substance)}});
    if (!isRotated(line, c)) return;
    g.rotatedMeq += m.meqUsed ? *m.meqUsed : *m.meq;
    if (g.rotatedFrom.find(line.substance) == std::string::npos)
        g.rotatedFrom += (g.rotatedFrom.empty() ? "" : ",") + line.substance;
    g.rotatedOrder = std::min(g.rotatedOrder, i);
    if (const Product *product = line.product ? c.formulary.product(*line.product) : nullptr)
        for (const ProductComponent &pc : product->components)
            c.notes.push_back(
                {TaperNoteCode::ComponentStops, 0, {{"product", product->id}, {"component", pc.substance}}});
}

/// Pass 1 for a depot line or patch `i`: it joins the pending component of its product family.
void gatherDepotLine(std::size_t i, const Pass &c, Gathered &g)
{
    const RegimenLine &line = c.regimen.lines[i];
    const Formulary &formulary = c.formulary;
    const Product *product = line.product ? formulary.product(*line.product) : nullptr;
    const Availability avail{c.options.allowUnconfirmed, product};
    Family probe = product ? familyForProduct(*product, formulary, 1, avail)
                           : (line.isPatch() ? patchFamily(line.substance, nullptr,
                                                           toCenti(scheduledDaily(line)), formulary, avail)
                                             : depotFamily(line.substance, line.route, formulary, 1, avail));
    noFamily(linePointer(i), line.substance, probe);
    const std::size_t key = familyKey(*probe.products.front());
    Pending *p = findPending(g.pending, key);
    if (!p) {
        Pending np;
        np.reductionClass = line.isPatch() ? Component::PatchClass : Component::DepotClass;
        np.order = i;
        np.substance = line.substance;
        np.route = line.route;
        np.withTail = true;
        np.key = key;
        np.own = product;
        const bool patch = line.isPatch();
        const Centi rate = toCenti(scheduledDaily(line));
        np.make = [product, patch, rate, s = line.substance, r = line.route, &formulary](int cap,
                                                                                         Availability a) {
            if (product) return familyForProduct(*product, formulary, cap, a);
            return patch ? patchFamily(s, nullptr, rate, formulary, a) : depotFamily(s, r, formulary, cap, a);
        };
        g.pending.push_back(std::move(np));
        p = &g.pending.back();
    }
    p->daily += scheduledDaily(line);
    if (line.substance == c.target) p->ownMeq += *c.input.lines[i].meq;
}

/// Pass 2 for a short-acting line `i`: consolidated into its substance's depot form (when it is the
/// target and enough for the smallest depot dose), else tapered as its own IR component at fixed
/// times, or (PRN) kept as an allowance cut to the actual use.
void gatherShortActingLine(std::size_t i, const Pass &c, Gathered &g)
{
    const RegimenLine &line = c.regimen.lines[i];
    const Formulary &formulary = c.formulary;
    const Product *product = line.product ? formulary.product(*line.product) : nullptr;
    const Availability avail{c.options.allowUnconfirmed, product};
    const Availability anyOwn{c.options.allowUnconfirmed, nullptr};
    const double perAdmin = line.dose ? valueOf(*line.dose) * line.count : 0;
    const double consolidatable =
        line.prn ? (line.usedPerDay ? *line.usedPerDay * perAdmin : -1) : scheduledDaily(line);
    if (c.options.consolidate && consolidatable >= 0 && line.substance == c.target) {
        const Family probe = depotFamily(line.substance, line.route, formulary, 1, anyOwn);
        const double minDepot =
            probe.valid() ? static_cast<double>(probe.slots * probe.amounts[1].amount) / 100.0 : 0;
        if (probe.valid() && consolidatable >= minDepot) {
            Pending *p = depotPending(g.pending, line.substance, line.route, i, formulary, anyOwn);
            p->daily += consolidatable;
            p->consolidated += consolidatable;
            return;
        }
    }
    const Family family =
        noFamily(linePointer(i), line.substance,
                 product ? familyForProduct(*product, formulary, kDefaultUnitCap, avail)
                         : immediateFamily(line.substance, line.route, formulary, kDefaultUnitCap, avail));
    if (!line.prn) {
        Pending np;
        np.reductionClass = Component::ImmediateClass;
        np.order = i;
        np.substance = line.substance;
        np.route = line.route;
        np.slots = slotsOf(line);
        np.own = product;
        np.key = reinterpret_cast<std::size_t>(&line); // IR lines are not merged
        np.daily = scheduledDaily(line);
        np.make = [product, s = line.substance, r = line.route, &formulary](int cap, Availability a) {
            return product ? familyForProduct(*product, formulary, cap, a)
                           : immediateFamily(s, r, formulary, cap, a);
        };
        if (!c.options.rotateTo && !depotFamily(line.substance, line.route, formulary, 1, anyOwn).valid())
            c.notes.push_back({TaperNoteCode::NoDepotForm,
                               std::nullopt,
                               {{"substance", line.substance}, {"rotate_to", std::string("morphine")}}});
        g.pending.push_back(std::move(np));
        return;
    }
    Component prn;
    prn.kind = Component::Kind::Prn;
    prn.reductionClass = Component::PrnClass;
    prn.order = i;
    prn.substance = line.substance;
    prn.main = family;
    measureMeq(prn.main, c.profile, formulary, c.regimen.asOf);
    const Combo *dose = comboAtMost(prn.main, toCenti(perAdmin));
    if (!dose || dose->amount == 0) noFamily(linePointer(i), line.substance, Family{});
    prn.prnDose = *dose;
    const double max = *line.maxPerDay;
    prn.prnMax = static_cast<int>(std::floor(line.usedPerDay ? std::min(*line.usedPerDay, max) : max));
    if (!line.usedPerDay)
        c.notes.push_back({TaperNoteCode::PrnUseUnknown,
                           0,
                           {{"line", static_cast<double>(i)}, {"product", dose->parts.front().product->id}}});
    else if (prn.prnMax < max)
        c.notes.push_back({TaperNoteCode::PrnReducedToUse,
                           0,
                           {{"line", static_cast<double>(i)},
                            {"from_max", max},
                            {"to_max", static_cast<double>(prn.prnMax)}}});
    g.prns.push_back(std::move(prn));
}

/// A PRN allowance beside fixed doses of the same substance is cut first to stay within the label;
/// the allowances are appended to `out`.
void addPrnWithinLabel(std::vector<Component> &prns, std::map<std::string, double> &labelUsed,
                       const Formulary &formulary, std::vector<TaperNote> &notes, std::vector<Component> &out)
{
    for (auto &c : prns) {
        const std::vector<FamilyMax> maxima = labelMaximaOf(c.main, formulary);
        const double per = fromCenti(c.prnDose.amount);
        if (const auto room = labelRoom(maxima, labelUsed)) {
            const int allowed = std::max(0, static_cast<int>(std::floor(room->first / per + 1e-9)));
            if (c.prnMax > allowed) {
                noteCapped(*room->second, per * c.prnMax, per * allowed, labelUsed, notes);
                c.prnMax = allowed;
            }
        }
        charge(maxima, per * c.prnMax, labelUsed);
        out.push_back(std::move(c));
    }
}

/// The rotation note: the rotated MEQ before and what it became in the target after the
/// cross-tolerance reduction and rounding (the target's own lines left out).
void noteRotation(const Gathered &g, const std::vector<Component> &out, const Pass &c)
{
    MeqPerDay after{0}, own{0};
    for (const auto &p : g.pending)
        if (p.substance == c.target) own += p.ownMeq;
    for (const auto &comp : out)
        if (comp.substance == c.target && comp.kind == Component::Kind::Scheduled) after += comp.meq();
    c.notes.push_back({TaperNoteCode::Rotation,
                       0,
                       {{"from", g.rotatedFrom},
                        {"to", c.target},
                        {"meq_before", g.rotatedMeq.value()},
                        {"meq_after", std::max(0.0, (after - own).value())},
                        {"reduction_percent", c.options.crossToleranceReduction}}});
}

} // namespace

std::vector<Component> initialComponents(const Regimen &regimen, const TaperOptions &options,
                                         const Profile &profile, const Formulary &formulary,
                                         std::vector<TaperNote> &notes)
{
    const Availability anyOwn{options.allowUnconfirmed, nullptr};
    if (options.rotateTo) checkRotationTarget(*options.rotateTo, formulary, anyOwn);
    const MeqResult input = meq::compute(regimen, profile, formulary);
    const std::string target = consolidationTarget(regimen, input, options, formulary, anyOwn);
    const Pass pass{regimen, options, profile, formulary, input, target, notes};
    Gathered g;
    g.rotatedOrder = regimen.lines.size();
    // Pass 0: refusals and rotation; pass 1: depot lines and patches; pass 2: short-acting and PRN.
    for (std::size_t i = 0; i < regimen.lines.size(); ++i)
        refuseOrRotate(i, pass, g);
    for (const bool depotPass : {true, false})
        for (std::size_t i = 0; i < regimen.lines.size(); ++i) {
            const RegimenLine &line = regimen.lines[i];
            const bool depot = line.isPatch() || line.release == Release::Extended;
            if (isRotated(line, pass) || depot != depotPass) continue;
            if (depot)
                gatherDepotLine(i, pass, g);
            else
                gatherShortActingLine(i, pass, g);
        }
    if (g.rotatedMeq.value() > 0) {
        Pending *p = depotPending(g.pending, target, Route::Oral, g.rotatedOrder, formulary, anyOwn);
        p->extraMeq += g.rotatedMeq * (1.0 - options.crossToleranceReduction / 100.0);
    }
    std::vector<Component> out;
    std::map<std::string, double> labelUsed; // opioid (or partner) amount a day per labelled maximum
    for (auto &p : g.pending)
        out.push_back(finishComponent(p, options, profile, formulary, regimen.asOf, notes, labelUsed));
    addPrnWithinLabel(g.prns, labelUsed, formulary, notes, out);
    if (g.rotatedMeq.value() > 0) noteRotation(g, out, pass);
    std::stable_sort(out.begin(), out.end(),
                     [](const Component &a, const Component &b) { return a.order < b.order; });
    return out;
}

} // namespace taper::detail
