//! The type registry: what links mean, several definitions of one type,
//! references made canonical, ancestry and Rust-name clashes.

use std::collections::{BTreeMap, HashMap};

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::{Body, Property, Shape, TypeDef, TypeKind, TypeSource};
use crate::source::{FileId, SourceFile};
use crate::types::{Primitive, TypeRef};

use super::claim::stem_of;
use super::{RESERVED, at, key, own_stem};

/// Per page, the linked names that mean the linked page's type (registry key →
/// that type's name). A page's type is the first type it defines; a file stem
/// that several pages share answers for none. A link's text is not always the
/// type's name: when no type has that name (`[tab](teamstab.md)`), or, in an
/// api page's prose, when another page defines it, the linked page defines
/// just one type and the text is a word or names a stub (`[photo](profilephoto.md)`,
/// while `photo` is a drive item facet; `[teamsCatalogApp](teamsapp.md)`, whose page
/// says "see teamsApp"), the linked page's type is meant. A property table's type cell
/// declares a type and keeps its text (`[invitationParticipantInfo](participantinfo.md)`),
/// and so do links to pages of several types (`enums.md#x`). A text naming the linked
/// page's type in another namespace means that type, on any page
/// (`[sensitivityLabel](security-sensitivitylabel.md)`: `security.sensitivityLabel`), and so does
/// a text naming the linking page's own type. `superseded`: where pages define a type
/// another page's definition replaced (`page.md`'s `onenotePage`, `onenotepage.md` wins);
/// such a page's type is still the type its links mean.
pub(super) fn link_aliases(
    files: &[SourceFile],
    registry: &BTreeMap<String, TypeDef>,
    superseded: &[(crate::model::Origin, String)],
    references: &[crate::extract::Reference],
    kind_links: &[crate::extract::Reference],
    api_pages: &std::collections::HashSet<FileId>,
) -> HashMap<FileId, HashMap<String, String>> {
    let mut aliases: HashMap<FileId, HashMap<String, String>> = HashMap::new();
    if !references.iter().chain(kind_links).any(|r| r.target.is_some()) {
        return aliases;
    }
    // Stem → the first type defined there and how many the page defines; `None` when stems collide.
    struct PageTypes<'r> {
        file: FileId,
        offset: usize,
        first: &'r str,
        count: usize,
    }
    let mut by_page: HashMap<String, Option<PageTypes<'_>>> = HashMap::new();
    // A superseded page's type is the winner's (the registry's key is the name's, lowercase).
    let superseded =
        superseded.iter().filter_map(|(o, k)| registry.get(k).map(|t| (o.file, o.offset, t.name.as_str())));
    let defined = registry
        .values()
        .filter(|t| t.source == TypeSource::Page)
        .map(|t| (t.origin.file, t.origin.offset, t.name.as_str()));
    for (file, offset, name) in defined.chain(superseded) {
        let Some(stem) = stem_of(files, file) else { continue };
        let slot = by_page.entry(stem).or_insert(Some(PageTypes { file, offset, first: name, count: 0 }));
        match slot {
            Some(page) if page.file != file => *slot = None,
            Some(page) => {
                page.count += 1;
                if offset < page.offset {
                    (page.offset, page.first) = (offset, name);
                }
            }
            None => {}
        }
    }
    // Names some link sends to their own page, missing from the inputs
    // (`[teamsAppPermissionSet](teamsapppermissionset.md)`): types of their own, whatever page
    // another link of the name goes to. (Not a page among the inputs defining another type:
    // `[Range](range.md)`, whose page defines `workbookRange`.)
    let own_page_linked: std::collections::HashSet<String> = references
        .iter()
        .chain(kind_links)
        .filter(|r| r.target.as_deref().is_some_and(|t| *t == own_stem(&r.name) && !by_page.contains_key(t)))
        .map(|r| key(&r.name))
        .collect();
    // Names that two links of one page send to different types keep their own type.
    let mut conflicts: Vec<(FileId, String)> = Vec::new();
    for r in references.iter().chain(kind_links) {
        let Some(Some(PageTypes { first: name, count, .. })) = r.target.as_ref().and_then(|stem| by_page.get(stem))
        else {
            continue;
        };
        let k = key(&r.name);
        // The linked page's type is the text's name in another namespace
        // (`[sensitivityLabel](security-sensitivitylabel.md)`, `security.sensitivityLabel`).
        let namespaced = name.rsplit_once('.').is_some_and(|(_, short)| key(short) == k) && key(name) != k;
        let meant = namespaced
            || match registry.get(&k) {
                // (Not a type another link sends to its own page: `[teamsAppPermissionSet](teamsappdefinition.md)`
                // beside `[teamsAppPermissionSet](teamsapppermissionset.md)`.)
                None => !own_page_linked.contains(&k),
                // A link whose text names the linking page's own type while it goes to another
                // page of one type (`|publicKey|[webauthnCredentialCreationOptions](webauthnpublickeycredentialcreationoptions.md)|`
                // on the creation options' page): the linked page's type.
                Some(t)
                    if t.origin.file == r.origin.file
                        && *count == 1
                        && !t.name.eq_ignore_ascii_case(name)
                        && stem_of(files, t.origin.file).as_ref() != r.target.as_ref() =>
                {
                    // Not a request table of other members than the linked type's ("supply the
                    // values for [governanceRuleSettings](governancerulesetting.md)" above rows
                    // of the role setting's own: `adminEligibleSettings`, …): the text names the table.
                    !(t.source == TypeSource::RequestTable && members_apart(registry, t, name))
                }
                Some(t) => {
                    api_pages.contains(&r.origin.file)
                    && *count == 1
                    // A word (`photo`), or a type's name in camelCase whose own page is a stub
                    // (`teamsCatalogApp`: "see teamsApp"); a defined type's name in camelCase
                    // (`voiceAuthenticationMethodConfiguration` linked to another method's page,
                    // `security.dataSource` to the search's) is meant as written.
                    && (!crate::types::is_camel_case(&r.name)
                        || matches!(&t.kind, TypeKind::Object { properties, .. } if properties.is_empty()))
                    && !t.name.eq_ignore_ascii_case(name)
                    && stem_of(files, t.origin.file).as_ref() != r.target.as_ref()
                }
            };
        if !meant {
            continue;
        }
        match aliases.entry(r.origin.file).or_default().entry(k) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(name.to_string());
            }
            std::collections::hash_map::Entry::Occupied(o) if o.get() != name => {
                conflicts.push((r.origin.file, o.key().clone()))
            }
            std::collections::hash_map::Entry::Occupied(_) => {}
        }
    }
    for (file, k) in conflicts {
        if let Some(map) = aliases.get_mut(&file) {
            map.remove(&k);
        }
    }
    aliases
}

