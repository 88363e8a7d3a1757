vcl 4.1;

# Varnish in front of Broadsheet's on-demand server (docs/deploy.md, "Behind Varnish"). Pages are kept for
# their s-maxage and purged by key when something is published; stale pages are served while the origin is
# down, for as long as the page's stale-if-error says; with nothing stale, the reader gets a plain 503 page.
#
# Purge by key without varnish-modules: every page carries its keys in an `xkey` header ("article:<slug>
# section:world author:amara-okafor front-page:1"), and a PURGE request bans the objects whose header holds
# one of the given keys. Bans are checked on the next lookup, so a purge is visible at once. (With the xkey
# vmod from varnish-modules the same header works as-is: `xkey.purge(req.http.xkey-purge)`.)
#
#   curl -X PURGE -H 'xkey-purge: article:night-buses front-page:1' http://127.0.0.1:6081/

import std;

include "backend.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is not allowed from this address"));
        }
        # Keys are lower-case words, digits, ":" and "-": nothing that could change the ban's meaning.
        if (req.http.xkey-purge !~ "^[a-z0-9:-]+( [a-z0-9:-]+)*$") {
            return (synth(400, "Send the keys to purge in an xkey-purge header"));
        }
        if (!std.ban("obj.http.xkey ~ (^|\s)(" + regsuball(req.http.xkey-purge, " ", "|") + ")(\s|$)")) {
            return (synth(500, "Purge failed: " + std.ban_error()));
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Pages are the same for every reader: no cookie, no query string changes them.
    unset req.http.Cookie;
    unset req.http.Authorization;
    set req.url = regsub(req.url, "\?.*$", "");
    # While the origin answers, a page past its s-maxage is served stale only briefly while it is refetched;
    # while it is down, for the whole grace the page was stored with (its stale-if-error).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_hit {
    if (obj.ttl >= 0s) {
        set req.http.x-cache = "HIT";
    } else {
        set req.http.x-cache = "STALE";
    }
}

sub vcl_miss {
    set req.http.x-cache = "MISS";
}

sub vcl_pass {
    set req.http.x-cache = "PASS";
}

sub vcl_backend_response {
    # A failed refresh never replaces the page readers already have.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # Varnish takes the TTL from s-maxage itself; the grace (how long a stale copy may still be served)
    # comes from stale-if-error, the longer of the two stale windows.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1") + "s", 1d);
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml))") {
        set beresp.do_gzip = true;
    }
}

sub vcl_backend_error {
    # Nothing to fetch the page from: keep the stale copy if a refresh failed, else our own page.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "5";
    synthetic({"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>We can’t reach the news right now</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-inline-size:40rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a;background:#fff;overflow-wrap:anywhere}h1{font-size:1.75rem;line-height:1.2}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>We can’t reach the news right now</h1>
<p>The news server isn’t answering. It may be a passing problem: trying again in a moment often works.</p>
<p><a href="/">Try the front page</a></p>
</main>
</body>
</html>
"});
    return (deliver);
}

sub vcl_deliver {
    set resp.http.X-Cache = req.http.x-cache;
    # The keys are for this cache only; readers don't need them.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
