//! Extraction: article text to [`crate::facts::Facts`] (stub).
