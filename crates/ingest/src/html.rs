//! HTML pages (`.html`, `.htm`): metadata plus main-content extraction.
//!
//! The page is parsed with `scraper` (html5ever). Metadata comes from the
//! usual places (`<title>`, Open Graph, `<link rel=canonical>`, article
//! meta tags, JSON-LD `datePublished`, `<time datetime>`). The main content is
//! chosen by `dom_smoothie`'s readability scoring ([`article`]), or is the
//! whole `<body>` when it finds none; the text walk over it drops
//! navigation, scripts, footers, asides, forms, figures and elements whose
//! class or id names boilerplate (menus, share bars, related links,
//! newsletters, comments…), and then blocks that are page furniture
//! ([`boilerplate`]: "Advertisement", share prompts, photo credits, update
//! stamps, bylines…). Headings, quotes and list items keep their block kinds.

mod nesting;

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};

use scraper::{ElementRef, Html, Node, Selector};

mod article;
mod boilerplate;
mod siblings;

use super::blocks::TextBuilder;
use super::published::parse_published;
use super::Parsed;
use factsift_core::document::{Block, BlockKind, DocumentMeta};

/// Tags whose whole subtree is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button",
    "figure", "template", "select", "textarea", "input", "video", "audio", "canvas", "object",
    "menu", "dialog", "head",
];

/// Words of a class or id that mark boilerplate containers (a class is
/// split into words at `-`, `_`, `:` and lower-to-upper case changes, so
/// `share-bar` and `Sidebar_links` match but `canvas` or `overflow-hidden`
/// do not, nor a word that follows "with", "has", "no" or "without":
/// [`role_words`]); a word also matches with a plural `s`.
const BOILERPLATE: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "sidebar",
    "comment",
    "share",
    "sharing",
    "social",
    "newsletter",
    "cookie",
    "ad",
    "advert",
    "advertisement",
    "promo",
    "subscribe",
    "breadcrumb",
    "banner",
    "masthead",
    "signup",
    "paywall",
    "toolbar",
    "recommend",
    "recommended",
    "recommendation",
    "trending",
];

/// Words of a class or id that mark text shown only on hover or click:
/// dropped everywhere, inside the chosen article too.
const HIDDEN_CLASSES: &[&str] = &["tooltip", "popover", "hovercard", "popup", "modal"];

/// Word pairs that mark boilerplate the same way.
const BOILERPLATE_PAIRS: &[[&str; 2]] = &[["most", "read"], ["sign", "up"], ["most", "popular"]];

/// Words of a class or id that mark furniture even inside the content
/// readability chose (whose class names are otherwise left to readability):
/// related-story blocks, disclaimers, and the list of footnotes or endnotes
/// (the plural only: a `footnote` marker or paragraph is the text's own).
const CONTENT_FURNITURE: &[&str] = &["related", "disclaimer", "footnotes", "endnotes"];

/// Words of a class or id that mark a box of furniture: a byline or an
/// author box ("About the author" and a short bio), an image's caption or
/// credit, a copyright line, the post's metadata (date, tags), a newsletter
/// sign-up; dropped inside the chosen content
/// too when the element says at most [`MAX_BOX_WORDS`].
const BOX_MARKS: &[&str] = &[
    "author",
    "bio",
    "byline",
    "caption",
    "copyright",
    "credit",
    "meta",
    "metadata",
    "newsletter",
];

/// An element named as such a box is one up to this many words; longer, it
/// is the page's own text (a guide for authors, a biography, a newsletter's
/// archived issue).
const MAX_BOX_WORDS: usize = 150;

/// True when one of `words` (of a class or id) is one of `list` (or its plural).
fn names_any(words: &[String], list: &[&str]) -> bool {
    words.iter().any(|w| list.iter().any(|b| is_word(w, b)))
}

/// True when the element is furniture told by its class or id even inside
/// the chosen content: a related-story block, a disclaimer, or a short
/// box of furniture ([`BOX_MARKS`]). Each class or id is split into its
/// [`role_words`] once. (The page's main containers are never asked: see
/// [`is_skipped`].)
fn is_content_furniture(el: &ElementRef) -> bool {
    let mut boxed = false;
    for mark in role_marks(el.value()) {
        let words = role_words(mark);
        if names_any(&words, CONTENT_FURNITURE) {
            return true;
        }
        boxed |= names_any(&words, BOX_MARKS);
    }
    boxed
        && el
            .text()
            .flat_map(str::split_whitespace)
            .take(MAX_BOX_WORDS + 1)
            .count()
            <= MAX_BOX_WORDS
}

/// Headings whose id is a slug of their own text (`id="the-tax-credit"`).
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// The classes and id that may say what the element is; a heading's id is
/// left out: it is a slug of the heading's text ("Who wrote the meta tags"),
/// which names the topic, not the element.
fn role_marks(v: &scraper::node::Element) -> impl Iterator<Item = &str> {
    v.id()
        .filter(|_| !HEADINGS.contains(&v.name()))
        .into_iter()
        .chain(v.classes())
}

/// True when a class or id names boilerplate, word by word.
fn names_boilerplate(mark: &str) -> bool {
    let words = role_words(mark);
    words
        .iter()
        .any(|w| BOILERPLATE.iter().any(|b| is_word(w, b)))
        || words.windows(2).any(|pair| {
            BOILERPLATE_PAIRS
                .iter()
                .any(|[a, b]| pair[0] == *a && is_word(&pair[1], b))
        })
}

/// True when a class or id names text shown only on hover or click
/// ("tooltip", "author-hover-card").
fn names_hidden(mark: &str) -> bool {
    let words = mark_words(mark);
    words
        .iter()
        .any(|w| HIDDEN_CLASSES.iter().any(|b| is_word(w, b)))
        || words
            .windows(2)
            .any(|pair| pair[0] == "hover" && is_word(&pair[1], "card"))
}

/// True when a word of a mark is `base` or its plural.
fn is_word(word: &str, base: &str) -> bool {
    word == base || word.strip_suffix('s') == Some(base)
}

/// Words of a class or id that make the word after them a feature of the
/// element rather than what it is: `main-with-sidebar` and `has-ads` are
/// containers beside a sidebar or ads, `no-ads` has none.
const FEATURE_WORDS: &[&str] = &["with", "has", "no", "without"];

/// The words of a class or id that say what the element is: its words
/// without [`FEATURE_WORDS`] and the word after each.
fn role_words(mark: &str) -> Vec<String> {
    let mut words = mark_words(mark);
    let mut feature = false;
    words.retain(|w| {
        let role = !feature && !FEATURE_WORDS.contains(&w.as_str());
        feature = FEATURE_WORDS.contains(&w.as_str());
        role
    });
    let stems: Vec<String> = words.iter().filter_map(|w| glued_stem(w)).collect();
    words.extend(stems);
    words
}

/// Container words that some themes glue to what the container is, without
/// a separator: `navbox`, `sharebar`, `commentlist`, `relatedlinks`.
const GLUED_SUFFIXES: &[&str] = &[
    "box",
    "bar",
    "wrap",
    "wrapper",
    "container",
    "content",
    "links",
    "list",
    "area",
    "block",
    "frame",
    "widget",
    "holder",
];

