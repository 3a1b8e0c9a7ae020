//! The HTML briefing in a real browser: the example briefing (`index.html`), one fact
//! sheet and one article page are opened in headless Chromium at 1280 and 400 pixels
//! wide. The test fails on horizontal overflow at 400 pixels, on a footnote link whose
//! target is missing, on a page link to a file the set does not hold, on a reference to
//! anything outside the set, and on any console error. Screenshots are kept under
//! `target/browser/` for a person to look at.
//!
//! Chromium is driven through `chromedriver` over the W3C WebDriver protocol, with a
//! small blocking HTTP client of its own (one request per connection). Where Chromium or
//! its driver is missing the test says so and passes, unless `LAGEBILD_BROWSER_TEST` is
//! `required` (as `.ci/run` sets it): then a missing browser fails it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/binary.rs"]
mod binary;

use binary::*;
use serde_json::{Value, json};
use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The widths every page is looked at, in CSS pixels: a desktop and a small phone.
const WIDTHS: [u32; 2] = [1280, 400];

/// The tallest screenshot, in pixels: enough for the start of a long briefing.
const MAX_SHOT_HEIGHT: u32 = 4000;

#[test]
fn the_html_briefing_works_in_chromium() {
    let required = std::env::var("LAGEBILD_BROWSER_TEST").as_deref() == Ok("required");
    let (Some(driver), Some(browser)) = (
        find(&["chromedriver"]),
        find(&["chromium", "chromium-browser", "google-chrome"]),
    ) else {
        assert!(
            !required,
            "LAGEBILD_BROWSER_TEST=required, but chromium or chromedriver is not on PATH"
        );
        println!("skipped: chromium not found (install chromium and chromium-driver)");
        return;
    };
    let site = scratch("browser-site").join("site");
    let out = lagebild(&[
        "brief",
        "examples/articles",
        "--lang",
        "en",
        "--format",
        "html",
        "-o",
        site.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let sheet = first_file(&site.join("factsheets"));
    let article = first_file(&site.join("articles"));
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("browser");
    std::fs::create_dir_all(&shots).unwrap();

    let driver = Driver::start(&driver);
    let session = driver.session(&browser);
    let mut problems = Vec::new();
    for (name, page) in [
        ("briefing", site.join("index.html")),
        ("factsheet", sheet),
        ("article", article),
    ] {
        for width in WIDTHS {
            let found = session.check(
                &site,
                &page,
                width,
                &shots.join(format!("{name}-{width}.png")),
            );
            problems.extend(
                found
                    .into_iter()
                    .map(|p| format!("{name} at {width} px: {p}")),
            );
        }
    }
    session.end();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    println!("screenshots in {}", shots.display());
}

/// The first of `names` found on `PATH`.
fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

fn first_file(dir: &Path) -> PathBuf {
    let mut files = walk(dir);
    files.sort();
    files.into_iter().next().unwrap()
}

/// A running `chromedriver`, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(binary: &Path) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let driver = Driver { child, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(status) = driver.try_request("GET", "/status", None)
                && status["value"]["ready"] == json!(true)
            {
                return driver;
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn session(&self, browser: &Path) -> Session<'_> {
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": browser,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--hide-scrollbars",
                         "--force-device-scale-factor=1"]
            },
            "goog:loggingPrefs": {"browser": "ALL"}
        }}});
        let answer = self.request("POST", "/session", Some(&capabilities));
        let id = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer}"))
            .to_owned();
        Session { driver: self, id }
    }

    /// One WebDriver command; its answer's JSON, which must not be an error.
    fn request(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let answer = self
            .try_request(method, path, body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        assert!(
            answer["value"].get("error").is_none(),
            "{method} {path}: {answer}"
        );
        answer
    }

    /// An HTTP/1.1 request on a connection of its own; the answer is read by its
    /// `Content-Length` (chromedriver keeps the connection open after it).
    fn try_request(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        let failed = |e: std::io::Error| e.to_string();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(failed)?;
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .map_err(failed)?;
        let body = body.map(Value::to_string).unwrap_or_default();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: localhost:{}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\r\n{body}",
            self.port,
            body.len()
        );
        stream.write_all(request.as_bytes()).map_err(failed)?;
        let mut answer = Vec::new();
        let mut chunk = [0u8; 64 * 1024];
        loop {
            if let Some(end) = answer.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&answer[..end]).to_ascii_lowercase();
                let length = head
                    .lines()
                    .find_map(|line| line.strip_prefix("content-length:"))
                    .and_then(|n| n.trim().parse::<usize>().ok())
                    .ok_or_else(|| format!("no Content-Length: {head}"))?;
                if answer.len() >= end + 4 + length {
                    let body = &answer[end + 4..end + 4 + length];
                    return serde_json::from_slice(body).map_err(|e| e.to_string());
                }
            }
            let read = stream.read(&mut chunk).map_err(failed)?;
            if read == 0 {
                return Err("the connection closed early".to_owned());
            }
            answer.extend_from_slice(&chunk[..read]);
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One browser session.
struct Session<'d> {
    driver: &'d Driver,
    id: String,
}

