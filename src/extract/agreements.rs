//! Agreements (titles in quotes or after a document word, batches with counts and fields, the
//! event that concluded them) and ordinal anniversaries with the year they let us derive.

use super::dates::{DateMention, Said};
use super::doc::{Doc, preceding_words, skip_spaces};
use super::entities::{Entities, Occurrence};
use super::events::FoundEvent;
use super::lexicon::{Cue, LexHit, Pair, RelativeDay, Sense};
use crate::facts::{
    AgreementKind, DatePrecision, DateSource, DateValue, EntityKind, EventKind, EventStatus,
    ParticipantRole,
};
use crate::text::{Script, normalize_label, script_of};

/// An agreement found in the article.
#[derive(Debug, Clone)]
pub struct FoundAgreement {
    /// Kind.
    pub kind: AgreementKind,
    /// Title as written.
    pub title: Option<String>,
    /// Normalised title, for coreference.
    title_key: Option<String>,
    /// Parties (entities).
    pub parties: Vec<usize>,
    /// Signatories (entities).
    pub signatories: Vec<usize>,
    /// Date.
    pub date: Option<DateValue>,
    /// Normalised span of the date's expression, when the text states it.
    pub date_span: Option<(usize, usize)>,
    /// Count of documents.
    pub count: Option<u32>,
    /// A set of documents, counted or not ("a number of agreements").
    batch: bool,
    /// Fields as written.
    pub fields: Vec<String>,
    /// Concluding event (index).
    pub event: Option<usize>,
    /// Normalised spans of its mentions.
    pub spans: Vec<(usize, usize)>,
}

/// An anniversary found in the article.
#[derive(Debug, Clone)]
pub struct FoundAnniversary {
    /// The ordinal.
    pub ordinal: u32,
    /// What it is of, as written.
    pub of: String,
    /// The agreement it is of (index).
    pub subject: Option<usize>,
    /// Year it falls in.
    pub year: i32,
    /// Normalised span of the expression.
    pub span: (usize, usize),
}

/// Event kinds that conclude a document.
fn concludes(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Signing
            | EventKind::Issuance
            | EventKind::Adoption
            | EventKind::Extension
            | EventKind::Ratification
            | EventKind::Announcement
    )
}

/// Event kinds whose date is the document's date.
fn dates_document(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Signing | EventKind::Issuance | EventKind::Adoption
    )
}

fn agreement_sense(doc: &Doc<'_>, hit: &LexHit) -> Option<(AgreementKind, bool, bool)> {
    doc.entries(hit).find_map(|e| match e.sense {
        Sense::Agreement(kind) => Some((kind, e.needs_title, e.batch)),
        _ => None,
    })
}

/// The agreements of `doc`.
pub fn find(doc: &Doc<'_>, entities: &Entities, events: &[FoundEvent]) -> Vec<FoundAgreement> {
    let text = doc.text();
    let mut found: Vec<FoundAgreement> = Vec::new();
    // The headline's titles are added last, to the documents the body tells in full.
    let body_start = doc.lead().map_or(0, |s| s.start);
    let mut headline: Vec<Candidate> = Vec::new();
    let mut add = |found: &mut Vec<FoundAgreement>, candidate: Candidate| {
        if candidate.span.0 < body_start && candidate.title.is_some() {
            headline.push(candidate);
        } else {
            add_mention(doc, found, entities, events, candidate);
        }
    };
    // Titles in quotes.
    for quote in &doc.quotes {
        let speech = doc.in_speech(quote.start);
        let inside = doc
            .lex_in(quote.start, quote.end)
            .next()
            .filter(|h| h.start <= quote.start + 2);
        if inside.is_some_and(|h| doc.has(h, Sense::NotAgreement)) {
            continue;
        }
        // "《中华人民共和国和哈萨克斯坦共和国……联合声明》": a Chinese title ends with its word,
        // maybe before its years ("《……行动计划（2019—2021年）》").
        let years = text[quote.start..quote.end]
            .trim_end_matches('》')
            .strip_suffix(['）', ')'])
            .and_then(|inner| inner.rfind(['（', '(']))
            .filter(|&open| quote.end - (quote.start + open) <= 40)
            .map_or(quote.end, |open| quote.start + open);
        // ('"We are extending the deal"': a document word in lower case ends a quoted saying,
        // not a title.)
        let lower_case = |h: &LexHit| {
            text[h.start..]
                .starts_with(|c: char| matches!(script_of(c), Script::Latin | Script::Cyrillic))
                && !doc.capitalised(h.start)
        };
        let word_last = doc
            .lex_in(quote.start, quote.end)
            .filter(|h| h.end + 3 >= years && h.end <= years)
            .last()
            .filter(|h| !lower_case(h))
            .and_then(|h| agreement_sense(doc, h));
        let word_inside = inside.and_then(|h| agreement_sense(doc, h)).or(word_last);
        let just_before = doc
            .lex_before(quote.start)
            .filter(|h| quote.start - h.end <= 4 && same_sentence(doc, h.start, quote.start));
        // "The resolution, titled \"...\"", "بيان بعنوان «...»": the document word before the cue.
        let titled = just_before
            .filter(|h| doc.has(h, Sense::Cue(Cue::Titled)))
            .and_then(|cue| {
                let sentence_start = doc.sentence_at(cue.start).map_or(0, |s| s.start);
                doc.lex_in(cue.start.saturating_sub(48).max(sentence_start), cue.start)
                    .filter_map(|h| agreement_sense(doc, h).map(|s| (s, h.start)))
                    .last()
            });
        let word_before = just_before
            .and_then(|h| agreement_sense(doc, h).map(|s| (s, h.start)))
            .or(titled);
        // A title has a capital in scripts that have them ('called the resolution
        // "counterproductive"', 'назвал продление договора «правильным шагом»' quote a
        // judgement).
        let first = skip_spaces(text, quote.start);
        let cased = text[first..]
            .chars()
            .next()
            .is_some_and(|c| matches!(script_of(c), Script::Latin | Script::Cyrillic));
        let shaped = !cased || doc.capitalised(first);
        if word_inside.is_none() && titled.is_none() && !shaped {
            continue;
        }
        let kind = match (word_inside, word_before) {
            (Some((kind, _, _)), _) => kind,
            (None, Some(((kind, _, _), _))) => kind,
            _ => continue,
        };
        // A title ends before the sentence's full stop that some agencies put inside the quotes.
        let title = doc
            .source_text(quote.start, quote.end)
            .trim()
            .trim_end_matches(['.', ',', '،'])
            .trim()
            .to_owned();
        let kind = refine(doc, kind, quote.start, quote.end);
        let span = match word_before {
            Some((_, start)) if word_inside.is_none() => (start, quote.end),
            _ => (quote.start, quote.end),
        };
        add(
            &mut found,
            Candidate {
                title: Some(title),
                quoted: true,
                ..Candidate::new(kind, span, speech)
            },
        );
    }
    // Document words outside quotes: batches with counts, unquoted titles, plain references.
    for hit in &doc.lex {
        let Some((kind, needs_title, batch)) = agreement_sense(doc, hit) else {
            continue;
        };
        if doc.in_quote(hit.start)
            || doc.quotes.iter().any(|q| {
                q.start >= hit.end
                    && q.start - hit.end <= 4
                    && same_sentence(doc, hit.start, q.start)
            })
        {
            continue;
        }
        let speech = doc.in_speech(hit.start);
        let count = doc
            .number_before(hit.start)
            .and_then(|n| doc.numbers.get(n))
            .filter(|n| {
                !n.ordinal
                    && n.digits <= 4
                    && (doc.adjacent(n.end, hit.start)
                        || measure_word(&text[n.end..hit.start])
                        || (n.value < 1000 && qualifiers(doc, entities, n.end, hit.start)))
            })
            // ("more than 20 agreements", "100余份": a bound, no count.)
            .filter(|n| {
                !doc.cue_just_before(n.start, Cue::Approximate)
                    && !doc.lex_at(n.end).is_some_and(|h| {
                        doc.has(h, Sense::Cue(Cue::Approximate))
                            || doc.has(h, Sense::Cue(Cue::Several))
                    })
            })
            .map(|n| (n.value, n.start))
            // "اتفاقيتي منحة": a dual noun counts two.
            .or_else(|| doc.entries(hit).any(|e| e.both).then_some((2, hit.start)));
        // "12 اتفاقية ومذكرة تفاهم", "agreements and memoranda": one batch with the one before.
        let coordinated = found
            .last()
            .filter(|a| a.batch)
            .and_then(|a| a.spans.last().copied())
            .filter(|&(_, end)| {
                let gap = text[end.min(hit.start)..hit.start].trim();
                end <= hit.start && matches!(gap, "و" | "and" | "и" | "" | "和")
            });
        if let Some((start, _)) = coordinated {
            if let Some(last) = found.last_mut() {
                last.spans.pop();
                last.spans.push((start, hit.end));
                if last.fields.is_empty() {
                    last.fields = fields(doc, hit.end);
                }
            }
            continue;
        }
        // "11 документов, в том числе соглашения и меморандумы": plain documents are of the
        // kind listed first, which what qualifies the documents does not refine.
        let listed = (needs_title && batch && kind == AgreementKind::Agreement)
            .then(|| listed_kind(doc, hit))
            .flatten();
        let kind = listed.unwrap_or(kind);
        if let Some((value, start)) = count.filter(|_| batch) {
            // "14 межправительственных соглашений": a qualifier may make the kind.
            let kind = match listed {
                Some(kind) => kind,
                None if needs_title => plain_documents_kind(doc, kind, start, hit.end),
                None => refine(doc, kind, start, hit.end),
            };
            add(
                &mut found,
                Candidate {
                    count: Some(value),
                    ..Candidate::new(kind, (start, hit.end), speech)
                },
            );
            continue;
        }
        // "resolution 2791 (2025)", "القرار رقم 2791": a number names the document.
        let numbered = numbered_title_end(doc, hit);
        if let Some(end) = numbered {
            let kind = refine(doc, kind, hit.start, end);
            add(
                &mut found,
                Candidate::titled(doc, kind, (hit.start, end), speech),
            );
            continue;
        }
        // "عدد من الاتفاقيات", "a number of agreements", "ряд соглашений": a batch, uncounted.
        // ("ряд межправительственных соглашений": the cue may stand before qualifiers.)
        let several = batch
            && (doc.cue_just_before(hit.start, Cue::Several)
                || doc
                    .lex_in(hit.start.saturating_sub(96), hit.start)
                    .filter(|h| doc.has(h, Sense::Cue(Cue::Several)))
                    .last()
                    .is_some_and(|cue| qualifiers(doc, entities, cue.end, hit.start)));
        if several {
            add(
                &mut found,
                Candidate {
                    several: true,
                    ..Candidate::new(kind, (hit.start, hit.end), speech)
                },
            );
            continue;
        }
        // "签署中华人民共和国政府和泰王国政府关于互免……签证的协定": a Chinese title without 《》.
        if let Some(start) = chinese_title_start(doc, hit) {
            add(
                &mut found,
                Candidate::titled(doc, kind, (start, hit.end), speech),
            );
            continue;
        }
        // "the revised South Korea-U.S. free trade agreement": two countries joined by a dash
        // before a document word in lower case open its title.
        if let Some(start) = country_pair_before(doc, entities, hit) {
            add(
                &mut found,
                Candidate::titled(doc, kind, (start, hit.end), speech),
            );
            continue;
        }
        // "the Kuala Lumpur Declaration on ASEAN 2045": a capitalised document word with a
        // name before it or a capitalised title after it.
        let latin = text[hit.start..].starts_with(|c: char| c.is_ascii_alphabetic());
        let name_start = capitalised_name_before(doc, hit.start);
        let opens_sentence = doc
            .sentence_at(hit.start)
            .is_some_and(|s| skip_spaces(text, s.start) == name_start);
        let capitalised_end = (latin && doc.capitalised(hit.start) && !opens_sentence)
            .then(|| unquoted_title_end(doc, entities, hit))
            .flatten();
        if latin && (name_start < hit.start || (needs_title && capitalised_end.is_some())) {
            let end = capitalised_end.unwrap_or(hit.end);
            let kind = refine(doc, kind, name_start, end);
            add(
                &mut found,
                Candidate::titled(doc, kind, (name_start, end), speech),
            );
            continue;
        }
        // A word that names a document only with a title ("protocol") takes a title in lower
        // case after it ("a protocol on phytosanitary requirements").
        let title_end = if needs_title {
            let words = doc.words_from(hit.end, doc.clause_at(hit.start).1);
            // ("в том числе Программа сотрудничества ...": a Russian title in sentence case.)
            let russian = text[hit.start..].starts_with(|c: char| script_of(c) == Script::Cyrillic)
                && doc.capitalised(hit.start);
            let lower = lower_case_title_end(doc, &words).filter(|_| !doc.capitalised(hit.start));
            let sentence_case = || {
                russian
                    .then(|| unquoted_title_end(doc, entities, hit))
                    .flatten()
            };
            match lower.or_else(sentence_case) {
                Some(end) => Some(end),
                // Alone, it may still refer to a titled document no event concluded yet.
                _ if found
                    .iter()
                    .any(|a| a.kind == kind && a.title.is_some() && a.event.is_none()) =>
                {
                    None
                }
                // "in a resolution adopted in 2022": an act of its own told right after it.
                _ if own_act_after(doc, events, &found, hit) => None,
                _ => continue,
            }
        } else {
            unquoted_title_end(doc, entities, hit)
        };
        let title = title_end.map(|end| doc.source_text(hit.start, end).trim().to_owned());
        if title.is_none() && in_batch_list(doc, &found, hit) {
            continue;
        }
        let span = (hit.start, title_end.unwrap_or(hit.end));
        let kind = refine(doc, kind, hit.start, span.1);
        add(
            &mut found,
            Candidate {
                title,
                ..Candidate::new(kind, span, speech)
            },
        );
    }
    // (A headline shortens titles, quoted or not: "《上海宣言》" for the body's full title.)
    for candidate in headline {
        let loose = Candidate {
            quoted: false,
            headline: true,
            ..candidate
        };
        add_mention(doc, &mut found, entities, events, loose);
    }
    merge_batches(&mut found);
    drop_headline_batches(&mut found, body_start);
    resolutions_of_bodies(doc, entities, &mut found);
    found
}

