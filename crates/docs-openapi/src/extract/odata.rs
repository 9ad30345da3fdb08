//! The OData system query options (`$select`, `$filter`, …) a GET supports, as
//! its page's query parameters section says.

use super::text::sentences;
use crate::markdown::Block;
use crate::model::{ParamLocation, Parameter};
use crate::page::Page;
use crate::types::{Primitive, TypeRef};

/// One system query option.
struct ODataOption {
    name: &'static str,
    ty: Primitive,
    description: &'static str,
    /// Applies to collections only (`$top`), not to one entity (`$select`).
    lists_only: bool,
    /// Only where a page names it: `$search` works on a few collections only.
    named_only: bool,
}

const OPTIONS: [ODataOption; 11] = [
    option("$select", Primitive::String, "Properties to return, comma-separated.", false),
    option("$expand", Primitive::String, "Related entities to include, comma-separated.", false),
    option("$filter", Primitive::String, "Filter the results (an OData `$filter` expression).", true),
    option("$orderby", Primitive::String, "Order the results, comma-separated (`name desc`).", true),
    option("$top", Primitive::Int32, "Return at most this many items (page size).", true),
    option("$skip", Primitive::Int32, "Skip this many items.", true),
    option("$count", Primitive::Boolean, "Include `@odata.count`, the total number of items.", true),
    ODataOption {
        named_only: true,
        ..option("$search", Primitive::String, "Search the results (a `$search` expression).", true)
    },
    ODataOption {
        named_only: true,
        ..option(
            "$format",
            Primitive::String,
            "The response's format: a media type this operation answers with.",
            false,
        )
    },
    ODataOption {
        named_only: true,
        ..option(
            "$apply",
            Primitive::String,
            "Aggregate or group the results (an OData `$apply` transformation, `groupby((name))`).",
            true,
        )
    },
    ODataOption {
        named_only: true,
        ..option("$skiptoken", Primitive::String, "The next page's token (from `@odata.nextLink`).", true)
    },
];

/// Whether `name`, with its `$` or without (`expand`), is a system query option
/// (`$deltatoken` too, which only a delta's links carry).
pub(crate) fn is_system_option(name: &str) -> bool {
    let bare = name.strip_prefix('$').unwrap_or(name);
    OPTIONS.iter().any(|o| o.name[1..].eq_ignore_ascii_case(bare)) || bare.eq_ignore_ascii_case("deltatoken")
}

/// Whether `name` is a delta function's state token (`$skiptoken`, `$deltatoken`).
pub(crate) fn is_state_token(name: &str) -> bool {
    ["$skiptoken", "$deltatoken"].iter().any(|t| name.eq_ignore_ascii_case(t))
}

/// A delta function's state token as a query parameter: `$skiptoken` (the next page's) or
/// `$deltatoken` (the next round's, from `@odata.deltaLink`), in the spelling given.
pub(super) fn state_token(name: &str) -> Parameter {
    // `$skiptoken` is one of OPTIONS; `$deltatoken` a delta's own.
    let mut p =
        system_option(name).filter(|_| !name.eq_ignore_ascii_case("$deltatoken")).unwrap_or_else(|| Parameter {
            name: String::new(),
            location: ParamLocation::Query,
            description: Some("The state token of the previous round of changes (from `@odata.deltaLink`).".into()),
            required: false,
            ty: TypeRef::Primitive(Primitive::String),
            values: Vec::new(),
            deprecated: false,
            maximum: None,
        });
    p.name = name.to_string();
    p
}

/// Whether `name` is a system query option that applies to lists only (`$top`, `$filter`).
pub(crate) fn is_list_option(name: &str) -> bool {
    OPTIONS.iter().any(|o| o.lists_only && o.name.eq_ignore_ascii_case(name))
}

/// What a delta function takes of the list options (it tracks changes; it does not sort or page by offset).
const DELTA: [&str; 4] = ["$select", "$expand", "$filter", "$top"];

const fn option(name: &'static str, ty: Primitive, description: &'static str, lists_only: bool) -> ODataOption {
    ODataOption { name, ty, description, lists_only, named_only: false }
}

/// What the page says about the options.
#[derive(Debug, Default, PartialEq)]
pub(super) struct ODataOptions {
    /// The options the supporting sentence, or the list or table after it, names:
    /// these and no others. Empty: the usual set.
    named: Vec<&'static str>,
    /// Options a sentence mentions in passing ("You can use a `$select` query
    /// parameter", "limited support for `$filter`"): added to the usual set, or for
    /// a delta function (whose pages say no more) its only ones.
    mentioned: Vec<&'static str>,
    /// Options the supporting sentence gives as examples of some ("supports some of the
    /// OData query parameters, including `$expand`"): supported, not the whole set.
    examples: Vec<&'static str>,
    /// Options a sentence says are not supported (`` `$filter` is not supported ``).
    excluded: Vec<&'static str>,
    /// Options a sentence says the method needs ("This method requires the `$filter`
    /// (`eq`) query parameter"): required parameters.
    required: Vec<&'static str>,
    /// "The two query parameters are required" after a sentence naming three: how many, of which;
    /// a line writing that many of them needs those.
    counted_required: Option<(usize, Vec<&'static str>)>,
    /// "This method (when used without `$ref`) supports …": not for a line reading references.
    not_on_refs: bool,
    /// The largest page a sentence allows ("The default and maximum page sizes are 100 and 999
    /// objects respectively", "Maximum allowed `$top` value is 50"): `$top`'s maximum.
    top_maximum: Option<u64>,
    /// The media types a sentence naming `$format` offers ("you can use the OData $format query
    /// parameter set to text/csv or application/json"): its values, where it names two or more.
    format_values: Vec<String>,
}

impl ODataOptions {
    /// Whether `option` is required of a line whose query string writes the options `written`
    /// says it does: one of a counted few, where the line writes that many of them.
    pub(super) fn required_where_written(&self, option: &str, written: impl Fn(&str) -> bool) -> bool {
        self.counted_required.as_ref().is_some_and(|(n, named)| {
            named.iter().any(|o| o.eq_ignore_ascii_case(option))
                && written(option)
                && named.iter().filter(|o| written(o)).count() == *n
        })
    }

    /// Whether the page names the options it supports, these and no others.
    pub(super) fn names_its_options(&self) -> bool {
        !self.named.is_empty()
    }

