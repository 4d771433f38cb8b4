//! People, countries, organisations and places: gazetteer names, names found by context (after a
//! title of office, in a list of attendees, venues after a head word such as "Hall"), and roles
//! from apposition ("الرئيس الروسي فلاديمير بوتين", "Chinese Premier Li Qiang"), with
//! coreference of a bare title ("the Russian president") to whoever holds it.

use super::doc::{Doc, preceding_words, skip_spaces};
use super::lexicon::{Cue, LexHit, Sense};
use crate::facts::{EntityKind, RoleKind};
use crate::gazetteer::{Gazetteer, LabelForm, NameHit};
use crate::text::{Script, is_word_char, normalize_label, script_of};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};

/// An entity found in the article.
#[derive(Debug, Clone)]
pub struct Found {
    /// What it is.
    pub kind: EntityKind,
    /// Its name in the article's language (or English).
    pub name: String,
    /// English label, when the gazetteer has one (for the id).
    pub english: Option<String>,
    /// Wikidata QID.
    pub qid: Option<String>,
    /// Index in the gazetteer.
    pub reference: Option<usize>,
}

/// One place where an entity is named (or referred to by a title).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// Normalised byte span.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// The entity.
    pub entity: usize,
    /// A demonym ("Russian"): names the country as an adjective, not as an actor.
    pub demonym: bool,
    /// An Arabic proclitic preposition in front (`ب`, `ل`, `ك`).
    pub preposition: Option<char>,
}

/// A role found in the article.
#[derive(Debug, Clone)]
pub struct FoundRole {
    /// The person.
    pub person: usize,
    /// Kind of role.
    pub role: RoleKind,
    /// Country or organisation.
    pub of: Option<usize>,
    /// Position QID from the gazetteer.
    pub position: Option<String>,
    /// Title as written.
    pub title: String,
    /// A title of the reporting country's own office ("国家主席", "أمير البلاد").
    home: bool,
    /// Normalised spans of its mentions.
    pub spans: Vec<(usize, usize)>,
}

/// A title followed by another title ("Deputy Prime Minister and Foreign Minister ..."), whose
/// person is the next title's.
struct ChainedTitle {
    role: RoleKind,
    of: Option<usize>,
    span: (usize, usize),
    /// Where the next title starts.
    next: usize,
    home: bool,
}

/// A list of people ("كل من A وB وC", "attended by A, B and C").
#[derive(Debug, Clone)]
pub struct PersonList {
    /// Where the list's cue starts.
    pub cue: usize,
    /// The people, in order.
    pub persons: Vec<usize>,
}

/// The entities of an article and where they occur.
#[derive(Debug, Default)]
pub struct Entities {
    /// Entities in order of first occurrence.
    pub found: Vec<Found>,
    /// Occurrences, by position.
    pub occurrences: Vec<Occurrence>,
    /// Roles.
    pub roles: Vec<FoundRole>,
    /// Lists of people.
    pub lists: Vec<PersonList>,
    /// Capital (place entity) -> its country (entity, perhaps never named in the article).
    capitals: HashMap<usize, usize>,
    /// Person -> the one country the gazetteer says they hold an office of (when named).
    held_for: HashMap<usize, usize>,
    by_reference: HashMap<usize, usize>,
    by_name: HashMap<(u8, String), usize>,
    /// End of a role's mention -> the first role (index in `roles`) with a mention ending there.
    role_ending: BTreeMap<usize, usize>,
    /// Whether each entity holds a head-of-state or head-of-government title in the article.
    heads: Vec<bool>,
    /// The names of several words of the people found so far ([`Entities::person_named_at`]),
    /// brought up to date when asked.
    person_names: RefCell<PersonNames>,
}

impl Entities {
    /// Finds the entities of `doc`. `date` (`YYYY-MM-DD`) is the article's date, for who held a
    /// title then.
    pub fn find(doc: &Doc<'_>, gazetteer: &Gazetteer, lang: &str, date: Option<&str>) -> Self {
        let mut entities = Self::default();
        for (i, hit) in doc.names.iter().enumerate() {
            if gazetteer.entity(hit.entity).is_none()
                || first_name_of_another(doc, gazetteer, hit, doc.names.get(i + 1))
            {
                continue;
            }
            let entity = entities.reference(gazetteer, hit.entity, lang);
            entities.occurrences.push(Occurrence {
                start: hit.norm_start,
                end: hit.norm_end,
                entity,
                demonym: hit.form == LabelForm::Demonym,
                preposition: hit.clitics.preposition,
            });
        }
        entities.sort();
        entities.drop_patronymics(doc);
        entities.extend_family_names(doc);
        entities.find_capitals(gazetteer, lang);
        entities.find_countries_held(gazetteer);
        entities.find_roles(doc, gazetteer, lang, date);
        entities.find_home_country(doc, gazetteer);
        entities.find_leaders(doc);
        entities.find_pronouns(doc);
        entities.find_lists(doc);
        entities.find_listed_chinese_names(doc);
        entities.find_honoured_lineage_names(doc);
        entities.find_spouses(doc);
        entities.find_institutions(doc);
        entities.find_venues(doc);
        entities.sort();
        entities.find_short_forms(doc);
        entities.merge_short_names();
        // (After the short forms, which tell who "his" counterpart's colleague is; the people
        // it finds have short forms of their own.)
        let known = entities.found.len();
        entities.find_counterparts(doc, gazetteer, lang);
        if entities.found.len() > known {
            entities.sort();
            entities.find_short_forms(doc);
        }
        entities.find_repeated_chinese_names(doc);
        entities.find_personal_pronouns(doc);
        entities.drop_names_in_places();
        entities.find_heads();
        entities
    }

    /// Marks who holds a head-of-state or head-of-government title, once the roles are known.
    fn find_heads(&mut self) {
        self.heads = vec![false; self.found.len()];
        for r in &self.roles {
            let head = matches!(
                r.role,
                RoleKind::President
                    | RoleKind::Monarch
                    | RoleKind::PrimeMinister
                    | RoleKind::CrownPrince
            );
            if let Some(slot) = self.heads.get_mut(r.person).filter(|_| head) {
                *slot = true;
            }
        }
    }

    /// True when a person holds a head-of-state or head-of-government title in the article.
    pub fn is_head(&self, person: usize) -> bool {
        self.heads.get(person).copied().unwrap_or(false)
    }

    /// Drops a person named inside a place's name: "King Khalid International Airport" names an
    /// airport, not a king.
    fn drop_names_in_places(&mut self) {
        let found = &self.found;
        let kind = |o: &Occurrence| found.get(o.entity).map(|f| f.kind);
        let places: Vec<(usize, usize)> = self
            .occurrences
            .iter()
            .filter(|o| kind(o) == Some(EntityKind::Place))
            .map(|o| (o.start, o.end))
            .collect();
        if places.is_empty() {
            return;
        }
        let inside = PlaceSpans::new(places);
        self.occurrences
            .retain(|o| kind(o) != Some(EntityKind::Person) || !inside.holds((o.start, o.end)));
    }

