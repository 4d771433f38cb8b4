//! The gazetteer: reference entities from `ontology/gazetteer/*.ttl` compiled into matchers.
