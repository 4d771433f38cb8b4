#!/usr/bin/env python3
"""Real clients against a live `diplokg serve`: SPARQLWrapper and rdflib.

Usage: test_clients.py BASE_URL WRITE_TOKEN

Runs SELECT, ASK, CONSTRUCT and DESCRIBE through SPARQLWrapper in every result format the
server offers and parses each answer; dereferences resource IRIs with rdflib (content
negotiation, 303 redirects); makes a Graph Store round trip with the write token, and checks the
same request without it is refused. Exits non-zero on the first failure.
"""

import json
import sys
import urllib.error
import urllib.parse
import urllib.request

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import (CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML,
                           SPARQLWrapper)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

BASE_URL = sys.argv[1].rstrip("/")
TOKEN = sys.argv[2]
ENDPOINT = BASE_URL + "/sparql"
DK_BASE = "https://w3id.org/diplokg/"
PREFIXES = """PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
"""

checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        print(f"FAIL: {message}", file=sys.stderr)
        sys.exit(1)
    print(f"ok: {message}")


def wrapper(query, fmt, method="GET"):
    sparql = SPARQLWrapper(ENDPOINT)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql.query()


# SELECT in JSON, XML, CSV, TSV (GET and POST).
select = PREFIXES + "SELECT ?event ?who WHERE { ?event wdt:P710 ?who } ORDER BY ?event ?who"
rows = wrapper(select, JSON).convert()["results"]["bindings"]
check(len(rows) > 0, f"SELECT as SPARQL JSON: {len(rows)} rows")
events = sorted({r["event"]["value"] for r in rows if r["event"]["value"].startswith(DK_BASE)})
check(events, "events are minted under the base IRI")
xml = wrapper(select, XML, method="POST").convert()
check(len(xml.getElementsByTagName("result")) == len(rows), "SELECT as SPARQL XML (POST)")
csv_text = wrapper(select, CSV).convert().decode("utf-8")
check(len(csv_text.strip().splitlines()) == len(rows) + 1, "SELECT as CSV")
tsv_text = wrapper(select, TSV).convert().decode("utf-8")
check(tsv_text.startswith("?event\t?who"), "SELECT as TSV")

# ASK.
check(wrapper("ASK { ?s ?p ?o }", JSON).convert()["boolean"] is True, "ASK as JSON")
check(wrapper("ASK { ?s ?p ?o }", XML).convert() is not None, "ASK as XML")

# CONSTRUCT / DESCRIBE in Turtle, N-Triples, RDF/XML, JSON-LD: parsed into rdflib graphs.
construct = PREFIXES + "CONSTRUCT { ?e wdt:P710 ?p } WHERE { ?e wdt:P710 ?p }"
for fmt, name in [(TURTLE, "Turtle"), (RDFXML, "RDF/XML"), (JSONLD, "JSON-LD"), (N3, "N3/Turtle")]:
    graph = wrapper(construct, fmt).convert()
    if not isinstance(graph, rdflib.Graph):
        parsed = rdflib.Graph()
        parsed.parse(data=graph, format={TURTLE: "turtle", JSONLD: "json-ld", N3: "n3"}.get(fmt, "xml"))
        graph = parsed
    check(len(graph) == len(rows), f"CONSTRUCT as {name}: {len(graph)} triples")
request = urllib.request.Request(
    ENDPOINT + "?" + urllib.parse.urlencode({"query": construct}),
    headers={"Accept": "application/n-triples"})
with urllib.request.urlopen(request) as response:
    graph = rdflib.Graph().parse(data=response.read().decode("utf-8"), format="nt")
check(len(graph) == len(rows), "CONSTRUCT as N-Triples")
for fmt_name, media in [("trig", "application/trig"), ("nquads", "application/n-quads")]:
    request = urllib.request.Request(
        ENDPOINT + "?" + urllib.parse.urlencode({"query": construct}), headers={"Accept": media})
    with urllib.request.urlopen(request) as response:
        dataset = rdflib.Dataset().parse(data=response.read().decode("utf-8"), format=fmt_name)
    check(len(dataset) == len(rows), f"CONSTRUCT as {fmt_name}")
