package com.marketplace.platform.notifications.infrastructure;

import com.marketplace.platform.notifications.application.NotificationSettings.SmtpServer;
import com.marketplace.platform.notifications.domain.MailFailure;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.MailTransport;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Mails a message through an SMTP server with Jakarta Mail (Payara Micro ships its implementation,
 * Angus Mail): {@code multipart/alternative}, the plain text first and the HTML second, as mail
 * readers expect. A failure is reported without the password, whatever the server echoed.
 */
final class SmtpMailTransport implements MailTransport {

    private static final String TIMEOUT_MS = "15000";

    private final SmtpServer server;
    private final InternetAddress from;
    private final Session session;

    SmtpMailTransport(SmtpServer server, String mailFrom) {
        this.server = server;
        try {
            this.from = new InternetAddress(mailFrom, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("MAIL_FROM is not an email address: " + mailFrom, e);
        }
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", Integer.toString(server.port()));
        properties.put("mail.smtp.auth", Boolean.toString(server.user().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(server.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(server.startTls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(from);
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.recipient(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setSentDate(Date.from(Instant.now()));
            // Marks it as sent by a machine, so auto-responders do not answer it.
            mime.setHeader("Auto-Submitted", "auto-generated");
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            mime.setContent(alternatives);
            mime.saveChanges();
            if (server.user().isPresent()) {
                Transport.send(mime, server.user().get(), server.password().map(secret -> secret.reveal()).orElse(""));
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException | RuntimeException e) {
            throw new MailFailure(scrub(describe() + " did not take the message: " + e.getMessage()), null);
        }
    }

    private String scrub(String text) {
        String password = server.password().map(secret -> secret.reveal()).orElse("");
        return password.isEmpty() ? text : text.replace(password, "[password]");
    }

    @Override
    public String describe() {
        return server.describe();
    }
}
