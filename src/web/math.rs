//! The browser's own `Math` for the trigonometry the engine calls (sunrise and sunset in opening
//! hours, distances): the reference of the opening hours (npm `opening_hours`) computes its sun
//! times with it. Without this the results' chunk would carry a second copy, libm's (the weak
//! definitions of `compiler_builtins`, with its large-argument reduction): these strong symbols of
//! the same names replace them at link time, so the engine keeps calling `f64::sin` and stays plain
//! Rust; natively (the tests, the importer) it still has libm. Measured: README « Crates and packages ».

use js_sys::Math;

#[no_mangle]
extern "C" fn sin(x: f64) -> f64 {
    Math::sin(x)
}

#[no_mangle]
extern "C" fn cos(x: f64) -> f64 {
    Math::cos(x)
}

#[no_mangle]
extern "C" fn asin(x: f64) -> f64 {
    Math::asin(x)
}

#[no_mangle]
extern "C" fn acos(x: f64) -> f64 {
    Math::acos(x)
}

#[no_mangle]
extern "C" fn atan2(y: f64, x: f64) -> f64 {
    Math::atan2(y, x)
}
