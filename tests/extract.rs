//! The extractor's contract, through the real binary: facts that validate and map, offsets that
//! reproduce their anchors, headers and `--published`, relative dates left unresolved without a
//! publication date, directories of articles, and no panic on hostile input.

use crate::util::{TestDir, project_file};
use diplokg::Facts;
use diplokg::extract::{ExtractOptions, Extractor};
use diplokg::gazetteer::Gazetteer;
use std::path::Path;

fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

fn extractor() -> Extractor {
    Extractor::new(Gazetteer::bundled().expect("bundled gazetteer"))
}

/// Every mention's offsets reproduce its anchor, and every item points at mentions.
fn assert_sound(facts: &Facts) {
    facts.validate().expect("valid facts");
    let chars: Vec<char> = facts.document.text.chars().collect();
    for m in &facts.mentions {
        let slice: String = chars[m.start..m.end].iter().collect();
        assert_eq!(slice, m.anchor, "mention {}", m.id);
    }
    // An entity without a mention is one an event or a role implies (the country of a capital
    // visited, the country a known crown prince is crown prince of).
    assert!(facts.entities.iter().all(|e| {
        !e.mentions.is_empty()
            || facts.events.iter().any(|v| takes_part(v, &e.id))
            || facts
                .roles
                .iter()
                .any(|r| r.of.as_deref() == Some(e.id.as_str()))
    }));
    assert!(facts.events.iter().all(|e| !e.mentions.is_empty()));
}

#[test]
fn extract_prints_facts_that_map_and_conform() {
    let dir = TestDir::new();
    let article = project_file("corpus/ar-2026-05-20-xi-putin-talks.txt");
    let json = dir.run_ok(&["extract", path_str(&article)]);
    let facts = Facts::from_json(&json).expect("extract prints valid facts JSON");
    assert_sound(&facts);
    assert_eq!(facts.document.id, "ar-2026-05-20-xi-putin-talks");
    assert_eq!(facts.document.lang, "ar");
    let facts_path = dir.path().join("x.facts.json");
    std::fs::write(&facts_path, &json).expect("write");
    let turtle = dir.run_ok(&["map", path_str(&facts_path), "--format", "turtle"]);
    assert!(
        turtle.contains("wd:Q15031") || turtle.contains("entity/Q15031"),
        "{turtle}"
    );
}

#[test]
fn header_gives_metadata_and_relative_dates_resolve_against_it() {
    let text = "title: Talks in Moscow\npublished: 2025-11-25\nurl: https://example.org/a\nid: en-test-header\n---\nRussian President Vladimir Putin held talks with Chinese President Xi Jinping in Moscow yesterday.\n";
    let facts = extractor().extract(text, &ExtractOptions::default());
    assert_sound(&facts);
    assert_eq!(facts.document.id, "en-test-header");
    assert_eq!(facts.document.title.as_deref(), Some("Talks in Moscow"));
    assert_eq!(facts.document.published.as_deref(), Some("2025-11-25"));
    assert!(facts.document.text.starts_with("Russian President"));
    let talks = facts
        .events
        .iter()
        .find(|e| e.kind == diplokg::facts::EventKind::Talks)
        .expect("talks");
    let date = talks.date.as_ref().expect("resolved date");
    assert_eq!(date.value, "2025-11-24");
    assert_eq!(date.source, diplokg::facts::DateSource::Resolved);
    assert_eq!(talks.participants.len(), 2, "{:?}", talks.participants);
}

#[test]
fn relative_dates_stay_unresolved_without_a_publication_date() {
    let text =
        "Russian President Vladimir Putin held talks with Chinese President Xi Jinping yesterday.";
    let facts = extractor().extract(text, &ExtractOptions::default());
    let talks = facts
        .events
        .iter()
        .find(|e| e.kind == diplokg::facts::EventKind::Talks)
        .expect("talks");
    assert!(talks.date.is_none(), "{:?}", talks.date);
}

#[test]
fn planned_visits_are_planned() {
    let text = "Russian President Vladimir Putin will pay a state visit to China next week, the Kremlin said.";
    let facts = extractor().extract(
        text,
        &ExtractOptions {
            published: time::Date::from_calendar_date(2025, time::Month::May, 1).ok(),
            ..ExtractOptions::default()
        },
    );
    let visit = facts
        .events
        .iter()
        .find(|e| e.kind == diplokg::facts::EventKind::StateVisit)
        .expect("visit");
    assert_eq!(visit.status, diplokg::facts::EventStatus::Planned);
}

#[test]
fn a_visit_to_a_capital_is_hosted_by_its_country() {
    for text in [
        "Greek Prime Minister Kyriakos Mitsotakis arrived in Cairo on Wednesday on an official visit.",
        "وصل رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس إلى القاهرة يوم الأربعاء في زيارة رسمية.",
    ] {
        let facts = extractor().extract(text, &ExtractOptions::default());
        assert_sound(&facts);
        let visit = facts
            .events
            .iter()
            .find(|e| e.kind == diplokg::facts::EventKind::OfficialVisit)
            .unwrap_or_else(|| panic!("an official visit in {text}"));
        let host = visit
            .participants
            .iter()
            .find(|p| p.role == diplokg::facts::ParticipantRole::Host)
            .unwrap_or_else(|| panic!("a host in {text}"));
        let country = facts.entities.iter().find(|e| e.id == host.entity);
        assert_eq!(
            country.and_then(|c| c.wikidata.as_deref()),
            Some("Q79"),
            "{text}"
        );
        let arrival = facts
            .events
            .iter()
            .find(|e| e.kind == diplokg::facts::EventKind::Arrival);
        assert!(arrival.is_none_or(|a| {
            a.participants
                .iter()
                .all(|p| p.role != diplokg::facts::ParticipantRole::Host)
        }));
    }
}

/// The id of the entity with this QID.
fn id_of(facts: &Facts, qid: &str) -> String {
    linked(facts, qid).id.clone()
}

/// The entity linked to `qid`; fails, with the entities found, if there is none.
fn linked<'f>(facts: &'f Facts, qid: &str) -> &'f diplokg::facts::Entity {
    first_where(&facts.entities, qid, |e| e.wikidata.as_deref() == Some(qid))
}

/// Asserts that no entity is linked to `qid`.
fn assert_not_linked(facts: &Facts, qid: &str) {
    assert!(
        facts
            .entities
            .iter()
            .all(|e| e.wikidata.as_deref() != Some(qid)),
        "{qid} in {:?}",
        facts.entities
    );
}

/// The first item that `matches` accepts; fails naming `what`, with the items, if none does.
fn first_where<'f, T: std::fmt::Debug>(
    items: &'f [T],
    what: &str,
    matches: impl Fn(&T) -> bool,
) -> &'f T {
    items
        .iter()
        .find(|i| matches(i))
        .unwrap_or_else(|| panic!("no {what} in {items:?}"))
}

/// The first role that `matches` accepts; fails naming `what`, with the roles found, if none does.
fn role_where<'f>(
    facts: &'f Facts,
    what: &str,
    matches: impl Fn(&diplokg::facts::Role) -> bool,
) -> &'f diplokg::facts::Role {
    first_where(&facts.roles, what, matches)
}

/// Asserts that `person` holds a role of `of`, of kind `kind` when one is given.
fn assert_role(facts: &Facts, person: &str, kind: Option<diplokg::facts::RoleKind>, of: &str) {
    assert!(
        facts.roles.iter().any(|r| r.person == person
            && kind.is_none_or(|k| r.role == k)
            && r.of.as_deref() == Some(of)),
        "{person} as {kind:?} of {of}: {:?}",
        facts.roles
    );
}

fn published(year: i32, month: time::Month, day: u8) -> ExtractOptions {
    ExtractOptions {
        published: time::Date::from_calendar_date(year, month, day).ok(),
        ..ExtractOptions::default()
    }
}

#[test]
fn coreference_by_nationality_and_honorific_pronoun() {
    // "the Russian leader" is the Russian head the article named; "سموه" the report's dignitary.
    let text = "Russian President Vladimir Putin arrived in Beijing on Tuesday.\n\
                The Russian leader later held talks with Chinese Premier Li Qiang.";
    let facts = extractor().extract(text, &published(2025, time::Month::May, 1));
    assert_sound(&facts);
    let putin = id_of(&facts, "Q7747");
    let talks = facts
        .events
        .iter()
        .find(|e| e.kind == diplokg::facts::EventKind::Talks)
        .expect("talks");
    assert!(takes_part(talks, &putin));

    let text = "الكويت - 16 - 5 (كونا) -- وصل سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح إلى المنامة اليوم.\n\
                والتقى سموه الرئيس المصري عبد الفتاح السيسي.";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 16));
    assert_sound(&facts);
    let meeting = facts
        .events
        .iter()
        .find(|e| e.kind == diplokg::facts::EventKind::Meeting)
        .expect("meeting");
    let names: Vec<&str> = meeting
        .participants
        .iter()
        .filter_map(|p| facts.entities.iter().find(|e| e.id == p.entity))
        .map(|e| e.name.as_str())
        .collect();
    assert!(names.iter().any(|n| n.contains("مشعل")), "{names:?}");
    assert!(names.iter().any(|n| n.contains("السيسي")), "{names:?}");
}

#[test]
fn bare_titles_take_the_country_of_the_dateline_agency() {
    // The rule needs the country named in the article, so the role points at a mention.
    let text = "نيويورك - 25 - 9 (كونا) -- التقى وزير الخارجية عبدالله اليحيا أمس نظيره الصيني وانغ يي \
                وبحثا العلاقات بين دولة الكويت والصين.";
    let facts = extractor().extract(text, &published(2024, time::Month::September, 25));
    assert_sound(&facts);
    let kuwait = id_of(&facts, "Q817");
    let minister = role_where(&facts, "foreign minister of Kuwait", |r| {
        r.role == diplokg::facts::RoleKind::ForeignMinister && r.of.as_ref() == Some(&kuwait)
    });
    let person = facts.entities.iter().find(|e| e.id == minister.person);
    assert_eq!(person.map(|p| p.name.as_str()), Some("عبدالله اليحيا"));
}

#[test]
fn counts_in_words_and_stays_until_a_date() {
    let text = "Chinese Premier Li Qiang held talks with Pakistani Prime Minister Shehbaz Sharif \
                in Beijing on Wednesday. The two premiers witnessed the signing of seven \
                cooperation agreements.\nSharif is on an official visit to China until March 8.";
    let facts = extractor().extract(text, &published(2026, time::Month::March, 4));
    assert_sound(&facts);
    assert!(
        facts.agreements.iter().any(|a| a.count == Some(7)),
        "{:?}",
        facts.agreements
    );
    let visit = facts
        .events
        .iter()
        .find(|e| e.kind == diplokg::facts::EventKind::OfficialVisit)
        .expect("visit");
    assert_ne!(
        visit.date.as_ref().map(|d| d.value.as_str()),
        Some("2026-03-08"),
        "the end of a stay is not the day of the visit"
    );
}

#[test]
fn published_flag_and_directories_ingest() {
    let dir = TestDir::new();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).expect("dir");
    std::fs::copy(
        project_file("corpus/ar-2026-05-20-xi-putin-talks.txt"),
        articles.join("a.txt"),
    )
    .expect("copy");
    std::fs::write(articles.join("b.txt"), "Chinese President Xi Jinping spoke by phone with Russian President Vladimir Putin on Monday.").expect("write");
    let out = dir.run_ok(&[
        "extract",
        "--published",
        "2026-05-20",
        path_str(&articles.join("b.txt")),
    ]);
    let facts = Facts::from_json(&out).expect("valid");
    let call = facts
        .events
        .iter()
        .find(|e| e.kind == diplokg::facts::EventKind::PhoneCall)
        .expect("call");
    assert_eq!(
        call.date.as_ref().map(|d| d.value.as_str()),
        Some("2026-05-18")
    );
    dir.run_ok(&[
        "ingest",
        "--store",
        path_str(&dir.store()),
        path_str(&articles),
    ]);
    let count = dir.run_ok(&[
        "query",
        "--store",
        path_str(&dir.store()),
        "--format",
        "csv",
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }",
    ]);
    assert!(
        count.lines().nth(1).is_some_and(|l| l.trim() == "2"),
        "{count}"
    );
}

#[test]
fn never_panics_on_hostile_input() {
    let extractor = extractor();
    let mut inputs: Vec<String> = vec![
        String::new(),
        "\u{FEFF}\u{200F}\u{202E}".to_owned(),
        "الرئيس الروسي «".to_owned(),
        "وقع 99999999999999999999 اتفاقية".to_owned(),
        "Президент России Владимир Путин 習近平 شي جينبينغ Xi Jinping — mixed scripts.".to_owned(),
        // A Latin title after a comma and a Cyrillic word: the name search steps back one byte.
        "MOSCOW (AP) — Москва Город, president of Russia, met here.".to_owned(),
        String::from_utf8_lossy(&(0u8..=255).cycle().take(50_000).collect::<Vec<u8>>())
            .into_owned(),
    ];
    let article = std::fs::read_to_string(project_file("corpus/ar-2026-05-20-xi-putin-talks.txt"))
        .expect("article");
    let mut big = String::new();
    while big.len() < 10 * 1024 * 1024 {
        big.push_str(&article);
    }
    inputs.push(big);
    for input in &inputs {
        let facts = extractor.extract(input, &ExtractOptions::default());
        facts.validate().expect("valid facts for any input");
    }
}

#[test]
fn the_un_member_states_added_last_are_countries_and_only_where_named() {
    // "the Special Representative for Haiti": Haiti and the other UN members of the last block are
    // countries with their QIDs, in the four languages.
    let extractor = extractor();
    let named = |text: &str, qid: &str| {
        let facts = extractor.extract(text, &ExtractOptions::default());
        assert_sound(&facts);
        facts
            .entities
            .iter()
            .any(|e| e.wikidata.as_deref() == Some(qid))
    };
    for (text, qid) in [
        (
            "The Secretary-General appointed a Special Representative for Haiti.",
            "Q790",
        ),
        ("وصل وزير الخارجية الهايتي إلى نيويورك.", "Q790"),
        ("Министр иностранных дел Гаити прибыл в Москву.", "Q790"),
        ("俄罗斯与海地共和国签署协议。", "Q790"),
        (
            "The Prime Minister of Montenegro met his North Macedonian counterpart.",
            "Q221",
        ),
        ("朝鲜外务相崔善姬会见俄罗斯外长拉夫罗夫。", "Q423"),
        (
            "Президент Эстонии встретился с премьер-министром Литвы.",
            "Q37",
        ),
        ("استقبل الرئيس المصري رئيس وزراء مالطا.", "Q233"),
    ] {
        assert!(named(text, qid), "{qid} in {text}");
    }
    // Names inside other words or names are not these countries: "海地" inside "黑海地区", the
    // Russian given name Dominique (Доминик) for Dominica.
    for (text, qid) in [
        ("中俄双方讨论了黑海地区和地中海地区局势。", "Q790"),
        ("Доминик де Вильпен прибыл в Москву.", "Q784"),
    ] {
        assert!(!named(text, qid), "no {qid} in {text}");
    }
}

#[test]
fn binary_file_is_refused_with_its_name() {
    let dir = TestDir::new();
    let path = dir.path().join("blob.txt");
    std::fs::write(&path, [0xff, 0xfe, 0x00, 0x80, 0x81]).expect("write");
    let output = dir.run(&["extract", path_str(&path)]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("blob.txt"), "{stderr}");
}

/// Every event of a kind, in order.
fn events_of(facts: &Facts, kind: diplokg::facts::EventKind) -> Vec<&diplokg::facts::Event> {
    facts.events.iter().filter(|e| e.kind == kind).collect()
}

/// The first event of `kind`.
fn event_of(facts: &Facts, kind: diplokg::facts::EventKind) -> &diplokg::facts::Event {
    first_where(&facts.events, &format!("{kind:?}"), |e| e.kind == kind)
}

/// The first agreement of this kind; fails, with the agreements found, if there is none.
fn agreement_of(facts: &Facts, kind: diplokg::facts::AgreementKind) -> &diplokg::facts::Agreement {
    first_where(&facts.agreements, &format!("{kind:?}"), |a| a.kind == kind)
}

/// Asserts that the facts' first agreement has this title and these parties (by QID, in order),
/// and that it is the only titled one.
fn assert_one_agreement(facts: &Facts, title: &str, parties: &[&str]) {
    assert_eq!(agreement_titles(facts), vec![title]);
    let ids: Vec<String> = parties.iter().map(|q| id_of(facts, q)).collect();
    assert_eq!(facts.agreements[0].parties, ids, "{:?}", facts.agreements);
}

/// The titles of the agreements found.
fn agreement_titles(facts: &Facts) -> Vec<&str> {
    facts
        .agreements
        .iter()
        .filter_map(|a| a.title.as_ref().map(|t| t.text.as_str()))
        .collect()
}

/// The names of an event's participants with a given part.
fn names_as(
    facts: &Facts,
    kind: diplokg::facts::EventKind,
    role: Option<diplokg::facts::ParticipantRole>,
) -> Vec<String> {
    let event = facts
        .events
        .iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {:?}", facts.events));
    event
        .participants
        .iter()
        .filter(|p| role.is_none_or(|r| p.role == r))
        .filter_map(|p| facts.entities.iter().find(|e| e.id == p.entity))
        .map(|e| e.name.clone())
        .collect()
}

#[test]
fn joined_verbs_passive_receptions_and_followed_events_share_their_people() {
    use diplokg::facts::EventKind;
    let text = "Indian Prime Minister Narendra Modi arrived in Tokyo on Monday and was received at \
                the airport by Japanese Foreign Minister Yoko Kamikawa.\n\
                Modi then held talks with Japanese Prime Minister Fumio Kishida, followed by a \
                joint press conference.";
    let facts = extractor().extract(text, &published(2024, time::Month::July, 2));
    assert_sound(&facts);
    let (guests, hosts) = welcome_guests_and_hosts(&facts);
    assert!(guests.iter().any(|n| n.contains("Modi")), "{guests:?}");
    assert!(hosts.iter().any(|n| n.contains("Kamikawa")), "{hosts:?}");
    let press = names_as(&facts, EventKind::PressConference, None);
    assert!(press.iter().any(|n| n.contains("Kishida")), "{press:?}");
    assert!(press.iter().any(|n| n.contains("Modi")), "{press:?}");

    let text = "القاهرة في 3 يونيو /أ ش أ/ وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة اليوم، \
                وأجرى جلسة مباحثات مع نظيره المصري سامح شكري، أعقبها مؤتمر صحفي مشترك.";
    let facts = extractor().extract(text, &published(2024, time::Month::June, 3));
    assert_sound(&facts);
    for kind in [EventKind::Talks, EventKind::PressConference] {
        let people = names_as(&facts, kind, None);
        assert!(
            people.iter().any(|n| n.contains("لافروف")),
            "{kind:?}: {people:?}"
        );
        assert!(
            people.iter().any(|n| n.contains("شكري")),
            "{kind:?}: {people:?}"
        );
    }
}

#[test]
fn uncounted_batches_and_titles_in_lower_case() {
    let text = "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula \
                da Silva in Brasilia on Wednesday.\n\
                A number of agreements were signed after the talks.\n\
                The two sides also signed a memorandum of understanding on cooperation in \
                tourism between the two ministries.";
    let facts = extractor().extract(text, &published(2024, time::Month::November, 20));
    assert_sound(&facts);
    let batch = facts
        .agreements
        .iter()
        .find(|a| a.title.is_none())
        .unwrap_or_else(|| panic!("uncounted batch in {:?}", facts.agreements));
    assert_eq!(batch.count, None);
    let parties: Vec<String> = batch.parties.clone();
    assert!(parties.contains(&id_of(&facts, "Q148")), "{parties:?}");
    assert!(parties.contains(&id_of(&facts, "Q155")), "{parties:?}");
    let titles = agreement_titles(&facts);
    assert!(
        titles.contains(&"memorandum of understanding on cooperation in tourism"),
        "{titles:?}"
    );
}

#[test]
fn one_leader_meeting_two_others_holds_two_meetings_and_a_summit_adopts_as_its_body() {
    use diplokg::facts::EventKind;
    let text = "Indian Prime Minister Narendra Modi arrived in Astana on Monday.\n\
                Modi met Kazakh President Kassym-Jomart Tokayev and Russian President Vladimir \
                Putin on the sidelines of the SCO summit.\n\
                The three leaders later held a trilateral meeting with Chinese President Xi \
                Jinping.";
    let facts = extractor().extract(text, &published(2024, time::Month::July, 3));
    assert_sound(&facts);
    let modi = id_of(&facts, "Q1058");
    let putin = id_of(&facts, "Q7747");
    let pairs: Vec<usize> = facts
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Meeting)
        .filter(|e| takes_part(e, &modi))
        .map(|e| e.participants.len())
        .collect();
    assert!(
        pairs.iter().filter(|&&n| n == 2).count() >= 2,
        "{:?}",
        facts.events
    );
    assert!(
        facts
            .events
            .iter()
            .any(|e| e.kind == EventKind::Meeting && takes_part(e, &putin) && takes_part(e, &modi)),
        "{:?}",
        facts.events
    );

    let text = "المنامة في 16 مايو /بنا/ انطلقت اليوم أعمال القمة العربية الـ33 لجامعة الدول العربية.\n\
                واعتمد القادة في ختام القمة «إعلان البحرين».";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 16));
    assert_sound(&facts);
    let league = id_of(&facts, "Q7172");
    let adoption = event_of(&facts, EventKind::Adoption);
    assert!(takes_part(adoption, &league), "{adoption:?}");
}

#[test]
fn lineage_title_complements_and_attendees_of_both_meetings() {
    use diplokg::facts::{EventKind, ParticipantRole, RoleKind};
    let text = "جدة في 12 مارس /واس/ استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز \
                ولي العهد رئيس مجلس الوزراء اليوم في جدة رئيس الوزراء الباكستاني شهباز شريف.\n\
                كما استقبل سمو ولي العهد رئيس الوزراء الماليزي أنور إبراهيم.\n\
                حضر اللقاءين معالي وزير الدولة للشؤون الخارجية عادل بن أحمد الجبير.";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 12));
    assert_sound(&facts);
    let saudi = id_of(&facts, "Q851");
    let mbs = first_where(&facts.entities, "crown prince", |e| {
        e.name.contains("محمد بن سلمان")
    })
    .id
    .clone();
    assert_role(&facts, &mbs, Some(RoleKind::CrownPrince), &saudi);
    let minister = role_where(&facts, "minister of state", |r| {
        r.title
            .as_ref()
            .is_some_and(|t| t.contains("للشؤون الخارجية"))
    });
    let meetings = events_of(&facts, EventKind::Meeting);
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    for meeting in meetings {
        assert!(
            meeting
                .participants
                .iter()
                .any(|p| p.entity == mbs && p.role == ParticipantRole::Host),
            "{meeting:?}"
        );
        assert!(
            meeting
                .participants
                .iter()
                .any(|p| p.entity == minister.person && p.role == ParticipantRole::Attendee),
            "{meeting:?}"
        );
    }
}

#[test]
fn titled_resolutions_relative_clauses_and_visits_to_two_capitals() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "UNITED NATIONS (AP) — The U.N. General Assembly on Friday approved a resolution \
                by 120 votes to 5.\n\
                The resolution, titled \"Safety of journalists and the issue of impunity,\" was \
                drafted by Austria and Greece.\n\
                Greece's acting Foreign Minister Nikos Dendias, who arrived in New York on \
                Thursday and met with Secretary-General Antonio Guterres, told the assembly that \
                press freedom was at stake.\n\
                Guterres, who visited Athens and Vienna last week, welcomed the vote.\n\
                The draft had received 118 votes in committee.";
    let facts = extractor().extract(text, &published(2025, time::Month::November, 7));
    assert_sound(&facts);
    let assembly = id_of(&facts, "Q47423");
    let resolution = facts
        .agreements
        .iter()
        .find(|a| {
            a.title
                .as_ref()
                .is_some_and(|t| t.text == "Safety of journalists and the issue of impunity")
        })
        .unwrap_or_else(|| panic!("titled resolution in {:?}", facts.agreements));
    assert_eq!(resolution.parties, vec![assembly.clone()]);
    assert_eq!(
        resolution.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-11-07")
    );
    let greece = id_of(&facts, "Q41");
    let guterres = id_of(&facts, "Q311440");
    let dendias = role_where(&facts, "Greek foreign minister", |r| {
        r.of.as_deref() == Some(greece.as_str())
    })
    .person
    .clone();
    assert!(
        facts.events.iter().any(|e| e.kind == EventKind::Meeting
            && takes_part(e, &dendias)
            && takes_part(e, &guterres)),
        "{:?}",
        facts.events
    );
    // "received 120 votes" is no reception.
    assert_eq!(
        events_of(&facts, EventKind::Meeting).len(),
        1,
        "{:?}",
        facts.events
    );
    let austria = id_of(&facts, "Q40");
    for host in [&greece, &austria] {
        let visit = facts
            .events
            .iter()
            .find(|e| {
                e.kind == EventKind::Visit
                    && e.participants
                        .iter()
                        .any(|p| &p.entity == host && p.role == ParticipantRole::Host)
            })
            .unwrap_or_else(|| panic!("visit hosted by {host} in {:?}", facts.events));
        assert!(visit.date.is_none(), "'last week' is no day: {visit:?}");
    }
}

