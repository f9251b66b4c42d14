package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.dispute.DisputeStatus;

class StatusChangeParserTest {
    private static final String JSON = "application/json";
    private final StatusChangeParser parser = new StatusChangeParser();

    @Test
    void readsADecisionWithItsNoteTrimmed() {
        StatusChangeRequest request = parser.parse("application/json; charset=UTF-8",
                Buffer.buffer("{\"status\":\"REJECTED\",\"note\":\"  Delivery signed for  \"}"));

        assertThat(request).isEqualTo(new StatusChangeRequest(DisputeStatus.REJECTED, "Delivery signed for"));
    }

    @Test
    void refusesAnActorFieldBecauseTheActorIsAlwaysTheSignedInUser() {
        assertBadBody("{\"status\":\"RESOLVED\",\"note\":\"n\",\"actor\":\"someone.else\"}", "actor",
                "the change is made by the signed-in user");
    }

    @Test
    void refusesABodyNotDeclaredAsJsonWith415() {
        Buffer body = Buffer.buffer("{\"status\":\"RESOLVED\",\"note\":\"n\"}");

        for (String contentType : new String[] {"text/plain", null, "application/jsonp"}) {
            assertThatThrownBy(() -> parser.parse(contentType, body))
                    .isInstanceOfSatisfying(RejectedRequestException.class,
                            e -> assertThat(e.apiError().status()).isEqualTo(415));
        }
    }

    @Test
    void refusesBodiesThatAreNotAJsonObject() {
        assertBadBody("", null, "the body is empty");
        assertBadBody("{\"status\":", null, "not well-formed JSON");
        assertBadBody("[\"RESOLVED\"]", null, "must be a JSON object");
    }

    @Test
    void refusesMissingBlankWrongTypedOrOverlongFields() {
        assertBadBody("{\"status\":\"RESOLVED\"}", "note", "note is required");
        assertBadBody("{\"status\":\"RESOLVED\",\"note\":\"   \"}", "note", "must not be blank");
        assertBadBody("{\"status\":\"RESOLVED\",\"note\":7}", "note", "must be a string");
        assertBadBody("{\"status\":\"RESOLVED\",\"note\":\"" + "n".repeat(StatusChangeParser.MAX_NOTE_LENGTH + 1)
                + "\"}", "note", "at most 2000 characters, was 2001");
        assertBadBody("{\"note\":\"n\"}", "status", "status is required");
        assertBadBody("{\"status\":\"OPEN\",\"note\":\"n\"}", "status", "RESOLVED or REJECTED");
        assertBadBody("{\"status\":\"RESOLVED\",\"note\":\"n\",\"user\":\"b\"}", "user", "unknown field");
    }

    private void assertBadBody(String body, @Nullable String field, String message) {
        assertThatThrownBy(() -> parser.parse(JSON, Buffer.buffer(body)))
                .isInstanceOfSatisfying(RejectedRequestException.class, e -> {
                    assertThat(e.apiError().status()).isEqualTo(400);
                    assertThat(e.apiError().field()).isEqualTo(field);
                    assertThat(e.apiError().error()).contains(message);
                });
    }
}