/// Words glued before what an element is: `postmetadata`, `entryfooter`,
/// `sitenav`.
const GLUED_PREFIXES: &[&str] = &["post", "entry", "site", "main", "page"];

/// What a glued class word names, if it is one: the word without a
/// [`GLUED_SUFFIXES`] ending or a [`GLUED_PREFIXES`] start, when at least
/// two letters are left ("navbox" -> "nav", "postmetadata" -> "metadata").
fn glued_stem(word: &str) -> Option<String> {
    let stem = GLUED_SUFFIXES
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .or_else(|| GLUED_PREFIXES.iter().find_map(|p| word.strip_prefix(p)))?;
    (stem.len() >= 2).then(|| stem.to_string())
}

/// The lower-cased words of a class or id, split at non-letters and at
/// lower-to-upper case changes (`QaAccordionItem_hiddenAnswer` -> qa,
/// accordion, item, hidden, answer).
fn mark_words(mark: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in mark.chars() {
        let split = !c.is_alphanumeric() || (c.is_uppercase() && previous_lower);
        if split && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        }
        previous_lower = c.is_lowercase();
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Block-level tags: their text forms blocks of its own.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "li",
    "ul",
    "ol",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "body",
    "center",
    "address",
    "hr",
    "br",
];

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("invalid built-in selector {css}: {e}"))
}

static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel=canonical]"));
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"script[type="application/ld+json"]"#));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));

/// Parses an HTML page into text, blocks and metadata.
///
/// This is the one entry point for a page: every parser below reads the
/// `source` given here. The page is parsed once for its metadata and for the
/// fallback walk; [`article::article_html`] chooses the main content.
///
/// Returns an error when the page has no readable body text.
pub fn parse(source: &str, meta: DocumentMeta) -> Result<Parsed, String> {
    let source = nesting::cap_depth(source);
    let page = Html::parse_document(&source);
    let article = article::article_html(&source, &page);
    extract(&page, article.as_deref(), meta)
}

/// Metadata, main content and text of a parsed page, the content taken from
/// `article` (the main content's HTML) when there is one, else from the
/// page's whole `<body>`.
fn extract(page: &Html, article: Option<&str>, meta: DocumentMeta) -> Result<Parsed, String> {
    let mut meta = DocumentMeta {
        format: "html",
        ..meta
    };
    read_metadata(page, &mut meta);
    let (text, blocks) =
        choose_content(page, article).ok_or_else(|| "HTML page has no body content".to_string())?;
    if text.trim().is_empty() {
        return Err("HTML page has no readable text in its body".to_string());
    }
    if meta.title.is_none() {
        meta.title = page
            .select(&H1)
            .next()
            .map(|h| collapse(&h.text().collect::<String>()))
            .filter(|t| !t.is_empty());
    }
    Ok(Parsed { text, blocks, meta })
}

/// The text and blocks of the page's main content: readability's choice
/// (`article`), else the whole body, else the JSON-LD body; the body and the
/// JSON-LD are read only when the choice before them is short enough to be
/// in doubt.
fn choose_content(page: &Html, article: Option<&str>) -> Option<(String, Vec<Block>)> {
    let from_article = article
        .map(|html| walk_tree(&Html::parse_fragment(html)))
        .filter(|(text, _)| !text.trim().is_empty());
    let chosen = match from_article {
        Some(article) if article.0.len() >= STRAY_BLOCK_BYTES => Some(article),
        from_article => match (from_article, walk_body(page)) {
            (Some(article), Some(body)) if !is_stray_block(&article.0, &body.0) => Some(article),
            (Some(article), None) => Some(article),
            (_, body) => body,
        },
    };
    // Readability sometimes keeps one section of an article: the page's
    // one `<article>` then says far more, and is read instead.
    let chosen = chosen.map(|c| match sole_article_over(page, PART_RATIO * c.0.len()) {
        Some(article) => article,
        None => c,
    });
    let chosen = chosen.map(|c| widen_to_siblings(page, c));
    match chosen {
        Some(chosen) if chosen.0.trim().len() >= TINY_BODY_BYTES => Some(chosen),
        chosen => match (chosen, json_ld_body(page)) {
            (Some(chosen), Some(ld)) if is_tiny(&chosen.0, &ld.0) => Some(ld),
            (chosen, ld) => chosen.or(ld),
        },
    }
}

/// The text of the container around `chosen` when the article goes on in
/// blocks beside those readability kept ([`siblings`]), else `chosen`.
fn widen_to_siblings(page: &Html, chosen: (String, Vec<Block>)) -> (String, Vec<Block>) {
    siblings::wider_container(page, &chosen.0)
        .map(|container| walk_element(container, true))
        .filter(|wider| wider.0.len() > chosen.0.len())
        .unwrap_or(chosen)
}

/// Readability's choice is only part of the page's article when the article
/// says this many times more.
const PART_RATIO: usize = 2;

/// Readability's choice is a stray block (a footer, a sign-up box) rather
/// than the article when it is short and the page says far more: then the
/// whole body is read instead.
fn is_stray_block(article: &str, body: &str) -> bool {
    article.len() < STRAY_BLOCK_BYTES && article.len() * STRAY_BLOCK_RATIO < body.len()
}

/// The text read from the page is too little to be the article when it is
/// this short and the JSON-LD `articleBody` says far more (a script-built
/// page whose text arrives later).
fn is_tiny(chosen: &str, ld_body: &str) -> bool {
    chosen.trim().len() < TINY_BODY_BYTES && ld_body.len() > TINY_BODY_RATIO * chosen.trim().len()
}

/// Text read from the page is tiny below this length...
const TINY_BODY_BYTES: usize = 500;

/// ...when the JSON-LD body is this many times longer.
const TINY_BODY_RATIO: usize = 2;

/// The text and blocks of the page's schema.org `articleBody` (JSON-LD of
/// a `NewsArticle`, `Article`, `BlogPosting`…): one paragraph a line, or the
/// walk of its HTML when it holds markup. `None` when the page has none.
fn json_ld_body(page: &Html) -> Option<(String, Vec<Block>)> {
    let body = page.select(&JSON_LD).find_map(|script| {
        let value: serde_json::Value =
            serde_json::from_str(&script.text().collect::<String>()).ok()?;
        let body = find_key(&value, "articleBody")?
            .as_str()?
            .trim()
            .to_string();
        (!body.is_empty()).then_some(body)
    })?;
    if body.contains("</") {
        return Some(walk_tree(&Html::parse_fragment(&body)));
    }
    let mut out = TextBuilder::dropping(boilerplate::is_boilerplate);
    for line in body.lines() {
        out.open(BlockKind::Paragraph);
        out.push_inline(line, BlockKind::Paragraph);
    }
    Some(out.finish()).filter(|(text, _)| !text.is_empty())
}

/// The text readability chose is a stray block below this length...
const STRAY_BLOCK_BYTES: usize = 1000;

/// ...when the body's text is this many times longer.
const STRAY_BLOCK_RATIO: usize = 5;

/// The text and blocks of a whole tree (the article's fragment).
fn walk_tree(tree: &Html) -> (String, Vec<Block>) {
    // Readability has already weighed class names; the classes it keeps
    // are read only for hover and pop-up text.
    walk_element(tree.root_element(), false)
}

