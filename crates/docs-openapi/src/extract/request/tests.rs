use super::permissions::PagePermissions;
use super::*;
use crate::http::Method;
use crate::model::Permissions;

#[test]
fn a_name_and_description_table_lists_the_method_s_own_string_parameters() {
    let text = "---\ndoc_type: apiPageType\n---\n# Create fileStorageContainer\n\n## HTTP request\n```http\nPOST /storage/fileStorage/containers\n```\n\n## Optional query parameters\n| Name | Description |\n|:--|:--|\n| dataLocation | The data location for the container. |\n| $select | OData's. |\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let params = query_params(&page);
    let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["dataLocation"]);
    assert_eq!(params[0].ty, TypeRef::Primitive(Primitive::String));
    assert_eq!(params[0].description.as_deref(), Some("The data location for the container."));
    assert!(!params[0].required);
}

#[test]
fn a_query_parameter_s_row_listing_its_values_closes_them() {
    // beta's mailbox item delete: `?disposalType={disposalType}`.
    let text = "---\ndoc_type: apiPageType\n---\n# Delete mailboxItem\n\n## HTTP request\n```http\nDELETE /admin/exchange/mailboxes/{id}/folders/{folderId}/items/{itemId}?disposalType={disposalType}\n```\n\n## Query parameters\n|Parameter|Type|Description|\n|:--|:--|:--|\n|disposalType|String|Required. The deletion type. The possible values are: `softDelete`, `hardDelete`.|\n|$filter|String|Possible values are: `a`, `b`.|\n|count|Int32|The possible values are: `1`, `2`.|\n";
    let src = crate::SourceFile::new("a.md", text);
    let params = query_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new()));
    let values = |name: &str| params.iter().find(|p| p.name == name).map(|p| p.values.clone()).unwrap_or_default();
    assert_eq!(values("disposalType"), ["softDelete", "hardDelete"]);
    assert!(values("$filter").is_empty(), "OData's options are not closed by a row");
    assert!(values("count").is_empty(), "a number's row lists no strings");
}

#[test]
fn function_parameters_an_example_passes_as_a_query_string_are_query_parameters() {
    let text = |query: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# sitePage: getWebPartsByPosition\n\n## HTTP request\n```http\nGET /sites/{{id}}/pages/{{page}}/getWebPartsByPosition\n```\n\n## Function parameters\n| Parameter | Type | Description |\n|:--|:--|:--|\n| columnId | Double | The column. |\n| isInVerticalSection | Boolean | In the vertical section. |\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\nGET https://graph.microsoft.com/beta/sites/1/pages/2/getWebPartsByPosition{query}\n```\n"
        )
    };
    let query = |query: &str| {
        let src = crate::SourceFile::new("a.md", text(query));
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&page, &mut Vec::new());
        let op = &out.operations[0].operation;
        let params: Vec<(String, bool)> = op
            .parameters
            .iter()
            .filter(|p| p.location == ParamLocation::Query && !p.name.starts_with('$'))
            .map(|p| (p.name.clone(), p.required))
            .collect();
        (op.path.clone(), params)
    };
    let (path, params) = query("?isInVerticalSection=true");
    assert_eq!(path, "/sites/{id}/pages/{page}/getWebPartsByPosition");
    assert_eq!(params, [("columnId".to_string(), false), ("isInVerticalSection".to_string(), false)]);
    // Not passed as a query string: nothing to say they are.
    assert!(query("").1.is_empty());
    // Unless the section says so, for a function called bare.
    let said = |line: &str| {
        let text = text("").replace(
            "## Function parameters\n",
            "## Function parameters\nIn the request URL, provide the following query parameters with values.\n\n",
        );
        let text = text.replace("GET /sites/{id}/pages/{page}/getWebPartsByPosition\n", &format!("{line}\n"));
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&page, &mut Vec::new());
        let op = &out.operations[0].operation;
        op.parameters.iter().filter(|p| p.location == ParamLocation::Query).map(|p| p.name.clone()).collect::<Vec<_>>()
    };
    assert_eq!(said("GET /sites/{id}/pages/{page}/getWebPartsByPosition"), ["columnId", "isInVerticalSection"]);
    assert!(said("GET /sites/{id}/pages/{page}/getWebPartsByPosition(columnId={c})").is_empty());
}

/// The members of the one operation's object body, each with whether it is required.
fn required_members(text: &str) -> Vec<(String, bool)> {
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = super::super::extract_api_page(&page, &mut Vec::new());
    let Some(Shape::Object(members)) = out.operations[0].operation.request_body.as_ref().map(|b| &b.shape) else {
        panic!("{:?}", out.operations[0].operation.request_body)
    };
    members.iter().map(|m| (m.name.clone(), m.required)).collect()
}

/// The members a create of a linked type must send, as the one operation's body says.
fn linked_required(text: &str) -> Vec<String> {
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = super::super::extract_api_page(&page, &mut Vec::new());
    out.operations[0].operation.request_body.as_ref().expect("a body").required_members.clone()
}

#[test]
fn members_a_sentence_demands_in_a_bulleted_list_are_required() {
    // v1.0's booking staff member create: "You must include the following properties:" over bullets.
    let text = |intro: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create bookingStaffMember\n\n## HTTP request\n```http\nPOST /solutions/bookingBusinesses/{{id}}/staffMembers\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [bookingStaffMember](../resources/bookingstaffmember.md) object. {intro}\n\n- **displayName**\n- **emailAddress**\n- **role**\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n"
        )
    };
    assert_eq!(
        linked_required(&text("You must include the following properties:")),
        ["displayName", "emailAddress", "role"]
    );
    // A list the sentence does not demand requires nothing.
    assert!(linked_required(&text("You can include the following properties:")).is_empty());
}

#[test]
fn rows_unmarked_beside_type_cells_saying_optional_are_required() {
    // Team clone: `String (optional)` rows beside `displayName` and `partsToClone`; a row saying
    // what happens without it stays optional.
    let text = "---\ndoc_type: apiPageType\n---\n# Clone a team\n\n## HTTP request\n```http\nPOST /teams/{id}/clone\n```\n\n## Request body\n| Property | Type |Description|\n|:---|:---|:---|\n|description|String (optional)|An optional description.|\n|displayName|String|The display name for the group.|\n|mailNickname|String|The mail alias. If this property is not specified, it will be computed from the displayName.|\n|partsToClone|[clonableTeamParts](../resources/clonableteamparts.md)|The parts to clone.|\n|visibility|[teamVisibilityType](../resources/teamvisibilitytype.md) (optional)|The visibility.|\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n";
    let members = required_members(text);
    let required: Vec<&str> = members.iter().filter(|(_, r)| *r).map(|(n, _)| n.as_str()).collect();
    assert_eq!(required, ["displayName", "partsToClone"], "{members:?}");
    // Rows named as the table names them (`odata.type` is `@odata.type`), marked optional, stay so.
    let odata = text.replace("|description|String (optional)|", "|odata.type|String (optional)|");
    let members = required_members(&odata);
    assert!(members.iter().any(|(n, r)| n == "@odata.type" && !r), "{members:?}");
    // A row required only under a condition stays optional.
    let conditional = text.replace("The display name for the group.", "Required if the team has no template.");
    let members = required_members(&conditional);
    let required: Vec<&str> = members.iter().filter(|(_, r)| *r).map(|(n, _)| n.as_str()).collect();
    assert_eq!(required, ["partsToClone"], "{members:?}");
}

#[test]
fn a_linked_create_s_rows_unmarked_beside_optional_type_cells_are_required_members() {
    // beta's chat create: `|topic|(Optional) String|` beside `chatType` and `members`.
    let text = "---\ndoc_type: apiPageType\n---\n# Create chat\n\n## HTTP request\n```http\nPOST /chats\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [chat](../resources/chat.md) object.\n\nThe following table lists the properties that are required to create a chat object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|topic|(Optional) String|The title of the chat.|\n|chatType|[chatType](../resources/chattype.md)|The type of chat.|\n|members|[conversationMember](../resources/conversationmember.md) collection|The members.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [chat](../resources/chat.md) object.\n";
    assert_eq!(linked_required(text), ["chatType", "members"]);
}

/// v1.0's domain create, saying in its own words which one member its body carries.
fn domain_create(said: &str) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# Create domain\n\n## HTTP request\n```http\nPOST /domains\n```\n\n## Request body\nIn the request body, supply a JSON representation of [domain](../resources/domain.md) object.\n\n> The request body contains the id property for the new domain. {said} The id property value is the fully qualified domain name to create.\n\n## Response\nIf successful, this method returns `201 Created` response code and [domain](../resources/domain.md) object in the response body.\n"
    )
}

#[test]
fn the_only_member_sentence_reads_the_key_written_id() {
    let required = |said: &str| linked_required(&domain_create(said));
    assert_eq!(required("Id is the only property that can be specified and it is required."), ["id"]);
    // "ID", as the docs often write the key: `id`, not `ID` (no member of `domain`, so the
    // contract requires nothing).
    assert_eq!(required("ID is the only property that can be specified and it is required."), ["id"]);
}

#[test]
fn the_only_member_sentence_reads_it_s_required() {
    let required = |said: &str| linked_required(&domain_create(said));
    assert_eq!(required("Id is the only property that can be specified and it's required."), ["id"]);
}

#[test]
fn a_sentence_calling_one_member_the_only_mandatory_one_requires_it() {
    // v1.0's channel message create.
    let page = |said: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Send chatMessage in a channel\n\n## HTTP request\n```http\nPOST /teams/{{team-id}}/channels/{{channel-id}}/messages\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [chatMessage](../resources/chatmessage.md) object. {said}\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [chatMessage](../resources/chatmessage.md) object.\n"
        )
    };
    let required = |said: &str| linked_required(&page(said));
    assert_eq!(required("Only the body property is mandatory, other properties are optional."), ["body"]);
    assert_eq!(required("Only the `body` property is required."), ["body"]);
    assert!(required("Only the body property is shown here.").is_empty());
    assert!(required("Only the `body` property is required if you reply to a thread.").is_empty());
    assert!(required("You can send only the body property is required.").is_empty(), "not the sentence's start");
    // v1.0's synchronization job create, both ways round.
    assert_eq!(required("The only required property is `templateId`."), ["templateId"]);
    assert_eq!(required("`templateId` is the only required property."), ["templateId"]);
    assert_eq!(
        required("The only required parameter is **templateId**, other parameters are optional."),
        ["templateId"]
    );
    assert!(required("The only required property is `templateId` when you create a job.").is_empty());
    assert!(required("The only required property is the template.").is_empty(), "no member's name");
    // "… is the only property that can be specified and it is required." (v1.0's domain create),
    // its bare name opening the sentence with a capital.
    assert_eq!(required("Id is the only property that can be specified and it is required."), ["id"]);
    assert_eq!(required("`templateId` is the only property that is required."), ["templateId"]);
    assert!(required("`displayName` is the only property that can be updated.").is_empty());
    assert!(required("It is the only property that can be specified and it is required.").is_empty());
    assert!(required("Id is the only property that is required when you create a domain.").is_empty());
    // Members a sentence says the body must carry, in bold or code (beta's agent identities,
    // v1.0's application create and phone method create).
    assert_eq!(required("The request body must contain  **body** and **subject**."), ["body", "subject"]);
    assert_eq!(required("You must specify the **body** property and **subject** relationship."), ["body", "subject"]);
    assert_eq!(
        required("The JSON must include `body` and `subject`, but not `id` (which is read-only)."),
        ["body", "subject"]
    );
    assert!(required("If you reply, the request body must contain **body**.").is_empty(), "a condition");
    // The demand itself stressed (beta's tiIndicator update: "The body **must** contain the
    // **vendorInformation** property").
    assert_eq!(required("The body **must** contain the **body** property."), ["body"]);
    assert_eq!(required("You _must_ include `subject`."), ["subject"]);
    assert!(required("You must specify the **@odata.type** property.").is_empty(), "the kind, read apart");
    // The command to supply a member (v1.0's setReaction: "In the request body, supply the
    // **reactionType** as unicode."), not what one can do.
    assert_eq!(required("In the request body, supply the **body** as unicode."), ["body"]);
    assert_eq!(required("Supply the `body` of the message."), ["body"]);
    assert!(required("You can supply the **body** and **subject**.").is_empty());
}

#[test]
fn a_linked_create_s_rows_under_an_all_required_sentence_beside_optional_ones_are_required() {
    // beta's planner roster member create: `userId` unmarked beside "Optional." `tenantId` and
    // `roles`, under "the properties that are required when you create".
    let page = |tenant: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create plannerRosterMember\n\n## HTTP request\n```http\nPOST /planner/rosters/{{plannerRosterId}}/members\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [plannerRosterMember](../resources/plannerrostermember.md) object.\n\nThe following table shows the properties that are required when you create the plannerRosterMember.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|userId|String|Identifier of the user.|\n|tenantId|String|{tenant}|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n"
        )
    };
    let required = |tenant: &str| linked_required(&page(tenant));
    assert_eq!(required("Identifier of the tenant. Optional."), ["userId"]);
    assert_eq!(required("(Optional) Identifier of the tenant."), ["userId"]);
    // A flag saying whether something is optional is no mark (an attribute assignment's `isOptional`).
    assert_eq!(required("Determines whether the attribute is optional."), ["userId", "tenantId"]);
    // An adjective is no mark (Intune's "Optional description for the device category."): under
    // Intune's sentence above every member of the type, its key among them, nothing is required.
    let intune = |tenant: &str| {
        linked_required(&page(tenant).replace(
            "|userId|String|Identifier of the user.|",
            "|id|String|Key of the entity.|\n|userId|String|Identifier of the user.|",
        ))
    };
    assert!(intune("Optional identifier of the tenant.").is_empty());
    // One row is no type's every member: a branding localization's create requires its `id` (the locale).
    let one =
        page("x").replace("|userId|String|Identifier of the user.|\n|tenantId|String|x|", "|id|String|The locale.|");
    assert_eq!(linked_required(&one), ["id"]);
    let inherited = page("Optional identifier of the tenant.")
        .replace("Identifier of the user.|", "Identifier of the user. Inherited from [member](member.md)|");
    assert!(linked_required(&inherited).is_empty());
    // A few of the type's members (beta's teamwork tag create: `displayName`, `members`): the
    // sentence is the mark of those not calling themselves optional.
    assert_eq!(required("Optional identifier of the tenant."), ["userId"]);
    assert_eq!(required("Identifier of the tenant."), ["userId", "tenantId"]);
    // Rows of a member's own members (beta's older agreement create: `files/fileName`): that member.
    let nested = page("Identifier of the tenant.").replace(
        "|tenantId|String|Identifier of the tenant.|",
        "|files/fileName|String|The name.|\n|files/fileData/data|Binary|The data.|",
    );
    assert_eq!(linked_required(&nested), ["userId", "files"]);
    // A row marked deprecated (v1.0's provisioning policy create: `onPremisesConnectionId (deprecated)`).
    let deprecated = page("Identifier of the tenant.").replace(
        "|tenantId|String|Identifier of the tenant.|",
        "|tenantId (deprecated)|String|Identifier of the tenant.|",
    );
    assert_eq!(linked_required(&deprecated), ["userId"]);
    // beta's identity provider create: "All the properties listed in the following table are required."
    let all = page("Identifier of the tenant.").replace(
        "The following table shows the properties that are required when you create the plannerRosterMember.",
        "All the properties listed in the following table are required.",
    );
    assert_eq!(linked_required(&all), ["userId", "tenantId"]);
    // Not where the sentence goes on to say when they are not (v1.0's user create).
    let conditional = page("Identifier of the tenant.").replace(
        "required when you create the plannerRosterMember.",
        "required when you create the plannerRosterMember. If you're including an **identities** property, not all the properties listed are required.",
    );
    assert!(linked_required(&conditional).is_empty());
    // A read-only row is never required.
    let read_only = page("Identifier of the tenant. Optional.").replace(
        "|userId|String|Identifier of the user.|",
        "|userId|String|Identifier of the user.|\n|id|String|The key. Read-only.|",
    );
    assert_eq!(linked_required(&read_only), ["userId"]);
    // No row says it is optional (Intune's sentence above every member): nothing.
    assert!(intune("Identifier of the tenant.").is_empty());
    // Nor a row whose sentence merely ends "… is optional".
    assert!(intune("Determines whether the tenant is optional.").is_empty());
}

