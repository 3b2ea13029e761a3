package com.marketplace.benchmarks.faults;

import com.marketplace.benchmarks.support.BenchDatabase;
import com.marketplace.benchmarks.support.BenchMarketplace;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.benchmarks.support.StripeSandboxProcess;
import com.marketplace.benchmarks.support.WebhookSecrets;
import com.marketplace.testsupport.MarketplaceProcess;
import com.marketplace.testsupport.TcpProxy;
import com.marketplace.testsupport.TestMariaDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sets up the rig (database, proxy, sandbox, secrets, first instance, shop) and runs the scenarios in order. */
public final class FaultScenarios {

    private final String databaseName;
    private final Report report;

    public FaultScenarios(String databaseName, Report report) {
        this.databaseName = databaseName;
        this.report = report;
    }

    public void runAll() throws Exception {
        BenchDatabase database = new BenchDatabase(databaseName).recreate();
        String[] credentials = dedicatedDatabaseUser(databaseName);
        // Secrets of this run only, random, so that finding one in a log can only mean it leaked there.
        WebhookSecrets secrets = new WebhookSecrets("whsec_fault" + random(), "whsec_faultc" + random());
        String adminPassword = "admin-" + random();
        int primaryPort = MarketplaceProcess.freePort();
        List<BenchMarketplace> running = new ArrayList<>();
        try (TcpProxy proxy = new TcpProxy(database.host(), database.port());
             MarketplaceProcess stripe = StripeSandboxProcess.start("fault-stripe", primaryPort, secrets)) {
            FaultRig rig = new FaultRig(database, proxy, secrets, adminPassword, credentials[0], credentials[1], primaryPort, stripe);
            BenchMarketplace primary = rig.startPrimary("fault-a");
            running.add(primary);
            database.createRecordingTable();
            rig.createShop(primary.baseUri(), 5, 50);

            new DatabaseOutageScenario().run(rig, primary, report);
            BenchMarketplace restarted = new CrashScenario().run(rig, primary, report);
            running.add(restarted);
            BenchMarketplace second = BenchMarketplace.start("fault-b", rig.configuration(MarketplaceProcess.freePort()));
            running.add(second);
            new TwoInstancesScenario().run(rig, List.of(restarted, second), report);
            new HostileTrafficScenario().run(rig, List.of(restarted, second), report);

            // Stopped before the logs are searched, so everything they wrote is on disk.
            closeAll(running);
            stripe.close();
            List<String> secretValues = new ArrayList<>(List.of(secrets.platform(), secrets.connect(), adminPassword));
            if (!credentials[1].isEmpty()) {
                secretValues.add(credentials[1]);
            }
            secretValues.addAll(rig.sellerPasswords);
            new SecretsInLogs().run(report, List.of(MarketplaceProcess.workDirectory().resolve("it-logs"),
                    MarketplaceProcess.workDirectory().resolve("it-work")), "fault-", secretValues);
        } finally {
            closeAll(running);
        }
    }

    private static void closeAll(List<BenchMarketplace> running) throws InterruptedException {
        for (BenchMarketplace instance : running) {
            instance.close();
        }
        running.clear();
    }

    /**
     * A database user of this run with a random password, so the password is a real secret to look
     * for in the logs; the configured test user when the server does not let us create one.
     */
    private static String[] dedicatedDatabaseUser(String databaseName) {
        String user = "marketplace_fault";
        String password = "db-" + random();
        try (Connection connection = TestMariaDb.connect(""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            statement.execute("ALTER USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT ALL PRIVILEGES ON `" + databaseName + "`.* TO '" + user + "'@'127.0.0.1'");
            return new String[] {user, password};
        } catch (SQLException e) {
            System.out.println("Could not create a database user for the run (" + e.getMessage() + "); using " + TestMariaDb.user());
            return new String[] {TestMariaDb.user(), TestMariaDb.password()};
        }
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
