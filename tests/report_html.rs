//! The HTML report read back by an HTML5 parser (title, `lang`, a section per stage, captions and
//! scoped header cells, a skip link, nothing external), then rendered by a real browser: headless
//! Chromium prints it to PDF (a page at least per stage) and to a screenshot that is not blank.

mod support;

use std::collections::HashSet;
use std::fs;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use scraper::{Html, Selector};

/// The sample plan's report as HTML, in `lang`.
fn report(lang: &str) -> String {
    let dir = support::sandbox();
    let plan = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/sample.plan.yaml");
    let output = support::command(dir.path())
        .arg("export")
        .arg(plan)
        .args(["--format", "html", "--lang", lang])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).unwrap()
}

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

#[test]
fn the_html_report_is_one_accessible_self_contained_page() {
    for (lang, title) in [
        ("fr", "Rapport d'embarquement"),
        ("en", "Onboarding report"),
    ] {
        let html = report(lang);
        let page = Html::parse_document(&html);
        assert!(
            page.errors.is_empty(),
            "{lang}: HTML5 parse errors: {:?}",
            page.errors
        );
        let root = select(&page, "html");
        assert_eq!(root[0].value().attr("lang"), Some(lang));
        let titles = select(&page, "head > title");
        assert!(titles[0].text().collect::<String>().starts_with(title));

        let stages = select(&page, "main section.stage");
        assert_eq!(stages.len(), 5, "one section per stage");
        for stage in &stages {
            let labelled = stage.value().attr("aria-labelledby").unwrap();
            let heading = select(&page, &format!("h2#{labelled}"));
            assert_eq!(heading.len(), 1, "section {labelled} has its heading");
        }

        let tables = select(&page, "table");
        assert!(tables.len() > 10);
        for table in &tables {
            let captions = table
                .select(&Selector::parse(":scope > caption").unwrap())
                .count();
            assert_eq!(captions, 1, "a table without its caption");
        }
        for th in select(&page, "th") {
            let scope = th.value().attr("scope");
            assert!(
                matches!(scope, Some("col" | "row")),
                "a header cell without scope"
            );
        }

        let skip = &select(&page, "body > a.skip-link")[0];
        let target = skip.value().attr("href").unwrap().trim_start_matches('#');
        assert_eq!(
            select(&page, &format!("main#{target}")).len(),
            1,
            "the skip link leads to the content"
        );
        assert!(
            select(&page, "body > *")[0] == *skip,
            "the skip link comes first"
        );

        assert!(select(&page, "script").is_empty(), "no script");
        assert!(
            select(&page, "link, img, iframe, object").is_empty(),
            "no external asset"
        );
        for a in select(&page, "a") {
            let href = a.value().attr("href").unwrap();
            assert!(
                href.starts_with('#') || href.starts_with("mailto:"),
                "a link out: {href}"
            );
            if let Some(id) = href.strip_prefix('#') {
                assert_eq!(
                    select(&page, &format!("#{id}")).len(),
                    1,
                    "no target for {href}"
                );
            }
        }
        let css: String = select(&page, "head > style")[0].text().collect();
        assert!(css.contains("@media print") && css.contains("break-before: page"));
        assert!(!css.contains("url("), "the stylesheet fetches nothing");
        // Colours never speak alone: every badge carries a mark and words.
        for badge in select(&page, ".status") {
            let text: String = badge.text().collect();
            assert!(
                text.starts_with(['✓', '✗', '○', '–']) && text.len() > 4,
                "{text}"
            );
        }
    }
}

/// Headless Chromium, when the machine has it.
fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| path.is_file())
}

/// Runs Chromium on `page` with `output` (`--screenshot=…` or `--print-to-pdf=…`), within a minute.
fn render(chromium: &Path, profile: &Path, page: &Path, output: &str) {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            "--window-size=1280,1600",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(output)
        .arg(format!("file://{}", page.display()))
        .env("HOME", profile)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium {output}: {status}");
            return;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium {output}: no result within a minute");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_browser_prints_each_stage_on_its_own_page_and_draws_the_report() {
    let Some(chromium) = chromium() else {
        println!(
            "SKIPPED: chromium is not installed (apt-get install chromium); the browser check did not run"
        );
        return;
    };
    let dir = support::sandbox();
    let page = dir.path().join("rapport.html");
    fs::write(&page, report("fr")).unwrap();
    let profile = dir.path().join("profile");

    let pdf = dir.path().join("rapport.pdf");
    render(
        &chromium,
        &profile,
        &page,
        &format!("--print-to-pdf={}", pdf.display()),
    );
    let bytes = fs::read(&pdf).expect("a PDF");
    assert!(bytes.starts_with(b"%PDF"));
    let pages = count_pages(&bytes);
    // The project card and overview, then each stage from a new page.
    assert!(pages > 5, "{pages} pages for five stages");

    let png = dir.path().join("rapport.png");
    render(
        &chromium,
        &profile,
        &page,
        &format!("--screenshot={}", png.display()),
    );
    let decoder = png::Decoder::new(BufReader::new(fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((frame.width, frame.height), (1280, 1600));
    let step = frame.color_type.samples();
    let pixels = &pixels[..frame.buffer_size()];
    let colours: HashSet<&[u8]> = pixels.chunks(step).map(|p| &p[..3]).collect();
    let inked = pixels
        .chunks(step)
        .filter(|p| p[..3] != [255, 255, 255])
        .count();
    assert!(
        colours.len() > 20,
        "only {} colours: a blank page?",
        colours.len()
    );
    assert!(
        inked * 50 > pixels.len() / step,
        "less than 2% of the screenshot is drawn"
    );
    // The DSFR blue is on screen (headings, links, the banner).
    assert!(colours.contains(&[0x00, 0x00, 0x91][..]), "no blue France");
}

/// The page objects of a PDF (`/Type /Page`, not `/Pages`).
fn count_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type";
    let mut count = 0;
    for at in 0..pdf.len().saturating_sub(needle.len()) {
        if !pdf[at..].starts_with(needle) {
            continue;
        }
        let rest = &pdf[at + needle.len()..];
        let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
        if rest.starts_with(b"/Page") && !rest[5..].first().is_some_and(u8::is_ascii_alphabetic) {
            count += 1;
        }
    }
    count
}
