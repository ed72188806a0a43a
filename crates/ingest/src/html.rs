//! HTML pages (`.html`, `.htm`): metadata plus main-content extraction.
//!
//! The page is parsed with `scraper` (html5ever). Metadata comes from the
//! usual places (`<title>`, Open Graph, `<link rel=canonical>`, article
//! meta tags, JSON-LD `datePublished`, `<time datetime>`). The main content is
//! the `<article>` (or `<main>`) with the most paragraph text, else the element
//! whose direct `<p>` children hold the most text; inside it, navigation,
//! scripts, footers, asides, forms, figures and elements whose class or id
//! names boilerplate (menus, share bars, related links, newsletters,
//! comments…) are dropped.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Node, Selector};

use super::blocks::TextBuilder;
use super::published::parse_published;
use super::Parsed;
use factsift_core::document::{BlockKind, DocumentMeta};

/// Tags whose whole subtree is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button",
    "figure", "template", "select", "textarea", "input", "video", "audio", "canvas", "object",
    "menu", "dialog", "head",
];

/// Class or id fragments that mark boilerplate containers.
const BOILERPLATE: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "sidebar",
    "comment",
    "share",
    "social",
    "related",
    "newsletter",
    "cookie",
    "advert",
    "promo",
    "subscribe",
    "breadcrumb",
    "popup",
    "modal",
    "banner",
    "masthead",
    "signup",
    "paywall",
    "toolbar",
    "recommend",
    "most-read",
    "trending",
];

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
static CONTAINERS: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"article, main, [role="main"]"#));
static PARAGRAPHS: LazyLock<Selector> = LazyLock::new(|| selector("p"));
static BODY: LazyLock<Selector> = LazyLock::new(|| selector("body"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));

/// Parses an HTML page into text, blocks and metadata.
///
/// Returns an error when the page has no readable body text.
pub fn parse(source: &str, meta: DocumentMeta) -> Result<Parsed, String> {
    let page = Html::parse_document(source);
    let mut meta = DocumentMeta {
        format: "html",
        ..meta
    };
    read_metadata(&page, &mut meta);
    let root = main_content(&page).ok_or("HTML page has no body content")?;
    let mut out = TextBuilder::new();
    walk(root, BlockKind::Paragraph, &mut out);
    let (text, blocks) = out.finish();
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

fn is_skipped(el: &ElementRef) -> bool {
    let v = el.value();
    let name = v.name();
    if SKIP_TAGS.contains(&name) {
        return true;
    }
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    if name == "header" && el.select(&H1).next().is_none() {
        return true;
    }
    let marks = v.id().into_iter().chain(v.classes());
    for mark in marks {
        let mark = mark.to_ascii_lowercase();
        if BOILERPLATE.iter().any(|b| mark.contains(b)) {
            return true;
        }
    }
    matches!(
        v.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary")
    )
}

/// Text length of the `<p>` elements under `el` that are not boilerplate.
fn paragraph_text_len(el: ElementRef) -> usize {
    el.select(&PARAGRAPHS)
        .filter(|p| {
            !p.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| is_skipped(&a))
        })
        .map(|p| p.text().map(str::len).sum::<usize>())
        .sum()
}

fn main_content(page: &Html) -> Option<ElementRef<'_>> {
    let body = page.select(&BODY).next()?;
    if let Some(best) = page
        .select(&CONTAINERS)
        .map(|c| (paragraph_text_len(c), c))
        .filter(|(len, _)| *len > 0)
        .max_by_key(|(len, _)| *len)
    {
        return Some(best.1);
    }
    // No semantic container: the parent whose direct <p> children hold the most text.
    let mut best: Option<(usize, ElementRef)> = None;
    for p in body.select(&PARAGRAPHS) {
        let Some(parent) = p.parent().and_then(ElementRef::wrap) else {
            continue;
        };
        let len: usize = parent
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| c.value().name() == "p")
            .map(|c| c.text().map(str::len).sum::<usize>())
            .sum();
        if best.is_none_or(|(l, _)| len > l) {
            best = Some((len, parent));
        }
    }
    match best {
        Some((len, el)) if len > 0 => Some(el),
        _ => Some(body),
    }
}

fn walk(el: ElementRef, kind: BlockKind, out: &mut TextBuilder) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_inline(t, kind),
            Node::Element(e) => {
                let Some(child_el) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_skipped(&child_el) {
                    continue;
                }
                let name = e.name();
                if !BLOCK_TAGS.contains(&name) {
                    walk(child_el, kind, out);
                    continue;
                }
                let inner = match name {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                    "blockquote" => BlockKind::Quote,
                    "li" | "dd" | "dt" => BlockKind::ListItem,
                    "p" if kind != BlockKind::Paragraph => kind,
                    "br" => {
                        out.push_inline(" ", kind);
                        continue;
                    }
                    _ => kind,
                };
                out.close();
                out.open(inner);
                walk(child_el, inner, out);
                out.close();
                out.open(kind);
            }
            _ => {}
        }
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
            "Deal signed\n\nThe president agreed to the deal on Monday.\n\nIt costs $6 million.\n\n“We are proud,” he said.\n\nFirst point\n\nSecond point"
        );
        let kinds: Vec<BlockKind> = p.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
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

    #[test]
    fn domain_of_strips_www_and_port() {
        assert_eq!(
            domain_of("https://www.Example.com:8080/x?y").as_deref(),
            Some("example.com")
        );
        assert_eq!(domain_of("not a url"), None);
    }
}
