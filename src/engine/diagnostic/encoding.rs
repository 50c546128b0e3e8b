//! A session as a short text, for `sessionStorage` and for the take-away link's URL fragment.
//!
//! `1` (format version) · 4 chars of content fingerprint · `.` step · `.` answers · `.` fields
//! · `.` commune (INSEE code or nothing) · `.` flags (one char) · `.` notes (per field,
//! percent-encoded, `~`-separated; storage only, never in a link),
//! all in the URL-safe base64 alphabet. Answers are one value per question in questionnaire
//! order (0 none, 1 « je ne sais pas », 2 « je préfère ne pas répondre », 3 skipped, 3 + bitmask
//! of the chosen answers), each a base64 varint; fields are one char each (help wish, skipped,
//! « le plus important pour moi »: a bit added within the same version, so older texts read).
//! The fingerprint covers every question and answer id, so a link made with other content is
//! refused instead of misread. Decoding never panics: anything odd is an error.

use crate::engine::config::Mode;
use crate::engine::diagnostic::assessment::Diagnostic;
use crate::engine::diagnostic::questionnaire::{Kind, Questionnaire};
use crate::engine::diagnostic::state::{put, Help, Response, Session, Step};
use crate::engine::FieldId;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VERSION: char = '1';
/// Longer than any honest encoding: refused before any work.
pub const MAX_LEN: usize = 2048;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not our format, or damaged.
    Malformed,
    /// Another format version.
    Version,
    /// Made with other questions (an older or newer widget).
    Content,
}

fn digit(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// 24 bits of FNV-1a over the ids, as 4 chars.
pub fn fingerprint(q: &Questionnaire) -> String {
    let mut h: u32 = 0x811c9dc5;
    let mut eat = |s: &str| {
        for b in s.bytes().chain([0]) {
            h = (h ^ b as u32).wrapping_mul(0x01000193);
        }
    };
    for (_, question) in q.questions() {
        eat(&question.id);
        for a in question.answers.iter() {
            eat(&a.id);
        }
    }
    for f in q.fields.iter() {
        eat(&f.id);
    }
    (0..4).map(|i| ALPHABET[((h >> (6 * i)) & 63) as usize] as char).collect()
}

/// Values below 32 take one char; the 32 bit of a char says another follows.
fn push_varint(out: &mut String, mut v: u32) {
    loop {
        let low = v & 31;
        v >>= 5;
        out.push(ALPHABET[(low | if v > 0 { 32 } else { 0 }) as usize] as char);
        if v == 0 {
            break;
        }
    }
}

fn read_varint(bytes: &mut std::slice::Iter<u8>) -> Result<Option<u32>, DecodeError> {
    let (mut v, mut shift) = (0u32, 0);
    loop {
        let Some(&c) = bytes.next() else {
            return if shift == 0 { Ok(None) } else { Err(DecodeError::Malformed) };
        };
        let d = digit(c).ok_or(DecodeError::Malformed)?;
        if shift > 20 {
            return Err(DecodeError::Malformed);
        }
        v |= (d & 31) << shift;
        shift += 5;
        if d & 32 == 0 {
            return Ok(Some(v));
        }
    }
}

/// What goes into the text besides the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// This device's storage: everything, counsellor's notes and mode included.
    Device,
    /// A take-away link: the answers only (and what leaves out `leave_out`).
    Link,
}

/// Every byte but letters and digits as %XX, so `.` and `~` stay free as separators.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from_digit((b >> 4) as u32, 16).unwrap_or('0').to_ascii_uppercase());
            out.push(char::from_digit((b & 15) as u32, 16).unwrap_or('0').to_ascii_uppercase());
        }
    }
    out
}

fn unescape(text: &str) -> Result<String, DecodeError> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3).ok_or(DecodeError::Malformed)?;
                out.push(u8::from_str_radix(hex, 16).map_err(|_| DecodeError::Malformed)?);
                i += 3;
            }
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                i += 1;
            }
            _ => return Err(DecodeError::Malformed),
        }
    }
    String::from_utf8(out).map_err(|_| DecodeError::Malformed)
}

