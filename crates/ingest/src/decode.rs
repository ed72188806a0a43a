//! Bytes to text: byte-order marks, declared charsets, legacy encodings.
//!
//! The encoding is chosen in this order: a byte-order mark; a charset
//! declared outside the bytes ([`Hint::charset`], e.g. an HTTP
//! `Content-Type`); for HTML, the page's own `<meta charset>` or
//! `<meta http-equiv="Content-Type">` in its first 1024 bytes (found the way a
//! browser's prescan finds it); UTF-16 without a byte-order mark (told by its
//! NUL bytes); valid UTF-8; and otherwise the legacy encoding `chardetng`
//! detects. Decoding is done by `encoding_rs`. A U+FFFD replacement character
//! is only written for bytes that are invalid in the chosen encoding, and a
//! note says how many there were. UTF-8 text that was encoded twice ("Ã©"
//! for "é") is decoded once more when that is certain ([`undo_double_utf8`]).

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// Text decoded from an input's bytes, with how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, with a leading byte-order mark removed and CRLF/CR line
    /// endings turned into LF.
    pub text: String,
    /// The name of the encoding used (`UTF-8`, `windows-1252`, `UTF-16LE`…).
    pub encoding: &'static str,
    /// Remarks for `documents.notes`: the encoding when it was not UTF-8 and
    /// how it was chosen, and how many invalid sequences were replaced.
    pub notes: Vec<String>,
}

/// What is known about an input's encoding besides its bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hint<'a> {
    /// A charset label declared outside the bytes, such as the `charset` of an
    /// HTTP `Content-Type` header; only a byte-order mark overrides it.
    pub charset: Option<&'a str>,
    /// The bytes are an HTML page: a charset declared in its `<meta>` tags is
    /// honoured.
    pub html: bool,
}

impl Hint<'_> {
    /// The hint for an HTML page (its `<meta>` charset is looked for).
    pub fn html() -> Self {
        Hint {
            html: true,
            ..Hint::default()
        }
    }
}

/// How many leading bytes are inspected to tell binary files from text and
/// UTF-16 from single-byte text.
const SNIFF_BYTES: usize = 8192;

/// How many leading bytes of a page are searched for a `<meta>` charset, as
/// browsers do.
const PRESCAN_BYTES: usize = 1024;

/// Decodes `bytes` to text, choosing the encoding as the module explains.
///
/// A file that looks binary (NUL bytes or mostly control characters in its
/// first 8 KiB, once UTF-16 is ruled out) is refused with a message saying
/// so.
pub fn decode(bytes: &[u8], hint: Hint) -> Result<Decoded, String> {
    let mut notes = Vec::new();
    let (encoding, body, why) = match choose_encoding(bytes, hint, &mut notes) {
        Some(chosen) => chosen,
        None => {
            if looks_binary(bytes) {
                return Err("binary file (not text): NUL or control bytes found".to_string());
            }
            undeclared_encoding(bytes)
        }
    };
    decode_as(encoding, body, why, notes)
}

/// Decodes bytes known to be in `encoding` (chosen because of `why`, which
/// the note repeats), after the `notes` so far, with the checks of
/// [`decode`].
pub(crate) fn decode_as(
    encoding: &'static Encoding,
    bytes: &[u8],
    why: &str,
    mut notes: Vec<String>,
) -> Result<Decoded, String> {
    let (mut text, replaced) = decode_with(encoding, bytes);
    if encoding != UTF_8 {
        notes.push(format!("decoded from {} ({why})", encoding.name()));
    } else if let Some(once_more) = undo_double_utf8(&text) {
        text = once_more;
        notes.push("UTF-8 encoded twice: decoded once more".to_string());
    }
    if replaced > 0 {
        notes.push(replacement_note(encoding, replaced));
    }
    if looks_binary_text(&text) {
        return Err(format!(
            "binary file (not text): NUL or control characters found once decoded as {}",
            encoding.name()
        ));
    }
    Ok(Decoded {
        text: normalize_newlines(text),
        encoding: encoding.name(),
        notes,
    })
}

