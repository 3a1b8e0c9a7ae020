//! Output that cannot be turned against its reader: article text carrying markup of every
//! kind goes through the whole pipeline (`lagebild brief`, Markdown and HTML) and comes
//! out as inert text. The Markdown is parsed back with pulldown-cmark and must hold no
//! raw HTML and no link or image that came from the article; tables keep their columns.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Each kind of hostile text, with what it would become if it were not escaped.
const PAYLOADS: &[(&str, &str)] = &[
    ("script-tag", "<script>alert(1)</script>"),
    ("javascript-link", "[hier klicken](javascript:alert(1))"),
    ("image", "![Bild](https://evil.example/x.png)"),
    ("autolink", "<https://evil.example/>"),
    ("html-comment", "<!-- versteckt -->"),
    ("table-pipes", "A | B | C"),
    ("heading-marker", "# Gekapert"),
    ("backticks", "```rust und `code`"),
    ("html-entity", "&lt;script&gt; &amp;"),
    ("fluent-syntax", "{ $org } { -brand } {\"x\"}"),
    ("emphasis", "**fett** _kursiv_ ~~weg~~"),
    ("footnote", "[^1]: gefälschte Quelle"),
];

fn article(payload: &str) -> String {
    format!(
        "Zentralasien\n\n\
         {payload} Titel\n\n\
         06.01.2022, 18:45 Uhr | dpa\n\n\
         Almaty (dpa) - Die OVKS hat am Donnerstag Truppen nach Kasachstan geschickt: {payload}. \
         Russland stellt rund 3.000 Soldaten.\n\n\
         „Wir bleiben hier, solange es nötig ist, {payload}“, sagte Paschinjan am Abend.\n"
    )
}

fn brief(input: &std::path::Path, format: &str) -> String {
    let out = lagebild(&[
        "brief",
        input.to_str().unwrap(),
        "--lang",
        "de",
        "--format",
        format,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// What in the Markdown would be active: raw HTML, links and images (footnote
/// references are events of their own and fine), and table rows whose cell count
/// differs from their header's.
fn active_nodes(markdown: &str) -> Vec<String> {
    let mut found = Vec::new();
    let (mut header_cells, mut row_cells, mut in_head) = (0, 0, false);
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => found.push(format!("html {html}")),
            Event::Start(Tag::Link { dest_url, .. }) => found.push(format!("link {dest_url}")),
            Event::Start(Tag::Image { dest_url, .. }) => found.push(format!("image {dest_url}")),
            Event::Start(Tag::TableHead) => (in_head, header_cells) = (true, 0),
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => row_cells = 0,
            Event::Start(Tag::TableCell) if in_head => header_cells += 1,
            Event::Start(Tag::TableCell) => row_cells += 1,
            Event::End(TagEnd::TableRow) if row_cells != header_cells => {
                found.push(format!("row of {row_cells} cells under {header_cells}"));
            }
            _ => {}
        }
    }
    found
}

/// Sends one payload through `brief` as Markdown and as HTML and checks both.
fn assert_inert(name: &str, payload: &str) {
    let dir = scratch(&format!("injection-{name}"));
    let input = dir.join(format!("{name}.txt"));
    std::fs::write(&input, article(payload)).unwrap();

    let markdown = brief(&input, "md");
    // The text is there (escaped) in title, lead and quote, so the test is not
    // passing on a document that left it out.
    for part in ["Titel", "Truppen nach Kasachstan", "Wir bleiben hier"] {
        assert!(
            markdown.contains(part),
            "{name}: `{part}` is missing:\n{markdown}"
        );
    }
    let active = active_nodes(&markdown);
    assert!(active.is_empty(), "{name}: {active:?} in\n{markdown}");
    // Fluent placeables in article text are text: not resolved, not an error.
    if name == "fluent-syntax" {
        assert!(markdown.contains("{ $org } { -brand }"), "{markdown}");
    }

    // In HTML the words may appear as text (`[hier klicken](javascript:…)` is
    // harmless), but never as an element or an attribute.
    let html = brief(&input, "html");
    for forbidden in [
        "<script",
        "href=\"javascript:",
        "<!-- versteckt",
        "<img",
        "href=\"https://evil",
    ] {
        assert!(
            !html.contains(forbidden),
            "{name}: `{forbidden}` in the HTML:\n{html}"
        );
    }
}

/// One test per payload, named after what the payload would do if it were interpreted.
macro_rules! inert {
    ($($test:ident => $name:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                let payload = PAYLOADS
                    .iter()
                    .find(|(name, _)| *name == $name)
                    .map(|(_, payload)| *payload)
                    .unwrap();
                assert_inert($name, payload);
            }
        )*

        #[test]
        fn every_payload_has_its_test() {
            let tested = [$($name),*];
            for (name, _) in PAYLOADS {
                assert!(tested.contains(name), "no test for payload {name}");
            }
        }
    };
}

inert! {
    a_script_tag_is_not_html => "script-tag",
    a_javascript_link_is_not_a_link => "javascript-link",
    an_image_is_not_an_image => "image",
    an_autolink_is_not_a_link => "autolink",
    an_html_comment_is_not_a_comment => "html-comment",
    table_pipes_do_not_add_cells => "table-pipes",
    a_heading_marker_is_not_a_heading => "heading-marker",
    backticks_are_not_code => "backticks",
    html_entities_stay_as_written => "html-entity",
    fluent_syntax_is_not_expanded => "fluent-syntax",
    emphasis_markers_are_not_emphasis => "emphasis",
    a_fake_footnote_is_not_a_footnote => "footnote",
}

