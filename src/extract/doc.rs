//! One article prepared for the rules: its normalised text, lexicon hits, gazetteer hits,
//! numbers, quotations, sentences and the reported-speech regions, all as spans of the normalised
//! text (byte offsets), which [`Doc::source_span`] maps back to code points of the source.

use super::lexicon::{Cue, Entry, LexHit, Lexicon, Sense, cue_bit};
use crate::gazetteer::{Gazetteer, NameHit};
use crate::text::{Normalized, Script, SourceText, is_word_char, script_of};

/// A number written with digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// Normalised byte span (the digits and an ordinal marker such as `ال`, `th`, `第`).
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// Its value (saturating).
    pub value: u32,
    /// Number of digits.
    pub digits: usize,
    /// Written as an ordinal (`الـ30`, `25th`, `第16`, `30-й`).
    pub ordinal: bool,
}

/// A quotation: the span of its content, without the quote marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Start of the content.
    pub start: usize,
    /// End of the content.
    pub end: usize,
}

/// A sentence and where reported speech starts in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Start of the sentence.
    pub start: usize,
    /// End of the sentence (after its final punctuation).
    pub end: usize,
    /// Where reported speech starts (events after it are what someone said, not news).
    pub speech_from: Option<usize>,
    /// The sentence starts a paragraph.
    pub paragraph_start: bool,
    /// The article's headline: it restates the news, so it names no new event or agreement.
    pub headline: bool,
}

/// For spans sorted by strictly increasing start, the number of spans that start before each
/// 32-byte block of the text: the rules ask for the hits from a position on all the time, and a
/// binary search over all hits costs a branch miss a step.
struct StartIndex {
    /// `before[b]`: the number of spans that start before byte `32 * b`.
    before: Vec<usize>,
}

impl StartIndex {
    const BLOCK: usize = 32;

    /// The index of `spans` in a text of `len` bytes.
    fn new(spans: &[(usize, usize)], len: usize) -> Self {
        let blocks = len / Self::BLOCK + 1;
        let mut before = Vec::with_capacity(blocks + 1);
        let mut i = 0;
        for b in 0..=blocks {
            while spans.get(i).is_some_and(|&(s, _)| s < b * Self::BLOCK) {
                i += 1;
            }
            before.push(i);
        }
        Self { before }
    }

    /// The number of `spans` (those indexed) that start before `at`:
    /// `spans.partition_point(|&(s, _)| s < at)`.
    fn count_before(&self, spans: &[(usize, usize)], at: usize) -> usize {
        let b = at / Self::BLOCK;
        match (self.before.get(b), self.before.get(b + 1)) {
            (Some(&from), Some(&to)) => {
                from + spans
                    .get(from..to)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|&&(s, _)| s < at)
                    .count()
            }
            // Past the last block: every span starts before.
            _ => self.before.last().copied().unwrap_or(0),
        }
    }
}

/// An article prepared for the rules.
pub struct Doc<'a> {
    /// The source text (document text, header excluded).
    pub source: SourceText<'a>,
    /// The normalised text.
    pub norm: Normalized,
    /// Lexicon hits, by position.
    pub lex: Vec<LexHit>,
    /// Gazetteer hits, by position.
    pub names: Vec<NameHit>,
    /// Numbers, by position.
    pub numbers: Vec<Number>,
    /// Quotations, by position.
    pub quotes: Vec<Quote>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// For each 64-byte block of the text, the first sentence that ends after the block's
    /// start ([`Doc::sentence_at`] reads on from there).
    sentence_of_block: Vec<usize>,
    /// Spans of the characters that cut a sentence into clauses ([`is_cut`]), in order.
    cuts: Vec<(usize, usize)>,
    /// The spans of [`Doc::lex`], packed for the searches by end.
    lex_spans: Vec<(usize, usize)>,
    /// Where the hits of [`Doc::lex`] start, by 32-byte block of the text.
    lex_starts: StartIndex,
    /// The spaces of the text, one bit a byte ([`space_bits`]), when it has no byte that leads a
    /// Han character ([`Doc::words_back`] counts Han characters as words too).
    spaces: Option<Vec<u64>>,
    lexicon: &'a Lexicon,
}

impl<'a> Doc<'a> {
    /// Prepares `text`.
    pub fn new(text: &'a str, lexicon: &'a Lexicon, gazetteer: &Gazetteer) -> Self {
        let (norm, source) = Normalized::with_source(text);
        let names = gazetteer.find(&norm, &source);
        let lex = outside_names(norm.as_str(), lexicon.scan(&norm), &names);
        let lex_spans: Vec<(usize, usize)> = lex.iter().map(|h| (h.start, h.end)).collect();
        let lex_starts = StartIndex::new(&lex_spans, norm.as_str().len());
        let numbers = numbers(norm.as_str());
        let marked = marked_chars(norm.as_str());
        let quotes = quotes(norm.as_str(), &marked);
        let cuts = marked
            .iter()
            .filter(|&&(_, c)| is_cut(c))
            .map(|&(i, c)| (i, i + c.len_utf8()))
            .collect();
        let spaces = space_bits(norm.as_str());
        let mut doc = Self {
            source,
            norm,
            lex,
            names,
            numbers,
            quotes,
            sentences: Vec::new(),
            sentence_of_block: Vec::new(),
            cuts,
            lex_spans,
            lex_starts,
            spaces,
            lexicon,
        };
        doc.sentences = doc.split_sentences(&marked);
        doc.sentence_of_block = sentence_of_block(&doc.sentences, doc.text().len());
        doc.add_number_words();
        doc
    }

