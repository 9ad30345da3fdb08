//! Lookups over the resolved types: names as examples write them, base
//! chains, derived types, open types, and which properties are relationships.
//! A type defined on several pages (`duplicate-type`) has the properties of
//! all of them: the converter keeps one, but examples follow either.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{Property, TypeDef, TypeKind, TypeSource};
use crate::page::{Page, PageKind};
use crate::source::{FileId, SourceFile};
use crate::{Conversion, codes};

/// Base chains deeper than this are cut (a cycle in the docs, say).
const MAX_DEPTH: usize = 32;

pub(crate) struct TypeIndex<'a> {
    types: &'a BTreeMap<String, TypeDef>,
    lower: HashMap<String, &'a str>,
    children: HashMap<&'a str, Vec<&'a str>>,
    files: &'a [SourceFile],
    /// Definitions the converter set aside as duplicates, by lower-cased name.
    duplicates: HashMap<String, Vec<TypeDef>>,
    /// Lower-cased names of types whose page annotation says `"openType": true`.
    open: HashSet<String>,
    /// Rows typed as one value that the converter made collections (the examples show arrays).
    shown_as_lists: &'a std::collections::BTreeSet<crate::model::Origin>,
}

impl<'a> TypeIndex<'a> {
    pub fn new(c: &'a Conversion) -> Self {
        let types = &c.api.types;
        let mut children: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut lower = HashMap::new();
        let mut open = HashSet::new();
        for (name, def) in types {
            lower.insert(name.to_ascii_lowercase(), name.as_str());
            if let TypeKind::Object { base: Some(base), .. } = &def.kind {
                children.entry(base.as_str()).or_default().push(name.as_str());
            }
            if def.source == TypeSource::Page && says_open(&c.files, def.origin.file) {
                open.insert(name.to_ascii_lowercase());
            }
        }
        let mut duplicates: HashMap<String, Vec<TypeDef>> = HashMap::new();
        let dup_files: HashSet<FileId> =
            c.diagnostics.iter().filter(|d| d.code == codes::DUPLICATE_TYPE).map(|d| d.file).collect();
        for file in dup_files {
            let Some(source) = c.files.get(file.0 as usize) else { continue };
            let page = Page::parse(file, source, &mut Vec::new());
            let out = match page.kind {
                PageKind::Resource => crate::extract::extract_resource_page(&page, &mut Vec::new()),
                PageKind::Enum => crate::extract::extract_enum_page(&page, &mut Vec::new()),
                _ => continue,
            };
            for def in out.types {
                if says_open(&c.files, file) {
                    open.insert(def.name.to_ascii_lowercase());
                }
                duplicates.entry(def.name.to_ascii_lowercase()).or_default().push(def);
            }
        }
        TypeIndex { types, lower, children, files: &c.files, duplicates, open, shown_as_lists: &c.api.shown_as_lists }
    }

    /// Whether the type, or a type in its base chain, is open (takes any property).
    pub fn is_open(&self, name: &str) -> bool {
        let mut current = self.get(name);
        for _ in 0..MAX_DEPTH {
            let Some(def) = current else { return false };
            if self.open.contains(&def.name.to_ascii_lowercase()) {
                return true;
            }
            current = match &def.kind {
                TypeKind::Object { base: Some(b), .. } => self.get(b),
                _ => None,
            };
        }
        false
    }

