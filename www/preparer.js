/*! Passerelle: the coordinator's page. Plain JavaScript, no dependency: the importer runs in a worker
 *  (preparer-worker.js, the command line's importer compiled to wasm); nothing leaves the browser. */
(function () {
  "use strict";

  var BASE = new URL(".", location.href).href;
  var PARAMS = new URLSearchParams(location.search);
  // French first; English and Arabic from preparer-textes.js, keyed by the French text.
  var LANG = ["en", "ar"].indexOf(PARAMS.get("lang")) >= 0 ? PARAMS.get("lang") : "fr";
  var TEXTS = (window.PREPARER_TEXTS || {})[LANG] || {};
  /** The text in the page's language, `{name}` filled from `vars`. */
  var t = function (fr, vars) {
    var text = LANG === "fr" ? fr : TEXTS[fr] || fr;
    return text.replace(/\{(\w+)\}/g, function (m, k) { return vars && k in vars ? vars[k] : m; });
  };
  var FIELDS = {
    reseau: "Réseau professionnel", savoirs: "Savoirs de base", numerique: "Compétences numériques",
    famille: "Contraintes familiales", mobilite: "Mobilité", logement: "Logement",
    finances: "Précarité financière", sante: "Santé et handicap"
  };
  var KINDS = { structure: "structure", service: "service" };
  var kind = function (k) { return KINDS[k] ? t(KINDS[k]) : k; };
  var MAX_PROPOSALS = 12;

  var $ = function (id) { return document.getElementById(id); };
  var el = function (tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") n.textContent = attrs[k];
      else if (k === "className") n.className = attrs[k];
      else n.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { n.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return n;
  };
  var LOCALE = { fr: "fr-FR", en: "en-GB", ar: "ar-u-nu-latn" }[LANG];
  // One formatter, made now: `toLocaleString` makes one per call, and the first loads the locale's data
  // (a long task on a slow computer, when the result arrives).
  var FORMAT = new Intl.NumberFormat(LOCALE);
  var number = function (n) { return FORMAT.format(Number(n)); };
  // The day the `date_maj` rule counts from: today (UTC), as the command line; `?today=` for a reproducible run.
  var today = PARAMS.get("today") || new Date().toISOString().slice(0, 10);

  // The page in its language: the elements marked `data-t` hold their French markup, the key.
  if (LANG !== "fr") {
    document.documentElement.lang = LANG;
    if (LANG === "ar") document.documentElement.dir = "rtl";
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (e) {
      var key = e.innerHTML.replace(/\s+/g, " ").trim();
      if (TEXTS[key]) e.innerHTML = TEXTS[key];
    });
    document.title = t(document.title);
  }
  // The language links keep the other parameters (`today`).
  Array.prototype.forEach.call(document.querySelectorAll(".langues a"), function (a) {
    var q = new URLSearchParams(location.search);
    q.set("lang", a.getAttribute("hreflang"));
    a.href = "?" + q;
    if (a.getAttribute("hreflang") === LANG) a.setAttribute("aria-current", "page");
  });

  // ---- The territory: the official referential, searched by name or code ----

  var places = null; // [{kind, code, nom, communes?, label, key}]
  var chosen = [];
  var loading = null;

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[-'’]/g, " ").replace(/\s+/g, " ").trim();
  }

  function referential() {
    if (!loading) {
      loading = fetch(BASE + "preparer-territoires.json").then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (data) {
        var deps = {};
        data.departements.forEach(function (d) { deps[d[0]] = d[1]; });
        var members = {};
        data.communes.forEach(function (c) { if (c[3]) (members[c[3]] = members[c[3]] || []).push(c[0]); });
        places = [];
        data.departements.forEach(function (d) {
          places.push({ kind: "departement", code: d[0], nom: d[1], label: t("{nom} (département {code})", { nom: d[1], code: d[0] }) });
        });
        data.epci.forEach(function (e) {
          places.push({ kind: "epci", code: e[0], nom: e[1], communes: members[e[0]] || [],
            label: t("{nom} (intercommunalité {code}, {n} communes)", { nom: e[1], code: e[0], n: (members[e[0]] || []).length }) });
        });
        data.communes.forEach(function (c) {
          places.push({ kind: "commune", code: c[0], nom: c[1],
            label: t("{nom} (commune {code}, {departement})", { nom: c[1], code: c[0], departement: deps[c[2]] || c[2] }) });
        });
        places.forEach(function (p) { p.key = fold(p.nom); });
      });
    }
    return loading;
  }

  function search(q) {
    var f = fold(q);
    if (!f) return [];
    var exact = [], starts = [], within = [];
    for (var i = 0; i < places.length && exact.length < MAX_PROPOSALS; i++) {
      var p = places[i];
      if (p.code.toLowerCase() === f || p.key === f) exact.push(p);
      else if (p.key.indexOf(f) === 0 || p.code.toLowerCase().indexOf(f) === 0) starts.push(p);
      else if (f.length > 2 && p.key.indexOf(f) > 0) within.push(p);
    }
    return exact.concat(starts, within).slice(0, MAX_PROPOSALS);
  }

  function propose() {
    var q = $("recherche").value;
    var list = $("propositions");
    list.textContent = "";
    if (!q.trim()) { $("propositions-statut").textContent = ""; return; }
    referential().then(function () {
      if ($("recherche").value !== q) return;
      list.textContent = "";
      var found = search(q);
      found.forEach(function (p) {
        var b = el("button", { type: "button", className: "proposition", text: t("Ajouter {territoire}", { territoire: p.label }) });
        b.addEventListener("click", function () { add(p); });
        list.appendChild(el("li", {}, [b]));
      });
      $("propositions-statut").textContent = found.length
        ? t(found.length > 1 ? "{n} propositions sous le champ de recherche." : "{n} proposition sous le champ de recherche.", { n: found.length })
        : t("Aucun territoire ne correspond à « {q} ».", { q: q.trim() });
    }, function () {
      $("propositions-statut").textContent = t("Le référentiel des communes n’a pas pu être chargé.");
    });
  }

  function add(p) {
    if (!chosen.some(function (c) { return c.kind === p.kind && c.code === p.code; })) chosen.push(p);
    $("recherche").value = "";
    $("propositions").textContent = "";
    $("propositions-statut").textContent = t("{territoire} ajouté au territoire.", { territoire: p.label });
    drawChosen();
    $("recherche").focus();
  }

  function drawChosen() {
    var list = $("choisis");
    list.textContent = "";
    $("tout").hidden = chosen.length > 0;
    chosen.forEach(function (p, i) {
      var b = el("button", { type: "button", className: "retirer", text: t("Retirer"), "aria-label": t("Retirer {territoire}", { territoire: p.label }) });
      b.addEventListener("click", function () {
        chosen.splice(i, 1);
        drawChosen();
        $("propositions-statut").textContent = t("{territoire} retiré du territoire.", { territoire: p.label });
        var rest = $("choisis").querySelectorAll("button");
        (rest[Math.min(i, rest.length - 1)] || $("recherche")).focus();
      });
      list.appendChild(el("li", {}, [el("span", { text: p.label }), b]));
    });
  }

  /** The command line's options for the territory: an EPCI is its member communes. */
  function options() {
    var communes = [], departements = [];
    chosen.forEach(function (p) {
      if (p.kind === "departement") departements.push(p.code);
      else if (p.kind === "commune") communes.push(p.code);
      else p.communes.forEach(function (c) { communes.push(c); });
    });
    var uniq = function (a) { return a.filter(function (x, i) { return a.indexOf(x) === i; }); };
    return { communes: uniq(communes), departements: uniq(departements) };
  }

  // ---- The data: an export's files, or data·inclusion's API with a token ----

  // The API's address, as the command line's `--api` (`?api=` for another one, e.g. a test's).
  var API = PARAMS.get("api") || "https://api.data.inclusion.gouv.fr";
  $("api-base").textContent = API;
  var source = function () { return document.querySelector('input[name="source"]:checked').value; };
  function showSource() {
    $("par-fichiers").hidden = source() !== "fichiers";
    $("par-api").hidden = source() !== "api";
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[name="source"]'), function (i) { i.addEventListener("change", showSource); });
  showSource();

  /** What the API's failure means for the coordinator (the worker's `ApiError`). */
  function apiFailure(a) {
    if (a.kind === "token") return t("l’API a refusé le jeton ({status}). Vérifiez-le : data·inclusion donne les jetons sur demande, pour l’API v1 avec la portée « api ».", { status: a.status });
    if (a.kind === "network") return t("l’API n’a pas répondu ({url}), après 4 essais. Vérifiez la connexion à Internet, puis réessayez.", { url: a.url });
    if (a.kind === "json") return t("la réponse de l’API n’est pas lisible ({url}) : ce ne sont pas des pages de l’API v1 de data·inclusion.", { url: a.url });
    if (a.kind === "busy") return t("l’API répond encore « trop de demandes » (429) après 4 essais : attendez quelques minutes, ou choisissez un territoire plus petit.");
    return t("l’API a répondu {status} ({url}).", { status: a.status, url: a.url });
  }

  // ---- The run, in a worker ----

  var worker = null;
  var last = null; // {result, contacts: Uint8Array, names}

  function busy(on) {
    $("preparer").disabled = on;
    $("annuler").hidden = !on;
    $("avancement").hidden = !on;
  }

  function stop() {
    if (worker) worker.terminate();
    worker = null;
    busy(false);
  }

  function fileError(id, message) {
    $(id + "-erreur").textContent = message;
    if (message) $(id).setAttribute("aria-invalid", "true"); else $(id).removeAttribute("aria-invalid");
  }

  function start(e) {
    e.preventDefault();
    var api = source() === "api";
    var st = $("structures").files[0], sv = $("services").files[0], token = $("jeton").value.trim();
    if (api) {
      fileError("jeton", token ? "" : t("Saisissez votre jeton d’API."));
      if (!token) { $("jeton").focus(); return; }
    } else {
      fileError("structures", st ? "" : t("Choisissez le fichier des structures."));
      fileError("services", sv ? "" : t("Choisissez le fichier des services."));
      if (!st || !sv) { (st ? $("services") : $("structures")).focus(); return; }
    }
    stop();
    busy(true);
    // No result of an earlier run stays on screen meanwhile.
    $("resultat").hidden = true;
    $("telechargements").textContent = "";
    var bar = $("barre");
    bar.removeAttribute("value");
    $("etape").textContent = t(api ? "Lecture de l’API…" : "Lecture des fichiers…");
    $("statut").textContent = t("Préparation en cours.");
    var o = options();
    var same = !api && (st === sv || (st.name === sv.name && st.size === sv.size && st.lastModified === sv.lastModified));
    (function () {
      worker = new Worker(BASE + "preparer-worker.js", { type: "module" });
      // Files: the bytes read of both; the API: its pages fetched, then each table's bytes read.
      var total = api ? 0 : st.size + (same ? 0 : sv.size), seen = {};
      worker.onmessage = function (m) {
        var d = m.data;
        if (d.step === "api") {
          bar.value = Math.min(99, Math.floor(100 * d.part));
          $("etape").textContent = t(d.table === "structures" ? "Lecture de l’API, structures : page {page} sur {pages}" : "Lecture de l’API, services : page {page} sur {pages}",
            { page: number(d.page), pages: number(Math.max(d.page, d.pages)) });
        } else if (d.step === "read") {
          seen[d.path] = d.read;
          var read = Object.keys(seen).reduce(function (a, k) { return a + seen[k]; }, 0);
          var pct = Math.min(99, Math.floor(100 * (api ? d.read / Math.max(1, d.size) : read / Math.max(1, total))));
          bar.value = pct;
          $("etape").textContent = t(d.table === "structures" ? "Lecture des structures : {pct} %" : "Lecture des services : {pct} %", { pct: pct });
        } else if (d.step === "done") {
          // The worker goes on making the .br and .gz (then "compressed"); the page is free meanwhile.
          if (d.contacts) busy(false); else stop();
          last = { result: d.result, contacts: d.contacts, br: null, gz: null };
          show(last);
        } else if (d.step === "compressed") {
          stop();
          last.compressed = true;
          last.br = d.br;
          last.gz = d.gz;
          compressed();
        } else if (d.step === "failed") {
          stop();
          $("statut").textContent = t("La préparation a échoué : {message}", { message: d.api ? apiFailure(d.api) : d.message });
        }
      };
      worker.onerror = function (ev) {
        stop();
        $("statut").textContent = t("La préparation a échoué : {message}", { message: ev.message || t("erreur inconnue") });
      };
      // The files themselves (not their bytes): the worker reads them. The token goes to the worker, which
      // sends it to the API only; neither keeps it.
      worker.postMessage(api
        ? { api: { base: API, token: token }, communes: o.communes, departements: o.departements, today: today }
        : { structures: st, services: same ? st : sv, communes: o.communes, departements: o.departements, today: today });
    })();
  }

  $("annuler").addEventListener("click", function () {
    stop();
    $("statut").textContent = t("Préparation annulée.");
    $("preparer").focus();
  });

  // ---- The report ----

  function table(caption, heads, rows) {
    var tab = el("table", {}, [el("caption", { text: caption })]);
    tab.appendChild(el("thead", {}, [el("tr", {}, heads.map(function (h) { return el("th", { scope: "col", text: h }); }))]));
    var body = el("tbody");
    rows.forEach(function (r) { body.appendChild(el("tr", {}, r.map(function (c) { return el("td", { text: String(c) }); }))); });
    tab.appendChild(body);
    return el("div", { className: "defilement", tabindex: "0", role: "region", "aria-label": caption }, [tab]);
  }

  function reasons(section, title, none) {
    var rows = (section.reasons || []).slice().sort(function (a, b) { return b.count - a.count; })
      .map(function (r) { return [kind(r.kind), r.field, r.reason, number(r.count), r.ids.slice(0, 3).join(", ")]; });
    var box = el("div", {}, [el("h3", { text: title })]);
    box.appendChild(rows.length ? table(title, [t("Type"), t("Champ"), t("Raison"), t("Nombre"), t("Exemples (identifiants)")], rows) : el("p", { text: none }));
    return box;
  }

  function ids(title, list, count, names) {
    var box = el("div", {}, [el("h3", { text: t("{titre} : {n}", { titre: title, n: number(count == null ? list.length : count) }) })]);
    if (list.length) {
      var ul = el("ul", { className: "identifiants" });
      list.slice(0, 50).forEach(function (id) { ul.appendChild(el("li", { text: names && names[id] ? names[id] + " (" + id + ")" : id })); });
      box.appendChild(ul);
      if (list.length > 50) box.appendChild(el("p", { text: t("… et {n} autres (voir le rapport).", { n: number(list.length - 50) }) }));
    }
    return box;
  }

  function show(run) {
    var r = run.result;
    $("resultat").hidden = false;
    // Drawn in several tasks (below): busy until the last.
    $("resultat").setAttribute("aria-busy", "true");
    var rep = r.report;
    var bilan = $("bilan");
    bilan.textContent = "";
    var details = $("details");
    details.textContent = "";
    if (!rep) {
      $("statut").textContent = t("Le fichier n’a pas été fabriqué.");
      bilan.appendChild(el("li", { className: "erreur", text: r.error }));
      $("couverture").textContent = "";
      $("manques").textContent = "";
      $("resultat").removeAttribute("aria-busy");
      $("titre-bilan").focus();
      return;
    }
    var written = r.exit === 0;
    $("statut").textContent = written ? t("Fichier préparé en {ms} ms.", { ms: number(rep.millis) }) : t("Le fichier n’a pas été fabriqué.");
    rep.read.forms.forEach(function (f) {
      bilan.appendChild(el("li", { text: t(f.table === "structures" ? "Structures : « {fichier} » lu comme {forme}" : "Services : « {fichier} » lu comme {forme}", { fichier: f.path, forme: f.form }) }));
    });
    bilan.appendChild(el("li", { text: t("Lu : {st} structures, {sv} services.", { st: number(rep.read.structures), sv: number(rep.read.services) }) }));
    bilan.appendChild(el("li", { text: t("Gardé : {st} structures, {sv} services (dont {ici} sur le territoire, les autres à distance), {c} communes.",
      { st: number(rep.kept.structures), sv: number(rep.kept.services), ici: number(rep.kept.services_in_territory), c: number(rep.kept.communes) }) }));
    bilan.appendChild(el("li", { text: t("Hors du territoire : {sv} services, {st} structures.", { sv: number(rep.outside_territory.services), st: number(rep.outside_territory.structures) }) }));
    bilan.appendChild(el("li", { text: t("Écarté : {st} structures, {sv} services.", { st: number(rep.dropped.entries.structure || 0), sv: number(rep.dropped.entries.service || 0) }) }));
    if (r.error) bilan.appendChild(el("li", { className: "erreur", text: r.error }));

    var names = r.names || {};
    // Each part in its own task: the page answers in between, even on a slow computer.
    setTimeout(function () {
      details.appendChild(reasons(rep.dropped, t("Entrées écartées, par raison"), t("Aucune entrée écartée.")));
      details.appendChild(reasons(rep.removed, t("Valeurs retirées ou corrigées (l’entrée est gardée)"), t("Aucune valeur retirée.")));
      if (rep.codes.length) {
        var codes = rep.codes.slice().sort(function (a, b) { return b.count - a.count; })
          .map(function (c) { return [kind(c.kind), c.field, c.code, c.what, number(c.count)]; });
        details.appendChild(el("div", {}, [el("h3", { text: t("Codes inconnus ou anciens (v0)") }),
          table(t("Codes inconnus ou anciens (v0)"), [t("Type"), t("Champ"), t("Code"), t("Ce qui en est fait"), t("Nombre")], codes)]));
      }
      if (rep.communes_not_in_referential.length) {
        details.appendChild(ids(t("Codes de commune absents du référentiel (gardés avec le nom de l’export)"), rep.communes_not_in_referential));
      }
      details.appendChild(ids(t("Services orphelins (leur structure n’est dans aucun fichier)"), rep.orphans.ids, rep.orphans.count, names));
      $("titre-bilan").focus();
      setTimeout(function () {
        coverage(r, names, function () { takeAway(run); });
      });
    });
  }

  // ---- The coverage picture ----

  // The table's rows drawn per task: a département's hundreds of communes at once would hold the page
  // for a long task on a slow computer (README: ≤ 200 ms).
  var ROWS_PER_TASK = 60;
  var drawing = 0; // the latest drawing: an earlier one (the other mode) stops

  function coverage(r, names, then) {
    var box = $("couverture");
    box.textContent = "";
    $("manques").textContent = "";
    var c = r.coverage;
    var drawn = ++drawing;
    if (!c || !c.communes.length) {
      box.appendChild(el("p", { text: t("Aucune commune dans le fichier : pas de couverture à montrer.") }));
      if (then) setTimeout(then);
      return;
    }
    var mode = document.querySelector('input[name="vue"]:checked').value;
    box.appendChild(chart(c, mode));
    var tab = el("table", { className: "couverture" }, [el("caption", { text: t(mode === "autonome"
      ? "Contacts proposés par commune et par domaine, mode autonome ({n} au plus)"
      : "Contacts proposés par commune et par domaine, mode accompagné ({n} au plus)", { n: c.full }) })]);
    tab.appendChild(el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: t("Commune") })].concat(c.fields.map(function (f) {
      return el("th", { scope: "col", text: FIELDS[f] ? t(FIELDS[f]) : f });
    })))]));
    var body = el("tbody");
    function row(k) {
      var counts = k[mode];
      var tr = el("tr", {}, [el("th", { scope: "row", text: k.nom + " (" + k.code_insee + ")" })]);
      counts.forEach(function (n) {
        var cls = n === 0 ? "zero" : n < c.full ? "peu" : "plein";
        var mark = n === 0 ? "✕" : n < c.full ? "◐" : "●";
        var words = t(n === 0 ? "aucun contact" : n < c.full ? "liste incomplète" : "liste complète");
        tr.appendChild(el("td", { className: cls }, [el("span", { "aria-hidden": "true", text: mark + " " }), String(n),
          el("span", { className: "visuellement-cache", text: " : " + words })]));
      });
      return tr;
    }
    tab.appendChild(body);
    box.appendChild(tab);
    (function slice(from) {
      // Redrawn meanwhile (the other mode): what follows this drawing still comes.
      if (drawn !== drawing) { if (then) setTimeout(then); return; }
      var part = document.createDocumentFragment(), to = Math.min(c.communes.length, from + ROWS_PER_TASK);
      for (var i = from; i < to; i++) part.appendChild(row(c.communes[i]));
      body.appendChild(part);
      if (to < c.communes.length) setTimeout(function () { slice(to); });
      else if (then) setTimeout(then);
    })(0);
    // The gaps, said in words: the fields where some communes get no contact.
    var gaps = el("ul", { className: "manques" });
    c.fields.forEach(function (f, i) {
      var none = c.communes.filter(function (k) { return k[mode][i] === 0; });
      if (none.length) {
        gaps.appendChild(el("li", { text: t(none.length > 1 ? "{domaine} : aucun contact pour {n} communes sur {total} ({communes})" : "{domaine} : aucun contact pour {n} commune sur {total} ({communes})",
          { domaine: FIELDS[f] ? t(FIELDS[f]) : f, n: none.length, total: c.communes.length,
            communes: none.slice(0, 8).map(function (k) { return k.nom; }).join(", ") + (none.length > 8 ? "…" : "") }) }));
      }
    });
    var m = $("manques");
    m.appendChild(el("h3", { text: t("Où une personne lira « pas de contact »") }));
    m.appendChild(gaps.childNodes.length ? gaps : el("p", { text: t("Nulle part : chaque domaine a au moins un contact dans chaque commune.") }));
    var rep = r.report;
    m.appendChild(ids(t("Services qu’aucune réponse du questionnaire n’atteint (leurs thématiques ne correspondent à aucun besoin)"), rep.unreachable.ids, rep.unreachable.count, names));
  }

  // The picture at a glance, before the table: for each field, its communes without a contact, with
  // fewer than a full list, with a full list, as one bar in three parts. The bars only draw what the
  // line beside them says in words (symbols and counts too: colour is never alone).
  function chart(c, mode) {
    var list = el("ul", { className: "graphique" });
    c.fields.forEach(function (f, i) {
      var n = { zero: 0, peu: 0, plein: 0 };
      c.communes.forEach(function (k) { var v = k[mode][i]; n[v === 0 ? "zero" : v < c.full ? "peu" : "plein"] += 1; });
      var bar = el("span", { className: "barre", "aria-hidden": "true" });
      [["zero", "✕"], ["peu", "◐"], ["plein", "●"]].forEach(function (p) {
        if (!n[p[0]]) return;
        var part = el("span", { className: p[0], text: p[1] + " " + number(n[p[0]]) });
        part.style.flexGrow = n[p[0]]; // (a property, not a style attribute: allowed under a strict CSP)
        bar.appendChild(part);
      });
      list.appendChild(el("li", {}, [el("span", { className: "domaine", text: t("{domaine} : {zero} sans contact, {peu} avec une liste incomplète, {plein} avec une liste complète", {
        domaine: FIELDS[f] ? t(FIELDS[f]) : f, zero: number(n.zero), peu: number(n.peu), plein: number(n.plein) }) }), bar]));
    });
    return el("figure", { className: "vue-ensemble" }, [el("figcaption", { text: t(mode === "autonome"
      ? "Vue d’ensemble, mode autonome : les {n} communes de chaque domaine"
      : "Vue d’ensemble, mode accompagné : les {n} communes de chaque domaine", { n: number(c.communes.length) }) }), list]);
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[name="vue"]'), function (i) {
    i.addEventListener("change", function () { if (last) coverage(last.result, last.result.names || {}); });
  });

  // ---- Take away ----

  var urls = [];
  function download(list, name, blob, what) {
    var u = URL.createObjectURL(blob);
    urls.push(u);
    return list.appendChild(el("li", {}, [el("a", { href: u, download: name, className: "bouton secondaire", text: t("Télécharger {fichier}", { fichier: name }) }),
      " " + t("{quoi} ({n} Ko)", { quoi: what, n: number(Math.max(1, Math.round(blob.size / 1024))) })]));
  }

  // The .br and .gz, in place of the line that waited for them (or at once, when they came first).
  function compressed() {
    var wait = $("compression");
    if (!wait || !last || !last.compressed) return;
    var list = $("telechargements");
    if (last.br) list.insertBefore(download(list, "contacts.json.br", last.br, t("le même, compressé (brotli)")), wait);
    if (last.gz) list.insertBefore(download(list, "contacts.json.gz", last.gz, t("le même, compressé (gzip)")), wait);
    wait.remove();
  }

  function takeAway(run) {
    urls.forEach(URL.revokeObjectURL);
    urls = [];
    var list = $("telechargements");
    list.textContent = "";
    var rep = new Blob([JSON.stringify(run.result.report) + "\n"], { type: "application/json" });
    if (run.contacts) {
      download(list, "contacts.json", run.contacts, t("le fichier des contacts"));
      list.appendChild(el("li", { id: "compression", text: t("Les fichiers compressés (.br et .gz) sont en préparation…") }));
      compressed();
    }
    download(list, "rapport.json", rep, t("le rapport, celui de l’outil en ligne de commande"));
    snippet();
    preview();
    $("resultat").removeAttribute("aria-busy");
  }

  function firstCommune() {
    var c = last && last.result.coverage && last.result.coverage.communes[0];
    return c ? c.code_insee : "";
  }

  // In integrer.html's order and defaults.
  function attrs(url, mode, integration) {
    var a = [["data-contacts", url]];
    if (integration === "inline") a.push(["data-integration", "inline"]);
    a.push(["data-mode", mode], ["data-lang", LANG]);
    if (firstCommune()) a.push(["data-commune", firstCommune()]);
    return a;
  }

  function escapeAttr(v) {
    return v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  // The same tag as integrer.html writes, with the address the coordinator will publish the file at.
  function snippet() {
    var url = $("adresse").value.trim() || "https://votre-site.fr/passerelle/contacts.json";
    var lines = ['<script src="' + escapeAttr(BASE + "embed.js") + '" defer'];
    attrs(url, "autonome", "iframe").forEach(function (a) { lines.push("        " + a[0] + '="' + escapeAttr(a[1]) + '"'); });
    $("code").textContent = lines.join("\n") + "></" + "script>";
    $("copie-statut").textContent = "";
  }
  $("adresse").addEventListener("input", snippet);
  $("copier").addEventListener("click", function () {
    var text = $("code").textContent;
    var status = $("copie-statut");
    var done = function () { status.textContent = t("Code copié"); };
    var fallback = function () {
      var range = document.createRange();
      range.selectNodeContents($("code"));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      status.textContent = t("Code sélectionné : appuyez sur Ctrl+C pour le copier.");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  });

  // The preview: the widget run by the same loader, with the prepared file (a blob: address of this page).
  var previewUrl = null;
  function preview() {
    var box = $("apercu");
    Array.prototype.forEach.call(box.querySelectorAll("script, div.passerelle"), function (n) { n.remove(); });
    if (!last || !last.contacts) return;
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = URL.createObjectURL(last.contacts);
    var v = document.querySelector('input[name="apercu"]:checked').value.split(" ");
    var s = document.createElement("script");
    s.src = BASE + "embed.js";
    s.defer = true;
    attrs(previewUrl, v[1], v[0]).forEach(function (a) { s.setAttribute(a[0], a[1]); });
    box.appendChild(s);
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[name="apercu"]'), function (i) { i.addEventListener("change", preview); });

  // ---- Wiring ----

  var timer = 0;
  $("recherche").addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(propose, 150); });
  $("recherche").addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      e.preventDefault();
      var first = $("propositions").querySelector("button");
      if (first) first.click();
    }
  });
  $("structures").addEventListener("change", function () { fileError("structures", ""); });
  $("services").addEventListener("change", function () { fileError("services", ""); });
  $("jeton").addEventListener("input", function () { fileError("jeton", ""); });
  $("preparation").addEventListener("submit", start);
  $("adresse").value = "";
  drawChosen();
})();
