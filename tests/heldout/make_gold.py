#!/usr/bin/env python3
"""Regenerates the HELD-OUT extraction evaluation set: articles and their gold facts.

    python3 tests/heldout/make_gold.py          # from anywhere; writes next to this script
    python3 tests/heldout/make_gold.py --check  # also validates against schema/facts.schema.json

Held out: these ten articles were written and annotated without running the extractor and without
reading its rules or lexicon; they must never be used to tune rules. Score with
`diplokg eval tests/heldout`.

The machinery (`Doc`, mention search, the gazetteer QID lookup, `write_set`) is imported from
tests/dev/make_gold.py, and so are the annotation rules in its docstring. In short:
- entities: every person, country, organisation and place named, with every whole-word occurrence
  of its surface forms; the longest span wins; adjectives of nationality are mentions of the
  country; honorifics (الشيخ, سمو, قداسة, السفير, Dr, Prince) stay outside person anchors; pronouns
  are not annotated;
- Wikidata QIDs only from the bundled, verified gazetteer (`gazetteer_qid`, applied by `Doc.build`
  to the entity's name and forms; no QID is typed in here); everything else is null;
- roles: the title as written next to the name, with every occurrence of that title (and of its
  variants) that refers to the person;
- dates: `stated` when the text gives the full date (or the full year for a year-precision date);
  `resolved` when a relative or partial expression is completed from document.published; an event
  the text places on the same day without a word for it is `resolved` without a mention;
- status: planned for future, intended or invited events; ongoing for a visit in progress on the
  publication date.

Conventions decided for this set where the dev set left a choice open (see README.md):
- an arrival has the arriving guest only; a reception at the airport ("كان في استقبال سموه لدى
  وصوله", "was received at the airport by", "到机场迎接") is a welcome-ceremony child of the arrival,
  hosted by the receiving officials; an official of the guest's own country among the receivers
  (his ambassador) is an attendee;
- a visit is hosted by the country visited (and by a leader only when the text says the visit is at
  his invitation); a visit to a capital or a named city has that city as place when the text names
  it as the destination, the country otherwise;
- "in the presence of" at a signing = witness; "co-chaired" / "共同主持" / "ترأس" = chair;
- "attended the events" / "参加上述活动" lists are attendees of every event of that day that the
  host leader took part in (not of issuances by "the two sides").
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEV = os.path.join(ROOT, "tests", "dev")
sys.path.insert(0, DEV)

from make_gold import Doc, weekday, write_set  # noqa: E402  (tests/dev machinery)

ARTICLES = []


def article(fn):
    ARTICLES.append(fn)
    return fn


# =============================================================================================
# Arabic
# =============================================================================================

@article
def ar_kuna_unga_jerusalem():
    d = Doc("ar-2017-12-22-kuna-unga-jerusalem", "ar", """
الجمعية العامة للأمم المتحدة تعتمد بأغلبية 128 صوتا قرارا بشأن وضع القدس

نيويورك - 22 - 12 (كونا) -- اعتمدت الجمعية العامة للأمم المتحدة أمس الخميس بأغلبية 128 صوتا قرارا يؤكد أن أي قرارات أو إجراءات تهدف إلى تغيير طابع مدينة القدس أو وضعها أو تركيبتها الديمغرافية ليس لها أي أثر قانوني وتعد لاغية وباطلة.
وعارضت القرار تسع دول بينها الولايات المتحدة الأمريكية وإسرائيل فيما امتنعت 35 دولة عن التصويت، وذلك خلال الدورة الاستثنائية الطارئة العاشرة المستأنفة للجمعية.
وقدم مشروع القرار كل من اليمن بصفتها رئيسة المجموعة العربية في الأمم المتحدة لهذا الشهر وتركيا بصفتها الرئيس الحالي لمنظمة التعاون الإسلامي.
ويأتي القرار ردا على إعلان الرئيس الأمريكي دونالد ترامب في السادس من الشهر الجاري الاعتراف بالقدس عاصمة لإسرائيل ونقل سفارة بلاده إليها.
وقال مندوب دولة الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي في كلمة أمام الجمعية إن القرار يعكس موقف المجتمع الدولي الثابت من أن القدس الشرقية أرض فلسطينية محتلة.
وكان وزير الخارجية الفلسطيني رياض المالكي ووزير الخارجية التركي مولود تشاووش أوغلو قد ألقيا كلمتين في مستهل الجلسة، فيما قالت المندوبة الأمريكية الدائمة لدى الأمم المتحدة نيكي هيلي في كلمتها إن بلادها ستتذكر هذا اليوم.
وعلى هامش الجلسة التقى السفير العتيبي رئيس الجمعية العامة ميروسلاف لايتشاك وبحث معه سبل دعم وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى (أونروا).
ومن المقرر أن يعقد مجلس جامعة الدول العربية على مستوى المندوبين الدائمين اجتماعا طارئا في القاهرة يوم الأحد المقبل لبحث الخطوات العربية المقبلة.
""", published="2017-12-22")
    assert weekday("2017-12-21") == "Thursday" and weekday("2017-12-24") == "Sunday"
    d.ent("unga", "organization", "الجمعية العامة للأمم المتحدة", None,
          ["الجمعية العامة للأمم المتحدة", "الجمعية العامة", "الجمعية", "للجمعية"])
    d.ent("un", "organization", "الأمم المتحدة")
    d.ent("jerusalem", "place", "القدس")
    d.ent("east-jerusalem", "place", "القدس الشرقية")
    d.ent("new-york", "place", "نيويورك")
    d.ent("kuna", "organization", "كونا")
    d.ent("usa", "country", "الولايات المتحدة الأمريكية", None,
          ["الولايات المتحدة الأمريكية", "الأمريكي", "الأمريكية"])
    d.ent("israel", "country", "إسرائيل")
    d.ent("yemen", "country", "اليمن")
    d.ent("arab-group", "organization", "المجموعة العربية")
    d.ent("turkey", "country", "تركيا", None, ["تركيا", "التركي"])
    d.ent("oic", "organization", "منظمة التعاون الإسلامي")
    d.ent("trump", "person", "دونالد ترامب")
    d.ent("kuwait", "country", "الكويت", None, ["دولة الكويت"])
    d.ent("al-otaibi", "person", "منصور العتيبي", None, ["منصور العتيبي", "العتيبي"])
    d.ent("palestine", "country", "فلسطين", None, ["الفلسطيني", "فلسطينية"])
    d.ent("al-maliki", "person", "رياض المالكي")
    d.ent("cavusoglu", "person", "مولود تشاووش أوغلو")
    d.ent("haley", "person", "نيكي هيلي")
    d.ent("lajcak", "person", "ميروسلاف لايتشاك")
    d.ent("unrwa", "organization", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى",
          None, ["وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى", "أونروا"])
    d.ent("arab-league-council", "organization", "مجلس جامعة الدول العربية")
    d.ent("cairo", "place", "القاهرة")

    d.role("trump-president", "trump", "president", "usa", "الرئيس الأمريكي", d.ms("الرئيس الأمريكي"))
    d.role("al-otaibi-pr", "al-otaibi", "ambassador", "kuwait", "مندوب دولة الكويت الدائم لدى الأمم المتحدة",
           d.ms("مندوب دولة الكويت الدائم لدى الأمم المتحدة"))
    d.role("al-maliki-fm", "al-maliki", "foreign-minister", "palestine", "وزير الخارجية الفلسطيني",
           d.ms("وزير الخارجية الفلسطيني"))
    d.role("cavusoglu-fm", "cavusoglu", "foreign-minister", "turkey", "وزير الخارجية التركي",
           d.ms("وزير الخارجية التركي"))
    d.role("haley-pr", "haley", "ambassador", "usa", "المندوبة الأمريكية الدائمة لدى الأمم المتحدة",
           d.ms("المندوبة الأمريكية الدائمة لدى الأمم المتحدة"))
    d.role("lajcak-president", "lajcak", "chair", "unga", "رئيس الجمعية العامة", d.ms("رئيس الجمعية العامة"))

    same_day = d.date("2017-12-21", source="resolved")
    session = d.ms("الدورة الاستثنائية الطارئة العاشرة المستأنفة")
    d.event("session", "conference", "الدورة الاستثنائية الطارئة العاشرة المستأنفة للجمعية",
            session + d.ms("الجلسة"), date=same_day, ordinal=10, parts=[("unga", "participant")])
    d.event("adoption", "adoption", "اعتمدت الجمعية العامة للأمم المتحدة قرارا",
            d.ms("تعتمد") + d.ms("اعتمدت") + d.ms("التصويت"),
            date=d.resolved("2017-12-21", "أمس الخميس"), parent="session", parts=[("unga", "participant")])
    d.event("announcement", "announcement", "إعلان الرئيس الأمريكي دونالد ترامب الاعتراف بالقدس عاصمة لإسرائيل",
            d.ms("إعلان"), date=d.resolved("2017-12-06", "السادس من الشهر الجاري"),
            parts=[("trump", "participant")],
            topics=[("الاعتراف بالقدس عاصمة لإسرائيل", "jerusalem")])
    d.event("al-otaibi-speech", "speech", "كلمة أمام الجمعية", d.ms("كلمة"), date=same_day, parent="session",
            parts=[("al-otaibi", "participant")])
    d.event("al-maliki-speech", "speech", "ألقيا كلمتين في مستهل الجلسة", d.ms("ألقيا كلمتين"), date=same_day,
            parent="session", parts=[("al-maliki", "participant")])
    d.event("cavusoglu-speech", "speech", "ألقيا كلمتين في مستهل الجلسة", d.ms("ألقيا كلمتين"), date=same_day,
            parent="session", parts=[("cavusoglu", "participant")])
    d.event("haley-speech", "speech", "كلمتها", d.ms("كلمتها"), date=same_day, parent="session",
            parts=[("haley", "participant")])
    d.event("meeting-lajcak", "meeting", "التقى السفير العتيبي رئيس الجمعية العامة ميروسلاف لايتشاك",
            d.ms("التقى"), date=same_day, parent="session",
            parts=[("al-otaibi", "participant"), ("lajcak", "participant")],
            topics=[("سبل دعم وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى (أونروا)",
                     "unrwa")])
    d.event("arab-league-meeting", "meeting", "اجتماعا طارئا لمجلس جامعة الدول العربية على مستوى المندوبين",
            d.ms("اجتماعا طارئا"), date=d.resolved("2017-12-24", "يوم الأحد المقبل"), place="cairo",
            status="planned", parts=[("arab-league-council", "participant")],
            topics=[("الخطوات العربية المقبلة",)])
    resolution = d.ms("قرارا") + d.ms("القرار")
    d.agreement("resolution", "resolution", resolution, parties=["unga"], date=same_day, event="adoption")
    return d


@article
def ar_qna_emir_erdogan_istanbul():
    d = Doc("ar-2018-11-26-qna-emir-erdogan-istanbul", "ar", """
