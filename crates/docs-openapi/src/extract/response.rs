//! The response side of an api page: the success status, its type and media type.

use serde_json::Value;

use super::api::Example;
use super::text::{
    alternative_links, is_todo, resource_link, says_no_body, says_required, says_required_sometimes, statuses_in_prose,
};
use super::types::strip_namespace;
use crate::http::Method;
use crate::markdown::{Block, Inline};
use crate::model::{Body, Origin, Property, Response, ResponseHeader, Shape, ShownType};
use crate::page::Page;
use crate::types::{Primitive, TypeRef, parse_type_cell};

/// What an api page says its request answers on success.
pub(super) struct Success {
    pub(super) response: Response,
    /// Other success statuses the prose names beside the first.
    pub(super) also: Vec<u16>,
    /// The prose's link (type name, page stem), if any.
    pub(super) link: Option<(String, String)>,
    /// Where the page writes that link (its `[`), for diagnostics about the type.
    pub(super) link_at: Option<usize>,
    /// The other types the same sentence offers, linked (name, page stem).
    pub(super) either_links: Vec<(String, String)>,
    /// The prose calls its linked type an enum ("a collection of [usageRight] enum values").
    pub(super) link_is_enum: bool,
    /// The successes a sentence naming the `Location` header names, where it names any ("If
    /// successful, … returns a `202 Accepted` response code and Location header"): theirs alone.
    pub(super) located: Vec<u16>,
}

