#!/usr/bin/env bash
# Real clients against a live `diplokg serve`: curl for every route and status code, Python
# SPARQLWrapper and rdflib (test_clients.py), headless Chromium on the query page and a resource
# page, a query cancelled by the timeout, a second server reading the same store read-only, and
# graceful shutdown on SIGTERM.
#
# Usage: DIPLOKG_BIN=target/release/diplokg tests/clients/run.sh
# Needs: curl, python3 with SPARQLWrapper and rdflib (tests/requirements.txt), chromium.
# Exits non-zero on the first failure. Screenshots and pages are left in $DIPLOKG_CLIENTS_OUT
# (default: a temporary directory, printed at the end).
set -euo pipefail

: "${DIPLOKG_BIN:?set DIPLOKG_BIN to the built diplokg binary}"
DIPLOKG_BIN=$(realpath "$DIPLOKG_BIN")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
OUT=${DIPLOKG_CLIENTS_OUT:-$WORK/out}
mkdir -p "$OUT"
TOKEN="clients-$(date +%s%N)"
FACTS="$ROOT/tests/data/ar-2026-05-20-xi-putin-talks.facts.json"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK/store" "$WORK"/chrome-*
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_for() { # URL
  for _ in $(seq 1 100); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "server at $1 did not come up"
}

wait_exit() { # PID: waits up to 15 s for a clean exit (status 0)
  for _ in $(seq 1 150); do
    if ! kill -0 "$1" 2>/dev/null; then
      wait "$1"
      return $?
    fi
    sleep 0.1
  done
  kill -KILL "$1" 2>/dev/null || true
  return 1
}

echo "== store"
"$DIPLOKG_BIN" ingest --store "$WORK/store" "$FACTS"

echo "== server"
PORT=$(free_port)
URL="http://127.0.0.1:$PORT"
RUST_LOG=info DIPLOKG_WRITE_TOKEN="$TOKEN" "$DIPLOKG_BIN" serve --store "$WORK/store" --bind "127.0.0.1:$PORT" \
  --timeout 2 >"$OUT/server.log" 2>&1 &
SERVER=$!
PIDS+=("$SERVER")
wait_for "$URL/health"

# status METHOD PATH EXPECTED [curl args...]: checks the status code, keeps the body in $BODY.
status() {
  local method=$1 path=$2 expected=$3
  shift 3
  local code verb=(-X "$method")
  [ "$method" = HEAD ] && verb=(--head)
  code=$(curl -sS -o "$WORK/body" -w '%{http_code}' "${verb[@]}" "$@" "$URL$path")
  BODY=$(cat "$WORK/body")
  [ "$code" = "$expected" ] || fail "$method $path: $code, expected $expected: $BODY"
  pass "$method ${path:0:90} -> $code"
}
header() { # PATH NAME [curl args]: prints a response header
  local path=$1 name=$2
  shift 2
  curl -sS -o /dev/null -D - "$@" "$URL$path" | tr -d '\r' | awk -v n="$(echo "$name" | tr 'A-Z' 'a-z')" -F': ' 'tolower($1)==n {print $2}'
}
q() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

echo "== curl: SPARQL protocol"
COUNT='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
status GET "/sparql?query=$(q "$COUNT")" 200 -H 'Accept: application/sparql-results+json'
echo "$BODY" | python3 -c 'import json,sys; assert int(json.load(sys.stdin)["results"]["bindings"][0]["n"]["value"]) > 0'
status POST /sparql 200 --data-urlencode "query=$COUNT" -H 'Accept: application/sparql-results+xml'
[[ "$BODY" == *"<sparql"* ]] || fail "XML results"
status POST /sparql 200 -H 'Content-Type: application/sparql-query' --data-binary "$COUNT" -H 'Accept: text/csv'
[[ "$BODY" == n* ]] || fail "CSV results"
status GET "/sparql?query=$(q "$COUNT")&format=tsv" 200
[[ "$BODY" == '?n'* ]] || fail "TSV results by format parameter"
CONSTRUCT='CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5'
for accept in text/turtle application/n-triples application/rdf+xml application/ld+json application/trig application/n-quads; do
  status GET "/sparql?query=$(q "$CONSTRUCT")" 200 -H "Accept: $accept"
  [ "$(header "/sparql?query=$(q "$CONSTRUCT")" content-type -H "Accept: $accept")" = "$accept" ] || fail "content type $accept"