#[test]
fn an_action_s_parameters_unmarked_beside_optional_ones_are_required() {
    // v1.0's chart: setPosition: `startCell` unmarked, `endCell` "Optional."; a row saying what
    // happens without it stays optional; a table of parameters under another title is read so
    // too ("Create TableRow", `POST …/rows/add`: `values` beside "Optional." `index`), a table
    // of properties is not.
    let page_with = |title: &str, header: &str, rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /charts/{{name}}/setPosition\n```\n\n## Request body\n| {header} | Type |Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let page = |title: &str, rows: &str| page_with(title, "Parameter", rows);
    let rows = "|startCell|Json|The start cell.|\n|endCell|Json|Optional. The end cell.|\n|mode|String|The mode. If not specified, `auto`.|\n";
    let owned = |v: &[(&str, bool)]| v.iter().map(|(n, r)| (n.to_string(), *r)).collect::<Vec<_>>();
    assert_eq!(
        required_members(&page("Chart: setPosition", rows)),
        owned(&[("startCell", true), ("endCell", false), ("mode", false)])
    );
    assert_eq!(
        required_members(&page("Create chart", rows)),
        owned(&[("startCell", true), ("endCell", false), ("mode", false)])
    );
    assert_eq!(
        required_members(&page_with("Create chart", "Property", rows)),
        owned(&[("startCell", false), ("endCell", false), ("mode", false)])
    );
    // An action's `Property` table its lead-in calls parameters (beta's calendar: getSchedule).
    let lead = "## Request body\nIn the request body, provide a JSON object with the following parameters.\n\n";
    let called_parameters = page_with("Chart: setPosition", "Property", rows).replace("## Request body\n", lead);
    assert_eq!(
        required_members(&called_parameters),
        owned(&[("startCell", true), ("endCell", false), ("mode", false)])
    );
    let created = page_with("Create chart", "Property", rows).replace("## Request body\n", lead);
    assert_eq!(required_members(&created), owned(&[("startCell", false), ("endCell", false), ("mode", false)]));
    // A row marked "Required." elsewhere: the marks say which.
    let marked =
        "|startCell|Json|The start cell.|\n|endCell|Json|Optional. The end cell.|\n|mode|String|The mode. Required.|\n";
    assert_eq!(
        required_members(&page("Chart: setPosition", marked)),
        owned(&[("startCell", false), ("endCell", false), ("mode", true)])
    );
}

#[test]
fn a_sentence_saying_a_missing_body_fails_keeps_it_required() {
    // "If no request body is provided, …" says what happens without one: an error is no default.
    let page = "---\ndoc_type: apiPageType\n---\n# teamsAppInstallation: upgrade\n\n## HTTP request\n```http\nPOST /chats/{id}/installedApps/{id}/upgrade\n```\n\n## Request body\nThe following table lists the parameters.\n\nIf no request body is provided, the request fails with a `400 Bad Request` error.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|consentedPermissionSet|String|The set of permissions.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"upgrade\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/chats/1/installedApps/2/upgrade\n```\n<!-- { \"blockType\": \"request\", \"name\": \"upgrade_2\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/chats/1/installedApps/2/upgrade\nContent-Type: application/json\n\n{\"consentedPermissionSet\": \"x\"}\n```\n";
    let src = crate::SourceFile::new("a.md", page.to_string());
    let p = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = super::super::extract_api_page(&p, &mut Vec::new());
    assert_eq!(out.operations[0].operation.request_body.as_ref().map(|b| b.required), Some(true));
}

#[test]
fn additional_parameters_an_example_leaves_out_make_the_body_optional() {
    // v1.0's Teams app upgrade: "additional parameters that can be used", an example sending nothing.
    let page = |lead: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# teamsAppInstallation: upgrade\n\n## HTTP request\n```http\nPOST /chats/{{id}}/installedApps/{{id}}/upgrade\n```\n\n## Request body\n{lead}\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|consentedPermissionSet|String|The set of permissions.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"upgrade\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/chats/1/installedApps/2/upgrade\n```\n<!-- {{ \"blockType\": \"request\", \"name\": \"upgrade_2\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/chats/1/installedApps/2/upgrade\nContent-Type: application/json\n\n{{\"consentedPermissionSet\": \"x\"}}\n```\n"
        )
    };
    let required = |lead: &str| {
        let src = crate::SourceFile::new("a.md", page(lead));
        let p = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&p, &mut Vec::new());
        out.operations[0].operation.request_body.as_ref().map(|b| b.required)
    };
    assert_eq!(
        required("The following table lists additional parameters that can be used with the upgrade action."),
        Some(false)
    );
    assert_eq!(required("The following table lists the parameters."), Some(true));
    // v1.0's Cloud PC reprovision: "> **Note**: Only the APIs for *admin* support request body."
    assert_eq!(
        required(
            "> **Note**: Only the APIs for *admin* support request body.\n\nThe following table lists the parameters."
        ),
        Some(false)
    );
    // OneNote's copyNotebook.
    assert_eq!(
        required(
            "In the request body, provide a JSON object that contains the parameters that your operation needs. It's okay to send an empty body if none are needed."
        ),
        Some(false)
    );
    // beta's SharePoint restore session create: "If no payload is provided when you create the
    // restore session, the request creates an empty `standard` restore session by default."
    assert_eq!(
        required(
            "The following table lists the parameters.\n\nIf no payload is provided, the request creates an empty session."
        ),
        Some(false)
    );
    let lead = page("The following table lists the parameters.").replace(
        "# teamsAppInstallation: upgrade\n",
        "# teamsAppInstallation: upgrade\n\nIf no request body is provided, the app is upgraded as it is.\n",
    );
    let src = crate::SourceFile::new("a.md", lead);
    let p = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = super::super::extract_api_page(&p, &mut Vec::new());
    assert_eq!(out.operations[0].operation.request_body.as_ref().map(|b| b.required), Some(false));
}

#[test]
fn a_table_with_no_rows_above_the_real_one_lists_nothing() {
    // beta's addTokenSigningCertificate: a header and delimiter left above the parameter table.
    let text = "---\ndoc_type: apiPageType\n---\n# servicePrincipal: addTokenSigningCertificate\n\n## HTTP request\n```http\nPOST /servicePrincipals/{id}/addTokenSigningCertificate\n```\n\n## Request body\nIn the request body, provide the following required properties.\n\n| Property\t   | Type\t|Description|\n|:---------------|:--------|:----------|\n\n| Parameter | Type |Description|\n| --- | --- | --- | --- |\n| `displayName` | `string` | Friendly name for the key.|\n| `endDateTime` | `DateTimeOffset` |When it expires. If not supplied, the default is 3 years from the time of creation.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nPOST https://graph.microsoft.com/beta/servicePrincipals/1/addTokenSigningCertificate\nContent-type: application/json\n\n{\"displayName\": \"CN=customDisplayName\", \"endDateTime\": \"2024-01-25T00:00:00Z\"}\n```\n";
    assert_eq!(required_members(text), [("displayName".to_string(), true), ("endDateTime".to_string(), false)]);
}

#[test]
fn a_table_of_the_parameters_that_are_required_requires_each() {
    let text = "---\ndoc_type: apiPageType\n---\n# recommendation: dismiss\n\n## HTTP request\n```http\nPOST /directory/recommendations/{id}/dismiss\n```\n\n## Request body\nThe following table lists the parameters that are required when you call this action.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|dismissReason|String|Why.|\n|note|String|Optional. A note.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n";
    assert_eq!(required_members(text), [("dismissReason".to_string(), true), ("note".to_string(), false)]);
    // The earlier eDiscovery's review set create: "The following table lists the required properties."
    let lists = "---\ndoc_type: apiPageType\n---\n# Create reviewSet\n\n## HTTP request\n```http\nPOST /compliance/ediscovery/cases/{id}/reviewSets\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [reviewSet](../resources/ediscovery-reviewset.md) object.\n\nThe following table lists the required properties.\n\n| Property | Type | Description |\n|:---|:---|:---|\n| displayName | string | The name of the review set. |\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n";
    assert_eq!(linked_required(lists), ["displayName"]);
    // beta's certificate-based auth configuration: "… are required to create the [x] object."
    let to_create = lists.replace(
        "The following table lists the required properties.",
        "The following properties are required to create the [reviewSet](../resources/ediscovery-reviewset.md) object.",
    );
    assert_eq!(linked_required(&to_create), ["displayName"]);
    // beta's Windows Update resource connection: "You must specify the following properties when you create …".
    let must = lists.replace(
        "The following table lists the required properties.",
        "You must specify the following properties when you create a **reviewSet**.",
    );
    assert_eq!(linked_required(&must), ["displayName"]);
    // A Required column marks each row whatever the sentence says of all (v1.0's external connection create).
    let column = "---\ndoc_type: apiPageType\n---\n# Create connection\n\n## HTTP request\n```http\nPOST /external/connections\n```\n\n## Request body\nThe following table lists the properties that are required when you create the connection.\n\n|Property|Type|Description|Required (Y/N)|\n|:---|:---|:---|:---|\n|id|String|The id.|Y|\n|configuration|String|The configuration.|N|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n";
    assert_eq!(required_members(column), [("id".to_string(), true), ("configuration".to_string(), false)]);
    // "the following required properties", one row required only sometimes.
    let text = "---\ndoc_type: apiPageType\n---\n# servicePrincipal: addKey\n\n## HTTP request\n```http\nPOST /servicePrincipals/{id}/addKey\n```\n\n## Request body\nIn the request body, provide the following required properties.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|proof|String|A self-signed JWT token.|\n|passwordCredential|String|This property is required only for keys of type `X509CertAndPassword`.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n";
    assert_eq!(required_members(text), [("proof".to_string(), true), ("passwordCredential".to_string(), false)]);
    let text = text.replace(
        "In the request body, provide the following required properties.",
        "The request body requires the following parameters:",
    );
    assert_eq!(required_members(&text), [("proof".to_string(), true), ("passwordCredential".to_string(), false)]);
    // beta's approvalStep update: "The following table shows the properties that are required for this method."
    let text = text.replace(
        "The request body requires the following parameters:",
        "The following table shows the properties that are required for this method.",
    );
    assert_eq!(required_members(&text), [("proof".to_string(), true), ("passwordCredential".to_string(), false)]);
    // A row calling itself optional in its own words.
    let text = text.replace(
        "This property is required only for keys of type `X509CertAndPassword`.",
        "An optional name that can be provided to the key.",
    );
    assert_eq!(required_members(&text), [("proof".to_string(), true), ("passwordCredential".to_string(), false)]);
    let not_required = text.replace("An optional name that can be provided to the key.", "A name. It is not required.");
    assert_eq!(
        required_members(&not_required),
        [("proof".to_string(), true), ("passwordCredential".to_string(), false)]
    );
    // A row saying it may be left out is not required; one saying only something else is.
    let may_be_left_out = [
        "Passing an empty string clears it, while passing `null` or not including the field preserves the existing value.",
        "Use an empty string to clear it, or use `null`/omit the field to preserve the existing value.",
        "The name. If omitted, the key's thumbprint is used.",
        "The name. If not set, the key's thumbprint is used.",
    ];
    let still_required = [
        "The name. It is not required to be unique.",
        "The optional claims to emit.",
        "A non-optional name.",
        "Required. If omitted, the request fails with `400 Bad Request`.",
        "The name. Don't omit the field.",
    ];
    let cases = may_be_left_out.iter().map(|d| (d, false)).chain(still_required.iter().map(|d| (d, true)));
    for (description, required) in cases {
        let text = text.replace("An optional name that can be provided to the key.", description);
        assert_eq!(
            required_members(&text),
            [("proof".to_string(), true), ("passwordCredential".to_string(), required)],
            "{description}"
        );
    }
}

#[test]
fn rows_marked_mandatory_under_an_all_required_sentence_are_the_required_ones() {
    let text = "---\ndoc_type: apiPageType\n---\n# numberAssignment: assignNumber\n\n## HTTP request\n```http\nPOST /admin/teams/telephoneNumberManagement/numberAssignments/assignNumber\n```\n\n## Request body\nThe following table lists the parameters that are required when you call this action.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|telephoneNumber|String|The number. (Mandatory parameter)|\n|assignmentCategory|String|The category. Default is Primary.|\n|locationId|String|The ID associated with an emergency address.|\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n";
    assert_eq!(
        required_members(text),
        [
            ("telephoneNumber".to_string(), true),
            ("assignmentCategory".to_string(), false),
            ("locationId".to_string(), false)
        ]
    );
    // Marked all alike, or none: the sentence holds for all.
    let none = text.replace(" (Mandatory parameter)", "");
    assert!(required_members(&none).iter().all(|(_, r)| *r));
    for not in [
        "Not mandatory.",
        "This parameter isn't mandatory.",
        "A non-mandatory number.",
        "Indicates if the number is mandatory.",
    ] {
        let text = text.replace("(Mandatory parameter)", not);
        assert!(required_members(&text).iter().all(|(_, r)| *r), "{not}");
    }
    for mark in
        ["Mandatory.", "(Mandatory)", "(Required parameter)", "(Mandatory parameter.)", "This field is mandatory."]
    {
        let text = text.replace("(Mandatory parameter)", mark);
        assert_eq!(required_members(&text).iter().filter(|(_, r)| *r).count(), 1, "{mark}");
    }
    // A row saying "Required." beside a marked one is required too.
    let text = text.replace("Default is Primary.", "Default is Primary. Required.");
    assert_eq!(required_members(&text).iter().filter(|(_, r)| *r).count(), 2);
}

#[test]
fn a_parameter_of_the_method_s_own_named_in_prose() {
    assert_eq!(
        parameters_named("This method also supports the `query` parameter which accepts a string value."),
        ["query"]
    );
    assert_eq!(parameters_named("Use the `settingType` query parameter to narrow the results."), ["settingType"]);
    assert!(parameters_named("you can use the `expand` parameter: `$expand=x`; `$top` parameter").is_empty());
    assert!(parameters_named("The `id` of the item.").is_empty());
    // A property a `$filter` expression names is none of the method's own.
    let page = |prose: &str| {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# List windows settings\n\n## HTTP request\n```http\nGET /me/settings/windows\n```\n\n## Optional query parameters\n{prose}\n"
        );
        let src = crate::SourceFile::new("a.md", &text);
        query_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new()))
            .into_iter()
            .map(|p| p.name)
            .collect::<Vec<_>>()
    };
    let filtered = "The result can be filtered by `windowsDeviceId` and `settingType` properties.\n\n1. **`settingType`**: The `settingType` parameter allows narrowing down the results.";
    assert!(page(filtered).is_empty());
    assert_eq!(page("Use the `settingType` query parameter to narrow the results."), ["settingType"]);
    assert_eq!(page("Use the `category` query parameter to filter the widgets by category."), ["category"]);
    // beta's driveItem copy: an instance annotation's name, and a note naming it short.
    let annotation = "This method supports the `@microsoft.graph.conflictBehavior` query parameter to customize the behavior when a conflict occurs.\n\n> The `conflictBehavior` parameter isn't supported for OneDrive Consumer.";
    assert_eq!(page(annotation), ["@microsoft.graph.conflictBehavior"]);
    // beta's driveItem get: the parameter shown with a value.
    assert_eq!(
        page("You can also use the `includeDeletedItems=true` query parameter to return deleted items."),
        ["includeDeletedItems"]
    );
}

#[test]
fn a_query_parameter_the_introduction_names_is_the_method_s_own() {
    // beta's OneNote "Create page": named before any section, called a query parameter.
    let names = |intro: &str| {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# Create page\n\n{intro}\n\n## HTTP request\n```http\nPOST /me/onenote/pages\n```\n"
        );
        let src = crate::SourceFile::new("a.md", &text);
        query_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new()))
            .into_iter()
            .map(|p| p.name)
            .collect::<Vec<_>>()
    };
    let intro = "Create a new page. To create a page in a different section, you can use the `sectionName` query parameter.  Example: `../onenote/pages?sectionName=My%20section`";
    assert_eq!(names(intro), ["sectionName"]);
    assert_eq!(
        names("To include deleted items, use the `includeDeletedItems=true` query parameter."),
        ["includeDeletedItems"]
    );
    assert!(names("Pass the `sectionName` parameter in the body.").is_empty(), "a parameter, not a query parameter");
    assert!(names("Use the `$select` query parameter.").is_empty(), "OData's");
    assert!(names("This API doesn't support the `sectionName` query parameter.").is_empty(), "denied");
    assert!(
        names("To create a page in a section by its name, use the `sectionName` query parameter of [Create page](onenote-post-pages.md).")
            .is_empty(),
        "another api page's"
    );
}

#[test]
fn values_a_named_query_parameter_supports_are_its_values() {
    // beta's chat getAllMessages: "`model` query parameter, which supports the values `A` and `B`".
    let values = |prose: &str| {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# chat: getAllMessages\n\n## HTTP request\n```http\nGET /users/{{id}}/chats/getAllMessages\n```\n\n## Optional query parameters\n{prose}\n"
        );
        let src = crate::SourceFile::new("a.md", &text);
        query_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new()))
            .into_iter()
            .map(|p| (p.name, p.values))
            .collect::<Vec<_>>()
    };
    let listed = "You can use the `model` query parameter, which supports the values `A` and `B`, based on the preferred licensing and payment model.";
    assert_eq!(values(listed), [("model".to_string(), vec!["A".to_string(), "B".to_string()])]);
    let open = "You can use the `model` query parameter to choose the licensing model.";
    assert_eq!(values(open), [("model".to_string(), Vec::<String>::new())]);
}

fn page_permissions(table: &str) -> PagePermissions {
    let text = format!("---\ndoc_type: apiPageType\n---\n# Get x\n\n## Permissions\n{table}\n## HTTP request\n");
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    permissions(&page, &mut Vec::new())
}

/// v1.0's checkMemberGroups: a table per resource under "### Group memberships for a …"; the
/// action's own segment (`checkMemberGroups`, "groups") is not the resource a line reaches.
#[test]
fn an_action_s_own_segment_does_not_pick_the_resource_s_table() {
    let table = |scope: &str| {
        format!(
            "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|{scope}|\n|Application|{scope}|\n"
        )
    };
    let p = page_permissions(&format!(
        "### Group memberships for a directory object\n\n{}\n### Group memberships for a group\n\n{}\n### Group memberships for a service principal\n\n{}",
        table("Directory.Read.All"),
        table("GroupMember.Read.All"),
        table("Application.Read.All")
    ));
    let of = |path: &str| p.for_path(Method::Post, path, None, false).application;
    assert_eq!(of("/servicePrincipals/{id}/checkMemberGroups"), ["Application.Read.All"]);
    assert_eq!(of("/directoryObjects/{id}/checkMemberGroups"), ["Directory.Read.All"]);
    assert_eq!(of("/groups/{id}/checkMemberGroups"), ["GroupMember.Read.All"]);
}

#[test]
fn prose_allowing_one_kind_of_token_beside_a_missing_include_is_that_kind() {
    // beta's usageRightsIncluded get: the include missing, "This API requires delegated permissions.
    // Application permissions are not supported for checking rights …".
    let include = "[!INCLUDE [permissions-table](../includes/permissions/x-get-permissions.md)]\n\n";
    let p = page_permissions(&format!(
        "{include}This API requires delegated permissions. Application permissions are not supported for checking rights for a specific user context.\n"
    ));
    let got = p.for_path(Method::Get, "/x", None, false);
    assert_eq!((got.delegated_work.len(), got.application.len()), (1, 0), "{got:?}");
    // "This action only supports application permissions.", in the lead, beside a table per resource.
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# scheduleChangeRequest: approveForUser\n\nApprove a request for a user. This action only supports application permissions.\n\n## Permissions\nPermissions for [offerShiftRequest](../resources/offershiftrequest.md):\n\n{include}## HTTP request\n"
    );
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let got = permissions(&page, &mut Vec::new()).for_path(
        Method::Post,
        "/x/offerShiftRequests/{id}/approveForUser",
        None,
        false,
    );
    assert_eq!((got.delegated_work.len(), got.application.len()), (0, 1), "{got:?}");
    // A sentence about other APIs, or a table naming scopes: as before.
    let p =
        page_permissions(&format!("{include}All other members of the group API support only delegated permissions.\n"));
    assert!(p.for_path(Method::Get, "/x", None, false).is_empty());
    let p = page_permissions(
        "|Permission type|Permissions|\n|:--|:--|\n|Delegated (work or school account)|X.Read|\n|Application|X.Read.All|\n\nApplication permissions are not supported.\n",
    );
    assert_eq!(p.for_path(Method::Get, "/x", None, false).application, ["X.Read.All"]);
}

