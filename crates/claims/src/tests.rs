//! Unit tests of the claims stage on literal sentences.

use super::attribution::attribute;
use super::checkworthiness::CheckModel;
use super::clauses::split;
use super::hedges::{hedge_cue, negation_cue};
use super::stage::claims_of;
use super::{Claim, ClaimKind, ClaimsStage};
use factsift_core::document::{Document, DocumentMeta};
use factsift_core::language::Language;
use factsift_core::text::{words, Word};
use factsift_core::Stage;
use factsift_numbers::NumbersStage;
use factsift_segment::SegmentStage;

/// Runs segment, numbers and claims over `text`.
fn run(text: &str, language: Language) -> Document {
    let mut doc = Document::new(text.to_string(), DocumentMeta::default());
    doc.language = language;
    SegmentStage.process(&mut doc).expect("segment");
    NumbersStage.process(&mut doc).expect("numbers");
    ClaimsStage::new().process(&mut doc).expect("claims");
    doc
}

fn claim_text<'a>(doc: &'a Document, c: &Claim) -> &'a str {
    doc.slice(c.span)
}

fn speaker(c: &Claim) -> Option<&str> {
    c.speaker.as_ref().map(|s| s.name.as_str())
}

fn speaker_key(c: &Claim) -> Option<&str> {
    c.speaker.as_ref().and_then(|s| s.key.as_deref())
}

fn hedge_of(text: &str) -> Option<String> {
    let ws = words(text);
    let lower: Vec<String> = ws.iter().map(Word::lower).collect();
    hedge_cue(&ws, &lower)
}

fn negation_of(text: &str) -> Option<String> {
    let lower: Vec<String> = words(text).iter().map(Word::lower).collect();
    negation_cue(&lower)
}

// ---- attribution ----

#[test]
fn according_to_names_the_pollster_with_an_org_key() {
    let a = attribute(
        "However, Bukele ended his sixth year in power with an approval rating of 85.2 percent, according to polling firm LPG Datos.",
    )
    .expect("attribution");
    assert_eq!(a.speaker.name, "LPG Datos");
    assert_eq!(a.speaker.key.as_deref(), Some("org:lpg-datos"));
    assert_eq!(a.cue, "according to");
}

#[test]
fn according_to_a_common_noun_keeps_the_phrase_without_a_key() {
    let a = attribute("The jail holds 3,000 inmates, according to local officials.")
        .expect("attribution");
    assert_eq!(a.speaker.name, "local officials");
    assert_eq!(a.speaker.key, None);
}

#[test]
fn colon_intro_with_the_quotation_in_the_same_sentence() {
    let a = attribute(
        "In Alabama, where the most violent jails in the country are located, the US Department of Justice has reported: “homicide and sexual abuse are common.”",
    )
    .expect("attribution");
    assert_eq!(a.speaker.name, "US Department of Justice");
    assert_eq!(
        a.speaker.key.as_deref(),
        Some("org:us-department-of-justice")
    );
    assert!(!a.opens_quote, "the quotation is inside the sentence");
}

#[test]
fn colon_intro_after_an_appositive_opens_a_quotation() {
    let a = attribute(
        "Günther Maihold, deputy director of the German Institute for International and Security Affairs and professor at the Free University of Berlin, warns:",
    )
    .expect("attribution");
    assert_eq!(a.speaker.name, "Günther Maihold");
    assert_eq!(a.speaker.key.as_deref(), Some("person:gunther-maihold"));
    assert!(a.opens_quote);
}

#[test]
fn subject_said_and_said_subject() {
    let a = attribute("Maria Lopez said the prison was full.").expect("X said");
    assert_eq!(a.speaker.name, "Maria Lopez");
    let b = attribute("“The prison is full,” said Maria Lopez.").expect("said X");
    assert_eq!(b.speaker.name, "Maria Lopez");
    let c = attribute("“The prison is full,” Maria Lopez said.").expect("“…,” X said");
    assert_eq!(c.speaker.name, "Maria Lopez");
}

#[test]
fn titles_are_dropped_from_a_person_speaker() {
    let a = attribute("Salvadoran President Nayib Bukele said the deal was fair.")
        .expect("attribution");
    assert_eq!(a.speaker.name, "Nayib Bukele");
    assert_eq!(a.speaker.key.as_deref(), Some("person:nayib-bukele"));
}

