"""Generate the LongMemEval-style memory set (deterministic: the seed is fixed).

    python bench/data/memory/generate.py  →  bench/data/memory/longmem.json

People alternate between the dev and the held-out phrasing families of phrasings.json
(statements and questions alike). Question types: single (one session), multi (facts from
two sessions), update (knowledge update), temporal (the superseded value), abstain.
Each item lists accepted answers (``accepted_all``: every group must match one
alternative) and its evidence facts as (slot, value) pairs.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 20261126
PEOPLE = 60
HERE = Path(__file__).parent
NAMES = ["Ana", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas",
         "Kamala", "Liam", "Mei", "Nadia", "Oscar", "Priya", "Quentin", "Rosa", "Sven", "Tara",
         "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Amara", "Boris", "Carmen", "Diego"]
SISTERS = ["Maria", "Lucia", "Sofia", "Hanna", "Leila", "Freya", "Aiko", "Nora", "Ivy", "Mila",
           "Rita", "Olga", "Jade", "Ines", "Clara", "Yara"]
CITIES = ["Lisbon", "Porto", "Berlin", "Madrid", "Oslo", "Tallinn", "Kyoto", "Dublin", "Vienna",
          "Krakow", "Seville", "Ghent", "Lyon", "Turin", "Bergen", "Utrecht", "Graz", "Leeds"]
COMPANIES = ["Acme Corp", "Northwind", "Globex", "Initech", "Umbrella Labs", "Stark Studio",
             "Wayne Logistics", "Hooli", "Vandelay Imports", "Soylent Foods", "Tyrell Systems"]
HOBBIES = ["climbing", "chess", "kayaking", "pottery", "birdwatching", "salsa dancing",
           "baking", "cycling", "archery", "knitting", "surfing", "woodworking"]
ALLERGENS = ["peanuts", "shellfish", "penicillin", "pollen", "cats", "gluten", "sesame"]
ZONES = ["CET", "UTC+2", "Europe/Lisbon", "America/Chicago", "Asia/Tokyo", "EST", "PST"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PLATFORMS = ["telegram", "discord", "slack", "web"]
CHATTER = ["Can you recommend a good book?", "What's a quick pasta recipe?",
           "Explain how rainbows form.", "Thanks, that helps!", "How do I boil an egg?",
           "Any tips for sleeping better?", "What is the capital of Australia?"]
DISTRACTORS = ["My friend {n} lives in {c}.", "My colleague loves {h}.",
               "My neighbour works at {w}.", "What's the weather like in {c}?",
               "My cousin's birthday is on {d}, I think.", "Is {h} hard to learn?"]


def _fill(rng: random.Random, forms: list[str], **values: str) -> str:
    return rng.choice(forms).format(**values)


def _person(i: int, rng: random.Random) -> dict[str, Any]:
    cities = rng.sample(CITIES, 3)
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    return {
        "id": i, "split": "heldout" if i % 2 else "dev", "name": NAMES[i % len(NAMES)],
        "home": cities[0], "new_home": cities[1] if rng.random() < 0.6 else None,
        "other_city": cities[2], "work": rng.choice(COMPANIES), "sister": rng.choice(SISTERS),
        "bday": f"{day} {month}", "bday_alt": [f"{day} {month}", f"{month} {day}"],
        "hobby": rng.choice(HOBBIES), "allergen": rng.choice(ALLERGENS),
        "tz": rng.choice(ZONES), "platforms": rng.sample(PLATFORMS, 3),
    }


def _sessions(p: dict[str, Any], rng: random.Random, forms: dict[str, list[str]]) -> list[Any]:
    def say(key: str) -> str:
        return _fill(rng, forms[key], name=p["name"], city=p["home"], company=p["work"],
                     sister=p["sister"], date=p["bday"], hobby=p["hobby"],
                     allergen=p["allergen"], tz=p["tz"])

    def noise() -> str:
        return rng.choice(DISTRACTORS + CHATTER).format(
            n=rng.choice(NAMES), c=p["other_city"], h=rng.choice(HOBBIES),
            w=rng.choice(COMPANIES), d=f"{rng.randint(1, 28)} {rng.choice(MONTHS)}")

    plan = [["name", "home"], ["work", "sister", "like"], ["sister_bday", "allergy", "tz"]]
    sessions = []
    for n, keys in enumerate(plan):
        messages = [say(k) for k in keys] + [noise() for _ in range(3)]
        rng.shuffle(messages)
        sessions.append({"platform": p["platforms"][n % 3], "messages": messages})
    if p["new_home"]:
        move = _fill(rng, forms["move"], city=p["new_home"])
        sessions.append({"platform": p["platforms"][0], "messages": [noise(), move, noise()]})
    return sessions


def _items(p: dict[str, Any], rng: random.Random, qforms: dict[str, list[str]]) -> list[Any]:
    def q(key: str) -> str:
        return rng.choice(qforms[key])

    current = p["new_home"] or p["home"]
    items = [
        ("single", "name", [[p["name"]]], [["name", p["name"]]]),
        ("update" if p["new_home"] else "single", "home", [[current]], [["home", current]]),
        ("single", "work", [[p["work"]]], [["work", p["work"]]]),
        ("single", "allergy", [[p["allergen"]]], [[f"allergy:{p['allergen']}", p["allergen"]]]),
        ("multi", "sister_both", [[p["sister"]], p["bday_alt"]],
         [["family:sister", p["sister"]], ["date:sister birthday", p["bday"]]]),
        ("single", rng.choice(["like", "tz", "sister", "sister_bday"]), None, None),
        ("abstain", rng.choice(["brother", "pet", "film"]), [], []),
    ]
    if p["new_home"]:
        items.append(("temporal", "previous_home", [[p["home"]]], [["home", current]]))
    answers = {"like": ([[p["hobby"]]], [[f"taste:{p['hobby']}", p["hobby"]]]),
               "tz": ([[p["tz"]]], [["pref:timezone", p["tz"]]]),
               "sister": ([[p["sister"]]], [["family:sister", p["sister"]]]),
               "sister_bday": ([p["bday_alt"]], [["date:sister birthday", p["bday"]]])}
    out = []
    for kind, key, accepted, evidence in items:
        if accepted is None:
            accepted, evidence = answers[key]
        out.append({"person": p["id"], "split": p["split"], "type": kind, "family": key,
                    "question": q(key), "accepted_all": accepted, "evidence": evidence})
    return out


def build() -> dict[str, Any]:
    rng = random.Random(SEED)
    phrasings = json.loads((HERE / "phrasings.json").read_text())
    people, items = [], []
    for i in range(PEOPLE):
        p = _person(i, rng)
        split = p["split"]
        p["sessions"] = _sessions(p, rng, phrasings["statements"][split])
        people.append(p)
        items += _items(p, rng, phrasings["questions"][split])
    for n, item in enumerate(items):
        item["id"] = n
    return {"seed": SEED, "people": people, "items": items}


def main() -> None:
    data = build()
    (HERE / "longmem.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    held = sum(i["split"] == "heldout" for i in data["items"])
    print(f"{len(data['people'])} people, {len(data['items'])} items, {held} held out")


if __name__ == "__main__":
    main()
