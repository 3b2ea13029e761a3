package com.marketplace.web.pages.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of the KPIs, drawn on the server as inline SVG like {@link SalesChart}: no
 * script, no style attribute; bars take their colour from their class in site.css. Each row is a
 * label on the left, a bar scaled to the row's full scale, and the value as people read it on the
 * right; a figure with nothing to show ("no data") has no bar. This class does the geometry;
 * {@code admin/kpiChart.jte} draws it.
 */
public final class KpiChart {

    static final int LABEL_WIDTH = 160;
    static final int PLOT_WIDTH = 300;
    static final int VALUE_WIDTH = 110;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int TOP = 6;
    static final int WIDTH = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;

    private KpiChart() {
    }

    /**
     * One row: {@code value} out of {@code scale} (a rate in ten-thousandths of 1, out of 10,000; a
     * duration out of the largest one shown); {@code value} negative when there is no figure.
     */
    record Row(String label, long value, long scale, String valueText) {
    }

    /** A chart ready to draw; {@code id} is unique on the page, {@code barClass} colours its bars. */
    public record Drawing(ChartFrame frame, String barClass, List<DrawnRow> rows) {

        public Drawing {
            rows = List.copyOf(rows);
        }
    }

    /** A row placed on the chart: its bar (width 0 when there is no figure), its label and its value text. */
    public record DrawnRow(int barX, int barY, int barWidth, int barHeight, int textY, int valueX, String label, String valueText) {

        public int labelX() {
            return LABEL_WIDTH - 8;
        }
    }

    static Drawing draw(String id, String title, String description, String barClass, List<Row> rows) {
        List<DrawnRow> drawn = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int y = TOP + i * ROW;
            drawn.add(new DrawnRow(LABEL_WIDTH, y, width(row.value(), row.scale()), BAR, y + BAR - 5, LABEL_WIDTH + PLOT_WIDTH + 8,
                    row.label(), row.valueText()));
        }
        return new Drawing(new ChartFrame(id, title, description, WIDTH, 2 * TOP + rows.size() * ROW), barClass, drawn);
    }

    /** A bar of a non-zero value is at least one unit wide so it is never mistaken for none; one past its scale is drawn full. */
    static int width(long value, long scale) {
        if (value <= 0 || scale <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round((double) Math.min(value, scale) / scale * PLOT_WIDTH));
    }
}
