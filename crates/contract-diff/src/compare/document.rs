//! Document-level changes: servers, security, removed components, paths.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{Ctx, Scope};
use crate::rules;
use crate::shape::{self, esc};

pub(super) const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// A security requirement list, per alternative: scheme names → scopes.
type Alternatives<'v> = Vec<BTreeMap<&'v str, BTreeSet<&'v str>>>;

fn alternatives(v: Option<&Value>) -> Alternatives<'_> {
    v.and_then(Value::as_array)
        .map(|reqs| {
            reqs.iter()
                .filter_map(Value::as_object)
                .map(|r| {
                    r.iter()
                        .map(|(scheme, scopes)| {
                            let scopes = scopes.as_array().map(|a| a.iter().filter_map(Value::as_str).collect());
                            (scheme.as_str(), scopes.unwrap_or_default())
                        })
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default()
}

fn show(alt: &BTreeMap<&str, BTreeSet<&str>>) -> String {
    if alt.is_empty() {
        return "{} (anonymous)".into();
    }
    let parts: Vec<String> = alt
        .iter()
        .map(|(s, scopes)| {
            if scopes.is_empty() {
                s.to_string()
            } else {
                format!("{s} [{}]", scopes.iter().copied().collect::<Vec<_>>().join(", "))
            }
        })
        .collect();
    parts.join(" + ")
}

/// Path template with parameter names dropped: `/a/{}/b`.
fn skeleton(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push('{');
                }
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push('}');
                }
            }
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

impl<'a> Ctx<'a> {
    pub(super) fn servers(&mut self) {
        let urls = |v: &'a Value| -> Vec<&'a str> {
            v.get("servers")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|s| s.get("url")?.as_str()).collect())
                .unwrap_or_default()
        };
        let (a, b) = (urls(self.base), urls(self.rev));
        for (i, url) in a.iter().enumerate().filter(|(_, u)| !b.contains(u)) {
            self.push(&rules::SERVER_REMOVED, format!("server `{url}` removed"), Some(format!("/servers/{i}")), None);
        }
        for (i, url) in b.iter().enumerate().filter(|(_, u)| !a.contains(u)) {
            self.push(&rules::SERVER_ADDED, format!("server `{url}` added"), None, Some(format!("/servers/{i}")));
        }
    }

    pub(super) fn global_security(&mut self) {
        let (a, b) = (alternatives(self.base.get("security")), alternatives(self.rev.get("security")));
        let rules = [
            &rules::GLOBAL_SECURITY_ADDED,
            &rules::GLOBAL_SECURITY_REMOVED,
            &rules::GLOBAL_SECURITY_SCOPE_ADDED,
            &rules::GLOBAL_SECURITY_SCOPE_REMOVED,
        ];
        self.security_lists(&a, &b, "/security", rules);
    }

    /// Compares two requirement lists: alternatives matched by their scheme
    /// names (when one each side), else compared whole.
    pub(super) fn security_lists(
        &mut self,
        a: &Alternatives<'_>,
        b: &Alternatives<'_>,
        p: &str,
        [added, removed, scope_added, scope_removed]: [&'static rules::Rule; 4],
    ) {
        fn key<'k>(alt: &BTreeMap<&'k str, BTreeSet<&'k str>>) -> Vec<&'k str> {
            alt.keys().copied().collect()
        }
        let keys: BTreeSet<Vec<&str>> = a.iter().chain(b).map(key).collect();
        for k in keys {
            let xa: Vec<_> = a.iter().filter(|x| key(x) == k).collect();
            let xb: Vec<_> = b.iter().filter(|x| key(x) == k).collect();
            if let ([x], [y]) = (xa.as_slice(), xb.as_slice()) {
                for (scheme, sa) in x.iter() {
                    let sb = &y[scheme];
                    for s in sb.difference(sa) {
                        let m = format!("scope `{s}` of `{scheme}` added");
                        self.push(scope_added, m, Some(p.into()), Some(p.into()));
                    }
                    for s in sa.difference(sb) {
                        let m = format!("scope `{s}` of `{scheme}` removed");
                        self.push(scope_removed, m, Some(p.into()), Some(p.into()));
                    }
                }
                continue;
            }
            for x in xa.iter().filter(|x| !xb.contains(x)) {
                self.push(removed, format!("security `{}` removed", show(x)), Some(p.into()), Some(p.into()));
            }
            for y in xb.iter().filter(|y| !xa.contains(y)) {
                self.push(added, format!("security `{}` added", show(y)), Some(p.into()), Some(p.into()));
            }
        }
    }

    pub(super) fn security_schemes(&mut self) {
        let a = shape::object(self.base.pointer("/components/securitySchemes")).unwrap_or(&shape::EMPTY_MAP);
        let b = shape::object(self.rev.pointer("/components/securitySchemes")).unwrap_or(&shape::EMPTY_MAP);
        for (name, x) in a {
            let p = format!("/components/securitySchemes/{}", esc(name));
            let Some(y) = b.get(name) else {
                self.push(&rules::SECURITY_SCHEME_REMOVED, format!("security scheme `{name}` removed"), Some(p), None);
                continue;
            };
            let flows = |v: &'a Value| -> BTreeSet<(&'a str, &'a str)> {
                shape::object(v.get("flows"))
                    .into_iter()
                    .flatten()
                    .flat_map(|(flow, f)| {
                        shape::object(f.get("scopes"))
                            .into_iter()
                            .flatten()
                            .map(move |(s, _)| (flow.as_str(), s.as_str()))
                    })
                    .collect()
            };
            let (fa, fb) = (flows(x), flows(y));
            for (flow, s) in fb.difference(&fa) {
                let m = format!("security scheme `{name}`: scope `{s}` added to the {flow} flow");
                self.push(&rules::SECURITY_SCHEME_SCOPE_ADDED, m, Some(p.clone()), Some(p.clone()));
            }
            for (flow, s) in fa.difference(&fb) {
                let m = format!("security scheme `{name}`: scope `{s}` removed from the {flow} flow");
                self.push(&rules::SECURITY_SCHEME_SCOPE_REMOVED, m, Some(p.clone()), Some(p.clone()));
            }
        }
        for name in b.keys().filter(|k| !a.contains_key(*k)) {
            let p = format!("/components/securitySchemes/{}", esc(name));
            self.push(&rules::SECURITY_SCHEME_ADDED, format!("security scheme `{name}` added"), None, Some(p));
        }
    }

    pub(super) fn removed_schemas(&mut self) {
        let a = shape::object(self.base.pointer("/components/schemas")).unwrap_or(&shape::EMPTY_MAP);
        let b = shape::object(self.rev.pointer("/components/schemas")).unwrap_or(&shape::EMPTY_MAP);
        for (name, x) in a.iter().filter(|(k, _)| !b.contains_key(*k)) {
            self.scope = Scope { component: Some(name.clone()), doc_source: shape::doc_source(x), ..Scope::default() };
            let p = format!("/components/schemas/{}", esc(name));
            self.push(&rules::SCHEMA_REMOVED, format!("schema `{name}` removed"), Some(p), None);
        }
        self.scope = Scope::default();
    }

    /// Paths matched by their template (parameter names aside), then each method.
    pub(super) fn paths(&mut self) {
        let a = shape::object(self.base.get("paths")).unwrap_or(&shape::EMPTY_MAP);
        let b = shape::object(self.rev.get("paths")).unwrap_or(&shape::EMPTY_MAP);
        // Same key first; then one unmatched key each side with the same template.
        let mut pairs: Vec<(Option<&'a String>, Option<&'a String>)> = Vec::with_capacity(a.len().max(b.len()));
        let mut left: BTreeMap<String, (Vec<&'a String>, Vec<&'a String>)> = BTreeMap::new();
        for (k, _) in a {
            match b.get_key_value(k) {
                Some((kb, _)) => pairs.push((Some(k), Some(kb))),
                None => left.entry(skeleton(k)).or_default().0.push(k),
            }
        }
        for (k, _) in b.iter().filter(|(k, _)| !a.contains_key(*k)) {
            left.entry(skeleton(k)).or_default().1.push(k);
        }
        for (xs, ys) in left.into_values() {
            match (xs.as_slice(), ys.as_slice()) {
                ([x], [y]) => pairs.push((Some(x), Some(y))),
                _ => {
                    pairs.extend(xs.into_iter().map(|x| (Some(x), None)));
                    pairs.extend(ys.into_iter().map(|y| (None, Some(y))));
                }
            }
        }
        for (ka, kb) in pairs {
            let (x, y) = (ka.map(|k| &a[k]), kb.map(|k| &b[k]));
            for m in METHODS {
                let (oa, ob) = (x.and_then(|x| x.get(*m)), y.and_then(|y| y.get(*m)));
                if oa.is_none() && ob.is_none() {
                    continue;
                }
                let path = kb.or(ka).map(String::as_str).unwrap_or_default();
                let name = format!("{} {path}", m.to_ascii_uppercase());
                self.operations.push(name.clone());
                self.scope = Scope {
                    operation: Some(name),
                    operation_index: Some(self.operations.len() - 1),
                    doc_source: ob.and_then(shape::doc_source).or_else(|| oa.and_then(shape::doc_source)),
                    ..Scope::default()
                };
                let pa = ka.map(|k| format!("/paths/{}/{m}", esc(k)));
                let pb = kb.map(|k| format!("/paths/{}/{m}", esc(k)));
                match (oa, ob) {
                    (Some(o), None) => {
                        let deprecated = shape::flag(o, "deprecated");
                        let rule = match (y.is_some(), deprecated) {
                            (false, false) => &rules::PATH_REMOVED,
                            (false, true) => &rules::PATH_REMOVED_DEPRECATED,
                            (true, false) => &rules::OPERATION_REMOVED,
                            (true, true) => &rules::OPERATION_REMOVED_DEPRECATED,
                        };
                        self.push(rule, "operation removed".into(), pa, None);
                    }
                    (None, Some(_)) => self.push(&rules::ENDPOINT_ADDED, "operation added".into(), None, pb),
                    (Some(oa), Some(ob)) => {
                        let (pa, pb) = (pa.unwrap_or_default(), pb.unwrap_or_default());
                        self.operation(oa, ob, x.unwrap_or(&shape::EMPTY), y.unwrap_or(&shape::EMPTY), &pa, &pb);
                    }
                    (None, None) => {}
                }
            }
        }
        self.scope = Scope::default();
    }

    /// The requirement list an operation is under: its own, else the document's.
    pub(super) fn effective_security(op: &'a Value, root: &'a Value) -> Alternatives<'a> {
        alternatives(op.get("security").or(root.get("security")))
    }
}
