//! Resource and enum pages → type definitions; property tables → properties.

use serde_json::Value;

use super::text::{is_todo, possible_values, says_required, sentences};
use super::{PageOutput, Reference};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::markdown::{Block, Inline, Table};
use crate::model::{EnumMember, Origin, Property, TypeDef, TypeKind, TypeSource};
use crate::page::Page;
use crate::source::Span;
use crate::types::{TypeRef, parse_type_cell};

/// Whether a table is a property table: a name column (`Property`,
/// `Property name`, `Relationship`, `Name`, ...) and a type column.
pub(crate) fn is_property_table(table: &Table) -> bool {
    let head = |i: usize| table.header.get(i).map(|c| c.text.trim().to_ascii_lowercase());
    let name_column = head(0).is_some_and(|h| {
        let h = h.strip_suffix(" name").unwrap_or(&h);
        matches!(h, "property" | "name" | "parameter" | "relationship" | "properties" | "parameters" | "member")
    });
    name_column && head(1).is_some_and(|h| h.contains("type"))
}

/// A parameter table whose type column is headed `Value` (`| Name | Value | Description |`
/// with rows such as `| id | string | … |`): a property table when every row's
/// second cell reads as a type (not a value such as `0` in a members table).
pub(crate) fn is_value_typed_table(table: &Table) -> bool {
    let head = |i: usize| table.header.get(i).map(|c| c.text.trim().to_ascii_lowercase());
    matches!(head(0).as_deref(), Some("name" | "parameter" | "property"))
        && head(1).as_deref() == Some("value")
        && !table.rows.is_empty()
        && table
            .rows
            .iter()
            .all(|row| row.get(1).is_some_and(|cell| !matches!(parse_type_cell(cell).ty, TypeRef::Unknown(_))))
}

/// Whether a table lists enum members: its first column is `Member`, `Name` or `Value`.
pub(crate) fn is_members_table(table: &Table) -> bool {
    let head = table.header.first().map(|c| c.text.trim().to_ascii_lowercase()).unwrap_or_default();
    matches!(head.as_str(), "member" | "name" | "value" | "members" | "values")
}

/// Reads a property table's rows, recording type references and enum hints.
pub(crate) fn table_properties(
    page: &Page<'_>,
    table: &Table,
    out: &mut PageOutput,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Property> {
    let mut props = Vec::new();
    // Columns by header: `|Property|Type|Required|Nullable|Description|` puts the
    // description last; most tables have it third.
    let column = |names: &[&str]| {
        table.header.iter().position(|h| {
            let h = h.text.trim().trim_matches('*').to_ascii_lowercase();
            names.contains(&h.as_str())
        })
    };
    let description_column = column(&["description", "notes", "remarks"]).unwrap_or(2);
    let nullable_column = column(&["nullable"]);
    // `|Required?|` with Yes or No (some request-body tables); else the description says.
    let required_column = column(&["required", "required?"]);
    for row in &table.rows {
        let (Some(name_cell), Some(type_cell)) = (row.first(), row.get(1)) else { continue };
        let name = property_name(&name_cell.text);
        // Group rows (`|**Apps**|`) have no type; a row naming a method
        // (`|[List memberOf](../api/device-list-memberof.md)|`) is pasted from the methods table.
        // Not a navigation whose name links the page reading it (`[filesFolder](../api/channel-get-filesfolder.md)`).
        let method_row = name_cell.links.iter().any(|l| l.target.contains("api/") && !links_its_read(l));
        if name.is_empty() || type_cell.text.trim().is_empty() || method_row {
            continue;
        }
        let origin = Origin { file: page.file, offset: name_cell.span.start };
        let mut desc_cell = row.get(description_column);
        // `|isEnabledForGroup|BooleanEnables the user…|`: the pipe between type and description is missing.
        let unpiped = desc_cell.is_none_or(|d| d.text.trim().is_empty()).then(|| missing_pipe(type_cell)).flatten();
        let type_cell = match &unpiped {
            Some((ty, desc)) => {
                desc_cell = Some(desc);
                ty
            }
            None => type_cell,
        };
        let cell = parse_type_cell(type_cell);
        let not_nullable_column = nullable_column
            .and_then(|i| row.get(i))
            .is_some_and(|c| matches!(c.text.trim().to_ascii_lowercase().as_str(), "no" | "false"));
        let description = desc_cell.and_then(|d| description(page, d, diags));
        let raw_desc = desc_cell.map(|d| d.text.as_str()).unwrap_or("");
        let mut ty = cell.ty.clone();
        match &cell.ty {
            TypeRef::Unknown(text) => {
                diags.push(
                    Diagnostic::warning(
                        codes::UNKNOWN_TYPE,
                        page.file,
                        type_cell.span,
                        format!("property `{name}` has no readable type (`{text}`); emitted as any JSON value"),
                    )
                    .with_help("write a Graph type such as `String`, `Int32` or a link to the type's page"),
                );
                ty = TypeRef::Primitive(crate::types::Primitive::Json);
            }
            other => {
                let values = other.named().and_then(|_| possible_values(raw_desc));
                // An enum a namespaced page names bare and defines here ("Possible values
                // are …") is taken to be its namespace's, as the page's own type is
                // (`managedTenants.managementActionStatus`); resolution decides. Not one written
                // in Graph's root namespace (`microsoft.graph.devicePlatformType` on a page of
                // `microsoft.graph.search`).
                if values.is_some()
                    && cell.link.is_none()
                    && !written_in_root_namespace(&type_cell.text)
                    && let Some(ns) = sub_namespace(page)
                    && let Some(n) = ty.named_mut().filter(|n| !n.contains('.'))
                {
                    *n = format!("{ns}.{n}");
                    out.in_page_namespace.push(n.clone());
                }
                if cell.link.as_deref().is_some_and(links_values_section) {
                    out.values_typed.push(origin);
                    // A link to an enum's values (`enums.md#channelmembershiptype-values`): a string,
                    // where no page among the inputs defines the type.
                    if let Some(named) = ty.named() {
                        out.represented.push((named.to_string(), true));
                    }
                }
                if ty.named().is_some() {
                    let others = other_kinds(type_cell);
                    for (name, target) in &others {
                        out.kind_links.push(Reference {
                            name: name.clone(),
                            linked: true,
                            target: super::page_stem(target),
                            origin: Origin { file: page.file, offset: type_cell.span.start },
                        });
                    }
                    if !others.is_empty() {
                        out.member_either.push((origin, others.into_iter().map(|(name, _)| name).collect()));
                    }
                }
                if let Some(named) = ty.named() {
                    out.references.push(Reference {
                        name: named.to_string(),
                        linked: cell.link.is_some(),
                        // A link to a `### x values` section (`operation.md#additionaldataoptions-values`)
                        // means that enum, not the page's type.
                        target: cell.link.as_deref().filter(|l| !links_values_section(l)).and_then(super::page_stem),
                        origin: Origin { file: page.file, offset: type_cell.span.start },
                    });
                    if let Some(values) = values {
                        out.hints.push(enum_def(named, values, origin));
                    }
                }
            }
        }
        let collection = ty.is_collection();
        let read_only = says_read_only(raw_desc, &name, collection) || cell.read_only;
        props.push(Property {
            name,
            ty,
            description,
            required: match required_column.and_then(|i| row.get(i)).map(|c| c.text.trim().to_ascii_lowercase()) {
                Some(said) if matches!(said.as_str(), "yes" | "no" | "true" | "false" | "required" | "optional") => {
                    matches!(said.as_str(), "yes" | "true" | "required")
                }
                // A check mark (`|reason|String|✓|…|`): required.
                Some(said) if said.starts_with(['✓', '✔']) => true,
                _ => says_required(raw_desc),
            },
            // "string (readonly)" in the type cell says it as well as the description does.
            read_only,
            write_only: says_write_only(raw_desc),
            nullable: !not_nullable_column && !says_not_nullable(raw_desc),
            origin,
        });
    }
    props
}

/// The kinds a type cell offers after its first linked type, with their link targets
/// ("[communicationsUserIdentity](…) or [communicationsPhoneIdentity](…)"): the other links'
/// types, where the text between the links says "or". None for one link.
fn other_kinds(cell: &Inline) -> Vec<(String, String)> {
    let identifier = |t: &str| {
        let t = t.trim().trim_matches('`');
        !t.is_empty()
            && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
            && t.starts_with(|c: char| c.is_ascii_alphabetic())
    };
    if cell.links.len() < 2
        || !cell.text.split_whitespace().any(|w| w.eq_ignore_ascii_case("or"))
        || !cell.links.iter().all(|l| identifier(&l.text))
    {
        return Vec::new();
    }
    let first = cell.links[0].text.trim().trim_matches('`');
    cell.links[1..]
        .iter()
        .map(|l| (l.text.trim().trim_matches('`').to_string(), l.target.clone()))
        .filter(|(name, _)| !name.eq_ignore_ascii_case(first))
        .collect()
}

/// A type cell that runs into the description its row lacks, the pipe between
/// them missing (`BooleanEnables the user…`, `String The name.`): the primitive
/// it starts with, and the rest as the description. Only primitives: a type's
/// name could run on into any word.
fn missing_pipe(cell: &Inline) -> Option<(Inline, Inline)> {
    let text = cell.text.trim();
    let first = text.split_whitespace().next()?;
    let (ty, rest) = crate::types::Primitive::names().find_map(|name| {
        let glued = first.strip_prefix(name)?;
        // Glued to the description's first word: one capitalised word, then a lowercase one
        // (`BooleanEnables the`), not a longer type's name (`DateTime The`, `DateTimeTimeZone`).
        let fits = glued.is_empty()
            || (glued.len() > 1
                && glued.starts_with(|c: char| c.is_ascii_uppercase())
                && glued[1..].bytes().all(|b| b.is_ascii_lowercase())
                && text[name.len()..]
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase())));
        fits.then(|| (name, &text[name.len()..]))
    })?;
    let rest = rest.trim();
    // Prose: several words, not a type's own notes (`String collection`, `Int32 (nullable)`,
    // `String Collection.`).
    if rest.split_whitespace().count() < 3
        || !rest.starts_with(|c: char| c.is_ascii_uppercase())
        || rest.to_ascii_lowercase().starts_with("collection")
    {
        return None;
    }
    let at = cell.span.start + cell.text.find(rest).unwrap_or(0);
    let ty = Inline {
        text: ty.to_string(),
        links: Vec::new(),
        span: Span::new(cell.span.start, cell.span.start + ty.len()),
    };
    let desc = Inline { text: rest.to_string(), links: cell.links.clone(), span: Span::new(at, cell.span.end) };
    Some((ty, desc))
}

