/*! Passerelle loader: one script tag, one widget. Plain JavaScript, no dependency. */
(function () {
  "use strict";
  // The build writes the bundle's hashed file names here.
  var FILES = "__FILES__";
  // And the first screen, for the inline integration (tools/build.mjs): the welcome and « Un
  // instant… » as the bundle draws them, per language, and the styles they use. In this script, so
  // that the screen shows as soon as it runs, with no round trip for a file of its own.
  var FIRST = "__FIRST__";
  var TITLES = {
    fr: "Passerelle : questionnaire pour trouver de l'aide vers l'emploi",
    en: "Passerelle: questionnaire to find help towards work",
    ar: "باسريل: استبيان للعثور على المساعدة نحو العمل"
  };
  var EVENTS = { "passerelle:ready": 1, "passerelle:completed": 1 };
  // « Quitter vite » leaves for this page, never for one a message names: a search engine's
  // home page, the most ordinary sight on a phone.
  var NEUTRAL = "https://www.google.fr/";
  var EMPTY = [0, 97, 115, 109, 1, 0, 0, 0];
  // A module whose one type takes an externref: valid only where reference types are supported
  // (Safari/iOS 15, Chrome 96, Firefox 79), which the bundle's wasm needs.
  var REFS = EMPTY.concat([1, 5, 1, 96, 1, 111, 0]);
  // What an old browser shows instead of the widget: the national numbers, written in by
  // tools/build.mjs from content/questionnaire.toml and their French lines.
  var NUMBERS = /*__NUMBERS__*/[];

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
  // Styles through the CSSOM, which a strict style-src CSP allows (a style attribute it would not),
  // !important so that no rule of the partner's page undoes them.
  var css = function (el, props) { for (var k in props) el.style.setProperty(k, props[k], "important"); };

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
    // Its height until the widget tells its own; also where the frame will reach, below.
    var tall = 420;
    css(f, { display: "block", width: "100%", "min-width": "0", "max-width": "100%", border: "0", height: tall + "px", overflow: "hidden" });
    var q = new URLSearchParams();
    for (var k in cfg) if (Object.prototype.hasOwnProperty.call(cfg, k)) q.set(k, cfg[k]);
    q.set("origin", location.origin);
    q.set("instance", String(instance));
    var src = url(FILES.page) + "?" + q.toString();
    // The last step the widget announced, and bringing its heading into view when it is out of it.
    var step = null, height = 0, shown = null;
    // « Quitter vite » on the partner's page: fixed at the top of the screen while the widget
    // shows one and its own is scrolled out of view. A tap asks the widget (on its origin only)
    // to wipe its storage and leave, as its own button does; if it cannot answer, the page
    // leaves anyway: whoever the resident fears is in the room.
    var quitLabel = null, quit = null;
    function placeQuit() {
      if (!quitLabel) { if (quit) css(quit, { display: "none" }); return; }
      if (!quit) {
        quit = document.createElement("button");
        quit.type = "button";
        css(quit, {
          position: "fixed", top: "8px", "inset-inline-end": "8px", "z-index": "2147483647", "min-height": "48px",
          padding: "8px 16px", border: "2px solid #a4161a", "border-radius": "8px", background: "#fff", color: "#a4161a",
          font: "700 16px/1.25 system-ui, sans-serif", "box-shadow": "0 2px 8px rgba(0,0,0,.3)"
        });
        quit.addEventListener("click", function () {
          try { f.contentWindow.postMessage({ source: "passerelle-loader", type: "quit" }, base.origin); } catch (e) { /* leaves below */ }
          setTimeout(function () { location.replace(NEUTRAL); }, 600);
        });
        into.appendChild(quit);
        window.addEventListener("scroll", placeQuit, { passive: true });
        window.addEventListener("resize", placeQuit, { passive: true });
      }
      quit.textContent = quitLabel;
      // The widget's own button stands at its top: the page's shows once that is above the screen.
      css(quit, { display: f.getBoundingClientRect().top < 0 ? "block" : "none" });
    }
    // What stands over the top of the screen: once « Quitter vite » is on, the page's button (8 px
    // from the top) shows as soon as the frame's top scrolls away, so what is brought into view goes
    // below it, not under it.
    function room() { return quitLabel ? 16 + ((quit && quit.offsetHeight) || 48) : 0; }
    // A block of the widget (`top`, `height` in the frame) whole in view, centred, if it is not.
    function showAt(top, height) {
      var y = f.getBoundingClientRect().top + top, h = window.innerHeight || 0, r = room();
      if (y >= r && y + Math.min(height, h - r) <= h) return;
      var to = Math.max(0, window.pageYOffset + y - Math.max(r, (h - height) / 2));
      try { window.scrollTo({ top: to, behavior: "instant" }); } catch (err) { window.scrollTo(0, to); }
    }
    function bring(top) {
      var y = f.getBoundingClientRect().top + top, r = Math.max(16, room());
      if (y < r || y > window.innerHeight - 48) {
        var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        var to = Math.max(0, window.pageYOffset + y - r);
        try { window.scrollTo({ top: to, behavior: still ? "instant" : "smooth" }); } catch (err) { window.scrollTo(0, to); }
      }
    }
    window.addEventListener("message", function (e) {
      var d = e.data;
      // Only our own iframe, from the bundle's origin, in the shape the widget sends.
      if (e.source !== f.contentWindow || e.origin !== base.origin || !d || d.source !== "passerelle") return;
      if (d.type === "resize" && typeof d.height === "number" && d.height > 0 && d.height < 1e5) {
        // A new step that is shorter than the one before shrinks the frame just after it is shown,
        // and WebKit may leave the page where the longer step ended: look at its heading once more.
        // Only for the step's own resize, the first after it — a frame that grows (a message under
        // the answers) or that shrinks later (« Non » to « Effacer ? ») never moves the page.
        var shorter = d.height < height;
        height = d.height;
        css(f, { height: Math.ceil(d.height) + "px" });
        if (shown && Date.now() - shown.at < 1500) showAt(shown.top, shown.height);
        if (step && shorter && Date.now() - step.at < 1500) bring(step.top);
        step = null;
      } else if (d.type === "event" && typeof d.name === "string") {
        emit(d.name, d.detail);
      } else if (d.type === "step" && typeof d.top === "number" && d.top >= 0 && d.top < 1e5) {
        // WebKit does not scroll the page for a focus inside a cross-origin frame: the widget
        // says where its new step's heading is, and the page scrolls to it if it is out of view.
        step = { top: d.top, at: Date.now() };
        // Numbers shown on the screen before are not where they were on this one: the frame's next
        // resizes must not bring the page back to their old place (the roadmap's foot, say).
        shown = null;
        bring(d.top);
      } else if (d.type === "lang" && typeof d.lang === "string" && Object.prototype.hasOwnProperty.call(TITLES, d.lang)) {
        // The frame's title follows the language the resident chose.
        f.title = TITLES[d.lang];
        f.setAttribute("lang", d.lang);
      } else if (d.type === "leave") {
        // « Quitter vite »: the widget has wiped its storage; the page goes, its history entry too.
        location.replace(NEUTRAL);
      } else if (d.type === "quit" && typeof d.on === "boolean") {
        // « Quitter vite » is on the widget's screen: the frame never scrolls, so the partner's
        // page keeps it in view, in the widget's words, once the widget's own button is out of it.
        quitLabel = d.on && typeof d.label === "string" && d.label.length < 80 ? d.label : null;
        placeQuit();
      } else if (d.type === "show" && typeof d.top === "number" && d.top >= -1e5 && d.top < 1e5 && typeof d.height === "number" && d.height >= 0 && d.height < 1e5) {
        // Emergency numbers: brought into view when they are out of it (and they stay there).
        step = null;
        showAt(d.top, d.height);
        // The frame may not have grown to the numbers yet, and the page not scroll that far:
        // once it has, look again (below, on the next resize).
        shown = { top: d.top, height: d.height, at: Date.now() };
        placeQuit();
      }
    });
    // Load only when the widget comes near the viewport: a page that never shows it costs nothing.
    // Already near it (the usual case), at once: the observer's first answer waits for the page's
    // next rendering, about 300 ms on a slow phone before the first screen can even be asked for.
    // Measured on the box before the frame is in it, so that a near frame goes in with its address:
    // its request leaves then, with no layout forced in between (20 ms on a slow phone).
    var r = box.getBoundingClientRect(), H = window.innerHeight || 0;
    var near = box.getClientRects().length > 0 && r.top < H + 400 && r.top + tall > -400 && r.right > 0 && r.left < (window.innerWidth || 0);
    if (near || !("IntersectionObserver" in window)) {
      f.src = src;
      into.appendChild(f);
    } else {
      into.appendChild(f);
      var io = new IntersectionObserver(function (entries) {
        for (var j = 0; j < entries.length; j++) {
          if (entries[j].isIntersecting) { io.disconnect(); f.src = src; return; }
        }
      }, { rootMargin: "400px 0px" });
      io.observe(f);
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

  // A CSP without 'wasm-unsafe-eval' refuses any module, however small: Chromium and Firefox at
  // compilation, WebKit only at instantiation, so the probe does both (nothing downloaded yet).
  function wasmAllowed() {
    try { new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(EMPTY))); return true; } catch (e) { return false; }
  }

  // The first screen's code (www/first.js: `first`, and `readable`, the partner's colour darkened
  // until it reads on white, which the old browsers' page below uses too), spliced by the build.
  /*__FIRST_JS__*/

  // What the bundle needs of the browser; the reason why not, for the console.
  function unsupported() {
    var W = window.WebAssembly;
    if (!W || typeof W.validate !== "function") return "no WebAssembly";
    try { if (!W.validate(new Uint8Array(REFS))) return "WebAssembly without reference types"; } catch (e) { return "WebAssembly.validate failed"; }
    if (typeof window.ResizeObserver !== "function" || typeof window.IntersectionObserver !== "function") return "no ResizeObserver or IntersectionObserver";
    return "";
  }

  // Instead of a blank box: a short plain page, in the partner's colour, with the national
  // numbers and a link to the partner's site. Built with the DOM (no markup parsed), so a strict
  // CSP allows it; styled through the CSSOM.
  function oldBrowser(shadow, why) {
    warn("this browser cannot run the widget (" + why + "; it needs Safari/iOS 15, Chrome 96, Firefox 79 or newer); showing the national numbers instead");
    var color = readable(/^#[0-9a-fA-F]{6}$/.test(cfg.color || "") ? cfg.color : "#1d4f91");
    var el = function (tag, text, parent) {
      var e = document.createElement(tag);
      if (text) e.textContent = text;
      (parent || page).appendChild(e);
      return e;
    };
    var page = document.createElement("div");
    page.className = "pw-old";
    page.setAttribute("lang", "fr");
    page.setAttribute("dir", "ltr");
    css(page, { border: "3px solid " + color, "border-radius": "8px", padding: "16px", font: "18px/1.5 system-ui, sans-serif", color: "#1a1a1a", background: "#fff" });
    css(el("h2", "Votre navigateur est trop ancien pour ce questionnaire."), { color: color, "font-size": "22px", margin: "0 0 8px" });
    el("p", "Vous pouvez appeler ces numéros, ou écrire au 114.");
    var ul = el("ul");
    for (var i = 0; i < NUMBERS.length; i++) {
      var li = el("li", "", ul);
      var a = el("a", "Le " + NUMBERS[i][0], li);
      a.href = (NUMBERS[i][2] || "tel") + ":" + NUMBERS[i][0];
      css(a, { color: color, "font-weight": "bold" });
      el("span", " : " + NUMBERS[i][1], li);
    }
    // « à : » and not « à » before the name: « Centre social … » takes no article that way.
    el("p", cfg.partner ? "Pour être aidé près de chez vous, adressez-vous à : " + cfg.partner + "."
      : "Pour être aidé près de chez vous, demandez au site qui vous a envoyé ici.");
    var back = el("a", "Retour au site");
    back.href = location.origin + "/";
    css(back, { color: color });
    shadow.appendChild(page);
  }

  function inline(shadow) {
    var C = window.CSSStyleSheet;
    if (!C || typeof C.prototype.replaceSync !== "function" || !("adoptedStyleSheets" in shadow)) {
      warn("this browser has no constructable stylesheets; using the iframe integration instead");
      return frame(shadow);
    }
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
      // The glue imports the module that will fetch the later chunk: both requests at once.
      if (FILES.split) import(url(FILES.split))["catch"](function () {}); // reported by the glue's import
      shared[key] = import(key).then(function (m) { return m.default({ module_or_path: wasm }).then(function () { return m; }); });
    }
    // The whole stylesheet, once for the page, when a widget first needs it.
    var sheet = function () {
      var sk = key + " sheet";
      if (!shared[sk]) {
        shared[sk] = fetch(url(FILES.css)).then(function (r) {
          if (!r.ok) throw new Error("styles: HTTP " + r.status);
          return r.text();
        }).then(function (css) { var s = new CSSStyleSheet(); s.replaceSync(css); return s; });
      }
      return shared[sk];
    };
    // The first screen at once, with only the styles it uses; the whole sheet once the wasm has it.
    var shown = false;
    if (FIRST && typeof FIRST === "object") {
      try {
        var fk = key + " first";
        if (!shared[fk]) { shared[fk] = new CSSStyleSheet(); shared[fk].replaceSync(FIRST.css); }
        shadow.adoptedStyleSheets = [shared[fk]];
        shown = first(root, FIRST.screens, cfg, instance, null, null);
        if (!shown) shadow.adoptedStyleSheets = [];
      } catch (e) { /* the wasm draws it */ }
    }
    // No first screen (a session to resume, a counsellor's mode…): the wasm draws in the whole sheet.
    var ready = shown ? shared[key] : Promise.all([shared[key], sheet()]).then(function (both) {
      shadow.adoptedStyleSheets = [both[1]];
      return both[0];
    });
    ready.then(function (m) {
      m.mount(root, cfg, emit, instance, base.href);
      if (shown) {
        sheet().then(function (s) { shadow.adoptedStyleSheets = [s]; }, function (err) {
          warn("the stylesheet could not be loaded (" + err + "); the first screen's styles stay");
        });
      }
    }, function (err) {
      warn("inline integration failed (" + err + "); using the iframe integration instead");
      shadow.removeChild(root);
      frame(shadow);
    });
  }

  function go() {
    // Both integrations live in a shadow root: the host page's CSS cannot reach them.
    var shadow = box.attachShadow({ mode: "open" });
    var why = unsupported();
    if (why) oldBrowser(shadow, why);
    else if (integration === "inline") inline(shadow);
    else frame(shadow);
  }
  if (place()) go();
  else document.addEventListener("DOMContentLoaded", function () { if (place()) go(); });
})();
