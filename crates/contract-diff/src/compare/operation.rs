//! One operation: deprecation, operationId, parameters, request body,
//! responses, security.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{Ctx, Side};
use crate::rules::{self, RustImpact};
use crate::shape::{self, esc};

/// A parameter: location, name, pointer, resolved definition.
struct Param<'v> {
    loc: &'v str,
    name: &'v str,
    pointer: String,
    def: &'v Value,
}

/// How progenitor returns a set of responses: the distinct body kinds
/// (`json:<type>`, `raw`, `none`) of the success or the error statuses.
fn response_kinds<'v>(op: &'v Value, root: &'v Value, success: bool) -> BTreeSet<String> {
    shape::object(op.get("responses"))
        .into_iter()
        .flatten()
        .filter(|(status, _)| status.starts_with('2') == success)
        .map(|(_, r)| {
            let content = shape::object(shape::resolve(r, root).get("content"));
            let json = content.and_then(|c| {
                c.iter().find(|(mt, _)| *mt == "application/json" || mt.starts_with("application/json;"))
            });
            match (json, content.is_some_and(|c| !c.is_empty())) {
                (Some((_, m)), _) => {
                    format!("json:{}", shape::rust_type(m.get("schema").unwrap_or(&shape::EMPTY), root))
                }
                (None, true) => "raw".into(),
                (None, false) => "none".into(),
            }
        })
        .collect()
}

impl<'a> Ctx<'a> {
    pub(super) fn operation(&mut self, a: &'a Value, b: &'a Value, ia: &'a Value, ib: &'a Value, pa: &str, pb: &str) {
        if !shape::flag(a, "deprecated") && shape::flag(b, "deprecated") {
            self.push(&rules::ENDPOINT_DEPRECATED, "operation deprecated".into(), Some(pa.into()), Some(pb.into()));
        }
        let (ida, idb) = (a.get("operationId").and_then(Value::as_str), b.get("operationId").and_then(Value::as_str));
        if ida != idb {
            let (p1, p2) = (format!("{pa}/operationId"), format!("{pb}/operationId"));
            match (ida, idb) {
                (None, Some(y)) => {
                    self.push(&rules::OPERATION_ID_ADDED, format!("operationId `{y}` added"), None, Some(p2))
                }
                (Some(x), y) => {
                    let m = format!("operationId `{x}` → `{}`", y.unwrap_or("(none)"));
                    self.push(&rules::OPERATION_ID_REMOVED, m, Some(p1), y.map(|_| p2));
                }
                (None, None) => {}
            }
        }
        self.parameters(a, b, ia, ib, pa, pb);
        self.request_body(a, b, pa, pb);
        self.responses(a, b, pa, pb);
        if a.get("security").is_some() || b.get("security").is_some() {
            let sa = Self::effective_security(a, self.base);
            let sb = Self::effective_security(b, self.rev);
            let rules = [
                &rules::SECURITY_ADDED,
                &rules::SECURITY_REMOVED,
                &rules::SECURITY_SCOPE_ADDED,
                &rules::SECURITY_SCOPE_REMOVED,
            ];
            self.security_lists(&sa, &sb, &format!("{pb}/security"), rules);
        }
    }

