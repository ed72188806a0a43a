//! Turning command-line inputs (files, folders, `-`) into a list of inputs.

use std::path::{Path, PathBuf};

use super::Format;
use factsift_core::InputError;

/// One input to read: a file with its format, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputItem {
    /// The file, or `-` for standard input.
    pub path: PathBuf,
    /// The format from the file's extension; `None` means sniff the content.
    pub format: Option<Format>,
}

impl InputItem {
    /// True for standard input.
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// The path as written to `external_id` and `errors.path`.
    pub fn display(&self) -> String {
        self.path.display().to_string()
    }
}

/// The inputs found, and the arguments or files that cannot be read.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Inputs to read, in a stable order (arguments in order, folder
    /// contents sorted by path).
    pub items: Vec<InputItem>,
    /// One row per missing path, unreadable folder or unsupported file.
    pub errors: Vec<InputError>,
}

/// Expands the command-line inputs: folders are walked recursively (hidden
/// entries and symbolic links to folders are skipped), files are classified
/// by extension.
pub fn discover(inputs: &[PathBuf]) -> Discovery {
    let mut found = Discovery::default();
    for input in inputs {
        if input.as_os_str() == "-" {
            found.items.push(InputItem {
                path: input.clone(),
                format: None,
            });
            continue;
        }
        match std::fs::metadata(input) {
            Err(e) => found.errors.push(InputError::ingest(
                input.display().to_string(),
                format!("cannot read: {e}"),
            )),
            Ok(m) if m.is_dir() => walk(input, &mut found),
            Ok(_) => classify(input, true, &mut found),
        }
    }
    found
}

fn walk(dir: &Path, found: &mut Discovery) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.errors.push(InputError::ingest(
                dir.display().to_string(),
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    let mut children: Vec<(PathBuf, bool)> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                found.errors.push(InputError::ingest(
                    dir.display().to_string(),
                    format!("cannot list folder entry: {e}"),
                ));
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        match entry.file_type() {
            // Links to folders could loop; links to files are followed.
            Ok(t) if t.is_symlink() && path.is_dir() => {}
            Ok(t) => children.push((path, t.is_dir())),
            Err(e) => found.errors.push(InputError::ingest(
                path.display().to_string(),
                format!("cannot stat: {e}"),
            )),
        }
    }
    children.sort();
    for (path, is_dir) in children {
        if is_dir {
            walk(&path, found);
        } else {
            classify(&path, false, found);
        }
    }
}

/// True for `NAME.warc.gz`.
fn is_warc_gz(path: &Path) -> bool {
    path.file_stem()
        .and_then(|stem| Path::new(stem).extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("warc"))
}

fn classify(path: &Path, explicit: bool, found: &mut Discovery) {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .map(|e| {
            if e == "gz" && is_warc_gz(path) {
                "warc".to_string()
            } else {
                e
            }
        });
    match ext.as_deref() {
        None => found.items.push(InputItem {
            path: path.to_path_buf(),
            format: None,
        }),
        Some(ext) => match Format::from_extension(ext) {
            Some(format) => found.items.push(InputItem {
                path: path.to_path_buf(),
                format: Some(format),
            }),
            None if explicit => found.items.push(InputItem {
                path: path.to_path_buf(),
                format: None,
            }),
            None => found.errors.push(InputError::ingest(
                path.display().to_string(),
                format!(
                    "unsupported file type '.{ext}' (supported: {})",
                    Format::EXTENSIONS
                ),
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_sorted_and_reports_problems() {
        let dir = std::env::temp_dir().join(format!("factsift-discover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
        for name in [
            "b.txt",
            "a.html",
            "sub/c.md",
            "d.pdf",
            ".hidden.txt",
            "noext",
        ] {
            std::fs::write(dir.join(name), "x").expect("write");
        }
        let found = discover(&[dir.clone(), dir.join("missing.txt")]);
        let names: Vec<String> = found
            .items
            .iter()
            .map(|i| {
                i.path
                    .strip_prefix(&dir)
                    .expect("under dir")
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(names, vec!["a.html", "b.txt", "noext", "sub/c.md"]);
        assert_eq!(found.items[2].format, None);
        assert_eq!(found.errors.len(), 2);
        assert!(found.errors[0]
            .message
            .contains("unsupported file type '.pdf'"));
        assert!(found.errors[1].message.contains("cannot read"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
