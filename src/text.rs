//! Text normalisation for matching, with code-point offset maps back to the source.
//!
//! Where it sits: the first step of extraction. The gazetteer and the lexicons are normalised with
//! [`normalize_label`], an article with [`Normalized::new`]; matching runs on the normalised text
//! and every hit is mapped back to code-point offsets of the original text (RFC 5147 / NIF 2.0
//! count code points), so a mention's anchor is always an exact slice of the article.
//!
//! What normalisation does, per script (all of it is one linear pass, no allocation per token):
//! - Arabic: alef variants `أ إ آ ٱ` → `ا`, `ى` → `ي`, `ة` → `ه`, Persian `ی ک` → `ي ك`, tatweel,
//!   harakat, Quranic marks and superscript alef removed, presentation forms (ligatures) expanded,
//!   and the space of `عبد ال…` dropped (`عبد الله` = `عبدالله`);
//! - digits: Arabic-Indic `٠–٩`, Persian `۰–۹` and full-width `０–９` → ASCII;
//! - Latin: accents removed (canonical decomposition, combining marks dropped), lowercase;
//! - Cyrillic: lowercase, `ё` → `е`, and a crude inflection stemmer (the last one or two letters
//!   of a case ending are dropped: `России`, `Россию`, `Россия` all become `росси`), because
//!   Russian names decline and the gazetteer holds nominatives;
//! - punctuation: dash variants → `-`, apostrophes → `'`, name dots (`·・•‧`) → `·`;
//! - whitespace runs collapse to one space, or to one `\n` when the run holds a line break;
//!   zero-width characters and soft hyphens are removed.
//!
//! Removed characters stay inside the span of the letter they follow: a span of the normalised
//! text maps to `[orig(start), orig(end))` where `orig(i)` is the source position of the first
//! normalised character at or after `i`, so trailing harakat or a declension ending belong to the
//! word they end.
//!
//! [`scan`] is the one matcher used by the gazetteer and the lexicons: it runs an aho-corasick
//! automaton in overlapping mode, keeps the hits whose word boundaries are right, and then picks
//! leftmost-longest among the valid hits. (A plain `LeftmostLongest` search would let an invalid
//! hit — a name inside a longer word — hide a valid one starting a letter later.) Boundary rules:
//! Latin and Cyrillic patterns match whole words; Chinese and Japanese patterns match anywhere;
//! Arabic patterns may follow proclitics inside the same word — the conjunctions `و ف`, the
//! prepositions `ب ل ك`, combinations such as `وب`, `ول`, `فب`, and (for patterns that allow it)
//! the article `ال`, including the contraction `لل` = `ل` + `ال`. Clitics are *excluded* from the
//! hit's anchor, except the article (part of the noun phrase) and the contraction `لل…` (a pattern
//! starting `لل` has no other clean start); the clitics found are reported in [`Hit::clitics`].

use aho_corasick::automaton::Automaton;
use aho_corasick::automaton::StateID;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, BuildError, MatchKind, StartKind};

mod encoding;

/// A text normalised for matching, with a map from its bytes back to source code points.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// `orig[b]` is the code-point offset in the source of the normalised character covering byte
    /// `b`; `orig[text.len()]` is the source length in code points.
    orig: Vec<u32>,
}

/// Unicode script classes the extractor distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Arabic letters (including Persian and Urdu additions and presentation forms).
    Arabic,
    /// Latin letters.
    Latin,
    /// Cyrillic letters.
    Cyrillic,
    /// Han ideographs, kana and hangul: scripts written without spaces between words.
    Cjk,
    /// Digits.
    Digit,
    /// Anything else (punctuation, spaces, other scripts).
    Other,
}

/// The script of one character.
#[inline]
pub fn script_of(c: char) -> Script {
    match c {
        '0'..='9' => Script::Digit,
        'a'..='z' | 'A'..='Z' => Script::Latin,
        // The common Arabic letters, without the slow Unicode lookup of the others.
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => Script::Arabic,
        _ => script_of_other(c),
    }
}

/// [`script_of`] for the characters other than ASCII alphanumerics and common Arabic letters.
fn script_of_other(c: char) -> Script {
    match c {
        _ if is_common_punctuation(c) => Script::Other,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => {
            if ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c) {
                Script::Digit
            } else if c.is_alphabetic() {
                Script::Arabic
            } else {
                Script::Other
            }
        }
        '\u{0400}'..='\u{052F}' => Script::Cyrillic,
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' if c.is_alphabetic() => Script::Latin,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{20000}'..='\u{2FA1F}' => Script::Cjk,
        _ if c.is_numeric() => Script::Digit,
        _ => Script::Other,
    }
}

/// True for characters that belong to words (letters and digits of any script).
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // The Arabic letters and digits of normalised text, without the slow Unicode lookup.
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        _ => is_word_char_other(c),
    }
}

/// [`is_word_char`] for the characters other than ASCII and the common Arabic letters.
fn is_word_char_other(c: char) -> bool {
    !is_common_punctuation(c) && c.is_alphanumeric()
}

/// The punctuation outside ASCII that articles use most (Arabic comma, semicolon and question
/// mark, guillemets, curly double quotes, ellipsis, CJK commas, stops and title marks): neither
/// letters nor digits, known without the slow Unicode lookups.
#[inline]
fn is_common_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{060C}'
            | '\u{061B}'
            | '\u{061F}'
            | '\u{066A}'..='\u{066D}'
            | '\u{06D4}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{201C}'..='\u{201E}'
            | '\u{2026}'
            | '\u{3001}'
            | '\u{3002}'
            | '\u{300A}'..='\u{300F}'
            | '\u{FF08}'
            | '\u{FF09}'
            | '\u{FF0C}'
            | '\u{FF1A}'
            | '\u{FF1B}'
    )
}

/// True for characters removed outright: Arabic harakat, tatweel, Quranic marks, zero-width
/// characters, soft hyphens, bidi controls and the byte-order mark.
fn is_removed(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0640}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{0300}'..='\u{036F}')
}

