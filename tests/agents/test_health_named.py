"""Named clinical and body formulas: inputs read by label in any order and wording."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("what's the anion gap if sodium is 140, chloride 100 and bicarbonate 24?", "16 mmol/L"),
    ("anion gap please: 138 na, 104 cl, 22 hco3?", "12 mmol/L"),
    ("my blood pressure was 120/80, what is my MAP?", "93.33 mmHg"),
    ("work out mean arterial pressure, systolic 130 diastolic 85", "100 mmHg"),
    ("friedewald ldl with total cholesterol 200, hdl 50, tg 150?", "120 mg/dL"),
    ("what is the corrected QT (Bazett) with QT 400 ms and HR 60?", "400 ms"),
    ("QTc by Fridericia, QT 360 ms, heart rate 60 bpm?", "360 ms"),
    ("corrected calcium for calcium 2.1 mmol/L and albumin 30 g/L?", "2.3 mmol/L"),
    ("creatinine clearance for a 60 year old woman, 60 kg, creatinine 1 mg/dL?", "56.67 mL/min"),
    ("Boer lean body mass for a woman 60 kg and 165 cm?", "44.86 kg"),
    ("what's my fat free mass index, 80 kg, 170 cm, 20% fat?", "22.15"),
    ("Clark's rule for a 75 lb child when the adult dose is 500 mg?", "250 mg"),
    ("Young's rule: 8 years old, adult dose 400 mg, how much?", "160 mg"),
    ("Holliday-Segar fluids for a 25 kg child per hour?", "65 ml/h"),
    ("how many pack years: 2 packs a day for 10 years?", "20 pack-years"),
    ("what's the eAG for an A1c of 6%?", "125.5 mg/dL"),
    ("adjusted body weight if ideal body weight is 60 kg and actual 100 kg?", "76 kg"),
    ("waist 80 cm, hips 100 cm - what's my waist to hip ratio?", "0.8"),
])
def test_named_formula(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None
    assert shown in found.shown()


def test_chat_with_labels_is_not_a_formula() -> None:
    assert reckon("I had sodium 140 at lunch and felt fine") is None


def test_a_dose_by_body_surface_area() -> None:
    found = reckon("chemo at 75 mg per m2, her BSA is 1.8 m2, what dose?")
    assert found is not None
    assert found.shown() == "135 mg"


def test_a_rate_per_square_metre_of_lawn_is_no_dose() -> None:
    found = reckon("Seed rate is 40 g per square metre and the lawn is 25 m². How many kg of seed?")
    assert found is not None
    assert found.shown() == "1 kg"
