package com.marketplace.platform.kernel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.platform.kernel.error.ErrorBody.FieldError;
import jakarta.json.Json;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyShapeTest {

    record Purchase(Long productId, Integer quantity) {
    }

    record Line(Long productId, Integer quantity) {
    }

    record Cart(List<Line> items, String promotionCode) {
    }

    record Product(String name, Boolean active, int stock, Money price) {
    }

    record Money(long amount, String currency) {
    }

    record Renamed(@JsonbProperty("unit_count") Integer count) {
    }

    record Loose(BigDecimal rate, Map<String, Object> metadata, Object anything) {
    }

    private static List<FieldError> check(String json, Type target) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            return JsonBodyShape.mismatches(parser, target);
        }
    }

    private static List<FieldError> one(String field, String message) {
        return List.of(new FieldError(field, message));
    }

    @Test
    void wholeNumbersInRangeFit() {
        assertEquals(List.of(), check("{\"productId\":13,\"quantity\":1}", Purchase.class));
        assertEquals(List.of(), check("{\"productId\":9223372036854775807,\"quantity\":-2147483648}", Purchase.class));
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        assertEquals(one("quantity", "must be a whole number"), check("{\"productId\":13,\"quantity\":1.5}", Purchase.class));
        assertEquals(one("productId", "must be a whole number"), check("{\"productId\":13.7,\"quantity\":1}", Purchase.class));
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointOrAnExponentIsRefused() {
        assertEquals(one("quantity", "must be a whole number"), check("{\"quantity\":13.0}", Purchase.class));
        assertEquals(one("quantity", "must be a whole number"), check("{\"quantity\":1e2}", Purchase.class));
        assertEquals(one("quantity", "must be a whole number"), check("{\"quantity\":1e0}", Purchase.class));
        assertEquals(one("quantity", "must be a whole number"), check("{\"quantity\":-0.0}", Purchase.class));
    }

    @Test
    void aNumberInAStringIsNotANumber() {
        assertEquals(one("productId", "must be a whole number"), check("{\"productId\":\"13\"}", Purchase.class));
    }

    @Test
    void aBooleanIsNotANumber() {
        assertEquals(one("quantity", "must be a whole number"), check("{\"quantity\":true}", Purchase.class));
    }

    @Test
    void aNumberBeyondTheFieldsTypeIsRefusedWithItsRange() {
        assertEquals(one("quantity", "must be a whole number between -2147483648 and 2147483647"),
                check("{\"quantity\":99999999999}", Purchase.class));
        assertEquals(one("productId", "must be a whole number between -9223372036854775808 and 9223372036854775807"),
                check("{\"productId\":9223372036854775808}", Purchase.class));
    }

    @Test
    void everyMismatchIsNamedInDocumentOrder() {
        assertEquals(List.of(new FieldError("productId", "must be a whole number"), new FieldError("quantity", "must be a whole number")),
                check("{\"productId\":\"x\",\"quantity\":0.5}", Purchase.class));
    }

    @Test
    void nullIsLeftToBeanValidationForBoxedFields() {
        assertEquals(List.of(), check("{\"productId\":null,\"quantity\":null}", Purchase.class));
    }

    @Test
    void nullIsRefusedForAPrimitiveField() {
        assertEquals(one("stock", "must be a whole number"), check("{\"stock\":null}", Product.class));
    }

    @Test
    void unknownFieldsAreIgnoredWhateverTheyHold() {
        assertEquals(List.of(), check("{\"productId\":1,\"quantity\":1,\"price\":1.5,\"fee\":\"none\",\"extra\":{\"a\":[1.5]}}",
                Purchase.class));
    }

    @Test
    void aBooleanFieldTakesOnlyTrueOrFalse() {
        assertEquals(List.of(), check("{\"active\":false}", Product.class));
        assertEquals(one("active", "must be true or false"), check("{\"active\":\"true\"}", Product.class));
        assertEquals(one("active", "must be true or false"), check("{\"active\":1}", Product.class));
    }

    @Test
    void aStringFieldTakesOnlyAString() {
        assertEquals(one("name", "must be a string"), check("{\"name\":5}", Product.class));
        assertEquals(one("name", "must be a string"), check("{\"name\":true}", Product.class));
    }

    @Test
    void aNestedRecordIsCheckedByItsPath() {
        assertEquals(one("price.amount", "must be a whole number"), check("{\"price\":{\"amount\":19.99,\"currency\":\"eur\"}}", Product.class));
        assertEquals(one("price", "must be an object"), check("{\"price\":1999}", Product.class));
    }

    @Test
    void listElementsAreCheckedByTheirIndex() {
        assertEquals(one("items[1].quantity", "must be a whole number"),
                check("{\"items\":[{\"productId\":1,\"quantity\":2},{\"productId\":2,\"quantity\":1.5}]}", Cart.class));
        assertEquals(one("items", "must be an array"), check("{\"items\":{\"productId\":1}}", Cart.class));
        assertEquals(one("items[0]", "must be an object"), check("{\"items\":[7]}", Cart.class));
    }

    @Test
    void aRenamedComponentIsCheckedUnderItsJsonName() {
        assertEquals(one("unit_count", "must be a whole number"), check("{\"unit_count\":2.5}", Renamed.class));
        assertEquals(List.of(), check("{\"count\":2.5}", Renamed.class), "not a property JSON-B would bind");
    }

    @Test
    void typesWithoutARuleAreNotChecked() {
        assertEquals(List.of(), check("{\"rate\":1.25,\"metadata\":{\"k\":1.5},\"anything\":\"x\"}", Loose.class));
        assertEquals(one("rate", "must be a number"), check("{\"rate\":\"1.25\"}", Loose.class));
    }

    @Test
    void everyValueOfARepeatedKeyIsChecked() {
        assertEquals(one("quantity", "must be a whole number"), check("{\"quantity\":1,\"quantity\":2.5}", Purchase.class));
        assertEquals(one("quantity", "must be a whole number"), check("{\"quantity\":2.5,\"quantity\":1}", Purchase.class));
    }

    @Test
    void aMismatchedObjectOrArrayIsSkippedWholeAndTheRestStillChecked() {
        assertEquals(List.of(new FieldError("productId", "must be a whole number"), new FieldError("quantity", "must be a whole number")),
                check("{\"productId\":{\"id\":[1,{\"x\":2}]},\"quantity\":[1]}", Purchase.class));
    }

    @Test
    void aBodyThatIsNotAnObjectIsNamedAsTheRequest() {
        assertEquals(one("request", "must be an object"), check("[1,2]", Purchase.class));
    }
}