#[test]
fn russian_sources_negated_attendance_and_attendees_after_the_noun() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "МИНСК, 12 марта. /ТАСС/. Президент России Владимир Путин провел в среду переговоры \
                с президентом Белоруссии Александром Лукашенко.\n\
                В переговорах приняли участие министр иностранных дел Сергей Лавров и посол \
                России в Белоруссии Борис Грызлов.\n\
                Как сообщил помощник президента Юрий Ушаков, Путин также провел телефонный \
                разговор с президентом Нигерии Болой Тинубу, который не смог принять участие \
                в саммите.";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 12));
    assert_sound(&facts);
    let named = |part: &str| {
        facts
            .entities
            .iter()
            .find(|e| e.name.contains(part))
            .map(|e| e.id.clone())
            .unwrap_or_else(|| panic!("{part} in {:?}", facts.entities))
    };
    let lavrov = named("Лавров");
    let talks = events_of(&facts, EventKind::Talks);
    assert_eq!(talks.len(), 1, "{talks:?}");
    assert!(
        talks[0]
            .participants
            .iter()
            .any(|p| p.entity == lavrov && p.role == ParticipantRole::Attendee),
        "{talks:?}"
    );
    let ushakov = named("Ушаков");
    let call = event_of(&facts, EventKind::PhoneCall);
    assert!(
        call.participants.iter().all(|p| p.entity != ushakov),
        "the source is no participant: {call:?}"
    );
    let tinubu = named("Тинубу");
    assert!(takes_part(call, &tinubu), "{call:?}");
    // "с президентом" is one president, not "the presidents"; the summit he missed is none.
    assert!(
        facts.events.iter().all(|e| e.kind != EventKind::Summit),
        "{:?}",
        facts.events
    );
}

#[test]
fn a_past_day_of_its_own_is_no_plan_in_chinese() {
    use diplokg::facts::{EventKind, EventStatus};
    let text = "新华社阿斯塔纳6月17日电 国家主席习近平是应托卡耶夫总统邀请，于16日抵达阿斯塔纳，\
                并将出席中国－中亚峰会。";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 17));
    assert_sound(&facts);
    let arrival = event_of(&facts, EventKind::Arrival);
    assert_eq!(arrival.status, EventStatus::Happened, "{arrival:?}");
    assert_eq!(
        arrival.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-06-16")
    );
    let summit = event_of(&facts, EventKind::Summit);
    assert_eq!(summit.status, EventStatus::Planned, "{summit:?}");
    assert!(summit.date.is_none(), "{summit:?}");

    // A Chinese title in 《》 ends with its document word.
    let text = "新华社阿斯塔纳6月17日电 会谈后，两国元首共同签署《中华人民共和国和哈萨克斯坦共和国关于\
                深化永久全面战略伙伴关系的联合声明》。";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 17));
    assert_sound(&facts);
    assert!(
        facts
            .agreements
            .iter()
            .any(|a| a.kind == diplokg::facts::AgreementKind::JointStatement
                && a.title
                    .as_ref()
                    .is_some_and(|t| t.text.ends_with("联合声明"))),
        "{:?}",
        facts.agreements
    );
}

#[test]
fn separate_press_conferences_and_a_video_meeting_with_its_attendees() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "ANTALYA, Turkey (AP) — Russian Foreign Minister Sergey Lavrov and Ukrainian \
                Foreign Minister Dmytro Kuleba met in Antalya on Thursday.\n\
                Lavrov and Kuleba later held separate press conferences.";
    let facts = extractor().extract(text, &published(2022, time::Month::March, 10));
    assert_sound(&facts);
    let conferences = events_of(&facts, EventKind::PressConference);
    assert_eq!(conferences.len(), 2, "{conferences:?}");
    assert!(
        conferences.iter().all(|e| e.participants.len() == 1),
        "{conferences:?}"
    );

    let text = "أبوظبي في 4 مارس / وام / عقد الرئيس الفرنسي إيمانويل ماكرون اليوم اجتماعا عبر \
                الاتصال المرئي مع وزير الخارجية الروسي سيرغي لافروف.\n\
                حضر الاجتماع وزير الخارجية الفرنسي جان نويل بارو.";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 4));
    assert_sound(&facts);
    let call = event_of(&facts, EventKind::VideoCall);
    assert!(
        facts.events.iter().all(|e| e.kind != EventKind::Meeting),
        "{:?}",
        facts.events
    );
    let macron = id_of(&facts, "Q3052772");
    assert!(takes_part(call, &macron), "{call:?}");
    assert!(
        call.participants
            .iter()
            .any(|p| p.role == ParticipantRole::Attendee),
        "{call:?}"
    );
}

#[test]
fn russian_titles_in_sentence_case_run_across_dashes_to_the_next_document() {
    let text = "МОСКВА, 28 июля. /ТАСС/. Участники саммита в пятницу приняли Декларацию второго \
                саммита Россия — Африка и План действий Форума партнерства Россия — Африка на \
                2023–2026 годы, сообщила пресс-служба Кремля.";
    let facts = extractor().extract(text, &published(2023, time::Month::July, 28));
    assert_sound(&facts);
    let titles = agreement_titles(&facts);
    assert!(
        titles.contains(&"Декларацию второго саммита Россия — Африка"),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"План действий Форума партнерства Россия — Африка на 2023–2026 годы"),
        "{titles:?}"
    );
}

#[test]
fn the_kingdom_in_a_kingdom_agency_report_is_that_kingdom() {
    let text = "ولي العهد يلتقي الرئيس الصيني\n\n\
                الرياض 29 يونيو 2019 (واس) - التقى ولي العهد الأمير محمد بن سلمان اليوم الرئيس \
                الصيني. ومن المقرر أن تستضيف المملكة القمة المقبلة.";
    let facts = extractor().extract(text, &published(2019, time::Month::June, 29));
    assert_sound(&facts);
    let saudi = id_of(&facts, "Q851");
    let summit = event_of(&facts, diplokg::facts::EventKind::Summit);
    assert!(takes_part(summit, &saudi), "{summit:?}");
}

#[test]
fn restricted_meetings_references_by_article_and_titles_held_under_titles() {
    use diplokg::facts::{EventKind, ParticipantRole};
    // A restricted meeting keeps out the attendees of "the above events"; "عند وصوله" only
    // times the ceremony; "العلاقات وصلت" is no arrival; "لزيارته المقبلة" is another visit.
    let text = "موسكو 3 يوليو 2024 (سانا) أجرى الرئيس الروسي فلاديمير بوتين اليوم مباحثات مع \
                الرئيس التركي رجب طيب أردوغان الذي يقوم بزيارة رسمية إلى روسيا.\n\
                وعقد الرئيسان اجتماعا مصغرا قبل المباحثات.\n\
                وقال أردوغان إن العلاقات وصلت إلى مستوى غير مسبوق. وعند وصوله أقام بوتين \
                مراسم استقبال رسمية لأردوغان.\n\
                وبحث الجانبان التحضيرات لزيارته المقبلة.\n\
                وحضر الفعاليات المذكورة كل من سيرغي لافروف ويوري أوشاكوف.\n\
                ورحبت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه بتبني القرار.";
    let facts = extractor().extract(text, &published(2024, time::Month::July, 3));
    assert_sound(&facts);
    assert!(
        events_of(&facts, EventKind::Arrival).is_empty(),
        "{:?}",
        facts.events
    );
    let visit = event_of(&facts, EventKind::OfficialVisit);
    assert_eq!(visit.mentions.len(), 1, "{visit:?}");
    let meeting = event_of(&facts, EventKind::Meeting);
    let talks = event_of(&facts, EventKind::Talks);
    let attendees = |e: &diplokg::facts::Event| {
        e.participants
            .iter()
            .filter(|p| p.role == ParticipantRole::Attendee)
            .count()
    };
    assert_eq!(attendees(meeting), 0, "{meeting:?}");
    assert_eq!(attendees(talks), 2, "{talks:?}");
    // The envoy: "the Special Representative of the Secretary-General of the UN", the UN's.
    let un = id_of(&facts, "Q1065");
    let envoy = facts
        .entities
        .iter()
        .find(|e| e.name == "هانا تيتيه")
        .unwrap_or_else(|| panic!("no envoy in {:?}", facts.entities));
    let roles: Vec<_> = facts
        .roles
        .iter()
        .filter(|r| r.person == envoy.id)
        .collect();
    assert_eq!(roles.len(), 1, "{roles:?}");
    assert_eq!(roles[0].of.as_deref(), Some(un.as_str()), "{roles:?}");
}

#[test]
fn the_leaders_of_a_summit_issue_its_final_communique_and_the_king_is_the_agencys() {
    use diplokg::facts::{AgreementKind, EventKind};
    let text = "المنامة 12 مارس 2025 (وكالة أنباء البحرين) - شارك جلالة الملك حمد بن عيسى آل \
                خليفة اليوم في القمة الثلاثية التي استضافتها مملكة البحرين مع الرئيس المصري عبد \
                الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني.\n\
                وأصدر القادة في ختام القمة البيان الختامي.";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 12));
    assert_sound(&facts);
    let bahrain = id_of(&facts, "Q398");
    role_where(&facts, "king of Bahrain", |r| {
        r.role == diplokg::facts::RoleKind::Monarch && r.of.as_deref() == Some(bahrain.as_str())
    });
    let issuance = event_of(&facts, EventKind::Issuance);
    assert_eq!(issuance.participants.len(), 3, "{issuance:?}");
    let communique = agreement_of(&facts, AgreementKind::JointStatement);
    assert_eq!(communique.parties.len(), 3, "{communique:?}");
}

#[test]
fn what_a_body_or_its_meeting_adopts_is_the_bodys_and_a_batch_after_a_document_is_no_title() {
    use diplokg::facts::AgreementKind;
    // "المجلس" is the council already named; "وعددا من القرارات" is a batch, not the title.
    let text = "القاهرة في 3 مارس /أ ش أ/ انعقدت اليوم الدورة العادية الـ161 لمجلس جامعة الدول \
                العربية على المستوى الوزاري، وألقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط \
                كلمة في الجلسة الافتتاحية.\n\
                واعتمد المجلس في ختام أعماله البيان الختامي وعددا من القرارات المتعلقة بالأوضاع في \
                السودان.";
    let facts = extractor().extract(text, &published(2026, time::Month::March, 3));
    assert_sound(&facts);
    let council = entity_named(&facts, "مجلس جامعة الدول العربية");
    let communique = agreement_of(&facts, AgreementKind::JointStatement);
    assert_eq!(communique.title, None, "{communique:?}");
    assert_eq!(communique.parties, vec![council.clone()]);
    let resolutions = agreement_of(&facts, AgreementKind::Resolution);
    assert_eq!(resolutions.parties, vec![council]);

    // "the meeting" that adopts is the forum's meeting, not its members'.
    let text = "RIYADH, May 30 (SPA) -- Chinese Foreign Minister Wang Yi attended the tenth \
                ministerial meeting of the China-Arab States Cooperation Forum in Riyadh on \
                Tuesday.\nThe meeting adopted the Riyadh Declaration.";
    let facts = extractor().extract(text, &published(2026, time::Month::May, 30));
    assert_sound(&facts);
    let forum = entity_named(&facts, "China-Arab States Cooperation Forum");
    assert_eq!(
        agreement_of(&facts, AgreementKind::Declaration).parties,
        vec![forum]
    );
    let text = "الرياض في 30 مايو /واس/ شارك صاحب السمو الأمير فيصل بن فرحان وزير الخارجية اليوم في \
                الاجتماع الوزاري العاشر لمنتدى التعاون العربي الصيني في الرياض.\n\
                واعتمد الاجتماع في ختام أعماله \"إعلان الرياض\".";
    let facts = extractor().extract(text, &published(2026, time::Month::May, 30));
    assert_sound(&facts);
    let forum = entity_named(&facts, "منتدى التعاون العربي الصيني");
    assert_eq!(
        agreement_of(&facts, AgreementKind::Declaration).parties,
        vec![forum]
    );
}

#[test]
fn plain_documents_are_of_the_kind_listed_first_and_russian_titles_in_lower_case() {
    use diplokg::facts::AgreementKind;
    let text = "Москва. 14 мая. ИНТЕРФАКС - Президент России Владимир Путин во вторник провел в \
                Кремле переговоры с президентом Египта Абдель Фаттахом ас-Сиси.\n\
                По итогам переговоров в присутствии лидеров был подписан ряд документов, в том \
                числе соглашение о сотрудничестве в области туризма.\n\
                Кроме того, был подписан пакет из 8 межправительственных и межведомственных \
                документов, в том числе соглашения и меморандумы.";
    let facts = extractor().extract(text, &published(2026, time::Month::May, 14));
    assert_sound(&facts);
    // The listed kind stands; "межправительственных" qualifies the documents, not it.
    let kinds: Vec<_> = facts.agreements.iter().map(|a| (a.kind, a.count)).collect();
    assert_eq!(
        kinds,
        vec![
            (AgreementKind::Agreement, None),
            (AgreementKind::CooperationAgreement, None),
            (AgreementKind::Agreement, Some(8)),
        ]
    );
    assert_eq!(
        agreement_titles(&facts),
        vec!["соглашение о сотрудничестве в области туризма"]
    );
}

#[test]
fn a_clause_joined_after_reported_speech_tells_news_and_a_title_runs_through_on_the() {
    use diplokg::facts::AgreementKind;
    let text = "Jakarta (ANTARA) - President Joko Widodo held talks with Japanese Prime Minister \
                Fumio Kishida in Bogor on Sunday.\nAt a joint press conference, the two leaders \
                announced a new maritime dialogue, and the two leaders issued a Joint Statement on \
                the Indonesia-Japan Comprehensive Strategic Partnership.";
    let facts = extractor().extract(text, &published(2023, time::Month::January, 8));
    assert_sound(&facts);
    let statement = agreement_of(&facts, AgreementKind::JointStatement);
    assert_eq!(
        statement.title.as_ref().map(|t| t.text.as_str()),
        Some("Joint Statement on the Indonesia-Japan Comprehensive Strategic Partnership")
    );
    assert_eq!(
        statement.parties,
        vec![id_of(&facts, "Q252"), id_of(&facts, "Q17")]
    );
}

#[test]
fn two_countries_joined_by_a_dash_open_a_title_and_the_next_sentences_quote_is_none() {
    let text = "SEOUL, March 3 (Yonhap) -- South Korean Foreign Minister Park Jin and Australian \
                Foreign Minister Penny Wong on Friday signed the revised Australia-South Korea free \
                trade agreement.\n\"It's a good day for both nations,\" Wong said after the \
                ceremony.";
    let facts = extractor().extract(text, &published(2023, time::Month::March, 3));
    assert_sound(&facts);
    assert_eq!(facts.agreements.len(), 1, "{:?}", facts.agreements);
    assert_one_agreement(
        &facts,
        "Australia-South Korea free trade agreement",
        &["Q408", "Q884"],
    );
}

#[test]
fn countries_that_sign_are_parties_and_the_treaty_signed_on_behalf_of_one_is_the_same() {
    use diplokg::facts::AgreementKind;
    // "Peace" makes the agreement a treaty; "on behalf of Egypt" is who signed, not a title.
    let text = "AMMAN: Egypt and Jordan on Monday signed the Red Sea Peace Agreement at the Royal \
                Palace in Amman, in a ceremony hosted by King Abdullah II.\nEgyptian Foreign \
                Minister Sameh Shoukry signed the treaty on behalf of Egypt.";
    let facts = extractor().extract(text, &published(2023, time::Month::March, 6));
    assert_sound(&facts);
    assert_eq!(facts.agreements.len(), 1, "{:?}", facts.agreements);
    let treaty = agreement_of(&facts, AgreementKind::Treaty);
    assert_eq!(treaty.mentions.len(), 2, "{treaty:?}");
    assert_eq!(
        treaty.parties,
        vec![id_of(&facts, "Q79"), id_of(&facts, "Q810")]
    );
}

#[test]
fn what_the_leaders_adopt_after_reported_speech_is_their_summits_bodys() {
    use diplokg::facts::AgreementKind;
    // "كما" joins news to the clause of "أكد"; "القادة" adopt for the body of the summit.
    let text = "الرياض في 19 مايو /واس/ اختتمت اليوم أشغال القمة العربية الـ32 لجامعة الدول \
                العربية برئاسة صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد، بمشاركة الرئيس \
                المصري عبد الفتاح السيسي والعاهل الأردني الملك عبدالله الثاني.\n\
                وأكد البيان الختامي دعم القضية الفلسطينية، كما صادق القادة على مجموعة من القرارات \
                الاقتصادية والاجتماعية.";
    let facts = extractor().extract(text, &published(2023, time::Month::May, 19));
    assert_sound(&facts);
    let resolutions = agreement_of(&facts, AgreementKind::Resolution);
    assert_eq!(resolutions.parties, vec![id_of(&facts, "Q7172")]);
}

#[test]
fn a_past_titled_document_in_a_sentence_on_the_two_countries_is_theirs() {
    let text = "CAIRO, May 4 (MENA) -- Egyptian President Abdel Fattah al-Sisi held talks with Greek \
                Prime Minister Kyriakos Mitsotakis in Cairo on Thursday.\nSisi praised the \
                relations between the two countries, which this year mark the fifth anniversary of \
                the Maritime Boundary Agreement.";
    let facts = extractor().extract(text, &published(2025, time::Month::May, 4));
    assert_sound(&facts);
    assert_one_agreement(&facts, "Maritime Boundary Agreement", &["Q79", "Q41"]);
}

#[test]
fn a_capitalised_title_runs_through_a_list_joined_by_and() {
    // The comma after "Baku Declaration" opens no list: the title ends there.
    let text = "BAKU, June 3 (AZERTAC) -- Azerbaijani Foreign Minister Jeyhun Bayramov and \
                Armenian Foreign Minister Ararat Mirzoyan on Tuesday signed the Declaration of \
                Peace, Trade and Good Neighbourly Relations, and the two ministers held a joint \
                press conference.\nThey also adopted the Baku Declaration, Russian media reported.";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 3));
    assert_sound(&facts);
    assert_eq!(
        agreement_titles(&facts),
        vec![
            "Declaration of Peace, Trade and Good Neighbourly Relations",
            "Baku Declaration"
        ]
    );
}

#[test]
fn a_lower_case_title_ends_before_what_is_said_of_it_and_before_the_next_document() {
    let text = "ATHENS, May 8 (MENA) -- Egyptian President Abdel Fattah al-Sisi held talks with \
                Greek Prime Minister Kyriakos Mitsotakis in Athens on Thursday.\nThe two sides \
                signed an agreement on visa exemption for diplomats.\nThe agreement on visa \
                exemption will enter into force next month.";
    let facts = extractor().extract(text, &published(2025, time::Month::May, 8));
    assert_sound(&facts);
    assert_eq!(
        agreement_titles(&facts),
        vec!["agreement on visa exemption for diplomats"]
    );
    let text = "TOKYO, Jan. 6 (Kyodo) -- Japanese Prime Minister Fumio Kishida and Australian \
                Prime Minister Scott Morrison signed the Reciprocal Access Agreement on Thursday.\n\
                The two leaders also adopted an action plan on climate and endorsed a statement.";
    let facts = extractor().extract(text, &published(2022, time::Month::January, 6));
    assert_sound(&facts);
    assert_eq!(
        agreement_titles(&facts),
        vec!["Reciprocal Access Agreement", "action plan on climate"]
    );
}

#[test]
fn a_titled_document_in_the_sentence_of_an_untitled_one_is_another_document() {
    let text = "ATHENS, May 8 (MENA) -- Egyptian President Abdel Fattah al-Sisi and Greek Prime \
                Minister Kyriakos Mitsotakis held talks in Athens on Thursday.\nThe two leaders \
                witnessed the signing of a cooperation agreement in the field of education and a \
                protocol on agricultural cooperation.";
    let facts = extractor().extract(text, &published(2025, time::Month::May, 8));
    assert_sound(&facts);
    assert_eq!(facts.agreements.len(), 2, "{:?}", facts.agreements);
}

#[test]
fn passive_signings_before_leaders_are_witnessed_plans_for_tonight_are_today_and_qualified_counts()
{
    use diplokg::facts::{EventKind, EventStatus, ParticipantRole};
    for (text, published_day) in [
        (
            "АСТАНА, 4 июля. /ТАСС/. Президент России Владимир Путин и президент Казахстана \
             Касым-Жомарт Токаев провели переговоры. Лидеры подписали совместное заявление. \
             В присутствии президентов было подписано 9 межправительственных соглашений. Вечером \
             будет дан ужин.",
            4,
        ),
        (
            "Xi Jinping and Vladimir Putin held talks in Beijing on Tuesday. They signed a joint \
             statement. In the presence of the two presidents, 11 agreements were signed. A \
             banquet will be held this evening.",
            9,
        ),
    ] {
        let facts = extractor().extract(text, &published(2024, time::Month::July, published_day));
        assert_sound(&facts);
        let signings = events_of(&facts, EventKind::Signing);
        assert_eq!(signings.len(), 2, "{signings:?}");
        assert!(
            signings[1]
                .participants
                .iter()
                .all(|p| p.role == ParticipantRole::Witness),
            "{signings:?}"
        );
        let banquet = event_of(&facts, EventKind::Banquet);
        assert_eq!(banquet.status, EventStatus::Planned, "{banquet:?}");
        assert!(banquet.date.is_some(), "{banquet:?}");
        // "9 межправительственных соглашений": intergovernmental, cooperation agreements.
        if published_day == 4 {
            assert!(
                facts.agreements.iter().any(|a| a.count == Some(9)
                    && a.kind == diplokg::facts::AgreementKind::CooperationAgreement),
                "{:?}",
                facts.agreements
            );
        }
        assert_eq!(
            banquet.date.as_ref().map(|d| d.value.as_str()),
            signings[0].date.as_ref().map(|d| d.value.as_str()),
            "{banquet:?}"
        );
    }
}

#[test]
fn the_pair_that_signs_also_witnesses_what_is_joined_to_it_not_the_countries_of_the_title() {
    use diplokg::facts::{EventKind, ParticipantRole};
    // A title naming both countries sits between the pair and the joined verb.
    let text = "国家主席习近平17日在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。会谈后，两国元首共同签署\
                《中华人民共和国和哈萨克斯坦共和国关于深化永久全面战略伙伴关系的联合声明》，\
                并共同见证了能源、交通、金融等领域15份合作文件的签署。";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 17));
    assert_sound(&facts);
    let signings = events_of(&facts, EventKind::Signing);
    assert_eq!(signings.len(), 2, "{signings:?}");
    let witnessed = signings[1];
    for leader in ["xi-jinping", "kassym-jomart-tokayev"] {
        assert!(
            takes_part_as(witnessed, leader, ParticipantRole::Witness),
            "{leader} witnesses: {witnessed:?}"
        );
    }
    assert_eq!(witnessed.participants.len(), 2, "{witnessed:?}");
}

#[test]
fn who_arrives_to_attend_a_summit_at_someones_invitation_attends_it() {
    use diplokg::facts::EventKind;
    let text = "Brazilian President Luiz Inacio Lula da Silva arrived in Johannesburg on Monday \
                to attend the 15th BRICS summit at the invitation of South African President \
                Cyril Ramaphosa.";
    let facts = extractor().extract(text, &published(2023, time::Month::August, 21));
    assert_sound(&facts);
    let summit = event_of(&facts, EventKind::Summit);
    let lula = facts
        .entities
        .iter()
        .find(|e| e.name.contains("Lula"))
        .expect("Lula");
    assert!(takes_part(summit, &lula.id), "{summit:?}");
    assert!(takes_part(summit, "cyril-ramaphosa"), "{summit:?}");
}

#[test]
fn who_attends_the_meeting_after_talks_attends_the_talks() {
    use diplokg::facts::{EventKind, ParticipantRole};
    for text in [
        "Russian President Vladimir Putin held talks with Chinese President Xi Jinping in the \
         Kremlin on Thursday. Foreign Minister Sergei Lavrov attended the meeting.",
        "Президент России Владимир Путин в четверг провел в Кремле переговоры с председателем КНР \
         Си Цзиньпином. Во встрече участвовал министр иностранных дел Сергей Лавров.",
    ] {
        let facts = extractor().extract(text, &published(2025, time::Month::May, 9));
        assert_sound(&facts);
        assert!(
            events_of(&facts, EventKind::Meeting).is_empty(),
            "{:?}",
            facts.events
        );
        let talks = event_of(&facts, EventKind::Talks);
        assert!(
            takes_part_as(talks, "sergey-lavrov", ParticipantRole::Attendee),
            "{talks:?}"
        );
    }
}

#[test]
fn airports_are_places_by_their_head_word() {
    use diplokg::facts::EntityKind;
    for (text, airport) in [
        (
            "Indian Prime Minister Narendra Modi arrived at Haneda International Airport on Saturday.",
            "Haneda International Airport",
        ),
        (
            "وصل رئيس الوزراء الهندي ناريندرا مودي إلى مطار ماركا اليوم.",
            "مطار ماركا",
        ),
    ] {
        let facts = extractor().extract(text, &published(2025, time::Month::May, 9));
        assert_sound(&facts);
        assert!(
            facts
                .entities
                .iter()
                .any(|e| e.kind == EntityKind::Place && e.name == airport),
            "{airport}: {:?}",
            facts.entities
        );
    }
    // A title and an unknown name before the head are part of the name, and name no person.
    let facts = extractor().extract(
        "Marcos was received at King Khalid International Airport by Prince Mohammed bin Abdulrahman.",
        &published(2023, time::Month::October, 20),
    );
    assert!(
        facts
            .entities
            .iter()
            .any(|e| e.name == "King Khalid International Airport"),
        "{:?}",
        facts.entities
    );
    assert!(
        facts.entities.iter().all(|e| e.name != "Khalid"),
        "{:?}",
        facts.entities
    );
    // "到机场迎接": the verb before the airport is no part of its name.
    let facts = extractor().extract(
        "谢里夫总理到机场迎接习近平。",
        &published(2015, time::Month::April, 20),
    );
    assert!(
        facts.entities.iter().all(|e| !e.name.contains("到")),
        "{:?}",
        facts.entities
    );
}

#[test]
fn separate_meetings_with_several_people_are_the_subjects_with_each() {
    use diplokg::facts::EventKind;
    let text = "Saudi Crown Prince Mohammed bin Salman on Friday chaired the summit in Riyadh. \
                Later, the crown prince held separate meetings with Malaysian Prime Minister \
                Anwar Ibrahim and Philippine President Ferdinand Marcos Jr.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 21));
    assert_sound(&facts);
    let meetings = events_of(&facts, EventKind::Meeting);
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    for meeting in &meetings {
        assert_eq!(meeting.participants.len(), 2, "{meeting:?}");
        assert!(takes_part(meeting, "mohammed-bin-salman"), "{meeting:?}");
    }
}

