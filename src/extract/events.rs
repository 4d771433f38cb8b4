//! Events from trigger words: kind from the lexicon, participants and their parts from the people
//! (or countries) of the clause, date from the sentence or the narrative, place from a venue after
//! a place preposition, status from modality cues, parent from "during"/"on the sidelines of" and
//! from the visit the guest is on. Triggers in reported speech are not news and are skipped.

use super::dates::{self, Anchor, DateMention, Said, TimeMention};
use super::doc::{Doc, skip_spaces};
use super::entities::{Entities, Occurrence};
use super::lexicon::{Cue, LexHit, Modality, Pair, Sense};
use crate::facts::{
    AgreementKind, DateSource, DateValue, EntityKind, EventKind, EventStatus, ParticipantRole,
    TimeOfDay,
};
use crate::text::{Script, script_of};
use std::cell::OnceCell;
use time::Date;

/// An event found in the article.
#[derive(Debug, Clone)]
pub struct FoundEvent {
    /// Kind.
    pub kind: EventKind,
    /// Normalised span of the first trigger.
    pub trigger: (usize, usize),
    /// Normalised spans of every mention.
    pub spans: Vec<(usize, usize)>,
    /// Date.
    pub date: Option<DateValue>,
    /// Normalised span of the date expression, when the date comes from one.
    pub date_span: Option<(usize, usize)>,
    /// Time of day.
    pub time_of_day: Option<TimeOfDay>,
    /// Place (an entity).
    pub place: Option<usize>,
    /// Participants and their parts.
    pub participants: Vec<(usize, ParticipantRole)>,
    /// Parent event (index).
    pub parent: Option<usize>,
    /// Topics: label as written and the entity, if any.
    pub topics: Vec<(String, Option<usize>)>,
    /// Status.
    pub status: EventStatus,
    /// Ordinal ("the 16th summit").
    pub ordinal: Option<u32>,
    /// Held in a restricted format: the attendees of "the above events" were not there.
    pub restricted: bool,
    /// Told as over ("after his state visit to the US", "结束对美国的国事访问后"): a visit that
    /// holds none of the events told.
    pub over: bool,
}

impl FoundEvent {
    fn persons<'e>(&'e self, entities: &'e Entities) -> impl Iterator<Item = usize> + Clone + 'e {
        self.participants
            .iter()
            .filter(move |(e, _)| entities.kind(*e) == Some(EntityKind::Person))
            .map(|(e, _)| *e)
    }

    /// Its guests (people, countries or bodies).
    fn guests(&self) -> impl Iterator<Item = usize> + '_ {
        self.participants
            .iter()
            .filter(|p| p.1 == ParticipantRole::Guest)
            .map(|p| p.0)
    }

    /// The persons who host it (not a country or a body).
    fn person_hosts<'e>(&'e self, entities: &'e Entities) -> impl Iterator<Item = usize> + 'e {
        self.participants
            .iter()
            .filter(move |&&(p, r)| {
                r == ParticipantRole::Host && entities.kind(p) == Some(EntityKind::Person)
            })
            .map(|&(p, _)| p)
    }

    /// True when a person is its guest.
    fn has_person_guest(&self, entities: &Entities) -> bool {
        self.participants.iter().any(|&(p, r)| {
            r == ParticipantRole::Guest && entities.kind(p) == Some(EntityKind::Person)
        })
    }

    /// The persons who act in it, not those who only attend.
    fn actors<'e>(&'e self, entities: &'e Entities) -> impl Iterator<Item = usize> + 'e {
        self.participants
            .iter()
            .filter(move |(e, r)| {
                *r != ParticipantRole::Attendee && entities.kind(*e) == Some(EntityKind::Person)
            })
            .map(|(e, _)| *e)
    }

    fn add_participant(&mut self, entity: usize, role: ParticipantRole) {
        match self.participants.iter_mut().find(|(e, _)| *e == entity) {
            Some((_, existing)) => {
                if *existing == ParticipantRole::Participant {
                    *existing = role;
                }
            }
            None => self.participants.push((entity, role)),
        }
    }

    /// Adds a person who attends, unless already taking part in any role.
    fn attend(&mut self, person: usize) {
        if !self.participants.iter().any(|(e, _)| *e == person) {
            self.participants.push((person, ParticipantRole::Attendee));
        }
    }
}

/// What the event rules read besides the document.
pub struct Context<'c> {
    /// Entities and their occurrences.
    pub entities: &'c Entities,
    /// Date expressions.
    pub dates: &'c [DateMention],
    /// Times of day.
    pub times: &'c [TimeMention],
    /// Publication date.
    pub published: Option<Date>,
}

