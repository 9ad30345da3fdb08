//! A client generated at build time from the doc pages named in `build.rs`:
//! only the operations this application uses are compiled.

#[allow(clippy::all, unused, missing_docs, reason = "generated at build time by progenitor")]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/graph_client.rs"));
}

pub use generated::*;
