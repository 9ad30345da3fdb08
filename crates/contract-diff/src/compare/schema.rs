//! Schemas, judged by the side they travel on: references (queued as
//! component pairs), types, nullability, read-only, enums, constraints,
//! array items and properties.

use serde_json::Value;

use super::{Ctx, Side};
use crate::rules::{self, RustImpact};
use crate::shape::{self, esc};

/// Deeper inline nesting than this is not compared (references are queued, not nested).
const MAX_DEPTH: usize = 64;

impl<'a> Ctx<'a> {
    /// Compares two schemas at `pa`/`pb`. `required` tells whether the
    /// schema is a required property on each side (`T`, not `Option<T>`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn schema(
        &mut self,
        a: &Value,
        b: &Value,
        pa: &str,
        pb: &str,
        side: Side,
        what: &str,
        required: (bool, bool),
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        match (shape::reference(a), shape::reference(b)) {
            (Some(ra), Some(rb)) => {
                let (na, nb) = (shape::component_name(ra), shape::component_name(rb));
                if na != nb {
                    let m = format!("{what}: type `{na}` → `{nb}`");
                    self.push(&rules::SCHEMA_REF_CHANGED, m, Some(pa.into()), Some(pb.into()));
                }
                self.nullable(a, b, pa, pb, side, what, required);
                self.reach((ra.to_string(), rb.to_string(), side));
            }
            (Some(ra), None) | (None, Some(ra)) => {
                let inline_now = shape::reference(b).is_none();
                let m = if inline_now {
                    format!("{what}: type `{}` is now an inline schema", shape::component_name(ra))
                } else {
                    format!("{what}: an inline schema is now type `{}`", shape::component_name(ra))
                };
                self.push(&rules::SCHEMA_REF_CHANGED, m, Some(pa.into()), Some(pb.into()));
                self.schema_body(a, b, pa, pb, side, what, required, depth);
            }
            (None, None) => self.schema_body(a, b, pa, pb, side, what, required, depth),
        }
    }

    /// Compares two schemas' own keywords (references inside `allOf` merged in).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn schema_body(
        &mut self,
        a: &Value,
        b: &Value,
        pa: &str,
        pb: &str,
        side: Side,
        what: &str,
        required: (bool, bool),
        depth: usize,
    ) {
        let (fa, fb) = (
            shape::flatten(shape::resolve(a, self.base), self.base),
            shape::flatten(shape::resolve(b, self.rev), self.rev),
        );
        let (a, b): (&Value, &Value) = (&fa, &fb);
        let (ta, tb) = (shape::type_label(a), shape::type_label(b));
        let (ra, rb) = (shape::rust_type(a, self.base), shape::rust_type(b, self.rev));
        if ta != tb {
            let rule = match side {
                Side::Request => &rules::REQ_PROP_TYPE_CHANGED,
                Side::Response => &rules::RESP_PROP_TYPE_CHANGED,
            };
            let rust = if ra == rb { RustImpact::None } else { RustImpact::Compile };
            self.push_rust(rule, rust, format!("{what}: {ta} → {tb}"), Some(pa.into()), Some(pb.into()));
            return;
        }
        self.nullable(a, b, pa, pb, side, what, required);
        if side == Side::Request && !shape::flag(a, "readOnly") && shape::flag(b, "readOnly") {
            let rule =
                if required.1 { &rules::REQ_REQ_PROP_BECAME_READ_ONLY } else { &rules::REQ_OPT_PROP_BECAME_READ_ONLY };
            self.push(rule, format!("{what} became read-only"), Some(pa.into()), Some(pb.into()));
        }
        self.enums(a, b, pa, pb, side, what);
        self.constraints(a, b, pa, pb, side, what, false, ra != rb);
        if let (Some(ia), Some(ib)) = (a.get("items"), b.get("items")) {
            let (p1, p2) = (format!("{pa}/items"), format!("{pb}/items"));
            self.schema(ia, ib, &p1, &p2, side, &format!("{what}[]"), (true, true), depth + 1);
        }
        self.properties(a, b, pa, pb, side, what, depth);
        self.additional_properties(a, b, pa, pb, side, what, depth);
    }

    /// `additionalProperties`: any (absent, `true`, `{}`), a schema, or `false`. From any to
    /// a schema or `false` narrows, back widens; two schemas are compared as schemas.
    #[allow(clippy::too_many_arguments)]
    fn additional_properties(
        &mut self,
        a: &Value,
        b: &Value,
        pa: &str,
        pb: &str,
        side: Side,
        what: &str,
        depth: usize,
    ) {
        // What may stand there: anything (absent, `true`, `{}`), values of a schema, nothing (`false`).
        let openness = |v: Option<&Value>| match v {
            None | Some(Value::Bool(true)) => 2,
            Some(Value::Object(o)) if o.is_empty() => 2,
            Some(Value::Bool(false)) => 0,
            _ => 1,
        };
        // Only objects have other members.
        let object =
            |v: &Value| v.get("type").and_then(Value::as_str) == Some("object") || v.get("properties").is_some();
        if !object(a) || !object(b) {
            return;
        }
        let (xa, xb) = (a.get("additionalProperties"), b.get("additionalProperties"));
        let (p1, p2) = (format!("{pa}/additionalProperties"), format!("{pb}/additionalProperties"));
        if let (Some(x), Some(y), 1, 1) = (xa, xb, openness(xa), openness(xb)) {
            self.schema(x, y, &p1, &p2, side, &format!("{what}{{*}}"), (true, true), depth + 1);
            return;
        }
        let rule = match (openness(xb).cmp(&openness(xa)), side) {
            (std::cmp::Ordering::Equal, _) => return,
            (std::cmp::Ordering::Less, Side::Request) => &rules::REQ_ADDITIONAL_NARROWED,
            (std::cmp::Ordering::Less, Side::Response) => &rules::RESP_ADDITIONAL_NARROWED,
            (std::cmp::Ordering::Greater, Side::Request) => &rules::REQ_ADDITIONAL_WIDENED,
            (std::cmp::Ordering::Greater, Side::Response) => &rules::RESP_ADDITIONAL_WIDENED,
        };
        let show = |v: Option<&Value>| match (openness(v), v) {
            (2, _) | (_, None) => "anything".to_string(),
            (0, _) => "none".to_string(),
            // A (nullable) reference by its type's name.
            (_, Some(v)) => shape::reference(v)
                .or_else(|| v.get("allOf")?.get(0).and_then(shape::reference))
                .map(|r| format!("`{}`", shape::component_name(r)))
                .unwrap_or_else(|| shape::type_label(v)),
        };
        let m = format!("{what}: other members {} → {}", show(xa), show(xb));
        self.push(rule, m, Some(p1), Some(p2));
    }

    #[allow(clippy::too_many_arguments)]
    fn nullable(&mut self, a: &Value, b: &Value, pa: &str, pb: &str, side: Side, what: &str, required: (bool, bool)) {
        // T and Option<T> differ only for required properties.
        let rust = |default: RustImpact| if required.0 && required.1 { RustImpact::Compile } else { default };
        let rule = match (shape::nullable(a), shape::nullable(b), side) {
            (false, true, Side::Request) => &rules::REQ_PROP_BECAME_NULLABLE,
            (true, false, Side::Request) => &rules::REQ_PROP_BECAME_NOT_NULLABLE,
            (false, true, Side::Response) => &rules::RESP_PROP_BECAME_NULLABLE,
            (true, false, Side::Response) => &rules::RESP_PROP_BECAME_NOT_NULLABLE,
            _ => return,
        };
        let m = format!("{what} became {}", if shape::nullable(b) { "nullable" } else { "not nullable" });
        self.push_rust(rule, rust(rule.rust), m, Some(pa.into()), Some(pb.into()));
    }

    fn enums(&mut self, a: &Value, b: &Value, pa: &str, pb: &str, side: Side, what: &str) {
        let (became, added, removed) = match side {
            Side::Request => {
                (&rules::REQ_PROP_BECAME_ENUM, &rules::REQ_PROP_ENUM_VALUE_ADDED, &rules::REQ_PROP_ENUM_VALUE_REMOVED)
            }
            Side::Response => (
                &rules::RESP_PROP_BECAME_ENUM,
                &rules::RESP_PROP_ENUM_VALUE_ADDED,
                &rules::RESP_PROP_ENUM_VALUE_REMOVED,
            ),
        };
        match (shape::enum_values(a), shape::enum_values(b)) {
            (None, Some(_)) => self.push(became, format!("{what} became an enum"), Some(pa.into()), Some(pb.into())),
            (Some(ea), Some(eb)) => {
                for v in eb.difference(&ea) {
                    self.push(added, format!("{what}: enum value `{v}` added"), Some(pa.into()), Some(pb.into()));
                }
                for v in ea.difference(&eb) {
                    self.push(removed, format!("{what}: enum value `{v}` removed"), Some(pa.into()), Some(pb.into()));
                }
            }
            _ => {}
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn properties(&mut self, a: &Value, b: &Value, pa: &str, pb: &str, side: Side, what: &str, depth: usize) {
        let (Some(xa), Some(xb)) =
            (a.get("properties").and_then(Value::as_object), b.get("properties").and_then(Value::as_object))
        else {
            if let (None, Some(xb)) = (a.get("properties"), b.get("properties").and_then(Value::as_object)) {
                // Properties appeared on an object that had none: each is new.
                self.added_properties(&serde_json::Map::new(), xb, b, pb, side, what);
            }
            return;
        };
        let (qa, qb) = (shape::required(a), shape::required(b));
        let optional = |v: &Value, root: &Value, required: bool| {
            !required || shape::nullable(v) || shape::nullable(shape::resolve(v, root))
        };
        for (name, x) in xa {
            let (p1, label) = (format!("{pa}/properties/{}", esc(name)), format!("{what}.{name}"));
            let ra = qa.contains(name.as_str());
            let Some(y) = xb.get(name) else {
                let rule = match (side, ra) {
                    (Side::Request, _) => &rules::REQ_PROP_REMOVED,
                    (Side::Response, true) => &rules::RESP_REQ_PROP_REMOVED,
                    (Side::Response, false) => &rules::RESP_OPT_PROP_REMOVED,
                };
                self.push(rule, format!("{label} removed"), Some(p1), None);
                continue;
            };
            let p2 = format!("{pb}/properties/{}", esc(name));
            let rb = qb.contains(name.as_str());
            let rule = match (ra, rb, side) {
                (false, true, Side::Request) => Some(&rules::REQ_PROP_BECAME_REQUIRED),
                (true, false, Side::Request) => Some(&rules::REQ_PROP_BECAME_OPTIONAL),
                (true, false, Side::Response) => Some(&rules::RESP_PROP_BECAME_OPTIONAL),
                (false, true, Side::Response) => Some(&rules::RESP_PROP_BECAME_REQUIRED),
                _ => None,
            };
            if let Some(rule) = rule {
                let changed = optional(x, self.base, ra) != optional(y, self.rev, rb);
                let rust = if changed { RustImpact::Compile } else { RustImpact::None };
                let m = format!("{label} became {}", if rb { "required" } else { "optional" });
                self.push_rust(rule, rust, m, Some(p1.clone()), Some(p2.clone()));
            }
            self.schema(x, y, &p1, &p2, side, &label, (ra, rb), depth + 1);
        }
        self.added_properties(xa, xb, b, pb, side, what);
    }

    fn added_properties(
        &mut self,
        xa: &serde_json::Map<String, Value>,
        xb: &serde_json::Map<String, Value>,
        b: &Value,
        pb: &str,
        side: Side,
        what: &str,
    ) {
        let qb = shape::required(b);
        for name in xb.keys().filter(|k| !xa.contains_key(*k)) {
            let rule = match (side, qb.contains(name.as_str())) {
                (Side::Request, true) => &rules::REQ_PROP_ADDED_REQUIRED,
                (Side::Request, false) => &rules::REQ_PROP_ADDED_OPTIONAL,
                (Side::Response, true) => &rules::RESP_REQ_PROP_ADDED,
                (Side::Response, false) => &rules::RESP_OPT_PROP_ADDED,
            };
            let p2 = format!("{pb}/properties/{}", esc(name));
            self.push(rule, format!("{what}.{name} added"), None, Some(p2));
        }
    }

    /// min/max/length/items/pattern: tightening a request or loosening a
    /// response is breaking. `rust_changed`: the Rust type changed with it
    /// (a constrained string is a validating newtype; integer bounds pick the type).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn constraints(
        &mut self,
        a: &Value,
        b: &Value,
        pa: &str,
        pb: &str,
        side: Side,
        what: &str,
        parameter: bool,
        rust_changed: bool,
    ) {
        const KEYWORDS: &[(&str, &str)] = &[
            ("maxLength", "max-length"),
            ("minLength", "min-length"),
            ("maximum", "max"),
            ("minimum", "min"),
            ("maxItems", "max-items"),
            ("minItems", "min-items"),
        ];
        let prefix = match (side, parameter) {
            (Side::Request, true) => "request-parameter",
            (Side::Request, false) => "request-property",
            (Side::Response, _) => "response-property",
        };
        let mut found: Vec<(String, String)> = Vec::new();
        for (kw, id) in KEYWORDS {
            let (x, y) = (a.get(*kw).and_then(Value::as_f64), b.get(*kw).and_then(Value::as_f64));
            let event = match (x, y) {
                (None, Some(_)) => "set",
                (Some(_), None) => "unset",
                (Some(x), Some(y)) if y > x => "increased",
                (Some(x), Some(y)) if y < x => "decreased",
                _ => continue,
            };
            let show = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_else(|| "none".into());
            found.push((format!("{prefix}-{id}-{event}"), format!("{what}: {kw} {} → {}", show(x), show(y))));
        }
        match (a.get("pattern").and_then(Value::as_str), b.get("pattern").and_then(Value::as_str)) {
            (None, Some(y)) => found.push((format!("{prefix}-pattern-added"), format!("{what}: pattern `{y}` added"))),
            (Some(x), None) => {
                found.push((format!("{prefix}-pattern-removed"), format!("{what}: pattern `{x}` removed")))
            }
            (Some(x), Some(y)) if x != y => {
                found.push((format!("{prefix}-pattern-changed"), format!("{what}: pattern `{x}` → `{y}`")))
            }
            _ => {}
        }
        for (id, message) in found {
            if let Some(rule) = rules::by_id(&id) {
                let rust = if rust_changed { RustImpact::Compile } else { rule.rust };
                self.push_rust(rule, rust, message, Some(pa.into()), Some(pb.into()));
            }
        }
    }
}
