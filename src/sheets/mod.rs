//! The story as a spreadsheet: one tab per table, one row per item, ids
//! linking the rows (README, "The story as a spreadsheet"). Each tab is a
//! CSV file named after it (`events.csv`). `to_sheets` writes a story file's
//! tabs; `from_sheets` reads them back into the story file's JSON, which
//! the validator then checks as any story file, or names each problem by
//! tab, row and column. Pure: `story-check` and the studio share it.

pub mod csv;

use std::collections::HashMap;

use serde_json::{json, Map, Value};

/// How a cell becomes JSON.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    /// Empty cell: `null`.
    Optional,
    /// Ids separated by commas: a list.
    List,
    Number,
}

/// A column: its header and where its value goes in the row's JSON object
/// (a dotted key, `identification.author`).
struct Column {
    name: &'static str,
    key: &'static str,
    kind: Kind,
}

const fn col(name: &'static str, key: &'static str, kind: Kind) -> Column {
    Column { name, key, kind }
}

use Kind::{List, Number, Optional, Text};

/// Tabs whose rows are the items of a top-level list, in file order.
const LISTS: [(&str, &[Column]); 6] = [
    (
        "actors",
        &[col("id", "id", Text), col("name", "name", Text)],
    ),
    (
        "sources",
        &[
            col("id", "id", Text),
            col("seed", "seed", Text),
            col("publisher", "publisher", Text),
            col("country", "country", Optional),
            col("kind", "kind", Text),
            col("about", "about", Text),
            col("headline", "headline", Optional),
            col("author", "author", Optional),
            col("date", "date", Optional),
            col("url", "url", Text),
            col("publisher_identified", "identification.publisher", Text),
            col("headline_identified", "identification.headline", Text),
            col("author_identified", "identification.author", Text),
            col("date_identified", "identification.date", Text),
            col("identification_note", "identification_note", Text),
            col("framing", "framing", Text),
        ],
    ),
    (
        "outlets",
        &[
            col("id", "id", Text),
            col("name", "name", Text),
            col("country", "country", Text),
            col("kind", "kind", Text),
            col("date", "date", Text),
            col("headline", "headline", Optional),
            col("url", "url", Optional),
            col("via", "via", Optional),
        ],
    ),
    (
        "eras",
        &[
            col("id", "id", Text),
            col("label", "label", Text),
            col("start", "start", Text),
            col("end", "end", Text),
            col("outlets", "outlets", List),
        ],
    ),
    (
        "places",
        &[
            col("id", "id", Text),
            col("name", "name", Text),
            col("lat", "lat", Number),
            col("lon", "lon", Number),
        ],
    ),
    (
        "events",
        &[
            col("id", "id", Text),
            col("date", "date", Text),
            col("date_label", "date_label", Optional),
            col("date_outlets", "date_outlets", List),
            col("headline", "headline", Text),
            col("body", "body", Text),
            col("actors", "actors", List),
            col("place", "place", Optional),
            col("place_outlets", "place_outlets", List),
        ],
    ),
];

const STORY: &[Column] = &[
    col("title", "title", Text),
    col("standfirst", "standfirst", Text),
    col("updated", "updated", Text),
    col("language", "language", Text),
    // The story file's own `$schema`, not part of its meta.
    col("schema", "$schema", Optional),
];

const ROUTE: &[Column] = &[
    col("label", "label", Text),
    col("stops", "stops", List),
    col("outlets", "outlets", List),
];

