//! Extraction: article text to [`crate::facts::Facts`], by general rules over the gazetteer and
//! the lexicons of `ontology/`.
//!
//! Data flows one way through small steps, each its own module:
//! 1. [`document`]: header, title, language;
//! 2. [`doc`]: normalisation ([`crate::text`]), one scan for every lexicon phrase and one for
//!    every gazetteer name (both aho-corasick, linear in the text), numbers, quotations,
//!    sentences and reported speech;
//! 3. [`dates`]: date expressions and times of day;
//! 4. [`entities`]: gazetteer names, names found by context, roles, lists of people, venues;
//! 5. [`events`]: events from triggers, with participants, date, place, status and parent;
//! 6. [`agreements`]: agreements, batches and anniversaries;
//! 7. this module: local ids, mentions with code-point offsets, the facts.
//!
//! Nothing here panics on any input: every offset comes from the normaliser's map and every
//! slice is checked.

mod agreements;
mod dates;
mod doc;
mod document;
mod entities;
mod events;
mod lexicon;

use crate::facts::{
    Agreement, Anniversary, Document, Entity, EntityKind, Event, FACTS_VERSION, Facts, Mention,
    Participant, Role, Title, Topic, text_sha256,
};
use crate::gazetteer::Gazetteer;
use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

pub use document::{Header, detect_language, split_header};
pub use lexicon::Lexicon;

/// What the caller knows about a text besides its content. The text's own header wins over
/// these values, which are fallbacks.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Document id (a slug); derived from the text hash when absent.
    pub doc_id: Option<String>,
    /// Language (`ar`, `en`, `zh`, `ru`); detected when absent.
    pub lang: Option<String>,
    /// Publication date that relative dates resolve against.
    pub published: Option<time::Date>,
    /// Where the article was published.
    pub source_url: Option<String>,
}

/// The extractor, holding the compiled gazetteer and lexicon.
pub struct Extractor {
    gazetteer: Gazetteer,
    lexicon: Lexicon,
}

impl Extractor {
    /// An extractor over `gazetteer` and the bundled lexicon.
    pub fn new(gazetteer: Gazetteer) -> Self {
        Self {
            gazetteer,
            lexicon: Lexicon::bundled(),
        }
    }

    /// The facts of `input` (a text, maybe with a header).
    pub fn extract(&self, input: &str, options: &ExtractOptions) -> Facts {
        let (header, body) = split_header(input);
        let hash = text_sha256(body);
        let lang = header
            .lang
            .clone()
            .or_else(|| options.lang.clone())
            .unwrap_or_else(|| detect_language(body).to_owned());
        let published = header
            .published
            .as_deref()
            .and_then(dates::parse_iso)
            .or(options.published);
        let id = header
            .id
            .clone()
            .filter(|id| crate::facts::is_valid_local_id(id))
            .or_else(|| options.doc_id.clone())
            .unwrap_or_else(|| format!("doc-{}", &hash[..16]));
        let title = header
            .title
            .clone()
            .or_else(|| document::title_line(body).map(|(_, t)| t));
        let document = Document {
            id,
            lang: lang.clone(),
            title,
            published: published
                .map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())),
            source_url: header.url.clone().or_else(|| options.source_url.clone()),
            text_sha256: hash,
            text: body.to_owned(),
        };
        let doc = doc::Doc::new(body, &self.lexicon, &self.gazetteer);
        let (date_mentions, times) = dates::find(&doc);
        // The article's date: published, else the first full date it states.
        let first_stated = date_mentions.iter().find_map(|d| match d.said {
            dates::Said::Calendar {
                year: Some(y),
                month: Some(m),
                day: Some(day),
            } => time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, day).ok(),
            _ => None,
        });
        let article_date = published.or(first_stated);
        let article_day = article_date
            .map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()));
        let found = entities::Entities::find(&doc, &self.gazetteer, &lang, article_day.as_deref());
        let context = events::Context {
            entities: &found,
            dates: &date_mentions,
            times: &times,
            published,
        };
        let found_events = events::find(&doc, &context);
        let mut found_agreements = agreements::find(&doc, &found, &found_events);
        agreements::date_past_documents(&doc, &date_mentions, &mut found_agreements);
        let found_anniversaries = agreements::anniversaries(
            &doc,
            &date_mentions,
            &found_events,
            &mut found_agreements,
            article_date.map(|d| d.year()),
        );
        Assembler::new(&doc, document, found).finish(
            found_events,
            found_agreements,
            found_anniversaries,
        )
    }
}