/// The events of `doc`.
pub fn find(doc: &Doc<'_>, cx: &Context<'_>) -> Vec<FoundEvent> {
    let mut events: Vec<FoundEvent> = Vec::new();
    // The day of the news and the words that name it. A lead whose dateline names no day
    // ("PUTRAJAYA – Singapore and Malaysia signed ...") tells the news of the publication day
    // until a sentence names one.
    let mut narrative: Option<(DateValue, Option<(usize, usize)>)> = cx
        .published
        .filter(|_| !cx.dates.iter().any(|d| dateline(doc, cx, d)))
        .map(|day| (dates::resolved_day(day), None));
    let mut last_actors: Vec<(usize, ParticipantRole)> = Vec::new();
    for sentence in &doc.sentences {
        // Reported speech ("the ministry said the two ministers discussed ...") tells events
        // too, but only those with their people named in it.
        let news_end = if sentence.headline {
            sentence.start
        } else {
            sentence.end
        };
        let speech_start = sentence.speech_from.unwrap_or(sentence.end);
        // (`dates::find` orders them by start.)
        let first_date = cx.dates.partition_point(|d| d.start < sentence.start);
        let sentence_dates: Vec<&DateMention> = cx.dates[first_date..]
            .iter()
            .take_while(|d| d.start < news_end)
            .filter(|d| d.end <= news_end)
            // "until 28 May", "до 28 мая": where a stay ends, not the day of an event.
            // (Or "منذ عام 2011", "since the year 2011": a year word between.)
            .filter(|d| {
                let before_year_word = doc
                    .lex_before(d.start)
                    .filter(|h| doc.adjacent(h.end, d.start) && doc.has(h, Sense::Cue(Cue::Year)))
                    .map_or(d.start, |h| h.start);
                !doc.cue_just_before(d.start, Cue::Until)
                    && !doc.cue_just_before(before_year_word, Cue::Until)
            })
            // "التي تشهد هذا العام الذكرى العاشرة", "this year marks the 75th anniversary": when
            // an anniversary falls, not the day of an event.
            .filter(|d| !anniversary_after(doc, d))
            .collect();
        let mut sentence_parent: Option<usize> = None;
        let mut previous: Option<(usize, &LexHit)> = None;
        for hit in doc.lex_in(sentence.start, news_end) {
            let Some(entry) = doc
                .entries(hit)
                .find(|e| matches!(e.sense, Sense::Event(_)))
            else {
                continue;
            };
            let Sense::Event(kind) = entry.sense else {
                continue;
            };
            // A trigger inside a name is part of the name ("فيصل" is not ف + "يصل").
            if cx.entities.covering(hit.start).is_some() {
                continue;
            }
            // "a memorandum on political consultations": nor is one inside a document's title.
            if super::agreements::in_lower_case_title(doc, hit) {
                continue;
            }
            // Inside a longer phrase of another sense ("принял участие" is not "принял"), the
            // longer phrase wins.
            if doc.lex_covering(hit.start).any(|g| {
                g.start <= hit.start
                    && g.end > hit.end
                    && !doc.senses(g).any(|s| matches!(s, Sense::Event(_)))
            }) {
                continue;
            }
            // "the 25th anniversary of the signing": what an anniversary recalls is no new event.
            if hits_before(doc, hit, 4).any(|h| doc.has(h, Sense::Anniversary)) {
                continue;
            }
            // "не смог принять участие в саммите", "could not attend the summit": a negated
            // attend phrase before the trigger negates it too.
            let negated = |h: &LexHit| modal_before(doc, h, 2) == Some(Modality::Negation);
            let attend_negated = hits_before(doc, hit, 3)
                .filter(|h| doc.has(h, Sense::Cue(Cue::Attend)))
                .last()
                .is_some_and(negated);
            if cue_before(doc, hit, 2, |c| c == Cue::Block) || negated(hit) || attend_negated {
                continue;
            }
            // "held talks via videoconference", "اجتماعا عبر الاتصال المرئي": the call is the
            // event (its stretch starts before the noun it qualifies).
            let call_after = matches!(kind, EventKind::Talks | EventKind::Meeting)
                .then(|| {
                    doc.lex_in(hit.end, news_end)
                        .take_while(|h| h.start < hit.end + 16)
                        .take(2)
                        .find_map(|h| {
                            doc.senses(h).find_map(|s| match s {
                                Sense::Event(k @ (EventKind::PhoneCall | EventKind::VideoCall)) => {
                                    Some(k)
                                }
                                _ => None,
                            })
                        })
                })
                .flatten();
            if call_after.is_some() {
                continue;
            }
            // "发表题为《……》的重要讲话": what is issued is a speech when the clause's next trigger
            // names one before any document word; the speech is the event.
            if kind == EventKind::Issuance {
                let next = next_in_clause(doc, hit, news_end, |h| {
                    doc.senses(h)
                        .any(|s| matches!(s, Sense::Event(_) | Sense::Agreement(_)))
                });
                if next.is_some_and(|h| event_kind(doc, h) == Some(EventKind::Speech)) {
                    continue;
                }
            }
            // "المصادقة على إعلان الجزائر", "approved the resolution": what is ratified is a
            // treaty; a declaration, a resolution or a plan approved is adopted.
            let kind = if kind == EventKind::Ratification && approves_text(doc, hit, news_end) {
                EventKind::Adoption
            } else if kind == EventKind::Adoption && receives_visitor(doc, cx.entities, hit) {
                EventKind::Meeting
            } else {
                kind
            };
            // "Erdogan announced that ...", "أعلن أن": what was announced is said, not done.
            let announced_that = kind == EventKind::Announcement
                && doc
                    .first_words(hit.end, 1)
                    .first()
                    .is_some_and(|&(s, e)| super::doc::is_complementizer(&doc.text()[s..e]));
            if announced_that {
                continue;
            }
            // "وقع الجانبان اتفاقية ...، وقعها عن الجانب ... X": a verb whose object pronoun is the
            // document a signing verb just told names who signed it, not another act.
            let told_by_verb = |e: &FoundEvent| {
                e.kind == kind
                    && e.trigger.0 >= sentence.start
                    && doc
                        .lex_at(e.trigger.0)
                        .is_some_and(|h| doc.entries(h).any(|x| x.verb))
            };
            let object_pronoun = entry.verb && doc.text()[hit.start..hit.end].ends_with("ها");
            if object_pronoun && events.iter().any(told_by_verb) {
                continue;
            }
            // "وقع وأصدر": a second verb joined to the first is the same act.
            if let Some((index, prev)) = previous {
                let gap = &doc.text()[prev.end.min(hit.start)..hit.start];
                if entry.verb
                    && matches!(gap.trim(), "و" | "and" | "и" | "")
                    && !gap.is_empty()
                    && gap.len() < 8
                {
                    events[index].spans.push((hit.start, hit.end));
                    continue;
                }
            }
            // "وحضر المباحثات ...", "attended the talks": more people at an event already named.
            // "В переговорах ... приняли участие X, Y": the attend cue may follow the noun.
            // ("The meeting was followed by talks attended by": not past the next event's noun.)
            let attend_after = || {
                let (_, clause_end) = doc.clause_at(hit.end);
                !entry.verb
                    && doc
                        .lex_in(hit.end, clause_end.min(news_end))
                        .take_while(|h| {
                            words_between(doc, (hit.start, hit.end), (h.start, h.end)) <= 6
                                && event_kind(doc, h).is_none()
                        })
                        .any(|h| doc.has(h, Sense::Cue(Cue::Attend)))
            };
            let chaired = cue_before(doc, hit, 4, |c| c == Cue::Chair);
            if chaired || cue_before(doc, hit, 4, |c| c == Cue::Attend) || attend_after() {
                // "حضر اللقاءين": a dual noun names the last two events of its kind.
                let wanted = if entry.both { 2 } else { 1 };
                let attended = |related: &dyn Fn(EventKind) -> bool| -> Vec<usize> {
                    (0..events.len())
                        .rev()
                        .filter(|&i| {
                            related(events[i].kind) || (entry.sitting && is_sitting(events[i].kind))
                        })
                        .take(wanted)
                        .collect()
                };
                // ("участвовали во встрече", "attended the meeting" after talks: a word for
                // talks or meetings names the other when none of its own was told; but "then in
                // expanded talks joined by" and "followed by talks attended by" are a round of
                // its own.)
                let talking = |k| matches!(k, EventKind::Talks | EventKind::Meeting);
                let mut targets = attended(&|k| same_family(k, kind));
                if targets.is_empty()
                    && talking(kind)
                    && !cue_before(doc, hit, 4, |c| matches!(c, Cue::Then | Cue::Followed))
                {
                    targets = attended(&|k| talking(k));
                }
                // "chaired the summit ..., co-chairing the meeting with X": the meeting chaired
                // is the gathering its sentence told.
                if targets.is_empty() && chaired && talking(kind) {
                    targets = attended(&is_gathering_place)
                        .into_iter()
                        .filter(|&i| events[i].spans.iter().any(|s| s.0 >= sentence.start))
                        .collect();
                }
                if let Some(&index) = targets.first() {
                    events[index].spans.push((hit.start, hit.end));
                    // "وحضر المباحثات X وY", "attended by X": the people after; "X attended
                    // the ceremony, and Y was also present": the subject before too (unless
                    // the cue is passive, a list's).
                    let (clause_start, clause_end) = doc.clause_at(hit.end);
                    let is_person = |o: &&Occurrence| {
                        cx.entities.kind(o.entity) == Some(EntityKind::Person)
                            && !on_behalf(doc, cx.entities, o)
                    };
                    let passive =
                        hits_before(doc, hit, 4).any(|h| doc.has(h, Sense::Cue(Cue::List)));
                    // ("Ding Xuexiang, Yang Jiechi and Wang Yi were present at the meeting": the
                    // names listed before the clause with commas.)
                    let mut from = clause_start.max(sentence.start);
                    while let Some(o) = cx
                        .entities
                        .in_span(sentence.start, from)
                        .filter(is_person)
                        .last()
                        .filter(|o| matches!(doc.text()[o.end..from].trim(), "," | "،"))
                    {
                        from = o.start;
                    }
                    let mut attendees: Vec<usize> = Vec::new();
                    if !passive {
                        attendees.extend(
                            cx.entities
                                .in_span(from, hit.start)
                                .filter(is_person)
                                .map(|o| o.entity),
                        );
                    }
                    attendees.extend(
                        cx.entities
                            .in_span(hit.end, news_end.max(clause_end).min(news_end))
                            .filter(is_person)
                            .map(|o| o.entity),
                    );
                    for &target in &targets {
                        // Who attends a summit takes part in it.
                        let role = if chaired {
                            ParticipantRole::Chair
                        } else if is_gathering_place(events[target].kind) {
                            ParticipantRole::Participant
                        } else {
                            ParticipantRole::Attendee
                        };
                        for &person in &attendees {
                            events[target].add_participant(person, role);
                        }
                    }
                    // ("were present at the talks, which were followed by a banquet": the talks
                    // are the event told last.)
                    previous = Some((index, hit));
                    continue;
                }
            }
            if entry.sitting {
                continue;
            }
            // "to discuss preparations for the visit": a definite noun names an event already
            // told, not a new one.
            // So does a noun in a sentence that names no one ("وتناول اللقاء العلاقات ...").
            let names_someone = || {
                cx.entities
                    .in_span(sentence.start, news_end)
                    .any(|o| cx.entities.kind(o.entity) == Some(EntityKind::Person))
                    || doc
                        .lex_in(sentence.start, news_end)
                        .any(|h| pair_of(doc, h).is_some())
            };
            // (With a preposition glued to it, "بتبني", an Arabic verb form is a noun.)
            let noun = !entry.verb || hit.preposition.is_some();
            // But "وشهدا التوقيع على", "witnessed the signing": the act witnessed is new; so is
            // one still to come ("لزيارته المقبلة", "the upcoming visit") and a gathering its
            // body names ("الاجتماع الوزاري لمجلس التعاون").
            let upcoming = |h: &LexHit| {
                doc.has(h, Sense::Modal(Modality::Planned))
                    && (doc.adjacent(hit.end, h.start) || doc.adjacent(h.end, hit.start))
            };
            // (Nor is one with an ordinal of its own: "القمة العربية الـ34" after the 33rd; but
            // "the first summit since ..." counts something else.)
            let since = || {
                doc.first_words(hit.end, 4)
                    .iter()
                    .any(|&(s, e)| matches!(&doc.text()[s..e], "since" | "منذ" | "以来"))
            };
            let other_ordinal = || {
                !since()
                    && ordinal(doc, hit).is_some_and(|n| {
                        events
                            .iter()
                            .rfind(|e| same_family(e.kind, kind))
                            .is_some_and(|e| e.ordinal != Some(n))
                    })
            };
            let new_by_cue = || {
                cue_before(doc, hit, 2, |c| c == Cue::Witness)
                    || other_ordinal()
                    || doc.lex_in(hit.end, news_end).next().is_some_and(upcoming)
                    || doc.lex_before(hit.start).is_some_and(upcoming)
                    || cx
                        .entities
                        .in_span(hit.end, news_end)
                        .next()
                        .is_some_and(|o| {
                            cx.entities.kind(o.entity) == Some(EntityKind::Organization)
                                && words_between(doc, (hit.start, hit.end), (o.start, o.end)) <= 2
                        })
            };
            // "في مقدمة مستقبلي الرئيس ...، حيث جرت له مراسم استقبال رسمية": a ceremony noun of
            // a ceremony its sentence already tells is that ceremony again.
            let ceremony = matches!(kind, EventKind::WelcomeCeremony | EventKind::Banquet);
            let told_here = events
                .iter()
                .rposition(|e| e.kind == kind && e.trigger.0 >= sentence.start)
                .filter(|_| ceremony);
            if let Some(index) = told_here.filter(|_| noun && !new_by_cue()) {
                events[index].spans.push((hit.start, hit.end));
                continue;
            }
            if noun && (definite(doc, hit) || !names_someone()) && !new_by_cue() {
                if let Some(index) = events.iter().rposition(|e| same_family(e.kind, kind)) {
                    events[index].spans.push((hit.start, hit.end));
                    // "held talks with Biden at the summit": the gathering holds the sentence's
                    // events.
                    if is_gathering_place(kind) && cue_before(doc, hit, 2, |c| c == Cue::Locative) {
                        sentence_parent = Some(index);
                        for e in events
                            .iter_mut()
                            .filter(|e| e.trigger.0 >= sentence.start && e.trigger.0 < hit.start)
                        {
                            e.parent.get_or_insert(index);
                        }
                    }
                    continue;
                }
            }
            // "after the talks", "during the visit", "on the sidelines of the summit".
            let reference = reference_cue(doc, hit);
            if let Some(cue) = reference {
                if let Some(index) = events.iter().rposition(|e| same_family(e.kind, kind)) {
                    events[index].spans.push((hit.start, hit.end));
                    if matches!(cue, Cue::During | Cue::Sidelines) {
                        sentence_parent = Some(index);
                        // "met X on the sidelines of the summit": the events before it too.
                        for (i, e) in events.iter_mut().enumerate() {
                            if i != index
                                && e.trigger.0 >= sentence.start
                                && e.trigger.0 < hit.start
                            {
                                e.parent.get_or_insert(index);
                            }
                        }
                    }
                    if let (Some(date), None) = (&events[index].date, &narrative) {
                        narrative = Some((date.clone(), events[index].date_span));
                    }
                    continue;
                }
                // "عند وصول بوتين، اصطف حرس الشرف", "upon his arrival": an arrival that only
                // times another act of a visit, with no place reached, is no event of its own.
                let (_, clause_end) = doc.clause_at(hit.start);
                let reached = doc.lex_in(hit.end, clause_end.min(news_end)).any(|h| {
                    doc.has(h, Sense::Cue(Cue::Destination)) || doc.has(h, Sense::Cue(Cue::Airport))
                });
                if kind == EventKind::Arrival
                    && cue == Cue::During
                    && !reached
                    && events.iter().any(|e| is_visit(e.kind))
                {
                    continue;
                }
            }
            let (clause_start, clause_end) = doc.clause_at(hit.start);
            let clause_end = clause_end.min(news_end);
            let mut event = FoundEvent {
                kind,
                trigger: (hit.start, hit.end),
                spans: vec![(hit.start, hit.end)],
                date: None,
                date_span: None,
                time_of_day: None,
                place: None,
                participants: Vec::new(),
                parent: None,
                topics: Vec::new(),
                status: EventStatus::Happened,
                ordinal: None,
                restricted: entry.restricted,
                over: is_visit(kind) && reference == Some(Cue::After),
            };
            event.status = status(doc, hit, clause_start, clause_end);
            // The trigger's stretch of the sentence: from the trigger before it to the one
            // after it (commas in Arabic news set off asides, not clauses).
            let is_trigger = |h: &LexHit| doc.senses(h).any(|s| matches!(s, Sense::Event(_)));
            let call = matches!(kind, EventKind::PhoneCall | EventKind::VideoCall);
            // (Not a trigger in the modifier of a name the clause goes on with: "同来华进行国事访问
            // 并出席峰会的普京举行会谈".)
            let modifies_before = |h: &LexHit| {
                modified_person(doc, cx.entities, h).is_some_and(|p| p.start < hit.start)
            };
            let segment_start = doc
                .lex_in(sentence.start, hit.start)
                .filter(|h| {
                    is_trigger(h) && !(call && h.end + 16 > hit.start) && !modifies_before(h)
                })
                .last()
                .map_or(sentence.start, |h| h.end);
            // "held talks with Sisi and met with Faki": a verb joined by "and" to an act before
            // it starts its own stretch; whom the act before it was with is not its business.
            let joined = previous.and_then(|_| joined_verb(doc, hit));
            let segment_start = joined.map_or(segment_start, |at| at.max(segment_start));
            // A verb joined by "and" ("وقع وأصدر الرئيسان") shares the subject after it.
            let mut segment_end = news_end;
            let mut framed = false;
            let mut joined_end = hit.end;
            for h in doc.lex_in(hit.end, news_end).filter(|h| is_trigger(h)) {
                let gap = doc.text()[joined_end.min(h.start)..h.start].trim();
                if matches!(gap, "و" | "and" | "и") {
                    joined_end = h.end;
                    continue;
                }
                // "استقبل لدى وصوله ... من قبل", "received upon arrival by": a reference to an
                // event already told does not end the stretch.
                if matches!(reference_cue(doc, h), Some(Cue::During | Cue::After)) {
                    continue;
                }
                segment_end = h.start;
                // "met on the sidelines of the SCO summit ... at the end of August": the frame's
                // date is the date of what it frames.
                framed = reference_cue(doc, h) == Some(Cue::Sidelines);
                break;
            }
            let dates_end = if framed { news_end } else { segment_end };
            // "was received at the airport by", "استقبله في المطار", "was met by X at the air
            // base": a welcome ceremony.
            let met_by = kind == EventKind::Meeting && entry.verb && passive(doc, hit, segment_end);
            // "استقبل X Y استقبالا رسميا / بمراسم استقبال رسمية", "welcomed X with an official
            // ceremony": received with a ceremony, a welcome ceremony.
            let with_ceremony = entry.verb
                && entry.host
                && doc
                    .lex_in(hit.end, clause_end)
                    .take_while(|h| words_between(doc, (hit.start, hit.end), (h.start, h.end)) <= 8)
                    .any(|h| event_kind(doc, h) == Some(EventKind::WelcomeCeremony));
            if with_ceremony
                || (entry.host || met_by)
                    && doc
                        .lex_in(segment_start, segment_end)
                        .any(|h| doc.has(h, Sense::Cue(Cue::Airport)))
            {
                event.kind = EventKind::WelcomeCeremony;
            }
            // "Ushakov said that the Russian leader would address a forum": who reports an act
            // that names people of its own (after the speech cue) is not in it, unless the act
            // is the speech itself ("Abe said he hoped to visit Russia": the speaker may be).
            let reported = hit.start >= speech_start
                && !matches!(event.kind, EventKind::Speech | EventKind::Briefing)
                && cx
                    .entities
                    .in_span(speech_start, news_end)
                    .any(|o| cx.entities.kind(o.entity) == Some(EntityKind::Person));
            let told_from = if reported {
                speech_start
            } else {
                sentence.start
            };
            // "Deshchytsia, who arrived on Wednesday and met Ban, told the assembly": the verb
            // after a relative clause is its subject's; the clause's people and dates are not.
            let relative = relative_clause_before(doc, cx.entities, hit, sentence.start);
            let told_in = relative.map_or(segment_start.max(told_from), |_| hit.start);
            participants(
                doc,
                cx,
                &mut event,
                hit,
                (told_in, segment_end),
                (told_from, news_end),
                &events,
            );
            // "وقع الجانبان", "China and Russia signed": countries and bodies take part in a
            // signing; only people sign.
            for (p, role) in &mut event.participants {
                if *role == ParticipantRole::Signatory
                    && cx.entities.kind(*p) != Some(EntityKind::Person)
                {
                    *role = ParticipantRole::Participant;
                }
            }
            if let Some((subject, from)) = relative {
                // (Nor are the people the relative clause names: "met with Ban".)
                let clause_people: Vec<usize> = cx
                    .entities
                    .in_span(from, hit.start)
                    .map(|o| o.entity)
                    .collect();
                event.participants.retain(|p| !clause_people.contains(&p.0));
                let role = event
                    .participants
                    .first()
                    .map_or(ParticipantRole::Participant, |p| p.1);
                event.participants.retain(|p| p.0 != subject.entity);
                event.participants.insert(0, (subject.entity, role));
            }
            // (Nor does a date in what was said after it: "issued a joint statement in which
            // they affirmed ... next year".)
            let reported_after = |d: &DateMention| {
                d.start >= hit.end
                    && doc
                        .lex_in(hit.end, d.start)
                        .any(|h| doc.has(h, Sense::Cue(Cue::Speech)))
            };
            // (Nor the day someone attends a summit, "arrived on Tuesday to attend the 16th BRICS
            // summit": a summit spans days of its own. A conference attended with a purpose, "لحضور
            // المؤتمر", likewise; but "28日，习近平将出席一般性辩论" is that day's debate.)
            let purpose = |h: &LexHit| {
                doc.text()[h.start..].starts_with("to ")
                    || h.preposition == Some('ل')
                    || doc.text()[..h.start].ends_with("для ")
            };
            let attended_after = |d: &DateMention| {
                is_gathering_place(kind)
                    && d.end <= hit.start
                    && doc.lex_in(d.end, hit.start).any(|h| {
                        doc.has(h, Sense::Cue(Cue::Attend))
                            && (kind == EventKind::Summit || purpose(h))
                    })
            };
            let attended = sentence_dates.iter().any(|d| attended_after(d));
            let sentence_dates: Vec<&DateMention> = sentence_dates
                .iter()
                .filter(|d| relative.is_none_or(|(_, from)| d.end <= from || d.start >= hit.start))
                .filter(|d| !reported_after(d) && !attended_after(d))
                .copied()
                .collect();
            // "来华进行国事访问的普京": the person a Chinese modifier describes is who does it.
            if let Some(subject) = modified_person(doc, cx.entities, hit) {
                let is_person = |p: usize| cx.entities.kind(p) == Some(EntityKind::Person);
                let role = if is_visit(kind) {
                    ParticipantRole::Guest
                } else {
                    event
                        .participants
                        .iter()
                        .find(|&&(p, _)| is_person(p))
                        .map_or(ParticipantRole::Participant, |p| p.1)
                };
                event.participants.retain(|&(p, _)| !is_person(p));
                event.participants.insert(0, (subject.entity, role));
            }
            // "X arrived in Y and held talks with Z", "وصل ... وأجرى مباحثات مع": a verb joined
            // by "and" with no subject of its own shares the subject of the verb before it.
            if let (Some((index, _)), Some(verb)) = (previous, joined) {
                // Its own subject stands between a light verb and its noun ("وأجرى الرئيس
                // مباحثات"), or right after a verb-first trigger ("والتقى الرئيس").
                let is_person =
                    |o: &Occurrence| cx.entities.kind(o.entity) == Some(EntityKind::Person);
                let own_subject = cx.entities.in_span(verb, hit.start).any(is_person)
                    || cx
                        .entities
                        .in_span(hit.end, news_end)
                        .next()
                        .is_some_and(|o| is_person(o) && doc.adjacent(hit.end, o.start));
                // A pair before the verb before ("两国元首共同签署…，并见证签署", "the two leaders
                // signed … and witnessed"): both.
                let before = events[index].trigger.0;
                let pair_subject = doc
                    .lex_in(doc.clause_at(before).0, before)
                    .filter_map(|h| pair_of(doc, h))
                    .filter(|&p| p != Pair::Sides)
                    .last();
                if let Some(pair) = pair_subject.filter(|_| !own_subject) {
                    let witness_verb = doc
                        .lex_in(verb, hit.start)
                        .any(|h| doc.has(h, Sense::Cue(Cue::Witness)));
                    let role = if witness_verb {
                        ParticipantRole::Witness
                    } else {
                        act_role(doc, hit, (segment_start, segment_end))
                    };
                    for m in pair_members(pair, &event, &events, cx.entities, hit.start) {
                        event.add_participant(m, role);
                    }
                } else if !own_subject {
                    if let Some(subject) = subject_of(&events[index], cx.entities) {
                        let role = if entry.host && passive(doc, hit, segment_end) {
                            ParticipantRole::Guest
                        } else if entry.host {
                            ParticipantRole::Host
                        } else {
                            event
                                .participants
                                .first()
                                .map_or(ParticipantRole::Participant, |p| p.1)
                        };
                        event.participants.retain(|p| p.0 != subject);
                        event.participants.insert(0, (subject, role));
                    }
                }
            }
            if kind == EventKind::WelcomeCeremony && entry.host {
                receive(doc, cx.entities, &mut event, &events, hit, news_end);
            }
            // "talks, followed by a press conference", "أعقبها مؤتمر صحفي": the same people.
            if cue_before(doc, hit, 4, |c| c == Cue::Followed) {
                if let Some(before) = previous.map(|(i, _)| i).or(events.len().checked_sub(1)) {
                    let theirs: Vec<usize> = events[before].persons(cx.entities).collect();
                    if !theirs.is_empty() {
                        event.participants = theirs
                            .into_iter()
                            .map(|p| (p, ParticipantRole::Participant))
                            .collect();
                    }
                }
            }
            // "اعتمد القادة في ختام القمة", "the summit adopted": a body's gathering adopts as
            // that body.
            if kind == EventKind::Adoption {
                let body = gathering_body(doc, cx.entities, &events, (sentence.start, news_end));
                let has_body = event
                    .participants
                    .iter()
                    .any(|p| cx.entities.kind(p.0) == Some(EntityKind::Organization));
                if !body.is_empty() && !has_body {
                    event.participants = body
                        .into_iter()
                        .map(|b| (b, ParticipantRole::Participant))
                        .collect();
                }
            }
            // "a joint press conference after the talks": the talks' people were there too
            // (not at "a press conference after the meeting" one of them gave).
            let joint = doc
                .lex_in(clause_start, clause_end)
                .any(|h| doc.has(h, Sense::Cue(Cue::Joint)))
                || ["مشترك", "joint", "совместн", "共同", "联合"]
                    .iter()
                    .any(|w| doc.text()[hit.start..hit.end].contains(w));
            if let Some(referenced) =
                sentence_reference(doc, &events, (sentence.start, news_end), hit).filter(|_| joint)
            {
                let theirs: Vec<usize> = events[referenced].actors(cx.entities).collect();
                let ours: Vec<usize> = event.persons(cx.entities).collect();
                if !is_visit(kind) && !ours.is_empty() && ours.iter().all(|p| theirs.contains(p)) {
                    let role = event
                        .participants
                        .first()
                        .map_or(ParticipantRole::Participant, |p| p.1);
                    for p in theirs {
                        event.add_participant(p, role);
                    }
                }
            }
            if event.participants.is_empty() && reference.is_some() {
                continue;
            }
            // "جرى التوقيع على ...", "were signed": a passive act with no agent named has no
            // known actors.
            let agentless = passive(doc, hit, segment_end) && event.participants.is_empty();
            let in_speech = hit.start >= speech_start;
            // (Unless a body meets: "أوضح أن الاجتماع المقبل للجنة المشتركة سيعقد في الرياض".)
            let body_meets = kind == EventKind::Meeting
                && event
                    .participants
                    .iter()
                    .any(|p| cx.entities.kind(p.0) == Some(EntityKind::Organization));
            if in_speech && event.persons(cx.entities).next().is_none() && !body_meets {
                continue;
            }
            // "The draft received 13 votes": a reception names its people in its own sentence.
            if event.participants.is_empty() && entry.host {
                continue;
            }
            // "was welcomed by", "greeted him at the airport": a reception of a guest, not "X
            // welcomed the decision" nor the greeting that opens a talk.
            let welcoming = kind == EventKind::WelcomeCeremony && entry.host && entry.verb;
            let received = passive(doc, hit, segment_end)
                || with_ceremony
                || doc
                    .lex_in(segment_start, segment_end)
                    .any(|h| doc.has(h, Sense::Cue(Cue::Airport)));
            if welcoming && !(received && event.has_person_guest(cx.entities)) {
                continue;
            }
            // "وصلت العلاقات إلى مستوى": what arrives right after the verb is no one.
            if kind == EventKind::Arrival && thing_arrives(doc, cx.entities, hit) {
                continue;
            }
            if event.participants.is_empty() && !is_visit(kind) && !agentless {
                // The actors of the sentence before ("they then signed ..."), in this event's parts.
                let hosting =
                    matches!(kind, EventKind::WelcomeCeremony | EventKind::Banquet) || entry.host;
                let actors: Vec<usize> = last_actors
                    .iter()
                    .filter(|(_, r)| *r != ParticipantRole::Attendee)
                    .map(|(p, _)| *p)
                    .collect();
                for (n, p) in actors.into_iter().enumerate() {
                    let role = if witnessed(doc, hit, (clause_start, clause_end)) {
                        ParticipantRole::Witness
                    } else if entry.signatory {
                        ParticipantRole::Signatory
                    } else if hosting {
                        if n == 0 {
                            ParticipantRole::Host
                        } else {
                            ParticipantRole::Guest
                        }
                    } else {
                        ParticipantRole::Participant
                    };
                    event.add_participant(p, role);
                }
            }
            if event.participants.is_empty() && !is_gathering_place(kind) && !agentless {
                continue;
            }
            // Date: the sentence's own, else the narrative's.
            // The nearest date before the trigger, else the first after it in its own stretch
            // of the sentence (a date after the next trigger belongs to that one).
            // The dateline's date ("TOKYO, Dec. 16 Kyodo -") only when the sentence says none.
            // A date right after the trigger beats one farther before it ("since the summit in
            // Wuhan in April", "arrived on Thursday and held talks on Friday").
            let distance =
                |d: &DateMention| words_between(doc, (hit.start, hit.end), (d.start, d.end));
            let close_after = sentence_dates.iter().find(|d| {
                d.start >= hit.end
                    && d.start < dates_end
                    // (A visit's days may follow its destination: "to the Republic of Korea
                    // from December 4-6".)
                    && distance(d) <= if is_visit(kind) { 8 } else { 4 }
                    && !doc.text()[hit.end..d.start].contains([',', ';', '،', '；', '，', '、'])
            });
            let own = sentence_dates
                .iter()
                .rfind(|d| d.start < hit.start && !dateline(doc, cx, d))
                // ("held talks on December 5 as part of his state visit from December 4-6": a
                // visit's own days follow it.)
                // ("met Lee on Sunday night, and Trump held talks with Lee on Monday": nor one
                // in the clause before.)
                .filter(|b| {
                    close_after.is_none_or(|a| {
                        distance(b) <= distance(a)
                            && !is_visit(kind)
                            && !doc.text()[b.end..hit.start].contains([',', '،', '，'])
                    })
                })
                .or(close_after)
                .or_else(|| {
                    sentence_dates
                        .iter()
                        .find(|d| d.start >= hit.end && d.start < dates_end)
                })
                .or_else(|| sentence_dates.iter().rfind(|d| d.start < hit.start))
                .copied();
            let planned = event.status == EventStatus::Planned;
            let anchor = Anchor {
                published: cx.published,
                narrative: narrative.as_ref().and_then(|(d, _)| dates::day_of(d)),
            };
            // A summit named as the frame of the news ("on the sidelines of the G20 summit")
            // spans days: the day of the news is not its date.
            let framing = is_gathering_place(kind)
                && matches!(reference, Some(Cue::Sidelines | Cue::During))
                && own.is_none_or(|d| d.start < hit.start);
            let own = own.filter(|_| !framing);
            // "في أيلول المقبل", "يوم الخميس المقبل": a date said to be coming is the coming one.
            let coming = |d: &DateMention| {
                doc.lex_at(skip_spaces(doc.text(), d.end))
                    .is_some_and(|h| doc.has(h, Sense::Modal(Modality::Planned)))
            };
            let resolved = |d: &DateMention| dates::resolve(d.said, anchor, planned || coming(d));
            match own.and_then(|d| resolved(d).map(|v| (v, d))) {
                Some((value, mention)) => {
                    event.date = Some(value);
                    event.date_span = Some((mention.start, mention.end));
                }
                // A plan's day is not the day the article reports, nor is the day of what
                // happened "earlier": no date rather than a guess.
                None if !planned
                    && !framing
                    && !attended
                    && !doc
                        .lex_in(sentence.start, segment_end)
                        .any(|h| doc.has(h, Sense::Cue(Cue::Earlier)))
                    && own.is_none_or(|d| {
                        matches!(
                            d.said,
                            Said::Relative(super::lexicon::RelativeDay::ThisYear)
                        )
                    }) =>
                {
                    // "received upon his arrival", "لدى وصوله": the day of the event referred to.
                    let referred = referred_by(doc, &events, (hit.end, segment_end), Cue::During)
                        .and_then(|e| Some((e.date.clone()?, Some(e.date_span?))));
                    // "Накануне встречи", "on the eve of the talks": the day before them.
                    let eve = referred_by(doc, &events, (sentence.start, news_end), Cue::Eve)
                        .and_then(|e| dates::day_before(e.date.as_ref()?));
                    // "где накануне подписал": an eve that names no event is the day before
                    // the news.
                    let eve_alone = doc
                        .lex_in(clause_start.max(sentence.start), hit.start)
                        .any(|h| doc.has(h, Sense::Cue(Cue::Eve)))
                        && !doc.lex_in(sentence.start, news_end).any(|h| {
                            event_kind(doc, h).is_some() && reference_cue(doc, h) == Some(Cue::Eve)
                        });
                    let eve = eve.or_else(|| {
                        let (news, _) = narrative.as_ref().filter(|_| eve_alone)?;
                        dates::day_before(news)
                    });
                    if let Some(day) = eve {
                        event.date = Some(day);
                        event.date_span = None;
                    } else if let Some((value, span)) = referred.as_ref().or(narrative.as_ref()) {
                        event.date = Some(value.clone());
                        event.date_span = *span;
                    }
                }
                // "A banquet will be held this evening", "Вечером будет дан ужин": a plan for a
                // time of the day told is on that day.
                None if planned
                    && own.is_none()
                    && cx.times.iter().any(|t| {
                        t.start >= clause_start.min(sentence.start) && t.start < segment_end
                    }) =>
                {
                    if let Some((value, span)) = narrative.as_ref() {
                        event.date = Some(value.clone());
                        event.date_span = *span;
                    }
                }
                None => {}
            }
            // ("the eighth summit in Cyprus next year": a month or a year yet to come too.)
            if let (Some(date), Some(published)) = (event.date.as_ref(), cx.published) {
                if dates::after(date, published) && event.status == EventStatus::Happened {
                    event.status = EventStatus::Planned;
                }
            }
            if let (Some(day), Some(published)) =
                (event.date.as_ref().and_then(dates::day_of), cx.published)
            {
                // A day of its own sentence already past: "于16日抵达..., 并将出席峰会" — the
                // arrival happened (the "will" is the summit's), and the summit, planned right
                // where it is told, is not on that day.
                let own_day = event
                    .date_span
                    .is_some_and(|span| sentence_dates.iter().any(|d| (d.start, d.end) == span));
                if day < published && event.status == EventStatus::Planned && own_day {
                    if planned_here(doc, hit, clause_start) {
                        event.date = None;
                        event.date_span = None;
                    } else {
                        event.status = EventStatus::Happened;
                    }
                }
            }
            if !is_visit(kind) {
                event.time_of_day = cx
                    .times
                    .iter()
                    .rfind(|t| t.start >= clause_start.min(sentence.start) && t.start < hit.start)
                    .map(|t| t.tod);
            }
            event.place = place(doc, cx, hit, &event, (sentence.start, news_end));
            // "to hold the second GCC-ASEAN summit in Malaysia": the country it is held in hosts.
            if is_gathering_place(kind) {
                if let Some(country) = host_country(doc, cx.entities, hit, segment_end) {
                    event.add_participant(country, ParticipantRole::Host);
                }
            }
            event.ordinal = ordinal(doc, hit);
            event.parent = sentence_parent;
            // A visit is the background, not the actors of what follows.
            if event.persons(cx.entities).next().is_some() && !is_visit(kind) {
                last_actors = event.participants.clone();
            }
            // "Modi also met Kazakh President Nazarbayev and Uzbek President Mirziyoyev": one
            // leader meeting leaders of two other countries holds two meetings.
            // "held talks ..., their first meeting since": a noun for talks or a meeting with
            // the same people in the same sentence is the same event (not one "followed by"
            // it: "a one-on-one meeting, followed by delegation-level talks", "затем к
            // переговорам присоединились члены делегаций").
            let talk = |k: EventKind| matches!(k, EventKind::Talks | EventKind::Meeting);
            let ours: Vec<usize> = event.persons(cx.entities).collect();
            let followed = |e: &FoundEvent| {
                doc.lex_in(e.trigger.1, hit.start).any(|h| {
                    doc.has(h, Sense::Cue(Cue::Followed)) || doc.has(h, Sense::Cue(Cue::Then))
                })
            };
            let restated = (!entry.verb && talk(kind) && !ours.is_empty())
                .then(|| {
                    events.iter().rposition(|e| {
                        talk(e.kind)
                            && e.trigger.0 >= sentence.start
                            && ours.iter().all(|p| e.persons(cx.entities).any(|q| q == *p))
                            && !followed(e)
                    })
                })
                .flatten();
            if let Some(index) = restated {
                events[index].spans.push((hit.start, hit.end));
                previous = Some((index, hit));
                continue;
            }
            // "Lavrov and Kuleba later held separate press conferences": one each (but "held a
            // separate video meeting" is one more).
            let separate = doc.lex_in(clause_start, clause_end).any(|h| {
                doc.has(h, Sense::Cue(Cue::Separate)) && !doc.text()[..h.start].ends_with(" a ")
            });
            let people: Vec<usize> = event.persons(cx.entities).collect();
            // But "held separate meetings with A and B": the subject meets each of them.
            let with_at = doc
                .first_words(hit.end, 3)
                .into_iter()
                .find(|&(s, e)| is_with(&doc.text()[s..e]))
                .map(|(_, e)| e);
            let named_after =
                |p: usize, at: usize| cx.entities.in_span(at, clause_end).any(|o| o.entity == p);
            let met_each = with_at.and_then(|at| {
                let (objects, subjects): (Vec<usize>, Vec<usize>) =
                    people.iter().partition(|&&p| named_after(p, at));
                (subjects.len() == 1 && objects.len() >= 2).then(|| (subjects[0], objects))
            });
            // "استقبل X ... كلا على حدة A وB", "received A and B separately": the host receives
            // each of them.
            let hosted_each = (separate && entry.host)
                .then(|| {
                    let host = event
                        .participants
                        .iter()
                        .find(|p| p.1 == ParticipantRole::Host && people.contains(&p.0))?
                        .0;
                    let guests: Vec<usize> =
                        people.iter().copied().filter(|&p| p != host).collect();
                    (guests.len() >= 2).then_some((host, guests))
                })
                .flatten();
            // "李强、赵乐际分别会见米尔济约耶夫", "A and B separately met C": each of those named
            // before the verb meets the one named after it.
            let each_met = separate
                .then(|| {
                    let (after, before): (Vec<usize>, Vec<usize>) =
                        people.iter().partition(|&&p| named_after(p, hit.end));
                    (before.len() >= 2 && after.len() == 1).then(|| (after[0], before))
                })
                .flatten();
            if let Some((subject, objects)) =
                met_each.filter(|_| separate).or(hosted_each).or(each_met)
            {
                for &object in &objects[1..] {
                    let mut own = event.clone();
                    own.participants.retain(|p| p.0 == subject || p.0 == object);
                    merge_or_push(doc, &mut events, own, cx.entities);
                }
                event
                    .participants
                    .retain(|p| p.0 == subject || p.0 == objects[0]);
            } else if separate && people.len() >= 2 && !is_visit(kind) {
                for &person in &people[1..] {
                    let mut own = event.clone();
                    own.participants.retain(|p| p.0 == person);
                    merge_or_push(doc, &mut events, own, cx.entities);
                }
                event.participants.retain(|p| p.0 == people[0]);
            }
            // "visited Moscow and Kiev": one visit per country.
            let others = separate_meetings(doc, &mut event, hit, cx.entities)
                .into_iter()
                .chain(separate_visits(doc, &mut event, hit, cx.entities));
            for other in others.collect::<Vec<_>>() {
                merge_or_push(doc, &mut events, other, cx.entities);
            }
            let index = merge_or_push(doc, &mut events, event, cx.entities);
            previous = Some((index, hit));
            if matches!(reference, Some(Cue::During | Cue::Sidelines)) {
                sentence_parent = Some(index);
                for e in events
                    .iter_mut()
                    .filter(|e| e.trigger.0 >= sentence.start && e.trigger.0 < hit.start)
                {
                    e.parent.get_or_insert(index);
                }
            }
        }
        // Later sentences inherit the day of this sentence's news: the date a reported event
        // (not a visit, which spans days, nor a plan) took from this sentence; or, when the
        // sentence reports no event, the first day it states.
        let here: Vec<&FoundEvent> = events
            .iter()
            .filter(|e| e.trigger.0 >= sentence.start && e.trigger.0 < sentence.end)
            .collect();
        // (What a speaker recalls is not the news.)
        // (Nor is what a relative clause recalls: "X, who arrived on Wednesday, told ...".)
        // (Nor the reception of an arrival told in the pluperfect: "وكان الأمير قد وصل مساء أمس،
        // وكان في استقباله ...", background to the news.)
        let arrived_before = here.iter().any(|e| e.kind == EventKind::Arrival)
            && pluperfect(doc, sentence.start, sentence.end);
        let news_day = here
            .iter()
            .filter(|e| !is_visit(e.kind) && e.status != EventStatus::Planned)
            .filter(|e| !(arrived_before && e.kind == EventKind::WelcomeCeremony))
            .filter(|e| e.trigger.0 < speech_start && !in_relative_clause(doc, e.trigger.0))
            .find_map(|e| {
                let span = e.date_span?;
                let own = sentence_dates.iter().any(|d| (d.start, d.end) == span);
                let day = e.date.clone().filter(|v| dates::day_of(v).is_some())?;
                own.then_some((day, Some(span)))
            });
        if let Some(day) = news_day {
            narrative = Some(day);
        } else if here.is_empty()
            // "Саммит пройдет 31 августа": a day still to come is no news day.
            && !doc
                .lex_in(sentence.start, sentence.end)
                .any(|h| doc.has(h, Sense::Modal(Modality::Planned)))
        {
            // (But "اللقاء، الذي عقد اليوم", "the talks, which were held on Monday": a relative
            // clause on an event tells its day.)
            for d in sentence_dates
                .into_iter()
                .filter(|d| !in_relative_clause(doc, d.start) || on_event(doc, d.start))
            {
                let anchor = Anchor {
                    published: cx.published,
                    narrative: narrative.as_ref().and_then(|(d, _)| dates::day_of(d)),
                };
                // A day after publication ("until 28 May") is a plan's, not the news day.
                // Nor is a day long past ("since the war began on Feb. 24"): news is of the
                // week it is published in.
                let reported = |v: &DateValue| {
                    dates::day_of(v).is_some_and(|day| {
                        cx.published.is_none_or(|p| {
                            day <= p && day >= p.saturating_sub(time::Duration::days(7))
                        })
                    })
                };
                if let Some(value) = dates::resolve(d.said, anchor, false).filter(reported) {
                    narrative = Some((value, Some((d.start, d.end))));
                    break;
                }
            }
        }
    }
    attach_visits(&mut events, cx.entities);
    attach_airport_welcomes(doc, &mut events);
    attach_attendees(doc, cx, &mut events);
    attach_topics(doc, cx, &mut events);
    events
}

