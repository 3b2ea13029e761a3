package com.marketplace.benchmarks.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The "latest figures" of docs/benchmarks.md, rendered from a run's {@code summary.json} into the
 * document between {@code <!-- figures:NAME:begin -->} and {@code <!-- figures:NAME:end -->}, so the
 * published figures are the measured ones, with the commit and machine they came from, never
 * copied by hand. The prose around the markers (the reading of the figures) stays the author's.
 */
public final class FiguresDocument {

    private FiguresDocument() {
    }

    /** Rewrites the block {@code name} of {@code document} from the summary a run just wrote. */
    public static void publish(Path summary, Path document, String name) throws IOException {
        JsonObject figures;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(summary)))) {
            figures = reader.readObject();
        }
        Files.writeString(document, replaceBlock(Files.readString(document), name, render(figures, summary.getFileName().toString())));
        System.out.println("Figures block \"" + name + "\" of " + document + " rewritten from " + summary);
    }

    /** The markdown of one summary: where and when it was measured, then one row per figure. */
    public static String render(JsonObject summary, String source) {
        JsonObject context = summary.getJsonObject("context");
        StringBuilder block = new StringBuilder();
        block.append("Generated from the `").append(summary.getString("title")).append("` run's `").append(source)
                .append("`: started ").append(context.getString("started_at", "?"))
                .append(" on commit `").append(context.getString("commit", "?")).append("`, ")
                .append(context.getString("cores", "?")).append(" cores of ").append(context.getString("cpu", "?"))
                .append(", ").append(context.getString("memory", "?")).append(", ").append(context.getString("java", "?")).append(".");
        if (context.containsKey("marketplace_jvm")) {
            block.append(" Marketplace: ").append(context.getString("marketplace_jvm")).append('.');
        }
        if (context.containsKey("database")) {
            block.append(" Database: ").append(context.getString("database")).append('.');
        }
        block.append(" Correctness held: ").append(summary.getBoolean("correctness_held") ? "yes" : "**no**").append(".\n\n");
        block.append("| figure | value | target |\n|---|---:|---|\n");
        for (JsonValue row : summary.getJsonArray("figures")) {
            JsonObject figure = row.asJsonObject();
            String unit = figure.getString("unit", "");
            block.append("| ").append(cell(figure.getString("name"))).append(" | ")
                    .append(Report.format(figure.getJsonNumber("value").doubleValue())).append(unit.isEmpty() ? "" : " " + unit)
                    .append(" | ").append(target(figure)).append(" |\n");
        }
        return block.toString();
    }

    /** The document with the text between the two markers of {@code name} replaced by {@code block}. */
    public static String replaceBlock(String document, String name, String block) {
        String begin = "<!-- figures:" + name + ":begin -->";
        String end = "<!-- figures:" + name + ":end -->";
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("the document has no " + begin + " ... " + end + " block");
        }
        return document.substring(0, from + begin.length()) + "\n" + block + document.substring(to);
    }

    private static String target(JsonObject figure) {
        if (!figure.containsKey("target")) {
            return "";
        }
        String verdict = figure.getBoolean("met") ? "ok" : "**missed**" + (figure.containsKey("missed_by") ? " by " + figure.getString("missed_by") : "");
        if ("must be 0".equals(figure.getString("target"))) {
            verdict = figure.getBoolean("met") ? "ok" : "**FAILED**";
        }
        return figure.getString("target") + ": " + verdict;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
