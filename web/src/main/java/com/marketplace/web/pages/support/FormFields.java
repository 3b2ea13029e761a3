package com.marketplace.web.pages.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What the pages' forms share: reading a typed field, and a command's refusals listed as the form labels its fields. */
public final class FormFields {

    private FormFields() {
    }

    /** The field as typed, without surrounding spaces; null when the form did not send it. */
    public static String trimmed(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? null : value.trim();
    }

    /** A value to show back in a field: "" for none. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Bean Validation's refusals of a command, one entry per field (several messages joined), in field order. */
    public static <T> Map<String, String> problems(Set<ConstraintViolation<T>> violations) {
        Map<String, String> problems = new TreeMap<>();
        violations.forEach(v -> problems.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b));
        return problems;
    }

    /** "Email: must be an email address": each problem named by the label its field has on the page. */
    public static List<String> listed(Map<String, String> problems, Map<String, String> labels) {
        return problems.entrySet().stream().map(problem -> labels.getOrDefault(problem.getKey(), problem.getKey()) + ": " + problem.getValue())
                .toList();
    }
}
