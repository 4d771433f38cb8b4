//! The document part of the facts: the optional metadata header, the title, the language.
//!
//! Header format (documented in the README): the text may start with `key: value` lines (`title`,
//! `published` or `date`, `url`, `id`, `lang`), ended by a line `---`. The header is not part of
//! the document text, so mention offsets count from the first character after it. Without a
//! header, a first line starting with `#` (Markdown heading), or a short first line followed by a
//! blank line, is the title.

use crate::text::{Script, script_of};

/// Metadata read from an article's header.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// `title:`.
    pub title: Option<String>,
    /// `published:` or `date:` (`YYYY-MM-DD`).
    pub published: Option<String>,
    /// `url:`.
    pub url: Option<String>,
    /// `id:`.
    pub id: Option<String>,
    /// `lang:`.
    pub lang: Option<String>,
}

/// Splits the header off `text`: the header and the body (the document text).
pub fn split_header(text: &str) -> (Header, &str) {
    let mut header = Header::default();
    let mut offset = 0;
    let mut saw_key = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed == "---" {
            if saw_key {
                return (header, &text[offset + line.len()..]);
            }
            break;
        }
        if trimmed.is_empty() && !saw_key {
            offset += line.len();
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            break;
        };
        let value = value.trim().to_owned();
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => header.title = Some(value),
            "published" | "date" => header.published = Some(value),
            "url" | "source" => header.url = Some(value),
            "id" => header.id = Some(value),
            "lang" | "language" => header.lang = Some(value),
            _ => break,
        }
        saw_key = true;
        offset += line.len();
    }
    (Header::default(), text)
}

/// The title of a body without header: a first line starting with `#`, or a first line of at
/// most 200 characters without final punctuation that is followed by a blank line.
pub fn title_line(body: &str) -> Option<(usize, String)> {
    let mut start = 0;
    let mut lines = body.split_inclusive('\n');
    let first = loop {
        let line = lines.next()?;
        if !line.trim().is_empty() {
            break line;
        }
        start += line.chars().count();
    };
    let trimmed = first.trim();
    if let Some(heading) = trimmed.strip_prefix('#') {
        return Some((start, heading.trim_start_matches('#').trim().to_owned()));
    }
    let next_blank = lines.next().is_none_or(|l| l.trim().is_empty());
    let ends_sentence = trimmed.ends_with(['.', '!', '?', '؟', '。', ':', '،', ',']);
    (next_blank && !ends_sentence && trimmed.chars().count() <= 200)
        .then(|| (start, trimmed.to_owned()))
}

/// The language of a text from the script of its letters: `ar`, `zh`, `ru` or `en`.
pub fn detect_language(text: &str) -> &'static str {
    let n = ScriptCounts::of(text, 20_000);
    let best = [
        (n.arabic, "ar"),
        (n.cjk, "zh"),
        (n.cyrillic, "ru"),
        (n.latin, "en"),
    ]
    .into_iter()
    .max_by_key(|&(n, _)| n)
    .map_or("en", |(_, l)| l);
    if n.arabic + n.latin + n.cyrillic + n.cjk == 0 {
        "en"
    } else {
        best
    }
}

/// The letters of each script in the first characters of a text (ideographs weigh three).
#[derive(Debug, Default, PartialEq, Eq)]
struct ScriptCounts {
    arabic: usize,
    latin: usize,
    cyrillic: usize,
    cjk: usize,
}

impl ScriptCounts {
    /// Counts the letters among the first `max_chars` characters of `text`: ASCII letters and
    /// the common Arabic letters (`D8 A1`–`D8 BA`, `D9 81`–`D9 8A`) by counting bytes, 64 at a
    /// time without branches, and the few other characters by [`script_of`].
    fn of(text: &str, max_chars: usize) -> Self {
        let bytes = &text.as_bytes()[..prefix_len(text, max_chars)];
        // Each byte with the one after it; the last byte, which ends a character, alone.
        let next = bytes.get(1..).unwrap_or_default();
        let mut counts = Self::default();
        for (k, (chunk, after)) in bytes.chunks(64).zip(next.chunks(64)).enumerate() {
            let (mut latin, mut arabic, mut other) = (0u8, 0u8, false);
            for (&b, &n) in chunk.iter().zip(after) {
                let common = common_arabic(b, n);
                latin += u8::from(ascii_letter(b));
                arabic += u8::from(common);
                other |= (b >= 0xC0) & !common & !uncounted(b, n);
            }
            counts.latin += usize::from(latin);
            counts.arabic += usize::from(arabic);
            if other {
                counts.add_others(text, k * 64, chunk, after);
            }
        }
        counts.latin += usize::from(bytes.last().copied().is_some_and(ascii_letter));
        counts
    }

