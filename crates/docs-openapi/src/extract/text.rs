//! Small readers for prose: "Possible values are ...", status codes, TODOs.

/// Values listed after "Possible values are" (or "possible values:", "Values:"),
/// in backticks or as plain identifiers up to the end of the sentence; else
/// a sentence-ending list of inline-code identifiers after a colon, "either", "one of" or "include"
/// (``The pattern: `daily`, `weekly`.``, ``either `A` or `B` ``, ``one of `A` or `B` ``).
pub fn possible_values(text: &str) -> Option<Vec<String>> {
    let mut values = introduced_values(text).or_else(|| code_list(text))?;
    // Graph's evolvable-enum sentinel named in a sentence of its own after the list ("`street`, …,
    // and `organization`. `unknownFutureValue` is an evolvable enumeration sentinel value").
    const SENTINEL: &str = "unknownFutureValue";
    // Not one naming a listed value (`4` (for `unknownFutureValue`)).
    if !values.iter().any(|v| v == SENTINEL) && text.contains(&format!("`{SENTINEL}` is ")) {
        values.push(SENTINEL.to_string());
    }
    // A value named in a sentence of its own after the list ("Possible values: `application` …, or
    // `delegated` …. The value `delegatedUserConsentable` indicates …").
    for (at, _) in text.match_indices("The value `") {
        let rest = &text[at + "The value `".len()..];
        let Some((value, after)) = rest.split_once('`') else { continue };
        let identifier = !value.is_empty() && value.chars().all(|c| c.is_ascii_alphanumeric());
        let said = after.starts_with(' ') && !after.trim_start().starts_with(['.', ',']);
        if identifier && said && !["true", "false", "null"].contains(&value) && !values.iter().any(|v| v == value) {
            values.push(value.to_string());
        }
    }
    // The values an evolvable enum holds back unless asked, listed before or not ("… request header
    // to get the following value(s) in this evolvable enum: `faultedByContentOutdated`."): the names
    // after the colon of the sentence saying so, up to its end (names have no dots).
    for sentence in sentences(text) {
        let Some(at) = sentence.find("following value") else { continue };
        let Some((lead, tail)) = sentence[at..].split_once(':') else { continue };
        if !lead.contains("evolvable enum") {
            continue;
        }
        let names = tail.split('.').next().unwrap_or_default();
        for name in names.split(',').flat_map(|n| n.split(" and ")).flat_map(|n| n.split(" or ")) {
            let name = name.trim();
            let name = name.strip_prefix("and ").or_else(|| name.strip_prefix("or ")).unwrap_or(name).trim_matches('`');
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()) && !values.iter().any(|v| v == name)
            {
                values.push(name.to_string());
            }
        }
    }
    Some(values)
}

/// Whether `text` introduces a list of values in so many words ("Possible values are", "The
/// supported values for **x** are", "Supported colors:"), not by a colon alone.
pub(crate) fn introduces_values(text: &str) -> bool {
    introduced_values(text).is_some()
}

/// The values of an HTML list (`<li>`) without code spans, its items joined by
/// "; ": each a bare name (`None; Override; ReportFalsePositive`) or a name and its
/// meaning after a dash (`NotifySender -- Inform the sender. BlockAccess -- Block …`),
/// up to the first piece that is neither (a closing sentence). Two at least.
fn listed_items(rest: &str) -> Option<Vec<String>> {
    let name = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let mut values: Vec<String> = Vec::new();
    let mut explained = false;
    // The dash the list's items use (`--` or `-`): an item of the list uses it.
    let mut dash: Option<&str> = None;
    for piece in rest.split("; ").flat_map(|p| p.split(". ")) {
        let piece = piece.trim().trim_end_matches('.');
        let split = [" -- ", " - "].into_iter().find_map(|d| piece.split_once(d).map(|(h, m)| (d, h, m)));
        let (head, meaning) = match split {
            Some((d, head, meaning)) if dash.is_none_or(|used| used == d) => {
                dash = Some(d);
                (head.trim(), Some(meaning))
            }
            Some(_) => ("", None),
            None => (piece, None),
        };
        if name(head) && (meaning.is_some() || !explained) {
            explained |= meaning.is_some();
            if !values.iter().any(|v| v == head) {
                values.push(head.to_string());
            }
        } else if values.is_empty() || !explained {
            // A sentence after bare names ends the list; one inside an explained item
            // (its meaning's second sentence) does not.
            break;
        }
    }
    // `None; Override` or `None; NotifySender -- …`: the list form, not a plain sentence.
    let first = rest.split("; ").next().unwrap_or_default();
    let list_form = name(first.trim()) || first.contains(" -- ") || first.contains(" - ");
    (list_form && values.len() >= 2).then_some(values)
}

/// What introduces a list of values.
const INTRODUCTIONS: [&str; 18] = [
    "possible values are",
    "possible value is",
    "possible value:",
    "allowed value is",
    "accepts one value:",
    "accepted value is",
    "accepted values are",
    "accepts the following values:",
    "supported value is",
    "valid value is",
    "valid values are",
    "possible values:",
    "possible values include",
    "supported values are",
    "allowed values are",
    "the values are",
    "property values are",
    "values:",
];

/// The introductions that start a second list in the same text (not "values:", which
/// "Example values:" also ends with).
const SECOND_INTRODUCTIONS: [&str; 6] = [
    "possible values are",
    "valid values are",
    "possible values:",
    "possible values include",
    "supported values are",
    "allowed values are",
];

/// At most this many lists are read from one text (an Intune row writes two).
const MAX_LISTS: usize = 4;

fn introduced_values(text: &str) -> Option<Vec<String>> {
    let lower = text.to_ascii_lowercase();
    // Every introduction below says "value", but "Supported colors:".
    if !lower.contains("value") && !lower.contains("supported ") {
        return None;
    }
    // The end of the first of `keys` from `from` on, each at a word's start ("valid values
    // are", not "invalid values are").
    let first = |keys: &[&str], from: usize| {
        keys.iter()
            .filter_map(|k| {
                lower[from..]
                    .match_indices(k)
                    .map(|(i, _)| from + i)
                    .find(|&i| !lower[..i].ends_with(|c: char| c.is_ascii_alphabetic()))
                    .map(|i| i + k.len())
            })
            .min()
    };
    // The first introduction that lists something ("Valid values are case-sensitive. The
    // possible values are `a`, `b`." lists after its second).
    // Past the first, only introductions that cannot end "Example values:" count.
    let mut at = 0;
    let mut values = Vec::new();
    for attempt in 0..MAX_LISTS {
        at = if attempt == 0 {
            [first(&INTRODUCTIONS, at), values_for_subject(&lower), supported_kinds(&lower)]
                .into_iter()
                .flatten()
                .min()?
        } else {
            first(&SECOND_INTRODUCTIONS, at)?
        };
        values = text.get(at..).and_then(values_after).unwrap_or_default();
        if !values.is_empty() {
            break;
        }
    }
    if values.is_empty() {
        return None;
    }
    // A second list later in the text ("Possible values are: `none`, `x86`. Possible values
    // are: `none`, `x86`, `arm64`.", an Intune row written twice): its values too. A list in
    // code spans introduced by a sentence of its own is the enum's own, generated: a plain
    // list beside one is an older description's ("Possible values are unknown,settingsPolicy,…
    // . Possible values are: `unknown`, `deviceConfigurationAndCompliance`, …"), and gives
    // way; not to one a clause about another property introduces ("…, whose possible values
    // are: `sunday`, …").
    let own_sentence = |at: usize| {
        // After a stop, a colon ("Note:") or nothing; spaces after the stop may be missing.
        let head = lower[..at].trim_end_matches(':');
        let start = head.rfind(['.', ':', ';']).map_or(0, |i| i + 1);
        let intro = head[start..].trim();
        let known = |i: &str| INTRODUCTIONS.iter().any(|k| k.trim_end_matches(':') == i);
        known(intro) || intro.strip_prefix("the ").is_some_and(known)
    };
    let coded = |at: usize| {
        text.get(at..).is_some_and(|r| r.trim_start_matches([':', ' ']).starts_with('`')) && own_sentence(at)
    };
    let mut any_coded = coded(at);
    for _ in 1..MAX_LISTS {
        let Some(next) = first(&SECOND_INTRODUCTIONS, at) else { break };
        at = next;
        let more = text.get(at..).and_then(values_after).unwrap_or_default();
        if more.is_empty() {
            continue;
        }
        let this_coded = coded(at);
        if this_coded && !any_coded {
            values.clear();
        }
        if this_coded || !any_coded {
            for v in more {
                if !values.contains(&v) {
                    values.push(v);
                }
            }
        }
        any_coded |= this_coded;
    }
    Some(values)
}

/// The end of an introduction naming what the values are of, before a list in code
/// spans: "The supported values for **dataType** are: `string`, …", "the values for this
/// property are `builtIn`, …", "Supported values for card type include: `a`, …". The
/// word before "values" is one of an introduction's ("possible", "supported", …, not
/// "default" or "invalid"); at most four words between "for" and "are" or "include", in
/// one clause of a sentence that sets no condition ("When **mode** is `basic`, the
/// supported values for **size** are …" speaks of one case).
fn values_for_subject(lower: &str) -> Option<usize> {
    const QUALIFIERS: [&str; 7] = ["", "the", "possible", "supported", "valid", "allowed", "accepted"];
    lower
        .match_indices("values for ")
        .filter(|(i, _)| {
            let before = &lower[..*i];
            let sentence = &before[before.rfind(['.', ':', ';']).map_or(0, |s| s + 1)..];
            let qualifier = sentence.split_whitespace().last().unwrap_or_default();
            !before.ends_with(|c: char| c.is_ascii_alphabetic())
                && QUALIFIERS.contains(&qualifier)
                && !sentence.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == "when" || w == "if")
        })
        .find_map(|(i, k)| {
            let from = i + k.len();
            let window = lower.get(from..(from + 48).min(lower.len())).unwrap_or(&lower[from..]);
            // " are" or " include" as a word.
            let (at, verb) = [" are", " include"]
                .iter()
                .filter_map(|v| {
                    window
                        .match_indices(v)
                        .find(|(j, _)| !window[j + v.len()..].starts_with(|c: char| c.is_ascii_alphabetic()))
                        .map(|(j, _)| (j, *v))
                })
                .min()?;
            let subject = &window[..at];
            let end = from + at + verb.len();
            // In code spans; or plain after a placeholder's name (the usage reports' "The supported
            // values for {period_value} are: D7, D30, D90, and D180.").
            let listed = lower[end..].trim_start_matches([':', ' ']).starts_with('`')
                || (subject.starts_with('{') && subject.ends_with('}'));
            (subject.split_whitespace().count() <= 4 && !subject.contains(['.', ';', ',', '`']) && listed)
                .then_some(end)
        })
}

