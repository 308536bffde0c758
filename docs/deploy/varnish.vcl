vcl 4.1;

# Varnish in front of the site: the limits a front proxy must apply (docs/caching.md), and
# otherwise Varnish's built-in behaviour, which honours the site's Cache-Control and Vary.
# Tested with a real Varnish in front of a production build (tests/pages/front-proxy.test.ts).

# The site's instances, or their load balancer.
backend default {
    .host = "127.0.0.1";
    .port = "3000";
}

sub vcl_recv {
    # Next parses every query string before the site's code runs, in time that grows with the
    # square of the number of parameters (docs/upstream/next-many-query-parameters.md). The site
    # reads at most four; refuse more than 100, and any address longer than 8 KB.
    if (req.url ~ "^.{8193}" || req.url ~ "\?([^&]*&){100}") {
        return (synth(414, "URI Too Long"));
    }
}