    /// Numbers written as words ("seven agreements", "سبع اتفاقيات") join the digit numbers.
    fn add_number_words(&mut self) {
        let words: Vec<Number> = self
            .lex
            .iter()
            .filter_map(|h| {
                self.senses(h).find_map(|s| match s {
                    Sense::Cardinal(value) => Some(Number {
                        start: h.start,
                        end: h.end,
                        value,
                        digits: value.to_string().len(),
                        ordinal: false,
                    }),
                    _ => None,
                })
            })
            .collect();
        if !words.is_empty() {
            self.numbers.extend(words);
            self.numbers.sort_by_key(|n| n.start);
        }
    }

    /// The first sentence after the headline: where the dateline is.
    pub fn lead(&self) -> Option<&Sentence> {
        self.sentences.iter().find(|s| !s.headline)
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        self.norm.as_str()
    }

    /// The entries of a lexicon hit.
    pub fn entries<'h>(&'h self, hit: &'h LexHit) -> impl Iterator<Item = &'h Entry> + 'h {
        self.lexicon.entries(hit)
    }

    /// The senses of a lexicon hit.
    pub fn senses<'h>(&'h self, hit: &'h LexHit) -> impl Iterator<Item = Sense> + 'h {
        self.entries(hit).map(|e| e.sense)
    }

    /// True when a lexicon hit has `sense`.
    pub fn has(&self, hit: &LexHit, sense: Sense) -> bool {
        match sense {
            Sense::Cue(cue) if cue_bit(cue) != 0 => hit.cues & cue_bit(cue) != 0,
            _ => self.senses(hit).any(|s| s == sense),
        }
    }

    /// Lexicon hits inside `[start, end)`.
    pub fn lex_in(&self, start: usize, end: usize) -> impl Iterator<Item = &LexHit> + '_ {
        let from = self.lex_starts.count_before(&self.lex_spans, start);
        self.lex[from..]
            .iter()
            .take_while(move |h| h.start < end)
            .filter(move |h| h.end <= end)
    }

    /// Source code-point span of a normalised span.
    pub fn source_span(&self, start: usize, end: usize) -> (usize, usize) {
        self.norm.source_span(start, end)
    }

    /// The source text of a normalised span.
    pub fn source_text(&self, start: usize, end: usize) -> &'a str {
        let (s, e) = self.source_span(start, end);
        self.source.slice(s, e)
    }

    /// True when the source character at normalised position `at` is a capital letter.
    pub fn capitalised(&self, at: usize) -> bool {
        let width = self.text()[at.min(self.text().len())..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        self.source_text(at, at + width)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// The sentence holding position `at`.
    pub fn sentence_at(&self, at: usize) -> Option<&Sentence> {
        // (`partition_point(|s| s.end <= at)`, from the first sentence that ends after the
        // start of the block of `at`: most blocks are inside one sentence.)
        let first = *self.sentence_of_block.get(at / 64)?;
        let after = self
            .sentences
            .get(first..)?
            .iter()
            .position(|s| s.end > at)?;
        self.sentences.get(first + after)
    }

    /// True when position `at` is inside a quotation (a title in quotes, or quoted words).
    pub fn in_quote(&self, at: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.end <= at);
        self.quotes.get(i).is_some_and(|q| q.start <= at)
    }

    /// True when position `at` is in reported speech.
    pub fn in_speech(&self, at: usize) -> bool {
        self.sentence_at(at)
            .and_then(|s| s.speech_from)
            .is_some_and(|f| at >= f)
    }

    /// The clause around `at`: the sentence cut at commas, semicolons and colons.
    pub fn clause_at(&self, at: usize) -> (usize, usize) {
        let text = self.text();
        // An offset inside a character stands for the character.
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let Some(sentence) = self.sentence_at(at) else {
            return (at, at);
        };
        let at = at.min(sentence.end);
        // The cuts before `at`, then those from `at` on.
        let i = self.cuts.partition_point(|&(s, _)| s < at);
        let start = self.cuts[..i]
            .last()
            .filter(|&&(s, _)| s >= sentence.start)
            .map_or(sentence.start, |&(_, e)| e);
        let end = self
            .cuts
            .get(i)
            .filter(|&&(s, _)| s < sentence.end)
            .map_or(sentence.end, |&(s, _)| s);
        (start, end)
    }

    /// True when only spaces (and no punctuation) lie between two positions.
    pub fn adjacent(&self, end: usize, start: usize) -> bool {
        end <= start
            && self
                .text()
                .get(end..start)
                .is_some_and(|g| g.chars().all(|c| c == ' '))
    }

    /// The words of the normalised text from `at` on (span of each), within `[at, limit)`,
    /// up to the first punctuation. Dots, hyphens and apostrophes inside a word belong to it.
    pub fn words_from(&self, at: usize, limit: usize) -> Vec<(usize, usize)> {
        self.words_upto(at, limit, usize::MAX)
    }

    /// The first `max` words of [`Doc::words_from`] `(at, text end)`: the walk stops there.
    pub fn first_words(&self, at: usize, max: usize) -> Vec<(usize, usize)> {
        self.words_upto(at, self.text().len(), max)
    }

    /// [`Doc::words_from`], stopping after `max` words.
    fn words_upto(&self, at: usize, limit: usize, max: usize) -> Vec<(usize, usize)> {
        let text = &self.text()[..limit.min(self.text().len())];
        let at = at.min(text.len());
        // Room for the words most calls ask for, so that the list does not grow.
        let mut words = Vec::with_capacity(max.min(16));
        let mut start: Option<usize> = None;
        let mut next = at;
        while let Some(c) = text.get(next..).and_then(|rest| rest.chars().next()) {
            let i = next;
            next += c.len_utf8();
            // (The character after is read only for the few that may join two parts of a word.)
            let inner = start.is_some()
                && matches!(c, '-' | '\'' | '·' | '.')
                && text[next..].chars().next().is_some_and(is_word_char);
            if is_word_char(c) || inner {
                start.get_or_insert(i);
                // The word's common letters after it, passed over byte by byte.
                next = common_letters_end(text.as_bytes(), next);
            } else {
                if let Some(s) = start.take() {
                    words.push((s, i));
                }
                if c != ' ' || words.len() >= max {
                    break;
                }
            }
        }
        if let Some(s) = start {
            words.push((s, text.len()));
        }
        words
    }

    /// Where the `n` words before `at` start in its sentence (`at` when no word of the sentence
    /// comes before): a word ends at a space, and two Han characters in a row make one (Chinese
    /// has no spaces).
    pub fn words_back(&self, at: usize, n: usize) -> usize {
        let sentence_start = self.sentence_at(at).map_or(0, |s| s.start);
        let Some(spaces) = &self.spaces else {
            return words_back_walk(self.text(), sentence_start, at, n);
        };
        // Without Han characters, the (n + 1)th space back ends the words: the spaces of each
        // 64 bytes before `at` in the sentence, last first.
        let mut left = n + 1;
        let mut end = at;
        while end > sentence_start {
            let block = (end - 1) / 64;
            let from = sentence_start.max(block * 64);
            let mut bits = spaces.get(block).copied().unwrap_or(0)
                & bit_range(from - block * 64, end - block * 64);
            while bits != 0 {
                let last = 63 - bits.leading_zeros() as usize;
                left -= 1;
                if left == 0 {
                    return block * 64 + last + 1;
                }
                bits &= !(1 << last);
            }
            end = from;
        }
        sentence_start.min(at)
    }

    /// Lexicon hits that start at `at` (hits are sorted and do not overlap: at most one).
    pub fn lex_at(&self, at: usize) -> Option<&LexHit> {
        let i = self.lex_starts.count_before(&self.lex_spans, at);
        self.lex.get(i).filter(|h| h.start == at)
    }

    /// True when a `cue` phrase ends right before `at`, spaces between ("until 28 May", "a
    /// number of agreements").
    pub fn cue_just_before(&self, at: usize, cue: Cue) -> bool {
        self.lex_in(at.saturating_sub(32), at)
            .any(|h| self.adjacent(h.end, at) && self.has(h, Sense::Cue(cue)))
    }

    /// The last lexicon hit that ends at or before `at`.
    pub fn lex_before(&self, at: usize) -> Option<&LexHit> {
        let i = self.lex_spans.partition_point(|&(_, e)| e <= at);
        i.checked_sub(1).and_then(|i| self.lex.get(i))
    }

    /// The number an ordinal hit says, with the tens an Arabic unit joins by و ("الحادية
    /// والأربعين": 1 + 40), and where it ends.
    pub fn ordinal_of(&self, hit: &LexHit) -> Option<(u32, usize)> {
        let ordinal = |h: &LexHit| {
            self.senses(h).find_map(|s| match s {
                Sense::Ordinal(n) => Some(n),
                _ => None,
            })
        };
        let n = ordinal(hit)?;
        let text = self.text();
        let tens = self
            .lex_in(hit.end, (hit.end + 24).min(text.len()))
            .next()
            .filter(|_| n < 10)
            .filter(|next| matches!(text[hit.end..next.start].trim(), "" | "و"))
            .and_then(|next| {
                ordinal(next)
                    .filter(|&t| t >= 20 && t % 10 == 0 && t < 100)
                    .map(|t| (n + t, next.end))
            });
        Some(tens.unwrap_or((n, hit.end)))
    }

    /// Index of the number that starts at `at`.
    pub fn number_at(&self, at: usize) -> Option<usize> {
        let i = self.numbers.partition_point(|n| n.start < at);
        self.numbers.get(i).filter(|n| n.start == at).map(|_| i)
    }

    /// Index of the last number that ends at or before `at`.
    pub fn number_before(&self, at: usize) -> Option<usize> {
        self.numbers.partition_point(|n| n.end <= at).checked_sub(1)
    }

    /// The numbers that end at or after `from` and start at or before `to`, in order (numbers
    /// do not overlap, so their ends are in order too).
    pub fn numbers_near(&self, from: usize, to: usize) -> impl Iterator<Item = &Number> + '_ {
        let i = self.numbers.partition_point(|n| n.end < from);
        self.numbers[i..].iter().take_while(move |n| n.start <= to)
    }

    /// Lexicon hits that cover position `at`.
    pub fn lex_covering(&self, at: usize) -> impl Iterator<Item = &LexHit> + '_ {
        let from = self
            .lex_spans
            .partition_point(|&(_, e)| e <= at.saturating_sub(64));
        self.lex[from..]
            .iter()
            .take_while(move |h| h.start <= at)
            .filter(move |h| h.start <= at && at < h.end)
    }

    /// The sentences, from the [`marked_chars`] of the text (the others cannot end one).
    fn split_sentences(&self, marked: &[(usize, char)]) -> Vec<Sentence> {
        let text = self.text();
        let mut sentences = Vec::new();
        let mut start = 0;
        let mut paragraph_start = true;
        let mut first_line = true;
        for &(i, c) in marked {
            let prev = text[..i].chars().next_back();
            let next = text[i + c.len_utf8()..].chars().next();
            let end_here = match c {
                '.' => {
                    next.is_none_or(|n| n == ' ' || n == '\n' || n == '"' || n == '»')
                        && !prev.is_some_and(|p| {
                            p.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
                        })
                        && !is_abbreviation(&text[start..i])
                        && !self.lower_case_after(i + 1)
                }
                '!' | '?' | '؟' | '。' | '！' | '？' => true,
                '\n' => {
                    let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
                    let line = text[line_start..i].trim();
                    let heading = line.starts_with('#') || (first_line && !line.is_empty());
                    line.ends_with([':', '：'])
                        || heading
                        || next.is_some_and(|n| matches!(n, '-' | '•' | '*'))
                }
                _ => false,
            };
            if c == '\n' && !text[..i].trim().is_empty() {
                first_line = false;
            }
            if end_here {
                let end = i + c.len_utf8();
                if !text[start..end].trim().is_empty() {
                    // A first line without final punctuation is the headline, all of it
                    // ("السيسي يستضيف القمة.. والقادة يعتمدون الإعلان").
                    let headline = c == '\n' && end < 600 && text[..start].find('\n').is_none();
                    if headline {
                        sentences
                            .iter_mut()
                            .for_each(|s: &mut Sentence| s.headline = true);
                    }
                    sentences.push(Sentence {
                        start,
                        end,
                        speech_from: None,
                        paragraph_start,
                        headline,
                    });
                }
                paragraph_start = next == Some('\n') || c == '\n';
                start = end;
            } else if c == '\n' && text[start..i].trim().is_empty() {
                paragraph_start = true;
            }
        }
        if !text[start..].trim().is_empty() {
            sentences.push(Sentence {
                start,
                end: text.len(),
                speech_from: None,
                paragraph_start,
                headline: false,
            });
        }
        self.mark_speech(&mut sentences);
        sentences
    }

    /// True when the word after a full stop at `at` (one space on) starts with a lower-case
    /// letter in the source: the stop closed an abbreviation ("Ferdinand Marcos Jr. met", "10
    /// a.m. local time", "Gov. visited"), not a sentence, which starts with a capital in the
    /// scripts that have case (Arabic and Chinese have none, so they never continue here).
    fn lower_case_after(&self, at: usize) -> bool {
        let text = self.text();
        let Some(rest) = text.get(at..) else {
            return false;
        };
        let word = at + (rest.len() - rest.trim_start_matches(' ').len());
        self.source_text(
            word,
            word + text[word..].chars().next().map_or(0, char::len_utf8),
        )
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
    }

    /// Marks reported speech: from a speech cue (or the "that" after it) to the paragraph's end.
    fn mark_speech(&self, sentences: &mut [Sentence]) {
        let mut in_speech = false;
        for sentence in sentences.iter_mut() {
            if sentence.paragraph_start {
                in_speech = false;
            }
            if in_speech {
                sentence.speech_from = Some(sentence.start);
                continue;
            }
            let cue = self
                .lex_in(sentence.start, sentence.end)
                .find(|h| self.has(h, Sense::Cue(Cue::Speech)))
                .map(|h| h.end);
            if let Some(cue_end) = cue {
                let from = complementizer(&self.text()[cue_end..sentence.end])
                    .map_or(cue_end, |c| cue_end + c);
                sentence.speech_from = Some(from);
                in_speech = true;
            }
        }
    }
}

