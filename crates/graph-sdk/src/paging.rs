//! Collections, page by page, following `@odata.nextLink`.

use futures_util::Stream;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{self, Error};
use crate::{Graph, report};

/// One page of a collection: its items and the link to the next page.
///
/// Implemented by [`Page`]; implement it for a generated
/// `…CollectionResponse` type to page through it with [`Graph::pages`].
pub trait CollectionPage: DeserializeOwned + Send + 'static {
    /// What the page's `value` holds.
    type Item;
    /// `@odata.nextLink`, absent on the last page.
    fn next_link(&self) -> Option<&str>;
    /// The page's items, in order.
    fn into_items(self) -> Vec<Self::Item>;
}

/// Graph's collection shape: `value`, `@odata.nextLink`, `@odata.count`, and
/// anything else the service sends in `extra`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    /// The items.
    #[serde(default = "Vec::new")]
    pub value: Vec<T>,
    /// The next page's URL.
    #[serde(rename = "@odata.nextLink", default, skip_serializing_if = "Option::is_none")]
    pub next_link: Option<String>,
    /// The collection's size, when `$count=true` was asked for.
    #[serde(rename = "@odata.count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Properties not listed above.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl<T: DeserializeOwned + Send + 'static> CollectionPage for Page<T> {
    type Item = T;
    fn next_link(&self) -> Option<&str> {
        self.next_link.as_deref()
    }
    fn into_items(self) -> Vec<T> {
        self.value
    }
}

enum State<P> {
    /// A page in hand, then the link after it.
    Ready(P),
    /// Fetch this URL next.
    Fetch(String),
    Done,
}

impl Graph {
    /// The pages of a collection starting at `first_page_url` (absolute, or
    /// relative to the base URL), following `@odata.nextLink`. The token goes
    /// only to the Graph origin: a link to another host is fetched without it.
    /// The stream ends after the first error.
    pub fn pages<P: CollectionPage>(
        &self,
        first_page_url: impl Into<String>,
    ) -> impl Stream<Item = Result<P, Error>> + '_ {
        self.page_stream(State::Fetch(first_page_url.into()))
    }

    /// The pages of a collection from a first page already fetched (with the
    /// generated client, say): that page, then the ones its links lead to.
    pub fn pages_after<P: CollectionPage>(&self, first_page: P) -> impl Stream<Item = Result<P, Error>> + '_ {
        self.page_stream(State::Ready(first_page))
    }

    /// The items of a collection of Graph's shape, across pages; see [`Graph::pages`].
    pub fn items<T: DeserializeOwned + Send + 'static>(
        &self,
        first_page_url: impl Into<String>,
    ) -> impl Stream<Item = Result<T, Error>> + '_ {
        use futures_util::StreamExt;
        self.pages::<Page<T>>(first_page_url).flat_map(|page| {
            let items: Vec<Result<T, Error>> = match page {
                Ok(p) => p.value.into_iter().map(Ok).collect(),
                Err(e) => vec![Err(e)],
            };
            futures_util::stream::iter(items)
        })
    }

    fn page_stream<P: CollectionPage>(&self, start: State<P>) -> impl Stream<Item = Result<P, Error>> + '_ {
        futures_util::stream::unfold(start, move |state| async move {
            let page = match state {
                State::Done => return None,
                State::Ready(page) => page,
                State::Fetch(url) => match self.fetch_page::<P>(&url).await {
                    Ok(page) => page,
                    Err(e) => return Some((Err(e), State::Done)),
                },
            };
            let next = match page.next_link() {
                Some(link) => State::Fetch(link.to_string()),
                None => State::Done,
            };
            Some((Ok(page), next))
        })
    }

    async fn fetch_page<P: DeserializeOwned>(&self, url: &str) -> Result<P, Error> {
        let url = self.resolve(url)?;
        let request =
            self.http.get(url).header(reqwest::header::ACCEPT, "application/json").build().map_err(Error::Transport)?;
        let (result, report) = report::scoped(self.transport.send(&self.http, request, "nextLink")).await;
        if let Some(auth) = report.auth {
            return Err(Error::Auth(auth));
        }
        let resp = result.map_err(error::from_reqwest)?;
        let status = resp.status().as_u16();
        let retry_after = error::retry_after(resp.headers());
        let bytes = resp.bytes().await.map_err(error::from_reqwest)?;
        if !(200..300).contains(&status) {
            return Err(error::from_body(status, &bytes, report.attempts.max(1), retry_after, None));
        }
        serde_json::from_slice(&bytes).map_err(|e| Error::UnexpectedBody {
            status: Some(status),
            snippet: error::snippet(&bytes),
            source: Some(e),
        })
    }

    /// An absolute URL, or one relative to the base URL (`/users` → `{base}/users`).
    fn resolve(&self, url: &str) -> Result<reqwest::Url, Error> {
        let absolute = if url.starts_with('/') { format!("{}{url}", self.base_url()) } else { url.to_string() };
        reqwest::Url::parse(&absolute).map_err(|e| Error::InvalidRequest(format!("page link `{url}`: {e}")))
    }
}