/// Maps one already-decomposed, non-removed character to its normalised form(s).
fn fold_char(c: char, out: &mut impl FnMut(char)) {
    match c {
        'A'..='Z' => out(c.to_ascii_lowercase()),
        'a'..='z' | '0'..='9' | ' ' => out(c),
        '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => {
            out('\u{0627}')
        }
        '\u{0649}' | '\u{06CC}' => out('\u{064A}'),
        '\u{0629}' => out('\u{0647}'),
        '\u{06A9}' => out('\u{0643}'),
        '\u{0660}'..='\u{0669}' => out(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => out(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{FF10}'..='\u{FF19}' => out(char::from(b'0' + (c as u32 - 0xFF10) as u8)),
        '\u{0401}' | '\u{0451}' => out('\u{0435}'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => out('-'),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{02BB}' | '\u{0060}' | '\u{00B4}' => out('\''),
        '\u{00B7}' | '\u{30FB}' | '\u{FF65}' | '\u{2027}' | '\u{2022}' | '\u{2219}' => {
            out('\u{00B7}')
        }
        // Scripts without case (Arabic, CJK): as they are, without the Unicode case lookup.
        '\u{0600}'..='\u{06FF}' | '\u{3000}'..='\u{9FFF}' => out(c),
        _ if c.is_uppercase() => {
            for l in c.to_lowercase() {
                out(l);
            }
        }
        _ => out(c),
    }
}

/// Calls `out` with the normalised characters of `c` (none when `c` is removed). Whitespace is not
/// handled here.
fn normalize_char(c: char, out: &mut impl FnMut(char)) {
    if c.is_ascii() {
        fold_char(c, out);
        return;
    }
    if is_removed(c) {
        return;
    }
    match c {
        // Arabic presentation forms and full-width/half-width forms: compatibility decomposition.
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' | '\u{FF01}'..='\u{FFEE}' => {
            unicode_normalization::char::decompose_compatible(c, |d| {
                if !is_removed(d) && !matches!(d, '\u{064B}'..='\u{065F}') {
                    fold_char(d, out);
                }
            });
        }
        // Latin with diacritics: canonical decomposition without the combining marks.
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    fold_char(d, out);
                }
            });
        }
        _ => fold_char(c, out),
    }
}

/// Russian case endings dropped by the stemmer, longest first (after lowercasing, `ё` → `е`).
const CYRILLIC_ENDINGS: &[&str] = &[
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый", "ая", "яя",
    "ое", "ее", "ую", "юю", "ом", "ем", "ах", "ях", "ам", "ям", "ых", "их", "ым", "им", "а", "я",
    "о", "е", "у", "ю", "ы", "и", "ь", "й",
];

/// Byte length of the ending to drop from a lowercased Cyrillic word (0 when none), keeping at
/// least two letters of stem.
fn cyrillic_ending_len(word: &str) -> usize {
    let letters = word.chars().count();
    for ending in CYRILLIC_ENDINGS {
        if word.ends_with(ending) && letters >= ending.chars().count() + 2 {
            return ending.len();
        }
    }
    0
}

/// Whether `c` belongs to words, and its script: [`is_word_char`] and [`script_of`] at once, with
/// the ASCII and common Arabic letters first.
fn classify(c: char) -> (bool, Script) {
    match c {
        'a'..='z' | 'A'..='Z' => (true, Script::Latin),
        '0'..='9' => (true, Script::Digit),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => (true, Script::Arabic),
        _ if c.is_ascii() => (false, Script::Other),
        _ => (is_word_char(c), script_of(c)),
    }
}

/// The normalised form of the characters that normalise to exactly one character without any
/// table lookup: ASCII other than whitespace, and the Arabic letters. `None` for the others.
fn fold_common(c: char) -> Option<char> {
    match c {
        '\t'..='\r' | ' ' => None,
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '`' => Some('\''),
        _ if c.is_ascii() => Some(c),
        '\u{0622}' | '\u{0623}' | '\u{0625}' => Some('\u{0627}'),
        '\u{0649}' => Some('\u{064A}'),
        '\u{0629}' => Some('\u{0647}'),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => Some(c),
        _ => None,
    }
}

/// The normalised form of the word characters of [`fold_common`]: ASCII letters and digits and
/// the common Arabic letters, each one normalised word character that is not Cyrillic. `None` for
/// the others.
#[inline(always)]
fn fold_word(c: char) -> Option<char> {
    let folded = *FOLD_WORD.get(c as usize)?;
    (folded != '\0').then_some(folded)
}

/// [`fold_word`] as a table over the first code points (`'\0'` for `None`): one load instead of
/// a chain of tests per character, of characters so that no conversion follows.
static FOLD_WORD: [char; 0x0650] = {
    let mut table = ['\0'; 0x0650];
    let mut i = 0;
    while i < table.len() {
        let folded = match i as u32 {
            0x61..=0x7A | 0x30..=0x39 => i as u32,
            0x41..=0x5A => i as u32 + 0x20,
            0x0622 | 0x0623 | 0x0625 => 0x0627,
            0x0649 => 0x064A,
            0x0629 => 0x0647,
            0x0621..=0x063A | 0x0641..=0x064A => i as u32,
            _ => 0,
        };
        table[i] = match char::from_u32(folded) {
            Some(c) => c,
            None => '\0',
        };
        i += 1;
    }
    table
};

/// Streaming normaliser shared by [`Normalized::new`] and [`normalize_label`].
struct Builder {
    text: String,
    /// Source position of each byte of `text` (see [`Normalized`]), when tracked.
    orig: Vec<u32>,
    /// Pending whitespace run: source position of its first character and whether it held `\n`.
    space: Option<(u32, bool)>,
    /// Byte offset in `text` where the current word started, and whether it is all Cyrillic.
    word: Option<(usize, bool)>,
}

impl Builder {
    fn with_capacity(bytes: usize, track: bool) -> Self {
        let tracked = |n| {
            if track {
                Vec::with_capacity(n)
            } else {
                Vec::new()
            }
        };
        Self {
            text: String::with_capacity(bytes),
            orig: tracked(bytes + 1),
            space: None,
            word: None,
        }
    }

    fn push_out(&mut self, c: char, at: u32, track: bool) {
        let (word, script) = classify(c);
        if word {
            let cyr = script == Script::Cyrillic;
            match &mut self.word {
                Some((_, all)) => *all &= cyr,
                None => self.word = Some((self.text.len(), cyr)),
            }
        } else {
            self.end_word(track);
        }
        self.push_char(c, at, track);
    }