/// True when an Arabic sentence opens in the pluperfect, telling what had happened before its
/// news: "وكان الأمير قد وصل ...", "وكانت الوزيرة قد استقبلت".
fn pluperfect(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let mut words = doc.text()[start..end].split_whitespace().take(8);
    words.any(|w| matches!(w, "كان" | "وكان" | "كانت" | "وكانت"))
        && words.take(5).any(|w| w == "قد")
}

/// "He was greeted at Haneda Airport by ...": a welcome at an airport whose sentence names no
/// day is part of the arrival told before it, and takes its date.
fn attach_airport_welcomes(doc: &Doc<'_>, events: &mut [FoundEvent]) {
    for i in 0..events.len() {
        let event = &events[i];
        if event.kind != EventKind::WelcomeCeremony {
            continue;
        }
        let Some(sentence) = doc.sentence_at(event.trigger.0) else {
            continue;
        };
        // (A day of its own sentence stays; the narrative's gives way.)
        let own_day = event
            .date_span
            .is_some_and(|(start, _)| start >= sentence.start && start < sentence.end);
        if own_day {
            continue;
        }
        let at_airport = doc
            .lex_in(sentence.start, sentence.end)
            .any(|h| doc.has(h, Sense::Cue(Cue::Airport)));
        let arrival = events[..i]
            .iter()
            .rposition(|e| e.kind == EventKind::Arrival && e.date.is_some());
        if let Some(a) = arrival.filter(|_| at_airport) {
            let (date, span) = (events[a].date.clone(), events[a].date_span);
            events[i].date = date;
            events[i].date_span = span;
            events[i].parent.get_or_insert(a);
        }
    }
}

/// True when an anniversary is named within three words after a date ("هذا العام الذكرى").
fn anniversary_after(doc: &Doc<'_>, date: &DateMention) -> bool {
    doc.lex_in(date.end, doc.text().len())
        .take_while(|h| words_between(doc, (date.start, date.end), (h.start, h.end)) <= 3)
        .any(|h| doc.has(h, Sense::Anniversary))
}

/// The pair a hit names ("the two presidents", "президенты"). Russian matching drops endings, so
/// a Russian hit counts only in a plural form ("с президентом" is one president).
fn pair_of(doc: &Doc<'_>, hit: &LexHit) -> Option<Pair> {
    let pair = doc.senses(hit).find_map(|s| match s {
        Sense::Pair(p) => Some(p),
        _ => None,
    })?;
    // (Only Russian words decline: no lower-case copy of the others.)
    let surface = doc.source_text(hit.start, hit.end);
    if !surface.chars().any(|c| script_of(c) == Script::Cyrillic) {
        return Some(pair);
    }
    let surface = surface.to_lowercase();
    let mut words = surface.split_whitespace();
    let first = words.next().unwrap_or_default();
    let cyrillic = first.chars().any(|c| script_of(c) == Script::Cyrillic);
    // Singular endings of the oblique cases, or a lone word in the nominative singular (not a
    // genitive plural: "в присутствии президентов").
    let oblique = ["ом", "ем", "ой", "ёй", "у", "ю", "е"]
        .iter()
        .any(|e| first.ends_with(e));
    let genitive_plural = ["ов", "ев", "ёв"].iter().any(|e| first.ends_with(e));
    let nominative = words.next().is_none()
        && !genitive_plural
        && first
            .chars()
            .next_back()
            .is_some_and(|c| !"аеёиоуыэюяй".contains(c));
    (!cyrillic || !(oblique || nominative)).then_some(pair)
}

