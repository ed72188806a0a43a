//! Articles split over sibling blocks: readability keeps the one block that
//! scores best, but many page builders put each stretch of an article in a
//! module of its own (`<div class="module">` after `<div class="module">`),
//! so the choice holds one stretch and the rest is lost. The paragraphs of
//! the choice are found in the page, and the container a few levels above
//! them is read instead when it holds a good share more body paragraphs.

use std::collections::HashSet;
use std::sync::LazyLock;

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Selector};

use super::{collapse, selector, skipped_elements};

static PARAGRAPH: LazyLock<Selector> = LazyLock::new(|| selector("p"));

/// A paragraph is body text when it has at least this many bytes...
const MIN_PARAGRAPH_BYTES: usize = 80;

/// ...and at most this share of them (in percent) is link text.
const MAX_LINK_PERCENT: usize = 30;

/// A paragraph is found among the chosen text's lines by this many leading
/// characters.
const PROBE_CHARS: usize = 60;

/// A paragraph left out of the choice counts only when it has at least this
/// many bytes (teasers and sign-up lines are shorter).
const MIN_EXTRA_BYTES: usize = 150;

/// The chosen text must hold at least this many of the page's body
/// paragraphs for its place in the page to be known.
const MIN_FOUND: usize = 2;

/// A container is read instead of the choice when its body paragraphs left
/// out of the choice say at least this share (percent) of those in it.
const MIN_EXTRA_PERCENT: usize = 50;

/// Containers are looked for at most this many branching levels above the
/// lowest element holding all the chosen paragraphs (a wrapper around a
/// single element is not a level).
const MAX_LEVELS: usize = 4;

/// One body paragraph of the page: its bytes, its ancestors (nearest
/// first) and whether the chosen text holds it.
struct Paragraph {
    bytes: usize,
    ancestors: Vec<NodeId>,
    chosen: bool,
}

/// The element to read instead of readability's `chosen` text, when the
/// article goes on in blocks beside the ones it kept: the lowest container
/// of the chosen paragraphs that holds enough more; `None` when the choice
/// is whole or its place in the page is not known.
pub(super) fn wider_container<'a>(page: &'a Html, chosen: &str) -> Option<ElementRef<'a>> {
    let paragraphs = body_paragraphs(page, chosen);
    if !paragraphs
        .iter()
        .any(|p| !p.chosen && p.bytes >= MIN_EXTRA_BYTES)
    {
        return None;
    }
    let lowest = lowest_common_ancestor(paragraphs.iter().filter(|p| p.chosen))?;
    let mut container = ElementRef::wrap(page.tree.get(lowest)?)?;
    let skipped = skipped_elements(page.tree.root(), true);
    let mut levels = 0;
    while levels < MAX_LEVELS && !matches!(container.value().name(), "body" | "html") {
        if says_more(page, container, &paragraphs, &skipped) {
            return Some(container);
        }
        let parent = container.parent().and_then(ElementRef::wrap)?;
        // A wrapper around one element adds nothing to weigh.
        if parent.children().filter(|c| c.value().is_element()).count() > 1 {
            levels += 1;
        }
        container = parent;
    }
    None
}

/// The page's body paragraphs, each marked by whether `chosen` holds it.
fn body_paragraphs(page: &Html, chosen: &str) -> Vec<Paragraph> {
    let chosen_lines: HashSet<String> = chosen.lines().map(probe).collect();
    page.select(&PARAGRAPH)
        .filter_map(|p| {
            let text = collapse(&p.text().collect::<String>());
            let bytes = text.len();
            if bytes < MIN_PARAGRAPH_BYTES || link_bytes(p) * 100 > MAX_LINK_PERCENT * bytes {
                return None;
            }
            Some(Paragraph {
                bytes,
                ancestors: p.ancestors().map(|a| a.id()).collect(),
                chosen: chosen_lines.contains(&probe(&text)),
            })
        })
        .collect()
}

/// True when a paragraph left out of the choice, with `between` its
/// ancestors below the container, is not the article's: it sits in a
/// boilerplate block, a link (a story card) or an `<article>` of its own
/// (a teaser of another story).
fn is_teaser(page: &Html, between: &[NodeId], skipped: &HashSet<NodeId>) -> bool {
    between.iter().any(|id| {
        skipped.contains(id)
            || page
                .tree
                .get(*id)
                .and_then(ElementRef::wrap)
                .is_some_and(|el| matches!(el.value().name(), "a" | "article"))
    })
}

/// The leading characters a paragraph is known by.
fn probe(text: &str) -> String {
    text.trim().chars().take(PROBE_CHARS).collect()
}

/// The bytes of an element's text inside links.
fn link_bytes(el: ElementRef) -> usize {
    el.descendants()
        .filter_map(ElementRef::wrap)
        .filter(|d| d.value().name() == "a")
        .map(|a| collapse(&a.text().collect::<String>()).len())
        .sum()
}

