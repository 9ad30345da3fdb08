use super::names::*;
use super::table::*;
use super::*;
use crate::types::TypeRef;

fn description(text: &str) -> Option<String> {
    let src = crate::SourceFile::new("a.md", text);
    page_description(&Page::parse(crate::FileId(0), &src, &mut Vec::new()))
}

#[test]
fn a_front_matter_description_naming_only_the_type_gives_way_to_the_lead() {
    // beta's workbookCommentReply: the front matter's boilerplate above the page's own sentence.
    let page = |front: &str| {
        format!(
            "---\ndescription: \"{front}\"\n---\n# workbookCommentReply resource type\n\nRepresents a reply to an excel comment.\n"
        )
    };
    let lead = Some("Represents a reply to an excel comment.".to_string());
    assert_eq!(description(&page("Definition of workbookCommentReply resource type")), lead);
    let own = "A reply to a comment on a workbook.";
    assert_eq!(description(&page(own)).as_deref(), Some(own), "a description of its own stays");
    // No lead to take: the front matter's, whatever it says.
    let bare = "---\ndescription: \"Definition of workbookCommentReply resource type\"\n---\n# workbookCommentReply resource type\n";
    assert_eq!(description(bare).as_deref(), Some("Definition of workbookCommentReply resource type"));
}