/// Whether none of an object type's members is a property of `other`, which has some.
fn members_apart(registry: &BTreeMap<String, TypeDef>, t: &TypeDef, other: &str) -> bool {
    let TypeKind::Object { properties: own, .. } = &t.kind else { return false };
    let theirs = properties(registry, other);
    !own.is_empty()
        && !theirs.is_empty()
        && !own.iter().any(|p| theirs.iter().any(|q| q.name.eq_ignore_ascii_case(&p.name)))
}

/// Links to pages not among the inputs, read from the page's file name: a link
/// whose stem is a known namespace's prefix before the text's name means the
/// namespaced type (`[contentInfo](security-contentinfo.md)`: `security.contentInfo`,
/// not the `contentInfo` of `contentinfo.md`), and the reference is renamed so; a word
/// an api page links to a page whose type another reference spells
/// (`[tab](teamstab.md)` beside `teamsTab`) means that type, as does a name leaving out some
/// of that type's words ([`crate::types::omits_words`]) or misspelling it ([`crate::types::misspells`])
/// that no page defines and no link writes for its own page. Returns the aliases per page, as [`link_aliases`] does.
pub(super) fn missing_page_aliases(
    files: &[SourceFile],
    registry: &BTreeMap<String, TypeDef>,
    references: &mut [crate::extract::Reference],
    api_pages: &std::collections::HashSet<FileId>,
) -> HashMap<FileId, HashMap<String, String>> {
    let mut aliases: HashMap<FileId, HashMap<String, String>> = HashMap::new();
    let with_pages: std::collections::HashSet<String> = registry
        .values()
        .filter(|t| t.source == TypeSource::Page)
        .filter_map(|t| stem_of(files, t.origin.file))
        .collect();
    // A namespace as its pages spell it, by its stem prefix (`identitygovernance` → `identityGovernance`).
    let mut namespaces: HashMap<String, String> = HashMap::new();
    for t in registry.values().filter(|t| t.source == TypeSource::Page) {
        if let Some((ns, _)) = t.name.rsplit_once('.') {
            namespaces.entry(key(ns).replace('.', "-")).or_insert_with(|| ns.to_string());
        }
    }
    // A type's spelling by the stem its page would have (`teamstab` → `teamsTab`), in
    // camelCase where any spelling is.
    let mut spelled: HashMap<String, String> = HashMap::new();
    for name in registry.values().map(|t| &t.name).chain(references.iter().map(|r| &r.name)) {
        let slot = spelled.entry(own_stem(name)).or_insert_with(|| name.clone());
        if !crate::types::is_camel_case(slot) && crate::types::is_camel_case(name) {
            *slot = name.clone();
        }
    }
    // The link's text names the type with its namespace (`[microsoft.graph.longRunningOperation](industrydata-longrunningoperation.md)`).
    let written_qualified = |r: &crate::extract::Reference, stem: &str| {
        let text = files.get(r.origin.file.0 as usize).map_or("", |f| f.text());
        let rest = text.get(r.origin.offset..).unwrap_or("");
        // The first link to the page after the reference's place: its text.
        rest.match_indices("](").find_map(|(at, _)| {
            let target = rest[at + 2..].split(')').next()?.to_ascii_lowercase();
            let text = &rest[rest[..at].rfind('[')? + 1..at];
            target.contains(stem).then(|| text.to_ascii_lowercase().contains("microsoft.graph."))
        }) == Some(true)
    };
    // The page names the type in Graph's root namespace itself (`"@odata.type":
    // "Collection(microsoft.graph.longRunningOperation)"` beside `[longRunningOperation](industrydata-longrunningoperation.md)`).
    let named_in_root = |r: &crate::extract::Reference| {
        crate::extract::names_in_root(files.get(r.origin.file.0 as usize).map_or("", |f| f.text()), &r.name)
    };
    // Names a page links to two different pages stay as they are.
    let mut targets: HashMap<(FileId, String), Option<&str>> = HashMap::new();
    for r in references.iter().filter(|r| r.target.is_some()) {
        let slot = targets.entry((r.origin.file, key(&r.name))).or_insert(r.target.as_deref());
        if *slot != r.target.as_deref() {
            *slot = None;
        }
    }
    // The type a page among the inputs defines, by its stem: the first, where it defines several.
    let mut page_type: HashMap<String, (usize, &str)> = HashMap::new();
    for t in registry.values().filter(|t| t.source == TypeSource::Page) {
        let Some(stem) = stem_of(files, t.origin.file) else { continue };
        let slot = page_type.entry(stem).or_insert((t.origin.offset, t.name.as_str()));
        if t.origin.offset < slot.0 {
            *slot = (t.origin.offset, t.name.as_str());
        }
    }
    // Names some link writes for their own page (`[accessPackageReviewSettings](accesspackagereviewsettings.md)`).
    let linked_to_own_page: std::collections::HashSet<String> = references
        .iter()
        .filter(|o| o.target.as_deref() == Some(own_stem(&o.name).as_str()))
        .map(|o| key(&o.name))
        .collect();
    // Per page, once: the pages among the inputs it links, by the links' text.
    let mut linked_by_text: HashMap<FileId, HashMap<String, Vec<String>>> = HashMap::new();
    let mut renamed: Vec<(usize, String)> = Vec::new();
    // Per page, once: the texts of its links to pages not among the inputs, by the pages' stems.
    let mut linked_missing: HashMap<FileId, HashMap<String, Vec<String>>> = HashMap::new();
    for (i, r) in references.iter().enumerate() {
        let k = key(&r.name);
        // A name no type has, whose missing page the page links with a text naming a present
        // type by more words (`[workbookRange](../resources/range.md)`, the page since renamed,
        // beside the response annotation's `microsoft.graph.range`): that type.
        if !registry.contains_key(&k) && !with_pages.contains(&k) && !linked_to_own_page.contains(&k) {
            let texts = linked_missing.entry(r.origin.file).or_insert_with(|| {
                let text = files.get(r.origin.file.0 as usize).map_or("", |f| f.text());
                let mut by_stem: HashMap<String, Vec<String>> = HashMap::new();
                let mut seen = std::collections::HashSet::new();
                for (shown, stem) in page_links(text).filter(|(_, stem)| !with_pages.contains(stem)) {
                    if seen.insert((stem.clone(), shown.clone())) {
                        by_stem.entry(stem).or_default().push(shown);
                    }
                }
                by_stem
            });
            if let Some([shown]) = texts.get(&k).map(Vec::as_slice)
                && let Some(t) = registry.get(shown).filter(|t| t.source == TypeSource::Page)
                && crate::types::ends_with_words(&t.name, &k)
            {
                aliases.entry(r.origin.file).or_default().insert(k, t.name.clone());
                continue;
            }
        }
        let Some(stem) = r.target.as_deref().filter(|t| !with_pages.contains(*t)) else { continue };
        // The same page links the same text to one page among the inputs too (`[schema](schema.md)`,
        // a stale page name, beside `[schema](externalconnectors-schema.md)`): that page's type,
        // where its name is the text's.
        let by_text = linked_by_text.entry(r.origin.file).or_insert_with(|| {
            let text = files.get(r.origin.file.0 as usize).map_or("", |f| f.text());
            links_by_text(text, &with_pages)
        });
        if let Some([other]) = by_text.get(&k).map(Vec::as_slice)
            && let Some((_, name)) = page_type.get(other)
            && key(name.rsplit('.').next().unwrap_or(name)) == k
        {
            aliases.entry(r.origin.file).or_default().insert(k, name.to_string());
            continue;
        }
        if own_stem(&k) == stem || targets.get(&(r.origin.file, k.clone())).is_some_and(Option::is_none) {
            continue;
        }
        let qualified = stem
            .strip_suffix(k.as_str())
            .and_then(|prefix| prefix.strip_suffix('-'))
            // Older pages keep the namespace's dots in their names (`partner.security-partnersecurityalert.md`).
            .and_then(|prefix| namespaces.get(&prefix.replace('.', "-")))
            .filter(|_| !r.name.contains('.') && !written_qualified(r, stem) && !named_in_root(r))
            .map(|ns| format!("{ns}.{}", r.name));
        // The plural of the page's type (`[chatMessages](chatmessage.md)`).
        let plural = k.strip_suffix('s').is_some_and(|one| one == stem || one.strip_suffix('e') == Some(stem));
        let meant = match qualified {
            Some(q) => {
                renamed.push((i, q.clone()));
                q
            }
            // A word an api page links (`[tab](teamstab.md)`).
            None if plural || (api_pages.contains(&r.origin.file) && !crate::types::is_camel_case(&r.name)) => {
                match spelled.get(stem) {
                    Some(s) => s.clone(),
                    // No other spelling: the plural's own letters without its ending (`chatMessage`).
                    None if plural => {
                        let one = &r.name[..r.name.len() - 1];
                        if key(one) == stem { one.to_string() } else { one[..one.len() - 1].to_string() }
                    }
                    None => continue,
                }
            }
            // A name leaving out some of the words of the type another reference spells for the
            // page (`[accessPackageReviewSettings](accesspackageassignmentreviewsettings.md)` beside
            // `accessPackageAssignmentReviewSettings`): that type, where no type and no link of its
            // own page has the shorter name.
            None if !registry.contains_key(&k)
                && spelled.get(stem).is_some_and(|s| crate::types::omits_words(&r.name, s))
                && !linked_to_own_page.contains(&k) =>
            {
                spelled.get(stem).cloned().unwrap_or_default()
            }
            // A name misspelling that type (`[maiboxRestoreArtifact](mailboxrestoreartifact.md)` beside
            // `mailboxRestoreArtifact`): that type, on the same terms.
            None if !registry.contains_key(&k)
                && spelled.get(stem).is_some_and(|s| crate::types::misspells(&r.name, s))
                && !linked_to_own_page.contains(&k) =>
            {
                spelled.get(stem).cloned().unwrap_or_default()
            }
            None => continue,
        };
        aliases.entry(r.origin.file).or_default().insert(k, meant);
    }
    for (i, name) in renamed {
        references[i].name = name;
    }
    aliases
}

