//! `cargo xtask fuzz`: a time-bounded mutation fuzzer over the converter,
//! seeded with real pages. A panic or a case slower than `--hang-ms` is saved
//! under `target/fuzz/` to become a regression page in
//! `crates/docs-openapi/tests/regressions/`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use docs_openapi::mutate::{Edit, apply};
use docs_openapi::{SourceFile, convert};

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// How long to run.
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
    /// Seed pages (default: the shared corpus and openapi/docs).
    #[arg(long = "docs", value_name = "PATH")]
    pub docs: Vec<PathBuf>,
    /// Random seed, for reproducing a run.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// A case slower than this is reported as a hang.
    #[arg(long, default_value_t = 5000)]
    pub hang_ms: u64,
    /// Pages larger than this (bytes) are not grown further: memory stays bounded.
    #[arg(long, default_value_t = 256 * 1024)]
    pub max_bytes: usize,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let docs = if args.docs.is_empty() {
        let mut d = crate::corpus::default_sets()?;
        d.push(crate::spec::DEFAULT_DOCS.into());
        d
    } else {
        args.docs.clone()
    };
    let paths = docs_openapi::load::find_pages(&docs)?;
    let seeds: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    anyhow::ensure!(!seeds.is_empty(), "no seed pages found");
    let out = PathBuf::from("target/fuzz");
    std::fs::create_dir_all(&out)?;
    // A panic is caught and reported below; keep the default hook's noise out.
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = fastrand::Rng::with_seed(args.seed);
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let (mut cases, mut crashes, mut hangs, mut slowest) = (0u64, 0u64, 0u64, Duration::ZERO);
    while Instant::now() < deadline {
        let seed = &seeds[rng.usize(..seeds.len())];
        let edits: Vec<Edit> = (0..rng.usize(1..12))
            .map(|_| {
                // Pages at the size cap are not grown further: memory stays bounded.
                let kind = match rng.u8(..4) {
                    2 if seed.len() >= args.max_bytes => 3,
                    k => k,
                };
                Edit::from_parts(kind, rng.usize(..), rng.usize(..))
            })
            .collect();
        let page = apply(seed.clone(), &edits);
        let (tx, rx) = mpsc::channel();
        let input = page.clone();
        let started = Instant::now();
        std::thread::spawn(move || {
            let outcome = std::panic::catch_unwind(|| convert(vec![SourceFile::new("fuzz.md", input)]).to_json().len());
            let _ = tx.send(outcome.is_ok());
        });
        match rx.recv_timeout(Duration::from_millis(args.hang_ms)) {
            Ok(true) => {}
            Ok(false) | Err(mpsc::RecvTimeoutError::Disconnected) => {
                crashes += 1;
                let file = out.join(format!("crash-{}.md", cases));
                std::fs::write(&file, &page).context("saving a crash")?;
                eprintln!("fuzz: panic, saved {}", file.display());
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                hangs += 1;
                let file = out.join(format!("hang-{}.md", cases));
                std::fs::write(&file, &page).context("saving a hang")?;
                eprintln!("fuzz: no result after {} ms, saved {}", args.hang_ms, file.display());
            }
        }
        slowest = slowest.max(started.elapsed());
        cases += 1;
    }
    let _ = std::panic::take_hook();
    println!(
        "fuzz: {cases} cases from {} seed pages in {} s (seed {}), {crashes} panics, {hangs} hangs, slowest case {slowest:.1?}",
        seeds.len(),
        args.seconds,
        args.seed
    );
    Ok(if crashes + hangs == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