/// The properties of a page's first table.
fn first_table_properties(text: &str) -> Vec<Property> {
    let src = crate::SourceFile::new("a.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let table = page
        .doc
        .blocks
        .iter()
        .find_map(|b| match b {
            crate::markdown::Block::Table(t) => Some(t),
            _ => None,
        })
        .expect("the page's table");
    table_properties(&page, table, &mut PageOutput::default(), &mut Vec::new())
}

/// What resource page `name` gives.
fn resource_output(name: &str, text: &str) -> PageOutput {
    let src = crate::SourceFile::new(name, text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    extract_resource_page(&page, &mut Vec::new())
}

fn resource(name: &str, text: &str) -> TypeDef {
    resource_output(name, text).types.remove(0)
}

#[test]
fn a_namespace_of_microsoft_alone_lost_its_graph() {
    assert_eq!(strip_namespace("#microsoft.graph.user"), "user");
    assert_eq!(strip_namespace("microsoft.deviceMetadata"), "deviceMetadata");
    assert_eq!(strip_namespace("#microsoft."), "microsoft.", "no name to take");
    assert_eq!(strip_namespace("microsoft.graph.security.alert"), "security.alert");
    assert_eq!(
        strip_namespace("microsoft.dataClassificationService.contract.x"),
        "microsoft.dataClassificationService.contract.x"
    );
}

#[test]
fn a_type_cell_saying_readonly_marks_the_property_read_only() {
    let text = "---\ndoc_type: resourcePageType\n---\n# operationError resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|code|string (readonly)|The error code.|\n|message|String (read-only)|The message.|\n|target|String|The target.|\n|details|String collection (readonly)|Details.|\n|by|[identitySet](identityset.md) collection (readonly)|Who.|\n|kind|String, read-only|The kind.|\n";
    let t = resource("resources/operationerror.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool, bool)> = properties
        .iter()
        .map(|p| (p.name.as_str(), p.read_only, p.ty == TypeRef::Primitive(crate::types::Primitive::String)))
        .collect();
    assert_eq!(marks[..3], [("code", true, true), ("message", true, true), ("target", false, true)]);
    let kinds: Vec<(&str, bool, &TypeRef)> =
        properties[3..].iter().map(|p| (p.name.as_str(), p.read_only, &p.ty)).collect();
    let string = TypeRef::Primitive(crate::types::Primitive::String);
    assert_eq!(
        kinds,
        [
            ("details", true, &TypeRef::Collection(Box::new(string.clone()))),
            ("by", true, &TypeRef::Collection(Box::new(TypeRef::Named("identitySet".into())))),
            ("kind", true, &string),
        ]
    );
}

#[test]
fn a_value_named_in_a_code_span_is_no_read_only_mark() {
    // Synchronization's attributeDefinition: `ReadOnly` is one of the mutability's values.
    let text = "---\ndoc_type: resourcePageType\n---\n# attributeDefinition resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|mutability|mutability|An attribute's mutability. The possible values are: `ReadWrite`, `ReadOnly`, `Immutable`. Default is `ReadWrite`.|\n|name|String|The name. Read-only.|\n|odd|String|A stray ` backtick. Read-only.|\n";
    let t = resource("resources/attributedefinition.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.read_only)).collect();
    assert_eq!(marks, [("mutability", false), ("name", true), ("odd", true)]);
}

#[test]
fn a_property_that_cannot_be_set_is_read_only() {
    // Custom security attribute definitions: "The **id** property is auto generated and cannot be set."
    let text = "---\ndoc_type: resourcePageType\n---\n# customSecurityAttributeDefinition resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The identifier. The **id** property is auto generated and cannot be set. Case insensitive.|\n|isCollection|Boolean|Whether several values can be assigned. If **type** is set to `Boolean`, **isCollection** cannot be set to `true`.|\n|scope|String|The scope. It can't be set globally for the organization.|\n|owner|String|The owner. If unassigned, it cannot be set.|\n";
    let t = resource("resources/customsecurityattributedefinition.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.read_only)).collect();
    assert_eq!(marks, [("id", true), ("isCollection", false), ("scope", false), ("owner", false)]);
}

#[test]
fn a_notice_in_the_lead_deprecating_the_type_deprecates_it() {
    // beta's cloudPcExternalPartnerSetting: "> [!CAUTION]\n> The external partner setting API is deprecated …".
    let deprecated = |notice: &str| {
        let text = format!(
            "---\ndoc_type: resourcePageType\n---\n# cloudPcExternalPartnerSetting resource type\n\n{notice}\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n"
        );
        let src = crate::SourceFile::new("resources/cloudpcexternalpartnersetting.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        !super::extract_resource_page(&page, &mut Vec::new()).deprecated_types.is_empty()
    };
    assert!(deprecated(
        "> [!CAUTION]\n> The external partner setting API is deprecated and will stop returning data on **March 31, 2026**."
    ));
    assert!(deprecated("> The **cloudPcExternalPartnerSetting** resource is deprecated and will stop returning data."));
    assert!(deprecated("This resource is deprecated."));
    // The type linked by its name (v1.0's tiIndicator: "The [tiIndicator](tiindicator.md) entity is deprecated").
    assert!(deprecated(
        "> The [cloudPcExternalPartnerSetting](cloudpcexternalpartnersetting.md) entity is deprecated."
    ));
    // A property's, another API's, or none.
    assert!(!deprecated("> The **registrantId** property is deprecated and will stop returning data."));
    assert!(!deprecated("> The meeting registration API is deprecated."));
    assert!(!deprecated("Represents a partner setting."));
}

#[test]
fn a_leading_underscore_is_the_name_s_and_a_pair_marks_emphasis() {
    // beta's searchHit: `|_id (deprecated)|String|…|` beside `hitId`.
    let text = "---\ndoc_type: resourcePageType\n---\n# searchHit resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|hitId|String|The id.|\n|_id (deprecated)|String|Renamed as **hitId**.|\n|\\_score\\_|Int32|The score.|\n";
    let t = resource("resources/searchhit.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let names: Vec<&str> = properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["hitId", "_id", "score"]);
}

#[test]
fn a_type_cell_saying_deprecated_deprecates_the_member() {
    // beta's organizationSettings: `|itemInsights|[insightsSettings](insightssettings.md) (deprecated)|…|`.
    let text = "---\ndoc_type: resourcePageType\n---\n# organizationSettings resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|itemInsights|[insightsSettings](insightssettings.md) (deprecated)|The settings.|\n|contactInsights|[insightsSettings](insightssettings.md)|The settings.|\n|azureADJoin|[azureAdJoinPolicy (deprecated)](azureadjoinpolicy.md) [azureADJoinSettings](azureadjoinsettings.md)|The settings.|\n";
    let t = resource("resources/organizationsettings.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.deprecated)).collect();
    // Not an old type's mark beside its replacement (beta's device registration policy).
    assert_eq!(marks, [("itemInsights", true), ("contactInsights", false), ("azureADJoin", false)]);
}

#[test]
fn a_property_the_server_generates_is_read_only() {
    // v1.0's To Do pages: "Server generated ID for the linkedResource. Inherited from entity."
    let text = "---\ndoc_type: resourcePageType\n---\n# linkedResource resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|Server generated ID for the linkedResource. Inherited from entity.|\n|code|String|A system-generated code.|\n|token|String|Generated by the client.|\n|label|String|Server generated when the item is shared.|\n|key|String|Key of the entity. Automatically generated.|\n|appId|String|This is automatically generated by Intune at the time the application is created.|\n|displayName|String|Later updates may cause an automatically generated value to overwrite the value you set.|\n|tokenName|String|This is automatically generated when the token is created.|\n|modeId|String|The system-generated identifier for this mode.|\n|createdDateTime|DateTimeOffset|Set by the server. DateTime in UTC when the object was created on the server.|\n|appActivityId|String|Required. The unique activity ID, set by the server if left out.|\n|updatedBy|String|Identifier of the user who updated the log. This attribute is set by the system.|\n|updatedDateTime|DateTimeOffset|The time it was updated. This attribute is set by the system when the item changes.|\n|isDefault|Boolean|Whether it is the default. This is pre-set by the system.|\n";
    let t = resource("resources/linkedresource.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.read_only)).collect();
    assert_eq!(
        marks,
        [
            ("id", true),
            ("code", true),
            ("token", false),
            ("label", false),
            ("key", true),
            ("appId", true),
            ("displayName", false),
            ("tokenName", false),
            // The thing the row is of (v1.0's authentication strengths), not "in … mode".
            ("modeId", true),
            // v1.0's Project Rome activities: "Set by the server."; not under a condition.
            ("createdDateTime", true),
            ("appActivityId", false),
            // beta's partner security activity log: "This attribute is set by the system."; not under a condition.
            ("updatedBy", true),
            ("updatedDateTime", false),
            // (A value given first: "pre-set by the system".)
            ("isDefault", false)
        ]
    );
}

#[test]
fn a_value_the_caller_sets_is_not_server_generated() {
    // "Automatically generated." read as server-set, but not where the sentence denies it or
    // leaves the value to the caller.
    let text = "---\ndoc_type: resourcePageType\n---\n# importedDevice resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|externalKey|String|The caller's key for the device. It is not automatically generated.|\n|password|String|The device's password. Leave it empty to have one automatically generated.|\n|label|String|Set by the caller; otherwise auto-generated.|\n";
    let t = resource("resources/importeddevice.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.read_only)).collect();
    assert_eq!(marks, [("externalKey", false), ("password", false), ("label", false)]);
}

#[test]
fn a_value_the_caller_may_set_is_not_server_generated_in_other_words() {
    // The first review's "otherwise auto-generated" in the words a page would write it: a
    // sentence after "; " (its own sentence to `sentences`) ending "it is automatically generated",
    // or the caller's value "or is auto-generated".
    let text = "---\ndoc_type: resourcePageType\n---\n# importedDevice resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|label|String|Set by the caller; otherwise it is automatically generated.|\n|tag|String|Provided by the caller or is auto-generated.|\n|name|String|By default, the name is automatically generated.|\n";
    let t = resource("resources/importeddevice.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.read_only)).collect();
    assert_eq!(marks, [("label", false), ("tag", false), ("name", false)]);
}

#[test]
fn the_representation_respells_a_member_but_not_into_pascal_case() {
    let text = "---\ndoc_type: resourcePageType\n---\n# cloudLogonSessionEvidence resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|sessionId|String|The session.|\n|ioTHub|String|The hub.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.cloudLogonSessionEvidence\"} -->\n```json\n{\"SessionId\": \"String\", \"iotHub\": \"String\"}\n```\n";
    let t = resource("resources/x.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let names: Vec<&str> = properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["sessionId", "iotHub"]);
}

#[test]
fn a_response_copied_as_the_representation_shows_its_value() {
    // beta's attack simulation payload: `{"@odata.context": "…", "value": {…}}`.
    let text = |json: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# payload resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|name|String|The name.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.payload\"}} -->\n```json\n{json}\n```\n"
        )
    };
    // The table's members, then those only the representation shows.
    let names = |json: &str| {
        let src = crate::SourceFile::new("resources/payload.md", text(json));
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = extract_resource_page(&page, &mut Vec::new());
        let TypeKind::Object { properties, .. } = &out.types[0].kind else { panic!("{:?}", out.types) };
        let shown = out.shown.iter().flat_map(|(_, shown)| shown);
        properties.iter().chain(shown).map(|p| p.name.clone()).collect::<Vec<_>>()
    };
    let wrapped = r#"{"@odata.context": "https://graph.microsoft.com/beta/$metadata#payloads/$entity", "value": {"name": "n", "isAutomated": true}}"#;
    assert_eq!(names(wrapped), ["name", "isAutomated"]);
    // A type's own `value` member, without a response's context, stays.
    assert_eq!(names(r#"{"name": "String", "value": {"@odata.type": "microsoft.graph.x"}}"#), ["name", "value"]);
}

#[test]
fn an_unannotated_block_under_the_json_representation_heading_is_the_representation() {
    // beta's learningCourseActivity: no `blockType` before its block.
    let text = |annotation: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|name|String|The name.|\n\n## JSON representation\nThe following is a JSON representation of the resource.\n{annotation}\n``` json\n{{\"name\": \"String\", \"rank\": \"Int32\"}}\n```\n"
        )
    };
    let shown = |annotation: &str| {
        let out = resource_output("resources/x.md", &text(annotation));
        out.shown.iter().flat_map(|(_, shown)| shown).map(|p| p.name.clone()).collect::<Vec<_>>()
    };
    assert_eq!(shown(""), ["rank"]);
    // A block annotated as something else is not it.
    assert!(shown("<!-- {\"blockType\": \"ignored\"} -->").is_empty());
}

#[test]
fn a_collection_the_representation_shows_as_one_value_is_one_value_with_a_warning() {
    let text = "---\ndoc_type: resourcePageType\n---\n# servicePrincipal resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|alternativeNames|String collection|Names.|\n|tags|String collection|Tags.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.servicePrincipal\"} -->\n```json\n{\"alternativeNames\": \"string\", \"tags\": [\"String\"]}\n```\n";
    let src = crate::SourceFile::new("resources/serviceprincipal.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    let out = extract_resource_page(&page, &mut diags);
    let TypeKind::Object { properties, .. } = &out.types[0].kind else { panic!("{:?}", out.types) };
    let types: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.ty.is_collection())).collect();
    assert_eq!(types, [("alternativeNames", false), ("tags", true)]);
    assert_eq!(diags.iter().map(|d| d.code).collect::<Vec<_>>(), [codes::EXAMPLE_TYPE_MISMATCH]);
    assert!(diags[0].message.contains("`alternativeNames` of `servicePrincipal`"), "{}", diags[0].message);
    assert_eq!(&text[diags[0].span.start..diags[0].span.start + 16], "alternativeNames");
}

#[test]
fn a_sub_heading_s_table_of_members_the_representation_shows_continues_the_table() {
    // tiIndicator: `### Indicator observables - file` under `## Properties`; a values table and
    // a table of another thing's members (`### Properties of a policy definition`) are not the type's.
    let text = "---\ndoc_type: resourcePageType\n---\n# tiIndicator resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n\n### Indicator observables - file\n\n|Property|Type|Description|\n|:--|:--|:--|\n|fileName|String|The name.|\n|fileSize|Int64|The size.|\n|filePath|String|The path.|\n\n### Properties of a policy definition\n\n|Property|Type|Description|\n|:--|:--|:--|\n|rules|String|The rules.|\n|version|Int32|The version.|\n\n### tlpLevel values\n\n|Member|Value|Description|\n|:--|:--|:--|\n|white|1|White.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.tiIndicator\"} -->\n```json\n{\"id\": \"String\", \"fileName\": \"String\", \"fileSize\": 1024, \"filePath\": \"String\"}\n```\n";
    let TypeKind::Object { properties, .. } = resource("tiindicator.md", text).kind else { panic!("an object") };
    let types: Vec<(&str, String)> = properties.iter().map(|p| (p.name.as_str(), format!("{:?}", p.ty))).collect();
    assert_eq!(
        types,
        [
            ("id", "Primitive(String)".to_string()),
            ("fileName", "Primitive(String)".to_string()),
            ("fileSize", "Primitive(Int64)".to_string()),
            ("filePath", "Primitive(String)".to_string())
        ]
    );
}

#[test]
fn a_page_documenting_properties_without_naming_a_type_says_so() {
    let text = "---\ndoc_type: resourcePageType\n---\n# complex types JSON\n\n## Postal address\n\n### Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|street|string|Street.|\n|balance|numeric|Owed.|\n";
    let src = crate::SourceFile::new("resources/dynamics-complextypes.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let mut diags = Vec::new();
    assert!(extract_resource_page(&page, &mut diags).types.is_empty());
    assert_eq!(diags.iter().map(|d| d.code).collect::<Vec<_>>(), [codes::UNNAMED_TYPE]);
    assert!(diags[0].message.contains("`complex types JSON`"), "{}", diags[0].message);
    // A page without a title heading (its front matter run onto the heading's line) says that.
    let untitled = "---title: \"x resource type\"---# x resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|street|string|Street.|\n";
    let src = crate::SourceFile::new("resources/x.md", untitled);
    let mut diags = Vec::new();
    extract_resource_page(&Page::parse(crate::FileId(0), &src, &mut Vec::new()), &mut diags);
    let unnamed: Vec<_> = diags.iter().filter(|d| d.code == codes::UNNAMED_TYPE).collect();
    assert!(unnamed.first().is_some_and(|d| d.message.contains("no `# ` title heading")), "{diags:?}");
    // An overview page without properties is not reported; a named one is read, `numeric` a number.
    let src = crate::SourceFile::new("resources/x.md", "---\n---\n# Use the API\n\nSome prose.\n");
    let mut diags = Vec::new();
    extract_resource_page(&Page::parse(crate::FileId(0), &src, &mut Vec::new()), &mut diags);
    assert!(diags.is_empty(), "{diags:?}");
    let t = resource("resources/x.md", &text.replace("complex types JSON", "customer resource type"));
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    assert_eq!(properties[1].ty, TypeRef::Primitive(crate::types::Primitive::Decimal));
}

#[test]
fn an_annotation_s_stray_namespace_gives_way_to_the_prose() {
    let text = "---\ndoc_type: resourcePageType\n---\n# siteProtectionUnit resource type\n\nInherits from [protectionUnitBase](../resources/protectionunitbase.md).\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|siteId|String|The site.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.siteProtectionUnit\", \"baseType\": \"microsoft.backupRestore.protectionUnitBase\"} -->\n```json\n{\"siteId\": \"String\"}\n```\n";
    let t = resource("resources/siteprotectionunit.md", text);
    assert!(matches!(&t.kind, TypeKind::Object { base: Some(b), .. } if b == "protectionUnitBase"), "{:?}", t.kind);
    // beta's role management policy rules: a capitalized service namespace.
    let capital =
        text.replace("microsoft.backupRestore.", "Microsoft.Identity.Governance.Common.Data.ExternalModels.V1.");
    let t = resource("resources/siteprotectionunit.md", &capital);
    assert!(matches!(&t.kind, TypeKind::Object { base: Some(b), .. } if b == "protectionUnitBase"), "{:?}", t.kind);
    // Graph's own namespace stays; so does one the prose agrees with.
    let t = resource("resources/x.md", &text.replace("microsoft.backupRestore.", "microsoft.graph.security."));
    assert!(matches!(&t.kind, TypeKind::Object { base: Some(b), .. } if b == "security.protectionUnitBase"));
    let t = resource(
        "resources/x.md",
        &text.replace("[protectionUnitBase]", "[microsoft.backupRestore.protectionUnitBase]"),
    );
    assert!(
        matches!(&t.kind, TypeKind::Object { base: Some(b), .. } if b == "microsoft.backupRestore.protectionUnitBase"),
        "{:?}",
        t.kind
    );
    // A page named for its title, the stem prefixed with the namespace, over a copied annotation.
    let text = "---\ndoc_type: resourcePageType\n---\n# complianceSettings resource type\n\nNamespace: microsoft.graph.externalConnectors\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|eDiscoveryResultTemplates|String|Templates.|\n\n## JSON representation\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.externalConnectors.searchSettings\"} -->\n```json\n{}\n```\n";
    assert_eq!(
        resource("resources/externalconnectors-compliancesettings.md", text).name,
        "externalConnectors.complianceSettings"
    );
    assert_eq!(
        resource("resources/externalconnectors-searchsettings.md", text).name,
        "externalConnectors.searchSettings"
    );
}

#[test]
fn a_type_cell_running_into_its_description_is_split() {
    let text = "# x resource type\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n\
                |isEnabled|BooleanEnables the user to be in limited mode. Required.|\n\
                |name|String The name of the thing, shown to users.|\n\
                |tags|String collection|\n\
                |when|DateTime The time the thing happened.|\n\
                |start|DateTimeTimeZone The start of the meeting.|\n\
                |names|String Collection. The names shown to users.|\n\
                |owner|[identity](identity.md)|The owner.|\n\
                |id|StringUnique ID for the system. Inherited from [entity](../resources/entity.md).|\n";
    let props = first_table_properties(text);
    let read: Vec<(&str, String, Option<&str>, bool)> =
        props.iter().map(|p| (p.name.as_str(), format!("{:?}", p.ty), p.description.as_deref(), p.required)).collect();
    assert_eq!(
        read,
        [
            ("isEnabled", "Primitive(Boolean)".into(), Some("Enables the user to be in limited mode. Required."), true),
            ("name", "Primitive(String)".into(), Some("The name of the thing, shown to users."), false),
            ("tags", "Collection(Primitive(String))".into(), None, false),
            // Not split at a shorter primitive (`Date`) or before `Collection`: the cell reads as it
            // did, its first sentence the type.
            ("when", "Primitive(DateTimeOffset)".into(), None, false),
            ("start", "Named(\"DateTimeTimeZone\")".into(), None, false),
            ("names", "Collection(Primitive(String))".into(), None, false),
            ("owner", "Named(\"identity\")".into(), Some("The owner."), false),
            // An acronym after the glued word; the link names the base, not the type.
            ("id", "Primitive(String)".into(), Some("Unique ID for the system. Inherited from entity."), false),
        ]
    );
}

#[test]
fn a_required_column_says_which_rows_are_required() {
    let text = "# Create printer\n\n## Request body\n\n| Parameter | Type | Description | Required? |\n|:--|:--|:--|:--|\n\
                |model|String|The model.|Yes|\n\
                |physicalDeviceId|String|Required if `hasPhysicalDevice` is true.|No|\n\
                |connectorId|String|The connector. Required.|maybe|\n\
                |notes|String|Required.|No|\n\
                |name|String|The name.|Required|\n";
    let props = first_table_properties(text);
    let required: Vec<(&str, bool)> = props.iter().map(|p| (p.name.as_str(), p.required)).collect();
    // A cell saying neither yes nor no leaves it to the description.
    let expected =
        [("model", true), ("physicalDeviceId", false), ("connectorId", true), ("notes", false), ("name", true)];
    assert_eq!(required, expected, "the column over the description");
    // `|Required (Y/N)|` with Y and N (v1.0's external connection create).
    let text = "# Create connection\n\n## Request body\n\n| Property | Type | Description | Required (Y/N) |\n|:--|:--|:--|:--|\n\
                |id|String|The id.|Y|\n\
                |configuration|String|The configuration.|N|\n";
    let props = first_table_properties(text);
    let required: Vec<(&str, bool)> = props.iter().map(|p| (p.name.as_str(), p.required)).collect();
    assert_eq!(required, [("id", true), ("configuration", false)]);
}

#[test]
fn a_key_its_row_calls_nullable_stays_nullable() {
    let page = |row: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# userIdentity resource type\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n|id|String|{row}|\n|displayName|String|The name.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.userIdentity\" }} -->\n```json\n{{\n  \"id\": \"String (identifier)\",\n  \"displayName\": \"String\"\n}}\n```\n"
        )
    };
    let id_nullable = |row: &str| {
        let text = page(row);
        let src = crate::SourceFile::new("userIdentity.md", text.as_str());
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = extract_resource_page(&page, &mut Vec::new());
        let TypeKind::Object { properties, .. } = &out.types[0].kind else { panic!("an object") };
        properties.iter().find(|p| p.name == "id").expect("id").nullable
    };
    assert!(id_nullable("Unique identifier for the identity. Nullable."));
    assert!(!id_nullable("Unique identifier for the identity."), "a key, whose row says nothing");
    assert!(!id_nullable("Unique identifier. Not nullable."));
}

#[test]
fn a_key_named_in_another_letter_case_is_the_key() {
    // beta's teamworkTagMember: `keyProperty: "ID"`, the row `ID`, the representation `"Id"`.
    let text = "---\ndoc_type: resourcePageType\n---\n# teamworkTagMember resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|displayName|String|The member's display name.|\n|ID|String|ID of the member.|\n\n## JSON representation\n<!-- {\n  \"blockType\": \"resource\",\n  \"keyProperty\": \"ID\",\n  \"@odata.type\": \"microsoft.graph.teamworkTagMember\"\n}\n-->\n```json\n{\n  \"Id\": \"String (Identifier)\",\n  \"displayName\": \"String\"\n}\n```\n";
    let src = crate::SourceFile::new("teamworktagmember.md", text);
    let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
    let out = extract_resource_page(&page, &mut Vec::new());
    let TypeKind::Object { properties, .. } = &out.types[0].kind else { panic!("an object") };
    let key = properties.iter().find(|p| p.name.eq_ignore_ascii_case("id")).expect("the key");
    assert!(!key.nullable, "{key:?}");
}

#[test]
fn a_member_said_never_null_is_not_nullable() {
    let text = "# x\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n\
                |id|String|Unique identifier of the template. Cannot be null.|\n\
                |name|String|The name. Not nullable.|\n\
                |end|String|The end. Cannot be null if isAllDay is false.|\n\
                |note|String|A note.|\n\
                |toTerm|String|The to term. Cannot be a null value.|\n\
                |mail|String|The address. Can't be updated to `null`.|\n\
                |city|String|The city. It cannot be set to null.|\n\
                |@odata.type|String|The kind of course. Required.|\n";
    let props = first_table_properties(text);
    let nullable: Vec<(&str, bool)> = props.iter().map(|p| (p.name.as_str(), p.nullable)).collect();
    assert_eq!(
        nullable,
        [
            ("id", false),
            ("name", false),
            ("end", true),
            ("note", true),
            ("toTerm", false),
            ("mail", false),
            ("city", false),
            ("@odata.type", false)
        ]
    );
}

#[test]
fn an_inheritance_sentence_is_no_description() {
    // A placeholder lead, then only the base named: no description at all.
    let todo = "---\ndescription: \"**TODO: Add Description**\"\n---\n# teamsPolicyAssignment resource type\n\n\
                Namespace: microsoft.graph\n\n**TODO: Add Description**\n\n\
                Inherits from [microsoft.graph.entity](../resources/entity.md).\n\n## Properties\n";
    assert_eq!(description(todo), None);
    // A real lead after the base sentence is the description.
    let after = "# x resource type\n\nInherits from [entity](entity.md).\n\nA tag in a team.\n";
    assert_eq!(description(after).as_deref(), Some("A tag in a team."));
}

#[test]
fn a_front_matter_description_cut_short_yields_to_the_lead_paragraph() {
    let lead = "# send\n\nSend a message in the draft folder, or a forward draft. Then saved.\n";
    let cut = format!("---\ndescription: \"Send a message in the draft folder, or\"\n---\n{lead}");
    assert_eq!(
        description(&cut).as_deref(),
        Some("Send a message in the draft folder, or a forward draft. Then saved.")
    );
    // Intune's template spelling out the file name.
    let named = super::names_the_file;
    assert!(named(
        "Intune Deviceconfig Devicecompliancepolicy Assign Source_Api .",
        "api/intune-deviceconfig-devicecompliancepolicy-assign.md"
    ));
    assert!(named(
        "Intune Troubleshooting Windowsautopilotenrollmenttype Resources .",
        "intune-troubleshooting-windowsautopilotenrollmenttype.md"
    ));
    assert!(named(
        "Intune Deviceconfig Devicemanagementderivedcredentialsettings Source_Resources .",
        "resources/intune-deviceconfig-devicemanagementderivedcredentialsettings.md"
    ));
    assert!(!named("Send a message.", "api/message-send.md"));
    // The lead's last sentences without its first.
    let tail = format!("---\ndescription: \"Then saved.\"\n---\n{lead}");
    assert_eq!(
        description(&tail).as_deref(),
        Some("Send a message in the draft folder, or a forward draft. Then saved.")
    );
    let mid_word = format!("---\ndescription: \"Send a message in the dra\"\n---\n{lead}");
    assert!(description(&mid_word).unwrap().ends_with("Then saved."));
    // A whole sentence, or another text, is the page's own summary.
    let whole = format!("---\ndescription: \"Send a message.\"\n---\n{lead}");
    assert_eq!(description(&whole).as_deref(), Some("Send a message."));
    let other = format!("---\ndescription: \"Sends mail\"\n---\n{lead}");
    assert_eq!(description(&other).as_deref(), Some("Sends mail"));
    let fragment = format!("---\ndescription: \") for tasks\"\n---\n{lead}");
    assert!(description(&fragment).unwrap().starts_with("Send a message"));
}

#[test]
fn a_title_and_file_name_agreeing_against_the_annotation_name_the_type() {
    let file = "api-reference/beta/resources/virtualeventregistration.md";
    assert!(stale_annotation("virtualEventRegistrant", "virtualEventRegistration", file), "a type renamed");
    assert!(!stale_annotation("virtualEventRegistration", "virtualEventRegistration", file));
    assert!(stale_annotation("team", "teamsApp", "beta/resources/teamsapp.md"), "another type's name");
    assert!(!stale_annotation("drive", "Drive", "v1.0/resources/drive.md"));
    assert!(
        !stale_annotation("workbookChart", "Chart", "v1.0/resources/chart.md"),
        "the annotation qualifies the title"
    );
    assert!(!stale_annotation("microsoft.graph.onenoteSection", "section", "section.md"));
    assert!(!stale_annotation("relatedContact", "realtedContact", "relatedcontact.md"), "the title's typo");
    assert!(!stale_annotation("userActivity", "activity", "projectrome-activity.md"));
    let intune = "intune-deviceconfig-windows10generalconfiguration.md";
    assert!(
        !stale_annotation("windows10GeneralConfiguration", "windows10Configuration", intune),
        "a prefixed file says nothing"
    );
}

#[test]
fn a_title_leaving_out_the_first_words_of_the_name_the_page_links_itself_by_gives_way_to_it() {
    // An older beta workbookrangeview.md: no annotation, titled after the type's former name.
    let page = |title: &str, file: &str| {
        format!(
            "# {title} resource type\nRangeView represents visible cells.\n\n### Methods\n\n| Method | Return Type |\n|:---|:---|\n|[Itemat](../api/x.md)|[workbookRangeView]({file})|\n\n### Properties\n| Property | Type | Description |\n|:---|:---|:---|\n|rowCount|Int32|Rows.|\n"
        )
    };
    let named = |title: &str, file: &str| resource(file, &page(title, file)).name;
    assert_eq!(named("rangeView", "workbookrangeview.md"), "workbookRangeView");
    // Its own name, or a link to another page, or a name the file does not spell: the title.
    assert_eq!(named("workbookRangeView", "workbookrangeview.md"), "workbookRangeView");
    assert_eq!(named("rangeView", "rangeview.md"), "rangeView");
    assert_eq!(named("view", "workbookrangeview.md"), "workbookRangeView");
    let other = page("rangeView", "other.md").replace("(other.md)", "(workbookrangeview.md)");
    assert_eq!(resource("other.md", &other).name, "rangeView");
}

#[test]
fn property_names() {
    assert_eq!(property_name("**displayName**"), "displayName");
    assert_eq!(property_name("`@odata.type`"), "@odata.type");
    assert_eq!(property_name("odata.type"), "@odata.type", "the `@` forgotten");
    assert_eq!(property_name("microsoft.graph.security.cloudAppDiscovery"), "cloudAppDiscovery");
    assert_eq!(property_name("@microsoft.graph.downloadUrl"), "@microsoft.graph.downloadUrl");
    assert_eq!(property_name("two words (x)"), "two");
    assert_eq!(property_name("a/b"), "");
    assert_eq!(property_name("Grading categories"), "", "a row titled in words");
    assert_eq!(property_name("ID (deprecated)"), "ID");
}

#[test]
fn an_enum_section_s_values_stop_at_the_next_enum_s_heading() {
    // beta's printerDefaults: `## printOrientation values` one level above the
    // `### printMediaType values` after it.
    let page = "---\ndoc_type: resourcePageType\n---\n# printerDefaults resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|orientation|printOrientation|The orientation.|\n|mediaType|printMediaType|The media.|\n\n## printOrientation values\n\n|Member|Description|\n|:---|:---|\n|null|Default value, no **orientation** has been set.|\n|portrait|Upright.|\n|landscape|Sideways.|\n\n### printMediaType values\n\n|Member|Description|\n|:---|:---|\n|stationery|Plain.|\n|photo|Glossy.|\n";
    let out = resource_output("printerdefaults.md", page);
    let values = |name: &str| -> Vec<String> {
        let t = out.types.iter().chain(&out.hints).find(|t| t.name == name).unwrap_or_else(|| panic!("{name}"));
        let TypeKind::Enum { members } = &t.kind else { panic!("{:?}", t.kind) };
        members.iter().map(|m| m.name.clone()).collect()
    };
    // A `null` row (beta's user `ageGroup` values) is JSON's null, no value.
    assert_eq!(values("printOrientation"), ["portrait", "landscape"]);
    assert_eq!(values("printMediaType"), ["stationery", "photo"]);
}

#[test]
fn an_open_type_s_representation_adds_the_members_its_annotation_lists() {
    // `identitySet`: `openType`, its representation and `optionalProperties` showing `guest`,
    // which its table lacks; a member the annotation does not list is a sample.
    let page = "---\ndoc_type: resourcePageType\n---\n# identitySet resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|user|[identity](identity.md)|The user.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.identitySet\", \"openType\": true, \"optionalProperties\": [\"user\", \"guest\"] } -->\n```json\n{\"user\": {\"@odata.type\": \"microsoft.graph.identity\"}, \"guest\": {\"@odata.type\": \"microsoft.graph.identity\"}, \"anyKey\": \"String\"}\n```\n";
    let out = resource_output("identityset.md", page);
    let shown: Vec<(&str, Option<&str>)> =
        out.shown.iter().flat_map(|(_, ps)| ps).map(|p| (p.name.as_str(), p.ty.named())).collect();
    assert_eq!(shown, [("guest", Some("identity"))]);
    // The annotation's `"openType": true` copied into the sample of a type of no members of its own.
    let copied = "---\ndoc_type: resourcePageType\n---\n# supportingData resource type\n\n## Properties\nNone.\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.supportingData\" } -->\n```json\n{\"@odata.type\": \"#microsoft.graph.supportingData\", \"openType\": true}\n```\n";
    let TypeKind::Object { properties, .. } = resource("supportingdata.md", copied).kind else { panic!("an object") };
    let out = resource_output("supportingdata.md", copied);
    let shown: Vec<&str> = out.shown.iter().flat_map(|(_, ps)| ps).map(|p| p.name.as_str()).collect();
    let names: Vec<&str> = properties.iter().map(|p| p.name.as_str()).chain(shown).collect();
    assert!(!names.contains(&"openType"), "no member: {names:?}");
}

#[test]
fn properties_said_to_be_inherited_from_a_type_name_the_base() {
    // The older SharePoint pages: "The following properties are inherited from **[baseItem][]**."
    // under the properties, not in the lead.
    let page = "---\ndoc_type: resourcePageType\n---\n# ListItem resource\n\n## Properties\n\n| Property name | Type | Description\n|:--|:--|:--\n| fields | [fieldValueSet][] | The values.\n\nThe following properties are inherited from **[baseItem][]**.\n\n| Property name | Type | Description\n|:--|:--|:--\n| id | string | The id.\n\n[baseItem]: baseItem.md\n[fieldValueSet]: fieldValueSet.md\n";
    let TypeKind::Object { base, .. } = resource("listitem.md", page).kind else { panic!("an object") };
    assert_eq!(base.as_deref(), Some("baseItem"));
}

#[test]
fn a_type_said_to_derive_from_another_under_its_properties_names_its_base() {
    // chatMessageHostedContent: "chatMessageHostedContent derives from [teamworkHostedContent]"
    // between the Properties heading and its table; not "Any object that derives from [x]".
    let page = |sentence: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# chatMessageHostedContent resource type\n\nRepresents hosted content.\n\n## Properties\n\n{sentence}\n\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n"
        )
    };
    let base = |sentence: &str| match resource("chatmessagehostedcontent.md", &page(sentence)).kind {
        TypeKind::Object { base, .. } => base,
        other => panic!("{other:?}"),
    };
    let said = "chatMessageHostedContent derives from [teamworkHostedContent](teamworkhostedcontent.md)";
    assert_eq!(base(said).as_deref(), Some("teamworkHostedContent"));
    assert_eq!(base("Any object that derives from [directoryObject](directoryobject.md) works."), None);
}

#[test]
fn a_link_before_inherits_from_is_not_the_base_though_a_later_link_contains_its_text() {
    // printerBase: "Represents the base type for the [printer] and [printerShare] entity types.
    // Inherits from [entity]."
    let page = "---\ndoc_type: resourcePageType\n---\n# printerBase resource type\n\nRepresents the base type for the [printer](printer.md) and [printerShare](printershare.md) entity types. Inherits from [printerEntity](printerentity.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|model|String|The model.|\n";
    let TypeKind::Object { base, .. } = resource("printerbase.md", page).kind else { panic!("an object") };
    assert_eq!(base.as_deref(), Some("printerEntity"));
}

#[test]
fn a_values_heading_naming_a_property_defines_the_property_s_type() {
    // beta's phoneAuthenticationMethod: `### smsSignInState values` over the values of its
    // `smsSignInState`, typed `authenticationMethodSignInState`.
    let page = "---\ndoc_type: resourcePageType\n---\n# phoneAuthenticationMethod resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|smsSignInState|authenticationMethodSignInState|Whether a phone is ready.|\n\n### smsSignInState values\n\n|Value|Description|\n|--------|-----------|\n|notSupported|Not supported.|\n|ready|Ready.|\n";
    let enums = |text: &str| -> Vec<String> {
        let src = crate::SourceFile::new("resources/phoneauthenticationmethod.md", text);
        let out = super::extract_resource_page(&Page::parse(crate::FileId(0), &src, &mut Vec::new()), &mut Vec::new());
        out.types
            .iter()
            .chain(&out.hints)
            .filter(|t| matches!(t.kind, TypeKind::Enum { .. }))
            .map(|t| t.name.clone())
            .collect()
    };
    assert_eq!(enums(page), ["authenticationMethodSignInState"]);
    // A property typed with a linked page's object: that page defines it, the heading its name.
    let linked = page.replace(
        "|smsSignInState|authenticationMethodSignInState|",
        "|smsSignInState|[printerStatus](printerstatus.md)|",
    );
    assert_eq!(enums(&linked), ["smsSignInState"]);
}

#[test]
fn this_type_will_inherit_from_names_the_base() {
    // beta's builtinIdentityProvider; not another noun's ("… all which will inherit from [x]").
    let page = |lead: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# builtinIdentityProvider resource type\n\nRepresents built-in identity providers.\n\n{lead}\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|state|String|The state.|\n"
        )
    };
    let base = |lead: &str| match resource("builtinidentityprovider.md", &page(lead)).kind {
        TypeKind::Object { base, .. } => base,
        other => panic!("{other:?}"),
    };
    let said = "This type will inherit from [identityProviderBase](../resources/identityproviderbase.md).";
    assert_eq!(base(said).as_deref(), Some("identityProviderBase"));
    let others = "The providers can be [a](a.md) or [b](b.md), and the ones added later will inherit from [c](c.md).";
    assert_eq!(base(others), None);
    // Under a later section, about something else.
    let remark = "## Remarks\n\nSubsites will inherit from [hubSite](hubsite.md) settings.";
    assert_eq!(base(remark), None);
}

#[test]
fn a_lead_saying_the_type_extends_a_resource_names_its_base() {
    // SharePoint's identity sets: "This resource extends from the **identitySet** resource to …".
    let page = |lead: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# sharePointIdentitySet resource type\n\n{lead}\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|siteUser|[sharePointIdentity](sharepointidentity.md)|The user.|\n"
        )
    };
    let base = |lead: &str| match resource("sharepointidentityset.md", &page(lead)).kind {
        TypeKind::Object { base, .. } => base,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        base("This resource extends from the **identitySet** resource to expose SharePoint-specific information.")
            .as_deref(),
        Some("identitySet")
    );
    assert_eq!(base("Extends the identity type with SharePoint-specific properties.").as_deref(), Some("identity"));
    // Not a word that is no type's ("extends the reach of …").
    assert_eq!(base("It extends the reach of a site to its members."), None);
}

#[test]
fn the_text_after_a_todo_placeholder_is_the_description() {
    // beta's security auditLogRecord: `|id|String|**TODO: Add Description** Inherited from [entity](…).|`.
    let text = "# x resource type\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n\
                |id|String|**TODO: Add Description** Inherited from [microsoft.graph.entity](../resources/entity.md).|\n\
                |name|String|**TODO: Add Description**|\n\
                |kind|String|TODO: describe the kind.|\n";
    let props = first_table_properties(text);
    let read: Vec<(&str, Option<&str>)> = props.iter().map(|p| (p.name.as_str(), p.description.as_deref())).collect();
    assert_eq!(read, [("id", Some("Inherited from microsoft.graph.entity.")), ("name", None), ("kind", None)]);
}

#[test]
fn a_description_leaves_out_the_placeholder_and_an_alert_mark() {
    use super::table::without_placeholder;
    assert_eq!(without_placeholder("Not yet documented. Possible values are: `a`."), "Possible values are: `a`.");
    // beta's itemAnalytics get: a path parameter's description written as a note.
    assert_eq!(
        without_placeholder("[!Note] Here {item-id} is the list item's id."),
        "Here {item-id} is the list item's id."
    );
    assert_eq!(without_placeholder("[link](x.md) text"), "[link](x.md) text");
}

#[test]
fn a_plain_list_beside_a_link_to_the_type_s_own_page_is_not_its_values() {
    let hinted = |ty: &str, values: &str| {
        let text = format!(
            "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|member|{ty}|Set by the **roles** property. The possible values are {values}. Read-write.|\n"
        );
        resource_output("resources/x.md", &text).hints.iter().map(|t| t.name.clone()).collect::<Vec<_>>()
    };
    let quoted = "'reader', 'writer' and 'owner'";
    // beta's fileStorageContainer: a resource of its own page, the list about its roles.
    assert!(hinted("[permission](../resources/permission.md) collection", quoted).is_empty());
    // An enum's values section linked, or values in code spans: the type's values.
    let anchored = "[cloudPcRegionGroup](../resources/cloudpcsupportedregion.md#cloudpcregiongroup-values)";
    assert_eq!(hinted(anchored, quoted), ["cloudPcRegionGroup"]);
    assert_eq!(hinted("[permission](../resources/permission.md)", "`reader`, `writer`"), ["permission"]);
    // beta's cloudPC: a list a colon alone introduces, of what the result is about.
    let colon = |ty: &str| {
        let text = format!(
            "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|lastRemoteActionResult|{ty}|The last remote action result. The supported remote actions are: `Reboot`, `Rename`, and `Troubleshoot`.|\n"
        );
        resource_output("resources/x.md", &text).hints.iter().map(|t| t.name.clone()).collect::<Vec<_>>()
    };
    assert!(colon("[cloudPcRemoteActionResult](../resources/cloudpcremoteactionresult.md)").is_empty());
    assert_eq!(colon("cloudPcRemoteActionResult"), ["cloudPcRemoteActionResult"], "no page of its own linked");
}

#[test]
fn an_anchor_to_the_page_s_own_values_section_names_the_enum_its_text_shortens() {
    // beta's cloudPcRemoteActionCapability: `[actionName](#cloudpcremoteactionname-values)` over
    // `### cloudPcRemoteActionName values`.
    let page = |text: &str, heading: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# cloudPcRemoteActionCapability resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|actionName|[{text}](#cloudpcremoteactionname-values)|The name.|\n\n### {heading} values\n\n|Member|Description|\n|:---|:---|\n|restart|Restart.|\n|rename|Rename.|\n"
        )
    };
    let member_type = |text: &str, heading: &str| {
        let out = resource_output("resources/cloudpcremoteactioncapability.md", &page(text, heading));
        let t = out.types.into_iter().find(|t| t.name == "cloudPcRemoteActionCapability").expect("the type");
        let TypeKind::Object { properties, .. } = t.kind else { panic!("an object") };
        properties[0].ty.named().map(str::to_string)
    };
    assert_eq!(member_type("actionName", "cloudPcRemoteActionName").as_deref(), Some("cloudPcRemoteActionName"));
    // A heading the anchor does not name, or a text that is not the name's last words: as written.
    assert_eq!(member_type("actionName", "cloudPcActionName").as_deref(), Some("actionName"));
    assert_eq!(member_type("nameOfAction", "cloudPcRemoteActionName").as_deref(), Some("nameOfAction"));
}