/// The documented success response: status from prose, else the example; body
/// type from the response annotation, else from the prose's link. `may_list`:
/// no request line addresses a single member ([`crate::paths::addresses_member`]),
/// so an example showing a list is one; `lines`: the request lines' paths (the first
/// line's is the page's answer; an example of none of them says nothing of list or item);
/// `unpaired_status`: the status of a response example whose request is not an
/// example, used where nothing else names one.
pub(super) fn success_response(
    page: &Page<'_>,
    examples: &[Example],
    unpaired_status: Option<u16>,
    lines: &[&str],
    may_list: bool,
    reads: bool,
) -> Success {
    let template = lines.first().copied().unwrap_or_default();
    let section = page.response_section();
    let mut status = None;
    // Other success statuses the same sentence names ("… or `200 OK` if it was replaced").
    let mut also: Vec<u16> = Vec::new();
    let mut prose_type: Option<TypeRef> = None;
    let mut prose_link: Option<(String, String)> = None;
    let mut link_at: Option<usize> = None;
    // Other types the same sentence offers ("… or [y]").
    let mut either: Vec<String> = Vec::new();
    let mut either_links: Vec<(String, String)> = Vec::new();
    let mut link_is_enum = false;
    // The prose names the response's type in so many words ("returns a `200 OK`
    // response code and a collection of [x] objects in the response body").
    let mut prose_states_type = false;
    let mut no_content = false;
    // "The response contains a `Location` header" (long-running operations).
    let mut mentions_location = false;
    // The successes a sentence naming the `Location` speaks of ("If successful, this method returns
    // a `202 Accepted` response code and Location header …" beside the create's `201 Created`).
    let mut location_of: Vec<u16> = Vec::new();
    let mut mentions_operation_location = false;
    // "… in the response body": without it, an example with no body means there is none.
    let mut mentions_body = false;
    // "You can check the status … by making a GET request to this URL that returns …":
    // what the `Location` answers later.
    let mut polls_location = false;
    // "The response body includes an object representing the requested resource instance,
    // expanded with the matching [singleValueLegacyExtendedProperty]": a page about requests on
    // many kinds of resource (extended properties), whose body is whichever resource the path
    // addresses: any JSON, not the linked type nor the one kind its example shows.
    let mut any_instance = false;
    if let Some(section) = &section {
        for (_, block) in section.iter() {
            if let Block::Table(t) = block {
                mentions_location |= t.rows.iter().any(|r| r.first().is_some_and(|c| is_location(&c.text)));
            }
            let Block::Paragraph(p) = block else { continue };
            let lower_text = p.text.to_ascii_lowercase();
            mentions_operation_location |= lower_text.contains("operation-location");
            // Not a redirect's ("Requesting the content returns a `302 Found`; the URL is in the
            // `Location` header"), which its own status carries, nor a sentence after the redirect's
            // ("… returns a `302 Found` response that redirects to a preauthenticated download URL.
            // That URL can be found in the `Location` header"); nor an error's ("the service
            // returns a `410 Gone` … and a `Location` header with a new `nextLink`").
            let mut after_redirect = false;
            // The successes the sentence before named ("… returns a `202 Accepted` response code. The
            // response also contains a `Location` header …": that one's).
            let mut successes_before: Vec<u16> = Vec::new();
            mentions_location |= p.text.split(". ").any(|sentence| {
                let named = statuses_in_prose(sentence);
                // (Until a sentence naming a success of its own: "The `201 Created` response has a
                // `Location` header".)
                after_redirect = named.iter().any(|s| (300..400).contains(s))
                    || (after_redirect && !named.iter().any(|s| (200..300).contains(s)));
                let lower = sentence.to_ascii_lowercase().replace("operation-location", "");
                // The header as a code span is capitalized, or the sentence says "header" ("a
                // tracking header named `location`"); else `location` is a property's name
                // ("Filtering printer shares based on `capabilities` or `location`").
                // Not one case of several ("If you fetch the attendee report …, this method returns
                // a `Location` header"), unless the case is success itself ("If successful, …",
                // participant invite's "If succsessful, …").
                let condition = lower.split(',').next().unwrap_or("");
                let one_case = lower.trim_start().starts_with("if ")
                    && !condition.contains("succ")
                    && !statuses_in_prose(sentence).iter().any(|s| (200..300).contains(s));
                let says = (["location header", "location:"].iter().any(|m| lower.contains(m))
                    || sentence.contains("`Location`")
                    || (lower.contains("`location`") && lower.contains("header")))
                    && !one_case
                    && !after_redirect
                    && !names_error_status(sentence);
                let mut successes: Vec<u16> = named.iter().copied().filter(|s| (200..300).contains(s)).collect();
                if named.is_empty() {
                    successes = std::mem::take(&mut successes_before);
                } else {
                    successes_before = successes.clone();
                }
                if says && !successes.is_empty() {
                    location_of.extend(successes);
                    return false;
                }
                says
            });
            if status.is_none() {
                let named = statuses_in_prose(&p.text);
                status = named.first().copied();
                also = named.into_iter().skip(1).collect();
            } else {
                // A later paragraph's outcome ("… or a `207` response that indicates only
                // some of the members were added").
                for s in statuses_in_prose(&p.text) {
                    if !also.contains(&s) {
                        also.push(s);
                    }
                }
            }
            let lower = p.text.to_ascii_lowercase();
            any_instance |= ["representing the requested resource instance", "representing the resource instances"]
                .iter()
                .any(|m| lower.contains(m));
            // Not "It doesn't return anything in the response body."
            mentions_body |=
                (lower.contains("response body") || lower.contains("in the body")) && !says_no_body(&p.text);
            polls_location |= ["get request to this url", "get request to the url", "request to the location"]
                .iter()
                .any(|m| lower.contains(m));
            no_content |= says_no_body(&p.text);
            if prose_type.is_none()
                && lower.contains("response body")
                && let Some(t) = primitive_result(&p.text)
            {
                prose_type = Some(t);
            }
            // "… a `Location` header, which contains the location of the [x]": not the body.
            let about_a_header = lower.contains("header") && !lower.contains("response body");
            if prose_type.is_none()
                && !about_a_header
                && let Some((name, stem)) = resource_link(p)
            {
                // What the sentence says up to the link, and the word right after it ("a
                // [user] collection"): "an [accessPackage] that contains a collection of [x]
                // objects" is one package.
                let (before, after) = p
                    .links
                    .iter()
                    .find(|l| strip_namespace(l.text.trim().trim_matches('`')) == name)
                    .and_then(|l| lower.find(&l.text.to_ascii_lowercase()).map(|at| at + l.text.len()))
                    .map_or((lower.as_str(), ""), |end| lower.split_at(end));
                let next_word = after.split(|c: char| !c.is_ascii_alphanumeric()).find(|w| !w.is_empty());
                // The word, not a type's name holding it (`deviceLogCollectionResponse`).
                let collection = before.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == "collection")
                    || next_word == Some("collection")
                    || before.contains("list of")
                    || before.contains("array of")
                    || plural_link(p, &name);
                either_links = alternative_links(p);
                either = either_links.iter().map(|(n, _)| n.clone()).collect();
                link_is_enum = next_word == Some("enum");
                link_at = link_offset(page, p, &name);
                // A link naming its page's type in the plural ("a list of [chatMessages](…/chatmessage.md)"):
                // the page's type (one or several as the words around say: "[ChartPoints](…) object").
                // (The stem may carry a namespace: `ediscovery-reviewset.md`.)
                let page_type = stem.rsplit('-').next().unwrap_or(&stem);
                let name = match crate::extract::item_name(&name) {
                    item if item != name
                        && (item.eq_ignore_ascii_case(&stem) || item.eq_ignore_ascii_case(page_type)) =>
                    {
                        item
                    }
                    _ => name,
                };
                let t = TypeRef::Named(name.clone());
                prose_link = Some((name, stem));
                prose_type = Some(if collection { TypeRef::Collection(Box::new(t)) } else { t });
                prose_states_type =
                    lower.contains("response code and") || lower.contains("returns") || lower.contains("response body");
            } else if let Some((TypeRef::Named(first), _)) = prose_type.as_ref().zip(prose_link.as_ref())
                && lower.contains("response body")
                && let Some(link) = resource_link(p)
                && link.0 == *first
                && let alternatives = alternative_links(p)
                && !alternatives.is_empty()
                && !statuses_in_prose(&p.text).is_empty()
                && !names_error_status(&p.text)
            {
                // A later paragraph answering another setting with the body's type again and others
                // beside it ("For an Azure AD B2C tenant, this method returns `201 Created` … a JSON
                // representation of a [socialIdentityProvider](…), or an
                // [appleManagedIdentityProvider](…) object in the response body"): its kinds are
                // alternatives too; not one about an error's body or another type.
                for (name, stem) in std::iter::once(link).chain(alternatives) {
                    if name != *first && !either.contains(&name) {
                        either.push(name.clone());
                        either_links.push((name, stem));
                    }
                }
            } else if let Some((TypeRef::Named(first), _)) = prose_type.as_ref().zip(prose_link.as_ref())
                && lower.contains("response body")
                && let Some(link) = resource_link(p)
                && link.0 != *first
                && status.is_some_and(|s| crate::extract::statuses_named(&p.text).contains(&s))
                && !names_error_status(&p.text)
            {
                // A later paragraph answering the same status with another kind ("If an operation
                // fails, this method returns a `200 OK` response code and a [failedOperation] object
                // in the response body", after the successful one's [exportSuccessOperation]): one
                // kind or another, as "a [x] or a [y]" says.
                if !either.contains(&link.0) {
                    either.push(link.0.clone());
                    either_links.push(link);
                }
            }
        }
    }
    let first_response = examples.iter().find_map(|e| e.response.as_ref());
    // Whether that example calls one of the page's lines: one of another URL (a remote item's
    // metadata on "List sharedWithMe", whose own example's request is a snippet) says nothing
    // of whether the lines answer one object or a page of them.
    // (Another root reaching the same thing counts: `/identityGovernance/termsOfUse/agreements/
    // {id}/file` for `/agreements/{id}/file`.)
    // (A line's key matches any value there: `/agreements/0ec9…` ends as
    // `/identityGovernance/termsOfUse/agreements/{id}` does.)
    let ends_alike = |line: &str, example: &str| {
        let (mut l, mut e) = (line.rsplit('/'), example.rsplit('/'));
        (0..2).all(|_| match (l.next(), e.next()) {
            (Some(l), Some(e)) => l.starts_with('{') || l.eq_ignore_ascii_case(e),
            (None, None) => true,
            _ => false,
        })
    };
    let of_a_line = examples.iter().find(|e| e.response.is_some()).is_some_and(|e| {
        e.path.as_ref().is_none_or(|p| {
            lines.iter().any(|l| super::api::example_of_line(l, &p.template) || ends_alike(l, &p.template))
        })
    });
    if status.is_none() {
        status = first_response.and_then(|(m, ..)| m.status.as_ref().map(|s| s.0)).or(unpaired_status);
    }
    let status = status.unwrap_or(200);
    // The example answers the other of `200 OK` and `201 Created`, with a body ("returns a `201
    // Created` response code" over an example's `HTTP/1.1 200 OK`): the page says both, so both are
    // successes, with the one body (a client refusing either would refuse what the service sends).
    // Not where the example's reason is the prose's status's (`HTTP/1.1 200 Created` under "returns a
    // `201 Created`"): a slip in the code. Nor an example's 201 on a read (`GET`): no read creates
    // anything (its 200 beside a prose's 201 is what the service sends).
    if let Some((m, Some(_), _)) = first_response
        && let Some((shown, shown_reason)) = m.status.as_ref()
        && let shown = *shown
        && !(reads && shown == 201)
        && matches!((status, shown), (200, 201) | (201, 200))
        && !shown_reason.trim().eq_ignore_ascii_case(reason(status))
        && !also.contains(&shown)
    {
        also.push(shown);
    }
    // A later example answering another success with the first's annotated type (an invite's
    // "partial success response with an HTTP status code of 207", the same permissions): the
    // service sends it too. Not an empty `204`, nor another type (a `202`'s operation), nor a
    // status the prose gives as an error's ("If an error occurred while following any of the
    // specified sites, this method returns a `207`").
    let first_annotated = first_response.and_then(|(_, _, a)| annotated_response(a.as_ref()?));
    let later = examples.iter().filter_map(|e| e.response.as_ref()).skip(1);
    let shown: Vec<u16> = later
        .chain(examples.iter().flat_map(|e| &e.more_responses))
        .filter(|(_, json, a)| {
            json.is_some() && first_annotated.is_some() && a.as_ref().and_then(annotated_response) == first_annotated
        })
        .filter_map(|(m, ..)| m.status.as_ref().map(|s| s.0))
        .filter(|s| (200..300).contains(s) && *s != 204 && *s != status)
        .collect();
    if !shown.is_empty() {
        let errors_named: Vec<u16> = page
            .doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.text.as_str()),
                _ => None,
            })
            .flat_map(|text| {
                let outcomes = statuses_in_prose(text);
                super::text::statuses_named(text).into_iter().filter(move |s| !outcomes.contains(s))
            })
            .collect();
        for other in shown {
            if !errors_named.contains(&other) && !also.contains(&other) {
                also.push(other);
            }
        }
    }
    let mut annotated: Option<TypeRef> = first_annotated;
    if any_instance {
        (annotated, prose_type, prose_link, prose_states_type) =
            (Some(TypeRef::Primitive(Primitive::Json)), None, None, false);
        link_at = None;
        either.clear();
        either_links.clear();
    }
    let annotated_any = annotated.is_some();
    // The example's `@odata.context` says the result is a primitive
    // (`$metadata#Edm.String` beside `"value": "https://…"`): whatever an annotation or
    // link copied from another page says, the body is that primitive.
    if let Some(p) = first_response.and_then(|(_, json, _)| edm_result(json.as_ref()?)) {
        annotated = Some(p);
        prose_type = None;
    }
    // An annotation naming one primitive beside an example showing another kind
    // (`"@odata.type": "string"` over `{"value": true}`, "a Boolean value `true`"):
    // the prose's primitive if it is of the kind shown, else the kind shown.
    if let Some(TypeRef::Primitive(a)) = annotated
        && let Some(value) = first_response.and_then(|(_, json, _)| one_value(json.as_ref()?))
        && !matches!(a, Primitive::Json | Primitive::Stream)
        && !of_kind(a, value)
        && !quoted_of_kind(a, value)
    {
        annotated = match &prose_type {
            Some(TypeRef::Primitive(p)) if of_kind(*p, value) => Some(TypeRef::Primitive(*p)),
            _ => kind_shown(value).map(TypeRef::Primitive),
        };
    }
    // A `204 No Content` example's `Content-Type` (`text/plain` beside prose answering `200 OK`
    // and the object) describes no body.
    let redirect = (300..400).contains(&status);
    // A redirect's example (`302 Found`, `Content-Type: text/plain` and a `Location`: a
    // report's CSV download) beside prose answering `200 OK` and an object says nothing of
    // that answer's body or headers.
    let own_outcome =
        first_response.filter(|(m, ..)| redirect || m.status.as_ref().is_none_or(|s| !(300..400).contains(&s.0)));
    let media_type = own_outcome
        .filter(|(m, ..)| m.status.as_ref().is_none_or(|s| s.0 != 204))
        .and_then(|(m, ..)| m.header("content-type"))
        .map(media_type_of);
    // Not an example answering otherwise than a `204 No Content` the prose states (an approval
    // cancel's `202 Accepted` and its `Location`): no content, no header to follow.
    let example_location = own_outcome.is_some_and(|(m, ..)| {
        m.header("location").is_some() && (status != 204 || m.status.as_ref().is_none_or(|s| s.0 == 204))
    });
    // Any other success with a `Location` the prose names or the example shows (a call's
    // `updateRecordingStatus` and `mute` answer `200 OK` and the operation's URI).
    let location = redirect
        || mentions_location
        || location_of.contains(&status)
        || example_location
        || (matches!(status, 201 | 202) && intro_names_location(page));
    let mut example_type = None;
    // The example shows the whole response and it has no body (`202 Accepted` with a
    // `Location` header; a photo upload's `200 OK`), and the prose names none.
    let example_without_body =
        first_response.is_some_and(|(m, json, _)| json.is_none() && m.body.trim().is_empty() && m.status.is_some());
    let empty_shown = first_response.is_some_and(|(m, json, _)| match json {
        Some(json) => json.as_object().is_some_and(|o| o.is_empty()),
        None => m.body.split_whitespace().collect::<String>() == "{}",
    });
    let body = if status == 204
        || redirect
        || (no_content && annotated.is_none())
        || (example_without_body && !mentions_body && prose_type.is_none())
        // "returns `202 Accepted` and reevaluates the [x] object": accepted work, no body; so is
        // a `202` whose example answers `{}` under an annotation copied from elsewhere (`Edm.String`).
        || (status == 202 && !mentions_body && (annotated.is_none() || (empty_shown && prose_type.is_none())))
        // Accepted work whose example answers a `Location` and nothing else: the objects the
        // prose names are what that URL answers later.
        || (status == 202 && example_without_body && example_location && polls_location && annotated.is_none())
    {
        None
    } else if let Some(mt) = media_type.as_deref().filter(|m| !m.contains("json")) {
        Some(Body::new(non_json(mt), Shape::Raw))
    } else {
        // The example answers one primitive (`{"value": "https://…"}`) and its annotation
        // says so: a link in the prose names what the value is about ("a SAS URL for
        // the [educationSynchronizationProfile]"), not the body's type.
        let primitive_shown = first_response.and_then(|(_, json, _)| one_value(json.as_ref()?)).is_some();
        let prose_type = match (&annotated, prose_type) {
            (Some(TypeRef::Primitive(a)), Some(TypeRef::Named(_))) if *a != Primitive::Json && primitive_shown => None,
            (_, p) => p,
        };
        let ty = match (annotated, prose_type) {
            // An example shows one instance, often of a derived type (`fileAttachment` where the
            // page returns `attachment`s); the page's own statement names the type, and
            // resolution checks the two against the types' bases.
            (Some(a), Some(p)) if prose_states_type => {
                // The example's body names its own type (`"@odata.type": "#microsoft.graph.device"`)
                // among those the prose states ("a [user], [group], or [device] object"): an
                // annotation naming another type is a stale copy unless it is their base.
                let json = first_response.and_then(|(_, json, _)| json.as_ref());
                // A link naming the annotation's root type bare but sending to a namespace's page
                // of that name (`[sensitivityLabel](security-sensitivitylabel.md)` beside
                // `microsoft.graph.sensitivityLabel`): the namespace's type is stated, so the two
                // are weighed as any other pair.
                let linked = p.named().map(|p| namespaced_link(p, &a, prose_link.as_ref()));
                let rooted = linked.as_deref() != p.named();
                example_type =
                    linked.as_deref().and_then(|l| shown_type(json, &a, l, &either)).map(|t| ShownType { rooted, ..t });
                // One object that is no page of items (no `value`), as the annotation says; not
                // where the path ends in the type's set (`…/offerShiftRequests`: a list whatever
                // its example shows).
                // Nor where the example is a parent's entity (`…/assignmentSettings/$entity` on
                // the page of `…/assignmentSettings/gradingCategories`), nor a list under another
                // name (`{"staffAvailabilityItem": [{…}]}`: its one member an array of objects).
                let set_of = |n: &str| ends_in_set_of(template, n);
                let shown_one = of_a_line
                    && !p.named().is_some_and(set_of)
                    && first_response
                        .and_then(|(_, json, _)| json.as_ref())
                        .is_some_and(|json| shows_one_object(json) && !parent_entity_shown(json, template));
                let p = as_its_link_target(p, &a, prose_link.as_ref());
                // The example's body naming the root type the prose links (`"@odata.type":
                // "#microsoft.graph.permission"` under an annotation `oneDrive.permission`): the
                // annotation's namespace is not the answer's.
                let root_shown = |n: &str| {
                    json.is_some_and(|json| {
                        odata_types_shown_as_written(json).iter().any(|t| {
                            t.strip_prefix("microsoft.graph.").is_some_and(|bare| bare.eq_ignore_ascii_case(n))
                        })
                    })
                };
                // (A page of them as one: `Collection(oneDrive.permission)` over items naming
                // `#microsoft.graph.permission`.)
                let keeps_root =
                    matches!((p.named(), a.named()), (Some(s), Some(n)) if n.contains('.') && root_shown(s));
                let spelled = if keeps_root { p } else { spelled_as(p, &a) };
                Some(with_collection_of(spelled, &a, shown_one, may_list))
            }
            (a, p) => a.or(p),
        };
        // The example's body shows a page of items (`{"value": [{…}]}`) or one item
        // (`"@odata.context": "…/$entity"`): a page's prose or annotation copied from
        // another page ("a collection of [chat] objects" on Get chat) gives way.
        let shown = first_response.filter(|_| of_a_line).and_then(|(_, json, _)| json.as_ref());
        // A creation answers the entity it made: a `201` example wrapping it in `value`
        // is a list's example copied onto the page.
        let ty = ty.map(|t| list_or_item_shown(t, shown, may_list && status != 201, template));
        // A read of one member of the items' set (`GET …/items/{id}` answering "a collection
        // of [item] objects", copied from the list's page) whose example shows one object
        // answers that item.
        let ty = ty.map(|t| match t {
            TypeRef::Collection(inner)
                if matches!(&*inner, TypeRef::Named(n) if member_of_set(template, n))
                    && shown.is_some_and(|json| shows_one_object(json) && shows_list(json, template).is_none()) =>
            {
                *inner
            }
            t => t,
        });
        // A "List …" page reading the set its answer's items are named for (`GET …/whoisRecords`)
        // answers a page of them, whatever its copied "a [whoisRecord] object" says.
        let lists = page.title.trim_start().starts_with("List ");
        let ty = ty.map(|t| match t {
            TypeRef::Named(n) if lists && may_list && status == 200 && ends_in_set_of(template, &n) => {
                TypeRef::Collection(Box::new(TypeRef::Named(n)))
            }
            t => t,
        });
        ty.map(|t| {
            let shape = match t {
                TypeRef::Collection(inner) => Shape::CollectionPage(*inner),
                TypeRef::Primitive(Primitive::Stream) => Shape::Raw,
                // OData wraps a single primitive: `{"value": 8}`.
                TypeRef::Primitive(p) if p != Primitive::Json => {
                    Shape::Object(vec![Property::value(TypeRef::Primitive(p), Origin { file: page.file, offset: 0 })])
                }
                t => Shape::Type(t),
            };
            let media_type = if shape == Shape::Raw {
                "application/octet-stream".to_string()
            } else {
                "application/json".to_string()
            };
            Body::new(media_type, shape)
        })
    };
    // "an **accounts** object", "a JSON collection of **recentNotebooks**": a name in bold,
    // where no link names the type. Beside an annotation, with the example's members:
    // resolution weighs the two (an annotation copied from another page).
    let named_in_bold = section.as_ref().filter(|_| prose_link.is_none()).and_then(|s| {
        let name = s.iter().find_map(|(_, b)| match b {
            Block::Paragraph(p) => bold_type_name(page, p),
            _ => None,
        })?;
        let members = match first_response.and_then(|(_, json, _)| json.as_ref()) {
            Some(json) if annotated_any => members_shown(json),
            _ if annotated_any => return None,
            _ => Vec::new(),
        };
        Some(ShownType { name, members, stated_shown: false, rooted: false })
    });
    let (documents_location, mut headers) = documented_headers(page);
    // Headers a request header's row says the answer carries (`Preference-Applied`).
    for (name, description) in super::request::headers_answered(page) {
        if !headers.iter().any(|h| h.name.eq_ignore_ascii_case(&name)) {
            headers.push(ResponseHeader { name, description, required: false });
        }
    }
    let response = Response {
        status,
        description: section.map(|s| s.title).filter(|_| false).unwrap_or_else(|| reason(status).to_string()),
        body,
        location_header: location || documents_location,
        operation_location_header: matches!(status, 201 | 202) && mentions_operation_location,
        headers,
        example_type,
        either: if prose_states_type { either } else { Vec::new() },
        named_in_bold,
    };
    // A request header's row naming the success it brings (`Prefer: return=minimal` and a `204`
    // beside the prose's `200 OK` without a body): a status too, where the answer has no body
    // either way (one success type per operation).
    if response.body.is_none() {
        for s in super::request::header_statuses(page) {
            if !also.contains(&s) {
                also.push(s);
            }
        }
    }
    let also = also.into_iter().filter(|s| (200..300).contains(s) && *s != status).collect();
    let either_links = if response.either.is_empty() { Vec::new() } else { either_links };
    Success { response, also, link: prose_link, link_at, either_links, link_is_enum, located: location_of }
}

