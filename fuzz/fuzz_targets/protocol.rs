//! The iframe messages (engine/protocol.rs): any JSON a page or a frame could post. Beyond "no
//! panic": what decodes is encoded back as a message that decodes to itself, through the object
//! the browser clones and through JSON; anything else is refused.
#![no_main]
use libfuzzer_sys::fuzz_target;
use passerelle::engine::protocol::{Message, Value};

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let Some(m) = Message::decode(&Value::from(&json)) else { return };
    let encoded = m.clone().encode();
    assert_eq!(Message::decode(&encoded).as_ref(), Some(&m), "{json} → {encoded:?}");
    let text = serde_json::Value::from(&encoded);
    let again = Message::decode(&Value::from(&text)).expect("decoded through JSON");
    assert_eq!(serde_json::Value::from(&again.encode()), text, "{json} → {text}");
});
