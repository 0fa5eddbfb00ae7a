//! A compact form of a story that has already passed validation: the typed
//! `Story` itself, dates parsed and references as indices, so decoding
//! yields the model the widget reads with nothing left to work out. The
//! published page (and the script embed's story.txt) hands the widget its
//! story in this form, and the widget only decodes it: no JSON parser, no
//! validator, no error messages ship with it. Story files loaded at run time
//! are compiled to the same form by the separate story-compiler module.
//!
//! Every type is written field by field in declaration order; the macro below
//! generates the writer and the reader from one field list, so the two cannot
//! disagree. Integers are little-endian base-32 digits (signed ones
//! zig-zagged), strings and lists are length-prefixed, options, results and
//! enums take a one-digit tag.
//!
//! The form is text an HTML page can carry in an attribute as it is (after
//! `&` and `"` are escaped), so the published page holds the story once
//! for both readers (the prerender) and the widget (README, Release
//! bundle): digits are the printable characters `?` to `~`, and the bytes in
//! a string that an HTML parser would change (NUL, CR) or that could hide
//! (other C0 controls) are escaped with DEL. Brotli finds each string of
//! this form again in the prerendered text beside it, so the second copy
//! costs the page little.

use std::rc::Rc;

use super::date::{Point, Precision, StoryDate};
use super::model::*;
use super::report::{Problem, Report};

/// Starts every compiled story: "PTX", then the low 32 bits of the format
/// version in hexadecimal. The version
/// is not written by hand: it is `Wire::SHAPE` of the whole blob, a hash of
/// every type's name, field names in order, variant names in order and the
/// shapes of the field types. A story compiler from a release whose format
/// differs in any of these is refused instead of misread, and nobody has to
/// remember a bump.
const MAGIC: [u8; 11] = header(<Result<Story, Report> as Wire>::SHAPE);

const fn header(version: u64) -> [u8; 11] {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = [b'P', b'T', b'X', 0, 0, 0, 0, 0, 0, 0, 0];
    let mut i = 0;
    while i < 8 {
        out[3 + i] = HEX[((version >> (28 - 4 * i)) & 0xf) as usize];
        i += 1;
    }
    out
}

/// The first digit character; a digit is `DIGIT_ZERO` plus five bits of the
/// number, plus `MORE_DIGITS` when another digit follows.
const DIGIT_ZERO: u8 = b'?';
const MORE_DIGITS: u8 = 0x20;
const DIGIT_BITS: u32 = 5;
/// Starts an escaped byte in a string: the byte follows, XOR 0x40.
const ESCAPE: u8 = 0x7f;

fn is_escaped(byte: u8) -> bool {
    (byte < 0x20 && byte != b'\t' && byte != b'\n') || byte == ESCAPE
}

/// The format version the widget reads (the one `encode` writes).
pub const FORMAT_VERSION: u64 = <Result<Story, Report> as Wire>::SHAPE;

/// FNV-1a, 64 bits, usable at compile time. Not for security: it only has to
/// tell two formats apart.
pub const fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    let mut hash = hash;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The FNV-1a offset basis, where every shape hash starts.
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// `hash` extended by a nested shape, so `Vec<Option<T>>` and
/// `Option<Vec<T>>` differ.
const fn mix(hash: u64, shape: u64) -> u64 {
    fnv1a(hash, &shape.to_le_bytes())
}

/// The shape of a field, found through an accessor so the macro below needs
/// only the field's name, not its type.
const fn field_shape<S, F: Wire>(_: fn(&S) -> &F) -> u64 {
    F::SHAPE
}

pub trait Wire: Sized {
    /// How this type is written (see `MAGIC`): equal shapes, same bytes.
    const SHAPE: u64;
    fn put(&self, out: &mut Vec<u8>);
    /// `None` when the bytes end early or do not describe a `Self`.
    fn take(input: &mut Reader<'_>) -> Option<Self>;
}

pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(first)
    }

    fn slice(&mut self, len: usize) -> Option<&'a [u8]> {
        if len > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        Some(head)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(DIGIT_BITS as usize) {
            let digit = self.byte()?.checked_sub(DIGIT_ZERO).filter(|&d| d < 0x40)?;
            let part = u64::from(digit & !MORE_DIGITS);
            // Bits beyond the 64th would be lost: not a number we wrote.
            if shift > 0 && part >> (64 - shift) != 0 {
                return None;
            }
            value |= part << shift;
            if digit & MORE_DIGITS == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A length, which can never exceed the bytes left: a corrupt length
    /// fails here instead of asking for a huge allocation.
    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?)
            .ok()
            .filter(|&n| n <= self.bytes.len())
    }
}

