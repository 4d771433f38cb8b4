#!/usr/bin/env python3
"""Regenerates the hand-written facts of the example article and its test variants.

    python3 tests/data/make_example_facts.py        # from the repository root (or anywhere)

Writes, next to this script:
- ar-2026-05-20-xi-putin-talks.facts.json   the facts a careful reader takes from
  corpus/ar-2026-05-20-xi-putin-talks.txt (see ../shared/gold/ar-2026-05-20-xi-putin-talks.md);
- changed.facts.json                        the same article with one fact changed (the banquet
  has no place and another label), for "ingesting a changed version replaces the graph";
- bad/{syntax,wrong-type,offset,qid}.facts.json   malformed variants for the error tests.

Mention offsets are found by searching the text, never typed in: every occurrence of each surface
form is annotated, and offsets count Unicode code points (Python str indices), as NIF 2.0 and
RFC 5147 do, so `text[start:end] == anchor` holds by construction (and is asserted).

Matching rules (Arabic):
- a surface form matches only as whole words: the character after it is not a letter, and the one
  before it is not a letter, or is a one-letter proclitic (و ل ب ف ك) itself preceded by a
  non-letter, e.g. "ببجينغ" = ب + "بجينغ", "لفلاديمير بوتين"; the anchor excludes the proclitic;
- within one entity, a longer surface form wins over a shorter one it contains ("روسيا الاتحادية"
  over "روسيا"), and an entity mention inside another entity's mention is not annotated (the Great
  Hall inside "ساحة البوابة الشرقية لقاعة الشعب الكبرى"); entity mentions inside agreement titles
  are annotated (the countries in the joint statements' titles).
"""

import copy
import hashlib
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DOC_ID = "ar-2026-05-20-xi-putin-talks"
TEXT = open(os.path.join(ROOT, "corpus", DOC_ID + ".txt"), encoding="utf-8").read()
PROCLITICS = "ولبفك"
DATE = "2026-05-20"


def is_letter(ch):
    return unicodedata.category(ch).startswith(("L", "M"))


def occurrences(form):
    """Code-point (start, end) of every whole-word occurrence of `form` in the text."""
    found = []
    i = TEXT.find(form)
    while i >= 0:
        end = i + len(form)
        after_ok = end == len(TEXT) or not is_letter(TEXT[end])
        before = TEXT[i - 1] if i > 0 else " "
        before_ok = not is_letter(before) or (
            before in PROCLITICS and (i < 2 or not is_letter(TEXT[i - 2]))
        )
        if after_ok and before_ok:
            found.append((i, end))
        i = TEXT.find(form, i + 1)
    return found


class Mentions:
    """Mentions by span; one id per distinct span, numbered in text order at the end."""

    def __init__(self):
        self.spans = set()

    def add(self, span):
        assert TEXT[span[0] : span[1]], span
        self.spans.add(span)
        return span

    def ids(self):
        ordered = sorted(self.spans)
        return {span: f"m{n}" for n, span in enumerate(ordered, 1)}


MENTIONS = Mentions()


def spans_of(*forms, exclude_inside=(), only=None):
    """Occurrences of the forms, longest first, dropping those inside a longer form already found
    or inside any span of `exclude_inside`. `only` picks occurrences by their index in text order."""
    taken = []
    for form in sorted(forms, key=len, reverse=True):
        for span in occurrences(form):
            if any(s <= span[0] and span[1] <= e for s, e in taken + list(exclude_inside)):
                continue
            taken.append(span)
    taken.sort()
    if only is not None:
        taken = [taken[i] for i in only]
    assert taken, f"no occurrence of {forms}"
    for span in taken:
        MENTIONS.add(span)
    return taken