#[test]
fn an_undated_welcome_at_the_airport_is_the_arrivals() {
    use diplokg::facts::EventKind;
    let text = "Indian Prime Minister Narendra Modi arrived in Tokyo on Saturday. He was greeted at \
                Haneda Airport by Japanese Foreign Minister Fumio Kishida.";
    let facts = extractor().extract(text, &published(2014, time::Month::September, 1));
    assert_sound(&facts);
    let arrival = event_of(&facts, EventKind::Arrival);
    let welcome = event_of(&facts, EventKind::WelcomeCeremony);
    assert_eq!(
        welcome.date.as_ref().map(|d| d.value.as_str()),
        Some("2014-08-30"),
        "{welcome:?}"
    );
    assert_eq!(
        welcome.parent.as_deref(),
        Some(arrival.id.as_str()),
        "{welcome:?}"
    );
}

#[test]
fn a_dinner_for_the_visiting_leaders_has_every_leader_of_the_summit() {
    use diplokg::facts::EventKind;
    let text = "Saudi Crown Prince Mohammed bin Salman on Friday chaired the summit in Riyadh with \
                Malaysian Prime Minister Anwar Ibrahim and Philippine President Ferdinand Marcos Jr. \
                Later on Friday, the crown prince hosted a dinner for the visiting leaders.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 21));
    assert_sound(&facts);
    let banquet = event_of(&facts, EventKind::Banquet);
    for leader in [
        "mohammed-bin-salman",
        "anwar-ibrahim",
        "ferdinand-marcos-jr",
    ] {
        assert!(takes_part(banquet, leader), "{leader}: {banquet:?}");
    }
}

#[test]
fn the_meeting_co_chaired_is_the_summit_of_its_sentence() {
    use diplokg::facts::EventKind;
    let text = "Egyptian President Abdel Fattah el-Sisi on Monday chaired the Africa summit in \
                Cairo, co-chairing the meeting with Kenyan President William Ruto.";
    let facts = extractor().extract(text, &published(2026, time::Month::May, 20));
    assert_sound(&facts);
    let summit = event_of(&facts, EventKind::Summit);
    for leader in ["abdel-fattah-el-sisi", "william-ruto"] {
        assert!(takes_part(summit, leader), "{leader}: {summit:?}");
    }
    assert!(
        events_of(&facts, EventKind::Meeting).is_empty(),
        "{facts:?}"
    );
}

#[test]
fn the_crown_prince_of_a_chain_of_titles_meets_each_separately() {
    use diplokg::facts::EventKind;
    let text = "Saudi Crown Prince and Prime Minister Mohammed bin Salman on Friday chaired the \
                summit in Riyadh with Malaysian Prime Minister Anwar Ibrahim and Philippine \
                President Ferdinand Marcos Jr. On the sidelines of the summit, the crown prince \
                held separate meetings with Anwar and Marcos. The crown prince later left Riyadh.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 21));
    assert_sound(&facts);
    let meetings = events_of(&facts, EventKind::Meeting);
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    for guest in ["anwar-ibrahim", "ferdinand-marcos-jr"] {
        assert!(
            meetings
                .iter()
                .any(|m| takes_part(m, guest) && takes_part(m, "mohammed-bin-salman")),
            "{guest}: {meetings:?}"
        );
    }
    // Both bare titles, the one opening a sentence too, are the crown prince's mentions.
    let prince = facts
        .entities
        .iter()
        .find(|e| e.id == "mohammed-bin-salman")
        .expect("the crown prince");
    let anchors: Vec<&str> = prince
        .mentions
        .iter()
        .filter_map(|id| facts.mentions.iter().find(|m| &m.id == id))
        .map(|m| m.anchor.as_str())
        .collect();
    assert_eq!(
        anchors.iter().filter(|a| **a == "crown prince").count(),
        2,
        "{anchors:?}"
    );
}

#[test]
fn countries_sign_what_their_ministers_signed_and_a_title_tells_no_event() {
    use diplokg::facts::EventKind;
    let text = "Saudi Arabia and Malaysia on Friday signed a memorandum of understanding on \
                political consultations, which was signed by Saudi Foreign Minister Prince Faisal \
                bin Farhan and Malaysian Foreign Minister Zambry Abdul Kadir.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 21));
    assert_sound(&facts);
    let signing = event_of(&facts, EventKind::Signing);
    for party in [
        "saudi-arabia",
        "malaysia",
        "faisal-bin-farhan-al-saud",
        "zambry-abdul-kadir",
    ] {
        assert!(takes_part(signing, party), "{party}: {signing:?}");
    }
    assert_eq!(facts.events.len(), 1, "{:?}", facts.events);
}

#[test]
fn a_signing_told_again_by_a_relative_clause_is_one_with_its_witnesses() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "Saudi Arabia and Malaysia signed a memorandum of understanding, which was signed \
                by Saudi Foreign Minister Prince Faisal bin Farhan and Malaysian Foreign Minister \
                Zambry Abdul Kadir in the presence of Saudi Crown Prince Mohammed bin Salman and \
                Malaysian Prime Minister Anwar Ibrahim.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 21));
    assert_sound(&facts);
    let signings = events_of(&facts, EventKind::Signing);
    assert_eq!(signings.len(), 1, "{signings:?}");
    let signing = signings[0];
    for minister in ["faisal-bin-farhan-al-saud", "zambry-abdul-kadir"] {
        assert!(
            takes_part_as(signing, minister, ParticipantRole::Signatory),
            "{minister}: {signing:?}"
        );
    }
    for leader in ["mohammed-bin-salman", "anwar-ibrahim"] {
        assert!(
            takes_part_as(signing, leader, ParticipantRole::Witness),
            "{leader}: {signing:?}"
        );
    }
}

#[test]
fn who_is_received_after_a_relative_clause_is_the_guest() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "Philippine President Ferdinand Marcos Jr., who arrived in Riyadh on Thursday, was \
                received at the airport by Saudi Foreign Minister Prince Faisal bin Farhan.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 21));
    assert_sound(&facts);
    let welcome = event_of(&facts, EventKind::WelcomeCeremony);
    assert!(
        takes_part_as(welcome, "ferdinand-marcos-jr", ParticipantRole::Guest),
        "{welcome:?}"
    );
    assert!(
        takes_part_as(welcome, "faisal-bin-farhan-al-saud", ParticipantRole::Host),
        "{welcome:?}"
    );
}

#[test]
fn who_attends_the_talks_after_an_on_behalf_sentence_dines_after_them() {
    use diplokg::facts::EventKind;
    let text = "Prime Minister Narendra Modi held talks with Japanese Prime Minister Shinzo Abe. \
                Foreign Secretary Sujatha Singh signed a memorandum on behalf of the government. \
                External Affairs Minister Sushma Swaraj and National Security Adviser Ajit Doval \
                were present at the talks, which were followed by a banquet hosted by Abe.";
    let facts = extractor().extract(text, &published(2014, time::Month::September, 1));
    assert_sound(&facts);
    let talks = event_of(&facts, EventKind::Talks);
    let banquet = event_of(&facts, EventKind::Banquet);
    for person in ["narendra-modi", "shinzo-abe", "sushma-swaraj", "ajit-doval"] {
        assert!(takes_part(talks, person), "{person}: {talks:?}");
        assert!(takes_part(banquet, person), "{person}: {banquet:?}");
    }
    assert!(!takes_part(banquet, "sujatha-singh"), "{banquet:?}");
}

#[test]
fn who_signs_one_of_the_documents_just_witnessed_is_at_that_signing() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "In the presence of Prime Minister Narendra Modi and Japanese Prime Minister Shinzo \
                Abe, five documents were signed today. Foreign Secretary Sujatha Singh and \
                Japanese Ambassador to India Takeshi Yagi signed the defence memorandum.";
    let facts = extractor().extract(text, &published(2014, time::Month::September, 1));
    assert_sound(&facts);
    let signings = events_of(&facts, EventKind::Signing);
    assert_eq!(signings.len(), 1, "{signings:?}");
    assert!(
        takes_part_as(signings[0], "shinzo-abe", ParticipantRole::Witness),
        "{signings:?}"
    );
    assert!(
        takes_part_as(signings[0], "takeshi-yagi", ParticipantRole::Signatory),
        "{signings:?}"
    );
}

#[test]
fn met_by_at_an_air_base_is_a_welcome_and_a_clause_keeps_its_own_day() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "President Donald Trump arrived in Singapore on Sunday and was met by Singapore's \
                Foreign Minister Vivian Balakrishnan at Paya Lebar Air Base. North Korean leader \
                Kim Jong Un met Singapore Prime Minister Lee Hsien Loong on Sunday night, and \
                Trump held talks with Lee on Monday at the Istana.";
    let facts = extractor().extract(text, &published(2018, time::Month::June, 12));
    assert_sound(&facts);
    let welcome = event_of(&facts, EventKind::WelcomeCeremony);
    assert!(
        takes_part_as(welcome, "donald-trump", ParticipantRole::Guest),
        "{welcome:?}"
    );
    assert!(
        takes_part_as(welcome, "vivian-balakrishnan", ParticipantRole::Host),
        "{welcome:?}"
    );
    let talks = event_of(&facts, EventKind::Talks);
    assert_eq!(
        talks.date.as_ref().map(|d| d.value.as_str()),
        Some("2018-06-11"),
        "{talks:?}"
    );
}

#[test]
fn an_opening_address_is_a_speech() {
    use diplokg::facts::EventKind;
    let text = "Saudi Crown Prince Mohammed bin Salman chaired the summit on Friday. In his opening \
                address, the crown prince said the Kingdom sought to build bridges.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 21));
    assert_sound(&facts);
    let speech = event_of(&facts, EventKind::Speech);
    assert!(takes_part(speech, "mohammed-bin-salman"), "{speech:?}");
}

#[test]
fn the_country_a_summit_is_held_in_hosts_it() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "The leaders agreed to hold the next summit in Malaysia in 2025.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 21));
    assert_sound(&facts);
    let summit = event_of(&facts, EventKind::Summit);
    assert!(
        takes_part_as(summit, "malaysia", ParticipantRole::Host),
        "{summit:?}"
    );
}

#[test]
fn cabinet_titles_name_unknown_people() {
    let text = "White House chief of staff John Kelly and Treasury Secretary Steven Mnuchin sat \
                with President Donald Trump.";
    let facts = extractor().extract(text, &published(2018, time::Month::June, 12));
    assert_sound(&facts);
    for name in ["John Kelly", "Steven Mnuchin"] {
        assert!(
            facts
                .entities
                .iter()
                .any(|e| e.name == name && e.kind == diplokg::facts::EntityKind::Person),
            "{name}: {:?}",
            facts.entities
        );
    }
}

#[test]
fn who_speaks_at_a_news_conference_is_at_it_not_whom_he_names() {
    use diplokg::facts::EventKind;
    let text = "At a news conference before leaving Singapore, President Donald Trump said \
                Secretary of State Mike Pompeo would meet North Korean officials next week.";
    let facts = extractor().extract(text, &published(2018, time::Month::June, 12));
    assert_sound(&facts);
    let conference = event_of(&facts, EventKind::PressConference);
    assert!(takes_part(conference, "donald-trump"), "{conference:?}");
    assert!(!takes_part(conference, "mike-pompeo"), "{conference:?}");
}

#[test]
fn the_saudi_monarch_is_the_king_named_before() {
    use diplokg::facts::EventKind;
    let text = "Президент России Владимир Путин провел переговоры с королем Саудовской Аравии \
                Сальманом бен Абдель Азизом Аль Саудом. Саудовский монарх прибыл в Москву в среду.";
    let facts = extractor().extract(text, &published(2017, time::Month::October, 5));
    assert_sound(&facts);
    let arrival = event_of(&facts, EventKind::Arrival);
    assert!(
        takes_part(arrival, "salman-bin-abdulaziz-al-saud"),
        "{arrival:?}"
    );
}

#[test]
fn arabic_names_after_titles_keep_lineage_words_and_names_that_look_like_verbs() {
    use diplokg::facts::RoleKind;
    // "ولد" (son of) is no conjunction; "الصادق" is a name, not the verb "صادق" (ratified);
    // "الوزير الأول" is a head of government; "لجامعة" is the body the title is held in.
    let text = "استقبل الرئيس السوداني عمر البشير في الخرطوم اليوم الوزير الأول الموريتاني يحيى ولد \
                حدمين، بحضور وزير الخارجية السوداني الدكتور عبد الصادق الطيب والأمين العام لجامعة \
                الدول العربية أحمد أبو الغيط ومستشار الأمن القومي الأمريكي روبرت أوبراين.";
    let facts = extractor().extract(text, &published(2018, time::Month::March, 6));
    assert_sound(&facts);
    assert_role(
        &facts,
        &named(&facts, "يحيى ولد حدمين").id,
        Some(RoleKind::PrimeMinister),
        &id_of(&facts, "Q1025"),
    );
    assert_role(
        &facts,
        &named(&facts, "عبد الصادق الطيب").id,
        Some(RoleKind::ForeignMinister),
        &id_of(&facts, "Q1049"),
    );
    assert_role(
        &facts,
        &named(&facts, "أحمد أبو الغيط").id,
        Some(RoleKind::SecretaryGeneral),
        &id_of(&facts, "Q7172"),
    );
    assert_role(
        &facts,
        &named(&facts, "روبرت أوبراين").id,
        Some(RoleKind::Other),
        &id_of(&facts, "Q30"),
    );
    assert!(
        events_of(&facts, diplokg::facts::EventKind::Ratification).is_empty(),
        "{:?}",
        facts.events
    );
}

#[test]
fn russian_portfolios_join_two_fields_after_a_nationality() {
    use diplokg::facts::RoleKind;
    let text = "В аэропорту гостя встретили российский министр энергетики Николай Шульгинов и \
                министр промышленности и торговли Денис Мантуров.";
    let facts = extractor().extract(text, &published(2021, time::Month::June, 3));
    assert_sound(&facts);
    assert_role(
        &facts,
        &named(&facts, "Николай Шульгинов").id,
        Some(RoleKind::Minister),
        &id_of(&facts, "Q159"),
    );
    let manturov = &named(&facts, "Денис Мантуров").id;
    let role = role_where(&facts, "Manturov's portfolio", |r| r.person == *manturov);
    assert_eq!(
        role.title.as_deref(),
        Some("министр промышленности и торговли")
    );
}

#[test]
fn an_arabic_side_runs_on_through_its_list_joined_by_waw() {
    use diplokg::facts::RoleKind;
    let text = "وحضر المباحثات من الجانب القطري وزير الدولة للشؤون الخارجية سلطان المريخي، ومن الجانب \
                الأمريكي وزير الخارجية أنتوني بلينكن، ومستشار الأمن القومي جيك سوليفان.";
    let facts = extractor().extract(text, &published(2022, time::Month::January, 31));
    assert_sound(&facts);
    assert_role(
        &facts,
        &named(&facts, "جيك سوليفان").id,
        Some(RoleKind::Other),
        &id_of(&facts, "Q30"),
    );
}

#[test]
fn a_title_of_a_body_the_gazetteer_lacks_names_the_body_and_its_holder() {
    use diplokg::facts::{EntityKind, RoleKind};
    let text = "استقبل الرئيس الجزائري عبد المجيد تبون اليوم رئيس الاتحاد الجزائري للملاكمة وليد \
                صادي والأمين العام للاتحاد العام للعمال الجزائريين عمار تاقجوت.";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 2));
    assert_sound(&facts);
    let id = |name: &str, kind: EntityKind| {
        first_where(&facts.entities, name, |e| e.name == name && e.kind == kind)
            .id
            .clone()
    };
    let federation = id("الاتحاد الجزائري للملاكمة", EntityKind::Organization);
    let union = id("الاتحاد العام للعمال الجزائريين", EntityKind::Organization);
    // The president of a body that is no state chairs it.
    assert_role(
        &facts,
        &id("وليد صادي", EntityKind::Person),
        Some(RoleKind::Chair),
        &federation,
    );
    assert_role(
        &facts,
        &id("عمار تاقجوت", EntityKind::Person),
        Some(RoleKind::SecretaryGeneral),
        &union,
    );
}

#[test]
fn a_headline_in_two_parts_names_no_event_and_a_summit_next_year_is_planned() {
    use diplokg::facts::{EventKind, EventStatus};
    let text = "الرئيس يستضيف القمة الرابعة.. والقادة يعتمدون \"إعلان عمان\"\n\n\
                عمان في 3 مارس /بترا/ استضاف الملك عبدالله الثاني، اليوم الثلاثاء، أعمال القمة \
                الرابعة مع الرئيس المصري عبد الفتاح السيسي. واتفق الزعيمان على عقد القمة الخامسة \
                في القاهرة العام المقبل.";
    let facts = extractor().extract(text, &published(2020, time::Month::March, 3));
    assert_sound(&facts);
    let summits = events_of(&facts, EventKind::Summit);
    let fourth = first_where(&summits, "the fourth summit", |e| e.ordinal == Some(4));
    assert_eq!(
        fourth.date.as_ref().map(|d| d.value.as_str()),
        Some("2020-03-03")
    );
    assert_eq!(fourth.status, EventStatus::Happened);
    let fifth = first_where(&summits, "the fifth summit", |e| e.ordinal == Some(5));
    assert_eq!(fifth.date.as_ref().map(|d| d.value.as_str()), Some("2021"));
    assert_eq!(fifth.status, EventStatus::Planned);
    // The headline's adoption restates the news: no event of its own.
    assert!(
        events_of(&facts, EventKind::Adoption).is_empty(),
        "{:?}",
        facts.events
    );
}

#[test]
fn documents_listed_in_the_arabic_accusative_are_documents() {
    use diplokg::facts::AgreementKind;
    let text = "ووقع الجانبان اتفاقية للتعاون في مجال النقل البحري، وبرنامجا تنفيذيا للتعاون \
                الثقافي للأعوام 2020-2022، وبروتوكولا للتعاون الجمركي.";
    let facts = extractor().extract(text, &published(2019, time::Month::October, 8));
    assert_sound(&facts);
    let kinds: Vec<AgreementKind> = facts.agreements.iter().map(|a| a.kind).collect();
    assert!(
        kinds.contains(&AgreementKind::Plan),
        "{:?}",
        facts.agreements
    );
    assert_eq!(kinds.len(), 3, "{:?}", facts.agreements);
}

#[test]
fn a_past_resolution_is_the_adopting_body_s_and_dated_by_its_year() {
    use diplokg::facts::{AgreementKind, DatePrecision};
    let text = "تبنى مجلس الأمن الدولي بالإجماع، أمس الاثنين، القرار رقم 2722. ويستند النص إلى \
                القرار 2216 الصادر عام 2015 بشأن اليمن.";
    let facts = extractor().extract(text, &published(2024, time::Month::January, 10));
    assert_sound(&facts);
    let council = id_of(&facts, "Q37470");
    let past = first_where(&facts.agreements, "القرار 2216", |a| {
        a.title.as_ref().is_some_and(|t| t.text.contains("2216"))
    });
    assert_eq!(past.kind, AgreementKind::Resolution);
    assert_eq!(past.parties, vec![council]);
    let date = past.date.as_ref().expect("a stated year");
    assert_eq!(
        (date.value.as_str(), date.precision),
        ("2015", DatePrecision::Year)
    );
    let mention = first_where(&facts.mentions, "the year's mention", |m| {
        Some(&m.id) == date.mention.as_ref()
    });
    let span: String = text
        .chars()
        .skip(mention.start)
        .take(mention.end - mention.start)
        .collect();
    assert_eq!(span, "2015");
}

#[test]
fn a_bound_is_no_count_and_counted_leaders_are_the_leaders_present() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "Leaders of Brazil, India and South Africa met in Brasilia on Monday. Brazilian \
                President Luiz Inacio Lula da Silva hosted Indian Prime Minister Narendra Modi and \
                South African President Cyril Ramaphosa. The three heads of state signed a joint \
                declaration, and their ministers signed more than 20 agreements.";
    let facts = extractor().extract(text, &published(2025, time::Month::July, 8));
    assert_sound(&facts);
    let batch = first_where(&facts.agreements, "the batch", |a| {
        a.title.is_none() && a.kind != diplokg::facts::AgreementKind::Declaration
    });
    assert_eq!(batch.count, None, "{batch:?}");
    let signing = first_where(&facts.events, "the declaration's signing", |e| {
        e.kind == EventKind::Signing
    });
    for leader in ["Q1058", "Q37181"] {
        assert!(
            takes_part_as(signing, &id_of(&facts, leader), ParticipantRole::Signatory),
            "{leader}: {signing:?}"
        );
    }
}

#[test]
fn a_dual_noun_counts_two_and_the_headline_s_sides_are_the_parties() {
    use diplokg::facts::ParticipantRole;
    let text = "المغرب والاتحاد الأوروبي يوقعان اتفاقيتي تمويل\n\n\
                الرباط - وقع الجانبان اليوم الاثنين في الرباط اتفاقيتي منحة لدعم قطاع التعليم، \
                وقعهما عن الجانب المغربي وزيرة الاقتصاد والمالية نادية فتاح العلوي.";
    let facts = extractor().extract(text, &published(2023, time::Month::March, 6));
    assert_sound(&facts);
    let morocco = id_of(&facts, "Q1028");
    let eu = id_of(&facts, "Q458");
    let grants = first_where(&facts.agreements, "the two grant agreements", |a| {
        a.count == Some(2)
    });
    assert_eq!(
        grants.parties,
        vec![morocco.clone(), eu.clone()],
        "{grants:?}"
    );
    // The sides take part in the signing; only people sign.
    for event in &facts.events {
        assert!(
            event
                .participants
                .iter()
                .all(|p| p.role != ParticipantRole::Signatory
                    || (p.entity != morocco && p.entity != eu)),
            "{event:?}"
        );
    }
}

#[test]
fn a_year_after_since_is_no_event_s_date_and_a_listed_nisba_is_a_person() {
    use diplokg::facts::EventKind;
    let text = "استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد اليوم الرئيس التركي رجب طيب \
                أردوغان، في أول زيارة رسمية له إلى العراق منذ عام 2011. وعقد أردوغان والسوداني \
                مؤتمرا صحفيا مشتركا.";
    let facts = extractor().extract(text, &published(2024, time::Month::April, 22));
    assert_sound(&facts);
    let visit = event_of(&facts, EventKind::OfficialVisit);
    assert_ne!(
        visit.date.as_ref().map(|d| d.value.as_str()),
        Some("2011"),
        "{visit:?}"
    );
    // "السوداني" after "أردوغان و" is the prime minister, not Sudan.
    assert_not_linked(&facts, "Q1049");
    let conference = event_of(&facts, EventKind::PressConference);
    let sudani = first_where(&facts.entities, "al-Sudani", |e| {
        e.name.contains("السوداني")
    });
    assert!(takes_part(conference, &sudani.id), "{conference:?}");
}

#[test]
fn a_quoted_saying_that_ends_in_a_document_word_is_no_title() {
    let text = "Turkish President Tayyip Erdogan and Ukrainian President Volodymyr Zelensky signed \
                the \"Ankara Declaration\" on Thursday. \"We are extending the deal,\" Ukrainian \
                Infrastructure Minister Oleksandr Kubrakov wrote.";
    let facts = extractor().extract(text, &published(2022, time::Month::November, 17));
    assert_sound(&facts);
    let titles = agreement_titles(&facts);
    assert_eq!(titles, vec!["Ankara Declaration"], "{:?}", facts.agreements);
}

#[test]
fn two_titles_about_different_things_are_two_documents_and_the_older_keeps_its_year() {
    let text = "Президенты России и Казахстана Владимир Путин и Касым-Жомарт Токаев подписали в \
                Москве Договор о союзничестве в XXI веке. Подписание приурочено к 30-летию \
                подписания Договора о дружбе, сотрудничестве и взаимной помощи.";
    let facts = extractor().extract(text, &published(2022, time::Month::May, 25));
    assert_sound(&facts);
    let older = first_where(&facts.agreements, "the 1992 treaty", |a| {
        a.title
            .as_ref()
            .is_some_and(|t| t.text.contains("о дружбе"))
    });
    assert_eq!(
        older.date.as_ref().map(|d| d.value.as_str()),
        Some("1992"),
        "{older:?}"
    );
    assert!(older.event.is_none(), "{older:?}");
    assert_eq!(facts.agreements.len(), 2, "{:?}", facts.agreements);
}

#[test]
fn the_future_of_a_relative_clause_after_the_act_is_the_clause_s() {
    use diplokg::facts::{EventKind, EventStatus};
    let text = "Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos Jr. \
                signed an agreement on Monday that will allow joint military exercises.";
    let facts = extractor().extract(text, &published(2024, time::Month::July, 8));
    assert_sound(&facts);
    let signing = event_of(&facts, EventKind::Signing);
    assert_eq!(signing.status, EventStatus::Happened, "{signing:?}");
}

#[test]
fn a_round_of_talks_is_no_tour() {
    use diplokg::facts::EventKind;
    let text = "وأعلن المبعوث الأممي إلى سوريا غير بيدرسن أنه سيدعو إلى جولة جديدة من المفاوضات بين \
                الأطراف السورية في جنيف الشهر المقبل.";
    let facts = extractor().extract(text, &published(2021, time::Month::September, 20));
    assert_sound(&facts);
    assert!(
        events_of(&facts, EventKind::Visit).is_empty(),
        "{:?}",
        facts.events
    );
}

#[test]
fn a_plural_arabic_title_is_each_named_minister_s() {
    use diplokg::facts::RoleKind;
    let text = "واعتمد وزراء خارجية روسيا وتركيا وإيران سيرغي لافروف ومولود جاويش أوغلو ومحمد جواد \
                ظريف اليوم إعلانا مشتركا.";
    let facts = extractor().extract(text, &published(2016, time::Month::December, 20));
    assert_sound(&facts);
    for (name, country) in [("سيرغي لافروف", "Q159"), ("محمد جواد ظريف", "Q794")]
    {
        let person = first_where(&facts.entities, name, |e| e.name == name)
            .id
            .clone();
        assert_role(
            &facts,
            &person,
            Some(RoleKind::ForeignMinister),
            &id_of(&facts, country),
        );
    }
}

