//! Markdown events → a flat list of blocks with source spans.
//!
//! This is the only module that knows about pulldown-cmark. It keeps what the
//! doc dialect needs (headings, paragraphs with links and inline code, tables,
//! code blocks, HTML comments, YAML front matter) and drops the rest. Spans
//! are byte offsets into the page as given.

use std::borrow::Cow;

use pulldown_cmark::{CodeBlockKind, Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use crate::source::Span;

/// A parsed page: its front matter and its blocks in source order.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub front_matter: Option<FrontMatter>,
    pub blocks: Vec<Block>,
    /// Headings written four spaces in or more (`        ## Permissions`), which Markdown reads
    /// as code: read as the headings they are meant to be, and reported.
    pub indented_headings: Vec<Span>,
}

/// The YAML block between `---` lines at the top of a page.
#[derive(Debug, Clone)]
pub struct FrontMatter {
    pub text: String,
    pub span: Span,
    /// The opening `---` is missing: `key: value` lines closed by `---` (CommonMark
    /// reads them as a heading), taken as front matter all the same.
    pub unopened: bool,
}

#[derive(Debug, Clone)]
pub enum Block {
    Heading(Heading),
    Paragraph(Inline),
    Table(Table),
    Code(CodeBlock),
    Comment(Comment),
}

#[derive(Debug, Clone)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub span: Span,
}

/// Inline text: plain text with inline code kept in backticks, plus the links in it.
#[derive(Debug, Clone, Default)]
pub struct Inline {
    pub text: String,
    pub links: Vec<Link>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Link {
    pub text: String,
    pub target: String,
}

#[derive(Debug, Clone)]
pub struct Table {
    pub header: Vec<Inline>,
    pub rows: Vec<Vec<Inline>>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct CodeBlock {
    /// The fence's info string (`http`, `json`, ...), trimmed; empty for indented code.
    pub info: String,
    pub text: String,
    pub span: Span,
    /// Byte offset of the first content line in the page.
    pub content_start: usize,
    /// Where each piece of `text` starts: (offset in `text`, offset in the
    /// page). The two drift apart where the page has CRLF line breaks, which
    /// the parser gives as `\n`.
    segments: Vec<(usize, usize)>,
}

impl CodeBlock {
    /// The page offset of byte `offset` of [`CodeBlock::text`].
    pub fn source_offset(&self, offset: usize) -> usize {
        let i = self.segments.partition_point(|&(text, _)| text <= offset);
        match i.checked_sub(1).map(|i| self.segments[i]) {
            Some((text, source)) => source + (offset - text),
            None => self.content_start + offset,
        }
    }
}

/// An HTML comment block, where the dialect keeps its JSON annotations.
#[derive(Debug, Clone)]
pub struct Comment {
    pub text: String,
    pub span: Span,
}

/// Parses a page. Never fails: markdown has no syntax errors.
pub fn parse(text: &str) -> Document {
    let text = delimiter_rows_without_tabs(text);
    let text = match doubled_row_pipes(&text) {
        Some(respelled) => Cow::Owned(respelled),
        None => text,
    };
    let doc = parse_blocks(&text);
    // A paragraph of `|` rows is a table pulldown-cmark did not take: the page is
    // read again with such tables respelled (few pages; the check costs a look at each paragraph).
    // So is a table whose last row is left open where HTML goes on (`…values are:` then `<ul>`).
    let table_like = doc.blocks.iter().any(|b| match b {
        Block::Paragraph(p) => text.get(p.span.start..).is_some_and(|t| t.trim_start().starts_with('|')),
        Block::Table(t) => {
            let (Some(before), Some(after)) = (text.get(..t.span.end), text.get(t.span.end..)) else { return false };
            !before.trim_end().ends_with('|') && after.trim_start_matches(['\r', '\n']).starts_with('<')
        }
        _ => false,
    });
    let mut doc = match table_like.then(|| tables_as_rendered(&text)).flatten() {
        Some(respelled) => parse_blocks(&respelled),
        None => doc,
    };
    adopt_unopened_front_matter(&text, &mut doc);
    doc
}

/// Takes a first heading that is front matter without its opening `---`
/// (`title: "…"` lines, then `---`, which CommonMark reads as a heading's underline)
/// as the front matter, when the page has none.
fn adopt_unopened_front_matter(text: &str, doc: &mut Document) {
    if doc.front_matter.is_some() {
        return;
    }
    let Some(Block::Heading(h)) = doc.blocks.first() else { return };
    let before = text.get(..h.span.start).unwrap_or_default();
    if h.level != 2 || !before.trim_start_matches('\u{feff}').trim().is_empty() {
        return;
    }
    let raw = text.get(h.span.start..h.span.end).unwrap_or_default().trim_end();
    let Some((yaml, underline)) = raw.rsplit_once('\n') else { return };
    let is_key_line = |line: &str| {
        line.split_once(':').is_some_and(|(key, _)| {
            key.starts_with(|c: char| c.is_ascii_alphabetic())
                && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        })
    };
    // Every line is `key: value`, or a value's indented continuation.
    let keys = yaml.lines().filter(|l| is_key_line(l)).count();
    let all_yaml = yaml.lines().all(|l| is_key_line(l) || l.starts_with([' ', '\t']) || l.trim().is_empty());
    if underline.trim() != "---" || keys < 2 || !all_yaml || !is_key_line(yaml.lines().next().unwrap_or_default()) {
        return;
    }
    let span = h.span;
    doc.front_matter = Some(FrontMatter { text: format!("{yaml}\n"), span, unopened: true });
    doc.blocks.remove(0);
}

/// An indented code block that is one ATX heading line (`        ## Permissions`): the heading.
fn indented_heading(code: &CodeBlock) -> Option<Heading> {
    let line = code.text.trim();
    if !code.info.is_empty() || line.contains('\n') {
        return None;
    }
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let text = line[level..].strip_prefix([' ', '\t'])?.trim().trim_end_matches('#').trim();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    // A heading's words, capitalized, not a comment in a code sample (`# install the module`)
    // nor a tab's link (`# [HTTP](#tab/http)`).
    if !(1..=6).contains(&level)
        || letters == 0
        || !text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || text.split_whitespace().count() > 8
    {
        return None;
    }
    let start = code.source_offset(code.text.len() - code.text.trim_start().len());
    let span = Span::new(start, start + line.len());
    Some(Heading { level: level as u8, text: text.to_string(), span })
}

/// The page's blocks. pulldown-cmark reads a `---` line anywhere followed by text as the start
/// of a metadata block running to the next `---` (a page's thematic break before
/// "#### Response"): only one at the top is front matter; the text of any other is read again
/// with its two delimiter lines blanked (same length: spans stay), as the page's content.
fn parse_blocks(text: &str) -> Document {
    let (doc, later) = parse_blocks_once(text);
    if later.is_empty() {
        return doc;
    }
    let mut blanked = text.as_bytes().to_vec();
    let (mut doc, mut later) = (doc, later);
    // Each pass blanks the blocks found; a delimiter now read as another's start is found next.
    for _ in 0..8 {
        for span in &later {
            blank_delimiters(&mut blanked, *span);
        }
        let Ok(respelled) = std::str::from_utf8(&blanked) else { return doc };
        (doc, later) = parse_blocks_once(respelled);
        if later.is_empty() {
            break;
        }
    }
    doc
}

/// Blanks (with spaces) a metadata block's `---` delimiters: its span's first and last
/// non-empty lines, where they are `---` (or `...`). Only ASCII bytes change, so the text stays
/// UTF-8 and every offset stays.
fn blank_delimiters(text: &mut [u8], span: Span) {
    let Some(block) = text.get(span.start..span.end.min(text.len())) else { return };
    let block = block.trim_ascii_end();
    let first = block.iter().position(|b| *b == b'\n').unwrap_or(block.len());
    let last = block.iter().rposition(|b| *b == b'\n').map_or(0, |at| at + 1);
    let delimiter = |line: &[u8]| matches!(line.trim_ascii(), b"---" | b"...");
    let lines: Vec<(usize, usize)> =
        [(0, first), (last, block.len())].into_iter().take(if last > first { 2 } else { 1 }).collect();
    let blank: Vec<(usize, usize)> = lines.into_iter().filter(|&(a, b)| delimiter(&block[a..b])).collect();
    for (a, b) in blank {
        text[span.start + a..span.start + b].fill(b' ');
    }
}

/// One pass of pulldown-cmark over `text`: the blocks, and the spans of metadata blocks that
/// are not the page's top (text stands before them).
fn parse_blocks_once(text: &str) -> (Document, Vec<Span>) {
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut doc = Document::default();
    let mut state = Builder::default();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let row_end = matches!(event, Event::End(TagEnd::TableRow));
        state.event(event, range.into(), &mut doc);
        if row_end {
            rejoin_excess_cells(text, &mut state);
            join_continued_row(text, &mut state);
        }
    }
    let later = std::mem::take(&mut state.metadata_spans)
        .into_iter()
        .filter(|s| text.get(..s.start).is_some_and(|before| !only_comments(before)))
        .collect();
    (doc, later)
}

/// Whether `text` holds nothing but whitespace, a byte-order mark and HTML comments (a
/// `<!-- markdownlint-disable -->` above a page's front matter).
fn only_comments(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        match rest.strip_prefix("<!--").and_then(|r| r.find("-->").map(|end| &r[end + 3..])) {
            Some(after) => rest = after,
            None => return rest.is_empty(),
        }
    }
}