سمو الأمير والرئيس التركي يترأسان الاجتماع الرابع للجنة الاستراتيجية العليا القطرية التركية

إسطنبول في 26 نوفمبر /قنا/ ترأس حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، وفخامة الرئيس رجب طيب أردوغان رئيس الجمهورية التركية، اليوم، الاجتماع الرابع للجنة الاستراتيجية العليا القطرية التركية، الذي عقد في قصر دولمة بهجة بمدينة إسطنبول.
وكان سمو الأمير المفدى قد وصل إلى إسطنبول مساء أمس في زيارة عمل للجمهورية التركية الشقيقة، وكان في استقبال سموه لدى وصوله مطار أتاتورك الدولي سعادة السيد علي يرلي كايا والي إسطنبول، وسعادة السيد سالم بن مبارك آل شافي سفير دولة قطر لدى الجمهورية التركية.
وعقد سمو الأمير وفخامة الرئيس التركي قبيل الاجتماع جلسة مباحثات رسمية، جرى خلالها استعراض العلاقات الاستراتيجية بين البلدين وسبل تعزيزها في مجالات الاقتصاد والاستثمار والدفاع، إضافة إلى تطورات الأوضاع في المنطقة ولا سيما الأزمة السورية.
وفي ختام الاجتماع، شهد سمو الأمير وفخامة الرئيس التركي توقيع سبع اتفاقيات ومذكرات تفاهم بين حكومتي البلدين في مجالات التجارة والصناعة والنقل والصحة والسياحة.
حضر الاجتماع من الجانب القطري سعادة الشيخ محمد بن عبدالرحمن آل ثاني نائب رئيس مجلس الوزراء وزير الخارجية، وعدد من أصحاب السعادة الوزراء، ومن الجانب التركي سعادة السيد مولود تشاووش أوغلو وزير الخارجية، وسعادة السيد بيرات البيرق وزير الخزانة والمالية.
وأقام فخامة الرئيس رجب طيب أردوغان مأدبة غداء تكريما لسمو الأمير المفدى والوفد المرافق.
ومن المقرر أن تستضيف الدوحة الاجتماع الخامس للجنة العام المقبل.
وغادر سمو الأمير المفدى إسطنبول مساء اليوم، مختتما زيارة عمل للجمهورية التركية.
""", published="2018-11-26")
    assert weekday("2018-11-26") == "Monday"
    d.ent("tamim", "person", "تميم بن حمد آل ثاني")
    d.ent("erdogan", "person", "رجب طيب أردوغان")
    d.ent("turkey", "country", "تركيا", None,
          ["الجمهورية التركية", "للجمهورية التركية", "التركي"])
    d.ent("qatar", "country", "قطر", None, ["دولة قطر", "القطري"])
    d.ent("committee", "organization", "اللجنة الاستراتيجية العليا القطرية التركية", None,
          ["للجنة الاستراتيجية العليا القطرية التركية", "للجنة"])
    d.ent("istanbul", "place", "إسطنبول")
    d.ent("qna", "organization", "قنا")
    d.ent("dolmabahce", "place", "قصر دولمة بهجة")
    d.ent("ataturk-airport", "place", "مطار أتاتورك الدولي")
    d.ent("yerlikaya", "person", "علي يرلي كايا")
    d.ent("al-shafi", "person", "سالم بن مبارك آل شافي")
    d.ent("syria", "country", "سوريا", None, ["السورية"])
    d.ent("mbar", "person", "محمد بن عبدالرحمن آل ثاني")
    d.ent("cavusoglu", "person", "مولود تشاووش أوغلو")
    d.ent("albayrak", "person", "بيرات البيرق")
    d.ent("doha", "place", "الدوحة")

    emir = d.ms("أمير البلاد")
    d.role("tamim-emir", "tamim", "monarch", "qatar", "أمير البلاد", emir + d.ms("الأمير"))
    d.role("erdogan-president", "erdogan", "president", "turkey", "رئيس الجمهورية التركية",
           d.ms("رئيس الجمهورية التركية") + d.ms("الرئيس التركي") + d.followed_by("الرئيس", [" رجب"]))
    d.role("yerlikaya-governor", "yerlikaya", "other", "istanbul", "والي إسطنبول", d.ms("والي إسطنبول"))
    d.role("al-shafi-ambassador", "al-shafi", "ambassador", "qatar", "سفير دولة قطر لدى الجمهورية التركية",
           d.ms("سفير دولة قطر لدى الجمهورية التركية"))
    d.role("mbar-dpm", "mbar", "deputy-prime-minister", "qatar", "نائب رئيس مجلس الوزراء",
           d.ms("نائب رئيس مجلس الوزراء"))
    d.role("mbar-fm", "mbar", "foreign-minister", "qatar", "وزير الخارجية", [d.m("وزير الخارجية", 0)])
    d.role("cavusoglu-fm", "cavusoglu", "foreign-minister", "turkey", "وزير الخارجية", [d.m("وزير الخارجية", 1)])
    d.role("albayrak-minister", "albayrak", "minister", "turkey", "وزير الخزانة والمالية",
           d.ms("وزير الخزانة والمالية"))

    today = d.resolved("2018-11-26", "اليوم")
    same_day = d.date("2018-11-26", source="resolved")
    yesterday_evening = d.resolved("2018-11-25", "مساء أمس")
    d.event("working-visit", "visit", "زيارة عمل للجمهورية التركية", d.ms("زيارة عمل"), date=yesterday_evening,
            place="turkey", parts=[("tamim", "guest"), ("turkey", "host")])
    d.event("arrival", "arrival", "وصل إلى إسطنبول", d.ms("وصل") + d.ms("وصوله"), date=yesterday_evening,
            tod="evening", place="ataturk-airport", parent="working-visit", parts=[("tamim", "guest")])
    d.event("airport-reception", "welcome-ceremony", "كان في استقبال سموه لدى وصوله", d.ms("استقبال"),
            date=yesterday_evening, tod="evening", place="ataturk-airport", parent="arrival",
            parts=[("tamim", "guest"), ("yerlikaya", "host"), ("al-shafi", "attendee")])
    fourth = d.ms("الاجتماع الرابع للجنة الاستراتيجية العليا القطرية التركية")
    fifth = d.ms("الاجتماع الخامس للجنة")
    d.event("committee-4", "meeting", "الاجتماع الرابع للجنة الاستراتيجية العليا القطرية التركية",
            fourth + d.ms("الاجتماع", outside=fourth + fifth) + d.ms("يترأسان") + d.ms("ترأس"),
            date=today, place="dolmabahce", parent="working-visit", ordinal=4,
            parts=[("tamim", "chair"), ("erdogan", "chair"), ("committee", "participant"),
                   ("mbar", "attendee"), ("cavusoglu", "attendee"), ("albayrak", "attendee")])
    d.event("talks", "talks", "جلسة مباحثات رسمية", d.ms("جلسة مباحثات رسمية"), date=same_day,
            parent="working-visit", parts=[("tamim", "participant"), ("erdogan", "participant")],
            topics=[("العلاقات الاستراتيجية بين البلدين",),
                    ("سبل تعزيزها في مجالات الاقتصاد والاستثمار والدفاع",),
                    ("تطورات الأوضاع في المنطقة",), ("الأزمة السورية", "syria")])
    d.event("signing", "signing", "شهد سمو الأمير وفخامة الرئيس التركي توقيع",
            d.ms("شهد سمو الأمير وفخامة الرئيس التركي توقيع"), date=same_day, parent="committee-4",
            parts=[("tamim", "witness"), ("erdogan", "witness")])
    d.event("lunch", "banquet", "مأدبة غداء", d.ms("مأدبة غداء"), date=same_day, parent="working-visit",
            parts=[("erdogan", "host"), ("tamim", "guest")])
    d.event("committee-5", "meeting", "الاجتماع الخامس للجنة", fifth,
            date=d.resolved("2019", "العام المقبل", precision="year"), place="doha", status="planned",
            ordinal=5, parts=[("qatar", "host"), ("committee", "participant")])
    d.agreement("agreements-7", "agreement", d.ms("سبع اتفاقيات ومذكرات تفاهم"), parties=["qatar", "turkey"],
                date=same_day, count=7, fields=["التجارة", "الصناعة", "النقل", "الصحة", "السياحة"],
                event="signing")
    return d


@article
def ar_ahram_sisi_gerd_minisummit():
    d = Doc("ar-2020-07-21-ahram-sisi-gerd-minisummit", "ar", """