/// Encodes `s`; the answers of the fields in `leave_out` are not written.
pub fn encode(q: &Questionnaire, s: &Session, leave_out: &[&str], scope: Scope) -> String {
    let mut out = String::new();
    out.push(VERSION);
    out.push_str(&fingerprint(q));
    out.push('.');
    let questions: Vec<_> = q.questions().collect();
    match &s.step {
        Step::Welcome => out.push('w'),
        Step::Results => out.push('r'),
        Step::Overview => out.push('o'),
        Step::Question(id) => {
            out.push('q');
            push_varint(&mut out, questions.iter().position(|(_, x)| &x.id == id).unwrap_or(0) as u32);
        }
        Step::Help(f) => {
            out.push('h');
            push_varint(&mut out, q.fields.iter().position(|x| &x.id == f).unwrap_or(0) as u32);
        }
    }
    out.push('.');
    let mut answers = String::new();
    let mut pending_zeros = 0;
    for (field, question) in &questions {
        let left_out = field.is_some_and(|f| leave_out.contains(&&*f.id));
        let v = match s.answer(&question.id) {
            _ if left_out => 0,
            None => 0,
            Some(Response::DontKnow) => 1,
            Some(Response::NoAnswer) => 2,
            Some(Response::Skipped) => 3,
            Some(Response::Chosen(ids)) => {
                let mask = question
                    .answers
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| ids.iter().any(|x| *x == a.id))
                    .fold(0u32, |m, (i, _)| m | 1 << i.min(24));
                if mask == 0 {
                    0
                } else {
                    3 + mask
                }
            }
        };
        // Trailing unanswered questions are not written.
        if v == 0 {
            pending_zeros += 1;
        } else {
            for _ in 0..pending_zeros {
                push_varint(&mut answers, 0);
            }
            pending_zeros = 0;
            push_varint(&mut answers, v);
        }
    }
    out.push_str(&answers);
    out.push('.');
    for f in q.fields.iter() {
        let left_out = leave_out.contains(&&*f.id);
        let help = s.help.iter().find(|(id, _)| id == &f.id).map(|(_, h)| *h);
        let mut v = match help {
            _ if left_out => 0,
            None => 0,
            Some(Help::Oui) => 1,
            Some(Help::PlusTard) => 2,
            Some(Help::Non) => 3,
        };
        if !left_out && s.is_skipped(&f.id) {
            v |= 4;
        }
        if !left_out && s.is_important(&f.id) {
            v |= 8;
        }
        out.push(ALPHABET[v] as char);
    }
    out.push('.');
    out.push_str(s.commune.as_deref().unwrap_or(""));
    out.push('.');
    let device = scope == Scope::Device;
    let flags = (device && s.accompanied()) as usize | (s.assisted as usize) << 1 | (s.counted as usize) << 2;
    out.push(ALPHABET[flags] as char);
    out.push('.');
    if device {
        let notes: Vec<String> = q.fields.iter().map(|f| escape(s.note(&f.id))).collect();
        if notes.iter().any(|n| !n.is_empty()) {
            out.push_str(&notes.join("~"));
        }
    }
    out
}