    /// Appends `c`, which came from source position `at`, without looking at words.
    #[inline(always)]
    fn push_char(&mut self, c: char, at: u32, track: bool) {
        if track {
            match c.len_utf8() {
                1 => self.orig.push(at),
                2 => self.orig.extend_from_slice(&[at, at]),
                n => self.orig.resize(self.orig.len() + n, at),
            }
        }
        self.text.push(c);
    }

    #[inline(always)]
    fn end_word(&mut self, track: bool) {
        if let Some((start, true)) = self.word.take() {
            self.cut_ending(start, track);
        }
    }

    /// Drops the case ending of the Cyrillic word that starts at byte `start` of the text.
    #[inline(never)]
    fn cut_ending(&mut self, start: usize, track: bool) {
        let cut = cyrillic_ending_len(&self.text[start..]);
        if cut > 0 {
            let keep = self.text.len() - cut;
            self.text.truncate(keep);
            if track {
                self.orig.truncate(keep);
            }
        }
    }

    /// True when the last word is "عبد" (maybe after one proclitic): "عبد الله" and "عبدالله"
    /// are one name, written both ways by agencies, so the space before "ال" is dropped.
    fn after_abd(&self) -> bool {
        let Some(before) = self.text.strip_suffix("عبد") else {
            return false;
        };
        let mut rest = before.chars().rev();
        match rest.next() {
            None | Some(' ' | '\n') => true,
            Some('و' | 'ب' | 'ل') => matches!(rest.next(), None | Some(' ' | '\n')),
            Some(_) => false,
        }
    }

    fn flush_space(&mut self, track: bool) {
        // The word before ended when the whitespace came: no word to end here.
        if let Some((at, newline)) = self.space.take() {
            self.push_char(if newline { '\n' } else { ' ' }, at, track);
        }
    }

    #[inline(always)]
    fn feed(&mut self, c: char, at: u32, track: bool) {
        // Most characters are letters that stay one word character: no classification needed.
        if let Some(d) = fold_word(c) {
            if self.space.is_some() {
                if d == 'ا' && self.after_abd() {
                    self.space = None;
                } else {
                    self.flush_space(track);
                }
            }
            match &mut self.word {
                Some((_, all)) => *all = false,
                None => self.word = Some((self.text.len(), false)),
            }
            self.push_char(d, at, track);
            return;
        }
        // A space ends the word before and starts (or goes on with) a whitespace run, as in
        // [`Builder::feed_other`], without its tests.
        if c == ' ' {
            self.end_word(track);
            if self.space.is_none() && !self.text.is_empty() {
                self.space = Some((at, false));
            }
            return;
        }
        self.feed_other(c, at, track);
    }

    /// [`Builder::feed`] for the characters that are not [`fold_word`] letters.
    #[inline(never)]
    fn feed_other(&mut self, c: char, at: u32, track: bool) {
        if let Some(d) = fold_common(c) {
            self.flush_space(track);
            self.push_out(d, at, track);
            return;
        }
        if c.is_whitespace() {
            self.end_word(track);
            let newline = matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}');
            match &mut self.space {
                Some((_, nl)) => *nl |= newline,
                None => {
                    if !self.text.is_empty() {
                        self.space = Some((at, newline));
                    }
                }
            }
            return;
        }
        let mut produced = [' '; 8];
        let mut n = 0;
        normalize_char(c, &mut |d| {
            if n < produced.len() {
                produced[n] = d;
                n += 1;
            }
        });
        if n == 0 {
            return;
        }
        self.flush_space(track);
        for &d in &produced[..n] {
            self.push_out(d, at, track);
        }
    }
}

impl Normalized {
    /// Normalises `source` and records where each normalised character came from.
    pub fn new(source: &str) -> Self {
        Self::with_source(source).0
    }

    /// [`Normalized::new`] and [`SourceText::new`] of `source`, in one pass over it.
    pub fn with_source(source: &str) -> (Self, SourceText<'_>) {
        let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut b = Builder::with_capacity(source.len(), true);
        let mut byte_at = Vec::with_capacity(source.len() + 1);
        // Code points read so far (saturating, as `offset` does).
        let mut count: u32 = 0;
        for (i, c) in source.char_indices() {
            byte_at.push(offset(i));
            b.feed(c, count, true);
            count = count.saturating_add(1);
        }
        b.end_word(true);
        // A trailing whitespace run is dropped: nothing can match it.
        b.orig.push(offset(byte_at.len()));
        byte_at.push(offset(source.len()));
        let normalized = Self {
            text: b.text,
            orig: b.orig,
        };
        let indexed = SourceText {
            text: source,
            byte_at,
        };
        (normalized, indexed)
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Source code-point offset of the normalised byte offset `byte` (a char boundary, or the end).
    pub fn source_offset(&self, byte: usize) -> usize {
        self.orig
            .get(byte)
            .or(self.orig.last())
            .map_or(0, |&o| o as usize)
    }

    /// Source code-point span `[start, end)` of the normalised byte span `[start, end)`.
    pub fn source_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.source_offset(start), self.source_offset(end))
    }

    /// Normalised byte offset of the first normalised character whose source position is at or
    /// after code point `cp` (binary search; the map is non-decreasing).
    pub fn normalized_offset(&self, cp: usize) -> usize {
        let i = self.orig.partition_point(|&o| (o as usize) < cp);
        let mut i = i.min(self.text.len());
        while !self.text.is_char_boundary(i) {
            i += 1;
        }
        i
    }
}

/// The number of words of `text` split at whitespace: `text.split_whitespace().count()`, read
/// byte by byte when no byte can start a whitespace character outside ASCII (always so in Arabic
/// text; the lead bytes of those characters are `C2`, `E1`, `E2` and `E3`).
pub fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    if bytes.iter().any(|b| matches!(b, 0xC2 | 0xE1..=0xE3)) {
        return text.split_whitespace().count();
    }
    count_ascii_spaced(bytes)
}

/// [`word_count`] of a text that holds no CJK character ([`Script::Cjk`]); `None` when it may
/// hold one. Without the bytes that lead CJK characters (`E3` and up) or whitespace characters
/// outside ASCII (`C2`, `E1`–`E3`), the text has neither, and its words are counted by bytes.
pub fn word_count_without_cjk(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let other = bytes.iter().any(|&b| b == 0xC2 || b >= 0xE1);
    (!other).then(|| count_ascii_spaced(bytes))
}

