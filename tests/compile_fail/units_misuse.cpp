// SPDX-License-Identifier: GPL-3.0-or-later
// Each CASE is a misuse the type system must reject (see CMakeLists.txt). CASE 0 is valid code.
#include "taper/units.h"
#if CASE == 7
#include <QString> // core has no Qt on its include path, so this must fail
#endif

using namespace taper;

int main()
{
#if CASE == 0
    const MeqPerDay meq = toMeq(MgPerDay(120), MeqFactor<MgPerDay>(1.0)) + MeqPerDay(180);
    return meq.value() == 300 ? 0 : 1;
#elif CASE == 1
    auto sum = Mg(10) + McgPerHour(25);
    return static_cast<int>(sum.value());
#elif CASE == 2
    MeqPerDay meq = Mg(30);
    return static_cast<int>(meq.value());
#elif CASE == 3
    double d = Mg(30);
    return static_cast<int>(d);
#elif CASE == 4
    MeqPerDay meq = toMeq(MgPerDay(120), MeqFactor<McgPerHour>(2.4));
    return static_cast<int>(meq.value());
#elif CASE == 5
    Mg dose = 30.0;
    return static_cast<int>(dose.value());
#elif CASE == 6
    return MeqPerDay(60) < MgPerDay(60) ? 0 : 1;
#elif CASE == 7
    return static_cast<int>(QString("x").size());
#endif
}