/// The lexicon hits, without those a proclitic split off inside a known name: "يصل" (arrives)
/// in "فيصل بن فرحان" is no word of its own.
fn outside_names(text: &str, lex: Vec<LexHit>, names: &[NameHit]) -> Vec<LexHit> {
    let mut next_name = 0;
    let mut covering_end = 0;
    let mut kept = Vec::with_capacity(lex.len());
    for hit in lex {
        // (Hits and names come by position: the names that start before the hit are read once.)
        while let Some(name) = names.get(next_name).filter(|n| n.norm_start < hit.start) {
            covering_end = covering_end.max(name.norm_end);
            next_name += 1;
        }
        // (Chinese has no spaces: there every hit is inside a word.)
        let mid_word = text[..hit.start]
            .chars()
            .next_back()
            .is_some_and(|c| script_of(c) == Script::Arabic);
        if !(mid_word && hit.start < covering_end) {
            kept.push(hit);
        }
    }
    kept
}

/// For each 64-byte block of a text of `len` bytes, the index of the first of `sentences` (in
/// order) that ends after the block's start.
fn sentence_of_block(sentences: &[Sentence], len: usize) -> Vec<usize> {
    let mut first = 0;
    (0..=len / 64)
        .map(|block| {
            while sentences.get(first).is_some_and(|s| s.end <= block * 64) {
                first += 1;
            }
            first
        })
        .collect()
}