#[test]
fn a_row_naming_its_member_in_words_is_left_out_and_said_so() {
    // beta's educationAssignment: `|Grading categories|[educationGradingCategory](…) collection|`.
    let page = |row: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# educationAssignment resource type\n\n## Relationships\n|Relationship|Type|Description|\n|:--|:--|:--|\n|rubric|[educationRubric](educationrubric.md)|The rubric.|\n{row}\n"
        )
    };
    let read = |row: &str| {
        let src = crate::SourceFile::new("resources/educationassignment.md", page(row));
        let p = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let mut diags = Vec::new();
        let out = extract_resource_page(&p, &mut diags);
        let TypeKind::Object { properties, .. } = &out.types[0].kind else { panic!("an object") };
        (
            properties.len(),
            diags.iter().filter(|d| d.code == codes::UNNAMED_PROPERTY).map(|d| d.help.clone()).collect::<Vec<_>>(),
        )
    };
    let (members, said) = read(
        "|Grading categories|[educationGradingCategory](educationgradingcategory.md) collection|When set, weights.|",
    );
    assert_eq!(members, 1);
    assert_eq!(said.len(), 1);
    assert!(said[0].as_deref().is_some_and(|h| h.contains("`gradingCategories`")), "{said:?}");
    // A group row (no linked type) says nothing.
    assert!(read("|Grading categories| |The group.|").1.is_empty());
    assert!(read("|**Apps**|[app](app.md)|The apps.|").1.is_empty(), "one word is no sentence of words");
}