    /// The path item's parameters, overridden by the operation's (same `in` and `name`).
    fn params(op: &'a Value, item: &'a Value, root: &'a Value, p: &str) -> Vec<Param<'a>> {
        let mut out: Vec<Param<'a>> = Vec::new();
        let item_p = p.rsplit_once('/').map(|(i, _)| i).unwrap_or(p);
        for (list, base) in [(item.get("parameters"), item_p), (op.get("parameters"), p)] {
            for (i, x) in list.and_then(Value::as_array).into_iter().flatten().enumerate() {
                let def = shape::resolve(x, root);
                let loc = def.get("in").and_then(Value::as_str).unwrap_or("");
                let name = def.get("name").and_then(Value::as_str).unwrap_or("");
                let param = Param { loc, name, pointer: format!("{base}/parameters/{i}"), def };
                match out.iter_mut().find(|q| q.loc == loc && q.name == name) {
                    Some(q) => *q = param,
                    None => out.push(param),
                }
            }
        }
        out
    }

    fn parameters(&mut self, a: &'a Value, b: &'a Value, ia: &'a Value, ib: &'a Value, pa: &str, pb: &str) {
        let xs = Self::params(a, ia, self.base, pa);
        let ys = Self::params(b, ib, self.rev, pb);
        let req = |v: &Value| shape::flag(v, "required");
        for x in &xs {
            let label = format!("{} parameter `{}`", x.loc, x.name);
            let Some(y) = ys.iter().find(|y| y.loc == x.loc && y.name == x.name) else {
                let m = format!("{label} removed");
                self.push(&rules::PARAM_REMOVED, m, Some(x.pointer.clone()), None);
                continue;
            };
            let (p1, p2) = (Some(x.pointer.clone()), Some(y.pointer.clone()));
            match (req(x.def), req(y.def)) {
                (false, true) => self.push(&rules::PARAM_BECAME_REQUIRED, format!("{label} became required"), p1, p2),
                (true, false) => self.push(&rules::PARAM_BECAME_OPTIONAL, format!("{label} became optional"), p1, p2),
                _ => {}
            }
            let sa = shape::resolve(x.def.get("schema").unwrap_or(&shape::EMPTY), self.base);
            let sb = shape::resolve(y.def.get("schema").unwrap_or(&shape::EMPTY), self.rev);
            self.parameter_schema(sa, sb, &x.pointer, &y.pointer, &label);
        }
        for y in ys.iter().filter(|y| !xs.iter().any(|x| x.loc == y.loc && x.name == y.name)) {
            let rule = if req(y.def) { &rules::PARAM_ADDED_REQUIRED } else { &rules::PARAM_ADDED_OPTIONAL };
            let m = format!("{} parameter `{}` added", y.loc, y.name);
            self.push(rule, m, None, Some(y.pointer.clone()));
        }
    }

    fn parameter_schema(&mut self, a: &'a Value, b: &'a Value, pa: &str, pb: &str, label: &str) {
        let (p1, p2) = (format!("{pa}/schema"), format!("{pb}/schema"));
        let (ta, tb) = (shape::type_label(a), shape::type_label(b));
        let (ra, rb) = (shape::rust_type(a, self.base), shape::rust_type(b, self.rev));
        if ta != tb {
            let rust = if ra == rb { RustImpact::None } else { RustImpact::Compile };
            let m = format!("{label}: {ta} → {tb}");
            self.push_rust(&rules::PARAM_TYPE_CHANGED, rust, m, Some(p1), Some(p2));
            return;
        }
        match (shape::nullable(a), shape::nullable(b)) {
            (false, true) => {
                let m = format!("{label} became nullable");
                self.push(&rules::PARAM_BECAME_NULLABLE, m, Some(p1.clone()), Some(p2.clone()));
            }
            (true, false) => {
                let m = format!("{label} became not nullable");
                self.push(&rules::PARAM_BECAME_NOT_NULLABLE, m, Some(p1.clone()), Some(p2.clone()));
            }
            _ => {}
        }
        match (shape::enum_values(a), shape::enum_values(b)) {
            (None, Some(_)) => {
                let m = format!("{label} became an enum");
                self.push(&rules::PARAM_BECAME_ENUM, m, Some(p1.clone()), Some(p2.clone()));
            }
            (Some(ea), Some(eb)) => {
                for v in eb.difference(&ea) {
                    let m = format!("{label}: enum value `{v}` added");
                    self.push(&rules::PARAM_ENUM_VALUE_ADDED, m, Some(p1.clone()), Some(p2.clone()));
                }
                for v in ea.difference(&eb) {
                    let m = format!("{label}: enum value `{v}` removed");
                    self.push(&rules::PARAM_ENUM_VALUE_REMOVED, m, Some(p1.clone()), Some(p2.clone()));
                }
            }
            _ => {}
        }
        match (a.get("default"), b.get("default")) {
            (None, Some(d)) => {
                let m = format!("{label}: default {d} added");
                self.push(&rules::PARAM_DEFAULT_ADDED, m, Some(p1.clone()), Some(p2.clone()));
            }
            (Some(d), None) => {
                let m = format!("{label}: default {d} removed");
                self.push(&rules::PARAM_DEFAULT_REMOVED, m, Some(p1.clone()), Some(p2.clone()));
            }
            (Some(x), Some(y)) if x != y => {
                let m = format!("{label}: default {x} → {y}");
                self.push(&rules::PARAM_DEFAULT_CHANGED, m, Some(p1.clone()), Some(p2.clone()));
            }
            _ => {}
        }
        let rust_changed = ra != rb;
        self.constraints(a, b, &p1, &p2, Side::Request, label, true, rust_changed);
    }

    fn request_body(&mut self, a: &'a Value, b: &'a Value, pa: &str, pb: &str) {
        let (p1, p2) = (format!("{pa}/requestBody"), format!("{pb}/requestBody"));
        let x = a.get("requestBody").map(|x| shape::resolve(x, self.base));
        let y = b.get("requestBody").map(|y| shape::resolve(y, self.rev));
        let req = |v: &Value| shape::flag(v, "required");
        match (x, y) {
            (Some(_), None) => self.push(&rules::BODY_REMOVED, "request body removed".into(), Some(p1), None),
            (None, Some(y)) => {
                let rule = if req(y) { &rules::BODY_ADDED_REQUIRED } else { &rules::BODY_ADDED_OPTIONAL };
                self.push(rule, "request body added".into(), None, Some(p2));
            }
            (Some(x), Some(y)) => {
                match (req(x), req(y)) {
                    (false, true) => {
                        let m = "request body became required".into();
                        self.push(&rules::BODY_BECAME_REQUIRED, m, Some(p1.clone()), Some(p2.clone()));
                    }
                    (true, false) => {
                        let m = "request body became optional".into();
                        self.push(&rules::BODY_BECAME_OPTIONAL, m, Some(p1.clone()), Some(p2.clone()));
                    }
                    _ => {}
                }
                self.content(x, y, &p1, &p2, Side::Request, "request body", None);
            }
            (None, None) => {}
        }
    }

    /// Media types and their schemas. `kinds` tells, for responses, whether
    /// progenitor's return type changed (which decides a media type's Rust impact).
    #[allow(clippy::too_many_arguments)]
    fn content(
        &mut self,
        a: &'a Value,
        b: &'a Value,
        pa: &str,
        pb: &str,
        side: Side,
        what: &str,
        kinds_changed: Option<bool>,
    ) {
        let ca = shape::object(a.get("content")).unwrap_or(&shape::EMPTY_MAP);
        let cb = shape::object(b.get("content")).unwrap_or(&shape::EMPTY_MAP);
        let (added, removed) = match side {
            Side::Request => (&rules::BODY_MEDIA_TYPE_ADDED, &rules::BODY_MEDIA_TYPE_REMOVED),
            Side::Response => (&rules::RESP_MEDIA_TYPE_ADDED, &rules::RESP_MEDIA_TYPE_REMOVED),
        };
        for (mt, x) in ca {
            let p1 = format!("{pa}/content/{}", esc(mt));
            match cb.get(mt) {
                None => {
                    let rust = match kinds_changed {
                        Some(false) => RustImpact::None,
                        _ => RustImpact::Compile,
                    };
                    self.push_rust(removed, rust, format!("{what}: media type `{mt}` removed"), Some(p1), None);
                }
                Some(y) => {
                    let p2 = format!("{pb}/content/{}", esc(mt));
                    let (sa, sb) = (x.get("schema").unwrap_or(&shape::EMPTY), y.get("schema").unwrap_or(&shape::EMPTY));
                    self.schema(sa, sb, &format!("{p1}/schema"), &format!("{p2}/schema"), side, what, (true, true), 0);
                }
            }
        }
        for mt in cb.keys().filter(|k| !ca.contains_key(*k)) {
            let rust = match (side, kinds_changed) {
                (Side::Request, _) if cb.len() > 1 => RustImpact::Compile,
                (Side::Response, Some(true)) => RustImpact::Compile,
                _ => RustImpact::None,
            };
            let p2 = format!("{pb}/content/{}", esc(mt));
            self.push_rust(added, rust, format!("{what}: media type `{mt}` added"), None, Some(p2));
        }
    }

    /// Headers of one response, by name (HTTP header names are case-insensitive).
    fn response_headers(&mut self, x: &'a Value, y: &'a Value, p1: &str, p2: &str, status: &str) {
        // Name (lower case), name as written, required, and the schema's type and format.
        type Described<'v> = (String, &'v str, bool, (Option<&'v Value>, Option<&'v Value>));
        let headers = |r: &'a Value, root: &'a Value| -> Vec<Described<'a>> {
            shape::object(r.get("headers"))
                .map(|m| {
                    m.iter()
                        .map(|(name, h)| {
                            let h = shape::resolve(h, root);
                            let required = h.get("required").and_then(Value::as_bool) == Some(true);
                            let schema = h.get("schema").map(|s| shape::resolve(s, root));
                            let kind = (schema.and_then(|s| s.get("type")), schema.and_then(|s| s.get("format")));
                            (name.to_ascii_lowercase(), name.as_str(), required, kind)
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let (hx, hy) = (headers(x, self.base), headers(y, self.rev));
        let at = |p: &str, name: &str| format!("{p}/headers/{}", esc(name));
        for (key, name, required, kind) in &hx {
            let now = hy.iter().find(|(k, ..)| k == key);
            if let Some((_, new_name, _, new_kind)) = now
                && kind != new_kind
            {
                let m = format!("response `{status}` header `{name}` changed its type or format");
                self.push(&rules::RESP_HEADER_TYPE_CHANGED, m, Some(at(p1, name)), Some(at(p2, new_name)));
            }
            match now {
                None => {
                    let rule =
                        if *required { &rules::RESP_REQ_HEADER_REMOVED } else { &rules::RESP_OPT_HEADER_REMOVED };
                    let m = format!("response `{status}` header `{name}` removed");
                    self.push(rule, m, Some(at(p1, name)), None);
                }
                Some((_, new_name, now_required, _)) if required != now_required => {
                    let rule = if *now_required {
                        &rules::RESP_HEADER_BECAME_REQUIRED
                    } else {
                        &rules::RESP_HEADER_BECAME_OPTIONAL
                    };
                    let m = format!(
                        "response `{status}` header `{name}` became {}",
                        if *now_required { "required" } else { "optional" }
                    );
                    self.push(rule, m, Some(at(p1, name)), Some(at(p2, new_name)));
                }
                Some(_) => {}
            }
        }
        for (_, name, ..) in hy.iter().filter(|(k, ..)| !hx.iter().any(|(j, ..)| j == k)) {
            let m = format!("response `{status}` header `{name}` added");
            self.push(&rules::RESP_HEADER_ADDED, m, None, Some(at(p2, name)));
        }
    }

    fn responses(&mut self, a: &'a Value, b: &'a Value, pa: &str, pb: &str) {
        let ra = shape::object(a.get("responses")).unwrap_or(&shape::EMPTY_MAP);
        let rb = shape::object(b.get("responses")).unwrap_or(&shape::EMPTY_MAP);
        let changed =
            |success: bool, cx: &Self| response_kinds(a, cx.base, success) != response_kinds(b, cx.rev, success);
        let (success_changed, error_changed) = (changed(true, self), changed(false, self));
        let impact = |c: bool| if c { RustImpact::Compile } else { RustImpact::None };
        for (status, x) in ra {
            let p1 = format!("{pa}/responses/{}", esc(status));
            let success = status.starts_with('2');
            let kinds_changed = if success { success_changed } else { error_changed };
            match rb.get(status) {
                None => {
                    let rule =
                        if success { &rules::RESP_SUCCESS_STATUS_REMOVED } else { &rules::RESP_ERROR_STATUS_REMOVED };
                    let m = format!("response `{status}` removed");
                    self.push_rust(rule, impact(kinds_changed), m, Some(p1), None);
                }
                Some(y) => {
                    let p2 = format!("{pb}/responses/{}", esc(status));
                    let (x, y) = (shape::resolve(x, self.base), shape::resolve(y, self.rev));
                    let what = format!("response `{status}`");
                    self.content(x, y, &p1, &p2, Side::Response, &what, Some(kinds_changed));
                    self.response_headers(x, y, &p1, &p2, status);
                }
            }
        }
        for status in rb.keys().filter(|k| !ra.contains_key(*k)) {
            let success = status.starts_with('2');
            let rule = if success { &rules::RESP_SUCCESS_STATUS_ADDED } else { &rules::RESP_ERROR_STATUS_ADDED };
            let kinds_changed = if success { success_changed } else { error_changed };
            let p2 = format!("{pb}/responses/{}", esc(status));
            self.push_rust(rule, impact(kinds_changed), format!("response `{status}` added"), None, Some(p2));
        }
    }
}