/// [`Doc::words_back`] of `at` in a sentence that starts at `sentence_start`, by a walk back over
/// the bytes of `text`.
fn words_back_walk(text: &str, sentence_start: usize, at: usize, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut from = at;
    let mut words = 0;
    // Chinese has no spaces: about two characters a word (Han characters are the three-byte
    // sequences led by E3..E9).
    let mut han = 0;
    let mut i = at.min(bytes.len());
    while i > sentence_start {
        i -= 1;
        let b = bytes[i];
        if b & 0xC0 == 0x80 {
            continue;
        }
        let cjk = (0xE3..=0xE9).contains(&b);
        han = if cjk { han + 1 } else { 0 };
        if b == b' ' || (cjk && han % 2 == 0) {
            words += 1;
            if words > n {
                break;
            }
        }
        from = i;
    }
    from
}

/// The spaces of `text`, one bit a byte: bit `i % 64` of word `i / 64` is set when byte `i` is a
/// space; `None` when a byte of `text` may lead a Han character (`E3`–`E9`). Eight bytes at a
/// time, without branches.
fn space_bits(text: &str) -> Option<Vec<u64>> {
    let bytes = text.as_bytes();
    if bytes
        .iter()
        .fold(false, |han, &b| han | (b.wrapping_sub(0xE3) < 7))
    {
        return None;
    }
    // (Each word of bits made in a register, then stored once.)
    let mut sixty_fours = bytes.chunks_exact(64);
    let mut bits: Vec<u64> = sixty_fours
        .by_ref()
        .map(|chunk| {
            chunk
                .chunks_exact(8)
                .enumerate()
                .fold(0, |bits, (k, eight)| {
                    let word = eight.try_into().map_or(0, u64::from_le_bytes);
                    bits | space_mask(word) << (8 * k)
                })
        })
        .collect();
    let rest = sixty_fours.remainder().iter().enumerate();
    bits.push(rest.fold(0, |bits, (i, &b)| bits | u64::from(b == b' ') << i));
    Some(bits)
}

