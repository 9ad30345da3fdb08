//! Lenient JSON: strict first, then the repairs the doc dialect needs.
//!
//! Pages carry JSON in annotations and examples that is not always strict:
//! trailing commas, raw newlines inside strings, `...` elisions, strings in
//! single or typographic quotes, names and values written bare, `//` and
//! `/* */` comments, missing commas. Repaired
//! text is parsed again; the caller warns that a repair was needed.

use serde_json::Value;

/// A JSON parse that failed even after repair, with the position (one-based
/// line and column within the parsed text) of the strict parser's complaint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl JsonError {
    /// The strict parser's complaint about `text`, without the position in its words
    /// (the caller reports the position in the page) and placed where the fault is: a
    /// trailing comma at the comma, not at the bracket after it where the parser noticed.
    fn of(text: &str, error: &serde_json::Error) -> JsonError {
        let full = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        let mut message = full.strip_suffix(&position).unwrap_or(&full).to_string();
        let (mut line, mut column) = (error.line(), error.column());
        // A raw line break inside a string (a quote left open, or a newline to escape): the
        // parser stops after it, at column 0 of the next line; the fault is the line it ends.
        if message.starts_with("control character") && column == 0 && line > 1 {
            line -= 1;
            column = text.split('\n').nth(line - 1).map_or(1, |l| l.len() + 1);
            message.push_str(
                "; a string runs past the end of its line: close its quote, or write the line break as `\\n`",
            );
        }
        if message.starts_with("trailing comma") {
            let comma = offset(text, line, column)
                .and_then(|at| text.get(..at))
                .map(|before| before.trim_end())
                .filter(|before| before.ends_with(','))
                .map(|before| before.len() - 1);
            if let Some(comma) = comma {
                let line_start = text[..comma].rfind('\n').map_or(0, |i| i + 1);
                line = text[..comma].matches('\n').count() + 1;
                column = comma - line_start + 1;
            }
        }
        JsonError { message, line, column }
    }
}

/// The byte offset of a one-based line and column of `text`, as the strict parser counts them.
fn offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2)?.0 + 1 };
    Some(line_start + column.checked_sub(1)?).filter(|&at| at <= text.len())
}

/// The outcome of a lenient parse.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub value: Value,
    /// `Some(reason)` when the text was not strict JSON and had to be repaired.
    pub repaired: Option<JsonError>,
}

/// Parses `text` strictly, falling back to a repaired copy.
pub fn parse_lenient(text: &str) -> Result<Parsed, JsonError> {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => Ok(Parsed { value, repaired: None }),
        Err(strict) => {
            let strict = JsonError::of(text, &strict);
            let mut fixed = repair(text);
            // Each round supplies one missing comma between members or items.
            for _ in 0..MISSING_COMMAS {
                match serde_json::from_str::<Value>(&fixed) {
                    Ok(value) => return Ok(Parsed { value, repaired: Some(strict) }),
                    Err(e) => match comma_missing_at(&fixed, &e) {
                        Some(at) => fixed.insert(at, ','),
                        None => break,
                    },
                }
            }
            Err(strict)
        }
    }
}

/// Whether a JSON text not strict shows members taken out by hand: a comma closing an object or
/// a list (`{"a": 1,\n}`) or a `...` elision, outside strings. Not quotes, comments or bare names,
/// which mis-spell what is there.
pub fn shows_cuts(text: &str) -> bool {
    let mut strings = Strings::default();
    let mut last_comma = false;
    let mut dots = 0;
    for c in text.chars() {
        if strings.inside(c) {
            continue;
        }
        match c {
            '"' => {
                strings.open();
                last_comma = false;
                dots = 0;
            }
            ',' => {
                last_comma = true;
                dots = 0;
            }
            '}' | ']' if last_comma => return true,
            '.' | '…' => {
                dots += if c == '…' { 3 } else { 1 };
                if dots >= 3 {
                    return true;
                }
            }
            c if c.is_whitespace() => {}
            _ => {
                last_comma = false;
                dots = 0;
            }
        }
    }
    false
}

/// Where a scan of JSON text is: inside a double-quoted string (and after a backslash there) or not.
#[derive(Default)]
struct Strings {
    in_string: bool,
    escaped: bool,
}

