//! Independent work spread over the machine's cores, with results in the
//! same order (so the same bytes) whatever the thread timing.
//!
//! Natively, [`map`] hands out blocks of items to one scoped thread per core
//! and puts the results back in item order; [`join`] runs two closures at
//! once. On `wasm32` (no threads in the browser's main thread) both are
//! plain sequential calls, and none of the thread code is compiled into the
//! widget. The engine stays pure: no shared mutable state crosses threads,
//! each closure only reads its input.

/// Threads [`map`] uses (1 on wasm32).
pub fn threads() -> usize {
    #[cfg(not(target_arch = "wasm32"))]
    {
        threaded::workers()
    }
    #[cfg(target_arch = "wasm32")]
    {
        1
    }
}

/// `f(i, &items[i])` for every item, results in item order.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        threaded::map(items, f)
    }
    #[cfg(target_arch = "wasm32")]
    {
        items.iter().enumerate().map(|(i, x)| f(i, x)).collect()
    }
}

/// `(a(), b())`, run at the same time where there are threads.
pub fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        threaded::join(a, b)
    }
    #[cfg(target_arch = "wasm32")]
    {
        (a(), b())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod threaded {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::OnceLock;

    /// Blocks per thread: enough to balance items of very different sizes
    /// (articles), few enough that taking one costs nothing.
    const BLOCKS_PER_THREAD: usize = 8;

    /// Threads to use: the cores this process may run on (at most 8).
    pub fn workers() -> usize {
        static WORKERS: OnceLock<usize> = OnceLock::new();
        *WORKERS.get_or_init(|| {
            std::thread::available_parallelism()
                .map_or(1, std::num::NonZeroUsize::get)
                .min(8)
        })
    }

    pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
        let threads = workers().min(items.len());
        if threads <= 1 {
            return items.iter().enumerate().map(|(i, x)| f(i, x)).collect();
        }
        let block_len = items.len().div_ceil(threads * BLOCKS_PER_THREAD);
        let next_block = AtomicUsize::new(0);
        let work = || {
            let mut done: Vec<(usize, Vec<R>)> = Vec::new();
            loop {
                let block = next_block.fetch_add(1, Ordering::Relaxed);
                let start = block * block_len;
                if start >= items.len() {
                    return done;
                }
                let end = (start + block_len).min(items.len());
                let results = (start..end).map(|i| f(i, &items[i])).collect();
                done.push((block, results));
            }
        };
        let mut blocks: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
            let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
            let mut blocks = work();
            for helper in helpers {
                match helper.join() {
                    Ok(theirs) => blocks.extend(theirs),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            blocks
        });
        blocks.sort_unstable_by_key(|(block, _)| *block);
        let mut out = Vec::with_capacity(items.len());
        for (_, results) in blocks {
            out.extend(results);
        }
        out
    }

    pub fn join<A: Send, B: Send>(
        a: impl FnOnce() -> A + Send,
        b: impl FnOnce() -> B + Send,
    ) -> (A, B) {
        if workers() <= 1 {
            return (a(), b());
        }
        std::thread::scope(|scope| {
            let other = scope.spawn(b);
            let first = a();
            match other.join() {
                Ok(second) => (first, second),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_keeps_item_order_whatever_the_blocks() {
        for n in [0, 1, 7, 8, 9, 100, 1001] {
            let items: Vec<usize> = (0..n).collect();
            let squares = map(&items, |i, &x| {
                assert_eq!(i, x);
                x * x
            });
            assert_eq!(squares, items.iter().map(|x| x * x).collect::<Vec<_>>());
        }
    }

    #[test]
    fn join_returns_both_results_in_place() {
        let (a, b) = join(|| "left".to_string(), || 2 + 2);
        assert_eq!((a.as_str(), b), ("left", 4));
    }
}
