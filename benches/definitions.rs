//! Loading and validating definitions: the embedded set (from the JSON copies the wizard starts
//! from, and from its YAML as `validate` reads it), and generated sets of 50, 1,000 and 10,000
//! criteria read from a folder (file reading, YAML parsing, validation, digest), without a cache and
//! with an entry in a cache folder (file reading, digest, JSON reading, validation); and the YAML
//! parser alone on each set's stage file, the floor of a load from YAML.

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
            b.iter(|| {
                black_box(
                    embarquement::definitions::from_dir_with_cache(dir.path(), None)
                        .expect("valid"),
                )
            })
        });
    }
    group.finish();
}

fn from_dir_cached(c: &mut Criterion) {
    let mut group = c.benchmark_group("definitions/from_dir_cached");
    group.sample_size(20);
    let cache = tempfile::tempdir().expect("a temporary folder");
    for size in support::SIZES {
        let dir = support::definitions_dir(size);
        let load =
            || embarquement::definitions::from_dir_with_cache(dir.path(), Some(cache.path()));
        load().expect("valid"); // writes the entry, when the set is large enough to be cached
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &dir, |b, _| {
            b.iter(|| black_box(load().expect("valid")))
        });
    }
    group.finish();
}

/// The YAML parser alone on the stage file of each set (events read and dropped), on one thread: the
/// floor of a load on one thread (`from_dir` parses a stage file of 512 KiB or more on two).
fn parser_alone(c: &mut Criterion) {
    let mut group = c.benchmark_group("definitions/parser_alone");
    group.sample_size(20);
    for size in support::SIZES {
        let text = support::stages_yaml(size);
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            b.iter(|| {
                for event in saphyr_parser::Parser::new_from_str(text) {
                    black_box(event.expect("valid YAML"));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, embedded, from_dir, from_dir_cached, parser_alone);
criterion_main!(benches);
