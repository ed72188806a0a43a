//! The pipeline stage that fills `Document::claims`.
//!
//! For every sentence (title-case headings aside) it finds the speaker,
//! splits the sentence into clauses, and makes one claim per clause with
//! its kind, hedge, negation, quantities, entity keys and check-worthiness.
//! A sentence that only introduces a quotation ("X warns:") gives no claim
//! of its own; its speaker is carried to the quoted sentences that follow.

use super::attribution::{attribute, Attribution, FullNames, Pattern};
use super::checkworthiness::CheckModel;
use super::clauses;
use super::features::{features, FeatureInput, N};
use super::hedges::{hedge_cue, negation_cue};
use super::kind::{classify, is_figure, KindEvidence};
use super::Claim;
use factsift_core::document::{Document, SentenceKind, Span};
use factsift_core::keys::entity_key;
use factsift_core::text::{words, Word};
use factsift_core::Label;
use factsift_core::Speaker;
use factsift_core::Stage;
use factsift_core::{Kind, Quantity};

/// The fewest words a clause needs to be a claim ("Yes.", "(APPLAUSE)" are
/// not).
const MIN_CLAIM_WORDS: usize = 3;

/// How many check-worthiness reasons go to the `cues` column.
const REASONS: usize = 3;

/// Finds the claims of every sentence of a document.
#[derive(Debug, Clone)]
pub struct ClaimsStage {
    model: Result<CheckModel, String>,
}

impl Default for ClaimsStage {
    fn default() -> Self {
        ClaimsStage::new()
    }
}

impl ClaimsStage {
    /// A stage with the shipped check-worthiness model. A model file that
    /// does not load makes every document fail with the reason (it cannot
    /// happen with the file the crate is built with; a test checks it).
    pub fn new() -> Self {
        ClaimsStage {
            model: CheckModel::shipped().map_err(|e| format!("{e:#}")),
        }
    }

    /// The model the stage scores with.
    pub fn model(&self) -> anyhow::Result<&CheckModel> {
        self.model
            .as_ref()
            .map_err(|e| anyhow::anyhow!("check-worthiness model: {e}"))
    }
}

impl Stage for ClaimsStage {
    fn name(&self) -> &'static str {
        "claims"
    }

    fn process(&self, doc: &mut Document) -> anyhow::Result<()> {
        let model = self.model()?;
        doc.claims = claims_of(doc, model);
        Ok(())
    }

    fn manifest(&self) -> serde_json::Value {
        match &self.model {
            Ok(m) => serde_json::json!({
                "method": "rules + logistic check-worthiness model",
                "model": m.name,
                "model_sha256_16": CheckModel::shipped_hash(),
                "trained_on": m.trained_on,
                "threshold": m.threshold,
                "languages": ["en", "es"],
            }),
            Err(e) => serde_json::json!({ "error": e }),
        }
    }
}

/// A speaker carried from an introduction to the quoted sentences after it.
struct Carry {
    speaker: Speaker,
    cue: String,
    open: bool,
}

/// A speaker resolved against the document, with the cues that explain it.
struct Attributed {
    speaker: Speaker,
    cues: Vec<String>,
}

/// The claims of a document, in text order.
pub fn claims_of(doc: &Document, model: &CheckModel) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut carry: Option<Carry> = None;
    let mut resolver = Resolver::default();
    // claims of an open quotation with no speaker yet, waiting for a
    // closing "…,” X said." sentence
    let mut pending: Vec<usize> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let Some(text) = doc.text.get(s.span.start..s.span.end) else {
            continue;
        };
        if s.kind == SentenceKind::Heading && is_title_case(text) {
            carry = None;
            pending.clear();
            continue;
        }
        let mut attributed = None;
        let mut own = false;
        if let Some(a) = attribute(text) {
            let cue = format!("speaker:{}:{}", a.pattern.as_str(), a.cue);
            let opens = a.pattern == Pattern::ColonIntro && a.opens_quote;
            let speaker = resolve(doc, s.span.start, a, &mut resolver);
            if opens {
                carry = Some(Carry {
                    speaker,
                    cue,
                    open: false,
                });
                continue;
            }
            carry = None;
            own = true;
            attributed = Some(Attributed {
                speaker,
                cues: vec![cue],
            });
        } else if let Some(c) = carry.as_mut() {
            let starts_quote = opens_quote(text);
            if s.kind == SentenceKind::Quote || c.open || starts_quote {
                attributed = Some(Attributed {
                    speaker: c.speaker.clone(),
                    cues: vec![format!(
                        "speaker:quote_block:{}",
                        c.cue.rsplit(':').next().unwrap_or("")
                    )],
                });
                if has_closing_quote(text) {
                    carry = None;
                } else if starts_quote || text.contains(['“', '«']) {
                    c.open = true;
                }
            } else {
                carry = None;
            }
        }
        let first = out.len();
        sentence_claims(
            doc,
            i,
            s.span,
            attributed.as_ref(),
            &mut resolver,
            model,
            &mut out,
        );
        let closes = has_closing_quote(text);
        match &attributed {
            Some(a) if own && closes => {
                let cue = a
                    .cues
                    .first()
                    .map_or("", |c| c.rsplit(':').next().unwrap_or(""));
                for idx in pending.drain(..) {
                    if let Some(c) = out.get_mut(idx) {
                        c.speaker = Some(a.speaker.clone());
                        c.cues.push(format!("speaker:quote_end:{cue}"));
                    }
                }
            }
            Some(_) => pending.clear(),
            None if closes => pending.clear(),
            None if opens_quote(text) || !pending.is_empty() => pending.extend(first..out.len()),
            None => {}
        }
    }
    out
}

