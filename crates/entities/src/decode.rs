//! From per-token class scores to word tags to entity mentions.
//!
//! Sub-word probabilities are averaged over each word (so a model that tags
//! every sub-word, or only the first, gives the same word tag), then
//! BIO / BIOES / BILOU tags are decoded into spans inside one sentence. A
//! mention's byte span runs from its first word's start to its last word's
//! end, so it is exact in the original text; its score is the mean
//! probability of its words' tags.

use super::labels::{Label, LabelSet, Position};
use super::transitions::Transitions;
use factsift_core::document::Span;
use factsift_onnx::TokenSeq;

/// Turns logits into probabilities, in place, `classes` values at a time.
pub fn softmax_rows(values: &mut [f32], classes: usize) {
    if classes == 0 {
        return;
    }
    for row in values.chunks_mut(classes) {
        let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut sum = 0.0;
        for v in row.iter_mut() {
            *v = (*v - max).exp();
            sum += *v;
        }
        if sum > 0.0 && sum.is_finite() {
            for v in row.iter_mut() {
                *v /= sum;
            }
        }
    }
}

/// The tag chosen for one word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordTag {
    /// Byte span of the word in the document.
    pub span: Span,
    /// Which piece (sentence) of the document the word is in.
    pub piece: usize,
    /// The model class chosen.
    pub class: usize,
    /// Its averaged probability.
    pub score: f32,
}

/// Aggregates token probabilities (`seq.len() × classes`, row-major) into
/// one tag per word: sub-word probabilities are averaged per word, then each
/// piece's tags are chosen together as the most probable path that
/// `transitions` allows. A word's score is its averaged probability of the
/// chosen tag.
pub fn word_tags(
    seq: &TokenSeq,
    probs: &[f32],
    classes: usize,
    transitions: &Transitions,
) -> Vec<WordTag> {
    let mut out = Vec::new();
    if classes == 0 || probs.len() < seq.len() * classes {
        return out;
    }
    // Averaged rows of the current piece's words.
    let mut rows: Vec<f32> = Vec::new();
    let mut sum = vec![0f32; classes];
    let mut piece = 0;
    let mut i = 0;
    while i < seq.len() {
        while piece + 1 < seq.piece_starts.len() && seq.piece_starts[piece + 1] <= i {
            piece += 1;
        }
        let mut j = i + 1;
        while j < seq.len() && !seq.starts_word(j) && j < seq.piece_starts[piece + 1] {
            j += 1;
        }
        sum.iter_mut().for_each(|s| *s = 0.0);
        for t in i..j {
            for (s, p) in sum.iter_mut().zip(&probs[t * classes..(t + 1) * classes]) {
                *s += p;
            }
        }
        rows.extend(sum.iter().map(|s| s / (j - i) as f32));
        out.push(WordTag {
            span: Span::new(
                seq.spans[i].start,
                seq.spans[j - 1].end.max(seq.spans[i].start),
            ),
            piece,
            class: 0,
            score: 0.0,
        });
        i = j;
        let piece_ends = i >= seq.len() || seq.piece_starts.get(piece + 1).is_some_and(|&e| i >= e);
        if piece_ends {
            let first = out.len() - rows.len() / classes;
            for (w, class) in transitions.best_path(&rows).into_iter().enumerate() {
                let tag = &mut out[first + w];
                tag.class = class;
                tag.score = rows[w * classes + class];
            }
            rows.clear();
        }
    }
    out
}

/// A decoded mention before knowledge and keys are applied.
#[derive(Debug, Clone, PartialEq)]
pub struct RawMention {
    /// Byte span in the document.
    pub span: Span,
    /// Schema label from the model.
    pub label: Label,
    /// Mean probability of the mention's word tags.
    pub score: f32,
    /// Piece (sentence) the mention is in.
    pub piece: usize,
}

struct Open {
    span: Span,
    label: Label,
    raw_type: String,
    score_sum: f32,
    words: usize,
    piece: usize,
    /// Summed word scores per label seen in the mention.
    votes: Vec<(Label, f32)>,
}

impl Open {
    fn vote(&mut self, label: Label, score: f32) {
        match self.votes.iter_mut().find(|(l, _)| *l == label) {
            Some((_, sum)) => *sum += score,
            None => self.votes.push((label, score)),
        }
    }

    /// The mention, labelled with the label of the highest summed word
    /// score (the first on a tie).
    fn close(self) -> RawMention {
        let label = self
            .votes
            .iter()
            .fold(None::<(Label, f32)>, |best, &(l, v)| match best {
                Some((_, b)) if b >= v => best,
                _ => Some((l, v)),
            })
            .map_or(self.label, |(l, _)| l);
        RawMention {
            span: self.span,
            label,
            score: self.score_sum / self.words as f32,
            piece: self.piece,
        }
    }
}

