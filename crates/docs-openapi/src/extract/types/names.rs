//! A type's name and namespace, as a page's title, annotation and front matter give them.

use crate::markdown::Block;
use crate::page::Page;

/// The namespace below `microsoft.graph` a page's `Namespace:` line names
/// (`externalConnectors` for `Namespace: microsoft.graph.externalConnectors`).
pub(super) fn sub_namespace(page: &Page<'_>) -> Option<String> {
    page.doc.blocks.iter().take_while(|b| !matches!(b, Block::Heading(h) if h.level == 2)).find_map(|b| {
        let Block::Paragraph(p) = b else { return None };
        let ns = p.text.trim().strip_prefix("Namespace:")?.trim().strip_prefix("microsoft.graph.")?;
        let ns = ns.split_whitespace().next()?;
        (!ns.is_empty() && ns.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')).then(|| ns.to_string())
    })
}

/// `name` qualified with the page's namespace (`externalConnectors.identity`) on a
/// namespaced page, else as it is.
pub(crate) fn in_page_namespace(page: &Page<'_>, name: &str) -> String {
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
pub(super) fn type_name_from(page: &Page<'_>) -> Option<String> {
    let from_annotation = page.annotations.values().find_map(|a| {
        (a.get("blockType")?.as_str()? == "resource").then_some(())?;
        crate::page::annotated_type(a).map(strip_namespace).filter(|n| is_type_name(n))
    });
    let from_title = || {
        // "x resource type", "x enum type", "x facet", or just "x"; not a sentence
        // such as "Use the Microsoft Graph threat assessment API" (an overview page).
        let mut words = page.title.split_whitespace();
        let first = words.next()?;
        // Or the page's own file named by the first word ("Invitation manager" on `invitation.md`).
        let stem = std::path::Path::new(page.source.name()).file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let names_the_file = first.trim_matches('`').eq_ignore_ascii_case(stem);
        let titled = match words.next().map(str::to_ascii_lowercase).as_deref() {
            None => true,
            Some(second) => matches!(
                second,
                "resource" | "enum" | "complex" | "entity" | "object" | "facet" | "type" | "enumeration"
            ),
        };
        let type_like = titled || names_the_file;
        let name = strip_namespace(first.trim_matches('`'));
        // A title's capital is the sentence's, not the name's (`Invitation` of `invitation`).
        let name = match name.chars().next() {
            Some(c) if !titled && c.is_ascii_uppercase() => format!("{}{}", c.to_ascii_lowercase(), &name[1..]),
            _ => name,
        };
        Some(name).filter(|n| type_like && is_type_name(n))
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
            // Nor `microsoft.graph.IdentityProvider` on "identityProvider resource type". The title
            // qualified by the page's `Namespace:` line over an annotation without it
            // (`microsoft.graph.legalhold` on "legalHold resource type" in `microsoft.graph.ediscovery`).
            Some(t)
                if (!a.chars().any(|c| c.is_ascii_uppercase())
                    || strip_namespace(&a).starts_with(|c: char| c.is_ascii_uppercase()))
                    && (t.eq_ignore_ascii_case(&a)
                        || (!a.contains('.') && t.rsplit('.').next().is_some_and(|s| s.eq_ignore_ascii_case(&a))))
                    && strip_namespace(&t).starts_with(|c: char| c.is_ascii_lowercase()) =>
            {
                t
            }
            _ => a,
        }),
        None => from_title().map(|t| self_linked_name(page, &t).unwrap_or(t)),
    }
}

/// The longer name a page without an annotation writes for itself where its title
/// leaves out the name's first words: `workbookrangeview.md`, titled "rangeView
/// resource type", whose own methods table links `[workbookRangeView](workbookrangeview.md)`
/// (the type renamed, the older page's title not). Only a name its file spells, not
/// a namespaced one.
fn self_linked_name(page: &Page<'_>, title: &str) -> Option<String> {
    let stem = crate::extract::page_stem(page.source.name())?;
    let shorter = stem.strip_suffix(&title.to_ascii_lowercase()).is_some_and(|rest| !rest.is_empty());
    if !shorter || title.contains('.') || stem.contains(['-', '.', '_']) {
        return None;
    }
    let own = |i: &crate::markdown::Inline| {
        i.links.iter().find_map(|l| {
            let text = l.text.trim().trim_matches('`');
            (crate::extract::page_stem(&l.target).as_deref() == Some(stem.as_str())
                && text.eq_ignore_ascii_case(&stem)
                && crate::types::is_camel_case(text))
            .then(|| text.to_string())
        })
    };
    page.doc.blocks.iter().find_map(|b| match b {
        Block::Paragraph(p) => own(p),
        Block::Table(t) => t.header.iter().chain(t.rows.iter().flatten()).find_map(own),
        _ => None,
    })
}

/// Whether the file `name` (`…/virtualeventregistration.md`) and the title's type
/// `title` agree against the annotation's type `annotated`.
pub(super) fn stale_annotation(annotated: &str, title: &str, name: &str) -> bool {
    let stem = crate::extract::page_stem(name).unwrap_or_default();
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

/// Whether a type cell names its type in Graph's root namespace (`microsoft.graph.x`,
/// `graph.x`, `microsoft.graph.x collection`), not a sub-namespace's.
pub(super) fn written_in_root_namespace(cell: &str) -> bool {
    let word = cell.split_whitespace().next().unwrap_or("").trim_matches('`');
    let lower = word.to_ascii_lowercase();
    lower
        .strip_prefix("microsoft.graph.")
        .or_else(|| lower.strip_prefix("graph."))
        .is_some_and(|name| !name.is_empty() && !name.contains('.'))
}
