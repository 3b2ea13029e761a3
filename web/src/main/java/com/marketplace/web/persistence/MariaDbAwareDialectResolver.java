package com.marketplace.web.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * MariaDB reached through mysql-connector-j reports the product "MySQL", version
 * "5.5.5-10.11.x-MariaDB", and Hibernate would pick a MySQL 5.5 dialect. This resolver sees the
 * real server in the version string and answers the MariaDB dialect of that version; for anything
 * else it answers null and Hibernate's own resolution applies (MySQL 8, H2).
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

    private static final Pattern MARIADB_VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)-MariaDB");

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (version == null) {
            return null;
        }
        Matcher matcher = MARIADB_VERSION.matcher(version);
        if (!matcher.find()) {
            return null;
        }
        return new MariaDBDialect(DatabaseVersion.make(
                Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
    }
}
