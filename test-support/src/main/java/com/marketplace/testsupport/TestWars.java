package com.marketplace.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The production ROOT.war, unchanged, plus test-only packages (event handlers, probes), built with
 * ShrinkWrap, so the production war never carries test code.
 */
public final class TestWars {

    private TestWars() {
    }

    /** The production ROOT.war plus the given test-only packages, written under {@code it-work/<name>} of the work directory. */
    public static synchronized Path warWith(String name, Package... testPackages) {
        Path war = MarketplaceProcess.workDirectory().resolve("it-work/" + name + "/ROOT.war");
        try {
            Files.createDirectories(war.getParent());
            WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class,
                    MarketplaceProcess.projectRoot().resolve("web/target/ROOT.war").toFile());
            for (Package testPackage : testPackages) {
                archive.addPackage(testPackage);
            }
            archive.as(ZipExporter.class).exportTo(war.toFile(), true);
            return war;
        } catch (Exception e) {
            throw new IllegalStateException("could not build the test war " + name + ": " + e.getMessage(), e);
        }
    }
}