#[test]
fn kinds_a_namespaced_base_lists_by_its_namespace_s_pages_are_the_namespace_s() {
    // v1.0's callRecords.participantBase: "Base type of [organizer](callrecords-organizer.md) and
    // [participant](callrecords-participant.md)", beside a root `participant` of its own.
    let text = "---\ndoc_type: resourcePageType\n---\n# participantBase resource type\n\nNamespace: microsoft.graph.callRecords\n\nBase type of [organizer](callrecords-organizer.md), [participant](callrecords-participant.md) and [identity](identity.md).\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n";
    let out = resource_output("resources/callrecords-participantbase.md", text);
    let derived: Vec<&str> = out.derived.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(derived, ["callRecords.organizer", "callRecords.participant", "identity"]);
    // v1.0's authenticationMethodTarget: "The following types are derived from this resource type:" over bullets.
    let text = "---\ndoc_type: resourcePageType\n---\n# authenticationMethodTarget resource type\n\nThe following types are derived from this resource type:\n- [microsoftAuthenticatorAuthenticationMethodTarget](microsoftauthenticatorauthenticationmethodtarget.md)\n- [smsAuthenticationMethodTarget](smsauthenticationmethodtarget.md)\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n";
    let out = resource_output("resources/authenticationmethodtarget.md", text);
    let derived: Vec<&str> = out.derived.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(derived, ["microsoftAuthenticatorAuthenticationMethodTarget", "smsAuthenticationMethodTarget"]);
}

