//! A resource page's JSON representation: what it shows of members' names, kinds and types.

use super::names::{is_type_name, strip_namespace};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::extract::{PageOutput, Reference};
use crate::markdown::{Block, Inline};
use crate::model::{Origin, Property};
use crate::page::Page;
use crate::source::Span;
use crate::types::{TypeRef, parse_type_cell};
use serde_json::Value;

/// The properties a resource page's JSON representation (the code block its
/// `"blockType": "resource"` annotation precedes) shows, typed from the values:
/// primitive type names (`"String"`, `"Int32"`; anything else is a string),
/// `{"@odata.type": "microsoft.graph.x"}`, literals and arrays of those.
/// Properties named `@odata.…` are left out; an open type's sample members too (open as
/// its annotation or, `said_open`, its prose says).
pub(super) fn representation_properties(page: &Page<'_>, out: &mut PageOutput, said_open: bool) -> Vec<Property> {
    let Some((annotation, members, origin)) = representation(page) else { return Vec::new() };
    let properties = represented_properties(annotation, &members, origin, value_type, None, said_open);
    refer_to_types(&properties, out);
    properties
}

/// The members a JSON representation shows, typed by `ty` from their values, with
/// `description`. For an open type, whose representation shows samples (`fieldValueSet`),
/// only those its annotation lists as `optionalProperties` (`identitySet`'s `guest`); open
/// as the annotation says, or `said_open`.
pub(super) fn represented_properties(
    annotation: &Value,
    members: &serde_json::Map<String, Value>,
    origin: Origin,
    ty: fn(&Value) -> TypeRef,
    description: Option<&str>,
    said_open: bool,
) -> Vec<Property> {
    // `"openType": true` copied from the annotation into the sample (`healthMonitoring.supportingData`)
    // says the same, and is no member.
    let open = said_open
        || [annotation.get("openType"), members.get("openType")].into_iter().any(|v| v == Some(&Value::Bool(true)));
    let listed: Vec<&str> = annotation
        .get("optionalProperties")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    members
        .iter()
        .filter(|(name, _)| !open || listed.contains(&name.as_str()))
        .filter(|(name, value)| !(name.as_str() == "openType" && value.is_boolean()))
        .filter(|(name, _)| !name.starts_with('@') && is_type_name(name))
        .map(|(name, value)| Property {
            name: name.clone(),
            ty: ty(value),
            description: description.map(str::to_string),
            required: false,
            read_only: false,
            write_only: false,
            deprecated: false,
            nullable: true,
            origin,
        })
        .collect()
}

/// The named types of `properties` as references.
pub(super) fn refer_to_types(properties: &[Property], out: &mut PageOutput) {
    for p in properties {
        if let Some(named) = p.ty.named() {
            out.references.push(Reference { name: named.to_string(), linked: false, target: None, origin: p.origin });
        }
    }
}

/// A resource page's JSON representation (the code block its `"blockType":
/// "resource"` annotation precedes): the annotation, the members, where it is. A page
/// annotating none shows it as the first unannotated JSON object under its "JSON
/// representation" heading (`learningCourseActivity`).
pub(super) fn representation<'p>(page: &'p Page<'_>) -> Option<(&'p Value, serde_json::Map<String, Value>, Origin)> {
    let (annotation, code) = representation_block(page)?;
    let Value::Object(members) = crate::json::parse_lenient(&code.text).ok()?.value else { return None };
    Some((annotation, unwrapped(members), Origin { file: page.file, offset: code.span.start }))
}

/// A warning where a page's JSON representation is not JSON even read leniently (a stray `{`
/// inside it): the members only it shows are not read.
pub(super) fn representation_not_json(page: &Page<'_>) -> Option<Diagnostic> {
    let (_, code) = representation_block(page)?;
    let err = crate::json::parse_lenient(&code.text).err()?;
    let at = code.source_offset(crate::page::offset_of(&code.text, 0, err.line, err.column));
    Some(
        Diagnostic::warning(
            codes::EXAMPLE_JSON,
            page.file,
            Span::new(at, at + 1),
            format!("JSON representation is not valid JSON: {}; members only it shows are not read", err.message),
        )
        .with_help("fix the JSON so its members are read"),
    )
}

/// The JSON representation's code block and its annotation ([`representation`]).
fn representation_block<'p>(page: &'p Page<'_>) -> Option<(&'p Value, &'p crate::markdown::CodeBlock)> {
    static UNANNOTATED: Value = Value::Null;
    let annotated = page
        .annotations
        .iter()
        .filter(|(i, _)| page.block_type(**i) == Some("resource"))
        .find_map(|(i, a)| Some((a, page.code(*i)?)));
    let (annotation, code) = match annotated {
        Some(found) => found,
        None => {
            let section = page.section(&["json representation"])?;
            let code = section.iter().find_map(|(i, b)| match b {
                Block::Code(c) if page.block_type(i).is_none() && c.text.trim_start().starts_with('{') => Some(c),
                _ => None,
            })?;
            (&UNANNOTATED, code)
        }
    };
    Some((annotation, code))
}

