use super::*;
use crate::extract::request::call_argument;

/// What one page yields.
fn extract(text: &str) -> PageOutput {
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    extract_api_page(&page, &mut Vec::new())
}

/// The query parameters' names of the first operation a page yields.
fn first_query_names(text: &str) -> Vec<String> {
    let out = extract(text);
    let op = &out.operations[0].operation;
    op.parameters.iter().filter(|p| p.location == ParamLocation::Query).map(|p| p.name.clone()).collect()
}

/// The operationIds one page yields, in line order.
fn operation_ids(text: &str) -> Vec<String> {
    extract(text).operations.iter().map(|o| o.operation.id.clone()).collect()
}
use crate::extract::response::primitive_result;
use crate::extract::text::unlinked_representation;

#[test]
fn a_line_reading_the_set_of_the_first_line_s_item_is_named_for_the_set() {
    // beta's online meeting get: a meeting by key, and the set filtered by its join URL.
    let text = "---\ndoc_type: apiPageType\n---\n# Get onlineMeeting\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{meetingId}\nGET /me/onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}'\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [onlineMeeting](../resources/onlinemeeting.md) object in the response body.\n";
    assert_eq!(operation_ids(text), ["get_online_meeting", "get_online_meetings"]);
    // The set's segment written `onlinemeetings`: Graph's paths are case-insensitive.
    let lower = text.replace("GET /me/onlineMeetings?", "GET /me/onlinemeetings?");
    assert_eq!(operation_ids(&lower), ["get_online_meeting", "get_online_meetings"]);
}

#[test]
fn a_page_without_a_title_names_its_operations_after_their_paths() {
    // Front matter run onto the heading's line leaves the page no title, no example names it.
    let text = "---title: \"x\"---# Get message\n\n## HTTP request\n```http\nGET /me/messages/{id}\nGET /users/{id}/messages/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    assert_eq!(operation_ids(text), ["get_me_messages", "get_me_messages_users"]);
}

#[test]
fn a_location_the_prose_names_or_the_example_shows_is_a_header_on_any_success() {
    let page = |prose: &str, example_header: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# updateRecordingStatus\n\n## HTTP request\n```http\nPOST /calls/{{id}}/update\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code{prose}.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nPOST /calls/1/update\n```\n\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 200 OK\n{example_header}\n```\n"
        )
    };
    let location = |text: String| extract(&text).operations[0].operation.responses[0].location_header;
    let named = " and a Location header with a URI to the operation";
    let shown = "Location: https://graph.microsoft.com/v1.0/operations/1";
    assert!(location(page(named, shown)));
    assert!(location(page(named, "Content-Type: application/json")), "participant invite's prose");
    assert!(location(page("", shown)), "call mute's example");
    assert!(!location(page("", "Content-Type: application/json")));
    // A code span of the header's name, not a property's (print-list-shares' note: "Filtering
    // printer shares based on `capabilities` or `location`").
    let spanned = ". The `Location` header names the new share";
    assert!(location(page(spanned, "Content-Type: application/json")));
    let property = ". Filtering printer shares based on `capabilities` or `location` returns fewer properties";
    assert!(!location(page(property, "Content-Type: application/json")));
    let named = ". It returns a tracking header named `location` in the response";
    assert!(location(page(named, "Content-Type: application/json")), "simulation update's prose");
    // One case of several (online meeting get's live event reports), not success itself.
    let case = ". If you fetch the attendee report of a live event, this method returns a `Location` header that indicates the URI";
    assert!(!location(page(case, "Content-Type: application/json")), "one case's");
    let accepted =
        ". If the request is accepted, this method returns a `202 Accepted` response code and a `Location` header";
    assert!(
        location(
            page(accepted, "")
                .replace("`200 OK`", "`202 Accepted`")
                .replace("HTTP/1.1 200 OK", "HTTP/1.1 202 Accepted")
        ),
        "success in other words"
    );
    // A sentence giving the header to another success than the operation's (beta's chat create:
    // `201 Created` and the chat, or "If successful, … returns a `202 Accepted` response code and
    // Location header …" where apps are installed): not the `201`'s.
    let other = ". If successful, this method returns a `202 Accepted` response code and Location header that links to the operation";
    assert!(!location(page(other, "Content-Type: application/json")), "another status's");
    // A `204 No Content` the prose states takes no header from an example answering otherwise
    // (beta's approval item cancel: `HTTP/1.1 202 Accepted` and a `Location`).
    let no_content = |status: &str| {
        page("", shown)
            .replace("a `200 OK` response code", "a `204 No Content` response code")
            .replace("HTTP/1.1 200 OK", status)
    };
    assert!(!location(no_content("HTTP/1.1 202 Accepted")));
    assert!(location(no_content("HTTP/1.1 204 No Content")), "its own example's");
}

#[test]
fn a_location_a_sentence_gives_another_success_is_that_success_s() {
    // `204` first, a `202` with its `Location` in a sentence of its own: the `202`'s alone.
    let text = "---\ndoc_type: apiPageType\n---\n# Delete thing\n\n## HTTP request\n```http\nDELETE /things/{id}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code. If the deletion takes long, this method returns a `202 Accepted` response code and a `Location` header.\n";
    let out = extract(text);
    let got: Vec<(u16, bool)> =
        out.operations[0].operation.responses.iter().map(|r| (r.status, r.location_header)).collect();
    assert_eq!(got, [(204, false), (202, true)]);
}

#[test]
fn a_location_the_sentence_after_another_success_gives_is_that_success_s() {
    // The chat create's case written as the team archive writes its header: a sentence of its own
    // after the `202`'s ("… returns a `202 Accepted` response code. The response also contains a
    // `Location` header …"): not the `201`'s either.
    let text = "---\ndoc_type: apiPageType\n---\n# Create chat\n\n## HTTP request\n```http\nPOST /chats\n```\n\n## Response\nIf successful, this method returns a `201 Created` response code and the newly created [chat](../resources/chat.md) resource in the response body.\n\n### Response for creating a chat with installed apps\nIf successful, this method returns a `202 Accepted` response code. The response also contains a `Location` header that links to the operation.\n";
    let out = extract(text);
    let first = &out.operations[0].operation.responses[0];
    assert_eq!((first.status, first.location_header), (201, false));
}

#[test]
fn a_closing_parenthesis_closing_nothing_is_dropped_with_a_warning() {
    // beta's service update message get: `messages('{serviceUpdateMessageId}'))`.
    let text = "---\ndoc_type: apiPageType\n---\n# Get message\n\n## HTTP request\n```http\nGET /admin/messages('{messageId}'))\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let src = crate::SourceFile::new("a.md", text);
    let mut diags = Vec::new();
    let page = Page::parse(crate::FileId(0), &src, &mut diags);
    let out = extract_api_page(&page, &mut diags);
    assert_eq!(out.operations[0].operation.path, "/admin/messages('{messageId}')");
    assert!(diags.iter().any(|d| d.code == crate::codes::BAD_PATH && d.message.contains("closes no")), "{diags:?}");
}

#[test]
fn a_json_answer_beside_a_redirect_to_a_download_is_a_response_too() {
    // beta's usage reports: "### CSV" answers `302 Found`, "### JSON" `200 OK`, by `$format`.
    let page = |context: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# reportRoot: getUserDetail\n\n## HTTP request\n```http\nGET /reports/getUserDetail(period='{{period_value}}')\n```\n\n## Response\n\n### CSV\n\nIf successful, this method returns a `302 Found` response that redirects to a preauthenticated download URL for the report.\n\n### JSON\n\nIf successful, this method returns a `200 OK` response code and a JSON object in the response body.\n\n## Example\n\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nGET https://graph.microsoft.com/beta/reports/getUserDetail(period='D7')?$format=application/json\n```\n\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{{context}\"value\": [{{\"userPrincipalName\": \"a\"}}]}}\n```\n"
        )
    };
    let out = extract(&page(
        r#""@odata.context": "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.userDetail)", "#,
    ));
    let responses = &out.operations[0].operation.responses;
    assert_eq!(responses.iter().map(|r| r.status).collect::<Vec<_>>(), [302, 200]);
    assert!(responses[0].body.is_none() && responses[0].location_header);
    let body = responses[1].body.as_ref().unwrap();
    assert_eq!(body.shape, Shape::CollectionPage(TypeRef::Named("userDetail".into())));
    assert!(body.example.is_some());
    // Without a context naming the type: the JSON the example shows, an object (open: its members
    // named nowhere).
    let out = extract(&page(""));
    let body = out.operations[0].operation.responses[1].body.as_ref().unwrap();
    assert_eq!(body.media_type, "application/json");
    let c = crate::convert(vec![crate::SourceFile::new("api/reportroot-getuserdetail.md", page(""))]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let schema = &json["paths"]["/reports/getUserDetail(period='{period_value}')"]["get"]["responses"]["200"]["content"]
        ["application/json"]["schema"];
    assert_eq!(schema["type"], "object", "{schema}");
    // An example declaring JSON whose body is broken (beta's Teams report: bare `00:00:00`): any JSON.
    let broken = page("").replace(r#"{"userPrincipalName": "a"}"#, r#"{"duration": 00:00:00}"#);
    let out = extract(&broken);
    let body = out.operations[0].operation.responses[1].body.as_ref().unwrap();
    assert_eq!(body.shape, Shape::Type(TypeRef::Primitive(Primitive::Json)));
    // Undeclared, a body opening as JSON does is JSON, broken or not.
    let undeclared = broken.replace("Content-Type: application/json\n", "");
    let statuses: Vec<u16> = extract(&undeclared).operations[0].operation.responses.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [302, 200]);
    // A status no example answers with JSON ("the full contents of the file"): the redirect alone.
    let bytes = "---\ndoc_type: apiPageType\n---\n# Download\n\n## HTTP request\n```http\nGET /drive/items/{item-id}/content\n```\n\n## Response\nReturns a `302 Found` response redirecting to a preauthenticated download URL for the file. If the redirect can't be generated, the call returns a `200 OK` response code with the full contents of the file.\n";
    let statuses: Vec<u16> = extract(bytes).operations[0].operation.responses.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [302]);
}

#[test]
fn a_string_argument_s_listed_values_are_the_argument_s() {
    // beta's town hall getByUserRole and usage reports: `|role|String|… Possible values are: …|`.
    let text = "---\ndoc_type: apiPageType\n---\n# getByUserRole\n\n## HTTP request\n```http\nGET /solutions/virtualEvents/townhalls/getByUserRole(role='{role}')\n```\n\n## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|role|String|The role. Possible values are: `organizer`, `coOrganizer`.|\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n";
    let out = extract(text);
    let role = out.operations[0].operation.parameters.iter().find(|p| p.name == "role").unwrap();
    assert_eq!(role.values, ["organizer", "coOrganizer"]);
    // A table without a type column describes the argument too.
    let untyped = "---\ndoc_type: apiPageType\n---\n# getSummary\n\n## HTTP request\n```http\nGET /reports/getSummary(period='{period}')\n```\n\n## Function parameters\n\n| Parameter | Description |\n|:---|:---|\n| period | Either `D7` or `D30`. |\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n";
    let out = extract(untyped);
    assert_eq!(out.operations[0].operation.parameters[0].description.as_deref(), Some("Either `D7` or `D30`."));
    // Those two are its values (beta's application sign-in summary: "Either `D7` (last seven days) or
    // `D30` (last 30 days); other values generate errors.").
    assert_eq!(out.operations[0].operation.parameters[0].values, ["D7", "D30"]);
    let remarked = untyped.replace(
        "Either `D7` or `D30`.",
        "Either `D7` (last seven days) or `D30` (last 30 days); other values generate errors.",
    );
    assert_eq!(extract(&remarked).operations[0].operation.parameters[0].values, ["D7", "D30"]);
    // Its listed values too, as a typed string row's.
    let listed = untyped.replace("Either `D7` or `D30`.", "The period. Possible values are: `D7`, `D30`.");
    assert_eq!(extract(&listed).operations[0].operation.parameters[0].values, ["D7", "D30"]);
    // Listed plainly after the placeholder's name (the usage reports).
    let plain = untyped.replace(
        "Either `D7` or `D30`.",
        "The aggregation. The supported values for {period} are: D7, D30, D90, and D180. These values follow the format Dn.",
    );
    assert_eq!(extract(&plain).operations[0].operation.parameters[0].values, ["D7", "D30", "D90", "D180"]);
    // Values the row calls case-insensitive are spellings of them, not the only ones (beta's
    // credential usage summary: "Supported periods: `D1`, `D7`, and `D30`. Period is case insensitive.").
    let insensitive = text.replace(".|\n\n## Response", ". Role is case insensitive.|\n\n## Response");
    assert_ne!(insensitive, text);
    let out = extract(&insensitive);
    assert!(out.operations[0].operation.parameters[0].values.is_empty());
    let untyped_insensitive = listed.replace("`D30`.", "`D30`. Period is case-insensitive.");
    assert!(extract(&untyped_insensitive).operations[0].operation.parameters[0].values.is_empty());
    // A key is no argument: it takes any value.
    let key = text.replace("getByUserRole(role='{role}')", "{role}").replace("Function parameters", "Path parameters");
    let out = extract(&key);
    assert!(out.operations[0].operation.parameters[0].values.is_empty());
}

#[test]
fn values_a_row_calls_not_case_sensitive_are_spellings_too() {
    // v1.0's getByIds says it of its `types`: "The values are not case sensitive." Said of a
    // string argument's listed values, as "Period is case insensitive.": spellings, no closed list.
    let text = "---\ndoc_type: apiPageType\n---\n# getSummary\n\n## HTTP request\n```http\nGET /reports/getSummary(period='{period}')\n```\n\n## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|period|String|The period. Possible values are: `D7`, `D30`. The values are not case sensitive.|\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n";
    let out = extract(text);
    assert!(
        out.operations[0].operation.parameters[0].values.is_empty(),
        "{:?}",
        out.operations[0].operation.parameters[0].values
    );
}

#[test]
fn values_a_row_says_aren_t_case_sensitive_are_spellings_too() {
    // The same words with the contraction Microsoft's style guide asks for ("Values aren't case
    // sensitive.", "The value isn’t case-sensitive."): spellings, no closed list, as "not case
    // sensitive" is.
    for words in ["The values aren't case sensitive.", "The value isn’t case-sensitive."] {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# getSummary\n\n## HTTP request\n```http\nGET /reports/getSummary(period='{{period}}')\n```\n\n## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|period|String|The period. Possible values are: `D7`, `D30`. {words}|\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n"
        );
        let out = extract(&text);
        assert!(
            out.operations[0].operation.parameters[0].values.is_empty(),
            "{words}: {:?}",
            out.operations[0].operation.parameters[0].values
        );
    }
}

#[test]
fn calls_shown_under_a_parameters_heading_are_no_examples_beside_annotated_ones() {
    // Teams' getAllMessages: `GET …?model=A` under "Optional query parameters", then the page's
    // annotated example with its response.
    let text = "---\ndoc_type: apiPageType\n---\n# getAllMessages\n\n## HTTP request\n```http\nGET /users/{id}/chats/getAllMessages\n```\n\n## Optional query parameters\nYou can use `model` query parameter.\n\n```http\nGET /users/{id}/chats/getAllMessages?model=A\n```\n\n```http\nGET /users/{id}/chats/getAllMessages?$top=50&$filter=lastModifiedDateTime gt 2020-06-04T18:03:11.591Z\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a list of [chatMessage](../resources/chatmessage.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"chat_getallmessages\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/users/1/chats/getAllMessages?$top=2\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.chatMessage\", \"isCollection\": true } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [{\"id\": \"1\"}]}\n```\n";
    let out = extract(text);
    let response = &out.operations[0].operation.responses[0];
    let example = response.body.as_ref().and_then(|b| b.example.as_ref()).expect("the annotated example's answer");
    assert_eq!(example["value"][0]["id"], "1");
    // The options the calls pass are the line's.
    let names: Vec<&str> = out.operations[0].operation.parameters.iter().map(|p| p.name.as_str()).collect();
    for option in ["model", "$top", "$filter"] {
        assert!(names.contains(&option), "{option} in {names:?}");
    }
}

#[test]
fn a_list_page_reading_the_set_of_its_answer_s_items_answers_a_page_of_them() {
    // beta's whoisRecords list: "a [whoisRecord] object", copied from its get page.
    let page = |title: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nGET /security/whoisRecords\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [whoisRecord](../resources/security-whoisrecord.md) object in the response body.\n"
        )
    };
    let shape = |title: &str| {
        let out = extract(&page(title));
        format!("{:?}", out.operations[0].operation.responses[0].body.as_ref().map(|b| &b.shape))
    };
    assert!(shape("List whoisRecords").contains("CollectionPage"), "{}", shape("List whoisRecords"));
    assert!(!shape("Get whoisRecord").contains("CollectionPage"), "{}", shape("Get whoisRecord"));
}

#[test]
fn a_json_block_in_the_request_body_section_shows_the_body() {
    let text = "---\ndoc_type: apiPageType\n---\n# Archive team\n\n## HTTP request\n```http\nPOST /teams/{id}/archive\n```\n\n## Request body\nIn the request, you may _optionally_ include the `shouldSetSpoSiteReadOnlyForMembers` parameter in a JSON body, as follows.\n```JSON\n{\n    \"shouldSetSpoSiteReadOnlyForMembers\": true\n}\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST /teams/1/archive\n```\n";
    let out = extract(text);
    let body = out.operations[0].operation.request_body.clone().expect("a body");
    assert!(!body.required, "the section says it is optional");
    let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
    assert_eq!(members[0].name, "shouldSetSpoSiteReadOnlyForMembers");
    assert_eq!(format!("{:?}", members[0].ty), format!("{:?}", TypeRef::Primitive(Primitive::Boolean)));
}

/// The members of the first operation's request body, an object.
fn request_body_members(text: &str) -> Vec<String> {
    let body = extract(text).operations.remove(0).operation.request_body.expect("a body");
    let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
    members.into_iter().map(|m| m.name).collect()
}

#[test]
fn a_json_block_whose_members_another_block_sends_inside_one_is_not_the_body() {
    // beta's createUploadSession: "the `item` property allows setting the following parameters:",
    // a block of item's properties, then the body sending them inside `item`, and `deferCommit`.
    let text = "---\ndoc_type: apiPageType\n---\n# driveItem: createUploadSession\n\n## HTTP request\n```http\nPOST /me/drive/items/{itemId}/createUploadSession\n```\n\n## Request body\nNo request body is required.\n\nFor example, the `item` property allows setting the following parameters:\n<!-- { \"blockType\": \"ignored\" } -->\n```json\n{\"description\": \"description\", \"name\": \"filename.txt\"}\n```\n\nThe following example controls the behavior if the filename is already taken:\n<!-- { \"blockType\": \"ignored\" } -->\n```json\n{\"item\": {\"name\": \"a.txt\"}, \"deferCommit\": true}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    assert_eq!(request_body_members(text), ["item", "deferCommit"]);
    // Without a block sending the member, the first block is the body, as before.
    let alone = text.replace("{\"item\": {\"name\": \"a.txt\"}, \"deferCommit\": true}", "{\"other\": 1}");
    assert_eq!(request_body_members(&alone), ["description", "name"]);
}

#[test]
fn a_block_sending_the_member_its_sentence_names_is_the_body() {
    // "… the `x` property in a JSON body, as the following example shows": the block sends the
    // member the sentence names; no other block does, so it is the body, not the member's properties.
    let text = "---\ndoc_type: apiPageType\n---\n# Archive team\n\n## HTTP request\n```http\nPOST /teams/{id}/archive\n```\n\n## Request body\nIn the request, you may _optionally_ include the `shouldSetSpoSiteReadOnlyForMembers` property in a JSON body, as the following example shows.\n```JSON\n{\n    \"shouldSetSpoSiteReadOnlyForMembers\": true\n}\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST /teams/1/archive\n```\n";
    assert_eq!(request_body_members(text), ["shouldSetSpoSiteReadOnlyForMembers"]);
}

#[test]
fn a_link_running_a_type_s_words_together_is_spelled_as_its_annotation() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get chatMessage\n\n## HTTP request\n```http\nGET /chats/{chat-id}/messages/{message-id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [chatmessage](../resources/chatmessage.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /chats/1/messages/2\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.chatMessage\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"2\"}\n```\n";
    let out = extract(text);
    let body = out.operations[0].operation.responses[0].body.clone().unwrap();
    assert_eq!(format!("{:?}", body.shape), format!("{:?}", Shape::Type(TypeRef::Named("chatMessage".into()))));
}

#[test]
fn an_annotation_gives_no_hint_when_the_example_names_a_type_the_prose_states() {
    let page = |shown: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get a member\n\n## HTTP request\n```http\nGET /directory/administrativeUnits/{{id}}/members/{{member-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [user](../resources/user.md), [group](../resources/group.md), or [device](../resources/device.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /directory/administrativeUnits/1/members/2\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.administrativeUnit\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"@odata.type\": \"#microsoft.graph.{shown}\", \"id\": \"2\", \"displayName\": \"x\"}}\n```\n"
        )
    };
    let response = |text: String| extract(&text).operations.remove(0).operation.responses.remove(0);
    let stated = format!("{:?}", Some(Shape::Type(TypeRef::Named("user".into()))));
    let device = response(page("device"));
    assert_eq!(format!("{:?}", device.body.map(|b| b.shape)), stated);
    assert!(device.example_type.is_some_and(|t| t.stated_shown), "the body names a stated type");
    assert_eq!(device.either, ["group", "device"]);
    // A body naming none of them leaves the annotation to resolution, as before.
    let other = response(page("administrativeUnit")).example_type.expect("the annotated type");
    assert_eq!((other.name.as_str(), other.stated_shown), ("administrativeUnit", false));
}

#[test]
fn a_lowercase_title_is_spelled_as_the_type_its_prose_links() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update conditionalaccesspolicy\n\nUpdate the properties of a [conditionalAccessPolicy](../resources/conditionalaccesspolicy.md) object.\n\n## HTTP request\n```http\nPATCH /identity/conditionalAccess/policies/{id}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"update_conditionalaccesspolicy\" } -->\n```http\nPATCH /identity/conditionalAccess/policies/1\n```\n";
    assert_eq!(extract(text).operations[0].operation.id, "update_conditional_access_policy");
}

#[test]
fn a_primitive_annotation_gives_way_to_the_kind_its_example_shows() {
    let page = |prose: &str, value: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# serviceUpdateMessage: archive\n\n## HTTP request\n```http\nPOST /admin/serviceAnnouncement/messages/archive\n```\n\n## Response\n{prose}\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nPOST /admin/serviceAnnouncement/messages/archive\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"string\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": {value}}}\n```\n"
        )
    };
    let value_type = |text: String| {
        let out = extract(&text);
        let body = out.operations[0].operation.responses[0].body.clone().unwrap();
        let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
        format!("{:?}", members[0].ty)
    };
    let boolean = format!("{:?}", TypeRef::Primitive(Primitive::Boolean));
    let prose =
        "If successful, this action returns a `200 OK` response code and a Boolean value `true` in the response body.";
    assert_eq!(value_type(page(prose, "true")), boolean);
    assert_eq!(value_type(page("If successful, this action returns a `200 OK` response code.", "true")), boolean);
    // The prose's primitive when it is of the kind shown; else the kind shown.
    let int32 = "If successful, this action returns a `200 OK` response code and an Int32 in the response body.";
    assert_eq!(value_type(page(int32, "5")), format!("{:?}", TypeRef::Primitive(Primitive::Int32)));
    assert_eq!(value_type(page(prose, "5")), format!("{:?}", TypeRef::Primitive(Primitive::Int64)));
    // Of the annotated kind already: the annotation stands.
    assert_eq!(value_type(page(prose, "\"yes\"")), format!("{:?}", TypeRef::Primitive(Primitive::String)));
    // beta's copy: `Edm.Boolean` over `"True"` in quotes, a Boolean spelled as a string.
    let quoted = page(prose, "\"True\"").replace("\"@odata.type\": \"string\"", "\"@odata.type\": \"Edm.Boolean\"");
    assert_eq!(value_type(quoted), boolean);
    // beta's resetToSystemDefault: `Edm.Boolean` over `"Boolean"`, the type's name where a value goes.
    let named = page(prose, "\"Boolean\"").replace("\"@odata.type\": \"string\"", "\"@odata.type\": \"Edm.Boolean\"");
    assert_eq!(value_type(named), boolean);
    let int32 = page(int32, "\"Int32\"").replace("\"@odata.type\": \"string\"", "\"@odata.type\": \"Edm.Int32\"");
    assert_eq!(value_type(int32), format!("{:?}", TypeRef::Primitive(Primitive::Int32)));
}

#[test]
fn an_undocumented_body_is_the_object_its_example_shows() {
    let text = "---\ndoc_type: apiPageType\n---\n# riskyUser: dismiss\n\n## HTTP request\n```http\nPOST /riskyUsers/dismiss\n```\n\n## Request body\nSpecify the userIds to dismiss in the request body.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST https://graph.microsoft.com/beta/riskyUsers/dismiss\nContent-type: application/json\n\n{\"userIds\": [\"1\", \"2\"], \"count\": 2, \"ratio\": 0.5, \"all\": false, \"note\": null, \"options\": {\"a\": 1}, \"item\": {\"@odata.type\": \"microsoft.graph.driveItemUploadableProperties\"}, \"members@odata.bind\": [], \"sizes\": [1, 2.5], \"mixed\": [\"a\", 1], \"bad\": {\"@odata.type\": \"#microsoft.graph.{type}\"}}\n```\n";
    let out = extract(text);
    let body = out.operations[0].operation.request_body.as_ref().unwrap();
    let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
    let shown: Vec<(&str, String, bool)> =
        members.iter().map(|p| (p.name.as_str(), format!("{:?}", p.ty), p.required)).collect();
    let p = |p: Primitive| format!("{:?}", TypeRef::Primitive(p));
    assert_eq!(
        shown,
        [
            ("userIds", format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)))), false),
            ("count", p(Primitive::Int64), false),
            ("ratio", p(Primitive::Double), false),
            ("all", p(Primitive::Boolean), false),
            ("note", p(Primitive::Json), false),
            ("options", p(Primitive::Json), false),
            ("item", format!("{:?}", TypeRef::Named("driveItemUploadableProperties".into())), false),
            ("sizes", format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Double)))), false),
            ("mixed", format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Json)))), false),
            ("bad", p(Primitive::Json), false),
            // A relationship bound by URL is sent: a member (a list of URLs here).
            (
                "members@odata.bind",
                format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)))),
                false
            ),
        ],
        "instance annotations are left out, bindings kept"
    );
    assert!(out.references.iter().any(|r| r.name == "driveItemUploadableProperties" && !r.linked));
    // A documented body is not second-guessed by its example, but for the relationships it binds.
    let documented = text.replace(
        "Specify the userIds to dismiss in the request body.",
        "| Parameter | Type | Description |\n|:--|:--|:--|\n| userIds | String collection | The ids. |",
    );
    let out = extract(&documented);
    let Shape::Object(members) = &out.operations[0].operation.request_body.as_ref().unwrap().shape else { panic!() };
    assert_eq!(members.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["userIds", "members@odata.bind"]);
}

#[test]
fn a_primitive_the_example_answers_is_not_the_type_the_prose_links() {
    let page = |value: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# uploadUrl\n\n## HTTP request\n```http\nGET /synchronizationProfiles/{{id}}/uploadUrl\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a SAS URL for the [educationSynchronizationProfile](../resources/educationsynchronizationprofile.md) in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /synchronizationProfiles/1/uploadUrl\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"String\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": {value}}}\n```\n"
        )
    };
    let shape = |text: String| {
        format!("{:?}", extract(&text).operations[0].operation.responses[0].body.as_ref().unwrap().shape)
    };
    assert!(
        shape(page("\"https://x\"")).starts_with("Object([Property { name: \"value\", ty: Primitive(String)"),
        "{}",
        shape(page("\"https://x\""))
    );
    // An object under `value` is not a primitive: the prose's type stands.
    assert_eq!(
        shape(page("{}")),
        format!("{:?}", Shape::Type(TypeRef::Named("educationSynchronizationProfile".into())))
    );
}

#[test]
fn an_edm_primitive_the_context_names_is_the_result() {
    let page = |context: &str, value: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# educationAssignment: getResourcesFolderUrl\n\n## HTTP request\n```http\nPOST /education/classes/{{id}}/assignments/{{a}}/getResourcesFolderUrl\n```\n\n## Response\nIf successful, this method returns a `200 Ok` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"educationassignment_publish\" }} -->\n```http\nPOST /education/classes/1/assignments/2/getResourcesFolderUrl\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.educationAssignment\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"@odata.context\": \"https://graph.microsoft.com/beta/$metadata#{context}\", \"value\": {value}}}\n```\n"
        )
    };
    let op = |context: &str, value: &str| extract(&page(context, value)).operations.remove(0).operation;
    let shape =
        |context: &str, value: &str| format!("{:?}", op(context, value).responses[0].body.as_ref().unwrap().shape);
    let string = TypeRef::Primitive(Primitive::String);
    assert!(
        shape("Edm.String", "\"https://x\"").starts_with("Object([Property { name: \"value\", ty: Primitive(String)")
    );
    assert_eq!(shape("Collection(Edm.String)", "[\"a\"]"), format!("{:?}", Shape::CollectionPage(string)),);
    // An entity under `value` is not what the context says: the annotation stands.
    assert_eq!(shape("Edm.String", "{}"), format!("{:?}", Shape::Type(TypeRef::Named("educationAssignment".into()))));
    // The example's name is a copy from the publish page: the title names the operation.
    assert_eq!(op("Edm.String", "\"x\"").id, "education_assignment_get_resources_folder_url");
}

#[test]
fn a_response_described_by_a_property_table_is_that_object() {
    let page = |response: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# driveItem: preview\n\n## HTTP request\n```http\nPOST /me/drive/items/{{id}}/preview\n```\n\n## Response\n\n{response}\n"
        )
    };
    let table = "The response will be a JSON object containing the following properties:\n\n| Name | Type | Description\n|:--|:--|:--\n| getUrl | string | URL for GET.\n| postUrl | string | URL for POST.\n";
    let body = |text: String| extract(&text).operations.remove(0).operation.responses.remove(0).body;
    let Some(Body { shape: Shape::Object(members), .. }) = body(page(table)) else { panic!("{:?}", body(page(table))) };
    assert_eq!(members.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["getUrl", "postUrl"]);
    // A table of headers is not a body (under its own heading or not), nor is a table
    // beside a `204 No Content` or prose saying nothing is returned.
    let headers = "| Name | Type | Description |\n|:--|:--|:--|\n| Location | string | The URL. |\n";
    assert!(body(page(headers)).is_none());
    let headers = "If successful, this method returns a `200 OK` response code.\n\n### Response headers\n\n| Name | Type | Description |\n|:--|:--|:--|\n| Retry-After | string | Seconds. |\n| token | string | T. |\n";
    assert!(body(page(headers)).is_none());
    let no_content = format!("If successful, this method returns a `204 No Content` response code.\n\n{table}");
    assert!(body(page(&no_content)).is_none());
    let nothing = format!(
        "If successful, this method returns `200 OK`. It does not return anything in the response body.\n\n{table}"
    );
    assert!(body(page(&nothing)).is_none());
}

#[test]
fn an_accepted_answer_the_prose_calls_an_empty_body_has_none_beside_an_annotated_type() {
    // beta's data classification `classifyText`: the annotation names the request's type, the
    // example answers a `Location` and nothing else.
    let page = |said: &str| {
        format!(
            "# Classify text\n\n## HTTP request\n```http\nPOST /dataClassification/classifyText\n```\n\n## Response\nIf successful, this method returns `202, Accepted` response code and {said}.\n\n## Example\n##### Request\n<!-- {{ \"blockType\": \"request\", \"name\": \"classify_text\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/dataClassification/classifyText\nContent-type: application/json\n\n{{\"text\": \"x\"}}\n```\n##### Response\n<!-- {{ \"blockType\": \"response\", \"truncated\": true, \"@odata.type\": \"microsoft.graph.textClassificationRequest\" }} -->\n```http\nHTTP/1.1 202 Accepted\nContent-length: 0\nLocation: https://graph.microsoft.com/beta/dataClassification/jobs/1\n```\n"
        )
    };
    let response = |said: &str| extract(&page(said)).operations.remove(0).operation.responses.remove(0);
    let empty = response("empty response body");
    assert_eq!(empty.status, 202);
    assert!(empty.body.is_none(), "{:?}", empty.body);
    assert!(empty.location_header);
    assert!(response("a non-empty response body").body.is_some(), "not what it negates");
}

#[test]
fn another_outcome_s_empty_response_body_leaves_the_success_its_body() {
    // "… empty response body" said of another outcome in the same paragraph (the `204` a
    // `Prefer: return=minimal` header asks for): the success still answers its linked type.
    let page = |said: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update item\n\n## HTTP request\n```http\nPATCH /drives/{{drive-id}}/items/{{item-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [driveItem](../resources/driveitem.md) object in the response body.{said}\n"
        )
    };
    let body =
        |said: &str| extract(&page(said)).operations.remove(0).operation.responses.remove(0).body.map(|b| b.shape);
    let item = Some(Shape::Type(TypeRef::Named("driveItem".into())));
    assert_eq!(body(""), item);
    assert_eq!(
        body(
            " If the `Prefer: return=minimal` request header is sent, it returns a `204 No Content` response code and an empty response body."
        ),
        item
    );
}

#[test]
fn the_success_s_empty_response_body_said_after_another_success_condition_has_none() {
    // The success's own sentence opening with a condition other than "If successful" (the docs'
    // "If the request is successful, …", "When successful, …"): still the success's empty body.
    let page = |said: &str| {
        format!(
            "# Classify text\n\n## HTTP request\n```http\nPOST /dataClassification/classifyText\n```\n\n## Response\n{said}, this method returns `202, Accepted` response code and empty response body.\n\n## Example\n##### Request\n<!-- {{ \"blockType\": \"request\", \"name\": \"classify_text\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/dataClassification/classifyText\nContent-type: application/json\n\n{{\"text\": \"x\"}}\n```\n##### Response\n<!-- {{ \"blockType\": \"response\", \"truncated\": true, \"@odata.type\": \"microsoft.graph.textClassificationRequest\" }} -->\n```http\nHTTP/1.1 202 Accepted\nContent-length: 0\nLocation: https://graph.microsoft.com/beta/dataClassification/jobs/1\n```\n"
        )
    };
    let body = |said: &str| extract(&page(said)).operations.remove(0).operation.responses.remove(0).body;
    assert!(body("If successful").is_none());
    assert!(body("When successful").is_none(), "{:?}", body("When successful"));
    assert!(body("If the request is successful").is_none(), "{:?}", body("If the request is successful"));
}

#[test]
fn every_success_status_the_prose_names_with_the_same_body() {
    let page = |response: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Replace item\n\n## HTTP request\n```http\nPUT /items/{{id}}\n```\n\n## Response\n{response}\n"
        )
    };
    let statuses = |text: String| {
        let op = extract(&text).operations.remove(0).operation;
        op.responses.iter().map(|r| (r.status, r.body.is_some())).collect::<Vec<_>>()
    };
    let created_or_replaced = "If successful, this method returns the `201 Created` response code and an [item](../resources/item.md) object if the item was created or `200 OK` if it was replaced.";
    assert_eq!(statuses(page(created_or_replaced)), [(201, true), (200, true)], "the operation's own status first");
    // A `204` beside a body is another type: progenitor takes one.
    let prefer = "If successful, this method returns a `200 OK` response code and an [item](../resources/item.md) object, or `204 No Content`.";
    assert_eq!(statuses(page(prefer)), [(200, true)]);
    // An example answering the other of `200` and `201` with a body: both, with the one body.
    let created = "If successful, this method returns a `201 Created` response code and an [item](../resources/item.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPUT /items/1\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 STATUS\nContent-type: application/json\n\nBODY\n```";
    let shown = |status: &str, body: &str| statuses(page(&created.replace("STATUS", status).replace("BODY", body)));
    assert_eq!(shown("200 OK", "{\"id\": \"1\"}"), [(201, true), (200, true)]);
    assert_eq!(shown("201 Created", "{\"id\": \"1\"}"), [(201, true)]);
    // Not a `204`, nor a `200` without a body.
    assert_eq!(shown("204 No Content", ""), [(201, true)]);
    assert_eq!(shown("200 OK", ""), [(201, true)]);
    // "`200 OK` or `202 Accepted`" over an example answering `202` with `{}`: the `202` the
    // service typically sends is a success, with the one body; not when it shows no body.
    let either = created.replace(
        "a `201 Created` response code and an [item](../resources/item.md) object in the response body",
        "a `200 OK` or a `202 Accepted` response code and an [item](../resources/item.md) object",
    );
    let accepted = |body: &str| statuses(page(&either.replace("STATUS", "202 Accepted").replace("BODY", body)));
    assert_eq!(accepted("{}"), [(200, true), (202, true)]);
    assert_eq!(accepted(""), [(200, true)]);
}

#[test]
fn a_table_of_a_reference_s_url_describes_no_member_of_the_target() {
    let text = "---\ndoc_type: apiPageType\n---\n# Assign token\n\n## HTTP request\n```http\nPUT /devices/{id}/assignTo/$ref\n```\n\n## Request body\nIn the request body, supply a JSON representation of the [user](../resources/user.md) object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|odata.id|String|A link to the user.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    assert!(extract(text).hints.is_empty(), "no `user` with a member `odata.id`");
    let put = text.replace("/assignTo/$ref", "/assignTo");
    assert!(extract(&put).hints.is_empty(), "a table of `odata.id` alone, whatever the path");
    let create = put.replace("|odata.id|String|A link to the user.|", "|displayName|String|The name.|");
    assert_eq!(extract(&create).hints.len(), 1, "a table of the type's members describes it");
    let reference = text.replace("|odata.id|String|A link to the user.|", "|displayName|String|The name.|");
    assert!(extract(&reference).hints.is_empty(), "a reference's body, whatever its table lists");
}

#[test]
fn an_untyped_function_parameters_table_names_the_call_s_arguments() {
    // beta's getRelyingPartyDetailedSummary: `| Parameter | Description |`, the line bare.
    let text = "---\ndoc_type: apiPageType\n---\n# List relyingPartyDetailedSummary\n\n## HTTP request\n```http\nGET /reports/getRelyingPartyDetailedSummary\n```\n\n## Function parameters\n| Parameter | Description |\n|:----------|:----------|\n| period | The supported values are: D1, D7, D30. |\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/reports/getRelyingPartyDetailedSummary(period='period_value')\n```\n";
    let out = extract(text);
    let paths: Vec<&str> = out.operations.iter().map(|o| o.operation.path.as_str()).collect();
    assert!(paths.contains(&"/reports/getRelyingPartyDetailedSummary(period='{period}')"), "{paths:?}");
}

#[test]
fn a_reference_an_example_removes_with_an_empty_body_has_an_optional_url() {
    // beta's b2cIdentityUserFlow apiConnectorConfiguration: "To disable an API connector, the
    // value can be {}", and an example sends `{ }`.
    let page = |second: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update apiConnectorConfiguration\n\n## HTTP request\n```http\nPUT /identity/b2cUserFlows/{{id}}/apiConnectorConfiguration/postAttributeCollection/$ref\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n### Example 1\n```http\nPUT https://graph.microsoft.com/beta/identity/b2cUserFlows/B2C_1_x/apiConnectorConfiguration/postAttributeCollection/$ref\nContent-Type: application/json\n\n{{\"@odata.id\": \"https://graph.microsoft.com/beta/identity/apiConnectors/1\"}}\n```\n### Example 2\n```http\nPUT https://graph.microsoft.com/beta/identity/b2cUserFlows/B2C_1_x/apiConnectorConfiguration/postAttributeCollection/$ref\nContent-Type: application/json\n\n{second}\n```\n"
        )
    };
    let url_required = |text: String| {
        let body = extract(&text).operations.remove(0).operation.request_body.expect("a body");
        match body.shape {
            Shape::Object(members) => members[0].required,
            other => panic!("{other:?}"),
        }
    };
    assert!(!url_required(page("{ }")));
    assert!(url_required(page("{\"@odata.id\": \"https://graph.microsoft.com/beta/identity/apiConnectors/2\"}")));
}

#[test]
fn the_properties_of_a_linked_type_to_be_updated_are_that_type() {
    let page = |sentence: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update detectionRule\n\n## HTTP request\n```http\nPATCH /security/rules/detectionRules/{{ruleId}}\n```\n\n## Request body\n{sentence}\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|Optional.|\n|schedule/period|String|Optional.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let shape = |text: String| extract(&text).operations.remove(0).operation.request_body.map(|b| b.shape);
    let updated = page(
        "Provide the properties of a [detectionRule](../resources/security-detectionrule.md) which are to be updated.",
    );
    assert_eq!(shape(updated), Some(Shape::Type(TypeRef::Named("detectionRule".into()))));
    let created = page(
        "The following table lists the properties of the [detectionRule](../resources/security-detectionrule.md) resource to specify.",
    );
    assert!(matches!(shape(created), Some(Shape::Object(_))), "a table of what to send");
}

#[test]
fn an_update_naming_no_body_sends_the_type_its_lead_updates() {
    // beta's domain update: "supply the values for relevant fields to be updated", no table nor
    // link; the lead links the type, the example sends two of its members.
    let page = |lead: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update domain\n\nNamespace: microsoft.graph\n\n{lead}\n\n## HTTP request\n```http\nPATCH /domains/{{id}}\n```\n\n## Request body\nIn the request body, supply the values for relevant fields to be updated.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"update_domain\" }} -->\n```http\nPATCH https://graph.microsoft.com/beta/domains/contoso.com\nContent-type: application/json\n\n{{\"isDefault\": true, \"supportedServices\": [\"Email\"]}}\n```\n"
        )
    };
    let shape = |text: String| extract(&text).operations.remove(0).operation.request_body.map(|b| b.shape);
    let linked = page("Update the properties of [domain](../resources/domain.md) object.");
    assert_eq!(shape(linked), Some(Shape::Type(TypeRef::Named("domain".into()))));
    // A lead saying something else: the example's members.
    let other = page("Set the [domain](../resources/domain.md) as the default.");
    assert!(matches!(shape(other), Some(Shape::Object(_))));
    // Nor an update of a part of the linked type ("Update the [domain](…) verification settings.").
    let part = page("Update the [domain](../resources/domain.md) verification settings.");
    assert!(matches!(shape(part), Some(Shape::Object(_))));
}

#[test]
fn an_update_whose_lead_names_the_type_unlinked_sends_that_type() {
    // v1.0's copy of the domain update: "Update the properties of domain object." (no link; beta's
    // links it), the same body section and example: the same operation, the type's body.
    let text = "---\ndoc_type: apiPageType\n---\n# Update domain\n\nNamespace: microsoft.graph\n\nUpdate the properties of domain object.\n\n## HTTP request\n```http\nPATCH /domains/{id}\n```\n\n## Request body\nIn the request body, supply the values for relevant fields to be updated.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"update_domain\" } -->\n```http\nPATCH https://graph.microsoft.com/v1.0/domains/contoso.com\nContent-type: application/json\n\n{\"isDefault\": true, \"supportedServices\": [\"Email\"]}\n```\n";
    let shape = extract(text).operations.remove(0).operation.request_body.map(|b| b.shape);
    assert_eq!(shape, Some(Shape::Type(TypeRef::Named("domain".into()))));
}

#[test]
fn an_update_whose_lead_links_the_type_in_other_words_than_of_sends_that_type() {
    // The lead's other words before the link, which the lead rule took before it asked for "of ":
    // "Update the properties and relationships of a [x] object." (beta's shiftPreferences and
    // adminDynamics pages), "Update the properties on a [listItem]" (v1.0). The body section names
    // nothing: the linked type is what the update sends, as with "Update the properties of [domain] object.".
    // And the older "Update an [event](../resources/event.md) object." (beta's group event update): the
    // type linked right after the verb's article.
    for lead in [
        "Update the properties and relationships of a [domain](../resources/domain.md) object.",
        "Update the properties on a [domain](../resources/domain.md).",
        "Update a [domain](../resources/domain.md) object.",
    ] {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# Update domain\n\nNamespace: microsoft.graph\n\n{lead}\n\n## HTTP request\n```http\nPATCH /domains/{{id}}\n```\n\n## Request body\nIn the request body, supply the values for relevant fields to be updated.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"update_domain\" }} -->\n```http\nPATCH https://graph.microsoft.com/beta/domains/contoso.com\nContent-type: application/json\n\n{{\"isDefault\": true, \"supportedServices\": [\"Email\"]}}\n```\n"
        );
        let shape = extract(&text).operations.remove(0).operation.request_body.map(|b| b.shape);
        assert_eq!(shape, Some(Shape::Type(TypeRef::Named("domain".into()))), "{lead}");
    }
}

#[test]
fn a_read_of_the_items_set_stays_a_list_whatever_one_entity_example_shows() {
    let page = |path: &str, context: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List evaluations\n\n## HTTP request\n```http\nGET {path}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [evaluation](../resources/evaluation.md) objects in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"list_evaluations\" }} -->\n```http\nGET https://graph.microsoft.com/beta{path}\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.evaluation\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"@odata.context\": \"https://graph.microsoft.com/beta/$metadata#{context}/$entity\", \"id\": \"1\"}}\n```\n"
        )
    };
    let shape = |text: String| extract(&text).operations.remove(0).operation.responses[0].body.clone().map(|b| b.shape);
    let set = page("/prompts/{promptId}/evaluations", "evaluations");
    assert_eq!(shape(set), Some(Shape::CollectionPage(TypeRef::Named("evaluation".into()))));
    let other = page("/prompts/{promptId}/lastEvaluation", "lastEvaluation");
    assert_eq!(shape(other), Some(Shape::Type(TypeRef::Named("evaluation".into()))), "no set: the example decides");
}

#[test]
fn a_no_content_example_s_media_type_describes_no_body() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update adminForms\n\n## HTTP request\n```http\nPATCH /admin/forms\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [adminForms](../resources/adminforms.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"update_adminforms\" } -->\n```http\nPATCH https://graph.microsoft.com/beta/admin/forms\nContent-Type: application/json\n\n{\"settings\": {}}\n```\n\n<!-- { \"blockType\": \"response\", \"truncated\": true } -->\n```http\nHTTP/1.1 204 No Content\nContent-Type: text/plain\n```\n";
    let op = extract(text).operations.remove(0).operation;
    let body = op.responses[0].body.as_ref().expect("the object the prose names");
    assert_eq!((op.responses[0].status, body.media_type.as_str()), (200, "application/json"));
    assert_eq!(body.shape, Shape::Type(TypeRef::Named("adminForms".into())));
}

#[test]
fn a_note_on_a_placeholder_describes_its_parameter() {
    let page = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get domain\n\n## HTTP request\n```http\n{line}\n```\n\n> For {{id}}, specify the domain with its fully qualified domain name.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let descriptions = |text: String| {
        let op = extract(&text).operations.remove(0).operation;
        op.parameters.into_iter().map(|p| p.description).collect::<Vec<_>>()
    };
    let note = Some("For {id}, specify the domain with its fully qualified domain name.".to_string());
    assert_eq!(descriptions(page("GET /domains/{id}")), [note]);
    // Which of two `{id}`s it means is not said.
    assert_eq!(descriptions(page("GET /domains/{id}/records/{id}")), [None, None]);
    // A sentence introducing the lines quotes a path; a note may name it in code without braces.
    let intro = |text: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List registrants\n\n## HTTP request\nTo get the registrants with app (`/users/{{userId}}/`) permission:\n\n```http\nGET /users/{{userId}}/onlineMeetings/{{meetingId}}/registration/registrants\n```\n\n{text}\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    assert_eq!(descriptions(intro("")), [None, None]);
    let named = descriptions(intro(">- `userId` is the **objectId** of the meeting organizer."));
    assert_eq!(named, [Some("`userId` is the objectId of the meeting organizer.".to_string()), None]);
    for note in [
        "> **Note:** `userId` is the organizer.",
        "Where `userId` is the organizer.",
        "The `userID` can be the organizer's id.",
        "`userId`: the organizer.",
    ] {
        let named = descriptions(intro(note));
        assert!(named[0].is_some() && named[1].is_none(), "{note}: {named:?}");
    }
    // A sentence ending in a colon still describes a placeholder it names outside a path.
    let values = descriptions(intro("For {meetingId}, use one of the following values:"));
    assert_eq!(values, [None, Some("For {meetingId}, use one of the following values:".to_string())]);
}

#[test]
fn a_line_without_an_example_reads_its_me_twin_s() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get pass\n\n## HTTP request\n```http\nGET /me/passes/{passId}\n```\n```http\nGET /users/{id}/passes/{passId}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [pass](../resources/pass.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /users/1/passes/2\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.pass\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\": \"2\"}\n```\n";
    let ops = extract(text).operations;
    let shape = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| format!("{:?}", b.shape));
    let one = Some(format!("{:?}", Shape::Type(TypeRef::Named("pass".into()))));
    assert_eq!((shape(0), shape(1)), (one.clone(), one), "`/me` as its `/users/{{id}}` twin");
}

#[test]
fn a_later_request_line_s_own_example_says_list_or_item() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get special folder\n\n## HTTP request\n```http\nGET /me/drive/special/{name}\nGET /me/drive/special/{name}/children\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [driveItem](../resources/driveitem.md) resource in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /me/drive/special/music\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.driveItem\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\": \"1\"}\n```\n\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /me/drive/special/music/children\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.driveItem\", \"isCollection\": true } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": []}\n```\n";
    let ops = extract(text).operations;
    let shape = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| format!("{:?}", b.shape));
    assert_eq!(shape(0), Some(format!("{:?}", Shape::Type(TypeRef::Named("driveItem".into())))));
    assert_eq!(shape(1), Some(format!("{:?}", Shape::CollectionPage(TypeRef::Named("driveItem".into())))));
    // And the other way round: a list page's single-item line.
    let text = text
        .replace("GET /me/drive/special/{name}\n", "GET /me/drive/items/{id}/thumbnails\n")
        .replace("GET /me/drive/special/{name}/children", "GET /me/drive/items/{id}/thumbnails/{thumb-id}")
        .replace("GET /me/drive/special/music/children", "GET /me/drive/items/1/thumbnails/0")
        .replace("GET /me/drive/special/music\n", "GET /me/drive/items/1/thumbnails\n")
        .replace("\"isCollection\": true", "\"isCollection\": false")
        .replace(
            "\"@odata.type\": \"microsoft.graph.driveItem\" }",
            "\"@odata.type\": \"microsoft.graph.driveItem\", \"isCollection\": true }",
        );
    let ops = extract(&text).operations;
    let shape = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| format!("{:?}", b.shape));
    assert_eq!(shape(0), Some(format!("{:?}", Shape::CollectionPage(TypeRef::Named("driveItem".into())))));
    assert_eq!(shape(1), Some(format!("{:?}", Shape::Type(TypeRef::Named("driveItem".into())))));
}

#[test]
fn a_page_with_carriage_return_line_breaks_reads_as_any_other() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get user\n\n## HTTP request\n```http\nGET /users/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [user](../resources/user.md) object in the response body.\n";
    let ids = operation_ids(&text.replace('\n', "\r"));
    assert_eq!(ids, operation_ids(text));
    assert_eq!(ids.len(), 1);
}

#[test]
fn sibling_lines_adding_the_same_words_are_told_apart_by_the_segments_they_differ_in() {
    let text = "---\ndoc_type: apiPageType\n---\n# driveItem: discardCheckout\n\n## HTTP request\n```http\nPOST /drive/root/discardCheckout\nPOST /shares/{sharesId}/root/discardCheckout\nPOST /shares/{sharesId}/driveItem/discardCheckout\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let ids = operation_ids(text);
    assert!(ids[1].ends_with("_shares_root"), "{ids:?}");
    assert!(ids[2].ends_with("_shares_drive_item"), "{ids:?}");
}

#[test]
fn a_later_line_s_own_section_answering_another_type_answers_it() {
    let text = r#"---
doc_type: apiPageType
---
# List thumbnails for a DriveItem

## HTTP request
```http
GET /me/drive/items/{item-id}/thumbnails
```

## Response
If successful, this method returns a `200 OK` response code and a collection of [thumbnailSet](../resources/thumbnailset.md) objects in the response body.

## Get a single thumbnail
### HTTP request
<!-- { "blockType": "request", "name": "get-one-thumbnail" } -->
```http
GET /me/drive/items/{item-id}/thumbnails/{thumb-id}/{size}
```
<!-- { "blockType": "response", "@odata.type": "microsoft.graph.thumbnail" } -->
```http
HTTP/1.1 200 OK
Content-Type: application/json

{"width": 100, "height": 100, "url": "https://example.com/a.jpg"}
```
"#;
    let ops = extract(text).operations;
    let shape = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| b.shape.clone());
    assert_eq!(shape(0), Some(Shape::CollectionPage(TypeRef::Named("thumbnailSet".into()))));
    assert_eq!(shape(1), Some(Shape::Type(TypeRef::Named("thumbnail".into()))));
    // "Retrieve thumbnail binary content": its own example redirects to the bytes.
    let content = format!(
        "{text}\n## Retrieve thumbnail binary content\n### HTTP request\n<!-- {{ \"blockType\": \"request\", \"name\": \"get-thumbnail-content\" }} -->\n```http\nGET /me/drive/items/{{item-id}}/thumbnails/{{thumb-id}}/{{size}}/content\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 302 Found\nLocation: https://b0mpua-by3301.files.1drv.com/y23vmagahszhxzlcvhasdhasghasodfi\n```\n"
    );
    let ops = extract(&content).operations;
    let answer = &ops[2].operation.responses[0];
    assert_eq!((answer.status, answer.body.is_none(), answer.location_header), (302, true, true));
    // Without a redirect shown, the bytes.
    let bytes = content.replace(
        "HTTP/1.1 302 Found\nLocation: https://b0mpua-by3301.files.1drv.com/y23vmagahszhxzlcvhasdhasghasodfi",
        "HTTP/1.1 200 OK\nContent-Type: image/jpeg",
    );
    let ops = extract(&bytes).operations;
    let answer = &ops[2].operation.responses[0];
    assert_eq!((answer.status, answer.body.as_ref().map(|b| b.media_type.as_str())), (200, Some("image/jpeg")));
}

#[test]
fn a_line_whose_own_example_redirects_answers_the_redirect_beside_the_page_s_answer() {
    // beta's online meeting get: the meeting's `200 OK`, and a live event's attendee report answering
    // a download link.
    let text = |answer: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get onlineMeeting\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{{meetingId}}\nGET /me/onlineMeetings/{{meetingId}}/attendeeReport\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [onlineMeeting](../resources/onlinemeeting.md) object in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_attendee_report\" }} -->\n```http\nGET https://graph.microsoft.com/beta/me/onlineMeetings/1/attendeeReport\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\n{answer}\n```\n"
        )
    };
    let statuses = |answer: &str| {
        let out = extract(&text(answer));
        out.operations
            .iter()
            .map(|o| o.operation.responses.iter().map(|r| (r.status, r.location_header)).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    let redirect = "HTTP/1.1 302 Found\nLocation: https://example.com/attendeeReport";
    assert_eq!(statuses(redirect), [vec![(200, false)], vec![(200, false), (302, true)]]);
    // An answer with a body is no download link.
    let body = "HTTP/1.1 302 Found\nLocation: https://example.com/a\nContent-Type: application/json\n\n{\"a\": 1}";
    assert_eq!(statuses(body), [vec![(200, false)], vec![(200, false)]]);
}

#[test]
fn a_body_table_the_example_wraps_in_one_member_describes_that_member() {
    let text = "---\ndoc_type: apiPageType\n---\n# addPassword\n\n## HTTP request\n```http\nPOST /applications/{id}/addPassword\n```\n\n## Request body\nIn the request body, provide an optional `passwordCredential` object with the following properties.\n\n| Property | Type | Description |\n|:---|:---|:---|\n| displayName | String | A name. |\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/applications/1/addPassword\nContent-type: application/json\n\n{\"passwordCredential\": {\"displayName\": \"x\"}}\n```\n";
    let out = extract(text);
    let body = out.operations[0].operation.request_body.as_ref().unwrap();
    let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].name, "passwordCredential");
    assert!(matches!(&members[0].ty, TypeRef::Named(n) if n == "passwordCredential"));
    assert!(out.hints.iter().any(|h| h.name == "passwordCredential"), "the table defines the type if no page does");
}

#[test]
fn a_body_table_the_example_lists_under_value_describes_the_items() {
    let text = "---\ndoc_type: apiPageType\n---\n# Follow site\n\n## HTTP request\n```http\nPOST /users/{user-id}/followedSites/add\n```\n\n## Request body\nIn the request body, supply an array of JSON objects with the id parameter mentioned in the table below.\n\n| Name | Value | Description |\n|:---|:---|:---|\n| id | string | The [unique identifier](../resources/site.md#id-property) of the item. |\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/users/1/followedSites/add\nContent-type: application/json\n\n{\"value\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}\n```\n";
    let out = extract(text);
    let body = out.operations[0].operation.request_body.as_ref().unwrap();
    let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].name, "value");
    assert!(matches!(&members[0].ty, TypeRef::Collection(t) if matches!(&**t, TypeRef::Named(n) if n == "site")));
    let hint = out.hints.iter().find(|h| h.name == "site").expect("the table describes the items");
    assert!(matches!(&hint.kind, TypeKind::Object { properties, .. } if properties[0].name == "id"));
    // Rows naming properties of two pages name no type: the table stands.
    let two = text.replace(
        "of the item. |",
        "of the item. |\n| role | string | The [role](../resources/list.md#role-property). |",
    );
    let out = extract(&two);
    let body = out.operations[0].operation.request_body.as_ref().unwrap();
    assert!(matches!(&body.shape, Shape::Object(m) if m[0].name == "id"), "{:?}", body.shape);
    // Nor does a link to a row's type, or to a page without the row's property.
    for typed in [
        "| id | [teamRole](../resources/enums.md#teamrole) | The id. |",
        "| id | string | The [site](../resources/site.md) of the item. |",
    ] {
        let text = text
            .replace("| id | string | The [unique identifier](../resources/site.md#id-property) of the item. |", typed);
        let body = extract(&text).operations[0].operation.request_body.clone().unwrap();
        assert!(matches!(&body.shape, Shape::Object(m) if m[0].name == "id"), "{typed}: {:?}", body.shape);
    }
    // Items naming their `@odata.type` are of that type.
    let typed = text
        .replace("{\"id\": \"a\"}, {\"id\": \"b\"}", "{\"@odata.type\": \"#microsoft.graph.siteRef\", \"id\": \"a\"}");
    let body = extract(&typed).operations[0].operation.request_body.clone().unwrap();
    assert!(
        matches!(&body.shape, Shape::Object(m) if matches!(&m[0].ty, TypeRef::Collection(t) if matches!(&**t, TypeRef::Named(n) if n == "siteRef"))),
        "{:?}",
        body.shape
    );
    // A table with a `value` row is the body as written.
    let valued = text.replace("| id | string |", "| value | string collection |");
    let body = extract(&valued).operations[0].operation.request_body.clone().unwrap();
    assert!(
        matches!(&body.shape, Shape::Object(m) if m[0].name == "value" && !matches!(m[0].ty, TypeRef::Collection(ref t) if t.named().is_some()))
    );
}

#[test]
fn a_function_written_with_empty_parentheses_takes_each_argument_as_optional() {
    // The sets of arguments the examples pass, and each argument no example passes alone
    // (beta's `assignedPrincipals()`: `transitive` shown only in an ignored block).
    let text = "---\ndoc_type: apiPageType\n---\n# unifiedRoleDefinition: assignedPrincipals\n\n## HTTP request\n```http\nGET /roleManagement/directory/roleDefinitions/{id}/assignedPrincipals()\n```\n\n## Function parameters\nIn the request URL, provide the following query parameters with values.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|transitive|Boolean|Whether to include principals assigned through groups. `false` by default.|\n|directoryScopeType|String|The directory scope.|\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"a\" } -->\n```http\nGET https://graph.microsoft.com/beta/roleManagement/directory/roleDefinitions/1/assignedPrincipals(transitive=true)\n```\n<!-- { \"blockType\": \"request\", \"name\": \"b\" } -->\n```http\nGET https://graph.microsoft.com/beta/roleManagement/directory/roleDefinitions/1/assignedPrincipals\n```\n";
    let paths: Vec<String> = extract(text).operations.into_iter().map(|o| o.operation.path).collect();
    assert_eq!(
        paths,
        [
            "/roleManagement/directory/roleDefinitions/{id}/assignedPrincipals()",
            "/roleManagement/directory/roleDefinitions/{id}/assignedPrincipals(transitive={transitive})",
            "/roleManagement/directory/roleDefinitions/{id}/assignedPrincipals(directoryScopeType='{directoryScopeType}')",
        ]
    );
}

#[test]
fn a_function_called_bare_takes_its_required_arguments_from_the_function_parameters_table() {
    let text = "---\ndoc_type: apiPageType\n---\n# adhocCall: getAllRecordings\n\n## HTTP request\n```http\nGET /users/{usersId}/adhocCalls/getAllRecordings\n```\n\n## Function parameters\nIn the request URL, provide the following function parameters with values.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|endDateTime|DateTimeOffset|Optional. Filter for artifacts created before the given end date.|\n|userId|String|The user identifier of the meeting organizer. Required.|\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_all\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/users/u1/adhocCalls/getAllRecordings(userId='u1',endDateTime=2025-10-07T07:25:52Z)\n```\n";
    let paths = |t: &str| extract(t).operations.into_iter().map(|o| o.operation.path).collect::<Vec<_>>();
    // The optional argument the example passes: the call with it is a path of its own.
    assert_eq!(
        paths(text),
        [
            "/users/{usersId}/adhocCalls/getAllRecordings(userId='{userId}')",
            // In the order the example writes them, which is what it calls.
            "/users/{usersId}/adhocCalls/getAllRecordings(userId='{userId}',endDateTime={endDateTime})"
        ]
    );
    let ids: Vec<String> = extract(text).operations.into_iter().map(|o| o.operation.id).collect();
    assert_ne!(ids[0], ids[1]);
    // No example calls it with arguments: the line stands as written.
    let uncalled = text.replace("getAllRecordings(userId='u1',endDateTime=2025-10-07T07:25:52Z)", "getAllRecordings");
    assert_eq!(paths(&uncalled), ["/users/{usersId}/adhocCalls/getAllRecordings"]);
    let empty = text.replace("getAllRecordings(userId='u1',endDateTime=2025-10-07T07:25:52Z)", "getAllRecordings()");
    assert_eq!(paths(&empty), ["/users/{usersId}/adhocCalls/getAllRecordings"]);
    // A page writing the call with arguments as a line of its own keeps the bare line bare.
    let both = text.replace(
        "GET /users/{usersId}/adhocCalls/getAllRecordings\n```",
        "GET /users/{usersId}/adhocCalls/getAllRecordings\nGET /users/{usersId}/adhocCalls/getAllRecordings(userId='{userId}')\n```",
    );
    assert!(paths(&both).contains(&"/users/{usersId}/adhocCalls/getAllRecordings".to_string()));
    // A row no example passes is no argument, whatever its description says.
    let unpassed = text.replace("|userId|String|", "|top|Int32|The page size.|\n|userId|String|");
    assert_eq!(paths(&unpassed)[0], "/users/{usersId}/adhocCalls/getAllRecordings(userId='{userId}')");
    assert!(paths(&unpassed).iter().all(|p| !p.contains("top")));
    // A table describing a request line's placeholders (`$filter=userId eq '{userId}'`) gives no arguments.
    let filtered = text.replace(
        "GET /users/{usersId}/adhocCalls/getAllRecordings\n```",
        "GET /users/{usersId}/adhocCalls/getAllRecordings\nGET /users/{usersId}/adhocCalls/getAllRecordings?$filter=userId eq '{userId}'\n```",
    );
    assert_eq!(paths(&filtered), ["/users/{usersId}/adhocCalls/getAllRecordings"]);
    // Rows no description calls optional that an example's call leaves out are optional: each
    // call the examples make is a path (`doesUserHaveAccess` with `userId` or `userPrincipalName`).
    let either = text
        .replace("|endDateTime|DateTimeOffset|Optional. Filter for artifacts created before the given end date.|", "|userPrincipalName|String|Either this or the userId.|")
        .replace(
            "getAllRecordings(userId='u1',endDateTime=2025-10-07T07:25:52Z)\n```\n",
            "getAllRecordings(userId='u1')\n```\n<!-- { \"blockType\": \"request\", \"name\": \"get_all_upn\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/users/u1/adhocCalls/getAllRecordings(userPrincipalName='a@b.c')\n```\n",
        );
    assert_eq!(
        paths(&either),
        [
            "/users/{usersId}/adhocCalls/getAllRecordings",
            "/users/{usersId}/adhocCalls/getAllRecordings(userId='{userId}')",
            "/users/{usersId}/adhocCalls/getAllRecordings(userPrincipalName='{userPrincipalName}')"
        ]
    );
}

#[test]
fn content_lines_answer_the_media_type_an_example_shows() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get callTranscript\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{meetingId}/transcripts/{transcriptId}\nGET /me/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content\nGET /users/{userId}/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [callTranscript](../resources/calltranscript.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_calltranscript\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/onlineMeetings/m1/transcripts/t1\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.callTranscript\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"t1\"}\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get_calltranscript_content\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/users/u1/onlineMeetings/m1/transcripts/t1/content\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"stream\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: text/vtt\n\nWEBVTT\n```\n";
    let ops = extract(text).operations;
    let media = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| b.media_type.clone());
    assert_eq!(media(1).as_deref(), Some("text/vtt"), "the /me line, by the other line's example");
    assert_eq!(media(2).as_deref(), Some("text/vtt"), "the line the example shows");
    // Another resource's bytes (`recordings/{id}/content` beside `transcripts/{id}/content`) are not these.
    let other = text.replace(
        "GET /users/{userId}/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content\n```",
        "GET /users/{userId}/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content\nGET /me/onlineMeetings/{meetingId}/recordings/{recordingId}/content\n```",
    );
    let ops = extract(&other).operations;
    let recording = ops.iter().find(|o| o.operation.path.contains("recordings")).expect("the recording line");
    assert_eq!(
        recording.operation.responses[0].body.as_ref().map(|b| b.media_type.as_str()),
        Some("application/octet-stream")
    );
    // No example showing the bytes: bytes of no particular type.
    let bare = text.replace("Content-type: text/vtt\n", "");
    let ops = extract(&bare).operations;
    assert_eq!(
        ops[1].operation.responses[0].body.as_ref().map(|b| b.media_type.as_str()),
        Some("application/octet-stream")
    );
}

/// Each operation's path and request body media type, in order.
fn paths_and_body_media_types(out: &PageOutput) -> Vec<(&str, Option<&str>)> {
    out.operations
        .iter()
        .map(|o| (o.operation.path.as_str(), o.operation.request_body.as_ref().map(|b| b.media_type.as_str())))
        .collect()
}

#[test]
fn property_names_after_a_key_are_paths_and_a_stream_property_takes_bytes() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update localization\n\n## HTTP request\n```http\nPATCH /branding/localizations/{id}\nPUT /branding/localizations/{id}/{bannerLogo | squareLogo}\n```\n\n## Request headers\n|Name|Description|\n|:---|:---|\n|Content-Type|application/json. Required.|\n\n## Request body\n| Property | Type | Description |\n|:--|:--|:--|\n| bannerLogo | Stream | A banner logo. |\n| squareLogo | Stream | A square logo. |\n| signInPageText | String | Text. |\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let out = extract(text);
    let ops = paths_and_body_media_types(&out);
    assert_eq!(
        ops,
        [
            ("/branding/localizations/{id}", Some("application/json")),
            ("/branding/localizations/{id}/bannerLogo", Some("application/octet-stream")),
            ("/branding/localizations/{id}/squareLogo", Some("application/octet-stream")),
        ]
    );
}

#[test]
fn a_page_writing_streams_apart_sends_none_in_its_json_body() {
    // beta's branding localization update: its line writes three of the table's five streams, and
    // the page says a request never mixes streams and other members.
    let page = |said: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update localization\n\n## HTTP request\n{said}\n\n```http\nPATCH /branding/localizations/{{id}}\nPUT /branding/localizations/{{id}}/{{bannerLogo | squareLogo}}\n```\n\n## Request body\n| Property | Type | Description |\n|:--|:--|:--|\n| bannerLogo | Stream | A banner logo. |\n| squareLogo | Stream | A square logo. |\n| favicon | Stream | An icon. |\n| signInPageText | String | Text. |\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let members = |said: &str| {
        let out = extract(&page(said));
        match &out.operations[0].operation.request_body.as_ref().unwrap().shape {
            Shape::Object(members) => members.iter().map(|m| m.name.clone()).collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        }
    };
    let apart = "Only Stream data types, including **bannerLogo**, are updated using the PUT method. You cannot update Stream types with other data types in the same request.";
    assert_eq!(members(apart), ["signInPageText"]);
    assert_eq!(members("Update the localization."), ["favicon", "signInPageText"], "only those a line writes");
}

#[test]
fn a_type_named_with_collection_is_one_item() {
    let page = |prose: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# createDeviceLogCollectionRequest action\n\n## HTTP request\n```http\nPOST /deviceManagement/managedDevices/{{id}}/createDeviceLogCollectionRequest\n```\n\n## Response\nIf successful, this action returns a `200 OK` response code and {prose} in the response body.\n"
        )
    };
    let shape = |prose: &str| {
        let out = extract(&page(prose));
        out.operations[0].operation.responses[0].body.as_ref().map(|b| b.shape.clone())
    };
    let one = shape("a [deviceLogCollectionResponse](../resources/intune-devices-devicelogcollectionresponse.md)");
    assert!(matches!(&one, Some(Shape::Type(TypeRef::Named(n))) if n == "deviceLogCollectionResponse"), "{one:?}");
    let many = shape(
        "a collection of [deviceLogCollectionResponse](../resources/intune-devices-devicelogcollectionresponse.md) objects",
    );
    assert!(matches!(&many, Some(Shape::CollectionPage(_))), "{many:?}");
}

#[test]
fn an_action_s_parameter_table_is_its_body_whatever_the_prose_links() {
    let page = |title: &str, header: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /reviews/{{id}}/batchRecordDecisions\n```\n\n## Request body\nIn the request body, supply a JSON representation of an [accessReviewInstanceDecisionItem](../resources/accessreviewinstancedecisionitem.md).\n\n|{header}|Type|Description|\n|:---|:---|:---|\n|decision|String|The decision.|\n|principalId|String|Whose decisions.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n"
        )
    };
    let body = |text: String| extract(&text).operations[0].operation.request_body.clone().map(|b| b.shape);
    let action = body(page("accessReviewInstance: batchRecordDecisions", "Parameter"));
    assert!(matches!(&action, Some(Shape::Object(m)) if m.len() == 2), "{action:?}");
    // A creation's table lists some of the linked type's properties; the type is the body.
    let create = body(page("Create decision", "Parameter"));
    assert!(matches!(&create, Some(Shape::Type(TypeRef::Named(_)))), "{create:?}");
    let properties = body(page("accessReviewInstance: batchRecordDecisions", "Property"));
    assert!(matches!(&properties, Some(Shape::Type(TypeRef::Named(_)))), "{properties:?}");
}

#[test]
fn request_lines_under_the_query_options_add_their_options() {
    let text = "---\ndoc_type: apiPageType\n---\n# channel: getAllMessages\n\n## HTTP request\n```http\nGET /teams/{team-id}/channels/getAllMessages\n```\n\n## Optional query parameters\nYou can use `model` query parameter, which supports the values `A` and `B`.\n\n```http\nGET /teams/{team-id}/channels/getAllMessages?model=A\nGET /teams/{team-id}/channels/getAllMessages?model=B\nGET /teams/{team-id}/other?x=1\n```\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n";
    assert_eq!(extract(text).operations.len(), 1, "no operation of their own");
    let query = first_query_names(text);
    assert_eq!(query.iter().filter(|q| *q == "model").count(), 1, "{query:?}");
    assert!(!query.iter().any(|q| q == "x"), "another path's option: {query:?}");
}

#[test]
fn a_key_written_two_ways_is_one_operation_spelled_as_a_segment() {
    let text = "---\ndoc_type: apiPageType\n---\n# ediscoverySearch: exportReport\n\n## HTTP request\n```http\nPOST /cases/ediscoveryCases('{caseId}')/searches('{searchId}')/exportReport\nPOST /cases/ediscoveryCases/{caseId}/searches/{searchId}/exportReport\n```\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n";
    let out = extract(text);
    let paths: Vec<&str> = out.operations.iter().map(|o| o.operation.path.as_str()).collect();
    assert_eq!(paths, ["/cases/ediscoveryCases/{caseId}/searches/{searchId}/exportReport"]);
}

#[test]
fn an_example_named_for_a_later_line_s_scenario_does_not_name_the_first() {
    let page = |lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Delete columnDefinition\n\n## HTTP request\n```http\n{lines}\n```\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"delete_columns_from_contenttype\" }} -->\n```http\nDELETE https://graph.microsoft.com/v1.0/sites/1/contentTypes/2/columns/3\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let ids = |lines: &str| operation_ids(&page(lines));
    assert_eq!(
        ids(
            "DELETE /sites/{site-id}/columns/{column-id}\nDELETE /sites/{site-id}/contentTypes/{contentType-id}/columns/{column-id}"
        ),
        ["delete_column_definition", "delete_column_definition_content_types"]
    );
    // An owner at a path's start is the same operation's: the name stays.
    let owners = extract(&page("DELETE /me/columns/{column-id}\nDELETE /contentTypes/{id}/columns/{column-id}"));
    assert_eq!(owners.operations[0].operation.id, "delete_columns_from_content_type");
}

#[test]
fn a_path_written_with_two_methods_is_named_for_each() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update profilePhoto\n\n## HTTP request\n```http\nPATCH /me/photo/$value\nPATCH /users/{id}/photo/$value\nPUT /me/photo/$value\nPUT /users/{id}/photo/$value\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let ids = operation_ids(text);
    assert_eq!(
        ids,
        [
            "update_profile_photo",
            "update_profile_photo_users",
            "update_profile_photo_put",
            "update_profile_photo_users_put"
        ]
    );
}

#[test]
fn an_example_name_ending_in_a_later_call_s_argument_names_the_first_line_without_it() {
    let text = "---\ndoc_type: apiPageType\n---\n# reportRoot: getYammerActivityUserDetail\n\n## HTTP request\n```http\nGET /reports/getYammerActivityUserDetail(period='{period_value}')\nGET /reports/getYammerActivityUserDetail(date={date_value})\n```\n\n## Response\nIf successful, this method returns a `302 Found` response.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"reportroot_getyammeractivityuserdetail_date\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/reports/getYammerActivityUserDetail(date='2018-03-05')\n```\n";
    let ids = operation_ids(text);
    assert_eq!(
        ids,
        ["report_root_get_yammer_activity_user_detail", "report_root_get_yammer_activity_user_detail_date"]
    );
}

#[test]
fn accepted_work_naming_an_object_answers_no_body() {
    let page = |response: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# accessPackageAssignment: reprocess\n\n## HTTP request\n```http\nPOST /accessPackageAssignments/{{id}}/reprocess\n```\n\n## Response\n{response}\n"
        )
    };
    let body = |response: &str| extract(&page(response)).operations[0].operation.responses[0].body.is_some();
    let link = "[accessPackageAssignment](../resources/accesspackageassignment.md)";
    assert!(!body(&format!(
        "If successful, this method returns a `202 Accepted` response code and reevaluates the {link} object."
    )));
    assert!(body(&format!(
        "If successful, this method returns a `202 Accepted` response code and an {link} object in the response body."
    )));
}

#[test]
fn a_parent_entity_with_its_navigation_expanded_is_no_item_of_the_list() {
    let list = TypeRef::Collection(Box::new(TypeRef::Named("educationGradingCategory".into())));
    let parent = serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#education/classes('1')/assignmentSettings/$entity",
        "gradingCategories@odata.context": "https://graph.microsoft.com/beta/$metadata#education/classes('1')/assignmentSettings/gradingCategories",
        "gradingCategories": [{"id": "1"}]
    });
    let path = "/education/classes/{id}/assignmentSettings/gradingCategories";
    assert!(matches!(list_or_item_shown(list.clone(), Some(&parent), true, path), TypeRef::Collection(_)));
    let item = serde_json::json!({"@odata.context": "https://graph.microsoft.com/beta/$metadata#chats('1')/$entity", "id": "1"});
    assert!(matches!(list_or_item_shown(list.clone(), Some(&item), true, "/chats/{id}"), TypeRef::Named(_)));
    let set =
        serde_json::json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity"});
    let manager = list_or_item_shown(list.clone(), Some(&set), true, "/contacts/{id}/manager");
    assert!(matches!(manager, TypeRef::Named(_)), "the type's set");
    // One entity with a navigation expanded is still one entity.
    let expanded = serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#deletedItems/workflows/$entity",
        "tasks@odata.context": "https://graph.microsoft.com/beta/$metadata#deletedItems/workflows('1')/tasks",
        "tasks": []
    });
    assert!(matches!(
        list_or_item_shown(list.clone(), Some(&expanded), true, "/deletedItems/workflows/{id}"),
        TypeRef::Named(_)
    ));
    // A context naming the type (not a set) is one instance of it.
    let typed = serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.security.ediscoveryIndexOperation",
        "id": "1"
    });
    let last = "/security/cases/ediscoveryCases/{id}/custodians/{custodian-id}/lastIndexOperation";
    assert!(matches!(list_or_item_shown(list.clone(), Some(&typed), true, last), TypeRef::Named(_)));
    let typed_list = serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.x)",
        "id": "1"
    });
    assert!(matches!(list_or_item_shown(list, Some(&typed_list), true, last), TypeRef::Collection(_)));
}

#[test]
fn other_success_statuses_share_the_first_one_s_body() {
    // progenitor takes one response type across an operation's successes: the `200 OK`
    // an example shows with a body beside the stated `204 No Content` stays bodiless.
    let text = r#"---
doc_type: apiPageType
---
# Delete browserSite

## HTTP request
```http
DELETE /siteLists/{id}/sites/{site-id}
```

## Response
If the site was not published, this method returns a `204 No Content` response code. If it was, it returns a `200 OK` response code and a [browserSite](../resources/browsersite.md) object in the response body.

## Examples
### Example 1
<!-- { "blockType": "request", "name": "delete_browsersite" } -->
```http
DELETE https://graph.microsoft.com/beta/siteLists/1/sites/2
```
<!-- { "blockType": "response" } -->
```http
HTTP/1.1 204 No Content
```

### Example 2
<!-- { "blockType": "request", "name": "delete_browsersite_published" } -->
```http
DELETE https://graph.microsoft.com/beta/siteLists/1/sites/3
```
<!-- { "blockType": "response", "@odata.type": "microsoft.graph.browserSite" } -->
```http
HTTP/1.1 200 OK
Content-Type: application/json

{"id": "3", "status": "pendingDelete"}
```
"#;
    let responses = &extract(text).operations[0].operation.responses;
    let statuses: Vec<u16> = responses.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [204, 200]);
    assert!(responses.iter().all(|r| r.body.is_none()), "{responses:?}");
}

#[test]
fn a_response_whose_request_is_ignored_still_gives_its_status() {
    let text = "---\ndoc_type: apiPageType\n---\n# Create x\n\n## HTTP request\n```http\nPOST /xs\n```\n\n## Response\nIf successful, this method returns an [x](../resources/x.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"ignored\", \"name\": \"create_x\" } -->\n```http\nPOST https://graph.microsoft.com/beta/xs\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 201 Created\n```\n";
    assert_eq!(extract(text).operations[0].operation.responses[0].status, 201);
}

#[test]
fn an_ignored_request_an_annotated_response_answers_is_the_one_lines_example() {
    let page = |lines: &str, query: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# site: getAllSites\n\n## HTTP request\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\n{lines}\n```\n\n## Example\n### Request\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```msgraph-interactive\nGET /sites/getAllSites{query}\n```\n\n### Response\n<!-- {{ \"blockType\": \"response\", \"@type\": \"microsoft.graph.site\", \"isCollection\": true }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": [{{\"id\": \"1\", \"name\": \"a\"}}]}}\n```\n"
        )
    };
    let body = |text: String| {
        let out = extract(&text);
        let response = &out.operations[0].operation.responses[0];
        (response.status, response.body.as_ref().map(|b| format!("{:?}", b.shape)))
    };
    let (status, shape) = body(page("GET /sites/getAllSites", ""));
    assert_eq!(status, 200);
    assert!(shape.as_deref().is_some_and(|s| s.contains("CollectionPage") && s.contains("site")), "{shape:?}");
    // Which of several lines the example shows, the page does not say.
    let (_, shape) = body(page("GET /sites/getAllSites\nGET /sites/{id}/sites", ""));
    assert_eq!(shape, None);
    // Another representation's response is not the method's.
    let (_, shape) = body(page("GET /sites/getAllSites", "?$format=application/json"));
    assert_eq!(shape, None);
    // A user's line and its `/me` alias are one (beta's revokeSignInSessions).
    let (_, shape) = body(page("GET /me/sites/getAllSites\nGET /users/{id}/sites/getAllSites", "").replace(
        "```msgraph-interactive\nGET /sites/getAllSites",
        "```msgraph-interactive\nGET /me/sites/getAllSites",
    ));
    assert!(shape.is_some(), "{shape:?}");
}

#[test]
fn a_line_whose_example_sends_nothing_takes_the_body_optionally() {
    let text = "---\ndoc_type: apiPageType\n---\n# custodian: applyHold\n\n## HTTP request\n```http\nPOST /cases/{id}/custodians/applyHold\nPOST /cases/{id}/custodians/{custodianId}/applyHold\n```\n\n## Request body\n| Parameter | Type | Description |\n|:--|:--|:--|\n| ids | String collection | The custodians. Optional. |\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"apply_hold_all\" } -->\n```http\nPOST /cases/1/custodians/applyHold\nContent-Type: application/json\n\n{\"ids\": [\"a\"]}\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 202 Accepted\n```\n<!-- { \"blockType\": \"request\", \"name\": \"apply_hold_one\" } -->\n```http\nPOST /cases/1/custodians/2/applyHold\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 202 Accepted\n```\n";
    let out = extract(text);
    let required: Vec<Option<bool>> =
        out.operations.iter().map(|o| o.operation.request_body.as_ref().map(|b| b.required)).collect();
    assert_eq!(required, [Some(true), Some(false)]);
    // Where the section does not allow leaving it out, an example that sends nothing is
    // the example's omission (`POST /me/cloudPCs/{id}/rename` shown without its name).
    let strict = text.replace(" Optional.", "");
    let out = extract(&strict);
    let required: Vec<Option<bool>> =
        out.operations.iter().map(|o| o.operation.request_body.as_ref().map(|b| b.required)).collect();
    assert_eq!(required, [Some(true), Some(true)]);
}

#[test]
fn a_body_some_calls_send_is_no_absent_body() {
    // beta's accessPackage getApplicablePolicyRequirements: "Do not supply a request body … if you
    // wish to …. If you want …, you must supply a request body."
    let text = "---\ndoc_type: apiPageType\n---\n# accessPackage: getApplicablePolicyRequirements\n\n## HTTP request\n```http\nPOST /accessPackages/{id}/getApplicablePolicyRequirements\n```\n\n## Request body\nDo not supply a request body for this method if you wish to retrieve a list of access package requirements as in example 1. If you want to get policy requirements for user scope as in example 2, you must supply a request body.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"all\" } -->\n```http\nPOST /accessPackages/1/getApplicablePolicyRequirements\n```\n<!-- { \"blockType\": \"request\", \"name\": \"scoped\" } -->\n```http\nPOST /accessPackages/1/getApplicablePolicyRequirements\nContent-Type: application/json\n\n{\"subject\": {\"objectId\": \"5acd\"}}\n```\n";
    let required = |text: &str| extract(text).operations[0].operation.request_body.as_ref().map(|b| b.required);
    assert_eq!(required(text), Some(false));
    // Saying only when not to: nothing is sent.
    let never = text.replace(
        " If you want to get policy requirements for user scope as in example 2, you must supply a request body.",
        "",
    );
    assert_eq!(required(&never), None);
}

#[test]
fn a_body_the_prose_calls_optional_is_optional() {
    let text = "---\ndoc_type: apiPageType\n---\n# printJob: abort\n\n## HTTP request\n```http\nPOST /print/printers/{id}/jobs/{jobId}/abort\n```\n\n## Request body\nIn the request body, you can optionally provide the reason why the job is being aborted.\n\n| Property | Type | Description |\n|:--|:--|:--|\n|reason|String|Why.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let required = |text: &str| extract(text).operations[0].operation.request_body.as_ref().map(|b| b.required);
    assert_eq!(required(text), Some(false));
    assert_eq!(required(&text.replace("you can optionally provide", "provide")), Some(true));
    // v1.0's fileStorageContainer lock: "you can optionally include a JSON representation of …".
    let include = text.replace(
        "you can optionally provide the reason why",
        "you can optionally include a JSON representation of why",
    );
    assert_eq!(required(&include), Some(false));
    // v1.0's createUploadSession: "No request body is required. However, you can specify an `item` …".
    let however = text.replace(
        "In the request body, you can optionally provide the reason why the job is being aborted.",
        "No request body is required.\nHowever, you can specify a reason in the request body.",
    );
    assert_eq!(required(&however), Some(false));
    // A member's objects one may include are not the body's own option.
    let member = text.replace(
        "In the request body, you can optionally provide the reason why the job is being aborted.",
        "Supply a JSON representation of the job. You can optionally include a JSON representation of one or more gadget objects.",
    );
    assert_eq!(required(&member), Some(true));
    // One property one may include is not the body's own option.
    let color =
        text.replace("you can optionally provide the reason why", "you can optionally include the **color** of why");
    assert_eq!(required(&color), Some(true));
    // A property one may add is not the body's own option.
    let other = text.replace(
        "In the request body, you can optionally provide the reason",
        "Provide the reason. You can optionally include a note",
    );
    assert_eq!(required(&other), Some(true));
    // beta's user flow languages: "the properties that can be optionally provided" are members.
    let members = text.replace(
        "In the request body, you can optionally provide the reason why the job is being aborted.",
        "The following table shows the properties that can be optionally provided when you abort the job.",
    );
    assert_eq!(required(&members), Some(true));
}

#[test]
fn an_argument_the_example_quotes_is_quoted() {
    let page = |example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# range: visibleView\n\n## HTTP request\n```http\nGET /me/drive/items/{{id}}/workbook/worksheets/{{ws}}/range(address={{address}})/visibleView/itemAt(index={{n}})\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0{example}\n```\n"
        )
    };
    let path = |example: &str| extract(&page(example)).operations[0].operation.path.clone();
    assert_eq!(
        path("/me/drive/items/1/workbook/worksheets/2/range(address='A1:Z10')/visibleView/itemAt(index=3)"),
        "/me/drive/items/{id}/workbook/worksheets/{ws}/range(address='{address}')/visibleView/itemAt(index={n})"
    );
    // An example that does not quote it leaves the line as written.
    assert_eq!(
        path("/me/drive/items/1/workbook/worksheets/2/range(address=A1)/visibleView/itemAt(index=3)"),
        "/me/drive/items/{id}/workbook/worksheets/{ws}/range(address={address})/visibleView/itemAt(index={n})"
    );
    // Arguments in another order (beta's getDestinationSummaries).
    let call = "---\ndoc_type: apiPageType\n---\n# reports: getDestinationSummaries\n\n## HTTP request\n```http\nGET /networkAccess/reports/getDestinationSummaries(startDateTime={startDateTime},endDateTime={endDateTime},aggregatedBy={aggregatedBy})\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nGET https://graph.microsoft.com/beta/networkAccess/reports/getDestinationSummaries(aggregatedBy='devices', startDateTime=2023-01-01T00:00:00Z,endDateTime=2023-01-31T00:00:00Z)\n```\n";
    assert_eq!(
        extract(call).operations[0].operation.path,
        "/networkAccess/reports/getDestinationSummaries(startDateTime={startDateTime},endDateTime={endDateTime},aggregatedBy='{aggregatedBy}')"
    );
    // An example calling `/me/…` for a line of `/users/{id}/…` (v1.0's reminderView).
    let me = "---\ndoc_type: apiPageType\n---\n# user: reminderView\n\n## HTTP request\n```http\nGET /users/{id}/reminderView(startDateTime={startDateTime},endDateTime={endDateTime})\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/reminderView(startDateTime='2017-06-05T10:00:00',endDateTime='2017-06-11T11:00:00')\n```\n";
    assert_eq!(
        extract(me).operations[0].operation.path,
        "/users/{id}/reminderView(startDateTime='{startDateTime}',endDateTime='{endDateTime}')"
    );
    // Not an argument its row types as a primitive OData writes bare (v1.0's Yammer reports: a `Date`
    // row, `date={date_value}` beside the example's `date='2018-03-05'`).
    let dated = |ty: &str| {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# reportRoot: getYammerActivityUserDetail\n\n## HTTP request\n```http\nGET /reports/getYammerActivityUserDetail(date={{date_value}})\n```\n\n## Function parameters\n| Parameter | Type | Description |\n|:---|:---|:---|\n| date | {ty} | The date. |\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/reports/getYammerActivityUserDetail(date='2018-03-05')\n```\n"
        );
        extract(&text).operations[0].operation.path.clone()
    };
    assert_eq!(dated("Date"), "/reports/getYammerActivityUserDetail(date={date_value})");
    assert_eq!(dated("String"), "/reports/getYammerActivityUserDetail(date='{date_value}')");
    // A line no example calls quotes as the example of its sibling line does (beta's tableRowOperationResult).
    let sibling = "---\ndoc_type: apiPageType\n---\n# workbook: tableRowOperationResult\n\n## HTTP request\n```http\nGET /me/drive/items/{id}/workbook/tableRowOperationResult(key={operation-id})\nGET /me/drive/root:/{item-path}:/workbook/tableRowOperationResult(key={operation-id})\n```\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nGET https://graph.microsoft.com/beta/me/drive/items/01CC/workbook/tableRowOperationResult(key='0195cfac')\n```\n";
    let paths: Vec<String> = extract(sibling).operations.iter().map(|o| o.operation.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/me/drive/items/{id}/workbook/tableRowOperationResult(key='{operation-id}')",
            "/me/drive/root:/{item-path}:/workbook/tableRowOperationResult(key='{operation-id}')"
        ]
    );
}

#[test]
fn a_later_paragraph_s_outcome_is_another_success_status() {
    let text = "---\ndoc_type: apiPageType\n---\n# conversationMember: add\n\n## HTTP request\n```http\nPOST /teams/{id}/members/add\n```\n\n## Response\nIf successful, this action returns a `200 OK` response code and a collection of [actionResultPart](../resources/actionresultpart.md) objects in the response body.\n\nThis API returns a `200` response that indicates all members were added or a `207` response that indicates only some of them were.\n\nIf an error occurred, this method returns a `400` status code.\n";
    let out = extract(text);
    let statuses: Vec<u16> = out.operations[0].operation.responses.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 207]);
}

#[test]
fn an_empty_json_object_body_is_an_object() {
    let text = "---\ndoc_type: apiPageType\n---\n# educationAssignment: setUpResourcesFolder\n\n## HTTP request\n```http\nPOST /education/classes/{id}/assignments/{id}/setUpResourcesFolder\n```\n\n## Request body\nIn the request body, supply an empty JSON object `{}` for this method.\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/education/classes/1/assignments/2/setUpResourcesFolder\nContent-type: application/json\n\n{\n}\n```\n";
    let out = extract(text);
    let body = out.operations[0].operation.request_body.as_ref().expect("a body");
    assert!(matches!(&body.shape, Shape::Object(m) if m.is_empty()), "{:?}", body.shape);
    // The prose alone says so too, when the example sends nothing.
    let bare = text.replace("Content-type: application/json\n\n{\n}\n", "");
    assert_ne!(bare, text);
    let out = extract(&bare);
    let body = out.operations[0].operation.request_body.as_ref().expect("a body");
    assert!(matches!(&body.shape, Shape::Object(m) if m.is_empty()), "{:?}", body.shape);
    assert!(body.example.is_none());
}

#[test]
fn prose_in_a_placeholder_naming_a_stream_property_stands_for_each() {
    let text = "---\ndoc_type: apiPageType\n---\n# Update organizationalBranding\n\n## HTTP request\n```http\nPATCH /organization/{id}/branding\nPUT /organization/{id}/branding/localizations/{lid}/{Stream object type such as backgroundImage}\n```\n\n## Request body\n| Property | Type | Description |\n|:--|:--|:--|\n| backgroundImage | Stream | An image. |\n| bannerLogo | Stream | A logo. |\n| signInPageText | String | Text. |\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let out = extract(text);
    let ops = paths_and_body_media_types(&out);
    assert_eq!(
        ops,
        [
            ("/organization/{id}/branding", Some("application/json")),
            ("/organization/{id}/branding/localizations/{lid}/backgroundImage", Some("application/octet-stream")),
            ("/organization/{id}/branding/localizations/{lid}/bannerLogo", Some("application/octet-stream")),
        ]
    );
    // The JSON body keeps what JSON can carry: the streams have lines of their own.
    let body = out.operations[0].operation.request_body.clone().expect("a body");
    let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
    let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["signInPageText"]);
}

#[test]
fn a_placeholder_in_a_filter_value_is_no_parameter_of_its_own() {
    let page = |lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List containers\n\n## HTTP request\n```http\n{lines}\n```\n\n## Query parameters\nThis method required the `containerTypeId` parameter. It supports the `$expand` OData query parameter.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [container](../resources/container.md) objects in the response body.\n"
        )
    };
    let query = |lines: &str| first_query_names(&page(lines));
    let filtered = query("GET /storage/containers?$filter=containerTypeId eq {containerTypeId}");
    assert_eq!(filtered, ["$filter", "$expand"]);
    // Without the line's filter, the prose's parameter is the method's own.
    assert_eq!(query("GET /storage/containers"), ["containerTypeId", "$expand"]);
}

#[test]
fn a_count_segment_answers_a_number_as_text() {
    let text = "---\ndoc_type: apiPageType\n---\n# List transitiveReports\n\n## HTTP request\n```http\nGET /users/{id}/transitiveReports/$count\n```\n\n## Optional query parameters\nThis method supports the `$filter`, `$select` and `$top` [OData query parameters](/graph/query-parameters).\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [directoryObject](../resources/directoryobject.md) objects in the response body.\n";
    let out = extract(text);
    let op = &out.operations[0].operation;
    let body = op.responses[0].body.as_ref().expect("a body");
    assert_eq!(body.media_type, "text/plain");
    assert!(matches!(body.shape, Shape::Type(TypeRef::Primitive(Primitive::Int64))), "{:?}", body.shape);
    let query: Vec<&str> =
        op.parameters.iter().filter(|p| p.location == ParamLocation::Query).map(|p| p.name.as_str()).collect();
    assert_eq!(query, ["$filter"], "a count takes no $select or $top");
}

#[test]
fn a_collection_the_sentence_names_after_the_link_is_not_the_link_s() {
    let page = |returns: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get package\n\n## HTTP request\n```http\nGET /packages/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and {returns} in the response body.\n"
        )
    };
    let shape =
        |returns: &str| extract(&page(returns)).operations[0].operation.responses[0].body.clone().unwrap().shape;
    let one = shape(
        "an [accessPackage](../resources/accesspackage.md) that contains a collection of [accessPackageResourceRoleScope](../resources/accesspackageresourcerolescope.md) objects",
    );
    assert!(matches!(one, Shape::Type(TypeRef::Named(ref n)) if n == "accessPackage"), "{one:?}");
    let many = shape("a [user](../resources/user.md) collection");
    assert!(matches!(many, Shape::CollectionPage(_)), "the word right after the link: {many:?}");
    let many = shape("a collection of [user](../resources/user.md) objects");
    assert!(matches!(many, Shape::CollectionPage(_)), "{many:?}");
}

#[test]
fn a_line_another_continues_with_a_key_reads_a_list() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get profilePhoto\n\n## HTTP request\n```http\nGET /me/photo\nGET /me/photos\nGET /me/photos/{size}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [profilePhoto](../resources/profilephoto.md) object in the response body.\n";
    let out = extract(text);
    let shapes: Vec<(&str, &Shape)> = out
        .operations
        .iter()
        .map(|o| (o.operation.path.as_str(), &o.operation.responses[0].body.as_ref().expect("a body").shape))
        .collect();
    let list = |path: &str| shapes.iter().any(|(p, s)| *p == path && matches!(s, Shape::CollectionPage(_)));
    assert!(list("/me/photos"), "{shapes:?}");
    assert!(!list("/me/photo") && !list("/me/photos/{size}"), "{shapes:?}");
}

#[test]
fn a_ref_segment_answers_links_to_the_objects() {
    let page = |returns: &str, line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List members\n\n## HTTP request\n```http\nGET /groups/{{id}}/{line}\nGET /groups/{{id}}/{line}/$ref\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and {returns} in the response body.\n"
        )
    };
    let out = extract(&page("a collection of [directoryObject](../resources/directoryobject.md) objects", "members"));
    let shapes: Vec<&Shape> =
        out.operations.iter().map(|o| &o.operation.responses[0].body.as_ref().expect("a body").shape).collect();
    assert!(matches!(shapes[0], Shape::CollectionPage(_)), "{shapes:?}");
    assert_eq!(shapes[1], &Shape::References { list: true }, "the `$ref` line");
    let out = extract(&page("a [directoryObject](../resources/directoryobject.md) object", "owner"));
    let body = out.operations[1].operation.responses[0].body.as_ref().expect("a body");
    assert_eq!(body.shape, Shape::References { list: false }, "one link where the page answers one object");
    // Emitted as open objects with a required `@odata.id`; a list where the page says nothing.
    let (_, op) = operation_of(
        "api/group-get-owner-ref.md",
        "---\ndoc_type: apiPageType\n---\n# Get owner reference\n\n## HTTP request\n```http\nGET /groups/{id}/owner/$ref\n```\n",
    );
    let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
    let link = &schema["properties"]["value"]["items"];
    assert_eq!(link["required"], serde_json::json!(["@odata.id"]), "{schema}");
    assert_eq!(link["additionalProperties"], serde_json::json!({}));
    assert_eq!(schema["additionalProperties"], serde_json::json!({}));
}

#[test]
fn request_lines_of_one_path_pool_their_query_options() {
    let text = "---\ndoc_type: apiPageType\n---\n# List items\n\n## HTTP request\n```http\nGET /sites/{site-id}/lists/{list-id}/items\nGET /sites/{site-id}/lists/{list-id}/items?expand=fields&$top=2\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let out = extract(text);
    assert_eq!(out.operations.len(), 1);
    assert!(!out.operations[0].variant, "the bare line documents the operation itself");
    let params = &out.operations[0].operation.parameters;
    let expand = params.iter().find(|p| p.name == "$expand").expect("$expand");
    assert_eq!(
        expand.description.as_deref(),
        Some("Related entities to include, comma-separated. The docs use `fields`.")
    );
    let top = params.iter().find(|p| p.name == "$top").expect("$top");
    assert!(matches!(top.ty, TypeRef::Primitive(Primitive::Int32)));
}

#[test]
fn an_example_name_the_title_spells_names_the_operation() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get a special folder by name\n\n## HTTP request\n```http\nGET /me/drive/special/{name}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get-special-folder\" } -->\n```http\nGET /me/drive/special/music\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-special-children\" } -->\n```http\nGET /me/drive/special/music/children\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"upload-piece\" } -->\n```http\nPUT https://sn3302.up.1drv.com/up/fe69\n```\n";
    let out = extract(text);
    assert_eq!(out.operations[0].operation.id, "get_special_folder");
    assert!(out.operations[0].explicit_id);
}

#[test]
fn an_example_named_as_the_title_without_its_verb_takes_the_verb() {
    // v1.0's "List tokenIssuancePolicy", its example named `tokenIssuancePolicies`.
    let text = "---\ndoc_type: apiPageType\n---\n# List tokenIssuancePolicy\n\n## HTTP request\n```http\nGET /policies/tokenIssuancePolicies\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [tokenIssuancePolicy](../resources/tokenissuancepolicy.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"tokenIssuancePolicies\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/policies/tokenIssuancePolicies\n```\n";
    assert_eq!(extract(text).operations[0].operation.id, "list_token_issuance_policies");
}

#[test]
fn a_page_of_scenarios_writes_its_request_lines_as_annotated_examples() {
    let text = "---\ndoc_type: apiPageType\n---\n# List available drives\n\n## List a group's drives\n\n### HTTP request\n<!-- { \"blockType\": \"request\", \"name\": \"group-list-drives\" } -->\n```http\nGET /groups/{groupId}/drives\n```\n\n## List the current user's drives\n<!-- { \"blockType\": \"request\", \"name\": \"enum-drives\" } -->\n```http\nGET /me/drives\n```\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get-one\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drives/abc\n```\n";
    let paths: Vec<String> = extract(text).operations.into_iter().map(|o| o.operation.path).collect();
    assert_eq!(paths, ["/groups/{groupId}/drives", "/me/drives"], "an absolute example URL stays an example");
}

#[test]
fn intune_entity_examples_lose_their_value_wrapper() {
    let wrapped = serde_json::json!({"value": {"@odata.type": "#microsoft.graph.x", "id": "1"}});
    assert_eq!(unwrapped_entity(&wrapped, "x", false), &wrapped["value"]);
    // A type's own `value` member (a chart point's), or more than `value`: as written.
    let own = serde_json::json!({"value": {}});
    assert_eq!(unwrapped_entity(&own, "x", false), &own);
    let more = serde_json::json!({"value": {"@odata.type": "#x"}, "id": "1"});
    assert_eq!(unwrapped_entity(&more, "x", false), &more);
    // A page of the one entity answered (v1.0's riskyUser get); not of another type, nor of two.
    let listed = serde_json::json!({"value": [{"@odata.type": "#microsoft.graph.riskyUser", "id": "1"}]});
    assert_eq!(unwrapped_entity(&listed, "riskyUser", false), &listed["value"][0]);
    assert_eq!(unwrapped_entity(&listed, "riskDetection", false), &listed);
    let two =
        serde_json::json!({"value": [{"@odata.type": "#microsoft.graph.x"}, {"@odata.type": "#microsoft.graph.x"}]});
    assert_eq!(unwrapped_entity(&two, "x", false), &two);
    // Members of its own without an `@odata.type`, beside an `@odata.context` (fido2's get).
    let bare = serde_json::json!({"@odata.context": "$metadata#x", "value": {"id": "1", "displayName": "a"}});
    assert_eq!(unwrapped_entity(&bare, "x", false), &bare["value"]);
    // An object of a type naming itself, its member `value` an object: as written.
    let typed = serde_json::json!({"@odata.type": "#microsoft.graph.x", "value": {"a": 1, "b": 2}});
    assert_eq!(unwrapped_entity(&typed, "x", false), &typed);
    // A page of one keyed item without an `@odata.type` answering a read by key (v1.0's
    // appManagementPolicy get); not a read of the set, nor an item without a key.
    let page = serde_json::json!({"@odata.context": "$metadata#policies", "value": [{"id": "1", "displayName": "a"}]});
    assert_eq!(unwrapped_entity(&page, "x", true), &page["value"][0]);
    assert_eq!(unwrapped_entity(&page, "x", false), &page);
    let keyless = serde_json::json!({"value": [{"displayName": "a"}]});
    assert_eq!(unwrapped_entity(&keyless, "x", true), &keyless);
}

#[test]
fn primitive_results_in_prose() {
    let string = |t: &str| primitive_result(t).map(|t| format!("{t:?}"));
    let expected = Some(format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)))));
    assert_eq!(string("returns a `200 OK` response code and a String collection in the response body."), expected);
    assert_eq!(string("and a collection of String in the response body"), expected);
    assert_eq!(string("and a collection of strings in the response body"), None);
    assert_eq!(string("and a user collection in the response body"), None);
    let int = Some(format!("{:?}", TypeRef::Primitive(Primitive::Int32)));
    assert_eq!(string("returns a `200 OK` response code and a Int32 in the response body."), int);
    assert_eq!(string("returns a `200 OK` response code and a String object in the response body."), None);
}

#[test]
fn function_arguments_documented_under_the_request_body_are_called() {
    let text = "---\ndoc_type: apiPageType\n---\n# getCount function\n\n## HTTP Request\n``` http\nGET /a/things/getCount\n```\n\n## Request body\nIn the request URL, provide the following query parameters with values.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|before|String|Not yet documented|\n|top|Int32|How many.|\n\n## Response\nIf successful, this function returns a `200 OK` response code and a Int32 in the response body.\n";
    let out = extract(text);
    let op = &out.operations[0].operation;
    assert_eq!(op.path, "/a/things/getCount(before='{before}',top={top})");
    let params: Vec<_> = op.parameters.iter().map(|p| (p.name.as_str(), p.location, p.description.clone())).collect();
    assert_eq!(
        params,
        [("before", ParamLocation::Path, None), ("top", ParamLocation::Path, Some("How many.".to_string()))]
    );
    assert!(matches!(op.parameters[1].ty, TypeRef::Primitive(Primitive::Int32)));
    // A page of GETs with a parameters table under "Request body": a GET sends no
    // body; the function takes them in the URL.
    let excel = text.replace(
        "In the request URL, provide the following query parameters with values.",
        "In the request body, provide a JSON object with the following parameters.",
    );
    let out = extract(&excel);
    assert_eq!(out.operations[0].operation.path, "/a/things/getCount(before='{before}',top={top})");
    // Not on a page with a POST: that table is the body.
    let post = text.replace("GET /a/things/getCount", "POST /a/things/getCount").replace(
        "In the request URL, provide the following query parameters with values.",
        "In the request body, provide a JSON object with the following parameters.",
    );
    assert_eq!(extract(&post).operations[0].operation.path, "/a/things/getCount");
    // A collection is an OData collection literal (`ids=["a","b"]`), not a quoted string.
    let ids = text.replace("|before|String|Not yet documented|", "|ids|String collection||");
    let out = extract(&ids);
    let op = &out.operations[0].operation;
    assert_eq!(op.path, "/a/things/getCount(ids={ids},top={top})");
    assert!(op.parameters[0].description.as_deref().is_some_and(|d| d.contains("collection literal")));
    // A row called optional is no argument of the call (a path has no optional
    // parameters), unless an example passes it: then the call with it is a path too.
    let optional = excel.replace("|before|String|Not yet documented|", "|locale|String|Optional. The locale.|");
    assert_eq!(extract(&optional).operations[0].operation.path, "/a/things/getCount(top={top})");
    let passed = format!(
        "{}\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_count\" }} -->\n```http\nGET https://graph.microsoft.com/beta/a/things/getCount(locale='en-US',top=5)\n```\n",
        optional.replace("|top|Int32|How many.|", "|top|Int32|Optional. How many.|")
    );
    let out = extract(&passed);
    let paths: Vec<&str> = out.operations.iter().map(|o| o.operation.path.as_str()).collect();
    assert_eq!(paths, ["/a/things/getCount", "/a/things/getCount(locale='{locale}',top={top})"]);
    // In its own path an argument is required: its description no longer says "Optional.".
    let locale = out.operations[1].operation.parameters.iter().find(|p| p.name == "locale").unwrap();
    assert_eq!(locale.description.as_deref(), Some("The locale."));
    // Examples passing different optional arguments: a path for each call.
    let two = passed.replace(
        "getCount(locale='en-US',top=5)\n```\n",
        "getCount(locale='en-US')\n```\n<!-- { \"blockType\": \"request\", \"name\": \"get_count_top\" } -->\n```http\nGET https://graph.microsoft.com/beta/a/things/getCount(top=5)\n```\n",
    );
    let paths: Vec<String> = extract(&two).operations.into_iter().map(|o| o.operation.path).collect();
    assert_eq!(paths, ["/a/things/getCount", "/a/things/getCount(locale='{locale}')", "/a/things/getCount(top={top})"]);
}

#[test]
fn a_collection_shown_as_bare_items_is_shown_as_its_page() {
    // v1.0's search bookmarks list: the example answers `[{…}]` for "a collection of [bookmark] objects".
    let page = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List bookmarks\n\n## HTTP request\n```http\nGET /search/bookmarks\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [bookmark](../resources/search-bookmark.md) objects in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"list_bookmarks\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/search/bookmarks\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{body}\n```\n"
        )
    };
    let example = |body: &str| {
        let out = extract(&page(body));
        out.operations[0].operation.responses[0].body.as_ref().and_then(|b| b.example.clone())
    };
    assert_eq!(example("[{\"id\": \"1\"}]"), Some(serde_json::json!({"value": [{"id": "1"}]})));
    // A page written as one stays as written.
    assert_eq!(example("{\"value\": [{\"id\": \"1\"}]}"), Some(serde_json::json!({"value": [{"id": "1"}]})));
}

#[test]
fn each_call_of_a_function_takes_the_example_passing_its_arguments() {
    let text = "---\ndoc_type: apiPageType\n---\n# driveItem: delta\n\n## HTTP request\n```http\nGET /me/drive/root/delta\n```\n\n## Function parameters\n| Name | Type | Description |\n|:---|:---|:---|\n| token | string | Optional. A previous delta token. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [driveItem](../resources/driveitem.md) resources in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_delta_first\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/delta\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"Collection(microsoft.graph.driveItem)\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [], \"@odata.nextLink\": \"first\"}\n```\n<!-- { \"blockType\": \"request\", \"name\": \"get_delta_last\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/delta(token='1230919asd190410jlka')\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"Collection(microsoft.graph.driveItem)\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [], \"@odata.deltaLink\": \"last\"}\n```\n";
    let out = extract(text);
    let shown = |i: usize| {
        let op = &out.operations[i].operation;
        let example = op.responses[0].body.as_ref().and_then(|b| b.example.clone());
        (op.path.clone(), example.map(|e| e.to_string()))
    };
    let (bare, first) = shown(0);
    assert_eq!(bare, "/me/drive/root/delta");
    assert!(first.is_some_and(|e| e.contains("nextLink")));
    let (token, last) = shown(1);
    assert_eq!(token, "/me/drive/root/delta(token='{token}')");
    assert!(last.is_some_and(|e| e.contains("deltaLink")), "the call passing `token` shows its own example");
}

#[test]
fn a_path_parameters_row_naming_no_placeholder_is_a_function_argument() {
    let text = "---\ndoc_type: apiPageType\n---\n# Range: usedRange\n\n## HTTP request\n```http\nGET /me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='<address>')/usedRange\n```\n\n## Path parameters\n| Parameter | Type | Description |\n|:---|:---|:---|\n| valuesOnly | Boolean | Optional. Considers only cells with values as used cells. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [workbookRange](../resources/workbookrange.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_used_range\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/items/1/workbook/worksheets/2/range(address='A1:B2')/usedRange(valuesOnly=true)\n```\n";
    let paths: Vec<String> = extract(text).operations.into_iter().map(|o| o.operation.path).collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths[1].ends_with("/usedRange(valuesOnly={valuesOnly})"), "{paths:?}");
}

#[test]
fn a_later_paragraph_offering_the_body_for_another_setting_offers_alternatives() {
    let page = |method: &str, body: &str, response: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create identityProvider\n\n## HTTP request\n```http\n{method} /identity/identityProviders\n```\n\n## Request body\n{body}\n\n## Response\n{response}\n"
        )
    };
    let social = "[socialIdentityProvider](../resources/socialidentityprovider.md)";
    let apple = "[appleManagedIdentityProvider](../resources/applemanagedidentityprovider.md)";
    let body = format!(
        "In the request body, provide a JSON representation of {social} object in Azure AD.\n\nIn Azure AD B2C provide a JSON representation of {social}, or an {apple} object."
    );
    let response = format!(
        "If successful, this method returns a `201 Created` response code and a JSON representation of a {social} object in the response body for an Azure AD tenant.\n\nFor an Azure AD B2C tenant, this method returns a `201 Created` response code and a JSON representation of a {social}, or an {apple} object in the response body."
    );
    let out = extract(&page("POST", &body, &response));
    assert_eq!(out.operations[0].body_either, ["appleManagedIdentityProvider"]);
    assert_eq!(out.operations[0].operation.responses[0].either, ["appleManagedIdentityProvider"]);
    // The body's type again with another beside it, in other words.
    let update = format!(
        "In the request body, provide a JSON object with the properties to update for a {social} object.\n\nIn Azure AD B2C, provide a JSON object with the properties to update for a {social}, or an {apple} object."
    );
    let out = extract(&page("PATCH", &update, "If successful, this method returns a `204 No Content` response code."));
    assert_eq!(out.operations[0].body_either, ["appleManagedIdentityProvider"]);
    // A later paragraph about something else offers nothing.
    let other = format!(
        "In the request body, provide a JSON representation of {social} object.\n\nThe {apple} object is managed by Apple; see its page."
    );
    let out = extract(&page("POST", &other, &response.replace(", or an ", " and an ")));
    assert!(out.operations[0].body_either.is_empty());
    // Nor one about a property's value, an error's body, or what else the body holds.
    let dir = "[directoryObject](../resources/directoryobject.md)";
    let bind = format!(
        "In the request body, supply a JSON representation of a {social} object.\n\nTo assign owners, include a JSON representation of a {dir} in the **owners@odata.bind** property."
    );
    let error = format!(
        "If successful, this method returns a `201 Created` response code and a {social} object in the response body.\n\nIf it is being provisioned, this method returns a `404 Not Found` response code and a JSON representation of a {social} or {dir} object in the response body."
    );
    let out = extract(&page("POST", &bind, &error));
    assert!(out.operations[0].body_either.is_empty());
    assert!(out.operations[0].operation.responses[0].either.is_empty());
    let also = format!(
        "If successful, this method returns a `201 Created` response code and a {social} object in the response body.\n\nThe response body also contains a JSON representation of the {dir} that owns it."
    );
    assert!(extract(&page("POST", &bind, &also)).operations[0].operation.responses[0].either.is_empty());
}

#[test]
fn header_rows_with_a_value_are_that_header() {
    let text = "---\ndoc_type: apiPageType\n---\n# List events\n\n## Request headers\n| Name | Type | Description |\n|:---|:---|:---|\n| Authorization | string | Bearer {token}. Required. |\n| Prefer: outlook.timezone | string | The time zone of the response. Optional. |\n| Prefer: outlook.body-content-type | string | The body format. Optional. |\n| ConsistencyLevel | string | eventual. |\n| MS-APP-ACTS-AS (deprecated) | string | A user ID. |\n|Delegated (personal Microsoft account|Not supported.|\n|Delegated (work or school account)|Not supported.|\n|Application|Not supported.|\n|Application|Mail.Send, Chat.Create|\n\n## Optional request headers\n| Name | Description |\n|:---|:---|\n| if-match | The ETag. Required. |\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let params = header_params(&page);
    let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Prefer", "ConsistencyLevel", "MS-APP-ACTS-AS", "if-match"],
        "a note beside a header's name is no part of it; a permissions table's rows are no headers"
    );
    assert!(params[3].required);
    assert!(params[2].deprecated && !params[3].deprecated, "the note says it is deprecated");
    assert_eq!(
        params[0].description.as_deref(),
        Some(
            "`outlook.timezone`: The time zone of the response. Optional. `outlook.body-content-type`: The body format. Optional."
        )
    );
    assert!(!params[0].required);
    // A preference written as a row of its own (beta's device usage rights: `|odata.maxpagesize|…|`).
    let own_row = text.replace(
        "| ConsistencyLevel | string | eventual. |",
        "|odata.maxpagesize|string|The page size preference. Optional.|",
    );
    let src = crate::SourceFile::new("a.md", own_row);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let params = header_params(&page);
    assert_eq!(params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Prefer", "MS-APP-ACTS-AS", "if-match"]);
    assert!(
        params[0]
            .description
            .as_deref()
            .is_some_and(|d| d.ends_with("`odata.maxpagesize`: The page size preference. Optional.")),
        "{:?}",
        params[0].description
    );
}

#[test]
fn consistency_level_named_by_the_query_parameters_prose_is_a_header() {
    // beta's deleted items list: the headers table lists only `Authorization`.
    let page = |prose: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List deleted items\n\n## HTTP request\n```http\nGET /directory/deletedItems/microsoft.graph.group\n```\n\n## Optional query parameters\n{prose}\n\n## Request headers\n| Name | Description |\n|:---|:---|\n| Authorization | Bearer {{token}}. Required. |\n"
        )
    };
    let headers = |text: &str| {
        let src = crate::SourceFile::new("a.md", text.to_string());
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        header_params(&page).into_iter().map(|p| (p.name, p.required)).collect::<Vec<_>>()
    };
    let named = page(
        "This method supports `$count` and `$search`. Some queries are supported only when you use the **ConsistencyLevel** header set to `eventual` and `$count`.",
    );
    assert_eq!(headers(&named), [("ConsistencyLevel".to_string(), false)]);
    assert!(headers(&page("This method supports `$count` and `$search`.")).is_empty());
}

#[test]
fn a_header_a_sentence_says_is_required_is_required() {
    // v1.0's closeSession: the row says nothing; a note under the example does.
    let page = |note: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Close session\n\n## HTTP request\n```http\nPOST /workbook/closeSession\n```\n\n## Request headers\n| Name | Description |\n|:---|:---|\n| workbook-session-id | Workbook session Id to be closed |\n\n## Example\n\n{note}\n"
        )
    };
    let required = |text: &str| {
        let src = crate::SourceFile::new("a.md", text.to_string());
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        header_params(&page).into_iter().map(|p| p.required).collect::<Vec<_>>()
    };
    assert_eq!(required(&page("Note that workbook-session-id header is required.")), [true]);
    assert_eq!(required(&page("The workbook-session-id header is required for persisted changes.")), [false]);
    assert_eq!(required(&page("If you persist changes, the workbook-session-id header is required.")), [false]);
    assert_eq!(required(&page("")), [false]);
}

#[test]
fn a_header_a_sentence_says_no_one_needs_is_not_required() {
    // "No … header is required" denies it, as "Not required" in a row does (`says_required`).
    let text = "---\ndoc_type: apiPageType\n---\n# Close session\n\n## HTTP request\n```http\nPOST /workbook/closeSession\n```\n\n## Request headers\n| Name | Description |\n|:---|:---|\n| workbook-session-id | Workbook session Id to be closed |\n\n## Example\n\nNo workbook-session-id header is required.\n";
    let src = crate::SourceFile::new("a.md", text.to_string());
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    assert_eq!(header_params(&page).into_iter().map(|p| p.required).collect::<Vec<_>>(), [false]);
}

#[test]
fn a_header_a_sentence_names_in_code_and_says_is_required_is_required() {
    // The header's name in code, as pages write header names: "The `workbook-session-id` header is required."
    let text = "---\ndoc_type: apiPageType\n---\n# Close session\n\n## HTTP request\n```http\nPOST /workbook/closeSession\n```\n\n## Request headers\n| Name | Description |\n|:---|:---|\n| workbook-session-id | Workbook session Id to be closed |\n\n## Example\n\nThe `workbook-session-id` header is required.\n";
    let src = crate::SourceFile::new("a.md", text.to_string());
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    assert_eq!(header_params(&page).into_iter().map(|p| p.required).collect::<Vec<_>>(), [true]);
}

#[test]
fn a_url_argument_s_supported_protocols_are_not_its_values() {
    // v1.0's chatMessageAttachment words its `contentUrl` so: a string argument worded the same
    // takes any URL, not only "http" or "file".
    let text = "---\ndoc_type: apiPageType\n---\n# getContent\n\n## HTTP request\n```http\nGET /reports/getContent(url='{url}')\n```\n\n## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|url|String|URL for the content. Supported protocols: http, https, file and data.|\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n";
    let out = extract(text);
    let url = out.operations[0].operation.parameters.iter().find(|p| p.name == "url").unwrap();
    assert!(url.values.is_empty(), "{:?}", url.values);
}

#[test]
fn an_unlinked_type_in_the_request_body_prose() {
    let name = |t: &str| unlinked_representation(t);
    assert_eq!(
        name("In the request body, supply a JSON representation for the androidCustomConfiguration object.").as_deref(),
        Some("androidCustomConfiguration")
    );
    assert_eq!(name("supply a JSON representation of the `iosLobApp` object").as_deref(), Some("iosLobApp"));
    assert_eq!(name("supply a JSON representation of the changed properties."), None);
    assert_eq!(name("supply a JSON representation for the user object."), None, "one word is not camelCase");
}

#[test]
fn function_arguments_of_path_parameters() {
    assert_eq!(call_argument("/r/getX(period='{period_value}')", "period_value").as_deref(), Some("period"));
    assert_eq!(call_argument("/r/f(a={a},b='{b_value}')", "b_value").as_deref(), Some("b"));
    assert_eq!(call_argument("/users/{id}", "id"), None);
    // A typed literal: outlookUser's supportedTimeZones.
    let typed = "/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')";
    assert_eq!(call_argument(typed, "timezone_format").as_deref(), Some("TimeZoneStandard"));
}

#[test]
fn query_parameter_tables() {
    let text = "---\ndoc_type: apiPageType\n---\n# Delta\n\n## Query parameters\n| Query parameter | Type | Description |\n|:---|:---|:---|\n| $deltatoken | string | A state token. |\n| top | Int32 | How many. |\n| startDateTime | String | The start. Required. |\n| not a name | String | Prose. |\n| **@name.conflictBehavior** | string | What to do on a conflict. |\n| @ | string | No name. |\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let params = query_params(&page);
    let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
    // (An instance annotation's row too: an older upload page's `@name.conflictBehavior`.)
    assert_eq!(names, ["$deltatoken", "top", "startDateTime", "@name.conflictBehavior"]);
    assert_eq!(params[1].ty, TypeRef::Primitive(Primitive::Int32));
    assert!(params[2].required && !params[0].required);
    assert!(params.iter().all(|p| p.location == ParamLocation::Query));
    // `|Query parameter|Description|` (beta's mailbox folders' delta): the state tokens are the
    // page's; an OData option there is read from the prose, not the table.
    let untyped = "---\ndoc_type: apiPageType\n---\n# Delta\n\n## Query parameters\n| Query parameter | Description |\n|:---|:---|\n| $deltaToken | A state token. |\n| $skipToken | The next page's token. |\n| $filter | A filter. |\n";
    let src = crate::SourceFile::new("a.md", untyped);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let names: Vec<String> = query_params(&page).into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["$deltaToken", "$skipToken"]);
    // Properties to filter on, each shown inside `$filter`: `$filter` is the parameter.
    let filtered = "---\ndoc_type: apiPageType\n---\n# List\n\n## Optional query parameters\n| Name | Description |\n| --- | --- |\n| isRegistered | Filter for registered users. For example: `/reports/x?$filter=isRegistered eq true`. |\n| userDisplayName | Filter by name. For example: `/reports/x?$filter=userDisplayName eq 'A'`. |\n| top | How many. |\n| user | The user. Combine with `$filter=userPrincipalName eq 'a'`. |\n";
    let src = crate::SourceFile::new("a.md", filtered);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let names: Vec<String> = query_params(&page).into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["$filter", "top", "user"], "a name another begins is a parameter");
}

/// The one operation a page yields, as the contract has it.
fn operation_of(name: &str, text: &str) -> (String, serde_json::Value) {
    let c = crate::convert(vec![crate::SourceFile::new(name, text)]);
    let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
    let (path, item) = json["paths"].as_object().unwrap().iter().next().unwrap();
    let op = item.as_object().unwrap().values().find(|v| v.get("operationId").is_some()).unwrap();
    (path.clone(), op.clone())
}

fn query(op: &serde_json::Value, name: &str) -> serde_json::Value {
    op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == name).cloned().unwrap_or_default()
}

#[test]
fn request_line_queries_take_their_table_rows_and_odata_options_are_listed() {
    let text = "---\ndoc_type: apiPageType\n---\n# List calendarView\n\n## HTTP request\n```http\nGET /me/calendarView?startDateTime={start}&endDateTime={end}\n```\n\n## Query parameters\nIn the request URL, provide the following **required** query parameters with values.\n\n| Parameter | Type | Description |\n|:---|:---|:---|\n| startDateTime | String | The start. |\n| endDateTime | String | The end. |\n\nThis method also supports the [OData query parameters](/graph/query-parameters) to help customize the response.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [event](../resources/event.md) objects in the response body.\n";
    let (_, op) = operation_of("api/user-list-calendarview.md", text);
    assert_eq!(query(&op, "startDateTime")["description"], "The start.");
    assert_eq!(query(&op, "endDateTime")["required"], true);
    assert_eq!(query(&op, "$top")["schema"]["format"], "int32", "{op}");
    assert_eq!(query(&op, "$filter")["in"], "query");
    let named = text.replace("the [OData query", "the `$select` and `$expand` [OData query");
    let (_, op) = operation_of("api/user-list-calendarview.md", &named);
    assert!(query(&op, "$select").is_object() && query(&op, "$expand").is_object());
    assert!(query(&op, "$filter").is_null(), "only the options the page names");
    let not = text.replace("also supports the", "does not support the");
    assert!(query(&operation_of("api/x.md", &not).1, "$select").is_null());
}

#[test]
fn references_function_arguments_workbook_roots_and_action_titles() {
    let add_ref = "---\ndoc_type: apiPageType\n---\n# Add member\n\n## HTTP request\n```http\nPOST /groups/{id}/members/$ref\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [directoryObject](../resources/directoryobject.md).\n";
    let (_, op) = operation_of("api/group-post-members.md", add_ref);
    let body = &op["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(body["required"], serde_json::json!(["@odata.id"]), "{body}");
    let tab = "---\ndoc_type: apiPageType\n---\n# Add tab\n\n## HTTP request\n```http\nPOST /teams/{id}/channels/{channel-id}/tabs\n```\n\n## Request body\nA [teamsTab](../resources/teamstab.md).\n";
    let (_, op) = operation_of("api/teamstab-add.md", tab);
    assert_eq!(op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/teamsTab");
    let excel = "---\ndoc_type: apiPageType\n---\n# Range: columnsAfter\n\n## HTTP request\n```http\nPOST /workbook/worksheets/{id|name}/range/columnsAfter(count=n)\n```\n\n## Function parameters\n| Parameter | Type | Description |\n|:---|:---|:---|\n| count | Int32 | How many columns. |\n";
    let (path, op) = operation_of("api/range-columnsafter.md", excel);
    assert_eq!(path, "/me/drive/items/{item-id}/workbook/worksheets/{id}/range/columnsAfter(count={count})");
    let n = op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "count").unwrap();
    assert_eq!(n["schema"]["type"], "integer", "a function argument has its table's type: {n}");
    let id = op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "id").unwrap();
    assert_eq!(id["schema"]["type"], "string");
    let commit = "---\ndoc_type: apiPageType\n---\n# commit action\n\n## HTTP request\n```http\nPOST /deviceAppManagement/mobileApps/{id}/files/{fileId}/commit\n```\n";
    let (_, op) = operation_of("api/intune-apps-mobileappcontentfile-commit.md", commit);
    assert_eq!(op["operationId"], "file_commit");
}

#[test]
fn responses_plural_links_primitive_values_and_bodiless_examples() {
    let page = |request: &str, response: &str, example: &str| {
        let annotated = !example.contains("value");
        let ty = if annotated { ", \"@odata.type\": \"microsoft.graph.thing\"" } else { "" };
        format!(
            "---\ndoc_type: apiPageType\n---\n# Do it\n\n## HTTP request\n```http\n{request}\n```\n\n## Response\n{response}\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"do_it\" }} -->\n```http\n{request}\n```\n<!-- {{ \"blockType\": \"response\"{ty} }} -->\n```http\n{example}\n```\n"
        )
    };
    let schema =
        |op: &serde_json::Value, status: &str| op["responses"][status]["content"]["application/json"]["schema"].clone();
    let (_, op) = operation_of(
        "api/thing-list.md",
        &page(
            "GET /things",
            "If successful, this method returns a `200 OK` response code and all [thing](../resources/thing.md) objects in the response body.",
            "HTTP/1.1 200 OK",
        ),
    );
    assert_eq!(schema(&op, "200")["$ref"], "#/components/schemas/thingCollectionResponse", "{op}");
    let (_, op) = operation_of(
        "api/thing-count.md",
        &page(
            "GET /things/count",
            "If successful, this function returns a `200 OK` response code and a Int32 in the response body.",
            "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": 8}",
        ),
    );
    assert_eq!(schema(&op, "200")["properties"]["value"]["format"], "int32", "{op}");
    let (_, op) = operation_of(
        "api/thing-photo.md",
        &page(
            "PUT /things/{id}/photo/$value",
            "If successful, this method returns a `200 OK` response code.",
            "HTTP/1.1 200 OK",
        ),
    );
    assert!(op["responses"]["200"].get("content").is_none(), "the example shows no body: {op}");
    let (_, op) = operation_of(
        "api/thing-archive.md",
        &page(
            "POST /things/{id}/archive",
            "If successful, this method returns a `202 Accepted` response code. The response also contains a `Location` header, which contains the location of the [thingOperation](../resources/thingoperation.md).",
            "HTTP/1.1 202 Accepted\nLocation: /things/1/operations/2",
        ),
    );
    assert!(op["responses"]["202"].get("content").is_none(), "a link about a header is no body: {op}");
    assert!(op["responses"]["202"]["headers"].get("Location").is_some());
    let (_, op) = operation_of(
        "api/notebook-copy.md",
        &page(
            "POST /me/onenote/notebooks/{id}/copyNotebook",
            "If successful, this method returns a `202 Accepted` response code and an `Operation-Location` header.",
            "HTTP/1.1 202 Accepted",
        ),
    );
    assert!(op["responses"]["202"]["headers"].get("Operation-Location").is_some(), "{op}");
}

#[test]
fn examples_annotated_ignored_still_show_the_response_and_bodies_can_be_declined() {
    let page = |request: &str, prose: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Do it\n\n## HTTP request\n```http\n{request}\n```\n\n## Request body\n{prose}\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"ignored\", \"name\": \"ignored_name\" }} -->\n```http\n{request}\n```\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{example}\n```\n"
        )
    };
    let schema = |op: &serde_json::Value| op["responses"]["200"]["content"]["application/json"]["schema"].clone();
    let (_, op) =
        operation_of("api/policy-addgroup.md", &page("POST /policies/{id}/addGroup", "", "{\"value\": true}"));
    assert_eq!(schema(&op)["properties"]["value"]["type"], "boolean", "{op}");
    assert_eq!(op["operationId"], "do_it", "an ignored example's name is not the operation's");
    let listed = "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.userActivity)\", \"value\": []}";
    let (_, op) = operation_of("api/activities.md", &page("GET /me/activities", "", listed));
    assert_eq!(schema(&op)["$ref"], "#/components/schemas/userActivityCollectionResponse");
    let created = "---\ndoc_type: apiPageType\n---\n# Put activity\n\n## HTTP request\n```http\nPUT /me/activities/{id}\n```\n\n## Request body\nIn the request body, supply a JSON representation of an [activity](../resources/activity.md) object.\n\n## Response\nIf successful, this method returns the `201 Created` response code.\n\n## Example\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nPUT /me/activities/13881113\n\n{\"appActivityId\": \"x\"}\n```\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"appActivityId\": \"x\"}\n```\n";
    let (_, op) = operation_of("api/projectrome-put-activity.md", created);
    assert_eq!(
        op["responses"]["201"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/activity",
        "a creation answers with what it sent: {op}"
    );
    let declined = page(
        "POST /workbook/closeSession",
        "This API does not require any request body.\n\n### Response\nA [workbook](../resources/workbook.md) object.",
        "{}",
    );
    let (_, op) = operation_of("api/workbook-closesession.md", &declined);
    assert!(op.get("requestBody").is_none(), "{op}");
}

#[test]
fn example_paths_match_templates() {
    assert!(path_matches("/users/{id}/events", "/users/abc/events"));
    assert!(path_matches("/r/getX(period='{p}')", "/r/getX(period='D7')"));
    assert!(path_matches("/r/boundingRect(anotherRange='{a}')", "/r/boundingRect"));
    assert!(!path_matches("/r/boundingRect(anotherRange='{a}')", "/r/boundingRectangle"));
    assert!(!path_matches("/users/{id}/events", "/users/abc/calendar"));
    assert!(!path_matches("/users/{id}", "/users"));
    // The same arguments in another order; not other arguments.
    assert!(path_matches("/r/f(a={a},b={b})", "/r/f(b='x', a=1)"));
    assert!(!path_matches("/r/f(a={a},b={b})", "/r/f(b='x',c=1)"));
    assert!(!path_matches("/r/f(a={a},b={b})", "/r/g(b='x',a=1)"));
}

#[test]
fn tags_and_lines_that_a_path_is_the_parent_of() {
    let line = |t: &str| RequestPath {
        method: Method::Get,
        path: crate::paths::normalize(t).unwrap(),
        offset: 0,
        variant: false,
        also_at: Vec::new(),
    };
    let localizations = [line("/agreements/{id}/file/localizations")];
    assert!(addresses_a_parent("/agreements", &localizations));
    assert!(!addresses_a_parent("/agreements/1/file/localizations", &localizations));
    assert!(!addresses_a_parent("/me/calendar", &[line("/me/calendars/{id}")]), "not a parent");
    assert!(!addresses_a_parent("/agreements", &[line("/agreements/{id}/x"), line("/agreements")]));
    let owners = [line("/devices/{id}/registeredOwners/$ref")];
    assert!(!addresses_a_parent("/devices/1/registeredOwners", &owners), "the line's own, without `$ref`");
    let action = [line("/labels/{id}/evaluate")];
    assert!(!addresses_a_parent("/labels/evaluate", &action), "the line's own, without its key");
    assert_eq!(tag_of("/deviceManagement/x"), "deviceManagement");
    assert_eq!(tag_of("/reports/getX(period='{p}')"), "reports");
    assert_eq!(tag_of("/me/drive/root:/{path}:"), "me");
    assert_eq!(tag_of("/me/drive/items/{item-id}/workbook/tables"), "workbook");
    assert_eq!(tag_of("/me/drive/items/{item-id}/checkout"), "me");
    assert_eq!(tag_of("/me/drive/root:/{item-path}:/workbook/tables"), "workbook", "any drive item's workbook");
    assert_eq!(tag_of("/drives/{drive-id}/items/{id}/workbook"), "workbook");
    assert_eq!(tag_of("/me/drive/items/{id}/workbooks"), "me", "a segment of that name only");
}

#[test]
fn a_bare_json_block_after_a_response_label_answers_the_request() {
    // Older pages without annotations: the response is a `json` block, no status line.
    let text = "---\ndoc_type: apiPageType\n---\n# Get journals\n\n## HTTP request\n```http\nGET /financials/companies/{id}/journals/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a **journals** object in the response body.\n\n## Example\n\n**Request**\n\n```http\nPATCH https://graph.microsoft.com/beta/financials/companies/{id}/journals/{id}\n```\n```json\n{\"code\": \"DEFAULT\"}\n```\n\n**Response**\n\nThe following example shows the response.\n\n```json\n{\"id\": \"id-value\", \"code\": \"DEFAULT\"}\n```\n";
    let text = text.replace("PATCH https", "GET https");
    let responses = &extract(&text).operations[0].operation.responses;
    let body = responses[0].body.as_ref().expect("the example's body");
    assert_eq!(body.example.as_ref().and_then(|e| e.get("id")), Some(&serde_json::json!("id-value")));
    // Before the label a JSON block is the request's body, not its response.
    let unlabelled = text.replace("**Response**\n\nThe following example shows the response.\n\n", "");
    let unlabelled = unlabelled.replace("\n```json\n{\"id\"", "\nSome words.\n```json\n{\"id\"");
    assert!(extract(&unlabelled).operations[0].operation.responses[0].body.is_none());
}

#[test]
fn a_creation_answers_one_entity_whatever_its_example_wraps() {
    let text = "---\ndoc_type: apiPageType\n---\n# Create userSource\n\n## HTTP request\n```http\nPOST /compliance/ediscovery/cases/{caseId}/legalHolds/{legalholdId}/userSources\n```\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [microsoft.graph.ediscovery.userSource](../resources/ediscovery-usersource.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"create_usersource\" } -->\n```http\nPOST https://graph.microsoft.com/beta/compliance/ediscovery/cases/1/legalHolds/2/userSources\nContent-Type: application/json\n\n{\"email\": \"a@b.com\"}\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.ediscovery.userSource\" } -->\n```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"value\": [{\"email\": \"a@b.com\", \"id\": \"1\"}]}\n```\n";
    let shape = |text: &str| extract(text).operations[0].operation.responses[0].body.as_ref().map(|b| b.shape.clone());
    assert_eq!(shape(text), Some(Shape::Type(TypeRef::Named("ediscovery.userSource".into()))));
    // A `200` from the same request line, its example a page of items, is a list.
    let listed = text.replace("201 Created", "200 OK");
    assert_eq!(shape(&listed), Some(Shape::CollectionPage(TypeRef::Named("ediscovery.userSource".into()))));
}

#[test]
fn one_object_annotated_one_over_a_stated_collection_is_one() {
    let page = |path: &str, ty: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get analytics\n\n## HTTP request\n```http\nGET {path}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [{ty}](../resources/x.md) objects in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_x\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0{path}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{ty}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"allTime\": {{}}}}\n```\n"
        )
    };
    let shape =
        |text: String| extract(&text).operations[0].operation.responses[0].body.as_ref().map(|b| b.shape.clone());
    let one = shape(page("/sites/{site-id}/analytics", "itemAnalytics"));
    assert_eq!(one, Some(Shape::Type(TypeRef::Named("itemAnalytics".into()))));
    // The type's set is a list, whatever its example shows.
    let set = shape(page("/teams/{teamId}/schedule/offerShiftRequests", "offerShiftRequest"));
    assert_eq!(set, Some(Shape::CollectionPage(TypeRef::Named("offerShiftRequest".into()))));
}

#[test]
fn content_an_example_shows_as_json_is_any_json() {
    // v1.0's user flow language pages: `GET …/overridesPages/{id}/$value` answers JSON.
    let page = |media: &str, body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get userFlowLanguagePage\n\n## HTTP request\n```http\nGET /identity/b2xUserFlows/{{id}}/languages/{{id}}/overridesPages/{{id}}/$value\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [userFlowLanguagePage](../resources/userflowlanguagepage.md) object in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_page\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/identity/b2xUserFlows/B2X_1_Partner/languages/en/overridesPages/p1/$value\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.userFlowLanguagePage\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: {media}\n\n{body}\n```\n"
        )
    };
    let ops = extract(&page("application/json", "{\"LocalizedStrings\": []}")).operations;
    let body = ops[0].operation.responses[0].body.as_ref().expect("a body");
    assert_eq!(body.media_type, "application/json");
    assert_eq!(body.shape, Shape::Type(TypeRef::Primitive(Primitive::Json)), "the content, not the entity");
    let ops = extract(&page("image/png", "<bytes>")).operations;
    let body = ops[0].operation.responses[0].body.as_ref().expect("a body");
    assert_eq!((body.media_type.as_str(), &body.shape), ("image/png", &Shape::Raw), "other content is bytes");
    // Another line of the page, without an example of its own, answers alike.
    let two_lines = page("application/json", "{\"LocalizedStrings\": []}").replace(
        "/overridesPages/{id}/$value\n```",
        "/overridesPages/{id}/$value\nGET /identity/b2xUserFlows/{id}/languages/{id}/defaultPages/{id}/$value\n```",
    );
    let ops = extract(&two_lines).operations;
    assert_eq!(ops.len(), 2);
    let body = ops[1].operation.responses[0].body.as_ref().expect("a body");
    assert_eq!(body.media_type, "application/json", "{}", ops[1].operation.path);
    // With the example it reads, as the line whose example it is: both emitted alike.
    let examples: Vec<_> =
        ops.iter().map(|o| o.operation.responses[0].body.as_ref().and_then(|b| b.example.clone())).collect();
    assert_eq!(examples[0], examples[1]);
    assert!(examples[1].is_some());
    // An error's body is no example of the answer.
    let failing = page("application/json", "{\"error\": {\"code\": \"itemNotFound\"}}")
        .replace("HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found");
    let ops = extract(&failing).operations;
    let ok = ops[0].operation.responses.iter().find(|r| r.status == 200).expect("a 200");
    assert_eq!(ok.body.as_ref().and_then(|b| b.example.clone()), None, "{:?}", ok.body);
}

#[test]
fn an_action_takes_the_options_its_page_names() {
    // beta's web application firewall providers: `POST …/verify` "supports … `$expand`".
    let page = |options: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# webApplicationFirewallProvider: verify\n\n## HTTP request\n```http\nPOST /providers/{{id}}/verify\n```\n\n## Optional query parameters\n{options}\n\n## Response\nIf successful, this action returns a `200 OK` response code and a [verificationResult](../resources/verificationresult.md) object in the response body.\n"
        )
    };
    let query = first_query_names;
    let named = page(
        "This method supports some of the OData query parameters, including `$expand` to include related resources.",
    );
    assert_eq!(query(&named), ["$expand"]);
    let generic = page(
        "This method supports the [OData query parameters](/graph/query-parameters) to help customize the response.",
    );
    assert!(query(&generic).is_empty(), "an action takes no usual set: {:?}", query(&generic));
    let passing = page(
        "This method doesn't support OData query parameters. You can use the `$filter` query parameter on the list operation.",
    );
    assert!(query(&passing).is_empty(), "an option mentioned in passing: {:?}", query(&passing));
    let list_option = page("This method supports the `$expand` and `$top` OData query parameters.");
    assert_eq!(query(&list_option), ["$expand"], "a list's option on one object");
}

#[test]
fn a_properties_heading_right_after_the_request_body_continues_it() {
    // beta's workPosition update: `## Request body` with prose only, then `## Properties` and the table.
    let page = "---\ndoc_type: apiPageType\n---\n# Update workPosition\n\n## HTTP request\n```http\nPATCH /me/profile/positions/{id}\n```\n\n## Request body\nIn the request body, supply the values for relevant fields that should be updated.\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|isCurrent|Boolean|Whether the position is current.|\n|categories|String collection|Categories.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [workPosition](../resources/workposition.md) object in the response body.\n";
    let ops = extract(page).operations;
    let body = ops[0].operation.request_body.as_ref().expect("a body");
    let Shape::Object(members) = &body.shape else { panic!("the table's members: {:?}", body.shape) };
    let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["isCurrent", "categories"]);
    // A later `## Properties` after a request body with its own table is something else.
    let own = page.replace(
        "should be updated.\n",
        "should be updated.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n",
    );
    let ops = extract(&own).operations;
    let Some(Shape::Object(members)) = ops[0].operation.request_body.as_ref().map(|b| &b.shape) else {
        panic!("the section's own table")
    };
    assert_eq!(members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["displayName"]);
    // A section saying to send nothing, before a table of what is returned, has no body.
    let none = page.replace("PATCH /me/profile/positions/{id}", "POST /things/{id}/reset").replace(
        "In the request body, supply the values for relevant fields that should be updated.",
        "Don't supply a request body for this method.",
    );
    let ops = extract(&none).operations;
    assert!(ops[0].operation.request_body.is_none(), "{:?}", ops[0].operation.request_body);
}

#[test]
fn a_query_parameters_table_types_a_call_s_arguments() {
    // beta's windowsUpdates product: `FindByKbNumber(kbNumber={kbNumber})`, its argument under "Query parameters".
    let page = "---\ndoc_type: apiPageType\n---\n# product: findByKbNumber\n\n## HTTP request\n```http\nGET /admin/windows/updates/products/FindByKbNumber(kbNumber={kbNumber})\n```\n\n## Query parameters\nThe following table shows the parameter that must be used with this function.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|kbNumber|Int32|Knowledge base article number.|\n\n## Response\nIf successful, this function returns a `200 OK` response code and a [product](../resources/product.md) collection in the response body.\n";
    let ops = extract(page).operations;
    let kb = ops[0].operation.parameters.iter().find(|p| p.name == "kbNumber").expect("the argument");
    assert_eq!(kb.location, ParamLocation::Path);
    assert_eq!(kb.ty, TypeRef::Primitive(Primitive::Int32));
    assert_eq!(kb.description.as_deref(), Some("Knowledge base article number."));
    assert_eq!(
        ops[0].operation.parameters.iter().filter(|p| p.name == "kbNumber").count(),
        1,
        "not a query parameter too"
    );
}

#[test]
fn an_optional_query_parameters_table_documents_a_call_s_arguments() {
    // beta's getRelyingPartyDetailedSummary: an empty "Function parameters" section, the
    // argument's row under "Optional query parameters".
    let page = "---\ndoc_type: apiPageType\n---\n# reportRoot: getRelyingPartyDetailedSummary\n\n## HTTP request\n```http\nGET /reports/getRelyingPartyDetailedSummary(period='parameterValue')\n```\n\n## Function parameters\nIn the request URL, provide the following query parameters with values.\n\n## Optional query parameters\n\nThis method supports the `$filter` and `$orderby` OData query parameters.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|period|String|Specifies the length of time. The supported values are: D1, D7, D30.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and a JSON object in the response body.\n";
    let ops = extract(page).operations;
    let period = ops[0].operation.parameters.iter().find(|p| p.name == "period").expect("the argument");
    assert_eq!(period.location, ParamLocation::Path);
    assert_eq!(
        period.description.as_deref(),
        Some("Specifies the length of time. The supported values are: D1, D7, D30.")
    );
    assert_eq!(period.values, ["D1", "D7", "D30"]);
    assert_eq!(
        ops[0].operation.parameters.iter().filter(|p| p.name == "period").count(),
        1,
        "not a query parameter too"
    );
}

#[test]
fn a_list_under_the_type_s_name_is_no_single_item() {
    // beta's bookingBusiness getStaffAvailability: "a [staffAvailabilityItem] collection", annotated
    // with the type (no `isCollection`), the example `{"staffAvailabilityItem": [{…}]}`.
    let page = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# bookingBusiness: getStaffAvailability\n\n## HTTP request\n```http\nPOST /solutions/bookingBusinesses/{{id}}/getStaffAvailability\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [staffAvailabilityItem](../resources/staffavailabilityitem.md) collection in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_staff\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/solutions/bookingBusinesses/b1/getStaffAvailability\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.staffAvailabilityItem\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{body}\n```\n"
        )
    };
    let answered = |body: &str| {
        let ops = extract(&page(body)).operations;
        ops[0].operation.responses[0].body.as_ref().map(|b| b.shape.clone())
    };
    let item = || TypeRef::Named("staffAvailabilityItem".into());
    assert_eq!(
        answered(r#"{"staffAvailabilityItem": [{"staffId": "s1", "availabilityItems": []}]}"#),
        Some(Shape::CollectionPage(item()))
    );
    // One item shown, annotated one: the example wins over the prose.
    assert_eq!(answered(r#"{"staffId": "s1", "availabilityItems": []}"#), Some(Shape::Type(item())));
}

#[test]
fn a_read_of_one_keyed_member_answers_one_item() {
    // beta's Dynamics item get: `GET /financials/companies/{id}/items/{id}` "returns … a collection
    // of [item] objects" (the list page's words), its example one item without annotation.
    let page = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get items\n\n## HTTP request\n```http\nGET /financials/companies/{{id}}/items/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [item](../resources/dynamics-item.md) objects in the response body.\n\n## Example\n### Request\n```http\nGET https://graph.microsoft.com/beta/financials/companies/c1/items/i1\n```\n\n### Response\n```json\n{body}\n```\n"
        )
    };
    let answered = |body: &str| {
        let ops = extract(&page(body)).operations;
        ops[0].operation.responses[0].body.as_ref().map(|b| b.shape.clone())
    };
    let item = || TypeRef::Named("item".into());
    assert_eq!(answered(r#"{"id": "i1", "number": "1896-S"}"#), Some(Shape::Type(item())));
    // An example showing a list keeps the list.
    assert_eq!(answered(r#"{"value": [{"id": "i1"}]}"#), Some(Shape::CollectionPage(item())));
}

#[test]
fn a_later_line_of_another_resource_answers_what_its_example_shows() {
    // beta's authentication get: "For sign-in preferences: … a [signInPreferences] object", then
    // lines reading `…/requirements`, whose example shows a `strongAuthenticationRequirements`.
    let page = "---\ndoc_type: apiPageType\n---\n# Get authentication\n\n## HTTP request\n```http\nGET /users/{id}/authentication/signInPreferences\n```\n\n```http\nGET /me/authentication/requirements\n```\n\n```http\nGET /users/{id}/authentication/requirements\n```\n\n## Response\nFor sign-in preferences: If successful, this method returns a `200 OK` response code and a [signInPreferences](../resources/signinpreferences.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_prefs\" } -->\n```http\nGET https://graph.microsoft.com/beta/users/u1/authentication/signInPreferences\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.signInPreferences\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"isSystemPreferredAuthenticationMethodEnabled\": false}\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get_requirements\" } -->\n```http\nGET https://graph.microsoft.com/beta/users/u1/authentication/requirements\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.strongAuthenticationRequirements\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"perUserMfaState\": \"enforced\"}\n```\n";
    let ops = extract(page).operations;
    let answered = |path: &str| {
        let op = ops.iter().find(|o| o.operation.path == path).expect(path);
        op.operation.responses[0].body.as_ref().map(|b| b.shape.clone())
    };
    let named = |n: &str| Some(Shape::Type(TypeRef::Named(n.into())));
    assert_eq!(answered("/users/{id}/authentication/signInPreferences"), named("signInPreferences"));
    assert_eq!(answered("/users/{id}/authentication/requirements"), named("strongAuthenticationRequirements"));
    assert_eq!(answered("/me/authentication/requirements"), named("strongAuthenticationRequirements"), "by its twin");
    // v1.0's learningCourseActivity get: every example shows the derived `learningAssignment`,
    // and a later line reads the same set keyed otherwise: the stated type stays.
    let learning = "---\ndoc_type: apiPageType\n---\n# Get learningCourseActivity\n\n## HTTP request\n```http\nGET /learningCourseActivities/{id}\n```\n\n```http\nGET /learningProviders/{registrationId}/learningCourseActivities(externalCourseActivityId={externalCourseActivityId})\n```\n\n```http\nGET /me/learning/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [learningCourseActivity](../resources/learningcourseactivity.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_activity\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/learningCourseActivities/a1\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.learningAssignment\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\": \"a1\"}\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get_activity_2\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/learning/a1\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.learningAssignment\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\": \"a1\"}\n```\n";
    let ops = extract(learning).operations;
    for op in &ops {
        let shape = op.operation.responses[0].body.as_ref().map(|b| b.shape.clone());
        assert_eq!(shape, named("learningCourseActivity"), "{}", op.operation.path);
    }
}

#[test]
fn a_later_line_of_another_set_lists_what_its_example_lists() {
    // v1.0's authenticationStrengthRoot list: `…/authenticationMethodModes` answers the stated
    // `authenticationMethodModeDetail`s, `…/combinations` the enum's values its example lists.
    let page = |second_annotation: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List authenticationMethodModes\n\n## HTTP request\n```http\nGET /identity/conditionalAccess/authenticationStrength/authenticationMethodModes\n```\n\n```http\nGET /identity/conditionalAccess/authenticationStrength/combinations\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [authenticationMethodModeDetail](../resources/authenticationmethodmodedetail.md) objects in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"list_modes\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/identity/conditionalAccess/authenticationStrength/authenticationMethodModes\n```\n\n<!-- {{ \"blockType\": \"response\", \"isCollection\": true, \"@odata.type\": \"microsoft.graph.authenticationMethodModeDetail\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": [{{\"id\": \"password\"}}]}}\n```\n\n<!-- {{ \"blockType\": \"request\", \"name\": \"list_combinations\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/identity/conditionalAccess/authenticationStrength/combinations\n```\n\n<!-- {{ \"blockType\": \"response\", \"isCollection\": true, {second_annotation} }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": [\"fido2\", \"password,sms\"]}}\n```\n"
        )
    };
    let listed = |page: &str, path: &str| {
        let ops = extract(page).operations;
        let op = ops.iter().find(|o| o.operation.path.ends_with(path)).expect(path);
        op.operation.responses[0].body.as_ref().map(|b| b.shape.clone())
    };
    let list_of = |n: &str| Some(Shape::CollectionPage(TypeRef::Named(n.into())));
    let other = page("\"@odata.type\": \"Collection(microsoft.graph.authenticationMethodModes)\"");
    assert_eq!(listed(&other, "/authenticationMethodModes"), list_of("authenticationMethodModeDetail"));
    assert_eq!(listed(&other, "/combinations"), list_of("authenticationMethodModes"));
    // Annotated with the stated type, or with none: the page's type.
    let same = page("\"@odata.type\": \"microsoft.graph.authenticationMethodModeDetail\"");
    assert_eq!(listed(&same, "/combinations"), list_of("authenticationMethodModeDetail"));
    let untyped = page("\"truncated\": true");
    assert_eq!(listed(&untyped, "/combinations"), list_of("authenticationMethodModeDetail"));
    // Objects of another type (a derived one, `aadUserConversationMember`s on `…/allMembers`): the set's.
    let objects = other.replace("[\"fido2\", \"password,sms\"]", "[{\"id\": \"m1\"}]");
    assert_eq!(listed(&objects, "/combinations"), list_of("authenticationMethodModeDetail"));
}

#[test]
fn a_line_without_an_example_answers_what_its_twin_s_shows() {
    // beta's userSettings update: no Response section; the one example (`PATCH /me/settings`) answers JSON.
    let page = "---\ndoc_type: apiPageType\n---\n# Update userSettings\n\n## HTTP request\n```http\nPATCH /me/settings\nPATCH /users/{id}/settings\n```\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"update_settings\" } -->\n```http\nPATCH https://graph.microsoft.com/beta/me/settings\nContent-Type: application/json\n\n{\"contributionToContentDiscoveryDisabled\": true}\n```\n\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\": \"s1\", \"contributionToContentDiscoveryDisabled\": true}\n```\n";
    let ops = extract(page).operations;
    let media: Vec<Option<&str>> =
        ops.iter().map(|o| o.operation.responses[0].body.as_ref().map(|b| b.media_type.as_str())).collect();
    assert_eq!(media, [Some("application/json"), Some("application/json")]);
}

#[test]
fn an_enum_an_api_page_defines_is_a_hint() {
    // beta's user: translateExchangeIds, `### exchangeIdFormat values` under its request body.
    let page = "---\ndoc_type: apiPageType\n---\n# user: translateExchangeIds\n\n## HTTP request\n```http\nPOST /me/translateExchangeIds\n```\n\n## Request body\n| Parameter | Type | Description |\n|:--|:--|:--|\n| sourceIdType | exchangeIdFormat | The source type. |\n\n### exchangeIdFormat values\n\n| Values | Description |\n|:--|:--|\n| entryId | The binary entry ID. |\n| restId | The default ID. |\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let out = extract(page);
    let hint = out.hints.iter().find(|h| h.name == "exchangeIdFormat").expect("the enum");
    let TypeKind::Enum { members } = &hint.kind else { panic!("an enum: {:?}", hint.kind) };
    assert_eq!(members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["entryId", "restId"]);
}

#[test]
fn a_redirect_s_example_says_nothing_of_the_stated_answer() {
    // beta's getM365AppUserDetail: "returns a `200 OK` response code and a [report] object", its
    // first example the CSV content's `302 Found` with `Content-Type: text/plain` and a `Location`.
    let page = "---\ndoc_type: apiPageType\n---\n# reportRoot: getM365AppUserDetail\n\n## HTTP request\n```http\nGET /reports/getM365AppUserDetail(period='{period_value}')\n```\n\n## Optional query parameters\nThis method supports the `$format`, `$top`, and `$skipToken` [OData query parameters](/graph/query-parameters) to customize the response.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [report](../resources/report.md) object in the response body. Requesting the **content** property returns a `302 Found` response; the URL is in the `Location` header.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_detail\" } -->\n```http\nGET https://graph.microsoft.com/beta/reports/getM365AppUserDetail(period='D7')/content\n```\n\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 302 Found\nContent-Type: text/plain\nLocation: https://reports.office.com/data/download/x\n```\n";
    let ops = extract(page).operations;
    let r = &ops[0].operation.responses[0];
    assert_eq!(r.status, 200);
    assert_eq!(r.body.as_ref().map(|b| b.media_type.as_str()), Some("application/json"), "{:?}", r.body);
    assert!(!r.location_header, "the redirect's header");
    assert_eq!(first_query_names(page), ["$top", "$format", "$skiptoken"], "the options of a JSON answer");
    // The page's own words: the header in the sentence after the redirect's.
    let csv = "### CSV\n\nIf successful, requesting the **content** property returns a `302 Found` response that redirects to a preauthenticated download URL for the report. That URL can be found in the `Location` header in the response.\n\n## Examples";
    let two_sentences = page.replace("Requesting the **content** property returns a `302 Found` response; the URL is in the `Location` header.\n\n## Examples", csv);
    assert_ne!(two_sentences, page);
    assert!(!extract(&two_sentences).operations[0].operation.responses[0].location_header, "the redirect's header");
    // beta's site delta: an error's `Location` ("returns a `410 Gone` … and a `Location` header").
    let gone = "---\ndoc_type: apiPageType\n---\n# site: delta\n\n## HTTP request\n```http\nGET /sites/delta\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [site](../resources/site.md) objects in the response body.\n\nIn some cases, the service returns a `410 Gone` response code with an error response and a `Location` header with a new `nextLink` that starts a fresh delta enumeration.\n";
    let ops = extract(gone).operations;
    assert!(!ops[0].operation.responses[0].location_header, "the error's header");
}

#[test]
fn a_header_bringing_not_modified_adds_that_answer_to_a_read() {
    // v1.0's usage reports: "If-None-Match | … a `304 Not Modified` response code is returned."
    let page = |verb: &str, row: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# reportRoot: getOneDriveUsageFileCounts\n\n## HTTP request\n```http\n{verb} /reports/getOneDriveUsageFileCounts(period='{{period_value}}')\n```\n\n## Request headers\n| Name | Description |\n|:---|:---|\n| Authorization | Bearer {{token}}. Required. |\n| If-None-Match | {row} |\n\n## Response\nIf successful, this method returns a `302 Found` response that redirects to a preauthenticated download URL for the report. That URL can be found in the `Location` header in the response.\n"
        )
    };
    let statuses = |text: String| -> Vec<u16> {
        extract(&text).operations[0].operation.responses.iter().map(|r| r.status).collect()
    };
    let names = "If this request header is included and the eTag provided matches the current tag on the file, a `304 Not Modified` response code is returned. Optional.";
    assert_eq!(statuses(page("GET", names)), [302, 304]);
    let ops = extract(&page("GET", names)).operations;
    assert!(ops[0].operation.responses[1].body.is_none());
    // Not where the row names no such answer, nor on a write.
    assert_eq!(statuses(page("GET", "An entity tag. Optional.")), [302]);
    assert!(!statuses(page("POST", names)).contains(&304));
}

#[test]
fn a_format_an_example_passes_on_a_read_of_content_is_its_option() {
    // v1.0's callTranscript: "Example 3: Get a callTranscript content specifying $format query param".
    let page = |example_query: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get callTranscript\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{{meetingId}}/transcripts/{{transcriptId}}/content\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and the content as bytes.\n\n## Examples\n<!-- {{\"blockType\": \"request\", \"name\": \"get_transcript_content\"}} -->\n```http\nGET https://graph.microsoft.com/v1.0/me/onlineMeetings/MSo1/transcripts/MSMj/content{example_query}\n```\n\n<!-- {{\"blockType\": \"response\"}} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: text/vtt\n\nWEBVTT\n```\n"
        )
    };
    assert_eq!(first_query_names(&page("?$format=text/vtt")), ["$format"]);
    // The page shows it on the other user's form of the line.
    let on_users = page("?$format=text/vtt").replace("v1.0/me/", "v1.0/users/ba321e0d/");
    assert_eq!(first_query_names(&on_users), ["$format"]);
    assert!(first_query_names(&page("")).is_empty());
    // Of the options, only the one asking for another representation of the bytes.
    assert!(first_query_names(&page("?$select=id")).is_empty());
}

#[test]
fn options_only_an_example_passes_are_the_read_s() {
    let page = |example_url: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get group\n\n## HTTP request\n```http\nGET /sites/{{site-id}}/termStore/groups/{{group-id}}\n```\n\n## Request body\nDon't supply a request body for this method.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [group](../resources/termstore-group.md) object in the response body.\n\n## Examples\n### Request\n<!-- {{\"blockType\": \"request\", \"name\": \"get_group\"}} -->\n```http\nGET https://graph.microsoft.com/v1.0/sites/microsoft.sharepoint.com,b9b0bc03/termStore/groups/1FFD3F87{example_url}\n```\n"
        )
    };
    assert_eq!(first_query_names(&page("?$select=*,parentSiteId")), ["$select"]);
    assert!(first_query_names(&page("")).is_empty());
    // A parameter of the method's own in the example's query is no OData option.
    assert!(first_query_names(&page("?flavor=x")).is_empty());
    // A list's option on a read of one item, an option the page says it does not support,
    // or any where it supports none: not the read's.
    assert!(first_query_names(&page("?$top=5")).is_empty());
    let unsupported = page("?$select=*,parentSiteId").replace(
        "## Request body",
        "## Optional query parameters\nThis method does not support OData query parameters.\n\n## Request body",
    );
    assert!(first_query_names(&unsupported).is_empty());
    let excluded = page("?$select=*,parentSiteId").replace(
        "## Request body",
        "## Optional query parameters\nThis method supports the `$expand` OData query parameter. The `$select` parameter is not supported.\n\n## Request body",
    );
    assert_eq!(first_query_names(&excluded), ["$expand"]);
    // An example of another resource (`…/groups/$count`, a function `…/delta()`) is not the line's.
    for other in ["$count", "delta()"] {
        let text = page("").replace("groups/1FFD3F87\n", &format!("groups/{other}?$select=x\n"));
        assert!(first_query_names(&text).is_empty(), "{other}");
    }
    // A sentence of the section saying something else is not supported still lets the example's option in.
    let other_sentence = page("?$select=*,parentSiteId").replace(
        "## Request body",
        "## Optional query parameters\nThis method supports some of the OData query parameters. Filtering on custom properties is not supported.\n\n## Request body",
    );
    assert!(first_query_names(&other_sentence).contains(&"$select".to_string()));
    // A `/users/{id}/…` line's example on `/me/…` is the line's.
    let on_me = page("?$select=*,parentSiteId")
        .replace("GET /sites/{site-id}/termStore", "GET /users/{id}/termStore")
        .replace("v1.0/sites/microsoft.sharepoint.com,b9b0bc03/termStore", "v1.0/me/termStore");
    assert_eq!(first_query_names(&on_me), ["$select"]);
}

#[test]
fn a_page_of_items_misspelled_values_is_still_a_list() {
    let list = TypeRef::Collection(Box::new(TypeRef::Named("approvalItemResponse".into())));
    let path = "/solutions/approval/approvalItems/{id}/responses";
    let shown = serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#responses/$entity",
        "values": [{"id": "1", "response": "Approve"}]
    });
    assert!(matches!(list_or_item_shown(list.clone(), Some(&shown), true, path), TypeRef::Collection(_)));
    // A member of one item that happens to be called `values` beside others: one item.
    let item = serde_json::json!({
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#responses/$entity",
        "id": "1",
        "values": [{"name": "a"}]
    });
    assert!(matches!(list_or_item_shown(list, Some(&item), true, path), TypeRef::Named(_)));
}

#[test]
fn a_term_the_page_requires_makes_its_option_required() {
    // v1.0's fileStorage containers list: the line filters on `{containerTypeId}`, which the
    // page requires.
    let page = |lead: &str, query: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List containers\n\n{lead}\n\n## HTTP request\n```http\nGET /storage/fileStorage/containers?$filter=containerTypeId eq {{containerTypeId}}\n```\n\n## Query parameters\n{query}\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [fileStorageContainer](../resources/filestoragecontainer.md) objects in the response body.\n"
        )
    };
    let filter_required = |text: &str| {
        let out = extract(text);
        let op = &out.operations[0].operation;
        op.parameters.iter().find(|p| p.name == "$filter").map(|p| p.required)
    };
    let supports = "It supports the `$expand` OData query parameter.";
    let typo = format!("This method required the `containerTypeId` parameter. {supports}");
    assert_eq!(filter_required(&page("Retrieve a list of containers.", &typo)), Some(true));
    let lead = "Retrieve a list of containers. The `containerTypeId` filter parameter is required.";
    assert_eq!(filter_required(&page(lead, supports)), Some(true));
    // beta's copy names it plain; and an identifier the lines do not filter on says nothing.
    assert_eq!(filter_required(&page(&lead.replace('`', ""), supports)), Some(true));
    let other = "Retrieve a list of containers. The ownerId parameter is required.";
    assert_eq!(filter_required(&page(other, supports)), Some(false));
    // A condition, or nothing said: optional.
    let conditional = format!("The `containerTypeId` parameter is required if you are an admin. {supports}");
    assert_eq!(filter_required(&page("Retrieve a list of containers.", &conditional)), Some(false));
    assert_eq!(filter_required(&page("Retrieve a list of containers.", supports)), Some(false));
    let audience =
        "Retrieve a list of containers. For app-only access, the `containerTypeId` filter parameter is required.";
    assert_eq!(filter_required(&page(audience, supports)), Some(false));
    let only =
        "Retrieve a list of containers. The `containerTypeId` filter parameter is required only for app-only access.";
    assert_eq!(filter_required(&page(only, supports)), Some(false));
    let delegated =
        "Retrieve a list of containers. The `containerTypeId` filter parameter is required for delegated access.";
    assert_eq!(filter_required(&page(delegated, supports)), Some(false));
    for said in [
        "The `containerTypeId` filter parameter is required for both delegated and app-only access.",
        "For this method, the `containerTypeId` filter parameter is required.",
        "This method requires the `containerTypeId` parameter and supports only the `$expand` option.",
    ] {
        assert_eq!(
            filter_required(&page(&format!("Retrieve a list of containers. {said}"), supports)),
            Some(true),
            "{said}"
        );
    }
    // A negation in another clause; a placeholder spelled otherwise.
    let and_not = "This method requires the `containerTypeId` parameter and does not support the `$expand` parameter.";
    assert_eq!(filter_required(&page("Retrieve a list of containers.", and_not)), Some(true));
    let kebab = page("Retrieve a list of containers.", &typo).replace("{containerTypeId}", "{container-type-id}");
    assert_eq!(filter_required(&kebab), Some(true));
    // beta's attack simulation payloads: a literal value, a mandatory parameter in emphasis.
    let payloads = page(
        "Get a list of payloads. This operation expects the mandatory parameter **source** to filter and query the respective data source.",
        supports,
    )
    .replace("containerTypeId eq {containerTypeId}", "source eq 'Tenant'");
    assert_eq!(filter_required(&payloads), Some(true));
    let unsaid =
        page("Get a list of payloads.", supports).replace("containerTypeId eq {containerTypeId}", "source eq 'Tenant'");
    assert_eq!(filter_required(&unsaid), Some(false));
    // beta's getAllTranscripts: a note under the line saying the request fails without the term,
    // either way round; not a term the condition does not name.
    for note in [
        "> **Note:** If you don't specify a filter on **containerTypeId**, the request fails.",
        "> **Note:** The request fails if you don't specify a filter on `containerTypeId`.",
    ] {
        let noted = page("Retrieve a list of containers.", supports)
            .replace("```\n\n## Query parameters", &format!("```\n\n{note}\n\n## Query parameters"));
        assert_eq!(filter_required(&noted), Some(true), "{note}");
    }
    // The line's spaces encoded (`meetingOrganizerId%20eq%20'{id}'`).
    let encoded = page("Retrieve a list of containers.", supports)
        .replace("containerTypeId eq {containerTypeId}", "containerTypeId%20eq%20'{id}'")
        .replace("```\n\n## Query parameters", "```\n\n> **Note:** If you don't specify a filter on **containerTypeId**, the request fails.\n\n## Query parameters");
    assert_eq!(filter_required(&encoded), Some(true));
    let other = page("Retrieve a list of containers.", supports).replace(
        "```\n\n## Query parameters",
        "```\n\n> **Note:** If you don't pass the function parameter **ownerId**, the request fails.\n\n## Query parameters",
    );
    assert_eq!(filter_required(&other), Some(false));
}

#[test]
fn a_body_that_must_say_its_odata_type_requires_it_even_in_an_update() {
    let page = |sentence: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update webApplicationFirewallProvider\n\n## HTTP request\n```http\nPATCH /identity/riskPrevention/webApplicationFirewallProviders/{{id}}\n```\n\n## Request body\n{sentence}\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Required.|\n|zoneId|String|The zone. Optional.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let members = |sentence: &str| -> Vec<(String, bool)> {
        let out = extract(&page(sentence));
        let Some(Body { shape: Shape::Object(props), .. }) = &out.operations[0].operation.request_body else {
            panic!("a table body")
        };
        props.iter().map(|p| (p.name.clone(), p.required)).collect()
    };
    let demanded = members(
        "You must specify the **@odata.type** property to specify the type of **webApplicationFirewallProvider** to update; for example, `@odata.type\": \"microsoft.graph.akamaiWebApplicationFirewallProvider\"`.",
    );
    assert_eq!(
        demanded,
        [("@odata.type".to_string(), true), ("displayName".to_string(), false), ("zoneId".to_string(), false)],
        "required, while an update's other rows are not"
    );
    // v1.0's custom workflow extension create: "also", and an article.
    let also = members(
        "You must also supply an **@odata.type** property with a value of the specific access package workflow extension type.",
    );
    assert_eq!(also.first(), Some(&("@odata.type".to_string(), true)), "{also:?}");
    // v1.0's To Do file attachment create: the member quoted as JSON, after a clause naming the create.
    let quoted = members(
        "When you create a file attachment, include `\"@odata.type\": \"#microsoft.graph.taskFileAttachment\"` and the required properties.",
    );
    assert_eq!(quoted.first(), Some(&("@odata.type".to_string(), true)), "{quoted:?}");
    let plain = members("Specify the properties to update.");
    assert!(plain.iter().all(|(n, r)| n != "@odata.type" && !r), "{plain:?}");
    let conditional = members("If the provider is Akamai, you must specify the `@odata.type` property.");
    assert!(conditional.iter().all(|(n, _)| n != "@odata.type"), "{conditional:?}");
    let passive = members(
        "The `@odata.type` property with a value of `#microsoft.graph.akamaiWebApplicationFirewallProvider` must be included in the body.",
    );
    assert_eq!(passive.first(), Some(&("@odata.type".to_string(), true)), "{passive:?}");
    let imperative = members(
        "In the request body, use `@odata.type` to specify the type of place and include the properties to update.",
    );
    assert_eq!(imperative.first(), Some(&("@odata.type".to_string(), true)), "{imperative:?}");
    for said in [
        "Use the `@odata.type` property to specify the type of place.",
        "You must use `@odata.type` to specify the type of place.",
        "You must specify `@odata.type` to say the kind of provider.",
        "The body must contain the `@odata.type` of the provider.",
        "Include the **@odata.type** property with the provider's type.",
        "You need to use `@odata.type` to specify the type of place.",
        // beta's authentication strength combination configurations: every kind is derived.
        "In the request body, you must supply the @odata.type and required properties of the derived type of **provider** that you're creating.",
        // beta's named locations: the value names the kind created, whichever it is.
        "You must specify the **@odata.type** of the derived type, that is, `#microsoft.graph.ipNamedLocation` for an IP range location, or `#microsoft.graph.countryNamedLocation` for a country location.",
        // beta's agent user update: the condition is the update the page documents.
        "You must specify the **@odata.type** as `#microsoft.graph.akamaiWebApplicationFirewallProvider` in the request body when updating a webApplicationFirewallProvider.",
        "You must specify the `@odata.type` property when updating a webApplicationFirewallProvider object.",
        // v1.0's upload session create: the body's own sentence going on, whichever kind is created.
        "In the request body, supply the members below, and set the `@odata.type` property to the derived type that you want to create.",
    ] {
        assert_eq!(members(said).first(), Some(&("@odata.type".to_string(), true)), "{said}");
    }
    for said in [
        "You can use `@odata.type` to specify the type of place.",
        "Optionally, use `@odata.type` to specify the type of place.",
        "When you create a room, use `@odata.type` to specify the type.",
        "In the request body, use `@odata.type` to specify the type of place, if it isn't the default.",
        "In the request body, use `@odata.type` to specify the type of the **target** property.",
        "In the request body, use `@odata.type` to specify the type of the **target**.",
        "You must specify the `@odata.type` property when you create a derived policy type.",
        "You must include the `@odata.type` property only for derived policy types.",
        "You must include the `@odata.type` property for derived policy types.",
        "You must include the `@odata.type` property for any derived type.",
        "You must include the `@odata.type` property to create a derived type.",
        "You must include the `@odata.type` property with derived types.",
        "The `@odata.type` property is required for derived policy types.",
        "You must specify the `@odata.type` property when updating a derived policy type.",
        "You must specify the `@odata.type` property when updating the kind of a policy.",
        "You must specify the `@odata.type` property when you update a policy.",
        // Another type's update than the page's.
        "You must specify the **@odata.type** as `#microsoft.graph.agentUser` in the request body when updating an agentUser.",
        "You can include the `@odata.type` property, which is optional and defaults to the base type.",
        "In the request body, you can supply the members below and set the `@odata.type` property to its kind.",
        "Optionally, and set the `@odata.type` property to the kind you want to create.",
    ] {
        let got = members(said);
        assert!(got.iter().all(|(n, _)| n != "@odata.type"), "{said}: {got:?}");
    }
    // A member's `@odata.type`, not the body's.
    for sentence in [
        "For each object in the **targets** collection, you must specify the **@odata.type** property.",
        "You must include the `@odata.type` property of each assignment target.",
        "When you set the **target** property, you must specify its `@odata.type`.",
    ] {
        let got = members(sentence);
        assert!(got.iter().all(|(n, _)| n != "@odata.type"), "{sentence}: {got:?}");
    }
}

#[test]
fn a_call_written_with_optional_arguments_is_also_a_call_without_them() {
    let page = |rows: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# onlineMeeting: getAllRecordings\n\n## HTTP request\n```http\nGET /users/{{usersId}}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{{userId}}',startDateTime={{startDateTime}},endDateTime={{endDateTime}})\n```\n\n## Function parameters\nIn the request URL, provide the following query parameters with values.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n{rows}\n\n## Response\nIf successful, this method returns a `200 OK` response code and a list of [callRecording](../resources/callrecording.md) objects in the response body.\n"
        )
    };
    let optional = page(
        "|meetingOrganizerUserId|String|The organizer.|\n|startDateTime|DateTimeOffset|Optional parameter to filter for artifacts created after the given start date.|\n|endDateTime|DateTimeOffset|Optional. The end.|",
    );
    let out = extract(&optional);
    let ops: Vec<(&str, Vec<&str>)> = out
        .operations
        .iter()
        .map(|o| {
            let path = o.operation.parameters.iter().filter(|p| p.location == ParamLocation::Path);
            (o.operation.path.as_str(), path.map(|p| p.name.as_str()).collect())
        })
        .collect();
    assert_eq!(
        ops,
        [
            (
                "/users/{usersId}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{userId}')",
                vec!["usersId", "userId"]
            ),
            (
                "/users/{usersId}/onlineMeetings/getAllRecordings(meetingOrganizerUserId='{userId}',startDateTime={startDateTime},endDateTime={endDateTime})",
                vec!["usersId", "userId", "startDateTime", "endDateTime"]
            ),
        ]
    );
    // Where the line passes them they are required, and their descriptions say no more that they are optional.
    let described: Vec<(&str, bool, Option<&str>)> = out.operations[1]
        .operation
        .parameters
        .iter()
        .filter(|p| p.name.ends_with("DateTime"))
        .map(|p| (p.name.as_str(), p.required, p.description.as_deref()))
        .collect();
    assert_eq!(
        described,
        [
            ("startDateTime", true, Some("Parameter to filter for artifacts created after the given start date.")),
            ("endDateTime", true, Some("The end.")),
        ]
    );
    // The page's id names the call without them; the line's adds the arguments it passes.
    let ids: Vec<&str> = out.operations.iter().map(|o| o.operation.id.as_str()).collect();
    assert_eq!(
        ids,
        ["online_meeting_get_all_recordings", "online_meeting_get_all_recordings_start_date_time_end_date_time"]
    );
    // Rows not called optional, or optional only under a condition: the line as written.
    let required = page(
        "|meetingOrganizerUserId|String|The organizer.|\n|startDateTime|DateTimeOffset|The start.|\n|endDateTime|DateTimeOffset|Optional for personal accounts, required otherwise.|",
    );
    assert_eq!(extract(&required).operations.len(), 1);
}

#[test]
fn optional_is_a_sentence_of_its_own_or_the_description_s_first_word() {
    assert!(says_optional("Optional. The end."));
    assert!(says_optional("The values are `a` and `b`. Optional."));
    assert!(says_optional("Optional parameter to filter for artifacts."));
    assert!(says_optional("optional: the end."));
    assert!(says_optional("Aggregation interval in minutes. This parameter is optional. The default value is 15."));
    assert!(!says_optional("This parameter is optional if a filter is set."));
    assert!(!says_optional("The filter is optional."));
    assert!(!says_optional("Optional for personal accounts, required otherwise."));
    assert!(!says_optional("Optional only when the caller is an app."));
    assert!(!says_optional("An optional note is sent when set."));
    assert!(!says_optional("Optional with delegated permissions; required with application permissions."));
    assert!(!says_optional("Optional (required for app-only calls). The user."));
}

#[test]
fn a_call_whose_every_argument_is_optional_is_also_the_bare_call_once() {
    let page = |lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# supportedTimeZones\n\n## HTTP request\n```http\n{lines}\n```\n\n## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|TimeZoneStandard|timeZoneStandard|A time zone format. Optional.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [timeZoneInformation](../resources/timezoneinformation.md) objects in the response body.\n"
        )
    };
    let paths =
        |text: String| -> Vec<String> { extract(&text).operations.iter().map(|o| o.operation.path.clone()).collect() };
    let call =
        "GET /me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')";
    assert_eq!(paths(page(call)), ["/me/outlook/supportedTimeZones", call.trim_start_matches("GET ")]);
    // Written bare as well: no second bare path.
    let both = format!("GET /me/outlook/supportedTimeZones\n{call}");
    assert_eq!(paths(page(&both)).len(), 2);
    // Any method (v1.0's Excel `POST …/range/rowsAbove(count=n)`, "Optional. … The default value is 1.").
    let posted = page("POST /me/drive/root/workbook/worksheets/{id}/range/rowsAbove(count=n)")
        .replace("TimeZoneStandard|timeZoneStandard", "count|Int32");
    assert_eq!(
        paths(posted),
        [
            "/me/drive/root/workbook/worksheets/{id}/range/rowsAbove",
            "/me/drive/root/workbook/worksheets/{id}/range/rowsAbove(count={count})"
        ]
    );
}

#[test]
fn accepted_work_answering_an_empty_object_under_a_primitive_annotation_has_no_body() {
    let page = |said: &str, body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# virtualAppointment: sendVirtualAppointmentSms\n\n## HTTP request\n```http\nPOST /me/onlineMeetings/{{onlineMeetingId}}/sendVirtualAppointmentSms\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code{said}.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"send_sms\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/me/onlineMeetings/1/sendVirtualAppointmentSms\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"Edm.String\" }} -->\n```http\nHTTP/1.1 202 Accepted\n\n{body}\n```\n"
        )
    };
    let body = |text: String| extract(&text).operations[0].operation.responses[0].body.is_some();
    assert!(!body(page("", "{}")), "nothing to read");
    assert!(body(page("", r#"{"value": "queued"}"#)), "the value the annotation says");
    assert!(body(page(" and a String in the response body", "{}")), "the prose names one");
    assert!(!body(page(". It doesn't return anything in the response body", "{}")), "the prose says none");
}

#[test]
fn an_example_named_for_reading_does_not_name_an_action_of_another_verb() {
    let page = |line: &str, name: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# virtualAppointment: sendVirtualAppointmentSms\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\n{line}\n```\n"
        )
    };
    let id = |line: &str, name: &str| operation_ids(&page(line, name))[0].clone();
    let send = "POST /me/onlineMeetings/{onlineMeetingId}/sendVirtualAppointmentSms";
    assert_eq!(
        id(send, "get_virtualappointment_sendVirtualAppointmentSms"),
        "virtual_appointment_send_virtual_appointment_sms"
    );
    assert_eq!(id("POST /directoryObjects/getByIds", "get_by_ids"), "get_by_ids", "an action that reads");
    assert_eq!(id("POST /me/drive/items/microsoft.graph.getDelta", "get_delta"), "get_delta", "in a namespace");
}

#[test]
fn an_introduction_naming_the_location_header_gives_accepted_work_one() {
    let page = |intro: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# ediscoveryReviewSet: addToReviewSet\n\n{intro}\n\n## HTTP request\n```http\nPOST /security/cases/ediscoveryCases/{{id}}/reviewSets/{{setId}}/addToReviewSet\n```\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n"
        )
    };
    let location = |text: String| extract(&text).operations[0].operation.responses[0].location_header;
    assert!(location(page(
        "Start the process of adding a copy of content. You can get the status of the operation by retrieving the `Location` parameter from the response headers."
    )));
    assert!(!location(page("Start the process of adding a copy of content.")));
    assert!(!location(page("Read the `Operation-Location` header of the response.")), "another header");
}

#[test]
fn a_table_of_headers_under_response_documents_them() {
    let page = |table: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# user: exportPersonalData\n\n## HTTP request\n```http\nPOST /users/{{id}}/exportPersonalData\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code. It does not return anything in the response body. The response contains the following response headers.\n\n| Name | Description |\n|:--|:--|\n{table}\n"
        )
    };
    let response = |text: String| extract(&text).operations.remove(0).operation.responses.remove(0);
    let r = response(page(
        "| Location | URL to check on the status of the request. |\n| Retry-After | Time period in seconds. |",
    ));
    assert!(r.location_header && r.body.is_none());
    let names: Vec<&str> = r.headers.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names, ["Location", "Retry-After"]);
    // A table of properties is not one of headers.
    let r = response(page("| id | The id. |\n| displayName | The name. |"));
    assert!(r.headers.is_empty() && !r.location_header, "{:?}", r.headers);
}

#[test]
fn a_request_line_written_on_the_fence_is_read() {
    let text = "---\ndoc_type: apiPageType\n---\n# List schools\n\n## HTTP request\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http GET /education/schools\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [educationSchool](../resources/educationschool.md) objects in the response body.\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    let out = extract_api_page(&page, &mut diags);
    assert_eq!(out.operations.len(), 1, "{diags:?}");
    let op = &out.operations[0].operation;
    assert_eq!((op.method, op.path.as_str()), (Method::Get, "/education/schools"));
    assert!(diags.iter().all(|d| d.code != crate::codes::NO_HTTP_REQUEST), "{diags:?}");
    // The operation's source is the line on the fence.
    assert_eq!(&text[op.origin.offset..op.origin.offset + 3], "GET");
}

#[test]
fn an_empty_request_section_takes_the_examples_lines_written_as_templates() {
    let page = |example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get auditLogQuery\n\n## HTTP request\n\n<!-- {{\n  \"blockType\": \"ignored\"\n}}\n-->\n\n## Request body\nDon't supply a request body for this method.\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [auditLogQuery](../resources/security-auditlogquery.md) object in the response body.\n\n## Examples\n### Request\n<!-- {{\n  \"blockType\": \"request\",\n  \"name\": \"get_auditlogquery\"\n}}\n-->\n``` http\nGET {example}\n```\n"
        )
    };
    let read = |example: &str| {
        let text = page(example);
        let src = crate::SourceFile::new("a.md", text.as_str());
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let mut diags = Vec::new();
        let out = extract_api_page(&page, &mut diags);
        let warned = diags
            .iter()
            .filter(|d| d.code == crate::codes::NO_HTTP_REQUEST)
            .map(|d| d.message.clone())
            .collect::<Vec<_>>();
        (out.operations.iter().map(|o| o.operation.path.clone()).collect::<Vec<_>>(), warned)
    };
    let (paths, warned) = read("https://graph.microsoft.com/beta/security/auditLog/queries/{auditLogQueryId}");
    assert_eq!(paths, ["/security/auditLog/queries/{auditLogQueryId}"]);
    assert!(warned[0].contains("read from the request examples"), "{warned:?}");
    assert_eq!(read("/security/auditLog/queries").0, ["/security/auditLog/queries"]);
    // A GUID is a key, as in any request line; an example's other values are no request line.
    let guid = "https://graph.microsoft.com/v1.0/security/auditLog/queries/168ec429-084b-a489-90d8-504a87846305";
    assert_eq!(read(guid).0, ["/security/auditLog/queries/{queryId}"]);
    // So is a function's argument.
    assert_eq!(
        read("/reports/getEmailActivityCounts(period='D7')").0,
        ["/reports/getEmailActivityCounts(period='{period}')"]
    );
    for concrete in ["/users/AAMkAGI2TG93AAA=/messages", "/users/alex@contoso.com"] {
        let (paths, warned) = read(concrete);
        assert!(paths.is_empty(), "{concrete}: {paths:?}");
        assert!(warned[0].contains("no operation is emitted"), "{warned:?}");
    }
}

#[test]
fn a_request_section_an_unclosed_comment_hides_is_pointed_at() {
    // beta's directory audits list: `<!-- { "blockType": "permissions"  }` never closed, so the
    // comment runs on to the next `-->`, over the "HTTP request" heading.
    let text = "---\ndoc_type: apiPageType\n---\n# List directoryAudits\n\n## Permissions\n\n<!-- { \"blockType\": \"permissions\"  }\n[!INCLUDE [permissions-table](../includes/permissions/x.md)]\n\n## HTTP request\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /auditLogs/directoryAudits\n```\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    let out = extract_api_page(&page, &mut diags);
    assert_eq!(out.operations[0].operation.path, "/auditLogs/directoryAudits");
    let d = diags.iter().find(|d| d.code == crate::codes::NO_HTTP_REQUEST).expect("a warning");
    assert!(d.message.contains("inside an HTML comment"), "{}", d.message);
    assert!(text[d.span.start..].starts_with("<!-- { \"blockType\": \"permissions\""), "{:?}", d.span);
}

#[test]
fn a_hidden_request_heading_is_found_however_the_section_reader_would_take_it() {
    // The headings `request_sections` reads as "HTTP request" (v1.0's driveItem upload: "## HTTP
    // request (to upload a new file)"; "## HTTP request:") are pointed at inside a comment left
    // open above them as the bare heading is.
    for heading in ["## HTTP request (to upload a new file)", "## HTTP request:"] {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# Upload a file\n\n## Permissions\n\n<!-- {{ \"blockType\": \"permissions\"  }}\n[!INCLUDE [permissions-table](../includes/permissions/x.md)]\n\n{heading}\n\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nPUT /me/drive/items/{{parent-id}}:/{{filename}}:/content\n```\n"
        );
        let src = crate::SourceFile::new("a.md", &text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let mut diags = Vec::new();
        extract_api_page(&page, &mut diags);
        let d = diags.iter().find(|d| d.code == crate::codes::NO_HTTP_REQUEST).expect("a warning");
        assert!(d.message.contains("inside an HTML comment"), "{heading}: {}", d.message);
    }
}

#[test]
fn a_request_line_naming_no_path_is_pointed_at() {
    // beta's unfinished cross-tenant access pages: the docs generator's mark for a path it
    // could not write, where the path goes.
    let text = "---\ndoc_type: apiPageType\n---\n# List crossTenantAccessPolicies\n\n## HTTP request\n\n``` http\nGET ** Collection URI for Microsoft.DirectoryServices.crossTenantAccessPolicy not found\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    assert!(extract_api_page(&page, &mut diags).operations.is_empty());
    let d = diags.iter().find(|d| d.code == crate::codes::NO_HTTP_REQUEST).expect("a warning");
    assert!(d.message.contains("names no path") && d.message.contains("Collection URI"), "{}", d.message);
    assert_eq!(
        &text[d.span.start..d.span.end],
        "GET ** Collection URI for Microsoft.DirectoryServices.crossTenantAccessPolicy not found"
    );
}

#[test]
fn a_request_line_naming_no_path_beside_a_written_one_is_pointed_at_too() {
    // The docs generator's mark (`DELETE ** Collection URI for microsoft.graph.directoryObject not
    // found/{id}/$ref`) beside a line it could write: that line's operation is lost all the same,
    // so the mark is pointed at and quoted, not dropped without a word.
    let mark = "DELETE ** Collection URI for microsoft.graph.directoryObject not found/{id}/$ref";
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# Remove member\n\n## HTTP request\n\n```http\nDELETE /groups/{{id}}/members/{{memberId}}/$ref\n{mark}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
    );
    let src = crate::SourceFile::new("a.md", &text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    assert_eq!(extract_api_page(&page, &mut diags).operations.len(), 1);
    assert!(
        diags.iter().any(|d| &text[d.span.start..d.span.end] == mark || d.message.contains("Collection URI")),
        "{diags:?}"
    );
}

#[test]
fn a_parent_s_entity_shown_under_an_annotation_does_not_make_a_list_one_object() {
    let text = "---\ndoc_type: apiPageType\n---\n# List educationGradingCategories\n\n## HTTP request\n```http\nGET /education/classes/{educationClassId}/assignmentSettings/gradingCategories\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [educationGradingCategory](../resources/educationgradingcategory.md) objects in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"list_educationgradingcategory\" } -->\n```http\nGET https://graph.microsoft.com/beta/education/classes/37d99af7-cfc5-4e3b-8566-f7d40e4a2070/assignmentSettings/gradingCategories\n```\n<!-- { \"blockType\": \"response\", \"truncated\": true, \"@odata.type\": \"microsoft.graph.educationGradingCategory\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"@odata.context\": \"https://graph.microsoft.com/beta/$metadata#education/classes('37d99af7')/assignmentSettings/$entity\", \"submissionAnimationDisabled\": false, \"gradingCategories\": [{\"id\": \"7625\", \"displayName\": \"Lab Theory\", \"percentageWeight\": 15}]}\n```\n";
    let out = extract(text);
    let body = out.operations[0].operation.responses[0].body.clone().expect("a body");
    assert!(
        matches!(&body.shape, Shape::CollectionPage(TypeRef::Named(n)) if n == "educationGradingCategory"),
        "{:?}",
        body.shape
    );
    // The item's own entity shown is one object, as before.
    let own = text.replace("assignmentSettings/$entity", "assignmentSettings/gradingCategories/$entity").replace("\"submissionAnimationDisabled\": false, \"gradingCategories\": [{\"id\": \"7625\", \"displayName\": \"Lab Theory\", \"percentageWeight\": 15}]", "\"id\": \"7625\", \"displayName\": \"Lab Theory\"").replace("assignmentSettings/gradingCategories\n```", "assignmentSettings/gradingCategory\n```");
    let body = extract(&own).operations[0].operation.responses[0].body.clone().expect("a body");
    assert!(
        matches!(&body.shape, Shape::Type(TypeRef::Named(n)) if n == "educationGradingCategory"),
        "{:?}",
        body.shape
    );
}

#[test]
fn examples_sending_several_kinds_send_the_answered_base() {
    let example = |kind: &str| {
        format!(
            "<!-- {{ \"blockType\": \"request\", \"name\": \"update_{kind}\" }} -->\n```http\nPATCH https://graph.microsoft.com/beta/education/outcomes/1\nContent-type: application/json\n\n{{\"@odata.type\": \"#microsoft.graph.{kind}\", \"points\": 1}}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{kind}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"@odata.type\": \"#microsoft.graph.{kind}\", \"id\": \"1\"}}\n```\n"
        )
    };
    let page = |kinds: &[&str]| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update educationOutcome\n\n## HTTP request\n```http\nPATCH /education/outcomes/{{id}}\n```\n\n## Request body\nThe **educationOutcome** object will be one of the following derived types: **educationPointsOutcome** or **educationRubricOutcome**.\n\n## Response\nIf successful, this method returns a `200 OK` response code and an updated [educationOutcome](../resources/educationoutcome.md) object in the response body.\n\n## Examples\n{}",
            kinds.iter().map(|k| example(k)).collect::<String>()
        )
    };
    let sent = |kinds: &[&str]| {
        let body = extract(&page(kinds)).operations[0].operation.request_body.clone().expect("a body");
        format!("{:?}", body.shape)
    };
    assert_eq!(
        sent(&["educationPointsOutcome", "educationRubricOutcome"]),
        format!("{:?}", Shape::Type(TypeRef::Named("educationOutcome".into())))
    );
    // One kind shown: that kind, as before.
    assert_eq!(
        sent(&["educationPointsOutcome"]),
        format!("{:?}", Shape::Type(TypeRef::Named("educationPointsOutcome".into())))
    );
}

// An empty HTTP request section; a line on the fence: shapes an independent reading found.

/// A page whose HTTP request section has no request line, with one annotated request example per entry.
fn empty_section_page(title: &str, examples: &[&str]) -> String {
    let mut text = format!(
        "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n\n<!-- {{\n  \"blockType\": \"ignored\"\n}}\n-->\n\n## Request body\nDon't supply a request body for this method.\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Examples\n"
    );
    for (i, e) in examples.iter().enumerate() {
        text.push_str(&format!(
            "### Example {i}\n<!-- {{\n  \"blockType\": \"request\",\n  \"name\": \"example_{i}\"\n}}\n-->\n``` http\n{e}\n```\n\n"
        ));
    }
    text
}

#[test]
fn example_values_that_look_like_names_are_no_template() {
    // Values the docs' examples use for keys: a well-known folder, a connection id, a
    // worksheet's name, a user's alias, a list's title, an Outlook id without its '='.
    let mut read = Vec::new();
    for example in [
        "GET https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages",
        "GET https://graph.microsoft.com/v1.0/external/connections/contosohr/schema",
        "GET https://graph.microsoft.com/v1.0/me/drive/items/{item-id}/workbook/worksheets/Sheet1/tables",
        "GET https://graph.microsoft.com/v1.0/users/MeganB/manager",
        "GET https://graph.microsoft.com/v1.0/sites/root/lists/Announcements/items",
        "GET https://graph.microsoft.com/v1.0/me/messages/AAMkAGI2THVSAAA",
    ] {
        let out = extract(&empty_section_page("Get thing", &[example]));
        read.extend(out.operations.iter().map(|o| o.operation.path.clone()));
    }
    // None is a template: no operation.
    assert!(read.is_empty(), "{read:#?}");
}

#[test]
fn an_example_of_another_request_is_not_this_page_s_operation() {
    // A Create page whose second example reads what the first one made.
    let out = extract(&empty_section_page(
        "Create auditLogQuery",
        &[
            "POST https://graph.microsoft.com/beta/security/auditLog/queries\nContent-Type: application/json\n\n{\"displayName\": \"Audit log query\"}",
            "GET https://graph.microsoft.com/beta/security/auditLog/queries/{auditLogQueryId}/records",
        ],
    ));
    let ops: Vec<(Method, String)> =
        out.operations.iter().map(|o| (o.operation.method, o.operation.path.clone())).collect();
    // The page also yields `GET …/records`, with the Create page's summary, permissions and response.
    assert_eq!(ops, [(Method::Post, "/security/auditLog/queries".to_string())]);
}

#[test]
fn a_request_line_on_an_upper_case_fence_is_read() {
    // ```` ```HTTP ```` is written on real pages (the v1.0 corpus has one); the line after it
    // is read only after a lowercase language word.
    let text = "---\ndoc_type: apiPageType\n---\n# List schools\n\n## HTTP request\n\n<!-- { \"blockType\": \"ignored\" } -->\n```HTTP GET /education/schools\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let paths: Vec<String> = extract(text).operations.iter().map(|o| o.operation.path.clone()).collect();
    assert_eq!(paths, ["/education/schools"]);
}

// Shapes a second independent reading found.

/// The paths an empty-section page whose first example is `line` yields.
fn paths_from_example(line: &str) -> Vec<String> {
    extract(&empty_section_page("Get thing", &[line])).operations.iter().map(|o| o.operation.path.clone()).collect()
}

#[test]
fn an_example_s_camel_case_names_are_taken_as_written() {
    // Names in camelCase after a collection are the docs' own (`policies/tokenLifetimePolicies`,
    // `appCatalogs/teamsApps`); Outlook's well-known folder names in a key's place
    // (`mailFolders/junkEmail`) cannot be told from them, and are paths callers may call.
    assert_eq!(
        paths_from_example("GET https://graph.microsoft.com/v1.0/policies/tokenLifetimePolicies"),
        ["/policies/tokenLifetimePolicies"]
    );
    assert_eq!(
        paths_from_example("GET https://graph.microsoft.com/v1.0/appCatalogs/teamsApps"),
        ["/appCatalogs/teamsApps"]
    );
    assert_eq!(
        paths_from_example("GET https://graph.microsoft.com/v1.0/users/{id}/mailFolders/junkEmail"),
        ["/users/{id}/mailFolders/junkEmail"]
    );
}

#[test]
fn documented_literal_segments_after_a_collection_are_not_taken() {
    // Request lines the docs write with these literals (`GET /sites/root`, `GET
    // /me/mailFolders/inbox/messageRules`, `GET /me/insights/trending`, `GET
    // /admin/windows/updates/deployments`) cannot be told from an example's values
    // (`mailFolders/junkEmail`): as the only example of an empty section they yield no operation,
    // and the page's `no-http-request` warning says so. The rule is a fallback; it stays on the safe side.
    for line in [
        "GET https://graph.microsoft.com/v1.0/sites/root/lists",
        "GET https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messageRules",
        "GET https://graph.microsoft.com/v1.0/me/insights/trending",
        "GET https://graph.microsoft.com/beta/admin/windows/updates/deployments",
    ] {
        assert!(paths_from_example(line).is_empty(), "{line}");
    }
}

#[test]
fn a_typed_literal_s_template_is_written_as_one() {
    // call_placeholders makes `duration'P90D'` `duration'{period}'`; the empty-section rule
    // takes that template.
    let line = "GET https://graph.microsoft.com/beta/security/dataDiscovery/cloudAppDiscovery/uploadedStreams/{streamId}/microsoft.graph.security.aggregatedAppsDetails(period=duration'P90D')";
    assert_eq!(
        paths_from_example(line),
        [
            "/security/dataDiscovery/cloudAppDiscovery/uploadedStreams/{streamId}/microsoft.graph.security.aggregatedAppsDetails(period=duration'{period}')"
        ]
    );
}

#[test]
fn a_fence_s_line_is_read_beside_the_block_s_lines() {
    // A line on the fence and more lines in the block: both.
    let text = "---\ndoc_type: apiPageType\n---\n# List events\n\n## HTTP request\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http GET /me/events\nGET /users/{id}/events\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let paths: Vec<String> = extract(text).operations.iter().map(|o| o.operation.path.clone()).collect();
    assert_eq!(paths, ["/me/events", "/users/{id}/events"]);
}

// The lead-in rule (`lines::lead_in`, `by_label`) and the empty-section fallback: shapes a third independent reading found.

/// A page with `permissions` as its Permissions section and `request` as its HTTP request section;
/// each operation's (method, path, delegated work scopes, application scopes).
fn scopes(permissions: &str, request: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# Get thing\n\n## Permissions\n{permissions}\n## HTTP request\n{request}\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
    );
    extract(&text)
        .operations
        .iter()
        .map(|o| {
            let op = &o.operation;
            (op.path.clone(), op.permissions.delegated_work.clone(), op.permissions.application.clone())
        })
        .collect()
}

fn table(kind: &str, scope: &str) -> String {
    format!("|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|{kind}|{scope}|\n")
}

#[test]
fn a_lead_in_naming_application_permissions_keeps_the_delegated_table() {
    // The permission types in two labelled tables ("For delegated permissions:" / "For application
    // permissions:", the shape `lines_above_delegated_and_application_tables_reach_both` reads), and
    // the HTTP request section's lead-in as the cloud licensing pages word theirs ("To get an
    // allotment using either delegated or application permissions:"). A permission type is no
    // scenario: the request takes both tables.
    let permissions = format!(
        "For delegated permissions:\n\n{}\nFor application permissions:\n\n{}",
        table("Delegated (work or school account)", "Reports.Read.All"),
        table("Application", "Reports.Read.All")
    );
    let request = "To get the counts using either delegated or application permissions:\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /reports/getEmailActivityCounts(period='{period_value}')\n```\n";
    let ops = scopes(&permissions, request);
    // Without the lead-in (a sentence ending in '.'): both tables, as before.
    let plain = scopes(&permissions, &request.replace("permissions:\n", "permissions.\n"));
    assert_eq!(plain[0].1, ["Reports.Read.All"], "{plain:?}");
    assert_eq!(ops[0].1, ["Reports.Read.All"], "the delegated scopes are dropped: {ops:?}");
    assert_eq!(ops[0].2, ["Reports.Read.All"]);
}

#[test]
fn a_lead_in_naming_the_signed_in_user_or_another_gives_both_the_self_table() {
    // insights-list-trending.md introduces both its lines with one sentence: "Get a list of
    // documents trending around the signed-in user or specified user:". With a table for the
    // signed-in user and one for other users, a caller is no scenario: the self/others split
    // gives `/users/{id}/…` the other users' table.
    let permissions = format!(
        "For the signed-in user:\n\n{}\nFor other users:\n\n{}",
        table("Delegated (work or school account)", "Sites.Read.All"),
        table("Delegated (work or school account)", "Sites.Read.All, User.Read.All")
    );
    let request = "Get a list of documents trending around the signed-in user or specified user:\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /me/insights/trending\nGET /users/{id | userPrincipalName}/insights/trending\n```\n";
    // The same sentence ending in '.' (no lead-in): the self/others split answers.
    let plain = scopes(&permissions, &request.replace("specified user:", "specified user."));
    let users = plain.iter().find(|o| o.0.starts_with("/users/")).expect("the /users line");
    assert_eq!(users.1, ["Sites.Read.All", "User.Read.All"], "{plain:?}");
    let ops = scopes(&permissions, request);
    let users = ops.iter().find(|o| o.0.starts_with("/users/")).expect("the /users line");
    assert_eq!(users.1, ["Sites.Read.All", "User.Read.All"], "another user's request: {ops:?}");
}

#[test]
fn a_lead_in_does_not_reach_past_a_heading() {
    // A lead-in for the first block, the next block under a sub-heading of the HTTP request section
    // (opentypeextension-get.md, profilephoto-get.md and singlevaluelegacyextendedproperty-get.md use
    // sub-headings there): the sub-heading introduces the second line, not the first one's sentence.
    let permissions = format!(
        "### For entitlement management\n\n{}\n### For PIM for groups\n\n{}",
        table("Delegated (work or school account)", "EntitlementManagement.Read.All"),
        table("Delegated (work or school account)", "PrivilegedAssignmentSchedule.Read.AzureADGroup")
    );
    let request = "To list the approval steps in PIM for groups:\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /identityGovernance/privilegedAccess/group/assignmentApprovals/{id}/steps\n```\n\n### Entitlement management\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /identityGovernance/entitlementManagement/accessPackageAssignmentApprovals/{id}/steps\n```\n";
    // The EM line with a lead-in of its own: the EM table.
    let own = scopes(
        &permissions,
        &request.replace("### Entitlement management", "To list the approval steps in entitlement management:"),
    );
    let em = own.iter().find(|o| o.0.contains("entitlementManagement")).expect("the EM line");
    assert_eq!(em.1, ["EntitlementManagement.Read.All"], "{own:?}");
    let ops = scopes(&permissions, request);
    let em = ops.iter().find(|o| o.0.contains("entitlementManagement")).expect("the EM line");
    assert!(!em.1.iter().any(|s| s.contains("AzureADGroup")), "the EM line takes the groups table: {ops:?}");
}

#[test]
fn documented_names_after_a_plural_singleton_are_templates() {
    // Singletons and navigations Graph names in the plural (`policies`, `auditLogs`,
    // `appCatalogs`, `communications`, `reports`, `mailboxSettings`) are followed by documented
    // camelCase names, and a collection by an action (`createOrGet`): as an empty section's
    // example each yields its operation.
    let mut lost = Vec::new();
    for line in [
        "GET https://graph.microsoft.com/v1.0/policies/tokenLifetimePolicies",
        "GET https://graph.microsoft.com/v1.0/auditLogs/signIns/{id}",
        "GET https://graph.microsoft.com/v1.0/appCatalogs/teamsApps",
        "GET https://graph.microsoft.com/v1.0/communications/callRecords/{id}",
        "GET https://graph.microsoft.com/v1.0/me/mailboxSettings/workingHours",
        "GET https://graph.microsoft.com/beta/education/reports/reflectCheckInResponses",
        "POST https://graph.microsoft.com/v1.0/me/onlineMeetings/createOrGet",
    ] {
        if paths_from_example(line).is_empty() {
            lost.push(line);
        }
    }
    assert!(lost.is_empty(), "{lost:#?}");
}

/// An untyped `| Parameter | Description |` table's argument that the example passes unquoted
/// (a number, a date): OData rejects a quoted number, so the call must not quote it.
#[test]
fn an_untyped_argument_the_example_passes_unquoted_is_not_quoted() {
    let text = "---\ndoc_type: apiPageType\n---\n# reportRoot: getTopUsers\n\n## HTTP request\n```http\nGET /reports/getTopUsers\n```\n\n## Function parameters\n| Parameter | Description |\n|:----------|:----------|\n| top | The number of users to return. |\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/reports/getTopUsers(top=10)\n```\n";
    let out = extract(text);
    let paths: Vec<&str> = out.operations.iter().map(|o| o.operation.path.as_str()).collect();
    assert!(paths.contains(&"/reports/getTopUsers(top={top})"), "{paths:?}");
}

#[test]
fn an_example_on_me_is_the_own_example_of_a_users_line() {
    // Every line is `/users/{id}/…`; the examples are the signed-in user's (`/me/…`).
    let text = "---\ndoc_type: apiPageType\n---\n# Create open extension\n\n## HTTP request\n```http\nPOST /users/{id|userPrincipalName}/messages\nPOST /users/{id|userPrincipalName}/messages/{id}/extensions\n```\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/me/messages\n\n{\"subject\": \"s\"}\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.message\" } -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\"id\": \"1\", \"subject\": \"s\"}\n```\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/me/messages/AAMk===/extensions\n\n{\"extensionName\": \"x\"}\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.openTypeExtension\" } -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\"@odata.type\": \"#microsoft.graph.openTypeExtension\", \"id\": \"x\", \"extensionName\": \"x\"}\n```\n";
    let out = extract(text);
    let answers: Vec<String> = out
        .operations
        .iter()
        .filter(|o| o.operation.path.starts_with("/users/"))
        .map(|o| format!("{} {:?}", o.operation.path, o.operation.responses[0].body.as_ref().map(|b| &b.shape)))
        .collect();
    assert_eq!(
        answers,
        [
            format!("/users/{{id}}/messages {:?}", Some(Shape::Type(TypeRef::Named("message".into())))),
            format!(
                "/users/{{id}}/messages/{{messages-id}}/extensions {:?}",
                Some(Shape::Type(TypeRef::Named("openTypeExtension".into())))
            ),
        ]
    );
}

#[test]
fn a_member_an_example_leaves_out_is_not_required() {
    // Viva Learning's course activity create: `registrationId`, "Required." in the table, is the
    // request line's path parameter, and no example sends it.
    let page = |second: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create activity\n\n## HTTP request\n```http\nPOST /providers/{{registrationId}}/activities\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|learnerId|String|The learner. Required.|\n|kind|String|The kind. Required.|\n|registrationId|String|The provider. Required.|\n|notes|String|Notes. Optional.|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Examples\n### Example 1\n```http\nPOST https://graph.microsoft.com/beta/providers/1/activities\nContent-Type: application/json\n\n{{\"learnerId\": \"a\", \"kind\": \"required\", \"notes\": \"n\"}}\n```\n### Example 2\n```http\nPOST https://graph.microsoft.com/beta/providers/1/activities\nContent-Type: application/json\n\n{second}\n```\n"
        )
    };
    let required = |text: String| {
        let body = extract(&text).operations.remove(0).operation.request_body.expect("a body");
        let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
        members.into_iter().filter(|m| m.required).map(|m| m.name).collect::<Vec<_>>()
    };
    assert_eq!(required(page("{\"learnerId\": \"b\"}")), ["learnerId"]);
    assert_eq!(required(page("{\"learnerId\": \"b\", \"kind\": \"recommended\"}")), ["learnerId", "kind"]);
    // An example of something else (no member of the table) says nothing of the table's.
    assert_eq!(required(page("{\"other\": 1}")), ["learnerId", "kind"]);
    // Nor one sending the member under another spelling the table lacks (beta's identity
    // accounts' invokeAction sends `provider` for its required `identityProvider`).
    assert_eq!(required(page("{\"learnerId\": \"b\", \"Kind\": \"x\"}")), ["learnerId", "kind"]);
    assert_eq!(required(page("{\"learnerId\": \"b\", \"activityKind\": \"x\"}")), ["learnerId", "kind"]);
    // In the plural (beta's building ingestMapFile sends `importSettings` for `importSetting`).
    assert_eq!(required(page("{\"learnerId\": \"b\", \"kinds\": \"x\"}")), ["learnerId", "kind"]);
    assert_eq!(required(page("{\"learnerId\": \"b\", \"nd\": \"x\"}")), ["learnerId"]);
    // One cut down by hand (read leniently: a trailing comma where members were taken out)
    // says nothing of what it leaves out (beta's certificate authority detail create).
    assert_eq!(required(page("{\"learnerId\": \"b\",\n\n}")), ["learnerId", "kind"]);
}

#[test]
fn a_shorter_name_ending_a_member_mid_word_is_no_other_spelling_of_it() {
    // `spelled_otherwise` asks for a whole word ("there a capital in the original") only where the
    // example's name is the longer: `ind` is no word of `kind`, as `nd` is not.
    let page = |second: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create activity\n\n## HTTP request\n```http\nPOST /providers/{{registrationId}}/activities\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|learnerId|String|The learner. Required.|\n|kind|String|The kind. Required.|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Examples\n### Example 1\n```http\nPOST https://graph.microsoft.com/beta/providers/1/activities\nContent-Type: application/json\n\n{{\"learnerId\": \"a\", \"kind\": \"required\"}}\n```\n### Example 2\n```http\nPOST https://graph.microsoft.com/beta/providers/1/activities\nContent-Type: application/json\n\n{second}\n```\n"
        )
    };
    let required = |text: String| {
        let body = extract(&text).operations.remove(0).operation.request_body.expect("a body");
        let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
        members.into_iter().filter(|m| m.required).map(|m| m.name).collect::<Vec<_>>()
    };
    assert_eq!(required(page("{\"learnerId\": \"b\", \"nd\": \"x\"}")), ["learnerId"]);
    assert_eq!(required(page("{\"learnerId\": \"b\", \"ind\": \"x\"}")), ["learnerId"], "`ind` is no word of `kind`");
    // (The same name the longer way round is refused: `blackind` has no capital at `ind`.)
    assert_eq!(required(page("{\"learnerId\": \"b\", \"blackind\": \"x\"}")), ["learnerId"]);
}

#[test]
fn a_key_the_line_writes_without_braces_is_a_placeholder_where_the_example_passes_one() {
    // beta's inbound shared user profiles: `GET /directory/inboundSharedUserProfiles/userId`.
    let page = |line: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get inboundSharedUserProfile\n\n## HTTP request\n```http\nGET {line}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [inboundSharedUserProfile](../resources/inboundshareduserprofile.md) object in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_profile\" }} -->\n```http\nGET https://graph.microsoft.com/beta{example}\n```\n"
        )
    };
    let paths = |text: &str| extract(text).operations.into_iter().map(|o| o.operation.path).collect::<Vec<_>>();
    let bare = page(
        "/directory/inboundSharedUserProfiles/userId",
        "/directory/inboundSharedUserProfiles/c228b2ae-c4fb-4eda-9620-7e73dddd1cac",
    );
    assert_eq!(paths(&bare), ["/directory/inboundSharedUserProfiles/{userId}"]);
    // A word naming a key is one wherever the example goes.
    let other = page("/directory/inboundSharedUserProfiles/userId", "/directory/outboundSharedUserProfiles/c228b2ae");
    assert_eq!(paths(&other), ["/directory/inboundSharedUserProfiles/{userId}"]);
    // `id` alone after a set's name too (beta's `POST /sites/id/contentTypes/id/associateWithHubSites`,
    // its example the same).
    let id = page("/directory/inboundSharedUserProfiles/id", "/directory/inboundSharedUserProfiles/c228b2ae");
    assert_eq!(paths(&id), ["/directory/inboundSharedUserProfiles/{id}"]);
    let other = page("/directory/inboundSharedUserProfiles/id", "/directory/outboundSharedUserProfiles/c228b2ae");
    assert_eq!(paths(&other), ["/directory/inboundSharedUserProfiles/{id}"]);
    // A word naming no identifier stands, whatever the example passes.
    let word = page("/directory/inboundSharedUserProfiles/settings", "/directory/inboundSharedUserProfiles/c228b2ae");
    assert_eq!(paths(&word), ["/directory/inboundSharedUserProfiles/settings"]);
}

#[test]
fn a_query_row_a_line_passes_as_an_argument_is_that_argument() {
    // beta's findRooms: `GET /me/findRooms(RoomList='{room_list_emailAddress}')` beside a
    // "Query parameters" table listing `RoomList`.
    let text = "---\ndoc_type: apiPageType\n---\n# user: findRooms\n\n## HTTP request\n```http\nGET /me/findRooms\nGET /me/findRooms(RoomList='{room_list_emailAddress}')\n```\n\n## Query parameters\n| Query parameter | Type | Description |\n|:--|:--|:--|\n| RoomList | string | The SMTP address of the room list. |\n| top | Int32 | How many. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [emailAddress](../resources/emailaddress.md) objects in the response body.\n";
    let ops = extract(text).operations;
    let query: Vec<Vec<&str>> = ops
        .iter()
        .map(|o| {
            o.operation
                .parameters
                .iter()
                .filter(|p| p.location == crate::model::ParamLocation::Query)
                .map(|p| p.name.as_str())
                .collect()
        })
        .collect();
    assert_eq!(query, [vec!["top"], vec!["top"]]);
}

#[test]
fn arguments_the_line_writes_in_its_query_string_are_query_parameters() {
    // Bookings' calendarView: the table sits under "Request body", "In the request URL, provide
    // following query parameters with values", and the line writes them as a query string.
    let text = "---\ndoc_type: apiPageType\n---\n# List Bookings calendarView\n\n## HTTP request\n```http\nGET /bookingBusinesses/{id}/calendarView?start={start-value}&end={end-value}\n```\n\n## Request body\nIn the request URL, provide following query parameters with values.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|start|DateTimeOffset|The start of the range.|\n|end|DateTimeOffset|The end of the range.|\n\n## Response\nIf successful, this method returns `200, OK` response code and [bookingAppointment](../resources/bookingappointment.md) collection object in the response body.\n";
    let out = extract(text);
    let op = &out.operations[0].operation;
    assert_eq!(op.path, "/bookingBusinesses/{id}/calendarView");
    let query: Vec<_> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParamLocation::Query)
        .map(|p| (p.name.as_str(), p.required, p.ty.clone(), p.description.as_deref()))
        .collect();
    let when = TypeRef::Primitive(Primitive::DateTimeOffset);
    assert_eq!(
        query,
        [
            ("start", true, when.clone(), Some("The start of the range.")),
            ("end", true, when, Some("The end of the range.")),
        ]
    );
    // A line that does not write them calls the function with them.
    let called = text.replace("calendarView?start={start-value}&end={end-value}", "calendarView");
    assert_eq!(
        extract(&called).operations[0].operation.path,
        "/bookingBusinesses/{id}/calendarView(start={start},end={end})"
    );
}

#[test]
fn a_later_response_of_the_same_type_and_another_success_status_is_one_too() {
    // beta's driveItem invite: "### Partial success response" and a `207 Multi-Status` example
    // of the same permissions after the `200 OK` one.
    let page = |partial_status: &str, partial_type: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Send a sharing invitation\n\n## HTTP request\n```http\nPOST /me/drive/items/{{item-id}}/invite\n```\n\n## Response\nIf successful, this method returns `200 OK` response code and [permission](../resources/permission.md) collection object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"send-sharing-invite\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/me/drive/items/1/invite\nContent-type: application/json\n\n{{\"roles\": [\"write\"]}}\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"Collection(microsoft.graph.permission)\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": [{{\"id\": \"a\"}}]}}\n```\n\n### Partial success response\nWhen inviting multiple recipients, the service returns a partial success response with an HTTP status code of 207.\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"{partial_type}\" }} -->\n```http\nHTTP/1.1 {partial_status}\nContent-type: application/json\n\n{{\"value\": [{{\"id\": \"a\"}}]}}\n```\n"
        )
    };
    let statuses =
        |text: &str| -> Vec<u16> { extract(text).operations[0].operation.responses.iter().map(|r| r.status).collect() };
    assert_eq!(statuses(&page("207 Multi-Status", "Collection(microsoft.graph.permission)")), [200, 207]);
    // Another type, or no success: not the operation's.
    assert_eq!(statuses(&page("207 Multi-Status", "microsoft.graph.longRunningOperation")), [200]);
    assert_eq!(statuses(&page("400 Bad Request", "Collection(microsoft.graph.permission)")), [200]);
    // A status the prose gives as an error's (v1.0's site follow) is not an outcome.
    let error = page("207 Multi-Status", "Collection(microsoft.graph.permission)").replace(
        "When inviting multiple recipients, the service returns a partial success response with an HTTP status code of 207.",
        "If an error occurred while inviting any of them, this method returns a `207` status code.",
    );
    assert!(error.contains("returns a `207`"));
    assert_eq!(statuses(&error), [200]);
    // The answer of a request left out (annotated `ignored`, of another resource) is not the example's.
    let other_request = page("207 Multi-Status", "Collection(microsoft.graph.permission)").replace(
        "### Partial success response\n",
        "### Partial success response\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nPOST https://graph.microsoft.com/beta/me/drive/items/2/children\n```\n\n",
    );
    assert!(other_request.contains("items/2/children"));
    assert_eq!(statuses(&other_request), [200]);
}

#[test]
fn a_body_another_example_of_the_line_leaves_out_is_optional() {
    // v1.0's resetPassword: Example 1 sends `newPassword`, Example 2 nothing.
    let page = |row: &str, second_body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# authenticationMethod: resetPassword\n\n## HTTP request\n```http\nPOST /users/{{id}}/authentication/methods/{{id}}/resetPassword\n```\n\n## Request body\n| Parameter | Type | Description |\n|:--|:--|:--|\n{row}\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Examples\n### Example 1\n<!-- {{ \"blockType\": \"request\", \"name\": \"reset_with\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/users/u1/authentication/methods/m1/resetPassword\nContent-type: application/json\n\n{{\"newPassword\": \"x\"}}\n```\n\n### Example 2\n<!-- {{ \"blockType\": \"request\", \"name\": \"reset_without\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/users/u1/authentication/methods/m1/resetPassword\n{second_body}```\n"
        )
    };
    let required = |text: &str| extract(text).operations[0].operation.request_body.as_ref().map(|b| b.required);
    let row = "|newPassword|String|The new password. If omitted for a cloud-only password, the system returns one.|";
    assert_eq!(required(&page(row, "")), Some(false));
    // Both examples send it: required, as bodies are.
    assert_eq!(required(&page(row, "Content-type: application/json\n\n{\"newPassword\": \"y\"}\n")), Some(true));
    // A member the table requires: the body stays required.
    let needed = "|newPassword|String|The new password. Required.|";
    assert_eq!(required(&page(needed, "")), Some(true));
}

#[test]
fn a_line_takes_the_kind_of_token_it_can_carry() {
    // v1.0's onlineMeeting: createOrGet: one table, a line per kind of token, each introduced so.
    let page = |delegated_lead_in: &str, application_lead_in: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# onlineMeeting: createOrGet\n\n## Permissions\n\n| Permission type | Permissions (from least to most privileged) |\n|:---|:---|\n| Delegated (work or school account) | OnlineMeetings.ReadWrite |\n| Delegated (personal Microsoft account) | Not supported. |\n| Application | OnlineMeetings.ReadWrite.All |\n\n## HTTP request\n{delegated_lead_in}\n```http\nPOST /me/onlineMeetings/createOrGet\n```\n\n{application_lead_in}\n```http\nPOST /users/{{userId}}/onlineMeetings/createOrGet\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let kinds = |text: String| {
        extract(&text)
            .operations
            .iter()
            .map(|o| {
                let p = &o.operation.permissions;
                (o.operation.path.clone(), p.delegated_work.len(), p.application.len())
            })
            .collect::<Vec<_>>()
    };
    let me = "/me/onlineMeetings/createOrGet".to_string();
    let user = "/users/{userId}/onlineMeetings/createOrGet".to_string();
    assert_eq!(
        kinds(page(
            "To call **createOrGet** API with delegated token:",
            "To call **createOrGet** API with application token:"
        )),
        [(me.clone(), 1, 0), (user.clone(), 0, 1)]
    );
    // Without lead-ins: `/me` has a signed-in user, never an app-only token; the other line takes both.
    assert_eq!(kinds(page("", "")), [(me.clone(), 1, 0), (user.clone(), 1, 1)]);
    // A lead-in naming both kinds, or about something else, narrows nothing.
    let both = "To get it with delegated (`/me`) and app (`/users/{userId}`) permission:";
    assert_eq!(kinds(page(both, both)), [(me.clone(), 1, 0), (user.clone(), 1, 1)]);
    let other = "To create or get the meeting of an application's owner:";
    assert_eq!(kinds(page(other, other)), [(me, 1, 0), (user, 1, 1)]);
}

#[test]
fn a_request_header_s_row_naming_the_success_it_brings_adds_that_status() {
    // beta's group: addFavorite: `200 OK` without a body, `204` with `Prefer: return=minimal`.
    let page = |prefer: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# group: addFavorite\n\n## HTTP request\n```http\nPOST /groups/{{id}}/addFavorite\n```\n\n## Request headers\n| Header | Value |\n|:---|:---|\n| Authorization | Bearer {{token}}. Required. |\n| Prefer | {prefer} |\n\n## Request body\nDo not supply a request body for this method.\n\n## Response\nIf successful, this method returns `200 OK` response code. It does not return anything in the response body.\n"
        )
    };
    let statuses =
        |text: String| extract(&text).operations[0].operation.responses.iter().map(|r| r.status).collect::<Vec<_>>();
    assert_eq!(
        statuses(page(
            "return=minimal. If minimal response header is included in the request header, then a successful response returns `204 No Content` code. Optional."
        )),
        [200, 204]
    );
    assert_eq!(statuses(page("return=minimal. Optional.")), [200]);
}

#[test]
fn a_create_table_s_key_of_the_entity_is_never_null() {
    // beta's Intune webApp create: the table is the type's only definition.
    let page = "---\ndoc_type: apiPageType\n---\n# Create webApp\n\n## HTTP request\n```http\nPOST /deviceAppManagement/mobileApps\n```\n\n## Request body\nIn the request body, supply a JSON representation for the webApp object.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|Key of the entity. Inherited from [mobileApp](../resources/intune-apps-mobileapp.md)|\n|displayName|String|The admin provided or imported title of the app.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [webApp](../resources/intune-apps-webapp.md) object in the response body.\n";
    let out = extract(page);
    let nullable: Vec<(String, bool)> = out
        .hints
        .iter()
        .flat_map(|h| match &h.kind {
            TypeKind::Object { properties, .. } => properties.iter().map(|p| (p.name.clone(), p.nullable)).collect(),
            _ => Vec::new(),
        })
        .collect();
    assert_eq!(nullable, [("id".to_string(), false), ("displayName".to_string(), true)], "{:?}", out.hints);
}

#[test]
fn a_line_through_a_me_segment_is_a_signed_in_user_s() {
    // beta's educationClass delta: `/education/me/classes/delta` has a signed-in user too.
    let table = crate::model::Permissions {
        delegated_work: vec!["EduRoster.ReadBasic".into()],
        delegated_personal: Vec::new(),
        application: vec!["EduRoster.Read.All".into()],
    };
    let application =
        |template: &str| super::super::request::for_token_kind(table.clone(), template, None).application.len();
    assert_eq!(application("/education/me/classes/delta()"), 0);
    assert_eq!(application("/me/joinedTeams"), 0);
    assert_eq!(application("/education/classes/delta()"), 1);
    assert_eq!(application("/users/{id}/messages/{message-id}"), 1, "not a segment merely starting with `me`");
    // beta's application owner removal: a caution about the calling app names no token kind.
    let note = "If `/$ref` is not appended to the request and the calling app has permissions to manage the user who is the app owner, the user will also be deleted.";
    let kept = super::super::request::for_token_kind(table.clone(), "/applications/{id}/owners/{id}/$ref", Some(note));
    assert_eq!(kept, table, "both kinds stay");
    let lead_in = "To call this API with application permissions:";
    let app = super::super::request::for_token_kind(table.clone(), "/applications/{id}/owners", Some(lead_in));
    assert!(app.delegated_work.is_empty() && app.application.len() == 1, "{app:?}");
    // beta's sensitivity label actions: "To evaluate as the service principal:", the app's own token.
    for lead_in in ["To evaluate as the service principal:", "To extract content label as a service principal:"] {
        let app = super::super::request::for_token_kind(table.clone(), "/security/labels/evaluate", Some(lead_in));
        assert!(app.delegated_work.is_empty() && app.application.len() == 1, "{lead_in}: {app:?}");
    }
    let user = "To evaluate as the signed-in user or specified user:";
    assert_eq!(super::super::request::for_token_kind(table.clone(), "/users/{id}/labels/evaluate", Some(user)), table);
}

#[test]
fn a_lead_in_naming_the_service_principal_as_an_object_names_no_token_kind() {
    // "as the service principal" inside other words ("such as the service principal", "as the
    // service principal's owner") is not the app acting as itself: both kinds stay.
    let table = crate::model::Permissions {
        delegated_work: vec!["Application.ReadWrite.All".into()],
        delegated_personal: Vec::new(),
        application: vec!["Application.ReadWrite.OwnedBy".into()],
    };
    let narrowed: Vec<&str> = [
        "To add a user as the service principal's owner:",
        "To remove a directory object, such as the service principal, from the owners:",
    ]
    .into_iter()
    .filter(|lead_in| {
        super::super::request::for_token_kind(table.clone(), "/servicePrincipals/{id}/owners/$ref", Some(lead_in))
            != table
    })
    .collect();
    assert!(narrowed.is_empty(), "narrowed to application: {narrowed:?}");
}

#[test]
fn a_read_answers_the_200_its_prose_says_beside_an_example_s_201() {
    // beta's trusted certificate authorities list: "returns a `200 OK` response code and a collection
    // of …" over an example's `HTTP/1.1 201 Created`: no read creates anything.
    let text = |method: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List authorities\n\n## HTTP request\n```http\n{method} /configurations/{{id}}/authorities\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [authority](../resources/authority.md) objects in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\n{method} https://graph.microsoft.com/beta/configurations/c/authorities\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{{\"value\": [{{\"id\": \"1\"}}]}}\n```\n"
        )
    };
    let statuses = |method: &str| {
        let op = extract(&text(method)).operations.remove(0).operation;
        op.responses.iter().map(|r| r.status).collect::<Vec<_>>()
    };
    assert_eq!(statuses("GET"), [200]);
    // A create says both (the other way round too: below).
    assert_eq!(statuses("POST"), [200, 201]);
}

#[test]
fn a_read_whose_prose_says_201_answers_the_200_its_example_shows() {
    // The other way round from the trusted certificate authorities list: the prose's `201` is the
    // slip, the example's `200` what the service sends.
    let text = "---\ndoc_type: apiPageType\n---\n# List authorities\n\n## HTTP request\n```http\nGET /configurations/{id}/authorities\n```\n\n## Response\nIf successful, this method returns a `201 Created` response code and a collection of [authority](../resources/authority.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nGET https://graph.microsoft.com/beta/configurations/c/authorities\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [{\"id\": \"1\"}]}\n```\n";
    let op = extract(text).operations.remove(0).operation;
    let statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
    assert!(statuses.contains(&200), "{statuses:?}");
    // A `HEAD` beside the `GET` reads too: the prose's 200 alone.
    let both = text
        .replace(
            "GET /configurations/{id}/authorities\n",
            "GET /configurations/{id}/authorities\nHEAD /configurations/{id}/authorities\n",
        )
        .replace("`201 Created`", "`200 OK`")
        .replace("HTTP/1.1 200 OK", "HTTP/1.1 201 Created");
    let op = extract(&both).operations.remove(0).operation;
    assert_eq!(op.responses.iter().map(|r| r.status).collect::<Vec<_>>(), [200]);
}

#[test]
fn adding_a_reference_answers_the_bare_204_its_example_shows() {
    // beta's publishedResource agent groups: the prose says `201 Created` and an object.
    let text = |answer: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Add agentGroup\n\n## HTTP request\n```http\nPOST /onPremisesPublishingProfiles/{{id}}/publishedResources/{{resource-id}}/agentGroups/$ref\n```\n\n## Request body\nIn the request body, supply a JSON representation of an [onPremisesAgentGroup](../resources/onpremisesagentgroup.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [publishedResource](../resources/publishedresource.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/p/publishedResources/r/agentGroups/$ref\nContent-type: application/json\n\n{{\"@odata.id\": \"https://graph.microsoft.com/beta/onPremisesPublishingProfiles/p/agentGroups/g\"}}\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\n{answer}\n```\n"
        )
    };
    let statuses = |answer: &str| {
        let op = extract(&text(answer)).operations.remove(0).operation;
        op.responses.iter().map(|r| (r.status, r.body.is_some())).collect::<Vec<_>>()
    };
    assert_eq!(statuses("HTTP/1.1 204 No Content"), [(204, false)]);
    let op = extract(&text("HTTP/1.1 204 No Content")).operations.remove(0).operation;
    assert_eq!(op.responses[0].description, "No Content", "the status's own reason, not the prose's");
    // An example answering what the prose says leaves it.
    assert_eq!(statuses("HTTP/1.1 201 Created\nContent-type: application/json\n\n{\"id\": \"1\"}")[0], (201, true));
    // An example answering `200 OK` with the body: both are successes.
    assert_eq!(
        statuses("HTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"1\"}"),
        [(201, true), (200, true)]
    );
    // `200 Created` (v1.0's external connection create): a slip in the code, the prose's status alone.
    assert_eq!(statuses("HTTP/1.1 200 Created\nContent-type: application/json\n\n{\"id\": \"1\"}"), [(201, true)]);
    // A second line without an example of its own (beta's directory role members add, its third
    // example's request marked ignored) answers as the page's examples do.
    let two_lines = |answer: &str| {
        let page = text(answer).replace(
            "agentGroups/$ref\n```\n\n## Request body",
            "agentGroups/$ref\nPOST /onPremisesPublishingProfiles/{id}/agentGroups/$ref\n```\n\n## Request body",
        );
        let out = extract(&page);
        assert_eq!(out.operations.len(), 2);
        out.operations
            .iter()
            .map(|o| (o.operation.responses[0].status, o.operation.responses[0].body.is_some()))
            .collect::<Vec<_>>()
    };
    assert_eq!(two_lines("HTTP/1.1 204 No Content"), [(204, false), (204, false)]);
    // An example answering what the prose says leaves the other line to the prose too.
    assert_eq!(
        two_lines("HTTP/1.1 201 Created\nContent-type: application/json\n\n{\"id\": \"1\"}"),
        [(201, true), (201, true)]
    );
}

#[test]
fn a_sentence_after_a_line_s_block_naming_one_kind_of_token_narrows_it() {
    // beta's sensitivity labels list.
    let text = "---\ndoc_type: apiPageType\n---\n# List sensitivityLabels\n\n## Permissions\n|Permission type|Permissions|\n|:--|:--|\n|Delegated (work or school account)|InformationProtectionPolicy.Read|\n|Application|InformationProtectionPolicy.Read.All|\n\n## HTTP request\nTo get labels available to the signed-in user or specified user:\n```http\nGET /users/{usersId}/security/informationProtection/sensitivityLabels\nGET /me/security/informationProtection/sensitivityLabels\n```\n\nListing labels on behalf of another user requires the application permission `InformationProtectionPolicy.Read.All`.\n\nTo get labels available to the organization:\n```http\nGET /security/informationProtection/sensitivityLabels\n```\n\nThe labels are the organization's.\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let out = extract(text);
    let kinds = |path: &str| {
        let op = &out.operations.iter().find(|o| o.operation.path == path).expect(path).operation;
        (op.permissions.delegated_work.len(), op.permissions.application.len())
    };
    assert_eq!(kinds("/users/{usersId}/security/informationProtection/sensitivityLabels"), (0, 1));
    assert_eq!(kinds("/me/security/informationProtection/sensitivityLabels"), (1, 0));
    // A sentence about something else narrows nothing.
    assert_eq!(kinds("/security/informationProtection/sensitivityLabels"), (1, 1));
}

#[test]
fn a_get_line_whose_examples_post_a_body_is_posted() {
    // beta's inboundSharedUserProfile exportPersonalData: `GET …/exportPersonalData`, a request
    // body table, and one example POSTing it.
    let page = |example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# inboundSharedUserProfile: exportPersonalData\n\n## HTTP request\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nGET /directory/inboundSharedUserProfiles/userId/exportPersonalData\n```\n\n## Request body\nProvide a request body with the following parameters.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|storageLocation|String|The storage location.|\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"export\" }} -->\n```http\n{example}\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 202 Accepted\n```\n"
        )
    };
    let ops = |example: &str| {
        extract(&page(example))
            .operations
            .iter()
            .map(|o| (o.operation.method, o.operation.path.clone(), o.operation.request_body.is_some()))
            .collect::<Vec<_>>()
    };
    let posted = "POST https://graph.microsoft.com/beta/directory/inboundSharedUserProfiles/c228b2ae/exportPersonalData\n\n{\n    \"storageLocation\": \"MyStorageAccount\"\n}";
    assert_eq!(
        ops(posted),
        [(Method::Post, "/directory/inboundSharedUserProfiles/{userId}/exportPersonalData".to_string(), true)]
    );
    // An example getting it keeps the line's method.
    let got = "GET https://graph.microsoft.com/beta/directory/inboundSharedUserProfiles/c228b2ae/exportPersonalData(storageLocation='x')";
    assert_eq!(ops(got)[0].0, Method::Get);
}

#[test]
fn a_post_line_to_an_item_whose_examples_delete_it_deletes() {
    // beta's industryData sourceSystemDefinition delete: `POST …/sourceSystems/{id}`, its
    // example a `DELETE`.
    let page = |line: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Delete sourceSystemDefinition\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"delete\" }} -->\n```http\n{example}\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 204 No Content\n```\n"
        )
    };
    let methods = |line: &str, example: &str| {
        extract(&page(line, example)).operations.iter().map(|o| o.operation.method).collect::<Vec<_>>()
    };
    let item = "POST /external/industryData/sourceSystems/{sourceSystemDefinitionId}";
    let deleted = "DELETE https://graph.microsoft.com/beta/external/industryData/sourceSystems/0c62";
    assert_eq!(methods(item, deleted), [Method::Delete]);
    // Examples reading the item leave the line as written.
    assert_eq!(methods(item, &deleted.replace("DELETE", "GET")), [Method::Post]);
    // A post to a collection or an action keeps its method; so does a line beside the shown method's own.
    assert_eq!(methods("POST /external/industryData/sourceSystems", &deleted.replace("/0c62", "")), [Method::Post]);
    assert_eq!(
        methods(&format!("{item}\nDELETE /external/industryData/sourceSystems/{{id}}"), deleted),
        [Method::Post, Method::Delete]
    );
}

#[test]
fn a_linked_body_type_wrapped_in_a_member_of_its_name_is_that_member() {
    // beta's servicePrincipal addPassword: "provide an empty [passwordCredential] object or with
    // the following optional properties", its example `{"passwordCredential": {…}}`.
    let page = |example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# servicePrincipal: addPassword\n\n## HTTP request\n```http\nPOST /servicePrincipals/{{id}}/addPassword\n```\n\n## Request body\nIn the request body, provide an empty [passwordCredential](../resources/passwordcredential.md) object or with the following optional properties.\n\n| Property | Type | Description |\n|:--|:--|:--|\n| displayName | String | Friendly name. Optional. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a new [passwordCredential](../resources/passwordcredential.md) object in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"add\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/servicePrincipals/s1/addPassword\nContent-type: application/json\n\n{example}\n```\n"
        )
    };
    let shape =
        |example: &str| extract(&page(example)).operations[0].operation.request_body.as_ref().map(|b| b.shape.clone());
    let Some(Shape::Object(members)) = shape(r#"{"passwordCredential": {"displayName": "Password friendly name"}}"#)
    else {
        panic!("a member")
    };
    assert_eq!(members.len(), 1);
    assert_eq!(
        (members[0].name.as_str(), &members[0].ty),
        ("passwordCredential", &TypeRef::Named("passwordCredential".into()))
    );
    // The type itself sent: the type.
    assert_eq!(
        shape(r#"{"displayName": "Password friendly name"}"#),
        Some(Shape::Type(TypeRef::Named("passwordCredential".into())))
    );
}

#[test]
fn a_link_text_naming_another_type_than_its_page_gives_way_to_the_annotation() {
    // v1.0's sharepointSettings get: "a [settings](../resources/sharepointsettings.md) object",
    // annotated `microsoft.graph.sharepointSettings`.
    let page = |annotation: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get settings\n\n## HTTP request\n```http\nGET /admin/sharepoint/settings\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [settings](../resources/sharepointsettings.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/admin/sharepoint/settings\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"{annotation}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"isLoopEnabled\": true}}\n```\n"
        )
    };
    let answered = |annotation: &str| {
        extract(&page(annotation)).operations[0].operation.responses[0].body.as_ref().map(|b| b.shape.clone())
    };
    let named = |n: &str| Some(Shape::Type(TypeRef::Named(n.into())));
    assert_eq!(answered("microsoft.graph.sharepointSettings"), named("sharepointSettings"));
    // An annotation naming neither the text nor the page: the text stands.
    assert_eq!(answered("microsoft.graph.tenantSettings"), named("settings"));
}

#[test]
fn members_a_body_sentence_names_in_bold_beside_a_type_link_take_that_type() {
    // v1.0's bookingBusiness getStaffAvailability: no table, an example of untyped objects.
    let page = |prose: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# bookingBusiness: getStaffAvailability\n\n## HTTP request\n```http\nPOST /solutions/bookingBusinesses/{{id}}/getStaffAvailability\n```\n\n## Request body\n\n{prose}\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"get\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/a/getStaffAvailability\nContent-Type: application/json\n\n{{\"staffIds\": [\"1\"], \"startDateTime\": {{\"dateTime\": \"2022-01-25T00:00:00\", \"timeZone\": \"India Standard Time\"}}, \"endDateTime\": {{\"dateTime\": \"2022-01-26T17:00:00\", \"timeZone\": \"India Standard Time\"}}}}\n```\n"
        )
    };
    let members = |prose: &str| {
        let out = extract(&page(prose));
        let body = out.operations[0].operation.request_body.as_ref().expect("a body");
        let Shape::Object(props) = &body.shape else { panic!("{:?}", body.shape) };
        props.iter().map(|p| (p.name.clone(), p.ty.clone())).collect::<Vec<_>>()
    };
    let said = "In the request body, pass the list of staff IDs along with two other parameters of [dateTimeTimeZone resource type](/graph/resources/datetimetimezone) called **startDateTime** and **endDateTime**. These correspond to the two timestamps.";
    let zone = TypeRef::Named("dateTimeTimeZone".into());
    let typed = members(said);
    assert_eq!(typed[1], ("startDateTime".to_string(), zone.clone()));
    assert_eq!(typed[2], ("endDateTime".to_string(), zone));
    assert_eq!(typed[0].1, TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String))));
    // Named in another sentence than the link's: untyped.
    let apart =
        said.replace(" called **startDateTime** and **endDateTime**.", ". Send **startDateTime** and **endDateTime**.");
    assert_eq!(members(&apart)[1].1, TypeRef::Primitive(Primitive::Json));
}

#[test]
fn the_one_example_of_a_line_s_method_answers_for_it_though_it_calls_another_url() {
    // beta's booking custom questions: `POST …/customQuestions`, its example posting to an item's
    // URL; the request body's example is that example's, and so is the response's.
    let page = |lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create bookingCustomQuestion\n\n## HTTP request\n```http\n{lines}\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [bookingCustomQuestion](../resources/bookingcustomquestion.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [bookingCustomQuestion](../resources/bookingcustomquestion.md) object in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"create\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/bookingBusinesses/b1/customQuestions/q1\nContent-Type: application/json\n\n{{\"displayName\": \"What is your age?\"}}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.bookingCustomQuestion\" }} -->\n```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{{\"id\": \"q1\", \"displayName\": \"What is your age?\"}}\n```\n"
        )
    };
    let examples = |lines: &str| -> Vec<bool> {
        extract(&page(lines))
            .operations
            .iter()
            .map(|o| o.operation.responses[0].body.as_ref().is_some_and(|b| b.example.is_some()))
            .collect()
    };
    assert_eq!(examples("POST /bookingBusinesses/{id}/customQuestions"), [true]);
    // Two lines of the method: which one the example shows is not known.
    assert_eq!(
        examples(
            "POST /bookingBusinesses/{id}/customQuestions\nPOST /solutions/bookingBusinesses/{id}/customQuestions"
        ),
        [false, false]
    );
}

#[test]
fn a_delta_s_state_tokens_an_example_passes_are_every_delta_line_s() {
    // beta's education category delta: examples of the first line pass `$skiptoken` and
    // `$deltatoken`; the second line, no example's, takes them too.
    let text = "---\ndoc_type: apiPageType\n---\n# educationCategory: delta\n\n## HTTP request\n```http\nGET /education/classes/{id}/assignmentCategories/delta\nGET /education/classes/{id}/assignments/{assignmentId}/categories/delta\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [educationCategory](../resources/educationcategory.md) objects in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"delta_1\" } -->\n```http\nGET https://graph.microsoft.com/beta/education/classes/1/assignmentCategories/delta?$skiptoken=abc\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.educationCategory\", \"isCollection\": true } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": []}\n```\n<!-- { \"blockType\": \"request\", \"name\": \"delta_2\" } -->\n```http\nGET https://graph.microsoft.com/beta/education/classes/1/assignmentCategories/delta?$deltatoken=def\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.educationCategory\", \"isCollection\": true } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": []}\n```\n";
    let out = extract(text);
    assert_eq!(out.operations.len(), 2);
    for o in &out.operations {
        let names: Vec<&str> = o.operation.parameters.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"$skiptoken") && names.contains(&"$deltatoken"), "{}: {names:?}", o.operation.path);
    }
}

#[test]
fn a_read_sending_its_function_s_arguments_as_a_body_passes_them() {
    // beta's range: usedRange: a "Request body" table on a GET page, the example sending
    // `{"valuesOnly": true}`: the call with the argument is a path beside the bare one.
    let text = "---\ndoc_type: apiPageType\n---\n# range: usedRange\n\n## HTTP request\n```http\nGET /me/drive/items/{id}/workbook/names/{name}/range/UsedRange\n```\n\n## Request body\n| Parameter | Type |Description|\n|:---|:---|:---|\n|valuesOnly|Boolean|Optional. Considers only cells with values as used cells.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [workbookRange](../resources/range.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"range_usedrange\" } -->\n```http\nGET https://graph.microsoft.com/beta/me/drive/items/1/workbook/names/n/range/UsedRange\nContent-type: application/json\n\n{\"valuesOnly\": true}\n```\n";
    let out = extract(text);
    let mut paths: Vec<&str> = out.operations.iter().map(|o| o.operation.path.as_str()).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/me/drive/items/{id}/workbook/names/{name}/range/UsedRange",
            "/me/drive/items/{id}/workbook/names/{name}/range/UsedRange(valuesOnly={valuesOnly})"
        ]
    );
}

#[test]
fn intune_sub_rows_labelling_groups_of_lines_give_each_group_its_scopes() {
    // beta's windowsDomainJoinConfiguration update: sub-rows "Device configuration" and
    // "Enrollment", the request lines under the same two labels.
    let page = |labels: bool| {
        let (a, b) = if labels { ("**Device configuration**\n\n", "**Enrollment**\n\n") } else { ("", "") };
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update windowsDomainJoinConfiguration\n\n## Prerequisites\n|Permission type|Permissions (from most to least privileged)|\n|:---|:---|\n|Delegated (work or school account)||\n| &nbsp; &nbsp; **Device configuration** | DeviceManagementConfiguration.ReadWrite.All |\n| &nbsp; &nbsp; **Enrollment** | DeviceManagementServiceConfig.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application||\n| &nbsp; &nbsp; **Device configuration** | DeviceManagementConfiguration.ReadWrite.All |\n| &nbsp; &nbsp; **Enrollment** | DeviceManagementServiceConfig.ReadWrite.All|\n\n## HTTP Request\n\n{a}```http\nPATCH /deviceManagement/deviceConfigurations/{{deviceConfigurationId}}\n```\n\n{b}```http\nPATCH /deviceManagement/windowsAutopilotDeviceIdentities/{{id}}/deploymentProfile/domainJoinConfiguration\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let scopes = |text: &str| -> Vec<(String, Vec<String>, Vec<String>)> {
        let mut v: Vec<_> = extract(text)
            .operations
            .iter()
            .map(|o| {
                let p = &o.operation.permissions;
                (o.operation.path.clone(), p.delegated_work.clone(), p.application.clone())
            })
            .collect();
        v.sort();
        v
    };
    let config = vec!["DeviceManagementConfiguration.ReadWrite.All".to_string()];
    let enrollment = vec!["DeviceManagementServiceConfig.ReadWrite.All".to_string()];
    let labelled = scopes(&page(true));
    assert_eq!(labelled[0].1, config, "{labelled:?}");
    assert_eq!(labelled[0].2, config, "{labelled:?}");
    assert_eq!(labelled[1].1, enrollment, "{labelled:?}");
    // Labels written with a colon, or with underscores, are labels too.
    let colon = page(true)
        .replace("**Enrollment**\n", "**Enrollment:**\n")
        .replace("**Device configuration**\n", "__Device configuration__:\n");
    assert_eq!(scopes(&colon), labelled, "{colon}");
    // A label spelled with a hyphen over the lines (beta's device category update: "**On-boarding**"
    // over the row "**Onboarding**") is the row's.
    let hyphen = page(true).replace("**Enrollment**\n\n", "**En-rollment**\n\n");
    assert!(hyphen.contains("**En-rollment**"));
    assert_eq!(scopes(&hyphen), labelled, "{hyphen}");
    // Without the labels over the lines, every line takes every row's.
    let unlabelled = scopes(&page(false));
    assert!(unlabelled.iter().all(|(_, d, _)| d.len() == 2), "{unlabelled:?}");
}

#[test]
fn an_example_calling_the_action_by_its_qualified_name_is_the_line_s() {
    // v1.0's call sendDtmfTones: the line writes `…/sendDtmfTones`, the example
    // `…/microsoft.graph.sendDtmfTones`; its response is the line's example.
    let text = "---\ndoc_type: apiPageType\n---\n# call: sendDtmfTones\n\n## HTTP request\n```http\nPOST /communications/calls/{id}/sendDtmfTones\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [sendDtmfTonesOperation](../resources/senddtmftonesoperation.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"send_dtmf_tones\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/communications/calls/1/microsoft.graph.sendDtmfTones\nContent-Type: application/json\n\n{\"tones\": [\"tone1\"]}\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.sendDtmfTonesOperation\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"status\": \"running\", \"id\": \"op1\"}\n```\n";
    let ops = extract(text).operations;
    let example = ops[0].operation.responses[0].body.as_ref().and_then(|b| b.example.clone());
    assert_eq!(example, Some(serde_json::json!({"status": "running", "id": "op1"})));
    // A cast the line writes qualified stays as written.
    assert_eq!(
        super::as_the_line_writes("/users/{id}/microsoft.graph.user", "/users/1/microsoft.graph.user"),
        "/users/1/microsoft.graph.user"
    );
    assert_eq!(super::as_the_line_writes("/calls/{id}/reject", "/calls/1/microsoft.graph.reject"), "/calls/1/reject");
    assert_eq!(super::as_the_line_writes("/calls/{id}/reject", "/calls/1/Microsoft.Graph.reject"), "/calls/1/reject");
    assert_eq!(
        super::as_the_line_writes(
            "/security/cases/ediscoveryCases/{id}/close",
            "/security/cases/ediscoveryCases/1/microsoft.graph.security.close"
        ),
        "/security/cases/ediscoveryCases/1/close"
    );
}

#[test]
fn lines_filtering_one_path_two_ways_keep_both_filters() {
    // beta's webinar registrations: `?$filter=userId eq '{userId}'` and `?$filter=email eq
    // '{email}'` on one path, and a table of `userId` and `email`: terms of the filter, both.
    let text = "---\ndoc_type: apiPageType\n---\n# List registrations\n\n## HTTP request\n```http\nGET /solutions/virtualEvents/webinars/{id}/registrations?$filter=userId eq '{userId}'\nGET /solutions/virtualEvents/webinars/{id}/registrations?$filter=email eq '{email}'\n```\n\n## Query parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|userId|String|The user's id.|\n|email|String|The user's email.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [virtualEventRegistration](../resources/virtualeventregistration.md) objects in the response body.\n";
    let ops = extract(text).operations;
    assert_eq!(ops.len(), 1);
    let params = &ops[0].operation.parameters;
    assert!(params.iter().all(|p| p.name != "email" && p.name != "userId"), "{params:?}");
    let filter = params.iter().find(|p| p.name == "$filter").expect("$filter");
    let said = filter.description.as_deref().unwrap_or_default();
    assert!(said.contains("userId eq '{userId}'") && said.contains("email eq '{email}'"), "{said}");
}

#[test]
fn options_required_where_written_are_required_on_the_lines_writing_them() {
    // beta's restore points: three options named, "The two query parameters are required", the
    // first line writing `$expand` and `$filter`; a second line writing neither needs neither.
    let text = "---\ndoc_type: apiPageType\n---\n# List restorePoints\n\n## HTTP request\n```http\nGET /solutions/backupRestore/restorePoints?$expand=protectionUnit&$filter=protectionDateTime lt {x}\nGET /solutions/backupRestore/protectionUnits/{id}/restorePoints\n```\n\n## Optional query parameters\nThis method supports the `$expand`, `$filter` and `orderBy` [OData query parameters](/graph/query-parameters).\n\nThe two query parameters are required.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [restorePoint](../resources/restorepoint.md) objects in the response body.\n";
    let ops = extract(text).operations;
    let required = |i: usize| {
        let mut r: Vec<String> = ops[i]
            .operation
            .parameters
            .iter()
            .filter(|p| p.required && p.name.starts_with('$'))
            .map(|p| p.name.clone())
            .collect();
        r.sort();
        r
    };
    assert_eq!(required(0), ["$expand", "$filter"]);
    assert!(required(1).is_empty(), "{:?}", required(1));
}

#[test]
fn each_value_lines_write_for_an_option_is_read_alone() {
    let page = |lead: &str, lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List containers\n\n{lead}\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [fileStorageContainer](../resources/filestoragecontainer.md) objects in the response body.\n"
        )
    };
    let filter = |text: &str| {
        extract(text).operations[0].operation.parameters.iter().find(|p| p.name == "$filter").cloned().expect("$filter")
    };
    // A term the second value compares: required as the first's would be.
    let two = "GET /storage/fileStorage/containers?$filter=containerTypeId eq {containerTypeId}\nGET /storage/fileStorage/containers?$filter=ownerId eq 'abc'";
    assert!(filter(&page("This method requires the `ownerId` parameter.", two)).required);
    // A bare placeholder among the values is not quoted as one the docs use.
    let shown =
        "GET /storage/fileStorage/containers?$filter={filter}\nGET /storage/fileStorage/containers?$filter=id eq {id}";
    let said = filter(&page("Lists containers.", shown)).description.unwrap_or_default();
    assert!(said.contains("`id eq {id}`") && !said.contains("{filter}"), "{said}");
}

#[test]
fn options_required_where_written_are_not_where_a_bare_line_shares_the_path() {
    let text = "---\ndoc_type: apiPageType\n---\n# List restorePoints\n\n## HTTP request\n```http\nGET /solutions/backupRestore/restorePoints\nGET /solutions/backupRestore/restorePoints?$expand=protectionUnit&$filter=protectionDateTime lt {x}\n```\n\n## Optional query parameters\nThis method supports the `$expand`, `$filter` and `orderBy` [OData query parameters](/graph/query-parameters).\n\nThe two query parameters are required.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [restorePoint](../resources/restorepoint.md) objects in the response body.\n";
    let ops = extract(text).operations;
    assert_eq!(ops.len(), 1);
    assert!(ops[0].operation.parameters.iter().all(|p| !p.required), "{:?}", ops[0].operation.parameters);
}

#[test]
fn a_create_sends_the_members_its_table_marks_required_of_the_linked_type() {
    // beta's remote network create: "supply a JSON representation of the [remoteNetwork] object",
    // rows marked "Required." one by one.
    let page = |method: &str, lead: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create remoteNetwork\n\n## HTTP request\n```http\n{method} /networkAccess/connectivity/remoteNetworks\n```\n\n## Request body\n{lead}\n\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|Name. Required.|\n|region|String|The region. Required.|\n|id|String|The identifier. Read-only. Required.|\n|version|String|The version.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [remoteNetwork](../resources/remotenetwork.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"create\" }} -->\n```http\n{method} https://graph.microsoft.com/beta/networkAccess/connectivity/remoteNetworks\nContent-Type: application/json\n\n{example}\n```\n"
        )
    };
    let linked = "In the request body, supply a JSON representation of the [remoteNetwork](../resources/remotenetwork.md) object.";
    let required = |text: String| {
        let out = extract(&text);
        let body = out.operations[0].operation.request_body.clone().expect("a body");
        assert!(matches!(body.shape, Shape::Type(TypeRef::Named(_))), "{:?}", body.shape);
        body.required_members
    };
    let both = "{\"name\": \"a\", \"region\": \"eastUS\"}";
    assert_eq!(required(page("POST", linked, both)), ["name", "region"]);
    // Not the read-only `id`, even where the example sends it.
    let with_id = "{\"id\": \"1\", \"name\": \"a\", \"region\": \"eastUS\"}";
    assert_eq!(required(page("POST", linked, with_id)), ["name", "region"], "not the read-only `id`");
    // An example sending only rows the table leaves unmarked shows a create without the others.
    assert!(required(page("POST", linked, "{\"version\": \"2\"}")).is_empty());
    // An example of another method (a `PATCH` on the page) says nothing of the create.
    let other = format!(
        "{}\n<!-- {{ \"blockType\": \"request\", \"name\": \"update\" }} -->\n```http\nPATCH https://graph.microsoft.com/beta/networkAccess/connectivity/remoteNetworks\nContent-Type: application/json\n\n{{\"name\": \"b\"}}\n```\n",
        page("POST", linked, both)
    );
    assert_eq!(required(other), ["name", "region"]);
    // A member an example of the create leaves out is not.
    assert_eq!(required(page("POST", linked, "{\"name\": \"a\"}")), ["name"]);
    // One it spells in another letter case it sends (beta's legal hold create: `displayname`).
    assert_eq!(required(page("POST", linked, "{\"name\": \"a\", \"Region\": \"b\"}")), ["name", "region"]);
    // Unless the example was cut down by hand (a trailing comma where members were taken out).
    assert_eq!(required(page("POST", linked, "{\"name\": \"a\",\n}")), ["name", "region"]);

    // An update sends what changes.
    assert!(required(page("PATCH", linked, both)).is_empty());
    // A sentence calling every row required (Intune's boilerplate) marks none of them.
    let all = format!(
        "{linked}\n\nThe following table shows the properties that are required when you create the remoteNetwork."
    );
    let unmarked = page("POST", &all, both)
        .replace("Name. Required.", "Name.")
        .replace("The region. Required.", "The region.")
        .replace("Read-only. Required.", "Read-only.");
    assert!(required(unmarked).is_empty());
    // A type named without a link (Intune's "supply a JSON representation for the
    // microsoftTunnelSite object"): the rows' own marks, whatever the sentence above them says
    // and beside a row calling itself optional.
    let named = "In the request body, supply a JSON representation for the remoteNetwork object.\n\nThe following table shows the properties that are required when you create the remoteNetwork.";
    let intune = page("POST", named, "{\"name\": \"a\", \"region\": \"eastUS\", \"version\": \"2\"}")
        .replace("Name. Required.", "Name. This property is required when a site is created.")
        .replace("The region. Required.", "The region (optional)")
        .replace("Read-only. Required.", "Read-only.");
    assert_eq!(required(intune), ["name"]);
    // Rows one of a pair ("Either this property or **version** is required.") beside unmarked rows
    // under the sentence (v1.0's role assignment create): the unmarked rows are required.
    let pair = page("POST", &all, "{\"name\": \"a\", \"region\": \"eastUS\", \"version\": \"2\"}")
        .replace("Name. Required.", "Name.")
        .replace("The region. Required.", "The region. Either this property or **version** is required.")
        .replace(
            "|version|String|The version.|",
            "|version|String|The version. Either this property or **region** is required.|",
        )
        .replace("Read-only. Required.", "Read-only.");
    assert_eq!(required(pair), ["name"]);
}

#[test]
fn an_id_after_a_plural_set_needs_no_agreeing_example() {
    // `lines::keys_written_bare` said its own example, `GET /directory/profiles/id`, becomes a
    // placeholder "only where the example agrees with the line"; `paths::bare_keys` now makes it
    // one on its own, and the function's case is an `id` after a segment that is no plural set.
    let text = |line: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get x\n\n## HTTP request\n```http\nGET {line}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0{example}\n```\n"
        )
    };
    let path = |line: &str, example: &str| extract(&text(line, example)).operations[0].operation.path.clone();
    assert_eq!(path("/directory/profiles/id", "/directory/settings/1"), "/directory/profiles/{id}");
    assert_eq!(path("/me/drive/root/children/id", "/me/drive/root/children/01BYE5RZ"), "/me/drive/root/children/{id}");
    assert_eq!(path("/me/drive/root/children/id", "/me/drive/items/01BYE5RZ"), "/me/drive/root/children/id");
}

#[test]
fn lines_under_a_sub_heading_calling_them_deprecated_are_deprecated() {
    // beta's checklistItem update: the baseTask lines under "### … baseTask (deprecated)".
    let text = "---\ndoc_type: apiPageType\n---\n# Update checklistItem\n\n## HTTP request\n```http\nPATCH /me/todo/lists/{listId}/tasks/{taskId}/checklistItems/{itemId}\n```\n\n### Update a checklistItem of a baseTask (deprecated)\n\n```http\nPATCH /me/tasks/lists/{baseTaskListId}/tasks/{baseTaskId}/checklistItems/{itemId}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let marks: Vec<(String, bool)> =
        extract(text).operations.iter().map(|o| (o.operation.path.clone(), o.operation.deprecated)).collect();
    assert_eq!(
        marks,
        [
            ("/me/todo/lists/{listId}/tasks/{taskId}/checklistItems/{itemId}".to_string(), false),
            ("/me/tasks/lists/{baseTaskListId}/tasks/{baseTaskId}/checklistItems/{itemId}".to_string(), true)
        ]
    );
}

#[test]
fn a_note_calling_a_path_deprecated_deprecates_its_lines() {
    // v1.0's call pages: "The `/app` path is deprecated. Going forward, use the
    // `/communications` path."
    let page = |note: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# call: sendDtmfTones\n\nSend DTMF tones.\n\n## HTTP request\n```http\nPOST /app/calls/{{id}}/sendDtmfTones\nPOST /communications/calls/{{id}}/sendDtmfTones\n```\n{note}\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let marks = |text: &str| {
        extract(text)
            .operations
            .iter()
            .map(|o| (o.operation.path.clone(), o.operation.deprecated, o.operation.id.clone()))
            .collect::<Vec<_>>()
    };
    let noted =
        marks(&page("> **Note:** The `/app` path is deprecated. Going forward, use the `/communications` path."));
    assert_eq!(noted.len(), 2, "{noted:?}");
    assert!(noted[0].1 && !noted[1].1, "{noted:?}");
    // The line that is not deprecated takes the page's own id.
    assert_eq!(noted[1].2, "call_send_dtmf_tones", "{noted:?}");
    assert_ne!(noted[0].2, noted[1].2);
    // The replacement a sentence names beside the deprecated path is not deprecated.
    for note in [
        "The `/app` path is deprecated; use the `/communications` path instead.",
        "The `/app` path is deprecated and replaced by the `/communications` path.",
        "Use `/communications` instead of the deprecated `/app` path.",
        "The `/app` and `/beta/app` paths are deprecated.",
        "Deprecated: `/app`.",
        "The following path is deprecated: `/app`.",
        "The `/app` path, which is deprecated, will be removed.",
        "The `/app` path is now deprecated.",
        // (beta's access package assignment requests: "… path will be retired soon. Use the … path instead.")
        "The `/app` path will be retired soon. Use the `/communications` path instead.",
    ] {
        let noted = marks(&page(note));
        assert!(noted[0].1 && !noted[1].1, "{note}: {noted:?}");
        assert_eq!(noted[1].2, "call_send_dtmf_tones", "{note}: {noted:?}");
    }
    for note in ["Use the non-deprecated `/communications` path.", "The `/communications` path is not deprecated."] {
        let noted = marks(&page(note));
        assert!(noted.iter().all(|(_, d, _)| !d), "{note}: {noted:?}");
    }
    let plain = marks(&page(""));
    assert!(plain.iter().all(|(_, d, _)| !d), "{plain:?}");
    assert_eq!(plain[0].2, "call_send_dtmf_tones", "{plain:?}");
    // A method named with the path marks that method's line only, not a path merely
    // beginning with the same letters, nor the replacement the next sentence names.
    let lines = "---\ndoc_type: apiPageType\n---\n# List deviceLocalCredentialInfo\n\nList them.\n\n## HTTP request\n```http\nGET /directory/deviceLocalCredentials\nGET /deviceLocalCredentials\nGET /deviceLocalCredentialsArchive\n```\n> The `GET /deviceLocalCredentials` endpoint will be deprecated on December 31, 2023. Use the `GET /directory/deviceLocalCredentials` endpoint instead.\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let marked: Vec<bool> = marks(lines).iter().map(|(_, d, _)| *d).collect();
    assert_eq!(marked, [false, true, false]);
    // A path no line begins with: the lines ending with it (beta's attendance report get).
    let tail = "---\ndoc_type: apiPageType\n---\n# Get meetingAttendanceReport\n\nGet it.\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{meetingId}/attendanceReports/{reportId}\nGET /me/onlineMeetings/{meetingId}/meetingAttendanceReport\n```\n> **Note:** The `/meetingAttendanceReport` path is deprecated. Going forward, use the `/attendanceReports` path.\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let marked: Vec<bool> = marks(tail).iter().map(|(_, d, _)| *d).collect();
    assert_eq!(marked, [false, true]);
    assert!(
        marks(&lines.replace("`GET /deviceLocalCredentials`", "`POST /deviceLocalCredentials`"))
            .iter()
            .all(|(_, d, _)| !d)
    );
}

#[test]
fn a_heading_whose_verb_the_method_contradicts_gives_way_to_the_front_matter_s_title() {
    // beta's industry data: "# Create sourceSystemDefinition" on the delete page, whose example
    // (named `create_…`) sends `DELETE`.
    let page = |front: &str| {
        format!(
            "---\ntitle: \"{front}\"\ndoc_type: apiPageType\n---\n# Create sourceSystemDefinition\n\n## HTTP request\n```http\nDELETE /external/industryData/sourceSystems/{{sourceSystemDefinitionId}}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let id = |front: &str| extract(&page(front)).operations.remove(0).operation.id;
    assert_eq!(id("Delete sourceSystemDefinition"), "delete_source_system_definition");
    // A front matter's title no better keeps the heading's.
    assert_eq!(id("Create sourceSystemDefinition"), "create_source_system_definition");
}

#[test]
fn a_value_named_like_a_default_is_no_default() {
    // beta's activity notifications: `activityType` beside "Optional." `chainId`.
    let page = |said: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# teamwork: sendActivityNotificationToRecipients\n\n## HTTP request\n```http\nPOST /teamwork/sendActivityNotificationToRecipients\n```\n\n## Request body\n|Parameter|Type|Description|\n|:---|:---|:---|\n|activityType|String|{said}|\n|chainId|Int64|Optional. The chain.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n"
        )
    };
    let required = |said: &str| {
        let op = extract(&page(said)).operations.remove(0).operation;
        match op.request_body.map(|b| b.shape) {
            Some(crate::model::Shape::Object(members)) => {
                members.iter().filter(|m| m.required).map(|m| m.name.clone()).collect::<Vec<_>>()
            }
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(
        required("The activity type, except for `systemDefault`, which provides free-form text."),
        ["activityType"]
    );
    assert!(required("The activity type. The default is `taskCreated`.").is_empty(), "a default named");
    assert!(required("The activity type; defaults to `taskCreated`.").is_empty(), "a default named");
}

#[test]
fn a_front_matter_title_naming_no_verb_does_not_agree() {
    // v1.0's teamsApp pages carry `title: "Permissions"`.
    let text = "---\ntitle: \"Permissions\"\ndoc_type: apiPageType\n---\n# Create teamsApp\n\n## HTTP request\n```http\nDELETE /appCatalogs/teamsApps/{id}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let id = extract(text).operations.remove(0).operation.id;
    assert_ne!(id, "permissions", "the front matter's title names no verb, so does not agree with DELETE");
}

#[test]
fn the_app_only_token_names_a_token_kind() {
    let table = crate::model::Permissions {
        delegated_work: vec!["Group.Read.All".into()],
        delegated_personal: Vec::new(),
        application: vec!["Group.Read.All".into()],
    };
    let note = "This API supports only the app-only access token.";
    let got = super::super::request::for_token_kind(table.clone(), "/groups/{id}/x", Some(note));
    assert!(got.delegated_work.is_empty(), "{got:?}");
}

// `GET /me` beside `GET /users/{id}` is the same user line.
#[test]
fn the_bare_me_line_is_a_user_s_line() {
    let text = "---\ndoc_type: apiPageType\n---\n# Get user\n\n## HTTP request\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /me\nGET /users/{id | userPrincipalName}\n```\n\n## Example\n### Request\n<!-- { \"blockType\": \"ignored\" } -->\n```msgraph-interactive\nGET /me\n```\n\n### Response\n<!-- { \"blockType\": \"response\", \"@type\": \"microsoft.graph.user\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"1\", \"displayName\": \"a\"}\n```\n";
    let out = extract(text);
    let bodies: Vec<bool> = out.operations.iter().map(|o| o.operation.responses[0].body.is_some()).collect();
    // `/me/manager` beside `/users/{id}/manager` gives both lines the body; `/me` gives neither.
    assert_eq!(bodies, [true, true]);
}

// "The app only" as an adverb is no token kind.
#[test]
fn the_app_only_reading_names_no_token_kind() {
    let table = crate::model::Permissions {
        delegated_work: vec!["Group.Read.All".into()],
        delegated_personal: Vec::new(),
        application: vec!["Group.Read.All".into()],
    };
    let note = "With delegated permissions, the app only reads the signed-in user's groups:";
    let got = super::super::request::for_token_kind(table, "/groups/{id}/x", Some(note));
    assert!(got.application.is_empty(), "only delegated named (as before the change): {got:?}");
}

// A PUT page's front matter "Replace shift" (v1.0 shift-put.md) under a copied heading.
#[test]
fn a_front_matter_title_replacing_agrees_with_put() {
    let text = "---\ntitle: \"Replace shift\"\ndoc_type: apiPageType\n---\n# Get shift\n\n## HTTP request\n```http\nPUT /teams/{teamId}/schedule/shifts/{shiftId}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let id = extract(text).operations.remove(0).operation.id;
    assert_eq!(id, "replace_shift", "a heading contradicting PUT, a title that agrees");
}

#[test]
fn an_example_writing_the_key_in_parentheses_is_the_line_s_own() {
    let example = |url: &str, name: &str| {
        format!(
            "<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nGET https://graph.microsoft.com/beta{url}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.campaign\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"id\": \"f1\", \"displayName\": \"{name}\"}}\n```\n"
        )
    };
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# Get campaign\n\n## HTTP request\n```http\nGET /security/campaigns/{{campaignId}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [campaign](../resources/campaign.md) object in the response body.\n\n## Examples\n### Example 1\n{}\n### Example 2\n{}",
        example("/security/campaigns('f1')", "get_campaign"),
        example("/security/campaigns('f1')/report", "get_report"),
    );
    let out = extract(&text);
    let body = out.operations[0].operation.responses[0].body.as_ref().unwrap();
    assert_eq!(body.example.as_ref().and_then(|e| e["displayName"].as_str()), Some("get_campaign"));
}

#[test]
fn a_key_in_parentheses_before_a_qualified_action_is_the_line_s_call() {
    // Each spelling alone is read (`trainingCampaigns('f1')`; `microsoft.graph.security.close`),
    // and so are the two together.
    let line = "/security/cases/ediscoveryCases/{ediscoveryCaseId}/close";
    assert!(example_of_line(line, "/security/cases/ediscoveryCases('b0073e4e')/close"));
    assert!(example_of_line(line, "/security/cases/ediscoveryCases/b0073e4e/microsoft.graph.security.close"));
    assert!(example_of_line(line, "/security/cases/ediscoveryCases('b0073e4e')/microsoft.graph.security.close"));
}

#[test]
fn keys_a_line_writes_in_parentheses_an_example_may_write_as_segments() {
    // beta's call transcripts: `GET /users({userId})/onlineMeetings({meetingId})/transcripts`, its
    // example `…/users/ba32/onlineMeetings/MSo1/transcripts`.
    let line = "/users({userId})/onlineMeetings({meetingId})/transcripts";
    assert!(example_of_line(line, "/users/ba32/onlineMeetings/MSo1/transcripts"));
    assert!(example_of_line(line, "/users(ba32)/onlineMeetings(MSo1)/transcripts"));
    assert!(!example_of_line(line, "/users/ba32/onlineMeetings/MSo1/recordings"));
    assert!(!example_of_line(line, "/users/ba32/onlineMeetings/transcripts"), "a key missing");
    assert!(example_of_line("/security/cases('{caseId}')/close", "/security/cases/b007/close"));
}

#[test]
fn examples_named_by_scenario_between_the_title_s_words_leave_the_title_s_name() {
    // beta's education submission resource get: examples `get_educationWordResource`,
    // `get_educationFileResource`, under "Get educationSubmissionResource".
    let example = |name: &str| {
        format!(
            "<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nGET https://graph.microsoft.com/beta/education/resources/1\n```\n"
        )
    };
    let page = |title: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nGET /education/resources/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Examples\n{}{}",
            example("get_educationWordResource"),
            example("get_educationFileResource")
        )
    };
    assert_eq!(operation_ids(&page("Get educationSubmissionResource")), ["get_education_submission_resource"]);
    // A title of other words: what the names share.
    assert_eq!(operation_ids(&page("Get resource")), ["get_education_resource"]);
}

#[test]
fn accepted_work_whose_example_writes_its_headers_as_json_answers_no_body() {
    // beta's eDiscovery search export: "HTTP/1.1 202 Accepted" over `{"content-length": "0", "location": …}`.
    let page = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# searches: exportResult\n\n## HTTP request\n```http\nPOST /searches/{{id}}/exportResult\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/searches/1/exportResult\n```\n\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 202 Accepted\n{body}\n```\n"
        )
    };
    let body = |text: String| extract(&text).operations.remove(0).operation.responses.remove(0).body;
    let headers = r#"{"cache-control": "no-store", "content-length": "0", "location": "https://graph.microsoft.com/beta/operations/1"}"#;
    assert!(body(page(headers)).is_none());
    // A body of its own stays.
    assert!(body(page(r#"{"id": "1", "status": "running"}"#)).is_some());
}

#[test]
fn what_a_list_s_example_names_share_is_the_list_s_name() {
    // v1.0's service update message attachments: "List attachments", examples named
    // `list_serviceannouncementattachment_getallattachments` and `…_inzip`.
    let text = "---\ndoc_type: apiPageType\n---\n# List attachments\n\n## HTTP request\n```http\nGET /admin/serviceAnnouncement/messages/{serviceUpdateMessageId}/attachments\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [serviceAnnouncementAttachment](../resources/serviceannouncementattachment.md) objects in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"list_serviceannouncementattachment_getallattachments\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/messages/MC1/attachments\n```\n<!-- { \"blockType\": \"request\", \"name\": \"list_serviceannouncementattachment_inzip\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/messages/MC1/attachments\n```\n";
    let ids: Vec<String> = extract(text).operations.into_iter().map(|o| o.operation.id).collect();
    assert_eq!(ids, ["list_service_announcement_attachments"]);
}

#[test]
fn an_option_an_example_passes_is_every_line_s_that_addresses_the_same_thing() {
    // v1.0's chat get: `/me/chats/{id}`, `/users/{id}/chats/{id}` and `/chats/{id}`, whose
    // example passes `$expand=members`; not the page's other line (`…/members`).
    let text = "---\ndoc_type: apiPageType\n---\n# Get chat\n\n## HTTP request\n```http\nGET /me/chats/{chat-id}\nGET /users/{user-id}/chats/{chat-id}\nGET /chats/{chat-id}\nGET /chats/{chat-id}/members\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [chat](../resources/chat.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_chat\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/chats/19:8b081ef6@thread.v2?$expand=members\n```\n";
    let expands: Vec<(String, bool)> = extract(text)
        .operations
        .into_iter()
        .map(|o| (o.operation.path.clone(), o.operation.parameters.iter().any(|p| p.name == "$expand")))
        .collect();
    assert_eq!(
        expands,
        [
            ("/me/chats/{chat-id}".to_string(), true),
            ("/users/{user-id}/chats/{chat-id}".to_string(), true),
            ("/chats/{chat-id}".to_string(), true),
            ("/chats/{chat-id}/members".to_string(), false),
        ]
    );
    // beta's education assignments list: the signed-in user's set and another's, the example on
    // the other's (`…/users/80ce…/assignments?expand=submissions`).
    let text = "---\ndoc_type: apiPageType\n---\n# List assignments\n\n## HTTP request\n```http\nGET /education/me/assignments\nGET /education/users/{user-id}/assignments\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [educationAssignment](../resources/educationassignment.md) objects in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"list_assignments\" } -->\n```http\nGET https://graph.microsoft.com/beta/education/users/80cefd93/assignments?$expand=submissions\n```\n";
    let expanded = extract(text)
        .operations
        .into_iter()
        .filter(|o| o.operation.parameters.iter().any(|p| p.name == "$expand"))
        .count();
    assert_eq!(expanded, 2);
}

#[test]
fn a_head_answers_no_body() {
    // beta's older drive item get: `HEAD /me/drive/root` beside the `GET` lines, "HEAD requests will
    // only return the corresponding GET request's headers", its example annotated with the item.
    let text = "---\ndoc_type: apiPageType\n---\n# Get item\n\n## HTTP request\n```http\nGET /me/drive/root\nHEAD /me/drive/root\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [driveItem](../resources/driveitem.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"head_root\" } -->\n```http\nHEAD https://graph.microsoft.com/beta/me/drive/root\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.driveItem\" } -->\n```http\nHTTP/1.1 200 OK\n```\n";
    let ops = extract(text).operations;
    let bodies: Vec<(Method, bool)> =
        ops.iter().map(|o| (o.operation.method, o.operation.responses[0].body.is_some())).collect();
    assert_eq!(bodies, [(Method::Get, true), (Method::Head, false)]);
}

#[test]
fn a_line_missing_its_root_is_read_under_the_one_its_examples_write() {
    // beta's synchronization profile delete: `DELETE /synchronizationProfiles/{id}` over an example
    // of `…/beta/education/synchronizationProfiles/{id}`.
    let page = |line: &str, example: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Delete profile\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"delete_profile\" }} -->\n```http\n{example}\n```\n"
        )
    };
    let read = |line: &str, example: &str| {
        let mut diags = Vec::new();
        let text = page(line, example);
        let source = crate::source::SourceFile::new("api/x.md", text.as_str());
        let page = crate::page::Page::parse(crate::FileId(0), &source, &mut diags);
        let out = extract_api_page(&page, &mut diags);
        let paths: Vec<String> = out.operations.iter().map(|o| o.operation.path.clone()).collect();
        (paths, diags.iter().filter(|d| d.code == crate::codes::BAD_PATH).count())
    };
    let example = "DELETE https://graph.microsoft.com/beta/education/synchronizationProfiles/{id}";
    assert_eq!(
        read("DELETE /synchronizationProfiles/{id}", example),
        (vec!["/education/synchronizationProfiles/{id}".to_string()], 1)
    );
    // Written whole: as written, no warning.
    assert_eq!(
        read("DELETE /education/synchronizationProfiles/{id}", example),
        (vec!["/education/synchronizationProfiles/{id}".to_string()], 0)
    );
    // Not a line of the signed-in user's drive beside an example on `/me` (`/drive` is a root too),
    // nor a version written into the example's path.
    let me = "DELETE https://graph.microsoft.com/v1.0/me/drive/items/1";
    assert_eq!(read("DELETE /drive/items/{id}", me), (vec!["/drive/items/{id}".to_string()], 0));
    let versioned = "DELETE https://graph.microsoft.com/v1/reports/x/1";
    assert_eq!(read("DELETE /reports/x/{id}", versioned), (vec!["/reports/x/{id}".to_string()], 0));
    // Nor under a made-up service root (`…/localtest/me/activities/{id}`).
    let test_root = "DELETE https://graph.microsoft.com/localtest/me/activities/1";
    assert_eq!(read("DELETE /me/activities/{id}", test_root), (vec!["/me/activities/{id}".to_string()], 0));
}

#[test]
fn an_example_of_another_url_does_not_make_a_list_one_object() {
    // beta's "List sharedWithMe": the line's own example request is a snippet; the page's one
    // request example reads a remote item's metadata (`/drives/{id}/items/{id}`), answering one.
    let page = |url: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List sharedWithMe\n\n## HTTP request\n```http\nGET /me/drive/sharedWithMe\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [driveItem](../resources/driveitem.md) objects in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_remote\" }} -->\n```http\nGET https://graph.microsoft.com/beta{url}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.driveItem\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"id\": \"987def!654\", \"name\": \"March Proposal.docx\"}}\n```\n"
        )
    };
    let shape =
        |url: &str| extract(&page(url)).operations[0].operation.responses[0].body.clone().expect("a body").shape;
    assert!(
        matches!(shape("/drives/987def/items/987def!654"), Shape::CollectionPage(_)),
        "{:?}",
        shape("/drives/987def/items/987def!654")
    );
    // The line's own example answering one object still makes it one.
    assert!(matches!(shape("/me/drive/sharedWithMe"), Shape::Type(_)), "{:?}", shape("/me/drive/sharedWithMe"));
}

#[test]
fn a_later_request_section_reading_something_else_takes_only_the_options_it_writes() {
    // beta's "List thumbnails": its query table documents the first section's lines; "Getting
    // thumbnails while listing driveItems" writes `GET …/children?$expand=thumbnails`.
    let text = "---\ndoc_type: apiPageType\n---\n# List thumbnails\n\n## HTTP request\n```http\nGET /me/drive/items/{item-id}/thumbnails\n```\n\n## Optional query parameters\n|Name|Value|Description|\n|:---|:---|:---|\n|originalOrientation|boolean|The original orientation.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [thumbnailSet](../resources/thumbnailset.md) objects in the response body.\n\n## Get a single thumbnail\n\n### HTTP request\n```http\nGET /me/drive/items/{item-id}/thumbnails/{thumb-id}/{size}\n```\n\n## Getting thumbnails while listing driveItems\n\n### HTTP request\n```http\nGET /me/drive/items/{item-id}/children?$expand=thumbnails\n```\n";
    let ops = |text: &str| -> Vec<(String, bool)> {
        extract(text)
            .operations
            .into_iter()
            .map(|o| (o.operation.path.clone(), o.operation.parameters.iter().any(|p| p.name == "originalOrientation")))
            .collect()
    };
    let thumbnails = [
        ("/me/drive/items/{item-id}/thumbnails".to_string(), true),
        ("/me/drive/items/{item-id}/thumbnails/{thumb-id}/{size}".to_string(), true),
    ];
    // The children listed with their thumbnails expanded: the children list's operation, left to its page.
    assert_eq!(ops(text), thumbnails);
    // A line reading something else with other options takes only those.
    let other = text.replace("children?$expand=thumbnails", "children?$expand=fields");
    let mut with_children = thumbnails.to_vec();
    with_children.push(("/me/drive/items/{item-id}/children".to_string(), false));
    assert_eq!(ops(&other), with_children);
}

#[test]
fn scenario_sections_of_one_operation_keep_the_query_table() {
    // v1.0's "Get Drive" shape: one "HTTP request" section per owner (`/me/drive`, a user's, a
    // group's), all reading the same drive; a query table documents them all.
    let text = "---\ndoc_type: apiPageType\n---\n# Get Drive\n\n## Get current user's OneDrive\n\n### HTTP request\n```http\nGET /me/drive\n```\n\n## Get a user's OneDrive\n\n### HTTP request\n```http\nGET /users/{idOrUserPrincipalName}/drive\n```\n\n## Get the document library associated with a group\n\n### HTTP request\n```http\nGET /groups/{groupId}/drive\n```\n\n## Optional query parameters\n|Name|Value|Description|\n|:---|:---|:---|\n|includeQuota|boolean|Include the quota.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [drive](../resources/drive.md) object in the response body.\n";
    let ops: Vec<(String, bool)> = extract(text)
        .operations
        .into_iter()
        .map(|o| (o.operation.path.clone(), o.operation.parameters.iter().any(|p| p.name == "includeQuota")))
        .collect();
    assert!(ops.iter().all(|(_, has)| *has), "{ops:?}");
}

#[test]
fn a_later_line_under_a_first_line_spelled_otherwise_keeps_the_query_table() {
    // The thumbnails page's shape, the later section writing the item's key `{itemId}` where the
    // first writes `{item-id}`: still a line under the first line's path.
    let text = "---\ndoc_type: apiPageType\n---\n# List thumbnails\n\n## HTTP request\n```http\nGET /me/drive/items/{item-id}/thumbnails\n```\n\n## Optional query parameters\n|Name|Value|Description|\n|:---|:---|:---|\n|originalOrientation|boolean|The original orientation.|\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [thumbnailSet](../resources/thumbnailset.md) objects in the response body.\n\n## Get a single thumbnail\n\n### HTTP request\n```http\nGET /me/drive/items/{itemId}/thumbnails/{thumb-id}/{size}\n```\n";
    let ops: Vec<(String, bool)> = extract(text)
        .operations
        .into_iter()
        .map(|o| (o.operation.path.clone(), o.operation.parameters.iter().any(|p| p.name == "originalOrientation")))
        .collect();
    assert!(ops.iter().all(|(_, has)| *has), "{ops:?}");
}

#[test]
fn odata_type_when_updating_the_page_s_own_type() {
    let page = |title: &str, line: &str, sentence: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPATCH {line}\n```\n\n## Request body\n{sentence}\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let odata_type = |text: String| -> Option<bool> {
        let out = extract(&text);
        let body = out.operations[0].operation.request_body.clone().expect("a body");
        match &body.shape {
            Shape::Object(props) => props.iter().find(|p| p.name == "@odata.type").map(|p| p.required),
            // A linked type: the demand is a required member of the body.
            _ => Some(body.required_members.iter().any(|m| m == "@odata.type")),
        }
    };
    // Real (beta's custom authentication extension update, round 337): the page's own type,
    // linked and followed by "object". Expected: a demand.
    let own = page(
        "Update customAuthenticationExtension",
        "/identity/customAuthenticationExtensions/{id}",
        "You must specify the `@odata.type` property when updating a [customAuthenticationExtension](../resources/customauthenticationextension.md) object.",
    );
    let own = odata_type(own);
    // A base type's update naming one kind: a condition on some updates, not a demand of all.
    let kind = page(
        "Update user",
        "/users/{id}",
        "You must specify the **@odata.type** as `#microsoft.graph.agentUser` in the request body when updating an agentUser.",
    );
    let kind = odata_type(kind);
    assert_eq!(own, Some(true), "the own type's update");
    assert_ne!(kind, Some(true), "a base's update naming a kind");
}

#[test]
fn a_deprecated_list_page_is_named_as_the_list() {
    let page = |title: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nGET /me/outlook/tasks/{{id}}/attachments\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [attachment](../resources/attachment.md) objects in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_outlooktaskattachment\" }} -->\n```http\nGET https://graph.microsoft.com/beta/me/outlook/tasks/AAMkADA1/attachments\n```\n"
        )
    };
    let id = |title: &str| extract(&page(title)).operations[0].operation.id.clone();
    assert_eq!(id("List attachments (deprecated)"), id("List attachments"));
}

#[test]
fn an_example_of_the_same_key_by_another_root_is_of_a_line() {
    // The line `/identityGovernance/termsOfUse/agreements/{id}`, its example calling the same
    // agreement at beta's `/agreements/{id}` root (as round 428's `…/file` pages do), the prose
    // copied from the list ("a collection of"), the example answering one object.
    let page = |url: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get agreement\n\n## HTTP request\n```http\nGET /identityGovernance/termsOfUse/agreements/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [agreement](../resources/agreement.md) objects in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_agreement\" }} -->\n```http\nGET https://graph.microsoft.com/beta{url}\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.agreement\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"id\": \"0ec9f6a6\", \"displayName\": \"Contoso ToU\"}}\n```\n"
        )
    };
    let shape = |url: &str| {
        let s = extract(&page(url)).operations[0].operation.responses[0].body.clone().expect("a body").shape;
        format!("{s:?}")
    };
    assert_eq!(
        shape("/agreements/0ec9f6a6-159d-4dd8-a563-1f0b5935e80b"),
        shape("/identityGovernance/termsOfUse/agreements/0ec9f6a6-159d-4dd8-a563-1f0b5935e80b")
    );
}

#[test]
fn a_member_the_request_body_section_demands_is_required_in_the_body_an_example_shows() {
    // v1.0's setReaction: no table, "In the request body, supply the **reactionType** as unicode.",
    // the example sending `{"reactionType": "💘"}`.
    let page = |said: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# chatMessage: setReaction\n\n## HTTP request\n```http\nPOST /chats/{{chatsId}}/messages/{{chatMessageId}}/setReaction\n```\n\n## Request body\n{said}\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"set_reaction\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/chats/19:1/messages/1/setReaction\nContent-Type: application/json\n\n{{\"reactionType\": \"💘\", \"note\": \"x\"}}\n```\n"
        )
    };
    let required = |said: &str| {
        let body = extract(&page(said)).operations.remove(0).operation.request_body.expect("a body");
        let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
        members.into_iter().filter(|m| m.required).map(|m| m.name).collect::<Vec<_>>()
    };
    assert_eq!(required("In the request body, supply the **reactionType** as unicode."), ["reactionType"]);
    assert!(required("You can supply the **reactionType** as unicode.").is_empty());
}

/// An object (`{"@odata.id": …}`) or `null` sent under a `…@odata.bind` key is no URL: no `String`
/// member, which a client could not send as shown.
#[test]
fn a_binding_whose_value_is_no_url_is_not_a_string() {
    let page = |value: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Add tab\n\n## HTTP request\n```http\nPOST /chats/{{chat-id}}/tabs\n```\n\n## Request body\nIn the request body, supply the tab.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"add_tab\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/chats/19:1/tabs\nContent-Type: application/json\n\n{{\"displayName\": \"Web\", \"teamsApp@odata.bind\": {value}}}\n```\n"
        )
    };
    for value in [r#"{"@odata.id": "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/web"}"#, "null"] {
        let body = extract(&page(value)).operations.remove(0).operation.request_body.expect("a body");
        let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
        let bound = members.iter().find(|m| m.name == "teamsApp@odata.bind");
        assert!(
            bound.is_none_or(|m| m.ty != TypeRef::Primitive(Primitive::String)),
            "{value}: {:?}",
            bound.map(|m| &m.ty)
        );
    }
}

/// A member the section demands of a body its example shows is not required where an example of
/// the method leaves it out, as a table's row is not (`json_body`: "elsewhere nothing a request
/// example leaves out").
#[test]
fn a_demanded_member_an_example_leaves_out_is_not_required() {
    let text = "---\ndoc_type: apiPageType\n---\n# chatMessage: setReaction\n\n## HTTP request\n```http\nPOST /chats/{chatsId}/messages/{chatMessageId}/setReaction\n```\n\n## Request body\nIn the request body, supply the **reactionType** as unicode.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n### Example 1\n<!-- { \"blockType\": \"request\", \"name\": \"set_reaction\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/chats/19:1/messages/1/setReaction\nContent-Type: application/json\n\n{\"reactionType\": \"💘\", \"note\": \"x\"}\n```\n\n### Example 2\n<!-- { \"blockType\": \"request\", \"name\": \"set_reaction_2\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/chats/19:1/messages/1/setReaction\nContent-Type: application/json\n\n{\"note\": \"y\"}\n```\n";
    let body = extract(text).operations.remove(0).operation.request_body.expect("a body");
    let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
    let required: Vec<&str> = members.iter().filter(|m| m.required).map(|m| m.name.as_str()).collect();
    assert!(required.is_empty(), "{required:?}");
}

/// Two examples writing a binding's key in other letter cases (`teamsApp@odata.bind`,
/// `TeamsApp@odata.bind`) give one member: two would be one Rust field (`teams_app_odata_bind`),
/// and the generated client would not compile (E0124, E0062).
#[test]
fn bindings_differing_in_case_are_one_member() {
    let example = |name: &str, key: &str| {
        format!(
            "<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/teams/1/channels/2/tabs\nContent-Type: application/json\n\n{{\"displayName\": \"Web\", \"{key}\": \"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/web\"}}\n```\n"
        )
    };
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# Add tab to channel\n\n## HTTP request\n```http\nPOST /teams/{{team-id}}/channels/{{channel-id}}/tabs\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [teamsTab](../resources/teamstab.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [teamsTab](../resources/teamstab.md) object in the response body.\n\n## Examples\n### Example 1\n{}\n### Example 2\n{}",
        example("add_tab", "teamsApp@odata.bind"),
        example("add_tab_2", "TeamsApp@odata.bind")
    );
    let body = extract(&text).operations.remove(0).operation.request_body.expect("a body");
    let names: Vec<&str> = body.bound.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn example_names_sharing_scenario_words_past_a_connective_keep_no_common_ending() {
    // v1.0's custom authentication extension create, in a version showing two of its three
    // scenarios: the names share `…_on_attribute_collection` and end alike; both are scenarios.
    let example = |name: &str| {
        format!(
            "### {name}\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/identity/customAuthenticationExtensions\n```\n\n"
        )
    };
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# Create customAuthenticationExtension\n\n## HTTP request\n```http\nPOST /identity/customAuthenticationExtensions\n```\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [customAuthenticationExtension](../resources/customauthenticationextension.md) object in the response body.\n\n## Examples\n{}{}",
        example("create_customauthenticationextension_onAttributeCollectionStartCustomExtension"),
        example("create_customauthenticationextension_onAttributeCollectionSubmitCustomExtension"),
    );
    assert_eq!(operation_ids(&text), ["create_custom_authentication_extension"]);
}

#[test]
fn a_deprecated_list_goes_on_past_an_item_s_replacement() {
    // "Deprecated:" lists giving each item its replacement: the list does not end at the first
    // replacement; `/applications` is listed too.
    let text = "---\ndoc_type: apiPageType\n---\n# call: sendDtmfTones\n\nSend DTMF tones.\n\n## HTTP request\n```http\nPOST /app/calls/{id}/sendDtmfTones\nPOST /communications/calls/{id}/sendDtmfTones\nPOST /applications/{id}/calls/{callId}/sendDtmfTones\n```\n> The following paths are deprecated: `/app` (use `/communications` instead) and `/applications` (use `/communications` instead).\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let marked: Vec<bool> = extract(text).operations.iter().map(|o| o.operation.deprecated).collect();
    assert_eq!(marked, [true, false, true]);
}

#[test]
fn a_deprecated_path_s_last_segments_cover_lines_whatever_their_keys_are_named() {
    // As the attendance report's "The `/meetingAttendanceReport` path is deprecated.", the note
    // naming the segments with a key (`{id}`) that the lines name `{meetingId}`.
    let text = "---\ndoc_type: apiPageType\n---\n# Get meetingAttendanceReport\n\nGet it.\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{meetingId}/attendanceReports/{reportId}\nGET /me/onlineMeetings/{meetingId}/meetingAttendanceReport\n```\n> **Note:** The `/onlineMeetings/{id}/meetingAttendanceReport` path is deprecated. Going forward, use the `/attendanceReports` path.\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let marked: Vec<bool> = extract(text).operations.iter().map(|o| o.operation.deprecated).collect();
    assert_eq!(marked, [false, true]);
}

/// A page of `title` writing `POST {line}`, with examples named `names` posting to `example_path`.
fn page_with_examples(title: &str, line: &str, example_path: &str, names: &[&str]) -> String {
    let examples: String = names
        .iter()
        .map(|name| {
            format!(
                "### {name}\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0{example_path}\n```\n\n"
            )
        })
        .collect();
    format!(
        "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST {line}\n```\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Examples\n{examples}"
    )
}

#[test]
fn example_names_keep_a_connective_the_title_says_before_the_scenario_s() {
    // The names share the title's words, its connective too (`add_tab_to_channel`), and then
    // differ between a second connective and a common ending: the scenario starts at the second.
    let tabs = page_with_examples(
        "Add tab to channel",
        "/teams/{id}/channels/{id}/tabs",
        "/teams/x/channels/y/tabs",
        &["add_tab_to_channel_with_website_tab", "add_tab_to_channel_with_wiki_tab"],
    );
    let messages = page_with_examples(
        "Create chatMessage in a channel",
        "/teams/{team-id}/channels/{channel-id}/messages",
        "/teams/x/channels/y/messages",
        &["create_chatmessage_in_channel_with_file_attachment", "create_chatmessage_in_channel_with_card_attachment"],
    );
    assert_eq!(
        [operation_ids(&tabs), operation_ids(&messages)],
        [["add_tab_to_channel"], ["create_chat_message_in_channel"]]
    );
}

#[test]
fn example_names_sharing_scenario_words_past_a_connective_without_a_common_ending_keep_none() {
    // As `example_names_sharing_scenario_words_past_a_connective_keep_no_common_ending`, the names
    // without the common `CustomExtension` ending: the same scenarios, the same id.
    let text = page_with_examples(
        "Create customAuthenticationExtension",
        "/identity/customAuthenticationExtensions",
        "/identity/customAuthenticationExtensions",
        &[
            "create_customauthenticationextension_onAttributeCollectionStart",
            "create_customauthenticationextension_onAttributeCollectionSubmit",
        ],
    );
    assert_eq!(operation_ids(&text), ["create_custom_authentication_extension"]);
}

#[test]
fn a_query_parameter_the_lines_write_true_is_a_boolean() {
    // beta's child folders list: "specify the `includeHiddenFolders` query parameter as `true`" beside
    // `…/childFolders?includeHiddenFolders=true`; another written with a word stays a string.
    let text = "---\ndoc_type: apiPageType\n---\n# List childFolders\n\n## HTTP request\n```http\nGET /me/mailFolders/{id}/childFolders\nGET /me/mailFolders/{id}/childFolders?includeHiddenFolders=true\nGET /me/mailFolders/{id}/childFolders?view=compact\n```\n\n## Optional query parameters\nTo return hidden folders too, specify the `includeHiddenFolders` query parameter as `true`.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [mailFolder](../resources/mailfolder.md) objects in the response body.\n";
    let out = extract(text);
    let params: Vec<(String, TypeRef)> = out
        .operations
        .iter()
        .flat_map(|o| &o.operation.parameters)
        .filter(|p| p.location == ParamLocation::Query && !p.name.starts_with('$'))
        .map(|p| (p.name.clone(), p.ty.clone()))
        .collect();
    assert!(
        params.iter().any(|(n, t)| n == "includeHiddenFolders" && *t == TypeRef::Primitive(Primitive::Boolean)),
        "{params:?}"
    );
    assert!(params.iter().any(|(n, t)| n == "view" && *t == TypeRef::Primitive(Primitive::String)), "{params:?}");
}

#[test]
fn lines_reading_one_set_through_casts_are_each_named_for_their_cast() {
    // v1.0's deleted items list: three casts of one set, the set itself no line; the first line is
    // named for its cast as the others are, not for the untyped list the page says is unsupported.
    let text = "---\ndoc_type: apiPageType\n---\n# List deleted items\n\n## HTTP request\n```http\nGET /directory/deletedItems/microsoft.graph.application\nGET /directory/deletedItems/microsoft.graph.group\nGET /directory/deletedItems/microsoft.graph.user\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [directoryObject](../resources/directoryobject.md) objects in the response body.\n";
    assert_eq!(
        operation_ids(text),
        ["list_deleted_items_application", "list_deleted_items_group", "list_deleted_items_user"]
    );
    // Beside the set's own line, the set keeps the page's name.
    let with_set =
        text.replace("GET /directory/deletedItems/microsoft.graph.application\n", "GET /directory/deletedItems\n");
    assert_eq!(operation_ids(&with_set)[0], "list_deleted_items");
}

#[test]
fn a_line_reading_another_resource_to_expand_what_the_page_reads_is_left_to_that_resource() {
    // beta's retention label get: the label by path, and the item read with the label expanded,
    // which answers the item (its own operation), not the label.
    let text = "---\ndoc_type: apiPageType\n---\n# Get retentionLabel\n\n## HTTP request\n```http\nGET /drives/{drive-id}/items/{item-id}/retentionLabel\nGET /drives/{drive-id}/items/{item-id}?$expand=retentionLabel\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [itemRetentionLabel](../resources/itemretentionlabel.md) object in the response body.\n";
    let paths =
        |text: &str| -> Vec<String> { extract(text).operations.iter().map(|o| o.operation.path.clone()).collect() };
    assert_eq!(paths(text), ["/drives/{drive-id}/items/{item-id}/retentionLabel"]);
    // Another option name, or the page's own set filtered, stays.
    let other = text.replace("?$expand=retentionLabel", "?$expand=fields");
    assert_eq!(paths(&other).len(), 2);
    let own = text.replace("{item-id}?$expand=retentionLabel", "{item-id}/retentionLabel?$expand=retentionLabel");
    assert_eq!(paths(&own).len(), 1);
    // A page whose every line expands (the extended-property pages) keeps them: nothing else documents its request.
    let all = text.replace("GET /drives/{drive-id}/items/{item-id}/retentionLabel\n", "");
    assert_eq!(paths(&all), ["/drives/{drive-id}/items/{item-id}"]);
}

#[test]
fn a_misspelled_example_name_of_one_long_word_gives_way_to_the_title() {
    // v1.0's booking business update names its example `bookingbusinesupdate`.
    let page = |name: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update bookingBusiness\n\n## HTTP request\n```http\nPATCH /solutions/bookingBusinesses/{{id}}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nPATCH https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/x\n```\n"
        )
    };
    assert_eq!(operation_ids(&page("bookingbusinesupdate")), ["update_booking_business"]);
    // Known words run together are split, and kept.
    assert_eq!(operation_ids(&page("bookingbusinessupdate")), ["booking_business_update"]);
}

#[test]
fn a_stem_several_example_names_share_short_of_what_the_path_addresses_gives_way_to_the_title() {
    // v1.0's installed app get: `get_installed_teams_apps` and `get_installedApps_in_team_…` share `get_installed`.
    let text = "---\ndoc_type: apiPageType\n---\n# Get installed app in team\n\n## HTTP request\n```http\nGET /teams/{team-id}/installedApps/{app-installation-id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get_installed_teams_apps\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/teams/1/installedApps/2\n```\n<!-- { \"blockType\": \"request\", \"name\": \"get_installedApps_in_team_select\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/teams/1/installedApps/2?$select=id\n```\n";
    assert_eq!(operation_ids(text), ["get_installed_app_in_team"]);
}

#[test]
fn an_example_name_adding_a_scenario_to_the_title_s_id_is_the_title_s() {
    // v1.0's Cloud PC get: its one example is `get_cloudpc_default_properties`.
    let page = |name: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get cloudPC\n\n## HTTP request\n```http\nGET /deviceManagement/virtualEndpoint/cloudPCs/{{cloudPCId}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/deviceManagement/virtualEndpoint/cloudPCs/1\n```\n"
        )
    };
    assert_eq!(operation_ids(&page("get_cloudpc_default_properties")), ["get_cloud_pc"]);
    // Words the paths say, and the docs' "from the parent", stay.
    assert_eq!(operation_ids(&page("get_cloudpc_virtual_endpoint")), ["get_cloud_pc_virtual_endpoint"]);
    assert_eq!(operation_ids(&page("get_cloudpc_from_root")), ["get_cloud_pc_from_root"]);
}

#[test]
fn a_line_left_to_the_resource_it_expands_takes_its_example_with_it() {
    // The retention label page whose one example reads the item with the label expanded: that
    // example answers the item (the dropped line), not the label the kept line reads.
    let text = "---\ndoc_type: apiPageType\n---\n# Get retentionLabel\n\n## HTTP request\n```http\nGET /drives/{drive-id}/items/{item-id}/retentionLabel\nGET /drives/{drive-id}/items/{item-id}?$expand=retentionLabel\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [itemRetentionLabel](../resources/itemretentionlabel.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get_retentionlabel_expand\" } -->\n```http\nGET https://graph.microsoft.com/beta/drives/b!1/items/01?$expand=retentionLabel\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.driveItem\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"01\", \"name\": \"a.docx\", \"retentionLabel\": {\"name\": \"Retain\"}}\n```\n";
    let out = extract(text);
    let paths: Vec<&str> = out.operations.iter().map(|o| o.operation.path.as_str()).collect();
    assert_eq!(paths, ["/drives/{drive-id}/items/{item-id}/retentionLabel"]);
    let example = out.operations[0].operation.responses[0].body.as_ref().and_then(|b| b.example.clone());
    assert_eq!(example, None, "the driveItem the dropped line answers is no example of the label");
}

#[test]
fn an_optional_include_of_the_odata_type_after_a_clause_demands_nothing() {
    // The clause-start rule (", include") reads "Optionally, include …" as a demand, though the
    // sentence calls the member optional (as "Optionally, use `@odata.type` …" is not one).
    let text = "---\ndoc_type: apiPageType\n---\n# Update webApplicationFirewallProvider\n\n## HTTP request\n```http\nPATCH /identity/riskPrevention/webApplicationFirewallProviders/{id}\n```\n\n## Request body\nOptionally, include `\"@odata.type\": \"#microsoft.graph.akamaiWebApplicationFirewallProvider\"` to change the provider's kind.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The name. Required.|\n|zoneId|String|The zone. Optional.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let out = extract(text);
    let Some(Body { shape: Shape::Object(props), .. }) = &out.operations[0].operation.request_body else {
        panic!("a table body")
    };
    let members: Vec<(String, bool)> = props.iter().map(|p| (p.name.clone(), p.required)).collect();
    assert!(members.iter().all(|(n, r)| n != "@odata.type" || !r), "{members:?}");
}

/// The members of the first operation's inline request body: name and whether required.
fn body_members(text: &str) -> Vec<(String, bool)> {
    let out = extract(text);
    let body = out.operations[0].operation.request_body.as_ref().expect("a body");
    let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
    members.iter().map(|m| (m.name.clone(), m.required)).collect()
}

#[test]
fn an_update_that_creates_what_is_missing_requires_what_its_table_marks() {
    // v1.0's learning content update: an upsert, the whole object sent.
    let page = |intro: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update learningContent\n\nUpdate the specified [learningContent](../resources/learningcontent.md) resource.\n\n{intro}\n\n## HTTP request\n```http\nPATCH /employeeExperience/learningProviders/{{id}}/learningContents/{{id2}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|title|String|The title. Required.|\n|languageTag|String|The language. Required.|\n|duration|Duration|The length. Optional.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let upsert = page(
        "If the specified learning content doesn't yet exist for the specified provider, this operation creates the metadata for the new content. Otherwise, this operation replaces the metadata of the existing content.",
    );
    let required = |text: &str| body_members(text).into_iter().filter(|m| m.1).map(|m| m.0).collect::<Vec<_>>();
    assert_eq!(required(&upsert), ["title", "languageTag"]);
    assert!(required(&page("Used by a learning provider to update the metadata.")).is_empty(), "an update");
    let fails = page("If the content does not exist, the call fails; create it first.");
    assert!(required(&fails).is_empty(), "another sentence's create");
}

#[test]
fn a_collection_the_examples_send_as_its_changes_is_the_delta_member() {
    // v1.0's exchange restore session update: the table's `mailboxRestoreArtifacts`, the
    // examples' `mailboxRestoreArtifacts@delta`.
    let page = |sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update exchangeRestoreSession\n\n## HTTP request\n```http\nPATCH /solutions/backupRestore/exchangeRestoreSessions/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|mailboxRestoreArtifacts|[mailboxRestoreArtifact](../resources/mailboxrestoreartifact.md) collection|The artifacts. Required.|\n|displayName|String|A name.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"exchangerestoresession_update\" }} -->\n```http\nPATCH https://graph.microsoft.com/v1.0/solutions/backupRestore/exchangeRestoreSessions/1\nContent-Type: application/json\n\n{{\"{sent}\": [{{\"destinationType\": \"inPlace\"}}]}}\n```\n"
        )
    };
    let members = body_members(&page("mailboxRestoreArtifacts@delta"));
    assert_eq!(members[0], ("mailboxRestoreArtifacts@delta".to_string(), true), "an update's own member");
    assert_eq!(members[1], ("displayName".to_string(), false));
    // Written so in the table (a protection policy's `siteProtectionUnits@delta`), beside
    // another member: required still, where a create's copied table would not be.
    let written = page("mailboxRestoreArtifacts@delta")
        .replace("|mailboxRestoreArtifacts|", "|mailboxRestoreArtifacts@delta|")
        .replace("|displayName|String|A name.|", "|displayName|String|A name. Required.|");
    assert_eq!(
        body_members(&written),
        [("mailboxRestoreArtifacts@delta".to_string(), true), ("displayName".to_string(), false)]
    );
    // The only row, marked required: the member the update needs, as the examples send it.
    let only = page("mailboxRestoreArtifacts@delta").replace("|displayName|String|A name.|\n", "");
    assert_eq!(body_members(&only), [("mailboxRestoreArtifacts@delta".to_string(), true)]);
    assert_eq!(body_members(&page("mailboxRestoreArtifacts"))[0].0, "mailboxRestoreArtifacts");
    assert_eq!(body_members(&page("displayName"))[0].0, "mailboxRestoreArtifacts", "not sent at all");
}

#[test]
fn a_read_only_row_the_body_requires_and_sends_is_writable_there() {
    // v1.0's access review instance update (a `PUT`): "Read-only. Required but not updated."
    let page = |sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update accessReviewInstance\n\n## HTTP request\n```http\nPUT /identityGovernance/accessReviews/definitions/{{id}}/instances/{{id2}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|scope|String|The scope. Read-only. Required but not updated.|\n|reviewers|String collection|The reviewers.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"update_accessreviewinstance\" }} -->\n```http\nPUT https://graph.microsoft.com/v1.0/identityGovernance/accessReviews/definitions/1/instances/2\nContent-Type: application/json\n\n{sent}\n```\n"
        )
    };
    let scope = |text: &str| {
        let out = extract(text);
        let body = out.operations[0].operation.request_body.clone().expect("a body");
        let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
        let scope = members.into_iter().find(|m| m.name == "scope").expect("scope");
        (scope.required, scope.read_only)
    };
    assert_eq!(scope(&page("{\"scope\": \"x\", \"reviewers\": []}")), (true, false));
    assert_eq!(scope(&page("{\"reviewers\": []}")), (false, true), "an example leaves it out");
    assert_eq!(scope(&page("")), (true, true), "no example shows it sent");
}

#[test]
fn a_later_line_whose_example_the_page_s_id_names_takes_that_id() {
    // v1.0's whois record get: the host's record first, the record by key second, each with
    // its own named example.
    let page = |first: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get whoisRecord\n\n## HTTP request\n```http\nGET /security/threatIntelligence/hosts/{{hostId}}/whois\nGET /security/threatIntelligence/whoisRecords/{{whoisRecordId}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [whoisRecord](../resources/security-whoisrecord.md) object in the response body.\n\n## Examples\n### Example 1\n<!-- {{ \"blockType\": \"request\", \"name\": \"{first}\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/security/threatIntelligence/hosts/contoso.com/whois\n```\n\n### Example 2\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_whoisrecord\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/security/threatIntelligence/whoisRecords/Y29\n```\n"
        )
    };
    let ids = operation_ids(&page("get_whois_for_host"));
    assert_eq!(ids[1], "get_whois_record", "{ids:?}");
    assert_ne!(ids[0], ids[1]);
    // Both lines' examples named as the page: the line naming every word of the id takes it.
    assert_eq!(operation_ids(&page("get_whoisrecord_2"))[1], "get_whois_record");
    // Names that settle nothing: the line naming every word of the id, the record's by key.
    assert_eq!(operation_ids(&page("get-whoisRecord-by-id"))[1], "get_whois_record");
    // A name going on from the id is the same call's: the first line keeps it (an attendance
    // report by key, beside the older `meetingAttendanceReport` its example names bare).
    let report = "---\ndoc_type: apiPageType\n---\n# Get meetingAttendanceReport\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{meetingId}/attendanceReports/{reportId}\nGET /me/onlineMeetings/{meetingId}/meetingAttendanceReport\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [meetingAttendanceReport](../resources/meetingattendancereport.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get-meetingAttendanceReport-by-id\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/onlineMeetings/1/attendanceReports/2\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get_meeting_attendance_report\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/onlineMeetings/1/meetingAttendanceReport\n```\n";
    assert_eq!(operation_ids(report)[0], "get_meeting_attendance_report", "{:?}", operation_ids(report));
}

#[test]
fn a_line_through_a_user_written_first_leaves_the_page_s_id_to_the_resource_s_own_root() {
    // Intune's remote lock: three of the family's pages list the `/users/…` line first.
    let page = |lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# remoteLock action\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n"
        )
    };
    let users = "POST /users/{usersId}/managedDevices/{managedDeviceId}/remoteLock";
    let own = "POST /deviceManagement/managedDevices/{managedDeviceId}/remoteLock";
    let apps = "POST /deviceManagement/detectedApps/{detectedAppId}/managedDevices/{managedDeviceId}/remoteLock";
    let user_first = operation_ids(&page(&format!("{users}\n{own}\n{apps}")));
    let own_first = operation_ids(&page(&format!("{own}\n{users}\n{apps}")));
    assert_eq!(user_first[1], own_first[0], "{user_first:?} {own_first:?}");
    assert_eq!(user_first[0], own_first[1]);
    assert_eq!(user_first[2], own_first[2]);
    // `/me/…` beside `/users/{id}/…`: both through a user, the first keeps the id.
    let me = operation_ids(&page(
        "POST /me/managedDevices/{id}/remoteLock\nPOST /users/{id}/managedDevices/{id}/remoteLock",
    ));
    assert!(!me[0].ends_with("_me") && me[1].ends_with("_users"), "{me:?}");
}

#[test]
fn the_line_naming_every_word_of_the_page_s_id_takes_it() {
    // beta's analytics category get writes the app health overview's line first; the settings
    // catalog's assignment create a compliance policy's.
    let page = |title: &str, lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let category = page(
        "Get userExperienceAnalyticsCategory",
        "GET /deviceManagement/userExperienceAnalyticsAppHealthOverview\nGET /deviceManagement/userExperienceAnalyticsCategories/{userExperienceAnalyticsCategoryId}",
    );
    assert_eq!(operation_ids(&category)[1], "get_user_experience_analytics_category");
    let assignment = page(
        "Create deviceManagementConfigurationPolicyAssignment",
        "POST /deviceManagement/compliancePolicies/{id}/assignments\nPOST /deviceManagement/configurationPolicies/{id}/assignments",
    );
    assert_eq!(operation_ids(&assignment)[1], "create_device_management_configuration_policy_assignment");
    // A key naming what its set holds (`authorities` of authority templates): the first keeps it.
    let template = page(
        "Get authorityTemplate",
        "GET /security/labels/authorities/{authorityTemplateId}\nGET /security/labels/retentionLabels/{retentionLabelId}/descriptors/authorityTemplate",
    );
    assert_eq!(operation_ids(&template)[0], "get_authority_template");
    let unlink = page(
        "Delete authorityTemplate",
        "DELETE /security/labels/authorities/{authorityTemplateId}/$ref\nDELETE /security/labels/retentionLabels/{retentionLabelId}/descriptors/authorityTemplate/$ref",
    );
    assert_eq!(operation_ids(&unlink)[0], "delete_authority_template", "past `$ref`");
    // A parent's key names nothing of what the line reads (v1.0's e-book device states).
    let states = page(
        "List deviceInstallStates",
        "GET /deviceAppManagement/managedEBooks/{managedEBookId}/deviceStates\nGET /deviceAppManagement/managedEBooks/{managedEBookId}/userStateSummary/{userInstallStateSummaryId}/deviceStates",
    );
    assert_eq!(operation_ids(&states)[0], "list_device_install_states");
    // Both lines name every word: the first keeps it.
    let messages = page("List messages", "GET /me/messages\nGET /users/{id}/messages");
    assert_eq!(operation_ids(&messages)[0], "list_messages");
}

#[test]
fn the_sibling_set_spelling_the_page_s_id_takes_it() {
    // beta's script user state get: the shell scripts' line first, its last key naming every word
    // on both lines; the set `deviceManagementScripts` spells the id's first words.
    let page = |lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get deviceManagementScriptUserState\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let shell = "GET /deviceManagement/deviceShellScripts/{deviceShellScriptId}/userRunStates/{deviceManagementScriptUserStateId}";
    let script = "GET /deviceManagement/deviceManagementScripts/{deviceManagementScriptId}/userRunStates/{deviceManagementScriptUserStateId}";
    let ids = operation_ids(&page(&format!("{shell}\n{script}")));
    assert_eq!(ids[1], "get_device_management_script_user_state", "{ids:?}");
    assert_ne!(ids[0], ids[1]);
    let ids = operation_ids(&page(&format!("{script}\n{shell}")));
    assert_eq!(ids[0], "get_device_management_script_user_state", "{ids:?}");
    // The set's words inside the id's (the settings catalog's policy assignments).
    let policies = "DELETE /deviceManagement/inventoryPolicies/{p}/assignments/{deviceManagementConfigurationPolicyAssignmentId}\nDELETE /deviceManagement/configurationPolicies/{p}/assignments/{deviceManagementConfigurationPolicyAssignmentId}";
    let ids = operation_ids(
        &page(policies)
            .replace("Get deviceManagementScriptUserState", "Delete deviceManagementConfigurationPolicyAssignment"),
    );
    assert_eq!(ids[1], "delete_device_management_configuration_policy_assignment", "{ids:?}");
    // Paths of other shapes keep the first line's id (v1.0's app categories, read through an app).
    let categories =
        "GET /deviceAppManagement/mobileAppCategories\nGET /deviceAppManagement/mobileApps/{id}/categories";
    let ids =
        operation_ids(&page(categories).replace("Get deviceManagementScriptUserState", "List mobileAppCategories"));
    assert_eq!(ids[0], "list_mobile_app_categories", "{ids:?}");
}

#[test]
fn the_sibling_set_spelling_the_id_takes_it_whatever_the_letter_case_of_the_shared_segments() {
    // As `sibling_swapped` compares segments (`same_ident`): a shared segment written in another
    // letter case is still the same place, and the lines still differ in one place only.
    let page = |lines: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get deviceManagementScriptUserState\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let shell = "GET /deviceManagement/deviceShellScripts/{deviceShellScriptId}/userRunStates/{deviceManagementScriptUserStateId}";
    let script = "GET /devicemanagement/deviceManagementScripts/{deviceManagementScriptId}/userRunStates/{deviceManagementScriptUserStateId}";
    let ids = operation_ids(&page(&format!("{shell}\n{script}")));
    assert_eq!(ids[1], "get_device_management_script_user_state", "{ids:?}");
}

#[test]
fn a_row_and_its_delta_row_are_one_member_of_the_body() {
    // beta's SharePoint protection policy update: its table lists `siteProtectionUnits` and
    // `siteProtectionUnits@delta`, its example sends the `@delta` one. The body has the member once.
    let page = "---\ndoc_type: apiPageType\n---\n# Update sharePointProtectionPolicy\n\n## HTTP request\n```http\nPATCH /solutions/backupRestore/sharePointProtectionPolicies/{id}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|siteProtectionUnits|[siteProtectionUnit](../resources/siteprotectionunit.md) collection|The units.|\n|siteProtectionUnits@delta|[siteProtectionUnit](../resources/siteprotectionunit.md) collection|The changes. Required.|\n|displayName|String|A name.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"update_sharepointprotectionpolicy\" } -->\n```http\nPATCH https://graph.microsoft.com/v1.0/solutions/backupRestore/sharePointProtectionPolicies/1\nContent-Type: application/json\n\n{\"siteProtectionUnits@delta\": [{\"siteId\": \"x\"}]}\n```\n";
    let members = body_members(page);
    let deltas = members.iter().filter(|m| m.0 == "siteProtectionUnits@delta").count();
    assert_eq!(deltas, 1, "{members:?}");
}

#[test]
fn an_update_answering_not_found_for_what_is_missing_creates_nothing() {
    // The upsert rule reads "created" in a sentence about a 404 (Teams' "doesn't exist or was
    // created less than 15 minutes ago") and keeps a copied create table's marks on a PATCH;
    // and it misses the docs' usual upsert wording "doesn't already exist".
    let page = |intro: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update learningContent\n\nUpdate the specified [learningContent](../resources/learningcontent.md) resource.\n\n{intro}\n\n## HTTP request\n```http\nPATCH /employeeExperience/learningProviders/{{id}}/learningContents/{{id2}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|title|String|The title. Required.|\n|languageTag|String|The language. Required.|\n|duration|Duration|The length. Optional.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let required = |text: &str| body_members(text).into_iter().filter(|m| m.1).map(|m| m.0).collect::<Vec<_>>();
    let not_found = page(
        "If the specified learning content doesn't exist or was created less than 15 minutes ago, this method returns `404 Not Found`.",
    );
    assert!(required(&not_found).is_empty(), "an update: {:?}", required(&not_found));
    let already = page("If the specified learning content doesn't already exist, this operation creates it.");
    assert_eq!(required(&already), ["title", "languageTag"], "an upsert");
}

#[test]
fn a_family_s_root_line_keeps_the_page_s_id_whatever_its_examples_are_named() {
    // v1.0's group setting update: `PATCH /groupSettings/{id}` first, its example
    // `update_tenant_setting`; `PATCH /groups/{id}/settings/{id}` second, its example
    // `update_groupsetting`. The family's get and delete give `/groupSettings/{id}` the page's id;
    // the update hands it to the group's line (`update_group_setting_group_settings` on the root's).
    let page = "---\ndoc_type: apiPageType\n---\n# Update a group setting\n\nUpdate the properties of a [groupSetting](../resources/groupsetting.md) object for tenant-wide [group](../resources/group.md) settings or a specific group setting.\n\n## HTTP request\n```http\nPATCH /groupSettings/{id}\nPATCH /groups/{id}/settings/{id}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|values|[settingValue](../resources/settingvalue.md) collection|The values.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Examples\n### Example 1\n<!-- { \"blockType\": \"request\", \"name\": \"update_tenant_setting\" } -->\n```http\nPATCH https://graph.microsoft.com/v1.0/groupSettings/f0b2d6f5-097d-4177-91af-a24e530b53cc\nContent-type: application/json\n\n{\"values\": []}\n```\n\n### Example 2\n<!-- { \"blockType\": \"request\", \"name\": \"update_groupsetting\" } -->\n```http\nPATCH https://graph.microsoft.com/v1.0/groups/0167b5af-f3d1-4910-82d2-398747fa381c/settings/fa6df613-159b-4f94-add2-7093f961900b\nContent-type: application/json\n\n{\"values\": []}\n```\n";
    let ids = operation_ids(page);
    assert_eq!(ids[0], "update_group_setting", "as the family's get and delete: {ids:?}");
}

#[test]
fn an_update_saying_what_is_missing_is_created_keeps_its_table_s_marks() {
    // The upsert rule now takes "create"/"creates" as whole words, so the docs' passive wording
    // ("If the setting doesn't exist, it's created."; "a new one is created") no longer reads as
    // an upsert, which the substring rule before it did; nor does the curly apostrophe the docs
    // also write ("doesn’t").
    let page = |intro: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update learningContent\n\nUpdate the specified [learningContent](../resources/learningcontent.md) resource.\n\n{intro}\n\n## HTTP request\n```http\nPATCH /employeeExperience/learningProviders/{{id}}/learningContents/{{id2}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|title|String|The title. Required.|\n|languageTag|String|The language. Required.|\n|duration|Duration|The length. Optional.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        )
    };
    let required = |text: &str| body_members(text).into_iter().filter(|m| m.1).map(|m| m.0).collect::<Vec<_>>();
    let intros = [
        "If the specified learning content doesn't exist, it's created.",
        "If the specified learning content doesn't already exist, a new one is created; otherwise it's replaced.",
        "If the specified learning content doesn’t already exist, this operation creates it.",
    ];
    let read_as_updates: Vec<&str> =
        intros.into_iter().filter(|intro| required(&page(intro)) != ["title", "languageTag"]).collect();
    assert!(read_as_updates.is_empty(), "upserts read as updates: {read_as_updates:?}");
}

#[test]
fn an_update_that_does_not_create_what_is_missing_is_no_upsert() {
    // "create" as a word in a sentence that denies it: the rule reads an upsert and keeps a copied
    // create table's marks on a PATCH.
    let page = "---\ndoc_type: apiPageType\n---\n# Update learningContent\n\nUpdate the specified [learningContent](../resources/learningcontent.md) resource.\n\nThis operation doesn't create the learning content if it doesn't exist; use the create operation first.\n\n## HTTP request\n```http\nPATCH /employeeExperience/learningProviders/{id}/learningContents/{id2}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|title|String|The title. Required.|\n|languageTag|String|The language. Required.|\n|duration|Duration|The length. Optional.|\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let required: Vec<String> = body_members(page).into_iter().filter(|m| m.1).map(|m| m.0).collect();
    assert!(required.is_empty(), "an update: {required:?}");
}

#[test]
fn a_post_its_title_calls_a_create_sends_the_entity_it_answers() {
    // beta's Create timeOff: no Request body section, "returns a `200 OK` response code and a
    // [timeOff] object" (its example answers `201`), the example sending the type's members.
    let page = |title: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /teams/{{teamId}}/schedule/timesOff\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [timeOff](../resources/timeoff.md) object in the response body.\n\n## Example\n```http\nPOST https://graph.microsoft.com/beta/teams/1/schedule/timesOff\nContent-type: application/json\n\n{{\"userId\": \"u\", \"sharedTimeOff\": {{\"theme\": \"white\"}}}}\n```\n"
        )
    };
    let shape = |text: String| extract(&text).operations.remove(0).operation.request_body.expect("a body").shape;
    assert_eq!(shape(page("Create timeOff")), Shape::Type(TypeRef::Named("timeOff".into())));
    // An action answering with an entity sends what its example shows.
    assert!(matches!(shape(page("Share timeOff")), Shape::Object(_)));
    assert!(matches!(shape(page("Create schedule")), Shape::Object(_)), "another type's create");
}

#[test]
fn a_line_answers_with_the_example_calling_it_as_written_before_a_me_example() {
    // beta's assigned roles: `/users/{userId}/…` and `/me/…`; Example 1 calls `/me/…`, Example 2
    // `/users/{user-id}/…`. A `/me` example stands for the user line only where none calls it.
    let page = |second: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List assignedRoles\n\n## HTTP request\n```http\nGET /users/{{userId}}/roles\nGET /me/roles\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [role](../resources/role.md) objects in the response body.\n\n## Examples\n### Example 1\n```http\nGET https://graph.microsoft.com/beta/me/roles\n```\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": [{{\"id\": \"me\"}}]}}\n```\n### Example 2\n```http\nGET https://graph.microsoft.com/beta{second}\n```\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": [{{\"id\": \"user\"}}]}}\n```\n"
        )
    };
    let shown = |text: String| {
        extract(&text)
            .operations
            .into_iter()
            .map(|o| {
                let example = o.operation.responses[0].body.as_ref().and_then(|b| b.example.clone());
                (o.operation.path, example.map(|e| e["value"][0]["id"].clone()))
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        shown(page("/users/{user-id}/roles")),
        [
            ("/users/{userId}/roles".to_string(), Some(serde_json::json!("user"))),
            ("/me/roles".to_string(), Some(serde_json::json!("me")))
        ]
    );
    // No example of the user line: the `/me` one answers for it.
    let only_me = shown(page("/me/roles"));
    assert_eq!(only_me[0].1, Some(serde_json::json!("me")), "{only_me:?}");
}

#[test]
fn an_id_naming_an_owner_goes_to_the_line_its_example_calls_past_an_unshown_first_line() {
    // v1.0's checkMemberObjects: `/directoryObjects/{id}/…` first, no example of it; the one
    // example, `user_checkmemberobjects`, calls `/me/…`.
    let page = |name: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# directoryObject: checkMemberObjects\n\n## HTTP request\n```http\nPOST /directoryObjects/{{id}}/checkMemberObjects\nPOST /me/checkMemberObjects\nPOST /users/{{id}}/checkMemberObjects\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a String collection in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nPOST https://graph.microsoft.com/v1.0/me/checkMemberObjects\nContent-type: application/json\n\n{{\"ids\": [\"a\"]}}\n```\n"
        )
    };
    let ids = |text: String| {
        extract(&text).operations.into_iter().map(|o| (o.operation.path, o.operation.id)).collect::<Vec<_>>()
    };
    let named = ids(page("user_checkmemberobjects"));
    let id_of = |path: &str| named.iter().find(|(p, _)| p == path).map(|(_, id)| id.clone()).unwrap_or_default();
    assert_eq!(id_of("/me/checkMemberObjects"), "user_check_member_objects", "{named:?}");
    assert_ne!(id_of("/directoryObjects/{id}/checkMemberObjects"), "user_check_member_objects", "{named:?}");
    // An id with a verb stays on the first line (`get_user_messages`-like names are the page's).
    let verb = ids(page("check_member_objects"));
    assert_eq!(verb[0], ("/directoryObjects/{id}/checkMemberObjects".to_string(), "check_member_objects".to_string()));
}

#[test]
fn an_id_goes_to_the_line_its_example_calls_as_written_where_the_first_line_lacks_its_words() {
    // v1.0's oAuth2PermissionGrants of a user: `/me/…` written first, the one example
    // `get_user_oauth2permissiongrants` calling `/users/{id}/…`.
    let text = "---\ndoc_type: apiPageType\n---\n# List oauth2PermissionGrants\n\n## HTTP request\n```http\nGET /me/oauth2PermissionGrants\nGET /users/{id | userPrincipalName}/oauth2PermissionGrants\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [oAuth2PermissionGrant](../resources/oauth2permissiongrant.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get_user_oAuth2PermissionGrants\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/users/7d54/oauth2PermissionGrants\n```\n";
    let ids: Vec<(String, String)> =
        extract(text).operations.into_iter().map(|o| (o.operation.path, o.operation.id)).collect();
    let me = ids.iter().find(|(p, _)| p.starts_with("/me")).map(|(_, id)| id.as_str());
    let users = ids.iter().find(|(p, _)| p.starts_with("/users")).map(|(_, id)| id.as_str());
    assert_eq!(users, Some("get_user_oauth2_permission_grants"), "{ids:?}");
    assert_eq!(me, Some("get_user_oauth2_permission_grants_me"), "{ids:?}");
}

#[test]
fn the_plain_id_goes_to_a_shorter_line_the_example_calls_past_an_unshown_first_line() {
    // beta's device category update: the longer way to the category first, unshown; the
    // example (unnamed) calls the category in its own set.
    let text = "---\ndoc_type: apiPageType\n---\n# Update deviceCategory\n\n## HTTP Request\n```http\nPATCH /deviceManagement/deviceManagementScripts/{scriptId}/deviceRunStates/{stateId}/managedDevice/deviceCategory\n```\n```http\nPATCH /deviceManagement/deviceCategories/{deviceCategoryId}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n### Request\n```http\nPATCH https://graph.microsoft.com/beta/deviceManagement/deviceCategories/{deviceCategoryId}\nContent-type: application/json\n\n{\"displayName\": \"x\"}\n```\n";
    let ids: Vec<(String, String)> =
        extract(text).operations.into_iter().map(|o| (o.operation.path, o.operation.id)).collect();
    let own = ids.iter().find(|(p, _)| p.ends_with("{deviceCategoryId}")).map(|(_, id)| id.as_str());
    assert_eq!(own, Some("update_device_category"), "{ids:?}");
    // An example calling the first line keeps the id there.
    let shown = text.replace(
        "beta/deviceManagement/deviceCategories/{deviceCategoryId}",
        "beta/deviceManagement/deviceManagementScripts/1/deviceRunStates/2/managedDevice/deviceCategory",
    );
    let ids: Vec<(String, String)> =
        extract(&shown).operations.into_iter().map(|o| (o.operation.path, o.operation.id)).collect();
    assert_eq!(ids[0].1, "update_device_category", "{ids:?}");
    // Nor a search of the set by a filter where the first line ends in a key (beta's online meeting get).
    let meeting = "---\ndoc_type: apiPageType\n---\n# Get onlineMeeting\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{meetingId}\nGET /communications/onlineMeetings/?$filter=VideoTeleconferenceId%20eq%20'{id}'\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n```http\nGET https://graph.microsoft.com/beta/communications/onlineMeetings/?$filter=VideoTeleconferenceId%20eq%20'123'\n```\n";
    let ids: Vec<(String, String)> =
        extract(meeting).operations.into_iter().map(|o| (o.operation.path, o.operation.id)).collect();
    assert_eq!(ids[0], ("/me/onlineMeetings/{meetingId}".to_string(), "get_online_meeting".to_string()), "{ids:?}");
}

#[test]
fn a_users_line_serving_your_own_or_another_user_s_takes_the_self_table_too() {
    // beta's authentication methods list: "List your own or another user's authentication methods."
    // over the `/users` line, a `/me` line beside it.
    let table = |scopes: &str| {
        format!(
            "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|{scopes}|\n|Application|Not supported.|\n"
        )
    };
    let page = |sentence: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# List methods\n\n## Permissions\n### Permissions acting on self\n{}\n### Permissions acting on other users\n{}\n## HTTP request\nList your own authentication methods.\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nGET /me/authentication/methods\n```\n{sentence}\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nGET /users/{{id | userPrincipalName}}/authentication/methods\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n",
            table("UserAuthenticationMethod.Read"),
            table("UserAuthenticationMethod.Read.All"),
        )
    };
    let delegated = |sentence: &str, prefix: &str| {
        extract(&page(sentence))
            .operations
            .into_iter()
            .find(|o| o.operation.path.starts_with(prefix))
            .map(|o| o.operation.permissions.delegated_work)
            .unwrap()
    };
    let own_or_other = "List your own or another user's authentication methods.";
    assert_eq!(
        delegated(own_or_other, "/users"),
        ["UserAuthenticationMethod.Read", "UserAuthenticationMethod.Read.All"]
    );
    assert_eq!(delegated(own_or_other, "/me"), ["UserAuthenticationMethod.Read"]);
    // Another user's only: the others' table.
    assert_eq!(
        delegated("List another user's authentication methods.", "/users"),
        ["UserAuthenticationMethod.Read.All"]
    );
}

#[test]
fn a_users_line_under_a_lead_in_saying_your_own_or_another_user_s_takes_the_self_table_too() {
    // beta's platformCredentialAuthenticationMethod get/list/delete write the sentence as a lead-in:
    // "To read details of your own or another user's Platform Credential authentication method:".
    let table = |scopes: &str| {
        format!(
            "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|{scopes}|\n|Application|Not supported.|\n"
        )
    };
    let page = format!(
        "---\ndoc_type: apiPageType\n---\n# Get method\n\n## Permissions\n### Permissions acting on self\n{}\n### Permissions acting on other users\n{}\n## HTTP request\nTo read details of your own Platform Credential authentication method:\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nGET /me/authentication/platformCredentialMethods/{{id}}\n```\n\nTo read details of your own or another user's Platform Credential authentication method:\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nGET /users/{{id | userPrincipalName}}/authentication/platformCredentialMethods/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n",
        table("UserAuthenticationMethod.Read"),
        table("UserAuthenticationMethod.Read.All"),
    );
    let users = extract(&page)
        .operations
        .into_iter()
        .find(|o| o.operation.path.starts_with("/users"))
        .map(|o| o.operation.permissions.delegated_work)
        .unwrap();
    assert_eq!(users, ["UserAuthenticationMethod.Read", "UserAuthenticationMethod.Read.All"]);
}

#[test]
fn either_values_with_a_comma_in_a_remark_or_a_dot_in_a_value_are_the_argument_s() {
    let untyped = "---\ndoc_type: apiPageType\n---\n# getSummary\n\n## HTTP request\n```http\nGET /reports/getSummary(period='{period}')\n```\n\n## Function parameters\n\n| Parameter | Description |\n|:---|:---|\n| period | Either `D7` or `D30`. |\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n";
    let values = |description: &str| {
        extract(&untyped.replace("Either `D7` or `D30`.", description)).operations[0].operation.parameters[0]
            .values
            .clone()
    };
    // A comma inside a remark ends the clause before its " or ".
    let remarked = values("Either `D7` (last seven days, the default) or `D30` (last 30 days).");
    // A dot inside a value does too.
    let dotted = values("Either `v1.0` or `beta`.");
    assert_eq!(
        (remarked, dotted),
        (vec!["D7".to_string(), "D30".to_string()], vec!["v1.0".to_string(), "beta".to_string()])
    );
    // Three, the last after ", or"; not a sentence going on past the values.
    assert_eq!(values("Either `view`, `edit`, or `embed`."), ["view", "edit", "embed"]);
    assert!(values("Either `view` or another value the app sets.").is_empty());
}

#[test]
fn a_body_of_bindings_alone_is_an_object_of_them() {
    // v1.0's group members add: `PATCH /groups/{id}/members` sending
    // `{"members@odata.bind": ["https://…/directoryObjects/1"]}`, no table.
    let text = "---\ndoc_type: apiPageType\n---\n# Add members\n\n## HTTP request\n```http\nPATCH /groups/{group-id}/members\n```\n\n## Request body\nSupply a JSON object that contains a **members@odata.bind** property.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n```http\nPATCH https://graph.microsoft.com/v1.0/groups/1/members\nContent-type: application/json\n\n{\"members@odata.bind\": [\"https://graph.microsoft.com/v1.0/directoryObjects/1\"]}\n```\n";
    let body = extract(text).operations.remove(0).operation.request_body.expect("a body");
    let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
    assert_eq!(members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["members@odata.bind"]);
    assert!(matches!(&members[0].ty, TypeRef::Collection(_)), "{:?}", members[0].ty);
}

#[test]
fn a_notice_before_the_first_section_saying_the_api_is_deprecated_deprecates_it() {
    // beta's Cloud PC bulk resize: "# cloudPC: bulkResize (deprecate)" and a caution box.
    let page = |title: &str, notice: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\nNamespace: microsoft.graph\n\n{notice}\n\nPerform a bulk resize action.\n\n## HTTP request\n```http\nPOST /deviceManagement/virtualEndpoint/cloudPCs/bulkResize\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let deprecated = |text: String| extract(&text).operations.remove(0).operation.deprecated;
    let caution = "> [!CAUTION]\n> This API is deprecated and will stop returning data on September 24, 2023. Going forward, use the [bulkresize](../resources/cloudpcbulkresize.md) API.";
    assert!(deprecated(page("cloudPC: bulkResize", caution)));
    assert!(deprecated(page("cloudPC: bulkResize (deprecate)", "")));
    assert!(!deprecated(page("cloudPC: bulkResize", "")));
    // The front matter's title saying so (beta's identity user flows: `title: "Get userFlow (deprecated)"`).
    let front = page("cloudPC: bulkResize", "")
        .replace("---\ndoc_type", "---\ntitle: \"cloudPC: bulkResize (deprecated)\"\ndoc_type");
    assert!(deprecated(front));
    // Another API's deprecation, named: not this one's.
    let other = "> [!NOTE]\n> The [resizeCloudPc](../api/manageddevice-resizecloudpc.md) API is deprecated. Use this API instead.";
    assert!(!deprecated(page("cloudPC: bulkResize", other)));
}

#[test]
fn a_line_written_under_a_delegated_and_an_application_lead_in_takes_both_kinds() {
    // beta's chat list: `GET /users/{user-id}/chats` under "… using delegated permission:" and again
    // under "… using application permission:".
    let text = "---\ndoc_type: apiPageType\n---\n# List chats\n\n## Permissions\n|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Chat.ReadBasic|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|Chat.ReadBasic.All|\n\n## HTTP request\n\nTo list chats using delegated permission:\n\n```http\nGET /me/chats\nGET /users/{user-id}/chats\n```\n\nTo list chats using application permission:\n\n```http\nGET /users/{user-id}/chats\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let ops = extract(text).operations;
    let of = |path: &str| ops.iter().find(|o| o.operation.path == path).map(|o| o.operation.permissions.clone());
    let users = of("/users/{user-id}/chats").expect("the users line");
    assert_eq!((users.delegated_work.len(), users.application.len()), (1, 1), "{users:?}");
    let me = of("/me/chats").expect("the me line");
    assert!(me.application.is_empty(), "{me:?}");
}

#[test]
fn a_line_written_again_under_a_narrower_lead_in_keeps_the_default_a_lead_in_naming_both_allows() {
    // beta's sensitivity labels: no table read (the include missing); the line under "(delegated
    // permissions) or … (application permissions)" and again, with a query, under "(application
    // permissions)": any token still, not application tokens alone.
    let text = "---\ndoc_type: apiPageType\n---\n# Get labels\n\n## Permissions\n[!INCLUDE [permissions-table](../includes/permissions/x-permissions.md)]\n\n## HTTP request\n\nGet labels for the signed-in user (delegated permissions) or all tenant labels (application permissions):\n\n```http\nGET /security/labels\n```\n\nGet labels for a specific user (application permissions):\n\n```http\nGET /security/labels?$filter=isScopedToUser eq {trueOrFalse}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    let ops = extract(text).operations;
    let labels = ops.iter().find(|o| o.operation.path == "/security/labels").expect("the line");
    assert!(labels.operation.permissions.is_empty(), "{:?}", labels.operation.permissions);
}

#[test]
fn a_line_under_a_delegated_lead_in_whose_table_is_missing_takes_delegated_tokens_only() {
    // beta's Cloud PC start: "… using delegated permission:" over `/me/…` and `/users/{userId}/…`,
    // the permissions include not among the inputs.
    let text = "---\ndoc_type: apiPageType\n---\n# cloudPC: start\n\n## Permissions\n[!INCLUDE [permissions-table](../includes/permissions/cloudpc-start-permissions.md)]\n\n## HTTP request\n\nTo start the Cloud PC of the specified user (who is the signed-in user) using delegated permission:\n\n```http\nPOST /me/cloudPCs/{cloudPCId}/start\nPOST /users/{userId}/cloudPCs/{id}/start\n```\n\nTo start the specified Cloud PC using either delegated permission or application permission:\n\n```http\nPOST /deviceManagement/virtualEndpoint/cloudPCs/{id}/start\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let ops = extract(text).operations;
    let of =
        |path: &str| ops.iter().find(|o| o.operation.path.starts_with(path)).map(|o| o.operation.permissions.clone());
    let user = of("/users/").expect("the user line");
    assert_eq!((user.delegated_work.len(), user.application.len()), (1, 0), "{user:?}");
    assert!(of("/deviceManagement/").expect("the admin line").is_empty());
}

#[test]
fn a_callout_before_the_first_section_saying_the_api_is_deprecated_deprecates_it() {
    // The notice in the docs' older callout style (`> **Note:** …`, which `Page::lead` already
    // knows as a callout): "Note:" opens the sentence, so "This API is deprecated" is not at its start.
    let page = |notice: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# cloudPC: bulkResize\n\nNamespace: microsoft.graph\n\n{notice}\n\nPerform a bulk resize action.\n\n## HTTP request\n```http\nPOST /deviceManagement/virtualEndpoint/cloudPCs/bulkResize\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
        )
    };
    let deprecated = |text: String| extract(&text).operations.remove(0).operation.deprecated;
    assert!(deprecated(page(
        "> [!CAUTION]\n> This API is deprecated and will stop returning data on September 24, 2023."
    )));
    assert!(deprecated(page("> **Note:** This API is deprecated and will stop returning data on September 24, 2023.")));
    assert!(deprecated(page("> **Caution:** This API is deprecated. Going forward, use the bulkResize API.")));
}

#[test]
fn a_line_under_an_application_lead_in_whose_table_is_missing_takes_app_only_tokens() {
    // The mirror of the delegated case: a lead-in naming application tokens alone over a line
    // whose permissions include is missing. `for_token_kind` fills in the delegated kind only,
    // so this line states no token at all while its delegated twin states one.
    let text = "---\ndoc_type: apiPageType\n---\n# cloudPC: start\n\n## Permissions\n[!INCLUDE [permissions-table](../includes/permissions/cloudpc-start-permissions.md)]\n\n## HTTP request\n\nTo start the Cloud PC of the specified user using delegated permission:\n\n```http\nPOST /users/{userId}/cloudPCs/{id}/start\n```\n\nTo start the specified Cloud PC using application permission:\n\n```http\nPOST /deviceManagement/virtualEndpoint/cloudPCs/{id}/start\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
    let ops = extract(text).operations;
    let of =
        |path: &str| ops.iter().find(|o| o.operation.path.starts_with(path)).map(|o| o.operation.permissions.clone());
    let user = of("/users/").expect("the user line");
    assert_eq!((user.delegated_work.len(), user.application.len()), (1, 0), "{user:?}");
    let admin = of("/deviceManagement/").expect("the admin line");
    assert_eq!((admin.delegated_work.len(), admin.application.len()), (0, 1), "{admin:?}");
}

#[test]
fn a_type_placeholder_its_examples_fill_with_casts_is_each_cast_instead() {
    // beta's place list: `GET /places/{placeType}`, "`{placeType}` can be any supported place type
    // such as `microsoft.graph.desk`", its examples calling `/places/microsoft.graph.building` and
    // `/places/microsoft.graph.room` (twice).
    let example = |path: &str| {
        format!(
            "```http\nGET https://graph.microsoft.com/beta{path}\n```\n\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": []}}\n```\n"
        )
    };
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# List place objects\n\n## HTTP request\n```http\nGET /places/{{placeType}}\n```\n\n> **Note:** `{{placeType}}` can be any supported place type such as `microsoft.graph.desk`.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [place](../resources/place.md) objects in the response body.\n\n## Examples\n{}{}{}{}",
        example("/places/microsoft.graph.building"),
        example("/places/microsoft.graph.room"),
        example("/places/microsoft.graph.room"),
        example("/places/contoso-id"),
    );
    let paths: Vec<String> = extract(&text).operations.into_iter().map(|o| o.operation.path).collect();
    // The casts only, in the line's place: the placeholder alone would read as any key, a read
    // of one item (`GET /places/{id}`).
    assert_eq!(paths, ["/places/microsoft.graph.building", "/places/microsoft.graph.room"]);
    // A key placeholder (`{id}`) filled with a cast is no type's.
    let keyed = text.replace("{placeType}", "{id}");
    let paths: Vec<String> = extract(&keyed).operations.into_iter().map(|o| o.operation.path).collect();
    assert_eq!(paths, ["/places/{id}"]);
}

#[test]
fn a_call_another_service_receives_is_no_example_of_the_operation() {
    // v1.0's workforce integration create: "Example 3" shows the request Shifts sends to the
    // integration's own endpoint, and its answer, unannotated and not strict JSON.
    let page = "---\ndoc_type: apiPageType\n---\n# Create workforceIntegration\n\n## HTTP request\n```http\nPOST /teamwork/workforceIntegrations\n```\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Examples\n### Example 1\n```http\nPOST https://graph.microsoft.com/v1.0/teamwork/workforceIntegrations\nContent-type: application/json\n\n{\"displayName\": \"a\"}\n```\n\n```http\nHTTP/1.1 201 Created\nContent-type: application/json\n\n{\"id\": \"1\"}\n```\n\n### Example 3\n```\nPOST https://abcWorkforceIntegration.com/Contoso/{apiVersion}/team/{teamId}/read\nAccept-Language: en-us\n\n{\"requests\": [{\"method\": \"GET”}]}\n```\n\n```\nHTTP/1.1 200 OK\n{\"responses\": [}\n```\n";
    let src = crate::SourceFile::new("a.md", page);
    let parsed = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    let out = extract_api_page(&parsed, &mut diags);
    assert!(diags.iter().all(|d| d.code != crate::codes::EXAMPLE_JSON), "{diags:?}");
    let op = &out.operations[0].operation;
    let statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [201], "{statuses:?}");
    let body = op.request_body.as_ref().and_then(|b| b.example.clone()).expect("the Graph call's body");
    assert_eq!(body, serde_json::json!({"displayName": "a"}));
    // A placeholder host may be Graph's: its call is an example.
    let placeholder = page.replace("https://abcWorkforceIntegration.com/Contoso/{apiVersion}", "https://{host}/v1.0");
    let src = crate::SourceFile::new("a.md", placeholder);
    let parsed = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    extract_api_page(&parsed, &mut diags);
    assert!(diags.iter().any(|d| d.code == crate::codes::EXAMPLE_JSON), "{diags:?}");
}

#[test]
fn a_task_s_own_heading_names_its_lines_and_its_example_name_is_their_id() {
    // v1.0's drive get: "## Get current user's OneDrive" › "### HTTP request" with an annotated
    // `get-drive-default` block, then "## Get a user's OneDrive" › "### HTTP request" (`get-drive-by-user`).
    let page = "---\ndoc_type: apiPageType\n---\n# Get Drive\n\nRetrieve the properties of a Drive resource.\n\n## Get current user's OneDrive\n\nThe signed in user's drive can be accessed from the `me` singleton.\n\n### HTTP request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-drive-default\" } -->\n```http\nGET /me/drive\n```\n\n## Get a user's OneDrive\n\nTo access a user's OneDrive, request the drive relationship on the User resource.\n\n### HTTP request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-drive-by-user\" } -->\n```http\nGET /users/{idOrUserPrincipalName}/drive\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [drive](../resources/drive.md) object in the response body.\n";
    let ops = extract(page).operations;
    let named: Vec<(&str, &str, Option<&str>)> = ops
        .iter()
        .map(|o| (o.operation.id.as_str(), o.operation.summary.as_str(), o.operation.description.as_deref()))
        .collect();
    assert_eq!(
        named,
        [
            (
                "get_drive_default",
                "Get current user's OneDrive",
                Some("The signed in user's drive can be accessed from the `me` singleton.")
            ),
            (
                "get_drive_by_user",
                "Get a user's OneDrive",
                Some("To access a user's OneDrive, request the drive relationship on the User resource.")
            ),
        ]
    );
    // One HTTP request section under a heading of its own: the page's title and lead.
    let one = page.replace(
        "## Get a user's OneDrive\n\nTo access a user's OneDrive, request the drive relationship on the User resource.\n\n### HTTP request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-drive-by-user\" } -->\n```http\nGET /users/{idOrUserPrincipalName}/drive\n```\n\n",
        "",
    );
    let ops = extract(&one).operations;
    assert_eq!(ops[0].operation.summary, "Get Drive");
}

#[test]
fn a_response_naming_several_requests_answers_each() {
    // v1.0's list children: three request blocks, then one response annotated
    // `"name": ["list-children-root", "list-children"]`.
    let page = "---\ndoc_type: apiPageType\n---\n# List children\n\n## HTTP request\n```http\nGET /me/drive/root/children\nGET /drives/{drive-id}/items/{item-id}/children\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [driveItem](../resources/driveitem.md) objects in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"list-children-root\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/children\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"list-children\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/drives/1/items/2/children\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"Collection(microsoft.graph.driveItem)\", \"name\": [\"list-children-root\", \"list-children\"] } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [{\"name\": \"a\"}]}\n```\n";
    let ops = extract(page).operations;
    for o in &ops {
        let body = o.operation.responses[0].body.as_ref().expect("a body");
        assert!(body.example.is_some(), "{}: no example", o.operation.path);
    }
    // Not a request the response does not name.
    let unnamed =
        page.replace("\"name\": [\"list-children-root\", \"list-children\"]", "\"name\": [\"list-children\"]");
    let ops = extract(&unnamed).operations;
    let root = ops.iter().find(|o| o.operation.path == "/me/drive/root/children").unwrap();
    assert!(root.operation.responses[0].body.as_ref().is_none_or(|b| b.example.is_none()));
}

#[test]
fn a_response_body_heading_without_a_response_one_is_the_response_section() {
    // beta's site unfollow (and v1.0's domain forceDelete): "## Response body" alone.
    let page = "---\ndoc_type: apiPageType\n---\n# Unfollow site\n\n## HTTP request\n```http\nDELETE /users/{user-id}/followedSites/{id}\n```\n\n## Response body\nIf the request is successful, this method returns a `204` status code with no content.\n";
    let ops = extract(page).operations;
    assert_eq!(ops[0].operation.responses[0].status, 204);
}

#[test]
fn a_content_type_row_offering_json_and_another_form_takes_json() {
    // beta's message reply: "Use text/plain for MIME content and application/json for a json
    // object", then a table of the JSON object's parameters.
    let page = |cell: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# message: reply\n\n## HTTP request\n```http\nPOST /me/messages/{{id}}/reply\n```\n\n## Request headers\n| Name | Type | Description |\n|:---|:---|:---|\n| Content-Type | string | {cell} |\n\n## Request body\nTo send a json object provide the following parameters:\n\n| Parameter | Type | Description |\n|:---|:---|:---|\n|comment|String|A comment.|\n\n## Response\nIf successful, this method returns `202 Accepted` response code.\n"
        )
    };
    let media =
        |cell: &str| extract(&page(cell)).operations[0].operation.request_body.as_ref().unwrap().media_type.clone();
    assert_eq!(media("Use text/plain for MIME content and application/json for a json object"), "application/json");
    // One other form alone: the bytes it names, no JSON.
    assert_ne!(media("text/plain. Required."), "application/json");
}

#[test]
fn a_header_a_request_header_s_row_says_is_returned_is_the_response_s() {
    // v1.0's message get: "| Prefer: outlook.body-content-type | string | … A
    // `Preference-Applied` header is returned as confirmation if this `Prefer` header is specified. |".
    let page = |said: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get message\n\n## HTTP request\n```http\nGET /me/messages/{{id}}\n```\n\n## Request headers\n| Name | Type | Description |\n|:---|:---|:---|\n| Prefer: outlook.body-content-type | string | The format. {said} |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [message](../resources/message.md) object in the response body.\n"
        )
    };
    let headers = |said: &str| -> Vec<String> {
        extract(&page(said)).operations[0].operation.responses[0].headers.iter().map(|h| h.name.clone()).collect()
    };
    assert_eq!(
        headers("A `Preference-Applied` header is returned as confirmation if this `Prefer` header is specified."),
        ["Preference-Applied"]
    );
    assert_eq!(
        headers(
            "If you specify either header, the response will include the corresponding `Preference-Applied` header as confirmation."
        ),
        ["Preference-Applied"]
    );
    // The request's own header, named as sent, is none.
    assert!(headers("Specify the `Prefer` header to pick a format.").is_empty());
}

#[test]
fn an_example_repaired_but_not_cut_down_still_says_what_it_leaves_out() {
    // `request_cut` is any lenient read: a typographic or single quote, a bare name, a comment
    // are no members taken out. The full example leaving `kind` out makes it optional.
    let page = |second: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create activity\n\n## HTTP request\n```http\nPOST /providers/{{registrationId}}/activities\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|learnerId|String|The learner. Required.|\n|kind|String|The kind. Required.|\n|notes|String|Notes. Optional.|\n\n## Response\nIf successful, this method returns a `201 Created` response code.\n\n## Examples\n### Example 1\n```http\nPOST https://graph.microsoft.com/beta/providers/1/activities\nContent-Type: application/json\n\n{{\"learnerId\": \"a\", \"kind\": \"required\", \"notes\": \"n\"}}\n```\n### Example 2\n```http\nPOST https://graph.microsoft.com/beta/providers/1/activities\nContent-Type: application/json\n\n{second}\n```\n"
        )
    };
    let required = |text: String| {
        let body = extract(&text).operations.remove(0).operation.request_body.expect("a body");
        let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
        members.into_iter().filter(|m| m.required).map(|m| m.name).collect::<Vec<_>>()
    };
    assert_eq!(required(page("{\"learnerId\": \"b\"}")), ["learnerId"]);
    let repaired = [
        "{\"learnerId\": “b”}",
        "{\"learnerId\": 'b'}",
        "{learnerId: \"b\"}",
        "{\"learnerId\": \"b\" // the learner\n}",
    ];
    let wrong: Vec<&str> = repaired.into_iter().filter(|sent| required(page(sent)) != ["learnerId"]).collect();
    assert!(wrong.is_empty(), "`kind` still required beside {wrong:?}");
}

#[test]
fn a_header_a_request_header_s_row_says_is_not_returned_is_none() {
    // `headers_answered`: "include"/"contain" read without their negation.
    let page = |said: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get message\n\n## HTTP request\n```http\nGET /me/messages/{{id}}\n```\n\n## Request headers\n| Name | Type | Description |\n|:---|:---|:---|\n| Prefer: return=minimal | string | If specified, the response doesn't include the `Content-Location` header. |\n| If-Match | string | {said} |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [message](../resources/message.md) object in the response body.\n"
        )
    };
    let headers = |said: &str| -> Vec<String> {
        extract(&page(said)).operations[0].operation.responses[0].headers.iter().map(|h| h.name.clone()).collect()
    };
    // Nor the request's own header, which the row names as sent.
    let none: Vec<String> = Vec::new();
    assert_eq!(headers("If the `If-Match` header doesn't match, the response contains an error."), none);
}

#[test]
fn a_task_s_description_is_not_a_paragraph_of_a_sub_section_before_its_request() {
    // A task whose own permissions come before its HTTP request ("## Get a user's OneDrive" ›
    // "### Permissions" › "### HTTP request"), no lead paragraph of its own: the permissions
    // boilerplate is no description of the operation.
    let page = "---\ndoc_type: apiPageType\n---\n# Get Drive\n\nRetrieve the properties of a Drive resource.\n\n## Get current user's OneDrive\n\nThe signed in user's drive can be accessed from the `me` singleton.\n\n### HTTP request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-drive-default\" } -->\n```http\nGET /me/drive\n```\n\n## Get a user's OneDrive\n\n### Permissions\n\nOne of the following permissions is required to call this API.\n\n|Permission type|Permissions|\n|:---|:---|\n|Application|Files.Read.All|\n\n### HTTP request\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-drive-by-user\" } -->\n```http\nGET /users/{idOrUserPrincipalName}/drive\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [drive](../resources/drive.md) object in the response body.\n";
    let ops = extract(page).operations;
    let by_user = ops.iter().find(|o| o.operation.path == "/users/{idOrUserPrincipalName}/drive").unwrap();
    let description = by_user.operation.description.as_deref().unwrap_or_default();
    assert!(!description.contains("permissions is required"), "{description}");
}

#[test]
fn a_note_quoting_its_call_describes_that_line_s_key() {
    // beta's presence get: one note per line, each quoting the call it is about.
    let page = "---\ndoc_type: apiPageType\n---\n# Get presence\n\n## HTTP request\n```http\nGET /users/{id}/presence\nGET /communications/presences/{id}\n```\n\n> **Note:** If you call `GET /users/{id}/presence`, replace `{id}` with the user's GUID.\n>\n> **Note:** If you call `GET /communications/presences/{id}`, replace `{id}` with the presence's id.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [presence](../resources/presence.md) object in the response body.\n";
    let ops = extract(page).operations;
    let described = |path: &str| {
        let op = ops.iter().find(|o| o.operation.path == path).unwrap();
        op.operation.parameters.iter().find(|p| p.name == "id").and_then(|p| p.description.clone()).unwrap_or_default()
    };
    assert!(described("/users/{id}/presence").contains("`GET /users/{id}/presence`"));
    assert!(described("/communications/presences/{id}").contains("`GET /communications/presences/{id}`"));
}

#[test]
fn a_body_the_page_calls_optional_object_is_optional() {
    // v1.0's application addPassword: "In the request body, provide an optional `passwordCredential`
    // object with the following properties." (every row "Optional.").
    let page = |said: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# application: addPassword\n\n## HTTP request\n```http\nPOST /applications/{{id}}/addPassword\n```\n\n## Request body\n{said}\n\n| Property | Type | Description |\n|:---|:---|:---|\n| passwordCredential | [passwordCredential](../resources/passwordcredential.md) | The credential. Optional. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a new [passwordCredential](../resources/passwordcredential.md) object in the response body.\n"
        )
    };
    let required = |said: &str| extract(&page(said)).operations[0].operation.request_body.as_ref().unwrap().required;
    assert!(!required(
        "In the request body, provide an optional `passwordCredential` object with the following properties."
    ));
    assert!(required("In the request body, provide a `passwordCredential` object with the following properties."));
}

#[test]
fn calls_the_examples_make_with_fewer_of_the_line_s_arguments_are_paths_too() {
    // v1.0's channel doesUserHaveAccess: "Either specify the **userId** or the **userPrincipalName**".
    let example = |name: &str, call: &str| {
        format!(
            "<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/teams/t1/channels/c1/doesUserHaveAccess({call})\n```\n"
        )
    };
    let text = format!(
        "---\ndoc_type: apiPageType\n---\n# channel: doesUserHaveAccess\n\n## HTTP request\n```http\nGET /teams/{{team-id}}/channels/{{channel-id}}/doesUserHaveAccess(userId='@userId',tenantId='@tenantId',userPrincipalName='@userPrincipalName')\n```\n\n## Response\nIf successful, this function returns a `200 OK` response code and a Boolean in the response body.\n\n## Examples\n{}{}{}{}",
        example("one", "userId='u1'"),
        example("two", "userId='u1',tenantId='t1'"),
        example("again", "userId='u2'"),
        example("upn", "userPrincipalName='a@b.c'"),
    );
    let ops = extract(&text).operations;
    let paths: Vec<&str> = ops.iter().map(|o| o.operation.path.as_str()).collect();
    let head = "/teams/{team-id}/channels/{channel-id}/doesUserHaveAccess";
    assert_eq!(
        paths,
        [
            format!("{head}(userId='{{userId}}')"),
            format!("{head}(userId='{{userId}}',tenantId='{{tenantId}}')"),
            format!("{head}(userPrincipalName='{{userPrincipalName}}')"),
            format!("{head}(userId='{{userId}}',tenantId='{{tenantId}}',userPrincipalName='{{userPrincipalName}}')"),
        ]
    );
    let ids: std::collections::HashSet<&str> = ops.iter().map(|o| o.operation.id.as_str()).collect();
    assert_eq!(ids.len(), 4);
    // Every example passing them all: the line alone.
    let all = text.replace(
        "doesUserHaveAccess(userId='u1')",
        "doesUserHaveAccess(userId='u1',tenantId='t',userPrincipalName='u')",
    );
    let all = all
        .replace(
            "doesUserHaveAccess(userId='u1',tenantId='t1')",
            "doesUserHaveAccess(userId='u1',tenantId='t',userPrincipalName='u')",
        )
        .replace(
            "doesUserHaveAccess(userId='u2')",
            "doesUserHaveAccess(userId='u1',tenantId='t',userPrincipalName='u')",
        )
        .replace(
            "doesUserHaveAccess(userPrincipalName='a@b.c')",
            "doesUserHaveAccess(userId='u1',tenantId='t',userPrincipalName='u')",
        );
    assert_eq!(extract(&all).operations.len(), 1);
    // An example passing an argument the line does not: no call of the line's.
    let other = text.replace("userPrincipalName='a@b.c'", "displayName='x'");
    assert_eq!(extract(&other).operations.len(), 3);
}

#[test]
fn an_unannotated_call_under_the_query_parameters_is_syntax_beside_a_section_of_examples() {
    // v1.0's schedule dayNotes list: no annotations; "The following example shows how to use the
    // `$filter` parameter." and a call under "Optional query parameters", then "## Examples".
    let text = "---\ndoc_type: apiPageType\n---\n# List dayNotes\n\n## HTTP request\n```http\nGET /teams/{teamsId}/schedule/dayNotes\n```\n\n## Optional query parameters\nThis method supports some of the OData query parameters to help customize the response.\n\nThe following example shows how to use the `$filter` parameter.\n\n```http\nGET /teams/{teamsId}/schedule/dayNotes?$filter=dayNoteDate eq 2023-11-3\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a list of [dayNote](../resources/daynote.md) objects in the response body.\n\n## Examples\n\n### Request\n```http\nGET /teams/d72f9b8e/schedule/dayNotes\n```\n\n### Response\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": [{\"id\": \"NOTE_1\"}]}\n```\n";
    let out = extract(text);
    let example = out.operations[0].operation.responses[0].body.as_ref().and_then(|b| b.example.clone());
    assert_eq!(example, Some(serde_json::json!({"value": [{"id": "NOTE_1"}]})));
    // Without a section of examples the call there is the page's example request (older pages).
    let headless = text.replace(
        "## Examples\n\n### Request\n```http\nGET /teams/d72f9b8e/schedule/dayNotes\n```\n\n### Response",
        "## Response example",
    );
    let out = extract(&headless);
    assert!(out.operations[0].operation.responses[0].body.as_ref().and_then(|b| b.example.clone()).is_some());
}

#[test]
fn a_read_by_key_answers_one_object_whatever_a_copied_collection_annotation_says() {
    // v1.0's team installed app get: "a [teamsAppInstallation] object", its examples annotated
    // `"isCollection": true` and answering `{"value": [...]}`, copied from the list's page.
    let text = |line: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get installed app in team\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [teamsAppInstallation](../resources/teamsappinstallation.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_installed_teams_apps\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/teams/t1/installedApps/a1\n```\n<!-- {{ \"blockType\": \"response\", \"truncated\": true, \"@odata.type\": \"microsoft.graph.teamsAppInstallation\", \"isCollection\": true }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": [{{\"id\": \"a1\"}}]}}\n```\n"
        )
    };
    let shape = |t: &str| extract(t).operations[0].operation.responses[0].body.as_ref().map(|b| b.shape.clone());
    assert_eq!(
        shape(&text("GET /teams/{id}/installedApps/{id}")),
        Some(Shape::Type(TypeRef::Named("teamsAppInstallation".into())))
    );
    // A read of the set takes the annotation's word.
    assert_eq!(
        shape(&text("GET /teams/{id}/installedApps")),
        Some(Shape::CollectionPage(TypeRef::Named("teamsAppInstallation".into())))
    );
}

#[test]
fn an_example_of_another_line_s_call_adds_no_call_to_this_one() {
    // v1.0's itemActivityStat getActivitiesByInterval writes the list item's call with fewer
    // arguments as a line of its own; an example of that line says nothing of the drive
    // item's or the site's call.
    let text = "---\ndoc_type: apiPageType\n---\n# Get item activity stats by interval\n\n## HTTP request\n```http\nGET /drives/{drive-id}/items/{item-id}/getActivitiesByInterval(startDateTime='2017-01-01',endDateTime='2017-01-10',interval='day')\nGET /sites/{site-id}/getActivitiesByInterval(startDateTime='2016',endDateTime='2017',interval='month')\nGET /sites/{site-id}/lists/{list-id}/items/{item-id}/getActivitiesByInterval(startDateTime='2017-05-01',interval='week')\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [itemActivityStat](../resources/itemactivitystat.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get-activities-by-interval\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/sites/s1/lists/l1/items/i1/getActivitiesByInterval(startDateTime='2017-05-01',interval='week')\n```\n";
    let paths: Vec<String> = extract(text).operations.iter().map(|o| o.operation.path.clone()).collect();
    assert_eq!(
        paths,
        [
            "/drives/{drive-id}/items/{item-id}/getActivitiesByInterval(startDateTime='{startDateTime}',endDateTime='{endDateTime}',interval='{interval}')",
            "/sites/{site-id}/getActivitiesByInterval(startDateTime='{startDateTime}',endDateTime='{endDateTime}',interval='{interval}')",
            "/sites/{site-id}/lists/{list-id}/items/{item-id}/getActivitiesByInterval(startDateTime='{startDateTime}',interval='{interval}')",
        ]
    );
}

#[test]
fn a_status_block_followed_by_a_block_of_json_is_one_response_example() {
    // v1.0's sign-ins: ```http HTTP/1.1 200 OK, headers``` then ```json {…}```, annotated once.
    let page = |between: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get signIn\n\n## HTTP request\n```http\nGET /auditLogs/signIns/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [signIn](../resources/signin.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_signin\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/auditLogs/signIns/1\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.signIn\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n```\n{between}\n```json\n{{\"id\": \"1\", \"userDisplayName\": \"Test\"}}\n```\n"
        )
    };
    let example =
        |text: &str| extract(text).operations[0].operation.responses[0].body.as_ref().and_then(|b| b.example.clone());
    assert_eq!(example(&page("")), Some(serde_json::json!({"id": "1", "userDisplayName": "Test"})));
    // A block of its own annotation is not the body.
    assert_eq!(example(&page("\n<!-- { \"blockType\": \"ignored\" } -->\n")), None);
    // An include line between the two is skipped (v1.0's directory audit list).
    let included = page("\n[!INCLUDE [sdk-documentation](../includes/snippets/snippets-sdk-documentation-link.md)]\n");
    assert_eq!(example(&included), Some(serde_json::json!({"id": "1", "userDisplayName": "Test"})));
}

#[test]
fn an_example_of_another_call_by_method_and_path_decides_nothing_for_the_page_s_lines() {
    // beta's createUploadSession: its own request example annotated `ignored`, the one annotated
    // request a later step's `PUT /me/drive/root:/{path_to_file}` answering a `201` driveItem.
    let text = "---\ndoc_type: apiPageType\n---\n# driveItem: createUploadSession\n\n## HTTP request\n```http\nPOST /me/drive/items/{itemId}/createUploadSession\n```\n\n### Response\nThe response provides an [uploadSession](../resources/uploadsession.md) resource.\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.uploadSession\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"uploadUrl\": \"https://example.com/up\"}\n```\n\n## Handle upload errors\n\n<!-- { \"blockType\": \"request\", \"name\": \"explicit-upload-commit\" } -->\n```http\nPUT /me/drive/root:/{path_to_file}\nContent-Type: application/json\n\n{\"name\": \"largefile.vhd\"}\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.driveItem\" } -->\n```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"id\": \"1\", \"name\": \"largefile.vhd\"}\n```\n";
    let out = extract(text);
    let op = &out.operations[0].operation;
    assert_eq!(op.id, "drive_item_create_upload_session");
    let success = &op.responses[0];
    assert_eq!(success.status, 200);
    assert!(
        matches!(success.body.as_ref().map(|b| &b.shape), Some(Shape::Type(TypeRef::Named(n))) if n == "uploadSession"),
        "{success:?}"
    );
}

#[test]
fn an_example_name_ending_in_a_mark_the_path_writes_keeps_it() {
    // v1.0's alert update: `update_alert_v2` for `PATCH /security/alerts_v2/{alertId}`; the legacy
    // alerts' page is `update_alert`.
    let text = "---\ndoc_type: apiPageType\n---\n# Update alert\n\n## HTTP request\n```http\nPATCH /security/alerts_v2/{alertId}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"update_alert_v2\" } -->\n```http\nPATCH https://graph.microsoft.com/v1.0/security/alerts_v2/da637551227677560813_-961444813\nContent-type: application/json\n\n{\"status\": \"inProgress\"}\n```\n";
    assert_eq!(operation_ids(text), ["update_alert_v2"]);
    // A version mark the path does not write is dropped.
    assert_eq!(operation_ids(&text.replace("alerts_v2", "alerts")), ["update_alert"]);
}

#[test]
fn a_later_line_whose_example_keeps_a_path_mark_takes_the_page_s_id() {
    // v1.0's whois record get (the host's record first, the record by key second), the record's
    // set written with a mark as `alerts_v2` is: the line the one example calls takes the id.
    let page = |set: &str, name: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get whoisRecord\n\n## HTTP request\n```http\nGET /security/hosts/{{hostId}}/whois\nGET /security/threatIntelligence/{set}/{{whoisRecordId}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [whoisRecord](../resources/security-whoisrecord.md) object in the response body.\n\n## Examples\n<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/security/threatIntelligence/{set}/Y29\n```\n"
        )
    };
    let plain = operation_ids(&page("whoisRecords", "get_whoisrecord"));
    assert_eq!(plain[1], "get_whois_record", "{plain:?}");
    let marked = operation_ids(&page("whoisRecords_v2", "get_whoisrecord_v2"));
    assert_eq!(marked[1], "get_whois_record_v2", "{marked:?}");
}

/// The query parameters (not OData's) of the operation at `path` among a page's.
fn own_query_parameters(out: &PageOutput, path: &str) -> Vec<(String, bool)> {
    let op = out.operations.iter().find(|o| o.operation.path == path).map(|o| &o.operation);
    let op = op.unwrap_or_else(|| {
        panic!("{path}: {:?}", out.operations.iter().map(|o| &o.operation.path).collect::<Vec<_>>())
    });
    op.parameters
        .iter()
        .filter(|p| p.location == ParamLocation::Query && !p.name.starts_with('$'))
        .map(|p| (p.name.clone(), p.required))
        .collect()
}

#[test]
fn an_optional_argument_an_example_passes_in_the_query_string_is_the_bare_call_s_query_parameter() {
    // v1.0's driveItem delta: `token` a function parameter, "Optional."; one example calls
    // `delta(token='…')`, others `delta?token=latest`: both forms are the contract's.
    let text = "---\ndoc_type: apiPageType\n---\n# driveItem: delta\n\n## HTTP request\n```http\nGET /me/drive/root/delta\n```\n\n## Function parameters\n| Parameter | Type | Description |\n|:---|:---|:---|\n| token | string | Optional. If `latest`, returns the latest delta token. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [driveItem](../resources/driveitem.md) resources in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_item_delta_last\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/delta(token='1230919asd190410jlka')\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-delta-latest\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/delta?token=latest\n```\n";
    let token = [("token".to_string(), false)];
    let out = extract(text);
    assert_eq!(own_query_parameters(&out, "/me/drive/root/delta"), token);
    assert!(own_query_parameters(&out, "/me/drive/root/delta(token='{token}')").is_empty());
    // Without an example passing it so, the bare call takes no such parameter.
    let out = extract(&text.replace("delta?token=latest", "delta"));
    assert!(own_query_parameters(&out, "/me/drive/root/delta").is_empty());
    // The page's "Optional query parameters" table also listing `token`: the same.
    let listed = "---\ndoc_type: apiPageType\n---\n# driveItem: delta\n\n## HTTP request\n```http\nGET /me/drive/root/delta\n```\n\n## Function parameters\n| Parameter | Type | Description |\n|:---|:---|:---|\n| token | string | Optional. If `latest`, returns the latest delta token. |\n\n## Optional query parameters\n| Parameter | Type | Description |\n|:---|:---|:---|\n| token | string | If `latest`, returns the latest delta token. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [driveItem](../resources/driveitem.md) resources in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_item_delta_last\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/delta(token='1230919asd190410jlka')\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-delta-latest\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/delta?token=latest\n```\n";
    let out = extract(listed);
    assert_eq!(own_query_parameters(&out, "/me/drive/root/delta"), token);
    assert!(own_query_parameters(&out, "/me/drive/root/delta(token='{token}')").is_empty());
    // Two optional arguments, `token` passed as `delta?token=latest`, `since` as `delta(since='…')`:
    // the call passing `since` in its path is not the call without arguments.
    let two = "---\ndoc_type: apiPageType\n---\n# driveItem: delta\n\n## HTTP request\n```http\nGET /me/drive/root/delta\n```\n\n## Function parameters\n| Parameter | Type | Description |\n|:---|:---|:---|\n| token | string | Optional. If `latest`, returns the latest delta token. |\n| since | string | Optional. A date. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [driveItem](../resources/driveitem.md) resources in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_item_delta_since\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/delta(since='2020-01-01')\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-delta-latest\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drive/root/delta?token=latest\n```\n";
    let out = extract(two);
    assert_eq!(own_query_parameters(&out, "/me/drive/root/delta"), token);
    assert!(own_query_parameters(&out, "/me/drive/root/delta(since='{since}')").is_empty());
}

#[test]
fn a_success_s_location_after_a_redirect_sentence_is_the_success_s() {
    // One paragraph: a redirect in one case, then the success and its own `Location` header,
    // which the sentence's own `201 Created` claims.
    let page = "---\ndoc_type: apiPageType\n---\n# Create item\n\n## HTTP request\n```http\nPOST /items\n```\n\n## Request body\nIn the request body, supply a JSON representation of an [item](../resources/item.md) object.\n\n## Response\nIf successful, this method returns a `201 Created` response code. If the item already exists, it returns a `303 See Other` response code. The `201 Created` response has a `Location` header with the URL of the new item.\n";
    let ops = extract(page).operations;
    let created = ops[0].operation.responses.iter().find(|r| r.status == 201).expect("the 201");
    assert!(created.location_header, "{:?}", ops[0].operation.responses);
}

#[test]
fn a_json_block_another_block_sends_as_a_member_is_not_the_body() {
    // v1.0's createUploadSession as it read in 2020: "you can specify an `item` property …",
    // item's properties (a resource block), then a block sending `item`; no "the `item` property
    // allows setting the following parameters".
    let text = "---\ndoc_type: apiPageType\n---\n# driveItem: createUploadSession\n\n## HTTP request\n```http\nPOST /me/drive/items/{itemId}/createUploadSession\n```\n\n## Request body\nNo request body is required.\nHowever, you can specify an `item` property in the request body, providing additional data about the file being uploaded.\n\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.driveItemUploadableProperties\" } -->\n```json\n{\"@microsoft.graph.conflictBehavior\": \"rename | fail | replace\", \"description\": \"description\", \"name\": \"filename.txt\"}\n```\n\nFor example, to control the behavior if the filename is already taken, you can specify the conflict behavior property in the body of the request.\n\n<!-- { \"blockType\": \"ignored\" } -->\n```json\n{\"item\": {\"@microsoft.graph.conflictBehavior\": \"rename\"}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
    assert_eq!(request_body_members(text), ["item"]);
}

#[test]
fn an_action_called_with_patch_requires_the_parameters_its_table_requires() {
    // beta's qrPin: updatePin: `PATCH …/pin/updatepin`, "the parameters that are required when you
    // call this action": the action's parameters, not an entity's members an update sends as they change.
    let page = |title: &str, header: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPATCH /me/authentication/qrCodePinMethod/pin/updatepin\n```\n\n## Request body\nThe following table lists the parameters that are required when you call this action.\n\n|{header}|Type|Description|\n|:---|:---|:---|\n|currentPin|String|The current PIN.|\n|newPin|String|The new PIN.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n"
        )
    };
    let required = |text: &str| {
        let body = extract(text).operations.remove(0).operation.request_body.expect("a body");
        let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
        members.into_iter().filter(|m| m.required).map(|m| m.name).collect::<Vec<_>>()
    };
    assert_eq!(required(&page("qrPin: updatePin", "Parameter")), ["currentPin", "newPin"]);
    // An update's table of properties: each sent as it changes, as before.
    assert!(required(&page("Update qrPin", "Property")).is_empty());
}

#[test]
fn a_reference_body_keeps_only_an_example_sending_a_reference() {
    // beta's device registered owners add: `POST …/registeredOwners/$ref` sends the owner's URL;
    // the page's example sends `{"directoryObject": {}}`, which the contract's body does not take.
    let text = |sent: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Create registeredOwner\n\n## HTTP request\n```http\nPOST /devices/{{id}}/registeredOwners/$ref\n```\n\n## Request body\nIn the request body, supply a JSON representation of [directoryObject](../resources/directoryobject.md) object.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/devices/1/registeredOwners/$ref\nContent-type: application/json\n\n{sent}\n```\n"
        )
    };
    let example =
        |sent: &str| extract(&text(sent)).operations.remove(0).operation.request_body.expect("a body").example;
    assert_eq!(example(r#"{"directoryObject": {}}"#), None);
    let reference = serde_json::json!({"@odata.id": "https://graph.microsoft.com/beta/directoryObjects/2"});
    assert_eq!(example(&reference.to_string()), Some(reference));
    // `{}`, removing the reference, fits too.
    assert_eq!(example("{}"), Some(serde_json::json!({})));
}

#[test]
fn a_list_takes_no_example_of_one_object_another_url_answers() {
    // beta's sharedWithMe: the list's own request shown only in an include; the page's one
    // request example reads an item by its URL and answers one object.
    let text = |answer: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# drive: sharedWithMe\n\n## HTTP request\n```http\nGET /me/drive/sharedWithMe\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [driveItem](../resources/driveitem.md) resources in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_shared_item\" }} -->\n```http\nGET https://graph.microsoft.com/beta/drives/987def/items/987def!654\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{answer}\n```\n"
        )
    };
    let example = |answer: &str| {
        let op = extract(&text(answer)).operations.remove(0).operation;
        op.responses[0].body.as_ref().and_then(|b| b.example.clone())
    };
    assert_eq!(example(r#"{"id": "987def!654", "name": "a.pptx"}"#), None);
    // A page of items it answers is the list's example, as before.
    assert_eq!(example(r#"{"value": [{"id": "1"}]}"#), Some(serde_json::json!({"value": [{"id": "1"}]})));
}

#[test]
fn examples_named_by_scenario_after_the_shared_words_keep_their_name() {
    // "Get user mailbox settings": the names' scenarios follow what they share, as numbered
    // examples' do (`get_mailboxSettings_1`, `_2`: `get_mailbox_settings`); nothing stands between.
    let example = |name: &str| {
        format!(
            "<!-- {{ \"blockType\": \"request\", \"name\": \"{name}\" }} -->\n```http\nGET https://graph.microsoft.com/beta/me/mailboxSettings\n```\n"
        )
    };
    let page = |names: [&str; 2]| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get user mailbox settings\n\n## HTTP request\n```http\nGET /me/mailboxSettings\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Examples\n{}{}",
            example(names[0]),
            example(names[1])
        )
    };
    assert_eq!(operation_ids(&page(["get_mailboxSettings_1", "get_mailboxSettings_2"])), ["get_mailbox_settings"]);
    assert_eq!(
        operation_ids(&page(["get_mailboxSettings_timeZone", "get_mailboxSettings_language"])),
        ["get_mailbox_settings"]
    );
}

#[test]
fn accepted_work_whose_example_writes_its_headers_as_json_in_capitals_answers_no_body() {
    // Header names are case-insensitive: `{"Content-Length": "0", "Location": …}` is the same headers.
    let page = |body: &str| {
        format!(
            "---\ndoc_type: apiPageType\n---\n# searches: exportResult\n\n## HTTP request\n```http\nPOST /searches/{{id}}/exportResult\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nPOST https://graph.microsoft.com/beta/searches/1/exportResult\n```\n\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 202 Accepted\n{body}\n```\n"
        )
    };
    let body = |text: String| extract(&text).operations.remove(0).operation.responses.remove(0).body;
    let headers = r#"{"Cache-Control": "no-store", "Content-Length": "0", "Location": "https://graph.microsoft.com/beta/operations/1"}"#;
    assert!(body(page(headers)).is_none());
}
