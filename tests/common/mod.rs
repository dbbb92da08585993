//! Helpers shared by the integration tests.

// Each test binary compiles this module; not every one uses every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The repository root, which holds the sample workspace.
pub fn sample() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the sample's statements and locales in a temporary folder, to change freely.
pub fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_sample_to(dir.path());
    dir
}

/// Copies the sample's statements and locales into `to`.
pub fn copy_sample_to(to: &Path) {
    for folder in ["statements", "locales"] {
        copy_dir(&sample().join(folder), &to.join(folder));
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}
