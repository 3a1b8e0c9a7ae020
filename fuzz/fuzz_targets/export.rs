//! Fuzz target for the Markdown and HTML exporters: any text placed in an article's
//! title, lead and a quote (and, raw, as a page of its own) goes through extraction,
//! the dossier and the German briefing and digests. The Markdown, parsed back with
//! pulldown-cmark, must hold no raw HTML, link or image (nothing the exporters write is
//! one, so any would have come from the input) and keep every table row's cell count;
//! the HTML may only hold the elements and attributes the exporter itself writes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Elements the HTML exporter and pulldown-cmark write for our documents.
const ELEMENTS: &[&str] = &[
    "!DOCTYPE",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "sup",
    "a",
    "div",
    "section",
    "em",
    "strong",
    "code",
    "pre",
    "blockquote",
    "hr",
    "br",
    "del",
    "svg",
    "line",
    "circle",
    "text",
    "span",
    "nav",
    "main",
];

fn check_markdown(markdown: &str) {
    let (mut header_cells, mut row_cells, mut in_head) = (0, 0, false);
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?} in\n{markdown}"),
            Event::Start(Tag::Link { dest_url, .. }) => panic!("link {dest_url} in\n{markdown}"),
            Event::Start(Tag::Image { dest_url, .. }) => panic!("image {dest_url} in\n{markdown}"),
            Event::Start(Tag::TableHead) => (in_head, header_cells) = (true, 0),
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => row_cells = 0,
            Event::Start(Tag::TableCell) if in_head => header_cells += 1,
            Event::Start(Tag::TableCell) => row_cells += 1,
            Event::End(TagEnd::TableRow) => {
                assert_eq!(row_cells, header_cells, "table row in\n{markdown}")
            }
            _ => {}
        }
    }
}

fn check_html(html: &str) {
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let tag = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        assert!(
            ELEMENTS.contains(&name.as_str()),
            "element <{name}> in the HTML:\n{html}"
        );
        let end = rest.find('>').unwrap_or(rest.len());
        let inside = &rest[..end];
        for attribute in ["href=\"", "src=", "on", "style="] {
            if attribute == "on" {
                assert!(
                    !inside.split_whitespace().any(|w| w.starts_with("on")),
                    "event handler in <{inside}>"
                );
            } else if let Some(at) = inside.find(attribute) {
                let value = &inside[at + attribute.len()..];
                // Footnote links, and the alignment pulldown-cmark gives table columns.
                let ours = (attribute == "href=\"" && value.starts_with('#'))
                    || (attribute == "style=" && value.starts_with("\"text-align: "));
                assert!(ours, "{attribute} in <{inside}>");
            }
        }
    }
}

fn render(page: &[u8]) {
    let Ok(article) = lagebild_parse::parse(page) else {
        return;
    };
    let facts = lagebild_extract::extract(&article, "fuzz");
    let dossier = lagebild_dossier::from_articles([facts]);
    let view = lagebild_dossier::view(&dossier, None);
    thread_local! {
        static DE: lagebild_export::Localizer = lagebild_export::Localizer::new("de").unwrap();
    }
    DE.with(|l| {
        let options = lagebild_export::Options::default();
        let briefing = lagebild_export::briefing(&view, &dossier, l);
        check_markdown(&lagebild_export::markdown::to_string(&briefing, &options));
        let mut html = Vec::new();
        lagebild_export::html::encode(&briefing, &options, &mut html).unwrap();
        check_html(&String::from_utf8(html).unwrap());
        let checked: Result<(), ()> = lagebild_export::digests(&view, &dossier, l, |_, digest| {
            check_markdown(&lagebild_export::markdown::to_string(&digest, &options));
            Ok(())
        });
        checked.unwrap();
    });
}

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let page = format!(
        "Zentralasien\n\n{text} Titel\n\n06.01.2022, 18:45 Uhr | dpa\n\n\
         Almaty (dpa) - Die OVKS hat am Donnerstag Truppen nach Kasachstan geschickt: {text}. \
         Russland stellt rund 3.000 Soldaten.\n\n\
         „Wir bleiben hier, {text}“, sagte Paschinjan am Abend.\n"
    );
    render(page.as_bytes());
    render(bytes);
});
