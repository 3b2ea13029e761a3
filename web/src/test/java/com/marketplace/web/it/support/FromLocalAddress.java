package com.marketplace.web.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request sent from a chosen local address, such as {@code 127.0.0.2}: Linux routes
 * the whole of 127.0.0.0/8 to the loopback, so a test can be a second machine, seen by the
 * marketplace as another peer. (JDK 17's HttpClient cannot choose its local address.)
 */
public final class FromLocalAddress {

    private FromLocalAddress() {
    }

    /** Sends a bodyless request with the headers (name, value, ...) and answers the status code. */
    public static int status(String localAddress, URI base, String method, String path, String... headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!response.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP answer: " + response);
            }
            return Integer.parseInt(response.substring(9, 12));
        }
    }
}
