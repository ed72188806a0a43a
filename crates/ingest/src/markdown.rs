//! Markdown input (`.md`): markup removed, headings kept as heading blocks.
//!
//! A YAML-style front matter block (`---` … `---`) at the top is read for
//! `title`, `source`, `url`, `published`/`date` and `id`.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::blocks::TextBuilder;
use super::published::parse_published;
use super::Parsed;
use factsift_core::document::{BlockKind, DocumentMeta};

/// Renders Markdown to plain text with layout blocks.
pub fn parse(source: &str, meta: DocumentMeta) -> Parsed {
    let (front, body) = split_front_matter(source);
    let mut meta = DocumentMeta {
        format: "md",
        ..meta
    };
    for (key, value) in front {
        apply_front_matter(&mut meta, &key, value);
    }
    let mut out = TextBuilder::new();
    // Containers the current text sits in (block quote, list item).
    let mut containers: Vec<BlockKind> = Vec::new();
    // Depth of elements whose text is dropped (code blocks, images, raw HTML blocks).
    let mut skip = 0usize;
    let mut first_heading: Option<String> = None;
    let mut heading_text = String::new();
    let mut in_heading = false;
    for event in Parser::new(body) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { .. } => {
                    out.open(BlockKind::Heading);
                    in_heading = true;
                    heading_text.clear();
                }
                Tag::Paragraph => {
                    out.open(containers.last().copied().unwrap_or(BlockKind::Paragraph))
                }
                Tag::BlockQuote(_) => {
                    out.close();
                    containers.push(BlockKind::Quote);
                }
                Tag::Item => {
                    out.close();
                    containers.push(BlockKind::ListItem);
                }
                Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                    skip += 1
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    out.close();
                    in_heading = false;
                    if first_heading.is_none() && !heading_text.trim().is_empty() {
                        first_heading = Some(heading_text.trim().to_string());
                    }
                }
                TagEnd::Paragraph => out.close(),
                TagEnd::BlockQuote(_) | TagEnd::Item => {
                    out.close();
                    containers.pop();
                }
                TagEnd::CodeBlock
                | TagEnd::Image
                | TagEnd::HtmlBlock
                | TagEnd::MetadataBlock(_) => skip = skip.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) | Event::Code(t) if skip == 0 => {
                let kind = containers.last().copied().unwrap_or(BlockKind::Paragraph);
                out.push_inline(&t, kind);
                if in_heading {
                    heading_text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak if skip == 0 => {
                out.push_inline(" ", BlockKind::Paragraph)
            }
            _ => {}
        }
    }
    if meta.title.is_none() {
        meta.title = first_heading;
    }
    let (text, blocks) = out.finish();
    Parsed { text, blocks, meta }
}

fn split_front_matter(source: &str) -> (Vec<(String, String)>, &str) {
    let Some(rest) = source.strip_prefix("---\n") else {
        return (Vec::new(), source);
    };
    let Some(end) = rest.find("\n---") else {
        return (Vec::new(), source);
    };
    let header = &rest[..end];
    let after = &rest[end + 4..];
    let body = after.strip_prefix('\n').unwrap_or(after);
    let pairs = header
        .lines()
        .filter_map(|line| {
            let (k, v) = line.split_once(':')?;
            let v = v.trim().trim_matches(|c| c == '"' || c == '\'');
            Some((k.trim().to_ascii_lowercase(), v.to_string()))
        })
        .collect();
    (pairs, body)
}

fn apply_front_matter(meta: &mut DocumentMeta, key: &str, value: String) {
    if value.is_empty() {
        return;
    }
    match key {
        "title" => meta.title = Some(value),
        "source" | "outlet" | "site" | "site_name" => meta.source = Some(value),
        "url" | "canonical" | "canonical_url" => meta.url = Some(value),
        "published" | "date" | "published_at" => meta.published = parse_published(&value),
        "id" => meta.external_id = value,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> Parsed {
        parse(s, DocumentMeta::default())
    }

    #[test]
    fn removes_markup_and_keeps_headings() {
        let p = parse_str(
            "# The Title\n\nSome *bold* text with a [link](http://x.org).\n\n## Part two\n\n- one item\n- two\n\n> Quoted words.\n\n```\ncode();\n```\n",
        );
        assert_eq!(
            p.text,
            "The Title\n\nSome bold text with a link.\n\nPart two\n\none item\n\ntwo\n\nQuoted words."
        );
        let kinds: Vec<BlockKind> = p.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Quote
            ]
        );
        assert_eq!(p.meta.title.as_deref(), Some("The Title"));
        for b in &p.blocks {
            assert!(!p.text[b.span.start..b.span.end].contains("\n\n"));
        }
    }

    #[test]
    fn reads_front_matter() {
        let p = parse_str(
            "---\ntitle: \"Deal\"\nsource: The Daily\ndate: 2025-04-02\n---\nBody text.\n",
        );
        assert_eq!(p.meta.title.as_deref(), Some("Deal"));
        assert_eq!(p.meta.source.as_deref(), Some("The Daily"));
        assert_eq!(
            p.meta.published.map(|d| d.to_string()).as_deref(),
            Some("2025-04-02")
        );
        assert_eq!(p.text, "Body text.");
    }
}