/// The end of "Supported <things>:" starting a sentence, before its list ("Supported colors: white;
/// blue; green.", a shift's `theme`).
fn supported_kinds(lower: &str) -> Option<usize> {
    lower.match_indices("supported ").find_map(|(i, k)| {
        let head = lower[..i].trim_end();
        let starts_sentence = head.is_empty() || head.ends_with(['.', ':', ';']);
        let rest = &lower[i + k.len()..];
        // One word, then the colon: read no further than the word (no scan to a far colon).
        let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let list = rest[len..].strip_prefix(':')?.trim_start();
        // In code, or names joined by semicolons (its first item ends at a `;`), not a prose
        // list of what something else takes ("Supported protocols: http, https, file and data.").
        let first_item_end = list.bytes().take(64).find(|b| matches!(b, b';' | b',' | b'.'));
        let listed = list.starts_with('`') || first_item_end == Some(b';');
        (starts_sentence && len > 0 && listed).then_some(i + k.len() + len + 1)
    })
}

/// The values a list right after its introduction names.
fn values_after(rest: &str) -> Option<Vec<String>> {
    let rest = rest.trim_start_matches([':', ' ']);
    let mut values = Vec::new();
    if rest.starts_with('`') {
        let mut in_code = false;
        // A remark on a value (`scopeKindNotSet` (unset; internal use)) does not end the list.
        let mut in_remark = 0usize;
        let mut current = String::new();
        // A code span inside a remark (`` `monthlyEnterprise` (`Monthly Enterprise Channel`) ``).
        let mut in_remark_code = false;
        // The list's values are phrases (`Not started`, `In progress`): a phrase does not end it.
        let mut phrases = false;
        // The text since the last value: "`user` or `group` when the **identitySource** is
        // `external`" names another property's value after a condition, not this one's.
        let mut gap = String::new();
        // The values so far are an HTML list's items (joined with "; "), not a sentence's.
        let mut joined = false;
        for (i, c) in rest.char_indices() {
            if !in_code && in_remark == 0 && c != '`' {
                gap.push(c);
            }
            match c {
                '`' if in_remark > 0 && !in_code => in_remark_code = !in_remark_code,
                _ if in_remark_code => {}
                '`' if in_code => {
                    in_code = false;
                    // A separator typed inside the span (`` `calendar,` `running` ``) is not the value's.
                    let v = current.trim().trim_end_matches(',').trim_end().to_string();
                    // A phrase after the values (", with corresponding update frequencies of `As soon
                    // as they're ready`, `Once a month`") is none of them, and ends the list.
                    let phrase = v.contains(char::is_whitespace) && !v.contains(',');
                    if phrase && !values.is_empty() && !phrases {
                        break;
                    }
                    phrases |= phrase && values.is_empty();
                    // One span listing several names (`Win32LobAppRegistryDetection, Win32LobApp…`,
                    // the derived types a rule may be) names no value.
                    // `null` is JSON's, not a member ("Possible values are: `null`, `x86`").
                    if !v.is_empty() && !v.contains(',') && v != "null" && !values.contains(&v) {
                        values.push(v);
                    }
                    current.clear();
                    gap.clear();
                }
                '`' if in_remark == 0 && !gap.contains(';') && gap.split(' ').any(|w| w == "when" || w == "if") => {
                    break;
                }
                '`' => in_code = true,
                c if in_code => current.push(c),
                '(' => in_remark += 1,
                ')' => in_remark = in_remark.saturating_sub(1),
                // Items of an HTML list (`<li>`) are joined with "; ": a description
                // of one (`ValueAddOnly` - flows adds; not removes) goes on to the next.
                ';' if in_remark == 0 && next_item_follows(&rest[i..]) => joined = true,
                // The list's last items written without code (`` `alternateMobileCall` (supported
                // only in registration).</li><li>fido</li><li>appPassword</li> ``): names to its end.
                ';' | '.'
                    if in_remark == 0
                        && (c == ';' || joined)
                        && let Some(names) = bare_items_to_end(&rest[i..]) =>
                {
                    for n in names {
                        if !values.contains(&n) {
                            values.push(n);
                        }
                    }
                    break;
                }
                // Values explained one by one (`team`—Indicates …. `groupChat`—Indicates …,
                // items broken apart with `<br>`): a sentence ending before the next goes on.
                '.' if in_remark == 0 && next_explained_item(&rest[i + 1..]) => gap.clear(),
                '.' | ';' if in_remark == 0 => break,
                '\n' => break,
                _ => {}
            }
        }
    } else if let Some(items) = listed_items(rest) {
        values = items;
    } else {
        // Plain lists need commas: "a, b, c" (an "and"/"or" before the last is fine, with or
        // without a comma before it); items may be quoted (`'default', 'australia' and 'asia'`,
        // a quote mistyped as another kind too).
        let sentence = rest.split(['.', ';']).next().unwrap_or("");
        let mut items: Vec<&str> = sentence.split(',').map(str::trim).collect();
        if items.len() < 2 {
            return None;
        }
        if let Some(last) = items.pop() {
            let joined = [" and ", " or "].iter().find_map(|w| last.split_once(w));
            match joined {
                Some((a, b)) => items.extend([a.trim(), b.trim()]),
                None => items.push(last),
            }
        }
        const QUOTES: [char; 6] = ['\'', '"', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}'];
        for item in items {
            let v = item.strip_prefix("and ").or_else(|| item.strip_prefix("or ")).unwrap_or(item).trim();
            let v = v.trim_matches(QUOTES);
            // `LightBlue=0`: the name, not its number.
            let v = v.split('=').next().unwrap_or(v).trim();
            if v.is_empty() || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return None;
            }
            values.push(v.to_string());
        }
    }
    Some(values)
}

/// Whether `rest` (after a sentence's full stop) starts with a value in code and its
/// meaning after a dash (`` `groupChat`—Indicates … ``).
fn next_explained_item(rest: &str) -> bool {
    let Some(code) = rest.trim_start().strip_prefix('`') else { return false };
    let Some(end) = code.find('`') else { return false };
    let after = code[end + 1..].trim_start();
    !code[..end].is_empty() && ["—", "–", "- ", "-- "].iter().any(|d| after.starts_with(d))
}

/// From a `;` or `.` on, the rest of an HTML list's joined items when every one is a bare
/// name (`; fido; appPassword; unknownFutureValue`).
fn bare_items_to_end(rest: &str) -> Option<Vec<String>> {
    // An item ending in a full stop is joined to the next by a space alone.
    let rest = match rest.strip_prefix('.') {
        Some(after) => after.strip_prefix(';').unwrap_or(after),
        None => rest.strip_prefix(';')?,
    };
    // Up to a sentence after the list ("… unknownFutureValue. Supports `$filter`.").
    let rest = rest.split(". ").next().unwrap_or(rest);
    let names: Vec<String> = rest.split(';').map(|item| item.trim().trim_end_matches('.').to_string()).collect();
    // Items of a list: two at least (not a last word after a sentence).
    let all_names = names.iter().all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    (names.len() >= 2 && all_names).then_some(names)
}

/// Whether `rest` (from a `;` on) reaches another list item (`; \`x\``) before
/// its sentence ends.
fn next_item_follows(rest: &str) -> bool {
    let sentence = rest.find(". ").map_or(rest, |end| &rest[..end]);
    sentence.match_indices("; `").any(|(at, _)| sentence[at + 3..].contains('`'))
}

/// Two or more inline-code identifiers right after `: `, `either `, `one of ` or ` include `, joined
/// only by commas, "or" and "and", and ending the sentence (or the text).
fn code_list(text: &str) -> Option<Vec<String>> {
    // "…, one of `self`, `delegated` or `entityOwners`." too.
    let starts = text
        .match_indices(": `")
        .map(|(i, _)| i + 2)
        .chain(text.match_indices("either `").map(|(i, _)| i + 7))
        // "The typical states include `Initializing`, …, and `AutoReviewed`." (the older access review).
        // Not "Example values include `a`, `b`" (the targetResource's `type`): examples, not all of them.
        .chain(
            text.match_indices(" include `")
                .filter(|(i, _)| {
                    !text[..*i].split_whitespace().rev().take(2).any(|w| w.to_ascii_lowercase().starts_with("example"))
                })
                .map(|(i, _)| i + 9),
        )
        // (Not "none of `a` or `b`", nor "exactly one of `startDateTime` or `duration`": members, not values.)
        .chain(
            text.match_indices("one of `")
                .filter(|(i, _)| {
                    let before = &text[..*i];
                    !before.ends_with(|c: char| c.is_ascii_alphanumeric()) && !before.ends_with("exactly ")
                })
                .map(|(i, _)| i + 7),
        );
    starts.filter_map(|at| code_list_at(&text[at..])).next()
}

fn code_list_at(rest: &str) -> Option<Vec<String>> {
    let (values, rest) = code_run(rest)?;
    let ends_sentence = rest.trim_start().is_empty() || rest.starts_with(['.', ';', ')']);
    ends_sentence.then_some(values)
}

/// Two or more inline-code identifiers from the start of `rest`, joined only by commas, "or"
/// and "and"; and the text after them.
fn code_run(mut rest: &str) -> Option<(Vec<String>, &str)> {
    let mut values = Vec::new();
    loop {
        let body = rest.strip_prefix('`')?;
        let end = body.find('`')?;
        // A separator typed inside the span (`` `calendar,` `running` ``): the value is before it.
        let (value, comma_inside) = match body[..end].strip_suffix(',') {
            Some(v) => (v, true),
            None => (&body[..end], false),
        };
        if value.is_empty() || !value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        if !values.iter().any(|v| v == value) {
            values.push(value.to_string());
        }
        rest = &body[end + 1..];
        // A comma without its space (`` `Starting`,`InProgress` ``) separates too.
        let separated = [", or ", ", and ", ", ", ",", " or ", " and "]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))
            .or_else(|| rest.strip_prefix(' ').filter(|_| comma_inside));
        match separated {
            Some(next) if next.starts_with('`') => rest = next,
            _ => break,
        }
    }
    (values.len() >= 2).then_some((values, rest))
}