#[test]
fn told_reporters_with_a_common_noun_subject() {
    let a = attribute("Officials told reporters that the transfer was complete.");
    // "Officials" opens the sentence: a capitalized common noun
    let a = a.expect("attribution");
    assert!(
        a.speaker.name.eq_ignore_ascii_case("officials"),
        "{:?}",
        a.speaker
    );
    let b = attribute("Prison officials told reporters that the transfer was complete.")
        .expect("attribution");
    assert_eq!(b.speaker.name, "Prison officials");
    assert_eq!(b.cue, "told");
}

#[test]
fn spanish_segun_afirmo_dijo() {
    let a = attribute("La tasa de homicidios bajó a 1,9 por cada 100.000 habitantes, según la encuestadora CID Gallup.")
        .expect("según");
    assert_eq!(a.speaker.name, "CID Gallup");
    assert_eq!(a.speaker.key.as_deref(), Some("org:cid-gallup"));
    let b = attribute("El ministro Gustavo Villatoro afirmó que las cárceles están llenas.")
        .expect("afirmó");
    assert_eq!(b.speaker.name, "Gustavo Villatoro");
    let c = attribute("“Las cárceles están llenas”, dijo Gustavo Villatoro.").expect("dijo X");
    assert_eq!(c.speaker.name, "Gustavo Villatoro");
}

#[test]
fn a_possessive_before_reported_is_not_a_speaker() {
    assert_eq!(
        attribute("El Salvador’s reported homicide rate by the end of 2024 was just 1.9 per 100,000 inhabitants."),
        None
    );
    assert_eq!(attribute("The reported figures were wrong."), None);
}

#[test]
fn a_verb_of_saying_inside_a_quotation_is_not_the_attribution() {
    assert_eq!(attribute("The sign read “Bukele said no”."), None);
}

// ---- hedges and negation ----

#[test]
fn hedge_words_and_phrases() {
    assert_eq!(
        hedge_of("The administration has allegedly earmarked a fund.").as_deref(),
        Some("allegedly")
    );
    assert_eq!(
        hedge_of("Prisoners are alleged members of the group.").as_deref(),
        Some("alleged")
    );
    assert_eq!(
        hedge_of("The minister reportedly resigned.").as_deref(),
        Some("reportedly")
    );
    assert_eq!(
        hedge_of("This agreement appears to be pragmatic.").as_deref(),
        Some("appears")
    );
    assert_eq!(
        hedge_of("The strategy may also serve broader goals.").as_deref(),
        Some("may")
    );
    assert_eq!(
        hedge_of("It could also inspire similar agreements.").as_deref(),
        Some("could")
    );
    assert_eq!(
        hedge_of("He is said to have fled.").as_deref(),
        Some("is said to")
    );
    assert_eq!(
        hedge_of("Sources say the deal is off.").as_deref(),
        Some("sources say")
    );
    assert_eq!(
        hedge_of("El presidente presuntamente desvió fondos.").as_deref(),
        Some("presuntamente")
    );
}

#[test]
fn the_month_may_is_not_a_hedge() {
    assert_eq!(
        hedge_of("In May 2024 the court ruled against the deal."),
        None
    );
    assert_eq!(hedge_of("The court ruled against the deal."), None);
}

#[test]
fn negation_cues() {
    assert_eq!(
        negation_of("Jails do not provide rehabilitation.").as_deref(),
        Some("not")
    );
    assert_eq!(
        negation_of("The deal didn't pass.").as_deref(),
        Some("didn't")
    );
    assert_eq!(
        negation_of("The deal didn’t pass.").as_deref(),
        Some("didn't")
    );
    assert_eq!(negation_of("None materialized.").as_deref(), Some("none"));
    assert_eq!(
        negation_of("El gobierno nunca publicó los datos.").as_deref(),
        Some("nunca")
    );
    assert_eq!(
        negation_of("It includes not only housing but also treatment."),
        None
    );
    assert_eq!(negation_of("The deal passed."), None);
    // the number sign
    assert_eq!(
        negation_of("Creighton will play No. 5 seed Indiana State."),
        None
    );
    assert_eq!(
        negation_of("No one was hurt, No. 2 official said.").as_deref(),
        Some("no")
    );
}

// ---- clauses ----

