//! Text normalisation for matching (NFC, Arabic letter and digit variants) with code-point offset maps back to the source.