/// Turns the found items into facts: ids, mentions, references. It owns the found items, so
/// their strings move into the facts instead of being copied.
struct Assembler<'a, 'd> {
    doc: &'a doc::Doc<'d>,
    document: Document,
    entities: entities::Entities,
    /// Source code-point spans of the mentions, as registered (unordered, maybe repeated).
    spans: Vec<(usize, usize)>,
    entity_ids: Vec<String>,
}

/// The mentions of an article: distinct source spans in order of position, and their ids.
struct Mentions {
    spans: Vec<(usize, usize)>,
    ids: Vec<String>,
}

impl Mentions {
    /// Orders and numbers the registered spans (`m1`, `m2`, ... in order of position).
    fn new(mut spans: Vec<(usize, usize)>) -> Self {
        spans.sort_unstable();
        spans.dedup();
        let ids = (1..=spans.len()).map(mention_id).collect();
        Self { spans, ids }
    }

    /// The id of the mention at a source span.
    fn id(&self, span: (usize, usize)) -> Option<&String> {
        self.spans
            .binary_search(&span)
            .ok()
            .and_then(|i| self.ids.get(i))
    }

    /// The ids of the mentions at `spans`, without consecutive repeats (each id copied once).
    fn ids(&self, spans: &[(usize, usize)]) -> Vec<String> {
        let mut out = Vec::with_capacity(spans.len());
        let mut last = None;
        for &span in spans {
            if let Ok(i) = self.spans.binary_search(&span) {
                if last != Some(i) {
                    out.extend(self.ids.get(i).cloned());
                    last = Some(i);
                }
            }
        }
        out
    }
}

/// Lists of source spans, one per item, kept in one vector: item `i`'s spans are
/// `spans[bounds[i]..bounds[i + 1]]` (one allocation for all items instead of one each).
struct SpanLists {
    spans: Vec<(usize, usize)>,
    bounds: Vec<usize>,
}

impl SpanLists {
    fn with_capacity(items: usize) -> Self {
        let mut bounds = Vec::with_capacity(items + 1);
        bounds.push(0);
        Self {
            spans: Vec::new(),
            bounds,
        }
    }

    /// The spans of `pairs` (item, span) grouped by item (those of items past `items` dropped),
    /// each item's sorted and distinct.
    fn grouped(items: usize, pairs: &[(usize, (usize, usize))]) -> Self {
        // A counting sort by item keeps each item's spans in their order, which is nearly
        // sorted already (occurrences come by position).
        let mut bounds = vec![0; items + 1];
        for &(item, _) in pairs {
            if let Some(count) = bounds.get_mut(item + 1) {
                *count += 1;
            }
        }
        for i in 1..bounds.len() {
            bounds[i] += bounds[i - 1];
        }
        let mut spans = vec![(0, 0); bounds[items]];
        let mut next = bounds.clone();
        for &(item, span) in pairs {
            if let Some(at) = next.get_mut(item).filter(|_| item < items) {
                spans[*at] = span;
                *at += 1;
            }
        }
        // Each item's list sorted and without repeats, moved down over the repeats dropped.
        let mut kept = 0;
        for i in 0..items {
            let (start, end) = (bounds[i], bounds[i + 1]);
            spans[start..end].sort_unstable();
            bounds[i] = kept;
            for j in start..end {
                if j == start || spans[j] != spans[kept - 1] {
                    spans[kept] = spans[j];
                    kept += 1;
                }
            }
        }
        bounds[items] = kept;
        spans.truncate(kept);
        Self { spans, bounds }
    }

    /// Ends the current item's list.
    fn close(&mut self) {
        self.bounds.push(self.spans.len());
    }