    /// Whether a sentence says `name` is not supported.
    pub(super) fn excludes(&self, name: &str) -> bool {
        self.excluded.iter().any(|e| e.eq_ignore_ascii_case(name))
    }
}

/// Whether a page's query parameters section says the method takes none ("This method
/// does not support OData query parameters").
pub(super) fn supports_none(page: &Page<'_>) -> bool {
    page.query_parameter_sections().iter().flat_map(|s| s.own_blocks()).any(|(_, b)| {
        let Block::Paragraph(p) = b else { return false };
        let lower = p.text.to_ascii_lowercase();
        // The sentence about the query parameters, not another ("Filtering on custom properties
        // is not supported"), naming no option ("`$filter` is not supported").
        crate::extract::text::sentences(&lower).any(|s| {
            ["not support", "doesn't support", "doesn’t support"].iter().any(|n| s.contains(n))
                && s.contains("query parameter")
                && !s.contains('$')
                && !s.contains('`')
        })
    })
}

/// "This method supports the [OData query parameters](…) to help customize the
/// response", "… supports the `$select` and `$expand` …", "… supports the
/// following OData query parameters:" and a list, or options mentioned in
/// passing; `None` when the page says none of that.
pub(super) fn odata_options(page: &Page<'_>) -> Option<ODataOptions> {
    let sections = page.query_parameter_sections();
    // The section's text in order: paragraphs (list items are paragraphs) and the
    // first cell of each table row (`| [$filter](…) | … |`), marked as cells; a row whose
    // first cell is a label (`|Sort|/networkAccess/alerts?$orderby=creationDateTime desc|…|`)
    // gives the cell writing the option into a query instead.
    fn row_text(r: &[crate::markdown::Inline]) -> Option<&str> {
        let first = r.first()?;
        if !option_names(&first.text.to_ascii_lowercase()).is_empty() {
            return Some(first.text.as_str());
        }
        // Not the next link's paging token (`@odata.nextLink=…?$skiptoken=…`): the service writes it.
        let written = |c: &&crate::markdown::Inline| {
            (c.text.contains("?$") || c.text.contains("&$")) && !c.text.trim_start().starts_with("@odata.")
        };
        Some(r.iter().skip(1).find(written).unwrap_or(first).text.as_str())
    }
    let mut texts: Vec<(bool, &str)> = sections
        .iter()
        .flat_map(|s| s.own_blocks())
        .flat_map(|(_, b)| match b {
            Block::Paragraph(p) => vec![(false, p.text.as_str())],
            Block::Table(t) => t.rows.iter().filter_map(|r| row_text(r)).map(|c| (true, c)).collect(),
            _ => Vec::new(),
        })
        .collect();
    // "This function also supports the `$select`, `$filter` … OData query parameters",
    // written under "Function parameters": the sentence about OData's options only.
    for section in page.sections(|t| t.contains("function parameters")) {
        texts.extend(section.own_blocks().filter_map(|(_, b)| match b {
            Block::Paragraph(p) if p.text.to_ascii_lowercase().contains("odata query parameter") => {
                Some((false, p.text.as_str()))
            }
            _ => None,
        }));
    }
    // A sentence of support naming no option ("This method also supports the OData query parameters
    // to help customize the response"): one naming a single option is then a note on it.
    // Not a pointer to OData's page ("For information about the supported query parameters, see …",
    // "See [OData query parameters] for …").
    let generic_support = texts.iter().flat_map(|(_, t)| sentences(t)).any(|s| {
        let lower = s.to_ascii_lowercase();
        let pointer = crate::extract::text::words(&lower).any(|w| w == "see");
        !pointer && lower.contains("support") && lower.contains("query parameter") && option_names(&lower).is_empty()
    });
    let mut supporting = false;
    // The paragraph saying so ("supports some of the OData query parameters … see $count and $expand").
    let mut support_text: Option<usize> = None;
    // Where a list or table of the supported options starts ("The following query parameters are supported:").
    let mut list_from: Option<usize> = None;
    // The list is introduced by a colon alone, not "the following …".
    let mut list_by_colon = false;
    let mut out = ODataOptions::default();
    let mut only_mentioned = false;
    // "Supports some of the OData query parameters", naming none.
    let mut some_unnamed = false;
    // The options the sentence before named.
    let mut named_before: Vec<&'static str> = Vec::new();
    for (i, (_, text)) in texts.iter().enumerate() {
        // "It supports … the `$orderBy` and `$filter` query parameters, but doesn't support the
        // `$expand` query parameter": each clause says its own (not one restricting the first:
        // "…, but only `$filter` and `$top`").
        for sentence in sentences(text).flat_map(negated_clauses) {
            let lower = sentence.to_ascii_lowercase();
            let names = option_names(&lower);
            let last_named = std::mem::replace(&mut named_before, names.clone());
            let introduces_list = names.is_empty() && (lower.contains("following") || lower.trim_end().ends_with(':'));
            // "This method does not support OData query parameters other than `$filter`":
            // those it names after "other than" (or "except") are the ones it supports.
            let excepted = ["other than ", "except "]
                .iter()
                .filter_map(|w| lower.find(w))
                .min()
                .map(|at| option_names(&lower[at..]))
                .filter(|after| !after.is_empty() && after.len() == names.len());
            if let Some(after) = excepted.filter(|_| negated(&lower) && !supporting) {
                supporting = true;
                support_text = Some(i);
                out.named = after;
            } else if negated(&lower) {
                // "The other OData query parameters are not currently supported": only the
                // options named before.
                only_mentioned |= names.is_empty()
                    && !lower.contains("propert")
                    && ["other odata", "other query", "other [odata", "other optional"]
                        .iter()
                        .any(|m| lower.contains(m));
                out.excluded.extend(unsupported(&lower, names));
            } else if let needed @ [_, ..] = &required_by(&lower, &names)[..] {
                out.required.extend(needed.iter().copied());
                out.mentioned.extend(needed.iter().copied());
            } else if names.is_empty() && requires_plain_filter(&lower) {
                // The one option the section speaks of.
                out.required.push("$filter");
                out.mentioned.push("$filter");
                if !supporting {
                    out.named.push("$filter");
                }
            } else if names.is_empty() && requires_those_named(&lower) {
                // "This method supports the `$expand` and `$filter` … parameters. The two query
                // parameters are required.": those the sentence before named. Where it named more
                // than it counts ("the `$expand`, `$filter` and `orderBy` …", then "The two …"),
                // the ones the request lines write, if they are that many; else none.
                let counted = crate::extract::text::words(&lower).find_map(|w| match w {
                    "both" | "two" => Some(2),
                    "three" => Some(3),
                    _ => None,
                });
                match counted {
                    Some(n) if n < last_named.len() => out.counted_required = Some((n, last_named.clone())),
                    _ => out.required.extend(last_named.iter().copied()),
                }
                out.mentioned.extend(last_named.iter().copied());
            } else if !supporting
                && !names_own_parameter(&lower)
                && (lower.contains("support")
                    // "You can use the [OData query parameters] to restrict the shape of the objects
                    // returned": the usual set (not "You can use `$expand` to …", a mention in passing).
                    || (names.is_empty() && lower.contains("you can use") && lower.contains("query parameter"))
                    // "You can also use the `$select` and `$expand` OData query parameters to (help)
                    // customize the response": the boilerplate's sentence of support in other words.
                    || (!names.is_empty()
                        && invites_use(&lower)
                        && (lower.contains("to customize") || lower.contains("to help customize"))))
                // "… supports the `$select` and `$expand` parameters to get …": named, if not called OData's.
                && (lower.contains("query parameter")
                    || (!names.is_empty() && find_word(&lower, "parameters").is_some())
                    // "This method supports `$filter`, `$top`, `$skipToken` and `$count` to help …".
                    // "This method supports `$filter` to customize the query response": one, in the
                    // boilerplate's words.
                    // "This method supports `$filter` on `id`, `displayName`, and `isBuiltIn`.", beside
                    // no sentence of support naming none.
                    || ((names.len() >= 2
                        || lower.contains("to customize")
                        || lower.contains("to help customize")
                        || !generic_support)
                        && find_word(&lower, "also").is_none()
                        && supports_named(&lower, &names)))
            {
                supporting = true;
                support_text = Some(i);
                out.not_on_refs = lower.contains("without `$ref`") || lower.contains("without $ref");
                // "supports some of the OData query parameters, including `$expand`": an
                // example of them, not the whole set.
                let some = ["some of the odata", "some of the query", "some odata", "some query", "a subset of the"]
                    .iter()
                    .any(|w| lower.contains(w));
                // "(for example, $search, $select, and $top)" too; and after "supports the OData
                // query parameters to help customize the response, including `$search`, `$count`,
                // and `$filter`": the whole set, those among it.
                let generic = lower.contains("supports the odata query parameters");
                some_unnamed = some && names.is_empty();
                // "supports the `$select` and other OData query parameters": one of the set.
                let among_others = [
                    "and other odata",
                    "and other query",
                    "and the other odata",
                    "among other odata",
                    "among other query",
                ]
                .iter()
                .any(|w| lower.contains(w));
                let examples_of_some = among_others
                    || (some || generic)
                        && ["including ", "such as ", "for example", "e.g."]
                            .iter()
                            .filter_map(|w| lower.find(w))
                            .min()
                            .is_some_and(|at| names.iter().all(|n| lower[at..].contains(n)));
                out.named = if names.is_empty() {
                    bare_option_names(&lower)
                } else if examples_of_some {
                    out.mentioned.extend(names.iter().copied());
                    out.examples = names;
                    Vec::new()
                } else {
                    names
                };
                // "… supports the OData query parameters for server-side paging through a
                // large response": the page size, not the usual set.
                if out.named.is_empty() && lower.contains(" paging") {
                    out.named = vec!["$top"];
                }
                if introduces_list {
                    list_from = Some(i + 1);
                    list_by_colon = !lower.contains("following");
                }
            } else if supporting && out.named.is_empty() && introduces_list && lower.contains("support") {
                list_from = list_from.or(Some(i + 1));
            } else if lower.contains("support")
                // "You can also use the `$filter`, `$count` and `$search` query parameters to limit …",
                // "You may also apply the `$top` query parameter to limit …".
                || invites_use(&lower)
                // "Use `$select` to get specific **place** properties."
                || lower.trim_start().starts_with("use ")
                // Which of "some" options: "To also return a list of [printDocuments] for each
                // print job, use `$expand=documents`." (the option right after "use"; not an
                // example of one, nor "use the [Get printer] API rather than `$select`").
                || (some_unnamed && tells_to_use_an_option(&lower) && !lower.contains("example"))
                || (lower.contains("available") && !lower.contains("not available"))
                // "The `$filter` query parameter can only be used to track changes on …"
                || lower.contains("can be used")
                || lower.contains("can only be used")
                // "The default page size is 20 objects while the maximum with `$top` is 500."
                || lower.contains("page size")
                || find_word(&lower, "maximum").is_some()
                // "The default and max `$top` parameter is 1000 records."
                || find_word(&lower, "max").is_some()
            {
                out.mentioned.extend(names);
            }
        }
    }
    // A table row naming one option whose description says it is required ("**Required**
    // parameter.", "`$search` is **required** in the request URL of this API").
    for row in sections.iter().flat_map(|s| s.own_tables()).flat_map(|t| &t.rows) {
        let (Some(first), Some(desc)) = (row.first(), row.last().filter(|_| row.len() > 1)) else { continue };
        let [name] = option_names(&first.text.to_ascii_lowercase())[..] else { continue };
        let lower = desc.text.to_ascii_lowercase();
        let sentence = sentences(&lower).next().unwrap_or_default();
        let words: Vec<&str> = sentence.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
        let conditional = ["if", "when", "unless", "not"].iter().any(|w| words.contains(w));
        if !conditional && (words.first() == Some(&"required") || sentence.contains("is required")) {
            for list in [&mut out.required, &mut out.mentioned] {
                if !list.contains(&name) {
                    list.push(name);
                }
            }
        }
    }
    // "## Supported query patterns": a table of patterns, each row naming its option
    // (`top`, `/devices?$filter=…`), marked supported where it has the column.
    if !supporting && out.named.is_empty() {
        let patterns = query_pattern_options(page);
        if !patterns.is_empty() {
            supporting = true;
            out.named = patterns;
        }
    }
    // Where nothing else on the page speaks of options, a note in the lead telling the reader to
    // use some ("retrieve the result set in pages, by including both the $top query parameter …
    // and the $skip=0 query parameter"): those only, not the usual set.
    if !supporting && out.mentioned.is_empty() {
        let lead = lead_mentions(page);
        if lead.is_empty() {
            return None;
        }
        out.named = lead.clone();
        out.mentioned = lead;
    }
    if only_mentioned && out.named.is_empty() {
        out.named = dedup(out.mentioned.clone());
    }
    // "### Exceptions: Some operators are not supported: `$count`, `$orderby`, `$search`."
    let excluded_before = out.excluded.len();
    for section in page.sections(|t| t == "exceptions" || t.starts_with("limitation")) {
        for (_, b) in section.own_blocks() {
            let Block::Paragraph(p) = b else { continue };
            for sentence in sentences(&p.text) {
                let lower = sentence.to_ascii_lowercase();
                if negated(&lower) {
                    out.excluded.extend(unsupported(&lower, option_names(&lower)));
                }
            }
        }
    }
    if supporting && out.named.is_empty() {
        // A list after "the following …", else a table naming options, says which; after a
        // colon alone, its items naming an option first (`$filter`, "[$top](…): …"), not
        // sentences on how to use one ("You can use the `$filter` query parameter to filter").
        let listed = |from: usize, cells: bool| -> Vec<&'static str> {
            let names_first = |t: &str| t.trim_start_matches(['-', '*', '`', '[', ' ']).starts_with('$');
            dedup(
                texts[from..]
                    .iter()
                    .filter(|(c, t)| if cells { *c } else { *c || !list_by_colon || names_first(t) })
                    .flat_map(|(_, t)| option_names(&t.to_ascii_lowercase()))
                    .collect(),
            )
        };
        // "Supports some of the OData query parameters": the options the same paragraph
        // names in another sentence, not as an example ("For general information, see
        // $count and $expand"); so too "supports the query parameters that are supported by
        // the resource … That is, `$count`, `$expand`, …".
        let same_paragraph = support_text
            .filter(|&i| {
                let lower = texts[i].1.to_ascii_lowercase();
                list_from.is_none()
                    && (lower.contains("some of the")
                        || sentences(&lower)
                            .any(|s| ["that is,", "namely,"].iter().any(|m| s.trim_start().starts_with(m))))
            })
            .map(|i| {
                sentences(texts[i].1)
                    .map(|s| s.to_ascii_lowercase())
                    .filter(|s| !negated(s) && !s.contains("example"))
                    .map(|s| option_names(&s))
                    // A list, not one option mentioned in passing (a `$skiptoken` in the
                    // next link, `$search` needing a header), nor the examples of some.
                    .filter(|names| names.len() >= 2 && !names.iter().all(|n| out.examples.contains(n)))
                    .flatten()
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        out.named = match list_from {
            Some(from) => listed(from, false),
            // A table of the options (not one of paging tokens alone: `$skiptoken`).
            None => Some(listed(0, true)).filter(|n| n.iter().any(|o| *o != "$skiptoken")).unwrap_or_default(),
        };
        if out.named.is_empty() {
            out.named = dedup(same_paragraph);
        }
        // Which "some": those the section goes on to tell how to use ("You can use `$orderby`, `$top`
        // and `$skip` …"), not the usual set; where it lists the exceptions ("### Exceptions: Some
        // operators are not supported: `$count`, `$search`."), the usual set but those.
        if out.named.is_empty() && some_unnamed && out.excluded.len() == excluded_before {
            out.named = dedup(out.mentioned.clone());
        }
    }
    out.mentioned = dedup(std::mem::take(&mut out.mentioned));
    out.top_maximum = texts.iter().filter(|(cell, _)| !cell).find_map(|(_, t)| largest_page(t));
    out.format_values = texts.iter().filter(|(cell, _)| !cell).find_map(|(_, t)| format_values(t)).unwrap_or_default();
    Some(out)
}

/// The media types the first sentence naming `$format` with two or more of them offers
/// ("… the OData $format query parameter set to text/csv or application/json").
fn format_values(text: &str) -> Option<Vec<String>> {
    sentences(text).filter(|s| s.contains("$format")).find_map(|s| {
        let mut types: Vec<String> = Vec::new();
        for word in s.split_whitespace() {
            let w = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let is_media_type = w.split_once('/').is_some_and(|(kind, sub)| {
                ["text", "application"].contains(&kind)
                    && !sub.is_empty()
                    && sub.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"+-.".contains(&b))
            });
            if is_media_type && !types.iter().any(|t| t == w) {
                types.push(w.to_string());
            }
        }
        (types.len() >= 2).then_some(types)
    })
}

/// The largest page a text allows, from its first sentence about a maximum page size or `$top`
/// value with a number after the word "maximum": "The default and maximum page sizes are 100
/// and 999 objects respectively" (the second number), "… are 100 alert objects", "the maximum
/// with `$top` is 500", "Maximum allowed `$top` value is 50", "cannot be greater than 1000", "The `$top`
/// OData query parameter has a limit of 1000 alerts", "`$top` supports up to 300 objects". Not
/// a sentence naming several ("130 entries for participants and 60 entries for sessions"), nor
/// `$top`'s own description ("the maximum number of objects per page").
fn largest_page(text: &str) -> Option<u64> {
    sentences(text).find_map(|sentence| {
        let lower = sentence.to_ascii_lowercase();
        // ("The `$top` OData query parameter has a limit of 1000 alerts.")
        // ("`$top` supports up to 300 objects.", "supports returning up to 999 objects per page using `$top`")
        // (Not a default page size: "up to 20 objects by default".)
        let up_to = || lower.find("up to ").filter(|&i| lower.contains("$top") && !lower[i..].contains("by default"));
        let at =
            lower.find("maximum").or_else(|| lower.find("max ")).or_else(|| lower.find("limit of ")).or_else(up_to)?;
        if !(lower.contains("page size") || lower.contains("$top")) {
            return None;
        }
        // Digits as numbers, a thousands separator inside one ("1,000").
        let bytes = lower.as_bytes();
        let digits: String = lower[at..]
            .char_indices()
            .filter(|&(i, c)| {
                let i = at + i;
                let between_digits =
                    i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                !(c == ',' && between_digits)
            })
            .map(|(_, c)| c)
            .collect();
        let numbers: Vec<u64> = digits
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| !w.is_empty())
            .filter_map(|w| w.parse().ok())
            .collect();
        // Two numbers for a default and a maximum, in the order the sentence names them ("The
        // default and maximum page sizes are 100 and 999", "maximum and default … 999 and 100
        // respectively").
        let default_at = lower.find("default");
        let paired = lower[..at].trim_end().ends_with("default and")
            || lower[at..].starts_with("maximum and default")
            || lower.contains("respectively");
        match numbers[..] {
            [only] => Some(only),
            [first, second] if paired => Some(if default_at.is_some_and(|d| d > at) { first } else { second }),
            _ => None,
        }
    })
}

