/*! Passerelle's first screen before the wasm: the welcome the bundle itself drew at build time
 * (tools/build.mjs captures it per language), shown at once, with its taps kept for the wasm. */
// Spliced by tools/build.mjs into widget.html, and into embed.js (the inline integration, and `readable`
// for the old browsers' page).
// The partner's colour, darkened until it reads on white (4.5:1), as the widget does.
function readable(hex) {
  var c = [1, 3, 5].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
  var lum = function (v) {
    v = v.map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  };
  for (var n = 0; n < 40 && 1.05 / (lum(c) + 0.05) < 4.5; n++) c = c.map(function (x) { return Math.floor(x * 0.9); });
  return "rgb(" + c.join(", ") + ")";
}

// Shows the first screen in `root` (the element the wasm mounts into) and returns true, or returns
// false when it would not be the screen the wasm draws (a resumed session, a take-away link, data-fields,
// data-langs, the accompanied mode: the wasm draws those alone). `screens`: {lang: [welcome, waiting]},
// the markup of `.pw-app` as the bundle drew it, « %PARTNER% » standing for the partner's name.
// `cfg`: the data-* values; `instance`: the widget's number on the page; `frame`: post the iframe
// protocol's resize and lang messages to it; `old`: a browser the wasm cannot run in, where
// « Commencer » shows the plain page `old` instead.
// What the resident does before the wasm is there is kept on `root` (data-pw-start, data-pw-lang,
// data-pw-accompanied) and honoured by the wasm when it mounts (src/entry.rs).
function first(root, screens, cfg, instance, frame, old) {
  var mode = cfg.mode === "accompagne" || cfg.mode === "accompagné" ? "accompagne" : "autonome";
  if (mode !== "autonome" || cfg.fields || cfg.langs || !screens) return false;
  var key = "passerelle:v1:" + mode + ":" + instance, kept = null;
  try {
    var s = window.sessionStorage;
    if (s.getItem(key) !== null) return false;
    kept = s.getItem(key + ":lang");
  } catch (e) { /* no storage: nothing to resume */ }
  // The language as src/entry.rs picks it: the one chosen in the menu, data-lang, the browser's, French.
  var has = function (l) { return typeof l === "string" && Object.prototype.hasOwnProperty.call(screens, l.toLowerCase()); };
  var lang = has(kept) ? kept : has(cfg.lang) ? cfg.lang.toLowerCase() : null;
  var prefs = navigator.languages || [navigator.language];
  for (var i = 0; !lang && i < prefs.length; i++) if (has(String(prefs[i]).split("-")[0])) lang = String(prefs[i]).split("-")[0].toLowerCase();
  lang = lang || "fr";
  var partner = String(cfg.partner || "").replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
  if (partner.length > 120) partner = "";
  if (/^#[0-9a-fA-F]{6}$/.test(cfg.color || "")) root.style.setProperty("--accent", readable(cfg.color));
  var app = null, stage = 0;
  function show(markup, focus) {
    var t = document.createElement("template");
    t.innerHTML = markup;
    var next = t.content.firstElementChild;
    // The one difference from the wasm's DOM: what tells them apart (tests, and the taps' handlers).
    next.setAttribute("data-pw-first", "");
    var p = next.querySelector(".pw-partner");
    if (p && !partner) p.parentNode.removeChild(p);
    else if (p) p.textContent = p.textContent.replace("%PARTNER%", partner);
    if (app) root.replaceChild(next, app);
    else root.insertBefore(next, root.firstChild);
    app = next;
    if (focus) { var f = app.querySelector(focus); if (f) f.focus(); }
    if (!frame) return;
    // The page of its own (the iframe): its language and title follow the screen's.
    var html = document.documentElement, h = app.querySelector("h2");
    // (The frame takes the content's height: the page never scrolls, as src/web/host.rs has it.)
    html.classList.add("in-frame");
    html.lang = app.lang;
    html.dir = app.dir;
    if (h) document.title = h.textContent;
    frame({ source: "passerelle", type: "lang", lang: app.lang });
  }
  function focused() {
    var r = root.getRootNode ? root.getRootNode() : document;
    return (r.activeElement || document.activeElement);
  }
  // The taps, until the wasm has replaced `app` (they are then its own).
  root.addEventListener("click", function (e) {
    if (!app || !e.target.closest) return;
    // « Effacer mes réponses » on « Un instant… »: no answer yet, nothing to confirm; the welcome
    // comes back, as the wasm's own button does there (src/ui/boot.rs).
    var c = e.target.closest(".pw-clear button");
    if (c && stage === 1 && app.contains(c)) {
      root.removeAttribute("data-pw-start");
      stage = 0;
      show(screens[lang][0], focused() === c ? "h2" : null);
      return;
    }
    var b = e.target.closest(".pw-welcome .pw-primary");
    if (!b || !app.contains(b)) return;
    if (old) {
      root.removeChild(app);
      app = null;
      old.hidden = false;
      return;
    }
    root.setAttribute("data-pw-start", "");
    // The component's own answer, « Un instant… » until the diagnostic is there; focus on its heading.
    // (A bundle without the split has none: the tap is kept all the same.)
    if (!screens[lang][1]) return;
    stage = 1;
    show(screens[lang][1], focused() === b ? "h2" : null);
  });
  root.addEventListener("change", function (e) {
    var t = e.target;
    if (!app || !app.contains(t)) return;
    if (t.id === "pw-lang" && has(t.value)) {
      lang = t.value;
      root.setAttribute("data-pw-lang", lang);
      try { window.sessionStorage.setItem(key + ":lang", lang); } catch (err) { /* kept on root */ }
      var wasFocused = focused() === t;
      show(screens[lang][stage], wasFocused ? "#pw-lang" : null);
    } else if (t.id === "pw-accompanied") {
      if (t.checked) root.setAttribute("data-pw-accompanied", "");
      else root.removeAttribute("data-pw-accompanied");
    }
  });
  // Focus where it was when the wasm replaces the screen: on the same control of its own screen.
  var had = null;
  root.addEventListener("focusin", function (e) { had = app && app.contains(e.target) ? e.target : null; });
  root.addEventListener("focusout", function (e) { if (e.relatedTarget) had = null; });
  if (window.MutationObserver) {
    var mo = new MutationObserver(function () {
      if (!app || root.contains(app)) return;
      mo.disconnect();
      var sel = had && (had.id ? "#" + had.id : had.tagName === "H2" ? "h2" : had.classList.contains("pw-primary") ? ".pw-primary" : null);
      if (!sel || !document.hasFocus()) return;
      requestAnimationFrame(function () {
        var el = root.querySelector(sel), f = focused();
        if (el && (!f || !root.contains(f))) el.focus();
      });
    });
    mo.observe(root, { childList: true });
  }
  show(screens[lang][0], null);
  if (frame && window.ResizeObserver) {
    // The frame takes the screen's height, as the wasm's own observer will (src/web/host.rs).
    var last = -1, ro = new ResizeObserver(function () {
      if (!app || !root.contains(app)) { ro.disconnect(); return; }
      var h = Math.ceil(root.getBoundingClientRect().height);
      if (h !== last) { last = h; frame({ source: "passerelle", type: "resize", height: h }); }
    });
    ro.observe(root);
  }
  return true;
}
