//! A cap on element nesting depth, applied before a page is parsed.
//!
//! html5ever's tree builder looks through its stack of open elements for
//! many start and end tags, so a page of deeply nested elements (a broken
//! template, or a hostile page) costs time quadratic in its depth: seconds
//! for ten thousand levels, minutes for a hundred thousand. Browsers cap the
//! depth of the tree their parser builds (Chromium at 512). This module does
//! the same on the token stream: a start tag that would open an element
//! deeper than [`MAX_DEPTH`] first closes the innermost open element, so the
//! new one becomes its sibling, and that element's own end tag is left out
//! when it comes. Every element and all text stay; only the depth changes.
//! Pages within the cap come back unchanged, without a copy.
//!
//! The depth is followed on tokens, so the tree builder's implied end tags
//! are followed too where they matter for depth: a `<p>`, `<li>`, `<dt>`,
//! `<dd>`, `<option>`, `<tr>`, `<td>` or `<th>` left open is closed by the
//! next one, as the HTML standard says.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt::Write;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::LocalName;

/// How many elements may be open at once (Chromium's parser uses 512).
pub const MAX_DEPTH: usize = 512;

/// Elements that never have content or an end tag.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements the tree builder merges into the one it already has.
const SINGLETONS: &[&str] = &["html", "head", "body"];

/// Start tags that close an open `<p>` (HTML standard, "in body").
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "ul",
    "xmp",
];

/// Elements that bound the search for an open `<p>` to close ("button
/// scope" in the HTML standard).
const P_SCOPE: &[&str] = &[
    "applet", "button", "caption", "html", "marquee", "object", "table", "template", "td", "th",
];

/// Which open elements a start tag closes by implication, and the elements
/// that stop the search for them.
fn implied_close(name: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
    const LIST: &[&str] = &[
        "ul", "ol", "menu", "dir", "table", "td", "th", "template", "html",
    ];
    const DL: &[&str] = &["dl", "table", "td", "th", "template", "html"];
    const SELECT: &[&str] = &["select", "datalist", "table", "template", "html"];
    const ROWS: &[&str] = &["table", "tbody", "thead", "tfoot", "template", "html"];
    const CELLS: &[&str] = &["tr", "table", "template", "html"];
    match name {
        "li" => Some((&["li"], LIST)),
        "dt" | "dd" => Some((&["dt", "dd"], DL)),
        "option" => Some((&["option"], SELECT)),
        "optgroup" => Some((&["option", "optgroup"], SELECT)),
        "tr" => Some((&["tr"], ROWS)),
        "td" | "th" => Some((&["td", "th"], CELLS)),
        "tbody" | "thead" | "tfoot" => Some((&["tbody", "thead", "tfoot"], &["table"])),
        _ => None,
    }
}

/// The tokenizer state a start tag switches to, for elements whose content
/// is not markup (as the tree builder does, with scripting enabled).
fn raw_kind(name: &str) -> Option<TokenSinkResult<()>> {
    match name {
        "script" => Some(TokenSinkResult::RawData(RawKind::ScriptData)),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
            Some(TokenSinkResult::RawData(RawKind::Rawtext))
        }
        "title" | "textarea" => Some(TokenSinkResult::RawData(RawKind::Rcdata)),
        "plaintext" => Some(TokenSinkResult::Plaintext),
        _ => None,
    }
}

/// The page with no more than [`MAX_DEPTH`] elements open at once: the page
/// itself when it never goes that deep.
pub fn cap_depth(source: &str) -> Cow<'_, str> {
    cap_depth_at(source, MAX_DEPTH)
}

/// [`cap_depth`] with the cap as a parameter.
fn cap_depth_at(source: &str, max_depth: usize) -> Cow<'_, str> {
    if !tokens(source, DepthSink::new(max_depth, false))
        .exceeded
        .get()
    {
        return Cow::Borrowed(source);
    }
    let sink = tokens(source, DepthSink::new(max_depth, true));
    Cow::Owned(sink.out.into_inner())
}

/// Runs the tokenizer over the whole page and hands back its sink.
fn tokens(source: &str, sink: DepthSink) -> DepthSink {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(source));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink
}

/// How far down the stack of open elements a search for an end tag's
/// element goes (the tree builder's own stack is no deeper than the cap).
const SEARCH_LIMIT: usize = 2 * MAX_DEPTH;

/// An element the page has opened and not yet closed.
struct Open {
    name: LocalName,
    /// Still open in the page written out; false once closed early for depth.
    live: bool,
}

