package com.marketplace.web.views;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the templates under {@code src/main/jte}, compiled to Java classes at build time (so a
 * template that does not type-check fails the build, not a request). Every template is HTML-typed:
 * each {@code ${...}} is escaped for the place it stands in, text, attribute or URL, so no page code
 * escapes by hand. Each template takes one parameter, its view model (a record).
 */
public final class Views {

    /** Where the build puts the compiled templates (see the jte plugin in {@code web/pom.xml}). */
    static final String COMPILED_PACKAGE = "com.marketplace.web.views.compiled";

    // Precompiled: no compiler at run time and nothing written to disk. The war's own class loader,
    // because the container's thread context loader is not always the application's.
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Views.class.getClassLoader(), COMPILED_PACKAGE);

    private Views() {
    }

    /** The template {@code name} (e.g. {@code "shop/storefront.jte"}) rendered with its view model. */
    public static String render(String name, Object view) {
        StringOutput output = new StringOutput(8192);
        renderTo(name, view, output);
        return output.toString();
    }

    /** A whole page: {@code content} inside the marketplace's frame ({@code layout/page.jte}). */
    public static String page(LayoutView frame, Content content) {
        StringOutput output = new StringOutput(8192);
        ENGINE.render("layout/page.jte", Map.of("layout", frame, "content", content), output);
        return output.toString();
    }

    /** The same, written into an output that is already being filled (a page inside the layout). */
    public static void renderTo(String name, Object view, TemplateOutput output) {
        ENGINE.render(name, view, output);
    }
}