#[test]
fn a_row_inherited_from_a_base_gives_the_base_its_description() {
    // Intune's compliance policies: "… overview Inherited from [x]" without a period keeps its
    // words before the mark; a sentence that is the mark alone gives nothing.
    let text = "---\ndoc_type: resourcePageType\n---\n# androidCompliancePolicy resource type\n\nInherits from [deviceCompliancePolicy](../resources/intune-deviceconfig-devicecompliancepolicy.md)\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n\
                |displayName|String|Admin provided name of the device configuration. Inherited from [deviceCompliancePolicy](../resources/intune-deviceconfig-devicecompliancepolicy.md)|\n\
                |version|Int32|Inherited from [deviceCompliancePolicy](../resources/intune-deviceconfig-devicecompliancepolicy.md)|\n\
                |userStatusOverview|String|Device compliance users status overview Inherited from [deviceCompliancePolicy](../resources/intune-deviceconfig-devicecompliancepolicy.md)|\n\
                |note|String|This property is inherited from [deviceCompliancePolicy](../resources/intune-deviceconfig-devicecompliancepolicy.md)|\n";
    let out = resource_output("resources/intune-deviceconfig-androidcompliancepolicy.md", text);
    let read: Vec<(&str, Option<&str>)> =
        out.inherited_members.iter().map(|(_, p)| (p.name.as_str(), p.description.as_deref())).collect();
    assert_eq!(
        read,
        [
            ("displayName", Some("Admin provided name of the device configuration.")),
            ("version", None),
            ("userStatusOverview", Some("Device compliance users status overview")),
            ("note", None),
        ]
    );
}