    /// The occurrences inside `[start, end)`.
    pub fn in_span(&self, start: usize, end: usize) -> impl Iterator<Item = &Occurrence> + '_ {
        let from = self.occurrences.partition_point(|o| o.start < start);
        self.occurrences[from..]
            .iter()
            .take_while(move |o| o.start < end)
    }

    /// The occurrence covering position `at`, if any.
    pub fn covering(&self, at: usize) -> Option<&Occurrence> {
        // Sorted by start: only occurrences starting at or before `at`, nearest first; names
        // are short, so the walk back stops early.
        let upto = self.occurrences.partition_point(|o| o.start <= at);
        self.occurrences[..upto]
            .iter()
            .rev()
            .take_while(|o| at - o.start < 512)
            .find(|o| at < o.end)
    }

    /// The kind of an entity.
    pub fn kind(&self, entity: usize) -> Option<EntityKind> {
        self.found.get(entity).map(|f| f.kind)
    }

    /// The country or organisation a person's role is of, if the article says.
    pub fn country_of(&self, person: usize) -> Option<usize> {
        self.roles
            .iter()
            .filter(|r| r.person == person)
            .find_map(|r| r.of)
            .or_else(|| self.held_for.get(&person).copied())
    }

    /// For each person of the gazetteer whose article names no country of theirs, the country
    /// of an office the gazetteer says they hold, when the article names that country ("ماكرون"
    /// in a report that names France).
    fn find_countries_held(&mut self, gazetteer: &Gazetteer) {
        for (person, found) in self.found.iter().enumerate() {
            let Some(reference) = found.reference.filter(|_| found.kind == EntityKind::Person)
            else {
                continue;
            };
            let mut countries = gazetteer
                .tenures_of(reference)
                .filter_map(|t| gazetteer.position(t.position)?.of)
                .filter_map(|of| self.by_reference.get(&of).copied())
                .filter(|&e| self.found[e].kind == EntityKind::Country);
            // (Several offices of one country are one country: president, then prime minister.)
            let first = countries.next();
            if let Some(country) = first.filter(|&c| countries.all(|other| other == c)) {
                self.held_for.insert(person, country);
            }
        }
    }

    /// The country whose capital `place` is ("a visit to Cairo" goes to Egypt).
    pub fn capital_country(&self, place: usize) -> Option<usize> {
        self.capitals.get(&place).copied()
    }

    /// Links each capital named in the article to its country.
    fn find_capitals(&mut self, gazetteer: &Gazetteer, lang: &str) {
        let places: Vec<(usize, usize)> = self
            .found
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == EntityKind::Place)
            .filter_map(|(e, f)| Some((e, gazetteer.country_of(f.reference?)?)))
            .collect();
        for (place, country) in places {
            let country = self.reference(gazetteer, country, lang);
            self.capitals.insert(place, country);
        }
    }

    fn sort(&mut self) {
        self.occurrences
            .sort_by_key(|o| (o.start, std::cmp::Reverse(o.end)));
        self.occurrences
            .dedup_by(|b, a| b.start == a.start && b.end == a.end);
    }

    fn reference(&mut self, gazetteer: &Gazetteer, index: usize, lang: &str) -> usize {
        if let Some(&e) = self.by_reference.get(&index) {
            return e;
        }
        let Some(reference) = gazetteer.entity(index) else {
            return 0;
        };
        let label = |l: &str| reference.label(l).map(str::to_owned);
        let name = label(lang)
            .or_else(|| label("en"))
            .or_else(|| reference.labels.first().map(|l| l.text.clone()))
            .unwrap_or_else(|| reference.iri.clone());
        self.found.push(Found {
            kind: reference.kind,
            name,
            english: label("en"),
            qid: reference.qid.clone(),
            reference: Some(index),
        });
        self.by_reference.insert(index, self.found.len() - 1);
        self.found.len() - 1
    }

    /// An entity known only by its name in this article.
    fn named(&mut self, kind: EntityKind, name: &str) -> usize {
        let key = (kind as u8, normalize_label(name));
        if let Some(&e) = self.by_name.get(&key) {
            return e;
        }
        self.found.push(Found {
            kind,
            name: name.to_owned(),
            english: None,
            qid: None,
            reference: None,
        });
        self.by_name.insert(key, self.found.len() - 1);
        self.found.len() - 1
    }

    /// The person named at `span` (`known`, else one minted by the name written there), with
    /// an occurrence there.
    fn person_at(&mut self, doc: &Doc<'_>, span: (usize, usize), known: Option<usize>) -> usize {
        let entity = known
            .unwrap_or_else(|| self.named(EntityKind::Person, doc.source_text(span.0, span.1)));
        self.insert(Occurrence {
            start: span.0,
            end: span.1,
            entity,
            demonym: false,
            preposition: None,
        });
        entity
    }

    /// The person named at `at`: one already found there, else a name found by its shape (then
    /// minted, with an occurrence). Its entity and where the name ends.
    fn person_from(&mut self, doc: &Doc<'_>, at: usize) -> Option<(usize, usize)> {
        if let Some(o) = self
            .occurrence_at(at)
            .filter(|o| self.kind(o.entity) == Some(EntityKind::Person))
        {
            return Some((o.entity, o.end));
        }
        let span = name_after(doc, self, at)?;
        Some((self.person_at(doc, span, None), span.1))
    }

    fn occurrence_at(&self, start: usize) -> Option<Occurrence> {
        let i = self.occurrences.partition_point(|o| o.start < start);
        self.occurrences
            .get(i)
            .filter(|o| o.start == start)
            .copied()
    }

    /// Adds an occurrence where it belongs in the order.
    fn insert(&mut self, occurrence: Occurrence) {
        let key = |o: &Occurrence| (o.start, std::cmp::Reverse(o.end));
        let i = self
            .occurrences
            .partition_point(|o| key(o) < key(&occurrence));
        if self
            .occurrences
            .get(i)
            .is_none_or(|o| key(o) != key(&occurrence))
        {
            self.occurrences.insert(i, occurrence);
        }
    }

    fn occurrence_ending(&self, end: usize) -> Option<Occurrence> {
        self.last_before(end).filter(|o| o.end == end).copied()
    }

    /// The occurrence that ends last at or before `at` (names are short: a bounded walk back).
    fn last_before(&self, at: usize) -> Option<&Occurrence> {
        let upto = self.occurrences.partition_point(|o| o.start < at);
        self.occurrences[..upto]
            .iter()
            .rev()
            .take(8)
            .filter(|o| o.end <= at)
            .max_by_key(|o| o.end)
    }

    /// True when an occurrence overlaps `[start, end)`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        let from = self
            .occurrences
            .partition_point(|o| o.start < start.saturating_sub(512));
        self.occurrences[from..]
            .iter()
            .take_while(|o| o.start < end)
            .any(|o| start < o.end)
    }

    /// Drops a known person named inside another's lineage: "سلمان بن حمد" in "عيسى بن سلمان بن
    /// حمد آل خليفة" is the father's name, not the crown prince.
    fn drop_patronymics(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        let found = &self.found;
        self.occurrences.retain(|o| {
            let person = found.get(o.entity).map(|f| f.kind) == Some(EntityKind::Person);
            let before = text[..o.start].trim_end();
            let lineage = ["بن", "ابن", "بنت", "bin", "ibn", "bint"].iter().any(|w| {
                before
                    .strip_suffix(w)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
            });
            !(person && lineage)
        });
    }

    /// "الأمير محمد بن سلمان بن عبدالعزيز", "الشيخ تميم بن حمد آل ثاني": the lineage ("بن" +
    /// name, "آل" + dynasty) after a known Arabic name belongs to it, so a title after it
    /// ("ولي العهد", "أمير البلاد") finds the person.
    fn extend_family_names(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        for i in 0..self.occurrences.len() {
            let o = self.occurrences[i];
            if self.kind(o.entity) != Some(EntityKind::Person) {
                continue;
            }
            // Three links of at most three words each.
            let words = doc.first_words(o.end, 9);
            let free = |&(s, e): &(usize, usize)| {
                !self.overlaps(s, e) && doc.lex_covering(s).next().is_none()
            };
            let mut end = o.end;
            let mut rest = words.as_slice();
            // At most three links: "بن سلمان بن عبدالعزيز آل سعود".
            for _ in 0..3 {
                let [(s, e), name, tail @ ..] = rest else {
                    break;
                };
                if !doc.adjacent(end, *s) || !free(name) {
                    break;
                }
                match &text[*s..*e] {
                    // "آل" is normalised to "ال", a word of its own; the dynasty ends the name.
                    "ال" if !self.overlaps(*s, *e) => {
                        end = name.1;
                        break;
                    }
                    "بن" | "ابن" | "بنت" => {
                        end = name.1;
                        rest = tail;
                        // "بن عبد العزيز": "عبد" takes the word after it.
                        if &text[name.0..name.1] == "عبد" {
                            match tail {
                                [next, after @ ..] if free(next) => {
                                    end = next.1;
                                    rest = after;
                                }
                                _ => break,
                            }
                        }
                    }
                    _ => break,
                }
            }
            self.occurrences[i].end = end;
        }
    }

    /// True when a person found so far is named at `at` by his name or a short form of two
    /// words ("رئيس مجلس الشعب حمودة صباغ باقري كني": the speaker's name ends where "باقري كني",
    /// named before, begins; not at a family name of one word that many share, "الصباح").
    fn person_named_at(&self, text: &str, at: usize) -> bool {
        let mut names = self.person_names.borrow_mut();
        names.catch_up(&self.found);
        names.named_at(text, at)
    }

    /// The one person the article gives this office (of any country), if exactly one.
    fn sole_holder(&self, role: RoleKind) -> Option<usize> {
        let mut holders = self
            .roles
            .iter()
            .filter(|r| r.role == role)
            .map(|r| r.person);
        let first = holders.next()?;
        holders.all(|p| p == first).then_some(first)
    }

    /// The one person the article gives this office of this country, if exactly one.
    fn single_holder(&self, role: RoleKind, country: usize) -> Option<usize> {
        let mut holders = self
            .roles
            .iter()
            .filter(|r| r.role == role && r.of == Some(country))
            .map(|r| r.person);
        let first = holders.next()?;
        holders.all(|p| p == first).then_some(first)
    }

    /// Records a role, or adds its mention to the same role already known: a bare title
    /// ("الرئيس فلاديمير بوتين") is the role already known with its country.
    fn add_role(&mut self, role: FoundRole) {
        let same = |r: &FoundRole| {
            r.person == role.person && r.role == role.role && (r.of == role.of || role.of.is_none())
        };
        match self.roles.iter().position(same) {
            Some(i) => {
                for &(_, end) in &role.spans {
                    let first = self.role_ending.entry(end).or_insert(i);
                    *first = (*first).min(i);
                }
                let existing = &mut self.roles[i];
                existing.spans.extend(role.spans);
                existing.home |= role.home;
            }
            None => {
                for &(_, end) in &role.spans {
                    self.role_ending.entry(end).or_insert(self.roles.len());
                }
                self.roles.push(role);
            }
        }
    }

    /// "the foreign ministers of the two countries, Nikos Kotzias and Nikola Dimitrov",
    /// "президентами России и Ирана Владимиром Путиным и Масудом Пезешкианом": a plural title
    /// is one mention of the role of each person named after it, of the countries named with it
    /// in the same order (when as many).
    fn record_plural_title(
        &mut self,
        doc: &Doc<'_>,
        gazetteer: &Gazetteer,
        lang: &str,
        mut title: (usize, usize),
        role: RoleKind,
    ) {
        let text = doc.text();
        let skip_joiner = |at: usize| {
            let rest = &text[at..];
            for joiner in [",", "،", "and ", "и ", "و"] {
                if let Some(after) = rest.strip_prefix(joiner) {
                    return skip_spaces(text, text.len() - after.len());
                }
            }
            at
        };
        let mut at = skip_spaces(text, title.1);
        for linker in [
            "of the two countries",
            "of both countries",
            "двух стран",
            "البلدين",
        ] {
            if text[at..].starts_with(linker) {
                title.1 = at + linker.len();
                at = skip_spaces(text, title.1);
            }
        }
        at = text[at..]
            .strip_prefix("of ")
            .map_or(at, |rest| text.len() - rest.len());
        let mut countries = Vec::new();
        while let Some(o) = self
            .occurrence_at(at)
            .filter(|o| self.kind(o.entity) == Some(EntityKind::Country))
        {
            countries.push(o.entity);
            title.1 = o.end;
            at = skip_joiner(skip_spaces(text, o.end));
        }
        at = skip_joiner(skip_spaces(text, title.1));
        let mut persons = Vec::new();
        while persons.len() < 4 {
            let Some((person, end)) = self.person_from(doc, at) else {
                break;
            };
            persons.push(person);
            at = skip_joiner(skip_spaces(text, end));
        }
        if persons.len() < 2 {
            return;
        }
        let paired = countries.len() == persons.len();
        for (i, &person) in persons.iter().enumerate() {
            let of = countries.get(i).copied().filter(|_| paired);
            self.record_role(doc, gazetteer, lang, (person, role, of), title, false);
        }
    }

    /// Titles of office with the country or organisation and the person next to them.
    /// Records that `person` holds `role` (of `of`, else of what the gazetteer says he holds it
    /// for: "الرئيس عبد الفتاح السيسي"), written at `title`.
    fn record_role(
        &mut self,
        doc: &Doc<'_>,
        gazetteer: &Gazetteer,
        lang: &str,
        (person, role, mut of): (usize, RoleKind, Option<usize>),
        title: (usize, usize),
        home: bool,
    ) {
        if of.is_none() {
            let reference = self.found.get(person).and_then(|f| f.reference);
            let held = reference.and_then(|r| {
                gazetteer
                    .tenures_of(r)
                    .filter_map(|t| gazetteer.position(t.position))
                    .find(|p| p.role == role && p.of.is_some())
                    .and_then(|p| p.of)
            });
            of = held.map(|o| self.reference(gazetteer, o, lang));
        }
        // "رئيسة المفوضية الأوروبية", "General Assembly President": the president of a body
        // that is no state chairs it.
        let role = match of.and_then(|o| self.kind(o)) {
            Some(EntityKind::Organization) if role == RoleKind::President => RoleKind::Chair,
            _ => role,
        };
        let position = of
            .and_then(|o| self.found.get(o))
            .and_then(|f| f.reference)
            .and_then(|o| gazetteer.position_for(role, o))
            .and_then(|p| gazetteer.position(p))
            .and_then(|p| p.qid.clone());
        self.add_role(FoundRole {
            person,
            role,
            of,
            position,
            title: doc.source_text(title.0, title.1).to_owned(),
            spans: vec![title],
            home,
        });
    }

    fn find_roles(&mut self, doc: &Doc<'_>, gazetteer: &Gazetteer, lang: &str, date: Option<&str>) {
        let text = doc.text();
        let mut chained: Vec<ChainedTitle> = Vec::new();
        let mut linked: Vec<(usize, usize)> = Vec::new();
        // Titles another title is held under ("of the Secretary-General"): no holders of their own.
        let mut superiors: Vec<(usize, usize)> = Vec::new();
        for hit in &doc.lex {
            if superiors
                .iter()
                .any(|&(s, e)| s <= hit.start && hit.start < e)
            {
                continue;
            }
            let Some(mut role) = doc.senses(hit).find_map(|s| match s {
                Sense::Role(r) => Some(r),
                _ => None,
            }) else {
                continue;
            };
            // A title may hold the name of its institution ("国务院总理"), not a person's or one
            // that runs past it.
            let blocking = |o: &Occurrence, this: &Self| {
                o.start < hit.end
                    && hit.start < o.end
                    && (o.start < hit.start
                        || o.end > hit.end
                        || this.kind(o.entity) == Some(EntityKind::Person))
            };
            if self.overlaps(hit.start, hit.end)
                && self
                    .in_span(hit.start.saturating_sub(64), hit.end)
                    .any(|o| blocking(o, self))
            {
                // "الملك عبد الله الثاني": a gazetteer name that starts with the title is that
                // person's title, if the gazetteer knows him to hold it (a "الأمير" is not
                // always an emir).
                let holds = |o: &Occurrence| {
                    let reference = self.found.get(o.entity).and_then(|f| f.reference);
                    reference.is_some_and(|r| {
                        gazetteer
                            .tenures_of(r)
                            .filter_map(|t| gazetteer.position(t.position))
                            .any(|p| p.role == role)
                    })
                };
                let named = self
                    .occurrence_at(hit.start)
                    .filter(|o| o.end > hit.end && holds(o));
                if let Some(o) = named {
                    let home = doc.entries(hit).any(|e| e.home);
                    let span = (hit.start, hit.end);
                    self.record_role(doc, gazetteer, lang, (o.entity, role, None), span, home);
                }
                continue;
            }
            // "سلطان بن سعد", "Amir bin ...": a title word before "son of" is a first name.
            let next = &text[skip_spaces(text, hit.end)..];
            if ["بن ", "ابن ", "bin ", "ibn "]
                .iter()
                .any(|w| next.starts_with(w))
            {
                continue;
            }
            // "主席" inside "国家主席": the longer title only.
            let inside_longer = doc.lex_covering(hit.start).any(|g| {
                g.end >= hit.end
                    && g.end - g.start > hit.end - hit.start
                    && doc.senses(g).any(|s| matches!(s, Sense::Role(_)))
            });
            if inside_longer {
                continue;
            }
            let institution = |o: &Occurrence, this: &Self| {
                matches!(
                    this.kind(o.entity),
                    Some(EntityKind::Country | EntityKind::Organization)
                )
            };
            if doc.entries(hit).any(|e| e.plural) {
                self.record_plural_title(doc, gazetteer, lang, (hit.start, hit.end), role);
                continue;
            }
            let mut title = (hit.start, hit.end);
            let mut of = None;
            let arabic = text[hit.start..].starts_with(|c: char| script_of(c) == Script::Arabic);
            // "الأمير الحسين بن عبدالله": "الأمير" right before a name of lineage is a prince's
            // honorific, not an emir's title.
            let prince = arabic
                && role == RoleKind::Monarch
                && &text[hit.start..hit.end] == "الامير"
                && doc
                    .first_words(hit.end, 1)
                    .first()
                    .is_some_and(|&(_, e)| lineage_after(doc, e));
            if prince {
                continue;
            }
            // "وزير الخارجية والهجرة", "وزير الدولة للشؤون الخارجية", "وزير الطاقة والصناعة":
            // definite nouns after an Arabic title complete it, up to a name, a nationality or
            // any word of the lexicon.
            if arabic {
                for (s, e) in doc.first_words(title.1, 4) {
                    if !doc.adjacent(title.1, s) || self.covering(s).is_some() {
                        break;
                    }
                    // "الأمين العام للاتحاد العام التونسي للشغل": a body the gazetteer does not
                    // know, after the title's "ل", is what the title is of.
                    if let Some((body, end)) = self.body_after_lam(doc, s, e) {
                        of = Some(body);
                        title.1 = end;
                        break;
                    }
                    // (In the source: "أليبيك", with a hamza, is a name.)
                    let source = doc.source_text(s, e);
                    let definite = ["ال", "لل", "وال"].iter().any(|p| source.starts_with(p));
                    // Words that only stop names ("شؤون") may complete a title, and so may the
                    // head of an institution ("رئيس هيئة الأركان العامة").
                    let meaningful = |h: &LexHit| {
                        !doc.senses(h)
                            .all(|x| matches!(x, Sense::Cue(Cue::Stop | Cue::Institution)))
                    };
                    let head = doc
                        .lex_at(s)
                        .is_some_and(|h| h.end == e && doc.has(h, Sense::Cue(Cue::Institution)));
                    // ("الأمير الحسين بن عبدالله": a word before "بن" opens a name.)
                    if !(definite || head)
                        || lineage_after(doc, e)
                        || doc.lex_covering(s).any(meaningful)
                        || doc.lex_in(s, e).any(meaningful)
                    {
                        break;
                    }
                    title.1 = e;
                    // "رئيس الديوان الملكي": the head of a body that is no state.
                    if role == RoleKind::President {
                        role = RoleKind::Other;
                    }
                }
            }
            // "Chinese President", "UN Secretary-General", "俄罗斯总统" (not Arabic, where the
            // adjective before a title belongs to the noun before it).
            // "Ukraine's acting Foreign Minister": a qualifier between counts for nothing;
            // "Russia's U.N. Ambassador": an ambassador to a body is his country's.
            // "法国总统外事顾问博纳": in Chinese a title held under another follows it; the first
            // names no one, and the country before it is the second's.
            let cjk = text[hit.start..].starts_with(|c: char| script_of(c) == Script::Cjk);
            let role_at = |at: usize| {
                doc.lex_at(at)
                    .is_some_and(|h| doc.senses(h).any(|s| matches!(s, Sense::Role(_))))
            };
            if cjk && role_at(hit.end) {
                superiors.push((hit.start, hit.end));
                continue;
            }
            let possessed = |before: &Occurrence, at: usize| {
                let gap = text[before.end..at].trim_start_matches("'s");
                let gap = gap.trim();
                gap.is_empty()
                    || TITLE_QUALIFIERS.contains(&gap)
                    || superiors.contains(&(before.end, at))
            };
            if let Some(before) = self.last_before(hit.start).filter(|_| !arabic) {
                if institution(before, self) && possessed(before, hit.start) {
                    of = Some(before.entity);
                    title.0 = before.start;
                    let sender = self.last_before(before.start).filter(|c| {
                        role == RoleKind::Ambassador
                            && self.kind(before.entity) == Some(EntityKind::Organization)
                            && self.kind(c.entity) == Some(EntityKind::Country)
                            && possessed(c, before.start)
                    });
                    if let Some(country) = sender {
                        of = Some(country.entity);
                        title.0 = country.start;
                    }
                }
            }
            // "وزير الخارجية وشؤون المغتربين", "وزير الخارجية والتعاون الدولي": a second portfolio
            // joined by "و" belongs to the title (not "والدكتور", the next person's honorific,
            // nor "ووزير", the next title).
            if arabic {
                title.1 = joined_portfolio_end(doc, title.1);
            }
            // "الممثلة الخاصة للأمين العام للأمم المتحدة", "Special Representative of the
            // Secretary-General": a title held under another title is of that one's institution.
            if of.is_none() {
                if let Some(superior) = superior_title(doc, title.1, arabic) {
                    title.1 = superior.end;
                    superiors.push((superior.start, superior.end));
                }
            }
            // "وقعها عن الجانب المغربي وزير الخارجية", "on the Chinese side, Foreign Minister":
            // the side a title speaks for is its country.
            if of.is_none() {
                of = side_before(doc, self, title.0);
            }
            // "(российский) министр энергетики Александр Новак", "министр энергетики России
            // Сергей Цивилев": a Russian portfolio, in lower case, before the country.
            if role == RoleKind::Minister {
                title.1 = lower_case_portfolio_end(doc, title.1);
            }
            // "الرئيس الروسي", "الأمين العام للأمم المتحدة", "President of Russia", "Президент России".
            let mut after = skip_spaces(text, title.1);
            for linker in ["of the ", "of "] {
                if text[after..].starts_with(linker) {
                    after += linker.len();
                    break;
                }
            }
            // "الأمين العام لجامعة الدول العربية": the preposition "ل" glued to the institution
            // (not "to" a country, after an envoy's title).
            let held_by = |o: &Occurrence, this: &Self| {
                this.kind(o.entity) == Some(EntityKind::Organization)
                    || (this.kind(o.entity) == Some(EntityKind::Country)
                        && role != RoleKind::Ambassador)
            };
            let glued = arabic
                .then(|| text[after..].strip_prefix('ل'))
                .flatten()
                .and_then(|_| self.occurrence_at(after + 'ل'.len_utf8()))
                .filter(|o| held_by(o, self));
            if of.is_none() {
                if let Some(next) = self
                    .occurrence_at(after)
                    .filter(|o| institution(o, self))
                    .or(glued)
                {
                    of = Some(next.entity);
                    title.1 = next.end;
                }
            } else if let Some(next) = self
                .occurrence_at(after)
                .filter(|o| o.demonym && Some(o.entity) == of)
            {
                title.1 = next.end;
            }
            // "Minister of Planning and Investment Nguyen Chi Dung", "Speaker of the National
            // Assembly Kim Jin-pyo": a portfolio or body in capitals completes the title (also
            // when the side told the country: "on the Kuwaiti side by Minister of Interior").
            if !arabic && !cjk {
                title.1 = portfolio_end(doc, self, title.1);
            }
            // "Special Representative of the Secretary-General for Haiti", "المستشارة الخاصة
            // ... بشأن ليبيا": the country a post is for completes the title.
            let for_at = skip_spaces(text, title.1);
            let country_for = ["for ", "بشان ", "по "]
                .iter()
                .find(|w| text[for_at..].starts_with(**w))
                .and_then(|w| self.occurrence_at(for_at + w.len()))
                .filter(|o| self.kind(o.entity) == Some(EntityKind::Country) && !o.demonym);
            if let Some(country) = country_for.filter(|_| !cjk) {
                title.1 = country.end;
            }
            // "السفير اليوناني في القاهرة", "Ambassador to Russia": where the title is held
            // (not for a title of the reporting country's own office: "أمير البلاد إلى تونس" is
            // where he went).
            let home = doc.entries(hit).any(|e| e.home);
            let mut at = skip_spaces(text, title.1);
            let cue = doc.lex_at(at).filter(|h| {
                doc.has(h, Sense::Cue(Cue::Locative)) || doc.has(h, Sense::Cue(Cue::Destination))
            });
            // "وزير الخارجية بدولة الكويت": the preposition glued to the place, or to the
            // honorific before it.
            let glued = || {
                let after = at + 'ب'.len_utf8();
                let honorific = doc
                    .lex_at(after)
                    .filter(|h| doc.has(h, Sense::Cue(Cue::Honorific)))
                    .filter(|_| self.occurrence_at(after).is_none());
                honorific.map_or(after, |h| skip_spaces(text, h.end))
            };
            let place_at = match cue {
                Some(cue) => Some(skip_spaces(text, cue.end)),
                None if arabic && text[at..].starts_with('ب') => Some(glued()),
                None => None,
            };
            if let Some(place_at) = place_at.filter(|_| !home) {
                // ... or where the post is: "المندوب الدائم للصين لدى الأمم المتحدة".
                if let Some(place) = self.occurrence_at(place_at).filter(|o| {
                    matches!(
                        self.kind(o.entity),
                        Some(EntityKind::Country | EntityKind::Place | EntityKind::Organization)
                    )
                }) {
                    title.1 = place.end;
                    if of.is_none()
                        && self.kind(place.entity) == Some(EntityKind::Country)
                        && role != RoleKind::Ambassador
                    {
                        of = Some(place.entity);
                    }
                    at = skip_spaces(text, place.end);
                }
            }
            // "نائب وزير الخارجية الإيراني للشؤون السياسية علي باقري كني": the affairs a
            // deputy's title is for, after its nationality, come before the name.
            if arabic {
                let end = affairs_end(doc, self, at);
                if end > at {
                    title.1 = end;
                    at = skip_spaces(text, end);
                }
            }
            // "President of the Republic of Korea (RoK) Yoon Suk Yeol": an abbreviation in
            // brackets between the title and the name.
            if let Some(inside) = text[at..].strip_prefix('(') {
                if let Some(close) = inside.find(')').filter(|&c| c <= 12) {
                    if !inside[..close].contains(' ') {
                        at = skip_spaces(text, at + 1 + close + 1);
                    }
                }
            }
            // The person: right after the title (honorifics skipped, unless a name of the
            // gazetteer starts with one: "الشيخ مشعل الأحمد"), or right before it.
            let person_kind =
                |o: &Occurrence, this: &Self| this.kind(o.entity) == Some(EntityKind::Person);
            let mut person = None;
            loop {
                if let Some(o) = self.occurrence_at(at).filter(|o| person_kind(o, self)) {
                    person = Some(o.entity);
                    break;
                }
                let honorific = |at: usize| {
                    doc.lex_at(at)
                        .filter(|h| doc.has(h, Sense::Cue(Cue::Honorific)))
                };
                // "المقداد وزير الخارجية والدكتور أيمن سوسان": "و" + honorific opens the next
                // person of a list; the title belongs to the name before it.
                if arabic && text[at..].starts_with('و') && honorific(at + 'و'.len_utf8()).is_some()
                {
                    at = text.len();
                    break;
                }
                match honorific(at) {
                    Some(h) => at = skip_spaces(text, h.end),
                    None => break,
                }
            }
            // "أدلى الرئيس الموريتاني بتصريح": an Arabic title whose country's office one person
            // of the article already holds is that person again; the words after it are no new
            // name.
            let restated = if arabic && person.is_none() && one_office(role) {
                of.and_then(|country| self.single_holder(role, country))
            } else {
                None
            };
            person = person.or(restated);
            // "سمو رئيس مجلس الوزراء وكبار الشيوخ": a bare title after an honorific with the next
            // person of a list after it ("و") is the one holder of that title told before; the
            // words after it are no name.
            let mut held_before = None;
            if arabic
                && person.is_none()
                && of.is_none()
                && text[at..].starts_with('و')
                && doc.cue_just_before(title.0, Cue::Honorific)
            {
                held_before = self.sole_holder(role);
            }
            person = person.or(held_before);
            // (Not in reported speech, unless the title names its country: "с президентом
            // Нигерии Болой Тинубу".)
            if person.is_none() && (!doc.in_speech(at) || of.is_some()) {
                if let Some((s, e)) = name_after(doc, self, at) {
                    // "Yury Ushakov" where the gazetteer spells "Yuri Ushakov" and knows him
                    // as "Ushakov": a first name in another spelling before a known person.
                    let known = self
                        .occurrence_at(skip_spaces(text, e))
                        .filter(|o| person_kind(o, self) && doc.adjacent(e, o.start));
                    let (known, end) = known.map_or((None, e), |o| (Some(o.entity), o.end));
                    person = Some(self.person_at(doc, (s, end), known));
                }
            }
            // "the Special Representative ..., María Isabel Salvador, who warned": an English
            // title's name set off by commas.
            if person.is_none() && !arabic && !cjk && text[at..].starts_with(", ") {
                let start = at + ", ".len();
                let closed = |e: usize| text[e..].starts_with([',', '.']) || e == text.len();
                if let Some(o) = self
                    .occurrence_at(start)
                    .filter(|o| person_kind(o, self) && closed(o.end))
                {
                    person = Some(o.entity);
                } else if let Some(span) = name_after(doc, self, start).filter(|&(_, e)| closed(e))
                {
                    person = Some(self.person_at(doc, span, None));
                }
            }
            if person.is_none() {
                // "Wang Yi, Chinese foreign minister", "وانغ يي وزير الخارجية الصيني".
                let before = text[..title.0].trim_end_matches([' ', ',', '،']);
                let before = before.strip_suffix(" the").unwrap_or(before).trim_end();
                person = self
                    .occurrence_ending(before.len())
                    .filter(|o| person_kind(o, self))
                    .map(|o| o.entity);
                // "محمد بن عبدالرحمن نائب رئيس مجلس الوزراء وزير الخارجية": a title right after
                // another title of a known person is that person's too.
                if person.is_none() {
                    person = self
                        .role_ending
                        .get(&before.len())
                        .and_then(|&i| self.roles.get(i))
                        .map(|r| r.person);
                }
                // "والدكتور أيمن سوسان معاون وزير الخارجية": a name after an honorific, right
                // before the title.
                // "Rustam Minnikhanov, head of the Republic of Tatarstan": a capitalised name
                // set off by a comma before the title.
                if person.is_none() {
                    let found = if arabic {
                        name_after_honorific(doc, self, before.len())
                            .or_else(|| listed_name_before(doc, self, before.len()))
                    } else {
                        latin_name_before_comma(doc, self, before.len(), title.0)
                    };
                    if let Some(span) = found {
                        person = Some(self.person_at(doc, span, None));
                    }
                }
            }
            // "سمو الأمير", "فخامة الرئيس": after an honorific, the one person the article gave
            // that title (before any chain: "سمو ولي العهد رئيس الوزراء الماليزي" is two people).
            // So does "the prime minister" in lower case ("The prime minister" opening a sentence).
            let honoured = doc.cue_just_before(title.0, Cue::Honorific)
                || ((text[..title.0].ends_with("the ")
                    || (text[..title.0].ends_with("The ")
                        && doc
                            .sentence_at(title.0)
                            .is_some_and(|s| s.start + 4 == title.0)))
                    && text[title.0..].starts_with(|c: char| c.is_ascii_alphabetic())
                    && !doc.capitalised(title.0));
            let mut coreference = restated.is_some() || held_before.is_some();
            if person.is_none() && of.is_none() && honoured {
                // ("Crown Prince and Prime Minister X ... the crown prince": a chain told
                // before gives its titles first.)
                self.link_chained_titles(doc, &mut chained, &mut linked, title.0);
                person = self.sole_holder(role);
                coreference = person.is_some();
            }
            // "Deputy Prime Minister and Foreign Minister Ishaq Dar", "نائب رئيس مجلس الوزراء
            // وزير الخارجية": a title right before another belongs to the same person.
            if person.is_none() {
                let mut next = skip_spaces(text, title.1);
                for joiner in ["and ", "и ", "و", "、", "兼"] {
                    if text[next..].starts_with(joiner) {
                        next = skip_spaces(text, next + joiner.len());
                        break;
                    }
                }
                let titled = doc
                    .lex_at(next)
                    .is_some_and(|h| doc.senses(h).any(|s| matches!(s, Sense::Role(_))));
                if titled {
                    chained.push(ChainedTitle {
                        role,
                        of,
                        span: title,
                        next,
                        home,
                    });
                    continue;
                }
            }
            if person.is_none() && one_office(role) {
                // "the Russian president": whoever the article or the gazetteer says holds it.
                person = self
                    .roles
                    .iter()
                    .find(|r| r.role == role && r.of.is_some() && r.of == of)
                    .map(|r| r.person);
                if person.is_none() {
                    let reference_of = of.and_then(|o| self.found.get(o)).and_then(|f| f.reference);
                    let position = reference_of.and_then(|o| gazetteer.position_for(role, o));
                    let holder = position
                        .zip(date)
                        .and_then(|(p, d)| gazetteer.holder_on(p, d));
                    person = holder.map(|h| self.reference(gazetteer, h, lang));
                }
                coreference = person.is_some();
            }
            let Some(person) = person else { continue };
            if coreference {
                self.insert(Occurrence {
                    start: title.0,
                    end: title.1,
                    entity: person,
                    demonym: false,
                    preposition: None,
                });
            }
            self.record_role(doc, gazetteer, lang, (person, role, of), title, home);
        }
        self.link_chained_titles(doc, &mut chained, &mut linked, usize::MAX);
    }

    /// The chained titles whose next title starts before `before` take the person of the title
    /// after them, last first ("A and B and C Name"), when that title is followed by the name (not
    /// "سمو الأمير والرئيس التونسي", two people). `linked` keeps the spans already given a person.
    fn link_chained_titles(
        &mut self,
        doc: &Doc<'_>,
        chained: &mut Vec<ChainedTitle>,
        linked: &mut Vec<(usize, usize)>,
        before: usize,
    ) {
        let ready = chained.partition_point(|c| c.next < before);
        for ChainedTitle {
            role,
            of,
            span,
            next,
            home,
        } in chained.drain(..ready).rev()
        {
            let named_after = |r: &FoundRole, s: &(usize, usize)| {
                linked.contains(s)
                    || self
                        .in_span(s.1, s.1 + 96)
                        .find(|o| self.kind(o.entity) == Some(EntityKind::Person))
                        .is_some_and(|o| o.entity == r.person)
            };
            let Some(holder) = self.roles.iter().find(|r| {
                r.spans
                    .iter()
                    .any(|s| s.0 <= next && next < s.1.max(s.0 + 1) && named_after(r, s))
            }) else {
                continue;
            };
            linked.push(span);
            let (person, of) = (holder.person, of.or(holder.of));
            self.add_role(FoundRole {
                person,
                role,
                of,
                position: None,
                title: doc.source_text(span.0, span.1).to_owned(),
                spans: vec![span],
                home,
            });
        }
    }

    /// "his wife Peng Liyuan", "和夫人彭丽媛", "وعقيلته بنغ لي يوان": the name after a spouse word
    /// is a person's, with no title of office.
    /// A given name before the family name of a known person ("وحرمه السيدة بريجيت ماكرون",
    /// "his wife Brigitte Macron") is the spouse's whole name, not that person.
    fn find_spouses(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        for hit in doc
            .lex
            .iter()
            .filter(|h| doc.has(h, Sense::Cue(Cue::Spouse)))
        {
            let at = past_honorifics(doc, skip_spaces(text, hit.end));
            let given = doc
                .first_words(at, 1)
                .first()
                .copied()
                .filter(|&(s, e)| self.occurrence_at(s).is_none() && !self.overlaps(s, e));
            let family = given.and_then(|(_, e)| {
                self.occurrence_at(skip_spaces(text, e))
                    .filter(|o| self.kind(o.entity) == Some(EntityKind::Person))
                    .filter(|o| doc.adjacent(e, o.start))
            });
            if let (Some((start, _)), Some(family)) = (given, family) {
                self.occurrences
                    .retain(|o| (o.start, o.end) != (family.start, family.end));
                self.person_at(doc, (start, family.end), None);
                continue;
            }
            self.person_from(doc, at);
        }
    }

    /// "Erdogan arrived ..., where he was received", "On December 6, he is scheduled to meet": a
    /// personal pronoun stands for the person its sentence names first before it, else for the
    /// person the sentence before names first.
    fn find_personal_pronouns(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        let is_person =
            |this: &Self, o: &Occurrence| this.kind(o.entity) == Some(EntityKind::Person);
        let mut added = Vec::new();
        for hit in doc.lex.iter().filter(|h| doc.has(h, Sense::Cue(Cue::He))) {
            if self.covering(hit.start).is_some() {
                continue;
            }
            // Not inside a Chinese word ("其他", "他们", "他国"), nor a Russian form the stemmer
            // makes alike ("они").
            let inside_word = text[..hit.start].ends_with('其')
                || text[hit.end..].starts_with(['们', '国', '人']);
            let source = doc.source_text(hit.start, hit.end).to_lowercase();
            let cyrillic_other =
                source.starts_with('о') && !matches!(source.as_str(), "он" | "она");
            if inside_word || cyrillic_other {
                continue;
            }
            let Some(sentence) = doc.sentence_at(hit.start).copied() else {
                continue;
            };
            let here = self
                .in_span(sentence.start, hit.start)
                .filter(|o| is_person(self, o))
                .last()
                .map(|o| o.entity);
            let before = || {
                let i = doc.sentences.partition_point(|s| s.start < sentence.start);
                let previous = doc.sentences.get(i.checked_sub(1)?)?;
                self.in_span(previous.start, previous.end)
                    .find(|o| is_person(self, o))
                    .map(|o| o.entity)
            };
            if let Some(entity) = here.or_else(before) {
                added.push(Occurrence {
                    start: hit.start,
                    end: hit.end,
                    entity,
                    demonym: false,
                    preposition: None,
                });
            }
        }
        for occurrence in added {
            self.insert(occurrence);
        }
    }

    /// "his Macedonian counterpart Zoran Zaev", "نظيره الروسي سيرغي لافروف": the person after
    /// "counterpart" holds, for the country of the adjective, the office of the person named
    /// last before it in the sentence.
    fn find_counterparts(&mut self, doc: &Doc<'_>, gazetteer: &Gazetteer, lang: &str) {
        let text = doc.text();
        let hits: Vec<(usize, usize)> = doc
            .lex
            .iter()
            .filter(|h| doc.has(h, Sense::Cue(Cue::Counterpart)))
            .map(|h| (h.start, h.end))
            .collect();
        for (start, end) in hits {
            let demonym = |o: &Occurrence, this: &Self| {
                o.demonym && this.kind(o.entity) == Some(EntityKind::Country)
            };
            let before = self
                .occurrence_ending(text[..start].trim_end_matches(' ').len())
                .filter(|o| demonym(o, self) && doc.adjacent(o.end, start));
            let after = self
                .occurrence_at(skip_spaces(text, end))
                .filter(|o| demonym(o, self));
            let title = (
                before.map_or(start, |o| o.start),
                after.map_or(end, |o| o.end),
            );
            let of = after.or(before).map(|o| o.entity);
            let Some(sentence) = doc.sentence_at(start).copied() else {
                continue;
            };
            let office = self
                .in_span(sentence.start, title.0)
                .filter(|o| self.kind(o.entity) == Some(EntityKind::Person))
                .filter_map(|o| self.roles.iter().find(|r| r.person == o.entity))
                .last()
                .map(|r| r.role);
            let Some((person, _)) = self.person_from(doc, skip_spaces(text, title.1)) else {
                continue;
            };
            if let Some(role) = office {
                self.record_role(doc, gazetteer, lang, (person, role, of), title, false);
            }
        }
    }

    /// People in lists opened by a list cue, up to the end of the sentence.
    fn find_lists(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        for hit in doc.lex.iter().filter(|h| doc.has(h, Sense::Cue(Cue::List))) {
            let Some(sentence) = doc.sentence_at(hit.start) else {
                continue;
            };
            let mut persons = Vec::new();
            let mut at = skip_spaces(text, hit.end);
            let mut first = true;
            while at < sentence.end {
                // Item separators: commas, "and", the Arabic conjunction و glued to the name.
                let rest = &text[at..sentence.end];
                let skip = [
                    ", and ", ", ", "، ", "،", " and ", "and ", " و ", "و ", "и ", "、", "和",
                ]
                .iter()
                .find(|s| rest.starts_with(**s))
                .map_or(0, |s| s.len());
                at += skip;
                at += text[at..].len() - text[at..].trim_start_matches([' ', '\n']).len();
                if at >= sentence.end {
                    break;
                }
                let conjunction =
                    !first && text[at..].starts_with('و') && self.occurrence_at(at).is_none();
                let mut name_start = if conjunction {
                    at + 'و'.len_utf8()
                } else {
                    at
                };
                name_start = past_honorifics(doc, name_start);
                at = name_start;
                // The item's words before a person: a title or "his Russian counterpart", up to
                // the next separator and a few words at most.
                let item = &text[name_start..sentence.end];
                let reach = [",", "،", "、", " and ", " و", " и "]
                    .iter()
                    .filter_map(|sep| item.find(sep))
                    .min()
                    .unwrap_or(item.len())
                    .min(64);
                let from = self.occurrences.partition_point(|o| o.start < name_start);
                if let Some(o) = self.occurrences[from..]
                    .iter()
                    .take_while(|o| o.start <= name_start + reach)
                    .find(|o| self.kind(o.entity) == Some(EntityKind::Person))
                    .copied()
                {
                    // A known person, maybe behind a title ("وزير الخارجية وانغ يي").
                    persons.push(o.entity);
                    at = o.end;
                } else if let Some((s, e)) =
                    name_after(doc, self, name_start).filter(|&(_, e)| e <= sentence.end)
                {
                    let entity = self.person_at(doc, (s, e), None);
                    persons.push(entity);
                    at = e;
                } else {
                    break;
                }
                first = false;
                // Skip what follows the name up to the next separator (a title after a comma).
                let tail = &text[at..sentence.end];
                let next = tail.find([',', '،', '、']).unwrap_or(tail.len());
                let glued = tail
                    .char_indices()
                    .find(|&(i, c)| (c == ' ' || c == '\n') && tail[i + 1..].starts_with('و'))
                    .map(|(i, _)| i);
                let conj = glued
                    .filter(|&c| c < next)
                    .or_else(|| tail.find(" and ").filter(|&c| c < next));
                at += conj.map_or(next, |c| c + 1);
            }
            if !persons.is_empty() {
                self.lists.push(PersonList {
                    cue: hit.start,
                    persons,
                });
            }
        }
    }

    /// "وأقام صاحب السمو السيد فهد بن محمود آل سعيد مأدبة": an Arabic name of lineage ("X بن Y")
    /// after an honorific is a person's, though no title goes with it.
    fn find_honoured_lineage_names(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        let mut at_most = 0;
        for hit in doc
            .lex
            .iter()
            .filter(|h| doc.has(h, Sense::Cue(Cue::Honorific)))
        {
            if hit.start < at_most {
                continue;
            }
            // ("صاحب السمو السيد": honorifics in a row.)
            let at = past_honorifics(doc, skip_spaces(text, hit.end));
            at_most = at;
            if self.overlaps(at, at + 1) {
                continue;
            }
            let Some((s, e)) = name_after(doc, self, at) else {
                continue;
            };
            let lineage = doc
                .words_from(s, e)
                .get(1)
                .is_some_and(|&(ws, we)| matches!(&text[ws..we], "بن" | "بنت" | "ولد"));
            if lineage {
                self.person_at(doc, (s, e), None);
                at_most = e;
            }
        }
    }

    /// "王毅、高虎城等参加上述活动": a Chinese name of two or three characters listed with "、"
    /// next to a person already found is a person too, though no title introduces it.
    fn find_listed_chinese_names(&mut self, doc: &Doc<'_>) {
        const SEPARATORS: [char; 8] = ['、', '，', '。', '；', '：', '等', '和', '及'];
        let text = doc.text();
        // Two or three Chinese characters that no name and no rule word claims.
        let name_at = |this: &Self, s: usize, e: usize| {
            (2..=3).contains(&text[s..e].chars().count())
                && !this.overlaps(s, e)
                && doc.lex_in(s, e).next().is_none()
                && doc.lex_covering(s).next().is_none()
                && text[s..e].chars().all(|c| script_of(c) == Script::Cjk)
        };
        let commas: Vec<usize> = text.match_indices('、').map(|(at, _)| at).collect();
        for at in commas {
            let after = at + '、'.len_utf8();
            // The name after the comma, up to the next separator.
            let right_end = text[after..]
                .char_indices()
                .take(4)
                .find(|&(_, c)| SEPARATORS.contains(&c))
                .map(|(i, _)| after + i);
            let person_ends_here = self
                .occurrence_ending(at)
                .is_some_and(|o| self.kind(o.entity) == Some(EntityKind::Person));
            if let Some(end) =
                right_end.filter(|&end| person_ends_here && name_at(self, after, end))
            {
                self.person_at(doc, (after, end), None);
                continue;
            }
            // The name before the comma, from the separator before it, when a person follows.
            let person_follows = self
                .occurrence_at(after)
                .is_some_and(|o| self.kind(o.entity) == Some(EntityKind::Person));
            let start = text[..at]
                .char_indices()
                .rev()
                .take(4)
                .find(|&(_, c)| SEPARATORS.contains(&c) || script_of(c) != Script::Cjk)
                .map(|(i, c)| i + c.len_utf8());
            if let Some(start) = start.filter(|&s| person_follows && name_at(self, s, at)) {
                self.person_at(doc, (start, at), None);
            }
        }
    }

    /// Family names of people found by context ("ميتسوتاكيس" after "كيرياكوس ميتسوتاكيس"):
    /// the last word of a name of two or more words, wherever it stands alone (Arabic proclitics
    /// allowed).
    /// The country of the national news agency in the dateline ("(كونا)", "/TASS/") is the
    /// home side of the report: an official with a bare title ("وزير الخارجية عبدالله اليحيا"
    /// in a KUNA dispatch) holds it in that country.
    fn find_home_country(&mut self, doc: &Doc<'_>, gazetteer: &Gazetteer) {
        let Some(first) = doc.lead() else {
            return;
        };
        let dateline = (first.start, first.end.min(first.start + 200));
        let agency_country = self.in_span(dateline.0, dateline.1).find_map(|o| {
            let found = self.found.get(o.entity)?;
            (found.kind == EntityKind::Organization)
                .then(|| gazetteer.country_of(found.reference?))?
        });
        let Some(country) = agency_country else {
            return;
        };
        // "تستضيف المملكة": in the report of a kingdom's own agency, "the Kingdom" is that one.
        let kingdom = gazetteer.entity(country).is_some_and(|e| {
            e.labels
                .iter()
                .any(|l| l.lang == "ar" && l.form != LabelForm::Demonym && l.text.contains("مملك"))
        });
        if kingdom {
            let text = doc.text();
            let bare = normalize_label("المملكة");
            let spans: Vec<(usize, usize)> = all_words(text)
                .filter(|&(s, e)| {
                    ["", "و", "ب", "وب"]
                        .iter()
                        .any(|c| text[s..e].strip_prefix(c) == Some(bare.as_str()))
                        && self.covering(s).is_none()
                })
                .collect();
            if !spans.is_empty() {
                let home = self.reference(gazetteer, country, "ar");
                for (_, e) in spans {
                    self.insert(Occurrence {
                        start: e - bare.len(),
                        end: e,
                        entity: home,
                        demonym: false,
                        preposition: None,
                    });
                }
            }
        }
        // Only a country the article names, so the role points at a mention.
        let Some(&home) = self.by_reference.get(&country) else {
            return;
        };
        // Not a title whose own complement names something else ("director of the General
        // Office ...").
        for role in self
            .roles
            .iter_mut()
            .filter(|r| r.of.is_none() && !r.title.ends_with(" of"))
        {
            if role.home
                || matches!(
                    role.role,
                    RoleKind::ForeignMinister
                        | RoleKind::Minister
                        | RoleKind::DeputyPrimeMinister
                        | RoleKind::Ambassador
                        | RoleKind::Spokesperson
                        | RoleKind::Other
                )
                // "جلالة الملك", "ولي العهد": in a kingdom's own agency, its king and crown prince.
                || (kingdom && matches!(role.role, RoleKind::Monarch | RoleKind::CrownPrince))
            {
                role.of = Some(home);
            }
        }
    }

    /// Honorific pronouns ("سموه", "جلالته") name the dignitary the report is about: the first
    /// person of the body, or the first the body gives that honorific ("فخامته" is the one
    /// introduced as "فخامة الرئيس", where "سموه" is the host).
    fn find_pronouns(&mut self, doc: &Doc<'_>) {
        let body = doc.lead().map_or(0, |s| s.start);
        let people: Vec<Occurrence> = self
            .occurrences
            .iter()
            .filter(|o| o.start >= body && self.kind(o.entity) == Some(EntityKind::Person))
            .copied()
            .collect();
        let Some(dignitary) = people.first().map(|o| o.entity) else {
            return;
        };
        let text = doc.text();
        let pronouns: Vec<Occurrence> = doc
            .lex
            .iter()
            .filter(|h| h.start >= body && doc.has(h, Sense::Cue(Cue::Pronoun)))
            .filter(|h| self.covering(h.start).is_none())
            .map(|h| {
                let stem = honorific_of_pronoun(&text[h.start..h.end]);
                let honoured = people
                    .iter()
                    .find(|o| honorifics_before(doc, self, o.start).any(|w| w == stem))
                    .map_or(dignitary, |o| o.entity);
                Occurrence {
                    start: h.start,
                    end: h.end,
                    entity: honoured,
                    demonym: false,
                    preposition: h.preposition,
                }
            })
            .collect();
        for occurrence in pronouns {
            self.insert(occurrence);
        }
    }

    /// "the Russian leader", "الزعيم الروسي", "中国领导人": the person the article names as head
    /// of state or government of that country (a coreference; no one new).
    fn find_leaders(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        let mut added = Vec::new();
        for hit in doc
            .lex
            .iter()
            .filter(|h| doc.has(h, Sense::Cue(Cue::Leader)))
        {
            if self.covering(hit.start).is_some() {
                continue;
            }
            let country = |o: &Occurrence| self.kind(o.entity) == Some(EntityKind::Country);
            // The nationality: before the word ("Russian leader"), else after it (Arabic).
            let before = self
                .last_before(hit.start)
                .filter(|o| country(o) && doc.adjacent(o.end, hit.start))
                .map(|o| (o.start, hit.end, o.entity));
            let after = || {
                self.occurrence_at(skip_spaces(text, hit.end))
                    .filter(|o| country(o))
                    .map(|o| (hit.start, o.end, o.entity))
            };
            let Some((start, end, of)) = before.or_else(after) else {
                continue;
            };
            let head = self.roles.iter().find(|r| {
                r.of == Some(of)
                    && matches!(
                        r.role,
                        RoleKind::President | RoleKind::Monarch | RoleKind::PrimeMinister
                    )
            });
            if let Some(r) = head {
                added.push(Occurrence {
                    start,
                    end,
                    entity: r.person,
                    demonym: false,
                    preposition: None,
                });
            }
        }
        for occurrence in added {
            self.insert(occurrence);
        }
    }

    fn find_short_forms(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        // (form, person, whether it names him only after an honorific)
        let mut owners = FormOwners::default();
        for (i, f) in self.found.iter().enumerate() {
            if f.kind != EntityKind::Person {
                continue;
            }
            let normalized = normalize_label(&f.name);
            let given = given_name(&normalized);
            let all = short_forms(&normalized)
                .into_iter()
                .map(|c| (c, false))
                .chain(given.map(|c| (c, true)))
                .chain(given_and_father(&normalized).map(|c| (c, true)));
            for (c, honoured) in all {
                owners.add(c, i, honoured);
            }
        }
        let forms = owners.unshared();
        if forms.is_empty() {
            return;
        }
        let mut added = Vec::new();
        let patterns: Vec<&str> = forms.iter().map(|(form, _, _)| form.as_str()).collect();
        // (The clitics before a form are at most two letters.)
        for (f, prefix, e) in word_endings(text, &patterns, 2) {
            let (form, entity, honoured) = &forms[f];
            if !matches!(
                prefix,
                "" | "و" | "ف" | "ب" | "ل" | "ك" | "وب" | "ول" | "فب" | "فل"
            ) {
                continue;
            }
            let start = e - form.len();
            if *honoured && !doc.cue_just_before(start - prefix.len(), Cue::Honorific) {
                continue;
            }
            // "السوداني يستقبل", "وأكد السوداني": a family name that is also a nisba adjective
            // is the person's where no definite noun, title or name stands before it to qualify.
            // ("أردوغان والسوداني": after a person and "و", one more person.)
            let listed = prefix.starts_with('و')
                && self
                    .occurrence_ending(text[..start - prefix.len()].trim_end().len())
                    .is_some_and(|o| self.kind(o.entity) == Some(EntityKind::Person));
            let nisba = self
                .covering(start)
                .filter(|o| o.demonym && o.start == start && o.end == e)
                .is_some_and(|_| listed || !qualifies_before(doc, self, start - prefix.len()));
            if nisba {
                self.occurrences
                    .retain(|o| !(o.start == start && o.end == e));
            } else if self.covering(start).is_some() || doc.lex_covering(start).next().is_some() {
                continue;
            }
            // Latin short forms only as names: capitalised in the source.
            let latin = form.chars().all(|c| script_of(c) == Script::Latin);
            if latin && !doc.capitalised(start) {
                continue;
            }
            added.push(Occurrence {
                start,
                end: e,
                entity: *entity,
                demonym: false,
                preposition: prefix.chars().last().filter(|c| "بلك".contains(*c)),
            });
        }
        self.occurrences.extend(added);
        self.sort();
    }

    /// "President Phuc", found by its title as a person of its own, is the one person whose
    /// full name has "Phuc" as its short form ("Nguyen Xuan Phuc"), when only one has.
    fn merge_short_names(&mut self) {
        let names: Vec<Option<String>> = self
            .found
            .iter()
            .map(|f| (f.kind == EntityKind::Person).then(|| normalize_label(&f.name)))
            .collect();
        // (Each name's short forms once, not once per name without a space.)
        let forms: Vec<Vec<&str>> = names
            .iter()
            .map(|n| n.as_deref().map(short_forms).unwrap_or_default())
            .collect();
        for (short, name) in names.iter().enumerate() {
            let Some(name) = name.as_deref().filter(|n| !n.contains(' ')) else {
                continue;
            };
            if self.found[short].reference.is_some() {
                continue;
            }
            // (With a title, the first word of a Latin name is a family name too: "President
            // Yoon" for Yoon Suk Yeol.)
            let names_by = |i: usize, full: &str| {
                forms[i].contains(&name)
                    || full.split_once(' ').is_some_and(|(first, _)| {
                        first == name && name.chars().all(|c| script_of(c) == Script::Latin)
                    })
            };
            let mut owners = names.iter().enumerate().filter(|(i, full)| {
                *i != short && full.as_deref().is_some_and(|full| names_by(*i, full))
            });
            let (Some((full, _)), None) = (owners.next(), owners.next()) else {
                continue;
            };
            for o in &mut self.occurrences {
                if o.entity == short {
                    o.entity = full;
                }
            }
            for list in &mut self.lists {
                for p in &mut list.persons {
                    if *p == short {
                        *p = full;
                    }
                }
            }
            self.role_ending.clear();
            for role in std::mem::take(&mut self.roles) {
                let person = if role.person == short {
                    full
                } else {
                    role.person
                };
                self.add_role(FoundRole { person, ..role });
            }
        }
        self.sort();
    }

    /// Every other occurrence of a Chinese name found by its title ("泰国总理赛塔 ... 赛塔表示"):
    /// with no spaces to find words by, the whole name is searched.
    fn find_repeated_chinese_names(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        let names: Vec<(String, usize)> = self
            .found
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == EntityKind::Person && f.reference.is_none())
            .filter(|(_, f)| {
                let chars = f.name.chars().count();
                (2..=10).contains(&chars)
                    && f.name
                        .chars()
                        .all(|c| script_of(c) == Script::Cjk || c == '\u{00B7}')
            })
            .map(|(i, f)| (f.name.clone(), i))
            .collect();
        let mut added = Vec::new();
        for (name, entity) in &names {
            for (start, _) in text.match_indices(name.as_str()) {
                let end = start + name.len();
                if self.overlaps(start, end) || doc.lex_covering(start).next().is_some() {
                    continue;
                }
                added.push(Occurrence {
                    start,
                    end,
                    entity: *entity,
                    demonym: false,
                    preposition: None,
                });
            }
        }
        self.occurrences.extend(added);
        self.sort();
    }

    /// Institutions the gazetteer does not know, by their head noun and the words that complete
    /// it: "وزارة الخارجية", "الاتحاد العام التونسي للشغل" (definite words and "لل" after the
    /// head), "Anadolu Agency", "Ministry of Economy, Trade and Industry" (capitalised words
    /// before it, a portfolio after "of"), "the Greek parliament" (a nationality before it),
    /// "中非合作论坛" (the characters before the head).
    fn find_institutions(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        let mut found = Vec::new();
        for hit in doc
            .lex
            .iter()
            .filter(|h| doc.has(h, Sense::Cue(Cue::Institution)))
        {
            // (Nor inside a title: "رئيس هيئة الأركان العامة" is an office.)
            let in_title = self.roles.iter().any(|r| {
                r.spans
                    .iter()
                    .any(|&(s, e)| s <= hit.start && hit.start < e)
            });
            if self.covering(hit.start).is_some() || in_title {
                continue;
            }
            let arabic = text[hit.start..].starts_with(|c: char| script_of(c) == Script::Arabic);
            let chinese = text[hit.start..].starts_with(|c: char| script_of(c) == Script::Cjk);
            let span = if arabic {
                self.arabic_institution_end(doc, hit.end)
                    .map(|end| (hit.start, end))
            } else if chinese {
                self.chinese_institution_start(doc, hit.start)
                    .map(|start| (start, hit.end))
            } else {
                self.latin_institution(doc, hit)
            };
            // "واعتمد المجلس", "The Council also heard": the bare head of a body named before
            // is that body.
            if span.is_none() && (hit.article || text[..hit.start].ends_with("the ")) {
                if let Some(body) = self.body_headed_by(doc, hit) {
                    found.push(Occurrence {
                        start: hit.start,
                        end: hit.end,
                        entity: body,
                        demonym: false,
                        preposition: hit.preposition,
                    });
                }
                continue;
            }
            if let Some((s, e)) = span {
                let name = arabic_name_after_lam(doc.source_text(s, e), hit);
                let entity = self.named(EntityKind::Organization, &name);
                found.push(Occurrence {
                    start: s,
                    end: e,
                    entity,
                    demonym: false,
                    preposition: hit.preposition,
                });
            }
        }
        for occurrence in found {
            self.insert(occurrence);
        }
    }

    /// The organisation named last before `hit` whose name has the head word `hit` stands for:
    /// first in Arabic ("مجلس جامعة الدول العربية" for "المجلس"), anywhere in other scripts
    /// ("Security Council" for "the Council").
    fn body_headed_by(&self, doc: &Doc<'_>, hit: &LexHit) -> Option<usize> {
        let text = doc.text();
        let head = &text[hit.start..hit.end];
        let head = head.strip_prefix("ال").unwrap_or(head);
        let arabic = head.starts_with(|c: char| script_of(c) == Script::Arabic);
        let upto = self.occurrences.partition_point(|o| o.start < hit.start);
        // (Within an article's reach, so that a long text is not walked back for every head.)
        self.occurrences[..upto]
            .iter()
            .rev()
            .take_while(|o| hit.start - o.start < BODY_REACH)
            .filter(|o| self.kind(o.entity) == Some(EntityKind::Organization))
            .find(|o| {
                let name = &text[o.start..o.end];
                let name = name.strip_prefix("ال").unwrap_or(name);
                if arabic {
                    name.starts_with(head)
                } else {
                    name.split(' ').any(|w| w == head)
                }
            })
            .map(|o| o.entity)
    }

    /// Where the words completing an Arabic institution's head end: definite words ("الخارجية",
    /// "العام التونسي"), "لل" words ("للشغل") and names of places or bodies, up to a word the
    /// lexicon knows; `None` when no word completes it.
    fn arabic_institution_end(&self, doc: &Doc<'_>, head_end: usize) -> Option<usize> {
        let mut end = head_end;
        for (s, e) in doc.first_words(head_end, 6) {
            if s < end {
                continue;
            }
            if !doc.adjacent(end, s) {
                break;
            }
            if let Some(o) = self.occurrence_at(s) {
                let body = matches!(
                    self.kind(o.entity),
                    Some(EntityKind::Country | EntityKind::Organization | EntityKind::Place)
                );
                if !body {
                    break;
                }
                end = o.end;
                continue;
            }
            let source = doc.source_text(s, e);
            // ("وزارة الطاقة والثروة المعدنية": a portfolio joined by "و" to the one before.)
            let joined = source.starts_with("وال") && end > head_end;
            let definite = joined || ["ال", "لل"].iter().any(|p| source.starts_with(p));
            // ("العام", a year word elsewhere, is "general" here: "الاتحاد العام".)
            let meaningful = |h: &LexHit| {
                !doc.senses(h).all(|x| {
                    matches!(
                        x,
                        Sense::Cue(Cue::Year | Cue::Stop | Cue::Portfolio | Cue::Joint)
                            | Sense::RelativeDay(_)
                            | Sense::NotAgreement
                    )
                })
            };
            let known = doc.lex_covering(s).any(meaningful) || doc.lex_in(s, e).any(meaningful);
            let digits = source.chars().any(|c| c.is_ascii_digit() || c == 'ـ');
            if !definite || known || digits || self.covering(s).is_some() {
                break;
            }
            end = e;
        }
        (end > head_end).then_some(end)
    }

    /// An institution the gazetteer does not know, named from the word `s..e` right after a
    /// title ("للاتحاد العام التونسي للشغل", "الاتحاد التونسي للصناعة والتجارة"): the
    /// organisation, with an occurrence there, and where its name ends.
    fn body_after_lam(&mut self, doc: &Doc<'_>, s: usize, e: usize) -> Option<(usize, usize)> {
        let head = doc
            .lex_in(s, e)
            .find(|h| h.end == e && doc.has(h, Sense::Cue(Cue::Institution)))?;
        let end = self.arabic_institution_end(doc, head.end)?;
        // Right after the title ("رئيسة الاتحاد التونسي للصناعة"), a body with a country or a
        // "لل" word in its name (not an office: "رئيس الديوان الملكي", "رئيس هيئة الأركان").
        let named = || {
            self.in_span(head.end, end)
                .any(|o| self.kind(o.entity) == Some(EntityKind::Country))
                || doc.source_text(head.end, end).contains(" لل")
        };
        if head.preposition != Some('ل') && !named() {
            return None;
        }
        let name = arabic_name_after_lam(doc.source_text(head.start, end), head);
        let entity = self.named(EntityKind::Organization, &name);
        self.insert(Occurrence {
            start: head.start,
            end,
            entity,
            demonym: false,
            preposition: head.preposition,
        });
        Some((entity, end))
    }

    /// Where a Chinese institution ends by its head starts ("中非合作论坛", "博鳌亚洲论坛"): back
    /// over the characters before the head, places and countries among them, to a boundary (a
    /// space, a mark, a function character, a person or a verb); `None` for fewer than two, or
    /// for an organ of a body the article names.
    fn chinese_institution_start(&self, doc: &Doc<'_>, head: usize) -> Option<usize> {
        const FUNCTION: &str = "的在和与同及了是为对将由等从向于并也";
        const MAX_CHARS: usize = 12;
        let text = doc.text();
        let mut start = head;
        let mut chars = 0;
        while chars < MAX_CHARS {
            if let Some(o) = self.occurrence_ending(start) {
                let part = matches!(
                    self.kind(o.entity),
                    Some(EntityKind::Country | EntityKind::Place)
                );
                // ("上海合作组织成员国元首理事会": an organ of a known body is told as that body.)
                if self.kind(o.entity) == Some(EntityKind::Organization) {
                    return None;
                }
                if !part {
                    break;
                }
                chars += text[o.start..start].chars().count();
                start = o.start;
                continue;
            }
            let verb = doc.lex_before(start).is_some_and(|h| {
                h.end == start
                    && doc
                        .senses(h)
                        .any(|s| matches!(s, Sense::Event(_) | Sense::Cue(_)))
            });
            let Some(c) = text[..start].chars().next_back() else {
                break;
            };
            if verb || script_of(c) != Script::Cjk || FUNCTION.contains(c) {
                break;
            }
            start -= c.len_utf8();
            chars += 1;
        }
        (chars >= 2).then_some(start)
    }

    /// A Latin-script institution around its head: capitalised words or a nationality before
    /// it, a portfolio after "of"; `None` for the head alone.
    fn latin_institution(&self, doc: &Doc<'_>, hit: &LexHit) -> Option<(usize, usize)> {
        let text = doc.text();
        let capital_head = doc.capitalised(hit.start);
        let mut start = hit.start;
        for (s, e) in preceding_words(text, hit.start, 3) {
            let portfolio = doc
                .lex_at(s)
                .is_some_and(|h| h.end == e && doc.has(h, Sense::Cue(Cue::Portfolio)));
            if let Some(o) = self.occurrence_ending(e) {
                // "the Greek parliament", "Russian Energy Ministry": a nationality opens it.
                if o.demonym && o.start == s && doc.adjacent(e, start) {
                    start = s;
                }
                break;
            }
            let known = doc.lex_at(s).is_some_and(|h| h.start == s) && !portfolio;
            if !capital_head || !doc.capitalised(s) || known || !doc.adjacent(e, start) {
                break;
            }
            start = s;
        }
        let end = if capital_head {
            portfolio_end(doc, self, hit.end)
        } else {
            hit.end
        };
        (start < hit.start || end > hit.end).then_some((start, end))
    }

    /// Venues not in the gazetteer: a head word ("قاعة", "Hall", "广场", "зал") with its name.
    fn find_venues(&mut self, doc: &Doc<'_>) {
        let text = doc.text();
        // The occurrences so far are in order; the venues found here follow them.
        let sorted = self.occurrences.len();
        for hit in doc.lex.iter().filter(|h| doc.has(h, Sense::Venue)) {
            if self.covering(hit.start).is_some() {
                continue;
            }
            let script = text[hit.start..]
                .chars()
                .next()
                .map_or(Script::Other, script_of);
            let span = match script {
                Script::Arabic => {
                    let words = doc.first_words(hit.end, 3);
                    let mut end = None;
                    for &(s, e) in &words {
                        // An occurrence starting in the word (found by a binary search among
                        // the ordered ones).
                        let from = self.occurrences[..sorted].partition_point(|o| o.start < s);
                        let blocked = self.occurrences[from..sorted]
                            .iter()
                            .take_while(|o| o.start < e)
                            .chain(&self.occurrences[sorted..])
                            .any(|o| o.start < e && s < o.end + 4 && o.start >= s)
                            || doc.lex_covering(s).next().is_some()
                            || text[s..e].chars().any(|c| c.is_ascii_digit());
                        if blocked {
                            break;
                        }
                        end = Some(e);
                    }
                    end.map(|e| (hit.start, e))
                }
                Script::Cjk => {
                    let before = &text[..hit.start];
                    let mut start = hit.start;
                    for (i, c) in before.char_indices().rev().take(4) {
                        if script_of(c) != Script::Cjk
                            || "在于的、和与同到抵赴往".contains(c)
                            || self.covering(i).is_some()
                        {
                            break;
                        }
                        start = i;
                    }
                    (start < hit.start).then_some((start, hit.end))
                }
                _ => {
                    // Capitalised words before the head ("Golden Hall", "Георгиевский зал").
                    let source_capital = |s: usize| doc.capitalised(s);
                    let mut start = hit.start;
                    let before: Vec<(usize, usize)> = preceding_words(text, hit.start, 3);
                    // ("King Khalid International Airport": a title and a name nobody knows are
                    // part of it too.)
                    let unknown_person = |s: usize| {
                        self.covering(s).is_some_and(|o| {
                            self.found
                                .get(o.entity)
                                .is_some_and(|f| f.kind == EntityKind::Person && f.qid.is_none())
                        })
                    };
                    for &(s, _) in &before {
                        if !source_capital(s)
                            || (self.covering(s).is_some() && !unknown_person(s))
                            || doc.lex_in(s, hit.start).any(|h| {
                                // ("Haneda International Airport": a portfolio word is part of it.)
                                h.start == s
                                    && !doc.has(h, Sense::Venue)
                                    && !doc.has(h, Sense::Cue(Cue::Portfolio))
                                    && !doc.senses(h).any(|x| matches!(x, Sense::Role(_)))
                            })
                        {
                            break;
                        }
                        start = s;
                    }
                    (start < hit.start).then_some((start, hit.end))
                }
            };
            if let Some((s, e)) = span {
                let name = doc.source_text(s, e).to_owned();
                let entity = self.named(EntityKind::Place, &name);
                self.occurrences.push(Occurrence {
                    start: s,
                    end: e,
                    entity,
                    demonym: false,
                    preposition: hit.preposition,
                });
            }
        }
    }
}

