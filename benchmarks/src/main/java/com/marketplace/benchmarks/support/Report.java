package com.marketplace.benchmarks.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run: printed as they are measured, one line each, and written at the end as
 * a JSON summary with the machine and commit they came from. A figure with a target says whether
 * it met it; a "must be 0" figure that is not 0 makes the run fail.
 */
public final class Report {

    private final String title;
    private final Map<String, String> context = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();

    public Report(String title) {
        this.title = title;
        context.put("started_at", Instant.now().toString());
        context.putAll(Machine.describe());
    }

    public void context(String key, String value) {
        context.put(key, value);
    }

    public void section(String name) {
        System.out.println();
        System.out.println("== " + name);
    }

    /** A measured figure with no target. */
    public void figure(String name, double value, String unit) {
        add(new Figure(name, value, unit, null, null, null));
    }

    /** A figure that should be at most {@code target}. */
    public void atMost(String name, double value, String unit, double target) {
        atMost(name, value, unit, target, format(target));
    }

    /** A figure that should be at most {@code target}, the target described (e.g. "below the peer's 37 ms"). */
    public void atMost(String name, double value, String unit, double target, String describedTarget) {
        boolean met = value <= target;
        add(new Figure(name, value, unit, "<= " + describedTarget, met, met ? null : missedBy(value, target, unit, true)));
    }

    /** A figure that should be at least {@code target}. */
    public void atLeast(String name, double value, String unit, double target) {
        boolean met = value >= target;
        add(new Figure(name, value, unit, ">= " + format(target), met, met ? null : missedBy(value, target, unit, false)));
    }

    /**
     * How far a missed target is: the difference in the figure's unit, and the factor the figure
     * would have to shrink (at most) or grow (at least) by, e.g. "31 ms (2.2x)". The factor is left
     * out where it means nothing (a target or value of 0 or below).
     */
    static String missedBy(double value, double target, String unit, boolean atMost) {
        double gap = atMost ? value - target : target - value;
        double factor = atMost ? value / target : target / value;
        String amount = format(gap) + (unit.isEmpty() ? "" : " " + unit);
        boolean meaningfulFactor = target > 0 && value > 0 && Double.isFinite(factor);
        return meaningfulFactor ? amount + " (" + String.format(Locale.ROOT, "%.1f", factor) + "x)" : amount;
    }

    /** A correctness count: anything but 0 fails the run. */
    public void mustBeZero(String name, long value) {
        add(new Figure(name, value, "", "must be 0", value == 0, null));
    }

    public boolean correctnessHeld() {
        return figures.stream().noneMatch(f -> "must be 0".equals(f.target()) && !Boolean.TRUE.equals(f.met()));
    }

    private void add(Figure figure) {
        figures.add(figure);
        String verdict = figure.target() == null ? "" : "   (target " + figure.target() + ": "
                + (figure.met() ? "met" : "MISSED by " + figure.missedBy()) + ")";
        if ("must be 0".equals(figure.target())) {
            verdict = figure.met() ? "   (must be 0: ok)" : "   (must be 0: FAILED)";
        }
        System.out.printf(Locale.ROOT, "%-58s %12s %-6s%s%n", figure.name(), format(figure.value()), figure.unit(), verdict);
    }

    public Path write(Path file) throws IOException {
        JsonObjectBuilder summary = Json.createObjectBuilder().add("title", title);
        JsonObjectBuilder about = Json.createObjectBuilder();
        context.forEach(about::add);
        summary.add("context", about.add("finished_at", Instant.now().toString()));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Figure figure : figures) {
            JsonObjectBuilder row = Json.createObjectBuilder().add("name", figure.name()).add("value", figure.value()).add("unit", figure.unit());
            if (figure.target() != null) {
                row.add("target", figure.target()).add("met", figure.met());
            }
            if (figure.missedBy() != null) {
                row.add("missed_by", figure.missedBy());
            }
            rows.add(row);
        }
        summary.add("figures", rows).add("correctness_held", correctnessHeld());
        StringWriter json = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(json)) {
            writer.writeObject(summary.build());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json.toString());
        System.out.println();
        System.out.println("Summary written to " + file.toAbsolutePath().normalize());
        return file;
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.2f", value);
    }

    private record Figure(String name, double value, String unit, String target, Boolean met, String missedBy) {
    }
}
