//! A small SMTP server on 127.0.0.1 for tests (and the benchmark): it speaks enough SMTP for
//! `lettre` (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT, no TLS), keeps what it receives, and
//! answers recipients as told: accept, refuse for now (451) or refuse for good (550).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// How the server answers recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    TryLater,
    /// 550: no such mailbox (the recipient is refused for good).
    Refuse,
    /// 554: this server will not relay (a problem of the sender's setup, not the recipient).
    RelayDenied,
    /// Reads the message, then never answers.
    Stall,
}

/// One mail as received.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// The message, headers and body, as sent (dot-unstuffed).
    pub data: String,
}

impl Received {
    /// The value of header `name` (first occurrence, unfolded).
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or_default();
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if let Some(current) = value.as_mut() {
                if line.starts_with([' ', '\t']) {
                    current.push_str(line.trim_start());
                    continue;
                }
                break;
            }
            if let Some((key, rest)) = line.split_once(':')
                && key.eq_ignore_ascii_case(name)
            {
                value = Some(rest.trim().to_owned());
            }
        }
        value
    }
}

/// A running server.
pub struct SmtpServer {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    answer: Arc<Mutex<Answer>>,
    /// Conversations started (to see that nothing was even tried).
    connections: Arc<AtomicUsize>,
}

impl SmtpServer {
    /// Starts on a free port.
    pub fn start() -> Self {
        Self::start_on(0)
    }

    /// Starts on `port` (0: any free one).
    pub fn start_on(port: u16) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind the SMTP server");
        let port = listener.local_addr().unwrap().port();
        let server = Self {
            port,
            received: Arc::default(),
            answer: Arc::new(Mutex::new(Answer::Accept)),
            connections: Arc::default(),
        };
        let (received, answer, connections) = (
            server.received.clone(),
            server.answer.clone(),
            server.connections.clone(),
        );
        std::thread::spawn(move || {
            for stream in listener.incoming().map_while(Result::ok) {
                connections.fetch_add(1, Ordering::SeqCst);
                let (received, answer) = (received.clone(), answer.clone());
                std::thread::spawn(move || {
                    let _ = converse(stream, &received, &answer);
                });
            }
        });
        server
    }

    /// `smtp://127.0.0.1:<port>?tls=none`, for `smtp_url`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}?tls=none", self.port)
    }

    /// Changes how recipients are answered.
    pub fn answer(&self, answer: Answer) {
        *self.answer.lock().unwrap() = answer;
    }

    /// Everything received so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// How many conversations were started.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

fn converse(
    stream: TcpStream,
    received: &Mutex<Vec<Received>>,
    answer: &Mutex<Answer>,
) -> std::io::Result<()> {
    // Replies are small writes: without this, Nagle's algorithm and delayed ACKs add tens of
    // milliseconds to every exchange.
    stream.set_nodelay(true)?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    writer.write_all(b"220 test.invalid ESMTP\r\n")?;
    let (mut from, mut to) = (String::new(), Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_owned();
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            writer.write_all(b"250-test.invalid\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")?;
        } else if upper.starts_with("MAIL FROM:") {
            from = command[10..].trim().to_owned();
            to.clear();
            writer.write_all(b"250 2.1.0 OK\r\n")?;
        } else if upper.starts_with("RCPT TO:") {
            let reply: &[u8] = match *answer.lock().unwrap() {
                Answer::Accept => {
                    to.push(command[8..].trim().trim_matches(['<', '>']).to_owned());
                    b"250 2.1.5 OK\r\n"
                }
                Answer::TryLater => b"451 4.3.0 Try again later\r\n",
                Answer::Refuse => b"550 5.1.1 No such mailbox\r\n",
                Answer::RelayDenied => b"554 5.7.1 Relay access denied\r\n",
                Answer::Stall => {
                    to.push(command[8..].trim().trim_matches(['<', '>']).to_owned());
                    b"250 2.1.5 OK\r\n"
                }
            };
            writer.write_all(reply)?;
        } else if upper == "DATA" {
            writer.write_all(b"354 End with <CRLF>.<CRLF>\r\n")?;
            let mut data = String::new();
            loop {
                line.clear();
                if reader.read_line(&mut line)? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" {
                    break;
                }
                data.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            if *answer.lock().unwrap() == Answer::Stall {
                // Hold the connection open without a word until the client gives up.
                std::thread::sleep(std::time::Duration::from_secs(30));
                return Ok(());
            }
            received.lock().unwrap().push(Received {
                from: from.clone(),
                to: std::mem::take(&mut to),
                data,
            });
            writer.write_all(b"250 2.0.0 Queued\r\n")?;
        } else if upper == "QUIT" {
            writer.write_all(b"221 2.0.0 Bye\r\n")?;
            return Ok(());
        } else {
            // RSET, NOOP and anything else.
            writer.write_all(b"250 2.0.0 OK\r\n")?;
        }
    }
}