/// The values a sentence lists for a parameter it names, in code right after a word saying
/// they are its values ("which supports the values `A` and `B`, based on …", "with values `A`
/// or `B` to select …"): two or more, each a name. Not in a sentence denying them ("doesn't
/// support the values …"), giving examples ("for example, values …"), or saying there are
/// others ("the other values", "in addition to the values", "among others").
pub(crate) fn values_listed(sentence: &str) -> Vec<String> {
    let lower = sentence.to_ascii_lowercase();
    let open = [
        "for example",
        "example values",
        "e.g.",
        "such as",
        "other values",
        "additional values",
        "in addition to",
        "among others",
        "including",
    ];
    if open.iter().any(|p| lower.contains(p)) {
        return Vec::new();
    }
    const SAYING: [&str; 8] = ["supports", "accepts", "takes", "with", "allows", "possible", "supported", "allowed"];
    lower
        .match_indices("values `")
        .filter(|(at, _)| !lower[..*at].ends_with(|c: char| c.is_ascii_alphanumeric()))
        .filter(|(at, _)| {
            let before: Vec<&str> = words(&lower[..*at]).collect();
            let mut near = before.iter().rev().skip_while(|w| **w == "the");
            near.next().is_some_and(|w| SAYING.contains(w)) && !before.iter().rev().take(5).any(|w| is_negation(w))
        })
        .find_map(|(at, w)| code_run(&sentence[at + w.len() - 1..]).map(|(values, _)| values))
        .unwrap_or_default()
}

/// The words of the sentences saying what a member is "required for" ("Optional for **delta**
/// on events. Required for **delta** on **calendarView**." → `delta`, `on`, `calendarview`),
/// lowercase: the case it is required in.
pub(crate) fn required_for_words(description: &str) -> Vec<&str> {
    sentences(description)
        .filter_map(|s| {
            let at = s.to_ascii_lowercase().find("required for ")?;
            Some(&s[at + "required for ".len()..])
        })
        .flat_map(|rest| rest.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()))
        .collect()
}

/// "The binding parameter of the action.": a row for the entity the path addresses (OData's
/// bound operation), which is neither an argument nor a body member.
pub(crate) fn is_binding_parameter(description: &str) -> bool {
    description.trim_start().to_ascii_lowercase().starts_with("the binding parameter")
}

/// "This method doesn't return anything in the response body", "no response body".
pub(crate) fn says_no_body(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["not return anything", "doesn't return anything", "no response body"].iter().any(|m| lower.contains(m))
        // "If successful, this method returns `202, Accepted` response code and empty response body."
        // (not "non-empty"); not another outcome's ("If the `Prefer: return=minimal` header is sent, it
        // returns a `204 No Content` … and an empty response body.").
        || sentences(&lower).any(|s| {
            let s = s.trim_start();
            // "If successful, …", "If the request is successful, …", "When successful, …": the success's.
            let condition = s.split(',').next().unwrap_or_default();
            let another_outcome = (s.starts_with("if ") || s.starts_with("when ")) && !condition.contains("succe");
            !another_outcome
                && s.match_indices("empty response body")
                    .any(|(at, _)| !s[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '-'))
        })
}

/// A lowercase word without its plural ending, so that singular and plural
/// compare equal (`policies`, `policy` → `polic`; `cookies`, `cookie` → `cook`;
/// `messages` → `message`).
pub(crate) fn singular(word: &str) -> &str {
    word.strip_suffix("ies")
        .or_else(|| word.strip_suffix('y'))
        .or_else(|| word.strip_suffix("ie"))
        .or_else(|| word.strip_suffix("sses").map(|_| &word[..word.len() - 2]))
        .or_else(|| word.strip_suffix('s').filter(|w| !w.ends_with('s')))
        .unwrap_or(word)
}

/// Whether a lowercase word's plural takes `es` (`boxes`, `matches`, `statuses`).
pub(crate) fn is_sibilant(word: &str) -> bool {
    word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh")
}

/// The plural of a name, in whatever case or spelling its last word has
/// (`catalogEntry` → `catalogEntries`, `box` → `boxes`, `key` → `keys`).
pub(crate) fn plural(name: &str) -> String {
    match name.strip_suffix('y').filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u'])) {
        Some(stem) => format!("{stem}ies"),
        None if is_sibilant(name) => format!("{name}es"),
        None => format!("{name}s"),
    }
}

/// One item of a collection named in the plural, the inverse of [`plural`]
/// (`policies` → `policy`, `tasks` → `task`, `statuses` → `status`, `cases` → `case`).
pub(crate) fn item_name(collection: &str) -> String {
    if let Some(stem) = collection.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = collection.strip_suffix("es").filter(|s| is_sibilant(s)) {
        // `addresses`, `statuses`, `aliases`, `canvases`; but `cases`, `responses`, `licenses` end in `se`.
        let lower = stem.to_ascii_lowercase();
        let plural_of_se =
            stem.ends_with('s') && !["ss", "us", "ias", "canvas", "atlas"].iter().any(|e| lower.ends_with(e));
        if plural_of_se { format!("{stem}e") } else { stem.to_string() }
    } else if let Some(stem) = collection.strip_suffix('s').filter(|s| !s.ends_with('s')) {
        stem.to_string()
    } else {
        collection.to_string()
    }
}

/// Each code span of `text` (`` `x` ``): the text since the previous span, the span's
/// content, and the rest of the text after it.
pub(crate) fn code_spans(text: &str) -> impl Iterator<Item = (&str, &str, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let open = rest.find('`')?;
        let len = rest[open + 1..].find('`')?;
        let span = (&rest[..open], &rest[open + 1..open + 1 + len], &rest[open + 2 + len..]);
        rest = span.2;
        Some(span)
    })
}

/// A lowercase text's words: runs of letters and apostrophes (`doesn't`); a typographic
/// apostrophe splits its word (`doesn’t` → `doesn`), whose lone `t` is left out.
pub(crate) fn words(lower: &str) -> impl DoubleEndedIterator<Item = &str> {
    lower.split(|c: char| !c.is_ascii_alphabetic() && c != '\'').filter(|w| !w.is_empty() && *w != "t")
}

/// Whether a word of [`words`] negates ("not", "doesn't", "doesn" of "doesn’t").
pub(crate) fn is_negation(word: &str) -> bool {
    ["not", "no", "cannot", "doesn't", "don't", "isn't", "aren't", "doesn", "don", "isn", "aren"].contains(&word)
}

/// A text's sentences, cut after `. `, `." ` and `; ` (so `microsoft.graph.x` stays whole).
pub(crate) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(". ").flat_map(|s| s.split_inclusive(".\" ")).flat_map(|s| s.split_inclusive("; "))
}

/// The success statuses prose names as outcomes, those in inline code
/// (`` `200 OK` ``) first: "`201 Created` if the item was created or `200 OK`
/// if it was replaced" → 201, 200. The first is the operation's.
pub fn statuses_in_prose(text: &str) -> Vec<u16> {
    // "If an error occurred …, this method returns a `207` status code" is not the outcome.
    statuses_where(text, |sentence| {
        let condition = sentence.split(',').next().unwrap_or_default().to_ascii_lowercase();
        !condition.contains("error") && !condition.contains("fail")
    })
}

/// Every success status the prose names, outcome or not (what an example may show).
pub(crate) fn statuses_named(text: &str) -> Vec<u16> {
    statuses_where(text, |_| true)
}

/// The success statuses of the sentences `keep` keeps, those in inline code first.
fn statuses_where(text: &str, keep: impl Fn(&str) -> bool) -> Vec<u16> {
    let mut code_candidates = Vec::new();
    let mut plain_candidates = Vec::new();
    // The success statuses (with their reason phrase) of a sentence saying what the method
    // returns with plain statuses only, before any in code, lead ("In most cases, this method
    // returns a 204, No Content. It can also return a `200 OK` …").
    let mut plain_lead: Vec<u16> = Vec::new();
    for sentence in text.split_inclusive(". ").filter(|s| keep(s)) {
        let (codes_before, plain_before) = (code_candidates.len(), plain_candidates.len());
        statuses(sentence, &mut code_candidates, &mut plain_candidates);
        if codes_before == 0 && code_candidates.is_empty() && plain_before == 0 && !plain_candidates.is_empty() {
            let lower = sentence.to_ascii_lowercase();
            let returns = lower.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == "returns" || w == "return");
            let phrased = |code: u16| {
                let reason = crate::extract::response::reason(code).to_ascii_lowercase();
                (200..300).contains(&code)
                    && (lower.contains(&format!("{code} {reason}")) || lower.contains(&format!("{code}, {reason}")))
            };
            if returns {
                plain_lead = plain_candidates.iter().copied().filter(|&c| phrased(c)).collect();
            }
        }
    }
    let mut out: Vec<u16> = Vec::new();
    for code in plain_lead.into_iter().chain(code_candidates).chain(plain_candidates) {
        if !out.contains(&code) {
            out.push(code);
        }
    }
    out
}

/// The success statuses in `text`: in backticks, and plain with a reason phrase.
fn statuses(text: &str, code_candidates: &mut Vec<u16>, plain_candidates: &mut Vec<u16>) {
    let mut in_code = false;
    for (i, c) in text.char_indices() {
        if c == '`' {
            in_code = !in_code;
            continue;
        }
        if !c.is_ascii_digit() || text[..i].ends_with(|p: char| p.is_ascii_alphanumeric()) {
            continue;
        }
        let digits: String = text[i..].chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.len() != 3 {
            continue;
        }
        let Ok(mut code) = digits.parse::<u16>() else { continue };
        // `201 No Content`: the reason phrase is the status meant (its example says `204`).
        if text[i + 3..].trim_start().to_ascii_lowercase().starts_with("no content") {
            code = 204;
        }
        // Success statuses only: "returns `404 Not Found` if ..." is not the outcome.
        if !(100..400).contains(&code) {
            continue;
        }
        let after = &text[i + 3..];
        // `201 Created`, and `201, Created` as some pages write it.
        // "returns a 200 response code": a status by what follows it.
        let called = ["response code", "status code"].iter().any(|w| {
            after.strip_prefix(' ').is_some_and(|r| r.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)))
        });
        let reason = called
            || after
                .strip_prefix(' ')
                .or_else(|| after.strip_prefix(", "))
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()));
        if in_code && (reason || after.starts_with('`')) {
            code_candidates.push(code);
        } else if reason {
            plain_candidates.push(code);
        }
    }
}