/// The short forms of the people found, each with its first owner and whether it names him only
/// after an honorific; a form two people share names neither. Each form is looked up, not
/// searched for in a list of all forms.
#[derive(Default)]
struct FormOwners {
    /// (form, person, honoured), in order of first addition.
    forms: Vec<(String, usize, bool)>,
    /// Each form's index in `forms`.
    index: HashMap<String, usize>,
    shared: HashSet<String>,
}

impl FormOwners {
    /// Records that `form` names `person`.
    fn add(&mut self, form: &str, person: usize, honoured: bool) {
        match self.index.get(form).map(|&k| self.forms[k].1) {
            Some(other) if other != person => {
                self.shared.insert(form.to_owned());
            }
            Some(_) => {}
            None => {
                self.index.insert(form.to_owned(), self.forms.len());
                self.forms.push((form.to_owned(), person, honoured));
            }
        }
    }

    /// The forms of one person only, in order of first addition.
    fn unshared(mut self) -> Vec<(String, usize, bool)> {
        self.forms.retain(|(w, _, _)| !self.shared.contains(w));
        self.forms
    }
}

/// The names and short forms of several words of the people found so far, each person's read
/// once, so that [`Entities::person_named_at`] looks up the text after a position instead of
/// normalising every person's name for each word of a new name.
#[derive(Debug, Default)]
struct PersonNames {
    forms: HashSet<String>,
    /// The longest form, in bytes.
    longest: usize,
    /// How many of the entities found have been read.
    read: usize,
}

