//! Where a problem is in the text an editor sees: a problem's place (a JSON
//! path such as `events[7].claims[2].sources[0]`, or "line 3 column 5" for
//! a syntax error) as a line and column, found by reading the text itself.
//! A path the text does not fully have (a missing key) points at the
//! deepest part that is there.

/// A place in the text: 1-based line and column (in characters), and the
/// offset in UTF-16 code units that a textarea's selection counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub utf16: usize,
}

/// One step of a JSON path.
#[derive(Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The steps of a path as the validator writes it (`At`); `None` for
/// anything else.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let (index, after) = after.split_once(']')?;
            steps.push(Step::Index(index.parse().ok()?));
            rest = after;
        } else {
            let key_text = rest.strip_prefix('.').unwrap_or(rest);
            let end = key_text.find(['.', '[']).unwrap_or(key_text.len());
            if end == 0 {
                return None;
            }
            steps.push(Step::Key(&key_text[..end]));
            rest = &key_text[end..];
        }
    }
    Some(steps)
}

/// "line 3 column 5", as serde_json words a syntax error's place.
fn line_and_column(path: &str) -> Option<(usize, usize)> {
    let rest = path.strip_prefix("line ")?;
    let (line, column) = rest.split_once(" column ")?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// The event a path is inside (`events[4]…` → 4): the card to show.
pub fn event_index(path: &str) -> Option<usize> {
    match steps(path)?.as_slice() {
        [Step::Key("events"), Step::Index(i), ..] => Some(*i),
        _ => None,
    }
}

/// The string at `path` in `text` (escapes left as written), if there is one:
/// an event's id while the file is still broken elsewhere.
pub fn string_at<'a>(text: &'a str, path: &str) -> Option<&'a str> {
    let steps = steps(path)?;
    let mut reader = Reader::new(text);
    reader.skip_space();
    for step in &steps {
        match step {
            Step::Key(key) => reader.member(key)?,
            Step::Index(index) => reader.element(*index)?,
        };
    }
    let value = reader.string()?;
    std::str::from_utf8(value).ok()
}

/// Where `path` is in `text`; the start of the text when the path names
/// no place in it ("(file)", "(top level)").
pub fn locate(text: &str, path: &str) -> Position {
    if let Some((line, column)) = line_and_column(path) {
        return from_line_and_column(text, line, column);
    }
    let offset = steps(path).map_or(0, |steps| Reader::new(text).find(&steps));
    position(text, offset)
}

fn from_line_and_column(text: &str, line: usize, column: usize) -> Position {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    // serde_json counts the column in bytes; before the first character it is 0.
    let line_text = &text[line_start..];
    let line_len = line_text.find('\n').unwrap_or(line_text.len());
    let mut offset = line_start + column.saturating_sub(1).min(line_len);
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    position(text, offset)
}

fn position(text: &str, offset: usize) -> Position {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Position {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
        utf16: before.encode_utf16().count(),
    }
}