/// Where a paragraph writes its link to `name` (the `[` opening the link's text), if the
/// paragraph's source shows it.
pub(crate) fn link_offset(page: &Page<'_>, p: &crate::markdown::Inline, name: &str) -> Option<usize> {
    let link = p.links.iter().find(|l| strip_namespace(l.text.trim().trim_matches('`')) == name)?;
    let source = page.source.text().get(p.span.start..p.span.end)?;
    source.find(&format!("[{}]", link.text)).map(|at| p.span.start + at)
}

/// Whether a text names an error status (`404 Not Found`, `4xx`): a word of three
/// characters starting with 4 or 5, then digits or `x`.
fn names_error_status(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        let b = w.as_bytes();
        b.len() == 3
            && matches!(b[0], b'4' | b'5')
            && b[1..].iter().all(|c| c.is_ascii_digit() || *c == b'x' || *c == b'X')
    })
}

/// The headers a "Response headers" table documents (`| ETag | An indicator whether … |`),
/// or a table of the Response section whose rows all name headers ("The response contains
/// the following response headers." above `| Location | … |`, `| Retry-After | … |`), and
/// whether it lists `Location` (which the response models on its own).
fn documented_headers(page: &Page<'_>) -> (bool, Vec<ResponseHeader>) {
    let mut location = false;
    let mut headers: Vec<ResponseHeader> = Vec::new();
    let header_name = |cell: &str| is_header_name(cell.trim().trim_matches('`'));
    let of_headers = |t: &&crate::markdown::Table| {
        !t.rows.is_empty()
            && t.rows.iter().all(|r| r.first().is_some_and(|c| header_name(&c.text)))
            && t.rows.iter().any(|r| r.first().is_some_and(|c| c.text.contains('-') || is_location(&c.text)))
    };
    let tables: Vec<&crate::markdown::Table> = match page.section(&["response headers", "response header"]) {
        Some(section) => section.own_tables().collect(),
        None => match page.section(&["response"]) {
            Some(section) => section.own_tables().filter(of_headers).collect(),
            None => return (false, headers),
        },
    };
    for t in tables {
        // A `Required` column (`| Name | Required | Description |`).
        let required_column = t.header.iter().position(|h| h.text.trim().eq_ignore_ascii_case("required"));
        for row in &t.rows {
            let Some(name) = row.first().map(|c| c.text.trim().trim_matches('`').trim()) else { continue };
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                continue;
            }
            // `Location` is the response's location header; the row's description and
            // "Required." say more of it (kept below).
            location |= name.eq_ignore_ascii_case("location");
            // The body's own (`Content-Type`).
            if ["content-type", "content-length"].contains(&name.to_ascii_lowercase().as_str())
                || headers.iter().any(|h| h.name.eq_ignore_ascii_case(name))
            {
                continue;
            }
            let description = row.last().filter(|_| row.len() > 1).map(|c| c.text.trim().to_string());
            let description = description.filter(|d| !d.is_empty() && !is_todo(d)).unwrap_or_default();
            // A `Required` column says it; else a "Required." sentence, not one with a
            // condition or naming an error's status (`Retry-After`, "when throttled (`429`)").
            let required = match required_column.and_then(|i| row.get(i)) {
                Some(c) => matches!(c.text.trim().to_ascii_lowercase().as_str(), "yes" | "true" | "required"),
                None => {
                    says_required(&description)
                        && !says_required_sometimes(&description)
                        && !names_error_status(&description)
                }
            };
            headers.push(ResponseHeader { name: name.to_string(), description, required });
        }
    }
    (location, headers)
}