#[test]
fn prose_allowing_one_kind_of_token_is_read_in_a_sentence_naming_another_user() {
    // "other" is a word about other APIs; "another" (found by substring) is not: the sentence
    // still allows one kind of token.
    let include = "[!INCLUDE [permissions-table](../includes/permissions/x-get-permissions.md)]\n\n";
    for prose in [
        "This API supports only delegated permissions, because it reads the rights of the signed-in user rather than another user.",
        "Application permissions are not supported, because the call reads another user's rights.",
    ] {
        let p = page_permissions(&format!("{include}{prose}\n"));
        let got = p.for_path(Method::Get, "/x", None, false);
        assert_eq!((got.delegated_work.len(), got.application.len()), (1, 0), "{prose}: {got:?}");
    }
}

#[test]
fn prose_allowing_one_kind_of_token_on_one_line_only_is_not_every_line_s() {
    // A sentence narrowing one line's kind ("When called with the `/me` alias, this API requires
    // delegated permissions") says nothing of the `/users/{id}` line beside it.
    let include = "[!INCLUDE [permissions-table](../includes/permissions/x-get-permissions.md)]\n\n";
    let p = page_permissions(&format!(
        "{include}When called with the `/me` alias, this API requires delegated permissions.\n"
    ));
    let got = p.for_path(Method::Get, "/users/{id}/x", None, false);
    assert!(got.delegated_work.is_empty() && got.application.is_empty(), "no kind known for the line: {got:?}");
}

#[test]
fn scopes_an_older_page_lists_one_an_item_are_alternatives() {
    // beta's drive item delta (an older page): "One of the following **scopes** is required …:" over bullets.
    let p = page_permissions(
        "One of the following **scopes** is required to execute this API:\n\n* Files.Read\n* Files.ReadWrite.All\n",
    );
    assert_eq!(
        p.for_path(Method::Get, "/me/drive/root/delta", None, false).delegated_work,
        ["Files.Read", "Files.ReadWrite.All"]
    );
    // The list in one line (beta's onenoteOperation get).
    let p = page_permissions(
        "One of the following **scopes** is required to execute this API:  \n\nNotes.Create, Notes.Read, Notes.ReadWrite, Notes.Read.All, or Notes.ReadWrite.All  \n",
    );
    assert_eq!(
        p.for_path(Method::Get, "/me/onenote/operations/{id}", None, false).delegated_work,
        ["Notes.Create", "Notes.Read", "Notes.ReadWrite", "Notes.Read.All", "Notes.ReadWrite.All"]
    );
    // The list in the sentence, joined by "or" in any letter case (beta's older directoryObject get).
    for or in ["or", "OR"] {
        let p = page_permissions(&format!(
            "One of the following **scopes** is required to execute this API: _Directory.Read.All_ {or} _Directory.AccessAsUser.All_\n"
        ));
        let got = p.for_path(Method::Get, "/directoryObjects/{id}", None, false).delegated_work;
        assert_eq!(got, ["Directory.Read.All", "Directory.AccessAsUser.All"], "{or}");
    }
    // The scope in the sentence's paragraph, then one some calls need besides (beta's older invitation create).
    let p = page_permissions(
        "The following **scopes** are required to execute this API:\n*Directory.ReadWrite.All*\nAdditionally, if you are inviting a user to a group, you'll need to request \n*Group.ReadWrite.All*\n",
    );
    assert_eq!(p.for_path(Method::Post, "/invitations", None, false).delegated_work, ["Directory.ReadWrite.All"]);
    // Items that are no scope alone, or a list nothing introduces as scopes, name none.
    let p = page_permissions("The following items are shown:\n\n* Files.Read\n");
    assert!(p.for_path(Method::Get, "/me/drive/root/delta", None, false).delegated_work.is_empty());
}

#[test]
fn scopes_some_calls_need_besides_the_listed_are_no_alternatives() {
    // v1.0's checkMemberObjects: "… <br>And:<ul><li>If checking for membership in groups: …".
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|User.ReadBasic.All, User.Read.All<br><br>In addition:<br><br><ul><li>If checking for membership in groups: Group.Read.All, Group.ReadWrite.All</li></ul>Directory.Read.All, Directory.ReadWrite.All|\n|Application|User.Read.All<br>And:<ul><li>If checking for membership in groups, one or more of these permissions are also needed: Group.Read.All</li></ul>|\n",
    );
    let got = p.for_path(Method::Post, "/users/{id}/checkMemberObjects", None, false);
    // (What follows the list is listed too.)
    assert_eq!(
        got.delegated_work,
        ["User.ReadBasic.All", "User.Read.All", "Directory.Read.All", "Directory.ReadWrite.All"]
    );
    assert_eq!(got.application, ["User.Read.All"]);
}

#[test]
fn scopes_some_calls_need_besides_are_no_alternatives_in_an_included_table_too() {
    // The same cell as v1.0's checkMemberObjects, in the permissions include newer pages use: the
    // cell's span is the include file's, not the page's.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|User.Read.All|\n|Application|User.Read.All<br>And:<ul><li>If checking for membership in groups, one or more of these permissions are also needed: Group.Read.All</li></ul>|\n";
    let files = [
        crate::SourceFile::new(
            "v1.0/api/user-checkmemberobjects.md",
            "---\ndoc_type: apiPageType\n---\n# user: checkMemberObjects\n\n## Permissions\n[!INCLUDE [permissions-table](../includes/permissions/user-checkmemberobjects-permissions.md)]\n\n## HTTP request\n",
        ),
        crate::SourceFile::new("v1.0/includes/permissions/user-checkmemberobjects-permissions.md", table),
    ];
    let includes = crate::source::Includes::new(&files);
    let page = Page::parse(crate::FileId(0), &files[0], &mut Vec::new()).with_includes(&includes);
    let p = permissions(&page, &mut Vec::new());
    let got = p.for_path(Method::Post, "/users/{id}/checkMemberObjects", None, false);
    assert_eq!(got.application, ["User.Read.All"]);
}

