//! The rule words of extraction, read from `ontology/lexicon/*.tsv` (see its README) and compiled
//! into one aho-corasick automaton, so a whole article is scanned for every trigger, cue, month
//! and title in one linear pass.

use crate::facts::{AgreementKind, EventKind, RoleKind, TimeOfDay};
use crate::text::{self, Hit, Matcher, Normalized, PatternRule, Script};
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// The lexicon files bundled into the binary, as `(file name, content)`.
const BUNDLED: &[(&str, &str)] = &[
    (
        "events.tsv",
        include_str!("../../ontology/lexicon/events.tsv"),
    ),
    (
        "roles.tsv",
        include_str!("../../ontology/lexicon/roles.tsv"),
    ),
    (
        "dates.tsv",
        include_str!("../../ontology/lexicon/dates.tsv"),
    ),
    ("cues.tsv", include_str!("../../ontology/lexicon/cues.tsv")),
    (
        "agreements.tsv",
        include_str!("../../ontology/lexicon/agreements.tsv"),
    ),
    (
        "places.tsv",
        include_str!("../../ontology/lexicon/places.tsv"),
    ),
];

/// A relative date word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelativeDay {
    /// The publication day.
    Today,
    /// The day before publication.
    Yesterday,
    /// Two days before publication ("أمس الأول", "позавчера").
    DayBeforeYesterday,
    /// The day after publication.
    Tomorrow,
    /// The last date named before ("the same day").
    SameDay,
    /// The year of publication (or of the article's dates).
    ThisYear,
    /// The year after publication.
    NextYear,
    /// The year before publication.
    LastYear,
    /// The month of publication.
    ThisMonth,
    /// The month after publication.
    NextMonth,
    /// The month before publication.
    LastMonth,
}

/// Modality cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    /// Future, plan or invitation.
    Planned,
    /// Going on at publication time.
    Ongoing,
    /// Negation.
    Negation,
}

/// Cue words around events and names (`cue` category).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// "after" (a reference to an event already named).
    After,
    /// "before".
    Before,
    /// "during".
    During,
    /// "on the sidelines of" (parent event).
    Sidelines,
    /// Reported speech ("said", "أشار").
    Speech,
    /// The guest of an event ("in honour of").
    Guest,
    /// The host who invited ("at the invitation of").
    Host,
    /// An invitation made ("invited X to visit", "وجه الدعوة"): who made it hosts the visit.
    Invite,
    /// Witnesses ("witnessed").
    Witness,
    /// Attendance ("attended").
    Attend,
    /// Opens a list of people ("كل من", "including").
    List,
    /// "the above events".
    AboveEvents,
    /// Topic ("discussed", "حول").
    Topic,
    /// A mechanism or institution word: the trigger after it is not an event.
    Block,
    /// Place preposition.
    Locative,
    /// A part of a month before its name ("at the end of August", "أواخر أغسطس", "в начале
    /// мая"): the month alone is a date.
    MonthPart,
    /// Destination preposition.
    Destination,
    /// Honorific skipped in front of names.
    Honorific,
    /// A spouse word ("his wife", "夫人", "عقيلته"): the name after it is a person's.
    Spouse,
    /// "counterpart", "نظيره", "коллега": the name after it holds the office of the one before.
    Counterpart,
    /// "hosted by", "أقامها": the person after it hosts the ceremony or banquet before it.
    HostedBy,
    /// Word of a year ("عام 2026").
    Year,
    /// Word of a day ("يوم 20").
    Day,
    /// A function word that ends a name.
    Stop,
    /// "leader" with a nationality: the head of state or government the article names.
    Leader,
    /// "until", "since": the date after it bounds a stay or a time; it is not the day of an
    /// event.
    Until,
    /// "earlier", "ранее": what follows happened before the day reported, on a day not said.
    Earlier,
    /// An honorific pronoun ("سموه", "فخامته"): the dignitary the report is about.
    Pronoun,
    /// A personal pronoun for a person ("he", "she", "он", "他"): the subject told last.
    He,
    /// "chaired", "ترأس": who chairs the gathering it names.
    Chair,
    /// "on behalf of", "نيابة عن": the person after it is represented, not present.
    Behalf,
    /// "between" after a document: its parties are named next ("... between Egypt and Jordan").
    Between,
    /// "between the two countries" after a document: its parties are the two principals' countries.
    BetweenSides,
    /// A light verb whose noun names the event ("held talks", "أجرى مباحثات", "провёл переговоры").
    Light,
    /// "followed by", "أعقبها": the event after it has the people of the event before it.
    Followed,
    /// "затем", "then", "ثم": a later step, which a noun for talks does not restate.
    Then,
    /// A passive auxiliary ("was received", "تم استقبال"): the subject undergoes the act.
    Passive,
    /// "by", "من قبل": the agent of a passive act follows.
    Agent,
    /// "airport", "المطار": a reception there is a welcome ceremony.
    Airport,
    /// "a number of", "عدد من", "ряд": an uncounted batch of documents follows.
    Several,
    /// "more than", "أكثر من", "более", "余" (after the number): a count that only bounds a
    /// batch, which keeps no count.
    Approximate,
    /// "trilateral", "ثلاثية", "трехсторонн": one meeting of several parties, not several.
    Joint,
    /// "on the eve of", "عشية", "накануне": before the event named, on the day before it.
    Eve,
    /// "titled", "بعنوان", "под названием", "题为": the quoted title of the document before.
    Titled,
    /// "the guest", "الضيف", "гость": the guest of the visit under way.
    Visitor,
    /// "separate", "منفصلة", "отдельн", "分别": one event for each person named.
    Separate,
    /// "his", "своего" before a visit: the visit is the sentence's subject's.
    Possessive,
    /// A portfolio or body word in a title's complement ("Minister of Planning and Investment").
    Portfolio,
    /// The head noun of an institution's name ("وزارة", "مجلس", "Ministry", "Agency").
    Institution,
    /// "conveyed the greetings of", "نقل تحيات", "передал привет": the people named after it in
    /// its clause sent or receive greetings; they are not there.
    Greetings,
    /// "also", "كذلك", "также" by an act: one more act of its kind, not a part of the one before.
    Also,
    /// An intransitive verb that tells a document came out ("صدر بيان مشترك"): it names the
    /// document, not an act of anyone's.
    Issued,
}

