//! Resource and enum pages → type definitions.
//!
//! This module reads a resource page as a whole (its name, base type, derived kinds and
//! properties); `table` reads property tables, `enums` enum pages and sections,
//! `representation` the JSON representation, `names` a type's name and namespace.

use serde_json::Value;

use super::text::{is_todo, sentences};
use super::{PageOutput, Reference};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::markdown::{Block, Inline};
use crate::model::{Origin, Property, TypeDef, TypeKind, TypeSource};
use crate::page::Page;
use crate::types::{Primitive, TypeRef};

mod enums;
mod names;
mod representation;
mod table;
#[cfg(test)]
mod tests;

pub use enums::extract_enum_page;
pub(crate) use enums::{api_page_enums, enum_def};
use enums::{enum_heading_name, enum_members, own_blocks};
pub use names::is_type_name;
pub(crate) use names::{in_page_namespace, strip_namespace};
use names::{sub_namespace, type_name_from};
pub(crate) use representation::odata_type;
use representation::{
    names_as_represented, refer_to_types, representation, representation_not_json, representation_properties,
    represented_kinds, represented_properties, shown_type, single_values_as_represented,
};
pub(crate) use table::{
    is_members_table, is_property_table, is_required_header, is_value_typed_table, property_name, says_nullable,
    table_properties, without_alert_mark, without_placeholder,
};

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
        .filter(|d| !d.trim().is_empty() && !fragment(d) && !is_todo(d) && !names_the_file(d, page.source.name()))
        .map(|d| without_placeholder(&crate::markdown::inline_text(d)).to_string())
        .filter(|d| !d.is_empty() && !lead.as_deref().is_some_and(|l| cut_short(d, l) || later_part(d, l)))
        .filter(|d| !introduces_the_representation(d))
        .filter(|d| lead.is_none() || !only_names_the_type(d, &page.title))
        .or(lead)
        .filter(|d| !is_todo(d) && !introduces_the_representation(d))
}

/// A description saying no more than which type the page defines ("Definition of
/// workbookCommentReply resource type" on "workbookCommentReply resource type"): its words
/// are the title's or say "definition of … resource type".
fn only_names_the_type(description: &str, title: &str) -> bool {
    const SAYING: [&str; 9] = ["definition", "of", "the", "a", "an", "resource", "type", "object", "entity"];
    let title = title.to_ascii_lowercase();
    let title_words: Vec<&str> = title.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    description
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .all(|w| SAYING.contains(&w.as_str()) || title_words.contains(&w.as_str()))
}

/// A sentence about the page's JSON block, not the type ("The following is a JSON representation of
/// the resource.", "Here is a JSON representation of the resource", "The following JSON representation
/// shows the resource type.").
fn introduces_the_representation(description: &str) -> bool {
    let lower = description.trim().to_ascii_lowercase();
    lower.contains("json representation")
        && ["the following", "here is", "here's"].iter().any(|w| lower.starts_with(w))
        && lower.split_whitespace().count() <= 12
}

/// A member whose link text names one type and whose link another page
/// (`[servicePrincipal](provisioningserviceprincipal.md)`), where the JSON representation
/// writes the page's type (`"@odata.type": "microsoft.graph.provisioningServicePrincipal"`):
/// the page's type, whether or not the page is among the inputs (a type named as the text
/// is another one, Graph's `servicePrincipal`).
fn typed_as_their_pages(
    members: &serde_json::Map<String, serde_json::Value>,
    properties: &mut [Property],
    references: &mut [crate::extract::Reference],
) {
    for p in properties.iter_mut() {
        let Some(named) = p.ty.named().map(str::to_string) else { continue };
        let item = match members.get(&p.name) {
            Some(serde_json::Value::Array(items)) => items.first(),
            other => other,
        };
        let Some(shown) = item.and_then(|v| v.get("@odata.type")).and_then(serde_json::Value::as_str) else {
            continue;
        };
        let shown = names::strip_namespace(shown);
        let stem = shown.rsplit('.').next().unwrap_or(&shown).to_ascii_lowercase();
        if shown.eq_ignore_ascii_case(&named) || !is_type_name(&shown) {
            continue;
        }
        let Some(link) = references.iter_mut().find(|r| r.name == named && r.target.as_deref() == Some(stem.as_str()))
        else {
            continue;
        };
        link.name = shown.clone();
        if let Some(n) = p.ty.named_mut() {
            *n = shown;
        }
    }
}

