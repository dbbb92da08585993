//! A page as one self-contained HTML file, and the index of a statement's pages: every text
//! escaped, isolated runs as `<bdi>`, direction on each block, and a print style.

use std::fmt::Write as _;

use super::*;
use crate::locale::languages::{self, Direction};
use crate::publish::preview::{Rendered, Segment};
use crate::workspace::statement::Statement;

/// Every tag the exporter writes, in pages and the index; none ever comes from the text exported.
pub const TAGS: [&str; 21] = [
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2",
    "p", "ul", "li", "bdi", "time", "footer", "code", "br", "a", "span",
];

/// The name of each tag in `html` (opening or closing, `!DOCTYPE` included), with its byte offset: what
/// tests and the fuzzer compare with [`TAGS`].
pub fn tag_names(html: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    html.match_indices('<').map(|(at, _)| {
        let name = html[at + 1..]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        (at, name)
    })
}

/// The page as one self-contained HTML document: inline CSS, no script, nothing fetched.
pub fn to_html(page: &Page) -> String {
    let p = &page.isolated;
    let lang = page.locale.as_str();
    let mut h = String::new();
    head(
        &mut h,
        lang,
        page.direction,
        &strip_isolation(&p.headline.text()),
    );
    h.push_str("<body>\n");
    draft_mark(&mut h, &page.seal);
    h.push_str("<main>\n");
    block(&mut h, "h1", &p.headline, page);
    for paragraph in &p.paragraphs {
        block(&mut h, "p", paragraph, page);
    }
    signatories(&mut h, page);
    h.push_str("<p class=\"dateline\">");
    if !p.publisher.is_empty() {
        let _ = write!(h, "<bdi>{}</bdi> · ", escape(&p.publisher));
    }
    let _ = writeln!(
        h,
        "<time datetime=\"{}\">{}</time></p>",
        escape(&page.date),
        escape(&p.date)
    );
    if let Some(contact) = &p.contact {
        block_with_class(&mut h, "p", Some("contact"), contact, page);
    }
    h.push_str("</main>\n");
    footer(&mut h, &page.seal);
    h.push_str("</footer>\n</body>\n</html>\n");
    h
}

/// The draft mark, and what is missing or broken, at the top of a draft's page.
fn draft_mark(h: &mut String, seal: &Seal) {
    if let Seal::Draft { problems, .. } = seal {
        let _ = writeln!(
            h,
            "<p class=\"draft\" lang=\"en\" dir=\"ltr\">{}</p>",
            escape(DRAFT_MARK)
        );
        if !problems.is_empty() {
            h.push_str("<ul class=\"draft problems\" lang=\"en\" dir=\"ltr\">\n");
            for problem in problems {
                let _ = writeln!(
                    h,
                    "<li>Missing or broken: {}</li>",
                    escape(&problem.to_string())
                );
            }
            h.push_str("</ul>\n");
        }
    }
}

/// The signatories, under their heading.
fn signatories(h: &mut String, page: &Page) {
    let p = &page.isolated;
    if !p.signatories.is_empty() {
        h.push_str("<section class=\"signatories\">\n");
        if let Some(heading) = &p.signatories_heading {
            block(h, "h2", heading, page);
        }
        h.push_str("<ul>\n");
        for s in &p.signatories {
            h.push_str("<li><bdi class=\"name\">");
            h.push_str(&escape(&s.name));
            h.push_str("</bdi>");
            if !s.details.is_empty() {
                let _ = write!(h, " (<bdi>{}</bdi>)", escape(&s.details));
            }
            if let Some(capacity) = &s.capacity {
                h.push_str(", ");
                inline(h, &capacity.segments);
            }
            h.push_str("</li>\n");
        }
        h.push_str("</ul>\n</section>\n");
    }
}

/// The footer: where the page comes from and what signed it off, in English.
fn footer(h: &mut String, seal: &Seal) {
    h.push_str("<footer lang=\"en\" dir=\"ltr\">\n");
    for line in footer_lines(seal) {
        h.push_str("<p>");
        for part in line {
            match part {
                FooterPart::Words(w) => h.push_str(&escape(w)),
                FooterPart::Value(v) => {
                    let _ = write!(h, "<bdi>{}</bdi>", escape(v));
                }
                FooterPart::Time(t) => {
                    let _ = write!(
                        h,
                        "<time datetime=\"{}\">{}</time>",
                        escape(t),
                        escape(&readable_time(t))
                    );
                }
                FooterPart::Code(c) => {
                    let _ = write!(h, "<code>{}</code>", escape(c));
                }
            }
        }
        h.push_str("</p>\n");
    }
}