# ---- entities -------------------------------------------------------------------------------
# (id, kind, name, wikidata or None, surface forms); QIDs only where the gold marks them checked.
ENTITY_TABLE = [
    ("xi-jinping", "person", "شي جينبينغ", "Q15031", ["شي جينبينغ"]),
    ("vladimir-putin", "person", "فلاديمير بوتين", "Q7747", ["فلاديمير بوتين", "بوتين"]),
    ("cai-qi", "person", "تساي تشي", None, ["تساي تشي"]),
    ("ding-xuexiang", "person", "دينغ شيوشيانغ", None, ["دينغ شيوشيانغ"]),
    ("wang-yi", "person", "وانغ يي", None, ["وانغ يي"]),
    ("he-lifeng", "person", "خه ليفونغ", None, ["خه ليفونغ"]),
    ("zhang-guoqing", "person", "تشانغ قوتشينغ", None, ["تشانغ قوتشينغ"]),
    ("shen-yiqin", "person", "شن ييتشين", None, ["شن ييتشين"]),
    ("china", "country", "الصين", "Q148", ["الصين", "الصينية", "جمهورية الصين الشعبية"]),
    ("russia", "country", "روسيا", "Q159", ["روسيا", "الروسية", "روسيا الاتحادية"]),
    ("united-nations", "organization", "الأمم المتحدة", "Q1065", ["الأمم المتحدة"]),
    ("un-security-council", "organization", "مجلس الأمن الدولي", "Q37470", ["مجلس الأمن الدولي"]),
    ("sco", "organization", "منظمة شانغهاي للتعاون", "Q485207", ["منظمة شانغهاي للتعاون"]),
    ("brics", "organization", "البريكس", "Q243630", ["دول البريكس", "مجموعة دول البريكس"]),
    (
        "apec",
        "organization",
        "منظمة التعاون الاقتصادي لآسيا والمحيط الهادئ",
        "Q170481",
        ["منظمة التعاون الاقتصادي لآسيا والمحيط الهادئ"],
    ),
    ("pla", "organization", "جيش التحرير الشعبي الصيني", "Q200106", ["جيش التحرير الشعبي الصيني"]),
    ("beijing", "place", "بجينغ", "Q956", ["بجينغ"]),
    (
        "east-gate-square",
        "place",
        "ساحة البوابة الشرقية لقاعة الشعب الكبرى",
        None,
        ["ساحة البوابة الشرقية لقاعة الشعب الكبرى"],
    ),
    ("golden-hall", "place", "البهو الذهبي بقاعة الشعب الكبرى", None, ["البهو الذهبي بقاعة الشعب الكبرى"]),
    ("great-hall-of-the-people", "place", "قاعة الشعب الكبرى", None, ["قاعة الشعب الكبرى"]),
    ("tiananmen-square", "place", "ميدان تيانآنمن", "Q164055", ["ميدان تيانآنمن"]),
    ("middle-east", "place", "الشرق الأوسط", "Q7204", ["الشرق الأوسط"]),
]

# Entity mentions never nest in other entity mentions: collect the longest spans of all entities
# first, then give each entity its occurrences that are not inside another entity's span.
ALL_FORMS = [(eid, form) for eid, _, _, _, forms in ENTITY_TABLE for form in forms]
ENTITY_SPANS = {}
claimed = []
for eid, form in sorted(ALL_FORMS, key=lambda x: len(x[1]), reverse=True):
    for span in occurrences(form):
        if any(s <= span[0] and span[1] <= e for s, e in claimed):
            continue
        claimed.append(span)
        ENTITY_SPANS.setdefault(eid, []).append(span)
for eid, spans in ENTITY_SPANS.items():
    spans.sort()
    for span in spans:
        MENTIONS.add(span)


def first(form, after=0):
    """The first whole-word occurrence of `form` at or after code point `after`."""
    for span in occurrences(form):
        if span[0] >= after:
            return MENTIONS.add(span)
    raise AssertionError(f"{form!r} not found after {after}")


# ---- roles, events, agreements, anniversaries: their mentions --------------------------------
XI_TITLE = first("الرئيس الصيني")
PUTIN_TITLES = spans_of("الرئيس الروسي")

VISIT = [first("زيارة الدولة"), first("الزيارة")]
TALKS = spans_of("جلسة مباحثات", "جلسة المباحثات")
TALKS_DATE = first("20 مايو عام 2026")
MEETING = [first("لقاء مصغرا")]
EXTENSION = [first("تمديد")]
SIGNING = [first("وقع وأصدر")]
WITNESSED = [first("شهدا التوقيع")]
ISSUANCE = [first("أصدر الجانبان")]
PRESS = [first("مؤتمرا صحفيا مشتركا")]
WELCOME = [first("مراسم الاستقبال")]
BANQUET = [first("مأدبة العشاء الترحيبية")]
BANQUET_DATE = first("مساء اليوم ذاته")
BRIEFING = [first("الإحاطات")]

TREATY_TITLE = "اتفاقية حسن الجوار والصداقة والتعاون بين الصين وروسيا"
TREATY_FULL = spans_of(TREATY_TITLE)
TREATY = TREATY_FULL + spans_of(
    "اتفاقية حسن الجوار والصداقة والتعاون",
    "اتفاقية حسن الجوار والتعاون الودي",
    "الاتفاقية",
    exclude_inside=TREATY_FULL,
)
TREATY.sort()
JS1_TITLE = (
    "البيان المشترك بين جمهورية الصين الشعبية وروسيا الاتحادية بشأن مواصلة تعزيز التنسيق "
    "الاستراتيجي الشامل وتعميق حسن الجوار والصداقة والتعاون"
)
JS2_TITLE = (
    "البيان المشترك بين جمهورية الصين الشعبية وروسيا الاتحادية بشأن الدعوة إلى تعددية الأقطاب "
    "العالمية ونوع جديد من العلاقات الدولية"
)
JS1 = spans_of(JS1_TITLE)
JS2 = spans_of(JS2_TITLE)
DOCS20 = [first("20 وثيقة تعاون")]
AGREEMENTS20 = [first("20 اتفاقية تعاون")]
ANNIV30 = [first("الذكرى السنوية الـ30")]
ANNIV25 = [first("الذكرى السنوية الـ25")]