    /// Counts the characters starting in `chunk` (at byte `offset` of `text`, followed by the
    /// bytes `after`) that are neither ASCII nor common Arabic letters.
    fn add_others(&mut self, text: &str, offset: usize, chunk: &[u8], after: &[u8]) {
        for (i, (&b, &n)) in chunk.iter().zip(after).enumerate() {
            if b >= 0xC0 && !common_arabic(b, n) {
                if let Some(c) = text.get(offset + i..).and_then(|rest| rest.chars().next()) {
                    self.add(script_of(c));
                }
            }
        }
    }

    /// Counts one character of `script`.
    fn add(&mut self, script: Script) {
        match script {
            Script::Arabic => self.arabic += 1,
            Script::Latin => self.latin += 1,
            Script::Cyrillic => self.cyrillic += 1,
            // One ideograph carries about as much as two or three letters.
            Script::Cjk => self.cjk += 3,
            _ => {}
        }
    }
}

/// True for an ASCII letter.
fn ascii_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

/// True when the bytes `b`, `n` are a common Arabic letter (`ء`–`غ`, `ف`–`ي`).
fn common_arabic(b: u8, n: u8) -> bool {
    (b == 0xD8) & (n.wrapping_sub(0xA1) < 26) | (b == 0xD9) & (n.wrapping_sub(0x81) < 10)
}

/// True when the bytes `b`, `n` start a character that no script counts, so common in articles
/// that a chunk with one would otherwise be read again character by character: the Arabic comma
/// (`D8 8C`) and every character led by `C2` (`U+0080`–`U+00BF`: guillemets, no-break space) or
/// `E2` (`U+2000`–`U+2FFF`: dashes, quotation marks, ellipsis).
fn uncounted(b: u8, n: u8) -> bool {
    (b == 0xC2) | (b == 0xE2) | (b == 0xD8) & (n == 0x8C)
}

/// The byte length of the first `max_chars` characters of `text`.
fn prefix_len(text: &str, max_chars: usize) -> usize {
    if text.len() <= max_chars {
        return text.len();
    }
    let mut chars = 0;
    text.bytes()
        .position(|b| {
            chars += usize::from(b & 0xC0 != 0x80);
            chars > max_chars
        })
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_split_off() {
        let (header, body) =
            split_header("title: Talks\npublished: 2024-10-22\nurl: https://x.org/a\n---\nBody.");
        assert_eq!(header.title.as_deref(), Some("Talks"));
        assert_eq!(header.published.as_deref(), Some("2024-10-22"));
        assert_eq!(header.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(body, "Body.");
    }

    #[test]
    fn text_without_header_is_the_body() {
        let text = "Note: this is text.\n---\nMore.";
        assert_eq!(split_header(text), (Header::default(), text));
        let text = "Beijing, May 20 (Xinhua) -- Talks.";
        assert_eq!(split_header(text).1, text);
    }

    #[test]
    fn title_lines() {
        assert_eq!(
            title_line("\n\n## Xi meets Putin\n\nText."),
            Some((2, "Xi meets Putin".into()))
        );
        assert_eq!(
            title_line("Xi meets Putin\n\nText."),
            Some((0, "Xi meets Putin".into()))
        );
        assert_eq!(title_line("Xi met Putin on Monday.\nHe said."), None);
    }

    #[test]
    fn byte_counts_are_the_character_counts() {
        // The count character by character, as the scripts of `script_of` give it.
        fn reference(text: &str, max_chars: usize) -> ScriptCounts {
            let mut counts = ScriptCounts::default();
            for c in text.chars().take(max_chars) {
                counts.add(script_of(c));
            }
            counts
        }
        let alphabet: Vec<char> = "aZ 1.\nابيءٌ،ﻻПёж中、😀éǅ\u{80}\u{7ff}\u{800}\u{ffff}«ªµ“—…ⅷⱠ"
            .chars()
            .collect();
        let mut rng = crate::text::TestRng(5);
        for round in 0..300 {
            let text = rng.text(&alphabet, round);
            for max in [0, 1, round / 2, 1000] {
                assert_eq!(
                    ScriptCounts::of(&text, max),
                    reference(&text, max),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn languages() {
        assert_eq!(detect_language("قال الرئيس"), "ar");
        assert_eq!(detect_language("习近平会见普京"), "zh");
        assert_eq!(detect_language("Путин встретился"), "ru");
        assert_eq!(detect_language("Xi met Putin"), "en");
        assert_eq!(detect_language(""), "en");
    }
}
