//! The compiled messages say exactly what Fluent says: every message (and attribute) of every
//! shipped language, formatted with representative arguments by `fluent-bundle` itself and by
//! the widget's `Catalog`, must give the same text. Numbers 0, 1, 2, 3, 11 and 100 go through
//! every plural category of French, English and Arabic.
//!
//! Isolation marks (U+2068 … U+2069) are compared too: the widget isolates inserted values in a
//! right-to-left language, where Fluent puts them, and nowhere in a left-to-right one. A message
//! a language lacks is shown in French: it is compared with Fluent on the French message.
#![cfg(not(target_arch = "wasm32"))]

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use passerelle::engine::messages::{Arg, Catalog};
use passerelle::engine::plural::category;
use std::collections::BTreeSet;
use std::path::Path;

/// The variables the widget passes as numbers (`Arg::Num`); every other one is a text.
const NUMERIC: &[&str] = &["count", "index", "minutes", "total"];
const NUMBERS: &[usize] = &[0, 1, 2, 3, 11, 100];
/// Texts for the other variables, one of them looking like a placeable: it must stay as it is.
const TEXTS: &[&str] = &["Centre social Les Tilleuls", "{ $who } 01 99 00 12 34", "female"];
const RTL: &[&str] = &["ar"];

fn sources(lang: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("content/locales").join(lang);
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.retain(|p| p.extension().is_some_and(|x| x == "ftl"));
    files.sort();
    files.into_iter().map(|f| std::fs::read_to_string(f).unwrap()).collect()
}

/// The compiler's test file (every construct it supports), the same in each language.
fn fixture() -> Vec<String> {
    vec![std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fluent.ftl")).unwrap()]
}

/// A compiled text of this build (`OUT_DIR`), read as the widget reads a fetched file.
fn compiled(lang: &str, file: &str, mut drop: impl FnMut(&str) -> bool) -> (Catalog, BTreeSet<String>) {
    let text = std::fs::read_to_string(Path::new(env!("OUT_DIR")).join(file)).unwrap();
    let mut dropped = BTreeSet::new();
    let kept: String = text
        .split_inclusive('\n')
        .filter(|line| {
            let key = &line[..line.find(['\t', '=']).unwrap()];
            let drop = drop(line);
            if drop {
                dropped.insert(key.to_string());
            }
            !drop
        })
        .collect();
    (Catalog::read(lang, Box::leak(kept.into_boxed_str())).expect("it reads"), dropped)
}

fn bundle(lang: &str, isolating: bool, sources: Vec<String>) -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new(vec![lang.parse().unwrap()]);
    b.set_use_isolating(isolating);
    for s in sources {
        b.add_resource(FluentResource::try_new(s).expect("the build parsed it")).expect("no duplicate");
    }
    b
}

/// Every message and attribute id of a bundle's language (`key`, `key.attr`).
fn ids(sources: Vec<String>) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for s in sources {
        for e in FluentResource::try_new(s).unwrap().entries() {
            if let Entry::Message(m) = e {
                if m.value.is_some() {
                    ids.insert(m.id.name.to_string());
                }
                ids.extend(m.attributes.iter().map(|a| format!("{}.{}", m.id.name, a.id.name)));
            }
        }
    }
    ids
}

fn pattern<'b>(b: &'b FluentBundle<FluentResource>, id: &str) -> Option<&'b Pattern<&'b str>> {
    let (name, attr) = id.split_once('.').map_or((id, None), |(n, a)| (n, Some(a)));
    let m = b.get_message(name)?;
    match attr {
        Some(a) => m.get_attribute(a).map(|a| a.value()),
        None => m.value(),
    }
}