/// Two principals at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pair {
    /// "the two presidents".
    Persons,
    /// "both sides".
    Sides,
    /// "the leaders", "القادة": every leader who took part in an event told so far.
    Leaders,
}

/// What a lexicon phrase signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// An event trigger.
    Event(EventKind),
    /// A title of office.
    Role(RoleKind),
    /// A month (1–12).
    Month(u8),
    /// A weekday (1 = Monday).
    Weekday(u8),
    /// A relative date.
    RelativeDay(RelativeDay),
    /// A time of day.
    TimeOfDay(TimeOfDay),
    /// Modality.
    Modal(Modality),
    /// A cue.
    Cue(Cue),
    /// Two principals.
    Pair(Pair),
    /// A document word.
    Agreement(AgreementKind),
    /// A title word that makes a generic agreement more specific.
    AgreementKeyword(AgreementKind),
    /// A quoted name that is not a document ("Year of ...").
    NotAgreement,
    /// Head word of a venue.
    Venue,
    /// Anniversary word.
    Anniversary,
    /// An ordinal number word.
    Ordinal(u32),
    /// A cardinal number word ("seven", "سبع", "семь").
    Cardinal(u32),
    /// Introduces fields ("in the fields of"); `true` when the phrase is itself the field.
    FieldIntro(bool),
    /// A fixed compound field ("science and technology").
    Field,
}

