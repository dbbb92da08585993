//! Any bytes as a statement or review file: an error with a position, or a value that saves and reads
//! back as itself.
#![no_main]

use chorus::workspace::reviews::Reviews;
use chorus::workspace::statement::Statement;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Statement::from_ron(text) {
        Ok(statement) => {
            let saved = statement.to_ron();
            let back = Statement::from_ron(&saved).expect("a saved statement reads back");
            assert_eq!(back, statement);
            let kept = statement.to_ron_after_header(text);
            assert_eq!(
                Statement::from_ron(&kept).expect("saved after its header"),
                statement
            );
        }
        Err(err) => assert!(!err.problem.to_string().is_empty()),
    }
    match Reviews::from_ron(text) {
        Ok(reviews) => {
            let back = Reviews::from_ron(&reviews.to_ron()).expect("saved reviews read back");
            assert_eq!(back, reviews);
        }
        Err(err) => assert!(!err.problem.to_string().is_empty()),
    }
});