/// A response copied for the representation (`{"@odata.context": "…", "value": {…}}`, payload's)
/// shows its `value`: the context names a response, and the entity is inside it.
fn unwrapped(mut members: serde_json::Map<String, Value>) -> serde_json::Map<String, Value> {
    let mut own = members.keys().filter(|k| !k.starts_with('@'));
    let only_value = own.next().is_some_and(|k| k == "value") && own.next().is_none();
    if only_value
        && members.contains_key("@odata.context")
        && let Some(Value::Object(inner)) = members.remove("value")
    {
        return inner;
    }
    members
}

/// A primitive the property table calls a collection while the JSON
/// representation shows one value (`availability | string collection` beside
/// `"availability": "string"`) is one value: the examples show what the
/// representation shows (presence, printerLocation's `stateOrProvince`).
/// Says so in a warning: the page contradicts itself, and a client of the
/// other reading fails.
pub(super) fn single_values_as_represented(
    page: &Page<'_>,
    type_name: &str,
    members: &serde_json::Map<String, Value>,
    properties: &mut [Property],
    diags: &mut Vec<Diagnostic>,
) {
    // A string naming a collection (`"tags": "Collection(Edm.String)"`, `"[String]"`) is a list
    // written as its type.
    let one_value = |v: &str| {
        let v = v.trim();
        let bracketed = v.starts_with('[') && v.ends_with(']');
        !bracketed && !parse_type_cell(&Inline { text: v.to_string(), ..Inline::default() }).ty.is_collection()
    };
    for p in properties {
        if let TypeRef::Collection(inner) = &p.ty
            && let TypeRef::Primitive(primitive) = **inner
            && matches!(members.get(&p.name), Some(Value::String(v)) if one_value(v))
        {
            p.ty = (**inner).clone();
            diags.push(
                Diagnostic::warning(
                    codes::EXAMPLE_TYPE_MISMATCH,
                    page.file,
                    Span::new(p.origin.offset, p.origin.offset),
                    format!(
                        "`{}` of `{type_name}` is typed as a `{primitive:?}` collection, but the JSON representation \
                         shows one value; emitted as one value",
                        p.name
                    ),
                )
                .with_help("make the table and the JSON representation agree"),
            );
        }
    }
}

/// A property the table spells in another letter case than the JSON
/// representation (`DateTime` beside `"dateTime"`, `ID` beside `"id"`) takes the
/// representation's spelling: JSON names are case-sensitive, and it is the wire's.
pub(super) fn names_as_represented(members: &serde_json::Map<String, Value>, properties: &mut [Property]) {
    for p in properties {
        // Graph's members are camelCase: a representation's `SessionId` for the table's
        // `sessionId` is the representation's slip.
        let pascal_for_camel = |k: &str| {
            p.name.starts_with(|c: char| c.is_ascii_lowercase()) && k.starts_with(|c: char| c.is_ascii_uppercase())
        };
        if members.contains_key(&p.name) {
            continue;
        }
        if let Some(spelled) = members.keys().find(|k| k.eq_ignore_ascii_case(&p.name) && !pascal_for_camel(k)) {
            p.name = spelled.clone();
        }
    }
}

/// For each property of a named type, what the JSON representation shows of its value (an
/// item of a list's): a string, an object, or an object naming only its own type
/// ([`crate::extract::Shown`]). In v1.0 every enum is shown as a string (`"String"`, `"active |
/// deleted"`), objects as objects or by name.
pub(super) fn represented_kinds(
    members: &serde_json::Map<String, Value>,
    properties: &[Property],
) -> Vec<(String, crate::extract::Shown)> {
    use crate::extract::Shown;
    properties
        .iter()
        .filter_map(|p| {
            let name = p.ty.named()?;
            let value = match (members.get(&p.name)?, p.ty.is_collection()) {
                (Value::Array(items), true) => items.first()?,
                (v, false) => v,
                _ => return None,
            };
            // Whether a value names the member's own type, in any namespace (`sharingDetail`,
            // `#microsoft.graph.sharingDetail`, `microsoft.DirectoryServices.SamlSingleSignOnSettings`).
            let own = name.rsplit('.').next().unwrap_or(name);
            let names_own = |v: &str| {
                !v.contains(char::is_whitespace) && v.rsplit('.').next().is_some_and(|l| l.eq_ignore_ascii_case(own))
            };
            // The type's own name (`"lastShared": "sharingDetail"`) says nothing of its kind,
            // nor a time (`"dueDateTime": "String (timestamp)"` for a `DateTimeTimeZone`).
            let says_nothing = value.as_str().is_some_and(|v| {
                let lower = v.to_ascii_lowercase();
                names_own(v) || ["time", "date"].iter().any(|w| lower.contains(w))
            });
            let own_type = value
                .as_object()
                .is_some_and(|o| o.len() == 1 && o.get("@odata.type").and_then(Value::as_str).is_some_and(names_own));
            let shown = match value {
                Value::String(_) => Shown::String,
                _ if own_type => Shown::OwnType,
                _ => Shown::Object,
            };
            (!value.is_null() && !says_nothing).then(|| (name.to_string(), shown))
        })
        .collect()
}

