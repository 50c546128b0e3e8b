/*! Passerelle: the partners' snippet generator. Plain JavaScript, no dependency. */
(function () {
  "use strict";

  // The bundle is the folder this page is served from: embed.js and contacts.json sit next to it.
  var BASE = new URL(".", location.href).href;
  var DEFAULTS = {
    integration: "iframe",
    contacts: BASE + "contacts.json",
    color: "#1f5f8b", // the widget's neutral accent (passerelle.css)
    langs: ["fr", "en", "ar"],
    fields: ["reseau", "savoirs", "numerique", "famille", "mobilite", "logement", "finances", "sante"]
  };
  var MIN_CONTRAST = 4.5;
  var DELAY = 400;

  var $ = function (id) { return document.getElementById(id); };
  var form = $("reglages");
  var code = $("code");
  var apercu = $("apercu");

  // ---- Colour: WCAG 2.1 relative luminance and contrast against white ----

  function parseColor(v) {
    var m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(v.trim());
    if (!m) return null;
    var h = m[1];
    if (h.length === 3) h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }

  function hex(rgb) {
    return "#" + rgb.map(function (c) { return (c < 16 ? "0" : "") + c.toString(16); }).join("");
  }

  // The sRGB curve of WCAG 2.1's relative luminance.
  function linear(c) {
    var s = c / 255;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  function contrastWithWhite(rgb, lin) {
    lin = lin || linear;
    return 1.05 / (0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]) + 0.05);
  }

  // The widget reads the curve from a table of 16-bit steps (build.rs): a colour a hair's breadth from
  // 4.5:1 may pass one test and fail the other. Darkening until both pass means the widget keeps the
  // colour of the snippet as it is, with no warning of its own.
  var TABLE = [];
  for (var i = 0; i < 256; i++) TABLE.push(Math.round(linear(i) * 65535) / 65535);
  function widgetLinear(c) { return TABLE[c]; }

  function readable(rgb) {
    var c = rgb, k = 1;
    while (Math.min(contrastWithWhite(c), contrastWithWhite(c, widgetLinear)) < MIN_CONTRAST && k > 0) {
      k -= 0.02; // the widget's steps (src/engine/color.rs): multiply the original by k
      c = rgb.map(function (v) { return Math.round(v * k); });
    }
    return c;
  }

  // "4,6" — one decimal, rounded down so that a failing colour never reads as 4,5.
  function ratio(x) { return (Math.floor(x * 10) / 10).toFixed(1).replace(".", ","); }

  // ---- Reading the form ----

  function value(name) {
    var checked = form.querySelector('input[name="' + name + '"]:checked');
    return checked ? checked.value : "";
  }

  function ticked(name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
  }

  function isInsee(v) { return /^(\d{2}|2[AB])\d{3}$/i.test(v); }

  function isHttpUrl(v) {
    try {
      var u = new URL(v);
      return (u.protocol === "https:" || u.protocol === "http:") && !/\s/.test(v);
    } catch (e) { return false; }
  }

  function split(v) {
    var seen = [];
    v.split(/[\s,]+/).forEach(function (s) { if (s && seen.indexOf(s) < 0) seen.push(s); });
    return seen;
  }

  /** Shows or clears the error of one input, linked with aria-describedby. */
  function setError(input, box, message) {
    var hint = input.getAttribute("aria-describedby").split(" ").filter(function (id) { return id !== box.id; });
    if (message) {
      box.textContent = message;
      hint.push(box.id);
      input.setAttribute("aria-invalid", "true");
    } else {
      box.textContent = "";
      input.removeAttribute("aria-invalid");
    }
    input.setAttribute("aria-describedby", hint.join(" "));
  }

  // Errors show when the person leaves a field (not while typing), and clear as soon as it is right.
  var shown = {};

  /** The attributes of the snippet, in order, as [name, value]; also updates the messages. */
  function attributes() {
    var attrs = [];
    var add = function (name, v) { attrs.push(["data-" + name, v]); };

    var contactsInput = $("contacts");
    var contacts = contactsInput.value.trim();
    var contactsOk = contacts === "" || isHttpUrl(contacts);
    setError(contactsInput, $("contacts-erreur"), !contactsOk && shown.contacts
      ? "Adresse non valable : indiquez une adresse complète commençant par https://. Le fichier par défaut est utilisé." : "");
    add("contacts", contactsOk && contacts ? contacts : DEFAULTS.contacts);

    if (value("integration") === "inline") add("integration", "inline");
    add("mode", value("mode") || "autonome");
    var lang = $("langue").value;
    add("lang", lang);

    var langs = ticked("langs");
    if (langs.indexOf(lang) < 0) langs.push(lang);
    langs = DEFAULTS.langs.filter(function (l) { return langs.indexOf(l) >= 0; });
    if (langs.length < DEFAULTS.langs.length) add("langs", langs.join(","));

    var fields = ticked("fields");
    var fieldsError = $("domaines-erreur");
    if (fields.length === 0) {
      fieldsError.textContent = "Choisissez au moins un domaine. En attendant, le code propose les huit.";
    } else {
      fieldsError.textContent = "";
      if (fields.length < DEFAULTS.fields.length) add("fields", fields.join(" "));
    }

    var communeInput = $("commune");
    var commune = communeInput.value.trim().toUpperCase();
    var communeOk = commune === "" || isInsee(commune);
    setError(communeInput, $("commune-erreur"), !communeOk && shown.commune
      ? "Code INSEE non valable : 5 caractères, des chiffres (ou 2A / 2B puis 3 chiffres pour la Corse), par exemple 93066." : "");
    if (communeOk && commune) add("commune", commune);

    var colorInput = $("couleur-texte");
    var rgb = parseColor(colorInput.value);
    setError(colorInput, $("couleur-erreur"), !rgb && shown.color
      ? "Couleur non valable : écrivez-la sous la forme #rrggbb, par exemple #0b6e4f. La couleur neutre est utilisée." : "");
    var note = $("couleur-note");
    if (rgb) {
      var fixed = readable(rgb);
      var color = hex(fixed);
      var adjusted = color !== hex(rgb);
      var text = adjusted ? "Couleur ajustée pour rester lisible : " + color + " (contraste " +
        ratio(contrastWithWhite(fixed)) + ":1 au lieu de " + ratio(contrastWithWhite(rgb)) + ":1)" : "";
      if (note.getAttribute("data-texte") !== text) {
        note.setAttribute("data-texte", text);
        note.textContent = "";
        if (adjusted) {
          var swatch = document.createElement("span");
          swatch.className = "echantillon";
          swatch.style.backgroundColor = color;
          swatch.textContent = "Aa";
          swatch.setAttribute("aria-hidden", "true");
          note.appendChild(swatch);
          note.appendChild(document.createTextNode(text));
        }
      }
      if (color !== DEFAULTS.color) add("color", color);
    } else {
      note.textContent = "";
      note.setAttribute("data-texte", "");
    }

    var partner = $("partenaire").value.replace(/[\u0000-\u001f\u007f]/g, "").trim();
    if (partner) add("partner", partner);
    var highlight = split($("mise-en-avant").value);
    if (highlight.length) add("highlight", highlight.join(" "));
    return attrs;
  }

  // ---- The snippet ----

  function escapeAttr(v) {
    return v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function snippet(attrs) {
    var lines = ['<script src="' + escapeAttr(BASE + "embed.js") + '" defer'];
    attrs.forEach(function (a) { lines.push('        ' + a[0] + '="' + escapeAttr(a[1]) + '"'); });
    return lines.join("\n") + "></" + "script>";
  }

  // ---- The live preview: the same tag, run by the same loader ----

  var previewed = null;

  function preview(attrs, text) {
    if (text === previewed) return;
    previewed = text;
    // The loader marks its tag and puts the widget right after it: remove both, then run a fresh tag.
    Array.prototype.forEach.call(apercu.querySelectorAll("script, div.passerelle"), function (n) { n.remove(); });
    var s = document.createElement("script");
    s.src = BASE + "embed.js";
    s.defer = true;
    attrs.forEach(function (a) { s.setAttribute(a[0], a[1]); });
    apercu.appendChild(s);
  }

  // ---- Wiring ----

  var timer = 0;
  var first = true;

  function update() {
    var attrs = attributes();
    var text = snippet(attrs);
    if (code.textContent !== text) {
      code.textContent = text;
      if (!first) {
        clearTimeout(timer);
        timer = setTimeout(function () {
          $("code-statut").textContent = "Code et aperçu mis à jour.";
          preview(attrs, text);
        }, DELAY);
      }
      $("copie-statut").textContent = "";
    }
    if (first) { first = false; preview(attrs, text); }
  }

  // The default language is always offered: its box stays ticked and cannot be unticked.
  function lockDefaultLanguage() {
    var lang = $("langue").value;
    Array.prototype.forEach.call(form.querySelectorAll('input[name="langs"]'), function (box) {
      if (box.value === lang) { box.checked = true; box.disabled = true; }
      else if (box.disabled) { box.disabled = false; }
    });
  }

  $("couleur").addEventListener("input", function () {
    $("couleur-texte").value = this.value;
    shown.color = false;
  });
  $("couleur-texte").addEventListener("input", function () {
    var rgb = parseColor(this.value);
    if (rgb) $("couleur").value = hex(rgb);
  });
  $("langue").addEventListener("change", lockDefaultLanguage);

  var ids = { commune: "commune", "couleur-texte": "color", contacts: "contacts" };
  form.addEventListener("change", function (e) {
    if (ids[e.target.id]) shown[ids[e.target.id]] = true;
    update();
  });
  form.addEventListener("focusout", function (e) {
    if (ids[e.target.id] && e.target.value.trim() !== "") { shown[ids[e.target.id]] = true; update(); }
  });
  form.addEventListener("input", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  $("copier").addEventListener("click", function () {
    var status = $("copie-statut");
    var text = code.textContent;
    var fallback = function () {
      var range = document.createRange();
      range.selectNodeContents(code);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      status.textContent = "Copie automatique impossible : le code est sélectionné, copiez-le avec Ctrl+C (ou ⌘+C sur Mac).";
    };
    status.textContent = "";
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { status.textContent = "Code copié"; }, fallback);
    } else {
      fallback();
    }
  });

  $("contacts").value = DEFAULTS.contacts;
  lockDefaultLanguage();
  update();
})();