/// The encoding named by a byte-order mark, a declaration or UTF-16's NUL
/// pattern, with the bytes to decode (the mark removed) and why it was
/// chosen; `None` when nothing names it.
fn choose_encoding<'b>(
    bytes: &'b [u8],
    hint: Hint,
    notes: &mut Vec<String>,
) -> Option<(&'static Encoding, &'b [u8], &'static str)> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Some((encoding, &bytes[bom_len..], "byte-order mark"));
    }
    if let Some(label) = hint.charset {
        match Encoding::for_label(label.trim().as_bytes()) {
            Some(encoding) => return Some((encoding, bytes, "declared charset")),
            None => notes.push(format!("unknown declared charset '{label}' ignored")),
        }
    }
    if hint.html {
        if let Some(encoding) = meta_charset(bytes) {
            return Some((encoding, bytes, "declared in the page's <meta> charset"));
        }
    }
    sniff_utf16(bytes).map(|encoding| (encoding, bytes, "detected: no byte-order mark"))
}

/// UTF-8 when the bytes are valid UTF-8 (or mostly so), else the legacy
/// encoding `chardetng` guesses.
fn undeclared_encoding(bytes: &[u8]) -> (&'static Encoding, &[u8], &'static str) {
    if mostly_utf8(bytes) {
        return (UTF_8, bytes, "valid UTF-8");
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Deny);
    (guess, bytes, "detected")
}

/// True for valid UTF-8, and for UTF-8 with a few bad bytes: more valid
/// multi-byte characters than invalid sequences. Legacy single-byte text
/// almost never forms valid multi-byte UTF-8 sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut invalid = 0usize;
    let mut multibyte = 0usize;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    invalid == 0 || multibyte > invalid
}

/// A text must hold at least this many characters spelled as the bytes of
/// UTF-8 sequences to be read as UTF-8 encoded twice.
const MIN_DOUBLED_CHARS: usize = 3;

/// The text once more decoded as UTF-8, when it is UTF-8 encoded twice: its
/// bytes were read as Latin-1 or windows-1252 and written out as UTF-8
/// again, so that "é" shows as "Ã©" and "’" as "â€™" (or "â" and two
/// control characters). Told safely: every non-ASCII character must be one
/// byte in those encodings, the bytes must make valid UTF-8 as a whole
/// (text really in Latin-1 almost never does: a lone "é" or "©" breaks it),
/// and at least [`MIN_DOUBLED_CHARS`] characters must come out of it.
fn undo_double_utf8(text: &str) -> Option<String> {
    if !text.chars().any(|c| ('\u{C2}'..='\u{F4}').contains(&c)) {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        bytes.push(single_byte(c)?);
    }
    let once_more = String::from_utf8(bytes).ok()?;
    let doubled = once_more.chars().filter(|c| !c.is_ascii()).count();
    (doubled >= MIN_DOUBLED_CHARS).then_some(once_more)
}

/// The one byte that stands for `c` in Latin-1 or windows-1252, if any.
fn single_byte(c: char) -> Option<u8> {
    if let Ok(byte) = u8::try_from(u32::from(c)) {
        return Some(byte);
    }
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
    match (unmappable, bytes.as_ref()) {
        (false, [byte]) if *byte >= 0x80 => Some(*byte),
        _ => None,
    }
}

/// Decodes `bytes` as `encoding`, replacing each invalid sequence by U+FFFD;
/// returns the text and the number of sequences replaced.
fn decode_with(encoding: &'static Encoding, bytes: &[u8]) -> (String, usize) {
    if encoding == UTF_8 {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return (text.to_string(), 0);
        }
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8 + 16);
    let mut rest = bytes;
    let mut replaced = 0;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        rest = &rest[read..];
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                let more = decoder
                    .max_utf8_buffer_length_without_replacement(rest.len())
                    .unwrap_or(rest.len() * 3 + 16);
                text.reserve(more);
            }
            DecoderResult::Malformed(_, _) => {
                replaced += 1;
                text.push('\u{FFFD}');
            }
        }
    }
    (text, replaced)
}

fn replacement_note(encoding: &'static Encoding, replaced: usize) -> String {
    if encoding == UTF_8 {
        format!("invalid UTF-8: {replaced} sequence(s) replaced with U+FFFD")
    } else {
        format!(
            "{replaced} invalid byte sequence(s) replaced with U+FFFD (decoding as {})",
            encoding.name()
        )
    }
}