/// True when the sentence starts with an opening quotation mark.
fn opens_quote(text: &str) -> bool {
    text.starts_with(['“', '"', '«'])
}

/// Adds the claims of sentence `index` (one per clause) to `out`.
fn sentence_claims(
    doc: &Document,
    index: usize,
    span: Span,
    attributed: Option<&Attributed>,
    resolver: &mut Resolver,
    model: &CheckModel,
    out: &mut Vec<Claim>,
) {
    let Some(text) = doc.text.get(span.start..span.end) else {
        return;
    };
    let parts = clauses::split(text);
    let n = parts.len();
    for (k, (cs, ce)) in parts.into_iter().enumerate() {
        let clause = Span::new(span.start + cs, span.start + ce);
        // a clause with its own speaker ("…, but X says …") keeps it
        let own = if n > 1 {
            doc.text
                .get(clause.start..clause.end)
                .and_then(attribute)
                .map(|a| {
                    let cue = format!("speaker:{}:{}", a.pattern.as_str(), a.cue);
                    Attributed {
                        speaker: resolve(doc, clause.start, a, resolver),
                        cues: vec![cue],
                    }
                })
        } else {
            None
        };
        let attributed = own.as_ref().or(attributed);
        let in_quote = doc
            .sentences
            .get(index)
            .is_some_and(|s| s.kind == SentenceKind::Quote)
            || opens_quote(text);
        if let Some(mut claim) = analyse(doc, index, clause, attributed, in_quote, model) {
            if n > 1 {
                claim.cues.push(format!("clause:{}/{}", k + 1, n));
            }
            out.push(claim);
        }
    }
}

/// What is measured of a span before it becomes a claim.
struct Measured {
    quantities: Vec<usize>,
    entity_keys: Vec<String>,
    hedge: Option<String>,
    negation: Option<String>,
    kind: super::ClaimKind,
    kind_cue: String,
    x: [f32; N],
}

/// Measures `span` (a sentence or a clause of sentence `index`);
/// `attributed` says whether a speaker was found, `in_quote` whether the
/// sentence is inside a quotation.
fn measure(
    doc: &Document,
    index: usize,
    span: Span,
    text: &str,
    attributed: bool,
    in_quote: bool,
) -> Measured {
    let ws = words(text);
    let lower: Vec<String> = ws.iter().map(Word::lower).collect();
    // both layers are in text order: look up the sentence's stretch of
    // quantities and the span's stretch of mentions by binary search
    let q_from = doc.quantities.partition_point(|q| q.sentence < index);
    let quantities: Vec<usize> = (q_from..doc.quantities.len())
        .take_while(|&qi| doc.quantities[qi].sentence == index)
        .filter(|&qi| {
            let at = doc.quantities[qi].number.start;
            span.start <= at && at < span.end
        })
        .collect();
    let qs: Vec<&Quantity> = quantities
        .iter()
        .filter_map(|&qi| doc.quantities.get(qi))
        .collect();
    let m_from = doc.entities.partition_point(|m| m.span.start < span.start);
    let mentions: Vec<&factsift_core::Mention> = doc.entities[m_from..]
        .iter()
        .take_while(|m| m.span.start < span.end)
        .filter(|m| m.span.end <= span.end)
        .collect();
    let mut entity_keys: Vec<String> = Vec::new();
    for m in &mentions {
        if !entity_keys.contains(&m.key) {
            entity_keys.push(m.key.clone());
        }
    }
    let hedge = hedge_cue(&ws, &lower);
    let negation = negation_cue(&lower);
    let figure = qs.iter().find(|q| is_figure(q)).map(|q| q.kind);
    let (kind, kind_cue) = classify(&KindEvidence {
        lower: &lower,
        figure,
        has_date: qs.iter().any(|q| q.kind == Kind::Date),
        reported: attributed || in_quote,
    });
    let x = features(&FeatureInput {
        text,
        words: &ws,
        lower: &lower,
        quantities: &qs,
        entities: mentions.len(),
        attributed,
        hedged: hedge.is_some(),
        negated: negation.is_some(),
    });
    Measured {
        quantities,
        entity_keys,
        hedge,
        negation,
        kind,
        kind_cue,
        x,
    }
}

