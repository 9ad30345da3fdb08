//! The "Request body" section: the body's table, media type and whether it is required.

use super::says_optional;
use crate::diagnostic::Diagnostic;
use crate::extract::text::{resource_link, says_required, says_required_sometimes, unlinked_representation};
use crate::extract::types::{is_property_table, is_value_typed_table, table_properties};
use crate::extract::{PageOutput, Reference};
use crate::markdown::Block;
use crate::model::{Origin, Property, Shape};
use crate::page::{Page, Section};
use crate::types::{Primitive, TypeRef};

/// What a page's "Request body" section says.
#[derive(Default)]
pub(in crate::extract) struct RequestBody {
    /// The body's shape, when the section names a type or lists properties.
    pub(in crate::extract) shape: Option<Shape>,
    /// The properties table and where it is.
    pub(in crate::extract) table: Option<(Vec<Property>, usize)>,
    /// "Do not supply a request body", "This API does not require any request body".
    pub(in crate::extract) none: bool,
    /// Other types the linking sentence offers ("[x], [y] or [z]").
    pub(in crate::extract) either: Vec<String>,
    /// The body may be left out: every row of its table is optional, or the prose
    /// says when not to supply it.
    pub(in crate::extract) omissible: bool,
    /// The prose says the body is optional ("you can optionally provide the reason").
    pub(in crate::extract) optional: bool,
    /// The type the body's sentence names only in bold ("supply a JSON representation of
    /// **customerPayments** object"), when nothing else describes the body: resolution
    /// types the body with it where a page defines it.
    pub(in crate::extract) named_in_bold: Option<String>,
    /// The rows of a table beside a link to the body's type that mark themselves required one
    /// by one ("Required.", a Required column, or left unmarked beside rows marked optional:
    /// `(Optional) String` cells, "Optional." rows under "the properties that are required when
    /// you create"), not read-only, and a member "Only the body property is mandatory" names:
    /// what a create must send of the type. Not rows a sentence calls required all together
    /// with none marked optional (Intune's sentence above every member). Without a table or
    /// a link, the members a sentence demands ("In the request body, supply the
    /// **reactionType** …"), for the body the example shows.
    pub(in crate::extract) marked_required: Vec<String>,
    /// The table lists an action's parameters (an action's page, `|Parameter|…|`): what the call
    /// needs, not an entity's members an update sends as they change.
    pub(in crate::extract) action: bool,
}

/// Reads the "Request body" section.
pub(in crate::extract) fn request_body(
    page: &Page<'_>,
    out: &mut PageOutput,
    diags: &mut Vec<Diagnostic>,
) -> RequestBody {
    let mut body = read_request_body(page, out, diags);
    let rows_optional = body.table.as_ref().is_some_and(|(rows, _)| {
        !rows.is_empty()
            && rows.iter().all(|r| {
                !r.required
                    && r.description.as_deref().is_some_and(|d| {
                        says_optional(d) || crate::extract::text::may_be_omitted(&d.to_ascii_lowercase())
                    })
            })
    });
    let mut paragraphs: Vec<String> = Vec::new();
    // "Only the body property is mandatory, other properties are optional." (channel messages);
    // "The request body must contain **displayName** and **appId**."
    let mut mandatory: Vec<String> = Vec::new();
    if let Some(section) = request_body_section(page) {
        // After "You must include the following properties:", the bullets naming them.
        let mut demands_list = false;
        for (_, b) in section.iter() {
            // A table or code block ends the list a sentence introduced.
            if !matches!(b, Block::Paragraph(_)) {
                demands_list = false;
            }
            if let Block::Paragraph(p) = b {
                // The paragraph as written: its bold names are marks the text drops.
                let written = page.source.text().get(p.span.start..p.span.end).unwrap_or(&p.text);
                let bullet = demands_list.then(|| listed_member(page, p)).flatten();
                demands_list = bullet.is_some() || introduces_demanded_list(&p.text);
                let named = only_member_required(&p.text)
                    .into_iter()
                    .chain(members_demanded(written))
                    .chain(members_said_required(written))
                    .chain(bullet.map(str::to_string));
                for name in named {
                    if !mandatory.contains(&name) {
                        mandatory.push(name);
                    }
                }
                paragraphs.push(p.text.to_ascii_lowercase());
            }
        }
    }
    // "> **Note**: Only the APIs for *admin* support request body." (v1.0's Cloud PC reprovision, whose
    // `/me` example sends none): some of the lines take no body, so none requires one.
    let some_lines_only = |p: &String| {
        crate::extract::text::sentences(p).any(|s| {
            s.contains("only the api") && (s.contains("support request body") || s.contains("support a request body"))
        })
    };
    body.optional = paragraphs.iter().any(some_lines_only) || paragraphs.iter().any(|p| {
        // Not "the properties that can be optionally provided": the members, not the body.
        // "No request body is required. However, you can specify …" (upload sessions).
        ["optionally provide", "optionally supply", "request body is optional", "no request body is required"]
            .iter()
            .any(|w| p.match_indices(w).any(|(at, _)| !p[at + w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())))
            // "In the request body, you can optionally include a JSON representation of …": the
            // body's own sentence, not one about a member's objects.
            || crate::extract::text::sentences(p).any(|s| {
                s.trim_start().starts_with("in the request body")
                    && (s.contains("optionally include a json representation")
                        // "In the request body, provide an optional `passwordCredential` object …"
                        || s.contains("provide an optional ")
                        || s.contains("supply an optional "))
            })
    });
    // "… permissions can be omitted in the request body"; "The following table lists additional
    // parameters that can be used with the upgrade action."; "It's okay to send an empty body if
    // none are needed" (OneNote's copy actions).
    let may_be_left_out = |p: &String| {
        [
            "can be omitted in the request body",
            "can be omitted from the request body",
            "additional parameters that can be used",
            "okay to send an empty body",
        ]
        .iter()
        .any(|w| p.contains(w))
    };
    // "If no payload is provided when you create the restore session, the request creates an
    // empty `standard` restore session by default." (in the lead or the section): optional.
    // (Not one saying the request then fails: "…, the request fails with a `400 Bad Request` error.")
    let without_payload = |p: &str| {
        crate::extract::text::sentences(p).any(|s| {
            ["if no payload is", "if no request body is"].iter().any(|w| s.contains(w))
                && !["error", "fail", "400", "bad request"].iter().any(|w| s.contains(w))
        })
    };
    body.optional |= paragraphs.iter().any(|p| without_payload(p))
        || page.lead_paragraphs().any(|p| without_payload(&p.text.to_ascii_lowercase()));
    body.omissible = rows_optional
        || body.optional
        || paragraphs.iter().any(|p| says_not_to_supply(p))
        || paragraphs.iter().any(may_be_left_out);
    for name in mandatory {
        match &mut body.shape {
            Some(Shape::Type(TypeRef::Named(_))) if !body.marked_required.contains(&name) => {
                body.marked_required.push(name)
            }
            Some(Shape::Object(props)) => {
                for p in props.iter_mut().filter(|p| p.name == name && !p.read_only) {
                    p.required = true;
                }
            }
            // No table nor link: the body its example shows carries them (`extract::api`).
            None if !body.marked_required.contains(&name) => body.marked_required.push(name),
            _ => {}
        }
    }
    // "You must specify the **@odata.type** property to specify the type of … to update":
    // a body the page lists inline carries it, required; a linked type's create or update requires it
    // as it does the rows marked required ("the `@odata.type=#microsoft.graph.sitePage` must
    // be included in the request body").
    let title = page.title.to_ascii_lowercase();
    let demanded =
        paragraphs.iter().flat_map(|p| crate::extract::text::sentences(p)).any(|s| demands_odata_type(s, &title));
    if demanded && matches!(body.shape, Some(Shape::Type(TypeRef::Named(_)))) {
        body.marked_required.insert(0, "@odata.type".to_string());
    }
    if let Some(Shape::Object(props)) = &mut body.shape
        && demanded
    {
        match props.iter_mut().find(|p| p.name == "@odata.type") {
            Some(p) => p.required = true,
            None => {
                let origin = props.first().map_or(Origin { file: page.file, offset: 0 }, |p| p.origin);
                props.insert(
                    0,
                    Property {
                        description: Some("The type of the object sent (the page requires it).".into()),
                        ..Property::required("@odata.type", TypeRef::Primitive(Primitive::String), origin)
                    },
                );
            }
        }
    }
    body
}