/// "India, China sign two pacts" over a body that tells the two one by one: a counted batch told
/// only in the headline, when the body tells at least that many single documents, is those.
fn drop_headline_batches(found: &mut Vec<FoundAgreement>, body_start: usize) {
    let singles = found
        .iter()
        .filter(|a| !a.batch && a.spans.iter().any(|&(s, _)| s >= body_start))
        .count();
    found.retain(|a| {
        let headline_only = a.spans.iter().all(|&(s, _)| s < body_start);
        !(headline_only
            && a.title.is_none()
            && a.count
                .is_some_and(|n| usize::try_from(n).is_ok_and(|n| n <= singles)))
    });
}

/// Past documents told with their date and no act of their own ("القرار 2254 الصادر عام 2015"):
/// the calendar date stated right after one of their mentions, in its clause, a few words on.
pub fn date_past_documents(doc: &Doc<'_>, dates: &[DateMention], found: &mut [FoundAgreement]) {
    let text = doc.text();
    for agreement in found
        .iter_mut()
        .filter(|a| a.date.is_none() && a.event.is_none())
    {
        let stated = agreement.spans.iter().find_map(|&(_, end)| {
            let (_, clause_end) = doc.clause_at(end);
            let first = dates.partition_point(|d| d.start < end);
            dates[first..].first().filter(|d| {
                d.end <= clause_end
                    && matches!(d.said, Said::Calendar { year: Some(_), .. })
                    && crate::text::word_count(&text[end..d.start]) <= 4
            })
        });
        if let Some(d) = stated {
            agreement.date = super::dates::resolve(d.said, Default::default(), false);
            agreement.date_span = Some((d.start, d.end));
        }
    }
}

/// A resolution whose body no act tells takes the body the article names with a resolution
/// word ("بقرار مجلس الأمن ... القرار 2790", "Security Council resolution 2231"): the nearest
/// such mention before it, else the first after; else the one body the article's other
/// resolutions are of ("adopted resolution 2328 ... recalled that resolution 2254 ..."). A body's
/// resolution is not the countries' of those who welcome or implement it.
fn resolutions_of_bodies(doc: &Doc<'_>, entities: &Entities, found: &mut [FoundAgreement]) {
    let named: Vec<(usize, usize)> = doc
        .lex
        .iter()
        .filter(|h| doc.has(h, Sense::Agreement(AgreementKind::Resolution)))
        .filter_map(|h| Some((h.start, body_of_resolution_word(doc, entities, h)?)))
        .collect();
    let body_of = |a: &FoundAgreement| {
        a.parties
            .iter()
            .copied()
            .find(|&p| entities.kind(p) == Some(EntityKind::Organization))
    };
    let mut adopting: Vec<usize> = found
        .iter()
        .filter(|a| a.kind == AgreementKind::Resolution)
        .filter_map(body_of)
        .collect();
    adopting.dedup();
    let only_body = match adopting[..] {
        [body] => Some(body),
        _ => None,
    };
    for agreement in found.iter_mut() {
        if agreement.kind != AgreementKind::Resolution || body_of(agreement).is_some() {
            continue;
        }
        let at = agreement.spans.first().map_or(0, |s| s.0);
        let body = named
            .iter()
            .rfind(|(start, _)| *start <= at)
            .or_else(|| named.first())
            .map(|&(_, body)| body)
            .or(only_body.filter(|_| agreement.parties.is_empty()));
        if let Some(body) = body {
            agreement.parties = vec![body];
        }
    }
}

/// The organisation a resolution word is of: right after it ("قرار مجلس الأمن", "resolution of
/// the Security Council") or right before it ("Security Council resolution").
fn body_of_resolution_word(doc: &Doc<'_>, entities: &Entities, hit: &LexHit) -> Option<usize> {
    let text = doc.text();
    let organisation = |o: &&Occurrence| entities.kind(o.entity) == Some(EntityKind::Organization);
    let after = entities
        .in_span(hit.end, text.len())
        .next()
        .filter(organisation)
        .filter(|o| matches!(text[hit.end..o.start].trim(), "" | "of the" | "of"));
    let before = || {
        entities
            .in_span(hit.start.saturating_sub(128), hit.start)
            .filter(|o| o.end <= hit.start)
            .last()
            .filter(organisation)
            .filter(|o| text[o.end..hit.start].trim().is_empty())
    };
    after.or_else(before).map(|o| o.entity)
}

/// True when an act that concludes documents is told right after the indefinite document word
/// at `hit` ("a resolution adopted in 2022") and no document found so far is concluded by it.
fn own_act_after(
    doc: &Doc<'_>,
    events: &[FoundEvent],
    found: &[FoundAgreement],
    hit: &LexHit,
) -> bool {
    let text = doc.text();
    let indefinite = preceding_words(text, hit.start, 1)
        .first()
        .is_some_and(|&(s, e)| matches!(&text[s..e], "a" | "an"));
    let after = skip_spaces(text, hit.end);
    indefinite
        && events.iter().enumerate().any(|(i, e)| {
            concludes(e.kind)
                && e.spans.iter().any(|&(start, _)| start == after)
                && !found.iter().any(|a| a.event == Some(i))
        })
}

