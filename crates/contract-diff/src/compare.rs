//! The structural comparison: paths, operations, parameters, bodies,
//! responses, schemas (through `$ref`s, cycle-safe), security, servers.

use std::collections::{BTreeSet, HashSet};

use serde_json::{Map, Value};

use crate::Change;
use crate::rules::{self, Rule};

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Which side of an exchange a schema describes: the rules differ.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

struct Ctx<'a> {
    base: &'a Value,
    rev: &'a Value,
    out: Vec<Change>,
    operation: Option<String>,
    doc_source: Option<String>,
    /// Pairs of `$ref`s (with the side) already compared: each shared component
    /// is compared once per side, which keeps large contracts linear and
    /// reports a component's change once (under the first operation reaching it).
    seen: HashSet<(String, String, bool)>,
}

/// Every change from `base` to `revision`, in document order.
pub fn diff(base: &Value, revision: &Value) -> Vec<Change> {
    let mut cx = Ctx { base, rev: revision, out: Vec::new(), operation: None, doc_source: None, seen: HashSet::new() };
    cx.servers();
    cx.security_schemes();
    cx.paths();
    cx.out
}

/// Escapes a JSON pointer token.
fn esc(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

fn obj(v: Option<&Value>) -> Map<String, Value> {
    v.and_then(Value::as_object).cloned().unwrap_or_default()
}

fn doc_source(op: &Value) -> Option<String> {
    let s = op.get("x-doc-source")?;
    Some(format!("{}:{}", s.get("file")?.as_str()?, s.get("line")?.as_u64()?))
}

impl<'a> Ctx<'a> {
    fn push(&mut self, rule: &'static Rule, message: String, base: Option<String>, rev: Option<String>) {
        self.out.push(Change {
            rule,
            operation: self.operation.clone(),
            message,
            base_pointer: base,
            revision_pointer: rev,
            doc_source: self.doc_source.clone(),
        });
    }

    fn servers(&mut self) {
        let urls = |v: &Value| -> Vec<String> {
            v.get("servers")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|s| s.get("url")?.as_str().map(str::to_string)).collect())
                .unwrap_or_default()
        };
        let (a, b) = (urls(self.base), urls(self.rev));
        if a != b {
            self.push(
                &rules::SERVERS_CHANGED,
                format!("servers {a:?} → {b:?}"),
                Some("/servers".into()),
                Some("/servers".into()),
            );
        }
    }

    fn security_schemes(&mut self) {
        let a = obj(self.base.pointer("/components/securitySchemes"));
        let b = obj(self.rev.pointer("/components/securitySchemes"));
        for name in a.keys().filter(|k| !b.contains_key(*k)) {
            let p = format!("/components/securitySchemes/{}", esc(name));
            self.push(&rules::SECURITY_SCHEME_REMOVED, format!("security scheme `{name}` removed"), Some(p), None);
        }
        for name in b.keys().filter(|k| !a.contains_key(*k)) {
            let p = format!("/components/securitySchemes/{}", esc(name));
            self.push(&rules::SECURITY_SCHEME_ADDED, format!("security scheme `{name}` added"), None, Some(p));
        }
    }

    fn paths(&mut self) {
        let a = obj(self.base.get("paths"));
        let b = obj(self.rev.get("paths"));
        let all: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
        for path in all {
            let p = format!("/paths/{}", esc(path));
            match (a.get(path), b.get(path)) {
                (Some(_), None) => {
                    self.operation = None;
                    self.doc_source = None;
                    self.push(&rules::PATH_REMOVED, format!("path `{path}` removed"), Some(p), None);
                }
                (None, Some(_)) => {
                    self.operation = None;
                    self.doc_source = None;
                    self.push(&rules::PATH_ADDED, format!("path `{path}` added"), None, Some(p));
                }
                (Some(x), Some(y)) => {
                    for m in METHODS {
                        let pp = format!("{p}/{m}");
                        self.operation = Some(format!("{} {path}", m.to_ascii_uppercase()));
                        self.doc_source = y.get(*m).or(x.get(*m)).and_then(doc_source);
                        match (x.get(*m), y.get(*m)) {
                            (Some(_), None) => {
                                self.push(&rules::OPERATION_REMOVED, "operation removed".into(), Some(pp), None)
                            }
                            (None, Some(_)) => {
                                self.push(&rules::OPERATION_ADDED, "operation added".into(), None, Some(pp))
                            }
                            (Some(o1), Some(o2)) => self.operation_pair(o1, o2, &pp),
                            (None, None) => {}
                        }
                    }
                }
                (None, None) => {}
            }
        }
        self.operation = None;
        self.doc_source = None;
    }

    fn operation_pair(&mut self, a: &Value, b: &Value, p: &str) {
        let (ia, ib) = (a.get("operationId"), b.get("operationId"));
        if ia != ib {
            let show = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("(none)").to_string();
            self.push(
                &rules::OPERATION_ID_CHANGED,
                format!("operationId `{}` → `{}`", show(ia), show(ib)),
                Some(format!("{p}/operationId")),
                Some(format!("{p}/operationId")),
            );
        }
        self.parameters(a, b, p);
        self.request_body(a, b, p);
        self.responses(a, b, p);
        self.security(a, b, p);
    }

    fn resolve<'v>(&self, v: &'v Value, root: &'v Value) -> &'v Value {
        let mut v = v;
        for _ in 0..32 {
            match v.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
                Some(ptr) => match root.pointer(ptr) {
                    Some(t) => v = t,
                    None => return v,
                },
                None => return v,
            }
        }
        v
    }

    fn parameters(&mut self, a: &Value, b: &Value, p: &str) {
        let list = |op: &Value, root: &'a Value, this: &Self| -> Vec<(String, String, usize, Value)> {
            op.get("parameters")
                .and_then(Value::as_array)
                .map(|ps| {
                    ps.iter()
                        .enumerate()
                        .map(|(i, x)| {
                            let x = this.resolve(x, root).clone();
                            let key_in = x.get("in").and_then(Value::as_str).unwrap_or("").to_string();
                            let name = x.get("name").and_then(Value::as_str).unwrap_or("").to_string();
                            (key_in, name, i, x)
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let pa = list(a, self.base, self);
        let pb = list(b, self.rev, self);
        for (loc, name, i, x) in &pa {
            let pointer = format!("{p}/parameters/{i}");
            match pb.iter().find(|(l, n, ..)| l == loc && n == name) {
                None => {
                    self.push(&rules::PARAM_REMOVED, format!("{loc} parameter `{name}` removed"), Some(pointer), None)
                }
                Some((_, _, j, y)) => {
                    let rp = format!("{p}/parameters/{j}");
                    let req = |v: &Value| v.get("required").and_then(Value::as_bool).unwrap_or(false);
                    if !req(x) && req(y) {
                        self.push(
                            &rules::PARAM_BECAME_REQUIRED,
                            format!("{loc} parameter `{name}` became required"),
                            Some(pointer.clone()),
                            Some(rp.clone()),
                        );
                    } else if req(x) && !req(y) {
                        self.push(
                            &rules::PARAM_BECAME_OPTIONAL,
                            format!("{loc} parameter `{name}` became optional"),
                            Some(pointer.clone()),
                            Some(rp.clone()),
                        );
                    }
                    let sa = self.resolve(x.get("schema").unwrap_or(&Value::Null), self.base).clone();
                    let sb = self.resolve(y.get("schema").unwrap_or(&Value::Null), self.rev).clone();
                    if type_of(&sa) != type_of(&sb) {
                        self.push(
                            &rules::PARAM_TYPE_CHANGED,
                            format!("{loc} parameter `{name}`: {} → {}", type_of(&sa), type_of(&sb)),
                            Some(pointer.clone()),
                            Some(rp.clone()),
                        );
                    }
                    let (ea, eb) = (enum_values(&sa), enum_values(&sb));
                    match (ea, eb) {
                        (None, Some(_)) => self.push(
                            &rules::PARAM_BECAME_ENUM,
                            format!("{loc} parameter `{name}` became an enum"),
                            Some(pointer.clone()),
                            Some(rp.clone()),
                        ),
                        (Some(ea), Some(eb)) => {
                            for v in eb.difference(&ea) {
                                self.push(
                                    &rules::PARAM_ENUM_VALUE_ADDED,
                                    format!("{loc} parameter `{name}`: enum value `{v}` added"),
                                    Some(pointer.clone()),
                                    Some(rp.clone()),
                                );
                            }
                            for v in ea.difference(&eb) {
                                self.push(
                                    &rules::PARAM_ENUM_VALUE_REMOVED,
                                    format!("{loc} parameter `{name}`: enum value `{v}` removed"),
                                    Some(pointer.clone()),
                                    Some(rp.clone()),
                                );
                            }
                        }
                        _ => {}
                    }
                    if sa.get("default") != sb.get("default") {
                        self.push(
                            &rules::PARAM_DEFAULT_CHANGED,
                            format!("{loc} parameter `{name}`: default changed"),
                            Some(pointer),
                            Some(rp),
                        );
                    }
                }
            }
        }
        for (loc, name, j, y) in &pb {
            if !pa.iter().any(|(l, n, ..)| l == loc && n == name) {
                let required = y.get("required").and_then(Value::as_bool).unwrap_or(false);
                let rule = if required { &rules::PARAM_ADDED_REQUIRED } else { &rules::PARAM_ADDED_OPTIONAL };
                self.push(rule, format!("{loc} parameter `{name}` added"), None, Some(format!("{p}/parameters/{j}")));
            }
        }
    }

    fn request_body(&mut self, a: &Value, b: &Value, p: &str) {
        let bp = format!("{p}/requestBody");
        let ra = a.get("requestBody").map(|x| self.resolve(x, self.base).clone());
        let rb = b.get("requestBody").map(|x| self.resolve(x, self.rev).clone());
        let req = |v: &Value| v.get("required").and_then(Value::as_bool).unwrap_or(false);
        match (ra, rb) {
            (Some(_), None) => self.push(&rules::BODY_REMOVED, "request body removed".into(), Some(bp), None),
            (None, Some(y)) => {
                let rule = if req(&y) { &rules::BODY_ADDED_REQUIRED } else { &rules::BODY_ADDED_OPTIONAL };
                self.push(rule, "request body added".into(), None, Some(bp));
            }
            (Some(x), Some(y)) => {
                if !req(&x) && req(&y) {
                    self.push(
                        &rules::BODY_BECAME_REQUIRED,
                        "request body became required".into(),
                        Some(bp.clone()),
                        Some(bp.clone()),
                    );
                } else if req(&x) && !req(&y) {
                    self.push(
                        &rules::BODY_BECAME_OPTIONAL,
                        "request body became optional".into(),
                        Some(bp.clone()),
                        Some(bp.clone()),
                    );
                }
                self.content(&x, &y, &bp, Side::Request);
            }
            (None, None) => {}
        }
    }

    fn content(&mut self, a: &Value, b: &Value, p: &str, side: Side) {
        let ca = obj(a.get("content"));
        let cb = obj(b.get("content"));
        let (added, removed) = match side {
            Side::Request => (&rules::BODY_MEDIA_TYPE_ADDED, &rules::BODY_MEDIA_TYPE_REMOVED),
            Side::Response => (&rules::RESP_MEDIA_TYPE_ADDED, &rules::RESP_MEDIA_TYPE_REMOVED),
        };
        for (mt, x) in &ca {
            let mp = format!("{p}/content/{}/schema", esc(mt));
            match cb.get(mt) {
                None => self.push(removed, format!("media type `{mt}` removed"), Some(mp), None),
                Some(y) => {
                    let (sa, sb) = (
                        x.get("schema").cloned().unwrap_or(Value::Null),
                        y.get("schema").cloned().unwrap_or(Value::Null),
                    );
                    self.schema(&sa, &sb, &mp, &mp, side, "body", 0);
                }
            }
        }
        for mt in cb.keys().filter(|k| !ca.contains_key(*k)) {
            self.push(added, format!("media type `{mt}` added"), None, Some(format!("{p}/content/{}", esc(mt))));
        }
    }

    fn responses(&mut self, a: &Value, b: &Value, p: &str) {
        let ra = obj(a.get("responses"));
        let rb = obj(b.get("responses"));
        for (status, x) in &ra {
            let rp = format!("{p}/responses/{}", esc(status));
            match rb.get(status) {
                None => {
                    let rule = if status.starts_with('2') {
                        &rules::RESP_STATUS_REMOVED
                    } else {
                        &rules::RESP_ERROR_STATUS_REMOVED
                    };
                    self.push(rule, format!("response `{status}` removed"), Some(rp), None);
                }
                Some(y) => {
                    let (x, y) = (self.resolve(x, self.base).clone(), self.resolve(y, self.rev).clone());
                    self.content(&x, &y, &rp, Side::Response);
                }
            }
        }
        for status in rb.keys().filter(|k| !ra.contains_key(*k)) {
            self.push(
                &rules::RESP_STATUS_ADDED,
                format!("response `{status}` added"),
                None,
                Some(format!("{p}/responses/{}", esc(status))),
            );
        }
    }

    /// The scopes an operation requires, per requirement (its own, else the document's).
    fn security(&mut self, a: &Value, b: &Value, p: &str) {
        let scopes = |op: &Value, root: &Value| -> BTreeSet<String> {
            op.get("security")
                .or(root.get("security"))
                .and_then(Value::as_array)
                .map(|reqs| {
                    reqs.iter()
                        .filter_map(Value::as_object)
                        .flat_map(|r| {
                            r.iter().flat_map(|(scheme, s)| {
                                let list: Vec<String> = s
                                    .as_array()
                                    .map(|a| {
                                        a.iter().filter_map(|x| x.as_str().map(|x| format!("{scheme}:{x}"))).collect()
                                    })
                                    .unwrap_or_default();
                                if list.is_empty() { vec![scheme.clone()] } else { list }
                            })
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let (sa, sb) = (scopes(a, self.base), scopes(b, self.rev));
        let sp = format!("{p}/security");
        for s in sb.difference(&sa) {
            self.push(&rules::SECURITY_ADDED, format!("security `{s}` added"), Some(sp.clone()), Some(sp.clone()));
        }
        for s in sa.difference(&sb) {
            self.push(&rules::SECURITY_REMOVED, format!("security `{s}` removed"), Some(sp.clone()), Some(sp.clone()));
        }
    }

    /// Compares two schemas at pointers `pa`/`pb`; `what` names the thing for messages.
    #[allow(clippy::too_many_arguments)]
    fn schema(&mut self, a: &Value, b: &Value, pa: &str, pb: &str, side: Side, what: &str, depth: usize) {
        // `$ref` cycles and shared components: each pair of references is compared once per side.
        let (ra, rb) = (a.get("$ref").and_then(Value::as_str), b.get("$ref").and_then(Value::as_str));
        let key = (ra.unwrap_or("").to_string(), rb.unwrap_or("").to_string(), side == Side::Request);
        if (ra.is_some() || rb.is_some()) && !self.seen.insert(key) || depth > 48 {
            return;
        }
        let (pa, pb) = (
            ra.map(|r| r.trim_start_matches('#').to_string()).unwrap_or_else(|| pa.to_string()),
            rb.map(|r| r.trim_start_matches('#').to_string()).unwrap_or_else(|| pb.to_string()),
        );
        let a = flatten(self.resolve(a, self.base), self.base);
        let b = flatten(self.resolve(b, self.rev), self.rev);
        let (ta, tb) = (type_of(&a), type_of(&b));
        if ta != tb && ta != "any" && tb != "any" {
            let rule =
                if side == Side::Request { &rules::REQ_PROP_TYPE_CHANGED } else { &rules::RESP_PROP_TYPE_CHANGED };
            self.push(rule, format!("{what}: {ta} → {tb}"), Some(pa.clone()), Some(pb.clone()));
            return;
        }
        let nullable = |v: &Value| v.get("nullable").and_then(Value::as_bool).unwrap_or(false);
        match (nullable(&a), nullable(&b), side) {
            (false, true, Side::Response) => self.push(
                &rules::RESP_PROP_BECAME_NULLABLE,
                format!("{what} became nullable"),
                Some(pa.clone()),
                Some(pb.clone()),
            ),
            (true, false, Side::Response) => self.push(
                &rules::RESP_PROP_BECAME_NOT_NULLABLE,
                format!("{what} became not nullable"),
                Some(pa.clone()),
                Some(pb.clone()),
            ),
            (true, false, Side::Request) => self.push(
                &rules::REQ_PROP_BECAME_NOT_NULLABLE,
                format!("{what} became not nullable"),
                Some(pa.clone()),
                Some(pb.clone()),
            ),
            (false, true, Side::Request) => self.push(
                &rules::REQ_PROP_BECAME_NULLABLE,
                format!("{what} became nullable"),
                Some(pa.clone()),
                Some(pb.clone()),
            ),
            _ => {}
        }
        if side == Side::Request
            && !a.get("readOnly").and_then(Value::as_bool).unwrap_or(false)
            && b.get("readOnly").and_then(Value::as_bool).unwrap_or(false)
        {
            self.push(
                &rules::REQ_PROP_BECAME_READ_ONLY,
                format!("{what} became read-only"),
                Some(pa.clone()),
                Some(pb.clone()),
            );
        }
        if let (Some(ea), Some(eb)) = (enum_values(&a), enum_values(&b)) {
            let (added, removed) = match side {
                Side::Request => (&rules::REQ_PROP_ENUM_WIDENED, &rules::REQ_PROP_ENUM_NARROWED),
                Side::Response => (&rules::RESP_PROP_ENUM_VALUE_ADDED, &rules::RESP_PROP_ENUM_VALUE_REMOVED),
            };
            for v in eb.difference(&ea) {
                self.push(added, format!("{what}: enum value `{v}` added"), Some(pa.clone()), Some(pb.clone()));
            }
            for v in ea.difference(&eb) {
                self.push(removed, format!("{what}: enum value `{v}` removed"), Some(pa.clone()), Some(pb.clone()));
            }
        }
        self.constraints(&a, &b, &pa, &pb, side, what);
        if let (Some(ia), Some(ib)) = (a.get("items"), b.get("items")) {
            self.schema(ia, ib, &format!("{pa}/items"), &format!("{pb}/items"), side, &format!("{what}[]"), depth + 1);
        }
        self.properties(&a, &b, &pa, &pb, side, what, depth);
    }

    #[allow(clippy::too_many_arguments)]
    fn properties(&mut self, a: &Value, b: &Value, pa: &str, pb: &str, side: Side, what: &str, depth: usize) {
        let (xa, xb) = (obj(a.get("properties")), obj(b.get("properties")));
        let required = |v: &Value| -> BTreeSet<String> {
            v.get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                .unwrap_or_default()
        };
        let (qa, qb) = (required(a), required(b));
        for (name, x) in &xa {
            let p1 = format!("{pa}/properties/{}", esc(name));
            let label = format!("{what}.{name}");
            match xb.get(name) {
                None => {
                    let rule = if side == Side::Request { &rules::REQ_PROP_REMOVED } else { &rules::RESP_PROP_REMOVED };
                    self.push(rule, format!("{label} removed"), Some(p1), None);
                }
                Some(y) => {
                    let p2 = format!("{pb}/properties/{}", esc(name));
                    match (qa.contains(name), qb.contains(name), side) {
                        (false, true, Side::Request) => self.push(
                            &rules::REQ_PROP_BECAME_REQUIRED,
                            format!("{label} became required"),
                            Some(p1.clone()),
                            Some(p2.clone()),
                        ),
                        (true, false, Side::Request) => self.push(
                            &rules::REQ_PROP_BECAME_OPTIONAL,
                            format!("{label} became optional"),
                            Some(p1.clone()),
                            Some(p2.clone()),
                        ),
                        (true, false, Side::Response) => self.push(
                            &rules::RESP_PROP_BECAME_OPTIONAL,
                            format!("{label} became optional"),
                            Some(p1.clone()),
                            Some(p2.clone()),
                        ),
                        (false, true, Side::Response) => self.push(
                            &rules::RESP_PROP_BECAME_REQUIRED,
                            format!("{label} became required"),
                            Some(p1.clone()),
                            Some(p2.clone()),
                        ),
                        _ => {}
                    }
                    self.schema(x, y, &p1, &p2, side, &label, depth + 1);
                }
            }
        }
        for name in xb.keys().filter(|k| !xa.contains_key(*k)) {
            let p2 = format!("{pb}/properties/{}", esc(name));
            let rule = match (side, qb.contains(name)) {
                (Side::Request, true) => &rules::REQ_PROP_ADDED_REQUIRED,
                (Side::Request, false) => &rules::REQ_PROP_ADDED_OPTIONAL,
                (Side::Response, _) => &rules::RESP_PROP_ADDED,
            };
            self.push(rule, format!("{what}.{name} added"), None, Some(p2));
        }
    }

    fn constraints(&mut self, a: &Value, b: &Value, pa: &str, pb: &str, side: Side, what: &str) {
        // (keyword, whether a larger value is tighter)
        const NUMERIC: &[(&str, bool)] = &[
            ("minLength", true),
            ("maxLength", false),
            ("minimum", true),
            ("maximum", false),
            ("minItems", true),
            ("maxItems", false),
        ];
        for (kw, larger_is_tighter) in NUMERIC {
            let (x, y) = (a.get(*kw).and_then(Value::as_f64), b.get(*kw).and_then(Value::as_f64));
            let tightened = match (x, y) {
                (None, Some(_)) => true,
                (Some(_), None) => false,
                (Some(x), Some(y)) if x != y => (y > x) == *larger_is_tighter,
                _ => continue,
            };
            self.constraint(tightened, side, format!("{what}: {kw} {x:?} → {y:?}"), pa, pb);
        }
        if a.get("pattern") != b.get("pattern") {
            let tightened = b.get("pattern").is_some();
            self.constraint(tightened, side, format!("{what}: pattern changed"), pa, pb);
        }
    }

    fn constraint(&mut self, tightened: bool, side: Side, message: String, pa: &str, pb: &str) {
        let rule = match (side, tightened) {
            (Side::Request, true) => &rules::REQ_CONSTRAINT_TIGHTENED,
            (Side::Request, false) => &rules::REQ_CONSTRAINT_LOOSENED,
            (Side::Response, true) => &rules::RESP_CONSTRAINT_TIGHTENED,
            (Side::Response, false) => &rules::RESP_CONSTRAINT_LOOSENED,
        };
        self.push(rule, message, Some(pa.to_string()), Some(pb.to_string()));
    }
}

/// A schema with `allOf` members merged in (properties, required, type,
/// nullable), as the contract's nullable-reference wrappers and plain
/// composition use them. References inside are resolved one level.
fn flatten(v: &Value, root: &Value) -> Value {
    let Some(members) = v.get("allOf").and_then(Value::as_array) else { return v.clone() };
    let mut out = v.as_object().cloned().unwrap_or_default();
    out.remove("allOf");
    for m in members {
        let mut m = m;
        for _ in 0..32 {
            match m.get("$ref").and_then(Value::as_str).and_then(|r| root.pointer(r.trim_start_matches('#'))) {
                Some(t) => m = t,
                None => break,
            }
        }
        let m = flatten(m, root);
        for (k, val) in m.as_object().into_iter().flatten() {
            match (k.as_str(), out.get_mut(k)) {
                ("properties", Some(Value::Object(props))) => {
                    for (pk, pv) in val.as_object().into_iter().flatten() {
                        props.entry(pk.clone()).or_insert_with(|| pv.clone());
                    }
                }
                ("required", Some(Value::Array(req))) => req.extend(val.as_array().cloned().unwrap_or_default()),
                (_, Some(_)) => {}
                (_, None) => {
                    out.insert(k.clone(), val.clone());
                }
            }
        }
    }
    Value::Object(out)
}

/// `type` and `format` as one label (`string/date-time`), `any` when untyped.
fn type_of(v: &Value) -> String {
    let ty = v.get("type").and_then(Value::as_str).map(str::to_string).or_else(|| {
        // The converter's open enums: `oneOf` of strings.
        v.get("oneOf")
            .and_then(Value::as_array)
            .filter(|o| o.iter().all(|s| s.get("type").is_some_and(|t| t == "string") || s.get("allOf").is_some()))
            .map(|_| "string".into())
    });
    match (ty, v.get("format").and_then(Value::as_str)) {
        (Some(t), Some(f)) => format!("{t}/{f}"),
        (Some(t), None) => t,
        (None, _) => "any".into(),
    }
}

/// The enum values of a schema: `enum`, or the first `oneOf` branch with one (open enums).
fn enum_values(v: &Value) -> Option<BTreeSet<String>> {
    let list = v.get("enum").or_else(|| v.get("oneOf")?.as_array()?.iter().find_map(|b| b.get("enum")))?;
    Some(list.as_array()?.iter().map(|x| x.as_str().map(str::to_string).unwrap_or_else(|| x.to_string())).collect())
}
