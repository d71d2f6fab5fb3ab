// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Danish clinic days and the dates of a plan's sessions (appointments). A session never falls on a
// Saturday, a Sunday or a day Danish clinics are closed: the public holidays (helligdage, Easter
// computed) plus grundlovsdag, juleaftensdag and nytårsaftensdag (docs/sessions.md).

#include "taper/dates.h"

#include <vector>

namespace taper {

struct Plan;

/// Easter Sunday of `year` (Gregorian calendar; the anonymous Gregorian algorithm). year ≥ 1583.
Date easterSunday(int year);

/// True on the days Danish clinics are closed besides weekends: nytårsdag, skærtorsdag, langfredag,
/// påskedag, 2. påskedag, store bededag (until 2023; abolished from 2024), Kristi himmelfartsdag,
/// pinsedag, 2. pinsedag, grundlovsdag (5 June), juleaftensdag, juledag, 2. juledag, nytårsaftensdag.
bool isDanishHoliday(Date d);

/// Monday to Friday and not isDanishHoliday.
bool isClinicDay(Date d);

/// `d` when it is a clinic day, else the first clinic day after it.
Date nextClinicDay(Date d);

/// The plan's next session dates on or after `from` (at most `count`), from its session rhythm: every
/// options.intervalDays from the last recorded session (from the first step's start when none is
/// recorded), each moved to the next clinic day, ending with the first session on or after the last
/// step's start (the follow-up of the stop or of the maintenance dose). Empty for a plan without steps.
std::vector<Date> upcomingSessions(const Plan &plan, Date from, int count);

} // namespace taper
