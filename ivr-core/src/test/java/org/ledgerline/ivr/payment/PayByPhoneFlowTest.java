package org.ledgerline.ivr.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.menu.Next;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.storage.audit.AuditEntry;
import org.ledgerline.storage.payment.Allocation;
import org.ledgerline.storage.payment.PostedPayment;
import org.ledgerline.storage.payment.StoredCard;

/** Pay by phone over a scripted caller: the conversation, the recording pause, the charge and the post. */
class PayByPhoneFlowTest {
    private static final String VISA = SandboxTestCard.VISA_APPROVED.number();
    private static final Say SAY = new Say(PromptCatalog.fromClasspath());

    private final PaymentFixture fx = new PaymentFixture();

    @Test
    void paysThePastDueTotalOldestFirstAndReadsTheConfirmationNumber() {
        fx.channel.press("1").press("1");
        fx.keysCard(VISA);

        assertThat(fx.payFromMenu("call-1")).isEqualTo(Next.MENU);

        PostedPayment payment = onlyPayment();
        assertThat(payment.idempotencyKey()).isEqualTo(CardPaymentTaker.attemptKey("call-1", 1));
        assertThat(payment.amount()).isEqualByComparingTo("1234.50");
        assertThat(payment.allocations()).containsExactly(
                new Allocation(fx.oldest.id(), new BigDecimal("1200.00")),
                new Allocation(fx.pastDue.id(), new BigDecimal("34.50")));
        assertThat(payment.card()).extracting(StoredCard::last4).isEqualTo("1111");
        assertThat(fx.channel.heard())
                .containsSubsequence(List.of("payment-confirm-amount", "payment-card-enter-number",
                        "payment-processing", "payment-approved", "payment-confirmation-number"));
        assertThat(fx.channel.heard()).containsSubsequence(SAY.digits(payment.confirmationNumber()).keys());
        assertThat(fx.gateway.captures()).isEqualTo(1);
        assertThat(fx.channel.unusedAnswers()).isZero();
    }

    @Test
    void theRecordingIsPausedBeforeTheFirstCardDigitAndResumedAfterTheLastAndBothAreAudited() {
        fx.channel.press("1").press("1");
        fx.keysCard(VISA);

        fx.payFromMenu("call-2");

        List<FakeCallChannel.Collected> collects = fx.channel.collections();
        assertThat(fx.recording.changes()).extracting(FakeRecordingControl.Change::kind).containsExactly("pause",
                "resume");
        int pausedAt = fx.recording.changes().get(0).collectsBefore();
        int resumedAt = fx.recording.changes().get(1).collectsBefore();
        assertThat(collects.get(pausedAt).prompt()).containsExactly("payment-card-enter-number");
        assertThat(resumedAt).isEqualTo(pausedAt + 3);
        for (int i = 0; i < collects.size(); i++) {
            boolean whilePaused = i >= pausedAt && i < resumedAt;
            assertThat(collects.get(i).spec().sensitive()).as("collect %d sensitive", i).isEqualTo(whilePaused);
        }
        assertThat(fx.recording.changes())
                .allSatisfy(change -> assertThat(change.channelName()).isEqualTo(PaymentFixture.CHANNEL));
        assertThat(auditActions("call-2")).containsExactly(RecordingPause.PAUSED, RecordingPause.RESUMED);
        assertThat(fx.pauses).as("the pause is kept for the transcriber, opened and closed").hasSize(2)
                .first().asString().startsWith("paused call-2/recording-pause/");
        assertThat(fx.pauses.get(1)).isEqualTo("resumed" + fx.pauses.get(0).substring("paused".length()));
        assertThat(fx.ledger.auditLog().findBySubject("call", "call-2")).extracting(AuditEntry::detail)
                .noneMatch(detail -> detail.contains(VISA) || detail.contains(PaymentFixture.EXPIRY)
                        || detail.contains("739"));
    }

