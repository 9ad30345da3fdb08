//! Checks of the prose: TODO placeholders anywhere outside code, and
//! request-body tables introduced as for creating on update pages.

use super::facts::ApiFacts;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::http::Method;
use crate::markdown::Block;
use crate::page::Page;
use crate::source::Span;

/// `todo-placeholder` on lines the converter did not already report
/// (`reported`: offsets of its findings in this page). Code blocks and
/// comments are skipped; front matter, headings, prose and tables are not.
pub(crate) fn todos(page: &Page<'_>, reported: &[usize], out: &mut Vec<Diagnostic>) {
    let text = page.source.text();
    let skipped: Vec<Span> = page
        .doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Code(c) => Some(c.span),
            Block::Comment(c) => Some(c.span),
            _ => None,
        })
        .collect();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let Some(at) = line.find("TODO") else { continue };
        let offset = start + at;
        if skipped.iter().any(|s| s.start <= offset && offset < s.end)
            || reported.iter().any(|r| (start..start + line.len()).contains(r))
        {
            continue;
        }
        out.push(
            Diagnostic::warning(
                codes::TODO_PLACEHOLDER,
                page.file,
                Span::new(offset, offset + placeholder_len(&line[at..])),
                "TODO placeholder left in the page",
            )
            .with_help("replace the placeholder with the real content"),
        );
    }
}

/// The placeholder's length: up to the closing `**`, a cell border or the line's end.
fn placeholder_len(rest: &str) -> usize {
    let line = rest.trim_end_matches(['\n', '\r']);
    [line.find("**"), line.find('|'), line.find('"')].into_iter().flatten().min().unwrap_or(line.len())
}

/// `create-on-update`: an update (PATCH) page whose request-body section says
/// the properties are "required when you create" the object.
pub(crate) fn create_on_update(page: &Page<'_>, facts: &ApiFacts<'_>, out: &mut Vec<Diagnostic>) {
    let update = facts.lines.iter().any(|l| l.method == Method::Patch)
        && !facts.lines.iter().any(|l| matches!(l.method, Method::Post | Method::Put));
    if !update {
        return;
    }
    let Some(section) = crate::extract::request_body_section(page) else { return };
    let text = page.source.text();
    for (_, block) in section.iter() {
        let Block::Paragraph(p) = block else { continue };
        let source = text.get(p.span.start..p.span.end).unwrap_or("").to_ascii_lowercase();
        let Some(at) = crate::extract::CREATE_WORDING.iter().find_map(|w| source.find(w).map(|i| (i, w.len()))) else {
            continue;
        };
        let span = Span::new(p.span.start + at.0, p.span.start + at.0 + at.1);
        out.push(
            Diagnostic::warning(
                codes::CREATE_ON_UPDATE,
                page.file,
                span,
                "this update (PATCH) page introduces its request-body table as for creating the object",
            )
            .with_help("say which properties can be updated, e.g. \"The following table shows the properties that you can update\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileId, SourceFile};

    fn run(text: &str, reported: &[usize]) -> Vec<(usize, String, &'static str)> {
        let src = SourceFile::new("a.md", text);
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let mut out = Vec::new();
        todos(&page, reported, &mut out);
        create_on_update(&page, &ApiFacts::read(&page), &mut out);
        out.iter()
            .map(|d| (src.line_col(d.span.start).0, src.text()[d.span.start..d.span.end].to_string(), d.code))
            .collect()
    }

    #[test]
    fn todos_outside_code_and_reported_lines() {
        let text = "---\nauthor: \"**TODO: name**\"\n---\n# T\n\nSome TODO here.\n\n```\nTODO in code\n```\n<!-- TODO -->\n|a|b|\n|-|-|\n|x|**TODO: add**|\n";
        let found = run(text, &[]);
        assert_eq!(
            found,
            [
                (2, "TODO: name".to_string(), codes::TODO_PLACEHOLDER),
                (6, "TODO here.".to_string(), codes::TODO_PLACEHOLDER),
                (14, "TODO: add".to_string(), codes::TODO_PLACEHOLDER),
            ]
        );
        let reported = text.find("TODO: add").unwrap();
        assert_eq!(run(text, &[reported]).len(), 2);
        assert!(run("# T\n\nNothing to do.\n", &[]).is_empty());
    }

    fn api(method: &str, intro: &str) -> String {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update x\n\n## HTTP request\n```http\n{method} /x/{{id}}\n```\n## Request body\n{intro}\n\n|Property|Type|Description|\n|:--|:--|:--|\n|a|String|A.|\n"
        )
    }

    #[test]
    fn create_wording_on_update_pages() {
        let wording =
            "The following table shows the properties that are required when you create the [x](../resources/x.md).";
        assert_eq!(run(&api("PATCH", wording), &[]), [(11, "when you create".to_string(), codes::CREATE_ON_UPDATE)]);
        assert!(run(&api("POST", wording), &[]).is_empty());
        assert!(run(&api("PATCH", "The following table shows the properties that you can update."), &[]).is_empty());
    }
}
