//! Date expressions: absolute dates in the four languages (day month year, month day year,
//! `2026年5月20日`), months and years alone, weekdays and relative days, found from the lexicon's
//! month and day words and the digits of the text, then resolved against the publication date
//! (or the last date the article stated), never guessed.

use super::doc::{Doc, skip_spaces};
use super::lexicon::{Cue, RelativeDay, Sense};
use crate::facts::{DatePrecision, DateSource, DateValue, TimeOfDay};
use time::{Date, Duration, Month, Weekday};

/// What a date expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    /// A calendar date, maybe without its year or day.
    Calendar {
        /// The year, when written.
        year: Option<i32>,
        /// The month, when written.
        month: Option<u8>,
        /// The day, when written.
        day: Option<u8>,
    },
    /// A relative day ("yesterday", "the same day").
    Relative(RelativeDay),
    /// A weekday (1 = Monday).
    Weekday(u8),
}

/// A date expression found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// Normalised byte span.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// What it says.
    pub said: Said,
}

/// A time of day found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeMention {
    /// Normalised byte offset.
    pub start: usize,
    /// The time of day.
    pub tod: TimeOfDay,
}

/// Every date expression and time of day in `doc`, by position.
pub fn find(doc: &Doc<'_>) -> (Vec<DateMention>, Vec<TimeMention>) {
    let text = doc.text();
    let mut dates: Vec<DateMention> = Vec::new();
    let mut times = Vec::new();
    let mut used_numbers: Vec<usize> = Vec::new();
    let number_at = |pos: usize| doc.number_at(pos);
    for hit in &doc.lex {
        for sense in doc.senses(hit) {
            match sense {
                Sense::Month(month) => {
                    let mut start = hit.start;
                    let mut end = hit.end;
                    let mut day = None;
                    // A day right before ("20 مايو", "20 мая") ...
                    if let Some(n) = doc.number_before(hit.start) {
                        let number = doc.numbers[n];
                        if doc.adjacent(number.end, hit.start)
                            && (1..=31).contains(&number.value)
                            && number.digits <= 2
                        {
                            day = Some(number.value as u8);
                            start = number.start;
                            used_numbers.push(n);
                            // ("من 28 إلى 30 أكتوبر", "from 24 to 26 January": a stay is dated
                            // by its first day.)
                            if let Some((first, value)) = range_start(doc, number.start) {
                                day = Some(value);
                                start = doc.numbers[first].start;
                                used_numbers.push(first);
                            }
                        }
                    }
                    // ... or an Arabic ordinal and "من" ("في الخامس من ديسمبر", "الحادي
                    // والعشرين من مارس") ...
                    if day.is_none() {
                        if let Some((at, n)) = ordinal_day_before(doc, hit.start) {
                            day = Some(n);
                            start = at;
                        }
                    }
                    // ... or right after ("May 20").
                    let rest_start = skip_spaces(text, end);
                    if day.is_none() {
                        if let Some(n) = number_at(rest_start) {
                            let number = doc.numbers[n];
                            if (1..=31).contains(&number.value) && number.digits <= 2 {
                                day = Some(number.value as u8);
                                end = number.end;
                                used_numbers.push(n);
                            }
                        }
                    }
                    // A year after, maybe behind a comma or a year word ("عام 2026").
                    let mut at = skip_spaces(text, end);
                    if text[at..].starts_with(',') {
                        at = skip_spaces(text, at + 1);
                    }
                    if let Some(word) = doc
                        .lex_in(at, text.len())
                        .next()
                        .filter(|h| h.start == at && doc.has(h, Sense::Cue(Cue::Year)))
                    {
                        at = skip_spaces(text, word.end);
                    }
                    let mut year = None;
                    if let Some(n) = number_at(at) {
                        let number = doc.numbers[n];
                        if number.digits == 4 && (1800..=2200).contains(&number.value) {
                            year = Some(number.value as i32);
                            end = number.end;
                            used_numbers.push(n);
                            let after = skip_spaces(text, end);
                            if let Some(word) = doc
                                .lex_in(after, text.len())
                                .next()
                                .filter(|h| h.start == after && doc.has(h, Sense::Cue(Cue::Year)))
                            {
                                end = word.end;
                            }
                        }
                    }
                    // A month alone counts only after a preposition or a part of the month
                    // ("in May", "في مايو", "at the end of August", "أواخر أغسطس"): "May" is
                    // also a verb.
                    // (Several hits may end there: "end of" and "of".)
                    let after_preposition = doc.cue_just_before(start, Cue::Locative)
                        || doc.cue_just_before(start, Cue::MonthPart)
                        || text[..start].ends_with("mid-");
                    if day.is_some() || year.is_some() || after_preposition {
                        dates.push(DateMention {
                            start,
                            end,
                            said: Said::Calendar {
                                year,
                                month: Some(month),
                                day,
                            },
                        });
                    }
                }
                Sense::Weekday(day) => dates.push(DateMention {
                    start: hit.start,
                    end: hit.end,
                    said: Said::Weekday(day),
                }),
                Sense::RelativeDay(relative) => {
                    dates.push(DateMention {
                        start: hit.start,
                        end: hit.end,
                        said: Said::Relative(relative),
                    });
                }
                Sense::TimeOfDay(tod) => times.push(TimeMention {
                    start: hit.start,
                    tod,
                }),
                _ => {}
            }
        }
    }
    chinese_dates(doc, &mut dates, &mut used_numbers);
    // Years alone: "عام 2001", "in 2001", "2001 года".
    for (n, number) in doc.numbers.iter().enumerate() {
        if used_numbers.contains(&n)
            || number.digits != 4
            || !(1800..=2200).contains(&number.value)
            || number.ordinal
            || in_year_range(text, number.start, number.end)
        {
            continue;
        }
        let before_word = doc
            .lex_before(number.start)
            .filter(|h| doc.adjacent(h.end, number.start));
        let after = skip_spaces(text, number.end);
        let after_word = doc.lex_at(after);
        let cue = |h: &&super::lexicon::LexHit| {
            doc.has(h, Sense::Cue(Cue::Year)) || doc.has(h, Sense::Cue(Cue::Locative))
        };
        if before_word.as_ref().is_some_and(cue)
            || after_word
                .as_ref()
                .is_some_and(|h| doc.has(h, Sense::Cue(Cue::Year)))
        {
            dates.push(DateMention {
                start: number.start,
                end: number.end,
                said: Said::Calendar {
                    year: Some(number.value as i32),
                    month: None,
                    day: None,
                },
            });
        }
    }
    dates.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
    dates.dedup_by(|b, a| b.start < a.end);
    (dates, times)
}

