//! The `.br` sibling of `contacts.json`, which a browser cannot make (it has no brotli encoder):
//! the `brotli` crate (a pure-Rust port of Google's encoder), here in the worker only, never in
//! the resident's bundle. Quality 9 rather than `brotli -k`'s 11: a few per cent larger, several
//! times faster on a slow computer (README « The coordinator's page »).

use brotli::enc::BrotliEncoderParams;

pub const QUALITY: i32 = 9;
/// A 4 MB window, as `brotli -k`'s for files of this size.
pub const WINDOW: i32 = 22;

pub fn compress(data: &[u8]) -> Vec<u8> {
    let params = BrotliEncoderParams { quality: QUALITY, lgwin: WINDOW, size_hint: data.len(), ..Default::default() };
    let mut out = Vec::with_capacity(data.len() / 8);
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("memory to memory cannot fail");
    out
}

#[cfg(test)]
mod tests {
    /// Decompressed by the reference decoder (brotli-decompressor, the crate's own), the same bytes.
    #[test]
    fn round_trip() {
        let text = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/contacts/demo.json")).unwrap();
        let br = super::compress(&text);
        assert!(br.len() < text.len() / 4, "{} → {}", text.len(), br.len());
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert!(back == text);
    }
}
