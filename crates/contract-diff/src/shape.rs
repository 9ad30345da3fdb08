//! Reading schema shapes: `$ref`s, the converter's wrappers, type labels,
//! enum values, and the Rust type progenitor (typify 0.8) gives a schema.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

/// Stands for an absent schema.
pub(crate) static EMPTY: Value = Value::Null;

/// Stands for an absent object.
pub(crate) static EMPTY_MAP: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);

/// Follows local `$ref`s (at most 32 hops; a dangling one stays as is).
pub(crate) fn resolve<'a>(mut v: &'a Value, root: &'a Value) -> &'a Value {
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

/// The `$ref` a schema stands for: its own, or that of the converter's wrappers of a member's
/// reference: an `allOf` with one `$ref` member (beside what the member's row says), or an
/// `anyOf` of a `$ref` and `null` alone (a member that may be null).
pub(crate) fn reference(v: &Value) -> Option<&str> {
    if let Some(r) = v.get("$ref").and_then(Value::as_str) {
        return Some(r);
    }
    fn own(m: &Value) -> Option<&str> {
        m.get("$ref").and_then(Value::as_str)
    }
    if let Some(members) = v.get("allOf").and_then(Value::as_array) {
        return match members.as_slice() {
            [only] => own(only),
            _ => None,
        };
    }
    match v.get("anyOf")?.as_array()?.as_slice() {
        [r, null] | [null, r] if null_only(null) => own(r),
        _ => None,
    }
}

/// A schema allowing `null` alone (`{enum: [null]}`).
fn null_only(v: &Value) -> bool {
    v.get("enum").and_then(Value::as_array).is_some_and(|e| !e.is_empty() && e.iter().all(Value::is_null))
}

/// Whether a schema allows `null`: `nullable`, or an `anyOf` branch of `null` alone.
pub(crate) fn nullable(v: &Value) -> bool {
    flag(v, "nullable") || v.get("anyOf").and_then(Value::as_array).is_some_and(|b| b.iter().any(null_only))
}

/// The component name of a `#/components/schemas/NAME` reference.
pub(crate) fn component_name(r: &str) -> &str {
    r.rsplit('/').next().unwrap_or(r)
}

pub(crate) fn flag(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

pub(crate) fn object(v: Option<&Value>) -> Option<&Map<String, Value>> {
    v.and_then(Value::as_object)
}

/// The names in a schema's `required`.
pub(crate) fn required(v: &Value) -> BTreeSet<&str> {
    v.get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// A schema with `allOf` members merged in (properties, required, type,
/// nullable and the rest), references inside resolved. Plain schemas are
/// borrowed as they are.
pub(crate) fn flatten<'a>(v: &'a Value, root: &'a Value) -> std::borrow::Cow<'a, Value> {
    // A reference that may be null (`anyOf: [$ref, {enum: [null]}]`): the referenced schema,
    // nullable, as the older `{nullable, allOf: [$ref]}` form reads.
    if let (Some(r), Some(own)) = (v.get("anyOf").and(reference(v)), v.as_object()) {
        let mut m = own.clone();
        m.remove("anyOf");
        m.insert("allOf".into(), serde_json::json!([{ "$ref": r }]));
        m.insert("nullable".into(), Value::Bool(true));
        return std::borrow::Cow::Owned(merge(&Value::Object(m), root, 0));
    }
    if v.get("allOf").is_none() {
        return std::borrow::Cow::Borrowed(v);
    }
    std::borrow::Cow::Owned(merge(v, root, 0))
}

fn merge(v: &Value, root: &Value, depth: usize) -> Value {
    let mut out = v.as_object().cloned().unwrap_or_default();
    let Some(members) = out.remove("allOf") else { return Value::Object(out) };
    if depth > 16 {
        return Value::Object(out);
    }
    for m in members.as_array().into_iter().flatten() {
        let m = merge(resolve(m, root), root, depth + 1);
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

/// `type` and `format` as one label (`string/date-time`); `any` when untyped.
/// The converter's open enums (`oneOf` of strings) are `string`.
pub(crate) fn type_label(v: &Value) -> String {
    let ty = v.get("type").and_then(Value::as_str).or_else(|| open_enum(v).map(|_| "string"));
    match (ty, v.get("format").and_then(Value::as_str)) {
        (Some(t), Some(f)) => format!("{t}/{f}"),
        (Some(t), None) => t.to_string(),
        (None, _) if v.get("properties").is_some() => "object".into(),
        (None, _) => "any".into(),
    }
}

/// The known branch of the converter's open enum: `oneOf: [{enum}, {other}]`.
fn open_enum(v: &Value) -> Option<&Value> {
    let branches = v.get("oneOf")?.as_array()?;
    branches.iter().find(|b| b.get("enum").is_some())
}

/// The enum values of a schema (`enum`, or an open enum's known values).
pub(crate) fn enum_values(v: &Value) -> Option<BTreeSet<String>> {
    let list = v.get("enum").or_else(|| open_enum(v)?.get("enum"))?;
    Some(list.as_array()?.iter().map(|x| x.as_str().map(str::to_string).unwrap_or_else(|| x.to_string())).collect())
}

/// The Rust type typify gives a schema, as a comparable label: a component's
/// name for references, the native type for scalars (`String`, `i64`,
/// `chrono::DateTime`, a validating newtype for constrained strings), `Vec<…>`
/// for arrays. Two schemas with the same label give the same Rust type.
pub(crate) fn rust_type(v: &Value, root: &Value) -> String {
    rust_type_at(v, root, 0)
}

#[allow(clippy::only_used_in_recursion, reason = "kept for resolving references inline later")]
fn rust_type_at(v: &Value, root: &Value, depth: usize) -> String {
    if let Some(r) = reference(v) {
        return format!("types::{}", component_name(r));
    }
    if depth > 8 {
        return "…".into();
    }
    if enum_values(v).is_some() {
        return "enum".into();
    }
    let format = v.get("format").and_then(Value::as_str);
    match v.get("type").and_then(Value::as_str) {
        Some("string") => match format {
            Some("uuid") => "uuid::Uuid".into(),
            Some("date") => "chrono::NaiveDate".into(),
            Some("date-time") => "chrono::DateTime<Utc>".into(),
            Some("ip") => "IpAddr".into(),
            Some("ipv4") => "Ipv4Addr".into(),
            Some("ipv6") => "Ipv6Addr".into(),
            _ if ["maxLength", "minLength", "pattern"].iter().any(|k| v.get(*k).is_some()) => {
                "String newtype (validated)".into()
            }
            _ => "String".into(),
        },
        Some("integer") => integer_type(v, format).into(),
        Some("number") => if format == Some("float") { "f32" } else { "f64" }.into(),
        Some("boolean") => "bool".into(),
        Some("array") => format!("Vec<{}>", rust_type_at(v.get("items").unwrap_or(&EMPTY), root, depth + 1)),
        Some("object") => "struct".into(),
        Some(other) => other.into(),
        None if v.get("properties").is_some() => "struct".into(),
        None => "serde_json::Value".into(),
    }
}

/// typify's integer choice: the format's type when the bounds fit it
/// (`NonZero` for minimum 1), else the type whose range the bounds name,
/// else `i64`.
fn integer_type(v: &Value, format: Option<&str>) -> &'static str {
    const TYPES: &[(&str, &str, &str, f64, f64)] = &[
        ("int8", "i8", "NonZeroU8", i8::MIN as f64, i8::MAX as f64),
        ("uint8", "u8", "NonZeroU8", 0.0, u8::MAX as f64),
        ("int16", "i16", "NonZeroU16", i16::MIN as f64, i16::MAX as f64),
        ("uint16", "u16", "NonZeroU16", 0.0, u16::MAX as f64),
        ("int", "i32", "NonZeroU32", i32::MIN as f64, i32::MAX as f64),
        ("int32", "i32", "NonZeroU32", i32::MIN as f64, i32::MAX as f64),
        ("uint", "u32", "NonZeroU32", 0.0, u32::MAX as f64),
        ("uint32", "u32", "NonZeroU32", 0.0, u32::MAX as f64),
        ("int64", "i64", "NonZeroU64", i64::MIN as f64, i64::MAX as f64),
        ("uint64", "u64", "NonZeroU64", 0.0, u64::MAX as f64),
    ];
    let num = |k: &str| v.get(k).and_then(Value::as_f64);
    let mut min = match (num("minimum"), v.get("exclusiveMinimum").and_then(Value::as_bool)) {
        (Some(m), Some(true)) => Some(m + 1.0),
        (m, _) => m,
    };
    let mut max = match (num("maximum"), v.get("exclusiveMaximum").and_then(Value::as_bool)) {
        (Some(m), Some(true)) => Some(m - 1.0),
        (m, _) => m,
    };
    if let Some((_, ty, nz, lo, hi)) = format.and_then(|f| TYPES.iter().find(|t| t.0 == f)) {
        if min.is_none_or(|m| m >= *lo) && max.is_none_or(|m| m <= *hi) && v.get("multipleOf").is_none() {
            return if min == Some(1.0) { nz } else { ty };
        }
        min = min.or(Some(*lo));
        max = max.or(Some(*hi));
    }
    let same = |a: f64, b: f64| (a - b).abs() <= f64::EPSILON;
    let found = TYPES.iter().rev().find_map(|(_, ty, nz, lo, hi)| match (min, max) {
        (None, Some(m)) => same(*hi, m).then_some(*ty),
        (Some(m), None) if same(m, 1.0) => Some(*nz),
        (Some(m), None) => same(*lo, m).then_some(*ty),
        (Some(a), Some(_)) if same(a, 1.0) => Some(*nz),
        (Some(a), Some(b)) => (same(*lo, a) && same(*hi, b)).then_some(*ty),
        (None, None) => None,
    });
    found.unwrap_or("i64")
}

/// Escapes a JSON pointer token.
pub(crate) fn esc(s: &str) -> String {
    if s.contains(['~', '/']) { s.replace('~', "~0").replace('/', "~1") } else { s.to_string() }
}

/// `x-doc-source: {file, line}` as `file:line`.
pub(crate) fn doc_source(v: &Value) -> Option<String> {
    let s = v.get("x-doc-source")?;
    Some(format!("{}:{}", s.get("file")?.as_str()?, s.get("line")?.as_u64()?))
}
