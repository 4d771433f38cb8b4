//! The bytes that [`super::Matcher`] scans: UTF-8 with one byte per Arabic letter.
//!
//! An Arabic letter takes two bytes in UTF-8, `D8 xx` or `D9 xx`, so an Arabic text costs the
//! automaton two steps a letter, and its patterns twice the states. The scan reads the second
//! byte alone for them (the letters of normalised text differ in it: `D8 A1`–`D8 BA` and
//! `D9 81`–`D9 8A`) and every other byte as it is; a [`unit`] at a time, so the encoded text is
//! never written out, and the offsets the scan reaches are offsets of the text.
//!
//! Every occurrence of a pattern in the text is an occurrence in the encoded text, found where
//! the text has it. The encoded text has more: a lone second byte can stand for a letter or for
//! the end of another character (`ء` is `A1`, and so is the end of `С`), and `D8 8C` is `D9 8C`.
//! So the matcher keeps an occurrence only when the text holds the pattern's bytes there.

/// The byte the scan reads for the text byte `b`, followed by `next` (or 0 at the end), and how
/// many bytes of the text it stands for: the second byte alone for a character `D8 xx` or
/// `D9 xx`, else `b`. Without branches: the scan calls it on every step.
#[inline(always)]
pub(super) fn unit(b: u8, next: u8) -> (u8, usize) {
    let arabic = b & 0xFE == 0xD8;
    (if arabic { next } else { b }, 1 + usize::from(arabic))
}

/// Encodes a pattern.
pub(super) fn encode(pattern: &str) -> Vec<u8> {
    let bytes = pattern.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (byte, width) = unit(b, bytes.get(i + 1).copied().unwrap_or(0));
        out.push(byte);
        i += width;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_take_one_byte() {
        assert_eq!(encode("قال بوتين").len(), 9);
        assert_eq!(encode("ء"), encode("\u{064C}\u{0621}")[1..].to_vec());
        assert_eq!(encode("Ёa\n"), "Ёa\n".as_bytes());
    }
}
