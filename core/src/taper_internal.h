// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internals of taper::plan (not installed). All searches run on integers: amounts are Centi, 0.01 of
// the family's strength unit (mg or mcg/h), so 12.5 mcg/h is 1250 and half a 2.6 mg capsule is 130.

#include "taper/taper.h"

#include <cstdint>
#include <vector>

namespace taper::detail {

using Centi = std::int64_t;

Centi toCenti(double amount);
double fromCenti(Centi amount);

/// One product in an administration: `halves` half units (2 = one whole tablet / 1 ml / 1 patch).
struct Part {
    const Product *product = nullptr;
    int halves = 0;
};

/// One achievable amount per administration from at most two products (strengths).
struct Combo {
    Centi amount = 0;
    int pieces = 0;
    std::uint32_t mask = 0; ///< bit i: Family::products[i] is used
    std::vector<Part> parts;
};

/// A product family: substance + route + release + dosing interval + form group (+ combination).
/// `amounts` is ascending by amount, then pieces, and starts with the empty administration (amount 0);
/// an amount appears once per product set that makes it (fewest units for that set).
struct Family {
    std::vector<const Product *> products; ///< one per strength, largest first
    std::vector<Combo> amounts;
    int slots = 1;           ///< administrations a day (12-hour depot: 2; patch: 1)
    bool emptySlots = false; ///< a slot may be left empty (immediate release)
    bool uniform = false;    ///< more than 4 administrations: all equal, written as times_per_day
    bool patch = false;
    int wearDays = 0;       ///< patches: days per patch (rounded up)
    double meqPerCenti = 0; ///< MEQ (mg/day) per 0.01 unit/day, measured with meq::compute
    bool valid() const { return !products.empty(); }
};

/// How a daily total is laid out: per slot an index into Family::amounts (≤ 4 slots), or for a
/// uniform family `times` administrations of amounts[amountIndex].
struct Layout {
    Centi total = 0;
    bool tail = false; ///< realised with the component's tail family
    std::vector<int> slotAmount;
    int times = 0;
    int amountIndex = 0;
    std::uint32_t mask = 0; ///< products used (bits of the family's products)
    int pieces = 0;         ///< units a day (a solution measure counts once per administration)
    Centi spread = 0;       ///< largest minus smallest administration
    int administrations = 0;
    Centi largestAdministration = 0;
};

/// One achievable daily total and every way to lay it out with at most two strengths.
struct Candidate {
    Centi total = 0;
    bool tail = false;
    std::vector<Layout> options; ///< best first (fewest units, then most even)
};

/// Which marketed products a family may use: strengths whose availability is not confirmed only when
/// allowed, or when it is the product the patient already takes (`own`).
struct Availability {
    bool allowUnconfirmed = false;
    const Product *own = nullptr;
    bool admits(const Product &p) const { return allowUnconfirmed || p.availabilityConfirmed || &p == own; }
};

/// Families for the products of a line. Each returns an invalid (empty) family when none exists.
Family familyForProduct(const Product &product, const Formulary &formulary, int unitCap, Availability avail);
Family depotFamily(const std::string &substance, Route route, const Formulary &formulary, int unitCap,
                   Availability avail);
/// Immediate release: solid forms, or with `preferSolution` the oral solution first (finest steps).
Family immediateFamily(const std::string &substance, Route route, const Formulary &formulary, int unitCap,
                       Availability avail, bool preferSolution = false);
/// The patch family of `substance` whose sizes best fit `rate` (the named product's wear time first).
Family patchFamily(const std::string &substance, const Product *named, Centi rate, const Formulary &formulary,
                   Availability avail);
/// The patch family of `substance` with the smallest size below `below` (another wear time), or invalid.
Family smallerPatchFamily(const std::string &substance, Centi below, const Formulary &formulary,
                          Availability avail);

/// Measures and stores the family's MEQ per 0.01 unit/day with meq::compute on a one-line regimen.
void measureMeq(Family &family, const Profile &profile, const Formulary &formulary, Date asOf);

/// Every achievable daily total of `family` laid out over its slots, ascending, starting with 0, each
/// with its layouts of at most two strengths. Uneven splits differ by one step of the distinct amounts;
/// the larger doses go where `larger` says.
std::vector<Candidate> layouts(const Family &family, LargerDose larger);
/// Slot positions (0 morning, 1 noon, 2 evening, 3 night) for `slots` administrations, with the
/// positions that take the larger dose first.
std::vector<int> slotPositions(int slots, LargerDose larger);

/// The smallest combo of `family` whose amount is `amount`, or the largest below it; nullptr if none.
const Combo *comboAtMost(const Family &family, Centi amount);

/// One thing being tapered: a scheduled family (depot, IR, or patch) or a PRN allowance.
struct Component {
    enum class Kind { Scheduled, Prn };
    enum Class { PrnClass = 0, ImmediateClass = 1, DepotClass = 2, PatchClass = 3 };
    Kind kind = Kind::Scheduled;
    int reductionClass = DepotClass;
    std::size_t order = 0; ///< regimen line it comes from (output order)
    std::string substance;
    Family main;
    Family tail;                          ///< IR tail (may be invalid)
    std::vector<Candidate> candidates;    ///< ascending; [0] is total 0 (stopped)
    std::size_t current = 0;              ///< index into candidates
    Layout layout;                        ///< the chosen layout of candidates[current]
    Centi startLargestAdministration = 0; ///< immediate release: no administration grows above it
    // PRN allowance
    Combo prnDose;
    int prnMax = 0;
    bool rotateAtEnd = false; ///< a patch that switches to rotate_to below its smallest size

