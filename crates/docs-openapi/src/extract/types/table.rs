//! Property tables → properties: columns, types, and the marks a description carries
//! (read-only, write-only, nullable, required).

use super::enums::enum_def;
use super::names::{is_type_name, sub_namespace, written_in_root_namespace};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::extract::text::{is_todo, possible_values, says_required, sentences};
use crate::extract::{PageOutput, Reference};
use crate::markdown::{Inline, Table};
use crate::model::{Origin, Property};
use crate::page::Page;
use crate::source::Span;
use crate::types::{TypeRef, parse_type_cell};
use std::collections::HashMap;

/// A "Required" column's header: `Required`, `Required?`, `Required (Y/N)`, in bold or not.
pub(crate) fn is_required_header(header: &Inline) -> bool {
    let h = header.text.trim().trim_matches('*').to_ascii_lowercase();
    h.strip_prefix("required").is_some_and(|rest| rest.is_empty() || rest.starts_with(['?', ' ', '(']))
}

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
/// second cell reads as a type (not a value such as `0` in a members table). A type
/// there is a primitive or a link: an unlinked name is a value (`| @odata.type |
/// microsoft.graph.openTypeExtension |`, `| extensionName | Unique string |`).
pub(crate) fn is_value_typed_table(table: &Table) -> bool {
    let head = |i: usize| table.header.get(i).map(|c| c.text.trim().to_ascii_lowercase());
    let typed = |cell: &Inline| {
        let parsed = parse_type_cell(cell);
        match parsed.ty {
            TypeRef::Unknown(_) => false,
            TypeRef::Primitive(_) => true,
            TypeRef::Collection(ref item) if matches!(**item, TypeRef::Primitive(_)) => true,
            _ => parsed.link.is_some(),
        }
    };
    matches!(head(0).as_deref(), Some("name" | "parameter" | "property"))
        && head(1).as_deref() == Some("value")
        && !table.rows.is_empty()
        && table.rows.iter().all(|row| row.get(1).is_some_and(typed))
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
    // The page's namespace (`security` on a page of `microsoft.graph.security`), read once.
    let namespace = sub_namespace(page);
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
    // `|…|Nullable|ReadOnly|` (v1.0's serviceAnnouncement relationships): Yes or No.
    let read_only_column = column(&["readonly", "read-only", "read only"]);
    // `|Required?|` or `|Required (Y/N)|` with Yes or No, Y or N (some request-body tables); else
    // the description says.
    let required_column = table.header.iter().position(is_required_header);
    // The members a note sends elsewhere for their values, read once where a row needs it.
    let values_named_elsewhere: std::cell::OnceCell<Vec<String>> = std::cell::OnceCell::new();
    // The page's `### x values` headings, read once where a row anchors one.
    let own_enums = std::cell::OnceCell::new();
    for row in &table.rows {
        let (Some(name_cell), Some(type_cell)) = (row.first(), row.get(1)) else { continue };
        let name = property_name(&name_cell.text);
        let kind_row = name == "@odata.type";
        // Group rows (`|**Apps**|`) have no type; a row naming a method
        // (`|[List memberOf](../api/device-list-memberof.md)|`) is pasted from the methods table.
        // Not a navigation whose name links the page reading it (`[filesFolder](../api/channel-get-filesfolder.md)`).
        let method_row = name_cell.links.iter().any(|l| l.target.contains("api/") && !links_its_read(l));
        if name.is_empty() || type_cell.text.trim().is_empty() || method_row {
            // A member named in words beside its linked type (beta's educationAssignment:
            // `|Grading categories|[educationGradingCategory](…) collection|`): left out, said so.
            if name.is_empty()
                && !method_row
                && name_cell.links.is_empty()
                && type_cell.links.iter().any(|l| crate::extract::page_stem(&l.target).is_some())
                && let Some(spelled) = words_as_name(&name_cell.text)
            {
                diags.push(
                    Diagnostic::warning(
                        codes::UNNAMED_PROPERTY,
                        page.file,
                        name_cell.span,
                        format!(
                            "row `{}` names its member in words, not by its JSON name; the row is left out",
                            name_cell.text.trim()
                        ),
                    )
                    .with_help(format!("write the member's name as its JSON writes it (perhaps `{spelled}`)")),
                );
            }
            continue;
        }
        let origin = Origin { file: page.file, offset: name_cell.span.start };
        let mut desc_cell = row.get(description_column);
        if desc_cell.is_some_and(|d| crate::extract::text::is_binding_parameter(&d.text)) {
            continue;
        }
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
        // A row repeating a member with another linked type ("|handler|[onOtpSendCustomExtensionHandler](…)|"
        // after "|handler|[onAttributeCollectionStartCustomExtensionHandler](…)|", a row per kind of
        // its owner): another kind the member may be, as a cell offering several; the first row
        // stays the member.
        if let Some(first) = props.iter().find(|p: &&Property| p.name == name)
            && let (Some(was), Some(kind)) = (first.ty.named(), cell.ty.named())
            && !was.eq_ignore_ascii_case(kind)
        {
            let first_origin = first.origin;
            match out.member_either.iter_mut().find(|(o, _)| *o == first_origin) {
                Some((_, kinds)) if !kinds.iter().any(|k| k.eq_ignore_ascii_case(kind)) => kinds.push(kind.to_string()),
                Some(_) => {}
                None => out.member_either.push((first_origin, vec![kind.to_string()])),
            }
            out.kind_links.push(Reference {
                name: kind.to_string(),
                linked: true,
                target: cell.link.as_deref().and_then(crate::extract::page_stem),
                origin: Origin { file: page.file, offset: type_cell.span.start },
            });
            continue;
        }
        let description = desc_cell.and_then(|d| description(page, d, diags));
        let raw_desc = desc_cell.map(|d| d.text.as_str()).unwrap_or("");
        let mut ty = cell.ty.clone();
        // `|data|Stream|Data … in a base64 encoded opaque stream.|`: a member of a JSON object
        // carries the stream as base64 text, as a `Binary` row does.
        if ty == TypeRef::Primitive(crate::types::Primitive::Stream) && raw_desc.to_ascii_lowercase().contains("base64")
        {
            ty = TypeRef::Primitive(crate::types::Primitive::Binary);
        }
        // A link from a namespaced page to its namespace's page of the bare name
        // (`[contentInfo](security-contentinfo.md)` on a page of `microsoft.graph.security`): the
        // namespace's type, not the root namespace's of that name (whose page may be missing too);
        // not one written in the root namespace (`[microsoft.graph.contentInfo](…)`).
        // (Resolution reads such links to missing pages too, where the bare name is no other
        // page's link.)
        if let Some(ns) = &namespace
            && let Some(n) = ty.named_mut().filter(|n| !n.contains('.'))
            && let Some(stem) = cell.link.as_deref().and_then(crate::extract::page_stem)
            && !written_in_root_namespace(&type_cell.text)
            && stem == format!("{}-{}", ns.to_ascii_lowercase().replace('.', "-"), n.to_ascii_lowercase())
        {
            *n = format!("{ns}.{n}");
        }
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
                // `source`'s `[simulationContentStatus](simulation.md#simulationcontentsource-values)`:
                // the anchor, made from the enum's own heading, names the type the text misnames.
                // Anchors are copied too (`source`'s `[simulationContentSource](…#simulationstatus-values)`):
                // the one of the two the property's name ends is right.
                if let Some(link) = cell.link.as_deref()
                    && let Some(n) = ty.named_mut()
                {
                    if let Some(named) = named_by_values_anchor(n, link)
                        && !crate::types::ends_with_words(n, &name)
                    {
                        *n = named;
                    } else if let Some(named) =
                        enum_of_own_anchor(own_enums.get_or_init(|| own_enum_headings(page)), link, n)
                    {
                        *n = named;
                    }
                }
                let values = other
                    .named()
                    .and_then(|_| possible_values(raw_desc))
                    .filter(|v| !own_page_beside_plain_list(cell.link.as_deref(), other, v, raw_desc));
                // An enum a namespaced page names bare and defines here ("Possible values
                // are …") is taken to be its namespace's, as the page's own type is
                // (`managedTenants.managementActionStatus`); resolution decides. Not one written
                // in Graph's root namespace (`microsoft.graph.devicePlatformType` on a page of
                // `microsoft.graph.search`).
                if values.is_some()
                    && cell.link.is_none()
                    && !written_in_root_namespace(&type_cell.text)
                    && let Some(ns) = &namespace
                    && let Some(n) = ty.named_mut().filter(|n| !n.contains('.'))
                {
                    *n = format!("{ns}.{n}");
                    out.in_page_namespace.push(n.clone());
                }
                // A note pointing elsewhere for the member's values ("For the list of possible values
                // for **allowedPresenters**, **allowLiveShare**, and **allowMeetingChat**, see
                // [onlineMeeting](…)", v1.0's meeting update): its type is an enum, a string where no
                // page among the inputs defines it.
                if cell.link.is_none()
                    && let Some(named) = ty.named()
                    && values_named_elsewhere.get_or_init(|| members_with_values_elsewhere(page)).contains(&name)
                {
                    out.represented.push((named.to_string(), crate::extract::Shown::String));
                }
                if cell.link.as_deref().is_some_and(links_values_section) {
                    out.values_typed.push(origin);
                    // A link to an enum's values (`enums.md#channelmembershiptype-values`): a string,
                    // where no page among the inputs defines the type.
                    if let Some(named) = ty.named() {
                        out.represented.push((named.to_string(), crate::extract::Shown::String));
                    }
                }
                if ty.named().is_some() {
                    let others = other_kinds(type_cell);
                    for (name, target) in &others {
                        out.kind_links.push(Reference {
                            name: name.clone(),
                            linked: true,
                            target: crate::extract::page_stem(target),
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
                        target: cell
                            .link
                            .as_deref()
                            .filter(|l| !links_values_section(l))
                            .and_then(crate::extract::page_stem),
                        origin: Origin { file: page.file, offset: type_cell.span.start },
                    });
                    if let Some(values) = values {
                        out.hints.push(enum_def(named, values, origin));
                    }
                }
            }
        }
        // "a multi-valued enumeration", "a flagged enumeration": the row's enum is flags; so is
        // one value of it where "more than one value" may be selected (not a list's).
        let several = !ty.is_collection() && crate::extract::text::says_more_than_one_value(raw_desc);
        if let Some(named) = ty.named().filter(|_| several || crate::extract::text::says_multi_valued(raw_desc)) {
            out.flags.push(named.to_string());
        }
        let collection = ty.is_collection();
        let read_only_said = read_only_column
            .and_then(|i| row.get(i))
            .is_some_and(|c| matches!(c.text.trim().to_ascii_lowercase().as_str(), "yes" | "y" | "true"));
        let read_only = says_read_only(raw_desc, &name, collection) || cell.read_only || read_only_said;
        props.push(Property {
            name,
            ty,
            description,
            required: match required_column.and_then(|i| row.get(i)).map(|c| c.text.trim().to_ascii_lowercase()) {
                Some(said)
                    if matches!(
                        said.as_str(),
                        "yes" | "no" | "y" | "n" | "true" | "false" | "required" | "optional"
                    ) =>
                {
                    matches!(said.as_str(), "yes" | "y" | "true" | "required")
                }
                // A check mark (`|reason|String|✓|…|`): required.
                Some(said) if said.starts_with(['✓', '✔']) => true,
                _ => says_required(raw_desc),
            },
            // "string (readonly)" in the type cell says it as well as the description does.
            read_only,
            write_only: says_write_only(raw_desc),
            // "(deprecated)" after the name, or after the type (`[insightsSettings](…) (deprecated)`);
            // not an old type's beside its replacement (`[azureAdJoinPolicy (deprecated)](…)
            // [azureADJoinSettings](…)`: the member stays, typed anew).
            deprecated: name_cell.text.to_ascii_lowercase().contains("(deprecated)")
                || (type_cell.text.to_ascii_lowercase().contains("(deprecated)")
                    && !(type_cell.links.len() > 1
                        && type_cell.links.iter().any(|l| !l.text.to_ascii_lowercase().contains("deprecated"))))
                || crate::extract::text::says_deprecated(raw_desc),
            // "Key of the entity." (Intune's rows, also in the tables of api pages that are a
            // type's only definition): the key, never null; nor is the `@odata.type` a row names
            // (the kind an object is, as the member the contract adds itself).
            nullable: !not_nullable_column
                && !says_not_nullable(raw_desc)
                && !says_key_of_entity(raw_desc)
                && !kind_row,
            origin,
        });
    }
    props
}