/// One bit for each of the eight bytes of `word` (little-endian) that is a space, in order.
fn space_mask(word: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Spaces become zero bytes. A byte's low seven bits plus 7F set its high bit unless they are
    // all clear (no carry crosses a byte); with the byte's own high bit, only a zero byte has
    // neither.
    let x = word ^ 0x2020_2020_2020_2020;
    let zero_high = !(((x & LOW7) + LOW7) | x | LOW7);
    // The eight high bits gathered in the top byte, then moved down.
    (zero_high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The bits `from..to` of a 64-bit word set (`from < to <= 64`).
fn bit_range(from: usize, to: usize) -> u64 {
    let below_to = u64::MAX >> (64 - to);
    below_to & (u64::MAX << from)
}

/// Where the ASCII letters and digits and the common Arabic letters and digits (`D8 A1`–`D8 BA`,
/// `D9 81`–`D9 8A`, `D9 A0`–`D9 A9`) that start at byte `at` of `bytes` (a char boundary) end:
/// word characters ([`is_word_char`]) known from their bytes.
fn common_letters_end(bytes: &[u8], at: usize) -> usize {
    let mut end = at;
    while let Some(&b) = bytes.get(end) {
        let next = bytes.get(end + 1).copied().unwrap_or(0);
        end += match b {
            _ if b.is_ascii_alphanumeric() => 1,
            0xD8 if (0xA1..=0xBA).contains(&next) => 2,
            0xD9 if (0x81..=0x8A).contains(&next) || (0xA0..=0xA9).contains(&next) => 2,
            _ => return end,
        };
    }
    end
}

/// Up to `n` words before `at`, nearest first.
pub fn preceding_words(text: &str, at: usize, n: usize) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut end = at;
    while words.len() < n {
        let before = text[..end].trim_end_matches(' ');
        if before.len() == end && end != at {
            break;
        }
        let word_end = before.len();
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(is_word_char(c) || c == '-' || c == '\''))
            .map_or(0, |(i, c)| i + c.len_utf8());
        if word_start == word_end || !text[word_end..end].chars().all(|c| c == ' ') {
            break;
        }
        words.push((word_start, word_end));
        end = word_start;
    }
    words
}

/// The first position at or after `at` that is not a space (or the end of `text`).
pub fn skip_spaces(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    at + text[at..].len() - text[at..].trim_start_matches(' ').len()
}

/// Offset just after the word "that" of reported speech (إن/أن/that/что/，) in `rest`, if any
/// within the first 20 words.
fn complementizer(rest: &str) -> Option<usize> {
    let mut offset = 0;
    for (n, word) in rest.split(' ').enumerate() {
        if n > 20 {
            break;
        }
        let bare = word.trim_matches(|c: char| !is_word_char(c));
        if is_complementizer(bare) || word.contains('，') {
            return Some(offset + word.len());
        }
        offset += word.len() + 1;
    }
    None
}

/// True when a normalised word opens what was said: "that", "أن", "что".
pub fn is_complementizer(word: &str) -> bool {
    matches!(
        word,
        "ان" | "انه" | "انها" | "بان" | "that" | "что" | "чтобы"
    )
}

