package com.marketplace.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer on loopback, as small as one can be: each new TCP connection goes to the next
 * backend port in turn, and a backend that refuses the connection (its instance is gone) is
 * skipped for the next one. It remembers which backend took the latest connection, so a test can
 * kill the instance that served a request.
 */
public final class RoundRobinProxy implements AutoCloseable {

    private final List<Integer> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final ServerSocket server;
    private volatile int lastBackend = -1;

    public RoundRobinProxy(List<Integer> backendPorts) throws IOException {
        this.backends = List.copyOf(backendPorts);
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::acceptLoop, "round-robin-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The backend port that took the latest connection. */
    public int lastBackend() {
        return lastBackend;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = connectToNext();
                if (upstream == null) {
                    client.close();
                    continue;
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed: the proxy is done
            }
        }
    }

    private Socket connectToNext() {
        for (int tried = 0; tried < backends.size(); tried++) {
            int port = backends.get(Math.floorMod(next.getAndIncrement(), backends.size()));
            try {
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port);
                lastBackend = port;
                return upstream;
            } catch (IOException refused) {
                // that instance is down: the next one in turn
            }
        }
        return null;
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "round-robin-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