/// A reference to "the visit" names a state or official visit too, and one to "the meeting" a
/// meeting by video link.
fn same_family(a: EventKind, b: EventKind) -> bool {
    let visit = |k| {
        matches!(
            k,
            EventKind::StateVisit | EventKind::OfficialVisit | EventKind::Visit
        )
    };
    // "حضر الاجتماع" after a meeting held by video link.
    let meeting = |k| matches!(k, EventKind::Meeting | EventKind::VideoCall);
    a == b || (visit(a) && visit(b)) || (meeting(a) && meeting(b))
}

fn is_visit(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::StateVisit | EventKind::OfficialVisit | EventKind::Visit | EventKind::Arrival
    )
}

/// Lexicon hits of the `n` words before `hit` (within its sentence).
fn hits_before<'d>(
    doc: &'d Doc<'_>,
    hit: &LexHit,
    n: usize,
) -> impl Iterator<Item = &'d LexHit> + 'd {
    doc.lex_in(doc.words_back(hit.start, n), hit.start)
}

fn cue_before(doc: &Doc<'_>, hit: &LexHit, n: usize, wanted: impl Fn(Cue) -> bool) -> bool {
    hits_before(doc, hit, n).any(|h| {
        doc.senses(h)
            .any(|s| matches!(s, Sense::Cue(c) if wanted(c)))
    })
}

/// True when a person is named after "on behalf of" ("نيابة عن خادم الحرمين الشريفين الملك
/// سلمان"), with no one else between, or after greetings in the same clause: represented, not
/// there.
fn on_behalf(doc: &Doc<'_>, entities: &Entities, o: &Occurrence) -> bool {
    // "نقل تحيات X إلى Y", "conveyed X's greetings to Y": neither is there.
    let clause_start = doc.clause_at(o.start).0;
    if doc
        .lex_in(clause_start, o.start)
        .any(|h| doc.has(h, Sense::Cue(Cue::Greetings)))
    {
        return true;
    }
    // (Within the sentence: "... on behalf of their governments. Minister X" is not.)
    let sentence_start = doc.sentence_at(o.start).map_or(0, |s| s.start);
    doc.lex_in(o.start.saturating_sub(64).max(sentence_start), o.start)
        .filter(|h| doc.has(h, Sense::Cue(Cue::Behalf)))
        .last()
        .is_some_and(|h| {
            !entities.in_span(h.end, o.start).any(|x| {
                x.entity != o.entity && entities.kind(x.entity) == Some(EntityKind::Person)
            })
        })
}

/// True when a name stands in a source clause opened by a verb of speech ("Как сообщил
/// помощник президента Юрий Ушаков, ...", "as X said,", "كما قال X،"): the source, not an actor.
fn source_clause(doc: &Doc<'_>, o: &Occurrence) -> bool {
    let text = doc.text();
    let sentence_start = doc.sentence_at(o.start).map_or(0, |s| s.start);
    let Some(cue) = doc
        .lex_in(sentence_start, o.start)
        .filter(|h| doc.has(h, Sense::Cue(Cue::Speech)))
        .last()
    else {
        return false;
    };
    let opening = text[sentence_start..cue.start]
        .rsplit([',', '،'])
        .next()
        .unwrap_or_default()
        .trim();
    let opens = matches!(
        opening,
        "" | "как" | "as" | "كما" | "وكما" | "حسبما" | "وحسبما" | "according to"
    ) || opening.ends_with(" как")
        || opening.ends_with(" as");
    let closed = text[o.end..].trim_start().starts_with([',', '،']);
    opens && closed && !text[cue.end..o.start].contains([',', '،'])
}

/// True when a verb of speech follows a name ending at `end` ("..., Peskov told reporters"): the
/// person is the source of the report, not a participant.
/// Not when the comma closes a relative clause the name is in ("X, who met Ban Ki-moon, told").
fn speaker(doc: &Doc<'_>, end: usize) -> bool {
    let text = doc.text();
    let sentence_start = doc.sentence_at(end).map_or(0, |s| s.start);
    let before = text.get(sentence_start..end).unwrap_or_default();
    let relative = before.rfind([',', '،']).is_some_and(|comma| {
        let rest = before[comma..].trim_start_matches([',', '،', ' ']);
        rest.split(' ')
            .next()
            .is_some_and(|w| rest.len() > w.len() && relative_pronoun(w))
    });
    !relative
        && doc.lex_in(end, end + 24).next().is_some_and(|h| {
            doc.has(h, Sense::Cue(Cue::Speech))
                && doc
                    .text()
                    .get(end..h.start)
                    .is_some_and(|gap| gap.chars().all(|c| matches!(c, ' ' | ',' | '،')))
        })
}

/// True when a person is the subject of a verb of speech ("Lavrov said", "أوضح لافروف", "قال
/// الوزير X إن"): the one who tells of an event.
fn reports(doc: &Doc<'_>, o: &Occurrence) -> bool {
    let next_word = doc.text()[o.end..].split_whitespace().next().unwrap_or("");
    speaker(doc, o.end)
        || doc.cue_just_before(o.start, Cue::Speech)
        || super::doc::is_complementizer(next_word)
}

/// Where the clause of the trigger, or of a light verb right before it ("held talks"), opens
/// with "and" ("and held talks", "وأجرى مباحثات", "и провёл", "并出席"): a predicate that may share
/// the subject of the verb before it. The position is that of the verb after the conjunction.
fn joined_verb(doc: &Doc<'_>, hit: &LexHit) -> Option<usize> {
    // (Or a Chinese "并见证": "并共同见证了…49份合作文件的签署".)
    let clause_start = doc.clause_at(hit.start).0;
    let witness_joined = doc
        .lex_in(clause_start, hit.start)
        .find(|h| doc.has(h, Sense::Cue(Cue::Witness)))
        .filter(|h| doc.text()[..h.start].ends_with('并'));
    if let Some(witness) = witness_joined {
        return Some(witness.start);
    }
    let at = hits_before(doc, hit, 3)
        .find(|h| doc.has(h, Sense::Cue(Cue::Light)) || doc.has(h, Sense::Cue(Cue::Passive)))
        .map_or(hit.start, |h| h.start);
    let before = doc.text()[..at].trim_end_matches(' ');
    let spaced = before.len() < at;
    let word_start = |rest: &str| rest.is_empty() || rest.ends_with([' ', ',', '،']);
    let joined = if let Some(rest) = before.strip_suffix('و') {
        // Arabic "و", glued ("وأجرى") or apart.
        word_start(rest)
    } else if spaced {
        ["and", "и"]
            .iter()
            .any(|c| before.strip_suffix(c).is_some_and(word_start))
    } else {
        before.ends_with('并')
    };
    joined.then_some(at)
}

/// The first lexicon hit after the trigger, in its clause and before `limit`, that is `wanted`.
fn next_in_clause<'d>(
    doc: &'d Doc<'_>,
    hit: &LexHit,
    limit: usize,
    wanted: impl Fn(&LexHit) -> bool,
) -> Option<&'d LexHit> {
    let (_, clause_end) = doc.clause_at(hit.end);
    doc.lex_in(hit.end, clause_end.min(limit))
        .find(|h| wanted(h))
}

/// True when the first document word after the trigger in its clause names a text that is
/// adopted rather than ratified: a declaration, a resolution, a plan or a joint statement.
fn approves_text(doc: &Doc<'_>, hit: &LexHit, limit: usize) -> bool {
    let agreement = |h: &LexHit| {
        doc.senses(h).find_map(|s| match s {
            Sense::Agreement(k) => Some(k),
            _ => None,
        })
    };
    next_in_clause(doc, hit, limit, |h| agreement(h).is_some())
        .and_then(agreement)
        .is_some_and(|k| {
            matches!(
                k,
                AgreementKind::Declaration
                    | AgreementKind::Resolution
                    | AgreementKind::Plan
                    | AgreementKind::JointStatement
            )
        })
}

/// "مأدبة غداء على شرف الضيف", "a dinner for the guest": the guest of the visit under way; "في
/// مقدمة مستقبلي ضيفيه", "a lunch for his guests" at a summit: the leaders its host receives there.
fn add_visitors(
    doc: &Doc<'_>,
    event: &mut FoundEvent,
    earlier: &[FoundEvent],
    entities: &Entities,
    clause: (usize, usize),
) {
    let visitor = doc
        .lex_in(clause.0, clause.1)
        .any(|h| doc.has(h, Sense::Cue(Cue::Visitor)));
    if !visitor || event.has_person_guest(entities) {
        return;
    }
    let hosts: Vec<usize> = event.persons(entities).collect();
    for guest in visit_guests(earlier, entities, &hosts) {
        event.add_participant(guest, ParticipantRole::Guest);
    }
}

/// The guests of the last visit under way, or, when `hosts` receive them at a gathering, the
/// others who take part in it.
fn visit_guests(earlier: &[FoundEvent], entities: &Entities, hosts: &[usize]) -> Vec<usize> {
    earlier
        .iter()
        .rev()
        .filter(|e| e.status != EventStatus::Planned)
        .find_map(|e| {
            let guests: Vec<usize> = if is_visit(e.kind) {
                e.guests().collect()
            } else if is_gathering_place(e.kind) && !hosts.is_empty() {
                e.persons(entities).filter(|p| !hosts.contains(p)).collect()
            } else {
                Vec::new()
            };
            (!guests.is_empty()).then_some(guests)
        })
        .unwrap_or_default()
}

/// True when the guest of the visit under way is named by a word ("جرت لضيف البلاد مراسم
/// استقبال", "the guest arrived") between the start of the sentence and `hit`, with no one
/// named between that word and `hit`.
fn visitor_told_before(doc: &Doc<'_>, entities: &Entities, hit: &LexHit, from: usize) -> bool {
    doc.lex_in(from, hit.start)
        .filter(|h| doc.has(h, Sense::Cue(Cue::Visitor)))
        .last()
        .is_some_and(|cue| {
            !entities
                .in_span(cue.end, hit.start)
                .any(|o| entities.kind(o.entity) == Some(EntityKind::Person))
        })
}

/// "وكان في استقباله في المطار X وY": the people after "in his reception" receive the one the
/// sentence told before (who arrived, or its subject); "في استقبال الملك لدى وصوله X": the first
/// person after "in the reception of" is the guest, the others receive him.
fn receive(
    doc: &Doc<'_>,
    entities: &Entities,
    event: &mut FoundEvent,
    earlier: &[FoundEvent],
    hit: &LexHit,
    end: usize,
) {
    let trigger = &doc.text()[hit.start..hit.end];
    let Some(rest) = trigger.split("استقبال").nth(1) else {
        return;
    };
    let is_person = |o: &&Occurrence| entities.kind(o.entity) == Some(EntityKind::Person);
    let mut after = entities
        .in_span(hit.end, end)
        .filter(is_person)
        .map(|o| o.entity);
    let guests: Vec<usize> = if rest.is_empty() {
        after.next().into_iter().collect()
    } else {
        let sentence_start = doc.sentence_at(hit.start).map_or(0, |s| s.start);
        let arrived = earlier
            .iter()
            .rev()
            .take_while(|e| e.trigger.0 >= sentence_start)
            .find(|e| is_visit(e.kind) && e.has_person_guest(entities))
            .map(|e| e.guests().collect());
        arrived.unwrap_or_else(|| {
            entities
                .in_span(sentence_start, hit.start)
                .filter(is_person)
                .map(|o| o.entity)
                .take(1)
                .collect()
        })
    };
    let hosts: Vec<usize> = after.filter(|p| !guests.contains(p)).collect();
    if guests.is_empty() || hosts.is_empty() {
        return;
    }
    // (Institutions and attendees stay; the people who receive and are received are these.)
    event.participants.retain(|p| {
        let kept =
            entities.kind(p.0) != Some(EntityKind::Person) || p.1 == ParticipantRole::Attendee;
        kept && !guests.contains(&p.0) && !hosts.contains(&p.0)
    });
    for host in hosts {
        event.add_participant(host, ParticipantRole::Host);
    }
    for guest in guests {
        event.add_participant(guest, ParticipantRole::Guest);
    }
}

/// The person named right before the spouse word that introduces `spouse` ("X and his wife Y",
/// "X وحرمه السيدة Y", "X和夫人Y").
fn spouse_of(doc: &Doc<'_>, entities: &Entities, spouse: &Occurrence) -> Option<usize> {
    let cue = doc
        .lex_in(spouse.start.saturating_sub(64), spouse.start)
        .filter(|h| doc.has(h, Sense::Cue(Cue::Spouse)))
        .last()?;
    // (Only honorifics between the spouse word and the name.)
    let between = doc.text()[cue.end..spouse.start].split_whitespace().count();
    let honorifics = doc
        .lex_in(cue.end, spouse.start)
        .filter(|h| doc.has(h, Sense::Cue(Cue::Honorific)))
        .count();
    if between > honorifics {
        return None;
    }
    let sentence_start = doc.sentence_at(cue.start).map_or(0, |s| s.start);
    entities
        .in_span(sentence_start, cue.start)
        .filter(|o| entities.kind(o.entity) == Some(EntityKind::Person))
        .last()
        .filter(|o| cue.start - o.end <= " and ".len())
        .map(|o| o.entity)
}

/// True when a Russian "принял" receives someone ("зимбабвийского лидера принял премьер-министр
/// Сергей Румас"): two people in its clause and no document adopted.
fn receives_visitor(doc: &Doc<'_>, entities: &Entities, hit: &LexHit) -> bool {
    if !doc.text()[hit.start..].starts_with(|c| script_of(c) == Script::Cyrillic) {
        return false;
    }
    let (start, end) = doc.clause_at(hit.start);
    let document = doc
        .lex_in(start, end)
        .any(|h| doc.senses(h).any(|s| matches!(s, Sense::Agreement(_))));
    let mut people: Vec<usize> = entities
        .in_span(start, end)
        .filter(|o| entities.kind(o.entity) == Some(EntityKind::Person))
        .map(|o| o.entity)
        .collect();
    people.dedup();
    !document && people.len() >= 2
}

/// The person a Chinese modifier with the trigger describes ("来华进行国事访问并出席峰会的普京"):
/// the name right after the "的" that closes the trigger's clause, with no one named between.
fn modified_person(doc: &Doc<'_>, entities: &Entities, hit: &LexHit) -> Option<Occurrence> {
    let text = doc.text();
    if !text[hit.start..].starts_with(|c| script_of(c) == Script::Cjk) {
        return None;
    }
    let (_, clause_end) = doc.clause_at(hit.end);
    let de = hit.end + text[hit.end..clause_end.max(hit.end)].find('的')?;
    let at = de + '的'.len_utf8();
    let is_person = |o: &Occurrence| entities.kind(o.entity) == Some(EntityKind::Person);
    if entities.in_span(hit.end, de).any(is_person) {
        return None;
    }
    entities
        .in_span(at, clause_end)
        .next()
        .filter(|o| o.start == at && is_person(o))
        .copied()
}

/// True when the act is told in the passive: an auxiliary right before the trigger ("was
/// received"), or the agent marked after it ("استقبل ... من قبل").
/// True when `at` lies in a relative clause: its clause opens with a relative pronoun ("who",
/// "which", "الذي", "который").
fn in_relative_clause(doc: &Doc<'_>, at: usize) -> bool {
    let (start, _) = doc.clause_at(at);
    doc.first_words(start, 1)
        .first()
        .is_some_and(|&(s, e)| relative_pronoun(&doc.text()[s..e]))
}

/// True when the relative clause around `at` qualifies an event noun right before it
/// ("اللقاء، الذي عقد اليوم").
fn on_event(doc: &Doc<'_>, at: usize) -> bool {
    let (start, _) = doc.clause_at(at);
    let before = doc.text()[..start].trim_end_matches([' ', ',', '،']);
    doc.lex_before(before.len())
        .is_some_and(|h| h.end == before.len() && event_kind(doc, h).is_some())
}

/// True for a word that opens a relative clause: "who", "which", "الذي", "который".
fn relative_pronoun(word: &str) -> bool {
    matches!(word, "who" | "which" | "الذي" | "التي" | "اللذان" | "الذين")
        || word.starts_with("котор")
}

/// True when the people of the act witnessed it: "شهد الرئيسان التوقيع", "witnessed the signing";
/// "в присутствии президентов было подписано", "were signed in the presence of" (a passive act).
fn witnessed(doc: &Doc<'_>, hit: &LexHit, clause: (usize, usize)) -> bool {
    cue_before(doc, hit, 3, |c| c == Cue::Witness)
        || witness_governs(doc, hit)
        || (passive(doc, hit, clause.1)
            && doc
                .lex_in(clause.0, clause.1)
                .any(|h| doc.has(h, Sense::Cue(Cue::Witness))))
}

/// True when "also" stands by an act ("كما وقع", "ووقع الجانبان كذلك", "also signed"): one more
/// act of its kind.
fn told_also(doc: &Doc<'_>, trigger: (usize, usize)) -> bool {
    let from = doc.words_back(trigger.0, 1);
    let to = doc
        .first_words(trigger.1, 3)
        .last()
        .map_or(trigger.1, |w| w.1);
    doc.lex_in(from, to)
        .any(|h| doc.has(h, Sense::Cue(Cue::Also)))
}

/// True when the act is the object of a witness verb earlier in its sentence, with only names,
/// titles and dates between: "شهد خادم الحرمين الشريفين الملك سلمان والرئيس المصري، اليوم،
/// توقيع ...", where the witnesses stand between the verb and the act.
fn witness_governs(doc: &Doc<'_>, hit: &LexHit) -> bool {
    let sentence_start = doc.sentence_at(hit.start).map_or(0, |s| s.start);
    doc.lex_in(sentence_start, hit.start)
        .filter(|h| {
            doc.senses(h).any(|s| match s {
                Sense::Event(_) | Sense::Modal(_) => true,
                // Words of names, titles, places, days and counts do not end the witnesses
                // ("共同见证了多项合作文件的签署").
                Sense::Cue(c) => !matches!(
                    c,
                    Cue::Several
                        | Cue::Approximate
                        | Cue::Day
                        | Cue::Year
                        | Cue::MonthPart
                        | Cue::Honorific
                        | Cue::Leader
                        | Cue::Pronoun
                        | Cue::Portfolio
                        | Cue::Institution
                        | Cue::Locative
                        | Cue::Stop
                ),
                _ => false,
            })
        })
        .last()
        .is_some_and(|h| doc.has(h, Sense::Cue(Cue::Witness)))
}

