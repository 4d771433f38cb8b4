//! IRI constants of the vocabularies diplokg writes (dk:, wdt:, schema:, nif:, itsrdf:, prov:).
