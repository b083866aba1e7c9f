//! Python and Spark: the virtual environment, the wheel, the job and its tests.
//!
//! - `spark INPUT... OUTPUT`: the PySpark job (`python/wirelens_spark`) in
//!   local mode with 2 cores, writing the contract's Parquet tables;
//! - `spark-bench [N...]`: CLI against Spark local on generated corpora;
//! - [`test`] (part of `cargo xtask test`): fmt and clippy of
//!   `crates/wirelens-py`, then Spark tables, `wirelens.analyze()` and
//!   `analyze_json()` compared with the CLI's JSON on the seeds and on 1,000
//!   generated articles; any difference fails.
//!
//! The venv lives in `target/spark-venv` (`cargo clean` removes it) and is
//! reused when it holds the pinned versions; pip installs only from PyPI.
//! The wheel is built by maturin into `target/wheels` and installed into it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::{command, root, run, run_with, step, Result};

/// Pinned PyPI packages of the venv (checked 2026-11-30, TOOLCHAIN.md).
const PIP_PACKAGES: [&str; 3] = ["pyspark==4.3.0", "maturin==1.16.0", "pyarrow==26.0.1"];

/// The Python that creates the venv.
const PYTHON: &str = "python3";

fn venv() -> PathBuf {
    root().join("target/spark-venv")
}

fn venv_bin(tool: &str) -> String {
    venv().join("bin").join(tool).to_string_lossy().into_owned()
}

/// Written last, so an interrupted install is redone.
fn ready_marker() -> PathBuf {
    venv().join("wirelens-ready.txt")
}

