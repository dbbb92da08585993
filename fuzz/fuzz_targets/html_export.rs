//! The sample statement with its French messages, signatory, publisher and contact replaced by any
//! text, exported as an HTML draft: every tag in the page is one the exporter writes, so nothing from the
//! input came through unescaped.
#![no_main]

use arbitrary::Arbitrary;
use chorus::document::Document;
use chorus::export;
use chorus::ids::{Id, Locale};
use chorus::workspace::Workspace;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    messages: String,
    name: String,
    affiliation: String,
    publisher: String,
    contact: String,
}

const TAGS: [&str; 19] = [
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2",
    "p", "ul", "li", "bdi", "time", "footer", "code", "br",
];

thread_local! {
    /// The bundled sample, loaded once.
    static SAMPLE: Workspace = {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        Workspace::load(&root).expect("the sample workspace loads")
    };
}

fuzz_target!(|input: Input| {
    let mut ws = SAMPLE.with(Workspace::clone);
    let id = Id::new("free-boris-kagarlitsky").unwrap();
    let fr = Locale::new("fr").unwrap();
    let file = ws.file_mut(&fr, &id).unwrap();
    file.document = Document::parse(&input.messages);
    let statement = &mut ws.statements.get_mut(&id).unwrap().statement;
    if let Some(first) = statement.signatories.first_mut() {
        first.name = input.name.clone();
        first.affiliation = input.affiliation.clone();
    }
    statement.publisher = input.publisher.clone();
    statement.contact = input.contact.clone();
    let statement = statement.clone();
    let page = export::page(&ws, &statement, &fr, true).expect("a draft is always allowed");
    let html = export::to_html(&page);
    for (at, _) in html.match_indices('<') {
        let name: String = html[at + 1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-')
            .collect();
        assert!(
            TAGS.contains(&name.as_str()),
            "unexpected tag <{name}> at byte {at}"
        );
    }
    let index = export::index_html(&statement, std::slice::from_ref(&page));
    for (at, _) in index.match_indices('<') {
        let name: String = index[at + 1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-')
            .collect();
        assert!(
            TAGS.contains(&name.as_str()) || name == "a" || name == "span",
            "unexpected tag <{name}> in the index at byte {at}"
        );
    }
});