/// The words of `bytes` separated by ASCII whitespace.
fn count_ascii_spaced(bytes: &[u8]) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for &b in bytes {
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        words += usize::from(!space && !in_word);
        in_word = !space;
    }
    words
}

/// Normalises a label of the gazetteer or a lexicon the way [`Normalized::new`] normalises text.
pub fn normalize_label(label: &str) -> String {
    let mut b = Builder::with_capacity(label.len(), false);
    for c in label.trim().chars() {
        b.feed(c, 0, false);
    }
    b.end_word(false);
    b.text
}

/// The Arabic diacritics written in `text` (short vowels, tanwin, shadda, sukun, dagger alif),
/// each with the normalised letter it sits on: `عمّان` gives `[('م', 'ّ')]`. Normalisation drops
/// them, so two names that differ only by them (عمّان Amman, عُمان Oman) match the same
/// pattern; where a text writes them, they tell the names apart.
pub fn arabic_marks(text: &str) -> Vec<(char, char)> {
    let mut marks = Vec::new();
    let mut letter = None;
    for c in text.chars() {
        if matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}') {
            if let Some(l) = letter {
                marks.push((l, c));
            }
        } else if !is_removed(c) {
            letter = None;
            normalize_char(c, &mut |n| letter = Some(n));
        }
    }
    marks
}

/// Code-point indexed view of a source text, for slicing mentions out of it.
#[derive(Debug, Clone)]
pub struct SourceText<'a> {
    text: &'a str,
    /// Byte offset of each code point, plus the text length.
    byte_at: Vec<u32>,
}

impl<'a> SourceText<'a> {
    /// Indexes `text` by code point.
    pub fn new(text: &'a str) -> Self {
        // Every byte's offset is written, and kept when it starts a character: no branch per
        // byte.
        let mut byte_at = vec![0u32; text.len() + 1];
        let mut n = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            byte_at[n] = u32::try_from(i).unwrap_or(u32::MAX);
            n += usize::from(b & 0xC0 != 0x80);
        }
        byte_at[n] = u32::try_from(text.len()).unwrap_or(u32::MAX);
        byte_at.truncate(n + 1);
        Self { text, byte_at }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        self.byte_at.len() - 1
    }

    /// True for the empty text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The code points `[start, end)` (clamped to the text; empty when reversed).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let n = self.len();
        let (s, e) = (start.min(n), end.min(n));
        if s >= e {
            return "";
        }
        let (bs, be) = (self.byte_at[s] as usize, self.byte_at[e] as usize);
        self.text.get(bs..be).unwrap_or("")
    }

    /// The whole text.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
}

/// Arabic proclitics found in front of a hit, inside the same word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clitics {
    /// Conjunction `و` or `ف`.
    pub conjunction: Option<char>,
    /// Preposition `ب`, `ل` or `ك`.
    pub preposition: Option<char>,
    /// The article `ال` (included in the anchor).
    pub article: bool,
}

/// How a pattern may attach to its surroundings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PatternRule {
    /// The last word may continue (`*` in a lexicon: stems such as `переговор*`, `sign*`).
    pub open_end: bool,
    /// The Arabic article `ال` may precede the pattern in the same word.
    pub article_ok: bool,
}

/// One valid match of a pattern in a normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the pattern in the automaton.
    pub pattern: usize,
    /// Normalised byte offset where the anchor starts (after the clitics, before an article).
    pub start: usize,
    /// Normalised byte offset where the pattern itself starts.
    pub core_start: usize,
    /// Normalised byte offset where the pattern ends.
    pub end: usize,
    /// Proclitics in front of the anchor.
    pub clitics: Clitics,
}

fn is_arabic_letter(c: char) -> bool {
    script_of(c) == Script::Arabic
}

