package com.marketplace.benchmarks.faults;

import com.marketplace.benchmarks.support.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every log file the run's processes wrote, searched for every secret the run configured or used. */
final class SecretsInLogs {

    void run(Report report, List<Path> folders, String runStartedMarker, List<String> secrets) throws IOException {
        report.section("Secrets searched for in every log file written during the run");
        int files = 0;
        long found = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path log : paths.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".log")
                        && p.toString().contains(runStartedMarker)).toList()) {
                    files++;
                    String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
                    for (String secret : secrets) {
                        found += occurrences(text, secret);
                    }
                }
            }
        }
        report.figure("log files searched", files, "");
        report.figure("secrets searched for", secrets.size(), "");
        report.mustBeZero("secrets found in logs", found);
    }

    private static long occurrences(String text, String secret) {
        long count = 0;
        for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
            count++;
        }
        return count;
    }
}
