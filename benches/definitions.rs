//! Loading and validating definitions: the embedded set, and generated sets of 50, 1,000 and 10,000
//! criteria read from a folder (file reading, YAML parsing, validation, digest).

mod support;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use embarquement::definitions::{self, Source};

fn embedded(c: &mut Criterion) {
    c.bench_function("definitions/embedded", |b| {
        b.iter(|| black_box(definitions::load(Source::Embedded).expect("valid")))
    });
}

fn folder(c: &mut Criterion) {
    let mut group = c.benchmark_group("definitions/folder");
    group.sample_size(20);
    for size in support::SIZES {
        let dir = support::definitions_dir(size);
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &dir, |b, dir| {
            b.iter(|| black_box(definitions::load(Source::Folder(dir.path())).expect("valid")))
        });
    }
    group.finish();
}

criterion_group!(benches, embedded, folder);
criterion_main!(benches);
