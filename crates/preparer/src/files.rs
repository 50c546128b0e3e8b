//! The importer's files, in memory: the page puts the export's tables and the referential here,
//! the importer reads and writes them by name as the command line does on disk, and the page
//! takes the outputs back. Reading reports its progress (for the page's progress bar).

use bytes::Bytes;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, Cursor, Read, Seek, SeekFrom, Write};

/// Told (path, bytes read, size) as a file is read.
pub type Progress = Box<dyn Fn(&str, usize, usize)>;

thread_local! {
    static FILES: RefCell<HashMap<String, Bytes>> = RefCell::new(HashMap::new());
    static PROGRESS: RefCell<Option<Progress>> = const { RefCell::new(None) };
    static MEANING: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Puts a file.
pub fn put(path: &str, data: Vec<u8>) {
    FILES.with(|f| f.borrow_mut().insert(path.to_string(), Bytes::from(data)));
}

/// Takes a file out (`None`: never written).
pub fn take(path: &str) -> Option<Vec<u8>> {
    FILES.with(|f| f.borrow_mut().remove(path)).map(|b| b.to_vec())
}

/// Forgets every file.
pub fn clear() {
    FILES.with(|f| f.borrow_mut().clear());
}

/// Called as files are read: (path, bytes read, size), every 1 MB and at the end.
pub fn on_progress(f: Option<Progress>) {
    PROGRESS.with(|p| *p.borrow_mut() = f);
}

fn get(path: &str) -> io::Result<Bytes> {
    FILES.with(|f| f.borrow().get(path).cloned()).ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))
}

/// A file being read (from the start) or written (stored when dropped).
pub struct File {
    path: String,
    data: Cursor<Bytes>,
    told: u64,
    out: Option<Vec<u8>>,
}

const STEP: u64 = 1 << 20;

impl Read for File {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.data.read(buf)?;
        let (pos, len) = (self.data.position(), self.data.get_ref().len() as u64);
        if pos / STEP != self.told / STEP || (pos == len && self.told != len) {
            self.told = pos;
            PROGRESS.with(|p| {
                if let Some(f) = p.borrow().as_ref() {
                    f(&self.path, pos as usize, len as usize)
                }
            });
        }
        Ok(n)
    }
}

impl Seek for File {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.data.seek(to)
    }
}

impl Write for File {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.out {
            Some(out) => out.write(buf),
            None => Err(io::Error::new(io::ErrorKind::PermissionDenied, "opened for reading")),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for File {
    fn drop(&mut self) {
        if let Some(out) = self.out.take() {
            put(&self.path, out);
        }
    }
}

pub fn open(path: &str) -> io::Result<File> {
    Ok(File { path: path.to_string(), data: Cursor::new(get(path)?), told: 0, out: None })
}

/// What Parquet's reader reads from.
pub fn chunks(path: &str) -> io::Result<Bytes> {
    get(path)
}

pub fn workbook(path: &str) -> Result<calamine::Sheets<Cursor<Bytes>>, calamine::Error> {
    calamine::open_workbook_auto_from_rs(Cursor::new(get(path)?))
}

pub fn create(path: &str) -> io::Result<File> {
    Ok(File { path: path.to_string(), data: Cursor::new(Bytes::new()), told: 0, out: Some(Vec::new()) })
}

pub fn read(path: &str) -> io::Result<Vec<u8>> {
    get(path).map(|b| b.to_vec())
}

pub fn write(path: &str, data: impl AsRef<[u8]>) -> io::Result<()> {
    put(path, data.as_ref().to_vec());
    Ok(())
}

pub fn rename(from: &str, to: &str) -> io::Result<()> {
    let data = get(from)?;
    FILES.with(|f| {
        let mut f = f.borrow_mut();
        f.remove(from);
        f.insert(to.to_string(), data);
    });
    Ok(())
}

pub fn remove_file(path: &str) -> io::Result<()> {
    FILES.with(|f| f.borrow_mut().remove(path)).map(drop).ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
}

/// The command line's `catching`: wasm cannot unwind, so a panic in `f` ends the run; meanwhile
/// `panic_meaning` tells the worker's panic hook (worker.rs) what the command line would say.
pub fn catching<T>(what: &str, f: impl FnOnce() -> T) -> Option<T> {
    let before = MEANING.with(|m| m.borrow_mut().replace(what.to_string()));
    let done = f();
    MEANING.with(|m| *m.borrow_mut() = before);
    Some(done)
}

/// What a panic now means, in the command line's words (`None`: a bug, said as it is).
pub fn panic_meaning() -> Option<String> {
    MEANING.with(|m| m.borrow().clone())
}

/// Names the temporary output (one run at a time here).
pub fn process_id() -> u32 {
    0
}

/// The run's duration (the report's `millis`): the browser's clock, as `std::time::Instant`
/// has none on wasm32.
#[derive(Clone, Copy)]
pub struct Instant(f64);

impl Instant {
    pub fn now() -> Instant {
        #[cfg(target_arch = "wasm32")]
        let ms = js_sys::Date::now();
        #[cfg(not(target_arch = "wasm32"))]
        let ms =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1e3);
        Instant(ms)
    }
    pub fn elapsed(&self) -> std::time::Duration {
        std::time::Duration::from_secs_f64(((Instant::now().0 - self.0) / 1e3).max(0.0))
    }
}

#[cfg(test)]
mod tests {
    /// While `f` runs, a panic means the command line's message (the worker's hook says it); after, a bug again.
    #[test]
    fn a_panic_means_the_command_lines_message_while_caught() {
        let during =
            super::catching("x.parquet is not a readable Parquet file: its pages are damaged", super::panic_meaning);
        assert_eq!(
            during.flatten().as_deref(),
            Some("x.parquet is not a readable Parquet file: its pages are damaged")
        );
        assert_eq!(super::panic_meaning(), None);
    }
}
