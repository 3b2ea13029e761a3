package com.marketplace.web.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps the session cookie, does not follow redirects (tests assert
 * them), and reads the CSRF token out of the last page's forms, so page tests can post forms the
 * way a person would, or on purpose without the token.
 */
public final class PageClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI baseUri;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final String[] everyRequestHeaders;
    private String lastCsrfToken;

    public PageClient(URI baseUri) {
        this(baseUri, new String[0]);
    }

    /** A client that sends these headers (name, value, ...) with every request, e.g. a proxy's {@code X-Forwarded-For}. */
    public PageClient(URI baseUri, String... everyRequestHeaders) {
        this.baseUri = baseUri;
        this.everyRequestHeaders = everyRequestHeaders.clone();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static PageClient forMarketplace() {
        return new PageClient(RunningMarketplace.process().baseUri());
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", "text/html").GET());
    }

    /** Posts a form with the CSRF token of the last page fetched, as a browser submitting it would. */
    public Page post(String path, String... fields) {
        Map<String, String> form = pairs(fields);
        form.putIfAbsent("_csrf", csrfToken());
        return postRaw(path, form);
    }

    /** Posts exactly these fields: no token is added (for CSRF tests). */
    public Page postWithoutToken(String path, String... fields) {
        return postRaw(path, pairs(fields));
    }

    /**
     * Posts a multipart form as a browser's file field does: one file ({@code field}, named
     * {@code filename}, claiming {@code contentType}) and the text fields given, with the last page's
     * CSRF token unless {@code withToken} is false.
     */
    public Page postFile(String path, boolean withToken, String field, String filename, String contentType, byte[] content, String... fields) {
        Map<String, String> form = pairs(fields);
        if (withToken) {
            form.putIfAbsent("_csrf", csrfToken());
        }
        String boundary = "----marketplace-test-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose answer is kept as bytes (a picture), with extra headers (name, value, ...). */
    public Download download(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), new Page(response.statusCode(), response.headers().map(), ""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Signs in through the sign-in page; the session cookie is kept for the following requests. */
    public Page signIn(String email, String password) {
        get("/login");
        return post("/login", "email", email, "password", password);
    }

    public String csrfToken() {
        if (lastCsrfToken == null) {
            throw new IllegalStateException("no page with a form has been fetched yet");
        }
        return lastCsrfToken;
    }

    public Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("marketplace_session"))
                .map(c -> c.getValue()).findFirst();
    }

    private Page postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request with extra headers (name, value, ...), for JSON calls that ride on the page session. */
    public Page send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        for (int i = 0; i < everyRequestHeaders.length; i += 2) {
            request.header(everyRequestHeaders[i], everyRequestHeaders[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF_FIELD.matcher(response.body());
            if (token.find()) {
                lastCsrfToken = token.group(1);
            }
            return new Page(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Map<String, String> pairs(String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    /** A downloaded answer: its status, its headers (as a bodiless {@link Page}) and its bytes. */
    public record Download(int status, Page headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.header(name);
        }
    }

    /** An answer: status, headers and body. */
    public record Page(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public String location() {
            return header("Location").orElseThrow(() -> new AssertionError("no Location header (HTTP " + status + "): " + body));
        }
    }
}
