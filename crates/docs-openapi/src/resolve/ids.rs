//! Unique operationIds, their words spelled out.

use std::collections::HashMap;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::{Operation, TypeDef, TypeKind};
use crate::source::SourceFile;

use super::{at, locate};

/// Makes operationIds unique (ignoring case and `_`, as Rust method names must be
/// and readers do: `get_directoryaudit` and `get_directory_audit` clash).
/// An id written by a page (an example's name) that collides gets a warning and
/// the page title's id when that is free, else the words of the path the first
/// lacks, else a numeric suffix (deterministic: pages are read in name
/// order); derived ones are renamed quietly.
pub(super) fn unique_ids(ops: &mut [Operation], explicit: &[bool], files: &[SourceFile], diags: &mut Vec<Diagnostic>) {
    // Pages named as their titles say come first: an example name copied onto
    // another page (`get_educationuser` on "Get user") does not take the id
    // from the page it belongs to ("Get educationUser"). Every page is asked: a
    // copy may fall back to a title whose page has no collision of its own.
    let titled_pages: std::collections::HashSet<_> = ops
        .iter()
        .filter(|o| id_key(&o.id) == id_key(&crate::extract::title_id_of(&o.summary)))
        .map(|o| o.origin.file)
        .collect();
    let mut order: Vec<usize> = (0..ops.len()).collect();
    order.sort_by_key(|&i| !titled_pages.contains(&ops[i].origin.file));
    let mut seen: HashMap<String, usize> = HashMap::new();
    // A page whose written id gave way to its title's: (file, old id, new id). Its
    // other lines' ids were built on the old one (`get_x_users` beside `get_x`).
    let mut rebased: Vec<(crate::FileId, String, String)> = Vec::new();
    // An example name several pages write, none titled so (`list_updatableasset` on a deployment
    // audience's exclusions and members lists, copied from the assets' list, whose own id is the
    // list's `list_updatable_assets`): a copy on each, which takes its title's id.
    let mut by_name: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for i in (0..ops.len()).filter(|&i| explicit[i]) {
        by_name.entry(id_key(&ops[i].id)).or_default().push(i);
    }
    for group in by_name.values() {
        let first = group[0];
        if group.iter().all(|&i| ops[i].origin.file == ops[first].origin.file)
            || group.iter().any(|&i| titled_pages.contains(&ops[i].origin.file))
        {
            continue;
        }
        // Each page its own title, free (pages titled alike keep the names for the loop below).
        let titles: Vec<String> = group.iter().map(|&i| crate::extract::title_id_of(&ops[i].summary)).collect();
        let distinct: std::collections::HashSet<String> = titles.iter().map(|t| id_key(t)).collect();
        let free = |t: &String| t.contains('_') && !ops.iter().any(|o| id_key(&o.id) == id_key(t));
        if distinct.len() < titles.len() || !titles.iter().all(free) {
            continue;
        }
        for (&i, titled) in group.iter().zip(titles) {
            let other = group.iter().find(|&&j| ops[j].origin.file != ops[i].origin.file).copied().unwrap_or(first);
            let message = format!(
                "operationId `{}` is written by {} too, and neither page is titled so; this one is `{titled}`",
                ops[i].id,
                locate(files, ops[other].origin),
            );
            diags.push(id_warning(&ops[i], message));
            rebased.push((ops[i].origin.file, std::mem::take(&mut ops[i].id), titled.clone()));
            ops[i].id = titled;
        }
    }
    for i in order {
        // (Not the line that gave way itself: a title's id may extend the old one, `delete_item`
        // and `delete_item_from_list`.)
        if let Some((_, old, new)) = rebased.iter().find(|(f, ..)| *f == ops[i].origin.file)
            && ops[i].id != *new
            && !ops[i].id.starts_with(&format!("{new}_"))
            && let Some(rest) = ops[i].id.strip_prefix(old.as_str()).filter(|r| r.starts_with('_'))
        {
            ops[i].id = format!("{new}{rest}");
        }
        let k = id_key(&ops[i].id);
        if let Some(&j) = seen.get(&k) {
            if explicit[i] {
                // An example name copied from another page (`get_team` on "Add app to
                // team", `get_organization` on "List organization"): the page's own
                // title names the operation, if that is free.
                let titled = crate::extract::title_id_of(&ops[i].summary);
                let free = !titled.is_empty()
                    && !seen.contains_key(&id_key(&titled))
                    && ops[j].origin.file != ops[i].origin.file;
                let message = format!(
                    "operationId `{}` is already used by {}; this one is `{}`",
                    ops[i].id,
                    locate(files, ops[j].origin),
                    if free { titled.clone() } else { format!("{}_…", ops[i].id) }
                );
                diags.push(id_warning(&ops[i], message));
                if free {
                    rebased.push((ops[i].origin.file, std::mem::take(&mut ops[i].id), titled.clone()));
                    ops[i].id = titled;
                    seen.insert(id_key(&ops[i].id), i);
                    continue;
                }
            }
            // The words of this path the other one lacks (`get_message_value` for
            // `…/{id}/$value` beside `…/{id}`), else a number.
            let mut id = crate::extract::route_id(&ops[i].id, &ops[j].path, &ops[i].path, 1);
            let mut n = 2;
            while seen.contains_key(&id_key(&id)) {
                id = format!("{}_{n}", ops[i].id);
                n += 1;
            }
            ops[i].id = id;
        }
        seen.insert(id_key(&ops[i].id), i);
    }
    // Lines of such a page read before the one that gave way (a `/$value` line listed first).
    for (file, old, new) in &rebased {
        for (i, op) in ops.iter_mut().enumerate().filter(|(_, op)| op.origin.file == *file) {
            // Named on the title already (the line that gave way, lines rebased as they came).
            if op.id == *new || op.id.starts_with(&format!("{new}_")) {
                continue;
            }
            let Some(rest) = op.id.strip_prefix(old.as_str()).filter(|r| r.starts_with('_')) else { continue };
            let id = format!("{new}{rest}");
            if !seen.contains_key(&id_key(&id)) {
                seen.remove(&id_key(&op.id));
                seen.insert(id_key(&id), i);
                op.id = id;
            }
        }
    }
}

