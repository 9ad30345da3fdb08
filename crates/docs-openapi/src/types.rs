//! Graph's type names as the tables write them, and the one table that maps
//! primitives to OpenAPI types and formats.

use crate::markdown::Inline;

/// A primitive of the Graph (EDM) type system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Primitive {
    String,
    Boolean,
    Byte,
    SByte,
    Int16,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    Date,
    TimeOfDay,
    Duration,
    Guid,
    Binary,
    Stream,
    Json,
}

/// The OpenAPI shape of a primitive: `type` and optional `format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenApiType {
    pub ty: &'static str,
    pub format: Option<&'static str>,
}

/// Spellings (lower-cased, without `edm.`) → primitive → OpenAPI type and format.
/// The single place where Graph's primitive names are known.
const PRIMITIVES: &[(&str, Primitive, &str, Option<&str>)] = &[
    ("string", Primitive::String, "string", None),
    ("str", Primitive::String, "string", None),
    ("url", Primitive::String, "string", None),
    ("uri", Primitive::String, "string", None),
    // A cell saying only that the member is an enum (`| theme | `enum` |`) names no
    // type: on the wire it is a string.
    ("enum", Primitive::String, "string", None),
    ("boolean", Primitive::Boolean, "boolean", None),
    ("bool", Primitive::Boolean, "boolean", None),
    ("byte", Primitive::Byte, "integer", Some("uint8")),
    ("sbyte", Primitive::SByte, "integer", Some("int8")),
    ("int16", Primitive::Int16, "integer", Some("int16")),
    ("int32", Primitive::Int32, "integer", Some("int32")),
    ("int", Primitive::Int32, "integer", Some("int32")),
    ("integer", Primitive::Int32, "integer", Some("int32")),
    ("int64", Primitive::Int64, "integer", Some("int64")),
    ("long", Primitive::Int64, "integer", Some("int64")),
    ("single", Primitive::Single, "number", Some("float")),
    ("float", Primitive::Single, "number", Some("float")),
    ("double", Primitive::Double, "number", Some("double")),
    ("decimal", Primitive::Decimal, "number", Some("double")),
    // Dynamics 365 Business Central's pages.
    ("numeric", Primitive::Decimal, "number", Some("double")),
    ("number", Primitive::Double, "number", Some("double")),
    ("datetimeoffset", Primitive::DateTimeOffset, "string", Some("date-time")),
    ("datetime", Primitive::DateTimeOffset, "string", Some("date-time")),
    ("timestamp", Primitive::DateTimeOffset, "string", Some("date-time")),
    ("date", Primitive::Date, "string", Some("date")),
    // RFC 3339's `partial-time` (`23:59:00.0000000`): JSON Schema's `time` requires an offset.
    ("timeofday", Primitive::TimeOfDay, "string", Some("partial-time")),
    ("duration", Primitive::Duration, "string", Some("duration")),
    ("timespan", Primitive::Duration, "string", Some("duration")),
    ("guid", Primitive::Guid, "string", Some("uuid")),
    ("uuid", Primitive::Guid, "string", Some("uuid")),
    ("binary", Primitive::Binary, "string", Some("base64url")),
    ("stream", Primitive::Stream, "string", Some("binary")),
    ("json", Primitive::Json, "object", None),
    ("object", Primitive::Json, "object", None),
];

impl Primitive {
    /// Looks up a primitive by any of its spellings (`String`, `Edm.String`, `int32`...).
    pub fn lookup(name: &str) -> Option<Primitive> {
        let lower = name.trim().to_ascii_lowercase();
        let lower = lower.strip_prefix("edm.").unwrap_or(&lower);
        PRIMITIVES.iter().find(|(n, ..)| *n == lower).map(|(_, p, ..)| *p)
    }

    pub fn openapi(self) -> OpenApiType {
        let (_, _, ty, format) = PRIMITIVES.iter().find(|(_, p, ..)| *p == self).expect("every primitive has a row");
        OpenApiType { ty, format: *format }
    }

    /// Canonical spellings, for "did you mean" suggestions.
    pub fn names() -> impl Iterator<Item = &'static str> {
        [
            "String",
            "Boolean",
            "Byte",
            "Int16",
            "Int32",
            "Int64",
            "Single",
            "Double",
            "Decimal",
            "DateTimeOffset",
            "Date",
            "TimeOfDay",
            "Duration",
            "Guid",
            "Binary",
            "Stream",
            "Json",
        ]
        .into_iter()
    }
}