fn pieces(s: &str) -> Vec<&str> {
    split(s).into_iter().map(|(a, b)| &s[a..b]).collect()
}

#[test]
fn clauses_split_at_but_and_semicolons() {
    assert_eq!(
        pieces("This agreement appears to be pragmatic security cooperation, but it hides a more ambitious strategy."),
        vec!["This agreement appears to be pragmatic security cooperation", "it hides a more ambitious strategy."]
    );
    assert_eq!(
        pieces("The prison population continues to grow; the government needs more jails."),
        vec![
            "The prison population continues to grow",
            "the government needs more jails."
        ]
    );
    assert_eq!(
        pieces(
            "However, the prison population continues to grow, and the US government needs jails."
        ),
        vec![
            "However, the prison population continues to grow",
            "the US government needs jails."
        ]
    );
}

#[test]
fn clauses_keep_lists_quotations_and_short_parts_whole() {
    let list = "Similarly, Argentina, Costa Rica, and Ecuador have unveiled plans for their own mega prisons.";
    assert_eq!(pieces(list), vec![list]);
    let quoted =
        "He said: “the jails are full, but the government builds more of them every year.”";
    assert_eq!(pieces(quoted), vec![quoted]);
    let short = "It rose, but slowly.";
    assert_eq!(pieces(short), vec![short]);
    let shared_subject =
        "Jails are overcrowded, lack inmate protection, and do not provide rehabilitation.";
    assert_eq!(pieces(shared_subject), vec![shared_subject]);
}

// ---- kinds ----

#[test]
fn kinds_of_literal_sentences() {
    let doc = run(
        "El Salvador has 25 jails. Maria Lopez said the jails were full. The government will build two more prisons next year. \
         This is a dangerous and punitive strategy. The court ordered the transfers to stop. The prison system is a business.",
        Language::En,
    );
    let kinds: Vec<ClaimKind> = doc.claims.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        vec![
            ClaimKind::Statistic,
            ClaimKind::Quote,
            ClaimKind::Statistic, // "two more prisons" is a figure
            ClaimKind::Opinion,
            ClaimKind::Event,
            ClaimKind::Assertion,
        ],
        "{:?}",
        doc.claims
            .iter()
            .map(|c| (claim_text(&doc, c), &c.cues))
            .collect::<Vec<_>>()
    );
    let doc = run(
        "The government will build more prisons next year.",
        Language::En,
    );
    assert_eq!(doc.claims[0].kind, ClaimKind::Prediction);
}

#[test]
fn dates_and_ordinals_do_not_make_a_statistic() {
    let doc = run(
        "In his first term, Bukele drew global attention in 2019.",
        Language::En,
    );
    assert_eq!(doc.claims.len(), 1);
    assert_eq!(doc.claims[0].kind, ClaimKind::Event);
}

// ---- the stage over documents ----

#[test]
fn quoted_paragraph_after_a_colon_line_is_attributed_sentence_by_sentence() {
    let text = "Bukele has built the largest prison in the region.\n\
                Günther Maihold, deputy director of the German Institute for International and Security Affairs, warns:\n\
                “Leaders are turning to the illusion that mega prisons will solve crime. Improving prison conditions does not resonate with the public. \
                This is a punitive populist strategy. A more comprehensive approach is needed.”\n\
                El Salvador’s experiment sets a dangerous precedent.";
    let doc = run(text, Language::En);
    let speakers: Vec<Option<&str>> = doc.claims.iter().map(speaker).collect();
    assert_eq!(
        speakers,
        vec![
            None,
            Some("Günther Maihold"),
            Some("Günther Maihold"),
            Some("Günther Maihold"),
            Some("Günther Maihold"),
            None,
        ],
        "{:?}",
        doc.claims
            .iter()
            .map(|c| claim_text(&doc, c))
            .collect::<Vec<_>>()
    );
    // the introduction itself asserts nothing and gives no claim
    assert!(doc
        .claims
        .iter()
        .all(|c| !claim_text(&doc, c).ends_with("warns:")));
    assert!(doc.claims[1..5].iter().all(|c| c.kind == ClaimKind::Quote));
}

