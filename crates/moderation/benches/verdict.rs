//! The cost of a full verdict (normalization, F-word rule, word lists, classifier, policy)
//! on typical news comments of about 300 characters, and of each stage alone.
//!
//! `cargo bench -p moderation --bench verdict`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use moderation::rules::find_fword;
use moderation::{Normalized, Policy};

const COMMENTS: &str = include_str!("../tests/fixtures/typical-comments.txt");

fn bench(c: &mut Criterion) {
    let comments: Vec<&str> = COMMENTS.lines().filter(|l| !l.is_empty()).collect();
    let policy = Policy::default_rules().expect("default policy");
    let mut group = c.benchmark_group("per comment");
    group.throughput(Throughput::Elements(comments.len() as u64));
    group.bench_function("full verdict", |b| {
        b.iter(|| {
            comments
                .iter()
                .map(|t| policy.evaluate(t).decision as u8 as usize)
                .sum::<usize>()
        })
    });
    group.bench_function("normalize", |b| {
        b.iter(|| {
            comments
                .iter()
                .map(|t| Normalized::new(t).chars().len())
                .sum::<usize>()
        })
    });
    let normalized: Vec<Normalized> = comments.iter().map(|t| Normalized::new(t)).collect();
    group.bench_function("f-word rule", |b| {
        b.iter(|| {
            comments
                .iter()
                .zip(&normalized)
                .map(|(t, n)| find_fword(t, n).len())
                .sum::<usize>()
        })
    });
    group.bench_function("classifier", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|n| policy.classifier().score(n).abusive)
                .sum::<f32>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