/// Follows the elements the page opens; when `write` is set, writes the page
/// back out so that no more than `max_depth` of them are open at once.
///
/// A start tag that would go past the cap first closes the innermost open
/// element, so the new element becomes its sibling (as browsers do); that
/// element's own end tag, when it comes, is then left out.
struct DepthSink {
    max_depth: usize,
    write: bool,
    /// Every element the page has open, the ones closed early included.
    open: RefCell<Vec<Open>>,
    /// How many entries of `open` are still open in the output.
    live: Cell<usize>,
    /// How many entries of `open` have each name (names with none are
    /// removed), so that a search for an element that is not open costs one
    /// look-up per name.
    counts: RefCell<HashMap<LocalName, usize>>,
    /// Inside an element whose text is written as it is (`<script>`…).
    raw: Cell<bool>,
    exceeded: Cell<bool>,
    out: RefCell<String>,
}

impl DepthSink {
    fn new(max_depth: usize, write: bool) -> Self {
        DepthSink {
            max_depth,
            write,
            open: RefCell::default(),
            live: Cell::new(0),
            counts: RefCell::default(),
            raw: Cell::new(false),
            exceeded: Cell::new(false),
            out: RefCell::default(),
        }
    }

    fn start_tag(&self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        let raw = raw_kind(name);
        if VOID.contains(&name) || SINGLETONS.contains(&name) {
            self.write_tag(tag);
            return TokenSinkResult::Continue;
        }
        self.close_implied(name);
        if tag.self_closing && raw.is_none() {
            self.write_tag(tag);
            return TokenSinkResult::Continue;
        }
        if self.live.get() >= self.max_depth {
            self.exceeded.set(true);
            self.close_innermost_live();
        }
        self.open.borrow_mut().push(Open {
            name: tag.name.clone(),
            live: true,
        });
        *self
            .counts
            .borrow_mut()
            .entry(tag.name.clone())
            .or_default() += 1;
        self.live.set(self.live.get() + 1);
        self.write_tag(tag);
        self.raw.set(raw.is_some());
        raw.unwrap_or(TokenSinkResult::Continue)
    }

    fn end_tag(&self, tag: &Tag) {
        self.raw.set(false);
        match self.find_open(&[&tag.name], &[]) {
            Some(at) if !self.open.borrow()[at].live => self.pop_to(at),
            Some(at) => {
                self.forget_from(at);
                self.write_tag(tag);
            }
            None => self.write_tag(tag),
        }
    }

    /// Closes, in the output, the innermost element still open there.
    fn close_innermost_live(&self) {
        let mut open = self.open.borrow_mut();
        if let Some(element) = open.iter_mut().rev().find(|e| e.live) {
            element.live = false;
            self.live.set(self.live.get() - 1);
            self.write_end(&element.name);
        }
    }

    /// Pops what a start tag closes by implication: an open `<p>` for block
    /// elements, the previous `<li>` for a new one, and so on.
    fn close_implied(&self, name: &str) {
        if CLOSES_P.contains(&name) {
            self.close_within(&["p"], P_SCOPE);
        }
        if let Some((closes, bounds)) = implied_close(name) {
            self.close_within(closes, bounds);
        }
    }

    /// Pops the nearest open element named in `names`, and every element
    /// above it, unless an element of `bounds` comes first.
    fn close_within(&self, names: &[&str], bounds: &[&str]) {
        if let Some(at) = self.find_open(names, bounds) {
            if self.open.borrow()[at].live {
                self.forget_from(at);
            } else {
                self.pop_to(at);
            }
        }
    }

    /// The index of the nearest open element named in `names`, searching no
    /// further than an element named in `bounds` or [`SEARCH_LIMIT`] entries
    /// (and not at all when none of `names` is open).
    fn find_open(&self, names: &[&str], bounds: &[&str]) -> Option<usize> {
        let counts = self.counts.borrow();
        if !names
            .iter()
            .any(|&name| counts.contains_key(&LocalName::from(name)))
        {
            return None;
        }
        let open = self.open.borrow();
        let floor = open.len().saturating_sub(SEARCH_LIMIT);
        for at in (floor..open.len()).rev() {
            let name = &open[at].name;
            if names.contains(&&**name) {
                return Some(at);
            }
            if bounds.contains(&&**name) {
                return None;
            }
        }
        None
    }

    /// Drops the entries from `at` up, which the tree builder closes itself
    /// (the element at `at` is open in the output and about to be closed).
    fn forget_from(&self, at: usize) {
        let mut open = self.open.borrow_mut();
        let live = open[at..].iter().filter(|e| e.live).count();
        self.uncount(&open[at..]);
        open.truncate(at);
        self.live.set(self.live.get() - live);
    }

    fn uncount(&self, closed: &[Open]) {
        let mut counts = self.counts.borrow_mut();
        for element in closed {
            if let Some(n) = counts.get_mut(&element.name) {
                *n -= 1;
                if *n == 0 {
                    counts.remove(&element.name);
                }
            }
        }
    }