    /// The spans of item `i`.
    fn get(&self, i: usize) -> &[(usize, usize)] {
        match (self.bounds.get(i), self.bounds.get(i + 1)) {
            (Some(&s), Some(&e)) => self.spans.get(s..e).unwrap_or_default(),
            _ => &[],
        }
    }
}

impl<'a, 'd> Assembler<'a, 'd> {
    fn new(doc: &'a doc::Doc<'d>, document: Document, entities: entities::Entities) -> Self {
        let mut used = UniqueIds::with_capacity(entities.found.len());
        let entity_ids = entities
            .found
            .iter()
            .map(|e| {
                // The English label, else the name in Latin letters (transliterated from
                // Cyrillic or Arabic), else the QID.
                let base = e
                    .english
                    .as_deref()
                    .map(slug)
                    .filter(|s| !s.is_empty())
                    .or_else(|| Some(slug(&e.name)).filter(|s| !s.is_empty()))
                    .or_else(|| e.qid.as_ref().map(|q| q.to_ascii_lowercase()))
                    .unwrap_or_else(|| kind_name(e.kind).to_owned());
                used.unique(base)
            })
            .collect();
        Self {
            doc,
            document,
            entities,
            spans: Vec::new(),
            entity_ids,
        }
    }

    /// Registers a normalised span as a mention; returns its source span when non-empty.
    fn span(&mut self, start: usize, end: usize) -> Option<(usize, usize)> {
        let (s, e) = self.doc.source_span(start, end);
        if s >= e {
            return None;
        }
        self.spans.push((s, e));
        Some((s, e))
    }

