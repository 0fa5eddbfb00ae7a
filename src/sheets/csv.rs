//! CSV as spreadsheets export it: UTF-8 with or without a byte order mark,
//! CRLF or LF line ends, quoted cells holding newlines, quotes and
//! separators, and `;` as the separator where European Excel uses it.

/// The cells of each row. `Err` gives the 1-based row where the text stops
/// making sense, and why.
pub fn read(text: &str) -> Result<Vec<Vec<String>>, (usize, String)> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let separator = separator(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut row_line = 1;
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    line += 1;
                    cell.push('\n');
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            '"' => {
                return Err((
                    row_line,
                    "a quote inside a cell that does not start with one".into(),
                ))
            }
            c if c == separator => {
                row.push(std::mem::take(&mut cell));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                row.push(std::mem::take(&mut cell));
                was_quoted = false;
                rows.push(std::mem::take(&mut row));
                line += 1;
                row_line = line;
            }
            _ if was_quoted => {
                return Err((row_line, "text after a quoted cell's closing quote".into()))
            }
            _ => cell.push(c),
        }
    }
    if quoted {
        return Err((row_line, "a quoted cell is never closed".into()));
    }
    if !cell.is_empty() || was_quoted || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    // Spreadsheets pad with empty rows; they mean nothing.
    rows.retain(|r| r.iter().any(|c| !c.is_empty()));
    Ok(rows)
}

/// `;` when the header line has more semicolons than commas outside quotes
/// (European Excel), else `,`.
fn separator(text: &str) -> char {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            '\n' if !quoted => break,
            _ => {}
        }
    }
    if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// Rows as CSV with `,`, LF line ends and quotes only where needed.
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            // A cell that starts or ends with a space is quoted too, so no
            // spreadsheet trims it.
            if cell.contains([',', ';', '"', '\n', '\r']) || cell.trim() != cell {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(cells: &[&[&str]]) -> Vec<Vec<String>> {
        cells
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn google_sheets_export_plain_commas_and_lf() {
        assert_eq!(
            read("id,name\npakistan,Pakistan\n").unwrap(),
            rows(&[&["id", "name"], &["pakistan", "Pakistan"]])
        );
    }

    #[test]
    fn excel_export_with_bom_and_crlf() {
        assert_eq!(
            read("\u{FEFF}id,name\r\nturkey,Türkiye\r\n").unwrap(),
            rows(&[&["id", "name"], &["turkey", "Türkiye"]])
        );
    }

    #[test]
    fn european_excel_semicolons_with_commas_inside_cells() {
        assert_eq!(
            read("id;text\r\na;\"One, two; three\"\r\nb;1,5\r\n").unwrap(),
            rows(&[&["id", "text"], &["a", "One, two; three"], &["b", "1,5"]])
        );
    }

    #[test]
    fn quoted_newlines_quotes_and_empty_cells() {
        let text = "id,body,note\r\nx,\"Line one\r\nline \"\"two\"\"\",\r\ny,,\"\"\n";
        assert_eq!(
            read(text).unwrap(),
            rows(&[
                &["id", "body", "note"],
                &["x", "Line one\nline \"two\"", ""],
                &["y", "", ""]
            ])
        );
    }

    #[test]
    fn no_final_newline_and_padding_rows() {
        assert_eq!(
            read("a,b\n1,2\n,\n\n").unwrap(),
            rows(&[&["a", "b"], &["1", "2"]])
        );
        assert_eq!(read("a,b\n1,2").unwrap(), rows(&[&["a", "b"], &["1", "2"]]));
    }

    #[test]
    fn broken_quoting_names_the_row() {
        assert_eq!(
            read("a,b\n1,\"open\n\n").unwrap_err(),
            (2, "a quoted cell is never closed".to_string())
        );
        assert_eq!(
            read("a,b\n1,2\n3,x\"y\n").unwrap_err(),
            (
                3,
                "a quote inside a cell that does not start with one".to_string()
            )
        );
        assert_eq!(
            read("a,b\n\"q\"x,2\n").unwrap_err(),
            (2, "text after a quoted cell's closing quote".to_string())
        );
    }

    #[test]
    fn written_csv_reads_back_the_same() {
        let cells = rows(&[
            &["id", "text"],
            &["a", "comma, semicolon; \"quote\"\nnewline"],
            &["b", " padded "],
            &["c", ""],
        ]);
        assert_eq!(read(&write(&cells)).unwrap(), cells);
    }
}