/// Whether a name is written as an HTTP header's (`ETag`, `Preference-Applied`): capitalized words
/// of letters and digits joined by dashes.
pub(super) fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .split('-')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && w.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The named type a body answers, one or a page of them.
pub(super) fn body_named_type(body: &Body) -> Option<&str> {
    match &body.shape {
        Shape::Type(TypeRef::Named(n)) | Shape::CollectionPage(TypeRef::Named(n)) => Some(n),
        _ => None,
    }
}

/// What an example shows beside the type a page states: the annotation's type
/// (`a`) where it is not the stated one (`p`), with the members the body shows and
/// whether the body names `p` or another type the prose offers (`either`) for itself.
/// Resolution weighs the two.
pub(super) fn shown_type(json: Option<&Value>, a: &TypeRef, p: &str, either: &[String]) -> Option<ShownType> {
    let name = a.named().filter(|a| !a.eq_ignore_ascii_case(p))?;
    let stated = |n: &str| p.eq_ignore_ascii_case(n) || either.iter().any(|e| e.eq_ignore_ascii_case(n));
    Some(ShownType {
        name: name.to_string(),
        members: json.map(members_shown).unwrap_or_default(),
        stated_shown: json.is_some_and(|json| odata_types_shown(json).iter().any(|t| stated(t))),
        rooted: false,
    })
}

