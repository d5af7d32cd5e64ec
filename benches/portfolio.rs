//! The portfolio over plans written by `scripts/portfolio_bench.py` (every criterion and question
//! answered, notes, decisions, sessions, sealed; about 13 KB each): one row built from a plan in
//! memory, plans read and summed up on one thread and on two, the table sorted and printed.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use embarquement::definitions::{self, Source};
use embarquement::i18n::Lang;
use embarquement::plan::{self, Seal};
use embarquement::portfolio::{self, Column};

/// `count` generated plans in a fresh folder, and their paths in name order.
fn plans(count: usize) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/portfolio_bench.py");
    let written = Command::new("python3")
        .arg(script)
        .arg("--write")
        .arg(dir.path())
        .arg(count.to_string())
        .status()
        .expect("python3 runs");
    assert!(written.success(), "the plans are written");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    (dir, files)
}

fn portfolio_bench(c: &mut Criterion) {
    let definitions = definitions::load(Source::Embedded).expect("the embedded definitions");
    let (_dir, files) = plans(1000);
    let mut group = c.benchmark_group("portfolio");

    let one = plan::load(&files[0]).expect("a generated plan");
    group.bench_function("row", |b| {
        b.iter(|| black_box(portfolio::row(&definitions, &one, Seal::Intact, &files[0])))
    });
    let some = &files[..200];
    for threads in [1, 2] {
        group.bench_with_input(BenchmarkId::new("read_200", threads), &threads, |b, &t| {
            b.iter(|| black_box(portfolio::read(&definitions, some, t, Lang::Fr)))
        });
    }
    let rows: Vec<_> = portfolio::read(&definitions, &files, 2, Lang::Fr)
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    group.bench_function("sort_and_html_1000", |b| {
        b.iter(|| {
            let table = portfolio::assemble(
                &definitions,
                rows.clone(),
                Vec::new(),
                Column::Readiness,
                Lang::Fr,
            );
            black_box(portfolio::html::render(&table))
        })
    });
    group.finish();
}

criterion_group!(benches, portfolio_bench);
criterion_main!(benches);