/// A description that makes its property or parameter required ("Required."),
/// not conditionally ("Required when …").
pub fn says_required(description: &str) -> bool {
    if !description.contains("equired") {
        return false;
    }
    // "Required for hybrid tenants. If omitted, …": what may be omitted is optional.
    let lower = description.to_ascii_lowercase();
    if may_be_omitted(&lower) {
        return false;
    }
    if calls_itself_required(&lower) {
        return true;
    }
    // "This property is required when a user is created."
    if required_when_created(&lower) {
        return true;
    }
    if !description.contains("Required") {
        return false;
    }
    // The word itself (not `PinRequired`), not "Not Required", and not "Required
    // if/when/unless/only/where …": a condition the contract cannot state.
    description.match_indices("Required").any(|(at, mark)| {
        let before = &description[..at];
        let next =
            description[at + mark.len()..].trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        !before.ends_with(|c: char| c.is_alphanumeric())
            && !negated(&before.to_ascii_lowercase())
            && !matches!(next, "if" | "when" | "unless" | "only" | "where")
            // "Required format: `/subscriptions/…`": the value's form, not a mark.
            && !matches!(next, "format" | "syntax" | "pattern" | "length")
            // "Required for upsert behavior, otherwise the request is treated as an update".
            && (next != "for" || !lower.contains("otherwise"))
            && (next != "for" || !for_some(&lower[at + mark.len()..]))
    })
}

/// "Inherited from [x] and required field.", "This is a required property." (lowercase): the
/// member named required in so many words, with nothing after the noun to make it a condition
/// ("a required property when creating any individual policy").
fn calls_itself_required(lower: &str) -> bool {
    sentences(lower).any(|sentence| {
        ["required field", "required property", "required parameter"].iter().any(|noun| {
            sentence.match_indices(noun).any(|(at, _)| {
                let before = sentence[..at].trim_end();
                let rest = &sentence[at + noun.len()..];
                let bare = before.trim_end_matches(" a").trim_end_matches(" and");
                // Not a condition before it ("When `kind` is `custom`, this is …").
                let conditional =
                    ["when ", "if ", "unless ", "only "].iter().any(|w| before.trim_start().starts_with(w));
                [" a", " and", " is"].iter().any(|w| before.ends_with(w) || before == w.trim_start())
                    && !negated(bare)
                    && !bare.ends_with("no longer")
                    && !bare.ends_with("never")
                    && !conditional
                    // More of the member may follow ("… and can't be changed after creation").
                    && (rest.trim().is_empty() || rest.starts_with(['.', ',', ';', ')']) || rest.starts_with(" and "))
            })
        })
    })
}

/// "for users that will be assigned licenses", "for application permissions", "for searches
/// that use application permissions": what follows "Required" naming some callers or values
/// only (in a lowercase text), not every call ("for every call", "for answering a call").
fn for_some(after_mark: &str) -> bool {
    let phrase = after_mark.split(['.', ';']).next().unwrap_or_default();
    [" that ", " who ", " whose ", " which ", "application permission", "delegated permission", "app-only"]
        .iter()
        .any(|w| phrase.contains(w))
}

/// A description requiring its property of creates alone: "Required on create.", "Required
/// during the create operation.", "This property is required when a user is created." What a
/// create must send, which a type's page can say of its members (not "Required.", which such
/// pages also write of what reads always return).
pub(crate) fn says_required_on_create(description: &str) -> bool {
    if !description.contains("equired") {
        return false;
    }
    let lower = description.to_ascii_lowercase();
    if may_be_omitted(&lower) {
        return false;
    }
    const ON_CREATE: [&str; 5] = [
        "required on create",
        "required on creation",
        "required at creation",
        "required during creation",
        "required during the create operation",
    ];
    required_when_created(&lower)
        || ON_CREATE.iter().any(|w| {
            lower.match_indices(w).any(|(at, _)| {
                let rest = &lower[at + w.len()..];
                // Not "Required on create for Windows devices.": a condition of its own.
                !negated(&lower[..at]) && (rest.is_empty() || rest.starts_with(['.', ',', ';', ')']))
            })
        })
}

/// "required when a user is created" (not "not required when …"), in a lowercase text.
fn required_when_created(lower: &str) -> bool {
    lower
        .match_indices("required when")
        .any(|(at, _)| !negated(&lower[..at]) && when_created(&lower[at + "required".len()..]))
}

/// Whether a lowercase text ends in a negation ("not", "isn't") of what follows it.
pub(crate) fn negated(before: &str) -> bool {
    let before = before.trim_end();
    before.ends_with("not") || before.ends_with("n't") || before.ends_with("n’t")
}

/// "… when a user is created" (lowercase), after a "Required": the condition is the create itself, which a
/// create's body always meets (an update's drops what creates require). Not a creation of
/// something more particular ("when a group is created with …", "when a user is created by an admin").
fn when_created(after: &str) -> bool {
    let lower = after.trim_start();
    // "… when a user is created", "… when creating the object".
    let (subject, rest) = if let Some(rest) =
        ["when a ", "when an ", "when the "].iter().find_map(|w| lower.strip_prefix(w))
    {
        let Some(split) = rest.split_once(" is created") else { return false };
        split
    } else if let Some(rest) = ["when creating a ", "when creating an ", "when creating the ", "when creating this "]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
    {
        rest.split_once(['.', ',', ';']).map_or((rest, ""), |(subject, _)| (subject, "."))
    } else {
        return false;
    };
    // Then the sentence ends, or says what follows of the create ("… and it cannot be cleared
    // during updates"), not a condition ("… and mailEnabled is true").
    subject.split(' ').count() <= 2
        && subject.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ')
        && (rest.is_empty()
            || rest.starts_with(['.', ',', ';'])
            || ["and it can", "and can"].iter().any(|w| rest.trim_start().starts_with(w)))
}

