//! "Read in context" links: a source's address with a URL text fragment
//! (`#:~:text=…`), so browsers that support them (current Chrome, Edge,
//! Safari, Firefox) open the page scrolled to the passage and highlighted;
//! others just open the page. Pure.

/// Passages up to this many words are matched whole; longer ones by their
/// first and last words (`text=start,end`), which keeps the link short and
/// still marks the whole passage.
const MAX_WHOLE_WORDS: usize = 10;
/// Words at each end of a long passage's start/end form.
const EDGE_WORDS: usize = 4;

/// `url` with a text fragment that selects `passage`. An empty passage
/// leaves the address as it is.
pub fn link(url: &str, passage: &str) -> String {
    let words: Vec<&str> = passage.split_whitespace().collect();
    if words.is_empty() {
        return url.to_string();
    }
    let directive = if words.len() <= MAX_WHOLE_WORDS {
        encode(&words.join(" "))
    } else {
        let start = words[..EDGE_WORDS].join(" ");
        let end = words[words.len() - EDGE_WORDS..].join(" ");
        format!("{},{}", encode(&start), encode(&end))
    };
    // A text directive goes after the page's own fragment, if it has one.
    let separator = if url.contains('#') { ":~:" } else { "#:~:" };
    format!("{url}{separator}text={directive}")
}

/// Percent-encodes everything but unreserved ASCII (RFC 3986): the
/// directive's own syntax characters `&`, `,` and `-` must never appear
/// literally inside a term, and non-ASCII text is encoded as UTF-8.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

#[cfg(test)]
mod tests {
    use super::*;

    /// The inverse of `encode`, as a browser decodes a directive term.
    fn decode(term: &str) -> String {
        let bytes = term.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&term[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    fn terms(link: &str) -> Vec<String> {
        let directive = link.split(":~:text=").nth(1).unwrap();
        directive.split(',').map(decode).collect()
    }

    #[test]
    fn a_short_passage_is_matched_whole() {
        let url = link(
            "https://news.example/a",
            "Pakistan became independent in 1947.",
        );
        assert_eq!(
            url,
            "https://news.example/a#:~:text=Pakistan%20became%20independent%20in%201947."
        );
        assert_eq!(terms(&url), ["Pakistan became independent in 1947."]);
    }

    #[test]
    fn a_long_passage_is_matched_by_its_ends() {
        let passage = "The friendship between Turkey and Pakistan began soon after \
                       Pakistan became independent in 1947.";
        let url = link("https://news.example/a", passage);
        assert_eq!(
            terms(&url),
            [
                "The friendship between Turkey",
                "became independent in 1947."
            ]
        );
        let [start, end] = &terms(&url)[..] else {
            panic!("{url}")
        };
        assert!(passage.starts_with(start.as_str()) && passage.ends_with(end.as_str()));
    }

    #[test]
    fn syntax_characters_and_non_ascii_are_encoded() {
        let url = link(
            "https://gsdn.live/?p=2871",
            "Turkey-Pakistan ties, “brotherly” & close",
        );
        let directive = url.split(":~:text=").nth(1).unwrap();
        for literal in ['-', ',', '&', ' ', '“'] {
            assert!(!directive.contains(literal), "{literal} in {directive}");
        }
        assert_eq!(terms(&url), ["Turkey-Pakistan ties, “brotherly” & close"]);
        assert!(url.starts_with("https://gsdn.live/?p=2871#:~:text="));
    }

    #[test]
    fn an_address_with_a_fragment_keeps_it() {
        assert_eq!(
            link("https://news.example/a#top", "one"),
            "https://news.example/a#top:~:text=one"
        );
        assert_eq!(
            link("https://news.example/a", "  "),
            "https://news.example/a"
        );
    }
}
