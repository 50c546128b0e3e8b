//! Class lists that change with the state, joined here and set as the element's `className`
//! (`~className={class!(…)}`). yew turns every non-literal `class={…}` into its `Classes`, an
//! ordered hash set whose code came in the first module: 1.8 KB brotli of the first load (README
//! « Crates and packages, and why »). Literal classes stay `class="…"`; an SVG element, whose
//! `className` is not a string, takes literal classes only.

/// One part of a class list: a class (or several, spaced), or none.
pub trait Part {
    fn part(&self) -> &str;
}

impl Part for &str {
    fn part(&self) -> &str {
        self
    }
}

impl Part for String {
    fn part(&self) -> &str {
        self
    }
}

impl<T: Part> Part for Option<T> {
    fn part(&self) -> &str {
        self.as_ref().map_or("", Part::part)
    }
}

/// The parts that are there, separated by a space.
pub fn join(parts: &[&dyn Part]) -> String {
    let mut list = String::new();
    for part in parts.iter().map(|p| p.part()).filter(|p| !p.is_empty()) {
        if !list.is_empty() {
            list.push(' ');
        }
        list.push_str(part);
    }
    list
}

/// `class!("pw-result", private.then_some("pw-noprint"))`: the class list of those parts.
macro_rules! class {
    ($($part:expr),* $(,)?) => {
        $crate::ui::class::join(&[$(&$part as &dyn $crate::ui::class::Part),*])
    };
}
pub(crate) use class;