/// Decodes a text made by [`encode`] for the same questionnaire.
pub fn decode(q: &Questionnaire, text: &str) -> Result<Session, DecodeError> {
    if text.len() > MAX_LEN || !text.is_ascii() {
        return Err(DecodeError::Malformed);
    }
    let mut parts = text.split('.');
    let head = parts.next().ok_or(DecodeError::Malformed)?;
    if !head.starts_with(VERSION) {
        return Err(if head.is_empty() { DecodeError::Malformed } else { DecodeError::Version });
    }
    if head.len() != 5 {
        return Err(DecodeError::Malformed);
    }
    if head[1..] != fingerprint(q) {
        return Err(DecodeError::Content);
    }
    let parts: Vec<&str> = parts.collect();
    let [step, answers, fields, commune, flags, notes] = parts[..] else { return Err(DecodeError::Malformed) };
    let questions: Vec<_> = q.questions().collect();
    let mut s = Session::default();
    let index = |rest: &str, len: usize| -> Result<usize, DecodeError> {
        let mut it = rest.as_bytes().iter();
        let i = read_varint(&mut it)?.ok_or(DecodeError::Malformed)? as usize;
        if it.next().is_some() || i >= len {
            return Err(DecodeError::Malformed);
        }
        Ok(i)
    };
    s.step = match step.split_at_checked(1).ok_or(DecodeError::Malformed)? {
        ("w", "") => Step::Welcome,
        ("r", "") => Step::Results,
        ("o", "") => Step::Overview,
        ("q", rest) => Step::Question(questions[index(rest, questions.len())?].1.id.to_string()),
        ("h", rest) => Step::Help(q.fields[index(rest, q.fields.len())?].id),
        _ => return Err(DecodeError::Malformed),
    };
    let mut it = answers.as_bytes().iter();
    let mut n = 0;
    while let Some(v) = read_varint(&mut it)? {
        let (_, question) = questions.get(n).ok_or(DecodeError::Malformed)?;
        n += 1;
        let response = match v {
            0 => continue,
            1 => Response::DontKnow,
            2 => Response::NoAnswer,
            3 => Response::Skipped,
            v => {
                let mask = v - 3;
                if mask >> question.answers.len() != 0 {
                    return Err(DecodeError::Malformed);
                }
                let ids: Vec<String> = question
                    .answers
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, a)| a.id.to_string())
                    .collect();
                if question.kind == Kind::Single && ids.len() != 1 {
                    return Err(DecodeError::Malformed);
                }
                Response::Chosen(ids)
            }
        };
        s.set_answer(question.id.to_string(), response);
    }
    if fields.len() != q.fields.len() {
        return Err(DecodeError::Malformed);
    }
    // Kept sorted by id, as the session keeps them.
    for (f, c) in q.fields.iter().zip(fields.bytes()) {
        let v = digit(c).ok_or(DecodeError::Malformed)?;
        if v > 15 {
            return Err(DecodeError::Malformed);
        }
        let help = match v & 3 {
            1 => Some(Help::Oui),
            2 => Some(Help::PlusTard),
            3 => Some(Help::Non),
            _ => None,
        };
        if let Some(h) = help {
            put(&mut s.help, f.id, h);
        }
        if v & 4 != 0 {
            let i = s.skipped.partition_point(|x| **x < *f.id);
            s.skipped.insert(i, f.id);
        }
        if v & 8 != 0 {
            let i = s.important.partition_point(|x| **x < *f.id);
            s.important.insert(i, f.id);
        }
    }
    s.commune = match commune {
        "" => None,
        c if crate::engine::formats::is_insee(c) => Some(c.to_string()),
        _ => return Err(DecodeError::Malformed),
    };
    let flags = match flags.as_bytes() {
        [c] => digit(*c).filter(|v| *v < 8).ok_or(DecodeError::Malformed)?,
        _ => return Err(DecodeError::Malformed),
    };
    s.mode = Mode::from_accompanied(flags & 1 != 0);
    (s.assisted, s.counted) = (flags & 2 != 0, flags & 4 != 0);
    if !notes.is_empty() {
        let notes: Vec<&str> = notes.split('~').collect();
        if notes.len() != q.fields.len() {
            return Err(DecodeError::Malformed);
        }
        for (f, n) in q.fields.iter().zip(notes) {
            let text = unescape(n)?;
            if text.chars().count() > crate::engine::diagnostic::session::NOTE_MAX {
                return Err(DecodeError::Malformed);
            }
            if !text.is_empty() {
                put(&mut s.notes, f.id, text);
            }
        }
    }
    Ok(s)
}

/// A session to and from its text form: storage on this device, and take-away links.
impl Session {
    /// The session as a short text (`encoding`) for this device's storage.
    pub fn encode(&self, d: &Diagnostic) -> String {
        encode(&d.questionnaire, self, &[], Scope::Device)
    }

    /// The session as a take-away link's fragment: the answers only, and the health field and
    /// any field with a safety answer (violence, a child in danger, dark thoughts) only if the
    /// resident asks for them.
    pub fn link(&self, d: &Diagnostic, with_private: bool) -> String {
        let private: Vec<&str> = d
            .fields()
            .filter(|f| !with_private && (f.id == "sante" || d.safety(self, Some(&f.id))))
            .map(|f| &*f.id)
            .collect();
        let mut s = Session { step: Step::Results, ..self.clone() };
        s.skipped.retain(|f| !private.contains(&f.as_str()));
        encode(&d.questionnaire, &s, &private, Scope::Link)
    }