impl PersonNames {
    /// Records the forms of the entities found since the last call.
    fn catch_up(&mut self, found: &[Found]) {
        for f in found.get(self.read..).unwrap_or_default() {
            self.add(f.kind, &f.name);
        }
        self.read = self.read.max(found.len());
    }

    /// Records the forms of a new entity's name, when it is a person.
    fn add(&mut self, kind: EntityKind, name: &str) {
        if kind != EntityKind::Person {
            return;
        }
        let name = normalize_label(name);
        let forms = std::iter::once(name.as_str()).chain(short_forms(&name));
        for form in forms.filter(|form| form.contains(' ')) {
            self.longest = self.longest.max(form.len());
            self.forms.insert(form.to_owned());
        }
    }

    /// True when a form starts at `at` and no word character follows it: each place in reach
    /// of the longest form where a word ends is looked up.
    fn named_at(&self, text: &str, at: usize) -> bool {
        let Some(rest) = text.get(at..).filter(|_| !self.forms.is_empty()) else {
            return false;
        };
        let word_ends = rest
            .char_indices()
            .take_while(|&(i, _)| i <= self.longest)
            .filter(|&(_, c)| !is_word_char(c))
            .map(|(i, _)| i);
        let text_end = (rest.len() <= self.longest).then_some(rest.len());
        word_ends
            .chain(text_end)
            .any(|end| self.forms.contains(&rest[..end]))
    }
}