IDS = MENTIONS.ids()


def ids(spans):
    return [IDS[s] for s in spans]


def date(value=DATE, precision="day", source="stated", mention=None):
    d = {"value": value, "precision": precision, "source": source}
    if mention is not None:
        d["mention"] = IDS[mention]
    return d


ATTENDEES = ["cai-qi", "ding-xuexiang", "wang-yi", "he-lifeng", "zhang-guoqing", "shen-yiqin"]


def with_attendees(participants):
    return participants + [{"entity": a, "role": "attendee"} for a in ATTENDEES]


def both(role):
    return [{"entity": "xi-jinping", "role": role}, {"entity": "vladimir-putin", "role": role}]


HOST_GUEST = [{"entity": "xi-jinping", "role": "host"}, {"entity": "vladimir-putin", "role": "guest"}]


def event(eid, kind, label, mentions, parent=None, participants=(), date_value=None, **more):
    e = {"id": eid, "kind": kind, "label": label}
    e["date"] = date_value or date()
    e.update({k: v for k, v in more.items() if k in ("time_of_day", "place")})
    e["participants"] = list(participants)
    if parent:
        e["parent"] = parent
    e["topics"] = more.get("topics", [])
    e["status"] = more.get("status", "happened")
    e["mentions"] = ids(mentions)
    return e


EVENTS = [
    event(
        "state-visit",
        "state-visit",
        "زيارة الدولة إلى الصين",
        VISIT,
        participants=[{"entity": "vladimir-putin", "role": "guest"}, {"entity": "china", "role": "host"}],
        place="china",
        status="ongoing",
    ),
    event(
        "talks",
        "talks",
        "جلسة مباحثات",
        TALKS,
        parent="state-visit",
        participants=with_attendees(both("participant")),
        date_value=date(mention=TALKS_DATE),
        time_of_day="morning",
        place="great-hall-of-the-people",
        topics=[
            {"label": "القضايا الدولية والإقليمية الهامة"},
            {"label": "أوضاع الشرق الأوسط", "entity": "middle-east"},
        ],
    ),
    event("restricted-meeting", "meeting", "لقاء مصغر", MEETING, parent="talks", participants=both("participant")),
    event("extension", "extension", "تمديد اتفاقية حسن الجوار والصداقة والتعاون", EXTENSION, parent="talks",
          participants=both("participant")),
    event("signing", "signing", "توقيع البيان المشترك", SIGNING, parent="state-visit", participants=both("signatory")),
    event("signing-witnessed", "signing", "التوقيع على 20 وثيقة تعاون", WITNESSED, parent="state-visit",
          participants=both("witness")),
    event("issuance", "issuance", "إصدار البيان المشترك", ISSUANCE, parent="state-visit",
          participants=[{"entity": "china", "role": "participant"}, {"entity": "russia", "role": "participant"}]),
    event("press-conference", "press-conference", "مؤتمر صحفي مشترك", PRESS, parent="state-visit",
          participants=both("participant")),
    event("welcome-ceremony", "welcome-ceremony", "مراسم الاستقبال", WELCOME, parent="state-visit",
          participants=with_attendees(HOST_GUEST), place="east-gate-square"),
    event("banquet", "banquet", "مأدبة العشاء الترحيبية", BANQUET, parent="state-visit",
          participants=with_attendees(HOST_GUEST), date_value=date(source="resolved", mention=BANQUET_DATE),
          time_of_day="evening", place="golden-hall"),
    event("briefing", "briefing", "الاستماع إلى الإحاطات", BRIEFING, parent="talks", participants=both("participant")),
]

