// The diplokg query page: YASGUI against ./sparql, the queries/*.rq examples, and result links
// under the base IRI rewritten to this server's pages. `?example=NAME&run=1` opens (and runs) an
// example, which the browser tests use.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("diplokg-config").textContent);
  var endpoint = new URL("sparql", window.location.href).href;
  var params = new URLSearchParams(window.location.search);
  var wanted = params.get("example");
  var first = config.examples.find(function (e) { return e.name === wanted; }) || null;
  var defaultQuery = config.prefixes + "\nSELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 20\n";
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: wanted ? null : "diplokg",
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: first ? first.query : defaultQuery },
    yasr: { defaultPlugin: "table" }
  });
  var tab = yasgui.getTab();
  if (tab) { tab.setEndpoint(endpoint); }

  // Result IRIs under the base IRI link to this server's pages (base/resource/x -> resource/x).
  var local = new URL("./", window.location.href).href;
  function rewrite(root) {
    root.querySelectorAll("a[href^='" + config.base + "']").forEach(function (a) {
      var rest = a.getAttribute("href").slice(config.base.length);
      a.setAttribute("href", local + rest);
      a.removeAttribute("target");
    });
  }
  new MutationObserver(function (records) {
    records.forEach(function (r) { r.addedNodes.forEach(function (n) { if (n.querySelectorAll) { rewrite(n); } }); });
  }).observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  var list = document.querySelector("#examples ul");
  config.examples.forEach(function (example) {
    var item = document.createElement("li");
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = example.name.replace(/^\d+-/, "").replace(/-/g, " ");
    button.title = example.name + ".rq";
    button.addEventListener("click", function () {
      var current = yasgui.getTab();
      current.setQuery(example.query);
      current.query();
      document.querySelectorAll("#examples button").forEach(function (b) { b.classList.remove("active"); });
      button.classList.add("active");
    });
    item.appendChild(button);
    list.appendChild(item);
  });
  if (first && params.get("run")) {
    var t = yasgui.getTab();
    t.setQuery(first.query);
    t.query();
  }
})();