    /// Closes the entries from `at` up when the one at `at` was already
    /// closed in the output: the ones above it still open there get end
    /// tags of their own.
    fn pop_to(&self, at: usize) {
        let mut open = self.open.borrow_mut();
        for element in open[at..].iter().rev().filter(|e| e.live) {
            self.live.set(self.live.get() - 1);
            self.write_end(&element.name);
        }
        self.uncount(&open[at..]);
        open.truncate(at);
    }

    fn write_end(&self, name: &str) {
        if self.write {
            let _ = write!(self.out.borrow_mut(), "</{name}>");
        }
    }

    fn write_tag(&self, tag: &Tag) {
        if !self.write {
            return;
        }
        if tag.kind == TagKind::EndTag {
            return self.write_end(&tag.name);
        }
        let mut out = self.out.borrow_mut();
        out.push('<');
        out.push_str(&tag.name);
        for attr in &tag.attrs {
            let _ = write!(out, " {}=\"", &*attr.name.local);
            escape_into(&mut out, &attr.value, true);
            out.push('"');
        }
        out.push_str(if tag.self_closing { "/>" } else { ">" });
    }

    fn text(&self, text: &str) {
        if !self.write {
            return;
        }
        let mut out = self.out.borrow_mut();
        if self.raw.get() {
            out.push_str(text);
        } else {
            escape_into(&mut out, text, false);
        }
    }
}

/// Writes text with the characters markup would read escaped.
fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' if !attribute => out.push_str("&lt;"),
            '>' if !attribute => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

impl TokenSink for DepthSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => return self.start_tag(&tag),
            Token::TagToken(tag) => self.end_tag(&tag),
            Token::CharacterTokens(text) => self.text(&text),
            Token::DoctypeToken(doctype) if self.write => {
                let name = doctype.name.as_deref().unwrap_or("html");
                let _ = write!(self.out.borrow_mut(), "<!DOCTYPE {name}>");
            }
            // Comments are never article text; NUL characters are dropped by
            // the tree builder in body text too.
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `depth` nested `<div>`s, each with a paragraph.
    fn nested(depth: usize) -> String {
        let mut page = String::from("<html><body>");
        for i in 0..depth {
            page.push_str(&format!("<div><p>Level {i}.</p>"));
        }
        page.push_str(&"</div>".repeat(depth));
        page.push_str("</body></html>");
        page
    }

    /// The greatest depth of the tree html5ever builds for a page.
    fn depth_of(page: &str) -> usize {
        let dom = scraper::Html::parse_document(page);
        let root = dom.tree.root();
        root.descendants()
            .map(|node| node.ancestors().count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn pages_within_the_cap_come_back_unchanged() {
        let page = nested(200);
        assert!(matches!(cap_depth(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_pages_are_capped_and_keep_their_text() {
        let page = nested(2000);
        let capped = cap_depth_at(&page, 100);
        assert!(matches!(capped, Cow::Owned(_)));
        assert!(depth_of(&capped) <= 100 + 4, "depth {}", depth_of(&capped));
        for i in [0, 99, 100, 1999] {
            assert!(capped.contains(&format!("<p>Level {i}.</p>")), "level {i}");
        }
    }

    #[test]
    fn unclosed_paragraphs_and_list_items_do_not_count_as_depth() {
        let paragraphs = format!("<body>{}</body>", "<p>One more paragraph.".repeat(3000));
        let items = format!("<ul>{}</ul>", "<li>An item".repeat(3000));
        let rows = format!("<table>{}</table>", "<tr><td>a<td>b".repeat(3000));
        for page in [paragraphs, items, rows] {
            assert!(
                matches!(cap_depth(&page), Cow::Borrowed(_)),
                "{}",
                &page[..40]
            );
        }
    }

    #[test]
    fn markup_inside_scripts_is_neither_counted_nor_escaped() {
        let script = format!("<script>var s = '{}';</script>", "<div>".repeat(3000));
        let page = format!("{script}{}", nested(700));
        let capped = cap_depth(&page);
        assert!(capped.contains(&script));
        assert!(depth_of(&capped) <= MAX_DEPTH + 4);
    }

    #[test]
    fn text_and_attributes_are_written_back_exactly() {
        let inner = r#"<a href="/x?a=1&amp;b=&quot;2&quot;">Fish &amp; chips &lt;3</a>"#;
        let page = format!("{}{inner}{}", "<div>".repeat(10), "</div>".repeat(10));
        let capped = cap_depth_at(&page, 5);
        let text = |html: &str| {
            let dom = scraper::Html::parse_document(html);
            let a = dom
                .select(&scraper::Selector::parse("a").unwrap())
                .next()
                .unwrap();
            (
                a.text().collect::<String>(),
                a.attr("href").unwrap().to_string(),
            )
        };
        assert_eq!(text(&capped), text(&page));
        assert_eq!(text(&capped).0, "Fish & chips <3");
    }
}