/// The part of the actors of a trigger: witnesses of what is witnessed, signatories of a
/// signing verb, else participants.
fn act_role(doc: &Doc<'_>, hit: &LexHit, clause: (usize, usize)) -> ParticipantRole {
    if witnessed(doc, hit, clause) {
        ParticipantRole::Witness
    } else if doc.entries(hit).any(|e| e.signatory) {
        ParticipantRole::Signatory
    } else {
        ParticipantRole::Participant
    }
}

fn passive(doc: &Doc<'_>, hit: &LexHit, clause_end: usize) -> bool {
    let arabic = doc.text()[hit.start..].starts_with(|c: char| script_of(c) == Script::Arabic);
    // The auxiliary may stand a few words before ("جرى في ختام المباحثات التوقيع"), but not
    // before another verb.
    let mut auxiliary = false;
    for h in hits_before(doc, hit, 5) {
        if doc.has(h, Sense::Cue(Cue::Passive)) {
            auxiliary = true;
        } else if doc.entries(h).any(|e| e.verb) {
            auxiliary = false;
        }
    }
    auxiliary
        || arabic
            && doc
                .lex_in(hit.end, clause_end)
                .any(|h| doc.has(h, Sense::Cue(Cue::Agent)))
}

/// True when a date belongs to the lead's dateline: the agency or a dash follows it ("تونس في
/// 25 فبراير /قنا/", "QINGDAO, Jun 9 (PTI)", "6月17日电").
fn dateline(doc: &Doc<'_>, cx: &Context<'_>, date: &DateMention) -> bool {
    if doc
        .lead()
        .is_none_or(|lead| date.start < lead.start || date.end > lead.end)
    {
        return false;
    }
    let next = skip_spaces(doc.text(), date.end);
    doc.text()[next..].starts_with(['(', '/', '-', '–', '—', '电'])
        || cx
            .entities
            .in_span(next, next + 1)
            .any(|o| cx.entities.kind(o.entity) == Some(EntityKind::Organization))
}

/// Splits a visit to several countries or capitals named one after another right after its
/// trigger ("visited Moscow and Kiev", "جولة تشمل مصر والأردن") into one visit per country:
/// `event` keeps the first, the others are returned.
fn separate_visits(
    doc: &Doc<'_>,
    event: &mut FoundEvent,
    hit: &LexHit,
    entities: &Entities,
) -> Vec<FoundEvent> {
    if !is_visit(event.kind) || event.kind == EventKind::Arrival {
        return Vec::new();
    }
    let text = doc.text();
    let sentence_end = doc.sentence_at(hit.start).map_or(text.len(), |s| s.end);
    let mut at = skip_spaces(text, hit.end);
    if let Some(cue) = doc
        .lex_at(at)
        .filter(|h| doc.has(h, Sense::Cue(Cue::Destination)))
    {
        at = cue.end;
    }
    let mut hosts: Vec<usize> = Vec::new();
    for o in entities.in_span(at, sentence_end) {
        let gap = text[at..o.start].trim();
        let joined = if hosts.is_empty() {
            gap.is_empty()
        } else {
            matches!(
                gap,
                "and" | "," | "، و" | "، " | "،" | "و" | "и" | "和" | "、" | ", and"
            )
        };
        let country = match entities.kind(o.entity) {
            Some(EntityKind::Country) if !o.demonym => Some(o.entity),
            Some(EntityKind::Place) => entities.capital_country(o.entity),
            _ => None,
        };
        let Some(country) = country.filter(|_| joined) else {
            break;
        };
        if !hosts.contains(&country) {
            hosts.push(country);
        }
        at = o.end;
    }
    let [first, rest @ ..] = hosts.as_slice() else {
        return Vec::new();
    };
    if rest.is_empty() {
        return Vec::new();
    }
    event.participants.retain(|p| p.1 != ParticipantRole::Host);
    let others = rest
        .iter()
        .map(|&host| {
            let mut other = event.clone();
            other.add_participant(host, ParticipantRole::Host);
            other
        })
        .collect();
    event.add_participant(*first, ParticipantRole::Host);
    others
}

/// Splits a meeting of one subject with leaders of several other countries into one meeting per
/// leader: `event` keeps the first, the others are returned.
fn separate_meetings(
    doc: &Doc<'_>,
    event: &mut FoundEvent,
    hit: &LexHit,
    entities: &Entities,
) -> Vec<FoundEvent> {
    if !matches!(event.kind, EventKind::Meeting | EventKind::Talks) {
        return Vec::new();
    }
    let persons: Vec<usize> = event.persons(entities).collect();
    let [subject, objects @ ..] = persons.as_slice() else {
        return Vec::new();
    };
    let subject_before = entities
        .occurrences
        .iter()
        .any(|o| o.entity == *subject && o.end <= hit.start);
    let countries: Vec<Option<usize>> = persons.iter().map(|&p| entities.country_of(p)).collect();
    let distinct = countries.iter().all(Option::is_some)
        && countries
            .iter()
            .enumerate()
            .all(|(i, c)| !countries[..i].contains(c));
    // The others named after the verb, in this sentence.
    let sentence = doc
        .sentence_at(hit.start)
        .map_or((0, 0), |s| (s.start, s.end));
    let after = |p: usize| entities.in_span(hit.end, sentence.1).any(|o| o.entity == p);
    // "a trilateral meeting", "قمة ثلاثية": one meeting of all.
    let joint = doc
        .lex_in(sentence.0, sentence.1)
        .any(|h| doc.has(h, Sense::Cue(Cue::Joint)));
    if objects.len() < 2
        || !subject_before
        || !distinct
        || joint
        || !objects.iter().all(|&o| after(o))
    {
        return Vec::new();
    }
    let others: Vec<FoundEvent> = objects[1..]
        .iter()
        .map(|&o| {
            let mut other = event.clone();
            other.participants.retain(|p| p.0 == *subject || p.0 == o);
            other
        })
        .collect();
    event
        .participants
        .retain(|p| p.0 == *subject || p.0 == objects[0]);
    others
}

/// The kind of event a lexicon hit names, if it names one.
fn event_kind(doc: &Doc<'_>, hit: &LexHit) -> Option<EventKind> {
    doc.senses(hit).find_map(|s| match s {
        Sense::Event(k) => Some(k),
        _ => None,
    })
}

/// The event already told that a noun after `cue` in `[from, to)` refers to ("لدى وصوله",
/// "накануне встречи").
fn referred_by<'e>(
    doc: &Doc<'_>,
    events: &'e [FoundEvent],
    (from, to): (usize, usize),
    cue: Cue,
) -> Option<&'e FoundEvent> {
    // (The event word first: only it can be referred to, and the cue test walks back.)
    doc.lex_in(from, to)
        .filter_map(|h| Some((h, event_kind(doc, h)?)))
        .filter(|(h, _)| reference_cue(doc, h) == Some(cue))
        .find_map(|(_, kind)| events.iter().rfind(|e| same_family(e.kind, kind)))
}

/// The organisations of a summit or conference the sentence names ("في ختام القمة").
fn gathering_body(
    doc: &Doc<'_>,
    entities: &Entities,
    events: &[FoundEvent],
    sentence: (usize, usize),
) -> Vec<usize> {
    let Some(gathering) = doc.lex_in(sentence.0, sentence.1).find_map(|h| {
        let kind = event_kind(doc, h).filter(|&k| is_gathering_place(k))?;
        events.iter().rfind(|e| e.kind == kind)
    }) else {
        return Vec::new();
    };
    gathering
        .participants
        .iter()
        .map(|p| p.0)
        .filter(|&p| entities.kind(p) == Some(EntityKind::Organization))
        .collect()
}

/// True when an occurrence is the agency or place of the dateline ("INTERFAX.RU -", "/قنا/",
/// "(PTI)", "UNITED NATIONS:"): where the report comes from, never an actor in it.
fn in_dateline(doc: &Doc<'_>, o: &Occurrence) -> bool {
    let Some(lead) = doc.lead() else {
        return false;
    };
    let text = doc.text();
    let near = |at: usize, len: usize| {
        text.get(at..(at + len).min(text.len()))
            .is_some_and(|t| t.contains(['/', '(', ')', '-', '–', '—']))
    };
    // ("UNITED NATIONS: The UN General Assembly ...": a place and a colon open the lead.)
    let colon = o.start == lead.start && text[o.end..].starts_with(':');
    colon
        || (o.start >= lead.start
            && o.start < lead.start + 120
            && (near(o.end, 6) || near(o.start.saturating_sub(2), 2)))
}

/// "X, who arrived on Wednesday and met Ban, told ...": the person a relative clause right
/// before the trigger describes, and where the clause starts (English only).
fn relative_clause_before(
    doc: &Doc<'_>,
    entities: &Entities,
    hit: &LexHit,
    sentence_start: usize,
) -> Option<(Occurrence, usize)> {
    let text = doc.text();
    let before = text[sentence_start..hit.start].trim_end();
    if !before.ends_with(',') {
        return None;
    }
    let opening = [", who ", ", whose "]
        .iter()
        .filter_map(|w| before[..before.len() - 1].rfind(w))
        .max()?;
    let at = sentence_start + opening;
    entities
        .in_span(sentence_start, at)
        .last()
        .filter(|o| o.end == at && entities.kind(o.entity) == Some(EntityKind::Person))
        .map(|o| (*o, at))
}

/// A visit or a session told as its subject's own: a possessive right before it ("his state
/// visit", "своего визита") or an Arabic pronoun suffix on the noun ("زيارته", "دورتها").
fn possessed(doc: &Doc<'_>, hit: &LexHit) -> bool {
    let first_word = doc.text()[hit.start..hit.end]
        .split(' ')
        .next()
        .unwrap_or("");
    doc.cue_just_before(hit.start, Cue::Possessive)
        || ["ته", "تها"].iter().any(|s| first_word.ends_with(s))
}

/// How many words stand between two spans ("القمة العربية الـ33 لجامعة": two).
fn words_between(doc: &Doc<'_>, a: (usize, usize), b: (usize, usize)) -> usize {
    let (from, to) = if a.1 <= b.0 { (a.1, b.0) } else { (b.1, a.0) };
    if from >= to {
        return 0;
    }
    let gap = &doc.text()[from..to];
    // (Most gaps: one pass over the bytes.)
    if let Some(words) = crate::text::word_count_without_cjk(gap) {
        return words;
    }
    // Chinese has no spaces: about two characters a word.
    if gap.chars().any(|c| script_of(c) == Script::Cjk) {
        return gap.chars().count().div_ceil(2);
    }
    crate::text::word_count(gap)
}

/// The person who acts in an event: a visit's guest, a reception's host, else its first person.
fn subject_of(event: &FoundEvent, entities: &Entities) -> Option<usize> {
    let wanted = if is_visit(event.kind) {
        Some(ParticipantRole::Guest)
    } else {
        event
            .participants
            .iter()
            .find(|p| p.1 == ParticipantRole::Host)
            .map(|_| ParticipantRole::Host)
    };
    event
        .participants
        .iter()
        .filter(|p| entities.kind(p.0) == Some(EntityKind::Person))
        .find(|p| wanted.is_none_or(|w| p.1 == w))
        .map(|p| p.0)
}

/// True when an Arabic arrival verb's subject, right after or right before it, is a definite
/// noun that names no person or title: "وصلت العلاقات إلى مستوى", "إن العلاقات وصلت" (relations
/// reached a level), not "وصل الرئيس".
fn thing_arrives(doc: &Doc<'_>, entities: &Entities, hit: &LexHit) -> bool {
    let text = doc.text();
    let thing = |(s, e): (usize, usize)| {
        text[s..e].starts_with("ال")
            && entities.in_span(s, e).next().is_none()
            && entities.covering(s).is_none()
            && doc.lex_covering(s).next().is_none()
            && doc.lex_in(s, e).next().is_none()
    };
    let after = doc.first_words(hit.end, 1).first().copied();
    let trimmed = text[..hit.start].trim_end_matches(' ');
    let before = (trimmed.rfind(' ').map_or(0, |i| i + 1), trimmed.len());
    after.is_some_and(|w| doc.adjacent(hit.end, w.0) && thing(w))
        || (before.1 > before.0 && doc.adjacent(before.1, hit.start) && thing(before))
}

/// True when the trigger is definite: the Arabic article is on it ("للزيارة") or on the noun
/// it is construct with ("بتبني القرار"), or an English
/// definite or demonstrative determiner ends right before it ("the visit", "this summit").
fn definite(doc: &Doc<'_>, hit: &LexHit) -> bool {
    let at = hit.start;
    // (An Arabic noun before a definite noun is definite too: "بتبني القرار", "زيارة الرئيس".)
    let construct = || {
        doc.first_words(hit.end, 1)
            .first()
            .is_some_and(|&(s, _)| doc.adjacent(hit.end, s) && doc.text()[s..].starts_with("ال"))
    };
    if hit.article || construct() {
        return true;
    }
    let before = doc.text()[..at].trim_end_matches(' ');
    ["the", "this", "that"].iter().any(|d| {
        before
            .strip_suffix(d)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
    }) && before.len() < at // a space between the determiner and the noun
}

fn modal_before(doc: &Doc<'_>, hit: &LexHit, n: usize) -> Option<Modality> {
    hits_before(doc, hit, n)
        .filter_map(|h| {
            doc.senses(h).find_map(|s| match s {
                Sense::Modal(m) => Some(m),
                _ => None,
            })
        })
        .last()
}

/// A reference cue right before the trigger ("after the", "خلال", "на полях"), or a Chinese
/// post-position right after it ("会谈后").
fn reference_cue(doc: &Doc<'_>, hit: &LexHit) -> Option<Cue> {
    let is_reference = |s: Sense| match s {
        Sense::Cue(c @ (Cue::After | Cue::Before | Cue::Eve | Cue::During | Cue::Sidelines)) => {
            Some(c)
        }
        _ => None,
    };
    // A cue refers to a noun ("after the talks"), not to a verb ("during which they sign").
    if doc.entries(hit).all(|e| e.verb) && hit.preposition.is_none() {
        return None;
    }
    // The cue may stand a name away ("on the sidelines of the Group of 20 summit"), but not
    // across another event.
    let mut before = None;
    for h in hits_before(doc, hit, 8) {
        if let Some(cue) = doc.senses(h).find_map(is_reference) {
            before = Some(cue);
        } else if doc.senses(h).any(|s| matches!(s, Sense::Event(_))) {
            before = None;
        }
    }
    if before.is_some() {
        return before;
    }
    let after = doc
        .lex_in(hit.end, doc.text().len())
        .next()
        .filter(|h| h.start == hit.end);
    after
        .filter(|h| doc.entries(h).any(|e| e.post))
        .and_then(|h| doc.senses(h).find_map(is_reference))
}

/// An earlier event the sentence refers to elsewhere ("... after the talks", "خلال اللقاء").
fn sentence_reference(
    doc: &Doc<'_>,
    events: &[FoundEvent],
    sentence: (usize, usize),
    hit: &LexHit,
) -> Option<usize> {
    for h in doc.lex_in(sentence.0, sentence.1) {
        if h.start == hit.start {
            continue;
        }
        let Some(kind) = event_kind(doc, h) else {
            continue;
        };
        if reference_cue(doc, h).is_some() {
            if let Some(i) = events
                .iter()
                .rposition(|e| same_family(e.kind, kind) && e.spans.iter().any(|s| s.0 < h.start))
            {
                return Some(i);
            }
        }
    }
    None
}

/// Planned, ongoing or happened, from modality cues in the clause and the trigger itself.
/// True when the trigger itself, or a modal before it in its clause, says the event is planned
/// ("will attend", "将出席", "سيزور").
fn planned_here(doc: &Doc<'_>, hit: &LexHit, clause_start: usize) -> bool {
    doc.has(hit, Sense::Modal(Modality::Planned))
        || doc
            .lex_in(clause_start, hit.start)
            .any(|h| doc.has(h, Sense::Modal(Modality::Planned)))
}

fn status(doc: &Doc<'_>, hit: &LexHit, clause_start: usize, clause_end: usize) -> EventStatus {
    let own = doc.senses(hit).find_map(|s| match s {
        Sense::Modal(m) => Some(m),
        _ => None,
    });
    let near_before = modal_before(doc, hit, 4);
    // ("signed an agreement Monday that will allow ...": the modal of a relative clause after
    // the trigger is the clause's.)
    let relative_between = |at: usize| {
        doc.words_from(hit.end, at).iter().any(|&(s, e)| {
            let word = &doc.text()[s..e];
            word == "that" || relative_pronoun(word)
        })
    };
    let after = doc
        .lex_in(hit.end, clause_end)
        .take(3)
        .filter(|h| !relative_between(h.start))
        .filter_map(|h| {
            doc.senses(h).find_map(|s| match s {
                Sense::Modal(Modality::Planned) => Some(Modality::Planned),
                _ => None,
            })
        })
        .next();
    let in_clause_before = doc
        .lex_in(clause_start, hit.start)
        .filter_map(|h| {
            doc.senses(h).find_map(|s| match s {
                Sense::Modal(m @ Modality::Planned) => Some(m),
                _ => None,
            })
        })
        .last();
    match own.or(near_before).or(after).or(in_clause_before) {
        Some(Modality::Planned) => EventStatus::Planned,
        Some(Modality::Ongoing) => EventStatus::Ongoing,
        _ => EventStatus::Happened,
    }
}

