//! The story file's shape, exactly as editors write it. `deny_unknown_fields`
//! everywhere so a misspelt key is an error rather than silently ignored.

use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    /// Address of this file's JSON Schema, for editors that validate as you type.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub meta: Meta,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    pub eras: Vec<Era>,
    /// Places the locator map can show.
    #[serde(default)]
    pub places: Vec<Place>,
    /// The journey drawn on the locator map.
    #[serde(default)]
    pub route: Option<Route>,
    pub events: Vec<Event>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
}

// Coordinates are finite (serde_json has no NaN) and the validator bounds them.
impl Eq for Place {}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub label: String,
    /// Place ids, in travel order.
    pub stops: Vec<String>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub standfirst: String,
    /// YYYY-MM-DD
    pub updated: String,
    /// BCP 47 tag, e.g. "en".
    pub language: String,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: String,
    pub name: String,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Confirmed,
    Likely,
    Unknown,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed",
            Confidence::Likely => "likely",
            Confidence::Unknown => "unknown",
        }
    }
}

/// How sure the identification of each field of a source is.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Identification {
    pub publisher: Confidence,
    pub headline: Confidence,
    pub author: Confidence,
    pub date: Confidence,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Which seed article this is (the research file's numbering).
    pub seed: String,
    pub publisher: String,
    /// `null` when unknown: never guessed.
    pub headline: Option<String>,
    pub author: Option<String>,
    /// YYYY-MM-DD, or `null` when unknown.
    pub date: Option<String>,
    #[schemars(regex(pattern = r"^https://[^/?#\s]+\.[^/?#\s]+"))]
    pub url: String,
    pub identification: Identification,
    pub identification_note: String,
    /// One neutral sentence on how the outlet frames the story.
    pub framing: String,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub label: String,
    pub start: String,
    pub end: String,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Lowercase letters, digits and inner hyphens; used in deep links (#card=ID).
    #[schemars(regex(pattern = r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"))]
    pub id: String,
    /// YYYY, YYYY-MM or YYYY-MM-DD; a range A/B; a leading ~ for approximate.
    #[schemars(regex(pattern = r"^~?\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"))]
    pub date: String,
    /// Replaces the computed display date, e.g. "Early 1990s".
    #[serde(default)]
    pub date_label: Option<String>,
    pub headline: String,
    pub body: String,
    pub actors: Vec<String>,
    /// Where it happened, for the locator map (a place id).
    #[serde(default)]
    pub place: Option<String>,
    pub claims: Vec<Claim>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub quote: Option<Quote>,
    #[serde(default)]
    pub disagreement: Option<Disagreement>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A short quotation, always shown as one and attributed to its speaker.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub by: String,
}

/// Sources that tell the same claim differently, each version with its own sources.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub note: String,
    pub versions: Vec<Version>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub text: String,
    pub sources: Vec<String>,
}

/// An editor's note: an error in a source, or a fact from outside reporting.
/// Outside facts live only here, labelled, never as a claim.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    /// Source ids the note corrects or qualifies.
    #[serde(default)]
    pub concerns: Vec<String>,
    /// Outside outlets the note relies on, by name (no invented addresses).
    #[serde(default)]
    pub outlets: Vec<String>,
    /// The note relies on outside reporting whose outlets the research file
    /// does not name. False for the editor's own reading of the sources
    /// (a typo, a miscount).
    #[serde(default)]
    pub outside: bool,
}