/// True when an untitled document word is listed after "including" right after a batch ("nine
/// cooperation documents, including agreements, memoranda and an action plan", "من بينها"): a
/// kind of document the batch holds, not a document of its own.
fn in_batch_list(doc: &Doc<'_>, found: &[FoundAgreement], hit: &LexHit) -> bool {
    let Some(&(_, end)) = found
        .last()
        .filter(|a| a.batch && a.title.is_none())
        .and_then(|a| a.spans.last())
    else {
        return false;
    };
    end <= hit.start
        && hit.start - end < 160
        && doc.sentence_at(end).map(|s| s.start) == doc.sentence_at(hit.start).map(|s| s.start)
        && doc
            .lex_in(end, hit.start)
            .any(|h| doc.has(h, Sense::Cue(Cue::List)))
}

/// The kind of the first document listed after "including" right behind a batch's word
/// ("документов, в том числе соглашения", "documents, including agreements").
fn listed_kind(doc: &Doc<'_>, hit: &LexHit) -> Option<AgreementKind> {
    let (_, clause_end) = doc.clause_at(hit.end);
    let mut after = doc.lex_in(hit.end, doc.sentence_at(hit.end)?.end);
    let list = after
        .next()
        .filter(|h| h.start <= clause_end + 2 && doc.has(h, Sense::Cue(Cue::List)))?;
    let first = after.next().filter(|h| doc.adjacent(list.end, h.start))?;
    // (Only a word for many: "в том числе Программа сотрудничества ..." names one document of
    // the batch, not the kind of all.)
    agreement_sense(doc, first)
        .filter(|&(_, _, batch)| batch)
        .map(|(kind, _, _)| kind)
}

/// A batch told twice ("28 cooperation documents" in the headline and in the body) is one: the
/// mention with a concluding event keeps the facts, the other adds its spans.
fn merge_batches(found: &mut Vec<FoundAgreement>) {
    let mut i = 0;
    while i < found.len() {
        let same = (0..found.len()).find(|&j| {
            j != i
                && found[i].count.is_some()
                && found[j].count == found[i].count
                && found[j].kind == found[i].kind
                && found[i].title.is_none()
                && found[j].title.is_none()
                && (found[j].event.is_some() || (found[i].event.is_none() && j < i))
        });
        match same {
            Some(j) => {
                let spans = std::mem::take(&mut found[i].spans);
                found[j].spans.extend(spans);
                found[j].spans.sort_unstable();
                if found[j].fields.is_empty() {
                    found[j].fields = std::mem::take(&mut found[i].fields);
                }
                found.remove(i);
            }
            None => i += 1,
        }
    }
}

/// Where "resolution 2791 (2025)" or "القرار رقم 2791" ends, when a number follows the word.
fn numbered_title_end(doc: &Doc<'_>, hit: &LexHit) -> Option<usize> {
    let text = doc.text();
    let mut at = skip_spaces(text, hit.end);
    for filler in ["رقم ", "no. ", "no ", "№ ", "number "] {
        if text[at..].starts_with(filler) {
            at += filler.len();
        }
    }
    let number = doc.numbers[doc.number_at(at)?];
    // ("the Framework of Cooperation 2024-2028": years of a title, not its number.)
    if number.ordinal || super::dates::in_year_range(text, number.start, number.end) {
        return None;
    }
    let mut end = number.end;
    // "67/19", "ES-10/23": a General Assembly resolution numbered by its session.
    if let Some(after) = text[end..].strip_prefix('/') {
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            end += 1 + digits;
        }
    }
    // "(2025)": the year of the resolution.
    let rest = &text[end..];
    if let Some(inner) = rest.strip_prefix(" (").or_else(|| rest.strip_prefix('(')) {
        let digits = inner.chars().take_while(char::is_ascii_digit).count();
        if digits == 4 && inner[digits..].starts_with(')') {
            end += rest.len() - inner.len() + digits + 1;
        }
    }
    Some(end)
}

/// Where "South Korea-U.S." starts in "the South Korea-U.S. free trade agreement": two
/// countries joined by a dash, then at most three words in lower case, right before a Latin
/// document word in lower case.
fn country_pair_before(doc: &Doc<'_>, entities: &Entities, hit: &LexHit) -> Option<usize> {
    let text = doc.text();
    if !text[hit.start..].starts_with(|c: char| c.is_ascii_alphabetic())
        || doc.capitalised(hit.start)
    {
        return None;
    }
    let from = hit
        .start
        .saturating_sub(96)
        .max(doc.sentence_at(hit.start)?.start);
    let country =
        |o: &&super::entities::Occurrence| entities.kind(o.entity) == Some(EntityKind::Country);
    let second = entities
        .in_span(from, hit.start)
        .filter(|o| o.end <= hit.start)
        .last()
        .filter(country)?;
    let modifiers = doc.words_from(second.end, hit.start);
    if modifiers.len() > 3 || modifiers.iter().any(|&(s, _)| doc.capitalised(s)) {
        return None;
    }
    let first = entities
        .in_span(from, second.start)
        .filter(|o| o.end <= second.start)
        .last()
        .filter(country)
        .filter(|o| o.entity != second.entity)?;
    matches!(text[first.end..second.start].trim(), "-" | "–" | "—").then_some(first.start)
}

/// True when `a` and `b` are in one sentence ("... the agreement.\n\"It's a great day\"": a
/// quote opening the next sentence is no title of the document word before it).
fn same_sentence(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    doc.sentence_at(a).map(|s| s.start) == doc.sentence_at(b).map(|s| s.start)
}

/// Chinese and Russian measure words between a count and its noun ("20份", "20 项").
/// One or two plain words between a count and its document word ("14 межправительственных
/// соглашений", "20 new agreements"): adjectives, no names, numbers or lexicon words.
fn qualifiers(doc: &Doc<'_>, entities: &Entities, start: usize, end: usize) -> bool {
    let words = doc.words_from(start, end);
    // Two qualifiers may be joined: "11 межправительственных и межведомственных документов".
    let conjunction =
        |(s, e): (usize, usize)| matches!(&doc.text()[s..e], "и" | "and" | "or" | "или");
    let joined = || words.iter().any(|&w| conjunction(w));
    (words.len() <= 2 || (words.len() <= 4 && joined()))
        && !words.is_empty()
        && words.last().is_some_and(|w| doc.adjacent(w.1, end))
        && doc.adjacent(start, words[0].0)
        && words
            .iter()
            .all(|&(s, e)| doc.text()[s..e].chars().all(char::is_alphabetic))
        && !entities.overlaps(start, end)
        && doc.lex_in(start, end).all(|h| {
            conjunction((h.start, h.end))
                || doc
                    .senses(h)
                    .all(|s| matches!(s, Sense::AgreementKeyword(_)))
        })
}

fn measure_word(gap: &str) -> bool {
    matches!(gap.trim(), "份" | "项" | "个" | "多份" | "余份" | "多项")
}

/// The kind of a counted batch of plain documents: cooperation documents when qualified
/// ("16 межправительственных и межведомственных документов", "68 documents on economic
/// cooperation"), else agreements ("signed three documents", "подписан ряд документов").
fn plain_documents_kind(
    doc: &Doc<'_>,
    kind: AgreementKind,
    start: usize,
    end: usize,
) -> AgreementKind {
    if kind != AgreementKind::Agreement {
        return kind;
    }
    let (_, clause_end) = doc.clause_at(end);
    let words = doc.words_from(end, clause_end);
    let after = words[..words.len().min(3)].last().copied();
    let qualified_after = after.is_some_and(|(_, last)| {
        doc.lex_in(end, last).any(|h| {
            doc.senses(h)
                .any(|s| matches!(s, Sense::AgreementKeyword(_)))
        })
    });
    if qualified_after || refine(doc, kind, start, end) != kind {
        AgreementKind::CooperationDocument
    } else {
        kind
    }
}

/// A generic "agreement" whose title has "friendship" or "good-neighbourliness" is a treaty.
fn refine(doc: &Doc<'_>, kind: AgreementKind, start: usize, end: usize) -> AgreementKind {
    if kind != AgreementKind::Agreement {
        return kind;
    }
    doc.lex_in(start, end)
        .find_map(|h| {
            doc.senses(h).find_map(|s| match s {
                Sense::AgreementKeyword(k) => Some(k),
                _ => None,
            })
        })
        .unwrap_or(kind)
}