/// Who took part, and as what.
fn participants(
    doc: &Doc<'_>,
    cx: &Context<'_>,
    event: &mut FoundEvent,
    hit: &LexHit,
    clause: (usize, usize),
    sentence: (usize, usize),
    earlier: &[FoundEvent],
) {
    let entities = cx.entities;
    // In a speech the speaker takes part; elsewhere "..., Peskov told reporters" is a source.
    let speaks = matches!(
        event.kind,
        EventKind::Speech | EventKind::Briefing | EventKind::PressConference
    );
    // ("At a news conference, Trump said Pompeo would meet ...": who is named in what the
    // speaker said is not at his press conference.)
    let said_from = doc
        .sentence_at(hit.start)
        .and_then(|s| s.speech_from)
        .filter(|&at| speaks && at > hit.end);
    // People after "attended by" / "كل من" are attendees, not actors.
    let list_start = |span: (usize, usize)| {
        doc.lex_in(span.0, span.1)
            .find(|h| doc.has(h, Sense::Cue(Cue::Attend)) || doc.has(h, Sense::Cue(Cue::List)))
            .map_or(span.1, |h| h.start)
    };
    let actors = |span: (usize, usize)| -> Vec<Occurrence> {
        let end = if list_start(span) > hit.end {
            list_start(span)
        } else {
            span.1
        };
        entities
            .in_span(span.0, end)
            .filter(|o| entities.kind(o.entity) == Some(EntityKind::Person))
            .filter(|o| o.start < hit.end || speaks || !speaker(doc, o.end))
            .filter(|o| said_from.is_none_or(|at| o.start < at))
            .filter(|o| speaks || !source_clause(doc, o))
            .filter(|o| !on_behalf(doc, entities, o))
            .copied()
            .collect()
    };
    // "met on the sidelines of the G20 summit": the people meet; the summit is the body's.
    let around = is_gathering_place(event.kind)
        && matches!(reference_cue(doc, hit), Some(Cue::Sidelines | Cue::During));
    let mut persons = if around { Vec::new() } else { actors(clause) };
    // "arrived in Kazan to attend the summit at the invitation of Putin": the sentence's subject
    // attends too, not only those the clause names after the gathering.
    if is_gathering_place(event.kind)
        && !around
        && cue_before(doc, hit, 6, |c| c == Cue::Attend)
        && persons.first().is_some_and(|o| o.start >= hit.end)
    {
        if let Some(subject) = actors(sentence).into_iter().find(|o| o.end <= hit.start) {
            persons.insert(0, subject);
        }
    }
    // The pair nearest the trigger is its subject ("استمع الرئيسان إلى إحاطات رؤساء الجانبين"),
    // unless a verb of speech after the trigger puts it in what was said ("at a press
    // conference, Anwar said the leaders had agreed").
    let said_before = |at: usize| {
        doc.lex_in(hit.end, at)
            .any(|h| doc.has(h, Sense::Cue(Cue::Speech)))
    };
    let mut pair: Option<(Pair, usize)> = None;
    for h in doc.lex_in(clause.0, clause.1) {
        if let Some(p) = pair_of(doc, h).filter(|_| h.start < hit.end || !said_before(h.start)) {
            let distance = h.start.abs_diff(hit.start);
            if pair.is_none_or(|(_, at)| distance < at.abs_diff(hit.start)) {
                pair = Some((p, h.start));
            }
        }
    }
    let kind = event.kind;
    // "ترأس الملك والرئيس ... حفل التوقيع": who presides over the act before it chairs it.
    let chaired = doc
        .lex_in(clause.0, hit.start)
        .any(|h| doc.has(h, Sense::Cue(Cue::Chair)));
    let default_role = act_role(doc, hit, clause);
    // "was signed by A and B in the presence of C": the agents sign, the others witness.
    let witness_cue = doc
        .lex_in(hit.end, clause.1)
        .find(|h| doc.has(h, Sense::Cue(Cue::Witness)))
        .map(|h| h.start);
    let signed_by = witness_cue
        .filter(|_| default_role == ParticipantRole::Witness)
        .filter(|_| doc.entries(hit).any(|e| e.signatory))
        .filter(|&cue| {
            doc.lex_in(hit.end, cue)
                .any(|h| doc.has(h, Sense::Cue(Cue::Agent)))
        });
    // "A and B signed ... in the presence of C", "in the presence of the two heads of state":
    // those after the cue witness the act their signers did.
    let witnessed_from = witness_cue.filter(|_| default_role == ParticipantRole::Signatory);
    let after_witness = |at: usize| witnessed_from.is_some_and(|cue| at > cue);
    if is_visit(kind) {
        // "لدى وصوله" after "جرت لضيف البلاد مراسم استقبال": the guest of the visit under way
        // arrives, not whoever receives him.
        if kind == EventKind::Arrival && visitor_told_before(doc, entities, hit, sentence.0) {
            let guests = visit_guests(earlier, entities, &[]);
            if !guests.is_empty() {
                for guest in guests {
                    event.add_participant(guest, ParticipantRole::Guest);
                }
                return;
            }
        }
        if persons.is_empty() {
            persons = actors(sentence);
        }
        // Who invited ("应托卡耶夫邀请", "at the invitation of X", "Modi's invitation") hosts;
        // the guest is another.
        let is_person = |o: &&Occurrence| entities.kind(o.entity) == Some(EntityKind::Person);
        let invited_by = doc
            .lex_in(sentence.0, sentence.1)
            .find(|h| doc.has(h, Sense::Cue(Cue::Host)))
            .and_then(|cue| entities.in_span(cue.end, sentence.1).find(is_person))
            .or_else(|| {
                let at = sentence.0 + doc.text()[sentence.0..sentence.1].find("'s invitation")?;
                entities
                    .in_span(sentence.0, at)
                    .filter(is_person)
                    .last()
                    .filter(|o| o.end == at)
            })
            .map(|o| o.entity);
        persons.retain(|o| Some(o.entity) != invited_by);
        if persons.is_empty() {
            persons = actors(sentence)
                .into_iter()
                .filter(|o| Some(o.entity) != invited_by)
                .collect();
        }
        // "X held talks with Y as part of his state visit", "في إطار زيارته": the subject's
        // visit, unless the sentence has him receive someone ("استقبل X Y خلال زيارته": Y's).
        let received = doc
            .lex_in(sentence.0, hit.start)
            .any(|h| doc.entries(h).any(|e| e.host));
        let subject = (possessed(doc, hit) && !received)
            .then(|| {
                entities
                    .in_span(sentence.0, hit.start)
                    .filter(is_person)
                    .find(|o| !in_dateline(doc, o))
            })
            .flatten();
        // The guest: the person nearest before the trigger, else right after it ("Putin's visit").
        let guest = subject.or_else(|| {
            persons
                .iter()
                .rfind(|o| o.end <= hit.start)
                .or_else(|| persons.iter().find(|o| o.start >= hit.end))
        });
        // "Vučić invited Aliyev to pay a state visit to Serbia", "ووجه السيسي الدعوة للرئيس جيله
        // لزيارة مصر": who made the invitation, named before the guest, hosts the visit to come.
        let invitation = doc
            .lex_in(clause.0, hit.start)
            .filter(|h| doc.has(h, Sense::Cue(Cue::Invite)))
            .find(|h| {
                !doc.lex_covering(h.start)
                    .any(|c| doc.has(c, Sense::Cue(Cue::Host)))
            });
        let inviter = guest
            .filter(|_| event.status == EventStatus::Planned && invitation.is_some())
            .and_then(|g| {
                persons
                    .iter()
                    .rfind(|o| o.end <= g.start && o.entity != g.entity)
            })
            .map(|o| o.entity);
        if let Some(g) = guest {
            // "Macron and his wife Brigitte Macron arrived": the spouse comes with the person
            // named before the spouse word.
            if let Some(partner) = spouse_of(doc, entities, g) {
                event.add_participant(partner, ParticipantRole::Guest);
            }
            event.add_participant(g.entity, ParticipantRole::Guest);
        }
        // The country visited, or the country of the capital visited; an arrival has no host.
        // The destination may come before the visit: "arrived in Moscow on a working visit".
        let host = (kind != EventKind::Arrival)
            .then(|| {
                destination(doc, entities, hit.end, clause.1, false)
                    .or_else(|| destination(doc, entities, sentence.0, hit.start, true))
                    .and_then(|d| match entities.kind(d) {
                        Some(EntityKind::Country) => Some(d),
                        _ => entities.capital_country(d),
                    })
                    // "إلى مدينة سوتشي الروسية", "to the Russian city of Sochi": the nationality
                    // of a place the gazetteer does not know.
                    .or_else(|| {
                        destination_nationality(doc, entities, hit.end, clause.1).or_else(|| {
                            destination_nationality(doc, entities, sentence.0, hit.start)
                        })
                    })
                    .or_else(|| {
                        // "يزور ... العاصمة اللبنانية بيروت", "will visit China": the country
                        // after the verb.
                        // A country named outright beats an adjective, which may be the
                        // guest's own ("يزور الرئيس الروسي ... السعودية").
                        doc.entries(hit).any(|e| e.verb).then(|| {
                            let countries = || {
                                entities.in_span(hit.end, clause.1).filter(|o| {
                                    entities.kind(o.entity) == Some(EntityKind::Country)
                                })
                            };
                            countries()
                                .find(|o| !o.demonym)
                                .or_else(|| countries().next())
                                .map(|o| o.entity)
                        })?
                    })
            })
            .flatten();
        // "غادر المنامة بعد زيارة", "left Manama after a visit": the one foreign country or
        // capital the sentence names.
        let guest_country = event.guests().find_map(|p| entities.country_of(p));
        let host = host.or_else(|| {
            (kind != EventKind::Arrival)
                .then(|| {
                    let mut hosts = entities.in_span(sentence.0, sentence.1).filter_map(|o| {
                        match entities.kind(o.entity) {
                            Some(EntityKind::Country) if !o.demonym => Some(o.entity),
                            Some(EntityKind::Place) => entities.capital_country(o.entity),
                            _ => None,
                        }
                        .filter(|&c| Some(c) != guest_country)
                    });
                    let first = hosts.next()?;
                    hosts.all(|c| c == first).then_some(first)
                })
                .flatten()
        });
        if let Some(host) = host {
            event.add_participant(host, ParticipantRole::Host);
        }
        // "at the invitation of Prime Minister Modi", "تلبية لدعوة من ...": the person who hosts
        // the visit (not the arrival).
        if let Some(inviter) = invited_by
            .filter(|_| kind != EventKind::Arrival)
            .or(inviter)
        {
            event.add_participant(inviter, ParticipantRole::Host);
        }
        return;
    }
    // (People from outside the clause leave its subject to be named too: "Saudi Arabia and
    // Malaysia signed a memorandum, which was signed by A and B".)
    let outside_clause = persons.is_empty() && pair.is_none() && !around;
    let subject_too = outside_clause && !is_gathering_place(kind);
    if outside_clause {
        persons = actors(sentence);
    }
    let received = (doc.entries(hit).any(|e| e.host) || kind == EventKind::WelcomeCeremony)
        && passive(doc, hit, clause.1);
    // "Путин, нанесший государственный визит в Саудовскую Аравию, провел переговоры с королем":
    // a verb whose clause names no one before it acts with the sentence's subject, set off
    // before an inserted clause.
    if !received
        && !speaks
        && clause.0 > sentence.0
        && doc.entries(hit).any(|e| e.verb)
        && !persons.is_empty()
        && persons.iter().all(|o| o.start >= hit.end)
    {
        let subject = actors(sentence).into_iter().next().filter(|o| {
            o.end <= clause.0 && !in_relative_clause(doc, o.start) && !in_dateline(doc, o)
        });
        if let Some(subject) = subject {
            persons.insert(0, subject);
        }
    }
    // "X, who arrived on Thursday, was received by Y": the subject before a relative clause.
    if received && persons.iter().all(|o| o.start >= hit.end) {
        let subject = actors(sentence)
            .into_iter()
            .rfind(|o| o.end <= clause.0 && !in_relative_clause(doc, o.start));
        if let Some(subject) = subject {
            persons.insert(0, subject);
        }
    }
    if received && !persons.is_empty() {
        // "X was received by Y", "استقبل X من قبل Y": who comes after hosts, who before is
        // the guest.
        for o in &persons {
            let role = if o.start >= hit.end {
                ParticipantRole::Host
            } else {
                ParticipantRole::Guest
            };
            event.add_participant(o.entity, role);
        }
        return;
    }
    if doc.entries(hit).any(|e| e.host) && !persons.is_empty() {
        // "استقبل X Y", "X received Y": the first named hosts, the others are guests.
        let host = persons
            .iter()
            .rfind(|o| o.end <= hit.start)
            .or_else(|| persons.first())
            .map(|o| o.entity);
        for o in &persons {
            let role = if Some(o.entity) == host {
                ParticipantRole::Host
            } else {
                ParticipantRole::Guest
            };
            event.add_participant(o.entity, role);
        }
        add_visitors(doc, event, earlier, entities, clause);
        return;
    }
    let hosting = matches!(kind, EventKind::WelcomeCeremony | EventKind::Banquet);
    // ("جرت لضيف البلاد مراسم استقبال رسمية، حيث كان الملك في مقدمة مستقبليه": the guest is told
    // before the ceremony, so the people named after it receive him.)
    let guest_told = hosting && visitor_told_before(doc, entities, hit, sentence.0);
    // "a welcome ceremony hosted by the prime minister", "مأدبة أقامها": the host comes after.
    let hosted_by = doc
        .lex_in(hit.end, clause.1)
        .find(|h| doc.has(h, Sense::Cue(Cue::HostedBy)))
        .map(|h| h.end)
        .filter(|_| hosting);
    for o in &persons {
        let role = if let Some(cue_end) = hosted_by {
            if o.start >= cue_end {
                ParticipantRole::Host
            } else {
                ParticipantRole::Guest
            }
        } else if hosting {
            let guest_cue = doc
                .lex_in(hit.end, o.start)
                .any(|h| doc.has(h, Sense::Cue(Cue::Guest)));
            // "托卡耶夫为习近平举行欢迎仪式": "for" the person before the trigger.
            let guest_before = o.end <= hit.start && doc.cue_just_before(o.start, Cue::Guest);
            if (o.start > hit.end && (o.preposition == Some('ل') || guest_cue)) || guest_before {
                ParticipantRole::Guest
            } else if o.end <= hit.start || guest_told {
                ParticipantRole::Host
            } else {
                ParticipantRole::Guest
            }
        } else if chaired && o.end <= hit.start {
            ParticipantRole::Chair
        } else if signed_by.is_some_and(|cue| o.start > hit.end && o.start < cue) {
            ParticipantRole::Signatory
        } else if after_witness(o.start) {
            ParticipantRole::Witness
        } else {
            default_role
        };
        event.add_participant(o.entity, role);
    }
    if hosting {
        add_visitors(doc, event, earlier, entities, clause);
    }
    if let Some((p, at)) = pair {
        let role = if after_witness(at) {
            ParticipantRole::Witness
        } else {
            default_role
        };
        for m in pair_members(p, event, earlier, entities, hit.start) {
            event.add_participant(m, role);
        }
    }
    // "Azerbaijan and Serbia signed ... in the presence of the heads of state": the witnesses
    // leave the subject to be named.
    let only_witnessed = witnessed_from.is_some()
        && !event.participants.is_empty()
        && event
            .participants
            .iter()
            .all(|&(_, r)| r == ParticipantRole::Witness);
    if (event.participants.is_empty() || subject_too || only_witnessed) && !around {
        // Countries or organisations as actors ("وقعت الصين وروسيا", "The Security Council
        // adopted"), not as adjectives or places: the subject before the trigger when there is
        // one, else the one after it (verb-first Arabic).
        let actor = |o: &&Occurrence| {
            let institution = matches!(
                entities.kind(o.entity),
                Some(EntityKind::Country | EntityKind::Organization)
            );
            let placed = doc.lex_in(o.start.saturating_sub(12), o.start).any(|h| {
                doc.has(h, Sense::Cue(Cue::Locative)) || doc.has(h, Sense::Cue(Cue::Destination))
            }) || o.preposition.is_some();
            institution && !o.demonym && !placed && !in_dateline(doc, o)
        };
        // (Not the names in the title of what was done before: "签署《中华人民共和国和哈萨克斯坦
        // 共和国…联合声明》，并见证签署".)
        let before: Vec<usize> = entities
            .in_span(clause.0, hit.start)
            .filter(actor)
            .filter(|o| !doc.in_quote(o.start))
            .map(|o| o.entity)
            .collect();
        let chosen: Vec<usize> =
            if before.is_empty() && (event.participants.is_empty() || only_witnessed) {
                // The subject right after a verb-first trigger, with those joined to it by "and"
                // ("وقعت الصين وروسيا"), not institutions named later in the clause ("بعثة الأمم
                // المتحدة").
                let (_, comma) = doc.clause_at(hit.end);
                let after: Vec<&Occurrence> = entities
                    .in_span(hit.end, comma.min(clause.1))
                    .filter(actor)
                    .collect();
                let mut subject: Vec<usize> = Vec::new();
                let mut last_end = None;
                for o in after {
                    let joined = last_end.is_none_or(|end: usize| {
                        matches!(
                            doc.text().get(end..o.start).map(str::trim),
                            Some("و" | "and" | "," | "،" | "и" | "和" | "")
                        )
                    });
                    if !joined {
                        break;
                    }
                    subject.push(o.entity);
                    last_end = Some(o.end);
                }
                subject
            } else {
                before
            };
        // "تستضيف العاصمة العراقية بغداد القمة": a capital before a gathering stands for its
        // country, the host.
        let chosen = if chosen.is_empty() && is_gathering_place(kind) {
            entities
                .in_span(clause.0, hit.start)
                .filter(|o| !o.demonym && o.preposition.is_none())
                .find_map(|o| entities.capital_country(o.entity))
                .into_iter()
                .collect()
        } else {
            chosen
        };
        if !(doc.entries(hit).any(|e| e.host)) {
            for entity in chosen {
                event.add_participant(entity, default_role);
            }
        }
    }
    // "الاجتماع الوزاري لمجلس التعاون", "meeting of the Security Council", "заседание СМИД
    // ШОС": a body right after a meeting noun meets.
    if kind == EventKind::Meeting && !doc.entries(hit).any(|e| e.verb) {
        let is_body = |o: &&Occurrence| {
            entities.kind(o.entity) == Some(EntityKind::Organization)
                && !o.demonym
                && !in_dateline(doc, o)
        };
        let named_after = entities.in_span(hit.end, clause.1).next().filter(|o| {
            let gap = doc.text()[hit.end..o.start].trim();
            is_body(o)
                && words_between(doc, (hit.start, hit.end), (o.start, o.end)) <= 2
                && !gap.split_whitespace().any(is_with)
                && matches!(o.preposition, None | Some('ل'))
        });
        // "عقد دورتها المقبلة", "دورته العادية": the session of the body named before.
        let body = named_after.or_else(|| {
            possessed(doc, hit)
                .then(|| {
                    entities
                        .in_span(sentence.0, hit.start)
                        .filter(is_body)
                        .last()
                })
                .flatten()
        });
        if let Some(body) = body {
            // "وأوضح لافروف أن الاجتماع المقبل للجنة ...", "Lavrov said the next session of the
            // commission": who reports a body's meeting is not at it.
            let reporters: Vec<usize> = persons
                .iter()
                .filter(|o| o.end <= hit.start && reports(doc, o))
                .map(|o| o.entity)
                .collect();
            event.participants.retain(|(e, _)| !reporters.contains(e));
            event.add_participant(body.entity, ParticipantRole::Participant);
            // "... لدول الخليج العربية مع الولايات المتحدة": and the one it meets with.
            let partner = entities.in_span(body.end, clause.1).find(|o| {
                matches!(
                    entities.kind(o.entity),
                    Some(EntityKind::Country | EntityKind::Organization)
                ) && !o.demonym
                    && words_between(doc, (body.start, body.end), (o.start, o.end)) <= 3
                    && doc.text()[body.end..o.start]
                        .split_whitespace()
                        .any(is_with)
            });
            if let Some(partner) = partner {
                event.add_participant(partner.entity, ParticipantRole::Participant);
            }
        }
    }
    // "The Council heard a briefing by X", "تقدم إحاطة إلى مجلس الأمن", "briefed the Security
    // Council": the body briefed takes part.
    if kind == EventKind::Briefing {
        for o in entities.in_span(clause.0, clause.1) {
            if entities.kind(o.entity) == Some(EntityKind::Organization)
                && !o.demonym
                && !in_dateline(doc, o)
            {
                event.add_participant(o.entity, ParticipantRole::Participant);
            }
        }
    }
    if is_gathering_place(kind) {
        // "BRICS summit", "قمة بريكس", "القمة الرابعة عشرة لقادة دول مجموعة العشرين": the
        // organisation meets (an ordinal between counts for nothing), and so does a body joined
        // to it ("the summit between the GCC and ASEAN").
        let mut joined_to: Option<usize> = None;
        for o in entities.in_span(clause.0, clause.1) {
            let joined = joined_to.is_some_and(|end| {
                matches!(
                    doc.text().get(end..o.start).map(str::trim),
                    Some("and" | "and the" | "و" | "и" | "和" | "与" | "同")
                )
            });
            joined_to = None;
            if joined && entities.kind(o.entity) == Some(EntityKind::Organization) && !o.demonym {
                event.add_participant(o.entity, ParticipantRole::Participant);
                continue;
            }
            let (from, to) = if o.start >= hit.end {
                (hit.end, o.start)
            } else {
                (o.end, hit.start)
            };
            let ordinals: usize = doc
                .lex_in(from, to)
                .filter(|h| doc.senses(h).any(|s| matches!(s, Sense::Ordinal(_))))
                .map(|h| doc.text()[h.start..h.end].split_whitespace().count())
                .sum();
            if entities.kind(o.entity) == Some(EntityKind::Organization)
                && !in_dateline(doc, o)
                && words_between(doc, (hit.start, hit.end), (o.start, o.end)) <= 3 + ordinals
            {
                event.add_participant(o.entity, ParticipantRole::Participant);
                joined_to = Some(o.end);
            }
        }
    }
}

