//! The reference data bundled into the binary: the ontology and the gazetteer, read from
//! `ontology/` at build time so the program needs no files at run time.

/// `ontology/diplokg.ttl`: the OWL/RDFS ontology.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/diplokg.ttl");

/// `ontology/shapes.ttl`: SHACL shapes for mapped article graphs.
pub const SHAPES_TTL: &str = include_str!("../ontology/shapes.ttl");

/// `ontology/gazetteer/*.ttl`: reference entities, as `(file name, Turtle)`.
pub const GAZETTEER_TTL: &[(&str, &str)] = &[
    (
        "countries.ttl",
        include_str!("../ontology/gazetteer/countries.ttl"),
    ),
    (
        "organizations.ttl",
        include_str!("../ontology/gazetteer/organizations.ttl"),
    ),
    (
        "people.ttl",
        include_str!("../ontology/gazetteer/people.ttl"),
    ),
    (
        "positions.ttl",
        include_str!("../ontology/gazetteer/positions.ttl"),
    ),
    (
        "places.ttl",
        include_str!("../ontology/gazetteer/places.ttl"),
    ),
];