/// The first day of a range of days that ends at the day number starting at `end_day`
/// ("28 إلى 30", "24 to 26", "4-6", "с 4 по 6"): its number's index and value.
fn range_start(doc: &Doc<'_>, end_day: usize) -> Option<(usize, u8)> {
    let text = doc.text();
    let before = text[..end_day].trim_end_matches(' ');
    // (In normalised text: "إلى" is "الي", "حتى" is "حتي".)
    let joined = ["-", "–", "to", "الي", "حتي", "по", "until"]
        .iter()
        .find_map(|w| before.strip_suffix(w))?
        .trim_end_matches(' ');
    let n = doc.number_before(joined.len() + 1)?;
    let number = doc.numbers[n];
    (number.end == joined.len() && (1..=31).contains(&number.value) && number.digits <= 2)
        .then_some((n, number.value as u8))
}

/// The day an Arabic ordinal before "من" and the month at `month` says, and where it starts
/// ("الخامس من ديسمبر": 5).
fn ordinal_day_before(doc: &Doc<'_>, month: usize) -> Option<(usize, u8)> {
    let text = doc.text();
    let end = text[..month].strip_suffix(" من ")?.len();
    doc.lex_in(end.saturating_sub(48), end)
        .filter_map(|h| doc.ordinal_of(h).map(|(n, e)| (h.start, n, e)))
        .find(|&(_, n, e)| e == end && (1..=31).contains(&n))
        .map(|(start, n, _)| (start, n as u8))
}

