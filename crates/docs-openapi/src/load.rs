//! Finding and reading doc pages on disk.

use std::path::{Path, PathBuf};

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, SourceFile, Span};

/// Every `*.md` file under the given files or directories, sorted, without repeats.
/// A path that does not exist is an error for the caller to report.
pub fn find_pages(inputs: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for input in inputs {
        let meta =
            std::fs::metadata(input).map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", input.display())))?;
        if meta.is_dir() {
            walk(input, &mut out)?;
        } else {
            out.push(input.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        if e.file_type()?.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "md") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads pages; a file that cannot be read becomes an empty page and an error.
/// `name` gives each file's display name (used in diagnostics and the contract).
pub fn read_pages(paths: &[PathBuf], name: impl Fn(&Path) -> String) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let mut files = Vec::with_capacity(paths.len());
    let mut diags = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        let display = name(path);
        match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(text)) => files.push(SourceFile::new(display, text)),
            Ok(Err(_)) => {
                diags.push(
                    Diagnostic::error(codes::UNREADABLE, FileId(i as u32), Span::default(), "file is not UTF-8 text")
                        .with_help("save the page as UTF-8"),
                );
                files.push(SourceFile::new(display, String::new()));
            }
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        codes::UNREADABLE,
                        FileId(i as u32),
                        Span::default(),
                        format!("cannot read file: {e}"),
                    )
                    .with_help("check that the file exists and is readable"),
                );
                files.push(SourceFile::new(display, String::new()));
            }
        }
    }
    (files, diags)
}