#[test]
fn a_front_matter_description_cut_inside_the_lead_s_last_word_is_the_lead() {
    // beta's multi-value extended property get: `description: "expand`."`, the end of "… by using `$expand`.".
    let page = |front: &str| {
        format!(
            "---\ndescription: \"{front}\"\ndoc_type: apiPageType\n---\n# Get property\n\nGet a resource instance that contains a property by using `$expand`.\n"
        )
    };
    let lead = "Get a resource instance that contains a property by using `$expand`.";
    assert_eq!(description(&page("expand`.")).as_deref(), Some(lead));
    // A description of its own that happens to end as the lead does is kept.
    assert_eq!(
        description(&page("Read a property by using `$expand`.")).as_deref(),
        Some("Read a property by using `$expand`.")
    );
}

#[test]
fn a_read_only_mark_for_some_instances_is_a_condition() {
    // beta's user update: "For an `onPremisesSyncEnabled` user, the source of authority for this set
    // of properties is the on-premises and is read-only." (not "For example, …", which says no kind).
    let text = "---\ndoc_type: resourcePageType\n---\n# user resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|attributes|String|Extension attributes. For an `onPremisesSyncEnabled` user, the source of authority for this set of properties is the on-premises and is read-only.|\n|synced|DateTimeOffset|When synced. For example, midnight UTC on Jan 1, 2014 would look like this: `'2014-01-01T00:00:00Z'` Read-only.|\n";
    let t = resource("resources/user.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.read_only)).collect();
    assert_eq!(marks, [("attributes", false), ("synced", true)]);
}

#[test]
fn a_title_naming_the_page_s_file_first_names_its_type() {
    // beta's invitation.md, titled "Invitation manager" (no "resource type", no annotation):
    // the file's own name, as the api pages link it (`[invitation](../resources/invitation.md)`).
    let text = "---\ndoc_type: resourcePageType\n---\n# Invitation manager\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|inviteRedeemUrl|String|The URL. Read-Only|\n";
    assert_eq!(resource("resources/invitation.md", text).name, "invitation");
    // A title whose first word is not the file's names nothing.
    let other = text.replace("# Invitation manager", "# Guest invitations");
    assert!(resource_output("resources/invitation.md", &other).types.is_empty());
    // "Json resource type" keeps its capital: the title names the type as it is.
    let json = text.replace("# Invitation manager", "# Json resource type");
    assert_eq!(resource("resources/json.md", &json).name, "Json");
}

#[test]
fn a_notice_deprecating_a_type_named_in_bold_is_that_type_s_alone() {
    // A type's page noting the deprecation of the type its name extends (legacy `alert` beside
    // `alertHistoryState`): the name written in bold is another type's, whatever words they share.
    let text = "---\ndoc_type: resourcePageType\n---\n# alertHistoryState resource type\n\n> [!NOTE]\n> The **alert** resource is deprecated. Use [alert](security-alert.md) instead.\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n";
    let out = resource_output("resources/alerthistorystate.md", text);
    assert!(out.deprecated_types.is_empty(), "{:?}", out.deprecated_types);
}

#[test]
fn a_notice_naming_the_type_s_resource_type_deprecates_it() {
    // "The **x** resource is deprecated" deprecates it; "The **x** resource type is deprecated" too.
    for notice in ["> The **alert** resource type is deprecated.", "> The `alert` resource type is deprecated."] {
        let text = format!(
            "---\ndoc_type: resourcePageType\n---\n# alert resource type\n\n{notice}\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n"
        );
        let out = resource_output("resources/alert.md", &text);
        assert_eq!(out.deprecated_types, ["alert"], "{notice}");
    }
}

#[test]
fn a_stream_member_its_description_calls_base64_is_binary_text() {
    let props = first_table_properties(
        "|Property|Type|Description|\n|:---|:---|:---|\n|data|Stream|Data that represents an item in a base64 encoded opaque stream.|\n|content|Stream|The content stream.|\n",
    );
    let ty = |n: &str| props.iter().find(|p| p.name == n).map(|p| p.ty.clone());
    assert_eq!(ty("data"), Some(TypeRef::Primitive(crate::types::Primitive::Binary)));
    assert_eq!(ty("content"), Some(TypeRef::Primitive(crate::types::Primitive::Stream)));
}

#[test]
fn a_representation_that_is_not_json_is_said_so() {
    // beta's fileStorageContainer: a stray `{` after the `@odata.type` line; three members only the
    // representation shows.
    let page = |json: &str| {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# fileStorageContainer resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.fileStorageContainer\" }} -->\n```json\n{json}\n```\n"
        )
    };
    let said = |json: &str| {
        let text = page(json);
        let src = crate::SourceFile::new("resources/filestoragecontainer.md", text.as_str());
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let mut diags = Vec::new();
        extract_resource_page(&page, &mut diags);
        diags
            .into_iter()
            .filter(|d| d.code == crate::codes::EXAMPLE_JSON)
            .map(|d| (src.line_col(d.span.start).0, d.message))
            .collect::<Vec<_>>()
    };
    let stray = "{\n  \"@odata.type\": \"#microsoft.graph.fileStorageContainer\",\n  {\n  \"id\": \"String\",\n  \"lockState\": \"String\"\n}";
    let found = said(stray);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, 16, "at the stray brace: {found:?}");
    assert!(found[0].1.starts_with("JSON representation is not valid JSON"), "{found:?}");
    // A trailing comma is read leniently, as before: nothing said here.
    assert!(said("{\n  \"id\": \"String\",\n}").is_empty());
}