/// True when the year at `start..end` is an end of a range of years ("на 2017–2020 годы", "for
/// 2024-2028", "للأعوام 2017-2019"): the period a plan covers, not the year of an event.
pub(super) fn in_year_range(text: &str, start: usize, end: usize) -> bool {
    let four_digits = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    let dashes: &[char] = &['-', '–', '—'];
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    before
        .strip_suffix(dashes)
        .map(str::trim_end)
        .is_some_and(|b| {
            b.len()
                .checked_sub(4)
                .and_then(|at| b.get(at..))
                .is_some_and(four_digits)
        })
        || after
            .strip_prefix(dashes)
            .map(str::trim_start)
            .is_some_and(|a| a.get(..4).is_some_and(four_digits))
}

/// Chinese words a house number follows ("街" street, "路" road, "巷" lane, "楼" building).
const ADDRESS_WORDS: [char; 9] = ['街', '路', '道', '巷', '弄', '楼', '栋', '院', '门'];

/// `2026年5月20日`, `5月20日`, `2026年5月`.
fn chinese_dates(doc: &Doc<'_>, dates: &mut Vec<DateMention>, used: &mut Vec<usize>) {
    let text = doc.text();
    let numbers = &doc.numbers;
    let mut i = 0;
    while i < numbers.len() {
        let n = numbers[i];
        let after = &text[n.end..];
        let (mut year, mut month, mut day) = (None, None, None);
        let (start, mut end) = (n.start, n.end);
        let mut j = i;
        if after.starts_with('年') && n.digits == 4 {
            year = Some(n.value as i32);
            end += '年'.len_utf8();
            if let Some(m) = numbers
                .get(j + 1)
                .filter(|m| m.start == end && text[m.end..].starts_with('月'))
            {
                month = u8::try_from(m.value).ok().filter(|v| (1..=12).contains(v));
                end = m.end + '月'.len_utf8();
                j += 1;
            }
        } else if after.starts_with(['日', '号'])
            && n.digits <= 2
            && !text[..n.start].ends_with('月')
            // ("唐宁街10号", "长安街1号楼": a house number, not a day.)
            && !(after.starts_with('号') && text[..n.start].ends_with(ADDRESS_WORDS))
        {
            // "16日": a day of the month the article is in.
            day = u8::try_from(n.value).ok().filter(|v| (1..=31).contains(v));
            end += '日'.len_utf8();
            if day.is_some() {
                dates.push(DateMention {
                    start,
                    end,
                    said: Said::Calendar { year, month, day },
                });
                used.push(i);
            }
            i += 1;
            continue;
        } else if after.starts_with('月') {
            month = u8::try_from(n.value).ok().filter(|v| (1..=12).contains(v));
            end += '月'.len_utf8();
        } else {
            i += 1;
            continue;
        }
        if month.is_some() {
            if let Some(d) = numbers
                .get(j + 1)
                .filter(|d| d.start == end && text[d.end..].starts_with(['日', '号']))
            {
                day = u8::try_from(d.value).ok().filter(|v| (1..=31).contains(v));
                end = d.end + '日'.len_utf8();
                j += 1;
            }
        }
        if year.is_some() || month.is_some() {
            dates.push(DateMention {
                start,
                end,
                said: Said::Calendar { year, month, day },
            });
            used.extend(i..=j);
        }
        i = j + 1;
    }
}

/// What resolution knows: the publication date and the last date the article stated before.
#[derive(Debug, Clone, Copy, Default)]
pub struct Anchor {
    /// Publication date.
    pub published: Option<Date>,
    /// The last calendar date named before the expression.
    pub narrative: Option<Date>,
}