/// An `index.html` listing each exported language by its own name, with its headline, linked to its
/// page. The list is in the statement's order (source first). Its own heading is the headline of the
/// source's page (of the first page when the source is not exported): text a sign-off covers, or that
/// is marked a draft on its page, never the statement's title, which is the organisers' own label.
pub fn index_html(statement: &Statement, pages: &[Page]) -> String {
    let mut h = String::new();
    let lead = pages
        .iter()
        .find(|p| p.locale == statement.source)
        .or(pages.first());
    let (lang, dir, heading) = match lead {
        Some(p) => (p.locale.as_str(), p.direction, p.preview.headline.text()),
        None => (
            statement.source.as_str(),
            languages::direction(&statement.source),
            String::new(),
        ),
    };
    head(&mut h, lang, dir, &heading);
    h.push_str("<body>\n<main>\n");
    let _ = writeln!(h, "<h1>{}</h1>", escape(&heading));
    h.push_str("<ul class=\"languages\">\n");
    for page in pages {
        let lang = page.locale.as_str();
        let dir = page.direction.as_str();
        let name =
            languages::autonym(&page.locale).unwrap_or_else(|| page.locale.as_str().to_owned());
        let _ = write!(
            h,
            "<li><a href=\"{}.{lang}.html\" hreflang=\"{lang}\" lang=\"{lang}\" dir=\"{dir}\">{}</a>",
            escape(statement.id.as_str()),
            escape(&name)
        );
        let _ = write!(
            h,
            " <span class=\"headline\" lang=\"{lang}\" dir=\"{dir}\">{}</span>",
            escape(&page.preview.headline.text())
        );
        if matches!(page.seal, Seal::Draft { .. }) {
            let _ = write!(
                h,
                " <span class=\"draft-tag\" lang=\"en\" dir=\"ltr\">{}</span>",
                escape(DRAFT_MARK)
            );
        }
        h.push_str("</li>\n");
    }
    h.push_str("</ul>\n</main>\n</body>\n</html>\n");
    h
}

pub(super) fn head(h: &mut String, lang: &str, dir: Direction, title: &str) {
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n",
        escape(lang),
        dir.as_str(),
        escape(title)
    );
}

/// A block element holding one rendered message. A message the locale lacks (in a draft) is in the
/// source language, and says so with its own `lang` and `dir`.
pub(super) fn block(h: &mut String, tag: &str, rendered: &Rendered, page: &Page) {
    block_with_class(h, tag, None, rendered, page);
}

pub(super) fn block_with_class(
    h: &mut String,
    tag: &str,
    class: Option<&str>,
    rendered: &Rendered,
    page: &Page,
) {
    let _ = write!(h, "<{tag}");
    let class = match (class, rendered.missing) {
        (Some(c), true) => Some(format!("{c} untranslated")),
        (Some(c), false) => Some(c.to_owned()),
        (None, true) => Some("untranslated".to_owned()),
        (None, false) => None,
    };
    if let Some(class) = class {
        let _ = write!(h, " class=\"{class}\"");
    }
    if rendered.missing && page.source != page.locale {
        let _ = write!(
            h,
            " lang=\"{}\" dir=\"{}\"",
            escape(page.source.as_str()),
            languages::direction(&page.source).as_str()
        );
    }
    h.push('>');
    inline(h, &rendered.segments);
    let _ = writeln!(h, "</{tag}>");
}

pub(super) const FSI: char = '\u{2068}';

pub(super) const PDI: char = '\u{2069}';