/// Decodes word tags into mentions. A `B-`/`S-` tag opens a new mention,
/// except when it continues a mention of the same schema label from a
/// different raw type (a model that tags `GIVEN_NAME` then `SURNAME` names
/// one person); an `I-`/`E-` tag extends a mention of the same label
/// [`Family`](super::labels::Family) and opens one otherwise; `E-`/`S-`
/// close it; mentions never cross pieces. A mention takes the label with the
/// highest summed word score ("Hong" GPE + "Kong" LOC is one place).
pub fn mentions(words: &[WordTag], labels: &LabelSet) -> Vec<RawMention> {
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    for w in words {
        let Some(tag) = labels.tag(w.class) else {
            out.extend(open.take().map(Open::close));
            continue;
        };
        let Some(label) = tag.label else {
            out.extend(open.take().map(Open::close));
            continue;
        };
        let extends = open.as_ref().is_some_and(|o| {
            o.piece == w.piece
                && match tag.position {
                    Position::Inside | Position::End => o.label.family() == label.family(),
                    Position::Begin | Position::Single => {
                        o.label == label && o.raw_type != tag.raw_type
                    }
                    Position::Outside => false,
                }
        });
        match open.as_mut() {
            Some(o) if extends => {
                o.span.end = w.span.end;
                o.score_sum += w.score;
                o.words += 1;
                o.raw_type.clone_from(&tag.raw_type);
                o.vote(label, w.score);
            }
            _ => {
                out.extend(open.take().map(Open::close));
                open = Some(Open {
                    span: w.span,
                    label,
                    raw_type: tag.raw_type.clone(),
                    score_sum: w.score,
                    words: 1,
                    piece: w.piece,
                    votes: vec![(label, w.score)],
                });
            }
        }
        if matches!(tag.position, Position::End | Position::Single) {
            out.extend(open.take().map(Open::close));
        }
    }
    out.extend(open.map(Open::close));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_set(names: &[&str]) -> LabelSet {
        LabelSet::from_names(names)
    }

    fn words(classes: &[usize]) -> Vec<WordTag> {
        classes
            .iter()
            .enumerate()
            .map(|(i, &class)| WordTag {
                span: Span::new(i * 10, i * 10 + 5),
                piece: 0,
                class,
                score: 0.5 + i as f32 * 0.1,
            })
            .collect()
    }

    #[test]
    fn softmax_sums_to_one() {
        let mut v = vec![1.0, 2.0, 3.0, 0.0, 0.0, 0.0];
        softmax_rows(&mut v, 3);
        assert!((v[..3].iter().sum::<f32>() - 1.0).abs() < 1e-6);
        assert!(v[2] > v[1] && v[1] > v[0]);
        assert!((v[3] - 1.0 / 3.0).abs() < 1e-6);
    }

    #[test]
    fn bio_decoding() {
        let l = label_set(&["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]);
        let m = mentions(&words(&[1, 2, 0, 3, 4, 1, 1, 2]), &l);
        let spans: Vec<(usize, usize, Label)> = m
            .iter()
            .map(|m| (m.span.start, m.span.end, m.label))
            .collect();
        assert_eq!(
            spans,
            vec![
                (0, 15, Label::Person),
                (30, 45, Label::Org),
                (50, 55, Label::Person),
                (60, 75, Label::Person),
            ]
        );
        assert!((m[0].score - 0.55).abs() < 1e-6);
    }

    #[test]
    fn bioes_decoding_and_stray_inside() {
        let l = label_set(&["O", "B-LOC", "I-LOC", "E-LOC", "S-LOC", "S-PER"]);
        let m = mentions(&words(&[4, 1, 2, 3, 2, 5, 4]), &l);
        let spans: Vec<(usize, usize)> = m.iter().map(|m| (m.span.start, m.span.end)).collect();
        assert_eq!(spans, vec![(0, 5), (10, 35), (40, 45), (50, 55), (60, 65)]);
    }

    #[test]
    fn name_parts_join_into_one_person() {
        let l = label_set(&["O", "B-GIVEN_NAME", "B-SURNAME", "B-EMAIL"]);
        let m = mentions(&words(&[1, 2, 0, 2, 3, 1]), &l);
        let spans: Vec<(usize, usize)> = m.iter().map(|m| (m.span.start, m.span.end)).collect();
        assert_eq!(spans, vec![(0, 15), (30, 35), (50, 55)]);
    }

    #[test]
    fn inside_tags_of_one_family_continue_a_mention() {
        let l = label_set(&["O", "B-GPE", "I-GPE", "I-LOC", "B-NORP", "I-MISC", "I-PER"]);
        // "Hong"/B-GPE "Kong"/I-LOC: one place, labelled by the higher
        // summed score (LOC, 0.6 > 0.5); "South"/B-NORP "African"/I-MISC
        // "soil"/I-PER: one MISC-family mention, then a person.
        let m = mentions(&words(&[1, 3, 0, 4, 5, 6]), &l);
        let got: Vec<(usize, usize, Label)> = m
            .iter()
            .map(|m| (m.span.start, m.span.end, m.label))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 15, Label::Loc),
                (30, 45, Label::Misc),
                (50, 55, Label::Person)
            ]
        );
    }

    #[test]
    fn mentions_do_not_cross_sentences() {
        let l = label_set(&["O", "B-PER", "I-PER"]);
        let mut w = words(&[1, 2, 2]);
        w[2].piece = 1;
        assert_eq!(mentions(&w, &l).len(), 2);
    }

    #[test]
    fn sub_words_are_averaged() {
        let s = TokenSeq {
            piece_starts: vec![0, 3],
            ids: vec![1, 2, 3],
            words: vec![0, 0, 1],
            spans: vec![Span::new(0, 3), Span::new(3, 5), Span::new(6, 8)],
            ..TokenSeq::default()
        };
        let probs = [0.4, 0.6, 0.9, 0.1, 1.0, 0.0];
        let w = word_tags(
            &s,
            &probs,
            2,
            &Transitions::new(&label_set(&["O", "B-PER"])),
        );
        assert_eq!(w.len(), 2);
        assert_eq!((w[0].span, w[0].class), (Span::new(0, 5), 0));
        assert!((w[0].score - 0.65).abs() < 1e-6);
        assert_eq!((w[1].span, w[1].class), (Span::new(6, 8), 0));
    }
}