    /// The answers of a take-away link, opened at the results. A link never carries a
    /// counsellor's notes or mode: one that does was not made by the widget, and is refused.
    pub fn from_link(d: &Diagnostic, text: &str) -> Result<Session, DecodeError> {
        let s = Self::restore(d, text)?;
        if s.accompanied() || !s.notes.is_empty() {
            return Err(DecodeError::Malformed);
        }
        Ok(Session { step: Step::Results, ..s })
    }

    /// A session read back from storage or a link. A step that no longer fits becomes the
    /// welcome screen.
    pub fn restore(d: &Diagnostic, text: &str) -> Result<Session, DecodeError> {
        let mut s = decode(&d.questionnaire, text)?;
        s.skipped.retain(|f| d.fields().any(|x| &x.id == f && x.sensitive));
        s.help.retain(|(f, _)| d.fields().any(|x| &x.id == f));
        // A mark only on a field not skipped nor refused (as `Action::Important` keeps it).
        let keep: Vec<FieldId> = s
            .important
            .iter()
            .filter(|f| !s.is_skipped(f) && s.help_for(f) != Some(Help::Non))
            .filter(|f| d.fields().any(|x| &x.id == *f))
            .cloned()
            .collect();
        s.important = keep;
        s.notes.retain(|(f, _)| d.fields().any(|x| &x.id == f));
        // « Quitter vite » is not stored: offered again when a safety answer is there.
        s.quick_exit = d.safety(&s, None);
        // A step named by a question within a screen (stored by an older widget): that screen.
        s.step = d.normalize(s.accompanied(), s.step);
        if !d.steps(&s).contains(&s.step) {
            s.step = Step::Welcome;
        }
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::diagnostic::questionnaire::Level;
    use crate::engine::diagnostic::session::Action;
    use proptest::prelude::*;

    fn q() -> Questionnaire {
        Questionnaire::builtin()
    }

    #[test]
    fn varints_round_trip() {
        for v in [0, 1, 31, 32, 33, 1023, 1024, 1 << 20, (1 << 25) - 1] {
            let mut s = String::new();
            push_varint(&mut s, v);
            assert_eq!(read_varint(&mut s.as_bytes().iter()), Ok(Some(v)), "{v} as {s}");
        }
    }

    #[test]
    fn a_full_session_is_short_and_round_trips() {
        let q = q();
        let d = Diagnostic::new(q.clone(), &[]);
        let mut s = Session::default();
        s.apply(&d, Action::Start);
        for _ in 0..200 {
            if let Step::Question(id) = &s.step {
                let (_, question) = q.question(id).unwrap();
                let a = question.answers.last().unwrap().id.clone();
                s.apply(&d, Action::Toggle(id.clone(), a.to_string()));
            }
            if let Step::Help(f) = &s.step {
                let f = *f;
                s.apply(&d, Action::Help(f, Help::Oui));
            }
            s.apply(&d, Action::Next);
        }
        assert_eq!(s.step, Step::Results);
        s.apply(&d, Action::SetCommune(Some("93901".into())));
        let before = encode(&q, &s, &[], Scope::Link);
        let signal: Vec<FieldId> =
            d.results(&s).into_iter().filter(|r| r.level > Some(Level::Ok)).map(|r| r.field).collect();
        let first = *signal.iter().find(|f| **f != "sante").expect("a field that signals");
        assert!(signal.iter().any(|f| *f == "sante"));
        s.apply(&d, Action::Important(first, true));
        s.apply(&d, Action::Important("sante".into(), true));
        assert_eq!(s.important.len(), 2);
        let text = encode(&q, &s, &[], Scope::Link);
        assert_eq!(text.len(), before.len(), "the marks cost no char");
        let old = Session { important: vec![], ..s.clone() };
        assert_eq!(decode(&q, &before), Ok(old), "a text made before the marks reads as before");
        assert!(text.len() < 80, "{} chars: {text}", text.len());
        assert_eq!(decode(&q, &text), Ok(s.clone()));
        // The device keeps the counsellor's notes and mode; a link never carries them.
        s.apply(&d, Action::SetMode(Mode::Accompagne));
        s.apply(&d, Action::Note("famille".into(), "Voir la CAF. Dossier ~ 50 % fait.\nRappeler lundi.".into()));
        s.apply(&d, Action::SetAssisted(true));
        assert_eq!(decode(&q, &encode(&q, &s, &[], Scope::Device)), Ok(s.clone()));
        let link = decode(&q, &encode(&q, &s, &[], Scope::Link)).unwrap();
        assert!(link.notes.is_empty() && !link.accompanied() && link.assisted);
        // The health field can be left out of a link.
        let without = decode(&q, &encode(&q, &s, &["sante"], Scope::Link)).unwrap();
        assert!(without.answers.iter().all(|(id, _)| !id.starts_with("sante-")));
        assert!(without.help.iter().all(|(f, _)| f != "sante"));
        assert_eq!(without.important, [first], "nor its mark");
        assert!(s.answers.iter().any(|(id, _)| id.starts_with("sante-")));
    }

    #[test]
    fn damaged_old_or_forged_texts_are_refused() {
        let q = q();
        let good = encode(&q, &Session::default(), &[], Scope::Device);
        assert_eq!(decode(&q, &good), Ok(Session::default()));
        assert_eq!(decode(&q, &good.replacen('1', "2", 1)), Err(DecodeError::Version));
        let fp = fingerprint(&q);
        let other = good.replace(&fp, if fp == "AAAA" { "BBBB" } else { "AAAA" });
        assert_eq!(decode(&q, &other), Err(DecodeError::Content));
        for bad in [
            "",
            ".",
            "1",
            "1ABCD",
            &format!("{good}.x"),
            &format!("1{fp}.q....."),
            &format!("1{fp}.w.!.AAAAAAAA..A."),
            &format!("1{fp}.w..AAAA..A."),
            &format!("1{fp}.w..AAAAAAA/..A."),
            &format!("1{fp}.w..AAAAAAAQ..A."),
            &format!("1{fp}.q_____.AAAAAAAA..A."),
            &"A".repeat(5000),
            &format!("1{fp}.w.{}.AAAAAAAA..A.", "D".repeat(500)),
            &format!("1{fp}.wx..AAAAAAAA..A."),
            "1é",
            &format!("1{fp}.w.-.AAAAAAAA..A."),
            &format!("1{fp}.w..AAAAAAAA.9390.A."),
            &format!("1{fp}.w..AAAAAAAA.<b>.A."),
            &format!("1{fp}.w..AAAAAAAA..I."),
            &format!("1{fp}.w..AAAAAAAA..AB."),
            &format!("1{fp}.w..AAAAAAAA..A.%ZZ~~~~~~~"),
            &format!("1{fp}.w..AAAAAAAA..A.a~b"),
            &format!("1{fp}.w..AAAAAAAA..A.%FF~~~~~~~"),
            &format!("1{fp}.w..AAAAAAAA..A.a b~~~~~~~"),
        ] {
            assert!(decode(&q, bad).is_err(), "accepted {bad:?}");
        }
    }

    proptest! {
        #[test]
        fn decoding_anything_never_panics(text in ".{0,300}") {
            let _ = decode(&q(), &text);
        }

        #[test]
        fn decoding_near_misses_never_panics(tail in "[A-Za-z0-9_.-]{0,120}") {
            let q = q();
            let _ = decode(&q, &format!("1{}.{tail}", fingerprint(&q)));
            let _ = decode(&q, &format!("1{}.w..AAAAAAAA..A.{tail}", fingerprint(&q)));
        }
    }
}

#[cfg(test)]
mod escapes {
    use super::*;

    #[test]
    fn notes_escape_and_come_back() {
        for text in ["", "abc", "Voir la CAF. ~ % . -_\nfin", "é ü 🙂"] {
            assert_eq!(unescape(&escape(text)).as_deref(), Ok(text));
            assert!(!escape(text).contains(['.', '~']));
        }
    }
}
