//! The session, kept in `sessionStorage` only: it survives a reload or a re-created iframe,
//! and ends with the tab. Nothing else is stored but the menu's language and whether « Quitter
//! vite » is shown; no cookie, ever.

use web_sys::Storage;

#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    key: String,
}

impl Store {
    /// One key per widget of the page and mode, so two widgets never share answers.
    pub fn new(mode: &str, instance: u32) -> Store {
        Store { key: format!("passerelle:v1:{mode}:{instance}") }
    }

    fn storage() -> Option<Storage> {
        // Throws where storage is disabled (some privacy settings): then nothing is kept.
        web_sys::window()?.session_storage().ok().flatten()
    }

    pub fn load(&self) -> Option<String> {
        Self::storage()?.get_item(&self.key).ok().flatten()
    }

    /// Keeps the answers, and whether « Quitter vite » is shown (`quit`: a safety answer was given
    /// in this visit) beside them: the first module, which cannot read the answers, shows it too
    /// while the diagnostic's chunk is on its way after a reload.
    pub fn save(&self, value: &str, quit: bool) {
        if let Some(s) = Self::storage() {
            let _ = s.set_item(&self.key, value);
            let _ = match quit {
                true => s.set_item(&self.quit_key(), "1"),
                false => s.remove_item(&self.quit_key()),
            };
        }
    }

    /// « Quitter vite » was shown when the answers were last kept.
    pub fn load_quit(&self) -> bool {
        Self::storage().is_some_and(|s| s.get_item(&self.quit_key()).ok().flatten().is_some())
    }

    fn quit_key(&self) -> String {
        format!("{}:quit", self.key)
    }

    /// The language the resident chose in the menu, kept beside the answers (its own key, so
    /// clearing the answers on the welcome screen keeps it).
    pub fn load_lang(&self) -> Option<String> {
        Self::storage()?.get_item(&format!("{}:lang", self.key)).ok().flatten()
    }

    pub fn save_lang(&self, lang: &str) {
        if let Some(s) = Self::storage() {
            let _ = s.set_item(&format!("{}:lang", self.key), lang);
        }
    }

    pub fn clear(&self) {
        if let Some(s) = Self::storage() {
            let _ = s.remove_item(&self.key);
            let _ = s.remove_item(&self.quit_key());
        }
    }
}
