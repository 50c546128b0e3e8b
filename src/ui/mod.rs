//! Yew function components: they render the engine's state and forward events, nothing more.

mod app;
mod welcome;

pub use app::{App, AppProps};