/// "You can use", "you may also apply": the reader invited to use what the sentence names.
fn invites_use(lower: &str) -> bool {
    if !lower.contains("you ") {
        return false;
    }
    // "can’t" is "can't", no invitation.
    let lower = lower.replace('\u{2019}', "'");
    let words: Vec<&str> = crate::extract::text::words(&lower).collect();
    let verb = |v: Option<&&str>| v.is_some_and(|v| matches!(*v, "use" | "apply" | "specify" | "add" | "include"));
    (0..words.len()).any(|i| {
        let after = if words.get(i + 2) == Some(&"also") { i + 3 } else { i + 2 };
        let you_can = words[i] == "you" && matches!(words.get(i + 1), Some(&("can" | "may")));
        // Or a second verb joined to the first ("You can also filter by the **roleDefinitionId** or
        // use the `$select` and `$expand` OData query parameters").
        let joined = || (after..words.len()).any(|j| matches!(words[j], "or" | "and") && verb(words.get(j + 1)));
        you_can && (verb(words.get(after)) || joined())
    })
}

/// The options the lead (the blocks between the title and the first section, notes included)
/// tells the reader to use in a sentence about query parameters ("by including the `$top`
/// query parameter", "use the `$filter` query parameter").
fn lead_mentions(page: &Page<'_>) -> Vec<&'static str> {
    // Request lines writing options of their own (`GET /me/events/{id}?$expand=…`, `GET
    // /me/events?$filter=…`) say which line takes which: the lead's advice adds nothing.
    let lines_write_options = page
        .request_sections()
        .iter()
        .flat_map(|s| s.iter())
        .any(|(_, b)| matches!(b, Block::Code(c) if c.text.lines().any(|l| l.contains("?$"))));
    if lines_write_options {
        return Vec::new();
    }
    let mut names = Vec::new();
    for p in page.lead_paragraphs() {
        for sentence in sentences(&p.text) {
            let lower = sentence.to_ascii_lowercase();
            // The phrases as words ("by including", "use the"; not "because the"), no negation among
            // the three words before them ("Don't use the `$top` query parameter").
            let words: Vec<&str> = super::text::words(&lower).collect();
            let using = words.windows(2).enumerate().any(|(i, w)| {
                matches!((w[0], w[1]), ("by", "including") | ("include", "the") | ("use", "the") | ("using", "the"))
                    && !words[i.saturating_sub(3)..i].iter().any(|w| super::text::is_negation(w))
            });
            if using && !negated(&lower) && lower.contains("query parameter") {
                names.extend(option_names(&lower));
            }
        }
    }
    dedup(names)
}

/// The options the rows of a "Supported query patterns" table name, where the row
/// is marked supported (`✓`, "Yes") or the table has no such column.
fn query_pattern_options(page: &Page<'_>) -> Vec<&'static str> {
    let mut names = Vec::new();
    for section in page.sections(|t| t == "supported query patterns") {
        for (_, b) in section.own_blocks() {
            let Block::Table(t) = b else { continue };
            let supported = t.header.iter().position(|h| h.text.trim().eq_ignore_ascii_case("supported"));
            for row in &t.rows {
                let marked = supported.is_none_or(|i| {
                    row.get(i).is_some_and(|c| c.text.contains('✓') || c.text.trim().eq_ignore_ascii_case("yes"))
                });
                if marked {
                    names.extend(row.iter().flat_map(|c| option_names(&c.text.to_ascii_lowercase())));
                }
            }
        }
    }
    dedup(names)
}

/// Terms of a query option the page says the method needs: "This method requires the
/// `containerTypeId` parameter", "The `containerTypeId` filter parameter is required", "expects
/// the mandatory parameter **source**" (in the lead or a query parameters section), for a line
/// that writes them inside an option's value, as placeholders or as the property filtered on
/// (`?$filter=containerTypeId eq {containerTypeId}`, `?$filter=source eq 'Tenant'`): that option
/// is required.
/// Not in a clause [`conditional`] calls a condition.
pub(super) fn required_terms(page: &Page<'_>) -> Vec<String> {
    let lead = page.lead_paragraph();
    let sections = page.query_parameter_sections();
    let texts: Vec<&str> = lead
        .iter()
        .map(String::as_str)
        .chain(sections.iter().flat_map(|s| s.own_blocks()).filter_map(|(_, b)| match b {
            Block::Paragraph(p) => Some(p.text.as_str()),
            _ => None,
        }))
        .collect();
    let mut out: Vec<String> = Vec::new();
    // A note under the request lines: "If you don't specify a filter on **meetingOrganizerId**, the
    // request fails."
    let request_sections = page.request_sections();
    let notes = request_sections.iter().flat_map(|s| s.own_blocks()).filter_map(|(_, b)| match b {
        Block::Paragraph(p) => Some(p.text.as_str()),
        _ => None,
    });
    for term in texts.iter().copied().chain(notes).flat_map(sentences).flat_map(terms_failing_without) {
        if !out.iter().any(|t| t == term) {
            out.push(term.to_string());
        }
    }
    for text in texts.into_iter().filter(|t| t.contains("require") || t.contains("mandatory")) {
        // Each clause on its own ("… requires the `x` parameter and does not support `$expand`").
        let clauses = sentences(text).flat_map(|s| {
            let mut parts = vec![s];
            for sep in [", but ", " and does ", " and doesn't ", "; "] {
                parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
            }
            parts
        });
        for clause in clauses.filter(|c| !conditional(&c.to_ascii_lowercase())) {
            for term in terms_required_in(clause) {
                if !out.iter().any(|t| t == term) {
                    out.push(term.to_string());
                }
            }
        }
    }
    out
}

/// A camelCase identifier written plain (`containerTypeId`, `meetingOrganizerId`): a term, not a word.
fn camel_case_name(w: &str) -> bool {
    w.len() > 2
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && w.chars().any(|c| c.is_ascii_uppercase())
        && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The terms a sentence says a request fails without: "If you don't specify a filter on
/// **meetingOrganizerId**, the request fails.", "The request fails if you don't pass …": the
/// camelCase names and code spans of the condition (emphasis is gone from the text).
fn terms_failing_without(sentence: &str) -> Vec<&str> {
    let lower = sentence.to_ascii_lowercase();
    let fails = ["the request fails", "the request will fail", "the call fails", "the request returns an error"];
    let Some(failure) = fails.iter().filter_map(|w| lower.find(w)).min() else { return Vec::new() };
    let without = ["if you don't ", "if you do not ", "if you don\u{2019}t ", "without "];
    let Some(at) = without.iter().filter_map(|w| lower.find(w)).min() else { return Vec::new() };
    // The condition: before the failure ("If …, the request fails") or after it ("… fails if …").
    let condition = if at < failure { &sentence[at..failure] } else { &sentence[at..] };
    let mut out: Vec<&str> =
        condition.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').filter(|w| camel_case_name(w)).collect();
    out.dedup();
    out
}

/// A clause limiting a requirement: "if", "when", "unless", "not", a header's; "required
/// only …", "required for <an audience>" ("delegated access"; not "this method", "both …",
/// "all …"), a leading "For <an audience>, …".
fn conditional(lower: &str) -> bool {
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphabetic()).collect();
    let audience = |after: &str| {
        after.split_whitespace().next().is_some_and(|w| {
            !["this", "all", "both", "every", "each", "the", "any"]
                .contains(&w.trim_matches(|c: char| !c.is_ascii_alphabetic()))
        })
    };
    ["if", "when", "header", "not", "unless"].iter().any(|w| words.contains(w))
        || lower.contains("required only")
        || lower.match_indices("required for ").any(|(i, m)| audience(&lower[i + m.len()..]))
        || lower.trim_start().strip_prefix("for ").is_some_and(|rest| {
            rest.find(", ").is_some_and(|c| !rest[..c].starts_with("this ") && !rest[..c].starts_with("all "))
        })
}

/// The terms a clause says are required: a code span after "requires (the)" and before
/// "parameter", or followed closely by "is required"; the word after "mandatory parameter"
/// (emphasis is gone from the text: "expects the mandatory parameter **source**").
fn terms_required_in(clause: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (before, term, after) in super::text::code_spans(clause) {
        let (before, after) = (before.trim_end().to_ascii_lowercase(), after.to_ascii_lowercase());
        let name_like = !term.is_empty() && term.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let requires = ["requires the", "required the", "requires"].iter().any(|w| before.ends_with(w))
            && [" parameter", " filter parameter", " query parameter"].iter().any(|w| after.starts_with(w));
        let is_required = after.find("is required").is_some_and(|j| j < 40 && !after[..j].contains(','));
        if name_like && (requires || is_required) {
            out.push(term);
        }
    }
    // The name plain: "The containerTypeId filter parameter is required." (a term only where a
    // line writes it inside an option's value, as above).
    // ASCII lowercasing keeps byte offsets.
    for (at, _) in clause.to_ascii_lowercase().match_indices(" parameter is required") {
        let mut before = clause[..at].split_whitespace().rev();
        let word = before.next().and_then(|w| match w.to_ascii_lowercase().as_str() {
            "filter" | "query" => before.next(),
            _ => Some(w),
        });
        if let Some(w) = word.filter(|w| camel_case_name(w))
            && !out.contains(&w)
        {
            out.push(w);
        }
    }
    if let Some(at) = clause.to_ascii_lowercase().find("mandatory parameter ") {
        let word = clause[at + "mandatory parameter ".len()..]
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .next()
            .unwrap_or_default();
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

/// A sentence, or its two clauses around "but" where one is negated ("doesn't support the
/// `$expand` …", "not `$filter`") and the other is not.
fn negated_clauses(sentence: &str) -> Vec<&str> {
    match sentence.split_once(", but ").or_else(|| sentence.split_once(" but ")) {
        // One clause negated, the other not ("doesn't support `$expand`, but supports `$filter`" too).
        Some((first, second))
            if (negated(&second.to_ascii_lowercase()) || second.starts_with("not "))
                != negated(&first.to_ascii_lowercase()) =>
        {
            vec![first, second]
        }
        _ => vec![sentence],
    }
}

/// The options a negated sentence names as unsupported ("`$filter` is not supported");
/// none when it is a note about some properties ("createdDateTime and
/// lastModifiedDateTime do not support `$select`").
fn unsupported(lower: &str, names: Vec<&'static str>) -> Vec<&'static str> {
    if lower.contains("propert") { Vec::new() } else { names }
}

/// The options a sentence says the method needs: "This method requires the `$filter`
/// (`eq`) query parameter", "The `$search` query parameter is required". Not a
/// condition ("… is required if `$orderby` is used") nor a header's need ("the
/// `ConsistencyLevel` header is required for `$search`").
fn required_by(lower: &str, names: &[&'static str]) -> Vec<&'static str> {
    if conditional(lower) {
        return Vec::new();
    }
    let at = |name: &str| find_word(lower, name).or_else(|| find_word(lower, &format!("`{}`", &name[1..])));
    names
        .iter()
        .copied()
        .filter(|name| {
            let Some(i) = at(name) else { return false };
            let before = lower[..i].trim_end().trim_end_matches(['`', '(']).trim_end();
            let after = &lower[i..];
            ["requires the", "requires a", "requires an", "requires"].iter().any(|w| before.ends_with(w))
                || after.find("is required").is_some_and(|j| j < 40 && !after[..j].contains(','))
        })
        .collect()
}

/// "This method requires planId [filter](…) to be specified" (v1.0's Planner lists): `$filter`
/// written as a plain word a word or two after "requires", which must be specified.
fn requires_plain_filter(lower: &str) -> bool {
    !conditional(lower)
        && find_word(lower, "filter").is_some_and(|i| {
            let before = lower[..i].trim_end();
            let after = lower[i + "filter".len()..].trim_start();
            let since = before.rfind("requires ").map(|r| before[r + "requires ".len()..].split_whitespace().count());
            since.is_some_and(|n| n <= 2) && after.starts_with("to be specified")
        })
}

/// "The two query parameters are required", "Both parameters are mandatory": a sentence
/// requiring, without naming them, the options the sentence before named. Not a condition.
fn requires_those_named(lower: &str) -> bool {
    let words: Vec<&str> = crate::extract::text::words(lower).collect();
    let subject = ["both", "two", "these", "they", "those"].iter().any(|w| words.contains(w));
    let required = words.windows(2).any(|w| w[0] == "are" && matches!(w[1], "required" | "mandatory"));
    subject && required && !conditional(lower)
}

/// "is not supported", "doesn't support", "There is no support for `$search`", "are not
/// currently supported": a negation at most three words before "support". Not one
/// elsewhere ("supports `$select` to retrieve properties … not returned by default").
fn negated(lower: &str) -> bool {
    let words: Vec<&str> = crate::extract::text::words(lower).collect();
    lower.contains("unsupported")
        || words.iter().enumerate().any(|(i, w)| {
            w.starts_with("support")
                && words[i.saturating_sub(3)..i].iter().any(|w| crate::extract::text::is_negation(w))
        })
}

/// "This method supports `$filter`, `$top` …": the verb right before the first option named,
/// the method its subject (not "There is limited support for `$filter`", nor "`$orderby` and
/// `$filter` support only …").
fn supports_named(lower: &str, names: &[&'static str]) -> bool {
    let Some(first) = names.first() else { return false };
    let at = [first.to_string(), format!("`{}`", &first[1..]), format!("`{first}`")]
        .iter()
        .filter_map(|n| lower.find(n.as_str()))
        .min();
    at.is_some_and(|at| {
        let before = lower[..at].trim_end().trim_end_matches(['`', '[']).trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        before.ends_with("supports")
    })
}

/// Whether a lowercase sentence says "use" (or "add", "append") right before an option
/// (`` use `$expand=documents` ``, "To select specific attributes add `$select=id`").
fn tells_to_use_an_option(lower: &str) -> bool {
    ["use ", "add ", "append "].iter().any(|verb| {
        lower.match_indices(verb).any(|(at, _)| {
            let word = lower[..at].chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric());
            let rest = &lower[at + verb.len()..];
            word && (rest.starts_with("`$") || rest.starts_with('$'))
        })
    })
}

/// A sentence about a parameter of the method's own ("You can use `model` query parameter,
/// which supports the values `A` and `B`"): a code span that is no OData option right before
/// "query parameter".
fn names_own_parameter(lower: &str) -> bool {
    // "This method supports an optional query parameter to specify the size of the photo": one.
    // Each a phrase of its own words: not the end of "the following OData query parameter ".
    let one = ["an optional query parameter ", "a query parameter ", "an optional parameter "];
    let said =
        |w: &str| lower.match_indices(w).any(|(at, _)| !lower[..at].ends_with(|c: char| c.is_ascii_alphanumeric()));
    if one.iter().any(|w| said(w)) && option_names(lower).is_empty() {
        return true;
    }
    lower.match_indices("` query parameter").any(|(at, _)| {
        let name = lower[..at].rsplit('`').next().unwrap_or("");
        !name.is_empty() && !name.contains(' ') && !is_system_option(name)
    })
}

/// `names` without repeats, in first-seen order.
fn dedup(names: Vec<&'static str>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for n in names {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// The options a lowercase text names: `$select`, or `` `select` `` in code, in
/// order, once each.
fn option_names(lower: &str) -> Vec<&'static str> {
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for o in &OPTIONS {
        let at = find_word(lower, o.name).or_else(|| find_word(lower, &format!("`{}`", &o.name[1..])));
        if let Some(at) = at {
            found.push((at, o.name));
        }
    }
    // `maxTop` beside `select`, `filter` (Search administration's pages): the page size.
    if !found.iter().any(|(_, n)| *n == "$top")
        && let Some(at) = lower.find("`maxtop`")
    {
        found.push((at, "$top"));
    }
    // `$sort` (no OData option; beta's Global Secure Access traffic logs, whose table then
    // shows `$orderby=createdDateTime desc`): the sort order.
    if !found.iter().any(|(_, n)| *n == "$orderby")
        && !negated(lower)
        && let Some(at) = find_word(lower, "`$sort`").or_else(|| find_word(lower, "$sort"))
    {
        found.push((at, "$orderby"));
    }
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

/// Options named without `$` or code between "supports" and "OData query parameters",
/// where nothing else stands there ("This method supports the expand OData query
/// parameters"; not "supports search by name and the following OData query parameters").
fn bare_option_names(lower: &str) -> Vec<&'static str> {
    let Some(start) = lower.find("supports ") else { return Vec::new() };
    let Some(end) = lower[start..].find("odata query parameter").map(|i| start + i) else { return Vec::new() };
    let mut named = Vec::new();
    for w in lower[start + "supports ".len()..end].split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty())
    {
        match OPTIONS.iter().find(|o| &o.name[1..] == w) {
            Some(o) => named.push(o.name),
            // "supports a filter from the OData query parameters": one, named as a word.
            None if matches!(w, "the" | "and" | "or" | "a" | "an" | "from") => {}
            None => return Vec::new(),
        }
    }
    dedup(named)
}

/// Where `word` (lowercase) occurs in `lower` not followed by a letter (`$top` is not `$topic`).
fn find_word(lower: &str, word: &str) -> Option<usize> {
    lower
        .match_indices(word)
        .map(|(i, _)| i)
        .find(|&i| !lower[i + word.len()..].starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// A request line's system query option (`?$top=1`) as the parameter it is.
pub(super) fn system_option(name: &str) -> Option<Parameter> {
    OPTIONS.iter().find(|o| o.name.eq_ignore_ascii_case(name)).map(as_parameter)
}

fn as_parameter(o: &ODataOption) -> Parameter {
    Parameter {
        name: o.name.to_string(),
        location: ParamLocation::Query,
        description: Some(o.description.to_string()),
        required: false,
        ty: TypeRef::Primitive(o.ty),
        values: Vec::new(),
        deprecated: false,
        maximum: None,
    }
}

impl ODataOptions {
    /// The options as query parameters of a GET on `template` answering one
    /// entity or, when `collection`, a list.
    pub(super) fn parameters(&self, template: &str, collection: bool) -> Vec<Parameter> {
        if self.not_on_refs && template.ends_with("/$ref") {
            return Vec::new();
        }
        let delta = template.rsplit('/').next().is_some_and(|s| s.starts_with("delta"));
        let usual =
            |o: &ODataOption| (collection || !o.lists_only) && !o.named_only && (!delta || DELTA.contains(&o.name));
        OPTIONS
            .iter()
            .filter(|o| {
                if !self.named.is_empty() {
                    // "… supports the `$expand` OData query parameter … It also supports the `$select` query parameter."
                    self.named.contains(&o.name) || self.mentioned.contains(&o.name)
                } else if delta && !self.mentioned.is_empty() {
                    self.mentioned.contains(&o.name)
                } else {
                    usual(o) || self.mentioned.contains(&o.name)
                }
            })
            .filter(|o| !self.excluded.contains(&o.name))
            .map(|o| self.as_page_says(o))
            .collect()
    }

    /// An option as a query parameter, required and bounded as the page says.
    fn as_page_says(&self, o: &ODataOption) -> Parameter {
        let maximum = self.top_maximum.filter(|_| o.name == "$top");
        let values = if o.name == "$format" { self.format_values.clone() } else { Vec::new() };
        Parameter { required: self.required.contains(&o.name), maximum, values, ..as_parameter(o) }
    }

    /// The options the page's sentence of support names or gives as examples, as query parameters of another
    /// method than GET (`POST …/verify` "supports … `$expand` to include related
    /// resources"): never the usual set, which is a read's, nor options mentioned in
    /// passing ("use `$filter` on the list operation"); list options only for a list.
    pub(super) fn named_parameters(&self, collection: bool) -> Vec<Parameter> {
        OPTIONS
            .iter()
            .filter(|o| {
                (self.named.contains(&o.name) || self.examples.contains(&o.name)) && (collection || !o.lists_only)
            })
            .filter(|o| !self.excluded.contains(&o.name))
            .map(|o| self.as_page_says(o))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `$top`'s maximum on a list whose options section says `sentence` after naming `$top`.
    fn top_maximum(sentence: &str) -> Option<u64> {
        let o = options(&format!("This method supports the `$top` and `$filter` OData query parameters. {sentence}"));
        o.unwrap().parameters("/things", true).into_iter().find(|p| p.name == "$top").and_then(|p| p.maximum)
    }

    #[test]
    fn the_media_types_a_sentence_sets_format_to_are_its_values() {
        // beta's usage reports: "… you can use the OData $format query parameter set to text/csv or
        // application/json."
        let values = |text: &str| {
            options(text)
                .unwrap()
                .parameters("/reports/getEmailActivityCounts(period='{period}')", false)
                .into_iter()
                .find(|p| p.name == "$format")
                .map(|p| p.values)
        };
        let said = "This method supports the `$format` [OData query parameter](/q) to customize the response. The default output type is text/csv. However, if you want to specify the output type, you can use the OData $format query parameter set to text/csv or application/json.";
        assert_eq!(values(said), Some(vec!["text/csv".to_string(), "application/json".to_string()]));
        // One media type is a default, not the values.
        let one = "This method supports the `$format` [OData query parameter](/q) to customize the response. The default output type is `text/csv`.";
        assert_eq!(values(one), Some(Vec::new()));
    }

    #[test]
    fn a_largest_page_size_bounds_top() {
        let top = top_maximum;
        assert_eq!(top("The default and maximum page sizes are 100 and 999 objects respectively."), Some(999));
        assert_eq!(top("The default and maximum page sizes are 100 alert objects."), Some(100));
        assert_eq!(top("The default page size is 20 objects while the maximum with `$top` is 500."), Some(500));
        assert_eq!(top("Maximum allowed `$top` value is 50."), Some(50));
        assert_eq!(top("The maximum page size cannot be greater than 1000."), Some(1000));
        // Several limits, each of one thing; `$top`'s own words; nothing said.
        assert_eq!(top("Maximum page size: 130 entries for participants and 60 entries for sessions."), None);
        assert_eq!(top("Use `$top` to limit the maximum number of items across pages."), None);
        assert_eq!(top(""), None);
    }

    #[test]
    fn a_largest_page_size_written_with_a_thousands_separator_bounds_top() {
        assert_eq!(top_maximum("The default and maximum page sizes are 1,000 objects."), Some(1000));
        assert_eq!(top_maximum("Maximum allowed `$top` value is 1,000."), Some(1000));
        assert_eq!(top_maximum("Note: The `$top` OData query parameter has a limit of 1000 alerts."), Some(1000));
        assert_eq!(top_maximum("If you need to use `$skip`, it has a limit of 500 alerts."), None);
        // v1.0's delegated admin relationships; beta's OData casts.
        assert_eq!(top_maximum("`$top` supports up to 300 objects."), Some(300));
        assert_eq!(
            top_maximum(
                "This API returns 100 objects by default and supports returning up to 999 objects per page using `$top`."
            ),
            Some(999)
        );
        assert_eq!(top_maximum("Each batch holds up to 20 requests."), None);
        // "Up to" a default page size is no maximum of `$top`.
        assert_eq!(top_maximum("Without `$top`, the response holds up to 20 objects by default."), None);
    }

    #[test]
    fn a_largest_page_size_named_before_the_default_bounds_top() {
        assert_eq!(top_maximum("The maximum and default page sizes are 999 and 100 objects respectively."), Some(999));
    }

    fn options(section: &str) -> Option<ODataOptions> {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# List x\n\n## Optional query parameters\n{section}\n\n## Response\n"
        );
        let src = crate::SourceFile::new("a.md", text);
        odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new()))
    }

    fn names(o: &ODataOptions, template: &str, collection: bool) -> Vec<String> {
        o.parameters(template, collection).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn a_sentence_denying_one_option_is_no_exceptions_section() {
        // "some of" the options, bullets telling to use two, and a sentence in the same section
        // denying a third: still the two, not the usual set but the third (only an Exceptions
        // section lists what the usual set leaves out).
        let o = options("This method supports some of the OData query parameters to help customize the response.\n\n* To also return a list of [printDocuments](../resources/printdocument.md) for each print job, use `$expand=documents`.\n* This method supports filtering print jobs by the user who created them. Use `$filter=createdBy/userPrincipalName eq '{upn}'`.\n\nThe `$search` query parameter is not supported.").unwrap();
        assert_eq!(names(&o, "/print/printers/{id}/jobs", true), ["$expand", "$filter"]);
    }

    #[test]
    fn a_pointer_to_odata_s_page_is_no_sentence_of_support() {
        // Older role definition list, its pointer to OData's page in other words ("For information
        // about the supported query parameters, see …"): still the one option it names.
        let pointer = options("This method supports `$filter` on `id`, `displayName`, and `isBuiltIn`. For information about the supported query parameters, see [OData query parameters](/q).").unwrap();
        assert_eq!(names(&pointer, "/roleManagement/directory/roleDefinitions", true), ["$filter"]);
    }

    #[test]
    fn a_pointer_to_odata_s_page_in_other_words_is_no_sentence_of_support() {
        // The same pointer not opening with "For …": still the one option the page names.
        let read = |pointer: &str| {
            let o =
                options(&format!("This method supports `$filter` on `id`, `displayName`, and `isBuiltIn`. {pointer}"))
                    .unwrap();
            names(&o, "/roleManagement/directory/roleDefinitions", true)
        };
        assert_eq!(
            read("To learn about the supported query parameters, see [OData query parameters](/q)."),
            ["$filter"]
        );
        assert_eq!(
            read("See [OData query parameters](/q) for information about the supported query parameters."),
            ["$filter"]
        );
    }

    #[test]
    fn a_sentence_about_a_parameter_of_the_method_s_own_is_no_support_of_the_usual_set() {
        // Teams' getAllMessages: its `model` parameter, then `$top` and `$filter` in a request line.
        let page = |sentence: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# getAllMessages\n\n## Optional query parameters\n\n{sentence}\n\n## Response\n"
            )
        };
        let one = page("This method supports an optional query parameter to specify the size of the photo.");
        let src = crate::SourceFile::new("a.md", one);
        let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new()));
        assert!(o.is_none_or(|o| names(&o, "/teams/{id}/photo", false).is_empty()));
        let own = page("You can use `model` query parameter, which supports the values `A` and `B`.");
        let src = crate::SourceFile::new("a.md", own);
        let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new()));
        assert!(o.is_none_or(|o| names(&o, "/chats/getAllMessages", true).is_empty()));
        // An option written without its `$` is OData's.
        let odata = page("You can use the `filter` query parameter, which supports the usual operators.");
        let src = crate::SourceFile::new("a.md", odata);
        let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).expect("options");
        assert!(!names(&o, "/chats/getAllMessages", true).is_empty());
        // "the following OData query parameter": OData's, singular ("a query parameter" is inside it).
        let singular = page(
            "This method supports the following OData query parameter to help customize the response.\n\n| Name | Description |\n|:--|:--|\n| `$top` | Page size. |",
        );
        let src = crate::SourceFile::new("a.md", singular);
        let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).expect("options");
        assert_eq!(names(&o, "/a/getAllRecordings", true), ["$top"]);
    }

    #[test]
    fn a_lead_note_telling_to_use_options_names_them() {
        // Access reviews' filterByCurrentUser: a paging note in the lead, no query parameters section.
        let text = "---\ndoc_type: apiPageType\n---\n# accessReviewInstance: filterByCurrentUser\n\nReturns instances.\n\n>[!NOTE]\n>If many objects are returned, retrieve the result set in pages, by including both the $top query parameter with a page size of at most 100, and the $skip=0 query parameter in the request.\n\n## Permissions\n\n## HTTP request\n";
        let src = crate::SourceFile::new("a.md", text);
        let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).expect("the note is read");
        assert_eq!(names(&o, "/a/filterByCurrentUser(on='{on}')", true), ["$top", "$skip"]);
        // A lead that only says what an option does names none.
        let text = "---\ndoc_type: apiPageType\n---\n# List x\n\nThe $top query parameter is not supported.\n\n## Permissions\n";
        let src = crate::SourceFile::new("a.md", text);
        assert!(odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).is_none());
        // A negation further on speaks of something else.
        let text = "---\ndoc_type: apiPageType\n---\n# List x\n\nUse the $top query parameter with no more than 100 items per page.\n\n## Permissions\n";
        let src = crate::SourceFile::new("a.md", text);
        let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).expect("the note is read");
        assert_eq!(names(&o, "/a", true), ["$top"]);
        // Nor one saying not to, nor "because the" for "use the".
        for lead in [
            "Don't use the $top query parameter with this API.",
            "Results are slow because the $top query parameter defaults to 100.",
        ] {
            let text = format!("---\ndoc_type: apiPageType\n---\n# List x\n\n{lead}\n\n## Permissions\n");
            let src = crate::SourceFile::new("a.md", text);
            assert!(odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).is_none(), "{lead}");
        }
    }

    #[test]
    fn a_table_of_supported_query_patterns_names_the_options() {
        let text = "---\ndoc_type: apiPageType\n---\n# getAllRecordings\n\n## Supported query patterns\n\n| Pattern | Supported | Syntax | Notes |\n| --- | :-: | --- | --- |\n| Page size | ✓ | `top` | Max objects per page. |\n| Sort | ✗ | `orderby` | Not yet. |\n\n## Response\n";
        let src = crate::SourceFile::new("a.md", text);
        let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).expect("the table is read");
        assert_eq!(names(&o, "/a/getAllRecordings", true), ["$top"]);
    }

    #[test]
    fn a_table_of_labels_names_the_options_its_syntax_writes() {
        // beta's Global Secure Access alerts list.
        let o = options("This method supports the following OData query parameters to help customize the response.\n\n|Name|Syntax|Notes|\n|:---|:---|:---|\n|Server-side pagination|@odata.nextLink=https://graph.microsoft.com/beta/networkAccess/alerts?$skiptoken=\"t\"|The page size.|\n|Filter|/networkAccess/alerts?$filter=severity eq 'high'|All properties are filterable; use `$top` too.|\n|Sort|/networkAccess/alerts?$orderby=creationDateTime desc|Order.|\n|Top|/networkAccess/alerts?$top=50|Limit.|\n").expect("support");
        let named = names(&o, "/networkAccess/alerts", true);
        assert_eq!(named, ["$filter", "$orderby", "$top"]);
    }

    #[test]
    fn you_can_use_the_odata_query_parameters_is_support_of_the_usual_set() {
        // beta's bundle get.
        let o = options("You can use the [OData query parameters][odata-parameters] to restrict the shape of the objects returned from this call.").expect("support");
        assert_eq!(names(&o, "/drive/bundles/{bundle-id}", false), ["$select", "$expand"]);
        // One option used in passing names no set.
        let o = options("You can use `$expand` to get the members.").expect("a mention");
        assert!(o.named.is_empty() && o.mentioned == ["$expand"], "{:?} {:?}", o.named, o.mentioned);
    }

    #[test]
    fn an_example_about_query_parameters_is_no_section_of_the_method_s_options() {
        // beta's mailbox folders list: "### Example 2: List folders with query parameters".
        let o = |heading: &str| {
            let text = format!(
                "---\ndoc_type: apiPageType\n---\n# List x\n\n## Optional query parameters\nThis method supports some of the OData query parameters to help customize the response. For general information, see [OData query parameters](/graph/query-parameters).\n\n## Examples\n{heading}\nThe following example uses the `$filter`, `$select`, and `$top` query parameters. The `$filter` parameter refines the results and returns only folders of **type** `IPF.Appointment`. The `$select` parameter is specified to return only the **displayName** and **type** properties, and the `$top` parameter sets the page size of the result set to return the first five folders in the mailbox.\n"
            );
            let src = crate::SourceFile::new("a.md", text);
            odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).expect("support")
        };
        let usual = ["$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count"];
        assert_eq!(names(&o("### Example 2: List folders with query parameters"), "/a", true), usual);
        // Nor one nested under the examples' heading.
        assert_eq!(names(&o("### Request\n#### Using query parameters"), "/a", true), usual);
    }

    #[test]
    fn options_a_later_sentence_restates_are_the_supported_ones() {
        // beta's deleted items list.
        let o = options("This method supports the query parameters that are supported by the resource that is specified by the OData cast. That is, `$count`, `$expand`, `$filter`, `$orderBy`, `$search`, `$select`, and `$top` query parameters. Some queries are supported only when you use the **ConsistencyLevel** header set to `eventual` and `$count`.").unwrap();
        assert_eq!(
            names(&o, "/directory/deletedItems/microsoft.graph.group", true),
            ["$select", "$expand", "$filter", "$orderby", "$top", "$count", "$search"]
        );
    }

    #[test]
    fn options_a_denial_excepts_are_the_supported_ones() {
        // beta's governanceRoleAssignment: "does **not** supports … other than `$filter`".
        let o = options("This method does **not** supports [OData Query Parameters](/graph/query-parameters) other than `$filter` to help customize the response.").unwrap();
        assert_eq!(names(&o, "/a", true), ["$filter"]);
        let o = options("This method doesn't support OData query parameters except `$select` and `$top`.").unwrap();
        assert_eq!(names(&o, "/a", true), ["$select", "$top"]);
        // Named before the exception: a denial of those.
        let o = options(
            "This method supports the OData query parameters. It doesn't support `$filter` other than on `id`.",
        )
        .unwrap();
        let n = names(&o, "/a", true);
        assert!(n.contains(&"$select".to_string()) && !n.contains(&"$filter".to_string()), "{n:?}");
    }

    #[test]
    fn a_negation_is_one_of_support() {
        assert!(negated("the `$filter` parameter is not supported."));
        assert!(negated("this method doesn’t support the `$count` parameter."));
        assert!(negated("there is no support for `$search`."));
        assert!(negated("`$search` and `$count` are not currently supported."));
        assert!(!negated(
            "this method supports the `$select` odata query parameter to retrieve specific user properties, including those that are not returned by default."
        ));
    }

    #[test]
    fn among_other_properties_is_no_example_of_the_usual_set() {
        // "among other properties" is not "among other OData query parameters": the sentence names
        // the one option it supports; the rest of the set is not said.
        let o =
            options("This method supports the `$filter` OData query parameter on the **status** property.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$filter"], "control: {o:?}");
        let o = options("This method supports the `$filter` OData query parameter on the **status** property, among other properties.")
            .unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$filter"], "{o:?}");
    }

    #[test]
    fn options_some_of_which_a_sentence_gives_as_examples_are_not_the_whole_set() {
        // v1.0's learning course activity get: one named among the rest.
        let o =
            options("This method supports the `$select` and other OData query parameters to customize the response.")
                .unwrap();
        assert!(o.named.is_empty() && o.examples == ["$select"], "{o:?}");
        let o = options("This method supports some of the OData query parameters, including `$expand`, to help customize the response.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count"]);
        // Named without "some of", or before "including": the set.
        let o =
            options("This method supports the `$expand` OData query parameter, including on navigation properties.")
                .unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$expand"]);
        let o = options("This method supports some of the OData query parameters: `$top` and `$filter`, including on nested properties.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$filter", "$top"]);
        // "some of the properties": which properties, not which options.
        let o = options("This method supports the `$filter` OData query parameter on some of the properties, for example `$filter=startsWith(displayName, 'a')`.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$filter"]);
        let o = options("This method supports a subset of the OData query parameters, such as `$top`.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count"]);
        // A colon, then sentences on how to use one option: the usual set (beta's used insights).
        let o = options("This method supports the [OData Query Parameters](/q) to help customize the response:\n\n- You can use the `$filter` query parameter to filter used items.\n\n- Use `$orderby` to sort them.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count"]);
        let o =
            options("This method supports the following query parameters:\n\n- `$filter`\n- [$top](/q): at most 100.")
                .unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$filter", "$top"]);
        // Several examples, in the sentence's words or in parentheses (beta's recycle bin items).
        let all = ["$select", "$expand", "$filter", "$orderby", "$top", "$skip", "$count", "$search"];
        let o = options("This method supports some of the OData query parameters, including `$search`, `$select` and `$top`, to help customize the response.").unwrap();
        assert_eq!(names(&o, "/a/b", true), all);
        let o = options("This method supports some of the OData query parameters (for example, $search, $select, and $top) to help customize the response. For general information, see [OData query parameters](/graph/query-parameters).").unwrap();
        assert_eq!(names(&o, "/a/b", true), all);
        // v1.0's transitiveMemberOf: the whole set, "including" those it names.
        let o = options("This method supports the [OData query parameters](/graph/query-parameters) to help customize the response, including `$search`, `$count`, and `$filter`. OData cast is also enabled.").unwrap();
        assert_eq!(names(&o, "/a/b", true), all);
    }

    #[test]
    fn paging_options_available_options_and_a_function_s_own_sentence() {
        let o = options("This method supports the OData query parameters for server-side paging through a large response. For general information, see [OData query parameters](/graph/query-parameters).").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$top"]);
        let o = options("This method supports the `$filter`,'$top', and `$select` OData query parameters to help customize the response.\n\nThe following are the available `$expand` options for this method: `outcomes`, `resources`.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$select", "$expand", "$filter", "$top"]);
        let o = options("This function supports the `$select` query parameter. The `$filter` query parameter can only be used to track changes on specific resources.").unwrap();
        assert_eq!(names(&o, "/a/delta", true), ["$select", "$filter"]);
        let text = "---\ndoc_type: apiPageType\n---\n# filterByCurrentUser\n\n## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|on|String|Filter.|\n\nThis function also supports the `$select`, `$filter` (`eq`), `$orderBy`, `$skip` and `$top` OData query parameters.\n\n## Response\n";
        let src = crate::SourceFile::new("a.md", text);
        let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new()))
            .expect("read under Function parameters");
        assert_eq!(
            names(&o, "/a/filterByCurrentUser(on='x')", true),
            ["$select", "$filter", "$orderby", "$top", "$skip"]
        );
    }

    #[test]
    fn a_clause_after_but_negates_only_its_own_options() {
        let o = options("This method requires the `containerTypeId` parameter. It supports OData skip-top paging and the `$orderBy` and `$filter` query parameters, but doesn't support the `$expand` query parameter.").unwrap();
        assert_eq!(names(&o, "/storage/fileStorage/deletedContainers", true), ["$filter", "$orderby"]);
        assert!(o.excludes("$expand"));
        let o = options("This method supports the `$select` query parameter, but not `$filter`.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$select"]);
        // The negated clause first.
        let o = options("This method doesn't support `$expand`, but supports `$filter` and `$top` query parameters.")
            .unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$filter", "$top"]);
        assert!(o.excludes("$expand"));
        // Without the comma.
        let o = options("This method supports the `$orderBy` and `$filter` query parameters but doesn't support the `$expand` query parameter.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$filter", "$orderby"]);
        // A clause restricting the first is no clause of its own.
        let o = options("This method supports the OData query parameters to help customize the response, but only `$filter` and `$top`.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$filter", "$top"]);
    }

    #[test]
    fn sort_is_the_order() {
        let o = options("This method supports the `$select`, `$expand`, `$filter`, `$sort`, and `$top` OData query parameters [OData query parameters](/graph/query-parameters) to help customize the response.").unwrap();
        assert_eq!(
            names(&o, "/networkAccess/logs/traffic", true),
            ["$select", "$expand", "$filter", "$orderby", "$top"]
        );
        // "`$sort` isn't supported" says nothing of `$orderby`.
        let o = options("This method supports the `$select` and `$orderby` OData query parameters. The `$sort` query parameter isn't supported.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$select", "$orderby"]);
    }

    #[test]
    fn max_top_is_the_page_size() {
        let o = options("This method supports the `select`, `filter`, `orderBy`, `maxTop`, and `count` [OData query parameters](/graph/query-parameters) to help customize the response.").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$select", "$filter", "$orderby", "$top", "$count"]);
    }

    #[test]
    fn options_named_as_parameters_or_to_use_are_the_page_s() {
        let o = options("This method supports the `$select` and `$expand` parameters to get the details of the user flow attribute. For general information, see [OData query parameters](/graph/query-parameters).").unwrap();
        assert_eq!(names(&o, "/a/b", true), ["$select", "$expand"]);
        let o = options("Use `$select` to get specific **place** properties.\n\nFor more information, see [OData query parameters](/graph/query-parameters).").unwrap();
        assert_eq!(names(&o, "/places/{id}", false), ["$select", "$expand"]);
        // v1.0's print job list: "some of" the options, then a bullet telling to use one after a comma.
        let o = options("This method supports some of the OData query parameters to help customize the response.\n\n* The **documents** property is omitted from the response by default. To also return a list of [printDocuments](../resources/printdocument.md) for each print job, use `$expand=documents`.\n* This method supports filtering print jobs by the user who created them. Use `$filter=createdBy/userPrincipalName eq '{upn}'`.").unwrap();
        assert_eq!(names(&o, "/print/printers/{id}/jobs", true), ["$expand", "$filter"]);
        // beta's: the same, above "### Exceptions" naming the options left out: the usual set but those.
        let excepted = options("This method supports some of the OData query parameters to help customize the response.\n\n* The **documents** property is omitted from the response by default. To also return a list of [printDocuments](../resources/printdocument.md) for each print job, use `$expand=documents`.\n* This method supports filtering print jobs by the user who created them. Use `$filter=createdBy/userPrincipalName eq '{upn}'`.\n\n### Exceptions\nSome operators are not supported: `$count`, `$search`.").unwrap();
        assert_eq!(
            names(&excepted, "/print/printers/{id}/jobs", true),
            ["$select", "$expand", "$filter", "$orderby", "$top", "$skip"]
        );
        // beta's mobility management policies: "some of" the options, "For example:", then
        // bullets telling to add or use each.
        let o = options("This method supports some of the OData query parameters to help customize the response. For example:\n\n- To select specific attributes add `$select=id,displayname`.\n- To retrieve included groups for each policy, add `$expand=includedGroups`.\n- To filter based on an attribute, use `$filter=displayName eq 'Microsoft Intune'`.").unwrap();
        assert_eq!(names(&o, "/policies/mobileAppManagementPolicies", true), ["$select", "$expand", "$filter"]);
        // v1.0's education classes: `$search` only there.
        let o = options("You can use the OData query option `$orderby` to sort groups.\n\nYou can also use the `$filter`, `$count` and `$search` query parameters to limit the response.").unwrap();
        assert!(names(&o, "/education/classes", true).iter().any(|n| n == "$search"), "{o:?}");
        // v1.0's role management policies: a required option, then the boilerplate's words for the
        // others ("You can also use … to help customize"): those, not the usual set besides.
        let o = options("This method requires the `$filter` (`eq`) query parameter to scope the query by `scopeId` and `scopeType`.\n\nYou can also use the `$select` and `$expand` OData query parameters to help customize the response. For general information, see [OData query parameters](/graph/query-parameters).").unwrap();
        assert_eq!(names(&o, "/a", true), ["$select", "$expand", "$filter"]);
        // beta's policy assignments: the invitation's second verb ("filter by … or use").
        let o = options("This method requires the `$filter` (`eq`) query parameter to scope the query by `scopeId` and `scopeType`.\n\nYou can also filter by the **roleDefinitionId** or use the `$select` and `$expand` OData query parameters to help customize the response.").unwrap();
        assert_eq!(names(&o, "/a", true), ["$select", "$expand", "$filter"]);
        // beta's application templates: "some of" the options, then the ones to use in a list of
        // their own, not introduced as such: those, not the usual set.
        let o = options("This method supports some of the OData query parameters to help customize the response.\n\n- You can use the `$filter` parameter in a limited way. You can only filter by **displayName** or **categories**.\n- You can use `$orderby`, `$top,` and `$skip` query parameters in any GET request.\n\nFor general information, see [OData query parameters](/graph/query-parameters).").unwrap();
        assert_eq!(names(&o, "/a", true), ["$filter", "$orderby", "$top", "$skip"]);
        // beta's authentication events summary: "may also apply", and the page size's "max".
        let o = options("This method supports the `$filter` [OData query parameter](/graph/query-parameters) to help customize the response. You can apply `$filter` on one or more of the following properties. You may also apply the `$top` query parameter to limit the number of results returned to a specific number. The default and max `$top` parameter is 1000 records.").unwrap();
        assert_eq!(names(&o, "/a", true), ["$filter", "$top"]);
        assert!(options("For more information, see [OData query parameters](/graph/query-parameters).").is_none());
        // Named bare, without `$` or code.
        let o = options("This method supports the expand OData query parameters to help customize the response. For example, use `$expand=retentionEventType`.").unwrap();
        assert_eq!(names(&o, "/a/{id}", false), ["$expand"]);
        let o = options("This method supports the select, filter, and top OData query parameters.").unwrap();
        assert_eq!(names(&o, "/a", true), ["$select", "$filter", "$top"]);
        // beta's webinar registrations: "a filter from the OData query parameters".
        let o =
            options("This method supports a filter from the OData query parameters to help customize the response.")
                .unwrap();
        assert_eq!(names(&o, "/a", true), ["$filter"]);
        // Named in another sentence of the paragraph.
        let o = options("This method supports some of the OData query parameters to help customize the response. For general information, see $count and $expand [OData query parameters](/graph/query-parameters).").unwrap();
        assert_eq!(names(&o, "/a", true), ["$expand", "$count"]);
        // Words between that are no option names: not a list of them.
        let o =
            options("This method supports search by name and the following OData query parameters: `$top`, `$filter`.")
                .unwrap();
        assert_eq!(names(&o, "/a", true), ["$filter", "$top"]);
        let o = options("This method supports top-level OData query parameters.").unwrap();
        assert!(names(&o, "/a", true).len() > 2, "the usual set");
        // One option mentioned in passing is no list.
        let o =
            options("This method supports some of the OData query parameters. The `$skiptoken` is in the next link.")
                .unwrap();
        assert!(names(&o, "/a", true).len() > 2, "the usual set");
        // Only as an example: the usual set.
        let o = options("This method supports some of the OData query parameters. For example, use the `expand` parameter: `$expand=subcategories`.").unwrap();
        assert_eq!(names(&o, "/a/{id}", false), ["$select", "$expand"]);
        // Not a name: the usual set.
        let o =
            options("This method supports some of the OData query parameters to help customize the response.").unwrap();
        assert_eq!(names(&o, "/a/{id}", false), ["$select", "$expand"]);
    }

    #[test]
    fn you_can_also_use_options_to_customize_the_response_is_support_as_with_help() {
        // The boilerplate's other words, "to customize the response" (v1.0's OneDrive pages: "This
        // method supports the `$expand` and `$select` [OData query parameters] to customize the
        // response."), after a required option: those named, not the usual set besides.
        let o = options("This method requires the `$filter` (`eq`) query parameter to scope the query by `scopeId` and `scopeType`.\n\nYou can also use the `$select` and `$expand` OData query parameters to customize the response. For general information, see [OData query parameters](/graph/query-parameters).").unwrap();
        assert_eq!(names(&o, "/a", true), ["$select", "$expand", "$filter"]);
    }

    #[test]
    fn an_option_the_reader_is_told_they_cannot_use_is_not_mentioned() {
        // "You can’t use `$expand`" with the typographic apostrophe (as "doesn’t" is written
        // elsewhere): no invitation to use it, as with "can't".
        for cant in ["can't", "can’t"] {
            let o = options(&format!(
                "This method supports the `$select` OData query parameter to help customize the response. You {cant} use the `$expand` query parameter with this API."
            ))
            .unwrap();
            assert_eq!(names(&o, "/a/{id}", false), ["$select"], "{cant}");
        }
    }

    #[test]
    fn an_option_the_method_requires_is_required() {
        let o = options("This method requires the `$filter` (`eq`) query parameter to scope the request to a **principalId**.\n\nThis method supports the `$select`, `$filter`, and `$expand` OData query parameters to help customize the response.").unwrap();
        let params = o.parameters("/group/assignmentScheduleInstances", true);
        let required: Vec<(&str, bool)> = params.iter().map(|p| (p.name.as_str(), p.required)).collect();
        assert_eq!(required, [("$select", false), ("$expand", false), ("$filter", true)]);
        // The request line showing it keeps it so.
        let text = "---\ndoc_type: apiPageType\n---\n# List instances\n\n## HTTP request\n```http\nGET /group/instances?$filter=groupId eq '{groupId}'\n```\n\n## Query parameters\nThis method requires the `$filter` (`eq`) query parameter to scope the request.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [instance](../resources/instance.md) objects in the response body.\n";
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&page, &mut Vec::new());
        let filter = out.operations[0].operation.parameters.iter().find(|p| p.name == "$filter").expect("$filter");
        assert!(filter.required);
        // A table row saying the option is required.
        for row in [
            "**Required** parameter. Searches by one property.",
            "`$search` is **required** in the request URL of this API.",
        ] {
            let o = options(&format!("This method supports the `$count`, `$select`, and `$top` OData query parameters.\n\n| Name | Description |\n|:--|:--|\n| $search | {row} |\n| $top | Limits the page. |\n")).unwrap();
            let params = o.parameters("/security/whoisRecords", true);
            assert!(params.iter().any(|p| p.name == "$search" && p.required), "{row}: {params:?}");
            assert!(params.iter().all(|p| p.name == "$search" || !p.required));
        }
        let o = options("| Name | Description |\n|:--|:--|\n| $search | Required if `$filter` is not used. |\n");
        assert!(o.is_none_or(|o| o.parameters("/a", true).iter().all(|p| !p.required)), "a condition");
        // Said of the lines without `$ref` (administrative units' members): not the references' line.
        let o = options("This method (when used without `$ref`) supports the `$search`, `$count`, and `$filter` [OData query parameters](/graph/query-parameters) to help customize the response.").unwrap();
        assert_eq!(names(&o, "/directory/administrativeUnits/{id}/members", true), ["$filter", "$count", "$search"]);
        assert!(names(&o, "/directory/administrativeUnits/{id}/members/$ref", true).is_empty());
        // A sentence requiring those the sentence before named (Microsoft 365 Backup's list of
        // restore points); not a condition, nor one naming none before it.
        let o = options("This method supports the `$expand` and `$filter` [OData query parameters](/graph/query-parameters), as shown in the following example.\n\nThe two query parameters are required.").unwrap();
        let params = o.parameters("/a", true);
        let required: Vec<(&str, bool)> = params.iter().map(|p| (p.name.as_str(), p.required)).collect();
        assert!(required.contains(&("$expand", true)) && required.contains(&("$filter", true)), "{required:?}");
        // Three named, "the two" required: the two the request line writes (beta's copy of the page
        // names `orderBy` too).
        let with_line = |line: &str| {
            let text = format!(
                "---\ndoc_type: apiPageType\n---\n# List restorePoints\n\n## HTTP request\n```http\n{line}\n```\n\n## Optional query parameters\nThis method supports the `$expand`, `$filter` and `orderBy` [OData query parameters](/graph/query-parameters).\n\nThe two query parameters are required.\n\n## Response\n"
            );
            let src = crate::SourceFile::new("a.md", text);
            let o = odata_options(&Page::parse(crate::FileId(0), &src, &mut Vec::new())).unwrap();
            let written = |name: &str| line.contains(&format!("{name}="));
            let mut required: Vec<String> = o
                .parameters("/a", true)
                .into_iter()
                .filter(|p| p.required || o.required_where_written(&p.name, written))
                .map(|p| p.name)
                .collect();
            required.sort();
            required
        };
        assert_eq!(
            with_line(
                "GET /solutions/backupRestore/restorePoints?$expand=protectionUnit&$filter=protectionDateTime lt x"
            ),
            ["$expand", "$filter"]
        );
        assert!(with_line("GET /solutions/backupRestore/restorePoints").is_empty(), "which two is not said");
        for text in [
            "This method supports the `$expand` and `$filter` OData query parameters. Both are required if you page.",
            "This method supports the OData query parameters. These parameters are required.",
        ] {
            let o = options(text).unwrap();
            assert!(o.parameters("/a", true).iter().all(|p| !p.required), "{text}");
        }
        // The option written as a word (v1.0's Planner lists).
        let plain = options("This method requires planId [filter](https://developer.microsoft.com/graph/docs/concepts/query_parameters) to be specified.").unwrap();
        let params = plain.parameters("/planner/tasks", true);
        assert_eq!(params.iter().map(|p| (p.name.as_str(), p.required)).collect::<Vec<_>>(), [("$filter", true)]);
        // Alone, it still names the option.
        let alone = options("The `$search` query parameter is required.").unwrap();
        assert!(alone.parameters("/a", true).iter().any(|p| p.name == "$search" && p.required));
        // A header's need, or a condition, is not the method's.
        for sentence in [
            "This method supports the `$search` query parameter. The `ConsistencyLevel` header is required for `$search`.",
            "This method supports the `$top` query parameter. `$top` is required if `$orderby` is used.",
        ] {
            let o = options(sentence).unwrap();
            assert!(o.parameters("/a", true).iter().all(|p| !p.required), "{sentence}");
        }
    }

    #[test]
    fn generic_named_listed_excluded_and_denied() {
        let generic = options("This method supports the [OData query parameters](/graph/query-parameters) to help customize the response.").unwrap();
        assert_eq!(names(&generic, "/me/x", false), ["$select", "$expand"]);
        assert_eq!(names(&generic, "/me/x", true).len(), 7, "`$search` only where a page names it");
        assert_eq!(names(&generic, "/users/delta", true), ["$select", "$expand", "$filter", "$top"]);
        let named = options("This method supports the `$expand` and `$select` [OData query parameters](/q) to customize the response. For reliable results, use `$top`.").unwrap();
        assert_eq!(names(&named, "/me/x", true), ["$select", "$expand"]);
        let apply = options("This method supports the `$select`, `$top`, `$expand`, `$apply`, and `$filter` OData query parameters to help customize the response.").unwrap();
        assert_eq!(names(&apply, "/admin/allotments", true), ["$select", "$expand", "$filter", "$top", "$apply"]);
        assert!(!names(&generic, "/me/x", true).contains(&"$apply".to_string()), "only where a page names it");
        let bare = options("This method supports the `select` and `expand` [OData query parameters](/q).").unwrap();
        assert_eq!(names(&bare, "/me/x", false), ["$select", "$expand"]);
        let listed = options("This method supports the following OData query parameters:\n\n- `$filter` on `id`.\n- `$topic` is not one; `$top` is.").unwrap();
        assert_eq!(names(&listed, "/me/x", true), ["$filter", "$top"]);
        let excluded = options("This method supports the [OData query parameters](/q) to help customize the response. The `$filter` parameter is not supported.").unwrap();
        assert!(!names(&excluded, "/me/memberOf", true).contains(&"$filter".to_string()));
        assert!(names(&excluded, "/me/memberOf", true).contains(&"$top".to_string()));
        let also = options("This method supports the `$expand` OData query parameter to expand the `target`. It also supports the `$select` query parameter.").unwrap();
        assert_eq!(names(&also, "/a/{id}", false), ["$select", "$expand"]);
        let exceptions = options("This method supports some of the OData query parameters.\n\n### Exceptions\nSome operators are not supported: `$count`, `$orderby`, `$search`.").unwrap();
        let kept = names(&exceptions, "/print/shares", true);
        assert!(kept.contains(&"$top".to_string()) && !kept.contains(&"$count".to_string()), "{kept:?}");
        assert!(!kept.contains(&"$orderby".to_string()), "{kept:?}");
        assert_eq!(options("This method does not support OData query parameters to customize the response."), None);
        assert_eq!(options("This method does not support optional query parameters."), None);
        let used = options("- You can use a `$select` query parameter to specify only the properties you need.\n- There is limited support for `$filter`.\n- There is no support for `$search`.").unwrap();
        assert_eq!(names(&used, "/me/contacts/delta", true), ["$select", "$filter"]);
        let sized = options("This method supports the `$filter` and `$select` [OData query parameters](/q) to customize the query response. The default page size is 20 objects while the maximum with `$top` is 500.").unwrap();
        assert_eq!(names(&sized, "/identityProtection/riskDetections", true), ["$select", "$filter", "$top"]);
        let mentioned = options("You can use the OData query option `$orderby` to sort.").unwrap();
        assert_eq!(names(&mentioned, "/groups", true).len(), 7, "the usual set, with what the page mentions");
        assert_eq!(options("The [OData Query Parameters](/q) are not currently supported."), None);
        let later_list = options("This method supports some [OData Query Parameters](/q) to help customize the response. The following query parameters are supported:\n\n- $expand for the **historyItems** navigation property.\n- $top to limit the maximum number of items.").unwrap();
        assert_eq!(names(&later_list, "/me/activities", true), ["$expand", "$top"]);
        let table = options("This method supports the [OData query parameters](/q) to help customize the response.\n\n|Name|Value|Description|\n|:---|:---|:---|\n|$filter|string|Limits.|\n|$search|string|Searches.|\n").unwrap();
        assert_eq!(names(&table, "/me/people", true), ["$filter", "$search"]);
        let tokens = options("This method supports optional OData Query Parameters to help customize the response.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|$skiptoken|string|A state token.|\n\n- You can use a `$select` query parameter.").unwrap();
        assert_eq!(names(&tokens, "/users/delta", true), ["$select"], "a table of paging tokens names no options");
        let note = options("This method supports some of the [OData query parameters](/q) to help customize the response.\n\n> The **createdDateTime** and **lastModifiedDateTime** properties of event do not support `$select`.").unwrap();
        assert!(names(&note, "/me/calendarView", true).contains(&"$select".to_string()), "a note on properties");
        let table = options("This method supports the following OData query parameters:\n\n| Name | Description |\n|:---|:---|\n| [$filter](/q#filter) | Filters. |\n| [$skiptoken](/q) | Pages. |\n").unwrap();
        assert_eq!(names(&table, "/auditLogs/signIns", true), ["$filter", "$skiptoken"]);
        let format = options("This method supports the `$format` [OData query parameter](/q) to customize the response. The default output type is `text/csv`.").unwrap();
        assert_eq!(names(&format, "/reports/getM365AppUserCounts(period='{period}')", false), ["$format"]);
        assert!(!names(&generic, "/me/x", true).contains(&"$format".to_string()), "only where a page names it");
        let bare_list = options("This method supports `$filter`, `$top`, `$skipToken` and `$count` to help customize the response. For general information, see [OData query parameters](/q).").unwrap();
        assert_eq!(
            names(&bare_list, "/security/threatSubmission/urlThreats", true),
            ["$filter", "$top", "$count", "$skiptoken"]
        );
        let one = options(
            "This method supports `$filter` to customize the query response. See the example later in this topic.",
        )
        .unwrap();
        assert_eq!(names(&one, "/riskDetections", true), ["$filter"], "the one it names");
        // Its properties named after it, and the boilerplate's pointer to OData's page (older role
        // definition list); not beside a sentence of support naming none.
        let one = options("This method supports `$filter` on `id`, `displayName`, and `isBuiltIn`. For general information, see [OData query parameters](/q).").unwrap();
        assert_eq!(names(&one, "/roleManagement/directory/roleDefinitions", true), ["$filter"]);
        let beside = options("This method supports `$filter` on `id`. This method also supports the [OData query parameters](/q) to help customize the response.").unwrap();
        assert_eq!(names(&beside, "/roleManagement/directory/roleDefinitions", true).len(), 7);
        let others = options("You can use the [$top](/q#top-parameter) query parameter to control the number of items per response.\nThe other [OData query parameters](/q) are not currently supported.").unwrap();
        assert_eq!(names(&others, "/chats/{id}/messages/{mid}/replies", true), ["$top"], "only the one named");
        let other_properties = options("You can use the `$filter` query parameter on the displayName property. Filtering on other properties is not supported.").unwrap();
        assert_eq!(names(&other_properties, "/groups", true).len(), 7, "other properties, not other options");
        let limited =
            options("There is limited support for `$filter` and `$orderby`: only on createdDateTime.").unwrap();
        assert_eq!(names(&limited, "/me/messages", true).len(), 7, "no list of the method's own");
        let support_only = options("`$orderby` and `$filter` support only the `createdDateTime` property. This method supports the [OData query parameters](/q).").unwrap();
        assert_eq!(names(&support_only, "/me/messages", true).len(), 7, "options as the subject");
    }

    #[test]
    fn of_some_options_a_clause_steering_away_from_one_names_it_not() {
        // "…, use the [Get printer] API rather than `$select`": not an option to use.
        let some = "This method supports some of the OData query parameters to help customize the response.\n\n";
        let o = options(&format!("{some}* To also return a list of [printDocuments](../resources/printdocument.md) for each print job, use `$expand=documents`.\n* To get the job's printer, use the [Get printer](printer-get.md) API rather than `$select`.")).unwrap();
        assert_eq!(names(&o, "/print/printers/{id}/jobs", true), ["$expand"]);
    }

    #[test]
    fn of_some_options_a_clause_telling_to_use_one_names_it_without_its_comma() {
        let some = "This method supports some of the OData query parameters to help customize the response.\n\n";
        let o = options(&format!("{some}* To also return a list of [printDocuments](../resources/printdocument.md) for each print job use `$expand=documents`.")).unwrap();
        assert_eq!(names(&o, "/print/printers/{id}/jobs", true), ["$expand"]);
    }
}
