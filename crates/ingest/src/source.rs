//! Opening inputs and reading them within limits.
//!
//! Only regular files (after following links) and standard input are read:
//! a FIFO, socket or device given as an input would block or never end. The
//! size limit counts the bytes actually read, never the size a file reports
//! (`/dev/zero`, `/proc` files and pipes report 0).

use std::fs::FileType;
use std::io::{self, BufRead, Read};

use super::InputItem;

/// The default of `--max-doc-bytes`: 64 MiB, the largest document (a file, a
/// standard input, or one JSON Lines record) read.
pub const DEFAULT_MAX_DOC_BYTES: u64 = 64 * 1024 * 1024;

/// An input opened for reading.
pub(crate) struct Opened {
    /// The bytes.
    pub reader: Box<dyn Read + Send>,
    /// The size the file reports (`None` for standard input).
    pub size: Option<u64>,
}

/// Opens `item` when it is standard input or a regular file; anything else
/// is refused with a message naming what it is.
pub(crate) fn open_input(item: &InputItem) -> Result<Opened, String> {
    if item.is_stdin() {
        return Ok(Opened {
            reader: Box::new(io::stdin()),
            size: None,
        });
    }
    let meta = std::fs::metadata(&item.path).map_err(|e| format!("cannot read: {e}"))?;
    refuse_irregular(meta.file_type())?;
    let file = open_without_blocking(&item.path).map_err(|e| format!("cannot read: {e}"))?;
    // The file may have been replaced since it was looked at: check what was opened.
    let meta = file.metadata().map_err(|e| format!("cannot read: {e}"))?;
    refuse_irregular(meta.file_type())?;
    Ok(Opened {
        reader: Box::new(file),
        size: Some(meta.len()),
    })
}

fn refuse_irregular(file_type: FileType) -> Result<(), String> {
    match irregular_kind(&file_type) {
        None => Ok(()),
        Some("folder") => Err("is a folder".to_string()),
        Some(kind) => Err(format!(
            "not a regular file ({kind}): only regular files and `-` (standard input) are read"
        )),
    }
}

/// What a non-regular file is, or `None` for a regular file.
fn irregular_kind(file_type: &FileType) -> Option<&'static str> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some("folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("FIFO");
        }
        if file_type.is_socket() {
            return Some("socket");
        }
        if file_type.is_char_device() {
            return Some("character device");
        }
        if file_type.is_block_device() {
            return Some("block device");
        }
    }
    Some("special file")
}

/// Opens a file so that opening a FIFO that slipped in cannot block.
#[cfg(unix)]
fn open_without_blocking(path: &std::path::Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &std::path::Path) -> io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// Reads at most `cap + 1` bytes; the flag is true when the input ended
/// within `cap` bytes (the bytes are all of it).
pub(crate) fn read_capped(reader: &mut dyn Read, cap: u64) -> io::Result<(Vec<u8>, bool)> {
    let mut bytes = Vec::new();
    reader.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    let whole = bytes.len() as u64 <= cap;
    Ok((bytes, whole))
}

/// The message for a document over the limit; `size` is its size when known.
pub(crate) fn too_large(size: Option<u64>, cap: u64) -> String {
    let size = match size {
        Some(n) if n > cap => format!("{n} bytes"),
        _ => format!("more than {cap} bytes"),
    };
    format!("document of {size} is larger than the --max-doc-bytes limit ({cap} bytes)")
}

/// How a feed's lines end: a `\n` byte, or the LF code unit of UTF-16.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineEnd {
    /// ASCII-compatible encodings: the byte `\n`.
    Byte,
    /// UTF-16 little-endian: the bytes `0A 00` at an even offset.
    Utf16Le,
    /// UTF-16 big-endian: the bytes `00 0A` at an even offset.
    Utf16Be,
}

impl LineEnd {
    fn unit(self) -> &'static [u8] {
        match self {
            LineEnd::Byte => b"\n",
            LineEnd::Utf16Le => &[0x0A, 0],
            LineEnd::Utf16Be => &[0, 0x0A],
        }
    }

    /// The code unit starting `unit` (one byte, or two in UTF-16).
    fn code(self, unit: &[u8]) -> u16 {
        match (self, unit) {
            (LineEnd::Byte, [b, ..]) => u16::from(*b),
            (LineEnd::Utf16Le, [l, h]) => u16::from_le_bytes([*l, *h]),
            (LineEnd::Utf16Be, [h, l]) => u16::from_be_bytes([*h, *l]),
            _ => u16::MAX,
        }
    }

    /// The code units of `bytes` (a trailing odd byte of UTF-16 is
    /// `u16::MAX`).
    fn codes(self, bytes: &[u8]) -> impl Iterator<Item = u16> + '_ {
        bytes.chunks(self.unit().len()).map(move |u| self.code(u))
    }

    /// True when the line's bytes are only ASCII white space.
    pub(crate) fn is_blank(self, line: &[u8]) -> bool {
        self.codes(line).all(is_ascii_space)
    }

    /// The first character of `bytes` that is not white space, when it is
    /// ASCII.
    pub(crate) fn first_ascii(self, bytes: &[u8]) -> Option<u8> {
        let first = self.codes(bytes).find(|&c| !is_ascii_space(c))?;
        u8::try_from(first).ok().filter(u8::is_ascii)
    }
}

fn is_ascii_space(code: u16) -> bool {
    u8::try_from(code).is_ok_and(|b| b.is_ascii_whitespace())
}