#[test]
fn witnesses_named_between_the_verb_and_the_act_and_a_signing_told_also_is_another() {
    use diplokg::facts::{EventKind, ParticipantRole};
    // "شهد" + the witnesses + a date set off by commas + "توقيع"; the ministers who signed it
    // follow in "وقعها".
    let text = "شهد العاهل الأردني الملك عبدالله الثاني ورئيس الوزراء العراقي مصطفى الكاظمي، \
                اليوم، توقيع مذكرة تفاهم في مجال الطاقة، وقعها عن الجانب الأردني وزير الطاقة صالح \
                الخرابشة وعن الجانب العراقي وزير النفط إحسان عبد الجبار.";
    let facts = extractor().extract(text, &published(2021, time::Month::June, 27));
    assert_sound(&facts);
    let signings = events_of(&facts, EventKind::Signing);
    assert_eq!(signings.len(), 1, "{signings:?}");
    assert!(
        takes_part_as(
            signings[0],
            "abdullah-ii-of-jordan",
            ParticipantRole::Witness
        ),
        "{signings:?}"
    );
    assert!(
        takes_part_as(signings[0], "salh-alkhrabshh", ParticipantRole::Signatory),
        "{signings:?}"
    );

    // A document the ministers "also" signed after a witnessed batch is a signing of its own.
    let text = "وشهد الرئيس عبد الفتاح السيسي ورئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس توقيع \
                ثماني اتفاقيات. ووقع الوزيران كذلك إعلانا مشتركا بشأن الهجرة.";
    let facts = extractor().extract(text, &published(2025, time::Month::May, 7));
    assert_sound(&facts);
    let signings = events_of(&facts, EventKind::Signing);
    assert_eq!(signings.len(), 2, "{signings:?}");
}

#[test]
fn the_sides_that_hold_talks_are_people_and_pen_to_paper_signs() {
    use diplokg::facts::{EventKind, ParticipantRole};
    // The sides that hold talks after a reception are the two people received and receiving.
    let text = "استقبل الرئيس الجزائري عبد المجيد تبون اليوم الرئيس التونسي قيس سعيد. وعقد \
                الجانبان جلسة مباحثات تناولت العلاقات الثنائية.";
    let facts = extractor().extract(text, &published(2022, time::Month::July, 5));
    assert_sound(&facts);
    let talks = event_of(&facts, EventKind::Talks);
    let tebboune = id_of(&facts, "Q2821166");
    assert!(
        talks.participants.iter().any(|p| p.entity == tebboune),
        "{talks:?}"
    );
    assert!(
        talks.participants.iter().all(|p| facts
            .entities
            .iter()
            .any(|e| e.id == p.entity && e.kind == diplokg::facts::EntityKind::Person)),
        "{talks:?}"
    );

    // "summit talks" are talks; "put pen to paper" signs.
    let text = "Prime Minister Narendra Modi held summit talks with Japanese Prime Minister \
                Fumio Kishida on Saturday, after which Foreign Minister Subrahmanyam Jaishankar and \
                Japanese Foreign Minister Yoshimasa Hayashi put pen to paper on an agreement on \
                defence equipment.";
    let facts = extractor().extract(text, &published(2022, time::Month::March, 19));
    assert_sound(&facts);
    assert!(
        events_of(&facts, EventKind::Summit).is_empty(),
        "{:?}",
        facts.events
    );
    let signing = event_of(&facts, EventKind::Signing);
    let hayashi = entity_named(&facts, "Yoshimasa Hayashi");
    assert!(
        takes_part_as(signing, &hayashi, ParticipantRole::Signatory),
        "{signing:?}"
    );

    // "两国总理" are the two premiers of the talks.
    let text = "国务院总理李克强在人民大会堂同德国总理默克尔举行会谈。会谈后，两国总理共同见证了\
                多项合作文件的签署。";
    let facts = extractor().extract(text, &published(2016, time::Month::June, 13));
    assert_sound(&facts);
    let signing = event_of(&facts, EventKind::Signing);
    let li = id_of(&facts, "Q18111");
    assert!(
        takes_part_as(signing, &li, ParticipantRole::Witness),
        "{signing:?}"
    );
}

#[test]
fn video_meetings_a_separate_one_and_a_first_name_that_is_another_s_alias() {
    use diplokg::facts::EventKind;
    // "Petro" is Gustavo Petro's alias, but "Petro Poroshenko" is someone else.
    let text = "Ukrainian President Petro Poroshenko held a video meeting with German Chancellor \
                Angela Merkel on Tuesday. Later, Merkel held a separate video meeting with \
                French President Emmanuel Macron.";
    let facts = extractor().extract(text, &published(2017, time::Month::March, 15));
    assert_sound(&facts);
    assert!(
        facts
            .entities
            .iter()
            .all(|e| e.wikidata.as_deref() != Some("Q704022")),
        "{:?}",
        facts.entities
    );
    let poroshenko = entity_named(&facts, "Petro Poroshenko");
    let calls = events_of(&facts, EventKind::VideoCall);
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(
        calls[0].participants.iter().any(|p| p.entity == poroshenko),
        "{calls:?}"
    );
    assert!(
        events_of(&facts, EventKind::Meeting).is_empty(),
        "{:?}",
        facts.events
    );
}

#[test]
fn russian_prinyal_with_two_people_receives_and_with_a_document_adopts() {
    use diplokg::facts::EventKind;
    let text = "Вечером президента Египта Абдель Фаттаха ас-Сиси принял премьер-министр России \
                Михаил Мишустин.";
    let facts = extractor().extract(text, &published(2021, time::Month::June, 2));
    assert_sound(&facts);
    assert!(
        events_of(&facts, EventKind::Adoption).is_empty(),
        "{:?}",
        facts.events
    );
    let meeting = event_of(&facts, EventKind::Meeting);
    assert!(meeting.participants.len() >= 2, "{meeting:?}");

    let text = "Президент России Владимир Путин и президент Египта Абдель Фаттах ас-Сиси приняли \
                совместное заявление.";
    let facts = extractor().extract(text, &published(2021, time::Month::June, 2));
    assert_sound(&facts);
    assert!(
        events_of(&facts, EventKind::Meeting).is_empty(),
        "{:?}",
        facts.events
    );
}

#[test]
fn receivers_on_arrival_host_one_welcome_and_separate_receptions_are_one_each() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "مسقط (العمانية) - وصل الرئيس المصري عبد الفتاح السيسي إلى مسقط اليوم في زيارة \
                دولة. وكان جلالة السلطان هيثم بن طارق في مقدمة مستقبلي الرئيس المصري لدى وصوله \
                إلى مطار مسقط الدولي، حيث جرت له مراسم استقبال رسمية. وحضر الاستقبال صاحب السمو \
                السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء لشؤون الدفاع. وفي وقت لاحق استقبل \
                الرئيس المصري في مقر إقامته كلا على حدة سمو نائب رئيس الوزراء لشؤون الدفاع \
                ووزير الخارجية بدر البوسعيدي.";
    let facts = extractor().extract(text, &published(2022, time::Month::June, 26));
    assert_sound(&facts);
    let welcomes = events_of(&facts, EventKind::WelcomeCeremony);
    assert_eq!(welcomes.len(), 1, "{welcomes:?}");
    let sultan = id_of(&facts, "Q12250314");
    let sisi = id_of(&facts, "Q307871");
    assert!(
        takes_part_as(welcomes[0], &sultan, ParticipantRole::Host),
        "{welcomes:?}"
    );
    assert!(
        takes_part_as(welcomes[0], &sisi, ParticipantRole::Guest),
        "{welcomes:?}"
    );
    // Received "كلا على حدة": one meeting with each; the bare title after "سمو" is the deputy
    // prime minister named before, not a new person.
    let meetings = events_of(&facts, EventKind::Meeting);
    assert_eq!(meetings.len(), 2, "{meetings:?}");
    for meeting in meetings {
        assert_eq!(meeting.participants.len(), 2, "{meeting:?}");
        assert!(
            takes_part_as(meeting, &sisi, ParticipantRole::Host),
            "{meeting:?}"
        );
    }
}

#[test]
fn his_guests_at_a_summit_he_hosts_are_the_leaders_there() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "عمان (بترا) - استضاف الملك عبدالله الثاني اليوم الثلاثاء أعمال القمة الثلاثية \
                الرابعة بين الأردن ومصر والعراق، بمشاركة الرئيس المصري عبد الفتاح السيسي ورئيس \
                الوزراء العراقي مصطفى الكاظمي. وكان جلالة الملك في مقدمة مستقبلي ضيفيه، حيث جرت \
                لهما مراسم استقبال رسمية.";
    let facts = extractor().extract(text, &published(2021, time::Month::August, 25));
    assert_sound(&facts);
    let welcome = event_of(&facts, EventKind::WelcomeCeremony);
    let sisi = id_of(&facts, "Q307871");
    assert!(
        takes_part_as(welcome, &sisi, ParticipantRole::Guest),
        "{welcome:?}"
    );
    assert_eq!(welcome.participants.len(), 3, "{welcome:?}");
}

#[test]
fn who_attended_it_attends_and_greetings_conveyed_are_no_presence() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "استقبل العاهل المغربي الملك محمد السادس اليوم الرئيس الفرنسي إيمانويل ماكرون، حيث \
                نقل الرئيس الفرنسي تحيات رئيس الوزراء الفرنسي ميشيل بارنييه إلى جلالة الملك. \
                وأقام جلالة الملك مأدبة عشاء رسمية على شرف الرئيس الفرنسي، حضرها رئيس الحكومة \
                عزيز أخنوش.";
    let facts = extractor().extract(text, &published(2024, time::Month::October, 28));
    assert_sound(&facts);
    let banquet = event_of(&facts, EventKind::Banquet);
    let akhannouch = id_of(&facts, "Q1638114");
    assert!(
        takes_part_as(banquet, &akhannouch, ParticipantRole::Attendee),
        "{banquet:?}"
    );
    let meeting = event_of(&facts, EventKind::Meeting);
    assert_eq!(meeting.participants.len(), 2, "{meeting:?}");
}

#[test]
fn a_dual_of_calls_after_a_bare_title_is_no_name() {
    use diplokg::facts::EntityKind;
    let text = "سمو الأمير يتلقى اتصالين هاتفيين من الرئيس الفرنسي والمستشار الألماني\n\nالدوحة \
                /قنا/ تلقى حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، اليوم، \
                اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.";
    let facts = extractor().extract(text, &published(2021, time::Month::August, 31));
    assert_sound(&facts);
    let people: Vec<&str> = facts
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert!(people.iter().all(|n| !n.contains("اتصال")), "{people:?}");
}

#[test]
fn a_spouse_named_with_the_family_name_of_a_known_leader_comes_with_him() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "President Emmanuel Macron and his wife Brigitte Macron arrived in New Delhi on \
                Thursday for a state visit to India.";
    let facts = extractor().extract(text, &published(2018, time::Month::March, 10));
    assert_sound(&facts);
    let brigitte = entity_named(&facts, "Brigitte Macron");
    let macron = id_of(&facts, "Q3052772");
    let visit = event_of(&facts, EventKind::StateVisit);
    for guest in [&macron, &brigitte] {
        assert!(
            takes_part_as(visit, guest, ParticipantRole::Guest),
            "{visit:?}"
        );
    }
    // The host is still the country visited, not the guests' own.
    let india = id_of(&facts, "Q668");
    assert!(
        takes_part_as(visit, &india, ParticipantRole::Host),
        "{visit:?}"
    );

    let text = "استقبل العاهل المغربي الملك محمد السادس الرئيس الفرنسي إيمانويل ماكرون وحرمه \
                السيدة بريجيت ماكرون لدى وصولهما إلى الرباط.";
    let facts = extractor().extract(text, &published(2024, time::Month::October, 28));
    assert_sound(&facts);
    assert!(
        facts.entities.iter().any(|e| e.name == "بريجيت ماكرون"),
        "{:?}",
        facts.entities
    );
}

#[test]
fn a_dateline_without_a_day_tells_the_news_of_the_publication_day() {
    use diplokg::facts::{DateSource, EventKind};
    // No day in the dateline nor in the sentence: the news is of the day it is published.
    let text = "Leaders meet\n\nPUTRAJAYA – Prime Minister Lawrence Wong met Anwar Ibrahim at \
                Perdana Putra.\nThe two leaders later held a joint press conference.";
    let facts = extractor().extract(text, &published(2025, time::Month::January, 7));
    assert_sound(&facts);
    for kind in [EventKind::Meeting, EventKind::PressConference] {
        let event = event_of(&facts, kind);
        let date = event.date.as_ref().expect("dated");
        assert_eq!(
            (date.value.as_str(), date.source, date.mention.as_deref()),
            ("2025-01-07", DateSource::Resolved, None),
            "{event:?}"
        );
    }
    // "Jan 7" (no dot) is a day; a dated dateline keeps the old reading.
    let text = "PUTRAJAYA – Singapore and Malaysia on Jan 6 signed an agreement.";
    let facts = extractor().extract(text, &published(2025, time::Month::January, 7));
    let signing = event_of(&facts, EventKind::Signing);
    assert_eq!(
        signing.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-01-06")
    );
    // Without a publication date there is no day to take.
    let facts = extractor().extract(
        "PUTRAJAYA – Prime Minister Lawrence Wong met Anwar Ibrahim.",
        &ExtractOptions::default(),
    );
    assert!(event_of(&facts, EventKind::Meeting).date.is_none());
}

#[test]
fn those_in_the_reception_of_an_arrival_host_its_welcome() {
    use diplokg::facts::{EventKind, ParticipantRole};
    // "في استقباله": the people after receive the one who arrived; the welcome is part of the
    // arrival, on its day.
    let text = "الشرع في موسكو\n\nموسكو 15 أكتوبر (سانا) - بحث الرئيس فلاديمير بوتين مع الرئيس \
                السوري أحمد الشرع اليوم العلاقات الثنائية.\nوكان الشرع قد وصل إلى موسكو مساء أمس، \
                وكان في استقباله في مطار فنوكوفو نائب وزير الخارجية الروسي ميخائيل بوغدانوف.";
    let facts = extractor().extract(text, &published(2025, time::Month::October, 15));
    assert_sound(&facts);
    let welcome = event_of(&facts, EventKind::WelcomeCeremony);
    let sharaa = entity_named(&facts, "أحمد الشرع");
    let bogdanov = entity_named(&facts, "ميخائيل بوغدانوف");
    assert!(
        takes_part_as(welcome, &sharaa, ParticipantRole::Guest),
        "{welcome:?}"
    );
    assert!(
        takes_part_as(welcome, &bogdanov, ParticipantRole::Host),
        "{welcome:?}"
    );
    let arrival = event_of(&facts, EventKind::Arrival);
    assert_eq!(welcome.date, arrival.date);
    assert_eq!(
        arrival.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-10-14")
    );
    // "في استقبال X": X is the guest, the people after him receive him.
    let text = "القاهرة 8 أبريل (واس) - وكان في استقبال خادم الحرمين الشريفين الملك سلمان لدى \
                وصوله إلى مطار القاهرة الدولي الرئيس عبدالفتاح السيسي.";
    let facts = extractor().extract(text, &published(2016, time::Month::April, 8));
    assert_sound(&facts);
    let welcome = event_of(&facts, EventKind::WelcomeCeremony);
    let salman = id_of(&facts, "Q367825");
    let sisi = id_of(&facts, "Q307871");
    assert!(
        takes_part_as(welcome, &salman, ParticipantRole::Guest),
        "{welcome:?}"
    );
    assert!(
        takes_part_as(welcome, &sisi, ParticipantRole::Host),
        "{welcome:?}"
    );
}

#[test]
fn a_reception_with_a_ceremony_is_one_welcome_ceremony() {
    use diplokg::facts::{EventKind, ParticipantRole};
    for text in [
        "نيودلهي 16 مايو (وفا) - استقبل الرئيس الهندي براناب موخرجي الرئيس محمود عباس استقبالا \
         رسميا في قصر راشتراباتي بهافان.",
        "PUTRAJAYA, Jan. 7 – Mr Anwar Ibrahim welcomed Prime Minister Lawrence Wong at an \
         official welcome ceremony at Perdana Putra.",
    ] {
        let facts = extractor().extract(text, &published(2017, time::Month::May, 16));
        assert_sound(&facts);
        assert!(
            events_of(&facts, EventKind::Meeting).is_empty(),
            "{:?}",
            facts.events
        );
        let welcomes = events_of(&facts, EventKind::WelcomeCeremony);
        assert_eq!(welcomes.len(), 1, "{welcomes:?}");
        let roles: Vec<ParticipantRole> = welcomes[0].participants.iter().map(|p| p.role).collect();
        assert_eq!(
            roles,
            [ParticipantRole::Host, ParticipantRole::Guest],
            "{welcomes:?}"
        );
    }
}

#[test]
fn a_given_name_after_an_honorific_is_the_son_named_before() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "ANKARA – President Recep Tayyip Erdoğan on Wednesday hosted Abu Dhabi Crown Prince \
                Sheikh Mohammed bin Zayed Al Nahyan.\nSheikh Mohammed landed at Esenboğa Airport on \
                Wednesday morning and was greeted by Vice President Fuat Oktay.";
    let facts = extractor().extract(text, &published(2021, time::Month::November, 24));
    assert_sound(&facts);
    let mbz = entity_named(&facts, "Mohammed bin Zayed Al Nahyan");
    let arrival = event_of(&facts, EventKind::Arrival);
    assert!(
        takes_part_as(arrival, &mbz, ParticipantRole::Guest),
        "{arrival:?}"
    );
    let welcome = event_of(&facts, EventKind::WelcomeCeremony);
    assert!(
        takes_part_as(welcome, &mbz, ParticipantRole::Guest),
        "{welcome:?}"
    );
    // Without the honorific, a given name is no one's short form.
    let text = "Abu Dhabi Crown Prince Sheikh Mohammed bin Zayed Al Nahyan met Erdoğan. \
                Mohammed Ali attended.";
    let facts = extractor().extract(text, &published(2021, time::Month::November, 24));
    let mbz = named(&facts, "Mohammed bin Zayed Al Nahyan");
    let anchors: Vec<&str> = facts
        .mentions
        .iter()
        .filter(|m| mbz.mentions.contains(&m.id))
        .map(|m| m.anchor.as_str())
        .collect();
    assert_eq!(anchors, ["Mohammed bin Zayed Al Nahyan"], "{anchors:?}");
}

#[test]
fn russian_ministers_of_a_portfolio_and_a_country_in_the_genitive() {
    use diplokg::facts::RoleKind;
    // "Вьетнама" (the stemmer takes "ам" from "Вьетнам" but only "а" from its genitive) is the
    // country, and the name after the portfolio and the country is the minister's.
    let text = "Меморандум подписали министр энергетики России Сергей Цивилев и министр \
                промышленности и торговли Вьетнама Нгуен Хонг Зиен.";
    let facts = extractor().extract(text, &published(2024, time::Month::June, 20));
    assert_sound(&facts);
    let vietnam = id_of(&facts, "Q881");
    let russia = id_of(&facts, "Q159");
    for (name, country) in [("Сергей Цивилев", &russia), ("Нгуен Хонг Зиен", &vietnam)]
    {
        let person = entity_named(&facts, name);
        assert_role(&facts, &person, Some(RoleKind::Minister), country);
    }
}

#[test]
fn the_day_before_with_no_event_named_is_the_day_before_the_news() {
    use diplokg::facts::EventKind;
    let text = "Президент России Владимир Путин в четверг провел в Ханое переговоры с президентом \
                Вьетнама То Ламом. Накануне Путин подписал в Пхеньяне с лидером КНДР Ким Чен Ыном \
                Договор о всеобъемлющем стратегическом партнерстве.";
    let facts = extractor().extract(text, &published(2024, time::Month::June, 20));
    assert_sound(&facts);
    let signing = event_of(&facts, EventKind::Signing);
    assert_eq!(
        signing.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-06-19"),
        "{signing:?}"
    );
}

#[test]
fn those_in_whose_presence_ministers_sign_witness_it() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "Jakarta (ANTARA News) - Indonesian President Joko Widodo held a bilateral meeting \
                with Chinese President Xi Jinping on Wednesday.\nAfter the meeting, Foreign Minister \
                Retno Marsudi and her Chinese counterpart Wang Yi signed a memorandum of \
                understanding on maritime cooperation in the presence of the two heads of state.";
    let facts = extractor().extract(text, &published(2015, time::Month::April, 23));
    assert_sound(&facts);
    let signing = event_of(&facts, EventKind::Signing);
    for leader in [id_of(&facts, "Q15031"), entity_named(&facts, "Joko Widodo")] {
        assert!(
            takes_part_as(signing, &leader, ParticipantRole::Witness),
            "{signing:?}"
        );
    }
    let marsudi = entity_named(&facts, "Retno Marsudi");
    assert!(
        takes_part_as(signing, &marsudi, ParticipantRole::Signatory),
        "{signing:?}"
    );
}

#[test]
fn a_month_said_to_be_coming_is_the_coming_one() {
    use diplokg::facts::EventStatus;
    let text = "نيويورك - الميادين: ويمنح القرار فلسطين حقوقا إضافية اعتبارا من الدورة الـ79 للجمعية \
                العامة التي تبدأ في أيلول المقبل.";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 11));
    assert_sound(&facts);
    let session = first_where(&facts.events, "a dated event", |e| e.date.is_some());
    assert_eq!(
        session.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-09"),
        "{session:?}"
    );
    assert_eq!(session.status, EventStatus::Planned, "{session:?}");
}

#[test]
fn a_general_assembly_resolution_is_numbered_by_its_session() {
    use diplokg::facts::AgreementKind;
    for (text, title) in [
        (
            "UNITED NATIONS - Palestine has had observer status under resolution 67/19, adopted \
             by the General Assembly in 2012.",
            "resolution 67/19",
        ),
        (
            "نيويورك - الميادين: وتتمتع فلسطين بصفة دولة مراقب بموجب القرار 67/19 الذي اعتمدته \
             الجمعية العامة في 29 تشرين الثاني 2012.",
            "القرار 67/19",
        ),
    ] {
        let facts = extractor().extract(text, &published(2024, time::Month::May, 11));
        assert_sound(&facts);
        let resolution = agreement_of(&facts, AgreementKind::Resolution);
        assert_eq!(
            resolution.title.as_ref().map(|t| t.text.as_str()),
            Some(title),
            "{resolution:?}"
        );
    }
}

#[test]
fn a_reception_with_honours_is_a_welcome_ceremony() {
    use diplokg::facts::EventKind;
    for text in [
        "ANKARA – President Recep Tayyip Erdoğan on Wednesday hosted Abu Dhabi Crown Prince \
         Sheikh Mohammed bin Zayed Al Nahyan.\nErdoğan then welcomed him with an official \
         ceremony at the Presidential Complex.",
        "ANKARA – Sheikh Mohammed bin Zayed Al Nahyan was received by President Recep Tayyip \
         Erdoğan with full military honours.",
    ] {
        let facts = extractor().extract(text, &published(2021, time::Month::November, 24));
        assert_sound(&facts);
        assert_eq!(
            events_of(&facts, EventKind::WelcomeCeremony).len(),
            1,
            "{:?}",
            facts.events
        );
        assert!(
            events_of(&facts, EventKind::Meeting).is_empty(),
            "{:?}",
            facts.events
        );
    }
}

#[test]
fn a_welcome_ceremony_of_a_visit_welcomes_its_guest_and_is_hosted_by_its_host() {
    // The guest named only as "the South African guest".
    let text = "NAIROBI - President Cyril Ramaphosa began a state visit to Kenya on Monday at the \
                invitation of President William Ruto.\n\
                President Ruto hosted an official welcome ceremony for the South African guest \
                at State House.";
    let facts = extractor().extract(text, &published(2023, time::Month::November, 20));
    assert_sound(&facts);
    assert_welcome(&facts, "Ramaphosa", "Ruto");
    // The host not named at the ceremony: the leader at whose invitation the visit is made.
    let text = "АСТАНА, 3 октября. Президент Узбекистана Шавкат Мирзиёев прибыл сегодня в Казахстан \
                с государственным визитом по приглашению Президента Казахстана Касым-Жомарта \
                Токаева.\n\
                В Акорде состоялась официальная церемония встречи высокого гостя.";
    let facts = extractor().extract(text, &published(2024, time::Month::October, 3));
    assert_sound(&facts);
    assert_welcome(&facts, "Мирзиёев", "Токаев");
}

#[test]
fn a_deputy_for_affairs_is_named_and_his_two_word_family_name_ends_the_next_name() {
    use diplokg::facts::{EventKind, RoleKind};
    let text = "مسقط-العمانية\n\
                وصل إلى مسقط اليوم نائب وزير الخارجية الإيراني للشؤون السياسية علي باقري كني في \
                زيارة رسمية.\n\
                واستقبل رئيس مجلس الشورى خالد المعولي باقري كني وبحث معه العلاقات الثنائية.";
    let facts = extractor().extract(text, &published(2023, time::Month::March, 5));
    assert_sound(&facts);
    // The deputy's title is no mention of the one Iranian the gazetteer gives another office.
    assert!(
        !facts.entities.iter().any(|e| e.name.contains("خامنئي")),
        "{:?}",
        facts.entities
    );
    let deputy = entity_named(&facts, "علي باقري كني");
    assert_role(
        &facts,
        &deputy,
        Some(RoleKind::Other),
        &id_of(&facts, "Q794"),
    );
    let speaker = entity_named(&facts, "خالد المعولي");
    let meeting = event_of(&facts, EventKind::Meeting);
    assert!(
        takes_part(meeting, &speaker) && takes_part(meeting, &deputy),
        "{:?}",
        facts.events
    );
}