describe = wrapper(f"DESCRIBE <{events[0]}>", TURTLE).convert()
check(len(describe) > 0, "DESCRIBE as Turtle")

# A bad query: SPARQLWrapper raises QueryBadFormed on 400.
try:
    wrapper("SELECT ?x WHERE { ?x", JSON).convert()
    check(False, "a bad query is refused")
except QueryBadFormed as error:
    check("error at" in str(error), "a bad query answers 400 with the parser's message")

# rdflib as a SPARQL client (SPARQLStore).
store = SPARQLStore(ENDPOINT, returnFormat="json")
answer = list(store.query(select))
check(len(answer) == len(rows), "rdflib SPARQLStore SELECT")

# Linked data: rdflib dereferences a resource IRI path (Accept + 303) and the data documents.
event_path = events[0][len(DK_BASE):]
graph = rdflib.Graph().parse(f"{BASE_URL}/{event_path}")
check((rdflib.URIRef(events[0]), None, None) in graph, f"rdflib dereferences /{event_path}")
for ext, fmt in [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("rdf", "xml")]:
    rest = event_path[len("resource/"):]
    graph = rdflib.Graph().parse(f"{BASE_URL}/data/{rest}.{ext}", format=fmt)
    check((rdflib.URIRef(events[0]), None, None) in graph, f"data document .{ext}")

# VoID and the service description.
void = rdflib.Graph().parse(BASE_URL + "/.well-known/void", format="turtle")
triples = list(void.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#triples")))
check(triples, "VoID has triple counts")
sd = rdflib.Graph().parse(ENDPOINT, format="turtle")
check((None, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#Service")) in sd,
      "service description")

# Graph Store round trip with the token; the same request without it is refused.
graph_iri = "http://example.org/graph/clients-test"
store_url = BASE_URL + "/store?" + urllib.parse.urlencode({"graph": graph_iri})
turtle = b'<http://example.org/s> <http://example.org/p> "from python" .\n'


def call(method, url, data=None, token=None, content_type="text/turtle", accept=None):
    headers = {}
    if data is not None:
        headers["Content-Type"] = content_type
    if token:
        headers["Authorization"] = "Bearer " + token
    if accept:
        headers["Accept"] = accept
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


status, _ = call("PUT", store_url, turtle)
check(status == 401, f"PUT without the token is refused ({status})")
status, _ = call("PUT", store_url, turtle, token="wrong-token")
check(status == 401, f"PUT with a wrong token is refused ({status})")
status, _ = call("PUT", store_url, turtle, token=TOKEN)
check(status == 201, f"PUT with the token creates the graph ({status})")
status, body = call("GET", store_url, accept="text/turtle")
graph = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
check(status == 200 and len(graph) == 1, "GET returns what was PUT")
status, _ = call("POST", store_url, b'<http://example.org/s> <http://example.org/p> "more" .', token=TOKEN)
check(status == 204, f"POST adds to the graph ({status})")
rows = wrapper(f"SELECT ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}", JSON).convert()["results"]["bindings"]
check(len(rows) == 2, "the graph is queryable")
update = urllib.parse.urlencode({"update": f"CLEAR GRAPH <{graph_iri}>"}).encode()
status, _ = call("POST", ENDPOINT, update, content_type="application/x-www-form-urlencoded")
check(status == 401, f"an update without the token is refused ({status})")
status, _ = call("DELETE", store_url)
check(status == 401, f"DELETE without the token is refused ({status})")
status, _ = call("DELETE", store_url, token=TOKEN)
check(status == 204, f"DELETE with the token ({status})")
status, _ = call("GET", store_url)
check(status == 404, f"the graph is gone ({status})")

print(f"python clients: {checks} checks passed")