/// The text of a line of inline markdown (a front-matter description): emphasis
/// and link syntax dropped, inline code kept in backticks, as in [`Inline`].
pub fn inline_text(markdown: &str) -> String {
    if !markdown.contains(['*', '_', '[', '<', '\\', '&']) {
        return markdown.trim().to_string();
    }
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) => out.push_str(&t),
            Event::Code(t) => {
                out.push('`');
                out.push_str(&t);
                out.push('`');
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph) => out.push(' '),
            // `<id>` is a placeholder, not markup (as in table cells).
            Event::InlineHtml(t) | Event::Html(t) if html_tag(&t).is_none() => out.push_str(&t),
            _ => {}
        }
    }
    collapse_whitespace(&out)
}

/// A cell's text without the `[!INCLUDE [name](path)]` markers its renderer replaces with
/// another file's text (`Unique identifier for the task. [!INCLUDE [outlook-beta-id](…)]
/// Read-only.`), read as `[!INCLUDE name]`: no words of the description.
fn without_includes(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("[!") {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("[!") {
        let include = rest[at + 2..].get(..7).is_some_and(|w| w.eq_ignore_ascii_case("include"));
        match rest[at..].find(']').filter(|_| include) {
            Some(close) => {
                out.push_str(&rest[..at]);
                rest = &rest[at + close + 1..];
            }
            // Another `[!` (a code span's `[!@#$]`): kept, and the search goes on after it.
            None => {
                out.push_str(&rest[..at + 2]);
                rest = &rest[at + 2..];
            }
        }
    }
    out.push_str(rest);
    out.into()
}

/// A `|` inside a description (`Payload file name (*.mobileconfig | *.xml).`)
/// splits the row into more cells than the header has, and the parser drops
/// the excess (as GFM says); the docs' renderer shows them. The dropped text is
/// joined back into the row's last cell.
fn rejoin_excess_cells(text: &str, state: &mut Builder) {
    let Some(table) = &mut state.table else { return };
    let columns = table.header.len();
    let Some(row) = table.rows.last_mut().filter(|r| r.len() == columns && columns > 0) else { return };
    let Some(end) = row.last().map(|c| c.span.end) else { return };
    // A cell the row lacks (`|name|type|` under three columns) is padded with an
    // empty one placed after the row's line break: what follows is the next row.
    if text.get(..end).is_none_or(|t| t.ends_with(['\n', '\r'])) {
        return;
    }
    let Some(after) = text.get(end..) else { return };
    let line = after.split(['\n', '\r']).next().unwrap_or("");
    let Some(excess) = line.trim_start().strip_prefix('|') else { return };
    let excess = excess.trim().trim_end_matches('|').trim();
    // A number in a column an enum's table header lacks (`|Member|Description|` over
    // `|default|Default.|0|`): the member's value, not text.
    let number = |s: &str| {
        let s = s.strip_prefix('-').unwrap_or(s);
        let hex = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"));
        match hex {
            Some(h) => !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()),
            None => !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()),
        }
    };
    let enum_table = columns == 2
        && table.header.first().is_some_and(|h| {
            matches!(h.text.trim().to_ascii_lowercase().as_str(), "member" | "members" | "value" | "name" | "values")
        });
    if excess.is_empty() || (enum_table && number(excess)) {
        return;
    }
    let Some(last) = row.last_mut() else { return };
    // An empty last cell before the text (`|labels|[x](…) collection||Label metadata|`): a
    // cell too many, not a `|` inside the text.
    if !last.text.trim().is_empty() {
        last.text.push_str(" | ");
    }
    last.text.push_str(excess);
    last.span.end += line.len();
}

