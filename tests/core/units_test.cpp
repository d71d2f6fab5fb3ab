// SPDX-License-Identifier: GPL-3.0-or-later
#include "taper/units.h"

#include <gtest/gtest.h>

#include <type_traits>

using namespace taper;

// Mixing kinds must not compile; these static_asserts and tests/compile_fail prove it.
static_assert(!std::is_convertible_v<double, Mg>, "no implicit double -> Mg");
static_assert(!std::is_convertible_v<Mg, double>, "no implicit Mg -> double");
static_assert(!std::is_convertible_v<Mg, MeqPerDay>, "a drug amount is not an MEQ");
static_assert(!std::is_convertible_v<McgPerHour, MgPerDay>, "a patch rate is not an oral daily dose");
static_assert(!std::is_same_v<Mg, Mcg>);
template <class A, class B>
concept Addable = requires(A a, B b)
{
    a + b;
};
static_assert(Addable<Mg, Mg>);
static_assert(!Addable<Mg, McgPerHour>, "mg + mcg/h must not compile");
static_assert(!Addable<MeqPerDay, MgPerDay>, "MEQ + mg/day must not compile");
template <class Rate, class Factor>
concept Convertible = requires(Rate r, Factor f)
{
    toMeq(r, f);
};
static_assert(Convertible<MgPerDay, MeqFactor<MgPerDay>>);
static_assert(!Convertible<MgPerDay, MeqFactor<McgPerHour>>, "a patch factor cannot convert mg/day");
static_assert(!Convertible<Mg, MeqFactor<MgPerDay>>, "a per-administration dose needs perDay() first");

TEST(Units, ArithmeticWithinOneKind)
{
    EXPECT_EQ((Mg(30) + Mg(10)).value(), 40);
    EXPECT_EQ((Mg(30) * 4).value(), 120);
    EXPECT_DOUBLE_EQ(Mg(30) / Mg(10), 3.0);
    EXPECT_LT(Mg(10), Mg(30));
}

TEST(Units, PerDayAndConversion)
{
    const MgPerDay daily = perDay(Mg(30), 4);
    EXPECT_EQ(daily.value(), 120);
    EXPECT_DOUBLE_EQ(toMeq(daily, MeqFactor<MgPerDay>(1.0)).value(), 120);
    EXPECT_DOUBLE_EQ(toMeq(McgPerHour(25), MeqFactor<McgPerHour>(2.4)).value(), 60);
    EXPECT_DOUBLE_EQ(toMcg(Mg(0.1)).value(), 100);
}

TEST(Units, NamedRounding)
{
    EXPECT_DOUBLE_EQ(roundToHundredths(MeqPerDay(59.996)).value(), 60.0);
    EXPECT_DOUBLE_EQ(roundTo(Mg(7.3), 0.5).value(), 7.5);
}
