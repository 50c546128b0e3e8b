//! The partner's accent colour, kept readable: WCAG 2.1 asks 4.5:1 against the white it sits on.

pub const MIN_CONTRAST: f64 = 4.5;

include!(concat!(env!("OUT_DIR"), "/srgb.rs"));

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb` or `#rrggbb`, case-insensitive.
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance, WCAG 2.1 definition (the sRGB curve is a table made by build.rs).
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| LINEAR[c as usize] as f64 / 65535.0;
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    pub fn contrast_with_white(self) -> f64 {
        1.05 / (self.luminance() + 0.05)
    }

    /// The same hue, darkened just enough to reach `MIN_CONTRAST` against white.
    pub fn readable(self) -> Rgb {
        let mut c = self;
        let mut k = 1.0;
        while c.contrast_with_white() < MIN_CONTRAST {
            k -= 0.02;
            let scale = |v: u8| (v as f64 * k).round() as u8;
            c = Rgb(scale(self.0), scale(self.1), scale(self.2));
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_short_and_long_forms_only() {
        assert_eq!(Rgb::parse("#0b6e4f"), Some(Rgb(0x0b, 0x6e, 0x4f)));
        assert_eq!(Rgb::parse("#FFF"), Some(Rgb(255, 255, 255)));
        for bad in ["0b6e4f", "#12", "#gggggg", "red", "#0b6e4f80", "", "#ééé"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn known_contrasts() {
        assert!((Rgb(0, 0, 0).contrast_with_white() - 21.0).abs() < 0.01);
        assert!((Rgb(255, 255, 255).contrast_with_white() - 1.0).abs() < 0.01);
    }

    #[test]
    fn readable_keeps_good_colours_and_darkens_pale_ones() {
        let green = Rgb::parse("#0b6e4f").unwrap();
        assert_eq!(green.readable(), green);
        for pale in ["#ffcc00", "#ffffff", "#7fd3ff", "#f0f"] {
            let fixed = Rgb::parse(pale).unwrap().readable();
            let c = fixed.contrast_with_white();
            assert!((MIN_CONTRAST..MIN_CONTRAST + 0.6).contains(&c), "{pale} → {} ({c})", fixed.hex());
        }
    }
}
