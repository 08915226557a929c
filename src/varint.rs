//! LEB128 varints, the coding of the generated character tables (`text::char_tables`,
//! `i18n::upper_case`): small numbers, mostly differences between neighbouring code points, in as
//! few bytes as they need.

/// Reads one LEB128 varint at `*at`, advancing it; `None` past the end or above `u32::MAX`.
pub(crate) fn read(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut value: u64 = 0;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*at)?;
        *at += 1;
        value |= u64::from(byte & 0x7F) << shift;
        if byte & 0x80 == 0 {
            return u32::try_from(value).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn reads_what_leb128_writes_and_refuses_the_rest() {
        let mut at = 0;
        let bytes = [0x00, 0x7F, 0x80, 0x01, 0xE5, 0x8E, 0x26, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F];
        let values: Vec<u32> = std::iter::from_fn(|| read(&bytes, &mut at)).collect();
        assert_eq!(values, [0, 127, 128, 624_485, u32::MAX]);
        // Past u32::MAX, and cut off in the middle.
        assert_eq!(read(&[0xFF, 0xFF, 0xFF, 0xFF, 0x1F], &mut 0), None);
        assert_eq!(read(&[0x80], &mut 0), None);
    }
}
