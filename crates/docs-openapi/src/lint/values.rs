//! `row-unknown-enum-value`: a type's row whose "Possible values" name a value its enum type does
//! not list (`detectionState`'s `scriptError` beside `runState`'s page listing `error`). The
//! contract keeps the enum's list (a row lacking one of its values is no extension of it), so the
//! value reaches clients only through the open enum's "other" branch.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::TypeKind;
use crate::page::Page;
use crate::source::Span;
use crate::types::TypeRef;

use super::index::TypeIndex;

/// The rows of the types this page defines whose possible values their enum type lacks.
pub(crate) fn rows_naming_unknown_values(page: &Page<'_>, index: &TypeIndex<'_>, out: &mut Vec<Diagnostic>) {
    for def in index.defined_here(page.file) {
        let TypeKind::Object { properties, .. } = &def.kind else { continue };
        for p in properties.iter().filter(|p| p.origin.file == page.file) {
            let named = match &p.ty {
                TypeRef::Named(n) => n,
                TypeRef::Collection(item) => match item.as_ref() {
                    TypeRef::Named(n) => n,
                    _ => continue,
                },
                _ => continue,
            };
            let Some(TypeKind::Enum { members }) = index.get(named).map(|t| &t.kind) else { continue };
            if members.is_empty() {
                continue;
            }
            let Some(values) = p.description.as_deref().and_then(crate::extract::possible_values) else { continue };
            let known = |v: &str| members.iter().any(|m| m.name.eq_ignore_ascii_case(v));
            let unknown: Vec<&str> = values.iter().map(String::as_str).filter(|v| !known(v)).collect();
            if unknown.is_empty() {
                continue;
            }
            let listed = |vs: &[&str]| vs.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ");
            out.push(
                Diagnostic::warning(
                    codes::ROW_UNKNOWN_ENUM_VALUE,
                    page.file,
                    Span::new(p.origin.offset, p.origin.offset + 1),
                    format!(
                        "row `{}` lists {} as possible values of `{named}`, which its definition does not list",
                        p.name,
                        listed(&unknown)
                    ),
                )
                .with_help("make the row's values and the enum's page agree"),
            );
        }
    }
}
