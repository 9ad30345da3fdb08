//! `function-argument-not-in-path`: a row of the "Function parameters" table that no
//! request line passes, where the lines call the function with arguments
//! (`getDeviceUsageSummary(startDateTime=…,endDateTime=…)` beside a `trafficType` row
//! marked Required). A client has no way to send it. Lines that call the function
//! bare are the converter's to complete from the table (`extract::request`).

use super::facts::ApiFacts;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::page::Page;

pub(crate) fn unpassed_arguments(page: &Page<'_>, facts: &ApiFacts<'_>, out: &mut Vec<Diagnostic>) {
    let passed: Vec<String> = facts
        .lines
        .iter()
        .filter_map(|l| crate::extract::call_of(&l.template))
        .flat_map(|(_, _, args)| args.into_iter().map(|a| a.split('=').next().unwrap_or_default().trim().to_string()))
        .collect();
    if passed.is_empty() {
        return;
    }
    let Some(section) = page.section(&["function parameters"]) else { return };
    let Some(table) = section.own_tables().next() else { return };
    for row in &table.rows {
        let Some(cell) = row.first() else { continue };
        let name = cell.text.trim().trim_matches(['`', '*']).trim();
        let identifier = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !identifier || passed.iter().any(|p| p.eq_ignore_ascii_case(name)) {
            continue;
        }
        out.push(
            Diagnostic::warning(
                codes::FUNCTION_ARGUMENT_NOT_IN_PATH,
                page.file,
                cell.span,
                format!("function parameter `{name}` is in the table, but no request line passes it"),
            )
            .with_help(format!("add `{name}={{{name}}}` to the call in the HTTP request section, or remove the row")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FileId, SourceFile};

    fn run(lines: &str, rows: &str) -> Vec<String> {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# reports: getSummary\n\n## HTTP request\n```http\n{lines}\n```\n\n## Function parameters\n|Parameter|Type|Description|\n|:--|:--|:--|\n{rows}\n## Response\nIf successful, this function returns a `200 OK` response code.\n"
        );
        let src = SourceFile::new("a.md", text);
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let mut out = Vec::new();
        unpassed_arguments(&page, &ApiFacts::read(&page), &mut out);
        out.iter().map(|d| src.text()[d.span.start..d.span.end].to_string()).collect()
    }

    #[test]
    fn a_row_no_call_passes() {
        let rows = "|startDateTime|DateTimeOffset|The start.|\n|trafficType|String|The traffic. Required.|\n";
        let line = "GET /reports/getSummary(startDateTime={startDateTime})";
        assert_eq!(run(line, rows), ["trafficType"]);
        // Passed by one of the lines, in any letter case.
        let both = format!("{line}\nGET /reports/getSummary(startDateTime={{s}},traffictype='{{t}}')");
        assert!(run(&both, rows).is_empty());
        // A bare call is completed from the table by the converter.
        assert!(run("GET /reports/getSummary", rows).is_empty());
    }
}