السيسي يشارك في القمة الأفريقية المصغرة حول سد النهضة عبر الفيديو كونفرانس

القاهرة في 21 يوليو /أ ش أ/ شارك الرئيس عبد الفتاح السيسي اليوم، عبر تقنية الفيديو كونفرانس، في القمة الأفريقية المصغرة التي دعا إليها الرئيس سيريل رامافوزا رئيس جمهورية جنوب أفريقيا الرئيس الحالي للاتحاد الأفريقي، لبحث مسار مفاوضات سد النهضة.
وصرح السفير بسام راضي المتحدث الرسمي باسم رئاسة الجمهورية بأن القمة شهدت مشاركة رئيس الوزراء الإثيوبي آبي أحمد ورئيس الوزراء السوداني عبد الله حمدوك، إلى جانب موسى فقي محمد رئيس مفوضية الاتحاد الأفريقي.
وأكد الرئيس السيسي في كلمته أمام القمة ضرورة التوصل إلى اتفاق قانوني ملزم ينظم قواعد ملء وتشغيل سد النهضة، بما يحفظ الحقوق المائية لمصر والسودان ويراعي المصالح التنموية لإثيوبيا.
واتفق القادة في ختام القمة على استئناف المفاوضات الثلاثية على مستوى وزراء الخارجية والري يوم الاثنين المقبل.
وحضر القمة من الجانب المصري الدكتور مصطفى مدبولي رئيس مجلس الوزراء، وسامح شكري وزير الخارجية، والدكتور محمد عبد العاطي وزير الموارد المائية والري، واللواء عباس كامل رئيس المخابرات العامة.
وكان الرئيس السيسي قد تلقى أمس اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون، تناول تطورات الأوضاع في ليبيا وملف سد النهضة، حيث أكد الرئيس الفرنسي دعم بلاده للجهود المصرية في هذا الشأن.
ومن المقرر أن يتوجه وزير الخارجية سامح شكري غدا الأربعاء إلى العاصمة السودانية الخرطوم في زيارة يسلم خلالها رسالة من الرئيس السيسي إلى رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان.
""", published="2020-07-21")
    assert weekday("2020-07-21") == "Tuesday" and weekday("2020-07-22") == "Wednesday"
    assert weekday("2020-07-27") == "Monday"
    d.ent("sisi", "person", "عبد الفتاح السيسي", None, ["عبد الفتاح السيسي", "السيسي"])
    d.ent("egypt", "country", "مصر", None, ["مصر", "المصري", "المصرية"])
    d.ent("cairo", "place", "القاهرة")
    d.ent("mena", "organization", "أ ش أ")
    d.ent("gerd", "place", "سد النهضة")
    d.ent("ramaphosa", "person", "سيريل رامافوزا")
    d.ent("south-africa", "country", "جنوب أفريقيا", None, ["جنوب أفريقيا", "جمهورية جنوب أفريقيا"])
    d.ent("au", "organization", "الاتحاد الأفريقي", None, ["الاتحاد الأفريقي", "للاتحاد الأفريقي"])
    d.ent("rady", "person", "بسام راضي")
    d.ent("presidency", "organization", "رئاسة الجمهورية")
    d.ent("ethiopia", "country", "إثيوبيا", None, ["إثيوبيا", "الإثيوبي"])
    d.ent("abiy", "person", "آبي أحمد")
    d.ent("sudan", "country", "السودان", None, ["السودان", "السوداني", "السودانية"])
    d.ent("hamdok", "person", "عبد الله حمدوك")
    d.ent("faki", "person", "موسى فقي محمد")
    d.ent("au-commission", "organization", "مفوضية الاتحاد الأفريقي")
    d.ent("madbouly", "person", "مصطفى مدبولي")
    d.ent("shoukry", "person", "سامح شكري")
    d.ent("abdel-aty", "person", "محمد عبد العاطي")
    d.ent("kamel", "person", "عباس كامل")
    d.ent("gis", "organization", "المخابرات العامة")
    d.ent("france", "country", "فرنسا", None, ["الفرنسي"])
    d.ent("macron", "person", "إيمانويل ماكرون")
    d.ent("libya", "country", "ليبيا")
    d.ent("khartoum", "place", "الخرطوم")
    d.ent("sovereignty-council", "organization", "مجلس السيادة الانتقالي")
    d.ent("burhan", "person", "عبد الفتاح البرهان")

    d.role("sisi-president", "sisi", "president", "egypt", "الرئيس",
           d.followed_by("الرئيس", [" عبد الفتاح", " السيسي"]))
    d.role("ramaphosa-president", "ramaphosa", "president", "south-africa", "رئيس جمهورية جنوب أفريقيا",
           d.ms("رئيس جمهورية جنوب أفريقيا") + d.followed_by("الرئيس", [" سيريل"]))
    d.role("ramaphosa-au-chair", "ramaphosa", "chair", "au", "الرئيس الحالي للاتحاد الأفريقي",
           d.ms("الرئيس الحالي للاتحاد الأفريقي"))
    d.role("rady-spokesman", "rady", "spokesperson", "presidency", "المتحدث الرسمي باسم رئاسة الجمهورية",
           d.ms("المتحدث الرسمي باسم رئاسة الجمهورية"))
    d.role("abiy-pm", "abiy", "prime-minister", "ethiopia", "رئيس الوزراء الإثيوبي", d.ms("رئيس الوزراء الإثيوبي"))
    d.role("hamdok-pm", "hamdok", "prime-minister", "sudan", "رئيس الوزراء السوداني",
           d.ms("رئيس الوزراء السوداني"))
    d.role("faki-chair", "faki", "chair", "au-commission", "رئيس مفوضية الاتحاد الأفريقي",
           d.ms("رئيس مفوضية الاتحاد الأفريقي"))
    d.role("madbouly-pm", "madbouly", "prime-minister", "egypt", "رئيس مجلس الوزراء", d.ms("رئيس مجلس الوزراء"))
    d.role("shoukry-fm", "shoukry", "foreign-minister", "egypt", "وزير الخارجية", d.ms("وزير الخارجية"))
    d.role("abdel-aty-minister", "abdel-aty", "minister", "egypt", "وزير الموارد المائية والري",
           d.ms("وزير الموارد المائية والري"))
    d.role("kamel-gis", "kamel", "other", "gis", "رئيس المخابرات العامة", d.ms("رئيس المخابرات العامة"))
    d.role("macron-president", "macron", "president", "france", "الرئيس الفرنسي", d.ms("الرئيس الفرنسي"))
    d.role("burhan-chair", "burhan", "chair", "sovereignty-council", "رئيس مجلس السيادة الانتقالي",
           d.ms("رئيس مجلس السيادة الانتقالي"))

    same_day = d.date("2020-07-21", source="resolved")
    full = d.ms("القمة الأفريقية المصغرة")
    d.event("minisummit", "summit", "القمة الأفريقية المصغرة", full + d.ms("القمة", outside=full),
            date=d.resolved("2020-07-21", "اليوم"),
            parts=[("ramaphosa", "chair"), ("au", "participant"), ("sisi", "participant"), ("abiy", "participant"),
                   ("hamdok", "participant"), ("faki", "participant"), ("madbouly", "attendee"),
                   ("shoukry", "attendee"), ("abdel-aty", "attendee"), ("kamel", "attendee")],
            topics=[("مسار مفاوضات سد النهضة", "gerd")])
    d.event("sisi-speech", "speech", "كلمته أمام القمة", d.ms("كلمته"), date=same_day, parent="minisummit",
            parts=[("sisi", "participant")],
            topics=[("ضرورة التوصل إلى اتفاق قانوني ملزم ينظم قواعد ملء وتشغيل سد النهضة", "gerd")])
    d.event("tripartite-talks", "talks", "المفاوضات الثلاثية على مستوى وزراء الخارجية والري",
            d.ms("المفاوضات الثلاثية"), date=d.resolved("2020-07-27", "يوم الاثنين المقبل"), status="planned",
            parts=[("egypt", "participant"), ("sudan", "participant"), ("ethiopia", "participant")])
    d.event("phone-call", "phone-call", "اتصالا هاتفيا", d.ms("اتصالا هاتفيا"),
            date=d.resolved("2020-07-20", "أمس"), parts=[("sisi", "participant"), ("macron", "participant")],
            topics=[("تطورات الأوضاع في ليبيا", "libya"), ("ملف سد النهضة", "gerd")])
    d.event("khartoum-visit", "visit", "يتوجه وزير الخارجية سامح شكري إلى العاصمة السودانية الخرطوم في زيارة",
            d.ms("زيارة"), date=d.resolved("2020-07-22", "غدا الأربعاء"), place="khartoum", status="planned",
            parts=[("shoukry", "guest"), ("sudan", "host")])
    return d


@article
def ar_wam_mbz_pope_francis():
    d = Doc("ar-2019-02-04-wam-mbz-pope-francis", "ar", """
محمد بن زايد يستقبل البابا فرنسيس في قصر الرئاسة بأبوظبي

