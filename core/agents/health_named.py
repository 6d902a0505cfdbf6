"""Clinical and body formulas asked for by name, each input read by its label wherever it
stands: the anion gap, mean arterial pressure, Friedewald LDL, QTc (Bazett, Fridericia,
Framingham), corrected calcium, Cockcroft-Gault creatinine clearance, US Navy body fat, Boer
lean body mass, fat-free mass index, Clark's, Young's and Fried's rules, the Holliday-Segar
4-2-1 rule, pack-years, estimated average glucose from HbA1c, adjusted body weight and the
waist-hip ratio.

"Na 140, Cl 100, bicarbonate 24 — anion gap?" → 16 mmol/L; "QTc (Bazett) for QT 400 ms at
75 bpm" → 447.21 ms; "Young's rule, 6 years old, adult dose 500 mg" → 166.67 mg.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from core.agents import bodydata
from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _show

NUM = r"(-?\d[\d,]*(?:\.\d+)?|\.\d+)"
GAP = r"[^0-9\n.;]{0,24}?"


def value_of(text: str, label: str) -> Fraction | None:
    """The number written just after ``label`` ("sodium of 140", "waist: 95 cm"), or just
    before it ("95 cm waist")."""
    tight = r"\s*(?:is|was|of|at|=|:)?\s*"
    m = re.search(rf"(?:{label}){tight}(?<![\d.]){NUM}", text, re.I) or \
        re.search(rf"(?:{label})[^0-9\n.;,()]{{0,24}}?(?<![\d.]){NUM}", text, re.I) or \
        re.search(rf"(?<![\d.]){NUM}\s*(?:(?!x\b|times\b)[a-zµμ/%]+\s*){{0,2}}(?:{label})", text,
                  re.I) or re.search(rf"(?:{label}){GAP}(?<![\d.]){NUM}", text, re.I)
    return Fraction(m.group(1).replace(",", "")) if m is not None else None


def _all(text: str, labels: dict[str, str]) -> dict[str, Fraction] | None:
    found = {key: value_of(text, label) for key, label in labels.items()}
    if any(v is None for v in found.values()):
        return None
    return {k: v for k, v in found.items() if v is not None}


@dataclass(frozen=True, slots=True)
class Named:
    name: str
    asked: re.Pattern[str]
    work: Callable[[str], tuple[Fraction, str, str] | None]  # value, shown, basis


def _fx(value: float) -> Fraction:
    return Fraction(value).limit_denominator(10 ** 9)


def _anion_gap(text: str) -> tuple[Fraction, str, str] | None:
    got = _all(text, {"na": r"\bna\+?|\bsodium", "cl": r"\bcl-?|\bchloride",
                      "hco3": r"\bhco3-?|\bbicarb(?:onate)?|\btco2|\bco2"})
    if got is None:
        return None
    k = value_of(text, r"\bk\+?|\bpotassium")
    value = got["na"] + (k or 0) - got["cl"] - got["hco3"]
    plus = f" + {_show(k)}" if k else ""
    return value, f"{_show(value)} mmol/L", \
        f"{_show(got['na'])}{plus} − ({_show(got['cl'])} + {_show(got['hco3'])})"


BP = _c(r"(?<![\d.])(\d{2,3})\s*/\s*(\d{2,3})(?!\d|\.\d)")


def _map(text: str) -> tuple[Fraction, str, str] | None:
    m = BP.search(text)
    if m is not None:
        sbp, dbp = Fraction(m.group(1)), Fraction(m.group(2))
    else:
        got = _all(text, {"s": r"\bsystolic|\bsbp", "d": r"\bdiastolic|\bdbp"})
        if got is None:
            return None
        sbp, dbp = got["s"], got["d"]
    if not dbp < sbp:
        return None
    value = (sbp + 2 * dbp) / 3
    return value, f"{_show(value)} mmHg", f"({_show(sbp)} + 2 × {_show(dbp)}) ÷ 3"


def _ldl(text: str) -> tuple[Fraction, str, str] | None:
    got = _all(text, {"tc": r"\btotal(?:\s+chol(?:esterol)?)?|\btc\b|\bcholesterol",
                      "hdl": r"\bhdl(?:-?c)?", "tg": r"\btrig(?:lyceride)?s?|\btg\b"})
    if got is None:
        return None
    mmol = re.search(r"mmol", text) is not None
    div = Fraction("2.2") if mmol else Fraction(5)
    value = got["tc"] - got["hdl"] - got["tg"] / div
    unit = "mmol/L" if mmol else "mg/dL"
    return value, f"{_show(value)} {unit}", \
        f"{_show(got['tc'])} − {_show(got['hdl'])} − {_show(got['tg'])} ÷ {_show(div)}"


def _qtc(text: str) -> tuple[Fraction, str, str] | None:
    qt = value_of(text, r"\bqt\b(?!c)(?:\s+interval)?")
    rate = value_of(text, r"\bheart\s+rate|\bhr\b|\brate|\bpulse") or \
        (Fraction(m.group(1)) if (m := re.search(r"(\d{2,3})\s*(?:bpm|beats)", text)) else None)
    rr_given = value_of(text, r"\brr(?:\s+interval)?")
    if qt is None or (rate is None and rr_given is None):
        return None
    rr = (rr_given / 1000 if rr_given > 10 else rr_given) if rr_given is not None else \
        Fraction(60) / rate  # type: ignore[operator]
    if "fridericia" in text:
        value, how = _fx(float(qt) / float(rr) ** (1 / 3)), "∛RR"
    elif "framingham" in text:
        value, how = qt + 154 * (1 - rr), "+ 154 × (1 − RR)"
        return value, f"{_show(value)} ms", f"{_show(qt)} + 154 × (1 − {_show(rr)} s)"
    else:
        value, how = _fx(float(qt) / math.sqrt(float(rr))), "√RR"
    return value, f"{_show(value)} ms", f"{_show(qt)} ms ÷ {how}, RR = {_show(rr)} s"


def _calcium(text: str) -> tuple[Fraction, str, str] | None:
    got = _all(text, {"ca": r"\bcalcium|\bca\b", "alb": r"\balbumin|\balb\b"})
    if got is None:
        return None
    if got["alb"] > 15:  # g/L and mmol/L
        value = got["ca"] + Fraction("0.02") * (40 - got["alb"])
        return value, f"{_show(value)} mmol/L", \
            f"{_show(got['ca'])} + 0.02 × (40 − {_show(got['alb'])})"
    value = got["ca"] + Fraction("0.8") * (4 - got["alb"])
    return value, f"{_show(value)} mg/dL", f"{_show(got['ca'])} + 0.8 × (4 − {_show(got['alb'])})"


def _body(text: str) -> tuple[Fraction | None, Fraction | None, int | None, str | None]:
    weight, height = bodydata.weight_kg(text), bodydata.height_cm(text)
    return (_fx(weight) if weight else None, _fx(height) if height else None,
            bodydata.age_years(text, loose=True), bodydata.sex_of(text))


def _crcl(text: str) -> tuple[Fraction, str, str] | None:
    weight, _, age, sex = _body(text)
    cr = value_of(text, r"\b(?:serum\s+)?creat(?:inine)?\b(?!\s+clearance)|\bs?cr\b")
    if weight is None or age is None or cr is None or cr <= 0:
        return None
    umol = cr > 20 or re.search(r"[µμu]mol", text) is not None
    female = sex == "female"
    if umol:
        value = (140 - age) * weight * (Fraction("1.04") if female else Fraction("1.23")) / cr
        basis = f"(140 − {age}) × {_show(weight)} × {'1.04' if female else '1.23'} ÷ {_show(cr)}"
    else:
        value = (140 - age) * weight / (72 * cr) * (Fraction("0.85") if female else 1)
        basis = f"(140 − {age}) × {_show(weight)} ÷ (72 × {_show(cr)})" + \
            (" × 0.85" if female else "")
    return value, f"{_show(value)} mL/min", basis


def _navy(text: str) -> tuple[Fraction, str, str] | None:
    got = _all(text, {"waist": r"\bwaist|\babdomen", "neck": r"\bneck",
                      "height": r"\bheight|\btall"})
    if got is None:
        return None
    hip = value_of(text, r"\bhips?")
    female = bodydata.sex_of(text) == "female"
    inches = re.search(r"\b(?:in|inch(?:es)?)\b|\"", text) is not None and \
        re.search(r"\bcm\b|centimet", text) is None
    w, n, h = (float(got[k]) * (2.54 if inches else 1) for k in ("waist", "neck", "height"))
    if female:
        if hip is None:
            return None
        hp = float(hip) * (2.54 if inches else 1)
        value = 495 / (1.29579 - 0.35004 * math.log10(w + hp - n) + 0.22100 * math.log10(h)) - 450
        basis = "495 ÷ (1.29579 − 0.35004 × log(waist + hip − neck) + 0.221 × log(height)) − 450"
    else:
        if w <= n:
            return None
        value = 495 / (1.0324 - 0.19077 * math.log10(w - n) + 0.15456 * math.log10(h)) - 450
        basis = "495 ÷ (1.0324 − 0.19077 × log(waist − neck) + 0.15456 × log(height)) − 450"
    shown = _fx(value)
    return shown, f"{_show(shown)}% body fat", basis + " (cm)"


def _boer(text: str) -> tuple[Fraction, str, str] | None:
    weight, height, _, sex = _body(text)
    if weight is None or height is None:
        return None
    if sex == "female":
        value = Fraction("0.252") * weight + Fraction("0.473") * height - Fraction("48.3")
        basis = f"0.252 × {_show(weight)} + 0.473 × {_show(height)} − 48.3"
    else:
        value = Fraction("0.407") * weight + Fraction("0.267") * height - Fraction("19.2")
        basis = f"0.407 × {_show(weight)} + 0.267 × {_show(height)} − 19.2"
    return value, f"{_show(value)} kg", basis


def _ffmi(text: str) -> tuple[Fraction, str, str] | None:
    weight, height, _, _ = _body(text)
    fat = re.search(r"(\d+(?:\.\d+)?)\s*%", text)
    if weight is None or height is None or fat is None:
        return None
    lean = weight * (1 - Fraction(fat.group(1)) / 100)
    metres = height / 100
    value = lean / metres ** 2
    normal = value + Fraction("6.1") * (Fraction("1.8") - metres)
    return value, f"{_show(value)} (normalised to 1.8 m: {_show(normal)})", \
        f"{_show(lean)} kg lean ÷ ({_show(metres)} m)²"


DOSE = _c(rf"\badult\s+dose\b{GAP}{NUM}\s*(mg|g|mcg|µg|ml)?|{NUM}\s*(mg|g|mcg|µg|ml)\b"
          r"[^.?!]{0,12}\badult\b")


def _adult(text: str) -> tuple[Fraction, str] | None:
    m = DOSE.search(text)
    if m is None:
        return None
    return Fraction((m.group(1) or m.group(3)).replace(",", "")), m.group(2) or m.group(4) or "mg"


def _clark(text: str) -> tuple[Fraction, str, str] | None:
    adult, weight = _adult(text), bodydata.weight_kg(text)
    if adult is None or weight is None:
        return None
    pounds = _fx(weight) / Fraction("0.45359237")
    value = pounds / 150 * adult[0]
    return value, f"{_show(value)} {adult[1]}", \
        f"{_show(pounds)} lb ÷ 150 × {_show(adult[0])} {adult[1]}"


def _young(text: str) -> tuple[Fraction, str, str] | None:
    adult, age = _adult(text), bodydata.age_years(text, loose=True)
    if adult is None or age is None:
        return None
    value = Fraction(age, age + 12) * adult[0]
    return value, f"{_show(value)} {adult[1]}", f"{age} ÷ ({age} + 12) × {_show(adult[0])}"


def _fried(text: str) -> tuple[Fraction, str, str] | None:
    adult = _adult(text)
    months = re.search(r"(\d{1,3})[\s-]*months?", text)
    if adult is None or months is None:
        return None
    value = Fraction(int(months.group(1)), 150) * adult[0]
    return value, f"{_show(value)} {adult[1]}", f"{months.group(1)} ÷ 150 × {_show(adult[0])}"


def _holliday(text: str) -> tuple[Fraction, str, str] | None:
    weight = bodydata.weight_kg(text)
    if weight is None:
        return None
    kg = _fx(weight)
    daily = re.search(r"\b(?:a|per)\s+day\b|\bdaily\b|\b24\s*h", text) is not None and \
        re.search(r"\b(?:an|per)\s+hour\b|/\s*hr?\b", text) is None
    rates = (100, 50, 20) if daily else (4, 2, 1)
    first, second = min(kg, Fraction(10)), max(min(kg - 10, Fraction(10)), Fraction(0))
    value = rates[0] * first + rates[1] * second + rates[2] * max(kg - 20, Fraction(0))
    unit = "ml/day" if daily else "ml/h"
    return value, f"{_show(value)} {unit}", \
        f"{rates[0]} × first 10 kg + {rates[1]} × next 10 kg + {rates[2]} × each kg over 20"


def _pack_years(text: str) -> tuple[Fraction, str, str] | None:
    years = re.search(r"(\d+(?:\.\d+)?)\s*(?:years?|yrs?)\b", text)
    packs = re.search(r"(\d+(?:\.\d+)?)\s*packs?\s*(?:a|per|each)\s*day", text)
    cigs = re.search(r"(\d+)\s*(?:cigarettes?|cigs?|smokes?)\s*(?:a|per|each)\s*day", text)
    per_pack = re.search(r"(\d+)\s*(?:per|a|in\s+a|to\s+a)\s*pack|pack\s+of\s+(\d+)", text)
    if years is None or (packs is None and cigs is None):
        return None
    size = Fraction(next(g for g in per_pack.groups() if g)) if per_pack else Fraction(20)
    daily = Fraction(packs.group(1)) if packs else Fraction(cigs.group(1)) / size  # type: ignore
    value = daily * Fraction(years.group(1))
    return value, f"{_show(value)} pack-years", \
        f"{_show(daily)} packs a day × {years.group(1)} years"


def _eag(text: str) -> tuple[Fraction, str, str] | None:
    a1c = value_of(text, r"\b(?:hb)?a1c|\bhba1c|\bglycated\s+ha?emoglobin")
    if a1c is None or not 3 <= a1c <= 20:
        return None
    if re.search(r"mmol", text):
        value = Fraction("1.59") * a1c - Fraction("2.59")
        return value, f"{_show(value)} mmol/L", f"1.59 × {_show(a1c)} − 2.59"
    value = Fraction("28.7") * a1c - Fraction("46.7")
    return value, f"{_show(value)} mg/dL", f"28.7 × {_show(a1c)} − 46.7"


def _adjusted(text: str) -> tuple[Fraction, str, str] | None:
    ibw = value_of(text, r"\bibw|\bideal(?:\s+body)?\s+weight")
    actual = value_of(text, r"\bactual(?:\s+body)?(?:\s+weight)?|\btbw|\btotal\s+body\s+weight")
    if ibw is None or actual is None:
        return None
    share = Fraction("0.4")
    if (m := re.search(r"\b0?\.(\d+)\s*(?:x|×|\*|times)", text)) is not None:
        share = Fraction("0." + m.group(1))
    value = ibw + share * (actual - ibw)
    return value, f"{_show(value)} kg", \
        f"{_show(ibw)} + {_show(share)} × ({_show(actual)} − {_show(ibw)})"


def _waist_hip(text: str) -> tuple[Fraction, str, str] | None:
    got = _all(text, {"w": r"\bwaist", "h": r"\bhips?"})
    if got is None or not got["h"]:
        return None
    value = got["w"] / got["h"]
    return value, _show(value), f"{_show(got['w'])} ÷ {_show(got['h'])}"


def _bsa_dose(text: str) -> tuple[Fraction, str, str] | None:
    rate = re.search(r"(\d+(?:\.\d+)?)\s*(mg|mcg|g|units?)\s*(?:/|per)\s*"
                     r"(?:m²|m2|sq\s*m|square\s+met)", text)
    area = re.search(r"(?<![/\w])(\d+(?:\.\d+)?)\s*(?:m²|m2|sq\s*m)(?!\w)", text[rate.end():]) \
        if rate else None
    if rate is None or area is None or rate.group(2) == "g" or not re.search(
            r"\bbsa\b|\bbody\s+surface\b|\bdos(?:e|ed|ing)\b|\bdrug\b|\bchemo", text):
        return None  # "50 g of seed per square metre" is no dose
    value = Fraction(rate.group(1)) * Fraction(area.group(1))
    return value, f"{_show(value)} {rate.group(2)}", \
        f"{rate.group(1)} {rate.group(2)}/m² × {area.group(1)} m²"


FORMULAS = (
    Named("anion gap", _c(r"\banion\s+gap\b"), _anion_gap),
    Named("mean arterial pressure", _c(r"\bmean\s+arterial\s+(?:pressure|bp)\b|\bmap\b"), _map),
    Named("LDL (Friedewald)", _c(r"\bfriedewald\b|\bldl\b(?![^.?!]*\b(?:is|was|of|=)\s*\d)"),
          _ldl),
    Named("QTc", _c(r"\bqtc\b|\bcorrected\s+qt\b|\bbazett\b|\bfridericia\b"), _qtc),
    Named("corrected calcium", _c(r"\bcorrected\s+(?:serum\s+)?(?:calcium|ca)\b|"
                                  r"\b(?:calcium|ca)\b[^.?!]*\bcorrect(?:ed|ion)?\b|"
                                  r"\badjusted\s+calcium\b"), _calcium),
    Named("creatinine clearance (Cockcroft-Gault)",
          _c(r"\bcockcroft\b|\bcrcl\b|\bcreatinine\s+clearance\b"), _crcl),
    Named("body fat (US Navy)", _c(r"\bnavy\b[^.?!]*\b(?:fat|formula|method)\b"), _navy),
    Named("lean body mass (Boer)", _c(r"\bboer\b"), _boer),
    Named("FFMI", _c(r"\bffmi\b|\bfat[\s-]+free\s+mass\s+index\b"), _ffmi),
    Named("child's dose (Clark's rule)", _c(r"\bclark'?s?\b(?:\s+rule)?"), _clark),
    Named("child's dose (Young's rule)", _c(r"\byoung'?s\s+(?:rule|formula)\b"), _young),
    Named("infant's dose (Fried's rule)", _c(r"\bfried'?s\s+(?:rule|formula)\b"), _fried),
    Named("maintenance fluids (Holliday-Segar)",
          _c(r"\bholliday\b|\b4[\s-]*2[\s-]*1\s+rule\b|\b100[\s-]*50[\s-]*20\s+rule\b"),
          _holliday),
    Named("pack-years", _c(r"\bpack[\s-]*years?\b"), _pack_years),
    Named("estimated average glucose", _c(r"\b(?:estimated\s+)?average\s+glucose\b|\beag\b"),
          _eag),
    Named("adjusted body weight", _c(r"\badjusted\s+(?:body\s+)?weight\b|\badjbw\b|\babw\b"),
          _adjusted),
    Named("dose by body surface area", _c(r"/\s*(?:m²|m2)\b|\bper\s+(?:m²|m2|square\s+met)"),
          _bsa_dose),
    Named("waist-hip ratio", _c(r"\bwaist[\s-]*(?:to[\s-]*|/|-)?hips?\s+ratio\b|\bwhr\b"),
          _waist_hip),
)
NAMES = frozenset(f.name for f in FORMULAS)


def named_formula(text: str) -> Trip | None:
    """The named formula ``text`` asks for, worked out from the values labelled in it."""
    for formula in FORMULAS:
        if formula.asked.search(text) is None:
            continue
        worked = formula.work(text)
        if worked is not None:
            value, shown, basis = worked
            return Trip(formula.name, value, "", shown, basis)
    return None