/// Whether a link points at an enum's values section (`…#billingperiod-values`).
fn links_values_section(link: &str) -> bool {
    link.split_once('#').is_some_and(|(_, fragment)| fragment.to_ascii_lowercase().ends_with("-values"))
}

/// The front matter's description, unless it is a cut fragment: starting with
/// white space or punctuation (`") for tasks in a plan"`), or the lead paragraph
/// cut short (`"… reply-all draft, or"`); then the lead paragraph.
pub(crate) fn page_description(page: &Page<'_>) -> Option<String> {
    let fragment = |d: &str| {
        d.starts_with(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && !matches!(c, '`' | '*' | '[' | '_')))
    };
    let lead = page.lead_paragraph().map(|d| without_placeholder(&d).to_string()).filter(|d| !d.is_empty());
    page.meta
        .get("description")
        .filter(|d| !d.trim().is_empty() && !fragment(d) && !is_todo(d))
        .map(|d| without_placeholder(&crate::markdown::inline_text(d)).to_string())
        .filter(|d| !d.is_empty() && !lead.as_deref().is_some_and(|l| cut_short(d, l)))
        .or(lead)
        .filter(|d| !is_todo(d))
}

/// Whether `front` is `lead` cut off mid-sentence (front matter has a length limit).
fn cut_short(front: &str, lead: &str) -> bool {
    let front = front.trim_end();
    if front.ends_with(['.', '!', '?', ')']) {
        return false;
    }
    let (f, l): (Vec<&str>, Vec<&str>) = (front.split_whitespace().collect(), lead.split_whitespace().collect());
    // The last word may be cut too ("… the upd").
    let Some((last, whole)) = f.split_last() else { return false };
    l.len() > f.len() && l[..whole.len()] == *whole && l[whole.len()].starts_with(last)
}

/// A link naming one member whose target is the api page reading it (`[filesFolder]` to
/// `channel-get-filesfolder.md`, `[members]` to `…-list-members.md`): a relationship's row.
fn links_its_read(l: &crate::markdown::Link) -> bool {
    let name = l.text.trim().to_ascii_lowercase();
    let identifier = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric());
    identifier
        && super::page_stem(&l.target)
            .is_some_and(|stem| stem.ends_with(&format!("-get-{name}")) || stem.ends_with(&format!("-list-{name}")))
}

/// The type of an open type's values, as a link names it (its name and the page's stem):
/// a page without a property table saying it is an open type or a
/// [dictionary](https://github.com/microsoft/api-guidelines/blob/vNext/graph/patterns/dictionary.md),
/// whose lead or properties prose links a type as the values' ("The value in the
/// property-value pair is the [externalReference](…) object", "their values must be
/// [checklistItem](…) objects", "keys … and [fileStorageContainerCustomPropertyValue](…)
/// values", "a [plannerassignment](…) object … as the value"). Not a link before which
/// no "value" is said and after which none follows (the dictionary's owner: "the custom
/// properties of a [fileStorageContainer](…) in key/value pairs").
fn open_value_type(page: &Page<'_>) -> Option<(String, String)> {
    let h1 = page.doc.blocks.iter().position(|b| matches!(b, Block::Heading(h) if h.level == 1))?;
    let lead_end = page.doc.blocks[h1 + 1..]
        .iter()
        .position(|b| matches!(b, Block::Heading(_)))
        .map_or(page.doc.blocks.len(), |i| h1 + 1 + i);
    let properties = page.sections(|t| t == "properties");
    let paragraphs: Vec<&Inline> = page.doc.blocks[h1 + 1..lead_end]
        .iter()
        .chain(properties.iter().flat_map(|s| page.doc.blocks[s.blocks.clone()].iter()))
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            _ => None,
        })
        .collect();
    let open = paragraphs.iter().any(|p| {
        let lower = p.text.to_ascii_lowercase();
        lower.contains("open type")
            || p.links.iter().any(|l| l.target.to_ascii_lowercase().ends_with("patterns/dictionary.md"))
    });
    if !open {
        return None;
    }
    for p in paragraphs {
        let lower = p.text.to_ascii_lowercase();
        let mut from = 0;
        for link in &p.links {
            let text = link.text.to_ascii_lowercase();
            // The link's own words, not the start of a longer name (`plannerChecklistItem` in
            // the lead's `**plannerChecklistItems**`).
            let word_char = |c: char| c.is_ascii_alphanumeric();
            let Some(at) = lower[from..]
                .match_indices(&text)
                .map(|(i, _)| from + i)
                .find(|&i| !lower[..i].ends_with(word_char) && !lower[i + text.len()..].starts_with(word_char))
            else {
                continue;
            };
            from = at + text.len();
            let Some(found) = super::text::type_link(link) else { continue };
            let sentence_start = lower[..at].rfind(". ").map_or(0, |i| i + 2);
            let sentence_end = lower[from..].find(". ").map_or(lower.len(), |i| from + i);
            if names_the_values(&lower[sentence_start..at], &lower[from..sentence_end]) {
                return Some(found);
            }
        }
    }
    None
}

/// Whether a sentence says a link is what the values are, from its text `before` and
/// `after` the link (lowercase): "[x] values", "the value … is the [x]", "values must be
/// [x]", "values are of type [x]", "a [x] object … as the value"; not what happens to values
/// near it ("remove values as the assignments on the containing [plannerTask] are updated"),
/// nor another thing "as the value" ("ids of [users] …, and a hint as the value").
fn names_the_values(before: &str, after: &str) -> bool {
    let said_to_be = before.rfind("value").is_some_and(|i| {
        let mut between = before[i..].trim_end();
        while let Some((head, "the" | "an" | "a" | "of" | "type" | "always" | "all")) = between.rsplit_once(' ') {
            between = head.trim_end();
        }
        between.len() <= 40
            && [" is", " are", " be"].iter().any(|w| between.ends_with(w))
            && !before.contains("key/value")
    });
    let after_words = after.trim_start();
    let as_the_value = after_words.starts_with("object")
        && ["as the value", "as its value", "as values"].iter().any(|w| after.contains(w));
    after_words.starts_with("value") || as_the_value || said_to_be
}

/// "Read-only.", "This property is read-only", "Read only.", "Non-editable." in a
/// description; not a condition ("Once set, this property is read-only", "read-only
/// when the user is synced"), nor a state the property reports ("Indicates whether
/// the rule is read-only", "in read-only mode"), nor where the description says
/// it may be set ("For a cloud-only user, these properties may be set").
fn says_read_only(description: &str, name: &str, collection: bool) -> bool {
    // Business Central's pages: "Non-editable."; "The value cannot be modified and is automatically
    // populated" (not "Built-in roles cannot be modified": another thing's).
    const MARKS: [&str; 7] = [
        "read-only",
        "read only",
        "readonly",
        "non-editable",
        "noneditable",
        "value cannot be modified",
        "this cannot be modified",
    ];
    const CONDITIONS: [&str; 5] = ["once", "after", "if", "unless", "mode"];
    let lower = description.to_ascii_lowercase();
    // Each mark holds one of these.
    if !["read", "edit", "modified"].iter().any(|w| lower.contains(w)) {
        return false;
    }
    // "… is read-only. For a cloud-only user, these properties may be set during creation."
    if says_it_may_be_set(&lower, name) {
        return false;
    }
    sentences(&lower).any(|sentence| {
        let Some(mark) = MARKS.iter().filter_map(|m| sentence.find(m)).min() else { return false };
        // "when" is a condition right after the mark only ("Read-only when the user is synced"; not
        // "The time when it was created, read-only.", nor "Read-only property with details of the
        // scope when the scope is app specific");
        // "whether" before it only ("Indicates whether the item is read-only", not "A read-only value
        // to represent whether …").
        // A clause joined before the mark ("… is immutable after it's created and is a read-only
        // property") keeps its conditions to itself.
        let before = sentence[..mark].trim_end();
        let before = before.strip_suffix(" a").unwrap_or(before);
        let joined = before.ends_with(" and is") || before.ends_with(" and it is");
        let from = if joined { mark } else { 0 };
        !words(&sentence[from..]).iter().any(|w| CONDITIONS.contains(w))
            && !words(&sentence[mark..]).iter().take(4).any(|w| *w == "when")
            // "These are read-only on the documents themselves": something else is; "Read-only for
            // users synced from the on-premises directory": some instances are.
            && !MARKS.iter().any(|m| {
                sentence[mark..]
                    .strip_prefix(m)
                    .is_some_and(|r| {
                        let r = r.trim_start();
                        r.starts_with("on ") || (r.starts_with("for ") && (r.contains("synced") || r.contains("on-premises")))
                    })
            })
            && !words(&sentence[..mark]).contains(&"whether")
            && !other_things_are(before, collection)
    })
}

