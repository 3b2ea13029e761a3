package com.marketplace.web.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.TcpProxy;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM, started on a fixed free port before the first
 * marketplace process, which is told to mail it ({@code SMTP_HOST}, {@code SMTP_PORT}). The
 * marketplace reaches it through a {@link TcpProxy} a test can {@link #cut} and {@link #restore}:
 * the mail server "goes down" while GreenMail keeps what it already received.
 */
public final class MailServer {

    public static final String MAIL_FROM = "Marketplace <no-reply@marketplace.test>";

    private static GreenMail greenMail;
    private static TcpProxy proxy;

    private MailServer() {
    }

    private static synchronized void start() {
        if (greenMail != null) {
            return;
        }
        try {
            greenMail = new GreenMail(new ServerSetup(MarketplaceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            proxy = new TcpProxy("127.0.0.1", greenMail.getSmtp().getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test mail server", e);
        }
    }

    /** The configuration of a marketplace that mails this server. */
    public static Map<String, String> smtpConfiguration() {
        start();
        return Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(proxy.port()), "SMTP_STARTTLS", "false",
                "MAIL_FROM", MAIL_FROM, "NOTIFY_WORKER_POLL_MS", "200", "NOTIFY_RETRY_BASE_MS", "300", "NOTIFY_RETRY_MAX_MS", "2000",
                "NOTIFY_MAX_ATTEMPTS", "40");
    }

    /** Every message the server holds for this address, oldest first. */
    public static List<MimeMessage> messagesTo(String recipient) {
        start();
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits until at least {@code count} messages reached this address; answers them all. */
    public static List<MimeMessage> awaitMessagesTo(String recipient, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> received = messagesTo(recipient);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            received = messagesTo(recipient);
        }
        if (received.size() < count) {
            throw new AssertionError("expected " + count + " message(s) to " + recipient + " within " + timeout + ", got " + received.size());
        }
        return received;
    }

    /** Waits for the message to this address with this subject; answers it. */
    public static MimeMessage awaitMessage(String recipient, String subject, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> matching = messagesTo(recipient, subject);
            if (!matching.isEmpty()) {
                return matching.get(0);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no message \"" + subject + "\" to " + recipient + " within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** The messages to this address with this subject. */
    public static List<MimeMessage> messagesTo(String recipient, String subject) {
        return messagesTo(recipient).stream().filter(message -> {
            try {
                return subject.equals(message.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The mail server is unreachable: open connections are cut and new ones refused. */
    public static void cut() throws IOException {
        start();
        proxy.stop();
    }

    public static void restore() throws IOException {
        start();
        proxy.start();
    }
}