/// A type as written in a table cell.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    Primitive(Primitive),
    /// A named complex, entity or enum type (`deviceAndAppManagementAssignmentTarget`).
    Named(String),
    Collection(Box<TypeRef>),
    /// Nothing usable was written.
    Unknown(String),
}

impl TypeRef {
    /// The named type this refers to, through collections.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeRef::Named(n) => Some(n),
            TypeRef::Collection(inner) => inner.named(),
            _ => None,
        }
    }

    /// The named type this refers to, through collections, to rename it.
    pub fn named_mut(&mut self) -> Option<&mut String> {
        match self {
            TypeRef::Named(n) => Some(n),
            TypeRef::Collection(inner) => inner.named_mut(),
            _ => None,
        }
    }

    pub fn is_collection(&self) -> bool {
        matches!(self, TypeRef::Collection(_))
    }
}

/// How a type cell was written: the parsed type and whether it was a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeCell {
    pub ty: TypeRef,
    /// The link target, when the type was linked (`../resources/x.md`).
    pub link: Option<String>,
    /// The cell remarks the property is read-only (`String collection (readonly)`).
    pub read_only: bool,
}

/// Parses a type cell: `String`, `String collection`, `Collection(String)`,
/// `[x](../resources/x.md)`, `[x](x.md) collection`, `microsoft.graph.x`,
/// `Edm.Int32`, and free text such as `string (url)`.
pub fn parse_type_cell(cell: &Inline) -> TypeCell {
    // `[azureAdJoinPolicy (deprecated)](…) [azureADJoinSettings](…)`: the type that replaces the
    // deprecated one.
    let deprecated = |l: &&crate::markdown::Link| {
        l.text.to_ascii_lowercase().contains("(deprecated)")
            || cell.text.to_ascii_lowercase().contains(&format!("{} (deprecated)", l.text.to_ascii_lowercase()))
    };
    let chosen = match cell.links.first() {
        // Only a cell of several links has a replacement to offer (the check allocates).
        Some(first) if cell.links.len() > 1 && deprecated(&first) => {
            cell.links.iter().find(|l| !deprecated(l)).or(Some(first))
        }
        first => first,
    };
    let mut link = chosen.map(|l| l.target.clone());
    let mut text = cell.text.replace('`', "");
    text = text.replace('\\', "");
    if let Some(named) = unknown_type_mark(&text) {
        text = named;
    }
    if cell.links.is_empty()
        && let Some(named) = unresolved_reference(&text)
    {
        text = named;
    }
    let mut text = text.trim();
    let stem_named: String;
    // A link written backwards, `(teamsAppContext)[teamsappcontext.md]`: its text and target.
    if link.is_none()
        && let Some((name, target)) = text.strip_prefix('(').and_then(|t| t.strip_suffix(']')?.split_once(")["))
        && target.ends_with(".md")
    {
        link = Some(target.to_string());
        text = name.trim();
    }
    // A link without its brackets, `termstore-group(../resources/termstore-group.md)`.
    if link.is_none()
        && let Some((name, target)) = text.strip_suffix(')').and_then(|t| t.split_once('('))
        && link_stem(target).is_some()
        && !name.trim().is_empty()
    {
        link = Some(target.to_string());
        text = name.trim();
    }
    // A page's file name for its type (`termstore-set`, the page of `termStore.set`): a link to
    // that page, named by the type's own last part.
    let (inner_text, _) = collection_of(text);
    if let Some(own) = stem_as_name(inner_text)
        && let Some(at) = text.find(inner_text)
    {
        if link.is_none() {
            link = Some(format!("{inner_text}.md"));
        }
        stem_named = format!("{}{own}{}", &text[..at], &text[at + inner_text.len()..]);
        text = &stem_named;
    }
    // `(Optional) String`: a remark on the property, not part of its type.
    for remark in ["(optional)", "(required)"] {
        if text.len() > remark.len()
            && text.is_char_boundary(remark.len())
            && text[..remark.len()].eq_ignore_ascii_case(remark)
        {
            text = text[remark.len()..].trim_start();
        }
    }
    // `String collection (readonly)`, `String, read-only`: a remark after the type, which the
    // property's read-only mark takes.
    let mut read_only = false;
    for remark in ["(readonly)", "(read-only)", "(read only)", ", readonly", ", read-only", ", read only"] {
        if text.len() > remark.len()
            && text.is_char_boundary(text.len() - remark.len())
            && text[text.len() - remark.len()..].eq_ignore_ascii_case(remark)
        {
            text = text[..text.len() - remark.len()].trim_end();
            read_only = true;
        }
    }
    // A linked cell names its type in the link (`Collection of [tag](tag.md) objects. Read-only.`).
    let after_prose = if cell.links.is_empty() { type_after_prose(text) } else { None };
    // "Collection of dates on which the job runs. Date": a list of the later sentence's type.
    let prose_list = after_prose.is_some() && {
        let lower = text.to_ascii_lowercase();
        lower.starts_with("collection of ") || lower.starts_with("list of ")
    };
    let text = after_prose.unwrap_or(text);
    let (inner, mut collection) = collection_of(text);
    collection |= prose_list;
    let base = if let Some(l) = chosen.filter(|l| !l.text.trim().is_empty()) {
        let lt = l.text.replace('`', "");
        let (lt, _) = collection_of(lt.trim());
        let lt = stem_as_name(lt).unwrap_or(lt);
        if lt.eq_ignore_ascii_case("collection") {
            // `[Collection](../resources/accessPackageAnswer.md)`: a list of the linked page's type.
            collection = true;
            link_stem(&l.target).unwrap_or_default().to_string()
        } else {
            lt.to_string()
        }
    } else {
        inner.to_string()
    };
    // `(boolean or string or number)`: any of several primitives, any JSON value (Excel's row
    // values, cells of any kind).
    // One primitive written twice stays it.
    let alternatives: Vec<Option<Primitive>> = base
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .split(" or ")
        .map(|a| Primitive::lookup(a.trim()))
        .collect();
    let either = cell.links.is_empty()
        && alternatives.len() >= 2
        && alternatives.iter().all(Option::is_some)
        && alternatives.iter().any(|a| *a != alternatives[0]);
    let mut ty = if either { TypeRef::Primitive(Primitive::Json) } else { simple_type(&base) };
    if collection {
        ty = TypeRef::Collection(Box::new(ty));
    }
    TypeCell { ty, link, read_only }
}

