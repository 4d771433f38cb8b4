//! Terms the mapper derives from facts values: `dk:` individuals and classes named after the
//! facts' enum values, typed literals for dates, years and counts.

use crate::facts::{DatePrecision, DateValue, ParticipantRole};
use crate::vocab::dk;
use oxigraph::model::vocab::xsd;
use oxigraph::model::{Literal, NamedNode};
use serde::Serialize;

/// The `dk:` term of a facts enum value: its kebab-case spelling in CamelCase, plus `suffix`
/// (`talks` → `dk:Talks`, `state-visit` → `dk:StateVisit`, `day` + `Precision` →
/// `dk:DayPrecision`).
pub fn dk_term<T: Serialize>(value: &T, suffix: &str) -> NamedNode {
    let kebab = match serde_json::to_value(value) {
        Ok(serde_json::Value::String(kebab)) => kebab,
        _ => String::new(),
    };
    let mut iri = String::with_capacity(dk::NAMESPACE.len() + kebab.len() + suffix.len());
    iri.push_str(dk::NAMESPACE);
    for word in kebab.split('-') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            iri.extend(first.to_uppercase());
            iri.push_str(chars.as_str());
        }
    }
    iri.push_str(suffix);
    NamedNode::new_unchecked(iri)
}

/// The sub-property of `wdt:P710` (participant) that says a participant's part, if any.
pub fn participant_property(role: ParticipantRole) -> Option<NamedNode> {
    let local = match role {
        ParticipantRole::Host => "host",
        ParticipantRole::Guest => "guest",
        ParticipantRole::Chair => "chair",
        ParticipantRole::Attendee => "attendee",
        ParticipantRole::Signatory => "signatory",
        ParticipantRole::Witness => "witness",
        ParticipantRole::Participant => return None,
    };
    Some(NamedNode::new_unchecked(format!(
        "{}{local}",
        dk::NAMESPACE
    )))
}

/// A date typed by its precision: `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`.
pub fn typed_date(date: &DateValue) -> Literal {
    let datatype = match date.precision {
        DatePrecision::Day => xsd::DATE,
        DatePrecision::Month => xsd::G_YEAR_MONTH,
        DatePrecision::Year => xsd::G_YEAR,
    };
    Literal::new_typed_literal(&date.value, datatype)
}

/// A year as `xsd:gYear` (four digits at least, as XSD requires).
pub fn year(year: i32) -> Literal {
    let value = if year < 0 {
        format!("-{:04}", year.unsigned_abs())
    } else {
        format!("{year:04}")
    };
    Literal::new_typed_literal(value, xsd::G_YEAR)
}

/// An `xsd:integer`.
pub fn integer(value: i64) -> Literal {
    Literal::new_typed_literal(value.to_string(), xsd::INTEGER)
}

/// A NIF offset as `xsd:integer`. NIF 2.0 gives `xsd:nonNegativeInteger`, but Oxigraph stores
/// every integer-derived type as `xsd:integer`; writing that type from the start keeps `map`
/// output, the store and its exports identical (the shapes check the value is not negative).
pub fn offset(value: usize) -> Literal {
    Literal::new_typed_literal(value.to_string(), xsd::INTEGER)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{DateSource, EventKind};

    #[test]
    fn enum_values_become_camel_case_terms() {
        assert_eq!(
            dk_term(&EventKind::StateVisit, "").as_str(),
            "https://w3id.org/diplokg/ontology#StateVisit"
        );
        assert_eq!(
            dk_term(&DatePrecision::Day, "Precision").as_str(),
            "https://w3id.org/diplokg/ontology#DayPrecision"
        );
        assert_eq!(
            dk_term(&DateSource::Derived, "").as_str(),
            "https://w3id.org/diplokg/ontology#Derived"
        );
    }

    #[test]
    fn years_have_four_digits() {
        assert_eq!(year(800).value(), "0800");
        assert_eq!(year(2001).value(), "2001");
    }
}
