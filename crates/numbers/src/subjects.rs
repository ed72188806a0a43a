//! Keys for the subjects of figures, shared with the entities table.
//!
//! A figure's `subject_key` must join with `entities.entity_key`. When the
//! entities stage ran, the subject takes the key of the mention that names it
//! (same sentence first, then the nearest elsewhere in the document: "Bukele"
//! finds "Nayib Bukele"); a nationality takes its country's key. Without a
//! mention, a known place gets the `gpe:` key the entities stage would give
//! it, and anything else a `misc:` key built the same way.

use factsift_core::document::Document;
use factsift_core::keys::{entity_key, slug};
use factsift_core::{places, Label, Mention};

/// Sets `subject_key` of every quantity of `doc` that has a subject.
pub fn key_subjects(doc: &mut Document) {
    let Document {
        quantities,
        entities,
        ..
    } = doc;
    for q in quantities.iter_mut() {
        let Some(subject) = q.subject.as_deref() else {
            continue;
        };
        q.subject_key = Some(subject_key_for(subject, q.sentence, entities));
    }
}

fn subject_key_for(subject: &str, sentence: usize, mentions: &[Mention]) -> String {
    let wanted = slug(subject);
    let names = |m: &&Mention| {
        let canonical = slug(&m.canonical);
        canonical == wanted
            || canonical.ends_with(&format!("-{wanted}"))
            || m.key.ends_with(&format!(":{wanted}"))
    };
    let best = mentions
        .iter()
        .filter(names)
        .min_by_key(|m| m.sentence.map_or(usize::MAX, |s| s.abs_diff(sentence)));
    if let Some(m) = best {
        return m.linked_key.clone().unwrap_or_else(|| m.key.clone());
    }
    match places::place(subject) {
        Some(p) => entity_key(Label::Gpe, p.canonical),
        None => match places::country_of_demonym(subject) {
            Some(country) => entity_key(Label::Gpe, country),
            None => entity_key(Label::Misc, subject),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factsift_core::document::Span;

    fn mention(canonical: &str, key: &str, sentence: usize) -> Mention {
        Mention {
            span: Span::new(0, 1),
            sentence: Some(sentence),
            label: Label::Person,
            score: 0.9,
            key: key.to_string(),
            canonical: canonical.to_string(),
            linked_key: None,
        }
    }

    #[test]
    fn subjects_take_mention_keys_then_place_keys() {
        let mentions = vec![
            mention("Nayib Bukele", "person:nayib-bukele", 0),
            mention("LPG Datos", "org:lpg-datos", 5),
        ];
        assert_eq!(
            subject_key_for("Bukele", 4, &mentions),
            "person:nayib-bukele"
        );
        assert_eq!(subject_key_for("LPG Datos", 0, &mentions), "org:lpg-datos");
        assert_eq!(
            subject_key_for("El Salvador", 1, &mentions),
            "gpe:el-salvador"
        );
        assert_eq!(
            subject_key_for("El Salvador", 1, &[]),
            entity_key(Label::Gpe, "El Salvador")
        );
        assert_eq!(subject_key_for("Acme Widgets", 1, &[]), "misc:acme-widgets");
    }
}
