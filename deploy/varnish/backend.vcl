# Where the on-demand server (`npm run serve`) listens. Replace this file (or put your own backend.vcl earlier
# on varnishd's vcl_path) for your own address. The probe asks for a static file, not a page, so a busy
# renderer is never taken for a dead one. It lets Varnish tell "the origin is down" from "this
# page is slow": while it is down, pages are served stale for as long as their stale-if-error allows.
backend default {
    .host = "127.0.0.1";
    .port = "4173";
    .connect_timeout = 1s;
    .first_byte_timeout = 10s;
    .probe = {
        .request = "HEAD /robots.txt HTTP/1.1" "Host: localhost" "Connection: close";
        .interval = 1s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
}
