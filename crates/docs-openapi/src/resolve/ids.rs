//! Unique operationIds.

use std::collections::HashMap;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::Operation;
use crate::source::SourceFile;

use super::{at, locate};

/// Makes operationIds unique (ignoring case and `_`, as Rust method names must be
/// and readers do: `get_directoryaudit` and `get_directory_audit` clash).
/// Two ids written by pages that collide get a warning and the words of the path
/// the first lacks, else a numeric suffix (deterministic: pages are read in name
/// order); derived ones are renamed quietly.
pub(super) fn unique_ids(ops: &mut [Operation], explicit: &[bool], files: &[SourceFile], diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, (usize, bool)> = HashMap::new();
    for i in 0..ops.len() {
        let k = id_key(&ops[i].id);
        if let Some(&(j, first_explicit)) = seen.get(&k) {
            if explicit[i] && first_explicit {
                // An example name copied from another page (`get_team` on "Add app to
                // team"): the page's own title names the operation, if that is free.
                let titled = crate::extract::title_id_of(&ops[i].summary);
                let free = !titled.is_empty()
                    && !seen.contains_key(&id_key(&titled))
                    && ops[j].origin.file != ops[i].origin.file;
                diags.push(
                    Diagnostic::warning(
                        codes::DUPLICATE_OPERATION_ID,
                        ops[i].origin.file,
                        at(ops[i].origin.offset),
                        format!(
                            "operationId `{}` is already used by {}; this one is `{}`",
                            ops[i].id,
                            locate(files, ops[j].origin),
                            if free { titled.clone() } else { format!("{}_…", ops[i].id) }
                        ),
                    )
                    .with_help("give the request example a unique `name` in its annotation"),
                );
                if free {
                    ops[i].id = titled;
                    seen.insert(id_key(&ops[i].id), (i, explicit[i]));
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
        seen.insert(id_key(&ops[i].id), (i, explicit[i]));
    }
}

/// What makes two operationIds the same: the Rust name they become, and `_` aside.
fn id_key(id: &str) -> String {
    crate::paths::ident_key(id)
}
