#!/usr/bin/env python3
"""Generates src/calendar/statutory.rs: the holidays 《全国年节及纪念日放假办法》 itself dates, 2004-2100.

Sources:
  * data/calendar/holiday_law.json (hand-edited): each text of the 办法 第二条, the years it governed,
    its day list (solar dates, lunar dates, the 清明 solar term), and the 调休 zone width;
  * PyPI sxtwl==2.0.7 (寿星天文历): lunar dates and the 清明 solar term (Beijing time).

Cross-checks, run every time (the generator stops on a failure):
  * lunar dates against PyPI lunardate==0.3.0 (2004-2099; lunardate ends in 2099);
  * the 清明 day against chinesecalendar==1.11.0's solar terms (2004-2099; for 2100 chinesecalendar's
    21st-century formula gives 04-04, sxtwl computes 2100-04-05 00:43 Beijing time: sxtwl is used);
  * every statutory day 2004-2026 is a rest day under the State Council notices (chinesecalendar);
  * every 调休 day of those notices lies within the zone of the holiday it belongs to.

Usage:
    $PYTHON scripts/gen_statutory_holidays.py            # writes src/calendar/statutory.rs
    $PYTHON scripts/gen_statutory_holidays.py --stdout   # prints it (the regeneration test compares)
"""
import datetime
import json
import os
import sys

COMMAND = "$PYTHON scripts/gen_statutory_holidays.py"
VERSIONS = {"sxtwl": "2.0.7", "lunardate": "0.3.0", "chinesecalendar": "1.11.0"}
FIRST, LAST = 2004, 2100
# Indices of the bundled holiday names (src/calendar/generated.rs HOLIDAY_NAMES).
HOLIDAY_ORDER = ["new_years_day", "spring_festival", "tomb_sweeping_day", "labour_day",
                 "dragon_boat_festival", "national_day", "mid_autumn_festival", "anti_fascist_70th_day"]
D = datetime.timedelta


def versions():
    from importlib.metadata import version
    for name, want in VERSIONS.items():
        got = version(name)
        if got != want:
            sys.exit(f"gen_statutory_holidays: {name}=={want} required, found {got}")


def lunar(y, m, d):
    import sxtwl
    s = sxtwl.fromLunar(y, m, d, False)
    return datetime.date(s.getSolarYear(), s.getSolarMonth(), s.getSolarDay())


def qingming(y):
    import sxtwl
    for jq in sxtwl.getJieQiByYear(y):
        t = sxtwl.JD2DD(jq.jd)
        if jq.jqIndex == 7 and int(t.Y) == y:  # 7 = 清明 (0 = 冬至)
            return datetime.date(int(t.Y), int(t.M), int(t.D))
    raise SystemExit(f"no 清明 in {y}")


def day_of(spec, y):
    if spec == "lunar:eve":
        return lunar(y, 1, 1) - D(days=1)
    if spec.startswith("lunar:"):
        m, d = map(int, spec[6:].split("-"))
        return lunar(y, m, d)
    if spec == "term:qingming":
        return qingming(y)
    m, d = map(int, spec.split("-"))
    return datetime.date(y, m, d)