/// The pages among `with_pages` that `text` links, by the links' text (lowercase, code marks
/// aside), each stem once: `[schema](../resources/externalconnectors-schema.md)` →
/// `schema` → [`externalconnectors-schema`].
fn links_by_text(text: &str, with_pages: &std::collections::HashSet<String>) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for (shown, stem) in page_links(text).filter(|(_, stem)| with_pages.contains(stem)) {
        let stems = out.entry(shown).or_default();
        if !stems.contains(&stem) {
            stems.push(stem);
        }
    }
    out
}

/// Every link of `text` to a page, as (its text, lowercase, code marks aside; the page's stem).
fn page_links(text: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let mut open = None;
    text.char_indices().filter_map(move |(at, c)| {
        match c {
            '[' => open = Some(at),
            ']' if text[at + 1..].starts_with('(') => {
                let start = open.take()?;
                let shown = text[start + 1..at].trim_matches('`').to_ascii_lowercase();
                // Up to the line's end: a link's target never spans lines (scanning on is quadratic).
                let target = text[at + 2..].split([')', '\n']).next().unwrap_or("");
                return crate::extract::page_stem(target).map(|stem| (shown, stem));
            }
            '\n' => open = None,
            _ => {}
        }
        None
    })
}

/// Adds the properties (or enum values) of another definition of `winner`'s type
/// that it lacks (several pages describe one type, each its own part; two lists of
/// one enum, one with a value the other misspells); the winner's base,
/// descriptions and members stand. Returns how many were added.
pub(super) fn absorb(winner: &mut TypeDef, other: TypeKind) -> usize {
    match (&mut winner.kind, other) {
        // Two lists of one enum: the other's values the winner lacks, and a value one list
        // writes with a letter missing in the other's full spelling. Lists sharing no value
        // are two enums of one name (each page's own `### status values`): the winner's stands.
        (TypeKind::Enum { members }, TypeKind::Enum { members: more }) => {
            let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
            if !more.iter().any(|m| members.iter().any(|w| same(&w.name, &m.name))) {
                return 0;
            }
            merge_values(members, more)
        }
        (TypeKind::Object { base, properties }, TypeKind::Object { base: other_base, properties: more }) => {
            if base.is_none() {
                *base = other_base;
            }
            let before = properties.len();
            for p in more {
                if !properties.iter().any(|q| q.name.eq_ignore_ascii_case(&p.name)) {
                    properties.push(p);
                }
            }
            properties.len() - before
        }
        _ => 0,
    }
}