/// Whether a row's list of values written without code spans (`'reader', 'writer'`) sits
/// beside a link to its type's own page (`[permission](permission.md) collection`): such a type
/// is a resource the page defines, and the plain list is prose about something else (the
/// **roles** of each permission); the dialect writes an enum's values in code spans, or links
/// its `#x-values` section. So is a list a colon alone introduces ("The supported remote actions
/// are: `Reboot`, `Rename`, …" beside `[cloudPcRemoteActionResult](cloudpcremoteactionresult.md)`):
/// the dialect introduces an enum's values as values. (A namespaced type's page, `industrydata-x.md`,
/// is not named for it, and never counts as its own page here.)
fn own_page_beside_plain_list(link: Option<&str>, ty: &TypeRef, values: &[String], description: &str) -> bool {
    let Some(link) = link.filter(|l| !links_values_section(l)) else { return false };
    let own = crate::extract::page_stem(link)
        .zip(ty.named())
        .is_some_and(|(stem, name)| stem.eq_ignore_ascii_case(name.rsplit('.').next().unwrap_or(name)));
    own && (values.first().is_some_and(|v| !description.contains(&format!("`{v}`")))
        || !crate::extract::text::introduces_values(description))
}

/// The kinds a type cell offers after its first linked type, with their link targets
/// ("[communicationsUserIdentity](…) or [communicationsPhoneIdentity](…)"): the other links'
/// types, where the text between the links says "or". None for one link.
pub(super) fn other_kinds(cell: &Inline) -> Vec<(String, String)> {
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
pub(super) fn missing_pipe(cell: &Inline) -> Option<(Inline, Inline)> {
    let text = cell.text.trim();
    let first = text.split_whitespace().next()?;
    let (ty, rest) = crate::types::Primitive::names().find_map(|name| {
        let glued = first.strip_prefix(name)?;
        // Glued to the description's first word: one capitalised word, then a lowercase one or
        // an acronym (`BooleanEnables the`, `StringUnique ID for`), not a longer type's name
        // (`DateTime The`, `DateTimeTimeZone`).
        let fits = glued.is_empty()
            || (glued.len() > 1
                && glued.starts_with(|c: char| c.is_ascii_uppercase())
                && glued[1..].bytes().all(|b| b.is_ascii_lowercase())
                && text[name.len()..].split_whitespace().nth(1).is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_lowercase())
                        || (w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
                }));
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
pub(super) fn links_values_section(link: &str) -> bool {
    link.split_once('#').is_some_and(|(_, fragment)| fragment.to_ascii_lowercase().ends_with("-values"))
}

/// The enum a link to a values section names (`…#simulationcontentsource-values`) where its
/// text names another (`simulationContentStatus`), cased as the text's words it shares
/// (`simulationContentSource`); None where they agree or the casing cannot be told.
fn named_by_values_anchor(text: &str, link: &str) -> Option<String> {
    let (_, fragment) = link.split_once('#')?;
    let anchor = fragment.to_ascii_lowercase();
    let anchor = anchor.strip_suffix("-values")?;
    let name = text.rsplit('.').next().unwrap_or(text);
    if anchor.eq_ignore_ascii_case(name) || anchor.is_empty() || !anchor.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let shared = name.bytes().zip(anchor.bytes()).take_while(|(a, b)| a.eq_ignore_ascii_case(b)).count();
    // Back to the start of the text's word there (`simulationContent|Status`).
    let word_start = if shared == name.len() {
        shared
    } else {
        (1..=shared).rev().find(|&i| name.as_bytes().get(i).is_some_and(u8::is_ascii_uppercase))?
    };
    let rest = &anchor[word_start..];
    let mut named = text[..text.len() - name.len() + word_start].to_string();
    named.push(rest.chars().next()?.to_ascii_uppercase());
    named.push_str(&rest[1..]);
    Some(named)
}

/// The members in bold of the page's sentences "For the list of possible values for **a**, **b**,
/// and **c**, see [x](…)": their values are listed elsewhere, so their types are enums.
fn members_with_values_elsewhere(page: &Page<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for b in &page.doc.blocks {
        let crate::markdown::Block::Paragraph(p) = b else { continue };
        // (The bold marks are the source's: the paragraph's text has none.)
        if !p.text.to_ascii_lowercase().contains("possible values for ") {
            continue;
        }
        let Some(source) = page.source.text().get(p.span.start..p.span.end) else { continue };
        for sentence in sentences(source) {
            let lower = sentence.to_ascii_lowercase();
            let Some(at) = lower.find("possible values for ") else { continue };
            let Some(see) = lower[at..].find(", see ").map(|s| at + s) else { continue };
            let named = &sentence[at..see];
            out.extend(named.split("**").skip(1).step_by(2).map(str::to_string));
        }
    }
    out
}

/// A row's words as a camelCase name (`Grading categories` → `gradingCategories`), where the
/// cell is words of letters alone, two or more, the first capitalized.
fn words_as_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.trim().trim_matches('*').split_whitespace().collect();
    if words.len() < 2 || !words.iter().all(|w| w.chars().all(|c| c.is_ascii_alphabetic())) {
        return None;
    }
    let mut name = words[0].to_ascii_lowercase();
    for w in &words[1..] {
        let mut chars = w.chars();
        name.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        name.push_str(&chars.as_str().to_ascii_lowercase());
    }
    Some(name)
}

/// The enum an anchor to the page's own section names by its heading, where the heading's name
/// ends with the link's text as words (`[actionName](#cloudpcremoteactionname-values)` over
/// `### cloudPcRemoteActionName values`: the text shortened the name), or the text leaves out
/// some of its middle words (`cloudPcActionName`, `types::omits_words`).
fn enum_of_own_anchor(headings: &HashMap<String, &str>, link: &str, text: &str) -> Option<String> {
    let anchor = link.strip_prefix('#')?.strip_suffix("-values")?;
    headings
        .get(&anchor.to_ascii_lowercase())
        .filter(|n| crate::types::ends_with_words(n, text) || crate::types::omits_words(text, n))
        .map(|n| n.to_string())
}

/// The names of the page's `### x values` headings, by their lowercase (the first of a name).
fn own_enum_headings<'p>(page: &'p Page<'_>) -> HashMap<String, &'p str> {
    let mut out = HashMap::new();
    for b in &page.doc.blocks {
        if let crate::markdown::Block::Heading(h) = b
            && let Some(n) = super::enums::enum_heading_name(&h.text)
        {
            out.entry(n.to_ascii_lowercase()).or_insert(n);
        }
    }
    out
}

/// A link naming one member whose target is the api page reading it (`[filesFolder]` to
/// `channel-get-filesfolder.md`, `[members]` to `…-list-members.md`): a relationship's row.
pub(super) fn links_its_read(l: &crate::markdown::Link) -> bool {
    let name = l.text.trim().to_ascii_lowercase();
    let identifier = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric());
    identifier
        && crate::extract::page_stem(&l.target)
            .is_some_and(|stem| stem.ends_with(&format!("-get-{name}")) || stem.ends_with(&format!("-list-{name}")))
}