impl Strings {
    /// Whether `c` belongs to the string being read (its closing quote included, which ends it).
    fn inside(&mut self, c: char) -> bool {
        if !self.in_string {
            return false;
        }
        match c {
            _ if self.escaped => self.escaped = false,
            '\\' => self.escaped = true,
            '"' => self.in_string = false,
            _ => {}
        }
        true
    }

    /// A `"` outside strings opens one.
    fn open(&mut self) {
        self.in_string = true;
    }
}

/// How many missing commas one text may have before it is given up on.
const MISSING_COMMAS: usize = 8;

/// Where a comma belongs when `error` says one was expected (`"a": {}` then
/// `"b": 1` on the next line, without a comma between): the byte offset of the
/// token that should have followed it.
fn comma_missing_at(text: &str, error: &serde_json::Error) -> Option<usize> {
    let message = error.to_string();
    if !(message.starts_with("expected `,` or `}`") || message.starts_with("expected `,` or `]`")) {
        return None;
    }
    let at = offset(text, error.line(), error.column())?;
    // Only before a value or a member name, never inside a token.
    let next = text.get(at..)?.chars().next()?;
    let before = text.get(..at)?.chars().next_back()?;
    (matches!(next, '"' | '{' | '[') && before.is_whitespace()).then_some(at)
}

/// Removes trailing commas and `...` elisions outside strings, escapes raw
/// control characters inside strings, turns strings written with single
/// quotes (`'id'`) or typographic quotes (`“id”`) into JSON strings, and
/// quotes member names and values written bare (`{displayName: "x"}`,
/// `"role": member`), reads a full-width comma (`，`) between members as a comma, and drops
/// comments (`"status": "failed", // Newly added`, `/* … */`).
fn repair(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    // The quote that closes the string being read, if any.
    let mut closing: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(close) = closing {
            match c {
                '\\' => match chars.next() {
                    // `\'` means a quote only inside a single-quoted string.
                    Some('\'') if close == '\'' => out.push('\''),
                    Some(n) => {
                        out.push(c);
                        out.push(n);
                    }
                    None => out.push(c),
                },
                c if c == close => {
                    closing = None;
                    out.push('"');
                }
                '"' => out.push_str("\\\""),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => {}
                c => out.push(c),
            }
            continue;
        }
        match c {
            '"' | '\'' | '“' => {
                closing = Some(match c {
                    '“' => '”',
                    c => c,
                });
                out.push('"');
            }
            '.' if chars.peek() == Some(&'.') => {
                while chars.peek() == Some(&'.') {
                    chars.next();
                }
            }
            '…' => {}
            // A full-width comma (`，`) typed between members.
            '，' => out.push(','),
            '/' if chars.peek() == Some(&'/') => {
                // The line break stays: line numbers in errors keep matching the page.
                while chars.peek().is_some_and(|&n| n != '\n') {
                    chars.next();
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = ' ';
                for n in chars.by_ref() {
                    if previous == '*' && n == '/' {
                        break;
                    }
                    if n == '\n' {
                        out.push('\n');
                    }
                    previous = n;
                }
            }
            c if is_name_start(c) && matches!(out.trim_end().chars().last(), Some('{' | ',' | ':')) => {
                let after_colon = out.trim_end().ends_with(':');
                let mut name = String::from(c);
                while let Some(&n) = chars.peek().filter(|&&n| is_name_start(n) || n.is_ascii_digit() || n == '-') {
                    name.push(n);
                    chars.next();
                }
                let mut gap = String::new();
                while let Some(&n) = chars.peek().filter(|n| n.is_whitespace()) {
                    gap.push(n);
                    chars.next();
                }
                // A name before `:`, or a bare word as a member's value (`"role": member`,
                // an enum value left unquoted); JSON's own literals stay.
                let quote = match after_colon {
                    true => c.is_alphabetic() && !matches!(name.as_str(), "true" | "false" | "null"),
                    false => chars.peek() == Some(&':'),
                };
                if quote {
                    out.push('"');
                    out.push_str(&name);
                    out.push('"');
                } else {
                    out.push_str(&name);
                }
                out.push_str(&gap);
            }
            _ => out.push(c),
        }
    }
    close_unclosed(&remove_stray_commas(&out))
}