/// Adds to an enum's `members` the values of `more` it lacks (letter case aside:
/// `UnknownFutureValue` beside `unknownFutureValue` is one value, one Rust variant), a value one
/// list writes with a letter missing spelled in full. Returns how many were added or respelled.
pub(super) fn merge_values(members: &mut Vec<crate::model::EnumMember>, more: Vec<crate::model::EnumMember>) -> usize {
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let before = members.len();
    let mut respelled = 0;
    let more_names: Vec<String> = more.iter().map(|m| m.name.clone()).collect();
    for m in more {
        if members.iter().any(|w| same(&w.name, &m.name)) {
            continue;
        }
        // `norma` beside `normal`: one value missing a letter, spelled in full. Only a value
        // the other list lacks (`tls1_0` beside `tls1_3` is another value).
        let misspelled = members
            .iter()
            .position(|w| !more_names.iter().any(|n| same(n, &w.name)) && missing_a_letter(&w.name, &m.name));
        // The other way round (`norma` beside the first list's `normal`): the other's misspelling.
        let misspells_ours =
            members.iter().any(|w| !more_names.iter().any(|n| same(n, &w.name)) && missing_a_letter(&m.name, &w.name));
        match misspelled {
            Some(i) => {
                members[i].name = m.name;
                respelled += 1;
            }
            None if misspells_ours => {}
            // Graph's evolvable enums: values after `unknownFutureValue` are sent only to clients
            // that ask for them; one the other list has before it goes before ours too (`mover`
            // from `joiner, mover, leaver, unknownFutureValue` into `joiner, leaver, unknownFutureValue`).
            None => match (
                sentinel(members.iter().map(|w| w.name.as_str())),
                sentinel(more_names.iter().map(String::as_str)),
            ) {
                (Some(ours), Some(theirs)) if more_names.iter().position(|n| *n == m.name) < Some(theirs) => {
                    members.insert(ours, m)
                }
                _ => members.push(m),
            },
        }
    }
    members.len() - before + respelled
}

