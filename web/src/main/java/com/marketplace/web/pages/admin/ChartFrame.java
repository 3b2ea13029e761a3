package com.marketplace.web.pages.admin;

/**
 * What every admin chart's SVG element carries ({@code admin/chartFrame.jte}): an id unique on the
 * page, the title and description it is named and described by for screen readers, and its size.
 */
public record ChartFrame(String id, String title, String description, int width, int height) {

    public String titleId() {
        return id + "-title";
    }

    public String descriptionId() {
        return id + "-desc";
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