/// Supplies the closers a text forgot before an outer one (`[{"a": 1 ]`: the
/// object's `}` before the array's `]`); a closer no opener matches stays.
fn close_unclosed(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut open: Vec<char> = Vec::new();
    let mut strings = Strings::default();
    for c in text.chars() {
        if !strings.inside(c) {
            match c {
                '"' => strings.open(),
                '{' => open.push('}'),
                '[' => open.push(']'),
                '}' | ']' if open.contains(&c) => {
                    while let Some(closer) = open.pop().filter(|&closer| closer != c) {
                        out.push(closer);
                    }
                }
                _ => {}
            }
        }
        out.push(c);
    }
    out
}

/// Whether `c` can start a member name written without quotes.
fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '_' | '@' | '$')
}

/// Drops commas that precede `}`/`]` or another comma, and commas right after `[`/`{`.
fn remove_stray_commas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let bytes: Vec<char> = text.chars().collect();
    for (i, &c) in bytes.iter().enumerate() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if c == '"' {
            in_string = true;
        }
        if c == ',' {
            let next = bytes[i + 1..].iter().find(|c| !c.is_whitespace());
            let prev = out.chars().rev().find(|c| !c.is_whitespace());
            if matches!(next, None | Some('}') | Some(']') | Some(',')) || matches!(prev, Some('[') | Some('{') | None)
            {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_string_left_open_is_placed_at_the_line_it_runs_past() {
        // v1.0's userteamwork delete installedApps annotation: `"description": "User delete …,` unclosed.
        let text = "{\n  \"type\": \"#page.annotation\",\n  \"description\": \"User delete,\n  \"keywords\": \"\",\n  \"section\": \"documentation\"\n}";
        let err = parse_lenient(text).expect_err("an unclosed string");
        assert_eq!((err.line, err.column), (3, 31), "{err:?}");
        assert!(err.message.contains("runs past the end of its line"), "{}", err.message);
    }

    #[test]
    fn cuts_are_trailing_commas_and_elisions_outside_strings() {
        assert!(shows_cuts("{\"a\": 1,\n\n}"));
        assert!(shows_cuts("{\"a\": [1, 2, ...]}"));
        assert!(shows_cuts("{\"a\": 1, …}"));
        assert!(!shows_cuts("{\"a\": “b”}"));
        assert!(!shows_cuts("{a: 1} // note"));
        assert!(!shows_cuts("{\"a\": \"x,}...\"}"));
    }

    #[test]
    fn strict_json_is_not_repaired() {
        let p = parse_lenient(r#"{"a": [1, 2]}"#).unwrap();
        assert_eq!(p.value, json!({"a": [1, 2]}));
        assert!(p.repaired.is_none());
    }

    #[test]
    fn trailing_commas_raw_newlines_and_elisions_are_repaired() {
        let p = parse_lenient("{\n \"a\": [1, 2,],\n \"b\": \"x\ny\",\n}").unwrap();
        assert_eq!(p.value, json!({"a": [1, 2], "b": "x\ny"}));
        let err = p.repaired.unwrap();
        assert_eq!(err.line, 2);

        // A trailing comma is placed at the comma (where the parser noticed it is the line
        // after), and the message leaves the position to the caller.
        let err = parse_lenient("{\n  \"a\": {\n    \"b\": 1\n  },\n}").unwrap().repaired.unwrap();
        assert_eq!((err.message.as_str(), err.line, err.column), ("trailing comma", 4, 4));
        let err = parse_lenient("{\"a\": 1 x}").unwrap_err();
        assert_eq!((err.message.as_str(), err.line, err.column), ("expected `,` or `}`", 1, 9));

        let p = parse_lenient("{\"value\": [{\"id\": \"1\"}, ...]}").unwrap();
        assert_eq!(p.value, json!({"value": [{"id": "1"}]}));
        let p = parse_lenient("{\"value\": [\n ...\n {\"id\": \"1\"}]}").unwrap();
        assert_eq!(p.value, json!({"value": [{"id": "1"}]}));
    }

    #[test]
    fn strings_are_left_alone() {
        let p = parse_lenient("{\"a\": \"x, ... ,}\",}").unwrap();
        assert_eq!(p.value, json!({"a": "x, ... ,}"}));
    }

    #[test]
    fn a_full_width_comma_between_members_is_a_comma() {
        // beta's privilegedRoleAssignmentRequest list; inside a string it stays.
        let p = parse_lenient("{\"a\": \"x，y\"，\"b\": 1}").unwrap();
        assert_eq!(p.value, json!({"a": "x，y", "b": 1}));
    }

    #[test]
    fn single_and_typographic_quotes_become_json_strings() {
        let p = parse_lenient("{'target':'#para-id', 'say': 'a \"b\" it\\'s'}").unwrap();
        assert_eq!(p.value, json!({"target": "#para-id", "say": "a \"b\" it's"}));
        assert!(p.repaired.is_some());
        let p = parse_lenient("{\"url\": “/shifts/{id}?a=b”}").unwrap();
        assert_eq!(p.value, json!({"url": "/shifts/{id}?a=b"}));
        // Inside a JSON string they are text.
        let p = parse_lenient("{\"a\": \"it's “quoted”\",}").unwrap();
        assert_eq!(p.value, json!({"a": "it's “quoted”"}));
    }

    #[test]
    fn bare_member_names_are_quoted() {
        let p = parse_lenient("{\n  displayName: \"Cloud PC-HR\",\n  ids : [\"a\", true, null], \"x\": {n1: 1}\n}")
            .unwrap();
        assert_eq!(p.value, json!({"displayName": "Cloud PC-HR", "ids": ["a", true, null], "x": {"n1": 1}}));
        assert_eq!(p.repaired.unwrap().line, 2);
        // Bare values in arrays are not names.
        assert!(parse_lenient("[1, true, nope]").is_err());
        // A member's value written bare is a string; JSON's literals are not.
        let p = parse_lenient("{\"role\": member, \"ok\": true, \"n\": null, \"x\": false}").unwrap();
        assert_eq!(p.value, json!({"role": "member", "ok": true, "n": null, "x": false}));
    }

    #[test]
    fn missing_commas_between_members_are_supplied() {
        let p = parse_lenient("{\n  \"a\": {\"x\": 1}\n  \"b\": [\n    {\"y\": 2}\n    {\"z\": 3}\n  ]\n}").unwrap();
        assert_eq!(p.value, json!({"a": {"x": 1}, "b": [{"y": 2}, {"z": 3}]}));
        assert_eq!(p.repaired.unwrap().line, 3);
        // A value run into a name without a space is not a missing comma.
        assert!(parse_lenient("{\"a\": 1\"b\": 2}").is_err());
    }

    #[test]
    fn comments_outside_strings_are_dropped() {
        let p = parse_lenient(
            "{\n  \"status\": \"failed\", // Newly Added\n  //Keep copies for 14 days\n  \"url\": \"https://x/y\" /* a\n b */\n}",
        )
        .unwrap();
        assert_eq!(p.value, json!({"status": "failed", "url": "https://x/y"}));
        assert_eq!(p.repaired.unwrap().line, 2);
        // A comment that never ends leaves nothing after it to parse.
        assert!(parse_lenient("{\"a\": 1 /* b").is_err());
    }

    #[test]
    fn closers_forgotten_before_an_outer_one_are_supplied() {
        let p = parse_lenient("{\n  \"value\": [\n    {\n      \"a\": {\"b\": 1}\n  ]\n}").unwrap();
        assert_eq!(p.value, json!({"value": [{"a": {"b": 1}}]}));
        assert_eq!(p.repaired.unwrap().line, 5);
        // Brackets inside strings are text; a closer nothing opened is still an error.
        let p = parse_lenient("[{\"a\": \"]}\" ]").unwrap();
        assert_eq!(p.value, json!([{"a": "]}"}]));
        assert!(parse_lenient("{\"a\": 1}}").is_err());
    }

    #[test]
    fn hopeless_text_reports_where() {
        let e = parse_lenient("{\n  \"a\": @\n}").unwrap_err();
        assert_eq!(e.line, 2);
    }
}
