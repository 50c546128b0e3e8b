/*! Passerelle loader: one script tag, one widget. Plain JavaScript, no dependency. */
(function () {
  "use strict";
  // The build writes the bundle's hashed file names here.
  var FILES = "__FILES__";
  var TITLES = {
    fr: "Passerelle : questionnaire pour trouver de l'aide vers l'emploi",
    en: "Passerelle: questionnaire to find help towards work",
    ar: "باسريل: استبيان للعثور على المساعدة نحو العمل"
  };
  var EVENTS = { "passerelle:ready": 1, "passerelle:completed": 1 };

  // document.currentScript is set only while this script first runs: read it now.
  var script = document.currentScript;
  if (!script || script.hasAttribute("data-passerelle-mounted")) return;
  // Numbers the widgets of the page (each keeps its own answers) from the DOM, not from a global
  // the page could have set: the loaders that ran before this one marked their tags. A page can
  // only shift the count by marking tags itself, never make it anything but a small integer.
  var instance = document.querySelectorAll("script[data-passerelle-mounted]").length;
  script.setAttribute("data-passerelle-mounted", "");
  var base = new URL(".", script.src);
  var url = function (name) { return new URL(name, base).href; };
  var warn = function (msg) { if (window.console) console.warn("Passerelle: " + msg); };

  // Every data-* attribute goes to the widget, which checks and reports each value;
  // the loader reads only the two it needs itself.
  var cfg = {};
  for (var i = 0; i < script.attributes.length; i++) {
    var a = script.attributes[i];
    if (a.name.indexOf("data-") === 0 && a.name !== "data-passerelle-mounted") cfg[a.name.slice(5)] = a.value;
  }
  var integration = cfg.integration || "iframe";
  if (integration !== "iframe" && integration !== "inline") {
    warn('data-integration="' + integration + '" ignored: expected "iframe" or "inline"; using "iframe"');
    integration = "iframe";
  }
  var target = cfg.target;
  delete cfg.integration;
  delete cfg.target;
  // Relative URLs are the partner's, relative to their page; the widget may run elsewhere.
  try { cfg.contacts = cfg.contacts ? new URL(cfg.contacts, document.baseURI).href : url("contacts.json"); } catch (e) { /* the widget reports it */ }

  // What the inline widgets of a page share (one download and compilation of the bundle): a
  // property this loader defines once, neither writable nor configurable nor enumerable, holding a
  // prototype-less object. Anything else under that name is the page's, and is left alone.
  var shared = (function () {
    var KEY = "__passerelle";
    var d = Object.getOwnPropertyDescriptor(window, KEY);
    if (!d) {
      try {
        Object.defineProperty(window, KEY, { value: Object.create(null), writable: false, enumerable: false, configurable: false });
        d = Object.getOwnPropertyDescriptor(window, KEY);
      } catch (e) { d = null; }
    }
    var v = d && d.value;
    if (d && !d.writable && !d.configurable && !d.enumerable && v && typeof v === "object" && Object.getPrototypeOf(v) === null) return v;
    return Object.create(null);
  })();

  var box = document.createElement("div");
  box.className = "passerelle";
  // Where the box goes: data-target, else where the tag stands in <body>; a tag in <head> (or
  // anywhere outside <body>) puts it at the start of <body>, once there is one.
  function place() {
    var into = null;
    if (target) {
      try { into = document.querySelector(target); } catch (e) { /* invalid selector: reported below */ }
      if (!into && document.readyState === "loading") return false;
      if (into) { into.appendChild(box); return true; }
      warn('data-target="' + target + '" ignored: no element matches; the widget stands where the script is');
      target = null;
    }
    var body = document.body;
    if (body && body.contains(script)) script.parentNode.insertBefore(box, script.nextSibling);
    else if (body) body.insertBefore(box, body.firstChild);
    else return false;
    return true;
  }

  function emit(name, detail) {
    if (EVENTS[name] !== 1) return;
    script.dispatchEvent(new CustomEvent(name, { detail: detail, bubbles: true }));
    // The same anonymous figures to the host's Matomo, when the partner asks for it.
    var paq = window._paq;
    if (name === "passerelle:completed" && script.hasAttribute("data-matomo") && paq && typeof paq.push === "function" && detail && detail.fields) {
      for (var f in detail.fields) if (Object.prototype.hasOwnProperty.call(detail.fields, f)) paq.push(["trackEvent", "Passerelle", f, String(detail.fields[f])]);
    }
  }

  function frame(into) {
    var lang = (cfg.lang || document.documentElement.lang || "fr").slice(0, 2).toLowerCase();
    var f = document.createElement("iframe");
    f.title = TITLES[lang] || TITLES.fr;
    // The title is read in its own language.
    f.setAttribute("lang", TITLES[lang] ? lang : "fr");
    // « Copier le texte » writes to the clipboard from inside the frame.
    f.setAttribute("allow", "clipboard-write");
    // Through the CSSOM, which a strict style-src CSP allows.
    var s = f.style;
    s.setProperty("display", "block", "important");
    s.setProperty("width", "100%", "important");
    s.setProperty("min-width", "0", "important");
    s.setProperty("max-width", "100%", "important");
    s.setProperty("border", "0", "important");
    s.setProperty("height", "420px", "important");
    s.setProperty("overflow", "hidden", "important");
    var q = new URLSearchParams();
    for (var k in cfg) if (Object.prototype.hasOwnProperty.call(cfg, k)) q.set(k, cfg[k]);
    q.set("origin", location.origin);
    q.set("instance", String(instance));
    var src = url(FILES.page) + "?" + q.toString();
    window.addEventListener("message", function (e) {
      var d = e.data;
      // Only our own iframe, from the bundle's origin, in the shape the widget sends.
      if (e.source !== f.contentWindow || e.origin !== base.origin || !d || d.source !== "passerelle") return;
      if (d.type === "resize" && typeof d.height === "number" && d.height > 0 && d.height < 1e5) {
        s.setProperty("height", Math.ceil(d.height) + "px", "important");
      } else if (d.type === "event" && typeof d.name === "string") {
        emit(d.name, d.detail);
      } else if (d.type === "lang" && typeof d.lang === "string" && Object.prototype.hasOwnProperty.call(TITLES, d.lang)) {
        // The frame's title follows the language the resident chose.
        f.title = TITLES[d.lang];
        f.setAttribute("lang", d.lang);
      }
    });
    into.appendChild(f);
    // Load only when the widget comes near the viewport: a page that never shows it costs nothing.
    if ("IntersectionObserver" in window) {
      var io = new IntersectionObserver(function (entries) {
        for (var j = 0; j < entries.length; j++) {
          if (entries[j].isIntersecting) { io.disconnect(); f.src = src; return; }
        }
      }, { rootMargin: "400px 0px" });
      io.observe(f);
    } else {
      f.src = src;
    }
  }

  // The inline widget runs on the host page's globals: if the page replaced them, the iframe
  // (a clean page of our own) is the safe place.
  function pristine() {
    var native = /\{\s*\[native code\]\s*\}\s*$/;
    var J = window.JSON, R = window.Reflect, P = window.Promise;
    var list = [window.fetch, P, P && P.prototype && P.prototype.then, Array.prototype.map, Array.prototype.forEach,
      Object.defineProperty, Object.entries, Object.keys, J && J.parse, J && J.stringify, R && R.get, R && R.set,
      R && R.apply, R && R.getOwnPropertyDescriptor, window.WebAssembly && WebAssembly.instantiate];
    for (var i = 0; i < list.length; i++) {
      if (typeof list[i] !== "function" || !native.test(Function.prototype.toString.call(list[i]))) return false;
    }
    return true;
  }

  // A CSP without 'wasm-unsafe-eval' refuses to compile any module, however small.
  function wasmAllowed() {
    try { new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return true; } catch (e) { return false; }
  }

  function inline(shadow) {
    if (!wasmAllowed()) {
      warn("this page's Content-Security-Policy forbids WebAssembly ('wasm-unsafe-eval'); using the iframe integration instead");
      return frame(shadow);
    }
    if (!pristine()) {
      warn("this page replaced built-in functions (fetch, Promise, Array methods…); using the iframe integration instead");
      return frame(shadow);
    }
    var root = document.createElement("div");
    root.className = "pw";
    shadow.appendChild(root);
    // One download and one compilation for all the inline widgets of the page.
    var key = url(FILES.js);
    if (!shared[key]) {
      // The wasm download starts now, beside the glue's, not after it: one round trip less.
      var wasm = fetch(url(FILES.wasm));
      wasm["catch"](function () {}); // reported by init, or moot if the glue failed first
      shared[key] = Promise.all([
        import(key).then(function (m) { return m.default({ module_or_path: wasm }).then(function () { return m; }); }),
        fetch(url(FILES.css)).then(function (r) {
          if (!r.ok) throw new Error("styles: HTTP " + r.status);
          return r.text();
        }).then(function (css) { var sheet = new CSSStyleSheet(); sheet.replaceSync(css); return sheet; })
      ]);
    }
    shared[key].then(function (both) {
      shadow.adoptedStyleSheets = [both[1]];
      both[0].mount(root, cfg, emit, instance, base.href);
    }, function (err) {
      warn("inline integration failed (" + err + "); using the iframe integration instead");
      shadow.removeChild(root);
      frame(shadow);
    });
  }

  function go() {
    // Both integrations live in a shadow root: the host page's CSS cannot reach them.
    var shadow = box.attachShadow({ mode: "open" });
    if (integration === "inline") inline(shadow);
    else frame(shadow);
  }
  if (place()) go();
  else document.addEventListener("DOMContentLoaded", function () { if (place()) go(); });
})();
