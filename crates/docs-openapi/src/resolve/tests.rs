//! Resolution through whole conversions: the rules as pages show them.

use crate::{SourceFile, codes, convert};

fn resource(title: &str, annotation: &str) -> String {
    format!(
        "---\ndoc_type: resourcePageType\n---\n# {title}\n\n## JSON representation\n{annotation}\n```json\n{{\"id\": \"String\"}}\n```\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n"
    )
}

fn get_page(link: &str) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# Get tab\n\n## HTTP request\n```http\nGET /teams/{{id}}/tabs/{{tab-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a {link} object in the response body.\n"
    )
}

/// A resource page for type `name`, deriving from `base` (none when empty), with property table `rows`.
fn type_page(name: &str, base: &str, rows: &str) -> String {
    let inherits = if base.is_empty() { String::new() } else { format!("Inherits from [{base}]({base}.md).\n\n") };
    format!(
        "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\n{inherits}## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}"
    )
}

/// An api page titled `title` with request `lines`, answering `200 OK` and `returns` ("a [x](…) object").
fn read_page(title: &str, lines: &str, returns: &str) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and {returns} in the response body.\n"
    )
}

/// The response schema of the one operation, the schema names, and the diagnostic codes.
fn convert_pages(pages: &[(&str, String)]) -> (serde_json::Value, Vec<String>, Vec<&'static str>) {
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema =
        json["paths"]["/teams/{id}/tabs/{tab-id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            .clone();
    let names = json["components"]["schemas"].as_object().unwrap().keys().cloned().collect();
    (schema, names, c.diagnostics.iter().map(|d| d.code).collect())
}

/// The names of the parameters of the `GET` at `path`, in order.
fn get_parameter_names(json: &serde_json::Value, path: &str) -> Vec<String> {
    json["paths"][path]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

/// Whether the `GET` at `path` requires its parameter `name`; `None` where it has none so named.
fn get_parameter_required(json: &serde_json::Value, path: &str, name: &str) -> Option<bool> {
    let parameters = json["paths"][path]["get"]["parameters"].as_array().unwrap();
    parameters.iter().find(|p| p["name"] == name).map(|p| p["required"].as_bool().unwrap_or(false))
}

/// The names of a schema's properties, sorted.
fn property_names(json: &serde_json::Value, schema: &str) -> Vec<String> {
    let mut names: Vec<String> =
        json["components"]["schemas"][schema]["properties"].as_object().unwrap().keys().cloned().collect();
    names.sort();
    names
}

/// The contract of `pages` (name, text) as JSON.
fn contract(pages: &[(&str, &str)]) -> serde_json::Value {
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    serde_json::from_str(&c.to_json()).unwrap()
}

/// [`contract`] of pages whose texts are owned.
fn contract_owned(pages: &[(&str, String)]) -> serde_json::Value {
    contract(&pages.iter().map(|(n, t)| (*n, t.as_str())).collect::<Vec<_>>())
}

/// The `$ref` a schema stands for: its own, or its wrapper's (`allOf` beside what a member's row
/// says, `anyOf` beside `null` for a member that may be null).
fn ref_of(v: &serde_json::Value) -> serde_json::Value {
    let wrapped = |k: &str| v[k][0]["$ref"].clone();
    [v["$ref"].clone(), wrapped("allOf"), wrapped("anyOf")].into_iter().find(|r| !r.is_null()).unwrap_or_default()
}

/// beta's Get call page, writing `/communications/…` beside `/app/…`, with a `note` under its lines.
fn call_get_with_note(note: &str) -> String {
    read_page(
        "Get call",
        "GET /communications/calls/{id}\nGET /app/calls/{id}",
        "a [call](../resources/call.md) object",
    )
    .replace("## Response", &format!("> **Note:** {note}\n\n## Response"))
}

/// A contract's paths, in order.
fn path_keys(json: &serde_json::Value) -> Vec<&str> {
    json["paths"].as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn a_link_whose_text_names_no_type_means_the_linked_page_type() {
    let (schema, names, codes) = convert_pages(&[
        ("api/teamstab-get.md", get_page("[tab](../resources/teamsTab.md)")),
        ("resources/teamstab.md", resource("teamsTab resource type", "")),
    ]);
    assert_eq!(schema["$ref"], "#/components/schemas/teamsTab");
    assert!(!names.contains(&"tab".to_string()), "{names:?}");
    assert!(!codes.contains(&codes::MISSING_TYPE_PAGE), "{codes:?}");
}

#[test]
fn a_link_to_a_page_whose_type_another_page_defines_means_that_type() {
    // beta's OneNote: `page.md` (title "page", annotation `onenotePage`) beside `onenotepage.md`,
    // which wins; "a collection of [page](../resources/page.md) objects" means `onenotePage`.
    let annotation = "<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.teamsTab\"} -->";
    for order in [["resources/teamstab.md", "resources/tab.md"], ["resources/tab.md", "resources/teamstab.md"]] {
        let (schema, names, codes) = convert_pages(&[
            ("api/teamstab-get.md", get_page("[tab](../resources/tab.md)")),
            (order[0], resource("teamsTab resource type", annotation)),
            (order[1], resource("tab resource type", annotation)),
        ]);
        assert_eq!(schema["$ref"], "#/components/schemas/teamsTab", "{order:?}");
        assert!(!names.contains(&"tab".to_string()), "{names:?}");
        assert!(codes.contains(&codes::DUPLICATE_TYPE) && !codes.contains(&codes::MISSING_TYPE_PAGE), "{codes:?}");
    }
}

#[test]
fn a_link_text_naming_another_page_s_type_means_the_linked_page_type() {
    // `[photo](profilephoto.md)` while `photo` is a drive item facet.
    let (schema, ..) = convert_pages(&[
        ("api/teamstab-get.md", get_page("[user](../resources/teamstab.md)")),
        ("resources/teamstab.md", resource("teamsTab resource type", "")),
        ("resources/user.md", resource("user resource type", "")),
    ]);
    assert_eq!(schema["$ref"], "#/components/schemas/teamsTab");
    // The text's type stays when its own page is the one linked.
    let (schema, ..) = convert_pages(&[
        ("api/teamstab-get.md", get_page("[user](../resources/user.md)")),
        ("resources/teamstab.md", resource("teamsTab resource type", "")),
        ("resources/user.md", resource("user resource type", "")),
    ]);
    assert_eq!(schema["$ref"], "#/components/schemas/user");
    // A type's name in camelCase is meant as written, whatever page the link goes to.
    let (schema, ..) = convert_pages(&[
        ("api/teamstab-get.md", get_page("[voiceMethod](../resources/teamstab.md)")),
        ("resources/teamstab.md", resource("teamsTab resource type", "")),
        ("resources/voicemethod.md", resource("voiceMethod resource type", "")),
    ]);
    assert_eq!(schema["$ref"], "#/components/schemas/voiceMethod");
}

#[test]
fn a_lowercase_annotation_takes_the_title_s_camel_case() {
    let annotated =
        |name: &str| format!("<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->");
    let (_, names, _) = convert_pages(&[
        (
            "resources/teamsasyncoperation.md",
            resource("teamsAsyncOperation resource type", &annotated("teamsasyncoperation")),
        ),
        ("resources/drive.md", resource("Drive resource type", &annotated("drive"))),
        ("resources/identityprovider.md", resource("identityProvider resource type", &annotated("IdentityProvider"))),
        // The earlier eDiscovery's legal hold: the page's `Namespace:` line qualifies the title.
        (
            "resources/ediscovery-legalhold.md",
            resource("legalHold resource type", &annotated("legalhold"))
                .replace("\n\n## JSON", "\n\nNamespace: microsoft.graph.ediscovery\n\n## JSON"),
        ),
    ]);
    assert!(names.contains(&"ediscovery.legalHold".to_string()), "{names:?}");
    assert!(names.contains(&"teamsAsyncOperation".to_string()), "{names:?}");
    assert!(names.contains(&"identityProvider".to_string()), "{names:?}");
    assert!(names.contains(&"drive".to_string()), "type names start in lowercase: {names:?}");
}

#[test]
fn a_list_of_objects_is_a_collection() {
    let (schema, ..) = convert_pages(&[
        (
            "api/teamstab-get.md",
            get_page("[teamsTab](../resources/teamstab.md)").replace("a [teamsTab]", "a list of [teamsTab]"),
        ),
        ("resources/teamstab.md", resource("teamsTab resource type", "")),
    ]);
    assert_eq!(schema["$ref"], "#/components/schemas/teamsTabCollectionResponse");
}

#[test]
fn a_link_to_a_page_of_several_types_keeps_its_text() {
    let list = "---\ntitle: \"Enum values\"\ndoc_type: enumPageType\n---\n\n### attachmentType values\n\n|Member|Value|Description|\n|:---|:---|:---|\n|file|0|A file.|\n\n### dayOfWeek values\n\n|Member|Value|Description|\n|:---|:---|:---|\n|sunday|0|Sunday.|\n";
    let (schema, names, codes) = convert_pages(&[
        ("api/teamstab-get.md", get_page("[dayOfWeek](../resources/enums.md#dayofweek-values)")),
        ("resources/enums.md", list.to_string()),
    ]);
    // One enum value, wrapped as OData wraps it.
    assert_eq!(schema["properties"]["value"]["$ref"], "#/components/schemas/dayOfWeek", "{schema} {names:?} {codes:?}");
}

#[test]
fn a_link_to_an_input_page_defining_no_such_type_says_so() {
    // beta's Dynamics customer: `[NAV.PostalAddress](../resources/dynamics-complextypes.md)`, a page
    // among the inputs titled "complex types JSON", which names no type.
    let customer = type_page(
        "customer",
        "",
        "|id|String|The id.|\n|address|[NAV.PostalAddress](../resources/dynamics-complextypes.md)|The address.|\n",
    );
    let complex = "---\ndoc_type: resourcePageType\n---\n# complex types JSON\n\n## Postal address\n\n### Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|street|string|The street.|\n";
    let said = |pages: &[(&str, &str)]| {
        let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
        c.diagnostics
            .iter()
            .filter(|d| d.code == codes::MISSING_TYPE_PAGE)
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
    };
    let both = said(&[("resources/dynamics-customer.md", &customer), ("resources/dynamics-complextypes.md", complex)]);
    assert_eq!(
        both,
        [
            "type `NAV.PostalAddress` is linked to `dynamics-complextypes.md`, which is among the inputs but defines no type by that name; emitted as an open object with `@odata.type`"
        ]
    );
    let alone = said(&[("resources/dynamics-customer.md", &customer)]);
    assert_eq!(
        alone,
        [
            "type `NAV.PostalAddress` is linked but its page is not among the inputs; emitted as an open object with `@odata.type`"
        ]
    );
}

#[test]
fn a_namespaced_page_s_link_to_its_namespace_s_page_is_that_namespace_s_type() {
    // beta's security sensitivity label actions link `[contentInfo](../resources/security-contentinfo.md)`,
    // the older information protection pages `[contentInfo](../resources/contentinfo.md)`; neither
    // page among the inputs.
    let action = |ns: &str, stem: &str, path: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# sensitivityLabel: extractContentLabel\n\n{ns}## HTTP request\n```http\nPOST {path}\n```\n\n## Request body\n|Parameter|Type|Description|\n|:---|:---|:---|\n|contentInfo|[contentInfo](../resources/{stem}.md)|The content.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let security =
        action("Namespace: microsoft.graph.security\n\n", "security-contentinfo", "/security/labels/extract");
    let root = action("", "contentinfo", "/informationProtection/extract");
    let json = contract(&[("api/security-extract.md", &security), ("api/label-extract.md", &root)]);
    let member = |path: &str| {
        json["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["contentInfo"]
            ["anyOf"][0]["$ref"]
            .clone()
    };
    assert_eq!(member("/security/labels/extract"), "#/components/schemas/security.contentInfo");
    assert_eq!(member("/informationProtection/extract"), "#/components/schemas/contentInfo");
}

#[test]
fn a_link_to_a_namespaced_page_names_the_root_type_the_page_itself_qualifies_so() {
    // beta's industry data operations: `[longRunningOperation](../resources/industrydata-longrunningoperation.md)`
    // beside `"@odata.type": "Collection(microsoft.graph.longRunningOperation)"` (the linked page,
    // missing, declares `microsoft.graph.longRunningOperation`).
    let flow = "---\ndoc_type: resourcePageType\n---\n# inboundFlow resource type\n\nNamespace: microsoft.graph.industryData\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n";
    let list = |annotation: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List longRunningOperations\n\nNamespace: microsoft.graph\n\n## HTTP request\n```http\nGET /external/industryData/operations\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [longRunningOperation](../resources/industrydata-longrunningoperation.md) objects in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"{annotation}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": []}}\n```\n"
        )
    };
    let answer = |annotation: &str| {
        let page = list(annotation);
        let json = contract(&[("resources/industrydata-inboundflow.md", flow), ("api/operations-list.md", &page)]);
        json["paths"]["/external/industryData/operations"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"]["$ref"]
            .clone()
    };
    assert_eq!(
        answer("Collection(microsoft.graph.longRunningOperation)"),
        "#/components/schemas/longRunningOperationCollectionResponse"
    );
    // Without the page saying so, the link's namespaced file names the namespace's type.
    assert_eq!(
        answer("Collection(microsoft.graph.industryData.longRunningOperation)"),
        "#/components/schemas/industryData.longRunningOperationCollectionResponse"
    );
}

#[test]
fn a_key_naming_another_property_than_the_id_keeps_its_name() {
    // beta's places: `GET /places/{room-list-emailaddress}/microsoft.graph.roomlist/rooms` ("you must
    // specify the room list by its **emailAddress** property, not by its **id**") beside two pages of
    // `/places/{id}`.
    let list = read_page(
        "List places",
        "GET /places/{room-list-emailaddress}/microsoft.graph.roomlist/rooms",
        "a collection of [room](../resources/room.md) objects",
    );
    let get = read_page("Get place", "GET /places/{id}", "a [place](../resources/place.md) object");
    let update = read_page("Update place", "PATCH /places/{id}", "a [place](../resources/place.md) object");
    let misspelled = list.replace("{room-list-emailaddress}", "{roomListId}");
    let keys = |list: &str| {
        let json =
            contract(&[("api/place-list.md", list), ("api/place-get.md", &get), ("api/place-update.md", &update)]);
        json["paths"].as_object().unwrap().keys().filter(|p| p.contains("roomlist")).cloned().collect::<Vec<_>>()
    };
    assert_eq!(keys(&list), ["/places/{room-list-emailaddress}/microsoft.graph.roomlist/rooms"]);
    // A key naming the id in other words takes the name the other paths give.
    assert_eq!(keys(&misspelled), ["/places/{id}/microsoft.graph.roomlist/rooms"]);
}

#[test]
fn a_key_naming_another_property_than_the_id_is_no_name_for_other_paths() {
    // beta's place list (r593) writes `{room-list-emailaddress}` on two lines (rooms and workspaces);
    // a lone get of `/places/{id}` addresses the place by its id, not by a room list's email address.
    let list = read_page(
        "List places",
        "GET /places/{room-list-emailaddress}/microsoft.graph.roomlist/rooms\nGET /places/{room-list-emailaddress}/microsoft.graph.roomlist/workspaces",
        "a collection of [place](../resources/place.md) objects",
    );
    let get = read_page("Get place", "GET /places/{id}", "a [place](../resources/place.md) object");
    let json = contract(&[("api/place-list.md", &list), ("api/place-get.md", &get)]);
    let paths: Vec<String> = json["paths"].as_object().unwrap().keys().cloned().collect();
    assert!(paths.contains(&"/places/{id}".to_string()), "{paths:?}");
}

#[test]
fn a_text_another_link_sends_to_its_own_missing_page_keeps_its_type() {
    // v1.0's user app upgrade: `|consentedPermissionSet|[teamsAppPermissionSet](../resources/teamsappdefinition.md)|`,
    // while the installation's page links `[teamsAppPermissionSet](teamsapppermissionset.md)` (missing).
    let installation = type_page(
        "teamsAppInstallation",
        "",
        "|id|String|The id.|\n|consentedPermissionSet|[teamsAppPermissionSet](teamsapppermissionset.md)|The set.|\n",
    );
    let definition = type_page("teamsAppDefinition", "", "|id|String|The id.|\n|displayName|String|The name.|\n");
    let upgrade = "---\ndoc_type: apiPageType\n---\n# teamsAppInstallation in personal scope: upgrade\n\n## HTTP request\n```http\nPOST /users/{user-id}/teamwork/installedApps/{app-installation-id}/upgrade\n```\n\n## Request body\n|Parameter|Type|Description|\n|:---|:---|:---|\n|consentedPermissionSet|[teamsAppPermissionSet](../resources/teamsappdefinition.md)|The set. Optional.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let pages = |installation: &str| {
        let c = convert(
            [
                ("resources/teamsappinstallation.md", installation),
                ("resources/teamsappdefinition.md", definition.as_str()),
                ("api/userteamwork-teamsappinstallation-upgrade.md", upgrade),
            ]
            .iter()
            .map(|(n, t)| SourceFile::new(*n, *t))
            .collect(),
        );
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let member = json["paths"]["/users/{user-id}/teamwork/installedApps/{app-installation-id}/upgrade"]["post"]
            ["requestBody"]["content"]["application/json"]["schema"]["properties"]["consentedPermissionSet"]
            .to_string();
        let said: Vec<String> =
            c.diagnostics.iter().filter(|d| d.code == codes::MISSING_TYPE_PAGE).map(|d| d.message.clone()).collect();
        (member, said)
    };
    let (member, said) = pages(&installation);
    assert!(member.contains("#/components/schemas/teamsAppPermissionSet"), "{member}");
    assert_eq!(
        said,
        [
            "type `teamsAppPermissionSet` is linked but its page is not among the inputs; emitted as an open object with `@odata.type`"
        ]
    );
    // No link to its own page: the text names a word for the linked page's type.
    let (member, _) = pages(&installation.replace("[teamsAppPermissionSet](teamsapppermissionset.md)", "String"));
    assert!(member.contains("#/components/schemas/teamsAppDefinition"), "{member}");
}

#[test]
fn a_plural_link_to_a_missing_page_is_said_missing_under_the_type_s_name() {
    // beta's reading assignment submission: `|challengingWords|Collection of [challengingWords](../resources/challengingword.md)|`.
    let page = type_page(
        "readingAssignmentSubmission",
        "",
        "|id|String|The id.|\n|challengingWords|Collection of [challengingWords](../resources/challengingword.md)|The words.|\n",
    );
    let c = convert(vec![SourceFile::new("resources/readingassignmentsubmission.md", page)]);
    let said: Vec<(&str, &str)> = c
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("challengingWord"))
        .map(|d| (d.code, d.message.as_str()))
        .collect();
    assert_eq!(
        said,
        [(
            codes::MISSING_TYPE_PAGE,
            "type `challengingWord` is linked but its page is not among the inputs; emitted as an open object with `@odata.type`"
        )]
    );
}

#[test]
fn the_page_about_an_operation_outranks_pages_that_show_it() {
    let page = |title: &str, line: &str, response: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and {response} in the response body.\n"
        )
    };
    let pages = [
        // Sorts first, shows the request with a query, and names a generic type.
        (
            "api/extendedproperty-get.md",
            page(
                "Get extended property",
                "GET /me/messages?$filter={filter}",
                "an [entity](../resources/entity.md) object",
            ),
        ),
        (
            "api/user-list-messages.md",
            page("List messages", "GET /me/messages", "a collection of [message](../resources/message.md) objects"),
        ),
        ("resources/entity.md", resource("entity resource type", "")),
        ("resources/message.md", resource("message resource type", "")),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/me/messages"]["get"];
    assert_eq!(
        op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/messageCollectionResponse",
        "{op}"
    );
    assert_eq!(op["x-doc-source"]["file"], "api/user-list-messages.md");
    assert_eq!(op["x-doc-source"]["also"][0]["file"], "api/extendedproperty-get.md", "the page that gave way: {op}");
    assert_eq!(op["x-doc-source"]["also"].as_array().map(Vec::len), Some(1));
    assert_eq!(op["parameters"][0]["name"], "$filter", "the other page still adds its parameters");
    assert!(c.diagnostics.iter().all(|d| d.code != codes::DUPLICATE_OPERATION), "{:?}", c.diagnostics);

    // Without a query either, the page whose first word names what the path addresses wins.
    let pages = [
        (
            "api/intune-shared-user-create.md",
            page("Create user", "POST /users", "an [entity](../resources/entity.md) object"),
        ),
        ("api/user-post-users.md", page("Create user", "POST /users", "a [user](../resources/user.md) object")),
        ("resources/entity.md", resource("entity resource type", "")),
        ("resources/user.md", resource("user resource type", "")),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let op = c.api.operations.iter().find(|o| o.path == "/users").unwrap();
    assert_eq!(c.files[op.origin.file.0 as usize].name(), "api/user-post-users.md");

    // Then the page whose first word names what the subject belongs to.
    let line = "POST /users/{id}/getMemberObjects";
    let pages = [
        ("api/directoryobject-getmemberobjects.md", page("getMemberObjects", line, "a String collection")),
        ("api/user-getmemberobjects.md", page("user: getMemberObjects", line, "a String collection")),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let op = &c.api.operations[0];
    assert_eq!(c.files[op.origin.file.0 as usize].name(), "api/user-getmemberobjects.md");

    // A get page writing the list's request line gives way to the list page, whose
    // example shows the list its prose (copied from the get page) does not name.
    let line = "GET /teams/{teamId}/schedule/swapShiftsChangeRequests";
    let shown = |body: &str| {
        format!(
            "\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\n{line}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.swapShiftsChangeRequest\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n"
        )
    };
    let one = "a [swapShiftsChangeRequest](../resources/swapshiftschangerequest.md) object";
    let pages = [
        (
            "api/swapshiftschangerequest-get.md",
            page("Get swapShiftsChangeRequest", line, one) + &shown("{\"id\": \"1\"}"),
        ),
        (
            "api/swapshiftschangerequest-list.md",
            page("List swapShiftsChangeRequest", line, one) + &shown("{\"value\": [{\"id\": \"1\"}]}"),
        ),
        ("resources/swapshiftschangerequest.md", resource("swapShiftsChangeRequest resource type", "")),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let op = &c.api.operations[0];
    assert_eq!(c.files[op.origin.file.0 as usize].name(), "api/swapshiftschangerequest-list.md");
    // And the other way round: one member's GET written on both takes the get page.
    let member = "GET /teams/{teamId}/schedule/swapShiftsChangeRequests/{id}";
    let pages = [
        ("api/swapshiftschangerequest-list.md", page("List swapShiftsChangeRequest", member, one)),
        ("api/swapshiftschangerequest-get.md", page("Get swapShiftsChangeRequest", member, one)),
    ];
    let member_c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let member_op = &member_c.api.operations[0];
    assert_eq!(member_c.files[member_op.origin.file.0 as usize].name(), "api/swapshiftschangerequest-get.md");
    // So does a list page whose one line shows the list filtered.
    let pages = [
        ("api/swapshiftschangerequest-get.md", page("Get swapShiftsChangeRequest", line, one)),
        (
            "api/schedule-list-swapshiftschangerequests.md",
            page("List swapShiftsChangeRequest", &format!("{line}?$filter=state eq 'pending'"), one),
        ),
    ];
    let filtered = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let op = &filtered.api.operations[0];
    assert_eq!(filtered.files[op.origin.file.0 as usize].name(), "api/schedule-list-swapshiftschangerequests.md");
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(
        json["paths"]["/teams/{teamId}/schedule/swapShiftsChangeRequests"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"]["$ref"],
        "#/components/schemas/swapShiftsChangeRequestCollectionResponse"
    );
}

#[test]
fn what_an_example_shows_beats_a_copied_list_or_item() {
    // "a collection of [chat] objects" on a Get page whose examples show one chat.
    let text = |lines: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get chat\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [chat](../resources/chat.md) objects in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /chats/1\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.chat\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{example}\n```\n"
        )
    };
    let schema = |example: &str| {
        let pages = [
            ("api/chat-get.md", text("GET /chats/{chat-id}\nGET /me/chats/{chat-id}", example)),
            ("resources/chat.md", resource("chat resource type", "")),
        ];
        let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        ["/chats/{chat-id}", "/me/chats/{chat-id}"].map(|p| {
            json["paths"][p]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
    };
    let one = "#/components/schemas/chat".to_string();
    let list = "#/components/schemas/chatCollectionResponse".to_string();
    let entity = r#"{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats/$entity", "id": "1"}"#;
    assert_eq!(schema(entity), [one.clone(), one.clone()]);
    // A list shown is a list, whatever a copied `@odata.context` says.
    let shown =
        r#"{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats/$entity", "value": [{"id": "1"}]}"#;
    assert_eq!(schema(shown), [list.clone(), list.clone()]);
    // One object, as the annotation says: one.
    assert_eq!(schema(r#"{"id": "1"}"#), [one.clone(), one]);
    // Neither plainly: the prose stands.
    assert_eq!(schema(r#"{}"#), [list.clone(), list]);

    // A later request line's own example decides for its line; a list shown for a
    // member (`…/{id}`) is a doc's slip, not a list.
    let example = |line: &str, body: &str| {
        format!(
            "\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET {line}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.chat\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n"
        )
    };
    let page = format!(
        "---\ndoc_type: apiPageType\n---\n# Get chats\n\n## HTTP request\n```http\nGET /chats/{{chat-id}}\nGET /users/{{user-id}}/chats\nGET /teams/{{team-id}}/chat/{{chat-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [chat](../resources/chat.md) object in the response body.\n\n## Example\n{}{}{}",
        example("/chats/1", r#"{"id": "1"}"#),
        example("/users/2/chats", r#"{"value": [{"id": "1"}]}"#),
        example("/teams/3/chat/1", r#"{"value": [{"id": "1"}]}"#),
    );
    let pages = [("api/chat-get.md", page), ("resources/chat.md", resource("chat resource type", ""))];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema =
        |p: &str| json["paths"][p]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].clone();
    assert_eq!(schema("/chats/{chat-id}"), "#/components/schemas/chat");
    assert_eq!(schema("/users/{user-id}/chats"), "#/components/schemas/chatCollectionResponse");
    assert_eq!(schema("/teams/{team-id}/chat/{chat-id}"), "#/components/schemas/chat");
}

#[test]
fn a_key_in_parentheses_is_the_segment_another_page_writes() {
    let page = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Vendor\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nReturns `200 OK`.\n"
        )
    };
    let c = convert(vec![
        SourceFile::new("api/a.md", page("DELETE /financials/companies('{id}')/vendors('{vendorId}')")),
        SourceFile::new("api/b.md", page("GET /financials/companies/{companyId}/vendors/{id}")),
    ]);
    let paths: Vec<(&str, Vec<&str>)> = c
        .api
        .operations
        .iter()
        .map(|o| (o.path.as_str(), o.parameters.iter().map(|p| p.name.as_str()).collect()))
        .collect();
    assert_eq!(
        paths,
        [
            ("/financials/companies/{companyId}/vendors/{id}", vec!["companyId", "id"]),
            ("/financials/companies/{companyId}/vendors/{id}", vec!["companyId", "id"]),
        ],
        "one path, its parameters renamed by position"
    );
    // The renamed page's keys as it wrote them, beside the contract's: in `x-doc-source.keys`.
    let renamed: Vec<&[(String, String)]> = c.api.operations.iter().map(|o| o.keys_written.as_slice()).collect();
    assert!(
        renamed
            .iter()
            .any(|k| *k == [("companyId".to_string(), "id".to_string()), ("id".to_string(), "vendorId".to_string())]),
        "{renamed:?}"
    );
    assert!(renamed.iter().any(|k| k.is_empty()), "the page writing the contract's names has none: {renamed:?}");
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let written = &json["paths"]["/financials/companies/{companyId}/vendors/{id}"]["delete"]["x-doc-source"]["keys"];
    assert_eq!(written, &serde_json::json!({"companyId": "id", "id": "vendorId"}), "{written}");
    // A key renamed apart from another written alike (the earlier eDiscovery's `{id}` twice).
    let c = convert(vec![SourceFile::new("api/a.md", page("GET /compliance/ediscovery/cases/{id}/reviewSets/{id}"))]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let written =
        &json["paths"]["/compliance/ediscovery/cases/{id}/reviewSets/{reviewSets-id}"]["get"]["x-doc-source"]["keys"];
    assert_eq!(written, &serde_json::json!({"reviewSets-id": "id"}), "{written}");
    // A page writing the key as a segment on the way to another resource (a list of the company's
    // vendors) is enough: the company is spelled one way.
    let c = convert(vec![
        SourceFile::new("api/a.md", page("GET /financials/companies('{id}')/vendors('{vendorId}')/picture")),
        SourceFile::new("api/b.md", page("GET /financials/companies/{company-id}/vendors")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/financials/companies/{company-id}/vendors", "/financials/companies/{company-id}/vendors/{vendorId}/picture"],
        "and the key takes the name of the segment's key, one vote each"
    );
    // Not a key the path goes through as a segment before (`worksheets/{id}`) with a call after it.
    let c = convert(vec![
        SourceFile::new("api/a.md", page("GET /sheets/{id}/range({address})/format")),
        SourceFile::new("api/b.md", page("GET /sheets/{id}/charts")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["/sheets/{id}/charts", "/sheets/{id}/range({address})/format"]);
    // Without a page writing the segments, a quoted key (OData's) is still the segment, an unquoted
    // one stays as written (it may be a call's argument); a named key is another path.
    let c = convert(vec![
        SourceFile::new("api/a.md", page("GET /security/cases/ediscoveryCases('{id}')")),
        SourceFile::new("api/b.md", page("GET /groups(uniqueName='{name}')")),
        SourceFile::new("api/c.md", page("GET /groups/{id}")),
        SourceFile::new("api/d.md", page("GET /sheets/{id}/cell({address})")),
        SourceFile::new("api/e.md", page("GET /sites/{site-id}/getByPath('{path}')/lists")),
        SourceFile::new("api/f.md", page("GET /financials/companies/{id}/companyInformation('{infoId}')")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/financials/companies/{id}/companyInformation/{infoId}",
            "/groups(uniqueName='{name}')",
            "/groups/{id}",
            "/security/cases/ediscoveryCases/{id}",
            "/sheets/{id}/cell({address})",
            "/sites/{site-id}/getByPath('{path}')/lists"
        ]
    );
    // Nor, where another page writes an earlier key as a segment, an unquoted key after it that no
    // page writes so (beta's range border update: `names(<name>)/…/borders(<sideIndex>)` beside
    // `names/{name}/range`, as its get writes `…/names/{name}/range/format/borders(<sideIndex>)`).
    let c = convert(vec![
        SourceFile::new("api/a.md", page("PATCH /workbook/names({name})/range/format/borders({sideIndex})")),
        SourceFile::new("api/b.md", page("GET /workbook/names/{name}/range")),
        SourceFile::new("api/c.md", page("GET /workbook/names/{name}/range/format/borders({sideIndex})")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/me/drive/items/{item-id}/workbook/names/{name}/range",
            "/me/drive/items/{item-id}/workbook/names/{name}/range/format/borders({sideIndex})",
            "/me/drive/items/{item-id}/workbook/names/{name}/range/format/borders({sideIndex})"
        ]
    );
}

#[test]
fn paths_differing_in_letter_case_are_one_path_in_camel_case() {
    let page = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List folders\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nReturns `200 OK`.\n"
        )
    };
    let c = convert(vec![
        SourceFile::new("api/a.md", page("GET /me/contactfolders/{Id}")),
        SourceFile::new("api/b.md", page("DELETE /me/contactFolders/{id}")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["/me/contactFolders/{Id}", "/me/contactFolders/{Id}"], "parameter names: the first page's");
    // Segment by segment, across paths.
    let c = convert(vec![
        SourceFile::new("api/a.md", page("GET /me/contactfolders/{id}/contacts")),
        SourceFile::new("api/b.md", page("DELETE /me/contactFolders/{id}")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["/me/contactFolders/{id}", "/me/contactFolders/{id}/contacts"]);
    // A cast names its type as the type is spelled, however many capitals another page gives it.
    let c = convert(vec![
        SourceFile::new("api/a.md", page("GET /users/microsoft.graph.AgentUser")),
        SourceFile::new("api/b.md", page("POST /users/microsoft.graph.agentUser")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["/users/microsoft.graph.agentUser", "/users/microsoft.graph.agentUser"]);
    // So does a segment: Graph's names begin in lower case.
    let c = convert(vec![
        SourceFile::new("api/a.md", page("GET /external/industryData/SourceSystems/{id}/sourceSystem")),
        SourceFile::new("api/b.md", page("GET /external/industryData/sourceSystems")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(
        paths,
        ["/external/industryData/sourceSystems", "/external/industryData/sourceSystems/{id}/sourceSystem"]
    );
    // A resource page's relationship is spelled as declared when that is no less camelCase,
    // or most operations write it so; a table's `openshifts` does not undo `openShifts`.
    let owner = |rows: &str| SourceFile::new("resources/owner.md", type_page("owner", "", rows));
    let spelled = |rows: &str, lines: &[&str]| {
        let mut files = vec![owner(rows)];
        files.extend(lines.iter().enumerate().map(|(i, l)| SourceFile::new(format!("api/{i}.md"), page(l))));
        let c = convert(files);
        let mut paths: Vec<String> = c.api.operations.iter().map(|o| o.path.clone()).collect();
        paths.dedup();
        paths
    };
    let axis = "|categoryAxis|[chartAxis](chartaxis.md)|The axis.|\n";
    assert_eq!(spelled(axis, &["GET /axes/categoryaxis"]), ["/axes/categoryAxis"]);
    let sub = "|subcategories|[subcategory](subcategory.md) collection|The subcategories.|\n";
    let lines = [
        "GET /categories/{id}/subCategories",
        "POST /categories/{id}/subcategories",
        "PUT /categories/{id}/subcategories",
    ];
    assert_eq!(spelled(sub, &lines), ["/categories/{id}/subcategories"]);
    // One to one (records management's subcategory list and create).
    assert_eq!(spelled(sub, &lines[..2]), ["/categories/{id}/subcategories"]);
    let open = "|openshifts|[openShift](openshift.md) collection|The open shifts.|\n";
    assert_eq!(spelled(open, &["GET /schedule/openShifts"]), ["/schedule/openShifts"]);
    // A type a read answers at its place declares the spelling of the segments after it only:
    // beta's `adminReportSettings` (at `/admin/reportSettings`) declares `sharePoint`, no
    // spelling for `/admin/sharepoint/settings`.
    let settings = "|sharePoint|[sharePointReportSettings](sharepointreportsettings.md)|The reports' settings.|\n";
    let read = read_page("Get settings", "GET /admin/reportSettings", "an [owner](../resources/owner.md) object");
    let c = convert(vec![
        owner(settings),
        SourceFile::new("api/read.md", read.as_str()),
        SourceFile::new("api/other.md", page("GET /admin/sharepoint/settings")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["/admin/reportSettings", "/admin/sharepoint/settings"]);
    // After its place, the declared spelling stands.
    let c = convert(vec![
        owner(settings),
        SourceFile::new("api/read.md", read.as_str()),
        SourceFile::new("api/other.md", page("GET /admin/reportSettings/sharepoint")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(paths, ["/admin/reportSettings", "/admin/reportSettings/sharePoint"]);
    // A type read at a cast is at the set's place too: beta's `sitePage`, read at
    // `/sites/{id}/pages/microsoft.graph.sitePage/{id}`, declares `webParts` after `/pages/{id}`
    // beside `verticalSection`'s `webparts` that no read places.
    let section = SourceFile::new(
        "resources/section.md",
        type_page("verticalSection", "", "|webparts|[webPart](webpart.md) collection|The parts.|\n"),
    );
    let site_page = SourceFile::new(
        "resources/sitepage.md",
        type_page("sitePage", "", "|webParts|[webPart](webpart.md) collection|The parts.|\n"),
    );
    let read = read_page(
        "Get sitePage",
        "GET /sites/{id}/pages/{pid}/microsoft.graph.sitePage",
        "a [sitePage](sitepage.md) object",
    );
    let c = convert(vec![
        section,
        site_page,
        SourceFile::new("api/read.md", read.as_str()),
        SourceFile::new("api/a.md", page("GET /sites/{id}/pages/{pid}/webParts/{wid}/getPosition")),
        SourceFile::new("api/b.md", page("GET /sites/{id}/pages/{pid}/canvasLayout/verticalSection/webparts/{wid}")),
        SourceFile::new("api/c.md", page("GET /sites/{id}/pages/{pid}/canvasLayout/horizontalSections/{h}/webparts")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert!(paths.contains(&"/sites/{id}/pages/{pid}/webParts/{wid}/getPosition"), "{paths:?}");
}

#[test]
fn headers_a_response_headers_table_documents() {
    let page = |table: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# compute\n\n## HTTP request\n```http\nPOST /me/dataSecurityAndGovernance/protectionScopes/compute\n```\n\n## Response headers\n\n| Name | Description |\n| :--- | :--- |\n{table}\n\n## Response\n\nIf successful, this action returns a `200 OK` response code and a String in the response body.\n"
        )
    };
    let headers = |table: &str| {
        let c = convert(vec![SourceFile::new("api/compute.md", page(table))]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/me/dataSecurityAndGovernance/protectionScopes/compute"]["post"]["responses"]["200"]["headers"]
            .clone()
    };
    let etag = headers("| ETag | An indicator whether the policy state has changed. |");
    assert_eq!(etag["ETag"]["schema"]["type"], "string", "{etag}");
    assert_eq!(etag["ETag"]["description"], "An indicator whether the policy state has changed.");
    assert_ne!(etag["ETag"]["required"], true);
    // `Location` is the response's own header; the body's headers and names that are no
    // header's are left out.
    let more = headers("| `Location` | Where it is. |\n| Content-Type | application/json. |\n| Not a header | x |");
    let names: Vec<&String> = more.as_object().unwrap().keys().collect();
    assert_eq!(names, ["Location"], "{more}");
    assert_eq!(more["Location"]["description"], "Where it is.", "the page's words");
    assert_ne!(more["Location"]["required"], true);
    let required_location = headers("| location | Required. The URL of the export job. |");
    let names: Vec<&String> = required_location.as_object().unwrap().keys().collect();
    assert_eq!(names, ["Location"], "one, however the row spells it: {required_location}");
    assert_eq!(required_location["Location"]["required"], true);
    // "Required." (not "Required only …") marks one the response always carries; an
    // `Operation-Location` row on a `200` is documented like any other.
    let required = headers(
        "| ETag | Required. Always returned. |\n| Retry-After | Required only when throttled. |\n| Operation-Location | Where the status is. |",
    );
    assert_eq!(required["ETag"]["required"], true, "{required}");
    assert_ne!(required["Retry-After"]["required"], true);
    let throttled = headers("| Retry-After | Required. Sent when throttled (`429`). |");
    assert_ne!(throttled["Retry-After"]["required"], true, "{throttled}");
    // A `Required` column says it, whatever the description says.
    let column = |yes_no: &str| {
        let text = page("| ETag | x |").replace(
            "| Name | Description |\n| :--- | :--- |\n| ETag | x |",
            &format!(
                "| Name | Required | Description |\n| :--- | :--- | :--- |\n| ETag | {yes_no} | Required. The tag. |"
            ),
        );
        let c = convert(vec![SourceFile::new("api/compute.md", text)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/me/dataSecurityAndGovernance/protectionScopes/compute"]["post"]["responses"]["200"]["headers"]
            ["ETag"]["required"]
            .clone()
    };
    assert_eq!(column("Yes"), true);
    assert_ne!(column("No"), true);
    assert_eq!(required["Operation-Location"]["description"], "Where the status is.");
}

#[test]
fn a_long_running_operation_s_location_header() {
    let page = |response: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Archive team\n\n## HTTP request\n```http\nPOST /teams/{{id}}/archive\n```\n\n## Response\n{response}\n"
        )
    };
    let location = |text: &str| {
        let c = convert(vec![SourceFile::new("api/team-archive.md", page(text))]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/teams/{id}/archive"]["post"]["responses"]["202"]["headers"]["Location"].clone()
    };
    let header =
        location("If successful, this method returns a `202 Accepted` response code with a `Location` header.");
    assert_ne!(header["required"], true, "{header}");
    assert!(header["description"].as_str().unwrap().contains("status"));
    let table = "If successful, this method returns a `202 Accepted` response code.\n\n| Name | Description |\n|:--|:--|\n| Location | URL to check on the status. |\n";
    assert!(location(table).is_object());
    assert!(location("If successful, this method returns a `202 Accepted` response code.").is_null());
    // The objects a later GET on the `Location` answers are not this response's body
    // when its example shows the header alone.
    let later = "If successful, this method returns a `202 Accepted` response code and a `Location` header. You can check the status by making a GET request to this URL that returns one of the following objects in the response body: [runningOperation](../resources/runningoperation.md) or [failedOperation](../resources/failedoperation.md).";
    let response = |example: &str| {
        let text = format!(
            "{later}

## Examples
<!-- {{ \"blockType\": \"request\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/teams/1/archive\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\n{example}\n```\n"
        );
        let c = convert(vec![SourceFile::new("api/team-archive.md", page(&text))]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/teams/{id}/archive"]["post"]["responses"]["202"].clone()
    };
    let accepted = response("HTTP/1.1 202 Accepted\nLocation: https://graph.microsoft.com/v1.0/operations/1");
    assert!(accepted["content"].is_null(), "{accepted}");
    assert!(accepted["headers"]["Location"].is_object());
    // An example with a body keeps it.
    let with_body = response(
        "HTTP/1.1 202 Accepted\nLocation: https://graph.microsoft.com/v1.0/operations/1\nContent-type: application/json\n\n{\"id\": \"1\"}",
    );
    assert!(with_body["content"].is_object(), "{with_body}");
}

#[test]
fn bytes_in_and_out_are_octet_streams() {
    let page = "---\ndoc_type: apiPageType\n---\n# Update photo\n\n## HTTP request\n```http\nGET /me/photo\nGET /me/photo/$value\nPUT /me/photo/$value\n```\n\n## Request headers\n| Name | Description |\n|:---|:---|\n| Content-Type | image/jpeg. Required. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [profilePhoto](../resources/profilephoto.md) object in the response body.\n";
    let c = convert(vec![
        SourceFile::new("api/profilephoto-update.md", page),
        SourceFile::new("resources/profilephoto.md", resource("profilePhoto resource type", "")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let paths = &json["paths"];
    let upload = &paths["/me/photo/$value"]["put"]["requestBody"]["content"]["application/octet-stream"]["schema"];
    assert_eq!(upload["format"], "binary", "{}", paths["/me/photo/$value"]);
    let bytes = &paths["/me/photo/$value"]["get"]["responses"]["200"]["content"];
    assert!(bytes.get("application/octet-stream").is_some(), "{bytes}");
    let entity = &paths["/me/photo"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(entity["$ref"], "#/components/schemas/profilePhoto");
    // In memory too, the format is the one progenitor matches on.
    let item = c.openapi.paths.paths["/me/photo/$value"].as_item().unwrap();
    let body = item.put.as_ref().unwrap().request_body.as_ref().unwrap().as_item().unwrap();
    let schema = body.content["application/octet-stream"].schema.as_ref().unwrap().as_item().unwrap();
    assert!(matches!(
        &schema.schema_kind,
        openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
            if s.format == openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)
    ));
}

#[test]
fn json_written_to_value_is_content_not_the_entity() {
    let page = "---\ndoc_type: apiPageType\n---\n# Put userFlowLanguagePage\n\n## HTTP request\n```http\nPUT /identity/b2cUserFlows/{id}/languages/{id}/overridesPages/{id}/$value\n```\n\n## Request headers\n|Name|Description|\n|:---|:---|\n|Content-Type|application/json. Required.|\n\n## Request body\nIn the request body, supply a JSON representation for the values contained within a [userFlowLanguagePage](../resources/userflowlanguagepage.md).\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let c = convert(vec![
        SourceFile::new("api/userflowlanguagepage-put.md", page),
        SourceFile::new("resources/userflowlanguagepage.md", resource("userFlowLanguagePage resource type", "")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let (_, item) = json["paths"].as_object().unwrap().iter().find(|(p, _)| p.ends_with("/$value")).unwrap();
    let schema = &item["put"]["requestBody"]["content"]["application/json"]["schema"];
    assert!(schema.is_object(), "{item}");
    assert!(schema.get("$ref").is_none(), "the content, not the entity: {schema}");
}

#[test]
fn create_pages_per_derived_type_send_the_base() {
    let create = |title: &str, ty: &str, prop: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /configurations\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|{prop}|String|A property.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [{ty}](../resources/{ty}.md) object in the response body.\n"
        )
    };
    let derived = |name: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nInherits from [configuration](configuration.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|{name}Setting|String|A setting.|\n"
        )
    };
    let c = convert(vec![
        SourceFile::new("api/android-create.md", create("Create android", "android", "androidSetting")),
        SourceFile::new("api/ios-create.md", create("Create ios", "ios", "iosSetting")),
        SourceFile::new("resources/configuration.md", resource("configuration resource type", "")),
        SourceFile::new("resources/android.md", derived("android")),
        SourceFile::new("resources/ios.md", derived("ios")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/configurations"]["post"];
    assert_eq!(
        op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/configuration",
        "{op}"
    );
    assert_eq!(
        op["responses"]["201"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/configuration"
    );
    assert_eq!(op["summary"], "Create configuration", "named for the base, not the first derived page");
    assert_eq!(op["operationId"], "create_configuration");
    // The same table on each kind's page: that table is the body.
    let c = convert(vec![
        SourceFile::new("api/android-create.md", create("Create android", "android", "displayName")),
        SourceFile::new("api/ios-create.md", create("Create ios", "ios", "displayName")),
        SourceFile::new("resources/configuration.md", resource("configuration resource type", "")),
        SourceFile::new("resources/android.md", derived("android")),
        SourceFile::new("resources/ios.md", derived("ios")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let body = &json["paths"]["/configurations"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert!(body["properties"].get("displayName").is_some(), "{body}");

    // With the base type's own page among them, that page answers for the operation.
    let c = convert(vec![
        SourceFile::new("api/android-create.md", create("Create android", "android", "androidSetting")),
        SourceFile::new("api/configuration-create.md", create("Create configuration", "configuration", "name")),
        SourceFile::new("resources/configuration.md", resource("configuration resource type", "")),
        SourceFile::new("resources/android.md", derived("android")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/configurations"]["post"];
    assert_eq!(op["x-doc-source"]["file"], "api/configuration-create.md", "{op}");
    assert_eq!(op["x-doc-source"]["also"][0]["file"], "api/android-create.md", "the kind's page that gave way: {op}");
    assert_eq!(op["x-doc-source"]["also"].as_array().map(Vec::len), Some(1));

    // A kind's page sorting first, the base's page answering for the request: both named.
    let get = |ty: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get {ty}\n\n## HTTP request\n```http\nGET /appConfigs/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [{ty}](../resources/{ty}.md) object in the response body.\n"
        )
    };
    let kind = "---\ndoc_type: resourcePageType\n---\n# iosConfig resource type\n\nInherits from [managedConfig](managedconfig.md).\n";
    let c = convert(vec![
        SourceFile::new("api/iosconfig-get.md", get("iosConfig")),
        SourceFile::new("api/managedconfig-get.md", get("managedConfig")),
        SourceFile::new("resources/managedConfig.md", resource("managedConfig resource type", "")),
        SourceFile::new("resources/iosConfig.md", kind.to_string()),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/appConfigs/{id}"]["get"];
    assert_eq!(op["x-doc-source"]["file"], "api/managedconfig-get.md", "{op}");
    assert_eq!(op["x-doc-source"]["also"][0]["file"], "api/iosconfig-get.md", "the kind's page: {op}");
    assert_eq!(op["x-doc-source"]["also"].as_array().map(Vec::len), Some(1));

    // A DELETE names its type only in the summary.
    let delete = |title: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nDELETE /configurations/{{id}}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let c = convert(vec![
        SourceFile::new("api/android-delete.md", delete("Delete android")),
        SourceFile::new("api/ios-delete.md", delete("Delete ios")),
        // Not a root type: a summary naming the root (`entity`) is not what a DELETE is about.
        SourceFile::new(
            "resources/configuration.md",
            resource(
                "configuration resource type",
                "<!-- {\"blockType\": \"resource\", \"baseType\": \"microsoft.graph.entity\", \"@odata.type\": \"microsoft.graph.configuration\"} -->",
            ),
        ),
        SourceFile::new("resources/android.md", derived("android")),
        SourceFile::new("resources/ios.md", derived("ios")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/configurations/{id}"]["delete"];
    assert_eq!(op["operationId"], "delete_configuration", "{op}");
}

#[test]
fn an_example_of_a_derived_type_does_not_narrow_the_stated_type() {
    let page = |annotated: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get tab\n\n## HTTP request\n```http\nGET /teams/{{id}}/tabs/{{tab-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [attachment](../resources/attachment.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_tab\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/teams/1/tabs/2\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{annotated}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\"}}\n```\n"
        )
    };
    let derived = "---\ndoc_type: resourcePageType\n---\n# fileAttachment resource type\n\nDerived from [attachment](attachment.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n";
    let photo = format!("{}|height|Int32|The height.|\n", resource("photo resource type", ""));
    let types = [
        ("resources/attachment.md", resource("attachment resource type", "")),
        ("resources/fileattachment.md", derived.to_string()),
        ("resources/photo.md", photo),
    ];
    let mut pages = vec![("api/tab-get.md", page("fileAttachment"))];
    pages.extend(types.iter().cloned());
    let (schema, ..) = convert_pages(&pages);
    assert_eq!(schema["$ref"], "#/components/schemas/attachment", "the base the page states");
    // An unrelated type whose members the example shows is what the page's link got wrong.
    let mut pages = vec![("api/tab-get.md", page("photo").replace(r#"{"id": "1"}"#, r#"{"id": "1", "height": 2}"#))];
    pages.extend(types.iter().cloned());
    let (schema, ..) = convert_pages(&pages);
    assert_eq!(schema["$ref"], "#/components/schemas/photo");
    // An example both types fit as well (an `id` alone) leaves the page's statement standing.
    let mut pages = vec![("api/tab-get.md", page("photo"))];
    pages.extend(types.iter().cloned());
    let (schema, ..) = convert_pages(&pages);
    assert_eq!(schema["$ref"], "#/components/schemas/attachment");
    // Members a derived type inherits count for it.
    let derived_page = "---\ndoc_type: resourcePageType\n---\n# fileAttachment resource type\n\nDerived from [attachment](attachment.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|contentBytes|String|The bytes.|\n";
    let attachment =
        format!("{}|name|String|The name.|\n|size|Int32|The size.|\n", resource("attachment resource type", ""));
    let shown = r#"{"id": "1", "name": "a", "size": 2, "contentBytes": "AA"}"#;
    let page_photo =
        page("fileAttachment").replace("[attachment](../resources/attachment.md)", "[photo](../resources/photo.md)");
    let pages = vec![
        ("api/tab-get.md", page_photo.replace(r#"{"id": "1"}"#, shown)),
        ("resources/attachment.md", attachment),
        ("resources/fileattachment.md", derived_page.to_string()),
        ("resources/photo.md", types[2].1.clone()),
    ];
    let (schema, ..) = convert_pages(&pages);
    assert_eq!(schema["$ref"], "#/components/schemas/fileAttachment");
    // As does one whose members are mostly not the annotated type's (though more of them than the stated's).
    let shown = r#"{"id": "1", "height": 2, "memberSettings": {}, "guestSettings": {}, "funSettings": {}}"#;
    let mut pages = vec![("api/tab-get.md", page("photo").replace(r#"{"id": "1"}"#, shown))];
    pages.extend(types.iter().cloned());
    let (schema, ..) = convert_pages(&pages);
    assert_eq!(schema["$ref"], "#/components/schemas/attachment");
}

#[test]
fn a_file_stem_two_pages_share_decides_nothing() {
    let (schema, names, codes) = convert_pages(&[
        ("api/teamstab-get.md", get_page("[tab](../resources/teamstab.md)")),
        ("resources/teamstab.md", resource("teamsTab resource type", "")),
        ("other/teamstab.md", resource("otherTab resource type", "")),
    ]);
    assert_eq!(schema["$ref"], "#/components/schemas/tab");
    assert!(names.contains(&"tab".to_string()));
    assert!(codes.contains(&codes::MISSING_TYPE_PAGE), "{codes:?}");
}

#[test]
fn a_request_body_of_an_array_of_linked_objects_is_an_array() {
    let page = |prose: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update page\n\n## HTTP request\n```http\nPATCH /me/pages/{{id}}/content\n```\n\n## Request body\n{prose}\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let body_schema = |prose: &str| {
        let c = convert(vec![
            SourceFile::new("api/page-update.md", page(prose)),
            SourceFile::new("resources/command.md", resource("command resource type", "")),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/me/pages/{id}/content"]["patch"]["requestBody"]["content"]["application/json"]["schema"].clone()
    };
    let array = body_schema("In the request body, supply an array of [command](../resources/command.md) objects.");
    assert_eq!(array["type"], "array", "{array}");
    assert_eq!(array["items"]["$ref"], "#/components/schemas/command");
    let one = body_schema(
        "In the request body, supply a JSON representation of a [command](../resources/command.md) object with an array of changes.",
    );
    assert_eq!(one["$ref"], "#/components/schemas/command", "{one}");
}

#[test]
fn a_response_annotated_with_type_none_has_no_body() {
    let page = "---\ndoc_type: apiPageType\n---\n# Answer call\n\n## HTTP request\n```http\nPOST /calls/{id}/answer\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Example\n### Request\n```http\nPOST https://graph.microsoft.com/v1.0/calls/1/answer\n```\n### Response\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.None\"\n} -->\n```http\nHTTP/1.1 202 Accepted\n```\n";
    let c = convert(vec![SourceFile::new("api/call-answer.md", page)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let response = &json["paths"]["/calls/{id}/answer"]["post"]["responses"]["202"];
    assert!(response.is_object(), "{json}");
    assert!(response.get("content").is_none(), "{response}");
    assert!(json["components"]["schemas"].get("None").is_none());
    assert!(c.diagnostics.iter().all(|d| d.code != codes::MISSING_TYPE_PAGE), "{:?}", c.diagnostics);
}

#[test]
fn a_page_of_many_enums_defines_each_and_an_enum_s_own_page_wins() {
    let list = "---\ntitle: \"Enum values\"\ndoc_type: enumPageType\n---\n\nNamespace: microsoft.graph\n\n### attachmentType values\n\n| Member\n|:--------------\n| file\n| item\n\n### dayOfWeek values\n\n|Member|Value|Description|\n|:---|:---|:---|\n|sunday|0|Sunday.|\n";
    let own = "---\ndoc_type: enumPageType\n---\n# dayOfWeek enum type\n\n|Member|Value|Description|\n|:---|:---|:---|\n|sunday|0|Sunday.|\n|monday|1|Monday.|\n";
    let c = convert(vec![
        SourceFile::new("resources/enums.md", list),
        SourceFile::new("resources/intune-dayofweek.md", own),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schemas = &json["components"]["schemas"];
    assert_eq!(schemas["attachmentType"]["oneOf"][0]["enum"], serde_json::json!(["file", "item"]), "{schemas}");
    assert_eq!(schemas["dayOfWeek"]["oneOf"][0]["enum"], serde_json::json!(["sunday", "monday"]));
    assert!(schemas.get("Enum").is_none());
    let duplicate = c.diagnostics.iter().find(|d| d.code == codes::DUPLICATE_TYPE).expect("a warning");
    assert!(duplicate.message.contains("its own page"), "{}", duplicate.message);
}

#[test]
fn two_lists_of_one_enum_give_every_value_either_lists() {
    // A list on the page of many enums with a misspelled value, and the resource page's own.
    let list = "---\ntitle: \"Enum values\"\ndoc_type: enumPageType\n---\n\n# Enum values\n\n### usqState values\n\n| Member |\n| --- |\n| norma. |\n| nearing |\n| full |\n\n### dayOfWeek values\n\n|Member|\n|:---|\n|sunday|\n";
    let quota = resource("unifiedStorageQuota resource type", "")
        + "|state|usqState|The state.|\n\n### usqState values\n\n|Member|\n|:---|\n|normal|\n|nearing|\n|full|\n";
    let c = convert(vec![
        SourceFile::new("resources/enums.md", list),
        SourceFile::new("resources/unifiedstoragequota.md", quota),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let state = &json["components"]["schemas"]["usqState"]["oneOf"][0]["enum"];
    assert_eq!(state, &serde_json::json!(["normal", "nearing", "full"]), "one value, as the other list spells it");
    assert!(json["components"]["schemas"].get("Enum").is_none(), "the page's title is no enum");
    let duplicate = c.diagnostics.iter().find(|d| d.code == codes::DUPLICATE_TYPE).expect("a warning");
    assert!(duplicate.message.ends_with("the one value it lacks is added from here"), "{}", duplicate.message);
    // Two pages' own lists sharing no value: two enums of one name, the first page's stands.
    let page = |title: &str, values: &str| {
        resource(title, "") + "|status|status|The status.|\n\n### status values\n\n|Member|\n|:---|\n" + values
    };
    let c = convert(vec![
        SourceFile::new("resources/job.md", page("job resource type", "|notStarted|\n|running|\n")),
        SourceFile::new("resources/feed.md", page("feed resource type", "|active,|\n|deleted|\n")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let status = &json["components"]["schemas"]["status"]["oneOf"][0]["enum"];
    assert_eq!(status, &serde_json::json!(["active", "deleted"]), "a comma is no part of a name either");
    // Values a digit or a letter apart that both lists know, or one the other list misspells: kept.
    let list = "---\ntitle: \"Enum values\"\ndoc_type: enumPageType\n---\n\n# Enum values\n\n### sslVersion values\n\n|Member|\n|:---|\n|tls1_0|\n|tls1_1|\n|normal|\n\n### tone values\n\n|Member|\n|:---|\n|tone0|\n";
    let page = resource("channel resource type", "")
        + "|ssl|sslVersion|The version.|\n\n### sslVersion values\n\n|Member|\n|:---|\n|tls1_0|\n|tls1_1|\n|tls1_3|\n|norma|\n";
    let c = convert(vec![SourceFile::new("resources/enums.md", list), SourceFile::new("resources/channel.md", page)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let ssl = &json["components"]["schemas"]["sslVersion"]["oneOf"][0]["enum"];
    assert_eq!(ssl, &serde_json::json!(["tls1_0", "tls1_1", "tls1_3", "normal"]), "{ssl}");
    // The winner spelling it in full keeps its spelling.
    let c = convert(vec![
        SourceFile::new("resources/enums.md", list.replace("|normal|", "|norma|")),
        SourceFile::new(
            "resources/channel.md",
            resource("channel resource type", "")
                + "|ssl|sslVersion|The version.|\n\n### sslVersion values\n\n|Member|\n|:---|\n|tls1_0|\n|normal|\n",
        ),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let ssl = &json["components"]["schemas"]["sslVersion"]["oneOf"][0]["enum"];
    assert_eq!(ssl, &serde_json::json!(["tls1_0", "normal", "tls1_1"]), "{ssl}");
}

#[test]
fn the_page_named_for_a_type_defines_it() {
    let full = resource("user resource type", "")
        .replace("|id|String|The id.|", "|id|String|The id.|\n|mail|String|The mail.|");
    let c = convert(vec![
        SourceFile::new(
            "resources/intune-shared-user.md",
            resource("user resource type", "")
                .replace("|id|String|The id.|", "|id|String|Another id.|\n|managedDevices|String|Intune's part.|"),
        ),
        SourceFile::new("resources/user.md", full),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let user = &json["components"]["schemas"]["user"];
    assert!(user["properties"].get("mail").is_some(), "{user}");
    assert_eq!(user["properties"]["id"]["description"], "The id.", "the own page's row wins");
    assert!(user["properties"].get("managedDevices").is_some(), "the other page's part is kept: {user}");
    assert_eq!(user["x-doc-source"]["file"], "resources/user.md");
    let duplicate = c.diagnostics.iter().find(|d| d.code == codes::DUPLICATE_TYPE).expect("a warning");
    assert_eq!(c.files[duplicate.file.0 as usize].name(), "resources/intune-shared-user.md");
}

#[test]
fn rows_listing_one_enum_s_values_merge_a_misspelled_value_into_its_spelling() {
    // beta's threat submissions: "`malware` and `unkownFutureValue`" on one page's row,
    // "`malware`, `unknownFutureValue`" on another's.
    let page = |name: &str, values: &str| {
        type_page(
            name,
            "",
            &format!("|category|submissionCategory|The category. Possible values are: `spam`, `malware`, {values}.|\n"),
        )
    };
    let json = contract_owned(&[
        ("resources/emailsubmission.md", page("emailSubmission", "`unkownFutureValue`")),
        ("resources/urlsubmission.md", page("urlSubmission", "`unknownFutureValue`")),
    ]);
    let schema = &json["components"]["schemas"]["submissionCategory"];
    let known = schema["oneOf"][0]["enum"].clone();
    assert_eq!(known, serde_json::json!(["spam", "malware", "unknownFutureValue"]), "{schema}");
}

#[test]
fn a_value_another_row_lists_before_unknown_future_value_goes_before_it() {
    // v1.0's lifecycle workflows: "`joiner`, `leaver`, `unknownFutureValue`" on the task's row,
    // "`joiner`, `mover`, `leaver`, `unknownFutureValue`" on the task definition's.
    let page = |name: &str, values: &str| {
        type_page(name, "", &format!("|category|lifecycleTaskCategory|The category. Possible values are: {values}.|\n"))
    };
    let values = |pages: [(&str, String); 2]| {
        let json = contract_owned(&pages);
        json["components"]["schemas"]["lifecycleTaskCategory"]["oneOf"][0]["enum"].clone()
    };
    let task = || page("task", "`joiner`, `leaver`, `unknownFutureValue`");
    let definition = || page("taskDefinition", "`joiner`, `mover`, `leaver`, `unknownFutureValue`, `later`");
    let got = values([("resources/task.md", task()), ("resources/taskdefinition.md", definition())]);
    assert_eq!(got, serde_json::json!(["joiner", "leaver", "mover", "unknownFutureValue", "later"]));
    let got = values([("resources/taskdefinition.md", definition()), ("resources/task.md", task())]);
    assert_eq!(got, serde_json::json!(["joiner", "leaver", "mover", "unknownFutureValue", "later"]), "either order");
}

#[test]
fn a_missing_type_a_page_links_is_said_where_it_is_linked() {
    // beta's call recordings: `|meetingOrganizer|IdentitySet|` (unlinked) on a page read before
    // the transcript's `[identitySet](identityset.md)`.
    let recording = type_page("callRecording", "", "|meetingOrganizer|IdentitySet|The organizer.|\n");
    let transcript =
        type_page("callTranscript", "", "|meetingOrganizer|[identitySet](identityset.md)|The organizer.|\n");
    let pages = [("resources/callrecording.md", recording), ("resources/calltranscript.md", transcript)];
    let c = convert(pages.iter().map(|(n, t)| SourceFile::new(*n, t.clone())).collect());
    let codes: Vec<&str> = c.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&codes::MISSING_TYPE_PAGE), "{codes:?}");
    assert!(!codes.contains(&codes::UNKNOWN_TYPE), "{codes:?}");
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(json["components"]["schemas"]["identitySet"]["x-doc-source"]["file"], "resources/calltranscript.md");
}

#[test]
fn one_enum_listed_alike_on_several_pages_is_no_duplicate() {
    let page = |name: &str, values: &str| {
        type_page(name, "", "|status|protectionRuleStatus|The status.|\n")
            + &format!("\n### protectionRuleStatus values\n\n|Member|Description|\n|:--|:--|\n{values}")
    };
    let alike = "|active|Active.|\n|completed|Done.|\n";
    let c = convert(vec![
        SourceFile::new("resources/driveprotectionrule.md", page("driveProtectionRule", alike)),
        SourceFile::new(
            "resources/siteprotectionrule.md",
            page("siteProtectionRule", "|Completed|Done.|\n|active|On.|\n"),
        ),
    ]);
    assert!(!c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_TYPE), "{:?}", c.diagnostics);
    // A list with another value still says so, and adds it.
    let c = convert(vec![
        SourceFile::new("resources/driveprotectionrule.md", page("driveProtectionRule", alike)),
        SourceFile::new("resources/siteprotectionrule.md", page("siteProtectionRule", "|active|On.|\n|failed|Not.|\n")),
    ]);
    let duplicate = c.diagnostics.iter().find(|d| d.code == codes::DUPLICATE_TYPE).expect("a warning");
    assert!(duplicate.message.contains("the one value it lacks"), "{}", duplicate.message);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let status = json["components"]["schemas"]["protectionRuleStatus"].to_string();
    assert!(["active", "completed", "failed"].iter().all(|v| status.contains(v)), "{status}");
}

#[test]
fn a_member_kept_from_another_definition_follows_its_own_page_s_links() {
    // Two pages define `windowsUpdates.catalogContent`, neither named for it; the second's
    // `catalogEntry` row, kept, links the namespaced type's page.
    let page = |name: &str, rows: &str| {
        type_page(name, "", rows)
            .replace("resource type\n", "resource type\n\nNamespace: microsoft.graph.windowsUpdates\n")
    };
    let c = convert(vec![
        SourceFile::new("resources/windowsupdates-a.md", page("catalogContent", "|id|String|The id.|\n")),
        SourceFile::new(
            "resources/windowsupdates-b.md",
            page(
                "catalogContent",
                "|catalogEntry|[catalogEntry](../resources/windowsupdates-catalogentry.md)|The entry.|\n",
            ),
        ),
        SourceFile::new("resources/windowsupdates-catalogentry.md", page("catalogEntry", "|id|String|The id.|\n")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let entry = &json["components"]["schemas"]["windowsUpdates.catalogContent"]["properties"]["catalogEntry"];
    assert_eq!(ref_of(entry), "#/components/schemas/windowsUpdates.catalogEntry", "{entry}");
    assert!(!c.diagnostics.iter().any(|d| d.code == codes::UNKNOWN_TYPE), "{:?}", c.diagnostics);
}

#[test]
fn the_page_named_for_a_namespaced_type_defines_it() {
    // beta's `windowsupdates-applicablecontentdevicematch.md`, headed and annotated as
    // `catalogContent` (a copy), sorts before `windowsupdates-catalogcontent.md`, the type's own page.
    let page = |rows: &str| {
        resource("catalogContent resource type", "")
            .replace("resource type\n", "resource type\n\nNamespace: microsoft.graph.windowsUpdates\n")
            .replace("|id|String|The id.|", rows)
    };
    let c = convert(vec![
        SourceFile::new(
            "resources/windowsupdates-applicablecontentdevicematch.md",
            page("|id|String|The id.|\n|recommendedBy|String collection|Vendors.|"),
        ),
        SourceFile::new("resources/windowsupdates-catalogcontent.md", page("|id|String|Its own id.|")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let content = &json["components"]["schemas"]["windowsUpdates.catalogContent"];
    assert_eq!(content["x-doc-source"]["file"], "resources/windowsupdates-catalogcontent.md", "{content}");
    assert_eq!(content["properties"]["id"]["description"], "Its own id.", "the own page's row wins");
    let duplicate = c.diagnostics.iter().find(|d| d.code == codes::DUPLICATE_TYPE).expect("a warning");
    assert_eq!(c.files[duplicate.file.0 as usize].name(), "resources/windowsupdates-applicablecontentdevicematch.md");
}

#[test]
fn a_request_table_of_other_members_than_the_linked_type_s_is_its_own_type() {
    // beta's governanceRoleSetting update: "supply the values for
    // [governanceRuleSettings](../resources/governancerulesetting.md)" above the role setting's rows.
    let update = |rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update governanceRoleSetting\n\n## HTTP request\n```http\nPATCH /privilegedAccess/azureResources/roleSettings/{{id}}\n```\n\n## Request body\nIn the request body, supply the values for [governanceRuleSettings](../resources/governancerulesetting.md) that need to be updated.\n\n| Property | Type |Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let rule =
        type_page("governanceRuleSetting", "", "|ruleIdentifier|String|The rule.|\n|setting|String|The setting.|\n");
    let body = |rows: &str| {
        let page = update(rows);
        let json =
            contract(&[("resources/governancerulesetting.md", &rule), ("api/governancerolesetting-update.md", &page)]);
        let op = &json["paths"]["/privilegedAccess/azureResources/roleSettings/{id}"]["patch"];
        let r =
            op["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str().unwrap_or_default().to_string();
        let name = r.rsplit('/').next().unwrap_or_default().to_string();
        let props = json["components"]["schemas"][&name]["properties"].clone();
        (name, props)
    };
    let (name, props) = body(
        "|adminEligibleSettings|[governanceRuleSetting](../resources/governancerulesetting.md) collection|Admin's.|\n|userMemberSettings|[governanceRuleSetting](../resources/governancerulesetting.md) collection|User's.|\n",
    );
    assert_eq!(name, "governanceRuleSettings", "{props}");
    // The linked page is among the inputs: the warning says it defines another type, not that it is missing.
    let page = update(
        "|adminEligibleSettings|[governanceRuleSetting](../resources/governancerulesetting.md) collection|Admin's.|\n",
    );
    let c = convert(vec![
        SourceFile::new("resources/governancerulesetting.md", rule.clone()),
        SourceFile::new("api/governancerolesetting-update.md", page),
    ]);
    let said: Vec<&str> =
        c.diagnostics.iter().filter(|d| d.code == codes::MISSING_TYPE_PAGE).map(|d| d.message.as_str()).collect();
    assert!(said.iter().all(|m| !m.contains("its page is not among the inputs")), "{said:?}");
    assert!(said.iter().any(|m| m.contains("`governancerulesetting.md`, which is among the inputs")), "{said:?}");
    assert_eq!(props["adminEligibleSettings"]["items"]["$ref"], "#/components/schemas/governanceRuleSetting");
    // Rows of the linked type's own: the link's text misnames it.
    let (name, _) = body("|setting|String|The setting.|\n");
    assert_eq!(name, "governanceRuleSetting");
}

#[test]
fn any_of_a_page_s_examples_shows_what_a_request_table_adds() {
    // v1.0's access review create: the table sends `stageSettings`, which the older resource page
    // lacks; only the fourth example's answer shows it.
    let resource = type_page("definition", "", "|id|String|The id.|\n|displayName|String|The name.|\n");
    let example = |n: u8, answer: &str| {
        format!(
            "### Example {n}\n<!-- {{\"blockType\": \"request\", \"name\": \"create_{n}\"}} -->\n```http\nPOST https://graph.microsoft.com/v1.0/reviews/definitions\nContent-type: application/json\n\n{{\"displayName\": \"x\"}}\n```\n\n<!-- {{\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.definition\"}} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{answer}\n```\n\n"
        )
    };
    let create = |examples: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create definition\n\n## HTTP request\n```http\nPOST /reviews/definitions\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [definition](../resources/definition.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|stageSettings|String collection|The stages.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [definition](../resources/definition.md) object in the response body.\n\n## Examples\n{examples}"
        )
    };
    let names = |examples: String| {
        let json =
            contract(&[("resources/definition.md", &resource), ("api/definition-create.md", &create(&examples))]);
        property_names(&json, "definition")
    };
    let first = example(1, "{\"id\": \"1\", \"displayName\": \"x\"}");
    let staged = example(2, "{\"id\": \"2\", \"displayName\": \"x\", \"stageSettings\": [\"a\"]}");
    assert_eq!(
        names(format!("{first}{staged}")),
        ["@odata.type", "displayName", "id", "stageSettings"],
        "the second example shows it"
    );
    assert_eq!(names(first), ["@odata.type", "displayName", "id"], "no answer shows it");
}

#[test]
fn a_key_the_annotation_names_that_the_base_listing_the_kind_has_is_inherited_without_a_warning() {
    // beta's educationFeedbackOutcome: `"keyProperty": "id"`, no `id` row, no "Inherits from"; the
    // base's page lists it among its derived types and has the `id` row; a response shows the key.
    let base = "---\ndoc_type: resourcePageType\n---\n# educationOutcome resource type\n\nA base class. The derived types are [educationFeedbackOutcome](educationfeedbackoutcome.md), [educationPointsOutcome](educationpointsoutcome.md) and [educationRubricOutcome](educationrubricoutcome.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Unique identifier for the outcome. Read-only.|\n|lastModifiedBy|String|Who.|\n";
    // The kind's page (`inherits`: its "Inherits from" line, if any) and a read answering it.
    let convert_kind = |name: &str, inherits: &str| {
        let kind = format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\n{inherits}Represents an [educationOutcome](educationoutcome.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|feedback|String|The feedback.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.{name}\"}} -->\n```json\n{{\"feedback\": \"String\"}}\n```\n"
        );
        let get = format!(
            "---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n```http\nGET /education/outcomes/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [{name}](../resources/{lower}.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /education/outcomes/1\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\", \"feedback\": \"good\"}}\n```\n",
            lower = name.to_ascii_lowercase()
        );
        convert(vec![
            SourceFile::new(format!("resources/{}.md", name.to_ascii_lowercase()), kind),
            SourceFile::new("resources/educationoutcome.md", base.to_string()),
            SourceFile::new(format!("api/{}-get.md", name.to_ascii_lowercase()), get),
        ])
    };
    let c = convert_kind("educationFeedbackOutcome", "");
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(property_names(&json, "educationFeedbackOutcome"), ["@odata.type", "feedback", "id", "lastModifiedBy"]);
    let id = &json["components"]["schemas"]["educationFeedbackOutcome"]["properties"]["id"];
    assert_eq!(id["description"], "Unique identifier for the outcome. Read-only.", "{id}");
    assert!(!c.diagnostics.iter().any(|d| d.message.contains("annotation names the key")), "{:?}", c.diagnostics);
    // A kind whose page names another base (`educationGradedOutcome`, its page missing): the listing
    // never becomes its base, so it inherits no key from it; the response showing `id`, the
    // annotation's key is the type's.
    let c = convert_kind(
        "educationRubricOutcome",
        "Inherits from [educationGradedOutcome](educationgradedoutcome.md).\n\n",
    );
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(property_names(&json, "educationRubricOutcome"), ["@odata.type", "feedback", "id"]);
}

#[test]
fn a_key_the_annotation_names_and_a_response_shows_is_a_member() {
    // v1.0's multiTenantOrganizationJoinRequestRecord: `"keyProperty": "id"`, no `id` row, and
    // every example answers with one. A complex type's copied `keyProperty` (shiftItem) that no
    // example shows stays without it.
    let page = |name: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|role|String|The role.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.{name}\"}} -->\n```json\n{{\"role\": \"String\"}}\n```\n"
        )
    };
    let get = |name: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n```http\nGET /{name}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [{name}](../resources/{name}.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /{name}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{example}\n```\n"
        )
    };
    let c = convert(vec![
        SourceFile::new("resources/record.md", page("record")),
        SourceFile::new("api/record-get.md", get("record", r#"{"id": "1", "role": "owner"}"#)),
        SourceFile::new("resources/shiftitem.md", page("shiftItem")),
        SourceFile::new("api/shiftitem-get.md", get("shiftItem", r#"{"role": "owner"}"#)),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(property_names(&json, "record"), ["@odata.type", "id", "role"]);
    assert_eq!(json["components"]["schemas"]["record"]["properties"]["id"]["readOnly"], true);
    assert_eq!(property_names(&json, "shiftItem"), ["@odata.type", "role"]);
    assert!(
        c.diagnostics.iter().any(|d| d
            .message
            .starts_with("this page's annotation names the key `id`, which `record`'s properties table does not list")),
        "{:?}",
        c.diagnostics
    );
    // Shown on a kind no input defines (beta's industry data: an `inboundFlow` answered as
    // `#…inboundFileFlow`): every kind inherits the key, not the kind's other members.
    let kind = r##"{"@odata.type": "#microsoft.graph.fileRecord", "id": "1", "role": "owner", "path": "p"}"##;
    let c = convert(vec![
        SourceFile::new("resources/record.md", page("record")),
        SourceFile::new("api/record-get.md", get("record", kind)),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(property_names(&json, "record"), ["@odata.type", "id", "role"]);
    // And on a kind whose page is among the inputs, deriving from the type (both pages' tables
    // without the key): the key is the type's as well as the kind's.
    let file_record = "---\ndoc_type: resourcePageType\n---\n# fileRecord resource type\n\nInherits from [record](record.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|path|String|The path.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"keyProperty\": \"id\", \"baseType\": \"microsoft.graph.record\", \"@odata.type\": \"microsoft.graph.fileRecord\"} -->\n```json\n{\"path\": \"String\"}\n```\n";
    let c = convert(vec![
        SourceFile::new("resources/record.md", page("record")),
        SourceFile::new("resources/filerecord.md", file_record),
        SourceFile::new("api/record-get.md", get("record", kind)),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(property_names(&json, "record"), ["@odata.type", "id", "role"]);
    assert!(property_names(&json, "fileRecord").contains(&"id".to_string()));
    // Said of the base alone, whose key the kind inherits, whichever name sorts first.
    assert_eq!(key_said_by(&c), ["resources/record.md"], "{:?}", c.diagnostics);
}

#[test]
fn the_key_of_a_type_deriving_from_a_missing_entity_page_is_entity_s() {
    // beta's pronounsSettings: "Inherits from [entity]", `"keyProperty": "id"`, no `id` row, an
    // example showing one; `entity`'s page not among the inputs. Its placeholder gives the key.
    let settings = "---\ndoc_type: resourcePageType\n---\n# pronounsSettings resource type\n\nInherits from [entity](../resources/entity.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|isEnabledInOrganization|Boolean|Whether.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.pronounsSettings\", \"baseType\": \"microsoft.graph.entity\"} -->\n```json\n{\"isEnabledInOrganization\": \"Boolean\"}\n```\n";
    let get = "---\ndoc_type: apiPageType\n---\n# Get pronounsSettings\n\n## HTTP request\n```http\nGET /admin/people/pronouns\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [pronounsSettings](../resources/pronounssettings.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /admin/people/pronouns\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.pronounsSettings\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"1\", \"isEnabledInOrganization\": true}\n```\n";
    let c = convert(vec![
        SourceFile::new("resources/pronounssettings.md", settings),
        SourceFile::new("api/pronounssettings-get.md", get),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let id = &json["components"]["schemas"]["pronounsSettings"]["properties"]["id"];
    assert_eq!(id["readOnly"], true, "{id}");
    assert!(id["description"].as_str().is_some_and(|d| d.contains("`entity`")), "{id}");
    assert!(!c.diagnostics.iter().any(|d| d.message.contains("annotation names the key")), "{:?}", c.diagnostics);
}

#[test]
fn a_derived_kind_in_a_base_typed_list_shows_its_own_members() {
    // v1.0's educationRubricOutcome: its annotation's key `id` has no row; the examples show it on
    // items typed `#microsoft.graph.educationRubricOutcome` in a list of `educationOutcome`s.
    let base = "---\ndoc_type: resourcePageType\n---\n# outcome resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|lastModifiedDateTime|DateTimeOffset|When.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.outcome\"} -->\n```json\n{\"lastModifiedDateTime\": \"String\"}\n```\n";
    let rubric = "---\ndoc_type: resourcePageType\n---\n# rubricOutcome resource type\n\nInherits from [outcome](outcome.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|feedback|String|The feedback.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"keyProperty\": \"id\", \"baseType\": \"microsoft.graph.outcome\", \"@odata.type\": \"microsoft.graph.rubricOutcome\"} -->\n```json\n{\"feedback\": \"String\"}\n```\n";
    let list = "---\ndoc_type: apiPageType\n---\n# List outcomes\n\n## HTTP request\n```http\nGET /outcomes\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [outcome](../resources/outcome.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /outcomes\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.outcome\", \"isCollection\": true } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [{\"@odata.type\": \"#microsoft.graph.rubricOutcome\", \"id\": \"1\", \"feedback\": \"good\"}]}\n```\n";
    let json = contract(&[
        ("resources/outcome.md", base),
        ("resources/rubricoutcome.md", rubric),
        ("api/outcome-list.md", list),
    ]);
    let names = property_names(&json, "rubricOutcome");
    assert!(names.contains(&"id".to_string()), "{names:?}");
    // The base's page missing too; and the kind's page naming no base.
    let json = contract(&[("resources/rubricoutcome.md", rubric), ("api/outcome-list.md", list)]);
    let names = property_names(&json, "rubricOutcome");
    assert!(names.contains(&"id".to_string()), "without the base's page: {names:?}");
    let baseless = rubric
        .replace("Inherits from [outcome](outcome.md).", "An outcome.")
        .replace(", \"baseType\": \"microsoft.graph.outcome\"", "");
    assert!(!baseless.contains("baseType"));
    let json = contract(&[("resources/rubricoutcome.md", &baseless), ("api/outcome-list.md", list)]);
    let names = property_names(&json, "rubricOutcome");
    assert!(names.contains(&"id".to_string()), "no base named: {names:?}");
}

#[test]
fn a_request_table_named_by_a_misspelled_link_is_the_linked_page_s_type() {
    // The term store's relation create: "a JSON representation of the
    // [mcirosoft.graph.termstore.relation](../resources/termstore-relation.md) object" and a table.
    let relation = "---\ndoc_type: resourcePageType\n---\n# relation resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|relationship|String|The kind.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.termStore.relation\"} -->\n```json\n{\"id\": \"String\"}\n```\n";
    let create = |text: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create relation\n\n## HTTP request\n```http\nPOST /termStore/relations\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [{text}](../resources/termstore-relation.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|relationship|String|The kind.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [relation](../resources/termstore-relation.md) object in the response body.\n"
        )
    };
    for text in ["mcirosoft.graph.termstore.relation", "relation"] {
        let json = contract(&[
            ("resources/termstore-relation.md", relation),
            ("api/termstore-relation-post.md", &create(text)),
        ]);
        let names: Vec<&String> = json["components"]["schemas"].as_object().unwrap().keys().collect();
        assert!(names.iter().all(|n| !n.contains("mcirosoft")), "{names:?}");
        let body =
            &json["paths"]["/termStore/relations"]["post"]["requestBody"]["content"]["application/json"]["schema"];
        assert_eq!(body["$ref"], "#/components/schemas/termStore.relation", "{text}");
    }
}

#[test]
fn a_missing_base_page_is_reported_where_the_page_links_it() {
    let child = type_page("child", "base", "|id|String|The id.|\n");
    let c = convert(vec![SourceFile::new("resources/child.md", child.clone())]);
    let d = c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("a missing-type-page warning");
    assert_eq!(d.span.start, child.find("[base]").unwrap(), "at the link: {d:?}");
    // A base only the annotation names (`entity` on many pages): said at its `baseType`.
    let annotated = format!(
        "{}\n## JSON representation\n<!-- {{\n  \"blockType\": \"resource\",\n  \"baseType\": \"microsoft.graph.entity\",\n  \"@odata.type\": \"microsoft.graph.child\"\n}}-->\n```json\n{{\"id\": \"String\"}}\n```\n",
        type_page("child", "", "|id|String|The id.|\n")
    );
    let c = convert(vec![SourceFile::new("resources/child.md", annotated.clone())]);
    let d = c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("a missing-type-page warning");
    assert_eq!(d.span.start, annotated.find("\"baseType\"").unwrap(), "{d:?}");
}

#[test]
fn a_table_under_a_heading_naming_another_kind_of_the_body_is_that_kind_s() {
    // beta's identity provider create: "a JSON representation of [identityProvider](…) or
    // [openIdConnectProvider](…)", then a table under "### identityProvider object" and one
    // under "### openIdConnectProvider object".
    let page = "---\ndoc_type: apiPageType\n---\n# Create identityProvider\n\n## HTTP request\n```http\nPOST /identityProviders\n```\n\n## Request body\nIn the request body, provide a JSON representation of [identityProvider](../resources/identityprovider.md) or [openIdConnectProvider](../resources/openidconnectprovider.md) object.\n\n### identityProvider object\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n\n### openIdConnectProvider object\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n|metadataUrl|String|The metadata URL.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [identityProvider](../resources/identityprovider.md) object in the response body.\n";
    let json = contract(&[("api/identityprovider-post-identityproviders.md", page)]);
    assert_eq!(property_names(&json, "openIdConnectProvider"), ["@odata.type", "metadataUrl", "name"]);
    assert_eq!(property_names(&json, "identityProvider"), ["@odata.type", "name"]);
}

#[test]
fn a_linked_type_only_a_request_table_describes_is_reported_once() {
    // beta's acronym update without the acronym's resource page.
    let update = "---\ndoc_type: apiPageType\n---\n# Update acronym\n\n## HTTP request\n```http\nPATCH /search/acronyms/{id}\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [acronym](../resources/search-acronym.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|standsFor|String|What it stands for.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [acronym](../resources/search-acronym.md) object in the response body.\n";
    let c = convert(vec![SourceFile::new("api/search-acronym-update.md", update.to_string())]);
    let said: Vec<&String> =
        c.diagnostics.iter().filter(|d| d.code == codes::MISSING_TYPE_PAGE).map(|d| &d.message).collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("`acronym`") && said[0].contains("request table"), "{said:?}");
}

#[test]
fn a_namespaced_link_a_table_fills_is_not_said_missing_where_its_page_is_among_the_inputs() {
    // As above, the linked page among the inputs but defining no type by that name (a page of
    // complex types under headings of their own): the warning does not call it missing.
    let create = "---\ndoc_type: apiPageType\n---\n# Create ediscoveryCase\n\nNamespace: microsoft.graph.security\n\n## HTTP request\n```http\nPOST /security/cases/ediscoveryCases\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [ediscoveryCase](../resources/security-ediscoverycase.md) object.\n\nYou can specify the following properties when you create an **ediscoveryCase**.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [ediscoveryCase](../resources/security-ediscoverycase.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"create\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/security/cases/ediscoveryCases\nContent-Type: application/json\n\n{\"displayName\": \"x\"}\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.security.ediscoveryCase\" } -->\n```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"displayName\": \"x\"}\n```\n";
    let complex = "---\ndoc_type: resourcePageType\n---\n# complex types JSON\n\n## Case settings\n\n### Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|street|string|The street.|\n";
    let c = convert(vec![
        SourceFile::new("resources/security-ediscoverycase.md", complex.to_string()),
        SourceFile::new("api/security-casesroot-post-ediscoverycases.md", create.to_string()),
    ]);
    let said: Vec<&String> =
        c.diagnostics.iter().filter(|d| d.code == codes::MISSING_TYPE_PAGE).map(|d| &d.message).collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("request table"), "{said:?}");
    assert!(!said[0].contains("its page is not among the inputs"), "{said:?}");
}

#[test]
fn a_namespaced_link_a_table_fills_under_its_short_name_is_reported_as_filled() {
    // v1.0's eDiscovery case create: `[ediscoveryCase](../resources/security-ediscoverycase.md)`,
    // its page missing, and "the following properties when you create an **ediscoveryCase**".
    let create = "---\ndoc_type: apiPageType\n---\n# Create ediscoveryCase\n\nNamespace: microsoft.graph.security\n\n## HTTP request\n```http\nPOST /security/cases/ediscoveryCases\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [ediscoveryCase](../resources/security-ediscoverycase.md) object.\n\nYou can specify the following properties when you create an **ediscoveryCase**.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [ediscoveryCase](../resources/security-ediscoverycase.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"create\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/security/cases/ediscoveryCases\nContent-Type: application/json\n\n{\"displayName\": \"x\"}\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.security.ediscoveryCase\" } -->\n```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"displayName\": \"x\"}\n```\n";
    let c = convert(vec![SourceFile::new("api/security-casesroot-post-ediscoverycases.md", create.to_string())]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert!(property_names(&json, "security.ediscoveryCase").contains(&"displayName".to_string()));
    let said: Vec<&String> =
        c.diagnostics.iter().filter(|d| d.code == codes::MISSING_TYPE_PAGE).map(|d| &d.message).collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("`security.ediscoveryCase`") && said[0].contains("request table"), "{said:?}");
}

#[test]
fn a_key_one_rust_name_with_a_query_parameter_is_named_for_its_set() {
    // v1.0's accepted senders: `DELETE /groups/{id}/acceptedSenders/$ref?$id=…` beside the add's
    // `POST /groups/{id}/acceptedSenders/$ref`: `id` and `$id` would be one Rust argument.
    let page = |title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let remove = page(
        "Remove acceptedSender",
        "DELETE /groups/{id}/acceptedSenders/$ref?$id=https://graph.microsoft.com/v1.0/users/{user-id}",
    );
    let add = page("Create acceptedSender", "POST /groups/{id}/acceptedSenders/$ref");
    // Other paths name the group's key `{id}`.
    let get = page("Get group", "GET /groups/{id}");
    let list = page("List acceptedSenders", "GET /groups/{id}/acceptedSenders");
    let json = contract(&[
        ("api/group-delete-acceptedsenders.md", &remove),
        ("api/group-post-acceptedsenders.md", &add),
        ("api/group-get.md", &get),
        ("api/group-list-acceptedsenders.md", &list),
    ]);
    let paths: Vec<&String> = json["paths"].as_object().unwrap().keys().collect();
    assert_eq!(paths, ["/groups/{group-id}/acceptedSenders/$ref", "/groups/{id}", "/groups/{id}/acceptedSenders"]);
    let delete = &json["paths"]["/groups/{group-id}/acceptedSenders/$ref"]["delete"];
    let query: Vec<(&str, bool)> = delete["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["in"] == "query")
        .map(|p| (p["name"].as_str().unwrap(), p["required"].as_bool().unwrap_or(false)))
        .collect();
    assert_eq!(query, [("$id", true)]);
}

#[test]
fn a_member_the_type_s_representation_shows_is_the_page_s_not_a_request_table_s() {
    // beta's Global Secure Access filtering policy: the create table sends `version` ("Required."),
    // which the type's table lacks and its JSON representation shows.
    let resource = "---\ndoc_type: resourcePageType\n---\n# policy resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|name|String|The name.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.policy\"} -->\n```json\n{\"id\": \"String\", \"name\": \"String\", \"version\": \"String\"}\n```\n";
    let create = "---\ndoc_type: apiPageType\n---\n# Create policy\n\n## HTTP request\n```http\nPOST /policies\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [policy](../resources/policy.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name. Required.|\n|version|String|The version. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [policy](../resources/policy.md) object in the response body.\n\n## Example\n```http\nPOST https://graph.microsoft.com/beta/policies\n```\n\n<!-- {\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.policy\"} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\"id\": \"1\", \"name\": \"a\", \"version\": \"1.0\"}\n```\n";
    let c =
        convert(vec![SourceFile::new("resources/policy.md", resource), SourceFile::new("api/policy-post.md", create)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let version = &json["components"]["schemas"]["policy"]["properties"]["version"];
    assert!(!version.to_string().contains("Required"), "{version}");
    assert!(!c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_TYPE), "{:?}", c.diagnostics);
}

#[test]
fn a_navigation_called_a_collection_and_read_as_one_is_a_collection() {
    // v1.0's appManagementPolicy: `|appliesTo|[directoryObject](directoryobject.md)|Collection of
    // applications and service principals …|` beside `GET …/{id}/appliesTo` answering a collection.
    let resource = |words: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# appManagementPolicy resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n\n## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|\n|appliesTo|[directoryObject](directoryobject.md)|{words}|\n"
        )
    };
    let object = "---\ndoc_type: resourcePageType\n---\n# directoryObject resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n";
    let get = "---\ndoc_type: apiPageType\n---\n# Get appManagementPolicy\n\n## HTTP request\n```http\nGET /policies/appManagementPolicies/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [appManagementPolicy](../resources/appmanagementpolicy.md) object in the response body.\n";
    let list = "---\ndoc_type: apiPageType\n---\n# List appliesTo\n\n## HTTP request\n```http\nGET /policies/appManagementPolicies/{id}/appliesTo\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [directoryObject](../resources/directoryobject.md) objects in the response body.\n";
    let applies_to = |words: &str| {
        let resource = resource(words);
        let json = contract(&[
            ("resources/appmanagementpolicy.md", &resource),
            ("resources/directoryobject.md", object),
            ("api/appmanagementpolicy-get.md", get),
            ("api/appmanagementpolicy-list-appliesto.md", list),
        ]);
        json["components"]["schemas"]["appManagementPolicy"]["properties"]["appliesTo"].clone()
    };
    let many = applies_to("Collection of applications and service principals to which the policy is applied.");
    assert_eq!(many["type"], "array", "{many}");
    // Words alone, or the read alone, say nothing.
    let one = applies_to("The application or service principal to which the policy is applied.");
    assert!(one.get("type").is_none(), "{one}");
}

#[test]
fn rows_inherited_from_a_link_into_the_page_s_namespace_fill_that_namespace_s_base() {
    // v1.0's threat intelligence whois record: "Inherits from [whoisBaseRecord](security-whoisbaserecord.md)"
    // on a `microsoft.graph.security` page, every row "Inherited from [whoisBaseRecord](…)", the base's page missing.
    let record = "---\ndoc_type: resourcePageType\n---\n# whoisRecord resource type\n\nNamespace: microsoft.graph.security\n\nInherits from [whoisBaseRecord](../resources/security-whoisbaserecord.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|domainStatus|String|The status. Inherited from [whoisBaseRecord](../resources/security-whoisbaserecord.md).|\n|id|String|The system-generated ID. Inherited from [whoisBaseRecord](../resources/security-whoisbaserecord.md).|\n|server|String|The server. Inherited from [whoisBaseRecord](../resources/security-whoisbaserecord.md).|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.security.whoisRecord\"} -->\n```json\n{\"id\": \"String\"}\n```\n";
    let json = contract(&[("resources/security-whoisrecord.md", record)]);
    assert_eq!(property_names(&json, "security.whoisBaseRecord"), ["@odata.type", "domainStatus", "id", "server"]);
    // The key it inherits is never null, whatever the kind's row leaves unsaid.
    let base = &json["components"]["schemas"]["security.whoisBaseRecord"]["properties"];
    assert!(base["id"].get("nullable").is_none() && base["domainStatus"]["nullable"] == true, "{base}");
    // A complex type's member (beta's teamworkUserIdentity: `id` "Inherited from [identity]", no key
    // annotated, the base's page missing) is as nullable as its row: identity sets answer `"id": null`.
    let user = "---\ndoc_type: resourcePageType\n---\n# teamworkUserIdentity resource type\n\nInherits from [identity](../resources/identity.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Inherited from [identity](../resources/identity.md). The name.|\n|id|String|Inherited from [identity](../resources/identity.md). Id of the user.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.teamworkUserIdentity\"} -->\n```json\n{\n  \"id\": \"String (identifier)\"\n}\n```\n";
    let json = contract(&[("resources/teamworkuseridentity.md", user)]);
    let base = &json["components"]["schemas"]["identity"]["properties"];
    assert_eq!(base["id"]["nullable"], true, "{base}");
    // The kind's own member shown as its identifier stays its key.
    let kind = &json["components"]["schemas"]["teamworkUserIdentity"]["properties"];
    assert!(kind["id"].get("nullable").is_none(), "{kind}");
}

#[test]
fn a_request_table_adds_the_members_an_older_resource_page_lacks() {
    // beta's Intune androidManagedStoreAccountEnterpriseSettings: the update table and example
    // send `companyCodes`, which the resource page does not list yet.
    let resource = type_page("settings", "base", "|id|String|The id.|\n|bindStatus|String|The status.|\n");
    let base = type_page("base", "", "|createdBy|String|Who.|\n");
    let update = |rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update settings\n\n## HTTP request\n```http\nPATCH /deviceManagement/settings\n```\n\n## Request body\nIn the request body, supply a JSON representation for the [settings](../resources/settings.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [settings](../resources/settings.md) object in the response body.\n"
        )
    };
    // The get page's example (wrapped in `"value"`, as Intune's are) shows what the service sends.
    let get = "---\ndoc_type: apiPageType\n---\n# Get settings\n\n## HTTP request\n```http\nGET /deviceManagement/settings\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [settings](../resources/settings.md) object in the response body.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/deviceManagement/settings\n```\n\n<!-- {\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.settings\"} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": {\"@odata.type\": \"#microsoft.graph.settings\", \"id\": \"1\", \"companyCodes\": [], \"first\": \"a\"}}\n```\n";
    // The contract with update page `page`, and whether a member was added with a warning.
    let with_update = |page: String| {
        let c = convert(vec![
            SourceFile::new("resources/settings.md", resource.clone()),
            SourceFile::new("resources/base.md", base.clone()),
            SourceFile::new("api/settings-update.md", page),
            SourceFile::new("api/settings-get.md", get.to_string()),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let warned =
            c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_TYPE && d.message.contains("added to the type"));
        (json, warned)
    };
    let members = |rows: &str| {
        let (json, warned) = with_update(update(rows));
        (property_names(&json, "settings"), warned)
    };
    let (names, warned) = members(
        "|id|String|The id.|\n|bindStatus|String|The status.|\n|createdBy|String|Inherited.|\n|companyCodes|String collection|Codes.|\n",
    );
    assert_eq!(
        names,
        ["@odata.type", "bindStatus", "companyCodes", "createdBy", "id"],
        "the base's member stays the base's"
    );
    assert!(warned);
    // A member no response shows: a parameter of the request (a create's `password`).
    let (names, warned) =
        members("|id|String|The id.|\n|bindStatus|String|The status.|\n|secret|String|Write-only.|\n");
    assert_eq!(names, ["@odata.type", "bindStatus", "createdBy", "id"]);
    assert!(!warned);
    // A table mostly of other members describes something else.
    let (names, _) = members("|id|String|The id.|\n|first|String|A.|\n|second|String|B.|\n");
    assert_eq!(names, ["@odata.type", "bindStatus", "createdBy", "id"]);
    // A row holding the type itself wraps it: no member of its own.
    let (names, _) =
        members("|settings|[settings](../resources/settings.md) collection|The list.|\n|id|String|The id.|\n");
    assert_eq!(names, ["@odata.type", "bindStatus", "createdBy", "id"]);
    // An update whose table is its body (the prose names no type) describes the entity it answers with.
    let inline = |rows: &str| {
        let (json, _) = with_update(update(rows).replace(
            "supply a JSON representation for the [settings](../resources/settings.md) object",
            "supply the values for relevant fields that should be updated",
        ));
        let body = &json["paths"]["/deviceManagement/settings"]["patch"]["requestBody"]["content"]["application/json"]
            ["schema"];
        assert!(body.get("$ref").is_none(), "the table is the body: {body}");
        property_names(&json, "settings")
    };
    assert_eq!(
        inline("|bindStatus|String|The status.|\n|companyCodes|String collection|Codes.|\n"),
        ["@odata.type", "bindStatus", "companyCodes", "createdBy", "id"]
    );
    assert_eq!(
        inline("|bindStatus|String|The status.|\n|secret|String|Write-only.|\n"),
        ["@odata.type", "bindStatus", "createdBy", "id"]
    );
    // An update answering nothing (`204`) describes the entity a read of its path returns, the
    // path's parameters named as they may be (Viva Learning's `isCourseActivitySyncEnabled`).
    let answering_nothing = |rows: &str| {
        let page = update(rows)
            .replace(
                "supply a JSON representation for the [settings](../resources/settings.md) object",
                "supply the values for relevant fields that should be updated",
            )
            .replace(
                "a `200 OK` response code and an updated [settings](../resources/settings.md) object in the response body",
                "a `204 No Content` response code",
            );
        let (json, _) = with_update(page);
        assert!(json["paths"]["/deviceManagement/settings"]["patch"]["responses"]["204"].is_object());
        property_names(&json, "settings")
    };
    assert_eq!(
        answering_nothing("|bindStatus|String|The status.|\n|companyCodes|String collection|Codes.|\n"),
        ["@odata.type", "bindStatus", "companyCodes", "createdBy", "id"]
    );
    assert_eq!(
        answering_nothing("|bindStatus|String|The status.|\n|secret|String|Write-only.|\n"),
        ["@odata.type", "bindStatus", "createdBy", "id"]
    );
}

#[test]
fn extended_property_pages_answer_whichever_resource_the_path_addresses() {
    // The (single|multi)ValueLegacyExtendedProperty pages document requests on messages, events,
    // tasks and more: the body of a GET is that resource, expanded with the property; a POST
    // sends the resource with a collection of the properties.
    let property =
        type_page("singleValueLegacyExtendedProperty", "", "|id|String|The id.|\n|value|String|The value.|\n");
    let get = "---\ndoc_type: apiPageType\n---\n# Get singleValueLegacyExtendedProperty\n\n## HTTP request\n```http\nGET /me/messages/{id}?$expand=singleValueExtendedProperties($filter=id eq '{id_value}')\nGET /me/outlook/tasks/{id}?$expand=singleValueExtendedProperties($filter=id eq '{id_value}')\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\nThe response body includes an object representing the requested resource instance, expanded with the matching [singleValueLegacyExtendedProperty](../resources/singlevaluelegacyextendedproperty.md) object.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/me/messages/1?$expand=singleValueExtendedProperties($filter=id eq 'x')\n```\n\n<!-- {\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.message\"} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"1\", \"singleValueExtendedProperties\": [{\"id\": \"x\", \"value\": \"y\"}]}\n```\n";
    let post = "---\ndoc_type: apiPageType\n---\n# Create singleValueLegacyExtendedProperty\n\n## HTTP request\n```http\nPOST /me/outlook/taskFolders\nPATCH /me/outlook/tasks/{id}\n```\n\n## Request body\n\nProvide a JSON body of each [singleValueLegacyExtendedProperty](../resources/singlevaluelegacyextendedproperty.md) object in the **singleValueExtendedProperties** collection property of the resource instance.\n\n|Property|Type|Description|\n|:-----|:-----|:-----|\n|singleValueExtendedProperties|[singleValueLegacyExtendedProperty](../resources/singlevaluelegacyextendedproperty.md) collection| An array of one or more single-valued extended properties. |\n|id|String|For each property, the id. Required.|\n|value|string|For each property, the value. Required.|\n\n## Response\nAn operation successful in creating an extended property in a new resource instance returns `201 Created`.\n";
    let json = contract(&[
        ("resources/singlevaluelegacyextendedproperty.md", &property),
        ("api/singlevaluelegacyextendedproperty-get.md", get),
        ("api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties.md", post),
    ]);
    for path in ["/me/messages/{id}", "/me/outlook/tasks/{id}"] {
        let answer = &json["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert!(answer.get("$ref").is_none(), "{path}: any JSON, not one kind: {answer}");
    }
    let sent =
        &json["paths"]["/me/outlook/taskFolders"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(sent["type"], "object", "{sent}");
    assert_eq!(
        sent["properties"]["singleValueExtendedProperties"]["items"]["$ref"],
        "#/components/schemas/singleValueLegacyExtendedProperty",
        "{sent}"
    );
    assert_eq!(property_names(&json, "singleValueLegacyExtendedProperty"), ["@odata.type", "id", "value"]);
}

#[test]
fn a_parameters_table_with_check_marks_is_an_action_s_body() {
    // beta's governanceRoleAssignmentRequest updateRequest: `|Parameters|Type|Required|…|`, ✓ marks.
    let page = "---\ndoc_type: apiPageType\n---\n# Update governanceRoleAssignmentRequest\n\n## HTTP request\n```http\nPOST /privilegedAccess/azureResources/roleAssignmentRequests/{id}/updateRequest\n```\n\n## Request body\n\n|Parameters\t     |Type\t                 |Required |Description|\n|:-------------|:----------------------|:--------|:----------|\n|reason        |String                 |✓        |The reason.|\n|decision        |String                 |✓        |The decision.|\n|assignmentState      |String|         | The state. For decision of `AdminApproved`, it is required. |\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let json = contract(&[("api/governanceroleassignmentrequest-update.md", page)]);
    let op = &json["paths"]["/privilegedAccess/azureResources/roleAssignmentRequests/{id}/updateRequest"]["post"];
    let schema = &op["requestBody"]["content"]["application/json"]["schema"];
    let schema = match schema["$ref"].as_str() {
        Some(r) => &json["components"]["schemas"][r.rsplit('/').next().unwrap()],
        None => schema,
    };
    let mut names: Vec<&str> = schema["properties"].as_object().expect("a body").keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(names, ["assignmentState", "decision", "reason"], "{schema}");
    assert_eq!(schema["required"], serde_json::json!(["reason", "decision"]), "{schema}");
}

#[test]
fn property_tables_read_by_their_headers() {
    let page = "---\ndescription: \") for tasks, cut short\"\ndoc_type: resourcePageType\n---\n# identityProvider resource type\n\nRepresents an identity provider.\n\n## Properties\n|Property|Type|Required|Nullable|Description|\n|:---|:---|:---|:---|:---|\n|clientId|String|Yes|No|The client ID. Read only.|\n|name|String|No|Yes|The name.|\n|extra|Untyped JSON object|No|Yes|Anything.|\n|created|DateTimeOffset|No|Yes|When. This property is read-only.|\n\n### Properties of the definition\n|Property|Type|Description|\n|:---|:---|:---|\n|Version|Integer|Inside the definition string.|\n\n## Instance attributes\n|Property name|Type|Description|\n|:---|:---|:---|\n|@microsoft.graph.downloadUrl|string|A URL. Read-only.|\n";
    let json = contract(&[("resources/identityprovider.md", page)]);
    let t = &json["components"]["schemas"]["identityProvider"];
    let p = &t["properties"];
    assert_eq!(p["clientId"]["description"], "The client ID. Read only.", "{t}");
    assert_eq!(p["clientId"]["readOnly"], true);
    assert_ne!(p["clientId"]["nullable"], true, "the Nullable column says No");
    assert_eq!(p["name"]["nullable"], true);
    assert!(p["name"].get("readOnly").is_none());
    assert_eq!(p["created"]["readOnly"], true, "read-only mid-sentence");
    assert!(p["extra"].get("$ref").is_none(), "untyped is any JSON: {}", p["extra"]);
    assert!(p.get("Version").is_none(), "a sub-heading's table describes something else");
    assert_eq!(p["@microsoft.graph.downloadUrl"]["readOnly"], true);
    assert_eq!(t["description"], "Represents an identity provider.", "a cut front matter description is not used");
    assert!(json["components"]["schemas"].get("Untyped").is_none());
    // A ReadOnly column (v1.0's serviceAnnouncement relationships).
    let columns = "---\ndoc_type: resourcePageType\n---\n# serviceAnnouncement resource type\n\n## Relationships\n|Property|Type|Description|Contained Navigation Property|Nullable|ReadOnly|\n|:---|:---|:---|:---|:---|:---|\n|messages|String collection|The messages.|Yes|Yes|Yes|\n|notes|String collection|The notes.|Yes|Yes|No|\n";
    let json = contract(&[("resources/serviceannouncement.md", columns)]);
    let p = &json["components"]["schemas"]["serviceAnnouncement"]["properties"];
    assert_eq!(p["messages"]["readOnly"], true, "{p}");
    assert!(p["notes"].get("readOnly").is_none(), "{p}");
}

#[test]
fn a_sentence_for_a_title_names_no_type() {
    let names = |title: &str| {
        let c = convert(vec![SourceFile::new("resources/x.md", resource(title, ""))]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["components"]["schemas"].as_object().unwrap().keys().cloned().collect::<Vec<_>>()
    };
    assert!(!names("Use the Microsoft Graph threat assessment API").contains(&"Use".to_string()));
    assert!(names("accessReview").contains(&"accessReview".to_string()));
    assert!(names("driveItem resource type").contains(&"driveItem".to_string()));
    assert!(names("hashes facet").contains(&"hashes".to_string()));
}

#[test]
fn without_a_property_table_the_json_representation_defines_the_type() {
    let page = |annotation: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# workbookFilterCriteria resource type\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.workbookFilterCriteria\"{annotation} }} -->\n```json\n{{\n  \"color\": \"string\",\n  \"count\": \"Int32\",\n  \"on\": true,\n  \"values\": [\"String\"],\n  \"icon\": {{\"@odata.type\": \"microsoft.graph.workbookIcon\"}},\n  \"author\": \"Brad\",\n}}\n```\n"
        )
    };
    let schema = |annotation: &str| {
        let c = convert(vec![SourceFile::new("resources/filtercriteria.md", page(annotation))]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["components"]["schemas"]["workbookFilterCriteria"]["properties"].clone()
    };
    let props = schema("");
    assert_eq!(props["color"]["type"], "string", "{props}");
    assert_eq!(props["count"]["type"], "integer");
    assert_eq!(props["on"]["type"], "boolean");
    assert_eq!(props["values"]["type"], "array");
    assert_eq!(ref_of(&props["icon"]), "#/components/schemas/workbookIcon");
    assert_eq!(props["author"]["type"], "string", "a sample value is not a type name");
    let open = schema(", \"openType\": true");
    assert!(open.get("color").is_none(), "an open type's members are samples: {open}");
    let derived = schema(", \"baseType\": \"microsoft.graph.entity\"");
    assert!(derived.get("color").is_none(), "a derived type's representation repeats its base: {derived}");
}

#[test]
fn a_page_wins_over_its_prefixed_copy() {
    let update = |property: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update user\n\n## HTTP request\n```http\nPATCH /users/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|{property}|String|A property.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let c = convert(vec![
        SourceFile::new("api/intune-shared-user-update.md", update("intuneOnly")),
        SourceFile::new("api/user-update.md", update("displayName")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/users/{id}"]["patch"];
    assert_eq!(op["x-doc-source"]["file"], "api/user-update.md", "{op}");
    let schema = &op["requestBody"]["content"]["application/json"]["schema"];
    assert!(schema["properties"].get("displayName").is_some(), "{schema}");
}

#[test]
fn the_options_one_page_lists_are_not_widened_by_another_page_s_generic_set() {
    let list = |options: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List alerts\n\n## HTTP request\n```http\nGET /security/partner/securityAlerts\n```\n\n## Optional query parameters\n{options}\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [alert](../resources/alert.md) objects in the response body.\n"
        )
    };
    let c = convert(vec![
        SourceFile::new(
            "api/partner-security-alert-list.md",
            list("This method supports the `$count`, `$filter`, and `$select` OData query parameters."),
        ),
        SourceFile::new(
            "api/partner.security-alert-list.md",
            list("This method supports some of the OData query parameters to help customize the response.")
                .replace("GET /security/partner/securityAlerts", "GET /security/partner/securityAlerts?$search={text}"),
        ),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let names: Vec<&str> = json["paths"]["/security/partner/securityAlerts"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(names, ["$select", "$filter", "$count"], "the first page's list stands");
}

#[test]
fn nothing_is_required_in_an_update_body() {
    let schema = |method: &str, rows: &str| {
        let page = format!(
            "---\ndoc_type: apiPageType\n---\n# Change user\n\n## HTTP request\n```http\n{method} /users/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n```http\n{method} https://graph.microsoft.com/v1.0/users/1\nContent-type: application/json\n\n{{\"usageLocation\": \"US\"}}\n```\n"
        );
        let c = convert(vec![SourceFile::new("api/user-update.md", page)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/users/{id}"][method.to_ascii_lowercase()]["requestBody"]["content"]["application/json"]
            ["schema"]
            .clone()
    };
    let rows = "|usageLocation|String|Required. A two-letter country code.|\n|city|String|The city.|\n";
    assert_eq!(schema("POST", rows)["required"], serde_json::json!(["usageLocation"]), "{}", schema("POST", rows));
    // One row of several marked so, which the request examples send (an approval stage's
    // `reviewResult` beside an optional `justification`): what the call needs, as for a create.
    assert_eq!(schema("PATCH", rows)["required"], serde_json::json!(["usageLocation"]), "{}", schema("PATCH", rows));
    // Not one its row requires when the object is created (v1.0's group update: `displayName`).
    let created = "|usageLocation|String|Required when a user is created.|\n|city|String|The city.|\n";
    assert!(schema("PATCH", created).get("required").is_none(), "{}", schema("PATCH", created));
    // Every one of several rows marked so: a create's table, copied.
    let all = "|usageLocation|String|Required. A two-letter country code.|\n|city|String|Required. The city.|\n";
    assert!(schema("PATCH", all).get("required").is_none(), "{}", schema("PATCH", all));
    // The one member an update's table lists, marked required (beta's multitenant organization
    // join request: `addedByTenantId`): an update sending nothing changes nothing.
    let one = "|usageLocation|String|Required. A two-letter country code.|\n";
    assert_eq!(schema("PATCH", one)["required"], serde_json::json!(["usageLocation"]), "{}", schema("PATCH", one));
}

#[test]
fn a_row_required_when_you_create_is_not_required_in_an_update_body() {
    // The update's one marked row of several, sent by its example, required of creates only in
    // other words than "required when a user is created" (`says_required_on_create` misses them): optional
    // in the PATCH body, as it was before `sole_marked` kept one of several rows required.
    let schema = |rows: &str| {
        let page = format!(
            "---\ndoc_type: apiPageType\n---\n# Change user\n\n## HTTP request\n```http\nPATCH /users/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n```http\nPATCH https://graph.microsoft.com/v1.0/users/1\nContent-type: application/json\n\n{{\"usageLocation\": \"US\"}}\n```\n"
        );
        let c = convert(vec![SourceFile::new("api/user-update.md", page)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/users/{id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"].clone()
    };
    // (v1.0's user and group tables: "This property must be specified when a user is created.")
    for said in ["Required. This property must be specified when a user is created.", "Required for creation."] {
        let rows = format!("|usageLocation|String|{said} A two-letter country code.|\n|city|String|The city.|\n");
        assert!(schema(&rows).get("required").is_none(), "{said}: {}", schema(&rows));
    }
}

#[test]
fn a_row_merely_mentioning_a_create_stays_required_in_an_update_body() {
    // The file storage container type update (r555): `etag`, the one marked row of three, which
    // the example sends, "must match the value returned from a [Create](…) or [Get](…) request":
    // what the call needs (the `etag` `sole_marked` is meant for), not a create's "Required.". Nor a
    // row naming what it is used for creating (r484's plan configuration: `defaultLanguage`, "The
    // language that should be used for creating plans …").
    let schema = |rows: &str, sent: &str| {
        let page = format!(
            "---\ndoc_type: apiPageType\n---\n# Update fileStorageContainerType\n\n## HTTP request\n```http\nPATCH /storage/fileStorage/containerTypes/{{fileStorageContainerTypeId}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n```http\nPATCH https://graph.microsoft.com/v1.0/storage/fileStorage/containerTypes/1\nContent-Type: application/json\n\n{sent}\n```\n"
        );
        let c = convert(vec![SourceFile::new("api/filestoragecontainertype-update.md", page)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/storage/fileStorage/containerTypes/{fileStorageContainerTypeId}"]["patch"]["requestBody"]
            ["content"]["application/json"]["schema"]
            .clone()
    };
    let etag = |said: &str| {
        format!(
            "|name|String|Name of the fileStorageContainerType. Optional.|\n|etag|String|Used for optimistic concurrency control. {said} Required.|\n"
        )
    };
    let sent = "{\"name\": \"x\", \"etag\": \"RVRhZw==\"}";
    let plain = etag("Must match the value returned from a [Get](filestoragecontainertype-get.md) request.");
    assert_eq!(schema(&plain, sent)["required"], serde_json::json!(["etag"]), "{}", schema(&plain, sent));
    let create = etag(
        "Must match the value returned from a [Create](filestorage-post-containertypes.md) or [Get](filestoragecontainertype-get.md) request.",
    );
    assert_eq!(schema(&create, sent)["required"], serde_json::json!(["etag"]), "{}", schema(&create, sent));
    let language = "|defaultLanguage|String|The language that should be used for creating plans when no language has been specified. Required.|\n|name|String|The name. Optional.|\n";
    let sent = "{\"defaultLanguage\": \"en-us\"}";
    assert_eq!(
        schema(language, sent)["required"],
        serde_json::json!(["defaultLanguage"]),
        "{}",
        schema(language, sent)
    );
}

#[test]
fn a_title_without_a_space_after_the_hash_is_still_the_title() {
    let page = "---\ntitle: \"Members\"\ndoc_type: enumPageType\n---\n\n#teamVisibilityType enum type\n\n|Member|Value|Description|\n|:---|:---|:---|\n|private|0|Private.|\n";
    let json = contract(&[("resources/teamvisibilitytype.md", page)]);
    let schemas = json["components"]["schemas"].as_object().unwrap();
    assert!(schemas.contains_key("teamVisibilityType"), "{:?}", schemas.keys().collect::<Vec<_>>());
    assert!(!schemas.contains_key("Members"));
}

#[test]
fn a_response_annotation_may_name_its_type_with_at_type() {
    let page = "---\ndoc_type: apiPageType\n---\n# List lists\n\n## HTTP request\n```http\nGET /sites/{site-id}/lists\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n### Request\n```http\nGET https://graph.microsoft.com/v1.0/sites/1/lists\n```\n### Response\n\n<!-- { \"blockType\": \"response\", \"@type\": \"microsoft.graph.list\", \"isCollection\": true, \"truncated\": true } -->\n```json\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [{\"id\": \"String\"}]}\n```\n";
    let c = convert(vec![
        SourceFile::new("api/list-list.md", page.to_string()),
        SourceFile::new("resources/list.md", resource("list resource type", "")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema =
        &json["paths"]["/sites/{site-id}/lists"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/listCollectionResponse", "{}", json["paths"]);
}

#[test]
fn a_create_without_a_request_type_sends_the_created_entity() {
    let page = |status: &str| {
        let title = if status.starts_with("200") { "Copy shift" } else { "Create shift" };
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /teams/{{id}}/shifts\n```\n\n## Request body\nIn the request body, supply the new shift.\n\n## Response\nIf successful, this method returns a `{status}` response code and a [shift](../resources/shift.md) object in the response body.\n\n## Example\n### Request\n```http\nPOST https://graph.microsoft.com/v1.0/teams/1/shifts\nContent-type: application/json\n\n{{\"id\": \"1\"}}\n```\n"
        )
    };
    let request = |status: &str| {
        let c = convert(vec![
            SourceFile::new("api/schedule-post-shifts.md", page(status)),
            SourceFile::new("resources/shift.md", resource("shift resource type", "")),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/teams/{id}/shifts"]["post"]["requestBody"]["content"]["application/json"]["schema"].clone()
    };
    assert_eq!(request("201 Created")["$ref"], "#/components/schemas/shift", "{}", request("201 Created"));
    // An action answered 200 says nothing of its body but what its example shows (a create
    // answered 200 does: its title says what it creates).
    assert_eq!(
        request("200 OK"),
        serde_json::json!({"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": {}})
    );
}

#[test]
fn older_pages_name_their_type_with_at_type() {
    let annotation = r#"<!-- { "blockType": "resource", "@type": "microsoft.graph.systemFacet" } -->"#;
    let (_, names, _) = convert_pages(&[
        ("api/teamstab-get.md", get_page("[systemFacet](../resources/systemFacet.md)")),
        ("resources/systemFacet.md", resource("System facet", annotation)),
    ]);
    assert!(names.contains(&"systemFacet".to_string()), "{names:?}");
    assert!(!names.contains(&"System".to_string()), "{names:?}");
}

#[test]
fn keys_conditions_write_only_and_descriptions() {
    let resource = "---\ndescription: The **bucket** resource; see [plans](plan.md).\ndoc_type: resourcePageType\n---\n# bucket resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Read-only. The id.|\n|owner|String|Can be set on creation. Once set, this property is read-only.|\n|isArchived|Boolean|Whether the bucket is in read-only mode.|\n|secret|String|The secret. This property is write-only.|\n|created|DateTimeOffset|The time when it was created, read-only.|\n|synced|String|Read-only when the bucket is synced.|\n|appScope|String|Read-only property with details of the scope when the assignment scope is app specific.|\n|assignmentId|String|The identifier. It is immutable after it's created and is a read-only property.|\n|flowId|String|Once created, it is read-only.|\n|stepId|String|Set once after creation, and it is read-only.|\n|scope|String|Needs Files.ReadWrite only.|\n|legacy|String|Not yet documented|\n|later|String|Not yet documented. Kept after the placeholder.|\n|trending|Boolean|Whether it is \"trending.\" Read-only.|\n|extension|String|For a synced bucket, this is read-only. For a cloud-only bucket, it may be set during creation.|\n|memberType|String|A read-only value to represent whether the bucket is shared.|\n|shared|Boolean|Indicates whether the bucket is read-only.|\n|kind|[bucketKind](bucketkind.md)|The kind.|\n|shelves|String collection|Shelves synchronized to all items. These are read-only on the items themselves.|\n|number|String|The number. Non-editable.|\n|createdOn|DateTimeOffset|Created. The value cannot be modified and is automatically populated when the bucket is created.|\n|operations|String|Resource operations cannot be modified for built-in roles.|\n|phone|String|The phone. Read-only for buckets synced from the on-premises directory.|\n|sso|String|The settings. Read-only for [templates](template.md) except for custom templates.|\n|badge|String|The badge. Read-only for security reasons.|\n|isGlobal|Boolean|Whether this is a proprietary bucket. Proprietary buckets are read-only.|\n|labels|String collection|The labels the service applies. These are read-only.|\n|plans|String collection|The plans. Plans are read-only.|\n|modified|DateTimeOffset|When it was changed. Both timestamps are read-only.|\n|title|String|Only the title can be updated; all other properties are read-only.|\n|status|String|The status. Buckets can be set to paused to stop filling. Read-only.|\n|tag|String|Read-only. It can be set during creation.|\n|label|String|Read-only. The label can be set on creation.|\n|code|String|Read-only. Can only be set during creation.|\n|serial|String|This value can be set only by the service. Read-only.|\n|origin|String|Read-only. It can be set only through the reset action.|\n|flagged|Boolean|Read-only. Can be set to `true` only by the service.|\n|mode|String|Read-only. It can be set via the Intune admin center.|\n|tags|String collection|Read-only. Tags can be set during creation.|\n|portal|String|Read-only. It can be set up in the portal.|\n|activated|DateTimeOffset|When. This is set by the system and cannot be set by the caller.|\n|partner|String|Set by the partner and cannot be changed by the customer.|\n|ended|DateTimeOffset|When. This is set by the system and cannot be set by the caller when the bucket is active.|\n|builtIn|String|Values cannot be set by the caller for built-in roles.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.bucket\"} -->\n```json\n{\"id\": \"String (identifier)\"}\n```\n";
    let enum_page = "---\ndoc_type: enumPageType\n---\n# bucketKind enum type\n\nKinds of buckets.\n\n|Member|Value|Description|\n|:---|:---|:---|\n|plain|0|An ordinary bucket.|\n|unknownFutureValue|1|Evolvable enumeration sentinel value. Do not use.|\n";
    let action = "---\ndoc_type: apiPageType\n---\n# bucket: archive\n\n## HTTP request\n```http\nPOST /buckets/{id}/archive\n```\n\n## Request body\nIn the request body, provide a JSON object with the following parameters.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|reason|String|Why. Required.|\n|notify|Boolean|Whether to notify.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n";
    let derived = "---\ndoc_type: resourcePageType\n---\n# bigBucket resource type\n\nInherits from [bucket](bucket.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id, repeated.|\n|shade|shade|The shade.|\n\n### shade values\n|Values|Description|\n|:---|:---|\n|light|A light one.|\n|dark|A dark one.|\n";
    let c = convert(vec![
        SourceFile::new("resources/bucket.md", resource),
        SourceFile::new("resources/bucketkind.md", enum_page),
        SourceFile::new("api/bucket-archive.md", action),
        SourceFile::new("resources/bigbucket.md", derived),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let t = &json["components"]["schemas"]["bucket"];
    let p = &t["properties"];
    assert_eq!(t["description"], "The bucket resource; see plans.", "markdown in the front matter: {t}");
    assert!(p["id"].get("nullable").is_none(), "the key is never null: {}", p["id"]);
    assert!(p["owner"].get("readOnly").is_none(), "read-only once set is writable first");
    assert!(p["isArchived"].get("readOnly").is_none(), "a state, not an access rule");
    assert_eq!(p["secret"]["writeOnly"], true);
    assert!(p["scope"].get("writeOnly").is_none());
    assert_eq!(p["created"]["readOnly"], true, "`when` before the mark is no condition");
    assert!(p["synced"].get("readOnly").is_none(), "`when` right after it is");
    assert_eq!(p["appScope"]["readOnly"], true, "`when` of a later clause is no condition");
    assert_eq!(p["memberType"]["readOnly"], true, "`whether` after the mark is no condition");
    assert_eq!(p["assignmentId"]["readOnly"], true, "`after` of a clause joined before is no condition");
    assert!(p["flowId"].get("readOnly").is_none(), "`once` of the mark's own clause is");
    assert_eq!(p["stepId"]["readOnly"], true, "`, and it is read-only` is a clause of its own");
    assert!(p["shared"].get("readOnly").is_none(), "`whether` before it is");
    assert_eq!(p["trending"]["readOnly"], true, "`.\" ` ends the sentence with `whether`");
    assert!(p["extension"].get("readOnly").is_none(), "it may be set");
    assert!(p["shelves"].get("readOnly").is_none(), "read-only on something else");
    assert_eq!(p["number"]["readOnly"], true, "Business Central's pages say non-editable");
    assert_eq!(p["createdOn"]["readOnly"], true, "the value cannot be modified");
    assert!(p["operations"].get("readOnly").is_none(), "another thing cannot be modified");
    assert!(p["phone"].get("readOnly").is_none(), "read-only for some instances only");
    assert!(p["sso"].get("readOnly").is_none(), "read-only for some instances only");
    assert_eq!(p["badge"]["readOnly"], true, "read-only for a reason, not for some instances");
    assert!(p["isGlobal"].get("readOnly").is_none(), "other things, a plural subject, are read-only");
    assert_eq!(p["labels"]["readOnly"], true, "a collection's items are the property");
    assert_eq!(p["plans"]["readOnly"], true, "a collection's items are the property");
    assert_eq!(p["modified"]["readOnly"], true, "both, this one among them");
    assert!(p["title"].get("readOnly").is_none(), "all other properties are");
    assert_eq!(p["status"]["readOnly"], true, "other things can be set (to a state)");
    assert!(p["tag"].get("readOnly").is_none(), "it can be set");
    assert!(p["label"].get("readOnly").is_none(), "its name can be set");
    assert!(p["code"].get("readOnly").is_none(), "it can only be set on creation");
    assert_eq!(p["serial"]["readOnly"], true, "set by someone else");
    assert_eq!(p["origin"]["readOnly"], true, "set through another call");
    assert_eq!(p["flagged"]["readOnly"], true, "set by the service");
    assert_eq!(p["mode"]["readOnly"], true, "set elsewhere");
    assert!(p["tags"].get("readOnly").is_none(), "the property named as the subject");
    assert_eq!(p["portal"]["readOnly"], true, "set up elsewhere");
    assert_eq!(p["activated"]["readOnly"], true, "GDAP's pages: not by the caller");
    assert!(p["partner"].get("readOnly").is_none(), "set by one party, not changed by another");
    assert!(p["ended"].get("readOnly").is_none(), "`when` after a long mark is a condition too");
    assert!(p["builtIn"].get("readOnly").is_none(), "other things, not set by the caller");
    assert!(p["legacy"].get("description").is_none(), "Intune's placeholder says nothing");
    assert_eq!(p["later"]["description"], "Kept after the placeholder.");
    let big = &json["components"]["schemas"]["bigBucket"]["properties"];
    assert!(big["id"].get("nullable").is_none(), "a repeated key is still the key: {}", big["id"]);
    let shade = json["components"]["schemas"]["shade"]["description"].as_str().unwrap_or_default();
    assert!(shade.contains("- `dark`: A dark one."), "an enum table under the properties defines it: {shade}");
    let kind = json["components"]["schemas"]["bucketKind"]["description"].as_str().unwrap();
    assert!(kind.starts_with("Kinds of buckets.\n\n- `plain`: An ordinary bucket.\n"), "{kind}");
    let body = &json["paths"]["/buckets/{id}/archive"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert!(body["properties"].get("@odata.type").is_none(), "an action's parameters only: {body}");
    assert_eq!(body["required"], serde_json::json!(["reason"]));
    assert!(body["properties"]["reason"].get("nullable").is_none(), "a required parameter is not null");
    assert_eq!(body["properties"]["notify"]["nullable"], true);
}

#[test]
fn an_update_table_takes_the_entity_s_property_types() {
    let entity = "---\ndoc_type: resourcePageType\n---\n# event resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|categories|String collection|Categories.|\n|attendees|[attendee](attendee.md) collection|Who.|\n|subject|String|Subject.|\n";
    let get = "---\ndoc_type: apiPageType\n---\n# Get event\n\n## HTTP request\n```http\nGET /me/events/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [event](../resources/event.md) object in the response body.\n";
    let update = "---\ndoc_type: apiPageType\n---\n# Update event\n\n## HTTP request\n```http\nPATCH /me/events/{id}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|categories|String|The categories.|\n|attendees|[attendee](../resources/attendee.md)|The attendees.|\n|subject|Int32|The subject.|\n|extra|String|Not on the entity.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let c = convert(vec![
        SourceFile::new("api/event-get.md", get),
        SourceFile::new("api/event-update.md", update),
        SourceFile::new("resources/event.md", entity),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let body = &json["paths"]["/me/events/{id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"];
    let props = &body["properties"];
    assert_eq!(props["categories"]["type"], "array", "{body}");
    assert_eq!(props["categories"]["description"], "The categories.");
    assert_eq!(props["attendees"]["type"], "array", "{body}");
    assert_eq!(props["subject"]["type"], "string", "{body}");
    assert_eq!(props["extra"]["type"], "string", "{body}");
    // An entity only another api page's table defines does not make a named type a string.
    let create = "---\ndoc_type: apiPageType\n---\n# Create tag\n\n## HTTP request\n```http\nPOST /cases/{id}/tags\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [tag](../resources/tag.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|selectability|String|One or many.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [tag](../resources/tag.md) object in the response body.\n";
    let update = "---\ndoc_type: apiPageType\n---\n# Update tag\n\n## HTTP request\n```http\nPATCH /cases/{id}/tags/{tagId}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|selectability|selectability|Possible values are: `One`, `Many`.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [tag](../resources/tag.md) object in the response body.\n";
    let c = convert(vec![SourceFile::new("api/tag-create.md", create), SourceFile::new("api/tag-update.md", update)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let body =
        &json["paths"]["/cases/{id}/tags/{tagId}"]["patch"]["requestBody"]["content"]["application/json"]["schema"];
    let sent = serde_json::to_string(&body["properties"]["selectability"]).unwrap();
    assert!(sent.contains("#/components/schemas/selectability"), "{body}");
    // No read of the path among the pages, a `204`: the entity its example's `@odata.type` names
    // (v1.0's Bookings staff member update, `role` a `string` row beside the entity's enum).
    let entity = "---\ndoc_type: resourcePageType\n---\n# bookingStaffMember resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|role|bookingStaffRole|The role. Possible values are: `guest`, `administrator`.|\n";
    let update = "---\ndoc_type: apiPageType\n---\n# Update bookingstaffmember\n\n## HTTP request\n```http\nPATCH /solutions/bookingBusinesses/{id}/staffMembers/{staffMemberId}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|role|string|The role.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nPATCH https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/b/staffMembers/s\nContent-type: application/json\n\n{\"@odata.type\": \"#microsoft.graph.bookingStaffMember\", \"role\": \"guest\"}\n```\n";
    let c = convert(vec![
        SourceFile::new("api/bookingstaffmember-update.md", update),
        SourceFile::new("resources/bookingstaffmember.md", entity),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let body = &json["paths"]["/solutions/bookingBusinesses/{id}/staffMembers/{staffMemberId}"]["patch"]["requestBody"]
        ["content"]["application/json"]["schema"];
    let role = serde_json::to_string(&body["properties"]["role"]).unwrap();
    assert!(role.contains("#/components/schemas/bookingStaffRole"), "{body}");
}

#[test]
fn a_second_page_on_the_same_request_adds_its_scopes_a_copy_or_an_extension_page_does_not() {
    let page = |title: &str, line: &str, scope: &str| {
        // Each page's body table names a member after its scope's first word.
        let member = scope.split('.').next().unwrap_or_default();
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## Permissions\n|Permission type|Permissions|\n|:---|:---|\n|Delegated (work or school account)|{scope}|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|Not supported.|\n\n## HTTP request\n```http\n{line}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|{member}|String|A member.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let c = convert(vec![
        SourceFile::new(
            "api/organization-update.md",
            page("Update organization", "PATCH /organization/{id}", "Organization.ReadWrite.All"),
        ),
        SourceFile::new(
            "api/organization-setmobiledevicemanagementauthority.md",
            page("Set the MDM authority", "PATCH /organization/{id}", "DeviceManagementServiceConfig.ReadWrite.All"),
        ),
        // A product's prefixed copy of the page adds nothing.
        SourceFile::new(
            "api/intune-onboarding-organization-update.md",
            page("Update organization", "PATCH /organization/{id}", "DeviceManagementApps.ReadWrite.All"),
        ),
        SourceFile::new(
            "api/opentypeextension-update.md",
            page("Update open extension", "PATCH /organization/{id}", "Directory.AccessAsUser.All"),
        ),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let work = &json["paths"]["/organization/{id}"]["patch"]["x-ms-permissions"]["delegatedWork"];
    assert_eq!(*work, serde_json::json!(["Organization.ReadWrite.All", "DeviceManagementServiceConfig.ReadWrite.All"]));
    let body = &json["paths"]["/organization/{id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"];
    let members: Vec<&String> = body["properties"].as_object().unwrap().keys().collect();
    assert_eq!(members, ["Organization", "DeviceManagementServiceConfig"], "{body}");
    // A page named for a kind of what the path addresses (`conversationthread` for `…/threads/{id}`)
    // is on the request too: it adds its scopes and members; the page naming it wins.
    let c = convert(vec![
        SourceFile::new(
            "api/group-update-thread.md",
            page("Update thread", "PATCH /groups/{id}/threads/{threadId}", "Group.ReadWrite.All"),
        ),
        SourceFile::new(
            "api/conversationthread-update.md",
            page("Update conversationThread", "PATCH /groups/{id}/threads/{threadId}", "Mail.ReadWrite"),
        ),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/groups/{id}/threads/{threadId}"]["patch"];
    assert_eq!(op["x-ms-permissions"]["delegatedWork"], serde_json::json!(["Group.ReadWrite.All", "Mail.ReadWrite"]));
    assert!(op["x-doc-source"]["file"].as_str().unwrap().ends_with("group-update-thread.md"), "{op}");
    // The members it adds are not required: the operation's own page does not send them.
    let body = &op["requestBody"]["content"]["application/json"]["schema"];
    assert!(body.get("required").is_none_or(|r| !r.to_string().contains("Mail")), "{body}");
    // Beside a page that does not name what the path addresses either, it is no stronger: they merge.
    let c = convert(vec![
        SourceFile::new(
            "api/identityproviderbase-update.md",
            page("Update identityProvider", "PATCH /identity/identityProviders/{id}", "IdentityProvider.ReadWrite.All"),
        ),
        SourceFile::new(
            "api/socialidentityprovider-update.md",
            page("Update socialIdentityProvider", "PATCH /identity/identityProviders/{id}", "Policy.ReadWrite.All"),
        ),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/identity/identityProviders/{id}"]["patch"];
    assert_eq!(
        op["x-ms-permissions"]["delegatedWork"],
        serde_json::json!(["IdentityProvider.ReadWrite.All", "Policy.ReadWrite.All"]),
        "{op}"
    );
}

#[test]
fn a_derived_page_repeating_an_enum_property_as_string_keeps_the_enum() {
    let message = "---\ndoc_type: resourcePageType\n---\n# message resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|importance|[importance](importance.md)|How important.|\n";
    let event_message = "---\ndoc_type: resourcePageType\n---\n# eventMessage resource type\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"baseType\": \"microsoft.graph.message\", \"@odata.type\": \"microsoft.graph.eventMessage\" } -->\n```json\n{\"importance\": \"String\"}\n```\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|importance|String|How important: `low`, `high`.|\n|subject|String|Not an enum anywhere.|\n";
    let importance = "---\ndoc_type: enumPageType\n---\n# importance enum type\n\n| Member | Value | Description |\n|:---|:---|:---|\n| low | 0 | Low. |\n| high | 1 | High. |\n";
    let c = convert(vec![
        SourceFile::new("resources/message.md", message),
        SourceFile::new("resources/eventmessage.md", event_message),
        SourceFile::new("resources/importance.md", importance),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let props = &json["components"]["schemas"]["eventMessage"]["properties"];
    assert_eq!(ref_of(&props["importance"]), "#/components/schemas/importance", "{props}");
    assert_eq!(props["importance"]["description"], "How important: `low`, `high`.");
    assert_eq!(props["subject"]["type"], "string");
}

#[test]
fn a_type_without_a_page_is_spelled_as_graph_names_types() {
    let page = |first: &str, second: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# identitySet resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|user|[{first}](identity.md)|The user.|\n|device|[{second}](identity.md)|The device.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.identitySet\"}} -->\n```json\n{{}}\n```\n"
        )
    };
    let names = |text: String| {
        let c = convert(vec![SourceFile::new("resources/identityset.md", text)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let schemas = json["components"]["schemas"].as_object().unwrap().clone();
        let user = schemas["identitySet"]["properties"]["user"].to_string();
        (schemas.keys().cloned().collect::<Vec<_>>(), user)
    };
    let (schemas, user) = names(page("Identity", "identity"));
    assert!(schemas.contains(&"identity".to_string()) && !schemas.contains(&"Identity".to_string()), "{schemas:?}");
    assert!(user.contains("#/components/schemas/identity\""), "{user}");
    assert!(names(page("Identity", "Identity")).0.contains(&"identity".to_string()));
    // An acronym keeps its capitals.
    assert!(names(page("IPv4Range", "IPv4Range")).0.contains(&"IPv4Range".to_string()));
}

#[test]
fn a_permissions_table_in_an_included_file_is_read() {
    let page = "---\ndoc_type: apiPageType\n---\n# Get a driveItem\n\n## Permissions\n\nChoose the permission marked as least privileged.\n\n<!-- { \"blockType\": \"permissions\", \"name\": \"driveitem_get\" } -->\n[!INCLUDE [permissions-table](../includes/permissions/driveitem-get-permissions.md)]\n\n## HTTP request\n```http\nGET /drives/{drive-id}/items/{item-id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let include = "---\ndescription: \"Automatically generated file. DO NOT MODIFY\"\nms.topic: include\n---\n\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|Files.Read|Files.ReadWrite, Files.Read.All|\n|Delegated (personal Microsoft account)|Files.Read|Files.ReadWrite|\n|Application|Files.Read.All|Files.ReadWrite.All|\n";
    let security = |files: Vec<SourceFile>| {
        let c = convert(files);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let codes: Vec<&str> = c.diagnostics.iter().map(|d| d.code).collect();
        (json["paths"]["/drives/{drive-id}/items/{item-id}"]["get"]["security"].to_string(), format!("{codes:?}"))
    };
    let (found, codes) = security(vec![
        SourceFile::new("docs/v1.0/api/driveitem-get.md", page),
        SourceFile::new("docs/v1.0/includes/permissions/driveitem-get-permissions.md", include),
    ]);
    for scope in ["Files.Read", "Files.ReadWrite", "Files.Read.All", "Files.ReadWrite.All"] {
        assert!(found.contains(&format!("\"{scope}\"")), "{scope} in {found}");
    }
    assert!(!codes.contains("missing-include"), "{codes}");
    // Without the included file: no security, and a warning that says why.
    let (found, codes) = security(vec![SourceFile::new("docs/v1.0/api/driveitem-get.md", page)]);
    assert_eq!(found, "null");
    assert!(codes.contains("missing-include"), "{codes}");
    // Another include before it (a national-cloud note, not among the inputs) is not the table.
    let noted = page.replace(
        "[!INCLUDE [permissions-table]",
        "[!INCLUDE [national-cloud-support](../../includes/global-only.md)]\n\n[!INCLUDE [permissions-table]",
    );
    let (found, codes) = security(vec![
        SourceFile::new("docs/v1.0/api/driveitem-get.md", noted.as_str()),
        SourceFile::new("docs/v1.0/includes/permissions/driveitem-get-permissions.md", include),
    ]);
    assert!(found.contains("\"Files.Read\""), "{found}");
    assert!(!codes.contains("missing-include"), "{codes}");
    // A table after it of what each scope allows (beta's agent identity blueprint update) is
    // no permissions table.
    let explained = page.replace(
        "permissions.md)]\n",
        "permissions.md)]\n\n| Permission | Properties |\n|:---|:---|\n| `Files.Read` | The item's **name**. |\n",
    );
    assert!(explained.contains("| Permission | Properties |"));
    let (found, codes) = security(vec![
        SourceFile::new("docs/v1.0/api/driveitem-get.md", explained.as_str()),
        SourceFile::new("docs/v1.0/includes/permissions/driveitem-get-permissions.md", include),
    ]);
    assert!(found.contains("\"Files.ReadWrite.All\""), "{found}");
    assert!(!codes.contains("no-permissions"), "{codes}");
    // The help tells a missing folder from a missing file of a folder that is there.
    let help = |files: Vec<SourceFile>| {
        let c = convert(files);
        c.diagnostics.iter().find(|d| d.code == "missing-include").and_then(|d| d.help.clone()).unwrap_or_default()
    };
    let alone = help(vec![SourceFile::new("docs/v1.0/api/driveitem-get.md", page)]);
    assert!(alone.contains("pass the folder above `api/`"), "{alone}");
    let beside = help(vec![
        SourceFile::new("docs/v1.0/api/driveitem-get.md", page),
        SourceFile::new("docs/v1.0/includes/permissions/user-get-permissions.md", include),
    ]);
    assert!(beside.contains("folder is among the inputs, but not this file"), "{beside}");
}

#[test]
fn members_that_become_one_rust_field_are_emitted_once() {
    let page = "---\ndoc_type: apiPageType\n---\n# thing: do\n\n## HTTP request\n```http\nPOST /things/{id}/do\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"thing_do\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/things/1/do\nContent-type: application/json\n\n{\"userIds\": [\"a\"], \"UserIds\": [\"b\"], \"user-ids\": 1, \"user_ids\": 2, \"other\": true}\n```\n";
    let c = convert(vec![SourceFile::new("api/thing-do.md", page)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema = &json["paths"]["/things/{id}/do"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let names: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
    assert_eq!(names, ["userIds", "other"], "the first written stays");
    // `@odata.type` stays whatever came before it.
    let page = page.replace(
        "## Response",
        "## Request body\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n| odataType | String | A. |\n| @odata.type | String | B. |\n| other | Boolean | C. |\n\n## Response",
    );
    let c = convert(vec![SourceFile::new("api/thing-do.md", page)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema = &json["paths"]["/things/{id}/do"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let names: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
    assert_eq!(names, ["@odata.type", "other"], "{schema}");
}

#[test]
fn a_request_table_s_type_named_without_its_namespace_is_the_namespaced_type() {
    let create = "---\ndoc_type: apiPageType\n---\n# Create externalGroup\n\n## HTTP request\n```http\nPOST /external/connections/{connectionId}/groups\n```\n\n## Request body\nIn the request body, supply a JSON representation of the **externalGroup** object.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The id. |\n| displayName | String | The name. |\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [externalGroup](../resources/externalconnectors-externalgroup.md) object in the response body.\n";
    let resource = "---\ndoc_type: resourcePageType\n---\n# externalGroup resource type\n\nNamespace: microsoft.graph.externalConnectors\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.externalConnectors.externalGroup\" } -->\n```json\n{\"id\": \"String\", \"displayName\": \"String\"}\n```\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|displayName|String|The name.|\n";
    // Another page names the type the same way in a property table.
    let connection = "---\ndoc_type: resourcePageType\n---\n# externalConnection resource type\n\nNamespace: microsoft.graph.externalConnectors\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|groups|externalGroup collection|The groups.|\n";
    let pages = [
        ("api/externalconnectors-externalconnection-post-groups.md", create.to_string()),
        ("resources/externalconnectors-externalgroup.md", resource.to_string()),
        ("resources/externalconnectors-externalconnection.md", connection.to_string()),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/external/connections/{connectionId}/groups"]["post"];
    let schema = |v: &serde_json::Value| v["content"]["application/json"]["schema"]["$ref"].clone();
    assert_eq!(schema(&op["requestBody"]), "#/components/schemas/externalConnectors.externalGroup", "{op}");
    assert_eq!(schema(&op["responses"]["201"]), "#/components/schemas/externalConnectors.externalGroup");
    let names: Vec<&String> = json["components"]["schemas"].as_object().unwrap().keys().collect();
    assert!(!names.iter().any(|n| n.as_str() == "externalGroup"), "{names:?}");
    let groups = &json["components"]["schemas"]["externalConnectors.externalConnection"]["properties"]["groups"];
    assert_eq!(groups["items"]["$ref"], "#/components/schemas/externalConnectors.externalGroup", "{groups} {names:?}");
    assert!(c.diagnostics.iter().all(|d| d.code != codes::UNKNOWN_TYPE), "{:?}", c.diagnostics);

    // A page linking the short name to another page means that page's type
    // (`[group](group.md)`, the directory's, beside `termStore.group`); the request
    // table's page still means the namespaced one.
    let share = "---\ndoc_type: resourcePageType\n---\n# printerShare resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|allowedGroups|[externalGroup](externalgroup.md) collection|Groups.|\n";
    let mut pages = pages.to_vec();
    pages.push(("resources/printershare.md", share.to_string()));
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let allowed = &json["components"]["schemas"]["printerShare"]["properties"]["allowedGroups"];
    assert_eq!(allowed["items"]["$ref"], "#/components/schemas/externalGroup", "{allowed}");
    let op = &json["paths"]["/external/connections/{connectionId}/groups"]["post"];
    assert_eq!(schema(&op["requestBody"]), "#/components/schemas/externalConnectors.externalGroup", "{op}");
    let groups = &json["components"]["schemas"]["externalConnectors.externalConnection"]["properties"]["groups"];
    assert_eq!(groups["items"]["$ref"], "#/components/schemas/externalConnectors.externalGroup", "{groups}");
}

#[test]
fn an_enum_section_other_pages_link_to_defines_it_in_the_page_s_namespace() {
    let usage = "---\ndoc_type: resourcePageType\n---\n# unbilledUsage resource type\n\nNamespace: microsoft.graph.partners.billing\n\n## Properties\n\nNone.\n\n### billingPeriod values\n\n| Member | Description |\n|:--|:--|\n| current | The billing period in progress. |\n| last | The last billing period. |\n";
    let export = "---\ndoc_type: apiPageType\n---\n# unbilledUsage: export\n\n## HTTP request\n```http\nPOST /reports/partners/billing/usage/unbilled/export\n```\n\n## Request body\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|billingPeriod|[microsoft.graph.partners.billing.billingPeriod](../resources/partners-billing-unbilledusage.md#billingperiod-values)|The billing period. Required.|\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n";
    // A string property's own values section describes that string, not a type.
    let status = "---\ndoc_type: resourcePageType\n---\n# job resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|state|String|The state.|\n\n### state values\n\n| Member | Description |\n|:--|:--|\n| done | Done. |\n";
    // A heading spelling the name otherwise than the property typed with it.
    let issue = "---\ndoc_type: resourcePageType\n---\n# healthIssue resource type\n\nNamespace: microsoft.graph.security\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|severity|[microsoft.graph.security.healthIssueSeverity](#healthissueseverity-values)|How bad.|\n\n#### HealthIssueSeverity values\n\n| Member | Description |\n|:--|:--|\n| low | Low. |\n";
    let c = convert(vec![
        SourceFile::new("resources/partners-billing-unbilledusage.md", usage),
        SourceFile::new("api/partners-billing-unbilledusage-export.md", export),
        SourceFile::new("resources/job.md", status),
        SourceFile::new("resources/security-healthissue.md", issue),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schemas = &json["components"]["schemas"];
    let period = &schemas["partners.billing.billingPeriod"];
    assert!(period["description"].as_str().is_some_and(|d| d.contains("`last`: The last billing period.")), "{period}");
    let op = &json["paths"]["/reports/partners/billing/usage/unbilled/export"]["post"];
    let body = &op["requestBody"]["content"]["application/json"]["schema"]["properties"]["billingPeriod"];
    assert_eq!(ref_of(body), "#/components/schemas/partners.billing.billingPeriod", "{body}");
    let severity = &schemas["security.healthIssueSeverity"];
    assert!(severity["description"].as_str().is_some_and(|d| d.contains("`low`: Low.")), "{severity}");
    assert!(
        schemas.get("state").is_none(),
        "{}",
        schemas.as_object().unwrap().keys().cloned().collect::<Vec<_>>().join(", ")
    );
}

#[test]
fn a_link_to_a_values_section_means_the_enum_not_the_page_s_type() {
    let operation = "---\ndoc_type: resourcePageType\n---\n# addToReviewSetOperation resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n";
    let action = "---\ndoc_type: apiPageType\n---\n# reviewSet: addToReviewSet\n\n## HTTP request\n```http\nPOST /reviewSets/{id}/addToReviewSet\n```\n\n## Request body\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|options|[microsoft.graph.dataOptions](../resources/addtoreviewsetoperation.md#dataoptions-values)|The options. The possible values are `allVersions`, `linkedFiles`.|\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n";
    let c = convert(vec![
        SourceFile::new("resources/addtoreviewsetoperation.md", operation),
        SourceFile::new("api/reviewset-addtoreviewset.md", action),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/reviewSets/{id}/addToReviewSet"]["post"];
    let options = &op["requestBody"]["content"]["application/json"]["schema"]["properties"]["options"];
    assert_eq!(ref_of(options), "#/components/schemas/dataOptions", "{options}");
}

#[test]
fn an_operation_id_s_run_together_words_are_spelled_as_the_contract_s_names() {
    // The example's name runs another page's type together (`directoryobject`).
    let page = |name: &str, title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let owners = page("create_directoryobject_from_application", "Add owner", "POST /applications/{id}/owners/$ref");
    let revoke =
        page("user_revokesigninsessionss", "user: revokeSignInSessions", "POST /users/{id}/revokeSignInSessions");
    let restore = page("directoryobjectthis_restore", "Restore deleted item", "POST /directoryObjects/{id}/restore");
    let json = contract(&[
        ("api/application-post-owners.md", &owners),
        ("api/user-revoke.md", &revoke),
        ("api/directoryobject-restore.md", &restore),
        ("resources/directoryobject.md", &resource("directoryObject resource type", "")),
    ]);
    let id = |path: &str| json["paths"][path]["post"]["operationId"].as_str().unwrap_or_default().to_string();
    assert_eq!(id("/applications/{id}/owners/$ref"), "create_directory_object_from_application");
    assert_eq!(id("/directoryObjects/{id}/restore"), "directory_object_restore", "a snippet's `<type>this`");
    // A name's doubled `s` is a typo, not a plural of `revokeSignInSessions`.
    assert_eq!(id("/users/{id}/revokeSignInSessions"), "user_revokesigninsessionss");
}

#[test]
fn an_example_name_copied_from_another_page_gives_way_to_the_page_s_title() {
    let page = |title: &str, line: &str, name: Option<&str>| {
        let example = name.map_or(String::new(), |name| {
            format!(
                "## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\n{line}\n```\n\n"
            )
        });
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n{example}## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let pages = [
        // Named by its path and method (no example), then a list page whose example took that name.
        (
            "api/intune-onboarding-organization-get.md",
            page("Get organization", "GET /organization/{organizationId}", None),
        ),
        ("api/organization-list.md", page("List organization", "GET /organization", Some("get_organization"))),
        // Both named by examples, the second copied from the first page.
        ("api/team-get.md", page("Get team", "GET /teams/{id}", Some("get_team"))),
        ("api/team-post-installedapps.md", page("Add app to team", "POST /teams/{id}/installedApps", Some("get_team"))),
        // A name copied onto a page read earlier does not take it from its own page; the
        // copy's title is taken too, so it gets the words of its path the other lacks.
        ("api/educationuser-get-user.md", page("Get user", "GET /education/me/user", Some("get_educationuser"))),
        ("api/educationuser-get.md", page("Get educationUser", "GET /education/me", Some("get_educationuser"))),
        ("api/user-get.md", page("Get user", "GET /users/{id}", Some("get_user"))),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let id =
        |path: &str, method: &str| json["paths"][path][method]["operationId"].as_str().unwrap_or_default().to_string();
    assert_eq!(id("/organization/{organizationId}", "get"), "get_organization");
    assert_eq!(id("/organization", "get"), "list_organization");
    assert_eq!(id("/teams/{id}", "get"), "get_team");
    assert_eq!(id("/teams/{id}/installedApps", "post"), "add_app_to_team");
    assert_eq!(id("/education/me", "get"), "get_education_user");
    assert_eq!(id("/education/me/user", "get"), "get_educationuser_user");
    assert_eq!(id("/users/{id}", "get"), "get_user");
    // (`get_team` on `POST /teams/{id}/installedApps` names only the team the path
    // goes through: set aside before it could be a copy.)
    let warned = c.diagnostics.iter().filter(|d| d.code == codes::DUPLICATE_OPERATION_ID).count();
    assert_eq!(warned, 2, "each copied name is reported: {:?}", c.diagnostics);
}

/// beta's older drive pages: `delete-item` on "Delete an item" and on "Delete an item from a list",
/// neither titled so: each its title's id, once (the second had its title's tail twice,
/// `delete_item_from_list_from_list`).
#[test]
fn a_title_id_extending_the_copied_name_is_taken_once() {
    let page = |title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"delete-item\" }} -->\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let pages = [
        ("api/item_delete.md", page("Delete a file or folder", "DELETE /me/drive/items/{item-id}")),
        (
            "api/listitem_delete.md",
            page("Delete an item from a list", "DELETE /sites/{site-id}/lists/{list-id}/items/{item-id}"),
        ),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let id = |path: &str| json["paths"][path]["delete"]["operationId"].as_str().unwrap_or_default().to_string();
    assert_eq!(id("/sites/{site-id}/lists/{list-id}/items/{item-id}"), "delete_item_from_list");
    assert_eq!(id("/me/drive/items/{item-id}"), "delete_file_or_folder");
}

#[test]
fn an_example_name_several_pages_copy_from_a_page_named_otherwise_gives_way_to_each_title() {
    // beta's Windows Update deployment audience: `list_updatableasset` on the assets' list (whose
    // id is the list's, `list_updatable_assets`) and on the audience's exclusions and members lists.
    let page = |title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"list_updatableasset\" }} -->\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let audience = "/admin/windows/updates/deployments/{deploymentId}/audience";
    let pages = [
        (
            "api/updates-list-updatableassets.md",
            page("List updatableAssets", "GET /admin/windows/updates/updatableAssets"),
        ),
        (
            "api/deploymentaudience-list-exclusions.md",
            page("List deployment audience exclusions", &format!("GET {audience}/exclusions")),
        ),
        (
            "api/deploymentaudience-list-members.md",
            page("List deployment audience members", &format!("GET {audience}/members")),
        ),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let id = |path: &str| json["paths"][path]["get"]["operationId"].as_str().unwrap_or_default().to_string();
    assert_eq!(id("/admin/windows/updates/updatableAssets"), "list_updatable_assets");
    assert_eq!(id(&format!("{audience}/exclusions")), "list_deployment_audience_exclusions");
    assert_eq!(id(&format!("{audience}/members")), "list_deployment_audience_members");
    // Each list's title and path name a navigation the copied name spells nowhere: set aside on
    // its own page, before it could clash.
    let warned = c.diagnostics.iter().filter(|d| d.code == codes::DUPLICATE_OPERATION_ID).count();
    assert_eq!(warned, 0, "{:?}", c.diagnostics);
}

#[test]
fn a_page_whose_copied_name_gives_way_names_its_other_lines_after_its_title_too() {
    let page = |title: &str, lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{lines}\n```\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_activitystatistics\" }} -->\n```http\nGET /me/analytics/activitystatistics\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let pages = [
        (
            "api/activitystatistics-get.md",
            page(
                "Get activityStatistics",
                "GET /me/analytics/activitystatistics/{id}\nGET /users/{id}/analytics/activitystatistics/{id}",
            ),
        ),
        (
            "api/activitystatistics-list.md",
            page(
                "List activityStatistics",
                "GET /me/analytics/activitystatistics\nGET /users/{id}/analytics/activitystatistics",
            ),
        ),
    ];
    let json = contract_owned(&pages);
    let id = |path: &str| json["paths"][path]["get"]["operationId"].as_str().unwrap_or_default().to_string();
    assert_eq!(id("/me/analytics/activitystatistics"), "list_activity_statistics");
    assert_eq!(
        id("/users/{id}/analytics/activitystatistics"),
        "list_activity_statistics_users",
        "the line beside it is named on the title's id, not the copied one's"
    );
    assert_eq!(id("/users/{id}/analytics/activitystatistics/{activitystatistics-id}"), "get_activity_statistics_users");
    // A line read before the one that gave way (the bytes listed before their resource).
    let photo = |title: &str, lines: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{lines}\n```\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_photo\" }} -->\n```http\nGET {example}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let pages = [
        ("api/a-photo-get.md", photo("Get photo", "GET /me/photo\nGET /users/{id}/photo", "/me/photo")),
        (
            "api/b-profilephoto-get.md",
            photo(
                "Get profilePhoto",
                "GET /groups/{id}/photo/$value\nGET /groups/{id}/photo\nGET /teams/{id}/photo",
                "/groups/1/photo",
            ),
        ),
    ];
    let json = contract_owned(&pages);
    let id = |path: &str| json["paths"][path]["get"]["operationId"].as_str().unwrap_or_default().to_string();
    assert_eq!(id("/groups/{id}/photo"), "get_profile_photo");
    assert!(id("/groups/{id}/photo/$value").starts_with("get_profile_photo"), "{}", id("/groups/{id}/photo/$value"));
}

#[test]
fn a_read_of_a_set_answers_the_base_the_set_holds_not_one_kind_s() {
    let kind = |name: &str, base: &str, extra: &str| {
        type_page(name, base, &format!("|{name}Setting|String|A setting.|\n{extra}"))
    };
    let base = |name: &str| type_page(name, "", "|id|String|The id.|\n");
    let read = read_page;
    let pages = [
        // Configurations of several kinds; one kind's pages document the set's reads.
        ("resources/deviceconfiguration.md", base("deviceConfiguration")),
        (
            "resources/windowsphone81trustedrootcertificate.md",
            kind("windowsPhone81TrustedRootCertificate", "deviceConfiguration", ""),
        ),
        (
            "resources/windowsdomainjoinconfiguration.md",
            kind("windowsDomainJoinConfiguration", "deviceConfiguration", ""),
        ),
        (
            "api/windowsphone81trustedrootcertificate-list.md",
            read(
                "List windowsPhone81TrustedRootCertificates",
                "GET /deviceManagement/deviceConfigurations",
                "a collection of [windowsPhone81TrustedRootCertificate](../resources/windowsphone81trustedrootcertificate.md) objects",
            ),
        ),
        (
            "api/windowsdomainjoinconfiguration-get.md",
            read(
                "Get windowsDomainJoinConfiguration",
                "GET /deviceManagement/deviceConfigurations/{id}",
                "a [windowsDomainJoinConfiguration](../resources/windowsdomainjoinconfiguration.md) object",
            ),
        ),
        // A base with one kind only: the set holds that kind.
        ("resources/extension.md", base("extension")),
        ("resources/opentypeextension.md", kind("openTypeExtension", "extension", "")),
        (
            "api/opentypeextension-get.md",
            read(
                "Get open extension",
                "GET /users/{id}/extensions/{extensionId}",
                "an [openTypeExtension](../resources/opentypeextension.md) object",
            ),
        ),
        // The navigation declared with the kind itself keeps it.
        ("resources/roleassignment.md", base("roleAssignment")),
        ("resources/otherroleassignment.md", kind("otherRoleAssignment", "roleAssignment", "")),
        (
            "resources/deviceandappmanagementroleassignment.md",
            kind("deviceAndAppManagementRoleAssignment", "roleAssignment", ""),
        ),
        (
            "resources/devicemanagement.md",
            base("deviceManagement")
                + "|roleAssignments|[deviceAndAppManagementRoleAssignment](deviceandappmanagementroleassignment.md) collection|The assignments.|\n",
        ),
        (
            "api/deviceandappmanagementroleassignment-list.md",
            read(
                "List deviceAndAppManagementRoleAssignments",
                "GET /deviceManagement/roleAssignments",
                "a collection of [deviceAndAppManagementRoleAssignment](../resources/deviceandappmanagementroleassignment.md) objects",
            ),
        ),
    ];
    let delete = |title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nDELETE {line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let pages = pages.into_iter().chain([
        // A delete of one kind's page removes any kind: named for the base the set is named for.
        (
            "api/windowsdomainjoinconfiguration-delete.md",
            delete("Delete windowsDomainJoinConfiguration", "/deviceManagement/deviceConfigurations/{id}"),
        ),
        // A summary's last word is not what goes: an item from a list, not a list.
        ("resources/baseitem.md", base("baseItem")),
        ("resources/list.md", kind("list", "baseItem", "")),
        ("resources/driveitem.md", kind("driveItem", "baseItem", "")),
        ("resources/site.md", base("site") + "|items|[baseItem](baseitem.md) collection|The items.|\n"),
        (
            "api/listitem-delete.md",
            delete("Delete an item from a list", "/sites/{site-id}/lists/{list-id}/items/{item-id}"),
        ),
    ]);
    // Types in a namespace: names say them without it.
    let namespaced = |name: &str, base: &str| {
        let base = if base.is_empty() {
            String::new()
        } else {
            format!(", \"baseType\": \"microsoft.graph.windowsUpdates.{base}\"")
        };
        resource(
            &format!("{name} resource type"),
            &format!(
                "<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.windowsUpdates.{name}\"{base}}} -->"
            ),
        )
    };
    let pages = pages.into_iter().chain([
        ("resources/windowsupdates-updatableasset.md", namespaced("updatableAsset", "")),
        ("resources/windowsupdates-azureaddevice.md", namespaced("azureADDevice", "updatableAsset")),
        ("resources/windowsupdates-updatableassetgroup.md", namespaced("updatableAssetGroup", "updatableAsset")),
        (
            "api/windowsupdates-azureaddevice-get.md",
            read(
                "Get azureADDevice",
                "GET /admin/windows/updates/updatableAssets/{id}",
                "an [azureADDevice](../resources/windowsupdates-azureaddevice.md) object",
            ),
        ),
    ]);
    let c = convert(pages.map(|(name, text)| SourceFile::new(name, text)).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let get = |path: &str| json["paths"][path]["get"].clone();
    let returned = |path: &str| get(path)["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].clone();
    let list = get("/deviceManagement/deviceConfigurations");
    assert_eq!(
        returned("/deviceManagement/deviceConfigurations"),
        "#/components/schemas/deviceConfigurationCollectionResponse"
    );
    assert_eq!(list["operationId"], "list_device_configurations");
    assert_eq!(list["summary"], "List deviceConfigurations");
    assert_eq!(returned("/deviceManagement/deviceConfigurations/{id}"), "#/components/schemas/deviceConfiguration");
    assert_eq!(get("/deviceManagement/deviceConfigurations/{id}")["operationId"], "get_device_configuration");
    assert_eq!(returned("/users/{id}/extensions/{extensionId}"), "#/components/schemas/openTypeExtension");
    assert_eq!(
        returned("/deviceManagement/roleAssignments"),
        "#/components/schemas/deviceAndAppManagementRoleAssignmentCollectionResponse"
    );
    let deleted = |path: &str| json["paths"][path]["delete"].clone();
    assert_eq!(deleted("/deviceManagement/deviceConfigurations/{id}")["operationId"], "delete_device_configuration");
    let item = deleted("/sites/{site-id}/lists/{list-id}/items/{item-id}");
    assert_eq!(item["summary"], "Delete an item from a list", "{item}");
    let asset = "/admin/windows/updates/updatableAssets/{id}";
    assert_eq!(returned(asset), "#/components/schemas/windowsUpdates.updatableAsset");
    assert_eq!(get(asset)["operationId"], "get_updatable_asset");
}

#[test]
fn a_line_reading_a_listed_item_s_navigation_answers_the_navigation_s_type() {
    let resource = |name: &str, rows: &str| type_page(name, "", &format!("|id|String|The id.|\n{rows}"));
    let read = read_page;
    let pages = [
        ("resources/entity.md", resource("entity", "")),
        ("resources/usedinsight.md", resource("usedInsight", "|resource|[entity](entity.md)|The used item.|\n")),
        (
            "api/insights-list-used.md",
            read(
                "List used",
                "GET /me/insights/used\nGET /me/insights/used/{id}/resource",
                "a list of [usedInsight](../resources/usedinsight.md) items",
            )
            .replace(
                "## Response",
                "## Optional query parameters\nThis method supports the [OData query parameters](/q) to help customize the response.\n\n## Response",
            ),
        ),
        // A page about one item on its navigation's path: the item is the answer, even
        // when its type has a property of the segment's name.
        ("resources/year.md", resource("year", "|year|[entity](entity.md)|A year.|\n")),
        ("api/year-get.md", read("Get year", "GET /flows/{id}/year", "a [year](../resources/year.md) object")),
    ];
    let json = contract_owned(&pages);
    let returned = |path: &str| {
        json["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].clone()
    };
    assert_eq!(returned("/me/insights/used"), "#/components/schemas/usedInsightCollectionResponse");
    assert_eq!(returned("/me/insights/used/{id}/resource"), "#/components/schemas/entity");
    assert_eq!(returned("/flows/{id}/year"), "#/components/schemas/year");
    let options = |path: &str| -> Vec<String> {
        json["paths"][path]["get"]["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "query")
            .map(|p| p["name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert!(options("/me/insights/used").contains(&"$top".to_string()));
    assert_eq!(options("/me/insights/used/{id}/resource"), ["$select", "$expand"], "one object: no list options");
}

#[test]
fn a_request_body_is_what_its_example_sends_where_the_prose_names_another_type() {
    let resource = |name: &str, props: &[&str]| {
        let rows: String = props.iter().map(|p| format!("|{p}|String|A property.|\n")).collect();
        type_page(name, "", &rows)
    };
    let post = |title: &str, line: &str, sends: &str, answers: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST {line}\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [{sends}](../resources/{sends}.md) object.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [{answers}](../resources/{answers}.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0{line}\nContent-Type: application/json\n\n{example}\n```\n"
        )
    };
    let line = |n: &str| format!("/things/{{id}}/{n}");
    let pages = [
        ("resources/plancontainer.md", resource("planContainer", &["containerId", "type"])),
        ("resources/plan.md", resource("plan", &["title", "container"])),
        ("resources/fileresource.md", resource("fileResource", &["fileUrl"])),
        ("resources/assignmentresource.md", resource("assignmentResource", &["distribute", "resource"])),
        // An action's parameter the prose names as the body.
        (
            "api/move.md",
            post(
                "Move plan",
                &line("move"),
                "planContainer",
                "plan",
                r#"{"container": {"containerId": "g", "type": "group"}}"#,
            ),
        ),
        // … or a list of it (beta's cloudPcProvisioningPolicy: assign).
        (
            "api/assign.md",
            post(
                "Assign",
                &line("assign"),
                "planContainer",
                "plan",
                r#"{"containers": [{"containerId": "g", "type": "group"}, {"containerId": "h"}]}"#,
            ),
        ),
        // A type the example does not send; the answered type has every member.
        (
            "api/add.md",
            post(
                "Add resource",
                &line("resources"),
                "fileResource",
                "assignmentResource",
                r#"{"distribute": "no", "resource": {"fileUrl": "u"}}"#,
            ),
        ),
        // OData's `value` wrapper and a create wrapped in its type's name are the object itself.
        ("api/wrap.md", post("Wrap", &line("wrap"), "planContainer", "plan", r#"{"value": {"containerId": "g"}}"#)),
        (
            "api/create.md",
            post(
                "Create planContainer",
                "/planContainers",
                "planContainer",
                "planContainer",
                r#"{"planContainer": {"containerId": "g"}}"#,
            ),
        ),
        // The stated type fits: unchanged.
        ("api/plain.md", post("Set", &line("set"), "planContainer", "plan", r#"{"containerId": "g"}"#)),
        // The stated type's page is missing; the one member the example sends holds an
        // object and is the answered type's.
        (
            "api/attach.md",
            post(
                "Attach resource",
                &line("attach"),
                "linkResource",
                "assignmentResource",
                r#"{"resource": {"link": "u"}}"#,
            ),
        ),
        // … but not a member the answered type lacks, nor one holding no object.
        (
            "api/other.md",
            post("Other", &line("other"), "linkResource", "assignmentResource", r#"{"target": {"link": "u"}}"#),
        ),
        ("api/flat.md", post("Flat", &line("flat"), "linkResource", "assignmentResource", r#"{"resource": "u"}"#)),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let body = |path: &str| json["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"].clone();
    let moved = body("/things/{id}/move");
    assert_eq!(moved["properties"]["container"]["$ref"], "#/components/schemas/planContainer", "{moved}");
    assert_eq!(moved["required"], serde_json::json!(["container"]));
    let assigned = body("/things/{id}/assign");
    assert_eq!(
        assigned["properties"]["containers"]["items"]["$ref"], "#/components/schemas/planContainer",
        "{assigned}"
    );
    assert_eq!(body("/things/{id}/resources")["$ref"], "#/components/schemas/assignmentResource");
    assert_eq!(body("/things/{id}/wrap")["$ref"], "#/components/schemas/planContainer");
    assert_eq!(body("/planContainers")["$ref"], "#/components/schemas/planContainer");
    assert_eq!(body("/things/{id}/set")["$ref"], "#/components/schemas/planContainer");
    assert_eq!(body("/things/{id}/attach")["$ref"], "#/components/schemas/assignmentResource");
    assert_eq!(body("/things/{id}/other")["$ref"], "#/components/schemas/linkResource");
    assert_eq!(body("/things/{id}/flat")["$ref"], "#/components/schemas/linkResource");
}

#[test]
fn a_table_s_primitive_collection_shown_as_one_value_in_the_representation_is_one_value() {
    let page = |availability: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# presence resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|availability|string collection|The availability.|\n|tags|String collection|The tags.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.presence\" }} -->\n```json\n{{\"availability\": {availability}, \"tags\": [\"String\"]}}\n```\n"
        )
    };
    let schema_of = |text: String| {
        contract(&[("resources/presence.md", &text)])["components"]["schemas"]["presence"]["properties"].clone()
    };
    let props = schema_of(page("\"string\""));
    assert_eq!(props["availability"]["type"], "string", "{props}");
    assert_eq!(props["tags"]["type"], "array", "a list where the representation shows one");
    let props = schema_of(page("[\"string\"]"));
    assert_eq!(props["availability"]["type"], "array", "both say a list");
    let props = schema_of(page("\"Collection(Edm.String)\""));
    assert_eq!(props["availability"]["type"], "array", "a list written as its type");
    // beta's authorizationPolicy: `"enabledPreviewFeatures": "[String]"`, a list written in brackets.
    let props = schema_of(page("\"[String]\""));
    assert_eq!(props["availability"]["type"], "array", "a list written in brackets");
}

#[test]
fn an_annotation_copied_from_another_page_gives_way_to_the_type_the_example_shows() {
    let page = |annotated: &str, body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get filesFolder\n\n## HTTP request\n```http\nGET /teams/{{id}}/tabs/{{tab-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [driveItem](../resources/driveitem.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /teams/1/tabs/2\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{annotated}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n"
        )
    };
    let typed = |name: &str, props: &[&str]| {
        let rows: String = props.iter().map(|p| format!("|{p}|String|The {p}.|\n")).collect();
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}"
        )
    };
    let pages = |annotated: &str, body: &str| {
        vec![
            ("api/channel-get-filesfolder.md", page(annotated, body)),
            ("resources/driveitem.md", typed("driveItem", &["id", "name", "size", "webUrl"])),
            ("resources/team.md", typed("team", &["id", "displayName", "webUrl"])),
        ]
    };
    // The body is a drive item's: the prose's type stays.
    let (schema, ..) = convert_pages(&pages("team", r#"{"id": "1", "name": "Docs", "size": 3}"#));
    assert_eq!(schema["$ref"], "#/components/schemas/driveItem");
    // The body is a team's: the annotation's type, as before.
    let (schema, ..) = convert_pages(&pages("team", r#"{"id": "1", "displayName": "Docs"}"#));
    assert_eq!(schema["$ref"], "#/components/schemas/team");
}

#[test]
fn a_response_of_one_type_or_another_is_their_common_base() {
    let derived = |name: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nInherits from [namedLocation](namedlocation.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|{name}Only|String|A.|\n"
        )
    };
    let get = |prose: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get namedLocation\n\n## HTTP request\n```http\nGET /teams/{{id}}/tabs/{{tab-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and {prose} in the response body.\n"
        )
    };
    let pages = |prose: &str| {
        vec![
            ("api/namedlocation-get.md", get(prose)),
            ("resources/namedlocation.md", resource("namedLocation resource type", "")),
            ("resources/ipnamedlocation.md", derived("ipNamedLocation")),
            ("resources/countrynamedlocation.md", derived("countryNamedLocation")),
        ]
    };
    let either = "a [ipNamedLocation](../resources/ipnamedlocation.md) or a [countryNamedLocation](../resources/countrynamedlocation.md) object";
    let (schema, ..) = convert_pages(&pages(either));
    assert_eq!(schema["$ref"], "#/components/schemas/namedLocation");
    // One kind's page missing (beta's identity provider get): the base of the kind defined.
    let one_page: Vec<(&str, String)> = pages(either).into_iter().filter(|(n, _)| !n.contains("country")).collect();
    let (schema, ..) = convert_pages(&one_page);
    assert_eq!(schema["$ref"], "#/components/schemas/namedLocation");
    // Not Graph's root, which says less than the kind.
    let rooted: Vec<(&str, String)> = one_page
        .into_iter()
        .map(|(n, t)| {
            (n, t.replace("Inherits from [namedLocation](namedlocation.md).", "Inherits from [entity](entity.md)."))
        })
        .collect();
    let (schema, ..) = convert_pages(&rooted);
    assert_eq!(schema["$ref"], "#/components/schemas/ipNamedLocation");
    // Two types named for other reasons stay the first.
    let both = "an [ipNamedLocation](../resources/ipnamedlocation.md) object; see also [countryNamedLocation](../resources/countrynamedlocation.md)";
    let (schema, ..) = convert_pages(&pages(both));
    assert_eq!(schema["$ref"], "#/components/schemas/ipNamedLocation");
    // A request body offering one or the other sends their base.
    let create = format!(
        "---\ndoc_type: apiPageType\n---\n# Create namedLocation\n\n## HTTP request\n```http\nPOST /namedLocations\n```\n\n## Request body\nIn the request body, supply a JSON representation of {either}.\n\n## Response\nIf successful, this method returns `201 Created`.\n"
    );
    let mut with_create: Vec<(&str, String)> = pages(either);
    with_create[0] = ("api/namedlocation-post.md", create);
    let files: Vec<(&str, &str)> = with_create.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let body = &contract(&files)["paths"]["/namedLocations"]["post"]["requestBody"]["content"]["application/json"];
    assert_eq!(body["schema"]["$ref"], "#/components/schemas/namedLocation", "{body}");
}

#[test]
fn a_type_without_a_page_the_representation_shows_as_a_string_is_a_string() {
    let page = |shown: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# location resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|uniqueIdType|locationUniqueIdType|The kind of id.|\n|address|physicalAddress|The address.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.location\" }} -->\n```json\n{{\"uniqueIdType\": {shown}, \"address\": {{\"@odata.type\": \"microsoft.graph.physicalAddress\"}}}}\n```\n"
        )
    };
    let schemas = |text: String| contract(&[("resources/location.md", &text)])["components"]["schemas"].clone();
    let s = schemas(page("\"string\""));
    assert_eq!(s["locationUniqueIdType"]["type"], "string", "{}", s["locationUniqueIdType"]);
    assert_eq!(s["physicalAddress"]["type"], "object", "shown as an object");
    // The type's own name says nothing of its kind.
    let s = schemas(page("\"microsoft.graph.locationUniqueIdType\""));
    assert_eq!(s["locationUniqueIdType"]["type"], "object");
    // In any namespace (beta's servicePrincipal: `"microsoft.DirectoryServices.SamlSingleSignOnSettings"`).
    let s = schemas(page("\"microsoft.DirectoryServices.LocationUniqueIdType\""));
    assert_eq!(s["locationUniqueIdType"]["type"], "object");
    // A type linked to a page of its own may be a resource type written carelessly
    // (`"lastLoginResult": "String"`) or an enum with a page (newer docs): any JSON value.
    let linked = page("\"String\"").replace(
        "|uniqueIdType|locationUniqueIdType|",
        "|uniqueIdType|[locationUniqueIdType](locationuniqueidtype.md)|",
    );
    let s = schemas(linked.clone());
    let any = &s["locationUniqueIdType"];
    assert!(any.get("type").is_none() && any.get("properties").is_none(), "{any}");
    assert_eq!(any["x-placeholder"], true);
    let member = &s["location"]["properties"]["uniqueIdType"];
    assert!(member.get("type").is_none(), "no type beside the reference: {member}");
    assert!(member.get("nullable").is_none(), "`nullable` needs a type; any value takes `null`: {member}");
    // A base of another type is an object, whatever the representation shows.
    let derived = "---\ndoc_type: resourcePageType\n---\n# placeKind resource type\n\nInherits from [locationUniqueIdType](locationuniqueidtype.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|label|String|A label.|\n";
    let s =
        contract(&[("resources/location.md", &linked), ("resources/placekind.md", derived)])["components"]["schemas"]
            .clone();
    assert_eq!(s["locationUniqueIdType"]["type"], "object", "{}", s["locationUniqueIdType"]);
    // An example showing an object settles it.
    let example = "---\ndoc_type: apiPageType\n---\n# Get location\n\n## HTTP request\n```http\nGET /location\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [location](../resources/location.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /location\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.location\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"uniqueIdType\": {\"kind\": \"a\"}}\n```\n";
    let s = contract(&[("resources/location.md", &linked), ("api/location-get.md", example)])["components"]["schemas"]
        .clone();
    assert_eq!(s["locationUniqueIdType"]["type"], "object", "{}", s["locationUniqueIdType"]);
}

#[test]
fn a_property_spelled_in_another_case_than_the_representation_takes_its_spelling() {
    let page = "---\ndoc_type: resourcePageType\n---\n# dateTimeTimeZone resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|DateTime|String|The time.|\n|TimeZone|String|The zone.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.dateTimeTimeZone\" } -->\n```json\n{\"dateTime\": \"string\", \"timeZone\": \"string\"}\n```\n";
    let json = contract(&[("resources/datetimetimezone.md", page)]);
    let names: Vec<&String> =
        json["components"]["schemas"]["dateTimeTimeZone"]["properties"].as_object().unwrap().keys().collect();
    assert_eq!(names, ["@odata.type", "dateTime", "timeZone"]);
}

#[test]
fn a_response_of_one_enum_value_is_wrapped_in_value() {
    let action = "---\ndoc_type: apiPageType\n---\n# chromeOSOnboardingSettings: connect\n\n## HTTP request\n```http\nPOST /teams/{id}/tabs/{tab-id}\n```\n\n## Response\nIf successful, this action returns a `200 OK` response code and a [chromeOSOnboardingStatus](../resources/chromeosonboardingstatus.md) in the response body.\n";
    let status = "---\ndoc_type: enumPageType\n---\n# chromeOSOnboardingStatus enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|unknown|0|Unknown.|\n|inprogress|1|In progress.|\n";
    let json = contract(&[("api/connect.md", action), ("resources/chromeosonboardingstatus.md", status)]);
    let schema = &json["paths"]["/teams/{id}/tabs/{tab-id}"]["post"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["properties"]["value"]["$ref"], "#/components/schemas/chromeOSOnboardingStatus", "{schema}");
}

/// Intune's `areGlobalScriptsAvailable`: "a [globalDeviceHealthScriptState](…)", its page
/// missing, and an example answering `{"value": "pending"}`: one enum value, wrapped.
#[test]
fn a_result_whose_type_page_is_missing_and_whose_example_wraps_a_string_is_one_enum_value() {
    let action = |example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# areGlobalScriptsAvailable function\n\n## HTTP request\n```http\nGET /deviceManagement/deviceHealthScripts/areGlobalScriptsAvailable\n```\n\n## Response\nIf successful, this function returns a `200 OK` response code and a [globalDeviceHealthScriptState](../resources/intune-devices-globaldevicehealthscriptstate.md) in the response body.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/deviceManagement/deviceHealthScripts/areGlobalScriptsAvailable\n```\n\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{example}\n```\n"
        )
    };
    let answer = |example: &str| {
        let json = contract(&[("api/areglobalscriptsavailable.md", &action(example))]);
        let schema =
            json["paths"]["/deviceManagement/deviceHealthScripts/areGlobalScriptsAvailable"]["get"]["responses"]["200"]
                ["content"]["application/json"]["schema"]
                .clone();
        (schema, json["components"]["schemas"]["globalDeviceHealthScriptState"].clone())
    };
    let (schema, state) = answer(r#"{"value": "pending"}"#);
    assert_eq!(schema["properties"]["value"]["$ref"], "#/components/schemas/globalDeviceHealthScriptState", "{schema}");
    assert_eq!(state["type"], "string", "{state}");
    let (schema, state) =
        answer(r#"{"@odata.context": "https://graph.microsoft.com/beta/$metadata#x", "value": "enabled"}"#);
    assert_eq!(schema["properties"]["value"]["$ref"], "#/components/schemas/globalDeviceHealthScriptState", "{schema}");
    assert_eq!(state["type"], "string", "{state}");
    // An object shown: an open object, answered as it is.
    let (schema, state) = answer(r#"{"state": "pending"}"#);
    assert_eq!(schema["$ref"], "#/components/schemas/globalDeviceHealthScriptState", "{schema}");
    assert_eq!(state["type"], "object", "{state}");
}

/// v1.0's schema functions: "a collection of [attributemappingFunctionSchema](…)" beside
/// `"@odata.type": "microsoft.graph.attributeMappingFunctionSchema"`, the page missing: the
/// spelling that tells the words apart names the type, whichever is written first.
#[test]
fn a_link_running_words_together_takes_the_annotation_s_spelling_of_a_missing_type() {
    let page = "---\ndoc_type: apiPageType\n---\n# List functions\n\n## HTTP request\n```http\nGET /servicePrincipals/{id}/synchronization/jobs/{jobId}/schema/functions\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [attributemappingFunctionSchema](../resources/synchronization-attributemappingfunctionschema.md) objects in the response body.\n\n## Example\n```http\nGET https://graph.microsoft.com/v1.0/servicePrincipals/1/synchronization/jobs/2/schema/functions\n```\n\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.attributeMappingFunctionSchema\",\n  \"isCollection\": true\n} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [{\"name\": \"Append\"}]}\n```\n";
    let json = contract(&[("api/synchronization-synchronizationschema-functions.md", page)]);
    let schemas = &json["components"]["schemas"];
    assert!(schemas.get("attributeMappingFunctionSchema").is_some(), "{schemas}");
    assert!(schemas.get("attributemappingFunctionSchema").is_none(), "{schemas}");
}

/// v1.0's Update customSecurityAttributeDefinition: a table of three members, and an example
/// deactivating predefined values as `"allowedValues@delta": […]`: the changes to the entity's
/// `allowedValues` are a member of the body too, of that relationship's type.
#[test]
fn changes_an_update_s_example_sends_to_a_relationship_are_a_member_of_its_body() {
    let definition = type_page(
        "customSecurityAttributeDefinition",
        "",
        "|description|String|Description.|\n|status|String|Status.|\n|allowedValues|[allowedValue](allowedvalue.md) collection|Values.|\n",
    );
    let allowed = type_page("allowedValue", "", "|id|String|The value.|\n|isActive|Boolean|Active.|\n");
    let get = read_page(
        "Get customSecurityAttributeDefinition",
        "GET /directory/customSecurityAttributeDefinitions/{id}",
        "a [customSecurityAttributeDefinition](../resources/customsecurityattributedefinition.md) object",
    );
    let update = "---\ndoc_type: apiPageType\n---\n# Update customSecurityAttributeDefinition\n\n## HTTP request\n```http\nPATCH /directory/customSecurityAttributeDefinitions/{id}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|description|String|Description. Optional.|\n|status|String|Status. Optional.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n### Example 1\n```http\nPATCH https://graph.microsoft.com/v1.0/directory/customSecurityAttributeDefinitions/Engineering_ProjectDate\nContent-type: application/json\n\n{\"description\": \"Target completion date\"}\n```\n\n### Example 2\n```http\nPATCH https://graph.microsoft.com/v1.0/directory/customSecurityAttributeDefinitions/Engineering_Project\nContent-type: application/json\nOData-Version: 4.01\n\n{\"allowedValues@delta\": [{\"id\": \"Baker\", \"isActive\": false}]}\n```\n";
    let json = contract_owned(&[
        ("api/customsecurityattributedefinition-get.md", get),
        ("api/customsecurityattributedefinition-update.md", update.to_string()),
        ("resources/customsecurityattributedefinition.md", definition),
        ("resources/allowedvalue.md", allowed),
    ]);
    let body = &json["paths"]["/directory/customSecurityAttributeDefinitions/{id}"]["patch"]["requestBody"]["content"]
        ["application/json"]["schema"];
    let delta = &body["properties"]["allowedValues@delta"];
    assert_eq!(delta["type"], "array", "{body}");
    assert_eq!(delta["items"]["$ref"], "#/components/schemas/allowedValue", "{body}");
    assert!(body["required"].as_array().is_none_or(|r| r.is_empty()), "{body}");
    assert!(body["properties"]["description"].is_object(), "{body}");
}

/// v1.0's Update phoneAuthenticationMethod: answering `204` (with "an updated
/// [phoneAuthenticationMethod] object", the page's slip), no read of the path among the pages, and
/// a table typing `phoneType` as `string`: the entity the title updates types the member.
#[test]
fn an_update_answering_nothing_types_its_rows_as_the_entity_its_title_names() {
    let method = type_page(
        "phoneAuthenticationMethod",
        "",
        "|phoneNumber|String|The number.|\n|phoneType|authenticationPhoneType|The type. Possible values are: `mobile`, `alternateMobile`, or `office`.|\n",
    );
    let update = |title: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPATCH /users/{{id}}/authentication/phoneMethods/{{phoneMethodId}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|phoneNumber|String|The number.|\n|phoneType|string| Possible values are: `mobile`, `alternateMobile`, or `office`.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let body_of = |title: &str| {
        let json = contract_owned(&[
            ("api/phoneauthenticationmethod-update.md", update(title)),
            ("resources/phoneauthenticationmethod.md", method.clone()),
        ]);
        json["paths"]["/users/{id}/authentication/phoneMethods/{phoneMethodId}"]["patch"]["requestBody"]["content"]
            ["application/json"]["schema"]["properties"]["phoneType"]
            .clone()
    };
    let typed = body_of("Update phoneAuthenticationMethod");
    assert_eq!(ref_of(&typed), "#/components/schemas/authenticationPhoneType", "{typed}");
    // A title naming no type the pages define says nothing of the rows.
    let untyped = body_of("Update a phone method");
    assert_eq!(untyped["type"], "string", "{untyped}");
}

/// SharePoint Embedded's app permission grant update: the table types `delegatedPermissions` as
/// "fileStorageContainerTypeAppPermission collection" and lists its values; the type's page says
/// `String collection`. The table's enum is the narrower word and stays; the entity still types a
/// row the table calls a string.
#[test]
fn an_update_s_row_naming_an_enum_keeps_it_where_the_entity_says_string() {
    let grant = type_page(
        "fileStorageContainerTypeAppPermissionGrant",
        "",
        "|appId|String|The app.|\n|delegatedPermissions|String collection|Allowed permissions.|\n|state|grantState|The state.|\n",
    );
    let state = "---\ndoc_type: enumPageType\n---\n# grantState enum type\n\n## Members\n|Member|Description|\n|:---|:---|\n|on|On.|\n|off|Off.|\n";
    let get = read_page(
        "Get grant",
        "GET /storage/grants/{appId}",
        "a [fileStorageContainerTypeAppPermissionGrant](../resources/filestoragecontainertypeapppermissiongrant.md) object",
    );
    let update = "---\ndoc_type: apiPageType\n---\n# Update grant\n\n## HTTP request\n```http\nPATCH /storage/grants/{appId}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|delegatedPermissions|fileStorageContainerTypeAppPermission collection|Allowed permissions. The possible values are: `none`, `readContent`, `full`. Optional.|\n|state|String|The state. Optional.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let json = contract_owned(&[
        ("api/grant-get.md", get),
        ("api/grant-update.md", update.to_string()),
        ("resources/filestoragecontainertypeapppermissiongrant.md", grant),
        ("resources/grantstate.md", state.to_string()),
    ]);
    let body = &json["paths"]["/storage/grants/{appId}"]["patch"]["requestBody"]["content"]["application/json"]["schema"]
        ["properties"];
    let items = &body["delegatedPermissions"]["items"];
    assert_eq!(items["$ref"], "#/components/schemas/fileStorageContainerTypeAppPermission", "{body}");
    assert_eq!(ref_of(&body["state"]), "#/components/schemas/grantState", "{body}");
}

/// Update onPremisesDirectorySynchronization: the table's `features` row says nothing of null; the
/// entity's page says "Not nullable.": an update may not send it as null either.
#[test]
fn an_update_s_row_the_entity_says_is_not_nullable_is_not_nullable() {
    let sync = type_page(
        "onPremisesDirectorySynchronization",
        "",
        "|configuration|[syncConfiguration](syncconfiguration.md)|The configuration. Nullable.|\n|features|[syncFeature](syncfeature.md)|The features. Not nullable.|\n",
    );
    let configuration = type_page("syncConfiguration", "", "|interval|Int32|Minutes.|\n");
    let feature = type_page("syncFeature", "", "|enabled|Boolean|On.|\n");
    let get = read_page(
        "Get onPremisesDirectorySynchronization",
        "GET /directory/onPremisesSynchronization/{id}",
        "an [onPremisesDirectorySynchronization](../resources/onpremisesdirectorysynchronization.md) object",
    );
    let update = "---\ndoc_type: apiPageType\n---\n# Update onPremisesDirectorySynchronization\n\n## HTTP request\n```http\nPATCH /directory/onPremisesSynchronization/{id}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|configuration|[syncConfiguration](../resources/syncconfiguration.md)|The configuration.|\n|features|[syncFeature](../resources/syncfeature.md)|The features.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let json = contract_owned(&[
        ("api/sync-get.md", get),
        ("api/sync-update.md", update.to_string()),
        ("resources/onpremisesdirectorysynchronization.md", sync),
        ("resources/syncconfiguration.md", configuration),
        ("resources/syncfeature.md", feature),
    ]);
    let body = &json["paths"]["/directory/onPremisesSynchronization/{id}"]["patch"]["requestBody"]["content"]["application/json"]
        ["schema"]["properties"];
    assert!(body["features"].get("anyOf").is_none(), "{body}");
    assert_eq!(ref_of(&body["features"]), "#/components/schemas/syncFeature", "{body}");
    assert!(body["configuration"].get("anyOf").is_some(), "{body}");
}

/// v1.0's Update crossTenantAccessPolicyConfigurationDefault: the table lists some of the entity's
/// members; two examples also send `invitationRedemptionIdentityProviderConfiguration`, which the
/// entity defines: a member of the body too, typed as the entity types it. A member the entity
/// reads only, or does not define, is not.
#[test]
fn members_an_update_s_examples_send_beyond_its_table_are_the_entity_s_where_it_defines_them() {
    let default = type_page(
        "crossTenantAccessPolicyConfigurationDefault",
        "",
        "|b2bCollaborationInbound|[crossTenantAccessPolicyB2BSetting](crosstenantaccesspolicyb2bsetting.md)|Inbound.|\n|invitationRedemptionIdentityProviderConfiguration|[defaultInvitationRedemptionIdentityProviderConfiguration](defaultinvitationredemptionidentityproviderconfiguration.md)|Redemption.|\n|isServiceDefault|Boolean|Read-only.|\n",
    );
    let setting = type_page("crossTenantAccessPolicyB2BSetting", "", "|applications|String|Apps.|\n");
    let redemption = type_page(
        "defaultInvitationRedemptionIdentityProviderConfiguration",
        "",
        "|fallbackIdentityProvider|String|Fallback.|\n",
    );
    let get = read_page(
        "Get crossTenantAccessPolicyConfigurationDefault",
        "GET /policies/crossTenantAccessPolicy/default",
        "a [crossTenantAccessPolicyConfigurationDefault](../resources/crosstenantaccesspolicyconfigurationdefault.md) object",
    );
    let update = "---\ndoc_type: apiPageType\n---\n# Update crossTenantAccessPolicyConfigurationDefault\n\n## HTTP request\n```http\nPATCH /policies/crossTenantAccessPolicy/default\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|b2bCollaborationInbound|[crossTenantAccessPolicyB2BSetting](../resources/crosstenantaccesspolicyb2bsetting.md)|Inbound.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n### Example 1\n```http\nPATCH https://graph.microsoft.com/v1.0/policies/crossTenantAccessPolicy/default\nContent-Type: application/json\n\n{\"b2bCollaborationInbound\": {\"applications\": \"all\"}}\n```\n\n### Example 2\n```http\nPATCH https://graph.microsoft.com/v1.0/policies/crossTenantAccessPolicy/default\nContent-Type: application/json\n\n{\"invitationRedemptionIdentityProviderConfiguration\": {\"fallbackIdentityProvider\": \"defaultConfiguredIdp\"}, \"isServiceDefault\": false, \"unheardOf\": 1}\n```\n";
    let json = contract_owned(&[
        ("api/default-get.md", get),
        ("api/default-update.md", update.to_string()),
        ("resources/crosstenantaccesspolicyconfigurationdefault.md", default),
        ("resources/crosstenantaccesspolicyb2bsetting.md", setting),
        ("resources/defaultinvitationredemptionidentityproviderconfiguration.md", redemption),
    ]);
    let body = &json["paths"]["/policies/crossTenantAccessPolicy/default"]["patch"]["requestBody"]["content"]["application/json"]
        ["schema"];
    let sent = &body["properties"]["invitationRedemptionIdentityProviderConfiguration"];
    assert_eq!(ref_of(sent), "#/components/schemas/defaultInvitationRedemptionIdentityProviderConfiguration", "{body}");
    assert!(body["properties"].get("isServiceDefault").is_none(), "read-only: {body}");
    assert!(body["properties"].get("unheardOf").is_none(), "undefined: {body}");
    assert!(body["required"].as_array().is_none_or(|r| r.is_empty()), "{body}");
}

/// Beta's "List contactInsights": "a collection of [organizationContactInsights](…) object" (no
/// such page) over an annotation and an example of one `insightsSettings`, the type the settings
/// declare their `contactInsights` navigation with: one `insightsSettings`.
#[test]
fn a_read_of_a_navigation_answers_its_declared_type_the_annotation_and_example_show() {
    let settings = type_page(
        "organizationSettings",
        "",
        "|id|String|The id.|\n|contactInsights|[insightsSettings](insightssettings.md)|Contact insights.|\n",
    );
    let insights = type_page(
        "insightsSettings",
        "",
        "|isEnabledInOrganization|Boolean|Enabled.|\n|disabledForGroup|String|A group.|\n",
    );
    let list = "---\ndoc_type: apiPageType\n---\n# List contactInsights\n\n## HTTP request\n```http\nGET /organization/{organizationId}/settings/contactInsights\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [organizationContactInsights](../resources/organizationcontactinsights.md) object in the response body.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/organization/1/settings/contactInsights\n```\n\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.insightsSettings\"\n} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"isEnabledInOrganization\": true, \"disabledForGroup\": \"edbf\"}\n```\n";
    let json = contract_owned(&[
        ("api/organizationsettings-list-contactinsights.md", list.to_string()),
        ("resources/organizationsettings.md", settings),
        ("resources/insightssettings.md", insights),
    ]);
    let schema = &json["paths"]["/organization/{organizationId}/settings/contactInsights"]["get"]["responses"]["200"]["content"]
        ["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/insightsSettings", "{schema}");
}

#[test]
fn a_page_s_id_names_the_resource_not_its_bytes_written_first() {
    let page = "---\ndoc_type: apiPageType\n---\n# Get profilePhoto\n\n## HTTP request\n```http\nGET /me/photo/$value\nGET /users/{id}/photo/$value\nGET /me/photo\nGET /users/{id}/photo\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [profilePhoto](../resources/profilephoto.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get_photo\" } -->\n```http\nGET /me/photo\n```\n";
    let json = contract(&[("api/profilephoto-get.md", page)]);
    let id = |path: &str| json["paths"][path]["get"]["operationId"].as_str().unwrap_or_default().to_string();
    assert_eq!(id("/me/photo"), "get_photo");
    assert_eq!(id("/me/photo/$value"), "get_photo_value");
    assert_eq!(id("/users/{id}/photo"), "get_photo_users");
}

#[test]
fn an_update_answering_200_with_an_entity_answers_with_what_it_sent() {
    let page = "---\ndoc_type: apiPageType\n---\n# Update tab\n\n## HTTP request\n```http\nPATCH /teams/{id}/tabs/{tab-id}\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [teamsTab](../resources/teamstab.md) object.\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPATCH /teams/1/tabs/2\nContent-type: application/json\n\n{\"id\": \"2\"}\n```\n\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"2\"}\n```\n";
    let json = contract(&[
        ("api/teamstab-update.md", page),
        ("resources/teamstab.md", &resource("teamsTab resource type", "")),
    ]);
    let schema = &json["paths"]["/teams/{id}/tabs/{tab-id}"]["patch"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/teamsTab", "{schema}");
}

#[test]
fn an_update_whose_answer_has_no_stated_type_answers_what_a_read_of_its_path_does() {
    let settings = type_page(
        "userSettings",
        "",
        "|contributionToContentDiscoveryDisabled|Boolean|Disabled.|\n|contributionToContentDiscoveryAsOrganizationDisabled|Boolean|Disabled for all.|\n",
    );
    let get = read_page("Get settings", "GET /me/settings", "a [userSettings](../resources/usersettings.md) object");
    let update = |answer: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update settings\n\n## HTTP request\n```http\nPATCH /me/settings\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|contributionToContentDiscoveryDisabled|Boolean|Disabled.|\n\n## Example\n```http\nPATCH https://graph.microsoft.com/beta/me/settings\nContent-type: application/json\n\n{{\"contributionToContentDiscoveryDisabled\": true}}\n```\n\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{answer}\n```\n"
        )
    };
    let answer = |shown: &str| {
        let page = update(shown);
        let json = contract(&[
            ("resources/usersettings.md", &settings),
            ("api/usersettings-get.md", &get),
            ("api/usersettings-update.md", &page),
        ]);
        json["paths"]["/me/settings"]["patch"]["responses"]["200"]["content"]["application/json"]["schema"].clone()
    };
    let typed = answer(
        r#"{"contributionToContentDiscoveryAsOrganizationDisabled": false, "contributionToContentDiscoveryDisabled": true}"#,
    );
    assert_eq!(typed["$ref"], "#/components/schemas/userSettings", "{typed}");
    // A member the entity lacks: the answer is something else, and stays any JSON.
    let other = answer(r#"{"contributionToContentDiscoveryDisabled": true, "jobId": "1"}"#);
    assert!(other.get("$ref").is_none(), "{other}");
}

#[test]
fn a_line_ending_in_a_cast_reads_and_writes_the_cast_s_type() {
    let resource = |name: &str, base: &str| type_page(name, base, &format!("|{name}Name|String|A name.|\n"));
    let page = |title: &str, lines: &str, status: &str, returns: &str, annotation: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `{status}` response code and {returns} in the response body.\n\n## Example\n### Request\n<!-- {{\"blockType\": \"request\", \"name\": \"x\"}} -->\n```http\n{lines}\n```\n\n### Response\n<!-- {{\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{annotation}\"}} -->\n```http\nHTTP/1.1 {status}\nContent-type: application/json\n\n{{}}\n```\n"
        )
    };
    let pages = [
        // A base-type list naming a kind whose page is missing (`administrativeUnit`): a placeholder under it.
        (
            "resources/directoryobject.md",
            resource("directoryObject", "").replace(
                "## Properties",
                "This resource is the base type for the following types:\n- [administrativeUnit](administrativeunit.md)\n- [group](group.md)\n\n## Properties",
            ),
        ),
        ("resources/group.md", resource("group", "directoryObject")),
        (
            "resources/user.md",
            format!("{}|units|[administrativeUnit](administrativeunit.md) collection|Units.|\n", resource("user", "directoryObject")),
        ),
        (
            "api/directory-deleteditems-list.md",
            page(
                "List deletedItems",
                "GET /directory/deletedItems/microsoft.graph.group\nGET /directory/deletedItems/microsoft.graph.user\nGET /directory/deletedItems/microsoft.graph.device\nGET /directory/deletedItems/microsoft.graph.administrativeUnit",
                "200 OK",
                "a collection of [directoryObject](../resources/directoryobject.md) objects",
                "directoryObject",
            ),
        ),
        // The annotation names the base the prose's type derives from.
        (
            "api/group-post.md",
            page(
                "Create group",
                "POST /groups/microsoft.graph.group",
                "201 Created",
                "a [group](../resources/group.md) object",
                "directoryObject",
            ),
        ),
    ];
    let json = contract_owned(&pages);
    let returned = |path: &str, method: &str, status: &str| {
        json["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]["$ref"].clone()
    };
    let list = |path: &str| returned(path, "get", "200");
    assert_eq!(list("/directory/deletedItems/microsoft.graph.group"), "#/components/schemas/groupCollectionResponse");
    assert_eq!(list("/directory/deletedItems/microsoft.graph.user"), "#/components/schemas/userCollectionResponse");
    // A cast to a type not among the inputs keeps what the page states.
    assert_eq!(
        list("/directory/deletedItems/microsoft.graph.device"),
        "#/components/schemas/directoryObjectCollectionResponse"
    );
    // Nor a placeholder, whatever base a list gives it.
    assert_eq!(
        list("/directory/deletedItems/microsoft.graph.administrativeUnit"),
        "#/components/schemas/directoryObjectCollectionResponse"
    );
    assert_eq!(returned("/groups/microsoft.graph.group", "post", "201"), "#/components/schemas/group");
}

#[test]
fn every_success_of_an_operation_answers_one_body() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update plannerUser\n\n## HTTP request\n```http\nPATCH /me/planner\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let src = SourceFile::new("api/planneruser-update.md", text);
    let page = crate::page::Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut ops: Vec<_> =
        crate::extract::extract_api_page(&page, &mut Vec::new()).operations.into_iter().map(|o| o.operation).collect();
    assert!(ops[0].responses.iter().all(|r| r.body.is_none()), "{:?}", ops[0].responses);
    // A success with a body of its own beside the bodiless `204` (pages merged, a later rule).
    let mut other = ops[0].responses[0].clone();
    other.status = 200;
    ops[0].responses.push(other);
    let shape = crate::model::Shape::Type(crate::types::TypeRef::Named("plannerUser".into()));
    let body = crate::model::Body {
        example: Some(serde_json::json!({"id": "1"})),
        ..crate::model::Body::new("application/json", shape)
    };
    ops[0].responses[1].body = Some(body);
    super::one_success_body(&mut ops);
    assert!(ops[0].responses.iter().all(|r| r.body.is_none()), "{:?}", ops[0].responses);
}

#[test]
fn a_nested_set_declared_with_the_stated_kind_holds_that_kind() {
    let base = |name: &str, rows: &str| type_page(name, "", &format!("|id|String|The id.|\n{rows}"));
    let kind = |name: &str| type_page(name, "attachment", "|size|Int32|The size.|\n");
    let pages = [
        ("resources/attachment.md", base("attachment", "")),
        ("resources/fileattachment.md", kind("fileAttachment")),
        ("resources/serviceannouncementattachment.md", kind("serviceAnnouncementAttachment")),
        // `message.attachments` hold attachments of any kind …
        (
            "resources/message.md",
            base("message", "|attachments|[attachment](attachment.md) collection|The attachments.|\n"),
        ),
        // … `serviceUpdateMessage.attachments` (read through `…/messages/{id}/attachments`) one kind.
        (
            "resources/serviceupdatemessage.md",
            base(
                "serviceUpdateMessage",
                "|attachments|[serviceAnnouncementAttachment](serviceannouncementattachment.md) collection|Its files.|\n",
            ),
        ),
        (
            "api/serviceannouncementattachment-get.md",
            read_page(
                "Get serviceAnnouncementAttachment",
                "GET /admin/serviceAnnouncement/messages/{id}/attachments/{attachmentId}",
                "a [serviceAnnouncementAttachment](../resources/serviceannouncementattachment.md) object",
            ),
        ),
        (
            "api/fileattachment-get.md",
            read_page(
                "Get fileAttachment",
                "GET /me/messages/{id}/attachments/{attachmentId}",
                "a [fileAttachment](../resources/fileattachment.md) object",
            ),
        ),
    ];
    let pages: Vec<(&str, &str)> = pages.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let json = contract(&pages);
    let returned = |path: &str| {
        json["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].clone()
    };
    assert_eq!(
        returned("/admin/serviceAnnouncement/messages/{id}/attachments/{attachmentId}"),
        "#/components/schemas/serviceAnnouncementAttachment"
    );
    // Where only the base declares the set, a kind's page still reads the base.
    assert_eq!(returned("/me/messages/{id}/attachments/{attachmentId}"), "#/components/schemas/attachment");
}

#[test]
fn updates_of_two_kinds_on_one_path_send_either_table_s_members() {
    let update = |title: &str, rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPATCH /identity/conditionalAccess/namedLocations/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let country = update(
        "Update countryNamedLocation",
        "|countriesAndRegions|String collection|Countries. Required.|\n|displayName|String|The name.|\n",
    );
    let ip = update("Update ipNamedLocation", "|ipRanges|String collection|Ranges.|\n|displayName|String|The name.|\n");
    let json = contract(&[("api/countrynamedlocation-update.md", &country), ("api/ipnamedlocation-update.md", &ip)]);
    let schema = &json["paths"]["/identity/conditionalAccess/namedLocations/{id}"]["patch"]["requestBody"]["content"]["application/json"]
        ["schema"];
    let members: Vec<&str> = schema["properties"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(members, ["countriesAndRegions", "displayName", "ipRanges"]);
    assert!(schema.get("required").is_none_or(|r| r.as_array().unwrap().is_empty()), "{schema}");
}

#[test]
fn creates_two_pages_list_apart_send_either_table_s_members() {
    // beta's legacy extended properties: `POST /me/events` on the single-value page (one
    // collection) and on the multi-value page (the other), no type to generalize to.
    let create = |title: &str, rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /me/events\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `201 Created` response code.\n"
        )
    };
    let single = create(
        "Create single-value extended property",
        "|singleValueExtendedProperties|String collection|Single. Required.|\n",
    );
    let multi = create(
        "Create multi-value extended property",
        "|multiValueExtendedProperties|String collection|Multi. Required.|\n",
    );
    let json = contract(&[("api/multivalue-post.md", &multi), ("api/singlevalue-post.md", &single)]);
    let schema = &json["paths"]["/me/events"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let members: Vec<&str> = schema["properties"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(members, ["multiValueExtendedProperties", "singleValueExtendedProperties"], "{schema}");
    // Neither page's call sends the other's: neither required.
    assert!(schema.get("required").is_none_or(|r| r.as_array().unwrap().is_empty()), "{schema}");
}

#[test]
fn a_member_one_page_of_an_update_requires_and_the_other_does_not_is_optional() {
    // The country location's page demands `@odata.type`; the IP location's does not.
    let update = |title: &str, said: &str, rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPATCH /identity/conditionalAccess/namedLocations/{{id}}\n```\n\n## Request body\n{said}\n\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let country = update(
        "Update countryNamedLocation",
        "You must specify the **@odata.type** as `#microsoft.graph.countryNamedLocation`.",
        "|countriesAndRegions|String collection|Countries.|\n|displayName|String|The name.|\n",
    );
    let ip = update("Update ipNamedLocation", "Supply the values to update.", "|ipRanges|String collection|Ranges.|\n");
    for pages in [
        [("api/countrynamedlocation-update.md", country.as_str()), ("api/ipnamedlocation-update.md", ip.as_str())],
        [("api/ipnamedlocation-update.md", ip.as_str()), ("api/countrynamedlocation-update.md", country.as_str())],
    ] {
        let json = contract(&pages);
        let schema = &json["paths"]["/identity/conditionalAccess/namedLocations/{id}"]["patch"]["requestBody"]["content"]
            ["application/json"]["schema"];
        assert!(schema["properties"].get("@odata.type").is_some(), "{schema}");
        assert!(schema.get("required").is_none_or(|r| r.as_array().unwrap().is_empty()), "{schema}");
    }
    // Alone, the country page's update requires it.
    let json = contract(&[("api/countrynamedlocation-update.md", &country)]);
    let schema = &json["paths"]["/identity/conditionalAccess/namedLocations/{id}"]["patch"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["required"], serde_json::json!(["@odata.type"]), "{schema}");
}

#[test]
fn an_action_s_page_per_kind_adds_the_kind_s_parameters() {
    let action = |title: &str, rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /deviceAppManagement/managedAppPolicies/{{managedAppPolicyId}}/targetApps\n```\n\n## Request body\nThe following table shows the parameters that can be used with this action.\n\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this action returns a `204 No Content` response code.\n"
        )
    };
    let base = action("targetApps action", "|apps|String collection|The apps.|\n");
    let kind = action("targetApps action", "|apps|String collection|The apps.|\n|appGroupType|String|The group.|\n");
    let other = action("targetApps action", "|groupId|String|Another page's parameter.|\n");
    let members = |pages: &[(&str, &str)]| {
        let json = contract(pages);
        let schema = &json["paths"]["/deviceAppManagement/managedAppPolicies/{managedAppPolicyId}/targetApps"]["post"]
            ["requestBody"]["content"]["application/json"]["schema"];
        let names: Vec<String> = schema["properties"].as_object().unwrap().keys().cloned().collect();
        let required: Vec<String> = schema["required"]
            .as_array()
            .map_or_else(Vec::new, |r| r.iter().map(|v| v.as_str().unwrap().to_string()).collect());
        (names, required)
    };
    let (names, required) = members(&[
        ("api/intune-mam-managedapppolicy-targetapps.md", &base),
        ("api/intune-mam-targetedmanagedappprotection-targetapps.md", &kind),
    ]);
    assert_eq!(names, ["apps", "appGroupType"]);
    assert!(!required.contains(&"appGroupType".to_string()), "{required:?}");
    // A page whose table does not list the first one's parameters: either page's, none required
    // (each page's calls send its own).
    let (names, required) = members(&[
        ("api/intune-mam-managedapppolicy-targetapps.md", &base),
        ("api/intune-mam-targetedmanagedappprotection-targetapps.md", &other),
    ]);
    assert_eq!(names, ["apps", "groupId"]);
    assert!(required.is_empty(), "{required:?}");
}

#[test]
fn an_annotation_naming_graph_s_root_type_names_no_type() {
    let page = "---\ndoc_type: apiPageType\n---\n# authenticationMethod: resetPassword\n\n## HTTP request\n```http\nPOST /users/{id}/authentication/methods/{mid}/resetPassword\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code and a [passwordResetResponse](../resources/passwordresetresponse.md) in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"reset\" } -->\n```http\nPOST /users/1/authentication/methods/2/resetPassword\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.entity\" } -->\n```http\nHTTP/1.1 202 Accepted\nLocation: https://graph.microsoft.com/v1.0/users/1/authentication/operations/2\n```\n";
    let response = type_page("passwordResetResponse", "", "|newPassword|String|The password.|\n");
    let entity = type_page("entity", "", "|id|String|The id.|\n");
    let json = contract(&[
        ("api/authenticationmethod-resetpassword.md", page),
        ("resources/passwordresetresponse.md", &response),
        ("resources/entity.md", &entity),
    ]);
    let schema = &json["paths"]["/users/{id}/authentication/methods/{mid}/resetPassword"]["post"]["responses"]["202"]["content"]
        ["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/passwordResetResponse", "{schema}");
}

#[test]
fn values_one_enum_lists_on_several_pages_are_all_kept() {
    let first = type_page(
        "schedule",
        "",
        "|memberType|privilegedAccessGroupMemberType|Required. The possible values are: `direct`, `group`.|\n",
    );
    let second = type_page(
        "instance",
        "",
        "|memberType|privilegedAccessGroupMemberType|Required. The possible values are: `direct`, `group`, `unknownFutureValue`.|\n",
    );
    let json = contract(&[("resources/schedule.md", &first), ("resources/instance.md", &second)]);
    let schema = &json["components"]["schemas"]["privilegedAccessGroupMemberType"];
    let known = schema["oneOf"][0]["enum"].as_array().expect("the known values");
    assert_eq!(known, &["direct", "group", "unknownFutureValue"], "{schema}");
}

#[test]
fn a_namespace_is_spelled_as_its_types_pages_spell_it() {
    let set = "---\ndoc_type: resourcePageType\n---\n# set resource type\n\nNamespace: microsoft.graph.termStore\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.termStore.set\" } -->\n```json\n{\"id\": \"String\"}\n```\n";
    let post = "---\ndoc_type: apiPageType\n---\n# Create set\n\n## HTTP request\n```http\nPOST /termStore/sets\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|localizedNames|[microsoft.graph.termstore.localizedName](../resources/termstore-localizedname.md) collection|Names.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [microsoft.graph.termStore.set](../resources/termstore-set.md) object in the response body.\n";
    let json = contract(&[("resources/termstore-set.md", set), ("api/termstore-set-post.md", post)]);
    let names: Vec<&String> = json["components"]["schemas"].as_object().unwrap().keys().collect();
    assert!(names.iter().any(|n| *n == "termStore.localizedName"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("termstore.")), "{names:?}");
}

#[test]
fn a_short_name_beside_the_one_namespaced_type_of_that_name_is_that_type() {
    let session = "---\ndoc_type: resourcePageType\n---\n# session resource type\n\nNamespace: microsoft.graph.callRecords\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|modalities|microsoft.graph.callRecords.modality collection|The modalities. Possible values are: `audio`, `video`.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.callRecords.session\" } -->\n```json\n{\"id\": \"String\"}\n```\n";
    let record = "---\ndoc_type: resourcePageType\n---\n# callRecord resource type\n\nNamespace: microsoft.graph.callRecords\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|modalities|modality collection|The modalities. Possible values are: `audio`, `video`, `screenSharing`.|\n|rows|[directRoutingLogRow](callrecords-directroutinglogrow.md) collection|Rows.|\n|owner|[identity](identity.md)|The owner.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.callRecords.callRecord\" } -->\n```json\n{\"id\": \"String\"}\n```\n";
    let rows = "---\ndoc_type: apiPageType\n---\n# callRecord: getDirectRoutingCalls\n\nNamespace: microsoft.graph.callRecords\n\n## HTTP request\n```http\nGET /communications/callRecords/getDirectRoutingCalls\n```\n\n## Response\nIf successful, this function returns a `200 OK` response code and a collection of [microsoft.graph.callRecords.directRoutingLogRow](../resources/callrecords-directroutinglogrow.md) entries in the response body.\n";
    let identity = "---\ndoc_type: resourcePageType\n---\n# identity resource type\n\nNamespace: microsoft.graph.externalConnectors\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.externalConnectors.identity\" } -->\n```json\n{\"id\": \"String\"}\n```\n";
    let json = contract(&[
        ("resources/callrecords-session.md", session),
        ("resources/callrecords-callrecord.md", record),
        ("api/callrecords-callrecord-getdirectroutingcalls.md", rows),
        ("resources/externalconnectors-identity.md", identity),
    ]);
    let schemas = json["components"]["schemas"].as_object().unwrap();
    let names: Vec<&String> = schemas.keys().collect();
    for short in ["modality", "directRoutingLogRow"] {
        assert!(!names.iter().any(|n| *n == short), "{short}: {names:?}");
    }
    let record = &schemas["callRecords.callRecord"]["properties"];
    assert_eq!(record["modalities"]["items"]["$ref"], "#/components/schemas/callRecords.modality", "{record}");
    assert_eq!(record["rows"]["items"]["$ref"], "#/components/schemas/callRecords.directRoutingLogRow", "{record}");
    let known = &schemas["callRecords.modality"]["oneOf"][0]["enum"];
    assert_eq!(known, &serde_json::json!(["audio", "video", "screenSharing"]), "the values of both");
    // A link to another page keeps the short name that page's type.
    assert_eq!(ref_of(&record["owner"]), "#/components/schemas/identity", "{record}");
}

#[test]
fn a_short_name_a_root_page_s_values_section_defines_is_not_the_namespaced_type() {
    // beta's tiIndicator (root namespace) defines `threatType` in its own values section, beside
    // the security namespace's `threatType` of the analyzed email page.
    let indicator = "---\ndoc_type: resourcePageType\n---\n# tiIndicator resource type\n\nNamespace: microsoft.graph\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|threatType|[threatType](#threattype-values)|The threat type.|\n\n### threatType values\n\n|Values|\n|:--|\n|Botnet|\n|Malware|\n|Phishing|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.tiIndicator\" } -->\n```json\n{\"id\": \"String\"}\n```\n";
    let email = "---\ndoc_type: resourcePageType\n---\n# analyzedEmail resource type\n\nNamespace: microsoft.graph.security\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|threatType|[microsoft.graph.security.threatType](#threattype-values)|Threat types.|\n\n### threatType values\n\n|Member|\n|:--|\n|unknown|\n|malware|\n|phishing|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.security.analyzedEmail\" } -->\n```json\n{\"id\": \"String\"}\n```\n";
    let json = contract(&[("resources/tiindicator.md", indicator), ("resources/security-analyzedemail.md", email)]);
    let schemas = &json["components"]["schemas"];
    let values = |name: &str| schemas[name]["oneOf"][0]["enum"].clone();
    assert_eq!(values("threatType"), serde_json::json!(["Botnet", "Malware", "Phishing"]), "{schemas}");
    assert_eq!(values("security.threatType"), serde_json::json!(["unknown", "malware", "phishing"]));

    // A row's possible values on a root page (the legacy alert's `alertStatus`) beside a namespaced
    // row's of other values (`security.alertStatus`): two enums. Values one list holds, one.
    let row = |ty: &str, values: &str| format!("|status|{ty}|The status. Possible values are: {values}.|\n");
    let alert = |values: &str| type_page("alert", "", &row("alertStatus", values));
    let security = type_page(
        "security.alert",
        "",
        &row("microsoft.graph.security.alertStatus", "`new`, `inProgress`, `resolved`, `unknownFutureValue`"),
    );
    let json = contract(&[
        ("resources/alert.md", &alert("`unknown`, `newAlert`, `inProgress`, `resolved`")),
        ("resources/security-alert.md", &security),
    ]);
    let schemas = &json["components"]["schemas"];
    let known = &schemas["alertStatus"]["oneOf"][0]["enum"];
    assert_eq!(known, &serde_json::json!(["unknown", "newAlert", "inProgress", "resolved"]), "{schemas}");
    let json =
        contract(&[("resources/alert.md", &alert("`new`, `resolved`")), ("resources/security-alert.md", &security)]);
    assert!(json["components"]["schemas"].get("alertStatus").is_none(), "{}", json["components"]["schemas"]);
}

#[test]
fn a_base_page_s_list_of_derived_types_gives_them_their_base() {
    let base = type_page("outcome", "", "|id|String|The id.|\n|lastModifiedDateTime|DateTimeOffset|When.|\n").replace(
        "## Properties",
        "A base class. The derived types are [feedbackOutcome](feedbackoutcome.md) and [pointsOutcome](pointsoutcome.md).\n\n## Properties",
    );
    let json = contract(&[
        ("resources/outcome.md", &base),
        ("resources/feedbackoutcome.md", &type_page("feedbackOutcome", "", "|feedback|String|Text.|\n")),
        ("resources/pointsoutcome.md", &type_page("pointsOutcome", "otherBase", "|points|Int32|Points.|\n")),
        ("resources/otherbase.md", &type_page("otherBase", "", "|other|String|Other.|\n")),
    ]);
    let props = |t: &str| property_names(&json, t);
    assert_eq!(props("feedbackOutcome"), ["@odata.type", "feedback", "id", "lastModifiedDateTime"]);
    // A page naming its own base keeps it.
    assert_eq!(props("pointsOutcome"), ["@odata.type", "other", "points"]);

    // "… is the base type for the following directory entity types …:" and a bulleted list
    // (directoryObject's page, beside an older `administrativeunit.md` naming no base); the
    // paragraph after the list ("Inherits from [entity]") is no item, and the base's own
    // entry in its list is no cycle.
    let base = type_page("directoryObject", "entity", "|deletedDateTime|DateTimeOffset|When.|\n").replace(
        "Inherits from",
        "The **directoryObject** type is the base type for the following directory entity types:\n\n+ [administrativeUnit](administrativeunit.md)\n+ [directoryObject](directoryobject.md)\n* A device ([device](device.md) resource)\n\nInherits from",
    );
    let json = contract(&[
        ("resources/directoryobject.md", &base),
        ("resources/entity.md", &type_page("entity", "", "|id|String|The id.|\n")),
        ("resources/administrativeunit.md", &type_page("administrativeUnit", "", "|displayName|String|Name.|\n")),
        ("resources/device.md", &type_page("device", "", "|model|String|Model.|\n")),
    ]);
    let props = |t: &str| property_names(&json, t);
    assert_eq!(props("administrativeUnit"), ["@odata.type", "deletedDateTime", "displayName", "id"]);
    assert_eq!(props("device"), ["@odata.type", "deletedDateTime", "id", "model"]);
    assert_eq!(props("entity"), ["@odata.type", "id"]);
    assert_eq!(props("directoryObject"), ["@odata.type", "deletedDateTime", "id"]);
}

#[test]
fn alternatives_without_a_known_base_read_as_the_navigation_is_declared() {
    let members = "|id|String|The id.|\n|members|[directoryObject](directoryobject.md) collection|Members.|\n";
    let get = "---\ndoc_type: apiPageType\n---\n# Get a member\n\n## HTTP request\n```http\nGET /directory/administrativeUnits/{id}/members/{member-id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [user](../resources/user.md), [group](../resources/group.md), or [device](../resources/device.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /directory/administrativeUnits/1/members/2\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.administrativeUnit\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"@odata.type\": \"#microsoft.graph.device\", \"id\": \"2\", \"members\": []}\n```\n";
    let json = contract(&[
        ("resources/administrativeunit.md", &type_page("administrativeUnit", "", members)),
        ("resources/directoryobject.md", &type_page("directoryObject", "", "|id|String|The id.|\n")),
        ("api/administrativeunit-get-members.md", get),
    ]);
    let schema = &json["paths"]["/directory/administrativeUnits/{id}/members/{member-id}"]["get"]["responses"]["200"]["content"]
        ["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/directoryObject", "{schema}");
}

#[test]
fn a_set_read_as_its_base_keeps_the_description_s_english() {
    let owners = "|id|String|The id.|\n|owners|[directoryObject](directoryobject.md) collection|Owners.|\n";
    let list = "---\ndoc_type: apiPageType\n---\n# List owners\n\nThe owners are a set of non-admin users who may modify the group.\n\n## HTTP request\n```http\nGET /groups/{id}/owners\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and collection of [user](../resources/user.md) objects in the response body.\n";
    let json = contract(&[
        ("resources/group.md", &type_page("group", "directoryObject", owners)),
        ("resources/user.md", &type_page("user", "directoryObject", "|mail|String|Mail.|\n")),
        ("resources/directoryobject.md", &type_page("directoryObject", "", "|id|String|The id.|\n")),
        ("api/group-list-owners.md", list),
    ]);
    let op = &json["paths"]["/groups/{id}/owners"]["get"];
    let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/directoryObjectCollectionResponse", "{schema}");
    assert_eq!(op["description"], "The owners are a set of non-admin users who may modify the group.");
}

#[test]
fn an_annotation_naming_a_type_no_page_defines_does_not_replace_the_stated_type() {
    // Teams pages copy `microsoft.graph.team` into their responses' annotations; with
    // neither page among the inputs, "a [channel] object" stands.
    let page = |title: &str, line: &str, returns: &str| {
        format!(
            "{}\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\n{line}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.team\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\", \"displayName\": \"General\"}}\n```\n",
            read_page(title, line, returns)
        )
    };
    let pages = [
        (
            "api/team-get-primarychannel.md",
            page("Get primaryChannel", "GET /teams/{id}/primaryChannel", "a [channel](../resources/channel.md) object"),
        ),
        // Another page that makes `team` a known name (a placeholder).
        ("api/team-get.md", read_page("Get team", "GET /teams/{id}", "a [team](../resources/team.md) object")),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema = &json["paths"]["/teams/{id}/primaryChannel"]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/channel");
    // With the team page among the inputs, a body that is more a team's than a channel's
    // makes the annotation count, but not where the path names the stated type
    // (`primaryChannel`): the annotation is then the parent's, copied.
    let team = type_page("team", "", "|id|String|The id.|\n|displayName|String|The name.|\n");
    let answer = |segment: &str| {
        let mut with_team: Vec<(&str, String)> =
            pages.iter().map(|(name, text)| (*name, text.replace("primaryChannel", segment))).collect();
        with_team.push(("resources/team.md", team.clone()));
        let c = convert(with_team.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"][format!("/teams/{{id}}/{segment}")]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"]["$ref"]
            .clone()
    };
    assert_eq!(answer("primaryChannel"), "#/components/schemas/channel");
    assert_eq!(answer("general"), "#/components/schemas/team");
}

#[test]
fn an_annotation_whose_type_ends_with_the_path_s_segment_still_counts() {
    // v1.0's photo get links the drive item's `photo` facet; its annotation's `profilePhoto`
    // (ending with `photo`, as the segment) is the answer.
    let line = "GET /users/{id}/photo";
    let text = format!(
        "{}\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\n{line}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.profilePhoto\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\", \"height\": 1, \"width\": 1}}\n```\n",
        read_page("Get photo", line, "a [photo](../resources/photo.md) object")
    );
    let profile = type_page("profilePhoto", "", "|id|String|The id.|\n|height|Int32|Height.|\n|width|Int32|Width.|\n");
    let pages = [("api/photo-get.md", text), ("resources/profilephoto.md", profile)];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema =
        &json["paths"]["/users/{id}/photo"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/profilePhoto");
}

#[test]
fn links_to_missing_pages_are_read_from_the_page_s_file_name() {
    let body = |link: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# sensitivityLabel: evaluate\n\nNamespace: microsoft.graph.security\n\n## HTTP request\n```http\nPOST /security/labels/evaluate\n```\n\n## Request body\n|Parameter|Type|Description|\n|:---|:---|:---|\n|contentInfo|{link}|The content.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n"
        )
    };
    let schema = |pages: &[(&str, String)]| {
        let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        ref_of(
            &json["paths"]["/security/labels/evaluate"]["post"]["requestBody"]["content"]["application/json"]["schema"]
                ["properties"]["contentInfo"],
        )
    };
    // The `security` namespace is known from a page of it.
    let label = "---\ndoc_type: resourcePageType\n---\n# sensitivityLabel resource type\n\nNamespace: microsoft.graph.security\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.security.sensitivityLabel\"} -->\n```json\n{\"id\": \"String\"}\n```\n".to_string();
    let page = |link: &str| {
        [
            ("api/security-sensitivitylabel-evaluate.md", body(link)),
            ("resources/security-sensitivitylabel.md", label.clone()),
        ]
    };
    assert_eq!(
        schema(&page("[contentInfo](../resources/security-contentinfo.md)")),
        "#/components/schemas/security.contentInfo"
    );
    // Written with its namespace, the text says which.
    assert_eq!(
        schema(&page("[microsoft.graph.contentInfo](../resources/security-contentinfo.md)")),
        "#/components/schemas/contentInfo"
    );
    // A stem that is no namespace's.
    assert_eq!(schema(&page("[contentInfo](../resources/label-contentinfo.md)")), "#/components/schemas/contentInfo");
    // An older page's name keeps the namespace's dots.
    let dotted = |link: &str| {
        let mut pages = page(link);
        for (_, text) in &mut pages {
            *text = text.replace("microsoft.graph.security", "microsoft.graph.partner.security");
        }
        pages[1].0 = "resources/partner-security-sensitivitylabel.md";
        pages
    };
    assert_eq!(
        schema(&dotted("[contentInfo](../resources/partner.security-contentinfo.md)")),
        "#/components/schemas/partner.security.contentInfo"
    );
}

#[test]
fn a_word_or_plural_linked_to_a_missing_page_means_the_type_spelled_elsewhere() {
    let pages = [
        ("api/chat-get-tabs.md", get_page("[tab](../resources/teamstab.md)")),
        (
            "api/chat-list-tabs.md",
            read_page(
                "List tabs",
                "GET /chats/{id}/tabs",
                "a collection of [teamsTab](../resources/teamstab.md) objects",
            ),
        ),
        (
            "api/chats-getallmessages.md",
            read_page(
                "Get all messages",
                "GET /chats/getAllMessages",
                "a list of [chatMessages](../resources/chatmessage.md)",
            ),
        ),
        (
            "api/chat-get-message.md",
            read_page(
                "Get message",
                "GET /chats/{id}/messages/{message-id}",
                "a [chatMessage](../resources/chatmessage.md) object",
            ),
        ),
    ];
    let (schema, names, _) = convert_pages(&pages.map(|(n, t)| (n, t.to_string())));
    assert_eq!(schema["$ref"], "#/components/schemas/teamsTab");
    assert!(!names.iter().any(|n| n == "tab" || n == "chatMessages"), "{names:?}");
}

#[test]
fn members_only_the_json_representation_shows_are_added_when_no_type_of_the_chain_documents_them() {
    let page = |name: &str, base: &str, rows: &str, json: &str| {
        format!(
            "{}\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\"}} -->\n```json\n{json}\n```\n",
            type_page(name, base, rows)
        )
    };
    let base = page(
        "booking",
        "",
        "|id|String|The id.|\n|start|DateTimeOffset|The start.|\n",
        r#"{"id": "String", "start": "DateTimeOffset"}"#,
    );
    let appointment = page(
        "appointment",
        "booking",
        "|notes|String|Notes.|\n",
        r#"{"id": "String", "start": "String (timestamp)", "notes": "String", "customerName": "String", "paid": true, "invoiceDate": "String (timestamp)", "sample": "Contoso", "count": 3, "location": {"@odata.type": "microsoft.graph.location"}, "bookingType": "unknown | standard | reserved", "mode": "open | ...", "motto": "Come in | go out", "flag": "true | false", "format": "dateOnly | dateTime", "shape": "number | percentage"}"#,
    );
    let json = contract(&[("resources/booking.md", &base), ("resources/appointment.md", &appointment)]);
    let p = &json["components"]["schemas"]["appointment"]["properties"];
    assert_eq!(p["customerName"]["type"], "string");
    assert_eq!(p["paid"]["type"], "boolean");
    assert_eq!(p["invoiceDate"]["format"], "date-time");
    assert_eq!(ref_of(&p["location"]), "#/components/schemas/location");
    // A sample value or a number says no type: any JSON.
    assert!(p["sample"].get("type").is_none() && p["count"].get("type").is_none(), "{p}");
    // The values a string takes, as representations write an enum: a string.
    assert_eq!(p["bookingType"]["type"], "string");
    assert!(p["mode"].get("type").is_none(), "one name and `...` is a sample");
    assert!(p["motto"].get("type").is_none(), "words with spaces are a sample");
    assert_eq!(p["flag"]["type"], "boolean", "a Boolean's values: {p}");
    assert_eq!(p["format"]["type"], "string", "names that are also types' names: {p}");
    assert_eq!(p["shape"]["type"], "string", "{p}");
    // What the base documents keeps the base's type and description.
    assert_eq!(p["start"]["description"], "The start.");
    assert_eq!(p["notes"]["description"], "Notes.");
}

#[test]
fn an_enum_a_namespaced_page_defines_inline_is_its_namespace_s_unless_the_root_defines_it() {
    let page = |title: &str, namespace: &str, file: &str| {
        let text = format!(
            "---\ndoc_type: resourcePageType\n---\n# {title} resource type\n\nNamespace: {namespace}\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|status|longRunningOperationStatus|The status. Possible values are: `notStarted`, `running`, `succeeded`.|\n"
        );
        SourceFile::new(file, text)
    };
    let schemas = |files: Vec<SourceFile>| {
        let c = convert(files);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["components"]["schemas"].clone()
    };
    // The type `managedTenants.action.status` refers to, with the pages beside the action's.
    let status_of = |more: Vec<SourceFile>| {
        let mut files = vec![page("action", "microsoft.graph.managedTenants", "resources/managedtenants-action.md")];
        files.extend(more);
        let all = schemas(files);
        let status = ref_of(&all["managedTenants.action"]["properties"]["status"]).clone();
        (status.as_str().unwrap_or_default().trim_start_matches("#/components/schemas/").to_string(), all)
    };
    let (alone, all) = status_of(Vec::new());
    assert_eq!(alone, "managedTenants.longRunningOperationStatus");
    assert!(all.get("longRunningOperationStatus").is_none());
    // A page of the root namespace defines it too: one type, the root's.
    let root = || page("richOperation", "microsoft.graph", "resources/richoperation.md");
    let (both, all) = status_of(vec![root()]);
    assert_eq!(both, "longRunningOperationStatus");
    assert!(all.get("managedTenants.longRunningOperationStatus").is_none(), "{all}");
    // The namespace's own enum page stands, whatever a root page lists under the bare name.
    let enum_page = SourceFile::new(
        "resources/managedtenants-longrunningoperationstatus.md",
        "---\ndoc_type: enumPageType\n---\n# longRunningOperationStatus enum type\n\nNamespace: microsoft.graph.managedTenants\n\n|Member|Description|\n|:---|:---|\n|notStarted|Not yet.|\n|running|Now.|\n",
    );
    let (with_page, all) = status_of(vec![enum_page, root()]);
    assert_eq!(with_page, "managedTenants.longRunningOperationStatus", "{all}");
    // Written in the root namespace (`microsoft.graph.longRunningOperationStatus`): the root's.
    let written_root = page("action", "microsoft.graph.managedTenants", "resources/managedtenants-action.md");
    let text =
        written_root.text().replace("|longRunningOperationStatus|", "|microsoft.graph.longRunningOperationStatus|");
    let all = schemas(vec![SourceFile::new("resources/managedtenants-action.md", text)]);
    let status = &ref_of(&all["managedTenants.action"]["properties"]["status"]);
    assert_eq!(status, "#/components/schemas/longRunningOperationStatus", "{all}");
    // "Microsoft Graph." in prose after a bare name is no namespace.
    let prose = written_root
        .text()
        .replace("|longRunningOperationStatus|", "|longRunningOperationStatus (as elsewhere in Microsoft Graph.)|");
    let all = schemas(vec![SourceFile::new("resources/managedtenants-action.md", prose)]);
    let status = &ref_of(&all["managedTenants.action"]["properties"]["status"]);
    assert_eq!(status, "#/components/schemas/managedTenants.longRunningOperationStatus", "{all}");
}

#[test]
fn body_kinds_of_a_namespace_offered_side_by_side_send_their_common_base() {
    let kind = |name: &str, base: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: microsoft.graph.security\n\nInherits from [{base}](security-{}.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|{name}Detail|String|A detail.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"baseType\": \"microsoft.graph.security.{base}\", \"@odata.type\": \"microsoft.graph.security.{name}\"}} -->\n```json\n{{\"{name}Detail\": \"String\"}}\n```\n",
            base.to_ascii_lowercase()
        )
    };
    let base = "---\ndoc_type: resourcePageType\n---\n# emailThreatSubmission resource type\n\nNamespace: microsoft.graph.security\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.security.emailThreatSubmission\"} -->\n```json\n{\"id\": \"String\"}\n```\n";
    let create = "---\ndoc_type: apiPageType\n---\n# Create emailThreatSubmission\n\nNamespace: microsoft.graph.security\n\n## HTTP request\n```http\nPOST /security/threatSubmission/emailThreats\n```\n\n## Request body\nIn the request body, either supply a JSON representation of the [emailContentThreatSubmission](../resources/security-emailcontentthreatsubmission.md) object or the [emailUrlThreatSubmission](../resources/security-emailurlthreatsubmission.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [emailContentThreatSubmission](../resources/security-emailcontentthreatsubmission.md) or [emailUrlThreatSubmission](../resources/security-emailurlthreatsubmission.md) object in the response body.\n";
    let content = kind("emailContentThreatSubmission", "emailThreatSubmission");
    let url = kind("emailUrlThreatSubmission", "emailThreatSubmission");
    let json = contract(&[
        ("resources/security-emailthreatsubmission.md", base),
        ("resources/security-emailcontentthreatsubmission.md", &content),
        ("resources/security-emailurlthreatsubmission.md", &url),
        ("api/security-emailthreatsubmission-post-emailthreats.md", create),
    ]);
    let op = &json["paths"]["/security/threatSubmission/emailThreats"]["post"];
    let base_ref = "#/components/schemas/security.emailThreatSubmission";
    assert_eq!(op["requestBody"]["content"]["application/json"]["schema"]["$ref"], base_ref, "{op}");
    assert_eq!(op["responses"]["201"]["content"]["application/json"]["schema"]["$ref"], base_ref, "{op}");
}

#[test]
fn a_type_named_only_in_bold_types_an_untyped_example_where_a_page_defines_it() {
    let get = |name: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n```http\nGET /financials/companies/{{id}}/{name}/{{{name}-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an **{name}** object in the response body.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/financials/companies/1/{name}/2\n```\n\n**Response**\n\n```json\n{{\"id\": \"2\", \"number\": \"10100\"}}\n```\n"
        )
    };
    let accounts = type_page("accounts", "", "|id|GUID|The id.|\n|number|String|The number.|\n");
    let customer = type_page("customer", "", "|id|GUID|The id.|\n|number|String|The number.|\n");
    let currency = type_page("currency", "", "|id|GUID|The id.|\n|code|String|The code.|\n");
    let unit = type_page("unitOfMeasure", "", "|id|GUID|The id.|\n|code|String|The code.|\n");
    let (with_page, without_page, plural) = (get("accounts"), get("vendors"), get("customers"));
    let (ies, plural_head) = (get("currencies"), get("unitsOfMeasure"));
    let json = contract(&[
        ("resources/dynamics-account.md", &accounts),
        ("resources/dynamics-customer.md", &customer),
        ("resources/dynamics-currencies.md", &currency),
        ("resources/dynamics-unitsofmeasure.md", &unit),
        ("api/dynamics-account-get.md", &with_page),
        ("api/dynamics-vendor-get.md", &without_page),
        ("api/dynamics-customer-get.md", &plural),
        ("api/dynamics-currencies-get.md", &ies),
        ("api/dynamics-unitsofmeasure-get.md", &plural_head),
    ]);
    let returned =
        |path: &str| json["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"].clone();
    let typed = returned("/financials/companies/{id}/accounts/{accounts-id}");
    assert_eq!(typed["$ref"], "#/components/schemas/accounts", "{typed}");
    let untyped = returned("/financials/companies/{id}/vendors/{vendors-id}");
    assert!(untyped.get("$ref").is_none(), "no page defines `vendors`: any JSON, no placeholder: {untyped}");
    assert!(json["components"]["schemas"].get("vendors").is_none());
    let singular = returned("/financials/companies/{id}/customers/{customers-id}");
    assert_eq!(singular["$ref"], "#/components/schemas/customer", "the set's name: its item's type");
    let ies = returned("/financials/companies/{id}/currencies/{currencies-id}");
    assert_eq!(ies["$ref"], "#/components/schemas/currency", "{ies}");
    let head = returned("/financials/companies/{id}/unitsOfMeasure/{unitsOfMeasure-id}");
    assert_eq!(head["$ref"], "#/components/schemas/unitOfMeasure", "the plural is the first word's: {head}");
}

#[test]
fn a_type_named_in_bold_beats_an_annotation_the_example_does_not_fit() {
    // beta's getRecentNotebooks: "a JSON collection of **recentNotebooks**" under a response
    // annotated `microsoft.graph.notebook`, whose items show recentNotebook's members.
    let page = |items: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# notebook: getRecentNotebooks\n\n## HTTP request\n```http\nGET /me/onenote/notebooks/getRecentNotebooks\n```\n\n## Response\nA successful response returns a `200 OK` that contains a JSON collection of **recentNotebooks**.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/me/onenote/notebooks/getRecentNotebooks\n```\n\n<!-- {{\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.notebook\", \"isCollection\": true}} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": [{items}]}}\n```\n"
        )
    };
    let notebook =
        type_page("notebook", "", "|name|String|The name.|\n|links|String|Links.|\n|isShared|Boolean|Shared.|\n");
    let recent = type_page(
        "recentNotebook",
        "",
        "|displayName|String|The name.|\n|links|String|Links.|\n|lastAccessedTime|DateTimeOffset|When.|\n|sourceService|String|Where.|\n",
    );
    let items = |items: &str| {
        let page = page(items);
        let json = contract(&[
            ("resources/notebook.md", &notebook),
            ("resources/recentnotebook.md", &recent),
            ("api/notebook-getrecentnotebooks.md", &page),
        ]);
        let op = &json["paths"]["/me/onenote/notebooks/getRecentNotebooks"]["get"];
        let list = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].as_str().unwrap_or_default();
        json["components"]["schemas"][list.rsplit('/').next().unwrap_or_default()]["properties"]["value"]["items"]
            ["$ref"]
            .clone()
    };
    let shown = items(
        r#"{"name": "Personal", "lastAccessedTime": "2024-01-01T00:00:00Z", "links": "x", "sourceService": "OneDrive"}"#,
    );
    assert_eq!(shown, "#/components/schemas/recentNotebook");
    // The annotation's type fits the members as well: it stands.
    let tie = items(r#"{"name": "Personal", "links": "x", "isShared": true, "sourceService": "OneDrive"}"#);
    assert_eq!(tie, "#/components/schemas/notebook");
}

#[test]
fn a_body_named_only_in_bold_is_the_type_a_page_defines_by_that_name() {
    let create = |sentence: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create currencies\n\n## HTTP request\n```http\nPOST /financials/companies/{{id}}/currencies\n```\n\n## Request body\n{sentence}\n\n## Response\nIf successful, this method returns `201 Created`.\n\n## Example\n```http\nPOST https://graph.microsoft.com/beta/financials/companies/1/currencies\nContent-type: application/json\n\n{{\"code\": \"EUR\", \"amountDecimalPlaces\": 2}}\n```\n"
        )
    };
    let currency = type_page("currency", "", "|code|String|The code.|\n|amountDecimalPlaces|Double|Places.|\n");
    let body = |sentence: &str| {
        let page = create(sentence);
        let json =
            contract(&[("resources/dynamics-currency.md", &currency), ("api/dynamics-create-currencies.md", &page)]);
        json["paths"]["/financials/companies/{id}/currencies"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"]
            .clone()
    };
    let named = body("In the request body, supply a JSON representation of **currencies** object.");
    assert_eq!(named["$ref"], "#/components/schemas/currency", "{named}");
    let named = body("In the request body, supply a JSON representation of the **currency** object.");
    assert_eq!(named["$ref"], "#/components/schemas/currency", "{named}");
    // Not what the body represents: the members the example shows.
    let shown = body("In the request body, supply the **code** of a **currency** object.");
    assert!(shown.get("$ref").is_none() && shown["properties"].get("code").is_some(), "{shown}");
    // No page defines it: the members the example shows.
    let shown = body("In the request body, supply a JSON representation of **money** object.");
    assert!(shown.get("$ref").is_none() && shown["properties"].get("code").is_some(), "{shown}");
    // Members mostly not the type's (an action's parameters), or a reference: as shown.
    let action = create("In the request body, supply a JSON representation of **currency** object.")
        .replace(r#"{"code": "EUR", "amountDecimalPlaces": 2}"#, r#"{"code": "EUR", "comment": "x", "reason": "y"}"#);
    let json =
        contract(&[("resources/dynamics-currency.md", &currency), ("api/dynamics-create-currencies.md", &action)]);
    let shown = &json["paths"]["/financials/companies/{id}/currencies"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert!(shown.get("$ref").is_none() && shown["properties"].get("comment").is_some(), "{shown}");
    let reference = create("In the request body, supply a JSON representation of a **currency** object to add.")
        .replace("/currencies\n```", "/currencies/$ref\n```")
        .replace("/1/currencies\n", "/1/currencies/$ref\n")
        .replace(
            r#"{"code": "EUR", "amountDecimalPlaces": 2}"#,
            r#"{"@odata.id": "https://graph.microsoft.com/beta/x"}"#,
        );
    let json =
        contract(&[("resources/dynamics-currency.md", &currency), ("api/dynamics-ref-currencies.md", &reference)]);
    let sent = &json["paths"]["/financials/companies/{id}/currencies/$ref"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert!(sent.get("$ref").is_none() && sent["properties"].get("@odata.id").is_some(), "{sent}");
}

#[test]
fn an_update_answering_a_type_named_in_bold_sends_that_type() {
    // beta's Dynamics journal line update: "supply the values for relevant fields that should be
    // updated", answering "an updated **journalLines** object"; its example sends `amount` alone.
    let update = |answer: &str, sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update journalLines\n\nUpdate the properties of a journal lines object.\n\n## HTTP request\n```http\nPATCH /financials/companies/{{id}}/journalLines/{{id}}\n```\n\n## Request body\nIn the request body, supply the values for relevant fields that should be updated.\n\n## Response\nIf successful, this method returns a `200 OK` response code and {answer} in the response body.\n\n## Example\n```http\nPATCH https://graph.microsoft.com/beta/financials/companies/1/journalLines/2\nContent-type: application/json\n\n{sent}\n```\n"
        )
    };
    let line =
        type_page("journalLine", "", "|id|String|The id.|\n|amount|Double|The amount.|\n|comment|String|A comment.|\n");
    let body = |answer: &str, sent: &str| {
        let page = update(answer, sent);
        let json =
            contract(&[("resources/dynamics-journalline.md", &line), ("api/dynamics-journalline-update.md", &page)]);
        json["paths"]["/financials/companies/{id}/journalLines/{journalLines-id}"]["patch"]["requestBody"]["content"]
            ["application/json"]["schema"]
            .clone()
    };
    let sent = body("an updated **journalLines** object", r#"{"amount": 2000}"#);
    assert_eq!(sent["$ref"], "#/components/schemas/journalLine", "{sent}");
    // Members mostly not the type's: as shown.
    let shown = body("an updated **journalLines** object", r#"{"reason": "x", "note": "y", "amount": 1}"#);
    assert!(shown.get("$ref").is_none() && shown["properties"].get("reason").is_some(), "{shown}");
    // An answer named otherwise: as shown.
    let shown = body("an updated object", r#"{"amount": 2000}"#);
    assert!(shown.get("$ref").is_none() && shown["properties"].get("amount").is_some(), "{shown}");
}

#[test]
fn a_name_in_bold_on_a_namespaced_page_is_its_namespace_s_type_first() {
    let root = type_page("identity", "", "|id|String|The id.|\n|displayName|String|The name.|\n");
    let namespaced = "---\ndoc_type: resourcePageType\n---\n# identity resource type\n\nNamespace: microsoft.graph.externalConnectors\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n|type|String|The kind.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.externalConnectors.identity\"} -->\n```json\n{\"id\": \"String\", \"type\": \"String\"}\n```\n";
    let page = "---\ndoc_type: apiPageType\n---\n# Create identity\n\nNamespace: microsoft.graph.externalConnectors\n\n## HTTP request\n```http\nPOST /external/connections/{id}/groups/{groupId}/members\n```\n\n## Request body\nIn the request body, supply a JSON representation of the **identity** object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and an **identity** object in the response body.\n\n## Example\n```http\nPOST https://graph.microsoft.com/beta/external/connections/1/groups/2/members\nContent-type: application/json\n\n{\"id\": \"3\", \"type\": \"user\"}\n```\n";
    let json = contract(&[
        ("resources/identity.md", &root),
        ("resources/externalconnectors-identity.md", namespaced),
        ("api/externalconnectors-externalgroup-post-members.md", page),
    ]);
    let op = &json["paths"]["/external/connections/{id}/groups/{groupId}/members"]["post"];
    let sent = &op["requestBody"]["content"]["application/json"]["schema"]["$ref"];
    assert_eq!(sent, "#/components/schemas/externalConnectors.identity", "{op}");
}

#[test]
fn an_enum_named_as_its_page_type_is_its_own() {
    // v1.0's userPurpose: an object whose `value` is the enum `### userPurpose values` defines.
    let page = "---\ndoc_type: resourcePageType\n---\n# userPurpose resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|value|[userPurpose](#userpurpose-values)|The mailbox type. Possible values are: `user`, `shared`.|\n\n### userPurpose values\n| Member | Description |\n|:--|:--|\n| user | A user's mailbox. |\n| shared | A shared mailbox. |\n";
    let c = convert(vec![SourceFile::new("resources/userpurpose.md", page)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schemas = &json["components"]["schemas"];
    let value = serde_json::to_string(&schemas["userPurpose"]["properties"]["value"]).unwrap();
    assert!(
        value.contains("#/components/schemas/userPurposeValues"),
        "the member is the enum, not the object: {value}"
    );
    assert_eq!(schemas["userPurposeValues"]["oneOf"][0]["enum"], serde_json::json!(["user", "shared"]), "{}", schemas);
    assert!(!c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_TYPE), "{:?}", c.diagnostics);
    // A member holding the type itself keeps it.
    let tree = page.replace(
        "|value|[userPurpose](#userpurpose-values)|The mailbox type. Possible values are: `user`, `shared`.|\n",
        "|value|[userPurpose](#userpurpose-values)|The mailbox type.|\n|children|[userPurpose](userpurpose.md) collection|The nested ones.|\n",
    );
    let c = convert(vec![SourceFile::new("resources/userpurpose.md", tree)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let p = &json["components"]["schemas"]["userPurpose"]["properties"];
    assert_eq!(p["children"]["items"]["$ref"], "#/components/schemas/userPurpose", "{p}");
    assert!(serde_json::to_string(&p["value"]).unwrap().contains("userPurposeValues"), "{p}");
}

#[test]
fn a_base_without_a_page_has_the_members_its_kinds_rows_inherit_from_it() {
    // beta's Windows configuration kinds: "Inherits from [deviceConfiguration]", its page missing,
    // each kind's rows "Inherited from [deviceConfiguration]"; operations several kinds' pages
    // document answer the base.
    let kind = |name: &str, own: &str| {
        type_page(
            name,
            "deviceConfiguration",
            &format!(
                "|displayName|String|The {name}'s name. Inherited from [deviceConfiguration](deviceconfiguration.md)|\n|supportsScopeTags|Boolean|Whether scope tags apply. Inherited from [deviceConfiguration](deviceconfiguration.md). Read-only.|\n|{own}|String|Its own.|\n"
            ),
        )
    };
    let (kiosk, upgrade) =
        (kind("windowsKioskConfiguration", "kioskMode"), kind("editionUpgradeConfiguration", "licenseType"));
    let (kiosk, upgrade) = (("resources/kiosk.md", kiosk.as_str()), ("resources/upgrade.md", upgrade.as_str()));
    let mut described = Vec::new();
    for pages in [[kiosk, upgrade], [upgrade, kiosk]] {
        let json = contract(&pages);
        let base = &json["components"]["schemas"]["deviceConfiguration"];
        let members: Vec<&str> = base["properties"].as_object().unwrap().keys().map(String::as_str).collect();
        assert!(members.contains(&"displayName") && members.contains(&"supportsScopeTags"), "{base}");
        assert!(!members.contains(&"kioskMode") && !members.contains(&"licenseType"), "not a kind's own: {base}");
        assert_eq!(base["properties"]["supportsScopeTags"]["readOnly"], true, "{base}");
        described.push(base["properties"]["displayName"]["description"].clone());
    }
    // One page's row, whichever order the pages come in.
    assert_eq!(described[0], described[1]);
}

#[test]
fn a_base_without_a_page_derives_from_what_the_rows_inherit() {
    // beta's managedMobileLobApp: "Inherits from [managedApp]" (no page among the inputs),
    // its rows "Inherited from [mobileApp]".
    // The farther ancestor named first: the nearest is taken.
    let app = type_page("mobileApp", "entity", "|displayName|String|The name.|\n");
    let entity = type_page("entity", "", "|id|String|The id.|\n");
    let lob = type_page(
        "managedMobileLobApp",
        "managedApp",
        "|id|String|The id. Inherited from [entity](entity.md)|\n|displayName|String|The name. Inherited from [mobileApp](mobileapp.md)|\n|fileName|String|The file.|\n",
    );
    let json = contract(&[
        ("resources/mobileapp.md", &app),
        ("resources/entity.md", &entity),
        ("resources/managedmobilelobapp.md", &lob),
    ]);
    let managed = &json["components"]["schemas"]["managedApp"];
    assert!(managed["properties"].get("displayName").is_some(), "the placeholder derives from mobileApp: {managed}");
    // Not where the base has a page of its own: its page says what it derives from.
    let base = type_page("managedApp", "", "|appAvailability|String|The availability.|\n");
    let json = contract(&[
        ("resources/mobileapp.md", &type_page("mobileApp", "", "|displayName|String|The name.|\n")),
        ("resources/managedapp.md", &base),
        (
            "resources/managedmobilelobapp.md",
            &type_page(
                "managedMobileLobApp",
                "managedApp",
                "|displayName|String|The name. Inherited from [mobileApp](mobileapp.md)|\n",
            ),
        ),
    ]);
    assert!(json["components"]["schemas"]["managedApp"]["properties"].get("displayName").is_none());
    // A row's link to a type that holds this one rather than giving its members (v1.0's
    // `security.authority`: "Inherits from [filePlanDescriptorBase]", no page; `displayName`
    // "Inherited from [filePlanDescriptor]", whose members are `authority` and the like) is
    // no ancestry.
    let holder = type_page("filePlanDescriptor", "", "|authority|[authority](authority.md)|The authority.|\n");
    let authority = type_page(
        "authority",
        "filePlanDescriptorBase",
        "|displayName|String|The name. Inherited from [filePlanDescriptor](fileplandescriptor.md).|\n",
    );
    let json = contract(&[("resources/fileplandescriptor.md", &holder), ("resources/authority.md", &authority)]);
    let members = &json["components"]["schemas"]["authority"]["properties"];
    assert!(members.get("displayName").is_some() && members.get("authority").is_none(), "{members}");
    // Not by the key every entity has either (an `id` row inherited from the holder, which has
    // it through `entity`).
    let keyed = authority.replace(
        "|displayName|",
        "|id|String|The id. Inherited from [filePlanDescriptor](fileplandescriptor.md).|\n|displayName|",
    );
    let holder = type_page("filePlanDescriptor", "entity", "|authority|[authority](authority.md)|The authority.|\n");
    let json = contract(&[
        ("resources/fileplandescriptor.md", &holder),
        ("resources/authority.md", &keyed),
        ("resources/entity.md", &type_page("entity", "", "|id|String|The id. Read-only.|\n")),
    ]);
    let members = &json["components"]["schemas"]["authority"]["properties"];
    assert!(members.get("id").is_some() && members.get("authority").is_none(), "{members}");
    // Nor by `@odata.type`, which tables list on many types.
    let typed = authority.replace(
        "|displayName|",
        "|@odata.type|String|The type. Inherited from [filePlanDescriptor](fileplandescriptor.md).|\n|displayName|",
    );
    let holder = type_page(
        "filePlanDescriptor",
        "",
        "|@odata.type|String|The type.|\n|authority|[authority](authority.md)|The authority.|\n",
    );
    let json = contract(&[("resources/fileplandescriptor.md", &holder), ("resources/authority.md", &typed)]);
    let members = &json["components"]["schemas"]["authority"]["properties"];
    assert!(members.get("authority").is_none(), "{members}");
}

#[test]
fn a_read_one_property_further_answers_the_property() {
    // v1.0's and beta's "Get user mailbox settings": `GET /me/mailboxSettings/timeZone` and the like.
    let settings = type_page(
        "mailboxSettings",
        "",
        "|timeZone|String|The time zone.|\n|workingHours|[workingHours](workinghours.md)|The hours.|\n|languages|String collection|The languages.|\n|report|Stream|The report's content.|\n",
    );
    let hours = type_page("workingHours", "", "|daysOfWeek|String collection|The days.|\n");
    let get = read_page(
        "Get user mailbox settings",
        "GET /me/mailboxSettings\nGET /me/mailboxSettings/timeZone\nGET /me/mailboxSettings/workingHours\nGET /me/mailboxSettings/languages\nGET /me/mailboxSettings/report",
        "a [mailboxSettings](../resources/mailboxsettings.md) object",
    );
    let json = contract(&[
        ("resources/mailboxsettings.md", &settings),
        ("resources/workinghours.md", &hours),
        ("api/user-get-mailboxsettings.md", &get),
    ]);
    let schema =
        |path: &str| json["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"].clone();
    assert_eq!(schema("/me/mailboxSettings")["$ref"], "#/components/schemas/mailboxSettings");
    assert_eq!(schema("/me/mailboxSettings/workingHours")["$ref"], "#/components/schemas/workingHours");
    assert_eq!(
        schema("/me/mailboxSettings/timeZone")["properties"]["value"]["type"],
        "string",
        "OData's wrapped primitive"
    );
    assert_eq!(schema("/me/mailboxSettings/languages")["properties"]["value"]["type"], "array");
    // A stream property reads as its bytes (`onlineMeeting`'s `attendeeReport`).
    let report = &json["paths"]["/me/mailboxSettings/report"]["get"]["responses"]["200"]["content"];
    assert!(report.get("application/octet-stream").is_some(), "{report}");
    // Two segments further: read on what the line one further answers.
    let nested = read_page(
        "Get user mailbox settings",
        "GET /me/mailboxSettings\nGET /me/mailboxSettings/workingHours\nGET /me/mailboxSettings/workingHours/daysOfWeek",
        "a [mailboxSettings](../resources/mailboxsettings.md) object",
    );
    let json = contract(&[
        (
            "resources/mailboxsettings.md",
            &type_page(
                "mailboxSettings",
                "",
                "|timeZone|String|The zone.|\n|daysOfWeek|Int32|Not the hours' days.|\n|workingHours|[workingHours](workinghours.md)|The hours.|\n",
            ),
        ),
        ("resources/workinghours.md", &type_page("workingHours", "", "|daysOfWeek|String collection|The days.|\n")),
        ("api/user-get-mailboxsettings.md", &nested),
    ]);
    let days = &json["paths"]["/me/mailboxSettings/workingHours/daysOfWeek"]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert_eq!(days["properties"]["value"]["type"], "array", "workingHours' days, not mailboxSettings': {days}");
}

#[test]
fn a_note_making_every_property_read_only() {
    // v1.0's dataPolicyOperation: "> **Note:** All properties of this resource are read-only."
    let page = "---\ndoc_type: resourcePageType\n---\n# dataPolicyOperation resource type\n\n## Properties\n\n> **Note:** All properties of this resource are read-only.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|status|String|The status.|\n";
    let c = convert(vec![SourceFile::new("resources/datapolicyoperation.md", page)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let p = &json["components"]["schemas"]["dataPolicyOperation"]["properties"];
    assert_eq!(p["status"]["readOnly"], true, "{p}");
    assert_eq!(p["id"]["readOnly"], true, "{p}");
    let except = page.replace("are read-only.", "are read-only except status.");
    let c = convert(vec![SourceFile::new("resources/datapolicyoperation.md", except)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert!(json["components"]["schemas"]["dataPolicyOperation"]["properties"]["status"].get("readOnly").is_none());
    for said in [
        "Not all properties of this resource are read-only.",
        "All properties are read-only, apart from **status**.",
        "All properties of this resource are read-only unless the caller is an admin.",
        "When the operation completes, all properties are read-only.",
        "All properties of the identitySet object in createdBy are read-only.",
    ] {
        let other = page.replace("All properties of this resource are read-only.", said);
        let c = convert(vec![SourceFile::new("resources/datapolicyoperation.md", other)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let p = &json["components"]["schemas"]["dataPolicyOperation"]["properties"]["status"];
        assert!(p.get("readOnly").is_none(), "{said}: {p}");
    }
}

#[test]
fn a_repeated_row_without_its_collection_keeps_the_base_s_list() {
    // v1.0's emailPayloadDetail: `|coachmarks|[payloadCoachmark]|… Inherited from payloadDetail.|`.
    let base =
        type_page("payloadDetail", "", "|coachmarks|[payloadCoachmark](payloadcoachmark.md) collection|The marks.|\n");
    let derived = type_page(
        "emailPayloadDetail",
        "payloadDetail",
        "|coachmarks|[payloadCoachmark](payloadcoachmark.md)|The marks. Inherited from payloadDetail.|\n",
    );
    let mark = type_page("payloadCoachmark", "", "|indicator|String|The indicator.|\n");
    let c = convert(vec![
        SourceFile::new("resources/payloaddetail.md", base),
        SourceFile::new("resources/emailpayloaddetail.md", derived),
        SourceFile::new("resources/payloadcoachmark.md", mark),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let p = &json["components"]["schemas"]["emailPayloadDetail"]["properties"]["coachmarks"];
    assert_eq!(p["type"], "array", "{p}");
}

#[test]
fn an_api_page_s_values_and_a_row_s_longer_list_are_one_enum() {
    // An api page's `### widgetColor values` (two values) and a resource row's longer list.
    let widget = type_page(
        "widget",
        "",
        "|color|widgetColor|The color. Possible values are: `red`, `green`, `blue`, `unknownFutureValue`.|\n",
    );
    let api = "---\ndoc_type: apiPageType\n---\n# Update widget\n\n## HTTP request\n```http\nPATCH /widgets/{id}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|color|widgetColor|The color.|\n|mode|String|The mode.|\n\n### widgetColor values\n|Member|Description|\n|:---|:---|\n|red|Red.|\n|green|Green.|\n\n### mode values\n|Member|Description|\n|:---|:---|\n|fast|Fast.|\n|slow|Slow.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let c = convert(vec![SourceFile::new("resources/widget.md", widget), SourceFile::new("api/widget-update.md", api)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schemas = &json["components"]["schemas"];
    assert_eq!(
        schemas["widgetColor"]["oneOf"][0]["enum"],
        serde_json::json!(["red", "green", "blue", "unknownFutureValue"]),
        "{}",
        schemas["widgetColor"]
    );
    assert!(schemas.get("mode").is_none(), "a String parameter's values make no type");
}

#[test]
fn a_subclass_in_the_lead_derives_from_its_base() {
    let word = type_page("wordResource", "", "|fileUrl|String|The file.|\n").replace(
        "## Properties",
        "A subclass of [resource](resource.md). This is a Word document resource.\n\n## Properties",
    );
    // Another subject's subclass, or a denial, is no base.
    let link = type_page("linkResource", "", "|kind|String|The kind.|\n").replace(
        "## Properties",
        "To attach a link, create a subclass of it such as [resource](resource.md). This type is not a subclass of [resource](resource.md). A subclass of this type, such as [resource](resource.md), holds it. It wraps a [thing](thing.md), which is a subclass of [resource](resource.md).\n\n## Properties",
    );
    let json = contract(&[
        ("resources/resource.md", &type_page("resource", "", "|displayName|String|The name.|\n")),
        ("resources/wordresource.md", &word),
        ("resources/linkresource.md", &link),
    ]);
    let props = |t: &str| property_names(&json, t);
    assert_eq!(props("wordResource"), ["@odata.type", "displayName", "fileUrl"]);
    assert_eq!(props("linkResource"), ["@odata.type", "kind"]);
    // The phrase written first names the base, whatever the order of the phrases' list.
    let first = type_page("sheetResource", "", "|sheet|String|The sheet.|\n").replace(
        "## Properties",
        "This type is a subclass of [resource](resource.md). Its preview is derived from [other](other.md).\n\n## Properties",
    );
    let json = contract(&[
        ("resources/resource.md", &type_page("resource", "", "|displayName|String|The name.|\n")),
        ("resources/other.md", &type_page("other", "", "|preview|String|The preview.|\n")),
        ("resources/sheetresource.md", &first),
    ]);
    assert_eq!(property_names(&json, "sheetResource"), ["@odata.type", "displayName", "sheet"]);
    // "A subtype of" too (beta's educationSchool), on the same terms.
    let school = type_page("educationSchool", "", "|principalName|String|The principal.|\n").replace(
        "## Properties",
        "A school. This resource is a subtype of [educationOrganization](educationorganization.md).\n\n## Properties",
    );
    let json = contract(&[
        (
            "resources/educationorganization.md",
            &type_page("educationOrganization", "", "|displayName|String|The name.|\n"),
        ),
        ("resources/educationschool.md", &school),
    ]);
    assert_eq!(property_names(&json, "educationSchool"), ["@odata.type", "displayName", "principalName"]);
    // The base's qualified name, unlinked (beta's unifiedRoleManagementPolicy).
    let policy = type_page("unifiedRoleManagementPolicy", "", "|scopeId|String|The scope.|\n")
        .replace("## Properties", "A policy. It is derived from microsoft.graph.policyBase.\n\n## Properties");
    let json = contract(&[
        ("resources/policybase.md", &type_page("policyBase", "", "|displayName|String|The name.|\n")),
        ("resources/unifiedrolemanagementpolicy.md", &policy),
    ]);
    assert_eq!(property_names(&json, "unifiedRoleManagementPolicy"), ["@odata.type", "displayName", "scopeId"]);
}

#[test]
fn a_row_listing_more_values_than_its_enum_s_page_adds_them() {
    let privacy = "---\ndoc_type: enumPageType\n---\n# communityPrivacy enum type\n\n|Member|Description|\n|:---|:---|\n|public|Anyone.|\n|private|Members.|\n";
    let community = type_page(
        "community",
        "",
        "|privacy|[communityPrivacy](communityprivacy.md)|Who may join. The possible values are: `public`, `private`, `UnknownFutureValue`, `Public`.|\n",
    );
    let json = contract(&[("resources/communityprivacy.md", privacy), ("resources/community.md", &community)]);
    // The page's values first; a spelling differing only in case is the same member.
    assert_eq!(
        json["components"]["schemas"]["communityPrivacy"]["oneOf"][0]["enum"],
        serde_json::json!(["public", "private", "UnknownFutureValue"])
    );
    // Two rows extending the page each their own way: both, whichever file comes first.
    for (a, b) in [("alpha", "beta"), ("beta", "alpha")] {
        let row = |extra: &str| {
            type_page(
                "community",
                "",
                &format!(
                    "|privacy|[communityPrivacy](communityprivacy.md)|Who. The possible values are: `Public`, `private`, `{extra}`.|\n"
                ),
            )
        };
        let (first, second) = (row("unknownFutureValue"), row("secret"));
        let json = contract(&[
            ("resources/communityprivacy.md", privacy),
            (&format!("resources/{a}.md"), &first),
            (&format!("resources/{b}.md"), &second),
        ]);
        let members = json["components"]["schemas"]["communityPrivacy"]["oneOf"][0]["enum"].clone();
        assert_eq!(members.as_array().map(Vec::len), Some(4), "{members}");
    }
    // A list lacking one of the page's values (a typo, another enum's), or of numbers: the page's.
    for row in ["`public`, `privat`, `secret`", "`1` (for `public`), `2` (for `private`), `3`"] {
        let community = type_page(
            "community",
            "",
            &format!(
                "|privacy|[communityPrivacy](communityprivacy.md)|Who may join. The possible values are: {row}.|\n"
            ),
        );
        let json = contract(&[("resources/communityprivacy.md", privacy), ("resources/community.md", &community)]);
        assert_eq!(
            json["components"]["schemas"]["communityPrivacy"]["oneOf"][0]["enum"],
            serde_json::json!(["public", "private"]),
            "{row}"
        );
    }
}

#[test]
fn a_derived_row_spelled_otherwise_than_its_base_s_keeps_its_spelling() {
    let base = type_page(
        "activity",
        "",
        "|externalcourseActivityId|String|Base's.|\n|Id|String|Base's id.|\n|notes|String|Notes.|\n",
    );
    let derived =
        type_page("selfInitiated", "activity", "|externalCourseActivityId|String|Own.|\n|id|String|Own id.|\n");
    let json = contract(&[("resources/activity.md", &base), ("resources/selfinitiated.md", &derived)]);
    let props = &json["components"]["schemas"]["selfInitiated"]["properties"];
    let names: Vec<&String> = props.as_object().unwrap().keys().collect();
    assert_eq!(names, ["@odata.type", "externalCourseActivityId", "id", "notes"], "{props}");
    assert_eq!(props["externalCourseActivityId"]["description"], "Own.");
    // The base keeps its own spelling.
    assert!(json["components"]["schemas"]["activity"]["properties"].get("externalcourseActivityId").is_some());
    // A derived spelling that is not Graph's lowerCamel replaces no other (`ID` neither `id` nor `Id`).
    let derived = type_page("assignment", "activity", "|NOTES|String|Own notes.|\n|ID|String|Own id.|\n");
    let json = contract(&[("resources/activity.md", &base), ("resources/assignment.md", &derived)]);
    let props = &json["components"]["schemas"]["assignment"]["properties"];
    assert!(props.get("notes").is_some() && props.get("NOTES").is_none(), "{props}");
    assert!(props.get("Id").is_some() && props.get("ID").is_none(), "{props}");
}

#[test]
fn prose_and_rows_naming_one_base_beat_an_annotation_naming_another() {
    let template = "---\ndoc_type: resourcePageType\n---\n# authorityTemplate resource type\n\nInherits from [microsoft.graph.security.filePlanDescriptorTemplate](security-fileplandescriptortemplate.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Inherited from [microsoft.graph.security.filePlanDescriptorTemplate](security-fileplandescriptortemplate.md).|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.security.authorityTemplate\", \"baseType\": \"microsoft.graph.security.filePlanDescriptor\"} -->\n```json\n{\"displayName\": \"String\"}\n```\n";
    let base = type_page(
        "security.filePlanDescriptorTemplate",
        "",
        "|displayName|String|The name.|\n|createdBy|String|Who.|\n",
    );
    let other = type_page("security.filePlanDescriptor", "", "|authority|String|The authority.|\n");
    let json = contract(&[
        ("resources/security-authoritytemplate.md", template),
        ("resources/security-fileplandescriptortemplate.md", &base),
        ("resources/security-fileplandescriptor.md", &other),
    ]);
    assert_eq!(property_names(&json, "security.authorityTemplate"), ["@odata.type", "createdBy", "displayName"]);
}

#[test]
fn prose_and_rows_naming_one_base_leave_the_annotation_s_pageless_base_as_it_is() {
    // beta's authorityTemplate: "Inherits from [filePlanDescriptorTemplate]", rows inherited from
    // it, the annotation naming `filePlanDescriptor`, a type no page among the inputs defines and
    // a label's member names: the rows are not that type's, nor is it a kind of the template.
    let template = "---\ndoc_type: resourcePageType\n---\n# authorityTemplate resource type\n\nInherits from [microsoft.graph.security.filePlanDescriptorTemplate](security-fileplandescriptortemplate.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Inherited from [microsoft.graph.security.filePlanDescriptorTemplate](security-fileplandescriptortemplate.md).|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.security.authorityTemplate\", \"baseType\": \"microsoft.graph.security.filePlanDescriptor\"} -->\n```json\n{\"displayName\": \"String\"}\n```\n";
    // The template deriving from `security.descriptorBase`, the page's rows saying so, each from
    // where it comes: `createdBy` from the base, `displayName` from the template.
    let three_levels = "---\ndoc_type: resourcePageType\n---\n# authorityTemplate resource type\n\nInherits from [microsoft.graph.security.filePlanDescriptorTemplate](security-fileplandescriptortemplate.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|createdBy|String|Who. Inherited from [microsoft.graph.security.descriptorBase](security-descriptorbase.md).|\n|displayName|String|The name. Inherited from [microsoft.graph.security.filePlanDescriptorTemplate](security-fileplandescriptortemplate.md).|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.security.authorityTemplate\", \"baseType\": \"microsoft.graph.security.filePlanDescriptor\"} -->\n```json\n{\"displayName\": \"String\"}\n```\n";
    let label = type_page(
        "security.retentionLabel",
        "",
        "|descriptors|[security.filePlanDescriptor](security-fileplandescriptor.md)|The descriptors.|\n",
    );
    // The contract of the template's page beside `bases` (file, page).
    let convert_with = |template: &str, bases: &[(&str, String)]| {
        let mut pages: Vec<(&str, &str)> = vec![
            ("resources/security-authoritytemplate.md", template),
            ("resources/security-retentionlabel.md", &label),
        ];
        pages.extend(bases.iter().map(|(f, t)| (*f, t.as_str())));
        contract(&pages)
    };
    let json = convert_with(
        template,
        &[(
            "resources/security-fileplandescriptortemplate.md",
            type_page(
                "security.filePlanDescriptorTemplate",
                "",
                "|displayName|String|The name.|\n|createdBy|String|Who.|\n",
            ),
        )],
    );
    assert_eq!(property_names(&json, "security.authorityTemplate"), ["@odata.type", "createdBy", "displayName"]);
    let stand_in = &json["components"]["schemas"]["security.filePlanDescriptor"];
    assert!(
        stand_in["properties"].get("createdBy").is_none() && stand_in["properties"].get("displayName").is_none(),
        "{stand_in}"
    );
    let json = convert_with(
        three_levels,
        &[
            (
                "resources/security-descriptorbase.md",
                type_page("security.descriptorBase", "", "|createdBy|String|Who.|\n"),
            ),
            (
                "resources/security-fileplandescriptortemplate.md",
                type_page(
                    "security.filePlanDescriptorTemplate",
                    "security.descriptorBase",
                    "|displayName|String|The name.|\n",
                )
                .replace("(security.descriptorBase.md)", "(security-descriptorbase.md)"),
            ),
        ],
    );
    assert_eq!(property_names(&json, "security.authorityTemplate"), ["@odata.type", "createdBy", "displayName"]);
    let stand_in = &json["components"]["schemas"]["security.filePlanDescriptor"];
    assert!(stand_in["properties"].get("createdBy").is_none(), "{stand_in}");
}

#[test]
fn an_annotation_s_base_stands_where_the_rows_do_not_name_the_prose_s() {
    let page = "---\ndoc_type: resourcePageType\n---\n# authorityTemplate resource type\n\nInherits from [microsoft.graph.security.filePlanDescriptorTemplate](security-fileplandescriptortemplate.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.security.authorityTemplate\", \"baseType\": \"microsoft.graph.security.filePlanDescriptor\"} -->\n```json\n{\"displayName\": \"String\"}\n```\n";
    let json = contract(&[
        ("resources/security-authoritytemplate.md", page),
        (
            "resources/security-fileplandescriptortemplate.md",
            &type_page("security.filePlanDescriptorTemplate", "", "|createdBy|String|Who.|\n"),
        ),
        (
            "resources/security-fileplandescriptor.md",
            &type_page("security.filePlanDescriptor", "", "|authority|String|The authority.|\n"),
        ),
    ]);
    let props = &json["components"]["schemas"]["security.authorityTemplate"]["properties"];
    assert!(props.get("authority").is_some() && props.get("createdBy").is_none(), "{props}");
}

#[test]
fn prose_naming_a_further_ancestor_does_not_override_the_annotation() {
    let app = |prose_base: &str, rows: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# win32App resource type\n\nInherits from [{prose_base}]({prose_base}.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.win32App\", \"baseType\": \"microsoft.graph.mobileLobApp\"}} -->\n```json\n{{\"displayName\": \"String\"}}\n```\n"
        )
    };
    let pages = |page: &str| {
        contract(&[
            ("resources/win32app.md", page),
            ("resources/mobilelobapp.md", &type_page("mobileLobApp", "mobileApp", "|fileName|String|The file.|\n")),
            ("resources/mobileapp.md", &type_page("mobileApp", "", "|displayName|String|The name.|\n")),
            ("resources/entity.md", &type_page("entity", "", "|id|String|The id.|\n")),
        ])
    };
    // Rows naming the grandparent and the annotation's type: the annotation's.
    let grandparent = app(
        "mobileApp",
        "|displayName|String|The name. Inherited from [mobileApp](mobileapp.md).|\n|fileName|String|The file. Inherited from [mobileLobApp](mobilelobapp.md).|\n",
    );
    assert!(property_names(&pages(&grandparent), "win32App").contains(&"fileName".to_string()));
    // "Inherits from [entity]" with an `id` row inherited from it: the annotation's.
    let root = app("entity", "|id|String|The id. Inherited from [entity](entity.md).|\n");
    assert!(property_names(&pages(&root), "win32App").contains(&"fileName".to_string()));
    // Rows naming only the grandparent the annotation's type derives from: the annotation's.
    let only_grandparent = app(
        "mobileApp",
        "|displayName|String|The name. Inherited from [mobileApp](mobileapp.md).|\n|msiInformation|String|Its own.|\n",
    );
    assert!(property_names(&pages(&only_grandparent), "win32App").contains(&"fileName".to_string()));
}

#[test]
fn a_list_of_identifiers_in_the_representation_is_no_key() {
    let page = |representation: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# sharepointSettings resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|allowedDomainGuids|Guid collection|Domains.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.sharepointSettings\"}} -->\n```json\n{representation}\n```\n"
        )
    };
    let nullable = |representation: &str, member: &str| {
        let json = contract(&[("resources/sharepointsettings.md", &page(representation))]);
        json["components"]["schemas"]["sharepointSettings"]["properties"][member]["nullable"] == true
    };
    let listed = "{\n  \"id\": \"String\",\n  \"allowedDomainGuids\": [\"string (identifier)\"]\n}";
    assert!(nullable(listed, "allowedDomainGuids"));
    // The member shown as the identifier is the key: never null.
    let keyed = "{\n  \"id\": \"String (identifier)\",\n  \"allowedDomainGuids\": [\"String\"]\n}";
    assert!(!nullable(keyed, "id"));
    assert!(nullable(keyed, "allowedDomainGuids"));
}

#[test]
fn pages_creating_unrelated_types_on_one_path_keep_the_set_s_type() {
    // beta's Global Secure Access: the policy rule's create page writes the filtering policies'
    // path by mistake; the two types share only Graph's root `entity`.
    let create = |ty: &str, answer: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create {ty}\n\n## HTTP request\n```http\nPOST /networkAccess/filteringPolicies\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [{ty}](../resources/{ty}.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [{answer}](../resources/{answer}.md) object in the response body.\n"
        )
    };
    let (rule, policy) = (create("policyRule", "policyRule"), create("filteringPolicy", "filteringPolicy"));
    let entity = type_page("entity", "", "|id|String|The id.|\n");
    let rule_type = type_page("policyRule", "entity", "|name|String|The name.|\n");
    let policy_type = type_page("filteringPolicy", "entity", "|action|String|The action.|\n");
    let pages = [
        ("api/networkaccess-filteringpolicy-post-policyrules.md", rule.as_str()),
        ("api/networkaccess-networkaccessroot-post-filteringpolicies.md", policy.as_str()),
        ("resources/entity.md", entity.as_str()),
        ("resources/policyrule.md", rule_type.as_str()),
        ("resources/filteringpolicy.md", policy_type.as_str()),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/networkAccess/filteringPolicies"]["post"];
    assert_eq!(
        op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/filteringPolicy",
        "not their root `entity`: {op}"
    );
    assert_eq!(op["operationId"], "create_filtering_policy");
    assert!(c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_OPERATION), "the pages disagree");
    // The real page answers the filtering policy it does not send: the bodies decide.
    let rule_answering_policy = create("policyRule", "filteringPolicy");
    let mut pages = pages;
    pages[0].1 = rule_answering_policy.as_str();
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/networkAccess/filteringPolicies"]["post"];
    assert_eq!(
        op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/filteringPolicy",
        "{op}"
    );
    assert_eq!(op["operationId"], "create_filtering_policy");
    // Pages about something else that show the request (extended properties on messages and on
    // events) say nothing of it.
    let others = [
        ("api/singlevaluelegacyextendedproperty-post.md", rule.as_str()),
        ("api/multivaluelegacyextendedproperty-post.md", policy.as_str()),
        ("resources/entity.md", entity.as_str()),
        ("resources/policyrule.md", rule_type.as_str()),
        ("resources/filteringpolicy.md", policy_type.as_str()),
    ];
    let c = convert(others.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    assert!(c.diagnostics.iter().all(|d| d.code != codes::DUPLICATE_OPERATION), "{:?}", c.diagnostics);
    // The operation's own pages writing a query string in their line still disagree aloud.
    let filtered = |page: &str| {
        page.replace("POST /networkAccess/filteringPolicies\n", "POST /networkAccess/filteringPolicies?$filter=x\n")
    };
    let (rule_q, policy_q) = (filtered(&rule), filtered(&policy));
    assert!(rule_q.contains("?$filter=x") && policy_q.contains("?$filter=x"));
    let own = [
        ("api/networkaccess-filteringpolicy-post-policyrules.md", rule_q.as_str()),
        ("api/networkaccess-networkaccessroot-post-filteringpolicies.md", policy_q.as_str()),
        ("resources/entity.md", entity.as_str()),
        ("resources/policyrule.md", rule_type.as_str()),
        ("resources/filteringpolicy.md", policy_type.as_str()),
    ];
    let c = convert(own.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    assert!(c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_OPERATION), "{:?}", c.diagnostics);
}

#[test]
fn an_open_type_of_one_value_type_holds_those_values() {
    // v1.0's plannerAssignments: keys are user ids, each value a plannerAssignment (or null).
    let assignments = "---\ndoc_type: resourcePageType\n---\n# plannerAssignments resource type\n\nThe **plannerAssignments** resource represents assignments of a [plannerTask](plannertask.md) resource. This type is an open type. The users can be assigned with a [plannerassignment](plannerassignment.md) object with orderHint property populated as the value.\n\n## Properties\nProperties of an Open Type can be defined by the client.\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"openType\": true, \"@odata.type\": \"microsoft.graph.plannerAssignments\"} -->\n```json\n{}\n```\n";
    // Order hints: the link names no type; a later sentence speaks of values and links the owner.
    let hints = "---\ndoc_type: resourcePageType\n---\n# plannerOrderHintsByAssignee resource type\n\nThis type is an open type. The properties are the ids of users, and the values are order hints.\n\n## Properties\nThe client must provide a valid [order hint](planner-order-hint-format.md) as the value. The service will automatically remove values as the assignments on the containing [plannerTask](plannertask.md) are updated.\n";
    // A dictionary: its owner linked before "key/value pairs", its values after.
    let dictionary = "---\ndoc_type: resourcePageType\n---\n# fileStorageContainerCustomPropertyDictionary resource type\n\nRepresents a [dictionary](https://github.com/microsoft/api-guidelines/blob/vNext/graph/patterns/dictionary.md) that stores the custom properties of a [fileStorageContainer](plannertask.md) in key/value pairs.\n\nEach custom property consists of keys (custom property names) and [fileStorageContainerCustomPropertyValue](filestoragecontainercustompropertyvalue.md) values (custom property values).\n\n## Properties\nNone.\n";
    // The usual lead, whose bold name starts with the link's text; a sentence saying what
    // happens to values near another link.
    let checklist = "---\ndoc_type: resourcePageType\n---\n# plannerChecklistItems resource type\n\nThe **plannerChecklistItems** resource is an open type whose values are [plannerChecklistItem](plannerchecklistitem.md) objects, keyed by item IDs.\n\n## Properties\nValues are removed when the [plannerTask](plannertask.md) is deleted.\n";
    let references = "---\ndoc_type: resourcePageType\n---\n# plannerExternalReferences resource type\n\nThis is an open type.\n\n## Properties\nValues are removed when the [plannerTask](plannertask.md) is deleted.\n";
    let item = type_page("plannerChecklistItem", "", "|title|String|The title.|\n");
    let of_type = "---\ndoc_type: resourcePageType\n---\n# plannerAssignmentsOfType resource type\n\nThis is an open type whose values are of type [plannerChecklistItem](plannerchecklistitem.md).\n\n## Properties\nNone.\n";
    let hints_users = "---\ndoc_type: resourcePageType\n---\n# plannerHintsByUser resource type\n\nThis is an open type. The properties are the ids of [users](plannerchecklistitem.md) assigned to the task, and a valid order hint as the value.\n";
    // A type with a property table is no open type of values, whatever its prose says.
    let table = "---\ndoc_type: resourcePageType\n---\n# plannerTask resource type\n\nThis is an open type; the value of each [plannerAssignment](plannerassignment.md) is kept.\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n";
    let value = type_page("plannerAssignment", "", "|orderHint|String|The hint.|\n");
    let custom = type_page("fileStorageContainerCustomPropertyValue", "", "|value|String|The value.|\n");
    let json = contract(&[
        ("resources/plannerassignments.md", assignments),
        ("resources/plannerorderhintsbyassignee.md", hints),
        ("resources/filestoragecontainercustompropertydictionary.md", dictionary),
        ("resources/plannertask.md", table),
        ("resources/plannerassignment.md", &value),
        ("resources/filestoragecontainercustompropertyvalue.md", &custom),
        ("resources/plannerchecklistitems.md", checklist),
        ("resources/plannerexternalreferences.md", references),
        ("resources/plannerchecklistitem.md", &item),
        ("resources/plannerassignmentsoftype.md", of_type),
        ("resources/plannerhintsbyuser.md", hints_users),
    ]);
    let schemas = &json["components"]["schemas"];
    let values = |name: &str| schemas[name]["additionalProperties"].clone();
    let nullable_ref =
        |to: &str| serde_json::json!({"anyOf": [{"$ref": format!("#/components/schemas/{to}")}, {"enum": [null]}]});
    assert_eq!(values("plannerAssignments"), nullable_ref("plannerAssignment"));
    assert_eq!(
        values("fileStorageContainerCustomPropertyDictionary"),
        nullable_ref("fileStorageContainerCustomPropertyValue")
    );
    assert_eq!(values("plannerOrderHintsByAssignee"), serde_json::json!({}), "no type the values are said to be");
    assert_eq!(values("plannerTask"), serde_json::json!({}), "a type with a table");
    assert_eq!(values("plannerChecklistItems"), nullable_ref("plannerChecklistItem"));
    assert_eq!(values("plannerExternalReferences"), serde_json::json!({}), "what happens to values is not their type");
    assert_eq!(values("plannerAssignmentsOfType"), nullable_ref("plannerChecklistItem"), "values are of type [x]");
    assert_eq!(values("plannerHintsByUser"), serde_json::json!({}), "\"as the value\" of another thing than the link");
}

#[test]
fn an_open_type_said_in_prose_alone_shows_samples_and_its_missing_value_page_a_placeholder() {
    // beta's plannerRecentPlanReferenceCollection: no `"openType": true` in the annotation, a
    // plan id as the sample's key, the values' page not among the inputs.
    let recent = "---\ndoc_type: resourcePageType\n---\n# plannerRecentPlanReferenceCollection resource type\n\nThis resource is an open type. The value in the property-value pair is the [plannerRecentPlanReference](plannerrecentplanreference.md) object.\n\n## Properties\nYou can define the properties of this open type.\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"optionalProperties\": [\"lastViewed\"], \"@odata.type\": \"microsoft.graph.plannerRecentPlanReferenceCollection\"} -->\n```json\n{\"lastViewed\": \"String\", \"iKNMHkk3vEWpSF7F7iZWIGQAAMMw\": {\"@odata.type\": \"microsoft.graph.plannerRecentPlanReference\", \"planTitle\": \"Party\"}}\n```\n";
    let c = convert(vec![SourceFile::new("resources/plannerrecentplanreferencecollection.md", recent)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schemas = &json["components"]["schemas"];
    let open = &schemas["plannerRecentPlanReferenceCollection"];
    assert!(open["properties"].get("iKNMHkk3vEWpSF7F7iZWIGQAAMMw").is_none(), "a sample key: {open}");
    assert_eq!(ref_of(&open["additionalProperties"]), "#/components/schemas/plannerRecentPlanReference");
    assert_eq!(schemas["plannerRecentPlanReference"]["x-placeholder"], true);
    assert!(c.diagnostics.iter().any(|d| d.code == codes::MISSING_TYPE_PAGE), "{:?}", c.diagnostics);
}

#[test]
fn an_open_type_annotated_with_no_listed_samples_still_holds_its_samples_values() {
    // beta's plannerUserIds: `"openType": true` beside an empty `optionalProperties`, the prose
    // calling the type open, the one key a sample (`String-value`). `open_primitive_value` takes
    // the empty list as the samples' names and gives up, where the same page without
    // `"openType": true` (or without the empty list) types its values.
    let text = "---\ndoc_type: resourcePageType\n---\n# plannerUserIds resource type\n\nThe **plannerUserIds** resource represents the list of users IDs that a plan is shared with and is an Open Type.\n\n## Properties\nProperties of an Open Type can be defined by the client. In this case, the client should provide user IDs as properties with their values being the `true` boolean.\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"optionalProperties\": [], \"@odata.type\": \"microsoft.graph.plannerUserIds\", \"openType\": true} -->\n```json\n{\"String-value\": true}\n```\n";
    let values = |text: &str| {
        let json = contract(&[("resources/planneruserids.md", text)]);
        json["components"]["schemas"]["plannerUserIds"]["additionalProperties"].clone()
    };
    // Without the annotation's fields: typed (the new rule).
    assert_eq!(values(&text.replace(", \"openType\": true", "")), serde_json::json!({"type": "boolean"}));
    // With `"openType": true` too: the same type.
    assert_eq!(values(text), serde_json::json!({"type": "boolean"}), "an empty list names no sample");
}

#[test]
fn an_open_type_whose_samples_all_hold_flags_or_strings_holds_those() {
    let page = |name: &str, keys: &str, sample: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nThis is an open type.\n\n## Properties\nProperties of an Open Type can be defined by the client.\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"openType\": true, \"optionalProperties\": [{keys}], \"@odata.type\": \"microsoft.graph.{name}\"}} -->\n```json\n{sample}\n```\n"
        )
    };
    // planner's user ids, order hints by assignee; a sample of mixed values; a key not listed.
    let ids = page("plannerUserIds", "\"String-value\"", "{\"String-value\": true}");
    let hints = page("plannerOrderHints", "\"ca2a\", \"4e98\"", "{\"ca2a\": \"String\", \"4e98\": \"String\"}");
    let mixed = page("mixedValues", "\"a\", \"b\"", "{\"a\": true, \"b\": \"String\"}");
    let unlisted = page("unlistedValues", "\"a\"", "{\"a\": true, \"b\": true}");
    let json = contract(&[
        ("resources/planneruserids.md", ids.as_str()),
        ("resources/plannerorderhints.md", hints.as_str()),
        ("resources/mixedvalues.md", mixed.as_str()),
        ("resources/unlistedvalues.md", unlisted.as_str()),
    ]);
    let values = |name: &str| json["components"]["schemas"][name]["additionalProperties"].clone();
    assert_eq!(values("plannerUserIds"), serde_json::json!({"type": "boolean"}));
    assert_eq!(values("plannerOrderHints"), serde_json::json!({"type": "string"}));
    assert_eq!(values("mixedValues"), serde_json::json!({}));
    assert_eq!(values("unlistedValues"), serde_json::json!({}));
    // A newer order hints page: no `openType` nor `optionalProperties` in its annotation, the
    // prose calling the type open, every key a sample no member is named (a user id).
    let bare = |keys: &str| {
        page("plannerOrderHintsByAssignee", "", keys).replace("\"openType\": true, \"optionalProperties\": [], ", "")
    };
    let samples = bare("{\"ca2a1df2-e36b-4987\": \"String\", \"4e98f8f1-bb03-4015\": \"String\"}");
    let named = bare("{\"hint\": \"String\"}");
    assert!(!samples.contains("openType"), "{samples}");
    let json = contract(&[("resources/plannerorderhintsbyassignee.md", samples.as_str())]);
    let values = json["components"]["schemas"]["plannerOrderHintsByAssignee"]["additionalProperties"].clone();
    assert_eq!(values, serde_json::json!({"type": "string"}));
    let json = contract(&[("resources/plannerorderhintsbyassignee.md", named.as_str())]);
    let schema = &json["components"]["schemas"]["plannerOrderHintsByAssignee"];
    assert_eq!(schema["properties"]["hint"]["type"], "string", "a member's name: {schema}");
}

#[test]
fn a_relationship_linking_its_read_page_is_a_property() {
    // v1.0's channel: `|[filesFolder](../api/channel-get-filesfolder.md)|[driveItem](driveitem.md)|…|`.
    let rows = "|id|String|The id.|\n|[filesFolder](../api/channel-get-filesfolder.md)|[driveItem](driveitem.md)|Metadata for the location where the channel's files are stored.|\n|[members](../api/channel-list-members.md)|[conversationMember](conversationmember.md) collection|The members.|\n|[List messages](../api/channel-list-messages.md)|[chatMessage](chatmessage.md) collection|Pasted from the methods table.|\n|[delta](../api/channel-delta.md)|[channel](channel.md) collection|Pasted too.|\n";
    let channel = type_page("channel", "", rows);
    let drive_item = type_page("driveItem", "", "|name|String|The name.|\n");
    let json = contract(&[("resources/channel.md", &channel), ("resources/driveitem.md", &drive_item)]);
    assert_eq!(property_names(&json, "channel"), ["@odata.type", "filesFolder", "id", "members"]);
}

#[test]
fn request_tables_of_one_type_keep_every_read_only_mark() {
    // beta's mobileAppCategory, no resource page: the create table comes first, the update
    // table says "This property is read-only." of `id` and `lastModifiedDateTime`.
    let page = |verb: &str, method: &str, path: &str, id_desc: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {verb} mobileAppCategory\n\n## HTTP request\n```http\n{method} {path}\n```\n\n## Request body\nIn the request body, supply a JSON representation for the mobileAppCategory object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The key.{id_desc}|\n|displayName|String|The name.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [mobileAppCategory](../resources/intune-apps-mobileappcategory.md) object in the response body.\n"
        )
    };
    let create = page("Create", "POST", "/deviceAppManagement/mobileAppCategories", "");
    let update = page(
        "Update",
        "PATCH",
        "/deviceAppManagement/mobileAppCategories/{mobileAppCategoryId}",
        " This property is read-only.",
    );
    let json = contract(&[
        ("api/intune-apps-mobileappcategory-create.md", &create),
        ("api/intune-apps-mobileappcategory-update.md", &update),
    ]);
    let props = &json["components"]["schemas"]["mobileAppCategory"]["properties"];
    assert_eq!(props["id"]["readOnly"], true, "{props}");
    assert!(props["displayName"].get("readOnly").is_none());
}

#[test]
fn reads_and_writes_of_an_open_property_take_its_type() {
    // v1.0's fileStorageContainer: `customProperties` is a dictionary of custom property values;
    // the update page's table lists a value's members, the list page's prose a collection of values.
    let container = type_page(
        "fileStorageContainer",
        "",
        "|id|String|The id.|\n|customProperties|[fileStorageContainerCustomPropertyDictionary](filestoragecontainercustompropertydictionary.md)|Custom properties.|\n",
    );
    let dictionary = "---\ndoc_type: resourcePageType\n---\n# fileStorageContainerCustomPropertyDictionary resource type\n\nRepresents a [dictionary](https://github.com/microsoft/api-guidelines/blob/vNext/graph/patterns/dictionary.md) of custom properties.\n\nEach custom property consists of keys and [fileStorageContainerCustomPropertyValue](filestoragecontainercustompropertyvalue.md) values.\n\n## Properties\nNone.\n";
    let value = type_page("fileStorageContainerCustomPropertyValue", "", "|value|String|The value.|\n");
    let get = read_page(
        "Get fileStorageContainer",
        "GET /storage/fileStorage/containers/{containerId}",
        "a [fileStorageContainer](../resources/filestoragecontainer.md) object",
    );
    let list = read_page(
        "List customProperties",
        "GET /storage/fileStorage/containers/{fileStorageContainerId}/customProperties\nGET /storage/fileStorage/containers/{fileStorageContainerId}/customProperties/{propertyName}",
        "a collection of [fileStorageContainerCustomPropertyValue](../resources/filestoragecontainercustompropertyvalue.md) objects",
    );
    let update = "---\ndoc_type: apiPageType\n---\n# Update customProperties\n\n## HTTP request\n```http\nPATCH /storage/fileStorage/containers/{fileStorageContainerId}/customProperties\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|value|String|The value of the custom property.|\n\n## Response\nIf successful, this action returns a `200 OK` response code.\n";
    let json = contract(&[
        ("api/filestoragecontainer-get.md", &get),
        ("api/filestoragecontainer-list-customproperty.md", &list),
        ("api/filestoragecontainer-update-customproperty.md", update),
        ("resources/filestoragecontainer.md", &container),
        ("resources/filestoragecontainercustompropertydictionary.md", dictionary),
        ("resources/filestoragecontainercustompropertyvalue.md", &value),
    ]);
    let paths = &json["paths"];
    let schema = |v: &serde_json::Value| v["content"]["application/json"]["schema"]["$ref"].clone();
    let dict = "#/components/schemas/fileStorageContainerCustomPropertyDictionary";
    // The parent's read names its key otherwise.
    let props = "/storage/fileStorage/containers/{fileStorageContainerId}/customProperties";
    assert_eq!(schema(&paths[props]["get"]["responses"]["200"]), dict, "{}", paths[props]);
    assert_eq!(schema(&paths[props]["patch"]["requestBody"]), dict);
    assert_eq!(
        schema(&paths[format!("{props}/{{propertyName}}")]["get"]["responses"]["200"]),
        "#/components/schemas/fileStorageContainerCustomPropertyValue",
        "one entry"
    );
}

#[test]
fn tables_that_name_their_requests_answer_those_requests() {
    let table = |scope: &str| {
        format!(
            "|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|{scope}|Not available.|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|{scope}|Not available.|\n"
        )
    };
    // The admin's request lines come after its table.
    let admin = "Permissions to delete an **assignment** for an admin:\n\n<!-- { \"blockType\": \"permissions\", \"name\": \"a_admin\" } -->\n[!INCLUDE [permissions-table](../includes/permissions/assignment-delete-permissions.md)]\n\n<!-- { \"blockType\": \"ignored\"} -->\n``` http\nDELETE /admin/cloudLicensing/assignments/{assignmentId}\n```\n\n";
    // The user table's annotation names the group's request: the lines written above it win.
    let user = format!(
        "Permissions to delete an **assignment** for a user:\n\n<!-- {{ \"blockType\": \"ignored\"}} -->\n``` http\nDELETE /me/cloudLicensing/assignments/{{assignmentId}}\nDELETE /users/{{userId}}/cloudLicensing/assignments/{{assignmentId}}\n```\n\n<!-- {{ \"blockType\": \"permissions\", \"name\": \"a_user\", \"requestUrls\": [\"DELETE /groups/{{id}}/cloudLicensing/assignments/{{id}}\"] }} -->\n{}\n",
        table("User-CloudLicensing.AssignLicenses")
    );
    // The group's table names its request only in its annotation.
    let group = format!(
        "Permissions to delete an **assignment** for a group:\n\n<!-- {{ \"blockType\": \"permissions\", \"name\": \"a_group\", \"requestUrls\": [\"DELETE /groups/{{id}}/cloudLicensing/assignments/{{id}}\"] }} -->\n{}\n",
        table("Group-CloudLicensing.AssignLicenses")
    );
    let page = format!(
        "---\ndoc_type: apiPageType\n---\n# Delete assignment\n\n## Permissions\n\nChoose the permission marked as least privileged.\n\n{admin}{user}{group}## HTTP request\n\n```http\nDELETE /admin/cloudLicensing/assignments/{{assignmentId}}\nDELETE /me/cloudLicensing/assignments/{{assignmentId}}\nDELETE /users/{{userId}}/cloudLicensing/assignments/{{assignmentId}}\nDELETE /groups/{{groupId}}/cloudLicensing/assignments/{{assignmentId}}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
    );
    let include = format!("---\nms.topic: include\n---\n\n{}", table("CloudLicensing.ReadWrite"));
    let scopes = |files: Vec<SourceFile>| {
        let c = convert(files);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let of = |path: &str| json["paths"][path]["delete"]["security"].to_string();
        let codes: Vec<&str> = c.diagnostics.iter().map(|d| d.code).collect();
        (
            [
                of("/admin/cloudLicensing/assignments/{assignmentId}"),
                of("/me/cloudLicensing/assignments/{assignmentId}"),
                of("/users/{userId}/cloudLicensing/assignments/{assignmentId}"),
                of("/groups/{groupId}/cloudLicensing/assignments/{assignmentId}"),
            ],
            format!("{codes:?}"),
        )
    };
    let ([admin, me, user, group], _) = scopes(vec![
        SourceFile::new("docs/beta/api/assignment-delete.md", page.as_str()),
        SourceFile::new("docs/beta/includes/permissions/assignment-delete-permissions.md", include.as_str()),
    ]);
    assert!(admin.contains("\"CloudLicensing.ReadWrite\"") && !admin.contains("User-"), "{admin}");
    for user in [&me, &user] {
        assert!(user.contains("User-CloudLicensing.AssignLicenses") && !user.contains("Group-"), "{user}");
        assert!(!user.contains("\"CloudLicensing.ReadWrite\""), "{user}");
    }
    assert!(group.contains("Group-CloudLicensing.AssignLicenses") && !group.contains("User-"), "{group}");
    // Without the admin's table: its request gets no scopes, not the others', and a warning.
    let ([admin, _, user, _], codes) =
        scopes(vec![SourceFile::new("docs/beta/api/assignment-delete.md", page.as_str())]);
    assert_eq!(admin, "null");
    assert!(user.contains("User-CloudLicensing.AssignLicenses"), "{user}");
    assert!(codes.contains("missing-include"), "{codes}");
}

#[test]
fn options_a_merged_page_names_are_the_operation_s() {
    let page = |title: &str, options: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nGET /education/reports/reflectCheckInResponses\n```\n\n## Optional query parameters\nThis method supports {options} to help customize the response.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [reflectCheckInResponse](../resources/reflectcheckinresponse.md) objects in the response body.\n"
        )
    };
    let generic = "some of the OData query parameters";
    let options = |first: &str, later: &str| {
        let c = convert(vec![
            SourceFile::new("api/reflectcheckinresponse-get.md", page("Get reflectCheckInResponse", first)),
            SourceFile::new(
                "api/reportsroot-list-reflectcheckinresponses.md",
                page("List reflectCheckInResponses", later),
            ),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let params = json["paths"]["/education/reports/reflectCheckInResponses"]["get"]["parameters"].clone();
        params.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()).collect::<Vec<_>>()
    };
    // Both pages name theirs: the operation takes both lists.
    let both = options(
        "the `$top`, `$filter`, `$orderby`, and `$select` OData query parameters",
        "the `$top`, `$filter`, `$count`, `$skiptoken` and `$select` OData query parameters",
    );
    for o in ["$top", "$filter", "$orderby", "$select", "$count"] {
        assert!(both.contains(&o.to_string()), "{o} in {both:?}");
    }
    // A page naming its options over a generic sentence: those only.
    let named = options(generic, "the `$top` and `$select` OData query parameters");
    assert!(named.contains(&"$top".to_string()) && named.contains(&"$select".to_string()), "{named:?}");
    assert!(!named.contains(&"$orderby".to_string()), "{named:?}");
    // A generic sentence on the later page does not widen a named list.
    let kept = options("the `$top` and `$select` OData query parameters", generic);
    assert!(!kept.contains(&"$orderby".to_string()), "{kept:?}");
}

#[test]
fn a_merged_operation_without_scopes_takes_the_other_page_s() {
    let page = |title: &str, permissions: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## Permissions\n{permissions}\n\n## HTTP request\n```http\nPATCH /users/{{id}}/authentication/qrCodePinMethod/standardQRCode\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [qrCode](../resources/qrcode.md) object in the response body.\n"
        )
    };
    let table = "|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|UserAuthenticationMethod.ReadWrite.All|Not available.|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|UserAuthenticationMethod.ReadWrite.All|Not available.|\n";
    let missing = "[!INCLUDE [permissions-table](../includes/permissions/qrcode-create-permissions.md)]";
    for (with, without) in
        [("api/qrcode-update.md", "api/qrcode-create.md"), ("api/qrcode-create.md", "api/qrcode-update.md")]
    {
        let c = convert(vec![
            SourceFile::new(with, page("Update qrCode", table)),
            SourceFile::new(without, page("Create qrCode", missing)),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let security =
            json["paths"]["/users/{id}/authentication/qrCodePinMethod/standardQRCode"]["patch"]["security"].to_string();
        assert!(security.contains("UserAuthenticationMethod.ReadWrite.All"), "{with}: {security}");
    }
}

#[test]
fn a_link_naming_its_own_page_s_type_means_the_linked_page_s() {
    let outer = "---\ndoc_type: resourcePageType\n---\n# webauthnCredentialCreationOptions resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|challengeTimeoutDateTime|DateTimeOffset|When the challenge expires.|\n|publicKey|[webauthnCredentialCreationOptions](webauthnpublickeycredentialcreationOptions.md)|The options.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.webauthnCredentialCreationOptions\" } -->\n```json\n{\"challengeTimeoutDateTime\": \"String (timestamp)\", \"publicKey\": {\"@odata.type\": \"microsoft.graph.webauthnPublicKeyCredentialCreationOptions\"}}\n```\n";
    let inner = "---\ndoc_type: resourcePageType\n---\n# webauthnPublicKeyCredentialCreationOptions resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|challenge|String|The challenge.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.webauthnPublicKeyCredentialCreationOptions\" } -->\n```json\n{\"challenge\": \"String\"}\n```\n";
    let c = convert(vec![
        SourceFile::new("resources/webauthncredentialcreationoptions.md", outer),
        SourceFile::new("resources/webauthnpublickeycredentialcreationoptions.md", inner),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let public_key =
        json["components"]["schemas"]["webauthnCredentialCreationOptions"]["properties"]["publicKey"].to_string();
    assert!(public_key.contains("webauthnPublicKeyCredentialCreationOptions"), "{public_key}");
}

#[test]
fn a_table_per_scenario_answers_the_lines_its_scenario_introduces() {
    let table = |scope: &str| {
        format!(
            "| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n| Delegated (work or school account) | {scope} |\n| Delegated (personal Microsoft account) | Not supported. |\n| Application | Not supported. |\n"
        )
    };
    let page = format!(
        "---\ndoc_type: apiPageType\n---\n# Get approvalStep\n\n## Permissions\nThe following tables show the least privileged permissions.\n\n### Permissions required for calling this API for entitlement management\n{}\n### For PIM for Microsoft Entra roles\n[!INCLUDE [permissions-table](../includes/permissions/approvalstep-get-2-permissions.md)]\n\n### Permissions required for calling this API for PIM for groups\n{}\n## HTTP request\nTo get an approval step in entitlement management:\n```http\nGET /identityGovernance/entitlementManagement/accessPackageAssignmentApprovals/{{id}}/steps/{{id}}\n```\nTo get an approval step in PIM for Microsoft Entra roles:\n```http\nGET /roleManagement/directory/roleAssignmentApprovals/{{id}}/steps/{{id}}\n```\nTo get an approval step in PIM for groups:\n```http\nGET /identityGovernance/privilegedAccess/group/assignmentApprovals/{{id}}/steps/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and the [approvalStep](../resources/approvalstep.md) object in the response body.\n",
        table("EntitlementManagement.Read.All"),
        table("PrivilegedAssignmentSchedule.Read.AzureADGroup")
    );
    let c = convert(vec![SourceFile::new("docs/beta/api/approvalstep-get.md", page.as_str())]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let security = |prefix: &str| {
        let paths = json["paths"].as_object().unwrap();
        let (_, item) = paths.iter().find(|(p, _)| p.starts_with(prefix)).expect(prefix);
        item["get"]["security"].to_string()
    };
    let em = security("/identityGovernance/entitlementManagement/");
    assert!(em.contains("EntitlementManagement.Read.All") && !em.contains("AzureADGroup"), "{em}");
    let groups = security("/identityGovernance/privilegedAccess/");
    assert!(groups.contains("AzureADGroup") && !groups.contains("EntitlementManagement"), "{groups}");
    // The roles' table is not among the inputs: no scopes, not the others'.
    assert_eq!(security("/roleManagement/"), "null");
}

// Shapes a second independent reading found.

#[test]
fn a_page_about_something_else_does_not_replace_the_operation_s_options() {
    // message-get.md says "supports the OData query parameters"; an open-extension page shows
    // `GET /me/messages/{id}?$expand=extensions($filter=…)` and names the `$expand` and
    // `$filter` it uses for that.
    let get = "---\ndoc_type: apiPageType\n---\n# Get message\n\n## HTTP request\n```http\nGET /me/messages/{id}\n```\n\n## Optional query parameters\nThis method supports the [OData query parameters](/graph/query-parameters) to help customize the response.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [message](../resources/message.md) object in the response body.\n";
    let extension = "---\ndoc_type: apiPageType\n---\n# Get open extension\n\n## HTTP request\n```http\nGET /me/messages/{id}?$expand=extensions($filter=id eq '{extensionId}')\n```\n\n## Optional query parameters\nThis method supports the `$expand` and `$filter` OData query parameters to help customize the response.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [message](../resources/message.md) object in the response body.\n";
    let json = contract(&[
        ("api/message-get.md", get),
        ("api/opentypeextension-get.md", extension),
        ("resources/message.md", &type_page("message", "", "|id|String|The id.|\n|subject|String|The subject.|\n")),
    ]);
    let names: Vec<String> = json["paths"]["/me/messages/{id}"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["id", "$select", "$expand"], "the Get page's options");
}

#[test]
fn a_value_shown_as_a_string_elsewhere_stays_one_value() {
    // `|label|String|`, one response example showing `"label": ["a", "b"]`; the same member
    // shown as one string in places the walk does not count: the page's second example, an
    // update page's example sent under its own body table. (The JSON representation's
    // `"label": "String (identifier)"` is not counted either.)
    let resource = |representation: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|label|String|The label.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.thing\" }} -->\n```json\n{representation}\n```\n"
        )
    };
    let example = |i: u32, url: &str, body: &str| {
        format!(
            "### Example {i}\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_thing_{i}\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/things/{url}\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.thing\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n\n"
        )
    };
    let get = |examples: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get thing\n\n## HTTP request\n```http\nGET /things/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.\n\n## Examples\n{examples}"
        )
    };
    let update = "---\ndoc_type: apiPageType\n---\n# Update thing\n\n## HTTP request\n```http\nPATCH /things/{id}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|label|String|The label.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"update_thing\" } -->\n```http\nPATCH https://graph.microsoft.com/v1.0/things/1\nContent-type: application/json\n\n{\"label\": \"d\"}\n```\n";
    let array = example(1, "1", r#"{"id": "1", "label": ["a", "b"]}"#);
    let label_type = |pages: Vec<(&str, String)>| {
        let c = convert(pages.into_iter().map(|(n, t)| SourceFile::new(n, t)).collect());
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["components"]["schemas"]["thing"]["properties"]["label"]["type"].as_str().unwrap_or_default().to_string()
    };
    let plain = r#"{"id": "String", "label": "String (identifier)"}"#;
    let mut read = Vec::new();
    // The get page's second example.
    read.push(label_type(vec![
        ("api/thing-get.md", get(&format!("{array}{}", example(2, "2?$select=label", r#"{"id": "2", "label": "c"}"#)))),
        ("resources/thing.md", resource(plain)),
    ]));
    // An update page's example, sent under the update page's own table.
    read.push(label_type(vec![
        ("api/thing-get.md", get(&array)),
        ("api/thing-update.md", update.to_string()),
        ("resources/thing.md", resource(plain)),
    ]));
    assert_eq!(read, ["string", "string"], "a collection each time");
}

// Shapes a third independent reading found.

#[test]
fn one_list_example_s_two_items_are_not_two_examples() {
    // `members_shown_as_lists` wants two array sightings for a value (`String`) so that "one
    // example's array" (a slip) does not turn the member into a list. The walk counts sightings
    // per item, so one List example whose two items repeat the slip is two sightings; so are a Get
    // example and a List example copied from it. The JSON representation says `"String"`, the
    // update page sends a string.
    let resource = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|label|String|The label.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.thing\" } -->\n```json\n{\"id\": \"String (identifier)\", \"label\": \"String\"}\n```\n";
    let list = |items: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List things\n\n## HTTP request\n```http\nGET /things\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [thing](../resources/thing.md) objects in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"list_things\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/things\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.thing\", \"isCollection\": true }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": [{items}]}}\n```\n"
        )
    };
    let update = "---\ndoc_type: apiPageType\n---\n# Update thing\n\n## HTTP request\n```http\nPATCH /things/{id}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|label|String|The label.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"update_thing\" } -->\n```http\nPATCH https://graph.microsoft.com/v1.0/things/1\nContent-type: application/json\n\n{\"label\": \"d\"}\n```\n";
    let label_type = |items: &str| {
        let json = contract(&[
            ("api/thing-list.md", &list(items)),
            ("api/thing-update.md", update),
            ("resources/thing.md", resource),
        ]);
        json["components"]["schemas"]["thing"]["properties"]["label"]["type"].as_str().unwrap_or_default().to_string()
    };
    // One item: a slip, the member stays a string (the rule as meant).
    assert_eq!(label_type(r#"{"id": "1", "label": ["a", "b"]}"#), "string");
    // The same example with a second item copied from the first: a list.
    assert_eq!(
        label_type(r#"{"id": "1", "label": ["a", "b"]}, {"id": "2", "label": ["c"]}"#),
        "string",
        "one example, two items"
    );
}

/// A create table's write-only parameter (`password`, not the entity's) is no member of the
/// entity: responses never carry it, and "Required." in the create table says nothing of them.
#[test]
fn a_create_table_s_write_only_parameter_is_not_the_entity_s() {
    let user = type_page(
        "user",
        "",
        "|id|String|The id.|\n|displayName|String|The name.|\n|mailNickname|String|The alias.|\n",
    );
    let create = "---\ndoc_type: apiPageType\n---\n# Create user\n\n## HTTP request\n```http\nPOST /users\n```\n\n## Request body\nIn the request body, supply a JSON representation of [user](../resources/user.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name to display. Required.|\n|mailNickname|String|The mail alias. Required.|\n|password|String|The user's initial password. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [user](../resources/user.md) object in the response body.\n";
    let json = contract(&[("resources/user.md", &user), ("api/user-post-users.md", create)]);
    let schema = &json["components"]["schemas"]["user"];
    let required = schema["required"].as_array().cloned().unwrap_or_default();
    assert!(!required.iter().any(|r| r == "password"), "responses do not carry it: {schema}");
    assert!(schema["properties"].get("password").is_none(), "not the entity's: {schema}");
}

/// A table on an action's page that links the entity in passing, one row of two the entity's
/// (`displayName`): the action's parameters, not the entity's members.
#[test]
fn an_action_s_parameters_beside_a_linked_entity_are_not_its_members() {
    let sp = type_page("servicePrincipal", "", "|id|String|The id.|\n|displayName|String|The name.|\n");
    let action = "---\ndoc_type: apiPageType\n---\n# servicePrincipal: addTokenSigningCertificate\n\n## HTTP request\n```http\nPOST /servicePrincipals/{id}/addTokenSigningCertificate\n```\n\n## Request body\nIn the request body, provide a JSON object with the following properties for the [servicePrincipal](../resources/serviceprincipal.md).\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Friendly name for the certificate. Required.|\n|endDateTime|DateTimeOffset|When the certificate expires.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let json = contract(&[
        ("resources/serviceprincipal.md", &sp),
        ("api/serviceprincipal-addtokensigningcertificate.md", action),
    ]);
    let names = property_names(&json, "servicePrincipal");
    assert!(!names.contains(&"endDateTime".to_string()), "{names:?}");
}

/// An update table of a derived kind that links its base (`[identityProviderBase]`): the
/// derived kind's rows are not the base's members.
#[test]
fn a_derived_kind_s_rows_beside_a_link_to_the_base_stay_the_derived_kind_s() {
    let base = type_page("identityProviderBase", "", "|id|String|The id.|\n|displayName|String|The name.|\n");
    let apple = type_page(
        "appleManagedIdentityProvider",
        "identityProviderBase",
        "|developerId|String|The developer.|\n|serviceId|String|The service.|\n|keyId|String|The key.|\n|certificateData|String|The certificate.|\n",
    );
    let update = "---\ndoc_type: apiPageType\n---\n# Update identityProvider\n\n## HTTP request\n```http\nPATCH /identity/identityProviders/{id}\n```\n\n## Request body\nIn the request body, provide a JSON object with one or more properties of the [identityProviderBase](../resources/identityproviderbase.md) to update.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The display name.|\n|id|String|The id.|\n|developerId|String|The Apple developer identifier.|\n|serviceId|String|The Apple service identifier.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let json = contract(&[
        ("resources/identityproviderbase.md", &base),
        ("resources/applemanagedidentityprovider.md", &apple),
        ("api/identityproviderbase-update.md", update),
    ]);
    let names = property_names(&json, "identityProviderBase");
    assert_eq!(names, ["@odata.type", "displayName", "id"], "the base gains the Apple kind's members");
}

/// A create table listing the entity's properties, one of them a relationship to more of its
/// own kind (`inheritsPermissionsFrom`): the body is still the entity, all its rows, also where
/// the request prose mentions that row (not as the collection holding the body).
#[test]
fn a_self_referencing_row_does_not_make_the_body_that_row_alone() {
    let def = type_page(
        "unifiedRoleDefinition",
        "",
        "|id|String|The id.|\n|displayName|String|The name.|\n|isEnabled|Boolean|Enabled.|\n|inheritsPermissionsFrom|[unifiedRoleDefinition](unifiedroledefinition.md) collection|Inherited roles.|\n",
    );
    for note in ["", "You can't set **inheritsPermissionsFrom** when you create a custom role definition.\n\n"] {
        let create = format!(
            "---\ndoc_type: apiPageType\n---\n# Create unifiedRoleDefinition\n\n## HTTP request\n```http\nPOST /roleManagement/directory/roleDefinitions\n```\n\n## Request body\nIn the request body, supply a JSON representation of [unifiedRoleDefinition](../resources/unifiedroledefinition.md) object.\n\n{note}|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The display name. Required.|\n|isEnabled|Boolean|Whether it is enabled. Required.|\n|inheritsPermissionsFrom|[unifiedRoleDefinition](../resources/unifiedroledefinition.md) collection|Read-only collection of role definitions that the given role definition inherits from.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a new [unifiedRoleDefinition](../resources/unifiedroledefinition.md) object in the response body.\n\n## Example\n### Request\n<!-- {{\n  \"blockType\": \"request\",\n  \"name\": \"create_unifiedroledefinition\"\n}} -->\n```http\nPOST https://graph.microsoft.com/v1.0/roleManagement/directory/roleDefinitions\nContent-type: application/json\n\n{{\"displayName\": \"Application Support Administrator\", \"isEnabled\": true}}\n```\n"
        );
        let json = contract(&[
            ("resources/unifiedroledefinition.md", &def),
            ("api/rbacapplication-post-roledefinitions.md", &create),
        ]);
        let sent = &json["paths"]["/roleManagement/directory/roleDefinitions"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"];
        // The entity, with the rows marked "Required." required.
        assert_eq!(ref_of(sent), "#/components/schemas/unifiedRoleDefinition", "{note:?}: {sent}");
        assert_eq!(sent["allOf"][1]["required"], serde_json::json!(["displayName", "isEnabled"]), "{note:?}");
    }
}

/// v1.0's "Create authenticationEventListener": the base type linked, the table's `handler` row
/// a member of each derived listener (typed per kind), not of the base.
#[test]
fn a_derived_member_in_a_create_table_beside_the_base_s_link_stays_the_derived_kinds() {
    let base = type_page(
        "authenticationEventListener",
        "",
        "|id|String|The id.|\n|conditions|[authenticationConditions](authenticationconditions.md)|When.|\n|displayName|String|The name.|\n",
    );
    let conditions = type_page("authenticationConditions", "", "|applications|String|Apps.|\n");
    let token = type_page(
        "onTokenIssuanceStartListener",
        "authenticationEventListener",
        "|handler|[onTokenIssuanceStartHandler](ontokenissuancestarthandler.md)|The handler.|\n",
    );
    let fraud = type_page(
        "onFraudProtectionLoadStartListener",
        "authenticationEventListener",
        "|handler|[onFraudProtectionLoadStartHandler](onfraudprotectionloadstarthandler.md)|The handler.|\n",
    );
    let h1 = type_page("onTokenIssuanceStartHandler", "", "|configuration|String|C.|\n");
    let h2 = type_page("onFraudProtectionLoadStartHandler", "", "|signUp|String|S.|\n");
    let create = "---\ndoc_type: apiPageType\n---\n# Create authenticationEventListener\n\n## HTTP request\n```http\nPOST /identity/authenticationEventListeners\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [authenticationEventListener](../resources/authenticationeventlistener.md) object.\n\nYou can specify the following properties when creating an **authenticationEventListener**.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|conditions|[authenticationConditions](../resources/authenticationconditions.md)|The conditions. Optional.|\n|displayName|String|The display name. Optional.|\n|handler|[onTokenIssuanceStartHandler](../resources/ontokenissuancestarthandler.md) or [onFraudProtectionLoadStartHandler](../resources/onfraudprotectionloadstarthandler.md)|The handler to invoke when conditions are met.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [authenticationEventListener](../resources/authenticationeventlistener.md) object in the response body.\n";
    let json = contract(&[
        ("resources/authenticationeventlistener.md", &base),
        ("resources/authenticationconditions.md", &conditions),
        ("resources/ontokenissuancestartlistener.md", &token),
        ("resources/onfraudprotectionloadstartlistener.md", &fraud),
        ("resources/ontokenissuancestarthandler.md", &h1),
        ("resources/onfraudprotectionloadstarthandler.md", &h2),
        ("api/identitycontainer-post-authenticationeventlisteners.md", create),
    ]);
    let names = property_names(&json, "authenticationEventListener");
    assert!(
        !names.contains(&"handler".to_string()),
        "the base gains `handler` ({}), which the fraud listener's handler contradicts",
        json["components"]["schemas"]["authenticationEventListener"]["properties"]["handler"]
    );
}

/// The authenticationEventListener shape again, now with the example the real list page carries:
/// base-typed items whose `@odata.type` names the derived listener, showing its `handler`.
/// `derived` is the derived listener's page, if the set holds one.
fn listener_contract(derived: Option<&str>) -> serde_json::Value {
    let base = type_page(
        "authenticationEventListener",
        "",
        "|id|String|The id.|\n|conditions|[authenticationConditions](authenticationconditions.md)|When.|\n|displayName|String|The name.|\n",
    );
    let conditions = type_page("authenticationConditions", "", "|applications|String|Apps.|\n");
    let h1 = type_page("onTokenIssuanceStartHandler", "", "|configuration|String|C.|\n");
    let create = "---\ndoc_type: apiPageType\n---\n# Create authenticationEventListener\n\n## HTTP request\n```http\nPOST /identity/authenticationEventListeners\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [authenticationEventListener](../resources/authenticationeventlistener.md) object.\n\nYou must specify the **@odata.type** property and the value of the authenticationEventListener object type to create, for example `#microsoft.graph.onTokenIssuanceStartListener`.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|conditions|[authenticationConditions](../resources/authenticationconditions.md)|The conditions. Optional.|\n|displayName|String|The display name. Optional.|\n|handler|[onTokenIssuanceStartHandler](../resources/ontokenissuancestarthandler.md)|The handler to invoke when conditions are met.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [authenticationEventListener](../resources/authenticationeventlistener.md) object in the response body.\n";
    let list = "---\ndoc_type: apiPageType\n---\n# List authenticationEventListeners\n\n## HTTP request\n```http\nGET /identity/authenticationEventListeners\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [authenticationEventListener](../resources/authenticationeventlistener.md) objects in the response body.\n\n## Example\n### Request\n```http\nGET https://graph.microsoft.com/v1.0/identity/authenticationEventListeners\n```\n### Response\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.authenticationEventListener\",\n  \"isCollection\": true\n} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [{\"@odata.type\": \"#microsoft.graph.onTokenIssuanceStartListener\", \"id\": \"1\", \"displayName\": \"x\", \"conditions\": {\"applications\": \"a\"}, \"handler\": {\"@odata.type\": \"#microsoft.graph.onTokenIssuanceStartCustomExtensionHandler\", \"configuration\": \"c\"}}]}\n```\n";
    let mut pages: Vec<(&str, &str)> = vec![
        ("resources/authenticationeventlistener.md", &base),
        ("resources/authenticationconditions.md", &conditions),
        ("resources/ontokenissuancestarthandler.md", &h1),
        ("api/identitycontainer-post-authenticationeventlisteners.md", create),
        ("api/identitycontainer-list-authenticationeventlisteners.md", list),
    ];
    if let Some(d) = derived {
        pages.push(("resources/ontokenissuancestartlistener.md", d));
    }
    contract(&pages)
}

/// No page of the derived listener in the set: the example's `@odata.type` says `handler` is
/// that kind's, not the base's.
#[test]
fn a_derived_kind_s_member_in_a_base_typed_list_is_not_the_base_s_without_its_page() {
    let json = listener_contract(None);
    let names = property_names(&json, "authenticationEventListener");
    assert!(
        !names.contains(&"handler".to_string()),
        "the base gains `handler` ({})",
        json["components"]["schemas"]["authenticationEventListener"]["properties"]["handler"]
    );
}

/// The derived listener's page is in the set but older than the api pages (no `handler` row
/// yet): still the derived kind's member, not the base's.
#[test]
fn a_derived_kind_s_member_in_a_base_typed_list_is_not_the_base_s_beside_an_older_page() {
    let token = type_page("onTokenIssuanceStartListener", "authenticationEventListener", "|extra|String|E.|\n");
    let json = listener_contract(Some(&token));
    let names = property_names(&json, "authenticationEventListener");
    assert!(!names.contains(&"handler".to_string()), "the base gains `handler`: {names:?}");
}

/// Control: with the derived page listing `handler` (the full docs), the base keeps its own.
#[test]
fn a_derived_page_listing_the_member_keeps_it_off_the_base() {
    let token = type_page(
        "onTokenIssuanceStartListener",
        "authenticationEventListener",
        "|handler|[onTokenIssuanceStartHandler](ontokenissuancestarthandler.md)|The handler.|\n",
    );
    let json = listener_contract(Some(&token));
    let names = property_names(&json, "authenticationEventListener");
    assert!(!names.contains(&"handler".to_string()), "{names:?}");
}

/// A create table with a relationship to more of the entity's own kind, the Request body prose
/// naming that relationship in passing (it can't be set on create): still the entity's body.
/// Controls for the table-members rule: an update table linking `settings` with a member
/// `extra` its page lacks; which examples show it decides.
fn settings_members(get_example: Option<(&str, &str)>, update_example: Option<(&str, &str)>) -> Vec<String> {
    let resource = type_page("settings", "", "|id|String|The id.|\n|bindStatus|String|The status.|\n");
    let derived = type_page("bigSettings", "settings", "|size|Int32|The size.|\n");
    let example = |method: &str, path: &str, ty: &str, request: &str, status: &str, response: &str| {
        format!(
            "\n## Example\n### Request\n```http\n{method} https://graph.microsoft.com/beta{path}\nContent-type: application/json\n\n{request}\n```\n### Response\n<!-- {{\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{ty}\"}} -->\n```http\nHTTP/1.1 {status}\nContent-type: application/json\n\n{response}\n```\n"
        )
    };
    let mut update = "---\ndoc_type: apiPageType\n---\n# Update settings\n\n## HTTP request\n```http\nPATCH /deviceManagement/settings\n```\n\n## Request body\nIn the request body, supply a JSON representation for the [settings](../resources/settings.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|bindStatus|String|The status.|\n|extra|String|Extra.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [settings](../resources/settings.md) object in the response body.\n".to_string();
    if let Some((request, response)) = update_example {
        update += &example(
            "PATCH",
            "/deviceManagement/settings",
            "settings",
            request,
            if response.is_empty() { "204 No Content" } else { "200 OK" },
            response,
        );
    }
    let mut get = "---\ndoc_type: apiPageType\n---\n# Get settings\n\n## HTTP request\n```http\nGET /deviceManagement/settings\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [settings](../resources/settings.md) object in the response body.\n".to_string();
    if let Some((ty, response)) = get_example {
        get += &example("GET", "/deviceManagement/settings", ty, "", "200 OK", response);
    }
    let json = contract(&[
        ("resources/settings.md", &resource),
        ("resources/bigsettings.md", &derived),
        ("api/settings-update.md", &update),
        ("api/settings-get.md", &get),
    ]);
    property_names(&json, "settings")
}

#[test]
fn the_table_members_rule_still_adds_what_a_base_typed_example_shows() {
    // Shown only in the request example (204): not added.
    let names = settings_members(None, Some((r#"{"id": "1", "extra": "x"}"#, "")));
    assert!(!names.contains(&"extra".to_string()), "request only: {names:?}");
    // A get example of the type itself shows it: added (the rule's purpose).
    let names = settings_members(Some(("settings", r#"{"id": "1", "extra": "x"}"#)), None);
    assert!(names.contains(&"extra".to_string()), "shown: {names:?}");
    // The PATCH page echoing its own body (a hand-written echo): added on the echo alone.
    let names = settings_members(None, Some((r#"{"id": "1", "extra": "x"}"#, r#"{"id": "1", "extra": "x"}"#)));
    assert!(names.contains(&"extra".to_string()), "echo: {names:?}");
}

/// A get page stating the base, its example annotated (and marked in the body) as the derived
/// kind, shows a member neither page lists: the example says it is the derived kind's object, so
/// the table linking the base does not make it the base's.
#[test]
fn a_member_an_example_of_the_derived_kind_shows_is_not_the_base_s() {
    let names = settings_members(
        Some((
            "bigSettings",
            r##"{"@odata.type": "#microsoft.graph.bigSettings", "id": "1", "size": 2, "extra": "x"}"##,
        )),
        None,
    );
    assert!(!names.contains(&"extra".to_string()), "derived-typed example: {names:?}");
}

/// One page for the rules of three policies, stating their base for all of them, each line
/// with an example of its own kind.
fn rules_page(method: &str, status: &str) -> String {
    let example = |policies: &str, rules: &str, kind: &str| {
        format!(
            "### Example\n<!-- {{\"blockType\": \"request\", \"name\": \"{rules}\"}} -->\n```http\n{method} https://graph.microsoft.com/v1.0/solutions/backupRestore/{policies}/1/{rules}/2\n```\n\n<!-- {{\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{kind}\"}} -->\n```http\nHTTP/1.1 {status}\nContent-Type: application/json\n\n{{\"@odata.type\": \"#microsoft.graph.{kind}\", \"id\": \"2\", \"{kind}Expression\": \"x\"}}\n```\n\n"
        )
    };
    format!(
        "---\ndoc_type: apiPageType\n---\n# Get protectionRuleBase\n\n## HTTP request\n```http\n{method} /solutions/backupRestore/sitePolicies/{{sitePolicyId}}/siteInclusionRules/{{siteRuleId}}\n{method} /solutions/backupRestore/drivePolicies/{{drivePolicyId}}/driveInclusionRules/{{driveRuleId}}\n{method} /solutions/backupRestore/mailboxPolicies/{{mailboxPolicyId}}/mailboxInclusionRules/{{mailboxRuleId}}\n```\n\n## Response\nIf successful, this method returns a `{status}` response code and a [protectionRuleBase](../resources/protectionrulebase.md) object in the response body.\n\n## Examples\n\n{}{}{}",
        example("sitePolicies", "siteInclusionRules", "siteRule"),
        example("drivePolicies", "driveInclusionRules", "driveRule"),
        example("mailboxPolicies", "mailboxInclusionRules", "mailboxRule"),
    )
}

#[test]
fn a_line_reading_a_navigation_declared_with_a_derived_type_answers_that_type() {
    // Microsoft 365 Backup's "Get protectionRuleBase": one page for the site, drive and mailbox
    // rules, its prose stating the base, each example its line's kind; each policy's table
    // declares its rules with their own kind.
    let base = type_page("protectionRuleBase", "entity", "|status|String|The status.|\n");
    let mut pages = vec![
        ("api/protectionrulebase-get.md".to_string(), rules_page("GET", "200 OK")),
        ("resources/protectionrulebase.md".to_string(), base),
    ];
    for kind in ["site", "drive", "mailbox"] {
        let rule = format!("{kind}Rule");
        let row = format!("|{kind}RuleExpression|String|The expression.|\n");
        pages.push((format!("resources/{}.md", rule.to_lowercase()), type_page(&rule, "protectionRuleBase", &row)));
        let nav = format!("|{kind}InclusionRules|[{rule}]({}.md) collection|The rules.|\n", rule.to_lowercase());
        pages.push((format!("resources/{kind}policy.md"), type_page(&format!("{kind}Policy"), "entity", &nav)));
    }
    let pages: Vec<(&str, &str)> = pages.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let json = contract(&pages);
    for kind in ["site", "drive", "mailbox"] {
        let path =
            format!("/solutions/backupRestore/{kind}Policies/{{{kind}PolicyId}}/{kind}InclusionRules/{{{kind}RuleId}}");
        let schema = &json["paths"][path.as_str()]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(schema["$ref"], format!("#/components/schemas/{kind}Rule"), "{path}: {schema}");
    }

    // Without the policies' declarations, the first line keeps the base the prose states, and
    // a later line reading another set answers what its own example shows: never the first
    // line's example (a `siteRule` for the drive rules).
    let without: Vec<(&str, &str)> = pages.iter().copied().filter(|(n, _)| !n.ends_with("policy.md")).collect();
    let json = contract(&without);
    for (kind, answered) in [("site", "protectionRuleBase"), ("drive", "driveRule"), ("mailbox", "mailboxRule")] {
        let path =
            format!("/solutions/backupRestore/{kind}Policies/{{{kind}PolicyId}}/{kind}InclusionRules/{{{kind}RuleId}}");
        let schema = &json["paths"][path.as_str()]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(schema["$ref"], format!("#/components/schemas/{answered}"), "{path}: {schema}");
    }
}

#[test]
fn a_base_linked_under_another_spelling_is_the_linked_page_s_type() {
    // "Inherits from [crossTenantAccessPolicyB2BSettings](../resources/crosstenantaccesspolicyb2bsetting.md)":
    // the linked page defines `crossTenantAccessPolicyB2BSetting`.
    let derived = type_page("tenantRestrictions", "", "|devices|String|Devices.|\n")
        .replace("## Properties", "Inherits from [b2bSettings](../resources/b2bsetting.md).\n\n## Properties");
    let c = convert(vec![
        SourceFile::new("resources/tenantrestrictions.md", derived),
        SourceFile::new("resources/b2bsetting.md", type_page("b2bSetting", "", "|applications|String|Apps.|\n")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert_eq!(property_names(&json, "tenantRestrictions"), ["@odata.type", "applications", "devices"]);
    assert!(json["components"]["schemas"].get("b2bSettings").is_none(), "no placeholder for the link's text");
    let codes: Vec<&str> = c.diagnostics.iter().map(|d| d.code).collect();
    assert!(!codes.contains(&codes::MISSING_TYPE_PAGE), "{codes:?}");
}

#[test]
fn a_segment_is_spelled_in_camel_case_as_most_paths_write_it() {
    let page = |title: &str, line: &str| read_page(title, line, "a [grant](../resources/grant.md) object");
    let grant = type_page("grant", "", "|id|String|The id.|\n");
    let mut pages = [
        ("api/grant-delete.md".to_string(), page("Delete grant", "DELETE /oAuth2PermissionGrants/{id}")),
        ("api/grant-get.md".to_string(), page("Get grant", "GET /oauth2PermissionGrants/{id}")),
        ("api/grant-list.md".to_string(), page("List grants", "GET /oauth2PermissionGrants")),
        ("api/group-get.md".to_string(), page("Get group", "GET /me/calendarGroups/{id}")),
        ("api/group-list.md".to_string(), page("List groups", "GET /me/calendargroups")),
        ("api/group-list2.md".to_string(), page("List groups of a user", "GET /users/{id}/calendargroups")),
        ("resources/grant.md".to_string(), grant),
    ];
    pages.sort();
    let pages: Vec<(&str, &str)> = pages.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let json = contract(&pages);
    let paths: Vec<&String> = json["paths"].as_object().unwrap().keys().collect();
    // Both spellings in camelCase: the one more paths write. One in lower case: the camelCase one.
    assert_eq!(
        paths,
        [
            "/me/calendarGroups",
            "/me/calendarGroups/{id}",
            "/oauth2PermissionGrants",
            "/oauth2PermissionGrants/{id}",
            "/users/{id}/calendarGroups"
        ],
        "{paths:?}"
    );
}

#[test]
fn a_member_offering_several_kinds_is_typed_with_their_common_base() {
    let set = |cell: &str, phone_base: &str| {
        let rows = format!("|assertedIdentity|{cell}|The identity.|\n|id|String|The id.|\n");
        contract(&[
            ("communicationsidentityset.md", &type_page("communicationsIdentitySet", "", &rows)),
            ("identity.md", &type_page("identity", "", "|displayName|String|The name.|\n")),
            (
                "communicationsuseridentity.md",
                &type_page("communicationsUserIdentity", "identity", "|tenantId|String|The tenant.|\n"),
            ),
            (
                "communicationsphoneidentity.md",
                &type_page("communicationsPhoneIdentity", phone_base, "|number|String|The number.|\n"),
            ),
        ])
    };
    let member = |json: serde_json::Value| {
        ref_of(&json["components"]["schemas"]["communicationsIdentitySet"]["properties"]["assertedIdentity"]).clone()
    };
    let either = "[communicationsUserIdentity](communicationsuseridentity.md) or [communicationsPhoneIdentity](communicationsphoneidentity.md)";
    assert_eq!(member(set(either, "identity")), "#/components/schemas/identity");
    // Kinds without a common base: the first, as before.
    assert_eq!(member(set(either, "")), "#/components/schemas/communicationsUserIdentity");
    // One kind linked: that kind.
    let one = "[communicationsPhoneIdentity](communicationsphoneidentity.md)";
    assert_eq!(member(set(one, "identity")), "#/components/schemas/communicationsPhoneIdentity");
}

#[test]
fn a_member_repeated_by_a_row_per_kind_is_typed_with_their_common_base() {
    // beta's customAuthenticationExtension update: `|handler|[x](…)|` once per kind of handler.
    let rows = |second: &str| {
        format!(
            "|handler|[userHandler](userhandler.md)|The handler.|\n|handler|[{second}]({}.md)|The handler.|\n",
            second.to_ascii_lowercase()
        )
    };
    let set = |second: &str| {
        contract(&[
            ("extension.md", &type_page("extension", "", &rows(second))),
            ("handlerbase.md", &type_page("handlerBase", "", "|name|String|The name.|\n")),
            ("userhandler.md", &type_page("userHandler", "handlerBase", "|user|String|The user.|\n")),
            ("phonehandler.md", &type_page("phoneHandler", "handlerBase", "|phone|String|The phone.|\n")),
        ])
    };
    let json = set("phoneHandler");
    let handler = &json["components"]["schemas"]["extension"]["properties"]["handler"];
    assert_eq!(ref_of(handler), "#/components/schemas/handlerBase", "{handler}");
    // The same type twice: that type.
    let json = set("userHandler");
    assert_eq!(
        ref_of(&json["components"]["schemas"]["extension"]["properties"]["handler"]),
        "#/components/schemas/userHandler"
    );
}

#[test]
fn a_row_restating_a_member_inherited_from_a_base_other_than_entity_keeps_its_read_only_mark() {
    // beta's whatIfAnalysisResult: `|createdDateTime|DateTimeOffset|… Inherited from
    // [conditionalAccessPolicy](…).|`, where the policy's page says "Readonly.".
    let entity = type_page("entity", "", "|id|String|The unique identifier. Read-only.|\n");
    let policy = type_page(
        "conditionalAccessPolicy",
        "entity",
        "|createdDateTime|DateTimeOffset|When created. Readonly.|\n|state|String|The state. Read-only.|\n",
    );
    let result = type_page(
        "whatIfAnalysisResult",
        "conditionalAccessPolicy",
        "|createdDateTime|DateTimeOffset|When created. Inherited from [conditionalAccessPolicy](conditionalaccesspolicy.md).|\n|state|String|The state, set by the caller.|\n|id|String|The identifier. Inherited from [entity](entity.md).|\n",
    );
    // beta's educationPointsOutcome: its `id` row restates the key of `educationOutcome`, whose
    // page says "Read-only.", without saying it is inherited.
    let outcome = type_page("educationOutcome", "entity", "|id|String|The id. Read-only.|\n");
    let points = type_page("educationPointsOutcome", "educationOutcome", "|id|String|Unique identifier.|\n");
    // v1.0's attributeSet: a key the caller sets on create, restated from entity.
    let set = type_page(
        "attributeSet",
        "entity",
        "|id|String|Identifier. Cannot be changed later. Inherited from [entity](entity.md).|\n",
    );
    // beta's richLongRunningOperation: "Operation identifier. Inherits from [entity](…)".
    let operation = type_page(
        "richLongRunningOperation",
        "entity",
        "|id|String|Operation identifier. Inherits from [entity](entity.md)|\n",
    );
    let c = convert(vec![
        SourceFile::new("resources/entity.md", entity),
        SourceFile::new("resources/conditionalaccesspolicy.md", policy),
        SourceFile::new("resources/whatifanalysisresult.md", result),
        SourceFile::new("resources/attributeset.md", set),
        SourceFile::new("resources/educationoutcome.md", outcome),
        SourceFile::new("resources/educationpointsoutcome.md", points),
        SourceFile::new("resources/richlongrunningoperation.md", operation),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let read_only =
        |t: &str, p: &str| json["components"]["schemas"][t]["properties"][p]["readOnly"].as_bool().unwrap_or(false);
    assert!(read_only("whatIfAnalysisResult", "createdDateTime"));
    assert!(!read_only("whatIfAnalysisResult", "state"), "a row not saying it is inherited may differ");
    assert!(read_only("whatIfAnalysisResult", "id"), "entity's key, the row saying it is inherited");
    assert!(!read_only("attributeSet", "id"));
    assert!(read_only("educationPointsOutcome", "id"), "a base's key, whatever the row says");
    assert!(read_only("richLongRunningOperation", "id"), "\"Inherits from [entity]\" says it too");
}

#[test]
fn kinds_without_a_common_base_take_the_type_the_representation_shows() {
    // beta's call: `mediaConfig | [appHostedMediaConfig] or [serviceHostedMediaConfig]` beside
    // `"mediaConfig": {"@odata.type": "#microsoft.graph.mediaConfig"}`, the base's page missing.
    let call = |shown: &str| {
        let page = format!(
            "{}\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.call\"}} -->\n```json\n{{\"mediaConfig\": {{\"@odata.type\": \"#microsoft.graph.{shown}\"}}}}\n```\n",
            type_page(
                "call",
                "",
                "|mediaConfig|[appHostedMediaConfig](apphostedmediaconfig.md) or [serviceHostedMediaConfig](servicehostedmediaconfig.md)|The media.|\n"
            )
        );
        contract(&[
            ("call.md", &page),
            ("apphostedmediaconfig.md", &type_page("appHostedMediaConfig", "", "|blob|String|The blob.|\n")),
            (
                "servicehostedmediaconfig.md",
                &type_page("serviceHostedMediaConfig", "", "|removeFromDefaultAudioGroup|Boolean|Remove.|\n"),
            ),
        ])
    };
    let member =
        |json: &serde_json::Value| ref_of(&json["components"]["schemas"]["call"]["properties"]["mediaConfig"]).clone();
    let json = call("mediaConfig");
    assert_eq!(member(&json), "#/components/schemas/mediaConfig");
    assert_eq!(json["components"]["schemas"]["mediaConfig"]["type"], "object", "a placeholder");
    // Shown as one of the kinds: the first kind, as before.
    assert_eq!(member(&call("serviceHostedMediaConfig")), "#/components/schemas/appHostedMediaConfig");
}

#[test]
fn a_type_linked_to_a_missing_page_s_values_section_is_a_string() {
    let channel = |link: &str| {
        let rows = format!("|membershipType|[channelMembershipType]({link})|The type of the channel.|\n");
        let json = contract(&[("channel.md", &type_page("channel", "", &rows))]);
        json["components"]["schemas"]["channelMembershipType"]["type"].clone()
    };
    assert_eq!(channel("../resources/enums.md#channelmembershiptype-values"), "string");
    // A link to a page of its own, missing: no evidence either way, an open placeholder.
    assert_eq!(channel("channelmembershiptype.md"), "object");
}

#[test]
fn a_representation_s_own_type_object_gives_way_to_strings_the_examples_show() {
    // beta's `archivedPrintJob`: `"processingState": {"@odata.type": "microsoft.graph.printJobProcessingState"}`
    // in the representation, `"completed"` in every report's example; the enum's page is missing.
    let job = |shown: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# job resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|state|[jobState](jobstate.md)|The state.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.job\"}} -->\n```json\n{{\"id\": \"String\", \"state\": {shown}}}\n```\n"
        )
    };
    let get = format!(
        "{}\n## Example\n```http\nGET https://graph.microsoft.com/beta/jobs/1\n```\n\n<!-- {{\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.job\"}} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\", \"state\": \"completed\"}}\n```\n",
        read_page("Get job", "GET /jobs/{id}", "a [job](../resources/job.md) object")
    );
    let state = |shown: &str, example: bool| {
        let mut pages = vec![("resources/job.md", job(shown))];
        if example {
            pages.push(("api/job-get.md", get.clone()));
        }
        contract_owned(&pages)["components"]["schemas"]["jobState"]["type"].clone()
    };
    assert_eq!(state(r#"{"@odata.type": "microsoft.graph.jobState"}"#, true), "string");
    // Nothing shows a string: the representation's object stands.
    assert_eq!(state(r#"{"@odata.type": "microsoft.graph.jobState"}"#, false), "object");
    // An object with members of its own is an object, whatever the examples show.
    assert_eq!(state(r#"{"@odata.type": "microsoft.graph.jobState", "code": "String"}"#, true), "object");
}

#[test]
fn a_row_a_kind_says_it_inherits_is_its_older_base_s_where_an_example_shows_it() {
    // beta's Intune deviceEnrollmentConfiguration: its page lacks `roleScopeTagIds`, which each
    // kind's page lists as "Inherited from [deviceEnrollmentConfiguration]" and its reads show.
    let base = type_page("configuration", "", "|id|String|The id.|\n|priority|Int32|The priority.|\n");
    let kind = type_page(
        "limitConfiguration",
        "configuration",
        "|id|String|The id. Inherited from [configuration](configuration.md)|\n|roleScopeTagIds|String collection|Scope tags. Inherited from [configuration](configuration.md)|\n|limit|Int32|The limit.|\n",
    );
    let get = |shown: &str| {
        format!(
            "{}\n## Example\n```http\nGET https://graph.microsoft.com/beta/deviceManagement/configurations/1\n```\n\n<!-- {{\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.configuration\"}} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\", \"priority\": 1{shown}}}\n```\n",
            read_page(
                "Get configuration",
                "GET /deviceManagement/configurations/{id}",
                "a [configuration](../resources/configuration.md) object"
            )
        )
    };
    let members = |shown: &str| {
        let page = get(shown);
        let json = contract(&[
            ("resources/configuration.md", &base),
            ("resources/limitconfiguration.md", &kind),
            ("api/configuration-get.md", &page),
        ]);
        property_names(&json, "configuration")
    };
    assert_eq!(members(", \"roleScopeTagIds\": []"), ["@odata.type", "id", "priority", "roleScopeTagIds"]);
    // No read shows it: the kind's own statement alone does not change the base.
    assert_eq!(members(""), ["@odata.type", "id", "priority"]);
    // The base's member says what the row says, less its "Inherited from" sentence; nothing where
    // the row speaks of the kind (beta's building: "Currently, buildings don't have a parent.").
    let description = |row: &str| {
        let kind = type_page(
            "limitConfiguration",
            "configuration",
            &format!("|roleScopeTagIds|String collection|{row} Inherited from [configuration](configuration.md)|\n"),
        );
        let page = get(", \"roleScopeTagIds\": []");
        let json = contract(&[
            ("resources/configuration.md", &base),
            ("resources/limitconfiguration.md", &kind),
            ("api/configuration-get.md", &page),
        ]);
        json["components"]["schemas"]["configuration"]["properties"]["roleScopeTagIds"]["description"].clone()
    };
    assert_eq!(description("Scope tags."), "Scope tags.");
    assert!(description("Scope tags of limitConfigurations only.").is_null());
    assert!(description("Scope tags of limit configurations only.").is_null(), "its camelCase words apart");
    // Two kinds lift it: the one whose words fit the base gives them, whichever comes first.
    let kind_b = type_page(
        "otherConfiguration",
        "configuration",
        "|roleScopeTagIds|String collection|Scope tags. Inherited from [configuration](configuration.md)|\n",
    );
    let kind_a = type_page(
        "limitConfiguration",
        "configuration",
        "|roleScopeTagIds|String collection|Scope tags of limitConfigurations. Inherited from [configuration](configuration.md)|\n",
    );
    let page = get(", \"roleScopeTagIds\": []");
    let json = contract(&[
        ("resources/configuration.md", &base),
        ("resources/alimitconfiguration.md", &kind_a),
        ("resources/otherconfiguration.md", &kind_b),
        ("api/configuration-get.md", &page),
    ]);
    assert_eq!(
        json["components"]["schemas"]["configuration"]["properties"]["roleScopeTagIds"]["description"],
        "Scope tags."
    );
    // Nor a kind's words about another kind of the base (a desk's "The ID of a parent section.").
    let other = kind_b.replace("|Scope tags.", "|Scope tags of limit configurations.");
    let limit = type_page("limitConfiguration", "configuration", "|limit|Int32|The limit.|\n");
    let json = contract(&[
        ("resources/configuration.md", &base),
        ("resources/limitconfiguration.md", &limit),
        ("resources/otherconfiguration.md", &other),
        ("api/configuration-get.md", &page),
    ]);
    assert!(json["components"]["schemas"]["configuration"]["properties"]["roleScopeTagIds"]["description"].is_null());
}

#[test]
fn an_enum_a_row_calls_multi_valued_is_marked_flags() {
    // v1.0's lifecycle workflow task: "This property is multi-valued and the same task can apply
    // to both `joiner` and `leaver` categories"; examples send `"category": "joiner,leaver"`.
    let task = type_page(
        "task",
        "",
        "|category|lifecycleTaskCategory|The category. This property is multi-valued and the same task can apply to both `joiner` and `leaver` categories. The possible values are: `joiner`, `leaver`, `unknownFutureValue`.|\n|kind|taskKind|One kind. The possible values are: `a`, `b`.|\n",
    );
    let c = convert(vec![SourceFile::new("resources/task.md", task)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schemas = &json["components"]["schemas"];
    assert_eq!(schemas["lifecycleTaskCategory"]["x-ms-enum-flags"]["isFlags"], true);
    assert!(schemas["taskKind"].get("x-ms-enum-flags").is_none());
}

#[test]
fn an_enum_an_example_shows_as_members_joined_by_commas_is_marked_flags() {
    // The eDiscovery search's export: `exportCriteria` lists `searchHits`, `partiallyIndexed`
    // and nothing says flags; its example sends `"searchHits, partiallyIndexed"`.
    let operation = type_page(
        "exportOperation",
        "",
        "|exportCriteria|exportCriteria|Items to export. The possible values are: `searchHits`, `partiallyIndexed`, `unknownFutureValue`.|\n|kind|exportKind|One kind. The possible values are: `a`, `b`.|\n",
    );
    let get = |criteria: &str| {
        let mut page = read_page(
            "Get exportOperation",
            "GET /exports/{id}",
            "an [exportOperation](../resources/exportoperation.md) object",
        );
        page.push_str(&format!(
            "\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /exports/1\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.exportOperation\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"exportCriteria\": \"{criteria}\", \"kind\": \"a, c\"}}\n```\n"
        ));
        page
    };
    let flags = |criteria: &str| {
        let json =
            contract(&[("resources/exportoperation.md", &operation), ("api/exportoperation-get.md", &get(criteria))]);
        let schemas = &json["components"]["schemas"];
        assert!(schemas["exportKind"].get("x-ms-enum-flags").is_none(), "`c` is no member");
        schemas["exportCriteria"].get("x-ms-enum-flags").is_some()
    };
    assert!(flags("searchHits, partiallyIndexed"));
    assert!(flags("searchHits,unknownFutureValue"));
    assert!(!flags("searchHits"));
}

#[test]
fn an_enum_a_later_request_example_sends_as_joined_members_is_marked_flags() {
    // The export's third example sends `"exportCriteria": "searchHits, partiallyIndexed"`; the
    // first sends one value.
    let operation = type_page(
        "exportOperation",
        "",
        "|exportCriteria|exportCriteria|Items to export. The possible values are: `searchHits`, `partiallyIndexed`.|\n",
    );
    let example = |body: &str| {
        format!(
            "<!-- {{ \"blockType\": \"request\" }} -->\n```http\nPOST /exports\nContent-type: application/json\n\n{{\"exportCriteria\": \"{body}\"}}\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 204 No Content\n```\n"
        )
    };
    let page = |second: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Export\n\n## HTTP request\n```http\nPOST /exports\n```\n\n## Request body\n|Parameter|Type|Description|\n|:---|:---|:---|\n|exportCriteria|[exportCriteria](../resources/exportoperation.md#exportcriteria-values)|Items.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n\n## Examples\n### Example 1\n{}\n### Example 2\n{}",
            example("searchHits"),
            example(second)
        )
    };
    let flags = |second: &str| {
        let json = contract(&[("resources/exportoperation.md", &operation), ("api/export.md", &page(second))]);
        json["components"]["schemas"]["exportCriteria"].get("x-ms-enum-flags").is_some()
    };
    assert!(flags("searchHits, partiallyIndexed"));
    assert!(!flags("partiallyIndexed"));
}

#[test]
fn an_enum_numbering_its_members_as_bits_is_marked_flags() {
    // v1.0's `windowsDeviceType`: 0, 1, 2, 4, 8; a numbering without gaps says nothing.
    let page = |name: &str, values: &[(&str, u32)]| {
        let rows: String = values.iter().map(|(m, v)| format!("|{m}|{v}|{m}.|\n")).collect();
        format!(
            "---\ndoc_type: enumPageType\n---\n# {name} enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n{rows}"
        )
    };
    let bits =
        page("windowsDeviceType", &[("none", 0), ("desktop", 1), ("mobile", 2), ("holographic", 4), ("team", 8)]);
    let counted =
        page("installState", &[("unknown", 0), ("installed", 1), ("failed", 2), ("notInstalled", 3), ("other", 4)]);
    let json = contract(&[("resources/windowsdevicetype.md", &bits), ("resources/installstate.md", &counted)]);
    let schemas = &json["components"]["schemas"];
    assert_eq!(schemas["windowsDeviceType"]["x-ms-enum-flags"]["isFlags"], true);
    assert!(schemas["installState"].get("x-ms-enum-flags").is_none());
    // Numbered so, but described as one of them (beta's `targetedManagedAppGroupType`: 0, 1, 2, 4).
    let chosen = page("targetedManagedAppGroupType", &[("selected", 0), ("core", 1), ("microsoft", 2), ("all", 4)])
        .replace("## Members", "Indicates a collection of apps to target which can be one of several pre-defined lists of apps.\n\n## Members");
    let json = contract(&[("resources/targetedmanagedappgrouptype.md", &chosen)]);
    let schema = &json["components"]["schemas"]["targetedManagedAppGroupType"];
    assert!(schema.get("x-ms-enum-flags").is_none(), "{schema}");
    let unsaid = chosen.replace(" which can be one of several pre-defined lists of apps", "");
    let json = contract(&[("resources/targetedmanagedappgrouptype.md", &unsaid)]);
    assert_eq!(json["components"]["schemas"]["targetedManagedAppGroupType"]["x-ms-enum-flags"]["isFlags"], true);
}

#[test]
fn a_name_and_value_table_of_values_types_no_member() {
    // The open extension's create page: "Provide a JSON body of an [openTypeExtension] with the
    // following required name-value pairs", whose resource page is not among the inputs.
    let page = "---\ndoc_type: apiPageType\n---\n# Create open extension\n\n## HTTP request\n```http\nPOST /me/messages/{id}/extensions\n```\n\n## Request body\nProvide a JSON body of an [openTypeExtension](../resources/opentypeextension.md), with the following required name-value pairs.\n\n| Name | Value |\n|:---|:---|\n| @odata.type | microsoft.graph.openTypeExtension |\n| extensionName | Unique string |\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [openTypeExtension](../resources/opentypeextension.md) object in the response body.\n";
    let json = contract(&[("api/opentypeextension-post-opentypeextension.md", page)]);
    let schemas = json["components"]["schemas"].as_object().unwrap();
    assert!(!schemas.contains_key("unique"), "{:?}", schemas.keys().collect::<Vec<_>>());
    let extension = &schemas["openTypeExtension"];
    assert_eq!(extension["properties"]["@odata.type"]["type"], "string", "{extension}");
    assert!(extension["properties"].get("extensionName").is_none_or(|p| p["type"] == "string"), "{extension}");
}

#[test]
fn pages_answering_one_patch_with_the_same_type_keep_both_statuses() {
    // beta's setRetentionLabel ("`201 Created` … the first time, `200 OK` after") and
    // lockOrUnlockRecord (`200 OK`) document the same `PATCH`, each answering the label.
    let page = |title: &str, response: &str, member: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPATCH /drives/{{drive-id}}/items/{{item-id}}/retentionLabel\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|{member}|String|The value.|\n\n## Response\n{response}\n"
        )
    };
    let label = type_page("itemRetentionLabel", "", "|name|String|The label.|\n");
    let answer = |statuses: &str| {
        format!(
            "If successful, this method returns {statuses} and an [itemRetentionLabel](../resources/itemretentionlabel.md) object in the response body."
        )
    };
    let lock = page("driveItem: lockOrUnlockRecord", &answer("a `200 OK` response code"), "isRecordLocked");
    let set = page(
        "driveItem: setRetentionLabel",
        &answer(
            "a `201 Created` response code when the label is applied the first time, or `200 OK` when it is updated,",
        ),
        "name",
    );
    let run = |pages: [(&str, &str); 3]| {
        let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        (json, c.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>())
    };
    let (json, codes_seen) = run([
        ("api/driveitem-lockorunlockrecord.md", &lock),
        ("api/driveitem-setretentionlabel.md", &set),
        ("resources/itemretentionlabel.md", &label),
    ]);
    let op = &json["paths"]["/drives/{drive-id}/items/{item-id}/retentionLabel"]["patch"];
    let statuses: Vec<&str> =
        op["responses"].as_object().unwrap().keys().map(String::as_str).filter(|s| s.starts_with('2')).collect();
    assert_eq!(statuses, ["200", "201"], "{op}");
    assert!(!codes_seen.contains(&codes::DUPLICATE_OPERATION), "the pages agree on the answer");
    // A page answering nothing beside one answering the label still disagrees.
    let nothing = page(
        "driveItem: setRetentionLabel",
        "If successful, this method returns a `204 No Content` response code.",
        "name",
    );
    let (json, codes_seen) = run([
        ("api/driveitem-lockorunlockrecord.md", &lock),
        ("api/driveitem-setretentionlabel.md", &nothing),
        ("resources/itemretentionlabel.md", &label),
    ]);
    let op = &json["paths"]["/drives/{drive-id}/items/{item-id}/retentionLabel"]["patch"];
    assert!(op["responses"].get("204").is_none(), "{op}");
    assert!(codes_seen.contains(&codes::DUPLICATE_OPERATION));
}

#[test]
fn a_page_named_for_a_kind_of_the_subject_by_its_base_adds_its_scopes() {
    // beta's Intune e-books: `intune-books-iosvppebook-get.md` writes `managedEBook-get.md`'s line and
    // lists Application scopes where the base's page lists none.
    let get = |title: &str, application: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## Permissions\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|DeviceManagementApps.Read.All|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|{application}|\n\n## HTTP request\n```http\nGET /deviceAppManagement/managedEBooks/{{managedEBookId}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [managedEBook](../resources/intune-books-managedebook.md) object in the response body.\n"
        )
    };
    let base = type_page("managedEBook", "", "|id|String|The id.|\n");
    let pages = |kind_base: &str| {
        vec![
            ("api/intune-books-managedebook-get.md", get("Get managedEBook", "Not supported.")),
            ("api/intune-books-iosvppebook-get.md", get("Get iosVppEBook", "DeviceManagementApps.Read.All")),
            ("resources/intune-books-managedebook.md", base.clone()),
            (
                "resources/intune-books-iosvppebook.md",
                type_page("iosVppEBook", kind_base, "|appleId|String|The id.|\n"),
            ),
        ]
    };
    let application = |pages: Vec<(&str, String)>| {
        let json = contract_owned(&pages);
        json["paths"]["/deviceAppManagement/managedEBooks/{managedEBookId}"]["get"]["x-ms-permissions"]["application"]
            .clone()
    };
    assert_eq!(application(pages("managedEBook")), serde_json::json!(["DeviceManagementApps.Read.All"]));
    // A type not derived from the subject's: a page about something else, whose scopes do not count.
    assert_eq!(application(pages("")), serde_json::json!([]));
}

#[test]
fn a_path_spelled_with_several_parameter_names_takes_those_most_paths_give_the_place() {
    // beta's legacy eDiscovery: the custodian get page writes `{caesId}`, its update page and the
    // case's other pages `{caseId}`.
    let page = |title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let pages = [
        (
            "api/custodian-get.md",
            page("Get custodian", "GET /compliance/ediscovery/cases/{caesId}/custodians/{custodianId}"),
        ),
        (
            "api/custodian-update.md",
            page("Update custodian", "PATCH /compliance/ediscovery/cases/{caseId}/custodians/{custodianId}"),
        ),
        (
            "api/case-list-custodians.md",
            page("List custodians", "GET /compliance/ediscovery/cases/{caseId}/custodians"),
        ),
    ];
    let json = contract_owned(&pages);
    let paths = path_keys(&json);
    assert_eq!(
        paths,
        [
            "/compliance/ediscovery/cases/{caseId}/custodians",
            "/compliance/ediscovery/cases/{caseId}/custodians/{custodianId}"
        ]
    );
    // Alone, two pages tie and the name of the segment's key wins (`cases/{caseId}`).
    let json = contract(&pages[..2].iter().map(|(n, t)| (*n, t.as_str())).collect::<Vec<_>>());
    assert!(
        json["paths"].get("/compliance/ediscovery/cases/{caseId}/custodians/{custodianId}").is_some(),
        "{}",
        json["paths"]
    );
    // Neither named for the segment: the first page's names stay.
    let pages = [
        (
            "api/custodian-get.md",
            page("Get custodian", "GET /compliance/ediscovery/cases/{caesId}/custodians/{custodianId}"),
        ),
        (
            "api/custodian-update.md",
            page("Update custodian", "PATCH /compliance/ediscovery/cases/{id}/custodians/{custodianId}"),
        ),
    ];
    let json = contract_owned(&pages);
    assert!(
        json["paths"].get("/compliance/ediscovery/cases/{caesId}/custodians/{custodianId}").is_some(),
        "{}",
        json["paths"]
    );
}

#[test]
fn a_renamed_key_s_description_names_it_as_the_path_does() {
    // v1.0's domain promote: "> For {id}, specify the domain …" on a line the other pages write `{domainsId}`.
    let page = |title: &str, lines: &str, note: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{lines}\n```\n{note}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let pages = [
        (
            "api/domain-promote.md",
            page(
                "domain: promote",
                "POST /domains/{id}/promote",
                "\n> For {id}, specify the domain with its fully qualified domain name.\n",
            ),
        ),
        ("api/domain-get.md", page("Get domain", "GET /domains/{domainsId}", "")),
        ("api/domain-delete.md", page("Delete domain", "DELETE /domains/{domainsId}", "")),
    ];
    let json = contract_owned(&pages);
    let key = &json["paths"]["/domains/{domainsId}/promote"]["post"]["parameters"][0];
    assert_eq!(key["name"], "domainsId");
    assert_eq!(key["description"], "For {domainsId}, specify the domain with its fully qualified domain name.");
}

#[test]
fn a_key_takes_the_name_most_paths_give_its_place_across_paths() {
    // v1.0's site pages: the publish page writes `{siteId}/{pageId}`, the pages around it
    // `{site-id}/{page-id}`; a host name before a path at the key's place stays a host name.
    let page = |title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let pages = [
        (
            "api/sitepage-publish.md",
            page("Publish", "POST /sites/{siteId}/pages/{pageId}/microsoft.graph.sitePage/publish"),
        ),
        ("api/sitepage-get.md", page("Get page", "GET /sites/{site-id}/pages/{page-id}")),
        ("api/sitepage-delete.md", page("Delete page", "DELETE /sites/{site-id}/pages/{page-id}")),
        ("api/site-get.md", page("Get site", "GET /sites/{hostname}:/{relative-path}")),
    ];
    let json = contract_owned(&pages);
    let paths = path_keys(&json);
    assert_eq!(
        paths,
        [
            "/sites/{hostname}:/{relative-path}",
            "/sites/{site-id}/pages/{page-id}",
            "/sites/{site-id}/pages/{page-id}/microsoft.graph.sitePage/publish"
        ]
    );
    // v1.0's building map pages name the place key `{buildingPlaceId}` on five paths, each
    // casting it to a building; the place pages' own `/places/{id}` keep their name.
    let maps = [
        ("api/place-get.md", page("Get place", "GET /places/{id}")),
        ("api/place-delete.md", page("Delete place", "DELETE /places/{id}")),
        ("api/buildingmap-get.md", page("Get map", "GET /places/{buildingPlaceId}/microsoft.graph.building/map")),
        (
            "api/buildingmap-delete.md",
            page("Delete map", "DELETE /places/{buildingPlaceId}/microsoft.graph.building/map"),
        ),
        (
            "api/buildingmap-list-levels.md",
            page("List levels", "GET /places/{buildingPlaceId}/microsoft.graph.building/map/levels"),
        ),
        ("api/place-list.md", page("List places", "GET /places/{room-list-id}/microsoft.graph.roomlist/rooms")),
    ];
    let maps = contract_owned(&maps);
    let paths = path_keys(&maps);
    assert!(paths.contains(&"/places/{id}"), "{paths:?}");
    // A lone path casting to another kind takes the set's name, not the building pages'.
    assert!(paths.contains(&"/places/{id}/microsoft.graph.roomlist/rooms"), "{paths:?}");
    // A lone path not casting the key takes the name the others give.
    let lone = [
        ("api/place-get.md", page("Get place", "GET /places/{placeid}")),
        ("api/buildingmap-get.md", page("Get map", "GET /places/{buildingPlaceId}/microsoft.graph.building/map")),
        (
            "api/buildingmap-delete.md",
            page("Delete map", "DELETE /places/{buildingPlaceId}/microsoft.graph.building/map"),
        ),
    ];
    let lone = contract_owned(&lone);
    assert!(lone["paths"].get("/places/{buildingPlaceId}").is_some(), "{:?}", lone["paths"]);
    assert!(paths.contains(&"/places/{buildingPlaceId}/microsoft.graph.building/map/levels"), "{paths:?}");
    let publish = &json["paths"]["/sites/{site-id}/pages/{page-id}/microsoft.graph.sitePage/publish"]["post"];
    let names: Vec<&str> =
        publish["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["site-id", "page-id"]);
    // beta's Windows Update assets: a group's four actions name the `updatableAssets` key
    // `{updatableAssetGroupId}`, the asset's own get and delete `{updatableAssetId}`: the items' key
    // names them all.
    let actions = ["addMembers", "addMembersById", "removeMembers", "removeMembersById"];
    let mut pages: Vec<(String, String)> = actions
        .iter()
        .map(|a| {
            let line = format!("POST /admin/windows/updates/updatableAssets/{{updatableAssetGroupId}}/{a}");
            (format!("api/updatableassetgroup-{}.md", a.to_ascii_lowercase()), page(a, &line))
        })
        .collect();
    for (file, method) in [("get", "GET"), ("delete", "DELETE")] {
        let line = format!("{method} /admin/windows/updates/updatableAssets/{{updatableAssetId}}");
        pages.push((format!("api/updatableasset-{file}.md"), page(file, &line)));
    }
    let refs: Vec<(&str, String)> = pages.iter().map(|(f, p)| (f.as_str(), p.clone())).collect();
    let paths = path_keys(&contract_owned(&refs)).into_iter().map(str::to_string).collect::<Vec<_>>();
    assert!(paths.contains(&"/admin/windows/updates/updatableAssets/{updatableAssetId}".to_string()), "{paths:?}");
    assert!(
        paths.contains(&"/admin/windows/updates/updatableAssets/{updatableAssetId}/addMembers".to_string()),
        "{paths:?}"
    );
    // One path naming the items' key is a lone spelling: it takes the others' name.
    let lone = contract_owned(&refs[..5]);
    let paths = path_keys(&lone);
    assert!(paths.contains(&"/admin/windows/updates/updatableAssets/{updatableAssetGroupId}"), "{paths:?}");
    // beta's setReaction: `{teamsId}` on one line, `{teamId}` on another, one vote each: the
    // name of the segment's key (`teams` → `teamId`) wins the tie, on both.
    let pages = [(
        "api/chatmessage-setreaction.md",
        page(
            "setReaction",
            "POST /teams/{teamsId}/channels/{channelId}/messages/{chatMessageId}/setReaction\nPOST /teams/{teamId}/channels/{channelId}/messages/{messageId}/replies/{replyId}/setReaction",
        ),
    )];
    let json = contract_owned(&pages);
    let paths = path_keys(&json);
    assert_eq!(
        paths,
        [
            "/teams/{teamId}/channels/{channelId}/messages/{messageId}/replies/{replyId}/setReaction",
            "/teams/{teamId}/channels/{channelId}/messages/{messageId}/setReaction"
        ]
    );
    // One key spelled two ways, each the segment's (`{app-definition-id}`, `{appDefinitionId}`): one name.
    let pages = [
        (
            "api/teamsapp-delete.md",
            page("Delete app", "DELETE /appCatalogs/teamsApps/{id}/appDefinitions/{appDefinitionId}"),
        ),
        (
            "api/teamworkbot-get.md",
            page("Get bot", "GET /appCatalogs/teamsApps/{teams-app-id}/appDefinitions/{app-definition-id}/bot"),
        ),
    ];
    let json = contract_owned(&pages);
    let paths = path_keys(&json);
    assert!(paths.iter().all(|p| p.contains("{app-definition-id}")), "{paths:?}");
    // Neither name the segment's key, one vote each: the one naming the segment, camelCase
    // first (beta's attachment delete and calendar group's calendars; a worksheet's actions).
    let pages = [
        (
            "api/attachment-delete.md",
            page(
                "Delete attachment",
                "DELETE /users/{id}/calendargroups/{calendargroups-id}/calendars/{calendars-id}/events/{events-id}/attachments/{attachments-id}",
            ),
        ),
        (
            "api/calendargroup-post-calendars.md",
            page("Create calendar", "POST /users/{id}/calendarGroups/{calendarGroups-id}/calendars"),
        ),
        (
            "api/range-autofit.md",
            page("autofit", "POST /me/drive/items/{item-id}/workbook/worksheets/{id}/range/format/autofitColumns"),
        ),
        (
            "api/pivottable-refresh.md",
            page(
                "refresh",
                "POST /me/drive/items/{item-id}/workbook/worksheets/{worksheets-id}/pivotTables/{pivotTable-id}/refresh",
            ),
        ),
    ];
    let json = contract_owned(&pages);
    let paths = path_keys(&json);
    assert!(
        paths.iter().filter(|p| p.contains("alendar")).all(|p| p.contains("/calendarGroups/{calendarGroups-id}/")),
        "{paths:?}"
    );
    assert!(
        paths.iter().filter(|p| p.contains("worksheets")).all(|p| p.contains("/worksheets/{worksheets-id}/")),
        "{paths:?}"
    );
}

#[test]
fn a_key_a_page_writes_wins_a_tie_over_one_made_apart_from_a_repeated_id() {
    // beta's temporary access pass: the get writes `{temporaryAccessPassAuthenticationMethodId}`,
    // the delete `{id}` twice (the second made `{temporaryAccessPassMethods-id}`).
    let page = |title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let json = contract_owned(&[
        (
            "api/a-get.md",
            page(
                "Get temporaryAccessPassAuthenticationMethod",
                "GET /users/{id}/authentication/temporaryAccessPassMethods/{temporaryAccessPassAuthenticationMethodId}",
            ),
        ),
        (
            "api/a-delete.md",
            page(
                "Delete temporaryAccessPassAuthenticationMethod",
                "DELETE /users/{id}/authentication/temporaryAccessPassMethods/{id}",
            ),
        ),
    ]);
    assert_eq!(
        path_keys(&json),
        ["/users/{id}/authentication/temporaryAccessPassMethods/{temporaryAccessPassAuthenticationMethodId}"]
    );
}

#[test]
fn a_token_kind_the_permissions_table_does_not_support_meets_no_requirement() {
    // beta's WIP learning summaries: delegated only ("Application | Not supported."); a
    // scope both kinds of token may hold is a requirement under each scheme.
    let page = |application: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List summaries\n\n## Permissions\n\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|DeviceManagementApps.Read.All, DeviceManagementApps.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|{application}|\n\n## HTTP request\n```http\nGET /deviceManagement/windowsInformationProtectionAppLearningSummaries\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let security = |application: &str| {
        let c = convert(vec![SourceFile::new("api/summary-list.md", page(application).as_str())]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/deviceManagement/windowsInformationProtectionAppLearningSummaries"]["get"]["security"].clone()
    };
    assert_eq!(
        security("Not supported."),
        serde_json::json!([
            {"microsoftIdentityDelegated": ["DeviceManagementApps.Read.All"]},
            {"microsoftIdentityDelegated": ["DeviceManagementApps.ReadWrite.All"]}
        ])
    );
    assert_eq!(
        security("DeviceManagementApps.Read.All"),
        serde_json::json!([
            {"microsoftIdentityDelegated": ["DeviceManagementApps.Read.All"]},
            {"microsoftIdentityDelegated": ["DeviceManagementApps.ReadWrite.All"]},
            {"microsoftIdentityApplication": ["DeviceManagementApps.Read.All"]}
        ])
    );
}

#[test]
fn possible_values_named_as_kinds_of_a_type_represented_as_an_object_are_no_enum() {
    // beta's azureADJoinPolicy: `allowedToJoin` links `deviceRegistrationMembership` (its page
    // missing), "The possible values are `noDeviceRegistrationMembership`, …", and the JSON
    // representation writes an object of it: the values are its derived types' names.
    let page = |values: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# azureADJoinPolicy resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|allowedToJoin|[deviceRegistrationMembership](../resources/deviceregistrationmembership.md)|Who may join. The possible values are {values}.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.azureADJoinPolicy\" }} -->\n```json\n{{\n  \"allowedToJoin\": {{\"@odata.type\": \"microsoft.graph.deviceRegistrationMembership\"}}\n}}\n```\n"
        )
    };
    let kind = |values: &str| {
        let json = contract(&[("resources/azureadjoinpolicy.md", page(values).as_str())]);
        let t = &json["components"]["schemas"]["deviceRegistrationMembership"];
        if t.get("oneOf").is_some() || t.get("enum").is_some() {
            "enum"
        } else if t["type"] == "object" {
            "object"
        } else {
            "missing"
        }
    };
    assert_eq!(kind("`noDeviceRegistrationMembership`, `allDeviceRegistrationMembership`"), "object");
    // Values of their own: an enum, however the representation writes it.
    assert_eq!(kind("`none`, `all`"), "enum");
}

#[test]
fn a_line_through_me_without_scopes_takes_a_delegated_token_only() {
    // A page whose permissions include is not among the inputs: no scopes are known, and
    // `/me/…` still needs a signed-in user; `/users/{id}/…` keeps the contract's default.
    let page = "---\ndoc_type: apiPageType\n---\n# Get windowsSettingInstance\n\n## Permissions\n[!INCLUDE [permissions-table](../includes/permissions/windowssettinginstance-get-permissions.md)]\n\n## HTTP request\n```http\nGET /me/settings/windows/{id}/instances/{instanceId}\nGET /users/{user-id}/settings/windows/{id}/instances/{instanceId}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let c = convert(vec![SourceFile::new("api/windowssettinginstance-get.md", page)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let security = |path: &str| json["paths"][path]["get"]["security"].clone();
    assert_eq!(
        security("/me/settings/windows/{id}/instances/{instanceId}"),
        serde_json::json!([{"microsoftIdentityDelegated": []}])
    );
    assert_eq!(security("/users/{user-id}/settings/windows/{id}/instances/{instanceId}"), serde_json::Value::Null);
}

#[test]
fn an_application_row_of_none_takes_an_app_only_token_of_any_scope() {
    // Cloud communications' calls (participant startHoldMusic, call mute): "Not supported" for
    // both delegated rows, "Application | None.": an app-only token, no particular scope.
    let page = "---\ndoc_type: apiPageType\n---\n# participant: startHoldMusic\n\n## Permissions\n\n| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n| Delegated (work or school account) | Not Supported. |\n| Delegated (personal Microsoft account) | Not Supported. |\n| Application | None. |\n\n## HTTP request\n```http\nPOST /communications/calls/{id}/participants/{id}/startHoldMusic\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n";
    let c = convert(vec![SourceFile::new("api/participant-startholdmusic.md", page)]);
    assert!(c.diagnostics.iter().all(|d| d.code != codes::NO_PERMISSIONS), "{:?}", c.diagnostics);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/communications/calls/{id}/participants/{participants-id}/startHoldMusic"]["post"];
    assert_eq!(op["security"], serde_json::json!([{"microsoftIdentityApplication": []}]), "{op}");
    // No scope named: no `x-ms-permissions` of empty lists.
    assert!(op.get("x-ms-permissions").is_none(), "{op}");
    // A personal account's "None" (often "not supported") opens no delegated requirement.
    let personal = page
        .replace(
            "| Delegated (work or school account) | Not Supported. |",
            "| Delegated (work or school account) | Calls.Initiate.All |",
        )
        .replace(
            "| Delegated (personal Microsoft account) | Not Supported. |",
            "| Delegated (personal Microsoft account) | None. |",
        )
        .replace("| Application | None. |", "| Application | Not supported. |");
    let c = convert(vec![SourceFile::new("api/participant-startholdmusic.md", personal.as_str())]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/communications/calls/{id}/participants/{participants-id}/startHoldMusic"]["post"];
    assert_eq!(op["security"], serde_json::json!([{"microsoftIdentityDelegated": ["Calls.Initiate.All"]}]), "{op}");
}

#[test]
fn enum_values_that_become_one_rust_variant_are_said_to() {
    // beta's windowsMalwareCategory lists both `remoteControlSoftware` and `remote_Control_Software`.
    let page = "---\ndoc_type: enumPageType\n---\n# windowsMalwareCategory enum type\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n|invalid|0|Invalid.|\n|remoteControlSoftware|11|Remote control software.|\n|remote_Control_Software|37|Remote control software.|\n";
    let c = convert(vec![SourceFile::new("resources/windowsmalwarecategory.md", page)]);
    let warned: Vec<&str> =
        c.diagnostics.iter().filter(|d| d.code == codes::TYPE_NAME_CLASH).map(|d| d.message.as_str()).collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(warned[0].contains("`remote_Control_Software`"), "{}", warned[0]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let known = json["components"]["schemas"]["windowsMalwareCategory"]["oneOf"][0]["enum"].clone();
    assert_eq!(known, serde_json::json!(["invalid", "remoteControlSoftware"]));
}

#[test]
fn a_row_selecting_more_than_one_value_is_of_flags_and_a_field_not_readable_is_write_only() {
    // beta's workforceIntegration and trustFrameworkKey.
    let page = |several: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# workforceIntegration resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|supportedEntities|workforceIntegrationSupportedEntities|The entities. The possible values are: `none`, `shift`, `swapRequest`, `openShift`. {several}|\n|d|String|RSA Key - private exponent. The field is not readable.|\n|e|String|RSA Key - public exponent.|\n|c|String|Only used for write requests; Not returned on read operations.|\n|v|String|The value. Note the value for passwords is write-only, the value can never be read back.|\n|p|String|The password for the account. Write-only.|\n"
        )
    };
    let schemas =
        |text: String| contract(&[("resources/workforceintegration.md", &text)])["components"]["schemas"].clone();
    let s =
        schemas(page("If selecting more than one value, all values must start with the first letter in uppercase."));
    assert_eq!(s["workforceIntegrationSupportedEntities"]["x-ms-enum-flags"], serde_json::json!({"isFlags": true}));
    let props = &s["workforceIntegration"]["properties"];
    assert_eq!((props["d"]["writeOnly"].as_bool(), props["e"]["writeOnly"].as_bool()), (Some(true), None), "{props}");
    // fido2AuthenticationMethod's `publicKeyCredential`.
    assert_eq!(props["c"]["writeOnly"].as_bool(), Some(true), "{props}");
    // Write-only for some of the values only (beta's credential: "the value for passwords is
    // write-only"; a username's is read back): not the member's mark.
    assert_eq!((props["v"]["writeOnly"].as_bool(), props["p"]["writeOnly"].as_bool()), (None, Some(true)), "{props}");
    let s = schemas(page(""));
    assert!(s["workforceIntegrationSupportedEntities"].get("x-ms-enum-flags").is_none());
}

#[test]
fn pages_per_kind_whose_kinds_lack_pages_answer_the_set_s_type() {
    // beta Intune's compliance policy per platform: one `GET` on four pages, the macOS kind's
    // page the only one among the inputs (its base, `deviceCompliancePolicy`, has none either).
    let get = |kind: &str| {
        read_page(
            &format!("Get {kind}"),
            "GET /deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}",
            &format!("a [{kind}](../resources/intune-deviceconfig-{}.md) object", kind.to_ascii_lowercase()),
        )
    };
    let macos = type_page("macOSCompliancePolicy", "deviceCompliancePolicy", "|passwordRequired|Boolean|Whether.|\n");
    let pages = [
        ("api/intune-deviceconfig-androidcompliancepolicy-get.md", get("androidCompliancePolicy")),
        ("api/intune-deviceconfig-ioscompliancepolicy-get.md", get("iosCompliancePolicy")),
        ("api/intune-deviceconfig-macoscompliancepolicy-get.md", get("macOSCompliancePolicy")),
        ("resources/intune-deviceconfig-macoscompliancepolicy.md", macos.clone()),
    ];
    let files: Vec<(&str, &str)> = pages.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let json = contract(&files);
    let op = &json["paths"]["/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicyId}"]["get"];
    let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/deviceCompliancePolicy", "{op}");
    // No type named for the set: the defined kind's base.
    let pages = [
        ("api/kind-a-get.md", read_page("Get kindA", "GET /things/{id}", "a [kindA](../resources/kinda.md) object")),
        ("api/kind-b-get.md", read_page("Get kindB", "GET /things/{id}", "a [kindB](../resources/kindb.md) object")),
        ("resources/kindb.md", type_page("kindB", "widget", "|b|String|B.|\n")),
    ];
    let files: Vec<(&str, &str)> = pages.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let json = contract(&files);
    let schema = &json["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/widget", "{schema}");
}

#[test]
fn creates_per_kind_whose_kind_only_an_api_table_defines_send_the_set_s_type() {
    // beta Intune's macOS configuration create (its kind defined only by the create page's
    // table) beside the shared PC one (its resource page naming `deviceConfiguration`).
    let create = |kind: &str, row: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create {kind}\n\n## HTTP request\n```http\nPOST /deviceManagement/deviceConfigurations\n```\n\n## Request body\nIn the request body, supply a JSON representation for the {kind} object.\n\nThe following table shows the properties that are required when you create the {kind}.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Key of the entity.|\n|{row}|Boolean|A setting.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [{kind}](../resources/intune-deviceconfig-{}.md) object in the response body.\n",
            kind.to_ascii_lowercase()
        )
    };
    let shared =
        type_page("sharedPCConfiguration", "deviceConfiguration", "|id|String|Key.|\n|kioskMode|Boolean|A setting.|\n");
    let pages = [
        (
            "api/intune-deviceconfig-macosgeneraldeviceconfiguration-create.md",
            create("macOSGeneralDeviceConfiguration", "gatekeeper"),
        ),
        ("api/intune-deviceconfig-sharedpcconfiguration-create.md", create("sharedPCConfiguration", "kioskMode")),
        ("resources/intune-deviceconfig-sharedpcconfiguration.md", shared),
    ];
    let files: Vec<(&str, &str)> = pages.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let json = contract(&files);
    let op = &json["paths"]["/deviceManagement/deviceConfigurations"]["post"];
    let answer = &op["responses"]["201"]["content"]["application/json"]["schema"];
    assert_eq!(answer["$ref"], "#/components/schemas/deviceConfiguration", "{op}");
    assert_eq!(op["operationId"], "create_device_configuration", "{op}");
}

#[test]
fn entity_keys_are_never_null_without_entity_page() {
    let bucket = type_page("bucket", "entity", "|id|String|The bucket's id.|\n|name|String|The name.|\n");
    let shelf = type_page("shelf", "bucket", "|id|String|Repeated.|\n");
    let loose = type_page("loose", "bucket", "|id|String|The id. Nullable.|\n");
    let facet = type_page("facet", "", "|id|String|The facet's id.|\n");
    let update = "---\ndoc_type: apiPageType\n---\n# Update drawer\n\n## HTTP request\n```http\nPATCH /cabinets/{cabinetId}/drawer\n```\n\n## Request body\nIn the request body, supply a JSON representation for the [drawer](../resources/drawer.md) object.\n\nThe following table shows the properties that are required when you create the [drawer](../resources/drawer.md).\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|**TODO: Add Description** Inherited from [entity](../resources/entity.md)|\n|size|Int32|The size.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [drawer](../resources/drawer.md) object in the response body.\n";
    // Intune's update tables: the base's page missing, the type updated at its key's path.
    let kiosk = update.replace("/cabinets/{cabinetId}/drawer", "/kiosks/{kioskId}").replace("drawer", "kiosk").replace(
        "**TODO: Add Description** Inherited from [entity](../resources/entity.md)",
        "Unique Identifier for the account Inherited from [kioskBase](../resources/kioskbase.md)",
    );
    // Intune's creates: what a `POST` creates (`201 Created`) is an entity.
    let create = update
        .replace("PATCH /cabinets/{cabinetId}/drawer", "POST /crates")
        .replace("drawer", "crate")
        .replace("`200 OK` response code and an updated", "`201 Created` response code and a")
        .replace("**TODO: Add Description** Inherited from [entity](../resources/entity.md)", "The crate's id.")
        .replace("The following table shows the properties that are required when you create the [crate](../resources/crate.md).\n\n", "");
    let json = contract(&[
        ("resources/bucket.md", &bucket),
        ("resources/shelf.md", &shelf),
        ("resources/loose.md", &loose),
        ("resources/facet.md", &facet),
        ("api/drawer-update.md", update),
        ("api/kiosk-update.md", &kiosk),
        ("api/crate-create.md", &create),
    ]);
    let id = |schema: &str| json["components"]["schemas"][schema]["properties"]["id"].clone();

    for schema in ["bucket", "shelf", "drawer", "kiosk", "crate"] {
        assert_eq!(id(schema)["type"], "string", "{schema} has its key: {}", json["components"]["schemas"][schema]);
        assert!(id(schema).get("nullable").is_none(), "{schema}'s key is never null: {}", id(schema));
    }
    assert_eq!(id("loose")["nullable"], true, "a row saying \"Nullable\" is: {}", id("loose"));
    assert_eq!(id("facet")["nullable"], true, "a type not derived from entity: {}", id("facet"));
}

/// A function argument typed by an enum: its values, closed (a path argument is printed, never
/// read back); defined by the row's list where no page defines the enum, by the enum's page
/// where one does; flags and other named types stay strings.
#[test]
fn function_arguments_typed_by_an_enum_list_its_values() {
    let function = |name: &str, ty: &str, values: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {name}\n\n## HTTP request\n```http\nGET /{name}s/filterByCurrentUser(on='parameterValue')\n```\n\n## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|on|{ty}|Filter used to query. {values}Required.|\n\n## Response\nIf successful, this function returns a `200 OK` response code and a String in the response body.\n"
        )
    };
    let listed = function("request", "requestOptions", "The possible values are `principal`, `unknownFutureValue`. ");
    let paged = function("schedule", "[scheduleOptions](../resources/scheduleoptions.md)", "");
    let flagged = function("alert", "alertOptions", "The possible values are `a`, `b`. A multi-valued enumeration. ");
    let complex = function("case", "[caseFilter](../resources/casefilter.md)", "");
    let unknown = function("task", "taskOptions", "");
    // beta's accessReviewStage and approval: one value, after a placeholder.
    let one = function("stage", "stageOptions", "The allowed value is `reviewer`. ")
        .replace("Filter used to query.", "**TODO: Add Description**.");
    let enum_page =
        "---\ndoc_type: enumPageType\n---\n# scheduleOptions enum type\n\n|Member|\n|:---|\n|principal|\n|approver|\n";
    let complex_page = type_page("caseFilter", "", "|field|String|The field.|\n");
    let json = contract(&[
        ("api/request-filterbycurrentuser.md", &listed),
        ("api/schedule-filterbycurrentuser.md", &paged),
        ("api/alert-filterbycurrentuser.md", &flagged),
        ("api/case-filterbycurrentuser.md", &complex),
        ("api/task-filterbycurrentuser.md", &unknown),
        ("api/stage-filterbycurrentuser.md", &one),
        ("resources/scheduleoptions.md", enum_page),
        ("resources/casefilter.md", &complex_page),
    ]);
    let on = |set: &str| {
        json["paths"][format!("/{set}s/filterByCurrentUser(on='{{on}}')")]["get"]["parameters"][0]["schema"].clone()
    };
    assert_eq!(on("request"), serde_json::json!({"type": "string", "enum": ["principal", "unknownFutureValue"]}));
    assert!(json["components"]["schemas"]["requestOptions"]["oneOf"].is_array(), "the row's list defines the enum");
    assert_eq!(on("schedule"), serde_json::json!({"type": "string", "enum": ["principal", "approver"]}));
    assert_eq!(on("alert"), serde_json::json!({"type": "string"}), "flags: a set of values joined by commas");
    assert_eq!(on("case"), serde_json::json!({"type": "string"}), "not an enum");
    assert_eq!(on("task"), serde_json::json!({"type": "string"}), "no values, no page");
    assert!(json["components"]["schemas"].get("taskOptions").is_none(), "no placeholder for it");
    assert_eq!(on("stage"), serde_json::json!({"type": "string", "enum": ["reviewer"]}));
}

/// `## Example` › `### HTTP Request`: an example's own call (literal ids), not the syntax;
/// unless the page has no other HTTP request section.
#[test]
fn an_http_request_heading_under_an_example_is_the_example_s() {
    let page = |syntax: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# todoTask: delta\n\n{syntax}## Response\nIf successful, this method returns a `200 OK` response code and a [todoTask](../resources/todotask.md) collection object in the response body.\n\n## Example\n### Request\nThe following example begins a round.\n\n### HTTP Request\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nGET https://graph.microsoft.com/beta/me/todo/lists/gDbc8U7HGwADDZocJgAAAA==/tasks/delta?$deltatoken=w0vf\n```\n"
        )
    };
    let with_syntax = page("## HTTP request\n```http\nGET /me/todo/lists/{id}/tasks/delta\n```\n\n");
    let json = contract(&[("api/todotask-delta.md", &with_syntax)]);
    let paths: Vec<&String> = json["paths"].as_object().unwrap().keys().collect();
    assert_eq!(paths, ["/me/todo/lists/{id}/tasks/delta"]);
    let alone = page("");
    let json = contract(&[("api/todotask-delta.md", &alone)]);
    assert_eq!(json["paths"].as_object().unwrap().len(), 1, "the only request section: {}", json["paths"]);
}

/// event's delta page: `startDateTime` "Optional for delta on events … Required for delta on
/// calendarView": required on the calendar view's lines only.
#[test]
fn a_parameter_required_for_some_lines_is_optional_on_the_others() {
    let page = "---\ndoc_type: apiPageType\n---\n# event: delta\n\n## HTTP request\n```http\nGET /me/calendarView/delta?startDateTime={start_datetime}&endDateTime={end_datetime}\nGET /me/events/delta\n```\n\n## Query parameters\n|Query parameter|Type|Description|\n|:---|:---|:---|\n|startDateTime|String|The start.<br>Optional for **delta** on events in a calendar. <br>Required for **delta** on **calendarView**.|\n|$deltatoken|string|A state token.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [event](../resources/event.md) collection object in the response body.\n";
    let json = contract(&[("api/event-delta.md", page)]);
    let required = |path: &str| get_parameter_required(&json, path, "startDateTime");
    assert_eq!(required("/me/calendarView/delta"), Some(true));
    assert_eq!(required("/me/events/delta"), Some(false), "{}", json["paths"]["/me/events/delta"]);
    // beta's page writes a group's calendar view without its `/delta`: `delta` is then a segment
    // some lines lack, and the events' lines (which have it) still lack `calendarView`.
    let slip = page.replace(
        "GET /me/events/delta\n",
        "GET /me/events/delta\nGET /me/events/delta?startDateTime={start_datetime}\nGET /groups/{id}/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}\n",
    );
    assert_ne!(slip, page);
    let json = contract(&[("api/event-delta.md", &slip)]);
    let required = |path: &str| get_parameter_required(&json, path, "startDateTime");
    assert_eq!(required("/me/calendarView/delta"), Some(true));
    assert_eq!(required("/me/events/delta"), Some(false), "{}", json["paths"]["/me/events/delta"]);
    // The group's calendar view, written passing its range, keeps it required.
    assert_eq!(required("/groups/{id}/calendarView"), Some(true), "{}", json["paths"]["/groups/{id}/calendarView"]);
    // `endDateTime`: "_Not supported_ by **delta** on events in a calendar. Required for **delta** on
    // **calendarView**.": the events' lines do not take it.
    let unsupported = page.replace(
        "|$deltatoken|",
        "|endDateTime|String|The end.<br>_Not supported_ by **delta** on events in a calendar. <br>Required for **delta** on **calendarView**.|\n|$deltatoken|",
    );
    let json = contract(&[("api/event-delta.md", &unsupported)]);
    let names = |path: &str| get_parameter_names(&json, path);
    assert!(
        names("/me/calendarView/delta").contains(&"endDateTime".to_string()),
        "{:?}",
        names("/me/calendarView/delta")
    );
    assert!(!names("/me/events/delta").contains(&"endDateTime".to_string()), "{:?}", names("/me/events/delta"));
    assert!(names("/me/events/delta").contains(&"startDateTime".to_string()));
}

#[test]
fn a_not_supported_clause_about_something_else_leaves_the_row_on_the_other_lines() {
    // The row says it is optional on the events' lines; its "not supported by" speaks of accounts.
    let page = "---\ndoc_type: apiPageType\n---\n# event: delta\n\n## HTTP request\n```http\nGET /me/calendarView/delta?startDateTime={start_datetime}&endDateTime={end_datetime}\nGET /me/events/delta\n```\n\n## Query parameters\n|Query parameter|Type|Description|\n|:---|:---|:---|\n|startDateTime|String|The start.<br>Optional for **delta** on events in a calendar. <br>Required for **delta** on **calendarView**. Time zones other than UTC are not supported by personal accounts.|\n|$deltatoken|string|A state token.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [event](../resources/event.md) collection object in the response body.\n";
    let json = contract(&[("api/event-delta.md", page)]);
    let names = |path: &str| get_parameter_names(&json, path);
    assert!(names("/me/events/delta").contains(&"startDateTime".to_string()), "{:?}", names("/me/events/delta"));
}

#[test]
fn a_row_not_supported_on_events_stays_on_a_calendar_view_line() {
    // "_Not supported_ by **delta** on events": a group's `…/calendarView` written without its
    // `/delta` (and without its range) is no events line, and still takes `endDateTime`.
    let page = "---\ndoc_type: apiPageType\n---\n# event: delta\n\n## HTTP request\n```http\nGET /me/calendarView/delta?startDateTime={start_datetime}&endDateTime={end_datetime}\nGET /me/events/delta\nGET /groups/{id}/calendarView\n```\n\n## Query parameters\n|Query parameter|Type|Description|\n|:---|:---|:---|\n|endDateTime|String|The end.<br>_Not supported_ by **delta** on events in a calendar. <br>Required for **delta** on **calendarView**.|\n|$deltatoken|string|A state token.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [event](../resources/event.md) collection object in the response body.\n";
    let json = contract(&[("api/event-delta.md", page)]);
    let names = |path: &str| get_parameter_names(&json, path);
    assert!(!names("/me/events/delta").contains(&"endDateTime".to_string()), "{:?}", names("/me/events/delta"));
    assert!(
        names("/groups/{id}/calendarView").contains(&"endDateTime".to_string()),
        "{:?}",
        names("/groups/{id}/calendarView")
    );
}

/// loginPage's `source` row: its link text misnames the enum its anchor names.
#[test]
fn a_link_to_a_values_section_names_the_enum_its_anchor_names() {
    let rows = "|source|[simulationContentStatus](../resources/simulation.md#simulationcontentsource-values)|The source. Possible values are: `unknown`, `global`, `tenant`, `unknownFutureValue`.|\n|status|[simulationContentStatus](../resources/simulation.md#simulationcontentstatus-values)|The status. Possible values are: `unknown`, `draft`, `ready`, `unknownFutureValue`.|\n";
    let page = type_page("loginPage", "", rows);
    let json = contract(&[("resources/loginpage.md", &page)]);
    let schemas = &json["components"]["schemas"];
    let props = &schemas["loginPage"]["properties"];
    let target = |p: &str| ref_of(&props[p]).as_str().or(props[p]["$ref"].as_str()).map(str::to_string);
    assert_eq!(target("source").as_deref(), Some("#/components/schemas/simulationContentSource"), "{props}");
    assert_eq!(target("status").as_deref(), Some("#/components/schemas/simulationContentStatus"));
    let values = |s: &str| schemas[s]["oneOf"][0]["enum"].clone();
    assert_eq!(
        values("simulationContentSource"),
        serde_json::json!(["unknown", "global", "tenant", "unknownFutureValue"])
    );
    assert_eq!(
        values("simulationContentStatus"),
        serde_json::json!(["unknown", "draft", "ready", "unknownFutureValue"])
    );
    // payload's rows copy one anchor (`#simulationstatus-values`) under both texts: the text
    // whose name ends with the property's is right.
    let copied = rows
        .replace(
            "[simulationContentStatus](../resources/simulation.md#simulationcontentsource-values)",
            "[simulationContentSource](../resources/simulation.md#simulationstatus-values)",
        )
        .replace("#simulationcontentstatus-values", "#simulationstatus-values");
    let json = contract(&[("resources/loginpage.md", &type_page("loginPage", "", &copied))]);
    let props = &json["components"]["schemas"]["loginPage"]["properties"];
    let target = |p: &str| ref_of(&props[p]).as_str().or(props[p]["$ref"].as_str()).map(str::to_string);
    assert_eq!(target("source").as_deref(), Some("#/components/schemas/simulationContentSource"), "{props}");
    assert_eq!(target("status").as_deref(), Some("#/components/schemas/simulationContentStatus"));
}

/// beta Intune's apps listed per kind, no kind's page among the inputs: an update table's
/// "Inherited from [mobileApp]" rows name the type the set `mobileApps` is named for.
#[test]
fn lists_per_kind_answer_the_set_s_type_an_update_table_s_rows_inherit_from() {
    let list = |kind: &str| {
        read_page(
            &format!("List {kind}s"),
            "GET /deviceAppManagement/mobileApps",
            &format!("a collection of [{kind}](../resources/intune-apps-{}.md) objects", kind.to_ascii_lowercase()),
        )
    };
    let update = "---\ndoc_type: apiPageType\n---\n# Update macOSDmgApp\n\n## HTTP request\n```http\nPATCH /deviceAppManagement/mobileApps/{mobileAppId}\n```\n\n## Request body\nIn the request body, supply a JSON representation for the [macOSDmgApp](../resources/intune-apps-macosdmgapp.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Key of the entity. Inherited from [mobileApp](../resources/intune-apps-mobileapp.md)|\n|created|DateTimeOffset|When. Inherited from [entity](../resources/entity.md)|\n|size|Int64|The size. Inherited from [mobileLobApp](../resources/intune-apps-mobilelobapp.md)|\n|bundleId|String|The bundle.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [macOSDmgApp](../resources/intune-apps-macosdmgapp.md) object in the response body.\n";
    let pages = [
        ("api/intune-apps-win32lobapp-list.md", list("win32LobApp")),
        ("api/intune-apps-iosvppapp-list.md", list("iosVppApp")),
        ("api/intune-apps-macosdmgapp-update.md", update.to_string()),
    ];
    let files: Vec<(&str, &str)> = pages.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let json = contract(&files);
    let op = &json["paths"]["/deviceAppManagement/mobileApps"]["get"];
    let answer = &op["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(answer["$ref"], "#/components/schemas/mobileAppCollectionResponse", "{op}");
    // The kinds' placeholders, which nothing names any more, are left out; and `entity`, no set's type.
    let names: Vec<&String> = json["components"]["schemas"].as_object().unwrap().keys().collect();
    for unused in ["iosVppApp", "win32LobApp", "mobileLobApp", "entity"] {
        assert!(!names.iter().any(|n| *n == unused), "{unused}: {names:?}");
    }
    let c = convert(files.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    assert!(!c.diagnostics.iter().any(|d| d.message.contains("`entity`")), "{:?}", c.diagnostics);
}

/// security's audit log queries: the response links the bare name's page, the response
/// annotation names the type in its namespace; an older service's namespace names no Graph type.
#[test]
fn a_response_annotation_qualifies_the_bare_name_the_prose_links() {
    let page = |annotated: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List auditLogQueries\n\nNamespace: microsoft.graph.security\n\n## HTTP request\n```http\nGET /security/auditCore/auditLogQueries\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [auditLogQuery](../resources/auditlogquery.md) objects in the response body.\n\n## Examples\n### Request\n<!-- {{ \"blockType\": \"request\", \"name\": \"list_auditlogquery\" }} -->\n```http\nGET https://graph.microsoft.com/beta/security/auditCore/auditLogQueries\n```\n\n### Response\n<!-- {{ \"blockType\": \"response\", \"truncated\": true, \"@odata.type\": \"Collection({annotated})\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": [{{\"id\": \"1\"}}]}}\n```\n"
        )
    };
    let answer = |annotated: &str| {
        let json = contract(&[("api/security-auditcoreroot-list-auditlogqueries.md", &page(annotated))]);
        json["paths"]["/security/auditCore/auditLogQueries"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"]["$ref"]
            .clone()
    };
    assert_eq!(
        answer("microsoft.graph.security.auditLogQuery"),
        "#/components/schemas/security.auditLogQueryCollectionResponse"
    );
    assert_eq!(
        answer("microsoft.OutlookServices.auditLogQuery"),
        "#/components/schemas/auditLogQueryCollectionResponse"
    );
}

/// eDiscovery's purgeData: no parameter required, and the example posts nothing.
#[test]
fn a_body_of_optional_parameters_an_example_leaves_out_is_optional() {
    let page = |example_body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# ediscoverySearch: purgeData\n\n## HTTP request\n```http\nPOST /security/cases/ediscoveryCases/{{caseId}}/searches/{{searchId}}/purgeData\n```\n\n## Request body\nIn the request body, supply a JSON representation of the parameters.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|purgeType|String|Soft or hard delete.|\n|purgeAreas|String|Where.|\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n\n## Examples\n### Request\n<!-- {{ \"blockType\": \"request\", \"name\": \"purge\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/security/cases/ediscoveryCases/b0/searches/c6/purgeData\n{example_body}```\n\n### Response\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 202 Accepted\n```\n"
        )
    };
    let required = |example_body: &str| {
        let json = contract(&[("api/security-ediscoverysearch-purgedata.md", &page(example_body))]);
        json["paths"]["/security/cases/ediscoveryCases/{caseId}/searches/{searchId}/purgeData"]["post"]["requestBody"]
            ["required"]
            .as_bool()
            .unwrap_or(false)
    };
    assert!(!required(""), "the example sends nothing");
    assert!(
        required("Content-Type: application/json\n\n{\"purgeType\": \"recoverable\"}\n"),
        "the example sends a body"
    );
    // An update whose example leaves its body out (beta's approvalStep update): an update sending
    // nothing changes nothing; the docs left the body out.
    let update = page("")
        .replace("POST /security", "PATCH /security")
        .replace("POST https", "PATCH https")
        .replace("/purgeData", "")
        .replace("# ediscoverySearch: purgeData", "# Update ediscoverySearch");
    let json = contract(&[("api/security-ediscoverysearch-update.md", &update)]);
    let body = &json["paths"]["/security/cases/ediscoveryCases/{caseId}/searches/{searchId}"]["patch"]["requestBody"];
    assert_eq!(body["required"], true, "{body}");
    // Rows an update's table calls "Optional." (each may be left out of the changes), one example
    // sending the changes and another leaving the body out: the docs' omission still.
    let two = update
        .replace("|Soft or hard delete.|", "|Optional. Soft or hard delete.|")
        .replace("|Where.|", "|Optional. Where.|")
        .replace(
            "/searches/c6\n```",
            "/searches/c6\nContent-Type: application/json\n\n{\"purgeType\": \"recoverable\"}\n```\n\n### Request 2\n<!-- { \"blockType\": \"request\", \"name\": \"update_2\" } -->\n```http\nPATCH https://graph.microsoft.com/beta/security/cases/ediscoveryCases/b0/searches/c7\n```",
        );
    assert!(two.contains("update_2"), "{two}");
    let json = contract(&[("api/security-ediscoverysearch-update.md", &two)]);
    let body = &json["paths"]["/security/cases/ediscoveryCases/{caseId}/searches/{searchId}"]["patch"]["requestBody"];
    assert_eq!(body["required"], true, "{body}");
    // An update by `PUT` (v1.0's openShift, shift and schedule updates) no less.
    let put = update.replace("PATCH /security", "PUT /security").replace("PATCH https", "PUT https");
    let json = contract(&[("api/security-ediscoverysearch-update.md", &put)]);
    let body = &json["paths"]["/security/cases/ediscoveryCases/{caseId}/searches/{searchId}"]["put"]["requestBody"];
    assert_eq!(body["required"], true, "{body}");
}

/// partners billing's operation read: a sentence per outcome, each answering `200 OK` with
/// another kind; the base's page lists them ("Base type of [x], [y], and [z]."), their pages
/// missing: the base.
#[test]
fn a_sentence_per_outcome_answering_one_status_with_other_kinds_answers_their_base() {
    let get = "---\ndoc_type: apiPageType\n---\n# Get operation\n\n## HTTP request\n```http\nGET /reports/partners/billing/operations/{operationId}\n```\n\n## Response\nIf an operation completes successfully, this method returns a `200 OK` response code and a [exportSuccessOperation](../resources/partners-billing-exportsuccessoperation.md) object in the response body.\n\nIf an operation fails, this method returns a `200 OK` response code and a [failedOperation](../resources/partners-billing-failedoperation.md) object in the response body.\n\nIf an operation is still running, this method returns a `200 OK` response code and a [runningOperation](../resources/partners-billing-runningoperation.md) object in the response body.\n";
    let base = "---\ndoc_type: resourcePageType\n---\n# operation resource type\n\nBase type of [exportSuccessOperation](../resources/partners-billing-exportsuccessoperation.md), [failedOperation](../resources/partners-billing-failedoperation.md), and [runningOperation](../resources/partners-billing-runningoperation.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|status|String|The status.|\n";
    let json =
        contract(&[("api/partners-billing-operation-get.md", get), ("resources/partners-billing-operation.md", base)]);
    let op = &json["paths"]["/reports/partners/billing/operations/{operationId}"]["get"];
    let answer = &op["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(answer["$ref"], "#/components/schemas/operation", "{op}");
}

/// Verified ID profiles: a row typed by a linked type lists "possible values" of a member of it,
/// while the examples send objects; the values define no enum then.
#[test]
fn a_row_s_possible_values_define_no_enum_the_examples_show_as_objects() {
    let page = |shown: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create verifiedIdProfile\n\n## HTTP request\n```http\nPOST /identity/verifiedId/profiles\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n|usages|[usageConfiguration](../resources/usageconfiguration.md) collection|The usage purposes. The possible values are: `recovery`, `onboarding`, `unknownFutureValue`. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Examples\n### Request\n<!-- {{ \"blockType\": \"request\", \"name\": \"create_profile\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/identity/verifiedId/profiles\nContent-Type: application/json\n\n{{\"name\": \"a\", \"usages\": [{shown}]}}\n```\n\n### Response\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 201 Created\n```\n"
        )
    };
    let schema = |shown: &str| {
        let json = contract(&[("api/identityverifiedidroot-post-profiles.md", &page(shown))]);
        json["components"]["schemas"]["usageConfiguration"].clone()
    };
    let object = schema(r##"{"@odata.type": "#microsoft.graph.usageConfiguration", "purpose": "recovery"}"##);
    assert_eq!(object["type"], "object", "{object}");
    let listed = schema(r#""recovery""#);
    assert!(listed["oneOf"].is_array(), "strings: the enum stands: {listed}");
    // A number where a value belongs (BitLocker's `"volumeType": 1`) is the example's slip, no object.
    let number = schema("1");
    assert!(number["oneOf"].is_array(), "a number: the enum stands: {number}");
}

/// An outbound shared profile's removePersonalData: "The binding parameter of the action" is the
/// entity the path addresses, no argument of a GET's call nor member of a POST's body.
#[test]
fn a_binding_parameter_row_is_neither_an_argument_nor_a_member() {
    let page = |method: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# outboundSharedUserProfile: removePersonalData\n\n## HTTP request\n```http\n{method} /directory/outboundSharedUserProfiles/{{userId}}/removePersonalData\n```\n\n## Request body\nProvide a request body with the following parameters.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|bindingParameter|[microsoft.graph.outboundSharedUserProfile](../resources/outboundshareduserprofile.md)|The binding parameter of the action. This is the user id.|\n|reason|String|Why.|\n\n## Response\nIf successful, this method returns a `204 No content` response code.\n"
        )
    };
    let json = contract(&[("api/outboundshareduserprofile-removepersonaldata.md", &page("GET"))]);
    let paths: Vec<&String> = json["paths"].as_object().unwrap().keys().collect();
    assert!(paths.iter().all(|p| !p.contains("bindingParameter")), "{paths:?}");
    let json = contract(&[("api/outboundshareduserprofile-removepersonaldata.md", &page("POST"))]);
    let op = &json["paths"]["/directory/outboundSharedUserProfiles/{userId}/removePersonalData"]["post"];
    let body = op["requestBody"]["content"]["application/json"]["schema"].to_string();
    assert!(body.contains("reason") && !body.contains("bindingParameter"), "{body}");
}

/// teams' getAllMessages: "a list of [chatMessages](../resources/chatmessage.md)", the page and
/// every singular spelling missing: the type is the plural's singular.
#[test]
fn a_plural_link_to_a_missing_page_names_its_singular() {
    let page = read_page(
        "teams: getAllMessages",
        "GET /teams/{team-id}/channels/getAllMessages",
        "a list of [chatMessages](../resources/chatmessage.md)",
    );
    let json = contract(&[("api/teams-getallmessages.md", &page)]);
    let names: Vec<&String> = json["components"]["schemas"].as_object().unwrap().keys().collect();
    assert!(names.iter().any(|n| *n == "chatMessage"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("chatMessages")), "{names:?}");
}

/// beta's onlineMeeting update: `allowedPresenters | onlineMeetingPresenters`, no page for the
/// type, no request example sending it; the answer (the meeting) shows it as a string.
#[test]
fn an_update_s_answer_shows_what_its_table_s_undefined_types_are() {
    let page = |method: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update onlineMeeting\n\n## HTTP request\n```http\n{method} /me/onlineMeetings/{{meetingId}}\n```\n\n## Request body\n| Property | Type | Description |\n|:--|:--|:--|\n| subject | String | The subject. |\n| allowedPresenters | onlineMeetingPresenters | Who can present. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [onlineMeeting](../resources/onlinemeeting.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"update\" }} -->\n```http\n{method} https://graph.microsoft.com/beta/me/onlineMeetings/m1\nContent-Type: application/json\n\n{{\"subject\": \"Sync\"}}\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.onlineMeeting\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"id\": \"m1\", \"subject\": \"Sync\", \"allowedPresenters\": \"everyone\"}}\n```\n"
        )
    };
    let json = contract(&[("api/onlinemeeting-update.md", &page("PATCH"))]);
    let schema = &json["components"]["schemas"]["onlineMeetingPresenters"];
    assert_eq!(schema["type"], "string", "{schema}");
    // A create's answer is the entity too, but its table may be a call's parameters: no evidence.
    let json = contract(&[("api/onlinemeeting-update.md", &page("POST"))]);
    assert_eq!(json["components"]["schemas"]["onlineMeetingPresenters"]["type"], "object");
}

/// v1.0's orgContact and subscribedSku: "Inherits from [directoryObject]" beside an annotation's
/// `"baseType": "microsoft.graph.entity"`: the prose's base, which derives from `entity`.
#[test]
fn a_prose_base_deriving_from_the_annotation_s_entity_is_the_base() {
    let annotated = |name: &str, base: &str| {
        format!(
            "\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\", \"baseType\": \"microsoft.graph.{base}\"}} -->\n```json\n{{}}\n```\n"
        )
    };
    let contact =
        type_page("orgContact", "directoryObject", "|mail|String|The mail.|\n") + &annotated("orgContact", "entity");
    let object = type_page("directoryObject", "", "|deletedDateTime|DateTimeOffset|When deleted.|\n")
        + &annotated("directoryObject", "entity");
    let entity = type_page("entity", "", "|id|String|The key.|\n");
    let json = contract(&[
        ("resources/orgcontact.md", &contact),
        ("resources/directoryobject.md", &object),
        ("resources/entity.md", &entity),
    ]);
    let props = &json["components"]["schemas"]["orgContact"]["properties"];
    assert!(props.get("deletedDateTime").is_some(), "{props}");
    assert!(props.get("id").is_some());
    // Without the prose's page, the annotation's `entity` stands.
    let json = contract(&[("resources/orgcontact.md", &contact), ("resources/entity.md", &entity)]);
    assert!(json["components"]["schemas"]["orgContact"]["properties"].get("id").is_some());
    // beta's directoryObject names no base and has its own key: a root as `entity` is.
    let rooted = |key: &str| {
        let object =
            type_page("directoryObject", "", &format!("{key}|deletedDateTime|DateTimeOffset|When deleted.|\n"));
        let json = contract(&[("resources/orgcontact.md", &contact), ("resources/directoryobject.md", &object)]);
        json["components"]["schemas"]["orgContact"]["properties"].get("deletedDateTime").is_some()
    };
    assert!(rooted("|id|String|The key. Read-only.|\n"));
    assert!(!rooted(""), "a root without a key says nothing of `entity`");
}

#[test]
fn rows_inherited_from_a_request_table_s_type_give_no_base() {
    // beta's attack simulation payload: "Inherits from [entity]" (no page among the inputs), two
    // enum rows "Inherited from [simulation]", a type only the create page's table describes:
    // `entity`, the root, gets no base, nor the payload that type's members.
    let payload = "---\ndoc_type: resourcePageType\n---\n# payload resource type\n\nInherits from [entity](../resources/entity.md).\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n|source|String|The source. Inherited from [simulation](../resources/simulation.md).|\n";
    let post = "---\ndoc_type: apiPageType\n---\n# Create simulation\n\n## HTTP request\n```http\nPOST /security/attackSimulation/simulations\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [simulation](../resources/simulation.md) object.\n\n|Property|Type|Description|\n|:--|:--|:--|\n|attackTechnique|String|The technique.|\n|launchDateTime|DateTimeOffset|When.|\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n";
    let json = contract(&[("resources/payload.md", payload), ("api/attacksimulationroot-post-simulation.md", post)]);
    let schemas = &json["components"]["schemas"];
    assert!(schemas["entity"].get("allOf").is_none(), "{}", schemas["entity"]);
    assert!(!schemas["payload"].to_string().contains("attackTechnique"), "{}", schemas["payload"]);
    // Each guard alone: a base other than `entity` (no page) and the request table's type…
    let other_base = payload.replace("[entity](../resources/entity.md)", "[payloadBase](../resources/payloadbase.md)");
    let json =
        contract(&[("resources/payload.md", &other_base), ("api/attacksimulationroot-post-simulation.md", post)]);
    assert!(!json["components"]["schemas"]["payload"].to_string().contains("attackTechnique"));
    // … and `entity` beside an ancestor a resource page defines.
    let simulation = "---\ndoc_type: resourcePageType\n---\n# simulation resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|attackTechnique|String|The technique.|\n";
    let json = contract(&[("resources/payload.md", payload), ("resources/simulation.md", simulation)]);
    let payload_schema = json["components"]["schemas"]["payload"].to_string();
    assert!(!payload_schema.contains("attackTechnique"), "{payload_schema}");
}

#[test]
fn a_row_inherited_from_a_namespaced_type_finds_it_by_its_link() {
    // beta's industryData inbound file flow create: "Inherited from [inboundFlow](…)" on a page
    // of `microsoft.graph.industryData`, whose type page names the type in that namespace.
    let flow = "---\ndoc_type: resourcePageType\n---\n# inboundFlow resource type\n\nNamespace: microsoft.graph.industryData\n\nA flow.\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|displayName|String|The name.|\n";
    let post = "---\ndoc_type: apiPageType\n---\n# Create inboundFileFlow\n\nNamespace: microsoft.graph.industryData\n\n## HTTP request\n```http\nPOST /external/industryData/inboundFlows\n```\n\n## Request body\n|Property|Type|Description|\n|:--|:--|:--|\n|displayName|String|The name. Inherited from [inboundFlow](../resources/industrydata-inboundflow.md). Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n";
    let c = convert(vec![
        SourceFile::new("resources/industrydata-inboundflow.md", flow),
        SourceFile::new("api/industrydata-inboundfileflow-post.md", post),
    ]);
    let missing: Vec<&str> =
        c.diagnostics.iter().filter(|d| d.code == codes::MISSING_TYPE_PAGE).map(|d| d.message.as_str()).collect();
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn an_inline_body_member_every_example_sends_as_an_array_is_a_collection() {
    // beta's fileStorageContainerTypeRegistration update: `|applicationPermissionGrants|[x](…)|`
    // in a table of no type, both examples sending an array.
    let grant = type_page("grant", "", "|appId|String|The app.|\n");
    let update = |sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update registration\n\n## HTTP request\n```http\nPATCH /storage/registrations/{{id}}\n```\n\n## Request body\n\n|Property|Type|Description|\n|:---|:---|:---|\n|grants|[grants](../resources/grant.md)|The grants. Optional.|\n|etag|String|The etag. Required.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"update\" }} -->\n```http\nPATCH https://graph.microsoft.com/beta/storage/registrations/1\nContent-Type: application/json\n\n{{\"grants\": {sent}, \"etag\": \"1\"}}\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 204 No Content\n```\n"
        )
    };
    let grants = |sent: &str| {
        let json = contract(&[("resources/grant.md", grant.as_str()), ("api/registration-update.md", &update(sent))]);
        let body = &json["paths"]["/storage/registrations/{id}"]["patch"]["requestBody"]["content"]["application/json"]
            ["schema"];
        let grants = &body["properties"]["grants"];
        grants["type"].as_str().map_or_else(|| ref_of(grants), |t| t.into())
    };
    assert_eq!(grants(r#"[{"appId": "1"}]"#), "array");
    assert_eq!(grants(r#"{"appId": "1"}"#), "#/components/schemas/grant");
}

#[test]
fn a_member_already_made_a_collection_is_not_wrapped_again() {
    // v1.0's contact update: `|businessPhones|String|` given its entity's `String collection`
    // by the update's rules after the walk saw arrays for it.
    let origin = crate::model::Origin { file: crate::FileId(0), offset: 7 };
    let lists = std::collections::HashMap::from([(origin, 3)]);
    let string = crate::types::TypeRef::Primitive(crate::types::Primitive::String);
    let mut p = crate::model::Property {
        name: "businessPhones".into(),
        ty: crate::types::TypeRef::Collection(Box::new(string.clone())),
        description: None,
        required: false,
        read_only: false,
        write_only: false,
        deprecated: false,
        nullable: true,
        origin,
    };
    assert!(super::member_shown_as_list(&mut p, "x", &lists, &mut Default::default()).is_none());
    assert_eq!(p.ty, crate::types::TypeRef::Collection(Box::new(string.clone())));
    p.ty = string.clone();
    assert!(super::member_shown_as_list(&mut p, "x", &lists, &mut Default::default()).is_some());
    assert_eq!(p.ty, crate::types::TypeRef::Collection(Box::new(string)));
}

#[test]
fn a_list_written_like_a_read_is_not_the_read_documented_twice() {
    // beta's places: "List places" writes `GET /places/{placeType}` and answers a collection; "Get
    // place" writes `GET /places/{id}` and answers one. One template, two requests.
    let get = "---\ndoc_type: apiPageType\n---\n# Get place\n\n## HTTP request\n```http\nGET /places/{id}\n```\n\n## Optional query parameters\nThis method supports the `$select` query parameter.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [place](../resources/place.md) object in the response body.\n";
    let list = "---\ndoc_type: apiPageType\n---\n# List places\n\n## HTTP request\n```http\nGET /places/{placeType}\n```\n\n## Optional query parameters\nThis method supports the `$filter`, `$top`, `$skip` and `$count` query parameters.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [place](../resources/place.md) objects in the response body.\n";
    let place = type_page("place", "", "|id|String|The id.|\n");
    let pages = [("api/place-get.md", get), ("api/place-list.md", list), ("resources/place.md", place.as_str())];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let paths = json["paths"].as_object().unwrap();
    assert_eq!(paths.len(), 1, "one template");
    let op = &paths.values().next().unwrap()["get"];
    assert_eq!(op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/place");
    let names: Vec<&str> = op["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names[1..], ["$select"], "the read's own options: {op}");
    assert!(c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_OPERATION), "the pages disagree");
}

#[test]
fn a_member_linking_a_page_its_representation_types_is_that_page_s_type() {
    // v1.0's provisioning object summary: `[servicePrincipal](provisioningserviceprincipal.md)`,
    // represented as `provisioningServicePrincipal`; Graph's `servicePrincipal` is another type.
    let summary = "---\ndoc_type: resourcePageType\n---\n# provisioningObjectSummary resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|servicePrincipal|[servicePrincipal](provisioningserviceprincipal.md) collection|The service principal.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.provisioningObjectSummary\" } -->\n```json\n{\n  \"id\": \"String\",\n  \"servicePrincipal\": [{\"@odata.type\": \"microsoft.graph.provisioningServicePrincipal\"}]\n}\n```\n";
    let service_principal = type_page("servicePrincipal", "", "|appId|String|The app.|\n");
    let pages = [
        ("resources/provisioningobjectsummary.md", summary),
        ("resources/serviceprincipal.md", service_principal.as_str()),
    ];
    let json = contract(&pages);
    let member = &json["components"]["schemas"]["provisioningObjectSummary"]["properties"]["servicePrincipal"];
    assert_eq!(member["items"]["$ref"], "#/components/schemas/provisioningServicePrincipal", "{member}");
    assert!(
        json["components"]["schemas"]["provisioningServicePrincipal"].is_object(),
        "a placeholder for the page's type"
    );
}

#[test]
fn a_create_body_requires_the_members_of_its_type_its_table_marks() {
    let create = "---\ndoc_type: apiPageType\n---\n# Create remoteNetwork\n\n## HTTP request\n```http\nPOST /remoteNetworks\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [remoteNetwork](../resources/remotenetwork.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|Name. Required.|\n|region|String|The region. Required.|\n|tunnel|String|Not one of the type's. Required.|\n|version|String|The version.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [remoteNetwork](../resources/remotenetwork.md) object in the response body.\n";
    let network = type_page(
        "remoteNetwork",
        "",
        "|id|String|The id. Read-only.|\n|name|String|Name.|\n|region|String|The region.|\n|version|String|The version.|\n",
    );
    let json = contract(&[("api/remotenetwork-create.md", create), ("resources/remotenetwork.md", network.as_str())]);
    let schema = &json["paths"]["/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(ref_of(schema), "#/components/schemas/remoteNetwork", "{schema}");
    // The row the type lacks is the body's own member beside it, required as marked.
    assert_eq!(schema["allOf"][1]["required"], serde_json::json!(["name", "region", "tunnel"]), "{schema}");
    assert_eq!(schema["allOf"][1]["properties"]["tunnel"]["type"], "string", "{schema}");
    assert!(schema["allOf"][1]["properties"].get("name").is_none(), "the type's own stay the type's: {schema}");
    // A member read-only on the type's page is not, whatever the create's table says.
    let read_only = network.replace("|The region.|", "|The region. Read-only.|");
    let json = contract(&[("api/remotenetwork-create.md", create), ("resources/remotenetwork.md", read_only.as_str())]);
    let schema = &json["paths"]["/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(schema["allOf"][1]["required"], serde_json::json!(["name", "tunnel"]), "{schema}");
    // But a read-only key the create requires (a partner's `tenantId`, "Read-only. Key."): the body
    // lists the type's members itself, the key writable and required.
    let key = network.replace("|The region.|", "|The region. Read-only. Key.|");
    let json = contract(&[("api/remotenetwork-create.md", create), ("resources/remotenetwork.md", key.as_str())]);
    let schema = &json["paths"]["/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(schema["required"], serde_json::json!(["name", "region", "tunnel"]), "{schema}");
    assert!(schema["properties"]["region"].get("readOnly").is_none(), "{schema}");
    assert_eq!(schema["properties"]["id"]["readOnly"], true, "{schema}");
    // So is the `id` a create requires (a branding localization's locale, "Read-only." on its type).
    let id_required = create
        .replace("|name|String|Name. Required.|", "|id|String|The locale. Required.|\n|name|String|Name. Required.|");
    let json = contract(&[
        ("api/remotenetwork-create.md", id_required.as_str()),
        ("resources/remotenetwork.md", network.as_str()),
    ]);
    let schema = &json["paths"]["/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(schema["required"], serde_json::json!(["id", "name", "region", "tunnel"]), "{schema}");
    // Nothing marked: the type, with the row it lacks beside it, nothing required.
    let unmarked = create.replace(" Required.", "");
    let json = contract(&[
        ("api/remotenetwork-create.md", unmarked.as_str()),
        ("resources/remotenetwork.md", network.as_str()),
    ]);
    let schema = &json["paths"]["/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(schema["allOf"][0]["$ref"], "#/components/schemas/remoteNetwork", "{schema}");
    assert!(schema["allOf"][1].get("required").is_none(), "{schema}");
    // Without the row the type lacks: the type itself.
    let own_rows = unmarked.replace("|tunnel|String|Not one of the type's.|\n", "");
    let json = contract(&[
        ("api/remotenetwork-create.md", own_rows.as_str()),
        ("resources/remotenetwork.md", network.as_str()),
    ]);
    let schema = &json["paths"]["/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/remoteNetwork", "{schema}");
}

#[test]
fn a_create_documented_on_two_pages_requires_what_both_mark() {
    // Intune-like creates per kind on one `POST`: one page marks `displayName` "Required.", the
    // other does not; whichever comes first, the operation requires what both do.
    let create = |kind: &str, mark: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create {kind}\n\n## HTTP request\n```http\nPOST /deviceManagement/things\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [{kind}](../resources/{kind}.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Name.{mark}|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [{kind}](../resources/{kind}.md) object in the response body.\n"
        )
    };
    let thing = type_page("thing", "", "|id|String|The id. Read-only.|\n|displayName|String|Name.|\n");
    let a = type_page("aThing", "thing", "|size|Int32|Size.|\n");
    let b = type_page("bThing", "thing", "|color|String|Color.|\n");
    let (marked, unmarked) = (create("aThing", " Required."), create("bThing", ""));
    for (first, second) in [("athing-create.md", "bthing-create.md"), ("zthing-create.md", "bthing-create.md")] {
        let json = contract(&[
            (format!("api/{first}").as_str(), marked.as_str()),
            (format!("api/{second}").as_str(), unmarked.as_str()),
            ("resources/thing.md", thing.as_str()),
            ("resources/athing.md", a.as_str()),
            ("resources/bthing.md", b.as_str()),
        ]);
        let schema =
            &json["paths"]["/deviceManagement/things"]["post"]["requestBody"]["content"]["application/json"]["schema"];
        assert_eq!(schema["$ref"], "#/components/schemas/thing", "{first}: {schema}");
    }
}

#[test]
fn a_page_naming_only_the_type_has_no_word_on_what_a_create_requires() {
    // beta's threat submissions: one page says only "supply a JSON representation of the
    // [fileThreatSubmission] object", the other lists the members and marks `fileName` "Required.":
    // whichever comes first, the operation requires what the page listing members marks.
    let page = |table: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create fileThreatSubmission\n\n## HTTP request\n```http\nPOST /security/threatSubmission/fileThreats\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [fileThreatSubmission](../resources/filethreatsubmission.md) object.\n\n{table}## Response\nIf successful, this method returns a `201 Created` response code and a [fileThreatSubmission](../resources/filethreatsubmission.md) object in the response body.\n"
        )
    };
    let listing = page(
        "|Property|Type|Description|\n|:---|:---|:---|\n|fileName|String|The name. Required.|\n|source|String|The source. Optional.|\n\n",
    );
    let naming = page("");
    let submission = type_page(
        "fileThreatSubmission",
        "",
        "|id|String|The id. Read-only.|\n|fileName|String|The name.|\n|source|String|The source.|\n",
    );
    for (first, second) in [("a-create.md", "b-create.md"), ("b-create.md", "a-create.md")] {
        let json = contract(&[
            (format!("api/{first}").as_str(), listing.as_str()),
            (format!("api/{second}").as_str(), naming.as_str()),
            ("resources/filethreatsubmission.md", submission.as_str()),
        ]);
        let schema = &json["paths"]["/security/threatSubmission/fileThreats"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"];
        assert_eq!(schema["allOf"][1]["required"], serde_json::json!(["fileName"]), "{first}: {schema}");
    }
    // Two pages listing members: what both mark, as before.
    let json = contract(&[
        ("api/a-create.md", listing.as_str()),
        ("api/b-create.md", listing.replace(" Required.", "").as_str()),
        ("resources/filethreatsubmission.md", submission.as_str()),
    ]);
    let schema = &json["paths"]["/security/threatSubmission/fileThreats"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/fileThreatSubmission", "{schema}");
}

#[test]
fn which_page_comes_first_decides_nothing_with_a_page_naming_the_type_between_two_listing_ones() {
    // Three pages of one create: one names the type alone, one lists the members and marks none,
    // one marks `fileName` "Required.". The page listing without marks says `fileName` is not
    // required of it, so the operation requires nothing, in whatever order the pages come.
    let page = |table: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create fileThreatSubmission\n\n## HTTP request\n```http\nPOST /security/threatSubmission/fileThreats\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [fileThreatSubmission](../resources/filethreatsubmission.md) object.\n\n{table}## Response\nIf successful, this method returns a `201 Created` response code and a [fileThreatSubmission](../resources/filethreatsubmission.md) object in the response body.\n"
        )
    };
    let marking = page(
        "|Property|Type|Description|\n|:---|:---|:---|\n|fileName|String|The name. Required.|\n|source|String|The source. Optional.|\n\n",
    );
    let unmarked = page(
        "|Property|Type|Description|\n|:---|:---|:---|\n|fileName|String|The name.|\n|source|String|The source.|\n\n",
    );
    let naming = page("");
    let submission = type_page(
        "fileThreatSubmission",
        "",
        "|id|String|The id. Read-only.|\n|fileName|String|The name.|\n|source|String|The source.|\n",
    );
    for (naming_at, unmarked_at) in [("a-create.md", "b-create.md"), ("b-create.md", "a-create.md")] {
        let json = contract(&[
            (format!("api/{naming_at}").as_str(), naming.as_str()),
            (format!("api/{unmarked_at}").as_str(), unmarked.as_str()),
            ("api/c-create.md", marking.as_str()),
            ("resources/filethreatsubmission.md", submission.as_str()),
        ]);
        let schema = &json["paths"]["/security/threatSubmission/fileThreats"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"];
        assert_eq!(
            schema["$ref"], "#/components/schemas/fileThreatSubmission",
            "naming page {naming_at}, unmarked listing {unmarked_at}: {schema}"
        );
    }
}

#[test]
fn a_create_table_under_the_required_sentence_is_the_page_s_word_whatever_share_of_the_type_it_lists() {
    // beta's cross-tenant partner create: "The following table shows the properties that are
    // required when you create the [crossTenantAccessPolicyConfigurationPartner]" above a table of
    // the type's members, none marked; the type's key is `tenantId`, not `id`, and the rows do not
    // repeat the type page's "Inherited from". Weighing the rows against the type cannot tell the
    // generator's whole-type table from a create requiring most of its type (an API connector's
    // three of four, a PUT's every member): the sentence is the page's word, and the rows required.
    let create = "---\ndoc_type: apiPageType\n---\n# Create crossTenantAccessPolicyConfigurationPartner\n\n## HTTP request\n```http\nPOST /policies/crossTenantAccessPolicy/partners\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [crossTenantAccessPolicyConfigurationPartner](../resources/crosstenantaccesspolicyconfigurationpartner.md) object.\n\nThe following table shows the properties that are required when you create the [crossTenantAccessPolicyConfigurationPartner](../resources/crosstenantaccesspolicyconfigurationpartner.md).\n\n|Property|Type|Description|\n|:---|:---|:---|\n|b2bDirectConnectInbound|String|Defines your partner-specific configuration for users from other organizations accessing your resources via Azure AD B2B direct connect.|\n|inboundTrust|String|Determines the partner-specific configuration for trusting other Conditional Access claims from external Azure AD organizations.|\n|isServiceProvider|Boolean|Identifies whether the partner-specific configuration is a Cloud Service Provider for your organization.|\n|tenantId|String|The tenant identifier for the partner Azure Active Directory (Azure AD) organization.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [crossTenantAccessPolicyConfigurationPartner](../resources/crosstenantaccesspolicyconfigurationpartner.md) object in the response body.\n";
    let partner = type_page(
        "crossTenantAccessPolicyConfigurationPartner",
        "",
        "|b2bDirectConnectInbound|String|Inbound settings. Inherited from [crossTenantAccessPolicyConfigurationBase](crosstenantaccesspolicyconfigurationbase.md).|\n|inboundTrust|String|Trust settings. Inherited from [crossTenantAccessPolicyConfigurationBase](crosstenantaccesspolicyconfigurationbase.md).|\n|isServiceProvider|Boolean|Whether the partner is a service provider.|\n|tenantId|String|The tenant identifier; the key.|\n",
    );
    let json = contract(&[
        ("api/crosstenantaccesspolicy-post-partners.md", create),
        ("resources/crosstenantaccesspolicyconfigurationpartner.md", partner.as_str()),
    ]);
    let schema = &json["paths"]["/policies/crossTenantAccessPolicy/partners"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(ref_of(schema), "#/components/schemas/crossTenantAccessPolicyConfigurationPartner");
    assert_eq!(
        schema["allOf"][1]["required"],
        serde_json::json!(["b2bDirectConnectInbound", "inboundTrust", "isServiceProvider", "tenantId"]),
        "{schema}"
    );
}

#[test]
fn a_create_table_of_the_three_members_it_requires_stays_required_though_they_are_most_of_the_type() {
    // v1.0's identityApiConnector create: "The following table shows the properties that are
    // required when you create the [identityApiConnector]" above `displayName`, `targetUrl` and
    // `authenticationConfiguration`, leaving out the type's `id`; both examples send the three. The
    // type has four members, none read-only: three rows are "half or more" of them, yet they are the
    // page's word on what a create must send, not a template above the whole type.
    let create = "---\ndoc_type: apiPageType\n---\n# Create identityApiConnector\n\nNamespace: microsoft.graph\n\nCreate a new [identityApiConnector](../resources/identityapiconnector.md) object.\n\n## HTTP request\n```http\nPOST /identity/apiConnectors\n```\n\n## Request body\n\nIn the request body, supply a JSON representation of the [identityApiConnector](../resources/identityapiconnector.md) object.\n\nThe following table shows the properties that are required when you create the [identityApiConnector](../resources/identityapiconnector.md).\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String| The name of the API connector. |\n|targetUrl|String| The URL of the API endpoint to call. |\n|authenticationConfiguration|[apiAuthenticationConfigurationBase](../resources/apiauthenticationconfigurationbase.md)|The object which describes the authentication configuration details for calling the API.|\n\n## Response\n\nIf successful, this method returns a `201 Created` response code and an [identityApiConnector](../resources/identityapiconnector.md) object in the response body.\n\n## Examples\n\n<!-- {\n  \"blockType\": \"request\",\n  \"name\": \"create_identityapiconnector_basic_auth\"\n}\n-->\n```http\nPOST https://graph.microsoft.com/v1.0/identity/apiConnectors\nContent-Type: application/json\n\n{\n    \"displayName\":\"Test API\",\n    \"targetUrl\":\"https://someapi.com/api\",\n    \"authenticationConfiguration\": {\n      \"@odata.type\":\"#microsoft.graph.basicAuthentication\",\n      \"username\": \"MyUsername\",\n      \"password\": \"MyPassword\"\n    }\n}\n```\n";
    let connector = type_page(
        "identityApiConnector",
        "",
        "|authenticationConfiguration|[apiAuthenticationConfigurationBase](apiauthenticationconfigurationbase.md)|The object which describes the authentication configuration details for calling the API.|\n|displayName|String| The name of the API connector. |\n|id|String|The randomly generated identifier of the API connector. |\n|targetUrl|String| The URL of the API endpoint to call. |\n",
    );
    let json = contract(&[
        ("api/identityapiconnector-create.md", create),
        ("resources/identityapiconnector.md", connector.as_str()),
    ]);
    let schema =
        &json["paths"]["/identity/apiConnectors"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let required: Vec<&str> = schema["allOf"][1]["required"]
        .as_array()
        .map(|r| r.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(required, ["displayName", "targetUrl", "authenticationConfiguration"], "{schema}");
}

#[test]
fn a_put_s_table_of_every_member_required_when_you_update_stays_required() {
    // beta's adminConsentRequestPolicy update, a `PUT` (the policy replaced whole): "The following
    // table shows the properties that are required when you update the [adminConsentRequestPolicy]"
    // above its five writable members, the type page marking four of them "Required." too. Every
    // writable member, but no generator's template over a create: a replacement sends them all.
    let update = "---\ndoc_type: apiPageType\n---\n# Update adminConsentRequestPolicy\n\nNamespace: microsoft.graph\n\nUpdate the properties of an [adminConsentRequestPolicy](../resources/adminconsentrequestpolicy.md) object.\n\n## HTTP request\n```http\nPUT /policies/adminConsentRequestPolicy\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [adminConsentRequestPolicy](../resources/adminconsentrequestpolicy.md) object.\n\nThe following table shows the properties that are required when you update the [adminConsentRequestPolicy](../resources/adminconsentrequestpolicy.md).\n\n|Property|Type|Description|\n|:---|:---|:---|\n|isEnabled|Boolean|Specifies whether the admin consent request feature is enabled or disabled.|\n|notifyReviewers|Boolean|Specifies whether reviewers will receive notifications.|\n|remindersEnabled|Boolean|Specifies whether reviewers will receive reminder emails.|\n|requestDurationInDays|Int32|Specifies the duration the request is active before it automatically expires if no decision is applied.|\n|reviewers|[accessReviewReviewerScope](../resources/accessreviewreviewerscope.md) collection|The list of reviewers for the admin consent.|\n\n## Response\n\nIf successful, this method returns a `204 No content` response code.\n\n## Examples\n\n<!-- {\n  \"blockType\": \"request\",\n  \"name\": \"update_adminconsentrequestpolicy\"\n}\n-->\n```http\nPUT https://graph.microsoft.com/beta/policies/adminConsentRequestPolicy\nContent-Type: application/json\n\n{\n  \"isEnabled\": true,\n  \"notifyReviewers\": true,\n  \"remindersEnabled\": true,\n  \"requestDurationInDays\": 5,\n  \"reviewers\": [{\"query\": \"/users/b6879be8\", \"queryType\": \"MicrosoftGraph\"}]\n}\n```\n";
    let policy = type_page(
        "adminConsentRequestPolicy",
        "",
        "|isEnabled|Boolean|Specifies whether the admin consent request feature is enabled or disabled. Required.|\n|notifyReviewers|Boolean|Specifies whether reviewers will receive notifications. Required.|\n|remindersEnabled|Boolean|Specifies whether reviewers will receive reminder emails. Required.|\n|requestDurationInDays|Int32|Specifies the duration the request is active before it automatically expires if no decision is applied.|\n|reviewers|[accessReviewReviewerScope](accessreviewreviewerscope.md) collection|Required.|\n|version|Int32|Specifies the version of this policy. When the policy is updated, this version is updated. Read-only.|\n",
    );
    let json = contract(&[
        ("api/adminconsentrequestpolicy-update.md", update),
        ("resources/adminconsentrequestpolicy.md", policy.as_str()),
    ]);
    let schema = &json["paths"]["/policies/adminConsentRequestPolicy"]["put"]["requestBody"]["content"]["application/json"]
        ["schema"];
    let required: Vec<&str> = schema["allOf"][1]["required"]
        .as_array()
        .map(|r| r.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        required,
        ["isEnabled", "notifyReviewers", "remindersEnabled", "requestDurationInDays", "reviewers"],
        "{schema}"
    );
}

#[test]
fn an_odata_type_another_sentence_demands_stays_required_beside_the_table_s_rows() {
    // The partner create's table under the required sentence beside a sentence of its own demanding
    // the kind ("You must specify the **@odata.type** property …"): both demands stand.
    let create = "---\ndoc_type: apiPageType\n---\n# Create crossTenantAccessPolicyConfigurationPartner\n\n## HTTP request\n```http\nPOST /policies/crossTenantAccessPolicy/partners\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [crossTenantAccessPolicyConfigurationPartner](../resources/crosstenantaccesspolicyconfigurationpartner.md) object. You must specify the **@odata.type** property and the value of the [crossTenantAccessPolicyConfigurationPartner](../resources/crosstenantaccesspolicyconfigurationpartner.md) object type to create.\n\nThe following table shows the properties that are required when you create the [crossTenantAccessPolicyConfigurationPartner](../resources/crosstenantaccesspolicyconfigurationpartner.md).\n\n|Property|Type|Description|\n|:---|:---|:---|\n|b2bDirectConnectInbound|String|Defines your partner-specific configuration for users from other organizations accessing your resources via Azure AD B2B direct connect.|\n|inboundTrust|String|Determines the partner-specific configuration for trusting other Conditional Access claims from external Azure AD organizations.|\n|isServiceProvider|Boolean|Identifies whether the partner-specific configuration is a Cloud Service Provider for your organization.|\n|tenantId|String|The tenant identifier for the partner Azure Active Directory (Azure AD) organization.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [crossTenantAccessPolicyConfigurationPartner](../resources/crosstenantaccesspolicyconfigurationpartner.md) object in the response body.\n";
    let partner = type_page(
        "crossTenantAccessPolicyConfigurationPartner",
        "",
        "|b2bDirectConnectInbound|String|Inbound settings.|\n|inboundTrust|String|Trust settings.|\n|isServiceProvider|Boolean|Whether the partner is a service provider.|\n|tenantId|String|The tenant identifier; the key.|\n",
    );
    let json = contract(&[
        ("api/crosstenantaccesspolicy-post-partners.md", create),
        ("resources/crosstenantaccesspolicyconfigurationpartner.md", partner.as_str()),
    ]);
    let schema = &json["paths"]["/policies/crossTenantAccessPolicy/partners"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    let required: Vec<&str> = schema["allOf"][1]["required"]
        .as_array()
        .map(|r| r.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(required, ["@odata.type", "b2bDirectConnectInbound", "inboundTrust", "isServiceProvider", "tenantId"]);
}

#[test]
fn a_create_table_of_a_few_members_is_not_weighed_against_itself_where_the_type_has_no_page() {
    // The tag create the rule's own comment cites ("a tag's `displayName` and `members` of its
    // seven": the sentence's marks stand), converted without `teamworktag.md` among the inputs (a
    // missing type page): the type is then the page's own request table, so the two rows are "half
    // or more" of the two members it knows, and the marks go. The page's word is the same either way.
    let create = "---\ndoc_type: apiPageType\n---\n# Create teamworkTag\n\nNamespace: microsoft.graph\n\nCreate a standard tag for members in a team.\n\n## HTTP request\n```http\nPOST /teams/{team-Id}/tags\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [teamworkTag](../resources/teamworktag.md) object.\n\nThe following table lists the properties that are required when you create the [teamworkTag](../resources/teamworktag.md).\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Name of the tag. The value can't be more than 40 characters.|\n|members| [teamworkTagMember](../resources/teamworktagmember.md) collection | The unique identifier for the members of the team to add to the tag. The members count shouldn't be more than 25.|\n\n## Response\n\nIf successful, this method returns a `201 Created` response code and a [teamworkTag](../resources/teamworktag.md) object in the response body.\n\n## Examples\n\n<!-- {\n  \"blockType\": \"request\",\n  \"name\": \"create_teamworktag_from\"\n}\n-->\n```http\nPOST https://graph.microsoft.com/beta/teams/53c53217-fe77-4383-bc5a-ed4937a1aecd/tags\nContent-Type: application/json\n\n{\n  \"displayName\": \"Finance\",\n  \"members\": [{\"userId\": \"92f6952f-61ca-4a94-8910-508a240bc167\"}]\n}\n```\n";
    let json = contract(&[("api/teamworktag-post.md", create)]);
    let schema =
        &json["paths"]["/teams/{team-Id}/tags"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let required: Vec<&str> = schema["allOf"][1]["required"]
        .as_array()
        .map(|r| r.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(required, ["displayName", "members"], "{schema}");
}

#[test]
fn pages_of_equal_standing_answering_an_object_and_a_page_are_two_requests() {
    // Two pages on the request, neither outranking the other (the first in name order is kept:
    // the list), one answering a page of `place`s, the other one `place`: the read's options are
    // not the list's.
    let page = |title: &str, answer: &str, options: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nGET /places/{{id}}\n```\n\n{options}## Response\nIf successful, this method returns a `200 OK` response code and {answer} in the response body.\n"
        )
    };
    let one = page(
        "Get place",
        "a [place](../resources/place.md) object",
        "## Optional query parameters\nThis method supports the `$select` and `$expand` query parameters.\n\n",
    );
    let many = page("Get places", "a collection of [place](../resources/place.md) objects", "");
    let place = type_page("place", "", "|id|String|The id.|\n");
    let pages = [
        ("api/place-get.md", one.as_str()),
        ("api/place-get-all.md", many.as_str()),
        ("resources/place.md", place.as_str()),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/places/{id}"]["get"];
    assert_eq!(
        op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/placeCollectionResponse"
    );
    let names: Vec<&str> = op["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["id"], "the read's options are not the list's");
    assert!(c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_OPERATION), "the pages disagree");
}

#[test]
fn an_empty_base_whose_page_is_missing_is_no_schema() {
    // Inheritance is flattened: `tagBase`, its page not among the inputs, gives `tag` nothing.
    let tag = type_page("tag", "tagBase", "|id|String|The id.|\n|name|String|The name.|\n");
    let get = "---\ndoc_type: apiPageType\n---\n# Get tag\n\n## HTTP request\n```http\nGET /tags/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [tag](../resources/tag.md) object in the response body.\n";
    let pages = [("resources/tag.md", tag.as_str()), ("api/tag-get.md", get)];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schemas = json["components"]["schemas"].as_object().unwrap();
    assert!(schemas.contains_key("tag") && !schemas.contains_key("tagBase"), "{:?}", schemas.keys());
    let warned =
        c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("the missing page is reported");
    assert!(warned.message.contains("as a base it adds no members"), "{}", warned.message);
    // `entity`, Graph's root, gives its one member: a type whose table lists no key has it, and a
    // row of the type's own stays as written.
    let keyless = type_page("tag", "entity", "|name|String|The name.|\n");
    let c = convert(vec![SourceFile::new("resources/tag.md", &keyless), SourceFile::new("api/tag-get.md", get)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let id = &json["components"]["schemas"]["tag"]["properties"]["id"];
    assert_eq!((id["type"].as_str(), id["readOnly"].as_bool()), (Some("string"), Some(true)), "{id}");
    assert!(id.get("nullable").is_none(), "{id}");
    let warned = c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("reported");
    assert!(warned.message.contains("Graph's root type"), "{}", warned.message);
    // A schema of its own, as its page would give.
    let entity = &json["components"]["schemas"]["entity"]["properties"];
    assert_eq!(entity["id"]["readOnly"], true, "{entity}");
    let own = type_page("tag", "entity", "|id|String|The tag's own id.|\n|name|String|The name.|\n");
    let json = contract(&[("resources/tag.md", own.as_str()), ("api/tag-get.md", get)]);
    let id = &json["components"]["schemas"]["tag"]["properties"]["id"];
    assert_eq!(id["description"], "The tag's own id.", "{id}");
    // A member naming it makes it a schema after all.
    let named = type_page("tag", "entity", "|id|String|The id.|\n|owner|[entity](entity.md)|The owner.|\n");
    let pages = [("resources/tag.md", named.as_str()), ("api/tag-get.md", get)];
    let json = contract(&pages);
    assert!(json["components"]["schemas"]["entity"].is_object());
}

#[test]
fn a_missing_base_whose_own_base_gives_members_stays() {
    // Intune's Windows information protection policy: "Inherits from [windowsInformationProtection]"
    // (no page), rows inherited from `managedAppPolicy` (a page): the missing base derives from
    // it and passes its members on (`roleScopeTagIds`, which the policy's rows do not list).
    let policy =
        type_page("managedAppPolicy", "", "|displayName|String|Name.|\n|roleScopeTagIds|String collection|Tags.|\n");
    let wip = type_page(
        "wipPolicy",
        "windowsInformationProtection",
        "|displayName|String|Name. Inherited from [managedAppPolicy](managedapppolicy.md)|\n|size|Int32|Size.|\n",
    );
    let get = "---\ndoc_type: apiPageType\n---\n# Get wipPolicy\n\n## HTTP request\n```http\nGET /wipPolicies/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [wipPolicy](../resources/wippolicy.md) object in the response body.\n";
    let json = contract(&[
        ("resources/managedapppolicy.md", policy.as_str()),
        ("resources/wippolicy.md", wip.as_str()),
        ("api/wippolicy-get.md", get),
    ]);
    let names = property_names(&json, "wipPolicy");
    assert!(names.contains(&"roleScopeTagIds".to_string()), "{names:?}");
}

#[test]
fn a_page_titled_deprecated_deprecates_its_operations() {
    // beta's "Get informationProtectionLabel (deprecated)".
    let page = |title: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nGET /places/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [place](../resources/place.md) object in the response body.\n"
        )
    };
    let place = type_page("place", "", "|id|String|The id.|\n");
    let deprecated = |titles: &[&str]| {
        let texts: Vec<String> = titles.iter().map(|t| page(t)).collect();
        let names = ["api/place-get-all.md", "api/place-get.md"];
        let mut pages: Vec<(&str, &str)> = names.iter().zip(&texts).map(|(n, t)| (*n, t.as_str())).collect();
        pages.push(("resources/place.md", place.as_str()));
        contract(&pages)["paths"]["/places/{id}"]["get"]["deprecated"].as_bool().unwrap_or(false)
    };
    assert!(deprecated(&["Get place (deprecated)"]));
    assert!(!deprecated(&["Get place"]));
    // Documented on two pages: deprecated where both say so.
    assert!(deprecated(&["Get place (deprecated)", "Get place (Deprecated)"]));
    assert!(!deprecated(&["Get place (deprecated)", "Get place"]));
}

#[test]
fn a_member_named_deprecated_is_deprecated() {
    // beta's azureADJoinPolicy: `|allowedGroups (deprecated)|String collection|…|`.
    let policy = type_page(
        "azureADJoinPolicy",
        "",
        "|allowedGroups (deprecated)|String collection|The groups.|\n|isAdminConfigurable|Boolean|Whether.|\n",
    );
    let json = contract(&[("resources/azureadjoinpolicy.md", &policy)]);
    let p = &json["components"]["schemas"]["azureADJoinPolicy"]["properties"];
    assert_eq!(p["allowedGroups"]["deprecated"], true, "{p}");
    assert!(p["isAdminConfigurable"].get("deprecated").is_none(), "{p}");
}

#[test]
fn a_create_whose_page_demands_the_odata_type_requires_it() {
    // v1.0's sitePage create: "the `@odata.type=#microsoft.graph.sitePage` must be included in
    // the request body", in a note under a link to the type.
    let create = |note: &str, sent: &str, method: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create a page\n\n## HTTP request\n```http\n{method} /sites/{{id}}/pages\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [sitePage](../resources/sitepage.md) resource to create.\n\n{note}\n\n## Example\n\n### Request\n<!-- {{ \"blockType\": \"request\", \"name\": \"create_page\" }} -->\n```http\n{method} https://graph.microsoft.com/v1.0/sites/1/pages\nContent-Type: application/json\n\n{{{sent}\"name\": \"test.aspx\"}}\n```\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [sitePage](../resources/sitepage.md) object in the response body.\n"
        )
    };
    let note = "> **Notes:**\n> 1. To ensure successful parsing of the request body, the `@odata.type=#microsoft.graph.sitePage` must be included in the request body.";
    let page = type_page("sitePage", "", "|id|String|The id. Read-only.|\n|name|String|The name.|\n");
    let body = |text: &str, method: &str| {
        let json = contract(&[("api/sitepage-create.md", text), ("resources/sitepage.md", page.as_str())]);
        json["paths"]["/sites/{id}/pages"][method]["requestBody"]["content"]["application/json"]["schema"].clone()
    };
    let typed = "\"@odata.type\": \"#microsoft.graph.sitePage\", ";
    let schema = body(&create(note, typed, "POST"), "post");
    assert_eq!(ref_of(&schema), "#/components/schemas/sitePage", "{schema}");
    assert_eq!(schema["allOf"][1]["required"], serde_json::json!(["@odata.type"]), "{schema}");
    // Not where the page's example leaves it out, nor without the note.
    assert_eq!(body(&create(note, "", "POST"), "post")["$ref"], "#/components/schemas/sitePage");
    assert_eq!(body(&create("", typed, "POST"), "post")["$ref"], "#/components/schemas/sitePage");
    // An update sends only what changes, but the kind it updates too (beta's authentication
    // method configurations: "The `@odata.type` property with a value of `#…` must be included
    // in the body"); not the rows its table marks required (of several: the one member a table
    // lists is what the update needs).
    let schema = body(&create(note, typed, "PATCH"), "patch");
    assert_eq!(schema["allOf"][1]["required"], serde_json::json!(["@odata.type"]), "{schema}");
    let marked = type_page("sitePage", "", "|id|String|The id. Read-only.|\n|name|String|The name. Required.|\n");
    let update = create(note, typed, "PATCH").replace(
        "resource to create.",
        "resource to create.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name. Required.|\n|title|String|The title. Required.|",
    );
    let json = contract(&[("api/sitepage-update.md", update.as_str()), ("resources/sitepage.md", marked.as_str())]);
    let schema = &json["paths"]["/sites/{id}/pages"]["patch"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(schema["allOf"][1]["required"], serde_json::json!(["@odata.type"]), "{schema}");
}

#[test]
fn a_namespaced_name_whose_page_says_another_namespace_is_that_page_s_type() {
    // beta's runHuntingQuery answers `microsoft.graph.security.huntingQueryResults`, linking
    // `security-huntingqueryresults.md`, whose namespace line and annotation say `microsoft.graph`.
    let run = |link: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# security: runHuntingQuery\n\n## HTTP request\n```http\nPOST /security/runHuntingQuery\n```\n\n## Response\nIf successful, this action returns a `200 OK` response code and a [huntingQueryResults](../resources/{link}.md) in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"run_hunting_query\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/security/runHuntingQuery\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.security.huntingQueryResults\" }} -->\n```http\nHTTP/1.1 200 OK\n```\n"
        )
    };
    let results = type_page("huntingQueryResults", "", "|schema|String collection|The schema.|\n");
    let answer = |page: &str, stem: &str| {
        let text = run(stem);
        let json = contract(&[("api/security-runhuntingquery.md", text.as_str()), (page, results.as_str())]);
        json["paths"]["/security/runHuntingQuery"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
            ["$ref"]
            .clone()
    };
    assert_eq!(
        answer("resources/security-huntingqueryresults.md", "security-huntingqueryresults"),
        "#/components/schemas/huntingQueryResults"
    );
    // A page not named for the namespace is another type (`security.alert` is not `alert`).
    assert_eq!(
        answer("resources/huntingqueryresults.md", "huntingqueryresults"),
        "#/components/schemas/security.huntingQueryResults"
    );
}

#[test]
fn a_base_the_prose_names_is_not_warned_at_an_empty_base_type() {
    // The base named unlinked ("It is derived from microsoft.graph.policyBase.") beside an
    // annotation whose `"baseType"` is empty (v1.0's policybase.md, openshift.md write `""`).
    let page = "---\ndoc_type: resourcePageType\n---\n# child resource type\n\nIt is derived from microsoft.graph.policyBase.\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n\n## JSON representation\n<!-- {\n  \"blockType\": \"resource\",\n  \"baseType\": \"\",\n  \"@odata.type\": \"microsoft.graph.child\"\n}-->\n```json\n{\"id\": \"String\"}\n```\n";
    let c = convert(vec![SourceFile::new("resources/child.md", page)]);
    let d = c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("a missing-type-page warning");
    assert!(d.message.contains("policyBase"), "{d:?}");
    assert_ne!(d.span.start, page.find("\"baseType\"").unwrap(), "at a `baseType` naming nothing: {d:?}");
}

#[test]
fn a_parameter_a_weaker_page_requires_is_optional_on_the_operation_it_joins() {
    // v1.0's external domain federations: "Get" writes the list's line with a filter and
    // "This method requires the `$filter` OData query parameter"; the list page sends none.
    let list = "---\ndoc_type: apiPageType\n---\n# List things\n\n## HTTP request\n```http\nGET /directory/things\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [thing](../resources/thing.md) objects in the response body.\n";
    let get = "---\ndoc_type: apiPageType\n---\n# Get thing\n\n## HTTP request\n```http\nGET /directory/things?$filter=domains/any(x: x/id eq 'domainName-value')\n```\n\n## Optional query parameters\nThis method requires the `$filter` OData query parameter.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [thing](../resources/thing.md) objects in the response body.\n";
    let thing = type_page("thing", "", "|id|String|The id.|\n");
    let c = convert(
        [("api/thing-list.md", list), ("api/thing-get.md", get), ("resources/thing.md", thing.as_str())]
            .iter()
            .map(|(name, text)| SourceFile::new(*name, *text))
            .collect(),
    );
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let op = &json["paths"]["/directory/things"]["get"];
    assert_eq!(op["operationId"], "list_things", "{op}");
    let filter = op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "$filter").unwrap();
    assert_ne!(filter["required"], true, "{filter}");
    // The page itself requires it where it is the only one.
    let c = convert(
        [("api/thing-get.md", get), ("resources/thing.md", thing.as_str())]
            .iter()
            .map(|(name, text)| SourceFile::new(*name, *text))
            .collect(),
    );
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let params = &json["paths"]["/directory/things"]["get"]["parameters"];
    let filter = params.as_array().unwrap().iter().find(|p| p["name"] == "$filter").unwrap();
    assert_eq!(filter["required"], true, "{filter}");
}

#[test]
fn a_scope_table_naming_application_scopes_is_no_permissions_table() {
    // As `a_permissions_table_in_an_included_file_is_read`'s explanation table, but its scopes are
    // the app-registration ones (`Application.ReadWrite.OwnedBy`): a scope's name holding
    // "application" or "delegated" names no permission type.
    let page = "---\ndoc_type: apiPageType\n---\n# Update application\n\n## Permissions\n\nChoose the permission marked as least privileged.\n\n<!-- { \"blockType\": \"permissions\", \"name\": \"application_update\" } -->\n[!INCLUDE [permissions-table](../includes/permissions/application-update-permissions.md)]\n\nThe two least-privileged permissions authorize updates to different sets of properties:\n\n| Permission | Properties |\n|:---|:---|\n| `Application.ReadWrite.OwnedBy` | Credential properties such as **keyCredentials**. |\n| `Policy.ReadWrite.ApplicationConfiguration` | Branding properties such as **displayName**. |\n\n## HTTP request\n```http\nPATCH /applications/{id}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let include = "---\ndescription: \"Automatically generated file. DO NOT MODIFY\"\nms.topic: include\n---\n\n|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|Application.ReadWrite.All|Directory.ReadWrite.All|\n|Delegated (personal Microsoft account)|Application.ReadWrite.All|Not available.|\n|Application|Application.ReadWrite.OwnedBy|Application.ReadWrite.All|\n";
    let security = |page: &str| {
        let c = convert(vec![
            SourceFile::new("docs/v1.0/api/application-update.md", page),
            SourceFile::new("docs/v1.0/includes/permissions/application-update-permissions.md", include),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/applications/{id}"]["patch"]["security"].to_string()
    };
    // Control: the same table with scopes whose names say no permission type is skipped.
    let control = page
        .replace("Application.ReadWrite.OwnedBy", "Agent.ReadWrite.OwnedBy")
        .replace("ApplicationConfiguration", "Config");
    assert!(security(&control).contains("\"Directory.ReadWrite.All\""), "{}", security(&control));
    let found = security(page);
    assert!(found.contains("\"Directory.ReadWrite.All\""), "the included table's scopes: {found}");
    assert!(!found.contains("Credential properties"), "a description is no scope: {found}");
}

#[test]
fn a_parameter_one_of_two_equal_pages_requires_does_not_depend_on_page_order() {
    // Two pages of equal standing on one request (`merge`, which calls `fill`): one requires a
    // header, the other does not list it. It stays required whichever page comes first (only a
    // weaker page's requirement is its variant's).
    let page = |title: &str, note: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nGET /directory/widgets\n```\n\n## Request headers\n|Name|Description|\n|:---|:---|\n|Authorization|Bearer {{token}}. Required.|\n{note}\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [widget](../resources/widget.md) objects in the response body.\n"
        )
    };
    let widget = type_page("widget", "", "|id|String|The id.|\n");
    let header_required = |a_requires: bool| {
        let requires = "|ConsistencyLevel|eventual. Required.|";
        let plain = "";
        let (a, b) = if a_requires { (requires, plain) } else { (plain, requires) };
        let (a, b) = (page("List widgets", a), page("List all widgets", b));
        let c = convert(vec![
            SourceFile::new("api/widget-list.md", a.as_str()),
            SourceFile::new("api/widget-list-all.md", b.as_str()),
            SourceFile::new("resources/widget.md", widget.as_str()),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let params = json["paths"]["/directory/widgets"]["get"]["parameters"].clone();
        let header = params.as_array().unwrap().iter().find(|p| p["name"] == "ConsistencyLevel").cloned();
        header.map(|h| h["required"] == true)
    };
    assert_eq!(header_required(true), header_required(false), "which equal page comes first decides nothing");
}

#[test]
fn a_create_listing_no_members_requires_what_its_type_marks_for_creates() {
    // v1.0's permission grant policy: "supply a JSON representation of an [permissionGrantPolicy]",
    // whose page says of `id` "Key. Not nullable. Required on create. Immutable."
    let rows = "|id|String|Key. Not nullable. Required on create. Immutable.|\n|displayName|String|The name. Required.|\n|description|String|What it is.|\n";
    let create = |method: &str, table: &str, sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create permissionGrantPolicy\n\n## HTTP request\n```http\n{method} /policies/permissionGrantPolicies\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [permissionGrantPolicy](../resources/permissiongrantpolicy.md) object.\n{table}\n## Response\nIf successful, this method returns a `201 Created` response code and a [permissionGrantPolicy](../resources/permissiongrantpolicy.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"create\" }} -->\n```http\n{method} https://graph.microsoft.com/v1.0/policies/permissionGrantPolicies\nContent-Type: application/json\n\n{sent}\n```\n"
        )
    };
    let required = |page: String| {
        let json = contract_owned(&[
            ("resources/permissiongrantpolicy.md", type_page("permissionGrantPolicy", "", rows)),
            ("api/permissiongrantpolicy-post.md", page),
        ]);
        let op =
            json["paths"]["/policies/permissionGrantPolicies"].as_object().unwrap().values().next().unwrap().clone();
        op["requestBody"]["content"]["application/json"]["schema"]["allOf"][1]["required"].clone()
    };
    let sent = "{\"id\": \"my-policy\", \"displayName\": \"x\"}";
    assert_eq!(required(create("POST", "", sent)), serde_json::json!(["id"]), "not the plain `Required.`");
    // Not where the example leaves it out, nor where the page lists what it sends itself.
    assert!(required(create("POST", "", "{\"displayName\": \"x\"}")).is_null());
    let own = "\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n";
    assert!(required(create("POST", own, sent)).is_null());
    // Nor an update.
    assert!(required(create("PATCH", "", sent)).is_null());
    // A post to a set named otherwise (`…/appRoleAssignedTo`), answering `201 Created` and the type.
    let elsewhere = |status: &str| {
        create("POST", "", sent)
            .replace("POST /policies/permissionGrantPolicies", "POST /policies/grantedTo")
            .replace("v1.0/policies/permissionGrantPolicies", "v1.0/policies/grantedTo")
            .replace("`201 Created`", status)
    };
    let on = |page: String| {
        let json = contract_owned(&[
            ("resources/permissiongrantpolicy.md", type_page("permissionGrantPolicy", "", rows)),
            ("api/permissiongrantpolicy-post.md", page),
        ]);
        let op = json["paths"]["/policies/grantedTo"].as_object().unwrap().values().next().unwrap().clone();
        op["requestBody"]["content"]["application/json"]["schema"]["allOf"][1]["required"].clone()
    };
    assert_eq!(on(elsewhere("`201 Created`")), serde_json::json!(["id"]));
    assert!(on(elsewhere("`200 OK`")).is_null(), "an action answering the type it sends creates nothing");
}

#[test]
fn a_kind_no_page_defines_named_after_a_defined_base_merges_into_it() {
    // beta's settings catalog: two pages document `GET /deviceManagement/reusableSettings/{id}`,
    // one answering `deviceManagementConfigurationSettingDefinition` (its page among the inputs),
    // the other `deviceManagementConfigurationChoiceSettingDefinition` (no page).
    let line = "GET /deviceManagement/reusableSettings/{id}";
    let base = "deviceManagementConfigurationSettingDefinition";
    let answer = |name: &str| format!("a [{name}](../resources/{}.md) object", name.to_ascii_lowercase());
    let pages = |kind: &str| {
        vec![
            ("resources/base.md", type_page(base, "", "|id|String|The id.|\n|name|String|The name.|\n")),
            ("api/a-choice-get.md", read_page("Get choice", line, &answer(kind))),
            ("api/b-base-get.md", read_page("Get definition", line, &answer(base))),
        ]
    };
    let answered = |kind: &str| {
        let json = contract_owned(&pages(kind));
        json["paths"]["/deviceManagement/reusableSettings/{id}"]["get"]["responses"]["200"]["content"]
            ["application/json"]["schema"]["$ref"]
            .clone()
    };
    let expected = serde_json::json!(format!("#/components/schemas/{base}"));
    assert_eq!(answered("deviceManagementConfigurationChoiceSettingDefinition"), expected);
    // A name that only shares words with the base is no kind of it: the pages disagree, and the
    // first page (by name) stands.
    assert_ne!(answered("deviceManagementSettingChoice"), expected);
}

#[test]
fn a_kind_no_page_defines_named_after_a_defined_kind_merges_into_that_kind_not_its_base() {
    // beta's threat submissions: `POST /security/threatSubmission/fileThreats` on a page sending a
    // `fileContentThreatSubmission` (no page) and on one sending a `fileThreatSubmission`, itself
    // a kind of `threatSubmission`: the body is the file submission, not every submission.
    let line = "POST /security/threatSubmission/fileThreats";
    let create = |title: &str, kind: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [{kind}](../resources/{}.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [fileThreatSubmission](../resources/filethreatsubmission.md) object in the response body.\n",
            kind.to_ascii_lowercase()
        )
    };
    let json = contract_owned(&[
        (
            "resources/threatsubmission.md",
            type_page("threatSubmission", "", "|id|String|The id.|\n|category|String|The category.|\n"),
        ),
        (
            "resources/filethreatsubmission.md",
            type_page("fileThreatSubmission", "threatSubmission", "|fileName|String|The name.|\n"),
        ),
        ("api/a-create.md", create("Create fileContentThreatSubmission", "fileContentThreatSubmission")),
        ("api/b-create.md", create("Create fileThreatSubmission", "fileThreatSubmission")),
    ]);
    let body = &json["paths"]["/security/threatSubmission/fileThreats"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(body["$ref"], "#/components/schemas/fileThreatSubmission", "{body}");
}

#[test]
fn an_id_naming_the_key_a_line_adds_names_it_as_the_path_does() {
    // v1.0's eDiscovery custodian applyHold: `…/custodians/applyHold` and
    // `…/custodians/{eDiscoveryCustodianId}/applyHold`, whose key other paths name `{custodianId}`.
    let hold = "---\ndoc_type: apiPageType\n---\n# ediscoveryCustodian: applyHold\n\n## HTTP request\n```http\nPOST /cases/{caseId}/custodians/applyHold\nPOST /cases/{caseId}/custodians/{eDiscoveryCustodianId}/applyHold\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n";
    let mut pages = vec![("api/custodian-applyhold.md", hold.to_string())];
    for (i, verb) in ["release", "updateIndex", "activate"].iter().enumerate() {
        let name = ["api/a.md", "api/b.md", "api/c.md"][i];
        pages.push((
            name,
            format!(
                "---\ndoc_type: apiPageType\n---\n# ediscoveryCustodian: {verb}\n\n## HTTP request\n```http\nPOST /cases/{{caseId}}/custodians/{{custodianId}}/{verb}\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n"
            ),
        ));
    }
    let json = contract_owned(&pages);
    let op = &json["paths"]["/cases/{caseId}/custodians/{custodianId}/applyHold"]["post"];
    let id = op["operationId"].as_str().unwrap_or_default();
    assert!(id.ends_with("_by_custodian_id"), "{id}");
}

#[test]
fn the_key_of_a_type_read_at_a_key_is_its_bases_and_their_kinds_key_too() {
    // v1.0's identity providers: the reads and creates answer "a [socialIdentityProvider] or a
    // [builtinIdentityProvider]"; the base's page lists `id` without a word of null.
    let base = type_page("identityProviderBase", "", "|id|String|The identifier.|\n|displayName|String|The name.|\n");
    let social = type_page("socialIdentityProvider", "identityProviderBase", "|clientId|String|The client.|\n");
    let builtin = type_page("builtInIdentityProvider", "identityProviderBase", "|id|String|Inherited. Read-only.|\n");
    let get = read_page(
        "Get identityProvider",
        "GET /identity/identityProviders/{id}",
        "a [socialIdentityProvider](../resources/socialidentityprovider.md) object",
    );
    let json = contract_owned(&[
        ("resources/identityproviderbase.md", base),
        ("resources/socialidentityprovider.md", social),
        ("resources/builtinidentityprovider.md", builtin),
        ("api/identityprovider-get.md", get),
    ]);
    for schema in ["identityProviderBase", "socialIdentityProvider", "builtInIdentityProvider"] {
        let id = &json["components"]["schemas"][schema]["properties"]["id"];
        assert!(id.get("nullable").is_none(), "{schema}: {id}");
    }
    // The base's other members stay nullable.
    assert_eq!(json["components"]["schemas"]["identityProviderBase"]["properties"]["displayName"]["nullable"], true);
}

#[test]
fn a_request_table_marking_a_member_deprecated_deprecates_the_types() {
    // v1.0's Cloud PC provisioning policy: the create and update tables mark
    // `onPremisesConnectionId (deprecated)`, the type's page lists it unmarked.
    let rows = "|id|String|The id.|\n|displayName|String|The name.|\n|onPremisesConnectionId|String|The connection.|\n";
    let policy = type_page("cloudPcProvisioningPolicy", "", rows);
    let create = |mark: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create cloudPcProvisioningPolicy\n\n## HTTP request\n```http\nPOST /deviceManagement/virtualEndpoint/provisioningPolicies\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [cloudPcProvisioningPolicy](../resources/cloudpcprovisioningpolicy.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|onPremisesConnectionId{mark}|String|The connection.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [cloudPcProvisioningPolicy](../resources/cloudpcprovisioningpolicy.md) object in the response body.\n"
        )
    };
    let deprecated = |mark: &str| {
        let json = contract_owned(&[
            ("resources/cloudpcprovisioningpolicy.md", policy.clone()),
            ("api/provisioningpolicies-post.md", create(mark)),
        ]);
        json["components"]["schemas"]["cloudPcProvisioningPolicy"]["properties"]["onPremisesConnectionId"]["deprecated"]
            .clone()
    };
    assert_eq!(deprecated(" (deprecated)"), serde_json::json!(true));
    assert!(deprecated("").is_null());
}

#[test]
fn an_upsert_page_is_of_equal_standing_with_the_update_page_on_its_line() {
    // v1.0's service principal upsert (`PATCH /servicePrincipals(appId='{appId}')` with
    // `Prefer: create-if-missing`, answering `201` and the object) beside the update page's
    // `204` on the same line: the pages disagree, and the contract says so.
    let page = |title: &str, answer: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPATCH /servicePrincipals(appId='{{appId}}')\n```\n\n## Response\nIf successful, this method returns {answer}.\n"
        )
    };
    let c = convert(vec![
        SourceFile::new(
            "api/serviceprincipal-update.md",
            page("Update servicePrincipal", "a `204 No Content` response code"),
        ),
        SourceFile::new(
            "api/serviceprincipal-upsert.md",
            page(
                "Upsert servicePrincipal",
                "a `201 Created` response code and a new [servicePrincipal](../resources/serviceprincipal.md) object in the response body",
            ),
        ),
    ]);
    let codes: Vec<&str> = c.diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&codes::DUPLICATE_OPERATION), "{codes:?}");
}

#[test]
fn a_path_respelled_as_other_pages_write_it_takes_their_tag() {
    // v1.0's service principal addKey: `POST /serviceprincipals/{id}/addKey` beside pages writing
    // `/servicePrincipals/…`.
    let page = |title: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let json = contract_owned(&[
        ("api/a.md", page("servicePrincipal: addKey", "POST /serviceprincipals/{id}/addKey")),
        ("api/b.md", page("Delete servicePrincipal", "DELETE /servicePrincipals/{id}")),
        ("api/c.md", page("servicePrincipal: removeKey", "POST /servicePrincipals/{id}/removeKey")),
    ]);
    let tags: Vec<&str> = json["tags"].as_array().unwrap().iter().filter_map(|t| t["name"].as_str()).collect();
    assert_eq!(tags, ["servicePrincipals"]);
    assert_eq!(json["tags"][0]["description"], "Operations under `/servicePrincipals`.");
    assert_eq!(
        json["paths"]["/servicePrincipals/{id}/addKey"]["post"]["tags"],
        serde_json::json!(["servicePrincipals"])
    );
    // A path with no literal first segment (a page's `/{userId}/security/…`) is under no `/root`.
    let json = contract_owned(&[(
        "api/a.md",
        page("sensitivityLabel: evaluateApplication", "POST /{userId}/security/evaluateApplication"),
    )]);
    assert_eq!(json["tags"][0]["name"], "root");
    assert_eq!(json["tags"][0]["description"], "Operations whose path begins with a parameter.");
}

#[test]
fn renaming_a_key_keeps_an_action_named_by_id() {
    // beta's Windows Update `addMembersById`, its page writing `{id}` where the other pages of
    // the set write `{updatableAssetGroupId}`: the id's `_by_id` is the action's name, not a key.
    let page = |verb: &str, key: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# updatableAssetGroup: {verb}\n\n## HTTP request\n```http\nPOST /admin/windows/updates/updatableAssets/{{{key}}}/{verb}\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n"
        )
    };
    let json = contract_owned(&[
        ("api/a-addmembersbyid.md", page("addMembersById", "id")),
        ("api/b.md", page("addMembers", "updatableAssetGroupId")),
        ("api/c.md", page("removeMembers", "updatableAssetGroupId")),
        ("api/d.md", page("removeMembersById", "updatableAssetGroupId")),
    ]);
    let op = &json["paths"]["/admin/windows/updates/updatableAssets/{updatableAssetGroupId}/addMembersById"]["post"];
    let id = op["operationId"].as_str().unwrap_or_default();
    assert!(id.ends_with("add_members_by_id"), "{id}");
}

#[test]
fn relationships_an_example_binds_by_url_are_members_of_the_body() {
    // v1.0's tab create: "supply a JSON representation of a [teamsTab]", its example binding the
    // app (`"teamsApp@odata.bind": "https://…/appCatalogs/teamsApps/{id}"`).
    let tab = type_page("teamsTab", "", "|id|String|The id. Read-only.|\n|displayName|String|The name.|\n");
    let create = "---\ndoc_type: apiPageType\n---\n# Add tab to channel\n\n## HTTP request\n```http\nPOST /teams/{team-id}/channels/{channel-id}/tabs\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [teamsTab](../resources/teamstab.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [teamsTab](../resources/teamstab.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"add_tab\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/teams/1/channels/2/tabs\nContent-Type: application/json\n\n{\"displayName\": \"Web\", \"teamsApp@odata.bind\": \"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/com.microsoft.teamspace.tab.web\"}\n```\n";
    let json = contract_owned(&[("resources/teamstab.md", tab), ("api/channel-post-tabs.md", create.to_string())]);
    let schema = &json["paths"]["/teams/{team-id}/channels/{channel-id}/tabs"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(ref_of(schema), "#/components/schemas/teamsTab", "{schema}");
    assert_eq!(schema["allOf"][1]["properties"]["teamsApp@odata.bind"]["type"], "string", "{schema}");
    // The type itself has no such member.
    assert!(json["components"]["schemas"]["teamsTab"]["properties"].get("teamsApp@odata.bind").is_none());
}

/// Two pages documenting the same create (a tab added by `/teams/…/tabs` on the channel's page and
/// on the tab's), only one of whose examples binds the app: the operation's body declares the
/// binding whichever page comes first.
#[test]
fn a_binding_one_of_two_pages_shows_survives_their_merge() {
    let tab = type_page("teamsTab", "", "|id|String|The id. Read-only.|\n|displayName|String|The name.|\n");
    let page = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Add tab to channel\n\n## HTTP request\n```http\nPOST /teams/{{team-id}}/channels/{{channel-id}}/tabs\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [teamsTab](../resources/teamstab.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [teamsTab](../resources/teamstab.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"add_tab\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/teams/1/channels/2/tabs\nContent-Type: application/json\n\n{body}\n```\n"
        )
    };
    let binding = page(
        r#"{"displayName": "Web", "teamsApp@odata.bind": "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/web"}"#,
    );
    let plain = page(r#"{"displayName": "Web"}"#);
    for (a, b) in [(plain.clone(), binding.clone()), (binding, plain)] {
        let first_binds = a.contains("@odata.bind");
        let json = contract_owned(&[
            ("resources/teamstab.md", tab.clone()),
            ("api/channel-post-tabs.md", a),
            ("api/teamstab-add.md", b),
        ]);
        let schema = &json["paths"]["/teams/{team-id}/channels/{channel-id}/tabs"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"];
        assert_eq!(
            schema["allOf"][1]["properties"]["teamsApp@odata.bind"]["type"], "string",
            "first page binds: {first_binds}; {schema}"
        );
    }
}

/// A body the section names only in bold ("a JSON representation of **teamsTab** object") becomes
/// that type in resolution (`body_named_in_bold`); the relationship its example binds, a member of
/// the example's object, stays beside the type.
#[test]
fn a_binding_survives_a_body_named_in_bold() {
    let tab = type_page(
        "teamsTab",
        "",
        "|id|String|The id. Read-only.|\n|displayName|String|The name.|\n|configuration|String|The configuration.|\n",
    );
    let create = "---\ndoc_type: apiPageType\n---\n# Add tab to channel\n\n## HTTP request\n```http\nPOST /teams/{team-id}/channels/{channel-id}/tabs\n```\n\n## Request body\nIn the request body, supply a JSON representation of **teamsTab** object.\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"add_tab\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/teams/1/channels/2/tabs\nContent-Type: application/json\n\n{\"displayName\": \"Web\", \"configuration\": \"x\", \"teamsApp@odata.bind\": \"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/web\"}\n```\n";
    let json = contract_owned(&[("resources/teamstab.md", tab), ("api/channel-post-tabs.md", create.to_string())]);
    let schema = &json["paths"]["/teams/{team-id}/channels/{channel-id}/tabs"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    let declared = schema["properties"].get("teamsApp@odata.bind").is_some()
        || schema["allOf"][1]["properties"].get("teamsApp@odata.bind").is_some();
    assert!(declared, "{schema}");
}

/// beta's authority template: "Inherits from [filePlanDescriptorTemplate]" beside an annotation's
/// `"baseType": "…filePlanDescriptor"`, neither page among the inputs: the prose's base is a
/// linked type whose page is missing, said at its link, not a name left unresolved.
#[test]
fn a_prose_base_without_its_page_is_a_missing_linked_page() {
    let row =
        "|displayName|String|The name. Inherited from [filePlanDescriptorTemplate](fileplandescriptortemplate.md).|\n";
    let page = type_page("authorityTemplate", "filePlanDescriptorTemplate", row)
        + "\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.authorityTemplate\", \"baseType\": \"microsoft.graph.filePlanDescriptor\"} -->\n```json\n{}\n```\n";
    let link = page.find("[filePlanDescriptorTemplate]").unwrap();
    let c = convert(vec![SourceFile::new("resources/authoritytemplate.md", page)]);
    let said: Vec<(&str, &str, usize)> =
        c.diagnostics.iter().map(|d| (d.code, d.message.as_str(), d.span.start)).collect();
    assert!(!said.iter().any(|(code, ..)| *code == crate::codes::UNKNOWN_TYPE), "{said:?}");
    assert!(
        said.iter().any(|(code, message, at)| *code == crate::codes::MISSING_TYPE_PAGE
            && message.contains("`filePlanDescriptorTemplate`")
            && *at == link),
        "{said:?}"
    );
    // The row inherited from it is its member, and the warning says so.
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let base = &json["components"]["schemas"]["filePlanDescriptorTemplate"];
    assert!(base["properties"].get("displayName").is_some(), "{base}");
    let base_said = said.iter().find(|(_, m, _)| m.contains("`filePlanDescriptorTemplate`")).unwrap();
    assert!(base_said.1.contains("the members its kinds' rows say they inherit from it"), "{}", base_said.1);
    // The link naming the base in its namespace (beta's agent identity: "Inherited from
    // [microsoft.graph.servicePrincipal](…)"): the row is the base's all the same.
    let row = "|displayName|String|The name. Inherited from [microsoft.graph.filePlanDescriptorTemplate](fileplandescriptortemplate.md).|\n";
    let page = type_page("authorityTemplate", "filePlanDescriptorTemplate", row);
    let c = convert(vec![SourceFile::new("resources/authoritytemplate.md", page)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let base = &json["components"]["schemas"]["filePlanDescriptorTemplate"];
    assert!(base["properties"].get("displayName").is_some(), "{base}");
}

/// beta's calls: "The `/app` path is deprecated." on the pages writing `/communications/…` beside
/// `/app/…`; older pages write `/app/…` alone and say nothing: the path is deprecated on every page.
#[test]
fn a_path_one_page_calls_deprecated_is_deprecated_on_every_page() {
    let get = call_get_with_note("The `/app` path is deprecated. Going forward, use the `/communications` path.");
    let answer = "---\ndoc_type: apiPageType\n---\n# call: answer\n\n## HTTP request\n```http\nPOST /app/calls/{id}/answer\nPOST /applications/{id}/calls/{callId}/answer\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n";
    let json = contract(&[("api/call-get.md", &get), ("api/call-answer.md", answer)]);
    let deprecated = |path: &str, method: &str| json["paths"][path][method]["deprecated"] == true;
    assert!(deprecated("/app/calls/{id}", "get"));
    assert!(!deprecated("/communications/calls/{id}", "get"));
    assert!(deprecated("/app/calls/{id}/answer", "post"), "another page's request under the path");
    assert!(!deprecated("/applications/{id}/calls/{callId}/answer", "post"), "whole segments only");
}

/// v1.0's external connection schema create: the lead links `[schema](../resources/externalconnectors-schema.md)`,
/// the body and response sentences `[schema](../resources/schema.md)`, the type's older page, not among the inputs.
#[test]
fn a_link_to_a_missing_page_whose_text_the_page_links_to_a_present_one_means_that_type() {
    let schema = "---\ndoc_type: resourcePageType\n---\n# schema resource type\n\nNamespace: microsoft.graph.externalConnectors\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|baseType|String|The base type.|\n";
    let create = |older: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create schema\n\nCreate a new [schema](../resources/externalconnectors-schema.md) object.\n\n## HTTP request\n```http\nPOST /external/connections/{{id}}/schema\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [schema](../resources/{older}.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a new [schema](../resources/{older}.md) object in the response body.\n"
        )
    };
    let json = contract_owned(&[
        ("resources/externalconnectors-schema.md", schema.to_string()),
        ("api/externalconnectors-externalconnection-patch-schema.md", create("schema")),
    ]);
    let op = &json["paths"]["/external/connections/{id}/schema"]["post"];
    let body = ref_of(&op["requestBody"]["content"]["application/json"]["schema"]);
    assert_eq!(body, "#/components/schemas/externalConnectors.schema", "{op}");
    assert!(json["components"]["schemas"].get("schema").is_none());
    // A page linking the text to no present page keeps its placeholder.
    let unlinked = create("schema").replace("[schema](../resources/externalconnectors-schema.md)", "schema");
    let json = contract_owned(&[
        ("resources/externalconnectors-schema.md", schema.to_string()),
        ("api/externalconnectors-externalconnection-patch-schema.md", unlinked),
    ]);
    assert!(json["components"]["schemas"].get("schema").is_some());
}

/// beta's `workbookRangeView: range`: "returns `200 OK` response code and
/// [workbookRange](../resources/range.md) object" (the page since renamed `workbookrange.md`)
/// above a response annotated `microsoft.graph.range`: the present page's type, not a placeholder.
#[test]
fn a_missing_page_named_by_the_last_words_of_a_present_type_linked_to_it_means_that_type() {
    let range = type_page("workbookRange", "", "|address|String|The address.|\n");
    let page = |link: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# workbookRangeView: range\n\n## HTTP request\n```http\nGET /me/drive/root/workbook/worksheets/{{id}}/range/visibleView/range\n```\n\n## Response\nIf successful, this method returns `200 OK` response code and [{link}](../resources/range.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_range\" }} -->\n```http\nGET https://graph.microsoft.com/beta/me/drive/root/workbook/worksheets/1/range/visibleView/range\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.range\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"address\": \"A1\"}}\n```\n"
        )
    };
    let answer = |link: &str| {
        let json = contract_owned(&[("resources/workbookrange.md", range.clone()), ("api/range.md", page(link))]);
        let op = &json["paths"]["/me/drive/root/workbook/worksheets/{id}/range/visibleView/range"]["get"];
        (
            ref_of(&op["responses"]["200"]["content"]["application/json"]["schema"]),
            json["components"]["schemas"].get("range").is_some(),
        )
    };
    assert_eq!(answer("workbookRange"), (serde_json::json!("#/components/schemas/workbookRange"), false));
    // A text that is no present type's name, or whose last words are not the page's: the placeholder.
    assert!(answer("workbookRanges").1);
    let other = type_page("workbookRangeBorder", "", "|color|String|The color.|\n");
    let json = contract_owned(&[
        ("resources/workbookrange.md", range.clone()),
        ("resources/workbookrangeborder.md", other),
        ("api/range.md", page("workbookRangeBorder")),
    ]);
    assert!(json["components"]["schemas"].get("range").is_some(), "`border` is not `range`");
}

/// REVIEW: v1.0's call.md links `[invitationParticipantInfo](participantinfo.md)`, and
/// `types::omits_words` says "a name adding words, `invitationParticipantInfo`, is a type of its
/// own": where participantinfo.md is missing but another page links `[participantInfo](participantinfo.md)`
/// (its own page), `participantInfo` stays itself, as the sibling omits/misspells rules keep it.
#[test]
fn a_missing_page_linked_by_its_own_name_elsewhere_is_no_longer_type_s_short_name() {
    let invitation = type_page("invitationParticipantInfo", "", "|hidden|Boolean|Hidden.|\n");
    let participant = type_page("participant", "", "|info|[participantInfo](participantinfo.md)|The info.|\n");
    let page = "---\ndoc_type: apiPageType\n---\n# Get source\n\n## HTTP request\n```http\nGET /communications/calls/{id}/source\n```\n\n## Response\nIf successful, this method returns `200 OK` response code and [invitationParticipantInfo](../resources/participantinfo.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get_source\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/communications/calls/1/source\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.participantInfo\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"identity\": {}}\n```\n".to_string();
    let json = contract_owned(&[
        ("resources/invitationparticipantinfo.md", invitation),
        ("resources/participant.md", participant),
        ("api/call-get-source.md", page),
    ]);
    let op = &json["paths"]["/communications/calls/{id}/source"]["get"];
    assert_eq!(
        ref_of(&op["responses"]["200"]["content"]["application/json"]["schema"]),
        serde_json::json!("#/components/schemas/participantInfo"),
        "participant.md links participantInfo to its own page: a type of its own"
    );
}

/// The `required` list of the printer share create's body, the page's `## Example` section being
/// `examples`: `|printer|microsoft.graph.printer|… Use the `printer@odata.bind` syntax …|Yes|`.
fn printer_share_required(examples: &str) -> serde_json::Value {
    let share =
        type_page("printerShare", "", "|displayName|String|The name.|\n|printer|[printer](printer.md)|The printer.|\n");
    let page = format!(
        "---\ndoc_type: apiPageType\n---\n# Create printerShare\n\n## HTTP request\n```http\nPOST /print/shares\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [printerShare](../resources/printershare.md) object.\n\n|Property|Type|Description|Required?|\n|:---|:---|:---|:---|\n|printer|microsoft.graph.printer|The printer. Use the `printer@odata.bind` syntax.|Yes|\n|displayName|String|The name.|Yes|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [printerShare](../resources/printershare.md) object in the response body.\n\n{examples}"
    );
    let json = contract_owned(&[("resources/printershare.md", share), ("api/create.md", page)]);
    json["paths"]["/print/shares"]["post"]["requestBody"]["content"]["application/json"]["schema"]["allOf"][1]["required"]
        .clone()
}

/// A request example of the printer share create, named `name`, sending `sent`.
fn share_example(name: &str, sent: &str) -> String {
    format!(
        "<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/print/shares\nContent-Type: application/json\n\n{sent}\n```\n"
    )
}

/// v1.0's printer share create: its example binding the printer, the binding is required.
#[test]
fn a_required_relationship_the_examples_bind_requires_its_binding() {
    let required = |sent: &str| printer_share_required(&format!("## Example\n{}", share_example("create_share", sent)));
    assert_eq!(
        required(r#"{"displayName": "S", "printer@odata.bind": "https://graph.microsoft.com/v1.0/print/printers/1"}"#),
        serde_json::json!(["printer@odata.bind", "displayName"])
    );
    // An example sending neither: the member is no longer required (the example leaves it out).
    assert_eq!(required(r#"{"displayName": "S"}"#), serde_json::json!(["displayName"]));
}

/// v1.0's meeting update: `|allowLiveShare|meetingLiveShareOptions|…|` (no page among the inputs)
/// and a note "For the list of possible values for **allowedPresenters**, **allowLiveShare**, and
/// **allowMeetingChat**, see [onlineMeeting](…)": an enum, so a string, not an open object.
#[test]
fn a_member_a_note_sends_elsewhere_for_its_values_is_an_enum() {
    let page = |note: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update onlineMeeting\n\n## HTTP request\n```http\nPATCH /me/onlineMeetings/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|allowLiveShare|meetingLiveShareOptions|Whether live share is on.|\n|subject|String|The subject.|\n\n> [!NOTE]\n>\n>- {note}\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let schema = |note: &str| {
        contract_owned(&[("api/update.md", page(note))])["components"]["schemas"]["meetingLiveShareOptions"].clone()
    };
    let said = schema(
        "For the list of possible values for **allowedPresenters**, **allowLiveShare**, and **allowMeetingChat**, see [onlineMeeting](../resources/onlinemeeting.md).",
    );
    assert_eq!(said["type"], "string", "{said}");
    // Another member's values: the open object it was.
    let other = schema(
        "For the list of possible values for **allowedPresenters**, see [onlineMeeting](../resources/onlinemeeting.md).",
    );
    assert_eq!(other["type"], "object", "{other}");
}

/// A call page's note naming the replacement after a colon ("The `/app` path is deprecated: use
/// the `/communications` path instead."): the replacement is no deprecated path, and another
/// page's request under it stays current.
#[test]
fn a_replacement_a_note_names_stays_current_on_every_page() {
    let get = call_get_with_note("The `/app` path is deprecated: use the `/communications` path instead.");
    let answer = "---\ndoc_type: apiPageType\n---\n# call: answer\n\n## HTTP request\n```http\nPOST /communications/calls/{id}/answer\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n";
    let json = contract(&[("api/call-get.md", &get), ("api/call-answer.md", answer)]);
    let deprecated = |path: &str, method: &str| json["paths"][path][method]["deprecated"] == true;
    assert!(deprecated("/app/calls/{id}", "get"));
    assert!(!deprecated("/communications/calls/{id}/answer", "post"), "the replacement, on another page");
}

/// A note naming its path with a key ("The `/app/calls/{id}` path is deprecated.") and an older
/// page writing the key by another name (`/app/calls/{callId}/answer`): the request is under the
/// deprecated path whatever its key is called.
#[test]
fn a_deprecated_path_covers_another_page_s_lines_whatever_their_keys_are_named() {
    let get = call_get_with_note(
        "The `/app/calls/{id}` path is deprecated. Going forward, use the `/communications/calls/{id}` path.",
    );
    let answer = "---\ndoc_type: apiPageType\n---\n# call: answer\n\n## HTTP request\n```http\nPOST /app/calls/{callId}/answer\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n";
    let json = contract(&[("api/call-get.md", &get), ("api/call-answer.md", answer)]);
    let deprecated = |path: &str, method: &str| json["paths"][path][method]["deprecated"] == true;
    assert!(deprecated("/app/calls/{callId}/answer", "post"), "{:?}", path_keys(&json));
}

/// beta's attendance report: "The `/meetingAttendanceReport` path is deprecated." beside lines
/// ending with it; an older page writing a request under it (`…/meetingAttendanceReport/attendanceRecords`)
/// is under the deprecated path as much as `/app/calls/{id}/answer` is under `/app`.
#[test]
fn a_deprecated_last_segment_covers_other_pages_lines_under_it() {
    let get = read_page(
        "Get meetingAttendanceReport",
        "GET /me/onlineMeetings/{meetingId}/meetingAttendanceReport\nGET /users/{userId}/onlineMeetings/{meetingId}/meetingAttendanceReport",
        "a [meetingAttendanceReport](../resources/meetingattendancereport.md) object",
    )
    .replace(
        "## Response",
        "> **Note:** The `/meetingAttendanceReport` path is deprecated. Use the `/attendanceReports` path instead.\n\n## Response",
    );
    let records = read_page(
        "List attendanceRecords",
        "GET /me/onlineMeetings/{meetingId}/meetingAttendanceReport/attendanceRecords",
        "a collection of [attendanceRecord](../resources/attendancerecord.md) objects",
    );
    let json = contract(&[("api/meetingattendancereport-get.md", &get), ("api/attendancerecord-list.md", &records)]);
    let deprecated = |path: &str| json["paths"][path]["get"]["deprecated"] == true;
    assert!(deprecated("/me/onlineMeetings/{meetingId}/meetingAttendanceReport"));
    assert!(deprecated("/me/onlineMeetings/{meetingId}/meetingAttendanceReport/attendanceRecords"));
}

/// As `a_replacement_a_note_names_stays_current_on_every_page`, the replacement introduced after
/// "deprecated:" by other words than the stop list's ("switch to", "the new path is", "superseded
/// by"): it is no deprecated path, and another page's request under it stays current.
#[test]
fn a_replacement_named_after_deprecated_colon_in_other_words_stays_current_on_every_page() {
    let notes = [
        "The `/app` path is deprecated: switch to the `/communications` path.",
        "The `/app` path is deprecated: the new path is `/communications`.",
        "The following path is deprecated: `/app`, superseded by `/communications`.",
    ];
    let answer = "---\ndoc_type: apiPageType\n---\n# call: answer\n\n## HTTP request\n```http\nPOST /communications/calls/{id}/answer\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n";
    let misread: Vec<&str> = notes
        .into_iter()
        .filter(|note| {
            let get = call_get_with_note(note);
            let json = contract(&[("api/call-get.md", &get), ("api/call-answer.md", answer)]);
            let deprecated = |path: &str, method: &str| json["paths"][path][method]["deprecated"] == true;
            assert!(deprecated("/app/calls/{id}", "get"), "{note}");
            // The replacement, on another page.
            deprecated("/communications/calls/{id}/answer", "post")
        })
        .collect();
    assert!(misread.is_empty(), "{misread:#?}");
}

/// beta's device local credentials: "The `GET /deviceLocalCredentials` endpoint will be deprecated
/// …. Use the `GET /directory/deviceLocalCredentials` endpoint instead." on a list page that writes
/// only the replacement: the note's path heads no line, but the replacement ends with it. The
/// replacement is not deprecated, on that page nor on the get page under it.
#[test]
fn a_deprecated_path_the_replacement_ends_with_deprecates_no_other_page() {
    let list = read_page(
        "List deviceLocalCredentialInfo",
        "GET /directory/deviceLocalCredentials",
        "a collection of [deviceLocalCredentialInfo](../resources/devicelocalcredentialinfo.md) objects",
    )
    .replace(
        "## Response",
        "> The `GET /deviceLocalCredentials` endpoint will be deprecated on December 31, 2023. Use the `GET /directory/deviceLocalCredentials` endpoint instead.\n\n## Response",
    );
    let get = read_page(
        "Get deviceLocalCredentialInfo",
        "GET /directory/deviceLocalCredentials/{deviceId}",
        "a [deviceLocalCredentialInfo](../resources/devicelocalcredentialinfo.md) object",
    );
    let json =
        contract(&[("api/devicelocalcredentialinfo-list.md", &list), ("api/devicelocalcredentialinfo-get.md", &get)]);
    let deprecated = |path: &str| json["paths"][path]["get"]["deprecated"] == true;
    assert!(!deprecated("/directory/deviceLocalCredentials/{deviceId}"), "{:?}", path_keys(&json));
    assert!(!deprecated("/directory/deviceLocalCredentials"));
}

/// As `lists_per_kind_answer_the_set_s_type_an_update_table_s_rows_inherit_from`, one list page
/// linking its kind with a capital (`[Win32LobApp]`): the placeholder is dropped as unused, and
/// its warning must not say it is emitted.
#[test]
fn a_dropped_placeholder_linked_with_a_capital_is_said_not_to_be_emitted() {
    let list = |kind: &str, text: &str| {
        read_page(
            &format!("List {kind}s"),
            "GET /deviceAppManagement/mobileApps",
            &format!("a collection of [{text}](../resources/intune-apps-{}.md) objects", kind.to_ascii_lowercase()),
        )
    };
    let update = "---\ndoc_type: apiPageType\n---\n# Update macOSDmgApp\n\n## HTTP request\n```http\nPATCH /deviceAppManagement/mobileApps/{mobileAppId}\n```\n\n## Request body\nIn the request body, supply a JSON representation for the [macOSDmgApp](../resources/intune-apps-macosdmgapp.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Key of the entity. Inherited from [mobileApp](../resources/intune-apps-mobileapp.md)|\n|size|Int64|The size. Inherited from [mobileLobApp](../resources/intune-apps-mobilelobapp.md)|\n|bundleId|String|The bundle.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [macOSDmgApp](../resources/intune-apps-macosdmgapp.md) object in the response body.\n";
    let pages = [
        ("api/intune-apps-win32lobapp-list.md", list("win32LobApp", "Win32LobApp")),
        ("api/intune-apps-iosvppapp-list.md", list("iosVppApp", "iosVppApp")),
        ("api/intune-apps-macosdmgapp-update.md", update.to_string()),
    ];
    let files: Vec<(&str, &str)> = pages.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let json = contract(&files);
    let names: Vec<String> =
        json["components"]["schemas"].as_object().unwrap().keys().map(|k| k.to_ascii_lowercase()).collect();
    assert!(!names.iter().any(|n| n == "win32lobapp"), "{names:?}");
    let c = convert(files.iter().map(|(name, text)| SourceFile::new(*name, *text)).collect());
    let said: Vec<&str> = c
        .diagnostics
        .iter()
        .filter(|d| d.code == codes::MISSING_TYPE_PAGE && d.message.to_ascii_lowercase().contains("`win32lobapp`"))
        .map(|d| d.message.as_str())
        .collect();
    assert!(!said.is_empty());
    assert!(said.iter().all(|m| m.ends_with("so it is not emitted")), "{said:?}");
}

#[test]
fn a_segment_ending_in_a_type_s_name_does_not_name_that_type() {
    // A list copied from "List joinedTeams": `associatedTeams` ends with `team`, but the segment
    // names an `associatedTeamInfo`, which the annotation and the example's members say.
    let line = "GET /users/{id}/teamwork/associatedTeams";
    let text = format!(
        "{}\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\n{line}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.associatedTeamInfo\", \"isCollection\": true }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": [{{\"id\": \"1\", \"displayName\": \"Contoso\", \"tenantId\": \"t\"}}]}}\n```\n",
        read_page("List associatedTeamInfo", line, "a collection of [team](../resources/team.md) objects")
    );
    let team = type_page(
        "team",
        "",
        "|id|String|The id.|\n|displayName|String|The name.|\n|description|String|The description.|\n",
    );
    let info = type_page(
        "associatedTeamInfo",
        "",
        "|id|String|The id.|\n|displayName|String|The name.|\n|tenantId|String|The tenant.|\n",
    );
    let pages = [
        ("api/associatedteaminfo-list.md", text),
        ("resources/team.md", team),
        ("resources/associatedteaminfo.md", info),
    ];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema = &json["paths"]["/users/{id}/teamwork/associatedTeams"]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/associatedTeamInfoCollectionResponse");
}

#[test]
fn a_singleton_segment_ending_in_s_names_the_stated_type_too() {
    // As `primaryChannel` for a channel: `mailboxSettings` names the stated `mailboxSettings`, so the
    // parent's `user` annotation, copied, does not replace it.
    let line = "GET /users/{id}/mailboxSettings";
    let text = format!(
        "{}\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\n{line}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.user\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\", \"displayName\": \"Adele\"}}\n```\n",
        read_page("Get mailboxSettings", line, "a [mailboxSettings](../resources/mailboxsettings.md) object")
    );
    let user = type_page("user", "", "|id|String|The id.|\n|displayName|String|The name.|\n");
    let pages = [("api/user-get-mailboxsettings.md", text), ("resources/user.md", user)];
    let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema = &json["paths"]["/users/{id}/mailboxSettings"]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/mailboxSettings");
}

#[test]
fn a_linked_type_the_response_sentence_calls_an_enum_is_a_string() {
    // beta's usage rights: "a collection of [usageRight](…) enum values", the enum's page missing.
    let page = |said: &str| {
        read_page(
            "Get usageRightsIncluded",
            "GET /labels/{labelId}/rights",
            &format!("a collection of [usageRight](../resources/usageright.md) {said}"),
        )
    };
    let schema = |said: &str| {
        let json = contract(&[("api/usagerightsincluded-get.md", page(said).as_str())]);
        json["components"]["schemas"]["usageRight"].clone()
    };
    assert_eq!(schema("enum values")["type"], "string");
    assert_eq!(schema("objects")["type"], "object", "a missing page's placeholder otherwise");
}

#[test]
fn a_placeholder_its_base_s_page_lists_as_derived_has_the_base_s_members() {
    // v1.0's authenticationMethodTarget lists `smsAuthenticationMethodTarget`, whose page is missing.
    let base = "---\ndoc_type: resourcePageType\n---\n# authenticationMethodTarget resource type\n\nThe following types are derived from this resource type:\n- [smsAuthenticationMethodTarget](smsauthenticationmethodtarget.md)\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|targetType|String|The target's kind.|\n";
    let config = type_page(
        "smsAuthenticationMethodConfiguration",
        "",
        "|includeTargets|[smsAuthenticationMethodTarget](smsauthenticationmethodtarget.md) collection|The targets.|\n",
    );
    let json = contract(&[
        ("resources/authenticationmethodtarget.md", base),
        ("resources/smsauthenticationmethodconfiguration.md", config.as_str()),
    ]);
    let target = &json["components"]["schemas"]["smsAuthenticationMethodTarget"];
    assert!(target["properties"]["targetType"].is_object(), "{target}");
}

#[test]
fn entity_s_key_restated_as_inherited_is_read_only_without_entity_s_page() {
    // v1.0's Viva Engage types: "|id|String|Unique ID of a … message. Inherited from [entity](…).|", entity.md missing.
    let message = type_page(
        "engagementConversationMessage",
        "entity",
        "|id|String|Unique ID. Inherited from [entity](entity.md).|\n",
    );
    let set = type_page(
        "attributeSet",
        "entity",
        "|id|String|Identifier. Cannot be changed later. Inherited from [entity](entity.md).|\n",
    );
    let json = contract(&[("resources/message.md", message.as_str()), ("resources/attributeset.md", set.as_str())]);
    let id = |t: &str| json["components"]["schemas"][t]["properties"]["id"].clone();
    assert_eq!(id("engagementConversationMessage")["readOnly"], true, "{}", id("engagementConversationMessage"));
    assert!(id("attributeSet").get("readOnly").is_none(), "a key the caller sets: {}", id("attributeSet"));
}

#[test]
fn a_create_requiring_its_id_still_requires_the_odata_type_it_demands() {
    // The `id` rule of `requiring` lists the type's members inline (ObjectKind::Body), which has
    // no `@odata.type`: the demand the `allOf` form keeps is lost.
    let create = "---\ndoc_type: apiPageType\n---\n# Create remoteNetwork\n\n## HTTP request\n```http\nPOST /remoteNetworks\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [remoteNetwork](../resources/remotenetwork.md) object. You must specify the **@odata.type** property with a value of the specific kind.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The locale. Required.|\n|name|String|Name. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [remoteNetwork](../resources/remotenetwork.md) object in the response body.\n";
    let network = type_page("remoteNetwork", "", "|id|String|The id. Read-only.|\n|name|String|Name.|\n");
    // Without the `id` row: the `allOf` form requires `@odata.type`.
    let no_id = create.replace("|id|String|The locale. Required.|\n", "");
    let json =
        contract(&[("api/remotenetwork-create.md", no_id.as_str()), ("resources/remotenetwork.md", network.as_str())]);
    let schema = &json["paths"]["/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(schema["allOf"][1]["required"], serde_json::json!(["@odata.type", "name"]), "{schema}");
    // With it: the inline body drops `@odata.type` altogether.
    let json = contract(&[("api/remotenetwork-create.md", create), ("resources/remotenetwork.md", network.as_str())]);
    let schema = &json["paths"]["/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let required = schema["required"].as_array().cloned().unwrap_or_default();
    assert!(required.contains(&serde_json::json!("@odata.type")), "{schema}");
}

#[test]
fn entity_s_key_a_row_says_the_caller_supplies_is_not_read_only() {
    // `caller_sets` knows "Cannot be changed" only: a developer-provided key marked "Required."
    // (an external connection's) becomes read-only, so a PUT/create body of the type cannot send it.
    let connection = type_page(
        "externalConnection",
        "entity",
        "|id|String|Developer-provided unique ID of the connection. Required. Inherited from [entity](entity.md).|\n|name|String|The name.|\n",
    );
    let json = contract(&[("resources/externalconnection.md", connection.as_str())]);
    let id = &json["components"]["schemas"]["externalConnection"]["properties"]["id"];
    assert!(id.get("readOnly").is_none(), "{id}");
    // "Required." alone is what every answer carries (v1.0's PIM for groups schedules).
    let schedule = type_page(
        "accessSchedule",
        "entity",
        "|id|String|The identifier of the schedule. Required. Inherited from [entity](entity.md).|\n|name|String|The name.|\n",
    );
    let json = contract(&[("resources/accessschedule.md", schedule.as_str())]);
    assert_eq!(json["components"]["schemas"]["accessSchedule"]["properties"]["id"]["readOnly"], true);
}

#[test]
fn entity_s_key_only_the_representation_shows_or_a_row_restates_past_a_missing_base_is_read_only() {
    // beta's `networkAccessRoot`: "Inherits from [microsoft.graph.entity]", its table without `id`,
    // its JSON representation with it.
    let root = format!(
        "{}|name|String|The name.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.networkAccessRoot\", \"baseType\": \"microsoft.graph.entity\" }} -->\n```json\n{{\"id\": \"String (identifier)\", \"name\": \"String\"}}\n```\n",
        type_page("networkAccessRoot", "entity", "")
    );
    // beta's `filteringPolicy`: its base `policy` has no page among the inputs, and its `id` row says
    // it is entity's.
    let policy = type_page(
        "filteringPolicy",
        "policy",
        "|id|String|Identifier for the filtering policy. Inherited from [microsoft.graph.entity](../resources/entity.md).|\n|name|String|The name.|\n",
    );
    let attribute = type_page(
        "attributeThing",
        "policy",
        "|id|String|Identifier. Cannot be changed later. Inherited from [microsoft.graph.entity](entity.md).|\n",
    );
    let json = contract(&[
        ("resources/networkaccessroot.md", root.as_str()),
        ("resources/filteringpolicy.md", policy.as_str()),
        ("resources/attributething.md", attribute.as_str()),
    ]);
    let id = |t: &str| json["components"]["schemas"][t]["properties"]["id"].clone();
    assert_eq!(id("networkAccessRoot")["readOnly"], true, "{}", json["components"]["schemas"]["networkAccessRoot"]);
    // Described as the key entity's is, not as a member only the representation shows.
    assert_eq!(
        id("networkAccessRoot")["description"],
        json["components"]["schemas"]["entity"]["properties"]["id"]["description"]
    );
    assert_eq!(id("filteringPolicy")["readOnly"], true, "{}", id("filteringPolicy"));
    assert!(id("attributeThing").get("readOnly").is_none(), "a key the caller sets: {}", id("attributeThing"));
}

#[test]
fn entity_s_key_read_only_in_a_base_is_read_only_in_the_types_below_it() {
    // v1.0's authentication event listeners: each kind's `id` row "Inherited from [entity]", its
    // base's the same; entity's page missing.
    let base = type_page(
        "authenticationEventListener",
        "entity",
        "|id|String|Identifier. Inherited from [entity](../resources/entity.md).|\n|conditions|String|When.|\n",
    );
    let kind = type_page(
        "onTokenIssuanceStartListener",
        "authenticationEventListener",
        "|id|String|Identifier. Inherited from [entity](../resources/entity.md).|\n|handler|String|What.|\n",
    );
    let json = contract(&[
        ("resources/authenticationeventlistener.md", base.as_str()),
        ("resources/ontokenissuancestartlistener.md", kind.as_str()),
    ]);
    let id = |t: &str| json["components"]["schemas"][t]["properties"]["id"].clone();
    assert_eq!(id("authenticationEventListener")["readOnly"], true, "{}", id("authenticationEventListener"));
    assert_eq!(
        id("onTokenIssuanceStartListener")["readOnly"],
        true,
        "{}",
        json["components"]["schemas"]["onTokenIssuanceStartListener"]
    );
    // A nearer base restating the key without a word (v1.0's riskyUser, whose history item's
    // row says "Inherited from [entity]"): the row names whose key it is.
    let user = type_page("riskyUser", "entity", "|id|String|The user.|\n|level|String|The level.|\n");
    let item = type_page(
        "riskyUserHistoryItem",
        "riskyUser",
        "|id|String|The item. Inherited from [entity](../resources/entity.md).|\n|userId|String|Who.|\n",
    );
    let json =
        contract(&[("resources/riskyuser.md", user.as_str()), ("resources/riskyuserhistoryitem.md", item.as_str())]);
    let id = |t: &str| json["components"]["schemas"][t]["properties"]["id"].clone();
    assert_eq!(id("riskyUserHistoryItem")["readOnly"], true, "{}", id("riskyUserHistoryItem"));
    assert!(id("riskyUser").get("readOnly").is_none(), "its own row is silent: {}", id("riskyUser"));
}

#[test]
fn a_create_table_s_rows_a_kind_declares_stay_out_of_its_base_s_body() {
    // v1.0's mobile app create, kept with one kind's page and table ("Create androidLobApp",
    // linking `mobileApp`): its rows are the kind's, not the body's.
    let create = |title: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /deviceAppManagement/mobileApps\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [mobileApp](../resources/mobileapp.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Name.|\n|packageId|String|The package.|\n|notes|String|Not declared anywhere.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [mobileApp](../resources/mobileapp.md) object in the response body.\n"
        )
    };
    let app = type_page("mobileApp", "", "|displayName|String|Name.|\n");
    let kind = type_page("androidLobApp", "mobileApp", "|packageId|String|The package.|\n");
    let beside = |title: &str| {
        let page = create(title);
        let json = contract(&[
            ("api/mobileapp-create.md", page.as_str()),
            ("resources/mobileapp.md", app.as_str()),
            ("resources/androidlobapp.md", kind.as_str()),
        ]);
        json["paths"]["/deviceAppManagement/mobileApps"]["post"]["requestBody"]["content"]["application/json"]["schema"]
            ["allOf"][1]["properties"]
            .clone()
    };
    let of_kind = beside("Create androidLobApp");
    assert!(of_kind.get("packageId").is_none(), "a kind's member: {of_kind}");
    assert_eq!(of_kind["notes"]["type"], "string", "{of_kind}");
    // The type's own page, alone, lists what its create sends, a kind's member too (v1.0's
    // authentication events flow create and its `priority`).
    let own = beside("Create mobileApp");
    assert_eq!(own["packageId"]["type"], "string", "{own}");
    let own = beside("mobileApps: Create `mobileApp`.");
    assert_eq!(own["packageId"]["type"], "string", "punctuation around the name: {own}");
}

#[test]
fn a_create_title_naming_its_type_in_parentheses_is_the_type_s_own_page() {
    // v1.0's "Create a delegated permission grant (oAuth2PermissionGrant)": the name in
    // parentheses is the body type's, as "Create `mobileApp`." is.
    let create = "---\ndoc_type: apiPageType\n---\n# Create a mobile app (mobileApp)\n\n## HTTP request\n```http\nPOST /deviceAppManagement/mobileApps\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [mobileApp](../resources/mobileapp.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Name.|\n|packageId|String|The package.|\n|notes|String|Not declared anywhere.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [mobileApp](../resources/mobileapp.md) object in the response body.\n";
    let app = type_page("mobileApp", "", "|displayName|String|Name.|\n");
    let kind = type_page("androidLobApp", "mobileApp", "|packageId|String|The package.|\n");
    let json = contract(&[
        ("api/mobileapp-create.md", create),
        ("resources/mobileapp.md", app.as_str()),
        ("resources/androidlobapp.md", kind.as_str()),
    ]);
    let own = &json["paths"]["/deviceAppManagement/mobileApps"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        ["allOf"][1]["properties"];
    assert_eq!(own["packageId"]["type"], "string", "{own}");
}

#[test]
fn an_etag_a_response_example_shows_is_a_read_only_member_of_its_type() {
    // v1.0's planner task: its get's example answers `"@odata.etag": "W/\"…\""`, which its
    // update and delete send back in `If-Match`.
    let get = |etag: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get plannerTask\n\n## HTTP request\n```http\nGET /planner/tasks/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [plannerTask](../resources/plannertask.md) object in the response body.\n\n## Example\n### Request\n```http\nGET https://graph.microsoft.com/v1.0/planner/tasks/1\n```\n### Response\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.plannerTask\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\", \"title\": \"t\"{etag}}}\n```\n"
        )
    };
    let task = type_page("plannerTask", "", "|id|String|The id. Read-only.|\n|title|String|The title.|\n");
    let tagged = get(", \"@odata.etag\": \"W/\\\"JzEtVGFzayAg\\\"\"");
    let json = contract(&[("api/plannertask-get.md", tagged.as_str()), ("resources/plannertask.md", task.as_str())]);
    let etag = &json["components"]["schemas"]["plannerTask"]["properties"]["@odata.etag"];
    assert_eq!(etag["type"], "string", "{}", json["components"]["schemas"]["plannerTask"]);
    assert_eq!(etag["readOnly"], true);
    let untagged = get("");
    let json = contract(&[("api/plannertask-get.md", untagged.as_str()), ("resources/plannertask.md", task.as_str())]);
    assert!(json["components"]["schemas"]["plannerTask"]["properties"].get("@odata.etag").is_none());
}

#[test]
fn an_enum_numbered_as_bits_whose_description_says_none_of_or_a_combination_is_flags() {
    // The "one of" exception is a substring: it reads "none of" and "any one of them, or a
    // combination of them" as one value chosen, and drops the flags the bits say.
    let page = |description: &str| {
        let rows: String = [("none", 0), ("desktop", 1), ("mobile", 2), ("holographic", 4), ("team", 8)]
            .iter()
            .map(|(m, v)| format!("|{m}|{v}|{m}.|\n"))
            .collect();
        format!(
            "---\ndoc_type: enumPageType\n---\n# windowsDeviceType enum type\n\n{description}\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n{rows}"
        )
    };
    for description in [
        "The device types a policy targets: any one of them, or a combination of them.",
        "The device types a policy targets; none of them means every type.",
    ] {
        let json = contract(&[("resources/windowsdevicetype.md", &page(description))]);
        let schema = &json["components"]["schemas"]["windowsDeviceType"];
        assert_eq!(schema["x-ms-enum-flags"]["isFlags"], true, "{description}: {schema}");
    }
    // One member that is every bit together (Intune's update weeks: `everyWeek` 15 beside weeks
    // 1, 2, 4 and 8); not numbers in turn (0 to 4: `3` is no combination named so).
    let numbered = |rows: &[(&str, u64)]| {
        let rows: String = rows.iter().map(|(m, v)| format!("|{m}|{v}|{m}.|\n")).collect();
        let page = format!(
            "---\ndoc_type: enumPageType\n---\n# weeks enum type\n\nThe weeks.\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n{rows}"
        );
        contract(&[("resources/weeks.md", &page)])["components"]["schemas"]["weeks"]["x-ms-enum-flags"]["isFlags"]
            == true
    };
    assert!(numbered(&[("userDefined", 0), ("first", 1), ("second", 2), ("third", 4), ("fourth", 8), ("every", 15)]));
    assert!(!numbered(&[("a", 0), ("b", 1), ("c", 2), ("d", 3), ("e", 4)]));
    assert!(!numbered(&[("a", 0), ("b", 1), ("c", 2), ("d", 4), ("e", 6), ("f", 7)]));
}

#[test]
fn a_read_only_member_a_create_requires_and_its_example_sends_is_writable_in_its_body() {
    // v1.0's file storage container create: `containerTypeId`, "Read-only." on the type (once
    // created), "Required." in the create's table and sent by its example.
    let create = |example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create fileStorageContainer\n\n## HTTP request\n```http\nPOST /storage/fileStorage/containers\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [fileStorageContainer](../resources/filestoragecontainer.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Required.|\n|containerTypeId|GUID|The container type. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [fileStorageContainer](../resources/filestoragecontainer.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"create_filestoragecontainer\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/storage/fileStorage/containers\nContent-Type: application/json\n\n{example}\n```\n"
        )
    };
    let container = type_page(
        "fileStorageContainer",
        "",
        "|id|String|The id. Read-only.|\n|displayName|String|The name. Optional.|\n|containerTypeId|Guid|The container type. Read-only.|\n",
    );
    let sent = create("{\"displayName\": \"d\", \"containerTypeId\": \"e2756c4d-fa33-4452-9c36-2325686e1082\"}");
    let json = contract(&[
        ("api/filestoragecontainer-post.md", sent.as_str()),
        ("resources/filestoragecontainer.md", container.as_str()),
    ]);
    let schema = &json["paths"]["/storage/fileStorage/containers"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["required"], serde_json::json!(["displayName", "containerTypeId"]), "{schema}");
    assert!(schema["properties"]["containerTypeId"].get("readOnly").is_none(), "{schema}");
    // Each member's description without the type row's marks the body contradicts.
    assert_eq!(schema["properties"]["containerTypeId"]["description"], "The container type.", "{schema}");
    assert_eq!(schema["properties"]["displayName"]["description"], "The name.", "{schema}");
    // Not sent: the table's slip, the type's reference.
    let unsent = create("{\"displayName\": \"d\"}");
    let json = contract(&[
        ("api/filestoragecontainer-post.md", unsent.as_str()),
        ("resources/filestoragecontainer.md", container.as_str()),
    ]);
    let schema = &json["paths"]["/storage/fileStorage/containers"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(schema["allOf"][1]["required"], serde_json::json!(["displayName"]), "{schema}");
}

#[test]
fn an_enum_numbered_as_bits_whose_description_says_one_is_chosen_in_other_words_is_no_flags() {
    // The "one of" exception is now a list of phrases: "must be one of" / "may be one of" /
    // "only one of" (the substring before read them all) fall through to the bits, and the enum
    // becomes flags.
    let page = |description: &str| {
        let rows: String = [
            ("none", 0),
            ("allApps", 1),
            ("allMicrosoftApps", 2),
            ("allCoreMicrosoftApps", 4),
            ("selectedPublicApps", 8),
        ]
        .iter()
        .map(|(m, v)| format!("|{m}|{v}|{m}.|\n"))
        .collect();
        format!(
            "---\ndoc_type: enumPageType\n---\n# targetedManagedAppGroupType enum type\n\n{description}\n\n## Members\n|Member|Value|Description|\n|:---|:---|:---|\n{rows}"
        )
    };
    let descriptions = [
        "Indicates a collection of apps to target, which must be one of several pre-defined lists of apps.",
        "Indicates a collection of apps to target; only one of the lists is targeted.",
        "Indicates a collection of apps to target, which may be one of several pre-defined lists of apps.",
    ];
    let flags: Vec<&str> = descriptions
        .into_iter()
        .filter(|description| {
            let json = contract(&[("resources/targetedmanagedappgrouptype.md", &page(description))]);
            json["components"]["schemas"]["targetedManagedAppGroupType"].get("x-ms-enum-flags").is_some()
        })
        .collect();
    assert!(flags.is_empty(), "read as flags: {flags:?}");
}

#[test]
fn a_create_two_pages_document_requires_its_read_only_member_whichever_page_comes_first() {
    // `requiring` reads "sent" from the body's one example, which the merged operation keeps from
    // whichever page comes first: the table's page sending `containerTypeId` first, the member
    // is writable and required; the page naming the type alone first (its example without it),
    // the member stays read-only and unrequired.
    let table = "---\ndoc_type: apiPageType\n---\n# Create fileStorageContainer\n\n## HTTP request\n```http\nPOST /storage/fileStorage/containers\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [fileStorageContainer](../resources/filestoragecontainer.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Required.|\n|containerTypeId|GUID|The container type. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [fileStorageContainer](../resources/filestoragecontainer.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"create_filestoragecontainer\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/storage/fileStorage/containers\nContent-Type: application/json\n\n{\"displayName\": \"d\", \"containerTypeId\": \"e2756c4d-fa33-4452-9c36-2325686e1082\"}\n```\n";
    let alone = "---\ndoc_type: apiPageType\n---\n# Create container\n\n## HTTP request\n```http\nPOST /storage/fileStorage/containers\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [fileStorageContainer](../resources/filestoragecontainer.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [fileStorageContainer](../resources/filestoragecontainer.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"create_container\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/storage/fileStorage/containers\nContent-Type: application/json\n\n{\"displayName\": \"d\"}\n```\n";
    let container = type_page(
        "fileStorageContainer",
        "",
        "|id|String|The id. Read-only.|\n|displayName|String|The name.|\n|containerTypeId|Guid|The container type. Read-only.|\n",
    );
    let schema = |first: &str, second: &str| {
        let json = contract(&[
            ("api/a-post.md", first),
            ("api/b-post.md", second),
            ("resources/filestoragecontainer.md", container.as_str()),
        ]);
        json["paths"]["/storage/fileStorage/containers"]["post"]["requestBody"]["content"]["application/json"]["schema"]
            .clone()
    };
    assert_eq!(schema(table, alone), schema(alone, table));
}

#[test]
fn a_member_an_update_s_table_picks_and_its_example_sends_is_writable_in_the_body() {
    // v1.0's authentication flows policy update: "supply a JSON representation of the
    // [authenticationFlowsPolicy] object", a table of its one `selfServiceSignUp`, which the
    // type's page calls "Optional. Read-only."; the example sends it.
    let policy = type_page(
        "authenticationFlowsPolicy",
        "",
        "|description|String|Read-only.|\n|displayName|String|Read-only.|\n|id|String|Read-only.|\n|selfServiceSignUp|String|Optional. Read-only.|\n",
    );
    let update = |rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update authenticationFlowsPolicy\n\n## HTTP request\n```http\nPATCH /policies/authenticationFlowsPolicy\n```\n\n## Request body\nIn the request body, you can supply a JSON representation of the [authenticationFlowsPolicy](../resources/authenticationflowspolicy.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n```http\nPATCH https://graph.microsoft.com/v1.0/policies/authenticationFlowsPolicy\nContent-Type: application/json\n\n{{\"selfServiceSignUp\": \"on\"}}\n```\n"
        )
    };
    let body = |rows: &str| {
        let json = contract(&[
            ("resources/authenticationflowspolicy.md", &policy),
            ("api/authenticationflowspolicy-update.md", &update(rows)),
        ]);
        json["paths"]["/policies/authenticationFlowsPolicy"]["patch"]["requestBody"]["content"]["application/json"]
            ["schema"]
            .clone()
    };
    let picked = body("|selfServiceSignUp|String|Self-service sign-up configuration.|\n");
    assert_eq!(picked["properties"]["selfServiceSignUp"].get("readOnly"), None, "{picked}");
    assert_eq!(picked["properties"]["id"]["readOnly"], true, "the others stay read-only: {picked}");
    // A table listing most of the type's members (Intune's generated ones): the type, as it is.
    let copied = body(
        "|description|String|The description.|\n|displayName|String|The name.|\n|selfServiceSignUp|String|Sign-up.|\n",
    );
    assert_eq!(copied["$ref"], "#/components/schemas/authenticationFlowsPolicy", "{copied}");
    // Unless the table marks some rows read-only itself (beta's terms-of-use file create: `isDefault`
    // "Read-only." beside `fileName`): the rows it leaves unmarked are written.
    let marked = body(
        "|description|String|The description. Read-only.|\n|displayName|String|The name.|\n|id|String|The id.|\n|selfServiceSignUp|String|Sign-up.|\n",
    );
    assert_eq!(marked["properties"]["selfServiceSignUp"].get("readOnly"), None, "{marked}");
    assert_eq!(marked["properties"]["description"]["readOnly"], true, "{marked}");
    // Not a table marking only the key so (Intune's generated ones, copying the other rows without
    // the type's marks).
    let keyed = body(
        "|description|String|The description.|\n|displayName|String|The name.|\n|id|String|The id. Read-only.|\n|selfServiceSignUp|String|Sign-up.|\n",
    );
    assert_eq!(keyed["$ref"], "#/components/schemas/authenticationFlowsPolicy", "{keyed}");
    // So where the type's rows restate a base no page defines (counted once, not again as the
    // base placeholder's: beta's iOS VPP app update beside `mobileApp`).
    let inherited =
        |name: &str, rest: &str| format!("|{name}|String|{rest} Inherited from [policyBase](policybase.md)|\n");
    let policy = type_page(
        "authenticationFlowsPolicy",
        "policyBase",
        &[
            inherited("description", "Read-only."),
            inherited("displayName", "Read-only."),
            inherited("id", "Read-only."),
            "|selfServiceSignUp|String|Optional. Read-only.|\n".to_string(),
        ]
        .concat(),
    );
    let json = contract(&[
        ("resources/authenticationflowspolicy.md", &policy),
        (
            "api/authenticationflowspolicy-update.md",
            &update(
                "|description|String|The description.|\n|displayName|String|The name.|\n|selfServiceSignUp|String|Sign-up.|\n",
            ),
        ),
    ]);
    let copied = &json["paths"]["/policies/authenticationFlowsPolicy"]["patch"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(copied["$ref"], "#/components/schemas/authenticationFlowsPolicy", "{copied}");
}

#[test]
fn the_one_member_an_update_s_table_lists_beside_its_type_is_required() {
    // beta's email method update: "supply … the [emailAuthenticationMethod] object", and "the
    // properties that are required when you update": `emailAddress` alone.
    let method =
        type_page("emailAuthenticationMethod", "", "|emailAddress|String|The address.|\n|id|String|The id.|\n");
    let update = |rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update emailAuthenticationMethod\n\n## HTTP request\n```http\nPATCH /me/authentication/emailMethods/{{id}}\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [emailAuthenticationMethod](../resources/emailauthenticationmethod.md) object.\n\nThe following table shows the properties that are required when you update the [emailAuthenticationMethod](../resources/emailauthenticationmethod.md).\n\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let body = |rows: &str| {
        let json = contract(&[
            ("resources/emailauthenticationmethod.md", &method),
            ("api/emailauthenticationmethod-update.md", &update(rows)),
        ]);
        json["paths"]["/me/authentication/emailMethods/{id}"]["patch"]["requestBody"]["content"]["application/json"]
            ["schema"]
            .clone()
    };
    let one = body("|emailAddress|String|The address.|\n");
    assert_eq!(one["allOf"][1]["required"], serde_json::json!(["emailAddress"]), "{one}");
    // A table introduced as a create's, copied onto the update (beta's To Do list update: "the
    // properties that are required when you create the [todoTaskList]" over `displayName` alone):
    // no word on what the update needs.
    let json = contract(&[
        ("resources/emailauthenticationmethod.md", &method),
        (
            "api/emailauthenticationmethod-update.md",
            &update("|emailAddress|String|The address.|\n").replace("when you update", "when you create"),
        ),
    ]);
    let copied = &json["paths"]["/me/authentication/emailMethods/{id}"]["patch"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(copied["$ref"], "#/components/schemas/emailAuthenticationMethod", "{copied}");
    // Several: a create's table, copied; and a key alone (Intune's tables of an `id`) is no change.
    let two = body("|emailAddress|String|The address.|\n|id|String|The id.|\n");
    assert_eq!(two["$ref"], "#/components/schemas/emailAuthenticationMethod", "{two}");
    let key = body("|id|String|The id.|\n");
    assert_eq!(key["$ref"], "#/components/schemas/emailAuthenticationMethod", "{key}");
    // An update example sending another member without it (v1.0's assignment settings: "Example
    // 2" sends `gradingCategories` alone): not required.
    let shown = |example: &str| {
        let page = format!(
            "{}\n## Example\n```http\nPATCH https://graph.microsoft.com/v1.0/me/authentication/emailMethods/3\nContent-type: application/json\n\n{example}\n```\n",
            update("|emailAddress|String|The address.|\n")
        );
        let json = contract(&[
            ("resources/emailauthenticationmethod.md", &method),
            ("api/emailauthenticationmethod-update.md", &page),
        ]);
        json["paths"]["/me/authentication/emailMethods/{id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"].clone()
    };
    let other = shown("{\"id\": \"3\"}");
    assert_eq!(other["$ref"], "#/components/schemas/emailAuthenticationMethod", "{other}");
    let sent = shown("{\"emailAddress\": \"a@b.c\"}");
    assert_eq!(sent["allOf"][1]["required"], serde_json::json!(["emailAddress"]), "{sent}");
}

#[test]
fn a_type_its_page_titles_deprecated_is_deprecated() {
    // beta's "tiIndicator resource type (deprecated)".
    let page = type_page("tiIndicator", "", "|id|String|The id.|\n")
        .replace("# tiIndicator resource type", "# tiIndicator resource type (deprecated)");
    let json = contract(&[("resources/tiindicator.md", &page)]);
    let schema = &json["components"]["schemas"]["tiIndicator"];
    assert_eq!(schema["deprecated"], true, "{schema}");
    let json = contract(&[("resources/tiindicator.md", &type_page("tiIndicator", "", "|id|String|The id.|\n"))]);
    assert!(json["components"]["schemas"]["tiIndicator"].get("deprecated").is_none());
}

#[test]
fn a_request_table_naming_a_namespaced_type_by_its_short_name_adds_its_members() {
    // v1.0's audit log query create: "a JSON representation of the [auditLogQuery](…) object"
    // and a `serviceFilter` row that `security.auditLogQuery`'s page lacks and responses show.
    let resource = "---\ndoc_type: resourcePageType\n---\n# auditLogQuery resource type\n\nNamespace: microsoft.graph.security\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|displayName|String|The name.|\n|status|String|The status.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.security.auditLogQuery\"} -->\n```json\n{\"id\": \"String\"}\n```\n";
    let create = "---\ndoc_type: apiPageType\n---\n# Create auditLogQuery\n\nNamespace: microsoft.graph.security\n\n## HTTP request\n```http\nPOST /security/auditLog/queries\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [auditLogQuery](../resources/security-auditlogquery.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|status|String|The status.|\n|serviceFilter|String|The workload.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [microsoft.graph.security.auditLogQuery](../resources/security-auditlogquery.md) object in the response body.\n\n## Example\n```http\nPOST https://graph.microsoft.com/v1.0/security/auditLog/queries\nContent-type: application/json\n\n{\"displayName\": \"q\"}\n```\n\n<!-- {\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.security.auditLogQuery\"} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\"@odata.type\": \"#microsoft.graph.security.auditLogQuery\", \"id\": \"1\", \"displayName\": \"q\", \"serviceFilter\": \"Exchange\"}\n```\n";
    let c = convert(vec![
        SourceFile::new("resources/security-auditlogquery.md", resource),
        SourceFile::new("api/security-auditcoreroot-post-auditlogqueries.md", create),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let names = property_names(&json, "security.auditLogQuery");
    assert!(names.contains(&"serviceFilter".to_string()), "{names:?}");
    assert!(
        c.diagnostics.iter().any(|d| d.code == codes::DUPLICATE_TYPE && d.message.contains("`serviceFilter`")),
        "{:?}",
        c.diagnostics
    );
}

#[test]
fn top_is_bounded_by_the_largest_page_its_page_gives() {
    // beta's health monitoring alerts: "The default and maximum page sizes are 100 alert objects."
    let page = "---\ndoc_type: apiPageType\n---\n# List alerts\n\n## HTTP request\n```http\nGET /alerts\n```\n\n## Optional query parameters\nThis method supports the `$top` and `$filter` OData query parameters. The default and maximum page sizes are 100 alert objects.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [alert](../resources/alert.md) objects in the response body.\n";
    let json = contract(&[("api/alerts-list.md", page)]);
    let parameters = json["paths"]["/alerts"]["get"]["parameters"].as_array().cloned().unwrap_or_default();
    let top = parameters.iter().find(|p| p["name"] == "$top").expect("$top");
    assert_eq!(top["schema"], serde_json::json!({"type": "integer", "format": "int32", "maximum": 100}), "{top}");
}

#[test]
fn a_missing_response_type_is_reported_where_the_prose_links_it() {
    // Not at the request line: the link is what the page would fix.
    let page = "---\ndoc_type: apiPageType\n---\n# Get x\n\n## HTTP request\n```http\nGET /xs/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [widget](../resources/widget.md) object in the response body.\n";
    let c = convert(vec![SourceFile::new("api/x-get.md", page)]);
    let d = c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("a missing-type-page warning");
    assert_eq!(d.span.start, page.find("[widget]").unwrap(), "{d:?}");
}

#[test]
fn a_missing_request_body_type_is_reported_where_the_prose_links_it() {
    // beta's threat assessment results: "… supply a JSON representation for the [threatAssessmentResult](…) object."
    let page = "---\ndoc_type: apiPageType\n---\n# Create result\n\n## HTTP request\n```http\nPOST /xs\n```\n\n## Request body\nIn the request body, supply a JSON representation for the [widget](../resources/widget.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n";
    let c = convert(vec![SourceFile::new("api/x-post.md", page)]);
    let d = c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("a missing-type-page warning");
    assert_eq!(d.span.start, page.find("[widget]").unwrap(), "{d:?}");
}

#[test]
fn a_link_naming_its_page_s_type_in_the_plural_is_that_type() {
    // beta's teams getAllMessages: "a list of [chatMessages](../resources/chatmessage.md)", the
    // page not among the inputs: the type is linked, and said missing there.
    let page = "---\ndoc_type: apiPageType\n---\n# teams: getAllMessages\n\n## HTTP request\n```http\nGET /teams/{id}/getAllMessages\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a list of [chatMessages](../resources/chatmessage.md) in the response body.\n";
    let c = convert(vec![SourceFile::new("api/teams-getallmessages.md", page)]);
    assert!(c.diagnostics.iter().all(|d| d.code != codes::UNKNOWN_TYPE), "{:?}", c.diagnostics);
    let d = c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("a missing-type-page warning");
    assert!(d.message.contains("`chatMessage`"), "{d:?}");
    assert_eq!(d.span.start, page.find("[chatMessages]").unwrap(), "{d:?}");
}

#[test]
fn a_demanded_member_the_linked_type_lacks_is_the_body_s_own() {
    // beta's agentIdentity create: "The request body must contain **displayName** and
    // **agentIdentityBlueprintAppId**.", the type's page spelling the latter `agentIdentityBlueprintId`.
    let create = |sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create agentIdentity\n\n## HTTP request\n```http\nPOST /agents\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [agentIdentity](../resources/agentidentity.md) object. The request body must contain  **displayName** and **agentIdentityBlueprintAppId**.\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [agentIdentity](../resources/agentidentity.md) object in the response body.\n\n## Examples\n### Request\n```http\nPOST https://graph.microsoft.com/beta/agents\nContent-Type: application/json\n\n{sent}\n```\n"
        )
    };
    let agent = type_page(
        "agentIdentity",
        "",
        "|id|String|The id.|\n|displayName|String|The name.|\n|agentIdentityBlueprintId|String|The blueprint.|\n",
    );
    let body = |sent: &str| {
        let json = contract_owned(&[
            ("resources/agentidentity.md", agent.clone()),
            ("api/agentidentity-post.md", create(sent)),
        ]);
        json["paths"]["/agents"]["post"]["requestBody"]["content"]["application/json"]["schema"]["allOf"][1].clone()
    };
    let sent = body("{\"displayName\": \"a\", \"agentIdentityBlueprintAppId\": \"b\"}");
    assert_eq!(sent["required"], serde_json::json!(["displayName", "agentIdentityBlueprintAppId"]), "{sent}");
    assert_eq!(sent["properties"]["agentIdentityBlueprintAppId"]["type"], "string", "{sent}");
    // An example leaving it out: not required, and nothing to type it by.
    let left_out = body("{\"displayName\": \"a\"}");
    assert_eq!(left_out["required"], serde_json::json!(["displayName"]), "{left_out}");
    assert!(left_out["properties"].is_null(), "{left_out}");
}

#[test]
fn a_parameter_a_merged_page_writes_without_its_dollar_is_the_operation_s() {
    // beta's site search: `GET /sites?search={query}` merged into the list page's `GET /sites`,
    // which lists `$filter`: `search` is no OData option the list page's say leaves out.
    let list = "---\ndoc_type: apiPageType\n---\n# List sites\n\n## HTTP request\n```http\nGET /sites\n```\n\n## Optional query parameters\nThis method supports the `$filter` OData query parameter.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [site](../resources/site.md) objects in the response body.\n";
    let search = "---\ndoc_type: apiPageType\n---\n# Search for sites\n\n## HTTP request\n```http\nGET /sites?search={query}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [site](../resources/site.md) objects in the response body.\n";
    let json = contract(&[("api/site-list.md", list), ("api/site-search.md", search)]);
    let names: Vec<&str> = json["paths"]["/sites"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"search") && names.contains(&"$filter"), "{names:?}");
}

#[test]
fn a_plural_link_to_a_namespaced_type_s_page_is_that_type() {
    // "Get a list of [reviewSets](../resources/ediscovery-reviewset.md)": the stem carries the
    // namespace, so `item_name("reviewSets") == stem` fails and the plural stays the type's name.
    let page = |link: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List reviewSets\n\n## HTTP request\n```http\nGET /cases/{{id}}/reviewSets\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a list of {link} in the response body.\n"
        )
    };
    let missing = |link: &str| {
        let c = convert(vec![SourceFile::new("api/ediscovery-case-list-reviewsets.md", page(link))]);
        let d = c.diagnostics.iter().find(|d| d.code == codes::MISSING_TYPE_PAGE).expect("a missing-type-page warning");
        d.message.clone()
    };
    let singular = missing("[reviewSet](../resources/ediscovery-reviewset.md)");
    assert!(singular.contains("`reviewSet`"), "{singular}");
    let plural = missing("[reviewSets](../resources/ediscovery-reviewset.md)");
    assert!(plural.contains("`reviewSet`"), "{plural}");
}

#[test]
fn a_kind_no_page_defines_named_after_a_defined_sibling_is_not_that_sibling_s_kind() {
    // v1.0's Intune apps: `GET /deviceAppManagement/mobileApps/{mobileAppId}` on the AppX page (its
    // type page among the inputs, a kind of `mobileLobApp`) and on the universal AppX page (no type
    // page). `windowsUniversalAppX` puts a word into `windowsAppX`'s name but is its sibling: both
    // are kinds of `mobileLobApp`, which the answer generalizes to (as before the qualified rule
    // came first), not the AppX page's own type.
    let line = "GET /deviceAppManagement/mobileApps/{mobileAppId}";
    let get = |kind: &str| {
        read_page(
            &format!("Get {kind}"),
            line,
            &format!("a [{kind}](../resources/intune-apps-{}.md) object", kind.to_ascii_lowercase()),
        )
    };
    let json = contract_owned(&[
        (
            "resources/intune-apps-windowsappx.md",
            type_page("windowsAppX", "mobileLobApp", "|id|String|The id.|\n|identityName|String|The name.|\n"),
        ),
        ("api/intune-apps-windowsappx-get.md", get("windowsAppX")),
        ("api/intune-apps-windowsuniversalappx-get.md", get("windowsUniversalAppX")),
    ]);
    let schema = &json["paths"]["/deviceAppManagement/mobileApps/{mobileAppId}"]["get"]["responses"]["200"]["content"]
        ["application/json"]["schema"];
    assert_eq!(ref_of(schema), "#/components/schemas/mobileLobApp", "{schema}");
}

#[test]
fn a_task_s_block_of_two_lines_is_no_duplicate_operation_id() {
    // A page of a task per heading (v1.0's drive get) whose task block shows two lines under one
    // name (`get-drive-library`: a group's and a site's library): both lines take the name as
    // their written id, and the page is warned of an id used twice that it never wrote twice.
    let page = "---\ndoc_type: apiPageType\n---\n# Get Drive\n\nRetrieve the properties of a Drive resource.\n\n## Get current user's OneDrive\n\nThe signed in user's drive can be accessed from the `me` singleton.\n\n### HTTP request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-drive-default\" } -->\n```http\nGET /me/drive\n```\n\n## Get a document library\n\nTo access a group's or a site's default document library, request its drive relationship.\n\n### HTTP request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-drive-library\" } -->\n```http\nGET /groups/{groupId}/drive\nGET /sites/{siteId}/drive\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [drive](../resources/drive.md) object in the response body.\n";
    let c = convert(vec![SourceFile::new("api/drive-get.md", page)]);
    assert!(c.diagnostics.iter().all(|d| d.code != codes::DUPLICATE_OPERATION_ID), "{:?}", c.diagnostics);
}

/// An object naming its own `@odata.type` beside one `value` member is an object of a
/// type whose page is missing, not one enum value wrapped as OData wraps a single result.
#[test]
fn an_object_naming_its_own_type_beside_a_value_member_is_no_wrapped_enum() {
    let get = "---\ndoc_type: apiPageType\n---\n# Get thingSetting\n\n## HTTP request\n```http\nGET /things/{id}/setting\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [thingSetting](../resources/thingsetting.md) object in the response body.\n\n## Example\n```http\nGET https://graph.microsoft.com/v1.0/things/1/setting\n```\n\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#things('1')/setting/$entity\", \"@odata.type\": \"#microsoft.graph.thingSetting\", \"value\": \"abc\"}\n```\n";
    let json = contract(&[("api/thingsetting-get.md", get)]);
    let state = &json["components"]["schemas"]["thingSetting"];
    assert_eq!(state["type"], "object", "{state}");
}

/// An update's body of a type whose page is missing, sent as `{"value": …}`: the type has
/// a member `value` (a request body is no OData-wrapped single result).
#[test]
fn an_update_sending_a_value_member_of_a_missing_type_keeps_it_an_object() {
    let update = "---\ndoc_type: apiPageType\n---\n# Update thingSetting\n\n## HTTP request\n```http\nPATCH /things/{id}/setting\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [thingSetting](../resources/thingsetting.md) object.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n```http\nPATCH https://graph.microsoft.com/v1.0/things/1/setting\nContent-Type: application/json\n\n{\"value\": \"abc\"}\n```\n\n```http\nHTTP/1.1 204 No Content\n```\n";
    let json = contract(&[("api/thingsetting-update.md", update)]);
    let body = &json["paths"]["/things/{id}/setting"]["patch"]["requestBody"]["content"]["application/json"]["schema"];
    let state = &json["components"]["schemas"]["thingSetting"];
    assert_eq!(state["type"], "object", "{body} {state}");
}

/// Two pages link a type whose page is missing, one spelling every word
/// (`AttributeMappingFunctionSchema`, capitalized as a sentence's first word), the other running
/// two together: the placeholder tells the words apart, whichever page comes first.
#[test]
fn a_placeholder_takes_the_spelling_telling_more_words_apart_in_either_order() {
    let page = |path: &str, link: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get function\n\n## HTTP request\n```http\nGET {path}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [{link}](../resources/synchronization-attributemappingfunctionschema.md) object in the response body.\n"
        )
    };
    for (first, second) in [
        ("attributemappingFunctionSchema", "attributeMappingFunctionSchema"),
        ("attributeMappingFunctionSchema", "attributemappingFunctionSchema"),
        ("AttributeMappingFunctionSchema", "attributemappingFunctionSchema"),
    ] {
        let json = contract_owned(&[
            ("api/a-get.md", page("/a/{id}/function", first)),
            ("api/b-get.md", page("/b/{id}/function", second)),
        ]);
        let schemas: Vec<_> = json["components"]["schemas"].as_object().unwrap().keys().cloned().collect();
        assert!(schemas.iter().any(|s| s == "attributeMappingFunctionSchema"), "{first}, {second}: {schemas:?}");
    }
}

/// A row naming an enum where the entity says `String`, "Not nullable.": the enum stays,
/// and so does the entity's "Not nullable".
#[test]
fn an_update_s_row_keeping_its_enum_is_not_nullable_where_the_entity_says_so() {
    let grant = type_page("thingGrant", "", "|appId|String|The app.|\n|state|String|The state. Not nullable.|\n");
    let get =
        read_page("Get grant", "GET /storage/grants/{appId}", "a [thingGrant](../resources/thinggrant.md) object");
    let update = "---\ndoc_type: apiPageType\n---\n# Update grant\n\n## HTTP request\n```http\nPATCH /storage/grants/{appId}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|state|grantState|The state. The possible values are: `on`, `off`. Optional.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let json = contract_owned(&[
        ("api/grant-get.md", get),
        ("api/grant-update.md", update.to_string()),
        ("resources/thinggrant.md", grant),
    ]);
    let body = &json["paths"]["/storage/grants/{appId}"]["patch"]["requestBody"]["content"]["application/json"]["schema"]
        ["properties"];
    assert_eq!(ref_of(&body["state"]), "#/components/schemas/grantState", "{body}");
    assert!(body["state"].get("anyOf").is_none(), "{body}");
}

/// The file storage container's recycle bin: `POST …/recycleBin/items/restore` documented by
/// `filestoragecontainer-restore-recyclebin-items.md` ("supply a JSON representation of the
/// recycleBinItem objects") and `recyclebinitem-restore.md` (a parameters table: `ids`).
#[test]
fn an_action_s_parameters_table_wins_over_a_page_naming_a_type_alone() {
    let item = type_page("recycleBinItem", "", "|id|String|The id.|\n|title|String|The title.|\n");
    let action = |title: &str, body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /storage/fileStorage/containers/{{containerId}}/recycleBin/items/restore\n```\n\n## Request body\n{body}\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n"
        )
    };
    let named = action(
        "Restore recycle bin items",
        "In the request body, supply a JSON representation of the [recycleBinItem](../resources/recyclebinitem.md) objects.",
    );
    let table = action(
        "recycleBinItem: restore",
        "|Parameter|Type|Description|\n|:---|:---|:---|\n|ids|String collection|The IDs of the items to restore. Required.|",
    );
    let path = "/storage/fileStorage/containers/{containerId}/recycleBin/items/restore";
    for (first, second) in [("api/a.md", "api/b.md"), ("api/b.md", "api/a.md")] {
        let json = contract(&[("resources/recyclebinitem.md", &item), (first, &named), (second, &table)]);
        let body = &json["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"];
        assert_eq!(body["required"], serde_json::json!(["ids"]), "{first}: {body}");
        assert_eq!(body["properties"]["ids"]["type"], "array", "{first}: {body}");
    }
    // A create on the set of the type: the type is the body (the other page's table lists its members).
    let create = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create item\n\n## HTTP request\n```http\nPOST /bins/{{id}}/recycleBinItems\n```\n\n## Request body\n{body}\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [recycleBinItem](../resources/recyclebinitem.md) object in the response body.\n"
        )
    };
    let named = create(
        "In the request body, supply a JSON representation of the [recycleBinItem](../resources/recyclebinitem.md) object.",
    );
    let table = create("|Property|Type|Description|\n|:---|:---|:---|\n|title|String|The title.|");
    let json = contract(&[("resources/recyclebinitem.md", &item), ("api/a.md", &named), ("api/b.md", &table)]);
    let body =
        &json["paths"]["/bins/{id}/recycleBinItems"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(body["$ref"], "#/components/schemas/recycleBinItem", "{body}");
}

/// v1.0's access package assignment policy update: `[accessPackageReviewSettings](accesspackageassignmentreviewsettings.md)`
/// where the create page links the page as `accessPackageAssignmentReviewSettings`; the page missing.
#[test]
fn a_link_leaving_out_words_of_the_type_its_page_is_named_for_means_that_type() {
    let page = |title: &str, line: &str, link: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|reviewSettings|[{link}](../resources/accesspackageassignmentreviewsettings.md)|Settings for access reviews.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let create = page("Create policy", "POST /policies", "accessPackageAssignmentReviewSettings");
    let schemas = |short: &str| {
        let update = page("Update policy", "PUT /policies/{id}", short);
        let json = contract(&[("api/create.md", &create), ("api/update.md", &update)]);
        json["components"]["schemas"].as_object().unwrap().keys().cloned().collect::<Vec<_>>()
    };
    let names = schemas("accessPackageReviewSettings");
    assert!(names.contains(&"accessPackageAssignmentReviewSettings".to_string()), "{names:?}");
    assert!(!names.contains(&"accessPackageReviewSettings".to_string()), "{names:?}");
    // A name adding words is a type of its own (`invitationParticipantInfo` linking `participantinfo.md`).
    let names = schemas("accessPackageAssignmentReviewSettingsDetail");
    assert!(names.contains(&"accessPackageAssignmentReviewSettingsDetail".to_string()), "{names:?}");
    assert!(crate::types::omits_words("accessPackageReviewSettings", "accessPackageAssignmentReviewSettings"));
    assert!(!crate::types::omits_words("reviewSettings", "accessPackageAssignmentReviewSettings"));
    assert!(!crate::types::omits_words("accessPackageSettings2", "accessPackageAssignmentSettings"));
}

/// beta's Exchange restore session update: `[maiboxRestoreArtifact](mailboxrestoreartifact.md)` where the
/// create page links the page as `mailboxRestoreArtifact`; the page missing.
#[test]
fn a_link_misspelling_the_type_its_page_is_named_for_means_that_type() {
    let page = |title: &str, line: &str, link: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|artifacts|[{link}](../resources/mailboxrestoreartifact.md) collection|The artifacts.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let create = page("Create session", "POST /sessions", "mailboxRestoreArtifact");
    let schemas = |written: &str| {
        let update = page("Update session", "PUT /sessions/{id}", written);
        let json = contract(&[("api/create.md", &create), ("api/update.md", &update)]);
        json["components"]["schemas"].as_object().unwrap().keys().cloned().collect::<Vec<_>>()
    };
    let names = schemas("maiboxRestoreArtifact");
    assert!(names.contains(&"mailboxRestoreArtifact".to_string()), "{names:?}");
    assert!(!names.contains(&"maiboxRestoreArtifact".to_string()), "{names:?}");
    // A name adding a word is a type of its own.
    let names = schemas("mailboxRestoreArtifactSet");
    assert!(names.contains(&"mailboxRestoreArtifactSet".to_string()), "{names:?}");
    assert!(crate::types::misspells("maiboxRestoreArtifact", "mailboxRestoreArtifact"));
    assert!(crate::types::misspells("mailboxRestoreArtfiact", "mailboxRestoreArtifact"));
    assert!(!crate::types::misspells("mailboxRestoreArtifact", "mailboxRestoreArtifact"));
    assert!(!crate::types::misspells("driveRestoreArtifact", "siteRestoreArtifact"));
    assert!(!crate::types::misspells("userSet", "usersSet"));
}

/// v1.0's assignment resource create: "supply a JSON representation of one of the following
/// resource types:" (pages missing) above `{"distributeForStudentWork": false, "resource": {…}}`,
/// answering the `educationAssignmentResource` whose members those are.
#[test]
fn a_body_of_the_answered_type_s_members_is_that_type_where_the_stated_page_is_missing() {
    let wrapper = type_page(
        "educationAssignmentResource",
        "",
        "|distributeForStudentWork|Boolean|Whether.|\n|id|String|The id.|\n|resource|[educationResource](educationresource.md)|The resource.|\n",
    );
    let page = |sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create educationAssignmentResource\n\n## HTTP request\n```http\nPOST /education/classes/{{id}}/assignments/{{assignment-id}}/resources\n```\n\n## Request body\nIn the request body, supply a JSON representation of one of the following resource types:\n- [educationFileResource](../resources/educationfileresource.md)\n- [educationLinkResource](../resources/educationlinkresource.md)\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [educationAssignmentResource](../resources/educationassignmentresource.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"post_resource\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/education/classes/c1/assignments/a1/resources\nContent-type: application/json\n\n{sent}\n```\n"
        )
    };
    let body = |sent: &str| {
        let json = contract_owned(&[
            ("resources/educationassignmentresource.md", wrapper.clone()),
            ("api/post-resources.md", page(sent)),
        ]);
        json["paths"]["/education/classes/{id}/assignments/{assignment-id}/resources"]["post"]["requestBody"]["content"]
            ["application/json"]["schema"]["$ref"]
            .clone()
    };
    let answered = "#/components/schemas/educationAssignmentResource";
    assert_eq!(body(r#"{"distributeForStudentWork": false, "resource": {"displayName": "a.docx"}}"#), answered);
    assert_eq!(body(r#"{"resource": {"displayName": "a.docx"}}"#), answered);
    // A member the answered type lacks: the example is no object of it.
    assert_ne!(body(r#"{"colour": "red", "resource": {"displayName": "a.docx"}}"#), answered);
}

/// A create on a set not named for its type's plural (`POST /planner/tasks` for
/// `plannerTask`, `…/channels/{id}/tabs` for `teamsTab`, `…/childFolders` for `mailFolder`):
/// the type is the body, as for `/bins/{id}/recycleBinItems`.
#[test]
fn a_create_on_a_set_named_otherwise_keeps_its_type_over_a_table() {
    let item = type_page("plannerTask", "", "|id|String|The id.|\n|title|String|The title.|\n");
    let create = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create plannerTask\n\n## HTTP request\n```http\nPOST /planner/tasks\n```\n\n## Request body\n{body}\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [plannerTask](../resources/plannertask.md) object in the response body.\n"
        )
    };
    let named = create(
        "In the request body, supply a JSON representation of the [plannerTask](../resources/plannertask.md) object.",
    );
    let table = create("|Property|Type|Description|\n|:---|:---|:---|\n|title|String|The title. Required.|");
    let json = contract(&[("resources/plannertask.md", &item), ("api/a.md", &named), ("api/b.md", &table)]);
    let body = &json["paths"]["/planner/tasks"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(ref_of(body), "#/components/schemas/plannerTask", "{body}");
}

/// An example naming the stated type with its own `@odata.type` is an object of that
/// type, the derived kind whose page is missing, not of the base the operation answers.
#[test]
fn a_body_whose_example_names_the_stated_type_keeps_it_where_its_page_is_missing() {
    let base = type_page(
        "mobileApp",
        "",
        "|id|String|The id.|\n|displayName|String|The name.|\n|largeIcon|[mimeContent](mimecontent.md)|The icon.|\n",
    );
    let page = format!(
        "---\ndoc_type: apiPageType\n---\n# Create windowsMobileMSI\n\n## HTTP request\n```http\nPOST /deviceAppManagement/mobileApps\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [windowsMobileMSI](../resources/windowsmobilemsi.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [mobileApp](../resources/mobileapp.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"create_msi\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps\nContent-type: application/json\n\n{}\n```\n",
        r##"{"@odata.type": "#microsoft.graph.windowsMobileMSI", "displayName": "App", "largeIcon": {"type": "image/png", "value": "AA=="}}"##
    );
    let json = contract_owned(&[("resources/mobileapp.md", base), ("api/create-msi.md", page)]);
    let body = &json["paths"]["/deviceAppManagement/mobileApps"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"];
    assert_eq!(ref_of(body), "#/components/schemas/windowsMobileMSI", "{body}");
}

/// Every one of many links whose text leaves out words of the type another reference spells for
/// their missing page means that type (the links' own-page names are gathered once, not per link).
#[test]
fn many_links_leaving_out_words_each_mean_the_longer_type() {
    let rows: String = (0..300).map(|i| format!("|x{i}|[aB](axyb.md)|The x.|\n")).collect();
    let page = format!(
        "---\ndoc_type: apiPageType\n---\n# Update thing\n\n## HTTP request\n```http\nPATCH /things/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|x|[aXYB](axyb.md)|The x.|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
    );
    let json = contract(&[("api/update.md", &page)]);
    let body = &json["paths"]["/things/{id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"];
    for member in ["x0", "x299"] {
        assert_eq!(ref_of(&body["properties"][member]), "#/components/schemas/aXYB", "{}", body["properties"][member]);
    }
}

/// The two guards of the shorthand rule: a shorter name some link writes for its own
/// page, or a page among the inputs defines, is a type of its own.
#[test]
fn a_shorter_name_with_a_page_or_a_link_of_its_own_is_not_the_longer_type() {
    let page = |title: &str, line: &str, link: &str, stem: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|reviewSettings|[{link}](../resources/{stem}.md)|Settings for access reviews.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let long = "accessPackageAssignmentReviewSettings";
    let create = page("Create policy", "POST /policies", long, "accesspackageassignmentreviewsettings");
    let update = page(
        "Update policy",
        "PUT /policies/{id}",
        "accessPackageReviewSettings",
        "accesspackageassignmentreviewsettings",
    );
    let body = |json: &serde_json::Value| {
        ref_of(
            &json["paths"]["/policies/{id}"]["put"]["requestBody"]["content"]["application/json"]["schema"]["properties"]
                ["reviewSettings"],
        )
    };
    let own_link = page("Create other", "POST /others", "accessPackageReviewSettings", "accesspackagereviewsettings");
    let json = contract(&[("api/create.md", &create), ("api/update.md", &update), ("api/other.md", &own_link)]);
    assert_eq!(body(&json), "#/components/schemas/accessPackageReviewSettings");
    let own_page = type_page("accessPackageReviewSettings", "", "|isEnabled|Boolean|Whether.|\n");
    let json = contract(&[
        ("resources/accesspackagereviewsettings.md", &own_page),
        ("api/create.md", &create),
        ("api/update.md", &update),
    ]);
    assert_eq!(body(&json), "#/components/schemas/accessPackageReviewSettings");
}

#[test]
fn a_signed_in_users_path_names_its_keys_as_the_users_twin_does() {
    // v1.0's calendar pages: `/me/calendars/{id}` beside `/users/{id}/calendars/{id}` (the
    // second `{id}` made `{calendars-id}`); To Do's `/me/…/tasks/{todoTaskId}` beside a
    // `/users/{id}/…/tasks/{id}`: one key, one name, so the client's twin calls take one argument name.
    let page = |title: &str, lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let json = contract_owned(&[
        (
            "api/calendar-delete.md",
            page("Delete calendar", "DELETE /me/calendars/{id}\nDELETE /users/{id}/calendars/{id}"),
        ),
        (
            "api/todotask-delete.md",
            page(
                "Delete todoTask",
                "DELETE /me/todo/lists/{todoTaskListId}/tasks/{todoTaskId}\nDELETE /users/{id}/todo/lists/{todoTaskListId}/tasks/{id}",
            ),
        ),
        // A `/me` key with no twin keeps its name.
        ("api/me-photo.md", page("Delete photo", "DELETE /me/photos/{id}")),
    ]);
    assert_eq!(
        path_keys(&json),
        [
            "/me/calendars/{calendars-id}",
            "/me/photos/{id}",
            "/me/todo/lists/{todoTaskListId}/tasks/{todoTaskId}",
            "/users/{id}/calendars/{calendars-id}",
            "/users/{id}/todo/lists/{todoTaskListId}/tasks/{todoTaskId}",
        ]
    );
}

#[test]
fn a_signed_in_users_key_with_no_twin_keeps_the_name_most_paths_give() {
    // v1.0's activity pages: `DELETE /me/activities/{id}`, `…/{id}/historyItems/{id}` (delete and
    // replace) beside one `PUT /me/activities/{appActivityId}`, no `/users/{id}/activities` twin:
    // three paths name the key `{id}`, one `{appActivityId}` (the same on 43 workbook table pages'
    // `/me/drive/items/{id}/workbook/tables/{id|name}` beside one `{table-id}`).
    let page = |title: &str, lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let json = contract_owned(&[
        ("api/projectrome-delete-activity.md", page("Delete an activity", "DELETE /me/activities/{id}")),
        (
            "api/projectrome-delete-historyitem.md",
            page("Delete a historyItem", "DELETE /me/activities/{id}/historyItems/{id}"),
        ),
        (
            "api/projectrome-put-historyitem.md",
            page("Create or replace a historyItem", "PUT /me/activities/{id}/historyItems/{id}"),
        ),
        (
            "api/projectrome-put-activity.md",
            page("Create or replace an activity", "PUT /me/activities/{appActivityId}"),
        ),
    ]);
    assert_eq!(path_keys(&json), ["/me/activities/{id}", "/me/activities/{id}/historyItems/{historyItems-id}"]);
}

#[test]
fn rows_inherited_from_a_root_base_under_a_namespaced_file_name_fill_the_root_base() {
    // beta's industry data validateOperation: "Namespace: microsoft.graph.industryData", "Inherits from
    // [longRunningOperation](industrydata-longrunningoperation.md)", its annotation's baseType
    // `microsoft.graph.longRunningOperation`: the root's type (as `named_in_root` reads the list's link).
    let kind = "---\ndoc_type: resourcePageType\n---\n# validateOperation resource type\n\nNamespace: microsoft.graph.industryData\n\nInherits from [longRunningOperation](../resources/industrydata-longrunningoperation.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|errors|String|The errors.|\n|id|String|The id. Inherited from [longRunningOperation](../resources/industrydata-longrunningoperation.md).|\n|status|String|The status. Inherited from [longRunningOperation](../resources/industrydata-longrunningoperation.md).|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.industryData.validateOperation\", \"baseType\": \"microsoft.graph.longRunningOperation\"} -->\n```json\n{\"errors\": \"String\", \"id\": \"String\", \"status\": \"String\"}\n```\n";
    let list = "---\ndoc_type: apiPageType\n---\n# List longRunningOperations\n\nNamespace: microsoft.graph\n\n## HTTP request\n```http\nGET /external/industryData/operations\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [longRunningOperation](../resources/industrydata-longrunningoperation.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"Collection(microsoft.graph.longRunningOperation)\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": []}\n```\n";
    let json = contract(&[("resources/industrydata-validateoperation.md", kind), ("api/operations-list.md", list)]);
    let schemas: Vec<&String> = json["components"]["schemas"].as_object().unwrap().keys().collect();
    assert!(!schemas.iter().any(|s| *s == "industryData.longRunningOperation"), "{schemas:?}");
    let base = &json["components"]["schemas"]["longRunningOperation"];
    assert!(base["properties"]["status"].is_object(), "{base}");
}

#[test]
fn an_id_a_kind_s_row_calls_nullable_stays_nullable_on_its_missing_base() {
    // A row "Nullable." keeps a key nullable (`extract::types`' `userIdentity` rule): a kind's row
    // inherited from a missing `userIdentity` saying so fills the base's placeholder with a nullable `id`.
    let kind = "---\ndoc_type: resourcePageType\n---\n# auditUserIdentity resource type\n\nInherits from [userIdentity](useridentity.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Inherited from [userIdentity](useridentity.md).|\n|id|String|Unique identifier for the identity. Nullable. Inherited from [userIdentity](useridentity.md).|\n|homeTenantId|String|The tenant.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.auditUserIdentity\", \"baseType\": \"microsoft.graph.userIdentity\"} -->\n```json\n{\"displayName\": \"String\", \"id\": \"String\", \"homeTenantId\": \"String\"}\n```\n";
    let json = contract(&[("resources/audituseridentity.md", kind)]);
    let schemas = &json["components"]["schemas"];
    assert_eq!(schemas["auditUserIdentity"]["properties"]["id"]["nullable"], true, "{}", schemas["auditUserIdentity"]);
    assert_eq!(schemas["userIdentity"]["properties"]["id"]["nullable"], true, "{}", schemas["userIdentity"]);
}

#[test]
fn a_request_table_types_a_member_its_representation_writes_as_a_string() {
    // Representations write enums as "String"; the create table links the enum: the table's type
    // and words (what the old rule kept), not an undocumented string.
    let resource = "---\ndoc_type: resourcePageType\n---\n# policy resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|name|String|The name.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.policy\"} -->\n```json\n{\"id\": \"String\", \"name\": \"String\", \"state\": \"String\"}\n```\n";
    let state = "---\ndoc_type: enumPageType\n---\n# policyState enum type\n\n## Members\n|Member|Description|\n|:---|:---|\n|enabled|On.|\n|disabled|Off.|\n";
    let create = "---\ndoc_type: apiPageType\n---\n# Create policy\n\n## HTTP request\n```http\nPOST /policies\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [policy](../resources/policy.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name. Required.|\n|state|[policyState](../resources/policystate.md)|Whether the policy applies. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [policy](../resources/policy.md) object in the response body.\n\n## Example\n```http\nPOST https://graph.microsoft.com/beta/policies\n```\n\n<!-- {\"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.policy\"} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\"id\": \"1\", \"name\": \"a\", \"state\": \"enabled\"}\n```\n";
    let json = contract(&[
        ("resources/policy.md", resource),
        ("resources/policystate.md", state),
        ("api/policy-post.md", create),
    ]);
    let member = &json["components"]["schemas"]["policy"]["properties"]["state"];
    assert_eq!(ref_of(member), "#/components/schemas/policyState", "{member}");
    assert!(member.to_string().contains("Whether the policy applies"), "{member}");
}

#[test]
fn a_body_member_offering_several_kinds_takes_their_base_or_says_why_not() {
    // v1.0's authentication event listener create: "|handler|[onTokenIssuanceStartHandler](…) or
    // [onFraudProtectionLoadStartHandler](…)|" in a table of no type.
    let kind = |name: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nInherits from [handlerBase](handlerbase.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|setting|String|A setting.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\", \"baseType\": \"microsoft.graph.handlerBase\"}} -->\n```json\n{{\"setting\": \"String\"}}\n```\n"
        )
    };
    let base = "---\ndoc_type: resourcePageType\n---\n# handlerBase resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|kind|String|The kind.|\n";
    let create = "---\ndoc_type: apiPageType\n---\n# Create listener\n\n## HTTP request\n```http\nPOST /identity/listeners\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|handler|[tokenHandler](../resources/tokenhandler.md) or [fraudHandler](../resources/fraudhandler.md)|The handler. Required.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let (token, fraud) = (kind("tokenHandler"), kind("fraudHandler"));
    let handler = |pages: &[(&str, &str)]| {
        let c = convert(pages.iter().map(|(n, t)| SourceFile::new(*n, t.to_string())).collect());
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let member = json["paths"]["/identity/listeners"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"]["properties"]["handler"]
            .clone();
        let said =
            c.diagnostics.iter().any(|d| d.message.starts_with("`handler` may be `tokenHandler` or `fraudHandler`"));
        (member.to_string(), said)
    };
    // Both kinds' pages: their base, quietly.
    let (both, said) = handler(&[
        ("resources/tokenhandler.md", &token),
        ("resources/fraudhandler.md", &fraud),
        ("resources/handlerbase.md", base),
        ("api/listener-post.md", create),
    ]);
    assert!(both.contains("#/components/schemas/handlerBase") && !said, "{both}");
    // One kind's page missing: the first kind, with a warning naming the other.
    let (one, said) = handler(&[
        ("resources/tokenhandler.md", &token),
        ("resources/handlerbase.md", base),
        ("api/listener-post.md", create),
    ]);
    assert!(one.contains("#/components/schemas/tokenHandler") && said, "{one}");
}

#[test]
fn rows_listed_beside_a_named_body_offering_several_kinds_take_their_base_once() {
    // The rows a create lists beside "a JSON representation of the [listener] object": one the
    // type lacks takes the kinds' base; one the type has is the type's (its page's warning alone).
    let kind = |name: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nInherits from [handlerBase](handlerbase.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|setting|String|A setting.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\", \"baseType\": \"microsoft.graph.handlerBase\"}} -->\n```json\n{{\"setting\": \"String\"}}\n```\n"
        )
    };
    let base = "---\ndoc_type: resourcePageType\n---\n# handlerBase resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|kind|String|The kind.|\n";
    let listener = |rows: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# listener resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n{rows}"
        )
    };
    let create = "---\ndoc_type: apiPageType\n---\n# Create listener\n\n## HTTP request\n```http\nPOST /identity/listeners\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [listener](../resources/listener.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|handler|[tokenHandler](../resources/tokenhandler.md) or [fraudHandler](../resources/fraudhandler.md)|The handler. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [listener](../resources/listener.md) object in the response body.\n";
    let (token, fraud) = (kind("tokenHandler"), kind("fraudHandler"));
    // The type lacks the row: the body's `handler` is the kinds' base.
    let lacking = listener("");
    let c = convert(vec![
        SourceFile::new("resources/listener.md", lacking.as_str()),
        SourceFile::new("resources/tokenhandler.md", token.as_str()),
        SourceFile::new("resources/fraudhandler.md", fraud.as_str()),
        SourceFile::new("resources/handlerbase.md", base),
        SourceFile::new("api/listener-post.md", create),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let body = json["paths"]["/identity/listeners"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        .to_string();
    assert!(body.contains("\"handler\":{\"$ref\":\"#/components/schemas/handlerBase\"}"), "{body}");
    // The type has the row, one kind's page missing: one warning, its own page's.
    let having =
        listener("|handler|[tokenHandler](tokenhandler.md) or [fraudHandler](fraudhandler.md)|The handler.|\n");
    let c = convert(vec![
        SourceFile::new("resources/listener.md", having.as_str()),
        SourceFile::new("resources/tokenhandler.md", token.as_str()),
        SourceFile::new("resources/handlerbase.md", base),
        SourceFile::new("api/listener-post.md", create),
    ]);
    let said: Vec<_> = c.diagnostics.iter().filter(|d| d.message.starts_with("`handler` may be")).collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].file, crate::FileId(0));
}

#[test]
fn a_pageless_base_s_key_is_never_null_whichever_kind_s_page_sorts_first() {
    // Two kinds of `security.whoisBaseRecord` (no page): whoisRecord's annotation names `id` its
    // key; whoisHistoryRecord's (sorting first by file name) names none.
    let kind = |title: &str, key: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {title} resource type\n\nNamespace: microsoft.graph.security\n\nInherits from [whoisBaseRecord](../resources/security-whoisbaserecord.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|domainStatus|String|The status. Inherited from [whoisBaseRecord](../resources/security-whoisbaserecord.md).|\n|id|String|The system-generated ID. Inherited from [whoisBaseRecord](../resources/security-whoisbaserecord.md).|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", {key}\"@odata.type\": \"microsoft.graph.security.{title}\"}} -->\n```json\n{{\"id\": \"String\"}}\n```\n"
        )
    };
    let record = kind("whoisRecord", "\"keyProperty\": \"id\", ");
    let history = kind("whoisHistoryRecord", "");
    let json = contract_owned(&[
        ("resources/security-whoisrecord.md", record),
        ("resources/security-whoishistoryrecord.md", history),
    ]);
    let base = &json["components"]["schemas"]["security.whoisBaseRecord"]["properties"];
    assert!(base["id"].get("nullable").is_none(), "the key one kind annotates: {base}");
}

/// `record`, whose page lists `fileRecord` among its derived types and names the key `id`; `fileRecord`,
/// whose page names no base and the key too.
const LISTING_RECORD: &str = "---\ndoc_type: resourcePageType\n---\n# record resource type\n\nA base class. The derived types are [fileRecord](filerecord.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|role|String|The role.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.record\"} -->\n```json\n{\"role\": \"String\"}\n```\n";
const LISTED_FILE_RECORD: &str = "---\ndoc_type: resourcePageType\n---\n# fileRecord resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|path|String|The path.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"keyProperty\": \"id\", \"@odata.type\": \"microsoft.graph.fileRecord\"} -->\n```json\n{\"path\": \"String\"}\n```\n";

/// The pages a "this page's annotation names the key" warning is said of.
fn key_said_by(c: &crate::Conversion) -> Vec<&str> {
    c.diagnostics
        .iter()
        .filter(|d| d.message.contains("annotation names the key"))
        .map(|d| c.files[d.file.0 as usize].name())
        .collect()
}

/// A read of `name` answering it with its key.
fn keyed_read(name: &str) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# Get {name}\n\n## HTTP request\n```http\nGET /{name}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [{name}](../resources/{lower}.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /{name}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\", \"role\": \"owner\"}}\n```\n",
        lower = name.to_ascii_lowercase()
    )
}

#[test]
fn a_key_is_said_of_the_base_alone_where_the_base_lists_the_kind() {
    // As `a_key_the_annotation_names_and_a_response_shows_is_a_member`, but the kind's page names
    // no base (educationFeedbackOutcome's way): the base's page lists it among its derived types.
    let (record, file_record, get) = (LISTING_RECORD, LISTED_FILE_RECORD, keyed_read);
    let c = convert(vec![
        SourceFile::new("resources/record.md", record),
        SourceFile::new("resources/filerecord.md", file_record),
        SourceFile::new("api/record-get.md", get("record")),
        SourceFile::new("api/filerecord-get.md", get("fileRecord")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    assert!(property_names(&json, "fileRecord").contains(&"id".to_string()), "{json}");
    assert!(property_names(&json, "fileRecord").contains(&"role".to_string()), "the base is the listing's");
    assert_eq!(property_names(&json, "record"), ["@odata.type", "id", "role"]);
    assert_eq!(key_said_by(&c), ["resources/record.md"], "{:?}", c.diagnostics);
}

#[test]
fn a_key_is_not_dropped_where_two_bases_list_the_kind() {
    // As `a_key_is_said_of_the_base_alone_where_the_base_lists_the_kind`, but a second page, read
    // first, lists fileRecord among its derived types too and has no key.
    let archive = "---\ndoc_type: resourcePageType\n---\n# archive resource type\n\nA base class. The derived types are [fileRecord](filerecord.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|kept|String|Kept.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.archive\"} -->\n```json\n{\"kept\": \"String\"}\n```\n";
    let (record, file_record, get) = (LISTING_RECORD, LISTED_FILE_RECORD, keyed_read);
    let c = convert(vec![
        SourceFile::new("resources/archive.md", archive),
        SourceFile::new("resources/record.md", record),
        SourceFile::new("resources/filerecord.md", file_record),
        SourceFile::new("api/record-get.md", get("record")),
        SourceFile::new("api/filerecord-get.md", get("fileRecord")),
    ]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let base = json["components"]["schemas"]["fileRecord"]["allOf"][0]["$ref"].clone();
    let mut names = property_names(&json, "fileRecord");
    if let Some(b) = base.as_str() {
        names.extend(property_names(&json, b.rsplit('/').next().unwrap()));
    }
    assert!(names.contains(&"id".to_string()), "base {base}: {names:?}");
}

#[test]
fn a_root_annotation_the_example_fits_beats_a_link_to_a_namespace_s_type_of_its_name() {
    // beta's sensitivityLabel get: `[sensitivityLabel](../resources/security-sensitivitylabel.md)`
    // beside `"@odata.type": "microsoft.graph.sensitivityLabel"`, both types defined; the example
    // shows the root type's members.
    let page = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get sensitivityLabel\n\nNamespace: microsoft.graph\n\n## HTTP request\n```http\nGET /labelContentRight/label\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [sensitivityLabel](../resources/security-sensitivitylabel.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /labelContentRight/label\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.sensitivityLabel\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n"
        )
    };
    let typed = |name: &str, namespace: &str, props: &[&str]| {
        let rows: String = props.iter().map(|p| format!("|{p}|String|The {p}.|\n")).collect();
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nNamespace: {namespace}\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}"
        )
    };
    let answer = |body: &str| {
        let pages = vec![
            ("api/sensitivitylabel-get.md", page(body)),
            (
                "resources/sensitivitylabel.md",
                typed("sensitivityLabel", "microsoft.graph", &["id", "toolTip", "color", "priority"]),
            ),
            (
                "resources/security-sensitivitylabel.md",
                typed("sensitivityLabel", "microsoft.graph.security", &["id", "name", "sensitivity"]),
            ),
        ];
        let json = contract_owned(&pages);
        json["paths"]["/labelContentRight/label"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            ["$ref"]
            .clone()
    };
    assert_eq!(
        answer(r#"{"value": {"id": "1", "toolTip": "t", "color": "c", "priority": 1}}"#),
        "#/components/schemas/sensitivityLabel"
    );
    // The example shows the linked type's members: the link stands.
    assert_eq!(
        answer(r#"{"id": "1", "name": "n", "sensitivity": 2}"#),
        "#/components/schemas/security.sensitivityLabel"
    );
}

#[test]
fn a_type_listed_in_a_set_whose_item_paths_are_addressed_has_a_key() {
    // beta's trust framework policies: a list answering a page of `trustFrameworkPolicy`, a
    // `DELETE …/policies/{id}`; the reads at the key answer the policy's XML.
    let policy = type_page("trustFrameworkPolicy", "", "|id|String|The id of the policy.|\n");
    let list = "---\ndoc_type: apiPageType\n---\n# List trustFrameworkPolicies\n\n## HTTP request\n```http\nGET /trustFramework/policies\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [trustFrameworkPolicy](../resources/trustframeworkpolicy.md) objects in the response body.\n";
    let delete = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Delete trustFrameworkPolicy\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let nullable = |line: &str| {
        let json = contract(&[
            ("resources/trustframeworkpolicy.md", &policy),
            ("api/trustframework-list-policies.md", list),
            ("api/trustframeworkpolicy-delete.md", &delete(line)),
        ]);
        json["components"]["schemas"]["trustFrameworkPolicy"]["properties"]["id"].get("nullable").cloned()
    };
    assert_eq!(nullable("DELETE /trustFramework/policies/{id}"), None);
    // An item addressed on the way to what a request reaches (beta's `…/insights/used/{id}/resource`).
    assert_eq!(nullable("DELETE /trustFramework/policies/{id}/content"), None);
    // No path addresses an item of the set: nothing says the `id` is a key.
    assert_eq!(nullable("DELETE /trustFramework/keySets/{id}"), Some(serde_json::Value::Bool(true)));
}

#[test]
fn one_item_a_list_s_example_shows_bare_is_shown_in_its_page() {
    // beta's offerShiftRequest list: "a collection of [offerShiftRequest] objects", its example one
    // bare object.
    let page = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List offerShiftRequest\n\n## HTTP request\n```http\nGET /teams/{{teamId}}/schedule/offerShiftRequests\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [offerShiftRequest](../resources/offershiftrequest.md) objects in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /teams/1/schedule/offerShiftRequests\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n"
        )
    };
    let example = |body: &str| {
        let json = contract_owned(&[("api/offershiftrequest-list.md", page(body))]);
        json["paths"]["/teams/{teamId}/schedule/offerShiftRequests"]["get"]["responses"]["200"]["content"]
            ["application/json"]["example"]
            .clone()
    };
    assert_eq!(example(r#"{"id": "1"}"#), serde_json::json!({"value": [{"id": "1"}]}));
    assert_eq!(
        example(r##"{"@odata.context": "c", "@odata.type": "#t", "id": "1"}"##),
        serde_json::json!({"@odata.context": "c", "value": [{"@odata.type": "#t", "id": "1"}]})
    );
    // A page as written stays; so does an object listing items under another name, and one of
    // annotations alone.
    assert_eq!(example(r#"{"value": [{"id": "1"}]}"#), serde_json::json!({"value": [{"id": "1"}]}));
    assert_eq!(example(r#"{"values": [{"id": "1"}]}"#), serde_json::json!({"values": [{"id": "1"}]}));
    assert_eq!(example(r#"{"@odata.context": "c"}"#), serde_json::json!({"@odata.context": "c"}));
}

#[test]
fn a_member_its_type_page_represents_as_one_object_stays_one_whatever_an_example_sends() {
    // beta's permission: `grantedTo` an `identitySet`, represented as one object; the add page's
    // request example sends `"grantedTo": [{…}]`.
    let permission = |represented: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# permission resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n|grantedTo|[identitySet](identityset.md)|Who.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.permission\" }} -->\n```json\n{{\"id\": \"String\", \"grantedTo\": {represented}}}\n```\n"
        )
    };
    let identity_set = type_page("identitySet", "", "|displayName|String|The name.|\n");
    let add = "---\ndoc_type: apiPageType\n---\n# Create permission\n\n## HTTP request\n```http\nPOST /drives/{drive-id}/items/{item-id}/permissions\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [permission](../resources/permission.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [permission](../resources/permission.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"add\" } -->\n```http\nPOST https://graph.microsoft.com/beta/drives/1/items/2/permissions\nContent-type: application/json\n\n{\"grantedTo\": [{\"displayName\": \"a\"}]}\n```\n";
    let answered = format!(
        "{add}<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{{\"id\": \"1\", \"grantedTo\": [{{\"displayName\": \"a\"}}]}}\n```\n"
    );
    let granted_to_by = |represented: &str, add: &str| {
        let json = contract_owned(&[
            ("resources/permission.md", permission(represented)),
            ("resources/identityset.md", identity_set.clone()),
            ("api/driveitem-post-permissions.md", add.to_string()),
        ]);
        json["components"]["schemas"]["permission"]["properties"]["grantedTo"].to_string()
    };
    let granted_to = |represented: &str| granted_to_by(represented, add);
    assert!(!granted_to(r#"{"@odata.type": "microsoft.graph.identitySet"}"#).contains("array"));
    // A response showing an array is what the service sends (v1.0's `application.addIns`): a list.
    assert!(granted_to_by(r#"{"@odata.type": "microsoft.graph.identitySet"}"#, &answered).contains("array"));
    // Represented as an array, or not at all: the example's array stands, as before.
    assert!(granted_to(r#"[{"@odata.type": "microsoft.graph.identitySet"}]"#).contains("array"));
    assert!(granted_to(r#""String""#).contains("array"));
}

#[test]
fn a_header_two_pages_document_by_its_values_keeps_the_values_of_both() {
    // beta's events: calendar's list documents `Prefer: outlook.timezone`; the user's list the same
    // lines with `Prefer: outlook.timezone` and `Prefer: outlook.body-content-type`.
    let page = |title: &str, rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nGET /me/calendar/events\n```\n\n## Request headers\n|Name|Description|\n|:---|:---|\n|Authorization|Bearer {{token}}. Required.|\n{rows}\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [event](../resources/event.md) objects in the response body.\n"
        )
    };
    let zone = "|Prefer: outlook.timezone|The time zone. Optional.|\n";
    let format = "|Prefer: outlook.body-content-type|The body's format. Optional.|\n";
    let json = contract_owned(&[
        ("api/calendar-list-events.md", page("List events", zone)),
        ("api/user-list-events.md", page("List events", &format!("{zone}{format}"))),
    ]);
    let prefer = json["paths"]["/me/calendar/events"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Prefer")
        .expect("a Prefer header")["description"]
        .clone();
    assert_eq!(
        prefer,
        "`outlook.timezone`: The time zone. Optional. `outlook.body-content-type`: The body's format. Optional."
    );
    // And the response header the second page says the `Prefer` header brings.
    let format = "|Prefer: outlook.body-content-type|The body's format. A `Preference-Applied` header is returned as confirmation if this `Prefer` header is specified. Optional.|\n";
    let json = contract_owned(&[
        ("api/calendar-list-events.md", page("List events", zone)),
        ("api/user-list-events.md", page("List events", &format!("{zone}{format}"))),
    ]);
    let headers = &json["paths"]["/me/calendar/events"]["get"]["responses"]["200"]["headers"];
    assert!(headers.get("Preference-Applied").is_some(), "{headers}");
}

#[test]
fn an_answer_naming_the_root_type_the_prose_links_keeps_it_over_a_namespaced_annotation() {
    // beta's file storage container permission add: "a [permission](../resources/permission.md)
    // object", annotated `oneDrive.permission`, the body `"@odata.type": "#microsoft.graph.permission"`.
    let page = |shown: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create permission\n\n## HTTP request\n```http\nPOST /storage/fileStorage/containers/{{containerId}}/permissions\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [permission](../resources/permission.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [permission](../resources/permission.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"create_permission\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/storage/fileStorage/containers/1/permissions\nContent-type: application/json\n\n{{\"roles\": [\"reader\"]}}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"oneDrive.permission\" }} -->\n```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{{{shown}\"id\": \"1\", \"roles\": [\"reader\"]}}\n```\n"
        )
    };
    let permission = type_page("permission", "", "|id|String|The id.|\n|roles|String collection|The roles.|\n");
    let answer = |shown: &str| {
        let json = contract_owned(&[
            ("api/filestoragecontainer-post-permissions.md", page(shown)),
            ("resources/permission.md", permission.clone()),
        ]);
        json["paths"]["/storage/fileStorage/containers/{containerId}/permissions"]["post"]["responses"]["201"]["content"]
            ["application/json"]["schema"]["$ref"]
            .clone()
    };
    assert_eq!(answer("\"@odata.type\": \"#microsoft.graph.permission\", "), "#/components/schemas/permission");
    // Without the body naming it, the annotation's namespace qualifies the name, as before.
    assert_eq!(answer(""), "#/components/schemas/oneDrive.permission");
}

#[test]
fn a_key_the_annotation_names_that_only_the_representation_shows_is_never_null() {
    // beta's external connectors schema: `"keyProperty": "id"`, `"id": "String (identifier)"`, no `id` row.
    let page = |key: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# schema resource type\n\nNamespace: microsoft.graph.externalConnectors\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|baseType|String|The base type.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", {key}\"@odata.type\": \"microsoft.graph.externalConnectors.schema\" }} -->\n```json\n{{\"baseType\": \"String\", \"id\": \"String (identifier)\"}}\n```\n"
        )
    };
    let id = |key: &str| {
        let json = contract_owned(&[("resources/externalconnectors-schema.md", page(key))]);
        json["components"]["schemas"]["externalConnectors.schema"]["properties"]["id"].clone()
    };
    assert_eq!(id("\"keyProperty\": \"id\", ").get("nullable"), None);
    // Not named the key: shown only, nullable as other members shown only.
    assert_eq!(id("")["nullable"], true);
}

#[test]
fn a_list_whose_items_name_the_root_type_the_prose_links_keeps_it_over_a_namespaced_annotation() {
    // beta's file storage container permissions list: "a collection of [permission](../resources/permission.md)
    // objects", annotated `Collection(oneDrive.permission)`, each item `"@odata.type": "#microsoft.graph.permission"`.
    let page = "---\ndoc_type: apiPageType\n---\n# List fileStorageContainer permissions\n\n## HTTP request\n```http\nGET /storage/fileStorage/containers/{containerId}/permissions\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [permission](../resources/permission.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"list_permission\" } -->\n```http\nGET https://graph.microsoft.com/beta/storage/fileStorage/containers/1/permissions\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"Collection(oneDrive.permission)\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": [{\"@odata.type\": \"#microsoft.graph.permission\", \"id\": \"1\", \"roles\": [\"reader\"]}]}\n```\n";
    let permission = type_page("permission", "", "|id|String|The id.|\n|roles|String collection|The roles.|\n");
    let json =
        contract(&[("api/filestoragecontainer-list-permissions.md", page), ("resources/permission.md", &permission)]);
    let schemas = json["components"]["schemas"].as_object().unwrap();
    assert!(!schemas.contains_key("oneDrive.permission"), "{:?}", schemas.keys().collect::<Vec<_>>());
}

#[test]
fn one_item_a_list_s_example_shows_bare_is_shown_in_its_page_whatever_lists_it_holds() {
    // One bare `event` under "a collection of [event] objects": its `attendees` are a member of the
    // item, not items listed under another name.
    let page = "---\ndoc_type: apiPageType\n---\n# List events\n\n## HTTP request\n```http\nGET /me/events\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [event](../resources/event.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /me/events\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"1\", \"attendees\": [{\"type\": \"required\"}]}\n```\n";
    let json = contract(&[("api/user-list-events.md", page)]);
    assert_eq!(
        json["paths"]["/me/events"]["get"]["responses"]["200"]["content"]["application/json"]["example"],
        serde_json::json!({"value": [{"id": "1", "attendees": [{"type": "required"}]}]})
    );
}

#[test]
fn a_set_s_items_addressed_by_key_have_a_key_however_each_page_spells_the_path() {
    // The list page and the delete page of one set, each writing the path its own way: another
    // parameter name (`{userId}` beside `{user-id}`) or another letter case (`/trustframework/`).
    let policy = type_page("trustFrameworkPolicy", "", "|id|String|The id of the policy.|\n");
    let list = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List trustFrameworkPolicies\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [trustFrameworkPolicy](../resources/trustframeworkpolicy.md) objects in the response body.\n"
        )
    };
    let delete = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Delete trustFrameworkPolicy\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let nullable = |listed: &str, deleted: &str| {
        let json = contract_owned(&[
            ("resources/trustframeworkpolicy.md", policy.clone()),
            ("api/trustframework-list-policies.md", list(listed)),
            ("api/trustframeworkpolicy-delete.md", delete(deleted)),
        ]);
        json["components"]["schemas"]["trustFrameworkPolicy"]["properties"]["id"].get("nullable").cloned()
    };
    assert_eq!(nullable("GET /trustFramework/policies", "DELETE /trustframework/policies/{id}"), None);
    assert_eq!(nullable("GET /users/{user-id}/policies", "DELETE /users/{userId}/policies/{policyId}"), None);
}

#[test]
fn a_table_copying_the_type_writes_nothing_beside_a_page_whose_table_marks_rows_read_only() {
    // Two pages of one create: one copying the type's table (its rows unmarked but the key, its
    // example sending them all), one marking a row read-only itself and writing `name`. The copy's
    // rows are no word on what is written, whichever page comes first.
    let widget = type_page(
        "widget",
        "",
        "|id|String|The id. Read-only.|\n|name|String|The name. Read-only.|\n|size|Int32|The size. Read-only.|\n|color|String|The color. Read-only.|\n",
    );
    let create = |rows: &str, sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create widget\n\n## HTTP request\n```http\nPOST /widgets\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [widget](../resources/widget.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `201 Created` response code and a [widget](../resources/widget.md) object in the response body.\n\n## Example\n```http\nPOST https://graph.microsoft.com/v1.0/widgets\nContent-Type: application/json\n\n{sent}\n```\n"
        )
    };
    let copy = create(
        "|id|String|The id. Read-only.|\n|name|String|The name.|\n|size|Int32|The size.|\n|color|String|The color.|\n",
        r#"{"name": "a", "size": 1, "color": "red"}"#,
    );
    let marks = create("|name|String|The name.|\n|size|Int32|The size. Read-only.|\n", r#"{"name": "a"}"#);
    for (order, first, second) in [("copy first", &copy, &marks), ("marks first", &marks, &copy)] {
        let json = contract(&[
            ("resources/widget.md", &widget),
            ("api/widget-create.md", first),
            ("api/widget-post.md", second),
        ]);
        let schema = &json["paths"]["/widgets"]["post"]["requestBody"]["content"]["application/json"]["schema"];
        let color = &schema["properties"]["color"];
        assert!(!color.is_object() || color["readOnly"] == true, "{order}: color written: {schema}");
    }
}

#[test]
fn a_type_a_qualified_function_answers_is_not_at_the_place_it_is_called_on() {
    // `…/{id}/microsoft.graph.getSummary()` is a call, not a cast: its answer's members say
    // nothing of the segments after `/folders/{id}`, which the folder's page spells.
    let page = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List folders\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nReturns `200 OK`.\n"
        )
    };
    let folder = type_page("folder", "", "|subfolders|[folder](folder.md) collection|The folders in it.|\n");
    let summary = type_page("folderSummary", "", "|subFolders|Int32|How many folders it holds.|\n");
    let get = read_page("Get folder", "GET /folders/{id}", "a [folder](../resources/folder.md) object");
    let call = read_page(
        "folder: getSummary",
        "GET /folders/{id}/microsoft.graph.getSummary()",
        "a [folderSummary](../resources/foldersummary.md) object",
    );
    let c = convert(vec![
        SourceFile::new("resources/folder.md", folder),
        SourceFile::new("resources/foldersummary.md", summary),
        SourceFile::new("api/folder-get.md", get),
        SourceFile::new("api/folder-getsummary.md", call),
        SourceFile::new("api/a.md", page("GET /folders/{id}/subfolders")),
        SourceFile::new("api/b.md", page("DELETE /folders/{id}/subfolders/{sid}")),
        SourceFile::new("api/c.md", page("GET /folders/{id}/subFolders/{sid}/items")),
    ]);
    let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
    assert!(paths.contains(&"/folders/{id}/subfolders"), "{paths:?}");
}

/// beta's forwarding profile create: rows marked "Required." beside a link to the type, and an
/// example read leniently where members were taken out (`"asn": 4,` closing its object) that
/// leaves some out: the rows stay required, and the contract shows no example its schema refuses.
#[test]
fn a_cut_down_example_leaving_out_a_required_member_is_not_the_body_s_example() {
    let page = |example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create remoteNetwork\n\n## HTTP request\n```http\nPOST /networkAccess/remoteNetworks\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [remoteNetwork](../resources/remotenetwork.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|Name. Required.|\n|region|String|The region. Required.|\n|version|String|The version.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [remoteNetwork](../resources/remotenetwork.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"create\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/networkAccess/remoteNetworks\nContent-Type: application/json\n\n{example}\n```\n"
        )
    };
    let resource = type_page(
        "remoteNetwork",
        "",
        "|id|String|The id.|\n|name|String|Name.|\n|region|String|Region.|\n|version|String|Version.|\n",
    );
    let shown = |example: &str| {
        let json =
            contract_owned(&[("resources/remotenetwork.md", resource.clone()), ("api/create.md", page(example))]);
        let media =
            &json["paths"]["/networkAccess/remoteNetworks"]["post"]["requestBody"]["content"]["application/json"];
        let required = media["schema"].to_string();
        assert!(required.contains("\"region\""), "{required}");
        media.get("example").is_some()
    };
    assert!(!shown("{\"name\": \"a\",\n}"));
    // Cut down, sending what is required: shown; and whole.
    assert!(shown("{\"name\": \"a\", \"region\": \"b\",\n}"));
    assert!(shown("{\"name\": \"a\", \"region\": \"b\"}"));
}

/// What the page "Get virtual events" answers on `path` ("a [virtualEventWebinar] or
/// [virtualEventTownhall] object", both kinds of `virtualEvent`), its request `lines` written
/// beside the kinds' pages and `more` pages.
fn virtual_event_answer(lines: &str, path: &str, more: &[(&str, String)]) -> serde_json::Value {
    let get = read_page(
        "Get virtual events",
        lines,
        "a [virtualEventWebinar](../resources/virtualeventwebinar.md) or [virtualEventTownhall](../resources/virtualeventtownhall.md) object",
    );
    let mut pages = vec![
        ("resources/virtualevent.md", type_page("virtualEvent", "entity", "|id|String|The id.|\n")),
        (
            "resources/virtualeventwebinar.md",
            type_page("virtualEventWebinar", "virtualEvent", "|audience|String|Who.|\n"),
        ),
        (
            "resources/virtualeventtownhall.md",
            type_page("virtualEventTownhall", "virtualEvent", "|isInviteOnly|Boolean|Whether.|\n"),
        ),
        ("api/get.md", get),
    ];
    pages.extend(more.iter().cloned());
    let json = contract_owned(&pages);
    json["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].clone()
}

/// beta's virtual event create: `POST /solutions/virtualEvents/webinars` and `…/townhalls` on one
/// page answering "a [virtualEventWebinar] or [virtualEventTownhall] object": each line the kind
/// its set holds, not their common base.
#[test]
fn either_kind_over_lines_of_sets_of_each_is_the_kind_each_set_holds() {
    let answered = |lines: &str, path: &str| virtual_event_answer(lines, path, &[]);
    let both = "GET /solutions/virtualEvents/webinars/{id}\nGET /solutions/virtualEvents/townhalls/{id}";
    assert_eq!(answered(both, "/solutions/virtualEvents/webinars/{id}"), "#/components/schemas/virtualEventWebinar");
    assert_eq!(answered(both, "/solutions/virtualEvents/townhalls/{id}"), "#/components/schemas/virtualEventTownhall");
    // A member by an alternate key (beta's service principal upsert, `servicePrincipals(appId='{appId}')`).
    let keyed =
        "GET /solutions/virtualEvents/webinars(externalId='{externalId}')\nGET /solutions/virtualEvents/townhalls/{id}";
    assert_eq!(
        answered(keyed, "/solutions/virtualEvents/webinars(externalId='{externalId}')"),
        "#/components/schemas/virtualEventWebinar"
    );
    // A set holding neither by name: the common base.
    let other = "GET /solutions/virtualEvents/events/{id}";
    assert_eq!(answered(other, "/solutions/virtualEvents/events/{id}"), "#/components/schemas/virtualEvent");
}

/// beta's user configuration create: a table listing every member of the linked type (its copy),
/// its `id` row unmarked, and an example naming the item it makes (`"id": "MyApp"`): the key, which
/// the type's page inherits read-only, is written in this body; the copy's other rows say nothing.
#[test]
fn a_copied_table_s_unmarked_key_every_example_sends_is_written() {
    let entity = type_page("entity", "", "|id|String|The unique identifier. Read-only.|\n");
    let config = type_page(
        "userConfiguration",
        "entity",
        "|id|String|Unique key. Inherits from [entity](entity.md)|\n|binaryData|Binary|Data.|\n|xmlData|Binary|XML data.|\n",
    );
    let create = |sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create userConfiguration\n\n## HTTP request\n```http\nPOST /me/mailFolders/{{id}}/userConfigurations\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [userConfiguration](../resources/userconfiguration.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|binaryData|Binary|Data. Optional.|\n|id|String|The unique key.|\n|xmlData|Binary|XML data. Optional.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [userConfiguration](../resources/userconfiguration.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"create\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/me/mailFolders/inbox/userConfigurations\nContent-Type: application/json\n\n{sent}\n```\n"
        )
    };
    let body = |sent: &str| {
        let json = contract_owned(&[
            ("resources/entity.md", entity.clone()),
            ("resources/userconfiguration.md", config.clone()),
            ("api/create.md", create(sent)),
        ]);
        json["paths"]["/me/mailFolders/{id}/userConfigurations"]["post"]["requestBody"]["content"]["application/json"]
            ["schema"]
            .clone()
    };
    let named = body(r#"{"id": "MyApp", "binaryData": "SGVsbG8=", "xmlData": "V29ybGQ="}"#);
    assert!(named["properties"]["id"].is_object(), "{named}");
    assert_eq!(named["properties"]["id"].get("readOnly"), None, "{named}");
    // An example leaving the key to the service: the type, as it is.
    let unnamed = body(r#"{"binaryData": "SGVsbG8=", "xmlData": "V29ybGQ="}"#);
    assert_eq!(unnamed["$ref"], "#/components/schemas/userConfiguration", "{unnamed}");
}

#[test]
fn an_update_mentioning_a_create_in_passing_keeps_its_one_required_member() {
    // The update's own one-row table (`etag`, "Required."), a later sentence speaking of the create:
    // no create's table copied, so the row stays what the call needs.
    let schema = |note: &str| {
        let page = format!(
            "---\ndoc_type: apiPageType\n---\n# Update fileStorageContainerType\n\n## HTTP request\n```http\nPATCH /storage/fileStorage/containerTypes/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|etag|String|Used for optimistic concurrency control. Required.|\n\n{note}\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n```http\nPATCH https://graph.microsoft.com/v1.0/storage/fileStorage/containerTypes/1\nContent-Type: application/json\n\n{{\"etag\": \"RVRhZw==\"}}\n```\n"
        );
        let c = convert(vec![SourceFile::new("api/filestoragecontainertype-update.md", page)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/storage/fileStorage/containerTypes/{id}"]["patch"]["requestBody"]["content"]["application/json"]
            ["schema"]["required"]
            .clone()
    };
    assert_eq!(schema("The **etag** must match the value the service returned."), serde_json::json!(["etag"]));
    assert_eq!(
        schema("The **etag** must match the value returned when you created or last read the container type."),
        serde_json::json!(["etag"])
    );
}

#[test]
fn a_table_of_its_own_copied_from_a_create_and_a_cut_example_of_a_table_s_object() {
    // beta's To Do list update: a table of its own (no linked type) introduced as a create's.
    let update = "---\ndoc_type: apiPageType\n---\n# Update todoTaskList\n\n## HTTP request\n```http\nPATCH /me/todo/lists/{id}\n```\n\n## Request body\nThe following table shows the properties that are required when you create the todoTaskList.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Required.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n```http\nPATCH https://graph.microsoft.com/beta/me/todo/lists/1\nContent-Type: application/json\n\n{\"displayName\": \"x\"}\n```\n";
    let c = convert(vec![SourceFile::new("api/todotasklist-update.md", update)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema = &json["paths"]["/me/todo/lists/{id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"];
    assert!(schema.get("required").is_none(), "{schema}");
    // A table's object (no linked type) and a cut-down example leaving out a required row: no example.
    let create = |sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create network\n\n## HTTP request\n```http\nPOST /networks\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|Name. Required.|\n|region|String|The region. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Example\n```http\nPOST https://graph.microsoft.com/beta/networks\nContent-Type: application/json\n\n{sent}\n```\n"
        )
    };
    let media = |sent: &str| {
        let c = convert(vec![SourceFile::new("api/network-create.md", create(sent))]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        json["paths"]["/networks"]["post"]["requestBody"]["content"]["application/json"].clone()
    };
    let cut = media("{\"name\": \"a\",\n}");
    assert_eq!(cut["schema"]["required"], serde_json::json!(["name", "region"]), "{cut}");
    assert!(cut.get("example").is_none(), "{cut}");
}

/// A create on a set a page declares with the kinds' base (`deviceManagement.deviceConfigurations`,
/// a `deviceConfiguration` collection), taking "the [iosGeneralDeviceConfiguration] object or the
/// [windows10GeneralConfiguration] object": the set holds either kind, so the body is their base,
/// not the one kind whose name happens to end in the set's singular.
#[test]
fn a_set_declared_as_the_kinds_base_holds_the_base_not_the_kind_named_like_it() {
    let create = "---\ndoc_type: apiPageType\n---\n# Create deviceConfiguration\n\n## HTTP request\n```http\nPOST /deviceManagement/deviceConfigurations\n```\n\n## Request body\nIn the request body, either supply a JSON representation of the [iosGeneralDeviceConfiguration](../resources/iosgeneraldeviceconfiguration.md) object or the [windows10GeneralConfiguration](../resources/windows10generalconfiguration.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and an [iosGeneralDeviceConfiguration](../resources/iosgeneraldeviceconfiguration.md) or [windows10GeneralConfiguration](../resources/windows10generalconfiguration.md) object in the response body.\n";
    let both = |declaring: bool| {
        let mut pages = vec![
            ("resources/deviceconfiguration.md", type_page("deviceConfiguration", "", "|id|String|The id.|\n")),
            (
                "resources/iosgeneraldeviceconfiguration.md",
                type_page("iosGeneralDeviceConfiguration", "deviceConfiguration", "|passcode|String|P.|\n"),
            ),
            (
                "resources/windows10generalconfiguration.md",
                type_page("windows10GeneralConfiguration", "deviceConfiguration", "|edge|Boolean|E.|\n"),
            ),
            ("api/create.md", create.to_string()),
        ];
        if declaring {
            pages.push((
                "resources/devicemanagement.md",
                "---\ndoc_type: resourcePageType\n---\n# deviceManagement resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n\n## Relationships\n|Relationship|Type|Description|\n|:---|:---|:---|\n|deviceConfigurations|[deviceConfiguration](deviceconfiguration.md) collection|The configurations.|\n".to_string(),
            ));
        }
        let json = contract_owned(&pages);
        let post = &json["paths"]["/deviceManagement/deviceConfigurations"]["post"];
        let sent = &post["requestBody"]["content"]["application/json"]["schema"];
        let answered = &post["responses"]["201"]["content"]["application/json"]["schema"];
        (ref_of(sent), ref_of(answered))
    };
    let base = serde_json::json!("#/components/schemas/deviceConfiguration");
    // Declared with the base: the set holds either kind.
    assert_eq!(both(true), (base.clone(), base.clone()));
    // Undeclared, but a type of the set's own name is the kinds' common base: the same.
    assert_eq!(both(false), (base.clone(), base));
}

/// One vendor read with unquoted keys (`companies({id})/vendors({vendorId})`, Business
/// Central's GUIDs) and updated with quoted ones, beside a page listing the company's vendors
/// (`companies/{company-id}/vendors`): one resource, one path, as before the round.
#[test]
fn an_unquoted_key_of_a_set_another_page_lists_is_the_segment_its_quoted_twin_becomes() {
    let page = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Vendor\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nReturns `200 OK`.\n"
        )
    };
    let c = convert(vec![
        SourceFile::new("api/a.md", page("GET /financials/companies({id})/vendors({vendorId})")),
        SourceFile::new("api/b.md", page("GET /financials/companies/{company-id}/vendors")),
        SourceFile::new("api/c.md", page("PATCH /financials/companies('{id}')/vendors('{vendorId}')")),
    ]);
    let paths: Vec<(&str, String)> =
        c.api.operations.iter().map(|o| (o.path.as_str(), format!("{:?}", o.method))).collect();
    let of = |m: &str| paths.iter().find(|(p, method)| method == m && p.contains("vendorId")).map(|(p, _)| *p);
    assert_eq!(of("Get"), of("Patch"), "{paths:?}");
}

/// v1.0's `workbookChartAxes` (a chart's three axes) beside `workbookChartAxis`: a plural
/// in -es of a word in -is is another type, as `usersSet` is, not a typo.
#[test]
fn a_plural_in_es_of_a_word_in_is_is_no_misspelling() {
    assert!(!crate::types::misspells("workbookChartAxes", "workbookChartAxis"));
    assert!(!crate::types::misspells("workbookChartAxis", "workbookChartAxes"));
    assert!(!crate::types::misspells("fileAnalyses", "fileAnalysis"));
    assert!(crate::types::misspells("maiboxRestoreArtifact", "mailboxRestoreArtifact"));
}

/// The printer share create with a second, cut-down example (`...`) that leaves the binding out:
/// a cut example says nothing of what it leaves out, as for a plain member.
#[test]
fn a_cut_example_leaving_the_binding_out_keeps_it_required() {
    let required = |second: &str| {
        let first = share_example(
            "create_share",
            r#"{"displayName": "S", "printer@odata.bind": "https://graph.microsoft.com/v1.0/print/printers/1"}"#,
        );
        printer_share_required(&format!(
            "## Examples\n### Example 1\n{first}### Example 2\n{}",
            share_example("create_share_2", second)
        ))
    };
    // Control: both examples whole, both binding.
    assert_eq!(
        required(r#"{"displayName": "T", "printer@odata.bind": "https://graph.microsoft.com/v1.0/print/printers/2"}"#),
        serde_json::json!(["printer@odata.bind", "displayName"])
    );
    assert_eq!(
        required("{\n  \"displayName\": \"T\",\n  ...\n}"),
        serde_json::json!(["printer@odata.bind", "displayName"])
    );
}

/// The printer share create also requiring a key its type reads only (the body then lists the
/// type's members itself, `emit::requiring`): the binding stays required there too.
#[test]
fn a_required_binding_beside_a_required_read_only_key() {
    let share = type_page(
        "printerShare",
        "",
        "|id|String|The key. Read-only.|\n|displayName|String|The name.|\n|printer|[printer](printer.md)|The printer.|\n",
    );
    let page = "---\ndoc_type: apiPageType\n---\n# Create printerShare\n\n## HTTP request\n```http\nPOST /print/shares\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [printerShare](../resources/printershare.md) object.\n\n|Property|Type|Description|Required?|\n|:---|:---|:---|:---|\n|id|String|The key.|Yes|\n|printer|microsoft.graph.printer|The printer. Use the `printer@odata.bind` syntax.|Yes|\n|displayName|String|The name.|Yes|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [printerShare](../resources/printershare.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"create_share\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/print/shares\nContent-Type: application/json\n\n{\"id\": \"1\", \"displayName\": \"S\", \"printer@odata.bind\": \"https://graph.microsoft.com/v1.0/print/printers/1\"}\n```\n".to_string();
    let json = contract_owned(&[("resources/printershare.md", share), ("api/create.md", page)]);
    let body = &json["paths"]["/print/shares"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let required = if body["allOf"].is_array() { &body["allOf"][1]["required"] } else { &body["required"] };
    let required: Vec<&str> = required.as_array().into_iter().flatten().filter_map(|v| v.as_str()).collect();
    assert!(required.contains(&"id"), "control: the key is required: {body}");
    assert!(required.contains(&"printer@odata.bind"), "{body}");
}

/// A set its parent declares with the kinds' base (`virtualEventsRoot.webinars`, a `virtualEvent`):
/// the base, whether the line reads a member by its key or by an alternate key.
#[test]
fn an_alternate_key_reads_the_set_its_parent_declares() {
    let root =
        type_page("virtualEventsRoot", "", "|webinars|[virtualEvent](virtualevent.md) collection|The events.|\n");
    let answered = |line: &str| {
        virtual_event_answer(&format!("GET {line}"), line, &[("resources/virtualeventsroot.md", root.clone())])
    };
    let by_id = answered("/solutions/virtualEventsRoot/webinars/{id}");
    assert_eq!(by_id, "#/components/schemas/virtualEvent");
    assert_eq!(answered("/solutions/virtualEventsRoot/webinars(externalId='{externalId}')"), by_id);
}