    /// Registers the normalised spans of each item as mentions, in one [`SpanLists`].
    fn span_lists<'i, T: 'i>(
        &mut self,
        items: impl ExactSizeIterator<Item = &'i T>,
        spans: impl Fn(&'i T) -> &'i [(usize, usize)],
    ) -> SpanLists {
        let mut lists = SpanLists::with_capacity(items.len());
        for item in items {
            for &(s, e) in spans(item) {
                if let Some(span) = self.span(s, e) {
                    lists.spans.push(span);
                }
            }
            lists.close();
        }
        lists
    }

    fn finish(
        mut self,
        events: Vec<events::FoundEvent>,
        agreements: Vec<agreements::FoundAgreement>,
        anniversaries: Vec<agreements::FoundAnniversary>,
    ) -> Facts {
        let found = std::mem::take(&mut self.entities.found);
        let occurrences = std::mem::take(&mut self.entities.occurrences);
        let found_roles = std::mem::take(&mut self.entities.roles);
        // Collect every span first, so mention ids follow the text.
        let mut by_entity: Vec<(usize, (usize, usize))> = Vec::with_capacity(occurrences.len());
        for o in &occurrences {
            if let Some(span) = self.span(o.start, o.end) {
                by_entity.push((o.entity, span));
            }
        }
        let entity_spans = SpanLists::grouped(found.len(), &by_entity);
        let role_spans = self.span_lists(found_roles.iter(), |r| &r.spans);
        let event_spans = self.span_lists(events.iter(), |v| &v.spans);
        let date_spans: Vec<Option<(usize, usize)>> = events
            .iter()
            .map(|v| v.date_span.and_then(|(s, e)| self.span(s, e)))
            .collect();
        let agreement_spans = self.span_lists(agreements.iter(), |a| &a.spans);
        let agreement_date_spans: Vec<Option<(usize, usize)>> = agreements
            .iter()
            .map(|a| a.date_span.and_then(|(s, e)| self.span(s, e)))
            .collect();
        let anniversary_spans: Vec<Option<(usize, usize)>> = anniversaries
            .iter()
            .map(|a| self.span(a.span.0, a.span.1))
            .collect();
        let mentions = Mentions::new(std::mem::take(&mut self.spans));
        // Entities that occur, and those an event or a role implies without naming them (the
        // country of a capital visited, the country a known crown prince is crown prince of).
        let mut present: Vec<bool> = (0..found.len())
            .map(|i| !entity_spans.get(i).is_empty())
            .collect();
        let implied = events
            .iter()
            .flat_map(|e| e.participants.iter().map(|&(p, _)| p).chain(e.place))
            .chain(found_roles.iter().filter_map(|r| r.of));
        for i in implied {
            if let Some(p) = present.get_mut(i) {
                *p = true;
            }
        }
        let entity_list: Vec<Entity> = found
            .into_iter()
            .enumerate()
            .filter(|&(i, _)| present[i])
            .map(|(i, e)| Entity {
                id: self.entity_ids[i].clone(),
                kind: e.kind,
                name: e.name,
                wikidata: e.qid,
                mentions: mentions.ids(entity_spans.get(i)),
            })
            .collect();
        let entity_id = |i: usize| {
            present
                .get(i)
                .is_some_and(|&p| p)
                .then(|| self.entity_ids[i].clone())
        };
        let mut used = UniqueIds::with_capacity(found_roles.len());
        let roles: Vec<Role> = found_roles
            .into_iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let person = entity_id(r.person)?;
                let role_name = kebab_name(r.role);
                Some(Role {
                    id: used.unique(format!("{person}-{role_name}")),
                    person,
                    role: r.role,
                    of: r.of.and_then(entity_id),
                    position: r.position,
                    title: Some(r.title),
                    mentions: mentions.ids(role_spans.get(i)),
                })
            })
            .collect();
        let mut used = UniqueIds::with_capacity(events.len());
        let event_ids: Vec<String> = events
            .iter()
            .map(|e| used.unique(kebab_name(e.kind)))
            .collect();
        // Which entities an event's participants named so far (cleared after each event).
        let mut seen = vec![false; present.len()];
        let event_list: Vec<Event> = events
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let mut date = e.date;
                if let (Some(d), Some(span)) = (&mut date, date_spans[i]) {
                    d.mention = mentions.id(span).cloned();
                }
                let spans = event_spans.get(i);
                // Each participant once, at its first place (entities not in the list are
                // always new).
                let mut first = |p: usize| match seen.get_mut(p) {
                    Some(s) => !std::mem::replace(s, true),
                    None => true,
                };
                let participants = e
                    .participants
                    .iter()
                    .filter(|&&(p, _)| first(p))
                    .filter_map(|&(p, role)| {
                        Some(Participant {
                            entity: entity_id(p)?,
                            role,
                        })
                    })
                    .collect();
                for &(p, _) in &e.participants {
                    if let Some(s) = seen.get_mut(p) {
                        *s = false;
                    }
                }
                Event {
                    id: event_ids[i].clone(),
                    kind: e.kind,
                    label: spans
                        .first()
                        .map(|&(s, end)| self.doc.source.slice(s, end).to_owned()),
                    date,
                    time_of_day: e.time_of_day,
                    place: e.place.and_then(entity_id),
                    participants,
                    parent: e
                        .parent
                        .filter(|&p| p != i)
                        .and_then(|p| event_ids.get(p).cloned()),
                    topics: e
                        .topics
                        .into_iter()
                        .map(|(label, entity)| Topic {
                            label,
                            entity: entity.and_then(entity_id),
                        })
                        .collect(),
                    status: e.status,
                    ordinal: e.ordinal,
                    mentions: mentions.ids(spans),
                }
            })
            .collect();
        let mut used = UniqueIds::with_capacity(agreements.len());
        let lang = self.document.lang.clone();
        let agreement_ids: Vec<String> = agreements
            .iter()
            .map(|a| used.unique(kebab_name(a.kind)))
            .collect();
        let agreement_list: Vec<Agreement> = agreements
            .into_iter()
            .enumerate()
            .map(|(i, a)| Agreement {
                id: agreement_ids[i].clone(),
                kind: a.kind,
                title: a.title.map(|text| Title {
                    text,
                    lang: lang.clone(),
                }),
                parties: a.parties.iter().filter_map(|&p| entity_id(p)).collect(),
                signatories: a.signatories.iter().filter_map(|&p| entity_id(p)).collect(),
                date: a.date.map(|mut d| {
                    d.mention = agreement_date_spans[i].and_then(|s| mentions.id(s).cloned());
                    d
                }),
                count: a.count,
                fields: a.fields,
                event: a.event.and_then(|e| event_ids.get(e).cloned()),
                mentions: mentions.ids(agreement_spans.get(i)),
            })
            .collect();
        let mut used = UniqueIds::with_capacity(anniversaries.len());
        let anniversary_list: Vec<Anniversary> = anniversaries
            .into_iter()
            .enumerate()
            .map(|(i, a)| Anniversary {
                id: used.unique(format!("anniversary-{}", a.ordinal)),
                ordinal: a.ordinal,
                of: a.of,
                subject: a.subject.and_then(|s| agreement_ids.get(s).cloned()),
                year: a.year,
                derived_year: a.year - a.ordinal as i32,
                mentions: anniversary_spans[i]
                    .and_then(|s| mentions.id(s).cloned())
                    .into_iter()
                    .collect(),
            })
            .collect();
        let mention_list: Vec<Mention> = mentions
            .spans
            .into_iter()
            .zip(mentions.ids)
            .map(|((start, end), id)| Mention {
                id,
                start,
                end,
                anchor: self.doc.source.slice(start, end).to_owned(),
            })
            .collect();
        Facts {
            version: FACTS_VERSION.to_owned(),
            document: self.document,
            mentions: mention_list,
            entities: entity_list,
            roles,
            events: event_list,
            agreements: agreement_list,
            anniversaries: anniversary_list,
        }
    }
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Country => "country",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
    }
}

