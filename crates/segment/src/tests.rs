//! End-to-end tests of [`segment`]: paragraphs, kinds, blocks, bad input
//! and the seed article.

use super::*;
use factsift_core::document::BlockKind;

/// Checks the promises of [`segment`] and returns the sentences as text
/// with their kinds.
fn run(text: &str, lang: Language, blocks: &[Block]) -> Vec<(String, SentenceKind)> {
    let got = segment(text, lang, blocks);
    let mut prev_end = 0;
    for s in &got {
        assert!(s.span.start < s.span.end, "empty span {:?}", s.span);
        assert!(
            s.span.start >= prev_end,
            "overlap or disorder at {:?}",
            s.span
        );
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        let t = &text[s.span.start..s.span.end];
        assert_eq!(t, t.trim(), "span not trimmed: {t:?}");
        prev_end = s.span.end;
    }
    got.iter()
        .map(|s| (text[s.span.start..s.span.end].to_string(), s.kind))
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    run(text, Language::En, &[])
        .into_iter()
        .map(|(t, _)| t)
        .collect()
}

#[test]
fn empty_and_blank_text() {
    assert!(run("", Language::En, &[]).is_empty());
    assert!(run(" \n\n\t \r\n ", Language::Unknown, &[]).is_empty());
}

#[test]
fn a_paragraph_break_always_ends_a_sentence() {
    assert_eq!(
        texts("It rose by\n\n5 percent and Mr.\nSmith left"),
        ["It rose by", "5 percent and Mr.", "Smith left"]
    );
}

#[test]
fn headings_stand_alone_as_paragraphs() {
    let text = "The Illusion of Security\nThe trend is growing. It is new.\nwarns that\n";
    let got = run(text, Language::En, &[]);
    assert_eq!(
        got[0],
        ("The Illusion of Security".into(), SentenceKind::Heading)
    );
    assert_eq!(got[1].1, SentenceKind::Body);
    assert_eq!(got[3], ("warns that".into(), SentenceKind::Body));
    assert_eq!(got.len(), 4);
}

#[test]
fn a_quoted_paragraph_after_a_colon_is_quote() {
    let text = "Maihold, a professor, warns:\n\u{201C}Prisons fail. They cost a lot.\u{201D}\nThe end came.";
    let got = run(text, Language::En, &[]);
    assert_eq!(got.len(), 4);
    assert_eq!(got[0].1, SentenceKind::Body);
    assert_eq!(
        got[1],
        ("\u{201C}Prisons fail.".into(), SentenceKind::Quote)
    );
    assert_eq!(
        got[2],
        ("They cost a lot.\u{201D}".into(), SentenceKind::Quote)
    );
    assert_eq!(got[3].1, SentenceKind::Body);
}

#[test]
fn a_quotation_of_several_paragraphs_is_quote() {
    let text = "The minister said:\n\u{201C}We will build it. It is late.\n\u{201C}We owe it to El Salvador\u{2019}s people.\u{201D}\nThen she left.";
    let kinds: Vec<SentenceKind> = run(text, Language::En, &[])
        .into_iter()
        .map(|s| s.1)
        .collect();
    assert_eq!(
        kinds,
        [
            SentenceKind::Body,
            SentenceKind::Quote,
            SentenceKind::Quote,
            SentenceKind::Quote,
            SentenceKind::Body
        ]
    );
    // Without the colon an unclosed opening quote is body text.
    let text = "\u{201C}We will build it,\nsaid the minister.";
    assert!(run(text, Language::En, &[])
        .iter()
        .all(|s| s.1 == SentenceKind::Body));
}

#[test]
fn a_quote_with_attribution_is_body() {
    let text = "\"We won,\" she said, \"and we are proud.\"";
    let got = run(text, Language::En, &[]);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, SentenceKind::Body);
}

#[test]
fn list_lines_are_list_items() {
    let text = "Steps:\n1. Open it.\n2) Close it. Lock it.\n\u{2022} Leave\n- Return";
    let got = run(text, Language::En, &[]);
    let kinds: Vec<SentenceKind> = got.iter().map(|s| s.1).collect();
    assert_eq!(
        kinds,
        [
            SentenceKind::Body,
            SentenceKind::ListItem,
            SentenceKind::ListItem,
            SentenceKind::ListItem,
            SentenceKind::ListItem,
            SentenceKind::ListItem
        ]
    );
}