/// One line of a lexicon file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// What it signals.
    pub sense: Sense,
    /// `verb`: a predicate, makes an event by itself.
    pub verb: bool,
    /// `part=signatory`: actors of this trigger sign.
    pub signatory: bool,
    /// `part=host`: the first actor hosts, the others are guests ("received").
    pub host: bool,
    /// `post`: the cue follows what it qualifies (Chinese 后).
    pub post: bool,
    /// `needs-title`: names a document only with a title or a count.
    pub needs_title: bool,
    /// `batch`: may take a count.
    pub batch: bool,
    /// `home`: a title of the reporting country's own office ("国家主席", "رئيس الدولة").
    pub home: bool,
    /// `both`: a dual noun naming the last two events of its kind ("اللقاءين", "both meetings").
    pub both: bool,
    /// `restricted`: a meeting in a restricted format ("لقاء مصغر", "one-on-one meeting"),
    /// which the attendees of the day's other events do not join.
    pub restricted: bool,
    /// `sitting`: a sitting of whatever was held ("حضر الجلسة"): it names
    /// no event by itself; who attends it attends the latest talks, meeting or summit.
    pub sitting: bool,
    /// `plural`: a title held by the several people named after it ("the foreign ministers of
    /// the two countries, A and B", "президентами России и Ирана A и B").
    pub plural: bool,
}

/// A lexicon phrase found in a text.
#[derive(Debug, Clone)]
pub struct LexHit {
    /// Normalised byte span of the anchor (clitics excluded, article included).
    pub start: usize,
    /// End of the normalised span.
    pub end: usize,
    /// The phrase found, whose entries are [`Lexicon::entries`].
    pub phrase: usize,
    /// An Arabic proclitic preposition in front (`ب`, `ل`, `ك`).
    pub preposition: Option<char>,
    /// The Arabic article `ال` (or the contraction `لل`) makes the phrase definite.
    pub article: bool,
    /// The cues among the phrase's senses, one bit each ([`cue_bit`]): the rules ask for cues
    /// all the time, and this answers without a walk over the entries.
    pub cues: u64,
}

/// The bit of `cue` in [`LexHit::cues`], or 0 for a cue past the 64th, which has none (then
/// [`LexHit::cues`] says nothing about it).
pub fn cue_bit(cue: Cue) -> u64 {
    1u64.checked_shl(cue as u32).unwrap_or(0)
}

/// The compiled lexicon.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    rules: Vec<PatternRule>,
    targets: Vec<Vec<usize>>,
    /// For each phrase, the bits of the cues among its entries' senses ([`cue_bit`]).
    cues: Vec<u64>,
    matcher: Option<Matcher>,
    problems: Vec<String>,
}

impl Lexicon {
    /// The lexicon bundled into the binary. Lines that do not parse are skipped and listed in
    /// [`Lexicon::problems`] (a unit test keeps that list empty).
    pub fn bundled() -> Self {
        Self::from_tsv(BUNDLED)
    }

