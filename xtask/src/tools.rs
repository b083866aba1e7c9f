//! Installing what the build and the browser tests need, idempotently and
//! only from crates.io, npm and Debian packages: a tool already present at the
//! right version is left alone. Versions that work here are in
//! `../shared/TOOLCHAIN.md`.

use std::process::Command;

use crate::{command, root, run, step, Result};

/// trunk 0.22 needs rustc ≥ 1.96; this one builds with the machines' 1.95.
const TRUNK_VERSION: &str = "0.21.14";
pub const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// The wasm target, trunk, wasm-bindgen-cli at the Cargo.lock version, and the
/// npm tools (wasm-opt from `binaryen`, `playwright-core`, `axe-core`, `terser`).
pub fn ensure_build_tools() -> Result {
    ensure_wasm_target()?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, true)?;
    let bindgen = locked_version("wasm-bindgen")?;
    check_trunk_toml(&bindgen)?;
    // wasm-bindgen-cli must be built without --locked (TOOLCHAIN.md).
    ensure_cargo_tool("wasm-bindgen", "wasm-bindgen-cli", &bindgen, false)?;
    ensure_npm_tools()
}

/// Debian's chromium and chromium-driver (never a downloaded browser).
pub fn ensure_browser() -> Result {
    if std::path::Path::new(CHROMIUM).exists() && std::path::Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    let env = [("DEBIAN_FRONTEND", "noninteractive")];
    let (program, prefix): (&str, Vec<&str>) = if is_root() {
        ("apt-get", vec![])
    } else {
        ("sudo", vec!["apt-get"])
    };
    let update: Vec<&str> = prefix.iter().copied().chain(["update"]).collect();
    crate::run_with(program, &update, &env)?;
    let install: Vec<&str> = prefix
        .iter()
        .copied()
        .chain([
            "install",
            "-y",
            "--no-install-recommends",
            "chromium",
            "chromium-driver",
        ])
        .collect();
    crate::run_with(program, &install, &env)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn ensure_wasm_target() -> Result {
    let installed = command("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("cannot run rustup: {e}"))?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run("rustup", &["target", "add", "wasm32-unknown-unknown"])
}

/// `cargo install` `krate` at `version` unless `binary --version` already says it.
fn ensure_cargo_tool(binary: &str, krate: &str, version: &str, locked: bool) -> Result {
    let current = command(binary)
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).to_string())
        .unwrap_or_default();
    if current.split_whitespace().any(|word| word == version) {
        return Ok(());
    }
    step(&format!(
        "installing {krate} {version} from crates.io (found: {})",
        if current.is_empty() {
            "none"
        } else {
            current.trim()
        }
    ));
    let mut args = vec!["install", krate, "--version", version, "--force"];
    if locked {
        args.push("--locked");
    }
    run("cargo", &args)
}

/// The version of `package` that Cargo.lock pins.
pub fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_string());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

/// Trunk.toml's `[tools] wasm_bindgen` must equal the locked crate version, or
/// trunk would try to download another wasm-bindgen (impossible here).
fn check_trunk_toml(bindgen: &str) -> Result {
    let trunk_toml = std::fs::read_to_string(root().join("Trunk.toml"))
        .map_err(|e| format!("cannot read Trunk.toml: {e}"))?;
    let wanted = format!("wasm_bindgen = \"{bindgen}\"");
    if trunk_toml.lines().any(|l| l.trim() == wanted) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml [tools] must say `{wanted}` (the wasm-bindgen version in Cargo.lock)"
        ))
    }
}

/// `npm ci` when node_modules lacks wasm-opt, playwright-core, axe-core
/// (the accessibility checker of the browser tests) or terser (`shrink`); Node itself from Debian
/// when absent.
fn ensure_npm_tools() -> Result {
    let root = root();
    let have = root.join("node_modules/.bin/wasm-opt").exists()
        && ["playwright-core", "axe-core", "terser"]
            .iter()
            .all(|p| root.join(format!("node_modules/{p}/package.json")).exists());
    if have {
        return Ok(());
    }
    if command("npm").arg("--version").output().is_err() {
        let env = [("DEBIAN_FRONTEND", "noninteractive")];
        crate::run_with("apt-get", &["update"], &env)?;
        crate::run_with("apt-get", &["install", "-y", "nodejs", "npm"], &env)?;
    }
    run("npm", &["ci", "--no-audit", "--no-fund"])
}