/// The member names a response body shows for its type: an object's, or the
/// first item's of a page of items; `@odata.…` and other annotations left out.
fn members_shown(json: &Value) -> Vec<String> {
    let item = match json.get("value") {
        Some(Value::Array(items)) => items.first().unwrap_or(json),
        // One object wrapped in `value` (a common slip): its members.
        Some(item @ Value::Object(_))
            if json.as_object().is_some_and(|o| o.keys().all(|k| k == "value" || k.starts_with('@'))) =>
        {
            item
        }
        _ => json,
    };
    let Value::Object(members) = item else { return Vec::new() };
    members.keys().filter(|k| !k.contains('@')).cloned().collect()
}

/// The types a response body names for itself (`"@odata.type": "#microsoft.graph.device"`),
/// on the object or on a page's items, without the `microsoft.graph` namespace.
fn odata_types_shown(json: &Value) -> Vec<String> {
    odata_types_shown_as_written(json).into_iter().map(strip_namespace).collect()
}

/// [`odata_types_shown`] as the body writes them, `#` left off, namespace kept
/// (`microsoft.graph.permission`).
fn odata_types_shown_as_written(json: &Value) -> Vec<&str> {
    let items = match json.get("value") {
        Some(Value::Array(items)) => items.iter().collect(),
        _ => vec![json],
    };
    items.into_iter().filter_map(|i| i.get("@odata.type")?.as_str()).map(|t| t.trim_start_matches('#')).collect()
}

