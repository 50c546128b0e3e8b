//! The browser's own `Math` for the trigonometry the engine calls (sunrise and sunset in opening
//! hours, distances): the reference of the opening hours (npm `opening_hours`) computes its sun
//! times with it. Without this the results' chunk would carry a second copy, libm's (the weak
//! definitions of `compiler_builtins`, with its large-argument reduction): these strong symbols of
//! the same names replace them at link time, so the engine keeps calling `f64::sin` and stays plain
//! Rust; natively (the tests, the importer) it still has libm. Measured: README « Crates and packages ».

use js_sys::Math;

/// Each function as an `extern "C"` symbol of its own name, calling `Math`'s.
macro_rules! from_math {
    ($($name:ident($($arg:ident),+)),+) => {$(
        #[no_mangle]
        extern "C" fn $name($($arg: f64),+) -> f64 {
            Math::$name($($arg),+)
        }
    )+};
}

from_math!(sin(x), cos(x), asin(x), acos(x), atan2(y, x));