/// A row whose description goes on over a second line
/// (`|code|String|The code.` then `The input must match …'.|`): GFM reads the
/// second line as a row of its own, its text in the first column. A row that
/// does not open with `|`, fills only its first cell and follows a line left
/// open (no closing `|`) is the previous row's last cell going on.
fn join_continued_row(text: &str, state: &mut Builder) {
    let Some(table) = &mut state.table else { return };
    let [.., previous, row] = table.rows.as_mut_slice() else { return };
    let Some((first, rest)) = row.split_first() else { return };
    if first.text.is_empty() || rest.iter().any(|c| !c.text.is_empty()) {
        return;
    }
    let Some(before) = text.get(..first.span.start) else { return };
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    // The line opens with the cell's text, and the line before it is left open.
    if !before[line_start..].trim().is_empty() || line_start == 0 {
        return;
    }
    let previous_line = before[..line_start - 1].trim_end_matches('\r');
    let previous_start = previous_line.rfind('\n').map_or(0, |i| i + 1);
    if previous_line.trim_end().ends_with('|') {
        return;
    }
    // The previous row's last cell ends on that line (which may itself go on from a row above).
    let Some(last) = previous.last_mut().filter(|c| (previous_start..=first.span.start).contains(&c.span.end)) else {
        return;
    };
    let (continued, links) = (first.text.clone(), first.links.clone());
    let end = first.span.end;
    if !last.text.is_empty() {
        last.text.push(' ');
    }
    last.text.push_str(&continued);
    last.links.extend(links);
    last.span.end = end;
    table.rows.pop();
}

/// pulldown-cmark does not take a table whose delimiter row has a tab in it
/// (`| --- \t|`), which the docs' own renderer does; such rows get a space
/// for each tab, so every offset into the page stays the same.
fn delimiter_rows_without_tabs(text: &str) -> Cow<'_, str> {
    let is_delimiter_row = |line: &str| {
        let l = line.trim_end_matches(['\n', '\r']);
        l.contains('\t')
            && l.contains('|')
            && l.contains('-')
            && l.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
    };
    if !text.contains('\t') || !text.split_inclusive('\n').any(is_delimiter_row) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if is_delimiter_row(line) {
            out.extend(line.chars().map(|c| if c == '\t' { ' ' } else { c }));
        } else {
            out.push_str(line);
        }
    }
    Cow::Owned(out)
}

/// How many cells a table row has (`\|` escapes a pipe; the outer pipes may be left out).
fn row_cells(row: &str) -> usize {
    let row = row.trim();
    let row = row.strip_prefix('|').unwrap_or(row);
    let row = row.strip_suffix('|').filter(|r| !r.ends_with('\\')).unwrap_or(row);
    1 + row.match_indices('|').filter(|&(i, _)| !row[..i].ends_with('\\')).count()
}

/// Whether a line holds only a delimiter row's characters (`|---|:--|`, also bare `|`).
fn delimiter_like(row: &str) -> bool {
    row.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t')) && row.contains('|')
}

/// A table row opening with a doubled pipe (`||summary|[insightSummary](…) collection|Summary …|`)
/// has one cell more than its header, an empty one first, where the author meant the cells
/// after it. Its first `|` becomes a space, so every offset stays. Only in a table of members
/// (its header's first column "Property", "Name", "Parameter" or "Member"; a role table's
/// `||Group2|Role1|Scope1 | Scope2|` leaves its first cell empty on purpose), only a row with
/// exactly one cell more than the header, and never inside a fenced code block. Rows may stand
/// indented or in a block quote. `None` when no row needs it.
fn doubled_row_pipes(text: &str) -> Option<String> {
    if !text.contains("||") {
        return None;
    }
    // A row's table text: without the indentation and block-quote marks before it.
    fn content(line: &str) -> &str {
        line.trim_start_matches(|c: char| c == '>' || c.is_whitespace())
    }
    let of_members = |header: &str| {
        let first = header.trim().trim_start_matches('|').split('|').next().unwrap_or("");
        let first = first.trim().trim_matches(['*', '_', '`']).to_ascii_lowercase();
        matches!(first.as_str(), "property" | "name" | "parameter" | "member")
    };
    let mut out: Option<Vec<u8>> = None;
    let (mut header, mut previous, mut at, mut fence) = (None::<usize>, "", 0, None::<&str>);
    for line in text.split_inclusive('\n') {
        let row = line.trim_end_matches(['\n', '\r']);
        let body = content(row);
        at += line.len();
        if let Some(f) = fence {
            if body.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if let Some(f) = ["```", "~~~"].into_iter().find(|f| body.starts_with(f)) {
            (fence, header) = (Some(f), None);
            continue;
        }
        if !body.contains('|') {
            header = None;
        } else if body.contains('-') && delimiter_like(body) {
            header = of_members(previous).then(|| row_cells(previous));
        } else if let Some(want) = header
            && body.starts_with("||")
            && row_cells(body) == want + 1
        {
            let pipe = at - line.len() + (row.len() - body.len());
            out.get_or_insert_with(|| text.as_bytes().to_vec())[pipe] = b' ';
        }
        previous = body;
    }
    out.and_then(|bytes| String::from_utf8(bytes).ok())
}

/// Two table shapes the docs' renderer shows as tables and pulldown-cmark (GFM)
/// does not, respelled in the bytes they have, so every offset into the page
/// stays the same:
/// - a row whose closing `|` went onto a line of its own (`|status|String|Text.\n|`):
///   the lone `|` ends the table and the rows after it become a paragraph. The
///   line break before it becomes spaces;
/// - a row whose last cell goes on in HTML over the next lines (`…values are:\n<ul><li>…</li></ul> |`):
///   the HTML block ends the table and swallows the rows after it. Its line breaks become spaces;
/// - a delimiter row with more or fewer cells than its header (`|Parameter|Type|Description|`
///   over `|---|---|---|---|`): rewritten as as many cells as the header has
///   (alignment dropped).
///
/// One pass over the lines, which most leave at their first byte; `None` when
/// no line needs it.
fn tables_as_rendered(text: &str) -> Option<String> {
    enum Edit {
        /// Spaces over `start..end` (a line break).
        Blank(usize, usize),
        /// A delimiter row at `start`, `len` bytes long, as `cells` cells.
        Delimiter(usize, usize, usize),
    }
    // Each line with its offset, and whether it is a delimiter row (`|---|:--|`).
    let mut at = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            at += l.len();
            (at - l.len(), l.trim_end_matches(['\n', '\r']))
        })
        .collect();
    let mut edits = Vec::new();
    for (i, &(start, row)) in lines.iter().enumerate() {
        let Some(&(previous_start, previous)) = i.checked_sub(1).and_then(|p| lines.get(p)) else { continue };
        if !delimiter_like(row) {
            continue;
        }
        let prev = previous.trim();
        if row.trim() == "|" {
            if prev.len() > 1 && prev.starts_with('|') && !prev.ends_with('|') {
                edits.push(Edit::Blank(previous_start + previous.trim_end().len(), start));
            }
        } else if row.contains('-') && prev.contains('|') {
            let (want, have) = (row_cells(previous), row_cells(row));
            if want != have && row.len() > 2 * want {
                edits.push(Edit::Delimiter(start, row.len(), want));
            }
        }
    }
    // A row whose last cell goes on in HTML over the next lines (`…Possible values are:` then
    // `<ul><li>…</li>` … `</ul> |`): the HTML block would end the table and swallow the rows
    // after it. The row's line breaks become spaces.
    let (mut in_table, mut i) = (false, 0);
    while i < lines.len() {
        let row = lines[i].1.trim();
        if !row.starts_with('|') {
            in_table = false;
        } else if row.contains('-') && delimiter_like(row) {
            in_table = true;
        } else if in_table
            && !row.ends_with('|')
            && lines.get(i + 1).is_some_and(|(_, l)| l.trim_start().starts_with('<'))
            && let Some(end) = (i + 1..lines.len().min(i + 16))
                .take_while(|&j| !lines[j].1.trim().is_empty() && !lines[j].1.trim().starts_with('|'))
                .find(|&j| lines[j].1.trim().ends_with('|'))
        {
            // Each line's break: from the end of its text to the start of the next line.
            edits.extend(
                lines[i..end]
                    .iter()
                    .zip(&lines[i + 1..=end])
                    .map(|(&(s, l), &(next, _))| Edit::Blank(s + l.len(), next)),
            );
            i = end;
        }
        i += 1;
    }
    if edits.is_empty() {
        return None;
    }
    let mut out = text.to_string();
    for edit in edits {
        match edit {
            // Only ASCII line breaks become spaces.
            Edit::Blank(from, to) => out.replace_range(from..to, &" ".repeat(to - from)),
            Edit::Delimiter(at, len, want) => {
                // `|-|-|…|`, the last cell taking the dashes left over.
                let mut row = "|-".repeat(want - 1);
                row.push('|');
                row.push_str(&"-".repeat(len - row.len() - 1));
                row.push('|');
                out.replace_range(at..at + len, &row);
            }
        }
    }
    Some(out)
}