#[test]
fn a_philippine_foreign_affairs_secretary_is_a_foreign_minister() {
    use diplokg::facts::{EventKind, RoleKind};
    let text = "MANILA - Philippine Foreign Affairs Secretary Theresa Lazaro met Japanese Foreign \
                Minister Takeshi Iwaya on Monday.";
    let facts = extractor().extract(text, &published(2025, time::Month::August, 4));
    assert_sound(&facts);
    let secretary = entity_named(&facts, "Theresa Lazaro");
    assert_role(
        &facts,
        &secretary,
        Some(RoleKind::ForeignMinister),
        &id_of(&facts, "Q928"),
    );
    assert!(takes_part(event_of(&facts, EventKind::Meeting), &secretary));
}

#[test]
fn a_long_unquoted_title_runs_to_its_last_capitalised_word() {
    let text = "ASTANA - The two presidents signed the Joint Declaration on the Further Deepening \
                of the Comprehensive Strategic Partnership between the Republic of Kazakhstan and \
                the Kyrgyz Republic on Tuesday.";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 21));
    assert_sound(&facts);
    let titles = agreement_titles(&facts);
    assert_eq!(
        titles,
        [
            "Joint Declaration on the Further Deepening of the Comprehensive Strategic Partnership \
          between the Republic of Kazakhstan and the Kyrgyz Republic"
        ]
    );
}

#[test]
fn states_sign_before_the_heads_of_state_who_then_make_press_statements() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "Tashkent, May 14, UzA\n\
                President Shavkat Mirziyoyev held talks with President Kassym-Jomart Tokayev on \
                Wednesday.\n\
                Uzbekistan and Kazakhstan also signed agreements on transport and water in the \
                presence of the heads of state.\n\
                The presidents then made press statements.";
    let facts = extractor().extract(text, &published(2025, time::Month::May, 14));
    assert_sound(&facts);
    let (uzbekistan, kazakhstan) = (id_of(&facts, "Q265"), id_of(&facts, "Q232"));
    let presidents = [
        entity_named(&facts, "Shavkat Mirziyoyev"),
        entity_named(&facts, "Kassym-Jomart Tokayev"),
    ];
    let signing = event_of(&facts, EventKind::Signing);
    assert!(
        takes_part(signing, &uzbekistan) && takes_part(signing, &kazakhstan),
        "{signing:?}"
    );
    for president in &presidents {
        assert!(
            takes_part_as(signing, president, ParticipantRole::Witness),
            "{signing:?}"
        );
        assert!(takes_part(
            event_of(&facts, EventKind::PressConference),
            president
        ));
    }
    // The title of what was signed ends before who witnessed it.
    let agreement = &facts.agreements[0];
    assert!(
        agreement
            .title
            .as_ref()
            .is_none_or(|t| !t.text.contains("presence")),
        "{agreement:?}"
    );
}

#[test]
fn who_invites_a_guest_to_visit_hosts_the_visit() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let texts = [
        "Tashkent, May 14, UzA\nPresident Shavkat Mirziyoyev held talks with President \
         Kassym-Jomart Tokayev.\nPresident Shavkat Mirziyoyev invited President Kassym-Jomart \
         Tokayev to pay a state visit to Uzbekistan next year.",
        "طشقند 14 مايو\nأجرى الرئيس شوكت ميرضيائيف مباحثات مع الرئيس قاسم جومارت توكاييف.\n\
         ووجه الرئيس شوكت ميرضيائيف الدعوة للرئيس قاسم جومارت توكاييف لزيارة أوزبكستان.",
    ];
    for text in texts {
        let facts = extractor().extract(text, &published(2025, time::Month::May, 14));
        assert_sound(&facts);
        let visit = facts
            .events
            .iter()
            .find(|e| matches!(e.kind, EventKind::StateVisit | EventKind::Visit))
            .expect("a visit");
        assert!(
            takes_part_as(visit, &id_of(&facts, "Q57808"), ParticipantRole::Host)
                && takes_part_as(visit, &id_of(&facts, "Q200881"), ParticipantRole::Guest),
            "{:?}",
            facts.events
        );
    }
}

#[test]
fn talks_that_follow_a_meeting_and_a_summit_named_again_have_their_attendees() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "ANKARA - President Recep Tayyip Erdoğan on Wednesday held a one-on-one meeting \
                with President Ilham Aliyev.\n\
                The meeting was followed by inter-delegation talks attended by Foreign Minister \
                Hakan Fidan.";
    let facts = extractor().extract(text, &published(2024, time::Month::June, 12));
    assert_sound(&facts);
    let fidan = entity_named(&facts, "Hakan Fidan");
    let talks = event_of(&facts, EventKind::Talks);
    assert!(takes_part(talks, &fidan), "{:?}", facts.events);
    assert!(!takes_part(event_of(&facts, EventKind::Meeting), &fidan));
    let text = "SEOUL - The leaders of South Korea, China and Japan held a trilateral summit in \
                Seoul on Monday.\n\
                The summit, chaired by the South Korean president, was attended by Foreign \
                Minister Cho Tae-yul.";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 27));
    assert_sound(&facts);
    let cho = entity_named(&facts, "Cho Tae-yul");
    assert!(
        takes_part_as(
            event_of(&facts, EventKind::Summit),
            &cho,
            ParticipantRole::Attendee
        ),
        "{:?}",
        facts.events
    );
}

#[test]
fn every_name_listed_before_were_present_attends() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "BEIJING, May 8 (Xinhua) -- Chinese President Xi Jinping held a video meeting with \
                Russian President Vladimir Putin on Monday.\n\
                Li Qiang, Ding Xuexiang and Wang Yi were present at the meeting in Beijing.";
    let facts = extractor().extract(text, &published(2023, time::Month::May, 8));
    assert_sound(&facts);
    let call = event_of(&facts, EventKind::VideoCall);
    assert_named_take_part_as(
        &facts,
        call,
        &["Li Qiang", "Ding Xuexiang", "Wang Yi"],
        ParticipantRole::Attendee,
    );
}

#[test]
fn an_arab_family_name_with_its_article_is_a_short_form_and_the_given_name_is_not() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "KUWAIT: Kuwaiti Finance Minister Noura Al-Fassam met Pakistani Finance Minister \
                Muhammad Aurangzeb on Monday, with Foreign Minister Abdullah Al-Yahya.\n\
                Prime Minister Sheikh Ahmad Abdullah later hosted a luncheon. An agreement on \
                the avoidance of double taxation was signed by Al-Fassam and Aurangzeb.";
    let facts = extractor().extract(text, &published(2025, time::Month::January, 15));
    assert_sound(&facts);
    let signing = event_of(&facts, EventKind::Signing);
    assert_named_take_part_as(
        &facts,
        signing,
        &["Noura Al-Fassam", "Muhammad Aurangzeb"],
        ParticipantRole::Signatory,
    );
    // "Ahmad Abdullah" is not Abdullah Al-Yahya.
    let yahya = entity_named(&facts, "Abdullah Al-Yahya");
    assert!(
        !takes_part(event_of(&facts, EventKind::Banquet), &yahya),
        "{:?}",
        facts.events
    );
}

#[test]
fn chinese_names_listed_beside_a_known_person_are_people() {
    use diplokg::facts::{EntityKind, EventKind, ParticipantRole};
    let text = "新华社伦敦6月17日电 国务院总理李强17日在伦敦出席欢迎仪式。\n\
                王毅、高虎城等参加上述活动。";
    let facts = extractor().extract(text, &published(2014, time::Month::June, 17));
    assert_sound(&facts);
    assert_eq!(named(&facts, "高虎城").kind, EntityKind::Person);
    let gao = entity_named(&facts, "高虎城");
    assert!(
        takes_part_as(
            event_of(&facts, EventKind::WelcomeCeremony),
            &gao,
            ParticipantRole::Attendee
        ),
        "{:?}",
        facts.events
    );
    // Countries listed with "、" stay countries.
    let facts = extractor().extract(
        "中国、俄罗斯、印度等国领导人出席峰会。",
        &published(2014, time::Month::June, 17),
    );
    assert!(
        facts.entities.iter().all(|e| e.kind != EntityKind::Person),
        "{:?}",
        facts.entities
    );
}

#[test]
fn attended_on_a_side_by_lists_attendees_whose_titles_name_their_portfolios() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "KUWAIT: Prime Minister Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah held official talks \
                with Pakistani Prime Minister Shehbaz Sharif yesterday, attended on the Kuwaiti \
                side by Minister of Interior Sheikh Fahad Yousef Saud Al-Sabah and Minister of \
                Amiri Diwan Affairs Sheikh Mohammad Abdullah Al-Mubarak Al-Sabah, and on the \
                Pakistani side by Finance Minister Muhammad Aurangzeb.\n\
                Sharif was later received by Sheikh Fahad Yousef.";
    let facts = extractor().extract(text, &published(2025, time::Month::January, 15));
    assert_sound(&facts);
    let talks = event_of(&facts, EventKind::Talks);
    assert_named_take_part_as(
        &facts,
        talks,
        &[
            "Fahad Yousef Saud Al-Sabah",
            "Mohammad Abdullah Al-Mubarak Al-Sabah",
            "Muhammad Aurangzeb",
        ],
        ParticipantRole::Attendee,
    );
    // "Sheikh Fahad Yousef": the given and the father's name after an honorific.
    let fahad = entity_named(&facts, "Fahad Yousef Saud Al-Sabah");
    assert!(
        facts
            .events
            .iter()
            .any(|e| e.kind == EventKind::Meeting && takes_part(e, &fahad)),
        "{:?}",
        facts.events
    );
}

#[test]
fn a_russian_object_pronoun_names_the_guest_received() {
    use diplokg::facts::EventKind;
    let text = "МОСКВА, 16 июня. Президент Алжира Абдельмаджид Теббун прибыл в Москву во вторник \
                с государственным визитом.\n\
                В среду его принял в Доме правительства премьер-министр Михаил Мишустин.\n\
                Последний раз российский лидер Владимир Путин посещал Алжир в марте 2006 года.";
    let facts = extractor().extract(text, &published(2023, time::Month::June, 16));
    assert_sound(&facts);
    let meeting = event_of(&facts, EventKind::Meeting);
    let tebboune = entity_named(&facts, "Абдельмаджид Теббун");
    assert!(takes_part(meeting, &tebboune), "{meeting:?}");
    assert!(
        facts.events.iter().all(|e| e.kind != EventKind::Adoption),
        "{:?}",
        facts.events
    );
    // "посещал" (imperfective past) is a visit too.
    let putin = entity_named(&facts, "Владимир Путин");
    assert!(
        facts
            .events
            .iter()
            .any(|e| e.kind == EventKind::Visit && takes_part(e, &putin)),
        "{:?}",
        facts.events
    );
}

#[test]
fn al_amir_before_a_name_of_lineage_is_no_emir() {
    use diplokg::facts::RoleKind;
    let text = "عمان - رؤيا\nوكان جلالة الملك عبدالله الثاني وسمو الأمير الحسين بن عبدالله الثاني، \
                ولي العهد، في مقدمة مستقبلي الرئيس الإندونيسي برابوو سوبيانتو.";
    let facts = extractor().extract(text, &published(2025, time::Month::April, 14));
    assert_sound(&facts);
    assert!(
        facts.roles.iter().all(|r| r.role != RoleKind::Monarch
            || named(&facts, "عبد الله الثاني").id == r.person),
        "{:?}",
        facts.roles
    );
}

#[test]
fn the_guest_told_before_a_ceremony_the_day_before_yesterday_and_honoured_names_of_lineage() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "مسقط - العمانية\nاستقبل حضرة صاحب الجلالة السلطان هيثم بن طارق اليوم الرئيس الإيراني \
                مسعود بزشكيان الذي يقوم بزيارة دولة إلى سلطنة عمان.\n\
                وجرت لضيف البلاد مراسم استقبال رسمية لدى وصوله إلى قصر العلم، حيث كان جلالة السلطان \
                في مقدمة مستقبليه.\n\
                وكان الرئيس الإيراني قد وصل إلى مسقط مساء أمس الأول، وأقام صاحب السمو السيد شهاب بن \
                طارق آل سعيد مأدبة عشاء تكريما للضيف.";
    let facts = extractor().extract(text, &published(2024, time::Month::December, 10));
    assert_sound(&facts);
    // "لضيف البلاد" before the ceremony is the visitor: the sultan named after it receives him,
    // and the visitor is who arrives "لدى وصوله".
    assert_welcome(&facts, "بزشكيان", "هيثم");
    let pezeshkian = entity_named(&facts, "مسعود بزشكيان");
    for arrival in events_of(&facts, EventKind::Arrival) {
        assert_eq!(arrival.participants.len(), 1, "{:?}", arrival.participants);
        assert!(takes_part_as(arrival, &pezeshkian, ParticipantRole::Guest));
    }
    // "مساء أمس الأول" is two days before the news.
    assert!(
        events_of(&facts, EventKind::Arrival)
            .iter()
            .any(|e| e.date.as_ref().is_some_and(|d| d.value == "2024-12-08")),
        "{:?}",
        facts.events
    );
    // A name of lineage after honorifics is a person, with no title beside it.
    let banquet = event_of(&facts, EventKind::Banquet);
    assert_named_take_part_as(
        &facts,
        banquet,
        &["شهاب بن طارق آل سعيد"],
        ParticipantRole::Host,
    );
    let english = extractor().extract(
        "LONDON (Reuters) - The Iraqi foreign minister arrived in London the day before yesterday.",
        &published(2024, time::Month::December, 10),
    );
    let arrival = event_of(&english, EventKind::Arrival);
    assert_eq!(
        arrival.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-12-08")
    );
}

#[test]
fn who_attended_the_audience_after_a_visit_told_with_it_and_names_listed_before_titles() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "الرياض - واس\nاستقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد اليوم الرئيس \
                الأوكراني فولوديمير زيلينسكي الذي يقوم بزيارة رسمية للمملكة.\n\
                حضر المقابلة فيصل بن فرحان وزير الخارجية، ورستم عمروف وزير الدفاع الأوكراني.";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 11));
    assert_sound(&facts);
    // The visit told after the audience is no place to attend; "يصل" (arrives) inside "فيصل"
    // is no event word; "، ورستم عمروف" before a title is a name.
    let meeting = event_of(&facts, EventKind::Meeting);
    assert_named_take_part_as(
        &facts,
        meeting,
        &["فيصل بن فرحان", "رستم عمروف"],
        ParticipantRole::Attendee,
    );
    assert!(
        events_of(&facts, EventKind::Arrival).is_empty(),
        "{:?}",
        facts.events
    );
}

#[test]
fn several_named_before_a_verb_told_separately_each_meet_the_one_after_it() {
    use diplokg::facts::EventKind;
    let texts = [
        "新华社北京1月24日电 当天上午，国务院总理李强、全国人大常委会委员长赵乐际分别在人民大会堂\
         会见乌兹别克斯坦总统米尔济约耶夫。",
        "BEIJING, Jan. 24 (Xinhua) -- Chinese Premier Li Qiang and top legislator Zhao Leji \
         separately met Uzbek President Shavkat Mirziyoyev in Beijing on Wednesday.",
    ];
    for text in texts {
        let facts = extractor().extract(text, &published(2024, time::Month::January, 25));
        assert_sound(&facts);
        let meetings = events_of(&facts, EventKind::Meeting);
        assert_eq!(meetings.len(), 2, "{meetings:?}");
        let guest = id_of(&facts, "Q57808");
        for meeting in meetings {
            assert_eq!(meeting.participants.len(), 2, "{:?}", meeting.participants);
            assert!(takes_part(meeting, &guest), "{:?}", meeting.participants);
        }
    }
}

#[test]
fn the_subject_before_an_inserted_clause_acts_with_the_verb_after_it() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "ХАНОЙ, 20 июня. /ТАСС/. Президент России Владимир Путин, прибывший во Вьетнам с \
                государственным визитом, подписал в четверг с Генеральным секретарем ЦК КПВ То Ламом \
                Договор о всеобъемлющем стратегическом партнерстве.";
    let facts = extractor().extract(text, &published(2024, time::Month::June, 20));
    assert_sound(&facts);
    let signing = event_of(&facts, EventKind::Signing);
    assert!(
        takes_part_as(signing, &id_of(&facts, "Q7747"), ParticipantRole::Signatory),
        "{:?}",
        signing.participants
    );
    let treaty = agreement_of(&facts, diplokg::facts::AgreementKind::Treaty);
    assert!(
        treaty.parties.contains(&id_of(&facts, "Q159")),
        "{:?}",
        treaty.parties
    );
}

#[test]
fn chinese_aides_attend_a_call_titles_under_titles_and_hoped_visits() {
    use diplokg::facts::{EventKind, EventStatus, RoleKind};
    let text = "国家主席习近平昨天同德国总理朔尔茨通电话。\
                朔尔茨表示，德方期待习近平主席明年对德国进行国事访问。\
                同日，国务院总理李强会见了德国总理外事顾问普尔特纳。\
                王毅参加了上述活动。";
    let facts = extractor().extract(text, &published(2024, time::Month::March, 2));
    assert_sound(&facts);
    let wang = facts
        .entities
        .iter()
        .find(|e| e.name == "王毅")
        .expect("Wang Yi");
    let call = event_of(&facts, EventKind::PhoneCall);
    assert!(takes_part(call, &wang.id), "{call:?}");
    let visit = event_of(&facts, EventKind::StateVisit);
    assert_eq!(visit.status, EventStatus::Planned, "{visit:?}");
    let germany = id_of(&facts, "Q183");
    let adviser = role_where(&facts, "adviser", |r| r.role == RoleKind::Other);
    assert_eq!(adviser.of.as_deref(), Some(germany.as_str()), "{adviser:?}");
    assert!(
        facts
            .roles
            .iter()
            .all(|r| r.person != adviser.person || r.role == RoleKind::Other),
        "{:?}",
        facts.roles
    );
}

#[test]
fn a_summit_with_another_ordinal_is_another_summit_hosted_by_its_capitals_country() {
    use diplokg::facts::{EventKind, EventStatus};
    let text = "الكويت 19 مايو 2023 (كونا) - شارك سمو ولي العهد اليوم في القمة العربية الـ32 في \
                جدة، وألقى كلمة في الجلسة الأولى للقمة.\n\
                ومن المقرر أن تستضيف العاصمة البحرينية المنامة القمة العربية الـ33 العام \
                المقبل.";
    let facts = extractor().extract(text, &published(2023, time::Month::May, 19));
    assert_sound(&facts);
    let summits = events_of(&facts, EventKind::Summit);
    assert_eq!(summits.len(), 2, "{summits:?}");
    assert_eq!(summits[0].ordinal, Some(32), "{summits:?}");
    let next = summits[1];
    assert_eq!(next.status, EventStatus::Planned, "{next:?}");
    let bahrain = id_of(&facts, "Q398");
    assert!(takes_part(next, &bahrain), "{next:?}");

    let text = "Chinese President Xi Jinping arrived in Kazan to attend the 16th BRICS summit. \
                This is the first BRICS summit since the expansion of the group.";
    let facts = extractor().extract(text, &published(2024, time::Month::October, 22));
    assert_sound(&facts);
    assert_eq!(
        events_of(&facts, EventKind::Summit).len(),
        1,
        "{:?}",
        facts.events
    );
}

#[test]
fn a_day_in_a_relative_clause_does_not_move_the_news_day() {
    use diplokg::facts::EventKind;
    let text = "UNITED NATIONS (AP) — The U.N. Security Council on Friday approved a resolution on \
                Haiti.\n\
                Haiti's Foreign Minister, who arrived in New York on Tuesday, told the council \
                the vote mattered.\n\
                Speaking before the vote, Russia's U.N. Ambassador Vassily Nebenzia criticised \
                the text.";
    let facts = extractor().extract(text, &published(2024, time::Month::July, 12));
    assert_sound(&facts);
    let speech = event_of(&facts, EventKind::Speech);
    assert_eq!(
        speech.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-07-12"),
        "{speech:?}"
    );
}

#[test]
fn parties_after_between_the_principals_so_far_and_attendees_of_the_session() {
    use diplokg::facts::{AgreementKind, EventKind};
    // An Arabic prime minister's title without the article, a document "between the two
    // countries" told before a second call with someone else, and "حضر الجلسة".
    let text = "أبوظبي في 9 يناير / وام / تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة \
                اتصالا هاتفيا اليوم من دولة شهباز شريف رئيس وزراء جمهورية باكستان الإسلامية.\n\
                وبحث الجانبان متابعة تنفيذ اتفاقية التجارة الحرة بين البلدين.\n\
                من جهة أخرى، تلقى سموه اتصالا هاتفيا من الرئيس المصري عبد الفتاح السيسي.";
    let facts = extractor().extract(text, &published(2025, time::Month::January, 9));
    assert_sound(&facts);
    let (uae, pakistan) = (id_of(&facts, "Q878"), id_of(&facts, "Q843"));
    let sharif = role_where(&facts, "prime minister", |r| {
        r.role == diplokg::facts::RoleKind::PrimeMinister
    });
    assert_eq!(sharif.of.as_deref(), Some(pakistan.as_str()), "{sharif:?}");
    let trade = agreement_of(&facts, AgreementKind::Agreement);
    let mut parties = trade.parties.clone();
    parties.sort();
    let mut expected = vec![uae, pakistan];
    expected.sort();
    assert_eq!(parties, expected, "{trade:?}");

    // Parties named after "between" a lower-case title; people who attend "the session".
    let text = "AMMAN, May 3 (Petra) - The two sides signed a memorandum of understanding on \
                water management between Jordan and Egypt on Sunday.";
    let facts = extractor().extract(text, &published(2022, time::Month::May, 3));
    assert_sound(&facts);
    let memorandum = agreement_of(&facts, AgreementKind::Memorandum);
    assert_eq!(memorandum.parties.len(), 2, "{memorandum:?}");
    assert!(memorandum.parties.contains(&id_of(&facts, "Q810")));

    let text = "القاهرة 2 مارس (أ ش أ) - عقد الرئيس عبد الفتاح السيسي والعاهل الأردني الملك \
                عبدالله الثاني اليوم جلسة مباحثات في قصر الاتحادية.\n\
                حضر الجلسة وزير الخارجية سامح شكري ونظيره الأردني أيمن الصفدي.";
    let facts = extractor().extract(text, &published(2021, time::Month::March, 2));
    assert_sound(&facts);
    let talks = event_of(&facts, EventKind::Talks);
    assert_eq!(talks.participants.len(), 4, "{talks:?}");
}

#[test]
fn a_summit_chaired_on_behalf_of_a_king_and_names_with_their_lineage() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "الدوحة في 10 ديسمبر /قنا/ شاركت دولة الكويت اليوم في القمة الخليجية، حيث ترأس \
                وفد الكويت صاحب السمو الشيخ صباح خالد الحمد الصباح نائب رئيس مجلس الوزراء.\n\
                وترأس القمة حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، نيابة عن \
                جلالة الملك عبدالله الثاني.";
    let facts = extractor().extract(text, &published(2024, time::Month::December, 10));
    assert_sound(&facts);
    let deputy = role_where(&facts, "deputy prime minister", |r| {
        r.role == diplokg::facts::RoleKind::DeputyPrimeMinister
    });
    let named = |part: &str| {
        facts
            .entities
            .iter()
            .find(|e| e.name.contains(part))
            .unwrap_or_else(|| panic!("no {part} in {:?}", facts.entities))
            .id
            .clone()
    };
    assert_eq!(named("صباح خالد"), deputy.person, "{:?}", facts.entities);
    let summit = event_of(&facts, EventKind::Summit);
    let tamim = named("تميم");
    assert!(
        summit
            .participants
            .iter()
            .any(|p| p.entity == tamim && p.role == ParticipantRole::Chair),
        "{summit:?}"
    );
    let king = named("الثاني");
    assert!(
        summit.participants.iter().all(|p| p.entity != king),
        "{summit:?}"
    );

    // What the speaker says of "the leaders" is not who held the press conference.
    let text = "KUALA LUMPUR, Oct 27 (Bernama) -- Malaysian Prime Minister Anwar Ibrahim and \
                Indonesian President Prabowo Subianto held talks on Monday.\n\
                Speaking at a press conference after the talks, Anwar said the leaders had \
                agreed to expand trade.";
    let facts = extractor().extract(text, &published(2025, time::Month::October, 27));
    assert_sound(&facts);
    let press = event_of(&facts, EventKind::PressConference);
    assert_eq!(press.participants.len(), 1, "{press:?}");
}

#[test]
fn a_named_declaration_adopted_at_a_bodys_summit_is_the_bodys() {
    use diplokg::facts::EventKind;
    // The headline's shorter title is the body's document; a subtitle follows a colon.
    let text = "SCO adopts Astana Declaration\n\n\
                ASTANA, July 4 (Kazinform) -- The leaders of the Shanghai Cooperation \
                Organisation today adopted the Astana Declaration on Regional Security: A \
                Shared Future at the 24th SCO Summit.";
    let facts = extractor().extract(text, &published(2024, time::Month::July, 4));
    assert_sound(&facts);
    assert_eq!(facts.agreements.len(), 1, "{:?}", facts.agreements);
    let declaration = &facts.agreements[0];
    assert_eq!(
        declaration.title.as_ref().map(|t| t.text.as_str()),
        Some("Astana Declaration on Regional Security: A Shared Future"),
        "{declaration:?}"
    );
    assert_eq!(declaration.parties, vec![id_of(&facts, "Q485207")]);

    // "الحادية والأربعين": a compound Arabic ordinal.
    let text = "الرياض في 10 ديسمبر /واس/ انطلقت اليوم أعمال القمة الحادية والأربعين لمجلس \
                التعاون لدول الخليج العربية.";
    let facts = extractor().extract(text, &published(2024, time::Month::December, 10));
    assert_sound(&facts);
    assert_eq!(event_of(&facts, EventKind::Summit).ordinal, Some(41));
}