/// Where an unquoted title after a document word ends: Arabic words up to the clause's end or a
/// function word; Latin capitalised words ("Treaty of Good-Neighbourliness and Friendly
/// Cooperation"). `None` when no title follows.
fn unquoted_title_end(doc: &Doc<'_>, entities: &Entities, hit: &LexHit) -> Option<usize> {
    let text = doc.text();
    let (_, clause_end) = doc.clause_at(hit.start);
    let first = text[hit.start..].chars().next()?;
    let mut end = None;
    let words = doc.words_from(hit.end, clause_end);
    match crate::text::script_of(first) {
        crate::text::Script::Arabic => {
            for (s, e) in words.into_iter().take(20) {
                let between_sides = doc
                    .lex_at(s)
                    .is_some_and(|h| doc.has(h, Sense::Cue(Cue::BetweenSides)));
                // "اتفاق تعاون بشأن مشروع ...": what a title is about belongs to it; another
                // document word opens another document ("هذه الاتفاقيات اتفاق تعاون").
                let about = matches!(&text[s..e], "بشان" | "بشأن" | "حول");
                // "... الموقع في 2020", "... عام 2007": what qualifies the document, not its title.
                let qualifier = matches!(
                    &text[s..e],
                    "الموقع" | "الموقعة" | "المبرم" | "المبرمة" | "الموقع عليه"
                ) || doc.lex_in(s, e).any(|h| doc.has(h, Sense::Cue(Cue::Year)));
                // "البيان الختامي وعددا من القرارات": a batch after the document is no title.
                let several = doc
                    .lex_covering(e - 1)
                    .any(|h| doc.has(h, Sense::Cue(Cue::Several)));
                let stop = between_sides
                    || several
                    || qualifier
                    || [s, s + 'و'.len_utf8()]
                        .into_iter()
                        .filter(|&at| at == s || text[s..e].starts_with('و'))
                        .filter_map(|at| doc.lex_at(at))
                        .any(|h| agreement_sense(doc, h).is_some())
                    || doc.lex_in(s, e).any(|h| {
                        (doc.has(h, Sense::Cue(Cue::Stop)) && !about)
                            || doc.senses(h).any(|x| {
                                matches!(
                                    x,
                                    Sense::Event(_)
                                        | Sense::Modal(_)
                                        | Sense::Month(_)
                                        | Sense::Cue(
                                            Cue::After
                                                | Cue::During
                                                | Cue::Before
                                                | Cue::Eve
                                                | Cue::Speech
                                        )
                                )
                            })
                    })
                    || text[s..e].chars().any(|c| c.is_ascii_digit())
                    || entities
                        .in_span(s, e)
                        .any(|o| entities.kind(o.entity) == Some(EntityKind::Person));
                if stop {
                    break;
                }
                end = Some(e);
            }
        }
        // "приняли Декларацию второго саммита Россия — Африка и План действий ...": a capital
        // inside a Russian sentence opens a title in sentence case, which runs to the clause's
        // end, the next document word after "и", or a verb.
        crate::text::Script::Cyrillic
            if doc.capitalised(hit.start)
                && doc.sentence_at(hit.start).is_some_and(|s| {
                    !text[s.start..hit.start].trim().is_empty() || about(doc, hit.end)
                })
                && !finite_verb(doc, hit.end) =>
        {
            let mut words = words_across_dashes(doc, hit.end, clause_end);
            let mut limit = clause_end;
            while let Some(next) = coordinated_next(doc, limit) {
                words.extend(words_across_dashes(doc, limit + ", ".len(), next));
                limit = next;
            }
            for (i, &(s, e)) in words.iter().enumerate().take(16) {
                let next_document = words.get(i + 1).is_some_and(|&(ns, _)| {
                    doc.lex_at(ns)
                        .is_some_and(|h| agreement_sense(doc, h).is_some())
                });
                // (An event noun may be part of the title: "Декларация саммита".)
                let verb = doc.lex_in(s, e).any(|h| {
                    doc.entries(h).any(|x| {
                        (x.verb && matches!(x.sense, Sense::Event(_)))
                            || matches!(x.sense, Sense::Modal(_) | Sense::Cue(Cue::Speech))
                    })
                });
                let person = entities
                    .in_span(s, e)
                    .any(|o| entities.kind(o.entity) == Some(EntityKind::Person));
                if (&text[s..e] == "и" && next_document) || verb || person {
                    break;
                }
                end = Some(e);
            }
        }
        crate::text::Script::Latin | crate::text::Script::Cyrillic => {
            let capital = |s: usize| doc.capitalised(s);
            if !capital(hit.start) {
                return lower_case_title_end(doc, &words);
            }
            end = capitalised_run(doc, &words);
            // A subtitle after a colon: "Declaration on ASEAN 2045: Our Shared Future".
            if let Some(e) = end.filter(|&e| text[e..].starts_with(": ") && capital(e + 2)) {
                let subtitle = doc.words_from(e + 2, doc.clause_at(e + 2).1);
                end = capitalised_run(doc, &subtitle).or(end);
            }
            // A list inside the title: "Declaration of Peace, Cooperation and Friendly Relations".
            while let Some(e) = end.filter(|&e| text[e..].starts_with(", ") && capital(e + 2)) {
                match listed_title_words(doc, e + 2) {
                    Some(next) => end = Some(next),
                    None => break,
                }
            }
        }
        _ => {}
    }
    end
}