/// Where a list of values has `unknownFutureValue`, the sentinel of Graph's evolvable enums.
fn sentinel<'a>(names: impl Iterator<Item = &'a str>) -> Option<usize> {
    names.into_iter().position(|n| n.eq_ignore_ascii_case("unknownFutureValue"))
}

/// Whether `short` is `long` with one letter left out (`norma` of `normal`); not a digit
/// (`tone1` of `tone12` is another value) nor a short name.
fn missing_a_letter(short: &str, long: &str) -> bool {
    let (short, long) = (short.as_bytes(), long.as_bytes());
    if long.len() != short.len() + 1 || short.len() < 3 {
        return false;
    }
    let at = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    long[at].is_ascii_alphabetic() && short[at..] == long[at + 1..]
}

/// The end of a duplicate-type warning: what the losing definition gave the winner.
pub(super) fn added_note(added: usize, kind: &TypeKind) -> String {
    let (one, many) = match kind {
        TypeKind::Enum { .. } => ("value", "values"),
        _ => ("property", "properties"),
    };
    match added {
        0 => "; this definition adds nothing".to_string(),
        1 => format!("; the one {one} it lacks is added from here"),
        n => format!("; the {n} {many} it lacks are added from here"),
    }
}

pub(super) fn canonicalize(t: &mut TypeRef, canonical: &HashMap<String, String>) {
    if let Some(n) = t.named_mut()
        && let Some(c) = canonical.get(&key(n))
    {
        *n = c.clone();
    }
}

pub(super) fn fix_body(b: &mut Body, canonical: &HashMap<String, String>) {
    match &mut b.shape {
        Shape::Type(t) | Shape::CollectionPage(t) => canonicalize(t, canonical),
        Shape::Object(props) => props.iter_mut().for_each(|p| canonicalize(&mut p.ty, canonical)),
        Shape::Raw | Shape::References { .. } => {}
    }
}

pub(super) fn body_type(b: &Body) -> Option<String> {
    match &b.shape {
        Shape::Type(TypeRef::Named(n)) | Shape::CollectionPage(TypeRef::Named(n)) => Some(n.clone()),
        _ => None,
    }
}