/// The variables a pattern uses, following message references (a term's variables are its own);
/// `plural` gets those selected with plural categories or numbers.
fn variables(
    b: &FluentBundle<FluentResource>,
    p: &Pattern<&str>,
    vars: &mut BTreeSet<String>,
    plural: &mut BTreeSet<String>,
) {
    fn inline(
        b: &FluentBundle<FluentResource>,
        e: &InlineExpression<&str>,
        v: &mut BTreeSet<String>,
        pl: &mut BTreeSet<String>,
    ) {
        match e {
            InlineExpression::VariableReference { id } => {
                v.insert(id.name.to_string());
            }
            InlineExpression::MessageReference { id, attribute } => {
                let id = attribute.as_ref().map_or(id.name.to_string(), |a| format!("{}.{}", id.name, a.name));
                if let Some(p) = pattern(b, &id) {
                    variables(b, p, v, pl);
                }
            }
            InlineExpression::Placeable { expression } => expr(b, expression, v, pl),
            _ => {}
        }
    }
    fn expr(
        b: &FluentBundle<FluentResource>,
        e: &Expression<&str>,
        v: &mut BTreeSet<String>,
        pl: &mut BTreeSet<String>,
    ) {
        match e {
            Expression::Inline(e) => inline(b, e, v, pl),
            Expression::Select { selector, variants } => {
                inline(b, selector, v, pl);
                if let InlineExpression::VariableReference { id } = selector {
                    let numeric = variants.iter().any(|x| match &x.key {
                        VariantKey::NumberLiteral { .. } => true,
                        VariantKey::Identifier { name } => ["zero", "one", "two", "few", "many"].contains(name),
                    });
                    if numeric {
                        pl.insert(id.name.to_string());
                    }
                }
                for x in variants {
                    variables(b, &x.value, v, pl);
                }
            }
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(b, expression, vars, plural);
        }
    }
}

/// The argument sets for a message using `vars`: each number with each text when it has a
/// numeric variable, each text otherwise.
fn argument_sets(vars: &BTreeSet<String>) -> Vec<Vec<(String, Arg<'static>)>> {
    let numeric = vars.iter().any(|v| NUMERIC.contains(&v.as_str()));
    let numbers: &[usize] = if numeric { NUMBERS } else { &[0] };
    let texts: &[&str] = if vars.iter().any(|v| !NUMERIC.contains(&v.as_str())) { TEXTS } else { &[""] };
    let mut sets = Vec::new();
    for n in numbers {
        for t in texts {
            let arg = |v: &String| if NUMERIC.contains(&v.as_str()) { Arg::Num(*n) } else { Arg::Str(t) };
            sets.push(vars.iter().map(|v| (v.clone(), arg(v))).collect());
        }
    }
    sets
}

fn fluent_args(set: &[(String, Arg)]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, a) in set {
        let value: FluentValue = match a {
            Arg::Num(n) => (*n).into(),
            Arg::Str(s) => s.to_string().into(),
        };
        args.set(name.clone(), value);
    }
    args
}

/// Formats every message of `ids` with `catalog` and with Fluent (`own`, or `fallback` for a
/// message outside `have`); returns the number of messages and of texts compared.
struct Check<'a> {
    catalog: Catalog,
    ids: &'a BTreeSet<String>,
    have: &'a BTreeSet<String>,
    own: &'a FluentBundle<FluentResource>,
    fallback: &'a FluentBundle<FluentResource>,
    /// Fluent's own errors are reported (a missing argument means the test's sets are wrong).
    strict: bool,
}

impl Check<'_> {
    fn run(&self, report: &mut Vec<String>) -> (usize, usize) {
        let (lang, mut messages, mut compared) = (self.catalog.lang, 0, 0);
        for id in self.ids {
            let (b, from) = if self.have.contains(id) { (self.own, lang) } else { (self.fallback, "fr") };
            let p = pattern(b, id).unwrap_or_else(|| panic!("{from} `{id}` missing"));
            let (mut vars, mut plural) = (BTreeSet::new(), BTreeSet::new());
            variables(b, p, &mut vars, &mut plural);
            // And what the French message uses: the widget passes the same arguments to every language.
            if let Some(fr) = pattern(self.fallback, id) {
                variables(self.fallback, fr, &mut vars, &mut BTreeSet::new());
            }
            for v in plural.iter().filter(|v| !NUMERIC.contains(&v.as_str())) {
                report.push(format!("{from} `{id}`: `${v}` has plural variants but the widget passes it as text"));
            }
            messages += 1;
            for set in argument_sets(&vars) {
                let mut errors = Vec::new();
                let want = b.format_pattern(p, Some(&fluent_args(&set)), &mut errors);
                if self.strict && !errors.is_empty() {
                    report.push(format!("{from} `{id}` {set:?}: Fluent says {errors:?}"));
                }
                let args: Vec<(&str, Arg)> = set.iter().map(|(n, a)| (n.as_str(), *a)).collect();
                let got = self.catalog.format_with(id, &args);
                if got != want {
                    report.push(format!("{lang} `{id}` {set:?}:\n  widget {got:?}\n  Fluent {want:?}"));
                }
                if vars.is_empty() && self.catalog.t(id) != want {
                    report.push(format!("{lang} `{id}`: t() {:?}, Fluent {want:?}", self.catalog.t(id)));
                }
                compared += 1;
            }
        }
        (messages, compared)
    }
}

