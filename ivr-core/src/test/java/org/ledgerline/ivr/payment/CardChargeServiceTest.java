package org.ledgerline.ivr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ledgerline.ivr.payment.TestCardDetails.request;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CardChargeServiceTest {

    /** The sandbox, counting what the service asks of it; lookups can be made to time out a few times first. */
    private static final class ObservedGateway implements PaymentGateway {
        final SandboxPaymentGateway sandbox = new SandboxPaymentGateway();
        final AtomicInteger authorizeCalls = new AtomicInteger();
        final AtomicInteger captureCalls = new AtomicInteger();
        final AtomicInteger lookupCalls = new AtomicInteger();
        int lookupsToTimeOut;

        @Override
        public GatewayResult authorize(ChargeRequest request) throws GatewayTimeoutException {
            authorizeCalls.incrementAndGet();
            return sandbox.authorize(request);
        }

        @Override
        public GatewayResult.Approved capture(String idempotencyKey) throws GatewayTimeoutException {
            captureCalls.incrementAndGet();
            return sandbox.capture(idempotencyKey);
        }

        @Override
        public Optional<GatewayRecord> lookup(String idempotencyKey) throws GatewayTimeoutException {
            if (lookupCalls.incrementAndGet() <= lookupsToTimeOut) {
                throw new GatewayTimeoutException("lookup", idempotencyKey);
            }
            return sandbox.lookup(idempotencyKey);
        }
    }

    private final ObservedGateway gateway = new ObservedGateway();
    private final CardChargeService service = new CardChargeService(gateway, 3);

    @Test
    void anApprovedCardIsAuthorizedAndCapturedOnce() {
        ChargeOutcome outcome = service.charge(request("call-1", "125.50", SandboxTestCard.VISA_APPROVED));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Charged.class,
                charged -> assertThat(charged.approval().last4()).isEqualTo("1111"));
        assertThat(outcome.callerMessageKey()).isEqualTo("payment-approved");
        assertThat(gateway.sandbox.captures()).isEqualTo(1);
        assertThat(gateway.lookupCalls).hasValue(0);
    }

    @Test
    void aDeclinedCardIsReportedWithItsPlainWordsReasonAndNothingIsCaptured() {
        ChargeOutcome outcome = service.charge(request("call-1", "125.50", SandboxTestCard.INSUFFICIENT_FUNDS));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Declined(DeclineReason.INSUFFICIENT_FUNDS));
        assertThat(outcome.callerMessageKey()).isEqualTo("payment-declined-insufficient-funds");
        assertThat(gateway.captureCalls).hasValue(0);
    }

    @Test
    void aTimeoutWhoseApprovalHappenedIsFoundByLookupAndCapturedWithoutAuthorizingAgain() {
        ChargeOutcome outcome = service.charge(request("call-2", "80.00", SandboxTestCard.TIMEOUT_AFTER_APPROVAL));

        assertThat(outcome).isInstanceOf(ChargeOutcome.Charged.class);
        assertThat(gateway.authorizeCalls).hasValue(1);
        assertThat(gateway.sandbox.approvedAuthorizations()).isEqualTo(1);
        assertThat(gateway.sandbox.captures()).isEqualTo(1);
    }

    @Test
    void aTimeoutThatChargedNothingIsReportedAsNotChargedWithoutRetrying() {
        ChargeOutcome outcome = service.charge(request("call-3", "80.00", SandboxTestCard.TIMEOUT_NOTHING_HAPPENED));

        assertThat(outcome).isEqualTo(new ChargeOutcome.NotCharged("call-3"));
        assertThat(outcome.callerMessageKey()).isEqualTo("payment-not-taken");
        assertThat(gateway.authorizeCalls).hasValue(1);
        assertThat(gateway.captureCalls).hasValue(0);
    }

    @Test
    void aTimeoutNoLookupCanResolveIsReportedAsUnknownSoTheCallerHearsItWasNotConfirmed() {
        ChargeOutcome outcome = service.charge(request("call-4", "80.00", SandboxTestCard.GATEWAY_UNREACHABLE));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Unknown("call-4"));
        assertThat(outcome.callerMessageKey()).isEqualTo("payment-not-confirmed");
        assertThat(gateway.authorizeCalls).hasValue(1);
        assertThat(gateway.captureCalls).hasValue(0);
    }

    @Test
    void lookupIsRetriedWhenItTimesOutAndItsAnswerIsUsed() {
        gateway.lookupsToTimeOut = 2;

        ChargeOutcome outcome = service.charge(request("call-5", "80.00", SandboxTestCard.TIMEOUT_AFTER_APPROVAL));

        assertThat(outcome).isInstanceOf(ChargeOutcome.Charged.class);
        assertThat(gateway.lookupCalls).hasValue(3);
        assertThat(gateway.authorizeCalls).hasValue(1);
    }

    @Test
    void anApprovalIsUnknownWhenEveryLookupTimesOut() {
        gateway.lookupsToTimeOut = 3;

        ChargeOutcome outcome = service.charge(request("call-6", "80.00", SandboxTestCard.TIMEOUT_AFTER_APPROVAL));

        assertThat(outcome).isEqualTo(new ChargeOutcome.Unknown("call-6"));
        assertThat(gateway.captureCalls).hasValue(0);
    }

    @Test
    void aCaptureTimeoutWhoseCaptureHappenedIsChargedAndNotCapturedAgain() {
        ChargeOutcome outcome = service
                .charge(request("call-7", "80.00", SandboxTestCard.CAPTURE_TIMEOUT_AFTER_CAPTURING));

        assertThat(outcome).isInstanceOfSatisfying(ChargeOutcome.Charged.class,
                charged -> assertThat(charged.approval().last4()).isEqualTo("0408"));
        assertThat(gateway.captureCalls).hasValue(1);
        assertThat(gateway.sandbox.captures()).isEqualTo(1);
    }

    @Test
    void theSameAttemptChargedTwiceTakesTheMoneyOnce() {
        ChargeOutcome first = service.charge(request("call-8", "80.00", SandboxTestCard.MASTERCARD_APPROVED));
        ChargeOutcome retried = service.charge(request("call-8", "80.00", SandboxTestCard.MASTERCARD_APPROVED));

        assertThat(retried).isEqualTo(first);
        assertThat(gateway.sandbox.approvedAuthorizations()).isEqualTo(1);
        assertThat(gateway.sandbox.captures()).isEqualTo(1);
    }

    @Test
    void aRetryAfterATimeoutThatWasLaterResolvedReturnsTheSamePayment() {
        ChargeOutcome first = service.charge(request("call-9", "80.00", SandboxTestCard.TIMEOUT_AFTER_APPROVAL));
        ChargeOutcome retried = service.charge(request("call-9", "80.00", SandboxTestCard.TIMEOUT_AFTER_APPROVAL));

        assertThat(retried).isEqualTo(first);
        assertThat(gateway.sandbox.approvedAuthorizations()).isEqualTo(1);
        assertThat(gateway.sandbox.captures()).isEqualTo(1);
    }
}