/// Parses the in-word prefix in front of an Arabic match as proclitics; `None` if it is not one.
/// `contracted` means the pattern itself starts with the `لل` contraction.
fn arabic_prefix(prefix: &str, rule: PatternRule, contracted: bool) -> Option<(Clitics, usize)> {
    let mut clitics = Clitics::default();
    let mut rest = prefix;
    let mut anchor_back = 0; // bytes of the prefix included in the anchor (the article)
    if let Some(c @ ('و' | 'ف')) = rest.chars().next() {
        clitics.conjunction = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    if contracted {
        return rest.is_empty().then_some((clitics, 0));
    }
    if rule.article_ok && rest == "لل" {
        clitics.preposition = Some('ل');
        clitics.article = true;
        return Some((clitics, "ل".len()));
    }
    if let Some(c @ ('ب' | 'ل' | 'ك')) = rest.chars().next() {
        clitics.preposition = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    if rule.article_ok && rest == "ال" {
        clitics.article = true;
        anchor_back = rest.len();
        rest = "";
    }
    rest.is_empty().then_some((clitics, anchor_back))
}

/// Parts of a text that [`Matcher::find_all`] scans side by side.
const STREAMS: usize = 8;

/// Patterns compiled for [`scan`]: an aho-corasick DFA over the patterns in the scan encoding
/// (see [`encoding`]).
#[derive(Debug, Clone)]
pub struct Matcher {
    dfa: DFA,
    /// The patterns in UTF-8, one after another, to check an occurrence of the encoded pattern
    /// against: pattern `i` is `bytes[ends[i]..ends[i + 1]]` (one block, that the checks find in
    /// the caches more often than one allocation a pattern).
    bytes: Vec<u8>,
    /// Where each pattern ends in `bytes`, after a first 0.
    ends: Vec<u32>,
}

impl Matcher {
    /// Compiles normalised patterns; pattern `i` of a [`Hit`] is `patterns[i]`.
    ///
    /// # Errors
    /// When the automaton would be too large.
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> Result<Self, BuildError> {
        let encoded: Vec<Vec<u8>> = patterns
            .iter()
            .map(|p| encoding::encode(p.as_ref()))
            .collect();
        // A DFA: more memory and build time (once, at start-up) for the fastest scan.
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .prefilter(false)
            .build(&encoded)?;
        let mut bytes = Vec::new();
        let mut ends = vec![0];
        for p in patterns {
            bytes.extend_from_slice(p.as_ref().as_bytes());
            ends.push(u32::try_from(bytes.len()).unwrap_or(u32::MAX));
        }
        Ok(Self { dfa, bytes, ends })
    }

    /// The UTF-8 bytes of pattern `i`.
    fn pattern(&self, i: usize) -> Option<&[u8]> {
        let (start, end) = (*self.ends.get(i)?, *self.ends.get(i + 1)?);
        self.bytes.get(start as usize..end as usize)
    }

    /// Every occurrence of every pattern in `text`, in the order of an overlapping search (by
    /// end, then longest first) when the parts' lists are read one after the other.
    ///
    /// The DFA of many names is large, so most of its steps miss the processor's caches, and each
    /// step needs the one before. So the text is cut into [`STREAMS`] parts scanned side by side,
    /// whose steps are independent and whose cache misses overlap. A part's scan starts at the
    /// part, without the state the text before leaves; [`Matcher::resync`] then scans the part's
    /// first bytes again from that state, until the two scans agree.
    fn find_all(&self, text: &str) -> [Vec<(usize, usize, usize)>; STREAMS] {
        let Ok(start) = self.dfa.start_state(Anchored::No) else {
            return Default::default();
        };
        let part = text.len().div_ceil(STREAMS).max(1);
        let mut streams: [Stream; STREAMS] = std::array::from_fn(|k| {
            let own = char_start(text, k * part);
            Stream {
                pos: own,
                own,
                end: char_start(text, (k + 1) * part),
                state: start,
                // Articles hold about one occurrence in 25 bytes: room for more, so that the
                // lists rarely grow.
                found: Vec::with_capacity(part / 16 + 4),
            }
        });
        let bytes = text.as_bytes();
        // All streams step together while each has bytes left (a step reads one or two), then
        // each finishes alone.
        loop {
            let steps = streams.iter().map(|s| s.end - s.pos).min().unwrap_or(0) / 2;
            if steps == 0 {
                break;
            }
            for _ in 0..steps {
                for stream in &mut streams {
                    self.step(stream, bytes);
                }
            }
        }
        for stream in &mut streams {
            while stream.pos < stream.end {
                self.step(stream, bytes);
            }
        }
        // The state at the end of each part, from the text's start, is where the next part's
        // scan really starts.
        let mut before = streams[0].state;
        for stream in streams.iter_mut().skip(1) {
            before = self.resync(stream, before, start, bytes);
        }
        streams.map(|s| s.found)
    }

    /// Scans the start of `stream`'s part again from `before`, the state that the text before
    /// the part leaves (`stream` started from `start`), until the part's own scan reaches the
    /// same state: from there on the two scans are one. The occurrences found on the way replace
    /// those the part found there. Returns the state at the end of the part.
    ///
    /// The two states agree at the latest once the longest pattern fits after the part's start:
    /// a state is the longest pattern start that the text read ends with.
    #[inline(never)]
    fn resync(
        &self,
        stream: &mut Stream,
        before: StateID,
        start: StateID,
        bytes: &[u8],
    ) -> StateID {
        let mut again = Stream {
            pos: stream.own,
            own: stream.own,
            end: stream.end,
            state: before,
            found: Vec::new(),
        };
        // The state of the part's own scan at `again.pos`.
        let mut own = start;
        while again.state != own && again.pos < again.end {
            let b = bytes.get(again.pos).copied().unwrap_or(0);
            let next = bytes.get(again.pos + 1).copied().unwrap_or(0);
            own = self
                .dfa
                .next_state(Anchored::No, own, encoding::unit(b, next).0);
            self.step(&mut again, bytes);
        }
        let redone = stream
            .found
            .partition_point(|&(_, end, _)| end <= again.pos);
        stream.found.splice(..redone, again.found);
        if again.state == own {
            stream.state
        } else {
            // The part ended before the scans agreed.
            again.state
        }
    }

    /// Reads the next unit of `stream` (see [`encoding::unit`]), recording the occurrences that
    /// end after it.
    #[inline(always)]
    fn step(&self, stream: &mut Stream, bytes: &[u8]) {
        let b = bytes.get(stream.pos).copied().unwrap_or(0);
        let next = bytes.get(stream.pos + 1).copied().unwrap_or(0);
        let (byte, width) = encoding::unit(b, next);
        stream.state = self.dfa.next_state(Anchored::No, stream.state, byte);
        stream.pos += width;
        if self.dfa.is_match(stream.state) && stream.pos > stream.own {
            self.record(stream, bytes);
        }
    }

    /// Records the occurrences of the patterns of `stream`'s matching state (longest first) that
    /// the text holds (see [`encoding`]). (Out of line, so that the steps between matches keep
    /// their registers.)
    #[inline(never)]
    fn record(&self, stream: &mut Stream, bytes: &[u8]) {
        let end = stream.pos;
        for m in 0..self.dfa.match_len(stream.state) {
            let pattern = self.dfa.match_pattern(stream.state, m).as_usize();
            let Some(want) = self.pattern(pattern) else {
                continue;
            };
            let start = end.saturating_sub(want.len());
            if bytes
                .get(start..end)
                .is_some_and(|got| same_bytes(got, want))
            {
                stream.found.push((start, end, pattern));
            }
        }
    }
}

/// True when two byte strings are equal, compared in line: patterns are short, and a call of
/// `memcmp` for each occurrence cost more than the comparison.
#[inline(always)]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// The start of the character at byte `at` of `text` (or the text's length).
fn char_start(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One part of a text that [`Matcher::find_all`] scans.
struct Stream {
    /// Next byte to read.
    pos: usize,
    /// Where the part's own bytes start: occurrences ending at or before are another part's.
    own: usize,
    /// Where the part ends.
    end: usize,
    state: StateID,
    /// Occurrences found, in the order of an overlapping search.
    found: Vec<(usize, usize, usize)>,
}

/// Finds the valid hits of `matcher` in `text`, leftmost-longest and non-overlapping.
/// `rule(pattern)` gives each pattern's attachment rule; `extra(hit)` may veto a hit (e.g. a
/// case-sensitive acronym), and is called on boundary-valid hits only, in the order of an
/// overlapping search (by end, then longest first).
pub fn scan(
    matcher: &Matcher,
    text: &str,
    rule: impl Fn(usize) -> PatternRule,
    mut extra: impl FnMut(&Hit) -> bool,
) -> Vec<Hit> {
    let found = matcher.find_all(text);
    let mut hits: Vec<Hit> = Vec::with_capacity(found.iter().map(Vec::len).sum());
    // (Part by part: a flattening iterator cost more than the loop's body.)
    for part in &found {
        for &(ms, me, pattern) in part {
            if let Some(hit) = boundary_valid(text, ms, me, pattern, rule(pattern)) {
                if extra(&hit) {
                    hits.push(hit);
                }
            }
        }
    }
    select_longest(hits)
}

/// The hit of `pattern` at `[ms, me)` when its word boundaries are right for `rule`.
fn boundary_valid(text: &str, ms: usize, me: usize, pattern: usize, r: PatternRule) -> Option<Hit> {
    let matched = text.get(ms..me).filter(|m| !m.is_empty())?;
    let mut hit = Hit {
        pattern,
        start: ms,
        core_start: ms,
        end: me,
        clitics: Clitics::default(),
    };
    // End boundary (first: a match inside a longer word mostly fails it, and it costs less).
    if !r.open_end
        && word_char_after(text, me).is_some_and(|c| script_of(c) != Script::Cjk)
        && matched.chars().next_back().map(script_of) != Some(Script::Cjk)
    {
        return None;
    }
    // Start boundary: only a word character before the match can break it.
    if let Some(before) = word_char_before(text, ms) {
        let first = matched.chars().next().unwrap_or(' ');
        match script_of(first) {
            Script::Cjk => {}
            Script::Arabic => {
                let ws = proclitic_start(text, ms)?;
                let contracted = matched.starts_with("لل");
                let (clitics, back) = arabic_prefix(&text[ws..ms], r, contracted)?;
                hit.clitics = clitics;
                hit.start = ms - back;
            }
            _ => {
                if script_of(before) != Script::Cjk {
                    return None;
                }
            }
        }
    }
    Some(hit)
}

/// The character that ends `text[..at]` when it is a word character (`at` a char boundary); a
/// byte test when it is ASCII.
fn word_char_before(text: &str, at: usize) -> Option<char> {
    match at.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
        None => None,
        Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric().then_some(char::from(b)),
        Some(_) => text[..at].chars().next_back().filter(|&c| is_word_char(c)),
    }
}

/// The character that starts `text[at..]` when it is a word character (`at` a char boundary); a
/// byte test when it is ASCII.
fn word_char_after(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        None => None,
        Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric().then_some(char::from(b)),
        Some(_) => text[at..].chars().next().filter(|&c| is_word_char(c)),
    }
}

/// The start of the word that `text[..at]` ends with, when that part of the word is at most four
/// Arabic letters (room for proclitics only).
fn proclitic_start(text: &str, at: usize) -> Option<usize> {
    let mut start = at;
    for (n, (i, c)) in text[..at].char_indices().rev().enumerate() {
        if !is_word_char(c) {
            break;
        }
        if n == 4 || !is_arabic_letter(c) {
            return None;
        }
        start = i;
    }
    Some(start)
}

/// Leftmost-longest non-overlapping selection (by anchor span), in place.
fn select_longest(mut hits: Vec<Hit>) -> Vec<Hit> {
    // (Hits with equal keys are equal: one pattern at one place.)
    sort_nearly_sorted(&mut hits, |h| {
        (h.start, std::cmp::Reverse(h.end), h.pattern)
    });
    // The first hit is kept; then each that starts at or after the end of the last kept.
    let mut last_end: Option<usize> = None;
    hits.retain(|h| {
        let keep = last_end.is_none_or(|end| h.start >= end);
        if keep {
            last_end = Some(h.end);
        }
        keep
    });
    hits
}

/// Sorts `items` by `key` where equal keys mean equal items (so that any sort gives one order).
/// Hits come in order of their end, and so nearly in order of their start: an insertion sort
/// moves each a few places, in linear time; when the moves grow past a few per item (texts made
/// to defeat it), a general sort takes over.
fn sort_nearly_sorted<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let budget = 8 * items.len();
    let mut moves = 0;
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
            moves += 1;
            if moves > budget {
                items.sort_unstable_by_key(key);
                return;
            }
        }
    }
}