#[derive(Default)]
struct Builder {
    inline: Option<Inline>,
    link: Option<(String, usize)>,
    heading: Option<(u8, Span)>,
    code: Option<CodeBlock>,
    html: Option<Comment>,
    metadata: Option<FrontMatter>,
    /// Every metadata block's span, in order.
    metadata_spans: Vec<Span>,
    table: Option<Table>,
    row: Option<Vec<Inline>>,
    in_table_head: bool,
    /// A break HTML made in inline text; see [`Builder::separate`].
    separator: Option<Separator>,
    /// Where the inline text stood at an open `<sup>`.
    superscript: Option<usize>,
}

impl Builder {
    fn event(&mut self, event: Event<'_>, span: Span, doc: &mut Document) {
        match event {
            Event::Start(tag) => self.start(tag, span),
            Event::End(tag) => self.end(tag, doc),
            Event::Text(t) => {
                if let Some(code) = &mut self.code {
                    if code.text.is_empty() {
                        code.content_start = span.start;
                    }
                    code.segments.push((code.text.len(), span.start));
                    code.text.push_str(&t);
                } else if let Some(meta) = &mut self.metadata {
                    meta.text.push_str(&t);
                } else {
                    self.push_text(&t, span);
                }
            }
            Event::Code(t) => {
                self.push_text("`", span);
                self.push_text(&t, span);
                self.push_text("`", span);
            }
            Event::SoftBreak | Event::HardBreak => self.push_text(" ", span),
            Event::Html(t) => {
                if let Some(html) = &mut self.html {
                    html.text.push_str(&t);
                }
            }
            Event::InlineHtml(t) => match html_tag(&t) {
                Some("br") => self.separate(Separator::Space),
                Some("ul" | "ol") if t.trim_start().starts_with("</") => self.separate(Separator::ListEnd),
                Some("ul" | "ol") => self.separate(Separator::ListStart),
                Some("li") => self.separate(Separator::Item),
                // A table in a cell (`<table><tr><td>Allow</td><td>Default.</td></tr>…`):
                // rows as a list's items, cells apart.
                Some("table") if t.trim_start().starts_with("</") => self.separate(Separator::ListEnd),
                Some("table") => self.separate(Separator::ListStart),
                Some("tr") if !t.trim_start().starts_with("</") => self.separate(Separator::Item),
                Some("td" | "th" | "p" | "div") => self.separate(Separator::Space),
                // A note's mark (`Chat.Read<sup>1</sup>`) is no part of the word it follows.
                Some("sup") if t.trim_start().starts_with("</") => {
                    if let (Some(start), Some(inline)) = (self.superscript.take(), &mut self.inline)
                        && let Some(mark) = inline.text.get(start..)
                        && !mark.trim().is_empty()
                        // After a word, not a number's exponent (`10<sup>6</sup>`).
                        && !inline.text[..start].ends_with(|c: char| c.is_ascii_digit())
                        && mark.trim().chars().all(|c| c.is_ascii_digit() || matches!(c, '*' | ',' | '†' | ' '))
                    {
                        inline.text.truncate(start);
                    }
                }
                Some("sup") => self.superscript = self.inline.as_ref().map(|i| i.text.len()),
                Some(_) => {}
                // `<languagecode2>-<country/regioncode2>` is a placeholder, not markup.
                None => self.push_text(&t, span),
            },
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, span: Span) {
        // A break HTML made before a new block is not carried into it.
        if matches!(tag, Tag::Heading { .. } | Tag::Paragraph | Tag::Item | Tag::TableCell) {
            self.separator = None;
            self.superscript = None;
        }
        match tag {
            Tag::Heading { level, .. } => {
                self.heading = Some((level as u8, span));
                self.inline = Some(Inline { span, ..Inline::default() });
            }
            Tag::Paragraph | Tag::Item => {
                // A paragraph inside a list item closes the item's loose text.
                self.inline = Some(Inline { span, ..Inline::default() });
            }
            Tag::Link { dest_url, .. } => {
                // `<br>[x](…)`: the break goes before the link, not into its text.
                self.flush_separator("x");
                let at = self.inline.as_ref().map_or(0, |i| i.text.len());
                // `(..\resources\x.md)`, written on Windows: the same relative link.
                let target = match dest_url.contains('\\') && !dest_url.contains("://") {
                    true => dest_url.replace('\\', "/"),
                    false => dest_url.to_string(),
                };
                self.link = Some((target, at));
            }
            Tag::CodeBlock(kind) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.trim().to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code =
                    Some(CodeBlock { info, text: String::new(), span, content_start: span.end, segments: Vec::new() });
            }
            Tag::HtmlBlock => self.html = Some(Comment { text: String::new(), span }),
            Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => {
                self.metadata = Some(FrontMatter { text: String::new(), span, unopened: false })
            }
            Tag::Table(_) => self.table = Some(Table { header: Vec::new(), rows: Vec::new(), span }),
            Tag::TableHead => {
                self.in_table_head = true;
                self.row = Some(Vec::new());
            }
            Tag::TableRow => self.row = Some(Vec::new()),
            Tag::TableCell => self.inline = Some(Inline { span, ..Inline::default() }),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, doc: &mut Document) {
        match tag {
            TagEnd::Heading(_) => {
                if let (Some((level, span)), Some(inline)) = (self.heading.take(), self.inline.take())
                    && !is_tab_heading(&inline)
                {
                    doc.blocks.push(Block::Heading(Heading { level, text: inline.text.trim().to_string(), span }));
                }
            }
            TagEnd::Paragraph | TagEnd::Item => {
                if let Some(mut inline) = self.inline.take()
                    && !inline.text.trim().is_empty()
                {
                    inline.text = collapse_whitespace(&inline.text);
                    doc.blocks.push(Block::Paragraph(inline));
                }
            }
            TagEnd::Link => {
                if let (Some((target, at)), Some(inline)) = (self.link.take(), &mut self.inline) {
                    let text = inline.text.get(at..).unwrap_or("").trim_matches('`').to_string();
                    inline.links.push(Link { text, target });
                }
            }
            TagEnd::CodeBlock => {
                if let Some(code) = self.code.take() {
                    match indented_heading(&code) {
                        Some(heading) => {
                            doc.indented_headings.push(heading.span);
                            doc.blocks.push(Block::Heading(heading));
                        }
                        None => doc.blocks.push(Block::Code(code)),
                    }
                }
            }
            TagEnd::HtmlBlock => {
                if let Some(html) = self.html.take()
                    && html.text.trim_start().starts_with("<!--")
                {
                    doc.blocks.push(Block::Comment(html));
                }
            }
            TagEnd::MetadataBlock(_) => {
                if let Some(meta) = self.metadata.take() {
                    self.metadata_spans.push(meta.span);
                    if doc.front_matter.is_none() {
                        doc.front_matter = Some(meta);
                    }
                }
            }
            TagEnd::TableCell => {
                if let (Some(mut cell), Some(row)) = (self.inline.take(), &mut self.row) {
                    cell.text = collapse_whitespace(&without_includes(&cell.text));
                    row.push(cell);
                }
            }
            TagEnd::TableHead => {
                self.in_table_head = false;
                if let (Some(row), Some(table)) = (self.row.take(), &mut self.table) {
                    table.header = row;
                }
            }
            TagEnd::TableRow => {
                if let (Some(row), Some(table)) = (self.row.take(), &mut self.table) {
                    table.rows.push(row);
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    doc.blocks.push(Block::Table(table));
                }
            }
            _ => {}
        }
    }

    /// Records where HTML broke the text (`<br>`, a list flattened into a
    /// cell); what it becomes is written before the next text, so a cell
    /// never ends in a separator. The stronger break wins.
    fn separate(&mut self, separator: Separator) {
        if self.inline.is_some() {
            self.separator = Some(match (self.separator, separator) {
                (Some(Separator::ListStart), Separator::Item) => Separator::ListStart,
                (Some(current), new) => current.max(new),
                (None, new) => new,
            });
        }
    }

    /// Writes the pending separator before text starting with `next`.
    fn flush_separator(&mut self, next: &str) {
        let (Some(separator), Some(inline)) = (self.separator.take(), &mut self.inline) else { return };
        inline.text.truncate(inline.text.trim_end().len());
        let closing = next.trim_start().starts_with([')', ']', '.', ',', ';', ':']);
        // Items flattened into one line are joined by "; ", a value's sentence too (`<li>`x` -
        // Represents x. <li>`y` - …`): a list of values reads on past each item's full stop.
        let value_follows = next.trim_start().starts_with('`');
        if separator == Separator::Item && value_follows && inline.text.ends_with('.') && !inline.text.ends_with("..") {
            inline.text.pop();
        }
        let joint = match (inline.text.chars().last(), separator) {
            (None | Some('(' | '['), _) => "",
            (Some(_), _) if closing => "",
            (Some(_), Separator::Space) => " ",
            (Some(':' | '.' | '!' | '?' | ';' | ','), _) => " ",
            (Some(_), Separator::ListStart) => ": ",
            (Some(_), Separator::Item) => "; ",
            (Some(_), Separator::ListEnd) => ". ",
        };
        inline.text.push_str(joint);
    }

    fn push_text(&mut self, t: &str, span: Span) {
        let t = if self.separator.is_some() && !t.trim().is_empty() {
            self.flush_separator(t);
            t.trim_start()
        } else {
            t
        };
        if let Some(inline) = &mut self.inline {
            if inline.text.is_empty() {
                inline.span.start = inline.span.start.min(span.start);
            }
            inline.text.push_str(t);
        }
    }
}

/// Trimmed, with every run of white space (tabs, doubled spaces) one space.
fn collapse_whitespace(text: &str) -> String {
    let text = text.trim();
    if !text.contains(['\t', '\n', '\r']) && !text.contains("  ") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A break HTML makes in flattened text, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Separator {
    /// `<br>`: a space.
    Space,
    /// Between list items: "; ".
    Item,
    /// Before a list's first item: ": " (after an introduction without a colon).
    ListStart,
    /// After a list: ". ".
    ListEnd,
}

/// The name of an HTML tag (`<br/>`, `</li>`, `<a href=…>`), lowercase; `None`
/// for what only looks like one (`<languagecode2>`, `<id>`).
fn html_tag(raw: &str) -> Option<&'static str> {
    const TAGS: [&str; 30] = [
        "a",
        "b",
        "blockquote",
        "br",
        "code",
        "div",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "td",
        "th",
        "tr",
        "u",
        "ul",
        "!--",
    ];
    let inner = raw.trim().strip_prefix('<')?.trim_start_matches('/');
    let name = inner.split(|c: char| c.is_whitespace() || c == '/' || c == '>').next()?;
    if inner.starts_with("!--") {
        return Some("!--");
    }
    TAGS.iter().find(|t| t.eq_ignore_ascii_case(name)).copied()
}

/// Docs' language tabs (`# [HTTP](#tab/http)`) are headings in markdown but not
/// structure: they sit inside sections and must not end them.
fn is_tab_heading(inline: &Inline) -> bool {
    inline.links.first().is_some_and(|l| l.target.starts_with("#tab/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delimiter_row_wider_or_narrower_than_its_header_still_makes_a_table() {
        for delimiter in ["| --- | --- | --- | --- |", "|:--|:--|"] {
            let page = format!(
                "| Parameter | Type | Description |\n{delimiter}\n| `endDateTime` | DateTimeOffset | When. |\n"
            );
            let doc = parse(&page);
            let Some(Block::Table(t)) = doc.blocks.first() else { panic!("{delimiter}: {:?}", doc.blocks) };
            assert_eq!(t.header.len(), 3);
            assert_eq!(t.rows[0][1].text, "DateTimeOffset");
            assert_eq!(&page[t.rows[0][2].span.start..t.rows[0][2].span.end].trim(), &"When.");
        }
    }

    #[test]
    fn a_note_s_superscript_mark_is_no_part_of_the_word_it_follows() {
        // The installed-apps pages: `TeamsAppInstallation.ReadWriteAndConsentForChat<sup>1</sup>`.
        let page = "|Permission type|Least privileged permissions|\n|:--|:--|\n|Delegated|Chat.Read<sup>1</sup>, Chat.ReadWrite<sup>*</sup>|\n\nAbout 10<sup>6</sup>x more.\n";
        let doc = parse(page);
        let Some(Block::Table(t)) = doc.blocks.first() else { panic!("{:?}", doc.blocks) };
        assert_eq!(t.rows[0][1].text, "Chat.Read, Chat.ReadWrite");
        // A number's exponent is no note: it stays, as text reads it.
        let Some(Block::Paragraph(p)) = doc.blocks.get(1) else { panic!("{:?}", doc.blocks) };
        assert_eq!(p.text, "About 106x more.");
    }

    #[test]
    fn a_description_going_on_over_the_next_lines_stays_in_its_row() {
        for br in ["\n", "\r\n"] {
            let page = [
                "|Property|Type|Description|",
                "|:---|:---|:---|",
                "|code|String|The code.",
                "The input must match `^[0-9]+$`.|",
                "|name|String|The name, over",
                "three lines, see [pool](pool.md)",
                "and more.|",
                "|id|String|Key.|",
                "Not a continuation|",
            ]
            .join(br);
            let doc = parse(&page);
            let Some(Block::Table(t)) = doc.blocks.first() else { panic!("{:?}", doc.blocks) };
            let names: Vec<&str> = t.rows.iter().map(|r| r[0].text.as_str()).collect();
            assert_eq!(names, ["code", "name", "id", "Not a continuation"], "{br:?}");
            assert_eq!(t.rows[0][2].text, "The code. The input must match `^[0-9]+$`.");
            assert_eq!(t.rows[1][2].text, "The name, over three lines, see pool and more.");
            assert_eq!(t.rows[1][2].links.len(), 1);
            let cell = &t.rows[0][2];
            assert!(page[cell.span.start..cell.span.end].ends_with("`^[0-9]+$`."), "the span covers both lines");
        }
    }

    /// Parses `lines` joined by LF and by CRLF; for each, the first table's rows (their first
    /// cells) must be `names`, the second row's first cell spanning the page's own bytes, and the
    /// table is handed to `check`.
    fn rows_stay_in_the_table(lines: &[&str], names: &[&str], check: impl Fn(&Table)) {
        for br in ["\n", "\r\n"] {
            let page = lines.join(br);
            let doc = parse(&page);
            let Some(Block::Table(t)) = doc.blocks.first() else { panic!("{:?}", doc.blocks) };
            let read: Vec<&str> = t.rows.iter().map(|r| r[0].text.as_str()).collect();
            assert_eq!(read, names, "{br:?}");
            assert_eq!(&page[t.rows[1][0].span.start..t.rows[1][0].span.end], names[1], "offsets are the page's");
            check(t);
        }
    }

    #[test]
    fn a_row_whose_cell_goes_on_in_html_over_the_next_lines_stays_in_the_table() {
        // beta's Places `room`: the bookingType row's values in a list over three lines.
        let lines = [
            "|Property|Type|Description|",
            "|:--|:--|:--|",
            "|bookingType|[bookingType](#bookingtype-values)|How it is booked. Possible values are:",
            "<ul><li>**standard** - For anyone</li>",
            "<li>**reserved** - For some</li></ul> |",
            "|capacity|Integer|The seats.|",
            "",
            "After.",
        ];
        rows_stay_in_the_table(&lines, &["bookingType", "capacity"], |t| {
            assert!(t.rows[0][2].text.contains("standard"), "{:?}", t.rows[0][2].text);
        });
    }

    #[test]
    fn a_row_whose_closing_pipe_is_on_the_next_line_stays_in_the_table() {
        let lines = [
            "|Property|Type|Description|",
            "|:--|:--|:--|",
            "|a|String|First. ",
            "|",
            "|b|Int32|Second.|",
            "",
            "After.",
        ];
        rows_stay_in_the_table(&lines, &["a", "b"], |_| {});
    }

    #[test]
    fn inline_html_lists_and_placeholders_in_cells() {
        let doc = parse(
            "|a|b|\n|-|-|\n|x|One of:<ul><li/>Microsoft<li/>Google</ul>For B2B: <li>Twitter<li>QQ|\n|y|Format <languagecode2>-<country/regioncode2>.<br>Read-only.|\n|z|Values (<ul><li>Device</li><li>Application</li></ul>)|\n|w|Value type <ul><li>REG_BINARY</li><li>REG_SZ</li></ul> Possible values are: a.|\n|v|Possible values are:<br> a - b.|\n|u|One,<br>[two](two.md)|\n|t|Either a,<ul><li>b</li><li>c</li></ul>|\n",
        );
        let Block::Table(t) = &doc.blocks[0] else { panic!("a table") };
        assert_eq!(t.rows[0][1].text, "One of: Microsoft; Google. For B2B: Twitter; QQ");
        assert_eq!(t.rows[2][1].text, "Values (Device; Application)");
        assert_eq!(t.rows[3][1].text, "Value type: REG_BINARY; REG_SZ. Possible values are: a.");
        assert_eq!(t.rows[4][1].text, "Possible values are: a - b.");
        assert_eq!(t.rows[1][1].text, "Format <languagecode2>-<country/regioncode2>. Read-only.");
        let doc = parse(
            "|a|b|\n|-|-|\n|r|One of the following values: <table><tr><th>Value</th><th>Description</th></tr><tr><td>Allow</td><td>Default.</td></tr><tr><td>BlockMinors</td><td>Blocks minors.</td></tr></table> |\n",
        );
        let Block::Table(t) = &doc.blocks[0] else { panic!("a table") };
        assert_eq!(
            t.rows[0][1].text,
            "One of the following values: Value Description; Allow Default. BlockMinors Blocks minors."
        );
        // Items that are whole sentences are joined by "; " too: the values read on.
        let doc = parse(
            "|a|b|\n|-|-|\n|s|The possible values are <ul><li> `default` - Represents a. <li> `verticalSplit` - Represents b. <li> `unknownFutureValue` - Sentinel. Don't use. </ul>  |\n",
        );
        let Block::Table(t) = &doc.blocks[0] else { panic!("a table") };
        let text = &t.rows[0][1].text;
        assert_eq!(
            text,
            "The possible values are: `default` - Represents a; `verticalSplit` - Represents b; `unknownFutureValue` - Sentinel. Don't use."
        );
        assert_eq!(crate::extract::possible_values(text).unwrap(), ["default", "verticalSplit", "unknownFutureValue"]);
    }

    #[test]
    fn a_link_written_with_backslashes_is_the_same_relative_link() {
        let doc = parse("For an [assignment](..\\resources\\assignment.md), see [docs](https://x.example/a\\b).\n");
        let Block::Paragraph(p) = &doc.blocks[0] else { panic!("a paragraph") };
        assert_eq!(p.links[0].target, "../resources/assignment.md");
        assert_eq!(p.links[1].target, "https://x.example/a\\b", "not a URL");
    }

    #[test]
    fn a_cell_s_include_marker_is_no_text() {
        // beta's outlookTask `id`.
        let doc = parse(
            "|Property|Type|Description|\n|:---|:---|:---|\n|id|String| Unique identifier for the task. [!INCLUDE [outlook-beta-id](../../includes/outlook-beta-id.md)] Read-only. |\n",
        );
        let Some(Block::Table(t)) = doc.blocks.first() else { panic!("a table: {:?}", doc.blocks) };
        assert_eq!(t.rows[0][2].text, "Unique identifier for the task. Read-only.");
        assert_eq!(without_includes("a [!note] b"), "a [!note] b");
        assert_eq!(without_includes("a [!INCLUDE x"), "a [!INCLUDE x");
    }

    #[test]
    fn a_cell_s_include_marker_after_other_bracketed_text_is_no_text_either() {
        // A `[!` that opens no include (a code span of symbols) does not end the search.
        let doc = parse(
            "|Property|Type|Description|\n|:---|:---|:---|\n|password|String| Symbols from `[!@#$]` are allowed. [!INCLUDE [outlook-beta-id](../../includes/outlook-beta-id.md)] Read-only. |\n",
        );
        let Some(Block::Table(t)) = doc.blocks.first() else { panic!("a table: {:?}", doc.blocks) };
        assert!(!t.rows[0][2].text.contains("INCLUDE"), "{}", t.rows[0][2].text);
    }

    #[test]
    fn inline_text_drops_emphasis_and_link_syntax() {
        assert_eq!(
            inline_text("The **plannerBucket** resource; see [buckets](planner.md) and `id`."),
            "The plannerBucket resource; see buckets and `id`."
        );
        assert_eq!(inline_text(" Plain text. "), "Plain text.");
        assert_eq!(inline_text("Get the **item** by <id>."), "Get the item by <id>.");
    }

    #[test]
    fn a_rule_line_later_in_the_page_opens_no_front_matter() {
        // v1.0's learning course activity create: `---` after an example's request, then
        // "#### Response" and the response, then `---` again before the next example.
        let text = "---\ntitle: x\n---\n# Create\n\n```http\nPOST /a\n```\n---\n#### Response\n\nThe response.\n\n```http\nHTTP/1.1 201 Created\n```\n---\n### Example 2\n";
        let doc = parse(text);
        assert_eq!(doc.front_matter.as_ref().map(|f| f.text.trim()), Some("title: x"));
        let headings: Vec<&str> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(h) => Some(h.text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(headings, ["Create", "Response", "Example 2"]);
        let codes = doc.blocks.iter().filter(|b| matches!(b, Block::Code(_))).count();
        assert_eq!(codes, 2);
        // Spans still point into the page.
        let Some(Block::Heading(h)) =
            doc.blocks.iter().find(|b| matches!(b, Block::Heading(h) if h.text == "Response"))
        else {
            panic!("no Response heading")
        };
        assert!(text[h.span.start..h.span.end].contains("#### Response"));
        // A comment above the front matter leaves it the page's top.
        let commented = format!("<!-- markdownlint-disable -->\n{text}");
        assert_eq!(parse(&commented).front_matter.as_ref().map(|f| f.text.trim()), Some("title: x"));
    }

    #[test]
    fn front_matter_without_its_opening_line_is_front_matter() {
        let page = "title: \"registrationEnforcement resource type\"\ndescription: \"Enforce: at sign-in.\"\nms.prod: \"identity\"\ndoc_type: resourcePageType\n---\n\n# registrationEnforcement resource type\n\nText.\n";
        let doc = parse(page);
        let front = doc.front_matter.expect("front matter");
        assert!(front.unopened);
        assert!(front.text.starts_with("title:") && front.text.contains("doc_type: resourcePageType"));
        assert!(matches!(&doc.blocks[0], Block::Heading(h) if h.level == 1));
        // A page's own setext heading, or one after other text, stays a heading.
        for page in ["Some title\n---\n\nText.\n", "Note: this\n---\n", "# T\n\ntitle: x\nauthor: y\n---\n"] {
            let doc = parse(page);
            assert!(doc.front_matter.is_none(), "{page:?}");
            assert!(doc.blocks.iter().any(|b| matches!(b, Block::Heading(h) if h.level == 2)), "{page:?}");
        }
        // Opened front matter is read as before.
        let doc = parse("---\ntitle: x\ndoc_type: apiPageType\n---\n# T\n");
        assert!(!doc.front_matter.expect("front matter").unopened);
    }

    #[test]
    fn keeps_the_blocks_the_dialect_needs() {
        let page = "---\ntitle: \"T\"\n---\n# Title\n\nSee [x](../resources/x.md) and `a`.\n\n<!-- {\n  \"blockType\": \"request\"\n} -->\n``` http\nGET /me\n```\n\n|Property|Type|\n|:--|:--|\n|id|String|\n";
        let doc = parse(page);
        assert!(doc.front_matter.unwrap().text.contains("title"));
        let kinds: Vec<&str> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(_) => "h",
                Block::Paragraph(_) => "p",
                Block::Table(_) => "t",
                Block::Code(_) => "c",
                Block::Comment(_) => "!",
            })
            .collect();
        assert_eq!(kinds, ["h", "p", "!", "c", "t"]);
        let Block::Paragraph(p) = &doc.blocks[1] else { unreachable!() };
        assert_eq!(p.text, "See x and `a`.");
        assert_eq!(p.links[0].target, "../resources/x.md");
        assert_eq!(p.links[0].text, "x");
        let Block::Code(c) = &doc.blocks[3] else { unreachable!() };
        assert_eq!(c.info, "http");
        assert_eq!(c.text, "GET /me\n");
        assert_eq!(&page[c.content_start..c.content_start + 7], "GET /me");
        let Block::Table(t) = &doc.blocks[4] else { unreachable!() };
        assert_eq!(t.header[1].text, "Type");
        assert_eq!(t.rows[0][0].text, "id");
    }

    #[test]
    fn a_pipe_inside_a_cell_keeps_the_rest_of_the_cell() {
        let page = "|Property|Type|Description|\n|:--|:--|:--|\n|payloadFileName|String|Payload file name (*.mobileconfig | *.xml).|\n|b|String|Plain. |\n|c|String|No trailing pipe\n";
        let doc = parse(page);
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!(t.rows[0][2].text, "Payload file name (*.mobileconfig | *.xml).");
        assert_eq!(t.rows[1][2].text, "Plain.");
        assert_eq!(t.rows[2][2].text, "No trailing pipe");
        // A number in a column the header lacks (beta's Cloud PC enum tables: `|default|Default.|0|`):
        // the member's value, not text.
        let doc = parse("|Member|Description|\n|:--|:--|\n|default|The default.|0|\n|other|A or | B.|\n");
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!(t.rows[0][1].text, "The default.");
        assert_eq!(t.rows[1][1].text, "A or | B.");
        let doc = parse("|Value|Description|\n|:--|:--|\n|none|Nothing.|-1|\n|all|Every flag.|0xFF|\n");
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!((t.rows[0][1].text.as_str(), t.rows[1][1].text.as_str()), ("Nothing.", "Every flag."));
        // A row short of a cell takes nothing from the row after it.
        let doc = parse("|Property|Type|Description|\n|:--|:--|:--|\n|a|BooleanEnables it.|\n|b|String|The b.|\n");
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!(t.rows[0].iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), ["a", "BooleanEnables it.", ""]);
        assert_eq!(t.rows[1][2].text, "The b.");
        // An empty cell too many before the description: the description alone.
        let doc = parse(
            "|Property|Type|Description|\n|:--|:--|:--|\n|labels|String collection||Label metadata for a term|\n",
        );
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!(t.rows[0][2].text, "Label metadata for a term");
        // A pipe doubled at the row's start (beta's monthly user insights): the row after it.
        let doc = parse(
            "|Property|Type|Description|\n|:--|:--|:--|\n||summary|[insightSummary](insightsummary.md) collection| Summary of all insights.|\n|b|String|The b.|\n",
        );
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        let cells = |r: &Vec<Inline>| r.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
        assert_eq!(cells(&t.rows[0]), ["summary", "insightSummary collection", "Summary of all insights."]);
        assert_eq!(t.rows[0][1].links.len(), 1, "the type's link kept");
        assert_eq!(cells(&t.rows[1]), ["b", "String", "The b."]);
    }

