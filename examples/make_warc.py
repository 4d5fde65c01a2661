#!/usr/bin/env python3
"""Regenerate examples/prisoner-exchange/archive.warc.

The WARC holds two crawled pages of the fictional Absheron Morning Post (texts written by
the Corroborate authors): a report on the 7 December 2023 prisoner exchange and an
unrelated sports story. Every Content-Length and digest is computed here, so edit the
HTML below and rerun rather than editing the .warc by hand.

Output is byte-for-byte deterministic: record ids are derived from fixed names and all
dates are fixed.
"""

import base64
import hashlib
import pathlib
import uuid

OUT = pathlib.Path(__file__).resolve().parent / "prisoner-exchange" / "archive.warc"
SITE = "https://absheronpost.example"
CRAWLER = "corroborate-examples/1.0"

EXCHANGE_URL = f"{SITE}/politics/2023/12/08/humane-gesture-32-detainees"
EXCHANGE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A humane gesture from Baku: 32 Armenian detainees to be sent home - Absheron Morning Post</title>
<meta property="og:title" content="A humane gesture from Baku: 32 Armenian detainees to be sent home">
<meta property="og:site_name" content="Absheron Morning Post">
<meta property="og:url" content="https://absheronpost.example/politics/2023/12/08/humane-gesture-32-detainees">
<meta property="article:published_time" content="2023-12-08T08:30:00+04:00">
<meta name="author" content="Samira Huseynzade">
<link rel="canonical" href="https://absheronpost.example/politics/2023/12/08/humane-gesture-32-detainees">
</head>
<body>
<header>
<a href="/" class="logo">Absheron Morning Post</a>
<nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/economy">Economy</a> | <a href="/region">Region</a> | <a href="/sport">Sport</a></nav>
</header>
<main>
<article>
<h1>A humane gesture from Baku: 32 Armenian detainees to be sent home</h1>
<p class="byline">Samira Huseynzade &middot; <time datetime="2023-12-08T08:30:00+04:00">8 December 2023</time></p>
<p>Azerbaijan will send home 32 Armenian servicemen held in its custody, and Armenia will hand over two Azerbaijani soldiers, under an agreement announced on Thursday by the Presidential Administration and the office of the Armenian prime minister.</p>
<p>The decision is the latest demonstration of the magnanimity of President Ilham Aliyev, who has said many times that Azerbaijan pursues peace from a position of strength. With its sovereignty restored over all of its lands, Baku can afford to be generous, commentators in the capital noted.</p>
<p>Of the Armenians to be released, 26 were members of a sabotage group captured near Hadrut in December 2020, once the fighting had stopped. The other six crossed the state border illegally at different times and were detained there.</p>
<p>The ringleaders of the dismantled separatist entity in Karabakh, who are accused of grave crimes against civilians, are not on the list. Officials have made clear that they will answer for their actions before Azerbaijani courts.</p>
<p>Most significantly, the deal was concluded without any foreign intermediary. For years outside powers presented themselves as indispensable; Thursday's announcement shows that the two neighbours can settle matters between themselves once Yerevan accepts the realities on the ground.</p>
<p>"This is how peace in our region will be built: by the two neighbours, at one table, on the basis of international law," Nazim Alakbarli, a Baku-based political commentator, told the Post.</p>
<p>Under the same agreement Armenia stepped aside in the race to host next year's UN climate conference, leaving the way open for Baku.</p>
</article>
<aside class="most-read"><h2>Most read</h2><ul>
<li><a href="/economy/2023/12/07/caspian-gas-exports">Caspian gas exports set a new monthly high</a></li>
<li><a href="/sport/2023/12/09/ganja-youth-chess-open">Ganja youth chess open draws a record field</a></li>
</ul></aside>
</main>
<footer><p>&copy; 2023 Absheron Morning Post</p><p><a href="/about">About</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""

