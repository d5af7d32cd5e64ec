//! Loading and saving a plan that answers every criterion of a stage of 50, 1,000 and 10,000
//! criteria: YAML parsing and format check on load; serialising, temporary file, `fsync`, rename and
//! folder `fsync` on save;
//! serialising alone, to tell the YAML work from the file system's.

mod support;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn plan_io(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan");
    group.sample_size(20);
    for size in support::SIZES {
        let defs = support::definitions(size);
        let plan = support::answered_plan(&defs);
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("embarquement.plan.yaml");
        embarquement::plan::save(&plan, &path).expect("first save");
        assert_eq!(
            embarquement::plan::load(&path).expect("load"),
            plan,
            "the plan reads back as it was written"
        );
        group.throughput(Throughput::Elements(size as u64));
        group.bench_with_input(BenchmarkId::new("load", size), &path, |b, path| {
            b.iter(|| black_box(embarquement::plan::load(path).expect("load")))
        });
        group.bench_with_input(BenchmarkId::new("save", size), &path, |b, path| {
            b.iter(|| embarquement::plan::save(black_box(&plan), path).expect("save"))
        });
        // The share of a save spent serialising, without the file system.
        group.bench_with_input(BenchmarkId::new("to_yaml", size), &plan, |b, plan| {
            b.iter(|| black_box(serde_yaml::to_string(plan).expect("serialise")))
        });
    }
    group.finish();
}

criterion_group!(benches, plan_io);
criterion_main!(benches);