    #[test]
    fn a_number_after_a_pipe_inside_a_description_stays_in_it() {
        // `rejoin_excess_cells` drops a lone number past the header's columns even where the
        // header has them all and the pipe is the description's own (`0 | 1`, as `A or | B.` is).
        let doc = parse("|Property|Type|Description|\n|:--|:--|:--|\n|mode|Int32|Either 0 | 1|\n");
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!(t.rows[0][2].text, "Either 0 | 1");
    }

    #[test]
    fn language_tabs_are_not_headings() {
        let doc = parse("## HTTP request\n# [HTTP](#tab/http)\n```http\nGET /me\n```\n# [C#](#tab/csharp)\ntext\n");
        let headings = doc.blocks.iter().filter(|b| matches!(b, Block::Heading(_))).count();
        assert_eq!(headings, 1);
    }

    #[test]
    fn code_offsets_map_back_to_the_page_across_crlf_line_breaks() {
        let page = "# T\r\n\r\n```http\r\nGET /a\r\nGET /b\r\n```\r\n";
        let doc = parse(page);
        let Block::Code(c) = &doc.blocks[1] else { unreachable!() };
        assert_eq!(c.text, "GET /a\nGET /b\n", "the parser gives LF");
        let second = c.text.find("GET /b").unwrap();
        assert_eq!(&page[c.source_offset(second)..c.source_offset(second) + 6], "GET /b");
        assert_eq!(&page[c.source_offset(0)..c.source_offset(0) + 6], "GET /a");
        assert_eq!(&page[c.source_offset(4)..c.source_offset(4) + 2], "/a");
    }