/// The spans of places' names, for "is this span inside a place's name" in a binary search
/// instead of a walk over every place.
struct PlaceSpans {
    /// Sorted by start, then end.
    spans: Vec<(usize, usize)>,
    /// `reach[i]`: the furthest end of `spans[..i]` (0 for none).
    reach: Vec<usize>,
}

impl PlaceSpans {
    fn new(mut spans: Vec<(usize, usize)>) -> Self {
        spans.sort_unstable();
        let mut reach = Vec::with_capacity(spans.len() + 1);
        reach.push(0);
        let mut furthest = 0;
        for &(_, end) in &spans {
            furthest = furthest.max(end);
            reach.push(furthest);
        }
        Self { spans, reach }
    }

    /// True when a place's span other than `span` itself holds `span`.
    fn holds(&self, (start, end): (usize, usize)) -> bool {
        // Those that start before it hold it when they end at or after its end; those that
        // start with it, when they end after it.
        let before = self.spans.partition_point(|s| s.0 < start);
        let with = self.spans.partition_point(|s| s.0 <= start);
        (before > 0 && self.reach[before] >= end)
            || self.spans[before..with].last().is_some_and(|s| s.1 > end)
    }
}

/// True when a person's one-word Latin alias is followed right away by a capitalised word that
/// is no other known name or rule word: "Petro" in "Petro Poroshenko" is not Gustavo Petro, but
/// the first name of someone else.
/// Where "للشؤون السياسية" ("for political affairs") after an Arabic title at `at` ends: the word
/// "for the affairs" and up to three definite words after it that no rule or entity claims;
/// `at` when none is there.
fn affairs_end(doc: &Doc<'_>, entities: &Entities, at: usize) -> usize {
    let text = doc.text();
    let words = doc.first_words(at, 4);
    let Some(&(s, e)) = words.first() else {
        return at;
    };
    let affairs = ["للشوون", "للشؤون", "لشوون", "لشؤون"];
    if s != at || !affairs.contains(&&text[s..e]) {
        return at;
    }
    let mut last = at;
    let mut previous = e;
    for &(s, e) in &words[1..] {
        let definite = ["ال", "وال"].iter().any(|p| text[s..e].starts_with(p));
        if !definite
            || !doc.adjacent(previous, s)
            || entities.covering(s).is_some()
            || doc.lex_covering(s).next().is_some()
        {
            break;
        }
        last = e;
        previous = e;
    }
    last
}

