//! Passerelle: a self-diagnostic of the peripheral barriers to employment, embeddable with one
//! `<script>` tag.
//!
//! - [`engine`]: the pure core (configuration, questionnaire, levels, matching, encodings);
//! - `ui`: Yew components that render the engine's state and forward events (wasm only);
//! - `web`: the browser glue — entry points, storage, host messaging (wasm only).

// The benchmarks' floor build leaves the widget unused on purpose.
#![cfg_attr(feature = "floor", allow(unused))]

pub mod engine;

#[cfg(target_arch = "wasm32")]
mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

/// The widget's allocator (see Cargo.toml): the page is single-threaded.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