    #[test]
    fn a_delimiter_row_with_tabs_still_makes_a_table() {
        let page = "| Property \t| Type |\n| --- \t\t|:---|\n| title\t| String |\n\ntext\twith a tab | - |\n";
        let doc = parse(page);
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!((t.header[0].text.as_str(), t.rows[0][1].text.as_str()), ("Property", "String"));
        assert!(page[t.rows[0][0].span.start..].trim_start().starts_with("title\t"), "offsets are the page's");
        assert!(delimiter_rows_without_tabs(page).contains("text\twith"), "tabs elsewhere are kept");
        let Block::Paragraph(p) = &doc.blocks[1] else { unreachable!() };
        assert_eq!(p.text, "text with a tab | - |", "white space in text reads as one space");
    }

    #[test]
    fn a_doubled_pipe_row_s_description_keeps_its_inline_reading() {
        let doc = parse(
            "|Property|Type|Description|\n|:--|:--|:--|\n||state|String|The **state**. See [values](#state-values).|\n",
        );
        let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!(t.rows[0][2].text, "The state. See values.", "{:?}", t.rows[0][2]);
    }

    #[test]
    fn odd_rows_do_not_panic() {
        for t in [
            "|A|\n|-|\n||ä|\n",
            "|A|B|\n|-|-|\n||ä|ö|ü|\n",
            "|A|B|C|\n|-|-|-|\n|||||||\n",
            "|A|B|C|\n|-|-|-|\n||€|€|€ | € |",
            "|A|B|\n|-|-|\n|| |x\r\n",
        ] {
            let _ = parse(t);
        }
    }

