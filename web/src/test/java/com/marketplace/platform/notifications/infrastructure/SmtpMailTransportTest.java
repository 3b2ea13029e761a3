package com.marketplace.platform.notifications.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.marketplace.platform.kernel.config.Secret;
import com.marketplace.platform.notifications.application.NotificationSettings.SmtpServer;
import com.marketplace.platform.notifications.domain.MailFailure;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.testsupport.MarketplaceProcess;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP transport against a real SMTP server that wants a login (GreenMail in this JVM; the
 * marketplace's integration tests cover the server without one): a text and an HTML part, the
 * login used, and a refusal reported without the password.
 */
// In web's tests, where GreenMail is; in the transport's package, whose class is not public.
class SmtpMailTransportTest {

    private static final String PASSWORD = "s3cret-smtp-password";

    private GreenMail server;

    @BeforeEach
    void aServerThatWantsALogin() throws Exception {
        server = new GreenMail(new ServerSetup(MarketplaceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@marketplace.test", "mailer", PASSWORD));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SmtpMailTransport transport(String password) {
        return new SmtpMailTransport(new SmtpServer("127.0.0.1", server.getSmtp().getPort(), Optional.of("mailer"),
                Optional.of(Secret.of(password)), false), "Marketplace <no-reply@marketplace.test>");
    }

    private static MailMessage receipt() {
        return new MailMessage(1, "buyer@example.test", "Your receipt for order 1 (Teapot)", "Total: €50.00", "<p>Total: €50.00</p>");
    }

    @Test
    void aMessageGoesWithItsTextAndHtmlPartsUnderTheConfiguredLogin() throws Exception {
        transport(PASSWORD).send(receipt());

        assertTrue(server.waitForIncomingEmail(5_000, 1));
        MimeMessage received = server.getReceivedMessages()[0];
        assertEquals("Your receipt for order 1 (Teapot)", received.getSubject());
        assertEquals("no-reply@marketplace.test", received.getFrom()[0].toString().replaceAll(".*<|>", ""));
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Total: €50.00", parts.getBodyPart(0).getContent());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals("auto-generated", received.getHeader("Auto-Submitted")[0]);
    }

    @Test
    void aRefusedLoginIsReportedWithoutThePassword() {
        MailFailure refused = assertThrows(MailFailure.class, () -> transport("wrong-" + PASSWORD).send(receipt()));

        assertTrue(refused.getMessage().startsWith("smtp://127.0.0.1:" + server.getSmtp().getPort() + " did not take the message"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains(PASSWORD), refused.getMessage());
        assertEquals(0, server.getReceivedMessages().length);
    }
}