#[test]
fn talks_followed_by_talks_and_the_prime_minister_in_lower_case() {
    use diplokg::facts::EventKind;
    let text = "Sharif, Erdogan hold talks\n\n\
                ISLAMABAD, Feb 13 (APP): Prime Minister Shehbaz Sharif and President Recep \
                Tayyip Erdogan on Thursday held a restricted meeting, followed by \
                delegation-level talks on trade.\n\
                The talks were attended by Deputy Prime Minister and Foreign Minister Ishaq Dar, \
                Turkish Foreign Minister Hakan Fidan and Defence Minister Yasar Guler.\n\
                Erdogan arrived at Nur Khan Airbase on Wednesday, where he was received by the \
                prime minister.";
    let facts = extractor().extract(text, &published(2025, time::Month::February, 13));
    assert_sound(&facts);
    let talks = event_of(&facts, EventKind::Talks);
    assert_eq!(talks.participants.len(), 5, "{talks:?}");
    assert_eq!(
        events_of(&facts, EventKind::Meeting).len(),
        1,
        "{:?}",
        facts.events
    );
    let reception = event_of(&facts, EventKind::WelcomeCeremony);
    let sharif = facts
        .entities
        .iter()
        .find(|e| e.name.contains("Sharif"))
        .map(|e| e.id.clone());
    assert!(
        reception
            .participants
            .iter()
            .any(|p| Some(&p.entity) == sharif.as_ref()),
        "{reception:?}"
    );
}

#[test]
fn a_titled_document_before_its_passive_adoption_is_the_one_adopted() {
    use diplokg::facts::EventKind;
    let text = "Council renews mission\n\n\
                UNITED NATIONS (AA) - The UN Security Council on Tuesday adopted a resolution \
                renewing the mandate of its mission in Yemen.\n\
                Resolution 2801, which extends the mandate for a year, was adopted with 13 \
                votes in favor.";
    let facts = extractor().extract(text, &published(2025, time::Month::July, 8));
    assert_sound(&facts);
    assert_eq!(
        events_of(&facts, EventKind::Adoption).len(),
        1,
        "{:?}",
        facts.events
    );
    let resolution = facts
        .agreements
        .iter()
        .find(|a| a.title.is_some())
        .unwrap_or_else(|| panic!("no titled resolution in {:?}", facts.agreements));
    assert_eq!(resolution.parties, vec![id_of(&facts, "Q37470")]);
}

#[test]
fn a_chinese_title_without_book_marks_runs_back_to_its_verb() {
    let text = "王毅同越南外长会谈\n\n\
                新华社河内3月5日电 在两国总理见证下，王毅同越南外长签署中华人民共和国政府和越南\
                社会主义共和国政府关于边境口岸管理的协定。";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 5));
    assert_sound(&facts);
    let titles = agreement_titles(&facts);
    assert_eq!(
        titles,
        vec!["中华人民共和国政府和越南社会主义共和国政府关于边境口岸管理的协定"]
    );
}

#[test]
fn chinese_names_repeat_and_titles_joined_by_jian_are_one_persons() {
    use diplokg::facts::{EventKind, RoleKind};
    let text = "王毅会见越南总理\n\n\
                新华社河内3月5日电 越南总理范明政5日在河内会见王毅。\n\
                会见后，在范明政见证下，王毅同越南副总理兼外长裴青山签署合作文件。\n\
                两国外长战略对话当天举行。";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 5));
    assert_sound(&facts);
    let person = |name: &str| {
        facts
            .entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name} in {:?}", facts.entities))
            .id
            .clone()
    };
    let signing = event_of(&facts, EventKind::Signing);
    let chinh = person("范明政");
    assert!(takes_part(signing, &chinh), "{signing:?}");
    let son = person("裴青山");
    let roles: Vec<RoleKind> = facts
        .roles
        .iter()
        .filter(|r| r.person == son)
        .map(|r| r.role)
        .collect();
    assert!(roles.contains(&RoleKind::DeputyPrimeMinister), "{roles:?}");
    assert!(roles.contains(&RoleKind::ForeignMinister), "{roles:?}");
    assert!(
        facts.entities.iter().all(|e| e.name != "战略"),
        "{:?}",
        facts.entities
    );
}

#[test]
fn malay_honorifics_stay_outside_names_and_addressing_is_a_speech() {
    use diplokg::facts::EventKind;
    let text = "Anwar meets Prabowo\n\n\
                KUALA LUMPUR, Oct 27 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim \
                chaired the 47th ASEAN Summit today.\n\
                Earlier this morning, Anwar held a bilateral meeting with Indonesian President \
                Prabowo Subianto.\n\
                Addressing the summit, Prabowo called for closer trade ties.";
    let facts = extractor().extract(text, &published(2025, time::Month::October, 27));
    assert_sound(&facts);
    let anwar = named(&facts, "Anwar Ibrahim");
    let meeting = event_of(&facts, EventKind::Meeting);
    assert!(takes_part(meeting, &anwar.id), "{meeting:?}");
    assert_eq!(
        events_of(&facts, EventKind::Speech).len(),
        1,
        "{:?}",
        facts.events
    );
}

#[test]
fn what_is_announced_that_is_said_not_done() {
    use diplokg::facts::EventKind;
    let text = "Leaders meet in Ankara\n\n\
                ANKARA, Feb 13 (AA) - President Recep Tayyip Erdogan announced that the next \
                meeting would be held in Islamabad next year.\n\
                Erdogan announced a new trade target on Thursday.";
    let facts = extractor().extract(text, &published(2025, time::Month::February, 13));
    assert_sound(&facts);
    let announcements = events_of(&facts, EventKind::Announcement);
    assert_eq!(announcements.len(), 1, "{announcements:?}");
    assert_eq!(
        announcements[0].date.as_ref().map(|d| d.value.as_str()),
        Some("2025-02-13"),
        "{announcements:?}"
    );
}

/// The id of the entity with exactly this name.
fn entity_named(facts: &Facts, name: &str) -> String {
    named(facts, name).id.clone()
}

/// The entity of this name; fails, with the entities found, if there is none.
fn named<'f>(facts: &'f Facts, name: &str) -> &'f diplokg::facts::Entity {
    first_where(&facts.entities, name, |e| e.name == name)
}

/// The names of the first welcome ceremony's guests and hosts.
fn welcome_guests_and_hosts(facts: &Facts) -> (Vec<String>, Vec<String>) {
    use diplokg::facts::{EventKind, ParticipantRole};
    let part = |role| names_as(facts, EventKind::WelcomeCeremony, Some(role));
    (part(ParticipantRole::Guest), part(ParticipantRole::Host))
}

/// Asserts that the welcome ceremony has one guest and one host, whose names hold these words.
fn assert_welcome(facts: &Facts, guest: &str, host: &str) {
    let (guests, hosts) = welcome_guests_and_hosts(facts);
    assert!(
        guests.len() == 1 && guests[0].contains(guest),
        "{:?}",
        facts.events
    );
    assert!(
        hosts.len() == 1 && hosts[0].contains(host),
        "{:?}",
        facts.events
    );
}

/// Whether an event has this entity, in any part.
fn takes_part(event: &diplokg::facts::Event, entity: &str) -> bool {
    event.participants.iter().any(|p| p.entity == entity)
}

/// Asserts that each person of these names takes part in `event` in this role.
fn assert_named_take_part_as(
    facts: &Facts,
    event: &diplokg::facts::Event,
    names: &[&str],
    role: diplokg::facts::ParticipantRole,
) {
    for name in names {
        assert!(
            takes_part_as(event, &entity_named(facts, name), role),
            "{name}: {event:?}"
        );
    }
}

/// Whether an event has this entity in this part.
fn takes_part_as(
    event: &diplokg::facts::Event,
    entity: &str,
    role: diplokg::facts::ParticipantRole,
) -> bool {
    event
        .participants
        .iter()
        .any(|p| p.entity == entity && p.role == role)
}

#[test]
fn a_joined_verb_has_its_own_people_and_a_visit_told_as_over_holds_nothing() {
    use diplokg::facts::EventKind;
    let text = "CAIRO, Feb 6 (MENA) - Egyptian Foreign Minister Sameh Shoukry held talks with his \
                Jordanian counterpart Ayman Safadi in Cairo on Monday and met with Arab League \
                Secretary-General Ahmed Aboul Gheit.";
    let facts = extractor().extract(text, &published(2023, time::Month::February, 6));
    assert_sound(&facts);
    let talks = names_as(&facts, EventKind::Talks, None);
    assert!(talks.iter().any(|n| n == "Ayman Safadi"), "{talks:?}");
    assert!(talks.iter().all(|n| n != "Ahmed Aboul Gheit"), "{talks:?}");
    let meeting = names_as(&facts, EventKind::Meeting, None);
    assert!(meeting.iter().any(|n| n == "Sameh Shoukry"), "{meeting:?}");
    assert!(
        meeting.iter().any(|n| n == "Ahmed Aboul Gheit"),
        "{meeting:?}"
    );
    assert!(meeting.iter().all(|n| n != "Ayman Safadi"), "{meeting:?}");

    // Talks after a visit told as over are not part of it; talks during it are.
    for (text, during) in [
        (
            "TOKYO, Sept 9 (Kyodo) - After his official visit to Indonesia, Japanese Prime \
             Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese in \
             Canberra on Saturday.",
            false,
        ),
        (
            "TOKYO, Sept 9 (Kyodo) - During his official visit to Indonesia, Japanese Prime \
             Minister Fumio Kishida held talks with Indonesian President Joko Widodo in Jakarta \
             on Saturday.",
            true,
        ),
    ] {
        let facts = extractor().extract(text, &published(2023, time::Month::September, 9));
        assert_sound(&facts);
        let visit = event_of(&facts, EventKind::OfficialVisit);
        let talks = event_of(&facts, EventKind::Talks);
        assert_eq!(
            talks.parent.as_deref() == Some(visit.id.as_str()),
            during,
            "{text}: {talks:?}"
        );
    }
}

#[test]
fn a_general_debate_is_a_conference_and_a_roundtable_a_meeting() {
    use diplokg::facts::EventKind;
    let text = "NEW YORK, Sept 21 (APP) - Pakistani Prime Minister Anwaar-ul-Haq Kakar on \
                Thursday took part in the general debate of the UN General Assembly.";
    let facts = extractor().extract(text, &published(2023, time::Month::September, 21));
    assert_sound(&facts);
    let debate = names_as(&facts, EventKind::Conference, None);
    assert!(
        debate.iter().any(|n| n == "Anwaar-ul-Haq Kakar"),
        "{debate:?}"
    );

    let text = "新华社联合国9月22日电 国务院副总理丁薛祥22日出席第七十八届联合国大会一般性辩论。";
    let facts = extractor().extract(text, &published(2023, time::Month::September, 22));
    assert_sound(&facts);
    let debate = event_of(&facts, EventKind::Conference);
    assert_eq!(
        debate.date.as_ref().map(|d| d.value.as_str()),
        Some("2023-09-22"),
        "{debate:?}"
    );
    assert!(
        debate
            .participants
            .iter()
            .any(|p| p.entity == entity_named(&facts, "丁薛祥")),
        "{debate:?}"
    );

    let text = "МОСКВА, 14 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров в четверг \
                принял участие в круглом столе, посвященном Арктике.";
    let facts = extractor().extract(text, &published(2024, time::Month::March, 14));
    assert_sound(&facts);
    let roundtable = names_as(&facts, EventKind::Meeting, None);
    assert_eq!(roundtable, vec!["Сергей Лавров".to_owned()]);
}

#[test]
fn who_reports_a_meeting_of_others_is_not_in_it_and_the_sidelines_date_it() {
    use diplokg::facts::{EventKind, EventStatus};
    let text = "MOSCOW, June 20 (AP) - Kremlin foreign policy aide Yuri Ushakov said that Russian \
                President Vladimir Putin will meet Turkish President Recep Tayyip Erdogan on the \
                sidelines of the SCO summit in Astana on July 4.";
    let facts = extractor().extract(text, &published(2024, time::Month::June, 20));
    assert_sound(&facts);
    let meeting = event_of(&facts, EventKind::Meeting);
    assert_eq!(meeting.status, EventStatus::Planned, "{meeting:?}");
    assert_eq!(
        meeting.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-07-04"),
        "{meeting:?}"
    );
    let mut people: Vec<&str> = meeting
        .participants
        .iter()
        .map(|p| p.entity.as_str())
        .collect();
    people.sort_unstable();
    let mut expected = vec![id_of(&facts, "Q7747"), id_of(&facts, "Q39259")];
    expected.sort();
    assert_eq!(people, expected, "{meeting:?}");

    // Who says what he will do himself is still in it.
    let text = "MOSCOW, June 20 (AP) - Russian Foreign Minister Sergey Lavrov said that he would \
                hold talks in Ankara at the end of July.";
    let facts = extractor().extract(text, &published(2024, time::Month::June, 20));
    assert_sound(&facts);
    let talks = names_as(&facts, EventKind::Talks, None);
    assert_eq!(talks, vec!["Sergey Lavrov".to_owned()]);
}

#[test]
fn a_month_after_a_part_of_it_is_a_date() {
    use diplokg::facts::{EventKind, EventStatus};
    let cases = [
        (
            "NAIROBI, Sept 20 (Reuters) - Kenyan President William Ruto paid a state visit to \
             Germany at the end of August, the presidency said.",
            published(2024, time::Month::September, 20),
            EventKind::StateVisit,
            "2024-08",
            EventStatus::Happened,
        ),
        (
            "الرياض في 5 سبتمبر /واس/ زار الرئيس الفرنسي إيمانويل ماكرون المملكة العربية \
             السعودية أواخر أغسطس.",
            published(2024, time::Month::September, 5),
            EventKind::Visit,
            "2024-08",
            EventStatus::Happened,
        ),
        (
            "МОСКВА, 3 марта. /ТАСС/. Президент России Владимир Путин посетит Казахстан с \
             государственным визитом в начале мая.",
            published(2024, time::Month::March, 3),
            EventKind::StateVisit,
            "2024-05",
            EventStatus::Planned,
        ),
    ];
    for (text, options, kind, month, status) in cases {
        let facts = extractor().extract(text, &options);
        assert_sound(&facts);
        let visit = event_of(&facts, kind);
        assert_eq!(
            visit.date.as_ref().map(|d| d.value.as_str()),
            Some(month),
            "{text}: {visit:?}"
        );
        assert_eq!(visit.status, status, "{text}: {visit:?}");
    }
}

#[test]
fn a_short_name_by_its_title_a_bracketed_abbreviation_and_a_hyphenated_given_name() {
    use diplokg::facts::{EventKind, RoleKind};
    let text = "HANOI, June 23 (VNA) - President of the Republic of Korea (RoK) Yoon Suk Yeol held \
                talks with Vietnamese President Nguyen Xuan Phuc in Hanoi on Friday.\n\
                President Phuc said the two countries would expand trade.";
    let facts = extractor().extract(text, &published(2023, time::Month::June, 23));
    assert_sound(&facts);
    let korea = id_of(&facts, "Q884");
    let yoon = entity_named(&facts, "Yoon Suk Yeol");
    assert_role(&facts, &yoon, Some(RoleKind::President), &korea);
    let phuc = facts
        .entities
        .iter()
        .find(|e| e.name == "Nguyen Xuan Phuc")
        .unwrap_or_else(|| panic!("no Phuc in {:?}", facts.entities));
    assert_eq!(phuc.mentions.len(), 2, "{phuc:?}");
    assert!(
        facts.entities.iter().all(|e| e.name != "Phuc"),
        "{:?}",
        facts.entities
    );
    let talks = event_of(&facts, EventKind::Talks);
    assert!(takes_part(talks, &yoon), "{talks:?}");

    // Two people go by "Phuc": the one by title stays apart.
    let text = "HANOI, June 23 (VNA) - Vietnamese President Nguyen Xuan Phuc and Deputy Foreign \
                Minister Tran Van Phuc met Laotian President Thongloun Sisoulith in Hanoi on \
                Friday.\n\
                President Phuc said the two countries would expand trade.";
    let facts = extractor().extract(text, &published(2023, time::Month::June, 23));
    assert_sound(&facts);
    for name in ["Nguyen Xuan Phuc", "Tran Van Phuc"] {
        let person = facts.entities.iter().find(|e| e.name == name);
        assert_eq!(person.map(|p| p.mentions.len()), Some(1), "{person:?}");
    }

    let text = "SEOUL, June 23 (Yonhap) - South Korean President Moon Jae-in held talks with \
                Mongolian President Ukhnaagiin Khurelsukh in Seoul on Friday.";
    let facts = extractor().extract(text, &published(2023, time::Month::June, 23));
    assert_sound(&facts);
    let moon = entity_named(&facts, "Moon Jae-in");
    assert_role(&facts, &moon, None, &id_of(&facts, "Q884"));
    assert!(
        event_of(&facts, EventKind::Talks)
            .participants
            .iter()
            .any(|p| p.entity == moon),
        "{:?}",
        facts.events
    );
}

#[test]
fn a_joint_press_conference_after_the_talks_takes_their_actors_not_their_attendees() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "KUALA LUMPUR, Nov 5 (Bernama) - Malaysian Prime Minister Anwar Ibrahim held talks \
                with Japanese Prime Minister Fumio Kishida at Seri Perdana on Sunday.\n\
                The talks were attended by Foreign Minister Zambry Abdul Kadir and Japanese \
                Foreign Minister Yoko Kamikawa.\n\
                After the talks, Anwar held a joint press conference.";
    let facts = extractor().extract(text, &published(2023, time::Month::November, 5));
    assert_sound(&facts);
    let talks = event_of(&facts, EventKind::Talks);
    let kamikawa = entity_named(&facts, "Yoko Kamikawa");
    assert!(
        takes_part_as(talks, &kamikawa, ParticipantRole::Attendee),
        "{talks:?}"
    );
    let mut press = names_as(&facts, EventKind::PressConference, None);
    press.sort();
    assert_eq!(
        press,
        vec!["Anwar Ibrahim", "Fumio Kishida"],
        "{:?}",
        facts.events
    );
}

#[test]
fn kinds_listed_after_including_belong_to_the_batch_and_joined_qualifiers_still_count() {
    use diplokg::facts::AgreementKind;
    let text = "ASTANA, Oct 2 (Kazinform) - Kazakh President Kassym-Jomart Tokayev and Uzbek \
                President Shavkat Mirziyoyev held talks in Astana on Monday. The two sides signed \
                14 cooperation documents, including agreements, memoranda of understanding and a \
                roadmap.\n\
                The foreign ministers also signed a memorandum of understanding on consular \
                cooperation.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 2));
    assert_sound(&facts);
    assert_eq!(facts.agreements.len(), 2, "{:?}", facts.agreements);
    assert!(
        facts.agreements.iter().any(|a| a.count == Some(14)),
        "{:?}",
        facts.agreements
    );
    assert_eq!(
        agreement_titles(&facts),
        vec!["memorandum of understanding on consular cooperation"]
    );

    let text = "ТАШКЕНТ, 27 мая. /ТАСС/. Президент России Владимир Путин и президент Узбекистана \
                Шавкат Мирзиёев провели переговоры в Ташкенте. По итогам переговоров в \
                присутствии лидеров был подписан пакет из 16 межправительственных и \
                межведомственных документов.";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 27));
    assert_sound(&facts);
    let batch = facts
        .agreements
        .iter()
        .find(|a| a.count == Some(16))
        .unwrap_or_else(|| panic!("no batch of 16 in {:?}", facts.agreements));
    assert_eq!(batch.kind, AgreementKind::CooperationDocument, "{batch:?}");
    assert!(batch.parties.contains(&id_of(&facts, "Q265")), "{batch:?}");
}

#[test]
fn a_chinese_modifier_names_who_visits_and_the_two_presidents_are_the_pair_before_the_summit() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "新华社北京5月17日电 国家主席习近平17日在人民大会堂同来华进行国事访问并出席中国－\
                中亚峰会的托卡耶夫总统举行会谈。";
    let facts = extractor().extract(text, &published(2023, time::Month::May, 17));
    assert_sound(&facts);
    let xi = id_of(&facts, "Q15031");
    let tokayev = entity_named(&facts, "卡瑟姆-若马尔特·托卡耶夫");
    let visit = event_of(&facts, EventKind::StateVisit);
    assert!(
        takes_part_as(visit, &tokayev, ParticipantRole::Guest),
        "{visit:?}"
    );
    assert!(
        visit.participants.iter().all(|p| p.entity != xi),
        "{visit:?}"
    );
    let talks = event_of(&facts, EventKind::Talks);
    for person in [&xi, &tokayev] {
        assert!(
            talks.participants.iter().any(|p| &p.entity == person),
            "{talks:?}"
        );
    }

    let text = "ASTANA, July 3 (AP) - Chinese President Xi Jinping held talks with Russian \
                President Vladimir Putin in Astana on Wednesday.\n\
                Later that day, Kazakh President Kassym-Jomart Tokayev hosted a summit with Xi, \
                Putin and Turkish President Recep Tayyip Erdogan.\n\
                The two presidents also signed a joint statement on the multipolar world.";
    let facts = extractor().extract(text, &published(2024, time::Month::July, 3));
    assert_sound(&facts);
    assert_eq!(
        event_of(&facts, EventKind::Summit).participants.len(),
        4,
        "{:?}",
        facts.events
    );
    let mut signatories: Vec<&str> = event_of(&facts, EventKind::Signing)
        .participants
        .iter()
        .map(|p| p.entity.as_str())
        .collect();
    signatories.sort_unstable();
    let mut expected = vec![id_of(&facts, "Q15031"), id_of(&facts, "Q7747")];
    expected.sort();
    assert_eq!(signatories, expected, "{:?}", facts.events);
    let statement = &facts.agreements;
    assert_eq!(statement.len(), 1, "{statement:?}");
    let mut parties = statement[0].parties.clone();
    parties.sort();
    let mut expected = vec![id_of(&facts, "Q148"), id_of(&facts, "Q159")];
    expected.sort();
    assert_eq!(parties, expected, "{statement:?}");
}

#[test]
fn an_arabic_title_with_a_second_portfolio_and_who_presides_over_a_signing() {
    use diplokg::facts::{EventKind, ParticipantRole, RoleKind};
    let text = "دمشق في 14 مارس /سانا/ استقبل وزير الخارجية وشؤون المغتربين الدكتور بسام صباغ \
                اليوم في دمشق وزير الخارجية العماني بدر البوسعيدي.";
    let facts = extractor().extract(text, &published(2024, time::Month::March, 14));
    assert_sound(&facts);
    let sabbagh = entity_named(&facts, "بسام صباغ");
    let role = role_where(&facts, "role of Sabbagh", |r| r.person == sabbagh);
    assert_eq!(role.role, RoleKind::ForeignMinister, "{role:?}");
    assert_eq!(
        role.title.as_deref(),
        Some("وزير الخارجية وشؤون المغتربين"),
        "{role:?}"
    );
    let meeting = event_of(&facts, EventKind::Meeting);
    assert!(
        takes_part_as(meeting, &sabbagh, ParticipantRole::Host),
        "{meeting:?}"
    );
    let busaidi = entity_named(&facts, "بدر البوسعيدي");
    assert!(
        takes_part_as(meeting, &busaidi, ParticipantRole::Guest),
        "{meeting:?}"
    );

    // "ترأس ... حفل التوقيع": both presidents chair the signing; "شهد" makes no chair.
    for (verb, chaired) in [("ترأس", true), ("شهد", false)] {
        let text = format!(
            "القاهرة في 21 أبريل /أ ش أ/ {verb} الرئيس عبد الفتاح السيسي والرئيس الكيني وليام \
             روتو اليوم بقصر الاتحادية حفل التوقيع على عدد من مذكرات التفاهم بين البلدين."
        );
        let facts = extractor().extract(&text, &published(2024, time::Month::April, 21));
        assert_sound(&facts);
        let signing = event_of(&facts, EventKind::Signing);
        let chairs = signing
            .participants
            .iter()
            .filter(|p| p.role == ParticipantRole::Chair)
            .count();
        assert_eq!(chairs, if chaired { 2 } else { 0 }, "{verb}: {signing:?}");
    }
}

#[test]
fn an_arabic_unquoted_title_runs_through_what_it_is_about() {
    use diplokg::facts::AgreementKind;
    let text = "نيقوسيا في 8 مايو /بترا/ وقع وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية \
                القبرصي كونستانتينوس كومبوس اليوم اتفاق تعاون بشأن النقل البحري، ومذكرة تفاهم \
                حول التعليم العالي.";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 8));
    assert_sound(&facts);
    let kinds: Vec<(AgreementKind, Option<&str>)> = facts
        .agreements
        .iter()
        .map(|a| (a.kind, a.title.as_ref().map(|t| t.text.as_str())))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                AgreementKind::CooperationAgreement,
                Some("اتفاق تعاون بشأن النقل البحري")
            ),
            (
                AgreementKind::Memorandum,
                Some("مذكرة تفاهم حول التعليم العالي")
            ),
        ]
    );
}

#[test]
fn a_headline_title_shortens_the_bodys_and_le_stays_out_of_a_chinese_title() {
    use diplokg::facts::AgreementKind;
    let text = "两国元首签署《阿斯塔纳宣言》\n\n\
                新华社阿斯塔纳7月4日电 上海合作组织成员国元首理事会第二十四次会议4日在阿斯塔纳举行。\
                各国元首签署了《上海合作组织成员国元首理事会阿斯塔纳宣言》。";
    let facts = extractor().extract(text, &published(2024, time::Month::July, 4));
    assert_sound(&facts);
    assert_eq!(facts.agreements.len(), 1, "{:?}", facts.agreements);
    let declaration = &facts.agreements[0];
    assert_eq!(declaration.kind, AgreementKind::Declaration);
    assert_eq!(
        declaration.title.as_ref().map(|t| t.text.as_str()),
        Some("上海合作组织成员国元首理事会阿斯塔纳宣言")
    );
    assert_eq!(declaration.parties, vec![id_of(&facts, "Q485207")]);

    let text = "新华社北京5月16日电 国家主席习近平16日同俄罗斯总统普京举行会谈。会谈后，两国元首\
                发表了关于深化新时代全面战略协作伙伴关系的联合声明。";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 16));
    assert_sound(&facts);
    assert_eq!(
        agreement_titles(&facts),
        vec!["关于深化新时代全面战略协作伙伴关系的联合声明"]
    );
}

