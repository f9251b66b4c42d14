package org.ledgerline.ivr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ledgerline.ivr.payment.TestCardDetails.request;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.ledgerline.ivr.payment.card.CardBrand;

class SandboxPaymentGatewayTest {
    private final SandboxPaymentGateway gateway = new SandboxPaymentGateway();

    @ParameterizedTest
    @CsvSource({
            "VISA_APPROVED, VISA, 1111",
            "MASTERCARD_APPROVED, MASTERCARD, 4444",
            "AMEX_APPROVED, AMERICAN_EXPRESS, 0005",
            "DISCOVER_APPROVED, DISCOVER, 1117"
    })
    void approvesTheApprovalTestCardsWithOnlyTokenBrandLastFourAndExpiry(
            SandboxTestCard card, CardBrand brand, String last4) throws Exception {
        GatewayResult result = gateway.authorize(request("call-1", "10.00", card));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Approved.class, approved -> {
            assertThat(approved.brand()).isEqualTo(brand);
            assertThat(approved.last4()).isEqualTo(last4);
            assertThat(approved.expiryMonth()).isEqualTo(12);
            assertThat(approved.expiryYear()).isEqualTo(2028);
            assertThat(approved.gatewayToken()).startsWith("sbx_tok_").doesNotContain(card.number());
            assertThat(approved.authorizationCode()).isNotBlank();
        });
    }

    @ParameterizedTest
    @CsvSource({
            "DECLINED, DECLINED",
            "INSUFFICIENT_FUNDS, INSUFFICIENT_FUNDS",
            "EXPIRED_CARD, EXPIRED_CARD",
            "SECURITY_CODE_MISMATCH, SECURITY_CODE_MISMATCH"
    })
    void declinesTheDeclineTestCardsWithTheirReason(SandboxTestCard card, DeclineReason reason) throws Exception {
        assertThat(gateway.authorize(request("call-1", "10.00", card))).isEqualTo(new GatewayResult.Declined(reason));
        assertThat(gateway.approvedAuthorizations()).isZero();
    }

    @Test
    void declinesAnyNumberThatIsNotATestCardAsInvalid() throws Exception {
        ChargeRequest request = new ChargeRequest(
                "call-1", PaymentAmount.of(new java.math.BigDecimal("5"), "USD"),
                TestCardDetails.keyed("4012888888881881"));

        assertThat(gateway.authorize(request)).isEqualTo(new GatewayResult.Declined(DeclineReason.INVALID_CARD));
    }

    @Test
    void theSameKeyAuthorizedAndCapturedTwiceMovesMoneyOnce() throws Exception {
        GatewayResult first = gateway.authorize(request("call-7", "42.00", SandboxTestCard.VISA_APPROVED));
        GatewayResult second = gateway.authorize(request("call-7", "42.00", SandboxTestCard.VISA_APPROVED));
        GatewayResult.Approved capturedOnce = gateway.capture("call-7");
        GatewayResult.Approved capturedAgain = gateway.capture("call-7");

        assertThat(second).isEqualTo(first);
        assertThat(capturedAgain).isEqualTo(capturedOnce).isEqualTo(first);
        assertThat(gateway.approvedAuthorizations()).isEqualTo(1);
        assertThat(gateway.captures()).isEqualTo(1);
    }

    @Test
    void differentKeysAreDifferentPayments() throws Exception {
        gateway.authorize(request("call-7-a1", "42.00", SandboxTestCard.VISA_APPROVED));
        gateway.authorize(request("call-7-a2", "42.00", SandboxTestCard.VISA_APPROVED));

        assertThat(gateway.approvedAuthorizations()).isEqualTo(2);
    }

    @Test
    void refusesAKeyReusedForADifferentAmount() throws Exception {
        gateway.authorize(request("call-7", "42.00", SandboxTestCard.VISA_APPROVED));

        assertThatThrownBy(() -> gateway.authorize(request("call-7", "43.00", SandboxTestCard.VISA_APPROVED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(SandboxTestCard.VISA_APPROVED.number());
    }

    @Test
    void timesOutAfterApprovingAndLookupFindsTheApproval() throws Exception {
        ChargeRequest request = request("call-9", "20.00", SandboxTestCard.TIMEOUT_AFTER_APPROVAL);

        assertThatThrownBy(() -> gateway.authorize(request)).isInstanceOf(GatewayTimeoutException.class);

        assertThat(gateway.lookup("call-9")).hasValueSatisfying(found -> {
            assertThat(found.result()).isInstanceOf(GatewayResult.Approved.class);
            assertThat(found.captured()).isFalse();
        });
        assertThat(gateway.authorize(request)).isEqualTo(gateway.lookup("call-9").orElseThrow().result());
        assertThat(gateway.approvedAuthorizations()).isEqualTo(1);
    }

    @Test
    void timesOutWithoutRecordingAndLookupFindsNothing() throws Exception {
        ChargeRequest request = request("call-9", "20.00", SandboxTestCard.TIMEOUT_NOTHING_HAPPENED);

        assertThatThrownBy(() -> gateway.authorize(request)).isInstanceOf(GatewayTimeoutException.class);

        assertThat(gateway.lookup("call-9")).isEmpty();
        assertThat(gateway.approvedAuthorizations()).isZero();
    }

    @Test
    void anUnreachableCardTimesOutEveryCallUnderItsKey() {
        ChargeRequest request = request("call-9", "20.00", SandboxTestCard.GATEWAY_UNREACHABLE);

        assertThatThrownBy(() -> gateway.authorize(request)).isInstanceOf(GatewayTimeoutException.class);
        assertThatThrownBy(() -> gateway.lookup("call-9"))
                .isInstanceOfSatisfying(GatewayTimeoutException.class,
                        timeout -> assertThat(timeout.idempotencyKey()).isEqualTo("call-9"));
        assertThatThrownBy(() -> gateway.authorize(request)).isInstanceOf(GatewayTimeoutException.class);
    }

    @Test
    void theCaptureTimeoutCardCapturesDespiteTheTimeout() throws Exception {
        gateway.authorize(request("call-9", "20.00", SandboxTestCard.CAPTURE_TIMEOUT_AFTER_CAPTURING));

        assertThatThrownBy(() -> gateway.capture("call-9")).isInstanceOf(GatewayTimeoutException.class);

        assertThat(gateway.lookup("call-9")).hasValueSatisfying(found -> assertThat(found.captured()).isTrue());
        assertThat(gateway.capture("call-9")).isNotNull();
        assertThat(gateway.captures()).isEqualTo(1);
    }

    @Test
    void refusesToCaptureWithoutAnApprovedAuthorization() throws Exception {
        gateway.authorize(request("call-declined", "20.00", SandboxTestCard.DECLINED));

        assertThatThrownBy(() -> gateway.capture("call-declined")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> gateway.capture("never-sent")).isInstanceOf(IllegalStateException.class);
        assertThat(gateway.captures()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SandboxTestCard.class)
    void everyDocumentedTestCardIsAValidCardNumber(SandboxTestCard card) {
        assertThat(TestCardDetails.keyed(card).last4()).isEqualTo(card.number().substring(card.number().length() - 4));
    }

    @Test
    void manyThreadsSendingTheSameKeyAtOnceProduceOneAuthorizationAndOneCapture() throws Exception {
        int threads = 32;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<GatewayResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    GatewayResult result = gateway
                            .authorize(request("call-race", "99.99", SandboxTestCard.VISA_APPROVED));
                    gateway.capture("call-race");
                    return result;
                }));
            }
            start.countDown();
            GatewayResult first = results.getFirst().get(10, TimeUnit.SECONDS);
            for (Future<GatewayResult> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(first);
            }
        }
        assertThat(gateway.approvedAuthorizations()).isEqualTo(1);
        assertThat(gateway.captures()).isEqualTo(1);
    }
}