#[test]
fn a_table_per_resource_under_its_heading_answers_the_paths_that_name_it() {
    let table = |scopes: &str| {
        format!(
            "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|{scopes}|\n|Application|Not supported.|\n"
        )
    };
    let p = page_permissions(&format!(
        "### Permissions for channel\n{}\n### Permissions for chat\n{}",
        table("ChannelMessage.Send"),
        table("Chat.ReadWrite, ChatMessage.Send")
    ));
    assert_eq!(
        p.for_path(Method::Get, "/teams/{t}/channels/{c}/messages/{m}/setReaction", None, false).delegated_work,
        ["ChannelMessage.Send"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/chats/{c}/messages/{m}/setReaction", None, false).delegated_work,
        ["Chat.ReadWrite", "ChatMessage.Send"]
    );
    let p = page_permissions(&format!(
        "### For applications:\n{}\n### For groups:\n{}",
        table("Application.Read.All"),
        table("Group.Read.All")
    ));
    assert_eq!(
        p.for_path(Method::Get, "/directory/deletedItems/microsoft.graph.group", None, false).delegated_work,
        ["Group.Read.All"]
    );
    // An item of any kind: any table's.
    assert_eq!(p.for_path(Method::Get, "/directory/deletedItems/{id}", None, false).delegated_work.len(), 2);
    // A heading naming two objects, one of them by its words (`servicePrincipal`).
    let p = page_permissions(&format!(
        "### For applications and service principals:\n{}\n### For users:\n{}\n### For groups:\n{}",
        table("Application.Read.All"),
        table("User.Read.All"),
        table("Group.Read.All")
    ));
    for cast in ["application", "servicePrincipal"] {
        let line = format!("/directory/deleteditems/microsoft.graph.{cast}");
        assert_eq!(p.for_path(Method::Get, &line, None, false).delegated_work, ["Application.Read.All"], "{cast}");
    }
    assert_eq!(
        p.for_path(Method::Get, "/directory/deletedItems/microsoft.graph.user", None, false).delegated_work,
        ["User.Read.All"]
    );
    // Labels on lines of their own.
    let p = page_permissions(&format!(
        "For applications:\n\n{}\nFor users:\n\n{}",
        table("Application.Read.All"),
        table("User.Read.All")
    ));
    assert_eq!(
        p.for_path(Method::Get, "/directory/deletedItems/microsoft.graph.user", None, false).delegated_work,
        ["User.Read.All"]
    );
    // The signed-in user and other users: `/me` and the rest.
    let p = page_permissions(&format!(
        "### Permissions acting on self\n{}\n### Permissions acting on other users\n{}",
        table("Mail.Read"),
        table("Mail.Read.Shared")
    ));
    assert_eq!(p.for_path(Method::Get, "/me/messages", None, false).delegated_work, ["Mail.Read"]);
    assert_eq!(p.for_path(Method::Get, "/users/{id}/messages", None, false).delegated_work, ["Mail.Read.Shared"]);
    // The same headings at the level of Permissions, right after it (beta's hardware OATH methods).
    let p = page_permissions(&format!(
        "Choose the least privileged.\n\n## Permissions acting on self\n{}\n## Permissions acting on other users\n{}",
        table("Mail.Read"),
        table("Mail.Read.Shared")
    ));
    assert_eq!(p.for_path(Method::Get, "/me/messages", None, false).delegated_work, ["Mail.Read"]);
    assert_eq!(p.for_path(Method::Get, "/users/{id}/messages", None, false).delegated_work, ["Mail.Read.Shared"]);
    // A column per caller (beta's authentication methods).
    let p = page_permissions(
        "|Permission type|Permissions acting on self (from least to most privileged)|Permissions acting on others (from least to most privileged)|\n|:---|:---|:--|\n| Delegated (work or school account) | UserAuthenticationMethod.ReadWrite | UserAuthenticationMethod.ReadWrite.All |\n| Delegated (personal Microsoft account) | Not supported. | Not supported. |\n| Application | Not applicable. | UserAuthenticationMethod.ReadWrite.All |\n",
    );
    let me = p.for_path(Method::Delete, "/me/authentication/fido2Methods/{id}", None, false);
    assert_eq!(me.delegated_work, ["UserAuthenticationMethod.ReadWrite"]);
    assert!(me.application.is_empty(), "{me:?}");
    let others = p.for_path(Method::Delete, "/users/{id}/authentication/fido2Methods/{id2}", None, false);
    assert_eq!(others.delegated_work, ["UserAuthenticationMethod.ReadWrite.All"]);
    assert_eq!(others.application, ["UserAuthenticationMethod.ReadWrite.All"]);
    // A page writing no `/me` line (beta's FIDO2 method delete): its `/users` line is the self
    // table's too, a user passing their own id.
    let mut p = p;
    p.no_me_line = true;
    let both = p.for_path(Method::Delete, "/users/{id}/authentication/fido2Methods/{id2}", None, false);
    assert_eq!(both.delegated_work, ["UserAuthenticationMethod.ReadWrite", "UserAuthenticationMethod.ReadWrite.All"]);
    assert_eq!(both.application, ["UserAuthenticationMethod.ReadWrite.All"]);
    // A sentence is no label.
    let p = page_permissions(&format!("For details, see the permissions reference.\n\n{}", table("Mail.Read")));
    assert_eq!(p.for_path(Method::Get, "/me/messages", None, false).delegated_work, ["Mail.Read"]);
    // A provider named with an aside: its words, without the aside and "provider".
    let p = page_permissions(&format!(
        "### For Cloud PC provider\n{}\n### For Device management (Intune) provider\n{}\n### For Directory (Microsoft Entra ID) provider\n{}\n### For an entitlement management provider\n{}",
        table("CloudPC.Read.All"),
        table("DeviceManagementRBAC.Read.All"),
        table("RoleManagement.Read.Directory"),
        table("EntitlementManagement.Read.All")
    ));
    let scopes = |path: &str| p.for_path(Method::Get, path, None, false).delegated_work;
    assert_eq!(scopes("/roleManagement/deviceManagement/roleDefinitions/{id}"), ["DeviceManagementRBAC.Read.All"]);
    assert_eq!(scopes("/roleManagement/cloudPC/roleDefinitions/{id}"), ["CloudPC.Read.All"]);
    assert_eq!(scopes("/roleManagement/directory/roleDefinitions/{id}"), ["RoleManagement.Read.Directory"]);
    assert_eq!(scopes("/roleManagement/entitlementManagement/roleDefinitions"), ["EntitlementManagement.Read.All"]);
    // Headings of what each table is for (the profile photo's page).
    let p = page_permissions(&format!(
        "### To retrieve the profile photo of a contact\n{}\n### To retrieve the profile photo of a group\n{}\n### To retrieve the profile photo of a team\n{}\n### To retrieve the profile photo of a user\n{}",
        table("Contacts.Read"),
        table("Group.Read.All"),
        table("Team.ReadBasic.All"),
        table("User.Read")
    ));
    let scopes = |path: &str| p.for_path(Method::Get, path, None, false).delegated_work;
    assert_eq!(scopes("/me/photo/$value"), ["User.Read"]);
    assert_eq!(scopes("/users/{id}/contacts/{contactId}/photo"), ["Contacts.Read"]);
    assert_eq!(scopes("/groups/{id}/photos/{size}"), ["Group.Read.All"]);
    assert_eq!(scopes("/team/{id}/photo"), ["Team.ReadBasic.All"]);
}

#[test]
fn a_row_per_resource_answers_the_path_that_names_it() {
    let p = page_permissions(
        "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n|:---|:---|:---|:---|\n| [event](event.md) | Calendars.Read | Calendars.Read | Calendars.Read |\n| [group event](event.md) | Group.Read.All | Not supported | Not supported |\n| [personal contact](contact.md) | Contacts.Read | Contacts.Read | Contacts.Read |\n| [user](user.md) | User.Read | User.Read | User.Read.All |\n",
    );
    assert_eq!(
        p.for_path(Method::Get, "/users/{id}/events/{e}/extensions/{x}", None, false).delegated_work,
        ["Calendars.Read"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/groups/{id}/events/{e}/extensions/{x}", None, false).delegated_work,
        ["Group.Read.All"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/me/contacts/{c}/extensions", None, false).delegated_personal,
        ["Contacts.Read"]
    );
    assert_eq!(p.for_path(Method::Get, "/me/extensions", None, false).application, ["User.Read.All"]);
    // A path naming none of them: any row's.
    assert_eq!(p.for_path(Method::Get, "/subscriptions", None, false).delegated_work.len(), 4);
    // Where no segment is a label's word, the words of camelCase segments: beta's PIM pages,
    // "Azure resources" for `/privilegedAccess/azureResources/roleDefinitions`.
    let p = page_permissions(
        "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n|:-|:-|:-|:-|\n| Microsoft Entra ID | PrivilegedAccess.ReadWrite.AzureAD | Not supported. | PrivilegedAccess.Read.AzureAD |\n| Azure resources | PrivilegedAccess.ReadWrite.AzureResources | Not supported. | PrivilegedAccess.Read.AzureResources |\n| [group](../resources/group.md) | PrivilegedAccess.ReadWrite.AzureADGroup | Not supported. | PrivilegedAccess.Read.AzureADGroup |\n",
    );
    for path in [
        "/privilegedAccess/azureResources/roleDefinitions",
        "/privilegedAccess/azureResources/resources/{id}/roleDefinitions",
    ] {
        assert_eq!(
            p.for_path(Method::Get, path, None, false).delegated_work,
            ["PrivilegedAccess.ReadWrite.AzureResources"],
            "{path}"
        );
    }
    assert_eq!(
        p.for_path(Method::Get, "/privilegedAccess/aadGroups/roleDefinitions", None, false).delegated_work,
        ["PrivilegedAccess.ReadWrite.AzureADGroup"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/privilegedAccess/roleSettings", None, false).delegated_work.len(),
        3,
        "none named"
    );
    let p = page_permissions(
        "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n|:-----|:-----|:-----|:-----|\n| [event](../resources/event.md) | Calendars.ReadWrite | Calendars.ReadWrite | Calendars.ReadWrite |\n| [outlookTask](../resources/outlooktask.md) |  Tasks.ReadWrite | Tasks.ReadWrite | Not supported |\n",
    );
    let task = p.for_path(Method::Delete, "/me/outlook/tasks/{id}/attachments/{attachments-id}", None, false);
    assert_eq!(
        (task.delegated_work, task.application),
        (vec!["Tasks.ReadWrite".to_string()], vec![]),
        "a camelCase label"
    );
    // A type's name among other rows, by its words: the To Do rows of the open extension pages,
    // beside `user`, whose path comes first.
    let p = page_permissions(
        "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n|:-----|:-----|:-----|:-----|\n| [todoTask](../resources/todotask.md) | Tasks.ReadWrite | Tasks.ReadWrite | Tasks.ReadWrite.All |\n| [todoTaskList](../resources/todotasklist.md) | Lists.ReadWrite | Lists.ReadWrite | Lists.ReadWrite.All |\n| [user](../resources/user.md) | User.ReadWrite.All | User.ReadWrite | User.ReadWrite.All |\n",
    );
    let work = |path: &str| p.for_path(Method::Post, path, None, false).delegated_work;
    assert_eq!(work("/users/{id}/todo/lists/{listId}/tasks/{taskId}/extensions"), ["Tasks.ReadWrite"]);
    assert_eq!(work("/users/{id}/todo/lists/{listId}/tasks"), ["Tasks.ReadWrite"]);
    assert_eq!(work("/users/{id}/todo/lists/{listId}/extensions"), ["Lists.ReadWrite"]);
    assert_eq!(work("/users/{id}/todo/lists"), ["Lists.ReadWrite"]);
    assert_eq!(work("/users/{id}/extensions"), ["User.ReadWrite.All"]);
    // Not a label only some of whose words are the path's: v1.0's audit log queries, a row per service.
    let p = page_permissions(
        "|Microsoft 365 service|Delegated (work or school account)|Delegated (personal Microsoft account)|Application|\n|:---|:---|:---|:---|\n|Microsoft OneDrive|AuditLogsQuery-OneDrive.Read.All|Not supported|AuditLogsQuery-OneDrive.Read.All|\n|All Audit Logs|AuditLogsQuery.Read.All|Not supported|AuditLogsQuery.Read.All|\n",
    );
    assert_eq!(p.for_path(Method::Get, "/security/auditLog/queries", None, false).delegated_work.len(), 2);
}

#[test]
fn scopes_needed_together_are_one_alternative() {
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Policy.Read.All and Application.ReadWrite.All, Directory.AccessAsUser.All|\n|Application|Application.ReadWrite.OwnedBy plus Directory.Read.All|\n",
    );
    let all = p.for_path(Method::Get, "/applications/{id}/tokenIssuancePolicies", None, false);
    assert_eq!(all.delegated_work, ["Policy.Read.All and Application.ReadWrite.All", "Directory.AccessAsUser.All"]);
    assert_eq!(all.application, ["Application.ReadWrite.OwnedBy and Directory.Read.All"]);
    let together: Vec<&str> = Permissions::scopes_of(&all.application[0]).collect();
    assert_eq!(together, ["Application.ReadWrite.OwnedBy", "Directory.Read.All"]);
}

#[test]
fn a_scope_of_a_product_in_lower_camel_case_is_a_scope() {
    // beta's legacy eDiscovery: `eDiscovery.Read.All`; a namespace or an abbreviation is none.
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|eDiscovery.Read.All, eDiscovery.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported, e.g. for microsoft.graph.user.|\n|Application|Not supported.|\n",
    );
    let all = p.for_path(Method::Get, "/compliance/ediscovery/cases", None, false);
    assert_eq!(all.delegated_work, ["eDiscovery.Read.All", "eDiscovery.ReadWrite.All"]);
    assert!(all.delegated_personal.is_empty() && all.application.is_empty(), "{all:?}");
}

#[test]
fn plus_applies_to_each_scope_of_the_list() {
    let p = page_permissions(
        "|Permission type|Permissions|\n|:---|:---|\n|Delegated (work or school account)|One from EduRoster.ReadBasic, EduRoster.Read plus either Directory.Read.All or User.Read|\n|Application|EduRoster.Read.All, EduRoster.ReadWrite.All plus Directory.Read.All|\n|Delegated (personal Microsoft account)|User.Read.All and Group.Read.All User.ReadWrite.All and Group.Read.All, DeviceManagementManaged Devices.ReadWrite.All|\n",
    );
    let all = p.for_path(Method::Get, "/education/me/user", None, false);
    assert_eq!(
        all.delegated_work,
        [
            "EduRoster.ReadBasic and Directory.Read.All",
            "EduRoster.ReadBasic and User.Read",
            "EduRoster.Read and Directory.Read.All",
            "EduRoster.Read and User.Read"
        ]
    );
    assert_eq!(
        all.application,
        ["EduRoster.Read.All and Directory.Read.All", "EduRoster.ReadWrite.All and Directory.Read.All"]
    );
    let pair_first =
        page_permissions("|Permission type|Permissions|\n|:---|:---|\n|Application|A.Read plus B.Read, C.Read|\n");
    assert_eq!(pair_first.for_path(Method::Get, "/x", None, false).application, ["A.Read and B.Read", "C.Read"]);
    assert_eq!(
        all.delegated_personal,
        [
            "User.Read.All and Group.Read.All",
            "User.ReadWrite.All and Group.Read.All",
            "DeviceManagementManagedDevices.ReadWrite.All"
        ]
    );
}

#[test]
fn a_scope_marked_available_soon_is_no_scope_yet() {
    // The custom security attributes' allowed values: "CustomSecAttributeDefinition.Read.All
    // (Available soon), CustomSecAttributeDefinition.ReadWrite.All, …".
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|CustomSecAttributeDefinition.Read.All (Available soon), CustomSecAttributeDefinition.ReadWrite.All, CustomSecAttributeAssignment.ReadWrite.All|\n|Application|CustomSecAttributeDefinition.Read.All (coming soon), CustomSecAttributeDefinition.ReadWrite.All|\n",
    );
    let all = p.for_path(Method::Get, "/directory/customSecurityAttributeDefinitions/{id}/allowedValues", None, false);
    assert_eq!(
        all.delegated_work,
        ["CustomSecAttributeDefinition.ReadWrite.All", "CustomSecAttributeAssignment.ReadWrite.All"]
    );
    assert_eq!(all.application, ["CustomSecAttributeDefinition.ReadWrite.All"]);
}

#[test]
fn a_cell_s_note_and_capital_connectives_and_groups_of_alternatives() {
    // The agent identity pages: a note naming a scope that cannot be used; "A AND B"; and
    // "(A or B) AND (C, or D)".
    let p = page_permissions(
        "|Permission type|Least privileged permission|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|AgentInstance.Read.All AND AgentCardManifest.Read.All|Directory.ReadWrite.All  <br><br> Note: Directory.AccessAsUser.All cannot be used to perform this operation.|\n|Application|AgentInstance.Read.All|(AgentInstance.ReadWrite.All or AgentInstance.ReadWrite.ManagedBy) AND (AgentCardManifest.ReadWrite.All, or AgentCardManifest.ReadWrite.ManagedBy)|\n",
    );
    let all = p.for_path(Method::Get, "/agentRegistry/agentInstances", None, false);
    assert_eq!(
        all.delegated_work,
        ["AgentInstance.Read.All and AgentCardManifest.Read.All", "Directory.ReadWrite.All"]
    );
    assert_eq!(
        all.application,
        [
            "AgentInstance.Read.All",
            "AgentInstance.ReadWrite.All and AgentCardManifest.ReadWrite.All",
            "AgentInstance.ReadWrite.All and AgentCardManifest.ReadWrite.ManagedBy",
            "AgentInstance.ReadWrite.ManagedBy and AgentCardManifest.ReadWrite.All",
            "AgentInstance.ReadWrite.ManagedBy and AgentCardManifest.ReadWrite.ManagedBy"
        ]
    );
    // A scope named "Notes…" is no note; a bold note is one.
    let notes = page_permissions(
        "|Permission type|Permissions|\n|:---|:---|\n|Application|Notes.Read.All, Notes.ReadWrite.All **Note**: Directory.AccessAsUser.All cannot be used.|\n",
    );
    assert_eq!(notes.for_path(Method::Get, "/x", None, false).application, ["Notes.Read.All", "Notes.ReadWrite.All"]);
    // A group beside a bare list is no product of groups.
    let bare = page_permissions(
        "|Permission type|Permissions|\n|:---|:---|\n|Application|(A.Read or B.Read) and C.Read, D.Read|\n",
    );
    let read = bare.for_path(Method::Get, "/x", None, false).application;
    assert!(!read.iter().any(|s| s == "A.Read and D.Read"), "{read:?}");
}

#[test]
fn a_list_of_resources_and_scopes_is_a_row_per_resource() {
    let p = page_permissions(
        "One of the following permissions is required to call this API.\n\n* If accessing attachments in messages: Mail.Read.\n* If accessing attachments in events: Calendars.Read.\n* If accessing attachments in group posts: Group.Read.All.\n\n> **Note** To update the photo of any user, your app must have the User.ReadWrite.All application permission.\n",
    );
    assert_eq!(p.for_path(Method::Get, "/me/messages/{id}/attachments/{a}", None, false).delegated_work, ["Mail.Read"]);
    assert_eq!(
        p.for_path(Method::Get, "/groups/{id}/threads/{t}/posts/{p}/attachments/{a}", None, false).delegated_work,
        ["Group.Read.All"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/me/events/{id}/attachments/{a}", None, false).delegated_work,
        ["Calendars.Read"]
    );
    assert!(p.for_path(Method::Get, "/me/events/{id}/attachments/{a}", None, false).application.is_empty());
    let p = page_permissions(
        "- Profile photo of the signed-in **user** - User.ReadWrite, User.ReadWrite.All\n- Profile photo of a **group** - Group.ReadWrite.All\n- Photo of a **contact** - Contacts.ReadWrite\n",
    );
    assert_eq!(
        p.for_path(Method::Get, "/me/photo/$value", None, false).delegated_work,
        ["User.ReadWrite", "User.ReadWrite.All"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/groups/{id}/photo/$value", None, false).delegated_work,
        ["Group.ReadWrite.All"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/me/contacts/{id}/photo/$value", None, false).delegated_work,
        ["Contacts.ReadWrite"]
    );
}

#[test]
fn least_and_higher_privileged_columns_are_both_read() {
    let p = page_permissions(
        "|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|User.Read|User.ReadWrite, Directory.Read.All|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|User.Read.All|Not available.|\n",
    );
    let all = p.for_path(Method::Get, "/me", None, false);
    assert_eq!(all.delegated_work, ["User.Read", "User.ReadWrite", "Directory.Read.All"]);
    assert!(all.delegated_personal.is_empty());
    assert_eq!(all.application, ["User.Read.All"]);
}

#[test]
fn intune_sub_rows_belong_to_the_row_above() {
    let p = page_permissions(
        "|Permission type|Permissions (from most to least privileged)|\n|:---|:---|\n|Delegated (work or school account)||\n| &nbsp; &nbsp; Onboarding | DeviceManagementServiceConfig.ReadWrite.All|\n| &nbsp; &nbsp; Apps | DeviceManagementApps.ReadWrite.All, DeviceManagementServiceConfig.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|Not supported.|\n",
    );
    let all = p.for_path(Method::Get, "/deviceManagement", None, false);
    assert_eq!(
        all.delegated_work,
        ["DeviceManagementServiceConfig.ReadWrite.All", "DeviceManagementApps.ReadWrite.All"]
    );
    assert!(all.delegated_personal.is_empty() && all.application.is_empty());
}

/// checkMemberObjects: a table per kind of object under "Memberships for a user", "… for a group".
#[test]
fn headings_naming_what_is_read_for_whom_label_their_tables() {
    let table = |scope: &str| {
        format!(
            "|Permission type|Permissions|\n|:---|:---|\n|Delegated (work or school account)|{scope}|\n|Application|{scope}|\n"
        )
    };
    let p = page_permissions(&format!(
        "### Memberships for a directory object\n{}\n### Memberships for a user\n{}\n### Memberships for a group\n{}",
        table("Directory.Read.All"),
        table("User.Read.All"),
        table("GroupMember.Read.All")
    ));
    let at = |path: &str| p.for_path(Method::Post, path, None, false).application;
    assert_eq!(at("/users/{id}/checkMemberObjects"), ["User.Read.All"]);
    assert_eq!(at("/groups/{id}/checkMemberObjects"), ["GroupMember.Read.All"]);
    assert_eq!(at("/directoryObjects/{id}/checkMemberObjects"), ["Directory.Read.All"]);
    assert_eq!(super::permissions::resource_heading("For details, see the overview for a user", true), None);
    // beta's directoryObject delete: "### Delete a user", "### Delete a group", "### Delete an
    // application or service principal", over one path naming none of them: every table's scopes.
    let p = page_permissions(&format!(
        "### Delete a user\n{}\n### Delete a group\n{}\n### Delete an application or service principal\n{}",
        table("User.ReadWrite.All"),
        table("Group.ReadWrite.All"),
        table("Application.ReadWrite.All")
    ));
    let at = |path: &str| p.for_path(Method::Delete, path, None, false).application;
    assert_eq!(
        at("/directoryObjects/{id}"),
        ["User.ReadWrite.All", "Group.ReadWrite.All", "Application.ReadWrite.All"]
    );
    assert_eq!(at("/groups/{id}"), ["Group.ReadWrite.All"]);
    assert_eq!(super::permissions::resource_heading("Delete a user", true), Some("a user"));
    assert_eq!(super::permissions::resource_heading("Delete a user", false), None);
    assert_eq!(super::permissions::resource_heading("Permissions", true), None);
}

/// oauth2PermissionGrant's delta page: the application row's label damaged.
#[test]
fn a_row_naming_no_permission_type_after_the_personal_account_s_is_the_application_s() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get x\n\n## Permissions\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Directory.Read.All|\n|Delegated (personal Microsoft account)|Not supported.|\n|oauth2permissiongrant | Directory.Read.All, DelegatedPermissionGrant.ReadWrite.All|\n\n## HTTP request\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    let all = permissions(&page, &mut diags).for_path(Method::Get, "/oauth2PermissionGrants/delta", None, false);
    assert_eq!(all.delegated_work, ["Directory.Read.All"]);
    assert!(all.delegated_personal.is_empty(), "{:?}", all.delegated_personal);
    assert_eq!(all.application, ["Directory.Read.All", "DelegatedPermissionGrant.ReadWrite.All"]);
    assert!(diags.iter().any(|d| d.code == crate::codes::PERMISSION_TYPE), "{diags:?}");
}

#[test]
fn a_link_giving_the_list_of_properties_names_the_body() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update conditionalAccessPolicy\n\n## HTTP request\n```http\nPATCH /identity/conditionalAccess/policies/{id}\n```\n\n## Request body\nIn the request body, supply the values for relevant fields that should be updated.\n\nFor the list of properties, see [conditionalAccessPolicy](../resources/conditionalaccesspolicy.md).\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = super::super::extract_api_page(&page, &mut Vec::new());
    let body = out.operations[0].operation.request_body.as_ref().expect("a body");
    assert!(
        matches!(&body.shape, Shape::Type(TypeRef::Named(n)) if n == "conditionalAccessPolicy"),
        "{:?}",
        body.shape
    );
}

#[test]
fn a_sentence_denying_something_of_a_linked_type_does_not_name_the_body() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update place\n\n## HTTP request\n```http\nPATCH /places/{id}\n```\n\n## Request body\n> [!Note]\n> You can't use this API to update the **id** or **bookingType** of a [place](../resources/place.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|phone|String|The phone.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let names: Vec<String> = required_members(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["displayName", "phone"], "the table is the body");
    // Said plainly, the link names it.
    let plain =
        text.replace("You can't use this API to update the **id** or **bookingType** of", "Supply the properties of");
    let src = crate::SourceFile::new("a.md", plain);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = super::super::extract_api_page(&page, &mut Vec::new());
    let body = out.operations[0].operation.request_body.as_ref().expect("a body");
    assert!(matches!(&body.shape, Shape::Type(TypeRef::Named(n)) if n == "place"), "{:?}", body.shape);
    // A denial after the link, or in another sentence, or of a word holding the name: still the body.
    for said in [
        "In the request body, supply a JSON representation of the [place](../resources/place.md) object, but don't include the **id** property.",
        "You can't change the **id** of a place. In the request body, supply a JSON representation of the [place](../resources/place.md) object.",
        "Existing values you don't include aren't replaced; supply a JSON representation of the [place](../resources/place.md) object.",
        "Properties that aren't supplied keep their current values, so supply a JSON representation of the [place](../resources/place.md) object.",
        "To add it to this notebook, supply a JSON representation of the [place](../resources/place.md) object.",
    ] {
        let text = text.replace(
            "> [!Note]\n> You can't use this API to update the **id** or **bookingType** of a [place](../resources/place.md) object.",
            said,
        ).replace("|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n|phone|String|The phone.|\n", "");
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&page, &mut Vec::new());
        let body = out.operations[0].operation.request_body.as_ref().expect("a body");
        assert!(matches!(&body.shape, Shape::Type(TypeRef::Named(n)) if n == "place"), "{said}: {:?}", body.shape);
    }
    // More ways of denying.
    for said in ["This API doesn't support updating the **id** of a", "You aren't able to update the **id** of a"] {
        let text = text.replace("You can't use this API to update the **id** or **bookingType** of a", said);
        let names: Vec<String> = required_members(&text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["displayName", "phone"], "{said}");
    }
}

#[test]
fn a_property_table_after_a_qualifier_column_is_read() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update permission\n\n## HTTP request\n```http\nPATCH /storage/fileStorage/containers/{containerId}/permissions/{permissionId}\n```\n\n## Request body\nIn the request body, supply the new value for the **roles** property.\n\n|Permission type|Property|Type|Description|\n|:---|:---|:---|:---|\n|User|roles|Collection of String|Supported roles are `reader` and `owner`.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    assert_eq!(required_members(text), [("roles".to_string(), false)]);
    // A property under two qualifiers: once, as its first row says.
    let twice = text.replace(
        "|User|roles|Collection of String|Supported roles are `reader` and `owner`.|",
        "|User|roles|Collection of String|Any role.|\n|Application|roles|Collection of String|Reader only.|",
    );
    let src = crate::SourceFile::new("a.md", twice);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = super::super::extract_api_page(&page, &mut Vec::new());
    let Some(Shape::Object(members)) = out.operations[0].operation.request_body.as_ref().map(|b| &b.shape) else {
        panic!("a table body")
    };
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].description.as_deref(), Some("Any role."));
    // Not a column naming the object or type each row belongs to.
    for (header, rows) in [
        (
            "|Object|Property|Type|Description|",
            "|message|subject|String|The subject.|\n|recipient|address|String|The address.|",
        ),
        ("|Complex type|Property|Type|Description|", "|recipient|address|String|The address.|"),
    ] {
        let table = format!("{header}\n|:---|:---|:---|:---|\n{rows}");
        let text = text.replace(
            "|Permission type|Property|Type|Description|\n|:---|:---|:---|:---|\n|User|roles|Collection of String|Supported roles are `reader` and `owner`.|",
            &table,
        );
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&page, &mut Vec::new());
        let body = out.operations[0].operation.request_body.as_ref();
        assert!(!matches!(body.map(|b| &b.shape), Some(Shape::Object(m)) if !m.is_empty()), "{header}: {body:?}");
    }
}

#[test]
fn a_later_table_of_the_body_section_adds_its_rows() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update learningCourseActivity\n\n## HTTP request\n```http\nPATCH /employeeExperience/learningCourseActivities/{id}\n```\n\n## Request body\nThe following table lists the properties that you can change for an assignment.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|notes|String|Notes.|\n|status|String|The status.|\n\nThe following table lists the properties that you can change for a self-initiated activity.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|status|String|The status.|\n|startedDateTime|DateTimeOffset|When it started.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let names: Vec<String> = required_members(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["notes", "status", "startedDateTime"]);
    // A table per permission, also under headings of their own.
    for (first, second) in [
        (
            "You can specify the following properties when you create a **x** with delegated permission.",
            "You can specify the following properties when you create a **x** with application permission.",
        ),
        (
            "### Delegated permissions\n\nThe following properties can be updated using delegated permissions.",
            "### Application permissions\n\nThe following properties can be updated using application permissions.",
        ),
    ] {
        let per_permission = text
            .replace("The following table lists the properties that you can change for an assignment.", first)
            .replace(
                "The following table lists the properties that you can change for a self-initiated activity.",
                second,
            );
        let names: Vec<String> = required_members(&per_permission).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["notes", "status", "startedDateTime"], "{second}");
    }
    // A member's own type described after the table, or a parameter's: not the body's rows.
    for (intro, row) in [
        ("The **status** object has the following properties.", "|state|String|The state.|"),
        ("The exportCriteria type has these properties.", "|since|DateTimeOffset|Since when.|"),
        ("The following table lists the properties of the jobSchedule resource.", "|interval|Duration|How often.|"),
        ("The response body contains the following properties.", "|status|String|The status.|\n|id|String|The id.|"),
        (
            "### settings properties\n\nThe following table lists the properties that you can change for a setting.",
            "|retries|Int32|Retries.|",
        ),
    ] {
        let nested = text
            .replace(
                "The following table lists the properties that you can change for a self-initiated activity.",
                intro,
            )
            .replace("|status|String|The status.|\n|startedDateTime|DateTimeOffset|When it started.|", row);
        let names: Vec<String> = required_members(&nested).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["notes", "status"], "{intro}");
    }
}