/// The facts date of a mention, or `None` when it cannot be resolved without guessing.
/// `planned` events resolve weekdays forward.
pub fn resolve(said: Said, anchor: Anchor, planned: bool) -> Option<DateValue> {
    let value = |value: String, precision, source| {
        Some(DateValue {
            value,
            precision,
            source,
            mention: None,
        })
    };
    match said {
        Said::Calendar {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        } => {
            let date = Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()?;
            value(iso(date), DatePrecision::Day, DateSource::Stated)
        }
        Said::Calendar {
            year: None,
            month: Some(m),
            day: Some(d),
        } => {
            let reference = anchor.published.or(anchor.narrative)?;
            let mut date =
                Date::from_calendar_date(reference.year(), Month::try_from(m).ok()?, d).ok()?;
            // "20 May" in an article of January is last year's, unless it is a plan.
            if !planned && date > reference + Duration::days(31) {
                date = Date::from_calendar_date(reference.year() - 1, Month::try_from(m).ok()?, d)
                    .ok()?;
            }
            value(iso(date), DatePrecision::Day, DateSource::Resolved)
        }
        Said::Calendar {
            year: Some(y),
            month: Some(m),
            day: None,
        } => value(
            format!("{y:04}-{m:02}"),
            DatePrecision::Month,
            DateSource::Stated,
        ),
        Said::Calendar {
            year: Some(y),
            month: None,
            ..
        } => value(format!("{y:04}"), DatePrecision::Year, DateSource::Stated),
        Said::Calendar {
            year: None,
            month: None,
            day: Some(d),
        } => {
            // "16日": this month's, or last month's when the day is still to come.
            let reference = anchor.published.or(anchor.narrative)?;
            let mut date = Date::from_calendar_date(reference.year(), reference.month(), d).ok();
            if date.is_none_or(|x| !planned && x > reference) {
                let previous = reference.replace_day(1).ok()?.previous_day()?;
                date = Date::from_calendar_date(previous.year(), previous.month(), d).ok();
            }
            value(iso(date?), DatePrecision::Day, DateSource::Resolved)
        }
        Said::Calendar {
            year: None,
            month: Some(m),
            day: None,
        } => {
            // "in May": the coming May for a plan, else the last one.
            let reference = anchor.published.or(anchor.narrative)?;
            let current = u8::from(reference.month());
            let year = if planned && m < current {
                reference.year() + 1
            } else if !planned && m > current {
                reference.year() - 1
            } else {
                reference.year()
            };
            value(
                format!("{year:04}-{m:02}"),
                DatePrecision::Month,
                DateSource::Resolved,
            )
        }
        Said::Calendar { .. } => None,
        Said::Relative(relative) => {
            let date = match relative {
                RelativeDay::Today => anchor.published?,
                RelativeDay::Yesterday => anchor.published?.previous_day()?,
                RelativeDay::DayBeforeYesterday => {
                    anchor.published?.previous_day()?.previous_day()?
                }
                RelativeDay::Tomorrow => anchor.published?.next_day()?,
                RelativeDay::SameDay => anchor.narrative.or(anchor.published)?,
                RelativeDay::ThisYear | RelativeDay::NextYear | RelativeDay::LastYear => {
                    let shift = match relative {
                        RelativeDay::NextYear => 1,
                        RelativeDay::LastYear => -1,
                        _ => 0,
                    };
                    let year = anchor.published.or(anchor.narrative)?.year() + shift;
                    return value(
                        format!("{year:04}"),
                        DatePrecision::Year,
                        DateSource::Resolved,
                    );
                }
                RelativeDay::ThisMonth | RelativeDay::NextMonth | RelativeDay::LastMonth => {
                    let first = anchor.published.or(anchor.narrative)?.replace_day(1).ok()?;
                    let month = match relative {
                        RelativeDay::LastMonth => first.previous_day()?,
                        RelativeDay::NextMonth => first.checked_add(Duration::days(31))?,
                        _ => first,
                    };
                    return value(
                        format!("{:04}-{:02}", month.year(), u8::from(month.month())),
                        DatePrecision::Month,
                        DateSource::Resolved,
                    );
                }
            };
            value(iso(date), DatePrecision::Day, DateSource::Resolved)
        }
        Said::Weekday(day) => {
            let published = anchor.published?;
            let target = weekday(day)?;
            let mut date = published;
            for _ in 0..7 {
                if date.weekday() == target {
                    break;
                }
                date = if planned {
                    date.next_day()?
                } else {
                    date.previous_day()?
                };
            }
            value(iso(date), DatePrecision::Day, DateSource::Resolved)
        }
    }
}

/// True when the whole day, month or year `value` names comes after `day`: an event dated so
/// cannot have happened by then ("القمة الثامنة ... العام المقبل").
pub fn after(value: &DateValue, day: Date) -> bool {
    let number = |at: std::ops::Range<usize>| value.value.get(at)?.parse::<i32>().ok();
    match value.precision {
        DatePrecision::Day => day_of(value).is_some_and(|d| d > day),
        DatePrecision::Month => number(0..4)
            .zip(number(5..7))
            .is_some_and(|month| month > (day.year(), i32::from(u8::from(day.month())))),
        DatePrecision::Year => number(0..4).is_some_and(|year| year > day.year()),
    }
}

