package com.marketplace.web.pages.admin;

import com.marketplace.web.views.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bar chart drawn on the server as inline SVG: no script, no style attribute (the content
 * security policy allows neither); bars are coloured by their class in site.css. The SVG is an
 * image with a title and a description for screen readers, which find the same figures in the
 * page's table. This class does the geometry; {@code admin/salesChart.jte} draws it.
 */
public final class SalesChart {

    static final int SLOT = 60;
    static final int BAR = 40;
    static final int MARGIN = 10;
    static final int TOP = 20;
    static final int PLOT_HEIGHT = 160;
    static final int HEIGHT = TOP + PLOT_HEIGHT + 30;

    private SalesChart() {
    }

    /** One bar: its label under it, its value, and the value as people read it (above the bar). */
    record Bar(String label, long value, String valueText) {
    }

    /**
     * A chart ready to draw. {@code id} is unique on the page; {@code barClass} is {@code bar-gross}
     * or {@code bar-fees}.
     */
    public record Drawing(ChartFrame frame, String barClass, List<DrawnBar> bars) {

        public Drawing {
            bars = List.copyOf(bars);
        }
    }

    /** A bar placed on the chart; a bar of value 0 has no value label. */
    public record DrawnBar(int x, int y, int width, int height, int centre, int valueY, int labelY, String label,
                           Optional<String> valueText) {
    }

    /**
     * Bars are scaled to the largest value; a bar of a non-zero value is at least one unit high so it
     * is never mistaken for none.
     */
    static Drawing draw(String id, String title, String description, String barClass, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int baseline = TOP + PLOT_HEIGHT;
        List<DrawnBar> drawn = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int height = height(bar.value(), max);
            int centre = MARGIN + i * SLOT + SLOT / 2;
            drawn.add(new DrawnBar(MARGIN + i * SLOT + (SLOT - BAR) / 2, baseline - height, BAR, height, centre,
                    baseline - height - 4, baseline + 16, bar.label(),
                    bar.value() > 0 ? Optional.of(bar.valueText()) : Optional.empty()));
        }
        return new Drawing(new ChartFrame(id, title, description, 2 * MARGIN + bars.size() * SLOT, HEIGHT), barClass, drawn);
    }

    /** The chart as SVG markup, on its own. */
    static String svg(String id, String title, String description, String barClass, List<Bar> bars) {
        return Views.render("admin/salesChart.jte", draw(id, title, description, barClass, bars));
    }

    static int height(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round((double) value / max * PLOT_HEIGHT));
    }
}
