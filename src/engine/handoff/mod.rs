//! What the resident takes away: the roadmap (computed here, rendered by the views and the
//! print), its plain-text summary, the take-away link and QR code, and the anonymous count.

pub mod roadmap;
pub mod share;