/// A file name nobody chose (from an unpacked archive or a scraper) with line breaks,
/// markup and a `javascript:` link: the sources list keeps it on one line as inert text,
/// in the Markdown briefing and in the HTML page.
#[test]
fn a_hostile_file_name_is_inert_text() {
    let dir = scratch("hostile-name");
    let name = "a\n\n<img src=x onerror=alert(1)>\n\n[c](javascript:alert(2))\n\nb.txt";
    std::fs::write(dir.join(name), article("Nachricht")).unwrap();
    let dir = dir.to_str().unwrap();
    let md = lagebild(&["brief", dir, "--lang", "en"]);
    assert_eq!(md.status.code(), Some(0), "{}", text(&md.stderr));
    let md = text(&md.stdout);
    let parsed: Vec<Event> = Parser::new_ext(&md, Options::ENABLE_FOOTNOTES).collect();
    assert!(
        !parsed.iter().any(|e| matches!(
            e,
            Event::Html(_)
                | Event::InlineHtml(_)
                | Event::Start(Tag::Link { .. } | Tag::Image { .. })
        )),
        "{md}"
    );
    let html = lagebild(&["brief", dir, "--lang", "en", "--format", "html"]);
    assert_eq!(html.status.code(), Some(0), "{}", text(&html.stderr));
    let html = text(&html.stdout);
    assert!(!html.contains("<img src=x"), "live image in the HTML");
    assert!(
        !html.contains("href=\"javascript:"),
        "live javascript: link in the HTML"
    );
}

/// Markdown with no raw HTML, link or image anywhere.
fn assert_no_active_markdown(markdown: &str) {
    let active = active_nodes(markdown);
    assert!(active.is_empty(), "{active:?} in\n{markdown}");
}

/// Ids in a fact file are checked against their grammar when it is read: a state or
/// organisation id that carries markup rejects the file with a message naming the line,
/// and nothing of it reaches the briefing.
#[test]
fn an_id_with_markup_in_a_fact_file_rejects_the_file() {
    let dir = scratch("injection-ids");
    let facts = lagebild(&[
        "extract",
        "examples/articles/armenien-friert-mitgliedschaft-ein.txt",
        "--format",
        "jsonl",
    ]);
    assert_eq!(facts.status.code(), Some(0), "{}", text(&facts.stderr));
    let facts = text(&facts.stdout);
    for (field, id) in [("state", "\"AM\""), ("org", "\"CSTO\"")] {
        assert!(facts.contains(id), "{facts}");
        let hostile = facts.replace(id, "\"ZZ<img src=x onerror=alert(1)>\"");
        let path = dir.join(format!("{field}.jsonl"));
        std::fs::write(&path, hostile).unwrap();
        for format in ["md", "html"] {
            let out = lagebild(&["brief", path.to_str().unwrap(), "--format", format]);
            assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
            let stderr = text(&out.stderr);
            assert!(
                stderr.contains(&format!(
                    "{field}.jsonl:1: not a facts record: `ZZ<img src=x onerror=alert(1)>` is not a"
                )),
                "{stderr}"
            );
            assert!(!text(&out.stdout).contains("<img"), "{}", text(&out.stdout));
        }
    }
}

/// A translator's message is text like any other: `<script>` in `briefing-title` is
/// escaped in the Markdown and written as text in the HTML page, and a string literal
/// with markup (which Fluent's text escaping cannot see) rejects the file.
#[test]
fn markup_in_a_translators_message_is_text() {
    let dir = scratch("injection-ftl");
    std::fs::create_dir_all(dir.join("locales/en")).unwrap();
    std::fs::write(
        dir.join("locales/en/briefing.ftl"),
        "briefing-title = <script>alert(1)</script> [klick](javascript:alert(2)) <img src=x onerror=alert(3)>\n",
    )
    .unwrap();
    let locales = dir.join("locales");
    let locales = locales.to_str().unwrap();
    let input = "examples/articles/ovks-gipfel-eriwan-2022.txt";
    let md = lagebild(&["brief", input, "--locales", locales]);
    assert_eq!(md.status.code(), Some(0), "{}", text(&md.stderr));
    let md = text(&md.stdout);
    assert!(
        md.contains("alert(1)"),
        "the title is there, escaped:\n{md}"
    );
    assert_no_active_markdown(&md);
    let html = lagebild(&["brief", input, "--locales", locales, "--format", "html"]);
    assert_eq!(html.status.code(), Some(0), "{}", text(&html.stderr));
    let html = text(&html.stdout);
    for forbidden in ["<script", "<img", "href=\"javascript:"] {
        assert!(
            !html.contains(forbidden),
            "`{forbidden}` in the HTML:\n{html}"
        );
    }

    std::fs::write(
        dir.join("locales/en/briefing.ftl"),
        "briefing-title = { \"<script>alert(1)</script>\" }\n",
    )
    .unwrap();
    let literal = lagebild(&["brief", input, "--locales", locales, "--format", "html"]);
    assert_eq!(literal.status.code(), Some(1), "{}", text(&literal.stderr));
    assert!(
        text(&literal.stderr).contains("`briefing-title` has a string literal with one of"),
        "{}",
        text(&literal.stderr)
    );
    assert!(!text(&literal.stdout).contains("<script"));
}