AGREEMENTS = [
    {
        "id": "treaty",
        "kind": "treaty",
        "title": {"text": TREATY_TITLE, "lang": "ar"},
        "parties": ["china", "russia"],
        "signatories": [],
        "date": date("2001", "year", "derived"),
        "fields": [],
        "event": "extension",
        "mentions": ids(TREATY),
    },
    {
        "id": "joint-statement-1",
        "kind": "joint-statement",
        "title": {"text": JS1_TITLE, "lang": "ar"},
        "parties": ["china", "russia"],
        "signatories": ["xi-jinping", "vladimir-putin"],
        "date": date(),
        "fields": [],
        "event": "signing",
        "mentions": ids(JS1),
    },
    {
        "id": "joint-statement-2",
        "kind": "joint-statement",
        "title": {"text": JS2_TITLE, "lang": "ar"},
        "parties": ["china", "russia"],
        "signatories": [],
        "date": date(),
        "fields": [],
        "event": "issuance",
        "mentions": ids(JS2),
    },
    {
        "id": "cooperation-documents",
        "kind": "cooperation-document",
        "parties": ["china", "russia"],
        "signatories": [],
        "date": date(),
        "count": 20,
        "fields": ["الاقتصاد والتجارة", "التربية والتعليم", "العلوم والتكنولوجيا"],
        "event": "signing-witnessed",
        "mentions": ids(DOCS20),
    },
    {
        "id": "cooperation-agreements",
        "kind": "cooperation-agreement",
        "parties": ["china", "russia"],
        "signatories": [],
        "date": date(),
        "count": 20,
        "fields": ["المجالات الأخرى"],
        "event": "issuance",
        "mentions": ids(AGREEMENTS20),
    },
]

ANNIVERSARIES = [
    {
        "id": "partnership-30th",
        "ordinal": 30,
        "of": "إقامة علاقات الشراكة الاستراتيجية للتنسيق بين الصين وروسيا",
        "year": 2026,
        "derived_year": 1996,
        "mentions": ids(ANNIV30),
    },
    {
        "id": "treaty-25th",
        "ordinal": 25,
        "of": "التوقيع على " + TREATY_TITLE,
        "subject": "treaty",
        "year": 2026,
        "derived_year": 2001,
        "mentions": ids(ANNIV25),
    },
]

ROLES = [
    {
        "id": "xi-president",
        "person": "xi-jinping",
        "role": "president",
        "of": "china",
        "position": "Q655407",
        "title": "الرئيس الصيني",
        "mentions": ids([XI_TITLE]),
    },
    {
        "id": "putin-president",
        "person": "vladimir-putin",
        "role": "president",
        "of": "russia",
        "position": "Q218295",
        "title": "الرئيس الروسي",
        "mentions": ids(PUTIN_TITLES),
    },
]

ENTITIES = []
for eid, kind, name, qid, _ in ENTITY_TABLE:
    entity = {"id": eid, "kind": kind, "name": name}
    if qid:
        entity["wikidata"] = qid
    entity["mentions"] = ids(ENTITY_SPANS[eid])
    ENTITIES.append(entity)

FACTS = {
    "version": "diplokg-facts/1",
    "document": {
        "id": DOC_ID,
        "lang": "ar",
        "title": "شي جينبينغ يعقد جلسة مباحثات مع الرئيس الروسي فلاديمير بوتين",
        "text_sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
        "text": TEXT,
    },
    "mentions": [
        {"id": IDS[span], "start": span[0], "end": span[1], "anchor": TEXT[span[0] : span[1]]}
        for span in sorted(IDS)
    ],
    "entities": ENTITIES,
    "roles": ROLES,
    "events": EVENTS,
    "agreements": AGREEMENTS,
    "anniversaries": ANNIVERSARIES,
}

for m in FACTS["mentions"]:
    assert TEXT[m["start"] : m["end"]] == m["anchor"], m


def write(name, value):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(value, str):
            f.write(value)
        else:
            json.dump(value, f, ensure_ascii=False, indent=2)
            f.write("\n")


write(DOC_ID + ".facts.json", FACTS)

# One fact changed, same document id: the banquet's place dropped and its label rewritten.
changed = copy.deepcopy(FACTS)
banquet = next(e for e in changed["events"] if e["id"] == "banquet")
del banquet["place"]
banquet["label"] = "مأدبة عشاء رسمية"
write("changed.facts.json", changed)

# Malformed variants (each with exactly one defect).
pretty = json.dumps(FACTS, ensure_ascii=False, indent=2) + "\n"
marker = '"lang": "ar",\n    "title"'
assert marker in pretty
write("bad/syntax.facts.json", pretty.replace(marker, '"lang": "ar"\n    "title"', 1))  # missing comma

wrong = copy.deepcopy(FACTS)
wrong["events"][1]["label"] = 42
write("bad/wrong-type.facts.json", wrong)

offset = copy.deepcopy(FACTS)
offset["mentions"][-1]["end"] = len(TEXT) + 5
write("bad/offset.facts.json", offset)

qid = copy.deepcopy(FACTS)
qid["entities"][0]["wikidata"] = "X15031"
write("bad/qid.facts.json", qid)

print(f"{len(FACTS['mentions'])} mentions, {len(ENTITIES)} entities, {len(EVENTS)} events")