/// "These properties may be set during creation", "Can only be set during creation", "The
/// name can be set on creation", "Tags can be set when …" (of `tags`): the property itself may
/// be set, whatever else is read-only. Not another thing's state ("Cloud certification
/// authorities can be set to paused": a plural subject other than the property), nor a setting
/// by someone else or elsewhere ("can be set to `true` only by the service", "through the
/// reset action", "via the admin center", "in the portal"), nor "set up". `lower` is
/// lowercase; `name` is the property's.
fn says_it_may_be_set(lower: &str, name: &str) -> bool {
    const PHRASES: [&str; 4] = ["may be set", "can be set", "can only be set", "may only be set"];
    const OURS: [&str; 9] = ["it", "this", "these", "they", "property", "properties", "value", "values", "field"];
    const ELSEWHERE: [&str; 7] = ["by", "through", "via", "using", "portal", "center", "centre"];
    let name = name.to_ascii_lowercase();
    sentences(lower).any(|sentence| {
        PHRASES.iter().filter_map(|phrase| sentence.find(phrase).map(|at| (at, at + phrase.len()))).any(|(at, end)| {
            let before = words(&sentence[..at]);
            // The rest of the clause.
            let clause = sentence[end..].split([',', ';']).next().unwrap_or("");
            let after = words(clause);
            let set_up = after.first() == Some(&"up");
            let elsewhere = after.iter().any(|w| ELSEWHERE.contains(w));
            let subject: Vec<&str> = before.iter().rev().take(3).copied().collect();
            let own = |w: &str| {
                OURS.contains(&w)
                    || w == name
                    || crate::extract::text::singular(w) == crate::extract::text::singular(&name)
            };
            let plural_other =
                subject.first().is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !own(w))
                    && !subject.iter().any(|w| own(w));
            !set_up && !elsewhere && !plural_other
        })
    })
}

/// The words of `s`: its runs of letters.
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect()
}

/// "Proprietary scripts are read-only" of a Boolean: a plural subject other than a pronoun
/// speaks of other things than a property of one value (a collection's items are its own;
/// "These are", "Both timestamps are" include the property); "all other properties are" never
/// speaks of this one.
fn other_things_are(before_mark: &str, collection: bool) -> bool {
    const PRONOUNS: [&str; 5] = ["these", "they", "which", "both", "those"];
    if !before_mark.ends_with(" are") {
        return false;
    }
    let subject: Vec<&str> = before_mark
        .split_whitespace()
        .rev()
        .skip(1)
        .take(3)
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphabetic()))
        .collect();
    // "…; all other properties are read-only": others, whatever this one holds.
    subject.contains(&"other") || (!collection && !subject.iter().any(|w| PRONOUNS.contains(w)))
}

/// "Write-only" in a description: sent, never returned (a client secret). Not
/// when a read returns it masked ("A read operation will return `****`").
fn says_write_only(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    if !lower.contains("write") {
        return false;
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
    let write_only = (0..words.len().saturating_sub(1))
        .any(|i| words[i] == "write" && words[i + 1] == "only" && (i == 0 || words[i - 1] != "read"));
    write_only && !words.contains(&"return") && !words.contains(&"returns")
}

/// Cleans a property name cell: backticks, emphasis, footnotes.
fn property_name(text: &str) -> String {
    let t = text.trim().trim_matches(['`', '*', '_']).trim();
    let mut words = t.split_whitespace();
    let word = words.next().unwrap_or("");
    // A row titled in words (`|Grading categories|`), not a property's name.
    let titled = word.starts_with(|c: char| c.is_ascii_uppercase())
        && words.next().is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    if titled {
        String::new()
    } else if word == "odata.type" {
        // The `@odata.type` member, its `@` forgotten (agentIdentity's table).
        "@odata.type".to_string()
    } else if let Some(rest) = word.strip_prefix("microsoft.graph.").filter(|r| is_type_name(r)) {
        // A relationship written with its type's namespace (`microsoft.graph.security.cloudAppDiscovery`):
        // JSON names it without (an instance annotation keeps its `@`).
        rest.rsplit('.').next().unwrap_or(rest).to_string()
    } else if word.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_' | '-' | '$' | '#')) {
        word.to_string()
    } else {
        String::new()
    }
}

/// A description cell, or `None` (with a warning) when it is a TODO placeholder.
pub(crate) fn description(page: &Page<'_>, cell: &Inline, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let text = cell.text.trim();
    if is_todo(text) {
        diags.push(
            Diagnostic::warning(
                codes::TODO_PLACEHOLDER,
                page.file,
                cell.span,
                "TODO placeholder as the description; the property is kept, without a description",
            )
            .with_help("write the description, or remove the placeholder"),
        );
        return None;
    }
    let text = without_placeholder(text);
    (!text.is_empty()).then(|| text.to_string())
}

/// "Nullable.", "Can be null.": a description of a member that says it may be `null`, unless
/// it says otherwise ("Not nullable").
fn says_nullable(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    !says_not_nullable(description)
        && sentences(&lower).any(|s| {
            let s = s.trim().trim_end_matches('.');
            s == "nullable" || s == "can be null" || s.ends_with(" is nullable")
        })
}

/// "Not nullable", "Cannot be null": a description of a member that is never `null`.
fn says_not_nullable(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    // Each mark below says "null".
    if !lower.contains("null") {
        return false;
    }
    // Not under a condition ("Cannot be null if isAllDay is false").
    let conditional = |s: &str| [" if ", " when ", " unless "].iter().any(|c| s.contains(c));
    sentences(&lower).any(|s| {
        ["not nullable", "cannot be null", "can't be null", "can not be null", "can’t be null"]
            .iter()
            .any(|m| s.contains(m))
            && !conditional(s)
    })
}

/// A description without the Intune template's "Not yet documented" (which says
/// nothing), keeping what follows it ("Not yet documented. Possible values are: …").
pub(crate) fn without_placeholder(text: &str) -> &str {
    const PLACEHOLDER: &str = "not yet documented";
    match text.get(..PLACEHOLDER.len()) {
        Some(head) if head.eq_ignore_ascii_case(PLACEHOLDER) => {
            text[PLACEHOLDER.len()..].trim_start_matches('.').trim()
        }
        _ => text,
    }
}

pub(crate) fn enum_def(name: &str, values: Vec<String>, origin: Origin) -> TypeDef {
    TypeDef {
        name: name.to_string(),
        description: None,
        kind: TypeKind::Enum {
            members: values.into_iter().map(|name| EnumMember { name, description: None }).collect(),
        },
        source: TypeSource::PossibleValues,
        origin,
    }
}