أبوظبي في 4 فبراير / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، ظهر اليوم، قداسة البابا فرنسيس بابا الكنيسة الكاثوليكية، الذي يقوم بزيارة إلى دولة الإمارات تستمر ثلاثة أيام.
وجرت لقداسته مراسم استقبال رسمية في قصر الرئاسة، حيث عزف السلامان الوطنيان واستعرض الضيف حرس الشرف.
وكان قداسة البابا قد وصل مساء أمس إلى مطار الرئاسة في أبوظبي قادما من روما، وكان في مقدمة مستقبليه صاحب السمو الشيخ محمد بن زايد آل نهيان.
وبحث سموه وقداسته خلال اللقاء تعزيز قيم التسامح والتعايش والحوار بين الأديان، في إطار "عام التسامح" الذي أعلنته دولة الإمارات للعام الجاري.
وحضر اللقاء سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية والتعاون الدولي، ومعالي الشيخ نهيان بن مبارك آل نهيان وزير التسامح، ومعالي محمد عبدالله القرقاوي وزير شؤون مجلس الوزراء والمستقبل.
وفي المساء، وقع قداسة البابا وفضيلة الإمام الأكبر الدكتور أحمد الطيب شيخ الأزهر الشريف في صرح زايد المؤسس "وثيقة الأخوة الإنسانية من أجل السلام العالمي والعيش المشترك"، بحضور صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، وصاحب السمو الشيخ محمد بن زايد آل نهيان.
وتتزامن الزيارة مع الذكرى الـ800 للقاء القديس فرنسيس الأسيزي بالسلطان الملك الكامل في مصر.
ومن المقرر أن يزور قداسة البابا غدا كاتدرائية القديس يوسف في أبوظبي قبل أن يغادر الدولة عائدا إلى روما.
""", published="2019-02-04")
    assert weekday("2019-02-04") == "Monday"
    d.ent("mbz", "person", "محمد بن زايد آل نهيان", None, ["محمد بن زايد آل نهيان", "محمد بن زايد"])
    d.ent("francis", "person", "فرنسيس")
    d.ent("presidential-palace", "place", "قصر الرئاسة")
    d.ent("abu-dhabi", "place", "أبوظبي")
    d.ent("wam", "organization", "وام")
    d.ent("catholic-church", "organization", "الكنيسة الكاثوليكية")
    d.ent("uae", "country", "الإمارات", None, ["دولة الإمارات"])
    d.ent("presidential-airport", "place", "مطار الرئاسة")
    d.ent("rome", "place", "روما")
    d.ent("abz", "person", "عبدالله بن زايد آل نهيان")
    d.ent("nahyan-bin-mubarak", "person", "نهيان بن مبارك آل نهيان")
    d.ent("gergawi", "person", "محمد عبدالله القرقاوي")
    d.ent("al-tayeb", "person", "أحمد الطيب")
    d.ent("al-azhar", "organization", "الأزهر الشريف")
    d.ent("founders-memorial", "place", "صرح زايد المؤسس")
    d.ent("mbr", "person", "محمد بن راشد آل مكتوم")
    d.ent("dubai", "place", "دبي")
    d.ent("francis-of-assisi", "person", "فرنسيس الأسيزي")
    d.ent("al-kamil", "person", "الملك الكامل")
    d.ent("egypt", "country", "مصر")
    d.ent("st-joseph-cathedral", "place", "كاتدرائية القديس يوسف")

    d.role("mbz-crown-prince", "mbz", "crown-prince", "abu-dhabi", "ولي عهد أبوظبي", d.ms("ولي عهد أبوظبي"))
    d.role("mbz-deputy-commander", "mbz", "other", "uae", "نائب القائد الأعلى للقوات المسلحة",
           d.ms("نائب القائد الأعلى للقوات المسلحة"))
    d.role("francis-pope", "francis", "other", "catholic-church", "بابا الكنيسة الكاثوليكية",
           d.ms("بابا الكنيسة الكاثوليكية") + d.ms("البابا"))
    d.role("abz-fm", "abz", "foreign-minister", "uae", "وزير الخارجية والتعاون الدولي",
           d.ms("وزير الخارجية والتعاون الدولي"))
    d.role("nahyan-minister", "nahyan-bin-mubarak", "minister", "uae", "وزير التسامح", d.ms("وزير التسامح"))
    d.role("gergawi-minister", "gergawi", "minister", "uae", "وزير شؤون مجلس الوزراء والمستقبل",
           d.ms("وزير شؤون مجلس الوزراء والمستقبل"))
    d.role("al-tayeb-grand-imam", "al-tayeb", "other", "al-azhar", "شيخ الأزهر الشريف",
           d.ms("شيخ الأزهر الشريف") + d.ms("الإمام الأكبر"))
    d.role("mbr-vp", "mbr", "vice-president", "uae", "نائب رئيس الدولة", d.ms("نائب رئيس الدولة"))
    d.role("mbr-pm", "mbr", "prime-minister", "uae", "رئيس مجلس الوزراء",
           d.ms("رئيس مجلس الوزراء", outside=d.ms("وزير شؤون مجلس الوزراء والمستقبل")))
    d.role("mbr-ruler", "mbr", "other", "dubai", "حاكم دبي", d.ms("حاكم دبي"))
    d.role("al-kamil-sultan", "al-kamil", "monarch", "egypt", "السلطان", d.followed_by("السلطان", [" الملك"]))

    same_day = d.date("2019-02-04", source="resolved")
    yesterday_evening = d.resolved("2019-02-03", "مساء أمس")
    d.event("visit", "visit", "زيارة إلى دولة الإمارات تستمر ثلاثة أيام", d.ms("زيارة") + d.ms("الزيارة"),
            date=yesterday_evening, place="uae", status="ongoing", parts=[("francis", "guest"), ("uae", "host")])
    d.event("reception", "meeting", "استقبل محمد بن زايد آل نهيان البابا فرنسيس",
            d.ms("يستقبل") + d.ms("استقبل") + d.ms("اللقاء"), date=d.resolved("2019-02-04", "ظهر اليوم"),
            tod="noon", place="presidential-palace", parent="visit",
            parts=[("mbz", "host"), ("francis", "guest"), ("abz", "attendee"),
                   ("nahyan-bin-mubarak", "attendee"), ("gergawi", "attendee")],
            topics=[("تعزيز قيم التسامح والتعايش والحوار بين الأديان",)])
    d.event("welcome-ceremony", "welcome-ceremony", "مراسم استقبال رسمية", d.ms("مراسم استقبال رسمية"),
            date=same_day, place="presidential-palace", parent="visit",
            parts=[("mbz", "host"), ("francis", "guest")])
    d.event("arrival", "arrival", "وصل إلى مطار الرئاسة في أبوظبي قادما من روما", d.ms("وصل"),
            date=yesterday_evening, tod="evening", place="presidential-airport", parent="visit",
            parts=[("francis", "guest")])
    d.event("airport-reception", "welcome-ceremony", "كان في مقدمة مستقبليه محمد بن زايد آل نهيان",
            d.ms("مستقبليه"), date=yesterday_evening, tod="evening", place="presidential-airport",
            parent="arrival", parts=[("francis", "guest"), ("mbz", "host")])
    d.event("signing", "signing", "وقع البابا والإمام الأكبر وثيقة الأخوة الإنسانية", d.ms("وقع"),
            date=d.resolved("2019-02-04", "المساء"), tod="evening", place="founders-memorial", parent="visit",
            parts=[("francis", "signatory"), ("al-tayeb", "signatory"), ("mbr", "witness"), ("mbz", "witness")])
    d.event("cathedral-visit", "visit", "يزور البابا كاتدرائية القديس يوسف في أبوظبي", d.ms("يزور"),
            date=d.resolved("2019-02-05", "غدا"), place="st-joseph-cathedral", parent="visit", status="planned",
            parts=[("francis", "guest")])
    title = "وثيقة الأخوة الإنسانية من أجل السلام العالمي والعيش المشترك"
    d.agreement("human-fraternity", "declaration", d.ms(title), title=title,
                parties=["catholic-church", "al-azhar"], signatories=["francis", "al-tayeb"], date=same_day,
                event="signing")
    d.anniversary("assisi-800th", 800, "لقاء القديس فرنسيس الأسيزي بالسلطان الملك الكامل", 2019,
                  d.ms("الذكرى الـ800"))
    return d


# =============================================================================================
# English
# =============================================================================================

@article
def en_ap_unsc_syria_2254():
    d = Doc("en-2015-12-18-ap-unsc-syria-2254", "en", """
UN Security Council unanimously endorses road map for Syria peace talks

