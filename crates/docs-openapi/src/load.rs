//! Finding and reading doc pages on disk.

use std::path::{Path, PathBuf};

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, SourceFile, Span};

/// Every `*.md` file under the given files or directories, sorted, without repeats.
/// A path that does not exist is an error for the caller to report.
pub fn find_pages(inputs: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut visited = std::collections::HashSet::new();
    for input in inputs {
        let meta =
            std::fs::metadata(input).map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", input.display())))?;
        if meta.is_dir() {
            walk(input, &mut out, &mut visited)?;
        } else {
            out.push(input.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The `*.md` files under `dir`, following symbolic links (a doc set assembled
/// from links to several folders); `visited` holds the folders read so far (their
/// real paths), so a folder is read once however many links lead to it, and a link
/// back up the tree ends there.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, visited: &mut std::collections::HashSet<PathBuf>) -> std::io::Result<()> {
    if !visited.insert(std::fs::canonicalize(dir)?) {
        return Ok(());
    }
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let mut kind = e.file_type()?;
        if kind.is_symlink() {
            // A dangling link is no page.
            let Ok(meta) = std::fs::metadata(&path) else { continue };
            kind = meta.file_type();
        }
        if kind.is_dir() {
            walk(&path, out, visited)?;
        } else if path.extension().is_some_and(|x| x == "md") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads pages; a file that cannot be read becomes an empty page and an error.
/// `name` gives each file's display name (used in diagnostics and the contract).
pub fn read_pages(paths: &[PathBuf], name: impl Fn(&Path) -> String + Sync) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    use rayon::prelude::*;
    let read: Vec<(SourceFile, Option<Diagnostic>)> = paths
        .par_iter()
        .enumerate()
        .map(|(i, path)| {
            let display = name(path);
            let problem = match std::fs::read(path).map(String::from_utf8) {
                Ok(Ok(text)) => return (SourceFile::new(display, text), None),
                Ok(Err(_)) => {
                    Diagnostic::error(codes::UNREADABLE, FileId(i as u32), Span::default(), "file is not UTF-8 text")
                        .with_help("save the page as UTF-8")
                }
                Err(e) => Diagnostic::error(
                    codes::UNREADABLE,
                    FileId(i as u32),
                    Span::default(),
                    format!("cannot read file: {e}"),
                )
                .with_help("check that the file exists and is readable"),
            };
            (SourceFile::new(display, String::new()), Some(problem))
        })
        .collect();
    let mut files = Vec::with_capacity(read.len());
    let mut diags = Vec::new();
    for (file, problem) in read {
        files.push(file);
        diags.extend(problem);
    }
    (files, diags)
}
