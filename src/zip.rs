//! A zip archive of stored (uncompressed) files: enough to hand an editor
//! several files as one download (browsers block more than a few downloads
//! at once), without a compression crate. Fixed timestamps, so the same
//! files always make the same bytes.

/// CRC-32 (IEEE), bit by bit: archives here are small.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// 1 January 1980, the earliest date a zip can say: every entry gets it.
const DOS_DATE: u16 = (1 << 5) | 1;
/// Bit 11: names are UTF-8.
const UTF8_NAMES: u16 = 1 << 11;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The archive of `files` (name, content), in the order given. `None` when
/// it would need zip64 (4 GB, 65,535 files): never for a story.
pub fn stored(files: &[(String, Vec<u8>)]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, content) in files {
        let offset = u32::try_from(out.len()).ok()?;
        let size = u32::try_from(content.len()).ok()?;
        let name_len = u16::try_from(name.len()).ok()?;
        let crc = crc32(content);
        // Local file header.
        u32le(&mut out, 0x0403_4b50);
        u16le(&mut out, 20); // version needed
        u16le(&mut out, UTF8_NAMES);
        u16le(&mut out, 0); // stored
        u16le(&mut out, 0); // time
        u16le(&mut out, DOS_DATE);
        u32le(&mut out, crc);
        u32le(&mut out, size);
        u32le(&mut out, size);
        u16le(&mut out, name_len);
        u16le(&mut out, 0); // extra
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(content);
        // Its central directory entry.
        u32le(&mut central, 0x0201_4b50);
        u16le(&mut central, 20); // made by
        u16le(&mut central, 20); // needed
        u16le(&mut central, UTF8_NAMES);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u16le(&mut central, DOS_DATE);
        u32le(&mut central, crc);
        u32le(&mut central, size);
        u32le(&mut central, size);
        u16le(&mut central, name_len);
        u16le(&mut central, 0); // extra
        u16le(&mut central, 0); // comment
        u16le(&mut central, 0); // disk
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let count = u16::try_from(files.len()).ok()?;
    let central_at = u32::try_from(out.len()).ok()?;
    let central_len = u32::try_from(central.len()).ok()?;
    out.extend_from_slice(&central);
    u32le(&mut out, 0x0605_4b50);
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, count);
    u16le(&mut out, count);
    u32le(&mut out, central_len);
    u32le(&mut out, central_at);
    u16le(&mut out, 0);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn unzip_reads_back_every_file() {
        let files = vec![
            ("story.csv".to_string(), b"title\nA story\n".to_vec()),
            ("événements.csv".to_string(), Vec::new()),
            (
                "events.csv".to_string(),
                "id,headline\nx,Şehir\n".as_bytes().to_vec(),
            ),
        ];
        let zip = stored(&files).unwrap();
        let dir = std::env::temp_dir().join(format!("zip-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let archive = dir.join("a.zip");
        std::fs::write(&archive, &zip).unwrap();
        // Python's zipfile checks every CRC and header.
        let status = std::process::Command::new("python3")
            .args(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2])"])
            .arg(&archive)
            .arg(&dir)
            .status()
            .unwrap();
        assert!(status.success());
        for (name, content) in &files {
            assert_eq!(&std::fs::read(dir.join(name)).unwrap(), content, "{name}");
        }
        assert_eq!(stored(&files), Some(zip), "the same files, the same bytes");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
