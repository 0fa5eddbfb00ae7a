//! The story file's format, exactly as editors write it: what serde reads and
//! what the JSON Schema (static/story.schema.json) is generated from. Ids
//! stay strings and dates stay text here; validation (`validate`) turns a
//! file into the typed `Story` (`model`) the widget reads.
//! `deny_unknown_fields` everywhere so a misspelt key is an error rather than
//! silently ignored. The doc comments below are the schema's descriptions.

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
    /// Pieces of outside reporting (not seed sources) that editor's notes,
    /// disagreement versions and outside-data markers cite by id.
    #[serde(default)]
    pub outlets: Vec<Outlet>,
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
    /// Outlet ids, when a stop or the label's dates come from outside reporting.
    #[serde(default)]
    pub outlets: Vec<String>,
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

/// What kind of publisher an outlet or source is, so readers know who is speaking.
#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum OutletKind {
    NewsAgency,
    StateNewsAgency,
    Broadcaster,
    StateBroadcaster,
    Newspaper,
    NewsSite,
    AnalysisSite,
    /// An official readout or statement.
    Government,
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
    /// Where the outlet is based; `null` when unknown.
    pub country: Option<String>,
    pub kind: OutletKind,
    /// One neutral sentence on who the outlet is, shown as our note.
    pub about: String,
    /// `null` when unknown: never guessed. Shown in quotation marks only
    /// when `identification.headline` is "confirmed".
    pub headline: Option<String>,
    /// `null` with `identification.author` "confirmed": the piece carries no
    /// byline; with "unknown": we do not know who wrote it.
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

/// One piece of outside reporting: an outlet and the date of its piece.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    pub id: String,
    pub name: String,
    /// Where the outlet is based.
    pub country: String,
    pub kind: OutletKind,
    /// YYYY-MM-DD: the date of the piece.
    pub date: String,
    /// Only when seen verbatim.
    #[serde(default)]
    pub headline: Option<String>,
    /// Only when known: never invented.
    #[serde(default)]
    #[schemars(regex(pattern = r"^https://[^/?#\s]+\.[^/?#\s]+"))]
    pub url: Option<String>,
    /// The site the piece was read through, e.g. an agency report on a portal.
    #[serde(default)]
    pub via: Option<String>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub label: String,
    pub start: String,
    pub end: String,
    /// Outlet ids, when the era's dates or label rely on outside reporting.
    #[serde(default)]
    pub outlets: Vec<String>,
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
    /// Outlet ids, when the date (to the precision shown) comes from outside
    /// reporting rather than the seeds: the reader sees a marker.
    #[serde(default)]
    pub date_outlets: Vec<String>,
    pub headline: String,
    pub body: String,
    pub actors: Vec<String>,
    /// Where it happened, for the locator map (a place id).
    #[serde(default)]
    pub place: Option<String>,
    /// Outlet ids, when the place comes from outside reporting.
    #[serde(default)]
    pub place_outlets: Vec<String>,
    pub claims: Vec<Claim>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: String,
    /// Each source that states the claim, with its own words that do.
    pub sources: Vec<Citation>,
    #[serde(default)]
    pub quote: Option<Quote>,
    #[serde(default)]
    pub disagreement: Option<Disagreement>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A source cited for a claim or a version, with the passage that backs it:
/// the shortest run of the source's own words, verbatim, that supports what
/// is cited (at most 60 words: attribution, not republication). Readers see
/// it in the citation and can open the source at it.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(
    deny_unknown_fields,
    expecting = "a citation: an object {\"id\": a source id, \"passage\": the source's own words}"
)]
#[schemars(transform = passage_required)]
pub struct Citation {
    /// A source id.
    pub id: String,
    /// The source's own words, verbatim, that support the claim: usually one
    /// sentence or part of one, at most 60 words.
    // Missing reads as empty, so the validator refuses a missing and an empty
    // passage alike, by JSON path; the schema still requires it.
    #[serde(default)]
    #[schemars(length(min = 1))]
    pub passage: String,
}

/// The schema requires `passage` (see `Citation`), with no default: editors
/// are told as they type.
fn passage_required(schema: &mut schemars::Schema) {
    let object = schema.ensure_object();
    if let Some(passage) = (object.get_mut("properties"))
        .and_then(|p| p.get_mut("passage"))
        .and_then(|p| p.as_object_mut())
    {
        passage.remove("default");
    }
    if let Some(required) = object
        .entry("required")
        .or_insert_with(|| serde_json::Value::Array(Vec::new()))
        .as_array_mut()
    {
        if !required.iter().any(|r| r == "passage") {
            required.push("passage".into());
        }
    }
}

/// A short quotation, always shown as one and attributed to its speaker.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub by: String,
}

/// What kind of difference a disagreement is; the card words it accordingly.
#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum DisagreementKind {
    /// The accounts state different facts: "Sources disagree".
    Factual,
    /// Competing claims of the parties (who prevailed, how fighting stopped):
    /// "Each side claims".
    Claims,
    /// Interpretations: "Readings differ".
    Readings,
}

/// Sources that tell the same claim differently, each version with its own sources.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    pub kind: DisagreementKind,
    pub note: String,
    pub versions: Vec<Version>,
}

/// One version, resting on seed sources, outside outlets, or both.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Version {
    pub text: String,
    #[serde(default)]
    #[schemars(extend("default" = []))]
    pub sources: Vec<Citation>,
    #[serde(default)]
    pub outlets: Vec<String>,
}

#[derive(Deserialize, JsonSchema, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// Our own reading of the sources (a typo, a miscount): no outside fact.
    Correction,
    /// Facts from outside reporting, citing the outlets they come from.
    Outside,
}

/// An editor's note: an error in a source, or a fact from outside reporting.
/// Outside facts live only here (and in outlet-cited versions and markers),
/// labelled, never as a claim.
#[derive(Deserialize, JsonSchema, Debug, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub kind: NoteKind,
    pub text: String,
    /// Source ids the note corrects or qualifies.
    #[serde(default)]
    pub concerns: Vec<String>,
    /// Outlet ids the note relies on: required for an outside note.
    #[serde(default)]
    pub outlets: Vec<String>,
}