/// The end of a run of capitalised words (and years), through the short words of a title ("of",
/// "on", "and", ...) between them, and an article after one ("Statement on the Vietnam-RoK
/// Partnership").
fn capitalised_run(doc: &Doc<'_>, words: &[(usize, usize)]) -> Option<usize> {
    let text = doc.text();
    let mut end = None;
    let mut pending: Option<&str> = None;
    // (Titles run long: "Joint Declaration on Further Strengthening of the Strategic Partnership
    // between the Republic of Azerbaijan and the Republic of Serbia".)
    for &(s, e) in words.iter().take(24) {
        let word = &text[s..e];
        // ("Declaration on ASEAN 2045", "Programme for 2025-2029": years inside the title.)
        let years = word.starts_with(|c: char| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–'));
        // ("the Reciprocal Access Agreement on Thursday": a date ends the title.)
        if said_of(doc, s) {
            break;
        }
        if doc.capitalised(s) || years {
            end = Some(e);
            pending = None;
        } else if matches!(
            word,
            "of" | "on" | "and" | "the" | "for" | "between" | "in" | "to"
        ) && pending.is_none_or(|p| p != "the" && word == "the")
        {
            pending = Some(word);
        } else {
            break;
        }
    }
    end
}

/// Where the rest of a list inside a title ends, from the capitalised word after its comma at
/// `at`: a capitalised run that joins a last item with "and" ("Cooperation and Constructive
/// Diplomatic and Friendly Relations"), else `None` (the comma ends the title).
fn listed_title_words(doc: &Doc<'_>, at: usize) -> Option<usize> {
    let text = doc.text();
    let words = doc.words_from(at, doc.clause_at(at).1);
    let end = capitalised_run(doc, &words)?;
    let joined = words
        .windows(2)
        .take_while(|w| w[1].1 <= end)
        .any(|w| &text[w[0].0..w[0].1] == "and" && doc.capitalised(w[1].0));
    joined.then_some(end)
}

/// True when the word after `at` is "о" or "об" ("Договор о мерах ...": what a title is about,
/// even at the start of a sentence).
fn about(doc: &Doc<'_>, at: usize) -> bool {
    doc.first_words(at, 1)
        .first()
        .is_some_and(|&(s, e)| matches!(&doc.text()[s..e], "о" | "об"))
}

/// True when the word after `at` is a Russian verb in the present tense ("Соглашение продлевает
/// его действие"): what is said of a document, not its title.
fn finite_verb(doc: &Doc<'_>, at: usize) -> bool {
    doc.first_words(at, 1).first().is_some_and(|&(s, e)| {
        let word = doc.source_text(s, e).to_lowercase();
        word.chars().count() > 4
            && ["ает", "яет", "ует", "ит", "ют", "ят"]
                .iter()
                .any(|ending| word.ends_with(ending))
    })
}

/// When the comma at `end` only separates adjectives of one ending ("в торгово-экономической,
/// научно-технической и культурной сферах"), the end of the clause after it.
fn coordinated_next(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let text = doc.text();
    // (The source's words: the normalised text has lost their case endings.)
    let ending = |(s, e): (usize, usize)| {
        let chars: Vec<char> = doc.source_text(s, e).chars().collect();
        (chars.len() > 4).then(|| chars[chars.len() - 2..].iter().collect::<String>())
    };
    let after_comma = end + ", ".len();
    if !text[end..].starts_with(", ") {
        return None;
    }
    let before = *preceding_words(text, end, 1).first()?;
    let after = *doc.first_words(after_comma, 1).first()?;
    let same = ending(before).is_some_and(|b| Some(b) == ending(after));
    let next = doc.clause_at(after_comma).1;
    (same && !doc.capitalised(after.0) && next > after_comma).then_some(next)
}

/// The words from `at` to `limit`, read across dashes ("Россия — Африка").
fn words_across_dashes(doc: &Doc<'_>, at: usize, limit: usize) -> Vec<(usize, usize)> {
    let text = doc.text();
    let mut words = Vec::new();
    let mut from = at;
    loop {
        let part = doc.words_from(from, limit);
        let end = part.last().map_or(from, |w| w.1);
        words.extend(part);
        let rest = &text[end..limit.max(end)];
        let gap = rest.trim_start_matches([' ', '—', '–', '-']);
        if gap.len() == rest.len() || !rest.trim_start().starts_with(['—', '–', '-']) {
            return words;
        }
        from = limit.max(end) - gap.len();
    }
}

/// Where the capitalised words right before a capitalised document word start ("Kuala Lumpur
/// Declaration", "Paris Agreement"): at most three, in the same sentence, not a sentence's
/// first "The"; `at` itself when there are none.
fn capitalised_name_before(doc: &Doc<'_>, at: usize) -> usize {
    let text = doc.text();
    if !doc.capitalised(at) {
        return at;
    }
    let sentence_start = doc.sentence_at(at).map_or(0, |s| s.start);
    let mut start = at;
    for (s, e) in preceding_words(text, at, 3) {
        if s < sentence_start || !doc.capitalised(s) || &text[s..e] == "the" {
            break;
        }
        start = s;
    }
    start
}

/// True when `hit` lies inside the title in lower case of a document word before it in its
/// clause: "consultations" in "a memorandum of understanding on political consultations" names
/// what the document is about, not an event.
pub(super) fn in_lower_case_title(doc: &Doc<'_>, hit: &LexHit) -> bool {
    let (clause_start, clause_end) = doc.clause_at(hit.start);
    doc.lex_in(clause_start, hit.start)
        .filter(|h| agreement_sense(doc, h).is_some())
        .any(|h| {
            let words = doc.words_from(h.end, clause_end);
            lower_case_title_end(doc, &words).is_some_and(|end| end >= hit.end)
        })
}

/// Where a title in lower case ends: "a memorandum of understanding on cooperation in energy",
/// "a protocol on phytosanitary requirements for exporting rice", "соглашение о сотрудничестве в
/// области спорта": from a preposition right after the document word to the clause's end, or to
/// the parties ("between"), or to what is said of it ([`said_of`]) or who witnessed it, or to
/// the next document after "and" ("меморандум о ... и программу ...").
fn lower_case_title_end(doc: &Doc<'_>, words: &[(usize, usize)]) -> Option<usize> {
    let text = doc.text();
    let word = |i: usize| words.get(i).map(|&(s, e)| &text[s..e]);
    let document = |i: usize| {
        words
            .get(i)
            .and_then(|&(s, _)| doc.lex_at(s))
            .is_some_and(|h| agreement_sense(doc, h).is_some())
    };
    if !matches!(
        word(0),
        Some("on" | "for" | "concerning" | "regarding" | "о" | "об")
    ) || word(1) == Some("behalf")
    {
        // ("signed the treaty on behalf of the UAE": who signed, not what about.)
        return None;
    }
    let mut end = None;
    for (i, &(s, e)) in words.iter().enumerate().skip(1).take(30) {
        let stop = match word(i) {
            Some("between" | "signed" | "which" | "that" | "during" | "was" | "were" | "между") => {
                true
            }
            Some(w) if w.starts_with("подписан") || w.starts_with("котор") => true,
            // "..., and a protocol on ...": the next document.
            Some("and" | "и") => {
                matches!(word(i + 1), Some("a" | "an" | "another")) || document(i + 1)
            }
            // ("agreements on trade in the presence of the heads of state": who witnessed.)
            _ => {
                said_of(doc, s)
                    || doc
                        .lex_at(s)
                        .is_some_and(|h| doc.has(h, Sense::Cue(Cue::Witness)))
            }
        };
        if stop {
            break;
        }
        // (A title does not end on its conjunction: "an action plan on climate and endorsed".)
        if !matches!(word(i), Some("and" | "и" | "or" | "или")) {
            end = Some(e);
        }
    }
    end
}

/// True when the word at `at` tells what is said of a document, not what it is about: a verb
/// ("and endorsed"), a modal ("will"), a passive auxiliary or a date ("on Sunday").
fn said_of(doc: &Doc<'_>, at: usize) -> bool {
    doc.lex_at(at).is_some_and(|h| {
        doc.entries(h).any(|x| {
            (x.verb && matches!(x.sense, Sense::Event(_)))
                || matches!(
                    x.sense,
                    Sense::Modal(_)
                        | Sense::Cue(Cue::Passive)
                        | Sense::Weekday(_)
                        | Sense::Month(_)
                        | Sense::RelativeDay(_)
                )
        })
    })
}

/// The parties named after a document or in its title ("a memorandum ... between Japan's
/// Ministry of Economy and the Russian Energy Ministry", "اتفاقية ... بين مصر والأردن"): the
/// countries and bodies of the clause after "between", when it names two or more.
fn parties_between(doc: &Doc<'_>, entities: &Entities, (start, end): (usize, usize)) -> Vec<usize> {
    let at = skip_spaces(doc.text(), end);
    let between = |h: &&LexHit| doc.has(h, Sense::Cue(Cue::Between));
    let Some(cue) = doc
        .lex_in(start, end)
        .find(between)
        .or_else(|| doc.lex_at(at).filter(between))
    else {
        return Vec::new();
    };
    // The clause after "between", and on past a comma inside a party's name ("Japan's Ministry
    // of Economy, Trade and Industry and ...").
    let (_, mut clause_end) = doc.clause_at(cue.end);
    let sentence_end = doc.sentence_at(cue.end).map_or(clause_end, |s| s.end);
    let mut parties = Vec::new();
    let mut last_end = cue.end;
    for o in entities.in_span(cue.end, sentence_end) {
        if o.start >= clause_end {
            break;
        }
        let party = matches!(
            entities.kind(o.entity),
            Some(EntityKind::Country | EntityKind::Organization)
        );
        // (Not the country named inside a party's name: "وزارة الكهرباء السورية".)
        if party && o.start >= last_end && !parties.contains(&o.entity) {
            parties.push(o.entity);
            last_end = o.end;
            clause_end = clause_end.max(doc.clause_at(o.end).1);
        }
    }
    if parties.len() < 2 {
        parties.clear();
    }
    parties
}

/// One mention of an agreement, before coreference.
struct Candidate {
    kind: AgreementKind,
    title: Option<String>,
    count: Option<u32>,
    /// "a number of agreements", "عدد من الاتفاقيات": a batch with no count.
    several: bool,
    span: (usize, usize),
    speech: bool,
    quoted: bool,
    /// A title from the headline, added after the body's documents.
    headline: bool,
}

impl Candidate {
    /// A mention of a document word alone: no title, count or quotes.
    fn new(kind: AgreementKind, span: (usize, usize), speech: bool) -> Self {
        Self {
            kind,
            title: None,
            count: None,
            several: false,
            span,
            speech,
            quoted: false,
            headline: false,
        }
    }

    /// A mention whose title is the source text of its span.
    fn titled(doc: &Doc<'_>, kind: AgreementKind, span: (usize, usize), speech: bool) -> Self {
        Self {
            title: Some(doc.source_text(span.0, span.1).trim().to_owned()),
            ..Self::new(kind, span, speech)
        }
    }
}

/// Adds a mention: to the agreement it refers to, or as a new agreement (never from reported
/// speech).
fn add_mention(
    doc: &Doc<'_>,
    found: &mut Vec<FoundAgreement>,
    entities: &Entities,
    events: &[FoundEvent],
    candidate: Candidate,
) {
    let key = candidate.title.as_deref().map(normalize_label);
    // Two quoted titles are one document only when equal; a loose mention (unquoted, or in
    // reported speech) refers to the title it starts or mostly shares.
    let loose = !candidate.quoted || candidate.speech;
    let key_words = key
        .as_deref()
        .filter(|_| loose)
        .map(title_words)
        .unwrap_or_default();
    let same = key.as_ref().and_then(|key| {
        found.iter().position(|a| {
            a.title_key.as_ref().is_some_and(|other| {
                other == key
                    || (loose
                        && (other.starts_with(key.as_str())
                            || key.starts_with(other.as_str())
                            || other.ends_with(key.as_str())
                            || without_years(other).ends_with(key.as_str())
                            // (Fewer than three words share nothing: no words of the other.)
                            || (key_words.len() >= 3
                                && word_overlap(&title_words(other), &key_words) >= 0.6)))
            })
        })
    });
    // "UNGA adopts resolution on combating Islamophobia" over "The resolution, titled
    // \"Measures to combat Islamophobia\"": a headline names in its own words the body's first
    // document of its kind.
    let same = same.or_else(|| {
        candidate
            .headline
            .then(|| found.iter().position(|a| a.kind == candidate.kind))
            .flatten()
    });
    if let Some(i) = same {
        found[i].spans.push(candidate.span);
        return;
    }
    if candidate.speech && !acted_after_speech(doc, events, candidate.span.0) {
        return;
    }
    let untitled_reference =
        candidate.title.is_none() && candidate.count.is_none() && !candidate.several;
    // The concluding event: the nearest before it in its sentence.
    let sentence = doc.sentence_at(candidate.span.0).copied();
    let event = sentence
        .and_then(|s| {
            events
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    concludes(e.kind)
                        && e.spans
                            .iter()
                            .any(|&(start, _)| start >= s.start && start < candidate.span.0)
                })
                .max_by_key(|(_, e)| {
                    e.spans
                        .iter()
                        .filter(|&&(start, _)| start < candidate.span.0)
                        .map(|&(start, _)| start)
                        .max()
                })
                .map(|(i, _)| i)
        })
        .or_else(|| {
            // "reached 20 agreements" in a sentence whose concluding verb is not a trigger.
            sentence.and_then(|s| {
                events.iter().rposition(|e| {
                    e.trigger.0 >= s.start && e.trigger.0 < candidate.span.0 && concludes(e.kind)
                })
            })
        })
        .or_else(|| {
            // "A joint statement issued after the talks": the act right after the document.
            let after = skip_spaces(doc.text(), candidate.span.1);
            events
                .iter()
                .position(|e| concludes(e.kind) && e.spans.iter().any(|&(start, _)| start == after))
        })
        .or_else(|| {
            // "Resolution 2728, drafted by ..., was adopted": the passive act after its titled
            // subject.
            candidate.title.as_ref()?;
            sentence.and_then(|s| {
                events
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| concludes(e.kind))
                    .filter_map(|(i, e)| {
                        let after = e
                            .spans
                            .iter()
                            .map(|&(start, _)| start)
                            .filter(|&start| start >= candidate.span.1 && start < s.end)
                            .filter(|&start| passive_before(doc, start))
                            .min()?;
                        Some((after, i))
                    })
                    .min()
                    .map(|(_, i)| i)
            })
        });
    // "كما صدر بيان مشترك أكد فيه الجانبان ...": a document told to come out is one, with no
    // act to conclude it.
    let issued = || {
        let (clause_start, _) = doc.clause_at(candidate.span.0);
        doc.lex_in(clause_start, candidate.span.0)
            .any(|h| doc.has(h, Sense::Cue(Cue::Issued)))
    };
    if untitled_reference && event.is_none() && !issued() {
        return;
    }
    // "adopted a joint declaration ... In the Joint Declaration of the Ninth Trilateral Summit":
    // a title given to the untitled document of its kind told before, by the same act or none,
    // in an earlier sentence ("signed a cooperation agreement in the field of education and a
    // protocol on cooperation" are two documents).
    if candidate.title.is_some() && candidate.count.is_none() {
        if let Some(existing) = found.iter_mut().rev().find(|a| {
            a.kind == candidate.kind
                && a.title.is_none()
                && !a.batch
                && (event.is_none() || a.event == event)
                && !a
                    .spans
                    .iter()
                    .any(|&(start, _)| same_sentence(doc, start, candidate.span.0))
        }) {
            existing.title = candidate.title;
            existing.title_key = key;
            existing.spans.push(candidate.span);
            return;
        }
    }
    // "plan to sign more than 30 agreements": documents no one has signed yet, and no title to
    // know them by, are no documents.
    let planned = event
        .and_then(|i| events.get(i))
        .is_some_and(|e| e.status == EventStatus::Planned);
    if planned && candidate.title.is_none() {
        return;
    }
    let concluded = event.and_then(|i| events.get(i));
    let signatories: Vec<usize> = concluded
        .map(|e| {
            e.participants
                .iter()
                .filter(|(_, r)| *r == ParticipantRole::Signatory)
                .map(|(p, _)| *p)
                .collect()
        })
        .unwrap_or_default();
    // Parties: the countries a title names ("... between China and Russia"; one country alone
    // is a name, as in "Bahrain Declaration"), else those who concluded it, or their countries.
    // "مذكرة تفاهم بين وزارة الطاقة الأردنية ووزارة الكهرباء السورية": bodies named as the
    // two sides are the parties, before the countries their names hold.
    let between = parties_between(doc, entities, candidate.span);
    let bodies: Vec<usize> = between
        .iter()
        .copied()
        .filter(|&p| entities.kind(p) == Some(EntityKind::Organization))
        .collect();
    let mut parties: Vec<usize> = if bodies.len() >= 2 {
        bodies
    } else {
        Vec::new()
    };
    if candidate.title.is_some() && parties.is_empty() {
        for o in entities.in_span(candidate.span.0, candidate.span.1) {
            if entities.kind(o.entity) == Some(EntityKind::Country) && !parties.contains(&o.entity)
            {
                parties.push(o.entity);
            }
        }
        if parties.len() < 2 {
            parties.clear();
        }
    }
    if parties.is_empty() {
        parties = between;
    }
    // ("Kuwait also signed the Framework Agreement": the one country that signs is its party.)
    let mut by_subject = false;
    if parties.is_empty() && concluded.is_some() {
        parties = subject_countries(doc, entities, candidate.span.0);
        by_subject = !parties.is_empty();
    }
    // "... بين البلدين", "between the two countries": the countries of the two principals.
    // (Or "بين وزارتي النقل في البلدين": the two countries' bodies, in a few words.)
    let after_span = skip_spaces(doc.text(), candidate.span.1);
    let between_sides = doc.lex_at(after_span).is_some_and(|h| {
        doc.has(h, Sense::Cue(Cue::BetweenSides))
            || (doc.has(h, Sense::Cue(Cue::Between))
                && doc
                    .lex_in(h.end, doc.clause_at(h.end).1)
                    .take_while(|s| crate::text::word_count(&doc.text()[h.end..s.start]) <= 4)
                    .any(|s| doc.has(s, Sense::Cue(Cue::BetweenSides))))
    });
    // "العلاقات بين البلدين التي تشهد الذكرى العاشرة لتوقيع الاتفاقية الحكومية بشأن ...": a
    // titled document no one is told to conclude, in a sentence about the two countries, is
    // theirs.
    let sides_sentence = candidate.title.is_some()
        && concluded.is_none()
        && sentence.is_some_and(|s| {
            doc.lex_in(s.start, s.end)
                .any(|h| doc.has(h, Sense::Cue(Cue::BetweenSides)))
        });
    if parties.is_empty() && (between_sides || sides_sentence) {
        for p in super::events::principals(events, entities, candidate.span.0) {
            if let Some(c) = entities.country_of(p).filter(|c| !parties.contains(c)) {
                parties.push(c);
            }
        }
    }
    if parties.is_empty() {
        if let Some(e) = concluded {
            for &(p, r) in &e.participants {
                if r == ParticipantRole::Attendee {
                    continue;
                }
                let country = match entities.kind(p) {
                    Some(EntityKind::Country | EntityKind::Organization) => Some(p),
                    Some(EntityKind::Person) => entities.country_of(p),
                    _ => None,
                };
                if let Some(c) = country.filter(|c| !parties.contains(c)) {
                    parties.push(c);
                }
            }
        }
    }
    // No one named as concluding it ("جرى التوقيع على عدد من الاتفاقيات", "68 documents were
    // signed"), or two signatories of whom one has no known country: the countries of the
    // report's two principals.
    // (Or a titled document signed by no one named: "был подписан пакет из 15 документов, в
    // том числе Программа сотрудничества ...".)
    let one_sided = parties.len() == 1 && signatories.len() >= 2 && !by_subject;
    let signed = concluded.is_some_and(|e| e.kind == EventKind::Signing);
    if (parties.is_empty() && (candidate.title.is_none() || signed)) || one_sided {
        let countries: Vec<usize> = super::events::principals(events, entities, candidate.span.0)
            .into_iter()
            .filter_map(|p| entities.country_of(p))
            .collect();
        if countries.len() >= 2 {
            for c in countries {
                if !parties.contains(&c) {
                    parties.push(c);
                }
            }
        }
    }
    // "وتم التوقيع على ثلاث مذكرات تفاهم" after two ministers, one of whose country is not told:
    // a document signed or issued by one country's people alone is the article's two countries',
    // when that country is one of them.
    let bilateral_act = concluded.is_some_and(|e| {
        matches!(
            e.kind,
            EventKind::Signing
                | EventKind::Issuance
                | EventKind::Ratification
                | EventKind::Extension
        )
    });
    if let [party] = parties[..] {
        if bilateral_act && !by_subject && entities.kind(party) == Some(EntityKind::Country) {
            if let Some(pair) = article_pair(doc, entities, found).filter(|p| p.contains(&party)) {
                parties = pair;
            }
        }
    }
    // "ASEAN leaders adopted the Kuala Lumpur Declaration at the 46th ASEAN Summit": what the
    // leaders at a body's summit adopt or issue together is the body's.
    let together = parties.len() != 2;
    if let Some(body) = concluded
        .filter(|e| together && matches!(e.kind, EventKind::Adoption | EventKind::Issuance))
        .and_then(|e| gathering_body(doc, entities, events, e, candidate.span.0))
    {
        parties = vec![body];
    }
    // "واعتمد المجلس ...", "峰会通过了《……》": what a body, or a gathering of one, adopts or
    // issues is that body's.
    if let Some(body) = concluded
        .filter(|e| matches!(e.kind, EventKind::Adoption | EventKind::Issuance))
        .and_then(|e| adopting_body(doc, entities, events, e, candidate.span.0))
    {
        parties = vec![body];
    }
    let dating = concluded.filter(|e| dates_document(e.kind) && e.date.is_some());
    let date = dating.and_then(|e| e.date.clone());
    let date_span = dating.and_then(|e| e.date_span);
    // "approved a resolution ... The resolution, titled \"...\"": a plain mention is the
    // document of its kind concluded by the same event, or one no event concluded yet, which
    // now takes this one's.
    if untitled_reference {
        // "signed the treaty on behalf of the UAE": a definite mention is the titled document
        // of its kind told before, whichever act it is told with.
        let definite = definite(doc, candidate.span.0);
        if let Some(existing) = found.iter_mut().rev().find(|a| {
            a.kind == candidate.kind
                && (a.event == event || a.event.is_none() || (definite && a.title.is_some()))
        }) {
            existing.spans.push(candidate.span);
            if existing.event.is_none() {
                existing.event = event;
                if existing.date.is_none() {
                    existing.date = date;
                    existing.date_span = date_span;
                }
                if existing.parties.is_empty() {
                    existing.parties = parties;
                }
                if existing.signatories.is_empty() {
                    existing.signatories = signatories;
                }
            }
            return;
        }
    }
    let fields = fields(doc, candidate.span.1);
    found.push(FoundAgreement {
        kind: candidate.kind,
        title: candidate.title,
        title_key: key,
        parties,
        signatories,
        date,
        date_span,
        count: candidate.count,
        batch: candidate.count.is_some() || candidate.several,
        fields,
        event,
        spans: vec![candidate.span],
    });
}