/// The text and blocks of a page's `<body>`, boilerplate dropped; `None`
/// when it has no body.
fn walk_body(page: &Html) -> Option<(String, Vec<Block>)> {
    Some(walk_element(page.select(&BODY).next()?, true))
}

/// The text and blocks of the page's `<article>` element, boilerplate
/// dropped, when the page has exactly one and its text is over `bytes`
/// long. The walk is skipped when the element could not say that much: its
/// walked text is at most its text nodes plus two block breaks (two bytes
/// each) per element.
fn sole_article_over(page: &Html, bytes: usize) -> Option<(String, Vec<Block>)> {
    let mut found = page.select(&ARTICLE);
    let article = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let text_bytes: usize = article.text().map(str::len).sum();
    let elements = article
        .descendants()
        .filter(|n| n.value().is_element())
        .count();
    if text_bytes + 4 * (elements + 1) <= bytes {
        return None;
    }
    Some(walk_element(article, true)).filter(|(text, _)| text.len() > bytes)
}

/// The text and blocks under `root`, boilerplate dropped (told by class
/// names too when `by_class`).
fn walk_element(root: ElementRef, by_class: bool) -> (String, Vec<Block>) {
    let skipped = skipped_elements(*root, by_class);
    let mut out = TextBuilder::dropping(boilerplate::is_boilerplate);
    walk(root, &skipped, &mut out);
    out.finish()
}

fn read_metadata(page: &Html, meta: &mut DocumentMeta) {
    let mut og_title = None;
    let mut site_name = None;
    let mut og_url = None;
    let mut published = None;
    for m in page.select(&META) {
        let el = m.value();
        let key = el
            .attr("property")
            .or_else(|| el.attr("name"))
            .or_else(|| el.attr("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(content) = el.attr("content").map(str::trim).filter(|c| !c.is_empty()) else {
            continue;
        };
        match key.as_str() {
            "og:title" | "twitter:title" if og_title.is_none() => {
                og_title = Some(content.to_string())
            }
            "og:site_name" | "application-name" if site_name.is_none() => {
                site_name = Some(content.to_string())
            }
            "og:url" if og_url.is_none() => og_url = Some(content.to_string()),
            "article:published_time"
            | "datepublished"
            | "pubdate"
            | "publishdate"
            | "publication_date"
            | "date"
            | "dc.date"
            | "dc.date.issued"
            | "sailthru.date"
            | "parsely-pub-date"
                if published.is_none() =>
            {
                published = parse_published(content)
            }
            _ => {}
        }
    }
    if published.is_none() {
        published = page
            .select(&JSON_LD)
            .find_map(|s| json_ld_date(&s.text().collect::<String>()));
    }
    if published.is_none() {
        published = page
            .select(&TIME)
            .find_map(|t| t.value().attr("datetime").and_then(parse_published));
    }
    let canonical = page
        .select(&CANONICAL)
        .find_map(|l| l.value().attr("href").map(str::trim).map(str::to_string))
        .filter(|u| u.starts_with("http"))
        .or(og_url);
    let title = og_title.or_else(|| {
        page.select(&TITLE)
            .next()
            .map(|t| collapse(&t.text().collect::<String>()))
            .filter(|t| !t.is_empty())
    });
    meta.title = meta.title.take().or(title);
    meta.url = meta.url.take().or(canonical);
    meta.published = meta.published.or(published);
    meta.source = meta
        .source
        .take()
        .or(site_name)
        .or_else(|| meta.url.as_deref().and_then(domain_of));
}

fn json_ld_date(script: &str) -> Option<chrono::NaiveDate> {
    let value: serde_json::Value = serde_json::from_str(script).ok()?;
    find_key(&value, "datePublished")
        .and_then(|v| v.as_str())
        .and_then(parse_published)
}

fn find_key<'a>(value: &'a serde_json::Value, key: &str) -> Option<&'a serde_json::Value> {
    match value {
        serde_json::Value::Object(map) => map
            .get(key)
            .or_else(|| map.values().find_map(|v| find_key(v, key))),
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

/// The host of an absolute URL, without a leading `www.`.
pub fn domain_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host
        .strip_prefix("www.")
        .unwrap_or(host)
        .to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

// Every pass over the page below is one traversal with an explicit stack:
// linear in the number of nodes, and no recursion, so any nesting depth is
// safe. (html5ever's tree builder itself looks through its stack of open
// elements for each start tag, which would make parsing quadratic in the
// nesting depth: `nesting::cap_depth` keeps that stack at most 512 deep.)

/// True when the element and its subtree are boilerplate; `has_h1` tells
/// whether its subtree holds an `<h1>` (a `<header>` without one is dropped).
fn is_skipped(el: &ElementRef, has_h1: bool, by_class: bool) -> bool {
    let v = el.value();
    let name = v.name();
    if SKIP_TAGS.contains(&name) && !(name == "figure" && holds_text_block(el)) {
        return true;
    }
    if is_hidden(v) {
        return true;
    }
    if name == "header" && !has_h1 && !holds_prose(el) {
        return true;
    }
    if matches!(name, "ul" | "ol") && is_table_of_contents(el) {
        return true;
    }
    // A class or id names boilerplate only below the page's main containers
    // (`<body class="has-sidebar">` is still the page).
    if matches!(name, "html" | "body" | "main" | "article") {
        return false;
    }
    if is_content_furniture(el) {
        return true;
    }
    if by_class && role_marks(v).any(names_boilerplate) {
        return true;
    }
    matches!(
        v.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary")
    )
}

/// True when a `<figure>` holds a table or a pull quote: block editors wrap
/// the article's tables and pull quotes in figures; other figures are
/// images and their captions (or teaser cards). A quotation
/// with a link in it is an embedded post (a tweet, another site's card),
/// not a pull quote.
fn holds_text_block(figure: &ElementRef) -> bool {
    figure
        .descendants()
        .filter_map(ElementRef::wrap)
        .any(|d| match d.value().name() {
            "table" => true,
            "blockquote" => !d
                .descendants()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "a"),
            _ => false,
        })
}

/// A table of contents has at least this many links.
const MIN_TOC_LINKS: usize = 3;

/// ...and its links say at least this percentage of its text.
const MIN_TOC_LINK_PERCENT: usize = 80;

/// True when a list is the page's table of contents: at least
/// [`MIN_TOC_LINKS`] links, each to a place on the same page (`href="#…"`),
/// that say nearly all of its text ([`MIN_TOC_LINK_PERCENT`]). Footnotes
/// link to the page too, but say more than their links.
fn is_table_of_contents(list: &ElementRef) -> bool {
    let mut links = 0;
    let mut link_chars = 0;
    for a in list.descendants().filter_map(ElementRef::wrap) {
        if a.value().name() != "a" {
            continue;
        }
        match a.value().attr("href") {
            Some(href) if href.starts_with('#') => {}
            _ => return false,
        }
        links += 1;
        link_chars += shown_chars(&a);
    }
    links >= MIN_TOC_LINKS && link_chars * 100 >= MIN_TOC_LINK_PERCENT * shown_chars(list)
}