#[test]
fn spouses_named_after_a_spouse_word_join_the_banquet() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "BEIJING, Oct 17 (Xinhua) - Chinese President Xi Jinping and his wife Peng Liyuan \
                on Tuesday evening hosted a welcome banquet in Beijing for Chilean President \
                Gabriel Boric and his spouse Irina Karamanos.";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 17));
    assert_sound(&facts);
    let banquet = event_of(&facts, EventKind::Banquet);
    let peng = entity_named(&facts, "Peng Liyuan");
    let karamanos = entity_named(&facts, "Irina Karamanos");
    assert!(
        takes_part_as(banquet, &peng, ParticipantRole::Host),
        "{banquet:?}"
    );
    assert!(
        takes_part_as(banquet, &karamanos, ParticipantRole::Guest),
        "{banquet:?}"
    );
    assert!(
        facts
            .roles
            .iter()
            .all(|r| r.person != peng && r.person != karamanos),
        "a spouse holds no office: {:?}",
        facts.roles
    );

    let text = "新华社北京10月17日电 国家主席习近平和夫人彭丽媛17日晚在人民大会堂举行宴会。";
    let facts = extractor().extract(text, &published(2023, time::Month::October, 17));
    assert_sound(&facts);
    let banquet = event_of(&facts, EventKind::Banquet);
    let peng = entity_named(&facts, "彭丽媛");
    assert!(
        takes_part_as(banquet, &peng, ParticipantRole::Host),
        "{banquet:?}"
    );
}

#[test]
fn attendees_of_the_above_events_attend_speeches_and_signings_and_issuing_a_speech_is_a_speech() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "新华社北京4月12日电 西班牙首相桑切斯11日抵达北京，对中国进行正式访问。国家主席习近平\
                12日在钓鱼台国宾馆会见桑切斯。会见后，习近平和桑切斯共同签署两国合作文件。双方发表联合\
                声明。桑切斯在清华大学发表题为《开放的欧洲与中国》的重要演讲。王毅、郑栅洁等参加上述活动。";
    let facts = extractor().extract(text, &published(2025, time::Month::April, 12));
    assert_sound(&facts);
    let wang = entity_named(&facts, "王毅");
    for kind in [EventKind::Meeting, EventKind::Signing, EventKind::Speech] {
        let event = event_of(&facts, kind);
        assert!(
            takes_part_as(event, &wang, ParticipantRole::Attendee),
            "{kind:?}: {event:?}"
        );
    }
    for kind in [
        EventKind::Arrival,
        EventKind::OfficialVisit,
        EventKind::Issuance,
    ] {
        let event = event_of(&facts, kind);
        assert!(
            event.participants.iter().all(|p| p.entity != wang),
            "{kind:?}: {event:?}"
        );
    }
    // One issuance, the statement's: the speech is not issued.
    assert_eq!(
        events_of(&facts, EventKind::Issuance).len(),
        1,
        "{:?}",
        facts.events
    );
    assert_eq!(
        events_of(&facts, EventKind::Speech).len(),
        1,
        "{:?}",
        facts.events
    );
}

#[test]
fn a_personal_pronoun_is_the_person_named_before_it() {
    use diplokg::facts::EventKind;
    let cases = [
        (
            "NAIROBI, May 6 (Reuters) - Ghanaian President Nana Akufo-Addo arrived in Nairobi on \
             Monday. On Tuesday, he will hold talks with Kenyan President William Ruto at State \
             House.",
            published(2024, time::Month::May, 6),
            "Nana Akufo-Addo",
            "he",
        ),
        (
            "БИШКЕК, 12 октября. /ТАСС/. Президент Белоруссии Александр Лукашенко прибыл в \
             Бишкек. В пятницу он проведет переговоры с президентом Киргизии Садыром Жапаровым.",
            published(2023, time::Month::October, 12),
            "Александр Лукашенко",
            "он",
        ),
        (
            "新华社北京9月3日电 越南国家主席苏林2日抵达北京。3日，他同国务院总理李强举行会谈。\
             其他官员参加了会谈。",
            published(2024, time::Month::September, 3),
            "苏林",
            "他",
        ),
    ];
    for (text, options, name, pronoun) in cases {
        let facts = extractor().extract(text, &options);
        assert_sound(&facts);
        let guest = facts
            .entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name} in {:?}", facts.entities));
        let anchors: Vec<&str> = guest
            .mentions
            .iter()
            .filter_map(|m| facts.mentions.iter().find(|x| &x.id == m))
            .map(|m| m.anchor.as_str())
            .collect();
        // "其他" ("other") holds no pronoun.
        assert_eq!(anchors, vec![name, pronoun], "{text}");
        let talks = event_of(&facts, EventKind::Talks);
        assert!(takes_part(talks, &guest.id), "{text}: {talks:?}");
        assert_eq!(talks.participants.len(), 2, "{text}: {talks:?}");
    }
}

#[test]
fn a_leader_named_without_a_title_is_of_the_country_the_gazetteer_gives_him() {
    // No title says whose president Xi or Putin is; the gazetteer does, and the article names
    // both countries, so the batch "they" witnessed is China's and Russia's.
    let text = "Xi and Putin sign documents\n\n\
                MOSCOW, May 8 (Reuters) - Xi Jinping and Vladimir Putin held talks in the \
                Kremlin on Thursday, a year after Xi last came to Russia.\n\
                After the talks, Xi Jinping and Vladimir Putin witnessed the signing of 12 \
                cooperation documents.\n\
                China is Russia's largest trading partner.";
    let facts = extractor().extract(text, &published(2025, time::Month::May, 8));
    assert_sound(&facts);
    let batch = facts
        .agreements
        .iter()
        .find(|a| a.count == Some(12))
        .unwrap_or_else(|| panic!("no batch in {:?}", facts.agreements));
    let mut parties = batch.parties.clone();
    parties.sort();
    let mut expected = vec![id_of(&facts, "Q148"), id_of(&facts, "Q159")];
    expected.sort();
    assert_eq!(parties, expected, "{batch:?}");
}

#[test]
fn a_declaration_approved_is_adopted_and_a_treaty_approved_is_ratified() {
    use diplokg::facts::EventKind;
    let text = "x\n\nنيويورك في 5 مارس /ومع/ صادق مجلس الأمن الدولي اليوم على \"إعلان نيويورك\" \
                بشأن السلام.\nوصادق مجلس الدوما الروسي أمس على معاهدة الشراكة مع إيران.";
    let facts = extractor().extract(text, &published(2024, time::Month::March, 5));
    assert_sound(&facts);
    let council = id_of(&facts, "Q37470");
    let adoption = event_of(&facts, EventKind::Adoption);
    assert!(takes_part(adoption, &council), "{adoption:?}");
    let ratifications = events_of(&facts, EventKind::Ratification);
    assert_eq!(ratifications.len(), 1, "{:?}", facts.events);
    let duma = entity_named(&facts, "مجلس الدوما");
    assert!(
        ratifications[0]
            .participants
            .iter()
            .any(|p| p.entity == duma),
        "{ratifications:?}"
    );
}

#[test]
fn long_lineage_names_construct_titles_and_the_side_a_signer_speaks_for() {
    use diplokg::facts::RoleKind;
    let text = "المنامة في 3 مارس / بنا / استقبل معالي الشيخ عيسى بن سلمان بن حمد بن عيسى آل خليفة \
                وزير الخارجية اليوم وزير خارجية جمهورية كازاخستان مراد نورتلييف.\n\
                ووقع الاتفاقية عن الجانب الكازاخي نائب وزير الخارجية أليبيك باكاييف، وعن الجانب \
                البحريني سفير المملكة عادل الأنصاري، بحضور الشيخ فيصل بن راشد آل مكتوم \
                المستشار بدولة الإمارات.";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 3));
    assert_sound(&facts);
    let bahrain = id_of(&facts, "Q398");
    let kazakhstan = id_of(&facts, "Q232");
    let foreign_minister = Some(RoleKind::ForeignMinister);
    // Seven words with three of lineage, between an honorific and the title.
    let host = entity_named(&facts, "عيسى بن سلمان بن حمد بن عيسى آل خليفة");
    assert_role(&facts, &host, foreign_minister, &bahrain);
    // "وزير خارجية جمهورية كازاخستان": the construct form names the country.
    let guest = entity_named(&facts, "مراد نورتلييف");
    assert_role(&facts, &guest, foreign_minister, &kazakhstan);
    // "عن الجانب الكازاخي": the side is the title's country, not the dateline agency's.
    let deputy = entity_named(&facts, "أليبيك باكاييف");
    assert_role(&facts, &deputy, None, &kazakhstan);
    let deputy_roles = facts.roles.iter().filter(|r| r.person == deputy);
    assert!(
        deputy_roles
            .clone()
            .all(|r| r.of.as_deref() == Some(&kazakhstan)),
        "{:?}",
        deputy_roles.collect::<Vec<_>>()
    );
    let envoy = entity_named(&facts, "عادل الأنصاري");
    assert_role(&facts, &envoy, Some(RoleKind::Ambassador), &bahrain);
    // "بدولة الإمارات": a preposition glued to where the post is.
    let adviser = entity_named(&facts, "فيصل بن راشد آل مكتوم");
    assert_role(&facts, &adviser, None, &id_of(&facts, "Q878"));
}

#[test]
fn a_relative_clause_dates_its_meeting_and_an_anniversary_year_dates_none() {
    use diplokg::facts::EventKind;
    let text = "أمير قطر والرئيس الغاني يبحثان تعزيز العلاقات\n\n\
                الدوحة في 12 مارس /قنا/ بحث حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد \
                مع الرئيس جون دراماني ماهاما رئيس جمهورية غانا، الذي يقوم بزيارة رسمية إلى البلاد، \
                علاقات التعاون بين البلدين.\n\
                وجرى خلال اللقاء، الذي عقد اليوم في الديوان الأميري، تبادل وجهات النظر حول القضايا \
                الإقليمية.\n\
                ورحب سموه في بداية اللقاء بالرئيس الغاني، مشيدا بالعلاقات التي تشهد هذا العام \
                الذكرى الخمسين لإقامتها.";
    let facts = extractor().extract(text, &published(2026, time::Month::March, 12));
    assert_sound(&facts);
    // "يبحثان" (they discuss) is a verb after the headline's title, not a name.
    assert!(
        facts.entities.iter().all(|e| !e.name.starts_with("يبحثان")),
        "{:?}",
        facts.entities
    );
    // "اللقاء، الذي عقد اليوم" dates the meeting; "هذا العام" tells when the anniversary falls.
    let meeting = event_of(&facts, EventKind::Meeting);
    let date = meeting.date.as_ref().expect("a dated meeting");
    assert_eq!(date.value, "2026-03-12", "{meeting:?}");
}

#[test]
fn an_arrival_told_after_its_visit_began_takes_the_visits_day() {
    use diplokg::facts::EventKind;
    // The arrival is told a sentence after the visit; "الرئيس الموريتاني" there is the one
    // already named, not a new person named "بتصريح للصحافة".
    let text = "الرباط في 10 أبريل /ومع/ أجرى الرئيس الموريتاني محمد ولد الشيخ الغزواني اليوم \
                الخميس مباحثات مع الملك محمد السادس.\n\
                وكان الرئيس الموريتاني قد حل مساء أمس الأربعاء بالرباط في زيارة رسمية.\n\
                ولدى وصوله إلى مطار الرباط سلا، أدلى الرئيس الموريتاني بتصريح للصحافة.";
    let facts = extractor().extract(text, &published(2025, time::Month::April, 10));
    assert_sound(&facts);
    let arrival = event_of(&facts, EventKind::Arrival);
    let ghazouani = id_of(&facts, "Q12241106");
    assert!(takes_part(arrival, &ghazouani), "{arrival:?}");
    let day = arrival.date.as_ref().map(|d| d.value.as_str());
    assert_eq!(day, Some("2025-04-09"), "{arrival:?}");
    // "прилетел": a Russian arrival verb.
    let text = "Москва. 17 марта. ИНТЕРФАКС - Президент Казахстана Касым-Жомарт Токаев прилетел \
                в Москву в воскресенье вечером. В понедельник он провел переговоры с Владимиром \
                Путиным.";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 17));
    assert_sound(&facts);
    let arrival = event_of(&facts, EventKind::Arrival);
    let day = arrival.date.as_ref().map(|d| d.value.as_str());
    assert_eq!(day, Some("2025-03-16"), "{arrival:?}");
}

#[test]
fn a_capital_written_with_its_shadda_is_the_capital_not_the_country_it_spells() {
    use diplokg::facts::EventKind;
    // "عمّان" (Amman) and "عُمان" (Oman) differ only by diacritics, which normalisation drops.
    let text = "وصل رئيس الوزراء العراقي محمد شياع السوداني اليوم الاثنين إلى عمّان في زيارة رسمية \
                إلى الأردن تستغرق يومين.";
    let facts = extractor().extract(text, &published(2024, time::Month::April, 8));
    assert_sound(&facts);
    let amman = id_of(&facts, "Q3805");
    assert_not_linked(&facts, "Q842");
    let arrival = event_of(&facts, EventKind::Arrival);
    assert_eq!(
        arrival.place.as_deref(),
        Some(amman.as_str()),
        "{arrival:?}"
    );

    // Without diacritics, the article's other names choose: Jordan named, Oman not.
    let text = "عمان 8 نيسان (بترا) - استقبل العاهل الأردني الملك عبدالله الثاني في عمان اليوم \
                الرئيس القبرصي نيكوس خريستودوليدس.";
    let facts = extractor().extract(text, &published(2024, time::Month::April, 8));
    assert_sound(&facts);
    let amman = linked(&facts, "Q3805");
    assert_eq!(amman.mentions.len(), 2, "{amman:?}");

    // The country written with its own vowel, or without any, stays the country.
    let text = "بحث وزير الخارجية الأردني أيمن الصفدي في مسقط العلاقات بين الأردن وعُمان.\n\
                وأكد الجانبان أهمية التنسيق بين الأردن وعمان.";
    let facts = extractor().extract(text, &published(2024, time::Month::April, 8));
    assert_sound(&facts);
    let oman = linked(&facts, "Q842");
    assert_eq!(oman.mentions.len(), 2, "{oman:?}");
    assert_not_linked(&facts, "Q3805");
}

#[test]
fn a_name_suffix_or_title_with_a_full_stop_does_not_end_the_sentence() {
    use diplokg::facts::EventKind;
    let text = "LIMA, Nov. 15 (PNA) -- Philippine President Ferdinand Marcos Jr. met Chinese \
                President Xi Jinping in Lima on Friday.\n\
                Gen. Romeo Brawner Jr. attended the meeting.";
    let facts = extractor().extract(text, &published(2024, time::Month::November, 15));
    assert_sound(&facts);
    let marcos = first_where(&facts.entities, "Marcos", |e| {
        e.name.starts_with("Ferdinand Marcos")
    })
    .id
    .clone();
    let xi = id_of(&facts, "Q15031");
    let meeting = event_of(&facts, EventKind::Meeting);
    assert!(
        takes_part(meeting, &marcos) && takes_part(meeting, &xi),
        "{meeting:?}"
    );
    assert_role(
        &facts,
        &marcos,
        Some(diplokg::facts::RoleKind::President),
        &id_of(&facts, "Q928"),
    );
}

#[test]
fn a_transliterated_chinese_name_runs_past_three_characters() {
    use diplokg::facts::{EventKind, RoleKind};
    let text = "新华社利马11月15日电 国家主席习近平15日在利马同秘鲁总统博鲁阿尔特举行会谈。\
                博鲁阿尔特表示，秘方愿同中方深化合作。\
                智利总统加夫列尔·博里奇出席了欢迎仪式。";
    let facts = extractor().extract(text, &published(2024, time::Month::November, 15));
    assert_sound(&facts);
    let boluarte = named(&facts, "博鲁阿尔特");
    assert_eq!(boluarte.mentions.len(), 2, "{boluarte:?}");
    let peru = id_of(&facts, "Q419");
    assert_role(&facts, &boluarte.id, Some(RoleKind::President), &peru);
    let talks = event_of(&facts, EventKind::Talks);
    assert!(takes_part(talks, &boluarte.id), "{talks:?}");
    entity_named(&facts, "加夫列尔·博里奇");
}

#[test]
fn an_uncounted_batch_of_memoranda_is_a_batch_without_a_count() {
    use diplokg::facts::AgreementKind;
    let text = "الرباط في 3 يونيو /ومع/ أجرى رئيس الحكومة المغربية عزيز أخنوش اليوم مباحثات مع \
                رئيس الوزراء الموريتاني المختار ولد أجاي.\n\
                وتم في ختام المباحثات التوقيع على عدد من مذكرات التفاهم في مجالات الصيد البحري \
                والطاقة.";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 3));
    assert_sound(&facts);
    let batch = agreement_of(&facts, AgreementKind::Memorandum);
    assert_eq!(
        (batch.count, batch.title.as_ref()),
        (None, None),
        "{batch:?}"
    );
    assert!(
        batch.fields.iter().any(|f| f.contains("الطاقة")),
        "{batch:?}"
    );
    assert!(batch.event.is_some(), "{batch:?}");

    let text = "وقع البلدان أمس جملة من المذكرات في مجالات النقل والسياحة.";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 3));
    assert_sound(&facts);
    assert!(
        facts
            .agreements
            .iter()
            .any(|a| a.kind == AgreementKind::Memorandum && a.count.is_none()),
        "{:?}",
        facts.agreements
    );
}

#[test]
fn an_honorific_pronoun_names_the_person_given_that_honorific() {
    // "سموه" is the host introduced as "صاحب السمو", "فخامته" the guest introduced as "فخامة".
    let text = "أبوظبي في 8 نوفمبر / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس \
                الدولة فخامة الرئيس الكيني وليام روتو الذي يقوم بزيارة رسمية إلى الدولة.\n\
                وشهد سموه وفخامته عقب اللقاء توقيع 3 مذكرات تفاهم بين حكومتي البلدين.";
    let facts = extractor().extract(text, &published(2025, time::Month::November, 8));
    assert_sound(&facts);
    let anchors = |qid: &str| -> Vec<&str> {
        let entity = linked(&facts, qid);
        facts
            .mentions
            .iter()
            .filter(|m| entity.mentions.contains(&m.id))
            .map(|m| m.anchor.as_str())
            .collect()
    };
    let host = anchors("Q1951896");
    let guest = anchors("Q195725");
    assert!(
        host.contains(&"سموه") && !host.contains(&"فخامته"),
        "{host:?}"
    );
    assert!(guest.contains(&"فخامته"), "{guest:?}");
}

#[test]
fn a_visit_told_as_his_own_is_the_subjects() {
    use diplokg::facts::{EventKind, ParticipantRole};
    // The person named last before the visit is the one met, not the visitor.
    let cases = [
        (
            "HANOI, May 4 (VNA) - Prime Minister Pham Minh Chinh held talks with Japanese Prime \
             Minister Fumio Kishida in Tokyo on Monday as part of his official visit to Japan.",
            "Pham Minh Chinh",
        ),
        (
            "القاهرة في 4 مايو /أ ش أ/ أجرى الرئيس الكيني وليام روتو اليوم مباحثات مع الرئيس عبد \
             الفتاح السيسي في القاهرة، في إطار زيارته الرسمية إلى مصر.",
            "روتو",
        ),
        (
            "Президент Кении Уильям Руто провел переговоры с Владимиром Путиным в Кремле в \
             рамках своего официального визита в Россию.",
            "Руто",
        ),
    ];
    for (text, visitor) in cases {
        let facts = extractor().extract(text, &published(2025, time::Month::May, 4));
        assert_sound(&facts);
        let guests = names_as(
            &facts,
            EventKind::OfficialVisit,
            Some(ParticipantRole::Guest),
        );
        assert!(
            guests.len() == 1 && guests[0].contains(visitor),
            "{text}: {guests:?}"
        );
    }
}

#[test]
fn a_guest_welcomed_on_arrival_is_a_welcome_ceremony_a_welcomed_decision_is_not() {
    use diplokg::facts::EventKind;
    let text = "ASTANA, June 3 (Xinhua) -- Chinese Premier Li Qiang arrived in Astana on Tuesday \
                for an official visit. Upon arrival at the airport, Li was warmly welcomed by \
                Kazakh Prime Minister Olzhas Bektenov.";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 3));
    assert_sound(&facts);
    let (guests, hosts) = welcome_guests_and_hosts(&facts);
    assert!(guests.iter().any(|n| n.contains("Li Qiang")), "{guests:?}");
    assert!(hosts.iter().any(|n| n.contains("Bektenov")), "{hosts:?}");

    let text = "Prime Minister Li Qiang welcomed the decision of the two governments on Tuesday.";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 3));
    assert!(
        events_of(&facts, EventKind::WelcomeCeremony).is_empty(),
        "{:?}",
        facts.events
    );
}

#[test]
fn a_sentence_that_only_tells_who_took_part_names_attendees_of_the_event_before() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let cases = [
        "ASTANA, Nov. 9 (Kazinform) - President Kassym-Jomart Tokayev held talks with Russian \
         President Vladimir Putin at Akorda on Thursday. Prime Minister Alikhan Smailov and \
         Foreign Minister Murat Nurtleu also took part in them.",
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом России \
         Владимиром Путиным в Акорде. С казахстанской стороны в них приняли участие \
         премьер-министр Алихан Смаилов и министр иностранных дел Мурат Нуртлеу.",
    ];
    for text in cases {
        let facts = extractor().extract(text, &published(2023, time::Month::November, 9));
        assert_sound(&facts);
        let attendees = names_as(&facts, EventKind::Talks, Some(ParticipantRole::Attendee));
        assert_eq!(attendees.len(), 2, "{text}: {attendees:?}");
    }
    // Not to a phone call, where no one is in the room.
    let text = "Tokayev held a phone call with Putin on Thursday. Foreign Minister Murat Nurtleu \
                also took part in it.";
    let facts = extractor().extract(text, &published(2023, time::Month::November, 9));
    let call = event_of(&facts, EventKind::PhoneCall);
    assert!(
        call.participants
            .iter()
            .all(|p| p.role != ParticipantRole::Attendee),
        "{call:?}"
    );
}

#[test]
fn a_portfolio_after_an_english_title_belongs_to_the_title_and_the_name_follows() {
    use diplokg::facts::RoleKind;
    let text = "The talks were attended by Minister of Planning and Investment Nguyen Chi Dung and \
                Minister of State for Foreign Affairs Khalifa Shaheen Al Marar. Later, Speaker of \
                the National Assembly Kim Jin-pyo hosted a dinner.";
    let facts = extractor().extract(text, &published(2022, time::Month::December, 5));
    assert_sound(&facts);
    for (name, kind, title) in [
        (
            "Nguyen Chi Dung",
            RoleKind::Minister,
            "Minister of Planning and Investment",
        ),
        (
            "Khalifa Shaheen Al Marar",
            RoleKind::Minister,
            "Minister of State for Foreign Affairs",
        ),
        (
            "Kim Jin-pyo",
            RoleKind::Speaker,
            "Speaker of the National Assembly",
        ),
    ] {
        let person = entity_named(&facts, name);
        let role = role_where(&facts, name, |r| r.person == person);
        assert_eq!(
            (role.role, role.title.as_deref()),
            (kind, Some(title)),
            "{role:?}"
        );
    }
}

#[test]
fn a_briefing_takes_the_body_briefed_and_a_relative_clause_keeps_its_people_and_dates() {
    use diplokg::facts::EventKind;
    let text = "UNITED NATIONS, March 27 (AP) - The U.N. Security Council on Thursday heard a \
                briefing by the Special Representative of the Secretary-General for Libya, Hanna \
                Tetteh, who warned of clashes in Tripoli.\n\
                Ukraine's Foreign Minister Andriy Deshchytsia, who arrived in New York on \
                Wednesday and met with Secretary-General Ban Ki-moon, told the council that its \
                credibility was at stake.";
    let facts = extractor().extract(text, &published(2014, time::Month::March, 27));
    assert_sound(&facts);
    let briefing = names_as(&facts, EventKind::Briefing, None);
    assert!(
        briefing.iter().any(|n| n.contains("Tetteh"))
            && briefing.iter().any(|n| n.contains("Security Council")),
        "{briefing:?}"
    );
    let speech = event_of(&facts, EventKind::Speech);
    let speakers = names_as(&facts, EventKind::Speech, None);
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    assert!(speakers[0].contains("Deshchytsia"), "{speakers:?}");
    let day = speech.date.as_ref().map(|d| d.value.as_str());
    assert_eq!(day, Some("2014-03-27"), "{speech:?}");
}

#[test]
fn arabic_family_names_that_are_nisba_adjectives_and_verbs_after_titles() {
    // "السوداني" alone is the prime minister; "الشعب السوداني" is the Sudanese people; "ويبحث"
    // after a title is the next verb, not a name; "بشأن ليبيا" completes an envoy's title.
    let text = "بغداد - واع\nالسوداني يستقبل وزير الخارجية التركي ويبحث معه ملف المياه.\n\
                استقبل رئيس مجلس الوزراء محمد شياع السوداني اليوم وزير الخارجية التركي هاكان \
                فيدان.\nوأكد السوداني دعم الشعب السوداني.\n\
                واستقبل فيدان المبعوث الخاص للأمين العام للأمم المتحدة بشأن ليبيا غسان سلامة.";
    let facts = extractor().extract(text, &published(2023, time::Month::August, 22));
    assert_sound(&facts);
    let sudani = linked(&facts, "Q3700793");
    let sudan = linked(&facts, "Q1049");
    let anchors = |entity: &diplokg::facts::Entity| -> Vec<String> {
        facts
            .mentions
            .iter()
            .filter(|m| entity.mentions.contains(&m.id))
            .map(|m| m.anchor.clone())
            .collect()
    };
    assert_eq!(anchors(sudani).len(), 3, "{:?}", anchors(sudani));
    assert_eq!(anchors(sudan), vec!["السوداني"], "{:?}", anchors(sudan));
    assert!(
        facts.entities.iter().all(|e| !e.name.contains("يبحث")),
        "{:?}",
        facts.entities
    );
    let salame = entity_named(&facts, "غسان سلامة");
    let role = role_where(&facts, "Salame's role", |r| r.person == salame);
    assert!(
        role.title
            .as_deref()
            .is_some_and(|t| t.ends_with("بشأن ليبيا")),
        "{role:?}"
    );
}