/// True when `at` is in a clause joined by "and" ("و", "كما") after the one where reported speech began, and
/// a concluding act is told in it ("the leaders announced the decision ..., and the two sides
/// issued a Joint Statement"): what that clause tells is news, not what was said.
fn acted_after_speech(doc: &Doc<'_>, events: &[FoundEvent], at: usize) -> bool {
    let Some(speech_from) = doc.sentence_at(at).and_then(|s| s.speech_from) else {
        return false;
    };
    let (clause_start, _) = doc.clause_at(at);
    let text = doc.text();
    let joined = text
        .get(clause_start..at)
        .unwrap_or_default()
        .trim_start_matches([' ', ',', '،'])
        .split(' ')
        .next()
        .is_some_and(|w| matches!(w, "and" | "и" | "а" | "كما") || w.starts_with('و'));
    speech_from < clause_start
        && joined
        && events
            .iter()
            .any(|e| concludes(e.kind) && e.spans.iter().any(|&(s, _)| s >= clause_start && s < at))
}

/// The countries that conclude a document as the subject of its verb ("The UAE and Israel on
/// Tuesday signed ...", "وقعت مصر والأردن ...", "Kuwait also signed"): the countries named by name
/// in its clause before it, with no person there who would be the signer.
fn subject_countries(doc: &Doc<'_>, entities: &Entities, at: usize) -> Vec<usize> {
    let (clause_start, _) = doc.clause_at(at);
    let mut countries = Vec::new();
    for o in entities.in_span(clause_start, at) {
        match entities.kind(o.entity) {
            Some(EntityKind::Person) => return Vec::new(),
            Some(EntityKind::Country) if !o.demonym && !countries.contains(&o.entity) => {
                countries.push(o.entity);
            }
            _ => {}
        }
    }
    countries
}

