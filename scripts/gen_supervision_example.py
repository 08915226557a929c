"""Generates two example lists of case records (filing-check issue 16).

examples/supervision/guangzhou-mediation.jsonl: Guangzhou's 调撤率, 553 first-instance cases
withdrawn after mediation, 63.1%. The source gives no denominator and no period: 876 concluded
cases is the smallest count that 553 divides to 63.1% (553/876 = 63.13%; 875 gives 63.20%), and
the year 2021 is invented. Check: `filing-check rates examples/supervision/guangzhou-mediation.jsonl
--from 2021-01-01 --to 2021-12-31 --pack guangzhou`.

examples/supervision/qiannan-2021.jsonl: case records built to match the published
figures of 黔南州, January-August 2021:

- 出庭应诉率 275/363: 363 first-instance cases heard in the period, a head appeared in 275;
- 败诉率 110/506: 506 first-instance cases concluded in the period, 110 lost;
- 纠错率 14/169: 169 reconsiderations decided in the period, 14 corrected.

The agencies, case numbers, dates and the other details are invented (deterministic: a seeded
generator), so that `filing-check supervise` has late answers, missed hearings and unperformed
judgments to find. Run: `$PYTHON scripts/gen_supervision_example.py [--out ROOT]` (writes
ROOT/examples/supervision/qiannan-2021.jsonl; ROOT defaults to the repository; tests/generated_files.rs
regenerates it into a temporary folder and compares).
"""

import datetime as dt
import json
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
if "--out" in sys.argv:
    ROOT = pathlib.Path(sys.argv[sys.argv.index("--out") + 1])
OUT = ROOT / "examples" / "supervision" / "qiannan-2021.jsonl"
GUANGZHOU_OUT = ROOT / "examples" / "supervision" / "guangzhou-mediation.jsonl"
GZ_CONCLUDED, GZ_WITHDRAWN_AFTER_MEDIATION = 876, 553
GZ_AGENCIES = [
    ("广州市人民政府", "city"),
    ("广州市规划和自然资源局", "city"),
    ("广州市住房和城乡建设局", "city"),
    ("广州市市场监督管理局", "city"),
    ("广州市天河区人民政府", "county"),
    ("广州市越秀区人民政府", "county"),
    ("广州市海珠区人民政府", "county"),
    ("广州市白云区人民政府", "county"),
    ("广州市番禺区人民政府", "county"),
    ("广州市天河区石牌街道办事处", "township"),
]
GZ_COURTS = ["广州铁路运输中级法院", "广州铁路运输法院", "广州互联网法院"]

AGENCIES = [
    ("黔南布依族苗族自治州人民政府", "city"),
    ("黔南州自然资源局", "city"),
    ("黔南州市场监督管理局", "city"),
    ("黔南州公安局", "city"),
    ("都匀市人民政府", "county"),
    ("福泉市人民政府", "county"),
    ("荔波县人民政府", "county"),
    ("贵定县人民政府", "county"),
    ("瓮安县人民政府", "county"),
    ("独山县人民政府", "county"),
    ("平塘县人民政府", "county"),
    ("罗甸县人民政府", "county"),
    ("长顺县人民政府", "county"),
    ("龙里县人民政府", "county"),
    ("惠水县人民政府", "county"),
    ("三都水族自治县人民政府", "county"),
    ("都匀市小围寨街道办事处", "township"),
]
COURTS = ["黔南布依族苗族自治州中级人民法院", "都匀市人民法院", "福泉市人民法院", "惠水县人民法院"]

HEARD, HEAD, CONCLUDED, LOST = 363, 275, 506, 110
DECIDED, CORRECTED = 169, 14
START = dt.date(2021, 1, 1)


def day(rng, lo, hi):
    return START + dt.timedelta(days=rng.randint(lo, hi))


def iso(d):
    return d.isoformat()


