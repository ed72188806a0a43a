//! Which part of a page is the article: `dom_smoothie` (a port of Mozilla's
//! Readability) scores the page's blocks and returns the main content as
//! cleaned HTML, which the text walk then reads.
//!
//! Chosen by measurement (see `bench/html_extraction/README.md`): on the
//! public WCXB article pages it beats the hand-written scorer it replaced by
//! 0.09-0.14 in main-text F1 and is within the noise of trafilatura.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeData, NodeRef};
use dom_smoothie::{Config, Readability};
use ego_tree::iter::Edge;
use scraper::Html;

/// Pages nested deeper than this skip the readability pass and are read as
/// their whole body: its scoring walks ancestors and subtrees, which would
/// grow with the square of the depth, and real articles are far shallower.
pub(super) const MAX_READABLE_DEPTH: usize = 256;

/// The main content of a page as HTML, or `None` when readability finds
/// none (then the caller reads the whole body) or the page is too deep.
///
/// `page` is the same source already parsed; it is used for the depth check.
pub(super) fn article_html(source: &str, page: &Html) -> Option<String> {
    if depth(page) > MAX_READABLE_DEPTH {
        return None;
    }
    let config = Config {
        // The JSON-LD metadata is read by the caller; skip the work here.
        disable_json_ld: true,
        // The text walk drops boilerplate told by class names.
        keep_classes: true,
        ..Config::default()
    };
    let doc = Document::from(source);
    place_stream_segments(&doc);
    reveal_disclosure_panels(&doc);
    strip_overflow_utilities(&doc);
    unmask_prose_headers(&doc);
    carry_marks_to_sole_paragraphs(&doc);
    let mut readability = Readability::with_document(doc, None, Some(config)).ok()?;
    let article = readability.parse().ok()?;
    Some(article.content.to_string())
}

