//! Bytes to text: BOM removal, binary detection, lossy UTF-8 decoding.

/// Text decoded from an input's bytes, with what had to be repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with a leading byte-order mark removed and CRLF/CR line
    /// endings turned into LF.
    pub text: String,
    /// Remarks for `documents.notes` (e.g. invalid UTF-8 replaced).
    pub notes: Vec<String>,
}

/// How many leading bytes are inspected to tell binary files from text.
const SNIFF_BYTES: usize = 8192;

/// Decodes `bytes` as UTF-8 text.
///
/// UTF-16 input (with its byte-order mark) is converted; invalid UTF-8
/// sequences are replaced by U+FFFD and noted; a file that looks binary (NUL
/// bytes or mostly control characters in its first 8 KiB) is refused with a
/// message saying so.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let mut notes = Vec::new();
    if let Some(text) = decode_utf16(bytes) {
        notes.push("decoded from UTF-16".to_string());
        return Ok(Decoded {
            text: normalize_newlines(text),
            notes,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if looks_binary(bytes) {
        return Err("binary file (not text): NUL or control bytes found".to_string());
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            let lossy = String::from_utf8_lossy(bytes).into_owned();
            let replaced = lossy.matches('\u{FFFD}').count();
            notes.push(format!(
                "invalid UTF-8: {replaced} sequence(s) replaced with U+FFFD"
            ));
            lossy
        }
    };
    Ok(Decoded {
        text: normalize_newlines(text),
        notes,
    })
}

fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let (rest, little) = if let Some(r) = bytes.strip_prefix(b"\xFF\xFE") {
        (r, true)
    } else if let Some(r) = bytes.strip_prefix(b"\xFE\xFF") {
        (r, false)
    } else {
        return None;
    };
    let units = rest.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect(),
    )
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    !head.is_empty() && control * 10 > head.len()
}

/// Turns CRLF and lone CR line endings into LF (only allocates when needed).
pub fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_normalizes_newlines() {
        let d = decode(b"\xEF\xBB\xBFHello\r\nWorld\rEnd").expect("text");
        assert_eq!(d.text, "Hello\nWorld\nEnd");
        assert!(d.notes.is_empty());
    }

    #[test]
    fn replaces_invalid_utf8_and_notes_it() {
        let d = decode(b"caf\xE9 ol\xE9").expect("text");
        assert_eq!(d.text, "caf\u{FFFD} ol\u{FFFD}");
        assert_eq!(d.notes.len(), 1);
        assert!(d.notes[0].contains("2 sequence"));
    }

    #[test]
    fn refuses_binary() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_err());
        assert!(decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, 65]).is_err());
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Año".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes).expect("text").text, "Año");
    }
}
