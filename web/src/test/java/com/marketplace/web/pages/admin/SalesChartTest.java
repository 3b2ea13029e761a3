package com.marketplace.web.pages.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SalesChartTest {

    private static final List<SalesChart.Bar> BARS = List.of(new SalesChart.Bar("03-01", 0, "€0.00"),
            new SalesChart.Bar("03-02", 2000, "€20.00"), new SalesChart.Bar("03-03", 500, "€5.00"));

    @Test
    void barsAreScaledToTheLargestValue() {
        assertEquals(SalesChart.PLOT_HEIGHT, SalesChart.height(2000, 2000));
        assertEquals(SalesChart.PLOT_HEIGHT / 4, SalesChart.height(500, 2000));
        assertEquals(0, SalesChart.height(0, 2000));
        assertEquals(1, SalesChart.height(1, 1_000_000), "a tiny sale still shows");
    }

    @Test
    void eachDayIsABarOfTheGivenClassWithItsLabel() {
        String svg = SalesChart.svg("chart-gross-eur", "Gross volume per day, EUR", "Oldest first", "bar-gross", BARS);

        Matcher heights = Pattern.compile("<rect class=\"bar-gross\"[^>]* height=\"(\\d+)\"").matcher(svg);
        assertTrue(heights.find());
        assertEquals("0", heights.group(1));
        assertTrue(heights.find());
        assertEquals(String.valueOf(SalesChart.PLOT_HEIGHT), heights.group(1));
        assertTrue(heights.find());
        assertFalse(heights.find());
        assertTrue(svg.contains(">03-02</text>") && svg.contains(">€20.00</text>"), svg);
        assertFalse(svg.contains(">€0.00</text>"), "an empty day has no value label: " + svg);
    }

    @Test
    void theChartIsAnImageNamedByItsTitleAndDescriptionWithNoStyleOrScript() {
        String svg = SalesChart.svg("chart-fees-eur", "Fees <per> day", "desc", "bar-fees", BARS);

        assertTrue(svg.startsWith("<svg class=\"chart\" id=\"chart-fees-eur\" role=\"img\" aria-labelledby=\"chart-fees-eur-title chart-fees-eur-desc\""),
                svg);
        assertTrue(svg.contains("<title id=\"chart-fees-eur-title\">Fees &lt;per&gt; day</title>"), svg);
        assertFalse(svg.contains("style"), svg);
        assertFalse(svg.contains("script"), svg);
    }
}
