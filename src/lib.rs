//! Passerelle: a self-diagnostic of the peripheral barriers to employment, embeddable with one
//! `<script>` tag.
//!
//! - [`engine`]: the pure core (configuration, questionnaire, levels, matching, encodings);
//! - `entry`: the composition root — the entry points, which wire the browser services to the
//!   components and render the widget (wasm only);
//! - `ui`: Yew components that render the engine's state and forward events (wasm only);
//! - `web`: browser services — host messaging, storage, fetching, the device (wasm only).

// The benchmarks' floor build leaves the widget unused on purpose.
#![cfg_attr(feature = "floor", allow(unused))]

pub mod engine;

#[cfg(all(target_arch = "wasm32", not(feature = "core-only")))]
pub mod entry;
#[cfg(all(target_arch = "wasm32", not(feature = "core-only")))]
mod ui;
#[cfg(all(target_arch = "wasm32", not(feature = "core-only")))]
pub mod web;

/// The widget's allocator (see Cargo.toml): the page is single-threaded.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics"), not(feature = "core-only")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
