//! Delivering alerts beyond stdout: one RFC 5322 e-mail per alert, piped to a command
//! given as an argv (never through a shell, values also in `HOURBANK_*` variables) or
//! sent over SMTP (lettre with rustls; the password comes from an environment variable,
//! never from the ledger).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};

use crate::domain::client::{Notify, Smtp, SmtpTls};

/// One alert as an e-mail, with the values a command also gets in its environment.
pub struct Mail {
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
    /// The text (UTF-8; lines kept readable).
    pub body: String,
    /// An HTML alternative of the text (a statement), when there is one.
    pub html: Option<String>,
    /// Files sent with it (an invoice's PDF and e-invoice).
    pub attachments: Vec<Attachment>,
    pub vars: Vec<(&'static str, String)>,
}

/// A file attached to a mail.
#[derive(Clone)]
pub struct Attachment {
    pub filename: String,
    /// Its MIME type, e.g. `application/pdf`.
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

/// Replaces line breaks and other control characters, so that no value can add a
/// header line.
pub fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

impl Mail {
    /// The RFC 5322 message: `From`, `To`, `Subject` (RFC 2047-encoded when not ASCII),
    /// `Date`, `Message-ID`, `MIME-Version: 1.0` and a UTF-8 text part (with its HTML
    /// alternative, when there is one), then the attachments (`multipart/mixed`).
    pub fn message(&self) -> Result<Message, String> {
        let parse = |address: &str| {
            address.parse::<Mailbox>().map_err(|e| format!("address \"{address}\": {e}"))
        };
        let mut builder = Message::builder()
            .from(parse(&self.from)?)
            .subject(one_line(&self.subject))
            .date_now()
            .message_id(Some(message_id(&self.from)));
        for to in &self.to {
            builder = builder.to(parse(to)?);
        }
        let text = SinglePart::plain(self.body.clone());
        let built = match (&self.html, self.attachments.is_empty()) {
            (None, true) => builder.singlepart(text),
            (Some(html), true) => builder.multipart(alternative(text, html)),
            (html, false) => {
                let mut mixed = match html {
                    Some(html) => MultiPart::mixed().multipart(alternative(text, html)),
                    None => MultiPart::mixed().singlepart(text),
                };
                for a in &self.attachments {
                    let kind = ContentType::parse(a.content_type)
                        .map_err(|e| format!("{}: {e}", a.content_type))?;
                    let part = lettre::message::Attachment::new(one_line(&a.filename))
                        .body(a.bytes.clone(), kind);
                    mixed = mixed.singlepart(part);
                }
                builder.multipart(mixed)
            }
        };
        built.map_err(|e| format!("the message could not be built: {e}"))
    }
}

/// A text part with its HTML alternative.
fn alternative(text: SinglePart, html: &str) -> MultiPart {
    MultiPart::alternative().singlepart(text).singlepart(SinglePart::html(html.to_string()))
}

/// Whether `address` is one mailbox a message can be sent to (`name@example.com`,
/// `Name <name@example.com>`); why not, when it is not.
pub fn check_address(address: &str) -> Result<(), String> {
    address.parse::<Mailbox>().map(|_| ()).map_err(|e| format!("address \"{address}\": {e}"))
}

/// A unique `Message-ID` at the sender's domain: the time and random bits.
fn message_id(from: &str) -> String {
    let domain = from.rsplit_once('@').map_or("localhost", |(_, d)| d.trim_end_matches('>'));
    let random = getrandom::u64().unwrap_or(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("<{nanos:x}.{random:016x}@{domain}>")
}

/// The configured ways to deliver, set up once per run.
pub struct Channels {
    command: Vec<String>,
    smtp: Option<SmtpTransport>,
    /// The SMTP server and how long it is given, for messages.
    smtp_host: String,
    timeout_seconds: u64,
    /// The server timed out in this run: no further mail is tried on it (SPEC 14).
    timed_out: std::cell::Cell<bool>,
}

impl Channels {
    /// `dir` is the ledger directory (where a relative `ca_file` is).
    pub fn new(notify: &Notify, dir: &std::path::Path) -> Result<Channels, String> {
        let smtp = notify.smtp.as_ref().map(|s| smtp_transport(s, dir)).transpose()?;
        let (smtp_host, timeout_seconds) = notify
            .smtp
            .as_ref()
            .map_or((String::new(), 30), |s| (s.host.clone(), s.timeout_seconds));
        Ok(Channels {
            command: notify.command.clone(),
            smtp,
            smtp_host,
            timeout_seconds,
            timed_out: std::cell::Cell::new(false),
        })
    }

    /// Whether anything besides stdout is configured.
    pub fn any(&self) -> bool {
        !self.command.is_empty() || self.smtp.is_some()
    }

    /// Sends one mail through every configured channel.
    pub fn deliver(&self, mail: &Mail) -> Result<(), String> {
        let message = mail.message()?;
        if !self.command.is_empty() {
            pipe(&self.command, &message.formatted(), &mail.vars)?;
        }
        if let Some(transport) = &self.smtp {
            let host = &self.smtp_host;
            if self.timed_out.get() {
                return Err(format!(
                    "SMTP host {host}: not tried, it timed out earlier in this run"
                ));
            }
            transport.send(&message).map_err(|e| {
                if timed_out(&e) {
                    self.timed_out.set(true);
                    format!(
                        "SMTP host {host}: timed out after {} s without an answer",
                        self.timeout_seconds
                    )
                } else {
                    format!("SMTP: {e}")
                }
            })?;
        }
        Ok(())
    }
}

/// Whether a delivery failed for want of an answer: a read or connect that timed out
/// (on Linux a socket read timeout reports "Resource temporarily unavailable").
fn timed_out(e: &lettre::transport::smtp::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = source {
        if let Some(io) = err.downcast_ref::<std::io::Error>()
            && matches!(io.kind(), std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock)
        {
            return true;
        }
        source = err.source();
    }
    false
}

fn smtp_transport(smtp: &Smtp, dir: &std::path::Path) -> Result<SmtpTransport, String> {
    let host = &smtp.host;
    let mut params = TlsParameters::builder(host.clone());
    if let Some(file) = &smtp.ca_file {
        let path = dir.join(file);
        let pem = std::fs::read(&path)
            .map_err(|e| format!("notify.smtp.ca_file {}: {e}", path.display()))?;
        let cert = Certificate::from_pem(&pem)
            .map_err(|e| format!("notify.smtp.ca_file {}: {e}", path.display()))?;
        params = params.add_root_certificate(cert);
    }
    let params = || params.clone().build().map_err(|e| format!("SMTP host {host}: {e}"));
    let (tls, port) = match smtp.tls {
        SmtpTls::Starttls => (Tls::Required(params()?), 587),
        SmtpTls::Implicit => (Tls::Wrapper(params()?), 465),
        SmtpTls::None => (Tls::None, 25),
    };
    let mut builder =
        SmtpTransport::builder_dangerous(host).tls(tls).port(smtp.port.unwrap_or(port));
    if let Some(user) = &smtp.username {
        let var = smtp
            .password_env
            .as_deref()
            .ok_or("notify.smtp: username is set but password_env (the variable that holds the password) is not")?;
        let password = std::env::var(var)
            .map_err(|_| format!("notify.smtp.password_env: ${var} is not set"))?;
        builder = builder.credentials(Credentials::new(user.clone(), password));
    }
    Ok(builder.timeout(Some(Duration::from_secs(smtp.timeout_seconds))).build())
}

/// Runs `argv` with the message on stdin; fails unless it exits 0.
fn pipe(argv: &[String], message: &[u8], vars: &[(&'static str, String)]) -> Result<(), String> {
    let program = &argv[0];
    let mut child = Command::new(program)
        .args(&argv[1..])
        .envs(vars.iter().map(|(k, v)| (*k, one_line(v))))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("command {program}: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that exits without reading is judged by its exit status.
        let _ = stdin.write_all(message);
    }
    let output = child.wait_with_output().map_err(|e| format!("command {program}: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let detail = stderr.trim().lines().last().unwrap_or("");
    Err(format!(
        "command {program} failed ({}){}",
        output.status,
        if detail.is_empty() { String::new() } else { format!(": {detail}") }
    ))
}

/// The default sender: `hourbank@<fully qualified host name>` (the host name, with the
/// kernel's domain name when it has one and the host name does not).
pub fn default_from() -> String {
    format!("hourbank@{}", host_names().1)
}

/// This machine's host name and its fully qualified form (with the kernel's domain
/// name when it has one and the host name does not).
fn host_names() -> (String, String) {
    let read = |path: &str| {
        std::fs::read_to_string(path)
            .ok()
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty() && h != "(none)")
    };
    let host = read("/proc/sys/kernel/hostname").unwrap_or_else(|| "localhost".to_string());
    let full = match read("/proc/sys/kernel/domainname") {
        Some(domain) if !host.contains('.') => format!("{host}.{domain}"),
        _ => host.clone(),
    };
    (host, full)
}

/// Whether `name` (`[notify] host`: short or fully qualified) names this machine; host
/// names compare without case. Returns this machine's name too, for the message.
pub fn is_this_host(name: &str) -> (bool, String) {
    let (host, full) = host_names();
    let short = |h: &str| h.split('.').next().unwrap_or(h).to_ascii_lowercase();
    let name = name.trim().to_ascii_lowercase();
    let matches = name == host.to_ascii_lowercase()
        || name == full.to_ascii_lowercase()
        || (!name.contains('.') && name == short(&host));
    (matches, full)
}