/// The number of characters of `el`'s text, white space left out.
fn shown_chars(el: &ElementRef) -> usize {
    el.text()
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .count()
}

/// A `<header>` without an `<h1>` is the page's masthead unless its
/// paragraphs say at least this many words (some page builders put the
/// article's opening, or all of it, in a `<header>`).
const MIN_HEADER_PROSE_WORDS: usize = 60;

/// True when the paragraphs under `el` say at least
/// [`MIN_HEADER_PROSE_WORDS`] words.
fn holds_prose(el: &ElementRef) -> bool {
    el.descendants()
        .filter_map(ElementRef::wrap)
        .filter(|d| d.value().name() == "p")
        .flat_map(|p| p.text().flat_map(str::split_whitespace))
        .take(MIN_HEADER_PROSE_WORDS)
        .count()
        >= MIN_HEADER_PROSE_WORDS
}

/// True when the element is not shown: `hidden` (but for a streamed
/// segment), `aria-hidden`, an inline `display: none` or `visibility:
/// hidden`, or a tooltip.
fn is_hidden(v: &scraper::node::Element) -> bool {
    if v.attr("hidden").is_some() && !v.id().is_some_and(is_stream_segment) {
        return true;
    }
    if v.attr("aria-hidden") == Some("true") || v.attr("role") == Some("tooltip") {
        return true;
    }
    if v.id().into_iter().chain(v.classes()).any(names_hidden) {
        return true;
    }
    v.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// True for the id of a segment of a streamed page: React's server rendering
/// sends the parts of a page that were still loading as `<div hidden
/// id="S:0">`, which a script moves into place, so the whole article of many
/// script-built pages sits in such hidden segments.
fn is_stream_segment(id: &str) -> bool {
    id.strip_prefix("S:")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The elements dropped with their subtree, found in one pass (whether a
/// `<header>` holds an `<h1>` is known when the header closes).
fn skipped_elements(root: NodeRef<Node>, by_class: bool) -> HashSet<NodeId> {
    let mut skipped = HashSet::new();
    // One flag per open element: an <h1> was seen inside it.
    let mut h1_inside: Vec<bool> = Vec::new();
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) if node.value().is_element() => h1_inside.push(false),
            Edge::Close(node) => {
                let Some(el) = ElementRef::wrap(node) else {
                    continue;
                };
                let has_h1 = h1_inside.pop().unwrap_or(false);
                if is_skipped(&el, has_h1, by_class) || repeats_neighbour(&el, &skipped) {
                    skipped.insert(node.id());
                }
                let seen = has_h1 || el.value().name() == "h1";
                if let Some(parent) = h1_inside.last_mut() {
                    *parent |= seen;
                }
            }
            Edge::Open(_) => {}
        }
    }
    skip_teaser_sections(root, &mut skipped);
    skip_repeated_blocks(root, &mut skipped);
    skipped
}

/// Tags of the containers that [`skip_repeated_blocks`] compares.
const REPEATABLE_TAGS: &[&str] = &["div", "section", "article", "ul", "ol", "table"];

/// Adds to `skipped` the containers (`div`, `section`, lists, tables) that
/// say the same text, at least [`MIN_REPEATED_BLOCK_CHARS`] characters, as
/// an earlier container outside them that is not skipped: page builders
/// render a stretch of the page once per screen size and let CSS show one
/// (`<div class="variant hidden-phone">`, then the same in `<div
/// class="variant hidden-desktop">`), which read as text would say it two
/// or three times. A wrapper around one element is not compared (its child
/// is).
fn skip_repeated_blocks(root: NodeRef<Node>, skipped: &mut HashSet<NodeId>) {
    let mut first_of: HashMap<String, NodeId> = HashMap::new();
    let mut repeats = HashSet::new();
    for el in root.descendants().filter_map(ElementRef::wrap) {
        if !REPEATABLE_TAGS.contains(&el.value().name()) || is_wrapper(&el) {
            continue;
        }
        let mut around = el.ancestors().map(|a| a.id());
        if skipped.contains(&el.id())
            || around.any(|a| skipped.contains(&a) || repeats.contains(&a))
        {
            continue;
        }
        let text: String = el
            .text()
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace())
            .collect();
        if text.chars().count() < MIN_REPEATED_BLOCK_CHARS {
            continue;
        }
        match first_of.get(&text) {
            Some(first) if !el.ancestors().any(|a| a.id() == *first) => {
                repeats.insert(el.id());
            }
            Some(_) => {}
            None => {
                first_of.insert(text, el.id());
            }
        }
    }
    skipped.extend(repeats);
}

/// True when `el` holds exactly one element and no text beside it.
fn is_wrapper(el: &ElementRef) -> bool {
    let mut elements = 0;
    for child in el.children() {
        match child.value() {
            Node::Element(_) => elements += 1,
            Node::Text(t) if !t.trim().is_empty() => return false,
            _ => {}
        }
    }
    elements == 1
}

/// Adds to `skipped` the blocks of links after each heading that heads
/// links to other stories or an author box ([`boilerplate::heads_teasers`]:
/// "Related posts", "Mehr zum Thema"), up to the first paragraph or block
/// that is not mostly links ([`is_mostly_links`]: the article, or a "Related
/// work" section of prose, goes on) or the next heading of its level or
/// higher. A heading that is the only element of its wrapper (up to
/// [`MAX_HEADING_WRAPPERS`] levels) heads the wrapper's next siblings.
fn skip_teaser_sections(root: NodeRef<Node>, skipped: &mut HashSet<NodeId>) {
    let headings: Vec<ElementRef> = root
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| heading_level(e.value().name()).is_some_and(|l| l > 1))
        .filter(|e| !skipped.contains(&e.id()))
        .filter(|e| boilerplate::heads_teasers(&collapse(&e.text().collect::<String>())))
        .collect();
    for heading in headings {
        let level = heading_level(heading.value().name()).unwrap_or(6);
        let mut anchor = heading;
        for _ in 0..MAX_HEADING_WRAPPERS {
            match anchor.parent().and_then(ElementRef::wrap) {
                Some(parent)
                    if parent.id() != root.id()
                        && parent.children().filter_map(ElementRef::wrap).count() == 1 =>
                {
                    anchor = parent;
                }
                _ => break,
            }
        }
        for sibling in anchor.next_siblings().filter_map(ElementRef::wrap) {
            let paragraph = sibling.value().name() == "p";
            if paragraph || holds_heading_up_to(&sibling, level) || !is_mostly_links(&sibling) {
                break;
            }
            skipped.insert(sibling.id());
        }
    }
}

/// True when links say at least half of the text under `el` (or it says
/// nothing): a list of teasers, not the article going on.
fn is_mostly_links(el: &ElementRef) -> bool {
    let link_chars: usize = el
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|a| a.value().name() == "a")
        .map(|a| shown_chars(&a))
        .sum();
    2 * link_chars >= shown_chars(el)
}

/// A teaser heading wrapped this many levels deep still heads what follows its wrapper.
const MAX_HEADING_WRAPPERS: usize = 2;

