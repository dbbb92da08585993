//! When git needs a user name, password or token (an HTTPS remote with no credential helper), it
//! runs `$GIT_ASKPASS "Password for 'https://…': "` and reads the answer from its output. Share sets
//! `GIT_ASKPASS` to the chorus program itself, which then asks the window through this bridge: a
//! socket on 127.0.0.1 that only a process given the bridge's random key may use. The window shows
//! the question; the answer goes back to git through the pipe and is written nowhere.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::Duration;

/// The environment variables that make git ask the window.
pub const ADDRESS: &str = "CHORUS_ASKPASS_ADDRESS";
pub const KEY: &str = "CHORUS_ASKPASS_KEY";

/// The window's end: waits for git's questions.
pub struct Bridge {
    listener: TcpListener,
    address: SocketAddr,
    key: String,
}

/// One question git asks, waiting for its answer.
pub struct Question {
    /// What git asks, as git words it ("Password for 'https://ana@example.org': ").
    pub prompt: String,
    stream: TcpStream,
}

impl Bridge {
    pub fn start() -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let key = random_key();
        Ok(Self {
            listener,
            address,
            key,
        })
    }

    /// The variables for git's environment: `GIT_ASKPASS` (the chorus `program`), where to ask,
    /// and the key.
    pub fn env(&self, program: &std::path::Path) -> Vec<(String, String)> {
        vec![
            ("GIT_ASKPASS".into(), program.display().to_string()),
            ("SSH_ASKPASS".into(), program.display().to_string()),
            (ADDRESS.into(), self.address.to_string()),
            (KEY.into(), self.key.clone()),
        ]
    }

    /// A question git asked, if one has come (never waits). A connection without the key is
    /// dropped unanswered.
    pub fn question(&self) -> Option<Question> {
        loop {
            let (stream, _) = self.listener.accept().ok()?;
            let _ = stream.set_nonblocking(false);
            let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
            let mut reader = BufReader::new(stream.try_clone().ok()?);
            let (mut key, mut prompt) = (String::new(), String::new());
            if reader.read_line(&mut key).is_err() || reader.read_line(&mut prompt).is_err() {
                continue;
            }
            if key.trim_end() != self.key {
                continue;
            }
            return Some(Question {
                prompt: prompt.trim_end_matches(['\r', '\n']).to_owned(),
                stream,
            });
        }
    }
}

impl Question {
    /// Sends the answer to git; `None` (the user cancelled) makes git give up.
    pub fn answer(mut self, answer: Option<&str>) {
        if let Some(answer) = answer {
            let _ = writeln!(self.stream, "{}", answer.replace(['\r', '\n'], ""));
        }
        // Dropped: the connection closes, and with no answer the asking process fails.
    }
}

/// Git's end, run as `chorus "<prompt>"` with the bridge's variables set: asks the window and
/// prints its answer. `None` when there is no window to ask, or the user cancelled.
pub fn ask(prompt: &str) -> Option<String> {
    let address: SocketAddr = std::env::var(ADDRESS).ok()?.parse().ok()?;
    let key = std::env::var(KEY).ok()?;
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5)).ok()?;
    let single_line = prompt.replace(['\r', '\n'], " ");
    writeln!(stream, "{key}\n{single_line}").ok()?;
    let mut answer = String::new();
    // The user may take their time to find their token.
    BufReader::new(stream).read_line(&mut answer).ok()?;
    if answer.is_empty() {
        return None;
    }
    Some(answer.trim_end_matches(['\r', '\n']).to_owned())
}

/// A key no other local program can guess: std's hasher keys, which the system's randomness
/// seeds afresh for each `RandomState`.
fn random_key() -> String {
    use std::hash::BuildHasher as _;
    let half = || std::hash::RandomState::new().hash_one(std::process::id());
    format!("{:016x}{:016x}", half(), half())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_with_the_key_is_answered_and_one_without_is_dropped() {
        let bridge = Bridge::start().unwrap();
        let env = bridge.env(std::path::Path::new("chorus"));
        let get = |name: &str| env.iter().find(|(k, _)| k == name).unwrap().1.clone();
        let (address, key) = (get(ADDRESS), get(KEY));
        // A stranger without the key is not listened to.
        let mut stranger = TcpStream::connect(&address).unwrap();
        writeln!(stranger, "wrong\nPassword: ").unwrap();
        let asker = std::thread::spawn(move || {
            let mut stream = TcpStream::connect(&address).unwrap();
            writeln!(stream, "{key}\nPassword for 'http://127.0.0.1': ").unwrap();
            let mut answer = String::new();
            BufReader::new(stream).read_line(&mut answer).unwrap();
            answer
        });
        let question = (0..500)
            .find_map(|_| {
                std::thread::sleep(Duration::from_millis(5));
                bridge.question()
            })
            .unwrap();
        assert_eq!(question.prompt, "Password for 'http://127.0.0.1': ");
        question.answer(Some("s3cret"));
        assert_eq!(asker.join().unwrap(), "s3cret\n");
    }
}