/// The two sides an article is about: the countries or bodies its headline names ("Vietnam, RoK
/// upgrade ties", "السلطنة والكويت تبحثان ...", "الأردن والاتحاد الأوروبي يوقعان ..."), else the
/// parties of the first document of two countries.
fn article_pair(
    doc: &Doc<'_>,
    entities: &Entities,
    found: &[FoundAgreement],
) -> Option<Vec<usize>> {
    let country = |p: usize| entities.kind(p) == Some(EntityKind::Country);
    // (A body the gazetteer knows: "اللجنة المشتركة" is the two countries' own.)
    let side = |o: &Occurrence| {
        let known_body = entities.kind(o.entity) == Some(EntityKind::Organization)
            && entities
                .found
                .get(o.entity)
                .is_some_and(|f| f.reference.is_some());
        country(o.entity) || (known_body && !o.demonym)
    };
    let body_start = doc.lead().map_or(0, |s| s.start);
    let mut headline: Vec<usize> = Vec::new();
    for o in entities.in_span(0, body_start) {
        if side(o) && !headline.contains(&o.entity) {
            headline.push(o.entity);
        }
    }
    if headline.len() == 2 {
        return Some(headline);
    }
    found
        .iter()
        .find(|a| a.parties.len() == 2 && a.parties.iter().all(|&p| country(p)))
        .map(|a| a.parties.clone())
}

/// True when the document word at `at` has a definite article: "the" before it, or Arabic
/// "ال" on it.
fn definite(doc: &Doc<'_>, at: usize) -> bool {
    let text = doc.text();
    text[at..].starts_with("ال")
        || preceding_words(text, at, 1)
            .first()
            .is_some_and(|&(s, e)| text[s..e].eq_ignore_ascii_case("the"))
}

/// Where a Chinese title without 《》 starts, before its document word: after the verb, cue or
/// punctuation before it, when what lies between says what it is about ("关于……的协定").
fn chinese_title_start(doc: &Doc<'_>, hit: &LexHit) -> Option<usize> {
    let text = doc.text();
    if !text[hit.start..].starts_with(|c: char| script_of(c) == Script::Cjk) {
        return None;
    }
    let sentence_start = doc.sentence_at(hit.start).map_or(0, |s| s.start);
    let mut start = hit.start;
    for (i, c) in text[sentence_start..hit.start]
        .char_indices()
        .rev()
        .take(48)
    {
        let at = sentence_start + i;
        let opener = doc.lex_covering(at).any(|h| {
            doc.entries(h)
                .any(|e| e.verb || matches!(e.sense, Sense::Cue(Cue::Witness | Cue::Passive)))
        });
        if script_of(c) != Script::Cjk || opener {
            break;
        }
        start = at;
    }
    // (The aspect particle after the verb is not the title's: "发表了关于……的联合声明".)
    if let Some(rest) = text[start..hit.start].strip_prefix('了') {
        start = hit.start - rest.len();
    }
    text[start..hit.start].contains("关于").then_some(start)
}

/// True when a passive auxiliary stands right before `at` ("was adopted", "были подписаны").
fn passive_before(doc: &Doc<'_>, at: usize) -> bool {
    doc.lex_before(at)
        .is_some_and(|h| doc.has(h, Sense::Cue(Cue::Passive)) && doc.adjacent(h.end, at))
}

/// The one body whose summit or conference holds `event` (its parent, or one named in the
/// sentence at `at`).
fn gathering_body(
    doc: &Doc<'_>,
    entities: &Entities,
    events: &[FoundEvent],
    event: &FoundEvent,
    at: usize,
) -> Option<usize> {
    let sentence = doc.sentence_at(at)?;
    let gathering = events.iter().enumerate().find(|&(i, g)| {
        super::events::is_gathering_place(g.kind)
            && g.status != EventStatus::Planned
            && (event.parent == Some(i)
                || g.spans
                    .iter()
                    .any(|&(s, _)| s >= sentence.start && s < sentence.end))
    })?;
    match organisations_in(gathering.1, entities).as_slice() {
        &[body] => Some(body),
        _ => None,
    }
}

/// The organisations taking part in a gathering.
fn organisations_in(gathering: &FoundEvent, entities: &Entities) -> Vec<usize> {
    gathering
        .participants
        .iter()
        .filter(|&&(p, _)| entities.kind(p) == Some(EntityKind::Organization))
        .map(|&(p, _)| p)
        .collect()
}

/// The body that is the subject of `event`'s verb nearest before `at`: an organisation
/// ("the council adopted"), its head noun alone ("واعتمد المجلس" after "مجلس جامعة الدول
/// العربية"), or a gathering of a named body ("واعتمد الاجتماع", "峰会通过了").
fn adopting_body(
    doc: &Doc<'_>,
    entities: &Entities,
    events: &[FoundEvent],
    event: &FoundEvent,
    at: usize,
) -> Option<usize> {
    let text = doc.text();
    let &(verb_start, verb_end) = event
        .spans
        .iter()
        .filter(|&&(s, _)| s < at)
        .max_by_key(|&&(s, _)| s)?;
    // The subject follows an Arabic verb and precedes a verb in the other languages.
    let arabic = script_of(text[verb_start..].chars().next()?) == Script::Arabic;
    let (start, end) = if arabic {
        *doc.words_from(verb_end, doc.clause_at(verb_start).1)
            .first()?
    } else {
        let end = text[..verb_start].trim_end_matches(' ').len();
        let start = preceding_words(text, verb_start, 1)
            .first()
            .map_or(end, |w| w.0);
        (start, end)
    };
    if start >= end {
        return None;
    }
    let probe = if arabic { start } else { end - 1 };
    if let Some(o) = entities.covering(probe) {
        return (entities.kind(o.entity) == Some(EntityKind::Organization)).then_some(o.entity);
    }
    let leaders = doc
        .lex_covering(probe)
        .any(|h| doc.has(h, Sense::Pair(Pair::Leaders)));
    if leaders {
        return latest_gathering_body(doc, entities, events, verb_start);
    }
    let gathering = doc.lex_covering(probe).find_map(|h| {
        doc.senses(h).find_map(|s| match s {
            Sense::Event(k) if holds_sessions(k) => Some(h.start),
            _ => None,
        })
    });
    // (A bare head noun, "واعتمد المجلس", is the body's occurrence: `Entities` found it.)
    let noun = gathering?;
    events
        .iter()
        .find(|g| g.spans.iter().any(|&(s, e)| s <= noun && noun < e))
        .and_then(|g| {
            g.spans
                .iter()
                .find_map(|&span| named_body(doc, entities, span))
        })
}

/// The body of the latest summit or conference held before `before` ("صادق القادة على ..."
/// after "القمة العربية الـ31 لجامعة الدول العربية"): its one organisation taking part, else the
/// one named with it.
fn latest_gathering_body(
    doc: &Doc<'_>,
    entities: &Entities,
    events: &[FoundEvent],
    before: usize,
) -> Option<usize> {
    let gathering = events.iter().rfind(|g| {
        super::events::is_gathering_place(g.kind)
            && g.status != EventStatus::Planned
            && g.trigger.0 < before
    })?;
    match organisations_in(gathering, entities).as_slice() {
        &[body] => Some(body),
        [] => gathering
            .spans
            .iter()
            .find_map(|&span| named_body(doc, entities, span)),
        _ => None,
    }
}

/// Gatherings whose body adopts what they adopt: meetings, summits, conferences.
fn holds_sessions(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Meeting | EventKind::Summit | EventKind::Conference
    )
}

/// The organisation named with a gathering noun at `span`, in its clause and with no other
/// name between: right after it ("الاجتماع الوزاري السادس لمنتدى التعاون", "summit of the Arab
/// League") or right before it ("the 46th ASEAN Summit"), the nearer of the two.
fn named_body(doc: &Doc<'_>, entities: &Entities, span: (usize, usize)) -> Option<usize> {
    const REACH: usize = 80;
    let (clause_start, clause_end) = doc.clause_at(span.0);
    let before = entities
        .in_span(span.0.saturating_sub(REACH).max(clause_start), span.0)
        .filter(|o| o.end <= span.0)
        .last()
        .map(|o| (span.0 - o.end, o.entity));
    let after = entities
        .in_span(span.1, (span.1 + REACH).min(clause_end))
        .next()
        .map(|o| (o.start - span.1, o.entity));
    [before, after]
        .into_iter()
        .flatten()
        .filter(|&(_, e)| entities.kind(e) == Some(EntityKind::Organization))
        .min()
        .map(|(_, e)| e)
}