/// Claims, and what hangs off them: `event` is the event's id, `claim` the
/// claim's number within it (1, 2, …), `version` a disagreement version's.
const CLAIMS: &[Column] = &[
    col("event", "", Text),
    col("claim", "", Text),
    col("text", "text", Text),
    col("quote", "quote.text", Optional),
    col("quote_by", "quote.by", Optional),
    col("disagreement_kind", "disagreement.kind", Optional),
    col("disagreement_note", "disagreement.note", Optional),
];
const VERSIONS: &[Column] = &[
    col("event", "", Text),
    col("claim", "", Text),
    col("version", "", Text),
    col("text", "text", Text),
    col("outlets", "outlets", List),
];
/// A claim's sources (`version` empty) or a version's.
const CITATIONS: &[Column] = &[
    col("event", "", Text),
    col("claim", "", Text),
    col("version", "", Text),
    col("source", "id", Text),
    col("passage", "passage", Text),
];
const NOTES: &[Column] = &[
    col("event", "", Text),
    col("claim", "", Text),
    col("kind", "kind", Text),
    col("text", "text", Text),
    col("concerns", "concerns", List),
    col("outlets", "outlets", List),
];

/// Every tab, in the order a reader of the spreadsheet meets them.
pub fn tab_names() -> Vec<&'static str> {
    let mut names = vec!["story"];
    names.extend(LISTS.iter().map(|(name, _)| *name));
    names.extend(["route", "claims", "versions", "citations", "notes"]);
    names
}

fn columns(tab: &str) -> Option<&'static [Column]> {
    match tab {
        "story" => Some(STORY),
        "route" => Some(ROUTE),
        "claims" => Some(CLAIMS),
        "versions" => Some(VERSIONS),
        "citations" => Some(CITATIONS),
        "notes" => Some(NOTES),
        _ => LISTS.iter().find(|(name, _)| *name == tab).map(|(_, c)| *c),
    }
}

fn get<'a>(item: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.').try_fold(item, |v, k| v.get(k))
}

fn cell(value: Option<&Value>, kind: Kind) -> String {
    match (value, kind) {
        (Some(Value::String(s)), _) => s.clone(),
        (Some(Value::Array(items)), List) => (items.iter())
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .collect::<Vec<_>>()
            .join(", "),
        (None | Some(Value::Null), _) => String::new(),
        (Some(other), _) => other.to_string(),
    }
}

fn row_of(item: &Value, columns: &[Column], ids: &[String]) -> Vec<String> {
    let mut ids = ids.iter();
    columns
        .iter()
        .map(|c| {
            if c.key.is_empty() {
                ids.next().cloned().unwrap_or_default()
            } else {
                cell(get(item, c.key), c.kind)
            }
        })
        .collect()
}

fn header(columns: &[Column]) -> Vec<String> {
    columns.iter().map(|c| c.name.to_string()).collect()
}

fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A story file's tabs as CSV, `(tab, text)` in `tab_names` order; an
/// empty tab keeps its header, so the set doubles as a template.
pub fn to_sheets(json: &str) -> Result<Vec<(&'static str, String)>, String> {
    let story: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let mut tabs: HashMap<&str, Vec<Vec<String>>> = HashMap::new();
    for name in tab_names() {
        let columns = columns(name).unwrap_or_default();
        tabs.insert(name, vec![header(columns)]);
    }
    let mut push = |tab: &str, row: Vec<String>| {
        if let Some(rows) = tabs.get_mut(tab) {
            rows.push(row);
        }
    };
    if let Some(Value::Object(meta)) = story.get("meta") {
        let mut row = meta.clone();
        if let Some(schema) = story.get("$schema") {
            row.insert("$schema".into(), schema.clone());
        }
        push("story", row_of(&Value::Object(row), STORY, &[]));
    }
    for (name, columns) in LISTS {
        for item in list(&story, name) {
            push(name, row_of(item, columns, &[]));
        }
    }
    if let Some(route) = story.get("route").filter(|r| !r.is_null()) {
        push("route", row_of(route, ROUTE, &[]));
    }
    for event in list(&story, "events") {
        let event_id = cell(event.get("id"), Text);
        for (k, claim) in list(event, "claims").iter().enumerate() {
            let ids = [event_id.clone(), (k + 1).to_string()];
            push("claims", row_of(claim, CLAIMS, &ids));
            let cite = |v: &str, citations: &[Value], push: &mut dyn FnMut(&str, Vec<String>)| {
                for c in citations {
                    let ids = [ids[0].clone(), ids[1].clone(), v.to_string()];
                    push("citations", row_of(c, CITATIONS, &ids));
                }
            };
            cite("", list(claim, "sources"), &mut push);
            let versions = claim
                .get("disagreement")
                .map_or(&[][..], |d| list(d, "versions"));
            for (v, version) in versions.iter().enumerate() {
                let number = (v + 1).to_string();
                let version_ids = [ids[0].clone(), ids[1].clone(), number.clone()];
                push("versions", row_of(version, VERSIONS, &version_ids));
                cite(&number, list(version, "sources"), &mut push);
            }
            for note in list(claim, "notes") {
                push("notes", row_of(note, NOTES, &ids));
            }
        }
    }
    Ok(tab_names()
        .into_iter()
        .map(|name| {
            (
                name,
                csv::write(tabs.get(name).map_or(&[][..], Vec::as_slice)),
            )
        })
        .collect())
}

