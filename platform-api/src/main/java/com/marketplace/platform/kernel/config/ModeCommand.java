package com.marketplace.platform.kernel.config;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Prints the mode the marketplace will run in ({@code sandbox}, {@code test} or {@code live}), by
 * the same rules and from the same sources it reads at start-up, so that {@code bin/run} deploys
 * the Stripe sandbox war exactly when the marketplace will run in sandbox mode: a key given as a
 * {@code -D} option in {@code JAVA_OPTS} or in the war's configuration file counts as much as one
 * in the environment. A refused configuration is printed as the marketplace would refuse it
 * (exit status 2), so {@code bin/run} stops before starting Payara.
 *
 * <p>Usage: {@code java [-Dkey=value...] -cp platform-api-<version>-mode-rules.jar
 * com.marketplace.platform.kernel.config.ModeCommand [ROOT.war]}
 */
public final class ModeCommand {

    static final int REFUSED = 2;
    static final int USAGE = 64;

    private ModeCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.getProperties(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, Properties systemProperties, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            err.println("usage: ModeCommand [path/to/ROOT.war]");
            return USAGE;
        }
        Properties packaged;
        try {
            packaged = args.length == 1 ? PackagedConfiguration.of(Path.of(args[0])) : new Properties();
        } catch (IOException e) {
            err.println("cannot read the configuration packaged in " + args[0] + ": " + e.getMessage());
            return USAGE;
        }
        // MicroProfile Config's default ordinals: system properties (400), environment (300), the
        // war's microprofile-config.properties (100).
        Function<String, Optional<String>> lookup = key -> Optional.ofNullable(systemProperties.getProperty(key))
                .or(() -> Optional.ofNullable(environment.get(key)))
                .or(() -> Optional.ofNullable(packaged.getProperty(key)));
        try {
            out.println(new StripeSettingsResolver(lookup).resolve(port(lookup)).mode().configValue());
            return 0;
        } catch (InvalidConfigurationException e) {
            err.println("Marketplace refuses to start: " + e.getMessage());
            return REFUSED;
        }
    }

    // The port only shapes the sandbox's default API base, never the mode; a bad one is the
    // marketplace's own refusal to report.
    private static int port(Function<String, Optional<String>> lookup) {
        try {
            return lookup.apply(ConfigKeys.PORT).map(String::trim).map(Integer::parseInt).orElse(ConfigKeys.DEFAULT_PORT);
        } catch (NumberFormatException e) {
            return ConfigKeys.DEFAULT_PORT;
        }
    }
}
