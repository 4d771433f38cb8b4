//! IRI constants of the vocabularies diplokg writes: its own `dk:` terms and the standard ones
//! (Wikidata direct properties, schema.org, NIF 2.0, ITS 2.0, PROV-O).
//!
//! The `dk:` namespace is fixed (`https://w3id.org/diplokg/ontology#`) whatever the data base IRI
//! is, so queries and shapes written against it work on every deployment.

/// Declares a module of `NamedNodeRef` constants under one namespace.
macro_rules! namespace {
    ($(#[$doc:meta])* $module:ident = $ns:literal { $($(#[$term_doc:meta])* $name:ident = $local:literal),* $(,)? }) => {
        $(#[$doc])*
        pub mod $module {
            use oxigraph::model::NamedNodeRef;

            /// The namespace IRI.
            pub const NAMESPACE: &str = $ns;
            $(
                $(#[$term_doc])*
                pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local));
            )*
        }
    };
}

namespace! {
    /// diplokg's own terms (`dk:`), defined in `ontology/diplokg.ttl`.
    dk = "https://w3id.org/diplokg/ontology#" {
        /// Superclass of every event class.
        EVENT = "Event",
        /// Superclass of every agreement class.
        AGREEMENT = "Agreement",
        /// A role held by a person as the article states it.
        ROLE = "Role",
        /// An ordinal anniversary.
        ANNIVERSARY = "Anniversary",
        /// SHA-256 of the text a graph was made from.
        TEXT_SHA256 = "textSha256",
        /// The article's NIF context.
        HAS_TEXT = "hasText",
        /// A mention of an event, agreement, role or anniversary.
        MENTION = "mention",
        /// The person holding a role.
        HOLDER = "holder",
        /// The kind of role (`dk:President`, ...).
        ROLE_TYPE = "roleType",
        /// The country or organisation a role is of.
        ROLE_OF = "roleOf",
        /// The Wikidata position a role is.
        POSITION = "position",
        /// How precise a date is.
        DATE_PRECISION = "datePrecision",
        /// How a date was obtained.
        DATE_SOURCE = "dateSource",
        /// Morning, noon, afternoon, evening or night.
        TIME_OF_DAY = "timeOfDay",
        /// A topic as written.
        TOPIC_LABEL = "topicLabel",
        /// Happened, ongoing or planned.
        STATUS = "status",
        /// The ordinal of a summit or anniversary.
        ORDINAL = "ordinal",
        /// The title of an agreement.
        TITLE = "title",
        /// A party to an agreement.
        PARTY = "party",
        /// How many documents a batch holds.
        QUANTITY = "quantity",
        /// A field of cooperation.
        FIELD = "field",
        /// The event at which an agreement was concluded.
        CONCLUDED_AT = "concludedAt",
        /// What an anniversary is of.
        ANNIVERSARY_OF = "anniversaryOf",
        /// The year of an anniversary.
        ANNIVERSARY_YEAR = "anniversaryYear",
        /// The year derived from an anniversary's ordinal.
        DERIVED_YEAR = "derivedYear",
    }
}

/// Wikidata entities (`wd:`).
pub mod wd {
    /// The namespace IRI; an item's IRI is this followed by its QID.
    pub const NAMESPACE: &str = "http://www.wikidata.org/entity/";
}

namespace! {
    /// Wikidata direct properties (`wdt:`).
    wdt = "http://www.wikidata.org/prop/direct/" {
        /// P17, country (of a national news agency).
        COUNTRY = "P17",
        /// P36, capital (of a country).
        CAPITAL = "P36",
        /// P39, position held.
        POSITION_HELD = "P39",
        /// P276, location.
        LOCATION = "P276",
        /// P361, part of.
        PART_OF = "P361",
        /// P585, point in time.
        POINT_IN_TIME = "P585",
        /// P710, participant.
        PARTICIPANT = "P710",
        /// P921, main subject.
        MAIN_SUBJECT = "P921",
        /// P1891, signatory.
        SIGNATORY = "P1891",
    }
}

namespace! {
    /// schema.org (`schema:`), for the article.
    schema = "https://schema.org/" {
        /// A news article.
        NEWS_ARTICLE = "NewsArticle",
        /// The language of the article.
        IN_LANGUAGE = "inLanguage",
        /// The headline.
        HEADLINE = "headline",
        /// The publication date.
        DATE_PUBLISHED = "datePublished",
        /// Where it was published.
        URL = "url",
        /// An entity the article mentions.
        MENTIONS = "mentions",
    }
}

namespace! {
    /// NIF 2.0 Core (`nif:`), for the text and its mentions.
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#" {
        /// The whole text.
        CONTEXT = "Context",
        /// A string identified by offsets (RFC 5147).
        OFFSET_BASED_STRING = "OffsetBasedString",
        /// A mention.
        PHRASE = "Phrase",
        /// The text of a context.
        IS_STRING = "isString",
        /// First code point.
        BEGIN_INDEX = "beginIndex",
        /// Last code point, exclusive.
        END_INDEX = "endIndex",
        /// The text a mention is part of.
        REFERENCE_CONTEXT = "referenceContext",
        /// A mention's text.
        ANCHOR_OF = "anchorOf",
        /// Where the text comes from.
        SOURCE_URL = "sourceUrl",
    }
}

namespace! {
    /// ITS 2.0 RDF (`itsrdf:`), for entity links of mentions.
    itsrdf = "http://www.w3.org/2005/11/its/rdf#" {
        /// The entity a mention names.
        TA_IDENT_REF = "taIdentRef",
    }
}

namespace! {
    /// PROV-O (`prov:`), for how a graph was made.
    prov = "http://www.w3.org/ns/prov#" {
        /// Something made.
        ENTITY = "Entity",
        /// A run of the program.
        ACTIVITY = "Activity",
        /// The program.
        SOFTWARE_AGENT = "SoftwareAgent",
        /// The run that made a graph.
        WAS_GENERATED_BY = "wasGeneratedBy",
        /// What a graph was made from.
        WAS_DERIVED_FROM = "wasDerivedFrom",
        /// What a run read.
        USED = "used",
        /// The program of a run.
        WAS_ASSOCIATED_WITH = "wasAssociatedWith",
        /// When a run ended.
        ENDED_AT_TIME = "endedAtTime",
    }
}
