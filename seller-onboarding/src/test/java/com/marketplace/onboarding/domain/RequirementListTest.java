package com.marketplace.onboarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementListTest {

    private final RequirementList converter = new RequirementList();

    @Test
    void codesRoundTripThroughTheColumnInOrder() {
        List<String> codes = List.of("tos_acceptance.date", "external_account", "individual.verification.document");

        String column = converter.convertToDatabaseColumn(codes);

        assertEquals("tos_acceptance.date\nexternal_account\nindividual.verification.document", column);
        assertEquals(codes, converter.convertToEntityAttribute(column));
    }

    @Test
    void aSingleCodeIsStoredAlone() {
        assertEquals("external_account", converter.convertToDatabaseColumn(List.of("external_account")));
        assertEquals(List.of("external_account"), converter.convertToEntityAttribute("external_account"));
    }

    @Test
    void anEmptyListIsAnEmptyColumn() {
        assertEquals("", converter.convertToDatabaseColumn(List.of()));
    }

    @Test
    void anEmptyColumnIsAnEmptyList() {
        assertEquals(List.of(), converter.convertToEntityAttribute(""));
    }

    @Test
    void nullsAreReadAndWrittenAsEmpty() {
        assertEquals("", converter.convertToDatabaseColumn(null));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
    }
}