/// The preposition "with" ("مع", "с"): whom a meeting is with follows it.
fn is_with(word: &str) -> bool {
    matches!(word, "with" | "مع" | "с" | "со")
}

/// Whom a pair cue before `at` stands for: the two principals of the events told so far
/// ("the two leaders"), every leader ("the leaders"), or for "both sides" their countries (nobody
/// more when `event` already has two people).
fn pair_members(
    pair: Pair,
    event: &FoundEvent,
    earlier: &[FoundEvent],
    entities: &Entities,
    at: usize,
) -> Vec<usize> {
    let principals = principals(earlier, entities, at);
    match pair {
        Pair::Persons => principals,
        Pair::Leaders => all_leaders(earlier, entities).unwrap_or(principals),
        Pair::Sides if event.persons(entities).count() >= 2 => Vec::new(),
        // "عقد الجانبان جلسة مباحثات": the sides that hold talks are the people who met (but
        // the sides that agree to meet again are their states).
        Pair::Sides
            if matches!(event.kind, EventKind::Talks | EventKind::Meeting)
                && event.status != EventStatus::Planned =>
        {
            principals
        }
        Pair::Sides => {
            let countries: Vec<usize> = principals
                .iter()
                .filter_map(|&p| entities.country_of(p))
                .collect();
            if countries.len() == principals.len() && !countries.is_empty() {
                countries
            } else {
                principals
            }
        }
    }
}

/// Every leader who has taken part in an event told so far ("وأصدر القادة", "the three leaders
/// then met ..."); `None` when fewer than two.
fn all_leaders(events: &[FoundEvent], entities: &Entities) -> Option<Vec<usize>> {
    let mut leaders: Vec<usize> = Vec::new();
    // (Who is already listed, by entity: a test per participant instead of a walk of the list.)
    let mut listed: Vec<bool> = Vec::new();
    for e in events.iter().filter(|e| e.status != EventStatus::Planned) {
        for &(p, r) in &e.participants {
            if r != ParticipantRole::Attendee && entities.is_head(p) {
                if listed.len() <= p {
                    listed.resize(p + 1, false);
                }
                if !listed[p] {
                    listed[p] = true;
                    leaders.push(p);
                }
            }
        }
    }
    (leaders.len() >= 2).then_some(leaders)
}

/// The two people of the latest event with two or more people told before `before`: who "the
/// two presidents" are.
pub(super) fn principals(events: &[FoundEvent], entities: &Entities, before: usize) -> Vec<usize> {
    let head = |p: usize| entities.is_head(p);
    let told = || events.iter().filter(|e| e.trigger.0 < before).rev();
    let people = |e: &FoundEvent| e.actors(entities).collect::<Vec<_>>();
    // The leaders of the latest event two leaders took part in (not the ministers who signed
    // after them), else the people of the latest event with two; an event of exactly two
    // before one of more (the talks of two presidents at a summit of many).
    let heads = |e: &FoundEvent| {
        people(e)
            .into_iter()
            .filter(|&p| head(p))
            .collect::<Vec<_>>()
    };
    told()
        .map(heads)
        .find(|p| p.len() == 2)
        .or_else(|| told().map(people).find(|p| p.len() == 2))
        .or_else(|| told().map(heads).find(|p| p.len() >= 2))
        .or_else(|| told().map(people).find(|p| p.len() >= 2))
        .or_else(|| {
            let mut people: Vec<usize> = entities.roles.iter().map(|r| r.person).collect();
            people.dedup();
            (people.len() >= 2).then(|| people[..2].to_vec())
        })
        .unwrap_or_default()
}

/// The first country or place after a destination cue ("إلى الصين", "to China") in
/// `[from, limit)`; with `locative`, also after a place preposition ("arrived in Cairo").
fn destination(
    doc: &Doc<'_>,
    entities: &Entities,
    from: usize,
    limit: usize,
    locative: bool,
) -> Option<usize> {
    entities
        .in_span(from, limit)
        .find(|o| {
            !o.demonym
                && matches!(
                    entities.kind(o.entity),
                    Some(EntityKind::Country | EntityKind::Place)
                )
                && ((locative && o.preposition == Some('ب'))
                    || doc.lex_in(o.start.saturating_sub(12), o.start).any(|h| {
                        doc.has(h, Sense::Cue(Cue::Destination))
                            || (locative && doc.has(h, Sense::Cue(Cue::Locative)))
                    }))
        })
        .map(|o| o.entity)
}

/// The country of a destination named by its nationality ("إلى مدينة سوتشي الروسية", "to the
/// Russian city of Sochi"): a demonym within a few words after a destination cue.
fn destination_nationality(
    doc: &Doc<'_>,
    entities: &Entities,
    from: usize,
    limit: usize,
) -> Option<usize> {
    let cue = doc
        .lex_in(from, limit)
        .find(|h| doc.has(h, Sense::Cue(Cue::Destination)))?;
    let words = doc.words_from(cue.end, limit);
    let reach = words.get(3).map_or(limit, |&(_, e)| e);
    entities
        .in_span(cue.end, reach)
        .find(|o| o.demonym && entities.kind(o.entity) == Some(EntityKind::Country))
        .map(|o| o.entity)
}

/// The place: a venue or place after a place preposition, nearest after the trigger; for visits,
/// the destination.
fn place(
    doc: &Doc<'_>,
    cx: &Context<'_>,
    hit: &LexHit,
    event: &FoundEvent,
    sentence: (usize, usize),
) -> Option<usize> {
    let entities = cx.entities;
    if is_visit(event.kind) {
        return destination(
            doc,
            entities,
            hit.end,
            sentence.1,
            event.kind == EventKind::Arrival,
        );
    }
    let located = |o: &&Occurrence| {
        entities.kind(o.entity) == Some(EntityKind::Place) && !o.demonym && after_locative(doc, o)
    };
    // After the trigger, up to the next event trigger of the sentence (a visit after it is
    // background: "X, who is on a visit to China, held talks in Y").
    let next_trigger = doc
        .lex_in(hit.end, sentence.1)
        .find(|h| {
            doc.senses(h)
                .any(|s| matches!(s, Sense::Event(k) if !is_visit(k)))
        })
        .map_or(sentence.1, |h| h.start);
    entities
        .in_span(hit.end, next_trigger)
        .find(located)
        .or_else(|| {
            entities
                .in_span(sentence.0, hit.start)
                .filter(located)
                .last()
        })
        .map(|o| o.entity)
}

/// True when a locative word ("in", "في") stands right before `o`, or "ب" is glued to it.
fn after_locative(doc: &Doc<'_>, o: &Occurrence) -> bool {
    o.preposition == Some('ب')
        || doc
            .lex_in(o.start.saturating_sub(16), o.start)
            .any(|h| doc.has(h, Sense::Cue(Cue::Locative)) && doc.adjacent(h.end, o.start))
}

/// The country a gathering is held in, named right after it ("the summit in Malaysia in 2025",
/// "القمة في السعودية"): the first entity after the trigger, a country after a locative word.
fn host_country(doc: &Doc<'_>, entities: &Entities, hit: &LexHit, end: usize) -> Option<usize> {
    let o = entities.in_span(hit.end, end).next()?;
    (entities.kind(o.entity) == Some(EntityKind::Country)
        && !o.demonym
        && after_locative(doc, o)
        && words_between(doc, (hit.start, hit.end), (o.start, o.end)) <= 2)
        .then_some(o.entity)
}

/// "the 16th summit", "القمة الـ33", "第十六次峰会".
fn ordinal(doc: &Doc<'_>, hit: &LexHit) -> Option<u32> {
    // An Arabic ordinal follows its noun: one before it is another noun's ("في الجلسة الأولى
    // للقمة"). After the noun, one adjective may come between ("القمة العربية الـ33").
    let arabic = doc.text()[hit.start..].starts_with(|c: char| script_of(c) == Script::Arabic);
    let before = if arabic { 0 } else { 2 };
    let near = |n: &super::doc::Number| {
        (!arabic && n.end <= hit.start && hit.start - n.end <= 24)
            || (n.start >= hit.end
                && (n.start - hit.end <= 2
                    || words_between(doc, (hit.start, hit.end), (n.start, n.end)) <= 1))
    };
    doc.numbers_near(hit.start.saturating_sub(24), hit.end + 32)
        .find(|n| n.ordinal && near(n))
        .map(|n| n.value)
        .or_else(|| {
            hits_before(doc, hit, before)
                .chain(
                    doc.lex_in(hit.end, (hit.end + 64).min(doc.text().len()))
                        .take(2)
                        .filter(|h| {
                            words_between(doc, (hit.start, hit.end), (h.start, h.end)) <= 1
                        }),
                )
                .find_map(|h| doc.ordinal_of(h).map(|(n, _)| n))
        })
}

/// Adds `event` to `events`, or merges it into an earlier mention of the same event: same kind,
/// the same people (or a subset), compatible dates and the same parts.
fn merge_or_push(
    doc: &Doc<'_>,
    events: &mut Vec<FoundEvent>,
    event: FoundEvent,
    entities: &Entities,
) -> usize {
    let people: Vec<usize> = event.persons(entities).collect();
    let sentence = doc
        .sentence_at(event.trigger.0)
        .map_or((0, 0), |s| (s.start, s.end));
    let told_in_sentence = |e: &FoundEvent| {
        e.spans
            .iter()
            .any(|&(start, _)| start >= sentence.0 && start < sentence.1)
    };
    // "signed a memorandum, which was signed by A and B in the presence of C": an act a relative
    // clause tells again in its sentence with the same people, whatever part each had.
    let restates = |e: &FoundEvent| {
        let theirs: Vec<usize> = e.persons(entities).collect();
        e.kind == event.kind
            && in_relative_clause(doc, event.trigger.0)
            && !people.is_empty()
            && people.iter().all(|p| theirs.contains(p))
            && theirs.iter().all(|p| people.contains(p))
            && told_in_sentence(e)
    };
    // "In the presence of the two prime ministers, five documents were signed. A and B signed the
    // defence memorandum": who signed one of the documents whose signing was witnessed just
    // before.
    let only = |x: &FoundEvent, role: ParticipantRole| {
        let mut people = x
            .participants
            .iter()
            .filter(|p| entities.kind(p.0) == Some(EntityKind::Person));
        people.clone().next().is_some() && people.all(|p| p.1 == role)
    };
    let signs_what_was_witnessed = |e: &FoundEvent| {
        let just_before = doc.sentences.partition_point(|s| s.end <= e.trigger.0) + 1
            >= doc.sentences.partition_point(|s| s.end <= event.trigger.0);
        e.kind == EventKind::Signing
            && event.kind == EventKind::Signing
            && just_before
            && !told_also(doc, event.trigger)
            && only(e, ParticipantRole::Witness)
            && only(&event, ParticipantRole::Signatory)
    };
    // The host countries of a visit.
    let hosts = |x: &FoundEvent| {
        x.participants
            .iter()
            .filter(|p| {
                p.1 == ParticipantRole::Host && entities.kind(p.0) == Some(EntityKind::Country)
            })
            .map(|p| p.0)
            .collect::<Vec<_>>()
    };
    // (The parts people have: a country beside its signatory only takes part.)
    let parts = |x: &FoundEvent| {
        let people = x
            .participants
            .iter()
            .filter(|p| entities.kind(p.0) == Some(EntityKind::Person));
        let all = if people.clone().next().is_some() {
            people.map(|p| p.1).collect()
        } else {
            x.participants.iter().map(|p| p.1).collect()
        };
        let mut r: Vec<ParticipantRole> = all;
        r.sort_by_key(|r| *r as u8);
        r.dedup();
        r
    };
    // (The event's own hosts and parts, once rather than for each earlier event, and only
    // when one is compared.)
    let our_hosts = OnceCell::new();
    let our_parts = OnceCell::new();
    // A visit to countries none of which this one goes to.
    let elsewhere = |e: &FoundEvent| {
        let ours = our_hosts.get_or_init(|| hosts(&event));
        let theirs = hosts(e);
        !ours.is_empty() && !theirs.is_empty() && !theirs.iter().any(|h| ours.contains(h))
    };
    let same = events.iter().rposition(|e| {
        if e.kind != event.kind || e.status != event.status {
            return false;
        }
        let dates_fit = match (&e.date, &event.date) {
            (Some(a), Some(b)) => a.value == b.value,
            _ => true,
        };
        // (Every way to be the same event needs dates that fit.)
        if !dates_fit {
            return false;
        }
        // A summit or conference is one event per article date, whoever is named at it (but
        // two named in one sentence are two: "talks at the SCO summit, their first since the
        // summit in Wuhan").
        if is_gathering_place(e.kind)
            && e.ordinal
                .is_none_or(|o| event.ordinal.is_none_or(|n| n == o))
            && !told_in_sentence(e)
        {
            return true;
        }
        // Visits to two countries are two visits.
        if is_visit(e.kind) && elsewhere(e) {
            return false;
        }
        // "Resolution 2728 ... was adopted": an act with no one named is the one told before.
        if event.participants.is_empty() && !is_gathering_place(e.kind) {
            return true;
        }
        // (Two people who met, then met a third, held two meetings.)
        let mut theirs = e.persons(entities);
        let overlap = if people.is_empty() || theirs.clone().next().is_none() {
            e.participants
                .iter()
                .any(|p| event.participants.contains(p))
        } else {
            people.iter().all(|p| theirs.clone().any(|q| q == *p))
                || (theirs.clone().count() < 2 && theirs.all(|p| people.contains(&p)))
        };
        overlap && (parts(e) == *our_parts.get_or_init(|| parts(&event)) || restates(e))
            || signs_what_was_witnessed(e)
    });
    match same {
        Some(i) => {
            let restated = restates(&events[i]);
            let target = &mut events[i];
            target.spans.extend(event.spans);
            for (p, r) in event.participants {
                // (The restatement tells who did what: "in the presence of C" makes C a witness.)
                match target.participants.iter_mut().find(|q| q.0 == p) {
                    Some(q) if restated => q.1 = r,
                    _ => target.add_participant(p, r),
                }
            }
            // A stated date beats a missing or resolved one.
            let stated =
                |d: &Option<DateValue>| d.as_ref().is_some_and(|d| d.source == DateSource::Stated);
            if event.date.is_some()
                && (target.date.is_none() || (!stated(&target.date) && stated(&event.date)))
            {
                target.date = event.date;
                target.date_span = event.date_span;
            }
            target.time_of_day = target.time_of_day.or(event.time_of_day);
            target.place = target.place.or(event.place);
            target.parent = target.parent.or(event.parent);
            target.ordinal = target.ordinal.or(event.ordinal);
            i
        }
        None => {
            events.push(event);
            events.len() - 1
        }
    }
}