/// UTF-16 without a byte-order mark, told by where its NUL bytes are: text
/// in the Latin range has a NUL as the high byte of nearly every unit, and
/// NUL in the other position almost never.
pub(crate) fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut zero_first, mut zero_second) = (0usize, 0usize);
    for unit in head.chunks_exact(2) {
        match (unit[0] == 0, unit[1] == 0) {
            (true, false) => zero_first += 1,
            (false, true) => zero_second += 1,
            (true, true) => return None,
            (false, false) => {}
        }
    }
    let mostly = |n: usize| n * 4 >= pairs * 3;
    let rarely = |n: usize| n * 100 <= pairs;
    if mostly(zero_second) && rarely(zero_first) {
        Some(UTF_16LE)
    } else if mostly(zero_first) && rarely(zero_second) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The encoding a page declares in a `<meta>` tag within its first 1024
/// bytes, following the HTML prescan: comments are skipped, `charset` wins,
/// else `http-equiv="Content-Type"` with a `content` naming a charset. A
/// UTF-16 declaration means UTF-8 (the bytes are ASCII-compatible if the tag
/// could be read) and `x-user-defined` means windows-1252.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut pos = 0;
    while pos < head.len() {
        let rest = &head[pos..];
        if rest.starts_with(b"<!--") {
            pos += find(&rest[4..], b"-->").map_or(head.len(), |end| end + 7);
        } else if starts_with_tag(rest, b"<meta") {
            let (attrs, end) = read_attributes(&rest[5..]);
            pos += 5 + end;
            if let Some(encoding) = declared_in(&attrs) {
                return Some(encoding);
            }
        } else {
            pos += 1;
        }
    }
    None
}

/// True when `bytes` open the tag `name` (ASCII case-insensitive, followed
/// by white space or `/`).
fn starts_with_tag(bytes: &[u8], name: &[u8]) -> bool {
    bytes.len() > name.len()
        && bytes[..name.len()].eq_ignore_ascii_case(name)
        && matches!(
            bytes[name.len()],
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' | b'/'
        )
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The encoding a `<meta>` tag's attributes declare, if any.
fn declared_in(attrs: &[(String, String)]) -> Option<&'static Encoding> {
    let get = |name: &str| attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let label = match get("charset") {
        Some(charset) => charset.clone(),
        None => {
            let equiv = get("http-equiv")?;
            if !equiv.eq_ignore_ascii_case("content-type") {
                return None;
            }
            charset_in_content(get("content")?)?
        }
    };
    let encoding = Encoding::for_label(label.trim().as_bytes())?;
    Some(match encoding {
        e if e == UTF_16LE || e == UTF_16BE => UTF_8,
        e if e.name() == "x-user-defined" => WINDOWS_1252,
        e => e,
    })
}

/// The `charset=` value inside a `Content-Type` string such as
/// `text/html; charset="iso-8859-1"`.
pub(crate) fn charset_in_content(content: &str) -> Option<String> {
    let lower = content.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let after = content[at + 7..].trim_start();
    let value = after.strip_prefix('=')?.trim_start();
    let value = match value.chars().next()? {
        q @ ('"' | '\'') => value[1..].split(q).next()?,
        _ => value
            .split(|c: char| c.is_ascii_whitespace() || c == ';')
            .next()?,
    };
    (!value.is_empty()).then(|| value.to_string())
}

/// Reads a tag's attributes up to its `>`; names are lower-cased. Returns
/// them and how many bytes were read.
fn read_attributes(bytes: &[u8]) -> (Vec<(String, String)>, usize) {
    let mut attrs = Vec::new();
    let mut pos = 0;
    loop {
        while pos < bytes.len() && (bytes[pos].is_ascii_whitespace() || bytes[pos] == b'/') {
            pos += 1;
        }
        if pos >= bytes.len() || bytes[pos] == b'>' {
            return (attrs, pos + 1);
        }
        let name_start = pos;
        while pos < bytes.len()
            && !matches!(bytes[pos], b'=' | b'>' | b'/')
            && !bytes[pos].is_ascii_whitespace()
        {
            pos += 1;
        }
        let name = String::from_utf8_lossy(&bytes[name_start..pos]).to_ascii_lowercase();
        while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let mut value = String::new();
        if pos < bytes.len() && bytes[pos] == b'=' {
            pos += 1;
            while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
                pos += 1;
            }
            let (v, used) = read_value(&bytes[pos..]);
            value = v;
            pos += used;
        }
        attrs.push((name, value));
    }
}