/// The kebab-case name of a facts enum value (`state-visit`), as serde writes it.
fn kebab_name<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// An ASCII slug of a label: "Vladimir Putin" → `vladimir-putin`; Cyrillic and Arabic letters
/// are transliterated ("Алихан Смаилов" → `alikhan-smailov`, "هشام الغانم" → `hsham-alghanm`, its
/// consonants), other scripts give nothing.
fn slug(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    // An ASCII label (most English labels) normalises to its lower case with runs of what the
    // slug turns into dashes anyway (spaces, punctuation): it needs no normalised copy.
    let normalized = if label.is_ascii() {
        Cow::Borrowed(label)
    } else {
        Cow::Owned(crate::text::normalize_label(label))
    };
    for c in normalized.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(latin) = latin_letters(c) {
            out.push_str(latin);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    // ASCII only: a character is a byte.
    let trimmed = |s: &str| s.trim_end_matches('-').len();
    out.truncate(trimmed(&out).min(48));
    out.truncate(trimmed(&out));
    out
}

/// The Latin letters of a lower-case Cyrillic letter (BGN/PCGN, simplified) or of a normalised
/// Arabic letter (its consonant); `None` for any other character.
fn latin_letters(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        'ا' | 'أ' | 'إ' | 'آ' | 'ى' | 'ة' => "a",
        'ب' => "b",
        'ت' | 'ط' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' | 'ظ' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'و' | 'ؤ' => "w",
        'ي' | 'ئ' => "y",
        'ع' | 'ء' => "",
        _ => return None,
    })
}

/// The id of the `n`th mention, `m{n}` (written without the formatting machinery: an article
/// has thousands).
fn mention_id(n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - at);
    id.push('m');
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// The ids handed out so far, each with the number of the last candidate tried when it was the
/// base (0 when it never was): the next candidate of a base is one more, so that n ids of one base
/// cost n tries, not n².
#[derive(Default)]
struct UniqueIds {
    ids: HashMap<String, usize>,
}

impl UniqueIds {
    /// Room for `n` ids without growing.
    fn with_capacity(n: usize) -> Self {
        Self {
            ids: HashMap::with_capacity(n),
        }
    }