/// Whether a description only spells out its page's file name (Intune's template: "Intune Deviceconfig
/// Devicecompliancepolicy Assign Source_Api ." on `intune-deviceconfig-devicecompliancepolicy-assign.md`).
fn names_the_file(description: &str, file: &str) -> bool {
    let stem = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = stem.strip_suffix(".md").unwrap_or(stem).to_ascii_lowercase();
    let mut words: Vec<String> = description.split_whitespace().map(str::to_ascii_lowercase).collect();
    while words.last().is_some_and(|w| {
        matches!(w.as_str(), "." | "api" | "source_api" | "resources" | "resource" | "source_resources")
    }) {
        words.pop();
    }
    words.len() >= 2 && words.join("-") == stem
}

/// Whether `front` is the lead's last sentences without its first ones (Intune's deviceCategory:
/// "These categories can then be applied …" after "Device categories provide a way …"), or the
/// lead's end cut inside a word (a multi-value extended property's "expand`." of "… by using
/// `$expand`.").
fn later_part(front: &str, lead: &str) -> bool {
    let (front, lead) = (front.trim(), lead.trim());
    let before = lead.get(..lead.len().saturating_sub(front.len())).unwrap_or_default();
    lead.len() > front.len()
        && lead.ends_with(front)
        && (before.trim_end().ends_with(['.', '!', '?', ':'])
            || before.ends_with(|c: char| c.is_alphanumeric() || matches!(c, '$' | '`' | '_' | '-')))
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

/// The type of an open type's values, as a link names it (its name and the page's stem):
/// a page without a property table saying it is an open type or a
/// [dictionary](https://github.com/microsoft/api-guidelines/blob/vNext/graph/patterns/dictionary.md),
/// whose lead or properties prose links a type as the values' ("The value in the
/// property-value pair is the [externalReference](…) object", "their values must be
/// [checklistItem](…) objects", "keys … and [fileStorageContainerCustomPropertyValue](…)
/// values", "a [plannerassignment](…) object … as the value"). Not a link before which
/// no "value" is said and after which none follows (the dictionary's owner: "the custom
/// properties of a [fileStorageContainer](…) in key/value pairs").
fn open_value_type(page: &Page<'_>) -> Option<(String, String, usize)> {
    let paragraphs = lead_and_properties_prose(page)?;
    if !says_open(&paragraphs) {
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
                return Some((found.0, found.1, p.span.start));
            }
        }
    }
    None
}

/// The paragraphs of a page's lead and its Properties section.
fn lead_and_properties_prose<'p>(page: &'p Page<'_>) -> Option<Vec<&'p Inline>> {
    if !page.doc.blocks.iter().any(|b| matches!(b, Block::Heading(h) if h.level == 1)) {
        return None;
    }
    let properties = page.sections(|t| t == "properties");
    let in_properties =
        properties.iter().flat_map(|s| page.doc.blocks[s.blocks.clone()].iter()).filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            _ => None,
        });
    Some(page.lead_paragraphs().chain(in_properties).collect())
}

/// Whether prose calls its type an open type or a
/// [dictionary](https://github.com/microsoft/api-guidelines/blob/vNext/graph/patterns/dictionary.md).
fn says_open(paragraphs: &[&Inline]) -> bool {
    paragraphs.iter().any(|p| {
        let lower = p.text.to_ascii_lowercase();
        lower.contains("open type")
            || p.links.iter().any(|l| l.target.to_ascii_lowercase().ends_with("patterns/dictionary.md"))
    })
}

