#!/usr/bin/env bash
# Bytes transferred for a first visit (empty cache) of /, /aanbod and /kalender?weergave=maand, with everything each
# page loads. Only the server under test is contacted; nothing is downloaded from elsewhere.
#
#   bench/transfer-bytes.sh [BASE_URL] [--browser|--curl]      BASE_URL defaults to http://127.0.0.1:8080
#
# --browser (the default when Debian's chromium is installed): headless Chromium with a new profile per page and a
#   net log; counts what the browser really fetched (scripts loaded by scripts and fonts included) and sums the
#   socket bytes received (headers and bodies as they travelled, compressed or not). The figures in
#   docs/benchmarks.md ("Page weight") were measured this way, before and after issue 15.
# --curl: the page with curl (Accept-Encoding: gzip, br), then every <link rel=stylesheet|icon|preload>, <script src>
#   and <img src> in it, as WeightIT counts them; headers and bodies as received. Resources that style sheets load
#   (fonts) and scripts that scripts load are not seen, so this counts less than a browser fetches.
set -euo pipefail

BASE=http://127.0.0.1:8080
MODE=""
for argument in "$@"; do
    case "$argument" in
        --browser) MODE=browser ;;
        --curl) MODE=curl ;;
        http://*|https://*) BASE=${argument%/} ;;
        *) echo "usage: $0 [BASE_URL] [--browser|--curl]" >&2; exit 2 ;;
    esac
done
PAGES=("/" "/aanbod" "/kalender?weergave=maand")
CHROMIUM=${CHROMIUM:-$(command -v chromium || echo /usr/lib/chromium/chromium)}
if [[ -z "$MODE" ]]; then
    if [[ -x "$CHROMIUM" ]]; then MODE=browser; else MODE=curl; fi
fi
case "$BASE" in
    http://127.*|http://localhost*|https://127.*|https://localhost*) ;;
    *) echo "only a server on this machine (127.0.0.1 or localhost) is measured, not $BASE" >&2; exit 2 ;;
esac
if ! curl -s -o /dev/null --max-time 10 "$BASE/health/ready"; then
    echo "no server answers at $BASE (start it with: mvn -Prun verify)" >&2
    exit 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# --- browser: Chromium's net log -------------------------------------------------------------------------------------
# Sums SOCKET_BYTES_RECEIVED (what came over the sockets) and URL_REQUEST_JOB_BYTES_READ (bodies as received), and
# counts the distinct http(s) URLs requested.
read_net_log() {
    python3 - "$1" <<'PYTHON'
import json, sys
log = json.load(open(sys.argv[1]))
types = {number: name for name, number in log["constants"]["logEventTypes"].items()}
received = bodies = 0
urls = set()
for event in log["events"]:
    kind = types.get(event["type"])
    params = event.get("params", {})
    if kind == "SOCKET_BYTES_RECEIVED":
        received += params.get("byte_count", 0)
    elif kind == "URL_REQUEST_JOB_BYTES_READ":
        bodies += params.get("byte_count", 0)
    elif kind == "URL_REQUEST_START_JOB" and params.get("url", "").startswith("http"):
        urls.add(params["url"])
print(len(urls), received, bodies)
PYTHON
}

measure_in_browser() {
    local page=$1 profile="$WORK/profile" netlog="$WORK/netlog.json"
    rm -rf "$profile" "$netlog"
    # no lookups of other hosts, no background traffic: only the server under test is asked anything
    timeout 90 "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --no-first-run --disable-sync \
        --disable-background-networking --disable-component-update --disable-default-apps --lang=nl \
        --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1" \
        --user-data-dir="$profile" --log-net-log="$netlog" --virtual-time-budget=5000 --dump-dom "$BASE$page" \
        >/dev/null 2>&1 || true
    if [[ ! -s "$netlog" ]]; then
        echo "$page: Chromium wrote no net log" >&2
        return 1
    fi
    read -r requests received bodies < <(read_net_log "$netlog")
    printf '%-28s %8s %14s %14s\n' "$page" "$requests" "$received" "$bodies"
}

# --- curl: the page and what its HTML names --------------------------------------------------------------------------
# fetch URL: the body to $WORK/body, the headers to $WORK/headers; prints "bytes-received status"
fetch() {
    curl -s --max-time 30 -H 'Accept-Encoding: gzip, br' -o "$WORK/body" -D "$WORK/headers" \
        -w '%{size_download} %{size_header} %{http_code}\n' "$1" | awk '{ print $1 + $2, $3 }'
}

# the HTML of the last fetch, decoded (the server compresses with gzip; anything else is asked for again as it is)
decoded_page() {
    local encoding
    encoding=$(grep -i '^content-encoding:' "$WORK/headers" | tail -1 | tr -d '\r' | awk '{ print tolower($2) }' || true)
    case "$encoding" in
        "") cat "$WORK/body" ;;
        gzip) gzip -dc "$WORK/body" ;;
        *) curl -s --max-time 30 "$1" ;;
    esac
}

# the addresses an HTML page loads: <link rel=stylesheet|icon|preload href>, <script src>, <img src>; once each
loaded_by() {
    perl -0777 -ne '
        while (/<link\b([^>]*)>/gi) {
            my $attributes = $1;
            if ($attributes =~ /\brel="([^"]*)"/i && $1 =~ /\b(stylesheet|icon|preload|modulepreload)\b/i
                    && $attributes =~ /\bhref="([^"]+)"/i) { print "$1\n"; }
        }
        while (/<(?:script|img)\b[^>]*\bsrc="([^"]+)"/gi) { print "$1\n"; }' \
        | sed 's/&amp;/\&/g' | grep -v '^data:' | awk '!seen[$0]++' || true
}

measure_with_curl() {
    local page=$1 requests=1 received status bytes address url
    read -r received status < <(fetch "$BASE$page")
    if [[ "$status" != 200 ]]; then
        echo "$page: HTTP $status" >&2
        return 1
    fi
    decoded_page "$BASE$page" > "$WORK/page.html"
    while read -r address; do
        case "$address" in
            http://*|https://*) url=$address ;;
            /*) url=$BASE$address ;;
            *) url=$BASE/$address ;;
        esac
        if [[ "$url" != "$BASE"/* ]]; then
            echo "$page loads $url from elsewhere: not counted" >&2
            continue
        fi
        read -r bytes status < <(fetch "$url")
        [[ "$status" == 200 ]] || echo "$page: $url answered HTTP $status" >&2
        requests=$((requests + 1))
        received=$((received + bytes))
    done < <(loaded_by < "$WORK/page.html")
    printf '%-28s %8s %14s %14s\n' "$page" "$requests" "$received" "-"
}

echo "transferred bytes, first visit, empty cache: $BASE ($MODE)"
printf '%-28s %8s %14s %14s\n' "page" "requests" "received" "bodies"
for page in "${PAGES[@]}"; do
    if [[ "$MODE" == browser ]]; then
        measure_in_browser "$page"
    else
        measure_with_curl "$page"
    fi
done