/// A forgiving JSON reader over bytes: it only needs to skip values and
/// read keys, and stops (keeping the deepest place found) at anything odd.
struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text: text.as_bytes(),
            at: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    /// The byte offset of the value or key `steps` leads to.
    fn find(&mut self, steps: &[Step<'_>]) -> usize {
        self.skip_space();
        let mut found = self.at;
        for step in steps {
            let here = match step {
                Step::Key(key) => self.member(key),
                Step::Index(index) => self.element(*index),
            };
            match here {
                Some(at) => found = at,
                None => break,
            }
        }
        found
    }

    /// Moves to the value of `key` in the object here; returns where its
    /// key starts, the place an editor looks for.
    fn member(&mut self, key: &str) -> Option<usize> {
        if self.peek()? != b'{' {
            return None;
        }
        self.at += 1;
        loop {
            self.skip_space();
            let key_at = self.at;
            let name = self.string()?;
            self.skip_space();
            if self.peek()? != b':' {
                return None;
            }
            self.at += 1;
            self.skip_space();
            if name == key.as_bytes() {
                return Some(key_at);
            }
            self.value()?;
            self.skip_space();
            if self.peek()? != b',' {
                return None;
            }
            self.at += 1;
        }
    }

    /// Moves to item `index` of the array here; returns where it starts.
    fn element(&mut self, index: usize) -> Option<usize> {
        if self.peek()? != b'[' {
            return None;
        }
        self.at += 1;
        for _ in 0..index {
            self.skip_space();
            self.value()?;
            self.skip_space();
            if self.peek()? != b',' {
                return None;
            }
            self.at += 1;
        }
        self.skip_space();
        (self.peek()? != b']').then_some(self.at)
    }

    /// Reads a string's raw bytes (escapes left as written: keys in a
    /// story are plain).
    fn string(&mut self) -> Option<&'a [u8]> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.at + 1;
        self.at = start;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
        self.at += 1;
        self.text.get(start..self.at - 1)
    }

    fn value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.at += 1;
                loop {
                    self.skip_space();
                    match self.peek()? {
                        b if b == close => {
                            self.at += 1;
                            return Some(());
                        }
                        b',' | b':' => self.at += 1,
                        _ => self.value()?,
                    }
                }
            }
            _ => {
                let start = self.at;
                while self
                    .peek()
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
                (self.at > start).then_some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"{
  "meta": {"title": "T", "note": "a \"quoted\" } ]"},
  "events": [
    {"id": "a", "claims": []},
    {
      "id": "ü-b",
      "claims": [{"text": "x"}, {"text": "y", "sources": [1, 2.5e3, null]}]
    }
  ]
}"#;

    fn at(path: &str) -> (usize, usize) {
        let p = locate(TEXT, path);
        (p.line, p.column)
    }

    #[test]
    fn paths_lead_to_their_key_or_item() {
        assert_eq!(at("meta.title"), (2, 12));
        assert_eq!(at("events"), (3, 3));
        assert_eq!(at("events[0]"), (4, 5));
        assert_eq!(at("events[1].id"), (6, 7));
        assert_eq!(at("events[1].claims[1].sources[2]"), (7, 69));
    }

    #[test]
    fn escaped_quotes_and_brackets_inside_strings_are_skipped() {
        assert_eq!(at("events[0].claims"), (4, 17));
    }

    #[test]
    fn a_missing_part_points_at_the_deepest_part_there() {
        assert_eq!(at("events[1].claims[5]"), (7, 7));
        assert_eq!(at("events[0].headline"), (4, 5));
        assert_eq!(at("(file)"), (1, 1));
        assert_eq!(at("(top level)"), (1, 1));
    }

    #[test]
    fn syntax_error_places_are_read_as_written() {
        assert_eq!(at("line 6 column 12"), (6, 12));
        assert_eq!(at("line 99 column 1"), (10, 2));
        // Column 0: before the first character of the line.
        assert_eq!(at("line 2 column 0"), (2, 1));
    }

    #[test]
    fn the_textarea_offset_counts_utf16_units() {
        let text = "{\"a\": \"😀\", \"b\": 1}";
        // 11 characters before "b", one of them two UTF-16 units.
        let p = locate(text, "b");
        assert_eq!((p.line, p.column, p.utf16), (1, 12, 12));
    }

    #[test]
    fn strings_are_read_where_a_path_leads() {
        assert_eq!(string_at(TEXT, "events[1].id"), Some("ü-b"));
        assert_eq!(string_at(TEXT, "events[1].claims[0].text"), Some("x"));
        assert_eq!(string_at(TEXT, "events[0].claims"), None);
        assert_eq!(string_at(TEXT, "events[2].id"), None);
    }

    #[test]
    fn the_card_of_a_path_is_its_event() {
        assert_eq!(event_index("events[12].claims[0].text"), Some(12));
        assert_eq!(event_index("events"), None);
        assert_eq!(event_index("sources[1].id"), None);
        assert_eq!(event_index("line 3 column 1"), None);
    }
}