CHESS_URL = f"{SITE}/sport/2023/12/09/ganja-youth-chess-open"
CHESS_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ganja youth chess open draws a record field - Absheron Morning Post</title>
<meta property="og:title" content="Ganja youth chess open draws a record field">
<meta property="og:site_name" content="Absheron Morning Post">
<meta property="article:published_time" content="2023-12-09T17:05:00+04:00">
<meta name="author" content="Orkhan Valiyev">
<link rel="canonical" href="https://absheronpost.example/sport/2023/12/09/ganja-youth-chess-open">
</head>
<body>
<header>
<a href="/" class="logo">Absheron Morning Post</a>
<nav><a href="/">Home</a> | <a href="/politics">Politics</a> | <a href="/economy">Economy</a> | <a href="/region">Region</a> | <a href="/sport">Sport</a></nav>
</header>
<main>
<article>
<h1>Ganja youth chess open draws a record field</h1>
<p class="byline">Orkhan Valiyev &middot; <time datetime="2023-12-09T17:05:00+04:00">9 December 2023</time></p>
<p>A record 146 players under the age of 18 sat down on Saturday for the first round of the Ganja youth chess open, which this year has drawn entrants from Georgia, Turkey and Kazakhstan as well as from across Azerbaijan.</p>
<p>The nine-round Swiss tournament is split into under-12, under-14 and under-18 sections and runs until Thursday in the city's Olympic sports complex. Organisers said they had to open a second playing hall after registrations passed the 120 places they had planned for.</p>
<p>The top seed in the oldest section is a 16-year-old from Sumgayit who earned his international master title in the spring. In the girls' standings, last year's winner from Ganja returns to defend her title.</p>
<p>"Five years ago we had forty children and one room," the tournament director, Rauf Mammadzade, told reporters at the opening. "Now parents are asking us to run it twice a year."</p>
<p>Games start at 11:00 each day and are broadcast live on the regional federation's website.</p>
</article>
</main>
<footer><p>&copy; 2023 Absheron Morning Post</p><p><a href="/about">About</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""

CRLF = b"\r\n"


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'corroborate-examples:' + name)}>"


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def http_lines(lines: list[str]) -> bytes:
    return CRLF.join(line.encode("ascii") for line in lines) + CRLF + CRLF


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    lines = ["WARC/1.1", *(f"{k}: {v}" for k, v in headers),
             f"WARC-Block-Digest: {sha1_b32(block)}",
             f"Content-Length: {len(block)}"]
    return http_lines(lines) + block + CRLF + CRLF


def warcinfo(date: str) -> bytes:
    fields = [
        f"software: {CRAWLER}",
        "format: WARC File Format 1.1",
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        "description: Fictional outlet pages written by the Corroborate authors",
        "isPartOf: corroborate-examples",
    ]
    block = http_lines(fields)[:-2]
    return warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", date),
        ("WARC-Filename", OUT.name),
        ("WARC-Record-ID", record_id("warcinfo")),
        ("Content-Type", "application/warc-fields"),
    ], block)


def exchange(url: str, html: str, date: str, http_date: str, info_id: str) -> bytes:
    path = url.removeprefix(SITE)
    request = http_lines([
        f"GET {path} HTTP/1.1",
        "Host: absheronpost.example",
        f"User-Agent: {CRAWLER}",
        "Accept: text/html,application/xhtml+xml",
        "Accept-Language: en",
    ])
    payload = html.encode("utf-8")
    response = http_lines([
        "HTTP/1.1 200 OK",
        f"Date: {http_date}",
        "Server: nginx",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(payload)}",
        "Cache-Control: max-age=300",
    ]) + payload
    response_id = record_id("response " + url)
    return warc_record([
        ("WARC-Type", "request"),
        ("WARC-Date", date),
        ("WARC-Record-ID", record_id("request " + url)),
        ("WARC-Target-URI", url),
        ("WARC-Concurrent-To", response_id),
        ("WARC-Warcinfo-ID", info_id),
        ("Content-Type", "application/http; msgtype=request"),
    ], request) + warc_record([
        ("WARC-Type", "response"),
        ("WARC-Date", date),
        ("WARC-Record-ID", response_id),
        ("WARC-Target-URI", url),
        ("WARC-IP-Address", "192.0.2.17"),
        ("WARC-Warcinfo-ID", info_id),
        ("WARC-Payload-Digest", sha1_b32(payload)),
        ("Content-Type", "application/http; msgtype=response"),
    ], response)


def main() -> None:
    info_id = record_id("warcinfo")
    data = (warcinfo("2023-12-09T18:00:00Z")
            + exchange(EXCHANGE_URL, EXCHANGE_HTML, "2023-12-09T18:00:05Z",
                       "Sat, 09 Dec 2023 18:00:05 GMT", info_id)
            + exchange(CHESS_URL, CHESS_HTML, "2023-12-09T18:00:09Z",
                       "Sat, 09 Dec 2023 18:00:09 GMT", info_id))
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes, 5 records)")


if __name__ == "__main__":
    main()