/// The lowest element above all the `found` paragraphs; `None` when fewer
/// than [`MIN_FOUND`] were found.
fn lowest_common_ancestor<'p>(found: impl Iterator<Item = &'p Paragraph>) -> Option<NodeId> {
    let mut common: Option<Vec<NodeId>> = None;
    let mut count = 0;
    for p in found {
        count += 1;
        // Ancestors from the root down, so that the common part is a prefix.
        let path: Vec<NodeId> = p.ancestors.iter().rev().copied().collect();
        common = Some(match common {
            None => path,
            Some(c) => c
                .into_iter()
                .zip(path)
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    (count >= MIN_FOUND).then_some(())?;
    common?.last().copied()
}

/// True when the body paragraphs under `container` that the choice left
/// out (boilerplate and teasers aside, see [`is_teaser`]) say enough beside
/// those it kept.
fn says_more(
    page: &Html,
    container: ElementRef,
    paragraphs: &[Paragraph],
    skipped: &HashSet<NodeId>,
) -> bool {
    let (mut kept, mut extra) = (0, 0);
    for p in paragraphs {
        let Some(at) = p.ancestors.iter().position(|&a| a == container.id()) else {
            continue;
        };
        if p.chosen {
            kept += p.bytes;
        } else if p.bytes >= MIN_EXTRA_BYTES && !is_teaser(page, &p.ancestors[..at], skipped) {
            extra += p.bytes;
        }
    }
    kept > 0 && extra * 100 >= MIN_EXTRA_PERCENT * kept
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use factsift_core::document::DocumentMeta;

    /// Three stretches of one article, each in its own nested page-builder
    /// module, so that readability's top block holds only one of them.
    const STRETCHES: [[&str; 3]; 3] = [
        [
            "The harbour board met on Tuesday evening to weigh the plan for a new ferry landing at the north pier, which has stood empty since the storms.",
            "Members heard from the engineers who surveyed the pier last spring, and from the fishing crews who still tie up along its southern side each morning.",
            "The survey found the old pilings sound below the waterline, though the deck above them would need to be replaced before any passengers could board.",
        ],
        [
            "Several residents spoke against the plan, saying that the extra traffic on the coast road would make the school crossing less safe for their children.",
            "Others argued that a ferry would take cars off that same road, since many commuters now drive the long way round the bay to reach the town centre.",
            "The board asked the council's traffic office to count the vehicles on the coast road over the summer and to report back before the autumn meeting.",
        ],
        [
            "Funding remains the largest question, as the regional grant that paid for the survey does not cover building work of any kind on the pier itself.",
            "The chair said the board would apply to the national coastal fund in January, and that a decision on the landing could follow by the end of spring.",
            "Until then the north pier stays closed to the public, and the fishing crews will keep their moorings on the southern side where the deck is sound.",
        ],
    ];

    fn module(paragraphs: &[&str]) -> String {
        let body: String = paragraphs
            .iter()
            .map(|p| format!("<p>{p} The minutes are kept at the harbour office.</p>"))
            .collect();
        format!(
            r#"<div class="row"><div class="column"><div class="module"><div class="inner"><span class="module-body">{body}</span></div></div></div></div>"#
        )
    }

    /// The article's paragraphs in a long first module and two short ones.
    fn page(extra: &str) -> String {
        let all = STRETCHES.concat();
        let modules: String = [&all[..5], &all[5..7], &all[7..]]
            .iter()
            .map(|m| module(m))
            .collect();
        format!(
            r#"<html><head><title>Ferry landing</title></head><body>
<nav><a href="/">Home</a></nav><main><div class="layout"><h1>Harbour board weighs ferry landing</h1>{modules}</div>{extra}</main>
<footer>Contact the newsroom</footer></body></html>"#
        )
    }

    #[test]
    fn reads_every_module_of_an_article_split_over_siblings() {
        let text = parse(&page(""), DocumentMeta::default())
            .expect("page")
            .text;
        for stretch in STRETCHES {
            for paragraph in stretch {
                assert!(
                    text.contains(paragraph),
                    "missing {paragraph:?} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn does_not_widen_to_teasers_beside_a_whole_article() {
        let teaser = "A long excerpt of another story about the lighthouse keepers who retired this year after four decades of tending the lamp on the outer rocks of the bay.";
        let article = module(&STRETCHES.concat());
        for card in [
            format!(
                r#"<article class="card"><h3>Lighthouse keepers retire</h3><p>{teaser}</p></article>"#
            ),
            format!(
                r#"<a class="card" href="/lighthouse"><h3>Lighthouse keepers retire</h3><p>{teaser}</p></a>"#
            ),
        ] {
            let cards = module(&[]).replace("</span>", &format!("{}</span>", card.repeat(8)));
            let html = format!(
                r#"<html><body><main><div class="layout"><h1>Harbour board weighs ferry landing</h1>{article}<div class="more">{cards}</div></div></main></body></html>"#
            );
            let text = parse(&html, DocumentMeta::default()).expect("page").text;
            assert!(text.contains(STRETCHES[2][2]), "{text:?}");
            assert!(
                !text.contains("lighthouse keepers who retired"),
                "{card}: {text:?}"
            );
        }
    }
}