fn put_varint(mut value: u64, out: &mut Vec<u8>) {
    while value >= u64::from(MORE_DIGITS) {
        out.push(DIGIT_ZERO + ((value as u8) & !MORE_DIGITS & 0x3f | MORE_DIGITS));
        value >>= DIGIT_BITS;
    }
    out.push(DIGIT_ZERO + value as u8);
}

/// `raw` with each escape replaced by the byte it stands for.
fn unescape(raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut bytes = raw.iter();
    while let Some(&byte) = bytes.next() {
        out.push(if byte == ESCAPE {
            bytes.next()? ^ 0x40
        } else {
            byte
        });
    }
    Some(out)
}

impl Wire for u64 {
    const SHAPE: u64 = fnv1a(FNV_START, b"u64 digits");
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(*self, out);
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        input.varint()
    }
}

impl Wire for usize {
    const SHAPE: u64 = fnv1a(FNV_START, b"usize digits");
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(*self as u64, out);
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        usize::try_from(input.varint()?).ok()
    }
}

impl Wire for u32 {
    const SHAPE: u64 = fnv1a(FNV_START, b"u32 digits");
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(u64::from(*self), out);
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        u32::try_from(input.varint()?).ok()
    }
}

impl Wire for i32 {
    const SHAPE: u64 = fnv1a(FNV_START, b"i32 zigzag digits");
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(u64::from(((*self << 1) ^ (*self >> 31)) as u32), out);
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        let z = u32::try_from(input.varint()?).ok()?;
        Some(((z >> 1) as i32) ^ -((z & 1) as i32))
    }
}

impl Wire for bool {
    const SHAPE: u64 = fnv1a(FNV_START, b"bool tag");
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(u64::from(*self), out);
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        match input.varint()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Wire for f64 {
    const SHAPE: u64 = fnv1a(FNV_START, b"f64 bits digits");
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(self.to_bits(), out);
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        input.varint().map(f64::from_bits)
    }
}

impl Wire for String {
    const SHAPE: u64 = fnv1a(FNV_START, b"String len escaped utf8");
    fn put(&self, out: &mut Vec<u8>) {
        let escapes = self.bytes().filter(|&b| is_escaped(b)).count();
        (self.len() + escapes).put(out);
        for byte in self.bytes() {
            if is_escaped(byte) {
                out.extend_from_slice(&[ESCAPE, byte ^ 0x40]);
            } else {
                out.push(byte);
            }
        }
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        let len = input.len()?;
        let raw = input.slice(len)?;
        let bytes = if raw.contains(&ESCAPE) {
            unescape(raw)?
        } else {
            raw.to_vec()
        };
        String::from_utf8(bytes).ok()
    }
}

impl<T: Wire> Wire for Option<T> {
    const SHAPE: u64 = mix(fnv1a(FNV_START, b"Option tag"), T::SHAPE);
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => put_varint(0, out),
            Some(value) => {
                put_varint(1, out);
                value.put(out);
            }
        }
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        match input.varint()? {
            0 => Some(None),
            1 => Some(Some(T::take(input)?)),
            _ => None,
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    const SHAPE: u64 = mix(fnv1a(FNV_START, b"Vec len"), T::SHAPE);
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        for item in self {
            item.put(out);
        }
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        // Every item takes at least one byte, so `len` bounds the capacity.
        let len = input.len()?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::take(input)?);
        }
        Some(items)
    }
}