#[test]
fn a_link_to_the_owner_of_a_property_a_condition_reads_is_not_the_body() {
    // beta's external meeting registrant create: "If the value of the **allowedRegistrant** property of
    // the [externalMeetingRegistration](…) object is `organization`, supply the `id` …"; the examples
    // send an `externalMeetingRegistrant`.
    let text = |sentence: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create externalMeetingRegistrant\n\n## HTTP request\n```http\nPOST /me/onlineMeetings/{{id}}/registration/registrants\n```\n\n## Request body\n{sentence}\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Example\n```http\nPOST https://graph.microsoft.com/beta/me/onlineMeetings/m1/registration/registrants\nContent-type: application/json\n\n{{\"@odata.type\": \"#microsoft.graph.externalMeetingRegistrant\", \"id\": \"9d96988d\"}}\n```\n"
        )
    };
    let sent = |sentence: &str| {
        let text = text(sentence);
        let src = crate::SourceFile::new("a.md", &text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&page, &mut Vec::new());
        out.operations[0].operation.request_body.as_ref().map(|b| b.shape.clone())
    };
    let named = |n: &str| Some(Shape::Type(TypeRef::Named(n.into())));
    assert_eq!(
        sent(
            "- If the value of the **allowedRegistrant** property of the [externalMeetingRegistration](../resources/externalmeetingregistration.md) object is `everyone`, only supply the `id` from the external registration system."
        ),
        named("externalMeetingRegistrant")
    );
    // The body's own link: the type linked.
    assert_eq!(
        sent(
            "In the request body, supply a JSON representation of an [externalMeetingRegistration](../resources/externalmeetingregistration.md) object."
        ),
        named("externalMeetingRegistration")
    );
}

#[test]
fn a_later_table_for_another_kind_the_body_may_be_adds_its_rows() {
    // v1.0's named location create: "… an [ipNamedLocation] or [countryNamedLocation] object", then
    // a table per kind, introduced by the same sentence naming each kind.
    let text = |second: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create namedLocation\n\n## HTTP request\n```http\nPOST /identity/conditionalAccess/namedLocations\n```\n\n## Request body\nIn the request body, supply a JSON representation of an [ipNamedLocation](../resources/ipnamedlocation.md) or [countryNamedLocation](../resources/countrynamedlocation.md) object.\n\nThe following table lists the properties that are required to create an [ipNamedLocation](../resources/ipnamedlocation.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Required.|\n|ipRanges|[ipRange](../resources/iprange.md) collection|The ranges. Required.|\n\n{second}\n\n|Property|Type|Description|\n|:---|:---|:---|\n|countriesAndRegions|String collection|The countries. Required.|\n|displayName|String|The name. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n"
        )
    };
    let listed = |second: &str| {
        let text = text(second);
        let src = crate::SourceFile::new("a.md", &text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&page, &mut Vec::new());
        let body = out.operations[0].operation.request_body.clone().expect("a body");
        body.listed.iter().map(|p| p.name.clone()).collect::<Vec<_>>()
    };
    let kind = "The following table lists the properties that are required to create a [countryNamedLocation](../resources/countrynamedlocation.md) object.";
    assert_eq!(listed(kind), ["displayName", "ipRanges", "countriesAndRegions"]);
    // A table about something else: not the body's rows.
    let other = "The following table lists the properties that are required to create a [countryNamedLocation](../resources/countrynamedlocation.md) object for a partner.";
    assert_eq!(listed(other), ["displayName", "ipRanges"]);
}

// Tables that name their requests: shapes an independent reading found.

/// A permissions table with `scope` as the only delegated (work) and application permission.
#[test]
fn a_cell_naming_no_scope_that_refuses_nothing_allows_any_token_of_its_kind() {
    // v1.0's subscription list: "Application | Role required to [create subscription](…)."
    let table = |application: &str| {
        format!(
            "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Subscription.Read.All|\n|Application|{application}|\n"
        )
    };
    let read = |cell: &str| page_permissions(&table(cell)).for_path(Method::Get, "/subscriptions", None, false);
    let role = read("Role required to [create subscription](subscription-post-subscriptions.md).");
    assert_eq!(role.application, [Permissions::NO_SCOPE], "{role:?}");
    assert_eq!(role.delegated_work, ["Subscription.Read.All"]);
    // A refusal, or a pointer to the labelled rows below, allows none.
    for cell in ["Not supported.", "Not applicable.", "N/A", "_varies by context_"] {
        assert!(read(cell).application.is_empty(), "{cell}");
    }
}

fn one_scope_table(scope: &str) -> String {
    format!(
        "|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|{scope}|Not available.|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|{scope}|Not available.|\n"
    )
}

/// A `{"blockType": "permissions"}` annotation naming `urls` (JSON strings, comma-separated).
fn permissions_annotation(urls: &str) -> String {
    format!("<!-- {{ \"blockType\": \"permissions\", \"name\": \"x\", \"requestUrls\": [{urls}] }} -->\n")
}

/// A request-lines block as the cloud licensing pages write them beside their tables.
fn lines_block(lines: &str) -> String {
    format!("<!-- {{ \"blockType\": \"ignored\"}} -->\n``` http\n{lines}\n```\n\n")
}

#[test]
fn a_path_no_table_names_keeps_its_label_s_table() {
    // The authentication-method pages list only the `/users/{id | userPrincipalName}` form in
    // `requestUrls` and write `/me/…` in the HTTP request section too
    // (emailauthenticationmethod-delete, authentication-list-emailmethods, …).
    let section = |user: &str, group: &str| {
        format!(
            "Permissions for a user:\n\n{user}{}\nPermissions for a group:\n\n{group}{}\n",
            one_scope_table("User-CloudLicensing.Read"),
            one_scope_table("Group-CloudLicensing.Read")
        )
    };
    // Without annotations: the labels answer, `/me` is a user.
    let p = page_permissions(&section("", ""));
    assert_eq!(
        p.for_path(Method::Get, "/me/cloudLicensing/usageRights", None, false).delegated_work,
        ["User-CloudLicensing.Read"]
    );
    // With `requestUrls` that leave `/me` out, `/me` takes every table, a group's too.
    let p = page_permissions(&section(
        &permissions_annotation("\"GET /users/{id | userPrincipalName}/cloudLicensing/usageRights\""),
        &permissions_annotation("\"GET /groups/{id}/cloudLicensing/usageRights\""),
    ));
    assert_eq!(
        p.for_path(Method::Get, "/users/{userId}/cloudLicensing/usageRights", None, false).delegated_work,
        ["User-CloudLicensing.Read"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/me/cloudLicensing/usageRights", None, false).delegated_work,
        ["User-CloudLicensing.Read"],
        "`/me` is a user: the group's table is not its"
    );
}

#[test]
fn a_missing_table_s_request_that_no_annotation_names_gets_no_other_scopes() {
    // The user's table is included from a file the inputs lack; its annotation names the
    // `/users/{id}` form only: neither request gets the admin's or the group's scopes.
    let p = page_permissions(&format!(
        "Permissions to get an **assignment** for an admin:\n\n{}{}\nPermissions to get an **assignment** for a user:\n\n{}[!INCLUDE [permissions-table](../includes/permissions/assignment-get-2-permissions.md)]\n\nPermissions to get an **assignment** for a group:\n\n{}{}\n",
        permissions_annotation("\"GET /admin/cloudLicensing/assignments/{id}\""),
        one_scope_table("CloudLicensing.Read"),
        permissions_annotation("\"GET /users/{id}/cloudLicensing/assignments/{id}\""),
        permissions_annotation("\"GET /groups/{id}/cloudLicensing/assignments/{id}\""),
        one_scope_table("Group-CloudLicensing.Read"),
    ));
    assert!(
        p.for_path(Method::Get, "/users/{userId}/cloudLicensing/assignments/{assignmentId}", None, false)
            .delegated_work
            .is_empty()
    );
    let me = p.for_path(Method::Get, "/me/cloudLicensing/assignments/{assignmentId}", None, false).delegated_work;
    assert!(
        !me.iter().any(|s| s == "CloudLicensing.Read" || s == "Group-CloudLicensing.Read"),
        "the signed-in user's request gets the admin's and the group's scopes: {me:?}"
    );
}

#[test]
fn a_table_whose_annotation_names_nothing_still_answers_its_requests() {
    let section = |user_annotation: &str| {
        format!(
            "Permissions to get an **assignment** for an admin:\n\n{}{}\nPermissions to get an **assignment** for a user:\n\n{user_annotation}{}\nPermissions to get an **assignment** for a group:\n\n{}{}\n",
            permissions_annotation("\"GET /admin/cloudLicensing/assignments/{id}\""),
            one_scope_table("CloudLicensing.Read"),
            one_scope_table("User-CloudLicensing.Read"),
            permissions_annotation("\"GET /groups/{id}/cloudLicensing/assignments/{id}\""),
            one_scope_table("Group-CloudLicensing.Read"),
        )
    };
    // The user's annotation as cloudlicensing-assignment-get.md writes it (the second URL
    // outside the array: not JSON), and as cloudlicensing-usageright-get.md writes its first
    // one (no `requestUrls`).
    let mut read = Vec::new();
    for user_annotation in [
        "<!-- { \"blockType\": \"permissions\", \"name\": \"cloudlicensing_assignment_get_user\", \"requestUrls\": [\"GET /me/cloudLicensing/assignments/{id}\"], \"GET /users/{id}/cloudLicensing/assignments/{id}\" } -->\n",
        "<!-- { \"blockType\": \"permissions\", \"name\": \"cloudlicensing_assignment_get_user\" } -->\n",
    ] {
        let p = page_permissions(&section(user_annotation));
        let user = p
            .for_path(Method::Get, "/users/{userId}/cloudLicensing/assignments/{assignmentId}", None, false)
            .delegated_work;
        read.push(user);
    }
    // The user's label answers.
    assert_eq!(read, [["User-CloudLicensing.Read"], ["User-CloudLicensing.Read"]]);
}

#[test]
fn lines_under_a_heading_belong_to_all_its_sub_tables() {
    // authentication-get.md's shape (a heading per API, "acting on self" and "acting on other
    // users" tables under it), the requests written once under each API's heading.
    let p = page_permissions(&format!(
        "### Permissions to read sign-in preferences\n\n{}#### Permissions acting on self\n\n{}\n#### Permissions acting on other users\n\n{}\n### Permissions to read per-user MFA state\n\n{}#### Permissions acting on self\n\n{}\n#### Permissions acting on other users\n\n{}\n",
        lines_block("GET /me/authentication/signInPreferences\nGET /users/{id}/authentication/signInPreferences"),
        one_scope_table("UserAuthMethod-Preferences.Read"),
        one_scope_table("UserAuthMethod-Preferences.Read.All"),
        lines_block("GET /me/authentication/requirements\nGET /users/{id}/authentication/requirements"),
        one_scope_table("Policy.Read.All"),
        one_scope_table("Policy.ReadWrite.AuthenticationMethod"),
    ));
    assert_eq!(
        p.for_path(Method::Get, "/users/{id}/authentication/signInPreferences", None, false).delegated_work,
        ["UserAuthMethod-Preferences.Read.All"],
        "another user's request takes the 'acting on self' table"
    );
}

#[test]
fn a_table_answers_the_method_its_annotation_names() {
    let p = page_permissions(&format!(
        "### Permissions to read\n\n{}{}\n### Permissions to update\n\n{}{}\n",
        permissions_annotation("\"GET /me/settings\""),
        one_scope_table("User.Read"),
        permissions_annotation("\"PATCH /me/settings\""),
        one_scope_table("User.ReadWrite"),
    ));
    assert_eq!(p.for_path(Method::Get, "/me/settings", None, false).delegated_work, ["User.Read"], "GET /me/settings");
    assert_eq!(
        p.for_path(Method::Patch, "/me/settings", None, false).delegated_work,
        ["User.ReadWrite"],
        "PATCH /me/settings"
    );
}

#[test]
fn request_lines_on_the_fence_name_a_table_s_requests() {
    // The HTTP request section reads ```` ```http POST /me/onlineMeetings ````; the permissions
    // section does not, and both tables answer both requests.
    let p = page_permissions(&format!(
        "Permissions for the following HTTP request:\n\n```http POST /me/onlineMeetings\n```\n\n{}\nPermissions for the following HTTP request:\n\n```http POST /users/{{userId}}/onlineMeetings\n```\n\n{}\n",
        one_scope_table("OnlineMeetings.ReadWrite"),
        one_scope_table("OnlineMeetings.ReadWrite.All")
    ));
    assert_eq!(
        p.for_path(Method::Post, "/me/onlineMeetings", None, false).delegated_work,
        ["OnlineMeetings.ReadWrite"]
    );
}

#[test]
fn scopes_merged_from_two_pages_ignore_letter_case() {
    let mut mine = Permissions { delegated_work: vec!["MailboxSettings.ReadWrite".into()], ..Permissions::default() };
    let older = Permissions {
        delegated_work: vec!["Mailboxsettings.ReadWrite".into(), "User.Read".into()],
        ..Permissions::default()
    };
    mine.extend_from(&older);
    assert_eq!(mine.delegated_work, ["MailboxSettings.ReadWrite", "User.Read"]);
}

#[test]
fn a_labelled_table_the_inputs_lack_answers_its_requests_with_no_scopes() {
    let p = page_permissions(&format!(
        "### Permissions acting on self\n\n{}\n### Permissions acting on other users\n\n<!-- {{ \"blockType\": \"permissions\", \"name\": \"x_2\" }} -->\n[!INCLUDE [permissions-table](../includes/permissions/x-list-2-permissions.md)]\n",
        one_scope_table("UserAuthenticationMethod.Read")
    ));
    assert_eq!(
        p.for_path(Method::Get, "/me/authentication/platformCredentialMethods", None, false).delegated_work,
        ["UserAuthenticationMethod.Read"]
    );
    assert!(p.for_path(Method::Get, "/users/{id}/authentication/platformCredentialMethods", None, false).is_empty());
    // A line serving the caller too ("your own or another user's") takes both tables: with one
    // missing, the self table's scopes alone would pass for the whole list, so none.
    assert!(p.for_path(Method::Get, "/users/{id}/authentication/emailMethods", None, true).is_empty());
    assert_eq!(
        p.for_path(Method::Get, "/me/authentication/emailMethods", None, true).delegated_work,
        ["UserAuthenticationMethod.Read"]
    );
}

// Permissions sections as real pages write them, found by a second independent reading.

#[test]
fn lines_above_label_lines_reach_each_labelled_table() {
    // The requests written once under the heading (or at the section's top), then a table per
    // caller on a label line of its own ("For the signed-in user:" / "For other users:"),
    // as directory-deleteditems-*.md writes its labels: `/users/{id}/…` takes the other users' table.
    let mut read = Vec::new();
    for top in ["### Get the settings\n\n", ""] {
        let p = page_permissions(&format!(
            "{top}{}For the signed-in user:\n\n{}\nFor other users:\n\n{}\n",
            lines_block("GET /me/settings/contactMerge\nGET /users/{id}/settings/contactMerge"),
            one_scope_table("User.Read"),
            one_scope_table("User.Read.All"),
        ));
        assert_eq!(
            p.for_path(Method::Get, "/me/settings/contactMerge", None, false).delegated_work,
            ["User.Read"],
            "{top:?}"
        );
        read.push(p.for_path(Method::Get, "/users/{id}/settings/contactMerge", None, false).delegated_work);
    }
    assert_eq!(read, [["User.Read.All"], ["User.Read.All"]]);
}

#[test]
fn request_lines_after_their_table_stay_with_it() {
    // cloudlicensing-allotment-get.md writes the admin's lines after its table; between the two,
    // a line of prose ending in ':', or the authentication pages' role note ("For delegated
    // scenarios where an admin is acting on another user, the admin needs one of the following
    // [roles](…):", emailauthenticationmethod-get.md), is no label of a table of its own.
    for between in [
        "The preceding table applies to the following requests:\n\n",
        "For delegated scenarios where an admin is acting on another user, the admin needs one of the following [roles](/azure/active-directory/roles):\n\n* Global reader\n\n",
    ] {
        let p = page_permissions(&format!(
            "Permissions to get an **allotment** as an admin:\n\n{}\n{between}{}Permissions to get an **allotment** for a user:\n\n{}{}\nPermissions to get an **allotment** for a group:\n\n{}{}\n",
            one_scope_table("CloudLicensing.Read"),
            lines_block("GET /admin/cloudLicensing/allotments/{allotmentId}"),
            lines_block("GET /users/{userId}/cloudLicensing/allotments/{allotmentId}"),
            one_scope_table("User-CloudLicensing.Read"),
            lines_block("GET /groups/{groupId}/cloudLicensing/allotments/{allotmentId}"),
            one_scope_table("Group-CloudLicensing.Read"),
        ));
        let admin =
            p.for_path(Method::Get, "/admin/cloudLicensing/allotments/{allotmentId}", None, false).delegated_work;
        assert_eq!(admin, ["CloudLicensing.Read"], "{between}");
        let user = p
            .for_path(Method::Get, "/users/{userId}/cloudLicensing/allotments/{allotmentId}", None, false)
            .delegated_work;
        assert_eq!(user, ["User-CloudLicensing.Read"], "{between}");
    }
}

#[test]
fn bold_labels_keep_their_tables_apart() {
    // cloudlicensing-usercloudlicensing-list-usagerights.md labels its two stretches with
    // headings ("### List for a user or me", "### List for a group"); written as bold lines,
    // the labels start no stretch: one stretch, both tables naming every request.
    let section = |label_user: &str, label_group: &str| {
        format!(
            "{label_user}\n\n{}{}\n{label_group}\n\n{}{}\n",
            lines_block("GET /me/cloudLicensing/usageRights\nGET /users/{userId}/cloudLicensing/usageRights"),
            one_scope_table("User-CloudLicensing.Read"),
            lines_block("GET /groups/{groupId}/cloudLicensing/usageRights"),
            one_scope_table("Group-CloudLicensing.Read"),
        )
    };
    // As headings: each request its table.
    let p = page_permissions(&section("### List for a user or me", "### List for a group"));
    assert_eq!(
        p.for_path(Method::Get, "/me/cloudLicensing/usageRights", None, false).delegated_work,
        ["User-CloudLicensing.Read"]
    );
    // As bold lines.
    let p = page_permissions(&section("**List for a user or me**", "**List for a group**"));
    assert_eq!(
        p.for_path(Method::Get, "/groups/{groupId}/cloudLicensing/usageRights", None, false).delegated_work,
        ["Group-CloudLicensing.Read"],
        "a group's request takes the user's table too"
    );
}

#[test]
fn lines_above_delegated_and_application_tables_reach_both() {
    // The requests written once, then the permission types in two tables on label lines of
    // their own ("For delegated permissions:" / "For application permissions:"): the two labels
    // match no path, and every request takes both tables.
    let p = page_permissions(&format!(
        "Permissions for the following requests:\n\n{}For delegated permissions:\n\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Reports.Read.All|\n\nFor application permissions:\n\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Application|Reports.Read.All|\n",
        lines_block("GET /reports/getEmailActivityCounts(period='{period_value}')"),
    ));
    let read = p.for_path(Method::Get, "/reports/getEmailActivityCounts(period='{period}')", None, false);
    assert_eq!(read.application, ["Reports.Read.All"], "the application table is dropped: {read:?}");
}

// Shapes a third independent reading found.

#[test]
fn lines_written_after_their_tables_stay_with_them() {
    // cloudlicensing-allotment-get.md writes the admin's lines after the admin's table. A page
    // writing every stretch that way, its labels as bold lines (which start no stretch): the
    // second block "starts the next table's stretch" only after both tables are in one stretch,
    // so both tables answer the first block's lines and the second block's lines are dropped.
    let section = |user: &str, group: &str| {
        format!(
            "{user}\n\n{}\n{}{group}\n\n{}\n{}",
            one_scope_table("User-CloudLicensing.Read"),
            lines_block("GET /me/cloudLicensing/usageRights\nGET /users/{userId}/cloudLicensing/usageRights"),
            one_scope_table("Group-CloudLicensing.Read"),
            lines_block("GET /groups/{groupId}/cloudLicensing/usageRights"),
        )
    };
    // With label lines the reader knows, each request its table.
    let p = page_permissions(&section("Permissions for a user:", "Permissions for a group:"));
    assert_eq!(
        p.for_path(Method::Get, "/groups/{groupId}/cloudLicensing/usageRights", None, false).delegated_work,
        ["Group-CloudLicensing.Read"]
    );
    let p = page_permissions(&section("**List for a user or me**", "**List for a group**"));
    let user = p.for_path(Method::Get, "/users/{userId}/cloudLicensing/usageRights", None, false).delegated_work;
    let group = p.for_path(Method::Get, "/groups/{groupId}/cloudLicensing/usageRights", None, false).delegated_work;
    assert_eq!(
        (user, group),
        (vec!["User-CloudLicensing.Read".to_string()], vec!["Group-CloudLicensing.Read".to_string()])
    );
}

fn intro_query_params(intro: &str) -> Vec<String> {
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# Get section\n\n{intro}\n\n## HTTP request\n```http\nGET /me/onenote/sections/{{id}}\n```\n"
    );
    let src = crate::SourceFile::new("a.md", &text);
    query_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).into_iter().map(|p| p.name).collect()
}