/// The level of a heading tag (`h2` -> 2).
fn heading_level(name: &str) -> Option<usize> {
    HEADINGS.iter().position(|h| *h == name).map(|i| i + 1)
}

/// True when `el` is or holds a heading of `level` or higher (a lower number).
fn holds_heading_up_to(el: &ElementRef, level: usize) -> bool {
    el.descendants()
        .filter_map(ElementRef::wrap)
        .any(|d| heading_level(d.value().name()).is_some_and(|l| l <= level))
}

/// True when an inline element repeats the text of the inline element just
/// before it (nothing but white space between): a hover card that opens
/// with the name it is about ("Jane Doe" + "Jane Doe, Related story…"), or
/// the same caption for two screen sizes. Read as text, the pair would glue
/// into "Jane DoeJane Doe…".
fn repeats_neighbour(el: &ElementRef, skipped: &HashSet<NodeId>) -> bool {
    if BLOCK_TAGS.contains(&el.value().name()) {
        return false;
    }
    let mut previous = el.prev_sibling();
    while let Some(node) = previous {
        match node.value() {
            Node::Text(t) if t.trim().is_empty() => previous = node.prev_sibling(),
            _ => break,
        }
    }
    let Some(before) = previous.and_then(ElementRef::wrap) else {
        return false;
    };
    if skipped.contains(&before.id()) || BLOCK_TAGS.contains(&before.value().name()) {
        return false;
    }
    let shown = collapse(&before.text().collect::<String>());
    shown.chars().count() >= MIN_REPEATED_CHARS
        && collapse(&el.text().collect::<String>()).starts_with(&shown)
}

/// A block repeating an earlier block is told from this many characters
/// (white space left out): shorter ones ("Add to cart", a date) may repeat on purpose.
const MIN_REPEATED_BLOCK_CHARS: usize = 50;

/// Repeats of text shorter than this are not told ("a", "1").
const MIN_REPEATED_CHARS: usize = 4;

/// One open element of the text walk: the kind of block its text goes to,
/// and whether it opened a block of its own.
struct Open {
    kind: BlockKind,
    block: bool,
}

/// Writes the text under `root` as blocks, dropping skipped subtrees.
fn walk(root: ElementRef, skipped: &HashSet<NodeId>, out: &mut TextBuilder) {
    let root: NodeRef<Node> = *root;
    let mut open: Vec<Open> = Vec::new();
    // The dropped element whose subtree is being passed over.
    let mut dropping: Option<NodeId> = None;
    for edge in root.traverse().skip(1) {
        let kind = open.last().map_or(BlockKind::Paragraph, |o| o.kind);
        match edge {
            _ if dropping.is_some() => {
                if let Edge::Close(node) = edge {
                    if dropping == Some(node.id()) {
                        dropping = None;
                    }
                }
            }
            Edge::Open(node) => match node.value() {
                Node::Text(t) => out.push_inline(t, kind),
                Node::Element(e) if !skipped.contains(&node.id()) && e.name() != "br" => {
                    open.push(open_element(e.name(), kind, out));
                }
                Node::Element(e) => {
                    if e.name() == "br" && !skipped.contains(&node.id()) {
                        out.push_inline(" ", kind);
                    }
                    dropping = Some(node.id());
                }
                // Comments and the like: nothing inside is text.
                _ => dropping = Some(node.id()),
            },
            Edge::Close(node) => {
                if node.value().is_element() && node.id() != root.id() {
                    close_element(&mut open, out);
                }
            }
        }
    }
}

/// Opens an element in the text walk: a block-level tag starts a block.
fn open_element(name: &str, kind: BlockKind, out: &mut TextBuilder) -> Open {
    if !BLOCK_TAGS.contains(&name) {
        return Open { kind, block: false };
    }
    let inner = match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "blockquote" => BlockKind::Quote,
        "li" | "dd" | "dt" => BlockKind::ListItem,
        _ => kind,
    };
    out.close();
    out.open(inner);
    Open {
        kind: inner,
        block: true,
    }
}