#[test]
fn hard_wrapped_text_joins_single_newlines() {
    let text = "A Wrapped Story\n\n\
                The mayor of the city said on Monday that the new bridge\n\
                would open in May. Engineers from the U.S. Army Corps\n\
                inspected it twice and found no problems with the deck.\n\
                \n\
                Residents were less sure. Many of them had waited for the\n\
                bridge for more than ten years and doubted the schedule\n\
                would hold this time.\n";
    let got = texts(text);
    assert_eq!(got.len(), 5, "{got:?}");
    assert_eq!(got[0], "A Wrapped Story");
    assert!(got[1].starts_with("The mayor") && got[1].ends_with("in May."));
    assert!(got[2].contains("U.S. Army Corps\ninspected"));
    assert!(got[4].starts_with("Many of them") && got[4].ends_with("this time."));
}

#[test]
fn hard_wrapped_paragraphs_end_at_short_lines_and_lists() {
    let text = "The council met on Monday evening to debate the budget for\n\
                the coming year, and the debate ran well past midnight. Most\n\
                members wanted to cut the road budget and spend the money on\n\
                the schools instead.\n\
                The vote was close.\n\
                Items agreed:\n\
                - a new library\n\
                - two more buses\n";
    let got = run(text, Language::En, &[]);
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts.len(), 6, "{texts:?}");
    assert!(texts[0].ends_with("past midnight.") && texts[0].contains("for\nthe coming"));
    assert!(texts[1].starts_with("Most") && texts[1].ends_with("instead."));
    assert_eq!(texts[2], "The vote was close.");
    assert_eq!(texts[3], "Items agreed:");
    assert_eq!(
        got[4],
        ("- a new library".to_string(), SentenceKind::ListItem)
    );
    assert_eq!(got[5].1, SentenceKind::ListItem);
}

#[test]
fn one_paragraph_per_line_is_not_hard_wrapped() {
    let text = "First paragraph here. It ends.\nSecond one follows.\n\nThird after a gap.\nFourth.";
    assert_eq!(
        texts(text),
        [
            "First paragraph here.",
            "It ends.",
            "Second one follows.",
            "Third after a gap.",
            "Fourth."
        ]
    );
}

#[test]
fn blocks_give_kinds_and_limits() {
    let text = "Big News\nMr. Smith spoke. He left.\nA quoted line. Another.\n- item one";
    let lines = [
        "Big News",
        "Mr. Smith spoke. He left.",
        "A quoted line. Another.",
        "- item one",
    ];
    let spans: Vec<(usize, usize)> = lines
        .iter()
        .filter_map(|l| text.find(l).map(|s| (s, s + l.len())))
        .collect();
    assert_eq!(spans.len(), 4);
    let kinds = [
        BlockKind::Heading,
        BlockKind::Paragraph,
        BlockKind::Quote,
        BlockKind::ListItem,
    ];
    let blocks: Vec<Block> = spans
        .iter()
        .zip(kinds)
        .map(|(&(s, e), kind)| Block {
            span: Span::new(s, e),
            kind,
        })
        .collect();
    let got = run(text, Language::En, &blocks);
    assert_eq!(
        got,
        [
            ("Big News".to_string(), SentenceKind::Heading),
            ("Mr. Smith spoke.".to_string(), SentenceKind::Body),
            ("He left.".to_string(), SentenceKind::Body),
            ("A quoted line.".to_string(), SentenceKind::Quote),
            ("Another.".to_string(), SentenceKind::Quote),
            ("- item one".to_string(), SentenceKind::ListItem),
        ]
    );
}

#[test]
fn bad_blocks_do_not_panic() {
    let text = "Ünïcödé text. More text.";
    let blocks = [
        Block {
            span: Span::new(1, 2),
            kind: BlockKind::Paragraph,
        },
        Block {
            span: Span::new(0, 500),
            kind: BlockKind::Paragraph,
        },
        Block {
            span: Span::new(3, 10),
            kind: BlockKind::Heading,
        },
    ];
    let got = run(text, Language::En, &blocks);
    assert!(!got.is_empty());
}

#[test]
fn spanish_openers_and_abbreviations() {
    let text = "¿Cómo está hoy, Sra. Pérez? ¡Muy bien! El Dr. Naser llegó a las 5 p.m. de ayer.";
    let got: Vec<String> = run(text, Language::Es, &[])
        .into_iter()
        .map(|s| s.0)
        .collect();
    assert_eq!(
        got,
        [
            "¿Cómo está hoy, Sra. Pérez?",
            "¡Muy bien!",
            "El Dr. Naser llegó a las 5 p.m. de ayer."
        ]
    );
}

