package com.marketplace.web.pages.admin;

import com.marketplace.platform.kernel.web.Html;
import java.util.List;

/**
 * A bar chart drawn on the server as inline SVG: no script, no style attribute (the content
 * security policy allows neither); bars are coloured by their class in site.css. The SVG is an
 * image with a title and a description for screen readers, which find the same figures in the
 * page's table.
 */
final class SalesChart {

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
     * {@code id} must be unique on the page; {@code barClass} is {@code bar-gross} or {@code bar-fees}.
     * Bars are scaled to the largest value; a bar of a non-zero value is at least one unit high so it
     * is never mistaken for none.
     */
    static String svg(String id, String title, String description, String barClass, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        int width = 2 * MARGIN + bars.size() * SLOT;
        int baseline = TOP + PLOT_HEIGHT;
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(width).append(' ').append(HEIGHT)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int height = height(bar.value(), max);
            int x = MARGIN + i * SLOT + (SLOT - BAR) / 2;
            int centre = MARGIN + i * SLOT + SLOT / 2;
            svg.append("<rect class=\"").append(barClass).append("\" x=\"").append(x).append("\" y=\"").append(baseline - height)
                    .append("\" width=\"").append(BAR).append("\" height=\"").append(height).append("\"></rect>");
            if (bar.value() > 0) {
                svg.append(text(centre, baseline - height - 4, bar.valueText()));
            }
            svg.append(text(centre, baseline + 16, bar.label()));
        }
        return svg.append("</svg>").toString();
    }

    static int height(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round((double) value / max * PLOT_HEIGHT));
    }

    private static String text(int x, int y, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\">" + Html.escape(content) + "</text>";
    }
}