    // Doubled-pipe rows indented, quoted, without outer pipes; rows it must leave alone.
    fn first_row(text: &str) -> Vec<String> {
        let doc = parse(text);
        let t = doc.blocks.iter().find_map(|b| if let Block::Table(t) = b { Some(t) } else { None }).expect("a table");
        t.rows[0].iter().map(|c| c.text.clone()).collect()
    }

    #[test]
    fn a_doubled_pipe_row_in_a_list_item() {
        let row =
            first_row("- item\n\n  |Property|Type|Description|\n  |:--|:--|:--|\n  ||summary|String|The summary.|\n");
        assert_eq!(row, ["summary", "String", "The summary."]);
    }

    #[test]
    fn a_doubled_pipe_row_in_a_block_quote() {
        let row = first_row("> |Property|Type|Description|\n> |:--|:--|:--|\n> ||summary|String|The summary.|\n");
        assert_eq!(row, ["summary", "String", "The summary."]);
    }

    #[test]
    fn a_doubled_pipe_row_under_a_delimiter_without_outer_pipes() {
        let row = first_row("Property | Type | Description\n:--|:--|:--\n||summary|String|The summary.|\n");
        assert_eq!(row, ["summary", "String", "The summary."]);
    }

    #[test]
    fn a_role_table_s_blank_first_cell_is_kept() {
        // A continuation row (first cell left blank, as v1.0's role-assignment tables write them)
        // whose last cell holds a `|`, written `|  |` or `||`: the excess is text, nothing shifts.
        for blank in ["|  | ", "||"] {
            let text = format!(
                "|Principal|Group|Role|Scope|\n|:--|:--|:--|:--|\n|User1|Group1|Role1|Scope1|\n{blank}Group2|Role1|Scope1 | Scope2|\n"
            );
            let doc = parse(&text);
            let Block::Table(t) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
            let cells: Vec<String> = t.rows[1].iter().map(|c| c.text.clone()).collect();
            assert_eq!(cells, ["", "Group2", "Role1", "Scope1 | Scope2"], "{blank:?}");
        }
    }

    #[test]
    fn a_fenced_block_s_text_is_not_rewritten() {
        let doc = parse("```markdown\n|a|b|\n|-|-|\n||x|y|\n```\n");
        let Block::Code(c) = &doc.blocks[0] else { panic!("{:?}", doc.blocks) };
        assert_eq!(c.text, "|a|b|\n|-|-|\n||x|y|\n");
    }
}