/// A page's file name written as a type (`termstore-set`: lowercase words joined by hyphens,
/// which no type name has): the type's own name, its last word (`set`). Not words of a remark
/// or a media type (`read-only`, `octet-stream`).
fn stem_as_name(text: &str) -> Option<&str> {
    let (namespace, own) = text.rsplit_once('-')?;
    // Graph's namespaces in file names are words of six letters or more (`search`, `termstore`,
    // `callrecords`), not a remark's (`date-time`, `key-value`).
    if matches!(own, "only" | "stream" | "valued" | "level" | "encoded" | "based") || namespace.len() < 6 {
        return None;
    }
    let word = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    };
    (namespace.split('-').all(word) && word(own)).then_some(own)
}

/// The type a cell the docs' generator could not link names (`** Unknown Type
/// microsoft.intune.core.msGraph.zebraFotaConnectorState ** collection`): the qualified
/// name's last segment, the public type's name (a Graph name as any cell writes it), with
/// what follows the mark.
fn unknown_type_mark(text: &str) -> Option<String> {
    let t = text.trim().trim_start_matches('*').trim_start();
    let rest = t.get(.."unknown type".len()).filter(|h| h.eq_ignore_ascii_case("unknown type"))?;
    let rest = &t[rest.len()..];
    let (name, after) = rest.split_once("**").unwrap_or((rest, ""));
    let name = name.trim();
    // Graph's own names are read as any cell's (`microsoft.graph.security.x` is `security.x`);
    // another service's namespace is not the contract's.
    let name = if name.starts_with("microsoft.graph.") { name } else { name.rsplit('.').next()? };
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    identifier.then(|| format!("{name}{}", after.trim_end()))
}

/// A reference link whose definition the page lacks, left as written (`[listItemVersion][]
/// collection`, `[identitySet][id]`): its name with what follows it.
fn unresolved_reference(text: &str) -> Option<String> {
    let (name, rest) = text.trim().strip_prefix('[')?.split_once(']')?;
    let rest = match rest.strip_prefix('[') {
        Some(label) => label.split_once(']')?.1,
        None => rest,
    };
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    identifier.then(|| format!("{name}{rest}"))
}