    /// Builds a lexicon from `(file name, content)` pairs.
    pub fn from_tsv(files: &[(&str, &str)]) -> Self {
        let mut entries = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut rules: Vec<PatternRule> = Vec::new();
        let mut targets: Vec<Vec<usize>> = Vec::new();
        let mut problems = Vec::new();
        for (file, content) in files {
            for (number, line) in content.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let columns: Vec<&str> = line.split('\t').collect();
                let (Some(lang), Some(phrase), Some(category)) =
                    (columns.first(), columns.get(1), columns.get(2))
                else {
                    problems.push(format!("{file}, line {}: fewer than 3 columns", number + 1));
                    continue;
                };
                let value = columns.get(3).copied().unwrap_or("");
                let flags = columns.get(4).copied().unwrap_or("");
                let Some(entry) = parse_entry(category, value, flags) else {
                    problems.push(format!(
                        "{file}, line {}: unknown category or value '{category}' '{value}'",
                        number + 1
                    ));
                    continue;
                };
                entries.push(entry);
                let e = entries.len() - 1;
                let open_end = phrase.ends_with('*');
                let phrase = phrase.trim_end_matches('*');
                // An honorific never takes the article: "الدولة" is the state, not "دولة"; nor
                // does a verb: "الصادق" is a name, not "صادق" (ratified).
                let article_ok = *lang == "ar"
                    && !phrase.starts_with("ال")
                    && entry.sense != Sense::Cue(Cue::Honorific)
                    && !entry.verb;
                for variant in expand_alternations(phrase)
                    .into_iter()
                    .flat_map(|v| with_pronoun_suffixes(lang, v))
                    .flat_map(|v| with_contraction(lang, v))
                {
                    let normalized = text::normalize_label(&variant);
                    if normalized.is_empty() {
                        continue;
                    }
                    let i = *index.entry(normalized.clone()).or_insert_with(|| {
                        patterns.push(normalized);
                        rules.push(PatternRule::default());
                        targets.push(Vec::new());
                        patterns.len() - 1
                    });
                    rules[i].open_end |= open_end;
                    rules[i].article_ok |= article_ok;
                    if !targets[i].contains(&e) {
                        targets[i].push(e);
                    }
                }
            }
        }
        let matcher = if patterns.is_empty() {
            None
        } else {
            match Matcher::new(&patterns) {
                Ok(m) => Some(m),
                Err(e) => {
                    problems.push(format!("building the lexicon matcher: {e}"));
                    None
                }
            }
        };
        let cues = targets
            .iter()
            .map(|t| {
                t.iter()
                    .filter_map(|&e| match entries.get(e)?.sense {
                        Sense::Cue(cue) => Some(cue_bit(cue)),
                        _ => None,
                    })
                    .fold(0, |mask, bit| mask | bit)
            })
            .collect();
        Self {
            entries,
            rules,
            targets,
            cues,
            matcher,
            problems,
        }
    }

    /// Lines that could not be read.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The entry at `index`.
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index)
    }

    /// The entries of the phrase of a hit (the lines that list it).
    pub fn entries<'h>(&'h self, hit: &LexHit) -> impl Iterator<Item = &'h Entry> + 'h {
        // (A slice, not a flattened option: the rules walk these all the time.)
        self.targets
            .get(hit.phrase)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&e| self.entry(e))
    }

    /// Every lexicon phrase in a normalised text, leftmost-longest.
    pub fn scan(&self, normalized: &Normalized) -> Vec<LexHit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let found: Vec<Hit> = text::scan(
            matcher,
            normalized.as_str(),
            |p| self.rules.get(p).copied().unwrap_or_default(),
            |_| true,
        );
        found
            .into_iter()
            .map(|h| {
                let mut end = h.end;
                // An open end takes the rest of its word.
                if self.rules.get(h.pattern).is_some_and(|r| r.open_end) {
                    end += normalized.as_str()[end..]
                        .char_indices()
                        .find(|&(_, c)| !text::is_word_char(c) || text::script_of(c) == Script::Cjk)
                        .map_or(normalized.as_str().len() - end, |(i, _)| i);
                }
                // A phrase that starts with "لل" is the preposition and the article.
                let contracted = normalized.as_str()[h.start..].starts_with("لل");
                LexHit {
                    start: h.start,
                    end,
                    phrase: h.pattern,
                    preposition: h.clitics.preposition.or(contracted.then_some('ل')),
                    article: h.clitics.article || contracted,
                    cues: self.cues.get(h.pattern).copied().unwrap_or(0),
                }
            })
            .collect()
    }
}

/// An Arabic phrase ending in ta marbuta, and the same with a possessive pronoun, where the ta
/// marbuta is written `ت`: "زيارة" → "زيارته", "زيارتها", "زيارتهما", "زيارتهم" ("his visit").
fn with_pronoun_suffixes(lang: &str, phrase: String) -> Vec<String> {
    let Some(stem) = phrase.strip_suffix('ة').filter(|_| lang == "ar") else {
        return vec![phrase];
    };
    let suffixed = ["ه", "ها", "هما", "هم"].map(|pronoun| format!("{stem}ت{pronoun}"));
    std::iter::once(phrase.clone()).chain(suffixed).collect()
}

/// An Arabic phrase with the article, and the same after the preposition `ل`, which contracts
/// with it: "الأمين العام" → "للأمين العام" ("of the Secretary-General").
fn with_contraction(lang: &str, phrase: String) -> Vec<String> {
    match phrase.strip_prefix("ال").filter(|_| lang == "ar") {
        Some(rest) => {
            let contracted = format!("لل{rest}");
            vec![phrase, contracted]
        }
        None => vec![phrase],
    }
}