/// Shows the collapsed panels of accordions and FAQ lists to readability,
/// which drops hidden elements: a panel is a `role="region"` element named
/// by its heading (`aria-labelledby`: the WAI-ARIA accordion pattern), or
/// the element a toggle with `aria-expanded` says it controls
/// (`aria-controls`). Its answer is part of the page's text, shown on a
/// click. The panel loses its `hidden`, `aria-hidden` and inline style, and
/// so do hidden wrappers around it that hold nothing else
/// ([`MAX_PANEL_WRAPPERS`]).
fn reveal_disclosure_panels(doc: &Document) {
    let controlled: HashSet<String> = doc
        .select("[aria-controls][aria-expanded]")
        .nodes()
        .iter()
        .filter_map(|toggle| toggle.attr("aria-controls"))
        .flat_map(|ids| {
            ids.split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let panels = doc.select("[role=region][aria-labelledby], [id]");
    for panel in panels.nodes() {
        let named =
            panel.attr("role").as_deref() == Some("region") && panel.has_attr("aria-labelledby");
        let toggled = panel
            .attr("id")
            .is_some_and(|id| controlled.contains(id.as_ref()));
        if named || toggled {
            reveal_panel(panel);
        }
    }
    for part in doc.select("[class*=ccordion], [class*=ollaps]").nodes() {
        reveal_accordion_part(part);
    }
}

/// Words of a class that make an element part of an accordion.
const ACCORDION_WORDS: &[&str] = &["accordion", "collapse", "collapsible"];

/// Words of a class that say an accordion's part is closed.
const CLOSED_WORDS: &[&str] = &["hidden", "collapsed", "closed"];

/// Words of a class that make an element a menu, shown or not.
const MENU_WORDS: &[&str] = &["nav", "navbar", "navigation", "menu"];

/// Shows an element named as part of an accordion (`accordion-panel`,
/// `faq-collapse`), not a menu's: drops its classes that say it is closed
/// (`accordion-panel-hidden`, which readability reads as boilerplate) and
/// what hides it.
fn reveal_accordion_part(part: &NodeRef) {
    let Some(class) = part.attr("class") else {
        return;
    };
    let words: Vec<Vec<String>> = class.split_whitespace().map(super::mark_words).collect();
    let named = |list: &[&str]| words.iter().flatten().any(|w| list.contains(&w.as_str()));
    if !named(ACCORDION_WORDS) || named(MENU_WORDS) {
        return;
    }
    let kept: Vec<&str> = class
        .split_whitespace()
        .zip(&words)
        .filter(|(_, w)| !w.iter().any(|w| CLOSED_WORDS.contains(&w.as_str())))
        .map(|(c, _)| c)
        .collect();
    part.set_attr("class", &kept.join(" "));
    show(part);
}

/// Hidden wrappers this many levels around a panel are shown with it.
const MAX_PANEL_WRAPPERS: usize = 2;

/// Shows `panel` and the hidden wrappers around it that hold only it.
fn reveal_panel(panel: &NodeRef) {
    show(panel);
    let mut inner = *panel;
    for _ in 0..MAX_PANEL_WRAPPERS {
        let Some(wrapper) = inner.parent() else {
            return;
        };
        if wrapper.element_children().len() != 1 || !is_hidden(&wrapper) {
            return;
        }
        show(&wrapper);
        inner = wrapper;
    }
}

/// True when readability would drop `node` as not shown.
fn is_hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").as_deref() == Some("true")
        || node.attr("style").is_some_and(|style| {
            let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        })
}

/// Removes what hides `node`: `hidden`, `aria-hidden` and its inline style.
fn show(node: &NodeRef) {
    node.remove_attr("hidden");
    node.remove_attr("aria-hidden");
    if is_hidden(node) {
        node.remove_attr("style");
    }
}

/// Removes CSS utility classes that set overflow (`overflow-hidden`,
/// `md:overflow-y-scroll`) from the page handed to readability: its class
/// weighting reads "hidden" and "scroll" in them as boilerplate, so on
/// utility-class (Tailwind) pages it marked down or cleaned away article
/// blocks that merely clip their overflow. Nothing else reads them.
fn strip_overflow_utilities(doc: &Document) {
    for node in doc.select("[class*=overflow]").nodes() {
        let Some(class) = node.attr("class") else {
            continue;
        };
        let kept: Vec<&str> = class
            .split_whitespace()
            .filter(|c| !is_overflow_utility(c))
            .collect();
        node.set_attr("class", &kept.join(" "));
    }
}

/// Paragraphs under an element named "header" say at least this many words
/// when it holds the article's opening rather than the page's masthead.
const MIN_HEADER_PROSE_WORDS: usize = 30;

/// Takes "header" out of the class and id of elements whose paragraphs say
/// at least [`MIN_HEADER_PROSE_WORDS`] words (`<section class="story-header">`
/// holding the title and the opening paragraphs), for readability only: it
/// removes every element so named before scoring, as a page's masthead, and
/// so lost the opening of such articles. Mastheads hold menus and logos,
/// not paragraphs.
fn unmask_prose_headers(doc: &Document) {
    for node in doc.select("[class*=eader], [id*=eader]").nodes() {
        if paragraph_words(node) < MIN_HEADER_PROSE_WORDS {
            continue;
        }
        if let Some(class) = node.attr("class") {
            let kept: Vec<&str> = class
                .split_whitespace()
                .filter(|c| !names_header(c))
                .collect();
            node.set_attr("class", &kept.join(" "));
        }
        if node.attr("id").is_some_and(|id| names_header(&id)) {
            node.remove_attr("id");
        }
    }
}

/// True when a class or id says "header", as readability reads it (in any
/// case, anywhere in the name).
fn names_header(mark: &str) -> bool {
    mark.to_lowercase().contains("header")
}

/// The number of words the `<p>` elements under `node` say (up to
/// [`MIN_HEADER_PROSE_WORDS`]).
fn paragraph_words(node: &NodeRef) -> usize {
    let mut words = 0;
    for p in node.descendants_it().filter(|d| d.has_name("p")) {
        words += p.text().split_whitespace().count();
        if words >= MIN_HEADER_PROSE_WORDS {
            break;
        }
    }
    words
}

/// True for a utility class that sets overflow, with or without a
/// breakpoint or state prefix (`md:`, `hover:`).
fn is_overflow_utility(class: &str) -> bool {
    class
        .rsplit(':')
        .next()
        .is_some_and(|utility| utility.starts_with("overflow-"))
}

/// Tags that readability reads as phrasing content: a `<div>` holding only
/// these (and text) is turned into a paragraph (mirrors `dom_smoothie`'s
/// list; `a`, `del` and `ins` count when all they hold is phrasing).
const PHRASING_TAGS: &[&str] = &[
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em",
    "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object",
    "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
    "sub", "sup", "textarea", "time", "var", "wbr",
];

/// Gives a named `<div>` that readability will replace by its one paragraph
/// the div's class and id, so that the text walk still sees what the block
/// is (`<div class="post-meta">Filed in…</div>`). Readability puts the text
/// of a div holding only phrasing content into a new `<p>`, and replaces a
/// div holding one `<p>` by that `<p>`, losing the div's class and id; here
/// the text is put into its `<p>` first, and the div's marks copied onto it.
fn carry_marks_to_sole_paragraphs(doc: &Document) {
    for div in doc.select("div[class], div[id]").nodes() {
        if holds_only_phrasing(div) {
            wrap_children_in_paragraph(div);
        }
        if let Some(p) = sole_paragraph(div) {
            copy_marks(div, &p);
        }
    }
}

/// True when `node` holds text and nothing but phrasing content.
fn holds_only_phrasing(node: &NodeRef) -> bool {
    node.children_it(false).any(|c| c.is_nonempty_text())
        && node.children_it(false).all(|c| is_phrasing(&c))
}

/// True for a text node or a phrasing element ([`PHRASING_TAGS`], or a
/// link, `del` or `ins` holding only phrasing content).
fn is_phrasing(node: &NodeRef) -> bool {
    if node.is_text() {
        return true;
    }
    let Some(name) = node.node_name() else {
        return false;
    };
    if PHRASING_TAGS.contains(&name.as_ref()) {
        return true;
    }
    matches!(name.as_ref(), "a" | "del" | "ins")
        && node.first_child().is_some()
        && node.children_it(false).all(|c| is_phrasing(&c))
}

/// Moves all of `div`'s children into one new `<p>` inside it.
fn wrap_children_in_paragraph(div: &NodeRef) {
    let p = div.tree.new_element("p");
    for child in div.children() {
        p.append_child(&child);
    }
    div.append_child(&p);
}

/// The one `<p>` that is `div`'s only element child, with no text beside it.
fn sole_paragraph<'a>(div: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let children = div.element_children();
    let [p] = children.as_slice() else {
        return None;
    };
    let beside_text = div.children_it(false).any(|c| c.is_nonempty_text());
    (p.has_name("p") && !beside_text).then_some(*p)
}

