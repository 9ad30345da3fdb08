//! ApiDoctor-style checks of doc pages, beyond what conversion needs: the
//! examples against the tables and the request lines, statuses, links,
//! `@odata.type` spelling, Content-Length, wording, TODO placeholders.
//!
//! Findings are [`Diagnostic`]s with stable codes (the lint-only ones are in
//! [`CODES`], all in [`codes::ALL`]). A page silences codes with its page
//! annotation's `suppressions`: `"code"`, `"code: reason"`, or ApiDoctor's
//! `"Warning: location: message"` entries, mapped to the matching code.

mod calls;
mod examples;
mod facts;
mod index;
mod lines;
mod links;
mod properties;
mod prose;
mod sarif;
mod suppress;
mod values;

pub use sarif::{SCHEMA, sarif};

use std::path::Path;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::page::{Page, PageKind};
use crate::source::FileId;
use crate::{Conversion, codes};

/// The codes only the lint reports; it reports the converter's too.
pub const CODES: &[&str] = &[
    codes::MISSING_EXAMPLE,
    codes::UNANNOTATED_EXAMPLE,
    codes::EXAMPLE_URL_MISMATCH,
    codes::STATUS_MISMATCH,
    codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
    codes::EXAMPLE_MISSING_PROPERTY,
    codes::EXAMPLE_TYPE_MISMATCH,
    codes::EXAMPLE_UNKNOWN_ENUM_VALUE,
    codes::ROW_UNKNOWN_ENUM_VALUE,
    codes::BROKEN_LINK,
    codes::ODATA_TYPE_HASH,
    codes::CONTENT_LENGTH,
    codes::CREATE_ON_UPDATE,
    codes::FUNCTION_ARGUMENT_NOT_IN_PATH,
    codes::USER_ALIAS_MISMATCH,
    codes::KEY_NOT_LISTED,
    codes::UNKNOWN_SUPPRESSION,
];

/// Lints a conversion's pages: the converter's diagnostics plus the checks
/// here, minus what each page suppresses, sorted by page name and position.
/// Page names are resolved against `root` to check links on disk.
pub fn lint(c: &Conversion, root: &Path) -> Vec<Diagnostic> {
    let index = index::TypeIndex::new(c);
    let links = links::LinkChecker::new(root);
    let mut converter: Vec<Vec<Diagnostic>> = vec![Vec::new(); c.files.len()];
    let mut stray = Vec::new();
    for d in &c.diagnostics {
        match converter.get_mut(d.file.0 as usize) {
            Some(list) => list.push(d.clone()),
            None => stray.push(d.clone()),
        }
    }
    let per_page: Vec<Vec<Diagnostic>> = converter
        .into_par_iter()
        .enumerate()
        .map(|(i, mut found)| {
            let page = Page::parse(FileId(i as u32), &c.files[i], &mut Vec::new());
            let todos: Vec<usize> =
                found.iter().filter(|d| d.code == codes::TODO_PLACEHOLDER).map(|d| d.span.start).collect();
            prose::todos(&page, &todos, &mut found);
            links.check(&page, &mut found);
            match page.kind {
                PageKind::Api => {
                    let facts = facts::ApiFacts::read(&page);
                    examples::check(&page, &facts, &mut found);
                    properties::api_examples(&page, &facts, &index, &mut found);
                    prose::create_on_update(&page, &facts, &mut found);
                    calls::unpassed_arguments(&page, &facts, &mut found);
                    lines::user_aliases(&page, &facts, &mut found);
                }
                PageKind::Resource => {
                    properties::resource_blocks(&page, &index, &mut found);
                    values::rows_naming_unknown_values(&page, &index, &mut found);
                }
                PageKind::Enum | PageKind::Other => {}
            }
            let suppressions = suppress::read(&page, &mut found);
            found.retain(|d| !suppressions.iter().any(|s| s.covers(d)));
            found
        })
        .collect();
    let mut out: Vec<Diagnostic> = per_page.into_iter().flatten().chain(stray).collect();
    let name = |d: &Diagnostic| c.files.get(d.file.0 as usize).map_or("", |f| f.name());
    out.sort_by(|a, b| (name(a), a.span.start, a.code).cmp(&(name(b), b.span.start, b.code)));
    out.dedup();
    out
}