/// The introduction denies the parameter: not the method's.
#[test]
fn an_introduction_denying_a_query_parameter_does_not_make_it_the_method_s() {
    let names = intro_query_params("Retrieve a section. This API doesn't support the `sectionName` query parameter.");
    assert!(names.is_empty(), "{names:?}");
}

/// The introduction names another API's parameter: not this method's.
#[test]
fn an_introduction_naming_another_api_s_query_parameter_does_not_make_it_the_method_s() {
    let names = intro_query_params(
        "Retrieve a section. To create a page in a section by its name, use the `sectionName` query parameter of [Create page](onenote-post-pages.md).",
    );
    assert!(names.is_empty(), "{names:?}");
}

/// A sentence that names the parameter as the method's, with a negation in its condition.
#[test]
fn a_negated_condition_keeps_the_introduction_s_query_parameter() {
    let names = intro_query_params(
        "Create a page in the default section. If you don't want the default section, use the `sectionName` query parameter.",
    );
    assert_eq!(names, ["sectionName"], "a negation in the condition, not of the parameter");
}

/// A sentence that names the parameter as the method's, with a negation about the section.
#[test]
fn a_negation_about_something_else_keeps_the_introduction_s_query_parameter() {
    let names = intro_query_params(
        "Create a page. To create the page in another section, use the `sectionName` query parameter, which creates the section if it doesn't exist.",
    );
    assert_eq!(names, ["sectionName"], "a negation about the section");
}

/// A sentence that names the parameter as the method's and links a concept page for more.
#[test]
fn a_link_to_a_concept_page_keeps_the_introduction_s_query_parameter() {
    let names = intro_query_params(
        "Create a page. To create a page in a different section, use the `sectionName` query parameter, as described in [Create OneNote pages](../../concepts/onenote-create-page.md).",
    );
    assert_eq!(names, ["sectionName"], "a concept page, not another api page");
}

#[test]
fn a_page_without_a_permissions_section_is_reported() {
    let diags = |text: &str| {
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let mut diags = Vec::new();
        permissions(&page, &mut diags);
        diags.into_iter().map(|d| d.code).collect::<Vec<_>>()
    };
    let without = "---\ndoc_type: apiPageType\n---\n# Get x\n\n## HTTP request\n```http\nGET /x\n```\n";
    assert_eq!(diags(without), [crate::codes::NO_PERMISSIONS]);
    let with = "---\ndoc_type: apiPageType\n---\n# Get x\n\n## Permissions\n|Permission type|Permissions|\n|:--|:--|\n|Application|X.Read.All|\n\n## HTTP request\n```http\nGET /x\n```\n";
    assert_eq!(diags(with), Vec::<&str>::new());
    // A section whose every row is "Not supported" (v1.0's photo update) names none either;
    // "None." (a call's bot needs no scope) is no fault.
    assert_eq!(diags(&with.replace("X.Read.All", "Not supported.")), [crate::codes::NO_PERMISSIONS]);
    assert_eq!(diags(&with.replace("X.Read.All", "None.")), Vec::<&str>::new());
    // A section of an annotation only says so, not that its rows are "Not supported".
    let message = |text: &str| {
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let mut diags = Vec::new();
        permissions(&page, &mut diags);
        diags.into_iter().map(|d| d.message).collect::<Vec<_>>().join("\n")
    };
    let annotation_only = "---\ndoc_type: apiPageType\n---\n# Delete x\n\n## Permissions\n<!-- { \"blockType\": \"permissions\", \"name\": \"x_delete\" } -->\n\n## HTTP request\n```http\nDELETE /x\n```\n";
    assert!(message(annotation_only).contains("no table, written or included"), "{}", message(annotation_only));
    // A national-cloud include is no permissions table.
    let cloud_note =
        annotation_only.replace("-->\n", "-->\n[!INCLUDE [national-cloud-support](../../includes/global-only.md)]\n");
    assert!(message(&cloud_note).contains("no table, written or included"), "{}", message(&cloud_note));
    let not_supported = message(&with.replace("X.Read.All", "Not supported."));
    assert!(not_supported.contains("every row"), "{not_supported}");
}

#[test]
fn tables_whose_headings_give_one_label_are_told_apart_by_their_own_words() {
    // beta's insightsSettings update: three headings "… for an organization".
    let table = |delegated: &str, application: &str| {
        format!(
            "|Permission type|Permissions|\n|:--|:--|\n|Delegated (work or school account)|{delegated}|\n|Application|{application}|\n"
        )
    };
    let p = page_permissions(&format!(
        "### To update **contact insights** settings for an organization\n{}\n### To update **item insights** settings for an organization\n{}\n### To update **people insights** settings for an organization\n{}\n",
        table("Contacts.ReadWrite", "Organization.ReadWrite.All"),
        table("ItemInsights.ReadWrite", "Not supported."),
        table("People.ReadWrite", "Not supported."),
    ));
    let item =
        p.for_path(Method::Patch, "/admin/people/itemInsights", Some("To update settings for item insights:"), false);
    assert_eq!(item.delegated_work, ["ItemInsights.ReadWrite"]);
    assert!(item.application.is_empty(), "{item:?}");
    // Without a lead-in, the path's words.
    let contact = p.for_path(Method::Patch, "/organization/{id}/settings/contactInsights", None, false);
    assert_eq!(contact.delegated_work, ["Contacts.ReadWrite"]);
    assert_eq!(contact.application, ["Organization.ReadWrite.All"]);
}

#[test]
fn a_body_sentence_under_the_http_request_heading_is_the_body_s() {
    // beta's external connection schema create: no "Request body" heading.
    let text = "---\ndoc_type: apiPageType\n---\n# Create schema\n\n## HTTP request\n```http\nPOST /external/connections/{id}/schema\n```\nIn the request body, supply a JSON representation of a [schema](../resources/schema.md) object.\n\n## Response\nIf successful, this method returns a `202 Accepted` response code and a URL in the `Location` response header.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nPOST https://graph.microsoft.com/beta/external/connections/c/schema\nContent-type: application/json\n\n{\"baseType\": \"microsoft.graph.externalItem\", \"properties\": []}\n```\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = super::super::extract_api_page(&page, &mut Vec::new());
    let body = out.operations[0].operation.request_body.as_ref().map(|b| &b.shape);
    assert!(matches!(body, Some(Shape::Type(crate::types::TypeRef::Named(n))) if n == "schema"), "{body:?}");
}

/// The placeholder notes of a page, as (placeholder, note).
fn placeholder_notes(text: &str) -> Vec<(String, String)> {
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    super::placeholder_notes(&page)
}

/// The placeholders a page's notes describe.
fn noted_placeholders(text: &str) -> Vec<String> {
    placeholder_notes(text).into_iter().map(|(name, _)| name).collect()
}

#[test]
fn a_placeholder_note_written_as_an_alert_leaves_the_mark_out() {
    // beta's itemAnalytics get.
    let text = "---\ndoc_type: apiPageType\n---\n# Get itemAnalytics\n\n## HTTP request\n```http\nGET /sites/{site-id}/lists/{list-id}/items/{item-id}/analytics\n```\n\n> [!Note]\n> Here {item-id} should be the listItemUniqueId.\n\n## Response\n";
    let notes = placeholder_notes(text);
    assert_eq!(notes, [("item-id".to_string(), "Here {item-id} should be the listItemUniqueId.".to_string())]);
}

#[test]
fn a_placeholder_note_naming_it_in_bold_describes_it() {
    // v1.0's attendance report get: `**userId** is …` beside `` `meetingId` is … ``.
    let text = "---\ndoc_type: apiPageType\n---\n# Get meetingAttendanceReport\n\n## HTTP request\n```http\nGET /users/{userId}/onlineMeetings/{meetingId}/attendanceReports/{reportId}\n```\n\n> [!TIP]\n>\n>- **userId** is the object ID of a user.\n>- `meetingId` is the **id** of an onlineMeeting object.\n>- **Note:** only the organizer can access this API.\n\n## Response\n";
    let names = noted_placeholders(text);
    assert_eq!(names, ["userId", "meetingId"]);
    // A plain word the request line writes as a placeholder (beta's place update:
    // `{id | placeId | emailAddress}` over "- **id** is the unique identifier …").
    let text = "---\ndoc_type: apiPageType\n---\n# Update place\n\n## HTTP request\n```http\nPATCH /places/{id | placeId | emailAddress}\n```\n- **id** is the unique identifier of the place.\n- **placeId** is an alternate identifier.\n- **name** is not a placeholder.\n\n## Response\n";
    assert_eq!(noted_placeholders(text), ["id", "placeId"]);
}

#[test]
fn cells_listing_scopes_per_resource_are_a_table_per_resource() {
    // v1.0's profilePhoto get, and conversationMember update's "In teams: … In channels: …".
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Profile photo of the signed-in **user**:<br/>User.ReadWrite, User.ReadWrite.All<br /><br />For **group** resource:<br />Group.ReadWrite.All<br /><br />For **contact** resource:<br />Contacts.ReadWrite|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|User.ReadWrite.All|\n",
    );
    let scopes = |path: &str| {
        let p = p.for_path(Method::Put, path, None, false);
        (p.delegated_work, p.application)
    };
    let own = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        scopes("/me/photo/$value"),
        (own(&["User.ReadWrite", "User.ReadWrite.All"]), own(&["User.ReadWrite.All"]))
    );
    assert_eq!(scopes("/groups/{id}/photo/$value"), (own(&["Group.ReadWrite.All"]), own(&["User.ReadWrite.All"])));
    assert_eq!(scopes("/users/{id}/contacts/{contactId}/photo/$value").0, own(&["Contacts.ReadWrite"]));
    // beta's photo update: the application row labels the user's scopes "For **user** resource".
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Profile photo of the signed-in **user**:<br/>User.ReadWrite, User.ReadWrite.All<br /><br />For **group** resource:<br />Group.ReadWrite.All|\n|Application|For **user** resource:<br/>User.ReadWrite.All<br /><br />For **group** resource:<br />Group.ReadWrite.All|\n",
    );
    let scopes = |path: &str| {
        let p = p.for_path(Method::Put, path, None, false);
        (p.delegated_work, p.application)
    };
    assert_eq!(
        scopes("/users/{id}/photo/$value"),
        (own(&["User.ReadWrite", "User.ReadWrite.All"]), own(&["User.ReadWrite.All"]))
    );
    assert_eq!(scopes("/groups/{id}/photo/$value"), (own(&["Group.ReadWrite.All"]), own(&["Group.ReadWrite.All"])));
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)| In teams: TeamMember.ReadWrite.All<br/>In channels: ChannelMember.ReadWrite.All |\n|Application| In teams: TeamMember.ReadWrite.All<br/>In channels: ChannelMember.ReadWrite.All |\n",
    );
    assert_eq!(
        p.for_path(Method::Patch, "/teams/{id}/members/{m}", None, false).delegated_work,
        own(&["TeamMember.ReadWrite.All"])
    );
    assert_eq!(
        p.for_path(Method::Patch, "/teams/{id}/channels/{c}/members/{m}", None, false).application,
        own(&["ChannelMember.ReadWrite.All"])
    );
    // One label ("If checking for membership in groups: Group.Read.All") is no table of its own.
    assert!(super::permissions::labelled_scopes("If checking for membership in groups: Group.Read.All").is_none());
    // v1.0's conversationMember get: "Not supported." for one label's paths, none of that kind there.
    let p = page_permissions(
        "|Permission Type|Permissions (from least to most privileged)|\n|---|---|\n|Delegated (work or school account)| For **user** or **chat** resource: Chat.ReadBasic, Chat.Read<br/><br/>For **channel** resource: ChannelMember.Read.All |\n|Delegated (personal Microsoft account)|Not supported.|\n|Application| For **user** or **chat** resource: Not supported.<br/><br/>For **channel** resource: TeamMember.Read.Group, ChannelMember.Read.All |\n",
    );
    let chat = p.for_path(Method::Get, "/chats/{chat-id}/members/{m}", None, false);
    assert_eq!((chat.delegated_work, chat.application), (own(&["Chat.ReadBasic", "Chat.Read"]), own(&[])));
    let channel = p.for_path(Method::Get, "/teams/{id}/channels/{c}/members/{m}", None, false);
    assert_eq!(channel.application, own(&["TeamMember.Read.Group", "ChannelMember.Read.All"]));
}

#[test]
fn a_one_word_label_is_not_folded_into_a_label_naming_several_resources() {
    // "For **user** or **chat** resource" (delegated) beside "For **user** resource" and
    // "For **chat** resource" (application): the chat's application scopes are not the user's.
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|For **user** or **chat** resource:<br/>Chat.Read<br /><br />For **channel** resource:<br />ChannelMember.Read.All|\n|Application|For **user** resource:<br/>User.Read.All<br /><br />For **chat** resource:<br />Chat.Read.All<br /><br />For **channel** resource:<br />ChannelMember.Read.All|\n",
    );
    let user = p.for_path(Method::Get, "/users/{id}/teamwork/installedApps", None, false);
    assert_eq!(user.application, ["User.Read.All"]);
    let chat = p.for_path(Method::Get, "/chats/{id}/installedApps", None, false);
    assert_eq!(chat.application, ["Chat.Read.All"]);
}

#[test]
fn a_permissions_table_without_its_heading_is_read() {
    // beta's connectorGroup add member: the table in the page's lead, no `## Permissions`.
    let text = "---\ndoc_type: apiPageType\n---\n# Add connector to connectorGroup\n\nAdd a connector.\n\nOne of the following permissions is required to call this API.\n\n|Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n|Delegated (work or school account) | Directory.ReadWrite.All, Directory.AccessAsUser.All |\n|Application | Not supported. |\n\n## HTTP request\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    let p = permissions(&page, &mut diags);
    assert_eq!(
        p.for_path(Method::Post, "/connectorGroups/{id}/members/$ref", None, false).delegated_work,
        ["Directory.ReadWrite.All", "Directory.AccessAsUser.All"]
    );
    let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
    assert_eq!(codes, [crate::codes::NO_PERMISSIONS], "said where it stands");
    // beta's chat message hosted contents: a table per resource under "### Permissions for …"
    // headings, no `## Permissions` above them.
    let table = |scope: &str| {
        format!(
            "| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n|Delegated (work or school account)| {scope} |\n|Application| Not supported. |\n"
        )
    };
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# List hostedContents\n\nThe following tables show the permissions.\n\n### Permissions for channel\n\n{}\n### Permissions for chat\n\n{}\n## HTTP request\n",
        table("ChannelMessage.Read.All"),
        table("Chat.Read")
    );
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let p = permissions(&page, &mut Vec::new());
    assert_eq!(
        p.for_path(Method::Get, "/chats/{c}/messages/{m}/hostedContents", None, false).delegated_work,
        ["Chat.Read"]
    );
    assert_eq!(
        p.for_path(Method::Get, "/teams/{t}/channels/{c}/messages/{m}/hostedContents", None, false).delegated_work,
        ["ChannelMessage.Read.All"]
    );
}

#[test]
fn a_lead_in_naming_every_scenario_takes_every_table() {
    // beta's unifiedRoleManagementPolicyRule get: "For PIM for Azure AD roles" and "For PIM for
    // groups" tables, the line's lead-in "… for either Azure AD roles or PIM for groups …".
    let table = |scope: &str| {
        format!(
            "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|{scope}|\n|Application|Not supported.|\n"
        )
    };
    let p = page_permissions(&format!(
        "### For PIM for Azure AD roles\n{}\n### For PIM for groups\n{}",
        table("RoleManagement.Read.Directory"),
        table("RoleManagementPolicy.Read.AzureADGroup")
    ));
    let path = "/policies/roleManagementPolicies/{id}/rules/{ruleId}";
    let scopes = |lead_in: &str| p.for_path(Method::Get, path, Some(lead_in), false).delegated_work;
    assert_eq!(
        scopes(
            "To retrieve a rule defined for a policy for either Azure AD roles or PIM for groups membership and ownership:"
        ),
        ["RoleManagement.Read.Directory", "RoleManagementPolicy.Read.AzureADGroup"]
    );
    // One scenario said whole: that one.
    assert_eq!(scopes("To retrieve a rule in PIM for groups:"), ["RoleManagementPolicy.Read.AzureADGroup"]);
    // One said only by its object, the other not at all: the path decides (it names neither: both).
    assert_eq!(
        scopes("To retrieve a policy that can be applied to Azure AD roles or group membership:"),
        ["RoleManagement.Read.Directory", "RoleManagementPolicy.Read.AzureADGroup"]
    );
}

