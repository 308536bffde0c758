vcl 4.1;

# Varnish in front of the site (docs/caching.md, README "A CDN in front"):
# - keeps each page as long as its Cache-Control allows a shared cache, tagged with the page's
#   surrogate keys (xkey, from varnish-modules), and drops every page a publish touches when the
#   site sends `PURGE` with an `xkey` header (lib/cdn/purge.ts);
# - serves the pages it holds while the site is down or failing, for as long as their stale-if-error;
# - refuses what would stall Next before the site's code runs.
# Tested in a real Varnish: in front of a production build (tests/pages/front-proxy.test.ts,
# tests/pages/lake/edge.test.ts) and of a small origin with lifetimes of seconds (tests/cdn/).

import std;
import xkey;

# The site's instances, or their load balancer.
backend default {
    .host = "127.0.0.1";
    .port = "3000";
}

# Who may purge: the site's instances (their webhook sends the PURGE). Add their addresses.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Next parses every query string before the site's code runs, in time that grows with the
    # square of the number of parameters (docs/upstream/next-many-query-parameters.md). The site
    # reads at most four; refuse more than 100, and any address longer than 8 KB.
    if (req.url ~ "^.{8193}" || req.url ~ "\?([^&]*&){100}") {
        return (synth(414, "URI Too Long"));
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey) {
            return (synth(400, "PURGE needs an xkey header naming the keys to purge"));
        }
        # A hard purge: the copies are gone, so once this answers no reader gets the old page.
        set req.http.n-gone = xkey.purge(req.http.xkey);
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }

    # Pages are the same for every reader except in draft mode (Next's `__prerender_bypass`
    # cookie, which Varnish's built-in rules pass to the site); any other cookie (analytics, a
    # consent banner) changes nothing, so it must not turn every request into a miss.
    if (req.url !~ "^/(api|studio)(/|$)" && req.http.Cookie !~ "(^|;\s*)__prerender_bypass=") {
        unset req.http.Cookie;
    }
}

sub vcl_backend_response {
    # xkey reads its keys from the `xkey` header; the site sends them as Surrogate-Key.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # Past its lifetime a copy is served while Varnish asks the site again in the background
    # (grace): for as long as stale-if-error says, so that a site that is down, or answers with an
    # error, is not seen. Varnish has one grace for both windows, so while the site is up a copy
    # past stale-while-revalidate is still served once more while it is refreshed.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), beresp.grace);
    }
    # A refresh in the background that the site answers with an error stores nothing (not even a
    # hit-for-miss, which would hide the copy): the copy stays served.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_backend_error {
    # The site did not answer a refresh in the background: likewise.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Keys and windows are for this cache, not for readers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
}
