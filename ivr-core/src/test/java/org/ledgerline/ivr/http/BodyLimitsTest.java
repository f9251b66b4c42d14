package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The JSON checks of {@link BodyLimits}, without a server. */
class BodyLimitsTest {

    @Test
    void acceptsJsonAtExactlyTheDepthAndEntryLimits() {
        int depth = RequestLimits.MAX_JSON_DEPTH;
        assertThat(check("[".repeat(depth) + "]".repeat(depth))).isNull();
        assertThat(check("[" + "0,".repeat(RequestLimits.MAX_JSON_ENTRIES - 1) + "0]")).isNull();
        assertThat(check("{\"a\":{\"b\":[1,\"<x>\",null,true]},\"c\":\"d\"}")).isNull();
    }

    @Test
    void refusesJsonOneLevelTooDeepInObjectsAsInArrays() {
        int depth = RequestLimits.MAX_JSON_DEPTH + 1;
        assertThat(refusal("{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1)).error())
                .contains("nested more than 32 levels deep");
        assertThat(refusal("[".repeat(depth) + "]".repeat(depth)).error()).contains("nested more than 32 levels deep");
    }

    @Test
    void countsObjectKeysAndArrayItemsTogether() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < RequestLimits.MAX_JSON_ENTRIES / 2; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":[0]");
        }
        assertThat(check(json.append('}').toString())).isNull();
        json.setLength(json.length() - 1);
        assertThat(refusal(json.append(",\"one-more\":0}").toString()).error())
                .contains("more than 1000 object keys and array items");
    }

    @Test
    void refusesMalformedJsonSayingWhere() {
        ApiError error = refusal("{\n\"status\": RESOLVED}");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.error()).startsWith("the body is not well-formed JSON (line 2, column");
        assertThat(refusal("{\"a\":1").error()).contains("not well-formed JSON");
        assertThat(refusal("[1] [2]").error()).contains("more than one JSON value");
    }

    @Test
    void refusesANulCharacterInAStringOrAKeyButNotOtherEscapes() {
        assertThat(refusal("{\"note\":\"a\\u0000b\"}").error()).contains("NUL character");
        assertThat(refusal("{\"a\\u0000\":1}").error()).contains("NUL character");
        assertThat(check("{\"note\":\"line\\nbreak\\ttab \\u00e9\"}")).isNull();
    }

    /** The refusal of {@code json}, which must be refused. */
    private static ApiError refusal(String json) {
        ApiError refusal = check(json);
        assertThat(refusal).isNotNull();
        return refusal;
    }

    private static @Nullable ApiError check(String json) {
        return BodyLimits.checkJson(json.getBytes(StandardCharsets.UTF_8));
    }
}
