package com.marketplace.migrations;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the marketplace keeps its data, resolved from configuration keys.
 *
 * <p>With {@code DB_URL} set, a MySQL-compatible server through mysql-connector-j; without it, an
 * embedded H2 file database in MySQL mode under {@code MARKETPLACE_DATA_DIR}, so the marketplace
 * runs on a machine with no database installed. Both take the same Flyway migrations.
 *
 * <p>The lookup is a function so the application (MicroProfile Config) and the stand-alone
 * migration runner (environment variables) resolve the same keys with the same defaults.
 */
public record DatabaseSettings(Kind kind, String jdbcUrl, String user, String password) {

    public static final String DB_URL = "DB_URL";
    public static final String DB_USER = "DB_USER";
    public static final String DB_PASSWORD = "DB_PASSWORD";
    public static final String DATA_DIR = "MARKETPLACE_DATA_DIR";

    static final String DEFAULT_DATA_DIR = "data";
    // MySQL mode plus lower-case identifiers makes H2 accept the scripts written for MariaDB/MySQL.
    private static final String H2_MYSQL_MODE = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public enum Kind { MYSQL, H2 }

    public DatabaseSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    public static DatabaseSettings resolve(Function<String, Optional<String>> lookup) {
        Optional<String> url = nonBlank(lookup, DB_URL);
        if (url.isEmpty()) {
            Path dataDir = Path.of(nonBlank(lookup, DATA_DIR).orElse(DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
            return new DatabaseSettings(Kind.H2, "jdbc:h2:file:" + dataDir.resolve("marketplace") + H2_MYSQL_MODE,
                    nonBlank(lookup, DB_USER).orElse("sa"), lookup.apply(DB_PASSWORD).orElse(""));
        }
        String jdbcUrl = url.get().trim();
        Kind kind = kindOf(jdbcUrl);
        return new DatabaseSettings(kind, jdbcUrl,
                nonBlank(lookup, DB_USER).orElse(kind == Kind.H2 ? "sa" : "root"),
                lookup.apply(DB_PASSWORD).orElse(""));
    }

    /**
     * Settings of a component that keeps its own database beside the marketplace's (the Stripe
     * sandbox: Stripe's state is not the platform's). Its keys carry a prefix
     * ({@code SANDBOX_DB_URL}, ...); without a URL it gets its own embedded file under
     * {@code MARKETPLACE_DATA_DIR/<name>}.
     */
    public static DatabaseSettings resolveFor(String component, Function<String, Optional<String>> lookup) {
        String prefix = component.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_";
        String baseDataDir = nonBlank(lookup, DATA_DIR).orElse(DEFAULT_DATA_DIR);
        return resolve(key -> DATA_DIR.equals(key)
                ? Optional.of(nonBlank(lookup, prefix + DATA_DIR).orElse(Path.of(baseDataDir, component).toString()))
                : lookup.apply(prefix + key));
    }

    public static DatabaseSettings fromEnvironment() {
        return resolve(key -> Optional.ofNullable(System.getenv(key)));
    }

    private static Kind kindOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:mysql:")) {
            return Kind.MYSQL;
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        throw new IllegalArgumentException(
                DB_URL + " must start with jdbc:mysql:// (MySQL or MariaDB) or jdbc:h2: (embedded); got a URL starting "
                        + describeUrl(jdbcUrl));
    }

    private static Optional<String> nonBlank(Function<String, Optional<String>> lookup, String key) {
        return lookup.apply(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** Where the data lives, fit for a log line: no user, password or query parameters. */
    public String describe() {
        return (kind == Kind.MYSQL ? "MySQL-compatible database " : "embedded H2 database ") + describeUrl(jdbcUrl);
    }

    private static String describeUrl(String jdbcUrl) {
        String withoutOptions = jdbcUrl.split("[?;]", 2)[0];
        // jdbc:mysql://user:secret@host/db carries credentials in the authority: drop them.
        return withoutOptions.replaceFirst("//[^/@]*@", "//");
    }

    @Override
    public String toString() {
        return describe();
    }
}
