//! Loading and validating definitions: the embedded set (from the JSON copies the wizard starts
//! from, and from its YAML as `validate` reads it), and generated sets of 50, 1,000 and 10,000
//! criteria read from a folder (file reading, YAML parsing, validation, digest).

mod support;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn embedded(c: &mut Criterion) {
    c.bench_function("definitions/embedded", |b| {
        b.iter(|| black_box(embarquement::definitions::embedded().expect("valid")))
    });
    c.bench_function("definitions/embedded_from_yaml", |b| {
        b.iter(|| black_box(embarquement::definitions::embedded_from_yaml().expect("valid")))
    });
}

fn from_dir(c: &mut Criterion) {
    let mut group = c.benchmark_group("definitions/from_dir");
    group.sample_size(20);
    for size in support::SIZES {
        let dir = support::definitions_dir(size);
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &dir, |b, dir| {
            b.iter(|| black_box(embarquement::definitions::from_dir(dir.path()).expect("valid")))
        });
    }
    group.finish();
}

criterion_group!(benches, embedded, from_dir);
criterion_main!(benches);
