//! The text layer shared by every stage: one word iterator, case and accent
//! folding, the stop-word lists, the negation words, personal pronouns,
//! calendar words, currency signs, verbs of saying and past verb forms.

mod calendar;
mod currency;
mod family;
mod fold;
mod negation;
mod pronouns;
mod speech;
pub mod stopwords;
mod verbs;
mod words;

pub use calendar::{is_weekday, month_number};
pub use currency::{currency_of_sign, is_currency_sign, MAX_SPACED_DECIMALS};
pub use family::{is_parent, is_sibling};
pub use fold::{fold_accents, fold_spanish_accents, lower};
pub use negation::{is_negation, negates_at, NEGATIONS};
pub use pronouns::is_personal_pronoun;
pub use speech::{reports_speech, OBJECT_TAKING_SPEECH_VERBS, SPEECH_VERBS};
pub use stopwords::is_stopword;
pub use verbs::{is_past_tense, IRREGULAR_PAST};
pub use words::{words, Word};
