package com.marketplace.web.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.web.it.support.MarketplaceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md and docs/go-live.md prove their points with tests named in backticks
 * ({@code SomeIT} or {@code SomeTest.someMethod}): every one named must exist, so a renamed or
 * deleted test cannot leave a document pointing at nothing.
 */
class DocumentedTestsTest {

    private static final Pattern TEST_REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*(?:IT|Test))(?:\\.([a-z][A-Za-z0-9]*))?`");

    @Test
    void everyTestTheSecurityAndGoLiveDocumentsNameExists() throws IOException {
        Path root = MarketplaceProcess.projectRoot();
        List<String> missing = new ArrayList<>();
        int references = 0;
        for (String document : List.of("docs/security.md", "docs/go-live.md")) {
            Matcher reference = TEST_REFERENCE.matcher(Files.readString(root.resolve(document)));
            while (reference.find()) {
                references++;
                Optional<Path> source = testSource(root, reference.group(1));
                if (source.isEmpty()) {
                    missing.add(document + ": " + reference.group(1));
                } else if (reference.group(2) != null && !Files.readString(source.get()).contains("void " + reference.group(2) + "(")) {
                    missing.add(document + ": " + reference.group(1) + "." + reference.group(2));
                }
            }
        }

        assertTrue(references > 10, "the documents name too few tests to be tied to them: " + references);
        assertTrue(missing.isEmpty(), "named in the documents but not found: " + missing);
    }

    private static Optional<Path> testSource(Path root, String className) throws IOException {
        try (Stream<Path> files = Files.walk(root, 12)) {
            return files.filter(file -> file.toString().contains("/src/test/java/"))
                    .filter(file -> file.getFileName().toString().equals(className + ".java")).findFirst();
        }
    }
}