/// The `value` of a body that is one primitive result (`{"value": true}`).
pub(crate) fn one_value(json: &Value) -> Option<&Value> {
    let object = json.as_object()?;
    let value = object.get("value").filter(|v| !v.is_object() && !v.is_array() && !v.is_null())?;
    object.keys().all(|k| k == "value" || k.starts_with('@')).then_some(value)
}

/// Whether a JSON value can be of primitive `p` (an integer is a number too).
fn of_kind(p: Primitive, value: &Value) -> bool {
    match (p.openapi().ty, value) {
        ("boolean", Value::Bool(_)) | ("string", Value::String(_)) | ("number", Value::Number(_)) => true,
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64(),
        _ => false,
    }
}

/// Whether a JSON string spells a value of primitive `p` (`"True"` for `Edm.Boolean`, `"42"` for
/// `Edm.Int32`): the example quoted what the annotation types. Or names a primitive of its kind
/// (`"Boolean"`, `"Int32"`): the type's name where a value goes, as representations write them.
fn quoted_of_kind(p: Primitive, value: &Value) -> bool {
    let Value::String(s) = value else { return false };
    if Primitive::lookup(s).is_some_and(|named| named.openapi().ty == p.openapi().ty && p.openapi().ty != "string") {
        return true;
    }
    match p.openapi().ty {
        "boolean" => s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("false"),
        "integer" => s.parse::<i64>().is_ok(),
        "number" => s.parse::<f64>().is_ok(),
        _ => false,
    }
}

/// The primitive a JSON value shows (integers as Int64).
pub(super) fn kind_shown(value: &Value) -> Option<Primitive> {
    match value {
        Value::Bool(_) => Some(Primitive::Boolean),
        Value::String(_) => Some(Primitive::String),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(Primitive::Int64),
        Value::Number(_) => Some(Primitive::Double),
        _ => None,
    }
}

/// `ty` as a response example `shown` plainly shows it for the request line
/// `template`: a list of `ty`'s entities where `may_list` (the path addresses no
/// single member), or one of them.
pub(super) fn list_or_item_shown(ty: TypeRef, shown: Option<&Value>, may_list: bool, template: &str) -> TypeRef {
    match (ty, shown.and_then(|json| shows_list(json, template))) {
        (TypeRef::Named(n), Some(true)) if may_list => TypeRef::Collection(Box::new(TypeRef::Named(n))),
        // Not where the path ends in the items' set (`…/prompts/{id}/evaluations` answering "a
        // collection of [evaluation] objects"): a read of a set answers a list, whatever one
        // `$entity` example copied from a get page shows.
        (TypeRef::Collection(inner), Some(false)) if matches!(&*inner, TypeRef::Named(n) if !ends_in_set_of(template, n)) => {
            *inner
        }
        (ty, _) => ty,
    }
}

/// Whether an example body is one object of members (no `value`, no list under one name).
pub(crate) fn shows_one_object(json: &Value) -> bool {
    json.as_object().is_some_and(|o| {
        let mut members = o.iter().filter(|(k, _)| !k.starts_with('@'));
        let first = members.next();
        let list_under_a_name = matches!((first, members.next()), (Some((_, Value::Array(items))), None)
            if !items.is_empty() && items.iter().all(Value::is_object));
        first.is_some() && !o.contains_key("value") && !list_under_a_name
    })
}

/// Whether a request line addresses one member of the set of `item`s by its key
/// (`…/items/{id}` for `item`).
fn member_of_set(template: &str, item: &str) -> bool {
    template
        .strip_suffix('}')
        .and_then(|t| t.rsplit_once('/'))
        .is_some_and(|(set, key)| key.starts_with('{') && ends_in_set_of(set, item))
}

/// Whether a request line's last segment is the set of `item`s (`…/evaluations` for `evaluation`).
pub(crate) fn ends_in_set_of(template: &str, item: &str) -> bool {
    let short = item.rsplit('.').next().unwrap_or(item);
    template.rsplit('/').next().is_some_and(|last| super::plural(short).eq_ignore_ascii_case(last))
}

/// Whether a response example shows a page of entities (`true`: its only
/// member is a `value` array of objects) or one entity (`false`: its
/// `@odata.context` ends in `/$entity`, of no resource the request line
/// `template` goes through, or names a type); `None` when it shows neither plainly.
fn shows_list(json: &Value, template: &str) -> Option<bool> {
    let object = json.as_object()?;
    let mut members = object.keys().filter(|k| !k.starts_with('@'));
    let only = members.next().filter(|_| members.next().is_none());
    let only_value = only.is_some_and(|k| k == "value");
    // `"values": [{…}]` alone: a page of items misspelled, whatever its copied context says.
    if only.is_some_and(|k| k == "values")
        && let Some(Value::Array(items)) = object.get("values")
        && !items.is_empty()
        && items.iter().all(Value::is_object)
    {
        return Some(true);
    }
    match object.get("value") {
        // The list itself, whatever a copied `@odata.context` says.
        Some(Value::Array(items)) if only_value && !items.is_empty() && items.iter().all(Value::is_object) => {
            Some(true)
        }
        // An empty list, or one of primitives, shows neither plainly.
        Some(Value::Array(_)) => None,
        _ => {
            let context = object.get("@odata.context").and_then(Value::as_str).unwrap_or("");
            // `$metadata#microsoft.graph.security.ediscoveryIndexOperation`: one instance of the
            // type named (a list would be `#Collection(…)`).
            if context
                .rsplit_once('#')
                .is_some_and(|(_, fragment)| fragment.starts_with("microsoft.graph.") && !fragment.contains(['/', '(']))
            {
                return Some(false);
            }
            // One entity; not of a resource the path goes through: a parent's example copied
            // onto the page.
            if !context.ends_with("/$entity") || parent_entity_shown(json, template) {
                return None;
            }
            Some(false)
        }
    }
}

/// Whether an example's `@odata.context` is one entity of a resource the request line
/// `template` goes through before its end (`…/assignmentSettings/$entity` on the page about
/// `…/assignmentSettings/gradingCategories`): a parent's example copied onto the page.
/// (Contexts often name the type's set, `directoryObjects`, which no path goes through.)
fn parent_entity_shown(json: &Value, template: &str) -> bool {
    let context = json.get("@odata.context").and_then(Value::as_str).unwrap_or("");
    let Some(set) = context.strip_suffix("/$entity").and_then(|c| c.rsplit(['/', '#']).next()) else { return false };
    let set = set.split('(').next().unwrap_or(set);
    let mut literals = template.split('/').filter(|s| !s.starts_with('{') && !s.is_empty());
    literals.next_back();
    literals.any(|s| s.split('(').next().unwrap_or(s).eq_ignore_ascii_case(set))
}