#[test]
fn a_description_introducing_the_json_block_is_no_description_of_the_type() {
    // beta's usage report types: front matter "The following is a JSON representation of the resource.".
    let page = |description: &str, lead: &str| {
        format!(
            "---\ntitle: \"x resource type\"\ndescription: \"{description}\"\n---\n# x resource type\n\n{lead}## Properties\n"
        )
    };
    for said in [
        "The following is a JSON representation of the resource.",
        "Here is a JSON representation of the resource",
        "The following JSON representation shows the resource type.",
    ] {
        assert_eq!(description(&page(said, "")), None, "{said}");
    }
    // The lead's own words, where it has some.
    assert_eq!(
        description(&page(
            "The following is a JSON representation of the resource.",
            "Details of a user's activity.\n\n"
        )),
        Some("Details of a user's activity.".to_string())
    );
    // A description of the type that mentions its representation stays.
    let said = "Represents a column. Its JSON representation carries the column's settings.";
    assert_eq!(description(&page(said, "")), Some(said.to_string()));
}

#[test]
fn set_by_the_system_is_a_whole_phrase() {
    // "preset" (unhyphenated) and "reset" hold "set by the system"; "the system administrator" is a person.
    let text = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|updatedBy|String|Who updated it. This attribute is set by the system.|\n|isDefault|Boolean|Whether it is the default. This is preset by the system.|\n|note|String|A note set by the system administrator.|\n";
    let t = resource("resources/thing.md", text);
    let TypeKind::Object { properties, .. } = &t.kind else { panic!("{:?}", t.kind) };
    let marks: Vec<(&str, bool)> = properties.iter().map(|p| (p.name.as_str(), p.read_only)).collect();
    assert_eq!(marks, [("updatedBy", true), ("isDefault", false), ("note", false)]);
}