/// True for a title a country gives one person at a time ("the Russian president"), so that it
/// can stand for its holder; not for "minister" or a deputy's or an adviser's title ("نائب وزير
/// الخارجية الإيراني"), which many hold.
fn one_office(role: RoleKind) -> bool {
    !matches!(role, RoleKind::Minister | RoleKind::Other)
}

fn first_name_of_another(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    hit: &NameHit,
    next: Option<&NameHit>,
) -> bool {
    let text = doc.text();
    let word = &text[hit.norm_start..hit.norm_end];
    let after = hit.norm_end + 1;
    hit.form == LabelForm::Alias
        && gazetteer.entity(hit.entity).map(|e| e.kind) == Some(EntityKind::Person)
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && text[hit.norm_end..].starts_with(' ')
        && text[after..].starts_with(|c: char| c.is_ascii_alphabetic())
        && doc.capitalised(after)
        && next.is_none_or(|n| n.norm_start != after)
        && doc.lex_at(after).is_none()
}

/// How far back, in bytes, a bare head noun looks for the body it names: about the length of a
/// long news article.
const BODY_REACH: usize = 16 * 1024;

/// True when the word before `at` can take an Arabic adjective after it: a definite noun
/// ("الرئيس", "للشعب"), a name or a title the article knows.
/// The name of an Arabic institution whose head follows the preposition "ل", which drops the
/// article's alif: "للمجلس" is "المجلس", "للجنة" "اللجنة", but "لمجلس التعاون" has no article.
fn arabic_name_after_lam(source: &str, hit: &LexHit) -> String {
    if hit.preposition != Some('ل') || source.starts_with("ال") {
        return source.to_owned();
    }
    if hit.article && source.starts_with('ل') {
        format!("ا{source}")
    } else if hit.article || source.starts_with('ل') {
        format!("ال{source}")
    } else {
        source.to_owned()
    }
}

fn qualifies_before(doc: &Doc<'_>, entities: &Entities, at: usize) -> bool {
    let text = doc.text();
    let before = text[..at].trim_end();
    // (Nothing qualifies across a line: a headline's first word has no noun before it.)
    if text[before.len()..at].contains('\n') {
        return false;
    }
    let word_start = before.rfind([' ', '\n']).map_or(0, |i| i + 1);
    let word = doc.source_text(word_start, before.len());
    let definite = ["ال", "وال", "بال", "فال", "كال", "لل", "ولل"]
        .iter()
        .any(|p| word.starts_with(p));
    definite
        || entities.occurrence_ending(before.len()).is_some()
        || doc.lex_before(before.len()).is_some_and(|h| {
            h.end == before.len() && doc.senses(h).any(|x| matches!(x, Sense::Role(_)))
        })
}

/// Every word of a normalised text.
/// Where an Arabic title's second portfolio ends ("وشؤون المغتربين", "والتعاون الدولي" after
/// "وزير الخارجية"), or `end` when none follows: "و" and a word no rule knows as an honorific or a
/// title, then the words with the article after it.
fn joined_portfolio_end(doc: &Doc<'_>, end: usize) -> usize {
    let text = doc.text();
    let words = doc.first_words(skip_spaces(text, end), 4);
    let Some(&(s, e)) = words.first() else {
        return end;
    };
    let Some(rest) = text[s..e].strip_prefix('و') else {
        return end;
    };
    let after_waw = s + 'و'.len_utf8();
    let known = doc.lex_covering(after_waw).any(|h| {
        doc.has(h, Sense::Cue(Cue::Honorific)) || doc.senses(h).any(|x| matches!(x, Sense::Role(_)))
    });
    if known || !(rest.starts_with("ال") || rest == "شوون" || rest == "شؤون") {
        return end;
    }
    let mut last = e;
    for &(s, e) in &words[1..] {
        let honorific = doc
            .lex_in(s, e)
            .any(|h| h.start == s && doc.has(h, Sense::Cue(Cue::Honorific)));
        if honorific || !text[s..e].starts_with("ال") {
            break;
        }
        last = e;
    }
    last
}

/// Where a Russian minister's lower-case portfolio ends when a name follows it ("министр
/// энергетики", "министр сельского хозяйства", "министр промышленности и торговли"): up to four
/// lower-case Cyrillic words that are no lexicon words, "и" allowed between two of them; `end`
/// when no capitalised word follows them.
fn lower_case_portfolio_end(doc: &Doc<'_>, end: usize) -> usize {
    let text = doc.text();
    let (_, clause_end) = doc.clause_at(end);
    let mut last = end;
    let mut previous = end;
    let mut joined = false;
    for (s, e) in doc.words_from(end, clause_end).into_iter().take(5) {
        let word = &text[s..e];
        if doc.capitalised(s) {
            // (Not "министр энергетики и Денис ...": a name after "и" is the next person.)
            return if joined { end } else { last };
        }
        if !doc.adjacent(previous, s) {
            break;
        }
        previous = e;
        if word == "и" && last > end && !joined {
            joined = true;
            continue;
        }
        let cyrillic = word.chars().all(|c| script_of(c) == Script::Cyrillic);
        if !cyrillic || doc.lex_covering(s).next().is_some() {
            break;
        }
        joined = false;
        last = e;
    }
    end
}

/// Where a title's complement of portfolio or body words ends ("of Planning and Investment",
/// "of State for Foreign Affairs", "of the National Assembly"), or `end` when none follows: "of"
/// or "for", then capitalised portfolio words and the linkers between them.
fn portfolio_end(doc: &Doc<'_>, entities: &Entities, end: usize) -> usize {
    let text = doc.text();
    let start = skip_spaces(text, end);
    let Some(mut at) = ["of ", "for "]
        .iter()
        .find(|l| text[start..].starts_with(**l))
        .map(|l| start + l.len())
    else {
        return end;
    };
    let mut last = end;
    loop {
        at = skip_spaces(text, at);
        let portfolio = doc
            .lex_at(at)
            .filter(|h| doc.capitalised(at) && doc.has(h, Sense::Cue(Cue::Portfolio)));
        if let Some(h) = portfolio.or_else(|| named_portfolio(doc, entities, at)) {
            last = h.end;
            at = h.end;
            continue;
        }
        match ["the ", "and ", "of ", "for ", "& ", ", "]
            .iter()
            .find(|l| text[at..].starts_with(**l))
        {
            Some(linker) => at += linker.len(),
            None => break,
        }
    }
    last
}

