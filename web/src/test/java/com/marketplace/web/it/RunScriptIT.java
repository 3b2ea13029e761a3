package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.MarketplaceProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * bin/run's decision, run as bin/run runs it (bash, bin/lib/run-mode.sh, the built jars): which
 * mode the marketplace will resolve, hence whether the Stripe sandbox war is deployed. A key given
 * any way the marketplace reads one counts, not only an exported STRIPE_SECRET_KEY.
 */
class RunScriptIT {

    private static final String TEST_KEY = "sk_test_51QpLmNoTaRealKeyJustTheShapeOfOne00000000";

    private record Outcome(int status, String out, String err) {
    }

    @Test
    void withNothingConfiguredBinRunDeploysTheMarketplaceThenTheSandbox() throws Exception {
        Outcome outcome = run("mode=$(resolved_mode) && marketplace_deployments \"$mode\"", Map.of());

        assertEquals(0, outcome.status(), outcome.err());
        assertEquals(List.of("--deploy", "web/target/ROOT.war", "--deploy", "stripe-sandbox/target/stripe-sandbox.war"),
                outcome.out().lines().toList());
    }

    @Test
    void aKeyInTheEnvironmentMeansTestModeAndNoSandbox() throws Exception {
        Outcome outcome = run("mode=$(resolved_mode) && echo \"$mode\" && marketplace_deployments \"$mode\"", Map.of("STRIPE_SECRET_KEY", TEST_KEY));

        assertEquals(0, outcome.status(), outcome.err());
        assertEquals(List.of("test", "--deploy", "web/target/ROOT.war"), outcome.out().lines().toList());
    }

    @Test
    void aKeyGivenAsASystemPropertyInJavaOptsCountsAsMuch() throws Exception {
        Outcome outcome = run("resolved_mode", Map.of("JAVA_OPTS", "-Xmx512m -DSTRIPE_SECRET_KEY=" + TEST_KEY));

        assertEquals(0, outcome.status(), outcome.err());
        assertEquals("test", outcome.out().trim());
    }

    @Test
    void aContradictoryConfigurationStopsBinRunWithTheMarketplacesRefusal() throws Exception {
        Outcome outcome = run("mode=$(resolved_mode) || echo \"exit $?\"", Map.of("MARKETPLACE_MODE", "sandbox", "STRIPE_SECRET_KEY", TEST_KEY));

        assertEquals("exit 2", outcome.out().trim());
        assertTrue(outcome.err().contains("Marketplace refuses to start: MARKETPLACE_MODE=sandbox with a STRIPE_SECRET_KEY"), outcome.err());
        assertFalse(outcome.err().contains(TEST_KEY.substring(0, 8)), outcome.err());
    }

    @Test
    void binRunAndTheTestsProcessesStartTheJvmWithTheSameDefaultOptions() throws Exception {
        Outcome outcome = run("source bin/lib/jvm-options.sh && default_java_opts", Map.of());

        assertEquals(0, outcome.status(), outcome.err());
        assertEquals(MarketplaceProcess.defaultJvmOptions(), outcome.out().trim());
        assertTrue(outcome.out().contains("-Xmx"), outcome.out());
    }

    // bash from the project root, with bin/lib/run-mode.sh sourced and no marketplace configuration inherited.
    private static Outcome run(String script, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -euo pipefail; source bin/lib/run-mode.sh; " + script)
                .directory(MarketplaceProcess.projectRoot().toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("STRIPE_") || key.startsWith("MARKETPLACE_") || key.equals("JAVA_OPTS"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/lib/run-mode.sh did not finish");
        }
        return new Outcome(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
