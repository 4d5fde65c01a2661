#!/usr/bin/env python3
"""Generate the ingest throughput corpus (bench/corpus/, git-ignored).

Three sub-corpora of N distinct articles each (default 10,000), built from the shared data
(../shared/data beside the repository, or $CORROBORATE_SHARED):

  text/  N .txt scrapes: seed and sample-page paragraphs recombined (shuffled, numbers
         varied) under varied titles, datelines, bylines and scraper residue.
  html/  N .html pages: copies of the 10 real sample pages, each with a unique paragraph
         inserted in the article body and a unique suffix on its <title>.
  warc/  the same N pages as HTTP response records in a few .warc.gz files, one gzip
         member per record.

Every article differs in content, not only in bytes, so deduplication does not shortcut
the work being measured. The output is deterministic for a given --seed and shared data.
A MANIFEST.tsv (format, files, articles, bytes) is written for ingest-throughput.sh.
"""

import argparse
import gzip
import hashlib
import html
import json
import os
import pathlib
import random
import re
import shutil
import sys
import uuid

FORMATS = ("text", "html", "warc")
NBSP = "\u00a0"

OUTLETS = [
    "Northwind Gazette", "Harbour Street Journal", "Meridian Daily", "Valley Observer",
    "Coastline Wire", "Granite Post", "Riverside Chronicle", "Summit Record",
    "Eastern Wire Service", "Caspian Ledger", "Steppe Herald", "Baltic Courier Online",
]
NAMES = [
    "Anna Keller", "Tomas Varga", "Leyla Rahimova", "Samuel Okafor", "Mira Petrova",
    "Jonas Berg", "Aylin Demir", "Pavel Novak", "Grace Mensah", "Daniel Ruiz",
    "Sofia Lindqvist", "Arman Petrosyan", "Nino Kapanadze", "Farid Mammadli",
]
TITLE_PREFIXES = ["", "", "", "UPDATE: ", "Analysis: ", "Explainer: ", "LIVE: ", "Opinion: "]
CITIES = ["BAKU", "YEREVAN", "TBILISI", "LONDON", "KABUL", "LA PAZ", "WASHINGTON", "DOHA", "TOKYO"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# Filler for the unique paragraph added to each HTML copy: plain news prose, so that the
# extractor keeps it as part of the body.
SUBJECTS = ["Local officials", "A spokesperson for the ministry", "Two witnesses", "Regional police",
            "The city council", "Aid workers", "An independent monitor", "Opposition lawmakers"]
VERBS = ["said on", "confirmed on", "told reporters on", "reported on", "added on"]
OBJECTS = ["households had been affected", "people were still unaccounted for",
           "vehicles were held at the checkpoint", "complaints had been filed",
           "staff had been sent to the area", "requests were still being reviewed"]


def locate_shared(explicit: str | None, repo: pathlib.Path) -> pathlib.Path:
    candidates = []
    if explicit:
        candidates.append(pathlib.Path(explicit))
    env = os.environ.get("CORROBORATE_SHARED")
    if env:
        candidates += [pathlib.Path(env) / "data", pathlib.Path(env)]
    candidates.append(repo.parent / "shared" / "data")
    for c in candidates:
        if (c / "seeds").is_dir() and (c / "samples" / "html").is_dir():
            return c.resolve()
    sys.exit("make-corpus: shared data not found (pass --data or set CORROBORATE_SHARED)")


def words(text: str) -> int:
    return len(text.split())


# --- source material -------------------------------------------------------------------

def seed_paragraphs(shared: pathlib.Path) -> list[str]:
    # Titles, datelines, Source lines, bylines and tickers are all under 12 words, so the
    # length floor alone keeps the residue out of the pool.
    out = []
    for path in sorted((shared / "seeds").glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = block.strip()
            if words(block) >= 12:
                out.append(block)
    return out


def gold_bodies(shared: pathlib.Path) -> dict:
    path = shared / "bench" / "article-extraction" / "ground-truth.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


P_ELEMENT = re.compile(rb"<p\b[^>]*>(.*?)</p\s*>", re.S | re.I)
TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")


def p_text(raw: bytes) -> str:
    return SPACE.sub(" ", html.unescape(TAG.sub("", raw.decode("utf-8", "replace")))).strip()


class Page:
    """One real sample page, pre-split where the unique title suffix and paragraph go."""

    def __init__(self, path: pathlib.Path, gold: dict | None):
        data = path.read_bytes()
        self.id = path.stem
        self.url = (gold or {}).get("url") or self._meta_url(data) or f"https://bench.example/{self.id[:12]}"
        gold_text = SPACE.sub(" ", (gold or {}).get("articleBody", ""))
        paragraphs = [(m, p_text(m.group(1))) for m in P_ELEMENT.finditer(data)]
        # Insert after a paragraph the gold body contains (so it lands inside the article
        # the extractor keeps); without gold, after the longest paragraph.
        in_body = [m for m, t in paragraphs if len(t) >= 40 and t[:80] in gold_text]
        if in_body:
            anchor = in_body[min(1, len(in_body) - 1)]
        else:
            anchor = max(paragraphs, key=lambda mt: len(mt[1]))[0]
        cut = anchor.end()
        title = re.search(rb"</title\s*>", data, re.I)
        if title is None or title.start() >= cut:
            raise SystemExit(f"make-corpus: {path.name}: no <title> before the body")
        self.parts = (data[:title.start()], data[title.start():cut], data[cut:])
        if gold_text:
            self.body_paragraphs = [b.strip() for b in gold["articleBody"].split("\n") if words(b) >= 12]
        else:
            self.body_paragraphs = [t for _, t in paragraphs if words(t) >= 12]

    @staticmethod
    def _meta_url(data: bytes) -> str | None:
        m = re.search(rb'<link[^>]+rel="canonical"[^>]+href="([^"]+)"', data, re.I) or \
            re.search(rb'<meta[^>]+property="og:url"[^>]+content="([^"]+)"', data, re.I)
        return m.group(1).decode("utf-8", "replace") if m else None

    def copy(self, suffix: str, paragraph: str) -> bytes:
        head, middle, tail = self.parts
        return (head + html.escape(suffix).encode("utf-8") + middle
                + b"\n<p>" + html.escape(paragraph).encode("utf-8") + b"</p>" + tail)


# --- text corpus -------------------------------------------------------------------------

# Leaves fractions and ranges ("1-1/2", "2019-20") alone so the varied text still reads.
NUMBER = re.compile(r"(?<![\d/.-])\d+(?:\.\d+)?(?![\d/-])")


def vary_numbers(rng: random.Random, text: str) -> str:
    def repl(m: re.Match) -> str:
        if rng.random() > 0.4:
            return m.group(0)
        s = m.group(0)
        if "." in s:
            whole, frac = s.split(".")
            return f"{rng.randint(0, max(1, int(whole) * 2))}.{rng.randint(0, 10 ** len(frac) - 1):0{len(frac)}d}"
        n = int(s)
        if 1900 <= n <= 2030:
            return str(rng.randint(2015, 2024))
        return str(rng.randint(max(0, n // 2), n * 2 + 2))
    return NUMBER.sub(repl, text)


def dateline(rng: random.Random) -> tuple[str, str]:
    """A random moment in 2019-2024, as (kind, text) in one of the forms scrapes carry."""
    y, mo, d = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    kind = rng.choice(["numeric", "iso", "rfc", "written", "wire"])
    if kind == "numeric":
        return kind, f"{d:02d}/{mo:02d}/{y} - {h:02d}:{mi:02d}"
    if kind == "iso":
        return kind, f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z"
    if kind == "rfc":
        return kind, f"{rng.choice(WEEKDAYS)}, {d:02d} {MONTHS[mo - 1][:3]} {y} {h:02d}:{mi:02d}:00 +0000"
    if kind == "written":
        return kind, f"{MONTHS[mo - 1]} {d}, {y}"
    return kind, f"{y}-{mo:02d}-{d:02d}"


def ticker(rng: random.Random) -> str:
    cells = [f"{sym}{NBSP}{rng.uniform(0.01, 500):.2f}" for sym in rng.sample(["$", "€", "₽", "£"], 3)]
    return f" {NBSP}".join(cells)


def text_article(rng: random.Random, pool: list[str]) -> tuple[str, str]:
    """Returns (file text, body) for one scrape; the body is what must be unique."""
    paragraphs = [vary_numbers(rng, p) for p in rng.sample(pool, rng.randint(4, 9))]
    outlet, author = rng.choice(OUTLETS), rng.choice(NAMES)
    first = re.split(r"(?<=[.!?])\s", paragraphs[0])[0].split()
    title = rng.choice(TITLE_PREFIXES) + " ".join(first[:rng.randint(6, 12)]).rstrip(",.;:")
    kind, when = dateline(rng)
    lines: list[str] = []
    if kind == "wire":
        lines += [f" date {when} (WIREFEED- {outlet})", "", "", "", f"{author} Read more", ""]
    else:
        if rng.random() < 0.2:
            title += f" | {outlet}"
        lines += [title, ""]
        if rng.random() < 0.3:
            lines += [f"{rng.choice(CITIES)}, {when} -", ""]
        else:
            lines += [when]
            lines += [f"Source: {outlet}"] * rng.choice([1, 2])
            lines += ["", f"By {author}", ""]
    body = "\n\n".join(paragraphs)
    lines.append(body)
    if rng.random() < 0.7:
        lines += ["", "In article"]
    if rng.random() < 0.5:
        lines += ["", f"Read more: {' '.join(rng.choice(pool).split()[:8])}"]
    if rng.random() < 0.5:
        lines += ["", "Share this article: Facebook Twitter Telegram"]
    if rng.random() < 0.6:
        lines += ["", "", "", ticker(rng)]
    text = "\n".join(lines)
    return (text if rng.random() < 0.5 else text + "\n"), body


def make_text(out: pathlib.Path, rng: random.Random, pool: list[str], count: int) -> tuple[int, int]:
    seen: set[str] = set()
    total = 0
    for i in range(count):
        while True:
            text, body = text_article(rng, pool)
            key = hashlib.sha256(body.encode("utf-8")).hexdigest()
            if key not in seen:
                seen.add(key)
                break
        data = text.encode("utf-8")
        (out / f"{i:05d}.txt").write_bytes(data)
        total += len(data)
    return count, total


# --- html and warc corpora ---------------------------------------------------------------

def unique_paragraph(rng: random.Random, i: int) -> str:
    day = rng.randint(1, 28)
    month = rng.choice(MONTHS)
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {day} {month} that {100 + i} "
            f"{rng.choice(OBJECTS)}, and that a further update was expected within "
            f"{rng.randint(2, 72)} hours.")


def html_copies(rng: random.Random, pages: list[Page], count: int):
    for i in range(count):
        page = pages[i % len(pages)]
        suffix = f" - bench copy {i:05d}"
        yield i, page, page.copy(suffix, unique_paragraph(rng, i))


def make_html(out: pathlib.Path, copies) -> tuple[int, int]:
    seen: set[bytes] = set()
    total = 0
    for i, page, data in copies:
        seen.add(hashlib.sha256(data).digest())
        (out / f"{i:05d}-{page.id[:12]}.html").write_bytes(data)
        total += len(data)
    if len(seen) != i + 1:
        sys.exit("make-corpus: html copies are not all distinct")
    return len(seen), total


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'corroborate-bench:' + name)}>"


def make_warc(out: pathlib.Path, copies, count: int, files: int) -> tuple[int, int, int]:
    """Spreads `count` response records over `files` .warc.gz files, one gzip member per
    record as WARC readers expect; mtime=0 keeps the output byte-stable."""
    per_file = -(-count // files)
    total = records = written = 0
    while records < count:
        name = f"bench-{written:02d}.warc.gz"
        info = b"software: corroborate bench/make-corpus.py\r\nformat: WARC File Format 1.1\r\n"
        with open(out / name, "wb") as fh:
            fh.write(gzip.compress(warc_record([
                ("WARC-Type", "warcinfo"), ("WARC-Date", "2024-01-01T00:00:00Z"),
                ("WARC-Filename", name), ("WARC-Record-ID", record_id(name)),
                ("Content-Type", "application/warc-fields")], info), compresslevel=6, mtime=0))
            for _ in range(min(per_file, count - records)):
                i, page, data = next(copies)
                http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        + f"Content-Length: {len(data)}\r\n\r\n".encode("ascii") + data)
                sep = "&" if "?" in page.url else "?"
                fh.write(gzip.compress(warc_record([
                    ("WARC-Type", "response"),
                    ("WARC-Date", f"2024-01-01T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}Z"),
                    ("WARC-Record-ID", record_id(f"response {i}")),
                    ("WARC-Target-URI", f"{page.url}{sep}bench={i:05d}"),
                    ("Content-Type", "application/http; msgtype=response"),
                ], http), compresslevel=6, mtime=0))
                records += 1
        total += (out / name).stat().st_size
        written += 1
    return records, total, written


# --- main --------------------------------------------------------------------------------

def main() -> None:
    repo = pathlib.Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(repo / "bench" / "corpus"), help="output folder (default bench/corpus)")
    ap.add_argument("--count", type=int, default=10_000, help="articles per format (default 10000)")
    ap.add_argument("--warc-files", type=int, default=5, help="number of .warc.gz files (default 5)")
    ap.add_argument("--seed", type=int, default=20231207, help="random seed (default 20231207)")
    ap.add_argument("--data", help="shared data folder (default ../shared/data or $CORROBORATE_SHARED)")
    args = ap.parse_args()

    shared = locate_shared(args.data, repo)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for fmt in FORMATS:
        shutil.rmtree(out / fmt, ignore_errors=True)
        (out / fmt).mkdir()

    golds = gold_bodies(shared)
    pages = [Page(p, golds.get(p.stem)) for p in sorted((shared / "samples" / "html").glob("*.html"))]
    pool = seed_paragraphs(shared) + [b for page in pages for b in page.body_paragraphs]
    print(f"source: {shared}: {len(pages)} pages, {len(pool)} paragraphs")

    results = {}
    results["text"] = (*make_text(out / "text", random.Random(args.seed), pool, args.count), args.count)
    # The WARC records hold the very pages written to html/: same generator, same seed.
    results["html"] = (*make_html(out / "html", html_copies(random.Random(args.seed + 1), pages, args.count)), args.count)
    results["warc"] = make_warc(out / "warc", html_copies(random.Random(args.seed + 1), pages, args.count),
                                args.count, args.warc_files)

    with open(out / "MANIFEST.tsv", "w", encoding="utf-8") as fh:
        fh.write("format\tfiles\tarticles\tbytes\n")
        print(f"{'format':<6} {'files':>6} {'articles':>9} {'MB':>9}")
        for fmt in FORMATS:
            articles, size, files = results[fmt]
            fh.write(f"{fmt}\t{files}\t{articles}\t{size}\n")
            print(f"{fmt:<6} {files:>6} {articles:>9} {size / 1e6:>9.1f}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