/// A text's prose: its inline code (`` `systemDefault` ``) left out, a space in its place.
pub(crate) fn outside_code(text: &str) -> String {
    text.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

/// A description saying its property is deprecated now: "(Deprecated) Name of the tab.", "[deprecated] Use …",
/// "Deprecated. Don't use.", "… (deprecated)", "… - Deprecated", "Deprecated -- use x
/// instead", "The **offer** property is deprecated and will stop returning data …", "This
/// property is deprecated." Not one to come ("To be deprecated.", "will be deprecated") nor a
/// value named so ("`Available` and `Deprecated`", "0 - Available, 1 - Deprecated").
pub(crate) fn says_deprecated(description: &str) -> bool {
    // Read for every table row: only text holding the word is lowered.
    if !description.contains("eprecated") && !description.contains("EPRECATED") {
        return false;
    }
    let prose = outside_code(&description.to_ascii_lowercase());
    sentences(&prose).any(|s| {
        let s = s.trim().trim_end_matches(['.', ' ']);
        s == "deprecated"
            || s.starts_with("(deprecated)")
            // Intune's "\[deprecated\] Please use InitiatedByUserPrincipalName instead."
            || s.starts_with("[deprecated]")
            || s.starts_with("deprecated:")
            // "Deprecated -- use `driveItem` instead.", "Order Identifier of the device - Deprecated";
            // not a value named so ("0 - Available, 1 - Deprecated", "Deprecated - the attribute …").
            || s.starts_with("deprecated --")
            || s.starts_with("deprecated \u{2014} ")
            || ["- deprecated", "\u{2013} deprecated", "\u{2014} deprecated"].iter().any(|d| {
                s.strip_suffix(d).is_some_and(|before| {
                    !before.contains(',') && !before.trim_end().ends_with(|c: char| c.is_ascii_digit())
                })
            })
            || s.ends_with("(deprecated)")
            || s.ends_with("[deprecated]")
            || s.contains("property is deprecated")
            || s.contains("field is deprecated")
    })
}

/// A description that makes its row required only sometimes ("This property is
/// required only for keys of type …", "Required if …"): under a sentence calling
/// every row required, such a row stays optional.
pub fn says_required_sometimes(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    may_be_omitted(&lower)
        || ["required only", "only required", "required if", "required when", "required unless"]
            .iter()
            .any(|w| lower.contains(w))
        || lower.match_indices("required for ").any(|(at, w)| for_some(&lower[at + w.len() - 1..]))
        || one_of_a_pair(&lower)
}

/// "Either this property or **appScopeId** is required.": one row of two of which one is
/// sent (in a lowercase text).
pub(crate) fn one_of_a_pair(lower: &str) -> bool {
    sentences(lower).any(|s| {
        let s = s.trim();
        s.starts_with("either this ") && s.contains(" or ") && s.trim_end_matches('.').ends_with("is required")
    })
}

/// "If not supplied, the default is …", "if omitted", "If omitted for a cloud-only password, the
/// system returns a system-generated password", "passing `null` or not including the
/// field preserves the existing value": a lowercase description of something optional; not
/// "If omitted, the request fails", nor "Don't omit the field".
pub(crate) fn may_be_omitted(lower: &str) -> bool {
    [
        "if omitted",
        "when omitted",
        "if it's omitted",
        "if you omit",
        "if not specified",
        "when not specified",
        "isn't specified",
        "is not specified",
        "if not provided",
        "if not supplied",
        "if not included",
        "if not set",
        "if you don't include",
        "not including the field",
        "not including this",
        "omit the field",
        "omitting the field",
        "omit this",
        "leave it out",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && !lower.contains("fail")
        && !["don't omit", "do not omit", "never omit"].iter().any(|w| lower.contains(w))
}

/// "This property is a multi-valued enumeration", "a flagged enumeration": an enum whose
/// value is a comma-separated set of its members (OData's flags). Read for every table
/// row: only text holding one of the words is lowered.
pub(crate) fn says_multi_valued(text: &str) -> bool {
    if shows_combined_value(text) {
        return true;
    }
    if !text.contains("alued") && !text.contains("lag") {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    ["multi-valued enum", "multivalued enum", "flagged enum", "flags enum", "property is multi-valued"]
        .iter()
        .any(|m| lower.contains(m))
}

/// "If selecting more than one value, all values must start with the first letter in
/// uppercase" (Shifts' `workforceIntegrationSupportedEntities`): one value of the row's type may
/// hold several members, OData's flags (for a row typed as one value, not a list).
pub(crate) fn says_more_than_one_value(text: &str) -> bool {
    if !text.contains("more than one value") {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    [
        "selecting more than one value",
        "select more than one value",
        "specify more than one value",
        "specifying more than one value",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

/// "The possible values are: `none`, `newPartners`, `existingPartners`. You can also specify
/// multiple values like `newPartners,existingPartners`": a code span joining, with commas, two or
/// more values the text writes as code spans of their own is a combined value of flags.
fn shows_combined_value(text: &str) -> bool {
    if !text.contains(',') || !text.contains('`') {
        return false;
    }
    let spans: Vec<&str> = text.split('`').skip(1).step_by(2).collect();
    spans.iter().any(|span| {
        let parts: Vec<&str> = span.split(',').map(str::trim).collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()) && spans.iter().any(|s| s == p))
    })
}

/// Whether the text is (or contains) a TODO placeholder, or the page template's
/// "PROVIDE DESCRIPTION HERE" or "[PLACEHOLDER DESCRIPTION i.e. …]".
pub fn is_todo(text: &str) -> bool {
    text.contains("TODO") || text.contains("PROVIDE DESCRIPTION HERE") || text.contains("PLACEHOLDER DESCRIPTION")
}

/// The first link in `p` to a resource page: the type name its text gives,
/// and the page's file stem (see [`super::page_stem`]).
pub(crate) fn resource_link(p: &crate::markdown::Inline) -> Option<(String, String)> {
    p.links.iter().find_map(type_link)
}

/// A link to a type's page: the type's name and the page's stem.
pub(super) fn type_link(l: &crate::markdown::Link) -> Option<(String, String)> {
    let target = l.target.to_ascii_lowercase();
    let page_link = target.split(['#', '?']).next().is_some_and(|path| path.ends_with(".md"))
        && !target.contains("/api/")
        && !target.contains("concepts")
        && !target.starts_with("http");
    let name = super::types::strip_namespace(l.text.trim().trim_matches('`'));
    let stem = super::page_stem(&target)?;
    (page_link && !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .then_some((name, stem))
}

/// The types a sentence offers beside the first it links, each joined to the
/// one before by "or", "and/or" or a comma: "a [socialIdentityProvider](…) or a
/// [builtinIdentityProvider](…) object", "[user](…), [group](…), or [device](…)",
/// "a collection of [user](…) and/or [group](…) objects". Each as its name and
/// the linked page's stem.
pub(crate) fn alternative_links(p: &crate::markdown::Inline) -> Vec<(String, String)> {
    // "Supported types are [a], [b] and [c]", "a collection of [a] and [b] objects": a list
    // of kinds, "and" joining alternatives too.
    let kinds_listed = |first_at: usize| {
        let lower = p.text.to_ascii_lowercase();
        let before = lower.get(..first_at).unwrap_or_default().trim_end();
        lower.contains("supported types are")
            || lower.contains("one of the following")
            || before.ends_with("collection of")
            || before.ends_with("list of")
    };
    let mut first_at = 0;
    let mut out = Vec::new();
    let mut cursor = 0;
    let mut previous_end: Option<usize> = None;
    for l in &p.links {
        let Some(at) = p.text.get(cursor..).and_then(|rest| rest.find(l.text.as_str())).map(|i| i + cursor) else {
            break;
        };
        let end = at + l.text.len();
        match (type_link(l), previous_end) {
            (Some(_), None) => {
                first_at = at;
                previous_end = Some(end);
            }
            (Some(link), Some(before)) => {
                let between = p.text[before..at].trim().to_ascii_lowercase();
                // "the [x] object or the [y] object": the kind's word and article aside.
                let between = ["object", "objects", "resource", "type"]
                    .iter()
                    .find_map(|w| between.strip_prefix(w).filter(|r| r.starts_with([' ', ','])))
                    .map_or(between.as_str(), str::trim_start);
                let between = between.trim_end_matches(" the").trim_end_matches(" an").trim_end_matches(" a");
                let and = matches!(between, "and" | ", and") && kinds_listed(first_at);
                if !and && !matches!(between, "or" | "and/or" | "," | ", or" | ", and/or" | ", a" | ", an") {
                    break;
                }
                out.push(link);
                previous_end = Some(end);
            }
            (None, Some(_)) => break,
            (None, None) => {}
        }
        cursor = end;
    }
    out
}

/// The type a sentence names without a link: "a JSON representation for the
/// `x` object" → `x` (a camelCase identifier followed by "object").
pub(crate) fn unlinked_representation(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("representation ")? + "representation ".len();
    let mut words = text[at..].split_whitespace();
    let (preposition, article) = (words.next()?.to_ascii_lowercase(), words.next()?.to_ascii_lowercase());
    if !matches!(preposition.as_str(), "of" | "for") || !matches!(article.as_str(), "the" | "a" | "an") {
        return None;
    }
    let name = words.next()?.trim_matches(['`', '*', '_']);
    let follows = words.next()?.trim_end_matches(['.', ',', ':']).to_ascii_lowercase();
    let camel = name.starts_with(|c: char| c.is_ascii_lowercase()) && name.chars().any(|c| c.is_ascii_uppercase());
    (camel && super::is_type_name(name) && matches!(follows.as_str(), "object" | "objects" | "resource"))
        .then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    /// The same HTML list with the cell's usual sentence after it (`</ul> Supports `$filter``).
    #[test]
    fn an_html_list_s_bare_last_items_before_a_sentence_are_values() {
        let text = "Possible values are: `email`; `mobileSMS`; `securityQuestion` (only used for self-service password reset); `alternateMobileCall` (supported only in registration). fido; appPassword; unknownFutureValue. Supports `$filter` (`eq`).";
        let values = super::possible_values(text).unwrap();
        assert!(values.iter().any(|v| v == "fido") && values.iter().any(|v| v == "unknownFutureValue"), "{values:?}");
    }

    /// beta's multitenant organization templates: one value joining two listed ones.
    #[test]
    fn a_value_joining_listed_values_with_commas_is_of_flags() {
        let text = "The possible values are: `none`, `newPartners`, `existingPartners`, `unknownFutureValue`. You can also specify multiple values like `newPartners,existingPartners` (default).";
        assert!(super::says_multi_valued(text));
        // A list alone, or a code span of words the text does not list, is not.
        assert!(!super::says_multi_valued("The possible values are: `none`, `newPartners`, `existingPartners`."));
        assert!(!super::says_multi_valued("Possible values are: `a`, `b`. For example `$select=id,name`."));
    }

    /// virtualEventRegistrationPredefinedQuestion's `label`: the sentinel in a sentence after the list.
    #[test]
    fn the_sentinel_named_after_a_list_is_one_of_its_values() {
        let text = "The following label values accept a single line of text: `street`, `city`, and `organization`. `unknownFutureValue` is an evolvable enumeration sentinel value; do not use this label.";
        assert_eq!(super::possible_values(text).unwrap(), ["street", "city", "organization", "unknownFutureValue"]);
        assert_eq!(super::possible_values("Use `unknownFutureValue` with care."), None, "no list");
        let named = "The possible values are: `1` (for `operatingSystemVolume`), and `4` (for `unknownFutureValue`).";
        assert_eq!(super::possible_values(named).unwrap(), ["1", "4"], "the name of a listed value");
    }

    /// timeOffReason's `iconType`: one value's comma typed inside its code span.
    #[test]
    fn a_comma_inside_a_value_s_code_span_separates() {
        let listed = ["none", "car", "calendar", "running", "plane"];
        let text = "Supported icon types are: `none`, `car`, `calendar,` `running`, `plane`. Required.";
        assert_eq!(super::possible_values(text).unwrap(), listed);
        let text = "The possible values are: `none`, `car`, `calendar,` `running`, `plane`. Required.";
        assert_eq!(super::possible_values(text).unwrap(), listed);
    }

    /// A sentence of plain words after the list (flags of the member, not values).
    #[test]
    fn plain_words_after_a_list_are_not_values() {
        let text = "Possible values are: `allow`, `block`. Optional; Nullable";
        assert_eq!(super::possible_values(text).unwrap(), ["allow", "block"]);
    }

    #[test]
    fn an_html_list_s_last_items_without_code_are_values() {
        // beta's usageAuthMethod row, its `<li>` items joined with "; ".
        let text = "Possible values are: `email`; `mobileSMS`; `securityQuestion` (only used for self-service password reset); `alternateMobileCall` (supported only in registration). fido; appPassword; unknownFutureValue";
        assert_eq!(
            super::possible_values(text).unwrap(),
            [
                "email",
                "mobileSMS",
                "securityQuestion",
                "alternateMobileCall",
                "fido",
                "appPassword",
                "unknownFutureValue"
            ]
        );
        // A sentence after the list is none of its values.
        let text = "Possible values are: `a`, `b`. See the overview for details.";
        assert_eq!(super::possible_values(text).unwrap(), ["a", "b"]);
    }

    #[test]
    fn template_placeholders_are_todos() {
        assert!(super::is_todo("**TODO: Add Description**"));
        assert!(super::is_todo("PROVIDE DESCRIPTION HERE"));
        assert!(super::is_todo(
            "[PLACEHOLDER DESCRIPTION i.e. Disable attendee email notification for a virtual event.]"
        ));
        assert!(!super::is_todo("Provide the description here when you create the label."));
    }

    #[test]
    fn alternatives_a_sentence_offers_beside_its_first_type() {
        use crate::markdown::{Inline, Link};
        let alternative_links =
            |p: &Inline| -> Vec<String> { alternative_links(p).into_iter().map(|(n, _)| n).collect() };
        let link = |t: &str| Link { text: t.into(), target: format!("../resources/{}.md", t.to_ascii_lowercase()) };
        let p = |text: &str, links: &[&str]| Inline {
            text: text.into(),
            links: links.iter().map(|t| link(t)).collect(),
            ..Inline::default()
        };
        let listed = p("a collection of user, group, or device objects", &["user", "group", "device"]);
        assert_eq!(alternative_links(&listed), ["group", "device"]);
        let or = p(
            "a socialIdentityProvider or a builtinIdentityProvider object",
            &["socialIdentityProvider", "builtinIdentityProvider"],
        );
        assert_eq!(alternative_links(&or), ["builtinIdentityProvider"]);
        let either = p("a collection of user and/or group objects", &["user", "group"]);
        assert_eq!(alternative_links(&either), ["group"]);
        let and = p("a user object and its manager", &["user", "manager"]);
        assert!(alternative_links(&and).is_empty());
        let kinds = p(
            "Supply the resource. Supported types are excelResource, fileResource and wordResource.",
            &["excelResource", "fileResource", "wordResource"],
        );
        assert_eq!(alternative_links(&kinds), ["fileResource", "wordResource"]);
        let mixed = p(
            "a `200 OK` response code and a collection of application and servicePrincipal objects",
            &["application", "servicePrincipal"],
        );
        assert_eq!(alternative_links(&mixed), ["servicePrincipal"]);
        let worded = p(
            "either supply a JSON representation of the emailContent object or the emailUrl object.",
            &["emailContent", "emailUrl"],
        );
        assert_eq!(alternative_links(&worded), ["emailUrl"], "each with its kind's word and article");
        let and_object = p("a user object and the group it joins", &["user", "group"]);
        assert!(alternative_links(&and_object).is_empty());
    }

    use super::*;

    #[test]
    fn required_unless_a_condition_follows() {
        assert!(says_required("The model of the printer. Required."));
        assert!(says_required("Required. The name."));
        // beta's URL threat submission create: the noun says it, lowercase.
        assert!(says_required(
            "Inherited from [threatSubmission](x.md) and required field. The possible values are: `spam`."
        ));
        assert!(says_required("The name. This is a required property."));
        assert!(!says_required("The name. This is not a required field."));
        assert!(!says_required("This isn't a required property."));
        assert!(!says_required("This is a required property when creating any individual per-platform policies."));
        assert!(!says_required("The list of required fields."));
        assert!(!says_required("The device UUID. Required if the `hasPhysicalDevice` property is true."));
        assert!(!says_required("eventual. Required when the request includes `$count=true`."));
        assert!(!says_required("Required only for delegated calls."));
        assert!(!says_required(
            "Required for tenants with hybrid password scenarios. If omitted for a cloud-only password, the system returns one."
        ));
        assert!(says_required("Required. Also Required when updating."), "one unconditional mark is enough");
        // The create itself: what a create's body must send.
        assert!(says_required(
            "**True** if enabled. This property is required when a user is created. Supports $filter."
        ));
        assert!(says_required("The name. This property is required when a group is created and it cannot be cleared."));
        assert!(says_required("The display name for the site. This property is required when a site is created."));
        assert!(!says_required("The name. Required when a group is created with a team."));
        assert!(!says_required("The name. Required when a user is created by an administrator."));
        assert!(!says_required("Required when the **duration** property is specified."));
        assert!(!says_required("The name. Not required when a user is created."));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let odd = [
            "",
            " ",
            "/",
            "//",
            "Id",
            "/Id",
            "/a/Id",
            "/a/éId",
            "/a/b/ééId",
            "/graph.",
            "/a/graph.",
            "/a/graph.é",
            "(deprecated)",
            " (deprecated)",
            "é(deprecated)",
            "ééé(deprecated)",
            "x (DEPRECATED)  ",
            "required when",
            "Required when a",
            "required when a ",
            "required when a é is created",
            "Required on create",
            "not required on create",
            "Either this",
            "either this or",
            "é required when the é is created, é",
            "{",
            "}",
            "/{",
            "/a/{b",
            "/a/b}/cId",
            "?",
            "/a?b=c",
            "/a/bId?x=/yId",
        ];
        for s in odd {
            let _ = crate::paths::namespace_alias(s);
            let _ = crate::paths::bare_keys(s);
            let _ = crate::paths::normalize(s);
            let _ = crate::extract::title_id_of(s);
            let _ = super::says_required(s);
            let _ = crate::extract::says_required_on_create(s);
            let _ = super::one_of_a_pair(&s.to_ascii_lowercase());
            let _ = super::says_required_sometimes(s);
            for t in odd {
                let _ = crate::extract::route_id("a_b", s, t, 1);
            }
        }
    }

    #[test]
    fn required_on_create_wordings() {
        let mut wrong = Vec::new();
        for (said, expected) in [
            // Negated in the contracted form the docs also write ("isn't required if using …").
            ("The name. This property isn't required when a user is created.", false),
            ("The ID. Isn't required on create.", false),
            // A condition after "and" / "for": not the create itself.
            ("The name. Required when a group is created and mailEnabled is true.", false),
            ("The ID. Required on create for Windows devices.", false),
            // Real (beta's agentUser page, round 421): the create itself.
            (
                "`true` if the account is enabled; otherwise, `false`. This property is required when creating the object. Inherited from [user](../resources/user.md).",
                true,
            ),
        ] {
            if super::says_required_on_create(said) != expected {
                wrong.push(("says_required_on_create", said));
            }
            if said.to_ascii_lowercase().contains("required when a") && says_required(said) != expected {
                wrong.push(("says_required", said));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn a_bracketed_deprecation_after_the_description_is_one() {
        // Intune's "\[deprecated\]" read where it opens the description; "… (deprecated)" is read
        // where it closes it too, "… [deprecated]" not.
        assert!(says_deprecated("The user name [deprecated]"), "trailing, as `(deprecated)`");
    }

    #[test]
    fn required_on_create_only_when_said_of_creates() {
        for said in [
            "Key. Not nullable. Required on create. Immutable.",
            "The identifier. Required on create.",
            "The ID. Required during the create operation.",
            "**True** if enabled. This property is required when a user is created. Supports $filter.",
            "The name. Required on creation",
        ] {
            assert!(super::says_required_on_create(said), "{said}");
        }
        for said in [
            "The name. Required.",
            "Not required on create.",
            "The name. Required when the **duration** property is specified.",
            "Required on create of a federated domain.",
            "Required on create. If omitted, the default is used.",
            "The identifier.",
        ] {
            assert!(!super::says_required_on_create(said), "{said}");
        }
        assert!(
            !says_required(
                "The ID of the source image on Azure. Required format: `/subscriptions/{id}/images/{name}`."
            ),
            "the value's form"
        );
        assert!(says_required("Required. Required format: `/subscriptions/{id}`."), "a mark beside it");
        assert!(says_deprecated("(Deprecated) Name of the tab."));
        assert!(says_deprecated("[deprecated] Please use InitiatedByUserPrincipalName instead."));
        assert!(says_deprecated("Deprecated. Don't use."));
        assert!(says_deprecated("The id of a registrant. (deprecated)"));
        assert!(says_deprecated(
            "The offer. Read-only. The **offer** property is deprecated and will stop returning data on January 31, 2024."
        ));
        assert!(!says_deprecated("Whether the framework file is one. To be deprecated."), "one to come");
        assert!(!says_deprecated("Acceptable values are: `Available` and `Deprecated`."), "a value");
        assert!(!says_deprecated("This property will be deprecated in 2027."), "one to come");
        assert!(!says_required("Optional."));
        assert!(!says_required("Whether a PIN is needed if PinRequired is set to true."), "part of a name");
        assert!(!says_required("Not Required."));
        assert!(!says_required(
            "Required for upsert behavior, otherwise the request is treated as an update operation."
        ));
        assert!(says_required("Required for every call."));
        assert!(says_required("The modalities. Required for answering a call."));
        // "Required for" some callers or values only (beta's storyline follow, v1.0's user).
        assert!(!says_required("The identity of the user who follows. Required for application permissions."));
        assert!(!says_required("A country code. Required for users that will be assigned licenses. Not nullable."));
        assert!(!says_required("The region. Required for searches that use application permissions."));
        assert!(says_required_sometimes("This property is required only for keys of type `X509CertAndPassword`."));
        assert!(!says_required_sometimes("The key. Required."));
        assert!(says_required_sometimes("The follower. Required for application permissions."));
        assert!(!says_required_sometimes("The modalities. Required for answering a call."));
        assert!(says_required_sometimes("When it expires. If not supplied, the default is three years."));
    }

    #[test]
    fn values_introduced_with_what_they_are_of() {
        for text in [
            "The data type. The supported values for **dataType** are: `string` , `boolean` , `int64`, `unknownFutureValue`. <br/><br/> Supports `$filter`.",
            "The type. Read-only. Depending on the type of attribute, the values for this property are `string`, `boolean`, `int64`, `unknownFutureValue`.",
            "The kind. Supported values for card type include: `string`, `boolean`, `int64`, `unknownFutureValue`.",
            "The area. The supported values for the area are `string`, `boolean`, `int64`, `unknownFutureValue`.",
        ] {
            assert_eq!(
                possible_values(text),
                Some(vec!["string".into(), "boolean".into(), "int64".into(), "unknownFutureValue".into()]),
                "{text}"
            );
        }
        // Not a list in code spans, a long subject, or another clause between: no introduction.
        for text in [
            "The mode. Default values for new policies are set by the service, `none` and `all` included.",
            "The mode. The values for this property are none, all.",
            "The mode. Values for the mode of every policy of this tenant are `none`, `all`.",
            "The mode. Values for this, when set, are `none`, `all`.",
            "The mode. The default values for this property are `none` and `basic`.",
            "The mode. Invalid values for this property are `x86`, `arm`.",
            "The size. When **mode** is `basic`, the supported values for **size** are `small`, `large`.",
        ] {
            assert_eq!(possible_values(text), None, "{text}");
        }
    }

    #[test]
    fn values_a_sentence_lists_for_a_parameter() {
        let said = |s: &str| super::values_listed(s);
        assert_eq!(
            said("You can use `model` query parameter, which supports the values `A` and `B`, based on the model."),
            ["A", "B"]
        );
        assert_eq!(said("Use the `model` query parameter with values `A` or `B` to select the model."), ["A", "B"]);
        assert_eq!(
            said("The `mode` parameter takes values `full`, `partial`, or `none`."),
            ["full", "partial", "none"]
        );
        assert!(said("The `model` query parameter with the value `A` selects it.").is_empty(), "one value");
        assert!(said("Example values `x` and `y` are shown.").is_empty(), "examples");
        assert_eq!(
            said(
                "The following example shows how to use the `model` query parameter with values `A` or `B` to select it."
            ),
            ["A", "B"],
            "an example of the call, not of the values"
        );
        assert!(said("It supports the values `a b` and `c`.").is_empty(), "no names");
        assert!(said("Returns property values `x` of the item.").is_empty(), "one span");
        for open in [
            "The `model` query parameter, which doesn't support the values `A` and `B` for personal accounts.",
            "The `mode` query parameter defaults to `full`, and the other values `partial` and `none` are also accepted.",
            "The `mode` parameter takes, for example, values `x` and `y`.",
            "In addition to the values `A` and `B`, it takes others.",
            "It accepts values `A` and `B` among others.",
            "The values `A` and `B` are shown.",
        ] {
            assert!(said(open).is_empty(), "{open}");
        }
    }

    #[test]
    fn values_an_evolvable_enum_holds_back_are_values_listed_or_not() {
        // beta's Windows Update deployment state reason: the held-back value not in the list.
        let said = "Specifies a reason. Possible values are: `scheduledByOfferWindow`, `pausedByRequest`. Note that you must use the `Prefer: include-unknown-enum-members` request header to get the following value(s) in this evolvable enum: `faultedByContentOutdated`. Read-only.";
        assert_eq!(
            possible_values(said),
            Some(vec!["scheduledByOfferWindow".into(), "pausedByRequest".into(), "faultedByContentOutdated".into()])
        );
        // Listed already, two of them, spaced before their comma; and written bare.
        let said = "The possible values are: `home`, `unknownFutureValue`, `newsLink`, `videoNewsLink`. Note that you must use the `Prefer: include-unknown-enum-members` request header to get the following value(s) in this evolvable enum: `newsLink` , `videoNewsLink`.";
        assert_eq!(
            possible_values(said),
            Some(vec!["home".into(), "unknownFutureValue".into(), "newsLink".into(), "videoNewsLink".into()])
        );
        let said = "Read-only. Possible values are: `working`, `submitted`, `unknownFutureValue`. Note that you must use the Prefer: include-unknown-enum-members request header to get the following value(s) in this evolvable enum: reassigned and returned.";
        assert_eq!(
            possible_values(said),
            Some(vec![
                "working".into(),
                "submitted".into(),
                "unknownFutureValue".into(),
                "reassigned".into(),
                "returned".into()
            ])
        );
        // Not another list's "following values" (no evolvable enum named before the colon).
        let said = "Possible values are: `a`, `b`. Use the following values for reports: `c`.";
        assert_eq!(possible_values(said), Some(vec!["a".into(), "b".into()]));
    }

    #[test]
    fn values_an_evolvable_enum_holds_back_joined_by_or_are_values() {
        // "… in this evolvable enum: `a` or `b`." as "`a` and `b`" is read.
        let said = "Possible values are: `none`, `low`, `unknownFutureValue`. Note that you must use the `Prefer: include-unknown-enum-members` request header to get the following value(s) in this evolvable enum: `critical` or `high`.";
        assert_eq!(
            possible_values(said),
            Some(vec!["none".into(), "low".into(), "unknownFutureValue".into(), "critical".into(), "high".into()])
        );
    }

    #[test]
    fn many_phrases_before_an_evolvable_enum_s_colon_are_read_once() {
        // One sentence read once, not once a phrase in it (a long cell read to its colon again and
        // again took seconds).
        let many =
            format!("Possible values are: `x`. {}in this evolvable enum: `a`.", "following value ".repeat(20_000));
        assert_eq!(possible_values(&many), Some(vec!["x".into(), "a".into()]));
    }

    #[test]
    fn values_after_one_of_are_a_list() {
        // beta's older access review: "The relationship type …, one of `self`, `delegated` or `entityOwners`."
        assert_eq!(
            possible_values(
                "The relationship type of reviewer, one of `self`, `delegated` or `entityOwners`. Required on create."
            ),
            Some(vec!["self".into(), "delegated".into(), "entityOwners".into()])
        );
        // Not a list going on past the values.
        assert_eq!(possible_values("Set to one of `self` or `delegated` reviewers in the tenant."), None);
        // "include" introducing them, a comma without its space between two.
        assert_eq!(
            possible_values(
                "The status. The typical states include `Initializing`, `NotStarted`,`InProgress`, and `Completed`."
            ),
            Some(vec!["Initializing".into(), "NotStarted".into(), "InProgress".into(), "Completed".into()])
        );
    }

    #[test]
    fn supported_things_listed_after_a_colon_are_values() {
        // beta's shiftItem `theme`: "Supported colors: white; blue; …; darkYellow."
        assert_eq!(
            possible_values("Supported colors: white; blue; green; darkBlue."),
            Some(vec!["white".into(), "blue".into(), "green".into(), "darkBlue".into()])
        );
        // Not inside a sentence, nor a list of more than names.
        assert_eq!(possible_values("The shift. Its supported colors: see the docs."), None);
        assert_eq!(possible_values("The theme, with supported colors: white; blue."), None);
    }

    #[test]
    fn example_values_a_sentence_includes_are_no_closed_list() {
        // v1.0's targetResource `type`: examples of the values, not all of them (as "for example",
        // "such as" and "example values" say in `values_listed`).
        assert_eq!(
            possible_values(
                "Describes the resource type. Example values include `Application`, `Group`, `ServicePrincipal`, and `User`."
            ),
            None
        );
    }

    #[test]
    fn supported_things_written_as_a_prose_list_are_no_values() {
        // v1.0's chatMessageAttachment `contentUrl`: the schemes a URL may use, not its values.
        assert_eq!(
            possible_values("URL for the content of the attachment. Supported protocols: http, https, file and data."),
            None
        );
    }

    #[test]
    fn many_supported_words_without_a_colon_list_nothing() {
        // Each "supported " reads one word on, not the rest of the text (the fuzz target's bound).
        assert_eq!(possible_values(&"Supported kinds. ".repeat(10_000)), None);
        assert_eq!(possible_values(&"Supported kinds. ".repeat(10_000).replace("kinds.", "kinds:")), None);
    }

    #[test]
    fn none_of_is_no_list_of_values() {
        // "one of `" inside "none of `": the values the property never takes, not its values.
        assert_eq!(possible_values("Supports none of `a` or `b`."), None);
    }

    #[test]
    fn possible_values_in_backticks_and_plain() {
        assert_eq!(
            possible_values(
                "The channel. The possible values are: `current`, `monthlyEnterprise`, or `semiAnnual`, with corresponding update frequencies of `As soon as they're ready`, `Once a month`, and `Every six months`."
            ),
            Some(vec!["current".into(), "monthlyEnterprise".into(), "semiAnnual".into()])
        );
        // "Invalid values are" introduces nothing; a sentence that lists nothing gives way to a later list.
        for lead in ["Invalid values are ignored.", "Valid values are case-sensitive."] {
            assert_eq!(
                possible_values(&format!("The mode. {lead} The possible values are `manual`, `automatic`.")),
                Some(vec!["manual".into(), "automatic".into()]),
                "{lead}"
            );
        }
        assert_eq!(possible_values("The kind. Invalid values are `none` and `unknown`."), None);
        // After an introduction that lists nothing, "Example values:" is no list.
        for text in [
            "The time zone. Possible values are listed in the table. Example values: `Pacific Standard Time`, `UTC`.",
            "The format. The values are case-sensitive. Example values: json, xml, csv.",
        ] {
            assert_eq!(possible_values(text), None, "{text}");
        }
        // A code span inside a remark is part of the remark; a list of phrases is read whole;
        // one value in the singular; "valid values"; a TODO before the list.
        for (text, want) in [
            (
                "Possible values are: `current`, `monthlyEnterprise` (`Monthly Enterprise Channel`), `semiAnnual`.",
                &["current", "monthlyEnterprise", "semiAnnual"][..],
            ),
            (
                "Possible values are: `Not started`, `In progress`, `Completed`.",
                &["Not started", "In progress", "Completed"],
            ),
            ("The action. Possible value is `restrictAccessAction`.", &["restrictAccessAction"]),
            ("The classification. Possible value: `low`.", &["low"]),
            // v1.0's permissionGrantConditionSet: a third value in a sentence of its own.
            (
                "The permission type. Possible values: `application` for application permissions, or `delegated` for delegated permissions. The value `delegatedUserConsentable` indicates delegated permissions that haven't been configured. Required.",
                &["application", "delegated", "delegatedUserConsentable"],
            ),
            // beta's filterByCurrentUser rows.
            ("**TODO: Add Description**. Allowed value is `reviewer`. Required.", &["reviewer"]),
            ("The allowed value is `approver`. Required.", &["approver"]),
            (
                "The story type. The valid values are `aiGenerated`, `readWorks`, and `userProvided`.",
                &["aiGenerated", "readWorks", "userProvided"],
            ),
            ("**TODO** Possible values are: `direct`, `policySets`.", &["direct", "policySets"]),
            // v1.0's channel instance attribute.
            (
                "Indicates that the channel is in migration state and is currently being used for migration purposes. It accepts one value: `migration`.",
                &["migration"],
            ),
            ("The mode. Accepted values are `a` and `b`.", &["a", "b"]),
        ] {
            let want: Vec<String> = want.iter().map(|v| v.to_string()).collect();
            assert_eq!(possible_values(text), Some(want), "{text}");
        }
        assert_eq!(
            possible_values("The state. Possible values are: active, inactive, unknownFutureValue. More."),
            Some(vec!["active".into(), "inactive".into(), "unknownFutureValue".into()])
        );
        assert_eq!(
            possible_values("The property values are: LightBlue=0, LightGreen=1, Auto=-1"),
            Some(vec!["LightBlue".into(), "LightGreen".into(), "Auto".into()])
        );
        assert_eq!(
            possible_values("Set by the server. Values: active, updated, deleted, ignored."),
            Some(vec!["active".into(), "updated".into(), "deleted".into(), "ignored".into()])
        );
        // Quoted items (one quote mistyped), the last joined by "and" without a comma.
        assert_eq!(
            possible_values("Possible values are: 'default', 'usEast\", 'europeUnion' and 'southKorea'. Read-only."),
            Some(vec!["default".into(), "usEast".into(), "europeUnion".into(), "southKorea".into()])
        );
        assert_eq!(
            possible_values("Possible values are: small, medium or large."),
            Some(vec!["small".into(), "medium".into(), "large".into()])
        );
        assert_eq!(
            possible_values(
                "The possible values are: `none` (inherit no scopes), `notSet` (unset; internal use), `unknownFutureValue`."
            ),
            Some(vec!["none".into(), "notSet".into(), "unknownFutureValue".into()])
        );
        // An HTML list's items, joined with "; ", one description with a `;` of its own.
        assert_eq!(
            possible_values(
                "When. Possible values are: `Always` (default); `ValueAddOnly` - flows adds; will not flow removes; `AttributeAddOnly` - only if none"
            ),
            Some(vec!["Always".into(), "ValueAddOnly".into(), "AttributeAddOnly".into()])
        );
        assert_eq!(
            possible_values("Possible values are: `a`, `b`; the default is `a`."),
            Some(vec!["a".into(), "b".into()])
        );
        // Values of another property, after a condition, are not this one's.
        assert_eq!(
            possible_values(
                "Possible values are: `user` or `group` when the **identitySource** is `azureActiveDirectory` and just `group` when it is `external`."
            ),
            Some(vec!["user".into(), "group".into()])
        );
        assert_eq!(
            possible_values("Possible values are: `a`, `b`. Use `c` if unsure."),
            Some(vec!["a".into(), "b".into()])
        );
        assert_eq!(possible_values("No values here."), None);
        assert_eq!(possible_values("Possible values are described in the docs."), None);
        // An HTML list of bare names, or names with their meanings after a dash.
        assert_eq!(
            possible_values("The action. Supported values are: None; Override; ReportFalsePositive; When the DLP provider updates it, it isn't required.").unwrap(),
            ["None", "Override", "ReportFalsePositive"]
        );
        assert_eq!(
            possible_values("The action. Supported values are: None; NotifySender -- Inform the sender. Readers may read. BlockAccess -- Block readers, all of them. BlockAccess and NotifySender are exclusive.").unwrap(),
            ["None", "NotifySender", "BlockAccess"]
        );
        assert_eq!(
            possible_values("Allowed values are: created, updated, deleted. More.").unwrap(),
            ["created", "updated", "deleted"]
        );
        assert_eq!(possible_values("Supported values are: none yet; see the docs."), None, "a sentence, not a list");
        assert_eq!(
            possible_values("Supported values are: None; Block -- Block it. Note - this is deprecated.").unwrap(),
            ["None", "Block"],
            "another dash is no item of the list"
        );
        assert_eq!(
            possible_values("Possible values are: Allow - Allows it; Block - Blocks it.").unwrap(),
            ["Allow", "Block"]
        );
    }

    #[test]
    fn inline_code_lists_after_a_colon_or_either() {
        assert_eq!(
            possible_values("The recurrence pattern type: `daily`, `weekly`, `absoluteMonthly`. Required."),
            Some(vec!["daily".into(), "weekly".into(), "absoluteMonthly".into()])
        );
        assert_eq!(
            possible_values(
                "The backend store where the Notebook resides, either `OneDriveForBusiness` or `OneDrive`."
            ),
            Some(vec!["OneDriveForBusiness".into(), "OneDrive".into()])
        );
        assert_eq!(possible_values("The kind: `a`, `b`, or `c`"), Some(vec!["a".into(), "b".into(), "c".into()]));
        // One value, a list that runs on into prose, or code that is not an identifier: not a list of values.
        assert_eq!(possible_values("The default: `daily`."), None);
        assert_eq!(possible_values("Set it to: `a` or `b` to enable the feature."), None);
        assert_eq!(possible_values("The path: `/me/drive`, `/drives/{id}`."), None);
        assert_eq!(possible_values("Use `a` or `b`."), None);
    }

    #[test]
    fn every_list_a_row_gives() {
        let row = "Default value is `none`. Possible values are: `null`, `x86`, `x64`. Possible values are: `none`, `x86`, `arm64`.";
        assert_eq!(
            possible_values(row),
            Some(vec!["x86".into(), "x64".into(), "none".into(), "arm64".into()]),
            "both lists, without JSON's null"
        );
        // A plain list of an older description beside the enum's own list in code spans: the
        // latter (beta's `payloadType` of policy set items).
        let stale = "The policy type. Possible values are unknown,settingsPolicy,application. Possible values are: `unknown`, `deviceConfigurationAndCompliance`, `application`.";
        assert_eq!(
            possible_values(stale),
            Some(vec!["unknown".into(), "deviceConfigurationAndCompliance".into(), "application".into()])
        );
        // A list in code spans of another property's, introduced inside a clause: both lists.
        let other = "How often it runs. Possible values are: daily, weekly, monthly. For a weekly schedule, set **dayOfWeek**, whose possible values are: `sunday`, `monday`.";
        assert_eq!(
            possible_values(other),
            Some(vec!["daily".into(), "weekly".into(), "monthly".into(), "sunday".into(), "monday".into()])
        );
        // A stop without its space, a note: sentences of their own all the same.
        for coded in ["Possible values are: `x`, `y`.", "Note: Possible values are: `x`, `y`."] {
            for join in [". ", "."] {
                let row = format!("The kind. Possible values are a, b{join}{coded}");
                assert_eq!(possible_values(&row), Some(vec!["x".into(), "y".into()]), "{row}");
            }
        }
        let plain_after = "Possible values are: `a`, `b`. Possible values are c, d, e.";
        assert_eq!(possible_values(plain_after), Some(vec!["a".into(), "b".into()]));
        let two_plain = "Possible values are a, b. Possible values are b, c.";
        assert_eq!(possible_values(two_plain), Some(vec!["a".into(), "b".into(), "c".into()]));
        let examples = "Possible values are: `json`, `xml`. Example values: `2024-01-01`, `x`.";
        assert_eq!(possible_values(examples), Some(vec!["json".into(), "xml".into()]), "examples are no second list");
        // Many lists: a bounded number read, in linear time.
        let many = "Possible values are: `v0`. ".repeat(20_000);
        assert_eq!(possible_values(&many).map(|v| v.len()), Some(1));
    }

    #[test]
    fn values_explained_one_by_one() {
        let row = "A collection of scopes. Possible values are: `team`—Indicates that the app can be installed within a team. `groupChat`—Indicates that it can be installed if a chat allows. `personal`—Indicates the personal scope. The default is `team`.";
        assert_eq!(possible_values(row), Some(vec!["team".into(), "groupChat".into(), "personal".into()]));
        let plain = "Possible values are: `a`, `b`. `c` is the default.";
        assert_eq!(possible_values(plain), Some(vec!["a".into(), "b".into()]), "a later sentence about a value");
    }

    #[test]
    fn a_span_of_several_names_is_no_value() {
        let row = "Indicates the detection rules. Possible values are `Win32LobAppPowerShellScriptDetection, Win32LobAppRegistryDetection`.";
        assert_eq!(possible_values(row), None);
        assert_eq!(possible_values("Possible values are: `a`, `b, c`, `d`."), Some(vec!["a".into(), "d".into()]));
    }

    #[test]
    fn items_of_plural_names() {
        let items: Vec<String> = ["policies", "tasks", "statuses", "cases", "aliases", "canvases", "boxes", "releases"]
            .map(item_name)
            .to_vec();
        assert_eq!(items, ["policy", "task", "status", "case", "alias", "canvas", "box", "release"]);
        assert_eq!(item_name("storyCanvases"), "storyCanvas");
    }

    #[test]
    fn statuses_in_prose() {
        let status_in_prose = |t: &str| super::statuses_in_prose(t).first().copied();
        assert_eq!(status_in_prose("If successful, this method returns a `200 OK` response code"), Some(200));
        assert_eq!(status_in_prose("returns `204 No Content`."), Some(204));
        assert_eq!(status_in_prose("returns a 201 Created response code and 5000 items"), Some(201));
        assert_eq!(status_in_prose("returns a `302 Found` and `200 OK`"), Some(302));
        assert_eq!(status_in_prose("no status"), None);
        assert_eq!(status_in_prose("If successful, this method returns a 201 response code."), Some(201));
        assert_eq!(status_in_prose("It returns 300 items in the response."), None);
        assert_eq!(status_in_prose("returns a `201 No Content` response code"), Some(204), "the reason phrase");
        assert_eq!(status_in_prose("returns a `201, Created` response code"), Some(201), "a comma before the phrase");
        let partial = "If the request is successful, this method returns an array of sites. If an error occurred while following one or more of the sites, this method returns a `207` status code.";
        assert_eq!(status_in_prose(partial), None, "the example's status decides");
        assert_eq!(status_in_prose("Returns `200 OK` on success, or an error code otherwise."), Some(200));
        assert_eq!(status_in_prose("returns `404 Not Found` if missing, else `200 OK`"), Some(200));
        let both = "returns the `201 Created` response code if the item was created or `200 OK` if it was replaced.";
        assert_eq!(super::statuses_in_prose(both), [201, 200]);
        let plain_first = "In most cases, when successful, this method returns a 204, No Content. This method can also return a `200 OK` response code and a collection.";
        assert_eq!(super::statuses_in_prose(plain_first), [204, 200], "what it returns first, in plain words");
        let plain_later = "This method returns a `200 OK` response code. The body is empty for 204 No Content answers.";
        assert_eq!(super::statuses_in_prose(plain_later), [200, 204]);
        let count = "This method returns the first 100 Members of the group. If successful, it returns a `200 OK` response code.";
        assert_eq!(status_in_prose(count), Some(200), "a number of things, no status");
        let accepted =
            "This method will return 202 Accepted. It can also return a `200 OK`. Later it returns 204 No Content.";
        assert_eq!(super::statuses_in_prose(accepted), [202, 200, 204], "only the leading sentence's lead");
    }

    #[test]
    fn deprecated_after_a_dash() {
        // beta-intune-enrollment/resources/intune-enrollment-windowsautopilotdeviceidentity.md:41
        assert!(super::says_deprecated("Order Identifier of the Windows autopilot device - Deprecated"));
    }

    #[test]
    fn deprecated_before_a_double_dash() {
        // v1.0/resources/shareddriveitem.md:69
        assert!(super::says_deprecated(
            "Used to access the underlying **driveItem**. Deprecated -- use `driveItem` instead."
        ));
    }

    #[test]
    fn a_value_named_deprecated_after_a_dash_is_no_deprecation() {
        assert!(!super::says_deprecated("The state of the attribute: 0 - Available, 1 - Deprecated."));
        assert!(!super::says_deprecated(
            "Available - the attribute can be assigned; Deprecated - the attribute can no longer be assigned."
        ));
    }

    #[test]
    fn deprecated_after_an_en_dash() {
        assert!(super::says_deprecated("Order Identifier of the Windows autopilot device \u{2013} Deprecated"));
        assert!(super::says_deprecated(
            "Used to access the underlying driveItem. Deprecated \u{2014} use `driveItem` instead."
        ));
    }

    #[test]
    fn a_required_noun_after_no_longer_or_never_is_no_mark() {
        // `calls_itself_required`: "no longer" and "never" undo the noun as "not" does.
        let said: Vec<&str> =
            ["Deprecated. This is no longer a required property.", "The name. It is never a required field."]
                .into_iter()
                .filter(|d| says_required(d))
                .collect();
        assert!(said.is_empty(), "{said:?}");
    }

    #[test]
    fn a_required_noun_after_a_condition_is_no_mark() {
        // A condition before the noun is a condition all the same ("When …, this is a required property").
        assert!(!says_required("When `kind` is `custom`, this is a required property."));
    }

    #[test]
    fn a_required_noun_then_more_of_the_member_still_marks_it() {
        // What follows the noun is no condition: "and can't be changed", "and must be unique".
        let unsaid: Vec<&str> = [
            "The name. This is a required property and can't be changed after creation.",
            "The key. This is a required field and must be unique.",
        ]
        .into_iter()
        .filter(|d| !says_required(d))
        .collect();
        assert!(unsaid.is_empty(), "{unsaid:?}");
    }
}
