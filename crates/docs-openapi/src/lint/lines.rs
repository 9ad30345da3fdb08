//! `user-alias-mismatch`: a `/users/{id}/…` request line that is no `/me/…` line of the
//! page for another user, where a `/me/…` line of the same method has no `/users/{id}`
//! twin either (`PATCH /me/todo/lists/{id}` beside `PATCH /users/{id}/todo/lists/{id}/tasks`).
//! The two forms name one operation for the signed-in user and for any user; where they
//! part, one of them is miswritten. A `/me` line with no twin alone is an omission, not
//! reported.

use super::facts::{ApiFacts, RequestLine};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::page::Page;
use crate::paths::path_skeleton as shape;

pub(crate) fn user_aliases(page: &Page<'_>, facts: &ApiFacts<'_>, out: &mut Vec<Diagnostic>) {
    // Both as `/users/{}/…`, parameters unnamed.
    let me: Vec<(&RequestLine, String)> = facts
        .lines
        .iter()
        .filter(|l| l.template.starts_with("/me/"))
        .filter_map(|l| Some((l, shape(&crate::paths::me_as_user(&l.template)?))))
        .collect();
    let users: Vec<(&RequestLine, String)> = facts
        .lines
        .iter()
        .filter(|l| l.template.strip_prefix("/users/{").is_some_and(|r| r.contains("}/")))
        .map(|l| (l, shape(&l.template)))
        .collect();
    let twin = |(l, s): &(&RequestLine, String), others: &[(&RequestLine, String)]| {
        others.iter().any(|(o, t)| o.method == l.method && t == s)
    };
    let lone_me: Vec<&(&RequestLine, String)> = me.iter().filter(|m| !twin(m, &users)).collect();
    for u in users.iter().filter(|u| !twin(u, &me)) {
        // The lone `/me` line most like it: the most segments alike in the same places
        // (`contactFolder/{}/contacts/{}` for `contactFolders/{}/contacts/{}`).
        let common = |a: &str, b: &str| a.split('/').zip(b.split('/')).filter(|(x, y)| x == y).count();
        let Some((m, _)) = lone_me
            .iter()
            .filter(|(m, _)| m.method == u.0.method)
            .max_by_key(|(_, s)| (common(s, &u.1), std::cmp::Reverse(s.len())))
        else {
            continue;
        };
        out.push(
            Diagnostic::warning(
                codes::USER_ALIAS_MISMATCH,
                page.file,
                u.0.span,
                format!(
                    "`{} {}` is not the page's `{} {}` for another user: the paths part after the user",
                    u.0.method.as_str().to_ascii_uppercase(),
                    u.0.template,
                    m.method.as_str().to_ascii_uppercase(),
                    m.template
                ),
            )
            .with_help("write the same path after `/me/` and after `/users/{id}/`, or remove the line that is wrong"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FileId, SourceFile};

    /// The lines' findings: the text each points at, and its message.
    fn findings(lines: &str) -> Vec<(String, String)> {
        let text = format!(
            "---\ndoc_type: apiPageType\n---\n# Update list\n\n## HTTP request\n```http\n{lines}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n"
        );
        let src = SourceFile::new("a.md", text);
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let mut out = Vec::new();
        user_aliases(&page, &ApiFacts::read(&page), &mut out);
        out.into_iter().map(|d| (src.text()[d.span.start..d.span.end].to_string(), d.message)).collect()
    }

    fn run(lines: &str) -> Vec<String> {
        findings(lines).into_iter().map(|(at, _)| at).collect()
    }

    fn run_messages(lines: &str) -> Vec<String> {
        findings(lines).into_iter().map(|(_, message)| message).collect()
    }

    #[test]
    fn a_users_line_parting_from_its_me_line() {
        let me = "PATCH /me/todo/lists/{todoTaskListId}";
        let wrong = "PATCH /users/{id|userPrincipalName}/todo/lists/{todoTaskListId}/tasks";
        assert_eq!(run(&format!("{me}\n{wrong}")), [wrong]);
        // Twins under other parameter names and letter case.
        assert!(run(&format!("{me}\nPATCH /users/{{userId}}/todo/Lists/{{id}}")).is_empty());
        // A `/me` line alone, or a `/users` line of another method, is no mismatch.
        assert!(run(&format!("{me}\nGET /me/todo/lists")).is_empty());
        assert!(run(&format!("{me}\nGET /users/{{id}}/todo/lists/{{id}}/tasks")).is_empty());
        // Paired with the `/me` line most like it, not the first.
        let page = "PATCH /me/events/{id}\nPATCH /me/contactFolder/{id}/contacts/{id}\nPATCH /users/{id}/contactFolders/{id}/contacts/{id}";
        let messages = run_messages(page);
        assert_eq!(messages.len(), 1);
        assert!(messages[0].contains("the page's `PATCH /me/contactFolder/"), "{messages:?}");
    }
}