done
status GET "/sparql?query=$(q "$COUNT")&default-graph-uri=$(q http://example.org/none)" 200 -H 'Accept: text/csv'
[[ "$BODY" == *0* ]] || fail "default-graph-uri"
status GET "/sparql?query=$(q 'SELECT ?x WHERE { ?x')" 400
[[ "$BODY" == *"error at"* ]] || fail "the parser's message: $BODY"
status GET "/sparql?query=$(q "$COUNT")" 406 -H 'Accept: image/png'
status POST /sparql 415 -H 'Content-Type: text/plain' --data 'ASK {}'
status GET "/sparql?update=$(q 'CLEAR ALL')" 405
head -c 11000000 /dev/zero | tr '\0' ' ' >"$WORK/big.rq"
status POST /sparql 413 -H 'Content-Type: application/sparql-query' --data-binary "@$WORK/big.rq"
status GET /sparql 200 -H 'Accept: text/turtle'
[[ "$BODY" == *"sd:Service"* ]] || fail "service description"
status GET /sparql 303 -H 'Accept: text/html'

echo "== curl: timeout"
# 3,000 more triples, so that the cross join below runs far past the 2 s timeout.
python3 -c 'for i in range(3000): print(f"<http://example.org/s{i}> <http://example.org/p> \"{i}\" .")' >"$WORK/padding.nt"
PADDING="/store?graph=$(q http://example.org/graph/padding)"
status PUT "$PADDING" 201 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/n-triples' --data-binary "@$WORK/padding.nt"
SLOW='SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER EXISTS { ?a <http://example.org/none> ?f } }'
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; } # user + system clock ticks
START=$(date +%s%N)
status GET "/sparql?query=$(q "$SLOW")" 503
MS=$(( ($(date +%s%N) - START) / 1000000 ))
[ "$MS" -lt 3000 ] || fail "503 after ${MS} ms (timeout 2 s)"
pass "503 after ${MS} ms"
if [ -r "/proc/$SERVER/stat" ]; then
  sleep 0.5; BEFORE=$(cpu); sleep 1; AFTER=$(cpu)
  [ $((AFTER - BEFORE)) -lt 30 ] || fail "the evaluation still runs after the timeout ($((AFTER - BEFORE)) ticks in 1 s)"
  pass "the evaluation was cancelled (idle after the 503)"
fi
status GET "/sparql?query=$(q 'ASK { ?s ?p ?o }')" 200
status DELETE "$PADDING" 204 -H "Authorization: Bearer $TOKEN"

