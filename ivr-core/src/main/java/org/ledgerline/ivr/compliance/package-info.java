/// The compliance gate: whether a collector may call a customer now, why not, and from when.
/// Plain Java behind ports (`ContactHistory`, `CustomerFlags`, `CustomerLocations`,
/// `PhoneNumberZones`, `InconvenientTimes`); the ledger adapters and the FastAGI gate plug into them.
/// This comment is also the README section on the gate.
///
/// ## Compliance gate (Regulation F, 12 CFR 1006)
///
/// Before a collector's call reaches the trunk, `ComplianceGate.decide(request, now)` checks every
/// rule below and answers allowed, or denied with a reason the collector hears in plain words
/// (`DenialReason.description()`) and, where waiting fixes it, the earliest instant the call may be
/// placed (`nextAllowedAt`). Every decision carries each rule's verdict and the inputs it used
/// (the calls counted and not counted with their call ids, the conversation day, the zones and
/// local times, the flags with who set them and when), so it can be audited by hand.
///
/// | rule | source | denied when | next allowed |
/// |---|---|---|---|
/// | flags | see the flag table | any active flag | none: someone must clear the flag |
/// | the consumer's zones | 1006.6(b)(1)(i) | neither the address nor the area code gives a zone | none |
/// | after a conversation | 1006.14(b)(2)(i)(B) | a conversation about the debt on day 1, today is day 1-7 | 00:00 local of day 8 |
/// | call frequency | 1006.14(b)(2)(i)(A), (b)(3)(ii) | 7 counted calls already on today and the 6 days before | 00:00 local of the day the 7th-newest call leaves the window |
/// | calling hours | 1006.6(b)(1)(i) | before 08:00 or from 21:00 local, in any of the consumer's zones | the first instant open in every zone |
/// | stated times | 1006.6(b)(1)(i), FDCPA 805(a)(1) | inside a time the customer said is inconvenient | the first instant open in every zone
/// |
///
/// The reason given is the most serious that applies (flags, then unknown location, then the
/// frequency rules, then time of day); the decision's `nextAllowedAt` satisfies all rules at once:
/// the frequency rules only relax as time passes, so the search starts at the latest of their
/// reopening times and then steps through the calling windows.
///
/// ### Call frequency: how each disposition counts
///
/// 1006.14(b)(2)(i) presumes harassment when a debt collector *places a telephone call* to a
/// person about a particular debt more than seven times within seven consecutive days, or within
/// seven consecutive days after *having had a telephone conversation* with the person about that
/// debt; "the date of the telephone conversation is the first day of the seven-consecutive-day
/// period". Days are the consumer's local calendar days. Our reading: a call is placed when we
/// initiate it, whether or not anyone answers (1006.14(b)(2)(i) and its commentary count placed
/// calls, not conversations), but 1006.14(b)(3)(ii) excludes calls "not connected to the dialed
/// number"; comment 14(b)(3)(ii)-1, as we read it, gives a busy signal and a not-in-service
/// indication as examples, while a call that rings unanswered or reaches voicemail is connected and
/// counts. A call that never left our own switch or trunk was never placed to the person at all
/// (and would be "not connected" anyway). The quotations were checked against secondary copies of
/// the rule text, not the eCFR itself: counsel should confirm them.
///
/// | disposition | counts toward 7 in 7 (outbound) | starts the 7-day period |
/// |---|---|---|
/// | `CONVERSATION` (spoke with the consumer about the debt) | yes | yes, inbound calls too |
/// | `ANSWERED_NO_CONVERSATION` (wrong or third party, dropped) | yes | no |
/// | `LEFT_MESSAGE`, `VOICEMAIL_NO_MESSAGE` | yes | no |
/// | `NO_ANSWER` (rang out) | yes | no |
/// | `IN_PROGRESS` (placed, outcome not yet known) | yes | no |
/// | `BUSY` | no: not connected, (b)(3)(ii) | no |
/// | `NOT_CONNECTED` (not in service, unallocated, network congestion) | no: (b)(3)(ii) | no |
/// | `SWITCH_FAILURE` (our switch or trunk failed before the network) | no: never placed | no |
///
/// Calls the consumer places to us do not count as calls we placed. The eighth call within seven
/// days is refused until the day the seventh-newest counted call leaves the window (for seven calls,
/// the oldest). A conversation on Monday blocks calls through Sunday; Monday next is day 8.
///
/// ### Where the consumer is: zones, DST and split area codes
///
/// The address gives the zone. The dialled number's area code (`compliance/area-code-zones.csv`)
/// gives one or more zones; when none of them is the address zone the information conflicts, and
/// the call must be convenient in the address zone and in every zone of the area code ("convenient
/// in all the locations", the Official Interpretation of 1006.6(b)(1)(i)). An area code that spans
/// several zones (850 Florida panhandle, 928 Arizona with the Navajo Nation on DST, 208 Idaho, 541
/// Oregon, 605/701/308/785/620/432 on the Central/Mountain line, 812, 270 and 423 on the Eastern/Central
/// line, 906 Upper Peninsula, 907 Alaska with Adak) lists all of them. An unknown area code adds
/// nothing: the address decides. No address and no known area code: the call is refused
/// (`LOCATION_UNKNOWN`), since no time can be shown to be convenient. The frequency rules count days
/// in every one of those zones too, and refuse when any zone's count does.
///
/// Local times come from the JDK's tz database rules, so the DST transitions (2026: 8 March and
/// 1 November), Arizona and Hawaii without DST, and Alaska are exact. `nextAllowedAt` is computed,
/// not estimated: from a closed instant each closed zone says until which local time it stays
/// closed; that local time becomes the first instant the zone's clock shows it (at a spring-forward
/// gap, the transition; in a fall-back overlap, the first occurrence after now), and the search
/// repeats from the latest of those until every zone is open. The window is 08:00 inclusive to 21:00
/// exclusive ("before 8 a.m. and after 9 p.m." are inconvenient; a call at 21:00:00 would run past it).
///
/// ### Times the customer said are inconvenient
///
/// Recorded as days of the week plus a local time range ("not before 10:00" every day, "09:00-17:00
/// Monday to Friday, at work"), applied in every zone the consumer may be in. A customer whose
/// statements close every hour for two weeks gets a denial with no next-allowed time.
///
/// ### Flags that stop calls
///
/// Each flag records who set it and when, and who cleared it and when; a cleared flag stays as
/// history. A flag counts from the moment it exists (a `setAt` slightly ahead of our clock still
/// stops calls). Flags apply to the customer on every account, except a wrong number, which stops
/// only that number.
///
/// | flag | source |
/// |---|---|
/// | `DECEASED` | company policy; a deceased consumer's debts are handled with the estate (1006.2(e), 1006.6(a)(4)) |
/// | `BANKRUPTCY` | automatic stay, 11 U.S.C. 362(a)(6) |
/// | `ATTORNEY_REPRESENTED` | 1006.6(b)(2), FDCPA 805(a)(2) |
/// | `CEASE_COMMUNICATION` | 1006.6(c)(1), FDCPA 805(c) |
/// | `DO_NOT_CALL` | the consumer's request not to be called (1006.14(h)(1)), company list |
/// | `WRONG_NUMBER` (per number) | the number reaches a third party, not the consumer (1006.6(d)) |
///
/// ### Recording announcement
///
/// `RecordingAnnouncement` plays "this call is recorded" on every call while the business setting
/// `announceEveryCall` is on (the default). With it off, it plays when any state the customer may be
/// in (the address's state, the states of the dialled area code) is in
/// `compliance/all-party-consent-states.csv`, and when no state is known. The table lists CA, CT
/// (civil), DE (debated), FL, IL, MD, MA, MI (debated), MT, NV, NH, PA and WA, each with its statute.
///
/// ### Not covered yet
///
/// The (b)(3)(i) exclusion of calls placed with the consumer's prior consent within seven days and
/// the (b)(3)(iii) exclusion of calls to the consumer's attorney, creditor or another collector
/// (both only ever allow more calls, so leaving them out errs on the safe side); flags scoped to one
/// debt (ours stop every debt of the customer); the collector's own state for recording consent;
/// media other than telephone calls. Not legal advice: have counsel review the readings above.
///
/// ### Sources
///
/// 12 CFR 1006.6(b)(1)(i), 1006.6(b)(2), 1006.6(c), 1006.14(b)(2)-(3) and the Official
/// Interpretations in Supplement I to Part 1006 (comments to 1006.6(b)(1)(i), 14(b)(2)(i) and
/// 14(b)(3)(ii)); FDCPA 15 U.S.C. 1692c and 1692d; 11 U.S.C. 362; the state statutes cited in the
/// consent table; the IANA tz database as shipped with the JDK.
@NullMarked
package org.ledgerline.ivr.compliance;

import org.jspecify.annotations.NullMarked;