/// True when the text before a full stop ends with a common abbreviation or an initial: a title
/// before a name ("Gen.", "Amb."), a month, "No.", "U.S.". A name's suffix ("Jr.", "Sr.") may end
/// a sentence, so it continues one only before a word in lower case ([`Doc::lower_case_after`]).
fn is_abbreviation(before: &str) -> bool {
    let last = before.rsplit([' ', '\n']).next().unwrap_or("");
    let mut chars = last.chars();
    let initial = matches!(
        (chars.next(), chars.next()),
        (Some(c), None) if c.is_alphabetic() && script_of(c) == Script::Latin
    );
    initial
        || matches!(
            last,
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "prof"
                | "st"
                | "gen"
                | "col"
                | "lt"
                | "maj"
                | "capt"
                | "sgt"
                | "adm"
                | "brig"
                | "gov"
                | "amb"
                | "hon"
                | "rev"
                | "sen"
                | "rep"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
                | "no"
                | "vs"
                | "г"
                | "гг"
                | "u.s"
                | "u.n"
                | "u.k"
        )
}

/// Numbers written with digits, with their ordinal markers.
fn numbers(text: &str) -> Vec<Number> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(first) = next_digit(bytes, i) {
        i = first;
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let digits = &text[start..i];
        let value = digits
            .parse::<u64>()
            .map_or(u32::MAX, |v| u32::try_from(v).unwrap_or(u32::MAX));
        let before = &text[..start];
        let after = &text[i..];
        let mut span = (start, i);
        let mut ordinal = false;
        if before.ends_with("ال") {
            ordinal = true;
            span.0 = start - "ال".len();
        } else if before.ends_with("ال ") {
            ordinal = true;
        } else if before.ends_with('第') {
            ordinal = true;
            span.0 = start - '第'.len_utf8();
        }
        for suffix in [
            "st",
            "nd",
            "rd",
            "th",
            "-й",
            "-я",
            "-е",
            "-го",
            "-м",
            "-летие",
            "-летия",
        ] {
            if after.starts_with(suffix)
                && !after[suffix.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() && !suffix.starts_with('-'))
            {
                ordinal = true;
                span.1 = i + suffix.len();
                break;
            }
        }
        // Part of a longer token such as a code or a decimal: not a number of ours.
        let glued = before
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphabetic())
            || (after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit()));
        if !glued {
            out.push(Number {
                start: span.0,
                end: span.1,
                value,
                digits: digits.len(),
                ordinal,
            });
        }
        if after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        }
    }
    out
}

/// Where the first ASCII digit of `bytes` at or after `from` is. Most parts of a text have none:
/// a test without branches passes over 32 bytes at a time.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(part) = bytes
        .get(at..bytes.len().min(at + 32))
        .filter(|p| !p.is_empty())
    {
        if part.iter().fold(false, |any, b| any | b.is_ascii_digit()) {
            return part.iter().position(u8::is_ascii_digit).map(|p| at + p);
        }
        at += 32;
    }
    None
}

/// A table of `bytes`, for [`chars_among`].
const fn byte_table(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
}

/// The characters of `text` holding a byte marked in `marks` (a table from [`byte_table`]) in
/// their UTF-8 form, with their byte offsets: a fast scan for a few characters of interest (and
/// some others sharing the marked bytes). Marking one byte of each wanted character that is rare
/// in the text keeps the others few.
fn chars_among<'t>(
    text: &'t str,
    marks: &'t [bool; 256],
) -> impl Iterator<Item = (usize, char)> + 't {
    let mut last = None;
    let marked = move |&b: &u8| marks[usize::from(b)];
    // Most parts of a text hold no marked byte: one pass without branches skips them.
    text.as_bytes()
        .chunks(32)
        .enumerate()
        .filter(move |(_, part)| part.iter().fold(false, |any, b| any | marked(b)))
        .flat_map(move |(k, part)| {
            (0..part.len())
                .filter(move |&i| marked(&part[i]))
                .map(move |i| k * 32 + i)
        })
        .filter_map(move |i| {
            let start = (i.saturating_sub(3)..=i)
                .rev()
                .find(|&p| text.is_char_boundary(p))?;
            // A character with two marked bytes is reported once.
            if last.is_some_and(|l| l >= start) {
                return None;
            }
            last = Some(start);
            Some((start, text.get(start..)?.chars().next()?))
        })
}

/// True for the characters that cut a sentence into clauses.
fn is_cut(c: char) -> bool {
    matches!(c, ',' | '،' | ';' | '؛' | ':' | '，' | '；' | '：')
}

/// The characters that end sentences and lines, delimit quotations or cut clauses, with their
/// byte offsets (and some others sharing the marked bytes), found in one pass for all three.
fn marked_chars(text: &str) -> Vec<(usize, char)> {
    // Sentence ends: `؟` is D8 9F (9F is rare in Arabic text, unlike D8), `。` is E3 80 82, `！`
    // and `？` are EF BC 81 and EF BC 9F. Quotation marks: `«` and `»` start with C2, `“`, `”`
    // and `„` with E2, `《`, `》`, `「` and `」` with E3. Cuts: `،` is D8 8C, `؛` D8 9B, `，`, `；`
    // and `：` start with EF.
    static MARKS: [bool; 256] = byte_table(b".!?\n\x9f\xe3\xef\"\xc2\xe2,;:\x8c\x9b");
    chars_among(text, &MARKS).collect()
}