echo "== curl: update and Graph Store"
G=$(q http://example.org/graph/curl)
status PUT "/store?graph=$G" 401 -H 'Content-Type: text/turtle' --data '<http://example.org/s> <http://example.org/p> 1 .'
status PUT "/store?graph=$G" 201 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/turtle' --data '<http://example.org/s> <http://example.org/p> 1 .'
status PUT "/store?graph=$G" 204 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/turtle' --data '<http://example.org/s> <http://example.org/p> 2 .'
status PUT "/store?graph=$G" 400 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/turtle' --data '<broken'
status PUT "/store?graph=$G" 415 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: image/png' --data 'x'
status POST "/store?graph=$G" 204 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/n-triples' --data '<http://example.org/s> <http://example.org/p> "3" .'
status GET "/store?graph=$G" 200 -H 'Accept: application/n-triples'
[ "$(echo "$BODY" | grep -c .)" = 2 ] || fail "two triples in the graph: $BODY"
status HEAD "/store?graph=$G" 200
status POST /sparql 401 --data-urlencode "update=CLEAR GRAPH <http://example.org/graph/curl>"
status POST /sparql 204 -H "Authorization: Bearer $TOKEN" --data-urlencode "update=CLEAR GRAPH <http://example.org/graph/curl>"
status POST /sparql 400 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/sparql-update' --data 'CLEAR NOTHING'
status DELETE "/store?graph=$G" 401
status DELETE "/store?graph=$G" 204 -H "Authorization: Bearer $TOKEN"
status DELETE "/store?graph=$G" 404 -H "Authorization: Bearer $TOKEN"
status GET "/store?graph=$G" 404
status GET "/store" 200 -H 'Accept: application/n-quads'
status GET "/store?format=trig" 200

echo "== curl: linked data, VoID, health, page, assets"
EVENT=$(curl -fsS "$URL/sparql" -H 'Accept: text/csv' --data-urlencode \
  'query=SELECT ?e WHERE { ?e <http://www.wikidata.org/prop/direct/P710> ?p ; ?mention ?m . ?m <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> ?b FILTER(CONTAINS(STR(?e), "/resource/event/")) } ORDER BY ?e LIMIT 1' | sed -n 2p | tr -d '\r')
[ -n "$EVENT" ] || fail "an event in the store"
EVENT_PATH="/resource/${EVENT#*/resource/}"
REST="${EVENT#*/resource/}"
status GET "$EVENT_PATH" 303 -H 'Accept: text/html'
LOCATION=$(header "$EVENT_PATH" location -H 'Accept: text/turtle')
[[ "$LOCATION" == *"data/$REST.ttl" ]] || fail "303 to the Turtle document: $LOCATION"
status GET "$EVENT_PATH" 200 -L -H 'Accept: text/turtle'
status GET "/data/$REST.ttl" 200
status GET "/data/$REST.jsonld" 200
status GET "/data/$REST.nt" 200
[[ "$BODY" == *"<$EVENT>"* ]] || fail "the event's triples"
status GET "/page/$REST" 200 -H 'Accept-Language: ar'
[[ "$BODY" == *"<mark>"* ]] || fail "the source sentence highlighted on the event page"
status GET /resource/event/unknown/nothing 404
status GET "/page?iri=$(q http://www.wikidata.org/entity/Q7747)" 200
status GET /.well-known/void 200 -H 'Accept: text/turtle'
[[ "$BODY" == *"void:triples"* ]] || fail "VoID triple counts"
status GET /health 200
status GET / 200
[[ "$BODY" == *yasgui* ]] || fail "the query page loads YASGUI"
status GET /assets/yasgui/yasgui.min.js 200
status GET /nowhere 404
[ "$(header /health access-control-allow-origin -H 'Origin: http://example.org')" = "*" ] || fail "CORS"
pass "CORS"

echo "== read-only server on the same store"
PORT2=$(free_port)
"$DIPLOKG_BIN" serve --store "$WORK/store" --bind "127.0.0.1:$PORT2" --read-only >"$OUT/server-ro.log" 2>&1 &
RO=$!
PIDS+=("$RO")
wait_for "http://127.0.0.1:$PORT2/health"
code=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT2/sparql?query=$(q 'ASK { ?s ?p ?o }')")
[ "$code" = 200 ] || fail "read-only server answers ($code)"
pass "read-only server answers"
kill -TERM "$RO"
wait_exit "$RO" || fail "read-only server did not stop cleanly on SIGTERM"

echo "== python clients"
python3 "$ROOT/tests/clients/test_clients.py" "$URL" "$TOKEN"

echo "== chromium"
CHROME=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$CHROME" ] || fail "chromium is not installed"
EXAMPLE=""
for file in "$ROOT"/queries/*.rq; do
  [ -e "$file" ] && EXAMPLE=$(basename "$file" .rq) && break
done
chrome() { # OUTPUT-FLAG URL
  local profile
  profile=$(mktemp -d "$WORK/chrome-XXXX")
  timeout 90 "$CHROME" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --window-size=1400,1000 --virtual-time-budget=20000 "$@" 2>>"$OUT/chromium.log"
}
if [ -n "$EXAMPLE" ]; then
  PAGE="$URL/?example=$EXAMPLE&run=1"
else
  PAGE="$URL/"
fi
chrome --screenshot="$OUT/query-page.png" "$PAGE" >/dev/null
[ -s "$OUT/query-page.png" ] || fail "no screenshot of the query page"
chrome --dump-dom "$PAGE" >"$OUT/query-page.html"
grep -q 'class="yasgui' "$OUT/query-page.html" || fail "YASGUI did not start"
if [ -n "$EXAMPLE" ]; then
  grep -q 'dataTable' "$OUT/query-page.html" || fail "no results table after running $EXAMPLE"
  grep -q "href=\"$URL/resource/" "$OUT/query-page.html" || fail "result IRIs do not link to this server's pages"
  pass "query page ran $EXAMPLE and shows the results table ($OUT/query-page.png)"
else
  pass "query page loads (no queries/*.rq to run)"
fi
chrome --screenshot="$OUT/resource-page.png" "$URL/page/$REST" >/dev/null
chrome --dump-dom "$URL/page/$REST" >"$OUT/resource-page.html"
grep -q '<mark>' "$OUT/resource-page.html" || fail "resource page lacks the highlighted sentence"
grep -q "data/$REST.ttl" "$OUT/resource-page.html" || fail "resource page lacks the data links"
pass "resource page ($OUT/resource-page.png)"

echo "== graceful shutdown"
kill -TERM "$SERVER"
wait_exit "$SERVER" || fail "the server did not exit cleanly on SIGTERM"
pass "SIGTERM: clean exit"
grep -q 'status.*200' "$OUT/server.log" || fail "no request log lines (method, path, status, ms)"
pass "one log line per request"

echo "all client checks passed; screenshots in $OUT"