    @Test
    void aBadCardNumberExpiryAndSecurityCodeAreEachAskedAgainWithTheReason() {
        fx.channel.press("2").press("1");
        fx.channel.press("4111111111111112#").press(VISA + "#");
        fx.channel.press("1331").press("0126").press(PaymentFixture.EXPIRY);
        fx.channel.press("12#").press(PaymentFixture.CVV + "#");

        assertThat(fx.payFromMenu("call-3")).isEqualTo(Next.MENU);

        assertThat(fx.channel.heard()).containsSubsequence("payment-card-number-invalid", "payment-card-enter-number",
                "payment-card-expiry-invalid", "payment-card-enter-expiry", "payment-card-expired",
                "payment-card-enter-expiry",
                "payment-security-code-invalid", "payment-card-enter-security-code", "payment-approved");
        assertThat(onlyPayment().amount()).isEqualByComparingTo("1484.50");
        assertThat(fx.recording.changes()).extracting(FakeRecordingControl.Change::kind).containsExactly("pause",
                "resume");
    }

    @Test
    void threeBadCardNumbersSendTheCallerToAPersonWithTheRecordingResumedAndNothingCharged() {
        fx.channel.press("1").press("1").press("1234#").press("4111111111111112#").press("#");

        assertThat(fx.payFromMenu("call-4")).isEqualTo(Next.CALL_ENDED);

        assertThat(fx.channel.heard()).containsSubsequence("payment-card-too-many-attempts", "call-transfer-to-person");
        assertThat(fx.channel.transferredTo()).contains(PaymentFixture.PERSON);
        assertThat(fx.recording.changes()).extracting(FakeRecordingControl.Change::kind).containsExactly("pause",
                "resume");
        assertThat(fx.gateway.approvedAuthorizations()).isZero();
        assertThat(fx.payments.postCalls()).isEmpty();
    }

    @Test
    void anUnconfirmedPauseAsksForNoCardChargesNothingAndOffersAPerson() {
        fx.recording.failPauses();
        fx.channel.press("1").press("1").press("0");

        assertThat(fx.payFromMenu("call-5")).isEqualTo(Next.CALL_ENDED);

        assertThat(fx.channel.heard()).containsSubsequence("payment-recording-unavailable", "payment-offer-person",
                "call-transfer-to-person").doesNotContain("payment-card-enter-number");
        assertThat(fx.channel.collections()).noneMatch(collect -> collect.spec().sensitive());
        assertThat(fx.channel.transferredTo()).contains(PaymentFixture.PERSON);
        assertThat(fx.recording.changes()).extracting(FakeRecordingControl.Change::kind).containsExactly("pause");
        assertThat(auditActions("call-5")).containsExactly(RecordingPause.PAUSE_FAILED);
        assertThat(fx.gateway.approvedAuthorizations()).isZero();
    }

    @Test
    void aDeclinedCardIsExplainedAndAnotherCardIsChargedUnderANewKey() {
        fx.channel.press("1").press("1");
        fx.keysCard(SandboxTestCard.INSUFFICIENT_FUNDS.number()).press("1");
        fx.keysCard(VISA);

        assertThat(fx.payFromMenu("call-6")).isEqualTo(Next.MENU);

        assertThat(fx.channel.heard()).containsSubsequence("payment-declined-insufficient-funds",
                "payment-after-decline",
                "payment-card-enter-number", "payment-approved");
        assertThat(onlyPayment().idempotencyKey()).isEqualTo(CardPaymentTaker.attemptKey("call-6", 2));
        assertThat(fx.recording.changes()).extracting(FakeRecordingControl.Change::kind)
                .containsExactly("pause", "resume", "pause", "resume");
    }

    @Test
    void aDeclinedCallerMayAskForAPersonInstead() {
        fx.channel.press("1").press("1");
        fx.keysCard(SandboxTestCard.DECLINED.number()).press("0");

        assertThat(fx.payFromMenu("call-7")).isEqualTo(Next.CALL_ENDED);

        assertThat(fx.channel.heard()).containsSubsequence("payment-declined", "payment-after-decline",
                "call-transfer-to-person");
        assertThat(fx.payments.postCalls()).isEmpty();
    }

    @Test
    void aGatewayTimeoutIsResolvedByLookingUpTheSameKeyAndChargesOnce() {
        fx.channel.press("1").press("1");
        fx.keysCard(SandboxTestCard.TIMEOUT_AFTER_APPROVAL.number());

        fx.payFromMenu("call-8");

        assertThat(fx.channel.heard()).contains("payment-approved");
        assertThat(fx.gateway.approvedAuthorizations()).isEqualTo(1);
        assertThat(fx.gateway.captures()).isEqualTo(1);
        assertThat(onlyPayment().idempotencyKey()).isEqualTo(CardPaymentTaker.attemptKey("call-8", 1));
    }

