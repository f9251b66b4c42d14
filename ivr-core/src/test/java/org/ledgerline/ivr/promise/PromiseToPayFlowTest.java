package org.ledgerline.ivr.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.menu.Next;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.promise.Promise;

class PromiseToPayFlowTest {
    private final PromiseFixture fixture = new PromiseFixture();

    @Test
    void recordsTheConfirmedPromiseOnceCoveringTheOldestInvoicesAndReadsTheReferenceDigitByDigit() {
        FakeCallChannel channel = new FakeCallChannel().press("1220#").press("0320#").press("1");

        Next next = fixture.flow.run(channel, fixture.caller("call-1", channel));

        assertThat(next).isEqualTo(Next.MENU);
        Promise promise = onlyPromise();
        assertThat(promise.amount()).isEqualByComparingTo("1220.00");
        assertThat(promise.currency()).isEqualTo("USD");
        assertThat(promise.promisedFor()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(promise.invoiceIds()).containsExactly(fixture.oldest.id(), fixture.middle.id());
        assertThat(promise.idempotencyKey()).isEqualTo("call-1/promise/1");
        assertThat(promise.callId()).isEqualTo("call-1");
        assertThat(channel.heard()).containsSubsequence(
                "promise-enter-amount", "promise-enter-date",
                "promise-readback-amount", "num-1", "num-thousand", "num-2", "num-hundred", "num-20",
                "currency-usd-many",
                "promise-readback-date", "month-3", "ord-20", "promise-confirm",
                "promise-recorded", "promise-reference");
        List<String> heard = channel.heard();
        List<String> reference = promise.referenceNumber().chars().mapToObj(c -> "num-" + (char) c).toList();
        assertThat(heard.subList(heard.size() - reference.size(), heard.size())).isEqualTo(reference);
        assertThat(channel.unusedAnswers()).isZero();
    }

    @Test
    void refusesMoreThanIsOpenThenTakesCentsKeyedWithTheStar() {
        FakeCallChannel channel = new FakeCallChannel().press("2000#").press("100*5#").press("0401#").press("1");

        fixture.flow.run(channel, fixture.caller("call-2", channel));

        assertThat(channel.heard()).containsSubsequence("promise-enter-amount", "promise-amount-too-large",
                "promise-enter-amount");
        assertThat(onlyPromise().amount()).isEqualByComparingTo("100.50");
        assertThat(onlyPromise().invoiceIds()).containsExactly(fixture.oldest.id());
    }

    @Test
    void refusesAMalformedAmount() {
        FakeCallChannel channel = new FakeCallChannel().press("1**2#").press("50#").press("0401#").press("1");

        fixture.flow.run(channel, fixture.caller("call-3", channel));

        assertThat(channel.heard()).containsSubsequence("promise-amount-invalid", "promise-enter-amount");
        assertThat(onlyPromise().amount()).isEqualByComparingTo("50.00");
    }

    @Test
    void refusesAPastDateAndTodayThenTakesADateInsideTheWindow() {
        FakeCallChannel channel = new FakeCallChannel().press("100#").press("0310#").press("0315#").press("0316#")
                .press("1");

        fixture.flow.run(channel, fixture.caller("call-4", channel));

        assertThat(channel.heard()).containsSubsequence("promise-date-past", "promise-enter-date",
                "promise-date-too-soon");
        assertThat(onlyPromise().promisedFor()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void threeDatesOutsideTheWindowSendTheCallerToAPersonWithNothingWritten() {
        FakeCallChannel channel = new FakeCallChannel().press("100#").press("0501#").press("0601#").press("1231#");

        Next next = fixture.flow.run(channel, fixture.caller("call-4b", channel));

        assertThat(channel.heard()).containsSubsequence("promise-date-too-late", "promise-date-too-late",
                "menu-too-many-failures");
        assertThat(next).isEqualTo(Next.CALL_ENDED);
        assertThat(channel.transferredTo()).contains(PromiseFixture.PERSON);
        assertThat(fixture.ledger.promises().all()).isEmpty();
    }

    @Test
    void refusesSomethingThatIsNotACalendarDate() {
        FakeCallChannel channel = new FakeCallChannel().press("100#").press("0230#").press("0414#").press("1");

        fixture.flow.run(channel, fixture.caller("call-5", channel));

        assertThat(channel.heard()).contains("promise-date-invalid");
        assertThat(onlyPromise().promisedFor()).isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void pressingTwoAtTheReadBackStartsAgainAndOnlyTheConfirmedPromiseIsWritten() {
        FakeCallChannel channel = new FakeCallChannel()
                .press("100#").press("0320#").press("2")
                .press("200#").press("0325#").press("1");

        fixture.flow.run(channel, fixture.caller("call-6", channel));

        assertThat(onlyPromise().amount()).isEqualByComparingTo("200.00");
        assertThat(onlyPromise().promisedFor()).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(onlyPromise().idempotencyKey()).isEqualTo("call-6/promise/1");
    }

    @Test
    void threeSilencesAtTheAmountSendTheCallerToAPerson() {
        FakeCallChannel channel = new FakeCallChannel().silence().silence().silence();

        Next next = fixture.flow.run(channel, fixture.caller("call-7", channel));

        assertThat(next).isEqualTo(Next.CALL_ENDED);
        assertThat(channel.heard()).containsSubsequence("menu-no-input", "menu-no-input", "menu-too-many-failures",
                "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains(PromiseFixture.PERSON);
        assertThat(fixture.ledger.promises().all()).isEmpty();
    }

    @Test
    void aCallerHangingUpRightAfterConfirmingStillHasThePromiseRecordedOnce() {
        FakeCallChannel channel = new FakeCallChannel().press("300#").press("0320#").press("1")
                .hangUpDuring("promise-recorded");

        assertThatThrownBy(() -> fixture.flow.run(channel, fixture.caller("call-8", channel)))
                .isInstanceOf(CallerHungUpException.class);

        assertThat(onlyPromise().amount()).isEqualByComparingTo("300.00");
    }

    @Test
    void theSameCallReplayedFromTheStartWritesNoSecondPromise() {
        for (int attempt = 0; attempt < 2; attempt++) {
            FakeCallChannel channel = new FakeCallChannel().press("300#").press("0320#").press("1");
            fixture.flow.run(channel, fixture.caller("call-9", channel));
            assertThat(channel.heard()).contains("promise-reference");
        }

        assertThat(onlyPromise().idempotencyKey()).isEqualTo("call-9/promise/1");
    }

    @Test
    void aLostConnectionIsRetriedOnceWithTheSameKey() {
        fixture.ledger.promises().failNextWrites(1);
        FakeCallChannel channel = new FakeCallChannel().press("300#").press("0320#").press("1");

        fixture.flow.run(channel, fixture.caller("call-10", channel));

        assertThat(fixture.ledger.promises().writeAttempts()).isEqualTo(2);
        assertThat(onlyPromise().idempotencyKey()).isEqualTo("call-10/promise/1");
        assertThat(channel.heard()).contains("promise-reference");
    }

    @Test
    void whenTheLedgerDoesNotTakeThePromiseTheCallerHearsItWasNotRecordedAndMayReachAPerson() {
        fixture.ledger.promises().failNextWrites(2);
        FakeCallChannel channel = new FakeCallChannel().press("300#").press("0320#").press("1").press("0");

        Next next = fixture.flow.run(channel, fixture.caller("call-11", channel));

        assertThat(next).isEqualTo(Next.CALL_ENDED);
        assertThat(channel.heard())
                .containsSubsequence("promise-not-recorded", "promise-offer-person", "call-transfer-to-person")
                .doesNotContain("promise-recorded", "promise-reference");
        assertThat(channel.transferredTo()).contains(PromiseFixture.PERSON);
        assertThat(fixture.ledger.promises().all()).isEmpty();
    }

    @Test
    void afterAFailedWriteStarGoesBackToTheMenu() {
        fixture.ledger.promises().failNextWrites(2);
        FakeCallChannel channel = new FakeCallChannel().press("300#").press("0320#").press("1").press("*");

        assertThat(fixture.flow.run(channel, fixture.caller("call-12", channel))).isEqualTo(Next.MENU);
        assertThat(channel.transferredTo()).isEmpty();
    }

    @Test
    void aPromiseForOneInvoiceCoversThatInvoiceAndNoMoreThanItsOpenBalance() {
        FakeCallChannel channel = new FakeCallChannel().press("35#").press("34*5#").press("0320#").press("1");

        Next next = fixture.flow.forInvoice(channel, fixture.caller("call-13", channel), fixture.middle);

        assertThat(next).isEqualTo(Next.MENU);
        assertThat(channel.heard()).contains("promise-amount-too-large");
        assertThat(onlyPromise().amount()).isEqualByComparingTo(new BigDecimal("34.50"));
        assertThat(onlyPromise().invoiceIds()).containsExactly(fixture.middle.id());
    }

    @Test
    void aDisputedInvoiceCannotBePromised() {
        FakeCallChannel channel = new FakeCallChannel();
        var disputed = fixture.ledger.addInvoice(fixture.account, "10050", "USD", "10.00", "10.00",
                LocalDate.of(2026, 3, 1), InvoiceStatus.DISPUTED);

        Next next = fixture.flow.forInvoice(channel, fixture.caller("call-14", channel), disputed);

        assertThat(next).isEqualTo(Next.MENU);
        assertThat(channel.heard()).containsExactly("promise-nothing-owed");
    }

    private Promise onlyPromise() {
        assertThat(fixture.ledger.promises().all()).hasSize(1);
        return fixture.ledger.promises().all().getFirst();
    }
}