#[test]
fn write_only_for_every_value_is_the_member_s_mark() {
    // beta's credential: scoped to some values.
    assert!(!says_write_only(
        "The value for the field. Note the value for passwords is write-only, the value can never be read back."
    ));
    // A determiner after "for" scopes nothing: every value is write-only.
    assert!(says_write_only("The shared key for each connector is write-only."));
    assert!(says_write_only("The client secret for your application is write-only."));
}

#[test]
fn an_own_values_anchor_under_a_text_leaving_out_a_middle_word_names_the_enum() {
    // As `[actionName]`, but the text leaves out a middle word (`accessPackageReviewSettings`'s
    // shorthand, `types::omits_words`): the page's own heading names the enum all the same.
    let page = "---\ndoc_type: resourcePageType\n---\n# cloudPcRemoteActionCapability resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|actionName|[cloudPcActionName](#cloudpcremoteactionname-values)|The name.|\n\n### cloudPcRemoteActionName values\n\n|Member|Description|\n|:---|:---|\n|restart|Restart.|\n|rename|Rename.|\n";
    let out = resource_output("resources/cloudpcremoteactioncapability.md", page);
    let t = out.types.into_iter().find(|t| t.name == "cloudPcRemoteActionCapability").expect("the type");
    let TypeKind::Object { properties, .. } = t.kind else { panic!("an object") };
    assert_eq!(properties[0].ty.named(), Some("cloudPcRemoteActionName"));
}