    @Test
    void anUnreachableGatewayTellsTheCallerThePaymentIsNotConfirmedAndPostsNothing() {
        fx.channel.press("1").press("1");
        fx.keysCard(SandboxTestCard.GATEWAY_UNREACHABLE.number()).press("*");

        assertThat(fx.payFromMenu("call-9")).isEqualTo(Next.MENU);

        assertThat(fx.channel.heard()).containsSubsequence("payment-not-confirmed", "payment-offer-person")
                .doesNotContain("payment-approved");
        assertThat(fx.payments.postCalls()).isEmpty();
    }

    @Test
    void aTimeoutTheGatewayConfirmsDidNothingTellsTheCallerTheCardWasNotCharged() {
        fx.channel.press("1").press("1");
        fx.keysCard(SandboxTestCard.TIMEOUT_NOTHING_HAPPENED.number()).press("0");

        fx.payFromMenu("call-10");

        assertThat(fx.channel.heard()).containsSubsequence("payment-not-taken", "payment-offer-person",
                "call-transfer-to-person");
        assertThat(fx.gateway.captures()).isZero();
    }

    @Test
    void aHangUpMidCardStillResumesTheRecordingAndChargesNothing() {
        fx.channel.press("1").press("1").press(VISA + "#").hangUp();

        assertThatThrownBy(() -> fx.payFromMenu("call-11")).isInstanceOf(CallerHungUpException.class);

        assertThat(fx.recording.changes()).extracting(FakeRecordingControl.Change::kind).containsExactly("pause",
                "resume");
        assertThat(auditActions("call-11")).containsExactly(RecordingPause.PAUSED, RecordingPause.RESUMED);
        assertThat(fx.gateway.approvedAuthorizations()).isZero();
    }

    @Test
    void aResumeTheSwitchCannotConfirmIsAuditedAndDoesNotHideTheHangUp() {
        fx.recording.failResumes();
        fx.channel.press("1").press("1").hangUp();

        assertThatThrownBy(() -> fx.payFromMenu("call-12")).isInstanceOf(CallerHungUpException.class);

        assertThat(auditActions("call-12")).containsExactly(RecordingPause.PAUSED, RecordingPause.RESUME_FAILED);
        assertThat(fx.pauses).as("an unconfirmed resume leaves the pause open: the rest counts as paused")
                .singleElement().asString().startsWith("paused call-12/");
    }

    @Test
    void aHangUpRightAfterApprovalStillPostsThePaymentAndTheRetriedCallPostsNoSecondOne() {
        fx.channel.press("1").press("1").hangUpDuring("payment-approved");
        fx.keysCard(VISA);
        assertThatThrownBy(() -> fx.payFromMenu("call-13")).isInstanceOf(CallerHungUpException.class);
        PostedPayment first = onlyPayment();

        fx.newCall().press("1").press("1");
        fx.keysCard(VISA);
        fx.payFromMenu("call-13");

        assertThat(fx.payments.posted()).containsExactly(first);
        assertThat(fx.gateway.captures()).isEqualTo(1);
        assertThat(fx.channel.heard()).containsSubsequence(SAY.digits(first.confirmationNumber()).keys());
    }

    @Test
    void aLedgerFailingAfterApprovalIsRetriedWithTheSameKeyWithoutChargingAgain() {
        fx.payments.failNextPosts(2);
        fx.channel.press("1").press("1");
        fx.keysCard(VISA);

        fx.payFromMenu("call-14");

        String key = CardPaymentTaker.attemptKey("call-14", 1);
        assertThat(fx.payments.postCalls()).containsExactly(key, key, key);
        assertThat(onlyPayment().idempotencyKey()).isEqualTo(key);
        assertThat(fx.gateway.captures()).isEqualTo(1);
        assertThat(fx.channel.heard()).contains("payment-approved")
                .doesNotContain("payment-taken-confirmation-delayed");
    }

