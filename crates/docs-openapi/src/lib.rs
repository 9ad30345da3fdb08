//! Microsoft Graph API reference pages (markdown) → an OpenAPI 3.0 contract.
//!
//! The data flows one way, one module per arrow:
//! [`markdown`] (events → blocks with spans) → [`page`] (front matter, kind,
//! sections, annotations) → [`extract`] (pages → operations and types) →
//! [`resolve`] (one consistent [`model::Api`]) → [`emit`] (`openapiv3`).
//!
//! ```
//! use docs_openapi::{SourceFile, convert};
//! let page = SourceFile::new("get-me.md", "---\ndoc_type: apiPageType\n---\n# Get me\n\n## HTTP request\n```http\nGET /me\n```\n");
//! let out = convert(vec![page]);
//! assert!(out.openapi.paths.paths.contains_key("/me"));
//! ```

pub mod codes;
pub mod corpus;
pub mod diagnostic;
pub mod emit;
mod evidence;
pub mod extract;
pub mod http;
pub mod json;
pub mod lint;
pub mod load;
pub mod markdown;
pub mod model;
pub mod mutate;
pub mod page;
pub mod paths;
pub mod resolve;
pub mod source;
pub mod types;
pub mod validate;

pub use diagnostic::{Diagnostic, Severity};
pub use source::{FileId, SourceFile, Span};

use page::{Page, PageKind};

/// What one conversion produced.
#[derive(Debug)]
pub struct Conversion {
    /// The pages, indexed by [`FileId`].
    pub files: Vec<SourceFile>,
    pub openapi: openapiv3::OpenAPI,
    pub api: model::Api,
    /// Sorted by file, then position.
    pub diagnostics: Vec<Diagnostic>,
    pub stats: Stats,
}

/// A conversion's trees are large (the whole corpus: ~100k allocations in
/// the contract, as many in the model and the pages): they are freed on all cores.
impl Drop for Conversion {
    fn drop(&mut self) {
        let openapi = std::mem::take(&mut self.openapi);
        let api = std::mem::take(&mut self.api);
        let files = std::mem::take(&mut self.files);
        rayon::join(|| drop(openapi), || drop((api, files)));
    }
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub pages: usize,
    pub api_pages: usize,
    pub api_pages_with_operations: usize,
    pub resource_pages: usize,
    pub resource_pages_with_types: usize,
    pub operations: usize,
    pub paths: usize,
    pub schemas: usize,
}

impl Conversion {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    /// The contract as pretty JSON with a final newline: the checked-in form.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.openapi).expect("an OpenAPI value always serializes");
        text.push('\n');
        text
    }

    /// Diagnostic counts by code, most frequent first.
    pub fn counts_by_code(&self) -> Vec<(&'static str, usize)> {
        let mut counts: std::collections::BTreeMap<&'static str, usize> = Default::default();
        for d in &self.diagnostics {
            *counts.entry(d.code).or_default() += 1;
        }
        let mut v: Vec<_> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
}

/// Reads the pages under `inputs` (files or directories) and converts them.
/// `name` gives each page's display name. Unreadable files become diagnostics.
pub fn convert_paths(
    inputs: &[std::path::PathBuf],
    name: impl Fn(&std::path::Path) -> String + Sync,
) -> std::io::Result<Conversion> {
    let paths = load::find_pages(inputs)?;
    Ok(convert_files(&paths, name, &|| {}))
}

/// Reads and converts the given page files, calling `progress` once per page.
pub fn convert_files(
    paths: &[std::path::PathBuf],
    name: impl Fn(&std::path::Path) -> String + Sync,
    progress: &(dyn Fn() + Sync),
) -> Conversion {
    let (files, read_diags) = load::read_pages(paths, name);
    let mut conversion = convert_with_progress(files, progress);
    conversion.diagnostics.extend(read_diags);
    conversion.diagnostics.sort_by_key(|d| (d.file, d.span.start));
    conversion
}

/// Converts pages into a contract. Never panics; problems become diagnostics.
///
/// The result depends only on the pages' names and texts, not on their order.
pub fn convert(files: Vec<SourceFile>) -> Conversion {
    convert_with_progress(files, &|| {})
}

/// [`convert`], calling `progress` once per page read (from several threads).
///
/// Pages are parsed and extracted in parallel (they are independent), then
/// resolved in name order, so the result is the same on any number of cores.
pub fn convert_with_progress(files: Vec<SourceFile>, progress: &(dyn Fn() + Sync)) -> Conversion {
    use rayon::prelude::*;
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|&a, &b| files[a].name().cmp(files[b].name()).then_with(|| files[a].text().cmp(files[b].text())));
    let includes = source::Includes::new(&files);
    let pages: Vec<(usize, PageKind, extract::PageOutput, Vec<Diagnostic>)> = order
        .par_iter()
        .map(|&i| {
            let mut diags = Vec::new();
            let page = Page::parse(FileId(i as u32), &files[i], &mut diags).with_includes(&includes);
            let out = match page.kind {
                PageKind::Api => extract::extract_api_page(&page, &mut diags),
                PageKind::Resource => extract::extract_resource_page(&page, &mut diags),
                PageKind::Enum => extract::extract_enum_page(&page, &mut diags),
                PageKind::Other => extract::PageOutput::default(),
            };
            progress();
            (i, page.kind, out, diags)
        })
        .collect();
    let mut diagnostics = Vec::new();
    let mut stats = Stats { pages: files.len(), ..Stats::default() };
    let mut outputs = Vec::with_capacity(files.len());
    let mut first_api_page = None;
    for (i, kind, out, diags) in pages {
        diagnostics.extend(diags);
        match kind {
            PageKind::Api => {
                first_api_page.get_or_insert(i);
                stats.api_pages += 1;
                stats.api_pages_with_operations += usize::from(!out.operations.is_empty());
            }
            PageKind::Resource | PageKind::Enum => {
                stats.resource_pages += 1;
                stats.resource_pages_with_types += usize::from(!out.types.is_empty());
            }
            PageKind::Other => continue,
        }
        outputs.push(out);
    }
    if let Some(i) = first_api_page
        && stats.api_pages_with_operations == 0
    {
        diagnostics.push(no_operations(FileId(i as u32), stats.api_pages));
    }
    let api = resolve::resolve(&files, outputs, &mut diagnostics);
    let openapi = emit::emit(&api, &files);
    diagnostics.sort_by(|a, b| {
        (files[a.file.0 as usize].name(), a.span.start, a.code).cmp(&(
            files[b.file.0 as usize].name(),
            b.span.start,
            b.code,
        ))
    });
    diagnostics.dedup();
    stats.operations = api.operations.len();
    stats.paths = openapi.paths.paths.len();
    stats.schemas = openapi.components.as_ref().map_or(0, |c| c.schemas.len());
    Conversion { files, openapi, api, diagnostics, stats }
}

/// The one run-level error: api pages were given and none yielded an
/// operation, so there is nothing to generate a client from. Each page's own
/// warning says why; this points at the first of them.
fn no_operations(first: FileId, api_pages: usize) -> Diagnostic {
    let what = match api_pages {
        1 => "the api page yielded no operation".to_string(),
        n => format!("none of the {n} api pages yielded an operation"),
    };
    Diagnostic::error(codes::NO_OPERATIONS, first, Span::default(), format!("{what}; the contract would have none"))
    .with_help("see the `no-http-request` warnings: each api page needs a request line such as `GET /me` under `## HTTP request`")
}