#[test]
fn a_megabyte_line_without_punctuation() {
    let text = "word ".repeat(200_000);
    let got = run(&text, Language::En, &[]);
    assert_eq!(got.len(), 1);
    let dots = "a.b.c.d".repeat(150_000);
    assert_eq!(run(&dots, Language::En, &[]).len(), 1);
    let many = "x. ".repeat(300_000);
    assert!(!run(&many, Language::En, &[]).is_empty());
    // Repeated abbreviations, initials, bullets and marks: linear time.
    for unit in [
        "A. ",
        "Mr. ",
        "U.S. ",
        "\u{2022} ",
        "1) ",
        "!!! ",
        ". . . ",
        "(((( ",
    ] {
        let text = unit.repeat(1_000_000 / unit.len());
        let got = run(&text, Language::Es, &[]);
        assert!(!got.is_empty(), "{unit:?}");
    }
    assert_eq!(run(&"A. ".repeat(300_000), Language::En, &[]).len(), 1);
}

#[test]
fn multibyte_characters_everywhere() {
    let text = "Ça va… Ünïcödé. «Ñandú» — ¿qué? 日本語。\u{00A0}Fin!\u{2028}Ελληνικά. ’”.";
    let got = run(text, Language::Es, &[]);
    assert!(got.len() >= 3, "{got:?}");
    for (i, _) in text.char_indices() {
        let _ = run(&text[i..], Language::En, &[]);
    }
}

/// Structural facts about the seed article, when the shared data is there.
#[test]
fn seed_article_structure() {
    let Some((_, text)) = factsift_testdata::seed() else {
        eprintln!("seed article not found under ../shared; skipped");
        return;
    };
    let got = run(&text, Language::En, &[]);
    let find = |needle: &str| {
        got.iter()
            .find(|(t, _)| t.contains(needle))
            .unwrap_or_else(|| panic!("no sentence contains {needle:?}"))
    };
    // Headings: lines without final punctuation standing alone.
    for h in [
        "From Crackdown to Export Model",
        "Authoritarianism as a Business Model",
        "Turning El Salvador into a Prison Land",
        "The Illusion of Security",
    ] {
        assert_eq!(find(h), &(h.to_string(), SentenceKind::Heading));
    }
    // The quoted paragraph after "warns:" is four quote sentences.
    let quotes: Vec<&String> = got
        .iter()
        .filter(|(_, k)| *k == SentenceKind::Quote)
        .map(|(t, _)| t)
        .collect();
    assert_eq!(quotes.len(), 4, "{quotes:?}");
    assert!(quotes[0].starts_with('\u{201C}') && quotes[3].ends_with('\u{201D}'));
    assert!(find("warns:").0.ends_with("warns:"));
    // Decimals and currency stay inside their sentences.
    assert!(find("US$6 million").0.ends_with("US$6 million."));
    assert!(find("1.9 per 100,000").0.starts_with("El Salvador"));
    assert!(find("85.2 percent").0.ends_with("LPG Datos."));
    // A quotation closing a line is one sentence with its introduction.
    let doj = find("has reported:");
    assert!(doj.0.ends_with("noticing.\u{201D}"));
    // Parenthesised abbreviations end sentences where they should.
    assert!(find("(CECOT).").0.ends_with("(CECOT)."));

    // The same article hard-wrapped at 72 columns, paragraphs separated by
    // blank lines, gives the same segments with newlines for spaces.
    let wrapped: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| wrap(l, 72))
        .collect();
    let wrapped = wrapped.join("\n\n");
    let again = run(&wrapped, Language::En, &[]);
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let a: Vec<(String, SentenceKind)> = got.iter().map(|(t, k)| (flat(t), *k)).collect();
    let b: Vec<(String, SentenceKind)> = again.iter().map(|(t, k)| (flat(t), *k)).collect();
    assert_eq!(a, b);
}

/// Greedy word wrap of `line` at `width` characters.
fn wrap(line: &str, width: usize) -> String {
    let mut out = String::new();
    let mut col = 0;
    for word in line.split_whitespace() {
        let n = word.chars().count();
        if col > 0 && col + 1 + n > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += n;
    }
    out
}
