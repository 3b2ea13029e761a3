package com.marketplace.platform.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/run asks this command whether to deploy the Stripe sandbox: it must see every source the marketplace reads. */
class ModeCommandTest {

    private static final String TEST_KEY = "sk_test_51AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

    @TempDir
    Path dir;

    private final Map<String, String> environment = new HashMap<>();
    private final Properties systemProperties = new Properties();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ModeCommand.run(args, environment, systemProperties, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8).trim();
    }

    @Test
    void nothingConfiguredIsTheSandbox() {
        assertEquals(0, run());
        assertEquals("sandbox", printed());
    }

    @Test
    void aKeyInTheEnvironmentIsTestMode() {
        environment.put("STRIPE_SECRET_KEY", TEST_KEY);

        assertEquals(0, run());
        assertEquals("test", printed());
    }

    @Test
    void aKeyGivenAsASystemPropertyInJavaOptsCountsToo() {
        systemProperties.setProperty("STRIPE_SECRET_KEY", TEST_KEY);

        assertEquals(0, run());
        assertEquals("test", printed());
    }

    @Test
    void aModeInTheWarsConfigurationFileCounts() throws IOException {
        Path war = war(Map.of("WEB-INF/classes/META-INF/microprofile-config.properties", "MARKETPLACE_MODE=test\n"));
        environment.put("STRIPE_SECRET_KEY", TEST_KEY);

        assertEquals(0, run(war.toString()));
        assertEquals("test", printed());
    }

    @Test
    void aKeyInTheConfigurationFileOfAJarInsideTheWarCounts() throws IOException {
        Path war = war(Map.of("WEB-INF/lib/settings.jar", jarWith("STRIPE_SECRET_KEY=" + TEST_KEY + "\n")));

        assertEquals(0, run(war.toString()));
        assertEquals("test", printed());
    }

    @Test
    void theEnvironmentWinsOverTheWarsDefaultsAsInMicroProfileConfig() throws IOException {
        Path war = war(Map.of("WEB-INF/classes/META-INF/microprofile-config.properties", "MARKETPLACE_MODE=test\n"));
        environment.put("MARKETPLACE_MODE", "sandbox");

        assertEquals(0, run(war.toString()));
        assertEquals("sandbox", printed());
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        environment.put("STRIPE_SECRET_KEY", TEST_KEY);
        environment.put("MARKETPLACE_MODE", "live");
        systemProperties.setProperty("MARKETPLACE_MODE", "test");

        assertEquals(0, run());
        assertEquals("test", printed());
    }

    @Test
    void aRefusedConfigurationIsReportedAsTheMarketplaceWouldWithoutTheKey() {
        environment.put("MARKETPLACE_MODE", "sandbox");
        environment.put("STRIPE_SECRET_KEY", TEST_KEY);

        assertEquals(2, run());
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("Marketplace refuses to start: MARKETPLACE_MODE=sandbox"), message);
        assertFalse(message.contains(TEST_KEY.substring(0, 8)), message);
        assertEquals("", printed(), "no mode is printed for a refused configuration");
    }

    @Test
    void anUnreadableWarIsAUsageError() {
        assertEquals(64, run(dir.resolve("missing.war").toString()));
    }

    private Path war(Map<String, Object> entries) throws IOException {
        Path war = dir.resolve("ROOT.war");
        try (OutputStream file = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, Object> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue() instanceof byte[] bytes ? bytes : entry.getValue().toString().getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
        }
        return war;
    }

    private static byte[] jarWith(String properties) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            jar.putNextEntry(new ZipEntry("META-INF/microprofile-config.properties"));
            jar.write(properties.getBytes(StandardCharsets.ISO_8859_1));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