/// A `duplicate-operation-id` warning at `op`'s request line: an example name written on another page too.
fn id_warning(op: &Operation, message: String) -> Diagnostic {
    Diagnostic::warning(codes::DUPLICATE_OPERATION_ID, op.origin.file, at(op.origin.offset), message).with_help(
        "give the request example a `name` of its own in its annotation (a trailing `_2`, `_3` marks another \
         example of the same operation and is not part of the name)",
    )
}

/// What makes two operationIds the same: the Rust name they become, and `_` aside.
fn id_key(id: &str) -> String {
    crate::paths::ident_key(id)
}

/// Splits the words an operationId runs together where a name anywhere in the
/// contract spells them (`create_directoryobject_from_application` →
/// `create_directory_object_from_application` by the type `directoryObject`;
/// `teamsapp`, `majorgridlines`): a page spells only its own names, and example
/// names run together the types of other pages too. A word that two names
/// split differently is left as it is. Uniqueness is unaffected: ids are
/// compared without their `_`.
pub(super) fn spell_out_words<'t>(ops: &mut [Operation], types: impl Iterator<Item = &'t TypeDef>) {
    let mut names: Vec<&str> = Vec::new();
    for t in types {
        names.extend(t.name.split('.'));
        if let TypeKind::Object { properties, .. } = &t.kind {
            names.extend(properties.iter().map(|p| p.name.as_str()));
        }
    }
    let segments: Vec<String> = ops
        .iter()
        .flat_map(|o| o.path.split('/'))
        .filter(|s| s.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(str::to_string)
        .collect();
    // Lowercase run → its words; `None` where names disagree.
    let mut spelled: HashMap<String, Option<String>> = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for name in names.into_iter().chain(segments.iter().map(String::as_str)) {
        // Only camelCase names hold several words; most names recur.
        if !name.bytes().any(|b| b.is_ascii_uppercase()) || !seen.insert(name) {
            continue;
        }
        let words = crate::extract::sanitize_id(name);
        if !words.contains('_') {
            continue;
        }
        // The name and its plural (a name's own `s` doubled is a typo, no plural).
        let joined = words.replace('_', "");
        for (run, words) in [(crate::extract::plural(&joined), crate::extract::plural(&words)), (joined, words)] {
            let slot = spelled.entry(run).or_insert_with(|| Some(words.clone()));
            if slot.as_deref() != Some(words.as_str()) {
                *slot = None;
            }
        }
    }
    let spell = |word: &str| -> Option<String> {
        let found = |w: &str| spelled.get(w).cloned().flatten();
        // Newer snippet names: the type, then `this` (`attachmentbasethis_create_upload_session`).
        found(word).or_else(|| word.strip_suffix("this").and_then(found))
    };
    for op in ops {
        let words: Vec<String> = op.id.split('_').map(|w| spell(w).unwrap_or_else(|| w.to_string())).collect();
        op.id = words.join("_");
    }
}