/// Closes an element in the text walk: a block ends, and its parent's kind
/// of block goes on.
fn close_element(open: &mut Vec<Open>, out: &mut TextBuilder) {
    let Some(closed) = open.pop() else { return };
    if closed.block {
        let kind = open.last().map_or(BlockKind::Paragraph, |o| o.kind);
        out.close();
        out.open(kind);
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Deal signed | The Daily</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2025-04-03T08:00:00Z">
<link rel="canonical" href="https://www.thedaily.example/world/deal">
<script>var x = "not text";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="share-bar">Share this</div>
<article><h1>Deal signed</h1>
<p>The president <b>agreed</b> to the deal on Monday.</p>
<p>It costs $6 million.</p>
<blockquote><p>“We are proud,” he said.</p></blockquote>
<ul><li>First point</li><li>Second point</li></ul>
<aside>Related: other stories</aside>
</article><footer>© 2025 The Daily</footer></body></html>"#;

    #[test]
    fn extracts_main_content_and_metadata() {
        let p = parse(PAGE, DocumentMeta::default()).expect("page");
        assert_eq!(
            p.text,
            "The president agreed to the deal on Monday.\n\nIt costs $6 million.\n\n“We are proud,” he said.\n\nFirst point\n\nSecond point"
        );
        let kinds: Vec<BlockKind> = p.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Quote,
                BlockKind::ListItem,
                BlockKind::ListItem
            ]
        );
        assert_eq!(p.meta.title.as_deref(), Some("Deal signed | The Daily"));
        assert_eq!(p.meta.source.as_deref(), Some("The Daily"));
        assert_eq!(
            p.meta.url.as_deref(),
            Some("https://www.thedaily.example/world/deal")
        );
        assert_eq!(
            p.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-04-03")
        );
    }

    #[test]
    fn a_block_rendered_once_per_screen_size_is_read_once() {
        let stretch = "<h2>Costs</h2><p>A kitchen remodel in the valley costs between thirty and sixty thousand dollars, depending on the cabinets, the counters and whether the plumbing moves.</p><p>Permits add about two percent, and the inspection another week of waiting before the work can start.</p>";
        let page = format!(
            r#"<html><body><main><h1>Remodel costs</h1>
<div class="variant hidden-phone">{stretch}</div><div class="variant hidden-desktop">{stretch}</div>
<section><div class="slide desktop"><p>One</p></div><div class="slide phone"><div>{stretch}</div></div></section>
<div class="note"><p>Prices were checked in March.</p></div><div class="note"><p>Prices were checked in March.</p></div>
</main></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert_eq!(
            p.text.matches("thirty and sixty thousand").count(),
            1,
            "{}",
            p.text
        );
        assert_eq!(p.text.matches("Permits add").count(), 1, "{}", p.text);
        // Short blocks may repeat on purpose.
        assert_eq!(p.text.matches("checked in March").count(), 2, "{}", p.text);
    }

    #[test]
    fn finds_content_without_article_tag_and_uses_domain_as_source() {
        let page = r#"<html><head><link rel="canonical" href="https://news.example.org/a"></head><body>
<div id="menu"><p>Menu entry one</p></div>
<div class="story"><p>First paragraph of the story.</p><p>Second paragraph.</p></div>
<div class="footer-links"><p>Contact us</p></div></body></html>"#;
        let p = parse(page, DocumentMeta::default()).expect("page");
        assert_eq!(p.text, "First paragraph of the story.\n\nSecond paragraph.");
        assert_eq!(p.meta.source.as_deref(), Some("news.example.org"));
        assert_eq!(p.meta.published, None);
    }

    #[test]
    fn article_is_chosen_over_comments_and_teasers() {
        let body = "The council approved the budget on Tuesday after a long debate. ".repeat(6);
        let page = format!(
            r#"<html><body><div class="related-stories"><p>Read this other story about the weather today.</p></div>
<div><p>{body}</p><p>{body}</p><p>Plain last paragraph of the story.</p></div>
<div id="comments"><p>Great article, thanks for writing it! I agree with every word of it.</p></div></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.starts_with("The council approved"), "{}", p.text);
        assert!(
            p.text.ends_with("Plain last paragraph of the story."),
            "{}",
            p.text
        );
        assert_eq!(p.blocks.len(), 3);
    }

    /// A long paragraph of article text.
    fn story(topic: &str) -> String {
        format!("The council approved the {topic} plan on Tuesday after a long debate. ").repeat(6)
    }

    #[test]
    fn streamed_segments_are_read_in_place_of_their_placeholders() {
        // React's streamed rendering: the article arrives in hidden
        // segments after the page shell, each replacing a loading placeholder.
        let (first, second) = (story("budget"), story("transport"));
        let page = format!(
            r#"<html><body><main><h1>Budget</h1>
<!--$?--><template id="B:0"></template><p>Loading paragraph...</p><!--/$-->
<!--$?--><template id="B:1"></template><p>Loading paragraph...</p><!--/$--></main>
<footer>Contact us</footer>
<div hidden id="S:0"><p>{first}</p></div><div hidden id="S:1"><p>{second}</p></div>
<div hidden>Hidden menu text</div>
<script>$RC("B:0","S:0");$RC("B:1","S:1")</script></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert_eq!(
            p.text,
            format!("Budget\n\n{}\n\n{}", first.trim(), second.trim())
        );
        assert!(is_stream_segment("S:1c"));
    }

    #[test]
    fn streamed_boundaries_without_their_comments_keep_what_follows() {
        // A page saved without React's `<!--$?-->`/`<!--/$-->` comments: the
        // blocks after a boundary's template are not its placeholder.
        let (first, second) = (story("budget"), story("transport"));
        let page = format!(
            r#"<html><body><main><h1>Budget</h1>
<template id="B:0"></template><template id="B:1"></template></main>
<div hidden id="S:0"><p>{first}</p></div><div hidden id="S:1"><p>{second}</p></div>
</body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert_eq!(
            p.text,
            format!("Budget\n\n{}\n\n{}", first.trim(), second.trim())
        );
    }

    #[test]
    fn streamed_segments_fill_their_bare_placeholders() {
        // A segment streamed after its parent segment holds its place with
        // a bare `<template id="P:n">` (no loading text to remove).
        let (first, second) = (story("budget"), story("transport"));
        let page = format!(
            r#"<html><body><main><h1>Budget</h1>
<!--$?--><template id="B:0"></template><p>Loading paragraph...</p><!--/$--></main>
<footer>Contact us</footer>
<div hidden id="S:0"><p>{first}</p><template id="P:1"></template><p>After.</p></div>
<div hidden id="S:1"><h2>Transport</h2><p>{second}</p></div>
<script>$RC("B:0","S:0");$RS("S:1","P:1")</script></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert_eq!(
            p.text,
            format!(
                "Budget\n\n{}\n\nTransport\n\n{}\n\nAfter.",
                first.trim(),
                second.trim()
            )
        );
        assert!(!is_stream_segment("S:") && !is_stream_segment("section-1"));
    }

    #[test]
    fn tables_of_contents_are_dropped_but_footnotes_kept() {
        let page = format!(
            r##"<html><body><article><h1>Repotting</h1>
<ul><li><a href="#when">When to repot</a></li><li><a href="#how">How to repot</a><ul><li><a href="#soil">Soil</a></li></ul></li></ul>
<h2 id="when">When to repot</h2><p>{}</p>
<ol><li>Clay pots dry faster. <a href="#ref1">^</a></li><li>Roots circle the pot. <a href="#ref2">^</a></li><li>Water drains slowly. <a href="#ref3">^</a></li></ol>
<ul><li><a href="/soil">Soil guide</a></li><li><a href="#how">How</a></li><li><a href="#soil">Soil</a></li></ul>
</article></body></html>"##,
            story("garden")
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(!p.text.contains("How to repot"), "{}", p.text);
        assert!(p.text.contains("Clay pots dry faster."), "{}", p.text);
        assert!(p.text.contains("Soil guide"), "{}", p.text);
    }

    #[test]
    fn tables_and_quotes_wrapped_in_figures_are_read_but_images_are_not() {
        let page = format!(
            r#"<html><body><article><h1>Ferries</h1><p>{}</p>
<figure class="block-table"><table><tr><td>Route</td><td>Crossings a day</td></tr><tr><td>North pier to Holm</td><td>Eleven</td></tr></table></figure>
<figure><img src="pier.jpg"><figcaption>The pier at dusk</figcaption></figure>
<figure class="pullquote"><blockquote><p>We never missed a crossing in forty years.</p></blockquote></figure>
<figure><blockquote class="post-embed"><p>Ferry news today</p><a href="https://example.com/p/1">May 3</a></blockquote></figure>
</article></body></html>"#,
            story("ferry")
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.contains("North pier to Holm"), "{}", p.text);
        assert!(!p.text.contains("The pier at dusk"), "{}", p.text);
        assert!(p.text.contains("forty years"), "{}", p.text);
        assert!(!p.text.contains("Ferry news today"), "{}", p.text);
    }

    #[test]
    fn link_lists_under_a_related_heading_are_dropped_but_the_article_goes_on() {
        let page = format!(
            r#"<html><body><article><h1>Harbour</h1><p>{}</p>
<h2>Related posts</h2><ul><li><a href="/a">The old lighthouse reopens</a></li><li><a href="/b">Tides this winter</a></li></ul>
<p>The harbour master said the new pontoon opens in May.</p>
<h3>Related</h3><p>An earlier study of the <a href="/c">harbour silt</a> found the same trend.</p>
</article></body></html>"#,
            story("harbour")
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(!p.text.contains("lighthouse"), "{}", p.text);
        assert!(!p.text.contains("Related posts"), "{}", p.text);
        assert!(p.text.contains("new pontoon opens in May"), "{}", p.text);
        assert!(p.text.contains("An earlier study"), "{}", p.text);
    }

    #[test]
    fn hidden_tooltip_and_hover_card_text_is_dropped() {
        let body = story("budget");
        for hidden in [
            r#"<span style="display: none">Jane Doe Related story: the vote</span>"#,
            r#"<span style="VISIBILITY:hidden">Jane Doe Related story: the vote</span>"#,
            r#"<span role="tooltip">Jane Doe Related story: the vote</span>"#,
            r#"<span class="author-hover-card">Jane Doe Related story: the vote</span>"#,
            r#"<span class="popover">Jane Doe Related story: the vote</span>"#,
        ] {
            let page = format!(
                r#"<html><body><article><p>Rep. <a href="/jd">Jane Doe</a>{hidden} said the plan works.</p><p>{body}</p></article></body></html>"#
            );
            let p = parse(&page, DocumentMeta::default()).expect("page");
            assert!(
                p.text.starts_with("Rep. Jane Doe said the plan works."),
                "{hidden}: {}",
                p.text
            );
        }
    }

    #[test]
    fn json_ld_article_body_stands_in_for_a_page_built_by_script() {
        let ld = r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget","description":"A short summary.","articleBody":"The council approved the budget on Tuesday after a long debate that lasted well into the night.\nIt costs $6 million, officials said, and covers roads, schools and the new library for the next three years."}"#;
        let page = format!(
            r#"<html><head><script type="application/ld+json">{ld}</script>
<meta property="og:description" content="A short summary."></head>
<body><div id="root"></div><footer><p>© 2025 The Daily</p></footer></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.starts_with("The council approved"), "{}", p.text);
        assert!(p.text.ends_with("next three years."), "{}", p.text);
        assert_eq!(p.blocks.len(), 2);
        // A page whose own text is the article keeps it.
        let body = story("budget");
        let page = format!(
            r#"<html><head><script type="application/ld+json">{ld}</script></head><body><article><p>{body}</p><p>{body}</p></article></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.starts_with(body.trim()), "{}", p.text);
    }

    #[test]
    fn text_repeating_its_neighbour_is_dropped() {
        let body = story("budget");
        for (html, expected) in [
            (
                r#"<p>Rep. <a href="/jd">Jane Doe</a><span><b>Jane Doe</b> Related story: the vote</span> said the plan works.</p>"#,
                "Rep. Jane Doe said the plan works.",
            ),
            (
                r#"<p><span>Courtesy of Amp</span><span>Courtesy of Amp</span></p>"#,
                "Courtesy of Amp",
            ),
            // Different names side by side stay.
            (
                r#"<p>Rep. <a href="/jd">Jane Doe</a> and <a href="/jr">John Roe</a> said the plan works.</p>"#,
                "Rep. Jane Doe and John Roe said the plan works.",
            ),
        ] {
            let page =
                format!(r#"<html><body><article>{html}<p>{body}</p></article></body></html>"#);
            let p = parse(&page, DocumentMeta::default()).expect("page");
            assert!(p.text.starts_with(expected), "{html}: {}", p.text);
        }
    }

    #[test]
    fn the_whole_article_is_read_when_readability_keeps_one_section() {
        let intro = story("budget");
        let item = r#"<li><a href="/p">The Acme Road Bike 3000 with carbon frame</a> is light, fast and cheap for what it offers riders.</li>"#.repeat(12);
        let specs = "<tr><td>Weight</td><td>8.1 kg</td></tr>".repeat(10);
        let page = format!(
            r#"<html><body><article><h1>Best bikes</h1><div><p>{intro}</p><p>{intro}</p></div>
<div><h2>Our picks</h2><ul>{item}</ul></div><div><h2>Specs</h2><table>{specs}</table></div>
<div><h2>More picks</h2><ul>{item}</ul></div></article>
<div id="comments"><p>Great list!</p></div></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.contains("Our picks"), "{}", p.text);
        assert!(p.text.contains("is light, fast and cheap"), "{}", p.text);
        assert!(!p.text.contains("Great list"), "{}", p.text);
    }

    #[test]
    fn furniture_boxes_related_blocks_and_disclaimers_are_dropped_inside_the_article() {
        let body = story("harbour");
        let guide = "Send your manuscript as one file and number every page of it. ".repeat(20);
        let page = format!(
            r#"<html><body><article><h1>Harbour plan</h1>
<div class="post-author">By Ann Example</div>
<p>{body}</p><p>{body}</p>
<div class="editor-disclaimer"><b>Note</b><p>Our editors pick every product on their own.</p></div>
<div class="AuthorBox"><h3>About the author</h3><p>Ann Example writes about towns and their ports.</p></div>
<section class="about-bio"><img src="a.jpg"><p>She lives by the sea with two cats.</p></section>
<ul class="relatedPosts"><li>Another story about the pier</li></ul>
<div class="entry-meta"><span>Filed under</span> <a href="/t">Ports</a></div>
<div class="newsletter-box"><h4>Weekly</h4><p>Get the harbour letter every Friday.</p></div>
<div class="authorGuidelines"><p>{guide}</p></div>
</article></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.contains(body.trim()), "{}", p.text);
        for dropped in [
            "By Ann Example",
            "pick every product",
            "towns and their ports",
            "two cats",
            "Another story",
            "Filed under",
            "harbour letter",
        ] {
            assert!(!p.text.contains(dropped), "{dropped}: {}", p.text);
        }
        // A long section named for authors is the page's own text.
        assert!(p.text.contains("Send your manuscript"), "{}", p.text);
    }

    #[test]
    fn a_named_div_that_readability_turns_into_a_paragraph_keeps_its_name() {
        // Readability replaces a div holding only text, or one paragraph,
        // by a bare `<p>`; the div's class must still reach the walk.
        let body = story("ferry");
        let page = format!(
            r#"<html><body><article><h1>Ferry plan</h1>
<p>{body}</p>
<div class="post-meta">Transport, 3 May, four photos</div>
<p>{body}</p>
<div class="entry-meta"><p>Islands and the mainland</p></div>
<p>{body}</p>
</article></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.contains(body.trim()), "{}", p.text);
        for dropped in ["four photos", "Islands and the mainland"] {
            assert!(!p.text.contains(dropped), "{dropped}: {}", p.text);
        }
    }

    #[test]
    fn captions_credits_and_copyright_lines_are_dropped_but_not_headings_named_for_them() {
        let body = story("orchard");
        let page = format!(
            r#"<html><body><article><h1>Orchard year</h1>
<p>{body}</p>
<div class="wp-caption"><img src="o.jpg"><p class="wp-caption-text">Rows of pear trees at dawn.</p></div>
<span class="photoCredit">Picture: Lee Sample</span>
<p>{body}</p>
<h2 id="the-water-credit-scheme">The water credit scheme</h2>
<p>Growers who save water are paid back a share of their fees each autumn.</p>
<h3 id="how-captions-are-written">How captions are written</h3>
<p>Every picture gets one plain sentence about what it shows.</p>
<p class="copyright-line">All rights reserved by the Orchard Weekly.</p>
</article></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.contains(body.trim()), "{}", p.text);
        for dropped in ["pear trees at dawn", "Lee Sample", "All rights reserved"] {
            assert!(!p.text.contains(dropped), "{dropped}: {}", p.text);
        }
        // A heading's id is a slug of its text, not what the heading is.
        for kept in [
            "The water credit scheme",
            "paid back a share",
            "How captions are written",
        ] {
            assert!(p.text.contains(kept), "{kept}: {}", p.text);
        }
    }

    #[test]
    fn footnote_lists_are_dropped_but_a_footnote_marker_class_is_not_a_list() {
        let body = story("bridge");
        let page = format!(
            r#"<html><body><article><h1>Bridge repairs</h1>
<p>{body}<sup class="footnote">1</sup></p>
<p class="footnote-lead">Engineers found the cables sound after a week of tests on the span.</p>
<p>{body}</p>
<div class="footnotes"><ol><li>Town survey of river crossings, second edition.</li></ol></div>
<section class="wp-block-endnotes"><p>Figures from the county office.</p></section>
</article></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.contains(body.trim()), "{}", p.text);
        assert!(p.text.contains("cables sound"), "{}", p.text);
        for dropped in ["river crossings", "county office"] {
            assert!(!p.text.contains(dropped), "{dropped}: {}", p.text);
        }
    }

    #[test]
    fn glued_class_words_are_read_as_what_they_name() {
        assert_eq!(glued_stem("navbox").as_deref(), Some("nav"));
        assert_eq!(glued_stem("postmetadata").as_deref(), Some("metadata"));
        assert_eq!(glued_stem("relatedlinks").as_deref(), Some("related"));
        assert_eq!(glued_stem("box"), None);
        assert!(names_boilerplate("commentlist"));
        assert!(!names_boilerplate("sandbox"));
        let body = story("ferry");
        let page = format!(
            r#"<html><body><article><h1>Ferry timetable</h1>
<div class="postcontent"><p>{body}</p><p>{body}</p>
<div class="sandbox"><p>The old pier stays open to walkers until the new one is built.</p></div>
<div class="postmetadata"><span>Filed in</span> <a href="/t">Transport</a></div>
<ul class="relatedlinks"><li><a href="/b">Another ferry story</a></li></ul>
</div></article></body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.contains(body.trim()), "{}", p.text);
        assert!(p.text.contains("old pier stays open"), "{}", p.text);
        for dropped in ["Filed in", "Another ferry story"] {
            assert!(!p.text.contains(dropped), "{dropped}: {}", p.text);
        }
    }

    #[test]
    fn page_without_body_text_is_an_error() {
        assert!(parse(
            "<html><head><title>x</title></head></html>",
            DocumentMeta::default()
        )
        .is_err());
        assert!(parse(
            "<html><body><script>1</script></body></html>",
            DocumentMeta::default()
        )
        .is_err());
    }

    #[test]
    fn json_ld_date_is_read() {
        let page = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-12-31T23:00:00-05:00"}</script></head><body><p>Text here.</p></body></html>"#;
        let p = parse(page, DocumentMeta::default()).expect("page");
        assert_eq!(
            p.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2024-12-31")
        );
    }

    /// A page of `depth` nested `<div>`s, each holding a paragraph, inside an
    /// `<article>`.
    fn nested_page(depth: usize) -> String {
        let mut page = String::from("<html><body><article>");
        for i in 0..depth {
            page.push_str(&format!("<div class=\"c{}\"><p>Paragraph {i}.</p>", i % 7));
        }
        page.push_str(&"</div>".repeat(depth));
        page.push_str("</article></body></html>");
        page
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        // A thread with a far smaller stack than the reader's worker
        // threads: a walk that recursed once per level would overflow it
        // (and abort the process).
        let worker = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(|| parse(&nested_page(10_000), DocumentMeta::default()))
            .expect("spawn");
        let p = worker.join().expect("no crash").expect("page");
        assert!(p.text.starts_with("Paragraph 0.\n\nParagraph 1."));
        assert!(p.text.ends_with("Paragraph 9999."));
        assert_eq!(p.blocks.len(), 10_000);
    }

    #[test]
    fn reading_is_linear_in_nesting_depth() {
        // html5ever's tree builder alone is quadratic in depth (2.8 s for
        // 12,500 levels); the depth cap and the extraction keep it linear.
        let (small, large) = (nested_page(4_000), nested_page(16_000));
        factsift_testdata::assert_linear("reading nested html", &small, &large, |page| {
            parse(page, DocumentMeta::default()).expect("page");
        });
    }

    #[test]
    fn nested_boilerplate_and_headers_are_still_dropped() {
        let page = r#"<html><body><article>
<header><span>Kicker</span></header>
<header><h1>Real title</h1></header>
<div><div class="share"><p>Share this</p></div><h2>How it began</h2><p>Body <i>text</i><br>goes on.</p>
<!-- a comment --><div><blockquote><p>Quoted.</p></blockquote></div></div>
</article></body></html>"#;
        let p = parse(page, DocumentMeta::default()).expect("page");
        // The headline repeats the title (readability drops it from the text).
        assert_eq!(p.meta.title.as_deref(), Some("Real title"));
        assert_eq!(p.text, "How it began\n\nBody text goes on.\n\nQuoted.");
        let kinds: Vec<BlockKind> = p.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![BlockKind::Heading, BlockKind::Paragraph, BlockKind::Quote]
        );
    }

    #[test]
    fn boilerplate_classes_are_told_word_by_word() {
        for mark in [
            "share-bar",
            "sidebar-with-links",
            "site-nav",
            "comments",
            "ad-slot",
            "most-read",
            "SignUp",
        ] {
            assert!(names_boilerplate(mark), "{mark}");
        }
        for mark in [
            "canvas",
            "overflow-hidden",
            "article-content",
            "shadow",
            "header-navy",
            "loading",
            // A container beside a sidebar, or without ads.
            "Layout_withSidebar__x",
            "main-with-sidebar",
            "has-ads",
            "no-ads",
        ] {
            assert!(!names_boilerplate(mark), "{mark}");
        }
    }

    #[test]
    fn a_header_holding_the_article_prose_is_read() {
        let body = story("library");
        let page = format!(
            r#"<html><body><header><a href="/">The Daily</a><p>News for the valley</p></header>
<main><div class="grid"><header class="rich-text"><p>{body}</p><p>{body}</p></header></div></main>
</body></html>"#
        );
        let p = parse(&page, DocumentMeta::default()).expect("page");
        assert!(p.text.starts_with(body.trim()), "{}", p.text);
        assert!(!p.text.contains("News for the valley"), "{}", p.text);
        let element = Html::parse_fragment(&format!("<header><p>{body}</p></header>"));
        let header = element.select(&selector("header")).next().expect("header");
        assert!(holds_prose(&header));
        let masthead = Html::parse_fragment("<header><p>News for the valley</p></header>");
        let header = masthead.select(&selector("header")).next().expect("header");
        assert!(!holds_prose(&header));
    }

    #[test]
    fn a_container_with_a_sidebar_is_read_and_its_sidebar_dropped() {
        let page = Html::parse_document(
            r#"<html><body><div class="content main-with-sidebar">
<div class="post"><p>The ferry runs twice a day from the north pier.</p></div>
<div class="sidebar"><p>Popular this week</p></div></div>
<div class="no-ads"><p>Tickets cost four euros.</p></div></body></html>"#,
        );
        let (text, _) = walk_body(&page).expect("body");
        assert_eq!(
            text,
            "The ferry runs twice a day from the north pier.\n\nTickets cost four euros."
        );
    }

    #[test]
    fn domain_of_strips_www_and_port() {
        assert_eq!(
            domain_of("https://www.Example.com:8080/x?y").as_deref(),
            Some("example.com")
        );
        assert_eq!(domain_of("not a url"), None);
    }
}
