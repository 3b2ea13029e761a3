package com.marketplace.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.SandboxStripe;
import com.stripe.model.Account;
import com.stripe.param.AccountCreateParams;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run command's marketplace stays consistent across restarts: the sandbox keeps Stripe's state in its own database. */
class SandboxRestartIT {

    @Test
    void anAccountCreatedBeforeARestartIsStillThereAfterIt() throws Exception {
        Path dataDir = MarketplaceProcess.projectRoot().resolve("web/target/it-work/restart/kept-data");
        try (var stale = java.nio.file.Files.exists(dataDir) ? java.nio.file.Files.walk(dataDir) : java.util.stream.Stream.<Path>empty()) {
            stale.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        Map<String, String> configuration = Map.of("MARKETPLACE_DATA_DIR", dataDir.toString());
        String accountId;
        try (MarketplaceProcess first = MarketplaceProcess.start("restart-first", configuration)) {
            first.awaitHealthy();
            Account account = new SandboxStripe(first.baseUri()).client().accounts()
                    .create(AccountCreateParams.builder().setType(AccountCreateParams.Type.EXPRESS).setEmail("kept@seller.test").build());
            accountId = account.getId();
        }

        try (MarketplaceProcess second = MarketplaceProcess.start("restart-second", configuration)) {
            second.awaitHealthy();
            Account again = new SandboxStripe(second.baseUri()).client().accounts().retrieve(accountId);

            assertEquals("kept@seller.test", again.getEmail());
            assertTrue(second.output().contains("Stripe sandbox ready on embedded H2 database"), "the sandbox said where it keeps its state");
        }
    }
}