/// Where a value came from: for problems.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub tab: String,
    /// 1-based, the header being row 1, as spreadsheets number rows.
    pub row: usize,
    pub column: String,
}

/// A problem with the spreadsheet, where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetProblem {
    pub at: Cell,
    pub message: String,
}

impl std::fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.csv: row {}", self.at.tab, self.at.row)?;
        if !self.at.column.is_empty() {
            write!(f, ", column {}", self.at.column)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The story file the tabs describe (pretty JSON), and where each JSON path
/// came from, so a validator problem can be named by tab, row and column.
#[derive(Debug)]
pub struct FromSheets {
    pub json: String,
    pub places: Vec<(String, Cell)>,
}

impl FromSheets {
    /// The cell a validator problem's JSON path points into: the value's
    /// own cell, or its row's.
    pub fn cell_of(&self, path: &str) -> Option<&Cell> {
        let mut path = path;
        loop {
            if let Some((_, cell)) = self.places.iter().find(|(p, _)| p == path) {
                return Some(cell);
            }
            path = &path[..path.rfind(['.', '['])?];
        }
    }
}

/// One tab's rows as objects, with the row number of each.
struct Table<'a> {
    name: &'a str,
    columns: &'static [Column],
    /// Index of each column in the file, by column.
    positions: Vec<usize>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Table<'_> {
    fn value<'r>(&self, row: &'r [String], column: usize) -> &'r str {
        row.get(self.positions[column]).map_or("", String::as_str)
    }

    fn cell(&self, row: usize, column: usize) -> Cell {
        Cell {
            tab: self.name.to_string(),
            row,
            column: self.columns[column].name.to_string(),
        }
    }
}