/// The calendar date a resolved value names, when it has day precision.
pub fn day_of(value: &DateValue) -> Option<Date> {
    if value.precision != DatePrecision::Day {
        return None;
    }
    parse_iso(&value.value)
}

/// Parses `YYYY-MM-DD`.
pub fn parse_iso(value: &str) -> Option<Date> {
    let mut parts = value.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = Month::try_from(parts.next()?.parse::<u8>().ok()?).ok()?;
    let day = parts.next()?.parse().ok()?;
    Date::from_calendar_date(year, month, day).ok()
}

/// The day before a day ("on the eve of the talks", "накануне встречи"), resolved.
pub fn day_before(value: &DateValue) -> Option<DateValue> {
    Some(resolved_day(day_of(value)?.previous_day()?))
}

/// A day no words of the text name (the publication day of its news), resolved.
pub fn resolved_day(day: Date) -> DateValue {
    DateValue {
        value: iso(day),
        precision: DatePrecision::Day,
        source: DateSource::Resolved,
        mention: None,
    }
}

fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

fn weekday(day: u8) -> Option<Weekday> {
    Some(match day {
        1 => Weekday::Monday,
        2 => Weekday::Tuesday,
        3 => Weekday::Wednesday,
        4 => Weekday::Thursday,
        5 => Weekday::Friday,
        6 => Weekday::Saturday,
        7 => Weekday::Sunday,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::Lexicon;
    use crate::gazetteer::Gazetteer;

    #[test]
    fn the_eve_is_the_day_before_across_a_month() {
        let day = |value: &str, precision| DateValue {
            value: value.into(),
            precision,
            source: DateSource::Stated,
            mention: None,
        };
        let eve = day_before(&day("2025-03-01", DatePrecision::Day)).expect("a day");
        assert_eq!(eve.value, "2025-02-28");
        assert_eq!(eve.source, DateSource::Resolved);
        assert!(day_before(&day("2025-03", DatePrecision::Month)).is_none());
    }

    fn found(text: &str) -> Vec<(String, Said)> {
        let lexicon = Lexicon::bundled();
        let gazetteer = Gazetteer::from_turtle(&[]).expect("empty");
        let doc = Doc::new(text, &lexicon, &gazetteer);
        find(&doc)
            .0
            .into_iter()
            .map(|d| (doc.source_text(d.start, d.end).to_owned(), d.said))
            .collect()
    }

    fn day(year: i32, month: u8, day: u8) -> Said {
        Said::Calendar {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    #[test]
    fn a_range_of_years_is_no_date() {
        for text in [
            "برنامج للأعوام 2017-2019",
            "Framework of Cooperation 2024-2028",
            "программа на 2017–2020 годы",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        assert_eq!(found("в 2020 году").len(), 1);
    }

    #[test]
    fn a_range_of_days_is_dated_by_its_first_day() {
        for (text, anchor, first) in [
            (
                "من 28 إلى 30 أكتوبر 2024",
                "28 إلى 30 أكتوبر 2024",
                day(2024, 10, 28),
            ),
            (
                "from 24 to 26 June 2026",
                "24 to 26 June 2026",
                day(2026, 6, 24),
            ),
            (
                "on 4-6 December 2022",
                "4-6 December 2022",
                day(2022, 12, 4),
            ),
        ] {
            assert_eq!(found(text), vec![(anchor.into(), first)], "{text}");
        }
    }

    #[test]
    fn arabic_ordinal_days_before_a_month() {
        assert_eq!(
            found("في الخامس من ديسمبر 2016"),
            vec![("الخامس من ديسمبر 2016".into(), day(2016, 12, 5))]
        );
        assert_eq!(
            found("في الحادي والعشرين من مارس 2015"),
            vec![("الحادي والعشرين من مارس 2015".into(), day(2015, 3, 21))]
        );
        assert_eq!(
            found("يوم السابع عشر من يوليو 2020"),
            vec![("السابع عشر من يوليو 2020".into(), day(2020, 7, 17))]
        );
    }

    #[test]
    fn a_date_after_a_day_is_a_day_month_or_year_yet_to_come() {
        let on = |value: &str, precision| DateValue {
            value: value.into(),
            precision,
            source: DateSource::Resolved,
            mention: None,
        };
        let today = parse_iso("2019-10-08").expect("a day");
        assert!(after(&on("2020", DatePrecision::Year), today));
        assert!(!after(&on("2019", DatePrecision::Year), today));
        assert!(after(&on("2019-11", DatePrecision::Month), today));
        assert!(!after(&on("2019-10", DatePrecision::Month), today));
        assert!(after(&on("2019-10-09", DatePrecision::Day), today));
        assert!(!after(&on("2019-10-08", DatePrecision::Day), today));
    }

    #[test]
    fn absolute_dates_in_four_languages() {
        assert_eq!(
            found("في صباح يوم 20 مايو عام 2026، عقد"),
            vec![("20 مايو عام 2026".into(), day(2026, 5, 20))]
        );
        assert_eq!(
            found("في ١٥ أيار ٢٠٢٤"),
            vec![("١٥ أيار ٢٠٢٤".into(), day(2024, 5, 15))]
        );
        assert_eq!(
            found("on May 20, 2026, Xi"),
            vec![("May 20, 2026".into(), day(2026, 5, 20))]
        );
        assert_eq!(
            found("on 22 October 2024"),
            vec![("22 October 2024".into(), day(2024, 10, 22))]
        );
        assert_eq!(
            found("2026年5月20日上午"),
            vec![("2026年5月20日".into(), day(2026, 5, 20))]
        );
        let day_only = Said::Calendar {
            year: None,
            month: None,
            day: Some(16),
        };
        assert_eq!(found("于16日抵达"), vec![("16日".into(), day_only)]);
        assert_eq!(found("在唐宁街10号首相府举行会晤"), vec![]);
        assert_eq!(
            found("on Jan 7 signed"),
            vec![(
                "Jan 7".into(),
                Said::Calendar {
                    year: None,
                    month: Some(1),
                    day: Some(7)
                }
            )]
        );
        assert_eq!(
            found("20 мая 2026 года"),
            vec![("20 мая 2026 года".into(), day(2026, 5, 20))]
        );
        assert_eq!(
            found("signed in 2001."),
            vec![(
                "2001".into(),
                Said::Calendar {
                    year: Some(2001),
                    month: None,
                    day: None
                }
            )]
        );
    }

    #[test]
    fn relative_dates_resolve_only_with_an_anchor() {
        let published = Date::from_calendar_date(2024, Month::October, 23).ok();
        let anchor = Anchor {
            published,
            narrative: None,
        };
        let resolved = |said| resolve(said, anchor, false).map(|v| v.value);
        assert_eq!(
            resolved(Said::Relative(RelativeDay::Yesterday)).as_deref(),
            Some("2024-10-22")
        );
        assert_eq!(resolved(Said::Weekday(2)).as_deref(), Some("2024-10-22"));
        assert_eq!(
            resolve(Said::Weekday(5), anchor, true)
                .map(|v| v.value)
                .as_deref(),
            Some("2024-10-25")
        );
        assert_eq!(
            resolve(
                Said::Relative(RelativeDay::Yesterday),
                Anchor::default(),
                false
            ),
            None
        );
        assert_eq!(resolve(Said::Weekday(1), Anchor::default(), false), None);
        let no_year = Said::Calendar {
            year: None,
            month: Some(12),
            day: Some(30),
        };
        assert_eq!(resolved(no_year).as_deref(), Some("2023-12-30"));
        let may = Said::Calendar {
            year: None,
            month: Some(5),
            day: None,
        };
        assert_eq!(resolved(may).as_deref(), Some("2024-05"));
        assert_eq!(
            resolve(may, anchor, true).map(|v| v.value).as_deref(),
            Some("2025-05")
        );
        assert_eq!(found("Xi may visit"), vec![]);
        assert_eq!(found("a visit in May"), vec![("May".into(), may)]);
    }
}