/// Adds `from`'s classes to `to`'s, and gives `to` `from`'s id when it has none.
fn copy_marks(from: &NodeRef, to: &NodeRef) {
    if let Some(class) = from.class() {
        for c in class.split_whitespace() {
            to.add_class(c);
        }
    }
    if let (Some(id), false) = (from.id_attr(), to.has_attr("id")) {
        to.set_attr("id", &id);
    }
}

/// Puts the segments of a streamed page (see [`super::is_stream_segment`])
/// where the page's script would: a segment `S:n` replaces the loading
/// placeholder that follows `<template id="B:n">` up to the boundary's
/// closing comment, or the bare `<template id="P:n">` that holds the place
/// of a segment streamed later. A segment without a placeholder is shown
/// where it is.
fn place_stream_segments(doc: &Document) {
    let segments: HashMap<String, NodeRef> = doc
        .select("[hidden][id]")
        .nodes()
        .iter()
        .filter_map(|node| {
            let id = node.attr("id")?;
            super::is_stream_segment(&id).then(|| (id[2..].to_string(), *node))
        })
        .collect();
    if segments.is_empty() {
        return;
    }
    for template in doc.select("template[id]").nodes() {
        let Some(id) = template.attr("id") else {
            continue;
        };
        let (boundary, n) = match (id.strip_prefix("B:"), id.strip_prefix("P:")) {
            (Some(n), _) => (true, n),
            (None, Some(n)) => (false, n),
            (None, None) => continue,
        };
        let Some(segment) = segments.get(n) else {
            continue;
        };
        if boundary {
            remove_placeholder(template);
        }
        for child in segment.children() {
            template.insert_before(&child);
        }
        template.remove_from_parent();
        segment.remove_from_parent();
    }
    for segment in segments.values() {
        segment.remove_attr("hidden");
    }
}

/// Removes what follows a boundary's `<template>` up to its closing
/// `<!--/$-->` comment (React's loading placeholder). A page saved without
/// React's comments keeps what follows: with no closing comment, there is
/// no telling where the placeholder ends.
fn remove_placeholder(template: &NodeRef) {
    let mut placeholder = Vec::new();
    let mut next = template.next_sibling();
    while let Some(node) = next {
        if is_boundary_end(&node) {
            for node in placeholder {
                NodeRef::remove_from_parent(&node);
            }
            return;
        }
        next = node.next_sibling();
        placeholder.push(node);
    }
}

/// True for the `<!--/$-->` comment that closes a streamed boundary.
fn is_boundary_end(node: &NodeRef) -> bool {
    node.query_or(
        false,
        |n| matches!(&n.data, NodeData::Comment { contents } if contents.trim() == "/$"),
    )
}

