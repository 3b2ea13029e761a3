package com.marketplace.platform.notifications.infrastructure;

import com.marketplace.platform.kernel.persistence.DataSourceNames;
import com.marketplace.platform.notifications.domain.KeptMessage;
import com.marketplace.platform.notifications.domain.MailMessage;
import com.marketplace.platform.notifications.domain.Mailbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The local mailbox as the table {@code mailbox_messages}: one row per notification, kept once. */
@ApplicationScoped
public class JdbcMailbox implements Mailbox {

    private static final String COLUMNS = "id, notification_id, sender, recipient, subject, text_body, html_body, created_at";

    @Resource(lookup = DataSourceNames.MARKETPLACE)
    DataSource dataSource;

    @Override
    public void keep(MailMessage message, String sender, Instant now) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO mailbox_messages (notification_id, sender, recipient, subject, text_body, html_body, created_at)"
                        + " SELECT ?, ?, ?, ?, ?, ?, ? FROM (SELECT 1 AS one) AS candidate"
                        + " WHERE NOT EXISTS (SELECT 1 FROM mailbox_messages WHERE notification_id = ?)")) {
            Sql.bind(insert, message.notificationId(), sender, message.recipient(), message.subject(), message.text(), message.html(),
                    Sql.utc(now), message.notificationId());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!Sql.isDuplicateKey(e)) {
                throw new IllegalStateException("the local mailbox cannot be written: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<KeptMessage> latest(int limit) {
        return select(" ORDER BY id DESC LIMIT " + limit);
    }

    @Override
    public Optional<KeptMessage> find(long id) {
        return select(" WHERE id = ?", id).stream().findFirst();
    }

    private List<KeptMessage> select(String clause, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM mailbox_messages" + clause)) {
            Sql.bind(statement, parameters);
            List<KeptMessage> found = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new KeptMessage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), Sql.instant(rs, 8)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("the local mailbox cannot be read: " + e.getMessage(), e);
        }
    }
}
