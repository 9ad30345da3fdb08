//! Enum pages and the enum sections of other pages → enum definitions.

use super::names::{is_type_name, sub_namespace, type_name_from};
use super::page_description;
use super::table::{description, is_members_table, property_name};
use crate::diagnostic::Diagnostic;
use crate::extract::PageOutput;
use crate::extract::text::is_todo;
use crate::markdown::Block;
use crate::model::{EnumMember, Origin, TypeDef, TypeKind, TypeSource};
use crate::page::{Page, Section};
use crate::types::{TypeRef, parse_type_cell};

/// An enum of `values` named `name`, defined where `origin` says.
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
            let members = enum_members(page, own_blocks(&section), diags);
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

/// The blocks of an enum's section that are its own: up to a heading of another enum's
/// values inside it (`## printOrientation values` above `### printMediaType values`).
pub(super) fn own_blocks<'p>(section: &Section<'p>) -> &'p [Block] {
    let blocks = &section.page.doc.blocks[section.blocks.clone()];
    let end = blocks
        .iter()
        .position(|b| matches!(b, Block::Heading(h) if enum_heading_name(&h.text).is_some()))
        .unwrap_or(blocks.len());
    &blocks[..end]
}

/// The members of the member tables among `blocks`, in order, without repeats.
pub(super) fn enum_members(page: &Page<'_>, blocks: &[Block], diags: &mut Vec<Diagnostic>) -> Vec<EnumMember> {
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
            // A `null` row ("Default value, no **ageGroup** has been set") is JSON's null, which
            // the nullable member takes: no value of the enum, as in a "Possible values" list.
            if member.is_empty() || member == "null" || members.iter().any(|m| m.name == member) {
                continue;
            }
            let description = desc_col.and_then(|i| row.get(i)).and_then(|d| description(page, d, diags));
            members.push(EnumMember { name: member, description });
        }
    }
    members
}

/// Whether the member tables' `Value` column numbers the members as bits (`0`, `1`, `2`, `4`,
/// `8`: Intune's `windowsDeviceType`, `clonableTeamParts`): OData's flags, which the pages never
/// name so. Consecutive numbers (`0`, `1`, `2`) say nothing; a skipped `3` with a `4` does.
fn numbered_as_bits(blocks: &[Block]) -> bool {
    let mut values: Vec<u64> = Vec::new();
    for block in blocks {
        let Block::Table(t) = block else { continue };
        if !is_members_table(t) {
            continue;
        }
        let Some(col) = t.header.iter().position(|h| h.text.eq_ignore_ascii_case("value")) else { continue };
        for row in &t.rows {
            let Some(Ok(v)) = row.get(col).map(|c| c.text.trim().parse::<u64>()) else { return false };
            values.push(v);
        }
    }
    let bits: Vec<u64> = values.iter().copied().filter(|v| *v != 0).collect();
    let mut distinct = bits.clone();
    distinct.sort_unstable();
    distinct.dedup();
    // Besides single bits, one member that is all of them together (`everyWeek` = 15 beside
    // weeks 1, 2, 4 and 8); not any sum (`3` among `0`…`4` numbers them in turn).
    let all = bits.iter().filter(|v| v.is_power_of_two()).fold(0, |all, v| all | v);
    values.len() >= 3
        && distinct.len() == bits.len()
        && bits.iter().all(|v| v.is_power_of_two() || *v == all)
        && bits.iter().filter(|v| !v.is_power_of_two()).count() <= 1
        && bits.iter().any(|v| v.is_power_of_two() && *v >= 4)
}

/// The enum a heading introduces: `attachmentType values`, `x enum`, `x enum type`,
/// `x enumeration` → its first word.
pub(super) fn enum_heading_name(title: &str) -> Option<&str> {
    let title = title.trim().trim_end_matches(':');
    let (name, rest) = title.split_once(char::is_whitespace)?;
    let rest = rest.trim().to_ascii_lowercase();
    let name = name.trim_matches('`');
    (matches!(rest.as_str(), "values" | "enum" | "enum values" | "enum type" | "enumeration" | "enumeration values")
        && is_type_name(name))
    .then_some(name)
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
            if section.span.start == page.title_span.start {
                continue;
            }
            let members = enum_members(page, own_blocks(&section), diags);
            if members.is_empty() {
                continue;
            }
            let description = own_blocks(&section).iter().find_map(|b| match b {
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
    let description = page_description(page);
    // Values numbered as bits are flags, unless the description says one of them is chosen
    // ("which can be one of several pre-defined lists of apps": `targetedManagedAppGroupType`;
    // "must be one of", "only one of"), not a combination.
    let one_chosen = description.as_deref().is_some_and(|d| {
        let d = d.to_ascii_lowercase();
        ["be one of", "is one of", "only one of"].iter().any(|w| d.contains(w)) && !d.contains("combination")
    });
    if description.as_deref().is_some_and(crate::extract::text::says_multi_valued)
        || (numbered_as_bits(&page.doc.blocks) && !one_chosen)
    {
        out.flags.push(name.clone());
    }
    out.types.push(TypeDef {
        name,
        description,
        kind: TypeKind::Enum { members },
        source: TypeSource::Page,
        origin: Origin { file: page.file, offset: page.title_span.start },
    });
    out
}