/// The primitive result an example's `@odata.context` names (`…/$metadata#Edm.String`,
/// `#Collection(Edm.String)`), when its `value` is one (or a list of them).
fn edm_result(json: &Value) -> Option<TypeRef> {
    let context = json.get("@odata.context")?.as_str()?;
    let (_, fragment) = context.rsplit_once('#')?;
    let (name, collection) = match fragment.strip_prefix("Collection(") {
        Some(inner) => (inner.strip_suffix(')')?, true),
        None => (fragment, false),
    };
    let name = name.strip_prefix("Edm.")?;
    let ty = parse_type_cell(&Inline { text: name.to_string(), ..Inline::default() }).ty;
    // A stream or untyped value is not what `{"value": …}` shows.
    let TypeRef::Primitive(p) = ty.clone() else { return None };
    if matches!(p, Primitive::Stream | Primitive::Json) {
        return None;
    }
    let value = json.get("value")?;
    let shown = match value {
        Value::Array(items) => collection && items.iter().all(|v| !v.is_object() && !v.is_array()),
        Value::Object(_) => false,
        _ => !collection,
    };
    shown.then(|| if collection { TypeRef::Collection(Box::new(TypeRef::Primitive(p))) } else { TypeRef::Primitive(p) })
}

/// Whether an example's name is a stale copy from another page: its verb says
/// another method (`create_educationclass_from_educationschool` on a `DELETE`).
pub(super) fn contradicts(name: &str, method: Method) -> bool {
    let verb = name.split('_').next().unwrap_or("");
    match method {
        Method::Delete => matches!(verb, "create" | "get" | "list" | "update"),
        Method::Get => matches!(verb, "create" | "delete" | "update" | "remove"),
        Method::Patch | Method::Put => matches!(verb, "create" | "delete" | "get" | "list" | "remove"),
        _ => false,
    }
}

/// A header-table cell naming the `Location` header.
pub(super) fn is_location(cell: &str) -> bool {
    cell.trim().trim_matches('`').eq_ignore_ascii_case("location")
}

/// The type a response example's annotation names (`"@odata.type"`, `"isCollection"`);
/// `None` for ApiDoctor's `none` (no typed body) or no type.
pub(super) fn annotated_response(a: &Value) -> Option<TypeRef> {
    let ty = crate::page::annotated_type(a)?;
    // Graph's root type names no type in particular: pages annotate with it when
    // they have none at hand ("resetPassword" answers a `passwordResetResponse`).
    if strip_namespace(ty).eq_ignore_ascii_case("none") || ty.eq_ignore_ascii_case("microsoft.graph.entity") {
        return None;
    }
    let cell = parse_type_cell(&Inline { text: ty.to_string(), ..Inline::default() });
    let collection = a.get("isCollection").and_then(Value::as_bool).unwrap_or(false);
    Some(match cell.ty {
        TypeRef::Unknown(_) => return None,
        t if collection && !t.is_collection() => TypeRef::Collection(Box::new(t)),
        t => t,
    })
}

/// The name a link states (`stated`, its text), qualified with the namespace its target file
/// carries (`security-sensitivitylabel.md`, `[sensitivityLabel]`: `security.sensitivityLabel`) where
/// the annotation (`shown`) names that name in Graph's root namespace; else `stated` as it is.
fn namespaced_link(stated: &str, shown: &TypeRef, link: Option<&(String, String)>) -> String {
    let shown = match shown {
        TypeRef::Collection(inner) => &**inner,
        t => t,
    };
    match (shown, link) {
        (TypeRef::Named(n), Some((text, stem)))
            if !n.contains('.') && n.eq_ignore_ascii_case(stated) && text.eq_ignore_ascii_case(stated) =>
        {
            match stem.rsplit_once('-') {
                Some((namespace, last))
                    if last.eq_ignore_ascii_case(stated)
                        && !namespace.is_empty()
                        && namespace.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) =>
                {
                    format!("{namespace}.{stated}")
                }
                _ => stated.to_string(),
            }
        }
        _ => stated.to_string(),
    }
}

/// `stated` as the annotation names it where the link's text names another type than the page
/// it links (`[settings](../resources/sharepointsettings.md)` beside `"@odata.type":
/// "microsoft.graph.sharepointSettings"`): the annotation spells the linked page's type.
fn as_its_link_target(stated: TypeRef, shown: &TypeRef, link: Option<&(String, String)>) -> TypeRef {
    let Some((text, stem)) = link else { return stated };
    let shown = match shown {
        TypeRef::Collection(inner) => &**inner,
        t => t,
    };
    let TypeRef::Named(n) = shown else { return stated };
    let last = n.rsplit('.').next().unwrap_or(n);
    match stated {
        TypeRef::Named(s)
            if s.eq_ignore_ascii_case(text) && !s.eq_ignore_ascii_case(stem) && last.eq_ignore_ascii_case(stem) =>
        {
            TypeRef::Named(n.clone())
        }
        TypeRef::Collection(inner) => TypeRef::Collection(Box::new(as_its_link_target(*inner, shown, link))),
        stated => stated,
    }
}

/// `stated` spelled as `shown` spells the same name in camelCase where `stated`
/// runs it (or some of its words) together (a link `[chatmessage]` beside `"@odata.type":
/// "microsoft.graph.chatMessage"`, `[attributemappingFunctionSchema]` beside `…attributeMappingFunctionSchema`),
/// or in its namespace where `stated` names it bare (a link `[auditLogQuery](auditlogquery.md)`
/// beside `"@odata.type": "Collection(microsoft.graph.security.auditLogQuery)"`; a Graph
/// namespace, not an older service's: `microsoft.OutlookServices.mailboxItem`).
fn spelled_as(stated: TypeRef, shown: &TypeRef) -> TypeRef {
    let camel = crate::types::is_camel_case;
    let shown = match shown {
        TypeRef::Collection(inner) => &**inner,
        t => t,
    };
    match (stated, shown) {
        (TypeRef::Named(s), TypeRef::Named(n))
            if s.eq_ignore_ascii_case(n) && camel(n) && (!camel(&s) || crate::types::spells_more_words(n, &s)) =>
        {
            TypeRef::Named(n.clone())
        }
        (TypeRef::Named(s), TypeRef::Named(n))
            if !s.contains('.')
                && !n.to_ascii_lowercase().starts_with("microsoft.")
                && n.rsplit_once('.').is_some_and(|(_, last)| last.eq_ignore_ascii_case(&s)) =>
        {
            TypeRef::Named(n.clone())
        }
        (TypeRef::Collection(inner), shown) => TypeRef::Collection(Box::new(spelled_as(*inner, shown))),
        (stated, _) => stated,
    }
}

