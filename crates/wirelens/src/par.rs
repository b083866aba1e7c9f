//! Independent work spread over the machine's cores, with results in the
//! same order (so the same bytes) whatever the thread timing.
//!
//! Natively, [`map`] and [`join`] run on one pool of threads (rayon, one
//! per core, at most 8) that lives as long as the process: [`map`] splits
//! the items among the threads and puts the results back in item order;
//! [`join`] runs two closures at once, and work started inside either
//! shares the same threads. On `wasm32` (no threads in the browser's main
//! thread) both are plain sequential calls, and none of the thread code is
//! compiled into the widget. The engine stays pure: no shared mutable state
//! crosses threads, each closure only reads its input.

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
    use rayon::prelude::*;
    use std::sync::OnceLock;

    /// Most threads the pool has, whatever the machine.
    const MAX_THREADS: usize = 8;

    /// One pool of threads for the whole process, started on first use:
    /// threads (and the allocator's per-thread memory) outlive each call,
    /// and a `map` inside a `join` shares the same threads instead of
    /// starting more than there are cores.
    fn pool() -> &'static rayon::ThreadPool {
        static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
        POOL.get_or_init(|| {
            let cores = std::thread::available_parallelism()
                .map_or(1, std::num::NonZeroUsize::get)
                .min(MAX_THREADS);
            rayon::ThreadPoolBuilder::new()
                .num_threads(cores)
                .thread_name(|i| format!("wirelens-{i}"))
                .build()
                .unwrap_or_else(|_| {
                    // No threads to be had: one worker, the work still done.
                    rayon::ThreadPoolBuilder::new()
                        .num_threads(1)
                        .use_current_thread()
                        .build()
                        .expect("a pool on the current thread")
                })
        })
    }

    /// Threads the pool runs (the cores this process may run on, at most 8).
    pub fn workers() -> usize {
        pool().current_num_threads()
    }

    pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
        if items.len() <= 1 || workers() <= 1 {
            return items.iter().enumerate().map(|(i, x)| f(i, x)).collect();
        }
        pool().install(|| items.par_iter().enumerate().map(|(i, x)| f(i, x)).collect())
    }

    pub fn join<A: Send, B: Send>(
        a: impl FnOnce() -> A + Send,
        b: impl FnOnce() -> B + Send,
    ) -> (A, B) {
        if workers() <= 1 {
            return (a(), b());
        }
        pool().install(|| rayon::join(a, b))
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