#[test]
fn statistic_with_its_quantity_refs_and_pollster() {
    let text = "However, Bukele ended his sixth year in power with an approval rating of 85.2 percent, according to polling firm LPG Datos.";
    let doc = run(text, Language::En);
    assert_eq!(doc.claims.len(), 1);
    let c = &doc.claims[0];
    assert_eq!(c.kind, ClaimKind::Statistic);
    assert_eq!(speaker(c), Some("LPG Datos"));
    let texts: Vec<&str> = c
        .quantities
        .iter()
        .map(|&q| doc.slice(doc.quantities[q].span))
        .collect();
    assert!(texts.contains(&"85.2 percent"), "{texts:?}");
    assert!(
        c.cues.iter().any(|k| k == "kind:quantity:percent"),
        "{:?}",
        c.cues
    );
    assert!(
        c.cues.iter().any(|k| k.starts_with("speaker:according_to")),
        "{:?}",
        c.cues
    );
}

#[test]
fn surname_and_pronoun_resolve_to_the_full_name() {
    let text = "Salvadoran President Nayib Bukele visited the prison on Monday. Bukele said the transfers would continue. \
                He said the deal was fair.";
    let doc = run(text, Language::En);
    let keys: Vec<Option<&str>> = doc.claims.iter().map(speaker_key).collect();
    assert_eq!(
        keys,
        vec![
            None,
            Some("person:nayib-bukele"),
            Some("person:nayib-bukele")
        ]
    );
}

#[test]
fn entity_keys_come_from_mentions_inside_the_claim() {
    let text = "Bukele met Trump in Washington. The deal was signed.";
    let mut doc = Document::new(text.to_string(), DocumentMeta::default());
    doc.language = Language::En;
    SegmentStage.process(&mut doc).expect("segment");
    let mention = |word: &str, key: &str| {
        let start = text.find(word).expect("word");
        factsift_core::Mention {
            span: factsift_core::document::Span::new(start, start + word.len()),
            sentence: Some(0),
            label: factsift_core::Label::Person,
            score: 0.9,
            key: key.to_string(),
            canonical: word.to_string(),
            linked_key: None,
        }
    };
    doc.entities = vec![
        mention("Bukele", "person:nayib-bukele"),
        mention("Trump", "person:donald-trump"),
    ];
    ClaimsStage::new().process(&mut doc).expect("claims");
    assert_eq!(doc.claims.len(), 2);
    assert_eq!(
        doc.claims[0].entity_keys,
        vec!["person:nayib-bukele", "person:donald-trump"]
    );
    assert!(doc.claims[1].entity_keys.is_empty());
}

#[test]
fn title_case_headings_are_not_claims_but_headlines_are() {
    let doc = run(
        "Bukele won the election in 2019.\nFrom Crackdown to Export Model\nBukele drew global attention.\n",
        Language::En,
    );
    let texts: Vec<&str> = doc.claims.iter().map(|c| claim_text(&doc, c)).collect();
    assert_eq!(
        texts,
        vec![
            "Bukele won the election in 2019.",
            "Bukele drew global attention."
        ]
    );
    let doc = run("Bukele won the election in 2019.\nPrison population doubles in a year\nBukele drew global attention.\n", Language::En);
    let texts: Vec<&str> = doc.claims.iter().map(|c| claim_text(&doc, c)).collect();
    assert!(
        texts.contains(&"Prison population doubles in a year"),
        "{texts:?}"
    );
}

#[test]
fn empty_and_tiny_documents_give_no_claims() {
    assert!(run("", Language::Unknown).claims.is_empty());
    assert!(run("   \n\n  ", Language::Unknown).claims.is_empty());
    assert!(run("(APPLAUSE)\nYes.", Language::En).claims.is_empty());
}

#[test]
fn odd_input_does_not_panic() {
    let long = format!(
        "“The minister said {} and then left, but nobody listened",
        "the prison is full, ".repeat(500)
    );
    assert!(long.len() > 10_000);
    for text in [
        long.as_str(),
        "“Unbalanced quote, according to",
        "according to",
        "said",
        ": “",
        "X, , , said:",
        "“”“”«»((()",
        "Ünïcödé ñame, dëputy, wärns: “ä”",
        "日本語の文章です。According to 東京, 5%.",
    ] {
        let doc = run(text, Language::Unknown);
        for c in &doc.claims {
            assert!(doc.text.get(c.span.start..c.span.end).is_some());
            assert!((0.0..=1.0).contains(&c.checkworthiness));
        }
    }
}