/// The type an `@odata.type` value names (`#microsoft.graph.x` → `x`, a primitive's name
/// → that primitive); `None` when it names none (`microsoft.graph.`, `{type}`).
pub(crate) fn odata_type(value: &str) -> Option<TypeRef> {
    use crate::types::Primitive;
    let name = strip_namespace(value);
    if !is_type_name(&name) {
        return None;
    }
    Some(match Primitive::names().find(|p| p.eq_ignore_ascii_case(&name)) {
        Some(_) => match parse_type_cell(&Inline { text: name, ..Inline::default() }).ty {
            t @ TypeRef::Primitive(_) => t,
            _ => TypeRef::Primitive(Primitive::String),
        },
        None => TypeRef::Named(name),
    })
}

/// The type a JSON representation's value stands for.
pub(super) fn value_type(value: &Value) -> TypeRef {
    use crate::types::Primitive;
    match value {
        // The values a string (or Boolean) takes: `"plain | richText"`.
        Value::String(s) if let Some(t) = alternatives_type(s) => t,
        // A type name such as `String (identifier)` or `Int32`; complex types are written as objects.
        Value::String(s) => match parse_type_cell(&Inline { text: s.clone(), ..Inline::default() }).ty {
            // `String (timestamp)`, `String (Date)`: a string in that format.
            TypeRef::Primitive(Primitive::String) if s.to_ascii_lowercase().ends_with("(timestamp)") => {
                TypeRef::Primitive(Primitive::DateTimeOffset)
            }
            TypeRef::Primitive(Primitive::String) if s.to_ascii_lowercase().ends_with("(date)") => {
                TypeRef::Primitive(Primitive::Date)
            }
            t @ TypeRef::Primitive(_) => t,
            _ => TypeRef::Primitive(Primitive::String),
        },
        Value::Bool(_) => TypeRef::Primitive(Primitive::Boolean),
        Value::Number(n) if n.is_i64() || n.is_u64() => TypeRef::Primitive(Primitive::Int32),
        Value::Number(_) => TypeRef::Primitive(Primitive::Double),
        Value::Object(o) => o
            .get("@odata.type")
            .and_then(Value::as_str)
            .and_then(odata_type)
            .unwrap_or(TypeRef::Primitive(Primitive::Json)),
        Value::Array(items) => match items.first() {
            Some(item) => TypeRef::Collection(Box::new(value_type(item))),
            None => TypeRef::Primitive(Primitive::Json),
        },
        Value::Null => TypeRef::Primitive(Primitive::Json),
    }
}

/// The type of a member only a JSON representation shows, where the value says it
/// plainly (a primitive's name, `{"@odata.type": …}`, `true`, the values a string
/// takes: `"unknown | standard | reserved"`, `"true | false"`); a sample (`"Contoso"`,
/// a type named as a string, a number of unknown width) is any JSON: a wrong guess
/// would reject real responses, an open value loses nothing.
pub(super) fn shown_type(value: &Value) -> TypeRef {
    use crate::types::Primitive;
    let plain = match value {
        Value::String(s) => {
            alternatives_type(s).is_some()
                || matches!(parse_type_cell(&Inline { text: s.clone(), ..Inline::default() }).ty, TypeRef::Primitive(_))
        }
        Value::Number(_) | Value::Null => false,
        Value::Array(items) => {
            items.first().is_some_and(|i| !matches!(shown_type(i), TypeRef::Primitive(Primitive::Json)))
        }
        Value::Bool(_) | Value::Object(_) => true,
    };
    if plain { value_type(value) } else { TypeRef::Primitive(Primitive::Json) }
}

/// `"personal | business | documentLibrary"`, `"dateOnly | dateTime"`: the values a string
/// takes, as JSON representations write an enum (two or more names, perhaps ending in
/// `...`): a string; `"true | false"`: a Boolean. Not names of types only (`"String | Int32"`).
pub(super) fn alternatives_type(s: &str) -> Option<TypeRef> {
    use crate::types::Primitive;
    let parts: Vec<&str> = s.split('|').map(str::trim).collect();
    let name = |p: &&str| {
        p.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && p.chars().all(|c| c.is_ascii_alphanumeric())
    };
    let names: Vec<&str> = parts.iter().copied().filter(name).collect();
    if names.len() < 2 || !parts.iter().all(|p| name(p) || *p == "..." || *p == "…") {
        return None;
    }
    if names.iter().all(|p| matches!(p.to_ascii_lowercase().as_str(), "true" | "false")) {
        return Some(TypeRef::Primitive(Primitive::Boolean));
    }
    let type_name = |p: &&str| {
        matches!(parse_type_cell(&Inline { text: p.to_string(), ..Inline::default() }).ty, TypeRef::Primitive(_))
    };
    (!names.iter().all(type_name)).then_some(TypeRef::Primitive(Primitive::String))
}