/// A list the widget passes to components: cloned by pointer, encoded as a `Vec`.
impl<T: Wire> Wire for Rc<[T]> {
    const SHAPE: u64 = Vec::<T>::SHAPE;
    fn put(&self, out: &mut Vec<u8>) {
        self.len().put(out);
        for item in self.iter() {
            item.put(out);
        }
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        Vec::take(input).map(Rc::from)
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    const SHAPE: u64 = mix(mix(fnv1a(FNV_START, b"pair"), A::SHAPE), B::SHAPE);
    fn put(&self, out: &mut Vec<u8>) {
        self.0.put(out);
        self.1.put(out);
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        Some((A::take(input)?, B::take(input)?))
    }
}

impl<T: Wire, E: Wire> Wire for Result<T, E> {
    const SHAPE: u64 = mix(mix(fnv1a(FNV_START, b"Result tag"), T::SHAPE), E::SHAPE);
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Ok(value) => {
                put_varint(0, out);
                value.put(out);
            }
            Err(error) => {
                put_varint(1, out);
                error.put(out);
            }
        }
    }
    fn take(input: &mut Reader<'_>) -> Option<Self> {
        match input.varint()? {
            0 => Some(Ok(T::take(input)?)),
            1 => Some(Err(E::take(input)?)),
            _ => None,
        }
    }
}

/// A struct as its fields in order.
macro_rules! wire_struct {
    ($($name:ident { $($field:ident),* $(,)? })*) => {$(
        impl Wire for $name {
            const SHAPE: u64 = {
                let hash = fnv1a(FNV_START, stringify!($name { $($field),* }).as_bytes());
                $(let hash = mix(hash, field_shape(|s: &$name| &s.$field));)*
                hash
            };
            fn put(&self, out: &mut Vec<u8>) {
                $(self.$field.put(out);)*
            }
            fn take(input: &mut Reader<'_>) -> Option<Self> {
                Some($name { $($field: Wire::take(input)?,)* })
            }
        }
    )*};
}

/// A field-less enum as the index of its variant.
macro_rules! wire_enum {
    ($($name:ident { $($variant:ident),* $(,)? })*) => {$(
        impl Wire for $name {
            const SHAPE: u64 = fnv1a(FNV_START, stringify!(enum $name { $($variant),* }).as_bytes());
            fn put(&self, out: &mut Vec<u8>) {
                let variants = [$($name::$variant),*];
                put_varint(variants.iter().position(|v| v == self).unwrap_or(0) as u64, out);
            }
            fn take(input: &mut Reader<'_>) -> Option<Self> {
                [$($name::$variant),*].get(usize::try_from(input.varint()?).ok()?).copied()
            }
        }
    )*};
}

/// An index newtype as its number; `decode` checks that it points into its
/// list (`Story::references_resolve`).
macro_rules! wire_index {
    ($($name:ident)*) => {$(
        impl Wire for $name {
            const SHAPE: u64 = fnv1a(FNV_START, concat!(stringify!($name), " digits").as_bytes());
            fn put(&self, out: &mut Vec<u8>) {
                self.0.put(out);
            }
            fn take(input: &mut Reader<'_>) -> Option<Self> {
                usize::take(input).map($name)
            }
        }
    )*};
}

wire_index! { EraIx SourceIx OutletIx ActorIx PlaceIx }

wire_enum! {
    Confidence { Confirmed, Likely, Unknown }
    Precision { Year, Month, Day }
    OutletKind { NewsAgency, StateNewsAgency, Broadcaster, StateBroadcaster, Newspaper, NewsSite, AnalysisSite, Government }
    DisagreementKind { Factual, Claims, Readings }
    NoteKind { Correction, Outside }
}

wire_struct! {
    Story { meta, actors, sources, outlets, eras, places, route, events }
    Meta { title, standfirst, updated, language }
    ShownDay { day, text }
    Actor { id, name }
    Identification { publisher, headline, author, date }
    Source { id, seed, publisher, country, kind, about, headline, author, date, url, identification, identification_note, framing }
    Outlet { name, country, kind, date, headline, url, via }
    Era { id, label, span, outlets }
    Place { name, lat, lon }
    Route { label, stops, outlets }
    Event { id, date, display_date, date_is_label, date_outlets, era, headline, body, actors, place, place_outlets, claims, cited }
    Claim { text, citations, quote, disagreement, notes }
    Citation { source, passage }
    Quote { text, by }
    Disagreement { kind, note, versions }
    Version { text, citations, outlets }
    Note { kind, text, concerns, outlets }
    Point { year, month, day }
    StoryDate { from, to, approximate }
    Problem { path, message }
    Report { file, problems }
}