UNITED NATIONS (AP) — The U.N. Security Council on Friday unanimously approved a resolution endorsing an international road map for a Syria peace process, a rare show of unity among major powers on the nearly five-year-old conflict.
The 15-0 vote on resolution 2254 came hours after foreign ministers of the International Syria Support Group met at a hotel in Manhattan to narrow their differences.
The meeting, the group's third since October, was co-chaired by U.S. Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov and attended by U.N. Secretary-General Ban Ki-moon and the U.N. special envoy for Syria, Staffan de Mistura.
Saudi Foreign Minister Adel al-Jubeir and Iranian Foreign Minister Mohammad Javad Zarif also took part in the talks.
The resolution asks Ban to convene representatives of the Syrian government and the opposition for formal negotiations in early January and calls for a nationwide cease-fire.
It does not address the future of Syrian President Bashar Assad, the main sticking point between Russia and the United States.
Kerry and Lavrov held a joint news conference after the vote, saying the council had sent a clear message that it was time to stop the killing in Syria.
""", published="2015-12-18")
    assert weekday("2015-12-18") == "Friday"
    d.ent("unsc", "organization", "U.N. Security Council", None,
          ["U.N. Security Council", "UN Security Council", "council"])
    d.ent("un", "organization", "United Nations", None, ["UNITED NATIONS", "U.N."])
    d.ent("ap", "organization", "AP")
    d.ent("syria", "country", "Syria", None, ["Syria", "Syrian"])
    d.ent("issg", "organization", "International Syria Support Group", None,
          ["International Syria Support Group", "group"])
    d.ent("manhattan", "place", "Manhattan")
    d.ent("usa", "country", "United States", None, ["United States", "U.S."])
    d.ent("russia", "country", "Russia", None, ["Russia", "Russian"])
    d.ent("kerry", "person", "John Kerry", None, ["John Kerry", "Kerry"])
    d.ent("lavrov", "person", "Sergey Lavrov", None, ["Sergey Lavrov", "Lavrov"])
    d.ent("ban", "person", "Ban Ki-moon", None, ["Ban Ki-moon", "Ban"])
    d.ent("de-mistura", "person", "Staffan de Mistura")
    d.ent("saudi", "country", "Saudi Arabia", None, ["Saudi"])
    d.ent("al-jubeir", "person", "Adel al-Jubeir")
    d.ent("iran", "country", "Iran", None, ["Iranian"])
    d.ent("zarif", "person", "Mohammad Javad Zarif")
    d.ent("assad", "person", "Bashar Assad")

    d.role("kerry-secstate", "kerry", "foreign-minister", "usa", "U.S. Secretary of State",
           d.ms("U.S. Secretary of State"))
    d.role("lavrov-fm", "lavrov", "foreign-minister", "russia", "Russian Foreign Minister",
           d.ms("Russian Foreign Minister"))
    d.role("ban-sg", "ban", "secretary-general", "un", "U.N. Secretary-General", d.ms("U.N. Secretary-General"))
    d.role("de-mistura-envoy", "de-mistura", "ambassador", "un", "U.N. special envoy for Syria",
           d.ms("U.N. special envoy for Syria"))
    d.role("al-jubeir-fm", "al-jubeir", "foreign-minister", "saudi", "Saudi Foreign Minister",
           d.ms("Saudi Foreign Minister"))
    d.role("zarif-fm", "zarif", "foreign-minister", "iran", "Iranian Foreign Minister",
           d.ms("Iranian Foreign Minister"))
    d.role("assad-president", "assad", "president", "syria", "Syrian President", d.ms("Syrian President"))

    same_day = d.date("2015-12-18", source="resolved")
    d.event("adoption", "adoption", "unanimously approved a resolution", d.ms("approved") + d.ms("vote"),
            date=d.resolved("2015-12-18", "Friday"), parts=[("unsc", "participant")])
    d.event("issg-meeting", "meeting", "foreign ministers of the International Syria Support Group met",
            d.ms("met") + d.ms("meeting") + d.ms("talks", only=[1]), date=same_day, place="manhattan", ordinal=3,
            parts=[("kerry", "chair"), ("lavrov", "chair"), ("issg", "participant"), ("ban", "attendee"),
                   ("de-mistura", "attendee"), ("al-jubeir", "participant"), ("zarif", "participant")])
    d.event("negotiations", "talks", "formal negotiations", d.ms("formal negotiations") + d.ms("talks", only=[0]),
            date=d.resolved("2016-01", "early January", precision="month"), status="planned",
            parts=[("ban", "chair"), ("syria", "participant")])
    d.event("press-conference", "press-conference", "joint news conference", d.ms("joint news conference"),
            date=same_day, parts=[("kerry", "participant"), ("lavrov", "participant")])
    resolution = d.ms("resolution 2254")
    d.agreement("resolution-2254", "resolution", resolution + d.ms("resolution", outside=resolution),
                title="resolution 2254", parties=["unsc"], date=same_day, event="adoption")
    d.agreement("road-map", "plan", d.ms("road map"))
    return d


@article
def en_pti_modi_putin_vladivostok():
    d = Doc("en-2019-09-04-pti-modi-putin-vladivostok", "en", """
India, Russia sign 15 pacts as Modi, Putin hold annual summit in Vladivostok

Vladivostok, Sep 4 (PTI) Prime Minister Narendra Modi and Russian President Vladimir Putin on Wednesday held wide-ranging talks at the 20th India-Russia annual summit here, and the two countries signed 15 agreements and MoUs in areas including defence, energy, maritime connectivity and trade.
Modi, who arrived in this Russian port city on a two-day visit on Wednesday morning, was received at the airport by Deputy Prime Minister Yury Trutnev and Primorsky Krai Governor Oleg Kozhemyako.
The two leaders held restricted talks followed by delegation-level talks at the Far Eastern Federal University on Russky Island.
External Affairs Minister S Jaishankar, National Security Adviser Ajit Doval, Foreign Secretary Vijay Gokhale and India's Ambassador to Russia D Bala Venkatesh Varma were part of the Indian delegation, while Russian Foreign Minister Sergei Lavrov joined the talks from the Russian side.
The two sides also issued a joint statement titled "Reaching New Heights of Cooperation through Trust and Partnership", and Modi invited Putin to India for the 21st annual summit next year, which will mark the 20th anniversary of the Declaration on Strategic Partnership between the two countries.
On Thursday, Modi will address the plenary session of the fifth Eastern Economic Forum as its chief guest.
On the sidelines of the forum, he is scheduled to meet Japanese Prime Minister Shinzo Abe, Malaysian Prime Minister Mahathir Mohamad and Mongolian President Khaltmaagiin Battulga.
""", published="2019-09-04")
    assert weekday("2019-09-04") == "Wednesday" and weekday("2019-09-05") == "Thursday"
    d.ent("india", "country", "India", None, ["India", "Indian"])
    d.ent("russia", "country", "Russia", None, ["Russia", "Russian"])
    d.ent("modi", "person", "Narendra Modi", None, ["Narendra Modi", "Modi"])
    d.ent("putin", "person", "Vladimir Putin", None, ["Vladimir Putin", "Putin"])
    d.ent("vladivostok", "place", "Vladivostok")
    d.ent("pti", "organization", "PTI")
    d.ent("trutnev", "person", "Yury Trutnev")
    d.ent("primorsky-krai", "place", "Primorsky Krai")
    d.ent("kozhemyako", "person", "Oleg Kozhemyako")
    d.ent("fefu", "place", "Far Eastern Federal University")
    d.ent("russky-island", "place", "Russky Island")
    d.ent("jaishankar", "person", "S Jaishankar")
    d.ent("doval", "person", "Ajit Doval")
    d.ent("gokhale", "person", "Vijay Gokhale")
    d.ent("varma", "person", "D Bala Venkatesh Varma")
    d.ent("lavrov", "person", "Sergei Lavrov")
    d.ent("japan", "country", "Japan", None, ["Japanese"])
    d.ent("abe", "person", "Shinzo Abe")
    d.ent("malaysia", "country", "Malaysia", None, ["Malaysian"])
    d.ent("mahathir", "person", "Mahathir Mohamad")
    d.ent("mongolia", "country", "Mongolia", None, ["Mongolian"])
    d.ent("battulga", "person", "Khaltmaagiin Battulga")

    d.role("modi-pm", "modi", "prime-minister", "india", "Prime Minister", [d.m("Prime Minister", 0)])
    d.role("putin-president", "putin", "president", "russia", "Russian President", d.ms("Russian President"),
           position="Q218295")
    d.role("trutnev-dpm", "trutnev", "deputy-prime-minister", "russia", "Deputy Prime Minister",
           d.ms("Deputy Prime Minister"))
    d.role("kozhemyako-governor", "kozhemyako", "other", "primorsky-krai", "Primorsky Krai Governor",
           d.ms("Primorsky Krai Governor"))
    d.role("jaishankar-eam", "jaishankar", "foreign-minister", "india", "External Affairs Minister",
           d.ms("External Affairs Minister"))
    d.role("doval-nsa", "doval", "other", "india", "National Security Adviser", d.ms("National Security Adviser"))
    d.role("gokhale-fs", "gokhale", "other", "india", "Foreign Secretary", d.ms("Foreign Secretary"))
    d.role("varma-ambassador", "varma", "ambassador", "india", "India's Ambassador to Russia",
           d.ms("India's Ambassador to Russia"))
    d.role("lavrov-fm", "lavrov", "foreign-minister", "russia", "Russian Foreign Minister",
           d.ms("Russian Foreign Minister"))
    d.role("abe-pm", "abe", "prime-minister", "japan", "Japanese Prime Minister", d.ms("Japanese Prime Minister"))
    d.role("mahathir-pm", "mahathir", "prime-minister", "malaysia", "Malaysian Prime Minister",
           d.ms("Malaysian Prime Minister"))
    d.role("battulga-president", "battulga", "president", "mongolia", "Mongolian President",
           d.ms("Mongolian President"))

    wednesday = d.resolved("2019-09-04", "Wednesday", 0)
    arrival_day = d.resolved("2019-09-04", "Wednesday", 1)
    same_day = d.date("2019-09-04", source="resolved")
    next_year = d.resolved("2020", "next year", precision="year")
    d.event("visit", "visit", "two-day visit", d.ms("two-day visit"), date=arrival_day, place="vladivostok",
            status="ongoing", parts=[("modi", "guest"), ("russia", "host")])
    d.event("arrival", "arrival", "arrived in this Russian port city", d.ms("arrived"), date=arrival_day,
            tod="morning", place="vladivostok", parent="visit", parts=[("modi", "guest")])
    d.event("airport-reception", "welcome-ceremony", "was received at the airport", d.ms("received"),
            date=arrival_day, tod="morning", place="vladivostok", parent="arrival",
            parts=[("modi", "guest"), ("trutnev", "host"), ("kozhemyako", "host")])
    summit20 = d.ms("20th India-Russia annual summit")
    summit21 = d.ms("21st annual summit")
    d.event("summit-20", "summit", "20th India-Russia annual summit",
            summit20 + d.ms("annual summit", outside=summit20 + summit21), date=wednesday, place="vladivostok",
            parent="visit", ordinal=20, parts=[("modi", "participant"), ("putin", "participant")])
    d.event("talks", "talks", "restricted talks followed by delegation-level talks", d.ms("talks"),
            date=same_day, place="fefu", parent="summit-20",
            parts=[("modi", "participant"), ("putin", "participant"), ("jaishankar", "attendee"),
                   ("doval", "attendee"), ("gokhale", "attendee"), ("varma", "attendee"), ("lavrov", "attendee")])
    d.event("signing", "signing", "the two countries signed 15 agreements and MoUs", d.ms("signed") + d.ms("sign"),
            date=same_day, parent="summit-20", parts=[("india", "participant"), ("russia", "participant")])
    d.event("issuance", "issuance", "issued a joint statement", d.ms("issued"), date=same_day, parent="summit-20",
            parts=[("india", "participant"), ("russia", "participant")])
    d.event("putin-visit", "visit", "Modi invited Putin to India", d.ms("invited"), date=next_year, place="india",
            status="planned", parts=[("putin", "guest"), ("india", "host"), ("modi", "host")])
    d.event("summit-21", "summit", "21st annual summit", summit21, date=next_year, place="india",
            parent="putin-visit", status="planned", ordinal=21,
            parts=[("modi", "participant"), ("putin", "participant")])
    forum = d.ms("fifth Eastern Economic Forum")
    d.event("eef", "conference", "fifth Eastern Economic Forum", forum + d.ms("forum", outside=forum),
            status="planned", ordinal=5, parts=[("modi", "participant")])
    d.event("modi-address", "speech", "address the plenary session of the fifth Eastern Economic Forum",
            d.ms("address"), date=d.resolved("2019-09-05", "Thursday"), parent="eef", status="planned",
            parts=[("modi", "participant")])
    for leader in ("abe", "mahathir", "battulga"):
        d.event(f"meeting-{leader}", "meeting", "scheduled to meet on the sidelines of the forum", d.ms("meet"),
                parent="eef", status="planned", parts=[("modi", "participant"), (leader, "participant")])
    d.agreement("agreements-15", "agreement", d.ms("15 agreements and MoUs") + d.ms("15 pacts"),
                parties=["india", "russia"], date=same_day, count=15,
                fields=["defence", "energy", "maritime connectivity", "trade"], event="signing")
    title = "Reaching New Heights of Cooperation through Trust and Partnership"
    d.agreement("joint-statement", "joint-statement", d.ms("joint statement") + d.ms(title), title=title,
                parties=["india", "russia"], date=same_day, event="issuance")
    d.agreement("strategic-partnership-declaration", "declaration", d.ms("Declaration on Strategic Partnership"),
                title="Declaration on Strategic Partnership", parties=["india", "russia"])
    d.anniversary("declaration-20th", 20, "the Declaration on Strategic Partnership between the two countries",
                  2020, d.ms("20th anniversary"), subject="strategic-partnership-declaration")
    return d


@article
def en_reuters_iran_saudi_beijing():
    d = Doc("en-2023-03-10-reuters-iran-saudi-beijing", "en", """