impl Session<'_> {
    fn command(&self, method: &str, what: &str, body: Option<&Value>) -> Value {
        self.driver
            .request(method, &format!("/session/{}/{what}", self.id), body)
    }

    fn script(&self, script: &str) -> Value {
        self.command(
            "POST",
            "execute/sync",
            Some(&json!({"script": script, "args": []})),
        )["value"]
            .clone()
    }

    fn resize(&self, width: u32, height: u32) {
        self.command(
            "POST",
            "window/rect",
            Some(&json!({"width": width, "height": height})),
        );
        // The window's outer size includes whatever the browser draws around the page;
        // the page's own width is made exact from what it reports.
        let inner = self
            .script("return window.innerWidth;")
            .as_u64()
            .unwrap_or(0) as u32;
        if inner != width && inner > 0 {
            self.command(
                "POST",
                "window/rect",
                Some(&json!({"width": width + (width - inner.min(width)), "height": height})),
            );
        }
    }

    /// Opens `page` at `width`, saves a screenshot to `shot` and returns what is wrong.
    fn check(&self, site: &Path, page: &Path, width: u32, shot: &Path) -> Vec<String> {
        let mut problems = Vec::new();
        self.resize(width, 900);
        let url = format!("file://{}", std::fs::canonicalize(page).unwrap().display());
        self.command("POST", "url", Some(&json!({ "url": url })));
        let inner = self.script("return window.innerWidth;");
        if inner != json!(width) {
            problems.push(format!("the page is {inner} px wide, not {width}"));
        }
        let overflow =
            self.script("return [document.documentElement.scrollWidth, window.innerWidth];");
        if width == 400 && overflow[0].as_u64() > overflow[1].as_u64() {
            problems.push(format!(
                "horizontal overflow: {} px of content in {} px",
                overflow[0], overflow[1]
            ));
        }
        let missing = self.script(
            "return Array.from(document.querySelectorAll('a[href^=\"#\"]'))\
             .map(a => a.getAttribute('href').slice(1))\
             .filter(id => !document.getElementById(decodeURIComponent(id)));",
        );
        for id in missing.as_array().into_iter().flatten() {
            problems.push(format!(
                "link to #{} without a target",
                id.as_str().unwrap_or("")
            ));
        }
        let references = self.script(
            "return Array.from(document.querySelectorAll('[href],[src]'))\
             .map(e => e.getAttribute('href') || e.getAttribute('src'))\
             .filter(h => !h.startsWith('#'));",
        );
        let base = page.parent().unwrap();
        for reference in references.as_array().into_iter().flatten() {
            let reference = reference.as_str().unwrap_or("");
            if reference.contains(':') || reference.starts_with('/') {
                problems.push(format!("reference outside the set: {reference}"));
                continue;
            }
            let target = base.join(reference.split('#').next().unwrap_or(""));
            let inside = std::fs::canonicalize(&target)
                .is_ok_and(|t| t.starts_with(std::fs::canonicalize(site).unwrap()));
            if !target.is_file() || !inside {
                problems.push(format!("link to a file the set does not hold: {reference}"));
            }
        }
        let errors = self.command("POST", "se/log", Some(&json!({"type": "browser"})));
        for entry in errors["value"].as_array().into_iter().flatten() {
            if entry["level"] == json!("SEVERE") {
                problems.push(format!("console: {}", entry["message"]));
            }
        }
        // The first screen as a reader sees it, then the page as a whole.
        self.screenshot(&shot.with_extension("top.png"));
        let height = self
            .script("return document.documentElement.scrollHeight;")
            .as_u64()
            .unwrap_or(900) as u32;
        self.resize(width, height.clamp(300, MAX_SHOT_HEIGHT));
        self.screenshot(shot);
        problems
    }

    fn screenshot(&self, path: &Path) {
        let png = self.command("GET", "screenshot", None);
        let png = base64(png["value"].as_str().unwrap_or(""));
        assert!(
            png.starts_with(b"\x89PNG"),
            "no screenshot for {}",
            path.display()
        );
        std::fs::write(path, png).unwrap();
    }

    fn end(self) {
        self.driver
            .request("DELETE", &format!("/session/{}", self.id), None);
    }
}

/// Standard base64 (the screenshot's encoding) to bytes.
fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut buffer, mut bits) = (0u32, 0);
    for sextet in text.bytes().filter_map(value) {
        buffer = (buffer << 6) | u32::from(sextet);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}