    const Family &familyOf(const Layout &l) const { return l.tail ? tail : main; }
    const Family &familyOf(const Candidate &c) const { return c.tail ? tail : main; }
    /// Moves to candidate `index` with its best admissible layout (keeping the current strengths
    /// when it can); false if no layout of it is admissible (see admissible()).
    bool moveTo(std::size_t index);
    /// Immediate release keeps the patient's times: no more administrations than now, none larger
    /// than at the start. Depot and patch layouts are always admissible.
    bool admissible(const Layout &l) const;
    bool active() const { return kind == Kind::Prn ? prnMax > 0 : current > 0; }
    MeqPerDay meq() const;
    MeqPerDay meqAt(std::size_t candidate) const;
};

/// Builds the candidates of a scheduled component from main + tail (tail only below main's smallest
/// nonzero total).
void buildCandidates(Component &c, LargerDose larger);
/// Index of the largest candidate with total ≤ amount.
std::size_t candidateAtMost(const Component &c, Centi amount);
/// The products a layout uses.
std::vector<const Product *> productsOf(const Family &family, const Layout &layout);

/// Step 0: the regimen as components (consolidated, rotated, rounded down to dispensable doses).
std::vector<Component> initialComponents(const Regimen &regimen, const TaperOptions &options,
                                         const Profile &profile, const Formulary &formulary,
                                         std::vector<TaperNote> &notes);
/// A rotation target component holding `meq` (already reduced), rounded down; inactive if below.
Component rotationComponent(const std::string &substance, MeqPerDay meq, std::size_t order,
                            const TaperOptions &options, const Profile &profile, const Formulary &formulary,
                            Date asOf);

/// The doses of the components in their current state (product order by component, then strength).
std::vector<StepDose> stepDoses(const std::vector<Component> &components);

/// Days a step with `doses` lasts at `interval` days: rounded up to whole patch wear periods.
int stepDays(const std::vector<StepDose> &doses, int interval);
/// Units to dispense for `days` of `doses` (patches: per wear period; tablets rounded up to whole).
std::vector<Dispense> dispenseFor(const std::vector<StepDose> &doses, int days);

} // namespace taper::detail