#[test]
fn a_comma_separated_query_string_is_not_one_value() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get x\n\n## HTTP request\n```http\nGET /x?include={include}\n```\n\n## Query parameters\n|Parameter|Type|Description|\n|:--|:--|:--|\n|include|String|A comma-separated list of the parts to include. Possible values are: `owners`, `members`.|\n";
    let src = crate::SourceFile::new("a.md", text);
    let params = query_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new()));
    let p = params.iter().find(|p| p.name == "include").unwrap();
    assert!(p.values.is_empty(), "`owners,members` is a valid value, but the schema closes to {:?}", p.values);
}

// A label's "Not supported" written with more words, or as "Not applicable."
#[test]
fn a_label_s_longer_not_supported_keeps_the_next_label() {
    let p = page_permissions(
        "|Permission Type|Permissions (from least to most privileged)|\n|---|---|\n|Delegated (work or school account)| For **user** or **chat** resource: Chat.ReadBasic, Chat.Read<br/><br/>For **channel** resource: ChannelMember.Read.All |\n|Delegated (personal Microsoft account)|Not supported.|\n|Application| For **user** or **chat** resource: Not supported for application permissions.<br/><br/>For **channel** resource: TeamMember.Read.Group, ChannelMember.Read.All |\n",
    );
    let channel = p.for_path(Method::Get, "/teams/{id}/channels/{c}/members/{m}", None, false);
    assert_eq!(channel.application, ["TeamMember.Read.Group", "ChannelMember.Read.All"], "{p:?}");
}

#[test]
fn a_label_s_not_applicable_gives_no_scopes() {
    let p = page_permissions(
        "|Permission Type|Permissions (from least to most privileged)|\n|---|---|\n|Delegated (work or school account)| For **user** or **chat** resource: Chat.ReadBasic, Chat.Read<br/><br/>For **channel** resource: ChannelMember.Read.All |\n|Delegated (personal Microsoft account)|Not supported.|\n|Application| For **user** or **chat** resource: Not applicable.<br/><br/>For **channel** resource: TeamMember.Read.Group, ChannelMember.Read.All |\n",
    );
    let chat = p.for_path(Method::Get, "/chats/{chat-id}/members/{m}", None, false);
    assert_eq!(chat.application, Vec::<String>::new(), "the chat path takes the channel's application scopes");
}

fn include_values(description: &str) -> Vec<String> {
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# Get x\n\n## HTTP request\n```http\nGET /x?include={{include}}\n```\n\n## Query parameters\n|Parameter|Type|Description|\n|:--|:--|:--|\n|include|String|{description}|\n"
    );
    let src = crate::SourceFile::new("a.md", text);
    let params = query_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new()));
    params.iter().find(|p| p.name == "include").unwrap().values.clone()
}

#[test]
fn a_comma_delimited_query_string_is_not_one_value() {
    let values =
        include_values("A comma-delimited list of the parts to include. Possible values are: `owners`, `members`.");
    assert!(values.is_empty(), "`owners,members` is valid, but the schema closes to {values:?}");
}

#[test]
fn a_value_named_comma_separated_still_closes_the_list() {
    let values = include_values("The report's format. Possible values are: `csv` (comma-separated values), `json`.");
    assert_eq!(values, ["csv", "json"], "one value of two; the words name a format, not a joined list");
}

fn linked_body_page(method_path: &str, said: &str) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# Do it\n\n## HTTP request\n```http\n{method_path}\n```\n\n## Request body\nIn the request body, supply a JSON representation of an [accessPackageAssignmentRequest](../resources/accesspackageassignmentrequest.md) object.\n\n{said}\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
    )
}

#[test]
fn members_demanded_under_a_for_condition_or_given_as_values_are_not_required() {
    // beta's access package assignment request cancel, verbatim: a purpose clause
    // ("For a non-administrator user to …") is a condition, and `cancelled` is the value of
    // `requestStatus`, not a member.
    let said = "For a non-administrator user to cancel their own request, the request must contain the **id** of the [accessPackageAssignmentRequest](../resources/accesspackageassignmentrequest.md) and a **requestStatus** with a value of `cancelled`.";
    let page = linked_body_page("POST /identityGovernance/entitlementManagement/assignmentRequests/{id}/cancel", said);
    assert_eq!(linked_required(&page), Vec::<String>::new());
}

#[test]
fn a_value_in_code_after_a_demanded_member_is_no_member() {
    // Without the condition: the member, not the value it is given.
    let said = "The request must contain a **requestStatus** with a value of `cancelled`.";
    let page = linked_body_page("POST /identityGovernance/entitlementManagement/assignmentRequests/{id}/cancel", said);
    assert_eq!(linked_required(&page), ["requestStatus"]);
}

#[test]
fn a_pronoun_before_is_the_only_required_property_is_no_member() {
    // "`x` is the only required property" with a pronoun for `x`: no member named.
    let said = "Specify the `templateId` of the job. It is the only required property.";
    let page = linked_body_page("POST /servicePrincipals/{id}/synchronization/jobs", said);
    assert_eq!(linked_required(&page), Vec::<String>::new());
}

#[test]
fn an_update_s_odata_type_row_marked_required_does_not_depend_on_row_order() {
    // An update keeps the `@odata.type` row marked required wherever the table lists it.
    let page = |rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update thing\n\n## HTTP request\n```http\nPATCH /things/{{id}}\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [thing](../resources/thing.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n{rows}\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let kind = "|@odata.type|String|The kind of thing. Required.|\n";
    let name = "|displayName|String|The name. Required.|\n";
    let first = linked_required(&page(&format!("{kind}{name}")));
    let second = linked_required(&page(&format!("{name}{kind}")));
    assert_eq!(first, second, "the rows' order decides nothing");
}

/// The channel message create's page, its Request body section saying `said`: the members its
/// linked body requires.
fn required(said: &str) -> Vec<String> {
    linked_required(&format!(
        "---\ndoc_type: apiPageType\n---\n# Send chatMessage in a channel\n\n## HTTP request\n```http\nPOST /teams/{{team-id}}/channels/{{channel-id}}/messages\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [chatMessage](../resources/chatmessage.md) object. {said}\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [chatMessage](../resources/chatmessage.md) object.\n"
    ))
}

/// A stressed demand now read (v1.0's secureScoreControlProfile update: "The body **must** contain the
/// `vendorInformation` property with valid `provider` and `vendor` fields") names one member; the fields
/// of its object after it are not the body's.
#[test]
fn a_stressed_demand_requires_the_member_not_the_fields_of_its_object() {
    assert_eq!(
        required("The body **must** contain the `body` property with valid `subject` and `importance` fields."),
        ["body"]
    );
}

/// A "supply the" that is not the sentence's command does not hide a demand after it ("… but the
/// request body must contain **body**").
#[test]
fn a_demand_after_a_supply_that_is_no_command_still_requires() {
    assert_eq!(
        required("You can also supply the **importance**, but the request body must contain **body**."),
        ["body"]
    );
}

/// "You must supply the **x**" (a wording `demands_odata_type` reads for `@odata.type`) requires x,
/// as "supply the **x**" alone does.
#[test]
fn must_supply_the_member_requires_it() {
    assert_eq!(required("You must supply the **body** property."), ["body"]);
}

/// "supply the **x** or **y**" (as "must contain **x** or **y**") requires neither alone.
#[test]
fn supply_one_or_the_other_requires_neither_alone() {
    assert!(required("In the request body, supply the **body** or **subject**.").len() < 2, "either, not both");
}

#[test]
fn a_demanded_list_under_a_condition_or_a_negation_requires_nothing() {
    // As `members_demanded` reads one sentence: "If …"/"When …" demands only for that case, and a
    // list the sentence says is not required is no demand at all.
    let text = |intro: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create bookingStaffMember\n\n## HTTP request\n```http\nPOST /solutions/bookingBusinesses/{{id}}/staffMembers\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [bookingStaffMember](../resources/bookingstaffmember.md) object. {intro}\n\n- **displayName**\n- **emailAddress**\n- **role**\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n"
        )
    };
    assert!(
        linked_required(&text("If the staff member is a guest, you must include the following properties:")).is_empty()
    );
    assert!(
        linked_required(&text("When **role** is `externalGuest`, you must include the following properties:"))
            .is_empty()
    );
    assert!(linked_required(&text("None of the following properties are required:")).is_empty());
}

#[test]
fn a_demanded_list_names_top_level_members() {
    let text = |intro: &str, list: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create bookingStaffMember\n\n## HTTP request\n```http\nPOST /solutions/bookingBusinesses/{{id}}/staffMembers\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [bookingStaffMember](../resources/bookingstaffmember.md) object. {intro}\n\n{list}\n## Response\nIf successful, this method returns a `201 Created` response code.\n"
        )
    };
    // A member of a member (`emailAddress.address`) is no member of the body.
    let nested = linked_required(&text(
        "You must include the following properties:",
        "- **emailAddress.address**\n- **role**\n",
    ));
    assert!(!nested.iter().any(|n| n.contains('.')), "{nested:?}");
    // A bullet that is a sentence names no member by its first word.
    let sentence =
        linked_required(&text("You must include the following properties:", "- **role**\n- The name shown.\n"));
    assert_eq!(sentence, ["role"]);
}

#[test]
fn a_table_after_a_demanding_sentence_ends_what_it_introduces() {
    // "The following properties are required:" over a table; a list further down (values of
    // `role`) is no list the sentence introduced.
    let text = "---\ndoc_type: apiPageType\n---\n# Create bookingStaffMember\n\n## HTTP request\n```http\nPOST /solutions/bookingBusinesses/{id}/staffMembers\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [bookingStaffMember](../resources/bookingstaffmember.md) object. The following properties are required:\n\n| Property | Type | Description |\n|:--|:--|:--|\n| displayName | String | The name. |\n\n- **administrator**\n- **viewer**\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n";
    assert!(linked_required(text).is_empty(), "{:?}", linked_required(text));
}

#[test]
fn a_demanded_list_written_in_code_numbered_or_described_names_its_members() {
    let text = |list: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create bookingStaffMember\n\n## HTTP request\n```http\nPOST /solutions/bookingBusinesses/{{id}}/staffMembers\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [bookingStaffMember](../resources/bookingstaffmember.md) object. You must include the following properties:\n\n{list}\n## Response\nIf successful, this method returns a `201 Created` response code.\n"
        )
    };
    assert_eq!(linked_required(&text("- `displayName`\n- `emailAddress`\n")), ["displayName", "emailAddress"]);
    assert_eq!(linked_required(&text("1. **displayName**\n2. **emailAddress**\n")), ["displayName", "emailAddress"]);
    assert_eq!(
        linked_required(&text("- **displayName**: the name shown.\n- **emailAddress**: the address.\n")),
        ["displayName", "emailAddress"]
    );
}

#[test]
fn a_placeholder_note_naming_it_in_bold_before_a_colon_describes_it() {
    // The bold form of "`meetingId`: …", which the code form already reads.
    let text = "---\ndoc_type: apiPageType\n---\n# Get meetingAttendanceReport\n\n## HTTP request\n```http\nGET /users/{userId}/onlineMeetings/{meetingId}/attendanceReports/{reportId}\n```\n\n> [!TIP]\n>- **userId**: the object ID of a user.\n>- `meetingId`: the **id** of an onlineMeeting object.\n\n## Response\n";
    let names = noted_placeholders(text);
    assert_eq!(names, ["userId", "meetingId"]);
}

#[test]
fn a_note_opening_with_a_product_name_is_no_placeholder_note() {
    // "OneDrive", "PowerShell", "IDs": capitals inside a word, but no placeholder of the page.
    let text = "---\ndoc_type: apiPageType\n---\n# Get meetingAttendanceReport\n\n## HTTP request\n```http\nGET /users/{userId}/onlineMeetings/{meetingId}/attendanceReports/{reportId}\n```\n\n> **Note:** OneDrive is not supported. PowerShell can be used to list reports. IDs are case-sensitive.\n\n## Response\n";
    assert!(noted_placeholders(text).is_empty(), "{:?}", noted_placeholders(text));
}

#[test]
fn a_table_of_values_a_sentence_gives_a_parameter_lists_its_values() {
    // v1.0's download in another format: "The following values are valid for the **format** parameter:".
    let text = "---\ndoc_type: apiPageType\n---\n# Download a file in another format\n\n## HTTP request\n```http\nGET /drive/items/{item-id}/content?format={format}\n```\n\n## Query parameters\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n| _format_ | string | The format to download as. |\n\nThe following values are valid for the **format** parameter:\n\n| Value | Description |\n|:--|:--|\n| glb | GLB format |\n| pdf | PDF format |\n\n## Response\nIf successful, this method returns a `302 Found` response code.\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let params = super::query_params(&page);
    let format = params.iter().find(|p| p.name == "format").expect("format");
    assert_eq!(format.values, ["glb", "pdf"]);
    assert!(params.iter().all(|p| p.name != "glb"), "values are no parameters");
    // v1.0's copy: the table under a heading of its own, its column named `Format value`.
    let v1 = text
        .replace("\nThe following", "\n### Format options\n\nThe following")
        .replace("| Value |", "| Format value |");
    let src = crate::SourceFile::new("a.md", v1.as_str());
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let params = super::query_params(&page);
    assert_eq!(params.iter().find(|p| p.name == "format").expect("format").values, ["glb", "pdf"]);
}

#[test]
fn a_table_of_values_for_a_named_query_parameter_lists_its_values() {
    // `values_introduced` wants "parameter" right after the name: "… for the `format` query
    // parameter:" (the section's own words) lists nothing.
    let text = "---\ndoc_type: apiPageType\n---\n# Download a file in another format\n\n## HTTP request\n```http\nGET /drive/items/{item-id}/content?format={format}\n```\n\n## Query parameters\n\n| Parameter | Type | Description |\n|:--|:--|:--|\n| format | string | The format to download as. |\n\nThe following values are valid for the `format` query parameter:\n\n| Value | Description |\n|:--|:--|\n| glb | GLB format |\n| pdf | PDF format |\n\n## Response\nIf successful, this method returns a `302 Found` response code.\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let params = super::query_params(&page);
    assert_eq!(params.iter().find(|p| p.name == "format").expect("format").values, ["glb", "pdf"]);
}

#[test]
fn scopes_an_older_page_lists_with_a_note_after_one_are_all_alternatives() {
    // An item that is more than its scope ends the list: the scopes after it are lost.
    let p = page_permissions(
        "One of the following **scopes** is required to execute this API:\n\n* Files.Read\n* Files.ReadWrite (to write too)\n* Files.Read.All\n",
    );
    let scopes = p.for_path(Method::Get, "/me/drive/root/delta", None, false).delegated_work;
    assert!(scopes.contains(&"Files.Read.All".to_string()), "{scopes:?}");
}

#[test]
fn an_optional_header_a_sentence_offers_is_an_optional_header_parameter() {
    // v1.0's container permission delete: "You can add an optional `Prefer: …` header when you call
    // the API if …", its headers table listing Authorization only.
    let page = |intro: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Delete permissions\n\nDelete a permission.\n\n{intro}\n\n## HTTP request\n```http\nDELETE /storage/fileStorage/containers/{{containerId}}/permissions/{{permissionId}}\n```\n\n## Request headers\n|Name|Description|\n|:---|:---|\n|Authorization|Bearer {{token}}. Required.|\n"
        )
    };
    let offered = page(
        "You can add an optional `Prefer: onlyRemoveContainerScopedPermission` header when you call the API if only the identity's container-scoped permissions need to be removed.",
    );
    let src = crate::SourceFile::new("a.md", &offered);
    let params = header_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new()));
    assert_eq!(params.len(), 1, "{params:?}");
    assert_eq!(params[0].name, "Prefer");
    assert!(!params[0].required);
    assert!(
        params[0]
            .description
            .as_deref()
            .is_some_and(|d| d.starts_with("`onlyRemoveContainerScopedPermission`: You can add"))
    );
    // An example's description naming the header it uses offers nothing (v1.0's event create).
    let used = page("This example uses the `Prefer: outlook.timezone` request header.");
    let src = crate::SourceFile::new("a.md", &used);
    assert!(header_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).is_empty());
    // Nor a standard header, nor code that is no header.
    let standard = page("You can add an optional `Content-Type: text/plain` header, or `a: b` in an optional header.");
    let src = crate::SourceFile::new("a.md", &standard);
    assert!(header_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).is_empty());
}

#[test]
fn scopes_after_the_list_of_extras_are_apart_where_a_break_parts_them() {
    // checkMemberObjects' cell with the scopes after the list one a line (`<br>` between them, as
    // the cell's text reads it: a space), or a note after them on a line of its own.
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|User.Read.All<br>And:<ul><li>If checking for membership in groups: Group.Read.All</li></ul>Directory.Read.All<br>Directory.ReadWrite.All|\n|Application|User.Read.All<br>And:<ul><li>If checking for membership in groups: Group.Read.All</li></ul>Directory.Read.All<br>Note: Directory.AccessAsUser.All cannot be used.|\n",
    );
    let got = p.for_path(Method::Post, "/users/{id}/checkMemberObjects", None, false);
    assert_eq!(got.delegated_work, ["User.Read.All", "Directory.Read.All", "Directory.ReadWrite.All"]);
    assert_eq!(got.application, ["User.Read.All", "Directory.Read.All"]);
}

#[test]
fn a_warning_saying_the_default_security_applies_names_no_kind_of_token() {
    // The include missing, the lead allowing application tokens only: the operations take that
    // kind (`emit`: an application requirement, no scope), not the contract's default.
    let text = "---\ndoc_type: apiPageType\n---\n# Get x\n\nGet x. This action only supports application permissions.\n\n## Permissions\n[!INCLUDE [permissions-table](../includes/permissions/x-get-permissions.md)]\n\n## HTTP request\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    let got = permissions(&page, &mut diags).for_path(Method::Get, "/x", None, false);
    assert_eq!((got.delegated_work.len(), got.application.len()), (0, 1), "{got:?}");
    let says_default: Vec<_> =
        diags.iter().filter(|d| d.message.contains("the contract's default security applies")).collect();
    assert!(says_default.is_empty(), "{says_default:#?}");
}

