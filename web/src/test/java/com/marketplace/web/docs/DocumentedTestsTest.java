package com.marketplace.web.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.testsupport.MarketplaceProcess;
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
 * The README and every page under docs/ prove their points with tests named in backticks
 * ({@code SomeIT} or {@code SomeTest.someMethod}): every one named must exist, so a renamed or
 * deleted test cannot leave a document pointing at nothing.
 */
class DocumentedTestsTest {

    private static final Pattern TEST_REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*(?:IT|Test))(?:\\.([a-z][A-Za-z0-9]*))?`");

    @Test
    void everyTestTheDocumentsNameExists() throws IOException {
        Path root = MarketplaceProcess.projectRoot();
        List<String> missing = new ArrayList<>();
        int references = 0;
        for (Path document : documents(root)) {
            Matcher reference = TEST_REFERENCE.matcher(Files.readString(document));
            while (reference.find()) {
                references++;
                Optional<Path> source = testSource(root, reference.group(1));
                if (source.isEmpty()) {
                    missing.add(root.relativize(document) + ": " + reference.group(1));
                } else if (reference.group(2) != null && !Files.readString(source.get()).contains("void " + reference.group(2) + "(")) {
                    missing.add(root.relativize(document) + ": " + reference.group(1) + "." + reference.group(2));
                }
            }
        }

        assertTrue(references > 10, "the documents name too few tests to be tied to them: " + references);
        assertTrue(missing.isEmpty(), "named in the documents but not found: " + missing);
    }

    /** The README and every page under docs/. */
    private static List<Path> documents(Path root) throws IOException {
        List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
            pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static Optional<Path> testSource(Path root, String className) throws IOException {
        try (Stream<Path> files = Files.walk(root, 12)) {
            return files.filter(file -> file.toString().contains("/src/test/java/"))
                    .filter(file -> file.getFileName().toString().equals(className + ".java")).findFirst();
        }
    }
}
