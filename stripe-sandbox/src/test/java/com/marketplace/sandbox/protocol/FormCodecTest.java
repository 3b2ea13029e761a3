package com.marketplace.sandbox.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormCodecTest {

    @Test
    void nestedBracketsBecomeNestedObjectsAndIndexesBecomeLists() {
        StripeObject params = FormCodec.decode("mode=payment&line_items[0][quantity]=2"
                + "&line_items[0][price_data][unit_amount]=1500&line_items[1][quantity]=1&metadata[order_id]=42");

        List<Object> items = params.list("line_items");
        assertEquals(2, items.size());
        Map<?, ?> first = (Map<?, ?>) items.get(0);
        assertEquals("2", first.get("quantity"));
        assertEquals("1500", ((Map<?, ?>) first.get("price_data")).get("unit_amount"));
        assertEquals("42", params.map("metadata").get("order_id"));
    }

    @Test
    void indexesOrderListsNumericallyNotAlphabetically() {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            form.append("expand[").append(i).append("]=f").append(i).append('&');
        }

        List<Object> expand = FormCodec.decode(form.toString()).list("expand");

        assertEquals("f10", expand.get(10));
        assertEquals("f2", expand.get(2));
    }

    @Test
    void emptyBracketsAppendInArrivalOrder() {
        assertEquals(List.of("a", "b"), FormCodec.decode("expand[]=a&expand[]=b").list("expand"));
    }

    @Test
    void percentEncodingIsDecoded() {
        assertEquals("http://x/s?session_id={CHECKOUT_SESSION_ID}",
                FormCodec.decode("success_url=http%3A%2F%2Fx%2Fs%3Fsession_id%3D%7BCHECKOUT_SESSION_ID%7D").get("success_url"));
    }

    @Test
    void anEmptyBodyHasNoParameters() {
        assertTrue(FormCodec.decode("").isEmpty());
    }
}