/// Events of a visit's guest on the visit's days are part of the visit.
fn attach_visits(events: &mut [FoundEvent], entities: &Entities) {
    for v in 0..events.len() {
        if !matches!(
            events[v].kind,
            EventKind::StateVisit | EventKind::OfficialVisit | EventKind::Visit
        ) {
            continue;
        }
        if events[v].over {
            continue;
        }
        let guests: Vec<usize> = events[v]
            .participants
            .iter()
            .filter(|(_, r)| *r == ParticipantRole::Guest)
            .map(|(p, _)| *p)
            .collect();
        // The leaders who host it (not the country).
        let hosts: Vec<usize> = events[v].person_hosts(entities).collect();
        // The countries and bodies the guests hold a role of (once per visit, not per event).
        let guests_of: Vec<usize> = entities
            .roles
            .iter()
            .filter(|r| guests.contains(&r.person))
            .filter_map(|r| r.of)
            .collect();
        let visit_planned = events[v].status == EventStatus::Planned;
        // A visit told as over or going on started when its guest arrived ("arrived on
        // Thursday ... during the visit"), unless the article states its date.
        let guest_arrived = |e: &FoundEvent| {
            e.kind == EventKind::Arrival
                && e.status == EventStatus::Happened
                && e.persons(entities).any(|p| guests.contains(&p))
        };
        let arrived = events
            .iter()
            .filter(|e| guest_arrived(e))
            .filter_map(|e| e.date.clone().filter(|d| dates::day_of(d).is_some()))
            .min_by(|a, b| a.value.cmp(&b.value));
        let stated = events[v]
            .date
            .as_ref()
            .is_some_and(|d| d.source == DateSource::Stated);
        if let Some(arrival) = arrived.filter(|a| {
            !visit_planned
                && !stated
                && events[v]
                    .date
                    .as_ref()
                    .is_none_or(|d| a.value < d.value && dates::day_of(d).is_some())
        }) {
            events[v].date = Some(arrival);
            events[v].date_span = None;
        }
        let visit_date = events[v].date.as_ref().map(|d| d.value.clone());
        let visit_day = events[v].date.as_ref().and_then(dates::day_of);
        // "قد حل مساء أمس ... في زيارة عمل. ولدى وصوله": the guest arrived when the visit began,
        // not later, when the visit's day is told in the text.
        if let Some(start) = visit_day.filter(|_| !visit_planned && events[v].date_span.is_some()) {
            let begun = events[v].date.clone();
            for e in events.iter_mut().filter(|e| guest_arrived(e)) {
                let later = e.date.as_ref().and_then(dates::day_of).is_some_and(|day| {
                    day > start && day <= start.saturating_add(time::Duration::days(6))
                });
                if later {
                    e.date.clone_from(&begun);
                    e.date_span = None;
                }
            }
        }
        for (i, event) in events.iter_mut().enumerate() {
            if i == v || event.parent.is_some() || is_visit(event.kind) {
                continue;
            }
            // A visit still to come holds only what is planned for it.
            if visit_planned && event.status != EventStatus::Planned {
                continue;
            }
            let with_guest = event.persons(entities).any(|p| guests.contains(&p))
                || event
                    .participants
                    .iter()
                    .any(|(p, _)| guests_of.contains(p));
            // On the visit's day, or within the days that follow it (a visit lasts days).
            let within = visit_day
                .zip(event.date.as_ref().and_then(dates::day_of))
                .is_some_and(|(start, day)| {
                    day >= start && day <= start.saturating_add(time::Duration::days(6))
                });
            let same_day = within
                || match (&visit_date, &event.date) {
                    (Some(a), Some(b)) => {
                        b.value.starts_with(a.as_str()) || a.starts_with(b.value.as_str())
                    }
                    _ => true,
                };
            // "President Yoon hosted an official welcome ceremony for the Vietnamese guest",
            // "قبل أن يقيم له مراسم استقبال رسمية", "举行隆重欢迎仪式", "состоялась церемония
            // встречи высокого гостя": a welcome ceremony of the visit's days welcomes its guest,
            // and is hosted by the leader who hosts the visit when the text names no one else.
            let welcomes = event.kind == EventKind::WelcomeCeremony
                && event.status == EventStatus::Happened
                && !visit_planned
                && same_day
                && !guests.is_empty()
                && (with_guest || event.guests().next().is_none());
            if welcomes {
                for &guest in &guests {
                    event.add_participant(guest, ParticipantRole::Guest);
                }
                if event.person_hosts(entities).next().is_none() {
                    for &host in &hosts {
                        event.add_participant(host, ParticipantRole::Host);
                    }
                }
            }
            if (with_guest || welcomes) && same_day {
                event.parent = Some(v);
            }
        }
    }
}

/// Events that hold others ("talks at the summit", "في القمة").
pub(super) fn is_gathering_place(kind: EventKind) -> bool {
    matches!(kind, EventKind::Summit | EventKind::Conference)
}

/// Events held in sittings that people attend: what "the session" is a sitting of.
fn is_sitting(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Talks | EventKind::Meeting | EventKind::Summit | EventKind::Conference
    )
}

/// Events people attend (as opposed to acts such as signing or issuing): aides attend a
/// leader's call too ("王毅参加上述活动" after a phone call).
fn is_gathering(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Talks
            | EventKind::Meeting
            | EventKind::WelcomeCeremony
            | EventKind::Banquet
            | EventKind::Summit
            | EventKind::Conference
            | EventKind::PhoneCall
            | EventKind::VideoCall
    )
}

/// True when those who "attended the above events" ("参加上述活动") were at this one: a gathering,
/// or an act people took part in (a speech, a signing by the leaders), not a visit or an
/// arrival, nor what "the two sides" issued; not what is still to come, nor a restricted round.
fn attended_above(event: &FoundEvent, entities: &Entities) -> bool {
    let acted = event.actors(entities).next().is_some();
    event.status != EventStatus::Planned
        && !event.restricted
        && (is_gathering(event.kind)
            || (acted && !is_visit(event.kind) && event.kind != EventKind::Arrival))
}

/// The people named in `span` who do not yet take part attend `event`.
fn add_attendees(event: &mut FoundEvent, entities: &Entities, span: (usize, usize)) {
    for o in entities.in_span(span.0, span.1) {
        if entities.kind(o.entity) == Some(EntityKind::Person) {
            event.attend(o.entity);
        }
    }
}

/// True for an attend cue that points back at the event before it: "حضرها", "حضره" (with the
/// pronoun of what was attended), "attended by".
fn attended_it(doc: &Doc<'_>, hit: &LexHit) -> bool {
    if !doc.has(hit, Sense::Cue(Cue::Attend)) {
        return false;
    }
    let text = doc.text();
    let word = &text[hit.start..hit.end];
    // ("held talks with Sharif, attended on the Kuwaiti side by A and B": "by" a few words on,
    // with no event between.)
    let by_later = || {
        word == "attended"
            && doc
                .first_words(hit.end, 5)
                .iter()
                .take_while(|&&(s, _)| doc.lex_at(s).is_none_or(|h| event_kind(doc, h).is_none()))
                .any(|&(s, e)| &text[s..e] == "by")
    };
    let points_back = word.ends_with("attended by")
        || (word.starts_with("حضر") && (word.ends_with('ه') || word.ends_with("ها")))
        || by_later();
    // ("حضرة صاحب الجلالة" is an honorific.)
    points_back
        && !doc
            .lex_covering(hit.start)
            .any(|h| doc.has(h, Sense::Cue(Cue::Honorific)))
}

/// True when people can be present at this event: a gathering or a signing that took place in
/// the room (not a call, a visit or a restricted round).
fn attended_in_person(event: &FoundEvent) -> bool {
    let call = matches!(event.kind, EventKind::PhoneCall | EventKind::VideoCall);
    event.status != EventStatus::Planned
        && !event.restricted
        && ((is_gathering(event.kind) && !call) || event.kind == EventKind::Signing)
}

/// Lists of people after "attended" or "the above events", and sentences that only tell who
/// took part: attendees.
fn attach_attendees(doc: &Doc<'_>, cx: &Context<'_>, events: &mut [FoundEvent]) {
    // "蔡奇、王毅等参加上述活动": the people of a sentence about "the above events" attended them,
    // whether or not a list cue opens their names.
    for sentence in &doc.sentences {
        let above = doc
            .lex_in(sentence.start, sentence.end)
            .any(|h| doc.has(h, Sense::Cue(Cue::AboveEvents)));
        if !above
            || cx
                .entities
                .lists
                .iter()
                .any(|l| l.cue >= sentence.start && l.cue < sentence.end)
        {
            continue;
        }
        let people: Vec<usize> = cx
            .entities
            .in_span(sentence.start, sentence.end)
            .filter(|o| cx.entities.kind(o.entity) == Some(EntityKind::Person))
            .map(|o| o.entity)
            .collect();
        // (What is still to come was not among them.)
        for event in events
            .iter_mut()
            .filter(|e| e.trigger.0 < sentence.start && attended_above(e, cx.entities))
        {
            for &p in &people {
                event.attend(p);
            }
        }
    }
    // "أقام ... مأدبة عشاء على شرف الرئيس الفرنسي، حضرها ولي العهد ورئيس الحكومة", "a dinner
    // attended by A and B": the people after "attended it" / "attended by" attend the event the
    // sentence told just before.
    for cue in doc.lex.iter().filter(|h| attended_it(doc, h)) {
        let Some(sentence) = doc.sentence_at(cue.start) else {
            continue;
        };
        // ("The summit, chaired by Yoon, was attended by ...": or the one it names again.)
        let told_here = |e: &FoundEvent| {
            e.spans
                .iter()
                .any(|&(start, end)| start >= sentence.start && end <= cue.start)
        };
        let Some(target) = events
            .iter()
            .rposition(|e| e.trigger.0 >= sentence.start && e.trigger.1 <= cue.start)
            .or_else(|| events.iter().rposition(told_here))
        else {
            continue;
        };
        add_attendees(&mut events[target], cx.entities, (cue.end, sentence.end));
    }
    // "С российской стороны в них участвовали X и Y", "Also present were X and Y": a sentence
    // that only tells who attended names the attendees of the event told last.
    for sentence in &doc.sentences {
        let hits = || doc.lex_in(sentence.start, sentence.end);
        let attend = hits().any(|h| doc.has(h, Sense::Cue(Cue::Attend)));
        let listed = cx
            .entities
            .lists
            .iter()
            .any(|l| l.cue >= sentence.start && l.cue < sentence.end);
        let tells_event = hits().any(|h| {
            doc.senses(h)
                .any(|s| matches!(s, Sense::Event(_) | Sense::Cue(Cue::AboveEvents)))
        });
        if !attend || listed || tells_event || doc.in_speech(sentence.start) {
            continue;
        }
        let last_told = |e: &FoundEvent| {
            e.spans
                .iter()
                .map(|s| s.0)
                .filter(|&s| s < sentence.start)
                .max()
        };
        let told: Vec<(usize, usize)> = (0..events.len())
            .filter_map(|i| Some((last_told(&events[i])?, i)))
            .collect();
        // ("استقبل X Y الذي يقوم بزيارة رسمية. حضر المقابلة A وB": of the events the last
        // sentence told, the one people can be present at.)
        let Some(last_sentence) = told
            .iter()
            .map(|&(at, _)| at)
            .max()
            .and_then(|at| doc.sentence_at(at))
            .map(|s| s.start)
        else {
            continue;
        };
        let Some(target) = told
            .into_iter()
            .filter(|&(at, i)| at >= last_sentence && attended_in_person(&events[i]))
            .max()
            .map(|(_, i)| i)
        else {
            continue;
        };
        add_attendees(
            &mut events[target],
            cx.entities,
            (sentence.start, sentence.end),
        );
    }
    for list in &cx.entities.lists {
        let Some(sentence) = doc.sentence_at(list.cue) else {
            continue;
        };
        let cues: Vec<Cue> = doc
            .lex_in(sentence.start, sentence.end)
            .flat_map(|h| doc.senses(h))
            .filter_map(|s| match s {
                Sense::Cue(c) => Some(c),
                _ => None,
            })
            .collect();
        let targets: Vec<usize> = if cues.contains(&Cue::AboveEvents) {
            (0..events.len())
                .filter(|&i| {
                    events[i].trigger.0 < sentence.start && attended_above(&events[i], cx.entities)
                })
                .collect()
        } else if cues.contains(&Cue::Attend) {
            // The events the sentence tells, or refers to ("بعد زيارة ... رافقه خلالها").
            let here: Vec<usize> = (0..events.len())
                .filter(|&i| {
                    events[i]
                        .spans
                        .iter()
                        .any(|&(start, _)| start >= sentence.start && start < sentence.end)
                })
                .collect();
            // ("The meeting was followed by talks attended by A and B": the event told last
            // before the list, when one is.)
            let last_before = |i: usize| {
                events[i]
                    .spans
                    .iter()
                    .map(|s| s.0)
                    .filter(|&s| s >= sentence.start && s < list.cue)
                    .max()
            };
            let nearest = here.iter().filter_map(|&i| last_before(i)).max();
            if here.is_empty() {
                events
                    .iter()
                    .rposition(|e| e.trigger.0 < sentence.start)
                    .into_iter()
                    .collect()
            } else if let Some(nearest) = nearest {
                here.into_iter()
                    .filter(|&i| last_before(i) == Some(nearest))
                    .collect()
            } else {
                here
            }
        } else {
            continue;
        };
        for i in targets {
            for &p in &list.persons {
                events[i].attend(p);
            }
        }
    }
}

/// "تبادل الرئيسان وجهات النظر حول ...", "discussed ...": topics of the event in the sentence, or
/// of the last talks, meeting or call.
fn attach_topics(doc: &Doc<'_>, cx: &Context<'_>, events: &mut [FoundEvent]) {
    let entities = cx.entities;
    for hit in doc
        .lex
        .iter()
        .filter(|h| doc.has(h, Sense::Cue(Cue::Topic)))
    {
        let Some(sentence) = doc.sentence_at(hit.start) else {
            continue;
        };
        if doc.in_speech(hit.start) {
            continue;
        }
        let mut start = hit.end;
        while let Some(h) = doc
            .lex_in(start, sentence.end)
            .next()
            .filter(|h| doc.adjacent(start, h.start) && doc.has(h, Sense::Cue(Cue::Topic)))
        {
            start = h.end;
        }
        let end = sentence.end;
        let label = collapse(
            doc.source_text(start, end)
                .trim()
                .trim_end_matches(['.', '。', '؟', '!']),
        );
        if label.is_empty() || label.chars().count() > 300 {
            continue;
        }
        let target = events
            .iter()
            .rposition(|e| e.trigger.0 >= sentence.start && e.trigger.0 < end)
            .or_else(|| {
                events.iter().rposition(|e| {
                    e.trigger.0 < sentence.start
                        && matches!(
                            e.kind,
                            EventKind::Talks | EventKind::PhoneCall | EventKind::VideoCall
                        )
                })
            })
            .or_else(|| {
                events
                    .iter()
                    .rposition(|e| e.trigger.0 < sentence.start && e.kind == EventKind::Meeting)
            });
        let Some(target) = target else { continue };
        let participants: Vec<usize> = events[target].participants.iter().map(|p| p.0).collect();
        let countries: Vec<usize> = participants
            .iter()
            .filter_map(|&p| entities.country_of(p))
            .collect();
        events[target].topics.push((label, None));
        for o in entities.in_span(start, end) {
            let relevant = match entities.kind(o.entity) {
                Some(EntityKind::Place | EntityKind::Organization) => true,
                Some(EntityKind::Country) => {
                    !o.demonym
                        && !countries.contains(&o.entity)
                        && !participants.contains(&o.entity)
                }
                _ => false,
            };
            if relevant && !events[target].topics.iter().any(|t| t.1 == Some(o.entity)) {
                let name = doc.source_text(o.start, o.end).to_owned();
                events[target].topics.push((name, Some(o.entity)));
            }
        }
    }
}

/// Whitespace runs (line breaks included) as one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
