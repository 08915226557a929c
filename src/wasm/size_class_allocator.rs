//! The allocator of the small modules (identifiers, forms): free lists by power-of-two size
//! class, carved from memory grown a page run at a time. dlmalloc, Rust's default for wasm32,
//! is about 7 KB of a module; this is under 1 KB. What a call allocates (the request text, the
//! parsed members, the answer) is freed when it returns, so each size class reuses its blocks and
//! memory stays at the peak of one call; blocks are never split or merged, which costs at most
//! twice the bytes asked for.
//!
//! Declared in `src/wasm/mod.rs` for the builds of those modules only.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

/// Size classes 2^3 ..= 2^31 bytes.
const CLASSES: usize = 29;
const PAGE: usize = 65_536;
/// Every block is aligned to this or to its size, whichever is smaller.
const MAX_ALIGN: usize = 16;

struct State {
    /// The head of each class's list of free blocks (each free block holds the next's address).
    free: [usize; CLASSES],
    /// The memory not carved yet: `next..end`.
    next: usize,
    end: usize,
}

pub struct SizeClasses(UnsafeCell<State>);

// wasm32-unknown-unknown without threads: one caller at a time.
unsafe impl Sync for SizeClasses {}

#[global_allocator]
static ALLOCATOR: SizeClasses = SizeClasses(UnsafeCell::new(State { free: [0; CLASSES], next: 0, end: 0 }));

/// The class of a layout (`None` past the largest or for an alignment over [`MAX_ALIGN`]).
fn class_of(layout: Layout) -> Option<usize> {
    if layout.align() > MAX_ALIGN {
        return None;
    }
    let size = layout.size().max(layout.align()).max(8).checked_next_power_of_two()?;
    let class = size.trailing_zeros() as usize - 3;
    (class < CLASSES).then_some(class)
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else { return core::ptr::null_mut() };
        let state = &mut *self.0.get();
        let head = state.free[class];
        if head != 0 {
            state.free[class] = *(head as *const usize);
            return head as *mut u8;
        }
        let size = 8usize << class;
        let align = size.min(MAX_ALIGN);
        let start = (state.next + align - 1) & !(align - 1);
        if start == 0 || start + size > state.end {
            let pages = (size + align).div_ceil(PAGE);
            let first = core::arch::wasm32::memory_grow(0, pages);
            if first == usize::MAX {
                return core::ptr::null_mut();
            }
            // A new run of pages: what was left of the last one is abandoned (under a page
            // at most, for the first block that did not fit).
            state.next = first * PAGE;
            state.end = state.next + pages * PAGE;
            return self.alloc(layout);
        }
        state.next = start + size;
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout) {
            let state = &mut *self.0.get();
            *(ptr as *mut usize) = state.free[class];
            state.free[class] = ptr as usize;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        if class_of(layout).is_some() && class_of(layout) == class_of(new_layout) {
            return ptr;
        }
        let new = self.alloc(new_layout);
        if !new.is_null() {
            core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        new
    }
}