#[test]
fn a_scope_marked_available_soon_leaves_the_others_of_its_entry() {
    // Alternatives joined by "or" are one comma-separated entry: only the marked one is not granted
    // yet; and a scope retiring soon is granted today.
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|CustomSecAttributeDefinition.ReadWrite.All or CustomSecAttributeDefinition.Read.All (Available soon)|\n|Application|Directory.Read.All (to be retired soon), Directory.ReadWrite.All|\n",
    );
    let all = p.for_path(Method::Get, "/directory/customSecurityAttributeDefinitions/{id}/allowedValues", None, false);
    assert_eq!(all.delegated_work, ["CustomSecAttributeDefinition.ReadWrite.All"]);
    assert_eq!(all.application, ["Directory.Read.All", "Directory.ReadWrite.All"]);
}

#[test]
fn scopes_a_note_marks_deprecated_are_no_alternatives() {
    // v1.0's channel filesFolder: "Group.Read.All**" beside "Permissions marked with ** are
    // deprecated and should not be used."
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Files.Read.All, Files.ReadWrite.All, Group.Read.All**, Group.ReadWrite.All**|\n|Application|Group.ReadWrite.All**|\n";
    let noted = format!("{table}\n> **Note**: Permissions marked with ** are deprecated and should not be used.\n");
    let all = page_permissions(&noted).for_path(Method::Get, "/teams/{id}/channels/{id}/filesFolder", None, false);
    assert_eq!(all.delegated_work, ["Files.Read.All", "Files.ReadWrite.All"]);
    // A cell of deprecated scopes only keeps them: the call still needs one.
    assert_eq!(all.application, ["Group.ReadWrite.All"]);
    // Without the note the marks are footnotes, the scopes granted.
    let all = page_permissions(table).for_path(Method::Get, "/teams/{id}/channels/{id}/filesFolder", None, false);
    assert_eq!(all.delegated_work.len(), 4);
    // beta's hosted contents: "Permissions marked with ** are supported only for backward compatibility."
    let kept = format!(
        "{table}\nPermissions marked with ** are supported only for backward compatibility. We recommend that you update your solutions to use an alternative permission.\n"
    );
    let all = page_permissions(&kept).for_path(Method::Get, "/teams/{id}/channels/{id}/filesFolder", None, false);
    assert_eq!(all.delegated_work, ["Files.Read.All", "Files.ReadWrite.All"]);
    // Words are no mark ("marked with a note"), but for "an asterisk".
    let words = format!("{table}\nPermissions marked with a note are deprecated.\n");
    let all = page_permissions(&words).for_path(Method::Get, "/teams/{id}/channels/{id}/filesFolder", None, false);
    assert_eq!(all.delegated_work.len(), 4);
    let asterisk = format!("{table}\nPermissions marked with an asterisk are deprecated.\n");
    let all = page_permissions(&asterisk).for_path(Method::Get, "/teams/{id}/channels/{id}/filesFolder", None, false);
    assert_eq!(all.delegated_work, ["Files.Read.All", "Files.ReadWrite.All"]);
}

#[test]
fn a_list_of_scopes_in_words_needs_them_all_unless_the_page_writes_them_apart() {
    // beta's conditional access policy create: "A, B and C" in both rows.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Policy.Read.All, Policy.ReadWrite.ConditionalAccess and Application.Read.All|\n|Application|Policy.Read.All, Policy.ReadWrite.ConditionalAccess, and Application.Read.All|\n";
    let all = page_permissions(table).for_path(Method::Post, "/identity/conditionalAccess/policies", None, false);
    let together = ["Policy.Read.All and Policy.ReadWrite.ConditionalAccess and Application.Read.All"];
    assert_eq!(all.delegated_work, together);
    assert_eq!(all.application, together, "with a comma before the \"and\"");
    // v1.0's group members add: the delegated row lists the last two apart, as alternatives.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|GroupMember.ReadWrite.All, Group.ReadWrite.All, Directory.ReadWrite.All|\n|Application|GroupMember.ReadWrite.All, Group.ReadWrite.All and Directory.ReadWrite.All|\n";
    let all = page_permissions(table).for_path(Method::Post, "/groups/{id}/members/$ref", None, false);
    assert_eq!(all.application, ["GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"]);
    // Two pairs stay two alternatives.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Application|Policy.Read.All and Application.Read.All, Policy.ReadWrite.All and Application.Read.All|\n";
    let all = page_permissions(table).for_path(Method::Post, "/policies", None, false);
    assert_eq!(
        all.application,
        ["Policy.Read.All and Application.Read.All", "Policy.ReadWrite.All and Application.Read.All"]
    );
}

#[test]
fn scopes_a_note_marks_unavailable_are_not_granted() {
    // beta's subjectRightsRequest notes: "SubjectRightsRequest.ReadWrite.All*" beside
    // "Permissions marked with an asterisk (*) are currently not available."
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|SubjectRightsRequest.Read.All, SubjectRightsRequest.ReadWrite.All*|\n|Application|SubjectRightsRequest.ReadWrite.All*|\n";
    let noted = format!(
        "{table}\n>[!IMPORTANT]\n>Permissions marked with an asterisk (*) are currently not available. For details, see [Known issues](/graph/known-issues).\n"
    );
    let all = page_permissions(&noted).for_path(Method::Get, "/security/subjectRightsRequests/{id}/notes", None, false);
    assert_eq!(all.delegated_work, ["SubjectRightsRequest.Read.All"]);
    // A cell of unavailable scopes only grants none (unlike deprecated ones).
    assert!(all.application.is_empty(), "{:?}", all.application);
    // Without the note the mark is a footnote.
    let all = page_permissions(table).for_path(Method::Get, "/security/subjectRightsRequests/{id}/notes", None, false);
    assert_eq!(all.application, ["SubjectRightsRequest.ReadWrite.All"]);
}

#[test]
fn members_a_sentence_of_their_own_says_are_required_are_required() {
    // beta's connectorGroup create: "The **name** property is a required property."
    let said = "The following table lists the properties available for a **connectorGroup**. The **name** property is a required property.";
    let page = linked_body_page("POST /onPremisesPublishingProfiles/applicationProxy/connectorGroups", said);
    assert_eq!(linked_required(&page), ["name"]);
    let said = "**displayName**, `mailNickname` and **securityEnabled** are required.";
    let page = linked_body_page("POST /groups", said);
    assert_eq!(linked_required(&page), ["displayName", "mailNickname", "securityEnabled"]);
    // Not under a condition, nor a sentence about something else.
    for said in [
        "The **name** property is required when the group is dynamic.",
        "Only the owner of **name** is required.",
        "A value for the **region** of the group is required.",
    ] {
        let page = linked_body_page("POST /groups", said);
        assert_eq!(linked_required(&page), Vec::<String>::new(), "{said}");
    }
}

#[test]
fn a_mark_another_sentence_of_the_note_explains_is_no_deprecation() {
    // The note's "deprecated" is another sentence's, about an unmarked scope: `*` marks the
    // scopes needing an admin's consent, which stay alternatives.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|GroupMember.Read.All, Group.Read.All, Directory.Read.All*|\n|Application|GroupMember.Read.All, Directory.Read.All*|\n";
    let noted = format!(
        "{table}\n> **Note**: Permissions marked with * need an administrator's consent. The Group.Read.All permission is deprecated for this call.\n"
    );
    let all = page_permissions(&noted).for_path(Method::Get, "/groups/{id}/members", None, false);
    assert_eq!(all.delegated_work, ["GroupMember.Read.All", "Group.Read.All", "Directory.Read.All"]);
    assert_eq!(all.application, ["GroupMember.Read.All", "Directory.Read.All"]);
}

#[test]
fn scopes_written_before_the_resource_they_are_for_are_a_table_per_resource() {
    // v1.0's chatMessage update: "X for a chat message.</br>Y for a channel message." on a
    // page whose only line is a channel message's.
    let p = page_permissions(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Not supported.|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application | Chat.UpdatePolicyViolation.All for a chat message.</br>ChannelMessage.UpdatePolicyViolation.All for a channel message. |\n",
    );
    let own = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        p.for_path(Method::Patch, "/teams/{team-id}/channels/{channel-id}/messages/{message-id}", None, false)
            .application,
        own(&["ChannelMessage.UpdatePolicyViolation.All"])
    );
    assert_eq!(
        p.for_path(Method::Patch, "/chats/{chat-id}/messages/{message-id}", None, false).application,
        own(&["Chat.UpdatePolicyViolation.All"])
    );
    let labelled = super::permissions::labelled_scopes;
    assert_eq!(
        labelled("A.Read.All, A.ReadWrite.All for chats and B.Read.All for channels").unwrap(),
        [("chats".to_string(), "A.Read.All, A.ReadWrite.All".to_string()), ("channels".into(), "B.Read.All".into())]
    );
    // One group, or a sentence ending inside a label's words, is no table per resource.
    assert!(labelled("Chat.Read.All for a chat message.").is_none());
    assert!(labelled("A.Read.All for chats. Admin consent is required. B.Read.All for channels.").is_none());
}

#[test]
fn a_query_parameter_named_with_its_value_takes_the_value_s_kind() {
    // v1.0's thumbnails: "by appending the `originalOrientation=true` query parameter".
    let kinds = |intro: &str| {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# List thumbnails\n\n{intro}\n\n## HTTP request\n```http\nGET /me/drive/items/{{id}}/thumbnails\n```\n"
        );
        let src = crate::SourceFile::new("a.md", &text);
        query_params(&Page::parse(crate::FileId(0), &src, &mut Vec::new()))
            .into_iter()
            .map(|p| (p.name, p.ty))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds("Get the thumbnails by appending the `originalOrientation=true` query parameter."),
        [("originalOrientation".to_string(), TypeRef::Primitive(Primitive::Boolean))]
    );
    assert_eq!(
        kinds("To page, use the `pageSize=10` query parameter."),
        [("pageSize".to_string(), TypeRef::Primitive(Primitive::Int32))]
    );
    assert_eq!(
        kinds("Use the `sectionName=Notes` query parameter."),
        [("sectionName".to_string(), TypeRef::Primitive(Primitive::String))]
    );
}

#[test]
fn tables_told_apart_by_heading_words_one_missing_name_no_scopes_together() {
    // As the insightsSettings pages, one heading's table included from a file the inputs lack:
    // a line whose lead-in names both takes both, so none (the item table's alone would pass
    // for the whole list).
    let p = page_permissions(&format!(
        "### To update **contact insights** settings for an organization\n\n[!INCLUDE [permissions-table](../includes/permissions/contact-insights-permissions.md)]\n\n### To update **item insights** settings for an organization\n{}\n",
        one_scope_table("ItemInsights.ReadWrite"),
    ));
    let item =
        p.for_path(Method::Patch, "/admin/people/itemInsights", Some("To update settings for item insights:"), false);
    assert_eq!(item.delegated_work, ["ItemInsights.ReadWrite"]);
    let both = p.for_path(
        Method::Patch,
        "/admin/people/insights",
        Some("To update settings for item insights and contact insights:"),
        false,
    );
    assert!(both.is_empty(), "{both:?}");
}

#[test]
fn a_cell_whose_only_scope_is_not_granted_yet_allows_no_token() {
    // As `without_unavailable`'s custom security attribute rows, the cell's one scope "(Available
    // soon)"; or a refusal written without "not".
    let table = |application: &str| {
        format!(
            "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|CustomSecAttributeDefinition.ReadWrite.All|\n|Application|{application}|\n"
        )
    };
    for cell in [
        "CustomSecAttributeDefinition.Read.All (Available soon)",
        "Application permissions are currently unavailable for this API.",
    ] {
        let read = page_permissions(&table(cell)).for_path(Method::Get, "/directory/attributeSets", None, false);
        assert!(read.application.is_empty(), "{cell}: {read:?}");
    }
}

#[test]
fn an_alternative_naming_no_scope_beside_a_scope_allows_any_token_too() {
    // v1.0's subscription-list.md as written: the delegated rows offer the same "Role required to
    // [create subscription]" as the application row, or Subscription.Read.All.
    let role = "Role required to [create subscription](subscription-post-subscriptions.md)";
    let p = page_permissions(&format!(
        "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|{role} or Subscription.Read.All (see below).|\n|Application|{role}.|\n"
    ));
    let read = p.for_path(Method::Get, "/subscriptions", None, false);
    assert_eq!(read.application, [Permissions::NO_SCOPE]);
    assert!(read.delegated_work.iter().any(|s| s == Permissions::NO_SCOPE), "{read:?}");
}

#[test]
fn a_list_in_words_in_an_included_table_is_alternatives_where_the_include_writes_them_apart() {
    // v1.0's group members add, its table moved to the permissions include newer pages use: the
    // delegated row writing the last two apart is in the include, not on the page.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|GroupMember.ReadWrite.All, Group.ReadWrite.All, Directory.ReadWrite.All|\n|Application|GroupMember.ReadWrite.All, Group.ReadWrite.All and Directory.ReadWrite.All|\n";
    let files = [
        crate::SourceFile::new(
            "v1.0/api/group-post-members.md",
            "---\ndoc_type: apiPageType\n---\n# Add member\n\n## Permissions\n[!INCLUDE [permissions-table](../includes/permissions/group-post-members-permissions.md)]\n\n## HTTP request\n",
        ),
        crate::SourceFile::new("v1.0/includes/permissions/group-post-members-permissions.md", table),
    ];
    let includes = crate::source::Includes::new(&files);
    let page = Page::parse(crate::FileId(0), &files[0], &mut Vec::new()).with_includes(&includes);
    let got = permissions(&page, &mut Vec::new()).for_path(Method::Post, "/groups/{id}/members/$ref", None, false);
    assert_eq!(got.application, ["GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"]);
}

#[test]
fn a_list_in_words_ending_in_a_period_needs_them_all() {
    // The conditional access cell as pages that end their cells with a period write it
    // ("SecurityEvents.Read.All, SecurityEvents.ReadWrite.All.").
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Policy.Read.All, Policy.ReadWrite.ConditionalAccess and Application.Read.All.|\n";
    let all = page_permissions(table).for_path(Method::Post, "/identity/conditionalAccess/policies", None, false);
    assert_eq!(all.delegated_work, ["Policy.Read.All and Policy.ReadWrite.ConditionalAccess and Application.Read.All"]);
}

#[test]
fn a_longer_scope_after_the_last_two_is_not_them_written_apart() {
    // The application row names `User.Read.All`, not the delegated row's `User.Read`: the
    // delegated row's three are still needed together.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Sites.Read.All, Files.Read.All and User.Read|\n|Application|Files.Read.All, User.Read.All|\n";
    let all = page_permissions(table).for_path(Method::Get, "/drives/{id}/items", None, false);
    assert_eq!(all.delegated_work, ["Sites.Read.All and Files.Read.All and User.Read"]);
}

#[test]
fn an_unavailable_scope_leaves_the_other_alternative_of_its_entry() {
    // As "A or B (Available soon)" keeps A: "A or B*" beside "marked with an asterisk (*) are
    // currently not available" keeps A.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|SubjectRightsRequest.Read.All or SubjectRightsRequest.ReadWrite.All*|\n";
    let noted =
        format!("{table}\n>[!IMPORTANT]\n>Permissions marked with an asterisk (*) are currently not available.\n");
    let all = page_permissions(&noted).for_path(Method::Get, "/security/subjectRightsRequests/{id}/notes", None, false);
    assert_eq!(all.delegated_work, ["SubjectRightsRequest.Read.All"]);
}

#[test]
fn rsc_marks_beside_a_backward_compatibility_list_note_are_granted() {
    // beta's profilePhoto update (team table), its note a list of two marks.
    let table = "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|TeamSettings.ReadWrite.Group*, TeamSettings.ReadWrite.All, Group.ReadWrite.All**, Directory.ReadWrite.All**|\n";
    let noted = format!(
        "{table}\n> **Note**:\n> - Permissions marked with * use [resource-specific consent](/microsoftteams/platform/graph-api/rsc/resource-specific-consent).\n> - Permissions marked with ** are supported only for backward compatibility. We recommend that you update your solutions.\n"
    );
    let all = page_permissions(&noted).for_path(Method::Put, "/groups/{id}/photo/$value", None, false);
    assert_eq!(all.delegated_work, ["TeamSettings.ReadWrite.Group", "TeamSettings.ReadWrite.All"]);
}

#[test]
fn the_extra_scope_in_a_paragraph_of_its_own() {
    // The invitation create's text with a blank line before "Additionally": the extra is still no
    // alternative.
    let p = page_permissions(
        "The following **scopes** are required to execute this API:\n*Directory.ReadWrite.All*\n\nAdditionally, if you are inviting a user to a group, you'll need to request \n*Group.ReadWrite.All*\n",
    );
    assert_eq!(p.for_path(Method::Post, "/invitations", None, false).delegated_work, ["Directory.ReadWrite.All"]);
    let p = page_permissions(
        "The following **scopes** are required to execute this API: *Directory.ReadWrite.All*. In addition, if you are inviting a user to a group, you'll need *Group.ReadWrite.All*.\n",
    );
    assert_eq!(p.for_path(Method::Post, "/invitations", None, false).delegated_work, ["Directory.ReadWrite.All"]);
}

#[test]
fn nested_rows_that_are_not_required_require_no_member() {
    let page = "---\ndoc_type: apiPageType\n---\n# Create plannerRosterMember\n\n## HTTP request\n```http\nPOST /planner/rosters/{plannerRosterId}/members\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [plannerRosterMember](../resources/plannerrostermember.md) object.\n\nThe following table shows the properties that are required when you create the plannerRosterMember.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|userId|String|Identifier of the user.|\n|tenantId|String|Identifier of the tenant.|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n".to_string();
    // Nested rows each calling themselves optional, as a plain row doing so is not required.
    let optional = page.replace(
        "|tenantId|String|Identifier of the tenant.|",
        "|files/fileName|String|Optional. The name.|\n|files/language|String|Optional. The culture.|",
    );
    assert_eq!(linked_required(&optional), ["userId"]);
    // Nested rows under their member's own row marked deprecated: the deprecated member stays optional.
    let deprecated = page.replace(
        "|tenantId|String|Identifier of the tenant.|",
        "|files (deprecated)|Collection|The files.|\n|files/fileName|String|The name.|",
    );
    assert_eq!(linked_required(&deprecated), ["userId"]);
}