/// Rendered text as HTML phrasing content: escaped, each isolated run in `<bdi>`, line breaks as
/// `<br>`, unresolved references marked.
pub(super) fn inline(h: &mut String, segments: &[Segment]) {
    let mut open = 0usize;
    for segment in segments {
        match segment {
            Segment::Text(text) => {
                for c in text.chars() {
                    match c {
                        FSI => {
                            h.push_str("<bdi>");
                            open += 1;
                        }
                        PDI if open > 0 => {
                            h.push_str("</bdi>");
                            open -= 1;
                        }
                        '\n' => h.push_str("<br>"),
                        c => push_escaped(h, c),
                    }
                }
            }
            Segment::Unresolved(text) => {
                let _ = write!(h, "<code class=\"unresolved\">{}</code>", escape(text));
            }
            // A name this locale does not have yet, as the source has it, isolated and marked.
            Segment::FromSource(text) => {
                h.push_str("<bdi class=\"missing\">");
                for c in strip_isolation(text).chars() {
                    match c {
                        '\n' => h.push_str("<br>"),
                        c => push_escaped(h, c),
                    }
                }
                h.push_str("</bdi>");
            }
        }
    }
    for _ in 0..open {
        h.push_str("</bdi>");
    }
}

pub(super) fn strip_isolation(text: &str) -> String {
    text.chars().filter(|c| !matches!(*c, FSI | PDI)).collect()
}

/// Text made safe for HTML content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_escaped(&mut out, c);
    }
    out
}

pub(super) fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        c if forbidden_in_html(c) => out.push('\u{FFFD}'),
        c => out.push(c),
    }
}

/// Code points an HTML document may not contain: controls other than tab, line feed, form feed and
/// carriage return (which are whitespace), and noncharacters.
pub(super) fn forbidden_in_html(c: char) -> bool {
    let n = c as u32;
    let control = (c.is_control() && !matches!(c, '\t' | '\n' | '\u{c}' | '\r')) || c == '\u{7f}';
    let nonchar = (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE;
    control || nonchar
}

/// The pages' style: readable on screen, A4 when printed, with font stacks that exist on most systems
/// for Latin, Cyrillic, Arabic, Hebrew and Chinese, Japanese and Korean text.
pub(super) const STYLE: &str = r#"@page { size: A4; margin: 22mm 20mm 25mm; }
:root { color-scheme: light; }
html { font-family: "Noto Serif", Charter, Georgia, Cambria, "Times New Roman", serif; line-height: 1.6; color: #1a1a1a; background: #fff; }
:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(ckb) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", Tahoma, serif; line-height: 1.8; }
:lang(he), :lang(yi) { font-family: "Noto Serif Hebrew", "Noto Sans Hebrew", "Arial Hebrew", "Segoe UI", serif; }
:lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", serif; line-height: 1.8; }
:lang(zh-TW), :lang(zh-HK), :lang(zh-Hant) { font-family: "Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", PMingLiU, "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", serif; }
:lang(ja) { font-family: "Noto Serif CJK JP", "Source Han Serif JP", "Hiragino Mincho ProN", "Yu Mincho", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", serif; line-height: 1.8; }
:lang(ko) { font-family: "Noto Serif CJK KR", "Source Han Serif KR", AppleMyungjo, Batang, "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", serif; line-height: 1.8; }
body { max-width: 40em; margin: 3em auto; padding: 0 1.25em; font-size: 1.125rem; }
h1 { font-size: 2em; line-height: 1.2; margin: 0 0 0.9em; }
h2 { font-size: 1.15em; margin: 2em 0 0.5em; }
p { margin: 0 0 1em; }
.signatories ul { list-style: none; margin: 0; padding: 0; }
.signatories li { margin: 0.2em 0; }
.name { font-weight: 600; }
.dateline { margin-top: 2em; color: #444; }
.untranslated { border-inline-start: 3px solid #d8a300; padding-inline-start: 0.6em; }
.unresolved { background: #fde2e2; font-family: ui-monospace, "Noto Sans Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.draft { border: 2px solid #b00020; color: #b00020; font-family: system-ui, "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; font-weight: 700; letter-spacing: 0.08em; text-align: center; padding: 0.4em 1em; margin: 0 0 2em; }
.languages { list-style: none; padding: 0; }
.languages li { margin: 0.6em 0; }
.languages a { font-weight: 600; margin-inline-end: 0.5em; }
.draft-tag { color: #b00020; font-size: 0.8em; font-family: system-ui, "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; }
footer { margin-top: 3em; padding-top: 0.8em; border-top: 1px solid #bbb; color: #555; font-family: system-ui, "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; font-size: 0.8em; line-height: 1.5; }
footer p { margin: 0.2em 0; }
footer code { font-family: ui-monospace, "Noto Sans Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
@media print {
  html { font-size: 11pt; }
  body { max-width: none; margin: 0; padding: 0; font-size: 1rem; }
  h1, h2 { break-after: avoid; }
  p, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .draft { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;