Iran and Saudi Arabia agree to restore ties in deal brokered by China

DUBAI, March 10 (Reuters) - Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations and reopen embassies within two months, after four days of talks in Beijing, the three countries said in a joint statement.
The agreement was signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Saudi national security adviser Musaed Al-Aiban in the presence of China's top diplomat Wang Yi.
Under the deal, the two countries will activate a security cooperation agreement signed in 2001 and a general agreement on economy, trade, investment, technology, science, culture, sports and youth signed in 1998.
Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein Amir-Abdollahian will meet to implement the decision and arrange the exchange of ambassadors, the statement said.
The talks, which began on Monday, followed an offer of mediation by Chinese President Xi Jinping, who visited Riyadh in December for the first China-Arab States Summit and hosted Iranian President Ebrahim Raisi in Beijing last month.
U.N. Secretary-General Antonio Guterres welcomed the agreement, his spokesperson said.
Riyadh cut ties with Tehran in 2016 after protesters stormed its embassy there.
""", published="2023-03-10")
    assert weekday("2023-03-10") == "Friday" and weekday("2023-03-06") == "Monday"
    d.ent("iran", "country", "Iran", None, ["Iran", "Iranian"])
    d.ent("saudi", "country", "Saudi Arabia", None, ["Saudi Arabia", "Saudi"])
    d.ent("china", "country", "China", None, ["China", "Chinese"])
    d.ent("dubai", "place", "Dubai", None, ["DUBAI"])
    d.ent("reuters", "organization", "Reuters")
    d.ent("beijing", "place", "Beijing")
    d.ent("shamkhani", "person", "Ali Shamkhani")
    d.ent("snsc", "organization", "Supreme National Security Council")
    d.ent("al-aiban", "person", "Musaed Al-Aiban")
    d.ent("wang-yi", "person", "Wang Yi")
    d.ent("faisal", "person", "Faisal bin Farhan")
    d.ent("abdollahian", "person", "Hossein Amir-Abdollahian")
    d.ent("xi", "person", "Xi Jinping")
    d.ent("riyadh", "place", "Riyadh")
    d.ent("raisi", "person", "Ebrahim Raisi")
    d.ent("un", "organization", "United Nations", None, ["U.N."])
    d.ent("guterres", "person", "Antonio Guterres")
    d.ent("tehran", "place", "Tehran")

    d.role("shamkhani-snsc", "shamkhani", "other", "snsc", "secretary of Iran's Supreme National Security Council",
           d.ms("secretary of Iran's Supreme National Security Council"))
    d.role("al-aiban-nsa", "al-aiban", "other", "saudi", "Saudi national security adviser",
           d.ms("Saudi national security adviser"))
    d.role("wang-top-diplomat", "wang-yi", "other", "china", "China's top diplomat", d.ms("China's top diplomat"))
    d.role("faisal-fm", "faisal", "foreign-minister", "saudi", "Saudi Foreign Minister",
           d.ms("Saudi Foreign Minister"))
    d.role("abdollahian-fm", "abdollahian", "foreign-minister", "iran", "Iranian counterpart",
           d.ms("Iranian counterpart"))
    d.role("xi-president", "xi", "president", "china", "Chinese President", d.ms("Chinese President"),
           position="Q655407")
    d.role("raisi-president", "raisi", "president", "iran", "Iranian President", d.ms("Iranian President"))
    d.role("guterres-sg", "guterres", "secretary-general", "un", "U.N. Secretary-General",
           d.ms("U.N. Secretary-General"))

    friday = d.resolved("2023-03-10", "Friday")
    same_day = d.date("2023-03-10", source="resolved")
    december = d.resolved("2022-12", "December", precision="month")
    d.event("talks", "talks", "four days of talks in Beijing", d.ms("talks"),
            date=d.resolved("2023-03-06", "Monday"), place="beijing",
            parts=[("iran", "participant"), ("saudi", "participant"), ("china", "host")])
    d.event("signing", "signing", "The agreement was signed", [d.m("signed", 0)], date=same_day,
            parts=[("shamkhani", "signatory"), ("al-aiban", "signatory"), ("wang-yi", "witness")])
    d.event("fm-meeting", "meeting", "Faisal bin Farhan and Hossein Amir-Abdollahian will meet", d.ms("meet"),
            status="planned", parts=[("faisal", "participant"), ("abdollahian", "participant")])
    d.event("xi-riyadh-visit", "visit", "visited Riyadh in December", d.ms("visited"), date=december,
            place="riyadh", parts=[("xi", "guest"), ("saudi", "host")])
    d.event("china-arab-summit", "summit", "first China-Arab States Summit", d.ms("first China-Arab States Summit"),
            date=december, place="riyadh", ordinal=1, parts=[("xi", "participant")])
    d.event("raisi-visit", "visit", "hosted Iranian President Ebrahim Raisi in Beijing", d.ms("hosted"),
            date=d.resolved("2023-02", "last month", precision="month"), place="beijing",
            parts=[("raisi", "guest"), ("xi", "host"), ("china", "host")])
    d.agreement("deal", "agreement",
                d.ms("deal") + [d.m("agreement", 0), d.m("agreement", 3)],
                parties=["iran", "saudi"], signatories=["shamkhani", "al-aiban"], date=friday, event="signing")
    d.agreement("joint-statement", "joint-statement", d.ms("joint statement") + d.ms("statement", outside=d.ms("joint statement")),
                parties=["iran", "saudi", "china"], date=same_day)
    d.agreement("security-agreement-2001", "cooperation-agreement", d.ms("security cooperation agreement"),
                parties=["iran", "saudi"], date=d.stated("2001", "2001", precision="year"), fields=["security"])
    d.agreement("general-agreement-1998", "agreement", d.ms("general agreement"), parties=["iran", "saudi"],
                date=d.stated("1998", "1998", precision="year"),
                fields=["economy", "trade", "investment", "technology", "science", "culture", "sports", "youth"])
    return d


@article
def en_xinhua_xi_obama_state_visit():
    d = Doc("en-2014-11-12-xinhua-xi-obama-state-visit", "en", """
Xi, Obama hold talks in Beijing, agree to build new model of major-country relations