def main():
    rng = random.Random(2021)
    lines = []
    # First-instance cases: the first HEARD were heard (the first HEAD of them with a head
    # appearing), all CONCLUDED concluded; the first LOST of the heard ones lost.
    for i in range(CONCLUDED):
        name, level = AGENCIES[i % len(AGENCIES)]
        served = day(rng, 0, 150)
        answered = served + dt.timedelta(days=rng.randint(3, 14) if i % 37 else rng.randint(18, 25))
        rec = {
            "caseNumber": f"（2021）黔27行初{i + 1}号",
            "court": COURTS[i % len(COURTS)],
            "agency": {"name": name, "level": level},
            "procedure": "firstInstance",
            "noticeServed": iso(served),
        }
        reported = [{"kind": "report", "date": iso(served + dt.timedelta(days=1 if i % 11 else 5))}]
        if i % 53:
            rec["answered"] = iso(answered)
            reported.append({"kind": "feedback", "date": iso(answered + dt.timedelta(days=1))})
        end = served + dt.timedelta(days=rng.randint(40, 70))
        if i < HEARD:
            hearing = served + dt.timedelta(days=rng.randint(25, 38))
            if i < HEAD:
                appeared = [{"name": f"负责人{i + 1}", "role": "head" if i % 3 else "deputyHead"}, {"role": "staff"}]
            elif i % 29 == 0:
                appeared = []  # nobody came: 未出庭
            else:
                appeared = [{"role": "staff"}, {"role": "lawyer"}]
            rec["hearings"] = [{"date": iso(hearing), "appeared": appeared}]
            if appeared and i % 17:
                reported.append({"kind": "feedback", "date": iso(hearing + dt.timedelta(days=1))})
            end = hearing + dt.timedelta(days=rng.randint(10, 40))
        outcome = "lost" if i < LOST else ("won" if i < HEARD else ("withdrawnAfterMediation" if i % 2 else "withdrawn"))
        end = min(end, dt.date(2021, 8, 20))
        rec["concluded"] = {"date": iso(end), "outcome": outcome}
        if outcome == "lost":
            rec["judgment"] = {"served": iso(end), "performanceDue": iso(end + dt.timedelta(days=30))}
            reported.append({"kind": "report", "date": iso(end + dt.timedelta(days=1))})
            if i % 7:
                performed = end + dt.timedelta(days=rng.randint(5, 28 if i % 13 else 40))
                rec["performed"] = iso(performed)
                reported.append({"kind": "feedback", "date": iso(performed + dt.timedelta(days=1))})
        rec["reported"] = reported
        lines.append(rec)
    for i in range(DECIDED):
        name, level = AGENCIES[i % len(AGENCIES)]
        received = day(rng, 0, 170)
        decided = min(received + dt.timedelta(days=rng.randint(20, 60)), dt.date(2021, 8, 31))
        lines.append({
            "caseNumber": f"黔南复〔2021〕{i + 1}号",
            "agency": {"name": name, "level": level},
            "procedure": "reconsideration",
            "reconsiderations": [{"received": iso(received), "decided": iso(decided), "result": "corrected" if i < CORRECTED else "upheld"}],
        })
    write(OUT, lines)
    write(GUANGZHOU_OUT, guangzhou())


def guangzhou():
    """876 first-instance cases concluded in 2021, 553 withdrawn after mediation; the others won
    or lost. Some were heard (mediation often ends a case before its hearing)."""
    rng = random.Random(20210631)
    lines = []
    for i in range(GZ_CONCLUDED):
        name, level = GZ_AGENCIES[i % len(GZ_AGENCIES)]
        served = day(rng, 0, 300)
        rec = {
            "caseNumber": f"（2021）粤71行初{i + 1}号",
            "court": GZ_COURTS[i % len(GZ_COURTS)],
            "agency": {"name": name, "level": level},
            "procedure": "firstInstance",
            "noticeServed": iso(served),
            "answered": iso(served + dt.timedelta(days=rng.randint(3, 14))),
        }
        mediated = i < GZ_WITHDRAWN_AFTER_MEDIATION
        end = served + dt.timedelta(days=rng.randint(20, 60))
        if not mediated or i % 4 == 0:
            hearing = served + dt.timedelta(days=rng.randint(20, 40))
            role = "head" if i % 3 == 0 else ("deputyHead" if i % 3 == 1 else "staff")
            rec["hearings"] = [{"date": iso(hearing), "appeared": [{"role": role}, {"role": "lawyer"}]}]
            end = hearing + dt.timedelta(days=rng.randint(5, 30))
        outcome = "withdrawnAfterMediation" if mediated else ("lost" if i % 5 == 0 else "won")
        rec["concluded"] = {"date": iso(min(end, dt.date(2021, 12, 31))), "outcome": outcome}
        lines.append(rec)
    return lines


def write(path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
