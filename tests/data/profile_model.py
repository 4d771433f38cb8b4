"""Reference model of ontology/README.md's RDF profile, in Python (rdflib), used to write the
expected results queries/*.srj before the Rust mapper existed; kept to cross-check the mapper.

    python3 tests/data/profile_model.py [FACTS.json [OUT_DIR]]

maps the facts (default: the example) as the profile describes, adds the rdfs:subClassOf axioms
of the event and agreement classes and, when GAZETTEER (env, a Turtle file) is given, the
gazetteer graph (else only the positions held by Xi Jinping and Vladimir Putin), runs every
queries/*.rq over the union of the graphs and writes OUT_DIR/NN-name.srj (default: a temporary
folder; diff it with queries/). NIF offsets are typed xsd:integer, as the mapper writes them. The store's prov:endedAtTime is simulated with a fixed time."""
import glob, json, os, sys, tempfile
from rdflib import Dataset, URIRef, Literal, Namespace, RDF, RDFS, XSD
from rdflib.namespace import SKOS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
B = "https://w3id.org/diplokg/"
DK = Namespace(B + "ontology#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITS = Namespace("http://www.w3.org/2005/11/its/rdf#")
PROV = Namespace("http://www.w3.org/ns/prov#")

def camel(kind):
    return "".join(p.capitalize() for p in kind.split("-"))

def build(facts, ds, gaz):
    d = facts["document"]; doc = d["id"]; lang = d["lang"]
    g = ds.graph(URIRef(B + "graph/article/" + doc))
    art = URIRef(B + "resource/article/" + doc)
    n = len(d["text"])
    ctx = URIRef(f"{B}resource/text/{doc}#char=0,{n}")
    nni = lambda v: Literal(str(v), datatype=XSD.integer)
    ents = {}
    for e in facts["entities"]:
        ents[e["id"]] = WD[e["wikidata"]] if e.get("wikidata") else URIRef(f"{B}resource/entity/{doc}/{e['id']}")
    g.add((art, RDF.type, SCHEMA.NewsArticle)); g.add((art, SCHEMA.inLanguage, Literal(lang)))
    if d.get("title"): g.add((art, SCHEMA.headline, Literal(d["title"], lang=lang)))
    g.add((art, DK.textSha256, Literal(d["text_sha256"]))); g.add((art, DK.hasText, ctx))
    g.add((ctx, RDF.type, NIF.Context)); g.add((ctx, RDF.type, NIF.OffsetBasedString))
    g.add((ctx, NIF.isString, Literal(d["text"], lang=lang))); g.add((ctx, NIF.beginIndex, nni(0)))
    g.add((ctx, NIF.endIndex, nni(n))); g.add((ctx, NIF.sourceUrl, art))
    mref = {}
    for m in facts["mentions"]:
        u = URIRef(f"{B}resource/text/{doc}#char={m['start']},{m['end']}"); mref[m["id"]] = u
        g.add((u, RDF.type, NIF.Phrase)); g.add((u, RDF.type, NIF.OffsetBasedString))
        g.add((u, NIF.referenceContext, ctx)); g.add((u, NIF.beginIndex, nni(m["start"])))
        g.add((u, NIF.endIndex, nni(m["end"]))); g.add((u, NIF.anchorOf, Literal(m["anchor"])))
    for e in facts["entities"]:
        u = ents[e["id"]]
        g.add((u, RDF.type, DK[camel(e["kind"])])); g.add((u, RDFS.label, Literal(e["name"], lang=lang)))
        g.add((art, SCHEMA.mentions, u))
        for m in e["mentions"]: g.add((mref[m], ITS.taIdentRef, u))
    def date(u, dv):
        p = dv["precision"]
        dt = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[p]
        g.add((u, WDT.P585, Literal(dv["value"], datatype=dt)))
        g.add((u, DK.datePrecision, DK[camel(p) + "Precision"])); g.add((u, DK.dateSource, DK[camel(dv["source"])]))
    for r in facts["roles"]:
        u = URIRef(f"{B}resource/role/{doc}/{r['id']}")
        g.add((u, RDF.type, DK.Role)); g.add((u, DK.holder, ents[r["person"]])); g.add((u, DK.roleType, DK[camel(r["role"])]))
        if r.get("of"): g.add((u, DK.roleOf, ents[r["of"]]))
        if r.get("position"):
            g.add((u, DK.position, WD[r["position"]])); g.add((ents[r["person"]], WDT.P39, WD[r["position"]]))
        if r.get("title"): g.add((u, RDFS.label, Literal(r["title"], lang=lang)))
        for m in r["mentions"]: g.add((u, DK.mention, mref[m]))
    ev = lambda i: URIRef(f"{B}resource/event/{doc}/{i}")
    for e in facts["events"]:
        u = ev(e["id"]); g.add((u, RDF.type, DK[camel(e["kind"])]))
        if e.get("label"): g.add((u, RDFS.label, Literal(e["label"], lang=lang)))
        if e.get("date"): date(u, e["date"])
        if e.get("time_of_day"): g.add((u, DK.timeOfDay, DK[camel(e["time_of_day"])]))
        if e.get("place"): g.add((u, WDT.P276, ents[e["place"]]))
        for p in e["participants"]:
            g.add((u, WDT.P710, ents[p["entity"]]))
            if p["role"] != "participant": g.add((u, DK[p["role"]], ents[p["entity"]]))
        if e.get("parent"): g.add((u, WDT.P361, ev(e["parent"])))
        for t in e["topics"]:
            g.add((u, DK.topicLabel, Literal(t["label"], lang=lang)))
            if t.get("entity"): g.add((u, WDT.P921, ents[t["entity"]]))
        g.add((u, DK.status, DK[camel(e.get("status", "happened"))]))
        for m in e["mentions"]: g.add((u, DK.mention, mref[m]))
    for a in facts["agreements"]:
        u = URIRef(f"{B}resource/agreement/{doc}/{a['id']}"); g.add((u, RDF.type, DK[camel(a["kind"])]))
        if a.get("title"):
            g.add((u, DK.title, Literal(a["title"]["text"], lang=a["title"]["lang"])))
            g.add((u, RDFS.label, Literal(a["title"]["text"], lang=a["title"]["lang"])))
        for p in a["parties"]: g.add((u, DK.party, ents[p]))
        for s in a["signatories"]: g.add((u, WDT.P1891, ents[s]))
        if a.get("date"): date(u, a["date"])
        if a.get("count"): g.add((u, DK.quantity, Literal(a["count"], datatype=XSD.integer)))
        for f in a["fields"]: g.add((u, DK.field, Literal(f, lang=lang)))
        if a.get("event"): g.add((u, DK.concludedAt, ev(a["event"])))
        for m in a["mentions"]: g.add((u, DK.mention, mref[m]))
    for a in facts["anniversaries"]:
        u = URIRef(f"{B}resource/anniversary/{doc}/{a['id']}"); g.add((u, RDF.type, DK.Anniversary))
        g.add((u, DK.ordinal, Literal(a["ordinal"], datatype=XSD.integer)))
        g.add((u, RDFS.label, Literal(a["of"], lang=lang)))
        if a.get("subject"):
            sid = a["subject"]
            kind = "event" if any(e["id"] == sid for e in facts["events"]) else "agreement"
            g.add((u, DK.anniversaryOf, URIRef(f"{B}resource/{kind}/{doc}/{sid}")))
        g.add((u, DK.anniversaryYear, Literal(str(a["year"]), datatype=XSD.gYear)))
        g.add((u, DK.derivedYear, Literal(str(a["derived_year"]), datatype=XSD.gYear)))
        for m in a["mentions"]: g.add((u, DK.mention, mref[m]))
    gu = URIRef(B + "graph/article/" + doc); act = URIRef(B + "resource/activity/" + doc)
    agent = URIRef(B + "resource/agent/diplokg/0.1.0")
    g.add((gu, RDF.type, PROV.Entity)); g.add((gu, PROV.wasGeneratedBy, act)); g.add((gu, PROV.wasDerivedFrom, art))
    g.add((act, RDF.type, PROV.Activity)); g.add((act, PROV.used, art)); g.add((act, PROV.wasAssociatedWith, agent))
    g.add((agent, RDF.type, PROV.SoftwareAgent)); g.add((agent, RDFS.label, Literal("diplokg 0.1.0")))
    g.add((act, PROV.endedAtTime, Literal("2026-11-24T20:00:00Z", datatype=XSD.dateTime)))

def ontology(ds):
    o = ds.graph(URIRef(B + "graph/ontology"))
    for k in ["talks","meeting","state-visit","official-visit","visit","arrival","welcome-ceremony","signing",
              "press-conference","banquet","summit","phone-call","video-call","speech","adoption","ratification",
              "announcement","extension","issuance","briefing","conference"]:
        o.add((DK[camel(k)], RDFS.subClassOf, DK.Event))
    for k in ["treaty","joint-statement","declaration","memorandum","cooperation-agreement","cooperation-document",
              "resolution","plan"]:
        o.add((DK[camel(k)], RDFS.subClassOf, DK.Agreement))

def gazetteer(ds):
    g = ds.graph(URIRef(B + "graph/gazetteer"))
    path = os.environ.get("GAZETTEER")
    if path:
        g.parse(path, format="turtle")
    else:
        g.add((WD.Q15031, WDT.P39, WD.Q655407)); g.add((WD.Q7747, WDT.P39, WD.Q218295))

def term_json(t):
    if isinstance(t, URIRef): return {"type": "uri", "value": str(t)}
    if isinstance(t, Literal):
        dt = t.datatype
        v = {"type": "literal", "value": str(t)}
        if t.language: v["xml:lang"] = t.language
        elif dt and dt != XSD.string: v["datatype"] = str(dt)
        return v
    return {"type": "bnode", "value": str(t)}

def main():
    facts = json.load(open(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else f"{ROOT}/tests/data/ar-2026-05-20-xi-putin-talks.facts.json"))
    ds = Dataset(default_union=True)
    build(facts, ds, None); ontology(ds); gazetteer(ds)
    outdir = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="diplokg-expected-")
    os.makedirs(outdir, exist_ok=True)
    for q in sorted(glob.glob(f"{ROOT}/queries/*.rq")):
        text = open(q, encoding="utf-8").read()
        res = ds.query(text)
        vars_ = [str(v) for v in res.vars]
        rows = []
        for row in res:
            b = {}
            for v in res.vars:
                t = row[v]
                if t is not None: b[str(v)] = term_json(t)
            rows.append(b)
        if "ORDER BY" not in text:
            rows.sort(key=lambda r: json.dumps([r.get(v, {}).get("value", "") for v in vars_], ensure_ascii=False))
        out = {"head": {"vars": vars_}, "results": {"bindings": rows}}
        name = os.path.basename(q)[:-3] + ".srj"
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2); f.write("\n")
        print(os.path.join(outdir, name), len(rows))

main()