    /// `base`, or `base-2`, `base-3`... when taken.
    fn unique(&mut self, base: String) -> String {
        let base = if base.is_empty() {
            "item".to_owned()
        } else {
            base
        };
        // (One lookup when the base is free, as most are.)
        let (base, tried) = match self.ids.entry(base) {
            Entry::Vacant(free) => {
                let id = free.key().clone();
                free.insert(1);
                return id;
            }
            Entry::Occupied(taken) => (taken.key().clone(), *taken.get()),
        };
        // Candidate 1, the base itself, is taken.
        let mut n = tried.max(1);
        let id = loop {
            n += 1;
            let candidate = format!("{base}-{n}");
            if !self.ids.contains_key(&candidate) {
                break candidate;
            }
        };
        self.ids.insert(id.clone(), 0);
        if let Some(tried) = self.ids.get_mut(&base) {
            *tried = n;
        }
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_unique_ids() {
        assert_eq!(slug("Vladimir Putin"), "vladimir-putin");
        assert_eq!(slug("António Guterres"), "antonio-guterres");
        // Cut at 48 characters, without a dash at the end.
        assert_eq!(slug(&format!("{} b", "a".repeat(47))), "a".repeat(47));
        assert_eq!(slug("-- Xi, Putin --"), "xi-putin");
        assert_eq!(slug("Алихан Смаилов"), "alikhan-smailov");
        assert_eq!(slug("هشام الغانم"), "hsham-alghanm");
        assert_eq!(slug("博纳"), "");
        // ASCII labels as the normaliser would have them.
        assert_eq!(slug(" The  U.S.`A\t"), "the-u-s-a");
        let alphabet: Vec<char> = "aZ9 -.'`\t\n\u{0}".chars().collect();
        let mut rng = crate::text::TestRng(43);
        for round in 0..500 {
            let label = rng.text(&alphabet, round % 60);
            // The label normalised first, which ASCII labels skip.
            let normalized = crate::text::normalize_label(&label);
            let mut want = String::new();
            for c in normalized.chars() {
                if c.is_ascii_alphanumeric() {
                    want.push(c);
                } else if !want.ends_with('-') && !want.is_empty() {
                    want.push('-');
                }
            }
            let cut = want.trim_end_matches('-').len().min(48);
            want.truncate(cut);
            assert_eq!(slug(&label), want.trim_end_matches('-'), "{label:?}");
        }
        let mut used = UniqueIds::default();
        let mut unique = |base: &str| used.unique(base.to_owned());
        assert_eq!(unique("talks"), "talks");
        assert_eq!(unique("talks"), "talks-2");
        assert_eq!(unique("talks-2"), "talks-2-2");
        assert_eq!(unique("talks-3"), "talks-3");
        assert_eq!(unique("talks"), "talks-4");
        assert_eq!(unique(""), "item");
    }

    #[test]
    fn grouped_span_lists_are_sorted_distinct_lists() {
        let mut rng = crate::text::TestRng(11);
        for round in 0..200 {
            let items = rng.next() % 6;
            let pairs: Vec<(usize, (usize, usize))> = (0..rng.next() % (round + 1))
                .map(|_| {
                    let start = rng.next() % 20;
                    (rng.next() % 8, (start, start + rng.next() % 3))
                })
                .collect();
            // The simple version: a list per item, sorted, repeats removed.
            let mut want: Vec<Vec<(usize, usize)>> = vec![Vec::new(); items];
            for &(item, span) in &pairs {
                if let Some(list) = want.get_mut(item) {
                    list.push(span);
                }
            }
            let lists = SpanLists::grouped(items, &pairs);
            for (i, list) in want.iter_mut().enumerate() {
                list.sort_unstable();
                list.dedup();
                assert_eq!(lists.get(i), list.as_slice(), "{pairs:?}");
            }
            assert!(lists.get(items).is_empty());
        }
    }

    #[test]
    fn mention_ids() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(mention_id(n), format!("m{n}"));
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let extractor = Extractor::new(Gazetteer::from_turtle(&[]).expect("empty"));
        let inputs = [
            String::new(),
            "\u{0}\u{1}\u{ffff}".to_owned(),
            "\"\"«»“”".to_owned(),
            "الـ 20 مايو عام 99999999999999999999".to_owned(),
            "ﻻ ﷺ ـــ ً".to_owned(),
            "2026年13月40日 第99999999999次峰会".to_owned(),
            "a".repeat(10_000),
            "title: x\n---\n".to_owned(),
        ];
        for input in inputs {
            let facts = extractor.extract(&input, &ExtractOptions::default());
            facts.validate().expect("valid facts");
        }
    }
}