/// The names of the rows marked required that a caller may send (not read-only).
fn required_rows(props: &[Property]) -> Vec<String> {
    props.iter().filter(|p| p.required && !p.read_only).map(|p| p.name.clone()).collect()
}

/// A row description marking itself optional: a sentence "Optional." of its own, or "(Optional)".
fn marked_optional(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    lower.contains("(optional)")
        || crate::extract::text::sentences(&lower).any(|s| s.trim().trim_end_matches(['.', ' ']) == "optional")
}

/// The member a sentence calls the only one required: "Only the body property is mandatory,
/// other properties are optional.", "Only the `body` property is required.", "The only
/// required property is `templateId`.", "`templateId` is the only required property."
/// Not under a condition ("Only the `displayName` property is required if you create …").
fn only_member_required(text: &str) -> Option<String> {
    const KINDS: [&str; 3] = ["property", "member", "parameter"];
    crate::extract::text::sentences(text).find_map(|sentence| {
        let sentence = sentence.trim_start().trim_end_matches(|c: char| c == '.' || c.is_whitespace());
        let lower = sentence.to_ascii_lowercase();
        let (name, rest) = if let Some(after) = lower.strip_prefix("only the ") {
            // "Only the `body` property is required …"
            let (name, after) = after.split_once(' ')?;
            let said = KINDS.iter().find_map(|k| {
                ["is mandatory", "is required"].iter().find_map(|v| after.strip_prefix(&format!("{k} {v}")))
            })?;
            (name, said)
        } else if let Some(after) = lower.strip_prefix("the only required ") {
            // "The only required property is `templateId`."
            let after = KINDS.iter().find_map(|k| after.strip_prefix(k))?.strip_prefix(" is ")?;
            after.split_once(' ').unwrap_or((after, ""))
        } else if let Some((name, after)) = lower.split_once(' ')
            && let Some(after) = after.strip_prefix("is the only required ")
        {
            // "`templateId` is the only required property."
            (name, KINDS.iter().find_map(|k| after.strip_prefix(k))?)
        } else {
            // "Id is the only property that can be specified and it is required." (v1.0's domain
            // create): the only one sent, and required; not "… that can be updated".
            let (name, after) = lower.split_once(' ')?;
            let rest = KINDS.iter().find_map(|k| after.strip_prefix("is the only ")?.strip_prefix(k))?;
            let required =
                [" it is required", " it's required", " and is required", " and required", " that is required"]
                    .iter()
                    .any(|w| rest.ends_with(w));
            (name, if required { rest } else { return None })
        };
        let rest = format!(" {rest} ");
        let condition = [" if ", " when ", " unless ", " only ", " for "].iter().any(|w| rest.contains(w));
        // The name as written (the sentence lowered to be read).
        let at = lower.find(name)?;
        let written = &sentence[at..at + name.len()];
        let name = written.trim_matches(['`', '*', ',']);
        // A bare name opening the sentence takes a capital the member does not have ("Id is …"), and
        // the key is often written "ID".
        let name = match name.chars().next() {
            _ if at == 0 && written == name && name == "ID" => "id".to_string(),
            Some(c)
                if at == 0
                    && written == name
                    && c.is_ascii_uppercase()
                    && !name[1..].starts_with(|c: char| c.is_ascii_uppercase()) =>
            {
                format!("{}{}", c.to_ascii_lowercase(), &name[1..])
            }
            _ => name.to_string(),
        };
        let name = name.as_str();
        let article =
            ["the", "a", "an", "one", "it", "this", "that", "which"].contains(&name.to_ascii_lowercase().as_str());
        (!condition && !article && crate::extract::is_type_name(name)).then(|| name.to_string())
    })
}