BEIJING, Nov. 12 (Xinhua) -- Chinese President Xi Jinping held talks with visiting U.S. President Barack Obama at the Great Hall of the People in Beijing on Wednesday, pledging to push forward the building of a new model of major-country relations between China and the United States.
Obama, who attended the 22nd APEC Economic Leaders' Meeting at Yanqi Lake in Beijing's suburban Huairou District on Monday and Tuesday, is paying a state visit to China.
Prior to the talks, Xi held a grand welcome ceremony for Obama, and the two leaders met the press after the talks.
Xi said this year marks the 35th anniversary of the establishment of diplomatic ties between China and the United States, and the two countries should expand cooperation in trade, military-to-military exchanges, climate change and counter-terrorism.
The two sides released the "China-U.S. Joint Announcement on Climate Change" and signed two memorandums of understanding on the notification of major military activities and on rules of behavior for the safety of air and maritime encounters.
On Tuesday evening, Xi hosted Obama at Zhongnanhai for an informal meeting that lasted nearly five hours, and on Wednesday he also gave a luncheon in honor of his guest.
Xi accepted Obama's invitation to pay a state visit to the United States next year.
Wang Huning, Li Zhanshu, Yang Jiechi, Wang Yi and Chinese Ambassador to the United States Cui Tiankai attended the events.
""", published="2014-11-12")
    assert [weekday(x) for x in ("2014-11-10", "2014-11-11", "2014-11-12")] == ["Monday", "Tuesday", "Wednesday"]
    d.ent("xi", "person", "Xi Jinping", None, ["Xi Jinping", "Xi"])
    d.ent("obama", "person", "Barack Obama", None, ["Barack Obama", "Obama"])
    d.ent("china", "country", "China", None, ["China", "Chinese"])
    d.ent("usa", "country", "United States", None, ["United States", "U.S."])
    d.ent("beijing", "place", "Beijing", None, ["Beijing", "BEIJING"])
    d.ent("xinhua", "organization", "Xinhua")
    d.ent("great-hall", "place", "Great Hall of the People")
    d.ent("apec", "organization", "APEC")
    d.ent("yanqi-lake", "place", "Yanqi Lake")
    d.ent("huairou", "place", "Huairou District")
    d.ent("zhongnanhai", "place", "Zhongnanhai")
    d.ent("wang-huning", "person", "Wang Huning")
    d.ent("li-zhanshu", "person", "Li Zhanshu")
    d.ent("yang-jiechi", "person", "Yang Jiechi")
    d.ent("wang-yi", "person", "Wang Yi")
    d.ent("cui-tiankai", "person", "Cui Tiankai")

    d.role("xi-president", "xi", "president", "china", "Chinese President", d.ms("Chinese President"),
           position="Q655407")
    d.role("obama-president", "obama", "president", "usa", "U.S. President", d.ms("U.S. President"))
    d.role("cui-ambassador", "cui-tiankai", "ambassador", "china", "Chinese Ambassador to the United States",
           d.ms("Chinese Ambassador to the United States"))

    same_day = d.date("2014-11-12", source="resolved")
    attendees = [("wang-huning", "attendee"), ("li-zhanshu", "attendee"), ("yang-jiechi", "attendee"),
                 ("wang-yi", "attendee"), ("cui-tiankai", "attendee")]
    d.event("state-visit", "state-visit", "state visit to China", [d.m("state visit", 0)], date=same_day,
            place="china", status="ongoing", parts=[("obama", "guest"), ("china", "host")])
    d.event("talks", "talks", "held talks", d.ms("talks"), date=d.resolved("2014-11-12", "Wednesday", 0),
            place="great-hall", parent="state-visit",
            parts=[("xi", "participant"), ("obama", "participant")] + attendees)
    d.event("apec-meeting", "summit", "22nd APEC Economic Leaders' Meeting", d.ms("22nd APEC Economic Leaders' Meeting"),
            date=d.resolved("2014-11-10", "Monday"), place="yanqi-lake", ordinal=22,
            parts=[("obama", "participant"), ("apec", "participant")])
    d.event("welcome-ceremony", "welcome-ceremony", "grand welcome ceremony", d.ms("welcome ceremony"),
            date=same_day, parent="state-visit", parts=[("xi", "host"), ("obama", "guest")] + attendees)
    d.event("press-conference", "press-conference", "the two leaders met the press", d.ms("met the press"),
            date=same_day, parent="state-visit", parts=[("xi", "participant"), ("obama", "participant")] + attendees)
    d.event("issuance", "issuance", "released the China-U.S. Joint Announcement on Climate Change",
            d.ms("released"), date=same_day, parent="state-visit",
            parts=[("china", "participant"), ("usa", "participant")])
    d.event("signing", "signing", "signed two memorandums of understanding", d.ms("signed"), date=same_day,
            parent="state-visit", parts=[("china", "participant"), ("usa", "participant")])
    d.event("informal-meeting", "meeting", "informal meeting at Zhongnanhai", d.ms("informal meeting"),
            date=d.resolved("2014-11-11", "Tuesday", 1), tod="evening", place="zhongnanhai",
            parts=[("xi", "host"), ("obama", "guest")])
    d.event("luncheon", "banquet", "luncheon in honor of his guest", d.ms("luncheon"),
            date=d.resolved("2014-11-12", "Wednesday", 1), parent="state-visit",
            parts=[("xi", "host"), ("obama", "guest")] + attendees)
    d.event("xi-us-visit", "state-visit", "state visit to the United States", [d.m("state visit", 1)],
            date=d.resolved("2015", "next year", precision="year"), place="usa", status="planned",
            parts=[("xi", "guest"), ("usa", "host"), ("obama", "host")])
    title = "China-U.S. Joint Announcement on Climate Change"
    d.agreement("climate-announcement", "joint-statement", d.ms(title), title=title, parties=["china", "usa"],
                date=same_day, event="issuance")
    d.agreement("mous", "memorandum", d.ms("two memorandums of understanding"), parties=["china", "usa"],
                date=same_day, count=2,
                fields=["the notification of major military activities",
                        "rules of behavior for the safety of air and maritime encounters"],
                event="signing")
    d.anniversary("ties-35th", 35, "the establishment of diplomatic ties between China and the United States", 2014,
                  d.ms("35th anniversary"))
    return d


# =============================================================================================
# Chinese
# =============================================================================================

@article
def zh_xinhua_li_keqiang_merkel():
    d = Doc("zh-2014-10-10-xinhua-li-keqiang-merkel-berlin", "zh", """
李克强同德国总理默克尔共同主持第三轮中德政府磋商

新华社柏林10月10日电 国务院总理李克强10日在柏林总理府同德国总理默克尔共同主持第三轮中德政府磋商。
磋商前，默克尔在总理府为李克强举行隆重欢迎仪式，两国总理随后举行会谈。
李克强表示，中方愿同德方一道，以创新合作为重点，推动中德全方位战略伙伴关系不断迈上新台阶。
磋商结束后，两国总理共同发表《中德合作行动纲要：共塑创新》，并见证了涵盖经贸、科技、教育、航空等领域的18项合作文件的签署。
随后，两国总理共同会见记者。
李克强是9日晚乘专机抵达柏林泰格尔机场，开始对德国进行正式访问的。德国副总理兼经济和能源部长加布里尔、中国驻德国大使史明德等到机场迎接。
根据日程，李克强11日将前往汉堡参观访问，随后赴莫斯科举行中俄总理第十九次定期会晤，并赴米兰出席第十届亚欧首脑会议。
国务委员兼国务院秘书长杨晶等参加上述活动。
""", published="2014-10-10")
    d.ent("li-keqiang", "person", "李克强")
    d.ent("germany", "country", "德国", None, ["德国", "德方"])
    d.ent("merkel", "person", "默克尔")
    d.ent("china", "country", "中国", None, ["中国", "中方"])
    d.ent("xinhua", "organization", "新华社")
    d.ent("berlin", "place", "柏林")
    d.ent("chancellery", "place", "总理府")
    d.ent("tegel", "place", "柏林泰格尔机场")
    d.ent("gabriel", "person", "加布里尔")
    d.ent("shi-mingde", "person", "史明德")
    d.ent("hamburg", "place", "汉堡")
    d.ent("moscow", "place", "莫斯科")
    d.ent("milan", "place", "米兰")
    d.ent("yang-jing", "person", "杨晶")

    d.role("li-premier", "li-keqiang", "prime-minister", "china", "国务院总理", d.ms("国务院总理"))
    d.role("merkel-chancellor", "merkel", "prime-minister", "germany", "德国总理", d.ms("德国总理"))
    d.role("gabriel-vice-chancellor", "gabriel", "deputy-prime-minister", "germany", "德国副总理",
           d.ms("德国副总理"))
    d.role("gabriel-minister", "gabriel", "minister", "germany", "经济和能源部长", d.ms("经济和能源部长"))
    d.role("shi-ambassador", "shi-mingde", "ambassador", "china", "中国驻德国大使", d.ms("中国驻德国大使"))
    d.role("yang-state-councilor", "yang-jing", "other", "china", "国务委员", d.ms("国务委员"))
    d.role("yang-secretary-general", "yang-jing", "other", "china", "国务院秘书长", d.ms("国务院秘书长"))

    same_day = d.date("2014-10-10", source="resolved")
    arrival_day = d.resolved("2014-10-09", "9日晚")
    attendees = [("yang-jing", "attendee")]
    d.event("official-visit", "official-visit", "对德国进行正式访问", d.ms("正式访问"), date=arrival_day,
            place="germany", status="ongoing", parts=[("li-keqiang", "guest"), ("germany", "host")])
    d.event("arrival", "arrival", "抵达柏林泰格尔机场", d.ms("抵达"), date=arrival_day, tod="evening",
            place="tegel", parent="official-visit", parts=[("li-keqiang", "guest")])
    d.event("airport-reception", "welcome-ceremony", "到机场迎接", d.ms("迎接"), date=arrival_day, tod="evening",
            place="tegel", parent="arrival",
            parts=[("li-keqiang", "guest"), ("gabriel", "host"), ("shi-mingde", "attendee")])
    full = d.ms("第三轮中德政府磋商")
    d.event("consultations", "talks", "第三轮中德政府磋商", full + d.ms("磋商", outside=full),
            date=d.resolved("2014-10-10", "10日", 1), place="chancellery", parent="official-visit", ordinal=3,
            parts=[("li-keqiang", "chair"), ("merkel", "chair")] + attendees)
    d.event("welcome-ceremony", "welcome-ceremony", "隆重欢迎仪式", d.ms("欢迎仪式"), date=same_day,
            place="chancellery", parent="official-visit",
            parts=[("merkel", "host"), ("li-keqiang", "guest")] + attendees)
    d.event("talks", "talks", "两国总理举行会谈", d.ms("会谈"), date=same_day, parent="official-visit",
            parts=[("li-keqiang", "participant"), ("merkel", "participant")] + attendees)
    d.event("issuance", "issuance", "共同发表《中德合作行动纲要：共塑创新》", d.ms("共同发表"), date=same_day,
            parent="official-visit", parts=[("li-keqiang", "participant"), ("merkel", "participant")])
    d.event("signing-witnessed", "signing", "见证了18项合作文件的签署", d.ms("见证"), date=same_day,
            parent="official-visit", parts=[("li-keqiang", "witness"), ("merkel", "witness")] + attendees)
    d.event("press-conference", "press-conference", "共同会见记者", d.ms("共同会见记者"), date=same_day,
            parent="official-visit", parts=[("li-keqiang", "participant"), ("merkel", "participant")] + attendees)
    d.event("hamburg-visit", "visit", "前往汉堡参观访问", d.ms("参观访问"), date=d.resolved("2014-10-11", "11日"),
            place="hamburg", parent="official-visit", status="planned", parts=[("li-keqiang", "guest")])
    d.event("china-russia-meeting", "meeting", "中俄总理第十九次定期会晤", d.ms("中俄总理第十九次定期会晤"),
            place="moscow", status="planned", ordinal=19, parts=[("li-keqiang", "participant")])
    d.event("asem", "summit", "第十届亚欧首脑会议", d.ms("第十届亚欧首脑会议"), place="milan", status="planned",
            ordinal=10, parts=[("li-keqiang", "participant")])
    title = "中德合作行动纲要：共塑创新"
    d.agreement("action-framework", "plan", d.ms(title), title=title, parties=["china", "germany"],
                date=same_day, event="issuance")
    d.agreement("cooperation-documents", "cooperation-document", d.ms("18项合作文件"),
                parties=["china", "germany"], date=same_day, count=18, fields=["经贸", "科技", "教育", "航空"],
                event="signing-witnessed")
    return d


# =============================================================================================
# Russian
# =============================================================================================

@article
def ru_tass_mishustin_li_keqiang_video():
    d = Doc("ru-2020-12-02-tass-mishustin-li-keqiang-video", "ru", """
