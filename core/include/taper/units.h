// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Strong types for drug amounts and morphine equivalents, in the spirit of std::chrono:
// construction is explicit, there is no implicit conversion to or from double, and quantities of
// different kinds (mg vs mcg/h, a drug amount vs an MEQ) cannot be added or compared.
// Crossing from a drug amount to an MEQ goes through toMeq() with a factor of the matching kind.

#include <cmath>
#include <compare>

namespace taper {

template <class Tag> class Quantity {
public:
    using tag = Tag;
    constexpr Quantity() = default;
    constexpr explicit Quantity(double value) : m_value(value) {}
    [[nodiscard]] constexpr double value() const { return m_value; }

    constexpr Quantity &operator+=(Quantity other)
    {
        m_value += other.m_value;
        return *this;
    }
    constexpr Quantity &operator-=(Quantity other)
    {
        m_value -= other.m_value;
        return *this;
    }
    friend constexpr Quantity operator+(Quantity a, Quantity b) { return Quantity(a.m_value + b.m_value); }
    friend constexpr Quantity operator-(Quantity a, Quantity b) { return Quantity(a.m_value - b.m_value); }
    friend constexpr Quantity operator*(Quantity a, double k) { return Quantity(a.m_value * k); }
    friend constexpr Quantity operator*(double k, Quantity a) { return Quantity(a.m_value * k); }
    friend constexpr Quantity operator/(Quantity a, double k) { return Quantity(a.m_value / k); }
    /// Ratio of two quantities of the same kind (dimensionless).
    friend constexpr double operator/(Quantity a, Quantity b) { return a.m_value / b.m_value; }
    friend constexpr auto operator<=>(Quantity, Quantity) = default;

private:
    double m_value = 0.0;
};

struct MgTag {};
struct MgPerDayTag {};
struct McgTag {};
struct McgPerDayTag {};
struct McgPerHourTag {};
struct MeqTag {};

using Mg = Quantity<MgTag>;                 ///< drug mass (labelled, salt) per administration or unit
using MgPerDay = Quantity<MgPerDayTag>;     ///< drug mass per day
using Mcg = Quantity<McgTag>;               ///< transmucosal fentanyl per administration
using McgPerDay = Quantity<McgPerDayTag>;   ///< transmucosal fentanyl per day
using McgPerHour = Quantity<McgPerHourTag>; ///< patch delivery rate, worn continuously
using MeqPerDay = Quantity<MeqTag>;         ///< morphine equivalent: mg oral morphine per day

/// Daily amount from a per-administration amount given `administrationsPerDay` times a day.
constexpr MgPerDay perDay(Mg dose, double administrationsPerDay)
{
    return MgPerDay(dose.value() * administrationsPerDay);
}
constexpr McgPerDay perDay(Mcg dose, double administrationsPerDay)
{
    return McgPerDay(dose.value() * administrationsPerDay);
}

/// Exact unit changes between mass units.
constexpr Mcg toMcg(Mg dose)
{
    return Mcg(dose.value() * 1000.0);
}
constexpr McgPerDay toMcgPerDay(MgPerDay rate)
{
    return McgPerDay(rate.value() * 1000.0);
}

/// A conversion factor: mg oral morphine per day for one unit of `Rate` (mg/day, mcg/day or mcg/h).
/// Only a factor of the matching kind can convert a given rate.
template <class Rate> class MeqFactor {
public:
    constexpr explicit MeqFactor(double value) : m_value(value) {}
    [[nodiscard]] constexpr double value() const { return m_value; }

private:
    double m_value;
};

/// The one crossing from a drug rate to a morphine equivalent.
template <class Rate> constexpr MeqPerDay toMeq(Rate rate, MeqFactor<Rate> factor)
{
    return MeqPerDay(rate.value() * factor.value());
}

/// Named rounding to the nearest multiple of `step` (in the quantity's own unit); halves round away from
/// zero.
template <class Q> Q roundTo(Q q, double step)
{
    return Q(std::round(q.value() / step) * step);
}
/// Rounding to 0.01 of the quantity's unit: the resolution of every number the program prints.
template <class Q> Q roundToHundredths(Q q)
{
    return roundTo(q, 0.01);
}

} // namespace taper
