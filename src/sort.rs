//! One stable sort for the whole crate.
//!
//! `slice::sort_by` is generic over the element and the comparator, and each instance is a few KB
//! of wasm (driftsort's merge and small-sort code): the reports, the timeline, the catalogue, the
//! calendar and the supervision desk each had their own, ~45 KB of the main module in all. Here
//! the sort itself runs once, on indices, with the comparator behind a `dyn`; what stays generic
//! per element type is the permutation, a few instructions. The order is exactly
//! `sort_by`'s: a stable sort of the indices by the elements they point to.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (equal elements keep their order), as `slice::sort_by`.
pub(crate) fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let slice: &[T] = items;
        stable_order(slice.len(), &|a, b| compare(&slice[a], &slice[b]))
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    // `order` is a permutation of 0..len, so every slot is taken exactly once.
    items.extend(order.iter().filter_map(|&i| slots.get_mut(i).and_then(Option::take)));
}

/// Sorts `items` by `key`, stably, as `slice::sort_by_key`.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..len` in the stable order of `compare` (one instance of the sort for the crate).
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every permutation of a multiset with repeated keys comes out as `slice::sort_by` orders it,
    /// equal keys in their original order included.
    #[test]
    fn the_order_is_slice_sort_bys() {
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for len in 0..200 {
            let items: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 7) as u8, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by(|a, b| a.0.cmp(&b.0));
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            assert_eq!(ours, expected, "length {len}");
            let mut by_key = items;
            sort_by_key(&mut by_key, |p| p.0);
            assert_eq!(by_key, expected, "length {len}");
        }
    }
}