/// Quotations delimited by `"…"`, `“…”`, `«…»`, `„…“`, `《…》` or `「…」` within one paragraph,
/// from the [`marked_chars`] of `text`.
fn quotes(text: &str, marked: &[(usize, char)]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for &(i, c) in marked {
        // An open quotation ends unclosed at the first character more than 1200 bytes in.
        if let Some((_, start)) = open {
            if (start + 1201..i).take(4).any(|p| text.is_char_boundary(p)) {
                open = None;
            }
        }
        match open {
            None => {
                let closing = match c {
                    '"' => '"',
                    '“' => '”',
                    '«' => '»',
                    '„' => '“',
                    '《' => '》',
                    '「' => '」',
                    _ => continue,
                };
                open = Some((closing, i + c.len_utf8()));
            }
            Some((closing, start)) => {
                if c == closing {
                    if i > start {
                        out.push(Quote { start, end: i });
                    }
                    open = None;
                } else if c == '\n' || i - start > 1200 {
                    open = None;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_index_counts_as_a_binary_search() {
        let mut rng = crate::text::TestRng(13);
        for _ in 0..500 {
            let len = rng.next() % 300;
            // Spans with strictly increasing starts inside the text.
            let mut spans = Vec::new();
            let mut at = rng.next() % 8;
            while at < len {
                let end = at + 1 + rng.next() % 6;
                spans.push((at, end));
                at += 1 + rng.next() % 40;
            }
            let index = StartIndex::new(&spans, len);
            for at in 0..len + 70 {
                let want = spans.partition_point(|&(s, _)| s < at);
                assert_eq!(index.count_before(&spans, at), want, "{spans:?} {at}");
            }
        }
    }

    #[test]
    fn words_are_those_of_a_walk_with_a_peek_at_every_character() {
        // The walk that peeked at the character after each one.
        fn reference(text: &str, at: usize, max: usize) -> Vec<(usize, usize)> {
            let mut words = Vec::new();
            let mut start: Option<usize> = None;
            let mut chars = text[at..].char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let i = i + at;
                let inner = start.is_some()
                    && matches!(c, '-' | '\'' | '·' | '.')
                    && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
                if is_word_char(c) || inner {
                    start.get_or_insert(i);
                } else {
                    if let Some(s) = start.take() {
                        words.push((s, i));
                    }
                    if c != ' ' || words.len() >= max {
                        break;
                    }
                }
            }
            if let Some(s) = start {
                words.push((s, text.len()));
            }
            words
        }
        let lexicon = Lexicon::bundled();
        let gazetteer = Gazetteer::from_turtle(&[]).expect("empty");
        // (With the first and last common Arabic letters and digits, and characters next to
        // them that are none.)
        let alphabet: Vec<char> = "ab ب-'·.,中😀9Zءغفي٠٩،ـً٪".chars().collect();
        let mut rng = crate::text::TestRng(19);
        for round in 0..300 {
            let source = rng.text(&alphabet, round % 40);
            let doc = Doc::new(&source, &lexicon, &gazetteer);
            let text = doc.text();
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for max in [1, 3, usize::MAX] {
                    assert_eq!(
                        doc.words_upto(at, text.len(), max),
                        reference(text, at, max),
                        "{text:?} {at} {max}"
                    );
                }
            }
        }
    }

    #[test]
    fn words_back_by_the_spaces_are_those_of_the_walk() {
        let lexicon = Lexicon::bundled();
        let gazetteer = Gazetteer::from_turtle(&[]).expect("empty");
        let alphabet: Vec<char> = "ab  ب،. \n!?x".chars().collect();
        let mut rng = crate::text::TestRng(29);
        for round in 0..400 {
            let source = rng.text(&alphabet, round % 80);
            let doc = Doc::new(&source, &lexicon, &gazetteer);
            let text = doc.text();
            assert!(doc.spaces.is_some());
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let start = doc.sentence_at(at).map_or(0, |s| s.start);
                for n in 0..6 {
                    assert_eq!(
                        doc.words_back(at, n),
                        words_back_walk(text, start, at, n),
                        "{text:?} {at} {n}"
                    );
                }
            }
        }
    }

    #[test]
    fn sentence_at_is_the_first_sentence_that_ends_after() {
        let lexicon = Lexicon::bundled();
        let gazetteer = Gazetteer::from_turtle(&[]).expect("empty");
        let alphabet: Vec<char> = "ab  ب. \n\n!?Ax".chars().collect();
        let mut rng = crate::text::TestRng(37);
        for round in 0..400 {
            let source = rng.text(&alphabet, round % 300);
            let doc = Doc::new(&source, &lexicon, &gazetteer);
            for at in 0..doc.text().len() + 130 {
                let i = doc.sentences.partition_point(|s| s.end <= at);
                assert_eq!(doc.sentence_at(at), doc.sentences.get(i), "{source:?} {at}");
            }
        }
    }

    #[test]
    fn space_bits_mark_the_spaces() {
        let alphabet: Vec<char> = "a ! ب\u{0}\u{a0}\u{20ac}\u{120}".chars().collect();
        let mut rng = crate::text::TestRng(31);
        for round in 0..500 {
            let text = rng.text(&alphabet, round % 200);
            let bits = space_bits(&text).expect("no Han");
            for (i, b) in text.bytes().enumerate() {
                assert_eq!(bits[i / 64] >> (i % 64) & 1 == 1, b == b' ', "{text:?} {i}");
            }
            assert!(bits.len() * 64 > text.len());
        }
        assert_eq!(space_bits("会谈 a"), None);
    }

    #[test]
    fn next_digit_is_the_first_digit_on() {
        let alphabet: Vec<char> = "a 1ب9.٣".chars().collect();
        let mut rng = crate::text::TestRng(41);
        for round in 0..300 {
            let text = rng.text(&alphabet, round % 100);
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() + 2 {
                let want = bytes
                    .get(from..)
                    .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
                    .map(|p| from + p);
                assert_eq!(next_digit(bytes, from), want, "{text:?} {from}");
            }
        }
    }

    #[test]
    fn numbers_and_ordinals() {
        let n = numbers("الذكرى ال30 و25th و 20 وثيقة 第16次 3.5 A320");
        let found: Vec<(u32, bool)> = n.iter().map(|n| (n.value, n.ordinal)).collect();
        assert_eq!(found, vec![(30, true), (25, true), (20, false), (16, true)]);
    }

    #[test]
    fn quotations() {
        let text = "وقعا \"البيان المشترك\" و«إعلان بكين» and “A Treaty”";
        let q: Vec<&str> = quotes(text, &marked_chars(text))
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect();
        assert_eq!(q, vec!["البيان المشترك", "إعلان بكين", "A Treaty"]);
    }

    #[test]
    fn marked_bytes_find_every_wanted_character() {
        let wanted: Vec<char> = ".!?؟。！？\n\"«»“”„《》「」,،;؛:，；：".chars().collect();
        // With characters sharing bytes with the wanted ones (`ь` is D1 8C, `ڛ` DA 9B).
        let alphabet: Vec<char> = "a. !?\n؟。！？بثقفПџß中、ーＡ😀\"«»“”„《》「」,،;؛:，；：ьڛ"
            .chars()
            .collect();
        let mut rng = crate::text::TestRng(3);
        for round in 0..300 {
            let text = rng.text(&alphabet, round);
            let found: Vec<(usize, char)> = marked_chars(&text)
                .into_iter()
                .filter(|(_, c)| wanted.contains(c))
                .collect();
            let all: Vec<(usize, char)> = text
                .char_indices()
                .filter(|(_, c)| wanted.contains(c))
                .collect();
            assert_eq!(found, all, "{text}");
        }
    }

    #[test]
    fn quotations_as_a_character_by_character_scan_finds_them() {
        // The scan of `quotes` as it reads every character.
        fn reference(text: &str) -> Vec<Quote> {
            let mut out = Vec::new();
            let mut open: Option<(char, usize)> = None;
            for (i, c) in text.char_indices() {
                match open {
                    None => {
                        let closing = match c {
                            '"' => '"',
                            '“' => '”',
                            '«' => '»',
                            '„' => '“',
                            '《' => '》',
                            '「' => '」',
                            _ => continue,
                        };
                        open = Some((closing, i + c.len_utf8()));
                    }
                    Some((closing, start)) => {
                        if c == closing {
                            if i > start {
                                out.push(Quote { start, end: i });
                            }
                            open = None;
                        } else if c == '\n' || i - start > 1200 {
                            open = None;
                        }
                    }
                }
            }
            out
        }
        let alphabet: Vec<char> = "ab بت中\n\"“”«»„《》「」😀".chars().collect();
        let mut rng = crate::text::TestRng(11);
        for round in 0..200 {
            let mut text = String::new();
            for _ in 0..(round * 20) {
                let pick = rng.next();
                // Mostly letters, so that some quotations run past the length limit.
                let c = if pick.is_multiple_of(64) {
                    alphabet[pick / 64 % alphabet.len()]
                } else {
                    alphabet[pick % 5]
                };
                text.push(c);
            }
            assert_eq!(
                quotes(&text, &marked_chars(&text)),
                reference(&text),
                "{text}"
            );
        }
    }

    #[test]
    fn sentences_and_speech() {
        let lexicon = Lexicon::bundled();
        let gazetteer = Gazetteer::from_turtle(&[]).expect("empty");
        let doc = Doc::new(
            "# Title\n\nXi met Mr. Putin. Putin said that the talks went well.\n\nThey signed it.",
            &lexicon,
            &gazetteer,
        );
        assert_eq!(doc.sentences.len(), 4, "{:?}", doc.sentences);
        assert!(doc.sentences[1].speech_from.is_none());
        let speech = doc.sentences[2].speech_from.expect("speech");
        assert_eq!(&doc.text()[speech..speech + 4], " the");
        assert!(doc.sentences[3].speech_from.is_none());
    }

    #[test]
    fn abbreviations_before_names_and_lower_case_words_do_not_end_sentences() {
        let lexicon = Lexicon::bundled();
        let gazetteer = Gazetteer::from_turtle(&[]).expect("empty");
        let text = "Ferdinand Marcos Jr. met Amb. Li at 10 a.m. on Monday. Gov. Smith came. \
                    They met Marcos Sr. He left.";
        let doc = Doc::new(text, &lexicon, &gazetteer);
        let sentences: Vec<&str> = doc
            .sentences
            .iter()
            .map(|s| doc.source_text(s.start, s.end).trim())
            .collect();
        assert_eq!(
            sentences,
            [
                "Ferdinand Marcos Jr. met Amb. Li at 10 a.m. on Monday.",
                "Gov. Smith came.",
                "They met Marcos Sr.",
                "He left."
            ]
        );
    }
}