pub(super) fn body_type_mut(b: &mut Body) -> Option<&mut String> {
    match &mut b.shape {
        Shape::Type(TypeRef::Named(n)) | Shape::CollectionPage(TypeRef::Named(n)) => Some(n),
        _ => None,
    }
}

/// A type and its bases, nearest first (cycle-safe).
pub(crate) fn ancestors(registry: &BTreeMap<String, TypeDef>, name: &str) -> Vec<String> {
    let mut chain: Vec<String> = Vec::new();
    let mut current = Some(name.to_string());
    while let Some(n) = current.take() {
        if chain.iter().any(|c| c.eq_ignore_ascii_case(&n)) {
            break;
        }
        current = match registry.get(&key(&n)).map(|t| &t.kind) {
            Some(TypeKind::Object { base: Some(b), .. }) => Some(b.clone()),
            _ => None,
        };
        chain.push(registry.get(&key(&n)).map(|t| t.name.clone()).unwrap_or(n));
    }
    chain
}

/// A type's properties and its bases', nearest first.
pub(super) fn properties<'a>(registry: &'a BTreeMap<String, TypeDef>, name: &str) -> Vec<&'a Property> {
    ancestors(registry, name)
        .iter()
        .filter_map(|n| registry.get(&key(n)))
        .flat_map(|t| match &t.kind {
            TypeKind::Object { properties, .. } => properties.iter().collect(),
            TypeKind::Enum { .. } => Vec::new(),
        })
        .collect()
}