/// The enums an api page defines under its own headings (`### exchangeIdFormat values`
/// beside a request body typed with it): fallbacks, as "Possible values" are, for types
/// no page defines.
pub(crate) fn api_page_enums(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> Vec<TypeDef> {
    let sections = page.sections(|t| enum_heading_name(t).is_some());
    if sections.is_empty() {
        return Vec::new();
    }
    let namespace = sub_namespace(page);
    // The values of a parameter typed as a primitive (`| mode | String |` then `### mode values`)
    // make no type.
    let primitive_rows: Vec<String> = page
        .doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .flat_map(|t| &t.rows)
        .filter(|r| r.get(1).is_some_and(|c| matches!(parse_type_cell(c).ty, TypeRef::Primitive(_))))
        .filter_map(|r| r.first().map(|c| property_name(&c.text)))
        .collect();
    sections
        .into_iter()
        .filter_map(|section| {
            let enum_name = enum_heading_name(&section.title)?;
            if !enum_name.starts_with(|c: char| c.is_ascii_lowercase())
                || primitive_rows.iter().any(|r| r.eq_ignore_ascii_case(enum_name))
            {
                return None;
            }
            let members = enum_members(page, &page.doc.blocks[section.blocks.clone()], diags);
            (!members.is_empty()).then(|| TypeDef {
                name: namespace.as_ref().map_or_else(|| enum_name.to_string(), |ns| format!("{ns}.{enum_name}")),
                description: None,
                kind: TypeKind::Enum { members },
                // Ranked with the rows' "Possible values": one merges with the other.
                source: TypeSource::PossibleValues,
                origin: Origin { file: page.file, offset: section.span.start },
            })
        })
        .collect()
}

/// The members of the member tables among `blocks`, in order, without repeats.
fn enum_members(page: &Page<'_>, blocks: &[Block], diags: &mut Vec<Diagnostic>) -> Vec<EnumMember> {
    let mut members: Vec<EnumMember> = Vec::new();
    for block in blocks {
        let Block::Table(t) = block else { continue };
        if !is_members_table(t) {
            continue;
        }
        let desc_col = t.header.iter().position(|h| h.text.eq_ignore_ascii_case("description"));
        for row in &t.rows {
            let Some(cell) = row.first() else { continue };
            // "norma.", "normal," in a list: punctuation after a name is no part of it.
            let member = property_name(cell.text.trim().trim_end_matches(['.', ',', ';']));
            if member.is_empty() || members.iter().any(|m| m.name == member) {
                continue;
            }
            let description = desc_col.and_then(|i| row.get(i)).and_then(|d| description(page, d, diags));
            members.push(EnumMember { name: member, description });
        }
    }
    members
}

/// The enum a heading introduces: `attachmentType values`, `x enum`, `x enum type`,
/// `x enumeration` → its first word.
fn enum_heading_name(title: &str) -> Option<&str> {
    let title = title.trim().trim_end_matches(':');
    let (name, rest) = title.split_once(char::is_whitespace)?;
    let rest = rest.trim().to_ascii_lowercase();
    let name = name.trim_matches('`');
    (matches!(rest.as_str(), "values" | "enum" | "enum values" | "enum type" | "enumeration" | "enumeration values")
        && is_type_name(name))
    .then_some(name)
}

/// The namespace below `microsoft.graph` a page's `Namespace:` line names
/// (`externalConnectors` for `Namespace: microsoft.graph.externalConnectors`).
fn sub_namespace(page: &Page<'_>) -> Option<String> {
    page.doc.blocks.iter().take_while(|b| !matches!(b, Block::Heading(h) if h.level == 2)).find_map(|b| {
        let Block::Paragraph(p) = b else { return None };
        let ns = p.text.trim().strip_prefix("Namespace:")?.trim().strip_prefix("microsoft.graph.")?;
        let ns = ns.split_whitespace().next()?;
        (!ns.is_empty() && ns.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')).then(|| ns.to_string())
    })
}

/// `name` qualified with the page's namespace (`externalConnectors.identity`) on a
/// namespaced page, else as it is.
pub(super) fn in_page_namespace(page: &Page<'_>, name: &str) -> String {
    match sub_namespace(page) {
        Some(ns) => format!("{ns}.{name}"),
        None => name.to_string(),
    }
}

/// The resource annotation's `@odata.type` (older pages: `@type`), or a
/// title such as "x resource type" → `x`. The title wins over an annotation its
/// file name and it agree against (`microsoft.graph.virtualEventRegistrant` on
/// `virtualeventregistration.md`, "virtualEventRegistration resource type": a
/// type renamed, its annotation not), unless the annotation only qualifies the
/// title's name (`workbookChart` on `chart.md`, "Chart resource type").
fn type_name_from(page: &Page<'_>) -> Option<String> {
    let from_annotation = page.annotations.values().find_map(|a| {
        (a.get("blockType")?.as_str()? == "resource").then_some(())?;
        crate::page::annotated_type(a).map(strip_namespace).filter(|n| is_type_name(n))
    });
    let from_title = || {
        // "x resource type", "x enum type", "x facet", or just "x"; not a sentence
        // such as "Use the Microsoft Graph threat assessment API" (an overview page).
        let mut words = page.title.split_whitespace();
        let first = words.next()?;
        let type_like = match words.next().map(str::to_ascii_lowercase).as_deref() {
            None => true,
            Some(second) => {
                matches!(
                    second,
                    "resource" | "enum" | "complex" | "entity" | "object" | "facet" | "type" | "enumeration"
                )
            }
        };
        Some(strip_namespace(first.trim_matches('`'))).filter(|n| type_like && is_type_name(n))
    };
    // Without an annotation, a page's `Namespace: microsoft.graph.x` line qualifies its title's name.
    let from_title = || {
        from_title().map(|name| match sub_namespace(page) {
            Some(ns) if !name.contains('.') => format!("{ns}.{name}"),
            _ => name,
        })
    };
    match from_annotation {
        Some(a) => Some(match from_title() {
            Some(t) if stale_annotation(&a, &t, page.source.name()) => t,
            // `microsoft.graph.teamsasyncoperation` on the page titled "teamsAsyncOperation resource
            // type" (but not `drive` on "Drive resource type": type names start in lowercase).
            // Nor `microsoft.graph.IdentityProvider` on "identityProvider resource type".
            Some(t)
                if (!a.chars().any(|c| c.is_ascii_uppercase())
                    || strip_namespace(&a).starts_with(|c: char| c.is_ascii_uppercase()))
                    && t.eq_ignore_ascii_case(&a)
                    && strip_namespace(&t).starts_with(|c: char| c.is_ascii_lowercase()) =>
            {
                t
            }
            _ => a,
        }),
        None => from_title(),
    }
}

/// Whether the file `name` (`…/virtualeventregistration.md`) and the title's type
/// `title` agree against the annotation's type `annotated`.
fn stale_annotation(annotated: &str, title: &str, name: &str) -> bool {
    let stem = super::page_stem(name).unwrap_or_default();
    let short = |n: &str| n.rsplit('.').next().unwrap_or(n).to_ascii_lowercase();
    let (annotated, title) = (short(annotated), short(title));
    // The stem may carry the namespace's prefix (`externalconnectors-compliancesettings`).
    let stem_names_title = stem == title || stem.strip_suffix(&title).is_some_and(|s| s.ends_with('-'));
    stem_names_title && annotated != title && !annotated.ends_with(&title)
}

/// A name usable as a component: an identifier, possibly dotted.
pub fn is_type_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

pub(crate) fn strip_namespace(s: &str) -> String {
    let s = s.trim().trim_start_matches('#');
    s.strip_prefix("microsoft.graph.")
        .or_else(|| s.strip_prefix("Microsoft.Graph."))
        // `microsoft.deviceMetadata`: no namespace is `microsoft` alone; `graph.` was dropped.
        .or_else(|| {
            s.strip_prefix("microsoft.").filter(|rest| {
                rest.starts_with(|c: char| c.is_ascii_lowercase()) && !rest.contains('.') && *rest != "graph"
            })
        })
        .unwrap_or(s)
        .to_string()
}

/// The resource annotation's `keyProperty` (`"id"`), else the member its JSON
/// representation shows as `"id": "String (identifier)"`.
fn key_property(page: &Page<'_>) -> Option<String> {
    let mut resources = page.annotations.iter().filter(|(i, _)| page.block_type(**i) == Some("resource"));
    resources
        .clone()
        .find_map(|(_, a)| a.get("keyProperty").and_then(Value::as_str).map(|k| k.trim().to_string()))
        .or_else(|| {
            resources.find_map(|(i, _)| {
                // `"id": "String (identifier)"`; not a list's items (`"guids": ["string (identifier)"]`).
                let line = page.code(*i)?.text.lines().find(|l| {
                    l.split_once(':')
                        .is_some_and(|(_, v)| v.trim_start().starts_with('"') && v.contains("(identifier)"))
                })?;
                let name = line.trim_start().strip_prefix('"')?.split('"').next()?;
                is_type_name(name).then(|| name.to_string())
            })
        })
}

/// Whether a type cell names its type in Graph's root namespace (`microsoft.graph.x`,
/// `graph.x`, `microsoft.graph.x collection`), not a sub-namespace's.
fn written_in_root_namespace(cell: &str) -> bool {
    let word = cell.split_whitespace().next().unwrap_or("").trim_matches('`');
    let lower = word.to_ascii_lowercase();
    lower
        .strip_prefix("microsoft.graph.")
        .or_else(|| lower.strip_prefix("graph."))
        .is_some_and(|name| !name.is_empty() && !name.contains('.'))
}

/// What the lead of a derived type's page says before its base: "Derived from [x]".
const LEAD_BASE_PHRASES: [&str; 3] = ["derived from", "inherited from", "a subclass of"];

/// Where the first of [`LEAD_BASE_PHRASES`] stands in a lead's paragraph (lowercase), and
/// which; "a subclass of" only where it says what this type is ("A subclass of [x].", "This
/// type is a subclass of [x]"), not "create a subclass of it", "is not a subclass of" nor
/// another noun's ("…, which is a subclass of [x]").
fn lead_base_phrase(lower: &str) -> Option<(usize, &'static str)> {
    LEAD_BASE_PHRASES
        .iter()
        .filter_map(|k| {
            let at = lower.match_indices(k).map(|(i, _)| i).find(|&i| {
                *k != "a subclass of" || {
                    let sentence = lower[..i].rsplit(['.', '!', '?']).next().unwrap_or("").trim();
                    matches!(sentence, "" | "is" | "it is" | "this is")
                        || (sentence.starts_with("this ")
                            && sentence.ends_with(" is")
                            && sentence.split(' ').count() == 3)
                }
            })?;
            Some((at, *k))
        })
        .min()
}

/// The type's base: its annotation's `baseType`, else what the prose says it inherits
/// from. Second, the prose's base where the annotation names another type and the rows say
/// they are "Inherited from" the prose's and never the annotation's (an annotation copied
/// from a sibling family's page): resolution takes it unless the annotation's type derives
/// from it (the prose naming a grandparent).
fn base_type(page: &Page<'_>, inherited_rows: &[String]) -> (Option<String>, Option<String>) {
    let from_annotation = page.annotations.values().find_map(|a| {
        (a.get("blockType")?.as_str()? == "resource").then_some(())?;
        a.get("baseType").and_then(Value::as_str).map(strip_namespace).filter(|b| is_type_name(b))
    });
    // "Inherits from [x]" anywhere; "Derived from [x]", "Inherited from [x]" and "A subclass
    // of [x]" in the lead (before the first section), where they describe the type, not a
    // property.
    let first_section = page.doc.blocks.iter().position(|b| matches!(b, Block::Heading(h) if h.level >= 2));
    let from_prose = || {
        page.doc.blocks.iter().enumerate().find_map(|(i, b)| {
            let Block::Paragraph(p) = b else { return None };
            let lower = p.text.to_ascii_lowercase();
            let in_lead = first_section.is_none_or(|s| i < s);
            let (at, phrase) = match lower.find("inherits from") {
                Some(at) => (at, "inherits from"),
                None => in_lead.then(|| lead_base_phrase(&lower)).flatten()?,
            };
            let after = &p.text[at..];
            // "A subclass of [x]": the link right after the phrase, not one later in the sentence.
            let right_after = |l: &&crate::markdown::Link| {
                let rest = p.text[at + phrase.len()..].trim_start();
                rest.strip_prefix("the ").unwrap_or(rest).starts_with(l.text.as_str())
            };
            p.links
                .iter()
                .filter(|l| after.contains(&l.text) && (phrase != "a subclass of" || right_after(l)))
                .map(|l| strip_namespace(&l.text))
                .find(|n| is_type_name(n))
        })
    };
    let short = |n: &str| n.rsplit('.').next().unwrap_or(n).to_ascii_lowercase();
    match from_annotation {
        // `microsoft.backupRestore.protectionUnitBase` beside "Inherits from [protectionUnitBase]":
        // a namespace outside `microsoft.graph` the annotation alone gives, which no type page
        // uses (`microsoft.graph.security.artifact` beside "[artifact]" is Graph's own, and stays).
        Some(a) => match from_prose() {
            // Not where a row names the annotation's type too (the prose naming a grandparent,
            // `mobileApp` over `mobileLobApp`), nor for Graph's root `entity` (every `id` row's).
            Some(p)
                if short(&p) != short(&a)
                    && short(&p) != "entity"
                    && inherited_rows.iter().any(|r| short(r) == short(&p))
                    && !inherited_rows.iter().any(|r| short(r) == short(&a)) =>
            {
                (Some(a), Some(p))
            }
            Some(p) if a.starts_with("microsoft.") && short(&p) == short(&a) => (Some(p), None),
            _ => (Some(a), None),
        },
        None => (from_prose(), None),
    }
}

/// The page a paragraph's link naming the base goes to ("Inherits from
/// [crossTenantAccessPolicyB2BSettings](../resources/crosstenantaccesspolicyb2bsetting.md)"):
/// the base resolves through it as other links do.
fn base_link_target(page: &Page<'_>, base: &str) -> Option<String> {
    let short = |n: &str| n.rsplit('.').next().unwrap_or(n).to_ascii_lowercase();
    page.doc.blocks.iter().find_map(|b| {
        let Block::Paragraph(p) = b else { return None };
        p.links.iter().filter_map(super::text::type_link).find(|(name, _)| short(name) == short(base)).map(|(_, s)| s)
    })
}

/// The types the rows of the property tables say they are "Inherited from [x]", each once.
fn rows_inherited_from(page: &Page<'_>, property_section: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for section in page.sections(property_section) {
        for cell in section.own_tables().filter(|t| is_property_table(t)).flat_map(|t| &t.rows).filter_map(|r| r.last())
        {
            // Most rows say nothing of it: no lowercase copy for them.
            if !cell.text.contains("nherited") {
                continue;
            }
            let lower = cell.text.to_ascii_lowercase();
            let Some(at) = lower.find("inherited from") else { continue };
            let after = &cell.text[at..];
            let linked = cell.links.iter().find(|l| after.contains(l.text.as_str())).map(|l| strip_namespace(&l.text));
            if let Some(n) = linked.filter(|n| is_type_name(n))
                && !out.contains(&n)
            {
                out.push(n);
            }
        }
    }
    out
}

/// The types the lead of a base type's page links as derived from it: "The derived
/// types are [educationFeedbackOutcome](…), [educationPointsOutcome](…)", "the base
/// resource for the following derived types: …".
/// "The **directoryObject** type is the base type for the following directory entity types …:"
/// and a bulleted list of links: the list's items too, one type link each.
fn listed_derived_types(page: &Page<'_>) -> Vec<String> {
    let first_section = page.doc.blocks.iter().position(|b| matches!(b, Block::Heading(h) if h.level >= 2));
    let lead = &page.doc.blocks[..first_section.unwrap_or(page.doc.blocks.len())];
    let mut out = Vec::new();
    for (i, b) in lead.iter().enumerate() {
        let Block::Paragraph(p) = b else { continue };
        let lower = p.text.to_ascii_lowercase();
        let phrases = [
            "derived types are",
            "following derived types",
            "base type for the following",
            "base resource for the following",
        ];
        let Some(at) = phrases.iter().find_map(|k| lower.find(k)) else { continue };
        let after = &p.text[at..];
        out.extend(p.links.iter().filter(|l| after.contains(l.text.as_str())).filter_map(super::text::type_link));
        if p.text.trim_end().ends_with(':') {
            for item in lead[i + 1..].iter().map_while(|b| match b {
                Block::Paragraph(item) if is_list_item(page, item) => Some(item),
                _ => None,
            }) {
                if let [link] = &item.links[..] {
                    out.extend(super::text::type_link(link));
                }
            }
        }
    }
    out.into_iter().map(|(name, _)| name).filter(|n| is_type_name(n)).collect()
}

/// Whether a paragraph is a list item: its source line starts with a bullet (`+`, `*`, `-`)
/// or a number (an item's span starts at its marker; a paragraph inside one after it).
fn is_list_item(page: &Page<'_>, p: &crate::markdown::Inline) -> bool {
    let text = page.source.text();
    let start = p.span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
    let line = text[line_start..].trim_start();
    let marker = line.split_whitespace().next().unwrap_or_default();
    matches!(marker, "+" | "*" | "-")
        || marker.strip_suffix(['.', ')']).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// A resource page → an object type with its properties and relationships.
pub fn extract_resource_page(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> PageOutput {
    let mut out = PageOutput::default();
    // `Properties`, `Relationships`, and the rarer `operationError Properties` or `Common properties`.
    // Also `Instance attributes` (drive items' `@microsoft.graph.downloadUrl`).
    let property_section = |t: &str| {
        t == "instance attributes"
            || ["properties", "relationships"]
                .iter()
                .any(|k| t == *k || t.strip_suffix(k).is_some_and(|s| s.ends_with(' ')))
    };
    let Some(name) = type_name_from(page) else {
        // An overview page says nothing of types; a page that documents properties
        // ("complex types JSON") and names no type loses them: say so.
        if page.sections(property_section).iter().any(|s| s.own_tables().any(is_property_table)) {
            diags.push(
                Diagnostic::warning(
                    codes::UNNAMED_TYPE,
                    page.file,
                    page.title_span,
                    format!(
                        "the page documents properties but names no type (its title `{}` is not \"<type> resource type\" \
                         and no `resource` annotation gives an `@odata.type`); its properties are left out",
                        page.title
                    ),
                )
                .with_help(
                    "title the page \"<typeName> resource type\", or annotate its JSON representation with \
                     `<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.<typeName>\" } -->`",
                ),
            );
        }
        return out;
    };
    let mut properties = Vec::new();
    for section in page.sections(property_section) {
        // A sub-heading's table describes something else (`### Properties of a policy
        // definition`: the JSON inside the `definition` string); sub-headings that are
        // property sections themselves are visited on their own.
        for t in section.own_tables().filter(|t| is_property_table(t)) {
            for p in table_properties(page, t, &mut out, diags) {
                if !properties.iter().any(|q: &Property| q.name == p.name) {
                    properties.push(p);
                }
            }
        }
    }
    // "> **Note:** All properties of this resource are read-only." above the table.
    let all_read_only = page.sections(property_section).iter().flat_map(|s| s.own_blocks()).any(|(_, b)| {
        let Block::Paragraph(p) = b else { return false };
        let lower = p.text.to_ascii_lowercase();
        // The sentence whole, about this resource: not "Not all properties …", "… unless …",
        // "… apart from **x**", "When …, all properties are read-only", nor another object's.
        const SAID: [&str; 6] = [
            "all properties are read-only",
            "all properties of this resource are read-only",
            "all properties of this type are read-only",
            "all properties of this object are read-only",
            "all the properties of this resource are read-only",
            "all of the properties of this resource are read-only",
        ];
        sentences(&lower).any(|s| {
            let s = s.trim().trim_start_matches("note:").trim().trim_end_matches(['.', ' ', ';']);
            SAID.contains(&s)
        })
    });
    if all_read_only {
        properties.iter_mut().for_each(|p| p.read_only = true);
    }
    let inherited_rows = rows_inherited_from(page, property_section);
    let (base, prose_base) = base_type(page, &inherited_rows);
    let base = base.filter(|b| !b.eq_ignore_ascii_case(&name));
    if let Some(p) = prose_base.filter(|p| !p.eq_ignore_ascii_case(&name)) {
        out.prose_bases.push((name.clone(), p));
    }
    if properties.is_empty() && base.is_none() {
        // An open type whose members are keys the client picks, each holding one type's
        // value (planner's `plannerAssignments`, a dictionary): the values' type.
        if let Some((value, stem)) = open_value_type(page) {
            out.open_values.push((name.clone(), value, stem));
        }
        // No property table: the JSON representation is the definition (as for
        // ApiDoctor). Not for a derived type, whose representation repeats what it inherits.
        properties = representation_properties(page, &mut out);
    }
    if let Some((annotation, members, origin)) = (!properties.is_empty()).then(|| representation(page)).flatten() {
        names_as_represented(&members, &mut properties);
        single_values_as_represented(page, &name, &members, &mut properties, diags);
        out.represented.extend(represented_kinds(&members, &properties));
        // Members the representation shows and the table lacks (`bookingAppointment`'s
        // `customerName`): the type's own or inherited; resolution decides.
        let shown: Vec<Property> =
            represented_properties(annotation, &members, origin, shown_type, Some(crate::model::SHOWN_ONLY))
                .into_iter()
                .filter(|p| !properties.iter().any(|q| q.name.eq_ignore_ascii_case(&p.name)))
                .collect();
        refer_to_types(&shown, &mut out);
        if !shown.is_empty() {
            out.shown.push((name.clone(), shown));
        }
    }
    // An entity's key is never null (its row rarely says so); but a row calling itself
    // "Nullable." (`userIdentity`'s `id`, shown as `"String (identifier)"` on a complex type) is.
    if let Some(key) = key_property(page) {
        properties
            .iter_mut()
            .filter(|p| p.name == key && !p.description.as_deref().is_some_and(says_nullable))
            .for_each(|p| p.nullable = false);
    }
    out.derived = listed_derived_types(page).into_iter().map(|d| (d, name.clone())).collect();
    if let Some(b) = &base {
        let short = |n: &str| n.rsplit('.').next().unwrap_or(n).to_ascii_lowercase();
        out.inherited_from = inherited_rows
            .into_iter()
            .filter(|a| short(a) != short(b) && short(a) != short(&name))
            .map(|a| (name.clone(), a))
            .collect();
        out.references.push(Reference {
            name: b.clone(),
            linked: true,
            target: base_link_target(page, b),
            origin: Origin { file: page.file, offset: page.title_span.start },
        });
    }
    // `### teamsAppDistributionMethod values` under the properties: the definition of
    // the enum a property here is typed with, or one that other pages link to
    // (`unbilledusage.md#billingperiod-values`, for an action's parameter): not the
    // values of a property here of another type.
    let namespace = sub_namespace(page);
    for section in page.sections(|t| enum_heading_name(t).is_some()) {
        let Some(enum_name) = enum_heading_name(&section.title) else { continue };
        // The name as a property here writes it (`security.healthIssueSeverity` under
        // `#### HealthIssueSeverity values`), else in the page's namespace.
        let typed_as = properties.iter().find_map(|p| {
            p.ty.named().filter(|n| n.rsplit('.').next().is_some_and(|last| last.eq_ignore_ascii_case(enum_name)))
        });
        // The values of a property of a primitive type here, or a heading naming no
        // enum (`### Property values`): no type.
        let values_of_primitive =
            properties.iter().any(|p| p.name.eq_ignore_ascii_case(enum_name) && p.ty.named().is_none());
        let enum_like = typed_as.is_some() || enum_name.starts_with(|c: char| c.is_ascii_lowercase());
        let blocks = &page.doc.blocks[section.blocks.clone()];
        let members = if enum_like && !values_of_primitive { enum_members(page, blocks, diags) } else { Vec::new() };
        if !members.is_empty() {
            let name = match (typed_as, &namespace) {
                (Some(written), _) => written.to_string(),
                (None, Some(ns)) => format!("{ns}.{enum_name}"),
                (None, None) => enum_name.to_string(),
            };
            let def = TypeDef {
                name,
                description: None,
                kind: TypeKind::Enum { members },
                source: TypeSource::EnumList,
                origin: Origin { file: page.file, offset: section.span.start },
            };
            // One no property here uses is a fallback: any page defining it wins.
            if typed_as.is_some() { out.types.push(def) } else { out.hints.push(def) }
        }
    }
    separate_same_named_enum(&name, &mut properties, &mut out);
    out.types.push(TypeDef {
        name,
        description: page_description(page),
        kind: TypeKind::Object { base, properties },
        source: TypeSource::Page,
        origin: Origin { file: page.file, offset: page.title_span.start },
    });
    out
}

/// An enum the page defines (`### userPurpose values`) or hints ("Possible values are")
/// under the name of the page's own type: the page's `userPurpose` holds a `value` of
/// the enum `userPurpose`. One name cannot be both, and the object would hold itself;
/// the enum becomes `<name>Values`, after its heading, and what here names it follows.
fn separate_same_named_enum(name: &str, properties: &mut [Property], out: &mut PageOutput) {
    let same = |n: &str| n.eq_ignore_ascii_case(name);
    let is_enum = |d: &TypeDef| matches!(d.kind, TypeKind::Enum { .. }) && same(&d.name);
    if !out.types.iter().chain(&out.hints).any(is_enum) {
        return;
    }
    let renamed = format!("{name}Values");
    for d in out.types.iter_mut().chain(out.hints.iter_mut()) {
        if matches!(d.kind, TypeKind::Enum { .. }) && same(&d.name) {
            d.name.clone_from(&renamed);
        }
    }
    // Only the members typed with the enum: linked to its values section, or listing its
    // values themselves (the row that hinted it); a member holding the type itself
    // (`children`, a `termNode` collection on `termNode`) keeps it. References to the name
    // stay: the page's own type answers them.
    let hinted: Vec<Origin> = out.hints.iter().filter(|d| d.name == renamed).map(|d| d.origin).collect();
    for p in properties.iter_mut().filter(|p| out.values_typed.contains(&p.origin) || hinted.contains(&p.origin)) {
        if let Some(n) = p.ty.named_mut().filter(|n| same(n)) {
            n.clone_from(&renamed);
        }
    }
}

/// The properties a resource page's JSON representation (the code block its
/// `"blockType": "resource"` annotation precedes) shows, typed from the values:
/// primitive type names (`"String"`, `"Int32"`; anything else is a string),
/// `{"@odata.type": "microsoft.graph.x"}`, literals and arrays of those.
/// Properties named `@odata.…` are left out; an open type's sample members too.
fn representation_properties(page: &Page<'_>, out: &mut PageOutput) -> Vec<Property> {
    let Some((annotation, members, origin)) = representation(page) else { return Vec::new() };
    let properties = represented_properties(annotation, &members, origin, value_type, None);
    refer_to_types(&properties, out);
    properties
}

/// The members a JSON representation shows, typed by `ty` from their values, with
/// `description`. None for an open type, whose representation shows samples (`fieldValueSet`).
fn represented_properties(
    annotation: &Value,
    members: &serde_json::Map<String, Value>,
    origin: Origin,
    ty: fn(&Value) -> TypeRef,
    description: Option<&str>,
) -> Vec<Property> {
    if annotation.get("openType").and_then(Value::as_bool) == Some(true) {
        return Vec::new();
    }
    members
        .iter()
        .filter(|(name, _)| !name.starts_with('@') && is_type_name(name))
        .map(|(name, value)| Property {
            name: name.clone(),
            ty: ty(value),
            description: description.map(str::to_string),
            required: false,
            read_only: false,
            write_only: false,
            nullable: true,
            origin,
        })
        .collect()
}

/// The named types of `properties` as references.
fn refer_to_types(properties: &[Property], out: &mut PageOutput) {
    for p in properties {
        if let Some(named) = p.ty.named() {
            out.references.push(Reference { name: named.to_string(), linked: false, target: None, origin: p.origin });
        }
    }
}

/// A resource page's JSON representation (the code block its `"blockType":
/// "resource"` annotation precedes): the annotation, the members, where it is.
fn representation<'p>(page: &'p Page<'_>) -> Option<(&'p Value, serde_json::Map<String, Value>, Origin)> {
    let (annotation, code) = page
        .annotations
        .iter()
        .filter(|(i, _)| page.block_type(**i) == Some("resource"))
        .find_map(|(i, a)| Some((a, page.code(*i)?)))?;
    let Value::Object(members) = crate::json::parse_lenient(&code.text).ok()?.value else { return None };
    Some((annotation, members, Origin { file: page.file, offset: code.span.start }))
}

/// A primitive the property table calls a collection while the JSON
/// representation shows one value (`availability | string collection` beside
/// `"availability": "string"`) is one value: the examples show what the
/// representation shows (presence, printerLocation's `stateOrProvince`).
/// Says so in a warning: the page contradicts itself, and a client of the
/// other reading fails.
fn single_values_as_represented(
    page: &Page<'_>,
    type_name: &str,
    members: &serde_json::Map<String, Value>,
    properties: &mut [Property],
    diags: &mut Vec<Diagnostic>,
) {
    // A string naming a collection (`"tags": "Collection(Edm.String)"`) is a list written as its type.
    let one_value = |v: &str| !parse_type_cell(&Inline { text: v.to_string(), ..Inline::default() }).ty.is_collection();
    for p in properties {
        if let TypeRef::Collection(inner) = &p.ty
            && let TypeRef::Primitive(primitive) = **inner
            && matches!(members.get(&p.name), Some(Value::String(v)) if one_value(v))
        {
            p.ty = (**inner).clone();
            diags.push(
                Diagnostic::warning(
                    codes::EXAMPLE_TYPE_MISMATCH,
                    page.file,
                    Span::new(p.origin.offset, p.origin.offset),
                    format!(
                        "`{}` of `{type_name}` is typed as a `{primitive:?}` collection, but the JSON representation \
                         shows one value; emitted as one value",
                        p.name
                    ),
                )
                .with_help("make the table and the JSON representation agree"),
            );
        }
    }
}

/// A property the table spells in another letter case than the JSON
/// representation (`DateTime` beside `"dateTime"`, `ID` beside `"id"`) takes the
/// representation's spelling: JSON names are case-sensitive, and it is the wire's.
fn names_as_represented(members: &serde_json::Map<String, Value>, properties: &mut [Property]) {
    for p in properties {
        // Graph's members are camelCase: a representation's `SessionId` for the table's
        // `sessionId` is the representation's slip.
        let pascal_for_camel = |k: &str| {
            p.name.starts_with(|c: char| c.is_ascii_lowercase()) && k.starts_with(|c: char| c.is_ascii_uppercase())
        };
        if members.contains_key(&p.name) {
            continue;
        }
        if let Some(spelled) = members.keys().find(|k| k.eq_ignore_ascii_case(&p.name) && !pascal_for_camel(k)) {
            p.name = spelled.clone();
        }
    }
}

/// For each property of a named type, whether the JSON representation shows
/// its value (an item of a list's) as a string. In v1.0 every enum is shown as a
/// string (`"String"`, `"active | deleted"`), objects as objects or by name.
fn represented_kinds(members: &serde_json::Map<String, Value>, properties: &[Property]) -> Vec<(String, bool)> {
    properties
        .iter()
        .filter_map(|p| {
            let name = p.ty.named()?;
            let value = match (members.get(&p.name)?, p.ty.is_collection()) {
                (Value::Array(items), true) => items.first()?,
                (v, false) => v,
                _ => return None,
            };
            // The type's own name (`"lastShared": "sharingDetail"`) says nothing of its kind,
            // nor a time (`"dueDateTime": "String (timestamp)"` for a `DateTimeTimeZone`).
            let says_nothing = value.as_str().is_some_and(|v| {
                let short = strip_namespace(v);
                let lower = v.to_ascii_lowercase();
                short.eq_ignore_ascii_case(name)
                    || short.eq_ignore_ascii_case(name.rsplit('.').next().unwrap_or(name))
                    || ["time", "date"].iter().any(|w| lower.contains(w))
            });
            (!value.is_null() && !says_nothing).then(|| (name.to_string(), value.is_string()))
        })
        .collect()
}

/// The type an `@odata.type` value names (`#microsoft.graph.x` → `x`, a primitive's name
/// → that primitive); `None` when it names none (`microsoft.graph.`, `{type}`).
pub(crate) fn odata_type(value: &str) -> Option<TypeRef> {
    use crate::types::Primitive;
    let name = strip_namespace(value);
    if !is_type_name(&name) {
        return None;
    }
    Some(match Primitive::names().find(|p| p.eq_ignore_ascii_case(&name)) {
        Some(_) => match parse_type_cell(&Inline { text: name, ..Inline::default() }).ty {
            t @ TypeRef::Primitive(_) => t,
            _ => TypeRef::Primitive(Primitive::String),
        },
        None => TypeRef::Named(name),
    })
}

/// The type a JSON representation's value stands for.
fn value_type(value: &Value) -> TypeRef {
    use crate::types::Primitive;
    match value {
        // The values a string (or Boolean) takes: `"plain | richText"`.
        Value::String(s) if let Some(t) = alternatives_type(s) => t,
        // A type name such as `String (identifier)` or `Int32`; complex types are written as objects.
        Value::String(s) => match parse_type_cell(&Inline { text: s.clone(), ..Inline::default() }).ty {
            // `String (timestamp)`, `String (Date)`: a string in that format.
            TypeRef::Primitive(Primitive::String) if s.to_ascii_lowercase().ends_with("(timestamp)") => {
                TypeRef::Primitive(Primitive::DateTimeOffset)
            }
            TypeRef::Primitive(Primitive::String) if s.to_ascii_lowercase().ends_with("(date)") => {
                TypeRef::Primitive(Primitive::Date)
            }
            t @ TypeRef::Primitive(_) => t,
            _ => TypeRef::Primitive(Primitive::String),
        },
        Value::Bool(_) => TypeRef::Primitive(Primitive::Boolean),
        Value::Number(n) if n.is_i64() || n.is_u64() => TypeRef::Primitive(Primitive::Int32),
        Value::Number(_) => TypeRef::Primitive(Primitive::Double),
        Value::Object(o) => o
            .get("@odata.type")
            .and_then(Value::as_str)
            .and_then(odata_type)
            .unwrap_or(TypeRef::Primitive(Primitive::Json)),
        Value::Array(items) => match items.first() {
            Some(item) => TypeRef::Collection(Box::new(value_type(item))),
            None => TypeRef::Primitive(Primitive::Json),
        },
        Value::Null => TypeRef::Primitive(Primitive::Json),
    }
}

/// The type of a member only a JSON representation shows, where the value says it
/// plainly (a primitive's name, `{"@odata.type": …}`, `true`, the values a string
/// takes: `"unknown | standard | reserved"`, `"true | false"`); a sample (`"Contoso"`,
/// a type named as a string, a number of unknown width) is any JSON: a wrong guess
/// would reject real responses, an open value loses nothing.
fn shown_type(value: &Value) -> TypeRef {
    use crate::types::Primitive;
    let plain = match value {
        Value::String(s) => {
            alternatives_type(s).is_some()
                || matches!(parse_type_cell(&Inline { text: s.clone(), ..Inline::default() }).ty, TypeRef::Primitive(_))
        }
        Value::Number(_) | Value::Null => false,
        Value::Array(items) => {
            items.first().is_some_and(|i| !matches!(shown_type(i), TypeRef::Primitive(Primitive::Json)))
        }
        Value::Bool(_) | Value::Object(_) => true,
    };
    if plain { value_type(value) } else { TypeRef::Primitive(Primitive::Json) }
}

/// `"personal | business | documentLibrary"`, `"dateOnly | dateTime"`: the values a string
/// takes, as JSON representations write an enum (two or more names, perhaps ending in
/// `...`): a string; `"true | false"`: a Boolean. Not names of types only (`"String | Int32"`).
fn alternatives_type(s: &str) -> Option<TypeRef> {
    use crate::types::Primitive;
    let parts: Vec<&str> = s.split('|').map(str::trim).collect();
    let name = |p: &&str| {
        p.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && p.chars().all(|c| c.is_ascii_alphanumeric())
    };
    let names: Vec<&str> = parts.iter().copied().filter(name).collect();
    if names.len() < 2 || !parts.iter().all(|p| name(p) || *p == "..." || *p == "…") {
        return None;
    }
    if names.iter().all(|p| matches!(p.to_ascii_lowercase().as_str(), "true" | "false")) {
        return Some(TypeRef::Primitive(Primitive::Boolean));
    }
    let type_name = |p: &&str| {
        matches!(parse_type_cell(&Inline { text: p.to_string(), ..Inline::default() }).ty, TypeRef::Primitive(_))
    };
    (!names.iter().all(type_name)).then_some(TypeRef::Primitive(Primitive::String))
}

/// An enum page → an enum type with its members.
pub fn extract_enum_page(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> PageOutput {
    let mut out = PageOutput::default();
    // A page of several enums, one per heading such as `### attachmentType values` (v1.0's enums.md).
    let sections = page.sections(|t| enum_heading_name(t).is_some());
    if sections.len() >= 2 {
        for section in sections {
            let Some(name) = enum_heading_name(&section.title) else { continue };
            // The page's own title ("# Enum values") holds the others: no enum of its own.
            if section.iter().any(|(_, b)| matches!(b, Block::Heading(h) if enum_heading_name(&h.text).is_some())) {
                continue;
            }
            let members = enum_members(page, &page.doc.blocks[section.blocks.clone()], diags);
            if members.is_empty() {
                continue;
            }
            let description = page.doc.blocks[section.blocks.clone()].iter().find_map(|b| match b {
                Block::Paragraph(p) if !is_todo(&p.text) => Some(p.text.trim().to_string()),
                _ => None,
            });
            out.types.push(TypeDef {
                name: name.to_string(),
                description,
                kind: TypeKind::Enum { members },
                source: TypeSource::EnumList,
                origin: Origin { file: page.file, offset: section.span.start },
            });
        }
        return out;
    }
    let Some(name) = type_name_from(page) else { return out };
    let members = enum_members(page, &page.doc.blocks, diags);
    if members.is_empty() {
        return out;
    }
    out.types.push(TypeDef {
        name,
        description: page_description(page),
        kind: TypeKind::Enum { members },
        source: TypeSource::Page,
        origin: Origin { file: page.file, offset: page.title_span.start },
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn description(text: &str) -> Option<String> {
        let src = crate::SourceFile::new("a.md", text);
        page_description(&Page::parse(crate::FileId(0), &src, &mut Vec::new()))
    }

    /// The properties of a page's first table.
    fn first_table_properties(text: &str) -> Vec<Property> {
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let table = page
            .doc
            .blocks
            .iter()
            .find_map(|b| match b {
                crate::markdown::Block::Table(t) => Some(t),
                _ => None,
            })
            .expect("the page's table");
        table_properties(&page, table, &mut PageOutput::default(), &mut Vec::new())
    }

    fn resource(name: &str, text: &str) -> TypeDef {
        let src = crate::SourceFile::new(name, text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        extract_resource_page(&page, &mut Vec::new()).types.remove(0)
    }

    #[test]
    fn a_namespace_of_microsoft_alone_lost_its_graph() {
        assert_eq!(strip_namespace("#microsoft.graph.user"), "user");
        assert_eq!(strip_namespace("microsoft.deviceMetadata"), "deviceMetadata");
        assert_eq!(strip_namespace("#microsoft."), "microsoft.", "no name to take");
        assert_eq!(strip_namespace("microsoft.graph.security.alert"), "security.alert");
        assert_eq!(
            strip_namespace("microsoft.dataClassificationService.contract.x"),
            "microsoft.dataClassificationService.contract.x"
        );
    }

    #[test]
    fn a_type_cell_saying_readonly_marks_the_property_read_only() {
        let text = "---\ndoc_type: resourcePageType\n---\n# operationError resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|code|string (readonly)|The error code.|\n|message|String (read-only)|The message.|\n|target|String|The target.|\n|details|String collection (readonly)|Details.|\n|by|[identitySet](identityset.md) collection (readonly)|Who.|\n|kind|String, read-only|The kind.|\n";
        let t = resource("resources/operationerror.md", text);
        let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
        let marks: Vec<(&str, bool, bool)> = properties
            .iter()
            .map(|p| (p.name.as_str(), p.read_only, p.ty == TypeRef::Primitive(crate::types::Primitive::String)))
            .collect();
        assert_eq!(marks[..3], [("code", true, true), ("message", true, true), ("target", false, true)]);
        let kinds: Vec<(&str, bool, &TypeRef)> =
            properties[3..].iter().map(|p| (p.name.as_str(), p.read_only, &p.ty)).collect();
        let string = TypeRef::Primitive(crate::types::Primitive::String);
        assert_eq!(
            kinds,
            [
                ("details", true, &TypeRef::Collection(Box::new(string.clone()))),
                ("by", true, &TypeRef::Collection(Box::new(TypeRef::Named("identitySet".into())))),
                ("kind", true, &string),
            ]
        );
    }

    #[test]
    fn the_representation_respells_a_member_but_not_into_pascal_case() {
        let text = "---\ndoc_type: resourcePageType\n---\n# cloudLogonSessionEvidence resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|sessionId|String|The session.|\n|ioTHub|String|The hub.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.cloudLogonSessionEvidence\"} -->\n```json\n{\"SessionId\": \"String\", \"iotHub\": \"String\"}\n```\n";
        let t = resource("resources/x.md", text);
        let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
        let names: Vec<&str> = properties.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["sessionId", "iotHub"]);
    }

    #[test]
    fn a_collection_the_representation_shows_as_one_value_is_one_value_with_a_warning() {
        let text = "---\ndoc_type: resourcePageType\n---\n# servicePrincipal resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|alternativeNames|String collection|Names.|\n|tags|String collection|Tags.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.servicePrincipal\"} -->\n```json\n{\"alternativeNames\": \"string\", \"tags\": [\"String\"]}\n```\n";
        let src = crate::SourceFile::new("resources/serviceprincipal.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let mut diags = Vec::new();
        let out = extract_resource_page(&page, &mut diags);
        let TypeKind::Object { properties, .. } = &out.types[0].kind else { panic!("{:?}", out.types) };
        let types: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.ty.is_collection())).collect();
        assert_eq!(types, [("alternativeNames", false), ("tags", true)]);
        assert_eq!(diags.iter().map(|d| d.code).collect::<Vec<_>>(), [codes::EXAMPLE_TYPE_MISMATCH]);
        assert!(diags[0].message.contains("`alternativeNames` of `servicePrincipal`"), "{}", diags[0].message);
        assert_eq!(&text[diags[0].span.start..diags[0].span.start + 16], "alternativeNames");
    }

    #[test]
    fn a_page_documenting_properties_without_naming_a_type_says_so() {
        let text = "---\ndoc_type: resourcePageType\n---\n# complex types JSON\n\n## Postal address\n\n### Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|street|string|Street.|\n|balance|numeric|Owed.|\n";
        let src = crate::SourceFile::new("resources/dynamics-complextypes.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let mut diags = Vec::new();
        assert!(extract_resource_page(&page, &mut diags).types.is_empty());
        assert_eq!(diags.iter().map(|d| d.code).collect::<Vec<_>>(), [codes::UNNAMED_TYPE]);
        assert!(diags[0].message.contains("`complex types JSON`"), "{}", diags[0].message);
        // An overview page without properties is not reported; a named one is read, `numeric` a number.
        let src = crate::SourceFile::new("resources/x.md", "---\n---\n# Use the API\n\nSome prose.\n");
        let mut diags = Vec::new();
        extract_resource_page(&Page::parse(crate::FileId(0), &src, &mut Vec::new()), &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        let t = resource("resources/x.md", &text.replace("complex types JSON", "customer resource type"));
        let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
        assert_eq!(properties[1].ty, TypeRef::Primitive(crate::types::Primitive::Decimal));
    }

    #[test]
    fn an_annotation_s_stray_namespace_gives_way_to_the_prose() {
        let text = "---\ndoc_type: resourcePageType\n---\n# siteProtectionUnit resource type\n\nInherits from [protectionUnitBase](../resources/protectionunitbase.md).\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|siteId|String|The site.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.siteProtectionUnit\", \"baseType\": \"microsoft.backupRestore.protectionUnitBase\"} -->\n```json\n{\"siteId\": \"String\"}\n```\n";
        let t = resource("resources/siteprotectionunit.md", text);
        assert!(matches!(&t.kind, TypeKind::Object { base: Some(b), .. } if b == "protectionUnitBase"), "{:?}", t.kind);
        // Graph's own namespace stays; so does one the prose agrees with.
        let t = resource("resources/x.md", &text.replace("microsoft.backupRestore.", "microsoft.graph.security."));
        assert!(matches!(&t.kind, TypeKind::Object { base: Some(b), .. } if b == "security.protectionUnitBase"));
        let t = resource(
            "resources/x.md",
            &text.replace("[protectionUnitBase]", "[microsoft.backupRestore.protectionUnitBase]"),
        );
        assert!(
            matches!(&t.kind, TypeKind::Object { base: Some(b), .. } if b == "microsoft.backupRestore.protectionUnitBase"),
            "{:?}",
            t.kind
        );
        // A page named for its title, the stem prefixed with the namespace, over a copied annotation.
        let text = "---\ndoc_type: resourcePageType\n---\n# complianceSettings resource type\n\nNamespace: microsoft.graph.externalConnectors\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|eDiscoveryResultTemplates|String|Templates.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.externalConnectors.searchSettings\"} -->\n```json\n{}\n```\n";
        assert_eq!(
            resource("resources/externalconnectors-compliancesettings.md", text).name,
            "externalConnectors.complianceSettings"
        );
        assert_eq!(
            resource("resources/externalconnectors-searchsettings.md", text).name,
            "externalConnectors.searchSettings"
        );
    }

    #[test]
    fn a_type_cell_running_into_its_description_is_split() {
        let text = "# x resource type\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n\
                    |isEnabled|BooleanEnables the user to be in limited mode. Required.|\n\
                    |name|String The name of the thing, shown to users.|\n\
                    |tags|String collection|\n\
                    |when|DateTime The time the thing happened.|\n\
                    |start|DateTimeTimeZone The start of the meeting.|\n\
                    |names|String Collection. The names shown to users.|\n\
                    |owner|[identity](identity.md)|The owner.|\n";
        let props = first_table_properties(text);
        let read: Vec<(&str, String, Option<&str>, bool)> = props
            .iter()
            .map(|p| (p.name.as_str(), format!("{:?}", p.ty), p.description.as_deref(), p.required))
            .collect();
        assert_eq!(
            read,
            [
                (
                    "isEnabled",
                    "Primitive(Boolean)".into(),
                    Some("Enables the user to be in limited mode. Required."),
                    true
                ),
                ("name", "Primitive(String)".into(), Some("The name of the thing, shown to users."), false),
                ("tags", "Collection(Primitive(String))".into(), None, false),
                // Not split at a shorter primitive (`Date`) or before `Collection`: the cell reads as it
                // did, its first sentence the type.
                ("when", "Primitive(DateTimeOffset)".into(), None, false),
                ("start", "Named(\"DateTimeTimeZone\")".into(), None, false),
                ("names", "Collection(Primitive(String))".into(), None, false),
                ("owner", "Named(\"identity\")".into(), Some("The owner."), false),
            ]
        );
    }

    #[test]
    fn a_required_column_says_which_rows_are_required() {
        let text = "# Create printer\n\n## Request body\n\n| Parameter | Type | Description | Required? |\n|:--|:--|:--|:--|\n\
                    |model|String|The model.|Yes|\n\
                    |physicalDeviceId|String|Required if `hasPhysicalDevice` is true.|No|\n\
                    |connectorId|String|The connector. Required.|maybe|\n\
                    |notes|String|Required.|No|\n\
                    |name|String|The name.|Required|\n";
        let props = first_table_properties(text);
        let required: Vec<(&str, bool)> = props.iter().map(|p| (p.name.as_str(), p.required)).collect();
        // A cell saying neither yes nor no leaves it to the description.
        let expected =
            [("model", true), ("physicalDeviceId", false), ("connectorId", true), ("notes", false), ("name", true)];
        assert_eq!(required, expected, "the column over the description");
    }

    #[test]
    fn a_key_its_row_calls_nullable_stays_nullable() {
        let page = |row: &str| {
            format!(
                "---\ndoc_type: resourcePageType\n---\n# userIdentity resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n|id|String|{row}|\n|displayName|String|The name.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.userIdentity\" }} -->\n```json\n{{\n  \"id\": \"String (identifier)\",\n  \"displayName\": \"String\"\n}}\n```\n"
            )
        };
        let id_nullable = |row: &str| {
            let text = page(row);
            let src = crate::SourceFile::new("userIdentity.md", text.as_str());
            let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
            let out = extract_resource_page(&page, &mut Vec::new());
            let TypeKind::Object { properties, .. } = &out.types[0].kind else { panic!("an object") };
            properties.iter().find(|p| p.name == "id").expect("id").nullable
        };
        assert!(id_nullable("Unique identifier for the identity. Nullable."));
        assert!(!id_nullable("Unique identifier for the identity."), "a key, whose row says nothing");
        assert!(!id_nullable("Unique identifier. Not nullable."));
    }

    #[test]
    fn a_member_said_never_null_is_not_nullable() {
        let text = "# x\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n\
                    |id|String|Unique identifier of the template. Cannot be null.|\n\
                    |name|String|The name. Not nullable.|\n\
                    |end|String|The end. Cannot be null if isAllDay is false.|\n\
                    |note|String|A note.|\n";
        let props = first_table_properties(text);
        let nullable: Vec<(&str, bool)> = props.iter().map(|p| (p.name.as_str(), p.nullable)).collect();
        assert_eq!(nullable, [("id", false), ("name", false), ("end", true), ("note", true)]);
    }

    #[test]
    fn a_front_matter_description_cut_short_yields_to_the_lead_paragraph() {
        let lead = "# send\n\nSend a message in the draft folder, or a forward draft. Then saved.\n";
        let cut = format!("---\ndescription: \"Send a message in the draft folder, or\"\n---\n{lead}");
        assert_eq!(
            description(&cut).as_deref(),
            Some("Send a message in the draft folder, or a forward draft. Then saved.")
        );
        let mid_word = format!("---\ndescription: \"Send a message in the dra\"\n---\n{lead}");
        assert!(description(&mid_word).unwrap().ends_with("Then saved."));
        // A whole sentence, or another text, is the page's own summary.
        let whole = format!("---\ndescription: \"Send a message.\"\n---\n{lead}");
        assert_eq!(description(&whole).as_deref(), Some("Send a message."));
        let other = format!("---\ndescription: \"Sends mail\"\n---\n{lead}");
        assert_eq!(description(&other).as_deref(), Some("Sends mail"));
        let fragment = format!("---\ndescription: \") for tasks\"\n---\n{lead}");
        assert!(description(&fragment).unwrap().starts_with("Send a message"));
    }

    #[test]
    fn a_title_and_file_name_agreeing_against_the_annotation_name_the_type() {
        let file = "api-reference/beta/resources/virtualeventregistration.md";
        assert!(stale_annotation("virtualEventRegistrant", "virtualEventRegistration", file), "a type renamed");
        assert!(!stale_annotation("virtualEventRegistration", "virtualEventRegistration", file));
        assert!(stale_annotation("team", "teamsApp", "beta/resources/teamsapp.md"), "another type's name");
        assert!(!stale_annotation("drive", "Drive", "v1.0/resources/drive.md"));
        assert!(
            !stale_annotation("workbookChart", "Chart", "v1.0/resources/chart.md"),
            "the annotation qualifies the title"
        );
        assert!(!stale_annotation("microsoft.graph.onenoteSection", "section", "section.md"));
        assert!(!stale_annotation("relatedContact", "realtedContact", "relatedcontact.md"), "the title's typo");
        assert!(!stale_annotation("userActivity", "activity", "projectrome-activity.md"));
        let intune = "intune-deviceconfig-windows10generalconfiguration.md";
        assert!(
            !stale_annotation("windows10GeneralConfiguration", "windows10Configuration", intune),
            "a prefixed file says nothing"
        );
    }

    #[test]
    fn property_names() {
        assert_eq!(property_name("**displayName**"), "displayName");
        assert_eq!(property_name("`@odata.type`"), "@odata.type");
        assert_eq!(property_name("odata.type"), "@odata.type", "the `@` forgotten");
        assert_eq!(property_name("microsoft.graph.security.cloudAppDiscovery"), "cloudAppDiscovery");
        assert_eq!(property_name("@microsoft.graph.downloadUrl"), "@microsoft.graph.downloadUrl");
        assert_eq!(property_name("two words (x)"), "two");
        assert_eq!(property_name("a/b"), "");
        assert_eq!(property_name("Grading categories"), "", "a row titled in words");
        assert_eq!(property_name("ID (deprecated)"), "ID");
    }
}