/// The members a sentence says the body must carry, in bold or code: "The request body must
/// contain **displayName** and **agentIdentityBlueprintAppId**.", "You must specify the
/// **displayName** property and **sponsors** relationship." Not `@odata.type` (see
/// [`demands_odata_type`]), nor under a condition ("If …", "When …", "… when you …").
fn members_demanded(text: &str) -> Vec<String> {
    const DEMANDS: [&str; 6] =
        ["must contain ", "must include ", "must specify ", "must provide ", "must supply ", "supply the "];
    let mut names = Vec::new();
    for sentence in crate::extract::text::sentences(text) {
        // "**must** contain" as "must contain": the stress marks blanked, keeping every offset.
        let lower =
            sentence.trim_start().to_ascii_lowercase().replace("**must** ", "    must ").replace("_must_ ", "  must ");
        // "Supply the …" as the sentence's command, the member its object ("In the request body,
        // supply the **reactionType** as unicode."), not what one can or may do, nor a value for
        // it ("supply the new value for the **roles** property"); a demand after it still counts.
        let command = |at: usize, demand: &str| {
            demand != "supply the "
                || (matches!(lower[..at].trim_end(), "" | "in the request body,")
                    && lower[at + demand.len()..].starts_with(['*', '`']))
        };
        let Some((at, demand)) = DEMANDS
            .iter()
            .flat_map(|d| lower.match_indices(*d).map(move |(at, _)| (at, *d)))
            .filter(|&(at, d)| command(at, d))
            .min()
        else {
            continue;
        };
        // Not under a condition, nor a purpose ("For a non-administrator user to cancel their
        // own request, the request must contain …").
        let conditional = [" if ", " when ", " unless "].iter().any(|w| lower.contains(w));
        let head = &lower[..at];
        let purpose =
            ["if ", "when ", "for ", "to ", "unless "].iter().any(|w| head.starts_with(w)) && head.contains(',');
        if conditional || purpose || lower.starts_with("if ") || lower.starts_with("when ") {
            continue;
        }
        let start = sentence.len() - sentence.trim_start().len() + at + demand.len();
        let rest = &sentence[start..];
        // Not what it says to leave out ("… `phoneNumber` and `phoneType`, but not `smsSignInState`").
        let rest_lower = rest.to_ascii_lowercase();
        // Nor the fields of the member's own object ("the `vendorInformation` property with valid
        // `provider` and `vendor` fields").
        let end = [" but not ", " except ", ", not ", " with "].iter().filter_map(|w| rest_lower.find(w)).min();
        let rest = end.map_or(rest, |end| &rest[..end]);
        // One member or another ("supply the **body** or **subject**"): neither alone.
        if rest_lower[..rest.len()].contains(" or ") {
            continue;
        }
        // The marked names, up to the sentence's end: `**x**`, else `` `x` `` (where nothing is in
        // bold); not a value a name is given ("a **requestStatus** with a value of `cancelled`").
        let mut found = Vec::new();
        for (open, close) in [("**", "**"), ("`", "`")] {
            if open == "`" && !found.is_empty() {
                break;
            }
            let mut tail = rest;
            while let Some(i) = tail.find(open) {
                let before = tail[..i].trim_end().to_ascii_lowercase();
                let after = &tail[i + open.len()..];
                let Some(j) = after.find(close) else { break };
                let name = &after[..j];
                let a_value = ["value of", "value", "set to", "equal to", "="].iter().any(|w| before.ends_with(w));
                if name != "@odata.type"
                    && !a_value
                    && !name.is_empty()
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && name.starts_with(|c: char| c.is_ascii_lowercase())
                    && !found.iter().any(|n: &String| n == name)
                {
                    found.push(name.to_string());
                }
                tail = &after[j + close.len()..];
            }
        }
        for name in found {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The members a sentence of their own says are required: "The **name** property is a required
/// property.", "**displayName** and **mailNickname** are required." The sentence is the names
/// (in bold or code) and the claim, nothing else: not "… is required when …", nor a sentence
/// about something else that names a member.
fn members_said_required(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for sentence in crate::extract::text::sentences(text) {
        let s = sentence.trim().trim_end_matches('.').trim_end();
        let lower = s.to_ascii_lowercase();
        let Some(head) = ["is a required property", "are required properties", "is required", "are required"]
            .iter()
            .find_map(|claim| lower.strip_suffix(claim))
        else {
            continue;
        };
        let head = &s[..head.len()];
        let head = head.trim_end();
        let head = ["properties", "property"].iter().find_map(|w| head.strip_suffix(w)).unwrap_or(head).trim_end();
        let head = head.strip_prefix("The ").or_else(|| head.strip_prefix("the ")).unwrap_or(head);
        // Names marked and joined by commas or "and", nothing else.
        let mut found = Vec::new();
        for piece in head.split(", ").flat_map(|p| p.split(" and ")) {
            let piece = piece.trim().strip_prefix("and ").unwrap_or(piece.trim());
            let name = piece
                .strip_prefix("**")
                .and_then(|p| p.strip_suffix("**"))
                .or_else(|| piece.strip_prefix('`').and_then(|p| p.strip_suffix('`')));
            match name {
                Some(n)
                    if !n.is_empty()
                        && n.starts_with(|c: char| c.is_ascii_lowercase())
                        && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
                {
                    found.push(n.to_string())
                }
                _ => {
                    found.clear();
                    break;
                }
            }
        }
        for name in found {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// "You must specify the `@odata.type` property", "you must include the **@odata.type**
/// property with a value of …", "In the request body, use `@odata.type` to specify the
/// type", "The `@odata.type` property … must be included in the body"
/// (a lowercase sentence): the body's own, not a member's ("for each object in the
/// **targets** collection", "its `@odata.type`", "… of each assignment target").
fn demands_odata_type(sentence: &str, title: &str) -> bool {
    let Some(at) = sentence.find("@odata.type") else { return false };
    let (before, after) = (&sentence[..at], &sentence[at..]);
    // (Quoted as a JSON member too: `"@odata.type": "#microsoft.graph.taskFileAttachment"`.)
    let bare = before.trim_end_matches(['`', '*', ' ', '"']);
    // "You must specify the `@odata.type` property", "you must specify `@odata.type`", "you need to
    // include the", "Include the **@odata.type** property" (a sentence's start).
    const DEMANDS: [&str; 10] = [
        "must specify",
        "must include",
        "must supply",
        "must provide",
        "must set",
        "must contain",
        "need to specify",
        "need to include",
        "need to use",
        "must use",
    ];
    // "… must also supply an **@odata.type** property": the demand without its article and "also".
    let demand = [" the", " an", " a"].iter().find_map(|a| bare.strip_suffix(a)).map_or(bare, str::trim_end);
    let demand = demand.replace(" also ", " ");
    let demand = demand.as_str();
    let active = DEMANDS.iter().any(|w| demand.ends_with(w))
        || matches!(demand, "include" | "specify")
        // A clause's start: "When you create a file attachment, include `"@odata.type": …`" (not
        // "Optionally, include …").
        || ((demand.ends_with(", include") || demand.ends_with(", specify")) && !demand.contains("optional"))
        // "In the request body, use `@odata.type` to specify the type of place", "Use the `@odata.type`
        // property to specify …" (not "you can use", "optionally, use", "when you create a room, use").
        || ((demand == "use" || demand.ends_with("request body, use")) && after.contains(" to specify"))
        // "supply a JSON representation of a [x] object, and set the `@odata.type` property to …" (the
        // body's own sentence going on; not "you can optionally … and set").
        || ((demand.ends_with(", and set") || demand.ends_with(" and set"))
            && demand.starts_with("in the request body")
            && !demand.contains("optional")
            && !demand.contains(" can "));
    // Not for some kinds only ("… when you create a derived type", "only for derived types", "for
    // the derived types", "if it isn't the default", "which is optional"), nor a member's ("the type
    // of the **target** property"). "… the derived type of [x] that you're creating" is whichever
    // kind is created: every create; so is "the **@odata.type** of the derived type, that is,
    // `#…ipNamedLocation` for …, or `#…countryNamedLocation` for …" (the value names the kind).
    let creating_any_kind =
        ["that you're creating", "that you’re creating", "that you are creating", "that you want to create"]
            .iter()
            .any(|w| after.contains(w))
            || after
                .trim_start_matches(['@', '`', '*'])
                .trim_start_matches("odata.type")
                .trim_start_matches(['`', '*'])
                .starts_with(" of the derived type");
    // "… in the request body when updating an agentUser", "… when updating a
    // [customAuthenticationExtension] object", on the page updating that type (its `title`,
    // lowercase): the update the page documents, not a condition on it.
    let updating = |at: usize| {
        let rest = after[at..].strip_prefix(" when updating ").unwrap_or_default();
        let rest = ["a ", "an ", "the "].iter().find_map(|a| rest.strip_prefix(a)).unwrap_or(rest);
        let rest = rest.trim_end_matches(['.', ' ']);
        let object = ["object", "resource", "entity"]
            .iter()
            .find_map(|w| rest.strip_suffix(w).map(str::trim_end))
            .unwrap_or(rest);
        !object.is_empty()
            && !object.contains(' ')
            && !object.contains("derived")
            && title.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == object)
    };
    let conditional = [" if ", " unless ", "only for", "optional"].iter().any(|w| after.contains(w))
        || after.match_indices(" when ").any(|(at, _)| !updating(at))
        || (after.contains("derived") && !creating_any_kind);
    // ("type of the target", not "type of the object" nor "type of place").
    let of_the = after.split("type of the ").nth(1).and_then(|r| r.split_whitespace().next());
    let member = after.contains(" property.")
        || after.contains(" property,")
        || after.ends_with(" property")
        || of_the.is_some_and(|w| {
            !["object", "resource", "body", "entity", "item", "derived"].contains(&w.trim_matches(['.', ',']))
        });
    let active = active && !conditional && !member;
    let passive =
        ["must be included", "must be specified", "must be provided", "is required"].iter().any(|w| after.contains(w))
            && before.trim_end_matches(['`', '*', ' ']).ends_with("the");
    let of_a_member = [" of each", " for each", " of every", " of the items", " of its", " on each"]
        .iter()
        .any(|w| after.contains(w))
        || ["for each", "each object", "if ", "when you set", "its "].iter().any(|w| before.contains(w));
    (active || (passive && !conditional)) && !of_a_member
}
/// "Don't supply a request body", "this API does not require any request body".
fn says_not_to_supply(lower: &str) -> bool {
    [
        "don't supply",
        "do not supply",
        "not supply a request body",
        "not require any request body",
        "not require a request body",
        "not provide a request body",
        "n't provide a request body",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A sentence of `lower` asking for a request body ("If you want …, you must supply a request
/// body."), beside one saying when not to.
fn says_to_supply_sometimes(lower: &str) -> bool {
    lower.split(". ").any(|sentence| {
        sentence.contains("request body")
            && ["must supply", "must provide", "should supply", "need to supply"].iter().any(|w| sentence.contains(w))
            && !says_not_to_supply(sentence)
    })
}

/// The `Request body` section. A `Properties` heading of the same level right after
/// one without a table that asks for values (`## Request body` "supply the values for
/// relevant fields", then `## Properties` and the table: a few update pages) continues
/// it; not after one saying to send nothing.
///
/// Without such a section, the HTTP request section from a sentence "In the request body, …"
/// on.
pub(crate) fn request_body_section<'p>(page: &'p Page<'p>) -> Option<Section<'p>> {
    let Some(mut section) = page.section(&["request body"]) else {
        // No heading of its own: "In the request body, supply …" written at the end of the
        // HTTP request section (beta's external connection schema create), from that sentence on.
        let mut section = page.section(&["http request"])?;
        let from = section.own_blocks().find_map(|(i, b)| match b {
            Block::Paragraph(p) if p.text.to_ascii_lowercase().starts_with("in the request body") => Some(i),
            _ => None,
        })?;
        section.blocks.start = from;
        return Some(section);
    };
    let blocks = &page.doc.blocks;
    let heading = |i: usize| match blocks.get(i) {
        Some(Block::Heading(h)) => Some((h.level, h.text.trim().trim_end_matches(':').to_ascii_lowercase())),
        _ => None,
    };
    let own_level = section.blocks.start.checked_sub(1).and_then(heading).map(|(l, _)| l);
    let has_table = section.iter().any(|(_, b)| matches!(b, Block::Table(_)));
    let asks = section.iter().any(|(_, b)| {
        let Block::Paragraph(p) = b else { return false };
        let lower = p.text.to_ascii_lowercase();
        (lower.contains("supply") || lower.contains("provide")) && !says_not_to_supply(&lower)
    });
    if !has_table
        && asks
        && let Some((next_level, title)) = heading(section.blocks.end)
        && Some(next_level) == own_level
        && title == "properties"
    {
        let after = section.blocks.end + 1;
        section.blocks.end = blocks[after..]
            .iter()
            .position(|b| matches!(b, Block::Heading(n) if n.level <= next_level))
            .map_or(blocks.len(), |p| after + p);
    }
    Some(section)
}

/// The kind among `kinds` a heading names ("openIdConnectProvider object", "openIdConnectProvider").
fn heading_names_kind<'k>(heading: &str, kinds: &'k [String]) -> Option<&'k str> {
    let heading = heading.trim().trim_end_matches(':');
    let name = ["object", "resource", "properties", "type"]
        .iter()
        .find_map(|w| heading.strip_suffix(w).map(str::trim_end))
        .unwrap_or(heading);
    kinds.iter().find(|k| k.eq_ignore_ascii_case(name)).map(String::as_str)
}

/// Whether a later property table of a body section lists the properties of another kind
/// the body may be, or of another permission it is sent with: both tables are introduced by a
/// sentence the same up to its last " for ", " with " or " using " ("The following table lists
/// the properties that you can change for an assigned …" / "… for a self-initiated …"; "You
/// can specify the following properties when you create a **x** with delegated permission." /
/// "… with application permission."), with no heading between them, or headings only where
/// both lead-ins name a permission (then the headings are the permissions': "### Application
/// permissions and JSON payload").
/// So does a sentence the same but for the kind it names, one of `kinds` the body may be ("…
/// required to create an [ipNamedLocation] object." / "… a [countryNamedLocation] object."),
/// with no heading between.
fn another_kind_s_table(first_intro: Option<&str>, intro: Option<&str>, heading_between: bool, kinds: &[&str]) -> bool {
    let (Some(a), Some(b)) = (first_intro, intro) else { return false };
    let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
    // The sentence with the kind it names, and its article, taken out.
    let without = |text: &str, kind: &str| {
        let kind = kind.to_ascii_lowercase();
        let words: Vec<&str> = text.split_whitespace().collect();
        let at = words.iter().position(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()) == kind)?;
        let start = if at > 0 && matches!(words[at - 1], "a" | "an" | "the") { at - 1 } else { at };
        Some([&words[..start], &words[at + 1..]].concat().join(" "))
    };
    let by_kind = !heading_between
        && kinds.iter().any(|ka| {
            kinds.iter().any(|kb| ka != kb && without(&a, ka).is_some_and(|x| without(&b, kb).is_some_and(|y| x == y)))
        });
    if by_kind {
        return true;
    }
    [" for ", " with ", " using "].iter().any(|w| {
        let (Some(i), Some(j)) = (a.rfind(w), b.rfind(w)) else { return false };
        let (head_a, tail_a) = a.split_at(i);
        let (head_b, tail_b) = b.split_at(j);
        let permissions = tail_a.contains("permission") && tail_b.contains("permission");
        head_a.trim() == head_b.trim() && head_a.split_whitespace().count() >= 5 && (!heading_between || permissions)
    })
}

fn read_request_body(page: &Page<'_>, out: &mut PageOutput, diags: &mut Vec<Diagnostic>) -> RequestBody {
    let Some(section) = request_body_section(page) else { return RequestBody::default() };
    let mut linked: Option<((String, String), usize)> = None;
    let mut either = Vec::new();
    let mut kind_links = Vec::new();
    // "supply an array of [x](…) objects": the body is a JSON array.
    let mut linked_array = false;
    let mut table: Option<(Vec<Property>, usize)> = None;
    let mut marked_required: Vec<String> = Vec::new();
    // The rows' own marks ("This property is required when a site is created."), whatever a
    // sentence says of all the rows.
    let mut own_marks: Vec<String> = Vec::new();
    // The rows of that table marking themselves "(optional)" in the type cell (`String (optional)`),
    // by their names (lowercase).
    let mut type_cell_optional: Vec<String> = Vec::new();
    let mut no_body = false;
    // The table's rows are an action's parameters (`|Parameter|Type|Description|`), not a type's properties.
    let mut parameters = false;
    // "supply a JSON representation for the androidCustomConfiguration object" (no link).
    let mut named: Option<String> = None;
    let mut named_in_bold: Option<String> = None;
    let mut empty_object = false;
    let mut all_required = false;
    // The paragraph right before the block at hand, and the one before the first table.
    let mut last_paragraph: Option<&str> = None;
    let mut first_intro: Option<&str> = None;
    let mut heading_since_table = false;
    // The last heading's text ("### openIdConnectProvider object").
    let mut last_heading: Option<&str> = None;
    // `|Permission type|Property|Type|Description|`: the property table after a qualifier column.
    let qualified: Vec<Option<Block>> = section
        .iter()
        .map(|(_, b)| match b {
            Block::Table(t) if !is_property_table(t) => after_qualifier_column(t).map(Block::Table),
            _ => None,
        })
        .collect();
    for ((_, block), qualified) in section.iter().zip(&qualified) {
        let block = qualified.as_ref().unwrap_or(block);
        let before = last_paragraph.take();
        if let Block::Paragraph(p) = block {
            last_paragraph = Some(p.text.as_str());
        }
        heading_since_table |= table.is_some() && matches!(block, Block::Heading(_));
        if let Block::Heading(h) = block {
            last_heading = Some(h.text.as_str());
        }
        match block {
            // `### Response` under the request body (a few pages): the body's description ends.
            Block::Heading(h) if ["response", "example"].iter().any(|w| h.text.to_ascii_lowercase().starts_with(w)) => {
                break;
            }
            Block::Paragraph(p) => {
                let lower = p.text.to_ascii_lowercase();
                // The kinds the paragraph offers beside the body's type.
                let mut offered = Vec::new();
                if named.is_none() && p.links.is_empty() {
                    named = unlinked_representation(&p.text);
                }
                if named_in_bold.is_none() && p.links.is_empty() {
                    named_in_bold = bold_representation(page, p);
                }
                // Not "Do not supply a request body … if you wish to …. If you want …, you must
                // supply a request body.": a body only some calls send.
                no_body |= says_not_to_supply(&lower) && !says_to_supply_sometimes(&lower);
                // "supply an empty JSON object `{}` for this method".
                empty_object |= lower.contains("empty json object") || lower.contains("supply an empty object");
                // "… the properties that are required when you create the deployment".
                // "provide the following required properties".
                // Not where the paragraph goes on to say when they are not ("If you're including an
                // **identities** property …, not all the properties listed are required."): a condition.
                all_required |= (lower.contains("parameters that are required")
                    || lower.contains("properties that are required when you")
                    // "The following table shows the properties that are required for this method."
                    || lower.contains("properties that are required for this")
                    || lower.contains("following required properties")
                    || lower.contains("following required parameters")
                    // "The following table lists the required properties." (the earlier eDiscovery's review set)
                    || lower.contains("lists the required properties")
                    || lower.contains("lists the required parameters")
                    // "The following properties are required to create the [x] object."
                    || lower.contains("properties are required to create")
                    // "The request body requires the following parameters:"
                    || lower.contains("body requires the following")
                    // "You must specify the following properties when you create an **x**." (the
                    // sentence over the table, ending in a period: not a list's lead-in)
                    || lower.contains("must specify the following properties when you create")
                    // "All the properties listed in the following table are required." (beta's identity
                    // provider create)
                    || lower.contains("all the properties listed in the following table are required")
                    || lower.contains("all properties listed in the following table are required"))
                    && !lower.contains("not all the properties")
                    && !lower.contains("none of the properties");
                if linked.is_none()
                    && table.is_none()
                    && (lower.contains("representation")
                        || lower.contains("supply")
                        || lower.contains("object")
                        || lower.contains("json body")
                        // "For the list of properties, see [conditionalAccessPolicy](…)."
                        || lower.contains("list of properties")
                        // "Provide the properties of a [detectionRule](…) which are to be updated." (not a
                        // create's "the properties of the [group] resource to specify", beside its table)
                        || ((lower.contains("the properties of a") || lower.contains("the properties of the"))
                            && lower.contains("to be updated"))
                        || is_bare_link(p))
                    && let Some(link) = resource_link(p)
                    && !negated_of(&lower, &link.0)
                    && !owns_a_property(&lower, &link.0)
                {
                    linked_array = lower.find(&link.0.to_ascii_lowercase()).is_some_and(|at| {
                        let before = lower[..at].trim_end();
                        before.ends_with("array of") || before.ends_with("collection of")
                    });
                    // Said at the link ("… a JSON representation for the [x](…) object").
                    let at = crate::extract::response::link_offset(page, p, &link.0).unwrap_or(p.span.start);
                    linked = Some((link, at));
                    offered = crate::extract::text::alternative_links(p);
                }
                // A later paragraph offering the body for another setting: the body's type again
                // with others beside it ("In Azure AD B2C provide a JSON representation of
                // [socialIdentityProvider](…), or an [appleManagedIdentityProvider](…) object"): its
                // kinds are alternatives too. Not a paragraph about another type ("include a JSON
                // representation of a [directoryObject] in the **owners@odata.bind** property").
                else if let Some(((first, _), _)) = &linked
                    && table.is_none()
                    && resource_link(p).is_some_and(|link| link.0 == *first)
                {
                    offered = crate::extract::text::alternative_links(p);
                }
                let first = linked.as_ref().map(|((name, _), _)| name.as_str());
                for (name, stem) in offered {
                    if Some(name.as_str()) == first || either.contains(&name) {
                        continue;
                    }
                    // Each kind's page names it, as the first link's does.
                    kind_links.push(Reference {
                        name: name.clone(),
                        linked: true,
                        target: Some(stem),
                        origin: Origin { file: page.file, offset: p.span.start },
                    });
                    either.push(name);
                }
            }
            // A later table under a heading naming another kind the body may be ("### openIdConnectProvider
            // object" after "### identityProvider object"): that kind's members.
            Block::Table(t)
                if table.is_some()
                    && is_property_table(t)
                    && let Some(kind) = last_heading.and_then(|h| heading_names_kind(h, &either)) =>
            {
                let properties = table_properties(page, t, out, diags);
                out.hints.push(crate::model::TypeDef {
                    name: kind.to_string(),
                    description: None,
                    kind: crate::model::TypeKind::Object { base: None, properties },
                    source: crate::model::TypeSource::RequestTable,
                    origin: Origin { file: page.file, offset: t.span.start },
                });
            }
            // A later table of the section lists properties of another kind the body may be ("the
            // properties that you can change for a self-initiated … activity"): its rows too.
            Block::Table(t)
                if table.is_some()
                    && is_property_table(t)
                    && another_kind_s_table(
                        first_intro,
                        before,
                        heading_since_table,
                        &linked
                            .iter()
                            .map(|((n, _), _)| n.as_str())
                            .chain(either.iter().map(String::as_str))
                            .collect::<Vec<_>>(),
                    ) =>
            {
                let more = table_properties(page, t, out, diags);
                if let Some((props, _)) = &mut table {
                    for p in more {
                        if !props.iter().any(|q| q.name == p.name) {
                            props.push(p);
                        }
                    }
                }
            }
            // A table with no rows (a header left above the real one) lists nothing.
            Block::Table(t)
                if table.is_none() && !t.rows.is_empty() && (is_property_table(t) || is_value_typed_table(t)) =>
            {
                let mut props = table_properties(page, t, out, diags);
                marked_required = required_rows(&props);
                own_marks.clone_from(&marked_required);
                // A Required column marks each row, whatever a sentence says of all.
                let required_column = t.header.iter().any(crate::extract::types::is_required_header);
                // "The following table lists the parameters that are required when you call this action."
                if all_required && !required_column {
                    // A row that calls itself optional in any words ("An optional name that can be
                    // provided …") is not.
                    let optional = |d: &str| {
                        let lower = d.to_ascii_lowercase();
                        let calls_itself = crate::extract::text::sentences(&lower).any(|s| {
                            let s = s.trim().trim_end_matches(['.', ';', ' ']);
                            s.starts_with("an optional ")
                                || s.starts_with("optional ")
                                || s.starts_with("optionally")
                                // (not a flag's "Determines whether the attribute is optional")
                                || (s.ends_with(" is optional") && !s.contains("whether"))
                                || s.ends_with("is not required")
                        });
                        says_optional(d) || says_required_sometimes(d) || calls_itself
                    };
                    // Rows that mark themselves "(Mandatory parameter)" (or say "Required.") beside rows
                    // that do not: the marks tell them apart, whatever the sentence says of all.
                    let mandatory = |p: &Property| p.description.as_deref().is_some_and(says_mandatory);
                    let marked = |p: &Property| {
                        mandatory(p) || p.description.as_deref().is_some_and(crate::extract::text::says_required)
                    };
                    let some_marked = props.iter().any(mandatory) && !props.iter().all(marked);
                    // (Marked "Optional." or "(Optional)" as such; not a row whose sentence ends "… is
                    // optional", nor Intune's "Optional description for the device category.")
                    // (Or one of a pair, "Either this property or **appScopeId** is required.": the
                    // rows beside it are the ones always sent.)
                    let rows_optional = props.iter().any(|p| {
                        p.description.as_deref().is_some_and(|d| {
                            marked_optional(d) || crate::extract::text::one_of_a_pair(&d.to_ascii_lowercase())
                        })
                    });
                    for p in props.iter_mut().filter(|p| !p.description.as_deref().is_some_and(optional)) {
                        // (Not a row marked deprecated beside its replacement: v1.0's provisioning policy
                        // create lists `onPremisesConnectionId (deprecated)` under "required when you create".)
                        p.required = marked(p) || (!some_marked && !p.deprecated);
                    }
                    // Rows calling themselves optional beside the others: the table tells them apart,
                    // so a linked create requires the others too (a roster member's `userId` beside
                    // "Optional." `tenantId` and `roles`). So does a table of a few of the type's
                    // members (a tag's `displayName` and `members`, a PUT's every writable member); not
                    // the generator's sentence above every member of the type, its key and what it
                    // inherits among them (no count of rows tells the two apart: an API connector's
                    // create requires three of its type's four members).
                    let whole_type = props.iter().any(|p| {
                        p.name.eq_ignore_ascii_case("id")
                            || p.description.as_deref().is_some_and(|d| d.contains("Inherited from"))
                    });
                    // (One row is no type's every member: a branding localization's `id`, its locale.)
                    if rows_optional || !whole_type || props.len() == 1 {
                        marked_required = required_rows(&props);
                        // Rows of a member's own members (`files/fileName`, `files/fileData/data`:
                        // beta's older agreement create): that member is required too.
                        if !rows_optional {
                            // (Not rows calling themselves optional, nor a member whose own row
                            // says whether it is: one marked deprecated or optional.)
                            for row in &t.rows {
                                let Some(cell) = row.first() else { continue };
                                let desc = row.last().filter(|_| row.len() > 1).map_or("", |d| d.text.as_str());
                                let name = cell.text.trim().trim_matches(['`', '*']);
                                if let Some((member, _)) = name.split_once('/')
                                    && member.starts_with(|c: char| c.is_ascii_lowercase())
                                    && member.chars().all(|c| c.is_ascii_alphanumeric())
                                    && !optional(desc)
                                    && !props.iter().any(|p| p.name == member)
                                    && !marked_required.iter().any(|m| m == member)
                                {
                                    marked_required.push(member.to_string());
                                }
                            }
                        }
                    }
                }
                // Not where a Required column marks each row.
                type_cell_optional = t
                    .rows
                    .iter()
                    .filter(|_| !required_column)
                    .filter(|r| {
                        // `String (optional)`, `(Optional) String`.
                        r.get(1).is_some_and(|c| {
                            let cell = c.text.trim().to_ascii_lowercase();
                            cell.ends_with("(optional)") || cell.starts_with("(optional)")
                        })
                    })
                    .filter_map(|r| {
                        r.first().map(|c| crate::extract::types::property_name(&c.text).to_ascii_lowercase())
                    })
                    .collect();
                table = Some((props, t.span.start));
                first_intro = before;
                // Headed "Parameter", or an action's table its lead-in calls parameters ("calendar:
                // getSchedule": "provide a JSON object with the following parameters", over `Property`).
                parameters = t.header.first().is_some_and(|h| {
                    matches!(h.text.trim().trim_matches('*').to_ascii_lowercase().as_str(), "parameter" | "parameters")
                }) || (page.title.contains(": ")
                    && before.is_some_and(|b| b.to_ascii_lowercase().contains("the following parameters")));
            }
            _ => {}
        }
    }
    // An action's page ("cloudPcUserSetting: assign") whose table lists the action's parameters
    // describes the body itself; a link beside it names what the action is about.
    let action_parameters = parameters && table.is_some() && page.title.contains(": ") && !linked_array;
    // Parameters (an action's, or a table headed "Parameter" under any title: "Create TableRow"'s
    // `values` beside "Optional." `index`) of which some say "Optional." and none "Required": the
    // docs mark the exceptions, and the others are required (chart: setPosition's `startCell`
    // beside "Optional. The end cell."), unless they say what happens without them.
    if parameters
        && !linked_array
        && let Some((props, _)) = &mut table
    {
        let optional = |p: &Property| p.description.as_deref().is_some_and(says_optional);
        let said = |p: &Property| p.description.as_deref().unwrap_or("").to_ascii_lowercase();
        let marks_required = |p: &Property| p.required || p.description.as_deref().is_some_and(says_required);
        if props.iter().any(optional) && !props.iter().any(marks_required) {
            for p in props.iter_mut() {
                let l = said(p);
                // Not a row saying what happens without it, naming a default, or saying nothing
                // but its name (`|name|string|name`).
                let says_nothing = l.trim().trim_end_matches('.').eq_ignore_ascii_case(&p.name);
                if !optional(p) && !says_when_left_out(&l) && !says_nothing {
                    p.required = true;
                }
            }
        }
    }
    // Rows marking themselves "(optional)" in the type cell beside rows that do not (team clone's
    // `String (optional)` beside `displayName`, `partsToClone`): the table marks each row, and
    // the unmarked ones are required, unless they say what happens without them.
    if let Some((props, _)) = &mut table
        && !type_cell_optional.is_empty()
    {
        for p in props.iter_mut() {
            if type_cell_optional.contains(&p.name.to_ascii_lowercase()) {
                // Whatever a sentence said of all the rows.
                p.required = false;
                continue;
            }
            let l = p.description.as_deref().unwrap_or("").to_ascii_lowercase();
            if !says_optional(&l) && !says_required_sometimes(&l) && !says_when_left_out(&l) {
                p.required = true;
            }
        }
        // Marked one by one: what a create of a linked type must send (chat create's
        // `(Optional) String` topic beside `chatType` and `members`).
        marked_required = required_rows(props);
    }
    if let Some(((name, target), at)) = linked.as_ref().filter(|_| !action_parameters) {
        out.references.push(Reference {
            name: name.clone(),
            linked: true,
            target: Some(target.clone()),
            origin: Origin { file: page.file, offset: *at },
        });
        let t = TypeRef::Named(name.clone());
        let t = if linked_array { TypeRef::Collection(Box::new(t)) } else { t };
        out.kind_links.extend(kind_links);
        return RequestBody { shape: Some(Shape::Type(t)), table, either, marked_required, ..RequestBody::default() };
    }
    if let Some((props, _)) = &table
        && !props.is_empty()
    {
        // The table describes the named type (as beside a link); the type's page, when
        // among the inputs, defines it in full. What a create must send is what rows mark
        // themselves (Intune's sentence calling every row required stands above read-only
        // and "(optional)" rows alike).
        if let Some(name) = named {
            return RequestBody {
                shape: Some(Shape::Type(TypeRef::Named(name))),
                table,
                marked_required: own_marks,
                ..RequestBody::default()
            };
        }
        return RequestBody {
            shape: Some(Shape::Object(props.clone())),
            table,
            action: action_parameters,
            ..RequestBody::default()
        };
    }
    if no_body {
        return RequestBody { none: true, ..RequestBody::default() };
    }
    if empty_object {
        return RequestBody { shape: Some(Shape::Object(Vec::new())), table, ..RequestBody::default() };
    }
    RequestBody { table, named_in_bold, ..RequestBody::default() }
}

/// A sentence ending in a colon that says the members it lists must be sent ("You must include
/// the following properties:", "The following properties are required:").
fn introduces_demanded_list(text: &str) -> bool {
    let lower = text.trim_end().to_ascii_lowercase();
    // The sentence the colon ends: not under a condition ("If …, you must include the following
    // properties:"), nor denying it ("None of the following properties are required:").
    let last = crate::extract::text::sentences(&lower).last().unwrap_or_default().trim_start();
    let conditional = ["if ", "when ", "unless "].iter().any(|w| last.starts_with(w))
        || [", if ", " unless ", " only if ", " only when "].iter().any(|w| last.contains(w));
    let denied = ["none of", "not required", "aren't required", "are not required", "no properties"]
        .iter()
        .any(|w| last.contains(w));
    last.ends_with(':')
        && !conditional
        && !denied
        && ["must include the following", "must specify the following", "following properties are required"]
            .iter()
            .any(|w| last.contains(w))
}

/// A list item naming one member of the body first (`- **displayName**`, `` - `displayName` ``,
/// `1. **displayName**`, `- **displayName**: the name shown.`): its name. Not a member of a
/// member (`emailAddress.address`).
fn listed_member<'t>(page: &Page<'_>, p: &'t crate::markdown::Inline) -> Option<&'t str> {
    let bulleted = crate::extract::types::is_list_item(page, p);
    let text = p.text.trim();
    let first = text.split([':', ' ']).next().unwrap_or_default();
    // The name alone, or before its description (`: …`, ` - …`), not a sentence's first word.
    let after = text[first.len()..].trim_start();
    let alone = after.is_empty() || after.starts_with([':', '-', '–', '—']);
    let name = first.trim_matches('`').trim_end_matches(['.', ',', ';']);
    let member = name.strip_prefix('@').map_or(!name.contains('.'), |odata| odata.starts_with("odata."));
    (bulleted
        && alone
        && member
        && !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '_')))
    .then_some(name)
}

/// "(Mandatory parameter)", "(Mandatory)", "Mandatory.", "(Required parameter)", "This field
/// is mandatory": a row marking itself as one that must be given, in a sentence or parentheses
/// of its own (not "Indicates if the profile is mandatory", "isn't mandatory", "non-mandatory").
fn says_mandatory(description: &str) -> bool {
    const MARKS: [&str; 4] = ["mandatory", "mandatory parameter", "mandatory property", "required parameter"];
    const SUBJECTS: [&str; 5] = ["this parameter", "this field", "this property", "this value", "it"];
    let lower = description.to_ascii_lowercase();
    let parenthesized = lower.split('(').skip(1).filter_map(|s| s.split(')').next());
    crate::extract::text::sentences(&lower).chain(parenthesized).any(|s| {
        let s = s.trim().trim_end_matches(['.', ';']).trim();
        MARKS.contains(&s)
            || SUBJECTS.iter().any(|subject| s.strip_prefix(subject).is_some_and(|r| r.starts_with(" is mandatory")))
    })
}

/// A property table whose first column qualifies each row (`|Permission type|Property|Type|
/// Description|` with `|User|roles|…|`): the table without that column, a property listed
/// under two qualifiers once (its first row). Not where the column names the object or type
/// each row belongs to (`|Object|Property|…|`, `|Complex type|…|`: members of members).
fn after_qualifier_column(t: &crate::markdown::Table) -> Option<crate::markdown::Table> {
    let first = t.header.first()?.text.trim().trim_matches('*').to_ascii_lowercase();
    let of_an_object = ["object", "parent", "resource", "entity", "member of", "property of", "complex type"]
        .iter()
        .any(|w| first.starts_with(w))
        || first == "type";
    if of_an_object {
        return None;
    }
    let mut seen: Vec<String> = Vec::new();
    let rows = t
        .rows
        .iter()
        .map(|r| r.get(1..).unwrap_or_default().to_vec())
        .filter(|r| {
            let name = r.first().map(|c| c.text.trim().to_ascii_lowercase()).unwrap_or_default();
            let first_time = !seen.contains(&name);
            seen.push(name);
            first_time
        })
        .collect();
    let rest = crate::markdown::Table { header: t.header.get(1..)?.to_vec(), rows, span: t.span };
    is_property_table(&rest).then_some(rest)
}

/// Whether every sentence naming `name` (as a whole word) denies something of the call before
/// it ("You can't use this API to update the **id** … of a [place] object", "This API doesn't
/// support updating …"): it does not name the body. Not a denial after it ("supply a [place]
/// object, but don't include the **id**"), nor one of something else ("Properties that aren't
/// supplied keep their values"), nor one in another sentence. `lower` is lowercase.
fn negated_of(lower: &str, name: &str) -> bool {
    const NOT: [&str; 10] = [
        "can't",
        "cannot",
        "can not",
        "doesn't support",
        "does not support",
        "aren't able",
        "are not able",
        "isn't possible",
        "not able to",
        "unable to",
    ];
    let whole = |s: &str, at: usize, len: usize| {
        let before = s[..at].chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric());
        let after = s[at + len..].chars().next().is_none_or(|c| !c.is_ascii_alphanumeric());
        before && after
    };
    let name = name.to_ascii_lowercase();
    let mut naming = crate::extract::text::sentences(lower)
        .filter_map(|s| {
            s.match_indices(&name).map(|(at, _)| at).find(|&at| whole(s, at, name.len())).map(|at| &s[..at])
        })
        .peekable();
    naming.peek().is_some()
        && naming.all(|before| NOT.iter().any(|n| before.match_indices(n).any(|(at, _)| whole(before, at, n.len()))))
}

/// Whether every mention of `name` in the text names the owner of a property the sentence is
/// about ("If the value of the **allowedRegistrant** property of the [externalMeetingRegistration]
/// object is `organization`, supply the `id` …"): not what the body represents.
fn owns_a_property(lower: &str, name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let mut befores = lower.match_indices(&name).map(|(at, _)| lower[..at].trim_end()).peekable();
    befores.peek().is_some()
        && befores.all(|b| ["property of the", "property of a", "property of an"].iter().any(|w| b.ends_with(w)))
}

/// The name a body's sentence writes in bold as what it represents: "a JSON
/// representation of **customerPayments** object", "… of the **currencies** object".
fn bold_representation(page: &Page<'_>, p: &crate::markdown::Inline) -> Option<String> {
    let source = page.source.text().get(p.span.start..p.span.end)?;
    let at = source.to_ascii_lowercase().find("representation ")? + "representation ".len();
    let mut words = source[at..].split_whitespace().peekable();
    if !matches!(words.next()?.to_ascii_lowercase().as_str(), "of" | "for") {
        return None;
    }
    if words.peek().is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an")) {
        words.next();
    }
    let name = words.next()?.strip_prefix("**")?.strip_suffix("**")?;
    let follows = words.next()?.trim_end_matches(['.', ',', ':']).to_ascii_lowercase();
    (name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && matches!(follows.as_str(), "object" | "resource"))
    .then(|| crate::extract::types::in_page_namespace(page, name))
}

/// The body an undocumented request example shows: an object of its members,
/// typed by their values (a nested object naming its `@odata.type` is that type;
/// any other nested object is open JSON). Instance annotations (`…@odata.bind`) are
/// left out; `None` unless the example is a non-empty object.
pub(in crate::extract) fn shape_shown(
    example: &serde_json::Value,
    origin: Origin,
    out: &mut PageOutput,
) -> Option<Shape> {
    use serde_json::Value;
    fn type_of(v: &Value, origin: Origin, out: &mut PageOutput) -> TypeRef {
        if let Some(p) = crate::extract::response::kind_shown(v) {
            return TypeRef::Primitive(p);
        }
        match v {
            // Items of several kinds: numbers are doubles if any is; anything else mixed is any JSON.
            Value::Array(items) => {
                let mut kinds = items.iter().filter(|i| !i.is_null()).map(|i| type_of(i, origin, out));
                let first = kinds.next().unwrap_or(TypeRef::Primitive(Primitive::Json));
                let item = kinds.fold(first, |a, b| match (a, b) {
                    (a, b) if a == b => a,
                    (
                        TypeRef::Primitive(Primitive::Int64 | Primitive::Double),
                        TypeRef::Primitive(Primitive::Int64 | Primitive::Double),
                    ) => TypeRef::Primitive(Primitive::Double),
                    _ => TypeRef::Primitive(Primitive::Json),
                });
                TypeRef::Collection(Box::new(item))
            }
            Value::Object(o) => {
                match o.get("@odata.type").and_then(Value::as_str).and_then(crate::extract::types::odata_type) {
                    Some(TypeRef::Named(name)) => {
                        out.references.push(Reference { name: name.clone(), linked: false, target: None, origin });
                        TypeRef::Named(name)
                    }
                    _ => TypeRef::Primitive(Primitive::Json),
                }
            }
            // Null; the scalars are typed above.
            _ => TypeRef::Primitive(Primitive::Json),
        }
    }
    let members = example.as_object()?;
    let props: Vec<Property> = members
        .iter()
        .filter(|(name, _)| !name.contains('@') && !name.is_empty())
        .map(|(name, value)| Property {
            name: name.clone(),
            ty: type_of(value, origin, out),
            description: None,
            required: false,
            read_only: false,
            write_only: false,
            deprecated: false,
            nullable: value.is_null(),
            origin,
        })
        .collect();
    (!props.is_empty()).then_some(Shape::Object(props))
}

/// A paragraph that is just a link and an article: "A [teamsTab](…)."
fn is_bare_link(p: &crate::markdown::Inline) -> bool {
    let text = p.text.trim().trim_end_matches('.').trim();
    let text = ["a ", "an ", "A ", "An "].iter().find_map(|a| text.strip_prefix(a)).unwrap_or(text);
    p.links.len() == 1 && text.trim_matches('`') == p.links[0].text
}

/// Whether a row's description (lowercase) says what happens without it ("If not specified, …")
/// or names its default ("The default is …", "defaults to"): an optional row, whatever the
/// table's other rows mark. The word, outside code: not a value named `systemDefault`.
fn says_when_left_out(lower: &str) -> bool {
    let prose = crate::extract::text::outside_code(lower);
    crate::extract::text::may_be_omitted(lower)
        || crate::extract::text::words(&prose).any(|w| matches!(w, "default" | "defaults" | "defaulted"))
}