/// An attribute value, quoted or not, and how many bytes it took.
fn read_value(bytes: &[u8]) -> (String, usize) {
    let (raw, used) = match bytes.first() {
        Some(&q @ (b'"' | b'\'')) => {
            let len = bytes[1..].iter().position(|&b| b == q);
            let end = len.map_or(bytes.len(), |l| l + 1);
            (&bytes[1..end], end + usize::from(len.is_some()))
        }
        _ => {
            let end = bytes
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b'>')
                .unwrap_or(bytes.len());
            (&bytes[..end], end)
        }
    };
    (String::from_utf8_lossy(raw).into_owned(), used)
}

fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return true;
    }
    let control = head.iter().filter(|&&b| is_control(u32::from(b))).count();
    !head.is_empty() && control * 10 > head.len()
}

/// The same test on decoded text (for encodings where bytes are not
/// characters, such as UTF-16, or a byte-order mark before binary data).
fn looks_binary_text(text: &str) -> bool {
    let head: Vec<char> = text.chars().take(SNIFF_BYTES).collect();
    let control = head.iter().filter(|&&c| is_control(u32::from(c))).count();
    head.contains(&'\0') || (!head.is_empty() && control * 10 > head.len())
}

fn is_control(c: u32) -> bool {
    c < 0x20 && !matches!(c, 0x0A | 0x0D | 0x09 | 0x0C)
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

    const SAMPLE: &str = "José Muñoz, Zürich, café – naïve";

    fn encoded(encoding: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, had_errors) = encoding.encode(text);
        assert!(!had_errors, "{} cannot encode the sample", encoding.name());
        bytes.into_owned()
    }

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn strips_bom_and_normalizes_newlines() {
        let d = decode(b"\xEF\xBB\xBFHello\r\nWorld\rEnd", Hint::default()).expect("text");
        assert_eq!(d.text, "Hello\nWorld\nEnd");
        assert!(d.notes.is_empty());
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf8_encoded_twice_is_decoded_once_more() {
        let text = "Crème brûlée – l’été à São Paulo";
        let latin1 = encoding_rs::mem::decode_latin1(text.as_bytes()).into_owned();
        let windows = WINDOWS_1252
            .decode_without_bom_handling(text.as_bytes())
            .0
            .into_owned();
        for doubled in [latin1, windows] {
            assert_ne!(doubled, text);
            let d = decode(doubled.as_bytes(), Hint::html()).expect("text");
            assert_eq!(d.text, text);
            assert_eq!(d.notes, ["UTF-8 encoded twice: decoded once more"]);
        }
    }

    #[test]
    fn text_that_merely_looks_doubled_is_kept() {
        for text in [
            // A real "Ã" before ASCII and a lone "©": no valid UTF-8 underneath.
            "Ã la carte, © 2025, café",
            // A doubled "’" beside a real "é".
            "l’été".replace('’', "â€™").as_str(),
            // Only two doubled characters: too few to tell.
            "Ã©tÃ©",
            // A character that is no single byte ("€" is, "→" is not).
            "Ã© → Ã¨ Ã ",
        ] {
            let d = decode(text.as_bytes(), Hint::html()).expect("text");
            assert_eq!(d.text, text);
            assert!(d.notes.is_empty(), "{text}: {:?}", d.notes);
        }
    }

    #[test]
    fn valid_utf8_stays_utf8_without_a_note() {
        let d = decode(SAMPLE.as_bytes(), Hint::default()).expect("text");
        assert_eq!(d.text, SAMPLE);
        assert!(d.notes.is_empty());
    }

    #[test]
    fn detects_windows_1252_exactly() {
        let bytes = encoded(WINDOWS_1252, SAMPLE);
        let d = decode(&bytes, Hint::default()).expect("text");
        assert_eq!(d.text, SAMPLE);
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.notes, vec!["decoded from windows-1252 (detected)"]);
    }

    #[test]
    fn detects_latin1_text() {
        // ISO-8859-1 bytes (no en dash: it is not in Latin-1).
        let text = "Café society. Olé, señor Muñoz.";
        let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
        let d = decode(&bytes, Hint::default()).expect("text");
        assert_eq!(d.text, text);
        assert!(!d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn html_meta_charset_is_honoured() {
        let body = format!("<p>{SAMPLE}</p>");
        for head in [
            "<meta charset=\"windows-1252\">".to_string(),
            "<META CHARSET=iso-8859-1 >".to_string(),
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                .to_string(),
        ] {
            let page = format!("<!doctype html><html><head>{head}</head><body>{body}</body>");
            let bytes = encoded(WINDOWS_1252, &page);
            let d = decode(&bytes, Hint::html()).expect("page");
            assert_eq!(d.text, page, "{head}");
            assert!(
                d.notes[0].contains("windows-1252") && d.notes[0].contains("<meta>"),
                "{:?}",
                d.notes
            );
        }
    }

    #[test]
    fn meta_charset_beats_detection_and_comments_are_skipped() {
        // Central European bytes that detection alone could read differently.
        let page = "<html><head><!-- <meta charset=koi8-r> --><meta charset=iso-8859-2></head><body>Łódź, Kraków.</body></html>";
        let bytes = encoded(Encoding::for_label(b"iso-8859-2").expect("label"), page);
        let d = decode(&bytes, Hint::html()).expect("page");
        assert_eq!(d.text, page);
        assert_eq!(d.encoding, "ISO-8859-2");
    }

    #[test]
    fn declared_charset_hint_is_used() {
        let bytes = encoded(WINDOWS_1252, SAMPLE);
        let hint = Hint {
            charset: Some("latin1"),
            html: false,
        };
        let d = decode(&bytes, hint).expect("text");
        assert_eq!(d.text, SAMPLE);
        assert!(d.notes[0].contains("declared charset"), "{:?}", d.notes);
    }

    #[test]
    fn charset_in_content_reads_quoted_and_bare_values() {
        assert_eq!(
            charset_in_content("text/html; charset=\"UTF-8\"").as_deref(),
            Some("UTF-8")
        );
        assert_eq!(
            charset_in_content("text/html;charset=latin1; x=y").as_deref(),
            Some("latin1")
        );
        assert_eq!(charset_in_content("text/html"), None);
    }

    #[test]
    fn counts_truly_invalid_bytes() {
        // Valid UTF-8 with accents and two stray bytes: stays UTF-8.
        let mut bytes = "Muñoz y Núñez dijeron ".as_bytes().to_vec();
        bytes.extend_from_slice(b"\xFF ok \xFE.");
        let d = decode(&bytes, Hint::default()).expect("text");
        assert_eq!(d.text, "Muñoz y Núñez dijeron \u{FFFD} ok \u{FFFD}.");
        assert_eq!(
            d.notes,
            vec!["invalid UTF-8: 2 sequence(s) replaced with U+FFFD"]
        );
        // A literal U+FFFD in valid text is not counted as a replacement.
        let d = decode("a \u{FFFD} b".as_bytes(), Hint::default()).expect("text");
        assert!(d.notes.is_empty());
    }

    #[test]
    fn refuses_binary() {
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Hint::default()).is_err());
        assert!(decode(&[1u8, 2, 3, 4, 5, 6, 7, 8, 65], Hint::default()).is_err());
    }

    #[test]
    fn decodes_utf16_with_bom() {
        for little in [true, false] {
            let mut bytes = if little {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            bytes.extend(utf16(SAMPLE, little));
            let d = decode(&bytes, Hint::default()).expect("text");
            assert_eq!(d.text, SAMPLE);
            assert!(d.notes[0].contains("byte-order mark"), "{:?}", d.notes);
        }
    }

    #[test]
    fn detects_utf16_without_bom() {
        let text = format!("{SAMPLE}\r\nSecond line.");
        let d = decode(&utf16(&text, true), Hint::default()).expect("LE");
        assert_eq!(d.text, format!("{SAMPLE}\nSecond line."));
        assert_eq!(d.encoding, "UTF-16LE");
        let d = decode(&utf16(&text, false), Hint::default()).expect("BE");
        assert_eq!(d.encoding, "UTF-16BE");
        assert_eq!(d.text, format!("{SAMPLE}\nSecond line."));
        // Binary with NUL bytes in both positions is not taken for UTF-16.
        assert!(decode(b"\x05\0\0\0\x07\0\0\0", Hint::default()).is_err());
    }
}