/// `stated`, a collection when `example` is a collection of the same type
/// (the prose says "a list of [x]" or "an [x] object", the annotation `isCollection`)
/// where the lines `may_list` (a read of one member by its key answers it, as its prose says:
/// `GET /teams/{id}/installedApps/{id}`, its annotation copied from the list's page);
/// one item when the prose says a collection and the annotation, like the example
/// body (`shown_one`), one of them.
pub(super) fn with_collection_of(stated: TypeRef, example: &TypeRef, shown_one: bool, may_list: bool) -> TypeRef {
    match (stated, example) {
        (TypeRef::Named(n), TypeRef::Collection(inner))
            if may_list && matches!(&**inner, TypeRef::Named(m) if m.eq_ignore_ascii_case(&n)) =>
        {
            TypeRef::Collection(Box::new(TypeRef::Named(n)))
        }
        // "A collection of [x]" over an example showing one `x`, annotated one: one.
        (TypeRef::Collection(inner), TypeRef::Named(m))
            if shown_one && matches!(&*inner, TypeRef::Named(n) if n.eq_ignore_ascii_case(m)) =>
        {
            *inner
        }
        (stated, _) => stated,
    }
}

/// Graph's convention when a page names no request type: `POST` answered
/// `201 Created` with an entity creates that entity, and `PATCH` answered
/// `200 OK` with an entity updates it; the body is (part of) that entity. So does a `POST`
/// answered `200 OK` with the entity its page's `title` creates ("Create timeOff").
pub(super) fn created_or_updated(method: Method, success: &Response, title: &str) -> Option<Shape> {
    let Some(Shape::Type(t @ TypeRef::Named(name))) = success.body.as_ref().map(|b| &b.shape) else { return None };
    let titled_create = || {
        let verb = title.split_whitespace().next().map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()));
        verb.is_some_and(|w| w.eq_ignore_ascii_case("create")) && crate::extract::names_type(title, name)
    };
    match (method, success.status) {
        (Method::Post, 201) | (Method::Patch, 200) => Some(Shape::Type(t.clone())),
        (Method::Post, 200) if titled_create() => Some(Shape::Type(t.clone())),
        _ => None,
    }
}

/// A primitive result the prose states (a primitive written as Graph names it):
/// "a String collection", "a collection of String" (a list), or "… response code
/// and a Int32 in the response body" (one value).
pub(super) fn primitive_result(text: &str) -> Option<TypeRef> {
    let words: Vec<&str> =
        text.split_whitespace().map(|w| w.trim_matches(|c: char| c == '`' || c == ',' || c == '.')).collect();
    let primitive = |w: &str| {
        crate::types::Primitive::names()
            .find(|p| *p == w)
            .map(|_| parse_type_cell(&Inline { text: w.to_string(), ..Inline::default() }).ty)
            .filter(|t| matches!(t, TypeRef::Primitive(p) if *p != Primitive::Json))
    };
    let list = words.windows(3).find_map(|w| match w {
        ["a" | "an", ty, "collection"] | ["collection", "of", ty] => primitive(ty),
        _ => None,
    });
    match list {
        Some(t) => Some(TypeRef::Collection(Box::new(t))),
        None => words.windows(4).find_map(|w| match w {
            ["and", "a" | "an", ty, next] if *next != "collection" && !next.eq_ignore_ascii_case("object") => {
                primitive(ty)
            }
            _ => None,
        }),
    }
}

/// "all [openShift](…) objects", "the requested [x](…) objects": a plural after
/// the link that names `name`.
fn plural_link(p: &Inline, name: &str) -> bool {
    p.links.iter().filter(|l| !l.text.is_empty() && l.text.trim_matches('`').eq_ignore_ascii_case(name)).any(|l| {
        p.text.find(&l.text).is_some_and(|at| {
            let after = p.text[at + l.text.len()..].trim_start_matches('`').trim_start();
            after.starts_with("objects") || after.starts_with("resources") || after.starts_with("entities")
        })
    })
}

/// The reason phrase of a success status.
pub(crate) fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        _ => "Success",
    }
}

/// The name a paragraph writes in bold right before "object" (`an **accounts** object`)
/// or after "collection of" (`a JSON collection of **recentNotebooks**`), from the page's
/// source text: a camelCase or lowercase identifier; on a namespaced page, qualified with
/// its namespace (resolution falls back to the bare name).
fn bold_type_name(page: &Page<'_>, p: &Inline) -> Option<String> {
    let source = page.source.text().get(p.span.start..p.span.end)?;
    let mut rest = source;
    while let Some(at) = rest.find("**") {
        let before = rest[..at].trim_end().to_ascii_lowercase();
        let after = &rest[at + 2..];
        let end = after.find("**")?;
        let name = &after[..end];
        let follows = after[end + 2..].trim_start();
        if !name.is_empty()
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric())
            && (follows.starts_with("object") || follows.starts_with("resource") || before.ends_with("collection of"))
        {
            return Some(super::types::in_page_namespace(page, name));
        }
        rest = &after[end + 2..];
    }
    None
}

/// The page's introduction (before its first section) says the answer carries a `Location`
/// ("you can get the status of the operation by retrieving the `Location` parameter from the
/// response headers").
fn intro_names_location(page: &Page<'_>) -> bool {
    page.doc.blocks.iter().take_while(|b| !matches!(b, Block::Heading(h) if h.level == 2)).any(|b| {
        let Block::Paragraph(p) = b else { return false };
        let lower = p.text.to_ascii_lowercase().replace("operation-location", "");
        lower.contains("`location`") && lower.contains("header")
    })
}

/// A Content-Type header's media type, lowercase, without parameters.
pub(super) fn media_type_of(header: &str) -> String {
    header.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

/// The media type a non-JSON body is declared with: the page's, or bytes when it names none.
pub(super) fn non_json(media_type: &str) -> String {
    if media_type.is_empty() || media_type.contains('*') || !media_type.contains('/') {
        "application/octet-stream".into()
    } else {
        media_type.into()
    }
}