/// An open type whose JSON representation shows only sample keys (the annotation's
/// `optionalProperties`), all holding flags (`"String-value": true`: planner's user ids and
/// applied categories) or all strings (`"ca2a1df2-…": "String"`: order hints by assignee):
/// the values' primitive type. Without those annotation fields, where the prose calls the type
/// open and every key is a sample no member could be named (`ca2a1df2-e36b-…`: a newer
/// order hints page).
fn open_primitive_value(page: &Page<'_>) -> Option<Primitive> {
    let (annotation, members, _) = representation(page)?;
    if members.is_empty() {
        return None;
    }
    let sample = |k: &str| k.starts_with(|c: char| c.is_ascii_digit()) || k.contains('-');
    let annotated = annotation.get("openType") == Some(&Value::Bool(true));
    let keys: Vec<&str> = members.keys().map(String::as_str).filter(|k| !k.starts_with('@')).collect();
    // (An annotation listing no samples, `"optionalProperties": []` beside `{"String-value": true}`:
    // its keys, where every one is a sample.)
    let all_samples = !keys.is_empty() && keys.iter().all(|k| sample(k));
    let said = || all_samples && lead_and_properties_prose(page).is_some_and(|p| says_open(&p));
    let listed: Vec<&str> = match annotation.get("optionalProperties").and_then(Value::as_array) {
        Some(listed) if annotated && !listed.is_empty() => listed.iter().filter_map(Value::as_str).collect(),
        _ if (annotated && all_samples) || said() => keys.clone(),
        _ => return None,
    };
    let mut values =
        members.iter().filter(|(k, _)| !k.starts_with('@')).map(|(k, v)| listed.contains(&k.as_str()).then_some(v));
    let first = values.next()??;
    let kind = match first {
        Value::Bool(_) => Primitive::Boolean,
        Value::String(_) => Primitive::String,
        _ => return None,
    };
    values.all(|v| v.is_some_and(|v| std::mem::discriminant(v) == std::mem::discriminant(first))).then_some(kind)
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

/// The resource annotation's `keyProperty` (`"id"`).
fn annotated_key(page: &Page<'_>) -> Option<String> {
    page.annotations
        .iter()
        .filter(|(i, _)| page.block_type(**i) == Some("resource"))
        .find_map(|(_, a)| a.get("keyProperty").and_then(Value::as_str).map(|k| k.trim().to_string()))
}

/// The member a resource page's JSON representation shows as `"id": "String (identifier)"`: its
/// key where its annotation names none.
fn key_shown(page: &Page<'_>) -> Option<String> {
    page.annotations.iter().filter(|(i, _)| page.block_type(**i) == Some("resource")).find_map(|(i, _)| {
        // `"id": "String (identifier)"`; not a list's items (`"guids": ["string (identifier)"]`).
        let line = page.code(*i)?.text.lines().find(|l| {
            l.split_once(':').is_some_and(|(_, v)| v.trim_start().starts_with('"') && v.contains("(identifier)"))
        })?;
        let name = line.trim_start().strip_prefix('"')?.split('"').next()?;
        is_type_name(name).then(|| name.to_string())
    })
}

/// What the lead of a derived type's page says before its base: "Derived from [x]".
const LEAD_BASE_PHRASES: [&str; 4] = ["derived from", "inherited from", "a subclass of", "a subtype of"];

/// Of [`LEAD_BASE_PHRASES`], those that say what this type is only where the sentence is about
/// it ("This resource is a subtype of [x]").
fn says_what_it_is(phrase: &str) -> bool {
    phrase.starts_with("a sub")
}

/// Where the first of [`LEAD_BASE_PHRASES`] stands in a lead's paragraph (lowercase), and
/// which; "a subclass of" ("a subtype of") only where it says what this type is ("A subclass of [x].", "This
/// type is a subclass of [x]"), not "create a subclass of it", "is not a subclass of" nor
/// another noun's ("…, which is a subclass of [x]").
fn lead_base_phrase(lower: &str) -> Option<(usize, &'static str)> {
    LEAD_BASE_PHRASES
        .iter()
        .filter_map(|k| {
            let at = lower.match_indices(k).map(|(i, _)| i).find(|&i| {
                !says_what_it_is(k) || {
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

/// Where a paragraph (lowercase) says what the type's base is, and the phrase: "Inherits
/// from" anywhere, "This type will inherit from" in the lead, "The following properties are inherited from" (the older SharePoint pages)
/// anywhere, "x derives from" anywhere, else, in the lead, one of [`LEAD_BASE_PHRASES`].
fn base_phrase(lower: &str, in_lead: bool) -> Option<(usize, &'static str)> {
    // "chatMessageHostedContent derives from [teamworkHostedContent]": the sentence's subject
    // a word or two (the type, "This type"), not "Any object that derives from [x]".
    let derives = || {
        lower.match_indices("derives from").map(|(i, _)| i).find(|&i| {
            let subject = lower[..i].rsplit(['.', '!', '?', ':']).next().unwrap_or("");
            (1..=2).contains(&subject.split_whitespace().count())
        })
    };
    // "This type will inherit from [identityProviderBase]" (beta's built-in identity provider): in
    // the lead only, its subject a word or two.
    let found = lower.find("inherits from").map(|at| (at, "inherits from")).or_else(|| {
        lower.match_indices("will inherit from").map(|(i, _)| i).filter(|_| in_lead).find_map(|i| {
            let subject = lower[..i].rsplit(['.', '!', '?', ':']).next().unwrap_or("");
            (1..=2).contains(&subject.split_whitespace().count()).then_some((i, "will inherit from"))
        })
    });
    match found {
        Some(found) => Some(found),
        None => match lower.find("properties are inherited from") {
            Some(at) => Some((at + "properties are ".len(), "inherited from")),
            None => match derives() {
                Some(at) => Some((at, "derives from")),
                None => in_lead.then(|| lead_base_phrase(lower)).flatten(),
            },
        },
    }
}

/// A reference to the type's base `b`, at the paragraph linking it ("Inherits from
/// [x](…)"), else at an annotation's `"baseType"` line naming it, else the title.
fn base_reference(page: &Page<'_>, b: &str) -> Reference {
    let link = base_link_target(page, b);
    let named_at = || {
        let short = b.rsplit('.').next().unwrap_or(b).to_ascii_lowercase();
        let text = page.source.text();
        text.match_indices("\"baseType\"")
            .map(|(at, _)| at)
            .find(|&at| text[at..].lines().next().is_some_and(|l| l.to_ascii_lowercase().contains(&short)))
            .unwrap_or(page.title_span.start)
    };
    Reference {
        name: b.to_string(),
        linked: true,
        origin: Origin { file: page.file, offset: link.as_ref().map_or_else(named_at, |(_, at)| *at) },
        target: link.map(|(target, _)| target),
    }
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
    let from_links = || {
        page.doc.blocks.iter().enumerate().find_map(|(i, b)| {
            let Block::Paragraph(p) = b else { return None };
            let lower = p.text.to_ascii_lowercase();
            let (at, phrase) = base_phrase(&lower, first_section.is_none_or(|s| i < s))?;
            // "A subclass of [x]": the link right after the phrase, not one later in the sentence.
            let right_after = |l: &crate::markdown::Link| {
                let rest = p.text[at + phrase.len()..].trim_start();
                rest.strip_prefix("the ").unwrap_or(rest).starts_with(l.text.as_str())
            };
            // The links after the phrase, each found where the one before it ends: not an
            // earlier link whose text a later one's contains ("… base type for the [printer] …
            // Inherits from [printerBase]").
            let mut from = 0;
            p.links
                .iter()
                .filter(|l| {
                    let Some(found) = p.text.get(from..).and_then(|rest| rest.find(&l.text)) else { return false };
                    from += found + l.text.len();
                    from - l.text.len() >= at && (!says_what_it_is(phrase) || right_after(l))
                })
                .map(|l| strip_namespace(&l.text))
                .find(|n| is_type_name(n))
        })
    };
    // "This resource extends from the **identitySet** resource" in the lead: a base named in
    // words, the next word, when "resource" or "type" follows it.
    let from_extends = || {
        page.doc.blocks[..first_section.unwrap_or(page.doc.blocks.len())].iter().find_map(|b| {
            let Block::Paragraph(p) = b else { return None };
            let lower = p.text.to_ascii_lowercase();
            let at = ["extends from the ", "extends the "].iter().find_map(|k| lower.find(k).map(|i| i + k.len()))?;
            let mut words = p.text[at..].split_whitespace();
            let name = words.next()?.trim_matches(['*', '`']);
            let kind = words.next()?.trim_end_matches(['.', ',', ';']).to_ascii_lowercase();
            (matches!(kind.as_str(), "resource" | "type") && is_type_name(name)).then(|| strip_namespace(name))
        })
    };
    // "It is derived from microsoft.graph.policyBase." in the lead: a base named unlinked, by
    // its qualified name right after the phrase.
    let from_qualified = || {
        page.doc.blocks[..first_section.unwrap_or(page.doc.blocks.len())].iter().find_map(|b| {
            let Block::Paragraph(p) = b else { return None };
            let (at, phrase) = base_phrase(&p.text.to_ascii_lowercase(), true)?;
            let word = p.text[at + phrase.len()..].split_whitespace().next()?;
            let name = word.trim_matches(['*', '`']).trim_end_matches(['.', ',', ';', ':']).trim_matches(['*', '`']);
            (name.to_ascii_lowercase().starts_with("microsoft.graph.") && is_type_name(name))
                .then(|| strip_namespace(name))
        })
    };
    let from_prose = || from_links().or_else(from_extends).or_else(from_qualified);
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
            // A service's own namespace in any letter case (`Microsoft.Identity.Governance.…V1.x`).
            Some(p) if a.to_ascii_lowercase().starts_with("microsoft.") && short(&p) == short(&a) => (Some(p), None),
            // orgContact's "Inherits from [directoryObject]" beside an annotation naming Graph's
            // root `entity`: the prose is the nearer, where resolution finds it derives from `entity`.
            Some(p) if short(&a) == "entity" && short(&p) != "entity" => (Some(a), Some(p)),
            _ => (Some(a), None),
        },
        None => (from_prose(), None),
    }
}

/// The page a paragraph's link naming the base goes to ("Inherits from
/// [crossTenantAccessPolicyB2BSettings](../resources/crosstenantaccesspolicyb2bsetting.md)"):
/// the base resolves through it as other links do. With the link's offset (else the paragraph's).
fn base_link_target(page: &Page<'_>, base: &str) -> Option<(String, usize)> {
    let short = |n: &str| n.rsplit('.').next().unwrap_or(n).to_ascii_lowercase();
    page.doc.blocks.iter().find_map(|b| {
        let Block::Paragraph(p) = b else { return None };
        p.links
            .iter()
            .filter_map(super::text::type_link)
            .find(|(name, _)| short(name) == short(base))
            .map(|(name, s)| (s, crate::extract::response::link_offset(page, p, &name).unwrap_or(p.span.start)))
    })
}

/// A derived row's description as its ancestor's member (see `PageOutput::inherited_members`):
/// without its "Inherited from [x]" sentence, and none where it speaks of the derived type
/// (`building`'s `parentId`: "Currently, buildings don't have a parent. Don't use.", not
/// `place`'s).
fn as_the_ancestor_s(p: &Property, derived: &str) -> Option<String> {
    let description = p.description.as_deref()?;
    if names_type(description, derived) {
        return None;
    }
    // A sentence running into it without a period ("Device compliance users status overview
    // Inherited from [x]", Intune's compliance policies) keeps its words before it.
    let kept: Vec<&str> = crate::extract::text::sentences(description)
        .filter_map(|s| match s.to_ascii_lowercase().find("inherited from") {
            None => Some(s),
            Some(at) if s[at..].starts_with('I') && !s[..at].trim().is_empty() => Some(&s[..at]),
            Some(_) => None,
        })
        .collect();
    let kept = kept.concat().trim().to_string();
    (!kept.is_empty()).then_some(kept)
}

/// Whether `text` names the type `name`, its namespace left out (`security.ediscoveryCase`),
/// as one word or its camelCase words apart (`roomList`: "the room list"), singular or plural.
pub(crate) fn names_type(text: &str, name: &str) -> bool {
    let short = name.rsplit('.').next().unwrap_or(name);
    let name = short.to_ascii_lowercase();
    let names_it =
        |w: &str| w == name || w.strip_suffix('s').is_some_and(|w| w == name || w.strip_suffix('e') == Some(&name));
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let parts = short.chars().filter(char::is_ascii_uppercase).count() + 1;
    (1..=parts.min(words.len())).any(|n| words.windows(n).any(|run| names_it(&run.concat())))
}

/// The type a description cell says its row is "Inherited from" (`Inherited from [x](…)`),
/// and the link's target.
fn inherited_from_link(cell: &crate::markdown::Inline) -> Option<(String, &str)> {
    // Most rows say nothing of it: no lowercase copy for them.
    if !cell.text.contains("nherited") {
        return None;
    }
    let at = cell.text.to_ascii_lowercase().find("inherited from")?;
    let after = &cell.text[at..];
    let link = cell.links.iter().find(|l| after.contains(l.text.as_str()))?;
    Some((strip_namespace(&link.text), link.target.as_str())).filter(|(n, _)| is_type_name(n))
}

/// A type the rows of a page's property tables say they are "Inherited from [x]".
pub(crate) struct InheritedRows {
    pub(crate) ancestor: String,
    /// The first cell naming it.
    pub(crate) offset: usize,
    /// The stem of the page its link names.
    pub(crate) target: Option<String>,
    /// The rows' names.
    pub(crate) members: Vec<String>,
}

/// The types the rows of the property tables say they are "Inherited from [x]", each once,
/// in the order the rows name them.
pub(crate) fn rows_inherited_from(page: &Page<'_>, property_section: impl Fn(&str) -> bool) -> Vec<InheritedRows> {
    let mut out: Vec<InheritedRows> = Vec::new();
    // The page's namespace, read once (most pages' rows inherit nothing).
    let mut namespace: Option<Option<String>> = None;
    for section in page.sections(property_section) {
        for row in section.own_tables().filter(|t| is_property_table(t)).flat_map(|t| &t.rows) {
            let (Some(first), Some(cell)) = (row.first(), row.last()) else { continue };
            let Some((ancestor, target)) = inherited_from_link(cell) else { continue };
            let stem = crate::extract::page_stem(target);
            // A name its link's file puts in the page's namespace (`[whoisBaseRecord](security-whoisbaserecord.md)`
            // on a `microsoft.graph.security` page): that namespace's type, as the page's "Inherits from" reads it.
            let ns = namespace.get_or_insert_with(|| names::sub_namespace(page));
            let ancestor = match (ns.as_deref(), &stem) {
                (Some(ns), Some(stem))
                    if !ancestor.contains('.')
                        && stem.starts_with(&format!("{}-", ns.to_ascii_lowercase().replace('.', "-")))
                        // Not where the page names the root's type so (`"baseType": "microsoft.graph.longRunningOperation"`).
                        && !crate::extract::names_in_root(page.source.text(), &ancestor) =>
                {
                    format!("{ns}.{ancestor}")
                }
                _ => ancestor,
            };
            let member = property_name(&first.text);
            match out.iter_mut().find(|r| r.ancestor == ancestor) {
                Some(r) => r.members.push(member),
                None => {
                    out.push(InheritedRows { ancestor, offset: cell.span.start, target: stem, members: vec![member] })
                }
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
            // "The following types are derived from this resource type:"
            "types are derived from this",
            // "Base type of [exportSuccessOperation], [failedOperation], and [runningOperation]."
            "base type of ",
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
    // On a namespaced page, a link to a page of the namespace's (`callrecords-participant.md`) names
    // the namespace's type, not the root's of the same name (`participant`).
    let namespace = names::sub_namespace(page);
    let qualified = |name: String, stem: &str| match &namespace {
        Some(ns)
            if is_type_name(&name)
                && stem.to_ascii_lowercase().starts_with(&format!("{}-", ns.to_ascii_lowercase())) =>
        {
            format!("{ns}.{name}")
        }
        _ => name,
    };
    out.into_iter().filter(|(n, _)| is_type_name(n)).map(|(name, stem)| qualified(name, &stem)).collect()
}

/// Whether a JSON representation shows most of a table's rows (by their first cell's
/// name), two at least: the table lists members of the represented type.
fn shows_most_rows(table: &crate::markdown::Table, members: &serde_json::Map<String, Value>) -> bool {
    let names = table.rows.iter().filter_map(|r| r.first()).map(|c| c.text.trim().trim_matches(['*', '`', ' ']));
    let (shown, all) = names.fold((0, 0), |(shown, all), n| (shown + usize::from(members.contains_key(n)), all + 1));
    shown >= 2 && shown * 2 > all
}

/// Whether a paragraph is a list item: its source line starts with a bullet (`+`, `*`, `-`)
/// or a number (an item's span starts at its marker; a paragraph inside one after it).
pub(in crate::extract) fn is_list_item(page: &Page<'_>, p: &crate::markdown::Inline) -> bool {
    let text = page.source.text();
    let start = p.span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
    let line = text[line_start..].trim_start();
    let marker = line.split_whitespace().next().unwrap_or_default();
    matches!(marker, "+" | "*" | "-")
        || marker.strip_suffix(['.', ')']).is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a notice before the page's first section says its type is deprecated: "This
/// resource is deprecated", "The **cloudPcSharedUseServicePlan** resource is deprecated …", "The
/// [tiIndicator](…) entity is deprecated …", "The external partner setting API is deprecated and
/// will stop returning data …" (the words all the type's own: `cloudPcExternalPartnerSetting`).
/// Not a property's ("The **registrantId** property is deprecated"), nor another API's.
fn lead_deprecates(page: &Page<'_>, name: &str) -> bool {
    let own = || crate::extract::sanitize_id(name);
    let short = name.rsplit('.').next().unwrap_or(name);
    page.lead_paragraphs().any(|p| {
        // As written: a name in bold, code or a link is a type's name, to be matched whole.
        let source = page.source.text().get(p.span.start..p.span.end).unwrap_or(&p.text);
        // Read for every resource page: only a paragraph holding the word is lowered.
        if !source.contains("eprecated") {
            return false;
        }
        // (A callout's lines joined: `> [!CAUTION]` / `> The … API is deprecated`.)
        let source = source.replace("\r\n", "\n").replace("\n>", " ").to_ascii_lowercase();
        sentences(&source).any(|s| {
            let s = table::without_alert_mark(s.trim_start().trim_start_matches(['>', ' ']));
            let s = s.trim_start_matches(['>', ' ', '\n']);
            let s = crate::page::CALLOUTS.iter().find_map(|c| s.strip_prefix(c)).unwrap_or(s).trim_start();
            let Some(subject) = ["this ", "the "].iter().find_map(|a| s.strip_prefix(a)) else { return false };
            let Some((subject, _)) = subject.split_once(" is deprecated") else { return false };
            let marked = subject.contains(['*', '`', '[']);
            // The link's target is no part of the name (`[tiIndicator](tiindicator.md) entity`).
            let (name_part, tail) = match subject.split_once("](") {
                Some((before, after)) => (before, after.split_once(')').map_or("", |(_, t)| t)),
                None => (subject, ""),
            };
            let words: Vec<&str> = name_part
                .split(|c: char| !c.is_ascii_alphanumeric())
                .chain(tail.split(|c: char| !c.is_ascii_alphanumeric()))
                .filter(|w| !w.is_empty())
                .collect();
            // "resource", "resource type", "entity type", "complex type", "API", "entity".
            let mut named = &words[..];
            let Some((kind, rest)) = named.split_last() else { return false };
            if !["api", "resource", "entity", "type"].contains(kind) {
                return false;
            }
            named = rest;
            if *kind == "type"
                && let Some((kind, rest)) = named.split_last()
                && ["resource", "entity", "complex"].contains(kind)
            {
                named = rest;
            }
            // "This resource": the page's own; else the type by its name, or, unmarked prose,
            // by its own words ("The external partner setting API").
            named.is_empty()
                || named.concat().eq_ignore_ascii_case(short)
                || (!marked && {
                    let own = own();
                    named.iter().all(|w| own.split('_').any(|o| o == *w))
                })
        })
    })
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
                        "the page documents properties but names no type ({} and no `resource` annotation gives an \
                         `@odata.type`); its properties are left out",
                        if page.title.trim().is_empty() {
                            "it has no `# ` title heading".to_string()
                        } else {
                            format!("its title `{}` is not \"<type> resource type\"", page.title)
                        }
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
    // "tiIndicator resource type (deprecated)": the docs' mark on a deprecated type, as on an API's title.
    if page.title_says_deprecated() || lead_deprecates(page, &name) {
        out.deprecated_types.push(name.clone());
    }
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
    // A sub-heading's table whose rows the JSON representation shows as the type's own
    // members (tiIndicator's `### Indicator observables - email`, `- file`, `- network`)
    // continues the type's table.
    if let Some((_, members, _)) = representation(page) {
        let sub_tables: Vec<&crate::markdown::Table> = page
            .sections(property_section)
            .iter()
            .flat_map(|s| s.iter().skip_while(|(_, b)| !matches!(b, Block::Heading(_))))
            .filter_map(|(_, b)| match b {
                Block::Table(t) if is_property_table(t) => Some(t),
                _ => None,
            })
            .collect();
        for t in sub_tables.into_iter().filter(|t| shows_most_rows(t, &members)) {
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
    let inherited = rows_inherited_from(page, property_section);
    let inherited_rows: Vec<String> = inherited.iter().map(|r| r.ancestor.clone()).collect();
    let annotated = annotated_key(page);
    let key = annotated.clone().or_else(|| key_shown(page));
    // An entity's key is never null (its row rarely says so); but a row calling itself
    // "Nullable." (`userIdentity`'s `id`, shown as `"String (identifier)"` on a complex type) is.
    let key_of = |p: &Property, key: Option<&str>| {
        key.is_some_and(|k| p.name.eq_ignore_ascii_case(k)) && !p.description.as_deref().is_some_and(says_nullable)
    };
    let never_null = |p: &Property| key_of(p, key.as_deref());
    // The rows saying so, linked (its namespace written or not: "Inherited from
    // [microsoft.graph.servicePrincipal](…)") or not. The key the page's annotation names is the
    // ancestor's key too (`whoisBaseRecord`'s `id`), never null; a member a complex type's page
    // only shows as `"String (identifier)"` is as nullable as its row says (`teamworkUserIdentity`'s
    // `id`, from `identity`, which identity sets answer as `null`).
    for r in inherited.iter().filter(|r| !r.ancestor.eq_ignore_ascii_case(&name)) {
        let said = format!("inherited from {}", r.ancestor.to_ascii_lowercase());
        out.inherited_members.extend(
            properties
                .iter()
                .filter(|p| {
                    r.members.contains(&p.name)
                        || p.description.as_deref().is_some_and(|d| d.to_ascii_lowercase().contains(&said))
                })
                .map(|p| {
                    let nullable = p.nullable && !key_of(p, annotated.as_deref());
                    (r.ancestor.clone(), Property { description: as_the_ancestor_s(p, &name), nullable, ..p.clone() })
                }),
        );
    }
    let (base, prose_base) = base_type(page, &inherited_rows);
    let base = base.filter(|b| !b.eq_ignore_ascii_case(&name));
    if let Some(p) = prose_base.filter(|p| !p.eq_ignore_ascii_case(&name)) {
        // Resolution may take it over the annotation's: linked like any base, it gets a
        // placeholder and its warning where its page is missing.
        out.references.push(base_reference(page, &p));
        out.prose_bases.push((name.clone(), p));
    }
    // The prose saying the type is open says its representation's keys are samples, as
    // `"openType": true` in the annotation does (`plannerRecentPlanReferenceCollection`'s
    // annotation lacks it).
    let mut said_open = false;
    if properties.is_empty() && base.is_none() {
        // An open type whose members are keys the client picks, each holding one type's
        // value (planner's `plannerAssignments`, a dictionary): the values' type.
        if let Some((value, stem, at)) = open_value_type(page) {
            // The values' type is linked: its page defines it, or a placeholder stands in.
            out.references.push(Reference {
                name: value.clone(),
                linked: true,
                target: Some(stem.clone()),
                origin: Origin { file: page.file, offset: at },
            });
            out.open_values.push((name.clone(), value, stem));
            said_open = true;
        } else if let Some(value) = open_primitive_value(page) {
            out.open_values.push((name.clone(), format!("{value:?}"), String::new()));
        }
        // No property table: the JSON representation is the definition (as for
        // ApiDoctor). Not for a derived type, whose representation repeats what it inherits.
        properties = representation_properties(page, &mut out, said_open);
    }
    diags.extend(representation_not_json(page));
    if let Some((annotation, members, origin)) = (!properties.is_empty()).then(|| representation(page)).flatten() {
        names_as_represented(&members, &mut properties);
        typed_as_their_pages(&members, &mut properties, &mut out.references);
        for (origin, kinds) in &out.member_either {
            let Some(p) = properties.iter().find(|p| p.origin == *origin) else { continue };
            let Some(value) = members.get(&p.name) else { continue };
            let value = match value {
                Value::Array(items) => items.first(),
                v => Some(v),
            };
            if let Some(shown) = value.map(shown_type).as_ref().and_then(TypeRef::named)
                && p.ty.named().is_some_and(|n| !n.eq_ignore_ascii_case(shown))
                && !kinds.iter().any(|k| k.eq_ignore_ascii_case(shown))
            {
                out.either_shown.push((*origin, shown.to_string()));
            }
        }
        single_values_as_represented(page, &name, &members, &mut properties, diags);
        out.represented.extend(represented_kinds(&members, &properties));
        out.represented_one.extend(
            properties
                .iter()
                .filter(|p| matches!(p.ty, TypeRef::Named(_)) && members.get(&p.name).is_some_and(Value::is_object))
                .map(|p| p.origin),
        );
        // Members the representation shows and the table lacks (`bookingAppointment`'s
        // `customerName`): the type's own or inherited; resolution decides.
        // The key the annotation names among them (`"keyProperty": "id"` beside `"id": "String
        // (identifier)"`, no row for it): never null, as a listed key.
        let shown: Vec<Property> =
            represented_properties(annotation, &members, origin, shown_type, Some(crate::model::SHOWN_ONLY), said_open)
                .into_iter()
                .filter(|p| !properties.iter().any(|q| q.name.eq_ignore_ascii_case(&p.name)))
                .map(|mut p| {
                    if annotated.as_deref().is_some_and(|k| k.eq_ignore_ascii_case(&p.name)) {
                        p.nullable = false;
                    }
                    p
                })
                .collect();
        refer_to_types(&shown, &mut out);
        if !shown.is_empty() {
            out.shown.push((name.clone(), shown));
        }
    }
    if let Some(key) = key.as_deref() {
        properties.iter_mut().filter(|p| never_null(p)).for_each(|p| p.nullable = false);
        // A key the table does not list (a multitenant organization's join request record): a
        // read-only string, which resolution adds where a response example shows it and no type
        // of the chain has it.
        if !properties.iter().any(|p| p.name.eq_ignore_ascii_case(key)) && is_type_name(key) {
            let origin = Origin { file: page.file, offset: page.title_span.start };
            let mut member =
                crate::model::Property::required(key, TypeRef::Primitive(crate::types::Primitive::String), origin);
            member.required = false;
            member.read_only = true;
            member.description = Some(crate::model::KEY_ONLY.to_string());
            out.keys.push((name.clone(), member));
        }
    }
    out.derived = listed_derived_types(page).into_iter().map(|d| (d, name.clone())).collect();
    if let Some(b) = &base {
        let short = |n: &str| n.rsplit('.').next().unwrap_or(n).to_ascii_lowercase();
        out.inherited_from = inherited
            .into_iter()
            .filter(|r| short(&r.ancestor) != short(b) && short(&r.ancestor) != short(&name))
            .map(|r| (name.clone(), r.ancestor, r.members))
            .collect();
        out.references.push(base_reference(page, b));
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
        let typed_as = properties
            .iter()
            .find_map(|p| {
                p.ty.named().filter(|n| n.rsplit('.').next().is_some_and(|last| last.eq_ignore_ascii_case(enum_name)))
            })
            // A heading naming the property instead (`### smsSignInState values` over the values
            // of `smsSignInState`, an `authenticationMethodSignInState`): the property's type, where
            // its cell links no page of it (a linked object's page defines it).
            .or_else(|| {
                let ty = properties.iter().find(|p| p.name.eq_ignore_ascii_case(enum_name))?.ty.named()?;
                let own = crate::extract::page_stem(page.source.name());
                let paged = out.references.iter().any(|r| {
                    r.name.eq_ignore_ascii_case(ty)
                        && r.linked
                        && r.target.as_ref().is_some_and(|t| Some(t) != own.as_ref())
                });
                (!paged).then_some(ty)
            });
        // The values of a property of a primitive type here, or a heading naming no
        // enum (`### Property values`): no type.
        let values_of_primitive =
            properties.iter().any(|p| p.name.eq_ignore_ascii_case(enum_name) && p.ty.named().is_none());
        let enum_like = typed_as.is_some() || enum_name.starts_with(|c: char| c.is_ascii_lowercase());
        let blocks = own_blocks(&section);
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