#[test]
fn a_chinese_ceremony_held_for_a_guest_before_its_noun() {
    let text = "新华社阿斯塔纳6月17日电 会谈前，托卡耶夫在总统府为习近平举行隆重欢迎仪式。";
    let facts = extractor().extract(text, &published(2025, time::Month::June, 17));
    assert_sound(&facts);
    assert_welcome(&facts, "习近平", "托卡耶夫");
}

#[test]
fn a_visit_takes_the_days_told_after_it_not_those_of_the_talks_before_it() {
    use diplokg::facts::EventKind;
    let text = "Seoul (VNA) - President Nguyen Xuan Phuc held talks with President Yoon Suk Yeol in \
                Seoul on December 5 as part of his state visit to the Republic of Korea from \
                December 4-6.";
    let facts = extractor().extract(text, &published(2022, time::Month::December, 5));
    assert_sound(&facts);
    let day = |kind| {
        event_of(&facts, kind)
            .date
            .as_ref()
            .map(|d| d.value.clone())
    };
    assert_eq!(day(EventKind::Talks).as_deref(), Some("2022-12-05"));
    assert_eq!(day(EventKind::StateVisit).as_deref(), Some("2022-12-04"));
}

#[test]
fn a_date_in_what_was_said_after_an_act_does_not_date_it() {
    use diplokg::facts::EventKind;
    let text = "أبوجا - 2 دجنبر 2016 (ومع) - أجرى الملك محمد السادس والرئيس النيجيري محمدو بوهاري اليوم الجمعة مباحثات في القصر الرئاسي.\n\
                وأصدر البلدان في ختام المباحثات بيانا مشتركا أكدا فيه عزمهما على إحداث لجنة \
                مشتركة تعقد دورتها الأولى خلال السنة المقبلة.";
    let facts = extractor().extract(text, &published(2016, time::Month::December, 2));
    assert_sound(&facts);
    let issuance = event_of(&facts, EventKind::Issuance);
    let day = issuance.date.as_ref().map(|d| d.value.as_str());
    assert_eq!(day, Some("2016-12-02"), "{issuance:?}");
}

#[test]
fn institutions_the_gazetteer_does_not_know_are_organisations() {
    let text = "تونس في 10 أكتوبر /وات/ استقبل الرئيس الباجي قائد السبسي ممثلي الاتحاد العام \
                التونسي للشغل والهيئة الوطنية للمحامين.\n\
                وحضر اللقاء رئيس هيئة الأركان العامة خلوصي أكار.\n\
                وبحث الجانبان التحضير للاجتماع المقبل للجنة الحكومية الروسية السعودية المشتركة.\n\
                ATHENS, Jan 25 (AFP) - The Greek parliament on Friday ratified the agreement, and \
                the Ministry of Economy, Trade and Industry welcomed it, the Federal Migration Agency said.";
    let facts = extractor().extract(text, &published(2019, time::Month::January, 25));
    assert_sound(&facts);
    let organisations: Vec<&str> = facts
        .entities
        .iter()
        .filter(|e| e.kind == diplokg::facts::EntityKind::Organization)
        .map(|e| e.name.as_str())
        .collect();
    for name in [
        "الاتحاد العام التونسي للشغل",
        "الهيئة الوطنية للمحامين",
        "اللجنة الحكومية الروسية السعودية المشتركة",
        "Greek parliament",
        "Ministry of Economy, Trade and Industry",
        "Federal Migration Agency",
    ] {
        assert!(organisations.contains(&name), "{name}: {organisations:?}");
    }
    // An institution inside a title is the office's, not an organisation of its own.
    assert!(
        !organisations.iter().any(|n| n.contains("الأركان")),
        "{organisations:?}"
    );
}

#[test]
fn a_bare_head_noun_is_the_body_named_before_and_a_session_is_a_meeting() {
    use diplokg::facts::EventKind;
    let text = "UNITED NATIONS, June 26 - The UN Security Council on Thursday extended the \
                mission's mandate. The Council also heard a briefing by the Special \
                Representative, María Isabel Salvador.\n\
                القاهرة في 9 سبتمبر /أ ش أ/ اختتم مجلس جامعة الدول العربية اليوم اجتماعه. ومن \
                المقرر أن يعقد المجلس دورته العادية المقبلة في مارس المقبل.";
    let facts = extractor().extract(text, &published(2021, time::Month::September, 9));
    assert_sound(&facts);
    let briefing = names_as(&facts, EventKind::Briefing, None);
    assert!(
        briefing.iter().any(|n| n.contains("Security Council")),
        "{briefing:?}"
    );
    let session = facts
        .events
        .iter()
        .find(|e| e.date.as_ref().is_some_and(|d| d.value == "2022-03"))
        .unwrap_or_else(|| panic!("no session in March: {:?}", facts.events));
    assert_eq!(session.kind, EventKind::Meeting, "{session:?}");
}

#[test]
fn the_day_someone_arrives_to_attend_a_summit_is_not_the_summits() {
    use diplokg::facts::EventKind;
    let text = "KAZAN, Russia, Oct. 22 (Xinhua) -- Chinese President Xi Jinping arrived in Kazan on \
                Tuesday afternoon to attend the 16th BRICS summit.\n\
                北京9月26日电 28日，习近平将出席第七十届联合国大会一般性辩论并发表讲话。";
    let facts = extractor().extract(text, &published(2024, time::Month::October, 22));
    assert_sound(&facts);
    let day = |kind| {
        event_of(&facts, kind)
            .date
            .as_ref()
            .map(|d| d.value.clone())
    };
    assert_eq!(day(EventKind::Arrival).as_deref(), Some("2024-10-22"));
    assert_eq!(day(EventKind::Summit), None, "{:?}", facts.events);
    // A one-day debate attended on the day told is that day's.
    assert!(day(EventKind::Conference).is_some(), "{:?}", facts.events);
}

#[test]
fn a_bodys_next_session_is_its_planned_meeting_in_the_month_named() {
    use diplokg::facts::{EventKind, EventStatus};
    // The minister who tells of the committee's next meeting is not at it; "في شهر أكتوبر
    // المقبل" dates it; "للجنة" has the article, "لمجلس" does not.
    let text = "وقال وزير الخارجية الأردني أيمن الصفدي إن الاجتماع المقبل للجنة العليا الأردنية \
                المصرية سيعقد في عمان في شهر أكتوبر المقبل، كما بحث التحضير لاجتماع لمجلس التعاون \
                الاقتصادي.";
    let facts = extractor().extract(text, &published(2026, time::Month::May, 20));
    assert_sound(&facts);
    let committee = entity_named(&facts, "اللجنة العليا الأردنية المصرية");
    named(&facts, "مجلس التعاون الاقتصادي");
    let meeting = event_of(&facts, EventKind::Meeting);
    assert_eq!(meeting.status, EventStatus::Planned);
    assert_eq!(
        meeting.date.as_ref().map(|d| d.value.as_str()),
        Some("2026-10")
    );
    let people: Vec<&str> = meeting
        .participants
        .iter()
        .map(|p| p.entity.as_str())
        .collect();
    assert_eq!(people, vec![committee.as_str()]);

    // "دورتها": the session of the body named before it.
    let text = "وبحث الوزيران تفعيل لجنة التشاور السياسي، واتفقا على عقد دورتها المقبلة في \
                القاهرة خلال شهر سبتمبر المقبل.";
    let facts = extractor().extract(text, &published(2026, time::Month::May, 20));
    assert_sound(&facts);
    let committee = entity_named(&facts, "لجنة التشاور السياسي");
    let session = event_of(&facts, EventKind::Meeting);
    assert_eq!(
        session.date.as_ref().map(|d| d.value.as_str()),
        Some("2026-09")
    );
    assert!(takes_part(session, &committee), "{session:?}");
}

#[test]
fn plain_documents_are_agreements_unless_qualified_and_a_later_title_names_the_untitled() {
    use diplokg::facts::AgreementKind;
    let batch_kind = |text: &str| {
        let facts = extractor().extract(text, &published(2025, time::Month::March, 4));
        assert_sound(&facts);
        let batch = facts.agreements.iter().find(|a| a.count.is_some());
        batch
            .map(|a| a.kind)
            .unwrap_or_else(|| panic!("{:?}", facts.agreements))
    };
    assert_eq!(
        batch_kind("After the talks, the two ministers signed four documents."),
        AgreementKind::Agreement
    );
    assert_eq!(
        batch_kind("A total of 30 documents on economic cooperation were signed in Tokyo."),
        AgreementKind::CooperationDocument
    );

    // "a joint declaration" adopted, then named: one declaration, with its title.
    let text = "Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei \
                adopted a joint declaration in Brasilia on Monday. In the Joint Declaration on \
                Regional Integration, the two presidents agreed to meet every year.";
    let facts = extractor().extract(text, &published(2025, time::Month::March, 4));
    assert_sound(&facts);
    let declarations: Vec<_> = facts
        .agreements
        .iter()
        .filter(|a| a.kind == AgreementKind::Declaration)
        .collect();
    assert_eq!(declarations.len(), 1, "{declarations:?}");
    let title = declarations[0].title.as_ref().map(|t| t.text.as_str());
    assert_eq!(title, Some("Joint Declaration on Regional Integration"));
    assert_eq!(declarations[0].mentions.len(), 2, "{declarations:?}");
}

#[test]
fn a_numbered_resolution_is_of_the_body_named_with_a_resolution_word() {
    use diplokg::facts::AgreementKind;
    // "الرئيس سلام رحب بقرار": the verb and the document word glued to "ب" end the name.
    let text = "بيروت - الرئيس سلام رحب بقرار مجلس الأمن الدولي الذي صدر أمس.\n\
                واعتمد المجلس أمس القرار 2650 بإجماع أعضائه.";
    let facts = extractor().extract(text, &published(2022, time::Month::September, 1));
    assert_sound(&facts);
    assert!(
        facts.entities.iter().all(|e| !e.name.contains("رحب")),
        "{:?}",
        facts.entities
    );
    let council = id_of(&facts, "Q37470");
    let resolution = agreement_of(&facts, AgreementKind::Resolution);
    assert_eq!(resolution.parties, vec![council], "{resolution:?}");

    // Welcomed, not adopted, by the prime minister: still the council's.
    let text = "بيروت - رحب رئيس الحكومة نواف سلام بقرار مجلس الأمن الدولي القاضي بتمديد ولاية \
                قوات اليونيفيل، معتبرا أن القرار 2650 خطوة مهمة.";
    let facts = extractor().extract(text, &published(2022, time::Month::September, 1));
    assert_sound(&facts);
    let resolution = agreement_of(&facts, AgreementKind::Resolution);
    assert_eq!(
        resolution.parties,
        vec![id_of(&facts, "Q37470")],
        "{resolution:?}"
    );
}

#[test]
fn a_chinese_body_is_found_by_its_head_and_a_title_may_end_with_its_years() {
    use diplokg::facts::AgreementKind;
    let text = "新华社约翰内斯堡12月5日电  中非合作论坛约翰内斯堡峰会5日闭幕。峰会审议通过了\
                《约翰内斯堡宣言》和《中非合作论坛—约翰内斯堡行动计划（2016—2018年）》。\
                中国将于2018年主办中非合作论坛。";
    let facts = extractor().extract(text, &published(2015, time::Month::December, 5));
    assert_sound(&facts);
    let forum = entity_named(&facts, "中非合作论坛");
    let organisations: Vec<&str> = facts
        .entities
        .iter()
        .filter(|e| e.kind == diplokg::facts::EntityKind::Organization)
        .map(|e| e.name.as_str())
        .filter(|name| name.ends_with("论坛"))
        .collect();
    assert_eq!(organisations, vec!["中非合作论坛"]);
    let plan = agreement_of(&facts, AgreementKind::Plan);
    let title = plan.title.as_ref().map(|t| t.text.as_str());
    assert_eq!(
        title,
        Some("中非合作论坛—约翰内斯堡行动计划（2016—2018年）")
    );
    assert_eq!(plan.parties, vec![forum.clone()]);
    assert_eq!(
        agreement_of(&facts, AgreementKind::Declaration).parties,
        vec![forum]
    );
}

#[test]
fn bodies_named_as_the_two_sides_of_a_document_are_its_parties() {
    use diplokg::facts::AgreementKind;
    // A portfolio joined by "و" stays in the ministry's name; the countries in the names and
    // the one the document is about are not parties.
    let text = "ووقع الجانبان مذكرة تفاهم بين وزارة الزراعة والثروة الحيوانية المصرية ووزارة \
                الزراعة السودانية لتطوير التعاون مع السودان.";
    let facts = extractor().extract(text, &published(2024, time::Month::March, 2));
    assert_sound(&facts);
    let egyptian = entity_named(&facts, "وزارة الزراعة والثروة الحيوانية المصرية");
    let sudanese = entity_named(&facts, "وزارة الزراعة السودانية");
    let memorandum = agreement_of(&facts, AgreementKind::Memorandum);
    assert_eq!(memorandum.parties, vec![egyptian, sudanese]);

    // A comma inside a ministry's name does not end the list of parties.
    let text = "The two sides signed a memorandum of understanding on energy between Japan's \
                Ministry of Economy, Trade and Industry and India's Ministry of Energy.";
    let facts = extractor().extract(text, &published(2024, time::Month::March, 2));
    assert_sound(&facts);
    let memorandum = agreement_of(&facts, AgreementKind::Memorandum);
    assert_eq!(
        memorandum.parties.len(),
        2,
        "{memorandum:?} {:?}",
        facts.entities
    );
    assert!(memorandum.parties.iter().all(|p| {
        facts
            .entities
            .iter()
            .any(|e| &e.id == p && e.name.contains("Ministry"))
    }));
}

#[test]
fn programmes_with_their_years_a_statement_issued_and_a_country_signing_alone() {
    use diplokg::facts::AgreementKind;
    let text = "DOHA: Indian Prime Minister Narendra Modi held talks with the Emir of Qatar on \
                Sunday. The two sides then signed an Executive Programme for Cultural Cooperation \
                for 2025-2028. Qatar also signed the Framework Agreement of the International \
                Solar Alliance. A joint statement issued after the talks said the two sides would \
                meet again next year.";
    let facts = extractor().extract(text, &published(2025, time::Month::February, 16));
    assert_sound(&facts);
    assert!(
        agreement_titles(&facts)
            .contains(&"Executive Programme for Cultural Cooperation for 2025-2028"),
        "{:?}",
        facts.agreements
    );
    assert_eq!(agreement_of(&facts, AgreementKind::Plan).parties.len(), 2);
    let framework = facts
        .agreements
        .iter()
        .find(|a| {
            a.title
                .as_ref()
                .is_some_and(|t| t.text.starts_with("Framework"))
        })
        .unwrap_or_else(|| panic!("{:?}", facts.agreements));
    assert_eq!(framework.parties, vec![id_of(&facts, "Q846")]);
    let statement = agreement_of(&facts, AgreementKind::JointStatement);
    assert!(statement.title.is_none(), "{statement:?}");
}

#[test]
fn a_dateline_place_before_a_colon_is_no_actor() {
    use diplokg::facts::EventKind;
    let text = "UNITED NATIONS: The UN General Assembly on Friday adopted a resolution titled \
                \"Strengthening of the coordination of humanitarian assistance\".";
    let facts = extractor().extract(text, &published(2024, time::Month::March, 16));
    assert_sound(&facts);
    let adoption = event_of(&facts, EventKind::Adoption);
    let actors: Vec<&str> = adoption
        .participants
        .iter()
        .map(|p| p.entity.as_str())
        .collect();
    assert_eq!(actors, vec![id_of(&facts, "Q47423").as_str()]);
}

#[test]
fn a_korean_name_is_told_short_by_its_family_name() {
    use diplokg::facts::EventKind;
    let text = "SEOUL, Nov. 3 (Yonhap) -- South Korean Prime Minister Han Duck Soo arrived in \
                Tokyo on Friday. On Saturday, Han held talks with Japanese Prime Minister Fumio \
                Kishida.";
    let facts = extractor().extract(text, &published(2023, time::Month::November, 4));
    assert_sound(&facts);
    let han = entity_named(&facts, "Han Duck Soo");
    let talks = event_of(&facts, EventKind::Talks);
    assert!(takes_part(talks, &han), "{talks:?}");
}

#[test]
fn a_side_named_once_gives_its_country_to_every_title_after_it_and_russian_portfolios_count() {
    let text = "On the Chinese side, Foreign Minister Wang Yi and Commerce Minister Wang Wentao \
                attended the talks.";
    let facts = extractor().extract(text, &published(2024, time::Month::May, 16));
    assert_sound(&facts);
    assert_role(
        &facts,
        &entity_named(&facts, "Wang Wentao"),
        None,
        &id_of(&facts, "Q148"),
    );

    let text = "В переговорах участвовал министр энергетики Александр Новак.";
    let facts = extractor().extract(text, &published(2018, time::Month::March, 26));
    assert_sound(&facts);
    let novak = named(&facts, "Александр Новак");
    let role = facts.roles.iter().find(|r| r.person == novak.id);
    let title = role.and_then(|r| r.title.as_deref());
    assert_eq!(title, Some("министр энергетики"), "{:?}", facts.roles);
}

#[test]
fn members_of_a_delegation_attend_the_event_told_last() {
    use diplokg::facts::{EventKind, ParticipantRole};
    let text = "ANKARA: Pakistani Prime Minister Shehbaz Sharif held talks with Turkish President \
                Recep Tayyip Erdogan in Ankara on Monday. Foreign Minister Ishaq Dar and Finance \
                Minister Muhammad Aurangzeb were part of the Pakistani delegation.";
    let facts = extractor().extract(text, &published(2025, time::Month::February, 3));
    assert_sound(&facts);
    let talks = event_of(&facts, EventKind::Talks);
    let attendees = talks
        .participants
        .iter()
        .filter(|p| p.role == ParticipantRole::Attendee)
        .count();
    assert_eq!(attendees, 2, "{talks:?}");
}

/// The agreements of a kind, in order.
fn agreements_of(
    facts: &Facts,
    kind: diplokg::facts::AgreementKind,
) -> Vec<&diplokg::facts::Agreement> {
    facts.agreements.iter().filter(|a| a.kind == kind).collect()
}

/// The parties of an agreement, by QID, sorted.
fn party_qids(facts: &Facts, agreement: &diplokg::facts::Agreement) -> Vec<String> {
    let mut qids: Vec<String> = agreement
        .parties
        .iter()
        .filter_map(|p| facts.entities.iter().find(|e| &e.id == p))
        .filter_map(|e| e.wikidata.clone())
        .collect();
    qids.sort();
    qids
}

#[test]
fn a_programme_listed_in_a_counted_batch_keeps_its_title_and_the_batch_its_kind() {
    use diplokg::facts::AgreementKind;
    let text = "Президент России Владимир Путин провел переговоры с королем Саудовской Аравии \
                Сальманом в Кремле. По итогам переговоров был подписан пакет из 15 документов, в \
                том числе Программа сотрудничества в торговой, научной и культурной сферах на \
                2017–2020 годы.";
    let facts = extractor().extract(text, &published(2017, time::Month::October, 5));
    assert_sound(&facts);
    let batch = agreement_of(&facts, AgreementKind::Agreement);
    assert_eq!(batch.count, Some(15), "{:?}", facts.agreements);
    let plan = agreement_of(&facts, AgreementKind::Plan);
    assert_eq!(
        plan.title.as_ref().map(|t| t.text.as_str()),
        Some("Программа сотрудничества в торговой, научной и культурной сферах на 2017–2020 годы")
    );
    // Signed by no one named: the countries of the two who held the talks.
    assert_eq!(party_qids(&facts, plan), vec!["Q159", "Q851"]);
}

#[test]
fn a_headline_names_the_body_document_in_its_own_words_and_an_act_after_a_document_is_its_own() {
    use diplokg::facts::AgreementKind;
    let text = "UNGA adopts resolution on combating hate speech\n\nThe UN General Assembly on \
                Friday adopted a resolution introduced by Pakistan. The resolution, titled \
                \"Measures to combat hate speech\", was adopted by a vote of 115 to none. The vote \
                came on the day which the assembly proclaimed in a resolution adopted in 2019.";
    let facts = extractor().extract(text, &published(2024, time::Month::March, 16));
    assert_sound(&facts);
    let resolutions = agreements_of(&facts, AgreementKind::Resolution);
    let titles: Vec<Option<&str>> = resolutions
        .iter()
        .map(|a| a.title.as_ref().map(|t| t.text.as_str()))
        .collect();
    assert_eq!(titles, vec![Some("Measures to combat hate speech"), None]);
    assert_eq!(party_qids(&facts, resolutions[1]), vec!["Q47423"]);
}

#[test]
fn a_document_witnessed_for_one_known_country_is_the_headline_pair() {
    use diplokg::facts::AgreementKind;
    let text = "Vietnam, RoK upgrade ties\n\nSeoul (VNA) - President Nguyen Xuan Phuc held talks \
                with President of the Republic of Korea Yoon Suk Yeol in Seoul on December 5. The \
                two presidents witnessed the signing of nine cooperation documents.";
    let facts = extractor().extract(text, &published(2022, time::Month::December, 5));
    assert_sound(&facts);
    let batch = agreement_of(&facts, AgreementKind::CooperationDocument);
    assert_eq!(batch.count, Some(9));
    assert_eq!(party_qids(&facts, batch), vec!["Q881", "Q884"]);
}

#[test]
fn a_judgement_in_quotes_and_a_verb_after_a_document_word_make_no_title() {
    let text = "Государственная дума в среду ратифицировала соглашение между Россией и США. \
                Заместитель министра иностранных дел Сергей Рябков назвал продление договора \
                «правильным шагом». Соглашение продлевает его действие до 2026 года. На полях \
                встречи также был подписан ряд межправительственных соглашений и меморандумов.";
    let facts = extractor().extract(text, &published(2021, time::Month::January, 27));
    assert_sound(&facts);
    assert!(
        agreement_titles(&facts).is_empty(),
        "{:?}",
        facts.agreements
    );
    // "ряд ... соглашений и меморандумов": one uncounted batch, whatever qualifies it.
    assert_eq!(facts.agreements.len(), 2, "{:?}", facts.agreements);
}

#[test]
fn a_headline_shortens_titles_without_their_years_and_tells_one_by_one_documents_as_a_count() {
    use diplokg::facts::AgreementKind;
    let text = "峰会闭幕 通过《北京宣言》和《北京行动计划》\n\n光明网北京9月4日电 \
                中非合作论坛北京峰会4日下午在人民大会堂闭幕。峰会审议通过了《北京宣言》和\
                《中非合作论坛—北京行动计划（2019—2021年）》。";
    let facts = extractor().extract(text, &published(2018, time::Month::September, 4));
    assert_sound(&facts);
    assert_eq!(agreements_of(&facts, AgreementKind::Plan).len(), 1);

    let text = "India, China sign two pacts\n\nQINGDAO (PTI) - Prime Minister Narendra Modi held \
                talks with Chinese President Xi Jinping on Saturday. After the talks, the two \
                sides signed a memorandum of understanding on the sharing of river data, and a \
                protocol on requirements for exporting rice from India to China.";
    let facts = extractor().extract(text, &published(2018, time::Month::June, 9));
    assert_sound(&facts);
    assert!(
        facts.agreements.iter().all(|a| a.count.is_none()),
        "{:?}",
        facts.agreements
    );
    assert_eq!(facts.agreements.len(), 2);
}

#[test]
fn letters_of_intent_and_frameworks_with_their_years_are_documents() {
    use diplokg::facts::AgreementKind;
    let text = "NOUAKCHOTT - Mauritanian President Mohamed Ould Ghazouani held talks with Spanish \
                Prime Minister Pedro Sanchez on Thursday. The two leaders then witnessed the \
                signing of a letter of intent to finance training projects. At the end of the \
                summit of the Gulf Cooperation Council, the leaders adopted the GCC-ASEAN \
                Framework of Cooperation 2024-2028.";
    let facts = extractor().extract(text, &published(2024, time::Month::February, 8));
    assert_sound(&facts);
    let letter = agreement_of(&facts, AgreementKind::Agreement);
    assert_eq!(party_qids(&facts, letter), vec!["Q1025", "Q29"]);
    let plan = agreement_of(&facts, AgreementKind::Plan);
    assert_eq!(
        plan.title.as_ref().map(|t| t.text.as_str()),
        Some("GCC-ASEAN Framework of Cooperation 2024-2028")
    );
}

#[test]
fn a_document_told_to_come_out_is_one_without_an_act() {
    use diplokg::facts::AgreementKind;
    let report = |last: &str| {
        format!(
            "المنامة في 13 أكتوبر / بنا / أجرى الملك حمد بن عيسى آل خليفة ملك مملكة البحرين اليوم \
             اتصالا هاتفيا بالرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية.\n{last}"
        )
    };
    let text = report("كما صدر بيان مشترك أكد فيه الجانبان تطابق رؤيتهما إزاء القضايا الإقليمية.");
    let facts = extractor().extract(&text, &published(2020, time::Month::October, 13));
    assert_sound(&facts);
    let statement = agreement_of(&facts, AgreementKind::JointStatement);
    assert_eq!(party_qids(&facts, statement), vec!["Q398", "Q79"]);
    // A document word with no act and no such verb names no document.
    let text = report("وأكد الجانبان أهمية بيان مشترك للبلدين.");
    let facts = extractor().extract(&text, &published(2020, time::Month::October, 13));
    assert!(facts.agreements.is_empty(), "{:?}", facts.agreements);
}