def cross_check(law, statutory):
    import lunardate
    import chinese_calendar
    from chinese_calendar import constants
    for y in range(FIRST, 2100):
        for (m, d) in [(1, 1), (5, 5), (8, 15)]:
            a, b = lunar(y, m, d), lunardate.LunarDate(y, m, d).to_solar_date()
            assert a == b, ("lunar", y, m, d, a, b)
        terms = chinese_calendar.get_solar_terms(datetime.date(y, 3, 30), datetime.date(y, 4, 10))
        assert [t for t, n in terms if n == "清明"] == [qingming(y)], ("清明", y, terms)
    by_value = {h.value: h.name for h in constants.Holiday}
    for (day, holiday) in statutory.items():
        if day.year <= 2026:
            rest = day in constants.holidays or (day.weekday() >= 5 and day not in constants.workdays)
            assert rest, f"{day} ({holiday}) is not a rest day in the notices"
    zone = law["swapZoneDays"]
    spans = {}
    for day, holiday in statutory.items():
        key = (holiday, day.year if holiday != "new_years_day" else day.year)
        lo, hi = spans.get(key, (day, day))
        spans[key] = (min(lo, day), max(hi, day))
    swaps = [(d, by_value[getattr(h, "value", h)]) for d, h in constants.holidays.items() if d not in statutory and d.weekday() < 5]
    swaps += [(d, by_value[getattr(h, "value", h)]) for d, h in constants.workdays.items()]
    largest = 0
    for d, holiday in swaps:
        if holiday == "anti_fascist_70th_day" or datetime.date(2020, 1, 30) <= d <= datetime.date(2020, 2, 3):
            continue  # separate decisions, not 调休
        dist = min(max((lo - d).days, (d - hi).days, 0) for (h, _), (lo, hi) in spans.items())
        largest = max(largest, dist)
        assert dist <= zone, f"调休 day {d} ({holiday}) is {dist} days from every statutory day"
    return largest


def main():
    versions()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "data/calendar/holiday_law.json"), encoding="utf-8") as f:
        law = json.load(f)
    texts = law["texts"]
    zone = law["swapZoneDays"]

    def text_for(y):
        for i, t in enumerate(texts):
            if t["firstYear"] <= y and (t["lastYear"] is None or y <= t["lastYear"]):
                return i
        raise SystemExit(f"no text for {y}")

    years = {}
    statutory = {}
    for y in range(FIRST, LAST + 1):
        t = texts[text_for(y)]
        days = []
        for h in t["holidays"]:
            for spec in h["days"]:
                d = day_of(spec, y)
                days.append((d, h["holiday"], h["item"]))
                statutory[d] = h["holiday"]
        days.sort()
        years[y] = (text_for(y), days)
    largest = cross_check(law, statutory)

    out = []
    out.append(f"// DO NOT EDIT, generated by `{COMMAND}` from PyPI sxtwl=={VERSIONS['sxtwl']}")
    out.append(f"// (lunar dates and the 清明 solar term) and data/calendar/holiday_law.json, cross-checked against")
    out.append(f"// PyPI lunardate=={VERSIONS['lunardate']} and chinesecalendar=={VERSIONS['chinesecalendar']}. See scripts/gen_statutory_holidays.py.")
    out.append(f"// Largest distance of a 调休 day of the notices 2004-2026 from its holiday: {largest} days (zone: {zone}).")
    out.append("")
    out.append("use super::{StatutoryDay, StatutoryText, StatutoryYear};")
    out.append("use crate::law;")
    out.append("")
    out.append(f"/// First and last year the 办法's days are computed for.\npub(super) const FIRST_YEAR: i32 = {FIRST};\npub(super) const LAST_YEAR: i32 = {LAST};")
    out.append(f"/// Days before the first and after the last statutory day of a holiday that a notice's 调休 may move.\npub(super) const SWAP_ZONE_DAYS: i32 = {zone};")
    out.append("")
    out.append("/// The texts of 第二条, oldest first.")
    out.append("pub(super) static TEXTS: &[StatutoryText] = &[")
    for t in texts:
        last = "None" if t["lastYear"] is None else f"Some({t['lastYear']})"
        out.append(f"    StatutoryText {{ law: law::{t['law']}, article: {t['article']}, first_year: {t['firstYear']}, last_year: {last} }},")
    out.append("];")
    out.append("")
    out.append("/// Every year: the text in force and its statutory days (ordinal, holiday, item of 第二条).")
    out.append(f"pub(super) static YEARS: [StatutoryYear; {LAST - FIRST + 1}] = [")
    for y in range(FIRST, LAST + 1):
        ti, days = years[y]
        cells = ", ".join(
            f"StatutoryDay::new({d.timetuple().tm_yday - 1}, {HOLIDAY_ORDER.index(h)}, {item})" for d, h, item in days
        )
        out.append(f"    StatutoryYear {{ year: {y}, text: {ti}, days: &[{cells}] }},")
    out.append("];")
    text = "\n".join(out) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        path = os.path.join(root, "src/calendar/statutory.rs")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