#[test]
fn every_message_of_every_language_formats_as_fluent_does() {
    let french = ids(sources("fr"));
    let (mut messages, mut compared, mut report) = (0, 0, Vec::new());
    for lang in Catalog::shipped() {
        let rtl = RTL.contains(&lang);
        assert_eq!(Catalog::new(lang).dir() == "rtl", rtl, "{lang}: direction");
        let own = bundle(lang, rtl, sources(lang));
        // A message this language lacks is shown in French, isolated as this language would.
        let fallback = bundle("fr", rtl, sources("fr"));
        let have = ids(sources(lang));
        let all: BTreeSet<String> = french.union(&have).cloned().collect();
        let catalog = Catalog::new(lang);
        assert_eq!(catalog.lang, lang);
        let check = Check { catalog, ids: &all, have: &have, own: &own, fallback: &fallback, strict: true };
        let (m, c) = check.run(&mut report);
        (messages, compared) = (messages + m, compared + c);
    }
    assert!(report.is_empty(), "{} differences:\n{}", report.len(), report.join("\n"));
    eprintln!("shipped messages: {messages} × their argument sets, {compared} texts identical to fluent-bundle");
    assert!(messages > 1400 && compared > messages);
}

/// A fetched language file that lacks messages: those are shown in French.
#[test]
fn a_missing_message_is_the_french_one() {
    let french = ids(sources("fr"));
    let (mut dropped_total, mut report) = (0, Vec::new());
    for lang in Catalog::shipped().filter(|l| *l != "fr") {
        let rtl = RTL.contains(&lang);
        // Every message with a placeable, and every tenth plain one.
        let mut n = 0;
        let (catalog, dropped) = compiled(lang, Catalog::file(lang).unwrap(), |line| {
            n += 1;
            line.as_bytes()[line.find(['\t', '=']).unwrap()] == b'=' || n % 10 == 0
        });
        dropped_total += dropped.len();
        let have: BTreeSet<String> = ids(sources(lang)).difference(&dropped).cloned().collect();
        let (own, fallback) = (bundle(lang, rtl, sources(lang)), bundle("fr", rtl, sources("fr")));
        let check = Check { catalog, ids: &french, have: &have, own: &own, fallback: &fallback, strict: true };
        check.run(&mut report);
    }
    assert!(report.is_empty(), "{} differences:\n{}", report.len(), report.join("\n"));
    assert!(dropped_total > 80, "{dropped_total}");
}

/// Every construct the compiler supports (tests/fixtures/fluent.ftl), in each language's plural
/// rules and direction.
#[test]
fn the_compiler_agrees_with_fluent_on_every_construct() {
    let ids = ids(fixture());
    let mut report = Vec::new();
    for lang in Catalog::shipped() {
        let rtl = RTL.contains(&lang);
        let (catalog, _) = compiled(lang, &format!("fixture-{lang}.txt"), |_| false);
        let own = bundle(lang, rtl, fixture());
        let check = Check { catalog, ids: &ids, have: &ids, own: &own, fallback: &own, strict: false };
        let (m, c) = check.run(&mut report);
        assert!(m == ids.len() && c > 3 * m, "{lang}: {m} messages, {c} texts");
    }
    assert!(report.is_empty(), "{} differences:\n{}", report.len(), report.join("\n"));
}

/// The plural categories of the widget are CLDR's, which fluent-bundle's (intl_pluralrules 7.0)
/// follow up to 102; from 103 on it drops Arabic's `n % 100` (103 is `few` in CLDR, `other` there).
#[test]
fn plural_categories_match_fluent() {
    let keys = ["zero", "one", "two", "few", "many", "other"];
    let variants: Vec<String> =
        keys.iter().map(|k| format!("   {}[{k}] {k}", if *k == "other" { "*" } else { " " })).collect();
    let source = format!("m = {{ $n ->\n{}\n}}\n", variants.join("\n"));
    for lang in Catalog::shipped() {
        let mut b = FluentBundle::new(vec![lang.parse().unwrap()]);
        b.add_resource(FluentResource::try_new(source.clone()).unwrap()).unwrap();
        let p = b.get_message("m").unwrap().value().unwrap();
        for n in 0..=102u64 {
            let mut args = FluentArgs::new();
            args.set("n", n);
            let want = b.format_pattern(p, Some(&args), &mut vec![]);
            assert_eq!(category(lang, n), Some(&*want), "{lang} {n}");
        }
    }
}