/// A name of several words run together in camelCase (`voiceMethod`, `security.dataSource`),
/// not one word (`photo`, `users`).
pub(crate) fn is_camel_case(name: &str) -> bool {
    name.chars().skip(1).any(|c| c.is_ascii_uppercase())
}

/// `fine` spells `coarse`'s name telling more of its words apart (`attributeMappingFunctionSchema`
/// for a link's `attributemappingFunctionSchema`): the same letters, each capital of `coarse` a
/// capital of `fine`, and more of them; the first letter's case aside (a sentence's capital).
pub(crate) fn spells_more_words(fine: &str, coarse: &str) -> bool {
    fn rest(s: &str) -> &[u8] {
        s.as_bytes().get(1..).unwrap_or_default()
    }
    let capitals = |s: &[u8]| s.iter().filter(|b| b.is_ascii_uppercase()).count();
    let (f, c) = (rest(fine), rest(coarse));
    fine.len() == coarse.len()
        && fine.eq_ignore_ascii_case(coarse)
        && f.iter().zip(c).all(|(f, c)| !c.is_ascii_uppercase() || f.is_ascii_uppercase())
        && capitals(f) > capitals(c)
}

/// A camelCase name's words, lowercase: each capital begins one (`aXYB`: a, x, y, b), as the
/// spellings compared here write them.
fn camel_words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, c) in name.char_indices() {
        if i == 0 || c.is_ascii_uppercase() {
            out.push(String::new());
        }
        if let Some(w) = out.last_mut() {
            w.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// Whether the name `long` (its namespace aside) ends with `short` as whole words after words of
/// its own, in any letter case: `simulationContentSource` and `source`, `workbookRange` and
/// `range`; not `orange`, nor `range` itself.
pub(crate) fn ends_with_words(long: &str, short: &str) -> bool {
    let long = long.rsplit('.').next().unwrap_or(long);
    let Some(at) = long.len().checked_sub(short.len()).filter(|&at| at > 0 && long.is_char_boundary(at)) else {
        return false;
    };
    long[at..].eq_ignore_ascii_case(short) && long.as_bytes()[at].is_ascii_uppercase()
}

/// `short` names `long` with some of its words left out, its first and last kept
/// (`accessPackageReviewSettings` for `accessPackageAssignmentReviewSettings`): a shorthand, not
/// another type (a name adding words, `invitationParticipantInfo`, is a type of its own).
pub(crate) fn omits_words(short: &str, long: &str) -> bool {
    let (s, l) = (camel_words(short), camel_words(long));
    if s.len() < 2 || s.len() >= l.len() || s.first() != l.first() || s.last() != l.last() {
        return false;
    }
    let mut rest = l.iter();
    s.iter().all(|w| rest.any(|x| x == w))
}

/// `written` is `name` with one letter of one of its words dropped, added, changed or two
/// swapped (`maiboxRestoreArtifact` for `mailboxRestoreArtifact`): a typo, not another type.
/// Not a word's plural (`usersSet`, `workbookChartAxes` beside `workbookChartAxis`), nor a name
/// of one word.
pub(crate) fn misspells(written: &str, name: &str) -> bool {
    // `axis`, `axes`: one word, singular and plural.
    let plural_of = |one: &str, many: &str| one.strip_suffix("is").is_some_and(|s| many.strip_suffix("es") == Some(s));
    let (w, n) = (camel_words(written), camel_words(name));
    if w.len() != n.len() || w.len() < 2 {
        return false;
    }
    let mut differing = w.iter().zip(&n).filter(|(a, b)| a != b);
    match (differing.next(), differing.next()) {
        (Some((a, b)), None) => {
            a.len() >= 4
                && b.len() >= 4
                && a.trim_end_matches('s') != b.trim_end_matches('s')
                && !plural_of(a, b)
                && !plural_of(b, a)
                && strsim::damerau_levenshtein(a, b) == 1
        }
        _ => false,
    }
}

/// The file stem of a link to a page, as written: `../resources/teamsTab.md#x` → `teamsTab`.
pub(crate) fn link_stem(target: &str) -> Option<&str> {
    let path = target.split(['#', '?']).next()?;
    let file = path.rsplit('/').next()?;
    let (stem, extension) = file.split_at_checked(file.len().checked_sub(3)?)?;
    (extension.eq_ignore_ascii_case(".md") && !stem.is_empty() && !path.starts_with("http")).then_some(stem)
}

/// A cell whose first sentence is prose and a later one a primitive type ("Moment in time
/// when the resource was created.  DateTimeOffset"): that type.
fn type_after_prose(text: &str) -> Option<&str> {
    let mut sentences = text.split(". ");
    let first = sentences.next()?;
    let words = first.split_whitespace().count();
    let first_word = first.split(|c: char| c.is_whitespace() || matches!(c, '(' | ',' | ';')).next()?;
    if words < 3 || Primitive::lookup(first_word.trim_end_matches('.')).is_some() {
        return None;
    }
    sentences.map(|s| s.trim().trim_end_matches('.')).find(|s| {
        let (inner, _) = collection_of(s);
        !inner.contains(char::is_whitespace) && matches!(simple_type(inner), TypeRef::Primitive(_))
    })
}

fn collection_of(text: &str) -> (&str, bool) {
    // `[educationOutcome](…) collection. Holds grades …`: a description run into the cell.
    let t = text.split(". ").next().unwrap_or(text).trim().trim_end_matches('.');
    let lower = t.to_ascii_lowercase();
    // A bare `Array`: a list of any JSON values.
    if lower == "array" {
        return ("Json", true);
    }
    if let Some(rest) = lower.strip_prefix("collection of ") {
        return (singular_primitive(t[t.len() - rest.len()..].trim()), true);
    }
    // `Collection (Guid)`: a space before the parenthesis too.
    let spaced = lower.strip_prefix("collection").filter(|r| r.trim_start().starts_with('('));
    if let Some(after_word) = spaced {
        let rest = &t[t.len() - after_word.trim_start().len() + 1..];
        let (inner, after) = rest.split_once(')').unwrap_or((rest, ""));
        // `Collection(string) of microsoft.graph.security.auditLogRecordType`: the type the
        // strings are, named after "of".
        if let Some(named) =
            after.trim().strip_prefix("of ").map(str::trim).filter(|n| !n.is_empty() && !n.contains(' '))
        {
            return (named, true);
        }
        return (inner.trim(), true);
    }
    // `List<[Group](group.md)>` (beta's older invitation page): a list in C#'s words.
    if lower.starts_with("list<") && lower.ends_with('>') {
        return (t["list<".len()..t.len() - 1].trim(), true);
    }
    for suffix in [" collection", " array", "[]"] {
        if lower.ends_with(suffix) {
            return (t[..t.len() - suffix.len()].trim(), true);
        }
    }
    // The word misspelled by a letter (`[identity](…) collectionn`, `String colection`).
    if let Some((head, last)) = lower.rsplit_once(' ')
        && last.len() >= "collection".len() - 1
        && strsim::damerau_levenshtein(last, "collection") == 1
    {
        return (t[..head.len()].trim(), true);
    }
    (t, false)
}

/// `strings` in `collection of strings`: a primitive's plural is the primitive.
fn singular_primitive(name: &str) -> &str {
    match name.strip_suffix('s') {
        Some(one) if Primitive::lookup(name).is_none() && Primitive::lookup(one).is_some() => one,
        _ => name,
    }
}

/// A single type name (no collection wrapper) → primitive or named type.
fn simple_type(text: &str) -> TypeRef {
    // "string (url)", "String, nullable", "String. Read-only." → first word.
    let word = text
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ',' | ';'))
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .trim_end_matches('.');
    if word.is_empty() {
        return TypeRef::Unknown(text.to_string());
    }
    if let Some(p) = Primitive::lookup(word) {
        return TypeRef::Primitive(p);
    }
    // "Untyped JSON object", "Untyped": any JSON value.
    if word.eq_ignore_ascii_case("untyped") {
        return TypeRef::Primitive(Primitive::Json);
    }
    let name = word
        .strip_prefix("microsoft.graph.")
        .or_else(|| word.strip_prefix("Microsoft.Graph."))
        .or_else(|| word.strip_prefix("graph."))
        .unwrap_or(word);
    if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        TypeRef::Named(name.to_string())
    } else {
        TypeRef::Unknown(text.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::Link;

    fn cell(text: &str) -> Inline {
        Inline { text: text.into(), ..Inline::default() }
    }

    #[test]
    fn a_type_the_docs_could_not_link_is_named_by_its_last_segment() {
        let mark = "** Unknown Type `microsoft.intune.core.msGraph.zebraFotaConnectorState` **";
        assert_eq!(parse_type_cell(&cell(mark)).ty, TypeRef::Named("zebraFotaConnectorState".into()));
        let list = "** Unknown Type `microsoft.intune.core.msGraph.androidFotaDeploymentAssignment` ** collection";
        assert_eq!(
            parse_type_cell(&cell(list)).ty,
            TypeRef::Collection(Box::new(TypeRef::Named("androidFotaDeploymentAssignment".into())))
        );
        // Nothing after the mark, or no name: no type read.
        assert!(matches!(parse_type_cell(&cell("** Unknown Type **")).ty, TypeRef::Unknown(_)));
    }

    #[test]
    fn several_primitives_joined_by_or_are_any_json() {
        // beta's table row add: `values | (boolean or string or number)`.
        let json = TypeRef::Primitive(Primitive::Json);
        assert_eq!(parse_type_cell(&cell("(boolean or string or number)")).ty, json);
        assert_eq!(parse_type_cell(&cell("String or Int32")).ty, json);
        // A name that is no primitive keeps the cell's reading.
        assert_ne!(parse_type_cell(&cell("String or [user](user.md)")).ty, json);
        assert_eq!(parse_type_cell(&cell("String or String")).ty, TypeRef::Primitive(Primitive::String));
    }

    #[test]
    fn a_page_s_file_name_for_a_type_links_that_page() {
        // The older term store pages: `| set | termstore-set | …`, and a link without its brackets.
        let set = parse_type_cell(&cell("termstore-set"));
        assert_eq!((set.ty, set.link.as_deref()), (TypeRef::Named("set".into()), Some("termstore-set.md")));
        let group = parse_type_cell(&cell("termstore-group(../resources/termstore-group.md)"));
        assert_eq!(
            (group.ty, group.link.as_deref()),
            (TypeRef::Named("group".into()), Some("../resources/termstore-group.md"))
        );
        let terms = parse_type_cell(&cell("termstore-term collection"));
        assert_eq!(terms.ty, TypeRef::Collection(Box::new(TypeRef::Named("term".into()))));
        let spaced = parse_type_cell(&cell("Collection (Guid)"));
        assert_eq!(spaced.ty, TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Guid))));
        let listed = parse_type_cell(&crate::markdown::Inline {
            text: "List<Group>".into(),
            links: vec![crate::markdown::Link { text: "Group".into(), target: "group.md".into() }],
            span: Default::default(),
        });
        assert_eq!(listed.ty, TypeRef::Collection(Box::new(TypeRef::Named("Group".into()))));
        assert_eq!(
            parse_type_cell(&cell("List<String>")).ty,
            TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)))
        );
        let written = parse_type_cell(&cell("Collection(termstore-term)"));
        assert_eq!(written.ty, TypeRef::Collection(Box::new(TypeRef::Named("term".into()))));
        // No panic on a name after text of wide characters.
        let _ = parse_type_cell(&cell("Collection(éé) of abcd-efghijk"));
        // Words of prose or a written type are no file name.
        assert!(matches!(parse_type_cell(&cell("read-only")).ty, TypeRef::Unknown(_)));
        assert!(matches!(parse_type_cell(&cell("octet-stream")).ty, TypeRef::Unknown(_)));
        for remark in ["date-time", "key-value", "base64-encoded"] {
            assert_eq!(parse_type_cell(&cell(remark)).link, None, "{remark}");
        }
        assert_eq!(parse_type_cell(&cell("String (read-only)")).link, None);
        assert!(matches!(parse_type_cell(&cell("string/number")).ty, TypeRef::Unknown(_)));
    }

    #[test]
    fn a_reference_link_the_page_does_not_define_names_its_type() {
        // The older SharePoint pages: `[listItemVersion][] collection` without `[listItemVersion]: …`.
        assert_eq!(
            parse_type_cell(&cell("[listItemVersion][] collection")).ty,
            TypeRef::Collection(Box::new(TypeRef::Named("listItemVersion".into())))
        );
        assert_eq!(parse_type_cell(&cell("[identitySet][id]")).ty, TypeRef::Named("identitySet".into()));
        // Not a name: no type read (`[]` after it still says "a list").
        assert_eq!(
            parse_type_cell(&cell("[not a name][]")).ty,
            TypeRef::Collection(Box::new(TypeRef::Unknown("[not a name]".into())))
        );
    }

    #[test]
    fn a_cell_saying_only_enum_is_a_string_not_a_type_named_enum() {
        assert_eq!(parse_type_cell(&cell("`enum`")).ty, TypeRef::Primitive(Primitive::String));
        assert_eq!(parse_type_cell(&cell("Enum")).ty, TypeRef::Primitive(Primitive::String));
    }

    #[test]
    fn a_bare_array_is_a_list_of_any_values() {
        assert_eq!(
            parse_type_cell(&cell("Array")).ty,
            TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Json)))
        );
    }

    #[test]
    fn a_type_after_a_sentence_of_prose() {
        let cell = cell("Moment in time when the resource was created.  DateTimeOffset");
        assert_eq!(parse_type_cell(&cell).ty, TypeRef::Primitive(Primitive::DateTimeOffset));
        assert_eq!(
            parse_type_cell(&super::tests::cell("Names the user gave. String collection")).ty,
            TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)))
        );
        // A type first, its description after: the type.
        assert_eq!(
            parse_type_cell(&super::tests::cell("Int32. The count of items.")).ty,
            TypeRef::Primitive(Primitive::Int32)
        );
        assert_eq!(
            parse_type_cell(&super::tests::cell("Collection of dates on which the job runs. Date")).ty,
            TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Date)))
        );
        // A linked cell: the link's type, as a list where the cell says so.
        let linked = Inline {
            text: "Collection of tag objects. Read-only. Object".into(),
            links: vec![Link { text: "tag".into(), target: "tag.md".into() }],
            ..Inline::default()
        };
        assert_eq!(parse_type_cell(&linked).ty, TypeRef::Collection(Box::new(TypeRef::Named("tag".into()))));
        // Prose naming no primitive after it stays what it was.
        assert!(matches!(parse_type_cell(&super::tests::cell("Some free text here. More text")).ty, TypeRef::Named(_)));
    }

    #[test]
    fn a_deprecated_link_beside_its_replacement_is_not_the_type() {
        // beta's deviceRegistrationPolicy: `[azureAdJoinPolicy (deprecated)](…) [azureADJoinSettings](…)`.
        let links = |first: &str| Inline {
            text: format!("{first} azureADJoinSettings"),
            links: vec![
                Link { text: first.into(), target: "../resources/azureadjoinpolicy.md".into() },
                Link { text: "azureADJoinSettings".into(), target: "../resources/azureadjoinsettings.md".into() },
            ],
            ..Inline::default()
        };
        let cell = parse_type_cell(&links("azureAdJoinPolicy (deprecated)"));
        assert_eq!(cell.ty, TypeRef::Named("azureADJoinSettings".into()));
        assert_eq!(cell.link.as_deref(), Some("../resources/azureadjoinsettings.md"));
        // Without the mark, the first link.
        assert_eq!(parse_type_cell(&links("azureAdJoinPolicy")).ty, TypeRef::Named("azureAdJoinPolicy".into()));
    }

    #[test]
    fn a_remark_before_the_type_is_not_the_type() {
        assert_eq!(parse_type_cell(&cell("(Optional) String")).ty, TypeRef::Primitive(Primitive::String));
        assert_eq!(
            parse_type_cell(&cell("(required) Int32 collection")).ty,
            TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Int32)))
        );
    }

    #[test]
    fn a_collection_of_a_primitives_plural_is_a_list_of_it() {
        let strings = TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)));
        assert_eq!(parse_type_cell(&cell("collection of strings")).ty, strings);
        // The word misspelled by a letter (v1.0's external group members, "collectionn").
        assert_eq!(parse_type_cell(&cell("String collectionn")).ty, strings);
        assert_eq!(parse_type_cell(&cell("String colection")).ty, strings);
        assert_eq!(parse_type_cell(&cell("String collections")).ty, strings);
        assert_eq!(
            parse_type_cell(&cell("Collection of Int32s")).ty,
            TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Int32)))
        );
        // A type whose name ends in `s` is not a plural.
        assert_eq!(
            parse_type_cell(&cell("collection of settings")).ty,
            TypeRef::Collection(Box::new(TypeRef::Named("settings".into())))
        );
    }

    #[test]
    fn primitives_in_all_spellings() {
        for (s, p) in [
            ("String", Primitive::String),
            ("Edm.Int64", Primitive::Int64),
            ("guid", Primitive::Guid),
            ("GUID", Primitive::Guid),
            ("DateTimeOffset", Primitive::DateTimeOffset),
            ("TimeOfDay", Primitive::TimeOfDay),
        ] {
            assert_eq!(parse_type_cell(&cell(s)).ty, TypeRef::Primitive(p), "{s}");
        }
        assert_eq!(Primitive::Int32.openapi(), OpenApiType { ty: "integer", format: Some("int32") });
        assert_eq!(Primitive::DateTimeOffset.openapi().format, Some("date-time"));
        // A time of day has no offset (`23:59:00.0000000`): not JSON Schema's `time`, which needs one.
        assert_eq!(Primitive::TimeOfDay.openapi().format, Some("partial-time"));
    }

    #[test]
    fn a_link_reading_collection_is_a_list_of_the_linked_type() {
        let linked = Inline {
            text: "Collection".into(),
            links: vec![Link { text: "Collection".into(), target: "../resources/accessPackageAnswer.md".into() }],
            ..Inline::default()
        };
        let ty = parse_type_cell(&linked).ty;
        assert_eq!(ty, TypeRef::Collection(Box::new(TypeRef::Named("accessPackageAnswer".into()))));
    }

    #[test]
    fn a_link_written_backwards_is_read() {
        let cell = parse_type_cell(&cell("(teamsAppContext)[teamsappcontext.md]"));
        assert_eq!(cell.ty, TypeRef::Named("teamsAppContext".into()));
        assert_eq!(cell.link.as_deref(), Some("teamsappcontext.md"));
    }

    #[test]
    fn collections_links_and_free_text() {
        let coll = |t| TypeRef::Collection(Box::new(t));
        assert_eq!(parse_type_cell(&cell("String collection")).ty, coll(TypeRef::Primitive(Primitive::String)));
        assert_eq!(parse_type_cell(&cell("Collection(Edm.Guid)")).ty, coll(TypeRef::Primitive(Primitive::Guid)));
        assert_eq!(
            parse_type_cell(&cell("Collection(string) of microsoft.graph.security.auditLogRecordType")).ty,
            coll(TypeRef::Named("security.auditLogRecordType".into()))
        );
        assert_eq!(parse_type_cell(&cell("Collection of String")).ty, coll(TypeRef::Primitive(Primitive::String)));
        assert_eq!(parse_type_cell(&cell("string (url)")).ty, TypeRef::Primitive(Primitive::String));
        let linked = Inline {
            text: "user collection".into(),
            links: vec![Link { text: "user".into(), target: "user.md".into() }],
            ..Inline::default()
        };
        let c = parse_type_cell(&linked);
        assert_eq!(c.ty, coll(TypeRef::Named("user".into())));
        assert_eq!(c.link.as_deref(), Some("user.md"));
        assert_eq!(parse_type_cell(&cell("microsoft.graph.user")).ty, TypeRef::Named("user".into()));
        let described = Inline {
            text: "educationOutcome collection. Holds grades, feedback and/or rubrics".into(),
            links: vec![Link { text: "educationOutcome".into(), target: "educationOutcome.md".into() }],
            ..Inline::default()
        };
        assert_eq!(parse_type_cell(&described).ty, coll(TypeRef::Named("educationOutcome".into())));
        assert_eq!(parse_type_cell(&cell("String. Read-only.")).ty, TypeRef::Primitive(Primitive::String));
        assert!(matches!(parse_type_cell(&cell("")).ty, TypeRef::Unknown(_)));
    }

    #[test]
    fn an_unknown_type_mark_keeps_a_graph_sub_namespace() {
        // A cell naming `microsoft.graph.security.auditLogQueryStatus` reads `security.auditLogQueryStatus`
        // (the name the contract gives the type its page defines); the mark reads `auditLogQueryStatus`,
        // and `microsoft.graph.termStore.group` reads `group`, another type.
        for name in ["microsoft.graph.security.auditLogQueryStatus", "microsoft.graph.termStore.group"] {
            let plain = parse_type_cell(&cell(name)).ty;
            let marked = parse_type_cell(&cell(&format!("** Unknown Type `{name}` **"))).ty;
            assert_eq!(marked, plain, "{name}");
        }
    }
}