#[test]
fn claims_of_a_document_without_sentences_is_empty() {
    let doc = Document::new(
        "Text that was never segmented.".to_string(),
        DocumentMeta::default(),
    );
    let model = CheckModel::shipped().expect("model");
    assert!(claims_of(&doc, &model).is_empty());
}

// ---- the model ----

#[test]
fn shipped_model_loads_and_matches_the_features() {
    let model = CheckModel::shipped().expect("shipped model loads");
    assert_eq!(model.weights.len(), super::features::N);
    assert!(
        model.trained_on.contains("claims_clef2019"),
        "{}",
        model.trained_on
    );
    assert!(model.threshold > 0.0 && model.threshold < 1.0);
    // a figure about policy scores above a question addressed to "you"
    let doc = run(
        "Unemployment fell to 4.1 percent last year while taxes rose by $3 billion. Do you want to answer that?",
        Language::En,
    );
    assert_eq!(doc.claims.len(), 2);
    assert!(doc.claims[0].checkworthiness > doc.claims[1].checkworthiness);
    assert!(doc.claims[0]
        .cues
        .iter()
        .any(|c| c.starts_with("checkworthy:+")));
}

#[test]
fn model_with_other_features_is_rejected() {
    let mut model = CheckModel::shipped().expect("model");
    model.features.swap(1, 2);
    let json = serde_json::to_string(&model).expect("json");
    assert!(CheckModel::from_json(&json).is_err());
    assert!(CheckModel::from_json("{}").is_err());
}

#[test]
fn a_quotation_closed_by_a_speaker_is_attributed_backwards() {
    let text = "“The prisons are full. We need three more of them,” the minister, Gustavo Villatoro, said on Monday. \
                The opposition disagreed.";
    let doc = run(text, Language::En);
    let speakers: Vec<Option<&str>> = doc.claims.iter().map(speaker).collect();
    assert_eq!(
        speakers,
        vec![Some("Gustavo Villatoro"), Some("Gustavo Villatoro"), None],
        "{:?}",
        doc.claims
            .iter()
            .map(|c| claim_text(&doc, c))
            .collect::<Vec<_>>()
    );
    assert_eq!(doc.claims[0].kind, ClaimKind::Quote);
    assert!(doc.claims[0]
        .cues
        .iter()
        .any(|c| c.starts_with("speaker:quote_end")));
}

#[test]
fn spanish_document_kinds_and_speakers() {
    let text = "El gobierno construirá dos cárceles nuevas. \
                La población penitenciaria aumentará el próximo año, según el Ministerio de Seguridad. \
                El ministro Gustavo Villatoro afirmó que las cárceles no están llenas.";
    let doc = run(text, Language::Es);
    assert_eq!(doc.claims.len(), 3);
    assert_eq!(doc.claims[1].kind, ClaimKind::Quote);
    assert_eq!(speaker(&doc.claims[1]), Some("Ministerio de Seguridad"));
    assert_eq!(
        speaker_key(&doc.claims[1]),
        Some("org:ministerio-de-seguridad")
    );
    assert_eq!(speaker(&doc.claims[2]), Some("Gustavo Villatoro"));
    assert!(doc.claims[2].negated);
}

#[test]
fn clauses_with_their_own_speakers_keep_them() {
    let doc = run(
        "Citing privacy rules, US officials have not said why the visas were denied, but Ambassador Hamdullah Mohib says there were concerns about the trip.",
        Language::En,
    );
    let speakers: Vec<Option<&str>> = doc.claims.iter().map(speaker).collect();
    assert_eq!(
        speakers,
        vec![Some("US officials"), Some("Hamdullah Mohib")]
    );
}

#[test]
fn names_are_narrowed_to_the_person_or_org() {
    let name = |s: &str| attribute(s).map(|a| (a.speaker.name, a.speaker.key));
    assert_eq!(
        name("According to Afghan Ambassador to the United States Hamdullah Mohib, the team made progress."),
        Some(("Hamdullah Mohib".to_string(), Some("person:hamdullah-mohib".to_string())))
    );
    assert_eq!(
        name("New Zealand's Prime Minister John Key said the flag should change."),
        Some(("John Key".to_string(), Some("person:john-key".to_string())))
    );
    assert_eq!(
        name("According to the team's coach, Alireza Mehraban, the robot scored well."),
        Some((
            "Alireza Mehraban".to_string(),
            Some("person:alireza-mehraban".to_string())
        ))
    );
    assert_eq!(
        name("The boats were turned away, according to AFP."),
        Some(("AFP".to_string(), Some("org:afp".to_string())))
    );
    assert_eq!(
        name("Estimates suggest 8000 migrants may be at sea."),
        Some(("Estimates".to_string(), None))
    );
    assert_eq!(
        name("Recent reports have revealed that the defector returned."),
        None
    );
    assert_eq!(
        name("According to Rathbun the property was returned by mail to the organization shortly after he left the Sea Org.")
            .map(|n| n.0),
        Some("Rathbun".to_string())
    );
}