/// "Read-only.", "This property is read-only", "Read only.", "Non-editable." in a
/// description; not a condition ("Once set, this property is read-only", "read-only
/// when the user is synced"), nor a state the property reports ("Indicates whether
/// the rule is read-only", "in read-only mode"), nor where the description says
/// it may be set ("For a cloud-only user, these properties may be set").
pub(super) fn says_read_only(description: &str, name: &str, collection: bool) -> bool {
    // Business Central's pages: "Non-editable."; "The value cannot be modified and is automatically
    // populated" (not "Built-in roles cannot be modified": another thing's).
    // GDAP's pages: "This is set by the system and cannot be set by the caller."
    const MARKS: [&str; 8] = [
        "read-only",
        "read only",
        "readonly",
        "non-editable",
        "noneditable",
        "value cannot be modified",
        "this cannot be modified",
        "set by the system and cannot be set by the caller",
    ];
    const CONDITIONS: [&str; 5] = ["once", "after", "if", "unless", "mode"];
    // What may follow "set by the system" (a sentence's end, a joining word; not "administrator").
    const JOINING: [&str; 12] =
        ["", "and", "at", "on", "upon", "during", "in", "when", "if", "once", "after", "unless"];
    // A value's name in a code span ("The possible values are: `ReadWrite`, `ReadOnly`") says
    // nothing of the property: code spans are blanked (where every backtick is paired).
    let paired = description.bytes().filter(|&b| b == b'`').count() % 2 == 0;
    let mut in_code = false;
    let lower: String = description
        .chars()
        .map(|c| {
            if c == '`' && paired {
                in_code = !in_code;
                ' '
            } else if in_code {
                ' '
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    // Each mark holds one of these.
    if !["read", "edit", "modified", "caller", "be set", "generated", "set by the server", "set by the system"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return false;
    }
    // "… is read-only. For a cloud-only user, these properties may be set during creation."
    if says_it_may_be_set(&lower, name) {
        return false;
    }
    // "The **id** property is auto generated and cannot be set.": a sentence ending so, without a
    // condition; not a value it cannot take ("cannot be set to `true`") nor a scope ("can't be set
    // globally for the organization").
    let cannot_be_set = |sentence: &str| {
        let sentence = sentence.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
        ["cannot be set", "can't be set", "can not be set"].iter().any(|m| sentence.ends_with(m))
            && !words(sentence).iter().any(|w| CONDITIONS.contains(w) || *w == "when")
    };
    if sentences(&lower).any(cannot_be_set) {
        return true;
    }
    // "Server generated ID for the **linkedResource**.": the server sets it (not "generated by
    // the client", nor under a condition).
    // "Automatically generated." (Intune's keys), "Read-only, automatically generated", "This is
    // automatically generated by Intune …": the sentence is the mark, or says the value is so; not
    // "It is not automatically generated", "Leave it empty to have one automatically generated",
    // "otherwise auto-generated", nor a value that may overwrite what the caller set.
    let server_generated = |sentence: &str| {
        let sentence = sentence.trim().trim_end_matches(|c: char| c == '.' || c.is_whitespace());
        // (Not where the caller may give it: "otherwise", "by default", "or", "caller".)
        let caller_may_give = words(sentence)
            .iter()
            .any(|w| ["otherwise", "default", "or", "caller", "not", "leave", "empty"].contains(w));
        let said = |s: &str, mark: &str| {
            !caller_may_give
                && (s == mark
                    || ["is ", "are ", "read-only, ", "read-only and ", "read only, "]
                        .iter()
                        .any(|before| s.ends_with(&format!("{before}{mark}"))))
        };
        let automatic =
            ["automatically generated", "auto generated", "auto-generated", "autogenerated"].iter().any(|m| {
                said(sentence, m)
                    || ["by intune", "by the service"].iter().any(|by| {
                        sentence
                            .split_once(&format!("{m} {by}"))
                            .is_some_and(|(before, _)| said(&format!("{before}{m}"), m))
                    })
            });
        (automatic
            || [
                "server generated",
                "server-generated",
                "generated by the server",
                "system-generated",
                "system generated",
                // Project Rome's activities: "Set by the server. DateTime in UTC when the object was created …";
                // partner security's: "This attribute is set by the system."
                "set by the server",
                "set by the system",
            ]
            .iter()
            // Whole words, the sentence's end or a joining word after them (not "pre-set"/"preset by
            // the system": a value given first, which may change; nor "set by the system
            // administrator": a person).
            .any(|m| {
                sentence.match_indices(m).any(|(at, _)| {
                    let (before, after) = (&sentence[..at], &sentence[at + m.len()..]);
                    let next = after.trim_start().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
                    !before.ends_with("pre-")
                        && !before.ends_with(|c: char| c.is_ascii_alphabetic())
                        && !after.starts_with(|c: char| c.is_ascii_alphabetic())
                        && (!m.starts_with("set by") || JOINING.contains(&next))
                })
            }))
            // ("The system-generated identifier for this mode": the row's thing, no condition.)
            && !words(sentence).iter().any(|w| (CONDITIONS.contains(w) && *w != "mode") || *w == "when")
    };
    if sentences(&lower).any(server_generated) {
        return true;
    }
    sentences(&lower).any(|sentence| {
        let Some((mark, said)) = MARKS.iter().filter_map(|m| sentence.find(m).map(|at| (at, *m))).min() else {
            return false;
        };
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
            // (the mark's own words, then two: "read-only when the", "… by the caller when the").
            && !words(&sentence[mark..]).iter().take((words(said).len() + 2).max(4)).any(|w| *w == "when")
            // "These are read-only on the documents themselves": something else is; "Read-only for
            // users synced from the on-premises directory", "Read-only for [applicationTemplates]
            // except for custom applicationTemplates": some instances are.
            && !MARKS.iter().any(|m| {
                sentence[mark..]
                    .strip_prefix(m)
                    .is_some_and(|r| {
                        let r = r.trim_start();
                        r.starts_with("on ")
                            || (r.starts_with("for ")
                                && (r.contains("synced") || r.contains("on-premises") || r.contains(" except ")))
                    })
            })
            && !words(&sentence[..mark]).contains(&"whether")
            && !other_things_are(before, collection)
            && !for_some_instances(sentence, mark)
    })
}

/// "For an `onPremisesSyncEnabled` user, the source of authority … is read-only": a sentence
/// scoping its read-only mark (at `mark`) to some instances. Not "For example, midnight UTC …
/// `'2014-01-01T00:00:00Z'` Read-only.", which names no kind of them.
fn for_some_instances(sentence: &str, mark: usize) -> bool {
    ["for a ", "for an "].iter().any(|w| sentence.trim_start().starts_with(w)) && sentence[..mark].contains(',')
}

/// "These properties may be set during creation", "Can only be set during creation", "The
/// name can be set on creation", "Tags can be set when …" (of `tags`): the property itself may
/// be set, whatever else is read-only. Not another thing's state ("Cloud certification
/// authorities can be set to paused": a plural subject other than the property), nor a setting
/// by someone else or elsewhere ("can be set to `true` only by the service", "through the
/// reset action", "via the admin center", "in the portal"), nor "set up". `lower` is
/// lowercase; `name` is the property's.
pub(super) fn says_it_may_be_set(lower: &str, name: &str) -> bool {
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
pub(super) fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect()
}

/// "Proprietary scripts are read-only" of a Boolean: a plural subject other than a pronoun
/// speaks of other things than a property of one value (a collection's items are its own;
/// "These are", "Both timestamps are" include the property); "all other properties are" never
/// speaks of this one.
pub(super) fn other_things_are(before_mark: &str, collection: bool) -> bool {
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
pub(super) fn says_write_only(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    // "RSA Key - private exponent. The field is not readable." (a trust framework key's secrets).
    if lower.contains("is not readable") {
        return true;
    }
    // fido2AuthenticationMethod's `publicKeyCredential`: "Only used for write requests; Not
    // returned on read operations."
    if ["not returned on read", "never returned on read", "not returned in read"].iter().any(|w| lower.contains(w)) {
        return true;
    }
    if !lower.contains("write") {
        return false;
    }
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
    let write_only = (0..words.len().saturating_sub(1))
        .any(|i| words[i] == "write" && words[i + 1] == "only" && (i == 0 || words[i - 1] != "read"));
    // Write-only for some values only ("Note the value for passwords is write-only": a username's
    // is read back): the sentence scopes it before the mark ("for passwords", not "for the account").
    let scoped = crate::extract::sentences(&lower).any(|s| {
        let Some(at) = s.find("write-only").or_else(|| s.find("write only")) else { return false };
        let before: Vec<&str> = s[..at].split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
        // (Not a determiner: "for each connector", "for your application" scope nothing.)
        const DETERMINERS: [&str; 14] =
            ["this", "the", "that", "a", "an", "each", "every", "all", "any", "its", "your", "their", "these", "those"];
        before.windows(2).any(|w| w[0] == "for" && !DETERMINERS.contains(&w[1]))
    });
    write_only && !scoped && !words.contains(&"return") && !words.contains(&"returns")
}

/// Cleans a property name cell: backticks, emphasis, footnotes.
pub(crate) fn property_name(text: &str) -> String {
    let t = text.trim().trim_matches(['`', '*']).trim();
    // Underscores in pairs mark emphasis (`_format_`); one leading underscore is the name's
    // (`_id (deprecated)`, a search hit's former members).
    let t = match t.strip_prefix('_').and_then(|t| t.strip_suffix('_')) {
        Some(inner) => inner.trim(),
        None => t,
    };
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
    let mut text = cell.text.trim();
    if is_todo(text) {
        // `**TODO: Add Description** Inherited from [entity](…).`: the page's words after the
        // template's placeholder are kept.
        let after = after_todo_marker(text).filter(|rest| !rest.is_empty() && !is_todo(rest));
        diags.push(
            Diagnostic::warning(
                codes::TODO_PLACEHOLDER,
                page.file,
                cell.span,
                if after.is_some() {
                    "TODO placeholder in the description; the row is kept, with the text after it"
                } else {
                    "TODO placeholder as the description; the row is kept, without a description"
                },
            )
            .with_help("write the description, or remove the placeholder"),
        );
        text = after?;
    }
    let text = without_placeholder(text);
    (!text.is_empty()).then(|| text.to_string())
}

/// The text after a description's leading `TODO: Add Description` (bold or not), trimmed of
/// the punctuation that joined them; `None` when the cell does not start with it.
fn after_todo_marker(text: &str) -> Option<&str> {
    const MARKER: &str = "todo: add description";
    let t = text.trim_start_matches(['*', ' ']);
    let head = t.get(..MARKER.len()).filter(|h| h.eq_ignore_ascii_case(MARKER))?;
    Some(t[head.len()..].trim_start_matches(['*', '.', ' ']).trim_end())
}

/// "Key of the entity.", "The key of the entity.": the row is the entity's key.
fn says_key_of_entity(description: &str) -> bool {
    let lower = description.trim_start().to_ascii_lowercase();
    lower.starts_with("key of the entity") || lower.starts_with("the key of the entity")
}

/// "Nullable.", "Can be null.": a description of a member that says it may be `null`, unless
/// it says otherwise ("Not nullable").
pub(crate) fn says_nullable(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    !says_not_nullable(description)
        && sentences(&lower).any(|s| {
            let s = s.trim().trim_end_matches('.');
            s == "nullable" || s == "can be null" || s.ends_with(" is nullable")
        })
}

/// "Not nullable", "Cannot be null", "Cannot be a null value": a description of a member that is never `null`.
pub(super) fn says_not_nullable(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    // Each mark below says "null".
    if !lower.contains("null") {
        return false;
    }
    // Not under a condition ("Cannot be null if isAllDay is false").
    let conditional = |s: &str| [" if ", " when ", " unless "].iter().any(|c| s.contains(c));
    // "Can't be updated to `null`.", "cannot be set to null": the value as code is the word.
    let lower = lower.replace('`', "");
    sentences(&lower).any(|s| {
        let never = ["cannot be ", "can't be ", "can not be ", "can’t be "].iter().any(|neg| {
            ["null", "a null value", "set to null", "updated to null"].iter().any(|n| s.contains(&format!("{neg}{n}")))
        });
        (never || s.contains("not nullable")) && !conditional(s)
    })
}

/// A text without a leading alert mark (`[!Note] Here {item-id} …`), which says how the docs
/// render it, not what it says.
pub(crate) fn without_alert_mark(text: &str) -> &str {
    match text.strip_prefix("[!").and_then(|rest| rest.split_once(']')) {
        Some((mark, rest)) if !mark.is_empty() && mark.chars().all(|c| c.is_ascii_alphabetic()) => rest.trim_start(),
        _ => text,
    }
}

/// A description without the Intune template's "Not yet documented" (which says
/// nothing), keeping what follows it ("Not yet documented. Possible values are: …"), and
/// without a leading alert mark ([`without_alert_mark`]).
pub(crate) fn without_placeholder(text: &str) -> &str {
    const PLACEHOLDER: &str = "not yet documented";
    let text = without_alert_mark(text);
    match text.get(..PLACEHOLDER.len()) {
        Some(head) if head.eq_ignore_ascii_case(PLACEHOLDER) => {
            text[PLACEHOLDER.len()..].trim_start_matches('.').trim()
        }
        _ => text,
    }
}