/// A type's name without its namespace (`azureADDevice` for `windowsUpdates.azureADDevice`).
pub(super) fn unqualified(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// Whether a path segment names type `ty` or its set (`deviceConfigurations`;
/// `updatableAssets` for `windowsUpdates.updatableAsset`).
pub(super) fn names_type(ty: &str, segment: &str) -> bool {
    let ty = unqualified(ty);
    ty.eq_ignore_ascii_case(segment) || crate::extract::plural(ty).eq_ignore_ascii_case(segment)
}

/// The nearest type both `a` and `b` derive from (or are).
pub(super) fn common_ancestor(registry: &BTreeMap<String, TypeDef>, a: &str, b: &str) -> Option<String> {
    let theirs = ancestors(registry, b);
    ancestors(registry, a).into_iter().find(|x| theirs.iter().any(|y| y.eq_ignore_ascii_case(x)))
}

/// Whether a resource page among the inputs defines `name`, and so its base (an api page's
/// table, or a placeholder for a missing page, does not).
pub(super) fn defined_by_page(registry: &BTreeMap<String, TypeDef>, name: &str) -> bool {
    registry.get(&key(name)).is_some_and(|t| t.source == TypeSource::Page)
}

/// The base of several kinds some of which no resource page defines (their bases unknown):
/// the nearest common ancestor of those defined, or, where that is one of the kinds, its
/// base (the unknown kinds may share it); never Graph's root `entity`, which says less than
/// a kind.
pub(super) fn base_of_defined_kinds(registry: &BTreeMap<String, TypeDef>, kinds: &[&str]) -> Option<String> {
    let defined: Vec<&str> = kinds.iter().copied().filter(|k| defined_by_page(registry, k)).collect();
    let (first, rest) = defined.split_first()?;
    let common = rest.iter().try_fold(first.to_string(), |b, o| common_ancestor(registry, &b, o))?;
    let base = match kinds.iter().any(|k| k.eq_ignore_ascii_case(&common)) {
        true => ancestors(registry, &common).into_iter().nth(1)?,
        false => common,
    };
    (!base.eq_ignore_ascii_case("entity")).then_some(base)
}

/// Two component names that map to the same Rust type name break generation.
pub(super) fn check_clashes(registry: &BTreeMap<String, TypeDef>, diags: &mut Vec<Diagnostic>) {
    let ident = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    let mut seen: HashMap<String, &TypeDef> = HashMap::new();
    for t in registry.values() {
        let id = ident(&t.name);
        if RESERVED.iter().any(|r| ident(r) == id) {
            diags.push(Diagnostic::warning(
                codes::TYPE_NAME_CLASH,
                t.origin.file,
                at(t.origin.offset),
                format!("type `{}` clashes with a name the contract reserves for Graph's error body", t.name),
            ));
        }
        if let Some(other) = seen.get(&id) {
            diags.push(Diagnostic::warning(
                codes::TYPE_NAME_CLASH,
                t.origin.file,
                at(t.origin.offset),
                format!("types `{}` and `{}` become the same Rust type name", t.name, other.name),
            ));
        }
        // Values that become one Rust variant: the contract lists the first (emit's `enum_schema`).
        if let TypeKind::Enum { members } = &t.kind {
            for (i, m) in members.iter().enumerate() {
                if let Some(first) = members[..i].iter().find(|f| crate::paths::same_ident(&f.name, &m.name)) {
                    diags.push(
                        Diagnostic::warning(
                            codes::TYPE_NAME_CLASH,
                            t.origin.file,
                            at(t.origin.offset),
                            format!(
                                "values `{}` and `{}` of `{}` become the same Rust variant; only `{}` is listed (the other is accepted as an unlisted value)",
                                first.name, m.name, t.name, first.name
                            ),
                        )
                        .with_help("Graph's values are exact strings: both are sent as written"),
                    );
                }
            }
        }
        seen.insert(id, t);
    }
}

/// `entity`'s key is never null, also where `entity`'s page is not among the inputs: the `id`
/// of a type whose bases reach `entity` ("Inherits from [entity]", `"baseType":
/// "microsoft.graph.entity"`), or whose `id` row says "Inherited from [entity]" (update tables on
/// api pages that are a type's only definition), or of a type in `keyed` (read or written at a
/// key's path), of a base of one (the key it inherits is the base's: `identityProviderBase`,
/// whose kinds' creates and reads name one of them), or derived from either; not a row calling
/// itself "Nullable".
pub(super) fn entity_keys(registry: &mut BTreeMap<String, TypeDef>, keyed: &[String]) {
    let mut keyed: std::collections::HashSet<String> = keyed.iter().map(|n| key(n)).collect();
    let bases: Vec<String> = keyed
        .iter()
        .filter_map(|k| registry.get(k))
        .flat_map(|t| ancestors(registry, &t.name).into_iter().skip(1))
        .map(|a| key(&a))
        .collect();
    keyed.extend(bases);
    let is_entity = |n: &str| unqualified(n).eq_ignore_ascii_case("entity") || keyed.contains(&key(n));
    let entities: std::collections::HashSet<String> = registry
        .iter()
        .filter(|(_, t)| matches!(t.kind, TypeKind::Object { .. }))
        .filter(|(k, t)| keyed.contains(*k) || ancestors(registry, &t.name).iter().skip(1).any(|a| is_entity(a)))
        .map(|(k, _)| k.clone())
        .collect();
    for (k, t) in registry.iter_mut() {
        let TypeKind::Object { properties, .. } = &mut t.kind else { continue };
        let derived = entities.contains(k);
        for p in properties.iter_mut().filter(|p| p.name == "id" && p.nullable) {
            let said = p.description.as_deref().unwrap_or_default();
            if (derived || says_inherited_from_entity(said)) && !crate::extract::says_nullable(said) {
                p.nullable = false;
            }
        }
    }
}

/// Whether a key's row says the caller sets it ("Cannot be changed later", "Developer-provided
/// unique ID", "This is a required value and is immutable after it's created"): a key given on
/// create. Not "Required." alone, which a key's row says of what every answer carries ("The
/// identifier of the schedule. Required. Inherited from [entity]").
fn caller_sets_key(description: &str) -> bool {
    let said = description.to_ascii_lowercase();
    [
        "cannot be changed",
        "can't be changed",
        "set by the caller",
        "specified by the caller",
        "provided",
        "supplied",
        "required value",
        "client-set",
    ]
    .iter()
    .any(|w| said.contains(w))
}

/// "… Inherited from entity." (a row's description, its link's text kept), or "Inherits from".
fn says_inherited_from_entity(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    let mut said = lower.match_indices("inherited from ").chain(lower.match_indices("inherits from "));
    said.any(|(i, phrase)| {
        let next = lower[i + phrase.len()..].split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')')).next();
        next.is_some_and(|w| unqualified(w.trim_end_matches('.')).eq_ignore_ascii_case("entity"))
    })
}

/// A property a derived type's page repeats keeps what its base says of it:
/// `teamsApp`'s own `id` row is still `entity`'s key, never null,
/// `eventMessage`'s `importance` row, "String", is still the `importance` enum, and a
/// row naming one of the base's list items is still the list. A row saying it is
/// "Inherited from" its base keeps the nearest base's read-only mark (whatIfAnalysisResult's
/// `createdDateTime`, conditionalAccessPolicy's); of `entity`'s, only its key restated by a row
/// saying it is inherited, unless the row says the caller sets it (attributeSet's "Cannot be
/// changed later. Inherited from [entity]": a key given on create).
pub(super) fn inherit_from_bases(registry: &mut BTreeMap<String, TypeDef>) {
    // A mark a base takes from its own base passes on to the types below it in a later round
    // (`onTokenIssuanceStartListener`'s `id`, through `authenticationEventListener`'s, entity's);
    // each round only sets marks, so the rounds end (bounded by the deepest chain).
    for _ in 0..16 {
        if !inherit_once(registry) {
            break;
        }
    }
}