/// True when the word after `at` is "بن" or "ابن" (son of): the word before it opens a name.
fn lineage_after(doc: &Doc<'_>, at: usize) -> bool {
    let text = doc.text();
    doc.first_words(at, 1)
        .first()
        .is_some_and(|&(s, e)| matches!(&text[s..e], "بن" | "ابن"))
}

/// A portfolio word after capitalised words no rule knows, which name what it is about
/// ("Amiri Diwan Affairs", "Overseas Pakistanis Affairs"): the portfolio word's hit, when at most
/// three such words, and no names, stand before it.
fn named_portfolio<'d>(doc: &'d Doc<'_>, entities: &Entities, at: usize) -> Option<&'d LexHit> {
    let text = doc.text();
    for (s, e) in doc.first_words(at, 4) {
        if let Some(h) = doc.lex_at(s) {
            return (s > at && doc.capitalised(s) && doc.has(h, Sense::Cue(Cue::Portfolio)))
                .then_some(h);
        }
        if !doc.capitalised(s)
            || !text[s..].starts_with(|c: char| c.is_alphabetic())
            || entities.overlaps(s, e)
        {
            return None;
        }
    }
    None
}

/// The short forms a person's normalised name may be written by: the last word before any
/// suffix such as "Jr." (three letters at least in Latin script, four in others; else, in Arabic,
/// the last two words), and the first
/// of a two-word Latin name (Chinese, Korean and Vietnamese names in Latin letters put the
/// family name first: "Li" for Li Qiang).
fn short_forms(normalized: &str) -> Vec<&str> {
    let mut words: Vec<&str> = normalized.split(' ').collect();
    // "Ferdinand Marcos Jr.": the family name is before a generation's suffix.
    if words.len() > 2
        && matches!(
            words.last().map(|w| w.trim_end_matches('.')),
            Some("jr" | "sr" | "ii" | "iii" | "iv")
        )
    {
        words.pop();
    }
    let mut forms = Vec::new();
    if let [first, .., last] = words.as_slice() {
        let shortest = if last.chars().all(|c| script_of(c) == Script::Latin) {
            3
        } else {
            4
        };
        if last.chars().count() >= shortest {
            forms.push(*last);
        } else if let [.., before_last, _] = words.as_slice() {
            // "علي باقري كني" is "باقري كني": a family name of two words whose last is short
            // (not after a word of lineage: "آل ثاني" is a family).
            let arabic = last.chars().all(|c| script_of(c) == Script::Arabic);
            let lineage = matches!(*before_last, "بن" | "ابن" | "بنت" | "ال" | "ابو" | "عبد");
            if arabic && words.len() >= 3 && !lineage {
                let offset = |word: &str| word.as_ptr() as usize - normalized.as_ptr() as usize;
                forms.push(&normalized[offset(before_last)..offset(last) + last.len()]);
            }
        }
        let latin = first.chars().all(|c| script_of(c) == Script::Latin);
        // The family name first: "Wang Yi", "Moon Jae-in", and "Yoon Suk Yeol", "Kim Jong Un"
        // (three short words, a Korean name).
        let korean = words.len() == 3
            && words.iter().all(|w| {
                w.chars().count() <= 4 && w.chars().all(|c| script_of(c) == Script::Latin)
            });
        // (Not a given name before an Arab family name: "Abdullah Al-Yahya" is "Al-Yahya".)
        let arab_family = ["al-", "el-"].iter().any(|a| last.starts_with(a));
        if (words.len() == 2 || korean) && latin && first.chars().count() >= 2 && !arab_family {
            forms.push(*first);
        }
    }
    forms
}

/// The given name of a name built on a father's ("Mohammed bin Zayed Al Nahyan", "تميم بن حمد
/// آل ثاني"): "Sheikh Mohammed", "الشيخ تميم" name him after an honorific.
fn given_name(normalized: &str) -> Option<&str> {
    let mut words = normalized.split(' ');
    let first = words.next()?;
    let patronymic = matches!(words.next()?, "bin" | "ibn" | "bint" | "بن" | "بنت");
    (patronymic && first.chars().count() >= 3).then_some(first)
}

/// The given and the father's name of an Arab name in Latin letters ("Fahad Yousef Saud
/// Al-Sabah"): "Sheikh Fahad Yousef" names him after an honorific.
fn given_and_father(normalized: &str) -> Option<&str> {
    let words: Vec<&str> = normalized.split(' ').collect();
    let [first, second, .., last] = words.as_slice() else {
        return None;
    };
    let latin = |w: &str| w.chars().all(|c| script_of(c) == Script::Latin || c == '-');
    let arab_family = last.starts_with("al-") || last.starts_with("el-");
    (words.len() >= 3 && arab_family && latin(first) && latin(second) && !second.starts_with("bin"))
        .then(|| &normalized[..first.len() + 1 + second.len()])
}

fn all_words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices();
    std::iter::from_fn(move || {
        let start = chars.find(|&(_, c)| is_word_char(c))?.0;
        let end = chars
            .find(|&(_, c)| !is_word_char(c))
            .map_or(text.len(), |(i, _)| i);
        Some((start, end))
    })
}

/// Where one of `forms` ends a word of `text` with at most `max_prefix` characters of the word
/// before it: (form index, that part of the word, end of the word), in no particular order. These
/// are the words of [`all_words`] that end with a form, found by a search for the last characters
/// of the forms instead of a walk through every word.
fn word_endings<'t>(
    text: &'t str,
    forms: &[&str],
    max_prefix: usize,
) -> Vec<(usize, &'t str, usize)> {
    // A form with other characters than word characters, spaces and hyphens between words
    // ("al-fassam") ends no word.
    let mut searched: Vec<(usize, &str, char)> = forms
        .iter()
        .enumerate()
        .filter(|(_, form)| {
            form.chars()
                .all(|c| is_word_char(c) || c == ' ' || c == '-')
                && form.chars().next_back().is_some_and(is_word_char)
        })
        .filter_map(|(i, form)| Some((i, *form, form.chars().next_back()?)))
        .collect();
    // Grouped by last character (a stable sort: each group in the order of `forms`), so that a
    // match tries only the forms ending with its character.
    searched.sort_by_key(|s| s.2);
    let mut found = Vec::new();
    for group in searched.chunk_by(|a, b| a.2 == b.2) {
        let last = group[0].2;
        for (at, _) in text.match_indices(last) {
            let end = at + last.len_utf8();
            if text[end..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            for &(i, form, _) in group {
                let Some(start) = text[..end].strip_suffix(form).map(str::len) else {
                    continue;
                };
                if let Some(word_start) = word_start_before(text, start, max_prefix) {
                    found.push((i, &text[word_start..start], end));
                }
            }
        }
    }
    found
}

/// The start of the word that goes on before `at`, when it starts at most `max` characters
/// before.
fn word_start_before(text: &str, at: usize, max: usize) -> Option<usize> {
    let mut start = at;
    for (n, (i, c)) in text[..at].char_indices().rev().enumerate() {
        if !is_word_char(c) {
            break;
        }
        if n == max {
            return None;
        }
        start = i;
    }
    Some(start)
}

/// Words between a country and its title that leave the title its country ("Ukraine's acting
/// Foreign Minister").
const TITLE_QUALIFIERS: &[&str] = &[
    "acting", "interim", "former", "new", "outgoing", "incoming", "then", "first",
];

/// Particles inside names ("bin", "al-", "de", "عبد").
const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "la", "le", "dos", "bint",
    "abu", "ben",
];

/// A person's name right at `at`, found by its shape: capitalised words (Latin, Cyrillic), two to
/// four Arabic words that are no rule words, or two or three Han characters.
/// A Latin-script name of two to four capitalised words ending at `end`, followed by a comma
/// before the title at `title` and opening its clause or following "by"/"and"
/// ("welcomed by Rustam Minnikhanov, head of ...").
fn latin_name_before_comma(
    doc: &Doc<'_>,
    entities: &Entities,
    end: usize,
    title: usize,
) -> Option<(usize, usize)> {
    let text = doc.text();
    if !text.get(end..title)?.trim_start().starts_with(',') {
        return None;
    }
    let (clause_start, _) = doc.clause_at(end.saturating_sub(1));
    let words = doc.words_from(clause_start, end);
    let mut start = None;
    let mut count = 0;
    for &(s, e) in words.iter().rev() {
        let capital = doc.capitalised(s)
            && text[s..e]
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        if !capital || entities.overlaps(s, e) || doc.lex_covering(s).next().is_some() {
            break;
        }
        start = Some(s);
        count += 1;
        if count == 4 {
            break;
        }
    }
    let start = start?;
    let before = text[clause_start..start].trim_end();
    let opened = before.is_empty() || before.ends_with(" by") || before.ends_with(" and");
    (count >= 2 && opened && words.last()?.1 == end).then_some((start, end))
}

/// The honorific an Arabic honorific pronoun stands for, normalised: "فخامته" → "فخامه"
/// (فخامة), "سموه" → "سمو", "معاليه" → "معالي".
fn honorific_of_pronoun(pronoun: &str) -> String {
    let stem = pronoun.strip_suffix('ه').unwrap_or(pronoun);
    match stem.strip_suffix('ت') {
        Some(base) => format!("{base}ه"),
        None => stem.to_owned(),
    }
}

/// The last words, without the article, of the honorifics and titles right before `at`, over
/// nationalities ("صاحب السمو الشيخ" → "شيخ", "سمو"; "فخامة الرئيس الكيني" → "رئيس", "فخامه").
fn honorifics_before<'d>(
    doc: &'d Doc<'_>,
    entities: &'d Entities,
    at: usize,
) -> impl Iterator<Item = &'d str> + 'd {
    let text = doc.text();
    let mut end = at;
    std::iter::from_fn(move || {
        let mut before = text[..end].trim_end();
        while let Some(o) = entities
            .occurrence_ending(before.len())
            .filter(|o| o.demonym)
        {
            before = text[..o.start].trim_end();
        }
        let hit = doc.lex_before(before.len()).filter(|h| {
            h.end == before.len()
                && (doc.has(h, Sense::Cue(Cue::Honorific))
                    || doc.senses(h).any(|s| matches!(s, Sense::Role(_))))
        })?;
        end = hit.start;
        let word = text[hit.start..hit.end].rsplit(' ').next()?;
        Some(word.strip_prefix("ال").unwrap_or(word))
    })
}

/// The country of the side named last before `at` in its sentence: "عن الجانب المغربي", "on the
/// Chinese side,". (Not Russian "с российской стороны": the side's title would then be looked up
/// as the country's office, whose holder is not always the person named, so dev scores fell.)
fn side_before(doc: &Doc<'_>, entities: &Entities, at: usize) -> Option<usize> {
    let text = doc.text();
    let sentence_start = doc.sentence_at(at).map_or(0, |s| s.start);
    // Arabic: "الجانب" + demonym; English: demonym + "side". The last side named before the title
    // in its sentence ("On the Chinese side, Foreign Minister X and Commerce Minister Y").
    // Its scope is its clause, or the one right after its comma ("On the Chinese side, ..."),
    // not a later one ("وعن الجانب البحريني سفير ...، بحضور ... المستشار بدولة الإمارات"), unless
    // "و" carries its Arabic list on ("ومن الجانب الأمريكي وزير الخارجية X، ومستشار الأمن القومي Y").
    let in_scope = |o: &Occurrence| {
        let after = text[o.end..at]
            .strip_prefix(" side")
            .unwrap_or(&text[o.end..at]);
        let after = after.trim_start().strip_prefix([',', '،']).unwrap_or(after);
        let mut clauses = after.split([',', '،']);
        clauses.next();
        !after.contains([';', '؛']) && clauses.all(|c| c.trim_start().starts_with('و'))
    };
    let names_side = |o: &&Occurrence| {
        o.demonym
            && entities.kind(o.entity) == Some(EntityKind::Country)
            && (text[sentence_start..o.start].trim_end().ends_with("الجانب")
                || text[o.end..].starts_with(" side"))
            && in_scope(o)
    };
    entities
        .in_span(sentence_start, at)
        .filter(|o| o.end <= at)
        .filter(names_side)
        .last()
        .map(|o| o.entity)
}

/// The title right after `end` that another title is held under: with the Arabic `ل`
/// ("للأمين العام") or after "of the" / "to the" ("of the Secretary-General").
fn superior_title<'d>(doc: &'d Doc<'_>, end: usize, arabic: bool) -> Option<&'d LexHit> {
    let text = doc.text();
    let mut at = skip_spaces(text, end);
    if !arabic {
        let linker = ["of the ", "to the "]
            .into_iter()
            .find(|l| text[at..].starts_with(l))?;
        at += linker.len();
    }
    // (An Arabic hit starts after its proclitic: "للأمين" is ل + "الأمين".)
    let first_word_end = doc.first_words(at, 1).first()?.1;
    let hit = doc
        .lex_in(at, text.len())
        .take_while(|h| h.start < first_word_end)
        .find(|h| doc.senses(h).any(|s| matches!(s, Sense::Role(_))))?;
    let held_under = !arabic || hit.preposition == Some('ل') || text[at..].starts_with("لل");
    held_under.then_some(hit)
}

/// An Arabic name of two to ten words between an honorific and `end` ("الدكتور أيمن سوسان").
fn name_after_honorific(doc: &Doc<'_>, entities: &Entities, end: usize) -> Option<(usize, usize)> {
    let honorific = doc
        .lex_in(end.saturating_sub(160), end)
        .filter(|h| doc.has(h, Sense::Cue(Cue::Honorific)))
        .last()?;
    let start = skip_spaces(doc.text(), honorific.end);
    let (s, e) = name_after(doc, entities, start)?;
    let words = doc.words_from(s, e).len();
    (e == end && (2..=10).contains(&words)).then_some((s, e))
}

/// Where the words after the honorifics that start at `at` begin ("صاحب السمو السيد فهد": at
/// "فهد"), or `at` when none does.
fn past_honorifics(doc: &Doc<'_>, mut at: usize) -> usize {
    while let Some(h) = doc
        .lex_at(at)
        .filter(|h| doc.has(h, Sense::Cue(Cue::Honorific)))
    {
        at = skip_spaces(doc.text(), h.end);
    }
    at
}

/// "حضر ... فؤاد حسين وزير الخارجية، وحيان عبد الغني وزير النفط": an Arabic name of two to four
/// words between a list's comma (and its "و") and `end`, where a title follows.
fn listed_name_before(doc: &Doc<'_>, entities: &Entities, end: usize) -> Option<(usize, usize)> {
    let text = doc.text();
    let (comma, mark) = text[..end]
        .char_indices()
        .rfind(|&(_, c)| c == '،' || c == ',')?;
    let start = skip_spaces(text, comma + mark.len_utf8());
    let conjoined = text[start..]
        .strip_prefix('و')
        .map(|_| start + 'و'.len_utf8());
    conjoined
        .into_iter()
        .chain([start])
        .filter_map(|at| name_after(doc, entities, at))
        .find(|&(s, e)| e == end && (2..=4).contains(&doc.words_from(s, e).len()))
}

