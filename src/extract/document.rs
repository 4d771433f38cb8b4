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
    let (mut arabic, mut latin, mut cyrillic, mut cjk) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars().take(20_000) {
        // The common letters first, without the general lookup.
        let script = match c {
            'a'..='z' | 'A'..='Z' => Script::Latin,
            '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => Script::Arabic,
            _ if c.is_ascii() => continue,
            _ => script_of(c),
        };
        match script {
            Script::Arabic => arabic += 1,
            Script::Latin => latin += 1,
            Script::Cyrillic => cyrillic += 1,
            // One ideograph carries about as much as two or three letters.
            Script::Cjk => cjk += 3,
            _ => {}
        }
    }
    let best = [(arabic, "ar"), (cjk, "zh"), (cyrillic, "ru"), (latin, "en")]
        .into_iter()
        .max_by_key(|&(n, _)| n)
        .map_or("en", |(_, l)| l);
    if arabic + latin + cyrillic + cjk == 0 {
        "en"
    } else {
        best
    }
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
    fn languages() {
        assert_eq!(detect_language("قال الرئيس"), "ar");
        assert_eq!(detect_language("习近平会见普京"), "zh");
        assert_eq!(detect_language("Путин встретился"), "ru");
        assert_eq!(detect_language("Xi met Putin"), "en");
        assert_eq!(detect_language(""), "en");
    }
}