    /// A type by name, as the contract, a table or an `@odata.type` writes it (`#microsoft.graph.user`):
    /// in its namespace (`microsoft.graph.industryData.roleGroup` is `industryData.roleGroup`), else
    /// by its short name.
    pub fn get(&self, name: &str) -> Option<&'a TypeDef> {
        let name = name.trim_start_matches('#');
        let find = |n: &str| self.types.get(n).or_else(|| self.types.get(*self.lower.get(&n.to_ascii_lowercase())?));
        let in_graph = name.get(..16).filter(|p| p.eq_ignore_ascii_case("microsoft.graph.")).map(|_| &name[16..]);
        let qualified = in_graph.unwrap_or(name);
        Some(qualified)
            .filter(|q| q.contains('.'))
            .and_then(find)
            .or_else(|| find(name.rsplit('.').next().unwrap_or(name)))
    }

    /// The properties of an object type through its base chain, when they are worth
    /// comparing: the type has a page (or, with `tables`, a request-body table).
    pub fn properties(&self, name: &str, tables: bool) -> Option<Vec<&Property>> {
        let def = self.get(name)?;
        let usable = def.source == TypeSource::Page || (tables && def.source == TypeSource::RequestTable);
        if !usable || !matches!(def.kind, TypeKind::Object { .. }) {
            return None;
        }
        let mut props: Vec<&Property> = Vec::new();
        let others = self.duplicates.get(&def.name.to_ascii_lowercase()).into_iter().flatten();
        for start in std::iter::once(def).chain(others) {
            let mut current = Some(start);
            for _ in 0..MAX_DEPTH {
                let Some(TypeDef { kind: TypeKind::Object { base, properties }, .. }) = current else { break };
                for p in properties.iter().filter(|p| !p.is_shown_only()) {
                    if !props.iter().any(|q| q.name == p.name) {
                        props.push(p);
                    }
                }
                current = base.as_deref().and_then(|b| self.get(b));
            }
        }
        (!props.is_empty()).then_some(props)
    }

    /// Whether every type of `name`'s base chain has a page (nothing a missing page may hold).
    pub fn chain_has_pages(&self, name: &str) -> bool {
        let mut current = self.get(name);
        for _ in 0..MAX_DEPTH {
            let Some(def) = current else { return false };
            if def.source != TypeSource::Page {
                return false;
            }
            match &def.kind {
                TypeKind::Object { base: Some(b), .. } => current = self.get(b),
                _ => return true,
            }
        }
        false
    }

    /// Whether the page `file` defines `name` (the kept definition or a duplicate).
    /// The types the page `file` defines (the converter's kept definitions).
    pub fn defined_here(&self, file: FileId) -> impl Iterator<Item = &'a TypeDef> {
        self.types.values().filter(move |t| t.origin.file == file)
    }

    pub fn defined_on(&self, name: &str, file: FileId) -> bool {
        let Some(def) = self.get(name) else { return false };
        def.origin.file == file
            || self
                .duplicates
                .get(&def.name.to_ascii_lowercase())
                .is_some_and(|d| d.iter().any(|d| d.origin.file == file))
    }

    /// Whether `name`, a type in its base chain or a type derived from it has a property `prop`.
    pub fn family_has(&self, name: &str, prop: &str) -> bool {
        let Some(def) = self.get(name) else { return false };
        if self.properties(&def.name, true).is_some_and(|ps| ps.iter().any(|p| p.name == prop)) {
            return true;
        }
        let mut stack = vec![def.name.as_str()];
        let mut seen = 0;
        while let Some(t) = stack.pop() {
            seen += 1;
            if seen > 10_000 {
                break;
            }
            for child in self.children.get(t).into_iter().flatten() {
                if let Some(TypeKind::Object { properties, .. }) = self.types.get(*child).map(|d| &d.kind)
                    && properties.iter().any(|p| p.name == prop && !p.is_shown_only())
                {
                    return true;
                }
                stack.push(child);
            }
        }
        false
    }

    /// Whether `derived` is `base` or derives from it.
    pub fn derives_from(&self, derived: &str, base: &str) -> bool {
        let mut current = self.get(derived);
        for _ in 0..MAX_DEPTH {
            let Some(def) = current else { return false };
            if def.name.eq_ignore_ascii_case(base) {
                return true;
            }
            current = match &def.kind {
                TypeKind::Object { base: Some(b), .. } => self.get(b),
                _ => None,
            };
        }
        false
    }

    /// Whether the table types `p` as one value and the converter made it a collection because
    /// the examples show it only as arrays.
    pub fn shown_as_list(&self, p: &Property) -> bool {
        self.shown_as_lists.contains(&p.origin)
    }

    /// Whether a property comes from a "Relationships" table (navigation
    /// properties are not in responses unless expanded).
    pub fn is_relationship(&self, p: &Property) -> bool {
        let Some(text) = self.files.get(p.origin.file.0 as usize).map(SourceFile::text) else { return false };
        let before = text.get(..p.origin.offset).unwrap_or("");
        let heading = before.rmatch_indices('\n').map(|(i, _)| &before[i + 1..]).find(|l| l.starts_with('#'));
        heading.is_some_and(|h| h.to_ascii_lowercase().contains("relationship"))
    }
}

/// Whether a page's annotations say `"openType": true` (read from the text).
fn says_open(files: &[SourceFile], file: FileId) -> bool {
    let Some(text) = files.get(file.0 as usize).map(SourceFile::text) else { return false };
    text.match_indices("\"openType\"").any(|(i, k)| {
        let rest = text[i + k.len()..].trim_start();
        rest.strip_prefix(':').is_some_and(|r| r.trim_start().starts_with("true"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SourceFile, convert};

    #[test]
    fn chains_families_and_relationships() {
        let base = "---\ndoc_type: resourcePageType\n---\n# base resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|Id.|\n\n## Relationships\n|Relationship|Type|Description|\n|:--|:--|:--|\n|owner|base|Owner.|\n";
        let derived = "---\ndoc_type: resourcePageType\n---\n# derived resource type\n\nInherits from [base](base.md).\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|size|Int32|Size.|\n";
        let c = convert(vec![SourceFile::new("base.md", base), SourceFile::new("derived.md", derived)]);
        let index = TypeIndex::new(&c);
        let props = index.properties("#microsoft.graph.derived", false).expect("derived has properties");
        let names: Vec<&str> = props.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["size", "id", "owner"]);
        assert!(index.family_has("base", "size"));
        assert!(!index.family_has("base", "colour"));
        assert!(index.derives_from("derived", "base"));
        assert!(!index.derives_from("base", "derived"));
        assert!(index.is_relationship(props[2]));
        assert!(!index.is_relationship(props[1]));
        assert!(!index.is_open("derived"));
    }

    #[test]
    fn duplicates_and_open_types() {
        let a = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|a|String|A.|\n";
        let b = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|b|String|B.|\n\n<!-- { \"blockType\": \"resource\", \"openType\": true, \"@odata.type\": \"microsoft.graph.thing\" } -->\n```json\n{}\n```\n";
        let c = convert(vec![SourceFile::new("a.md", a), SourceFile::new("b.md", b)]);
        assert!(c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_TYPE));
        let index = TypeIndex::new(&c);
        let names: Vec<&str> = index.properties("thing", false).unwrap().iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        assert!(index.is_open("thing"));
    }
}
