//! Converts a whole doc set and, in the same run, times a bare read +
//! pulldown-cmark parse of the same files, sequentially and on all cores.
//!
//! `cargo bench -p docs-openapi --bench convert [-- DIR]` (default: ../shared/graph-docs/v1.0).
//! With `CONVERT_PROFILE=N` it only converts, N times (for a profiler).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

/// The allocator the `xtask` binary uses too: conversion allocates many small strings.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const RUNS: usize = 10;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Reads one file and runs pulldown-cmark over it: the floor conversion is compared with.
fn parse_one(p: &PathBuf) -> usize {
    let text = std::fs::read_to_string(p).unwrap_or_default();
    let options = pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    pulldown_cmark::Parser::new_ext(&text, options).into_offset_iter().count()
}

fn bare(paths: &[PathBuf]) -> usize {
    paths.par_iter().map(parse_one).sum()
}

fn bare_sequential(paths: &[PathBuf]) -> usize {
    paths.iter().map(parse_one).sum()
}

fn time(f: impl Fn() -> usize) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/graph-docs/v1.0")));
    assert!(dir.is_dir(), "{} is missing: the corpus lives beside the project root", dir.display());
    let paths = docs_openapi::load::find_pages(std::slice::from_ref(&dir)).expect("pages");
    // `CONVERT_PROFILE=N` converts N times and nothing else, for `perf` and the like.
    if let Ok(runs) = std::env::var("CONVERT_PROFILE") {
        let Ok(runs) = runs.parse::<usize>() else {
            eprintln!("CONVERT_PROFILE: `{runs}` is not a number of runs");
            std::process::exit(2);
        };
        for _ in 0..runs {
            std::hint::black_box(docs_openapi::convert_files(&paths, |p| p.display().to_string(), &|| {}));
        }
        return;
    }
    let convert = time(|| docs_openapi::convert_files(&paths, |p| p.display().to_string(), &|| {}).stats.operations);
    let bare_par = time(|| bare(&paths));
    let bare_seq = time(|| bare_sequential(&paths));
    let c = docs_openapi::convert_files(&paths, |p| p.display().to_string(), &|| {});
    println!(
        "pages: {} ({} operations, {} schemas), {} threads, median of {RUNS} runs",
        paths.len(),
        c.stats.operations,
        c.stats.schemas,
        rayon::current_num_threads()
    );
    println!("convert (read + parse + extract + resolve + emit): {convert:>10.2?}");
    println!(
        "bare read + pulldown-cmark parse, all cores:       {bare_par:>10.2?}   ratio {:.2}x",
        convert.as_secs_f64() / bare_par.as_secs_f64()
    );
    println!(
        "bare read + pulldown-cmark parse, one core:        {bare_seq:>10.2?}   ratio {:.2}x",
        convert.as_secs_f64() / bare_seq.as_secs_f64()
    );
    stages(&paths);
}

/// Where conversion time goes, stage by stage (median of [`RUNS`] runs each).
fn stages(paths: &[PathBuf]) {
    use docs_openapi::page::{Page, PageKind};
    let mut times: [Vec<Duration>; 6] = Default::default();
    for _ in 0..RUNS {
        let mut lap = {
            let mut t = Instant::now();
            move || {
                let e = t.elapsed();
                t = Instant::now();
                e
            }
        };
        let (files, _) = docs_openapi::load::read_pages(paths, |p| p.display().to_string());
        times[0].push(lap());
        let docs: Vec<_> = files.par_iter().map(|f| docs_openapi::markdown::parse(f.text()).blocks.len()).collect();
        times[1].push(lap());
        let outputs: Vec<_> = files
            .par_iter()
            .enumerate()
            .map(|(i, f)| {
                let mut d = Vec::new();
                let page = Page::parse(docs_openapi::FileId(i as u32), f, &mut d);
                match page.kind {
                    PageKind::Api => docs_openapi::extract::extract_api_page(&page, &mut d),
                    PageKind::Resource => docs_openapi::extract::extract_resource_page(&page, &mut d),
                    PageKind::Enum => docs_openapi::extract::extract_enum_page(&page, &mut d),
                    PageKind::Other => Default::default(),
                }
            })
            .collect();
        times[2].push(lap());
        let api = docs_openapi::resolve::resolve(&files, outputs, &mut Vec::new());
        times[3].push(lap());
        let openapi = docs_openapi::emit::emit(&api, &files);
        times[4].push(lap());
        drop((openapi, api, files, docs));
        times[5].push(lap());
    }
    let [read, markdown, extract, resolve, emit, drop] = times.map(median);
    println!(
        "stages (median of {RUNS}): read {read:.1?}, markdown {markdown:.1?}, page+extract (incl. markdown) {extract:.1?}, resolve {resolve:.1?}, emit {emit:.1?}, drop {drop:.1?}"
    );
}