fn speaker_of(sentence: &str) -> Option<String> {
    attribute(sentence).map(|a| a.speaker.name)
}

#[test]
fn added_or_noted_with_a_plain_object_is_not_speech() {
    for s in [
        "Mark Dunne added 87 yards on the ground for the Hawks.",
        "Tom Bell added two more before halftime.",
        "The winger added a goal in the second half.",
        "She noted the date in her diary.",
        "Ann Lee added $4 million to the fund.",
    ] {
        assert_eq!(speaker_of(s), None, "{s}");
    }
    // a clause, a colon, a quotation or a comma after the verb keeps it
    for (s, who) in [
        ("He added that the plan failed.", "He"),
        ("“It failed,” he added.", "he"),
        ("Smith added: “It failed.”", "Smith"),
        ("Smith added the plan had failed.", "Smith"),
        ("Smith noted the plan failed.", "Smith"),
        ("Smith added two men had been arrested.", "Smith"),
        ("He added, citing a report, that the plan failed.", "He"),
        ("Mark Dunne said 87 yards was not enough.", "Mark Dunne"),
    ] {
        assert_eq!(speaker_of(s).as_deref(), Some(who), "{s}");
    }
}

#[test]
fn the_name_before_an_appositive_title_is_the_speaker() {
    for s in [
        "Lena Ortiz, Assistant Chief Fire Officer at Riverside Fire and Rescue Service, says the mill is a total loss.",
        "Lena Ortiz, Assistant Chief Fire Officer at Riverside Fire and Rescue Service says the mill is a total loss.",
        "Lena Ortiz, head of the Riverside Water Authority said the dam is safe.",
    ] {
        assert_eq!(speaker_of(s).as_deref(), Some("Lena Ortiz"), "{s}");
    }
    for s in [
        "Jane Roe, a spokeswoman for the county, said the road was closed.",
        "Jane Roe, a spokeswoman for the county said the road was closed.",
        "Jane Roe, spokeswoman for Kent County Council said the road was closed.",
    ] {
        assert_eq!(speaker_of(s).as_deref(), Some("Jane Roe"), "{s}");
    }
    // no title before the body, or no name before the comma: the body speaks
    assert_eq!(
        speaker_of("In Riverside, the head of the Water Authority said the dam is safe.")
            .as_deref(),
        Some("Water Authority")
    );
    assert_eq!(
        speaker_of("Jane Roe, Kent County Council said the road was closed.").as_deref(),
        Some("Kent County Council")
    );
    assert_eq!(
        speaker_of("The mayor, Jane Roe, said the road was closed.").as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn the_subject_before_a_relative_clause_is_the_speaker() {
    // common-noun speakers keep the form "A police source said" gives
    assert_eq!(
        speaker_of("A police source said the men fled.").as_deref(),
        Some("source")
    );
    for (s, who) in [
        ("The police source, who wished to remain anonymous, said the men fled.", "source"),
        ("The minister, who spoke on condition of anonymity, told reporters the talks had stalled.", "minister"),
        ("An official, who asked not to be named, said the men fled.", "official"),
        ("The ministry, which runs the prisons, said the cells were full.", "ministry"),
        ("Maria Lopez, who leads the union, said the strike would go on.", "Maria Lopez"),
    ] {
        assert_eq!(speaker_of(s).as_deref(), Some(who), "{s}");
    }
    // the relative clause's own verb, or a clause that is not a subject
    assert_eq!(speaker_of("The man, who said he was a doctor, fled."), None);
    assert_eq!(
        speaker_of("Police arrested a man, who had a knife, said the witness."),
        None
    );
    assert_eq!(
        speaker_of("The shop, which closed in May, said nothing."),
        None
    );
}
