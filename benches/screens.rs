//! The wizard's own time, with ratatui's `TestBackend` at 120×40, on the embedded set and on a stage
//! of 50, 1,000 and 10,000 criteria, with a plan answering every criterion of stage 1:
//! - `first_screen`: `App::new` (row tables, orphans, progress) and the first frame on a new terminal;
//! - `frame`: one more frame of the main screen, unchanged;
//! - `key_down`: one Down key through `App::handle_event`, then a frame (the selection moves one row,
//!   scrolling the list once it reaches the bottom);
//! - `key_space`: one Space key (cycles the focused criterion's status, moves the stage's counts
//!   from the old status to the new), then a frame; the plan save that follows it in the wizard is
//!   measured in `plan`;
//! - `review_down`: one Down key in the review list (`l`), then a frame (only the items on screen
//!   are laid out, but the filter looks at every item);
//! - `presenter_next`: one → key in the presenter view (`p`), then a frame;
//! - `summary_down`: one Down key in the summary window (« vue d'ensemble », rebuilt from the plan for
//!   each key and each frame), then a frame.
//!
//! And on the embedded set, the team and training screen with twelve members (`team`): one frame, and
//! Space ticking and unticking the selected person's item (a `Change::Members`), then a frame.

mod support;

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use embarquement::definitions::Definitions;
use embarquement::i18n::Lang;
use embarquement::plan::Member;
use embarquement::tui::app::App;
use embarquement::tui::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal")
}

fn app(defs: &Definitions) -> App<'_> {
    App::new(
        defs,
        support::answered_plan(defs),
        PathBuf::from("embarquement.plan.yaml"),
        Lang::Fr,
    )
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App<'_>) {
    ui::draw(terminal, app).expect("draw");
}

fn screens(c: &mut Criterion) {
    let mut group = c.benchmark_group("screens");
    let sets = std::iter::once((
        "embedded".to_string(),
        embarquement::definitions::load(embarquement::definitions::Source::Embedded),
    ))
    .chain(
        support::SIZES
            .iter()
            .map(|size| (size.to_string(), Ok(support::definitions(*size)))),
    );
    for (size, defs) in sets {
        let defs = defs.expect("valid definitions");
        let plan = support::answered_plan(&defs);
        let count = defs.stages[0].criteria.len();

        group.bench_function(BenchmarkId::new("first_screen", &size), |b| {
            b.iter_batched(
                || plan.clone(),
                |plan| {
                    let mut app = App::new(&defs, plan, PathBuf::from("p.yaml"), Lang::Fr);
                    let mut terminal = terminal();
                    draw(&mut terminal, &mut app);
                    black_box((app, terminal))
                },
                BatchSize::SmallInput,
            )
        });

        let mut app = app(&defs);
        let mut terminal = terminal();
        draw(&mut terminal, &mut app);
        let screen = format!("{:?}", terminal.backend());
        let first: String = defs.stages[0].criteria[0]
            .title
            .get(Lang::Fr)
            .chars()
            .take(12)
            .collect();
        assert!(screen.contains(&first), "the first criterion is drawn");
        group.bench_function(BenchmarkId::new("frame", &size), |b| {
            b.iter(|| draw(&mut terminal, black_box(&mut app)))
        });

        group.bench_function(BenchmarkId::new("key_down", &size), |b| {
            b.iter(|| {
                if app.ui.criterion[0] + 1 >= count {
                    app.ui.criterion[0] = 0;
                }
                black_box(app.handle_event(key(KeyCode::Down)));
                draw(&mut terminal, &mut app);
            })
        });

        group.bench_function(BenchmarkId::new("key_space", &size), |b| {
            b.iter(|| {
                black_box(app.handle_event(key(KeyCode::Char(' '))));
                draw(&mut terminal, &mut app);
            })
        });

        black_box(app.handle_event(key(KeyCode::Char('v'))));
        draw(&mut terminal, &mut app);
        group.bench_function(BenchmarkId::new("summary_down", &size), |b| {
            b.iter(|| {
                black_box(app.handle_event(key(KeyCode::Down)));
                draw(&mut terminal, &mut app);
            })
        });

        let mut review = self::app(&defs);
        review.handle_event(key(KeyCode::Char('l')));
        group.bench_function(BenchmarkId::new("review_down", &size), |b| {
            b.iter(|| {
                if review.ui.criterion[0] + 1 >= count {
                    review.ui.criterion[0] = 0;
                }
                black_box(review.handle_event(key(KeyCode::Down)));
                draw(&mut terminal, &mut review);
            })
        });

        let mut presenter = self::app(&defs);
        presenter.handle_event(key(KeyCode::Char('p')));
        group.bench_function(BenchmarkId::new("presenter_next", &size), |b| {
            b.iter(|| {
                if presenter.ui.criterion[0] + 1 >= count {
                    presenter.ui.criterion[0] = 0;
                }
                black_box(presenter.handle_event(key(KeyCode::Right)));
                draw(&mut terminal, &mut presenter);
            })
        });
    }
    group.finish();
}

fn team(c: &mut Criterion) {
    let mut group = c.benchmark_group("team");
    let defs = embarquement::definitions::load(embarquement::definitions::Source::Embedded)
        .expect("valid definitions");
    let mut app = app(&defs);
    let roles = ["decision", "pilotage", "technique"];
    app.plan.members = (0..12)
        .map(|index| Member {
            name: format!("Membre {index}"),
            role: roles[index % 3].to_string(),
            training: Default::default(),
        })
        .collect();
    let mut terminal = terminal();
    for code in [KeyCode::Char('f'), KeyCode::Char('t'), KeyCode::Tab] {
        app.handle_event(key(code));
    }
    draw(&mut terminal, &mut app);
    assert!(
        format!("{:?}", terminal.backend()).contains("Membre 0"),
        "the team view is drawn"
    );
    group.bench_function("frame", |b| {
        b.iter(|| draw(&mut terminal, black_box(&mut app)))
    });
    group.bench_function("key_space", |b| {
        b.iter(|| {
            black_box(app.handle_event(key(KeyCode::Char(' '))));
            draw(&mut terminal, &mut app);
        })
    });
    group.finish();
}

criterion_group!(benches, screens, team);
criterion_main!(benches);