/// One round of [`inherit_from_bases`]; whether it changed anything.
fn inherit_once(registry: &mut BTreeMap<String, TypeDef>) -> bool {
    let is_enum = |n: &str| registry.get(&key(n)).is_some_and(|t| matches!(t.kind, TypeKind::Enum { .. }));
    let mut fixes: Vec<(String, String, bool, bool, Option<TypeRef>)> = Vec::new();
    for (k, t) in registry.iter() {
        let TypeKind::Object { properties, .. } = &t.kind else { continue };
        // Members a nearer base already declared: a farther one's read-only mark says nothing of them.
        let mut declared: Vec<&str> = Vec::new();
        for base in ancestors(registry, &t.name).iter().skip(1) {
            let Some(TypeKind::Object { properties: inherited, .. }) = registry.get(&key(base)).map(|b| &b.kind) else {
                continue;
            };
            // `entity`'s page missing, its placeholder's one member, the read-only key, comes later
            // (resolution's `ENTITY` key): an `id` row restates it all the same.
            let entity_placeholder = base.eq_ignore_ascii_case("entity") && inherited.is_empty();
            for p in properties {
                let q = inherited.iter().find(|q| q.name.eq_ignore_ascii_case(&p.name));
                if q.is_none() && !(entity_placeholder && p.name == "id") {
                    continue;
                }
                let nearest = !declared.iter().any(|d| d.eq_ignore_ascii_case(&p.name));
                declared.push(&p.name);
                let said = p.description.as_deref().unwrap_or_default().to_ascii_lowercase();
                // ("Operation identifier. Inherits from [entity](…)" says it as well.)
                let inherited = said.contains("inherited from") || said.contains("inherits from");
                // `entity`'s key, restated by a row saying it is inherited, is entity's (read-only),
                // unless the row says the caller sets it ("Cannot be changed later": an attribute
                // set's name, given on create).
                // ("Developer-provided unique ID … Required.": the caller gives it.)
                let caller_sets = caller_sets_key(&said);
                // (The key only the type's JSON representation shows, its table silent: entity's too.)
                let shown_only = p.is_shown_only();
                let from_entity =
                    base.eq_ignore_ascii_case("entity") && p.name == "id" && (inherited || shown_only) && !caller_sets;
                let read_only = nearest
                    && !p.read_only
                    && q.is_none_or(|q| q.read_only)
                    && (!base.eq_ignore_ascii_case("entity") || from_entity)
                    // A derived type cannot declare its base's key anew: an `id` row restates it.
                    && (p.name == "id" || inherited);
                // (The key to come says nothing of null: `entity_keys` does.)
                let Some(q) = q else {
                    if read_only {
                        fixes.push((k.clone(), p.name.clone(), false, true, None));
                    }
                    continue;
                };
                let non_null = p.nullable && !q.nullable;
                let typed = (p.ty == TypeRef::Primitive(Primitive::String))
                    .then(|| q.ty.named().filter(|n| is_enum(n)).map(|_| q.ty.clone()))
                    .flatten()
                    // A row repeating a list without its "collection" (`emailPayloadDetail`'s
                    // `coachmarks`, "[payloadCoachmark]", inherited from `payloadDetail`'s list).
                    .or_else(|| {
                        (matches!(p.ty, TypeRef::Named(_))
                            && matches!(&q.ty, TypeRef::Collection(inner) if inner.named() == p.ty.named()))
                        .then(|| q.ty.clone())
                    });
                if non_null || read_only || typed.is_some() {
                    fixes.push((k.clone(), p.name.clone(), non_null, read_only, typed));
                }
            }
        }
    }
    // A chain ending in a base no page defines, short of `entity` (`networkaccess.policy`), or
    // through a nearer base restating the key without a word (`riskyUser`): an `id` row saying
    // "Inherited from [microsoft.graph.entity]" restates entity's key all the same.
    for (k, t) in registry.iter() {
        let TypeKind::Object { properties, .. } = &t.kind else { continue };
        for p in properties.iter().filter(|p| p.name == "id" && !p.read_only) {
            let said = p.description.as_deref().unwrap_or_default();
            if says_inherited_from_entity(said) && !caller_sets_key(said) {
                fixes.push((k.clone(), p.name.clone(), false, true, None));
            }
        }
    }
    let changed = !fixes.is_empty();
    for (k, name, non_null, read_only, typed) in fixes {
        if let Some(TypeDef { kind: TypeKind::Object { properties, .. }, .. }) = registry.get_mut(&k) {
            for p in properties.iter_mut().filter(|p| p.name == name) {
                if non_null {
                    p.nullable = false;
                }
                p.read_only |= read_only;
                if let Some(t) = &typed {
                    p.ty = t.clone();
                }
            }
        }
    }
    changed
}