/// The outcome of loading a story file, in the compiled form.
pub fn encode(loaded: &Result<Story, Report>) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    loaded.put(&mut out);
    out
}

/// Reads what `encode` wrote; `None` for anything else, including a blob
/// with bytes left over or a story with an index that points nowhere (the
/// model's accessors rely on every index resolving).
pub fn decode(bytes: &[u8]) -> Option<Result<Story, Report>> {
    let mut input = Reader {
        bytes: bytes.strip_prefix(&MAGIC)?,
    };
    let loaded: Result<Story, Report> = Wire::take(&mut input)?;
    let resolves = loaded.as_ref().map_or(true, Story::references_resolve);
    (input.bytes.is_empty() && resolves).then_some(loaded)
}

/// Parses, validates and encodes a story file: what the build does for the
/// bundled story and the story-compiler module does at run time.
pub fn compile(file_name: &str, json: &str) -> Vec<u8> {
    encode(&Story::load(file_name, json))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../static/story.json");

    fn round_trip<T: Wire + PartialEq + std::fmt::Debug>(value: T) {
        let mut out = Vec::new();
        value.put(&mut out);
        let mut input = Reader { bytes: &out };
        assert_eq!(T::take(&mut input).as_ref(), Some(&value));
        assert!(input.bytes.is_empty(), "bytes left over for {value:?}");
    }

    #[test]
    fn integers_round_trip_at_their_limits() {
        for n in [0, 1, -1, 63, -64, 64, 1_000_000, i32::MAX, i32::MIN] {
            round_trip(n);
        }
        for n in [0u32, 127, 128, 16_383, 16_384, u32::MAX] {
            round_trip(n);
        }
        round_trip(u64::MAX);
    }

    #[test]
    fn text_options_lists_and_floats_round_trip() {
        round_trip(String::new());
        round_trip("Lachin · Ləçin \u{202e} <script>".to_string());
        round_trip(Some(vec![1u32, 2, 3]));
        round_trip(None::<String>);
        round_trip((-5i32, 7u32));
        round_trip(39.925_533f64);
        round_trip(Confidence::Likely);
        round_trip(Precision::Day);
    }

    #[test]
    fn the_form_is_text_an_html_attribute_keeps() {
        let hostile = "NUL \0 CR \r\n tab \t DEL \x7f ESC \x1b \u{202e} \" & <script>".to_string();
        round_trip(hostile.clone());
        let story = Story::load("story.json", SHIPPED).expect("the shipped story is valid");
        let mut blob = encode(&Ok(story));
        hostile.put(&mut blob);
        let text = std::str::from_utf8(&blob).expect("UTF-8");
        // What an HTML parser changes in an attribute value (NUL, CR) or
        // what could hide there (other controls) never appears as itself.
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\x7f'),
            "{text}"
        );
    }

    #[test]
    fn the_shipped_story_round_trips_whole() {
        let story = Story::load("story.json", SHIPPED).expect("the shipped story is valid");
        let expected = story.clone();
        let bytes = encode(&Ok(story));
        assert_eq!(decode(&bytes), Some(Ok(expected)));
        // Smaller than its JSON: no keys, no quotes, no indentation.
        assert!(bytes.len() < SHIPPED.len(), "{} bytes", bytes.len());
    }

    #[test]
    fn a_report_round_trips() {
        let report = compile("broken.json", "{\"meta\": 1}");
        match decode(&report) {
            Some(Err(r)) => {
                assert_eq!(r.file, "broken.json");
                assert_eq!(r.problems.len(), 1);
                assert_eq!(r.problems[0].path, "meta");
            }
            other => panic!("expected a report, got {other:?}"),
        }
    }

    fn with_header(body: &[u8]) -> Vec<u8> {
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(body);
        bytes
    }

    #[test]
    fn a_blob_of_another_format_version_is_refused() {
        let bytes = compile("story.json", SHIPPED);
        assert!(decode(&bytes).is_some());
        for at in 3..MAGIC.len() {
            let mut other = bytes.clone();
            other[at] ^= 1;
            assert_eq!(decode(&other), None, "version byte {at} changed");
        }
        // The hand-bumped header of the first releases.
        let mut old = b"PTX1".to_vec();
        old.extend_from_slice(&bytes[MAGIC.len()..]);
        assert_eq!(decode(&old), None);
    }

    mod before {
        use super::super::*;
        pub struct Item {
            pub id: String,
            pub count: u32,
        }
        wire_struct! { Item { id, count } }
    }

    mod field_added {
        use super::super::*;
        pub struct Item {
            pub id: String,
            pub count: u32,
            pub note: Option<String>,
        }
        wire_struct! { Item { id, count, note } }
    }

    mod fields_swapped {
        use super::super::*;
        pub struct Item {
            pub id: String,
            pub count: u32,
        }
        wire_struct! { Item { count, id } }
    }

    mod type_changed {
        use super::super::*;
        pub struct Item {
            pub id: String,
            pub count: Option<u32>,
        }
        wire_struct! { Item { id, count } }
    }

    mod same_again {
        use super::super::*;
        pub struct Item {
            pub id: String,
            pub count: u32,
        }
        wire_struct! { Item {
            id,
            count,
        } }
    }

    #[test]
    fn the_format_version_changes_whenever_the_format_does() {
        assert_ne!(fnv1a(FNV_START, b"a, b"), fnv1a(FNV_START, b"a, c"));
        let before = before::Item::SHAPE;
        for (what, shape) in [
            ("a field added", field_added::Item::SHAPE),
            ("fields reordered", fields_swapped::Item::SHAPE),
            ("a field's type changed", type_changed::Item::SHAPE),
        ] {
            assert_ne!(before, shape, "{what} kept the version");
        }
        assert_eq!(
            before,
            same_again::Item::SHAPE,
            "layout of the list is not format"
        );
        // The version reaches the blob through every nested type.
        assert_ne!(
            <Vec<Option<u32>> as Wire>::SHAPE,
            <Option<Vec<u32>> as Wire>::SHAPE
        );
        assert_eq!(
            MAGIC[3..],
            *format!("{:08x}", FORMAT_VERSION as u32).as_bytes(),
            "the header carries the version"
        );
    }

    #[test]
    fn a_story_whose_index_points_nowhere_is_refused() {
        let story = Story::load("story.json", SHIPPED).expect("the shipped story is valid");
        let breakages: [fn(&mut Story); 4] = [
            |s| s.events[0].era = EraIx(s.eras.len()),
            |s| s.events[0].claims[0].citations[0].source = SourceIx(s.sources.len()),
            |s| s.events[0].actors.push(ActorIx(s.actors.len())),
            |s| s.eras[0].outlets.push(OutletIx(s.outlets.len())),
        ];
        for (i, break_it) in breakages.iter().enumerate() {
            let mut broken = story.clone();
            break_it(&mut broken);
            assert!(!broken.references_resolve(), "breakage {i}");
            assert_eq!(decode(&encode(&Ok(broken))), None, "breakage {i}");
        }
    }

    #[test]
    fn damaged_bytes_are_refused_not_misread() {
        let bytes = compile("story.json", SHIPPED);
        assert_eq!(decode(b""), None);
        assert_eq!(decode(b"PTX0\0"), None, "a foreign header");
        assert_eq!(decode(&bytes[..bytes.len() - 1]), None, "cut short");
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None, "trailing bytes");
        // A length that claims more bytes than there are.
        assert_eq!(decode(&with_header(b"?~~~~N")), None);
        // A result tag that is neither 0 nor 1.
        assert_eq!(decode(&with_header(b"A")), None);
        // A digit outside `?`..`~`, and a number past 64 bits.
        assert_eq!(decode(&with_header(b"?\x01")), None);
        let mut past_64_bits = Reader {
            bytes: b"~~~~~~~~~~~~_",
        };
        assert_eq!(past_64_bits.varint(), None);
        let mut all_64_bits = Reader {
            bytes: b"~~~~~~~~~~~~N",
        };
        assert_eq!(all_64_bits.varint(), Some(u64::MAX));
        // Every truncation of a real blob fails cleanly.
        for end in (MAGIC.len()..bytes.len()).step_by(97) {
            assert_eq!(decode(&bytes[..end]), None, "cut at {end}");
        }
    }
}