/// A repeatable pseudo-random sequence for the tests' random texts (a 64-bit linear
/// congruential generator).
#[cfg(test)]
pub(crate) struct TestRng(pub u64);

#[cfg(test)]
impl TestRng {
    /// The next number (the generator's high bits).
    pub fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (self.0 >> 33) as usize
    }

    /// A text of `len` characters drawn from `alphabet`.
    pub fn text(&mut self, alphabet: &[char], len: usize) -> String {
        (0..len)
            .map(|_| alphabet[self.next() % alphabet.len()])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(source: &str, span: (usize, usize)) -> String {
        source.chars().skip(span.0).take(span.1 - span.0).collect()
    }

    #[test]
    fn arabic_letters_and_digits() {
        assert_eq!(normalize_label("أإآٱ"), "اااا");
        assert_eq!(normalize_label("مستشفى"), "مستشفي");
        assert_eq!(normalize_label("جمهورية"), "جمهوريه");
        assert_eq!(normalize_label("٢٠٢٦ ۲۰"), "2026 20");
        assert_eq!(normalize_label("مُحَمَّد"), "محمد");
        assert_eq!(normalize_label("بوتيـــن"), "بوتين");
        assert_eq!(normalize_label("\u{FEFB}"), "لا");
    }

    #[test]
    fn latin_and_cyrillic() {
        assert_eq!(normalize_label("António  GUTERRES"), "antonio guterres");
        assert_eq!(normalize_label("Secretary‑General"), "secretary-general");
        assert_eq!(normalize_label("России"), normalize_label("Россия"));
        assert_eq!(normalize_label("Путиным"), normalize_label("Путин"));
        assert_eq!(normalize_label("Лаврова"), normalize_label("Лавров"));
        assert_eq!(normalize_label("Китаем"), normalize_label("Китай"));
        assert_eq!(normalize_label("Ёлка"), normalize_label("елки"));
    }

    #[test]
    fn whitespace_collapses_and_maps_back() {
        let source = "  قال  بُوتينُ\n\n اليوم";
        let n = Normalized::new(source);
        assert_eq!(n.as_str(), "قال بوتين\nاليوم");
        let start = n.as_str().find("بوتين").expect("found");
        let end = start + "بوتين".len();
        let span = n.source_span(start, end);
        assert_eq!(slice(source, span), "بُوتينُ");
        let span = n.source_span(0, n.as_str().len());
        assert_eq!(slice(source, span), "قال  بُوتينُ\n\n اليوم");
    }

    #[test]
    fn cyrillic_endings_stay_in_the_span() {
        let source = "с Путиным.";
        let n = Normalized::new(source);
        let start = n.as_str().find("путин").expect("found");
        let span = n.source_span(start, start + "путин".len());
        assert_eq!(slice(source, span), "Путиным");
    }

    #[test]
    fn abd_names_are_one_word_either_way() {
        assert_eq!(normalize_label("عبد الله"), normalize_label("عبدالله"));
        assert_eq!(normalize_label("وعبد العزيز"), "وعبدالعزيز");
        // Not inside another word, nor before a word without the article.
        assert_eq!(normalize_label("زبد الله"), "زبد الله");
        assert_eq!(normalize_label("عبد ربه"), "عبد ربه");
        let text = Normalized::new("الملك عبد الله");
        assert_eq!(text.as_str(), "الملك عبدالله");
        assert_eq!(text.source_span(0, text.as_str().len()), (0, 14));
    }

    #[test]
    fn normalized_offset_inverts_source_offset() {
        let source = "أ ب";
        let n = Normalized::new(source);
        assert_eq!(n.normalized_offset(2), n.as_str().find('ب').expect("found"));
        assert_eq!(n.normalized_offset(99), n.as_str().len());
    }

    fn automaton(patterns: &[&str]) -> Matcher {
        let normalized: Vec<String> = patterns.iter().map(|p| normalize_label(p)).collect();
        Matcher::new(&normalized).expect("builds")
    }

    fn found(patterns: &[&str], rule: PatternRule, text: &str) -> Vec<String> {
        let ac = automaton(patterns);
        let n = Normalized::new(text);
        scan(&ac, n.as_str(), |_| rule, |_| true)
            .iter()
            .map(|h| slice(text, n.source_span(h.start, h.end)))
            .collect()
    }

    #[test]
    fn arabic_clitics_are_excluded_from_anchors() {
        let rule = PatternRule {
            open_end: false,
            article_ok: false,
        };
        assert_eq!(found(&["بجينغ"], rule, "في قاعة ببجينغ."), vec!["بجينغ"]);
        assert_eq!(found(&["الصين"], rule, "روسيا والصين"), vec!["الصين"]);
        assert_eq!(
            found(&["بوتين"], rule, "وبوتين فببوتين"),
            vec!["بوتين", "بوتين"]
        );
        assert_eq!(found(&["وانغ يي"], rule, "ووانغ يي"), vec!["وانغ يي"]);
        assert!(found(&["بوتين"], rule, "البوتينات").is_empty());
        assert!(found(&["صين"], rule, "الصين").is_empty());
    }

    #[test]
    fn arabic_article_and_contraction() {
        let rule = PatternRule {
            open_end: false,
            article_ok: true,
        };
        assert_eq!(found(&["بريكس"], rule, "دول البريكس"), vec!["البريكس"]);
        assert_eq!(found(&["بريكس"], rule, "وللبريكس"), vec!["لبريكس"]);
        assert_eq!(found(&["للتعاون"], rule, "وللتعاون"), vec!["للتعاون"]);
    }

    #[test]
    fn latin_whole_words_and_open_ends() {
        let closed = PatternRule::default();
        assert!(found(&["us"], closed, "Russia").is_empty());
        assert_eq!(found(&["china"], closed, "China's"), vec!["China"]);
        assert_eq!(found(&["russian"], closed, "Sino-Russian"), vec!["Russian"]);
        let open = PatternRule {
            open_end: true,
            article_ok: false,
        };
        assert_eq!(found(&["sign"], open, "they signed"), vec!["sign"]);
    }

    #[test]
    fn leftmost_longest_among_valid_hits() {
        let rule = PatternRule::default();
        assert_eq!(
            found(
                &["قاعة الشعب", "قاعة الشعب الكبرى", "الشعب"],
                rule,
                "في قاعة الشعب الكبرى"
            ),
            vec!["قاعة الشعب الكبرى"]
        );
        assert_eq!(
            found(&["中国", "中国共产党"], rule, "中国共产党和中国"),
            vec!["中国共产党", "中国"]
        );
    }

    #[test]
    fn fast_paths_agree_with_the_general_ones() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(classify(c), (is_word_char(c), script_of(c)), "{c:?}");
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            if is_common_punctuation(c) {
                assert!(
                    !c.is_alphanumeric() && script_of(c) == Script::Other,
                    "{c:?}"
                );
            }
            if let Some(folded) = fold_word(c) {
                assert_eq!(fold_common(c), Some(folded), "{c:?}");
                let (word, script) = classify(folded);
                assert!(word && script != Script::Cyrillic, "{c:?}");
            }
            if let Some(folded) = fold_common(c) {
                let mut out = Vec::new();
                normalize_char(c, &mut |d| out.push(d));
                assert!(!c.is_whitespace(), "{c:?}");
                assert_eq!(out, vec![folded], "{c:?}");
            }
        }
    }

    #[test]
    fn word_count_counts_as_split_whitespace() {
        // With and without the whitespace characters outside ASCII.
        let alphabets: [Vec<char>; 2] = [
            "a ب\n\t\u{b}\u{1c}\u{85}\u{a0}\u{2003}\u{3000}é中"
                .chars()
                .collect(),
            "a ب\n\t\u{b}\u{c}\r\u{1c}é中".chars().collect(),
        ];
        let mut rng = TestRng(3);
        for round in 0..3000 {
            let len = rng.next() % 12;
            let text = rng.text(&alphabets[round % 2], len);
            assert_eq!(
                word_count(&text),
                text.split_whitespace().count(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn word_count_without_cjk_is_word_count_of_texts_without_cjk() {
        // Alphabets with CJK characters and whitespace outside ASCII, and without.
        let alphabets: [Vec<char>; 3] = [
            "a ب\n\t\u{85}\u{a0}\u{2003}\u{3000}é中«ぁ한\u{20000}"
                .chars()
                .collect(),
            "a ب\n\t\u{b}\r\u{1c}é«ж.,".chars().collect(),
            "a ب\n\u{1680}\u{2000}\u{e0100}".chars().collect(),
        ];
        let mut rng = TestRng(7);
        let mut counted = 0;
        for round in 0..6000 {
            let len = rng.next() % 12;
            let text = rng.text(&alphabets[round % 3], len);
            let cjk = text.chars().any(|c| script_of(c) == Script::Cjk);
            let simple = (!cjk).then(|| word_count(&text));
            match word_count_without_cjk(&text) {
                Some(n) => {
                    assert_eq!(Some(n), simple, "{text:?}");
                    counted += 1;
                }
                None => assert!(text.bytes().any(|b| b == 0xC2 || b >= 0xE1), "{text:?}"),
            }
        }
        assert!(counted > 1000);
    }

    #[test]
    fn nearly_sorted_sort_sorts() {
        let mut rng = TestRng(13);
        for round in 0..200 {
            let mut items: Vec<(usize, usize)> = Vec::new();
            for i in 0..round {
                // Mostly a few places out of order; far out of order past round 100.
                let spread = if round > 100 { 1000 } else { 4 };
                items.push((i + rng.next() % spread, rng.next() % 3));
            }
            let mut want = items.clone();
            want.sort_unstable();
            sort_nearly_sorted(&mut items, |&x| x);
            assert_eq!(items, want);
        }
    }

    #[test]
    fn streams_find_what_one_overlapping_search_finds() {
        let patterns = [
            "ab",
            "b",
            "abcab",
            "ca",
            "bca",
            "x",
            "aaaaaaaaaaaa",
            "ب",
            "اب",
            "بابا",
            "\u{1}ب",
            "ٌب",
            "ء",
            "،ا",
            "д\nب",
            "بд",
            "\u{9c}",
        ];
        let matcher = Matcher::new(&patterns).expect("builds");
        let reference = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .expect("builds");
        // Characters whose last byte is that of an Arabic letter (`С`, `Ч` end as `ء`, `ا` do),
        // `،` and `ٌ` (`D8 8C` and `D9 8C`), control characters.
        let alphabet: Vec<char> = "abcx ابaٌ\u{1}\nдь\u{9c}СЧءا،".chars().collect();
        let mut text = String::new();
        let mut rng = TestRng(7);
        for _ in 0..600 {
            text.push(alphabet[rng.next() % alphabet.len()]);
            let want: Vec<(usize, usize, usize)> = reference
                .find_overlapping_iter(&text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(matcher.find_all(&text).concat(), want, "{text}");
        }
    }

    #[test]
    fn one_pass_indexes_as_source_text_does() {
        for text in ["", "a😀بُ\n", "  قال  بُوتينُ\n\n اليوم ", "Путин, 中国 ﻻ"]
        {
            let (normalized, source) = Normalized::with_source(text);
            assert_eq!(normalized.as_str(), Normalized::new(text).as_str());
            assert_eq!(source.byte_at, SourceText::new(text).byte_at);
        }
    }

    #[test]
    fn boundary_checks_agree_with_the_character_walk() {
        // The checks as they walked the characters around the match.
        /// The hit of `pattern` at `[ms, me)` when its word boundaries are right for `rule`.
        fn boundary_valid_simple(
            text: &str,
            ms: usize,
            me: usize,
            pattern: usize,
            r: PatternRule,
        ) -> Option<Hit> {
            let matched = text.get(ms..me).filter(|m| !m.is_empty())?;
            let mut hit = Hit {
                pattern,
                start: ms,
                core_start: ms,
                end: me,
                clitics: Clitics::default(),
            };
            // Start boundary: only a word character before the match can break it.
            let before = text[..ms].chars().next_back().filter(|&c| is_word_char(c));
            if let Some(before) = before {
                let first = matched.chars().next().unwrap_or(' ');
                match script_of(first) {
                    Script::Cjk => {}
                    Script::Arabic => {
                        // Walk back to the start of the word (clitics are at most four letters).
                        let mut ws = ms;
                        let mut letters = 0;
                        for (i, c) in text[..ms].char_indices().rev() {
                            if !is_word_char(c) {
                                break;
                            }
                            ws = i;
                            letters += 1;
                            if letters > 4 {
                                break;
                            }
                        }
                        let prefix = &text[ws..ms];
                        if letters > 4
                            || !prefix.chars().all(is_arabic_letter)
                            || text[..ws].chars().next_back().is_some_and(is_word_char)
                        {
                            return None;
                        }
                        let contracted = matched.starts_with("لل");
                        let (clitics, back) = arabic_prefix(prefix, r, contracted)?;
                        hit.clitics = clitics;
                        hit.start = ms - back;
                    }
                    _ => {
                        if script_of(before) != Script::Cjk {
                            return None;
                        }
                    }
                }
            }
            // End boundary.
            if !r.open_end
                && text[me..]
                    .chars()
                    .next()
                    .is_some_and(|c| is_word_char(c) && script_of(c) != Script::Cjk)
                && matched.chars().next_back().map(script_of) != Some(Script::Cjk)
            {
                return None;
            }
            Some(hit)
        }
        let alphabet: Vec<char> = "ابولفكلل ,a1Zд中😀ٌ٣".chars().collect();
        let mut rng = TestRng(21);
        for round in 0..3000 {
            let text = rng.text(&alphabet, round % 16);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &ms in &bounds {
                for &me in bounds.iter().filter(|&&e| e >= ms) {
                    for (open_end, article_ok) in [(false, false), (true, false), (false, true)] {
                        let r = PatternRule {
                            open_end,
                            article_ok,
                        };
                        assert_eq!(
                            boundary_valid(&text, ms, me, 3, r),
                            boundary_valid_simple(&text, ms, me, 3, r),
                            "{text:?} {ms} {me} {r:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn source_text_slices_by_code_point() {
        let s = SourceText::new("a😀بc");
        assert_eq!(s.len(), 4);
        assert_eq!(s.slice(1, 3), "😀ب");
        assert_eq!(s.slice(3, 99), "c");
        assert_eq!(s.slice(3, 2), "");
        let text = "Путин، 中国 a😀بُ\n";
        let s = SourceText::new(text);
        let want: Vec<String> = text.chars().map(String::from).collect();
        let got: Vec<&str> = (0..s.len()).map(|i| s.slice(i, i + 1)).collect();
        assert_eq!(got, want);
        assert!(SourceText::new("").is_empty());
    }
}