/// The check-worthiness features of sentence `index` taken whole, with its
/// own speaker only (no clause split, no carried quotation): what the model
/// is fitted and validated on.
pub fn sentence_features(doc: &Document, index: usize) -> Option<[f32; N]> {
    let s = doc.sentences.get(index)?;
    let text = doc.text.get(s.span.start..s.span.end)?;
    let attributed = attribute(text).is_some();
    Some(
        measure(
            doc,
            index,
            s.span,
            text,
            attributed,
            s.kind == SentenceKind::Quote,
        )
        .x,
    )
}

/// The claim over `span` (a sentence or a clause of sentence `index`), or
/// `None` when it is too short to assert anything.
fn analyse(
    doc: &Document,
    index: usize,
    span: Span,
    attributed: Option<&Attributed>,
    in_quote: bool,
    model: &CheckModel,
) -> Option<Claim> {
    let text = doc.text.get(span.start..span.end)?;
    if words(text).len() < MIN_CLAIM_WORDS {
        return None;
    }
    let m = measure(doc, index, span, text, attributed.is_some(), in_quote);
    let mut cues = vec![format!("kind:{}", m.kind_cue)];
    if let Some(a) = attributed {
        cues.extend(a.cues.iter().cloned());
    }
    if let Some(h) = &m.hedge {
        cues.push(format!("hedge:{h}"));
    }
    if let Some(neg) = &m.negation {
        cues.push(format!("negation:{neg}"));
    }
    cues.extend(model.reasons(&m.x, REASONS));
    Some(Claim {
        span,
        sentence: index,
        kind: m.kind,
        speaker: attributed.map(|a| a.speaker.clone()),
        hedge_cue: m.hedge,
        negated: m.negation.is_some(),
        checkworthiness: model.score(&m.x),
        entity_keys: m.entity_keys,
        quantities: m.quantities,
        cues,
    })
}

/// What speaker resolution remembers across a document.
#[derive(Default)]
struct Resolver {
    /// The last person who spoke, for "he said".
    last_person: Option<Speaker>,
    /// Full names by surname, indexed on first need.
    names: Option<FullNames>,
}

/// Resolves a speaker found in the sentence starting at byte `base`: the
/// key of an entity mention under the name, a pronoun to the last person
/// who spoke, a surname to the full name used earlier.
fn resolve(doc: &Document, base: usize, a: Attribution, r: &mut Resolver) -> Speaker {
    let mut speaker = a.speaker;
    let doc_range = speaker.range.map(|(s, e)| (base + s, base + e));
    let lower = speaker.name.to_lowercase();
    if matches!(lower.as_str(), "he" | "she" | "él" | "ella") {
        if let Some(p) = r.last_person.as_ref() {
            return p.clone();
        }
        return speaker;
    }
    let mention = doc_range.and_then(|(s, e)| {
        // mentions are in text order: start at the first that may overlap
        let from = doc.entities.partition_point(|m| m.span.end <= s);
        doc.entities[from..]
            .iter()
            .take_while(|m| m.span.start < e)
            .find(|m| {
                s < m.span.end
                    && matches!(
                        m.label,
                        Label::Person | Label::Org | Label::Gpe | Label::Norp
                    )
            })
    });
    if let Some(m) = mention {
        speaker.key = Some(m.key.clone());
    } else if speaker
        .key
        .as_deref()
        .is_some_and(|k| k.starts_with("person:"))
    {
        let names = r.names.get_or_insert_with(|| FullNames::index(&doc.text));
        if let Some(full) = names.expand(&speaker.name, base) {
            speaker.key = Some(entity_key(Label::Person, full));
            speaker.name = full.to_string();
        }
    }
    if speaker
        .key
        .as_deref()
        .is_some_and(|k| k.starts_with("person:"))
    {
        r.last_person = Some(speaker.clone());
    }
    speaker
}

/// True for a heading in title case ("From Crackdown to Export Model"): a
/// section title, not a headline that asserts something.
fn is_title_case(text: &str) -> bool {
    let long: Vec<Word<'_>> = words(text)
        .into_iter()
        .filter(|w| w.text.chars().count() >= 4)
        .collect();
    !long.is_empty() && long.iter().filter(|w| w.is_capitalized()).count() * 4 >= long.len() * 3
}

/// True when the sentence closes a quotation.
fn has_closing_quote(text: &str) -> bool {
    text.contains(['”', '»'])
        || text.trim_end_matches(['.', '!', '?', ')']).ends_with('"')
        || text.ends_with('"')
}

/// The figures of a claim that make it a statistic, for callers outside
/// the stage (e.g. the evaluation).
pub fn figures_of<'a>(doc: &'a Document, claim: &Claim) -> Vec<&'a Quantity> {
    claim
        .quantities
        .iter()
        .filter_map(|&qi| doc.quantities.get(qi))
        .filter(|q| is_figure(q))
        .collect()
}