/// The venv with the pinned packages, created or completed when needed.
pub fn ensure_venv() -> Result {
    let wanted = PIP_PACKAGES.join("\n");
    if std::fs::read_to_string(ready_marker()).is_ok_and(|have| have == wanted) {
        return Ok(());
    }
    let started = Instant::now();
    let venv_path = venv().to_string_lossy().into_owned();
    run(PYTHON, &["-m", "venv", &venv_path])?;
    let mut args = vec!["install", "--disable-pip-version-check", "-q"];
    args.extend(PIP_PACKAGES);
    run(&venv_bin("pip"), &args)?;
    std::fs::write(ready_marker(), wanted).map_err(|e| e.to_string())?;
    eprintln!(
        "spark venv ready in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Build the abi3 wheel of `crates/wirelens-py` and install it in the venv.
pub fn build_wheel() -> Result<PathBuf> {
    let wheels = root().join("target/wheels");
    if wheels.is_dir() {
        for entry in std::fs::read_dir(&wheels).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_some_and(|e| e == "whl") {
                std::fs::remove_file(&path).map_err(|e| e.to_string())?;
            }
        }
    }
    let target = root().join("target/wirelens-py");
    run_with(
        &venv_bin("maturin"),
        &[
            "build",
            "--release",
            "--quiet",
            "-m",
            "crates/wirelens-py/Cargo.toml",
            "--out",
            wheels.to_str().unwrap(),
        ],
        &[("CARGO_TARGET_DIR", target.to_str().unwrap())],
    )?;
    let wheel = std::fs::read_dir(&wheels)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .ok_or("maturin wrote no wheel")?;
    run(
        &venv_bin("pip"),
        &[
            "install",
            "--disable-pip-version-check",
            "-q",
            "--force-reinstall",
            "--no-deps",
            wheel.to_str().unwrap(),
        ],
    )?;
    Ok(wheel)
}

/// Run `python -m MODULE ARGS` in the venv with `python/` on the path.
fn python_module(module: &str, args: &[&str]) -> Result {
    let python_dir = root().join("python");
    let mut all = vec!["-m", module];
    all.extend(args);
    run_with(
        &venv_bin("python"),
        &all,
        &[
            ("PYTHONPATH", python_dir.to_str().unwrap()),
            ("PYSPARK_PYTHON", &venv_bin("python")),
        ],
    )
}

/// Run the Spark job in local mode with 2 cores.
fn spark_job(inputs: &[&str], output: &str, extra: &[&str]) -> Result {
    let mut args = vec!["--master", "local[2]"];
    args.extend(extra);
    args.extend(inputs);
    args.push(output);
    python_module("wirelens_spark", &args)
}

/// `cargo xtask spark INPUT... OUTPUT`.
pub fn cmd_spark(args: &[String]) -> Result {
    if args.len() < 2 {
        return Err("usage: cargo xtask spark INPUT... OUTPUT".into());
    }
    // Relative paths are the caller's, not the workspace root's.
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let absolute: Vec<String> = args
        .iter()
        .map(|a| cwd.join(a).to_string_lossy().into_owned())
        .collect();
    ensure_venv()?;
    build_wheel()?;
    let refs: Vec<&str> = absolute.iter().map(String::as_str).collect();
    let (output, inputs) = refs.split_last().expect("two arguments");
    spark_job(inputs, output, &[])
}

/// The CLI's JSON for `input`, written to `json` (the debug build `cargo
/// test` already made, or a release one for benchmarks).
fn cli_json(input: &Path, json: &Path, release: bool) -> Result {
    let mut args = vec!["run", "-q"];
    if release {
        args.push("--release");
    }
    args.extend(["-p", "wirelens-cli", "--", "analyze", "--json"]);
    let input = input.to_string_lossy().into_owned();
    args.push(&input);
    step(&format!("cargo {} > {}", args.join(" "), json.display()));
    let out = command("cargo")
        .args(&args)
        .output()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "the CLI failed on {input}: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    std::fs::write(json, out.stdout).map_err(|e| e.to_string())
}

/// A generated corpus of `n` articles in `target/corpus-N` (made once).
pub fn generated_corpus(n: usize) -> Result<PathBuf> {
    let corpus = root().join(format!("target/corpus-{n}"));
    let last = corpus.join(format!("synth_{:05}.txt", n - 1));
    if !last.exists() {
        run(
            "cargo",
            &[
                "run",
                "-q",
                "-p",
                "wirelens",
                "--example",
                "write_corpus",
                "--",
                &n.to_string(),
                corpus.to_str().unwrap(),
            ],
        )?;
    }
    Ok(corpus)
}

/// fmt and clippy of the bindings (their own workspace), then the equality
/// tests on the seeds and on 1,000 generated articles.
pub fn test() -> Result {
    let started = Instant::now();
    let manifest = "crates/wirelens-py/Cargo.toml";
    run("cargo", &["fmt", "--manifest-path", manifest, "--check"])?;
    let target = root().join("target/wirelens-py");
    run_with(
        "cargo",
        &[
            "clippy",
            "--release",
            "--manifest-path",
            manifest,
            "--",
            "-D",
            "warnings",
        ],
        &[("CARGO_TARGET_DIR", target.to_str().unwrap())],
    )?;
    ensure_venv()?;
    build_wheel()?;
    let work = root().join("target/spark-test");
    let corpora = [root().join("seeds"), generated_corpus(1000)?];
    for (name, corpus) in ["seeds", "corpus-1000"].iter().zip(&corpora) {
        let json = work.join(format!("{name}.json"));
        let tables = work.join(format!("{name}-tables"));
        std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
        cli_json(corpus, &json, false)?;
        spark_job(
            &[corpus.to_str().unwrap()],
            tables.to_str().unwrap(),
            &["--quiet"],
        )?;
        python_module(
            "wirelens_spark.check",
            &[
                json.to_str().unwrap(),
                tables.to_str().unwrap(),
                corpus.to_str().unwrap(),
            ],
        )?;
    }
    eprintln!(
        "spark tests passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `cargo xtask spark-bench [N...]`: the CLI (release) against the Spark job
/// (local mode, 2 cores) on N generated articles (default 10,000); prints
/// wall time, peak memory and shuffle size (`wirelens_spark.bench`).
pub fn cmd_bench(args: &[String]) -> Result {
    let sizes: Vec<usize> = if args.is_empty() {
        vec![10_000]
    } else {
        args.iter()
            .map(|a| {
                a.parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("spark-bench takes numbers of articles, not `{a}`"))
            })
            .collect::<Result<_>>()?
    };
    ensure_venv()?;
    build_wheel()?;
    run("cargo", &["build", "--release", "-q", "-p", "wirelens-cli"])?;
    let cli = root().join("target/release/wirelens");
    for n in sizes {
        let corpus = generated_corpus(n)?;
        let work = root().join(format!("target/spark-bench-{n}"));
        python_module(
            "wirelens_spark.bench",
            &[
                cli.to_str().unwrap(),
                corpus.to_str().unwrap(),
                work.to_str().unwrap(),
            ],
        )?;
    }
    Ok(())
}
