//! The sample statement with its French messages, signatory, publisher and contact replaced by any
//! text, exported as an HTML draft: every tag in the page is one the exporter writes, so nothing from the
//! input came through unescaped.
#![no_main]

use arbitrary::Arbitrary;
use chorus::base::ids::{Id, Locale};
use chorus::fluent::document::Document;
use chorus::publish::export;
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
    let index = export::index_html(&statement, std::slice::from_ref(&page));
    for (what, page) in [("page", &html), ("index", &index)] {
        for (at, name) in export::tag_names(page) {
            assert!(
                export::TAGS.contains(&name.as_str()),
                "unexpected tag <{name}> in the {what} at byte {at}"
            );
        }
    }
});