/// Reads the tabs (file name or tab name, CSV text) back into a story file.
pub fn from_sheets(files: &[(String, String)]) -> Result<FromSheets, Vec<SheetProblem>> {
    let mut problems = Vec::new();
    let mut tables: HashMap<&'static str, Table<'_>> = HashMap::new();
    for (file, text) in files {
        let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
        let stem = base.strip_suffix(".csv").unwrap_or(base);
        // "My story - events.csv", as Google Sheets names a tab's download.
        let tab = stem
            .rsplit(" - ")
            .next()
            .unwrap_or(stem)
            .trim()
            .to_lowercase();
        let at = |row, column: &str| Cell {
            tab: tab.clone(),
            row,
            column: column.to_string(),
        };
        let Some((name, columns)) = (tab_names().into_iter())
            .find(|n| *n == tab)
            .and_then(|n| Some((n, columns(n)?)))
        else {
            problems.push(SheetProblem {
                at: at(1, ""),
                message: format!(
                    "\"{file}\" is not a tab of the story: name it one of {}",
                    tab_names().join(", ")
                ),
            });
            continue;
        };
        let mut rows = match csv::read(text) {
            Ok(rows) => rows.into_iter().enumerate().map(|(i, r)| (i + 1, r)),
            Err((row, message)) => {
                problems.push(SheetProblem {
                    at: at(row, ""),
                    message,
                });
                continue;
            }
        };
        let Some((_, head)) = rows.next() else {
            problems.push(SheetProblem {
                at: at(1, ""),
                message: "the tab is empty: it needs at least its header row".into(),
            });
            continue;
        };
        let head: Vec<String> = head.iter().map(|h| h.trim().to_lowercase()).collect();
        for (i, h) in head.iter().enumerate() {
            if !h.is_empty() && !columns.iter().any(|c| c.name == h) {
                problems.push(SheetProblem {
                    at: at(1, h),
                    message: format!("unknown column \"{h}\" (column {} of the header)", i + 1),
                });
            }
        }
        let mut positions = Vec::new();
        for c in columns {
            match head.iter().position(|h| h == c.name) {
                Some(p) => positions.push(p),
                None => problems.push(SheetProblem {
                    at: at(1, c.name),
                    message: format!("the header has no column \"{}\"", c.name),
                }),
            }
        }
        if positions.len() == columns.len() {
            tables.insert(
                name,
                Table {
                    name,
                    columns,
                    positions,
                    rows: rows.collect(),
                },
            );
        }
    }
    for required in [
        "story",
        "actors",
        "sources",
        "eras",
        "events",
        "claims",
        "citations",
    ] {
        if !tables.contains_key(required) && !problems.iter().any(|p| p.at.tab == required) {
            problems.push(SheetProblem {
                at: Cell {
                    tab: required.into(),
                    row: 1,
                    column: String::new(),
                },
                message: "this tab is missing".into(),
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut builder = Builder {
        places: Vec::new(),
        problems: Vec::new(),
    };
    let story = builder.story(&tables);
    if !builder.problems.is_empty() {
        return Err(builder.problems);
    }
    Ok(FromSheets {
        json: serde_json::to_string_pretty(&story).unwrap_or_default() + "\n",
        places: builder.places,
    })
}

struct Builder {
    places: Vec<(String, Cell)>,
    problems: Vec<SheetProblem>,
}

impl Builder {
    /// A row as a JSON object; cells for the linking columns (no key) are
    /// left to the caller.
    fn object(&mut self, table: &Table<'_>, row: usize, cells: &[String], path: &str) -> Value {
        let mut object = Map::new();
        self.places.push((path.to_string(), table.cell(row, 0)));
        for (i, column) in table.columns.iter().enumerate() {
            if column.key.is_empty() {
                continue;
            }
            let text = table.value(cells, i);
            let value = match column.kind {
                Text => Value::from(text),
                Optional if text.is_empty() => Value::Null,
                Optional => Value::from(text),
                List => Value::from(
                    (text.split(',').map(str::trim).filter(|s| !s.is_empty()))
                        .map(Value::from)
                        .collect::<Vec<_>>(),
                ),
                Number => match text.trim().replace(',', ".").parse::<f64>() {
                    Ok(n) => json!(n),
                    Err(_) => {
                        self.problems.push(SheetProblem {
                            at: table.cell(row, i),
                            message: format!("\"{text}\" is not a number"),
                        });
                        Value::Null
                    }
                },
            };
            let (outer, key) = match column.key.split_once('.') {
                Some((outer, inner)) => (Some(outer), inner),
                None => (None, column.key),
            };
            let target = match outer {
                Some(outer) => {
                    self.places
                        .push((format!("{path}.{outer}"), table.cell(row, i)));
                    object
                        .entry(outer)
                        .or_insert_with(|| Value::Object(Map::new()))
                        .as_object_mut()
                }
                None => Some(&mut object),
            };
            if let Some(target) = target {
                target.insert(key.to_string(), value);
            }
            self.places
                .push((format!("{path}.{}", column.key), table.cell(row, i)));
        }
        Value::Object(object)
    }

    fn story(&mut self, tables: &HashMap<&'static str, Table<'_>>) -> Value {
        let mut story = Map::new();
        if let Some(table) = tables.get("story") {
            match table.rows.as_slice() {
                [(row, cells)] => {
                    let mut meta = self.object(table, *row, cells, "meta");
                    let schema = meta.as_object_mut().and_then(|m| m.remove("$schema"));
                    if let Some(schema) = schema.filter(|s| !s.is_null()) {
                        story.insert("$schema".into(), schema);
                    }
                    story.insert("meta".into(), meta);
                }
                rows => self.problems.push(SheetProblem {
                    at: table.cell(rows.get(1).map_or(2, |r| r.0), 0),
                    message: format!(
                        "the story tab has one row under its header, not {}",
                        rows.len()
                    ),
                }),
            }
        }
        for (name, _) in LISTS {
            let items = tables.get(name).map_or_else(Vec::new, |table| {
                (table.rows.iter().enumerate())
                    .map(|(i, (row, cells))| {
                        self.object(table, *row, cells, &format!("{name}[{i}]"))
                    })
                    .collect()
            });
            story.insert(name.to_string(), Value::from(items));
        }
        if let Some(table) = tables.get("route") {
            match table.rows.as_slice() {
                [] => {}
                [(row, cells)] => {
                    story.insert("route".into(), self.object(table, *row, cells, "route"));
                }
                rows => self.problems.push(SheetProblem {
                    at: table.cell(rows[1].0, 0),
                    message: format!(
                        "the route tab has at most one row under its header, not {}",
                        rows.len()
                    ),
                }),
            }
        }
        self.claims(tables, &mut story);
        Value::Object(story)
    }

    /// Claims, versions, citations and notes, hung on their events.
    fn claims(
        &mut self,
        tables: &HashMap<&'static str, Table<'_>>,
        story: &mut Map<String, Value>,
    ) {
        let event_ix: HashMap<String, usize> = (list(&Value::Object(story.clone()), "events")
            .iter()
            .enumerate())
        .rev()
        .filter_map(|(i, e)| Some((e.get("id")?.as_str()?.to_string(), i)))
        .collect();
        let Some(Value::Array(events)) = story.get_mut("events") else {
            return;
        };
        // (event index, claim number) → claim index; (…, version number) → version index.
        let mut claim_ix: HashMap<(usize, String), usize> = HashMap::new();
        let mut version_ix: HashMap<(usize, usize, String), usize> = HashMap::new();
        for event in events.iter_mut() {
            if let Some(event) = event.as_object_mut() {
                event.insert("claims".into(), Value::Array(Vec::new()));
            }
        }
        let find_event = |this: &mut Self, table: &Table<'_>, row: usize, cells: &[String]| {
            let id = table.value(cells, 0).trim();
            let found = event_ix.get(id).copied();
            if found.is_none() {
                this.problems.push(SheetProblem {
                    at: table.cell(row, 0),
                    message: format!("no event has the id \"{id}\" (events tab)"),
                });
            }
            found
        };
        if let Some(table) = tables.get("claims") {
            for (row, cells) in &table.rows {
                let Some(e) = find_event(self, table, *row, cells) else {
                    continue;
                };
                let number = table.value(cells, 1).trim().to_string();
                let claims = events[e]["claims"].as_array().map_or(0, Vec::len);
                if claim_ix.insert((e, number.clone()), claims).is_some() {
                    self.problems.push(SheetProblem {
                        at: table.cell(*row, 1),
                        message: format!("claim \"{number}\" of this event is given twice"),
                    });
                    continue;
                }
                let path = format!("events[{e}].claims[{claims}]");
                let mut claim = self.object(table, *row, cells, &path);
                if let Some(claim) = claim.as_object_mut() {
                    claim.insert("sources".into(), Value::Array(Vec::new()));
                    claim.insert("notes".into(), Value::Array(Vec::new()));
                    // An empty quote or disagreement is no quote or disagreement;
                    // in one that is there, an empty cell is an empty text,
                    // which the validator names, not a missing field.
                    for part in ["quote", "disagreement"] {
                        let Some(members) = claim.get_mut(part).and_then(Value::as_object_mut)
                        else {
                            continue;
                        };
                        if members.values().all(Value::is_null) {
                            claim.remove(part);
                        } else {
                            for value in members.values_mut().filter(|v| v.is_null()) {
                                *value = Value::from("");
                            }
                        }
                    }
                    if let Some(d) = claim.get_mut("disagreement").and_then(Value::as_object_mut) {
                        d.insert("versions".into(), Value::Array(Vec::new()));
                    }
                }
                if let Some(list) = events[e]["claims"].as_array_mut() {
                    list.push(claim);
                }
            }
        }
        let find_claim = |this: &mut Self, table: &Table<'_>, row: usize, cells: &[String]| {
            let e = find_event(this, table, row, cells)?;
            let number = table.value(cells, 1).trim().to_string();
            let found = claim_ix.get(&(e, number.clone())).copied();
            if found.is_none() {
                this.problems.push(SheetProblem {
                    at: table.cell(row, 1),
                    message: format!(
                        "the claims tab has no claim \"{number}\" for event \"{}\"",
                        table.value(cells, 0).trim()
                    ),
                });
            }
            Some((e, found?))
        };
        if let Some(table) = tables.get("versions") {
            for (row, cells) in &table.rows {
                let Some((e, k)) = find_claim(self, table, *row, cells) else {
                    continue;
                };
                let claim = &mut events[e]["claims"][k];
                if claim.get("disagreement").is_none() {
                    self.problems.push(SheetProblem {
                        at: table.cell(*row, 1),
                        message:
                            "the claim has versions but no disagreement_kind in the claims tab"
                                .into(),
                    });
                    continue;
                }
                let versions = &mut claim["disagreement"]["versions"];
                let v = versions.as_array().map_or(0, Vec::len);
                let number = table.value(cells, 2).trim().to_string();
                if version_ix.insert((e, k, number.clone()), v).is_some() {
                    self.problems.push(SheetProblem {
                        at: table.cell(*row, 2),
                        message: format!("version \"{number}\" of this claim is given twice"),
                    });
                    continue;
                }
                let path = format!("events[{e}].claims[{k}].disagreement.versions[{v}]");
                let mut version = self.object(table, *row, cells, &path);
                if let Some(version) = version.as_object_mut() {
                    version.insert("sources".into(), Value::Array(Vec::new()));
                }
                if let Some(list) = versions.as_array_mut() {
                    list.push(version);
                }
            }
        }
        if let Some(table) = tables.get("citations") {
            for (row, cells) in &table.rows {
                let Some((e, k)) = find_claim(self, table, *row, cells) else {
                    continue;
                };
                let number = table.value(cells, 2).trim().to_string();
                let (base, list) = if number.is_empty() {
                    (
                        format!("events[{e}].claims[{k}].sources"),
                        &mut events[e]["claims"][k]["sources"],
                    )
                } else {
                    let Some(v) = version_ix.get(&(e, k, number.clone())).copied() else {
                        self.problems.push(SheetProblem {
                            at: table.cell(*row, 2),
                            message: format!(
                                "the versions tab has no version \"{number}\" for this claim"
                            ),
                        });
                        continue;
                    };
                    (
                        format!("events[{e}].claims[{k}].disagreement.versions[{v}].sources"),
                        &mut events[e]["claims"][k]["disagreement"]["versions"][v]["sources"],
                    )
                };
                let i = list.as_array().map_or(0, Vec::len);
                let citation = self.object(table, *row, cells, &format!("{base}[{i}]"));
                if let Some(list) = list.as_array_mut() {
                    list.push(citation);
                }
            }
        }
        if let Some(table) = tables.get("notes") {
            for (row, cells) in &table.rows {
                let Some((e, k)) = find_claim(self, table, *row, cells) else {
                    continue;
                };
                let notes = &mut events[e]["claims"][k]["notes"];
                let i = notes.as_array().map_or(0, Vec::len);
                let note = self.object(
                    table,
                    *row,
                    cells,
                    &format!("events[{e}].claims[{k}].notes[{i}]"),
                );
                if let Some(list) = notes.as_array_mut() {
                    list.push(note);
                }
            }
        }
    }
}

// Native only: proptest does not run on wasm.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests;