/// `ونائب{|ة} رئيس{|ا}` → every combination of the alternations.
fn expand_alternations(phrase: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut rest = phrase;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let prefix = &rest[..open];
        let options: Vec<&str> = rest[open + 1..close].split('|').collect();
        out = out
            .iter()
            .flat_map(|s| options.iter().map(move |o| format!("{s}{prefix}{o}")))
            .collect();
        rest = &rest[close + 1..];
    }
    for s in &mut out {
        s.push_str(rest);
    }
    out
}

/// A kebab-case facts enum value (`state-visit`) as its Rust value.
fn kebab<T: DeserializeOwned>(value: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(value.to_owned())).ok()
}

fn parse_entry(category: &str, value: &str, flags: &str) -> Option<Entry> {
    let number = || value.parse::<u32>().ok();
    let sense = match category {
        "event" => Sense::Event(kebab(value)?),
        "role" => Sense::Role(kebab(value)?),
        "month" => Sense::Month(
            u8::try_from(number()?)
                .ok()
                .filter(|m| (1..=12).contains(m))?,
        ),
        "weekday" => Sense::Weekday(
            u8::try_from(number()?)
                .ok()
                .filter(|d| (1..=7).contains(d))?,
        ),
        "reldate" => Sense::RelativeDay(match value {
            "today" => RelativeDay::Today,
            "yesterday" => RelativeDay::Yesterday,
            "day-before-yesterday" => RelativeDay::DayBeforeYesterday,
            "tomorrow" => RelativeDay::Tomorrow,
            "same-day" => RelativeDay::SameDay,
            "this-year" => RelativeDay::ThisYear,
            "next-year" => RelativeDay::NextYear,
            "last-year" => RelativeDay::LastYear,
            "this-month" => RelativeDay::ThisMonth,
            "next-month" => RelativeDay::NextMonth,
            "last-month" => RelativeDay::LastMonth,
            _ => return None,
        }),
        "tod" => Sense::TimeOfDay(kebab(value)?),
        "modal" => Sense::Modal(match value {
            "planned" => Modality::Planned,
            "ongoing" => Modality::Ongoing,
            "negation" => Modality::Negation,
            _ => return None,
        }),
        "cue" => Sense::Cue(match value {
            "after" | "reference" => Cue::After,
            "before" => Cue::Before,
            "during" => Cue::During,
            "sidelines" => Cue::Sidelines,
            "speech" => Cue::Speech,
            "guest" => Cue::Guest,
            "host" => Cue::Host,
            "invite" => Cue::Invite,
            "witness" => Cue::Witness,
            "attend" => Cue::Attend,
            "list" => Cue::List,
            "above-events" => Cue::AboveEvents,
            "topic" => Cue::Topic,
            "block" => Cue::Block,
            "locative" => Cue::Locative,
            "month-part" => Cue::MonthPart,
            "destination" => Cue::Destination,
            "honorific" => Cue::Honorific,
            "spouse" => Cue::Spouse,
            "counterpart" => Cue::Counterpart,
            "hosted-by" => Cue::HostedBy,
            "year" => Cue::Year,
            "day" => Cue::Day,
            "stop" => Cue::Stop,
            "leader" => Cue::Leader,
            "until" => Cue::Until,
            "earlier" => Cue::Earlier,
            "pronoun" => Cue::Pronoun,
            "he" => Cue::He,
            "chair" => Cue::Chair,
            "behalf" => Cue::Behalf,
            "between" => Cue::Between,
            "between-sides" => Cue::BetweenSides,
            "light" => Cue::Light,
            "followed" => Cue::Followed,
            "then" => Cue::Then,
            "passive" => Cue::Passive,
            "agent" => Cue::Agent,
            "airport" => Cue::Airport,
            "several" => Cue::Several,
            "approximate" => Cue::Approximate,
            "joint" => Cue::Joint,
            "eve" => Cue::Eve,
            "titled" => Cue::Titled,
            "issued" => Cue::Issued,
            "also" => Cue::Also,
            "greetings" => Cue::Greetings,
            "visitor" => Cue::Visitor,
            "separate" => Cue::Separate,
            "possessive" => Cue::Possessive,
            "portfolio" => Cue::Portfolio,
            "institution" => Cue::Institution,
            _ => return None,
        }),
        "pair" => Sense::Pair(match value {
            "persons" => Pair::Persons,
            "sides" => Pair::Sides,
            "leaders" => Pair::Leaders,
            _ => return None,
        }),
        "agreement" => Sense::Agreement(kebab(value)?),
        "agreement-kw" => Sense::AgreementKeyword(kebab(value)?),
        "not-agreement" => Sense::NotAgreement,
        "venue" => Sense::Venue,
        "anniversary" => Sense::Anniversary,
        "ordinal" => Sense::Ordinal(number()?),
        "cardinal" => Sense::Cardinal(number()?),
        "field-intro" => Sense::FieldIntro(value == "fields-self"),
        "field" => Sense::Field,
        _ => return None,
    };
    let has = |flag: &str| flags.split(',').any(|f| f.trim() == flag);
    Some(Entry {
        sense,
        verb: has("verb"),
        signatory: has("part=signatory"),
        host: has("part=host"),
        post: has("post"),
        needs_title: has("needs-title"),
        batch: has("batch"),
        home: has("home"),
        both: has("both"),
        restricted: has("restricted"),
        sitting: has("sitting"),
        plural: has("plural"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lexicon_reads_without_problems() {
        let lexicon = Lexicon::bundled();
        assert!(lexicon.problems().is_empty(), "{:#?}", lexicon.problems());
        assert!(lexicon.entries.len() > 500);
    }

    #[test]
    fn cue_bits_say_what_the_entries_say() {
        let lexicon = Lexicon::bundled();
        let cues: Vec<Cue> = lexicon
            .entries
            .iter()
            .filter_map(|e| match e.sense {
                Sense::Cue(cue) => Some(cue),
                _ => None,
            })
            .collect();
        for (phrase, targets) in lexicon.targets.iter().enumerate() {
            for &cue in &cues {
                let listed = targets
                    .iter()
                    .any(|&e| lexicon.entries[e].sense == Sense::Cue(cue));
                let bit = lexicon.cues[phrase] & cue_bit(cue) != 0;
                assert_eq!(bit, listed && cue_bit(cue) != 0, "phrase {phrase}, {cue:?}");
            }
        }
    }

    #[test]
    fn alternations_expand() {
        assert_eq!(
            expand_alternations("وقع{|ا|ت}"),
            vec!["وقع", "وقعا", "وقعت"]
        );
        assert_eq!(
            expand_alternations("a{|b} c{d|e}"),
            vec!["a cd", "a ce", "ab cd", "ab ce"]
        );
        assert_eq!(expand_alternations("plain"), vec!["plain"]);
    }

    #[test]
    fn scans_with_clitics_and_open_ends() {
        let lexicon = Lexicon::bundled();
        let text = Normalized::new("وقعت الصين وروسيا، وشهدا التوقيع. Переговорами");
        let senses: Vec<Sense> = lexicon
            .scan(&text)
            .iter()
            .flat_map(|h| lexicon.entries(h).map(|e| e.sense).collect::<Vec<_>>())
            .collect();
        assert!(senses.contains(&Sense::Event(EventKind::Signing)));
        assert!(senses.contains(&Sense::Cue(Cue::Witness)));
        assert!(senses.contains(&Sense::Event(EventKind::Talks)));
    }

    #[test]
    fn arabic_possessive_pronouns_and_the_contracted_preposition() {
        let lexicon = Lexicon::bundled();
        let text = Normalized::new("ورافقه في زيارته للأمين العام");
        let hits = lexicon.scan(&text);
        let with = |sense: Sense| {
            hits.iter()
                .find(|h| lexicon.entries(h).any(|e| e.sense == sense))
                .unwrap_or_else(|| panic!("no {sense:?} in {hits:?}"))
        };
        with(Sense::Event(EventKind::Visit));
        let title = with(Sense::Role(RoleKind::SecretaryGeneral));
        assert_eq!(title.preposition, Some('ل'));
        assert!(title.article);
        assert_eq!(
            with_pronoun_suffixes("ar", "زيارة".into()),
            vec!["زيارة", "زيارته", "زيارتها", "زيارتهما", "زيارتهم"]
        );
        assert_eq!(with_contraction("en", "the".into()), vec!["the"]);
    }
}