    @Test
    void aLedgerThatStaysDownGetsTheTruthToTheCallerAndOneAlertWithTheTokenForReconciliation() {
        fx.payments.failNextPosts(100);
        fx.channel.press("1").press("1");
        fx.keysCard(VISA);

        assertThat(fx.payFromMenu("call-15")).isEqualTo(Next.MENU);

        assertThat(fx.channel.heard()).contains("payment-taken-confirmation-delayed")
                .doesNotContain("payment-approved");
        assertThat(fx.payments.postCalls()).hasSize(fx.settings.postAttempts());
        assertThat(fx.gateway.captures()).isEqualTo(1);
        String key = CardPaymentTaker.attemptKey("call-15", 1);
        assertThat(fx.alerts.findOpen()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(PaymentPoster.ALERT_KIND);
            assertThat(alert.idempotencyKey()).isEqualTo("payment-not-posted:" + key);
            assertThat(alert.message()).contains(key, "1234.50").doesNotContain(VISA, PaymentFixture.EXPIRY);
            assertThat(alert.accountId()).isEqualTo(fx.account.id());
        });
    }

    @Test
    void aKeyedAmountIsReadBackAndAppliedOldestFirst() {
        fx.channel.press("4").press("100*5#").press("1");
        fx.keysCard(VISA);

        fx.payFromMenu("call-16");

        assertThat(fx.channel.heard()).containsSubsequence(List.of("payment-enter-amount", "payment-confirm-amount"));
        assertThat(fx.channel.heard()).containsSubsequence(SAY.amount(new BigDecimal("100.50"), "USD").keys());
        assertThat(onlyPayment().allocations())
                .containsExactly(new Allocation(fx.oldest.id(), new BigDecimal("100.50")));
    }

    @Test
    void aKeyedAmountAboveWhatIsOpenIsRefusedAndAskedAgain() {
        fx.channel.press("4").press("99999#").press("10#").press("2").press("*");

        assertThat(fx.payFromMenu("call-17")).isEqualTo(Next.MENU);

        assertThat(fx.channel.heard()).containsSubsequence("payment-amount-too-large", "payment-enter-amount",
                "payment-confirm-amount");
        assertThat(fx.recording.changes()).isEmpty();
    }

    @Test
    void payingOneInvoiceFromTheInvoiceListPaysThatInvoiceOnlyThenReturnsToTheMainMenu() {
        fx.channel.press("1").press("1");
        fx.keysCard(VISA);

        assertThat(fx.payInvoice("call-18", fx.notYetDue)).isEqualTo(Next.BACK);

        assertThat(onlyPayment().allocations())
                .containsExactly(new Allocation(fx.notYetDue.id(), new BigDecimal("250.00")));
    }

    @Test
    void partOfOneInvoiceChosenFromTheMainMenuGoesToThatInvoiceWithAnAmexFourDigitCode() {
        fx.channel.press("3").press("2").press("1").press("4").press("10#").press("1");
        fx.channel.press(SandboxTestCard.AMEX_APPROVED.number() + "#").press(PaymentFixture.EXPIRY).press("7391#");

        assertThat(fx.payFromMenu("call-19")).isEqualTo(Next.MENU);

        assertThat(fx.channel.heard()).containsSubsequence("invoice-number", "payment-pick-invoice", "invoice-number",
                "payment-pick-invoice", "payment-invoice-option-full", "payment-enter-amount", "payment-approved",
                "card-brand-amex");
        assertThat(onlyPayment().allocations())
                .containsExactly(new Allocation(fx.pastDue.id(), new BigDecimal("10.00")));
    }

    @Test
    void starGoesBackWithoutTouchingTheRecordingOrTheGateway() {
        fx.channel.press("*");

        assertThat(fx.payFromMenu("call-20")).isEqualTo(Next.MENU);

        assertThat(fx.recording.changes()).isEmpty();
        assertThat(fx.payments.postCalls()).isEmpty();
    }

    private PostedPayment onlyPayment() {
        assertThat(fx.payments.posted()).hasSize(1);
        return fx.payments.posted().getFirst();
    }

    private List<String> auditActions(String callId) {
        return fx.ledger.auditLog().findBySubject("call", callId).stream().map(AuditEntry::action).toList();
    }
}