/// The characters that write foreign names in Chinese (the most used of the Xinhua
/// transliteration tables), without those that also open the words that follow a name often
/// ("代表", "提出", "来华", "根据", "保持", "明确", "可以", "因为", "赞赏", "敦促", "热情").
const TRANSLITERATION: &str = "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布卜查察达戴丹道德登迪蒂丁东\
                               杜多厄恩尔法凡菲费芬丰弗伏福富盖甘冈戈哥格贡古瓜圭哈海汉豪赫亨胡华\
                               怀霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎坤拉腊莱赖兰朗劳勒雷蕾黎\
                               里丽利莉列林琳柳龙隆娄卢鲁路伦罗洛马玛迈麦曼芒梅门蒙孟米缪摩莫默姆\
                               穆纳娜乃奈南内尼妮涅纽努诺欧帕潘庞佩彭皮珀普齐奇契恰乔切钦琼丘萨塞\
                               赛桑瑟森沙莎尚舍什施史舒斯松苏索塔泰坦汤唐陶特滕图托瓦万旺威韦维温\
                               沃乌西希锡夏肖谢辛休雅亚扬耶伊英尤约泽扎詹兹佐卓茨娃娅策采楚措津翁\
                               哲夫罕侯欣翰逊顿";

/// Two-character words that end a transliterated name although their first character could
/// continue it: "X夫妇" (X and spouse), "达成", "特别", "加强", "维护".
const AFTER_TRANSLITERATION: [&str; 5] = ["夫妇", "达成", "特别", "加强", "维护"];

/// True for a character of [`TRANSLITERATION`].
fn is_transliteration(c: char) -> bool {
    script_of(c) == Script::Cjk && TRANSLITERATION.contains(c)
}

/// Where a transliterated Chinese name that reached `end` ends: on through transliteration
/// characters and the middle dot between two parts, to ten characters in all, stopping at a
/// `blocked` character (a lexicon word, a known name).
fn transliteration_end(
    text: &str,
    mut end: usize,
    blocked: &impl Fn(usize, usize) -> bool,
) -> usize {
    let mut chars = 3;
    let mut at = end;
    while chars < 10 {
        let rest = &text[at..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        let next = at + c.len_utf8();
        if c == '\u{00B7}' {
            // A dot only between two parts: "费尔南多·马科斯".
            if !text[next..].chars().next().is_some_and(is_transliteration) {
                break;
            }
            at = next;
            continue;
        }
        if !is_transliteration(c)
            || blocked(at, next)
            || AFTER_TRANSLITERATION.iter().any(|w| rest.starts_with(w))
        {
            break;
        }
        chars += 1;
        at = next;
        end = next;
    }
    end
}

fn name_after(doc: &Doc<'_>, entities: &Entities, at: usize) -> Option<(usize, usize)> {
    let text = doc.text();
    let first = text[at.min(text.len())..].chars().next()?;
    // (An event or document noun glued to a preposition, "بتبني", "لبحث", "بقرار", ends a name
    // too.)
    // ("ويبحث": the conjunction glued to a lexicon word, whose hit starts after it.)
    let conjoined = |s: usize, e: usize| {
        ['و', 'ف'].iter().any(|&c| {
            text[s..].starts_with(c) && doc.lex_at(s + c.len_utf8()).is_some_and(|h| h.end == e)
        })
    };
    let blocked = |s: usize, e: usize| {
        entities.overlaps(s, e)
            || doc.lex_covering(s).next().is_some()
            || conjoined(s, e)
            || doc.lex_in(s, e).any(|h| {
                doc.has(h, Sense::Cue(Cue::Stop))
                    || (h.preposition.is_some()
                        && doc
                            .senses(h)
                            .any(|x| matches!(x, Sense::Event(_) | Sense::Agreement(_))))
            })
    };
    match script_of(first) {
        Script::Cjk => {
            let mut end = at;
            for (i, c) in text[at..].char_indices().take(3) {
                if script_of(c) != Script::Cjk || blocked(at + i, at + i + c.len_utf8()) {
                    break;
                }
                end = at + i + c.len_utf8();
            }
            // A Chinese name has two or three characters; a foreign one written in the
            // characters of transliteration runs on through them ("博鲁阿尔特", "纳扎尔巴耶夫",
            // "费尔南多·马科斯").
            if text[at..end].chars().count() == 3 && text[at..end].chars().all(is_transliteration) {
                end = transliteration_end(text, end, &blocked);
            }
            (text[at..end].chars().count() >= 2).then_some((at, end))
        }
        Script::Arabic => {
            let mut end = None;
            let mut count = 0;
            let mut previous = "";
            let words = doc.first_words(at, 11);
            // A name of four words, and two more for each word of lineage among them ("فهد بن
            // محمود آل سعيد", "خالد بن أحمد بن محمد آل خليفة").
            let mut limit = 4;
            for (i, &(s, e)) in words.iter().enumerate() {
                if i >= limit {
                    break;
                }
                if matches!(&text[s..e], "بن" | "ابن" | "بنت" | "ال" | "ولد") {
                    limit = (limit + 2).min(10);
                }
            }
            for (i, &(s, e)) in words.iter().take(limit).enumerate() {
                let word = &text[s..e];
                // Inside a name, a word glued to و is the next name of a list (not "ولد", "son
                // of" in Mauritanian names: "محمد ولد بلال").
                let conjunction = count > 0 && word.starts_with('و') && word != "ولد";
                // A title word before "بن" is a first name ("سلطان بن أحمد الجابر"), and so is a
                // word with the article ("الحسين بن عبدالله الثاني").
                let nasab = words
                    .get(i + 1)
                    .is_some_and(|&(s, e)| matches!(&text[s..e], "بن" | "ابن"));
                // A word with the article ends a name unless it follows a first name
                // ("عبدالله اليحيا", "مشعل الأحمد الجابر الصباح"): adjectives and titles after a
                // name are lexicon or gazetteer words, which block.
                // A regnal number ends a name ("عبدالله الثاني").
                let regnal = count > 0
                    && doc.lex_in(s, e).any(|h| {
                        h.start == s
                            && h.end == e
                            && doc.senses(h).any(|x| matches!(x, Sense::Ordinal(_)))
                    });
                if regnal {
                    end = Some(e);
                    count += 1;
                    break;
                }
                // (The article is never written with a hamza: "أليبيك" is a name.)
                let source = doc.source_text(s, e);
                let article = source.starts_with("ال") || source.starts_with("وال");
                // "علي" with a final yā' is the name Ali; the preposition "على", normalised
                // alike, is written with an alif maqṣūra.
                let ali = source == "علي";
                // ("الحسين بن عبدالله الثاني": after "بن", a person named before is the father.)
                let father = matches!(previous, "بن" | "ابن");
                if (blocked(s, e) && !nasab && !ali)
                    || conjunction
                    || (count >= 2 && !father && entities.person_named_at(text, s))
                    || (count == 0 && article && !nasab)
                    || word.chars().any(|c| c.is_ascii_digit())
                {
                    break;
                }
                end = Some(e);
                count += 1;
                previous = word;
            }
            let end = end?;
            (count >= 2 && !matches!(previous, "عبد" | "بن" | "ابن" | "ابو" | "ولد"))
                .then_some((at, end))
        }
        Script::Latin | Script::Cyrillic => {
            let mut end = None;
            for (s, e) in doc.first_words(at, 5) {
                let word = &text[s..e];
                let capital = doc.capitalised(s);
                let particle = NAME_PARTICLES.contains(&word) || word.starts_with("al-");
                // (A rule word inside a hyphenated word is no word of its own: "Jae-in".)
                let inner = |h: &LexHit| h.start > s && text[..h.start].ends_with('-');
                let blocked = entities.overlaps(s, e)
                    || doc.lex_covering(s).next().is_some()
                    || doc.lex_in(s, e).any(|h| {
                        !inner(h)
                            && (doc.has(h, Sense::Cue(Cue::Stop))
                                || (h.preposition.is_some()
                                    && doc.senses(h).any(|x| {
                                        matches!(x, Sense::Event(_) | Sense::Agreement(_))
                                    })))
                    });
                if blocked && !particle {
                    break;
                }
                if !(capital || (particle && end.is_some())) {
                    break;
                }
                end = Some(e);
            }
            let end = end?;
            // Not only a particle or a single initial.
            (text[at..end].chars().filter(|c| c.is_alphabetic()).count() >= 2).then_some((at, end))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_family_name_with_a_short_last_word_is_two_words() {
        assert_eq!(short_forms("علي باقري كني"), vec!["باقري كني"]);
        assert_eq!(short_forms("بشار الجعفري"), vec!["الجعفري"]);
        // A family ("آل ثاني") or a father ("بن زيد") is no short form of two words.
        assert_eq!(short_forms("تميم بن حمد ال ثاني"), vec!["ثاني"]);
        assert!(short_forms("محمد بن زيد").is_empty());
    }

    #[test]
    fn role_ending_is_the_first_role_a_walk_finds() {
        let mut rng = crate::text::TestRng(5);
        let kinds = [RoleKind::President, RoleKind::PrimeMinister];
        for round in 0..100 {
            let mut entities = Entities::default();
            for _ in 0..round % 30 {
                let start = rng.next() % 50;
                let spans = (0..rng.next() % 3)
                    .map(|_| (start, start + rng.next() % 6))
                    .collect();
                entities.add_role(FoundRole {
                    person: rng.next() % 4,
                    role: kinds[rng.next() % 2],
                    of: [None, Some(7), Some(8)][rng.next() % 3],
                    position: None,
                    title: String::new(),
                    home: false,
                    spans,
                });
            }
            for end in 0..60 {
                let walk = entities
                    .roles
                    .iter()
                    .position(|r| r.spans.iter().any(|s| s.1 == end));
                assert_eq!(entities.role_ending.get(&end).copied(), walk, "{end}");
            }
        }
    }

    #[test]
    fn place_spans_hold_what_a_walk_over_the_places_finds() {
        let mut rng = crate::text::TestRng(21);
        for round in 0..300 {
            let span = |rng: &mut crate::text::TestRng| {
                let start = rng.next() % 40;
                (start, start + rng.next() % 12)
            };
            let places: Vec<(usize, usize)> = (0..round % 12).map(|_| span(&mut rng)).collect();
            let inside = PlaceSpans::new(places.clone());
            for _ in 0..40 {
                let (start, end) = span(&mut rng);
                let walk = places
                    .iter()
                    .any(|&(s, e)| s <= start && end <= e && (s, e) != (start, end));
                assert_eq!(inside.holds((start, end)), walk, "{places:?} {start} {end}");
            }
        }
    }

    #[test]
    fn word_endings_are_the_words_that_end_with_a_form() {
        // The walk through every word that the search replaces.
        fn reference<'t>(
            text: &'t str,
            forms: &[&str],
            max: usize,
        ) -> Vec<(usize, &'t str, usize)> {
            let mut out = Vec::new();
            for (_, e) in all_words(text) {
                // (An empty form ends no word: its last byte is none. A hyphenated form, "a-b",
                // ends the last word of its run.)
                for (f, form) in forms.iter().enumerate().filter(|(_, f)| !f.is_empty()) {
                    let Some(start) = text[..e].strip_suffix(form).map(str::len) else {
                        continue;
                    };
                    let prefix_start = text[..start]
                        .char_indices()
                        .rev()
                        .take_while(|&(_, c)| is_word_char(c))
                        .last()
                        .map_or(start, |(i, _)| i);
                    let prefix = &text[prefix_start..start];
                    if prefix.chars().count() <= max {
                        out.push((f, prefix, e));
                    }
                }
            }
            out.sort_unstable();
            out
        }
        let forms = ["بين", "ين", "abe", "b", "a-b", "中国", "йн", ""];
        let alphabet: Vec<char> = "abe -.بينو،中国йн😀".chars().collect();
        let mut rng = crate::text::TestRng(9);
        for round in 0..400 {
            let text = rng.text(&alphabet, round);
            for max in [0, 2] {
                let mut found = word_endings(&text, &forms, max);
                found.sort_unstable();
                assert_eq!(found, reference(&text, &forms, max), "{text}");
            }
        }
    }

    #[test]
    fn person_names_find_what_a_walk_over_the_people_finds() {
        // The walk it replaces: every person's name and short forms of several words,
        // normalised at each call.
        fn walk(names: &[String], text: &str, at: usize) -> bool {
            names.iter().any(|name| {
                let name = normalize_label(name);
                let forms = short_forms(&name);
                std::iter::once(name.as_str())
                    .chain(forms)
                    .filter(|form| form.contains(' '))
                    .any(|form| {
                        text[at..]
                            .strip_prefix(form)
                            .is_some_and(|rest| !rest.chars().next().is_some_and(is_word_char))
                    })
            })
        }
        let words = [
            "علي",
            "باقري",
            "كني",
            "بن",
            "ال",
            "حمد",
            "Li",
            "Qiang",
            "Kim",
            "Jong",
            "Un",
            "Jr.",
            "د",
        ];
        let mut rng = crate::text::TestRng(31);
        for round in 0..200 {
            let phrase = |rng: &mut crate::text::TestRng, n: usize| {
                let n = 1 + rng.next() % n;
                let picked: Vec<&str> = (0..n).map(|_| words[rng.next() % words.len()]).collect();
                picked.join(" ")
            };
            let names: Vec<String> = (0..round % 7).map(|_| phrase(&mut rng, 4)).collect();
            let mut people = PersonNames::default();
            people.add(EntityKind::Place, "باقري كني");
            for name in &names {
                people.add(EntityKind::Person, name);
            }
            let text = normalize_label(
                &(0..6)
                    .map(|_| phrase(&mut rng, 3))
                    .collect::<Vec<_>>()
                    .join("، "),
            );
            for (at, _) in text.char_indices() {
                assert_eq!(
                    people.named_at(&text, at),
                    walk(&names, &text, at),
                    "{names:?} {text} {at}"
                );
            }
        }
    }

    #[test]
    fn form_owners_keep_what_a_walk_over_the_forms_keeps() {
        let mut rng = crate::text::TestRng(37);
        for round in 0..300 {
            let added: Vec<(String, usize, bool)> = (0..round % 20)
                .map(|_| {
                    let form = ["li", "kim", "باقري", "كني", "wang"][rng.next() % 5].to_owned();
                    (form, rng.next() % 4, rng.next().is_multiple_of(2))
                })
                .collect();
            // The walk it replaces.
            let mut forms: Vec<(String, usize, bool)> = Vec::new();
            let mut shared: Vec<String> = Vec::new();
            let mut owners = FormOwners::default();
            for (c, i, honoured) in &added {
                match forms.iter().find(|(w, _, _)| w == c) {
                    Some(&(_, other, _)) if other != *i => shared.push(c.clone()),
                    Some(_) => {}
                    None => forms.push((c.clone(), *i, *honoured)),
                }
                owners.add(c, *i, *honoured);
            }
            forms.retain(|(w, _, _)| !shared.contains(w));
            assert_eq!(owners.unshared(), forms, "{added:?}");
        }
    }
}