/// A normalised title without the years in brackets at its end ("……行动计划（2019—2021年）").
fn without_years(title: &str) -> &str {
    let trimmed = title.trim_end();
    match trimmed.strip_suffix([')', '）']) {
        Some(inner) => inner
            .rfind(['(', '（'])
            .filter(|&open| inner[open..].chars().any(|c| c.is_ascii_digit()))
            .map_or(trimmed, |open| trimmed[..open].trim_end()),
        None => trimmed,
    }
}

/// The words of a normalised title that [`word_overlap`] compares: those of more than two
/// letters, without a leading و or ال.
fn title_words(title: &str) -> Vec<&str> {
    title
        .split(' ')
        .map(|w| {
            // (A loop of strip_prefix: trim_start_matches builds a substring searcher each call.)
            let mut w = w.trim_start_matches('و');
            while let Some(rest) = w.strip_prefix("ال") {
                w = rest;
            }
            w
        })
        .filter(|w| w.chars().count() > 2)
        .collect()
}

/// Share of the shorter title's words ([`title_words`]) found in the other; nothing when the
/// shorter one has a word the other lacks right after its document word, as two full titles
/// about different things do ("Договор о создании Союзного государства", "Договор о гарантиях
/// безопасности в рамках Союзного государства").
fn word_overlap(aw: &[&str], bw: &[&str]) -> f64 {
    let (short, long) = if aw.len() <= bw.len() {
        (aw, bw)
    } else {
        (bw, aw)
    };
    if short.len() < 3 || (short.len() >= 4 && !long.contains(&short[1])) {
        return 0.0;
    }
    short.iter().filter(|w| long.contains(w)).count() as f64 / short.len() as f64
}

/// Fields after a field cue right behind the agreement ("في مجالات الاقتصاد والتجارة والتعليم").
fn fields(doc: &Doc<'_>, after: usize) -> Vec<String> {
    let text = doc.text();
    let (_, clause_end) = doc.clause_at(after);
    let Some(intro) = doc
        .lex_in(after, clause_end)
        .next()
        .filter(|h| h.start - after <= 4)
    else {
        return Vec::new();
    };
    let Some(own) = doc.senses(intro).find_map(|s| match s {
        Sense::FieldIntro(own) => Some(own),
        _ => None,
    }) else {
        return Vec::new();
    };
    let end = clause_end;
    if own {
        // "في المجالات الأخرى": the phrase itself is the field (without its preposition).
        let words = doc.words_from(intro.start, end);
        let start = words.get(1).map_or(intro.start, |w| w.0);
        let field = doc
            .source_text(start, end)
            .trim()
            .trim_end_matches(['.', '。'])
            .trim()
            .to_owned();
        return if field.is_empty() {
            Vec::new()
        } else {
            vec![field]
        };
    }
    let mut fields = Vec::new();
    let mut at = intro.end;
    let compounds: Vec<(usize, usize)> = doc
        .lex_in(intro.end, end)
        .filter(|h| doc.has(h, Sense::Field))
        .map(|h| (h.start, h.end))
        .collect();
    while at < end {
        let rest = &text[at..end];
        let skip = rest.len() - rest.trim_start_matches([' ', ',', '،', '、']).len();
        at += skip;
        let rest = &text[at..end];
        for conj in ["and ", "и ", "و"] {
            if rest.starts_with(conj) && !compounds.iter().any(|c| c.0 == at) {
                at += conj.len();
                break;
            }
        }
        if at >= end {
            break;
        }
        let field_end = if let Some(&(_, e)) = compounds.iter().find(|c| c.0 == at) {
            e
        } else {
            // Up to the next separator: a comma, "and", or a word glued to و.
            let rest = &text[at..end];
            let mut cut = rest.len();
            for sep in [",", "،", "、", " and ", " и ", " و"] {
                if let Some(p) = rest.find(sep) {
                    cut = cut.min(p);
                }
            }
            at + cut
        };
        let field = doc
            .source_text(at, field_end)
            .trim()
            .trim_end_matches(['.', '。'])
            .trim()
            .to_owned();
        if !field.is_empty() && field.chars().count() <= 80 {
            fields.push(field);
        }
        if field_end <= at {
            break;
        }
        at = field_end;
        if fields.len() > 20 {
            break;
        }
    }
    fields
}

/// Ordinal anniversaries: "الذكرى السنوية الـ30 ل…", "the 75th anniversary of …", "建交75周年",
/// "30-летие". The year they fall in is the sentence's year ("this year", "2026"), else the
/// article's; `year - ordinal` is derived.
pub fn anniversaries(
    doc: &Doc<'_>,
    dates: &[DateMention],
    events: &[FoundEvent],
    agreements: &mut [FoundAgreement],
    article_year: Option<i32>,
) -> Vec<FoundAnniversary> {
    let text = doc.text();
    let mut found = Vec::new();
    let words: Vec<&LexHit> = doc
        .lex
        .iter()
        .filter(|h| doc.has(h, Sense::Anniversary))
        .collect();
    for (w, hit) in words.iter().enumerate() {
        let Some(sentence) = doc.sentence_at(hit.start) else {
            continue;
        };
        // The ordinal: a number marked as one right after, or right before ("25th anniversary").
        let number = doc
            .numbers_near(hit.end, hit.end + 2)
            .find(|n| n.start >= hit.end && n.start - hit.end <= 2 && (n.ordinal || n.digits <= 3))
            .or_else(|| {
                doc.numbers_near(hit.start.saturating_sub(2), hit.start)
                    .filter(|n| n.end <= hit.start && hit.start - n.end <= 2)
                    .last()
            });
        let word_ordinal = || {
            doc.lex_in(hit.end, (hit.end + 40).min(text.len()))
                .next()
                .filter(|h| h.start - hit.end <= 2)
                .and_then(|h| {
                    doc.senses(h).find_map(|s| match s {
                        Sense::Ordinal(n) => Some((n, h.start, h.end)),
                        _ => None,
                    })
                })
        };
        let (ordinal, span) = match number {
            Some(n) if n.value > 0 && n.value < 1000 => {
                (n.value, (hit.start.min(n.start), hit.end.max(n.end)))
            }
            _ => match word_ordinal() {
                Some((n, _, end)) => (n, (hit.start, end)),
                None => continue,
            },
        };
        // What it is the anniversary of: after it (skipping "of"), up to the next anniversary or
        // the clause's end; in Chinese, what comes before it.
        let (_, clause_end) = doc.clause_at(span.1);
        let next = words
            .get(w + 1)
            .map_or(clause_end, |h| h.start)
            .min(clause_end);
        let mut of_start = span.1;
        let rest = &text[of_start..next];
        let skip = rest.len() - rest.trim_start_matches(' ').len();
        of_start += skip;
        for prefix in ["of the ", "of "] {
            if text[of_start..].starts_with(prefix) {
                of_start += prefix.len();
                break;
            }
        }
        // "لإقامة" → "إقامة"; "للتوقيع" (ل + التوقيع) → "التوقيع".
        let mut article = false;
        if text[of_start..].starts_with("لل") {
            of_start += 'ل'.len_utf8();
            article = true;
        } else if text[of_start..].starts_with('ل') {
            of_start += 'ل'.len_utf8();
        }
        let mut of_end = next;
        let tail = text[of_start..of_end].trim_end();
        of_end = of_start + tail.len();
        if text[..of_end].ends_with(" و") {
            of_end -= " و".len();
        }
        let written: String = doc
            .source_text(of_start, of_end)
            .chars()
            .filter(|c| !matches!(c, '"' | '«' | '»' | '“' | '”'))
            .collect();
        let mut of = written
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .trim_end_matches(['.', '。'])
            .to_owned();
        if article {
            // The contraction dropped the article's alef: write it back.
            of = format!("ا{of}");
        }
        if of.is_empty() {
            let (clause_start, _) = doc.clause_at(span.0);
            of = doc.source_text(clause_start, span.0).trim().to_owned();
        }
        if of.is_empty() {
            continue;
        }
        // The year it falls in.
        let year = dates
            .iter()
            .filter(|d| d.start >= sentence.start && d.end <= sentence.end)
            .find_map(|d| match d.said {
                Said::Calendar { year: Some(y), .. } => Some(y),
                Said::Relative(RelativeDay::ThisYear) => article_year,
                Said::Relative(RelativeDay::NextYear) => article_year.map(|y| y + 1),
                Said::Relative(RelativeDay::LastYear) => article_year.map(|y| y - 1),
                _ => None,
            })
            .or(article_year);
        let Some(year) = year else { continue };
        let subject = agreements.iter().position(|a| {
            a.spans
                .iter()
                .any(|&(s, e)| s >= of_start && e <= of_end + 2)
        });
        if let Some(i) = subject {
            // (A date after the derived year is the day of an act told beside the anniversary,
            // "the signing, timed to the 25th anniversary of the treaty", not the treaty's; nor
            // did that act conclude it, though an extension may concern it.)
            let derived = year - ordinal as i32;
            let agreement = &mut agreements[i];
            let later = agreement.date.as_ref().is_some_and(|d| {
                d.value
                    .get(..4)
                    .and_then(|y| y.parse::<i32>().ok())
                    .is_some_and(|y| y > derived)
            });
            if agreement.date.is_none() || later {
                agreement.date = Some(DateValue {
                    value: format!("{derived:04}"),
                    precision: DatePrecision::Year,
                    source: DateSource::Derived,
                    mention: None,
                });
                agreement.date_span = None;
                let made_now = agreement
                    .event
                    .and_then(|e| events.get(e))
                    .is_some_and(|e| dates_document(e.kind));
                if made_now {
                    agreement.event = None;
                    agreement.signatories.clear();
                }
            }
        }
        found.push(FoundAnniversary {
            ordinal,
            of,
            subject,
            year,
            span,
        });
    }
    found
}