/// One line read by [`read_line_capped`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineRead {
    /// The line's length in bytes, without its line end.
    pub len: u64,
    /// True when `len` is over the cap: the line was skipped, not kept.
    pub too_long: bool,
}

/// Reads the next line into `buf` (with its line end), keeping at most
/// `cap` bytes of content: a longer line is read through to its end without
/// being kept. `None` at the end of the input.
pub(crate) fn read_line_capped(
    reader: &mut dyn BufRead,
    end: LineEnd,
    cap: u64,
    buf: &mut Vec<u8>,
) -> io::Result<Option<LineRead>> {
    buf.clear();
    let unit = end.unit();
    let keep_max = cap.saturating_add(unit.len() as u64);
    let (mut total, mut too_long, mut ended) = (0u64, false, false);
    // A UTF-16 code unit split between two reads.
    let mut carry: Option<u8> = None;
    while !ended {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let used;
        (used, ended) = scan_line_end(available, unit, &mut carry);
        total += used as u64;
        if !too_long && buf.len() as u64 + used as u64 <= keep_max {
            buf.extend_from_slice(&available[..used]);
        } else if !too_long {
            too_long = true;
            *buf = Vec::new();
        }
        reader.consume(used);
    }
    if total == 0 {
        return Ok(None);
    }
    let len = total - if ended { unit.len() as u64 } else { 0 };
    let too_long = too_long || len > cap;
    if too_long {
        buf.clear();
    }
    Ok(Some(LineRead { len, too_long }))
}

/// How many bytes of `bytes` belong to the current line, and whether they
/// include its end. `carry` holds the first byte of a two-byte unit that
/// the previous read ended in the middle of.
fn scan_line_end(bytes: &[u8], unit: &[u8], carry: &mut Option<u8>) -> (usize, bool) {
    if unit.len() == 1 {
        return match bytes.iter().position(|&b| b == unit[0]) {
            Some(i) => (i + 1, true),
            None => (bytes.len(), false),
        };
    }
    let mut i = 0;
    if let Some(first) = carry.take() {
        if [first, bytes[0]] == unit[..] {
            return (1, true);
        }
        i = 1;
    }
    while i + 1 < bytes.len() {
        if bytes[i..i + 2] == unit[..] {
            return (i + 2, true);
        }
        i += 2;
    }
    if i < bytes.len() {
        *carry = Some(bytes[i]);
    }
    (bytes.len(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_counts_bytes_read_not_reported_size() {
        // An endless input (like /dev/zero): the read stops after cap + 1 bytes.
        let (bytes, whole) = read_capped(&mut io::repeat(0), 1000).expect("read");
        assert_eq!((bytes.len(), whole), (1001, false));
        let (bytes, whole) = read_capped(&mut &b"short"[..], 1000).expect("read");
        assert_eq!((bytes, whole), (b"short".to_vec(), true));
        assert!(too_large(None, 1000).contains("more than 1000 bytes"));
        assert!(too_large(Some(5000), 1000).starts_with("document of 5000 bytes"));
    }

    fn lines(input: &[u8], end: LineEnd, cap: u64) -> Vec<(Vec<u8>, LineRead)> {
        // A tiny buffer so that lines and UTF-16 units straddle reads.
        let mut reader = io::BufReader::with_capacity(3, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(line) = read_line_capped(&mut reader, end, cap, &mut buf).expect("read") {
            out.push((buf.clone(), line));
        }
        out
    }

    #[test]
    fn long_lines_are_skipped_not_kept() {
        let got = lines(b"ab\nabcdefghij\ncd", LineEnd::Byte, 5);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].0, b"ab\n");
        assert_eq!(
            got[1].1,
            LineRead {
                len: 10,
                too_long: true
            }
        );
        assert!(got[1].0.is_empty());
        assert_eq!(
            got[2],
            (
                b"cd".to_vec(),
                LineRead {
                    len: 2,
                    too_long: false
                }
            )
        );
    }

    #[test]
    fn infinite_line_is_bounded() {
        // A single endless line: memory stays bounded by the cap.
        let mut reader = io::BufReader::new(io::repeat(b'x').take(10_000_000));
        let mut buf = Vec::new();
        let line = read_line_capped(&mut reader, LineEnd::Byte, 1000, &mut buf)
            .expect("read")
            .expect("line");
        assert!(line.too_long && line.len == 10_000_000);
        assert!(buf.capacity() < 10_000);
    }

    #[test]
    fn utf16_lines_split_on_aligned_units() {
        // U+0A0A ("\n\n" bytes at an odd offset) is not a line end.
        let text = "a\u{0A0A}b\nc\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let got = lines(&le, LineEnd::Utf16Le, 100);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1.len, 6);
        assert_eq!(got[1].0, [b'c', 0, b'\n', 0]);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(lines(&be, LineEnd::Utf16Be, 100).len(), 2);
        assert!(LineEnd::Utf16Le.is_blank(&[b' ', 0, b'\r', 0, b'\n', 0]));
        assert!(!LineEnd::Utf16Le.is_blank(&[b'x', 0]));
        assert_eq!(
            LineEnd::Utf16Be.first_ascii(&[0, b' ', 0, b'[']),
            Some(b'[')
        );
        assert_eq!(LineEnd::Byte.first_ascii(b"\n  {"), Some(b'{'));
    }
}