Мишустин и Ли Кэцян провели 25-ю регулярную встречу глав правительств России и Китая

МОСКВА, 2 декабря. /ТАСС/. Председатель правительства РФ Михаил Мишустин и премьер Государственного совета КНР Ли Кэцян провели в среду в режиме видеоконференции 25-ю регулярную встречу глав правительств России и Китая.
Стороны обсудили торгово-экономическое сотрудничество, реализацию совместных проектов в энергетике и борьбу с пандемией коронавирусной инфекции.
Мишустин напомнил, что в следующем году исполнится 20 лет Договору о добрососедстве, дружбе и сотрудничестве между Россией и Китаем.
По итогам встречи премьеры подписали совместное коммюнике, а в их присутствии были подписаны 12 межведомственных соглашений в сферах торговли, энергетики, образования и здравоохранения.
С российской стороны во встрече приняли участие вице-премьеры Татьяна Голикова, Алексей Оверчук и Дмитрий Чернышенко, а также посол России в КНР Андрей Денисов.
С китайской стороны в видеоконференции участвовали вице-премьер Госсовета КНР Хань Чжэн и посол КНР в России Чжан Ханьхуэй.
Мишустин пригласил Ли Кэцяна посетить Россию, как только позволит эпидемиологическая обстановка.
Следующая, 26-я регулярная встреча глав правительств двух стран пройдет в Китае в 2021 году.
""", published="2020-12-02")
    assert weekday("2020-12-02") == "Wednesday"
    d.ent("mishustin", "person", "Михаил Мишустин", None, ["Михаил Мишустин", "Мишустин"])
    d.ent("li-keqiang", "person", "Ли Кэцян", None, ["Ли Кэцян", "Ли Кэцяна"])
    d.ent("russia", "country", "Россия", None, ["России", "РФ", "Россией", "российской", "Россию"])
    d.ent("china", "country", "Китай", None, ["Китая", "КНР", "Китаем", "китайской", "Китае"])
    d.ent("moscow", "place", "Москва", None, ["МОСКВА"])
    d.ent("tass", "organization", "ТАСС")
    d.ent("golikova", "person", "Татьяна Голикова")
    d.ent("overchuk", "person", "Алексей Оверчук")
    d.ent("chernyshenko", "person", "Дмитрий Чернышенко")
    d.ent("denisov", "person", "Андрей Денисов")
    d.ent("han-zheng", "person", "Хань Чжэн")
    d.ent("zhang-hanhui", "person", "Чжан Ханьхуэй")

    d.role("mishustin-pm", "mishustin", "prime-minister", "russia", "Председатель правительства РФ",
           d.ms("Председатель правительства РФ"))
    d.role("li-premier", "li-keqiang", "prime-minister", "china", "премьер Государственного совета КНР",
           d.ms("премьер Государственного совета КНР"))
    deputies = d.ms("вице-премьеры")
    for person in ("golikova", "overchuk", "chernyshenko"):
        d.role(f"{person}-dpm", person, "deputy-prime-minister", "russia", "вице-премьеры", deputies)
    d.role("denisov-ambassador", "denisov", "ambassador", "russia", "посол России в КНР", d.ms("посол России в КНР"))
    d.role("han-vice-premier", "han-zheng", "deputy-prime-minister", "china", "вице-премьер Госсовета КНР",
           d.ms("вице-премьер Госсовета КНР"))
    d.role("zhang-ambassador", "zhang-hanhui", "ambassador", "china", "посол КНР в России",
           d.ms("посол КНР в России"))

    same_day = d.date("2020-12-02", source="resolved")
    d.event("heads-of-government-25", "video-call", "25-я регулярная встреча глав правительств России и Китая",
            d.ms("25-ю регулярную встречу глав правительств России и Китая") + d.ms("встречи") + d.ms("встрече")
            + d.ms("видеоконференции"),
            date=d.resolved("2020-12-02", "в среду"), ordinal=25,
            parts=[("mishustin", "participant"), ("li-keqiang", "participant"), ("golikova", "attendee"),
                   ("overchuk", "attendee"), ("chernyshenko", "attendee"), ("denisov", "attendee"),
                   ("han-zheng", "attendee"), ("zhang-hanhui", "attendee")],
            topics=[("торгово-экономическое сотрудничество",), ("реализацию совместных проектов в энергетике",),
                    ("борьбу с пандемией коронавирусной инфекции",)])
    d.event("signing", "signing", "премьеры подписали совместное коммюнике", d.ms("подписали"), date=same_day,
            parent="heads-of-government-25", parts=[("mishustin", "signatory"), ("li-keqiang", "signatory")])
    d.event("signing-witnessed", "signing", "в их присутствии были подписаны", d.ms("в их присутствии были подписаны"),
            date=same_day, parent="heads-of-government-25",
            parts=[("mishustin", "witness"), ("li-keqiang", "witness")])
    d.event("li-visit", "visit", "Мишустин пригласил Ли Кэцяна посетить Россию", d.ms("посетить"), place="russia",
            status="planned", parts=[("li-keqiang", "guest"), ("russia", "host"), ("mishustin", "host")])
    d.event("heads-of-government-26", "meeting", "26-я регулярная встреча глав правительств двух стран",
            d.ms("26-я регулярная встреча глав правительств двух стран"),
            date=d.stated("2021", "2021", precision="year"), place="china", status="planned", ordinal=26,
            parts=[("china", "host"), ("russia", "participant")])
    d.agreement("communique", "joint-statement", d.ms("совместное коммюнике"), parties=["russia", "china"],
                signatories=["mishustin", "li-keqiang"], date=same_day, event="signing")
    d.agreement("agreements-12", "cooperation-agreement", d.ms("12 межведомственных соглашений"),
                parties=["russia", "china"], date=same_day, count=12,
                fields=["торговли", "энергетики", "образования", "здравоохранения"], event="signing-witnessed")
    treaty = "Договору о добрососедстве, дружбе и сотрудничестве между Россией и Китаем"
    d.agreement("treaty-2001", "treaty", d.ms(treaty), title=treaty, parties=["russia", "china"])
    d.anniversary("treaty-20th", 20, treaty, 2021, d.ms("20 лет"), subject="treaty-2001")
    return d


# =============================================================================================

def body_lines(doc):
    """Each held-out article has 5 to 9 body lines after its headline."""
    sentences = [line for line in doc.text.split("\n")[1:] if line.strip()]
    assert 5 <= len(sentences) <= 9, f"{doc.id}: {len(sentences)} body lines"


def main():
    write_set(ARTICLES, HERE, "--check" in sys.argv, body_lines)


if __name__ == "__main__":
    main()
