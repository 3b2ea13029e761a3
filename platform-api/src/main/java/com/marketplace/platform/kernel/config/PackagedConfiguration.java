package com.marketplace.platform.kernel.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The {@code META-INF/microprofile-config.properties} files a war carries (in {@code WEB-INF/classes}
 * and in the jars of {@code WEB-INF/lib}), merged as MicroProfile Config merges them: a file's
 * {@code config_ordinal} (100 by default) decides which one wins a key.
 */
final class PackagedConfiguration {

    static final String FILE = "META-INF/microprofile-config.properties";
    private static final String ORDINAL = "config_ordinal";
    private static final int DEFAULT_ORDINAL = 100;

    private PackagedConfiguration() {
    }

    static Properties of(Path war) throws IOException {
        List<Properties> files = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals("WEB-INF/classes/" + FILE)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.add(load(in));
                    }
                } else if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(entry))) {
                        for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            if (inner.getName().equals(FILE)) {
                                files.add(load(jar));
                            }
                        }
                    }
                }
            }
        }
        // Lowest ordinal first, so the highest is applied last and wins.
        files.sort(Comparator.comparingInt(PackagedConfiguration::ordinal));
        Properties merged = new Properties();
        files.forEach(merged::putAll);
        merged.remove(ORDINAL);
        return merged;
    }

    private static Properties load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return properties;
    }

    private static int ordinal(Properties file) {
        try {
            return Integer.parseInt(file.getProperty(ORDINAL, String.valueOf(DEFAULT_ORDINAL)).trim());
        } catch (NumberFormatException e) {
            return DEFAULT_ORDINAL;
        }
    }
}