/// The deepest nesting of elements in the page, counted in one pass.
fn depth(page: &Html) -> usize {
    let (mut open, mut deepest) = (0usize, 0usize);
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) if node.value().is_element() => {
                open += 1;
                deepest = deepest.max(open);
            }
            Edge::Close(node) if node.value().is_element() => open -= 1,
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_utilities_are_told() {
        for class in [
            "overflow-hidden",
            "md:overflow-x-hidden",
            "overflow-y-scroll",
        ] {
            assert!(is_overflow_utility(class), "{class}");
        }
        for class in [
            "hidden",
            "overflow",
            "no-overflow-hidden",
            "visually-hidden",
        ] {
            assert!(!is_overflow_utility(class), "{class}");
        }
    }

    #[test]
    fn article_blocks_that_clip_their_overflow_are_kept() {
        let para = "The ferry board met on Tuesday to weigh a plan for the north pier, which has stood empty since the storms of last winter. ".repeat(3);
        let page = format!(
            r#"<html><body><main><div class="prose">
<p>{para}</p><p>{para}</p><p>{para}</p>
<div class="overflow-hidden rounded"><h3>The cost</h3><p>It costs four million euros.</p></div>
</div></main></body></html>"#
        );
        let doc = Document::from(page.as_str());
        strip_overflow_utilities(&doc);
        assert_eq!(doc.select("[class*=overflow]").length(), 0);
        assert_eq!(doc.select(".rounded").length(), 1);
        let html = article_html(&page, &Html::parse_document(&page)).expect("article");
        assert!(html.contains("four million euros"), "{html}");
    }

    #[test]
    fn collapsed_accordion_panels_are_read() {
        let para = "The harbour office answers questions from boat owners about moorings, fees and the winter lift-out schedule. ".repeat(3);
        let page = format!(
            r#"<html><body><main><article><h1>Moorings</h1><p>{para}</p><p>{para}</p>
<h2>Questions</h2>
<h3><button aria-expanded="false" aria-controls="answer-1">When is the lift-out?</button></h3>
<div id="answer-1" hidden><p>The winter lift-out starts in the first week of November and lasts ten days.</p></div>
<h3><button id="q2">Can I stay aboard?</button></h3>
<div role="region" aria-labelledby="q2" style="display: none"><p>Owners may stay aboard in summer but not during the winter months.</p></div>
<div style="display:none"><div role="region" aria-labelledby="q3"><p>Visitors pay the daily fee at the office by the fuel dock.</p></div></div>
<div hidden><p>Sign in to see your invoices</p></div>
</article></main></body></html>"#
        );
        let html = article_html(&page, &Html::parse_document(&page)).expect("article");
        assert!(html.contains("first week of November"), "{html}");
        assert!(html.contains("not during the winter"), "{html}");
        assert!(html.contains("by the fuel dock"), "{html}");
        assert!(!html.contains("invoices"), "{html}");
    }

    #[test]
    fn closed_accordion_parts_named_by_class_are_read() {
        let para = "The allotment society lets plots by the year and keeps a waiting list for new members from the parish. ".repeat(3);
        let page = format!(
            r#"<html><body><main><article><h1>Plots</h1><p>{para}</p><p>{para}</p>
<div class="faq-accordion"><div class="accordion-item"><p class="accordion-title">What does a plot cost?</p>
<div class="accordion-body accordion-body--hidden" style="display:none"><p>A full plot costs forty pounds a year, a half plot twenty-five.</p></div>
<div class="AccordionItem_hiddenAnswer"><p>Water is included in the rent for every plot holder.</p></div></div></div>
<div class="navbar-collapse collapse" style="display:none"><p>Home Plots Contact</p></div>
</article></main></body></html>"#
        );
        let html = article_html(&page, &Html::parse_document(&page)).expect("article");
        assert!(html.contains("forty pounds"), "{html}");
        assert!(html.contains("Water is included"), "{html}");
        assert!(!html.contains("Home Plots Contact"), "{html}");
        assert_eq!(
            super::super::mark_words("QaItem_hiddenAnswer"),
            ["qa", "item", "hidden", "answer"]
        );
    }

    #[test]
    fn an_opening_in_an_element_named_header_is_read() {
        let lead = "The county library opened its new reading room on Saturday, with shelves for four thousand books and a corner for children. ".repeat(3);
        let para = "Volunteers spent the winter moving the collection from the old building, which had no heating in the upper rooms. ".repeat(3);
        let page = format!(
            r#"<html><body><div class="site-header"><a href="/">Library</a> <a href="/events">Events</a></div>
<main><div class="story"><section class="story-header"><h1>A new reading room</h1><p>{lead}</p></section>
<p>{para}</p><p>{para}</p><p>{para}</p></div></main></body></html>"#
        );
        let doc = Document::from(page.as_str());
        unmask_prose_headers(&doc);
        assert_eq!(doc.select(".story-header").length(), 0);
        assert_eq!(doc.select(".site-header").length(), 1);
        let html = article_html(&page, &Html::parse_document(&page)).expect("article");
        assert!(html.contains("four thousand books"), "{html}");
        assert!(html.contains("no heating"), "{html}");
        assert!(!html.contains("Events"), "{html}");
        assert!(names_header("pageHeader") && names_header("HEADER"));
        assert!(!names_header("head") && !names_header("leader-board"));
    }

    #[test]
    fn depth_counts_nested_elements() {
        let page = Html::parse_document("<html><body><div><p>x</p></div></body></html>");
        // html > body > div > p
        assert_eq!(depth(&page), 4);
    }
}
